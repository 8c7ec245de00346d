# Gold TIMEX3 probe set 19: twelve articles of 2005-2019 from regional papers, sports desks, science pages, court reports, obituaries and local government news, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Boston Globe style, US court report (2011)
('2011-11-17', 'auto', """Jury convicts former Quincy contractor of bilking elderly homeowners

By Globe Staff

DEDHAM - A Norfolk Superior Court jury on Wednesday convicted a former Quincy home-improvement contractor of swindling elderly homeowners out of more than $420,000, ending a trial that lasted nearly three weeks.

Raymond T. Costa, 54, was found guilty on 11 counts of larceny over $250 and two counts of witness intimidation after jurors deliberated for about nine hours over two days. Judge Helen Marchetti revoked his bail and scheduled sentencing for 9 a.m. Dec. 12.

Prosecutors said Costa targeted widows and retirees in Quincy, Braintree, and Weymouth from 2006 to 2009, collecting deposits for roofing and driveway jobs that were never finished. One victim, an 87-year-old Braintree woman, testified last week that she gave Costa a check for $38,000 in the spring of 2008 and never saw him again.

"He came by every Sunday for a month, had coffee, asked about my grandchildren," she told jurors on Nov. 8. "I thought he was a friend."

Costa's lawyer, Daniel Fitzpatrick, argued that his client had been overwhelmed by debt during the recession and always intended to complete the work. He told reporters outside the courthouse that he would file an appeal "in the coming weeks."

Norfolk District Attorney Michael Reardon said the verdict should reassure families. "These crimes happen every day, and they are badly underreported," he said in a statement yesterday afternoon.

The investigation began nearly three years ago, when a Weymouth bank teller noticed a series of large withdrawals by a customer in her 80s. Costa was arrested on Feb. 4, 2009, and released on $50,000 bail the following day. Investigators from the attorney general's office spent the next 14 months tracing payments through four shell companies, according to court records, and he was indicted in March 2010.

The trial was postponed twice, once in January after Costa changed lawyers and again in early summer when a key witness was hospitalized. Jury selection began Oct. 31.

Costa faces a maximum of five years in state prison on each larceny count. Reardon said his office would seek a sentence of eight years, and Fitzpatrick said he expected to meet with his client before Thanksgiving to discuss next steps.

Two men charged in a related scheme in Plymouth County are due in Brockton District Court next month. A pretrial hearing for one of them is set for Tuesday at 2 p.m.
""", [
    ('Wednesday', 'DATE', '2011-11-16'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('about nine hours', 'DURATION', 'PT9H'),
    ('two days', 'DURATION', 'P2D'),
    ('9 a.m. Dec. 12', 'TIME', '2011-12-12T09:00'),
    ('2006', 'DATE', '2006'),
    ('2009', 'DATE', '2009'),
    ('last week', 'DATE', '2011-W45'),
    ('the spring of 2008', 'DATE', '2008-SP'),
    ('every Sunday', 'SET', 'XXXX-WXX-7'),
    ('a month', 'DURATION', 'P1M'),
    ('Nov. 8', 'DATE', '2011-11-08'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('every day', 'SET', 'P1D'),
    ('yesterday afternoon', 'DATE|TIME', '2011-11-16TAF'),
    ('nearly three years ago', 'DATE', '2008'),
    ('Feb. 4, 2009', 'DATE', '2009-02-04'),
    ('the following day', 'DATE', '2009-02-05'),
    ('the next 14 months', 'DURATION', 'P14M'),
    ('March 2010', 'DATE', '2010-03'),
    ('January', 'DATE', '2011-01'),
    ('early summer', 'DATE', '2011-SU'),
    ('Oct. 31', 'DATE', '2011-10-31'),
    ('five years', 'DURATION', 'P5Y'),
    ('eight years', 'DURATION', 'P8Y'),
    ('Thanksgiving', 'DATE', '2011-11-24'),
    ('next month', 'DATE', '2011-12'),
    ('Tuesday at 2 p.m.', 'TIME', '2011-11-22T14:00'),
]),

# 2. Manchester Evening News style, UK council budget (2014)
('2014-02-26', 'auto', """Oldham council tax to rise as town hall signs off £24m of cuts

Wednesday 26 February 2014

Council tax in Oldham will go up by 1.99 per cent from April after councillors approved the authority's budget at a marathon meeting last night.

The increase, the first in four years, will add around £24 to a typical Band D bill. Town hall bosses say the money is needed to protect adult social care, which now accounts for almost 40 per cent of the council's spending.

The budget includes £24m of savings, on top of the £140m the council has already cut since 2010. A further 200 jobs will go over the next 12 months, taking the number of posts lost in the past four years to more than 1,500.

Council leader Jim Cardwell told the meeting: "Nobody came into local politics to do this. Our grant from Whitehall has been cut again and again, and next year will be worse."

Liberal Democrat councillors tabled an amendment on Monday to keep libraries in Failsworth and Lees open on Saturdays, but it was defeated by 41 votes to 12.

Under the plans, bin collections in parts of the borough will move to fortnightly from the autumn, and opening hours at four leisure centres will be reviewed over the summer. Charges for collecting garden waste, introduced in 2012, will rise to £30 per bin.

Finance chief Anne Ingham said the authority would have to find another £34m by March 2016, and warned that its reserves could be used up within three years unless ministers changed course.

A public consultation on the proposals ran for six weeks before Christmas and drew 2,300 responses, the council said. Nearly half of those who took part said they would accept a rise in council tax to protect frontline services.

Pensioner Maureen Hibbert, 72, from Royton, said she had been to every budget meeting since the late 1990s. "They say the same thing every February. I'll believe it when I see it," she said.

Residents will receive their new bills in the middle of March. The Government's provisional funding settlement, published in December, confirmed that Oldham's core grant will fall by a further 12 per cent from April 2015.

Full council will meet again on 9 April at 6pm to discuss the proposed sale of the former Hathershaw school site.
""", [
    ('Wednesday 26 February 2014', 'DATE', '2014-02-26'),
    ('April', 'DATE', '2014-04'),
    ('last night', 'DATE|TIME', '2014-02-25TNI'),
    ('four years', 'DURATION', 'P4Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2010', 'DATE', '2010'),
    ('the next 12 months', 'DURATION', 'P12M'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('next year', 'DATE', '2015'),
    ('Monday', 'DATE', '2014-02-24'),
    ('Saturdays', 'SET', 'XXXX-WXX-6'),
    ('fortnightly', 'SET', 'P2W'),
    ('the autumn', 'DATE', '2014-FA'),
    ('the summer', 'DATE', '2014-SU'),
    ('2012', 'DATE', '2012'),
    ('March 2016', 'DATE', '2016-03'),
    ('three years', 'DURATION', 'P3Y'),
    ('six weeks', 'DURATION', 'P6W'),
    ('Christmas', 'DATE', '2013-12-25'),
    ('the late 1990s', 'DATE', '199'),
    ('every February', 'SET', 'XXXX-02'),
    ('the middle of March', 'DATE', '2014-03'),
    ('December', 'DATE', '2013-12'),
    ('April 2015', 'DATE', '2015-04'),
    ('9 April at 6pm', 'TIME', '2014-04-09T18:00'),
]),

# 3. Irish Times style, football season review (2008)
('2008-10-27', 'auto', """Shannonside Rovers end season with a win but Hegarty wants more

Monday, October 27, 2008

SOCCER: Shannonside Rovers' season ended the way it began - with a narrow home win - but manager Paul Hegarty admitted on Saturday that a mid-table finish was "not good enough" for a club with the ambitions of the Athlone-based side.

Saturday's 2-1 victory over Monaghan United, secured by a late Kevin McHugh header, lifted Rovers to fifth in the First Division, nine points behind the promotion play-off places.

"We had a terrible spell in the summer and it cost us," Hegarty said. "From the end of May to the middle of July we won one game in eight. You can't do that and expect to go up."

Rovers were relegated from the Premier Division last year after only a year in the top flight, and hopes were high in March that they would bounce straight back. They won their first four league games and were top of the table at Easter.

But injuries to three first-choice defenders in late April exposed a thin squad. Hegarty, who has been in charge since January 2007, brought in four players on loan when the July transfer window opened, but only one of them, striker Declan Moran, started more than ten games.

Off the pitch, the picture is no brighter. Attendances have fallen by almost a fifth over the past two years, and the club's accounts for 2007, published earlier this month, showed a loss of €180,000.

The board will meet on Wednesday night to discuss the playing budget for 2009. Chairman Tom Fallon said the club hoped to agree a new contract with Hegarty "before Christmas" and to begin pre-season training in the second week of January.

"Every club in this league is cutting its cloth now, and we will be no different," Fallon said. "But this club has been here since 1954, and it will still be here when the good times come back."

Rovers will play a friendly against Longford Town on November 8th, with the proceeds going to the family of former goalkeeper Liam Duignan, who died last month.

Meanwhile, the FAI confirmed on Friday that the fixture list for 2009 will be published in the first week of December, with the new season expected to start on Friday, March 6th.
""", [
    ('Monday, October 27, 2008', 'DATE', '2008-10-27'),
    ('Saturday', 'DATE', '2008-10-25'),
    ('Saturday', 'DATE', '2008-10-25'),
    ('the summer', 'DATE', '2008-SU'),
    ('the end of May', 'DATE', '2008-05'),
    ('the middle of July', 'DATE', '2008-07'),
    ('last year', 'DATE', '2007'),
    ('a year', 'DURATION', 'P1Y'),
    ('March', 'DATE', '2008-03'),
    ('Easter', 'DATE', '2008-03-23'),
    ('late April', 'DATE', '2008-04'),
    ('January 2007', 'DATE', '2007-01'),
    ('July', 'DATE', '2008-07'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('2007', 'DATE', '2007'),
    ('earlier this month', 'DATE', '2008-10'),
    ('Wednesday night', 'DATE|TIME', '2008-10-29TNI'),
    ('2009', 'DATE', '2009'),
    ('Christmas', 'DATE', '2008-12-25'),
    ('the second week of January', 'DATE', '2009-W02|2009-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('1954', 'DATE', '1954'),
    ('November 8th', 'DATE', '2008-11-08'),
    ('last month', 'DATE', '2008-09'),
    ('Friday', 'DATE', '2008-10-24'),
    ('2009', 'DATE', '2009'),
    ('the first week of December', 'DATE', '2008-W49|2008-12'),
    ('Friday, March 6th', 'DATE', '2009-03-06'),
]),

# 4. Sydney Morning Herald style, science discovery (2016)
('2016-08-10', 'auto', """Outback telescope finds scorching 'hot Neptune' next door

Astronomers using a modest telescope in north-western NSW have discovered a planet about the size of Neptune orbiting a nearby star so closely that it completes a full circuit every 52 hours.

The findings, by a team from the University of NSW and the Australian National University, were published on Tuesday in The Astronomical Journal. The planet's existence was confirmed last month after almost two years of observations.

The star, known only by a catalogue number, lies about 140 light years from Earth in the constellation of Centaurus and is slightly cooler than the sun.

Lead author Dr Hannah Keogh said the team first noticed a faint, regular dip in the star's brightness in the spring of 2014 while sifting through data collected at Siding Spring Observatory near Coonabarabran.

"At first we thought it was a fault in the camera," she said. "It took us nearly a year to rule that out."

Follow-up measurements with a spectrograph in Chile between March and June this year put the planet's mass at about 15 times that of Earth, with a surface temperature estimated at more than 1000 degrees.

Of the more than 3000 planets found outside our solar system over the past two decades, only a few dozen are so-called hot Neptunes, and most of those were found by NASA's Kepler space telescope, which was launched in 2009.

Professor Alan Whitfield of the ANU, who was not involved in the study, said it was the first discovery of its kind from an Australian ground-based telescope in more than a decade. "It shows you don't need a billion-dollar instrument to do world-class science," he said.

Dr Keogh, 34, who moved to Sydney from Dublin in 2011, said much of the work was done by PhD students taking turns at the telescope in shifts of 12 hours.

The team will apply next month for observing time on the Hubble Space Telescope to study the planet's atmosphere, and hopes to begin observations early next year. Funding for the project, $1.2 million over three years from the Australian Research Council, runs out in June 2017.

"Ten years ago nobody would have believed a small telescope in the bush could do this," Dr Keogh said. "Now we just want to find out what it's made of."

The observatory, which marked its 50th anniversary in 2015, is open to visitors daily.
""", [
    ('every 52 hours', 'SET', 'PT52H'),
    ('Tuesday', 'DATE', '2016-08-09'),
    ('last month', 'DATE', '2016-07'),
    ('almost two years', 'DURATION', 'P2Y'),
    ('the spring of 2014', 'DATE', '2014-SP'),
    ('nearly a year', 'DURATION', 'P1Y'),
    ('March', 'DATE', '2016-03'),
    ('June this year', 'DATE', '2016-06'),
    ('the past two decades', 'DURATION', 'P20Y|P2E'),
    ('2009', 'DATE', '2009'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('2011', 'DATE', '2011'),
    ('12 hours', 'DURATION', 'PT12H'),
    ('next month', 'DATE', '2016-09'),
    ('early next year', 'DATE', '2017'),
    ('three years', 'DURATION', 'P3Y'),
    ('June 2017', 'DATE', '2017-06'),
    ('Ten years ago', 'DATE', '2006'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('2015', 'DATE', '2015'),
    ('daily', 'SET', 'P1D'),
]),

# 5. Toronto Star style, obituary (2009)
('2009-06-15', 'auto', """Margaret Lindqvist, 91: Nurse ran a Cabbagetown clinic for four decades

Margaret Lindqvist never took a holiday she didn't spend working, her daughter says.

The Toronto nurse, who founded a free community clinic in Cabbagetown in 1958 and ran it for four decades, died Thursday at Sunnybrook hospital. She was 91.

Born in Sudbury on Feb. 3, 1918, the youngest of seven children of a Swedish miner, Lindqvist came to Toronto at 17 to train at the Toronto General Hospital school of nursing. She graduated in 1939, shortly before Canada entered the Second World War, and spent the next five years with the Royal Canadian Army Medical Corps in England and the Netherlands.

"She never talked about the war until she was in her 80s," said her daughter, Karin Lindqvist-Reid. "One Remembrance Day she sat us all down and talked for three hours."

After returning to Toronto in the spring of 1946, Lindqvist worked on the night shift at St. Michael's Hospital for more than a decade, and saw how many of her neighbours went without care because they could not afford a doctor.

In 1958 she rented two rooms above a hardware store on Parliament St. and opened what became the Parliament Street Community Clinic. At first it opened three days a week, staffed by volunteers; by the late 1960s it was running every day, with a paid staff of 14.

She married Arne Lindqvist, a carpenter, in 1949. He died in 2001.

Lindqvist retired in 1998, when the city's public health department took over the clinic, but she never really stopped. She was named to the Order of Canada in 1987, and until last year still volunteered twice a month at a Regent Park drop-in centre.

"People ask what her secret was," said Dr. Samuel Oyelaran, who has run the clinic since 2004. "She simply showed up, and she listened."

Her health had declined over the past six months, and she moved into hospital care in April.

She is survived by her daughter, two sons, six grandchildren and three great-grandchildren.

A funeral will be held at 11 a.m. Saturday at St. Paul's Lutheran Church on Bloor St. E. A memorial gathering at the clinic is planned for the fall, and the family has asked that donations be made to the clinic's dental program.
""", [
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('1958', 'DATE', '1958'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('Thursday', 'DATE', '2009-06-11'),
    ('Feb. 3, 1918', 'DATE', '1918-02-03'),
    ('1939', 'DATE', '1939'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('Remembrance Day', 'DATE', 'XXXX-11-11'),
    ('three hours', 'DURATION', 'PT3H'),
    ('the spring of 1946', 'DATE', '1946-SP'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('1958', 'DATE', '1958'),
    ('three days a week', 'SET', 'P1W'),
    ('the late 1960s', 'DATE', '196'),
    ('every day', 'SET', 'P1D'),
    ('1949', 'DATE', '1949'),
    ('2001', 'DATE', '2001'),
    ('1998', 'DATE', '1998'),
    ('1987', 'DATE', '1987'),
    ('last year', 'DATE', '2008'),
    ('twice a month', 'SET', 'P1M'),
    ('2004', 'DATE', '2004'),
    ('the past six months', 'DURATION', 'P6M'),
    ('April', 'DATE', '2009-04'),
    ('11 a.m. Saturday', 'TIME', '2009-06-20T11:00'),
    ('the fall', 'DATE', '2009-FA'),
]),

# 6. The Hindu style, storm / heavy rain (2017)
('2017-11-03', 'auto', """Heavy rain lashes Chennai; schools, colleges closed today

CHENNAI, NOVEMBER 03, 2017

Incessant rain over the past three days brought large parts of the city to a standstill on Thursday, flooding arterial roads, disrupting suburban train services and forcing the evacuation of around 1,200 people from low-lying areas along the Adyar.

Nungambakkam recorded 18 cm of rain in the 24 hours ending 8.30 a.m. on Thursday, after 9 cm the day before, according to the India Meteorological Department (IMD). It was the heaviest spell of rain in the city since December 2015, when floods claimed more than 400 lives across the State.

The District Collector announced on Thursday night that all schools and colleges in Chennai, Kancheepuram and Tiruvallur districts would remain closed on Friday.

The northeast monsoon set in over Tamil Nadu on October 27, about a week behind schedule, and the State has already received 40% more rain than normal.

S. Balachandran, Deputy Director-General of Meteorology, said a low-pressure area over the southwest Bay of Bengal was likely to bring heavy to very heavy rain to coastal districts for the next 48 hours. "The intensity will come down only by Sunday evening," he said. More showers are forecast for the weekend in the interior districts.

Waterlogging was reported at over 150 locations, including the Ganeshapuram subway, which was closed to traffic at 6 a.m. on Thursday. Greater Chennai Corporation officials said 600 motor pumps had been deployed.

Residents of Velachery, among the worst-hit areas two years ago, said little had changed. "Every year we face the same problem. Water enters our houses and stays for days," said K. Rajeswari, who has lived in Ram Nagar for 22 years.

Chief Minister Edappadi K. Palaniswami, who reviewed the situation with officials on Wednesday, said the government had desilted over 1,100 km of stormwater drains since June and that the remaining work would be completed by January.

The University of Madras has postponed semester examinations scheduled for Friday and Saturday. The revised schedule will be posted on the university's website.

The IMD has advised fishermen not to venture into the sea till November 6.
""", [
    ('today', 'DATE', '2017-11-03'),
    ('NOVEMBER 03, 2017', 'DATE', '2017-11-03'),
    ('the past three days', 'DURATION', 'P3D'),
    ('Thursday', 'DATE', '2017-11-02'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('8.30 a.m. on Thursday', 'TIME', '2017-11-02T08:30'),
    ('the day before', 'DATE', '2017-11-01'),
    ('December 2015', 'DATE', '2015-12'),
    ('Thursday night', 'DATE|TIME', '2017-11-02TNI'),
    ('Friday', 'DATE', '2017-11-03'),
    ('October 27', 'DATE', '2017-10-27'),
    ('about a week', 'DURATION', 'P1W'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('Sunday evening', 'DATE|TIME', '2017-11-05TEV'),
    ('the weekend', 'DATE', '2017-W44-WE'),
    ('6 a.m. on Thursday', 'TIME', '2017-11-02T06:00'),
    ('two years ago', 'DATE', '2015'),
    ('Every year', 'SET', 'P1Y'),
    ('days', 'DURATION', 'PXD'),
    ('22 years', 'DURATION', 'P22Y'),
    ('Wednesday', 'DATE', '2017-11-01'),
    ('June', 'DATE', '2017-06'),
    ('January', 'DATE', '2018-01'),
    ('Friday', 'DATE', '2017-11-03'),
    ('Saturday', 'DATE', '2017-11-04'),
    ('November 6', 'DATE', '2017-11-06'),
]),

# 7. Yorkshire Post style, transport project (2012)
('2012-07-04', 'auto', """Green light for £87m relief road as work set to start next spring

A LONG-AWAITED relief road designed to take thousands of lorries out of a West Yorkshire village will finally get under way next spring after the Department for Transport confirmed its share of the funding yesterday.

The 4.2-mile Stanley relief road, which will link the A642 with junction 30 of the M62, was first proposed in the 1980s but has been repeatedly shelved because of its cost.

Highways chiefs at Wakefield Council said construction would take around two years, meaning the road could open to traffic in the summer of 2015.

The scheme was put on hold in 2010 when the coalition Government froze spending on major transport projects, and was only revived in December last year when ministers placed it on a shortlist of 22 schemes. Its business case was approved last month.

Around 27,000 vehicles use the A642 through Stanley every day, a figure that has risen sharply in recent years, and queues at the junction with Leeds Road regularly stretch back for a mile at peak times.

Coun Denise Farrar, the council's cabinet member for transport, said: "People in Stanley have waited more than 20 years for this. Children walk to school along a road where HGVs thunder past constantly."

A public inquiry into compulsory purchase orders for 14 properties is due to open on September 18 and is expected to last three weeks. Preparatory work, including ecological surveys and the diversion of gas and water mains, will begin this autumn, and a main contractor will be appointed by the end of the year.

The council must find £12m towards the total, which it has set aside in its capital programme for the next three financial years. The remaining £75m will come from the Department for Transport.

Business leaders welcomed the announcement. Martin Holroyd, of the Wakefield Chamber of Commerce, said: "Firms on the industrial estate have told us for years that this junction is costing them contracts. This news is a huge relief."

Not everyone is convinced. Residents of Lee Moor Road, which the new route will cross, say it will bring noise and pollution to the edge of the village, and have vowed to fight the scheme at the inquiry.

An exhibition of the plans opens at Stanley Library at 10am on Saturday, and council officers will be on hand every Tuesday until the end of August to answer questions.
""", [
    ('next spring', 'DATE', '2013-SP'),
    ('next spring', 'DATE', '2013-SP'),
    ('yesterday', 'DATE', '2012-07-03'),
    ('the 1980s', 'DATE', '198'),
    ('around two years', 'DURATION', 'P2Y'),
    ('the summer of 2015', 'DATE', '2015-SU'),
    ('2010', 'DATE', '2010'),
    ('December last year', 'DATE', '2011-12'),
    ('last month', 'DATE', '2012-06'),
    ('every day', 'SET', 'P1D'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('September 18', 'DATE', '2012-09-18'),
    ('three weeks', 'DURATION', 'P3W'),
    ('this autumn', 'DATE', '2012-FA'),
    ('the end of the year', 'DATE', '2012|2012-12'),
    ('the next three financial years', 'DURATION', 'P3Y'),
    ('years', 'DURATION', 'PXY'),
    ('10am on Saturday', 'TIME', '2012-07-07T10:00'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('the end of August', 'DATE', '2012-08'),
]),

# 8. Chicago Tribune style, school (2005)
('2005-09-08', 'auto', """New annex ends crowding at Pilsen grade school

By Tribune staff reporter
September 8, 2005

Nearly 300 pupils at Cermak Park Elementary School in Pilsen started classes Wednesday in a new $6.8 million annex, ending two years in which some classes met in the gymnasium, the library and even a converted storage room.

The annex, which had been due to open in January, was held up for months by a dispute between Chicago Public Schools and its general contractor over drainage problems, officials said. Crews worked weekends through August to finish the building in time.

Principal Elena Morales said Wednesday that the opening went smoothly. "Last year we had fourth-graders doing math in a hallway," she said. "This year every child has a desk."

Enrollment at the school has grown by 40 percent since 2000, driven largely by young Mexican-American families, many of whom have moved into the neighborhood in the past five years. A decade ago the school had 450 students; it now has about 780.

The annex adds 12 classrooms, a science lab and a computer room. CPS spokesman Mark Delgado said the district has budgeted $410 million for school construction and repairs in fiscal 2006, which began July 1, down from $520 million in fiscal 2005.

Parents have complained for years that the 1912 building was too small, and some said Wednesday that the new space is only a partial fix. "They built this for the kids we had three years ago," said Rosa Jimenez, whose two sons attend the school.

The district plans a second phase, including a new gym and lunchroom, with construction scheduled to begin next spring and finish by the fall of 2007. The $4 million cost has not yet been approved by the Board of Education, which meets monthly.

The school's Local School Council will hold a public hearing on the second phase at 6:30 p.m. Sept. 20.

Morales, who has led the school since 1999, said she hoped the extra space would let the school restart its after-school tutoring program, which was cut last fall. "The kids here work hard," she said. "They deserve a building that works as hard as they do."
""", [
    ('September 8, 2005', 'DATE', '2005-09-08'),
    ('Wednesday', 'DATE', '2005-09-07'),
    ('two years', 'DURATION', 'P2Y'),
    ('January', 'DATE', '2005-01'),
    ('months', 'DURATION', 'PXM'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('August', 'DATE', '2005-08'),
    ('Wednesday', 'DATE', '2005-09-07'),
    ('Last year', 'DATE', '2004'),
    ('This year', 'DATE', '2005'),
    ('2000', 'DATE', '2000'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('A decade ago', 'DATE', '1995|199'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('fiscal 2006', 'DATE', 'FY2006|2006'),
    ('July 1', 'DATE', '2005-07-01'),
    ('fiscal 2005', 'DATE', 'FY2005|2005'),
    ('years', 'DURATION', 'PXY'),
    ('1912', 'DATE', '1912'),
    ('Wednesday', 'DATE', '2005-09-07'),
    ('three years ago', 'DATE', '2002'),
    ('next spring', 'DATE', '2006-SP'),
    ('the fall of 2007', 'DATE', '2007-FA'),
    ('monthly', 'SET', 'P1M'),
    ('6:30 p.m. Sept. 20', 'TIME', '2005-09-20T18:30'),
    ('1999', 'DATE', '1999'),
    ('last fall', 'DATE', '2004-FA'),
]),

# 9. Irish Examiner style, festival (2019)
('2019-08-02', 'auto', """Beara Sea Festival to go ahead after community rallies to fill sponsorship gap

One of West Cork's longest-running festivals will go ahead next weekend after the community raised more than €40,000 to replace its main sponsor, which pulled out in May.

The Beara Sea Festival, held in Castletownbere every August since 1979, will run from Friday, August 9th, to Monday, August 12th, with around 60 events including currach races, a seafood market and nightly concerts on the pier.

Festival chairwoman Siobhán O'Driscoll said the committee had spent the past three months fundraising after a Cork-based seafood company ended a sponsorship deal that had run for 12 years.

"There were weeks when we honestly thought we'd have to cancel," she said. "But the town got behind us. People who had never volunteered before were knocking on the door."

A table quiz in June raised €6,500, and a sponsored swim across the harbour last Sunday brought in a further €3,200. Local businesses and the Beara diaspora in Boston and London made up the rest.

The festival attracts an estimated 15,000 visitors annually and is worth around €1.5 million to the local economy, according to a study commissioned by Cork County Council in 2017.

The opening parade will leave the Square at 7pm next Friday, followed by a fireworks display over Berehaven Harbour at 10.30pm. The all-Ireland currach championships return on the Sunday afternoon for the first time since 2014, when the event was moved to Dingle.

Gardaí have advised visitors to use the park-and-ride service from the GAA grounds, with shuttle buses every 30 minutes. A one-way system will be in place in the town centre from 6pm on Thursday, August 8th, until midnight on Monday.

Ms O'Driscoll said the committee would decide in the autumn whether to look for a new title sponsor for 2020 or rely on local fundraising again.

"We've learned a lot this summer," she said. "The festival has been going for 40 years, and we want to make sure it's still here for the next generation."

Tickets for the headline concert on Saturday, August 10th, went on sale this week and are almost sold out.
""", [
    ('next weekend', 'DATE', '2019-W32-WE'),
    ('May', 'DATE', '2019-05'),
    ('every August', 'SET', 'XXXX-08'),
    ('1979', 'DATE', '1979'),
    ('Friday, August 9th', 'DATE', '2019-08-09'),
    ('Monday, August 12th', 'DATE', '2019-08-12'),
    ('nightly', 'SET', 'P1D|XXXX-XX-XXTNI'),
    ('the past three months', 'DURATION', 'P3M'),
    ('12 years', 'DURATION', 'P12Y'),
    ('weeks', 'DURATION', 'PXW'),
    ('June', 'DATE', '2019-06'),
    ('last Sunday', 'DATE', '2019-07-28'),
    ('annually', 'SET', 'P1Y'),
    ('2017', 'DATE', '2017'),
    ('7pm next Friday', 'TIME', '2019-08-09T19:00'),
    ('10.30pm', 'TIME', '2019-08-09T22:30'),
    ('the Sunday afternoon', 'DATE|TIME', '2019-08-11TAF'),
    ('2014', 'DATE', '2014'),
    ('every 30 minutes', 'SET', 'PT30M'),
    ('6pm on Thursday, August 8th', 'TIME', '2019-08-08T18:00'),
    ('midnight on Monday', 'TIME', '2019-08-12T24:00|2019-08-12T00:00'),
    ('the autumn', 'DATE', '2019-FA'),
    ('2020', 'DATE', '2020'),
    ('this summer', 'DATE', '2019-SU'),
    ('40 years', 'DURATION', 'P40Y'),
    ('Saturday, August 10th', 'DATE', '2019-08-10'),
    ('this week', 'DATE', '2019-W31'),
]),

# 10. The Age (Melbourne) style, election count (2006)
('2006-11-27', 'auto', """Kallista on a knife-edge as postal votes decide seat

Labor and the Liberals were separated by just 142 votes in the outer-eastern seat of Kallista last night, with more than 4000 postal and absentee votes still to be counted and a result not expected before the end of the week.

Counting resumed at 9am yesterday after Saturday's poll left the sitting Labor member, Joanne Pike, narrowly ahead on primary votes. By 6pm, Liberal candidate Marcus Hale had closed the gap to 142 after preferences from the Greens and Family First were distributed in a notional two-party count.

"We'll know a lot more by Wednesday," Ms Pike told supporters at the Upwey RSL at about 11pm on Saturday. "I've been here for seven years and I'm not going anywhere."

The Victorian Electoral Commission said postal votes would be accepted until 6pm on Friday, and the formal distribution of preferences would begin next Monday. If the final margin is fewer than 100 votes, a recount is likely and could take until mid-December.

Kallista has changed hands only twice since it was created in 1985. Ms Pike won it from the Liberals in 1999, when Labor swept to power in a surprise result, and held it in 2002 with a swing of almost 6 per cent.

Mr Hale, a 38-year-old former police officer who has lived in the Dandenongs for 15 years, said his volunteers had doorknocked more than 9000 homes since February. "Whatever happens, this is no longer a safe seat," he said.

Across the state, the Bracks Government was returned with a reduced majority. The ABC's election computer last night had Labor on 55 of the 88 lower house seats, down from 62 at the previous election four years ago.

Former electoral commissioner Peter Dunne said the Kallista result was unlikely to be known before next week. "In 2002 a recount in one Gippsland seat took 11 days, and that was with a bigger margin," he said.

Party officials from both sides spent yesterday afternoon in the tally room scrutinising declaration votes, and each has asked for scrutineers to be present when counting resumes at 10am today.

The new Parliament is expected to sit for the first time before Christmas, with the Premier's new ministry to be sworn in later this week.
""", [
    ('last night', 'DATE|TIME', '2006-11-26TNI'),
    ('the end of the week', 'DATE', '2006-W48'),
    ('9am yesterday', 'TIME', '2006-11-26T09:00'),
    ('Saturday', 'DATE', '2006-11-25'),
    ('6pm', 'TIME', '2006-11-26T18:00'),
    ('Wednesday', 'DATE', '2006-11-29'),
    ('about 11pm on Saturday', 'TIME', '2006-11-25T23:00'),
    ('seven years', 'DURATION', 'P7Y'),
    ('6pm on Friday', 'TIME', '2006-12-01T18:00'),
    ('next Monday', 'DATE', '2006-12-04'),
    ('mid-December', 'DATE', '2006-12'),
    ('1985', 'DATE', '1985'),
    ('1999', 'DATE', '1999'),
    ('2002', 'DATE', '2002'),
    ('15 years', 'DURATION', 'P15Y'),
    ('February', 'DATE', '2006-02'),
    ('last night', 'DATE|TIME', '2006-11-26TNI'),
    ('four years ago', 'DATE', '2002'),
    ('next week', 'DATE', '2006-W49'),
    ('2002', 'DATE', '2002'),
    ('11 days', 'DURATION', 'P11D'),
    ('yesterday afternoon', 'DATE|TIME', '2006-11-26TAF'),
    ('10am today', 'TIME', '2006-11-27T10:00'),
    ('Christmas', 'DATE', '2006-12-25'),
    ('later this week', 'DATE', '2006-W48'),
]),

# 11. Vancouver Sun style, business closing (2015)
('2015-01-09', 'auto', """Kitsilano hardware store to close after 68 years

A Kitsilano hardware store that has served West Side homeowners since 1947 will close its doors at the end of February, its owners announced Thursday.

Mah's Hardware on West Fourth Avenue has been run by three generations of the same family. Owner Gordon Mah, 61, said rising property taxes and competition from big-box chains had made the business unsustainable. Sales fell 18 per cent in the fourth quarter of 2014 compared with a year earlier, he said, and the store lost money in each of the past three years.

"I held on as long as I could," Mah said in an interview Thursday afternoon, standing behind the wooden counter his grandfather built. "On Boxing Day we had maybe 40 customers. Ten years ago there would have been a lineup out the door."

His grandfather, Henry Mah, opened the store in the spring of 1947 after returning from wartime service overseas, and his father ran it from 1971 until 2003, when Gordon took over.

The store's 14 employees, some of whom have worked there for more than 20 years, were told of the decision on Monday. Mah said each of them would receive severance beyond what the law requires.

A liquidation sale begins Saturday, and the store will open on Sundays for the first time in its history until the final day of business on Feb. 28.

The building, which the family owns, has been sold to a developer for an undisclosed sum. A City of Vancouver spokesperson said no development application had been filed.

Kitsilano has lost more than a dozen independent retailers in the past 18 months, according to the West Fourth Avenue Business Association. Executive director Laura Chen said commercial property assessments on the strip had risen by an average of 30 per cent since 2012, and that 2015 assessment notices mailed to owners this week showed further increases. The association recently asked city council to consider tax relief for small independent shops.

"Every time a family business like this goes, the street loses a bit of its character," she said.

Longtime customer Ruth Epstein, who has shopped at the store for four decades, came in Thursday morning to have a set of keys cut. "Where am I going to go now?" she asked.

Mah plans to spend the summer travelling in China with his wife. "It'll be the first real holiday I've had in 30 years," he said.
""", [
    ('68 years', 'DURATION', 'P68Y'),
    ('1947', 'DATE', '1947'),
    ('the end of February', 'DATE', '2015-02'),
    ('Thursday', 'DATE', '2015-01-08'),
    ('the fourth quarter of 2014', 'DATE', '2014-Q4'),
    ('a year earlier', 'DATE', '2013-Q4|2013'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('Thursday afternoon', 'DATE|TIME', '2015-01-08TAF'),
    ('Boxing Day', 'DATE', '2014-12-26'),
    ('Ten years ago', 'DATE', '2005'),
    ('the spring of 1947', 'DATE', '1947-SP'),
    ('1971', 'DATE', '1971'),
    ('2003', 'DATE', '2003'),
    ('more than 20 years', 'DURATION', 'P20Y'),
    ('Monday', 'DATE', '2015-01-05'),
    ('Saturday', 'DATE', '2015-01-10'),
    ('Sundays', 'SET', 'XXXX-WXX-7'),
    ('Feb. 28', 'DATE', '2015-02-28'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('2012', 'DATE', '2012'),
    ('2015', 'DATE', '2015'),
    ('this week', 'DATE', '2015-W02'),
    ('recently', 'DATE', 'PAST_REF'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
    ('Thursday morning', 'DATE|TIME', '2015-01-08TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer', 'DATE', '2015-SU'),
    ('30 years', 'DURATION', 'P30Y'),
]),

# 12. Hindustan Times style, museum anniversary (2007)
('2007-04-18', 'auto', """Old Delhi museum turns 50, plans digital gallery

HT Correspondent
New Delhi, April 17

The Shahjahanabad Heritage Museum near Chandni Chowk will celebrate its golden jubilee with a festival of exhibitions, heritage walks and music that will run for a week from Saturday, its director announced on Tuesday.

The museum was inaugurated by Prime Minister Jawaharlal Nehru on April 21, 1957, in a restored haveli built in the 18th century, with a collection of about 300 objects donated by old city families. Over the past five decades it has grown to nearly 18,000 objects, including Mughal manuscripts, textiles and coins.

"Ten years ago we had one conservator and a leaking roof. Today we have six conservators and a climate-controlled store," director Dr Anjali Sethi said.

The museum went through a difficult phase in the 1990s, when funds dried up and parts of the building were unsafe for years. It was closed for 18 months from 2001 to 2002 for structural repairs.

Visitor numbers have recovered since. The museum received around 1.4 lakh visitors last year, and footfall in the first quarter of this year was 22 per cent higher than in the first quarter of 2006, Sethi said.

A Rs 4.5-crore digital gallery, sanctioned by the Union culture ministry in January, will allow visitors to browse high-resolution scans of the manuscripts. Work on the gallery will begin in July and is expected to be completed by the end of 2008.

Students from Delhi University's history department have been cataloguing the manuscript collection since last October, a project expected to be finished in 2009.

Entry will be free during the festival, and heritage walks through the lanes of Shahjahanabad will be held twice a day. The celebrations will conclude on April 28 with a concert of qawwali and Hindustani classical music in the museum courtyard. Passes for the concert will be distributed at the museum from Thursday.

The museum will also launch a monthly lecture series in July. "A museum is not only about the past. It has to speak to the future," Sethi said.

The museum is closed on Mondays.
""", [
    ('April 17', 'DATE', '2007-04-17'),
    ('a week', 'DURATION', 'P1W'),
    ('Saturday', 'DATE', '2007-04-21'),
    ('Tuesday', 'DATE', '2007-04-17'),
    ('April 21, 1957', 'DATE', '1957-04-21'),
    ('the 18th century', 'DATE', '17'),
    ('the past five decades', 'DURATION', 'P50Y|P5E'),
    ('Ten years ago', 'DATE', '1997'),
    ('Today', 'DATE', 'PRESENT_REF'),
    ('the 1990s', 'DATE', '199'),
    ('years', 'DURATION', 'PXY'),
    ('18 months', 'DURATION', 'P18M'),
    ('2001', 'DATE', '2001'),
    ('2002', 'DATE', '2002'),
    ('last year', 'DATE', '2006'),
    ('the first quarter of this year', 'DATE', '2007-Q1'),
    ('the first quarter of 2006', 'DATE', '2006-Q1'),
    ('January', 'DATE', '2007-01'),
    ('July', 'DATE', '2007-07'),
    ('the end of 2008', 'DATE', '2008|2008-12'),
    ('last October', 'DATE', '2006-10'),
    ('2009', 'DATE', '2009'),
    ('twice a day', 'SET', 'P1D'),
    ('April 28', 'DATE', '2007-04-28'),
    ('Thursday', 'DATE', '2007-04-19'),
    ('monthly', 'SET', 'P1M'),
    ('July', 'DATE', '2007-07'),
    ('the past', 'DATE', 'PAST_REF'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('Mondays', 'SET', 'XXXX-WXX-1'),
]),
]
