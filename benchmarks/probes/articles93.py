# Gold TIMEX3 probe set 93: obituaries and profiles retelling a life (AP, Reuters, LA Times, Telegraph, Irish Times, SMH; 1993-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, obituary of a New Orleans jazz trumpeter (1993)
('1993-03-12', 'auto', """Jazz trumpeter Leon 'Sugar' Whitfield dies at 78

NEW ORLEANS (AP) -- Leon "Sugar" Whitfield, the trumpeter whose bright, brassy tone carried the riverboat bands of the 1930s into the recording studios of Chicago and New York, died Thursday at a nursing home here. He was 78.

His daughter, Marguerite Whitfield-Boyd, said her father had been in failing health since suffering a stroke last fall and had not played in public for more than two years.

Whitfield was born in 1914 in Algiers, across the river from the French Quarter, and began playing a borrowed cornet at age 9. By the summer of 1931 he had a place in the band on the excursion steamer Belle Chalmette, working the river from May until the water dropped in October and sleeping on a cot below the boiler deck.

Three years later he moved to Chicago. He spent nearly 10 years there, playing six nights a week at the Grand Terrace and cutting his first sides as a leader in February 1938. The record, "Levee Moon," sold modestly, but it became a favorite of jukebox operators on the South Side and was covered by a dozen bands.

Drafted in 1942, Whitfield led an Army band at Fort Huachuca, Ariz., for nearly three years. After the war he returned to New Orleans and never really left again. For 27 years he held court every Saturday night at the Paddock Lounge on Bourbon Street, and tourists lined up around the block to hear him.

He recorded sparingly after the 1960s, but a 1978 album with the pianist Clarence Devereaux brought him a new audience in Europe. He toured France and the Netherlands each summer until 1989, when arthritis in his hands made the long flights too painful.

"He practiced two hours every morning, even when he couldn't get through a whole song anymore," his daughter said Friday. "He said the horn forgets you if you don't talk to it."

Earlier this month, the City Council voted to rename a stretch of Dumaine Street in his honor; the ceremony had been planned for next month. A spokesman for Mayor Sidney Barthelemy said Friday the city would go ahead with it on April 18 as a memorial.

A funeral Mass will be said at 10 a.m. Wednesday at St. Augustine Church, followed by a traditional jazz procession. Whitfield is survived by his daughter, two sons and 11 grandchildren. His wife of 51 years, Odile, died in 1990.
""", [
    ('the 1930s', 'DATE', '193'),
    ('Thursday', 'DATE', '1993-03-11'),
    ('last fall', 'DATE', '1992-FA'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('1914', 'DATE', '1914'),
    ('the summer of 1931', 'DATE', '1931-SU'),
    ('May', 'DATE', '1931-05'),
    ('October', 'DATE', '1931-10'),
    ('Three years later', 'DATE', '1934'),
    ('nearly 10 years', 'DURATION', 'P10Y'),
    ('six nights a week', 'SET', 'P1W'),
    ('February 1938', 'DATE', '1938-02'),
    ('1942', 'DATE', '1942'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('27 years', 'DURATION', 'P27Y'),
    ('every Saturday night', 'SET', 'XXXX-WXX-6TNI'),
    ('the 1960s', 'DATE', '196'),
    ('1978', 'DATE', '1978'),
    ('each summer', 'SET', 'XXXX-SU'),
    ('1989', 'DATE', '1989'),
    ('two hours', 'DURATION', 'PT2H'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('Friday', 'DATE', '1993-03-12'),
    ('Earlier this month', 'DATE', '1993-03'),
    ('next month', 'DATE', '1993-04'),
    ('Friday', 'DATE', '1993-03-12'),
    ('April 18', 'DATE', '1993-04-18'),
    ('10 a.m. Wednesday', 'TIME', '1993-03-17T10:00'),
    ('51 years', 'DURATION', 'P51Y'),
    ('1990', 'DATE', '1990'),
]),
# 2. Reuters, profile of a retiring Swiss private banker (1996)
('1996-10-22', 'auto', """PROFILE - Swiss banker Meierhans bows out after four decades

ZURICH, Oct 22 (Reuter) - Conrad Meierhans, who turned a sleepy family bank on the Bahnhofstrasse into one of Switzerland's busiest managers of private wealth, will step down as chairman of Meierhans & Cie at the end of the year, the bank said on Tuesday.

The 71-year-old told reporters at a hastily arranged news conference that he would hand over to his nephew, Andreas Meierhans, on January 1 and remain on the board as honorary president.

"Forty-one years is long enough for any man to sit in the same chair," he said.

Meierhans joined the bank founded by his grandfather in 1955, fresh from a doctorate in economics at the University of St. Gallen. The bank had 14 employees and managed about 200 million Swiss francs. Two years later his father fell ill, and Meierhans, then 32, found himself running the business.

His big gamble came in the early 1970s. After the collapse of the Bretton Woods system in August 1971, he moved the bank heavily into foreign exchange advisory work, hiring traders from London and New York. By 1980 assets under management had passed five billion francs.

The bank weathered the stock market crash of October 1987 better than most of its rivals, and in the past decade it has opened offices in Geneva, Lugano and Hong Kong. It now employs around 620 people.

Analysts said the succession had been expected for months. "The question was never who, only when," said one Zurich-based banking analyst, who declined to be named.

Andreas Meierhans, 44, has run the bank's Asian business since 1991 and was named deputy chairman last year. He said on Tuesday he had no plans to change the bank's partnership structure or to seek a stock market listing "in the next five years at least."

Meierhans & Cie said first-half net profit rose 11 percent to 38.4 million francs. It will publish results for 1996 in March.

The elder Meierhans, a keen mountaineer, said he intended to spend more time in the Engadine, where he has climbed every August for half a century. Asked whether he would miss the daily meeting of the bank's partners, a ritual begun by his grandfather, he laughed.

"I will miss it at about 8.15 on the first Monday in January," he said. "After that, I think not at all."

-- Zurich newsroom
""", [
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('Oct 22', 'DATE', '1996-10-22'),
    ('the end of the year', 'DATE', '1996'),
    ('Tuesday', 'DATE', '1996-10-22'),
    ('January 1', 'DATE', '1997-01-01'),
    ('Forty-one years', 'DURATION', 'P41Y'),
    ('1955', 'DATE', '1955'),
    ('Two years later', 'DATE', '1957'),
    ('the early 1970s', 'DATE', '197'),
    ('August 1971', 'DATE', '1971-08'),
    ('1980', 'DATE', '1980'),
    ('October 1987', 'DATE', '1987-10'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('months', 'DURATION', 'PXM'),
    ('1991', 'DATE', '1991'),
    ('last year', 'DATE', '1995'),
    ('Tuesday', 'DATE', '1996-10-22'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('first-half', 'DATE', '1996-H1'),
    ('1996', 'DATE', '1996'),
    ('March', 'DATE', '1997-03'),
    ('every August', 'SET', 'XXXX-08'),
    ('half a century', 'DURATION', 'P50Y'),
    ('daily', 'SET', 'P1D'),
    ('about 8.15 on the first Monday in January', 'TIME', '1997-01-06T08:15'),
]),
# 3. Los Angeles Times, obituary of an MGM set decorator (1999)
('1999-06-17', 'auto', """Ruth Kessler Adair, 87; Set Decorator Built Hollywood's Parlors

By DANIEL OKAFOR, TIMES STAFF WRITER

Ruth Kessler Adair, a set decorator whose cluttered, lived-in parlors defined the look of dozens of MGM melodramas in the 1940s and '50s, has died. She was 87.

Adair died Monday evening at her home in Pacific Palisades after a long illness, said her son, Thomas Adair.

Born in Milwaukee in 1911, she came to Los Angeles in the summer of 1929 intending to study architecture at USC. The stock market crash that October ended her family's ability to pay tuition, and by the following spring she was sweeping floors in the property department at Metro-Goldwyn-Mayer for $18 a week.

She stayed at the studio for 31 years.

Adair's break came in 1937, when a supervising art director fell ill two weeks before shooting began on a costume drama and she was told to finish dressing the sets herself. She worked for four days straight and, by her own account, slept a total of five hours.

Over the next two decades she received four Academy Award nominations. She never won, a fact she said in a 1994 interview with The Times had "saved me from taking myself seriously."

Colleagues remembered her as fiercely practical. She kept a card index of every antique dealer between Santa Barbara and San Diego and visited the best of them every Tuesday morning, whether or not a picture was in production.

When the studio system began to collapse in the late 1950s, Adair moved to television, decorating sets for three network series before retiring in 1974. In recent years she had consulted on historical productions and lectured at the American Film Institute, where she gave her last talk in April.

"She could walk into an empty soundstage and within a day it looked like a family had lived there for 40 years," said production designer Lila Moreno, who worked with her in the 1960s.

Adair's husband, cinematographer Frank Adair, died in 1982. In addition to her son, she is survived by a granddaughter.

A memorial is planned for 2 p.m. on June 27 at the Motion Picture & Television Country House in Woodland Hills. The family asks that donations be made to the Motion Picture & Television Fund.
""", [
    ('the 1940s', 'DATE', '194'),
    ("'50s", 'DATE', '195'),
    ('Monday evening', 'DATE|TIME', '1999-06-14TEV'),
    ('1911', 'DATE', '1911'),
    ('the summer of 1929', 'DATE', '1929-SU'),
    ('that October', 'DATE', '1929-10'),
    ('the following spring', 'DATE', '1930-SP'),
    ('a week', 'SET', 'P1W'),
    ('31 years', 'DURATION', 'P31Y'),
    ('1937', 'DATE', '1937'),
    ('two weeks', 'DURATION', 'P2W'),
    ('four days', 'DURATION', 'P4D'),
    ('five hours', 'DURATION', 'PT5H'),
    ('the next two decades', 'DURATION', 'P20Y|P2E'),
    ('1994', 'DATE', '1994'),
    ('every Tuesday morning', 'SET', 'XXXX-WXX-2TMO'),
    ('the late 1950s', 'DATE', '195'),
    ('1974', 'DATE', '1974'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('April', 'DATE', '1999-04'),
    ('a day', 'DURATION', 'P1D'),
    ('40 years', 'DURATION', 'P40Y'),
    ('the 1960s', 'DATE', '196'),
    ('1982', 'DATE', '1982'),
    ('2 p.m. on June 27', 'TIME', '1999-06-27T14:00'),
]),
# 4. Telegraph, obituary of a Battle of Britain pilot, narrative (2002)
('2002-01-09', 'auto', """Squadron Leader Hugh Carrow-Pendleton

Squadron Leader Hugh Carrow-Pendleton, who has died aged 84, flew Hurricanes throughout the Battle of Britain and later spent almost three years as a prisoner of the Germans, escaping twice and being recaptured both times.

On the afternoon of August 15 1940, flying with No 87 Squadron from Exeter, he shot down two Messerschmitt Bf 110s over Portland within the space of ten minutes. The next morning he was himself shot down over the Channel and spent four hours in the water before being picked up by a fishing boat out of Lyme Regis. He was back in the air two days later.

Hugh Anthony Carrow-Pendleton was born on March 3 1917 at Sherborne, Dorset, the son of a country solicitor. He was educated at Sherborne School and went up to Cambridge in 1935, where he learned to fly with the University Air Squadron.

He joined the RAF in the spring of 1938. After the Battle of Britain he was posted to Malta, and on February 26 1942 he was shot down off the coast of Sicily and taken prisoner.

Carrow-Pendleton made his first escape attempt from a camp in Silesia that autumn, walking out of the main gate disguised as a German electrician. He was at liberty for six days before being caught at a railway station in Breslau. His second attempt, in the winter of 1943, ended after 36 hours in a snowdrift.

He was liberated by Soviet troops in January 1945 and returned to England that April.

After the war he farmed 400 acres near Bridport and for more than 40 years chaired the local branch of the Royal Air Forces Association. Every September he laid a wreath at the memorial in Portland on the anniversary of his victories, a habit he kept up until last year, when illness prevented him from travelling.

He was appointed MBE in 1986 for services to ex-servicemen.

Though self-deprecating about the war, he could be drawn on the subject over a glass of port. "We were all frightened," he would say, "but we were too young to know how frightened we should have been."

He married, in 1946, Joan Mallory, who died in 1998. He is survived by their two sons and a daughter.

Hugh Carrow-Pendleton, born March 3 1917, died December 28 2001
""", [
    ('almost three years', 'DURATION', 'P3Y'),
    ('the afternoon of August 15 1940', 'DATE|TIME', '1940-08-15TAF'),
    ('ten minutes', 'DURATION', 'PT10M'),
    ('The next morning', 'DATE|TIME', '1940-08-16TMO'),
    ('four hours', 'DURATION', 'PT4H'),
    ('two days later', 'DATE', '1940-08-18'),
    ('March 3 1917', 'DATE', '1917-03-03'),
    ('1935', 'DATE', '1935'),
    ('the spring of 1938', 'DATE', '1938-SP'),
    ('February 26 1942', 'DATE', '1942-02-26'),
    ('that autumn', 'DATE', '1942-FA'),
    ('six days', 'DURATION', 'P6D'),
    ('the winter of 1943', 'DATE', '1943-WI'),
    ('36 hours', 'DURATION', 'PT36H'),
    ('January 1945', 'DATE', '1945-01'),
    ('that April', 'DATE', '1945-04'),
    ('more than 40 years', 'DURATION', 'P40Y'),
    ('Every September', 'SET', 'XXXX-09'),
    ('last year', 'DATE', '2001'),
    ('1986', 'DATE', '1986'),
    ('1946', 'DATE', '1946'),
    ('1998', 'DATE', '1998'),
    ('March 3 1917', 'DATE', '1917-03-03'),
    ('December 28 2001', 'DATE', '2001-12-28'),
]),
# 5. Irish Times, death of a west Clare fiddler (2005)
('2005-09-14', 'auto', """Death of Clare fiddler who carried the west Clare style abroad

Áine Flanagan, Western Correspondent

Tributes were paid yesterday to Michael "Mixie" Hanrahan, the Co Clare fiddler whose recordings in the 1960s helped to revive interest in the music of the west of the county. He died at his home near Kilmihil on Monday night, aged 83.

His funeral Mass will be celebrated at St Michael's Church, Kilmihil, at noon on Thursday, followed by burial in the adjoining cemetery.

Born in 1922 on a small farm at Letterkelly, the eldest of seven children, Hanrahan learned the fiddle from his mother and played his first house dance at the age of 11. By the late 1930s he was in demand at crossroads dances and in country kitchens across west Clare.

Like many of his generation he emigrated, leaving for London in the spring of 1948. He spent 14 years working on building sites in Camden and Kilburn, playing in the pubs of the Irish community there every weekend.

He returned to Clare in 1962, and the following year won the senior fiddle title at the All-Ireland Fleadh. Two albums for the Gael Linn label followed, in 1966 and 1969, and they are still regarded by many musicians as the finest recordings of the local style.

For more than 30 years he taught children in a room above Considine's pub in Kilmihil on Tuesday evenings, charging nothing. Many of his pupils have gone on to play professionally, and two of them played at his bedside at the weekend.

"He never wrote a note down in his life," said the concertina player Nóra Keane, who recorded with him in 1978. "You learned the tune from him or you didn't learn it at all."

Hanrahan was conferred with an honorary degree by NUI Galway in 2001. He played in public for the last time in July, at a session in Miltown Malbay during the Willie Clancy week, where he performed for nearly an hour to a packed bar.

He is survived by his wife Bridie, whom he married in London in 1955, four children and 12 grandchildren. His brother Tom, also a fiddler, died last year.

The family has asked that those attending the funeral bring their instruments.
""", [
    ('yesterday', 'DATE', '2005-09-13'),
    ('the 1960s', 'DATE', '196'),
    ('Monday night', 'DATE|TIME', '2005-09-12TNI'),
    ('noon on Thursday', 'TIME', '2005-09-15T12:00'),
    ('1922', 'DATE', '1922'),
    ('the late 1930s', 'DATE', '193'),
    ('the spring of 1948', 'DATE', '1948-SP'),
    ('14 years', 'DURATION', 'P14Y'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('1962', 'DATE', '1962'),
    ('the following year', 'DATE', '1963'),
    ('1966', 'DATE', '1966'),
    ('1969', 'DATE', '1969'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('Tuesday evenings', 'SET', 'XXXX-WXX-2TEV'),
    ('the weekend', 'DATE', '2005-W36-WE'),
    ('1978', 'DATE', '1978'),
    ('2001', 'DATE', '2001'),
    ('July', 'DATE', '2005-07'),
    ('nearly an hour', 'DURATION', 'PT1H'),
    ('1955', 'DATE', '1955'),
    ('last year', 'DATE', '2004'),
]),
# 6. Sydney Morning Herald, profile of a retiring surf lifesaver (2008)
('2008-04-03', 'auto', """After 70 years on the sand, Stan hangs up his cap

Tom Whitcombe
April 3, 2008

When Stan Kovacic first pulled on the red and yellow cap at Coogee, Joseph Lyons was prime minister, the beach had no toilet block and a reel and line was the most advanced piece of rescue equipment in Sydney.

On Sunday, at the age of 84, he will patrol for the last time.

Mr Kovacic, who joined the Coogee Surf Life Saving Club as a 14-year-old in December 1937, has performed an estimated 300 rescues over seven decades. He still turns up at 6am every Sunday, and until last year he swam the 800 metres from the flags to Wedding Cake Island and back most mornings.

"My knees have finally made the decision for me," he said yesterday, sitting in the clubhouse beneath a photograph of the 1938 march-past team.

The son of Croatian immigrants who had settled in Randwick in the 1920s, he left school at 15 to work in his father's fruit shop. On the afternoon of February 6, 1938, he was at Bondi visiting cousins when a series of freak waves swept more than 200 swimmers out to sea. He spent the next two hours helping to drag people from the water.

"I was 14 and I didn't know anything," he said. "By that evening I knew I'd be doing this for the rest of my life."

He enlisted in the AIF in 1941 and served in New Guinea. Within a month of his discharge in 1946 he was back on patrol.

Over the past six decades he has trained several generations of lifesavers, including three of his grandchildren. He was awarded the Medal of the Order of Australia in 1994 and the club made him a life member the following year.

Club president Rachel Nguyen said Mr Kovacic's final patrol would begin at 8am on Sunday, followed by a barbecue at noon. Surf Life Saving NSW will present him with a service award at its awards dinner in May.

"Stan has been on this beach longer than most of us have been alive," she said. "We've told him the patrol roster will always have a spot for him."
""", [
    ('70 years', 'DURATION', 'P70Y'),
    ('April 3, 2008', 'DATE', '2008-04-03'),
    ('Sunday', 'DATE', '2008-04-06'),
    ('December 1937', 'DATE', '1937-12'),
    ('seven decades', 'DURATION', 'P70Y|P7E'),
    ('6am every Sunday', 'SET', 'XXXX-WXX-7T06:00'),
    ('last year', 'DATE', '2007'),
    ('most mornings', 'SET', 'XXXX-XX-XXTMO'),
    ('yesterday', 'DATE', '2008-04-02'),
    ('1938', 'DATE', '1938'),
    ('the 1920s', 'DATE', '192'),
    ('the afternoon of February 6, 1938', 'DATE|TIME', '1938-02-06TAF'),
    ('the next two hours', 'DURATION', 'PT2H'),
    ('that evening', 'DATE|TIME', '1938-02-06TEV'),
    ('1941', 'DATE', '1941'),
    ('a month', 'DURATION', 'P1M'),
    ('1946', 'DATE', '1946'),
    ('the past six decades', 'DURATION', 'P60Y|P6E'),
    ('1994', 'DATE', '1994'),
    ('the following year', 'DATE', '1995'),
    ('8am on Sunday', 'TIME', '2008-04-06T08:00'),
    ('noon', 'TIME', '2008-04-06T12:00'),
    ('May', 'DATE', '2008-05'),
]),
# 7. AP, obituary of an early NASA flight controller (2011)
('2011-11-29', 'auto', """Flight controller who guided early Gemini missions dies at 81

HOUSTON (AP) -- Walter R. Pruett, a NASA flight controller who sat at the retrofire console for some of the agency's earliest manned flights and later helped design the consoles of Mission Control in Houston, has died. He was 81.

Pruett died Sunday at a hospice in League City, Texas, after a brief illness, his son David Pruett said Monday.

A native of Lubbock, Pruett earned an engineering degree at Texas Tech in 1951 and served as an Air Force navigator in Korea before joining the National Advisory Committee for Aeronautics at Langley, Va., in 1956. When NASA absorbed the committee two years later, he was among the engineers assigned to the new Space Task Group.

He worked the consoles at Cape Canaveral during the Mercury flights and moved with the program to Houston in 1962. As a retrofire officer, he was responsible for calculating precisely when a spacecraft should fire its rockets to come home -- a job that, he liked to say, gave him "about 10 seconds to be right and the rest of my life to be wrong."

During Gemini 4 in June 1965, the first mission controlled from Houston, Pruett worked 12-hour shifts for four days and, his son said, slept on a cot in a storage room between them.

He retired from NASA in 1985 and spent the next two decades volunteering at Space Center Houston, where he gave talks to school groups twice a week until 2009.

"He'd tell the kids that the most important tool in that room was a pencil," said Lorena Castillo, a former education coordinator at the center. "They never believed him."

Pruett's death comes a little more than four months after the final space shuttle landing in July, which he watched on television with his grandchildren. In an interview with the Houston Chronicle last year, he said the end of the shuttle program left him "proud and a little sad at the same time."

Survivors include his wife of 58 years, Marjorie; two sons; a daughter; and eight grandchildren.

A memorial service is scheduled for 11 a.m. Saturday at Clear Lake United Methodist Church. The family has asked that memorial gifts go to an engineering scholarship fund at Texas Tech University.
""", [
    ('Sunday', 'DATE', '2011-11-27'),
    ('Monday', 'DATE', '2011-11-28'),
    ('1951', 'DATE', '1951'),
    ('1956', 'DATE', '1956'),
    ('two years later', 'DATE', '1958'),
    ('1962', 'DATE', '1962'),
    ('about 10 seconds', 'DURATION', 'PT10S'),
    ('June 1965', 'DATE', '1965-06'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('four days', 'DURATION', 'P4D'),
    ('1985', 'DATE', '1985'),
    ('the next two decades', 'DURATION', 'P20Y|P2E'),
    ('twice a week', 'SET', 'P1W'),
    ('2009', 'DATE', '2009'),
    ('a little more than four months', 'DURATION', 'P4M'),
    ('July', 'DATE', '2011-07'),
    ('last year', 'DATE', '2010'),
    ('58 years', 'DURATION', 'P58Y'),
    ('11 a.m. Saturday', 'TIME', '2011-12-03T11:00'),
]),
# 8. Reuters, profile of a departing South African platinum chief (2014)
('2014-07-08', 'auto', """PROFILE-Veteran miner Mokoena leaves Tshwane Platinum after stormy decade

By Sipho Dlamini

JOHANNESBURG, July 8 (Reuters) - Thabo Mokoena, who rose from a shaft-sinking crew to the top of one of South Africa's biggest platinum producers, will retire as chief executive of Tshwane Platinum at the end of September, the company said on Tuesday, ending a tenure scarred by strikes and a slump in metal prices.

The announcement came barely two weeks after the end of a five-month strike across the platinum belt, the longest in the country's mining history, which cost producers an estimated 24 billion rand in lost revenue.

Mokoena, 61, said he had told the board in March that he intended to leave once the dispute was resolved.

"I did not want to walk away in the middle of a fight," he told reporters on a conference call. "Now the company needs a younger team."

Born in a village near Rustenburg in 1953, Mokoena started work underground as a winch operator at the age of 18. He studied mining engineering part-time at the University of the Witwatersrand through the 1980s, qualifying in 1987, and became one of the first black mine managers in the industry four years later.

He joined Tshwane in 2001 as head of operations and took over as chief executive in January 2005, when platinum was trading at about $860 an ounce. Prices peaked above $2,200 in early 2008 before collapsing in the global financial crisis later that year.

Since then the going has been hard. A violent wildcat strike in 2012 shut two of the company's shafts for six weeks, and the group has reported a loss for three consecutive years.

Mokoena will be succeeded by chief financial officer Anneke Visser, 47, who joined from a Canadian miner in 2010. She will take over on October 1.

Analysts said the change was overdue. "Thabo was the right man for the boom, and a brave man for the bust," said one Johannesburg-based analyst. "The question is whether the recovery needs someone different."

Tshwane Platinum shares rose 2.3 percent to 41.60 rand by 1015 GMT on Tuesday, outperforming a flat Johannesburg all-share index. The company will publish full results in August.

(Editing by David Holmes)
""", [
    ('decade', 'DURATION', 'P10Y|P1E'),
    ('July 8', 'DATE', '2014-07-08'),
    ('the end of September', 'DATE', '2014-09'),
    ('Tuesday', 'DATE', '2014-07-08'),
    ('barely two weeks', 'DURATION', 'P2W'),
    ('five-month', 'DURATION', 'P5M'),
    ('March', 'DATE', '2014-03'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1953', 'DATE', '1953'),
    ('the 1980s', 'DATE', '198'),
    ('1987', 'DATE', '1987'),
    ('four years later', 'DATE', '1991'),
    ('2001', 'DATE', '2001'),
    ('January 2005', 'DATE', '2005-01'),
    ('early 2008', 'DATE', '2008'),
    ('later that year', 'DATE', '2008'),
    ('2012', 'DATE', '2012'),
    ('six weeks', 'DURATION', 'P6W'),
    ('three consecutive years', 'DURATION', 'P3Y'),
    ('2010', 'DATE', '2010'),
    ('October 1', 'DATE', '2014-10-01'),
    ('1015 GMT on Tuesday', 'TIME', '2014-07-08T10:15'),
    ('August', 'DATE', '2014-08'),
]),
# 9. Los Angeles Times, obituary of a Koreatown diner owner (2017)
('2017-02-23', 'auto', """Grace Ha Yoon dies at 79; her Koreatown diner fed night-shift L.A. for 40 years

By MARISOL VEGA

Grace Ha Yoon, whose all-night diner on Western Avenue became a refuge for cab drivers, nurses and musicians for four decades, died Feb. 18 at her home in Los Feliz. She was 79.

Her daughter, Jennifer Yoon-Park, said the cause was complications of pancreatic cancer, which was diagnosed a year ago.

Yoon arrived in Los Angeles from Seoul in September 1971 with her husband, Daniel, two small children and about $600. For the first three years she worked the graveyard shift at a garment factory downtown, then cooked breakfast for her family before sleeping.

In 1976 the couple borrowed money from relatives to buy a failing coffee shop near Western and 6th Street. They kept the vinyl booths and the grill and added kimchi fried rice, galbi and a bowl of oxtail soup that regulars swore could cure anything. The Seoul Moon, as they renamed it, never closed, not even on Christmas Day.

During the riots in the spring of 1992, when much of Koreatown burned, Yoon and her son spent 72 hours on the roof with a garden hose. The diner survived; two neighboring businesses did not. It reopened within a week, and for months she fed National Guard members and firefighters at no charge.

Daniel Yoon died in 2003. Yoon ran the restaurant alone until 2015, when she sold it to a longtime cook, Arturo Reyes, who has kept the menu unchanged and her photograph above the register.

"She knew everybody's order, and she knew whose kid was sick," said Reyes, 52. "People came in at 3 in the morning just to talk to her."

Regulars have been leaving flowers at the door since the weekend. Friends plan to gather at the diner on Sunday afternoon, and a funeral service will be held at 10 a.m. Saturday at Young Nak Presbyterian Church.

In addition to her daughter, Yoon is survived by her son, Michael, and five grandchildren.
""", [
    ('40 years', 'DURATION', 'P40Y'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('Feb. 18', 'DATE', '2017-02-18'),
    ('a year ago', 'DATE', '2016'),
    ('September 1971', 'DATE', '1971-09'),
    ('the first three years', 'DURATION', 'P3Y'),
    ('1976', 'DATE', '1976'),
    ('Christmas Day', 'DATE', 'XXXX-12-25'),
    ('the spring of 1992', 'DATE', '1992-SP'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('a week', 'DURATION', 'P1W'),
    ('months', 'DURATION', 'PXM'),
    ('2003', 'DATE', '2003'),
    ('2015', 'DATE', '2015'),
    ('3 in the morning', 'TIME', 'XXXX-XX-XXT03:00'),
    ('the weekend', 'DATE', '2017-W07-WE'),
    ('Sunday afternoon', 'DATE|TIME', '2017-02-26TAF'),
    ('10 a.m. Saturday', 'TIME', '2017-02-25T10:00'),
]),
# 10. Telegraph, obituary of a Himalayan mountaineer, narrative (2019)
('2019-12-04', 'auto', """Dorothy Fairbairn, mountaineer - obituary

Climber who led the first all-woman ascent of a Himalayan peak and later ran a Lake District rescue team

Dorothy Fairbairn, who has died aged 91, led the first all-woman team to climb a major Himalayan peak and spent the rest of a long life persuading young women that the mountains belonged to them too.

On the morning of October 21 1959, after a bivouac in a snow cave at 20,000ft, Fairbairn and two companions reached the summit of Rakpa Himal, in the Rolwaling region of Nepal. They stayed on top for barely 20 minutes before cloud rolled in, and the descent to their high camp took nine hours. Four days later a storm buried the route under several feet of fresh snow.

The expedition had been mocked in parts of the press as "the powder-puff party", and Fairbairn enjoyed pointing out that it came home with every member alive and unfrostbitten.

Dorothy Mary Fairbairn was born on June 9 1928 in Kendal, Westmorland, the daughter of a schoolmaster who took her up Helvellyn when she was six. She was educated at Casterton School and read geography at Newnham College, Cambridge, where she was admitted to the university mountaineering club in 1947 only after threatening to climb the chapel roof to make her case.

Through the early 1950s she climbed in the Alps each summer, making a number of fine ascents in the Mont Blanc range, and in 1955 she made her first visit to the Himalaya as the only woman on a survey party.

After Rakpa Himal she married the geologist Alan Crossthwaite, and the couple settled near Coniston in 1962. For 23 years she was a member of the Coniston Mountain Rescue Team, and she was its leader from 1978 to 1985, a period during which it was called out more than 100 times a year.

She was appointed OBE in 1990. In recent years she lectured frequently at schools across Cumbria, and as recently as last spring she was walking the fells above her home most days.

Her husband died in 2011. She is survived by their son and daughter.

Dorothy Fairbairn, born June 9 1928, died November 24 2019
""", [
    ('the morning of October 21 1959', 'DATE|TIME', '1959-10-21TMO'),
    ('barely 20 minutes', 'DURATION', 'PT20M'),
    ('nine hours', 'DURATION', 'PT9H'),
    ('Four days later', 'DATE', '1959-10-25'),
    ('June 9 1928', 'DATE', '1928-06-09'),
    ('1947', 'DATE', '1947'),
    ('the early 1950s', 'DATE', '195'),
    ('each summer', 'SET', 'XXXX-SU'),
    ('1955', 'DATE', '1955'),
    ('1962', 'DATE', '1962'),
    ('23 years', 'DURATION', 'P23Y'),
    ('1978', 'DATE', '1978'),
    ('1985', 'DATE', '1985'),
    ('a year', 'SET', 'P1Y'),
    ('1990', 'DATE', '1990'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last spring', 'DATE', '2019-SP'),
    ('most days', 'SET', 'P1D|XXXX-XX-XX'),
    ('2011', 'DATE', '2011'),
    ('June 9 1928', 'DATE', '1928-06-09'),
    ('November 24 2019', 'DATE', '2019-11-24'),
]),
# 11. Irish Times, profile of a retiring Aran ferry skipper (2022)
('2022-05-18', 'auto', """Aran skipper to steer his last crossing after 45 years at the helm

Conal Mac Donncha

When Páraic Ó Conghaile takes the Réalt na Maidine out of Ros a' Mhíl harbour at 10.30am on Saturday, it will be the last time he makes the 40-minute crossing to Inis Oírr as her skipper.

Mr Ó Conghaile, who turns 70 next month, first took the wheel of a passenger boat in the summer of 1977, when there were still only a handful of cars on the island and the post came over twice a week.

Born on the island in 1952, he left school at 14 to fish with his father in a currach. He spent four years working on trawlers out of Killybegs and a spell on building sites in Boston before coming home to take charge of the island co-operative's first motor launch.

At first the boat sailed only three times a week, and not at all when a westerly gale was blowing. "There were times when nobody got on or off the island for a fortnight," he recalled this week.

By the co-operative's reckoning he has since carried more than a million passengers, along with coffins, cattle, a piano and, on the night of February 11th, 1991, a woman in labour who gave birth to a daughter shortly after they docked. That daughter, Nóra, is now a nurse at University Hospital Galway and will be aboard on Saturday.

The service carried a record 96,000 passengers in 2019, before the pandemic halted it for almost three months in the spring of 2020. During the peak season crossings now run every two hours, and the co-operative, which marks its 50th anniversary next year, has ordered a second vessel.

Mr Ó Conghaile said he had no plans to leave the water entirely. "I'll be out after mackerel by the end of June," he said. "A man who has been on the sea for 50 years doesn't know what to do with himself on dry land."

His successor, Colm Ó Flaithearta, has been his mate for the past 11 years and holds a full master's licence.

The co-operative will mark his retirement with a céilí in the island hall on Saturday night, and islanders have been asked to bring food and, if they have them, photographs of the old boat.
""", [
    ('45 years', 'DURATION', 'P45Y'),
    ('10.30am on Saturday', 'TIME', '2022-05-21T10:30'),
    ('40-minute', 'DURATION', 'PT40M'),
    ('next month', 'DATE', '2022-06'),
    ('the summer of 1977', 'DATE', '1977-SU'),
    ('twice a week', 'SET', 'P1W'),
    ('1952', 'DATE', '1952'),
    ('four years', 'DURATION', 'P4Y'),
    ('three times a week', 'SET', 'P1W'),
    ('a fortnight', 'DURATION', 'P2W'),
    ('this week', 'DATE', '2022-W20'),
    ('the night of February 11th, 1991', 'DATE|TIME', '1991-02-11TNI'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2022-05-21'),
    ('2019', 'DATE', '2019'),
    ('almost three months', 'DURATION', 'P3M'),
    ('the spring of 2020', 'DATE', '2020-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every two hours', 'SET', 'PT2H'),
    ('next year', 'DATE', '2023'),
    ('the end of June', 'DATE', '2022-06'),
    ('50 years', 'DURATION', 'P50Y'),
    ('the past 11 years', 'DURATION', 'P11Y'),
    ('Saturday night', 'DATE|TIME', '2022-05-21TNI'),
]),
# 12. Sydney Morning Herald, obituary of a reef scientist (2025)
('2025-03-27', 'auto', """Reef scientist who first recorded coral bleaching dies at 88

By Hannah Cole
March 27, 2025

Dr Margaret "Peg" Lindqvist, the marine biologist whose meticulous surveys of the Great Barrier Reef in the 1980s produced some of the earliest evidence of mass coral bleaching, has died in Townsville. She was 88.

Her family said she died peacefully on Tuesday morning at a nursing home overlooking Cleveland Bay, a week after suffering a fall.

Born in Gothenburg, Sweden, in 1936, Lindqvist came to Australia in 1961 on a two-year research fellowship and never left. She joined the fledgling Australian Institute of Marine Science at Cape Ferguson in 1973, one of only two women on its scientific staff.

For the next 25 years she led a survey of 40 reefs between Lizard Island and the Whitsundays each winter, often making four dives a day. Her notebooks, now held in the institute's archive, record the water temperature at every site, every morning, in a tiny, slanting hand.

In February 1982, she noticed that large patches of coral on the inner reefs near Townsville had turned a ghostly white. Within three weeks many had died. Her paper on the event, published the following year, was largely ignored. When far larger bleaching struck in early 1998, colleagues went back to it and found she had described almost exactly what they were seeing.

"Peg saw it 16 years before the rest of us," Professor David Rourke, a former director of the institute, said yesterday.

She retired in 1998 but kept diving well into her 70s and was a regular at the institute's Friday afternoon seminars until the pandemic. She was made a Member of the Order of Australia in 2004.

Lindqvist lived to see the reef suffer its fifth mass bleaching since 2016 last year, which she described in one of her final interviews as "heartbreaking, but not surprising".

She is survived by her partner of 40 years, Ruth Ellison, a nephew in Sweden and, as one former student put it, "about three generations of reef scientists".

A memorial will be held at the institute at 3pm on April 11.
""", [
    ('March 27, 2025', 'DATE', '2025-03-27'),
    ('the 1980s', 'DATE', '198'),
    ('Tuesday morning', 'DATE|TIME', '2025-03-25TMO'),
    ('a week', 'DURATION', 'P1W'),
    ('1936', 'DATE', '1936'),
    ('1961', 'DATE', '1961'),
    ('two-year', 'DURATION', 'P2Y'),
    ('1973', 'DATE', '1973'),
    ('the next 25 years', 'DURATION', 'P25Y'),
    ('each winter', 'SET', 'XXXX-WI'),
    ('a day', 'SET', 'P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('February 1982', 'DATE', '1982-02'),
    ('three weeks', 'DURATION', 'P3W'),
    ('the following year', 'DATE', '1983'),
    ('early 1998', 'DATE', '1998'),
    ('16 years', 'DURATION', 'P16Y'),
    ('yesterday', 'DATE', '2025-03-26'),
    ('1998', 'DATE', '1998'),
    ('Friday afternoon', 'SET', 'XXXX-WXX-5TAF'),
    ('2004', 'DATE', '2004'),
    ('2016', 'DATE', '2016'),
    ('last year', 'DATE', '2024'),
    ('40 years', 'DURATION', 'P40Y'),
    ('3pm on April 11', 'TIME', '2025-04-11T15:00'),
]),
]
