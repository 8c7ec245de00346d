PROBES = [
('2022-05-09', 'auto', """Julius Caesar

Gaius Julius Caesar was a Roman general and statesman whose career brought about the end of the Roman Republic. He was born in Rome on 12 July 100 BC into an old patrician family that had little money or political influence.

Caesar rose steadily through the offices of the state and was elected consul in 59 BC. The following year he took command of the provinces of Gaul, where he fought for eight years. His campaigns, which he described in his own commentaries, made him rich and enormously popular with his soldiers, but they alarmed his enemies in the Senate.

In January 49 BC the Senate ordered him to give up his army. Instead he crossed the Rubicon river into Italy with a single legion, starting a civil war. His rival Pompey fled to Greece within weeks, and in August 48 BC Caesar defeated him at Pharsalus. Pompey escaped to Egypt, where he was murdered a few weeks later. Caesar followed him to Alexandria and became involved with the young queen Cleopatra.

Over the next three years he defeated the remaining republican armies in Africa and Spain. He returned to Rome in the autumn of 45 BC, and early the next year the Senate named him dictator for life. He planned new colonies, enlarged the Senate and reformed the calendar, which had drifted badly out of step with the sun. His Julian calendar, introduced in 46 BC, remained in use across much of Europe for more than 1,600 years.

Many senators feared that he meant to make himself king. On 15 March 44 BC, the Ides of March, a group of about 60 conspirators led by Brutus and Cassius stabbed him to death at a meeting of the Senate. His funeral was held five days later, and the crowd, stirred by a speech from Mark Antony, burned his body in the Forum.

His great-nephew and adopted heir, Octavian, defeated Antony and Cleopatra in 31 BC and four years later took the name Augustus, becoming the first Roman emperor. Today Caesar's name survives in the titles Kaiser and Tsar.
""", [
    ('12 July 100 BC', 'DATE', '-0099-07-12|BC0100-07-12'),
    ('59 BC', 'DATE', '-0058|BC0059'),
    ('The following year', 'DATE', '-0057|BC0058'),
    ('eight years', 'DURATION', 'P8Y'),
    ('January 49 BC', 'DATE', '-0048-01|BC0049-01'),
    ('weeks', 'DURATION', 'PXW'),
    ('August 48 BC', 'DATE', '-0047-08|BC0048-08'),
    ('a few weeks later', 'DATE', None),
    ('the next three years', 'DURATION', 'P3Y'),
    ('the autumn of 45 BC', 'DATE', '-0044-FA|BC0045-FA'),
    ('early the next year', 'DATE', '-0043|BC0044'),
    ('46 BC', 'DATE', '-0045|BC0046'),
    ('more than 1,600 years', 'DURATION', 'P1600Y'),
    ('15 March 44 BC', 'DATE', '-0043-03-15|BC0044-03-15'),
    ('the Ides of March', 'DATE', '-0043-03-15|BC0044-03-15'),
    ('five days later', 'DATE', '-0043-03-20|BC0044-03-20'),
    ('31 BC', 'DATE', '-0030|BC0031'),
    ('four years later', 'DATE', '-0026|BC0027'),
    ('Today', 'DATE', '2022-05-09|PRESENT_REF'),
]),
('2019-10-15', 'auto', """History - Lesson 4: How the First World War began

By the early 20th century, the great powers of Europe had split into two armed camps. Germany, Austria-Hungary and Italy formed the Triple Alliance; France, Russia and Britain were loosely tied together in the Triple Entente. Each side had spent years building up its army and navy.

On 28 June 1914, Archduke Franz Ferdinand, heir to the Austro-Hungarian throne, was shot dead in Sarajevo by Gavrilo Princip, a young Bosnian Serb nationalist. For almost a month, little seemed to happen. Then, on 23 July, Austria-Hungary sent Serbia an ultimatum and gave it 48 hours to reply. Serbia accepted nearly all of the demands, but five days later Austria-Hungary declared war anyway.

What followed is often compared to a row of falling dominoes. Russia ordered a general mobilisation on 30 July. Germany declared war on Russia on 1 August and on France two days later. When German troops marched into neutral Belgium, Britain sent an ultimatum of its own, which expired at 11 p.m. London time on 4 August 1914. That night Britain, too, was at war.

Most people expected a short war. Cheering crowds filled the streets of Berlin, Paris and London that summer, and many soldiers believed they would be home by Christmas. Instead, after the German advance was stopped at the Marne in September, both sides dug trenches that eventually stretched from the Channel to Switzerland. By the end of the year, the armies faced each other across a line that would barely move for more than three years.

The war killed about nine million soldiers. It ended with an armistice signed in a railway carriage at 5 a.m. on 11 November 1918, which took effect at 11 a.m. the same morning.

Key question: how did a murder in the Balkans lead to a war between the great powers within six weeks?

Homework: Write a one-page answer to the key question, using at least three of the sources in your booklet, and hand it in next Monday.
""", [
    ('the early 20th century', 'DATE', '19'),
    ('years', 'DURATION', 'PXY'),
    ('28 June 1914', 'DATE', '1914-06-28'),
    ('almost a month', 'DURATION', 'P1M'),
    ('23 July', 'DATE', '1914-07-23'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('five days later', 'DATE', '1914-07-28'),
    ('30 July', 'DATE', '1914-07-30'),
    ('1 August', 'DATE', '1914-08-01'),
    ('two days later', 'DATE', '1914-08-03'),
    ('11 p.m.', 'TIME', '1914-08-04T23:00'),
    ('4 August 1914', 'DATE', '1914-08-04'),
    ('That night', 'TIME', '1914-08-04TNI'),
    ('that summer', 'DATE', '1914-SU'),
    ('Christmas', 'DATE', '1914-12-25'),
    ('September', 'DATE', '1914-09'),
    ('the end of the year', 'DATE', '1914'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('5 a.m.', 'TIME', '1918-11-11T05:00'),
    ('11 November 1918', 'DATE', '1918-11-11'),
    ('11 a.m.', 'TIME', '1918-11-11T11:00'),
    ('the same morning', 'TIME', '1918-11-11TMO'),
    ('six weeks', 'DURATION', 'P6W'),
    ('next Monday', 'DATE', '2019-10-21'),
]),
('2017-11-07', 'auto', """Marie Curie: a life in science

Marie Curie was born Maria Sklodowska in Warsaw on 7 November 1867, the youngest of five children of two schoolteachers. Women could not attend university in Russian-ruled Poland, so for several years she worked as a governess and studied in secret at the underground Flying University.

In the autumn of 1891 she moved to Paris and enrolled at the Sorbonne, living on bread and tea in an unheated attic. She earned a degree in physics in 1893 and a second degree, in mathematics, the following year. That spring she was introduced to Pierre Curie, a physicist who studied magnetism; they married in July 1895.

Inspired by Henri Becquerel's discovery of uranium rays in early 1896, she chose the mysterious radiation as the subject of her doctoral research. Working in a leaky shed, the couple announced the discovery of polonium in July 1898 and of radium in December. In 1903 they shared the Nobel Prize in Physics with Becquerel.

Tragedy struck three years later. On 19 April 1906, Pierre slipped in front of a horse-drawn wagon in the rue Dauphine and was killed instantly. The next month, Marie was offered his chair, becoming the first woman to teach at the Sorbonne. In 1911 she received a second Nobel Prize, this time in chemistry.

During the First World War she designed mobile X-ray units, known as "little Curies", which examined more than a million wounded soldiers between 1914 and 1918. She often drove them to the front herself.

Years of exposure to radiation ruined her health. She died of aplastic anaemia on 4 July 1934 at a sanatorium in the French Alps. Her laboratory notebooks are still so radioactive that they are kept in lead-lined boxes, and they will remain dangerous for about 1,500 years. In 1995 her remains were moved to the Pantheon in Paris, where she was the first woman to be honoured for her own achievements.

Today, more than eight decades after her death, she remains the only person to have won Nobel Prizes in two different sciences.
""", [
    ('7 November 1867', 'DATE', '1867-11-07'),
    ('several years', 'DURATION', 'PXY'),
    ('the autumn of 1891', 'DATE', '1891-FA'),
    ('1893', 'DATE', '1893'),
    ('the following year', 'DATE', '1894'),
    ('That spring', 'DATE', '1894-SP'),
    ('July 1895', 'DATE', '1895-07'),
    ('early 1896', 'DATE', '1896'),
    ('July 1898', 'DATE', '1898-07'),
    ('December', 'DATE', '1898-12'),
    ('1903', 'DATE', '1903'),
    ('three years later', 'DATE', '1906'),
    ('19 April 1906', 'DATE', '1906-04-19'),
    ('The next month', 'DATE', '1906-05'),
    ('1911', 'DATE', '1911'),
    ('1914', 'DATE', '1914'),
    ('1918', 'DATE', '1918'),
    ('Years', 'DURATION', 'PXY'),
    ('4 July 1934', 'DATE', '1934-07-04'),
    ('about 1,500 years', 'DURATION', 'P1500Y'),
    ('1995', 'DATE', '1995'),
    ('Today', 'DATE', '2017-11-07|PRESENT_REF'),
    ('more than eight decades', 'DURATION', 'P8DE|P80Y'),
]),
('2023-03-18', 'auto', """Eleanor Whitcombe, lighthouse keeper and author, dies at 94

Eleanor Whitcombe, who kept the light at Gull Point for 30 years and later wrote a much-loved series of children's books about the sea, died on Tuesday at her home in Port Ellis. She was 94.

Her son, Daniel, said she had been frail since a fall last autumn but remained "sharp as a tack" to the end.

Born on 2 February 1929 in a fishing village on the north coast, Eleanor was the daughter of a trawlerman who drowned when she was six. She left school at 14 and worked in a fish cannery throughout the war. In 1951 she married Thomas Whitcombe, assistant keeper at Gull Point, and that spring the couple moved to the remote station.

Two years later Thomas was appointed principal keeper. When he died of a heart attack in the winter of 1962, the lighthouse service, which had never employed a woman as a keeper, offered her the post for six months "until a suitable man can be found". She stayed until the light was automated in 1992.

Her logbooks record gales, shipwrecks and her most famous rescue. On 14 October 1971, at about 2 a.m., she rowed out alone through heavy seas to reach three fishermen whose boat had struck the reef. She was awarded a medal for gallantry the following spring.

Her first book, The Keeper's Cat, appeared in 1994 and was followed by eleven more over the next two decades. In the 2000s she became a familiar figure at literary festivals, where she read aloud to children every summer.

Last year she published a memoir, Light Work, which she had written by hand over 18 months. "I have lived through most of the last century and a good part of this century," she wrote in its final chapter, "and nothing has changed so much as the sea has stayed the same."

She is survived by her son and four grandchildren. A funeral will be held at St Anne's Church, Port Ellis, on Friday at 11 a.m.
""", [
    ('30 years', 'DURATION', 'P30Y'),
    ('Tuesday', 'DATE', '2023-03-14'),
    ('last autumn', 'DATE', '2022-FA'),
    ('2 February 1929', 'DATE', '1929-02-02'),
    ('1951', 'DATE', '1951'),
    ('that spring', 'DATE', '1951-SP'),
    ('Two years later', 'DATE', '1953'),
    ('the winter of 1962', 'DATE', '1962-WI'),
    ('six months', 'DURATION', 'P6M'),
    ('1992', 'DATE', '1992'),
    ('14 October 1971', 'DATE', '1971-10-14'),
    ('about 2 a.m.', 'TIME', '1971-10-14T02:00'),
    ('the following spring', 'DATE', '1972-SP'),
    ('1994', 'DATE', '1994'),
    ('the next two decades', 'DURATION', 'P2DE|P20Y'),
    ('the 2000s', 'DATE', '200'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('Last year', 'DATE', '2022'),
    ('18 months', 'DURATION', 'P18M'),
    ('the last century', 'DATE', '19'),
    ('this century', 'DATE', '20'),
    ('Friday', 'DATE', '2023-03-24'),
    ('11 a.m.', 'TIME', '2023-03-24T11:00'),
]),
('2020-06-01', 'auto', """Our history

Hartley & Sons began in 1887 as a one-room bicycle repair shop on Mill Lane, Leicester, run by a former blacksmith named Joseph Hartley. Within a decade he was building frames of his own design, and by the end of the century the firm employed 40 people and sold its bicycles as far away as Glasgow.

Joseph's sons, Albert and Walter, joined the business as apprentices and took it over when their father retired in 1906. Four years later they moved production to a new brick factory on the edge of town. In March, the brothers showed their first motorcycle at the Olympia cycle show in London, where it won a silver medal.

During the First World War the factory made shell casings for the army. The 1920s were the company's golden age: its Hartley Sprite motorcycle, launched in 1924, won its class at the Isle of Man TT two years later and had sold more than 20,000 units by 1930.

The Depression hit hard. In the winter of 1931 the firm laid off half its workers, and for three years it survived almost entirely on repair work. After the Second World War, Walter's grandson Peter took the company back to its roots with a range of lightweight touring bicycles that sold well throughout the 1950s.

Cheap imports brought new trouble in the 1970s. On 30 September 1983 the Mill Lane factory closed for good, and production moved to a smaller site in Coalville, where it remains today.

In 2012 the company was bought by its employees. Since then it has specialised in electric bicycles, and last year it sold more of them than in the previous five years combined.

This year we celebrate 133 years of making things that move. We are still a family business, even if the family is now 96 people strong.
""", [
    ('1887', 'DATE', '1887'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('the end of the century', 'DATE', '18'),
    ('1906', 'DATE', '1906'),
    ('Four years later', 'DATE', '1910'),
    ('March', 'DATE', '1910-03'),
    ('The 1920s', 'DATE', '192'),
    ('1924', 'DATE', '1924'),
    ('two years later', 'DATE', '1926'),
    ('1930', 'DATE', '1930'),
    ('the winter of 1931', 'DATE', '1931-WI'),
    ('three years', 'DURATION', 'P3Y'),
    ('the 1950s', 'DATE', '195'),
    ('the 1970s', 'DATE', '197'),
    ('30 September 1983', 'DATE', '1983-09-30'),
    ('today', 'DATE', '2020-06-01|PRESENT_REF'),
    ('2012', 'DATE', '2012'),
    ('last year', 'DATE', '2019'),
    ('the previous five years', 'DURATION', 'P5Y'),
    ('This year', 'DATE', '2020'),
    ('133 years', 'DURATION', 'P133Y'),
    ('now', 'DATE', 'PRESENT_REF'),
]),
('2018-04-20', 'auto', """Gallery 3, Case 12
The Halden Brooch

Gilded silver, garnet and glass
Southern Scandinavia or eastern England, the 5th century

This brooch was probably made between AD 450 and 500 for a woman of high rank. It fastened a heavy woollen cloak at the shoulder, and its owner would have worn it every day. Wear on the pin and the rubbed-down animal heads on its edge show that it was used for many years before it was buried with its last owner in the early 6th century.

The grave lay undisturbed for about 1,300 years. It was discovered in the late 18th century by labourers digging a drainage ditch at Halden Farm, near the river. According to the estate's account book, the find was made on 3 May 1791, and the landowner, Sir Henry Ashby, paid each of the men a guinea the next day. Ashby kept the brooch in a cabinet in his library and showed it to visitors as a Roman treasure.

After his death in 1823, the brooch passed to his nephew, who sold it at auction in London in June 1849. Throughout the 19th century it changed hands between private collectors, and scholars continued to believe it was Roman. Only in the 1920s, when it was compared with similar finds from Norway and Kent, was its true origin recognised.

The museum bought the brooch in 1958 with the help of a public appeal. It was cleaned in 2004, when X-rays revealed a short runic inscription on the back. The runes appear to spell a woman's name, perhaps that of the owner or of the craftsman's patron.

The brooch was removed from display last year for further study and returns to the gallery this spring. Please do not touch the glass.
""", [
    ('the 5th century', 'DATE', '04'),
    ('AD 450', 'DATE', '0450'),
    ('500', 'DATE', '0500'),
    ('every day', 'SET', 'P1D'),
    ('many years', 'DURATION', 'PXY'),
    ('the early 6th century', 'DATE', '05'),
    ('about 1,300 years', 'DURATION', 'P1300Y'),
    ('the late 18th century', 'DATE', '17'),
    ('3 May 1791', 'DATE', '1791-05-03'),
    ('the next day', 'DATE', '1791-05-04'),
    ('1823', 'DATE', '1823'),
    ('June 1849', 'DATE', '1849-06'),
    ('the 19th century', 'DATE', '18'),
    ('the 1920s', 'DATE', '192'),
    ('1958', 'DATE', '1958'),
    ('2004', 'DATE', '2004'),
    ('last year', 'DATE', '2017'),
    ('this spring', 'DATE', '2018-SP'),
]),
('2019-07-20', 'auto', """From the archives: July 20

On July 20, 1969, two Americans became the first people to walk on the Moon. The lunar module Eagle touched down in the Sea of Tranquility at 4:17 p.m. Eastern time, after a descent so tense that mission controllers in Houston later admitted they had been holding their breath. Neil Armstrong climbed down the ladder shortly before 11 p.m., and Buzz Aldrin followed him soon afterwards. The two men spent about two and a half hours outside, planting a flag and collecting 47 pounds of rock. They lifted off the next day, rejoined Michael Collins in lunar orbit and splashed down in the Pacific on July 24.

The landing fulfilled a challenge set by President John F. Kennedy in May 1961, when he asked Congress to commit the nation to landing a man on the Moon "before this decade is out." Only ten more astronauts have walked on its surface since, the last of them in December 1972.

Other anniversaries:

In 1944, Colonel Claus von Stauffenberg left a briefcase bomb at Hitler's headquarters in East Prussia. It exploded at 12:42 p.m., but Hitler survived with minor injuries. Stauffenberg flew back to Berlin, where he was arrested that evening and shot by a firing squad shortly after midnight.

In 1810, citizens of Bogota rose against the Spanish colonial authorities. Colombia now marks the uprising as the beginning of its struggle for independence.

In 1976, the Viking 1 lander touched down on Mars and sent back the first clear pictures from its surface.

Birthdays: the Italian poet Petrarch, born in 1304, and the New Zealand mountaineer Edmund Hillary, born in 1919, who with Tenzing Norgay became the first to reach the summit of Everest in May 1953.
""", [
    ('July 20', 'DATE', '2019-07-20|XXXX-07-20'),
    ('July 20, 1969', 'DATE', '1969-07-20'),
    ('4:17 p.m.', 'TIME', '1969-07-20T16:17'),
    ('11 p.m.', 'TIME', '1969-07-20T23:00'),
    ('about two and a half hours', 'DURATION', 'PT2H30M|PT2.5H|PT150M'),
    ('the next day', 'DATE', '1969-07-21'),
    ('July 24', 'DATE', '1969-07-24'),
    ('May 1961', 'DATE', '1961-05'),
    ('this decade', 'DATE', '196'),
    ('December 1972', 'DATE', '1972-12'),
    ('1944', 'DATE', '1944'),
    ('12:42 p.m.', 'TIME', '1944-07-20T12:42'),
    ('that evening', 'TIME', '1944-07-20TEV'),
    ('midnight', 'TIME', '1944-07-21T00:00|1944-07-20T24:00|1944-07-20TMI'),
    ('1810', 'DATE', '1810'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1976', 'DATE', '1976'),
    ('1304', 'DATE', '1304'),
    ('1919', 'DATE', '1919'),
    ('May 1953', 'DATE', '1953-05'),
]),
('2014-05-30', 'auto', """When the dam broke

Memorial Day 1889 was wet in western Pennsylvania. A storm that had crossed the Great Plains reached the Allegheny Mountains that evening, and in less than 24 hours it dropped as much as ten inches of rain on the hills above Johnstown, a steel town of 30,000 people.

Fourteen miles upstream stood the South Fork Dam, an earthen wall built by the state between 1838 and 1853 to feed a canal. By the time it was finished, the railroads had made the canal obsolete, and the dam was neglected for years. In 1879 it was bought by the South Fork Fishing and Hunting Club, a mountain retreat for wealthy Pittsburgh industrialists, among them Andrew Carnegie and Henry Clay Frick. The club lowered the crest to widen a road, screened the spillway to keep its fish in and never replaced the discharge pipes.

On Friday, May 31, the lake rose about an inch every ten minutes. Workers spent the morning trying to dig a second spillway, and the club's young engineer, John Parke, rode to the nearest telegraph office to warn the towns below. Shortly after 3 p.m. the dam gave way. The lake, two miles long, emptied in about 40 minutes.

The wave, carrying trees, houses and railway cars, took nearly an hour to travel the 14 miles to Johnstown. It struck the town at about 4:07 p.m., and much of it was gone almost at once. That night, debris piled against the Stone Bridge caught fire, and about 80 people trapped in the wreckage died in the flames. The fire burned for three days.

In all, 2,209 people were killed. Clara Barton and the American Red Cross arrived on June 5 and stayed for five months. Survivors sued the club, but no court ever held its members responsible.

Johnstown flooded again in March 1936 and in July 1977. Today the dam's broken abutments are part of a national memorial, and visitors can walk across the old lake bed where the water once stood.
""", [
    ('Memorial Day 1889', 'DATE', '1889-05-30'),
    ('that evening', 'TIME', '1889-05-30TEV'),
    ('less than 24 hours', 'DURATION', 'PT24H|P1D'),
    ('1838', 'DATE', '1838'),
    ('1853', 'DATE', '1853'),
    ('years', 'DURATION', 'PXY'),
    ('1879', 'DATE', '1879'),
    ('Friday, May 31', 'DATE', '1889-05-31'),
    ('every ten minutes', 'SET', 'PT10M'),
    ('the morning', 'TIME', '1889-05-31TMO'),
    ('3 p.m.', 'TIME', '1889-05-31T15:00'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('nearly an hour', 'DURATION', 'PT1H'),
    ('about 4:07 p.m.', 'TIME', '1889-05-31T16:07'),
    ('That night', 'TIME', '1889-05-31TNI'),
    ('three days', 'DURATION', 'P3D'),
    ('June 5', 'DATE', '1889-06-05'),
    ('five months', 'DURATION', 'P5M'),
    ('March 1936', 'DATE', '1936-03'),
    ('July 1977', 'DATE', '1977-07'),
    ('Today', 'DATE', '2014-05-30|PRESENT_REF'),
]),
('2021-11-02', 'auto', """The long road of Okafor v. Brandt Chemicals

The legal battle that ended in the state Supreme Court on Thursday began in a village kitchen nearly 20 years ago. In the summer of 2002, Grace Okafor noticed that the well water at her home in Millbrook smelled of paint thinner. Tests ordered by the county that October found trichloroethylene at 40 times the legal limit.

Brandt Chemicals, which had run a solvent plant two miles upstream from 1968 to 1995, denied that it was the source. Okafor and 37 of her neighbours filed suit on 14 January 2004. For the next three years the two sides fought over evidence, and the company produced more than a million pages of documents, including a 1979 memo in which its own engineer warned that waste was leaking into the groundwater.

The trial finally opened on 5 March 2007 and lasted nearly eleven weeks. On 22 May, after deliberating for four days, the jury found Brandt liable and awarded the residents $48 million.

Brandt appealed. The appeals court heard arguments the following year and in March 2009 cut the award in half, ruling that the judge had given the jury faulty instructions. Both sides appealed again. In 2011 the state Supreme Court ordered a new trial, but the second jury could not agree on a verdict, and the judge declared a mistrial shortly before Christmas 2012.

Okafor did not live to see the end of the case. She died in 2016, and her daughter, Adaeze, took her place as lead plaintiff. A third trial in the autumn of 2018 ended with a verdict for the residents, and the long cycle of appeals began again.

On Thursday, the Supreme Court upheld that verdict in full. Brandt said the next day that it would not seek a rehearing, and lawyers for the residents said payments could begin early next year.

"Seventeen years is a long time to wait for justice," Adaeze Okafor said outside the courthouse. "My mother always said she would see this through. In a way, she has."
""", [
    ('Thursday', 'DATE', '2021-10-28'),
    ('nearly 20 years ago', 'DATE', '2001|2002|200'),
    ('the summer of 2002', 'DATE', '2002-SU'),
    ('that October', 'DATE', '2002-10'),
    ('1968', 'DATE', '1968'),
    ('1995', 'DATE', '1995'),
    ('14 January 2004', 'DATE', '2004-01-14'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('1979', 'DATE', '1979'),
    ('5 March 2007', 'DATE', '2007-03-05'),
    ('nearly eleven weeks', 'DURATION', 'P11W'),
    ('22 May', 'DATE', '2007-05-22'),
    ('four days', 'DURATION', 'P4D'),
    ('the following year', 'DATE', '2008'),
    ('March 2009', 'DATE', '2009-03'),
    ('2011', 'DATE', '2011'),
    ('Christmas 2012', 'DATE', '2012-12-25'),
    ('2016', 'DATE', '2016'),
    ('the autumn of 2018', 'DATE', '2018-FA'),
    ('Thursday', 'DATE', '2021-10-28'),
    ('the next day', 'DATE', '2021-10-29'),
    ('early next year', 'DATE', '2022'),
    ('Seventeen years', 'DURATION', 'P17Y'),
]),
('2019-09-01', 'auto', """Timeline: the Second World War in Europe

The war in Europe lasted from 1939 to 1945, almost six years, and cost the lives of tens of millions of soldiers and civilians. These are some of its turning points.

1 September 1939: At 4:45 a.m., German forces invade Poland. Britain and France declare war on Germany two days later.

17 September 1939: The Soviet Union invades Poland from the east.

22 September 1939: Three weeks after the invasion, German and Soviet troops hold a joint victory parade in Brest-Litovsk. Warsaw surrenders six days later.

For the next seven months there is almost no fighting in the west, a period the British press calls the Phoney War.

10 May 1940: Germany attacks France, Belgium and the Netherlands. On the same day, Winston Churchill becomes British prime minister.

22 June 1940: France signs an armistice in the same railway carriage in which Germany had signed its own surrender in 1918.

July to October 1940: The Luftwaffe fails to win control of the skies over southern England in the Battle of Britain.

22 June 1941: Germany invades the Soviet Union with more than three million men.

2 February 1943: The last German troops at Stalingrad surrender after a battle that has lasted more than five months.

6 June 1944: Allied troops land on the beaches of Normandy. By the end of August, Paris has been liberated.

16 December 1944: Germany launches its last major offensive, in the Ardennes. It has failed by late January.

30 April 1945: Hitler kills himself in his Berlin bunker. The city's garrison surrenders two days later.

8 May 1945: Germany's unconditional surrender takes effect at 11:01 p.m. Central European Time. In London, huge crowds celebrate that night outside Buckingham Palace. The war against Japan goes on for more than three months.
""", [
    ('1939', 'DATE', '1939'),
    ('1945', 'DATE', '1945'),
    ('almost six years', 'DURATION', 'P6Y'),
    ('1 September 1939', 'DATE', '1939-09-01'),
    ('4:45 a.m.', 'TIME', '1939-09-01T04:45'),
    ('two days later', 'DATE', '1939-09-03'),
    ('17 September 1939', 'DATE', '1939-09-17'),
    ('22 September 1939', 'DATE', '1939-09-22'),
    ('Three weeks', 'DURATION|DATE', 'P3W|1939-09-22'),
    ('six days later', 'DATE', '1939-09-28'),
    ('the next seven months', 'DURATION', 'P7M'),
    ('10 May 1940', 'DATE', '1940-05-10'),
    ('the same day', 'DATE', '1940-05-10'),
    ('22 June 1940', 'DATE', '1940-06-22'),
    ('1918', 'DATE', '1918'),
    ('July', 'DATE', '1940-07'),
    ('October 1940', 'DATE', '1940-10'),
    ('22 June 1941', 'DATE', '1941-06-22'),
    ('2 February 1943', 'DATE', '1943-02-02'),
    ('more than five months', 'DURATION', 'P5M'),
    ('6 June 1944', 'DATE', '1944-06-06'),
    ('the end of August', 'DATE', '1944-08'),
    ('16 December 1944', 'DATE', '1944-12-16'),
    ('late January', 'DATE', '1945-01'),
    ('30 April 1945', 'DATE', '1945-04-30'),
    ('two days later', 'DATE', '1945-05-02'),
    ('8 May 1945', 'DATE', '1945-05-08'),
    ('11:01 p.m.', 'TIME', '1945-05-08T23:01'),
    ('that night', 'TIME', '1945-05-08TNI'),
    ('more than three months', 'DURATION', 'P3M'),
]),
('2018-09-03', 'auto', """How a mouldy dish changed medicine

In the summer of 1928, Alexander Fleming, a bacteriologist at St Mary's Hospital in London, left a stack of culture plates on his laboratory bench and went on holiday with his family for several weeks. When he returned on 3 September, he noticed that one dish of Staphylococcus had been contaminated by a mould, and that the bacteria around it had been destroyed.

Fleming grew the mould, identified it as a species of Penicillium, and named the substance it produced penicillin. He published his findings the following June, but he could not purify the drug in useful amounts, and for about a decade his discovery attracted little attention.

That changed at Oxford in the late 1930s, when a team led by Howard Florey and Ernst Chain set out to study natural antibacterial substances. On 25 May 1940 they infected eight mice with a lethal dose of streptococci and then gave four of them penicillin. By the next morning the four untreated mice were dead, while the treated ones survived.

The first human patient, a police constable named Albert Alexander, received the drug on 12 February 1941. Within days he began to recover, but the team ran out of penicillin after five days, and he died in March. With British factories devoted to the war effort, Florey flew to the United States that summer to seek help. American companies learned to grow the mould in huge fermentation tanks, and by the time Allied troops landed in Normandy on 6 June 1944, some 2.3 million doses were ready.

In 1945 Fleming, Florey and Chain shared the Nobel Prize in Physiology or Medicine. In his Nobel lecture in December, Fleming warned that bacteria could become resistant if the drug were misused. He was right: by the end of the decade, resistant strains of Staphylococcus were common in British hospitals.

Fleming's laboratory is now a small museum. Today, the World Health Organization ranks antibiotic resistance among the greatest threats to global health, and some researchers estimate that it could kill ten million people a year by 2050.
""", [
    ('the summer of 1928', 'DATE', '1928-SU'),
    ('several weeks', 'DURATION', 'PXW'),
    ('3 September', 'DATE', '1928-09-03'),
    ('the following June', 'DATE', '1929-06'),
    ('about a decade', 'DURATION', 'P1DE|P10Y'),
    ('the late 1930s', 'DATE', '193'),
    ('25 May 1940', 'DATE', '1940-05-25'),
    ('the next morning', 'TIME', '1940-05-26TMO'),
    ('12 February 1941', 'DATE', '1941-02-12'),
    ('days', 'DURATION', 'PXD'),
    ('five days', 'DURATION', 'P5D'),
    ('March', 'DATE', '1941-03'),
    ('that summer', 'DATE', '1941-SU'),
    ('6 June 1944', 'DATE', '1944-06-06'),
    ('1945', 'DATE', '1945'),
    ('December', 'DATE', '1945-12'),
    ('the end of the decade', 'DATE', '194'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Today', 'DATE', '2018-09-03|PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('2050', 'DATE', '2050'),
]),
('2022-08-15', 'auto', """Club history: Ashford Rovers FC

Ashford Rovers were founded on 12 October 1893 at a meeting in the back room of the Railway Inn by a group of fitters from the town's locomotive works. For five years the club played on a rented field behind the engine sheds, and matches were regularly stopped when trains passed.

In 1898 the club moved to Carter's Meadow, which is still its home today. The first stand, a timber structure holding 600 spectators, opened in September 1902 and burned down two years later. Rovers joined the Southern League in 1907, and a decade later, with most of their players away at the front, they came close to folding.

The club's greatest triumph came on 23 April 1921, when Rovers beat Portsmouth Reserves 3-1 to win the Southern League title in front of 11,000 fans. It was a remarkable turnaround for a side that had been bottom of the table the previous winter.

Between 1946 and 1958 Rovers won the league four times, and crowds of more than 9,000 came to Carter's Meadow every Saturday. The record attendance, 14,212, was set on Boxing Day 1962 for a local derby against Dover.

The 1980s were harder. Falling crowds and rising debts forced the club to sell its best players, and on 2 May 1991 it went into administration. Three weeks later, a group of supporters raised enough money to buy the club, and it has been owned by its fans ever since.

Under the supporters' trust, Rovers won promotion in 2009 and reached the National League for the first time two years later. Last year the old main stand was pulled down to make way for a new 2,500-seat stand, which opened this summer.

Next year the club will mark 130 years since that meeting at the Railway Inn. Celebrations are planned for the whole of 2023, beginning with a friendly against Portsmouth in January.
""", [
    ('12 October 1893', 'DATE', '1893-10-12'),
    ('five years', 'DURATION', 'P5Y'),
    ('1898', 'DATE', '1898'),
    ('today', 'DATE', '2022-08-15|PRESENT_REF'),
    ('September 1902', 'DATE', '1902-09'),
    ('two years later', 'DATE', '1904'),
    ('1907', 'DATE', '1907'),
    ('a decade later', 'DATE', '1917|191'),
    ('23 April 1921', 'DATE', '1921-04-23'),
    ('the previous winter', 'DATE', '1920-WI|1921-WI'),
    ('1946', 'DATE', '1946'),
    ('1958', 'DATE', '1958'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('Boxing Day 1962', 'DATE', '1962-12-26'),
    ('The 1980s', 'DATE', '198'),
    ('2 May 1991', 'DATE', '1991-05-02'),
    ('Three weeks later', 'DATE', '1991-05-23'),
    ('2009', 'DATE', '2009'),
    ('two years later', 'DATE', '2011'),
    ('Last year', 'DATE', '2021'),
    ('this summer', 'DATE', '2022-SU'),
    ('Next year', 'DATE', '2023'),
    ('130 years', 'DURATION', 'P130Y'),
    ('2023', 'DATE', '2023'),
    ('January', 'DATE', '2023-01'),
]),
]
