# Gold TIMEX3 probe set 100: twelve original health and medicine news texts (1998-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, FDA approval of a migraine drug (1998)
('1998-11-19', 'auto', """FDA Approves Pill to Prevent Migraine Attacks

WASHINGTON (AP) — The Food and Drug Administration on Thursday approved a new prescription pill for migraine headaches, the first designed to be taken once a day to prevent attacks rather than to stop them after they start.

The drug, to be sold as Corvane by Halvorsen Pharmaceuticals Inc. of Princeton, N.J., could reach pharmacies as early as next month, company officials said.

Federal regulators had been expected to rule on the application in September, but they asked the company this summer for more data on liver safety, pushing back the decision by about two months.

In two studies involving 1,400 patients, people who took the pill daily for six months reported an average of 2.1 fewer migraine days a month than those given a dummy pill.

"For many of these patients, a migraine means missing work or school," said Dr. Ellen Marsh, a Georgetown University neurologist. "Cutting the number of attacks by even a third is meaningful."

Roughly 28 million Americans suffer from migraines, according to the National Headache Foundation. Most now rely on drugs such as sumatriptan, sold as Imitrex since 1993, which ease a headache once it has begun.

Side effects in the studies included dizziness, weight gain and tingling in the hands. Five patients developed elevated liver enzymes, which returned to normal within four weeks of stopping the drug.

The FDA said Halvorsen must follow 3,000 patients over the next three years to watch for liver problems and report its findings to the agency every six months.

An FDA advisory panel voted 7-2 in favor of the drug at a meeting in Gaithersburg, Md., on Oct. 14.

Halvorsen shares rose $2.25 to close at $41.50 Thursday on the New York Stock Exchange. The company said Corvane would cost about $2 a pill, or roughly $60 a month. Analysts have estimated sales could reach $300 million a year by 2001.

Halvorsen, which had revenue of $1.2 billion in fiscal 1997, has spent nearly a decade developing the compound. Chief executive Robert Klein said Wednesday the company would hire 400 sales representatives before the end of the year.

Critics said Thursday they worried the agency was moving too fast, noting that it pulled two popular diet drugs, fenfluramine and dexfenfluramine, from the market in September 1997 after reports of heart valve damage.

"We have seen what happens when a drug that people take every day for years is approved on the strength of short studies," said Dr. Sidney Wolfe, director of Public Citizen's Health Research Group.

The agency said it plans to update doctors on any new safety data in the spring.
""", [
    ('Thursday', 'DATE', '1998-11-19'),
    ('once a day', 'SET', 'P1D'),
    ('next month', 'DATE', '1998-12'),
    ('September', 'DATE', '1998-09'),
    ('this summer', 'DATE', '1998-SU'),
    ('about two months', 'DURATION', 'P2M'),
    ('daily', 'SET', 'P1D'),
    ('six months', 'DURATION', 'P6M'),
    ('a month', 'SET', 'P1M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1993', 'DATE', '1993'),
    ('four weeks', 'DURATION', 'P4W'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('every six months', 'SET', 'P6M'),
    ('Oct. 14', 'DATE', '1998-10-14'),
    ('Thursday', 'DATE', '1998-11-19'),
    ('a month', 'SET', 'P1M'),
    ('a year', 'SET', 'P1Y'),
    ('2001', 'DATE', '2001'),
    ('fiscal 1997', 'DATE', 'FY1997|1997'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('Wednesday', 'DATE', '1998-11-18'),
    ('the end of the year', 'DATE', '1998'),
    ('Thursday', 'DATE', '1998-11-19'),
    ('September 1997', 'DATE', '1997-09'),
    ('every day', 'SET', 'P1D'),
    ('years', 'DURATION', 'PXY'),
    ('the spring', 'DATE', '1999-SP'),
]),
# 2. Reuters, heart failure trial stopped early for benefit (2001)
('2001-03-14', 'auto', """Norvik halts heart failure trial early as drug cuts deaths

COPENHAGEN, March 14 (Reuters) - Danish drugmaker Norvik Pharma said on Wednesday an independent monitoring board had stopped a large trial of its heart failure drug ardolinide early because patients taking it were living longer than those given a placebo.

Shares in Norvik jumped 14 percent to 412 crowns by 1130 GMT, their biggest rise since the company listed on the Copenhagen Stock Exchange in 1996.

The 3,200-patient study, known as PRISM-HF, began in early 1998 and had been due to run until the end of 2002. The monitoring board, which reviews the data every six months, recommended on Monday that it be halted after an interim analysis showed 22 percent fewer deaths among patients on ardolinide.

"This is the result we hoped for, but we did not dare to expect it at this stage," chief executive Lars Holm told Reuters in a telephone interview.

Patients in the trial took one tablet twice a day on top of standard treatment and were followed for an average of 26 months. All will now be offered the drug.

Full results will be presented at the American College of Cardiology meeting in Orlando, Florida, next week, Holm said. Norvik plans to file for approval in Europe and the United States in the third quarter and hopes to launch the drug in 2002.

Analysts said ardolinide could earn more than $800 million a year at its peak.

"Heart failure has been a graveyard for new drugs for a decade," said Jens Bergstrom, an analyst at Nordea Securities. "If the full data hold up, this changes the picture."

Several rival compounds have failed in late-stage tests in recent years, including two from large U.S. companies last year.

About five million Americans and a similar number of Europeans live with heart failure, in which the weakened heart cannot pump enough blood. Roughly half of patients die within five years of diagnosis.

Norvik, which reported a net loss of 310 million crowns for 2000, warned in January that it would need to raise fresh capital if the trial failed. Holm said on Wednesday the company now had enough cash to last until 2003.

Its shares had lost nearly a third of their value over the past 12 months as investors fretted about the outcome of the study.

The company said it would give more details at a news conference at 1500 GMT on Thursday.

(Reporting by Karin Dahl; Editing by Simon Ashworth)
""", [
    ('March 14', 'DATE', '2001-03-14'),
    ('Wednesday', 'DATE', '2001-03-14'),
    ('1130 GMT', 'TIME', '2001-03-14T11:30'),
    ('1996', 'DATE', '1996'),
    ('early 1998', 'DATE', '1998'),
    ('the end of 2002', 'DATE', '2002'),
    ('every six months', 'SET', 'P6M'),
    ('Monday', 'DATE', '2001-03-12'),
    ('twice a day', 'SET', 'P1D'),
    ('26 months', 'DURATION', 'P26M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next week', 'DATE', '2001-W12'),
    ('the third quarter', 'DATE', '2001-Q3'),
    ('2002', 'DATE', '2002'),
    ('a year', 'SET', 'P1Y'),
    ('a decade', 'DURATION', 'P10Y|P1DE'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last year', 'DATE', '2000'),
    ('five years', 'DURATION', 'P5Y'),
    ('2000', 'DATE', '2000'),
    ('January', 'DATE', '2001-01'),
    ('Wednesday', 'DATE', '2001-03-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2003', 'DATE', '2003'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('1500 GMT on Thursday', 'TIME', '2001-03-15T15:00'),
]),
# 3. BBC, Sars isolation rooms ordered for hospitals (2003)
('2003-05-22', 'auto', """Hospitals told to prepare Sars isolation rooms

Every hospital in England with an accident and emergency department must have an isolation room ready for suspected Sars patients by the end of June, the government has said.

Chief Medical Officer Sir Liam Donaldson announced the measure on Thursday after a review of how the NHS had coped with the handful of suspected cases seen so far this year.

There have been four probable cases of severe acute respiratory syndrome in the UK since March, all in people who had recently travelled to east Asia. All four have recovered.

"We have been fortunate," Sir Liam said. "But we cannot assume that the next case will be picked up at the airport."

Under the new guidance, staff must be able to move a patient into a single room with its own ventilation within two hours of arrival. Hospital trusts will also have to hold an emergency drill every three months.

The Department of Health said £15m would be made available this year to help pay for the work.

The World Health Organization says more than 8,000 people have been infected worldwide since the illness first appeared in southern China last November, and nearly 700 have died.

Earlier this week the WHO said the outbreak in Hong Kong appeared to have peaked, but it still advises against non-essential travel to Beijing and several other parts of China.

Health unions welcomed the move but said many hospitals were already short of beds and staff.

"Some of our members have waited months for basic equipment such as proper masks," said Karen Jennison of the Royal College of Nursing. "Ministers cannot expect every hospital to sort this out in a few weeks."

The Conservatives said the announcement had come too late. Shadow health secretary Liam Fox said the government had been warned in April that NHS planning was inadequate.

Sir Liam said the risk to the public remained very low. The new Health Protection Agency, which began work in April, will publish weekly updates on its website.

In Toronto, where Sars spread among staff and patients in two hospitals in March and April, dozens of health workers fell ill and hundreds of people were put in quarantine for 10 days.

Dr Peter Wilson, a microbiologist at University College London Hospitals, said the UK should be prepared for the virus to return.

"It may die down over the summer, as flu does, and come back when the weather turns cold," he said. "The winter is when we will find out whether these plans really work."
""", [
    ('the end of June', 'DATE', '2003-06'),
    ('Thursday', 'DATE', '2003-05-22'),
    ('this year', 'DATE', '2003'),
    ('March', 'DATE', '2003-03'),
    ('recently', 'DATE', 'PAST_REF'),
    ('two hours', 'DURATION', 'PT2H'),
    ('every three months', 'SET', 'P3M'),
    ('this year', 'DATE', '2003'),
    ('last November', 'DATE', '2002-11'),
    ('Earlier this week', 'DATE', '2003-W21'),
    ('months', 'DURATION', 'PXM'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('April', 'DATE', '2003-04'),
    ('April', 'DATE', '2003-04'),
    ('weekly', 'SET', 'P1W'),
    ('March', 'DATE', '2003-03'),
    ('April', 'DATE', '2003-04'),
    ('10 days', 'DURATION', 'P10D'),
    ('the summer', 'DATE', '2003-SU'),
    ('The winter', 'DATE', '2003-WI'),
]),
# 4. Local paper, county flu shot clinics after the 2004 shortage (2005)
('2005-10-11', 'auto', """Flu shot clinics return to full schedule after last year's shortage

By Denise Kowalski
Herald-Courier Staff Writer

MILLBROOK — Last fall, a nationwide vaccine shortage left hundreds of Carver County seniors waiting in line for hours, only to be told the shots were gone. This year, the county health department says, there should be enough for everyone who wants one.

The department received 9,000 doses of flu vaccine last week, its full order, and will open its first walk-in clinic Monday at the Millbrook Senior Center, nursing director Pat Oyelaran said.

Clinics will be held at the senior center every Monday through Nov. 14, then move to the health department office on Elm Street on Thursday afternoons until the supply runs out.

The first clinic opens at 9 a.m. Monday. Oyelaran recommended arriving early anyway.

"People remember last year," she said. "We expect a crowd the first few days."

Last October, Chiron Corp., one of only two companies supplying flu vaccine to the United States, lost its license to make vaccine at its plant in Liverpool, England, cutting the nation's supply nearly in half.

Carver County then limited shots to people over 65, pregnant women and people with chronic illnesses. Many others simply gave up.

"We turned away probably 2,000 people," Oyelaran said. "That was a hard time for everybody."

This year the shots cost $20, or nothing for people covered by Medicare Part B.

State health officials recommend a flu shot for everyone over 50, for anyone who cares for a baby and for all health care workers. They expect flu activity to peak in January or February.

Because it takes about two weeks after a shot for the body to build protection, Oyelaran said, the next few weeks are the best time to get vaccinated.

The department also plans a drive-through clinic Saturday, Oct. 22, at the county fairgrounds, the first of its kind in the county. Cars can line up starting at 8 a.m., and nurses will give shots through the car window.

"If you can sit in your car for 20 minutes, you can get a flu shot," Oyelaran said.

Nurses will also visit homebound residents by appointment during the week of Oct. 24. Residents who need a home visit should call the health department.

Oyelaran, who has run the county's vaccination program since 1991, said demand usually drops off sharply after Thanksgiving.

"People think if they haven't gotten sick by then, they're safe," she said. "They're not."
""", [
    ('last year', 'DATE', '2004'),
    ('Last fall', 'DATE', '2004-FA'),
    ('hours', 'DURATION', 'PXH'),
    ('This year', 'DATE', '2005'),
    ('last week', 'DATE', '2005-W40'),
    ('Monday', 'DATE', '2005-10-17'),
    ('every Monday', 'SET', 'XXXX-WXX-1'),
    ('Nov. 14', 'DATE', '2005-11-14'),
    ('Thursday afternoons', 'SET', 'XXXX-WXX-4TAF'),
    ('9 a.m. Monday', 'TIME', '2005-10-17T09:00'),
    ('last year', 'DATE', '2004'),
    ('the first few days', 'DURATION', 'PXD'),
    ('Last October', 'DATE', '2004-10'),
    ('This year', 'DATE', '2005'),
    ('January', 'DATE', '2006-01'),
    ('February', 'DATE', '2006-02'),
    ('about two weeks', 'DURATION', 'P2W'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('Saturday, Oct. 22', 'DATE', '2005-10-22'),
    ('8 a.m.', 'TIME', '2005-10-22T08:00'),
    ('20 minutes', 'DURATION', 'PT20M'),
    ('the week of Oct. 24', 'DATE', '2005-W43'),
    ('1991', 'DATE', '1991'),
    ('Thanksgiving', 'DATE', '2005-11-24'),
]),
# 5. Reuters, England's smoking ban about to take effect (2007)
('2007-06-29', 'auto', """England stubs out smoking in pubs from Sunday

LONDON, June 29 (Reuters) - Smokers in England will have to step outside to light up from Sunday, when a ban on smoking in enclosed public places and workplaces comes into force at 6 a.m.

The ban follows similar laws in Scotland last year and in Wales and Northern Ireland earlier this year, and covers pubs, restaurants, offices, shopping centres and public transport.

Anyone caught smoking in a banned place faces a fixed penalty of 50 pounds, while businesses that fail to stop them could be fined up to 2,500 pounds.

"This is the biggest step forward for public health in decades," said Alan Johnson, who was appointed health secretary on Thursday by new Prime Minister Gordon Brown.

Government estimates say second-hand smoke kills several thousand people in England a year.

Pub landlords say trade has suffered in Scotland, where the Scottish Licensed Trade Association said beer sales fell by about 10 percent in the 12 months after its ban took effect in March 2006.

"Some of our members have lost a third of their regulars," said one landlord in Newcastle, whose pub has been in his family since 1952. "I don't know how many pubs will see another Christmas."

Anti-smoking group ASH said support for the ban had grown steadily since Parliament voted for it in February last year, and a poll this month found 78 percent of adults in favour.

Local councils have trained about 1,000 extra enforcement officers, who will start visiting premises on Monday. Officials said they would concentrate on advice rather than fines for the first few months.

The NHS Stop Smoking helpline said calls had doubled over the past fortnight, and it would stay open until midnight on Sunday to cope with demand.

Ireland became the first country to ban smoking in all workplaces in March 2004, and several others plan to follow. France's ban on smoking in bars and restaurants starts on Jan. 1, 2008.

From Oct. 1, the minimum age for buying cigarettes in England and Wales will also rise to 18 from 16.

Some smokers said they would simply stay at home. "I've been coming to the same pub every Friday night for 30 years," said Brian Hale, 64, in a south London pub on Thursday evening. "I'll still come, but I'll be spending a lot of it out on the pavement."

(Reporting by Paul Whitfield; Editing by Janet Lawrence)
""", [
    ('Sunday', 'DATE', '2007-07-01'),
    ('June 29', 'DATE', '2007-06-29'),
    ('Sunday', 'DATE', '2007-07-01'),
    ('6 a.m.', 'TIME', '2007-07-01T06:00'),
    ('last year', 'DATE', '2006'),
    ('earlier this year', 'DATE', '2007'),
    ('decades', 'DURATION', 'PXY'),
    ('Thursday', 'DATE', '2007-06-28'),
    ('a year', 'SET', 'P1Y'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('March 2006', 'DATE', '2006-03'),
    ('1952', 'DATE', '1952'),
    ('Christmas', 'DATE', '2007-12-25'),
    ('February last year', 'DATE', '2006-02'),
    ('this month', 'DATE', '2007-06'),
    ('Monday', 'DATE', '2007-07-02'),
    ('the first few months', 'DURATION', 'PXM'),
    ('the past fortnight', 'DURATION', 'P2W'),
    ('midnight on Sunday', 'TIME', '2007-07-01T24:00|2007-07-01T00:00'),
    ('March 2004', 'DATE', '2004-03'),
    ('Jan. 1, 2008', 'DATE', '2008-01-01'),
    ('Oct. 1', 'DATE', '2007-10-01'),
    ('every Friday night', 'SET', 'XXXX-WXX-5TNI'),
    ('30 years', 'DURATION', 'P30Y'),
    ('Thursday evening', 'DATE|TIME', '2007-06-28TEV'),
]),
# 6. CNN Health, swine flu: WHO raises pandemic alert (2009)
('2009-04-29', 'auto', """WHO raises pandemic alert level as swine flu spreads

(CNN) -- The World Health Organization raised its pandemic alert to phase 5 on Wednesday, signaling that a global outbreak of the new H1N1 swine flu virus is imminent.

"It really is all of humanity that is under threat during a pandemic," WHO Director-General Margaret Chan told reporters in Geneva late Wednesday.

The move came hours after U.S. health officials confirmed the first death from the virus in the United States, a toddler from Mexico who died Monday night at a Houston hospital.

The child had traveled with his family to Brownsville, Texas, earlier this month, officials said.

As of Wednesday afternoon, the Centers for Disease Control and Prevention had confirmed 91 cases in 10 states. Officials expect that number to keep rising.

"We are going to see more cases, more severe cases and, unfortunately, more deaths in the coming days," said Dr. Richard Besser, the CDC's acting director.

The outbreak first came to light in Mexico, where authorities have linked more than 150 deaths to the virus since mid-March. Mexico City has closed schools, museums and restaurants and canceled hundreds of public events.

Mexican President Felipe Calderon on Wednesday urged residents to stay home from May 1 to May 5, when most government offices and many businesses will shut.

Egypt, which has not reported a single case, ordered the slaughter of all of its estimated 300,000 pigs Wednesday, although experts say the virus is not spread by eating pork.

President Obama said the government was taking every precaution. "This is obviously a very serious situation," he said at a White House news conference Wednesday evening. He asked Congress on Tuesday for $1.5 billion in emergency funding to fight the outbreak.

The CDC has shipped about a quarter of the antiviral drugs in the national stockpile to the states. Officials say a vaccine would take at least four months to produce, and manufacturers are still finishing this year's seasonal flu shots.

WHO last raised its alert level on Monday, to phase 4. Phase 6 would mean a full pandemic, the first since 1968, when the so-called Hong Kong flu killed about 1 million people worldwide.

What you should know:

Symptoms are similar to those of seasonal flu: fever, cough, sore throat and body aches. Some patients have also had diarrhea and vomiting.

Health officials advise washing your hands often, for at least 20 seconds each time, and staying home from work or school for seven days after symptoms begin.

The CDC now updates its case count daily on its Web site.

CNN's Elizabeth Cohen and Miriam Falco contributed to this report.
""", [
    ('Wednesday', 'DATE', '2009-04-29'),
    ('late Wednesday', 'DATE', '2009-04-29'),
    ('hours', 'DURATION', 'PXH'),
    ('Monday night', 'DATE|TIME', '2009-04-27TNI'),
    ('earlier this month', 'DATE', '2009-04'),
    ('Wednesday afternoon', 'DATE|TIME', '2009-04-29TAF'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
    ('mid-March', 'DATE', '2009-03'),
    ('Wednesday', 'DATE', '2009-04-29'),
    ('May 1', 'DATE', '2009-05-01'),
    ('May 5', 'DATE', '2009-05-05'),
    ('Wednesday', 'DATE', '2009-04-29'),
    ('Wednesday evening', 'DATE|TIME', '2009-04-29TEV'),
    ('Tuesday', 'DATE', '2009-04-28'),
    ('at least four months', 'DURATION', 'P4M'),
    ('this year', 'DATE', '2009'),
    ('Monday', 'DATE', '2009-04-27'),
    ('1968', 'DATE', '1968'),
    ('at least 20 seconds', 'DURATION', 'PT20S'),
    ('seven days', 'DURATION', 'P7D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('daily', 'SET', 'P1D'),
]),
# 7. Local paper, narrative: a hospital on generator power through Hurricane Isaac (2012)
('2012-09-04', 'auto', """How a small hospital rode out Isaac on generator power

By Claire Thibodeaux
Staff Writer

LAPLACE — The lights went out at Bayou Crest Medical Center at 11:40 p.m. on Aug. 28, as Hurricane Isaac crawled ashore and its winds pushed water from Lake Pontchartrain toward the neighborhoods along its shore.

Within 30 seconds, two backup generators kicked in. For the next four days, they were all that kept the 60-bed hospital running.

By the morning of Aug. 29, floodwater had reached the edge of the hospital parking lot. About 40 patients were still inside, six of them in intensive care.

The decision to stay had been made two days earlier, when forecasters still expected Isaac to come ashore as a weak Category 1 storm and move through quickly. Instead, the storm stalled over southeast Louisiana for more than 24 hours.

On the afternoon of Aug. 29, the hospital's water pressure failed. Maintenance workers rigged a pump to a fire hydrant while nurses, many of whom had not been home since the weekend, flushed toilets with buckets of rainwater.

"Nobody complained," said Rhonda Gaspard, a respiratory therapist who worked three 16-hour shifts in a row. "We just kept going."

On Aug. 30, the National Guard delivered 2,000 gallons of diesel by truck, enough to run the generators for about three days. The hospital had been down to its last 12 hours of fuel.

The following day, with the water receding, staff moved the four sickest patients by ambulance to hospitals in Baton Rouge.

Power returned at 2:15 p.m. on Sept. 1.

No patients died during the storm, and the emergency room never stopped taking patients, chief executive Dana Broussard said in an interview Monday.

"Moving a patient on a ventilator through a hurricane is dangerous in itself," Broussard said. "I would make the same call again."

Not everyone agrees. State health officials said Tuesday they would review whether hospitals in the region should be required to evacuate earlier, as many did before Hurricane Gustav in 2008.

After Hurricane Katrina in 2005, dozens of patients died in New Orleans-area hospitals and nursing homes, many of them in buildings that had lost power for days.

Bayou Crest now plans to install a third generator and move its fuel tanks above flood level by next June, at a cost of about $1.2 million. Broussard said the hospital would ask the parish and the state to share the cost.

The hospital resumed scheduled surgeries this morning, and its outpatient clinics are expected to reopen by the end of the week.
""", [
    ('11:40 p.m. on Aug. 28', 'TIME', '2012-08-28T23:40'),
    ('30 seconds', 'DURATION', 'PT30S'),
    ('the next four days', 'DURATION', 'P4D'),
    ('the morning of Aug. 29', 'DATE|TIME', '2012-08-29TMO'),
    ('two days earlier', 'DATE', '2012-08-27'),
    ('more than 24 hours', 'DURATION', 'PT24H'),
    ('the afternoon of Aug. 29', 'DATE|TIME', '2012-08-29TAF'),
    ('the weekend', 'DATE', '2012-W34-WE'),
    ('16-hour', 'DURATION', 'PT16H'),
    ('Aug. 30', 'DATE', '2012-08-30'),
    ('about three days', 'DURATION', 'P3D'),
    ('12 hours', 'DURATION', 'PT12H'),
    ('The following day', 'DATE', '2012-08-31'),
    ('2:15 p.m. on Sept. 1', 'TIME', '2012-09-01T14:15'),
    ('Monday', 'DATE', '2012-09-03'),
    ('Tuesday', 'DATE', '2012-09-04'),
    ('2008', 'DATE', '2008'),
    ('2005', 'DATE', '2005'),
    ('days', 'DURATION', 'PXD'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next June', 'DATE', '2013-06'),
    ('this morning', 'DATE|TIME', '2012-09-04TMO'),
    ('the end of the week', 'DATE', '2012-W36'),
]),
# 8. STAT News, gene therapy trial paused after a patient's death (2016)
('2016-11-02', 'auto', """Arbelo halts hemophilia gene therapy trial after patient's death

By Rebecca Lindqvist
November 2, 2016

Arbelo Therapeutics has stopped dosing patients in its lead gene therapy trial after a participant died of liver failure last month, the Cambridge, Mass., company disclosed Wednesday morning, sending its shares down nearly 40 percent.

The patient, a man with severe hemophilia B, received the highest dose of the experimental therapy, ARB-201, on Sept. 21 and was hospitalized about two weeks later with signs of liver injury, according to a filing with the Securities and Exchange Commission. He died on Oct. 18.

Arbelo said it voluntarily paused enrollment on Oct. 20 and notified the Food and Drug Administration the same day. The agency has not placed the study on a formal clinical hold.

"We are devastated by this loss, and our thoughts are with his family," chief executive Mark Feeney said in a statement. "Patient safety has to come first."

The death is a blow to a company that until recently was seen as a front-runner in the race to develop a one-time treatment for hemophilia B, in which patients lack a clotting protein and must inject replacement factor two or three times a week.

Arbelo had planned to present early data from the first 12 patients at the American Society of Hematology meeting in San Diego next month. It now says it will withdraw the presentation.

On a conference call Wednesday, analysts pressed executives on whether the liver damage could be linked to the viral vector, an adeno-associated virus, that carries the corrective gene into cells.

Chief medical officer Dr. Susan Whitcomb said the investigation was ongoing and that the company expected to complete its review by the end of the year. Two other patients on the high dose showed mild, temporary increases in liver enzymes in the first eight weeks after treatment, she said.

"Liver toxicity has been showing up at high doses across the AAV field for the past two years," said Dr. Paul Okafor, a hematologist at Emory University who is not involved in the trial. "This is the scenario everyone has worried about."

The case inevitably recalls the 1999 death of Jesse Gelsinger in a gene therapy study at the University of Pennsylvania, which set the field back by nearly a decade.

Arbelo's stock closed at $14.20 Wednesday, down from $23.65 on Tuesday. The shares had more than tripled since the company's initial public offering in February 2015.

Arbelo said it had enough cash to fund operations into 2019, and that it would press ahead with its second program, for a rare inherited form of blindness, which is scheduled to begin human testing in the first half of 2017.
""", [
    ('November 2, 2016', 'DATE', '2016-11-02'),
    ('last month', 'DATE', '2016-10'),
    ('Wednesday morning', 'DATE|TIME', '2016-11-02TMO'),
    ('Sept. 21', 'DATE', '2016-09-21'),
    ('about two weeks later', 'DATE', '2016-W40|2016-10-05'),
    ('Oct. 18', 'DATE', '2016-10-18'),
    ('Oct. 20', 'DATE', '2016-10-20'),
    ('the same day', 'DATE', '2016-10-20'),
    ('recently', 'DATE', 'PAST_REF'),
    ('two or three times a week', 'SET', 'P1W'),
    ('next month', 'DATE', '2016-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2016-11-02'),
    ('the end of the year', 'DATE', '2016'),
    ('the first eight weeks', 'DURATION', 'P8W'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('1999', 'DATE', '1999'),
    ('nearly a decade', 'DURATION', 'P10Y|P1DE'),
    ('Wednesday', 'DATE', '2016-11-02'),
    ('Tuesday', 'DATE', '2016-11-01'),
    ('February 2015', 'DATE', '2015-02'),
    ('2019', 'DATE', '2019'),
    ('the first half of 2017', 'DATE', '2017-H1'),
]),
# 9. AP, narrative: a measles outbreak traced to a church supper (2019)
('2019-03-08', 'auto', """How a measles case at a church supper grew into an outbreak

By LINDA MARCHETTI
Associated Press

COLD SPRINGS, Idaho (AP) — The first sign of trouble came on Jan. 27, when a feverish boy with a spreading red rash was carried into an urgent care clinic in this small mountain town east of Boise.

He had come home two days earlier from a family trip to the Philippines, where a measles epidemic was under way. The next day, he sat through a church potluck supper with about 200 other people.

"Nobody thought twice about it," said Pastor Dale Everly, whose congregation includes many of the town's families. "He just looked a little tired."

Over the next three weeks, 34 people in Tamarack County came down with measles. Twenty-nine were children who had not been vaccinated. Nine were hospitalized; none died.

Laboratory tests confirmed the boy's case on Feb. 1. That evening, county health workers began calling every family who had been at the supper, and they worked through the weekend to trace hundreds of other contacts at stores, a basketball game and a dentist's office.

"Measles is so contagious that if you walk into a room two hours after someone with it has left, you can still catch it," said Dr. Anita Russo, the county's epidemiologist.

The county closed two elementary schools for 10 days starting Feb. 11 and barred unvaccinated students from returning for 21 days after their last exposure, the length of the disease's incubation period.

Only 81 percent of the county's kindergartners had received both doses of the measles vaccine, according to state data, well below the 95 percent that experts say is needed to stop the virus from spreading.

Fear did what years of public health campaigns had not. The county health department gave 1,900 doses of measles vaccine in February, compared with about 250 in February 2018.

The Tamarack County outbreak is one of six reported in the U.S. so far this year. The country recorded 372 measles cases last year, the most since 2014, according to the Centers for Disease Control and Prevention. Measles was declared eliminated in the U.S. in 2000.

No new cases have been reported since Feb. 22. If none appear by March 30, officials will declare the outbreak over.

Russo said Friday that the county would keep running free vaccination clinics every Saturday through the end of April.

The boy recovered within about a week. His mother, who asked that the family not be named, said he had missed his first round of shots because of an ear infection, and the family never caught up.

"I think about that supper every day," she said.
""", [
    ('Jan. 27', 'DATE', '2019-01-27'),
    ('two days earlier', 'DATE', '2019-01-25'),
    ('The next day', 'DATE', '2019-01-26'),
    ('the next three weeks', 'DURATION', 'P3W'),
    ('Feb. 1', 'DATE', '2019-02-01'),
    ('That evening', 'DATE|TIME', '2019-02-01TEV'),
    ('the weekend', 'DATE', '2019-W05-WE'),
    ('two hours', 'DURATION', 'PT2H'),
    ('10 days', 'DURATION', 'P10D'),
    ('Feb. 11', 'DATE', '2019-02-11'),
    ('21 days', 'DURATION', 'P21D'),
    ('years', 'DURATION', 'PXY'),
    ('February', 'DATE', '2019-02'),
    ('February 2018', 'DATE', '2018-02'),
    ('this year', 'DATE', '2019'),
    ('last year', 'DATE', '2018'),
    ('2014', 'DATE', '2014'),
    ('2000', 'DATE', '2000'),
    ('Feb. 22', 'DATE', '2019-02-22'),
    ('March 30', 'DATE', '2019-03-30'),
    ('Friday', 'DATE', '2019-03-08'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('the end of April', 'DATE', '2019-04'),
    ('about a week', 'DURATION', 'P1W'),
    ('every day', 'SET', 'P1D'),
]),
# 10. CNN Health, Covid-19 vaccine rollout and the plan to release reserved doses (2021)
('2021-01-08', 'auto', """Biden to release nearly all available vaccine doses as states struggle with rollout

By Dana Whitlock, CNN
Updated 6:12 PM ET, Fri January 8, 2021

(CNN) — President-elect Joe Biden plans to release nearly every available dose of Covid-19 vaccine once he takes office, rather than holding back second shots, his transition team said Friday.

Under the Trump administration's approach, about half of the supply is held in reserve so that people can get their second dose of the Pfizer/BioNTech vaccine 21 days after the first, or of the Moderna vaccine 28 days after the first.

Biden, who takes office Jan. 20, believes the government must speed up distribution while making sure the people who need the vaccine most get it now, a transition spokesperson said.

The rollout has been slower than promised. As of Friday morning, more than 21 million doses had been distributed, but only about 5.9 million had been given, according to the US Centers for Disease Control and Prevention.

Federal officials had set a goal of vaccinating 20 million people by the end of December.

Biden has pledged to administer 100 million shots in the first 100 days of his administration. At the pace of the past week, some experts say, it would take years to vaccinate most of the country.

States are trying to catch up. New York Gov. Andrew Cuomo on Monday threatened to fine hospitals up to $100,000 if they did not use their supply within a week, and this week expanded eligibility to some essential workers.

In Florida, seniors waited in line for hours outside vaccination sites last week before several counties switched to appointments.

"Every dose sitting in a freezer is a dose that isn't saving a life," said Dr. Marcus Bell, an emergency physician at George Washington University.

The pressure is growing as the pandemic worsens. The US recorded more than 4,000 Covid-19 deaths on Thursday for the first time, and is now averaging about 2,700 deaths a day.

Pharmacy chains CVS and Walgreens began giving shots in nursing homes in late December, but progress has been uneven. Some long-term care facilities will not see their first clinic until later this month.

The Food and Drug Administration authorized the Pfizer vaccine on Dec. 11 and the Moderna vaccine a week later.

Some public health experts worry that releasing the reserved doses could leave people without a second shot if manufacturing falls behind. Pfizer has said it expects to deliver 200 million doses to the US by the end of July.

A senior official at the Department of Health and Human Services, who asked not to be named, said Friday afternoon that the department was reviewing the plan.
""", [
    ('6:12 PM ET, Fri January 8, 2021', 'TIME', '2021-01-08T18:12'),
    ('Friday', 'DATE', '2021-01-08'),
    ('21 days', 'DURATION', 'P21D'),
    ('28 days', 'DURATION', 'P28D'),
    ('Jan. 20', 'DATE', '2021-01-20'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday morning', 'DATE|TIME', '2021-01-08TMO'),
    ('the end of December', 'DATE', '2020-12'),
    ('the first 100 days', 'DURATION', 'P100D'),
    ('the past week', 'DATE|DURATION', 'P1W|2020-W53'),
    ('years', 'DURATION', 'PXY'),
    ('Monday', 'DATE', '2021-01-04'),
    ('a week', 'DURATION', 'P1W'),
    ('this week', 'DATE', '2021-W01'),
    ('hours', 'DURATION', 'PXH'),
    ('last week', 'DATE', '2020-W53'),
    ('Thursday', 'DATE', '2021-01-07'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a day', 'SET', 'P1D'),
    ('late December', 'DATE', '2020-12'),
    ('later this month', 'DATE', '2021-01'),
    ('Dec. 11', 'DATE', '2020-12-11'),
    ('a week later', 'DATE', '2020-12-18|2020-W51'),
    ('the end of July', 'DATE', '2021-07'),
    ('Friday afternoon', 'DATE|TIME', '2021-01-08TAF'),
]),
# 11. STAT News, full FDA approval of an Alzheimer's drug and Medicare coverage (2023)
('2023-07-07', 'auto', """FDA grants full approval to Alzheimer's drug Leqembi, clearing the way for Medicare coverage

By Naomi Castellanos
July 7, 2023

The Food and Drug Administration on Thursday granted full approval to Leqembi, the Alzheimer's drug from Eisai and Biogen, making it the first treatment shown to slow the course of the disease to win traditional approval.

Within hours, the Centers for Medicare and Medicaid Services said it would begin broadly covering the drug, as long as doctors enter their patients into a national registry that collects data on how it performs outside of trials. The registry portal went live on Thursday afternoon, the agency said.

Leqembi, known generically as lecanemab, received accelerated approval in January based on its ability to clear amyloid plaques from the brain. But Medicare has refused since April 2022 to pay for drugs in its class outside of clinical studies unless they had full approval, a policy that kept the drug out of reach for most patients.

The full approval rests on the 18-month Clarity AD trial of 1,795 people with early Alzheimer's, in which the drug slowed decline on a measure of memory and thinking by 27% compared with placebo.

The label carries a boxed warning, the FDA's strongest, about brain swelling and bleeding known as ARIA, which occurred in about a fifth of trial participants and was usually mild. Patients must have an MRI scan before starting treatment and again before the fifth, seventh, and 14th infusions.

Leqembi is given as an hour-long intravenous infusion every two weeks, and Eisai has set a list price of $26,500 a year.

That schedule could strain infusion centers and families alike. "A patient and a caregiver have to come in twice a month, indefinitely," said Dr. Helen Varga, a neurologist at Oregon Health & Science University. "Many clinics aren't ready for that, and neither are many families."

Eisai has said it hopes to have about 10,000 patients on the drug by the end of March. Analysts expect sales to build slowly this year as hospitals add scanning and infusion capacity and train staff to spot ARIA.

The decision also sets up a crowded market. Eli Lilly expects an FDA decision on its rival antibody, donanemab, by the end of the year.

Biogen's earlier Alzheimer's drug, Aduhelm, won accelerated approval in June 2021 amid fierce criticism over the evidence behind it, and it has been given to only a few thousand patients.

Some neurologists remain skeptical that the benefit seen in the trial, a difference of less than half a point on an 18-point scale, will be noticeable to patients and their families.

Shares of Biogen rose about 1% in early trading Friday.
""", [
    ('July 7, 2023', 'DATE', '2023-07-07'),
    ('Thursday', 'DATE', '2023-07-06'),
    ('hours', 'DURATION', 'PXH'),
    ('Thursday afternoon', 'DATE|TIME', '2023-07-06TAF'),
    ('January', 'DATE', '2023-01'),
    ('April 2022', 'DATE', '2022-04'),
    ('18-month', 'DURATION', 'P18M'),
    ('hour-long', 'DURATION', 'PT1H'),
    ('every two weeks', 'SET', 'P2W'),
    ('a year', 'SET', 'P1Y'),
    ('twice a month', 'SET', 'P1M'),
    ('the end of March', 'DATE', '2024-03'),
    ('this year', 'DATE', '2023'),
    ('the end of the year', 'DATE', '2023'),
    ('June 2021', 'DATE', '2021-06'),
    ('Friday', 'DATE', '2023-07-07'),
]),
# 12. BBC, hospital norovirus outbreak declared over (2025)
('2025-02-18', 'auto', """Norovirus outbreak that closed hospital wards declared over

By Helen Marsh, BBC News, Norfolk

An outbreak of norovirus that forced a Norfolk hospital to close four wards to new admissions has been declared over, more than two weeks after the first patient fell ill.

The first case at East Broadland General Hospital was identified on the night of 30 January on an elderly care ward. Within 48 hours, 11 patients and six members of staff had symptoms of the winter vomiting bug.

The hospital closed the ward to new patients on 1 February and shut three more over the following week as the virus spread.

Visiting was restricted to one hour each afternoon, and non-urgent operations were postponed for five days.

In total, 43 patients and 19 staff were affected. No-one died, but the trust said the closures had added to pressure on its emergency department, where some patients waited more than 12 hours for a bed last week.

The last ward reopened at 08:00 GMT on Sunday after 72 hours without a new case, and the outbreak was formally declared over on Monday.

Chief nurse Sarah Okonjo said on Tuesday: "Our staff have worked incredibly hard over the past three weeks, often covering for colleagues who were off sick themselves.

"Norovirus spreads very easily, and the most important thing anyone can do is stay away from hospitals and care homes until they have been free of symptoms for 48 hours."

The UK Health Security Agency (UKHSA) said norovirus cases in England had been unusually high this winter. Laboratory reports in early February were more than double the average for the same period over the past five years.

NHS England figures show an average of about 1,100 hospital beds a day were occupied by patients with norovirus symptoms last week, compared with about 500 at the same point last year.

Norovirus causes sudden vomiting and diarrhoea. Most people recover within a couple of days, but it can be dangerous for the very old, the very young and people with weakened immune systems.

There is no vaccine, although a large trial of an experimental norovirus vaccine began recruiting adults in England in October.

The trust said it would review its infection control procedures over the next month and report its findings to its board in April.
""", [
    ('more than two weeks', 'DURATION', 'P2W'),
    ('the night of 30 January', 'DATE|TIME', '2025-01-30TNI'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('1 February', 'DATE', '2025-02-01'),
    ('the following week', 'DATE|DURATION', '2025-W06|P1W'),
    ('one hour', 'DURATION', 'PT1H'),
    ('each afternoon', 'SET', 'XXXX-XX-XXTAF'),
    ('five days', 'DURATION', 'P5D'),
    ('more than 12 hours', 'DURATION', 'PT12H'),
    ('last week', 'DATE', '2025-W07'),
    ('08:00 GMT on Sunday', 'TIME', '2025-02-16T08:00'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('Monday', 'DATE', '2025-02-17'),
    ('Tuesday', 'DATE', '2025-02-18'),
    ('the past three weeks', 'DURATION', 'P3W'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('this winter', 'DATE', '2024-WI|2025-WI'),
    ('early February', 'DATE', '2025-02'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('a day', 'SET', 'P1D'),
    ('last week', 'DATE', '2025-W07'),
    ('last year', 'DATE', '2024'),
    ('a couple of days', 'DURATION', 'P2D|PXD'),
    ('October', 'DATE', '2024-10'),
    ('the next month', 'DURATION', 'P1M'),
    ('April', 'DATE', '2025-04'),
]),
]
