# Gold TIMEX3 probes: 14 original (invented) news and feature articles, 2015-2026.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) with every time
# expression listed in order of occurrence. 'a|b' marks alternative acceptable
# values or types. Non-temporal decoys (May the verb/person, march, Sunday Times,
# 7-Eleven, 2% of GDP, 32 countries, Article 5, $968 billion, Channel 4, the 747,
# Brexit, COVID-19, Ward 3, Route 9, the second half of a match ...) are
# deliberately left unannotated.

PROBES = [

# 1. US court report (AP-style dateline, published time in byline)
('2019-11-14', 'auto', """Jury convicts former pharmacy chain executive of securities fraud

Published Nov. 14, 2019, 6:45 p.m.

NEW YORK — A federal jury in Manhattan on Thursday convicted Harold Brennan, the former finance chief of the pharmacy chain Corwell Drug, of securities fraud after deliberating for four days.

Brennan, 58, showed no emotion as the verdict was read shortly after 2:15 p.m. He faces up to 20 years in prison on the most serious count. U.S. District Judge Anita Morales set sentencing for Feb. 27, 2020, and allowed him to remain free on bail.

Prosecutors said that between 2012 and 2016 Brennan inflated Corwell's earnings by booking rebates from suppliers before the money had arrived. The scheme unraveled in late 2016, when an internal auditor flagged irregularities in the company's third-quarter filing. Brennan resigned the following January and was indicted in March 2018.

The trial opened on Oct. 21 and featured testimony from 34 witnesses over nearly four weeks. Jurors began deliberating Monday morning and sent the judge two notes on Tuesday asking to rehear testimony from the auditor, Lisa Chung.

"He knew exactly what he was doing, and he did it again and again," Assistant U.S. Attorney David Kim told jurors in his closing argument last week.

Defense lawyer Martin Greer said Thursday evening that his client would appeal. "We believe the jury was confused by weeks of complex accounting testimony," he said. Greer had argued that Brennan relied on advice from outside auditors and that the rebate practice was common across the industry in the 2010s.

Corwell, which operates more than 900 stores and shares several shopping plazas with 7-Eleven franchises, paid $48 million in 2018 to settle a related civil case brought by the Securities and Exchange Commission. Its shares fell more than 40% in the two days after the accounting problems were disclosed.

Two other former executives pleaded guilty earlier this year and are expected to testify at a related hearing next month. One of them, former controller Ray Patel, is scheduled to be sentenced on Dec. 3.

Morales thanked the jurors for what she called "a difficult public service" and for giving up a month of their lives. Each of them was paid $50 a day.

Brennan's sentencing, originally expected before Christmas, was pushed into the new year at the request of the defense, which said it needed 90 days to prepare.
""", [
    ('Nov. 14, 2019', 'DATE', '2019-11-14'),
    ('6:45 p.m.', 'TIME', '2019-11-14T18:45'),
    ('Thursday', 'DATE', '2019-11-14'),
    ('four days', 'DURATION', 'P4D'),
    ('2:15 p.m.', 'TIME', '2019-11-14T14:15'),
    ('20 years', 'DURATION', 'P20Y'),
    ('Feb. 27, 2020', 'DATE', '2020-02-27'),
    ('2012', 'DATE', '2012'),
    ('2016', 'DATE', '2016'),
    ('late 2016', 'DATE', '2016'),
    ('third-quarter', 'DATE', '2016-Q3'),
    ('the following January', 'DATE', '2017-01'),
    ('March 2018', 'DATE', '2018-03'),
    ('Oct. 21', 'DATE', '2019-10-21'),
    ('nearly four weeks', 'DURATION', 'P4W'),
    ('Monday morning', 'TIME', '2019-11-11TMO'),
    ('Tuesday', 'DATE', '2019-11-12'),
    ('last week', 'DATE', '2019-W45'),
    ('Thursday evening', 'TIME', '2019-11-14TEV'),
    ('weeks', 'DURATION', 'PXW'),
    ('the 2010s', 'DATE', '201'),
    ('2018', 'DATE', '2018'),
    ('two days', 'DURATION', 'P2D'),
    ('earlier this year', 'DATE', '2019'),
    ('next month', 'DATE', '2019-12'),
    ('Dec. 3', 'DATE', '2019-12-03'),
    ('a month', 'DURATION', 'P1M'),
    ('a day', 'SET', 'P1D'),
    ('Christmas', 'DATE', '2019-12-25'),
    ('the new year', 'DATE', '2020'),
    ('90 days', 'DURATION', 'P90D'),
]),

# 2. British weather/disaster story ("Updated: 14:20 GMT, Monday ...")
('2020-02-17', 'auto', """Storm Hester: rivers still rising as Wales and the Midlands brace for more rain

Updated: 14:20 GMT, Monday 17 February 2020

Hundreds of homes have been evacuated as Storm Hester pushed rivers across Wales and the West Midlands to record levels, just a week after Storm Ciara caused widespread damage.

The Environment Agency said this morning that more than 400 flood warnings and alerts were in force across England, the highest number since records began. The River Teme at Tenbury Wells burst its banks shortly after midnight on Sunday, and firefighters rescued 23 people from cars and caravans.

The Met Office said gusts of 91mph were recorded at Aberdaron on Saturday afternoon, and that a further 40mm of rain could fall on saturated ground by Wednesday. An amber warning for rain remains in place until 06:00 GMT on Tuesday.

"It has been a relentless few weeks," said Clare Dobson, 61, whose café in Pontypridd has flooded for the second time since Christmas. "We only reopened on Friday. Now we're back to square one."

Insurers estimate the combined cost of the two storms at around £425m. The Association of British Insurers said claims would be paid "as quickly as possible", but warned that some families could be out of their homes for six months or more.

The prime minister, who has faced criticism for not visiting affected areas, is expected to chair a meeting of the government's Cobra emergency committee this afternoon. Labour said ministers had ignored warnings about flood defence funding for most of the past decade.

February has already been exceptionally wet. The Met Office said some parts of the UK had already seen more than double their normal rainfall by the 16th of February, and forecasters expect the unsettled pattern to continue for at least a fortnight.

Experts say the flooding fits a pattern seen in recent years. Heavy downpours in England have become more frequent since the 1960s, and the floods of 2007, 2013-14 and 2015 each prompted promises of new defences.

Channel 4 News reported on Sunday evening that a £2.6bn flood defence programme announced in 2014 was running behind schedule, with several schemes not due to be finished until 2027.

The Environment Agency's chair said: "We cannot build walls high enough to stop every flood. Communities will have to adapt over the coming decades."

Rail services between Shrewsbury and Aberystwyth are suspended until at least Thursday.
""", [
    ('14:20 GMT', 'TIME', '2020-02-17T14:20'),
    ('Monday 17 February 2020', 'DATE', '2020-02-17'),
    ('a week', 'DURATION', 'P1W'),
    ('this morning', 'TIME', '2020-02-17TMO'),
    ('midnight', 'TIME', '2020-02-16T00:00|2020-02-15T24:00'),
    ('Sunday', 'DATE', '2020-02-16'),
    ('Saturday afternoon', 'TIME', '2020-02-15TAF'),
    ('Wednesday', 'DATE', '2020-02-19'),
    ('06:00 GMT', 'TIME', '2020-02-18T06:00'),
    ('Tuesday', 'DATE', '2020-02-18'),
    ('few weeks', 'DURATION', 'PXW'),
    ('Christmas', 'DATE', '2019-12-25'),
    ('Friday', 'DATE', '2020-02-14'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('six months', 'DURATION', 'P6M'),
    ('this afternoon', 'TIME', '2020-02-17TAF'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('February', 'DATE', '2020-02'),
    ('the 16th of February', 'DATE', '2020-02-16'),
    ('at least a fortnight', 'DURATION', 'P2W'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('the 1960s', 'DATE', '196'),
    ('2007', 'DATE', '2007'),
    ('2013-14', 'DATE', '2013|2014'),
    ('2015', 'DATE', '2015'),
    ('Sunday evening', 'TIME', '2020-02-16TEV'),
    ('2014', 'DATE', '2014'),
    ('2027', 'DATE', '2027'),
    ('the coming decades', 'DATE', 'FUTURE_REF'),
    ('Thursday', 'DATE', '2020-02-20'),
]),

# 3. Canadian municipal election (no dateline; DCT from metadata)
('2022-10-25', 'auto', """Lacroix ousts two-term mayor as turnout climbs in Millbrook Harbour

Former school board trustee Danielle Lacroix will be Millbrook Harbour's next mayor after defeating incumbent Gord Petersen in Monday's municipal election, ending a campaign dominated by housing costs and a long-delayed waterfront plan.

Lacroix took 54 per cent of the vote, according to unofficial results posted by the city shortly before 11 p.m. Petersen, who was first elected in 2014, conceded in a brief speech to supporters at the Legion hall.

"People told us at every door that they can't wait another four years for housing," Lacroix said Monday night. "Starting Nov. 15, we get to work."

Turnout was 41 per cent, up from 33 per cent in 2018, when Petersen won re-election by fewer than 600 votes. Advance polls, which ran for five days earlier this month, drew record numbers.

The new council will be sworn in on Nov. 15, and Lacroix has promised to table a housing strategy within her first 100 days. It will include a 10-year plan to build 2,500 homes by 2032, she said. She may face resistance: at least four of the 10 councillors elected Monday backed Petersen.

The waterfront redevelopment, first proposed in the mid-90s and revived in 2016, has been stalled for most of Petersen's second term. Council voted in June 2021 to pause the project after construction costs rose sharply during the COVID-19 pandemic. Petersen argued throughout the campaign that the pause had saved taxpayers money; Lacroix called it "a failure of nerve."

Several council races were too close to call Tuesday morning. In Ward 3, just 14 votes separated the top two candidates, and a recount is expected next week. City clerk Hannah Mbeki said the exact date would be announced by Friday.

The city has held elections every four years since 2006, when the province extended council terms. Before that, residents went to the polls every three years.

Petersen, 67, said he would now spend more time with his grandchildren. "Eight years goes by fast," he said, thanking staff who had kept the city running through the winter of 2019-2020, when a series of ice storms knocked out power for days.

Lacroix is expected to meet senior city staff on Thursday and to name her transition team before Remembrance Day.

The 2022 campaign was also the first in which voters could cast ballots online, an option used by nearly a quarter of electors. Results will be made official at a council meeting on Oct. 31.
""", [
    ('Monday', 'DATE', '2022-10-24'),
    ('11 p.m.', 'TIME', '2022-10-24T23:00'),
    ('2014', 'DATE', '2014'),
    ('four years', 'DURATION', 'P4Y'),
    ('Monday night', 'TIME', '2022-10-24TNI'),
    ('Nov. 15', 'DATE', '2022-11-15'),
    ('2018', 'DATE', '2018'),
    ('five days', 'DURATION', 'P5D'),
    ('earlier this month', 'DATE', '2022-10'),
    ('Nov. 15', 'DATE', '2022-11-15'),
    ('100 days', 'DURATION', 'P100D'),
    ('10-year', 'DURATION', 'P10Y'),
    ('2032', 'DATE', '2032'),
    ('Monday', 'DATE', '2022-10-24'),
    ('the mid-90s', 'DATE', '199'),
    ('2016', 'DATE', '2016'),
    ('June 2021', 'DATE', '2021-06'),
    ('Tuesday morning', 'TIME', '2022-10-25TMO'),
    ('next week', 'DATE', '2022-W44'),
    ('Friday', 'DATE', '2022-10-28'),
    ('every four years', 'SET', 'P4Y'),
    ('2006', 'DATE', '2006'),
    ('every three years', 'SET', 'P3Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Eight years', 'DURATION', 'P8Y'),
    ('the winter of 2019-2020', 'DATE', '2019-WI'),
    ('days', 'DURATION', 'PXD'),
    ('Thursday', 'DATE', '2022-10-27'),
    ('Remembrance Day', 'DATE', '2022-11-11'),
    ('2022', 'DATE', '2022'),
    ('Oct. 31', 'DATE', '2022-10-31'),
]),

# 4. Australian sports report (byline only; DCT Sunday, game on Saturday night)
('2023-03-26', 'auto', """Vipers snap losing streak with late comeback against Rays

By Tom Richards

The Western Vipers have ended a run of seven straight defeats, coming from 14 points down to beat the Coastal Rays 26-20 in front of 21,400 fans at Parkside Oval on Saturday night.

Winger Josh Tamou crossed for the match-winner with less than three minutes remaining, sparking wild celebrations among supporters who had not seen their side win at home since round 19 last year.

"It's been a hard few weeks and the boys have copped plenty of criticism over the past six months," coach Mick Farrell said after the game. "They deserved that tonight."

The Rays led 20-6 at half-time after two tries in a dominant 10-minute spell, but they could not contain Vipers halfback Luke Kemp in the second half, and Rays forward Lachlan May was sin-binned for a professional foul with 12 minutes left.

Kick-off was delayed by 15 minutes after a storm passed over the ground shortly before 7.30pm, and play was halted briefly in the 52nd minute when lightning was sighted nearby.

The win lifts the Vipers off the bottom of the ladder after four rounds. They travel north to face the Tropics on Friday night, then host the premiers, the Harbour Knights, in the traditional Good Friday clash on 7 April. After a bye, they meet the Rays again in the Anzac Day fixture on 25 April.

Fullback Jordan Hale, who missed most of the 2022 season with a knee injury, was placed on report in the first half for a high tackle and faces a possible suspension. The match review committee will release its findings on Monday.

Farrell's future had been the subject of intense speculation in recent weeks. The club's board met on Tuesday and issued a statement on Wednesday backing the coach, whose contract runs until the end of 2024.

"I've been in this game for 30 years and you learn to block it out," Farrell said.

The Vipers joined the competition in 1995 and have won a single premiership, in 2003. The club drew an average crowd of 14,800 last season, and membership has now passed 20,000 for the first time, chief executive Sarah Lin said.

Rays captain Ben Walsh said his players would review the tape this morning before a recovery session at the beach. "We switched off for 40 minutes. That's the whole story," he said.
""", [
    ('Saturday night', 'TIME', '2023-03-25TNI'),
    ('less than three minutes', 'DURATION', 'PT3M'),
    ('last year', 'DATE', '2022'),
    ('few weeks', 'DURATION', 'PXW'),
    ('the past six months', 'DURATION', 'P6M'),
    ('tonight', 'TIME', '2023-03-25TNI'),
    ('10-minute', 'DURATION', 'PT10M'),
    ('12 minutes', 'DURATION', 'PT12M'),
    ('15 minutes', 'DURATION', 'PT15M'),
    ('7.30pm', 'TIME', '2023-03-25T19:30'),
    ('Friday night', 'TIME', '2023-03-31TNI'),
    ('Good Friday', 'DATE', '2023-04-07'),
    ('7 April', 'DATE', '2023-04-07'),
    ('Anzac Day', 'DATE', '2023-04-25'),
    ('25 April', 'DATE', '2023-04-25'),
    ('2022', 'DATE', '2022'),
    ('Monday', 'DATE', '2023-03-27'),
    ('recent weeks', 'DATE', 'PAST_REF'),
    ('Tuesday', 'DATE', '2023-03-21'),
    ('Wednesday', 'DATE', '2023-03-22'),
    ('the end of 2024', 'DATE', '2024'),
    ('30 years', 'DURATION', 'P30Y'),
    ('1995', 'DATE', '1995'),
    ('2003', 'DATE', '2003'),
    ('last season', 'DATE', '2022'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this morning', 'TIME', '2023-03-26TMO'),
    ('40 minutes', 'DURATION', 'PT40M'),
]),

# 5. Online tech press product launch (posted time, ISO date, update line)
('2024-09-10', 'auto', """Orbis finally launches the Tally 3 smartwatch, and it ships in two weeks

Posted Sep 10, 2024, 1:05 PM

After nearly three years of teases, leaks and one very awkward delay, Orbis today announced the Tally 3, the successor to the compact smartwatch that turned the startup into a cult favorite in the late 2010s.

Preorders open tomorrow at 9AM Pacific, and the watch goes on sale in the US, Canada and the UK on September 24th. The EU gets it "in the fourth quarter," which CEO Mara Lindqvist clarified on a call this morning means "well before Christmas Eve."

The Tally 3 costs $249, $50 more than the Tally 2 did at launch in 2021. The headline feature is battery life: Orbis claims up to 12 days on a single charge, compared with about a week for the Tally 2. In my brief hands-on time at the company's San Francisco office last Thursday, the watch felt light and fast, though I obviously couldn't test that claim.

There's a new always-on display, a heart-rate sensor that samples every second, and sleep tracking that finally works without a subscription. Orbis says it will push major software updates twice a year and support the watch for at least five years, a notable promise from a company that nearly ran out of money in 2022.

That near-death moment is a big part of this story. Orbis laid off a third of its staff in March 2022, and its original launch window for the Tally 3 (spring 2023) came and went without a word. The company resurfaced last November with a $40 million funding round, and Lindqvist has spent much of this year rebuilding trust with the community. The watch's firmware was posted to GitHub on 2024-09-09 under an open-source license, a first for the company.

"We're not going to pretend the last two years didn't happen," she told me. "But the team that's here now shipped this thing." The smartwatch market looked very different a decade ago, she added, when everyone assumed phone makers would crush small players.

Orbis will hold a developer livestream on Thursday at 10AM Pacific, and says an LTE model is planned for the first half of 2025.

Is it enough to win back the fans who have waited since the company's first watch in 2019? We'll have a full review in the coming weeks.

Update, 3:40 PM: Orbis says preorders in Australia will open on Monday.
""", [
    ('two weeks', 'DURATION|DATE', 'P2W|2024-09-24'),
    ('Sep 10, 2024', 'DATE', '2024-09-10'),
    ('1:05 PM', 'TIME', '2024-09-10T13:05'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('today', 'DATE', '2024-09-10'),
    ('the late 2010s', 'DATE', '201'),
    ('tomorrow', 'DATE', '2024-09-11'),
    ('9AM', 'TIME', '2024-09-11T09:00'),
    ('September 24th', 'DATE', '2024-09-24'),
    ('the fourth quarter', 'DATE', '2024-Q4'),
    ('this morning', 'TIME', '2024-09-10TMO'),
    ('Christmas Eve', 'DATE', '2024-12-24'),
    ('2021', 'DATE', '2021'),
    ('12 days', 'DURATION', 'P12D'),
    ('about a week', 'DURATION', 'P1W'),
    ('last Thursday', 'DATE', '2024-09-05'),
    ('every second', 'SET', 'PT1S'),
    ('twice a year', 'SET', 'P1Y'),
    ('at least five years', 'DURATION', 'P5Y'),
    ('2022', 'DATE', '2022'),
    ('March 2022', 'DATE', '2022-03'),
    ('spring 2023', 'DATE', '2023-SP'),
    ('last November', 'DATE', '2023-11'),
    ('this year', 'DATE', '2024'),
    ('2024-09-09', 'DATE', '2024-09-09'),
    ('the last two years', 'DURATION', 'P2Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a decade ago', 'DATE', '2014'),
    ('Thursday', 'DATE', '2024-09-12'),
    ('10AM', 'TIME', '2024-09-12T10:00'),
    ('the first half of 2025', 'DATE', '2025-H1'),
    ('2019', 'DATE', '2019'),
    ('the coming weeks', 'DATE', 'FUTURE_REF'),
    ('3:40 PM', 'TIME', '2024-09-10T15:40'),
    ('Monday', 'DATE', '2024-09-16'),
]),

# 6. Science story (US; generic calendar dates, "May" the verb, "winter" the verb)
('2018-06-07', 'auto', """Songbirds are arriving earlier, and a farmer's old diary helps prove it

Researchers comparing modern observations with a farmer's handwritten notes from the 19th century say that several species of North American songbirds now reach their breeding grounds almost two weeks earlier than they did in the 1880s.

The study, published Wednesday in the journal Ecology Letters, draws on the diary of Eliza Hart, who recorded the first sighting of each migrant species on her farm near Ithaca, N.Y., every year from 1874 to 1912.

"She was incredibly consistent," said lead author Samuel Okafor, a biologist at Cornell University. "She walked the same route every morning for 38 years."

Okafor's team matched Hart's records against data collected by volunteer birdwatchers since the 1960s and by automated acoustic monitors installed in 2009-2010. The comparison shows that the average arrival date of the Baltimore oriole has moved from May 14 to May 2, while the wood thrush now typically appears in late April.

The shift accelerated after 1980 and is closely linked to warmer temperatures along the birds' migration routes, the authors found. Species that winter in the tropics, far from the cues that signal conditions up north, have adjusted more slowly than short-distance migrants.

"That mismatch matters," Okafor said. "If you arrive a week after the caterpillars peak, your chicks may go hungry."

Hart's diary was discovered in 2015 in the attic of a house that was being renovated, and was donated to the university the following year. Volunteers spent 18 months transcribing its roughly 9,000 entries.

Other scientists welcomed the work but cautioned against leaning too heavily on a single observer. "Historical records are invaluable, but one person's notebook can't capture an entire region," said Priya Nair, an ornithologist at the University of Michigan who was not involved in the study.

The researchers plan to repeat the analysis annually as new monitoring data come in, and are seeking similar diaries from the Midwest. They hope to publish a continent-wide comparison by 2021, and will present the findings at a conference in Denver next month.

Since the paper appeared, Okafor said, he has received dozens of emails from people whose great-grandparents kept similar records. "Somebody wrote to me this morning about a diary from the 1850s," he said. "We may be sitting on a huge untapped archive."
""", [
    ('the 19th century', 'DATE', '18'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('almost two weeks', 'DURATION', 'P2W'),
    ('the 1880s', 'DATE', '188'),
    ('Wednesday', 'DATE', '2018-06-06'),
    ('every year', 'SET', 'P1Y'),
    ('1874', 'DATE', '1874'),
    ('1912', 'DATE', '1912'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('38 years', 'DURATION', 'P38Y'),
    ('the 1960s', 'DATE', '196'),
    ('2009-2010', 'DATE', '2009|2010'),
    ('May 14', 'DATE', 'XXXX-05-14'),
    ('May 2', 'DATE', 'XXXX-05-02'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('late April', 'DATE', 'XXXX-04'),
    ('1980', 'DATE', '1980'),
    ('a week', 'DURATION', 'P1W'),
    ('2015', 'DATE', '2015'),
    ('the following year', 'DATE', '2016'),
    ('18 months', 'DURATION', 'P18M'),
    ('annually', 'SET', 'P1Y'),
    ('2021', 'DATE', '2021'),
    ('next month', 'DATE', '2018-07'),
    ('this morning', 'TIME', '2018-06-07TMO'),
    ('the 1850s', 'DATE', '185'),
]),

# 7. British obituary (no dateline; "Sunday Times", "the 747", "march" the verb)
('2017-01-09', 'auto', """Margaret Ellison, aircraft engineer who kept the jumbo jets flying, dies aged 88

Margaret Ellison, who has died aged 88, was one of the first women to lead an engineering team at a British airline, and spent much of her career keeping the 747 in the air.

She died at her home in Bristol on New Year's Day after a short illness, her family said on Friday.

Born in Sheffield on 12 August 1928, the daughter of a steelworker and a seamstress, she won a scholarship to study mechanical engineering at Manchester in the late 1940s, when the university admitted only a handful of women to the course each year.

After graduating in 1950 she joined the Bristol Aeroplane Company, working on the Britannia airliner, and moved to BOAC in 1961. When the airline took delivery of its first Boeing 747 in April 1970, she was given responsibility for its maintenance programme, overseeing inspections that took place every night at Heathrow.

Colleagues recalled her insistence on checklists long before they became standard. "Margaret would march into the hangar and the whole place went silent," said a former apprentice, Peter Walsh. "She was tough, but she never forgot a name."

She became chief engineer for the long-haul fleet in 1983, a post she held for 11 years, and was appointed OBE in 1989. In the 1990s she chaired a government review of apprenticeship schemes, whose recommendations were partly adopted in 1997.

After retiring in 1994 she wrote a monthly column on aviation for the Sunday Times and campaigned for more girls to study science. She returned to the subject in recent years, telling a radio interviewer in 2014 that progress had been "painfully slow".

Her last public appearance was in October, when she cut the ribbon on a new engineering workshop at a Bristol school named in her honour. The school said at the weekend that pupils would hold a minute's silence for her on Wednesday morning.

She married the architect John Ellison in 1956; he died in 2009. She is survived by their two sons, Daniel and Tom, and four grandchildren. A funeral will be held in Bristol later this month.

Margaret Ann Ellison, engineer, born 12 August 1928; died 1 January 2017
""", [
    ("New Year's Day", 'DATE', '2017-01-01'),
    ('Friday', 'DATE', '2017-01-06'),
    ('12 August 1928', 'DATE', '1928-08-12'),
    ('the late 1940s', 'DATE', '194'),
    ('each year', 'SET', 'P1Y'),
    ('1950', 'DATE', '1950'),
    ('1961', 'DATE', '1961'),
    ('April 1970', 'DATE', '1970-04'),
    ('every night', 'SET', 'XXXX-XX-XXTNI'),
    ('1983', 'DATE', '1983'),
    ('11 years', 'DURATION', 'P11Y'),
    ('1989', 'DATE', '1989'),
    ('the 1990s', 'DATE', '199'),
    ('1997', 'DATE', '1997'),
    ('1994', 'DATE', '1994'),
    ('monthly', 'SET', 'P1M'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('2014', 'DATE', '2014'),
    ('October', 'DATE', '2016-10'),
    ('the weekend', 'DATE', '2017-W01-WE'),
    ('a minute', 'DURATION', 'PT1M'),
    ('Wednesday morning', 'TIME', '2017-01-11TMO'),
    ('1956', 'DATE', '1956'),
    ('2009', 'DATE', '2009'),
    ('later this month', 'DATE', '2017-01'),
    ('12 August 1928', 'DATE', '1928-08-12'),
    ('1 January 2017', 'DATE', '2017-01-01'),
]),

# 8. US policy explainer with background history (2% of GDP, Article 5, ...)
('2025-04-03', 'auto', """Explainer: Why NATO's 2% target is suddenly not enough

Published April 3, 2025

NATO foreign ministers gather in Brussels on Thursday and Friday for talks dominated by one question: how much should allies spend on defense? In a speech on Tuesday night, Secretary General Mark Rutte said the answer was "a lot more."

What is the 2% target?
In 2006, NATO defense ministers agreed that each member should aim to spend at least 2% of GDP on defense. For years the guideline was widely ignored. At the Wales summit in September 2014, months after Russia annexed Crimea, leaders went further, pledging to move toward 2% within a decade.

Did they meet it?
Slowly. In 2014 only three allies hit the mark. By last year, 23 of the alliance's 32 countries did, according to NATO estimates published in June. The United States alone spent an estimated $968 billion in 2024.

Why is it back in the news?
Russia's full-scale invasion of Ukraine on Feb. 24, 2022, changed the calculation for many governments. Poland now spends more than 4%, and the three Baltic states have all promised to reach 5% by 2026 or soon after. Meanwhile, the Trump administration has said repeatedly since January that allies who do not pay more cannot take American protection for granted.

What about Article 5?
Article 5 of the 1949 treaty says an attack on one member is an attack on all. It has been invoked only once, on Sept. 12, 2001. Nothing in the treaty links it to spending.

What happens next?
Rutte has called the existing target "nowhere near" sufficient and has floated a figure above 3%. Leaders are expected to agree a new goal at their summit in The Hague, which opens on June 24, with a deadline that some diplomats say could be as early as 2030 and others as late as 2035. Smaller economies may push for the later date.

Finance ministers in several countries, including Spain and Italy, warn that raising spending quickly could mean cuts to health and pensions, or higher borrowing. Britain, which since Brexit has sought a bigger security role in Europe, announced in February that it would lift defense spending to 2.5% of GDP by 2027.

The bottom line
Defense budgets that took decades to shrink after the Cold War will not be rebuilt in a few months. Analysts say the real test will come in the coming years, as governments decide what they are willing to give up.
""", [
    ('April 3, 2025', 'DATE', '2025-04-03'),
    ('Thursday', 'DATE', '2025-04-03'),
    ('Friday', 'DATE', '2025-04-04'),
    ('Tuesday night', 'TIME', '2025-04-01TNI'),
    ('2006', 'DATE', '2006'),
    ('years', 'DURATION', 'PXY'),
    ('September 2014', 'DATE', '2014-09'),
    ('months', 'DURATION', 'PXM'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('2014', 'DATE', '2014'),
    ('last year', 'DATE', '2024'),
    ('June', 'DATE', '2024-06'),
    ('2024', 'DATE', '2024'),
    ('Feb. 24, 2022', 'DATE', '2022-02-24'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2026', 'DATE', '2026'),
    ('January', 'DATE', '2025-01'),
    ('1949', 'DATE', '1949'),
    ('Sept. 12, 2001', 'DATE', '2001-09-12'),
    ('June 24', 'DATE', '2025-06-24'),
    ('2030', 'DATE', '2030'),
    ('2035', 'DATE', '2035'),
    ('February', 'DATE', '2025-02'),
    ('2027', 'DATE', '2027'),
    ('decades', 'DURATION', 'PXE'),
    ('a few months', 'DURATION', 'PXM'),
    ('the coming years', 'DATE', 'FUTURE_REF'),
]),

# 9. British company results story (halves, quarters, Brexit, the 747, Theresa May)
('2016-07-28', 'auto', """Meridian Airways profits slide as Brexit vote hits bookings

Meridian Airways has reported a 27% fall in first-half profits and warned that the fallout from last month's EU referendum will weigh on earnings until the end of the year.

The carrier made a pre-tax profit of £182m in the six months to 30 June, down from £249m a year earlier. Revenue edged up 2% to £2.9bn, but the pound's slump since the Brexit vote on 23 June has pushed up the cost of fuel and aircraft leases, which are paid in dollars.

Chief executive Sian Howell said bookings from continental Europe had dropped sharply in the three weeks after the referendum before recovering somewhat this month. "We are not in crisis, but we are being cautious," she told analysts on a conference call this morning.

Shares fell 6.4% to 418p by 11:30 on Thursday, their lowest level since March 2013.

The airline now expects profits for 2016 to be "broadly flat" compared with 2015, rather than growing by up to 10%. It has also postponed a decision on ordering 20 new long-haul jets until the first quarter of 2017.

Meridian is retiring the last three of its Boeing 747s over the winter and will replace them with more fuel-efficient twin-engine aircraft. The 747 has been the backbone of its transatlantic fleet since the late 1980s.

Analysts at Barclays said the results were better than feared. "The second half will be tougher," said analyst Ravi Mistry. "Summer is usually the strongest period for airlines, so the numbers for July and August will tell us much more."

Meridian will pay an interim dividend of 4.5p a share on 7 October. Last year it paid dividends twice a year, totalling 13p.

Howell, who took over in January 2014, said the airline would keep adding routes to Asia and North America. A new daily service from Manchester to Boston begins on Monday, and flights to Singapore will start in spring 2017.

Investors are also waiting to see whether the government of Theresa May, who became prime minister earlier this month, will back a third runway at Heathrow. A decision is expected in the autumn. Shareholders will meet in London next Thursday.
""", [
    ('first-half', 'DATE', '2016-H1'),
    ('last month', 'DATE', '2016-06'),
    ('the end of the year', 'DATE', '2016'),
    ('six months', 'DURATION', 'P6M'),
    ('30 June', 'DATE', '2016-06-30'),
    ('a year earlier', 'DATE', '2015-H1|2015'),
    ('23 June', 'DATE', '2016-06-23'),
    ('three weeks', 'DURATION', 'P3W'),
    ('this month', 'DATE', '2016-07'),
    ('this morning', 'TIME', '2016-07-28TMO'),
    ('11:30', 'TIME', '2016-07-28T11:30'),
    ('Thursday', 'DATE', '2016-07-28'),
    ('March 2013', 'DATE', '2013-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2016', 'DATE', '2016'),
    ('2015', 'DATE', '2015'),
    ('the first quarter of 2017', 'DATE', '2017-Q1'),
    ('the winter', 'DATE', '2016-WI'),
    ('the late 1980s', 'DATE', '198'),
    ('The second half', 'DATE', '2016-H2'),
    ('Summer', 'DATE', 'XXXX-SU'),
    ('July', 'DATE', '2016-07'),
    ('August', 'DATE', '2016-08'),
    ('7 October', 'DATE', '2016-10-07'),
    ('Last year', 'DATE', '2015'),
    ('twice a year', 'SET', 'P1Y'),
    ('January 2014', 'DATE', '2014-01'),
    ('daily', 'SET', 'P1D'),
    ('Monday', 'DATE', '2016-08-01'),
    ('spring 2017', 'DATE', '2017-SP'),
    ('earlier this month', 'DATE', '2016-07'),
    ('the autumn', 'DATE', '2016-FA'),
    ('next Thursday', 'DATE', '2016-08-04'),
]),

# 10. Long-running conflict with a short timeline (wire dateline)
('2025-02-24', 'auto', """Ukraine marks three years of full-scale war as foreign leaders gather in Kyiv

KYIV, 24 February 2025 — Ukraine marked the third anniversary of the invasion on Monday with a memorial service in central Kyiv and a visit by more than a dozen foreign leaders, as Washington and Moscow prepared for further talks on ending the war.

Air raid sirens sounded across the capital shortly before 7am, after Russia launched 185 drones at Ukrainian cities on Sunday night, according to the air force.

President Volodymyr Zelensky told the visiting leaders that Ukraine needed "real security guarantees, not promises". At a news conference on Sunday he said any settlement must be negotiated with Kyiv at the table.

US and Russian officials met in Riyadh last week for their first high-level talks since the invasion, and a second round is expected in the coming weeks. European leaders, who were not invited, will hold an emergency summit on defence in Brussels on 6 March.

The fighting shows no sign of stopping. Russian forces have advanced slowly in the east throughout the past year, while Ukraine still holds part of Russia's Kursk region, which its troops entered in August.

Timeline

February 2014: Russia seizes Crimea after protests in Kyiv topple the pro-Russian president. Fighting breaks out in the Donbas that spring.
24 February 2022: Russian troops cross the border from the north, east and south.
Late March 2022: Russian forces begin withdrawing from around Kyiv; they are gone by early April.
September 2022: Moscow claims to annex four Ukrainian regions. Two months later, Ukraine retakes the city of Kherson.
June 2023: Ukraine launches a counteroffensive that fails to break through Russian lines.
6 August 2024: Ukrainian troops cross into Russia's Kursk region.
January 2025: Donald Trump returns to the White House promising to end the war quickly.

According to the UN, more than 12,000 civilians have been killed since the invasion began. Millions of people remain displaced, and nearly a fifth of Ukraine's territory is currently under Russian control.

At the memorial, Oksana Melnyk, 34, whose husband was killed near Bakhmut in the spring of 2023, said she had come to the square every year since. "Three years is too long to wait for peace," she said.

EU foreign ministers approved their 16th package of sanctions since 2022 on Monday, targeting Russia's shadow fleet of oil tankers.
""", [
    ('three years', 'DURATION', 'P3Y'),
    ('24 February 2025', 'DATE', '2025-02-24'),
    ('the third anniversary of the invasion', 'DATE', '2025-02-24'),
    ('Monday', 'DATE', '2025-02-24'),
    ('7am', 'TIME', '2025-02-24T07:00'),
    ('Sunday night', 'TIME', '2025-02-23TNI'),
    ('Sunday', 'DATE', '2025-02-23'),
    ('last week', 'DATE', '2025-W08'),
    ('the coming weeks', 'DATE', 'FUTURE_REF'),
    ('6 March', 'DATE', '2025-03-06'),
    ('the past year', 'DURATION', 'P1Y'),
    ('August', 'DATE', '2024-08'),
    ('February 2014', 'DATE', '2014-02'),
    ('that spring', 'DATE', '2014-SP'),
    ('24 February 2022', 'DATE', '2022-02-24'),
    ('Late March 2022', 'DATE', '2022-03'),
    ('early April', 'DATE', '2022-04'),
    ('September 2022', 'DATE', '2022-09'),
    ('Two months later', 'DATE', '2022-11'),
    ('June 2023', 'DATE', '2023-06'),
    ('6 August 2024', 'DATE', '2024-08-06'),
    ('January 2025', 'DATE', '2025-01'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('the spring of 2023', 'DATE', '2023-SP'),
    ('every year', 'SET', 'P1Y'),
    ('Three years', 'DURATION', 'P3Y'),
    ('2022', 'DATE', '2022'),
    ('Monday', 'DATE', '2025-02-24'),
]),

# 11. British transport strike (Easter, Channel 4, Sunday Times, "march" the verb)
('2023-03-14', 'auto', """Rail workers to strike over Easter weekend in pay dispute

Published 14 March 2023

Train drivers at Southline Rail will walk out for 48 hours over the Easter weekend, their union announced this morning, threatening travel chaos for hundreds of thousands of passengers during one of the busiest holiday periods.

Members of the drivers' union Aslef will strike from 00:01 on Good Friday until 23:59 on Easter Saturday, with a ban on overtime continuing until Easter Monday. Southline, which runs services between London, Kent and Sussex, said it expected to run "little or no service" during the walkout.

The strike will be the sixth by Southline drivers since last summer. The union says its members have had no pay rise for nearly four years, while inflation peaked at 11.1% in October.

The company made what it called a "final offer" of a 4% rise backdated to the start of 2022 plus a further 4% next January, which drivers rejected by 87% to 13% in a ballot that closed on Friday.

"Nobody wants to strike at Easter," said the union's regional organiser, Dave Hutchins. "But our members have run out of patience, and the company has refused to negotiate seriously since the 3rd of March."

Southline's managing director, Kate Osei, told Channel 4 News on Monday evening that the offer was "fair and affordable" and urged drivers to accept it. Talks are scheduled to resume at Acas on Thursday.

Passengers are being advised to travel on Thursday 6 April or to postpone journeys until Tuesday 11 April. Replacement buses will run every 30 minutes on the busiest routes.

The dispute is part of a wider wave of industrial action that has hit railways, hospitals and schools since the summer of 2022. A report in the Sunday Times at the weekend suggested ministers were preparing an improved offer to rail unions within weeks, but the Department for Transport declined to comment.

Thousands of rail workers and their supporters are expected to march from Parliament Square to Downing Street on Wednesday, when the chancellor delivers his Budget.

Southline carried 112 million passengers last year, about 70% of the number it carried before the COVID-19 pandemic.
""", [
    ('Easter weekend', 'DATE', '2023-W14-WE'),
    ('14 March 2023', 'DATE', '2023-03-14'),
    ('48 hours', 'DURATION', 'P48H|P2D'),
    ('the Easter weekend', 'DATE', '2023-W14-WE'),
    ('this morning', 'TIME', '2023-03-14TMO'),
    ('00:01', 'TIME', '2023-04-07T00:01'),
    ('Good Friday', 'DATE', '2023-04-07'),
    ('23:59', 'TIME', '2023-04-08T23:59'),
    ('Easter Saturday', 'DATE', '2023-04-08'),
    ('Easter Monday', 'DATE', '2023-04-10'),
    ('last summer', 'DATE', '2022-SU'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('October', 'DATE', '2022-10'),
    ('the start of 2022', 'DATE', '2022'),
    ('next January', 'DATE', '2024-01'),
    ('Friday', 'DATE', '2023-03-10'),
    ('Easter', 'DATE', '2023-04-09'),
    ('the 3rd of March', 'DATE', '2023-03-03'),
    ('Monday evening', 'TIME', '2023-03-13TEV'),
    ('Thursday', 'DATE', '2023-03-16'),
    ('Thursday 6 April', 'DATE', '2023-04-06'),
    ('Tuesday 11 April', 'DATE', '2023-04-11'),
    ('every 30 minutes', 'SET', 'PT30M'),
    ('the summer of 2022', 'DATE', '2022-SU'),
    ('the weekend', 'DATE', '2023-W10-WE'),
    ('weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '2023-03-15'),
    ('last year', 'DATE', '2022'),
]),

# 12. US local newspaper (Thanksgiving, Labor Day, "Mar. 28", Route 9)
('2015-11-20', 'auto', """Maple Street Diner reopens after fire, just in time for Thanksgiving

By Karen Lowe, Staff Writer

GREENFIELD — For the first time since a kitchen fire forced it to close nearly eight months ago, the smell of coffee and bacon drifted out of the Maple Street Diner on Wednesday morning.

Owners Gus and Helen Papadakis unlocked the doors at 6 a.m., and by 7:30 a.m. every booth was full. "Some of these folks have been coming in every Monday for 30 years," Helen Papadakis said. "They told us they felt lost without us."

The fire broke out shortly after closing on Mar. 28, causing an estimated $300,000 in damage. No one was hurt. Repairs dragged on after the insurance claim stalled over the summer, and the couple had hoped to reopen by Labor Day.

The diner, a Greenfield fixture since 1952, is known for its Sunday pancake breakfast and for the hand-painted sign that Gus's father hung in the late '60s.

Next Thursday the couple will host their free Thanksgiving dinner for seniors and families in need, a tradition they started in 2003 and have kept up every year since. Last year more than 200 people were served. Volunteers can sign up at the diner through Tuesday.

Town officials said the reopening was welcome news for a downtown that has lost several businesses in recent years. The hardware store on Elm Street closed in January, and the former bank building on Route 9 has been empty since 2012.

"Main Street needs places like this," said Selectman Ray Dunn, who stopped in for eggs Wednesday. He said the town is applying for a state grant that could pay for new sidewalks and lighting next year, with work running from April to October.

Helen Papadakis said the past few months had been the hardest of her life. "But seeing everybody come back," she said, "it felt like a homecoming."

The diner is open daily except Christmas Day, and will stay open late on Fridays starting next month.
""", [
    ('Thanksgiving', 'DATE', '2015-11-26'),
    ('nearly eight months ago', 'DATE', '2015-03'),
    ('Wednesday morning', 'TIME', '2015-11-18TMO'),
    ('6 a.m.', 'TIME', '2015-11-18T06:00'),
    ('7:30 a.m.', 'TIME', '2015-11-18T07:30'),
    ('every Monday', 'SET', 'XXXX-WXX-1'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Mar. 28', 'DATE', '2015-03-28'),
    ('the summer', 'DATE', '2015-SU'),
    ('Labor Day', 'DATE', '2015-09-07'),
    ('1952', 'DATE', '1952'),
    ('Sunday', 'SET|DATE', 'XXXX-WXX-7'),
    ("the late '60s", 'DATE', '196'),
    ('Next Thursday', 'DATE', '2015-11-26'),
    ('Thanksgiving', 'DATE', '2015-11-26'),
    ('2003', 'DATE', '2003'),
    ('every year', 'SET', 'P1Y'),
    ('Last year', 'DATE', '2014'),
    ('Tuesday', 'DATE', '2015-11-24'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('January', 'DATE', '2015-01'),
    ('2012', 'DATE', '2012'),
    ('Wednesday', 'DATE', '2015-11-18'),
    ('next year', 'DATE', '2016'),
    ('April', 'DATE', '2016-04'),
    ('October', 'DATE', '2016-10'),
    ('the past few months', 'DURATION', 'PXM'),
    ('daily', 'SET', 'P1D'),
    ('Christmas Day', 'DATE', '2015-12-25'),
    ('Fridays', 'SET', 'XXXX-WXX-5'),
    ('next month', 'DATE', '2015-12'),
]),

# 13. British weekend feature (no dateline; Rosa May, Brexit, COVID-19)
('2026-01-18', 'auto', """The lido that refused to die

Saltmarsh Lido, which first opened in the summer of 1926, is about to welcome swimmers again. Its rescue took eleven years, two public inquiries and one very cold Boxing Day.

Last week, Jenny Harker stood at the edge of the empty pool and pointed to a crack in the tiles. "That's where it all started," she said. "February 2015. The council said it would cost too much to fix, and they shut the gates the following month."

Harker, a retired midwife, formed the Friends of Saltmarsh Lido that spring with a handful of regular swimmers. Within a year they had 3,000 members; by the end of the decade the figure had passed 11,000.

The pool is a rare survivor. Britain had more than 300 open-air lidos in the 1930s; most closed between the 1970s and the 1990s as cheap package holidays drew families abroad. A wave of restorations began in the 2010s, helped by a boom in cold-water swimming.

The campaign's turning point came on Christmas Eve 2019, when the council agreed to lease the site to the group for 99 years. Two days later, hundreds of people in fancy dress plunged into the sea beside the derelict pool to celebrate.

Then came COVID-19. Fundraising stalled during the lockdowns of 2020 and 2021, and building costs soared after Brexit. The restoration, originally due to finish by Easter 2023, was delayed three times.

The work was finally completed just before Christmas. The lido's 1920s diving boards have been rebuilt, and a small café run by the artist Rosa May now occupies the old ticket office.

The pool will open to the public at 10am on Saturday 7 March, with free entry until the end of the month. From May it will open every day, and the Friends plan to hold a charity swim on 21 June.

Harker, now 74, says she intends to be first in the water. "I've waited more than a decade for this," she said. "I'm not waiting any longer."
""", [
    ('the summer of 1926', 'DATE', '1926-SU'),
    ('eleven years', 'DURATION', 'P11Y'),
    ('Boxing Day', 'DATE', '2019-12-26|XXXX-12-26'),
    ('Last week', 'DATE', '2026-W02'),
    ('February 2015', 'DATE', '2015-02'),
    ('the following month', 'DATE', '2015-03'),
    ('that spring', 'DATE', '2015-SP'),
    ('a year', 'DURATION', 'P1Y'),
    ('the end of the decade', 'DATE', '201'),
    ('the 1930s', 'DATE', '193'),
    ('the 1970s', 'DATE', '197'),
    ('the 1990s', 'DATE', '199'),
    ('the 2010s', 'DATE', '201'),
    ('Christmas Eve 2019', 'DATE', '2019-12-24'),
    ('99 years', 'DURATION', 'P99Y'),
    ('Two days later', 'DATE', '2019-12-26'),
    ('2020', 'DATE', '2020'),
    ('2021', 'DATE', '2021'),
    ('Easter 2023', 'DATE', '2023-04-09'),
    ('Christmas', 'DATE', '2025-12-25'),
    ('1920s', 'DATE', '192'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('10am', 'TIME', '2026-03-07T10:00'),
    ('Saturday 7 March', 'DATE', '2026-03-07'),
    ('the end of the month', 'DATE', '2026-03'),
    ('May', 'DATE', '2026-05'),
    ('every day', 'SET', 'P1D'),
    ('21 June', 'DATE', '2026-06-21'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
]),

# 14. Australian health/lockdown story ("Updated 16 Aug 2021, 11:42am")
('2021-08-16', 'auto', """NSW cases hit new record as regional lockdown extended

Updated 16 Aug 2021, 11:42am

New South Wales has recorded 452 new locally acquired cases of COVID-19, the state's highest tally since the pandemic began, and the lockdown covering regional NSW has been extended for another week.

Premier Gladys Berejiklian told her 11am press conference that stay-at-home orders for regional areas, which were due to end at midnight on Thursday, would now run until 28 August. Greater Sydney has been in lockdown since 26 June, and its restrictions are set to remain until at least the end of the month.

Of today's cases, 112 were active in the community while infectious. Health authorities said 371 people were in hospital, 62 of them in intensive care, and seven deaths were reported in the 24 hours to 8pm last night.

The government wants 70 per cent of adults to be fully vaccinated by mid-October, when it has said some freedoms could return. Currently 26 per cent of adults are fully vaccinated and 53 per cent have had at least one dose. Pfizer doses are given three weeks apart.

Ms Berejiklian, who has fronted a press conference every day since the outbreak began in mid-June, said residents had to "hold the line for the next few weeks".

Police issued 780 fines over the weekend, including 62 at a Bondi gathering on Saturday afternoon. From Wednesday, people in Sydney's worst-hit areas will need a permit to travel more than 5km from home.

Schools will continue with remote learning for the rest of term three, and the HSC exams, which usually begin in October, have been pushed back to 9 November.

In Canberra, the ACT's seven-day lockdown, which began at 5pm on Thursday, is due to end this Thursday, though Chief Minister Andrew Barr said an extension was likely.

The outbreak is now the largest in Australia since Victoria's second wave, which peaked at more than 700 cases a day in early August 2020.
""", [
    ('16 Aug 2021', 'DATE', '2021-08-16'),
    ('11:42am', 'TIME', '2021-08-16T11:42'),
    ('another week', 'DURATION', 'P1W'),
    ('11am', 'TIME', '2021-08-16T11:00'),
    ('midnight', 'TIME', '2021-08-19T24:00|2021-08-20T00:00'),
    ('Thursday', 'DATE', '2021-08-19'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('28 August', 'DATE', '2021-08-28'),
    ('26 June', 'DATE', '2021-06-26'),
    ('the end of the month', 'DATE', '2021-08'),
    ('today', 'DATE', '2021-08-16'),
    ('24 hours', 'DURATION', 'P24H|P1D'),
    ('8pm', 'TIME', '2021-08-15T20:00'),
    ('last night', 'TIME', '2021-08-15TNI'),
    ('mid-October', 'DATE', '2021-10'),
    ('Currently', 'DATE', 'PRESENT_REF'),
    ('three weeks', 'DURATION', 'P3W'),
    ('every day', 'SET', 'P1D'),
    ('mid-June', 'DATE', '2021-06'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('the weekend', 'DATE', '2021-W32-WE'),
    ('Saturday afternoon', 'TIME', '2021-08-14TAF'),
    ('Wednesday', 'DATE', '2021-08-18'),
    ('October', 'DATE', 'XXXX-10'),
    ('9 November', 'DATE', '2021-11-09'),
    ('seven-day', 'DURATION', 'P7D'),
    ('5pm', 'TIME', '2021-08-12T17:00'),
    ('Thursday', 'DATE', '2021-08-12'),
    ('this Thursday', 'DATE', '2021-08-19'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a day', 'SET', 'P1D'),
    ('early August 2020', 'DATE', '2020-08'),
]),

]
