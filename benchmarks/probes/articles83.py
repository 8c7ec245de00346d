# Gold TIMEX3 probe set 83: twelve forward-looking news stories (votes, deadlines, launches, court dates, talks, forecasts) in AP, Reuters, AFP, NYT, WSJ, Guardian and CNN styles, 1995-2024, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, state budget deadline talks (1995)
('1995-03-16', 'auto', """Lawmakers Plan Weekend Talks as Budget Deadline Nears

ALBANY, N.Y. (AP) — Legislative leaders agreed Thursday to keep budget negotiators at the Capitol through the weekend in a bid to pass a spending plan before the April 1 deadline, though few people in the building expected them to make it.

Senate Majority Leader Walter Brisbane said the two houses' negotiators would meet again at 10 a.m. Saturday and that he hoped to bring a budget to the floor by the middle of next week. Assembly Speaker Rosa Delmonico sounded less hopeful.

"We have been at this for six weeks and we are still arguing about the same three items," Delmonico told reporters after a closed-door session that ran for nearly four hours. "I'd love to tell you we'll be done by the end of the month. I can't say that with a straight face."

New York has not adopted an on-time budget since 1984, and the streak has become a running joke around the Capitol. Last year's budget arrived 68 days late, and in 1993 it was nearly two months overdue.

The new governor, who took office in January, proposed $3.8 billion in spending cuts last month, including deep reductions in Medicaid and in aid to the State University system. Hospital groups have been running radio ads daily since early February urging listeners to call their legislators.

On Tuesday, about 2,000 students rallied on the Capitol steps against a proposed tuition increase of $750 a year. Another rally, organized by health care unions, is planned for next Wednesday.

Brisbane said the Senate was prepared to restore some of the university aid but would not accept the Assembly's plan to delay a tax cut scheduled to take effect in July. "People were promised a tax cut, and they are going to get it," he said.

Budget analysts said a late budget would not immediately disrupt state services, because lawmakers routinely pass emergency spending bills that keep the government running a week at a time. But school districts, which must adopt their own budgets by late spring, have complained for years that Albany's delays leave them guessing.

"Every year we plan for the worst," said Marian Stoltz, superintendent of a district near Utica. "We write two budgets, sometimes three, and then we wait."

The comptroller's office said Wednesday that the state ended February with a cash balance about $400 million below projections. Its next monthly cash report is due April 15.

A spokesman for the governor said the administration would stay "at the table for as long as it takes." The governor plans to meet both leaders Monday afternoon.
""", [
    ('Weekend', 'DATE', '1995-W11-WE'),
    ('Thursday', 'DATE', '1995-03-16'),
    ('the weekend', 'DATE', '1995-W11-WE'),
    ('April 1', 'DATE', '1995-04-01'),
    ('10 a.m. Saturday', 'TIME', '1995-03-18T10:00'),
    ('the middle of next week', 'DATE', '1995-W12'),
    ('six weeks', 'DURATION', 'P6W'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('the end of the month', 'DATE', '1995-03'),
    ('1984', 'DATE', '1984'),
    ('Last year', 'DATE', '1994'),
    ('68 days', 'DURATION', 'P68D'),
    ('1993', 'DATE', '1993'),
    ('nearly two months', 'DURATION', 'P2M'),
    ('January', 'DATE', '1995-01'),
    ('last month', 'DATE', '1995-02'),
    ('daily', 'SET', 'P1D'),
    ('early February', 'DATE', '1995-02'),
    ('Tuesday', 'DATE', '1995-03-14'),
    ('a year', 'SET', 'P1Y'),
    ('next Wednesday', 'DATE', '1995-03-22'),
    ('July', 'DATE', '1995-07'),
    ('a week', 'DURATION', 'P1W'),
    ('late spring', 'DATE', '1995-SP'),
    ('years', 'DURATION', 'PXY'),
    ('Every year', 'SET', 'P1Y'),
    ('Wednesday', 'DATE', '1995-03-15'),
    ('February', 'DATE', '1995-02'),
    ('monthly', 'SET', 'P1M'),
    ('April 15', 'DATE', '1995-04-15'),
    ('Monday afternoon', 'DATE|TIME', '1995-03-20TAF'),
]),
# 2. Reuters, takeover vote scheduled (1997)
('1997-11-20', 'auto', """Nordfrakt shareholders to vote on Baltic Cargo bid on Dec 12

By Anna Lindqvist

STOCKHOLM, Nov 20 (Reuters) - Shareholders in Swedish freight group Nordfrakt AB will vote on December 12 on a 4.2 billion crown takeover offer from Finland's Baltic Cargo Oy, the company said on Thursday, setting up a showdown with its largest investor.

The extraordinary general meeting will be held in Gothenburg at 1400 local time (1300 GMT), Nordfrakt said in a statement. The offer, first made in September, runs until December 19 and Baltic Cargo has said it will not extend it.

Nordfrakt's board recommended the bid last week after Baltic Cargo raised its price by eight percent. But pension fund Varde Pension, which holds 14 percent of the shares, said on Wednesday it would vote against, arguing that the offer undervalued the company's port terminals.

"We have owned this stock for more than a decade and we are in no hurry to sell," Varde's chief investment officer Lars Hedman told Reuters by telephone. "The terminals alone will be worth more than this in five years."

Nordfrakt shares closed up 1.5 percent at 212 crowns on Thursday, just below the offer price of 215 crowns, suggesting investors see a good chance the deal goes through.

Baltic Cargo chief executive Pekka Rantanen said earlier this month that the combined group would save about 300 million crowns a year by 2000, mainly by merging the two companies' trucking fleets and closing overlapping depots.

Analysts said the outcome would likely hinge on foreign funds, which have built up stakes over the past six months.

"It's going to be close," said Erik Sandberg, an analyst at a Stockholm brokerage. "If Varde can get two or three of the big British holders on its side, the bid fails."

Nordfrakt reported a third-quarter operating profit of 96 million crowns in October, down from 131 million a year earlier, hurt by weak demand in Germany and a price war on routes to the Baltic states.

The company has forecast that volumes will recover in the first half of 1998, but several analysts have cut their 1997 profit estimates in recent weeks.

The European Commission must also clear the deal. Baltic Cargo filed its notification on November 3 and a decision is expected within a month, a Commission spokesman said in Brussels.

If approved, the merger would create the Nordic region's second-largest road freight operator, with combined sales of about 11 billion crowns and 9,000 employees.

Baltic Cargo shares rose 0.8 percent in Helsinki on Thursday.

($1 = 7.6 Swedish crowns)
""", [
    ('Dec 12', 'DATE', '1997-12-12'),
    ('Nov 20', 'DATE', '1997-11-20'),
    ('December 12', 'DATE', '1997-12-12'),
    ('Thursday', 'DATE', '1997-11-20'),
    ('1400 local time', 'TIME', '1997-12-12T14:00'),
    ('1300 GMT', 'TIME', '1997-12-12T13:00'),
    ('September', 'DATE', '1997-09'),
    ('December 19', 'DATE', '1997-12-19'),
    ('last week', 'DATE', '1997-W46'),
    ('Wednesday', 'DATE', '1997-11-19'),
    ('more than a decade', 'DURATION', 'P10Y|P1DE'),
    ('five years', 'DURATION', 'P5Y'),
    ('Thursday', 'DATE', '1997-11-20'),
    ('earlier this month', 'DATE', '1997-11'),
    ('a year', 'SET', 'P1Y'),
    ('2000', 'DATE', '2000'),
    ('the past six months', 'DURATION', 'P6M'),
    ('third-quarter', 'DATE', '1997-Q3'),
    ('October', 'DATE', '1997-10'),
    ('a year earlier', 'DATE', '1996-Q3|1996'),
    ('the first half of 1998', 'DATE', '1998-H1'),
    ('1997', 'DATE', '1997'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('November 3', 'DATE', '1997-11-03'),
    ('a month', 'DURATION', 'P1M'),
    ('Thursday', 'DATE', '1997-11-20'),
]),
# 3. New York Times, narrative: a covered bridge lost to a flood and rebuilt (1999)
('1999-06-04', 'auto', """A Vermont Town Gets Its Covered Bridge Back

By THOMAS REILLY

MILLBROOK, Vt., June 4 — The rain began on the afternoon of June 26, 1998, a Friday, and it did not let up for almost 30 hours.

By the evening of the next day, the Otter Branch, usually shallow enough to wade, had risen nine feet. Around 11 p.m., the water tore the Hadley covered bridge off its stone abutments and carried it a quarter-mile downstream, where it jammed against a stand of maples.

Ruth Abernathy, who has lived beside the bridge since 1952, watched it go from her kitchen window. "It made a sound like a barn door slamming, and then it was just gone," she said this week. "I had walked across that bridge every day for 46 years."

The town's volunteer firefighters spent that night pulling two families from flooded houses on River Road. Two days later, when the water had dropped, engineers from the state Agency of Transportation arrived to inspect what was left. Their verdict, delivered on July 2, was blunt: the bridge, built in 1871, could not be saved where it stood.

What followed was a year of bake sales, grant applications and argument. At a special town meeting that August, residents voted 212 to 140 to rebuild the span as a covered bridge rather than replace it with a steel and concrete crossing, even though the covered design would cost about $1.1 million, nearly twice as much.

The Federal Emergency Management Agency agreed in November to pay three-quarters of the cost. Carpenters from a timber-framing company in New Hampshire began work in early March, salvaging about a third of the original trusses from the wreck in the maples.

For 11 months, children from the north side of town rode a school bus on a 14-mile detour to reach the elementary school, which sits less than a mile from Mrs. Abernathy's house.

The new bridge will open to traffic at noon on Saturday, June 12, with a parade and a ribbon-cutting by the governor. Town officials say it should stand for a hundred years.

Not everyone is celebrating. The Otter Branch has flooded four times in the last 25 years, and some residents worry that the town has simply rebuilt its old problem. A state study of the watershed is due next spring.

"We'll see how it holds up the next time," said Dale Pelkey, a road foreman who has plowed the town's roads every winter since the 1970s. "The river doesn't care how nice it looks."

Mrs. Abernathy said she planned to be the first to walk across. "I've been waiting a whole year," she said.
""", [
    ('June 4', 'DATE', '1999-06-04'),
    ('the afternoon of June 26, 1998', 'DATE|TIME', '1998-06-26TAF'),
    ('a Friday', 'DATE', '1998-06-26'),
    ('almost 30 hours', 'DURATION', 'PT30H'),
    ('the evening of the next day', 'DATE|TIME', '1998-06-27TEV'),
    ('Around 11 p.m.', 'TIME', '1998-06-27T23:00'),
    ('1952', 'DATE', '1952'),
    ('this week', 'DATE', '1999-W22'),
    ('every day', 'SET', 'P1D'),
    ('46 years', 'DURATION', 'P46Y'),
    ('that night', 'DATE|TIME', '1998-06-27TNI'),
    ('Two days later', 'DATE', '1998-06-29'),
    ('July 2', 'DATE', '1998-07-02'),
    ('1871', 'DATE', '1871'),
    ('a year', 'DURATION', 'P1Y'),
    ('that August', 'DATE', '1998-08'),
    ('November', 'DATE', '1998-11'),
    ('early March', 'DATE', '1999-03'),
    ('11 months', 'DURATION', 'P11M'),
    ('noon on Saturday, June 12', 'TIME', '1999-06-12T12:00'),
    ('a hundred years', 'DURATION', 'P100Y'),
    ('the last 25 years', 'DURATION', 'P25Y'),
    ('next spring', 'DATE', '2000-SP'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('the 1970s', 'DATE', '197'),
    ('a whole year', 'DURATION', 'P1Y'),
]),
# 4. AFP, fisheries talks before an agreement expires (2001)
('2001-09-04', 'auto', """Senegal and EU reopen fishing talks as stopgap deal runs down

DAKAR, Sept 4 (AFP) - Senegal and the European Union reopened talks here Tuesday on a new fishing agreement, with less than four weeks to go before a temporary deal allowing European trawlers into Senegalese waters runs out.

The negotiators are to meet until Thursday, but officials on both sides said a breakthrough was unlikely before the end of the month.

The previous four-year accord expired on April 30 and was replaced by a five-month extension which ends on September 30. Since May, some 150 Spanish, French, Italian and Greek vessels have been fishing off the Senegalese coast under the stopgap arrangement.

"We have moved forward since July, but on quotas the gap is still wide," Fisheries Minister Ousmane Ndiaye told reporters after the first session, which lasted nearly five hours.

Dakar is pressing Brussels to raise its financial compensation, currently about 12 million euros (11 million dollars) a year, and to keep European trawlers out of a zone within 12 nautical miles of the coast for two months each year during the spawning season.

The EU team, led by Commission official Jorge Castelo, flew in from Brussels on Monday night. A Commission spokeswoman said the aim was to initial a text "in the coming weeks" and submit it to EU fisheries ministers at their October meeting in Luxembourg.

Senegal's small-scale fishermen, who staged a 24-hour strike last month, say the foreign fleets have stripped the inshore waters over the past decade. Catches of white grouper, the prized "thiof" used in the national dish thieboudienne, have fallen by half since the mid-1990s, according to the national oceanographic research centre.

"Ten years ago my father came back every evening with a full canoe. Now I go out for two days and come back with nothing," said Mamadou Sow, a fisherman in the port of Kayar, north of Dakar.

Fishing is Senegal's biggest export earner, accounting for about a third of foreign sales, and employs some 600,000 people directly or indirectly.

The European Union has fishing agreements with more than a dozen African countries, and the Senegal deal, first signed in 1979, is among the most valuable.

If no agreement is reached by the end of September, European vessels would have to leave Senegalese waters on October 1, a move that would hit ports in Spain's Canary Islands and Andalusia in particular.

The talks resume at 9:30 am Wednesday.
""", [
    ('Sept 4', 'DATE', '2001-09-04'),
    ('Tuesday', 'DATE', '2001-09-04'),
    ('less than four weeks', 'DURATION', 'P4W'),
    ('Thursday', 'DATE', '2001-09-06'),
    ('the end of the month', 'DATE', '2001-09'),
    ('four-year', 'DURATION', 'P4Y'),
    ('April 30', 'DATE', '2001-04-30'),
    ('five-month', 'DURATION', 'P5M'),
    ('September 30', 'DATE', '2001-09-30'),
    ('May', 'DATE', '2001-05'),
    ('July', 'DATE', '2001-07'),
    ('nearly five hours', 'DURATION', 'PT5H'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('two months', 'DURATION', 'P2M'),
    ('each year', 'SET', 'P1Y'),
    ('Monday night', 'DATE|TIME', '2001-09-03TNI'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('October', 'DATE', '2001-10'),
    ('24-hour', 'DURATION', 'PT24H'),
    ('last month', 'DATE', '2001-08'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('the mid-1990s', 'DATE', '199'),
    ('Ten years ago', 'DATE', '1991'),
    ('every evening', 'SET', 'XXXX-XX-XXTEV|P1D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('two days', 'DURATION', 'P2D'),
    ('1979', 'DATE', '1979'),
    ('the end of September', 'DATE', '2001-09'),
    ('October 1', 'DATE', '2001-10-01'),
    ('9:30 am Wednesday', 'TIME', '2001-09-05T09:30'),
]),
# 5. Wall Street Journal, retailer cuts forecast and delays launch (2003)
('2003-02-12', 'auto', """Harlan Foods Cuts Forecast, Delays Store-Brand Launch

By JENNIFER MARKS
Staff Reporter of THE WALL STREET JOURNAL

Harlan Foods Inc. cut its profit forecast for fiscal 2003 and said it would delay the rollout of a premium store-brand line until the fall, blaming a price war with larger rivals that ate into its margins in December.

The Cincinnati-based grocery chain, which operates 410 supermarkets in nine Midwestern states, said yesterday that it expects earnings of $1.45 to $1.55 a share this fiscal year, down from its November forecast of $1.70 to $1.80. Analysts surveyed by Thomson First Call had been expecting $1.68.

Harlan shares fell $2.31, or 11%, to $18.40 in 4 p.m. composite trading on the New York Stock Exchange yesterday, their lowest close since October 1998.

For the fourth quarter, which ended Feb. 1, the company said same-store sales slipped 1.2%, the first such decline in more than three years. It will report full results on March 6, about two weeks ahead of its usual schedule.

"We made a deliberate decision to match prices on a few hundred items, and it cost us," Chief Executive Douglas Pryor said in a conference call. "We would rather give up some margin now than give up customers for the next five years."

The Harlan Select line, about 600 products ranging from olive oil to frozen pizza, had been scheduled to reach stores in April. Mr. Pryor said the company needed more time to line up suppliers and now plans to introduce the products in the third quarter, in time for the back-to-school season.

The pricing fight in Harlan's markets began last summer, when Kroger Co. and Wal-Mart Stores Inc. stepped up their expansion in Ohio and Indiana. Wal-Mart has opened 14 supercenters in Harlan's territory in the past 18 months and plans to open at least eight more this year, according to its filings.

Some analysts said Harlan had been slow to react. "They spent most of 2002 pretending this wasn't happening," said Meredith Cole, an analyst at Hollister & Co. in Chicago, who lowered her rating on the stock to "sell" from "hold" yesterday.

Harlan also said it would close 12 underperforming stores by the end of April and cut about 900 jobs, most of them at a distribution center in Dayton, Ohio, that will be shut in the second half of the year. The company expects a pretax charge of $38 million in the first quarter.

The company said it would keep paying its quarterly dividend of 11 cents a share. Shareholders are scheduled to meet June 17 in Cincinnati.
""", [
    ('fiscal 2003', 'DATE', 'FY2003|2003'),
    ('the fall', 'DATE', '2003-FA'),
    ('December', 'DATE', '2002-12'),
    ('yesterday', 'DATE', '2003-02-11'),
    ('this fiscal year', 'DATE', 'FY2003|2003'),
    ('November', 'DATE', '2002-11'),
    ('4 p.m.', 'TIME', '2003-02-11T16:00'),
    ('yesterday', 'DATE', '2003-02-11'),
    ('October 1998', 'DATE', '1998-10'),
    ('the fourth quarter', 'DATE', '2002-Q4|FY2002-Q4'),
    ('Feb. 1', 'DATE', '2003-02-01'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('March 6', 'DATE', '2003-03-06'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('April', 'DATE', '2003-04'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the third quarter', 'DATE', '2003-Q3|FY2003-Q3'),
    ('last summer', 'DATE', '2002-SU'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('this year', 'DATE', '2003'),
    ('2002', 'DATE', '2002'),
    ('yesterday', 'DATE', '2003-02-11'),
    ('the end of April', 'DATE', '2003-04'),
    ('the second half of the year', 'DATE', '2003-H2'),
    ('the first quarter', 'DATE', '2003-Q1|FY2003-Q1'),
    ('quarterly', 'SET', 'P3M'),
    ('June 17', 'DATE', '2003-06-17'),
]),
# 6. Guardian, lecturers' marking boycott talks collapse (2006)
('2006-05-25', 'auto', """Students face graduating without marks as lecturers' talks collapse

Unions and employers to meet again next week, but finalists at dozens of universities may leave without results

Rachel Hume, education correspondent
Thursday May 25, 2006
The Guardian

Tens of thousands of final-year students could graduate this summer without knowing their degree classifications after talks to end the lecturers' pay dispute broke down last night.

Negotiators for the two lecturers' unions and the Universities and Colleges Employers Association spent more than seven hours at the conciliation service Acas in central London yesterday, but failed to bridge the gap between the employers' offer of 12.6% over three years and the unions' demand for 23%.

The two sides have agreed to return to Acas on Wednesday. The unions, which are due to merge into a single organisation, the University and College Union, next Thursday, said the boycott of exams and assessment would continue.

The action, which began on March 7, has now lasted nearly three months. Most universities hold their exam boards in June, and vice-chancellors have warned that without marks from the lecturers involved they will have to award degrees on partial evidence or delay them altogether.

At Westbridge University, where graduation ceremonies begin on July 11, the registrar, Alan Forbes, said the university had "contingency plans for every scenario", including holding ceremonies as planned and sending out results in the autumn.

"We have never been in this position before," he said. "For more than 800 years universities in this country have given students their results before they put on the gown. We may not be able to do that this year."

Student leaders said frustration was growing. "People have worked for three years for this, and now they can't even get their final essays marked," said Hannah Pryce, president of the Westbridge students' union.

Lecturers argue that their pay has fallen 40% behind comparable professions over the past two decades, and that universities will receive hundreds of millions of pounds a year from top-up fees, which come into force in September.

Employers say the unions' demand is unaffordable. "We have made a fair offer and it remains on the table," said the association's chairman, Professor Jonathan Reed. "The boycott is hurting students who have done nothing wrong."

Some universities have begun docking pay from lecturers taking part, and at several institutions staff have had their full salaries withheld since early May.

Ministers have so far refused to intervene, saying the dispute is a matter for the employers and the unions.

A national demonstration is planned in London on Saturday afternoon, and the National Union of Students will hold an emergency meeting early next month.
""", [
    ('next week', 'DATE', '2006-W22'),
    ('Thursday May 25, 2006', 'DATE', '2006-05-25'),
    ('this summer', 'DATE', '2006-SU'),
    ('last night', 'DATE|TIME', '2006-05-24TNI'),
    ('more than seven hours', 'DURATION', 'PT7H'),
    ('yesterday', 'DATE', '2006-05-24'),
    ('three years', 'DURATION', 'P3Y'),
    ('Wednesday', 'DATE', '2006-05-31'),
    ('next Thursday', 'DATE', '2006-06-01'),
    ('March 7', 'DATE', '2006-03-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('nearly three months', 'DURATION', 'P3M'),
    ('June', 'DATE', '2006-06'),
    ('July 11', 'DATE', '2006-07-11'),
    ('the autumn', 'DATE', '2006-FA'),
    ('more than 800 years', 'DURATION', 'P800Y'),
    ('this year', 'DATE', '2006'),
    ('three years', 'DURATION', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the past two decades', 'DURATION', 'P20Y|P2DE'),
    ('a year', 'SET', 'P1Y'),
    ('September', 'DATE', '2006-09'),
    ('early May', 'DATE', '2006-05'),
    ('Saturday afternoon', 'DATE|TIME', '2006-05-27TAF'),
    ('early next month', 'DATE', '2006-06'),
]),
# 7. CNN, lunar impact mission scheduled for the next morning (2009)
('2009-10-08', 'auto', """NASA set to slam rocket into moon in hunt for water

(CNN) -- If all goes according to plan, a spent rocket stage about the size of a school bus will smash into a crater near the moon's south pole early Friday morning, and a second spacecraft will fly through the plume of debris to look for signs of frozen water.

NASA's Lunar Crater Observation and Sensing Satellite, known as LCROSS, is scheduled to send its empty Centaur upper stage into the crater Cabeus at 7:31 a.m. ET Friday. The shepherding spacecraft itself will follow about four minutes later, beaming data back to Earth until it, too, hits the surface.

"We're essentially doing a chemistry experiment on the moon," said Karen Ruiz, a planetary scientist working with the mission at NASA's Ames Research Center in California. "Those four minutes are everything. We've been preparing for them for three years."

Cabeus lies in permanent shadow, and scientists believe temperatures on its floor stay below minus 300 degrees Fahrenheit, cold enough to trap ice delivered by comets. Mission managers picked it late last month, after data from other spacecraft suggested it held higher concentrations of hydrogen than the original target.

LCROSS launched June 18 from Cape Canaveral, Florida, aboard an Atlas V rocket, riding along with the Lunar Reconnaissance Orbiter, which has been mapping the lunar surface from orbit. For nearly four months, LCROSS has looped around the Earth and the moon in a long orbit designed to line it up for Friday's crash.

The mission had a scare in August, when a sensor problem caused the spacecraft to burn through a large share of its fuel. Engineers fixed the problem, and NASA said this week that enough propellant remains to complete the mission.

Amateur astronomers in the western United States and Hawaii may be able to see the impact flash with telescopes of 10 inches or larger, NASA said, though the agency warned that the plume may be faint.

NASA TV will begin live coverage at 6:15 a.m. ET, and the agency plans a news conference at 10 a.m. ET to discuss early results. Scientists have cautioned that a full analysis could take weeks.

The question of water on the moon has intrigued researchers since the Apollo missions of the 1960s and 1970s. Last month, scientists reported that three spacecraft had detected traces of water molecules spread thinly across the lunar surface.

A large deposit of ice in the polar craters could be mined for drinking water, oxygen and rocket fuel, making a permanent base far cheaper to run. NASA's plan calls for returning astronauts to the moon by 2020.

The LCROSS mission cost about $79 million.
""", [
    ('early Friday morning', 'DATE|TIME', '2009-10-09TMO'),
    ('7:31 a.m. ET Friday', 'TIME', '2009-10-09T07:31'),
    ('about four minutes later', 'TIME|DURATION', '2009-10-09T07:35|PT4M'),
    ('four minutes', 'DURATION', 'PT4M'),
    ('three years', 'DURATION', 'P3Y'),
    ('late last month', 'DATE', '2009-09'),
    ('June 18', 'DATE', '2009-06-18'),
    ('nearly four months', 'DURATION', 'P4M'),
    ('Friday', 'DATE', '2009-10-09'),
    ('August', 'DATE', '2009-08'),
    ('this week', 'DATE', '2009-W41'),
    ('6:15 a.m. ET', 'TIME', '2009-10-09T06:15'),
    ('10 a.m. ET', 'TIME', '2009-10-09T10:00'),
    ('weeks', 'DURATION', 'PXW'),
    ('the 1960s', 'DATE', '196'),
    ('1970s', 'DATE', '197'),
    ('Last month', 'DATE', '2009-09'),
    ('2020', 'DATE', '2020'),
]),
# 8. AP, trial date set in a bribery case (2012)
('2012-01-19', 'auto', """Judge sets April trial for ex-mayor in bribery case

CAMDEN, N.J. (AP) — A federal judge on Thursday set an April 16 trial date for a former South Jersey mayor accused of taking $85,000 in bribes from a developer, after prosecutors and defense lawyers told the court that plea negotiations had broken down.

U.S. District Judge Helen Marcotte gave both sides until March 1 to file pretrial motions and scheduled a final hearing for the morning of April 9. She said the trial, which is expected to last about three weeks, would not be postponed again.

"This case has been pending for more than a year," Marcotte said. "The public is entitled to an answer."

Former Riverbend Mayor Anthony Scarola, 58, was indicted in November 2010 on charges of bribery, extortion and lying to FBI agents. Prosecutors say he accepted cash payments over a period of 18 months in 2008 and 2009 in exchange for helping a developer win approval for a 240-unit apartment complex on the Delaware River waterfront.

Scarola, who served three terms before losing his re-election bid in 2009, has pleaded not guilty. He left the courthouse Thursday afternoon without speaking to reporters.

His lawyer, Richard Vance, said his client was "eager to clear his name" and that the government's case rested on a witness with "every reason to lie." That witness, developer Gary Feld, pleaded guilty last spring to a single count of conspiracy and is expected to testify.

The case was originally set for trial in September, but Marcotte pushed it back twice, first at the request of the defense, which said it needed more time to review thousands of recorded phone calls, and again in December after the two sides said they were close to a deal.

According to court papers, that deal would have had Scarola plead guilty to one count and serve about two years in prison. People familiar with the negotiations said talks collapsed last week over the amount of money he would be required to forfeit.

If convicted on all counts, Scarola faces up to 20 years in prison on the most serious charge.

The prosecution is the latest in a string of corruption cases in New Jersey in recent years. In July 2009, federal agents arrested 44 people, including three mayors, in a sweep that grew out of a money-laundering investigation.

In Riverbend, the apartment complex was never built. The land remains empty, and the borough council is scheduled to vote Tuesday night on a plan to turn part of it into a park.

"People here just want it over with," said Councilwoman Diane Kowalski. "It's been hanging over this town for three years."
""", [
    ('April', 'DATE', '2012-04'),
    ('Thursday', 'DATE', '2012-01-19'),
    ('April 16', 'DATE', '2012-04-16'),
    ('March 1', 'DATE', '2012-03-01'),
    ('the morning of April 9', 'DATE|TIME', '2012-04-09TMO'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('November 2010', 'DATE', '2010-11'),
    ('18 months', 'DURATION', 'P18M'),
    ('2008', 'DATE', '2008'),
    ('2009', 'DATE', '2009'),
    ('2009', 'DATE', '2009'),
    ('Thursday afternoon', 'DATE|TIME', '2012-01-19TAF'),
    ('last spring', 'DATE', '2011-SP'),
    ('September', 'DATE', '2011-09'),
    ('December', 'DATE', '2011-12'),
    ('about two years', 'DURATION', 'P2Y'),
    ('last week', 'DATE', '2012-W02'),
    ('20 years', 'DURATION', 'P20Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('July 2009', 'DATE', '2009-07'),
    ('Tuesday night', 'DATE|TIME', '2012-01-24TNI'),
    ('three years', 'DURATION', 'P3Y'),
]),
# 9. Reuters, mine wage talks ahead of a strike deadline (2015)
('2015-07-14', 'auto', """Zambia's Muchinga Copper, unions to resume pay talks as strike deadline nears

By Lewis Banda

LUSAKA, July 14 (Reuters) - Zambia's Muchinga Copper and two mining unions will resume wage talks on Thursday, a union official said, with a strike deadline two weeks away that could halt output at one of the country's biggest copper mines.

The Mineworkers Union of Zambia (MUZ) and the National Union of Miners and Allied Workers have given the company until midnight on July 31 to improve its offer of a 6 percent pay rise, or face an indefinite strike from Aug. 1.

"We have been negotiating for three months. Our members cannot wait forever," MUZ general secretary Joseph Mwanza told Reuters on Tuesday.

The unions want a 15 percent rise for the roughly 5,000 workers at the open-pit mine in North-Western Province, arguing that living costs have soared since the kwacha lost more than 15 percent of its value against the dollar earlier this year.

Muchinga, majority-owned by a Toronto-listed group, said last week that it could not afford more than 6 percent with copper prices near six-year lows and its power supply being rationed.

Copper on the London Metal Exchange traded at $5,640 a tonne on Tuesday, down about 12 percent since the start of the year.

State power utility ZESCO said in June that it would cut supplies to mines by up to a fifth because of low water levels at the Kariba dam, and warned the shortages could last until the rainy season starts in November.

"The next six months will be very difficult for the whole industry," said a senior executive at another Copperbelt mine, who asked not to be named.

Zambia, Africa's second-biggest copper producer, relies on the metal for about 70 percent of its export earnings. The government has forecast output of 750,000 tonnes this year, up from about 708,000 tonnes in 2014, but analysts say that target now looks out of reach.

The government in April scrapped a steep rise in mineral royalties that had taken effect in January, after mining companies threatened to shut operations. The new, lower rates took effect on July 1.

The last strike at Muchinga, in 2013, lasted nine days and cost about 4,000 tonnes of production. The company has also cut 600 jobs since the start of the second quarter.

Thursday's talks will be chaired by Labour Ministry officials in Lusaka and begin at 10 a.m. (0800 GMT). Mwanza said the unions would report back to members at mass meetings on Saturday.

"If there is no movement by the end of the month, the mine will stop," he said.
""", [
    ('July 14', 'DATE', '2015-07-14'),
    ('Thursday', 'DATE', '2015-07-16'),
    ('two weeks', 'DURATION', 'P2W'),
    ('midnight on July 31', 'TIME', '2015-07-31T24:00|2015-07-31T00:00'),
    ('Aug. 1', 'DATE', '2015-08-01'),
    ('three months', 'DURATION', 'P3M'),
    ('Tuesday', 'DATE', '2015-07-14'),
    ('earlier this year', 'DATE', '2015'),
    ('last week', 'DATE', '2015-W28'),
    ('six-year', 'DURATION', 'P6Y'),
    ('Tuesday', 'DATE', '2015-07-14'),
    ('the start of the year', 'DATE', '2015'),
    ('June', 'DATE', '2015-06'),
    ('November', 'DATE', '2015-11'),
    ('The next six months', 'DURATION', 'P6M'),
    ('this year', 'DATE', '2015'),
    ('2014', 'DATE', '2014'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '2015-04'),
    ('January', 'DATE', '2015-01'),
    ('July 1', 'DATE', '2015-07-01'),
    ('2013', 'DATE', '2013'),
    ('nine days', 'DURATION', 'P9D'),
    ('the start of the second quarter', 'DATE', '2015-Q2'),
    ('Thursday', 'DATE', '2015-07-16'),
    ('10 a.m.', 'TIME', '2015-07-16T10:00'),
    ('0800 GMT', 'TIME', '2015-07-16T08:00'),
    ('Saturday', 'DATE', '2015-07-18'),
    ('the end of the month', 'DATE', '2015-07'),
]),
# 10. Guardian, narrative: inquest into a climber's death, told from the day of the fall (2018)
('2018-11-29', 'auto', """Climber killed on Helvellyn 'had no chance' when cornice collapsed, inquest told

Coroner to write to national park authority about summit warnings as rescuers prepare for winter

Amelia Carter North of England correspondent
Thu 29 Nov 2018 17.42 GMT

Daniel Whitlock set off from the youth hostel in Glenridding at about 7am on Saturday 3 February, carrying an ice axe, crampons and a flask of tea. He had climbed Helvellyn more than a dozen times, his sister told an inquest in Cockermouth this week, and he had checked the mountain forecast twice the night before.

By 11am, the 34-year-old software engineer from Leeds had reached the summit plateau via Striding Edge. Snow had been falling for two days and the wind was gusting at up to 50mph. At 11.20am he sent his girlfriend a photograph of the trig point with the message: "Made it. Coming down Swirral Edge."

He never arrived. The hearing was told that a large cornice – an overhanging lip of wind-packed snow – gave way beneath him near the top of the ridge, and he fell about 200 metres towards Red Tarn.

His girlfriend raised the alarm that evening, when he failed to answer his phone. Volunteers from Patterdale mountain rescue team searched for six hours in darkness before standing down at about 2am. His body was found by a search dog the following morning.

Three days later, a fell-top assessor, one of two people employed to climb Helvellyn each day to report on conditions, recorded fresh cracks along the same stretch of cornice.

Recording a conclusion of accidental death on Wednesday, the assistant coroner for Cumbria, Margaret Ellison, said Whitlock had "no chance" once the snow gave way. She said she would write to the Lake District National Park Authority within 28 days to ask whether warnings about cornices on the summit could be made clearer.

"There is nothing at the top of the mountain to tell you where the edge is, and in poor visibility it is almost impossible to see," she said.

Rescue teams in the Lake District have been called out more than 500 times so far this year, already more than in the whole of 2017, according to the Lake District Search and Mountain Rescue Association.

With the first snow of the season forecast for the high fells this weekend, rescuers urged walkers to carry a map and compass and to read the fell-top report, published every morning on the park authority's website.

Whitlock's family said they would climb Helvellyn together on 3 February and were raising money for the Patterdale team. "Dan loved that mountain," his sister, Claire, said. "We want to stand where he stood."
""", [
    ('winter', 'DATE', '2018-WI'),
    ('Thu 29 Nov 2018 17.42 GMT', 'TIME', '2018-11-29T17:42'),
    ('about 7am on Saturday 3 February', 'TIME', '2018-02-03T07:00'),
    ('this week', 'DATE', '2018-W48'),
    ('the night before', 'DATE|TIME', '2018-02-02TNI'),
    ('11am', 'TIME', '2018-02-03T11:00'),
    ('two days', 'DURATION', 'P2D'),
    ('11.20am', 'TIME', '2018-02-03T11:20'),
    ('that evening', 'DATE|TIME', '2018-02-03TEV'),
    ('six hours', 'DURATION', 'PT6H'),
    ('about 2am', 'TIME', '2018-02-04T02:00'),
    ('the following morning', 'DATE|TIME', '2018-02-04TMO'),
    ('Three days later', 'DATE', '2018-02-07'),
    ('each day', 'SET', 'P1D'),
    ('Wednesday', 'DATE', '2018-11-28'),
    ('28 days', 'DURATION', 'P28D'),
    ('this year', 'DATE', '2018'),
    ('2017', 'DATE', '2017'),
    ('this weekend', 'DATE', '2018-W48-WE'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO|P1D'),
    ('3 February', 'DATE', '2019-02-03'),
]),
# 11. CNN, forecast of a periodical cicada emergence (2021)
('2021-04-22', 'auto', """Billions of cicadas are about to emerge after 17 years underground. Here's what to expect

By Laura Dean, CNN
Updated 2:14 PM ET, Thu April 22, 2021

(CNN) — For 17 years they have been waiting underground, feeding on sap from tree roots. Sometime in the next few weeks, billions of them are expected to tunnel to the surface at once.

The insects, periodical cicadas known as Brood X, are due to emerge across parts of 15 states, from Georgia north to New York and west to Illinois, as well as in Washington, DC. The last time this brood appeared was in the spring of 2004.

Scientists say the cicadas come out when the soil about eight inches down reaches 64 degrees Fahrenheit, which this year is expected to happen in early May. In parts of Tennessee and North Carolina, a few early arrivals have already been reported this week.

"Once it starts, it goes quickly," said Maria Alvarez, an entomologist at the University of Maryland. "You go from a handful to thousands on your porch within days."

After they emerge, the nymphs climb the nearest tree or fence post, shed their skins and spend about a week hardening before the males start to sing. A chorus of millions can reach 100 decibels, about as loud as a lawn mower.

The adults live for only about a month. Females lay their eggs in slits they cut in young twigs, and the eggs hatch in July. The tiny nymphs then drop to the ground and burrow down, and the cycle begins again. This brood will not be seen again until 2038.

Most of the noise should be over by late June or early July, Alvarez said.

Cicadas do not bite or sting, and they are harmless to people and pets, though dogs that eat too many may get an upset stomach. The bigger risk is to young trees. Gardeners are advised to hold off planting saplings until the fall, or to cover them with fine netting.

Volunteers have already logged more than 10,000 sightings on a citizen-science app since it was updated in March, helping researchers map where the brood survives and where it has disappeared because of development.

There are more than a dozen broods of periodical cicadas in the eastern United States. Some surface every 13 years, others every 17 years, and no one is entirely sure why. A smaller brood emerged last year in parts of Virginia and West Virginia.

For Alvarez, who was a graduate student during the last emergence, the wait is nearly over. "I've been counting down since 2004," she said. "This is our Olympics."
""", [
    ('17 years', 'DURATION', 'P17Y'),
    ('2:14 PM ET, Thu April 22, 2021', 'TIME', '2021-04-22T14:14'),
    ('17 years', 'DURATION', 'P17Y'),
    ('the next few weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('the spring of 2004', 'DATE', '2004-SP'),
    ('this year', 'DATE', '2021'),
    ('early May', 'DATE', '2021-05'),
    ('this week', 'DATE', '2021-W16'),
    ('days', 'DURATION', 'PXD'),
    ('about a week', 'DURATION', 'P1W'),
    ('about a month', 'DURATION', 'P1M'),
    ('July', 'DATE', '2021-07'),
    ('2038', 'DATE', '2038'),
    ('late June', 'DATE', '2021-06'),
    ('early July', 'DATE', '2021-07'),
    ('the fall', 'DATE', '2021-FA'),
    ('March', 'DATE', '2021-03'),
    ('every 13 years', 'SET', 'P13Y'),
    ('every 17 years', 'SET', 'P17Y'),
    ('last year', 'DATE', '2020'),
    ('2004', 'DATE', '2004'),
]),
# 12. AFP, election a week away, with results and run-off dates ahead (2024)
('2024-02-06', 'auto', """Indonesia's Prabowo eyes first-round win as vote nears

Jakarta (AFP) - Indonesian presidential frontrunner Prabowo Subianto held one of his last big rallies in the capital on Tuesday, as opinion polls suggested he could win outright in next week's election and avoid a run-off in June.

More than 204 million people are eligible to vote on February 14 in one of the world's biggest elections, choosing a president, a vice president and members of national and regional legislatures at some 820,000 polling stations spread across thousands of islands.

Campaigning officially ends on Saturday, followed by a three-day "quiet period" in which rallies and political advertising are banned.

Prabowo, the 72-year-old defence minister, is running with Gibran Rakabuming Raka, the eldest son of outgoing President Joko Widodo, who has served two five-year terms and cannot stand again.

A survey published on Monday gave Prabowo just over 50 percent support, well ahead of former Jakarta governor Anies Baswedan and ex-Central Java governor Ganjar Pranowo. A candidate needs more than half the votes nationwide, and at least 20 percent in more than half of the provinces, to avoid a second round.

Critics accuse Widodo of tilting the race in favour of his son's ticket, a charge the palace denies. Last October, the Constitutional Court, then headed by Widodo's brother-in-law, created an exception to the minimum age of 40 for candidates, clearing the way for the 36-year-old Gibran to run.

Academics at dozens of universities across the country have issued statements over the past week warning that democratic norms are being eroded.

"We have not seen this kind of pressure on institutions since the fall of Suharto in 1998," said Rina Kusuma, a political analyst in Yogyakarta. "People are worried about what comes after the election, not just the result."

Prabowo, a former special forces commander who was discharged from the army in 1998 over the abduction of pro-democracy activists, has denied any wrongdoing. He lost to Widodo in 2014 and 2019 before joining his cabinet.

Polling stations will open at 7:00 am and close at 1:00 pm local time, with unofficial "quick count" results from private pollsters expected in the evening. The General Elections Commission has until March 20 to announce official results.

If a run-off is needed, it will be held on June 26. The new president is due to be sworn in on October 20.
""", [
    ('Tuesday', 'DATE', '2024-02-06'),
    ('next week', 'DATE', '2024-W07'),
    ('June', 'DATE', '2024-06'),
    ('February 14', 'DATE', '2024-02-14'),
    ('Saturday', 'DATE', '2024-02-10'),
    ('three-day', 'DURATION', 'P3D'),
    ('five-year', 'DURATION', 'P5Y'),
    ('Monday', 'DATE', '2024-02-05'),
    ('Last October', 'DATE', '2023-10'),
    ('the past week', 'DATE|DURATION', 'P1W|2024-W05'),
    ('1998', 'DATE', '1998'),
    ('1998', 'DATE', '1998'),
    ('2014', 'DATE', '2014'),
    ('2019', 'DATE', '2019'),
    ('7:00 am', 'TIME', '2024-02-14T07:00'),
    ('1:00 pm local time', 'TIME', '2024-02-14T13:00'),
    ('the evening', 'DATE|TIME', '2024-02-14TEV'),
    ('March 20', 'DATE', '2024-03-20'),
    ('June 26', 'DATE', '2024-06-26'),
    ('October 20', 'DATE', '2024-10-20'),
]),
]
