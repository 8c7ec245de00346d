# Gold TIMEX3 probe set 96: severe weather, floods, fires, hurricanes and earthquakes in wire, broadcaster and local news styles (DCT 1996-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Hurricane Fran aftermath in North Carolina (1996)
('1996-09-06', 'auto', """Fran Leaves Trail of Wreckage Across Carolinas; at Least 17 Dead

RALEIGH, N.C. (AP) _ Hurricane Fran ripped through eastern North Carolina, toppling thousands of trees onto homes and cars, cutting power to more than a million customers and leaving at least 17 people dead in two states.

The storm came ashore near Cape Fear at about 8:30 p.m. Thursday with sustained winds of 115 mph and drove inland, still carrying hurricane-force gusts when it reached Raleigh around midnight. By Friday morning it had weakened to a tropical storm over southern Virginia, but its heavy rain kept rivers rising across the region.

"I've lived on this street 40 years and I have never seen anything like it," said Margaret Ellison, 71, standing beside an oak that had sliced her carport in half. "It sounded like a freight train for three hours."

Gov. Jim Hunt, who declared a state of emergency Wednesday, toured the coast by helicopter and said damage would run into the billions of dollars. President Clinton declared 31 counties a federal disaster area late Friday.

Carolina Power & Light said crews from six states were on the way, but warned that some customers could be without electricity for two weeks. Water systems in Raleigh and several smaller towns were running on backup generators, and residents were told to boil tap water until further notice.

Fran was the second hurricane to strike the state this summer. Bertha hit the same stretch of coast in July, and many beach houses on Topsail Island that survived that storm were simply gone on Friday, their pilings snapped off at the sand.

Forecasters said the remnants of Fran would dump 4 to 8 inches of rain on western Virginia, Maryland and Pennsylvania by Saturday, raising fears of flooding along the Potomac and Shenandoah rivers, which rose to near-record levels in January.

The National Weather Service said Fran was the most destructive storm to hit North Carolina since Hurricane Hazel in 1954.

Schools in more than 30 counties were closed and officials said many would stay shut until next Wednesday. In Wilmington, police kept a dusk-to-dawn curfew in place and said it would remain through the weekend.

At a shelter in a Goldsboro high school gym, Tony Barnes, 34, said his family had spent the past two days sleeping on cots. "We came here Wednesday night with two bags," he said. "Now I don't know if we have a house to go back to."
""", [
    ('about 8:30 p.m. Thursday', 'TIME', '1996-09-05T20:30'),
    ('around midnight', 'TIME', '1996-09-05T24:00|1996-09-06T00:00'),
    ('Friday morning', 'DATE|TIME', '1996-09-06TMO'),
    ('40 years', 'DURATION', 'P40Y'),
    ('three hours', 'DURATION', 'PT3H'),
    ('Wednesday', 'DATE', '1996-09-04'),
    ('late Friday', 'DATE', '1996-09-06'),
    ('two weeks', 'DURATION', 'P2W'),
    ('this summer', 'DATE', '1996-SU'),
    ('July', 'DATE', '1996-07'),
    ('Friday', 'DATE', '1996-09-06'),
    ('Saturday', 'DATE', '1996-09-07'),
    ('January', 'DATE', '1996-01'),
    ('1954', 'DATE', '1954'),
    ('next Wednesday', 'DATE', '1996-09-11'),
    ('the weekend', 'DATE', '1996-W36-WE'),
    ('the past two days', 'DURATION', 'P2D'),
    ('Wednesday night', 'DATE|TIME', '1996-09-04TNI'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 2. Local US paper (Red River Valley), Grand Forks flood crest (1997)
('1997-04-22', 'auto', """River crests at 54 feet; return home still weeks away

By Dana Lindgren
Tribune Staff Writer

GRAND FORKS - The Red River finally crested here early this morning, reaching 54.3 feet at about 1 a.m., city engineers said, more than 26 feet above flood stage and four feet above the record set in 1897.

For the thousands of residents scattered in shelters and spare bedrooms from Fargo to Winnipeg, the news brought little comfort. Mayor Pat Owens said Monday that it could be two weeks or more before most neighborhoods are dry enough for people to go home.

The dikes along the Red and Red Lake rivers gave way Friday, and by Saturday afternoon about three-quarters of the city had been ordered out. A fire that broke out downtown Saturday destroyed 11 buildings, including the Herald building, before crews fighting from National Guard trucks in chest-deep water brought it under control Sunday.

The city's water treatment plant shut down Friday night, and officials said residents should not expect safe tap water for several weeks. Sewer lines in most of the city are also out of service.

City workers will begin pumping out the downtown once the river falls below 40 feet, which the National Weather Service expects late next week.

At Grand Forks Air Force Base, about 3,000 evacuees have slept on cots in an aircraft hangar since the weekend. Volunteers serve hot meals three times a day, and a bulletin board near the door is covered with handwritten notes from people trying to find each other.

"We left with the clothes we had on," said Roger Halvorson, who has lived in the Lincoln Drive neighborhood since 1979, the last time the river came this close to his door. "I keep thinking about the photo albums in the basement."

President Clinton will tour the area today with federal disaster officials. The Federal Emergency Management Agency has already opened a field office in East Grand Forks, Minn., where volunteers spent the past 10 days filling sandbags before the water topped their own dikes.

The valley has been fighting the river since early April, after months of record snowfall and a blizzard that struck as recently as April 5. Engineers said the ground, frozen solid until the end of March, simply could not absorb the meltwater.

Owens urged residents to be patient and to stay away from the evacuated neighborhoods, where police and Guard troops are patrolling. "The cleanup will take months, and the recovery will take years," she said. "But we will rebuild this city, and we will do it together."
""", [
    ('weeks', 'DURATION', 'PXW'),
    ('early this morning', 'DATE|TIME', '1997-04-22TMO'),
    ('about 1 a.m.', 'TIME', '1997-04-22T01:00'),
    ('1897', 'DATE', '1897'),
    ('Monday', 'DATE', '1997-04-21'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Friday', 'DATE', '1997-04-18'),
    ('Saturday afternoon', 'DATE|TIME', '1997-04-19TAF'),
    ('Saturday', 'DATE', '1997-04-19'),
    ('Sunday', 'DATE', '1997-04-20'),
    ('Friday night', 'DATE|TIME', '1997-04-18TNI'),
    ('several weeks', 'DURATION', 'PXW'),
    ('late next week', 'DATE', '1997-W18'),
    ('the weekend', 'DATE', '1997-W16-WE'),
    ('three times a day', 'SET', 'P1D'),
    ('1979', 'DATE', '1979'),
    ('today', 'DATE', '1997-04-22'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('early April', 'DATE', '1997-04'),
    ('months', 'DURATION', 'PXM'),
    ('April 5', 'DATE', '1997-04-05'),
    ('the end of March', 'DATE', '1997-03'),
    ('months', 'DURATION', 'PXM'),
    ('years', 'DURATION', 'PXY'),
]),
# 3. Reuters, Izmit earthquake in Turkey (1999)
('1999-08-19', 'auto', """Turkish quake toll tops 7,000 as hopes fade for trapped

IZMIT, Turkey, Aug 19 (Reuters) - Rescuers clawed through concrete with their bare hands on Thursday, racing to reach survivors of Turkey's devastating earthquake as the official death toll rose above 7,000 and officials warned it could climb much higher.

The magnitude 7.4 quake struck at 3:02 a.m. on Tuesday (0002 GMT), as most people slept, flattening thousands of apartment blocks across the industrial heartland east of Istanbul.

The government's crisis centre in Ankara said 7,118 people were confirmed dead and nearly 30,000 injured. Health Minister Osman Durmus said on Wednesday the toll might reach 10,000.

In Golcuk, where the country's main naval base was badly damaged, a young girl was pulled alive from the ruins of a six-storey building after 52 hours, drawing cheers and tears from a crowd of relatives. But rescue experts said the chances of finding people alive drop sharply after the first 72 hours.

Teams from more than 20 countries, including Israel, Germany and the United States, arrived over the past two days with sniffer dogs and listening equipment.

A magnitude 5.0 aftershock hit the region at noon on Thursday, sending panicked residents running into the streets. Thousands of families have slept in parks and on roadsides since Tuesday, afraid to go back into buildings that are still standing.

The Tupras oil refinery in Izmit, Turkey's largest, was still burning on Thursday, more than 48 hours after the quake set off a fire in a storage tank. Aircraft dropped foam on the blaze and nearby neighbourhoods were evacuated.

Anger grew against building contractors accused of using poor materials and ignoring construction codes. Prime Minister Bulent Ecevit promised an investigation late Wednesday, saying those responsible would be held to account.

It was Turkey's deadliest earthquake since 1939, when some 33,000 people died in Erzincan in the east of the country.

The Istanbul Stock Exchange, shut since the quake, will remain closed until next week, officials said. Economists said the disaster could cut economic growth this year, as the affected region accounts for more than a third of the country's industrial output.

Seismologists at Istanbul's Kandilli observatory said stress along the North Anatolian Fault had been moving westward for decades, and warned that Istanbul itself could face a major quake within the next 30 years.

"We have been warning about this, but nobody listened," one seismologist told Reuters.

(Additional reporting by Selin Aydin in Ankara)
""", [
    ('Aug 19', 'DATE', '1999-08-19'),
    ('Thursday', 'DATE', '1999-08-19'),
    ('3:02 a.m. on Tuesday', 'TIME', '1999-08-17T03:02'),
    ('0002 GMT', 'TIME', '1999-08-17T00:02'),
    ('Wednesday', 'DATE', '1999-08-18'),
    ('52 hours', 'DURATION', 'PT52H'),
    ('the first 72 hours', 'DURATION', 'PT72H'),
    ('the past two days', 'DURATION', 'P2D'),
    ('noon on Thursday', 'TIME', '1999-08-19T12:00'),
    ('Tuesday', 'DATE', '1999-08-17'),
    ('Thursday', 'DATE', '1999-08-19'),
    ('more than 48 hours', 'DURATION', 'PT48H'),
    ('late Wednesday', 'DATE', '1999-08-18'),
    ('1939', 'DATE', '1939'),
    ('next week', 'DATE', '1999-W34'),
    ('this year', 'DATE', '1999'),
    ('decades', 'DURATION', 'PXY'),
    ('the next 30 years', 'DURATION', 'P30Y'),
]),
# 4. The Weather Channel (weather.com), Hurricane Isabel forecast (2003)
('2003-09-16', 'auto', """Isabel Takes Aim at Outer Banks, Mid-Atlantic

By Tom Ferrante, weather.com Meteorologist

Hurricane Isabel continued its steady march toward the East Coast on Tuesday, and forecasters at the National Hurricane Center said the storm remains on track to make landfall along the North Carolina Outer Banks on Thursday.

As of 11 a.m. EDT, Isabel was centered about 625 miles southeast of Cape Hatteras, moving northwest at 8 mph. Maximum sustained winds had dropped to 110 mph, making Isabel a Category 2 storm, but the hurricane center said some strengthening is possible over the next 24 hours as it crosses the warm waters of the Gulf Stream.

Isabel was a monster Category 5 hurricane late last week, with winds of 160 mph, and while it is not expected to regain that strength, its wind field is enormous. Tropical-storm-force winds extend up to 345 miles from the center, so conditions will go downhill along the coast well before the eye arrives.

A hurricane watch is in effect from Little River Inlet, S.C., to Chincoteague, Va., including the Pamlico and Albemarle sounds. Hurricane warnings will likely be issued this afternoon.

What to Expect

Wednesday night: Outer rain bands reach the Carolina coast, with gusty winds and squalls.

Thursday: Landfall is most likely between midday and early evening. A storm surge of 7 to 11 feet is possible near and north of where the center crosses the coast.

Thursday night and Friday: Isabel moves inland across Virginia and Maryland, bringing 6 to 10 inches of rain and widespread tree damage as far north as Pennsylvania.

Because the ground across much of the Mid-Atlantic is saturated after heavy rain this summer, trees will come down more easily, and power outages could last for days.

"This could be the most significant hurricane for eastern Virginia and the Chesapeake Bay since the hurricane of 1933," said Dr. Steve Lyons, The Weather Channel's hurricane expert. Older residents of the Outer Banks also remember Hurricane Hazel in October 1954.

Officials in Dare County ordered visitors off Hatteras and Ocracoke islands by noon today and told residents to leave by 8 a.m. Wednesday. Navy ships at Norfolk were ordered out to sea, and federal offices in Washington may close on Thursday if the forecast holds.

Isabel is the ninth named storm of the 2003 Atlantic hurricane season, which runs through Nov. 30.

The hurricane center issues full advisories every six hours, with intermediate updates every three hours once watches and warnings are in effect. Stay with weather.com and The Weather Channel for the latest on Isabel.
""", [
    ('Tuesday', 'DATE', '2003-09-16'),
    ('Thursday', 'DATE', '2003-09-18'),
    ('11 a.m. EDT', 'TIME', '2003-09-16T11:00'),
    ('the next 24 hours', 'DURATION', 'PT24H'),
    ('late last week', 'DATE', '2003-W37'),
    ('this afternoon', 'DATE|TIME', '2003-09-16TAF'),
    ('Wednesday night', 'DATE|TIME', '2003-09-17TNI'),
    ('Thursday', 'DATE', '2003-09-18'),
    ('midday', 'TIME', '2003-09-18T12:00'),
    ('early evening', 'DATE|TIME', '2003-09-18TEV'),
    ('Thursday night', 'DATE|TIME', '2003-09-18TNI'),
    ('Friday', 'DATE', '2003-09-19'),
    ('this summer', 'DATE', '2003-SU'),
    ('days', 'DURATION', 'PXD'),
    ('1933', 'DATE', '1933'),
    ('October 1954', 'DATE', '1954-10'),
    ('noon today', 'TIME', '2003-09-16T12:00'),
    ('8 a.m. Wednesday', 'TIME', '2003-09-17T08:00'),
    ('Thursday', 'DATE', '2003-09-18'),
    ('2003', 'DATE', '2003'),
    ('Nov. 30', 'DATE', '2003-11-30'),
    ('every six hours', 'SET', 'PT6H'),
    ('every three hours', 'SET', 'PT3H'),
]),
# 5. The Guardian, wildfires in the Peloponnese (2007)
('2007-08-27', 'auto', """Greece counts the cost of its worst wildfires in living memory

Death toll rises to 63 as government faces fury over slow response three weeks before election

Nikos Alexiou in Athens

Firefighters battled more than 50 blazes across southern Greece yesterday as the death toll from the country's worst fires in decades rose to 63 and anger mounted over the government's handling of the disaster.

Villages in the western Peloponnese were still burning last night, and the coastguard evacuated hundreds of people by sea from beaches near Zacharo, where at least 28 people died on Friday when flames swept through the hillside village of Artemida. On Sunday the fire reached the edge of ancient Olympia, birthplace of the Olympic Games, before it was beaten back from the museum.

The prime minister, Kostas Karamanlis, declared a nationwide state of emergency on Saturday and announced three days of national mourning. Firefighting planes from France, Italy, Spain and Israel joined the effort at the weekend, but crews on the ground said they had been overwhelmed for more than 48 hours.

"We called the fire brigade at 5pm on Friday and nobody came until midnight," said Giorgos Papadakis, 58, a farmer from Makistos who lost his house and his olive groves. "My father planted those trees 60 years ago. Now there is nothing but ash."

Officials said arson was suspected in several of the fires, and police have detained at least seven people. The public order minister said on Sunday that the simultaneous outbreak of so many blazes "cannot be a coincidence", although critics pointed to years of uncontrolled building on forest land.

This summer has been one of the hottest on record in Greece. In late June a heatwave pushed temperatures to 46C in Athens and a fire destroyed much of the forest on Mount Parnitha, the capital's last green lung. Further blazes in July forced the evacuation of villages on several islands.

The disaster comes three weeks before a general election on 16 September, which Karamanlis called earlier this month in the hope of extending his conservative majority. Opposition politicians accused the government of failing to learn the lessons of Parnitha and of cutting spending on fire prevention in recent years.

Meteorologists said the strong winds fanning the flames should ease by Wednesday, offering some relief to exhausted crews. Environmental groups warned that it would take decades for the scorched forests to recover, and that the burnt hillsides would be vulnerable to flooding when the autumn rains arrive.
""", [
    ('three weeks', 'DURATION', 'P3W'),
    ('yesterday', 'DATE', '2007-08-26'),
    ('decades', 'DURATION', 'PXY'),
    ('last night', 'DATE|TIME', '2007-08-26TNI'),
    ('Friday', 'DATE', '2007-08-24'),
    ('Sunday', 'DATE', '2007-08-26'),
    ('Saturday', 'DATE', '2007-08-25'),
    ('three days', 'DURATION', 'P3D'),
    ('the weekend', 'DATE', '2007-W34-WE'),
    ('more than 48 hours', 'DURATION', 'PT48H'),
    ('5pm on Friday', 'TIME', '2007-08-24T17:00'),
    ('midnight', 'TIME', '2007-08-24T24:00|2007-08-25T00:00'),
    ('60 years ago', 'DATE', '1947'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Sunday', 'DATE', '2007-08-26'),
    ('years', 'DURATION', 'PXY'),
    ('This summer', 'DATE', '2007-SU'),
    ('late June', 'DATE', '2007-06'),
    ('July', 'DATE', '2007-07'),
    ('three weeks', 'DURATION', 'P3W'),
    ('16 September', 'DATE', '2007-09-16'),
    ('earlier this month', 'DATE', '2007-08'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Wednesday', 'DATE', '2007-08-29'),
    ('decades', 'DURATION', 'PXY'),
    ('the autumn', 'DATE', '2007-FA'),
]),
# 6. Local UK paper (west Cumbria), Cockermouth and Workington floods (2009)
('2009-11-21', 'auto', """Cockermouth begins to count the cost of record flood

By Claire Hutchinson

Shopkeepers in Cockermouth were allowed back onto Main Street this morning to find their livelihoods buried under a foot of stinking mud, after the worst flooding the town has seen in living memory.

The rivers Derwent and Cocker burst their banks on Thursday afternoon after 314mm of rain fell at Seathwaite in Borrowdale in just 24 hours, a new British record. By Thursday evening the water was eight feet deep in places, and RAF helicopters and RNLI crews plucked more than 200 people from upstairs windows and rooftops.

Tragedy struck in Workington at about 4.40am on Friday, when the Northside Bridge collapsed into the swollen Derwent, sweeping away PC Bill Barker, 44, who had been directing motorists off the crossing. His body was found later that morning on the beach at Allonby.

Tributes have poured in for the father of four, who had served with Cumbria Constabulary for 25 years. Flowers and cards have been left at both ends of the bridge.

Prime Minister Gordon Brown visited Cockermouth yesterday, met families in the rest centre at Cockermouth School and promised that the government would help pay for the clean-up.

The Environment Agency said the rivers had risen faster than any of its models predicted. Severe flood warnings remained in place on the Derwent this morning, and more heavy rain is forecast for Monday and Tuesday.

Cumbria County Council said about 1,300 homes had been flooded across the county. Engineers have begun inspecting every bridge in the area and several have been closed, leaving Workington effectively cut in two. Army engineers are expected to start work on a temporary footbridge next week.

Insurers said it could be six months or more before some families are able to move back into their homes. Many people in Carlisle still remember January 2005, when floods forced 3,000 people from their homes and left three dead.

"You think you're prepared, but nothing prepares you for this," said Andrea Dixon, who has run a gift shop on Main Street since 1998. "The water came up through the floor in about ten minutes."

A relief fund launched by the Cumbria Community Foundation on Friday had raised more than £200,000 by last night. Volunteers at the rest centre are serving hot meals every day, and donations of bedding and clothes can be dropped at the rugby club on Lorton Road.
""", [
    ('this morning', 'DATE|TIME', '2009-11-21TMO'),
    ('Thursday afternoon', 'DATE|TIME', '2009-11-19TAF'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('Thursday evening', 'DATE|TIME', '2009-11-19TEV'),
    ('about 4.40am on Friday', 'TIME', '2009-11-20T04:40'),
    ('later that morning', 'DATE|TIME', '2009-11-20TMO'),
    ('25 years', 'DURATION', 'P25Y'),
    ('yesterday', 'DATE', '2009-11-20'),
    ('this morning', 'DATE|TIME', '2009-11-21TMO'),
    ('Monday', 'DATE', '2009-11-23'),
    ('Tuesday', 'DATE', '2009-11-24'),
    ('next week', 'DATE', '2009-W48'),
    ('six months', 'DURATION', 'P6M'),
    ('January 2005', 'DATE', '2005-01'),
    ('1998', 'DATE', '1998'),
    ('about ten minutes', 'DURATION', 'PT10M'),
    ('Friday', 'DATE', '2009-11-20'),
    ('last night', 'DATE|TIME', '2009-11-20TNI'),
    ('every day', 'SET', 'P1D'),
]),
# 7. Local US paper (southwest Missouri), Joplin tornado anniversary with narrative (2012)
('2012-05-22', 'auto', """Joplin marks tornado anniversary with walk, moment of silence

By Kevin Pruitt
Ledger Staff Writer

JOPLIN - At 5:41 p.m. today, the sirens will sound again across Joplin.

This time they will not be a warning. City leaders have asked residents to stop wherever they are for a moment of silence at the minute the EF-5 tornado crossed into the city on May 22, 2011.

The storm was on the ground for 38 minutes, cutting a path nearly a mile wide and 22 miles long. It killed 161 people and destroyed or damaged some 7,500 homes, St. John's Regional Medical Center and Joplin High School.

Thousands are expected to join the Walk of Unity, which begins at 1 p.m. at Cunningham Park and follows the tornado's path for six miles to the high school site.

On Monday night, President Barack Obama told the graduating seniors of Joplin High School, who have spent the past year taking classes in a converted store at the mall, that the way they had looked after each other had inspired the whole country.

Kathy Ramirez remembers every detail of that Sunday. She had just come home from choir practice about 5 p.m. when her phone buzzed with a warning. By 5:40, she and her two sons were crouched in a bathtub as the roof peeled away above them.

"It lasted maybe a minute," she said. "It felt like an hour."

The family spent the next four months in a FEMA trailer before moving into a rebuilt house on the same lot in September. Ramirez planted a redbud tree in the front yard as soon as they got the keys.

Across the city, the recovery has moved faster than many expected. City officials say more than half of the destroyed homes now have building permits, and the school district plans to open a new high school in 2014. Mercy, which took over St. John's, opened a temporary hospital in April, and its permanent replacement is scheduled to open in 2015.

But hundreds of families are still living in temporary housing, and FEMA has extended its mobile home program until November.

"People see the new roofs and think it's over," said Jane Cage, who chairs the citizens' recovery committee. "For a lot of families, it's going to take years."

Memorial events continue through the weekend, including a candlelight vigil Saturday at 8 p.m. at Cunningham Park, where volunteers have placed a wooden cross for each person who died.
""", [
    ('5:41 p.m. today', 'TIME', '2012-05-22T17:41'),
    ('May 22, 2011', 'DATE', '2011-05-22'),
    ('38 minutes', 'DURATION', 'PT38M'),
    ('1 p.m.', 'TIME', '2012-05-22T13:00'),
    ('Monday night', 'DATE|TIME', '2012-05-21TNI'),
    ('the past year', 'DATE|DURATION', 'P1Y|2011'),
    ('that Sunday', 'DATE', '2011-05-22'),
    ('about 5 p.m.', 'TIME', '2011-05-22T17:00'),
    ('5:40', 'TIME', '2011-05-22T17:40'),
    ('a minute', 'DURATION', 'PT1M'),
    ('an hour', 'DURATION', 'PT1H'),
    ('the next four months', 'DURATION', 'P4M'),
    ('September', 'DATE', '2011-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2014', 'DATE', '2014'),
    ('April', 'DATE', '2012-04'),
    ('2015', 'DATE', '2015'),
    ('November', 'DATE', '2012-11'),
    ('years', 'DURATION', 'PXY'),
    ('the weekend', 'DATE', '2012-W21-WE'),
    ('Saturday at 8 p.m.', 'TIME', '2012-05-26T20:00'),
]),
# 8. AFP, Nepal earthquake aftermath (2015)
('2015-04-28', 'auto', """Nepal quake toll passes 4,300 as aid struggles to reach remote villages

KATHMANDU, April 28, 2015 (AFP) - Desperate survivors of Nepal's devastating earthquake pleaded for food, water and shelter on Tuesday as the death toll passed 4,300 and aid workers struggled to reach mountain villages cut off since the weekend.

Prime Minister Sushil Koirala said the toll could climb to 10,000, as information trickled in from remote districts where entire settlements were buried by landslides.

The 7.8-magnitude quake struck at 11:56 am on Saturday, with its epicentre in Gorkha district, about 80 kilometres northwest of Kathmandu. It was the worst to hit the Himalayan nation in more than 80 years, since a 1934 quake that killed some 8,500 people.

Tens of thousands of people in the capital have slept in the open since Saturday, in tents on the Tundikhel parade ground and in parks, too frightened to go home after a powerful aftershock on Sunday afternoon.

"We have had nothing to eat for two days. The government has not come, nobody has come," said Ram Bahadur Thapa, a farmer who walked for hours from his village to the district headquarters in Gorkha.

Helicopters were able to reach some of the worst-hit areas only on Monday, after heavy cloud and rain grounded flights. Officials said several villages near the epicentre had been almost completely flattened.

On Mount Everest, climbers stranded at camps above the Khumbu Icefall were airlifted to base camp on Monday, two days after an avalanche triggered by the quake killed 18 people, the deadliest disaster in the mountain's history.

The United Nations said eight million people had been affected and 1.4 million needed food aid. The World Food Programme said it had begun distributing rice and lentils in Kathmandu and hoped to reach outlying areas within the next few days.

Aid agencies warned that the monsoon, due to arrive in June, could set off more landslides on hillsides loosened by the quake, and urged donors to act now.

Schools across the country will stay closed for two weeks, the education ministry said, and many government offices were working from tents.

Seismologists had warned for years that Kathmandu, a crowded valley of old brick buildings, was among the cities most at risk in the world.

At the Pashupatinath temple on the banks of the Bagmati river, funeral pyres burned on Monday as families cremated their dead.

"Every hour another body comes," said a priest who gave his name only as Krishna.
""", [
    ('April 28, 2015', 'DATE', '2015-04-28'),
    ('Tuesday', 'DATE', '2015-04-28'),
    ('the weekend', 'DATE', '2015-W17-WE'),
    ('11:56 am on Saturday', 'TIME', '2015-04-25T11:56'),
    ('more than 80 years', 'DURATION', 'P80Y'),
    ('1934', 'DATE', '1934'),
    ('Saturday', 'DATE', '2015-04-25'),
    ('Sunday afternoon', 'DATE|TIME', '2015-04-26TAF'),
    ('two days', 'DURATION', 'P2D'),
    ('hours', 'DURATION', 'PXH'),
    ('Monday', 'DATE', '2015-04-27'),
    ('Monday', 'DATE', '2015-04-27'),
    ('two days', 'DURATION', 'P2D'),
    ('the next few days', 'DURATION', 'PXD'),
    ('June', 'DATE', '2015-06'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two weeks', 'DURATION', 'P2W'),
    ('years', 'DURATION', 'PXY'),
    ('Monday', 'DATE', '2015-04-27'),
    ('Every hour', 'SET', 'PT1H'),
]),
# 9. AP, narrative reconstruction of the Camp Fire in Paradise (2018)
('2018-11-20', 'auto', """'Get out now': How the Camp Fire overran Paradise

PARADISE, Calif. (AP) - The first 911 call came at 6:33 a.m. on Thursday, Nov. 8, from near Camp Creek Road, where a fire had started in steep brush below power lines in the Feather River Canyon.

Winds gusting to 50 mph pushed the flames west. Within 90 minutes, embers the size of fists were falling on the roofs of Concow, a scattered community of about 700 people, and on the eastern edge of Paradise beyond it.

At 7:23 a.m., Paradise police issued the first evacuation order for the east side of town. By 8 a.m., the fire was inside the town limits, and the orders covered everyone.

Rita Nguyen, a nurse, was finishing her shift at Adventist Health Feather River hospital when the sky turned black. "It was 8:30 in the morning and it was pitch dark," she said. Staff loaded patients into their own cars and drove them down the hill as the hospital's outbuildings caught fire.

Thousands of cars jammed the Skyway, the main road out of town, and for hours drivers sat bumper to bumper as flames jumped the road ahead of them. Some abandoned their cars and ran. Bulldozers were brought in to push burned vehicles aside to clear a path for fire engines.

By that evening, most of Paradise, a town of 27,000 people, was gone. The next morning, search teams found the first bodies in cars along Edgewood Lane.

Twelve days later, the fire has burned 151,000 acres and destroyed nearly 14,000 homes. The death toll rose to 79 on Monday, and the Butte County sheriff's list of people unaccounted for stands at about 700, down from more than 1,200 last week.

It is the deadliest U.S. wildfire in a century, since the 1918 Cloquet fire in Minnesota killed hundreds.

Investigators are examining whether Pacific Gas & Electric equipment sparked the blaze. The utility told regulators it had detected a problem on a transmission line near the town of Pulga about 15 minutes before the fire was reported.

Forecasters expect the first significant rain in months to arrive Wednesday, with up to 4 inches possible through Friday. The rain would help firefighters but could also trigger mudslides on bare slopes and slow the search for remains.

Nguyen lost her home on Pentz Road. She has been staying with her sister in Chico since that Thursday and plans to spend Thanksgiving there, at a long table with neighbors who also have nowhere else to go.

"I still dream about that road," she said. "I don't know when I'll be able to drive it again."
""", [
    ('now', 'DATE', 'PRESENT_REF'),
    ('6:33 a.m. on Thursday, Nov. 8', 'TIME', '2018-11-08T06:33'),
    ('90 minutes', 'DURATION', 'PT90M'),
    ('7:23 a.m.', 'TIME', '2018-11-08T07:23'),
    ('8 a.m.', 'TIME', '2018-11-08T08:00'),
    ('8:30 in the morning', 'TIME', '2018-11-08T08:30'),
    ('hours', 'DURATION', 'PXH'),
    ('that evening', 'DATE|TIME', '2018-11-08TEV'),
    ('The next morning', 'DATE|TIME', '2018-11-09TMO'),
    ('Twelve days later', 'DATE', '2018-11-20'),
    ('Monday', 'DATE', '2018-11-19'),
    ('last week', 'DATE', '2018-W46'),
    ('a century', 'DURATION', 'P100Y'),
    ('1918', 'DATE', '1918'),
    ('about 15 minutes', 'DURATION', 'PT15M'),
    ('months', 'DURATION', 'PXM'),
    ('Wednesday', 'DATE', '2018-11-21'),
    ('Friday', 'DATE', '2018-11-23'),
    ('that Thursday', 'DATE', '2018-11-08'),
    ('Thanksgiving', 'DATE', '2018-11-22'),
]),
# 10. The Weather Channel (weather.com), Texas Arctic outbreak forecast (2021)
('2021-02-14', 'auto', """Historic Arctic Blast: Texas Braces for Snow, Ice and Record Cold

By Amanda Reyes, weather.com

This Valentine's Day will be one for the record books in Texas. A historic winter storm will spread snow and ice across the state tonight into Monday, and the bitter cold behind it could bring the lowest temperatures some cities have seen in more than 30 years.

Dallas-Fort Worth could drop to minus 2 degrees by Tuesday morning, which would be its coldest reading since 1949. Houston and San Antonio could see lows in the low teens Monday night and again Tuesday night, and even Brownsville, near the Mexican border, may fall below freezing.

Gov. Greg Abbott issued a disaster declaration for all 254 Texas counties on Friday. ERCOT, the operator of the state's power grid, has asked residents to conserve electricity through Tuesday, warning that demand could break its cold-weather record Monday morning.

Here's the timeline:

Sunday: Snow develops in West and North Texas this afternoon, spreading into the Dallas area by this evening. Freezing rain and sleet will glaze roads farther south along the Interstate 35 corridor.

Monday: Snow and sleet spread to Houston, Austin and the Hill Country. Totals of 3 to 6 inches are likely in North Texas, with locally higher amounts. Wind chills will fall below zero across much of the state.

Wednesday and Thursday: A second storm could bring another round of ice to Central and East Texas, just as temperatures begin to recover elsewhere.

Temperatures are not expected to climb above freezing in Dallas until Friday. Subfreezing conditions could last for 100 hours or more, longer than most homes and water systems in the South were ever designed to handle.

The last time Texas saw cold this widespread was in December 1989, when pipes burst across the state and citrus growers in the Rio Grande Valley lost much of their crop.

What you should do now:

- Let faucets drip and open cabinet doors under sinks to keep pipes from freezing.
- Bring pets and plants inside, and check on elderly neighbors twice a day.
- Never run generators or grills indoors. Carbon monoxide can kill within minutes.
- Stay off the roads if you can. Many Texas cities have few sand trucks and no snowplows.

Our meteorologists will update this forecast as the storm unfolds. Check back for the latest.
""", [
    ("This Valentine's Day", 'DATE', '2021-02-14'),
    ('tonight', 'DATE|TIME', '2021-02-14TNI'),
    ('Monday', 'DATE', '2021-02-15'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('Tuesday morning', 'DATE|TIME', '2021-02-16TMO'),
    ('1949', 'DATE', '1949'),
    ('Monday night', 'DATE|TIME', '2021-02-15TNI'),
    ('Tuesday night', 'DATE|TIME', '2021-02-16TNI'),
    ('Friday', 'DATE', '2021-02-12'),
    ('Tuesday', 'DATE', '2021-02-16'),
    ('Monday morning', 'DATE|TIME', '2021-02-15TMO'),
    ('Sunday', 'DATE', '2021-02-14'),
    ('this afternoon', 'DATE|TIME', '2021-02-14TAF'),
    ('this evening', 'DATE|TIME', '2021-02-14TEV'),
    ('Monday', 'DATE', '2021-02-15'),
    ('Wednesday', 'DATE', '2021-02-17'),
    ('Thursday', 'DATE', '2021-02-18'),
    ('Friday', 'DATE', '2021-02-19'),
    ('100 hours', 'DURATION', 'PT100H'),
    ('December 1989', 'DATE', '1989-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a day', 'SET', 'P1D'),
    ('minutes', 'DURATION', 'PTXM'),
]),
# 11. Reuters, Storm Daniel floods in Derna, Libya (2023)
('2023-09-12', 'auto', """Libya flood deaths in Derna top 5,000 as rescuers search for thousands missing

BENGHAZI, Libya, Sept 12 (Reuters) - More than 5,000 people are feared dead in the eastern Libyan city of Derna after two dams burst during a powerful Mediterranean storm, and rescuers were searching on Tuesday for some 10,000 people still missing, officials and aid groups said.

Storm Daniel slammed into eastern Libya on Sunday, dumping more rain on the hills around Bayda in 24 hours than the area usually receives in several months.

Residents said they heard a loud blast at around 3 a.m. on Monday as the two dams above Derna gave way, sending a wall of water several metres high down the Wadi Derna riverbed that cuts through the city centre.

"Within minutes whole apartment blocks were swept into the sea with the families still inside," said Ahmed Abdullah, 34, a teacher who survived by climbing onto the roof of a mosque. "I lost my brother and his children."

A spokesman for the ambulance service in the east said on Monday evening that bodies were still washing up on beaches along the coast. The eastern-based administration declared Derna a disaster zone and announced three days of mourning.

The dams, built by a Yugoslav company in the 1970s, had not been properly maintained for years, according to engineers and local officials. A study published last year by a Libyan hydrologist had warned that the larger dam could fail in a major flood.

Libya has been split between rival administrations in the east and west since 2014, after years of conflict that followed the 2011 NATO-backed uprising against Muammar Gaddafi. The divisions have hampered the response, with roads into Derna still cut on Tuesday and electricity and telephone lines down since Sunday.

Egypt, Turkey, the United Arab Emirates and Italy pledged help. Turkey said it was sending three aircraft carrying rescue teams and field hospitals on Tuesday, and the United Nations said it was releasing emergency funds.

Storm Daniel had already killed more than 20 people in Greece, Turkey and Bulgaria last week, flooding the farmland of the Thessaly plain in central Greece before it moved south across the Mediterranean.

Scientists said sea surface temperatures in the eastern Mediterranean this summer had been 2 to 3 degrees Celsius above average, and the record heat in August helped give the storm its unusual strength.

The International Federation of Red Cross and Red Crescent Societies warned that the toll could rise sharply in the coming days as teams reached neighbourhoods that remain buried under mud.

(Reporting by Ayman al-Warfali in Benghazi and Ahmed Elumami in Tripoli; Editing by Peter Graff)
""", [
    ('Sept 12', 'DATE', '2023-09-12'),
    ('Tuesday', 'DATE', '2023-09-12'),
    ('Sunday', 'DATE', '2023-09-10'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('several months', 'DURATION', 'PXM'),
    ('around 3 a.m. on Monday', 'TIME', '2023-09-11T03:00'),
    ('minutes', 'DURATION', 'PTXM'),
    ('Monday evening', 'DATE|TIME', '2023-09-11TEV'),
    ('three days', 'DURATION', 'P3D'),
    ('the 1970s', 'DATE', '197'),
    ('years', 'DURATION', 'PXY'),
    ('last year', 'DATE', '2022'),
    ('2014', 'DATE', '2014'),
    ('years', 'DURATION', 'PXY'),
    ('2011', 'DATE', '2011'),
    ('Tuesday', 'DATE', '2023-09-12'),
    ('Sunday', 'DATE', '2023-09-10'),
    ('Tuesday', 'DATE', '2023-09-12'),
    ('last week', 'DATE', '2023-W36'),
    ('this summer', 'DATE', '2023-SU'),
    ('August', 'DATE', '2023-08'),
    ('the coming days', 'DURATION', 'PXD'),
]),
# 12. Local UK paper (Belfast), Storm Eowyn red warning (2025)
('2025-01-23', 'auto', """Storm Éowyn: Schools to shut as red warning issued for 'danger to life' winds

By Siobhan McCann

Schools across Northern Ireland will close tomorrow after the Met Office issued a rare red weather warning for wind, with gusts of up to 100mph forecast as Storm Éowyn sweeps in from the Atlantic.

The red warning, the highest level, covers the whole of Northern Ireland from 7am to 2pm on Friday. An amber wind warning will be in force from 6am until 9pm, and a yellow warning for wind and snow lasts until noon on Saturday.

Forecasters said the storm was deepening rapidly over the Atlantic and described it as the most dangerous to threaten the region in years. Some compared it with Hurricane Debbie, which killed more than a dozen people across Ireland in September 1961.

The Education Authority said this afternoon that all schools, nurseries and youth centres would stay closed and that pupils should not be sent in. Queen's University and Ulster University have cancelled classes, and many GP surgeries will open only for emergencies.

Translink said all bus and rail services would be suspended until the red warning ends, and passengers at Belfast City and Belfast International airports were told to expect widespread cancellations.

NIE Networks said it had hundreds of engineers on standby but warned that some customers could be left without power for several days. The PSNI urged people to stay at home and avoid coastal paths and promenades, where high waves and flying debris pose a serious risk.

High tide in Belfast Lough is at 11.48am tomorrow, close to the peak of the storm, and Belfast City Council has opened sandbag collection points in the east of the city. Councils said weekly bin collections scheduled for Friday would be moved to Monday, and recycling centres will be closed tomorrow and Saturday.

Storm Éowyn, the fifth named storm of the 2024-25 season, was named by the Met Office on Tuesday. It is being driven by an unusually powerful jet stream, the same pattern that has brought bitter cold to parts of the United States this week.

"Please take this seriously," said a PSNI spokesperson. "Do not travel unless it is absolutely necessary, and check on elderly neighbours before the winds arrive."

Conditions are expected to ease by Saturday afternoon, but forecasters warned that another Atlantic system could bring more wind and rain early next week, hampering any clean-up.
""", [
    ('tomorrow', 'DATE', '2025-01-24'),
    ('7am', 'TIME', '2025-01-24T07:00'),
    ('2pm on Friday', 'TIME', '2025-01-24T14:00'),
    ('6am', 'TIME', '2025-01-24T06:00'),
    ('9pm', 'TIME', '2025-01-24T21:00'),
    ('noon on Saturday', 'TIME', '2025-01-25T12:00'),
    ('years', 'DURATION', 'PXY'),
    ('September 1961', 'DATE', '1961-09'),
    ('this afternoon', 'DATE|TIME', '2025-01-23TAF'),
    ('several days', 'DURATION', 'PXD'),
    ('11.48am tomorrow', 'TIME', '2025-01-24T11:48'),
    ('weekly', 'SET', 'P1W'),
    ('Friday', 'DATE', '2025-01-24'),
    ('Monday', 'DATE', '2025-01-27'),
    ('tomorrow', 'DATE', '2025-01-24'),
    ('Saturday', 'DATE', '2025-01-25'),
    ('2024-25', 'DATE', '2024|2025'),
    ('Tuesday', 'DATE', '2025-01-21'),
    ('this week', 'DATE', '2025-W04'),
    ('Saturday afternoon', 'DATE|TIME', '2025-01-25TAF'),
    ('early next week', 'DATE', '2025-W05'),
]),
]
