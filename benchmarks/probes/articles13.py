# Gold TIMEX3 probe set 13: twelve texts of 1996-2024: wire news, business, features, a history explainer and an obituary, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, wire news (1996)
('1996-10-18', 'auto', """Milwaukee Bus Drivers Authorize Strike

MILWAUKEE (AP) -- Bus drivers for the Milwaukee County Transit System voted overwhelmingly Thursday to authorize a strike, and union leaders said they would walk off the job at 12:01 a.m. Monday if no agreement is reached over the weekend.

The vote, 1,184 to 61, came after nearly eight months of talks over wages, health coverage and the use of part-time drivers. The drivers' contract with the county expired March 31, and they have been working without one since.

"We don't want to strike, but we're not going to keep driving for a contract that takes money out of our pockets," Darnell Hughes, president of Local 998 of the Amalgamated Transit Union, told cheering members at a rally late Thursday.

The county has offered raises totaling 6 percent over three years, while the union is seeking 10.5 percent over the same period. County Executive Robert Kessler said Friday the offer was "fair and final," but he said county negotiators would return to the table Saturday morning.

About 160,000 rides are taken on the system each day, many of them by students and downtown office workers. School officials said they were arranging car pools and would decide by Sunday evening whether to delay the start of classes Monday.

The last transit strike in Milwaukee, in 1981, lasted 19 days and left thousands of workers stranded in the middle of January. Hughes, who was a driver at the time, said the union had learned from that walkout.

Ridership has fallen by about 12 percent since 1990, and the county has cut service on several routes in the past two years to close budget gaps. Transit officials say a strike now could drive more riders away for good.

"Every day the buses don't run, we lose people we may never get back," said transit system spokeswoman Ellen Marsh.

Talks broke down last week after the county proposed shifting more of the cost of health insurance to workers. A federal mediator met separately with both sides on Wednesday and is expected to remain in Milwaukee through the weekend.

A strike would be the first since the county took over the privately owned bus company in 1975. The county board's finance committee is scheduled to meet next Thursday to review the proposed 1997 budget, which includes a 25-cent fare increase.
""", [
    ('Thursday', 'DATE', '1996-10-17'),
    ('12:01 a.m. Monday', 'TIME', '1996-10-21T00:01'),
    ('the weekend', 'DATE', '1996-W42-WE'),
    ('nearly eight months', 'DURATION', 'P8M'),
    ('March 31', 'DATE', '1996-03-31'),
    ('late Thursday', 'DATE', '1996-10-17'),
    ('three years', 'DURATION', 'P3Y'),
    ('Friday', 'DATE', '1996-10-18'),
    ('Saturday morning', 'DATE|TIME', '1996-10-19TMO'),
    ('each day', 'SET', 'P1D'),
    ('Sunday evening', 'DATE|TIME', '1996-10-20TEV'),
    ('Monday', 'DATE', '1996-10-21'),
    ('1981', 'DATE', '1981'),
    ('19 days', 'DURATION', 'P19D'),
    ('the middle of January', 'DATE', '1981-01'),
    ('1990', 'DATE', '1990'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Every day', 'SET', 'P1D'),
    ('last week', 'DATE', '1996-W41'),
    ('Wednesday', 'DATE', '1996-10-16'),
    ('the weekend', 'DATE', '1996-W42-WE'),
    ('1975', 'DATE', '1975'),
    ('next Thursday', 'DATE', '1996-10-24'),
    ('1997', 'DATE', '1997'),
]),

# 2. Reuters, business news (1997)
('1997-05-14', 'auto', """Dutch chemicals group Vandermeer to buy Calloway for $2.1 bln

AMSTERDAM, May 14 (Reuter) - Dutch chemicals group Vandermeer NV said on Wednesday it had agreed to buy U.S. specialty resins maker Calloway Industries Inc for about $2.1 billion in cash, its biggest acquisition in more than a decade.

Vandermeer will pay $38.50 a share, a 27 percent premium to Calloway's closing price on Tuesday. The boards of both companies approved the deal late Monday, and Vandermeer said it expected the transaction to close in the third quarter, subject to regulatory approval and a vote by Calloway shareholders.

"This gives us the scale in North America that we have lacked for years," chief executive Pieter de Wit told a news conference in Amsterdam. He said the two companies had combined sales of about 9.4 billion guilders last year.

Vandermeer shares rose 3.2 percent to 142.60 guilders by mid-afternoon, outperforming a flat Amsterdam market. Calloway shares were indicated sharply higher ahead of the New York open.

Analysts said the price was full but the deal made strategic sense. "They have been talking about a U.S. acquisition since 1995, so nobody is surprised," said one Amsterdam-based analyst who asked not to be named.

Calloway, based in Charlotte, North Carolina, reported first-quarter net income of $31.2 million last month, up from $24.5 million a year earlier. It employs about 4,100 people at 11 plants in the United States and Mexico.

Vandermeer said it would fund the purchase from cash and new borrowing, and would sell about 1.5 billion guilders of non-core businesses over the next two years. It reaffirmed its forecast of higher profit in 1997 and said the deal would add to earnings per share from 1999.

The company has made a string of smaller purchases in recent years, including a German coatings business in 1994 and a Spanish adhesives maker in January. De Wit said there were no plans for further large deals for now.

Calloway shareholders are expected to vote on the offer in August. U.S. antitrust regulators have 30 days to review the deal once it is filed, which Vandermeer said would happen by the end of the month.

Vandermeer, which has been listed in Amsterdam since 1962, will report its own first-quarter results next Tuesday.

((Amsterdam newsroom +31 20 504 5000))
""", [
    ('May 14', 'DATE', '1997-05-14'),
    ('Wednesday', 'DATE', '1997-05-14'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('Tuesday', 'DATE', '1997-05-13'),
    ('late Monday', 'DATE', '1997-05-12'),
    ('the third quarter', 'DATE', '1997-Q3'),
    ('years', 'DURATION', 'PXY'),
    ('last year', 'DATE', '1996'),
    ('mid-afternoon', 'TIME|DATE', '1997-05-14TAF'),
    ('1995', 'DATE', '1995'),
    ('first-quarter', 'DATE', '1997-Q1'),
    ('last month', 'DATE', '1997-04'),
    ('a year earlier', 'DATE', '1996-Q1|1996'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('1997', 'DATE', '1997'),
    ('1999', 'DATE', '1999'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('1994', 'DATE', '1994'),
    ('January', 'DATE', '1997-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '1997-08'),
    ('30 days', 'DURATION', 'P30D'),
    ('the end of the month', 'DATE', '1997-05'),
    ('1962', 'DATE', '1962'),
    ('first-quarter', 'DATE', '1997-Q1'),
    ('next Tuesday', 'DATE', '1997-05-20'),
]),

# 3. Xinhua, wire news (1998)
('1998-07-09', 'auto', """Water level at Wuhan rises above warning line as rains persist

WUHAN, July 9 (Xinhua) -- The water level of the Yangtze River at Wuhan rose above the warning line again Thursday morning, and local authorities have mobilized more than 20,000 soldiers and residents to reinforce dikes, officials said.

The level at the Hankou hydrological station reached 27.65 meters at 8 a.m., 0.35 meters above the warning mark, according to the Hubei provincial flood control headquarters. It had risen by nearly one meter in the past three days.

Heavy rain has fallen on most parts of Hubei and Hunan provinces since late June, and meteorologists forecast more storms in the next ten days. The rainy season in the middle reaches of the Yangtze had been expected to end in mid-July, but the provincial meteorological bureau said Wednesday it could last into August.

Officials of the State Flood Control and Drought Relief Headquarters who inspected dikes in Jiayu county on Tuesday urged local governments to keep patrols on the embankments around the clock and to report on dangerous sections every two hours.

In Hunan's Dongting Lake area, 1,100 people were moved to higher ground over the weekend after a section of dike near Yueyang was breached early Sunday. No deaths were reported, the provincial government said.

The floods are the most serious in the region since 1954, when the Yangtze stayed above the warning line for nearly three months and more than 30,000 people died. In 1996, floods in Hunan and Hubei caused direct economic losses of more than 50 billion yuan.

Since June, the central government has allocated 700 million yuan for relief and dike repair, and the Ministry of Civil Affairs has sent tents, food and medicine to the worst-hit counties.

Schools in low-lying districts of Wuhan, which closed for the summer last week, will be used as temporary shelters, city officials said. The city has also ordered factories along the river to prepare to evacuate workers within 24 hours of an alarm.

The water level at Wuhan is expected to peak around July 15, the headquarters said, adding that the next two weeks will be critical. The headquarters will hold daily briefings until the danger has passed.
""", [
    ('July 9', 'DATE', '1998-07-09'),
    ('Thursday morning', 'DATE|TIME', '1998-07-09TMO'),
    ('8 a.m.', 'TIME', '1998-07-09T08:00'),
    ('the past three days', 'DURATION', 'P3D'),
    ('late June', 'DATE', '1998-06'),
    ('the next ten days', 'DURATION', 'P10D'),
    ('mid-July', 'DATE', '1998-07'),
    ('Wednesday', 'DATE', '1998-07-08'),
    ('August', 'DATE', '1998-08'),
    ('Tuesday', 'DATE', '1998-07-07'),
    ('every two hours', 'SET', 'PT2H'),
    ('the weekend', 'DATE', '1998-W27-WE'),
    ('early Sunday', 'DATE', '1998-07-05'),
    ('1954', 'DATE', '1954'),
    ('nearly three months', 'DURATION', 'P3M'),
    ('1996', 'DATE', '1996'),
    ('June', 'DATE', '1998-06'),
    ('the summer', 'DATE', '1998-SU'),
    ('last week', 'DATE', '1998-W27'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('July 15', 'DATE', '1998-07-15'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('daily', 'SET', 'P1D'),
]),

# 4. Wall Street Journal, business news (1999)
('1999-02-03', 'auto', """Kestrel Software Net Falls 18% On Asian Slump; Shares Drop

By MARGARET LOWRY
Staff Reporter of THE WALL STREET JOURNAL

SAN JOSE, Calif. -- Kestrel Software Corp. said its fourth-quarter profit fell 18%, hurt by weak sales of its database tools in Asia and higher spending on research, and warned that the slump would last through the first half of this year.

Net income fell to $41.3 million, or 52 cents a share, from $50.4 million, or 63 cents a share, a year earlier. Revenue rose 6% to $388 million. The results, released after the close of trading yesterday, were below the 55 cents a share that analysts surveyed by First Call had expected.

Kestrel shares fell $4.25 to $31.50 in after-hours trading, after closing at $35.75, up 50 cents, at 4 p.m. yesterday in Nasdaq Stock Market trading.

Chief Executive Raymond Tso said in an interview that orders from Asian banks, which account for about a fifth of sales, had "fallen off a cliff" since the summer of 1997, and that he did not expect a recovery before the second half of this year.

"We've had a tough nine months, and I don't think this year will be much easier," Mr. Tso said. He added that the company would cut about 350 jobs, or 7% of its work force, over the next six months and take a charge of about $20 million in the current quarter.

For fiscal 1998, which ended Dec. 31, Kestrel earned $182 million, or $2.29 a share, on revenue of $1.49 billion. The company said it expects revenue in fiscal 1999 to grow between 5% and 8%, well below the double-digit growth it posted every year from 1992 to 1997.

Analysts said the company's problems go beyond Asia. Kestrel has lost ground in recent months to larger rivals such as Oracle Corp. that bundle similar tools with their databases, and a new version of its flagship product, originally scheduled for last October, won't ship until April.

"They've missed two ship dates now, and customers are losing patience," said Anne Whitfield, an analyst at Hambrecht & Quist in San Francisco, who cut her rating on the stock to "neutral" from "buy" early today.

Mr. Tso, 51 years old, co-founded Kestrel in 1984 and took it public four years later. He said the company has $610 million in cash and no debt and will continue to buy back stock; its board authorized the repurchase of as many as five million shares last month.
""", [
    ('fourth-quarter', 'DATE', '1998-Q4'),
    ('the first half of this year', 'DATE', '1999-H1'),
    ('a year earlier', 'DATE', '1997-Q4|1997'),
    ('yesterday', 'DATE', '1999-02-02'),
    ('4 p.m. yesterday', 'TIME', '1999-02-02T16:00'),
    ('the summer of 1997', 'DATE', '1997-SU'),
    ('the second half of this year', 'DATE', '1999-H2'),
    ('nine months', 'DURATION', 'P9M'),
    ('this year', 'DATE', '1999'),
    ('the next six months', 'DURATION', 'P6M'),
    ('the current quarter', 'DATE', '1999-Q1'),
    ('fiscal 1998', 'DATE', 'FY1998|1998'),
    ('Dec. 31', 'DATE', '1998-12-31'),
    ('fiscal 1999', 'DATE', 'FY1999|1999'),
    ('every year', 'SET', 'P1Y'),
    ('1992', 'DATE', '1992'),
    ('1997', 'DATE', '1997'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('last October', 'DATE', '1998-10'),
    ('April', 'DATE', '1999-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('early today', 'DATE', '1999-02-03'),
    ('1984', 'DATE', '1984'),
    ('four years later', 'DATE', '1988'),
    ('last month', 'DATE', '1999-01'),
]),

# 5. New York Times, metro news (2000)
('2000-11-21', 'auto', """Turnpike Tolls to Rise 35% as Authority Rejects Delay

By DAVID ARKIN

The New Jersey Turnpike Authority voted yesterday to raise tolls by an average of 35 percent starting Jan. 1, the first increase since 1991, over the objections of commuters and several state legislators who had urged a delay.

Under the plan, the toll for a car traveling the full length of the turnpike will rise to $5.30 from $3.90. Truckers, who already pay about three times as much as motorists, would face a further increase in January 2003 if the authority's board approves it next fall.

Authority officials said the money was needed for a $1.3 billion program to widen the road between Exits 8A and 9 and to repair bridges, some of which date to the 1950's. The turnpike opened in 1951 and has been widened several times since.

"Nobody likes to pay more, but the alternative is a road that falls apart under us," said Edward Gross, the authority's executive director, after the 4-to-1 vote. He said the authority had held 11 public hearings since September and had scaled back its original proposal, which called for a 50 percent increase.

Opponents packed the authority's meeting room in New Brunswick for nearly four hours yesterday morning. Many said they had seen little improvement in traffic over the past decade.

"I sit in the same jam at Exit 11 that I sat in 10 years ago, and now I get to pay more for it," said Linda Perez, a nurse from Woodbridge who drives to Newark five days a week.

State Senator Raymond Lanza, a Democrat from Middlesex County, said he would introduce a bill next month to require legislative approval of any toll increase. But the measure is unlikely to advance before January, when the Legislature returns from its recess.

A spokesman for Gov. Christie Whitman, who has 10 days to veto the authority's actions, said Monday that she would not block the increase.

The authority also voted to expand the E-ZPass electronic toll system, which drivers have been able to use on the turnpike since the summer, and to offer a 10 percent discount to E-ZPass users who travel in off-peak periods. The turnpike carried more than 220 million vehicles last year, according to the authority.

The new tolls will take effect at 12:01 a.m. on New Year's Day, officials said, and signs announcing the change will go up at toll plazas after Thanksgiving.
""", [
    ('yesterday', 'DATE', '2000-11-20'),
    ('Jan. 1', 'DATE', '2001-01-01'),
    ('1991', 'DATE', '1991'),
    ('January 2003', 'DATE', '2003-01'),
    ('next fall', 'DATE', '2001-FA'),
    ("the 1950's", 'DATE', '195'),
    ('1951', 'DATE', '1951'),
    ('September', 'DATE', '2000-09'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('yesterday morning', 'DATE|TIME', '2000-11-20TMO'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('10 years ago', 'DATE', '1990'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('five days a week', 'SET', 'P1W'),
    ('next month', 'DATE', '2000-12'),
    ('January', 'DATE', '2001-01'),
    ('10 days', 'DURATION', 'P10D'),
    ('Monday', 'DATE', '2000-11-20'),
    ('the summer', 'DATE', '2000-SU'),
    ('last year', 'DATE', '1999'),
    ("12:01 a.m. on New Year's Day", 'TIME', '2001-01-01T00:01'),
    ('Thanksgiving', 'DATE', '2000-11-23'),
]),

# 6. AFP, wire news (2001)
('2001-03-27', 'auto', """French air traffic controllers call Easter strike

PARIS, March 27 (AFP) - France's largest union of air traffic controllers on Tuesday called a 48-hour strike over the Easter weekend, threatening disruption for hundreds of thousands of travellers at one of the busiest periods for airlines.

The SNCTA union said controllers would walk out from 6 a.m. on Friday, April 13, until 6 a.m. on Sunday, April 15, to protest against staffing shortages and a plan to reorganise the country's regional control centres. The union said the stoppage could be called off if the transport ministry agreed to reopen talks before the end of next week.

The ministry, whose officials met union leaders on Monday evening, said in a statement that it "regretted" the decision and that a recruitment plan announced in February already addressed most of the union's concerns.

Controllers have staged four strikes since last autumn, the most recent on March 8, when nearly half of all flights at Paris's Charles de Gaulle and Orly airports were cancelled. A one-day stoppage in January cost Air France an estimated 80 million francs ($11 million), the airline said at the time.

The union says France needs to hire at least 800 more controllers over the next three years to cope with air traffic, which has grown by more than 40 percent since 1995.

"Our members have been working overtime every weekend for months," union spokesman Philippe Rouault told AFP. "We warned the ministry in December that this could not go on."

Air France said it would publish a reduced flight schedule on Thursday if the strike went ahead, and advised passengers to check the status of their flights before leaving for the airport. Tour operators said bookings for the two-week school holidays, which begin in the Paris region on April 7, were already at record levels.

The European air navigation agency Eurocontrol said last week that flight delays in European airspace rose 20 percent in 2000 and warned that the summer could be worse. The European Commission is due to present proposals for a "single European sky" later this year.
""", [
    ('March 27', 'DATE', '2001-03-27'),
    ('Tuesday', 'DATE', '2001-03-27'),
    ('48-hour', 'DURATION', 'PT48H'),
    ('the Easter weekend', 'DATE', '2001-W15-WE'),
    ('6 a.m. on Friday, April 13', 'TIME', '2001-04-13T06:00'),
    ('6 a.m. on Sunday, April 15', 'TIME', '2001-04-15T06:00'),
    ('the end of next week', 'DATE', '2001-W14'),
    ('Monday evening', 'DATE|TIME', '2001-03-26TEV'),
    ('February', 'DATE', '2001-02'),
    ('last autumn', 'DATE', '2000-FA'),
    ('March 8', 'DATE', '2001-03-08'),
    ('one-day', 'DURATION', 'P1D'),
    ('January', 'DATE', '2001-01'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('1995', 'DATE', '1995'),
    ('every weekend', 'SET', 'XXXX-WXX-WE'),
    ('months', 'DURATION', 'PXM'),
    ('December', 'DATE', '2000-12'),
    ('Thursday', 'DATE', '2001-03-29'),
    ('two-week', 'DURATION', 'P2W'),
    ('April 7', 'DATE', '2001-04-07'),
    ('last week', 'DATE', '2001-W12'),
    ('2000', 'DATE', '2000'),
    ('the summer', 'DATE', '2001-SU'),
    ('later this year', 'DATE', '2001'),
]),

# 7. Magazine profile, feature (2019)
('2019-09-12', 'auto', """The Long Cooking of Maya Okafor

After a decade in other people's kitchens, the Lagos-born chef is opening a restaurant that is entirely her own.

By Hannah Price | September 12, 2019

When I arrive at Ember, Maya Okafor is already elbow-deep in a tub of fermenting cassava, and the radio is playing Fela Kuti loud enough to rattle the windows. The restaurant, 40 seats in a former tire shop on Detroit's east side, opens to the public next week. For now, the dining room is a jumble of ladders and unpainted chairs, and Okafor, 38, spends her time testing dishes on her four cooks, her landlord and anyone else who wanders in.

"I've been planning this menu for about 15 years," she says. "I just didn't know it."

Okafor grew up in Lagos and moved to Houston with her mother in 1994, when she was 13. She cooked her way through the University of Houston, working weekends at a Nigerian buka in Alief, and dropped out to enroll in culinary school. What followed reads like a tour of American fine dining: two years on the line at a Chicago steakhouse, three years at a tasting-menu restaurant in San Francisco and, from 2012 to early this year, a run as chef de cuisine at Larkspur, the Detroit restaurant that helped turn the city's dining scene into a national story.

At Larkspur she earned a James Beard nomination in 2016 and a reputation for sauces that other chefs tried, and failed, to copy. She left in March, exhausted by the hours and, she says, tired of cooking food that wasn't hers.

The summer was the hardest stretch of her career. A deal for a space in Corktown collapsed in June, two weeks before she was due to sign the lease. A crowdfunding campaign in July raised $61,000, less than half of what she needed. "There were times I sat in my car and thought about calling Larkspur," she says.

Then, on August 2, a friend introduced her to the owners of the tire shop. They signed a ten-year lease the following week, and Okafor's crew has been working on the building ever since.

The menu will change weekly and lean on what Okafor calls "the long cooking" of West Africa: egusi simmered for hours, smoked catfish, a goat pepper soup made from her grandmother's recipe. Dinner will be served five nights a week and, starting in the new year, lunch on Sundays.

Her mother, who still lives in Houston, is flying in for the opening. "She calls me every day to ask if I'm sure," Okafor says, laughing. "I tell her: Mama, ask me again next summer."
""", [
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('September 12, 2019', 'DATE', '2019-09-12'),
    ('next week', 'DATE', '2019-W38'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about 15 years', 'DURATION', 'P15Y'),
    ('1994', 'DATE', '1994'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('two years', 'DURATION', 'P2Y'),
    ('three years', 'DURATION', 'P3Y'),
    ('2012', 'DATE', '2012'),
    ('early this year', 'DATE', '2019'),
    ('2016', 'DATE', '2016'),
    ('March', 'DATE', '2019-03'),
    ('The summer', 'DATE', '2019-SU'),
    ('June', 'DATE', '2019-06'),
    ('two weeks', 'DURATION', 'P2W'),
    ('July', 'DATE', '2019-07'),
    ('August 2', 'DATE', '2019-08-02'),
    ('ten-year', 'DURATION', 'P10Y'),
    ('the following week', 'DATE', '2019-W32'),
    ('weekly', 'SET', 'P1W'),
    ('hours', 'DURATION', 'PTXH'),
    ('five nights a week', 'SET', 'P1W'),
    ('the new year', 'DATE', '2020'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('every day', 'SET', 'P1D'),
    ('next summer', 'DATE', '2020-SU'),
]),

# 8. Travel piece, feature (2023)
('2023-06-05', 'auto', """Chasing the Light in Lofoten

Above the Arctic Circle, Norway's most photographed islands are bracing for record crowds this summer. Here is how to see them without fighting for a view.

When my ferry from Bodø docked in Moskenes last July, the sun was still hanging high above the granite peaks, though every clock on board insisted it was nearly bedtime. This year the sun has not set in Lofoten since May 27, and it will not set again until July 17. Locals joke that the only clock that matters here is the tide.

Cod has been dried on wooden racks here for more than 1,000 years, and the fishing season still brings hundreds of boats to the islands every year. But tourism has changed the place in the past decade. The number of overnight stays in Lofoten roughly doubled between 2012 and 2019, according to the regional tourist board, and in 2021 Moskenes became one of the first Norwegian municipalities to ask visitors for a voluntary fee to help maintain trails and toilets.

I spent four days in Reine, a village of red and yellow fishermen's cabins, or rorbuer, that cling to the rocks at the mouth of a fjord. Until the 1990s most of them were still used by fishermen; now nearly all are rented to visitors. The best have been restored with care, and a two-person cabin starts at about 1,900 kroner (about $175).

The hike everybody wants to do is Reinebringen, a steep climb to a ridge 448 meters above the village. For years it was a muddy scramble; since 2019 a stone staircase of nearly 2,000 steps, built by Nepalese Sherpas, has made it safer, if hardly easier. Go after dinner, when the light is softest and the stairs are quietest. Under the midnight sun, nobody will notice the hour.

Getting there: Wideroe flies from Bodø to Leknes twice a day, and the Hurtigruten coastal ships call at Stamsund and Svolvær daily. The car ferry from Bodø to Moskenes takes about three and a half hours; this July it is expected to be full on most sailings, so reserve a place now.

The Lofoten International Art Festival, held every two years, returns to Svolvær this fall after a four-year pause. And if the crowds become too much, remember that the islands will be nearly empty again by November, when the northern lights replace the midnight sun and the cod boats start coming back.
""", [
    ('this summer', 'DATE', '2023-SU'),
    ('last July', 'DATE', '2022-07'),
    ('This year', 'DATE', '2023'),
    ('May 27', 'DATE', '2023-05-27'),
    ('July 17', 'DATE', '2023-07-17'),
    ('more than 1,000 years', 'DURATION', 'P1000Y'),
    ('every year', 'SET', 'P1Y'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2012', 'DATE', '2012'),
    ('2019', 'DATE', '2019'),
    ('2021', 'DATE', '2021'),
    ('four days', 'DURATION', 'P4D'),
    ('the 1990s', 'DATE', '199'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('years', 'DURATION', 'PXY'),
    ('2019', 'DATE', '2019'),
    ('twice a day', 'SET', 'P1D'),
    ('daily', 'SET', 'P1D'),
    ('about three and a half hours', 'DURATION', 'PT3H30M'),
    ('this July', 'DATE', '2023-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every two years', 'SET', 'P2Y'),
    ('this fall', 'DATE', '2023-FA'),
    ('four-year', 'DURATION', 'P4Y'),
    ('November', 'DATE', '2023-11'),
]),

# 9. Anniversary history explainer, 1914-1945 (2015)
('2015-05-05', 'auto', """Seventy years on, the Netherlands celebrates the spring it was set free

AMSTERDAM — At 8 p.m. on Monday, the Netherlands fell silent for two minutes, as it does each May 4, to remember the dead of the Second World War. Today, Liberation Day, the country marks the 70th anniversary of the end of the German occupation with music festivals in all 12 provinces.

The occupation lasted almost exactly five years. But the story begins in 1914.

When the First World War broke out in August 1914, the Dutch government declared the country neutral, and it stayed out of the fighting for the next four years. On Nov. 10, 1918, the deposed German emperor, Wilhelm II, crossed the border at Eijsden and asked for asylum. He lived in exile at Doorn until his death in June 1941.

The Netherlands declared its neutrality again in 1939. It held for eight months. On May 10, 1940, German troops crossed the border. Four days later the Luftwaffe bombed the center of Rotterdam, killing some 850 people, and on the evening of May 14 the Dutch commander-in-chief agreed to surrender; the formal capitulation was signed the following day.

The persecution of the country's 140,000 Jews began within months. When the first roundups took place in Amsterdam in February 1941, workers across the city answered with a general strike on Feb. 25, a protest almost unique in occupied Europe. It was crushed within two days. By 1945, more than 100,000 Dutch Jews had been murdered.

Hope returned in September 1944. Allied troops liberated Maastricht on Sept. 14, and three days later launched Operation Market Garden, an attempt to seize the Rhine bridges at Arnhem. It failed within ten days, leaving the north and west of the country under German control for another seven months.

What followed was the winter of 1944-45. A railway strike that began in September, and a German food embargo imposed in reprisal, left the western cities without supplies. By February 1945, rations in Amsterdam had fallen below 600 calories per person. About 20,000 people died of hunger and cold before the spring.

In late April, the occupiers agreed to a truce, and on April 29 British bombers began dropping food over Rotterdam, The Hague and Leiden. Within a week it was over. On May 4, 1945, German forces in the Netherlands surrendered to Field Marshal Montgomery at Lüneburg Heath, and the next day the capitulation was confirmed at a hotel in Wageningen. Canadian troops entered Amsterdam on May 8.

For the liberation generation, now in their 80s and 90s, this week's ceremonies may be the last round-number anniversary they attend. King Willem-Alexander will lay a wreath in Wageningen this afternoon.
""", [
    ('Seventy years', 'DURATION', 'P70Y'),
    ('the spring', 'DATE', '1945-SP'),
    ('8 p.m. on Monday', 'TIME', '2015-05-04T20:00'),
    ('two minutes', 'DURATION', 'PT2M'),
    ('each May 4', 'SET', 'XXXX-05-04'),
    ('Today', 'DATE', '2015-05-05'),
    ('Liberation Day', 'DATE', '2015-05-05'),
    ('almost exactly five years', 'DURATION', 'P5Y'),
    ('1914', 'DATE', '1914'),
    ('August 1914', 'DATE', '1914-08'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('Nov. 10, 1918', 'DATE', '1918-11-10'),
    ('June 1941', 'DATE', '1941-06'),
    ('1939', 'DATE', '1939'),
    ('eight months', 'DURATION', 'P8M'),
    ('May 10, 1940', 'DATE', '1940-05-10'),
    ('Four days later', 'DATE', '1940-05-14'),
    ('the evening of May 14', 'DATE|TIME', '1940-05-14TEV'),
    ('the following day', 'DATE', '1940-05-15'),
    ('months', 'DURATION', 'PXM'),
    ('February 1941', 'DATE', '1941-02'),
    ('Feb. 25', 'DATE', '1941-02-25'),
    ('two days', 'DURATION', 'P2D'),
    ('1945', 'DATE', '1945'),
    ('September 1944', 'DATE', '1944-09'),
    ('Sept. 14', 'DATE', '1944-09-14'),
    ('three days later', 'DATE', '1944-09-17'),
    ('ten days', 'DURATION', 'P10D'),
    ('another seven months', 'DURATION', 'P7M'),
    ('the winter of 1944-45', 'DATE', '1944-WI'),
    ('September', 'DATE', '1944-09'),
    ('February 1945', 'DATE', '1945-02'),
    ('the spring', 'DATE', '1945-SP'),
    ('late April', 'DATE', '1945-04'),
    ('April 29', 'DATE', '1945-04-29'),
    ('a week', 'DURATION', 'P1W'),
    ('May 4, 1945', 'DATE', '1945-05-04'),
    ('the next day', 'DATE', '1945-05-05'),
    ('May 8', 'DATE', '1945-05-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this week', 'DATE', '2015-W19'),
    ('this afternoon', 'DATE|TIME', '2015-05-05TAF'),
]),

# 10. Encyclopedia-style city entry, 1602-2026 (2021)
('2021-01-15', 'auto', """Marenhafen

Marenhafen (Low German: Maarnhaven) is a port town and municipality in the district of Leer in Lower Saxony, Germany. It lies on the east bank of the Ems estuary, about 20 km south of Emden. With a population of 28,417 (2019), it is one of the largest towns in East Frisia.

History

Marenhafen received town rights from Count Enno III of East Frisia in 1602, and its harbour was fortified between 1606 and 1611. During the Thirty Years' War the town was occupied by the troops of Count Mansfeld from 1622 to 1624 and lost nearly half of its inhabitants to plague in the summer of 1636.

A fire on the night of 11 October 1721 destroyed most of the old town. The town hall was rebuilt in the Baroque style three years later and remains the town's best-known building.

East Frisia passed to Prussia in 1744. Under Prussian rule the harbour was deepened, and by 1800 the population had doubled. After the Napoleonic period the town became part of the Kingdom of Hanover in 1815; it returned to Prussia in 1866.

The railway reached Marenhafen in 1856, and in 1872 the shipbuilder Hinrich Ubbens founded the yard that would dominate the town's economy. During the First World War the yard built minesweepers for the Imperial Navy. Between 1933 and 1945 it employed up to 3,000 workers, including forced labourers during the war. An Allied air raid on 6 September 1944 destroyed about 60 per cent of the town centre. Canadian troops entered Marenhafen on 5 May 1945.

The old town was rebuilt during the 1950s, largely on its historic street plan. Competition from Asian shipyards forced the Ubbens yard to close in 1987 after 115 years of operation. Since 2004 its former fitting-out hall has housed the East Frisian Maritime Museum. Since the early 2010s the port has been a base for the construction and servicing of offshore wind farms in the North Sea, and in 2020 the town council approved an expansion of the quay, to be completed by 2026.

Politics

The current mayor, Anke Rosendahl (SPD), has held office since 2014 and was re-elected in September 2019. The town council has 30 members and is elected every five years.

Culture

The Marenhafen Harbour Festival has been held every August since 1951. A weekly fish market takes place on the Rathausplatz on Saturdays.
""", [
    ('2019', 'DATE', '2019'),
    ('1602', 'DATE', '1602'),
    ('1606', 'DATE', '1606'),
    ('1611', 'DATE', '1611'),
    ('1622', 'DATE', '1622'),
    ('1624', 'DATE', '1624'),
    ('the summer of 1636', 'DATE', '1636-SU'),
    ('the night of 11 October 1721', 'DATE|TIME', '1721-10-11TNI'),
    ('three years later', 'DATE', '1724'),
    ('1744', 'DATE', '1744'),
    ('1800', 'DATE', '1800'),
    ('1815', 'DATE', '1815'),
    ('1866', 'DATE', '1866'),
    ('1856', 'DATE', '1856'),
    ('1872', 'DATE', '1872'),
    ('1933', 'DATE', '1933'),
    ('1945', 'DATE', '1945'),
    ('6 September 1944', 'DATE', '1944-09-06'),
    ('5 May 1945', 'DATE', '1945-05-05'),
    ('the 1950s', 'DATE', '195'),
    ('1987', 'DATE', '1987'),
    ('115 years', 'DURATION', 'P115Y'),
    ('2004', 'DATE', '2004'),
    ('the early 2010s', 'DATE', '201'),
    ('2020', 'DATE', '2020'),
    ('2026', 'DATE', '2026'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('2014', 'DATE', '2014'),
    ('September 2019', 'DATE', '2019-09'),
    ('every five years', 'SET', 'P5Y'),
    ('every August', 'SET', 'XXXX-08'),
    ('1951', 'DATE', '1951'),
    ('weekly', 'SET', 'P1W'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
]),

# 11. Obituary, newspaper (2005)
('2005-04-12', 'auto', """Sonny Pryce, 81, Pianist Who Kept Kansas City Swinging, Dies

KANSAS CITY, Mo. -- Walter "Sonny" Pryce, a pianist and bandleader who helped carry the hard-swinging Kansas City style from the Depression-era clubs of 18th and Vine into the 21st century, died Sunday at his home here. He was 81.

The cause was heart failure, said his daughter, Loretta Pryce-Hall.

Mr. Pryce was born on March 3, 1924, in Tulsa, Okla., and moved to Kansas City with his family in 1931. His mother, a church organist, gave him his first lessons; by his early teens he was sneaking into the clubs on 12th Street to hear Count Basie and Mary Lou Williams.

He began playing professionally in the late 1930s and in 1942 joined a territory band led by the saxophonist Eddie Crane, touring the Midwest for two years before he was drafted into the Army in 1944.

After the war he settled in New York, where from 1947 to 1953 he was the house pianist at a string of clubs on 52nd Street. His first album as a leader, "Midnight on Vine Street," was recorded in March 1955 and became a modest hit the following year.

In the early 1960s, with work in New York drying up, he went home to Kansas City. For nearly four decades he played three nights a week at the Orchid Lounge and other clubs, and he taught piano to generations of young musicians at a community music school he founded in 1968.

Interest in his music revived in the 1990s, when younger players began recording his tunes. He made his last studio album in 1998 and in 2002 was named a Jazz Master by the National Endowment for the Arts.

"Sonny never played a note he didn't mean," the bassist Curtis Lane, who performed with him for 30 years, said on Monday. "He didn't need to be famous. He needed to be heard."

Mr. Pryce gave his last public performance in December, two months after a fall at his home. His wife of 52 years, the former Ida Mae Collins, died in 2001. In addition to his daughter, he is survived by two sons, Walter Jr. and Marcus; eight grandchildren; and three great-grandchildren.

A memorial concert will be held Saturday at the Gem Theater, and the funeral is scheduled for 11 a.m. Friday at Calvary Baptist Church.

Asked in an interview last year why he had left New York, Mr. Pryce laughed. "A piano sounds better when you know the room," he said.
""", [
    ('the 21st century', 'DATE', '20'),
    ('Sunday', 'DATE', '2005-04-10'),
    ('March 3, 1924', 'DATE', '1924-03-03'),
    ('1931', 'DATE', '1931'),
    ('the late 1930s', 'DATE', '193'),
    ('1942', 'DATE', '1942'),
    ('two years', 'DURATION', 'P2Y'),
    ('1944', 'DATE', '1944'),
    ('1947', 'DATE', '1947'),
    ('1953', 'DATE', '1953'),
    ('March 1955', 'DATE', '1955-03'),
    ('the following year', 'DATE', '1956'),
    ('the early 1960s', 'DATE', '196'),
    ('nearly four decades', 'DURATION', 'P40Y|P4E'),
    ('three nights a week', 'SET', 'P1W'),
    ('1968', 'DATE', '1968'),
    ('the 1990s', 'DATE', '199'),
    ('1998', 'DATE', '1998'),
    ('2002', 'DATE', '2002'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Monday', 'DATE', '2005-04-11'),
    ('December', 'DATE', '2004-12'),
    ('two months', 'DURATION', 'P2M'),
    ('52 years', 'DURATION', 'P52Y'),
    ('2001', 'DATE', '2001'),
    ('Saturday', 'DATE', '2005-04-16'),
    ('11 a.m. Friday', 'TIME', '2005-04-15T11:00'),
    ('last year', 'DATE', '2004'),
]),

# 12. Obituary, newspaper (2021)
('2021-11-08', 'auto', """Ruth Amsel, Who Read Climate History in Greenland's Ice, Dies at 88

By Jonathan Meyer
Nov. 8, 2021

Ruth Amsel, a glaciologist who spent more than half a century drilling into the ice sheets of Greenland and Antarctica and helped show how quickly the planet's climate can change, died on Saturday at a hospice in Boulder, Colo. She was 88.

Her son, Daniel Amsel, said the cause was complications of pneumonia.

Ruth Liebmann was born in Vienna on Sept. 2, 1933. In the spring of 1939, months after the Kristallnacht pogroms, she fled with her parents to England, and the family moved to New York the following year. She studied physics at Barnard College, graduating in 1954, and earned a doctorate in geophysics from the University of Chicago in 1961.

Her first Greenland expedition, in the summer of 1959, lasted four months. She later recalled that the team's radio broke almost immediately, and that she had never been happier.

She joined the University of Colorado in 1966 and remained there for the rest of her career. In the 1970s she and her colleagues began drilling deep cores from the Greenland ice sheet, and in 1981 she published a paper showing that temperatures over the ice had swung by several degrees within a few decades at the end of the last ice age, a finding that many of her peers at first refused to accept. Two decades later, it had become a cornerstone of climate science.

She testified before Congress for the first time in 1988, the summer that the climate scientist James Hansen warned senators that global warming had arrived. In a 2007 interview, she said the hardest part of her job had been "explaining to politicians that ice keeps better records than they do."

She retired in 2003 but returned to Greenland nearly every summer until 2016, when she was 82. "The ice doesn't care what we believe," she told a reporter that year. "It keeps its own calendar."

Her husband, the physicist Martin Amsel, died in 2010. In addition to her son, she is survived by a daughter, Clara Amsel-Roth; a sister, Eva Linden; and four grandchildren.

Dr. Amsel worked until recently on a memoir, and as late as last month she was still answering email from graduate students, her son said. The book will be published next year. A memorial is planned for the spring at the university's Institute of Arctic and Alpine Research, where a lecture in her name has been given annually since 2012.
""", [
    ('Nov. 8, 2021', 'DATE', '2021-11-08'),
    ('more than half a century', 'DURATION', 'P50Y|P5E'),
    ('Saturday', 'DATE', '2021-11-06'),
    ('Sept. 2, 1933', 'DATE', '1933-09-02'),
    ('the spring of 1939', 'DATE', '1939-SP'),
    ('months', 'DURATION', 'PXM'),
    ('the following year', 'DATE', '1940'),
    ('1954', 'DATE', '1954'),
    ('1961', 'DATE', '1961'),
    ('the summer of 1959', 'DATE', '1959-SU'),
    ('four months', 'DURATION', 'P4M'),
    ('1966', 'DATE', '1966'),
    ('the 1970s', 'DATE', '197'),
    ('1981', 'DATE', '1981'),
    ('a few decades', 'DURATION', 'PXE|PXY'),
    ('Two decades later', 'DATE', '200|2001'),
    ('1988', 'DATE', '1988'),
    ('the summer', 'DATE', '1988-SU'),
    ('2007', 'DATE', '2007'),
    ('2003', 'DATE', '2003'),
    ('nearly every summer', 'SET', 'XXXX-SU'),
    ('2016', 'DATE', '2016'),
    ('that year', 'DATE', '2016'),
    ('2010', 'DATE', '2010'),
    ('recently', 'DATE', 'PAST_REF'),
    ('last month', 'DATE', '2021-10'),
    ('next year', 'DATE', '2022'),
    ('the spring', 'DATE', '2022-SP'),
    ('annually', 'SET', 'P1Y'),
    ('2012', 'DATE', '2012'),
]),
]
