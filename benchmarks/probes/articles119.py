# Gold TIMEX3 probe set 119: history features, anniversaries and retold past events (AP, Reuters, BBC, Irish Times, history magazine, encyclopedia), DCTs 1996-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, 90th anniversary of the 1906 San Francisco earthquake (1996)
('1996-04-18', 'auto', """Quake survivors, fewer each year, mark 90th anniversary

SAN FRANCISCO (AP) — They came to Lotta's Fountain in the dark again Thursday, a shrinking band of survivors in wool coats and wheelchairs, to mark the moment 90 years ago when the ground beneath San Francisco tore open.

At 5:12 a.m., the minute the first shock struck on April 18, 1906, a fire engine siren wailed down Market Street and the crowd of about 300 fell silent for a minute.

Only four survivors attended this year, down from nine a year ago. The youngest, Ruth Castellano, was 3 months old when the quake hit. The oldest, 101-year-old Herbert Lyle, remembers it clearly.

"My father carried me down the stairs in his nightshirt, and the whole street was moving like water," Lyle said. "It went on for maybe 45 seconds. It felt like an hour."

The shaking, since estimated by seismologists at magnitude 7.8, was only the beginning. Broken gas mains sparked dozens of fires, and with the water system shattered, the flames burned largely unchecked for three days. By the morning of April 21, about 28,000 buildings had been destroyed and more than half the city's 400,000 residents were homeless.

The official death toll at the time was 375, a figure historians now consider a deliberate undercount. Research by former city archivist Gladys Hansen over the past 20 years has pushed the estimate above 3,000.

"The city fathers wanted the insurance money and the investors to keep coming, so they talked about fire, not earthquake, and they kept the numbers small," Hansen said Wednesday.

The anniversary comes as engineers warn that the Bay Area is not ready for the next big one. A report released earlier this month by the U.S. Geological Survey put the chance of a major earthquake in the region within the next 30 years at 67 percent.

Mayor Willie Brown, who took office in January, laid a wreath at the fountain at 6 a.m. and promised to speed up the retrofitting of the city's older brick buildings, a program that has fallen far behind schedule.

The ceremony has been held every year since 1919, organizers said, and they intend to keep it going for decades after the last survivor is gone.

Lyle said he planned to be back next April, and the one after that.

"I'd like to see the 100th," he said. "That's only 10 more years. I've done harder things."
""", [
    ('each year', 'SET', 'P1Y'),
    ('Thursday', 'DATE', '1996-04-18'),
    ('90 years ago', 'DATE', '1906'),
    ('5:12 a.m.', 'TIME', '1996-04-18T05:12'),
    ('April 18, 1906', 'DATE', '1906-04-18'),
    ('a minute', 'DURATION', 'PT1M'),
    ('this year', 'DATE', '1996'),
    ('a year ago', 'DATE', '1995'),
    ('45 seconds', 'DURATION', 'PT45S'),
    ('an hour', 'DURATION', 'PT1H'),
    ('three days', 'DURATION', 'P3D'),
    ('the morning of April 21', 'DATE|TIME', '1906-04-21TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past 20 years', 'DURATION', 'P20Y'),
    ('Wednesday', 'DATE', '1996-04-17'),
    ('earlier this month', 'DATE', '1996-04'),
    ('the next 30 years', 'DURATION', 'P30Y'),
    ('January', 'DATE', '1996-01'),
    ('6 a.m.', 'TIME', '1996-04-18T06:00'),
    ('every year', 'SET', 'P1Y'),
    ('1919', 'DATE', '1919'),
    ('decades', 'DURATION', 'PXY'),
    ('next April', 'DATE', '1997-04'),
    ('10 more years', 'DURATION', 'P10Y'),
]),
# 2. Reuters, 10th anniversary of the fall of the Berlin Wall (1999)
('1999-11-09', 'auto', """Berlin celebrates 10 years since the Wall came down

BERLIN, Nov 9 (Reuters) - Tens of thousands of people were expected to crowd around the Brandenburg Gate on Tuesday evening to celebrate the anniversary of the fall of the Berlin Wall, after former leaders Mikhail Gorbachev, George Bush and Helmut Kohl addressed a special session of parliament in the afternoon.

The Wall, which divided the city for 28 years, was breached on the night of November 9, 1989, shortly after East German Politburo member Guenter Schabowski fumbled through a news conference and told reporters that citizens were free to travel west.

At about 11:30 p.m., overwhelmed border guards at the Bornholmer Strasse crossing gave up checking passports and opened the gates. By midnight, thousands of East Berliners were streaming into the West, many of them in their sputtering Trabant cars.

"Ten years ago I stood on top of the Wall with a hammer and a bottle of cheap sparkling wine," said Klaus Reinhardt, 52, a taxi driver from the eastern district of Prenzlauer Berg. "I still drive past the spot every day and I still can't quite believe it."

But the mood was tempered by disappointment in the east, where many feel the promises made at unification in October 1990 have not been kept. The federal government has transferred more than 1 trillion marks to the eastern states since then, yet unemployment there stood at 17.6 percent in October, nearly double the western rate.

A poll published on Monday by the Forsa institute found that 41 percent of eastern Germans felt like "second-class citizens", compared with 47 percent five years ago.

Gorbachev, who was cheered by a crowd outside the Reichstag, told lawmakers that the peaceful end of the Wall had been a victory for "all of Europe". Parliament moved into the restored Reichstag building in April, and most ministries completed their move from Bonn over the summer.

Chancellor Gerhard Schroeder, who took office last year, said Germany still had work to do. "The Wall made of concrete has gone. The wall in people's heads will take longer to come down," he said.

Only about 200 metres of the original Wall remain standing at Bernauer Strasse, where a memorial was dedicated in August 1998.

Cellist Mstislav Rostropovich, who played Bach beside the Wall at Checkpoint Charlie on November 11, 1989, was due to perform again at the Brandenburg Gate at 8 p.m., before a fireworks display at midnight.
""", [
    ('10 years', 'DURATION', 'P10Y'),
    ('Nov 9', 'DATE', '1999-11-09'),
    ('Tuesday evening', 'DATE|TIME', '1999-11-09TEV'),
    ('the afternoon', 'DATE|TIME', '1999-11-09TAF'),
    ('28 years', 'DURATION', 'P28Y'),
    ('the night of November 9, 1989', 'DATE|TIME', '1989-11-09TNI'),
    ('about 11:30 p.m.', 'TIME', '1989-11-09T23:30'),
    ('midnight', 'TIME', '1989-11-09T24:00|1989-11-10T00:00'),
    ('Ten years ago', 'DATE', '1989'),
    ('every day', 'SET', 'P1D'),
    ('October 1990', 'DATE', '1990-10'),
    ('October', 'DATE', '1999-10'),
    ('Monday', 'DATE', '1999-11-08'),
    ('five years ago', 'DATE', '1994'),
    ('April', 'DATE', '1999-04'),
    ('the summer', 'DATE', '1999-SU'),
    ('last year', 'DATE', '1998'),
    ('August 1998', 'DATE', '1998-08'),
    ('November 11, 1989', 'DATE', '1989-11-11'),
    ('8 p.m.', 'TIME', '1999-11-09T20:00'),
    ('midnight', 'TIME', '1999-11-09T24:00|1999-11-10T00:00'),
]),
# 3. BBC, 50th anniversary of the 1953 North Sea flood on Canvey Island (2003)
('2003-01-31', 'auto', """Canvey Island remembers the night the sea came in

Survivors of the 1953 east coast floods are to gather on Canvey Island on Saturday to mark 50 years since the disaster, which killed 307 people in England.

On the night of 31 January 1953, a storm surge driven by northerly gales swept down the North Sea and overwhelmed sea defences from Lincolnshire to Kent.

On Canvey Island in Essex, 58 people died, many of them in prefabricated bungalows where the water rose to the ceilings in less than 15 minutes.

Joan Mallett, 81, was woken by her husband at about 1am.

"There was a roaring noise and then the water was coming up through the floorboards," she said. "We climbed into the loft and sat there in the dark until it got light, about seven hours. We could hear our neighbours calling for help and there was nothing we could do."

Her neighbours, an elderly couple, were found drowned in their bungalow. The island's 11,000 residents were evacuated and were not allowed to return for several weeks.

In the Netherlands, where the same storm broke through dykes in Zeeland, 1,836 people died. Queen Beatrix is due to attend a national ceremony in Zierikzee on Saturday.

The disaster led to a major review of flood defences and, eventually, to the building of the Thames Barrier, which was formally opened by the Queen in May 1984.

The Environment Agency said this week that the barrier had been closed 14 times so far this winter, more than in any previous winter since it came into use.

Agency flood defence manager David Pryor said: "The defences protecting Canvey are far stronger now than in 1953, but the risk has not gone away. Sea levels in the Thames estuary are rising, and we need to plan for the next 50 years, not just the next storm."

Local historian Peter Collins said the flood had long been a painful subject on the island.

"For years, people here didn't talk about it. Some families lost three generations in a few hours," he said.

A memorial service will be held at St Nicholas Church at 11:00 GMT on Saturday, followed by the unveiling of a plaque on the sea wall bearing the names of all those who died.

Organisers said a candlelit vigil would also be held at the church on Friday night, beginning at 23:00.
""", [
    ('1953', 'DATE', '1953'),
    ('Saturday', 'DATE', '2003-02-01'),
    ('50 years', 'DURATION', 'P50Y'),
    ('the night of 31 January 1953', 'DATE|TIME', '1953-01-31TNI'),
    ('less than 15 minutes', 'DURATION', 'PT15M'),
    ('about 1am', 'TIME', '1953-02-01T01:00'),
    ('about seven hours', 'DURATION', 'PT7H'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Saturday', 'DATE', '2003-02-01'),
    ('May 1984', 'DATE', '1984-05'),
    ('this week', 'DATE', '2003-W05'),
    ('this winter', 'DATE', '2002-WI|2003-WI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1953', 'DATE', '1953'),
    ('the next 50 years', 'DURATION', 'P50Y'),
    ('years', 'DURATION', 'PXY'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('11:00 GMT on Saturday', 'TIME', '2003-02-01T11:00'),
    ('Friday night', 'DATE|TIME', '2003-01-31TNI'),
    ('23:00', 'TIME', '2003-01-31T23:00'),
]),
# 4. History magazine, narrative of the Battle of Hastings, 940 years on (2006)
('2006-10-14', 'auto', """The Day England Changed Hands

Harold Godwinson had been king for less than ten months when he drew up his army on a ridge north of Hastings. Tom Ashcroft retells the story of a battle fought 940 years ago

By Tom Ashcroft

When Edward the Confessor died on 5 January 1066, he left no son and at least three men with a claim to his throne. Harold, Earl of Wessex, was crowned the following day in Westminster Abbey, a haste that suggests he expected trouble.

Trouble came from two directions. Throughout the spring and summer, William, Duke of Normandy, assembled a fleet at the mouth of the River Dives, while Harold kept an army and a fleet on watch along the south coast. By early September his supplies were exhausted, and on 8 September he sent his men home.

Within days, news arrived that the Norwegian king, Harald Hardrada, had landed in Yorkshire with Harold's exiled brother Tostig. Harold marched north at astonishing speed, covering some 185 miles in about four days, and on 25 September destroyed the invaders at Stamford Bridge, near York.

Three days later, William landed unopposed at Pevensey.

The news reached Harold in York around 1 October. He was back in London within a week, gathering fresh troops, and on 11 October he set out for the coast again.

He did not get the chance. On the evening of 13 October his weary army camped on Senlac Hill, and the next morning William's forces advanced to meet it.

The fighting began at about nine o'clock and went on for some eight hours. Norman cavalry could make no impression on the English shield wall, and at one point a rumour spread that William himself had fallen; he is said to have pushed back his helmet so that his men could see his face.

Twice the Normans feigned retreat, drawing sections of the English line down the slope, where they were cut off and destroyed. In the late afternoon Harold was killed. Whether he died from an arrow in the eye, as the Bayeux Tapestry appears to show, or was cut down by knights remains debated. Leaderless, the English broke and fled.

William did not hurry to London. He spent five weeks securing Dover and Canterbury before swinging west and crossing the Thames at Wallingford. The English leaders submitted to him at Berkhamsted, and he was crowned in Westminster Abbey on Christmas Day, less than a year after Edward's death.

The battlefield is now cared for by English Heritage, and every October thousands of visitors watch re-enactors refight the battle. This year's event, held last weekend, drew more than 2,000 participants.
""", [
    ('less than ten months', 'DURATION', 'P10M'),
    ('940 years ago', 'DATE', '1066'),
    ('5 January 1066', 'DATE', '1066-01-05'),
    ('the following day', 'DATE', '1066-01-06'),
    ('the spring', 'DATE', '1066-SP'),
    ('summer', 'DATE', '1066-SU'),
    ('early September', 'DATE', '1066-09'),
    ('8 September', 'DATE', '1066-09-08'),
    ('days', 'DURATION', 'PXD'),
    ('about four days', 'DURATION', 'P4D'),
    ('25 September', 'DATE', '1066-09-25'),
    ('Three days later', 'DATE', '1066-09-28'),
    ('around 1 October', 'DATE', '1066-10-01'),
    ('a week', 'DURATION', 'P1W'),
    ('11 October', 'DATE', '1066-10-11'),
    ('the evening of 13 October', 'DATE|TIME', '1066-10-13TEV'),
    ('the next morning', 'DATE|TIME', '1066-10-14TMO'),
    ("about nine o'clock", 'TIME', '1066-10-14T09:00'),
    ('some eight hours', 'DURATION', 'PT8H'),
    ('the late afternoon', 'DATE|TIME', '1066-10-14TAF'),
    ('five weeks', 'DURATION', 'P5W'),
    ('Christmas Day', 'DATE', '1066-12-25'),
    ('less than a year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every October', 'SET', 'XXXX-10'),
    ('This year', 'DATE', '2006'),
    ('last weekend', 'DATE', '2006-W40-WE'),
]),
# 5. Encyclopedia-like entry, the Tay Bridge disaster of 1879 (2009)
('2009-12-28', 'auto', """Tay Bridge disaster

The Tay Bridge disaster occurred on the evening of 28 December 1879, when the central section of the first railway bridge across the Firth of Tay, between Wormit and Dundee in Scotland, collapsed during a violent storm while a passenger train was crossing it. Everyone on board the train, estimated at 75 people, was killed.

Background

The bridge was designed by the engineer Thomas Bouch for the North British Railway. Construction began in 1871 and took more than six years. At nearly two miles (3.2 km) it was at the time the longest bridge in the world. It opened to passenger traffic on 1 June 1878. Queen Victoria crossed the bridge in June 1879, and Bouch was knighted shortly afterwards.

Collapse

On the day of the disaster a strong westerly gale, with gusts estimated at force 10 to 11, was blowing down the estuary. The mail train from Burntisland passed the signal cabin at the south end of the bridge at about 7:13 pm. The signalman, Thomas Barclay, watched its tail lights until they disappeared in a shower of sparks among the high girders, the thirteen spans at the centre of the bridge that carried the track above the shipping channel.

The high girders, the engine and all six carriages fell into the river. Divers searched the wreck for months, but only 46 bodies were recovered.

Inquiry

A Court of Inquiry opened in Dundee on 3 January 1880 and sat for several weeks in Dundee and London. Its report, published in June 1880, concluded that the bridge had been "badly designed, badly constructed and badly maintained", and placed the chief responsibility on Bouch, who had made no specific allowance for wind loading. Poor-quality cast iron and loose bracing were also criticised. Bouch's health failed and he died on 30 October 1880, ten months after the collapse.

Aftermath

The locomotive, North British Railway No. 224, was raised from the riverbed, repaired and returned to service. Known to railwaymen as "The Diver", it remained in use until 1919. A replacement bridge, designed by William Henry Barlow and built alongside the stumps of the original piers, opened on 20 June 1887 and remains in use.

The disaster is also remembered through "The Tay Bridge Disaster", a poem written in 1880 by William McGonagall that is often cited as one of the worst in the English language.

Commemoration

In recent years descendants of the victims have campaigned for a permanent memorial at each end of the bridge, and an appeal to fund one was launched in 2009. A memorial service is held annually in Dundee.
""", [
    ('the evening of 28 December 1879', 'DATE|TIME', '1879-12-28TEV'),
    ('1871', 'DATE', '1871'),
    ('more than six years', 'DURATION', 'P6Y'),
    ('1 June 1878', 'DATE', '1878-06-01'),
    ('June 1879', 'DATE', '1879-06'),
    ('about 7:13 pm', 'TIME', '1879-12-28T19:13'),
    ('months', 'DURATION', 'PXM'),
    ('3 January 1880', 'DATE', '1880-01-03'),
    ('several weeks', 'DURATION', 'PXW'),
    ('June 1880', 'DATE', '1880-06'),
    ('30 October 1880', 'DATE', '1880-10-30'),
    ('ten months', 'DURATION', 'P10M'),
    ('1919', 'DATE', '1919'),
    ('20 June 1887', 'DATE', '1887-06-20'),
    ('1880', 'DATE', '1880'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('2009', 'DATE', '2009'),
    ('annually', 'SET', 'P1Y'),
]),
# 6. Reuters, Titanic centenary memorial cruise (2012)
('2012-04-14', 'auto', """Titanic memorial cruise nears site of 1912 sinking

ABOARD MS BALMORAL, April 14 (Reuters) - A cruise ship carrying relatives of those who died on the Titanic was due to reach the spot where the liner went down on Saturday night, 100 years after the "unsinkable" ship struck an iceberg in the North Atlantic with the loss of more than 1,500 lives.

The Balmoral, which left Southampton on Sunday with 1,309 passengers, the same number that sailed on the Titanic's maiden voyage, planned to hold a memorial service on deck at 11:40 p.m., the moment the Titanic struck the iceberg.

Two wreaths will be lowered into the sea and a minute's silence observed at 2:20 a.m. on Sunday, the time at which the ship disappeared beneath the surface on April 15, 1912.

Jean Whitworth, 67, from Leeds, whose grandfather was a third-class steward lost in the sinking, said she had waited her whole life for the voyage.

"My grandmother never spoke about it," she said. "She remarried in 1920, but she kept his letters in a biscuit tin under her bed for 60 years. I've brought one of them with me."

Rough seas forced the ship to slow down on Tuesday and Wednesday, but forecasters expected calmer conditions for the ceremony, about 370 miles southeast of Newfoundland.

A second memorial cruise, aboard the Azamara Journey, left New York on Tuesday and was expected to join the Balmoral at the site.

The wreck, found by a U.S.-French expedition led by oceanographer Robert Ballard in September 1985, will come under the protection of UNESCO's convention on underwater cultural heritage on Sunday. The treaty covers only sites that have been under water for at least 100 years.

Interest in the disaster shows no sign of fading. In Belfast, where the ship was built, a 97 million pound visitor centre opened two weeks ago and has already sold more than 100,000 tickets. Organisers had expected to reach that figure by the end of the summer.

The last survivor, Millvina Dean, who was nine weeks old when the ship sank, died in 2009.

Historians say the enduring fascination lies in the way the disaster exposed the class divisions of Edwardian society. Of the first-class women on board, all but four survived; almost half of the women travelling in third class died.

After the ceremony the Balmoral will sail to Halifax, Nova Scotia, where 121 victims are buried, arriving on Tuesday.
""", [
    ('1912', 'DATE', '1912'),
    ('April 14', 'DATE', '2012-04-14'),
    ('Saturday night', 'DATE|TIME', '2012-04-14TNI'),
    ('100 years', 'DURATION', 'P100Y'),
    ('Sunday', 'DATE', '2012-04-08'),
    ('11:40 p.m.', 'TIME', '2012-04-14T23:40'),
    ('a minute', 'DURATION', 'PT1M'),
    ('2:20 a.m. on Sunday', 'TIME', '2012-04-15T02:20'),
    ('April 15, 1912', 'DATE', '1912-04-15'),
    ('1920', 'DATE', '1920'),
    ('60 years', 'DURATION', 'P60Y'),
    ('Tuesday', 'DATE', '2012-04-10'),
    ('Wednesday', 'DATE', '2012-04-11'),
    ('Tuesday', 'DATE', '2012-04-10'),
    ('September 1985', 'DATE', '1985-09'),
    ('Sunday', 'DATE', '2012-04-15'),
    ('at least 100 years', 'DURATION', 'P100Y'),
    ('two weeks ago', 'DATE', '2012-W13'),
    ('the end of the summer', 'DATE', '2012-SU'),
    ('2009', 'DATE', '2009'),
    ('Tuesday', 'DATE', '2012-04-17'),
]),
# 7. BBC, centenary of Britain's declaration of war in 1914 (2014)
('2014-08-04', 'auto', """WW1 centenary: UK marks 100 years since declaration of war

Lights are to be switched off across the UK on Monday evening for an hour from 22:00 BST to mark the moment 100 years ago when Britain entered World War One.

Britain declared war on Germany at 23:00 on 4 August 1914, after Berlin ignored an ultimatum to withdraw its troops from neutral Belgium.

People are being invited to leave a single light or candle burning, echoing the words of the then Foreign Secretary, Sir Edward Grey, who is said to have remarked the evening before: "The lamps are going out all over Europe; we shall not see them lit again in our lifetime."

Commemorations began on Monday morning with a service at Glasgow Cathedral attended by Prime Minister David Cameron, the Prince of Wales and leaders from across the Commonwealth.

The Duke and Duchess of Cambridge and Prince Harry were to join Belgian and German dignitaries in the evening at St Symphorien Military Cemetery near Mons, where British and German soldiers are buried side by side.

Among them is Pte John Parr, believed to be the first British soldier killed in action, who died on 21 August 1914, aged 17.

A candlelit vigil at Westminster Abbey was due to end at 23:00, with the last candle put out at the moment war was declared.

The war lasted more than four years and killed about 900,000 servicemen from Britain and its empire. The fighting on the Western Front ended at 11:00 on 11 November 1918.

At the Tower of London, volunteers have been planting ceramic poppies in the moat since last month, one for each British and colonial military death. The final poppy will be planted on 11 November, Armistice Day.

Culture Secretary Sajid Javid said the centenary was "a chance for every generation to learn about the sacrifice made". More than 1,500 community events had been registered with the government's centenary website by Friday, he said.

Some historians have questioned the tone of the commemorations. Dr Helen Marsh, of the University of Kent, said: "For decades the war has been remembered almost entirely through the mud of the Somme. The next four years are a chance to tell a broader story, about the home front, the empire and the women who kept the country running."

Further events are planned throughout the centenary, including commemorations of the Gallipoli landings in April 2015 and of the first day of the Battle of the Somme in July 2016.
""", [
    ('100 years', 'DURATION', 'P100Y'),
    ('Monday evening', 'DATE|TIME', '2014-08-04TEV'),
    ('an hour', 'DURATION', 'PT1H'),
    ('22:00 BST', 'TIME', '2014-08-04T22:00'),
    ('100 years ago', 'DATE', '1914'),
    ('23:00 on 4 August 1914', 'TIME', '1914-08-04T23:00'),
    ('the evening before', 'DATE|TIME', '1914-08-03TEV'),
    ('Monday morning', 'DATE|TIME', '2014-08-04TMO'),
    ('the evening', 'DATE|TIME', '2014-08-04TEV'),
    ('21 August 1914', 'DATE', '1914-08-21'),
    ('23:00', 'TIME', '2014-08-04T23:00'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('11:00 on 11 November 1918', 'TIME', '1918-11-11T11:00'),
    ('last month', 'DATE', '2014-07'),
    ('11 November', 'DATE', '2014-11-11'),
    ('Armistice Day', 'DATE', '2014-11-11'),
    ('Friday', 'DATE', '2014-08-01'),
    ('decades', 'DURATION', 'PXY'),
    ('The next four years', 'DURATION', 'P4Y'),
    ('April 2015', 'DATE', '2015-04'),
    ('July 2016', 'DATE', '2016-07'),
]),
# 8. Irish Times, exact centenary of the Easter Rising (2016)
('2016-04-25', 'auto', """Crowds return to GPO to recall the Rising's first shots

Síle Brennan

Several thousand people gathered on O'Connell Street in Dublin yesterday to mark the exact centenary of the Easter Rising, a month after the State's main commemoration on Easter Sunday.

At noon, the hour at which Volunteers and members of the Irish Citizen Army marched on the GPO on Easter Monday 1916, the Tricolour was lowered to half mast and a minute's silence was observed.

President Michael D Higgins laid a wreath beneath the building's portico before the Proclamation was read by a pupil from a north inner-city school.

The Rising itself lasted six days. Patrick Pearse surrendered unconditionally at 3.30pm on Saturday, April 29th, and within a fortnight 14 of the leaders had been executed by firing squad at Kilmainham Gaol. The executions, carried out between May 3rd and May 12th, did much to turn public opinion in favour of the rebels.

Among those at yesterday's ceremony was Declan Moran, whose grandfather fought with the Four Courts garrison and who had travelled from Boston for the weekend.

"He was 19 and he never talked about it, not once in 60 years," Mr Moran said. "We only found his pension file in 2008, after my father died. That was the first we knew of it."

An estimated one million people have attended centenary events since January, according to the Department of Arts, Heritage and the Gaeltacht, and the new interpretative centre at the GPO has had more than 80,000 visitors since it opened at the end of March.

Richmond Barracks in Inchicore, where the leaders were court-martialled, will reopen as a museum next month after a €6 million restoration.

The Minister for Arts, Heather Humphreys, said commemorations would continue throughout the year, with events marking the anniversaries of the executions planned for early next month.

"There is no single way to remember 1916," she said. "But I think the past few months have shown that people want to remember it together, and that they want to argue about it too. Both of those things are healthy."

Not everyone was in a commemorative mood. A small group protesting outside the nearby Spire said the official programme had ignored the civilians, among them 40 children, who were killed during the fighting.
""", [
    ('yesterday', 'DATE', '2016-04-24'),
    ('a month', 'DURATION', 'P1M'),
    ('Easter Sunday', 'DATE', '2016-03-27'),
    ('noon', 'TIME', '2016-04-24T12:00'),
    ('Easter Monday 1916', 'DATE', '1916-04-24'),
    ('a minute', 'DURATION', 'PT1M'),
    ('six days', 'DURATION', 'P6D'),
    ('3.30pm on Saturday, April 29th', 'TIME', '1916-04-29T15:30'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('May 3rd', 'DATE', '1916-05-03'),
    ('May 12th', 'DATE', '1916-05-12'),
    ('yesterday', 'DATE', '2016-04-24'),
    ('the weekend', 'DATE', '2016-W16-WE'),
    ('60 years', 'DURATION', 'P60Y'),
    ('2008', 'DATE', '2008'),
    ('January', 'DATE', '2016-01'),
    ('the end of March', 'DATE', '2016-03'),
    ('next month', 'DATE', '2016-05'),
    ('the year', 'DATE', '2016'),
    ('early next month', 'DATE', '2016-05'),
    ('1916', 'DATE', '1916'),
    ('the past few months', 'DURATION', 'PXM'),
]),
# 9. AP, 50th anniversary of the Apollo 11 moon landing (2019)
('2019-07-20', 'auto', """Americans mark 50 years since first moon landing

CAPE CANAVERAL, Fla. (AP) — Fifty years after Neil Armstrong's "one small step," America paused Saturday to remember the first moon landing, with celebrations stretching from the launch pad in Florida to the restored mission control room in Houston.

Apollo 11's lunar module, Eagle, touched down on the Sea of Tranquility at 4:17 p.m. EDT on July 20, 1969. Armstrong stepped onto the surface at 10:56 p.m., with an estimated 600 million people watching on television. He and Buzz Aldrin spent about two and a half hours outside, collecting rocks and planting an American flag, while Michael Collins orbited alone overhead.

Aldrin, 89, joined Vice President Mike Pence at the Kennedy Space Center, where Pence repeated the Trump administration's goal of returning astronauts to the moon by 2024.

"We're going back, and this time we're going to stay," Pence said.

Collins, 88, returned on Tuesday to Launch Pad 39A, where he stood at 9:32 a.m., the moment the Saturn V rocket lifted off on July 16, 1969. Armstrong, who always played down his own role, died in 2012.

Critics question whether NASA can meet the 2024 deadline. The space agency has asked Congress for an extra $1.6 billion for fiscal 2020 to speed up work on a new lander, a fraction of what experts say will be needed over the next five years.

No one has walked on the moon since December 1972, when Apollo 17 astronauts Gene Cernan and Harrison Schmitt spent three days on the surface.

In Houston, the mission control room used during Apollo 11 reopened to the public earlier this month after a $5 million restoration that put back everything from the ashtrays to the coffee cups.

In Washington, an image of the 363-foot Saturn V has been projected onto the Washington Monument every night since Tuesday. At 10:56 p.m. Saturday, the Smithsonian's National Air and Space Museum planned to mark Armstrong's first step with a countdown on the National Mall.

In Armstrong's hometown of Wapakoneta, Ohio, the museum that bears his name, which opened in 1972 and holds a festival every July, expected its biggest crowds in years.

"I was 8 years old and my dad woke me up to watch," said Karen Doyle, 58, who drove from Indiana with her two grandchildren. "Now I want them to see it happen again."
""", [
    ('50 years', 'DURATION', 'P50Y'),
    ('Fifty years', 'DURATION', 'P50Y'),
    ('Saturday', 'DATE', '2019-07-20'),
    ('4:17 p.m. EDT on July 20, 1969', 'TIME', '1969-07-20T16:17'),
    ('10:56 p.m.', 'TIME', '1969-07-20T22:56'),
    ('about two and a half hours', 'DURATION', 'PT2H30M|PT2.5H'),
    ('2024', 'DATE', '2024'),
    ('Tuesday', 'DATE', '2019-07-16'),
    ('9:32 a.m.', 'TIME', '2019-07-16T09:32'),
    ('July 16, 1969', 'DATE', '1969-07-16'),
    ('2012', 'DATE', '2012'),
    ('2024', 'DATE', '2024'),
    ('fiscal 2020', 'DATE', 'FY2020|2020'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('December 1972', 'DATE', '1972-12'),
    ('three days', 'DURATION', 'P3D'),
    ('earlier this month', 'DATE', '2019-07'),
    ('every night', 'SET', 'XXXX-XX-XXTNI'),
    ('Tuesday', 'DATE', '2019-07-16'),
    ('10:56 p.m. Saturday', 'TIME', '2019-07-20T22:56'),
    ('1972', 'DATE', '1972'),
    ('every July', 'SET', 'XXXX-07'),
    ('years', 'DURATION', 'PXY'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),
# 10. Encyclopedia-like entry, the Great Fire of London of 1666 (2021)
('2021-09-02', 'auto', """Great Fire of London

The Great Fire of London was a major conflagration that swept through the central parts of London, England, from Sunday, 2 September to Thursday, 6 September 1666. It destroyed some 13,200 houses, 87 parish churches and St Paul's Cathedral, and is estimated to have left 70,000 of the City's roughly 80,000 inhabitants homeless.

Background

By the summer of 1666, months of dry weather had left the City's densely packed timber houses highly vulnerable. London had also only recently emerged from the Great Plague, which killed an estimated 100,000 people in 1665.

Outbreak

The fire began at about 1 a.m. on Sunday in the bakery of Thomas Farriner in Pudding Lane. The Lord Mayor, Sir Thomas Bloodworth, was called to the scene but declined to order the demolition of neighbouring houses, reportedly remarking that "a woman might piss it out".

Spread

A strong east wind drove the flames westward. By Monday the fire had reached the wealthy heart of the City, and on Tuesday it crossed the River Fleet and destroyed St Paul's Cathedral, whose wooden scaffolding caught light. The diarist Samuel Pepys, who watched the blaze from a boat on the river, recorded that on 4 September he buried his wine and "parmazan cheese" in his garden.

The wind dropped on Tuesday evening, and firebreaks blown with gunpowder allowed the fire to be brought under control. The last outbreaks were put out on Thursday.

Casualties

Only six deaths were officially recorded, but historians have suggested that the true number, including poor and elderly residents whose deaths went unrecorded, may have been far higher.

Aftermath

Rumours that the fire had been started by foreigners led to attacks on French and Dutch residents. A French watchmaker, Robert Hubert, confessed to starting the fire and was hanged at Tyburn on 27 October 1666, although it emerged that he had not even been in London when the fire broke out.

Rebuilding

An act of Parliament passed in February 1667 required new buildings to be of brick or stone. Sir Christopher Wren designed 51 new City churches and a new St Paul's Cathedral, which was declared complete in 1711. The Monument to the Great Fire, built between 1671 and 1677 near the site of the bakery, stands 202 feet (61 m) tall, its height equal to its distance from the spot where the fire began. The disaster also gave rise to the first fire insurance companies; Nicholas Barbon's Fire Office was established in 1680.

Commemoration

The Monument is open to visitors daily. The 350th anniversary of the fire was marked in September 2016 by the burning of a 120-metre wooden model of 17th-century London on the Thames.
""", [
    ('Sunday, 2 September', 'DATE', '1666-09-02'),
    ('Thursday, 6 September 1666', 'DATE', '1666-09-06'),
    ('the summer of 1666', 'DATE', '1666-SU'),
    ('months', 'DURATION', 'PXM'),
    ('recently', 'DATE', 'PAST_REF'),
    ('1665', 'DATE', '1665'),
    ('about 1 a.m. on Sunday', 'TIME', '1666-09-02T01:00'),
    ('Monday', 'DATE', '1666-09-03'),
    ('Tuesday', 'DATE', '1666-09-04'),
    ('4 September', 'DATE', '1666-09-04'),
    ('Tuesday evening', 'DATE|TIME', '1666-09-04TEV'),
    ('Thursday', 'DATE', '1666-09-06'),
    ('27 October 1666', 'DATE', '1666-10-27'),
    ('February 1667', 'DATE', '1667-02'),
    ('1711', 'DATE', '1711'),
    ('1671', 'DATE', '1671'),
    ('1677', 'DATE', '1677'),
    ('1680', 'DATE', '1680'),
    ('daily', 'SET', 'P1D'),
    ('September 2016', 'DATE', '2016-09'),
    ('17th-century', 'DATE', '16'),
]),
# 11. Irish Times, centenary of the handover of Dublin Castle in 1922 (2022)
('2022-01-17', 'auto', """Ceremony recalls the day Dublin Castle passed into Irish hands

Conor Whelan

The handover of Dublin Castle, the seat of English and then British rule in Ireland since the 13th century, was recalled yesterday at a ceremony in the Upper Castle Yard marking 100 years since the Provisional Government took control of the complex.

On the afternoon of January 16th, 1922, Michael Collins, chairman of the new Provisional Government, arrived at the castle by taxi with several of his ministers to receive the formal surrender of the administration from the Lord Lieutenant, Viscount FitzAlan.

According to a story that has been told ever since, an official complained that Collins was seven minutes late, to which he replied: "We've been waiting over 700 years, you can have the seven minutes."

Historians doubt the exchange took place. Dr Aoife Kinsella of Trinity College Dublin told the gathering that the remark did not appear in print until the 1960s. "It is almost certainly too good to be true," she said. "But it tells us a great deal about how people wanted to remember the handover."

Yesterday's ceremony began at 1.45pm, the time at which Collins is recorded as having arrived. The handover itself took about 55 minutes.

The Taoiseach, Micheál Martin, told some 200 invited guests that the transfer was "the moment when the new State became real". Numbers were limited because of Covid-19 restrictions, which the Government is expected to review this week.

The Anglo-Irish Treaty had been signed in London on December 6th, 1921, and was narrowly approved by the Dáil on January 7th, 1922, by 64 votes to 57. Within six months the country was at war with itself. The Civil War began on June 28th, when Free State forces shelled anti-Treaty IRA positions in the Four Courts.

Mr Martin said the Government would mark the centenary of the Civil War "with great care and with respect for all traditions" later this year.

The castle event is part of the State's Decade of Centenaries programme, which began in 2012 and concludes next year. A series of free public talks on the foundation of the State will be held in the castle's Chapel Royal every Thursday until the end of March.
""", [
    ('the 13th century', 'DATE', '12'),
    ('yesterday', 'DATE', '2022-01-16'),
    ('100 years', 'DURATION', 'P100Y'),
    ('the afternoon of January 16th, 1922', 'DATE|TIME', '1922-01-16TAF'),
    ('seven minutes', 'DURATION', 'PT7M'),
    ('over 700 years', 'DURATION', 'P700Y'),
    ('the seven minutes', 'DURATION', 'PT7M'),
    ('the 1960s', 'DATE', '196'),
    ('Yesterday', 'DATE', '2022-01-16'),
    ('1.45pm', 'TIME', '2022-01-16T13:45'),
    ('about 55 minutes', 'DURATION', 'PT55M'),
    ('this week', 'DATE', '2022-W03'),
    ('December 6th, 1921', 'DATE', '1921-12-06'),
    ('January 7th, 1922', 'DATE', '1922-01-07'),
    ('six months', 'DURATION', 'P6M'),
    ('June 28th', 'DATE', '1922-06-28'),
    ('later this year', 'DATE', '2022'),
    ('2012', 'DATE', '2012'),
    ('next year', 'DATE', '2023'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('the end of March', 'DATE', '2022-03'),
]),
# 12. AP, 80th anniversary of VE Day (2025)
('2025-05-08', 'auto', """World marks 80 years since end of war in Europe

LONDON (AP) — Church bells rang across Britain on Thursday and elderly veterans gathered at Westminster Abbey as Europe marked 80 years since the end of World War II on the continent.

Germany's unconditional surrender was signed in a schoolhouse in Reims, France, at 2:41 a.m. on May 7, 1945, and took effect at 11:01 p.m. the following day. Prime Minister Winston Churchill announced the news in a radio broadcast at 3 p.m. on May 8, and crowds poured into the streets of London.

"I was 19 and working in a munitions factory in Coventry," said Joan Hargreaves, 99, who has attended every major anniversary of the victory since 1995. "We danced in the street until two in the morning, and then we went back to work."

A national two-minute silence was held at noon. King Charles III, who has been receiving treatment for cancer since early last year, and Queen Camilla attended the service at the abbey along with other senior royals and the prime minister, Keir Starmer.

The commemorations began Monday with a military procession from Whitehall to Buckingham Palace and a flypast by the Red Arrows, and were to end Thursday night with a concert at Horse Guards Parade.

Most of the surviving veterans are now in their late 90s or older, and organizers said this was likely to be the last major anniversary that many of them would be able to attend.

The war in Europe had lasted nearly six years and killed tens of millions of people, soldiers and civilians alike.

In Berlin, the Bundestag held a special session on Thursday, and President Frank-Walter Steinmeier told lawmakers that Germany bore a lasting responsibility for the war it had started and for the crimes of the Nazi regime.

Russia will mark the anniversary on Friday with a military parade on Red Square, attended by Chinese leader Xi Jinping and other foreign guests. Moscow celebrates victory on a different date from Western Europe because by the time the surrender took effect, it was already May 9 in the Soviet capital.

Hargreaves, who lost two brothers in the war, said she had no plans to stop coming.

"They asked me if this would be my last one," she said. "I told them I'll see them in five years."
""", [
    ('80 years', 'DURATION', 'P80Y'),
    ('Thursday', 'DATE', '2025-05-08'),
    ('80 years', 'DURATION', 'P80Y'),
    ('2:41 a.m. on May 7, 1945', 'TIME', '1945-05-07T02:41'),
    ('11:01 p.m. the following day', 'TIME', '1945-05-08T23:01'),
    ('3 p.m. on May 8', 'TIME', '1945-05-08T15:00'),
    ('1995', 'DATE', '1995'),
    ('two in the morning', 'TIME', '1945-05-09T02:00'),
    ('two-minute', 'DURATION', 'PT2M'),
    ('noon', 'TIME', '2025-05-08T12:00'),
    ('early last year', 'DATE', '2024'),
    ('Monday', 'DATE', '2025-05-05'),
    ('Thursday night', 'DATE|TIME', '2025-05-08TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('nearly six years', 'DURATION', 'P6Y'),
    ('Thursday', 'DATE', '2025-05-08'),
    ('Friday', 'DATE', '2025-05-09'),
    ('May 9', 'DATE', '1945-05-09'),
    ('five years', 'DURATION|DATE', 'P5Y|2030'),
]),
]
