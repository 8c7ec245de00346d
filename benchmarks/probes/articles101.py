# Gold TIMEX3 probe set 101: health, medicine, outbreaks, drug trials and health policy news (1997-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, FDA drug approval (1997)
('1997-03-14', 'auto', """FDA Clears New Pill for Rheumatoid Arthritis

WASHINGTON (AP) -- The Food and Drug Administration on Friday approved a new pill for rheumatoid arthritis, giving patients who cannot tolerate older drugs their first new option in nearly a decade.

The drug, to be sold as Corvexa by Halden Laboratories of Princeton, N.J., is taken twice a day and works by blocking an enzyme that drives joint swelling. An FDA advisory panel recommended approval in December, but the agency asked the company for more data on liver safety before signing off.

"This is a meaningful step for patients who have run out of choices," Dr. Ellen Marsh, a rheumatologist at Georgetown University Medical Center, said Thursday. "Some of my patients have been living with pain for 20 years."

In two studies involving about 1,400 patients, roughly half of those taking Corvexa reported at least a 20 percent improvement in joint pain and stiffness after six months, compared with about a quarter of those given dummy pills. In many patients the improvement appeared within the first three weeks of treatment.

The agency required a label warning that patients should have liver tests monthly during the first year of therapy and every three months after that. Three patients in the studies developed liver inflammation, which cleared up when they stopped taking the drug.

Halden said Corvexa would reach pharmacies in early April and would cost about $110 a month. That is more than many older generic treatments but less than the injected drugs now under development. Analysts have predicted sales could top $400 million a year by the end of the decade.

Company shares rose $2.25 to $41.50 on the New York Stock Exchange on Friday.

Rheumatoid arthritis, an autoimmune disease in which the body attacks the lining of the joints, affects about 2 million Americans, most of them women. It usually strikes between the ages of 30 and 50.

Consumer groups urged caution. Dr. Sidney Kaplan of the advocacy group Public Health Watch said the studies lasted only a year and could have missed rarer side effects.

"We have seen drugs pulled from the market within months of approval," he said. "Doctors should think hard before switching patients who are doing well now."

The FDA said it would require Halden to follow 5,000 patients for five years after the launch to watch for such problems. The company must submit its first safety report by Sept. 30, and an FDA spokeswoman said the agency would publish a summary of the findings.
""", [
    ('Friday', 'DATE', '1997-03-14'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('twice a day', 'SET', 'P1D'),
    ('December', 'DATE', '1996-12'),
    ('Thursday', 'DATE', '1997-03-13'),
    ('20 years', 'DURATION', 'P20Y'),
    ('six months', 'DURATION', 'P6M'),
    ('the first three weeks', 'DURATION', 'P3W'),
    ('monthly', 'SET', 'P1M'),
    ('the first year', 'DURATION', 'P1Y'),
    ('every three months', 'SET', 'P3M'),
    ('early April', 'DATE', '1997-04'),
    ('a month', 'SET', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('the end of the decade', 'DATE', '199'),
    ('Friday', 'DATE', '1997-03-14'),
    ('a year', 'DURATION', 'P1Y'),
    ('months', 'DURATION', 'PXM'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('five years', 'DURATION', 'P5Y'),
    ('Sept. 30', 'DATE', '1997-09-30'),
]),
# 2. Reuters, heart-failure drug trial stopped early (1999)
('1999-06-02', 'auto', """Heart drug trial stopped early after deaths fall sharply

LONDON, June 2 (Reuters) - A large international trial of a heart-failure drug has been halted well ahead of schedule after independent monitors found it cut deaths by more than a third, British drugmaker Ardley Pharma said on Wednesday.

The study, which enrolled 3,900 patients in 14 countries beginning in the autumn of 1996, had been due to run until the end of 2000. But a safety board that reviewed the data last Thursday recommended that all patients be offered the drug, known as AP-417.

"It is rare to see an effect this large this early," said Professor Martin Healey of the University of Leeds, who chaired the trial's steering committee. "We felt we could not ethically continue giving half the patients a placebo for another 18 months."

Patients taking AP-417 had a 35 percent lower risk of death over an average follow-up of 19 months than those on standard therapy alone. Hospital admissions for worsening heart failure also dropped by about a quarter.

Ardley shares jumped 11 percent to 842 pence in London, their biggest gain in a single session since March 1997. The company said it would file for approval in Europe and the United States before the end of the year and hoped for a decision in 2000.

Analysts said the drug could become a blockbuster.

"Heart failure is one of the few areas of cardiology where there has been little progress over the last ten years," said Sarah Whitcombe, an analyst at Fenwick Securities. She forecast peak sales of 600 million pounds a year by 2004.

About 15 million people worldwide suffer from heart failure, in which a weakened heart cannot pump enough blood around the body. Around half of patients die within five years of diagnosis.

The full results will be presented at the European Society of Cardiology congress in Barcelona in late August. Ardley said patients in the placebo group would be switched to the drug over the coming weeks.

Rival Norbeck AG of Switzerland, which is testing a similar compound, said its own study was continuing and that it expected results in the first half of 2001.

Some doctors cautioned against reading too much into a trial cut short. Dr. Anita Rao of St George's Hospital in London said studies stopped early sometimes overstate a drug's benefit.

"We will want to see what happens to these patients over several years, not just the period of the trial," she said. "Heart failure is a long illness."

(Reporting by Clare Mowbray; Editing by Peter Hale)
""", [
    ('June 2', 'DATE', '1999-06-02'),
    ('Wednesday', 'DATE', '1999-06-02'),
    ('the autumn of 1996', 'DATE', '1996-FA'),
    ('the end of 2000', 'DATE', '2000'),
    ('last Thursday', 'DATE', '1999-05-27'),
    ('another 18 months', 'DURATION', 'P18M'),
    ('19 months', 'DURATION', 'P19M'),
    ('March 1997', 'DATE', '1997-03'),
    ('the end of the year', 'DATE', '1999'),
    ('2000', 'DATE', '2000'),
    ('the last ten years', 'DURATION', 'P10Y'),
    ('a year', 'SET', 'P1Y'),
    ('2004', 'DATE', '2004'),
    ('five years', 'DURATION', 'P5Y'),
    ('late August', 'DATE', '1999-08'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('the first half of 2001', 'DATE', '2001-H1'),
    ('several years', 'DURATION', 'PXY'),
]),
# 3. Local paper, West Nile virus spraying (2001)
('2001-08-23', 'auto', """West Nile found in Millbrook mosquitoes; spraying set for tonight

By DANA KOWALSKI
Courier Staff Writer

MILLBROOK -- County health officials will spray insecticide in three neighborhoods tonight after mosquitoes trapped near the Millbrook reservoir tested positive for West Nile virus, the first positive sample in the county this year.

The mosquitoes were collected Aug. 14, and the results came back from the state laboratory in Hartford late Tuesday afternoon, said Ray Dutton, director of the Brook County Health Department.

Trucks will begin spraying at 8 p.m. and should finish by about 1 a.m., weather permitting. Residents of the Lakeview, Orchard Hill and Reservoir Road areas are asked to stay indoors, close windows and bring pets inside for at least an hour after the trucks pass.

"We are not seeing sick people, and we want to keep it that way," Dutton said Wednesday. "This is a precaution."

No human cases have been reported in Connecticut this summer. Last year, the state recorded its first human case, a Fairfield County man who recovered after spending nine days in the hospital. Nationwide, 21 people were infected in 2000 and two died.

Dead crows, which often signal the virus before it shows up in people, have been turning up across the region since early July. The health department has received more than 140 calls about dead birds in the past three weeks, Dutton said, and 11 birds have tested positive.

The virus, first detected in the United States in New York City in 1999, is spread by mosquitoes that pick it up from infected birds. Most people who are infected never feel sick, but about one in 150 develops a serious illness that can affect the brain. People over 50 face the greatest risk.

The mosquito season typically runs until the first hard frost, usually in mid-October. Until then, officials urge residents to empty standing water from flowerpots, gutters and birdbaths every week and to wear repellent outdoors, especially in shady, wooded areas.

Some residents said they were uneasy about the spraying. Marjorie Pell, who has lived on Reservoir Road for 31 years, said she worried about her vegetable garden and her grandchildren's sandbox.

"Nobody asked us," she said. "We found out from a flier on the door."

The spraying schedule and a map of affected streets will be posted on the county's Web site. A second round of spraying may follow next week if more positive samples turn up, Dutton said.

The health department will hold a public information session Monday at 7 p.m. at the Millbrook Public Library.
""", [
    ('tonight', 'DATE|TIME', '2001-08-23TNI'),
    ('tonight', 'DATE|TIME', '2001-08-23TNI'),
    ('this year', 'DATE', '2001'),
    ('Aug. 14', 'DATE', '2001-08-14'),
    ('late Tuesday afternoon', 'DATE|TIME', '2001-08-21TAF'),
    ('8 p.m.', 'TIME', '2001-08-23T20:00'),
    ('about 1 a.m.', 'TIME', '2001-08-24T01:00'),
    ('at least an hour', 'DURATION', 'PT1H'),
    ('Wednesday', 'DATE', '2001-08-22'),
    ('this summer', 'DATE', '2001-SU'),
    ('Last year', 'DATE', '2000'),
    ('nine days', 'DURATION', 'P9D'),
    ('2000', 'DATE', '2000'),
    ('early July', 'DATE', '2001-07'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('1999', 'DATE', '1999'),
    ('mid-October', 'DATE', '2001-10'),
    ('every week', 'SET', 'P1W'),
    ('31 years', 'DURATION', 'P31Y'),
    ('next week', 'DATE', '2001-W35'),
    ('Monday at 7 p.m.', 'TIME', '2001-08-27T19:00'),
]),
# 4. The Guardian, SARS nurse's ordeal, narrative (2003)
('2003-04-25', 'auto', """Nurse tells of Sars ordeal in Hong Kong isolation ward

Helen Carrow, health correspondent
Friday April 25, 2003
The Guardian

A British nurse who spent nearly a month in an isolation ward in Hong Kong after contracting severe acute respiratory syndrome has described how she feared she would never see her family again.

Claire Hadley, 34, from Leicester, flew into Heathrow yesterday after doctors at the Prince of Wales hospital declared her free of the virus. She had been working at the hospital for two years when the outbreak began there in early March.

Her ordeal started on March 14, when she woke with aching limbs and a temperature of 39C. Two days later she was struggling to breathe. By that evening she had been moved to a sealed ward on the hospital's eighth floor, where staff in masks, gowns and goggles checked on her every two hours.

"The first few days were the worst," she said. "I could hear the machines in the next room, and then they just stopped." The patient in that room, a 61-year-old man, did not survive.

Hadley was treated with the antiviral drug ribavirin and steroids, a combination Hong Kong doctors adopted early in the outbreak but whose value is now being questioned. Her fever broke on March 27, and on April 3 she was allowed to sit up and read letters from home.

She remained in isolation for another 10 days while tests confirmed she was no longer infectious, then spent a further week in a hospital hostel before flying home.

The World Health Organisation said on Wednesday that Sars had infected more than 4,400 people in 26 countries and killed at least 260. Hong Kong, where more than 1,400 have fallen ill, has been among the worst affected places. The WHO this week extended its advice against nonessential travel to Beijing and Toronto.

In Britain, six probable cases have been identified, all in people who had recently travelled to the far east. The Department of Health said yesterday that anyone returning from affected areas who develops a fever within 10 days should telephone their GP rather than visit a surgery.

Hadley, who is being monitored by the Public Health Laboratory Service, said she planned to spend the next few weeks with her parents before deciding whether to return to Hong Kong in the summer.

"Colleagues of mine are still working 12-hour shifts in that hospital," she said. "I owe my life to them. People at home talk about Sars as if it is something on the news. For me, it was six weeks I will never forget."
""", [
    ('Friday April 25, 2003', 'DATE', '2003-04-25'),
    ('nearly a month', 'DURATION', 'P1M'),
    ('yesterday', 'DATE', '2003-04-24'),
    ('two years', 'DURATION', 'P2Y'),
    ('early March', 'DATE', '2003-03'),
    ('March 14', 'DATE', '2003-03-14'),
    ('Two days later', 'DATE', '2003-03-16'),
    ('that evening', 'DATE|TIME', '2003-03-16TEV'),
    ('every two hours', 'SET', 'PT2H'),
    ('The first few days', 'DURATION', 'PXD'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March 27', 'DATE', '2003-03-27'),
    ('April 3', 'DATE', '2003-04-03'),
    ('another 10 days', 'DURATION', 'P10D'),
    ('a further week', 'DURATION', 'P1W'),
    ('Wednesday', 'DATE', '2003-04-23'),
    ('this week', 'DATE', '2003-W17'),
    ('recently', 'DATE', 'PAST_REF'),
    ('yesterday', 'DATE', '2003-04-24'),
    ('10 days', 'DURATION', 'P10D'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('the summer', 'DATE', '2003-SU'),
    ('12-hour', 'DURATION', 'PT12H'),
    ('six weeks', 'DURATION', 'P6W'),
]),
# 5. NPR, Medicare Part D enrollment deadline (2006)
('2006-05-12', 'auto', """Seniors Race to Beat Medicare Drug Plan Deadline

by Mark Ellery
May 12, 2006

Phones at the Area Agency on Aging in Des Moines have been ringing nonstop this week. Volunteers there, most of them retirees themselves, have been working extra shifts to help callers pick a Medicare prescription drug plan before Monday's deadline.

"Some people have been putting this off since November," says Lois Brandt, who coordinates the volunteers. "Now they're scared, and they all want help at once."

The new drug benefit, known as Part D, took effect Jan. 1. People who are already on Medicare have until May 15 to sign up without paying a penalty. After that, their premiums will carry a surcharge that grows the longer they wait. And most will not be able to enroll until the next sign-up period opens on Nov. 15.

Government figures released Thursday show about 8 million people have enrolled in stand-alone drug plans on their own since the program began. But officials estimate that as many as 5 million eligible seniors and disabled people have yet to choose a plan.

Democrats in Congress have pushed for weeks to extend the deadline through the end of the year, arguing that the dozens of competing plans have overwhelmed many beneficiaries. The Bush administration has refused.

"The deadline is working exactly as it should," Ted Corwin, a spokesman for the Centers for Medicare and Medicaid Services, said at a briefing Wednesday. "It's getting people to make a decision."

The agency says it has added 2,000 operators to its 1-800-MEDICARE help line, which will stay open around the clock through the weekend. Wait times on Tuesday averaged about 40 minutes, the agency said.

Back in Des Moines, 78-year-old Harold Fink sat with a volunteer for an hour on Thursday afternoon, comparing plans on a laptop. He takes five medications, including two for his heart, and pays about $300 a month out of his own pocket. The plan he chose should cut that roughly in half starting in June.

"My wife did all this kind of thing for 50 years," Fink says. She died last fall. "I kept thinking I'd figure it out myself. Then it was May."

Advocates for seniors say the rush shows the sign-up process is too complicated. Counselors in Iowa have helped more than 30,000 people choose plans, Brandt says, and many callers are confused by plans that cover different drugs at different prices.

Volunteers expect the calls to keep coming right up until midnight Monday. Brandt says she has already told her own family not to expect her home for dinner before the middle of next week.
""", [
    ('May 12, 2006', 'DATE', '2006-05-12'),
    ('this week', 'DATE', '2006-W19'),
    ('Monday', 'DATE', '2006-05-15'),
    ('November', 'DATE', '2005-11'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Jan. 1', 'DATE', '2006-01-01'),
    ('May 15', 'DATE', '2006-05-15'),
    ('Nov. 15', 'DATE', '2006-11-15'),
    ('Thursday', 'DATE', '2006-05-11'),
    ('weeks', 'DURATION', 'PXW'),
    ('the end of the year', 'DATE', '2006'),
    ('Wednesday', 'DATE', '2006-05-10'),
    ('the weekend', 'DATE', '2006-W19-WE'),
    ('Tuesday', 'DATE', '2006-05-09'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Thursday afternoon', 'DATE|TIME', '2006-05-11TAF'),
    ('a month', 'SET', 'P1M'),
    ('June', 'DATE', '2006-06'),
    ('50 years', 'DURATION', 'P50Y'),
    ('last fall', 'DATE', '2005-FA'),
    ('May', 'DATE', '2006-05'),
    ('midnight Monday', 'TIME', '2006-05-15T24:00|2006-05-16T00:00'),
    ('the middle of next week', 'DATE', '2006-W20'),
]),
# 6. AP, H1N1 vaccine shortfall (2009)
('2009-10-30', 'auto', """Swine Flu Vaccine Arriving Slower Than Promised

ATLANTA (AP) -- Health officials said Friday that only about 26.6 million doses of swine flu vaccine are ready to ship, far short of the 120 million they had once projected for mid-October.

The shortfall has left clinics across the country turning away people who waited in line for hours in the cold.

"We are nowhere near where we thought we would be," said Dr. Karen Liu, a vaccine official at the Centers for Disease Control and Prevention. "Manufacturers have told us production is running behind, and we have no reason to expect a big jump in the next two weeks."

The new virus grows more slowly in chicken eggs than seasonal flu strains do, so manufacturers get fewer doses from each batch. The government had said in July that 160 million doses could be ready by the end of this month.

Meanwhile, the virus is spreading. The CDC said Friday that 48 states now report widespread flu activity, up from 46 a week earlier, and that flu-related visits to doctors are higher than at the peak of a typical flu season.

Since April, when the H1N1 virus was first identified, it has killed more than 1,000 Americans, including 114 children. Priority for the shots goes to pregnant women, people caring for infants, health care workers, and children and young adults up to age 24.

In Chicago, more than 2,000 people lined up outside a high school on Thursday morning for a clinic that was scheduled to run from 9 a.m. to 3 p.m. By noon, the vaccine was gone.

"I took off work for this," said Maria Lopez, 31, who brought her two young sons. "Now they tell me to come back next week."

Health officials in several states said they expect weekly shipments to grow through November and December. Some counties have begun holding appointment-only clinics to avoid the long lines.

President Barack Obama declared the outbreak a national emergency last weekend, a step that lets hospitals set up off-site treatment areas more quickly and waive some federal rules.

Doctors in several cities said emergency rooms are seeing more children with flu symptoms than usual, and some hospitals have put up tents in parking lots to screen patients before they come inside.

Federal officials insist there will eventually be enough vaccine for everyone who wants it. Most health experts expect seasonal flu to arrive in January or February, on top of the swine flu cases.

"People should not give up," Liu said. "If you can't get vaccinated this week, keep checking with your doctor or health department."
""", [
    ('Friday', 'DATE', '2009-10-30'),
    ('mid-October', 'DATE', '2009-10'),
    ('hours', 'DURATION', 'PXH'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('July', 'DATE', '2009-07'),
    ('the end of this month', 'DATE', '2009-10'),
    ('Friday', 'DATE', '2009-10-30'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a week earlier', 'DATE', '2009-W43'),
    ('April', 'DATE', '2009-04'),
    ('Thursday morning', 'DATE|TIME', '2009-10-29TMO'),
    ('9 a.m.', 'TIME', '2009-10-29T09:00'),
    ('3 p.m.', 'TIME', '2009-10-29T15:00'),
    ('noon', 'TIME', '2009-10-29T12:00'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('next week', 'DATE', '2009-W45'),
    ('weekly', 'SET', 'P1W'),
    ('November', 'DATE', '2009-11'),
    ('December', 'DATE', '2009-12'),
    ('last weekend', 'DATE', '2009-W43-WE'),
    ('January', 'DATE', '2010-01'),
    ('February', 'DATE', '2010-02'),
    ('this week', 'DATE', '2009-W44'),
]),
# 7. Kaiser Health News, first day of ACA marketplaces (2013)
('2013-10-02', 'auto', """Shoppers Hit Glitches On First Day Of Health Exchanges

By Rachel Ortiz
KHN Staff Writer
October 2, 2013

Millions of Americans went looking for health insurance online Tuesday as the new marketplaces created by the Affordable Care Act opened for business. Many of them found spinning wheels, error messages and long waits instead.

The federal website, HealthCare.gov, which handles enrollment in 36 states, was overwhelmed within hours of its 8 a.m. launch. By late afternoon it had drawn 2.8 million visitors, according to the Department of Health and Human Services. Several state-run exchanges, including those in Maryland and Oregon, also reported problems.

"We knew there would be a lot of interest, but this is five times what we planned for," said Lena Harper, a spokeswoman for the department.

Consumers have six months to shop. Open enrollment runs through March 31, 2014, and people who sign up by Dec. 15 will have coverage starting Jan. 1. Most Americans who remain uninsured after that will owe a penalty when they file their taxes in early 2015.

In Nashville, Ben Caldwell, a self-employed carpenter, spent most of Tuesday morning trying to create an account. He has been uninsured for three years, since he left a job with a furniture maker.

"I got as far as the security questions, and it froze," he said. "I'll try again this weekend."

In Miami, a nonprofit group that received a federal grant to help people enroll had booked appointments every 30 minutes from 9 a.m. to 7 p.m., but few people were able to finish an application.

Analysts urged patience. "Nobody should judge this program on the first 24 hours," said Tom Hale, a health economist at the University of Michigan. "Massachusetts had a slow start too in 2007, and sign-ups picked up as the deadline approached."

The rollout coincided with a partial shutdown of the federal government, which began after Congress failed to pass a spending bill by midnight Monday. The exchanges are funded separately and were not affected, officials said.

Administration officials said Wednesday that they had added servers and that wait times were improving, though some users were still seeing error messages.

The Congressional Budget Office has projected that 7 million people will buy coverage through the exchanges next year. Premiums for a midlevel plan will average $328 a month before subsidies, according to federal figures released last week, though most buyers are expected to qualify for tax credits that lower the cost.

"If this is still a problem in November, then we have something to worry about," said Hale.
""", [
    ('October 2, 2013', 'DATE', '2013-10-02'),
    ('Tuesday', 'DATE', '2013-10-01'),
    ('hours', 'DURATION', 'PXH'),
    ('8 a.m.', 'TIME', '2013-10-01T08:00'),
    ('late afternoon', 'DATE|TIME', '2013-10-01TAF'),
    ('six months', 'DURATION', 'P6M'),
    ('March 31, 2014', 'DATE', '2014-03-31'),
    ('Dec. 15', 'DATE', '2013-12-15'),
    ('Jan. 1', 'DATE', '2014-01-01'),
    ('early 2015', 'DATE', '2015'),
    ('Tuesday morning', 'DATE|TIME', '2013-10-01TMO'),
    ('three years', 'DURATION', 'P3Y'),
    ('this weekend', 'DATE', '2013-W40-WE'),
    ('every 30 minutes', 'SET', 'PT30M'),
    ('9 a.m.', 'TIME', '2013-10-01T09:00'),
    ('7 p.m.', 'TIME', '2013-10-01T19:00'),
    ('the first 24 hours', 'DURATION', 'PT24H'),
    ('2007', 'DATE', '2007'),
    ('midnight Monday', 'TIME', '2013-09-30T24:00|2013-10-01T00:00'),
    ('Wednesday', 'DATE', '2013-10-02'),
    ('next year', 'DATE', '2014'),
    ('a month', 'SET', 'P1M'),
    ('last week', 'DATE', '2013-W39'),
    ('November', 'DATE', '2013-11'),
]),
# 8. Reuters, Ebola survivor returns to work, narrative (2014)
('2014-10-17', 'auto', """A nurse who survived Ebola goes back to the ward

KENEMA, Sierra Leone, Oct 17 (Reuters) - When the fever came, Fatmata Sesay knew what it meant.

The 29-year-old nurse had spent eight weeks treating Ebola patients at the government hospital in Kenema, in eastern Sierra Leone, where the outbreak took hold in late May. Eleven of her colleagues had already died.

On the morning of July 22, she woke with a headache and aching joints. By that afternoon her temperature had reached 39 degrees Celsius.

"I told my sister to keep the children away from me," Sesay said this week, sitting on a bench outside the hospital where she had lain near death.

A blood test two days later confirmed Ebola. She was moved to a treatment centre run by Medecins Sans Frontieres in Kailahun, a four-hour drive away over rutted roads.

For the next 12 days, she drifted in and out of consciousness. She remembers little of the first week except the sound of rain on the tent roof and a doctor in a yellow suit telling her to drink.

On Aug 9, after two negative blood tests, she walked out of the centre.

Survivors are believed to be immune to the strain that infected them, and Sesay returned to work in Kenema a month later. She is one of a small number of survivors now caring for the sick.

"Patients trust me because they see I lived," she said. "When I tell them to drink, they drink."

The epidemic, the worst on record, has killed more than 4,500 people in Sierra Leone, Liberia and Guinea since it was first identified in March, according to World Health Organization figures released on Wednesday.

The WHO has warned there could be 5,000 to 10,000 new cases a week by early December if the international response is not stepped up sharply.

Health workers have been hit especially hard. More than 400 have been infected across the region, and about half of them have died. In Kenema, nurses went on strike for two days last month over unpaid hazard allowances.

Sesay works eight-hour shifts in the isolation unit and takes a shared taxi home every Sunday to see her two sons, who stayed with her mother while she was ill.

"The hardest part is not the work," she said. "It is that people in my village still will not shake my hand."

Aid groups say more beds are urgently needed. A British-built treatment centre at Kerry Town, near Freetown, is due to open next month and will treat infected health workers, among others.

(Editing by Daniel Flynn)
""", [
    ('Oct 17', 'DATE', '2014-10-17'),
    ('eight weeks', 'DURATION', 'P8W'),
    ('late May', 'DATE', '2014-05'),
    ('the morning of July 22', 'DATE|TIME', '2014-07-22TMO'),
    ('that afternoon', 'DATE|TIME', '2014-07-22TAF'),
    ('this week', 'DATE', '2014-W42'),
    ('two days later', 'DATE', '2014-07-24'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('the next 12 days', 'DURATION', 'P12D'),
    ('the first week', 'DURATION', 'P1W'),
    ('Aug 9', 'DATE', '2014-08-09'),
    ('a month later', 'DATE', '2014-09'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('March', 'DATE', '2014-03'),
    ('Wednesday', 'DATE', '2014-10-15'),
    ('a week', 'SET', 'P1W'),
    ('early December', 'DATE', '2014-12'),
    ('two days', 'DURATION', 'P2D'),
    ('last month', 'DATE', '2014-09'),
    ('eight-hour', 'DURATION', 'PT8H'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('next month', 'DATE', '2014-11'),
]),
# 9. The Guardian, junior doctors' all-out strike (2016)
('2016-04-26', 'auto', """Junior doctors begin first all-out strike in NHS history

Emergency care covered by consultants as thousands of junior doctors in England walk out for two days in contract dispute

Rowena Hale, health correspondent
Tuesday 26 April 2016 07.30 BST

Thousands of junior doctors in England have walked out of hospitals, including A&E departments, in the first all-out strike since the NHS was founded in 1948.

Doctors left their posts at 8am and will return at 5pm, before walking out again on Wednesday. Consultants, nurses and other senior staff are covering emergency care, and NHS England said more than 12,500 operations and 100,000 outpatient appointments had been postponed.

The British Medical Association called the strike after the health secretary, Jeremy Hunt, announced in February that he would impose a new contract on junior doctors from August. The union says the contract is unsafe for patients and unfair to staff, particularly women and those working part time.

Outside St Thomas' hospital in London, about 200 doctors gathered on a picket line on Tuesday morning, holding placards and handing leaflets to passersby.

"I've worked every Christmas for the last four years," said Dr Amira Khan, 29, a registrar in emergency medicine. "Nobody wants to be out here. But this contract will push people to Australia within a year."

A Department of Health spokesperson said on Monday that the strike would cause "unnecessary disruption" and that the government would not reopen talks under the threat of industrial action.

Junior doctors have staged four previous walkouts since January, but emergency care was covered during those. Hospital chiefs have spent the past fortnight drawing up rotas to make sure consultants could staff A&E units and intensive care around the clock.

Patients whose treatment was cancelled expressed mixed feelings. Sheila Morton, 71, whose hip replacement at a hospital in Leeds had been scheduled for Wednesday, said she had waited 11 months for the operation.

On Sunday, a cross-party group of MPs proposed that the new contract be piloted in a few areas of England before being rolled out nationally. The BMA said it would call off the strike if the government accepted the plan, but ministers rejected it within hours.

Polling released this month suggests most of the public continues to blame the government rather than doctors for the dispute, though support for the strike has fallen slightly since the first walkout in January.

The BMA said it would consider further action after the strike ends on Wednesday afternoon. Some doctors' leaders have suggested that junior doctors could resign en masse before the contract takes effect in the summer.
""", [
    ('two days', 'DURATION', 'P2D'),
    ('Tuesday 26 April 2016 07.30 BST', 'TIME', '2016-04-26T07:30'),
    ('1948', 'DATE', '1948'),
    ('8am', 'TIME', '2016-04-26T08:00'),
    ('5pm', 'TIME', '2016-04-26T17:00'),
    ('Wednesday', 'DATE', '2016-04-27'),
    ('February', 'DATE', '2016-02'),
    ('August', 'DATE', '2016-08'),
    ('Tuesday morning', 'DATE|TIME', '2016-04-26TMO'),
    ('every Christmas', 'SET', 'XXXX-12-25'),
    ('the last four years', 'DURATION', 'P4Y'),
    ('a year', 'DURATION', 'P1Y'),
    ('Monday', 'DATE', '2016-04-25'),
    ('January', 'DATE', '2016-01'),
    ('the past fortnight', 'DURATION', 'P2W'),
    ('Wednesday', 'DATE', '2016-04-27'),
    ('11 months', 'DURATION', 'P11M'),
    ('Sunday', 'DATE', '2016-04-24'),
    ('hours', 'DURATION', 'PXH'),
    ('this month', 'DATE', '2016-04'),
    ('January', 'DATE', '2016-01'),
    ('Wednesday afternoon', 'DATE|TIME', '2016-04-27TAF'),
    ('the summer', 'DATE', '2016-SU'),
]),
# 10. Local paper, measles outbreak and vaccine exemptions (2019)
('2019-02-08', 'auto', """Measles cases climb to 41; county clinic to open Saturday

By LISA ARDEN
Herald staff writer

RIVERTON -- The number of confirmed measles cases in Harlan County rose to 41 on Thursday, and health officials say they expect more before the outbreak is over.

Most of those sickened are children under 10 who had not been vaccinated. Eight new cases have been confirmed since Monday, including two adults.

"This is a highly contagious disease, and we have a lot of unvaccinated people in this community," said Dr. Alan Meyers, the county health officer. "We are not near the end of this."

The outbreak began in early January, when a child who had not been vaccinated developed a rash after a family trip. Gov. Jay Inslee declared a statewide emergency late last month, freeing state money and staff to help trace contacts.

Demand for the vaccine has surged. The county's immunization clinic on Fourth Plain Boulevard will open Saturday from 9 a.m. to 1 p.m. for the first time, and it will stay open late every Wednesday through the end of the month.

Pharmacies in the county gave about 3,100 doses of measles vaccine in January, compared with 530 a year ago, according to state figures.

Measles spreads through the air and can linger in a room for up to two hours after an infected person leaves. Symptoms usually appear about two weeks after exposure, beginning with a fever, cough and runny nose before the rash breaks out.

Officials have listed places where the public may have been exposed, including a Riverton church on Sunday morning, a pediatric clinic on Jan. 31 between 10 a.m. and 2 p.m., and Portland International Airport on Jan. 29.

Jenna Cole kept her 3-year-old daughter home from day care for 21 days after a classmate fell ill. Her daughter had received one dose of the vaccine but was not yet due for the second.

"I was checking her forehead every hour," Cole said. "I've used up all my vacation, and she never even got sick."

Today, a House committee in Olympia is scheduled to hear a bill that would end the personal or philosophical exemption that lets parents send unvaccinated children to school. In Harlan County, nearly 8 percent of kindergartners had an exemption in the 2017-18 school year, about twice the state average.

Meyers cautioned that it may take months before the outbreak is declared over. That happens only after 42 days, or two full incubation periods, pass without a new case.
""", [
    ('Saturday', 'DATE', '2019-02-09'),
    ('Thursday', 'DATE', '2019-02-07'),
    ('Monday', 'DATE', '2019-02-04'),
    ('early January', 'DATE', '2019-01'),
    ('late last month', 'DATE', '2019-01'),
    ('Saturday', 'DATE', '2019-02-09'),
    ('9 a.m.', 'TIME', '2019-02-09T09:00'),
    ('1 p.m.', 'TIME', '2019-02-09T13:00'),
    ('every Wednesday', 'SET', 'XXXX-WXX-3'),
    ('the end of the month', 'DATE', '2019-02'),
    ('January', 'DATE', '2019-01'),
    ('a year ago', 'DATE', '2018-01|2018'),
    ('up to two hours', 'DURATION', 'PT2H'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('Sunday morning', 'DATE|TIME', '2019-02-03TMO'),
    ('Jan. 31', 'DATE', '2019-01-31'),
    ('10 a.m.', 'TIME', '2019-01-31T10:00'),
    ('2 p.m.', 'TIME', '2019-01-31T14:00'),
    ('Jan. 29', 'DATE', '2019-01-29'),
    ('21 days', 'DURATION', 'P21D'),
    ('every hour', 'SET', 'PT1H'),
    ('Today', 'DATE', '2019-02-08'),
    ('2017-18', 'DATE', '2017|2018'),
    ('months', 'DURATION', 'PXM'),
    ('42 days', 'DURATION', 'P42D'),
]),
# 11. NPR, CDC director backs COVID-19 boosters for frontline workers (2021)
('2021-09-24', 'auto', """CDC Director Backs Boosters For Frontline Workers, Overruling Agency Advisers

by Nadia Brooks
September 24, 2021 · 6:12 AM ET

The director of the Centers for Disease Control and Prevention has endorsed COVID-19 booster shots for millions of Americans whose jobs put them at risk of infection, breaking with the agency's own panel of vaccine advisers.

Dr. Rochelle Walensky issued her recommendation late Thursday night, hours after the Advisory Committee on Immunization Practices voted 9-6 against including health care workers, teachers, grocery workers and others in high-risk settings.

In a statement, Walensky said the decision was a close call and that she wanted the CDC's guidance to match the authorization the Food and Drug Administration issued on Wednesday.

The recommendation covers only people who received the Pfizer-BioNTech vaccine, and only once at least six months have passed since the second dose. Those eligible include everyone 65 and older, residents of long-term care facilities and adults 50 to 64 with underlying medical conditions.

People who got the Moderna or Johnson & Johnson vaccines will have to wait. Federal regulators plan to review data on those boosters next month.

Pharmacies moved quickly. CVS said it would begin offering the extra shots at many of its stores Friday afternoon, and several state health departments said appointments could be booked online right away.

Some infectious disease specialists said the director went too far. "The data on waning protection in younger, healthy people is just not there yet," said Dr. Marcus Reyes, an infectious disease physician at Emory University. "The committee spent two days hearing that the vaccines are holding up very well against severe disease."

For Tanya Oduya, a nurse who has worked in a COVID-19 unit in Houston since March 2020, the decision came as a relief.

"I've watched this virus fill our ICU four times," she said. "We're tired. If a third shot keeps me from bringing it home to my kids, I'll take it tomorrow."

The recommendations come as the delta variant has pushed hospitalizations to levels not seen since last winter, though new infections have begun to fall in recent weeks. More than 180 million Americans are now fully vaccinated, but tens of millions of eligible adults have not had a single dose.

Public health experts warn that boosters will do far less to slow the pandemic than reaching those people.

President Biden, who promised in August that boosters would be widely available starting the week of Sept. 20, planned to speak about the rollout Friday afternoon.
""", [
    ('September 24, 2021', 'DATE', '2021-09-24'),
    ('6:12 AM ET', 'TIME', '2021-09-24T06:12'),
    ('late Thursday night', 'DATE|TIME', '2021-09-23TNI'),
    ('hours', 'DURATION', 'PXH'),
    ('Wednesday', 'DATE', '2021-09-22'),
    ('at least six months', 'DURATION', 'P6M'),
    ('next month', 'DATE', '2021-10'),
    ('Friday afternoon', 'DATE|TIME', '2021-09-24TAF'),
    ('two days', 'DURATION', 'P2D'),
    ('March 2020', 'DATE', '2020-03'),
    ('tomorrow', 'DATE', '2021-09-25'),
    ('last winter', 'DATE', '2020-WI'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2021-08'),
    ('the week of Sept. 20', 'DATE', '2021-W38'),
    ('Friday afternoon', 'DATE|TIME', '2021-09-24TAF'),
]),
# 12. KFF Health News, rural hospital closes labor and delivery unit (2025)
('2025-03-06', 'auto', """Another Rural Hospital Stops Delivering Babies, Leaving Expectant Mothers a Long Drive

By Emily Sanders
March 6, 2025

CARVER, Kan. -- For 58 years, babies born in Gray County came into the world at Carver Memorial Hospital. That ends next week.

Hospital officials announced in January that the labor and delivery unit would close March 14, citing a shortage of nurses and the cost of keeping an obstetrician on call. After that, the closest hospital that delivers babies will be in Dodge City, about 70 minutes away by car, and longer in bad weather.

The unit delivered 112 babies last year, down from about 180 a decade ago, said CEO Dana Whitfield. It lost about $1.2 million in fiscal 2024.

"We held on as long as we could," Whitfield said Tuesday.

Since 2010, hundreds of rural hospitals across the country have stopped delivering babies, according to researchers who track closures. Medicaid pays for about 4 in 10 births nationwide. Hospital leaders say the program's payment rates, which Kansas has not raised significantly in years, do not cover the cost of a delivery.

Now, as Republicans in Congress weigh cuts to Medicaid to help pay for extending the 2017 tax cuts, rural hospital administrators fear more closures. The House last month adopted a budget blueprint that calls for $880 billion in spending cuts over the next decade from the committee that oversees the program.

Kayla Brandt, who is due in late April, had planned to deliver at Carver Memorial, as she did with her first child in 2022. Now she and her husband have mapped the route to Dodge City and plan to book a motel room nearby as her due date approaches.

"Nobody wants to have a baby on the side of Highway 50," she said.

The hospital will keep its emergency room open and will continue to offer prenatal visits every Thursday through a partnership with an obstetrics group in Dodge City. Emergency room nurses will train this spring to handle unexpected births, Whitfield said. "They can catch a baby. What they can't do is an emergency C-section."

A bill in the Kansas Legislature would create a grant program to help rural hospitals keep obstetric units open. It cleared a Senate committee on Feb. 20 but has not been scheduled for a floor vote, and lawmakers are set to adjourn in early April.

Whitfield said she would like to reopen the unit if the finances improve, but she is not counting on it.

"If the money showed up tomorrow, we'd still need two years to hire and train the staff," she said.
""", [
    ('March 6, 2025', 'DATE', '2025-03-06'),
    ('58 years', 'DURATION', 'P58Y'),
    ('next week', 'DATE', '2025-W11'),
    ('January', 'DATE', '2025-01'),
    ('March 14', 'DATE', '2025-03-14'),
    ('about 70 minutes', 'DURATION', 'PT70M'),
    ('last year', 'DATE', '2024'),
    ('a decade ago', 'DATE', '2015'),
    ('fiscal 2024', 'DATE', 'FY2024|2024'),
    ('Tuesday', 'DATE', '2025-03-04'),
    ('2010', 'DATE', '2010'),
    ('years', 'DURATION', 'PXY'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2017', 'DATE', '2017'),
    ('last month', 'DATE', '2025-02'),
    ('the next decade', 'DURATION', 'P10Y|P1DE'),
    ('late April', 'DATE', '2025-04'),
    ('2022', 'DATE', '2022'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every Thursday', 'SET', 'XXXX-WXX-4'),
    ('this spring', 'DATE', '2025-SP'),
    ('Feb. 20', 'DATE', '2025-02-20'),
    ('early April', 'DATE', '2025-04'),
    ('tomorrow', 'DATE', '2025-03-07'),
    ('two years', 'DURATION', 'P2Y'),
]),
]
