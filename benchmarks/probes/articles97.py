# Gold TIMEX3 probe set 97: disaster news (storms, floods, fires, quakes, evacuations, warnings, rebuilding), 1995-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, California storms and river flooding (1995)
('1995-01-11', 'auto', """Rising Russian River Forces Thousands From Homes

GUERNEVILLE, Calif. (AP) -- The Russian River spilled over its banks Wednesday for the second time in a decade, swamping this resort town north of San Francisco and forcing about 5,000 people to flee as another Pacific storm pounded Northern California.

The river topped flood stage at about 4 a.m. and was expected to crest late tonight at 46 feet, nearly 14 feet above flood stage, the National Weather Service said. Forecasters said the rain would ease Thursday but warned that a third storm could arrive by the weekend.

"We've had water in the living room for hours," said Marla Jennings, who waded out of her cottage on Mill Street carrying two cats in a laundry basket. "In 1986 it was worse, but not by much."

Sheriff's deputies went door to door Tuesday night urging residents of low-lying neighborhoods to leave. Most did, but dozens stayed behind and had to be plucked from rooftops and second-story windows by National Guard helicopters this morning.

Gov. Pete Wilson declared a state of emergency in 24 counties Monday and said he would ask President Clinton to declare the region a federal disaster area. Wilson planned to tour the flooded areas by air Thursday afternoon.

Since the storms began last week, at least 11 people have died across the state, most of them motorists swept away at swollen creek crossings. More than 10 inches of rain have fallen on parts of Sonoma County in the past five days.

Highway 116, the only main road into Guerneville, remained closed, and officials said it could stay shut for several days after the water recedes because of mudslides.

At an evacuation center at the Santa Rosa fairgrounds, volunteers served hot meals three times a day to about 800 people. Red Cross spokeswoman Ellen Tate said the shelter would stay open "as long as it takes."

Some longtime residents said they had grown weary of the floods, which have hit the river towns repeatedly in recent decades. "Every winter we hold our breath," said Tom Baca, who has run a canoe rental business here since the 1970s. "This year we lost."

Hydrologists said the river would likely drop below flood stage by Friday morning if the rain let up as forecast. County cleanup crews were scheduled to begin hauling away debris Monday.

The storm system is the strongest to hit California since February 1992, meteorologists said. The wet January follows six years of drought that ended only two years ago.
""", [
    ('Wednesday', 'DATE', '1995-01-11'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('about 4 a.m.', 'TIME', '1995-01-11T04:00'),
    ('late tonight', 'DATE|TIME', '1995-01-11TNI'),
    ('Thursday', 'DATE', '1995-01-12'),
    ('the weekend', 'DATE', '1995-W02-WE'),
    ('hours', 'DURATION', 'PTXH'),
    ('1986', 'DATE', '1986'),
    ('Tuesday night', 'DATE|TIME', '1995-01-10TNI'),
    ('this morning', 'DATE|TIME', '1995-01-11TMO'),
    ('Monday', 'DATE', '1995-01-09'),
    ('Thursday afternoon', 'DATE|TIME', '1995-01-12TAF'),
    ('last week', 'DATE', '1995-W01'),
    ('the past five days', 'DURATION', 'P5D'),
    ('several days', 'DURATION', 'PXD'),
    ('three times a day', 'SET', 'P1D'),
    ('recent decades', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Every winter', 'SET', 'XXXX-WI'),
    ('the 1970s', 'DATE', '197'),
    ('This year', 'DATE', '1995'),
    ('Friday morning', 'DATE|TIME', '1995-01-13TMO'),
    ('Monday', 'DATE', '1995-01-16'),
    ('February 1992', 'DATE', '1992-02'),
    ('January', 'DATE', '1995-01'),
    ('six years', 'DURATION', 'P6Y'),
    ('two years ago', 'DATE', '1993'),
]),
# 2. Local paper, Red River flood, residents return (1997)
('1997-04-24', 'auto', """Residents return to ruined homes as river falls

By DANA LINDQVIST
Courier Staff Writer

EAST HARWICK -- For the first time in nearly a week, residents of the city's north end were allowed back across the Third Street bridge Wednesday to see what the Red River had left behind.

What they found was mud, mold and, in many basements, water still standing four feet deep.

"It smells like the bottom of a bait bucket," said Gary Thorsrud, who has lived on Lincoln Drive for 31 years. "I don't know where you even start."

The river crested at 53.9 feet early Monday, about 26 feet above flood stage, and has been falling slowly since. The National Weather Service expects it to drop below 40 feet by the middle of next week.

City officials will let residents into the north end daily until water and sewer lines have been inspected. A dusk-to-dawn curfew remains in effect across the city, and police said Thursday they had arrested four people for looting since the weekend.

The boil-water order issued April 18 will stay in place at least through May 2, said city engineer Paula Voss. Crews are still flushing lines at the treatment plant, which went under when the Belmont dike failed the night of April 18.

Federal Emergency Management Agency staff will open a disaster recovery center in the high school gym on Monday. FEMA urged residents to register by phone before visiting; the deadline to apply for individual assistance is June 23.

The Red Cross is serving meals twice a day at Trinity Lutheran Church on Dakota Avenue, and volunteers from as far away as Texas have been arriving every day since Saturday.

Mayor Helen Brekke told a packed council meeting Tuesday night that rebuilding would take "years, not months." She said the council would hold a special session next Wednesday to discuss a buyout program for homes in the floodplain.

Some residents are already vowing not to come back. Arlene and Victor Haug, whose house near Riverside Park has flooded three times since 1979, said this spring was the last straw.

"We sandbagged in '89, we sandbagged in '96, and we sandbagged for 10 straight days this time," Victor Haug said. "We're done."

Damage estimates in the county have already passed $400 million, according to preliminary figures released earlier this week. That is more than twice the damage from the 1979 flood, which until this month was the worst on record here.

Residents with questions can call the city's flood hotline at 555-0142. The hotline will stay open through the end of May, Voss said.
""", [
    ('nearly a week', 'DURATION', 'P1W'),
    ('Wednesday', 'DATE', '1997-04-23'),
    ('31 years', 'DURATION', 'P31Y'),
    ('early Monday', 'DATE', '1997-04-21'),
    ('the middle of next week', 'DATE', '1997-W18'),
    ('daily', 'SET', 'P1D'),
    ('Thursday', 'DATE', '1997-04-24'),
    ('the weekend', 'DATE', '1997-W16-WE'),
    ('April 18', 'DATE', '1997-04-18'),
    ('May 2', 'DATE', '1997-05-02'),
    ('the night of April 18', 'DATE|TIME', '1997-04-18TNI'),
    ('Monday', 'DATE', '1997-04-28'),
    ('June 23', 'DATE', '1997-06-23'),
    ('twice a day', 'SET', 'P1D'),
    ('every day', 'SET', 'P1D'),
    ('Saturday', 'DATE', '1997-04-19'),
    ('Tuesday night', 'DATE|TIME', '1997-04-22TNI'),
    ('years', 'DURATION', 'PXY'),
    ('months', 'DURATION', 'PXM'),
    ('next Wednesday', 'DATE', '1997-04-30'),
    ('1979', 'DATE', '1979'),
    ('this spring', 'DATE', '1997-SP'),
    ("'89", 'DATE', '1989'),
    ("'96", 'DATE', '1996'),
    ('10 straight days', 'DURATION', 'P10D'),
    ('earlier this week', 'DATE', '1997-W17'),
    ('1979', 'DATE', '1979'),
    ('this month', 'DATE', '1997-04'),
    ('the end of May', 'DATE', '1997-05'),
]),
# 3. AFP, earthquake in northwest Turkey (1999)
('1999-08-19', 'auto', """Survivors camp in streets as Turkish quake toll passes 4,000

ADAPAZARI, Turkey, Aug 19 (AFP) - Tens of thousands of people camped in parks and on roadsides on Wednesday night, too frightened of aftershocks to return to the cracked apartment blocks still standing in this industrial city east of Istanbul.

The official death toll from Tuesday's earthquake rose to 4,270 on Thursday morning, the government crisis centre in Ankara said, and officials warned it could climb much higher as rescuers reach collapsed buildings in outlying towns.

The quake, measuring 7.4 on the Richter scale, struck at 3:02 am Tuesday, when most people were asleep. It lasted about 45 seconds.

In Adapazari, where entire blocks were flattened, rescue teams from Germany, Israel and Japan worked with listening devices and sniffer dogs without a break. A small girl was pulled alive from the wreckage of a six-storey building early Thursday, more than 50 hours after the quake struck.

Seismologists at Istanbul's Kandilli Observatory recorded more than 500 aftershocks in the first 48 hours, including one of magnitude 5.2 on Wednesday afternoon that sent panicked residents running back into the streets.

Authorities have urged people not to sleep indoors for at least a week. The Red Crescent said it had handed out 12,000 tents since Tuesday and hoped to double that number by the weekend.

Anger was growing over the government's response. "We waited two days for anyone to come. We dug with our hands," said Mehmet Yilmaz, standing outside the ruins of the building where his brother's family had lived.

Prime Minister Bulent Ecevit, who toured the region on Wednesday, acknowledged "shortcomings" in the relief effort but said the scale of the disaster would have overwhelmed any country.

Builders came under fire as well. Engineers said many of the buildings that collapsed had been put up in the 1980s and 1990s with poor materials and little inspection, despite building codes that were tightened in 1998.

The quake was the deadliest in Turkey since 1939, when some 33,000 people died in Erzincan in the country's east.

Officials said schools in the affected provinces, due to reopen next month, may stay closed until October so they can serve as shelters. The health ministry warned of the risk of disease in the camps, where water was being trucked in from Istanbul.
""", [
    ('Aug 19', 'DATE', '1999-08-19'),
    ('Wednesday night', 'DATE|TIME', '1999-08-18TNI'),
    ('Tuesday', 'DATE', '1999-08-17'),
    ('Thursday morning', 'DATE|TIME', '1999-08-19TMO'),
    ('3:02 am Tuesday', 'TIME', '1999-08-17T03:02'),
    ('about 45 seconds', 'DURATION', 'PT45S'),
    ('early Thursday', 'DATE', '1999-08-19'),
    ('more than 50 hours', 'DURATION', 'PT50H'),
    ('the first 48 hours', 'DURATION', 'PT48H'),
    ('Wednesday afternoon', 'DATE|TIME', '1999-08-18TAF'),
    ('at least a week', 'DURATION', 'P1W'),
    ('Tuesday', 'DATE', '1999-08-17'),
    ('the weekend', 'DATE', '1999-W33-WE'),
    ('two days', 'DURATION', 'P2D'),
    ('Wednesday', 'DATE', '1999-08-18'),
    ('the 1980s', 'DATE', '198'),
    ('1990s', 'DATE', '199'),
    ('1998', 'DATE', '1998'),
    ('1939', 'DATE', '1939'),
    ('next month', 'DATE', '1999-09'),
    ('October', 'DATE', '1999-10'),
]),
# 4. Reuters, Gujarat earthquake aftermath (2001)
('2001-01-29', 'auto', """India quake survivors face cold nights as aid trickles in

By Sanjeev Mehra

BHUJ, India (Reuters) - Survivors of India's worst earthquake in half a century huddled around fires in the rubble-strewn streets of this desert town on Monday as relief supplies finally began to reach the areas hardest hit.

The 7.9 magnitude quake struck western Gujarat state on Friday morning as the country celebrated Republic Day, flattening whole neighbourhoods in Bhuj, Anjar and Bhachau. In Bhuj's ruined town hall, the clock on the wall stopped at 8:46.

Officials in the state capital Gandhinagar put the confirmed death toll at about 7,000 on Monday, but ministers said privately it could be several times higher once rescuers dig through the remains of the old walled city.

Many families have slept in the open since Friday, afraid to go back into buildings weakened by more than 100 aftershocks, the strongest of which, measuring 5.8, hit on Sunday afternoon.

"For three days nobody came. Now the army is here, but they cannot reach everyone," said Kanji Patel, a farmer from a village outside Bhachau whose wife and two daughters were killed.

Indian Air Force transport planes were landing at Bhuj every two hours with tents, blankets and medicines from Ahmedabad and New Delhi. Foreign rescue teams from Switzerland, Britain, Russia and Turkey have joined the search.

A Swiss team pulled a man alive from a collapsed apartment block in Ahmedabad on Sunday night, more than 60 hours after the quake.

Prime Minister Atal Behari Vajpayee, who is due to visit Bhuj on Tuesday, has promised that the damaged towns will be rebuilt within two years and has asked all government employees to donate part of their salaries to the relief fund.

Gujarat, one of India's most industrialised states, was still recovering from a cyclone that killed more than 1,000 people in June 1998 and from a severe drought last summer.

Seismologists said the quake was the strongest to hit India since 1950, when a tremor in Assam killed some 1,500 people.

Aid agencies warned that disease could spread quickly in the crowded camps. "The next few weeks are critical. Clean water and sanitation are the priority now," said a spokesman for the International Federation of Red Cross and Red Crescent Societies.

Schools across the state will remain closed until at least February 15, the state education department said.
""", [
    ('half a century', 'DURATION', 'P50Y'),
    ('Monday', 'DATE', '2001-01-29'),
    ('Friday morning', 'DATE|TIME', '2001-01-26TMO'),
    ('Republic Day', 'DATE', '2001-01-26'),
    ('8:46', 'TIME', '2001-01-26T08:46'),
    ('Monday', 'DATE', '2001-01-29'),
    ('Friday', 'DATE', '2001-01-26'),
    ('Sunday afternoon', 'DATE|TIME', '2001-01-28TAF'),
    ('three days', 'DURATION', 'P3D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every two hours', 'SET', 'PT2H'),
    ('Sunday night', 'DATE|TIME', '2001-01-28TNI'),
    ('more than 60 hours', 'DURATION', 'PT60H'),
    ('Tuesday', 'DATE', '2001-01-30'),
    ('two years', 'DURATION', 'P2Y'),
    ('June 1998', 'DATE', '1998-06'),
    ('last summer', 'DATE', '2000-SU'),
    ('1950', 'DATE', '1950'),
    ('The next few weeks', 'DURATION', 'PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('February 15', 'DATE', '2001-02-15'),
]),
# 5. BBC News, summer floods in Gloucestershire (2007)
('2007-07-24', 'auto', """Thousands without tap water as Severn rises

Around 350,000 people in Gloucestershire could be without running water for 14 days after floodwater swamped a treatment works, officials have said.

The Mythe plant near Tewkesbury was shut down on Sunday after the River Severn burst its banks following torrential rain on Friday.

Bowsers and bottled water are being handed out, and the water company says each person should receive at least 10 litres a day.

Severn Trent Water said engineers were working to restore supplies but warned that the plant might not be repaired until next week. Even then, residents will have to boil tap water for several days.

The Environment Agency said the Severn was expected to peak at Gloucester on Tuesday evening, slightly below the record level of 1947.

The Walham electricity substation, which supplies 500,000 homes, was saved on Monday night by troops and firefighters who built a temporary barrier of sandbags and metal panels around it.

Prime Minister Gordon Brown, who visited the area on Monday, said the floods were "unprecedented" and promised extra money for the councils affected.

In Tewkesbury, where the medieval abbey is surrounded by water, queues formed outside supermarkets long before they opened.

"We've been queuing for water since 7am. My neighbour is 90 and can't carry anything, so I'm getting hers as well," said Jenny Hollis.

The Met Office said more rain was forecast for Wednesday and Thursday, though it was not expected to be as heavy.

This is the second serious flood in England in a month, after parts of Yorkshire and Humberside were hit in late June. Hull was among the worst affected cities, with thousands of homes damaged.

Insurers estimate claims from the two floods could exceed £2bn. The Association of British Insurers said it expected to handle more claims this summer than during the autumn 2000 floods.

The government's flood defence budget, which stands at £600m this year, will rise to £800m by 2010-11, ministers announced last week.

But opposition MPs said that was not enough and accused ministers of cutting maintenance spending in recent years. Environment Secretary Hilary Benn said a review of the response would report within months.
""", [
    ('14 days', 'DURATION', 'P14D'),
    ('Sunday', 'DATE', '2007-07-22'),
    ('Friday', 'DATE', '2007-07-20'),
    ('a day', 'SET', 'P1D'),
    ('next week', 'DATE', '2007-W31'),
    ('several days', 'DURATION', 'PXD'),
    ('Tuesday evening', 'DATE|TIME', '2007-07-24TEV'),
    ('1947', 'DATE', '1947'),
    ('Monday night', 'DATE|TIME', '2007-07-23TNI'),
    ('Monday', 'DATE', '2007-07-23'),
    ('7am', 'TIME', '2007-07-24T07:00'),
    ('Wednesday', 'DATE', '2007-07-25'),
    ('Thursday', 'DATE', '2007-07-26'),
    ('a month', 'DURATION', 'P1M'),
    ('late June', 'DATE', '2007-06'),
    ('this summer', 'DATE', '2007-SU'),
    ('autumn 2000', 'DATE', '2000-FA'),
    ('this year', 'DATE', '2007'),
    ('2010-11', 'DATE', '2010|2011'),
    ('last week', 'DATE', '2007-W29'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('months', 'DURATION', 'PXM'),
]),
# 6. Local paper, hurricane anniversary told as narrative (2006)
('2006-08-29', 'auto', """Pass Marion marks storm anniversary with bells, candles

By RAY DELACROIX
Sentinel Staff Writer

PASS MARION -- A year ago today, Jim Landry stood on the roof of the fire station on Beach Road and watched the Gulf of Mexico swallow his town.

The water began climbing the station walls at about 9 a.m. By 10 o'clock it had reached the second floor. For nearly four hours, Landry and six other firefighters clung to a radio mast while 120 mph winds peeled the roof away around them.

"I kept looking at my watch," said Landry, now the town's fire chief. "I figured if I could just make it to noon, I'd make it."

The storm surge, later measured at 27 feet, destroyed or damaged nearly every one of the town's 2,400 homes. Eleven residents died. Two were never found.

Most of the town had left the day before, after Mayor Evelyn Barnes ordered a mandatory evacuation at 7 a.m. that Sunday. The holdouts, Landry said, were mostly older people who had ridden out Camille in 1969 and believed nothing could be worse.

The rescue boats came that afternoon. That evening, the survivors gathered at First Baptist Church on Highway 90, the only building south of the railroad tracks with a roof still on it.

Two days later, the first National Guard trucks rolled in with water and ice. It took another week for power to come back on the north side of town, and nearly three months before the first FEMA trailers arrived.

Today, the recovery is uneven. About 900 homes have been rebuilt or repaired, according to city building records, and another 300 permits have been issued since January. The new City Hall, a modular building behind the old library, opened in March.

But hundreds of families still live in trailers, and many lots along the beach sit empty while owners wait on insurance settlements or on the state's new flood elevation maps, which are not expected until October.

Barnes, who lost her own house, said the town's goal is to have the beachfront rebuilt within five years.

"People ask me every week when things will be normal again," she said. "I tell them normal is gone. We're building something new."

At noon today, the bell at the rebuilt fire station will ring 11 times, once for each resident who died. A candlelight service is planned for 7 p.m. at First Baptist.

Landry said he plans to be back on the station roof at 9 a.m., the hour the water came.

"I'll give it about four hours," he said. "Then I'm going to go home and sleep."
""", [
    ('A year ago today', 'DATE', '2005-08-29'),
    ('about 9 a.m.', 'TIME', '2005-08-29T09:00'),
    ("10 o'clock", 'TIME', '2005-08-29T10:00'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('noon', 'TIME', '2005-08-29T12:00'),
    ('the day before', 'DATE', '2005-08-28'),
    ('7 a.m. that Sunday', 'TIME', '2005-08-28T07:00'),
    ('1969', 'DATE', '1969'),
    ('that afternoon', 'DATE|TIME', '2005-08-29TAF'),
    ('That evening', 'DATE|TIME', '2005-08-29TEV'),
    ('Two days later', 'DATE', '2005-08-31'),
    ('another week', 'DURATION', 'P1W'),
    ('nearly three months', 'DURATION', 'P3M'),
    ('Today', 'DATE', 'PRESENT_REF|2006-08-29'),
    ('January', 'DATE', '2006-01'),
    ('March', 'DATE', '2006-03'),
    ('October', 'DATE', '2006-10'),
    ('five years', 'DURATION', 'P5Y'),
    ('every week', 'SET', 'P1W'),
    ('noon today', 'TIME', '2006-08-29T12:00'),
    ('7 p.m.', 'TIME', '2006-08-29T19:00'),
    ('9 a.m.', 'TIME', '2006-08-29T09:00'),
    ('about four hours', 'DURATION', 'PT4H'),
]),
# 7. ABC (Australia), Brisbane flood warning and evacuations (2011)
('2011-01-12', 'auto', """Brisbane braces for flood peak as thousands flee

Posted Wed 12 Jan 2011, 4:15pm

Thousands of Brisbane residents have been told to leave their homes as the Brisbane River rises towards a peak expected early tomorrow morning.

The Bureau of Meteorology says the river will peak at the city gauge at about 3:00am tomorrow, at a level of 5.2 metres.

That is slightly lower than the 5.45 metres reached in January 1974, when 14 people died, but the river is expected to stay above major flood level for at least two days.

Premier Anna Bligh says about 20,000 homes could be flooded in Brisbane and Ipswich.

"This is going to be a very, very tough 24 hours for our capital city," she told reporters this afternoon.

Public transport in the inner city stopped running at midday and many offices in the CBD closed early, sending workers into gridlocked streets. Energex says it will cut power to parts of the CBD and low-lying suburbs later today as a precaution.

Evacuation centres have been set up at the RNA Showgrounds and at the Queen Elizabeth II stadium, where more than 1,000 people are expected tonight.

Upstream, police say the death toll from Monday's flash flood in the Lockyer Valley has risen to 12, with more than 40 people still missing.

A wall of water swept through Toowoomba and the towns of Grantham and Murphys Creek on Monday afternoon after more than 150 millimetres of rain fell on the range in about 36 hours.

Search teams reached parts of Grantham yesterday for the first time. Police Commissioner Bob Atkinson warned the toll was likely to rise.

Grantham resident Col Hartley says he watched the water rise to the roofline of his neighbour's house in less than 20 minutes.

"There was no warning. You heard a roar and then it was just there," he said.

The floods, which began just after Christmas, have now affected more than 70 towns across Queensland. Ms Bligh says the rebuilding effort will take years and cost billions of dollars.

Residents are being urged to check the Brisbane City Council's flood maps online, which are being updated every hour.

The weather bureau says more rain is forecast for the south-east over the weekend, but falls are not expected to be as heavy as last week.
""", [
    ('Wed 12 Jan 2011, 4:15pm', 'TIME', '2011-01-12T16:15'),
    ('early tomorrow morning', 'DATE|TIME', '2011-01-13TMO'),
    ('about 3:00am tomorrow', 'TIME', '2011-01-13T03:00'),
    ('January 1974', 'DATE', '1974-01'),
    ('at least two days', 'DURATION', 'P2D'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('this afternoon', 'DATE|TIME', '2011-01-12TAF'),
    ('midday', 'TIME', '2011-01-12T12:00'),
    ('later today', 'DATE', '2011-01-12'),
    ('tonight', 'DATE|TIME', '2011-01-12TNI'),
    ('Monday', 'DATE', '2011-01-10'),
    ('Monday afternoon', 'DATE|TIME', '2011-01-10TAF'),
    ('about 36 hours', 'DURATION', 'PT36H'),
    ('yesterday', 'DATE', '2011-01-11'),
    ('less than 20 minutes', 'DURATION', 'PT20M'),
    ('Christmas', 'DATE', '2010-12-25'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('years', 'DURATION', 'PXY'),
    ('every hour', 'SET', 'PT1H'),
    ('the weekend', 'DATE', '2011-W02-WE'),
    ('last week', 'DATE', '2011-W01'),
]),
# 8. ABC (Australia), catastrophic bushfire danger warning (2019)
('2019-11-12', 'auto', """'Catastrophic' fire danger for Sydney as NSW braces for worst day

By Jessica Kidd

Firefighters across New South Wales are bracing for what authorities warn could be the most dangerous bushfire day the state has ever seen, with temperatures in the high 30s and winds gusting to 80 kilometres an hour forecast for this afternoon.

For the first time since the fire danger rating system was introduced in 2009, the Greater Sydney region has been given a catastrophic rating for today.

Premier Gladys Berejiklian declared a state of emergency yesterday, giving the Rural Fire Service commissioner sweeping powers for seven days.

More than 600 schools in fire-prone areas are closed, and the RFS has urged residents in the worst-affected areas to leave early, ideally last night or early this morning.

Winds are expected to peak between 2:00pm and 5:00pm before a southerly change moves up the coast this evening, bringing cooler air but potentially pushing fires in unpredictable directions.

Commissioner Shane Fitzsimmons said more than 50 fires were burning across the state at 9:00am, about half of them uncontained.

Three people died and more than 150 homes were destroyed when fires tore through the state's north on Friday and Saturday.

"You cannot defend your home in these conditions," Mr Fitzsimmons said. "Homes are not built to withstand catastrophic fire danger."

Dianne Walsh, who lives on a bush block near Turramurra in Sydney's north, said she packed the car on Sunday night.

"We went through this in 1994 and I swore I'd never do it again," she said. "We're not waiting around to see what happens."

The fire season started unusually early this year, with the first major blazes in northern NSW in September, after nearly three years of drought across much of the state.

Total fire bans are in place across NSW until midnight tonight. The Bureau of Meteorology warned conditions could deteriorate again later in the week, with another hot, windy day forecast for Thursday.

Insurers say claims from the past few days have already passed $100 million.

Residents are being told to keep their bushfire survival plans handy and to check the RFS Fires Near Me app, which is updated every 15 minutes.
""", [
    ('this afternoon', 'DATE|TIME', '2019-11-12TAF'),
    ('2009', 'DATE', '2009'),
    ('today', 'DATE', '2019-11-12'),
    ('yesterday', 'DATE', '2019-11-11'),
    ('seven days', 'DURATION', 'P7D'),
    ('last night', 'DATE|TIME', '2019-11-11TNI'),
    ('early this morning', 'DATE|TIME', '2019-11-12TMO'),
    ('2:00pm', 'TIME', '2019-11-12T14:00'),
    ('5:00pm', 'TIME', '2019-11-12T17:00'),
    ('this evening', 'DATE|TIME', '2019-11-12TEV'),
    ('9:00am', 'TIME', '2019-11-12T09:00'),
    ('Friday', 'DATE', '2019-11-08'),
    ('Saturday', 'DATE', '2019-11-09'),
    ('Sunday night', 'DATE|TIME', '2019-11-10TNI'),
    ('1994', 'DATE', '1994'),
    ('this year', 'DATE', '2019'),
    ('September', 'DATE', '2019-09'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('midnight tonight', 'TIME', '2019-11-12T24:00|2019-11-13T00:00'),
    ('later in the week', 'DATE', '2019-W46'),
    ('Thursday', 'DATE', '2019-11-14'),
    ('the past few days', 'DURATION', 'PXD'),
    ('every 15 minutes', 'SET', 'PT15M'),
]),
# 9. AP, tornado reconstructed, then rebuilding (2013)
('2013-05-23', 'auto', """How 40 minutes tore apart an Oklahoma town

MOORE, Okla. (AP) -- The sirens first sounded at 2:40 p.m. Monday. Teachers at Westfield Elementary had already moved children into hallways and bathrooms, a drill they had practiced twice a year for as long as anyone could remember.

Sixteen minutes later, the tornado touched down west of town. It stayed on the ground for about 40 minutes, carving a path 17 miles long and more than a mile wide through neighborhoods, a hospital and two schools.

By 3:20, Westfield was gone.

Kelly Ortega, a third-grade teacher, lay on top of four children in a supply closet as the roof tore away. "I don't know how long it lasted. Maybe a minute. It felt like an hour," she said Wednesday.

Neighbors, parents and firefighters dug through the wreckage with their hands until well after dark. The last of the missing children was found at about 9 p.m., officials said.

Now the scale of the loss is sinking in. The state medical examiner's office on Tuesday put the death toll at 24, including 10 children, after earlier reports of a much higher number. More than 350 people were injured, and officials estimate about 1,200 homes were destroyed.

On Thursday, residents lined up outside a disaster recovery center at a Baptist church to register for federal aid, some of them still wearing the clothes they had on when the storm hit.

Moore has been here before. A tornado with winds of more than 300 mph cut a similar path through the city on May 3, 1999, killing dozens of people across the Oklahoma City area. Another struck four years later.

City Council members met Wednesday night and voted to draft an ordinance requiring storm shelters in all new schools and homes. Mayor Glenn Lewis said he wants it in place within 60 days.

Westfield's principal, Don Hatch, said the school would reopen in a new building in time for classes in August. Until then, Westfield students will share a nearby junior high, with classes resuming Tuesday.

President Barack Obama is expected to visit Moore on Sunday.

The National Weather Service warned that more severe storms, including possible tornadoes, could hit central Oklahoma this weekend.
""", [
    ('40 minutes', 'DURATION', 'PT40M'),
    ('2:40 p.m. Monday', 'TIME', '2013-05-20T14:40'),
    ('twice a year', 'SET', 'P1Y'),
    ('Sixteen minutes later', 'TIME', '2013-05-20T14:56'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('3:20', 'TIME', '2013-05-20T15:20'),
    ('a minute', 'DURATION', 'PT1M'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Wednesday', 'DATE', '2013-05-22'),
    ('about 9 p.m.', 'TIME', '2013-05-20T21:00'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Tuesday', 'DATE', '2013-05-21'),
    ('Thursday', 'DATE', '2013-05-23'),
    ('May 3, 1999', 'DATE', '1999-05-03'),
    ('four years later', 'DATE', '2003'),
    ('Wednesday night', 'DATE|TIME', '2013-05-22TNI'),
    ('60 days', 'DURATION', 'P60D'),
    ('August', 'DATE', '2013-08'),
    ('Tuesday', 'DATE', '2013-05-28'),
    ('Sunday', 'DATE', '2013-05-26'),
    ('this weekend', 'DATE', '2013-W21-WE'),
]),
# 10. Reuters, earthquake off northeast Japan, tsunami advisory (2022)
('2022-03-17', 'auto', """Japan quake kills four, derails bullet train; tsunami advisory lifted

By Kiyoshi Takenaka and Mariko Sato

TOKYO, March 17 (Reuters) - A powerful earthquake off Japan's northeast coast killed four people and injured more than 100, officials said on Thursday, derailing a bullet train and cutting power to some 2 million homes in and around Tokyo.

The magnitude 7.4 quake struck at 11:36 p.m. on Wednesday (1436 GMT) at a depth of 60 km off Fukushima prefecture, the Japan Meteorological Agency (JMA) said.

The agency issued a tsunami advisory for parts of the coast, warning of waves of up to 1 metre, but lifted it at 5 a.m. on Thursday after waves of about 20 cm were observed at Ishinomaki.

The quake came less than a week after Japan marked 11 years since the March 2011 earthquake and tsunami, which killed nearly 20,000 people and triggered meltdowns at the Fukushima Daiichi nuclear plant.

Tokyo Electric Power (TEPCO) said no abnormalities had been found at Fukushima Daiichi, which is being decommissioned, though a pump for a spent fuel cooling pool at the nearby Daini plant stopped briefly.

A Tohoku Shinkansen bullet train carrying about 75 passengers derailed between Fukushima and Shiroishi-Zao stations. No one was hurt, but East Japan Railway said it was unclear when the line would reopen. One official said repairs could take weeks.

Power was restored to most households in the capital by early Thursday morning, TEPCO said, but thousands of homes in Miyagi and Fukushima were still without electricity on Thursday afternoon.

"Please remain vigilant," Chief Cabinet Secretary Hirokazu Matsuno told reporters, urging residents to be on alert for strong aftershocks for about a week.

Wednesday's quake was the strongest in the region since a magnitude 7.3 tremor in February last year, which injured more than 180 people.

Several manufacturers suspended operations. Chipmaker Renesas Electronics said it had halted production at its Naka plant north of Tokyo and hoped to resume by Sunday, while Toyota said it would idle some assembly lines on Friday because of parts shortages.

Economists said the disruption could add to pressure on output in the first quarter, when factories were already struggling with a global chip shortage and the spread of the Omicron variant.

The benchmark Nikkei share average rose 3.5% on Thursday, as investors shrugged off the quake's impact and focused on the U.S. Federal Reserve's interest rate increase.
""", [
    ('March 17', 'DATE', '2022-03-17'),
    ('Thursday', 'DATE', '2022-03-17'),
    ('11:36 p.m. on Wednesday', 'TIME', '2022-03-16T23:36'),
    ('1436 GMT', 'TIME', '2022-03-16T14:36'),
    ('5 a.m. on Thursday', 'TIME', '2022-03-17T05:00'),
    ('less than a week', 'DURATION', 'P1W'),
    ('11 years', 'DURATION', 'P11Y'),
    ('March 2011', 'DATE', '2011-03'),
    ('weeks', 'DURATION', 'PXW'),
    ('early Thursday morning', 'DATE|TIME', '2022-03-17TMO'),
    ('Thursday afternoon', 'DATE|TIME', '2022-03-17TAF'),
    ('about a week', 'DURATION', 'P1W'),
    ('Wednesday', 'DATE', '2022-03-16'),
    ('February last year', 'DATE', '2021-02'),
    ('Sunday', 'DATE', '2022-03-20'),
    ('Friday', 'DATE', '2022-03-18'),
    ('the first quarter', 'DATE', '2022-Q1'),
    ('Thursday', 'DATE', '2022-03-17'),
]),
# 11. AFP, super cyclone evacuations in India and Bangladesh (2020)
('2020-05-19', 'auto', """Millions flee as super cyclone bears down on India, Bangladesh

KOLKATA, May 19, 2020 (AFP) - Authorities in India and Bangladesh raced on Tuesday to move more than two million people out of the path of a super cyclone expected to make landfall on Wednesday, with coronavirus fears complicating efforts to pack people into shelters.

Cyclone Amphan, the strongest storm to form in the Bay of Bengal since 1999, was packing sustained winds of up to 200 kilometres (125 miles) an hour, according to India's weather office.

It was expected to weaken slightly before crossing the coast between Digha in West Bengal and Hatiya island in Bangladesh on Wednesday afternoon or evening, bringing storm surges of up to five metres to low-lying areas.

In Bangladesh, officials said they had opened more than 12,000 shelters, about three times the usual number, so that evacuees could keep their distance from each other.

"We have asked everyone to wear masks," said Enamur Rahman, the junior minister for disaster management. "In the past we could put 1,000 people in one shelter. Now we can only take 500."

Many villagers were reluctant to leave their homes and livestock.

"Every year there is a warning, and every year they tell us to go," said fisherman Abdul Karim on Kutubdia island. "Last year I lost my boat. This time I will stay with my cows."

In India's Odisha state, which was hit by Cyclone Fani a year ago, authorities said they had moved more than 100,000 people from coastal villages, while neighbouring West Bengal was evacuating another 300,000.

Rail services in the region, suspended since late March under the coronavirus lockdown, remain halted, and relief teams were being flown in on military aircraft. Fishermen have been ordered back to port and told not to venture out until Friday.

Bangladesh's weather office raised its danger signal to 10, the highest level, on Tuesday evening.

The 1999 super cyclone killed nearly 10,000 people in Odisha, while Cyclone Sidr in November 2007 left some 3,500 people dead in Bangladesh.

Experts say improved early warning systems and thousands of concrete shelters built over the past two decades have sharply reduced deaths from such storms, but warmer sea temperatures in recent years have made cyclones in the Bay of Bengal more intense.

"The next 24 hours will be very difficult," said Mrutyunjay Mohapatra, head of the India Meteorological Department.
""", [
    ('May 19, 2020', 'DATE', '2020-05-19'),
    ('Tuesday', 'DATE', '2020-05-19'),
    ('Wednesday', 'DATE', '2020-05-20'),
    ('1999', 'DATE', '1999'),
    ('Wednesday afternoon', 'DATE|TIME', '2020-05-20TAF'),
    ('evening', 'DATE|TIME', '2020-05-20TEV'),
    ('the past', 'DATE', 'PAST_REF'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Every year', 'SET', 'P1Y'),
    ('every year', 'SET', 'P1Y'),
    ('Last year', 'DATE', '2019'),
    ('a year ago', 'DATE', '2019'),
    ('late March', 'DATE', '2020-03'),
    ('Friday', 'DATE', '2020-05-22'),
    ('Tuesday evening', 'DATE|TIME', '2020-05-19TEV'),
    ('1999', 'DATE', '1999'),
    ('November 2007', 'DATE', '2007-11'),
    ('the past two decades', 'DURATION', 'P20Y|P2DE'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('The next 24 hours', 'DURATION', 'PT24H'),
]),
# 12. BBC News, red wind warning ahead of a storm (2025)
('2025-01-23', 'auto', """Storm Éowyn: Rare red warning issued as schools told to close

A rare red weather warning for wind has been issued for Northern Ireland and parts of Scotland, with gusts of up to 100mph expected on Friday.

The Met Office warning covers all of Northern Ireland on Friday from 07:00 until 14:00 GMT, and central Scotland from 10:00 until 17:00.

Red warnings mean there is a danger to life. Flying debris, large waves and widespread power cuts are expected, and people have been told not to travel.

The Education Authority said all schools in Northern Ireland would be closed on Friday, and councils across Scotland's central belt have announced similar closures.

Storm Éowyn, named by Met Éireann earlier this week, is expected to deepen rapidly as it crosses the Atlantic on Thursday night.

Met Office chief meteorologist Paul Gundersen said: "Wind speeds of this strength are not something we see every winter. This is a very dangerous storm."

In the Republic of Ireland, Met Éireann has issued a red warning for the whole country.

Ferry crossings between Scotland and Northern Ireland have been cancelled for Friday, and airlines have warned that disruption could continue into the weekend.

NIE Networks said it had extra crews on standby but warned that some customers could be without power for several days.

Less severe amber and yellow warnings cover much of the rest of the UK until midnight on Friday. A further yellow warning for wind and rain has been issued for Sunday, as another area of low pressure moves in from the Atlantic.

The Met Office last issued a red wind warning for parts of south Wales during Storm Darragh last month, when two people were killed by falling trees.

In Larne, County Antrim, shopkeeper Malachy Reid was boarding up his windows on Thursday afternoon.

"I've lived on this coast for 40 years and I've never seen a red warning," he said. "People are taking it seriously. The shelves have been empty since this morning."

Translink said bus and rail services in Northern Ireland would not run until the warning expires, and would resume from Saturday morning if it was safe to do so.

Police Scotland urged drivers to stay off the roads during the warning period and to check the latest forecasts before setting out on Saturday.
""", [
    ('Friday', 'DATE', '2025-01-24'),
    ('Friday', 'DATE', '2025-01-24'),
    ('07:00', 'TIME', '2025-01-24T07:00'),
    ('14:00 GMT', 'TIME', '2025-01-24T14:00'),
    ('10:00', 'TIME', '2025-01-24T10:00'),
    ('17:00', 'TIME', '2025-01-24T17:00'),
    ('Friday', 'DATE', '2025-01-24'),
    ('earlier this week', 'DATE', '2025-W04'),
    ('Thursday night', 'DATE|TIME', '2025-01-23TNI'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('Friday', 'DATE', '2025-01-24'),
    ('the weekend', 'DATE', '2025-W04-WE'),
    ('several days', 'DURATION', 'PXD'),
    ('midnight on Friday', 'TIME', '2025-01-24T24:00|2025-01-25T00:00'),
    ('Sunday', 'DATE', '2025-01-26'),
    ('last month', 'DATE', '2024-12'),
    ('Thursday afternoon', 'DATE|TIME', '2025-01-23TAF'),
    ('40 years', 'DURATION', 'P40Y'),
    ('this morning', 'DATE|TIME', '2025-01-23TMO'),
    ('Saturday morning', 'DATE|TIME', '2025-01-25TMO'),
    ('Saturday', 'DATE', '2025-01-25'),
]),
]
