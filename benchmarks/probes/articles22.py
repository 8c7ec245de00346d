# Gold TIMEX3 probe set 22: twelve texts of 2000-2024 in the styles of NPR and VOA transcripts, press releases, Wikinews, Al Jazeera English, the South China Morning Post, the Times of India and magazine features, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. NPR, All Things Considered broadcast transcript: product recall (2016)
('2016-02-10', 'auto', """Space Heater Maker Recalls 2 Million Units After Fires

ELISE GRANT, HOST:

A company that makes portable space heaters is recalling about 2 million of them today. Federal safety regulators say the heaters can overheat and catch fire, and they have been linked to at least 40 house fires over the past three years. NPR's Daniel Ortiz reports.

DANIEL ORTIZ, BYLINE: The recall covers oil-filled radiator heaters sold under the Warmstead brand between September 2011 and December 2015. The U.S. Consumer Product Safety Commission announced it this morning along with the manufacturer, Ohio-based Castell Appliance. The commission says a faulty thermostat can fail to shut the unit off. Castell has received 112 reports of heaters melting or smoking, and the fires caused an estimated $3.4 million in property damage.

Castell first heard about problems in early 2014, according to documents the commission released. Company spokeswoman Renee Walsh told NPR on Tuesday that engineers spent months trying to reproduce the defect.

RENEE WALSH: We take this very seriously. As soon as we could confirm the cause last fall, we stopped shipping that model and we went straight to the commission.

ORTIZ: Consumer advocates say that is not good enough. Federal law requires companies to report a potential hazard within 24 hours of learning about it. Marcus Dunn of the Consumer Safety Alliance says Castell waited nearly two years.

MARCUS DUNN: These heaters were sitting next to kids' beds. Families deserved to know a whole lot sooner.

ORTIZ: The timing matters, Dunn says, because this is when the heaters are running hardest. Last week, a fire in a Toledo apartment that investigators tied to one of the recalled heaters sent two children to the hospital with smoke inhalation.

Castell says owners should stop using the heaters now and call a toll-free number for a free replacement. The line opens at 8 a.m. tomorrow and will be staffed daily until the end of April. The company expects most replacements to ship by the end of March. It is the second recall for Castell in five years; in 2012, it pulled a line of dehumidifiers from store shelves after a handful of them started fires.

The commission is also weighing a civil penalty against the company, which could reach $15 million. A decision is expected in the coming months.

Daniel Ortiz, NPR News, Washington.
""", [
    ('today', 'DATE', '2016-02-10'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('September 2011', 'DATE', '2011-09'),
    ('December 2015', 'DATE', '2015-12'),
    ('this morning', 'DATE|TIME', '2016-02-10TMO'),
    ('early 2014', 'DATE', '2014'),
    ('Tuesday', 'DATE', '2016-02-09'),
    ('months', 'DURATION', 'PXM'),
    ('last fall', 'DATE', '2015-FA'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('nearly two years', 'DURATION', 'P2Y'),
    ('Last week', 'DATE', '2016-W05'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('8 a.m. tomorrow', 'TIME', '2016-02-11T08:00'),
    ('daily', 'SET', 'P1D'),
    ('the end of April', 'DATE', '2016-04'),
    ('the end of March', 'DATE', '2016-03'),
    ('five years', 'DURATION', 'P5Y'),
    ('2012', 'DATE', '2012'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
]),

# 2. Voice of America news report: space mission (2019)
('2019-01-04', 'auto', """European Probe Slips Into Orbit Around Distant Asteroid

January 04, 2019 10:32 PM

Anna Kovac

DARMSTADT, GERMANY - A European spacecraft has slipped into orbit around a small asteroid more than 300 million kilometers from Earth, completing a journey that began more than six years ago.

Flight controllers at the European Space Agency's operations center here confirmed at 7:41 p.m. local time Friday that the Ariadne probe had fired its engines for the last time and was circling the asteroid Teodora. Radio signals from the spacecraft take about 17 minutes to reach Earth.

"Tonight we can finally say we are there," mission manager Ingrid Solberg told reporters as the control room erupted in applause. "For six years, this team has lived on a spacecraft's schedule."

Ariadne lifted off from Kourou, French Guiana, in October 2012. It swung past Earth in 2014 and past Mars two years later, using each planet's gravity to pick up speed.

The probe will spend the next 18 months mapping the asteroid's surface from an orbit about 20 kilometers high. At first, controllers will talk to the probe twice a day. Next summer, they plan to lower it to just five kilometers, and in early 2020 it is scheduled to drop a small lander about the size of a microwave oven onto the surface.

Scientists believe the asteroid, which is about 900 meters wide, has barely changed since the birth of the solar system. "It is like a time capsule," said planetary scientist Tomas Reyes of the University of Lisbon, who leads one of the probe's camera teams. "Every rock on that surface is a clue."

The arrival adds to a remarkable run of news from deep space. On Thursday, China said its Chang'e-4 lander had touched down on the far side of the moon, and NASA's New Horizons spacecraft flew past a distant object known as Ultima Thule on New Year's Day.

ESA officials say Ariadne has cost about 780 million euros so far. Its funding runs through the end of 2020, and the agency's member states will decide later this year whether to extend the mission.

Reyes said the team expected to release the first close-up images within days. Researchers hope the data will help explain how water and organic material reached the early Earth.

"Every asteroid we visit teaches us something new," Solberg said. "This one has been waiting for us."
""", [
    ('January 04, 2019 10:32 PM', 'TIME', '2019-01-04T22:32'),
    ('more than six years ago', 'DATE', '2012'),
    ('7:41 p.m. local time Friday', 'TIME', '2019-01-04T19:41'),
    ('about 17 minutes', 'DURATION', 'PT17M'),
    ('Tonight', 'DATE|TIME', '2019-01-04TNI'),
    ('six years', 'DURATION', 'P6Y'),
    ('October 2012', 'DATE', '2012-10'),
    ('2014', 'DATE', '2014'),
    ('two years later', 'DATE', '2016'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('twice a day', 'SET', 'P1D'),
    ('Next summer', 'DATE', '2019-SU'),
    ('early 2020', 'DATE', '2020'),
    ('Thursday', 'DATE', '2019-01-03'),
    ("New Year's Day", 'DATE', '2019-01-01'),
    ('the end of 2020', 'DATE', '2020|2020-12'),
    ('later this year', 'DATE', '2019'),
    ('days', 'DURATION', 'PXD'),
]),

# 3. South China Morning Post, Hong Kong news: typhoon (2014)
('2014-09-16', 'auto', """Typhoon Kaiyo: city counts the cost after No 8 signal shuts schools and stock market

Hong Kong came to a standstill yesterday as Typhoon Kaiyo skirted the city, forcing the Observatory to keep the No 8 gale signal in force for more than 14 hours and leaving tens of thousands of commuters stranded.

The signal was raised at 4.40am and lowered at 6.50pm, after the storm's centre had passed about 90km to the southwest. The Observatory said Kaiyo came closest to the city at about 11am, packing sustained winds of 150km/h, before making landfall in western Guangdong around 8pm.

"Kaiyo weakened faster than we expected in the last few hours before landfall," said Observatory senior scientific officer Leung Wing-yan. "Hong Kong was lucky. A slight shift to the north and we would have been looking at a No 10."

The Hospital Authority said 37 people were treated for injuries, most of them hit by falling objects. More than 400 trees were reported toppled, and the Drainage Services Department received 23 reports of flooding, mostly in the New Territories.

The stock exchange cancelled all trading, its first closure since Typhoon Usagi in September last year. Cathay Pacific and Dragonair cancelled more than 200 flights, and the Airport Authority said about 10,000 passengers were stranded in the terminal.

By this morning, MTR services had returned to normal and most schools had reopened, although the Education Bureau said kindergartens in Tai Po and Sai Kung would stay closed until Wednesday while debris is cleared. A government spokesman said clean-up work would continue over the next few days.

Kaiyo killed at least 11 people in the Philippines late last week and left more than 100,000 homes without power in Luzon.

It is the third storm to prompt a No 8 signal this year. Hong Kong typically feels the effects of five or six tropical cyclones a year, and the city last hoisted the No 10 hurricane signal, the highest on the scale, in July 2012, when Typhoon Vicente passed within 100km.

Forecasters warned that a tropical depression forming east of the Philippines could strengthen and bring heavy rain to southern China later this week. "We cannot rule out the need for signals again by the weekend," Leung said.

Lawmakers from several parties called on the government to review its typhoon work arrangements, saying many employees had been ordered to report for duty within two hours of the signal being lowered.
""", [
    ('yesterday', 'DATE', '2014-09-15'),
    ('more than 14 hours', 'DURATION', 'PT14H'),
    ('4.40am', 'TIME', '2014-09-15T04:40'),
    ('6.50pm', 'TIME', '2014-09-15T18:50'),
    ('about 11am', 'TIME', '2014-09-15T11:00'),
    ('around 8pm', 'TIME', '2014-09-15T20:00'),
    ('the last few hours', 'DURATION', 'PTXH'),
    ('September last year', 'DATE', '2013-09'),
    ('this morning', 'DATE|TIME', '2014-09-16TMO'),
    ('Wednesday', 'DATE', '2014-09-17'),
    ('the next few days', 'DURATION', 'PXD'),
    ('late last week', 'DATE', '2014-W37'),
    ('this year', 'DATE', '2014'),
    ('a year', 'SET', 'P1Y'),
    ('July 2012', 'DATE', '2012-07'),
    ('later this week', 'DATE', '2014-W38'),
    ('the weekend', 'DATE', '2014-W38-WE'),
    ('two hours', 'DURATION', 'PT2H'),
]),

# 4. Al Jazeera English news report: court verdict (2021)
('2021-06-29', 'auto', """South African court convicts mine bosses over deadly dam collapse

Three former executives found guilty of culpable homicide over 2018 disaster that killed 19 people in Mpumalanga province.

Published On 29 Jun 2021

Johannesburg, South Africa - A South African court has found three former executives of a coal mining company guilty of culpable homicide over the collapse of a waste dam that killed 19 people more than three years ago.

Judge Nomsa Khumalo of the Mpumalanga High Court delivered the verdict on Tuesday after a trial that lasted 14 months, saying the company's managers had ignored repeated warnings that the dam wall was unstable.

"The accused knew, or ought to have known, that lives were at risk," Khumalo said in a judgment that took nearly four hours to read.

The men, all employed by Highveld Carbon when the dam failed, will be sentenced on August 16. Culpable homicide carries no minimum sentence in South Africa, but prosecutors said they would ask for at least 10 years in prison for each of them.

The dam, which held millions of litres of coal slurry, gave way on March 4, 2018, burying a row of homes in the village below. Rescue workers dug through the mud for nine days.

Survivors gathered outside the courthouse in Middelburg on Tuesday morning, singing and holding up photographs of relatives.

"We have waited three years for someone to say this was not an accident," said Thandiwe Mahlangu, 52, whose husband and two sons died. "Today the court listened."

An inquiry commissioned by the government found in 2019 that the company had known about cracks in the dam wall since 2015 and had postponed repairs twice to cut costs.

Highveld Carbon, which was placed under business rescue in 2020, has paid 45 million rand into a compensation fund, but families say most of them have received nothing. The company did not respond to Al Jazeera's request for comment.

Defence lawyer Pieter van Wyk said his clients would appeal. "This judgment sets a dangerous precedent for the entire industry," he told reporters, adding that papers would be filed within 14 days.

Mining accidents killed 60 people in South Africa last year, according to the Minerals Council, the lowest toll on record. But environmental groups say the risks posed by mine waste have been neglected.

They said the verdict should push the government to inspect the country's more than 200 tailings dams every year, rather than every five years as is currently required.

Source: Al Jazeera
""", [
    ('2018', 'DATE', '2018'),
    ('29 Jun 2021', 'DATE', '2021-06-29'),
    ('more than three years ago', 'DATE', '2018'),
    ('Tuesday', 'DATE', '2021-06-29'),
    ('14 months', 'DURATION', 'P14M'),
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('August 16', 'DATE', '2021-08-16'),
    ('at least 10 years', 'DURATION', 'P10Y'),
    ('March 4, 2018', 'DATE', '2018-03-04'),
    ('nine days', 'DURATION', 'P9D'),
    ('Tuesday morning', 'DATE|TIME', '2021-06-29TMO'),
    ('three years', 'DURATION', 'P3Y'),
    ('Today', 'DATE', '2021-06-29'),
    ('2019', 'DATE', '2019'),
    ('2015', 'DATE', '2015'),
    ('2020', 'DATE', '2020'),
    ('14 days', 'DURATION', 'P14D'),
    ('last year', 'DATE', '2020'),
    ('every year', 'SET', 'P1Y'),
    ('every five years', 'SET', 'P5Y'),
    ('currently', 'DATE', 'PRESENT_REF'),
]),

# 5. The Times of India, city news: monsoon (2009)
('2009-06-20', 'auto', """Monsoon delay: BMC announces 15% water cut from Monday

MUMBAI: With the monsoon running more than a week behind schedule and lake levels falling fast, the BMC on Friday announced a 15% cut in water supply across the city from Monday.

The India Meteorological Department (IMD) had forecast that the southwest monsoon would reach Mumbai around June 10, its normal date of arrival. Ten days later, the city is still waiting. On Friday, skies over south Mumbai remained largely clear and the mercury touched 34.6 degrees Celsius at Colaba. Santacruz has recorded just 2.4 mm of rain this month.

"The monsoon current has been weak for the past few days, and we expect it to revive only after June 24," said an IMD official in Pune.

Additional municipal commissioner R K Jadhav said the city's six lakes held enough water to last roughly 40 days. "If the rains do not pick up by early July, we will have to consider a 30% cut," he said. The civic body will review the cut every Monday until lake levels recover.

Last year, the monsoon arrived on June 7 and the lakes were overflowing by the end of July. The BMC last imposed a cut of this size in 2004, when the rains failed for nearly three weeks after their onset.

In Andheri and Borivli, residents said tanker operators had already raised their rates. "A tanker cost Rs 800 last month. Now they are asking Rs 1,500," said Sunita Desai, secretary of a housing society in Andheri (East).

Across the country, rainfall since June 1 has been 47% below normal, the IMD said on Thursday. Farmers in Maharashtra, Punjab and Haryana have delayed the sowing of kharif crops such as paddy and soyabean, and agriculture officials fear a drop in output if the deficit continues.

Officials in the Union agriculture ministry said they would review the situation weekly and had asked state governments to prepare contingency plans for the next two months, including the supply of seeds for short-duration varieties.

The IMD has said it will issue an updated forecast for July and August by the end of the month. Its director general told reporters in New Delhi that the El Nino conditions developing in the Pacific were "a cause for concern" but that it was too early to declare a drought.

Meanwhile, the BMC has asked housing societies to check for leaks and has appealed to citizens not to wash cars with hosepipes.
""", [
    ('Monday', 'DATE', '2009-06-22'),
    ('more than a week', 'DURATION', 'P1W'),
    ('Friday', 'DATE', '2009-06-19'),
    ('Monday', 'DATE', '2009-06-22'),
    ('June 10', 'DATE', '2009-06-10'),
    ('Ten days later', 'DATE', '2009-06-20'),
    ('Friday', 'DATE', '2009-06-19'),
    ('this month', 'DATE', '2009-06'),
    ('the past few days', 'DURATION', 'PXD'),
    ('June 24', 'DATE', '2009-06-24'),
    ('roughly 40 days', 'DURATION', 'P40D'),
    ('early July', 'DATE', '2009-07'),
    ('every Monday', 'SET', 'XXXX-WXX-1'),
    ('Last year', 'DATE', '2008'),
    ('June 7', 'DATE', '2008-06-07'),
    ('the end of July', 'DATE', '2008-07'),
    ('2004', 'DATE', '2004'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('last month', 'DATE', '2009-05'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('June 1', 'DATE', '2009-06-01'),
    ('Thursday', 'DATE', '2009-06-18'),
    ('weekly', 'SET', 'P1W'),
    ('the next two months', 'DURATION', 'P2M'),
    ('July', 'DATE', '2009-07'),
    ('August', 'DATE', '2009-08'),
    ('the end of the month', 'DATE', '2009-06'),
]),

# 6. NPR, Weekend Edition broadcast transcript: election campaign (2004)
('2004-10-30', 'auto', """Candidates Make Closing Push In Tight Iowa House Race

PAUL HADLEY, HOST:

With three days to go until Election Day, candidates across the country are making their final appeals. In Iowa, one of the closest House races in the nation has drawn millions of dollars in outside money. From member station WOI in Ames, Megan Cole reports.

MEGAN COLE, BYLINE: At 7 this morning, Democrat Karen Holt was already shaking hands outside a grocery store on the east side of Des Moines. She has made 14 stops since Thursday, and she plans eight more before the polls close Tuesday night.

KAREN HOLT: I'm going to sleep on Wednesday. (LAUGHTER) Maybe.

COLE: Holt, a former school superintendent, is trying to unseat three-term Republican Dale Simmons. Simmons first won the seat in 1998 and has never received less than 55 percent of the vote. But a poll released Wednesday by the Des Moines Register showed the race essentially tied, with about 8 percent of likely voters undecided.

Simmons spent Friday afternoon at a rally at a farm implement dealer in Newton, where he told supporters the local economy was turning around.

DALE SIMMONS: Two years ago, people said we couldn't bring jobs back to this part of Iowa. Well, the plant in Newton is hiring again.

(APPLAUSE)

COLE: Outside groups have spent more than $4 million on television ads here since Labor Day, according to the Campaign Media Analysis Group. Viewers in Des Moines can hardly get through a newscast without seeing one.

Early voting has also changed the shape of the race. Iowa allows voters to cast ballots in person or by mail for 40 days before the election, and county auditors say more than 180,000 Iowans had voted by Friday, nearly double the number four years ago. Ruth Adler, a political scientist at Drake University, says that forces campaigns to rethink their timing.

RUTH ADLER: In the past, you saved your money for the last stretch. Now, a lot of people have voted before they ever see your closing ad.

COLE: Both campaigns will spend tomorrow, Halloween, at churches and at football watch parties. Holt plans a rally with the governor on Monday evening in Ames. Simmons will close his campaign with a pancake breakfast in his hometown of Knoxville early Tuesday.

Polls in Iowa open at 7 a.m. and close at 9 p.m. on Tuesday. For NPR News, I'm Megan Cole in Des Moines.
""", [
    ('three days', 'DURATION', 'P3D'),
    ('Election Day', 'DATE', '2004-11-02'),
    ('7 this morning', 'TIME', '2004-10-30T07:00'),
    ('Thursday', 'DATE', '2004-10-28'),
    ('Tuesday night', 'DATE|TIME', '2004-11-02TNI'),
    ('Wednesday', 'DATE', '2004-11-03'),
    ('1998', 'DATE', '1998'),
    ('Wednesday', 'DATE', '2004-10-27'),
    ('Friday afternoon', 'DATE|TIME', '2004-10-29TAF'),
    ('Two years ago', 'DATE', '2002'),
    ('Labor Day', 'DATE', '2004-09-06'),
    ('40 days', 'DURATION', 'P40D'),
    ('Friday', 'DATE', '2004-10-29'),
    ('four years ago', 'DATE', '2000'),
    ('the past', 'DATE', 'PAST_REF'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('tomorrow', 'DATE', '2004-10-31'),
    ('Halloween', 'DATE', '2004-10-31'),
    ('Monday evening', 'DATE|TIME', '2004-11-01TEV'),
    ('early Tuesday', 'DATE', '2004-11-02'),
    ('7 a.m.', 'TIME', '2004-11-02T07:00'),
    ('9 p.m. on Tuesday', 'TIME', '2004-11-02T21:00'),
]),

# 7. Wikinews article: festival (2007)
('2007-08-13', 'auto', """Record crowds as Krakow jazz festival closes

Monday, August 13, 2007

The 12th Vistula Jazz Festival closed in Krakow, Poland on Sunday night after ten days of concerts that organisers say drew a record 85,000 visitors.

The festival, held every August since 1996, featured more than 120 performers from 23 countries on six stages along the Vistula river. About 70,000 people attended last year.

The closing concert, which began at 9 p.m. on Sunday, was headlined by the American saxophonist Lorraine Booker and ran past midnight. City police estimated the crowd in the Main Market Square at 15,000.

Festival director Marek Zajac told Wikinews on Monday that the event had outgrown the venues it started in. "Ten years ago we were playing in a cinema basement for 300 people," Zajac said. "Now we close the main square."

Not everything went smoothly. On August 7, a thunderstorm forced organisers to cancel the programme on the riverside stage, and two concerts were moved to the following day. Residents of the Kazimierz district have complained about noise in recent years, and the city council this spring limited amplified music near residential buildings.

The festival's budget this year was 4.2 million zloty, about a third of which came from the city. Krakow officials say the festival brings more than 20 million zloty to local hotels, restaurants and shops every year.

Several Polish musicians used the festival to launch new albums. The pianist Tomasz Wrobel, 24, played to a packed tent on Friday and said afterwards that he had spent three years writing the material. "This is the audience I dreamed about as a student," he said.

Organisers said the 13th festival will open on August 1, 2008, and that tickets will go on sale in early spring. Zajac said he hoped to add a stage for student bands and to bring more musicians from Ukraine and Belarus.

The festival is one of several large events in the city this summer. The Jewish Culture Festival in Kazimierz took place in late June and early July, and the Pierogi Festival is due to begin on Friday.

Sources

* Anna Zielinska. "Rekordowy festiwal nad Wisla" - Dziennik Polski, August 12, 2007
""", [
    ('Monday, August 13, 2007', 'DATE', '2007-08-13'),
    ('Sunday night', 'DATE|TIME', '2007-08-12TNI'),
    ('ten days', 'DURATION', 'P10D'),
    ('every August', 'SET', 'XXXX-08'),
    ('1996', 'DATE', '1996'),
    ('last year', 'DATE', '2006'),
    ('9 p.m. on Sunday', 'TIME', '2007-08-12T21:00'),
    ('midnight', 'TIME', '2007-08-12T24:00|2007-08-13T00:00'),
    ('Monday', 'DATE', '2007-08-13'),
    ('Ten years ago', 'DATE', '1997'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('August 7', 'DATE', '2007-08-07'),
    ('the following day', 'DATE', '2007-08-08'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('this spring', 'DATE', '2007-SP'),
    ('this year', 'DATE', '2007'),
    ('every year', 'SET', 'P1Y'),
    ('Friday', 'DATE', '2007-08-10'),
    ('three years', 'DURATION', 'P3Y'),
    ('August 1, 2008', 'DATE', '2008-08-01'),
    ('early spring', 'DATE', '2008-SP'),
    ('this summer', 'DATE', '2007-SU'),
    ('late June', 'DATE', '2007-06'),
    ('early July', 'DATE', '2007-07'),
    ('Friday', 'DATE', '2007-08-17'),
    ('August 12, 2007', 'DATE', '2007-08-12'),
]),

# 8. Local government press release (UK city council): museum opening (2022)
('2022-11-03', 'auto', """Sunderland City Council - Press release

3 November 2022

New museum of glass and shipbuilding to open its doors on Saturday

The Wearside Museum of Making, a GBP 28 million museum telling the story of Sunderland's glassmaking and shipbuilding industries, will open to the public at 10am on Saturday 5 November, the City Council announced today.

The museum occupies the former Crown Works engine shed on the north bank of the River Wear, which stood empty for more than 30 years after the last shipyard on the river closed in 1988.

Work on the building began in spring 2019 and was delayed by almost a year during the Covid-19 pandemic. The museum was originally due to open in summer 2021.

Its collection of more than 4,000 objects includes a Victorian glass furnace door, the launch bell of the last ship built on the Wear and a 12-metre model of the river as it looked at the height of its shipbuilding boom. Many of the objects were donated by former shipyard workers and their families.

Councillor Joan Harper, Cabinet Member for Culture, said: "This river built ships for the whole world. Now our children will be able to see what their grandparents made with their own hands. This has been a decade in the planning, and I could not be prouder of everyone who made it happen."

Admission will be free, and the museum will be closed on Mondays. Over the weekend, visitors will be able to watch glassblowing demonstrations every hour in the museum's working studio, and a fireworks display over the river will begin at 7pm on Saturday as part of the city's Bonfire Night celebrations.

The council expects around 150,000 visitors in the museum's first 12 months. The museum will employ 42 staff, most of them recruited locally.

The project was funded by the National Lottery Heritage Fund, which awarded GBP 11.5 million in 2018, and by the council's capital programme. A second phase, including a learning centre and a riverside cafe, is planned to open in 2024.

ENDS

Notes to editors

1. A media preview will be held at 9.30am on Friday 4 November. Journalists wishing to attend should contact the council press office by noon tomorrow.

2. Images of the museum are available on request.
""", [
    ('3 November 2022', 'DATE', '2022-11-03'),
    ('Saturday', 'DATE', '2022-11-05'),
    ('10am on Saturday 5 November', 'TIME', '2022-11-05T10:00'),
    ('today', 'DATE', '2022-11-03'),
    ('more than 30 years', 'DURATION', 'P30Y'),
    ('1988', 'DATE', '1988'),
    ('spring 2019', 'DATE', '2019-SP'),
    ('almost a year', 'DURATION', 'P1Y'),
    ('summer 2021', 'DATE', '2021-SU'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Mondays', 'SET', 'XXXX-WXX-1'),
    ('the weekend', 'DATE', '2022-W44-WE'),
    ('every hour', 'SET', 'PT1H'),
    ('7pm on Saturday', 'TIME', '2022-11-05T19:00'),
    ('Bonfire Night', 'DATE', '2022-11-05'),
    ('first 12 months', 'DURATION', 'P12M'),
    ('2018', 'DATE', '2018'),
    ('2024', 'DATE', '2024'),
    ('9.30am on Friday 4 November', 'TIME', '2022-11-04T09:30'),
    ('noon tomorrow', 'TIME', '2022-11-04T12:00'),
]),

# 9. Voice of America news report: trade deal (2010)
('2010-12-08', 'auto', """Bangladesh, Malaysia Sign Pact to Cut Tariffs

DHAKA - Bangladesh and Malaysia signed a trade agreement Tuesday that will eliminate tariffs on most goods traded between the two countries over the next eight years, officials said.

The deal was signed in Kuala Lumpur by the two countries' trade ministers after nearly four years of negotiations. Talks began in early 2007 but stalled in 2008 over Malaysia's demand for greater access to Bangladesh's banking sector.

Under the agreement, Malaysia will remove duties on Bangladeshi garments, jute and leather goods as soon as the pact takes effect on July 1. Bangladesh will cut its tariffs on Malaysian palm oil, electronics and machinery gradually, with the final reductions due in 2018.

Trade between the two countries was worth about $1.1 billion last year, heavily in Malaysia's favor. Bangladeshi officials hope exports to Malaysia will triple by 2015.

"For a decade, our exporters have asked for this," said Mahbub Rahman, a senior Commerce Ministry official. "This gives our garment makers a market of 28 million people, starting next year."

Malaysia is also home to about 300,000 Bangladeshi workers. The recruitment of new workers, frozen by Malaysia in March 2009, was not part of the agreement, but officials said the two sides would discuss it at a meeting in Dhaka next month.

Business groups welcomed the deal. The Bangladesh Garment Manufacturers and Exporters Association said Wednesday that its members had lost orders in recent months as rising cotton prices squeezed their margins, and that new markets were urgently needed.

Economists cautioned that the benefits could take years to appear. "Tariff cuts are only part of the story," said Farhana Kabir, an economist at the Centre for Policy Dialogue in Dhaka. "Shipping a container from Chittagong to Port Klang still takes about 10 days, and the paperwork can add another week."

Malaysia has signed bilateral trade deals with Japan, Pakistan and New Zealand since 2005, and this year it began talks with India on a broader economic partnership. Bangladesh, one of the world's poorest countries, has relied heavily on duty-free access to Europe for its garment exports.

Bangladesh's parliament is expected to ratify the agreement in the coming weeks. Under its terms, both governments will review the pact every two years.
""", [
    ('Tuesday', 'DATE', '2010-12-07'),
    ('the next eight years', 'DURATION', 'P8Y'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('early 2007', 'DATE', '2007'),
    ('2008', 'DATE', '2008'),
    ('July 1', 'DATE', '2011-07-01'),
    ('2018', 'DATE', '2018'),
    ('last year', 'DATE', '2009'),
    ('2015', 'DATE', '2015'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('next year', 'DATE', '2011'),
    ('March 2009', 'DATE', '2009-03'),
    ('next month', 'DATE', '2011-01'),
    ('Wednesday', 'DATE', '2010-12-08'),
    ('recent months', 'DURATION|DATE', 'PXM|PAST_REF'),
    ('years', 'DURATION', 'PXY'),
    ('about 10 days', 'DURATION', 'P10D'),
    ('another week', 'DURATION', 'P1W'),
    ('2005', 'DATE', '2005'),
    ('this year', 'DATE', '2010'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('every two years', 'SET', 'P2Y'),
]),

# 10. The Times of India, sport: cricket series (2001)
('2001-12-14', 'auto', """Spinners put India 1-0 up as England crumble at Mohali

MOHALI: India wrapped up a 10-wicket win over England in the first Test at the PCA Stadium on Thursday, completing the job with more than a day to spare after their spinners bowled the visitors out for 235 in the second innings.

England, who chose to bat after winning the toss on Monday, resumed on 191 for five, still 40 runs short of making India bat again, and lost their last five wickets in a little over an hour. India needed just five runs to win, and the openers knocked them off in seven balls shortly before lunch.

It was India's first Test win over England at home since 1993, when the visitors were beaten 3-0. India have not lost a home Test series since 2000, when South Africa won 2-0.

"The boys have been working on this for the past two weeks at the camp in Bangalore," a senior team official said. "We knew the pitch would help the spinners, and they bowled beautifully."

About 18,000 spectators turned up on Thursday, many of them schoolchildren who were let in free. The BCCI said on Friday that more than 30,000 tickets had been sold for the second Test since counters opened in Ahmedabad last week.

England arrived in India nearly four weeks ago without several senior players, who opted out of the tour after the September 11 attacks in the United States. An England team spokesman said the squad would fly to Ahmedabad on Saturday and train there on Sunday and Monday ahead of the second Test, which begins on December 19.

The Indian team will assemble in Ahmedabad on Monday evening, with the first practice session at 9am on Tuesday. The selectors are expected to retain the same 14 players.

The third and final Test is scheduled to start in Bangalore on December 27, after which the two teams will play a six-match one-day series beginning in mid-January.

England's batsmen will need to find answers quickly. In two innings at Mohali, only two of them survived for more than three hours at the crease, and the touring side's management admitted it had underestimated how much the ball would turn.
""", [
    ('Thursday', 'DATE', '2001-12-13'),
    ('more than a day', 'DURATION', 'P1D'),
    ('Monday', 'DATE', '2001-12-10'),
    ('a little over an hour', 'DURATION', 'PT1H'),
    ('1993', 'DATE', '1993'),
    ('2000', 'DATE', '2000'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('Thursday', 'DATE', '2001-12-13'),
    ('Friday', 'DATE', '2001-12-14'),
    ('last week', 'DATE', '2001-W49'),
    ('nearly four weeks ago', 'DATE', '2001-W46|2001-11-16'),
    ('September 11', 'DATE', '2001-09-11'),
    ('Saturday', 'DATE', '2001-12-15'),
    ('Sunday', 'DATE', '2001-12-16'),
    ('Monday', 'DATE', '2001-12-17'),
    ('December 19', 'DATE', '2001-12-19'),
    ('Monday evening', 'DATE|TIME', '2001-12-17TEV'),
    ('9am on Tuesday', 'TIME', '2001-12-18T09:00'),
    ('December 27', 'DATE', '2001-12-27'),
    ('mid-January', 'DATE', '2002-01'),
    ('more than three hours', 'DURATION', 'PT3H'),
]),

# 11. Corporate press release (newswire): merger announcement (2015)
('2015-05-11', 'auto', """Harlan Foods and Prairie Mills to Combine, Creating a Leading North American Packaged Foods Company

CHICAGO & MINNEAPOLIS--(BUSINESS WIRE)--May 11, 2015--Harlan Foods Inc. (NYSE: HLF) and Prairie Mills Corporation (NYSE: PRM) today announced that their boards of directors have unanimously approved a definitive agreement under which the companies will combine in an all-stock transaction valued at approximately $8.7 billion, including the assumption of debt.

Under the terms of the agreement, Prairie Mills shareholders will receive 0.87 shares of Harlan common stock for each Prairie Mills share they own, representing a premium of 24 percent over Prairie Mills' closing price on Friday, May 8, 2015. Upon completion, Harlan shareholders will own approximately 62 percent of the combined company and Prairie Mills shareholders approximately 38 percent.

The combined company expects to achieve approximately $250 million in cost savings by the end of fiscal 2017 and expects the transaction to be accretive to adjusted earnings per share within two years of closing.

"Our two companies have shared customers, suppliers and a Midwestern heritage for nearly 90 years," said Thomas Reilly, Chairman and Chief Executive Officer of Harlan Foods. "Today we are bringing together some of the most trusted brands in the American pantry."

Following the close, Reilly will serve as Chairman and CEO of the combined company, and Prairie Mills CEO Susan Lindqvist will serve as President and Chief Operating Officer until her planned retirement at the end of 2016. The combined company will be headquartered in Chicago and will maintain a significant presence in Minneapolis.

Prairie Mills reported net sales of $3.9 billion in fiscal 2014, which ended August 31, 2014.

The transaction is expected to close in the fourth quarter of 2015, subject to approval by shareholders of both companies, regulatory approvals and other customary closing conditions. Special shareholder meetings of both companies are expected to be held in the third quarter.

Conference Call

Harlan Foods and Prairie Mills will host a joint conference call and webcast for investors and analysts at 8:30 a.m. Eastern Time today. A replay will be available for 30 days on both companies' websites.

About Harlan Foods

Founded in 1926, Harlan Foods is one of North America's largest makers of soups, sauces and frozen meals. The company employs approximately 14,000 people.

About Prairie Mills

Prairie Mills, founded in 1931, produces breakfast cereals, baking mixes and snacks sold in more than 40 countries.

Forward-Looking Statements

This press release contains forward-looking statements, including statements about the expected timing, completion and effects of the proposed transaction. Actual results may differ materially. Neither company undertakes any obligation to update these statements except as required by law.
""", [
    ('May 11, 2015', 'DATE', '2015-05-11'),
    ('today', 'DATE', '2015-05-11'),
    ('Friday, May 8, 2015', 'DATE', '2015-05-08'),
    ('the end of fiscal 2017', 'DATE', 'FY2017|2017'),
    ('two years', 'DURATION', 'P2Y'),
    ('nearly 90 years', 'DURATION', 'P90Y'),
    ('Today', 'DATE', '2015-05-11'),
    ('the end of 2016', 'DATE', '2016|2016-12'),
    ('fiscal 2014', 'DATE', 'FY2014|2014'),
    ('August 31, 2014', 'DATE', '2014-08-31'),
    ('the fourth quarter of 2015', 'DATE', '2015-Q4'),
    ('the third quarter', 'DATE', '2015-Q3'),
    ('8:30 a.m. Eastern Time today', 'TIME', '2015-05-11T08:30'),
    ('30 days', 'DURATION', 'P30D'),
    ('1926', 'DATE', '1926'),
    ('1931', 'DATE', '1931'),
]),

# 12. Long-form magazine feature: profile of a scientist (2023)
('2023-04-17', 'auto', """The Ice Listener

For forty years, Karin Lund has been recording the sounds of Norway's melting glaciers. Now the rest of the world is paying attention.

Last September, under a gray sky, Karin Lund knelt on the snout of the Nigardsbreen glacier in western Norway and lowered a hydrophone into a pool of meltwater. Beneath her boots, water was forcing its way through the ice. "Hear that?" she said, handing me the headphones. "That is the glacier losing weight."

Lund is 71, and she has made the trip every summer since 1983. She grew up in Bergen in the 1950s, the daughter of a ferry captain, and studied physics at the University of Oslo, where in 1976 she became one of the first women to earn a doctorate in geophysics. A photograph her grandfather took in 1937, showing the ice reaching almost to the valley floor, hangs above her desk.

Her central idea, that the sounds a glacier makes could reveal how fast it is melting, was dismissed throughout the 1980s. "People thought I was playing with tape recorders," she says, laughing. "For about ten years, nobody would publish me."

That changed in 1994, when a paper she wrote with two American colleagues showed that acoustic signals tracked melt rates more closely than the stake measurements glaciologists had relied on. The paper has been cited more than 3,000 times. Today, acoustic monitoring is used on glaciers from Alaska to Patagonia, and Lund's own network of 26 listening stations sends data to Bergen every 15 minutes.

The recordings tell a stark story. Nigardsbreen has retreated nearly 400 meters in the past two decades, and the rate of loss has roughly doubled since 2010. "When I started, you had to wait weeks to hear the glacier really roar," Lund says. "Now it roars almost as soon as the snow is gone."

She retired from the Norwegian Polar Institute in 2017, but she still spends three days a week at her office in Bergen. Last month she was awarded the Fridtjof Prize, worth 1 million kroner, and she plans to spend it training young researchers in East Africa and the Andes.

Erik Haugen, a former student who is now a professor in Fairbanks, remembers spending six weeks with her in a tent on Svalbard in 1999. "She was always the first one up, recording the ice before the wind picked up," he says.

This summer, Lund will install five new stations in Greenland with Danish colleagues, a project expected to run for three years.

Asked about the future, she is neither gloomy nor hopeful. "The glacier doesn't care what we hope," she says. "It only tells us what we did."
""", [
    ('forty years', 'DURATION', 'P40Y'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Last September', 'DATE', '2022-09'),
    ('every summer', 'SET', 'XXXX-SU'),
    ('1983', 'DATE', '1983'),
    ('the 1950s', 'DATE', '195'),
    ('1976', 'DATE', '1976'),
    ('1937', 'DATE', '1937'),
    ('the 1980s', 'DATE', '198'),
    ('about ten years', 'DURATION', 'P10Y'),
    ('1994', 'DATE', '1994'),
    ('Today', 'DATE', 'PRESENT_REF'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('the past two decades', 'DURATION', 'P20Y|P2E'),
    ('2010', 'DATE', '2010'),
    ('weeks', 'DURATION', 'PXW'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2017', 'DATE', '2017'),
    ('three days a week', 'SET', 'P1W'),
    ('Last month', 'DATE', '2023-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('six weeks', 'DURATION', 'P6W'),
    ('1999', 'DATE', '1999'),
    ('This summer', 'DATE', '2023-SU'),
    ('three years', 'DURATION', 'P3Y'),
    ('the future', 'DATE', 'FUTURE_REF'),
]),
]
