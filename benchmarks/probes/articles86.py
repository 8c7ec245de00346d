# Gold TIMEX3 probe set 86: twelve science, health, technology, space and climate news texts (AP, Reuters, STAT, Nature News, BBC, Guardian, Ars Technica, The Verge; DCTs 2000-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, health: flu vaccine delays (2000)
('2000-11-16', 'auto', """Flu Shot Delays Force Clinics to Ration Vaccine

ATLANTA (AP) — Federal health officials on Thursday urged healthy adults under 65 to wait until December for flu shots, as manufacturing delays left clinics across the country with only a fraction of the doses they had ordered.

The Centers for Disease Control and Prevention said about 27 million doses had been shipped by the end of October, roughly half the usual amount. Another 40 million are expected to arrive over the next six weeks.

"There will be enough vaccine for everyone who wants it, but not all at once," Dr. Walter Orenstein, a CDC immunization official, said at a briefing Thursday afternoon. "People at the highest risk need to go first."

The problems began in the summer, when one of the four manufacturers had trouble growing one of the three virus strains used in the vaccine this year. Two other companies halted production for several weeks to correct problems found during federal inspections.

Some clinics have canceled hundreds of appointments. In Macon, Ga., the Bibb County Health Department ran out of vaccine Tuesday morning, three hours after opening its doors, and turned away more than 200 people.

"We had planned to give shots every Wednesday until Thanksgiving," said nurse supervisor Linda Carver. "This year we are holding back everything for people over 65 and those with heart and lung disease."

Officials expect flu cases to peak between late December and early March. They said it would not be too late to be vaccinated in January, since the shot takes about two weeks to provide protection.

Last year, roughly 70 million doses were distributed nationwide. Agency officials said they have no plans to import vaccine from Europe but will review supplies again next week.

Pharmacies that did receive doses said they had been flooded with calls since early October. One Ohio supermarket chain said it had scheduled extra clinics for the weekend, and a Chicago hospital said it would extend the hours of its walk-in clinic this month.

Dr. Ellen Martz, who runs a family practice in suburban Denver, said her office received 300 doses on Monday, about a quarter of its order. "They were gone in two days," she said. "I have patients with emphysema calling me every morning, and I have nothing to tell them."

The CDC estimates that influenza kills about 20,000 Americans annually, most of them elderly. In a typical season, more than 100,000 people are hospitalized with complications such as pneumonia.
""", [
    ('Thursday', 'DATE', '2000-11-16'),
    ('December', 'DATE', '2000-12'),
    ('the end of October', 'DATE', '2000-10'),
    ('the next six weeks', 'DURATION', 'P6W'),
    ('Thursday afternoon', 'DATE|TIME', '2000-11-16TAF'),
    ('the summer', 'DATE', '2000-SU'),
    ('this year', 'DATE', '2000'),
    ('several weeks', 'DURATION', 'PXW'),
    ('Tuesday morning', 'DATE|TIME', '2000-11-14TMO'),
    ('three hours', 'DURATION', 'PT3H'),
    ('every Wednesday', 'SET', 'XXXX-WXX-3'),
    ('Thanksgiving', 'DATE', '2000-11-23'),
    ('This year', 'DATE', '2000'),
    ('late December', 'DATE', '2000-12'),
    ('early March', 'DATE', '2001-03'),
    ('January', 'DATE', '2001-01'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('Last year', 'DATE', '1999'),
    ('next week', 'DATE', '2000-W47'),
    ('early October', 'DATE', '2000-10'),
    ('the weekend', 'DATE', '2000-W46-WE'),
    ('this month', 'DATE', '2000-11'),
    ('Monday', 'DATE', '2000-11-13'),
    ('two days', 'DURATION', 'P2D'),
    ('every morning', 'SET', 'XXXX-XX-XXTMO'),
    ('annually', 'SET', 'P1Y'),
]),
# 2. Reuters, medical devices: defibrillator recall (2002)
('2002-04-09', 'auto', """Corvane recalls 41,000 heart defibrillators over battery flaw

MINNEAPOLIS, April 9 (Reuters) - Corvane Medical Inc said on Tuesday it was recalling about 41,000 implantable heart defibrillators after finding that a battery defect could cause some of the devices to stop working without warning.

The company said the problem affected units made between March 2000 and September 2001 and had been linked to two patient deaths in the past year. Doctors were asked to check patients' devices within 30 days and to replace those whose battery voltage had fallen below a set level.

Shares of the Minneapolis-based company fell 8 percent to $31.20 on the New York Stock Exchange, their lowest level since October.

"Patient safety is our first priority, and we moved as soon as we understood the pattern," Chief Executive Martin Hale told analysts on a conference call that lasted nearly two hours. He said the company first received reports of premature battery drain in January and completed its engineering review last week.

The U.S. Food and Drug Administration said it was told of the problem on March 28 and was reviewing the company's plan. An agency spokeswoman said the FDA would likely classify the action as a Class I recall, its most serious category, within the next few days.

Corvane said it would take a charge of $60 million to $75 million and would give an updated forecast when it reports quarterly results in late May. The company had previously expected fiscal 2002 earnings of $1.42 to $1.48 a share.

Analyst Susan Reyes of Piper Jaffray said the recall was smaller than some investors had feared, but warned that the company's next-generation device, due for approval this summer, might be delayed.

"The question now is whether doctors lose confidence for six months or for two years," she said. "This is a market where reputations take a decade to build."

About 9,000 of the affected devices are implanted outside the United States, mostly in Germany, Italy and France. Corvane said regulators in Europe had been notified on Monday.

Until their devices are replaced, patients are advised to have them checked every three months, the company said. It has also set up a telephone hotline for patients and doctors that will operate for the next eight weeks.

Corvane, founded in 1987, had sales of $2.3 billion last year. The recall is the second to hit the company since 1999, when it withdrew a line of pacemaker leads.

(Reporting by Daniel Kessler; editing by Anne Miller)
""", [
    ('April 9', 'DATE', '2002-04-09'),
    ('Tuesday', 'DATE', '2002-04-09'),
    ('March 2000', 'DATE', '2000-03'),
    ('September 2001', 'DATE', '2001-09'),
    ('the past year', 'DATE|DURATION', 'P1Y|2001'),
    ('30 days', 'DURATION', 'P30D'),
    ('October', 'DATE', '2001-10'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('January', 'DATE', '2002-01'),
    ('last week', 'DATE', '2002-W14'),
    ('March 28', 'DATE', '2002-03-28'),
    ('the next few days', 'DURATION', 'PXD'),
    ('quarterly', 'SET', 'P3M'),
    ('late May', 'DATE', '2002-05'),
    ('fiscal 2002', 'DATE', 'FY2002|2002'),
    ('this summer', 'DATE', '2002-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six months', 'DURATION', 'P6M'),
    ('two years', 'DURATION', 'P2Y'),
    ('a decade', 'DURATION', 'P1DE|P10Y'),
    ('Monday', 'DATE', '2002-04-08'),
    ('every three months', 'SET', 'P3M'),
    ('the next eight weeks', 'DURATION', 'P8W'),
    ('1987', 'DATE', '1987'),
    ('last year', 'DATE', '2001'),
    ('1999', 'DATE', '1999'),
]),
# 3. BBC, space: Huygens lands on Titan, narrative (2005)
('2005-01-15', 'auto', """Huygens sends first pictures from Titan

By Helen Marsh
Science reporter, BBC News, Darmstadt

Scientists have released the first images taken on the surface of Titan, Saturn's largest moon, after Europe's Huygens probe made a successful landing there on Friday.

The pictures, shown to reporters at the European Space Agency's (Esa) control centre in Darmstadt, Germany, reveal what look like drainage channels running down to a dark, flat plain, possibly an ancient shoreline.

"Some of us have waited our whole careers for this," said Dr Jean-Luc Ferrand, a mission scientist. "It is like opening a door onto another world."

Huygens hitched a ride to Saturn aboard Nasa's Cassini spacecraft, which was launched from Cape Canaveral in October 1997 and arrived at the ringed planet in July last year. The probe separated from its mothership on Christmas Day and coasted towards Titan for 20 days.

It hit the top of Titan's atmosphere at about 1013 GMT. Three parachutes slowed its fall, and the descent lasted about two and a half hours. Throughout that time, and for more than an hour after touchdown, Huygens beamed data to Cassini, which stored it for relay back to Earth.

The first sign that the probe had survived came from a radio telescope in West Virginia, which picked up its faint carrier signal less than an hour after entry.

But controllers in Darmstadt had to wait until the afternoon, when Cassini turned its antenna back towards Earth. The first data packets arrived shortly after 1620 GMT, and the room erupted in applause.

The raw images were processed during the night and released on Saturday morning.

Not everything went to plan. Officials admitted on Saturday that one of Cassini's two receiving channels had never been switched on because of a missing software command. Data from an experiment designed to measure Titan's winds were lost, and about half of the 700 images planned will never be seen.

"That is a blow, but we should not let it spoil what has been achieved," Dr Ferrand said.

Scientists expect to spend years analysing the results. The first papers are expected in the coming months, and the team plans to hold a further briefing next Friday.

Cassini, meanwhile, will continue its tour of the Saturn system until at least 2008, flying past Titan dozens of times.

The £2bn mission is a joint project of Nasa, Esa and the Italian space agency. Planning began more than two decades ago, in the early 1980s, and thousands of scientists and engineers have worked on it since.
""", [
    ('Friday', 'DATE', '2005-01-14'),
    ('October 1997', 'DATE', '1997-10'),
    ('July last year', 'DATE', '2004-07'),
    ('Christmas Day', 'DATE', '2004-12-25'),
    ('20 days', 'DURATION', 'P20D'),
    ('about 1013 GMT', 'TIME', '2005-01-14T10:13'),
    ('about two and a half hours', 'DURATION', 'PT2H30M|PT150M'),
    ('more than an hour', 'DURATION', 'PT1H'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('the afternoon', 'DATE|TIME', '2005-01-14TAF'),
    ('1620 GMT', 'TIME', '2005-01-14T16:20'),
    ('the night', 'DATE|TIME', '2005-01-14TNI'),
    ('Saturday morning', 'DATE|TIME', '2005-01-15TMO'),
    ('Saturday', 'DATE', '2005-01-15'),
    ('years', 'DURATION', 'PXY'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('next Friday', 'DATE', '2005-01-21'),
    ('2008', 'DATE', '2008'),
    ('more than two decades ago', 'DATE', '198'),
    ('the early 1980s', 'DATE', '198'),
]),
# 4. Nature News, climate: Arctic sea ice record low (2007)
('2007-09-20', 'auto', """Arctic sea ice shrinks to record low

Summer melt smashes previous minimum by a wide margin.

Jenny Hollis

Published online 20 September 2007

The Arctic Ocean's ice cover has shrunk to its smallest extent since satellite measurements began in 1979, researchers say — and the margin by which it beat the old record has stunned many of them.

Data released this week by the US National Snow and Ice Data Center (NSIDC) in Boulder, Colorado, show that ice extent dropped to about 4.1 million square kilometres on 16 September before starting its seasonal recovery. The previous record low, set in September 2005, was about 5.3 million square kilometres.

"It's not just a record, it's a record by a huge amount," says Tom Lindqvist, a sea-ice researcher at the NSIDC. "We didn't expect to see ice extent this low until 2030 or so."

The decline accelerated in early July, when a persistent high-pressure system settled over the Beaufort Sea, bringing clear skies and warm southerly winds. For several weeks, ice was lost at rates of up to 100,000 square kilometres a day. By mid-August, the Northwest Passage through the Canadian archipelago was open along its entire length.

The ice is also getting thinner. Much of the pack is now 'first-year' ice that formed last winter and is less than two metres thick, rather than older ice that has built up over many years. Summer ice extent has fallen by roughly a quarter over the past decade, and thin ice melts faster, exposing dark water that absorbs more of the Sun's heat.

Computer models used in the assessment by the Intergovernmental Panel on Climate Change, published in February, projected that summer sea ice would not disappear until late this century. "The models are clearly too conservative," says oceanographer Ana Ribeiro of the University of Lisbon. Some researchers now think that the Arctic could be largely free of ice each September within 20 years.

Others urge caution. Ice extent can vary widely, notes climate modeller Peter Haas of the Alfred Wegener Institute in Bremerhaven, Germany, and a cold winter with favourable winds could allow some recovery next year. "One extreme season does not make a trend," he says. "But this one fits the trend disturbingly well."

The NSIDC, which publishes ice extent figures daily, expects to release a full analysis of the 2007 melt season in early October. Researchers will discuss the findings at the American Geophysical Union's meeting in San Francisco in December.
""", [
    ('20 September 2007', 'DATE', '2007-09-20'),
    ('1979', 'DATE', '1979'),
    ('this week', 'DATE', '2007-W38'),
    ('16 September', 'DATE', '2007-09-16'),
    ('September 2005', 'DATE', '2005-09'),
    ('2030', 'DATE', '2030'),
    ('early July', 'DATE', '2007-07'),
    ('several weeks', 'DURATION', 'PXW'),
    ('a day', 'SET', 'P1D'),
    ('mid-August', 'DATE', '2007-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last winter', 'DATE', '2006-WI|2007-WI'),
    ('many years', 'DURATION', 'PXY'),
    ('the past decade', 'DURATION', 'P10Y|P1DE'),
    ('February', 'DATE', '2007-02'),
    ('late this century', 'DATE', '20'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('each September', 'SET', 'XXXX-09'),
    ('20 years', 'DURATION', 'P20Y'),
    ('next year', 'DATE', '2008'),
    ('daily', 'SET', 'P1D'),
    ('2007', 'DATE', '2007'),
    ('early October', 'DATE', '2007-10'),
    ('December', 'DATE', '2007-12'),
]),
# 5. Guardian, climate policy: emissions pledges before Copenhagen (2009)
('2009-10-29', 'auto', """Emissions pledges leave world far off 2C goal, analysis warns

Offers on the table five weeks before Copenhagen would allow global temperatures to rise by more than 3C, study finds

Fiona Marsh, environment correspondent
guardian.co.uk, Thursday 29 October 2009 13.45 GMT

Pledges made so far by rich countries to cut greenhouse gas emissions would leave the world on course for warming of more than 3C by the end of the century, according to an analysis published today.

The study, by the Potsdam-based research group Climate Ledger, comes as negotiators prepare for the UN summit in Copenhagen in December, where 192 countries will try to agree a successor to the Kyoto protocol. The protocol's first commitment period expires at the end of 2012.

Taken together, the targets announced by industrialised nations would cut their emissions by 11% to 18% below 1990 levels by 2020, the authors say — far short of the 25% to 40% cut that the Intergovernmental Panel on Climate Change says is needed to keep warming below 2C.

"We have had two years of talks since Bali and the numbers still don't add up," said Dr Katrin Wessel, the study's lead author. "Delay makes the job harder and more expensive for everyone."

The EU has promised a 20% cut by 2020, rising to 30% if other countries follow. Japan's new government raised its target to 25% last month. But the US, the world's biggest historical emitter, has yet to pass legislation: a climate bill cleared the House of Representatives in June but remains stuck in the Senate, which is not expected to vote on it before next spring.

Developing countries, including China and India, have so far offered only to slow the growth of their emissions. Global emissions have risen by about 40% over the past two decades, and China overtook the US as the largest emitter around 2006.

Ed Miliband, the energy and climate change secretary, said on Wednesday that a deal at Copenhagen was "still within reach", but admitted that a full, legally binding treaty might have to wait until next year.

Negotiators will meet for a final preparatory round in Barcelona next week. The Copenhagen summit opens on 7 December and is scheduled to run for 12 days, with more than 90 heads of government expected to attend the final two days.

Scientists say global emissions must peak by 2015 at the latest and fall by at least half by 2050 if the world is to avoid dangerous climate change.

The authors say they will update their figures weekly until the summit, as new offers come in.
""", [
    ('five weeks', 'DURATION', 'P5W'),
    ('Thursday 29 October 2009 13.45 GMT', 'TIME', '2009-10-29T13:45'),
    ('the end of the century', 'DATE', '20|2100'),
    ('today', 'DATE', '2009-10-29'),
    ('December', 'DATE', '2009-12'),
    ('the end of 2012', 'DATE', '2012'),
    ('1990', 'DATE', '1990'),
    ('2020', 'DATE', '2020'),
    ('two years', 'DURATION', 'P2Y'),
    ('2020', 'DATE', '2020'),
    ('last month', 'DATE', '2009-09'),
    ('June', 'DATE', '2009-06'),
    ('next spring', 'DATE', '2010-SP'),
    ('the past two decades', 'DURATION', 'P20Y|P2DE'),
    ('around 2006', 'DATE', '2006'),
    ('Wednesday', 'DATE', '2009-10-28'),
    ('next year', 'DATE', '2010'),
    ('next week', 'DATE', '2009-W45'),
    ('7 December', 'DATE', '2009-12-07'),
    ('12 days', 'DURATION', 'P12D'),
    ('the final two days', 'DURATION', 'P2D'),
    ('2015', 'DATE', '2015'),
    ('2050', 'DATE', '2050'),
    ('weekly', 'SET', 'P1W'),
]),
# 6. Ars Technica, technology: the 2012 leap second outages, narrative (2012)
('2012-07-13', 'auto', """How one extra second knocked servers across the Web offline

Post-mortems from Reddit, Mozilla and others trace the outages to a Linux timer bug.

by Casey Tran - July 13, 2012 2:40pm UTC

When the world's timekeepers added a leap second at the end of June, most people never noticed. For system administrators at dozens of websites, though, it set off hours of frantic troubleshooting.

The extra second was inserted at midnight UTC between June 30 and July 1. In San Francisco, it was 5pm on Saturday, and within minutes Reddit's servers were pegged at 100 percent CPU usage. The site was down or crawling for about an hour and a half.

Reddit wasn't alone. Mozilla engineers spent several hours rebooting machines, while LinkedIn, Yelp and Gawker all reported problems that evening. In Australia, where the leap second arrived at 10am on Sunday, Qantas's check-in systems failed, and staff checked in passengers by hand for two hours. Hundreds of flights were delayed.

In post-mortems published over the past two weeks, engineers traced most of the failures to a bug in the Linux kernel's high-resolution timer code. When the leap second was applied, the kernel's internal clock fell out of step with the timer subsystem, causing applications that relied on timed sleeps—notably Java programs and the MySQL database—to spin in tight loops and eat every CPU cycle available.

The irony is that the bug had been found and fixed in March. But many production servers ran older, "stable" kernels that hadn't received the patch. Others were hit by a different problem: a livelock first reported after the previous leap second, at the end of 2008.

The fix, in most cases, was embarrassingly simple: resetting the system clock with a single command. Some admins discovered this only after hours of rebooting.

Google sidestepped the whole mess. In a blog post last September, the company explained that it uses a "leap smear," slowing its servers' clocks slightly over many hours so that the extra second is absorbed gradually.

Leap seconds are needed because Earth's rotation is slowly and irregularly falling behind atomic time. There have been 25 since 1972, and they are announced only about six months in advance. That unpredictability is one reason some want to abolish them. In January, delegates at the International Telecommunication Union in Geneva put off a decision until 2015 after failing to reach consensus.

This week, Red Hat published a detailed advisory and a test tool that lets administrators simulate a leap second on their own machines.

"Everyone should run it before the next one," said one kernel developer. "We have a few years to get this right, probably."
""", [
    ('July 13, 2012 2:40pm UTC', 'TIME', '2012-07-13T14:40'),
    ('the end of June', 'DATE', '2012-06'),
    ('hours', 'DURATION', 'PTXH'),
    ('midnight UTC', 'TIME', '2012-06-30T24:00|2012-07-01T00:00'),
    ('June 30', 'DATE', '2012-06-30'),
    ('July 1', 'DATE', '2012-07-01'),
    ('5pm on Saturday', 'TIME', '2012-06-30T17:00'),
    ('minutes', 'DURATION', 'PTXM'),
    ('about an hour and a half', 'DURATION', 'PT1H30M|PT90M'),
    ('several hours', 'DURATION', 'PTXH'),
    ('that evening', 'DATE|TIME', '2012-06-30TEV'),
    ('10am on Sunday', 'TIME', '2012-07-01T10:00'),
    ('two hours', 'DURATION', 'PT2H'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('March', 'DATE', '2012-03'),
    ('the end of 2008', 'DATE', '2008'),
    ('hours', 'DURATION', 'PTXH'),
    ('last September', 'DATE', '2011-09'),
    ('many hours', 'DURATION', 'PTXH'),
    ('1972', 'DATE', '1972'),
    ('about six months', 'DURATION', 'P6M'),
    ('January', 'DATE', '2012-01'),
    ('2015', 'DATE', '2015'),
    ('This week', 'DATE', '2012-W28'),
    ('a few years', 'DURATION', 'PXY'),
]),
# 7. AP, health: salmonella outbreak and chicken salad recall (2014)
('2014-08-07', 'auto', """Salmonella outbreak tied to chicken salad sickens 83

DES MOINES, Iowa (AP) — A salmonella outbreak linked to packaged chicken salad sold at convenience stores in the Midwest has sickened at least 83 people in six states, federal health officials said Thursday.

The Centers for Disease Control and Prevention said illnesses began between June 14 and July 22. Twenty-two people have been hospitalized, including a 4-year-old boy in Nebraska and a 79-year-old woman in Iowa who remains in critical condition. No deaths have been reported.

The first sign of trouble came July 28, when the Nebraska health department noticed a cluster of cases with an unusual genetic fingerprint. Within a week, matching cases had turned up in five more states, and interviews with patients pointed to chicken salad sandwiches bought at gas stations.

Prairie Fresh Foods of Pella, Iowa, recalled about 30,000 pounds of chicken salad and sandwich spreads on Monday. The products carry sell-by dates through Aug. 15 and were sold in Iowa, Nebraska, Minnesota, Missouri, Kansas and South Dakota.

Company president Greg Van Dyke said production at the Pella plant was halted Tuesday night, after state inspectors found the outbreak strain in an unopened container. "We are heartbroken that people got sick," he said in a statement. "We will not restart our lines until we know exactly what went wrong."

State agriculture officials had inspected the plant last month and found no violations, according to records obtained by The Associated Press. The company has operated there since 1998 and employs about 140 people.

The number of cases is expected to grow. "It typically takes two weeks or more for an illness to be confirmed and reported to us, so people who got sick in the past few days may not be counted yet," said Dr. Maria Huang, a CDC epidemiologist.

Symptoms usually begin within three days of eating contaminated food and can include diarrhea, fever and abdominal cramps. Most people recover in about a week without treatment, but the illness can be severe in young children, the elderly and people with weakened immune systems.

Consumers who have the recalled products should throw them away, officials said. The Iowa Department of Public Health said it would post updated case counts every Friday until the outbreak is declared over.

The outbreak is the largest linked to an Iowa food company since 2010, when eggs from two farms in the state sickened nearly 2,000 people nationwide.

Salmonella causes about 1.2 million illnesses in the United States each year, including about 450 deaths, according to CDC estimates.
""", [
    ('Thursday', 'DATE', '2014-08-07'),
    ('June 14', 'DATE', '2014-06-14'),
    ('July 22', 'DATE', '2014-07-22'),
    ('July 28', 'DATE', '2014-07-28'),
    ('a week', 'DURATION', 'P1W'),
    ('Monday', 'DATE', '2014-08-04'),
    ('Aug. 15', 'DATE', '2014-08-15'),
    ('Tuesday night', 'DATE|TIME', '2014-08-05TNI'),
    ('last month', 'DATE', '2014-07'),
    ('1998', 'DATE', '1998'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the past few days', 'DURATION', 'PXD'),
    ('three days', 'DURATION', 'P3D'),
    ('about a week', 'DURATION', 'P1W'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('2010', 'DATE', '2010'),
    ('each year', 'SET', 'P1Y'),
]),
# 8. STAT, biotech: lung cancer trial results before ASCO (2018)
('2018-05-31', 'auto', """Halvern's lung cancer pill shrinks tumors in most patients, boosting case for fast approval

By Rachel Okafor
May 31, 2018

Halvern Therapeutics said Thursday that its experimental pill shrank tumors in 62 percent of patients with a rare, genetically defined form of lung cancer, results that the company believes could support an accelerated approval as soon as next year.

The data, from a mid-stage trial of 84 patients whose cancers carry fusions in the RET gene, will be presented Saturday at the American Society of Clinical Oncology meeting in Chicago. An abstract released two weeks ago included only 51 patients; the updated analysis adds patients enrolled through late February and extends follow-up by roughly three months.

Patients had been treated for a median of 11 months when the data were cut off in April. Among those whose tumors responded, the responses lasted a median of more than nine months, and most were still ongoing.

"These are durable responses in patients who have already been through chemotherapy, and in many cases immunotherapy," said Dr. Priya Natarajan, an oncologist at Dana-Farber Cancer Institute who was an investigator in the study. "That's a population where we've had very little to offer."

The drug, known as HLV-118, is taken as a pill twice a day. The most common side effects were fatigue, high blood pressure, and diarrhea. Three patients stopped treatment in the first four weeks because of elevated liver enzymes.

Halvern's shares have more than doubled since January, giving the Cambridge, Mass., company a market value of about $3.4 billion. They rose 6 percent in premarket trading Thursday.

The company is racing a larger rival. Brenmore Pharmaceuticals' own RET inhibitor was granted breakthrough therapy designation in September, and Brenmore has said it expects to file with regulators first.

Halvern said it plans to complete its submission to the Food and Drug Administration by the end of the year. A confirmatory phase 3 study, which began enrolling patients in April, is expected to take about three years.

Some analysts were more cautious. "The response rate is impressive, but the follow-up is still short," said Jefferies analyst Tom Brandt. "I'd want to see what happens over the next six months before calling this a best-in-class drug."

The company will host a call with investors at 8 a.m. ET on Monday.
""", [
    ('May 31, 2018', 'DATE', '2018-05-31'),
    ('Thursday', 'DATE', '2018-05-31'),
    ('next year', 'DATE', '2019'),
    ('Saturday', 'DATE', '2018-06-02'),
    ('two weeks ago', 'DATE', '2018-W20'),
    ('late February', 'DATE', '2018-02'),
    ('roughly three months', 'DURATION', 'P3M'),
    ('11 months', 'DURATION', 'P11M'),
    ('April', 'DATE', '2018-04'),
    ('more than nine months', 'DURATION', 'P9M'),
    ('twice a day', 'SET', 'P1D'),
    ('the first four weeks', 'DURATION', 'P4W'),
    ('January', 'DATE', '2018-01'),
    ('Thursday', 'DATE', '2018-05-31'),
    ('September', 'DATE', '2017-09'),
    ('the end of the year', 'DATE', '2018'),
    ('April', 'DATE', '2018-04'),
    ('about three years', 'DURATION', 'P3Y'),
    ('the next six months', 'DURATION', 'P6M'),
    ('8 a.m. ET on Monday', 'TIME', '2018-06-04T08:00'),
]),
# 9. The Verge, technology: Apple iPhone 11 event (2019)
('2019-09-10', 'auto', """Apple's iPhone 11 starts at $699, and preorders begin Friday

The cheaper model gets a second camera, while the 11 Pro adds a third

By Dana Whitfield
Sep 10, 2019, 2:47pm EDT

Apple announced the iPhone 11 today at the Steve Jobs Theater in Cupertino, California, and it's cheaper than last year's iPhone XR: the new phone starts at $699, $50 less than its predecessor's launch price. Preorders start this Friday at 5AM PT, and the phone will be in stores on September 20th.

The iPhone 11 gets a second, ultra-wide camera and comes in six colors. The iPhone 11 Pro ($999) and 11 Pro Max ($1,099) add a third, telephoto lens, a textured matte glass back, and a new night mode that Apple says can brighten shots taken in very dim light. Apple claims the 11 Pro's battery lasts up to four hours longer than last year's iPhone XS, and the Pro Max up to five hours longer than the XS Max. A computational photography feature called Deep Fusion will arrive in a software update later this fall.

Apple also finally gave launch details for its two subscription services. Apple Arcade, a gaming service with more than 100 titles, will launch on September 19th for $4.99 a month, with a one-month free trial. Apple TV Plus will arrive on November 1st, also at $4.99 a month, and anyone who buys a new iPhone, iPad, Mac, or Apple TV gets a year of it for free.

iOS 13 arrives on September 19th as well, while iPadOS follows on September 30th.

The Apple Watch Series 5 finally gets an always-on display, which Apple says won't hurt its 18-hour battery life. It starts at $399 and ships September 20th. There's also a new entry-level iPad with a larger 10.2-inch screen for $329, available September 30th.

The lower iPhone price is a notable shift for a company that has spent years pushing the cost of its flagship phones higher. iPhone revenue has fallen for much of the past year as people hold on to their phones longer, and Apple is increasingly leaning on services and wearables to make up the difference.

The presentation ran nearly two hours, and there was no "one more thing" this time. Apple didn't mention 5G once; analysts expect the first 5G iPhones next year.

We'll have hands-on impressions from the demo area later today.
""", [
    ('Friday', 'DATE', '2019-09-13'),
    ('Sep 10, 2019, 2:47pm EDT', 'TIME', '2019-09-10T14:47'),
    ('today', 'DATE', '2019-09-10'),
    ('last year', 'DATE', '2018'),
    ('this Friday at 5AM PT', 'TIME', '2019-09-13T05:00'),
    ('September 20th', 'DATE', '2019-09-20'),
    ('four hours', 'DURATION', 'PT4H'),
    ('last year', 'DATE', '2018'),
    ('five hours', 'DURATION', 'PT5H'),
    ('later this fall', 'DATE', '2019-FA'),
    ('September 19th', 'DATE', '2019-09-19'),
    ('a month', 'SET', 'P1M'),
    ('one-month', 'DURATION', 'P1M'),
    ('November 1st', 'DATE', '2019-11-01'),
    ('a month', 'SET', 'P1M'),
    ('a year', 'DURATION', 'P1Y'),
    ('September 19th', 'DATE', '2019-09-19'),
    ('September 30th', 'DATE', '2019-09-30'),
    ('18-hour', 'DURATION', 'PT18H'),
    ('September 20th', 'DATE', '2019-09-20'),
    ('September 30th', 'DATE', '2019-09-30'),
    ('years', 'DURATION', 'PXY'),
    ('the past year', 'DATE|DURATION', 'P1Y|2018'),
    ('nearly two hours', 'DURATION', 'PT2H'),
    ('next year', 'DATE', '2020'),
    ('later today', 'DATE', '2019-09-10'),
]),
# 10. Reuters, health: AstraZeneca updated U.S. vaccine trial data (2021)
('2021-03-25', 'auto', """AstraZeneca says updated U.S. trial data show vaccine 76% effective

LONDON, March 25 (Reuters) - AstraZeneca said its COVID-19 vaccine was 76% effective at preventing symptomatic illness in an updated analysis of its large U.S. trial, a slightly lower figure than it reported earlier this week after U.S. health officials questioned whether it had used outdated data.

The updated results, released late Wednesday, showed the vaccine was 100% effective against severe disease and hospitalisation, and 85% effective in people aged 65 and over.

On Monday, the Anglo-Swedish drugmaker had said the shot was 79% effective, based on an interim analysis of cases recorded up to Feb. 17. Late that night, the independent board monitoring the trial told U.S. officials it was concerned the company had included "outdated information", prompting an unusual public rebuke from the National Institute of Allergy and Infectious Diseases early Tuesday.

The new analysis, which includes 190 cases of COVID-19 among more than 32,000 volunteers, covers cases recorded up to early March.

"The primary analysis is consistent with our previously released interim analysis," Mene Pangalos, AstraZeneca's executive vice president of biopharmaceuticals research, said in a statement.

AstraZeneca said it would seek U.S. emergency use authorisation in the coming weeks. The vaccine, developed with the University of Oxford, was first authorised in Britain on Dec. 30 and is now approved in more than 70 countries. But its rollout in Europe has been dogged by reports of rare blood clots, which led several countries to pause its use earlier this month.

Europe's medicines regulator said last Thursday that the vaccine was safe and effective and that its benefits outweighed the risks, and most of those countries have since resumed vaccinations.

Even if authorised, the shot may play a limited role in the United States, which expects to have enough doses from other makers to vaccinate every adult by the end of May.

The U.S. trial began last August and was put on hold for about six weeks from September, after a participant in Britain's trial fell ill. U.S. officials said they hoped to complete a review of the full data within a month.

Shares in AstraZeneca were up 0.8% at 0820 GMT in London.

(Reporting by Ludwig Burger and Pushkala Aripaka; Editing by Josephine Mason)
""", [
    ('March 25', 'DATE', '2021-03-25'),
    ('earlier this week', 'DATE', '2021-W12'),
    ('late Wednesday', 'DATE', '2021-03-24'),
    ('Monday', 'DATE', '2021-03-22'),
    ('Feb. 17', 'DATE', '2021-02-17'),
    ('Late that night', 'DATE|TIME', '2021-03-22TNI'),
    ('early Tuesday', 'DATE', '2021-03-23'),
    ('early March', 'DATE', '2021-03'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('Dec. 30', 'DATE', '2020-12-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('earlier this month', 'DATE', '2021-03'),
    ('last Thursday', 'DATE', '2021-03-18'),
    ('the end of May', 'DATE', '2021-05'),
    ('last August', 'DATE', '2020-08'),
    ('about six weeks', 'DURATION', 'P6W'),
    ('September', 'DATE', '2020-09'),
    ('a month', 'DURATION', 'P1M'),
    ('0820 GMT', 'TIME', '2021-03-25T08:20'),
]),
# 11. BBC, climate: southern Europe heatwave, a year after the UK's 40C (2023)
('2023-07-19', 'auto', """Europe heatwave: Records tumble as wildfires rage near Athens

By Sophie Grant
Climate reporter, BBC News

Temperature records have been broken across southern Europe as a heatwave that has lasted more than a week tightens its grip on the region.

Catalonia recorded its highest temperature on record on Tuesday, when thermometers in Figueres reached 45.4C, according to the regional weather service. In Rome, the temperature hit 41.8C on Tuesday afternoon, beating the city's previous high, set in 2007.

In Greece, hundreds of firefighters spent last night battling wildfires west of Athens, where thousands of people were evacuated from their homes on Monday and Tuesday. The Acropolis was closed to visitors again on Wednesday from noon until 17:30 local time to protect tourists and staff.

Health officials in Italy issued red alerts for 23 cities on Wednesday, and the World Meteorological Organization warned that the heat would intensify, with temperatures in Sardinia possibly reaching 46C later this week. Forecasters say parts of Greece could stay above 40C until at least the weekend, with a peak of 44C possible on Sunday.

Wednesday also marks one year since the UK's temperature passed 40C for the first time. On 19 July 2022, a weather station at Coningsby in Lincolnshire recorded 40.3C, a figure scientists said would have been virtually impossible without human-caused climate change.

This summer, the UK has so far escaped the worst of the heat. After the warmest June on record, July has been cool and wet, and forecasters expect unsettled weather to continue into next week.

Scientists say heatwaves in Europe are becoming more frequent and more intense. The continent has warmed about twice as fast as the global average since the 1980s, according to the WMO.

Last year's heat was linked to more than 60,000 deaths across Europe, according to a study published last week in the journal Nature Medicine. Its authors warned that countries had not adapted quickly enough.

"Heat like this used to be rare. Now it comes back every few years, and it stays longer each time," said Dr Laura Bianchi, a climate scientist at the University of Bologna.

"Our cities were built for a different climate. We need shade, water and cooling centres, and we need them now."

Meteorologists say there is little sign of a break for southern Europe before the end of the month.
""", [
    ('more than a week', 'DURATION', 'P1W'),
    ('Tuesday', 'DATE', '2023-07-18'),
    ('Tuesday afternoon', 'DATE|TIME', '2023-07-18TAF'),
    ('2007', 'DATE', '2007'),
    ('last night', 'DATE|TIME', '2023-07-18TNI'),
    ('Monday', 'DATE', '2023-07-17'),
    ('Tuesday', 'DATE', '2023-07-18'),
    ('Wednesday', 'DATE', '2023-07-19'),
    ('noon', 'TIME', '2023-07-19T12:00'),
    ('17:30 local time', 'TIME', '2023-07-19T17:30'),
    ('Wednesday', 'DATE', '2023-07-19'),
    ('later this week', 'DATE', '2023-W29'),
    ('the weekend', 'DATE', '2023-W29-WE'),
    ('Sunday', 'DATE', '2023-07-23'),
    ('Wednesday', 'DATE', '2023-07-19'),
    ('one year', 'DURATION', 'P1Y'),
    ('19 July 2022', 'DATE', '2022-07-19'),
    ('This summer', 'DATE', '2023-SU'),
    ('June', 'DATE', '2023-06'),
    ('July', 'DATE', '2023-07'),
    ('next week', 'DATE', '2023-W30'),
    ('the 1980s', 'DATE', '198'),
    ('Last year', 'DATE', '2022'),
    ('last week', 'DATE', '2023-W28'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every few years', 'SET', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the month', 'DATE', '2023-07'),
]),
# 12. Nature News, space: asteroid 2024 YR4 impact odds (2025)
('2025-02-06', 'auto', """Astronomers race to pin down orbit of asteroid with small chance of hitting Earth

The space rock, called 2024 YR4, has about a 2% chance of striking the planet in 2032 — odds that will probably fall as observations improve.

By Mara Lindholm
6 February 2025

Astronomers around the world are scrambling to observe an asteroid that has a small but non-negligible chance of colliding with Earth in less than eight years.

The object, designated 2024 YR4, was spotted on 27 December by the Asteroid Terrestrial-impact Last Alert System (ATLAS) telescope in Río Hurtado, Chile. Within days, calculations of its orbit showed that it would make a close approach to Earth on 22 December 2032.

As more observations came in during January, the estimated probability of an impact rose rather than fell, passing 1% in late January. That triggered the first formal notification by the International Asteroid Warning Network on 29 January, and a meeting of the UN-endorsed Space Mission Planning Advisory Group earlier this week.

The probability currently stands at about 2%, according to NASA's Center for Near Earth Object Studies in Pasadena, California.

"This is exactly what we expect to happen in the early stages," says Chiara Russo, a planetary-defence researcher at the European Space Agency in Frascati, Italy. "The uncertainty shrinks as the observation arc gets longer, and in most cases the impact probability eventually drops to zero."

Estimates of the asteroid's size range from 40 to 90 metres across. An object at the upper end could devastate a city, although astronomers stress that the most likely outcome is a harmless miss.

Time is short. The asteroid is moving away from Earth and will become too faint for most ground-based telescopes by early April. Astronomers have secured time on the James Webb Space Telescope to observe it in March, which should narrow the size estimate considerably. If a collision cannot be ruled out before the object fades, researchers may have to wait until it returns to view in 2028.

Even then, there would be options. NASA's DART mission showed in September 2022 that a spacecraft could nudge an asteroid's orbit, although mounting a similar mission would take years of planning.

The last time an asteroid's impact odds climbed this high was in December 2004, when the 370-metre Apophis briefly had a 2.7% chance of hitting Earth in 2029, before further observations ruled out a collision.

"For the next few weeks, every observation counts," says Russo.
""", [
    ('2032', 'DATE', '2032'),
    ('6 February 2025', 'DATE', '2025-02-06'),
    ('less than eight years', 'DURATION', 'P8Y'),
    ('27 December', 'DATE', '2024-12-27'),
    ('days', 'DURATION', 'PXD'),
    ('22 December 2032', 'DATE', '2032-12-22'),
    ('January', 'DATE', '2025-01'),
    ('late January', 'DATE', '2025-01'),
    ('29 January', 'DATE', '2025-01-29'),
    ('earlier this week', 'DATE', '2025-W06'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('early April', 'DATE', '2025-04'),
    ('March', 'DATE', '2025-03'),
    ('2028', 'DATE', '2028'),
    ('September 2022', 'DATE', '2022-09'),
    ('years', 'DURATION', 'PXY'),
    ('December 2004', 'DATE', '2004-12'),
    ('2029', 'DATE', '2029'),
    ('the next few weeks', 'DURATION', 'PXW'),
]),
]
