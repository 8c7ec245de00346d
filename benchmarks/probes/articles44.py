# Gold TIMEX3 probe set 44: twelve articles of 2006-2025 in the styles of The Economist, The Atlantic, The New Yorker, Foreign Affairs, Der Spiegel International and Le Monde in English: analysis and features, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. The Economist, analysis (2006)
('2006-10-19', 'auto', """Hungary

Fifty years on, the crowds are back

BUDAPEST

For weeks the lawn in front of Hungary's parliament has looked less like a national shrine than a campsite. Protesters have slept there since the middle of September, when a recording surfaced on which Ferenc Gyurcsány, the Socialist prime minister, admitted that his party had lied about the state of the public finances to win the election in April. On the night of September 18th a mob stormed the headquarters of state television; more than 150 policemen were hurt. The following month, in local elections on October 1st, the Socialists were routed almost everywhere outside the capital.

All this would be awkward for any government. It is doubly so now, because on Monday Hungary marks the 50th anniversary of the 1956 revolution, when students and workers rose against the Soviet-backed regime and held out for 12 days before Soviet tanks returned to Budapest on November 4th 1956. Some 2,500 Hungarians died and 200,000 fled abroad. For more than three decades the communists called the uprising a counter-revolution; only in 1989, when Imre Nagy, the reformist prime minister hanged in 1958, was reburied before a crowd of 250,000, did the word "revolution" return to the schoolbooks.

Dozens of heads of state are expected in Budapest for Monday's ceremonies. The opposition Fidesz party, led by Viktor Orbán, said on Tuesday that it would boycott the official events and hold its own rally on the afternoon of October 23rd. "The spirit of 1956 is not the property of a government that lies," one Fidesz deputy said this week.

Mr Gyurcsány insists he is going nowhere. He won a confidence vote on October 6th and says his austerity package—higher taxes, fees for visits to the doctor and university tuition—is the only way to cut a budget deficit that will reach about 10% of GDP this year, the highest in the European Union. Hungary, which joined the EU in 2004, had hoped to adopt the euro by 2010; that target now looks fanciful, and officials privately talk of 2013 at the earliest.

Investors have been remarkably patient. The forint has fallen only slightly since the summer, and the central bank has raised interest rates twice in the past three months. But economists warn that the squeeze will bite hardest early next year, when gas and electricity prices rise again. A government that has lost its credibility will find it hard to ask for sacrifices for two more years.

For now, the police are preparing for the weekend and beyond. They have told the protesters to leave Kossuth Square by midnight on Saturday, and barriers went up around the square on Wednesday night.
""", [
    ('Fifty years', 'DURATION', 'P50Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('the middle of September', 'DATE', '2006-09'),
    ('April', 'DATE', '2006-04'),
    ('the night of September 18th', 'DATE|TIME', '2006-09-18TNI'),
    ('The following month', 'DATE', '2006-10'),
    ('October 1st', 'DATE', '2006-10-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2006-10-23'),
    ('1956', 'DATE', '1956'),
    ('12 days', 'DURATION', 'P12D'),
    ('November 4th 1956', 'DATE', '1956-11-04'),
    ('more than three decades', 'DURATION', 'P30Y|P3E'),
    ('1989', 'DATE', '1989'),
    ('1958', 'DATE', '1958'),
    ('Monday', 'DATE', '2006-10-23'),
    ('Tuesday', 'DATE', '2006-10-17'),
    ('the afternoon of October 23rd', 'DATE|TIME', '2006-10-23TAF'),
    ('1956', 'DATE', '1956'),
    ('this week', 'DATE', '2006-W42'),
    ('October 6th', 'DATE', '2006-10-06'),
    ('this year', 'DATE', '2006'),
    ('2004', 'DATE', '2004'),
    ('2010', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2013', 'DATE', '2013'),
    ('the summer', 'DATE', '2006-SU'),
    ('the past three months', 'DURATION', 'P3M'),
    ('early next year', 'DATE', '2007'),
    ('two more years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the weekend', 'DATE', '2006-W42-WE'),
    ('midnight on Saturday', 'TIME', '2006-10-21T24:00|2006-10-22T00:00|2006-10-21T00:00'),
    ('Wednesday night', 'DATE|TIME', '2006-10-18TNI'),
]),

# 2. Der Spiegel International, anniversary analysis (2009)
('2009-11-06', 'auto', """SPIEGEL ONLINE International
11/06/2009

Twenty Years After the Fall
The Wall Is Gone, But the Border Lingers

By SPIEGEL Staff in Berlin

On Monday evening, a thousand oversized foam dominoes will topple along the route where the Berlin Wall once stood. That afternoon, Chancellor Angela Merkel, who grew up in the East, will cross the Bornholmer Strasse bridge with Mikhail Gorbachev and Lech Walesa, retracing the steps of the East Berliners who pushed through the checkpoint there on the night of Nov. 9, 1989.

For 28 years, the Wall split the city. Built in August 1961, it ran for 155 kilometers around West Berlin, and at least 136 people died trying to cross it. When it finally opened, the pace of change was dizzying: less than a year later, on Oct. 3, 1990, the two German states were united.

Two decades on, the balance sheet is mixed. Some €1.3 trillion has flowed from West to East since 1990, according to estimates by economists in Halle. Unemployment in the eastern states stands at around 12 percent, almost twice the western rate, and roughly 2 million people have moved west in the past 20 years, most of them young, many of them women. In recent years the exodus has slowed, and some eastern cities are growing again. Still, a survey published by the Forsa institute this week found that one in eight Germans would like the Wall back.

"People in the West thought the job would be done in five years," said Wolfgang Reinholz, a Social Democrat who grew up in East Berlin and sat in the Bundestag from 1998 to 2005. "We now know it will take far longer."

Helmut Kohl, now 79 and frail, promised East Germans "blooming landscapes" in the summer of 1990. Some did bloom: Leipzig and Dresden have restored their old centers, and Jena's optics industry is thriving. But in towns like Hoyerswerda, the population has fallen by nearly half since the late 1980s. Prefabricated apartment blocks built in the 1970s stand empty, and the town council meets weekly to decide which ones to tear down next.

Merkel's government has promised to keep the "Solidarity Pact" money flowing east until 2019. On Tuesday, a government commission will present its latest report on the state of German unity, and officials in Berlin say it will show the gap in wages narrowing only slowly.

Not everyone has patience for another round of speeches. "The Wall fell in a few hours," said a 54-year-old engineer from Frankfurt an der Oder who now commutes to Berlin every day. "Taking it down in our heads has taken 20 years, and we're not finished."
""", [
    ('11/06/2009', 'DATE', '2009-11-06'),
    ('Twenty Years', 'DURATION', 'P20Y'),
    ('Monday evening', 'DATE|TIME', '2009-11-09TEV'),
    ('That afternoon', 'DATE|TIME', '2009-11-09TAF'),
    ('the night of Nov. 9, 1989', 'DATE|TIME', '1989-11-09TNI'),
    ('28 years', 'DURATION', 'P28Y'),
    ('August 1961', 'DATE', '1961-08'),
    ('less than a year later', 'DATE', '1990'),
    ('Oct. 3, 1990', 'DATE', '1990-10-03'),
    ('Two decades', 'DURATION', 'P20Y|P2E'),
    ('1990', 'DATE', '1990'),
    ('the past 20 years', 'DURATION', 'P20Y'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('this week', 'DATE', '2009-W45'),
    ('five years', 'DURATION', 'P5Y'),
    ('1998', 'DATE', '1998'),
    ('2005', 'DATE', '2005'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer of 1990', 'DATE', '1990-SU'),
    ('the late 1980s', 'DATE', '198'),
    ('the 1970s', 'DATE', '197'),
    ('weekly', 'SET', 'P1W'),
    ('2019', 'DATE', '2019'),
    ('Tuesday', 'DATE', '2009-11-10'),
    ('a few hours', 'DURATION', 'PTXH'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every day', 'SET', 'P1D'),
    ('20 years', 'DURATION', 'P20Y'),
]),

# 3. The Atlantic, feature (2010)
('2010-08-27', 'auto', """The Long Way Back

Five years after Hurricane Katrina, New Orleans is smaller, in places richer, and in others still waiting.

NEW ORLEANS — Delphine Marchand's lot on Caffin Avenue, in the Lower Ninth Ward, is the kind of place the tour buses used to stop. For nearly three years after the storm, visitors leaned out of the windows to photograph the concrete slab where her mother's house had stood. The buses stopped coming around 2008. The weeds did not.

On Sunday, the fifth anniversary of the storm, President Obama will speak at Xavier University, and the city will mark the occasion with a second line, a wreath laid on the water and a reading of the names of the more than 1,800 people who died along the Gulf Coast. Marchand, who is 61, plans to watch from her porch. She moved back into a rebuilt house last fall.

Here is what five years have brought. The city's population, about 455,000 before the storm, is now somewhere near 350,000. The Army Corps of Engineers has spent more than $14 billion on levees, floodwalls and pumps, and says the system will be finished by June 2011.

And then, this spring, came the oil. The Deepwater Horizon rig exploded on April 20, and for 87 days crude poured into the Gulf before BP capped the well in mid-July. Shrimpers in St. Bernard Parish who had rebuilt their boats after Katrina spent the summer laying boom for the company instead.

"We're not the city we were on August 28, 2005, and we shouldn't want to be," Karen Boudreaux, a deputy mayor who joined the new administration in May, told me on Tuesday. "For decades before the storm, this city was losing people and losing jobs. Katrina didn't start that. It just made it impossible to ignore."

New Orleans has been here before. When Hurricane Betsy struck in September 1965, the Lower Ninth flooded too, and older residents remember that recovery took years and that the promises made in Washington were slow to arrive. The difference now, Boudreaux argues, is that the city is planning instead of patching. A new master plan for the Lower Ninth is due next month.

The tests are close at hand. Mayor Mitch Landrieu has promised a budget by the end of the year that closes a deficit of tens of millions of dollars, and the first families are due to move into new homes on the site of the old Lafitte housing project after Labor Day.

Marchand is less interested in plans than in weather. "Every August I hold my breath," she said. "Five years, and I still check the radar twice a day."
""", [
    ('Five years', 'DURATION', 'P5Y'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('around 2008', 'DATE', '2008'),
    ('Sunday', 'DATE', '2010-08-29'),
    ('last fall', 'DATE', '2009-FA'),
    ('five years', 'DURATION', 'P5Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('June 2011', 'DATE', '2011-06'),
    ('this spring', 'DATE', '2010-SP'),
    ('April 20', 'DATE', '2010-04-20'),
    ('87 days', 'DURATION', 'P87D'),
    ('mid-July', 'DATE', '2010-07'),
    ('the summer', 'DATE', '2010-SU'),
    ('August 28, 2005', 'DATE', '2005-08-28'),
    ('May', 'DATE', '2010-05'),
    ('Tuesday', 'DATE', '2010-08-24'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('September 1965', 'DATE', '1965-09'),
    ('years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next month', 'DATE', '2010-09'),
    ('the end of the year', 'DATE', '2010|2010-12'),
    ('Labor Day', 'DATE', '2010-09-06'),
    ('Every August', 'SET', 'XXXX-08'),
    ('Five years', 'DURATION', 'P5Y'),
    ('twice a day', 'SET', 'P1D'),
]),

# 4. Der Spiegel International, analysis (2011)
('2011-06-01', 'auto', """Germany's Nuclear Exit
Merkel Completes a U-Turn Decades in the Making

By SPIEGEL Staff

At about 1 a.m. on Monday, Environment Minister Norbert Röttgen stepped in front of the cameras at the Chancellery in Berlin and announced that Germany would shut down all 17 of its nuclear reactors by 2022. After 12 hours of talks, the leaders of Chancellor Angela Merkel's coalition had agreed that the eight oldest plants, idled since March, will never return to the grid. The remaining nine will be switched off in stages, the last three at the end of 2022.

It is a remarkable turnaround for a chancellor who campaigned two years ago on keeping the plants running longer and who, only last autumn, pushed through an extension of their operating lives by an average of 12 years, overturning the phase-out agreed by Gerhard Schröder's center-left government in 2000. Then came March 11. Within days of the earthquake and tsunami that crippled the Fukushima Daiichi plant in Japan, Merkel had announced a three-month moratorium and appointed an ethics commission to advise her.

The German anti-nuclear movement is older than many of the plants. In 1975, farmers and students occupied the construction site at Wyhl, near the French border, and the reactor was never built. Since the late 1970s, the salt dome at Gorleben has drawn tens of thousands of protesters whenever a shipment of waste arrives. The Chernobyl disaster of April 1986, which scattered fallout over Bavarian forests, led to the creation of the Environment Ministry that Röttgen now heads.

"For 30 years we were told we were hysterical," Hanna Lorenz, a spokeswoman for an activist group in Lower Saxony, said on Tuesday. "Now the government has written our demand into law. But 2022 is still a long way off, and a lot can happen in 11 years."

The utilities are furious. E.on and RWE say they will seek compensation, and both complain that the nuclear fuel tax, which was designed to raise 2.3 billion euros annually, will remain in place even as their plants close.

The cabinet is scheduled to approve the legislation next Monday, and Merkel wants the Bundestag to pass it before parliament breaks in early July. The harder part will take a decade: building thousands of kilometers of power lines to carry wind energy from the north to the industrial south, and raising the share of renewables, now about 17 percent, to 35 percent by 2020.

Whether Germany can manage without nuclear power, which supplied almost a quarter of its electricity last year, is a question its engineers will be answering for years. For now, Merkel has staked her reputation on it.
""", [
    ('Decades', 'DURATION', 'PXE|PXY'),
    ('about 1 a.m. on Monday', 'TIME', '2011-05-30T01:00'),
    ('2022', 'DATE', '2022'),
    ('12 hours', 'DURATION', 'PT12H'),
    ('March', 'DATE', '2011-03'),
    ('the end of 2022', 'DATE', '2022|2022-12'),
    ('two years ago', 'DATE', '2009'),
    ('last autumn', 'DATE', '2010-FA'),
    ('12 years', 'DURATION', 'P12Y'),
    ('2000', 'DATE', '2000'),
    ('March 11', 'DATE', '2011-03-11'),
    ('days', 'DURATION', 'PXD'),
    ('three-month', 'DURATION', 'P3M'),
    ('1975', 'DATE', '1975'),
    ('the late 1970s', 'DATE', '197'),
    ('April 1986', 'DATE', '1986-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Tuesday', 'DATE', '2011-05-31'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2022', 'DATE', '2022'),
    ('11 years', 'DURATION', 'P11Y'),
    ('annually', 'SET', 'P1Y'),
    ('next Monday', 'DATE', '2011-06-06'),
    ('early July', 'DATE', '2011-07'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2020', 'DATE', '2020'),
    ('last year', 'DATE', '2010'),
    ('years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 5. Foreign Affairs, snapshot analysis (2016)
('2016-09-28', 'auto', """Colombia's Fragile Peace
Why the Hardest Part Begins After the Vote

September 28, 2016

On Monday in Cartagena, President Juan Manuel Santos and Rodrigo Londoño, the commander of the Revolutionary Armed Forces of Colombia (FARC), signed an agreement to end the longest-running armed conflict in the Western Hemisphere. On Sunday, Colombians will vote in a plebiscite on whether to accept the deal. Polls suggest that the yes campaign will win comfortably, but the margin matters: a narrow victory would hand the accord's opponents, led by former President Álvaro Uribe, a pretext to obstruct it for years.

The FARC was founded in 1964 as a peasant self-defense movement in the mountains of Tolima. Over five decades, the conflict killed some 220,000 people and displaced nearly seven million. A truce signed in 1984 collapsed after members of the Patriotic Union, the party the guerrillas founded the following year, were murdered by the thousands. Talks in the demilitarized zone of El Caguán, from 1998 to 2002, gave the FARC room to regroup and ended in humiliation for President Andrés Pastrana.

The negotiations in Havana, which began in November 2012, dragged on for nearly four years. The parties settled the agenda point by point: rural reform and political participation in 2013, illicit drugs in 2014, victims and transitional justice in 2015. The final text, announced on August 24, runs to 297 pages. Earlier this month, the FARC's last guerrilla conference approved it unanimously.

If voters approve it too, the FARC's roughly 7,000 fighters will move into 23 transition zones by the end of October and hand their weapons to United Nations monitors over six months. A special tribunal will try those responsible for the worst crimes; those who confess will face a maximum of eight years of restricted liberty rather than prison. The FARC's new party will be guaranteed ten seats in Congress for two legislative terms, beginning in 2018.

The demobilization of right-wing paramilitaries, completed in 2006, left behind criminal gangs that still control drug routes on the Pacific coast. Dissident FARC fronts in the southern jungles may refuse to disarm. "Signing was the easy part," a senior government negotiator told me in Bogotá last week. "Implementation will take at least a decade, and it will outlast this government." Santos's term ends in August 2018.

Plan Colombia, launched in 2000, has cost U.S. taxpayers about $10 billion over the past 16 years. President Barack Obama has asked Congress for $450 million in fiscal 2017 to support the peace, a request the next administration will inherit in January. Colombians will decide the accord's fate at the ballot box this weekend. Whether it succeeds will be measured over many years.
""", [
    ('September 28, 2016', 'DATE', '2016-09-28'),
    ('Monday', 'DATE', '2016-09-26'),
    ('Sunday', 'DATE', '2016-10-02'),
    ('years', 'DURATION', 'PXY'),
    ('1964', 'DATE', '1964'),
    ('five decades', 'DURATION', 'P50Y|P5E'),
    ('1984', 'DATE', '1984'),
    ('the following year', 'DATE', '1985'),
    ('1998', 'DATE', '1998'),
    ('2002', 'DATE', '2002'),
    ('November 2012', 'DATE', '2012-11'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('2013', 'DATE', '2013'),
    ('2014', 'DATE', '2014'),
    ('2015', 'DATE', '2015'),
    ('August 24', 'DATE', '2016-08-24'),
    ('Earlier this month', 'DATE', '2016-09'),
    ('the end of October', 'DATE', '2016-10'),
    ('six months', 'DURATION', 'P6M'),
    ('eight years', 'DURATION', 'P8Y'),
    ('2018', 'DATE', '2018'),
    ('2006', 'DATE', '2006'),
    ('last week', 'DATE', '2016-W38'),
    ('at least a decade', 'DURATION', 'P10Y|P1E'),
    ('August 2018', 'DATE', '2018-08'),
    ('2000', 'DATE', '2000'),
    ('the past 16 years', 'DURATION', 'P16Y'),
    ('fiscal 2017', 'DATE', 'FY2017|2017'),
    ('January', 'DATE', '2017-01'),
    ('this weekend', 'DATE', '2016-W39-WE'),
    ('many years', 'DURATION', 'PXY'),
]),

# 6. The New Yorker, Talk of the Town (2017)
('2017-05-22', 'auto', """THE TALK OF THE TOWN

LAST CALL
The Big Top Comes Down

The final performance of the Ringling Bros. and Barnum & Bailey Circus began, as so many before it had, a few minutes late. By 7:15 p.m. on Sunday, the lights at the Nassau Veterans Memorial Coliseum, in Uniondale, had dimmed, the band had struck up, and a woman in a sequinned cape was hanging by her teeth from a rope forty feet above the floor. "I came here when I was six," a retired transit worker named Gloria Pettway said during intermission. "Then I brought my kids. I was going to bring my grandson next spring."

The circus had been dying slowly. Kenneth Feld, whose father, Irvin, bought the show from the Ringling family in 1967, announced the closing in a statement posted online on the night of January 14th. Ticket sales had been falling for a decade. Then, in May of last year, the company retired its elephants, and sales fell faster. "We underestimated how much people loved the elephants," one longtime employee told me.

P. T. Barnum put his first traveling circus on the road in 1871; the five Ringling brothers started theirs in Baraboo, Wisconsin, in 1884, bought out Barnum & Bailey in 1907, and merged the two in 1919. Through the twentieth century, the arrival of the circus train was an event: schools let out, and whole towns watched the elephants walk from the rail yard to the lot. The big tent was retired in 1956, a dozen years after a fire in Hartford killed more than a hundred and sixty people, and the show moved into arenas like this one.

On Sunday, the performers—about three hundred of them, from more than a dozen countries—took their final bows at around 9:45 p.m. Many had been with the circus for years; some had been born into it. A Mongolian contortionist said that she had a flight home on Wednesday and no idea what she would do next. A clown who had spent nineteen years with the show told me that he was driving to Sarasota, the circus's old base, "to sit on a beach for a month and not put on makeup."

Feld Entertainment will go on producing its ice shows and monster-truck rallies, which now outsell the circus by a wide margin. The elephants live on a two-hundred-acre reserve in Polk County, Florida, where, the company says, veterinarians check on them daily. Outside the Coliseum, long after the crowd had gone, a crew was loading rigging into trucks. The train, for the first time in a hundred and forty-six years, had nowhere to go.
""", [
    ('a few minutes', 'DURATION', 'PTXM'),
    ('7:15 p.m. on Sunday', 'TIME', '2017-05-21T19:15'),
    ('next spring', 'DATE', '2018-SP'),
    ('1967', 'DATE', '1967'),
    ('the night of January 14th', 'DATE|TIME', '2017-01-14TNI'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('May of last year', 'DATE', '2016-05'),
    ('1871', 'DATE', '1871'),
    ('1884', 'DATE', '1884'),
    ('1907', 'DATE', '1907'),
    ('1919', 'DATE', '1919'),
    ('the twentieth century', 'DATE', '19'),
    ('1956', 'DATE', '1956'),
    ('a dozen years', 'DURATION', 'P12Y'),
    ('Sunday', 'DATE', '2017-05-21'),
    ('around 9:45 p.m.', 'TIME', '2017-05-21T21:45'),
    ('years', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '2017-05-24'),
    ('nineteen years', 'DURATION', 'P19Y'),
    ('a month', 'DURATION', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
    ('a hundred and forty-six years', 'DURATION', 'P146Y'),
]),

# 7. The Economist, analysis (2019)
('2019-04-25', 'auto', """Japan's imperial succession

Abdication, by appointment

A reign that began at the peak of a boom ends in an ageing, cautious country

TOKYO

THE last time a Japanese emperor gave up the throne while still alive, in 1817, Napoleon was on St Helena and the shogun ruled from Edo. On April 30th Emperor Akihito, who is 85, will step down, becoming the first to abdicate in 202 years. The next morning his son, Naruhito, will inherit the Chrysanthemum Throne, along with a new era name, Reiwa, which the government unveiled on April 1st to a mixture of pride and grumbling from software engineers who must now update millions of calendars.

To mark the occasion the government has declared a ten-day holiday, running from Saturday to May 6th. Economists expect the break to dent output in the second quarter, just as exports to China weaken. Figures for the first quarter, due on May 20th, may show that the economy barely grew.

Akihito's reign, known as Heisei, or "achieving peace", began on January 7th 1989, when his father, Hirohito, died. By the end of that year the Nikkei stockmarket index had climbed to nearly 39,000, a level it has not seen since. The bubble burst the following year, and the three decades that followed were marked by deflation, a shrinking workforce and two great earthquakes, in Kobe in 1995 and in Tohoku in March 2011.

In a rare video address in August 2016, Akihito said that his age made it hard to carry out his duties "with my whole being". Conservatives in the ruling Liberal Democratic Party, worried that abdication might reopen the question of letting women inherit the throne, resisted for months before parliament passed a one-off law in June 2017.

That question is not going away. Naruhito, who is 59, and his wife, Masako, have one child, a daughter, Aiko, who is barred from succeeding. After Naruhito, the line passes to his brother, Fumihito, and then to Fumihito's 12-year-old son, Hisahito. A government panel is supposed to take up the issue after the enthronement ceremony in October, but Shinzo Abe, prime minister since December 2012, has shown little appetite for it. "Every year we delay, the options narrow," said a former palace official.

For most Japanese the change will be felt in smaller ways. Coins, driving licences and official forms will carry the new era's dates from Wednesday. This week department stores were selling out of Heisei-themed sweets, and a commemorative Reiwa noodle went on sale on Tuesday. The rise in consumption tax planned for October, from 8% to 10%, will matter far more to household budgets.
""", [
    ('1817', 'DATE', '1817'),
    ('April 30th', 'DATE', '2019-04-30'),
    ('202 years', 'DURATION', 'P202Y'),
    ('The next morning', 'DATE|TIME', '2019-05-01TMO'),
    ('April 1st', 'DATE', '2019-04-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('ten-day', 'DURATION', 'P10D'),
    ('Saturday', 'DATE', '2019-04-27'),
    ('May 6th', 'DATE', '2019-05-06'),
    ('the second quarter', 'DATE', '2019-Q2'),
    ('the first quarter', 'DATE', '2019-Q1'),
    ('May 20th', 'DATE', '2019-05-20'),
    ('January 7th 1989', 'DATE', '1989-01-07'),
    ('the end of that year', 'DATE', '1989|1989-12'),
    ('the following year', 'DATE', '1990'),
    ('the three decades', 'DURATION', 'P30Y|P3E'),
    ('1995', 'DATE', '1995'),
    ('March 2011', 'DATE', '2011-03'),
    ('August 2016', 'DATE', '2016-08'),
    ('months', 'DURATION', 'PXM'),
    ('June 2017', 'DATE', '2017-06'),
    ('October', 'DATE', '2019-10'),
    ('December 2012', 'DATE', '2012-12'),
    ('Every year', 'SET', 'P1Y'),
    ('Wednesday', 'DATE', '2019-05-01'),
    ('This week', 'DATE', '2019-W17'),
    ('Tuesday', 'DATE', '2019-04-23'),
    ('October', 'DATE', '2019-10'),
]),

# 8. The Atlantic, long read (2021)
('2021-09-10', 'auto', """The Anniversary After the War

Twenty years after September 11, the war it started is over. The country it changed is still counting what it lost.

Michael Brennan was 11 years old when his father, a firefighter from a Brooklyn engine company, went into the South Tower and did not come out. He enlisted in the Marines in 2008, deployed twice to Helmand Province, and came home in the spring of 2012 with a bad knee and a conviction that the war had been worth it. He is less sure now. "I watched Kabul fall on my phone in a parking lot," he told me last week. "I sat there for an hour."

Tomorrow morning, Brennan will stand with other families at the memorial in Lower Manhattan as the names of the 2,977 people killed on September 11, 2001, are read aloud, a ritual that takes more than four hours. President Joe Biden is expected to visit all three sites of the attacks on Saturday. It will be the first anniversary in two decades with no American troops in Afghanistan.

The war began on October 7, 2001, with airstrikes on Taliban positions, and by December the regime had collapsed. Osama bin Laden slipped away from Tora Bora that winter and was killed nearly a decade later, in Pakistan, in May 2011. The end came after the Trump administration signed a deal with the Taliban in Doha in February 2020 and Biden announced in April that every remaining soldier would be out by September 11.

After the Taliban entered Kabul on August 15, more than 120,000 people were flown out in 17 days. On August 26, a suicide bomber killed 13 American service members and scores of Afghans outside the airport's Abbey Gate. Four days later, the last C-17 lifted off at 11:59 p.m., Kabul time.

"For 20 years we told ourselves we were fighting so nobody else's father would die the way mine did," Brennan said.

The reckoning in Washington is just beginning. The Senate Armed Services Committee plans hearings later this month, and Congress must decide what to do with the $3.3 billion the Pentagon requested for Afghan forces in fiscal 2022, which begins October 1. Meanwhile, tens of thousands of Afghan evacuees are living on military bases in Wisconsin, Texas and New Jersey, waiting weeks or months to be resettled.

Brennan visits his father's name at the memorial twice a year, on his birthday and on the anniversary. This year he is bringing his daughter, who is 6, and who asked him last month what a war was. "I want her to understand the past," he said. "I can't tell her much about the future."
""", [
    ('Twenty years', 'DURATION', 'P20Y'),
    ('September 11', 'DATE', '2001-09-11'),
    ('2008', 'DATE', '2008'),
    ('the spring of 2012', 'DATE', '2012-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last week', 'DATE', '2021-W35'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Tomorrow morning', 'DATE|TIME', '2021-09-11TMO'),
    ('September 11, 2001', 'DATE', '2001-09-11'),
    ('more than four hours', 'DURATION', 'PT4H'),
    ('Saturday', 'DATE', '2021-09-11'),
    ('two decades', 'DURATION', 'P20Y|P2E'),
    ('October 7, 2001', 'DATE', '2001-10-07'),
    ('December', 'DATE', '2001-12'),
    ('that winter', 'DATE', '2001-WI'),
    ('nearly a decade later', 'DATE', '2011'),
    ('May 2011', 'DATE', '2011-05'),
    ('February 2020', 'DATE', '2020-02'),
    ('April', 'DATE', '2021-04'),
    ('September 11', 'DATE', '2021-09-11'),
    ('August 15', 'DATE', '2021-08-15'),
    ('17 days', 'DURATION', 'P17D'),
    ('August 26', 'DATE', '2021-08-26'),
    ('Four days later', 'DATE', '2021-08-30'),
    ('11:59 p.m.', 'TIME', '2021-08-30T23:59'),
    ('20 years', 'DURATION', 'P20Y'),
    ('later this month', 'DATE', '2021-09'),
    ('fiscal 2022', 'DATE', 'FY2022|2022'),
    ('October 1', 'DATE', '2021-10-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('twice a year', 'SET', 'P1Y'),
    ('This year', 'DATE', '2021'),
    ('last month', 'DATE', '2021-08'),
    ('the past', 'DATE', 'PAST_REF'),
    ('the future', 'DATE', 'FUTURE_REF'),
]),

# 9. Le Monde in English, analysis (2023)
('2023-03-21', 'auto', """Pension reform: Borne's government survives, but the street is not done

France has argued over the age of retirement for four decades. The latest round is far from over.

By Julien Mercier
Published on March 21, 2023, at 7:30 am (Paris)

The government of Élisabeth Borne survived by nine votes. On Monday evening, a cross-party no-confidence motion tabled by the small centrist LIOT group won 278 votes in the National Assembly, nine short of the absolute majority needed to bring down the cabinet. A second motion, from the far-right Rassemblement National, gathered only 94. With that, the bill raising the legal retirement age from 62 to 64 was considered adopted. Borne had invoked Article 49.3 of the Constitution on Thursday afternoon to push it through without a vote.

The anger has not subsided. Spontaneous marches wound through central Paris again on Monday night, and police made more than 200 arrests. Polls published recently suggest that two-thirds of the French still oppose the reform. Piles of rubbish, uncollected since refuse workers walked out on March 6, line the pavements of several arrondissements. The unions have called a ninth round of nationwide strikes and demonstrations for Thursday, and rail and energy workers are expected to stop work again.

France has fought over retirement for four decades. François Mitterrand lowered the legal age to 60 in 1982, a symbol of the left's victory the previous year. In late 1995, three weeks of transport strikes forced Prime Minister Alain Juppé to abandon plans to overhaul the special pension regimes of railway workers. Nicolas Sarkozy raised the age to 62 in 2010 despite months of protests. Macron himself has tried before: his plan for a universal points-based system set off the longest rail strike in decades in December 2019, then was shelved in March 2020 as the Covid-19 pandemic shut the country down.

"The government won in the Assembly, but it has lost the country," Sophie Lambert, a union official in Lyon, said on Tuesday. "For two months we have marched peacefully, and for two months we have been ignored."

Emmanuel Macron, who has said nothing in public since Thursday, will give a televised interview on Wednesday at 1 pm. The left has asked the Constitutional Council to review the law, and the Council has a month to rule. Opponents are also pushing for a referendum of shared initiative, which would require 4.8 million signatures within nine months. King Charles III's state visit, due to begin on Sunday, could become a target for protesters.

If it survives those tests, the reform will take effect on September 1, raising the legal age by three months every year until it reaches 64 in 2030.
""", [
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('March 21, 2023, at 7:30 am', 'TIME', '2023-03-21T07:30'),
    ('Monday evening', 'DATE|TIME', '2023-03-20TEV'),
    ('Thursday afternoon', 'DATE|TIME', '2023-03-16TAF'),
    ('Monday night', 'DATE|TIME', '2023-03-20TNI'),
    ('recently', 'DATE', 'PAST_REF'),
    ('March 6', 'DATE', '2023-03-06'),
    ('Thursday', 'DATE', '2023-03-23'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('1982', 'DATE', '1982'),
    ('the previous year', 'DATE', '1981'),
    ('late 1995', 'DATE', '1995'),
    ('three weeks', 'DURATION', 'P3W'),
    ('2010', 'DATE', '2010'),
    ('months', 'DURATION', 'PXM'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('December 2019', 'DATE', '2019-12'),
    ('March 2020', 'DATE', '2020-03'),
    ('Tuesday', 'DATE', '2023-03-21'),
    ('two months', 'DURATION', 'P2M'),
    ('two months', 'DURATION', 'P2M'),
    ('Thursday', 'DATE', '2023-03-16'),
    ('Wednesday at 1 pm', 'TIME', '2023-03-22T13:00'),
    ('a month', 'DURATION', 'P1M'),
    ('nine months', 'DURATION', 'P9M'),
    ('Sunday', 'DATE', '2023-03-26'),
    ('September 1', 'DATE', '2023-09-01'),
    ('three months', 'DURATION', 'P3M'),
    ('every year', 'SET', 'P1Y'),
    ('2030', 'DATE', '2030'),
]),

# 10. The New Yorker, Letter from Southern Illinois (2024)
('2024-03-29', 'auto', """LETTER FROM SOUTHERN ILLINOIS

Twice in the Shadow

Most places see a total eclipse of the sun only rarely. Carbondale, Illinois, is about to get its second in less than seven years.

On the afternoon of August 21, 2017, about fifteen thousand people packed Saluki Stadium, at Southern Illinois University, to watch the moon slide across the sun. A few seconds before totality, a cloud drifted over. The crowd groaned; then, as the cloud thinned, it cheered. "I taught physics for thirty-one years, and I had never heard a sound like that," Martha Keel, who was in the stands that day, told me last week. She is retired now, and she has been counting down ever since.

The second show arrives on Monday, April 8th. This time the path of totality, which runs from Mazatlán, on Mexico's Pacific coast, to Newfoundland, crosses the path of 2017 a few miles south of town, and Carbondale will sit in darkness for about four minutes, beginning at 1:59 p.m. Every motel room within fifty miles has been booked since last summer, according to the local tourism office; one couple from Ohio reserved theirs in 2017, before the first eclipse was over.

Eclipses have always drawn American crowds. In June 1918, a total eclipse crossed the country from Washington State to Florida, and astronomers from the Naval Observatory hauled their telescopes to Baker, Oregon. The last one visible from the lower forty-eight before 2017 came in February 1979, over the Pacific Northwest; for thirty-eight years afterward, Americans who wanted to stand in the moon's shadow had to travel abroad. In 1973, a cruise ship sailed from New York to chase one off West Africa.

The city has spent months preparing. Portable toilets will arrive on Thursday, the university is opening its dormitories to visitors, and the police chief has cancelled all leave from April 6th through April 9th. "Our worry isn't the eclipse," the mayor said at a council meeting on Tuesday night. "It's the four hours after it, when everybody tries to leave at once." In 2017, some visitors sat in traffic on Interstate 57 for six hours.

Keel will watch from her back yard this time, with her grandchildren. After Monday, the wait will be long. The moon's shadow will not touch the lower forty-eight again until August 2044, and even then it will miss Illinois. "I'll be ninety-one," she said. "I'll go to Montana anyway."
""", [
    ('less than seven years', 'DURATION', 'P7Y'),
    ('the afternoon of August 21, 2017', 'DATE|TIME', '2017-08-21TAF'),
    ('A few seconds', 'DURATION', 'PTXS'),
    ('thirty-one years', 'DURATION', 'P31Y'),
    ('that day', 'DATE', '2017-08-21'),
    ('last week', 'DATE', '2024-W12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday, April 8th', 'DATE', '2024-04-08'),
    ('2017', 'DATE', '2017'),
    ('about four minutes', 'DURATION', 'PT4M'),
    ('1:59 p.m.', 'TIME', '2024-04-08T13:59'),
    ('last summer', 'DATE', '2023-SU'),
    ('2017', 'DATE', '2017'),
    ('June 1918', 'DATE', '1918-06'),
    ('2017', 'DATE', '2017'),
    ('February 1979', 'DATE', '1979-02'),
    ('thirty-eight years', 'DURATION', 'P38Y'),
    ('1973', 'DATE', '1973'),
    ('months', 'DURATION', 'PXM'),
    ('Thursday', 'DATE', '2024-04-04'),
    ('April 6th', 'DATE', '2024-04-06'),
    ('April 9th', 'DATE', '2024-04-09'),
    ('Tuesday night', 'DATE|TIME', '2024-03-26TNI'),
    ('the four hours', 'DURATION', 'PT4H'),
    ('2017', 'DATE', '2017'),
    ('six hours', 'DURATION', 'PT6H'),
    ('Monday', 'DATE', '2024-04-08'),
    ('August 2044', 'DATE', '2044-08'),
]),

# 11. Le Monde in English, feature (2024)
('2024-12-05', 'auto', """Notre-Dame reopens, five years and seven months after the fire

The cathedral's restoration, which many experts said would take decades, was finished on schedule. It now has to find its place again in a city that has changed around it.

By Hélène Dufresne

On Saturday evening, the Archbishop of Paris, Laurent Ulrich, will strike the great west doors of Notre-Dame three times with his crozier. The doors will open, and for the first time since the evening of April 15, 2019, a congregation will fill the nave. The first Mass will be celebrated at 10:30 am on Sunday.

The fire broke out in the roof space at around 6:20 pm that Monday, in a forest of oak beams cut in the 13th century. At about 7:50 pm, the 19th-century spire designed by Eugène Viollet-le-Duc collapsed into the nave. Firefighters needed nearly 15 hours to declare the blaze fully extinguished. The next day, Emmanuel Macron promised to rebuild the cathedral "even more beautiful" within five years.

Many experts said it could not be done in less than a decade. It took five years and seven months, some 2,000 craftspeople and €846 million in donations from around 340,000 donors in 150 countries. There were setbacks: lead contamination closed the site for a month in the summer of 2019, the Covid-19 lockdown halted work in the spring of 2020, and General Jean-Louis Georgelin, the former army chief who ran the project with an iron hand, died in a mountain accident in August 2023.

The cathedral has been saved before. Construction began in 1163 and was not finished until around 1345. In the 1830s the building was in such poor repair that Victor Hugo's novel, published in 1831, helped shame the state into restoring it; Viollet-le-Duc's campaign lasted from 1844 to 1864.

About 50 heads of state and government are expected on Saturday, among them Donald Trump, who will be making his first trip abroad since his election last month. Pope Francis declined the invitation and will visit Corsica on December 15 instead. The ceremony offers a rare bright moment for Macron, whose prime minister, Michel Barnier, was toppled by a no-confidence vote on Wednesday evening, the first to succeed since 1962.

From December 16, the cathedral will be open every day, and entry will remain free. On Christmas Eve, its choir will sing in the nave for the first time since 2018. The diocese expects up to 15 million visitors annually, against 12 million before the fire. "We have given Parisians back their cathedral," said a stonemason from Burgundy who has worked on the site since 2021. "Now they have to give it back its silence."
""", [
    ('five years and seven months', 'DURATION', 'P5Y7M'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday evening', 'DATE|TIME', '2024-12-07TEV'),
    ('the evening of April 15, 2019', 'DATE|TIME', '2019-04-15TEV'),
    ('10:30 am on Sunday', 'TIME', '2024-12-08T10:30'),
    ('around 6:20 pm that Monday', 'TIME', '2019-04-15T18:20'),
    ('the 13th century', 'DATE', '12'),
    ('about 7:50 pm', 'TIME', '2019-04-15T19:50'),
    ('19th-century', 'DATE', '18'),
    ('nearly 15 hours', 'DURATION', 'PT15H'),
    ('The next day', 'DATE', '2019-04-16'),
    ('five years', 'DURATION', 'P5Y'),
    ('less than a decade', 'DURATION', 'P10Y|P1E'),
    ('five years and seven months', 'DURATION', 'P5Y7M'),
    ('a month', 'DURATION', 'P1M'),
    ('the summer of 2019', 'DATE', '2019-SU'),
    ('the spring of 2020', 'DATE', '2020-SP'),
    ('August 2023', 'DATE', '2023-08'),
    ('1163', 'DATE', '1163'),
    ('around 1345', 'DATE', '1345'),
    ('the 1830s', 'DATE', '183'),
    ('1831', 'DATE', '1831'),
    ('1844', 'DATE', '1844'),
    ('1864', 'DATE', '1864'),
    ('Saturday', 'DATE', '2024-12-07'),
    ('last month', 'DATE', '2024-11'),
    ('December 15', 'DATE', '2024-12-15'),
    ('Wednesday evening', 'DATE|TIME', '2024-12-04TEV'),
    ('1962', 'DATE', '1962'),
    ('December 16', 'DATE', '2024-12-16'),
    ('every day', 'SET', 'P1D'),
    ('Christmas Eve', 'DATE', '2024-12-24'),
    ('2018', 'DATE', '2018'),
    ('annually', 'SET', 'P1Y'),
    ('2021', 'DATE', '2021'),
    ('Now', 'DATE', 'PRESENT_REF'),
]),

# 12. Foreign Affairs, analysis (2025)
('2025-02-04', 'auto', """Who Owns the Panama Canal?
Trump's Pressure Campaign Revives an Old Quarrel

February 4, 2025

When Secretary of State Marco Rubio landed in Panama City on Saturday, he carried a blunt message: China's influence over the Panama Canal was unacceptable, and if Panama did not curb it, Washington would "take measures necessary" to protect its rights. On Sunday, President José Raúl Mulino announced that Panama would not renew the 2017 agreement under which it joined China's Belt and Road Initiative. Rubio flew on to El Salvador the next day.

The visit followed weeks of threats. In December, Donald Trump complained that Panama was charging American ships "ridiculous" fees, and in his inaugural address on January 20 he declared, "We're taking it back."

The United States engineered Panama's separation from Colombia in 1903 and, under a treaty signed that November, acquired rights "in perpetuity" over a strip across the isthmus. The canal opened on August 15, 1914. For most of the next 85 years, the Canal Zone was an American enclave. On January 9, 1964, riots over the right to fly Panama's flag in the zone left more than 20 people dead, an episode Panamanians commemorate every year.

It took 13 years of negotiation before Jimmy Carter and Omar Torrijos signed the treaties, on September 7, 1977, that promised to transfer the canal at noon on December 31, 1999. The Senate ratified them, with one vote to spare, the following spring. In December 1989, American troops invaded Panama to remove Manuel Noriega, but the handover went ahead. A generation ago, it was hailed as proof that a small country could reclaim its sovereignty without a war. By most measures, Panama has run the canal well since then: it completed a $5.2 billion expansion in 2016 and sent nearly $2.5 billion to the national treasury in fiscal 2024.

The Chinese question is narrower than Trump suggests. What worries Washington are the ports at either end, Balboa and Cristóbal, which a subsidiary of the Hong Kong conglomerate CK Hutchison has operated since 1997; the concession was renewed in 2021 for 25 years. Panama's comptroller opened an audit of that contract last month, and its findings are expected in the coming weeks.

The canal also faces a problem that no treaty can solve. A drought in 2023 forced the authority to cut the number of ships passing each day from about 36 to as few as 22, and for months vessels queued at both ends.

For now, Mulino, who insists that the canal is and will remain Panamanian, has bought himself time. Whether it is enough may depend on what Trump decides he meant by "taking it back."
""", [
    ('February 4, 2025', 'DATE', '2025-02-04'),
    ('Saturday', 'DATE', '2025-02-01'),
    ('Sunday', 'DATE', '2025-02-02'),
    ('2017', 'DATE', '2017'),
    ('the next day', 'DATE', '2025-02-03'),
    ('weeks', 'DURATION', 'PXW'),
    ('December', 'DATE', '2024-12'),
    ('January 20', 'DATE', '2025-01-20'),
    ('1903', 'DATE', '1903'),
    ('that November', 'DATE', '1903-11'),
    ('August 15, 1914', 'DATE', '1914-08-15'),
    ('the next 85 years', 'DURATION', 'P85Y'),
    ('January 9, 1964', 'DATE', '1964-01-09'),
    ('every year', 'SET', 'P1Y'),
    ('13 years', 'DURATION', 'P13Y'),
    ('September 7, 1977', 'DATE', '1977-09-07'),
    ('noon on December 31, 1999', 'TIME', '1999-12-31T12:00'),
    ('the following spring', 'DATE', '1978-SP'),
    ('December 1989', 'DATE', '1989-12'),
    ('A generation ago', 'DATE', 'PAST_REF'),
    ('2016', 'DATE', '2016'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('1997', 'DATE', '1997'),
    ('2021', 'DATE', '2021'),
    ('25 years', 'DURATION', 'P25Y'),
    ('last month', 'DATE', '2025-01'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('2023', 'DATE', '2023'),
    ('each day', 'SET', 'P1D'),
    ('months', 'DURATION', 'PXM'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
]
