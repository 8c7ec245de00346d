# Gold TIMEX3 probe set 118: history and anniversary features, retold events and encyclopedia-like entries (AP, BBC, Guardian, NYT, Smithsonian, encyclopedia; DCTs 1995-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, V-E Day 50th anniversary in London (1995)
('1995-05-08', 'auto', """Veterans Return to London as Europe Marks 50 Years Since War's End

LONDON (AP) — Harold Pruitt was 21 when he stood in Piccadilly Circus on the night of May 8, 1945, and watched strangers climb lampposts to wave flags. On Monday, the retired mail carrier from Dayton, Ohio, stood a few yards from the same spot and tried to pick out the window where a woman had thrown him a bottle of cider.

"Fifty years," he said, shaking his head. "It feels like last week, and it feels like somebody else's life."

Pruitt was among about 300 American veterans who flew in over the weekend for the anniversary, joining hundreds of thousands of Britons who packed Hyde Park and the Mall for ceremonies that began early Monday and were to continue until midnight.

Queen Elizabeth II, who as a 19-year-old princess slipped into the crowds outside Buckingham Palace in 1945, was scheduled to light a beacon in Hyde Park at 9:30 p.m. Leaders from more than 50 countries had gathered in London on Sunday.

Germany's surrender was signed at Reims, France, at 2:41 a.m. on May 7, 1945, and took effect at 11:01 p.m. on May 8 — already May 9 in Moscow, which is why Russia holds its own celebrations on Tuesday. But it was on the afternoon of May 8 that Prime Minister Winston Churchill announced the end of the war in Europe, and that is the day Britain has celebrated ever since.

For Pruitt, the fighting had ended in a field hospital in Normandy. He was wounded on June 14, 1944, eight days after landing at Omaha Beach, and spent the next seven months in hospitals in England. He met his wife, Joan, a nurse from Kent, that winter. They married in March 1946 and moved to Ohio the following year.

Joan Pruitt died in 1991. This was his first trip back since the 1970s.

Organizers said the crowds on Monday were the largest in central London since the Silver Jubilee in 1977, and police expected more than a million people along the Mall and in the park.

Pruitt planned to spend Tuesday morning at the American cemetery at Madingley, outside Cambridge, where several men from his company are buried. He visits their families in Ohio every November.

"I'll be back for the 60th," he said. "Somebody has to keep count."
""", [
    ('50 Years', 'DURATION', 'P50Y'),
    ('the night of May 8, 1945', 'DATE|TIME', '1945-05-08TNI'),
    ('Monday', 'DATE', '1995-05-08'),
    ('Fifty years', 'DURATION', 'P50Y'),
    ('last week', 'DATE', '1995-W18'),
    ('the weekend', 'DATE', '1995-W18-WE'),
    ('early Monday', 'DATE', '1995-05-08'),
    ('midnight', 'TIME', '1995-05-08T24:00|1995-05-09T00:00'),
    ('1945', 'DATE', '1945'),
    ('9:30 p.m.', 'TIME', '1995-05-08T21:30'),
    ('Sunday', 'DATE', '1995-05-07'),
    ('2:41 a.m. on May 7, 1945', 'TIME', '1945-05-07T02:41'),
    ('11:01 p.m. on May 8', 'TIME', '1945-05-08T23:01'),
    ('May 9', 'DATE', '1945-05-09'),
    ('Tuesday', 'DATE', '1995-05-09'),
    ('the afternoon of May 8', 'DATE|TIME', '1945-05-08TAF'),
    ('June 14, 1944', 'DATE', '1944-06-14'),
    ('eight days', 'DURATION', 'P8D'),
    ('the next seven months', 'DURATION', 'P7M'),
    ('that winter', 'DATE', '1944-WI'),
    ('March 1946', 'DATE', '1946-03'),
    ('the following year', 'DATE', '1947'),
    ('1991', 'DATE', '1991'),
    ('the 1970s', 'DATE', '197'),
    ('Monday', 'DATE', '1995-05-08'),
    ('1977', 'DATE', '1977'),
    ('Tuesday morning', 'DATE|TIME', '1995-05-09TMO'),
    ('every November', 'SET', 'XXXX-11'),
]),
# 2. New York Times, tenth anniversary of the fall of the Berlin Wall (1999)
('1999-11-09', 'auto', """A Decade After the Wall Fell, Berliners Search for the Seams

By KAREN LINDQVIST

BERLIN, Nov. 9 — On the evening of Nov. 9, 1989, a confused announcement at a televised news conference sent thousands of East Berliners to the checkpoint at Bornholmer Strasse. By 11:30 p.m., the guards had given up and opened the gate. The wall, which had split the city for more than 28 years, never closed again.

Tonight, Chancellor Gerhard Schröder, Mikhail S. Gorbachev, George Bush and Helmut Kohl are to gather at the Reichstag, the renovated parliament building that reopened in April, for a ceremony marking the 10th anniversary. A concert at the Brandenburg Gate is scheduled to begin at 8 p.m.

But for many Berliners the anniversary is a chance to take stock of how much, and how little, has changed. Of the 96 miles of concrete and fencing that encircled West Berlin, only a few stretches remain. The longest, the East Side Gallery along the Spree, was painted by artists from 21 countries in 1990 and has been fading ever since.

"For the first few years, you could still see exactly where it had stood," said Renate Holz, 58, who has run a bakery on Bernauer Strasse since 1974. "Now the children ask me what the stones in the road are for."

The first barriers went up on Sunday, Aug. 13, 1961, when East German troops unrolled barbed wire along the sector boundary. At least 80 people were later killed trying to cross; historians are still counting. The last, Chris Gueffroy, was shot in February 1989, nine months before the border opened.

Economic unity has proved harder. Unemployment in the eastern states stood at 17 percent last month, nearly twice the western rate, and the federal government has spent about $100 billion a year on reconstruction since 1990.

At the Bornholmer Strasse bridge on Monday afternoon, a few dozen people laid flowers beside a plaque installed this week. Among them was Uwe Brandt, who walked through the gate at 11:40 p.m. on Nov. 9, 1989, and has come back on the anniversary every year since.

"I was 31, and I thought I would be in West Berlin for an hour," he said. "I stayed for three days. My mother thought I was dead."

A museum devoted to the wall is scheduled to open on Bernauer Strasse next year, and the Berlin Senate has promised to mark the full route with a double row of cobblestones by 2001.
""", [
    ('A Decade', 'DURATION', 'P10Y'),
    ('Nov. 9', 'DATE', '1999-11-09'),
    ('the evening of Nov. 9, 1989', 'DATE|TIME', '1989-11-09TEV'),
    ('11:30 p.m.', 'TIME', '1989-11-09T23:30'),
    ('more than 28 years', 'DURATION', 'P28Y'),
    ('Tonight', 'DATE|TIME', '1999-11-09TNI'),
    ('April', 'DATE', '1999-04'),
    ('8 p.m.', 'TIME', '1999-11-09T20:00'),
    ('1990', 'DATE', '1990'),
    ('the first few years', 'DURATION', 'PXY'),
    ('1974', 'DATE', '1974'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Sunday, Aug. 13, 1961', 'DATE', '1961-08-13'),
    ('February 1989', 'DATE', '1989-02'),
    ('nine months', 'DURATION', 'P9M'),
    ('last month', 'DATE', '1999-10'),
    ('a year', 'SET', 'P1Y'),
    ('1990', 'DATE', '1990'),
    ('Monday afternoon', 'DATE|TIME', '1999-11-08TAF'),
    ('this week', 'DATE', '1999-W45'),
    ('11:40 p.m. on Nov. 9, 1989', 'TIME', '1989-11-09T23:40'),
    ('every year', 'SET', 'P1Y'),
    ('an hour', 'DURATION', 'PT1H'),
    ('three days', 'DURATION', 'P3D'),
    ('next year', 'DATE', '2000'),
    ('2001', 'DATE', '2001'),
]),
# 3. BBC, 50th anniversary of the 1953 North Sea flood (2003)
('2003-01-31', 'auto', """Canvey Island remembers 1953 flood

Survivors of the North Sea flood of 1953 will gather on Canvey Island on Saturday to mark 50 years since the disaster, which claimed 58 lives on the island alone.

The storm surge struck the Essex coast on the night of 31 January 1953, when a combination of high spring tides and a severe northerly gale pushed the sea over defences from Lincolnshire to Kent.

On Canvey, where many families lived in single-storey wooden bungalows, the water rose by about eight feet in less than an hour. Most residents were asleep.

Across eastern England 307 people died. In the Netherlands, where the surge broke through dykes in Zeeland on 1 February, more than 1,800 were killed.

Joan Freeman was 11 at the time. She remembers her father waking the family at about 1:30 in the morning and lifting her through the loft hatch.

"We sat on the roof of the shed for nine hours, and nobody came," she said. "I still can't sleep when the wind gets up."

The island was evacuated, and it was several weeks before families were allowed to return. Repairs to the sea wall continued well into 1954.

The disaster led to the creation of a national flood warning system and, eventually, to the Thames Barrier, which was completed in 1982 and officially opened by the Queen in May 1984.

The Environment Agency says the barrier has been closed more than 60 times since then, including 14 times this winter alone.

Saturday's service will begin at 11:00 GMT at the memorial garden on Canvey Road, followed by the reading of the names of the dead. Wreaths will also be laid at Jaywick and Sea Palling, which lost dozens of residents.

Organisers said they had been overwhelmed by interest in recent weeks, with people travelling from as far as Australia and Canada.

Local historian Peter Reece, who has spent the past three years recording survivors' accounts, said time was running out.

"There are fewer than 200 of them left on the island now," he said. "In another ten years there may be hardly anyone who can tell it first-hand."

A memorial exhibition opens at the island's heritage centre on Monday and will run until Easter.
""", [
    ('1953', 'DATE', '1953'),
    ('1953', 'DATE', '1953'),
    ('Saturday', 'DATE', '2003-02-01'),
    ('50 years', 'DURATION', 'P50Y'),
    ('the night of 31 January 1953', 'DATE|TIME', '1953-01-31TNI'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('1 February', 'DATE', '1953-02-01'),
    ('about 1:30 in the morning', 'TIME', '1953-02-01T01:30'),
    ('nine hours', 'DURATION', 'PT9H'),
    ('several weeks', 'DURATION', 'PXW'),
    ('1954', 'DATE', '1954'),
    ('1982', 'DATE', '1982'),
    ('May 1984', 'DATE', '1984-05'),
    ('this winter', 'DATE', '2002-WI|2003-WI'),
    ('Saturday', 'DATE', '2003-02-01'),
    ('11:00 GMT', 'TIME', '2003-02-01T11:00'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('another ten years', 'DURATION|DATE', 'P10Y|2013'),
    ('Monday', 'DATE', '2003-02-03'),
    ('Easter', 'DATE', '2003-04-20'),
]),
# 4. New York Times, centennial of the 1906 San Francisco earthquake (2006)
('2006-04-18', 'auto', """In San Francisco, a Predawn Vigil for the City That Shook

By MICHAEL ORTEGA

SAN FRANCISCO, April 18 — At 5:12 a.m. today, as sirens wailed across the city, several thousand people stood in silence around Lotta's Fountain on Market Street, 100 years after the earthquake that nearly destroyed San Francisco.

Some had been waiting since midnight. Eleven were survivors of the 1906 disaster, the oldest of them 109, wrapped in blankets and seated in vintage cars at the front of the crowd.

The earthquake struck without warning on April 18, 1906, and lasted less than a minute. It was the fires that followed, burning for three days, that did most of the damage: by the morning of April 21, some 28,000 buildings had been destroyed and more than half of the city's 400,000 residents were homeless.

The official death toll at the time was 375. Historians now put it at 3,000 or more, many of them in Chinatown, whose residents were largely left out of the count.

Mayor Gavin Newsom, speaking at about 5:30, called the anniversary "a wake-up call, not a history lesson." A report presented at a seismology conference here last week put the chance of a major earthquake in the Bay Area within the next 30 years at 62 percent.

Among those in the crowd was Herbert Hamrol, 103, who was 3 when his family fled their house on Golden Gate Avenue. He says he remembers only the smell of smoke and a long walk to a ferry. "My mother told the rest of it every April," he said. "She never let us forget."

The commemorations continue through the week. A memorial exhibition opened on Saturday at the California Historical Society, and on Wednesday evening the Fire Department will hold a ceremony at the hydrant at 20th and Church Streets, the one that kept working when the water mains failed. Firefighters repaint it gold each year.

For the survivors, this may be the last such gathering. Ten years ago, at the 90th anniversary, more than 40 attended.

"I don't expect to see the next one," said Frances Duffy, 106. "But I made it to this one, didn't I?"
""", [
    ('April 18', 'DATE', '2006-04-18'),
    ('5:12 a.m. today', 'TIME', '2006-04-18T05:12'),
    ('100 years', 'DURATION', 'P100Y'),
    ('midnight', 'TIME', '2006-04-17T24:00|2006-04-18T00:00'),
    ('1906', 'DATE', '1906'),
    ('April 18, 1906', 'DATE', '1906-04-18'),
    ('less than a minute', 'DURATION', 'PT1M'),
    ('three days', 'DURATION', 'P3D'),
    ('the morning of April 21', 'DATE|TIME', '1906-04-21TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about 5:30', 'TIME', '2006-04-18T05:30'),
    ('last week', 'DATE', '2006-W15'),
    ('the next 30 years', 'DURATION', 'P30Y'),
    ('every April', 'SET', 'XXXX-04'),
    ('the week', 'DATE', '2006-W16'),
    ('Saturday', 'DATE', '2006-04-15'),
    ('Wednesday evening', 'DATE|TIME', '2006-04-19TEV'),
    ('each year', 'SET', 'P1Y'),
    ('Ten years ago', 'DATE', '1996'),
]),
# 5. Encyclopedia-like entry, the Great Blizzard of 1888 (2008)
('2008-03-12', 'auto', """Great Blizzard of 1888

The Great Blizzard of 1888, also called the Great White Hurricane, was one of the most severe snowstorms in the recorded history of the United States. It struck the Atlantic coast from the Chesapeake Bay to Maine between March 11 and March 14, 1888, and killed more than 400 people. It came two months after the so-called Schoolhouse Blizzard of January 12, 1888, which killed some 235 people on the Great Plains.

Meteorology

The storm formed when a mass of Arctic air moving east from the Great Lakes collided with a moist low-pressure system advancing up the coast from Georgia. Rain fell across much of the Northeast on Sunday, March 11, and temperatures were unusually mild. By midnight the rain had turned to heavy snow, and winds rose to more than 45 miles per hour.

Snow fell almost continuously for about 36 hours. Totals of 40 to 50 inches were recorded in parts of Connecticut and Massachusetts, while New York City received about 21 inches. The wind piled the snow into drifts as high as 40 feet, burying houses, trains and, in some cases, people.

Effects

In New York, the elevated railways stopped running on the morning of March 12, leaving passengers stranded in cars above the streets. Telegraph and telephone lines came down across the region, and the city was effectively cut off from Boston and Philadelphia for several days. Fire companies were unable to reach burning buildings. Along the coast, some 200 vessels were driven ashore or sunk.

Among the dead was the former senator Roscoe Conkling, who collapsed after walking roughly three miles through the drifts from Wall Street to Madison Square; he died the following month.

Aftermath

The snow had largely stopped by March 14, but clearing the streets took weeks, and in some areas drifts persisted into April. The experience persuaded New York officials to move telegraph and electrical wires underground and strengthened support for an underground rapid transit system, the first line of which opened on October 27, 1904.

Survivors later formed their own club, which met every March 12 for decades afterward to share recollections of the storm. The blizzard remains a benchmark against which later storms in the region, including those of 1978 and 1996, have been measured.
""", [
    ('1888', 'DATE', '1888'),
    ('1888', 'DATE', '1888'),
    ('March 11', 'DATE', '1888-03-11'),
    ('March 14, 1888', 'DATE', '1888-03-14'),
    ('two months', 'DURATION', 'P2M'),
    ('January 12, 1888', 'DATE', '1888-01-12'),
    ('Sunday, March 11', 'DATE', '1888-03-11'),
    ('midnight', 'TIME', '1888-03-11T24:00|1888-03-12T00:00'),
    ('about 36 hours', 'DURATION', 'PT36H'),
    ('the morning of March 12', 'DATE|TIME', '1888-03-12TMO'),
    ('several days', 'DURATION', 'PXD'),
    ('the following month', 'DATE', '1888-04'),
    ('March 14', 'DATE', '1888-03-14'),
    ('weeks', 'DURATION', 'PXW'),
    ('April', 'DATE', '1888-04'),
    ('October 27, 1904', 'DATE', '1904-10-27'),
    ('every March 12', 'SET', 'XXXX-03-12'),
    ('decades', 'DURATION', 'PXY'),
    ('1978', 'DATE', '1978'),
    ('1996', 'DATE', '1996'),
]),
# 6. Smithsonian-style magazine feature, a lighthouse keeper's log from the 1905 storm (2011)
('2011-10-20', 'auto', """The Keeper's Log

A water-stained logbook found in a Michigan attic this spring tells how one lighthouse family survived eleven days cut off by a Lake Superior gale

By Ellen Marsh
Smithsonian Magazine, October 2011

The entries begin in a neat, upright hand: "Nov. 24, 1905. Wind light from SW. Lit lamp 4:40 p.m." Anyone who has spent time with lighthouse logs knows their rhythm: weather, oil, visitors, repairs, every day for years.

Charles Wendt kept the Sable Reef light, a stone tower on a half-acre of rock 14 miles off Michigan's Keweenaw Peninsula, from 1899 until his death in 1922. His wife, Anna, and their two youngest children lived with him on the rock for eight months of every year, until the shipping season closed and a tug came to take them ashore.

The tug did not come in 1905. On the evening of Nov. 27, the barometer began to fall, and Wendt noted "heavy sea making up from NE." By the next morning, the storm that would become known as the Mataafa Blow was throwing waves over the tower's gallery, 60 feet above the water.

For two days Wendt barely slept. He kept the lamp burning, carrying kerosene up 92 steps every four hours while Anna kept the children in the watch room below. On Nov. 29 he recorded, in a line that is hard to read, "Boat house gone. Dock gone. All well."

The storm sank or stranded some 29 ships across the lake, among them the steel steamer Mataafa, which broke apart outside the Duluth harbor entrance while thousands watched from shore. Nine of her crew froze to death before rescuers could reach them.

With the dock destroyed, no boat could land on Sable Reef. The family rationed flour and salt pork and burned broken furniture when the coal ran low. It was not until Dec. 8, eleven days after the gale began, that a revenue cutter got close enough to send a boat through the surf. Wendt's final entry for the season reads simply: "Closed light 10 a.m. Left station with family. Thank God."

Wendt returned to the rock the following April, alone; Anna never went back.

The logbook surfaced in May, when a great-granddaughter, Lisa Wendt Horvath, was clearing out a house in Calumet. She has since donated it to the Great Lakes Shipwreck Historical Society, which plans to put it on display next summer alongside a lens from the tower. The light was automated in 1961 and abandoned in 1983.

"He never mentions being afraid," Horvath says. "Not once in eleven days. But you can see it in his handwriting."
""", [
    ('this spring', 'DATE', '2011-SP'),
    ('eleven days', 'DURATION', 'P11D'),
    ('October 2011', 'DATE', '2011-10'),
    ('Nov. 24, 1905', 'DATE', '1905-11-24'),
    ('4:40 p.m.', 'TIME', '1905-11-24T16:40'),
    ('every day', 'SET', 'P1D'),
    ('years', 'DURATION', 'PXY'),
    ('1899', 'DATE', '1899'),
    ('1922', 'DATE', '1922'),
    ('eight months', 'DURATION', 'P8M'),
    ('every year', 'SET', 'P1Y'),
    ('1905', 'DATE', '1905'),
    ('the evening of Nov. 27', 'DATE|TIME', '1905-11-27TEV'),
    ('the next morning', 'DATE|TIME', '1905-11-28TMO'),
    ('two days', 'DURATION', 'P2D'),
    ('every four hours', 'SET', 'PT4H'),
    ('Nov. 29', 'DATE', '1905-11-29'),
    ('Dec. 8', 'DATE', '1905-12-08'),
    ('eleven days', 'DURATION', 'P11D'),
    ('10 a.m.', 'TIME', '1905-12-08T10:00'),
    ('the following April', 'DATE', '1906-04'),
    ('May', 'DATE', '2011-05'),
    ('next summer', 'DATE', '2012-SU'),
    ('1961', 'DATE', '1961'),
    ('1983', 'DATE', '1983'),
    ('eleven days', 'DURATION', 'P11D'),
]),
# 7. AP, Titanic centenary memorial cruise (2012)
('2012-04-14', 'auto', """Titanic memorial cruise nears site where liner sank

ABOARD THE MS BALMORAL (AP) — A cruise ship carrying relatives of passengers and crew who died on the Titanic sailed through calm seas in the North Atlantic on Saturday, on course to reach the spot where the liner went down a century ago.

The Balmoral, which left Southampton, England, on April 8, was scheduled to stop late Saturday night about 400 miles south of Newfoundland. Passengers planned to gather on deck for a memorial service at 11:40 p.m., the moment the Titanic struck an iceberg on April 14, 1912, and for a second service at 2:20 a.m. Sunday, when it sank.

More than 1,500 people died when the ship, then the largest moving object ever built, went down on its maiden voyage from Southampton to New York. About 700 survived, most of them women and children in the lifeboats.

"It's been 100 years, but for us it's still a family story," said Jane Allen of Belfast, whose great-uncle was a steward. "My grandmother lit a candle for him every April 15 until she died."

The ship's 1,309 passengers paid between $4,000 and $9,000 each for the cruise, which follows the Titanic's route. Many wore period costume on Friday night for a dinner that reproduced the last first-class menu served aboard the liner.

A second memorial cruise, aboard the Azamara Journey, left New York on Tuesday and was to join the Balmoral at the site.

The voyage has not been entirely smooth. A crew member was airlifted by helicopter off the coast of Ireland on Monday for medical treatment, and rough seas on Wednesday left many passengers seasick.

In Belfast, where the Titanic was built, and in Southampton, where most of its crew lived, events were planned throughout the weekend. A new Titanic museum, built for 77 million pounds ($122 million), opened in Belfast late last month.

The wreck, lying 2 1/2 miles down, was not found until Sept. 1, 1985, by a team led by oceanographer Robert Ballard. Last week, the United Nations cultural agency said the site would now be protected under a 2001 convention on underwater heritage, which covers wrecks more than 100 years old.

On Saturday afternoon, passengers lined the rails of the promenade deck, some holding photographs. "We've been planning this for two years," Allen said. "Tonight we finally get to say goodbye."
""", [
    ('Saturday', 'DATE', '2012-04-14'),
    ('a century ago', 'DATE', '1912'),
    ('April 8', 'DATE', '2012-04-08'),
    ('late Saturday night', 'DATE|TIME', '2012-04-14TNI'),
    ('11:40 p.m.', 'TIME', '2012-04-14T23:40'),
    ('April 14, 1912', 'DATE', '1912-04-14'),
    ('2:20 a.m. Sunday', 'TIME', '2012-04-15T02:20'),
    ('100 years', 'DURATION', 'P100Y'),
    ('every April 15', 'SET', 'XXXX-04-15'),
    ('Friday night', 'DATE|TIME', '2012-04-13TNI'),
    ('Tuesday', 'DATE', '2012-04-10'),
    ('Monday', 'DATE', '2012-04-09'),
    ('Wednesday', 'DATE', '2012-04-11'),
    ('the weekend', 'DATE', '2012-W15-WE'),
    ('late last month', 'DATE', '2012-03'),
    ('Sept. 1, 1985', 'DATE', '1985-09-01'),
    ('Last week', 'DATE', '2012-W14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2001', 'DATE', '2001'),
    ('Saturday afternoon', 'DATE|TIME', '2012-04-14TAF'),
    ('two years', 'DURATION', 'P2Y'),
    ('Tonight', 'DATE|TIME', '2012-04-14TNI'),
]),
# 8. The Guardian, a village war memorial project before the first world war centenary (2014)
('2014-01-15', 'auto', """Village sets out to tell the stories behind 41 names on its war memorial

Residents of Clunbury in Shropshire have spent two years tracing the men who never came home, as Britain prepares for the centenary of the first world war

Sarah Whitcombe
Wednesday 15 January 2014 18.04 GMT

For almost a century, the 41 names carved on the war memorial outside St Swithin's church in Clunbury were just that: names. On Saturday, the village will publish a book that gives each of them a face.

The project began in January 2012, when a retired schoolteacher, Margaret Ellis, found a box of letters in the vestry. Since then about 30 volunteers have met every Thursday evening in the village hall, working through census returns, army service records and parish magazines.

"We thought it would take six months," Ellis said. "It has taken two years, and we're still finding things."

Their research shows that the first Clunbury man to die, Private Albert Cadwallader, was killed at Mons on 23 August 1914, less than three weeks after Britain declared war at 11pm on 4 August. The last, Lance Corporal Thomas Pryce, died of wounds in a hospital in Rouen on 10 November 1918; the armistice came into force at 11am the next morning.

Nine of the dead were killed on 1 July 1916, the first day of the Battle of the Somme. Several were brothers or cousins; one family, the Beddoes, lost three sons in 18 months.

The book, which will go on sale at the village shop for £12, is one of thousands of local projects expected to mark the centenary. The government has set aside £50m for commemorations over the next four years, and the Heritage Lottery Fund said last month that it had already received more than 1,000 applications for grants.

Nationally, the anniversary of the declaration of war will be marked on 4 August with a service at Glasgow Cathedral and a candlelit vigil at Westminster Abbey that will end at 11pm, the hour Britain's ultimatum to Germany expired.

Clunbury's own commemorations will be more modest. The parish council plans to plant 41 oak saplings along the lane to the church this spring, one for each name, and the village school will hold a reading of the men's letters in November.

Ellis, 71, says the work has changed how she sees the memorial she walks past every morning. "I used to see a list," she said. "Now I see Albert, who wrote to his mother every Sunday, and Tom, who was 19 and asked for socks."
""", [
    ('two years', 'DURATION', 'P2Y'),
    ('Wednesday 15 January 2014 18.04 GMT', 'TIME', '2014-01-15T18:04'),
    ('almost a century', 'DURATION', 'P100Y'),
    ('Saturday', 'DATE', '2014-01-18'),
    ('January 2012', 'DATE', '2012-01'),
    ('every Thursday evening', 'SET', 'XXXX-WXX-4TEV'),
    ('six months', 'DURATION', 'P6M'),
    ('two years', 'DURATION', 'P2Y'),
    ('23 August 1914', 'DATE', '1914-08-23'),
    ('less than three weeks', 'DURATION', 'P3W'),
    ('11pm on 4 August', 'TIME', '1914-08-04T23:00'),
    ('10 November 1918', 'DATE', '1918-11-10'),
    ('11am the next morning', 'TIME', '1918-11-11T11:00'),
    ('1 July 1916', 'DATE', '1916-07-01'),
    ('18 months', 'DURATION', 'P18M'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('last month', 'DATE', '2013-12'),
    ('4 August', 'DATE', '2014-08-04'),
    ('11pm', 'TIME', '2014-08-04T23:00'),
    ('this spring', 'DATE', '2014-SP'),
    ('November', 'DATE', '2014-11'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
]),
# 9. BBC, 350th anniversary of the Great Fire of London (2016)
('2016-09-02', 'auto', """Great Fire of London: 350th anniversary marked

Events are being held across London to mark 350 years since the Great Fire, which destroyed much of the medieval City over four days in September 1666.

The fire broke out at about 1am on Sunday 2 September 1666 in the bakery of Thomas Farriner on Pudding Lane, close to London Bridge.

Fanned by a strong easterly wind, it spread quickly through narrow streets of timber houses, and by the Tuesday it had reached St Paul's Cathedral, whose roof collapsed as the lead melted.

The Lord Mayor, Sir Thomas Bloodworth, had dismissed the blaze when he was woken to inspect it, reportedly remarking that it could easily be put out.

By the time it was brought under control on Wednesday 5 September, the fire had destroyed more than 13,000 houses and 87 churches and left an estimated 70,000 people homeless. Only six deaths were recorded, although historians believe the true figure was much higher.

The diarist Samuel Pepys watched from a boat on the Thames and later from an alehouse on Bankside. He recorded how he buried his parmesan cheese and his wine in the garden on the Tuesday evening to save them from the flames.

This weekend, as part of the London's Burning festival, a 120m-long wooden model of the 17th Century London skyline will be set alight on a barge on the Thames. The sculpture, created by the American artist David Best, is due to be burned at about 20:30 BST on Sunday.

Organisers expect tens of thousands of people to watch from the riverbanks.

On Friday morning, the bells of St Paul's and other City churches were rung, and the Lord Mayor laid a wreath at the Monument, the 202ft (61m) column designed by Sir Christopher Wren and Robert Hooke. It was built between 1671 and 1677, and stands 202ft from the site of Farriner's bakery.

Rebuilding the City took more than a decade. Wren designed 51 new churches, and work on the new St Paul's began in 1675 and was not completed until 1711 - a span of 36 years.

The Museum of London, whose exhibition Fire! Fire! opened in July, said it had already welcomed more than 100,000 visitors.

Historian Dr Amira Collins said the anniversary was a reminder of how quickly a city could be transformed.

"In four days, the London that Shakespeare knew simply disappeared," she said. "What replaced it is, in many ways, the city we still walk through now."
""", [
    ('350 years', 'DURATION', 'P350Y'),
    ('four days', 'DURATION', 'P4D'),
    ('September 1666', 'DATE', '1666-09'),
    ('about 1am on Sunday 2 September 1666', 'TIME', '1666-09-02T01:00'),
    ('the Tuesday', 'DATE', '1666-09-04'),
    ('Wednesday 5 September', 'DATE', '1666-09-05'),
    ('the Tuesday evening', 'DATE|TIME', '1666-09-04TEV'),
    ('This weekend', 'DATE', '2016-W35-WE'),
    ('17th Century', 'DATE', '16'),
    ('about 20:30 BST on Sunday', 'TIME', '2016-09-04T20:30'),
    ('Friday morning', 'DATE|TIME', '2016-09-02TMO'),
    ('1671', 'DATE', '1671'),
    ('1677', 'DATE', '1677'),
    ('more than a decade', 'DURATION', 'P10Y'),
    ('1675', 'DATE', '1675'),
    ('1711', 'DATE', '1711'),
    ('36 years', 'DURATION', 'P36Y'),
    ('July', 'DATE', '2016-07'),
    ('four days', 'DURATION', 'P4D'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
# 10. The Guardian, 50th anniversary of Apollo 11 at a Cornish earth station (2019)
('2019-07-16', 'auto', """'We were just listening': the Cornish dish that brought Apollo 11 home

Fifty years after the moon mission lifted off, the engineers who tracked it from the Lizard peninsula recall the mission that made their careers

Tom Reddaway
Tue 16 Jul 2019 06.00 BST

Fifty years ago today, at 9.32am local time, a Saturn V rocket lifted off from Cape Kennedy in Florida carrying Neil Armstrong, Buzz Aldrin and Michael Collins. In a field near Helston, on the Lizard peninsula in Cornwall, a 25-metre dish nicknamed Arthur was waiting for its signals.

Brian Pascoe, then a 23-year-old technician at the Goonhilly satellite earth station, remembers the atmosphere that week. "We worked 12-hour shifts and nobody wanted to go home," he says. "For four days we were just listening."

The lunar module Eagle touched down on the Sea of Tranquillity at 9.17pm British time on Sunday 20 July 1969. Armstrong stepped on to the surface at 3.56am on the Monday, when most of Britain was asleep, but millions of people stayed up to watch the BBC's live coverage, presented by James Burke and Patrick Moore.

"My wife brought the children in at two in the morning so they could say they'd seen it," Pascoe says. "My son is 55 now and he still talks about it."

Goonhilly, which opened in 1962 to receive pictures from the Telstar satellite, relayed the moon pictures to British screens; more than 600 million people are thought to have watched worldwide.

This week the station, now run by a commercial space communications company, is holding open days, and on Saturday evening it will show the landing footage on a giant screen at 9.17pm, the moment Eagle landed.

Elsewhere, the Science Museum in London will stay open late on Friday, and Jodrell Bank in Cheshire, whose Lovell telescope tracked the Soviet Luna 15 probe as it crashed on the moon on 21 July 1969, was added to Unesco's world heritage list earlier this month.

Pascoe is less certain about the future of human spaceflight. Nasa has promised to return astronauts to the moon by 2024, a deadline many engineers regard as optimistic.

"I'd like to see it before I die," he says. "We were told in 1969 there'd be people on Mars by the 1980s."
""", [
    ('Fifty years', 'DURATION', 'P50Y'),
    ('Tue 16 Jul 2019 06.00 BST', 'TIME', '2019-07-16T06:00'),
    ('Fifty years ago today', 'DATE', '1969-07-16|1969'),
    ('9.32am local time', 'TIME', '1969-07-16T09:32'),
    ('that week', 'DATE', '1969-W29'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('four days', 'DURATION', 'P4D'),
    ('9.17pm British time on Sunday 20 July 1969', 'TIME', '1969-07-20T21:17'),
    ('3.56am on the Monday', 'TIME', '1969-07-21T03:56'),
    ('two in the morning', 'TIME', '1969-07-21T02:00'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1962', 'DATE', '1962'),
    ('This week', 'DATE', '2019-W29'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday evening', 'DATE|TIME', '2019-07-20TEV'),
    ('9.17pm', 'TIME', '2019-07-20T21:17'),
    ('Friday', 'DATE', '2019-07-19'),
    ('21 July 1969', 'DATE', '1969-07-21'),
    ('earlier this month', 'DATE', '2019-07'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('2024', 'DATE', '2024'),
    ('1969', 'DATE', '1969'),
    ('the 1980s', 'DATE', '198'),
]),
# 11. Smithsonian-style magazine feature, 90th anniversary of Amelia Earhart's solo Atlantic flight (2022)
('2022-05-20', 'auto', """Amelia Earhart's Lonely Flight Over the Atlantic

Ninety years ago, the aviator became the first woman to fly solo across the ocean. Her battered red Vega still tells the story

By Daniel Kwan
May 20, 2022

In the late afternoon of May 20, 1932, Amelia Earhart sat in the cockpit of a red Lockheed Vega at a small airstrip in Harbour Grace, Newfoundland, waiting for a weather report. She had left New Jersey the day before, stopping in New Brunswick, and the forecast from New York was finally good enough.

At 7:12 p.m. she took off, heading east as the light faded, with a can of tomato juice and enough fuel for about 20 hours. Charles Lindbergh had taken off from New York for Paris on May 20, 1927, and Earhart, who had crossed the Atlantic in 1928 as a passenger, wanted to prove she could do it herself.

The trouble began within a few hours. Her altimeter failed, so she could not judge her height over the water. Around midnight she flew into a storm, and ice built up on the wings until the plane fell into a spin; she pulled out, she later wrote, only a few feet above the waves. A weld in the exhaust manifold cracked, and for hours she watched flames flicker through the seam.

By the time the sun came up, fuel was leaking into the cockpit. Paris was out of the question. Sighting the coast of Ireland, she followed a railway line and finally set the Vega down in a sloping pasture at Culmore, outside Londonderry.

A farmhand, Dan McCallion, was the first to reach her. "Have you come far?" he asked. "From America," she said.

The flight, which lasted 14 hours and 56 minutes, made Earhart the first woman and only the second person to fly solo across the Atlantic. Within a week she was in London; within a month, President Herbert Hoover had presented her with a gold medal from the National Geographic Society at the White House.

Earhart sold the Vega to the Franklin Institute in Philadelphia in 1933, and it came to the Smithsonian in 1966. Today it hangs in the National Air and Space Museum in Washington, its red paint faded, the scorch marks from the cracked manifold still visible on the cowling.

"She didn't need to do this," says curator Helen Park. "She wanted to find out whether she could."

Earhart disappeared over the Pacific on July 2, 1937, during an attempt to fly around the world.

On Saturday, Harbour Grace will mark the anniversary with a flypast over the old airstrip, which volunteers have cleared and repaired every summer since the 1970s.
""", [
    ('Ninety years ago', 'DATE', '1932'),
    ('May 20, 2022', 'DATE', '2022-05-20'),
    ('the late afternoon of May 20, 1932', 'DATE|TIME', '1932-05-20TAF'),
    ('the day before', 'DATE', '1932-05-19'),
    ('7:12 p.m.', 'TIME', '1932-05-20T19:12'),
    ('about 20 hours', 'DURATION', 'PT20H'),
    ('May 20, 1927', 'DATE', '1927-05-20'),
    ('1928', 'DATE', '1928'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('Around midnight', 'TIME', '1932-05-20T24:00|1932-05-21T00:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('14 hours and 56 minutes', 'DURATION', 'PT14H56M'),
    ('a week', 'DURATION', 'P1W'),
    ('a month', 'DURATION', 'P1M'),
    ('1933', 'DATE', '1933'),
    ('1966', 'DATE', '1966'),
    ('Today', 'DATE', 'PRESENT_REF'),
    ('July 2, 1937', 'DATE', '1937-07-02'),
    ('Saturday', 'DATE', '2022-05-21'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('the 1970s', 'DATE', '197'),
]),
# 12. Encyclopedia-like entry, history of a northern English canal (2025)
('2025-03-03', 'auto', """Harnby Canal

The Harnby Canal is a 23-mile (37 km) canal in northern England, linking the River Ouse at Selby with the market town of Harnby in the West Riding of Yorkshire. Built in the late 18th century to carry coal and limestone, it was closed to navigation in the 1930s and reopened after a long restoration.

History

Construction

The canal was promoted by a group of Harnby mill owners and authorised by an act of Parliament in 1793. Work began in the spring of 1794 under the engineer Thomas Hebblethwaite, but progress was slowed by a shortage of labour during the French Revolutionary Wars and by the collapse of the Aldwick aqueduct in the winter of 1797–98. The first section, from Selby to Aldwick, opened on 14 May 1799, and the full route was completed two years later.

Operation

Traffic grew steadily during the first half of the 19th century, reaching a peak of about 310,000 tons a year in 1838. Boats worked the canal around the clock, and a loaded vessel needed about two days to pass its 14 locks. A packet boat carried passengers between Harnby and Selby twice a week until 1846.

The opening of a railway branch to Harnby in 1847 drew away much of the trade. Within a decade tonnage had fallen by half, and in 1855 the canal company sold the waterway to the North Eastern Railway.

Decline and closure

Commercial traffic dwindled in the late 19th century, although coal continued to be carried to the Harnby gasworks until 1921. The London and North Eastern Railway, which inherited the canal in 1923, obtained powers to abandon it, and the last working boat passed through on 29 September 1934. Several locks were filled in during the 1950s, and a section near Aldwick was culverted for a road scheme in 1968.

Restoration

The Harnby Canal Society was formed in 1972 to campaign for reopening. Its volunteers worked every weekend for more than two decades, clearing silt and rebuilding lock chambers, and in 1996 the society received a lottery grant of £6.8 million. The restored canal reopened on 2 June 2001, 200 years after its completion, at a ceremony attended by about 5,000 people.

Pleasure boats use the canal mainly between April and October, and the flight of locks at Aldwick is closed for maintenance each January.
""", [
    ('the late 18th century', 'DATE', '17'),
    ('the 1930s', 'DATE', '193'),
    ('1793', 'DATE', '1793'),
    ('the spring of 1794', 'DATE', '1794-SP'),
    ('the winter of 1797–98', 'DATE', '1797-WI|1798-WI'),
    ('14 May 1799', 'DATE', '1799-05-14'),
    ('two years later', 'DATE|DURATION', '1801|P2Y'),
    ('the first half of the 19th century', 'DATE', '18'),
    ('a year', 'SET', 'P1Y'),
    ('1838', 'DATE', '1838'),
    ('about two days', 'DURATION', 'P2D'),
    ('twice a week', 'SET', 'P1W'),
    ('1846', 'DATE', '1846'),
    ('1847', 'DATE', '1847'),
    ('a decade', 'DURATION', 'P10Y'),
    ('1855', 'DATE', '1855'),
    ('the late 19th century', 'DATE', '18'),
    ('1921', 'DATE', '1921'),
    ('1923', 'DATE', '1923'),
    ('29 September 1934', 'DATE', '1934-09-29'),
    ('the 1950s', 'DATE', '195'),
    ('1968', 'DATE', '1968'),
    ('1972', 'DATE', '1972'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('more than two decades', 'DURATION', 'P20Y'),
    ('1996', 'DATE', '1996'),
    ('2 June 2001', 'DATE', '2001-06-02'),
    ('200 years', 'DURATION', 'P200Y'),
    ('April', 'DATE', 'XXXX-04'),
    ('October', 'DATE', 'XXXX-10'),
    ('each January', 'SET', 'XXXX-01'),
]),
]
