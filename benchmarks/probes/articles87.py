# Gold TIMEX3 probe set 87: twelve original science, health, technology, space and environment news texts (AP, Reuters, AFP, NYT, BBC, NPR, Wired; DCTs 1998-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, space / weather satellite (1998)
('1998-10-29', 'auto', """Old Weather Satellite Brought Back From Retirement

GREENBELT, Md. (AP) -- A weather satellite that engineers had written off two years ago was switched back on Thursday and sent its first usable picture of the Atlantic before lunch, NASA officials said.

The satellite, launched in 1987 and retired in the summer of 1996, had been drifting in a storage orbit 22,300 miles above the equator. Controllers at the Goddard Space Flight Center sent the wake-up commands at 6:05 a.m. EST and received the first full image at 9:40 a.m.

``We honestly didn't know whether the batteries would hold a charge,'' said flight director Marian Kessler, who has worked with the spacecraft for 11 years. ``For about 40 minutes we heard nothing at all. Then the telemetry came up clean.''

The revival was prompted by the loss of a newer satellite last month. That spacecraft, which watched the eastern Pacific, suffered a gyroscope failure on Sept. 14 and has been unable to hold its pointing since. Forecasters at the National Hurricane Center in Miami have leaned on European and Japanese imagery for the past six weeks, a gap that worried them during an unusually busy storm season.

Kessler said the old satellite will take a picture every 30 minutes, compared with every 15 minutes for newer models, and its infrared sensor has lost some sensitivity. Still, she said, it should be good enough to track storms through the official end of the hurricane season on Nov. 30.

The agency expects to keep the spacecraft running until a replacement is launched next spring. That launch, originally planned for March 1999, could slip to May, according to a schedule released Monday.

Engineers will spend the weekend testing the satellite's thrusters. If they work, controllers plan to nudge the craft about 10 degrees west over the next three weeks so it can see more of the Gulf of Mexico.

The satellite has already lasted more than twice its design life of five years, a record Kessler credited to the careful shutdown in 1996. Before it was turned off, technicians drained its propellant lines and turned its solar panels away from the sun for part of each day.

Not everyone was convinced the effort was worth it. A congressional aide who asked not to be named said the project had cost about $2 million since June, money he said would have been better spent on the replacement.

Kessler said the team would decide by Friday whether to release the first images to the public. ``It's a 1980s machine doing 1990s work,'' she said. ``People deserve to see that.''

NASA scheduled a news briefing for 1 p.m. Friday.
""", [
    ('two years ago', 'DATE', '1996'),
    ('Thursday', 'DATE', '1998-10-29'),
    ('1987', 'DATE', '1987'),
    ('the summer of 1996', 'DATE', '1996-SU'),
    ('6:05 a.m. EST', 'TIME', '1998-10-29T06:05'),
    ('9:40 a.m.', 'TIME', '1998-10-29T09:40'),
    ('11 years', 'DURATION', 'P11Y'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('last month', 'DATE', '1998-09'),
    ('Sept. 14', 'DATE', '1998-09-14'),
    ('the past six weeks', 'DURATION', 'P6W'),
    ('every 30 minutes', 'SET', 'PT30M'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('Nov. 30', 'DATE', '1998-11-30'),
    ('next spring', 'DATE', '1999-SP'),
    ('March 1999', 'DATE', '1999-03'),
    ('May', 'DATE', '1999-05'),
    ('Monday', 'DATE', '1998-10-26'),
    ('the weekend', 'DATE', '1998-W44-WE'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('five years', 'DURATION', 'P5Y'),
    ('1996', 'DATE', '1996'),
    ('each day', 'SET', 'P1D'),
    ('June', 'DATE', '1998-06'),
    ('Friday', 'DATE', '1998-10-30'),
    ('1980s', 'DATE', '198'),
    ('1990s', 'DATE', '199'),
    ('1 p.m. Friday', 'TIME', '1998-10-30T13:00'),
]),
# 2. Reuters, technology / chipmaker results (2000)
('2000-03-14', 'auto', """Chipmaker Arcadian says broadband orders doubled, shares jump

LONDON, March 14 (Reuters) - British chip designer Arcadian Microsystems said on Tuesday orders for its broadband modem chips had doubled in the past three months, and forecast that demand would stay strong into the second half of the year as telecoms groups race to connect homes to fast internet services.

Shares in the Cambridge-based company rose 14 percent to 2,310 pence by 1100 GMT, extending a rally that has nearly tripled their value since the start of the year.

Arcadian said revenue in the three months to January 31 rose to 48.2 million pounds from 21.5 million a year earlier. It will publish full-year results on April 6.

"We are shipping everything we can make," chief executive Helen Marsh told Reuters in a telephone interview. "Our foundry partners in Taiwan are running our lines around the clock, and we still have orders stretching out to September."

Marsh said the company planned to hire about 200 engineers over the next 12 months, most of them at a new design centre in Bristol due to open in the summer.

Analysts said the figures beat forecasts but warned that the shares had run far ahead of earnings. "The growth is real, but the price assumes it lasts for a decade," said Tom Okafor, a semiconductor analyst at a London brokerage. "Nobody in this business can see that far."

The company also said it was in early talks with two European mobile operators about chips for third-generation handsets. Britain's auction of licences for the new networks began last week and could run for several weeks, but Marsh said she did not expect phones using the standard to reach shops before 2002.

"That's a long way off in this industry," she said. "Two years is a lifetime."

Arcadian was spun out of a university research group in 1994 and floated in London in October 1998, in the middle of a sharp slump in technology stocks. It has never paid a dividend and said on Tuesday it had no plans to do so in fiscal 2000.

Marsh said the board would decide by the end of the month whether to seek a second listing on Nasdaq, a move several rivals have made recently. The company holds its shareholder meeting every June, and she said investors would have "a clear answer well before that."

Traders said the stock had also been lifted by wider enthusiasm for internet-related companies, which has pushed London's techMARK index up sharply this month.
""", [
    ('March 14', 'DATE', '2000-03-14'),
    ('Tuesday', 'DATE', '2000-03-14'),
    ('the past three months', 'DURATION', 'P3M'),
    ('the second half of the year', 'DATE', '2000-H2'),
    ('1100 GMT', 'TIME', '2000-03-14T11:00'),
    ('the start of the year', 'DATE', '2000'),
    ('the three months', 'DURATION', 'P3M'),
    ('January 31', 'DATE', '2000-01-31'),
    ('a year earlier', 'DATE', '1999'),
    ('April 6', 'DATE', '2000-04-06'),
    ('September', 'DATE', '2000-09'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('the summer', 'DATE', '2000-SU'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('last week', 'DATE', '2000-W10'),
    ('several weeks', 'DURATION', 'PXW'),
    ('2002', 'DATE', '2002'),
    ('Two years', 'DURATION', 'P2Y'),
    ('1994', 'DATE', '1994'),
    ('October 1998', 'DATE', '1998-10'),
    ('Tuesday', 'DATE', '2000-03-14'),
    ('fiscal 2000', 'DATE', 'FY2000|2000'),
    ('the end of the month', 'DATE', '2000-03'),
    ('recently', 'DATE', 'PAST_REF'),
    ('every June', 'SET', 'XXXX-06'),
    ('this month', 'DATE', '2000-03'),
]),
# 3. New York Times, science / fossil dig told in narrative (2002)
('2002-08-11', 'auto', """In the Badlands, a Weary Search Ends With a Jawbone

By ANNE WHITLOCK

JORDAN, Mont. -- The crew had nearly given up. For five weeks in June and July, eight volunteers and two graduate students from the University of Colorado walked the gullies north of the Fort Peck reservoir, splitting sandstone in heat that reached 104 degrees, and found little but scraps of turtle shell.

Then, on the afternoon of July 19, a retired schoolteacher from Billings named Carl Ostrander knelt to retie his boot and saw a row of teeth in the rock.

"I thought it was a piece of a crocodile," Mr. Ostrander recalled last week. "I called over to Dr. Reyes, and she didn't say anything for about a minute. That's when I knew."

The teeth belonged to a jawbone about 14 inches long, which the team's leader, Dr. Lucia Reyes, now believes came from a small tyrannosaur from the final stretch of the age of dinosaurs. If she is right, it would be only the third such jaw found in the Hell Creek Formation in the past 20 years.

Getting it out took longer than anyone had planned. The crew spent the next two days exposing the bone with dental picks and paintbrushes. On July 22 a thunderstorm turned the quarry into a pond. The following morning, the volunteers bailed it out and found the jaw intact under a tarp that had somehow held.

By July 26 the block containing the fossil, wrapped in plaster and burlap and weighing about 600 pounds, was ready to move. The ranching family that owns the land lent a tractor, and the block reached the county road that evening. Two days later it was in Boulder.

Dr. Reyes said preparing the specimen would take at least a year. Technicians began work on it on Monday, removing rock a few millimeters at a time under a microscope.

The area has drawn fossil hunters since the early 1900s; Barnum Brown dug the first Tyrannosaurus rex skeleton out of nearby hills in 1902. Dr. Reyes first worked there as an undergraduate in the summer of 1987 and has returned nearly every year since.

"People assume everything's been found," she said. "But these hills wash out every spring. Every year there's new rock at the surface."

The team plans to return next June, and Dr. Reyes said she hoped to publish a formal description of the jaw by early 2004. Mr. Ostrander has already signed up. "I'll be 70 next year," he said. "I'd better find something else while I can still kneel."
""", [
    ('five weeks', 'DURATION', 'P5W'),
    ('June', 'DATE', '2002-06'),
    ('July', 'DATE', '2002-07'),
    ('the afternoon of July 19', 'DATE|TIME', '2002-07-19TAF'),
    ('last week', 'DATE', '2002-W31'),
    ('about a minute', 'DURATION', 'PT1M'),
    ('the past 20 years', 'DURATION', 'P20Y'),
    ('the next two days', 'DURATION', 'P2D'),
    ('July 22', 'DATE', '2002-07-22'),
    ('The following morning', 'DATE|TIME', '2002-07-23TMO'),
    ('July 26', 'DATE', '2002-07-26'),
    ('that evening', 'DATE|TIME', '2002-07-26TEV'),
    ('Two days later', 'DATE', '2002-07-28'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('Monday', 'DATE', '2002-08-05'),
    ('the early 1900s', 'DATE', '190|19'),
    ('1902', 'DATE', '1902'),
    ('the summer of 1987', 'DATE', '1987-SU'),
    ('nearly every year', 'SET', 'P1Y'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('Every year', 'SET', 'P1Y'),
    ('next June', 'DATE', '2003-06'),
    ('early 2004', 'DATE', '2004'),
    ('next year', 'DATE', '2003'),
]),
# 4. BBC, environment / garden bird count (2004)
('2004-01-21', 'auto', """Garden bird count to test effect of mild weather

By James Corrigan
BBC News Online environment reporter

Hundreds of thousands of people across the UK are expected to spend an hour counting the birds in their gardens this weekend, as conservationists try to measure the effect of unusually mild weather on Britain's wildlife.

The survey, run by the RSPB, takes place on Saturday and Sunday. Volunteers are asked to record the largest number of each species they see at any one time during a single hour, and to send their results to the charity.

Forecasters say December was one of the warmest on record in parts of England, with temperatures in London reaching 14C on Christmas Day. Gardeners in the south-west reported daffodils in flower before the end of December.

"Some birds that would normally have moved on by the end of autumn are still here," said Dr Fiona Baird, who co-ordinates the count. "We had reports of swallows in Devon in the first week of January, which is almost unheard of."

Last year more than 400,000 people took part, recording about six million birds. The house sparrow, which has declined by more than half since the mid-1970s, was again the most commonly seen species. Results from that survey also suggested starlings had fallen by 12% in the previous 12 months, continuing a decline that has lasted for decades.

The count began in 1979 as an activity for children and was opened to adults a decade ago. Its organisers say the length of the record is what makes it valuable.

"A single count tells you very little," Dr Baird said. "Twenty-five years of counts tells you a great deal, because you can see which species are quietly disappearing."

Researchers expect to publish the first results in March, with a full analysis due in the spring. Counts can be submitted online until 14 February or sent by post. The charity's website received more than 30,000 visits on Tuesday alone, it said.

Some ecologists caution against reading too much into one mild spell. Professor Alan Pryce of the University of East Anglia said birds were "remarkably good at coping with a warm spell", and that a sudden freeze could do more harm than a mild one.

The mild weather may not last. The Met Office said a band of cold air moving south would bring snow to parts of Scotland on Thursday night, with frost possible across much of the country over the weekend. Temperatures should return to near normal by Monday.
""", [
    ('an hour', 'DURATION', 'PT1H'),
    ('this weekend', 'DATE', '2004-W04-WE'),
    ('Saturday', 'DATE', '2004-01-24'),
    ('Sunday', 'DATE', '2004-01-25'),
    ('a single hour', 'DURATION', 'PT1H'),
    ('December', 'DATE', '2003-12'),
    ('Christmas Day', 'DATE', '2003-12-25'),
    ('the end of December', 'DATE', '2003-12'),
    ('the end of autumn', 'DATE', '2003-FA'),
    ('the first week of January', 'DATE', '2004-W01|2004-01'),
    ('Last year', 'DATE', '2003'),
    ('the mid-1970s', 'DATE', '197'),
    ('the previous 12 months', 'DURATION', 'P12M'),
    ('decades', 'DURATION', 'PXY'),
    ('1979', 'DATE', '1979'),
    ('a decade ago', 'DATE', '1994|199'),
    ('Twenty-five years', 'DURATION', 'P25Y'),
    ('March', 'DATE', '2004-03'),
    ('the spring', 'DATE', '2004-SP'),
    ('14 February', 'DATE', '2004-02-14'),
    ('Tuesday', 'DATE', '2004-01-20'),
    ('Thursday night', 'DATE|TIME', '2004-01-22TNI'),
    ('the weekend', 'DATE', '2004-W04-WE'),
    ('Monday', 'DATE', '2004-01-26'),
]),
# 5. AFP, health / bird flu in France (2006)
('2006-02-20', 'auto', """France orders poultry indoors as bird flu reaches wild ducks

PARIS, Feb 20, 2006 (AFP) - France on Monday ordered farmers in six more departments to keep their poultry indoors, two days after confirming the country's first case of the deadly H5N1 strain of bird flu, in a wild duck found near Lyon.

The agriculture ministry said the order would take effect at midnight on Tuesday and remain in force at least until the end of March, when migrating birds are expected to have moved north.

The duck, a pochard, was found dead on a pond in the Ain department on February 13. A national laboratory detected the H5N1 virus on Saturday, and a European reference laboratory in Weybridge, England, confirmed early Sunday that it was the highly pathogenic form.

"We are not in a crisis, we are in a state of heightened vigilance," ministry spokesman Jean-Marc Delorme told AFP. "The risk to consumers is nil. Cooked poultry and eggs are perfectly safe to eat."

Since the start of the month the virus has turned up in wild birds in Italy, Greece, Slovenia, Austria and Germany, where dozens of dead swans were found last week on the Baltic island of Ruegen.

Health experts stress that the disease remains essentially an animal illness. Since late 2003 it has killed more than 90 people in Asia and Turkey, almost all of whom had close contact with sick birds. The virus was first found in humans in Hong Kong in 1997.

French poultry sales have fallen by around 20 percent over the past few weeks, producers say, and several countries including Japan have suspended imports of French poultry products.

"This is costing us money we will never get back," said Patrick Lemoine, who raises 30,000 free-range chickens in the Landes region in the southwest. "Our birds have always lived outside. That is the whole point of our label."

Agriculture officials will meet producers' groups on Wednesday to discuss compensation. The Paris International Agricultural Show, which opens on Saturday and runs for nine days, will go ahead without live poultry, organisers said.

Veterinary teams in the Ain are now collecting dead wild birds daily within a three-kilometre zone around the pond, and all poultry farms inside that zone are being tested twice a week.
""", [
    ('Feb 20, 2006', 'DATE', '2006-02-20'),
    ('Monday', 'DATE', '2006-02-20'),
    ('two days', 'DURATION', 'P2D'),
    ('midnight on Tuesday', 'TIME', '2006-02-21T24:00|2006-02-21T00:00'),
    ('the end of March', 'DATE', '2006-03'),
    ('February 13', 'DATE', '2006-02-13'),
    ('Saturday', 'DATE', '2006-02-18'),
    ('early Sunday', 'DATE', '2006-02-19'),
    ('the start of the month', 'DATE', '2006-02'),
    ('last week', 'DATE', '2006-W07'),
    ('late 2003', 'DATE', '2003'),
    ('1997', 'DATE', '1997'),
    ('the past few weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '2006-02-22'),
    ('Saturday', 'DATE', '2006-02-25'),
    ('nine days', 'DURATION', 'P9D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('twice a week', 'SET', 'P1W'),
]),
# 6. NPR, space / Mars lander falls silent (2008)
('2008-11-06', 'auto', """Mars Lander Falls Silent As Sunlight Fades

by Dana Whitfield

NASA engineers are still listening for the Phoenix Mars lander, but they concede the spacecraft may never be heard from again.

Phoenix last sent a signal on Sunday, a brief burst of data relayed through an orbiting spacecraft. Since then, orbiters passing overhead twice a day have picked up nothing.

"We knew this was coming," says mission engineer Ray Castellano of NASA's Jet Propulsion Laboratory in Pasadena, Calif. "It's just hard when it actually arrives."

Phoenix touched down on the plains near Mars' north pole on May 25, on a mission planned to last three months. It ended up working for more than five months. In that time it scooped up soil, baked samples in tiny ovens and confirmed in June that there is water ice just beneath the surface.

Among its other findings was a salt called perchlorate, which the team announced in August and which set off a lively debate about whether the soil could ever have supported life.

But the lander runs on sunlight, and in the Martian arctic the sun is sinking lower every day. Late last month, a dust storm further cut the power reaching its solar panels. Engineers switched off heaters one by one to save energy, knowing the cold would eventually finish off the batteries.

"Every morning we'd come in and check whether it had called home," Castellano says. "And for weeks it always did."

The team will keep listening for at least the next few days. After that, the advancing cold will bury Phoenix under a layer of carbon dioxide frost for months. NASA plans to listen again in early 2010, when sunlight returns to the landing site, but few on the team expect the electronics to survive.

Scientists say the data will keep them busy for years. Team member Anita Gorski of the University of Arizona says the analysis of the soil chemistry alone could take until the end of next year.

"The lander's work is finished," she says. "Ours is just getting started."

The mission cost about $420 million. It was built partly from hardware left over from a lander that was canceled in 2000, after NASA lost two Mars spacecraft in 1999. Castellano says that history made the team especially cautious.

"We had people on this project who'd been through those failures," he says. "So every signal from up there felt like a gift."

NASA will hold a news conference Monday to discuss the mission's status.
""", [
    ('Sunday', 'DATE', '2008-11-02'),
    ('twice a day', 'SET', 'P1D'),
    ('May 25', 'DATE', '2008-05-25'),
    ('three months', 'DURATION', 'P3M'),
    ('more than five months', 'DURATION', 'P5M'),
    ('June', 'DATE', '2008-06'),
    ('August', 'DATE', '2008-08'),
    ('every day', 'SET', 'P1D'),
    ('Late last month', 'DATE', '2008-10'),
    ('Every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('weeks', 'DURATION', 'PXW'),
    ('the next few days', 'DURATION', 'PXD'),
    ('months', 'DURATION', 'PXM'),
    ('early 2010', 'DATE', '2010'),
    ('years', 'DURATION', 'PXY'),
    ('the end of next year', 'DATE', '2009'),
    ('2000', 'DATE', '2000'),
    ('1999', 'DATE', '1999'),
    ('Monday', 'DATE', '2008-11-10'),
]),
# 7. Wired, technology / smart-meter security flaw (2010)
('2010-07-27', 'auto', """Researcher to Show How Smart Meters Can Be Hijacked From the Curb

By Nora Castel

LAS VEGAS -- A security researcher says he has found a way to take control of a widely used home electricity meter from a car parked down the street, and he plans to demonstrate the attack Thursday at the Black Hat security conference here.

Miles Varga, a consultant based in Seattle, spent about eight months taking apart meters he bought on eBay. He says a flaw in the way the devices check firmware updates lets an attacker within radio range install malicious code, which could then falsify readings or switch off power to the home.

"In principle, the same code could hop from one meter to the next," Varga told Wired on Tuesday. "I didn't test that part, for obvious reasons."

Varga says he notified the manufacturer in March, and the company has been working on a fix since then. A spokeswoman told Wired on Monday that a patch would be delivered to utility customers in the coming weeks but would not give a date.

"They've been responsive, which isn't always the case," Varga said. "The problem is that utilities push updates to these meters maybe once a year, if that."

Roughly 8 million smart meters are now installed in U.S. homes, and the federal stimulus package set aside $3.4 billion last year to help utilities install millions more by 2015. Smart meters report usage to the utility every 15 minutes over a wireless mesh network, instead of waiting for someone to read the dial once a month.

"Ten years ago, the worst thing a hacker could do to your meter was nothing, because there was nothing to hack," said Ellen Ruiz, a researcher at a Washington think tank who studies grid security. "Now it's a networked computer bolted to the side of your house."

The talk is one of several at this year's conference dealing with critical infrastructure. Black Hat, which opens Wednesday and runs for two days, has seen its share of disputes with vendors. Last summer a talk on ATM vulnerabilities was pulled weeks before the event after the manufacturer objected.

Varga's presentation is scheduled for 10 a.m. Thursday. He says he will also walk through the research at Defcon, the larger and rowdier hacker gathering that follows Black Hat over the weekend.

He is not releasing his attack code. "I'd like the patch to be out there for at least six months before anybody else can reproduce this," he said.
""", [
    ('Thursday', 'DATE', '2010-07-29'),
    ('about eight months', 'DURATION', 'P8M'),
    ('Tuesday', 'DATE', '2010-07-27'),
    ('March', 'DATE', '2010-03'),
    ('Monday', 'DATE', '2010-07-26'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('once a year', 'SET', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last year', 'DATE', '2009'),
    ('2015', 'DATE', '2015'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('once a month', 'SET', 'P1M'),
    ('Ten years ago', 'DATE', '2000'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '2010'),
    ('Wednesday', 'DATE', '2010-07-28'),
    ('two days', 'DURATION', 'P2D'),
    ('Last summer', 'DATE', '2009-SU'),
    ('weeks', 'DURATION', 'PXW'),
    ('10 a.m. Thursday', 'TIME', '2010-07-29T10:00'),
    ('the weekend', 'DATE', '2010-W30-WE'),
    ('at least six months', 'DURATION', 'P6M'),
]),
# 8. AP, space / meteor fragments in Russia (2013)
('2013-02-19', 'auto', """Scientists find fragments of meteor that struck Russia

CHELYABINSK, Russia (AP) -- Scientists said Monday they have recovered more than 50 small fragments of the meteor that exploded over Russia's Ural Mountains last week, most of them from the snow around a frozen lake where a chunk of the space rock punched a 20-foot hole in the ice.

The meteor streaked across the sky at about 9:20 a.m. local time Friday and blew apart with the force of several atomic bombs, shattering windows across the region and injuring about 1,500 people, most of them cut by flying glass.

The fragments, most no bigger than a pea, were collected over the weekend near Lake Chebarkul, about 50 miles west of Chelyabinsk. Tests showed they contain about 10 percent iron, said Alexei Marin, a mineralogist at Urals Federal University who led the search team.

"It is an ordinary chondrite, the most common kind of stony meteorite," Marin told The Associated Press. "But to find this many pieces so quickly is not ordinary at all."

Divers spent several hours on Saturday searching the lake bottom but found nothing, and regional officials said Tuesday the search had been suspended until the ice could be made safe. Some scientists believe the largest piece may be buried deep in silt.

In Chelyabinsk, a city of 1 million people, workers have been replacing broken windows around the clock. City officials said more than 200,000 square meters of glass had been damaged and that most schools and hospitals would have their windows fixed by the end of the week. Temperatures have hovered around minus 15 Celsius (5 Fahrenheit).

NASA estimated that the space rock was about 55 feet across and weighed about 10,000 tons when it entered the atmosphere, making it the largest known object to hit Earth since 1908, when a blast flattened forests near the Tunguska River in Siberia.

The meteor was not related to asteroid 2012 DA14, which passed within 17,200 miles of Earth the same day, astronomers said. Objects the size of the Russian meteor are thought to strike the planet on average every 100 years, though most fall over oceans or empty land.

"There was no warning because it came from the direction of the sun," Marin said. "Telescopes simply could not see it."

The Russian Academy of Sciences plans to publish its first analysis of the fragments next month. Meanwhile, local residents have been combing the snow for pieces of their own, and some have already offered them for sale online.
""", [
    ('Monday', 'DATE', '2013-02-18'),
    ('last week', 'DATE', '2013-W07'),
    ('about 9:20 a.m. local time Friday', 'TIME', '2013-02-15T09:20'),
    ('the weekend', 'DATE', '2013-W07-WE'),
    ('several hours', 'DURATION', 'PTXH'),
    ('Saturday', 'DATE', '2013-02-16'),
    ('Tuesday', 'DATE', '2013-02-19'),
    ('the end of the week', 'DATE', '2013-W08'),
    ('1908', 'DATE', '1908'),
    ('the same day', 'DATE', '2013-02-15'),
    ('every 100 years', 'SET', 'P100Y'),
    ('next month', 'DATE', '2013-03'),
]),
# 9. Reuters, environment / national climate pledges before Paris (2015)
('2015-10-05', 'auto', """More than 140 nations file climate plans ahead of Paris summit

BONN, Germany (Reuters) - More than 140 countries have submitted national plans to curb greenhouse gas emissions ahead of a U.N. summit in Paris later this year, the U.N. climate secretariat said on Monday, but the pledges still fall short of what scientists say is needed to limit global warming.

The plans, which cover roughly 85 percent of world emissions, were due by Oct. 1 so the secretariat could assess their combined effect before the summit, which opens on Nov. 30 and is scheduled to last two weeks.

India, the world's third-largest emitter, filed its plan on Friday, pledging to cut the emissions intensity of its economy by a third from 2005 levels by 2030, while raising the share of non-fossil sources in its power capacity to 40 percent.

"The momentum is unprecedented," said secretariat spokeswoman Anja Keller. "Five years ago, very few countries would have put numbers like these on the table."

Independent analysts were less upbeat. The Climate Action Tracker, a consortium of research groups, said last week that even if all the pledges were fully implemented, the world would still warm by about 2.7 degrees Celsius above pre-industrial levels by 2100, well above the 2-degree ceiling governments agreed in 2010.

The secretariat will publish a report on the combined impact of the plans by Nov. 1. Negotiators meet in Bonn from Oct. 19 to Oct. 23 for the last formal round of talks before Paris, where they hope to agree a deal that would take effect from 2020, when commitments under the Kyoto Protocol run out.

Governments have been trying for more than two decades, since the 1992 Earth Summit in Rio de Janeiro, to agree how to share the burden of cutting emissions. The Kyoto Protocol, agreed in 1997, set targets only for developed nations, and an attempt to reach a broader deal collapsed in Copenhagen in 2009.

Pressure has grown as temperatures climb. U.S. scientists said in July that the first half of this year was the warmest on record for the planet, and many climatologists expect 2015 as a whole to set a new record.

Developing nations also want rich countries to show how they will meet a promise to provide $100 billion a year in climate finance by 2020, a sticking point that has dogged the talks.

Some large emitters, including Saudi Arabia, had yet to submit plans on Monday. Keller said late submissions would still be included in the assessment "as far as possible."
""", [
    ('later this year', 'DATE', '2015'),
    ('Monday', 'DATE', '2015-10-05'),
    ('Oct. 1', 'DATE', '2015-10-01'),
    ('Nov. 30', 'DATE', '2015-11-30'),
    ('two weeks', 'DURATION', 'P2W'),
    ('Friday', 'DATE', '2015-10-02'),
    ('2005', 'DATE', '2005'),
    ('2030', 'DATE', '2030'),
    ('Five years ago', 'DATE', '2010'),
    ('last week', 'DATE', '2015-W40'),
    ('2100', 'DATE', '2100'),
    ('2010', 'DATE', '2010'),
    ('Nov. 1', 'DATE', '2015-11-01'),
    ('Oct. 19', 'DATE', '2015-10-19'),
    ('Oct. 23', 'DATE', '2015-10-23'),
    ('2020', 'DATE', '2020'),
    ('more than two decades', 'DURATION', 'P20Y|P2DE'),
    ('1992', 'DATE', '1992'),
    ('1997', 'DATE', '1997'),
    ('2009', 'DATE', '2009'),
    ('July', 'DATE', '2015-07'),
    ('the first half of this year', 'DATE', '2015-H1'),
    ('2015', 'DATE', '2015'),
    ('a year', 'SET', 'P1Y'),
    ('2020', 'DATE', '2020'),
    ('Monday', 'DATE', '2015-10-05'),
]),
# 10. New York Times, health / Legionnaires' outbreak told in narrative (2018)
('2018-04-15', 'auto', """How a County Health Office Traced a Deadly Outbreak to a Hotel Fountain

By MARCUS HALE

HAGERSTOWN, Md. -- The first call came on the afternoon of Friday, Feb. 23. A nurse at the regional hospital told the county health department that two men had been admitted that week with severe pneumonia, and that both had tested positive for Legionella, the bacterium that causes Legionnaires' disease.

Dr. Emily Tran, the county's epidemiologist, spent that weekend on the phone with patients and their families, working through a questionnaire about where they had been. By the following Monday there were five cases, and a pattern was emerging: all five had spent time downtown in the two weeks before falling ill.

Three days later, inspectors found what they believe was the common link: a decorative fountain in the lobby of a downtown hotel, where several of the patients had attended a wedding reception or eaten lunch. The hotel shut off the fountain on March 2 and drained it that evening.

Samples taken from the fountain's pump had to be cultured at the state laboratory for 10 days. On March 12, technicians confirmed that the bacteria in the water matched those taken from two of the patients.

In all, 14 people fell ill over six weeks. One of them, an 81-year-old retired teacher, died on March 20.

"For about a month I barely slept," Dr. Tran said in an interview last week. "Every new case meant another family, another list of places to check."

Legionnaires' disease takes its name from a 1976 outbreak at an American Legion convention in Philadelphia that killed 34 people. Reported cases in the United States have risen more than fivefold since 2000, according to the Centers for Disease Control and Prevention, partly because of aging plumbing and partly because of better testing.

Decorative fountains are a known hazard, because they spray fine droplets and often sit at room temperature for weeks without being cleaned. Dr. Tran said such fountains should be scrubbed and disinfected weekly, a step many businesses skip.

No new cases have been reported since mid-March, and the health department declared the outbreak over on Tuesday. State lawmakers are now considering a bill that would require hotels and hospitals to test their water systems every three months.

The hotel, which has not been accused of breaking any rules, said it had hired a water safety consultant and planned to reopen its lobby next month, without the fountain.
""", [
    ('the afternoon of Friday, Feb. 23', 'DATE|TIME', '2018-02-23TAF'),
    ('that week', 'DATE', '2018-W08'),
    ('that weekend', 'DATE', '2018-W08-WE'),
    ('the following Monday', 'DATE', '2018-02-26'),
    ('the two weeks', 'DURATION', 'P2W'),
    ('Three days later', 'DATE', '2018-03-01'),
    ('March 2', 'DATE', '2018-03-02'),
    ('that evening', 'DATE|TIME', '2018-03-02TEV'),
    ('10 days', 'DURATION', 'P10D'),
    ('March 12', 'DATE', '2018-03-12'),
    ('six weeks', 'DURATION', 'P6W'),
    ('March 20', 'DATE', '2018-03-20'),
    ('about a month', 'DURATION', 'P1M'),
    ('last week', 'DATE', '2018-W14'),
    ('1976', 'DATE', '1976'),
    ('2000', 'DATE', '2000'),
    ('weeks', 'DURATION', 'PXW'),
    ('weekly', 'SET', 'P1W'),
    ('mid-March', 'DATE', '2018-03'),
    ('Tuesday', 'DATE', '2018-04-10'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every three months', 'SET', 'P3M'),
    ('next month', 'DATE', '2018-05'),
]),
# 11. BBC, space / asteroid deflection mission launch (2021)
('2021-11-24', 'auto', """Dart: Nasa launches mission to nudge an asteroid off course

By Rebecca Lyall
Science reporter

Nasa has launched a spacecraft that will deliberately crash into an asteroid, in the first real-world test of a technique that could eventually protect Earth from a dangerous impact.

The Double Asteroid Redirection Test (Dart) lifted off on a SpaceX Falcon 9 rocket from Vandenberg Space Force Base in California at 06:21 GMT on Wednesday (22:21 local time on Tuesday).

The probe will take about 10 months to reach its target, a moonlet called Dimorphos that circles a larger asteroid, Didymos, every 11 hours and 55 minutes. Neither body poses any threat to our planet.

Dart is expected to hit Dimorphos at about 6.6km/s between 26 September and 1 October next year. Astronomers will then use telescopes on Earth to measure how much the collision has changed the moonlet's orbit. Mission scientists expect the orbit to shorten by several minutes.

"It's a very modest push," said Dr Tom Reilly, a planetary scientist who has worked on the mission for six years. "But if you spot an asteroid early enough, a modest push years in advance is all you need."

For the last four hours of its journey, Dart will steer itself towards Dimorphos using its own camera, which will send back an image every second until it is destroyed. A small Italian-built satellite carried on board will be released about 10 days before the collision to photograph the aftermath.

A European mission, Hera, is due to launch in 2024 and to arrive at the pair of asteroids two years later to examine the crater in detail.

Nasa says about 27,000 near-Earth asteroids have been catalogued so far, but none is known to be on course to hit Earth in the next 100 years. The agency set up its Planetary Defense Coordination Office in 2016 to track such objects and plan responses.

Not everyone is convinced the test will settle the question. Some researchers point out that Dimorphos is a loosely packed pile of rubble, and that a solid asteroid could react very differently to the same blow.

The mission cost about $330m (£246m). In the coming weeks, engineers will switch on and check its instruments, and the camera is due to take its first pictures of stars in December.
""", [
    ('06:21 GMT on Wednesday', 'TIME', '2021-11-24T06:21'),
    ('22:21 local time on Tuesday', 'TIME', '2021-11-23T22:21'),
    ('about 10 months', 'DURATION', 'P10M'),
    ('every 11 hours and 55 minutes', 'SET', 'PT11H55M'),
    ('26 September', 'DATE', '2022-09-26'),
    ('1 October next year', 'DATE', '2022-10-01'),
    ('several minutes', 'DURATION', 'PTXM'),
    ('six years', 'DURATION', 'P6Y'),
    ('years', 'DURATION', 'PXY'),
    ('the last four hours', 'DURATION', 'PT4H'),
    ('every second', 'SET', 'PT1S'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('2024', 'DATE', '2024'),
    ('two years later', 'DATE', '2026'),
    ('the next 100 years', 'DURATION', 'P100Y'),
    ('2016', 'DATE', '2016'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('December', 'DATE', '2021-12'),
]),
# 12. AFP, environment / covering a Swiss glacier (2025)
('2025-05-07', 'auto', """Swiss resort races to cover glacier as melt season starts early

GENEVA, May 7, 2025 (AFP) - Workers at a Swiss ski resort on Wednesday began wrapping part of a shrinking glacier in white fleece blankets, about three weeks earlier than usual, after months of below-average snowfall and an unusually warm April left the ice exposed.

The fleece, which reflects sunlight and slows melting, will eventually cover about 8,000 square metres of the Sura glacier in the canton of Valais, protecting the top station of a high-altitude ski lift and an ice grotto that draws thousands of tourists every year.

"Ten years ago we did this in June," said Beat Imboden, the head of the lift company. "Now we start in early May and we are already late."

Glaciologists say the covers can cut melting by up to 60 percent where they are laid, but the technique is far too costly to use on more than a tiny fraction of the country's ice.

Switzerland's glaciers lost 2.4 percent of their remaining volume last year, after record losses of about 6 percent in 2022 and 4 percent in 2023, according to the national monitoring network GLAMOS.

The United Nations has declared 2025 the International Year of Glaciers' Preservation, and March 21 was marked this year for the first time as a World Day for Glaciers.

"The blankets buy time, but they don't change the trend," said Claudia Fux, a glaciologist at ETH Zurich. "Without deep cuts in emissions, most of the glaciers in the Alps will be gone by 2100."

The resort's workers will spend the next two weeks laying the strips, which are stitched together by hand and weighed down with sandbags. They will be removed in late September, when the first snow usually falls. Each strip lasts about three years before sunlight breaks it down.

The national weather service MeteoSwiss said Tuesday that April had been the fourth-warmest since measurements began in 1864, and that snow depth at several high-altitude stations was less than half the usual level for the time of year.

The practice of covering glaciers began in Switzerland in the early 2000s and has since spread to resorts in Austria and Italy. Critics say the synthetic fleece sheds microfibres into meltwater, a concern the manufacturers say they are studying.

Imboden said the company had no plans to stop. "We will keep doing it as long as there is ice to cover," he said. "Maybe another 20 years. Maybe less."
""", [
    ('May 7, 2025', 'DATE', '2025-05-07'),
    ('Wednesday', 'DATE', '2025-05-07'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('months', 'DURATION', 'PXM'),
    ('April', 'DATE', '2025-04'),
    ('every year', 'SET', 'P1Y'),
    ('Ten years ago', 'DATE', '2015'),
    ('June', 'DATE', '2015-06'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('early May', 'DATE', '2025-05'),
    ('last year', 'DATE', '2024'),
    ('2022', 'DATE', '2022'),
    ('2023', 'DATE', '2023'),
    ('2025', 'DATE', '2025'),
    ('March 21', 'DATE', '2025-03-21'),
    ('this year', 'DATE', '2025'),
    ('2100', 'DATE', '2100'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('late September', 'DATE', '2025-09'),
    ('about three years', 'DURATION', 'P3Y'),
    ('Tuesday', 'DATE', '2025-05-06'),
    ('April', 'DATE', '2025-04'),
    ('1864', 'DATE', '1864'),
    ('the early 2000s', 'DATE', '200'),
    ('another 20 years', 'DURATION', 'P20Y'),
]),
]
