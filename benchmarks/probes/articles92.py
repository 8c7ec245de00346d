# Gold TIMEX3 probe set 92: obituaries and profiles retelling a life (AP, NYT, WaPo, Guardian, Times, Globe and Mail; DCTs 1991-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, obituary of a New Orleans jazz trumpeter (1991)
('1991-03-14', 'auto', """Jazz Trumpeter Lonnie Pruitt, Fixture of Bourbon Street, Dies at 77

NEW ORLEANS (AP) - Lonnie Pruitt, the trumpeter whose raspy tone and white handkerchief were fixtures of the French Quarter for half a century, died Wednesday at Touro Infirmary. He was 77.

His daughter, Celestine Pruitt Harris, said her father had suffered a stroke early last week and never regained consciousness. He died at about 4 a.m., she said.

Pruitt was born on Aug. 2, 1913, in the Treme neighborhood, the youngest of nine children of a longshoreman and a laundress. He bought his first horn, a dented cornet, for $3 in 1925 and was playing funerals and picnics with brass bands within two years.

As a young man he left for Chicago, where he worked the South Side clubs for seven years. He served in a Navy band during World War II, playing at bond rallies from 1942 to 1945, and returned home the following spring.

He married Odile Batiste in June 1947. The couple had four children. Odile Pruitt died in 1979.

For 38 years, from 1952 until illness forced him to stop last summer, Pruitt led the house band at the Paddlewheel Lounge on Bourbon Street, playing six nights a week. Tourists knew him for "Just a Closer Walk With Thee," which he closed with every night, whatever the size of the crowd.

"He never took a vacation that I can remember," said the club's owner, Sal Ferrara. "Forty years, and maybe he missed two weeks. That was when his wife passed."

Pruitt recorded sparingly. His only album as a leader, "Treme Sunrise," was cut in two days in the spring of 1961 and reissued in 1988. He toured Europe three times in the 1970s and played the Newport festival in 1958.

In recent years he taught trumpet every Saturday morning at a church hall on St. Claude Avenue, charging nothing. Many of his students now play in the city's brass bands.

Last April the city council named him a "living treasure" at the Jazz and Heritage Festival. He told a reporter then that he planned to play "until the horn quits or I do."

Besides his daughter, he is survived by two sons, a sister, 11 grandchildren and three great-grandchildren.

A jazz funeral is planned for Saturday, leaving from St. Augustine Church at 10 a.m. A wake will be held Friday evening at the family home.
""", [
    ('half a century', 'DURATION', 'P50Y'),
    ('Wednesday', 'DATE', '1991-03-13'),
    ('early last week', 'DATE', '1991-W10'),
    ('about 4 a.m.', 'TIME', '1991-03-13T04:00'),
    ('Aug. 2, 1913', 'DATE', '1913-08-02'),
    ('1925', 'DATE', '1925'),
    ('two years', 'DURATION', 'P2Y'),
    ('seven years', 'DURATION', 'P7Y'),
    ('1942', 'DATE', '1942'),
    ('1945', 'DATE', '1945'),
    ('the following spring', 'DATE', '1946-SP'),
    ('June 1947', 'DATE', '1947-06'),
    ('1979', 'DATE', '1979'),
    ('38 years', 'DURATION', 'P38Y'),
    ('1952', 'DATE', '1952'),
    ('last summer', 'DATE', '1990-SU'),
    ('six nights a week', 'SET', 'P1W'),
    ('every night', 'SET', 'P1D|XXXX-XX-XXTNI'),
    ('Forty years', 'DURATION', 'P40Y'),
    ('two weeks', 'DURATION', 'P2W'),
    ('two days', 'DURATION', 'P2D'),
    ('the spring of 1961', 'DATE', '1961-SP'),
    ('1988', 'DATE', '1988'),
    ('the 1970s', 'DATE', '197'),
    ('1958', 'DATE', '1958'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('every Saturday morning', 'SET', 'XXXX-WXX-6TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Last April', 'DATE', '1990-04'),
    ('Saturday', 'DATE', '1991-03-16'),
    ('10 a.m.', 'TIME', '1991-03-16T10:00'),
    ('Friday evening', 'DATE|TIME', '1991-03-15TEV'),
]),
# 2. New York Times, obituary of a structural engineer (1994)
('1994-11-08', 'auto', """Margit Halvorsen, 88, Engineer Who Built Bridges in the Northeast

By THOMAS E. WARRICK

Margit Halvorsen, a structural engineer who designed more than 40 bridges in the Northeast and was for many years one of the few women to lead a major engineering firm, died on Sunday at her home in Montclair, N.J. She was 88.

The cause was heart failure, said her son, Erik Lindqvist.

Ms. Halvorsen was born in Bergen, Norway, on Jan. 19, 1906, and came to the United States with her parents five years later. She graduated from Cornell University in 1927, one of two women in her engineering class, and spent 10 years calculating stress loads for the Port of New York Authority, often without her name on the drawings.

In 1938 she married Karl Lindqvist, an architect; they kept separate surnames, which she later said "caused more talk than any bridge." He died in 1971.

She joined Ammann-Whitlock Associates in 1946 and became a partner in the spring of 1955. Her best-known work, the Kessick River Bridge near Albany, took four years to build and opened on Oct. 12, 1961. During the blizzard of February 1978 it was the only crossing in the county that stayed open for the entire storm, a fact she mentioned often.

From 1969 until 1980 she was the firm's president. She retired in 1984 but continued to consult on inspections, visiting job sites twice a month well into her 80's.

In 1992 she received a lifetime achievement award from the American Society of Civil Engineers. At the ceremony she spoke for about 10 minutes and devoted most of them to the welders.

Colleagues said she had little patience for long meetings and insisted on walking every structure herself before it opened. "She'd spend three hours on a deck that we'd cleared in twenty minutes," said Paul Demarest, a former partner. "And she'd find something. Every time."

Last month Ms. Halvorsen watched from a wheelchair as state officials began a two-year rehabilitation of the Kessick bridge, and her son said she had hoped to be driven up to see the work again this week.

In addition to her son, of Manhattan, she is survived by a daughter, Ingrid Lindqvist of Portland, Ore.; a brother, Nils Halvorsen of Oslo, and five grandchildren.

A memorial service will be held at 11 a.m. on Saturday at Union Congregational Church in Montclair.
""", [
    ('many years', 'DURATION', 'PXY'),
    ('Sunday', 'DATE', '1994-11-06'),
    ('Jan. 19, 1906', 'DATE', '1906-01-19'),
    ('five years later', 'DATE', '1911'),
    ('1927', 'DATE', '1927'),
    ('10 years', 'DURATION', 'P10Y'),
    ('1938', 'DATE', '1938'),
    ('1971', 'DATE', '1971'),
    ('1946', 'DATE', '1946'),
    ('the spring of 1955', 'DATE', '1955-SP'),
    ('four years', 'DURATION', 'P4Y'),
    ('Oct. 12, 1961', 'DATE', '1961-10-12'),
    ('February 1978', 'DATE', '1978-02'),
    ('1969', 'DATE', '1969'),
    ('1980', 'DATE', '1980'),
    ('1984', 'DATE', '1984'),
    ('twice a month', 'SET', 'P1M'),
    ('1992', 'DATE', '1992'),
    ('about 10 minutes', 'DURATION', 'PT10M'),
    ('three hours', 'DURATION', 'PT3H'),
    ('twenty minutes', 'DURATION', 'PT20M'),
    ('Last month', 'DATE', '1994-10'),
    ('two-year', 'DURATION', 'P2Y'),
    ('this week', 'DATE', '1994-W45'),
    ('11 a.m. on Saturday', 'TIME', '1994-11-12T11:00'),
]),
# 3. Guardian, obituary of a Lancashire/Yorkshire weavers' union organiser (1997)
('1997-06-20', 'auto', """Annie Pryce: The weaver who faced down the mill owners

A lifelong organiser, she led the Calder Vale strike of 1936 and sat on the TUC general council for two decades

By Gareth Lloyd

Annie Pryce, who has died aged 86, was 15 when she first walked out of the Calder Vale weaving shed, and she spent the next seventy years persuading other people to follow her.

Born in Todmorden, the daughter of a carter and a four-loom weaver, she left school at 13 and started work in September 1924. Within two years she had joined the Amalgamated Weavers' Association, and by the late 1920s she was collecting dues door to door every Friday night.

The strike that made her name began on February 3, 1936, when management tried to impose the "more looms" system. It lasted eleven weeks. Pryce, then 24, chaired the strike committee, spoke at the mill gates each morning and negotiated the settlement that spring. The owners, she liked to recall, sent her a Christmas card every year afterwards and she never once sent one back.

In 1940 she married Harold Pryce, a railway signalman; he died in 1983. During the war she ran a canteen scheme for night-shift workers and sat on a regional production committee.

She became a full-time official in 1946 and was elected to the TUC general council in 1957, serving until 1977. She pressed for equal pay long before parliament passed the Equal Pay Act in 1970, and colleagues remember her reading out women's wage slips at congress, one by one, until the chairman gave up trying to stop her.

Retirement did not suit her. Through the 1980s she ran a weekly advice session at Todmorden library and wrote a column for the local paper each month. Last year, at 85, she was still chairing the town's pensioners' forum and writing to ministers in green ink.

Her memoir, Four Looms and a Bell, published in 1989, is still in print. In recent months a Manchester theatre company has been adapting it for the stage; the first performance is planned for the autumn.

She died on June 9 at a nursing home in Hebden Bridge, a fortnight after a fall. Her funeral, on Wednesday, drew union banners from across the north, and a brass band played the Red Flag at a pace she would have considered far too slow.

She is survived by her son, Alan, and two granddaughters.

Annie Pryce, trade unionist, born March 4, 1911; died June 9, 1997
""", [
    ('1936', 'DATE', '1936'),
    ('two decades', 'DURATION', 'P20Y|P2DE'),
    ('the next seventy years', 'DURATION', 'P70Y'),
    ('September 1924', 'DATE', '1924-09'),
    ('two years', 'DURATION', 'P2Y'),
    ('the late 1920s', 'DATE', '192'),
    ('every Friday night', 'SET', 'XXXX-WXX-5TNI'),
    ('February 3, 1936', 'DATE', '1936-02-03'),
    ('eleven weeks', 'DURATION', 'P11W'),
    ('each morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('that spring', 'DATE', '1936-SP'),
    ('every year', 'SET', 'P1Y'),
    ('1940', 'DATE', '1940'),
    ('1983', 'DATE', '1983'),
    ('1946', 'DATE', '1946'),
    ('1957', 'DATE', '1957'),
    ('1977', 'DATE', '1977'),
    ('1970', 'DATE', '1970'),
    ('the 1980s', 'DATE', '198'),
    ('weekly', 'SET', 'P1W'),
    ('each month', 'SET', 'P1M'),
    ('Last year', 'DATE', '1996'),
    ('1989', 'DATE', '1989'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('the autumn', 'DATE', '1997-FA'),
    ('June 9', 'DATE', '1997-06-09'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('Wednesday', 'DATE', '1997-06-18'),
    ('March 4, 1911', 'DATE', '1911-03-04'),
    ('June 9, 1997', 'DATE', '1997-06-09'),
]),
# 4. Washington Post, profile of a retiring D.C. judge (2000)
('2000-09-29', 'auto', """After 31 Years on the Bench, Judge Colfax Calls It a Career

By Dana Whitcomb
Washington Post Staff Writer

When Judge Harriet M. Colfax takes the bench for the last time at 9:30 a.m. today in Courtroom 4B of D.C. Superior Court, she will have served 31 years, longer than any other judge now sitting in the District.

Colfax, 72, announced her retirement in March, and colleagues have spent the past several weeks planning a farewell that she has mostly tried to avoid. "I told them a cake, not a parade," she said Wednesday in her chambers.

The daughter of a Pullman porter and a schoolteacher, Colfax was born in Richmond in 1928 and moved to Washington's Shaw neighborhood as a child. She graduated from Dunbar High School in 1945 and from Howard University four years later, then worked as a legal secretary for most of the 1950s while taking law classes part time.

She married Lowell Colfax, a postal inspector, in August 1953. He died in 1994.

After a decade as an assistant U.S. attorney, she was appointed to the Court of General Sessions, the forerunner of Superior Court, by President Nixon on Sept. 15, 1969. In the 1970s she ran the court's first night arraignment docket, presiding five nights a week for three years. In 1986 she became presiding judge of the family division, a post she held for nine years.

Lawyers who appeared before her describe a judge who started on time and expected the same of everyone else. She kept a clock on the bench set five minutes fast and, for nearly three decades, refused to schedule hearings on Friday afternoons, which she reserved for reading case files at her desk with the door closed.

"She was tough, but she was never unkind," said Ronald Haskins, a veteran public defender who first argued before her in 1977. "You lost in her courtroom, but you knew why."

In recent years Colfax has taught a seminar at Howard's law school every spring, and she plans to continue. She said she will spend the next few months sorting 31 years of files and visiting her sister in Richmond.

A reception in her honor is scheduled for 4 p.m. Monday in the courthouse's Moultrie atrium. The chief judge is expected to name an interim replacement by the end of the year.
""", [
    ('31 Years', 'DURATION', 'P31Y'),
    ('9:30 a.m. today', 'TIME', '2000-09-29T09:30'),
    ('31 years', 'DURATION', 'P31Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March', 'DATE', '2000-03'),
    ('the past several weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '2000-09-27'),
    ('1928', 'DATE', '1928'),
    ('1945', 'DATE', '1945'),
    ('four years later', 'DATE', '1949'),
    ('the 1950s', 'DATE', '195'),
    ('August 1953', 'DATE', '1953-08'),
    ('1994', 'DATE', '1994'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('Sept. 15, 1969', 'DATE', '1969-09-15'),
    ('the 1970s', 'DATE', '197'),
    ('five nights a week', 'SET', 'P1W'),
    ('three years', 'DURATION', 'P3Y'),
    ('1986', 'DATE', '1986'),
    ('nine years', 'DURATION', 'P9Y'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('nearly three decades', 'DURATION', 'P30Y|P3DE'),
    ('Friday afternoons', 'SET', 'XXXX-WXX-5TAF'),
    ('1977', 'DATE', '1977'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('every spring', 'SET', 'XXXX-SP'),
    ('the next few months', 'DURATION', 'PXM'),
    ('31 years', 'DURATION', 'P31Y'),
    ('4 p.m. Monday', 'TIME', '2000-10-02T16:00'),
    ('the end of the year', 'DATE', '2000'),
]),
# 5. The Times, obituary of a naval officer and mountaineer (2003)
('2003-02-11', 'auto', """Commander Hugh Travers-Orme

Naval officer who survived the sinking of his destroyer on an Arctic convoy and later led the first ascent of a Himalayan north face

Hugh Travers-Orme spent the better part of his life seeking out cold places, first at sea and then on the great ice walls of the Himalaya. He was, a fellow climber once wrote, "the only man I know who complains when the weather improves".

The son of a Hampshire parson, he was educated at Sherborne and joined the Navy as a special entry cadet in 1929. In the spring of 1941 he was appointed first lieutenant of the destroyer HMS Kestrel, and the following year she sailed as an escort with convoy PQ16 to Murmansk. At about 2am on May 27, 1942, Kestrel was hit by a torpedo from a U-boat; Travers-Orme spent nearly four hours in the water clinging to a float before being picked up by a trawler. He lost two toes to frostbite and was awarded the DSC.

He married Elizabeth Garnier, a Wren officer, in 1944. After the war he joined the Hydrographic Service, surveying the coasts of Labrador and South Georgia, and he retired from the Navy as a commander in 1958.

Mountaineering had been his passion since boyhood. He had climbed in the Alps each summer since the 1930s, and in 1961 he led a six-man party to Kharsang, an unclimbed peak in Garhwal. They spent seven weeks on the mountain, fixing ropes up a face that two earlier expeditions had declared impossible. On the morning of October 3 Travers-Orme and a young Sherpa, Pemba Norbu, reached the summit; they were back at their top camp before dark, and the whole party was off the mountain within a week.

He was for 12 years honorary secretary of the Alpine Club, where he was remembered for brisk meetings and long dinners, and he published a memoir, Cold Water, Thin Air, in 1975. He kept up a correspondence with Pemba Norbu for the rest of his life.

Elizabeth died in 1998. Until last autumn he walked the three miles from his cottage near Kendal to the village post office every morning, and he still tapped the old ship's barometer in his hall twice a day. Last month, confined to bed, he was reported to be annoyed chiefly that the weather outside was so mild.

He is survived by two sons and a daughter.

Commander Hugh Travers-Orme, DSC, naval officer and mountaineer, was born on March 14, 1911. He died on January 28, 2003, aged 91.
""", [
    ('1929', 'DATE', '1929'),
    ('the spring of 1941', 'DATE', '1941-SP'),
    ('the following year', 'DATE', '1942'),
    ('about 2am on May 27, 1942', 'TIME', '1942-05-27T02:00'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('1944', 'DATE', '1944'),
    ('1958', 'DATE', '1958'),
    ('each summer', 'SET', 'XXXX-SU'),
    ('the 1930s', 'DATE', '193'),
    ('1961', 'DATE', '1961'),
    ('seven weeks', 'DURATION', 'P7W'),
    ('the morning of October 3', 'DATE|TIME', '1961-10-03TMO'),
    ('a week', 'DURATION', 'P1W'),
    ('12 years', 'DURATION', 'P12Y'),
    ('1975', 'DATE', '1975'),
    ('1998', 'DATE', '1998'),
    ('last autumn', 'DATE', '2002-FA'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('twice a day', 'SET', 'P1D'),
    ('Last month', 'DATE', '2003-01'),
    ('March 14, 1911', 'DATE', '1911-03-14'),
    ('January 28, 2003', 'DATE', '2003-01-28'),
]),
# 6. Globe and Mail, obituary of a junior hockey coach (2006)
('2006-10-17', 'auto', """Coach who built a Saskatoon junior dynasty dies at 81

By MARK HEBERT

SASKATOON -- Wally Dziedzic, who coached junior hockey in Saskatchewan for 34 years and sent more than 60 players to the NHL, died Sunday in Saskatoon. He was 81.

His son Paul said his father had been in hospital since early September with pneumonia and died at 10:50 p.m., with his children and grandchildren in the room.

Born on Dec. 9, 1924, in Hafford, Sask., to Polish immigrant parents, Mr. Dziedzic learned to skate on a frozen slough behind the family farm. He served with the Royal Canadian Artillery in Italy from 1943 to 1945 and came home with a shrapnel scar he liked to show players who complained about bruises.

He married Stella Kowalchuk in 1948; she died in 2001. The couple had three children.

After working for a decade as a CPR brakeman and coaching a midget team on the side, he took over the junior Saskatoon Flyers in 1958. His teams won the Memorial Cup twice, in 1966 and 1979, and he was known for practices that began before sunrise every Saturday, including after long bus trips home from Brandon or Swift Current.

"He'd phone you on Sunday mornings to talk about your backhand, and you'd be on the line for an hour," said Brent Kozak, who played for him in the mid-1970s and later spent 11 years in the NHL. "You didn't hang up on Wally. Nobody did."

He retired in the spring of 1992, but for the past 14 years he had rarely missed a home game, sitting in the same seat behind the visitors' bench with a thermos of tea. Last year he was inducted into the Saskatchewan Sports Hall of Fame, and he used his speech to thank the bus drivers.

Former players said he kept a handwritten card for every one of them, noting birthdays and children's names, and mailed notes to dozens of them every Christmas.

The Flyers will wear a memorial patch for the rest of the season and hold a moment of silence before Friday's home game against Regina.

Besides his son, Mr. Dziedzic leaves daughters Irene and Carol, nine grandchildren and a great-grandson.

A funeral mass will be held at 2 p.m. Thursday at St. Joseph's Roman Catholic Church.
""", [
    ('34 years', 'DURATION', 'P34Y'),
    ('Sunday', 'DATE', '2006-10-15'),
    ('early September', 'DATE', '2006-09'),
    ('10:50 p.m.', 'TIME', '2006-10-15T22:50'),
    ('Dec. 9, 1924', 'DATE', '1924-12-09'),
    ('1943', 'DATE', '1943'),
    ('1945', 'DATE', '1945'),
    ('1948', 'DATE', '1948'),
    ('2001', 'DATE', '2001'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('1958', 'DATE', '1958'),
    ('1966', 'DATE', '1966'),
    ('1979', 'DATE', '1979'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('Sunday mornings', 'SET', 'XXXX-WXX-7TMO'),
    ('an hour', 'DURATION', 'PT1H'),
    ('the mid-1970s', 'DATE', '197'),
    ('11 years', 'DURATION', 'P11Y'),
    ('the spring of 1992', 'DATE', '1992-SP'),
    ('the past 14 years', 'DURATION', 'P14Y'),
    ('Last year', 'DATE', '2005'),
    ('every Christmas', 'SET', 'XXXX-12-25'),
    ('Friday', 'DATE', '2006-10-20'),
    ('2 p.m. Thursday', 'TIME', '2006-10-19T14:00'),
]),
# 7. AP, profile: a 94-year-old chemist honored by her hometown (2009)
('2009-10-07', 'auto', """At 94, Chemist Behind Fog-Free Lab Glass Gets Hometown Honor

CORNING, N.Y. (AP) - Ruth Amsel was 25 when she figured out how to keep laboratory glass from clouding, working alone in a basement lab in the winter of 1941. Sixty-eight years later, the city where she did it is finally putting her name on something.

City officials will rename a riverside park for Amsel at a ceremony at noon Saturday, and the Corning Museum of Glass opened a small exhibit on her work this week.

"I thought they'd forgotten," Amsel said Tuesday from her apartment in a retirement community outside the city. "Frankly, so had I."

Born in Elmira on March 30, 1915, Amsel was the daughter of a German-born glassblower. She earned a chemistry degree from Cornell in 1936, one of a handful of women in her class, and was hired by Corning Glass Works the following year as a laboratory assistant at $18 a week.

Her coating, patented in 1944, reduced fogging on beakers and lenses and later on the windows of spacecraft. But the patent was issued in the name of her supervisor, a common practice then, and for decades she received little credit.

She married Walter Amsel, a machinist, in 1946 and left the company in 1952 to raise three children, returning part time in 1961. She retired in 1980 after 19 years in the company's research division and spent her retirement gardening and teaching Sunday school.

Her story resurfaced two years ago, when a local historian, Dana Petrakis, found her laboratory notebooks in a box of company papers donated to the museum. Every page was dated and initialed, and the entry for Feb. 17, 1941, described the coating in detail, down to the oven temperature.

"It was all there, in her handwriting," Petrakis said. "She'd been telling the same story for 60 years and nobody thought to check."

The City Council voted unanimously last month to rename Riverfront Park in her honor. Mayor Thomas Caskey said the ceremony would last about an hour and would include a performance by the high school band, which has been rehearsing a march written for the occasion.

Amsel says she plans to attend, weather permitting, and to say a few words. She has not written them down. "At my age," she said, "you learn to keep things short."

Her husband died in 1999. She has six grandchildren and, as of this spring, her first great-grandchild, a girl named Ruth.
""", [
    ('the winter of 1941', 'DATE', '1941-WI'),
    ('Sixty-eight years later', 'DATE', '2009'),
    ('noon Saturday', 'TIME', '2009-10-10T12:00'),
    ('this week', 'DATE', '2009-W41'),
    ('Tuesday', 'DATE', '2009-10-06'),
    ('March 30, 1915', 'DATE', '1915-03-30'),
    ('1936', 'DATE', '1936'),
    ('the following year', 'DATE', '1937'),
    ('a week', 'SET', 'P1W'),
    ('1944', 'DATE', '1944'),
    ('decades', 'DURATION', 'PXY'),
    ('1946', 'DATE', '1946'),
    ('1952', 'DATE', '1952'),
    ('1961', 'DATE', '1961'),
    ('1980', 'DATE', '1980'),
    ('19 years', 'DURATION', 'P19Y'),
    ('two years ago', 'DATE', '2007'),
    ('Feb. 17, 1941', 'DATE', '1941-02-17'),
    ('60 years', 'DURATION', 'P60Y'),
    ('last month', 'DATE', '2009-09'),
    ('about an hour', 'DURATION', 'PT1H'),
    ('1999', 'DATE', '1999'),
    ('this spring', 'DATE', '2009-SP'),
]),
# 8. New York Times, profile told in narrative: a belated medal for a 1962 rescue (2012)
('2012-05-27', 'auto', """Half a Century Late, a Medal for a Rescue on the Sound

By CLAIRE MONAHAN

STONINGTON, Conn. - On the evening of Dec. 11, 1962, Arthur Pelletier was 28 years old, six months married and in charge of a 40-foot Coast Guard patrol boat when the radio call came in.

A fishing trawler, the Mary Costa, had lost power in a northeast gale off Fishers Island with six men aboard. Mr. Pelletier and a crew of three left the dock at 9:40 p.m. For the next three and a half hours they searched in sleet and darkness, steering by compass and by the sound of the bell buoys.

They found the trawler at about 1:15 a.m., listing and drifting toward the rocks, and spent 40 minutes passing a line across in 15-foot seas. By 6 a.m., all six fishermen were ashore in New London, and later that day his commanding officer recommended him for a medal. The paperwork, Mr. Pelletier said, "went into a drawer somewhere in Washington," and stayed there.

On Saturday, nearly half a century late, the Coast Guard corrected the oversight. At a ceremony at the Coast Guard Academy in New London, Mr. Pelletier, now 78, received the Coast Guard Medal from the commander of the First District.

Born in Woonsocket, R.I., in 1934 to a French-Canadian mill family, Mr. Pelletier enlisted in 1951 and served for 22 years, retiring as a chief warrant officer in 1973. He had married Jeanne Roy in the summer of 1962. After he left the service the couple ran a bait and tackle shop in Stonington for 25 years; Jeanne died in 2009.

The medal might never have been awarded if not for his granddaughter, Lt. Nicole Pelletier, who found a copy of the original recommendation two years ago while researching the family's history. She spent the next 18 months writing letters to the Coast Guard's awards board.

"He never talked about it," she said. "Every Christmas Eve he'd tell the same joke about the cook's coffee, and that was it."

At Saturday's ceremony, which lasted about 45 minutes, children of three of the rescued fishermen sat in the front row. Two of the men are still living; one of them, Manuel Costa, 81, made the trip from Fall River, Mass., and embraced Mr. Pelletier without saying a word.

Mr. Pelletier said he planned to hang the medal in the bait shop, which his son runs, and to be back behind the counter Tuesday morning. "The stripers are running," he said. "The medal will keep."
""", [
    ('Half a Century', 'DURATION', 'P50Y'),
    ('the evening of Dec. 11, 1962', 'DATE|TIME', '1962-12-11TEV'),
    ('six months', 'DURATION', 'P6M'),
    ('9:40 p.m.', 'TIME', '1962-12-11T21:40'),
    ('the next three and a half hours', 'DURATION', 'PT3H30M|PT3.5H|PT210M'),
    ('about 1:15 a.m.', 'TIME', '1962-12-12T01:15'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('6 a.m.', 'TIME', '1962-12-12T06:00'),
    ('later that day', 'DATE', '1962-12-12'),
    ('Saturday', 'DATE', '2012-05-26'),
    ('nearly half a century', 'DURATION', 'P50Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1934', 'DATE', '1934'),
    ('1951', 'DATE', '1951'),
    ('22 years', 'DURATION', 'P22Y'),
    ('1973', 'DATE', '1973'),
    ('the summer of 1962', 'DATE', '1962-SU'),
    ('25 years', 'DURATION', 'P25Y'),
    ('2009', 'DATE', '2009'),
    ('two years ago', 'DATE', '2010'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('Every Christmas Eve', 'SET', 'XXXX-12-24'),
    ('Saturday', 'DATE', '2012-05-26'),
    ('about 45 minutes', 'DURATION', 'PT45M'),
    ('Tuesday morning', 'DATE|TIME', '2012-05-29TMO'),
]),
# 9. Guardian, obituary of a novelist (2015)
('2015-08-04', 'auto', """Miriam Ashdown obituary

Novelist whose quietly subversive books about a Somerset village found a late and devoted readership

By Helen Carver

The novelist Miriam Ashdown, who has died aged 84, published her first book at 52 and her last, The Orchard Wall, only in February. In between came 11 novels, most of them set in the fictional Somerset village of Hensbury, which over three decades acquired the status of a real place: readers wrote to the parish council asking for directions.

Born in Taunton, Miriam was the only child of Frank Ellery, a bank clerk, and his wife, Dorothy (nee Pike), a piano teacher. She won a scholarship to Bristol University in 1949 to read English, and after graduating worked for five years as a secretary at the BBC in London.

In 1956 she married Geoffrey Ashdown, a vet, and moved with him to a practice near Wells. For the next quarter of a century she raised three children, kept the practice's books and wrote, she said, "only shopping lists and letters of complaint".

That changed in the winter of 1980, when Geoffrey's partner died suddenly and she found herself running the surgery's office six days a week. She began writing at the kitchen table each evening, she said, "to stay sane".

Hensbury Green was turned down by eight publishers before Chatto & Windus took it in 1983. It sold modestly; its sequel two years later sold less. It was only in the late 1990s, after a Radio 4 adaptation, that the books found a wide audience, and by 2005 the Hensbury novels had sold more than a million copies in 14 languages.

Reviewers often compared her to Barbara Pym, a comparison she found flattering and inaccurate: "Pym's people go to church to be disappointed. Mine go to find out who is sleeping with whom." She wrote slowly, a book every three years, always by hand and always in pencil.

Geoffrey died in 2002. In recent years she lived alone in the village of Wookey, walking each morning to the parish church, where she had been churchwarden since 1991. She gave her last public reading at the Bath festival in May and had been due to appear in Edinburgh later this month.

She is survived by her children, Tom, Clare and Rosalind, and by seven grandchildren.

Miriam Joan Ashdown, novelist, born 14 April 1931; died 27 July 2015
""", [
    ('February', 'DATE', '2015-02'),
    ('three decades', 'DURATION', 'P30Y|P3DE'),
    ('1949', 'DATE', '1949'),
    ('five years', 'DURATION', 'P5Y'),
    ('1956', 'DATE', '1956'),
    ('the next quarter of a century', 'DURATION', 'P25Y'),
    ('the winter of 1980', 'DATE', '1980-WI'),
    ('six days a week', 'SET', 'P1W'),
    ('each evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('1983', 'DATE', '1983'),
    ('two years later', 'DATE', '1985'),
    ('the late 1990s', 'DATE', '199'),
    ('2005', 'DATE', '2005'),
    ('every three years', 'SET', 'P3Y'),
    ('2002', 'DATE', '2002'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('each morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('1991', 'DATE', '1991'),
    ('May', 'DATE', '2015-05'),
    ('later this month', 'DATE', '2015-08'),
    ('14 April 1931', 'DATE', '1931-04-14'),
    ('27 July 2015', 'DATE', '2015-07-27'),
]),
# 10. Washington Post, profile of a librarian turning 100 (2018)
('2018-12-13', 'auto', """At 100, Takoma Park's storyteller isn't closing the book

By Marcus Allard

Lucille Tanner turns 100 on Friday, and she intends to spend it the way she has spent most Friday mornings for the past 41 years: reading aloud to a roomful of toddlers at the Long Branch library.

"I don't see why a birthday should get in the way," Tanner said Tuesday, sitting in the library's community room beside a stack of picture books she had chosen a week ago.

Tanner was born on Dec. 14, 1918, in Lynchburg, Va., a month after the armistice ended World War I. Her father worked for the railroad; her mother took in sewing. She graduated from Virginia Union University in 1940 and taught fourth grade in Richmond's segregated schools for 16 years.

In 1947 she married Clarence Tanner, a printer at the Government Printing Office, and in 1956 the couple moved to Takoma Park, where she earned a library science degree from Catholic University in 1959. She joined the Montgomery County library system the following year, one of its first black librarians, and retired as a branch manager in 1977. Within a month she was back as a volunteer, and she never stopped.

Clarence died in 2003. She still lives alone in the brick bungalow they bought together, and she rides the bus to the library every week, arriving an hour early to set out the carpet squares.

Parents describe a woman who remembers every child's name and most of their grandparents'. "My daughter came to her story time in 1985," said Gail Ostrow, who lives nearby, "and now my grandson does. She asked him how his mother's knee was."

Librarians say Tanner's sessions draw as many as 40 children, and that families from Silver Spring and the District have started turning up. She reads three books, always ends with a song and has never used a microphone.

Library staff have planned a small party for Friday afternoon, with a cake shaped like a pile of books, and the County Council last week passed a resolution declaring Dec. 14 "Lucille Tanner Day." She has agreed to stay for 30 minutes, on the condition that nobody gives a speech.

She said she will be back next Friday with a new stack, and she has already reserved the room through the spring.

"People keep asking me when I'll stop," she said, tucking a book about a bear into her canvas bag. "I tell them: soon. I've been telling them that since 1990."
""", [
    ('Friday', 'DATE', '2018-12-14'),
    ('Friday mornings', 'SET', 'XXXX-WXX-5TMO'),
    ('the past 41 years', 'DURATION', 'P41Y'),
    ('Tuesday', 'DATE', '2018-12-11'),
    ('a week ago', 'DATE', '2018-W49|2018-12-06'),
    ('Dec. 14, 1918', 'DATE', '1918-12-14'),
    ('a month', 'DURATION', 'P1M'),
    ('1940', 'DATE', '1940'),
    ('16 years', 'DURATION', 'P16Y'),
    ('1947', 'DATE', '1947'),
    ('1956', 'DATE', '1956'),
    ('1959', 'DATE', '1959'),
    ('the following year', 'DATE', '1960'),
    ('1977', 'DATE', '1977'),
    ('a month', 'DURATION', 'P1M'),
    ('2003', 'DATE', '2003'),
    ('every week', 'SET', 'P1W'),
    ('an hour', 'DURATION', 'PT1H'),
    ('1985', 'DATE', '1985'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday afternoon', 'DATE|TIME', '2018-12-14TAF'),
    ('last week', 'DATE', '2018-W49'),
    ('Dec. 14', 'DATE', '2018-12-14'),
    ('30 minutes', 'DURATION', 'PT30M'),
    ('next Friday', 'DATE', '2018-12-21'),
    ('the spring', 'DATE', '2019-SP'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('1990', 'DATE', '1990'),
]),
# 11. The Times, obituary of a stage and television actress (2021)
('2021-04-22', 'auto', """Sylvia Brackenbury obituary

Actress who spent 22 years as the formidable landlady of a northern soap's pub and never quite forgave the writers for killing her off

For more than two decades some nine million viewers watched Sylvia Brackenbury pull pints twice a week at the Feathers, the pub at the heart of ITV's Manchester serial Mill Lane. As Edna Pilling she was sharp-tongued, soft-hearted and, in the words of one critic, "the only person on television who could silence a room by drying a glass".

She joined the cast in the autumn of 1968 and left, against her will, on Christmas Day 1990, when the writers had Edna die of a heart attack in the cellar. More than 18 million people watched. Brackenbury had learnt of her fate when the script arrived that October; she said she sat in her car outside the studio for an hour "deciding whether to cry or to sue".

Sylvia Margaret Brackenbury was born in Salford, the daughter of a tram driver and a cotton winder. She left school at 14 to work in a bakery and acted with an amateur company every Saturday night. A scholarship took her to Rada in 1946, and for the next 20 years she worked steadily in repertory at Oldham, Harrogate and Bristol, playing, she reckoned, more than 300 parts.

She married the stage manager Dennis Yates in 1951; they divorced in 1962. Her second marriage, to the BBC radio producer Peter Lomax in 1970, lasted until his death in 2008. Her son, Nicholas, was born in 1972.

After Mill Lane she went back to the theatre with evident relief, winning an Olivier award in 1996 for her Mrs Alving in Ghosts at the Royal Exchange, and she made a handful of films, usually as somebody's difficult mother. She was appointed OBE in 2011.

Until the pandemic closed it last year she taught a weekly drama class for pensioners in Didsbury, and she gave her final interview, by video, a month ago, laughing off the suggestion that she should write a memoir. "Darling," she said, "I've only just started remembering."

She is survived by her son.

Sylvia Brackenbury OBE, actress, was born on July 17, 1927. She died after a short illness on April 9, 2021, aged 93.
""", [
    ('22 years', 'DURATION', 'P22Y'),
    ('more than two decades', 'DURATION', 'P20Y|P2DE'),
    ('twice a week', 'SET', 'P1W'),
    ('the autumn of 1968', 'DATE', '1968-FA'),
    ('Christmas Day 1990', 'DATE', '1990-12-25'),
    ('that October', 'DATE', '1990-10'),
    ('an hour', 'DURATION', 'PT1H'),
    ('every Saturday night', 'SET', 'XXXX-WXX-6TNI'),
    ('1946', 'DATE', '1946'),
    ('the next 20 years', 'DURATION', 'P20Y'),
    ('1951', 'DATE', '1951'),
    ('1962', 'DATE', '1962'),
    ('1970', 'DATE', '1970'),
    ('2008', 'DATE', '2008'),
    ('1972', 'DATE', '1972'),
    ('1996', 'DATE', '1996'),
    ('2011', 'DATE', '2011'),
    ('last year', 'DATE', '2020'),
    ('weekly', 'SET', 'P1W'),
    ('a month ago', 'DATE', '2021-03'),
    ('July 17, 1927', 'DATE', '1927-07-17'),
    ('April 9, 2021', 'DATE', '2021-04-09'),
]),
# 12. Globe and Mail, obituary of a Niagara icewine pioneer (2025)
('2025-03-18', 'auto', """Niagara winemaker helped turn Canadian icewine into a global export

By JENNIFER LAU
Special to The Globe and Mail

Henk Achterberg liked to say that the best wine he ever made was picked in the dark on Jan. 9, 1984, at minus 12 degrees, by eleven friends who had been promised soup.

Mr. Achterberg, who founded Vinkeveen Estate Winery in Niagara-on-the-Lake and helped make Canadian icewine a prized export, died on March 6 at his home on the property. He was 88. The cause was complications of Parkinson's disease, which he had lived with for a decade.

Hendrik Achterberg was born on Oct. 30, 1936, in Vinkeveen, a village south of Amsterdam, the fourth of seven children of a dairy farmer. He was eight when the famine known as the Hunger Winter struck the western Netherlands in 1944, and for the rest of his life he could not look at a tulip without remembering eating the bulbs.

The family emigrated to Canada in the spring of 1952 and settled on a fruit farm near Vineland, Ont. He married Anneke de Vries, whom he had met at church, in 1959, and for nearly 20 years the couple grew peaches and Concord grapes for the juice trade.

In 1978 he planted Riesling vines, against the advice of nearly everyone he knew; four years later he and Anneke opened Vinkeveen in a converted barn. The 1984 icewine was sold from the barn door in half-bottles. In 1991, a later vintage won a gold medal at an international competition in London, and the winery's sales tripled within a year.

He served for two terms as chair of the Vintners Quality Alliance and was appointed to the Order of Canada in 2010. He handed the winery to his daughter Marijke in 2005 but continued to walk the rows every morning during harvest, tasting grapes and spitting out the seeds.

Anneke died in 2017. Last fall, though his illness had advanced, he insisted on being driven out to the vineyard for the icewine pick in December, and sat wrapped in blankets in a golf cart for two hours, directing the pickers.

In recent months he spoke little, his daughter said, but on Sunday evenings the family gathered at his bedside to open a bottle and argue about it, as he had taught them to do.

He leaves his children, Marijke, Pieter and Els; eight grandchildren; and two sisters in the Netherlands. A celebration of life will be held at the winery at 2 p.m. on April 5.
""", [
    ('Jan. 9, 1984', 'DATE', '1984-01-09'),
    ('March 6', 'DATE', '2025-03-06'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('Oct. 30, 1936', 'DATE', '1936-10-30'),
    ('1944', 'DATE', '1944'),
    ('the spring of 1952', 'DATE', '1952-SP'),
    ('1959', 'DATE', '1959'),
    ('nearly 20 years', 'DURATION', 'P20Y'),
    ('1978', 'DATE', '1978'),
    ('four years later', 'DATE', '1982'),
    ('1984', 'DATE', '1984'),
    ('1991', 'DATE', '1991'),
    ('a year', 'DURATION', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('2005', 'DATE', '2005'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('2017', 'DATE', '2017'),
    ('Last fall', 'DATE', '2024-FA'),
    ('December', 'DATE', '2024-12'),
    ('two hours', 'DURATION', 'PT2H'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('Sunday evenings', 'SET', 'XXXX-WXX-7TEV'),
    ('2 p.m. on April 5', 'TIME', '2025-04-05T14:00'),
]),
]
