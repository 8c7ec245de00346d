# Gold TIMEX3 probe set 43: twelve news articles of 2003-2024 in the styles of the Times of India, the Hindu, the South China Morning Post, the Straits Times, News24, the Nation (Nigeria), the Irish Independent and ABC Australia, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. News24, economy / fuel price (2003)
('2003-06-03', 'auto', """Petrol price to drop by 23c at midnight

Cape Town - Motorists will pay 23c a litre less for petrol from midnight on Tuesday, the department of minerals and energy announced on Monday.

The decrease, the third this year, follows the continued strength of the rand against the US dollar. The currency has gained nearly 25% since the beginning of the year.

Diesel will drop by 19c a litre and illuminating paraffin by 18c a litre. The price of 95 octane unleaded petrol in Gauteng will fall to R4.02 a litre on Wednesday, from R4.25. At the coast it will cost R3.84.

The department said the over-recovery on petrol had averaged 26.4c a litre during May, mainly because of lower international product prices after the end of the war in Iraq.

Fuel prices in South Africa are adjusted monthly, based on international product prices and the rand/dollar exchange rate. Motorists paid a record R4.63 a litre in Gauteng in October last year, after the rand slumped to R13.84 to the dollar in December 2001.

The Automobile Association (AA) welcomed the cut but warned that the relief might be short-lived.

"We expect oil prices to rise again in the third quarter as winter approaches in Europe and North America. Motorists should not get used to these levels," AA spokesperson Johan Venter said.

The AA advised motorists who could wait to fill up tomorrow rather than today.

Taxi operators, who raised fares by 10% in March, said they had no plans to reduce them. "One month of relief does not cover a year of increases in spares, insurance and licences," said a taxi association official in Khayelitsha.

Consumers have recently had other good news. Consumer inflation fell to 7.5% in April, and economists expect the Reserve Bank to cut interest rates when its monetary policy committee meets on June 12. The bank raised rates four times last year, the last increase coming in September.

"A rate cut combined with cheaper fuel would give households real breathing space," said Thabo Nkosi, an economist at a Johannesburg bank. He expects the repo rate to fall by at least one percentage point.

The SA Petroleum Industry Association said petrol sales had grown by about 3% so far this year. The next fuel price adjustment is due on July 2.
""", [
    ('midnight', 'TIME', '2003-06-03T24:00|2003-06-04T00:00'),
    ('midnight on Tuesday', 'TIME', '2003-06-03T24:00|2003-06-04T00:00'),
    ('Monday', 'DATE', '2003-06-02'),
    ('this year', 'DATE', '2003'),
    ('the beginning of the year', 'DATE', '2003|2003-01'),
    ('Wednesday', 'DATE', '2003-06-04'),
    ('May', 'DATE', '2003-05'),
    ('monthly', 'SET', 'P1M'),
    ('October last year', 'DATE', '2002-10'),
    ('December 2001', 'DATE', '2001-12'),
    ('the third quarter', 'DATE', '2003-Q3'),
    ('winter', 'DATE', '2003-WI'),
    ('tomorrow', 'DATE', '2003-06-04'),
    ('today', 'DATE', '2003-06-03'),
    ('March', 'DATE', '2003-03'),
    ('One month', 'DURATION', 'P1M'),
    ('a year', 'DURATION', 'P1Y'),
    ('recently', 'DATE', 'PAST_REF'),
    ('April', 'DATE', '2003-04'),
    ('June 12', 'DATE', '2003-06-12'),
    ('last year', 'DATE', '2002'),
    ('September', 'DATE', '2002-09'),
    ('this year', 'DATE', '2003'),
    ('July 2', 'DATE', '2003-07-02'),
]),

# 2. Times of India, city / monsoon (2004)
('2004-07-15', 'auto', """Heavy rain cripples Mumbai; more showers forecast

MUMBAI: Suburban train services on the Central and Western lines were crippled for nearly six hours on Wednesday after 142 mm of rain lashed the city in 24 hours, leaving lakhs of office-goers stranded.

The downpour began around 11.30pm on Tuesday and continued till Wednesday afternoon, flooding low-lying areas in Sion, Kurla, Andheri and Milan Subway. Several offices sent employees home by 3pm, and schools in the western suburbs will remain shut on Friday as a precaution, a BMC official said.

The India Meteorological Department (IMD) has forecast "heavy to very heavy" rainfall over the next 48 hours. "The monsoon trough is very active now, and we expect intense spells till the weekend," said a senior IMD scientist at Colaba. The Colaba observatory has recorded 812 mm of rain since June 1, against a normal of 1,010 mm.

This is the second time this month that the city has come to a standstill. On July 3, waterlogging at Dadar and Matunga forced Western Railway to suspend services for two hours, and a signalling fault kept trains running late the following day.

Commuters vented their anger at the civic body, which had claimed in May that pre-monsoon desilting of nullahs was 95% complete. "Every year it is the same story. The BMC spends crores and every July we wade through knee-deep water," said Rakesh Patil (38), a bank clerk from Chembur who walked five kilometres home on Wednesday night.

Municipal commissioner Anil Deshmukh said on Thursday that 24 dewatering pumps had been installed at flood-prone spots last month, and another 16 would be added by the end of July. He admitted that the storm water drainage network, much of which was laid in the 1930s, was designed to cope with far less rain. A Rs 1,200-crore project to upgrade the drains, first proposed in 1993, is still awaiting central funds.

Central Railway said it would run 40 additional services daily from Thursday to clear the backlog. The city's dabbawalas, who deliver nearly two lakh lunchboxes daily, suspended operations on Wednesday, only the third time in a decade that they have done so.

Mumbai University has postponed the second-year BCom examinations scheduled for Friday and Saturday. Fresh dates will be announced next week, the registrar said.

Tuesday's rainfall was the heaviest recorded at Santacruz since 1997, according to IMD records.
""", [
    ('nearly six hours', 'DURATION', 'PT6H'),
    ('Wednesday', 'DATE', '2004-07-14'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('around 11.30pm on Tuesday', 'TIME', '2004-07-13T23:30'),
    ('Wednesday afternoon', 'DATE|TIME', '2004-07-14TAF'),
    ('3pm', 'TIME', '2004-07-14T15:00'),
    ('Friday', 'DATE', '2004-07-16'),
    ('the next 48 hours', 'DURATION', 'PT48H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the weekend', 'DATE', '2004-W29-WE'),
    ('June 1', 'DATE', '2004-06-01'),
    ('this month', 'DATE', '2004-07'),
    ('July 3', 'DATE', '2004-07-03'),
    ('two hours', 'DURATION', 'PT2H'),
    ('the following day', 'DATE', '2004-07-04'),
    ('May', 'DATE', '2004-05'),
    ('Every year', 'SET', 'P1Y'),
    ('every July', 'SET', 'XXXX-07'),
    ('Wednesday night', 'DATE|TIME', '2004-07-14TNI'),
    ('Thursday', 'DATE', '2004-07-15'),
    ('last month', 'DATE', '2004-06'),
    ('the end of July', 'DATE', '2004-07'),
    ('the 1930s', 'DATE', '193'),
    ('1993', 'DATE', '1993'),
    ('daily', 'SET', 'P1D'),
    ('Thursday', 'DATE', '2004-07-15'),
    ('daily', 'SET', 'P1D'),
    ('Wednesday', 'DATE', '2004-07-14'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('Friday', 'DATE', '2004-07-16'),
    ('Saturday', 'DATE', '2004-07-17'),
    ('next week', 'DATE', '2004-W30'),
    ('Tuesday', 'DATE', '2004-07-13'),
    ('1997', 'DATE', '1997'),
]),

# 3. The Hindu, pilgrimage / administration (2009)
('2009-11-14', 'auto', """Sabarimala temple to open tomorrow; Board says arrangements in place

THIRUVANANTHAPURAM, NOV. 13. The Sabarimala Ayyappa temple will open at 5.30 p.m. on Sunday for the two-month Mandalam-Makaravilakku pilgrim season, and the Travancore Devaswom Board (TDB) said here on Friday that all arrangements were in place.

Board president K. Gopinathan Nair told reporters that about 4.5 crore pilgrims were expected, up from 3.8 crore last year. The temple will close at 10 p.m. on December 27 and reopen on December 30, remaining open until January 20.

The Kerala High Court had in September directed the Board to complete the new queue complexes at Sannidhanam before the pilgrimage. Work on the second complex, which began in March, is now 80 per cent complete, and officials conceded that the rest would take about three weeks.

The Kerala State Road Transport Corporation (KSRTC) will operate 850 buses to Pampa, including 300 chain services every day from Nilakkal. Southern Railway said special trains from Chennai would run every Saturday until mid-January.

Health Department officials said 12 emergency medical centres would function along the five-kilometre trekking path from Pampa. Last year, 46 pilgrims died of cardiac arrest during the pilgrimage, most of them on the steep Neelimala stretch.

Police will deploy 3,500 personnel in three phases of 20 days each. The use of plastic carry bags has been banned at Sannidhanam since 2007, and the ban will be strictly enforced, Inspector-General of Police S. Anil Kumar said.

The virtual queue system, introduced two years ago, has been extended this year to the Pampa Ganapathi temple. Online booking opened on Tuesday, and more than 1.2 lakh pilgrims had registered by Friday evening. The police will review the system weekly.

"In recent years, the number of pilgrims from Andhra Pradesh and Karnataka has grown faster than from any other State," the IGP said. Pilgrims from Tamil Nadu, Andhra Pradesh and Karnataka now account for nearly 60 per cent of visitors.

The temple was last opened for the monthly poojas on October 17 and closed five days later. Devotees who visited then complained of long queues and poor drinking water facilities, which the Board said had since been addressed.

"We are confident the pilgrimage will be smooth this time," Mr. Nair said.
""", [
    ('tomorrow', 'DATE', '2009-11-15'),
    ('NOV. 13', 'DATE', '2009-11-13'),
    ('5.30 p.m. on Sunday', 'TIME', '2009-11-15T17:30'),
    ('two-month', 'DURATION', 'P2M'),
    ('Friday', 'DATE', '2009-11-13'),
    ('last year', 'DATE', '2008'),
    ('10 p.m. on December 27', 'TIME', '2009-12-27T22:00'),
    ('December 30', 'DATE', '2009-12-30'),
    ('January 20', 'DATE', '2010-01-20'),
    ('September', 'DATE', '2009-09'),
    ('March', 'DATE', '2009-03'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('about three weeks', 'DURATION', 'P3W'),
    ('every day', 'SET', 'P1D'),
    ('every Saturday', 'SET', 'XXXX-WXX-6'),
    ('mid-January', 'DATE', '2010-01'),
    ('Last year', 'DATE', '2008'),
    ('20 days', 'DURATION', 'P20D'),
    ('2007', 'DATE', '2007'),
    ('two years ago', 'DATE', '2007'),
    ('this year', 'DATE', '2009'),
    ('Tuesday', 'DATE', '2009-11-10'),
    ('Friday evening', 'DATE|TIME', '2009-11-13TEV'),
    ('weekly', 'SET', 'P1W'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('monthly', 'SET', 'P1M'),
    ('October 17', 'DATE', '2009-10-17'),
    ('five days later', 'DATE', '2009-10-22'),
]),

# 4. Irish Independent, politics / budget (2010)
('2010-12-08', 'auto', """€6bn Budget marks first step in four-year austerity plan

By Niamh Brennan and Conor Daly

Wednesday December 08 2010

THE Government yesterday unveiled the toughest Budget in the history of the State, taking €6bn out of the economy and warning that the cuts will continue until 2014.

The Finance Minister told the Dáil that the measures were the first instalment of the National Recovery Plan published two weeks ago, which aims to reduce the deficit to 3pc of GDP by 2014.

The Budget was framed against the backdrop of the €85bn EU-IMF bailout agreed on November 28. Since the property crash began in 2008, the Government has introduced five budgets in three years, taking almost €15bn out of the economy.

The minimum wage will be cut by €1 to €7.65 from February 1, and most social welfare payments will be reduced by 4pc from January. Child benefit will fall by €10 per child for the first two children.

The new universal social charge, which replaces the income and health levies, takes effect on January 1. A single worker on €35,000 will pay about €1,200 more next year, according to calculations by accountants PwC.

Motorists face an increase of 4c in the price of a litre of petrol from midnight last night, while the third-level student registration fee will rise from €1,500 to €2,000 from next September.

Public service pay was cut twice in 2009 and again in January this year, and public service pensions will be reduced by an average of 4pc.

The economy contracted in the first half of the year, although the Central Statistics Office said it returned to modest growth in the third quarter. Unemployment stood at 13.6pc in November, up from 12.4pc a year earlier.

The first votes on the Budget measures were passed at 9pm last night by 82 votes to 77, with the support of two independent TDs. The Finance Bill, which gives legal effect to the measures, must be passed before the end of January.

The Opposition said the Government had lost its mandate and repeated its call for a general election in the spring. Fine Gael's finance spokesman described the Budget as "the last act of a discredited Government".

Retail Ireland said the timing, just over two weeks before Christmas, would hit spending in a sector that has lost 40,000 jobs since 2008. Economists at the ESRI warned that the economy would shrink again in the first quarter of 2011 as the austerity measures take hold, before a gradual recovery in the second half.

"We are asking people to make sacrifices now to secure the recovery," the Taoiseach said on RTÉ last night.
""", [
    ('four-year', 'DURATION', 'P4Y'),
    ('Wednesday December 08 2010', 'DATE', '2010-12-08'),
    ('yesterday', 'DATE', '2010-12-07'),
    ('2014', 'DATE', '2014'),
    ('two weeks ago', 'DATE', '2010-W47|2010-11-24'),
    ('2014', 'DATE', '2014'),
    ('November 28', 'DATE', '2010-11-28'),
    ('2008', 'DATE', '2008'),
    ('three years', 'DURATION', 'P3Y'),
    ('February 1', 'DATE', '2011-02-01'),
    ('January', 'DATE', '2011-01'),
    ('January 1', 'DATE', '2011-01-01'),
    ('next year', 'DATE', '2011'),
    ('midnight last night', 'TIME', '2010-12-07T24:00|2010-12-08T00:00'),
    ('next September', 'DATE', '2011-09'),
    ('2009', 'DATE', '2009'),
    ('January this year', 'DATE', '2010-01'),
    ('the first half of the year', 'DATE', '2010-H1'),
    ('the third quarter', 'DATE', '2010-Q3'),
    ('November', 'DATE', '2010-11'),
    ('a year earlier', 'DATE', '2009-11|2009'),
    ('9pm last night', 'TIME', '2010-12-07T21:00'),
    ('the end of January', 'DATE', '2011-01'),
    ('the spring', 'DATE', '2011-SP'),
    ('just over two weeks', 'DURATION', 'P2W'),
    ('Christmas', 'DATE', '2010-12-25'),
    ('2008', 'DATE', '2008'),
    ('the first quarter of 2011', 'DATE', '2011-Q1'),
    ('the second half', 'DATE', '2011-H2'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last night', 'DATE|TIME', '2010-12-07TNI'),
]),

# 5. South China Morning Post, weather / typhoon (2011)
('2011-09-30', 'auto', """Signal No 8 lowered as Typhoon Kirogi heads west; 62 hurt

Hong Kong's first No 8 typhoon signal this year was lowered at 4.40pm yesterday after Typhoon Kirogi skirted the city, leaving 62 people injured, more than 400 trees uprooted and the financial markets closed.

The Observatory hoisted the No 8 southeast gale or storm signal at 6.15am, forcing schools, courts and most offices to close. At its closest, around 10am, Kirogi was about 140km south-southwest of the city, packing maximum sustained winds of 150km/h. It was the first No 8 signal since Typhoon Chanthu in July last year.

More than 230 flights were cancelled or delayed at Chek Lap Kok, and Cathay Pacific said it would take until Saturday to clear the backlog of passengers. Ferry services to Macau and the outlying islands resumed at about 6pm.

The Home Affairs Department said 1,812 people sought refuge in its 28 temporary shelters yesterday, and 17 shelters would remain open until this morning.

A 67-year-old man was seriously injured in Sham Shui Po when scaffolding collapsed at about 11.20am, police said. In Tai O, residents spent the afternoon sandbagging their stilt houses as the tide rose; the fishing village was flooded twice in 2008.

The Observatory said Kirogi was expected to make landfall in western Guangdong early today. A strong northeast monsoon would bring rain and rough seas over the weekend, with temperatures dropping to 23 degrees on Sunday, the coolest since April.

The Observatory issues typhoon signals every year, but No 8 signals have become less frequent over the past three decades. The highest signal, No 10, was last hoisted in 1999, when Typhoon York battered the city for 11 hours.

Lawmakers called on the government to review its guidelines on work arrangements during typhoons. "Employees should not be expected to report for work two hours after the signal is lowered. Many of them live in the New Territories and the buses are packed," said legislator Chan Siu-ming.

The code of practice, last revised in 2009, will be reviewed next year, a Labour Department spokesman said.

Stock trading was due to resume at 9.30am today. Yesterday was the first time a typhoon had closed the stock market since Typhoon Utor a decade ago.
""", [
    ('this year', 'DATE', '2011'),
    ('4.40pm yesterday', 'TIME', '2011-09-29T16:40'),
    ('6.15am', 'TIME', '2011-09-29T06:15'),
    ('around 10am', 'TIME', '2011-09-29T10:00'),
    ('July last year', 'DATE', '2010-07'),
    ('Saturday', 'DATE', '2011-10-01'),
    ('about 6pm', 'TIME', '2011-09-29T18:00'),
    ('yesterday', 'DATE', '2011-09-29'),
    ('this morning', 'DATE|TIME', '2011-09-30TMO'),
    ('about 11.20am', 'TIME', '2011-09-29T11:20'),
    ('the afternoon', 'DATE|TIME', '2011-09-29TAF'),
    ('2008', 'DATE', '2008'),
    ('early today', 'DATE', '2011-09-30'),
    ('the weekend', 'DATE', '2011-W39-WE'),
    ('Sunday', 'DATE', '2011-10-02'),
    ('April', 'DATE', '2011-04'),
    ('every year', 'SET', 'P1Y'),
    ('the past three decades', 'DURATION', 'P30Y|P3E'),
    ('1999', 'DATE', '1999'),
    ('11 hours', 'DURATION', 'PT11H'),
    ('two hours', 'DURATION', 'PT2H'),
    ('2009', 'DATE', '2009'),
    ('next year', 'DATE', '2012'),
    ('9.30am today', 'TIME', '2011-09-30T09:30'),
    ('Yesterday', 'DATE', '2011-09-29'),
    ('a decade ago', 'DATE', '2001|200'),
]),

# 6. Straits Times, environment / haze (2015)
('2015-09-25', 'auto', """Haze: All primary and secondary schools closed today as PSI enters hazardous range

All primary and secondary schools will be closed today after the haze worsened sharply last night, with air quality forecast to stay in the hazardous range until tomorrow.

The Ministry of Education (MOE) announced the closure at about 11pm yesterday, after the Pollutant Standards Index (PSI) hit 317 at 10pm, the highest reading this year. Pre-schools and special education schools will also close, but student care centres will remain open for parents who need them.

The Primary School Leaving Examination (PSLE) written papers, which begin next Wednesday, will go ahead as scheduled, the ministry said.

The National Environment Agency (NEA) said south-easterly winds had blown smoke from fires in Sumatra towards Singapore, and conditions were likely to remain hazy over the weekend. Some improvement is expected early next week, when the winds are forecast to turn southerly.

NEA first warned of transboundary haze earlier this month, when the number of hot spots in Sumatra rose above 200. The haze has blanketed Singapore on and off for nearly three weeks, and the agency has issued health advisories twice a day since Sept 10.

The PSI last entered the hazardous range in June 2013, when it hit an all-time high of 401 on the afternoon of June 21.

In a Facebook post yesterday afternoon, the Minister for the Environment and Water Resources said Singapore had offered Indonesia firefighting aircraft and satellite data for the third time in two years, but Jakarta had not taken up the offer. "We cannot accept this as the new normal. Every year, millions of people in the region suffer," he wrote.

The Health Ministry said polyclinics treated 1,480 patients for haze-related conditions on Wednesday, up from about 900 on Monday. Retailers said sales of N95 masks had tripled in the past week, and several pharmacies in Tampines and Jurong West ran out of stock on Thursday morning.

Organisers of a charity run at East Coast Park, planned for tomorrow, said the event had been cancelled. The Formula One Singapore Grand Prix, held last weekend, was not affected, although visibility at the Marina Bay circuit was noticeably poor on Sunday evening.

Parents scrambled to make childcare arrangements. "I only saw the announcement at midnight. Both of us have to work, so my mother will look after the kids," said Madam Tan Li Ling, 41, an accountant.

MOE said it would decide by 5pm today whether schools would reopen on Monday.
""", [
    ('today', 'DATE', '2015-09-25'),
    ('today', 'DATE', '2015-09-25'),
    ('last night', 'DATE|TIME', '2015-09-24TNI'),
    ('tomorrow', 'DATE', '2015-09-26'),
    ('about 11pm yesterday', 'TIME', '2015-09-24T23:00'),
    ('10pm', 'TIME', '2015-09-24T22:00'),
    ('this year', 'DATE', '2015'),
    ('next Wednesday', 'DATE', '2015-09-30'),
    ('the weekend', 'DATE', '2015-W39-WE'),
    ('early next week', 'DATE', '2015-W40'),
    ('earlier this month', 'DATE', '2015-09'),
    ('nearly three weeks', 'DURATION', 'P3W'),
    ('twice a day', 'SET', 'P1D'),
    ('Sept 10', 'DATE', '2015-09-10'),
    ('June 2013', 'DATE', '2013-06'),
    ('the afternoon of June 21', 'DATE|TIME', '2013-06-21TAF'),
    ('yesterday afternoon', 'DATE|TIME', '2015-09-24TAF'),
    ('two years', 'DURATION', 'P2Y'),
    ('Every year', 'SET', 'P1Y'),
    ('Wednesday', 'DATE', '2015-09-23'),
    ('Monday', 'DATE', '2015-09-21'),
    ('the past week', 'DURATION', 'P1W'),
    ('Thursday morning', 'DATE|TIME', '2015-09-24TMO'),
    ('tomorrow', 'DATE', '2015-09-26'),
    ('last weekend', 'DATE', '2015-W38-WE'),
    ('Sunday evening', 'DATE|TIME', '2015-09-20TEV'),
    ('midnight', 'TIME', '2015-09-24T24:00|2015-09-25T00:00'),
    ('5pm today', 'TIME', '2015-09-25T17:00'),
    ('Monday', 'DATE', '2015-09-28'),
]),

# 7. Times of India, environment / pollution after Diwali (2018)
('2018-11-09', 'auto', """Delhi chokes after Diwali; air to stay 'severe' next week

NEW DELHI: A thick blanket of smog hung over the capital on Thursday as the air quality index (AQI) remained 'severe' following widespread bursting of firecrackers on Diwali night, in violation of a Supreme Court order.

The court had on October 23 restricted the bursting of crackers on Diwali to two hours, from 8pm to 10pm, and allowed only 'green' crackers to be sold.

According to the Central Pollution Control Board (CPCB), the city's overall AQI stood at 406 at 4pm on Thursday, against 281 on Wednesday. On Diwali last year, when the sale of crackers was banned in the capital, the AQI was 319.

Monitoring stations at Anand Vihar and Jahangirpuri recorded PM2.5 levels above 900 micrograms per cubic metre around midnight on Wednesday, more than 15 times the safe limit. Delhi Police said it had registered 562 cases and arrested 323 people for violating the court's order till Thursday evening.

The System of Air Quality and Weather Forecasting and Research (SAFAR) said the air would improve marginally by Saturday, but would slip back into the 'severe' category early next week as stubble burning in Punjab and Haryana peaks and wind speeds drop.

The Environment Pollution (Prevention and Control) Authority (EPCA) had earlier this week banned construction activity and the entry of heavy trucks into Delhi from Thursday till Sunday. The Graded Response Action Plan (GRAP) has been in force since October 15.

Doctors at AIIMS said visits to the outpatient department for respiratory complaints had gone up by nearly 20% in the past 10 days. "Children and the elderly are the worst affected. We are advising patients with asthma to stay indoors as much as possible," said a senior pulmonologist.

Delhi's air has been among the most polluted in the world for most of the past decade. The odd-even road rationing scheme, implemented twice in 2016, could be brought back if the AQI stays above 500 for more than 48 hours, officials said.

The Delhi government said on Friday that it would deploy 20 water sprinklers on arterial roads over the weekend and had asked the municipal corporations to step up mechanised sweeping.

Experts warned that this winter could be worse than last year, because October was unusually dry and farm fires began earlier than usual.
""", [
    ('Diwali', 'DATE', '2018-11-07'),
    ('next week', 'DATE', '2018-W46'),
    ('Thursday', 'DATE', '2018-11-08'),
    ('Diwali night', 'DATE|TIME', '2018-11-07TNI'),
    ('October 23', 'DATE', '2018-10-23'),
    ('Diwali', 'DATE', '2018-11-07'),
    ('two hours', 'DURATION', 'PT2H'),
    ('8pm', 'TIME', '2018-11-07T20:00'),
    ('10pm', 'TIME', '2018-11-07T22:00'),
    ('4pm on Thursday', 'TIME', '2018-11-08T16:00'),
    ('Wednesday', 'DATE', '2018-11-07'),
    ('Diwali last year', 'DATE', '2017-10-19'),
    ('around midnight on Wednesday', 'TIME', '2018-11-07T24:00|2018-11-08T00:00'),
    ('Thursday evening', 'DATE|TIME', '2018-11-08TEV'),
    ('Saturday', 'DATE', '2018-11-10'),
    ('early next week', 'DATE', '2018-W46'),
    ('earlier this week', 'DATE', '2018-W45'),
    ('Thursday', 'DATE', '2018-11-08'),
    ('Sunday', 'DATE', '2018-11-11'),
    ('October 15', 'DATE', '2018-10-15'),
    ('the past 10 days', 'DURATION', 'P10D'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2016', 'DATE', '2016'),
    ('more than 48 hours', 'DURATION', 'PT48H'),
    ('Friday', 'DATE', '2018-11-09'),
    ('the weekend', 'DATE', '2018-W45-WE'),
    ('this winter', 'DATE', '2018-WI'),
    ('last year', 'DATE', '2017'),
    ('October', 'DATE', '2018-10'),
]),

# 8. News24, energy / load shedding (2019)
('2019-03-20', 'auto', """Eskom suspends load shedding, but warns winter will be tough

Johannesburg - Eskom said on Tuesday night that it would suspend load shedding from 05:00 on Wednesday, ending almost a week of rolling blackouts that saw the country plunged into stage 4 for the first time.

The power utility said in a statement that the return of generating units at Medupi and Kendal, and improved diesel supplies at its open-cycle gas turbines, had eased pressure on the grid.

"We are cautiously optimistic that there will be no load shedding for the rest of the week, but the system remains vulnerable," spokesperson Sipho Mahlangu told News24.

Eskom implemented stage 4 on Sunday, citing the loss of about 900MW of imports from Mozambique's Cahora Bassa scheme after Cyclone Idai damaged transmission lines last week.

Over the past five days, households in Gauteng and the Western Cape endured blackouts lasting two and a half hours, sometimes three times a day. Traffic lights were out across Johannesburg during Monday morning's rush hour, and several small businesses in Soweto told News24 they had lost stock worth thousands of rand.

The public enterprises minister, who met Eskom's board on Monday, said the crisis was the result of years of poor maintenance, corruption and mismanagement.

President Cyril Ramaphosa announced in his State of the Nation Address in February that Eskom, which carries debt of R420bn, would be split into three units for generation, transmission and distribution.

Independent energy analyst Thandi Moloi said the reprieve might not last. "Demand rises by about 10% from May. Winter is when we will really see whether Eskom can keep its units running. In the coming weeks, it needs to finish maintenance on at least six units," she said.

Load shedding was first introduced in 2008 and returned in late 2014. The utility avoided blackouts for most of 2016 and 2017, but was forced to cut power again late last year.

The City of Cape Town said it had protected residents from one stage of load shedding since 2015 by using the Steenbras hydro scheme, and would continue to do so.

Nersa will hold public hearings on Eskom's application for a further tariff increase next month. The utility is due to publish its updated system outlook on 1 April.
""", [
    ('winter', 'DATE', '2019-WI'),
    ('Tuesday night', 'DATE|TIME', '2019-03-19TNI'),
    ('05:00 on Wednesday', 'TIME', '2019-03-20T05:00'),
    ('almost a week', 'DURATION', 'P1W'),
    ('the rest of the week', 'DATE', '2019-W12'),
    ('Sunday', 'DATE', '2019-03-17'),
    ('last week', 'DATE', '2019-W11'),
    ('the past five days', 'DURATION', 'P5D'),
    ('two and a half hours', 'DURATION', 'PT2H30M'),
    ('three times a day', 'SET', 'P1D'),
    ('Monday morning', 'DATE|TIME', '2019-03-18TMO'),
    ('Monday', 'DATE', '2019-03-18'),
    ('years', 'DURATION', 'PXY'),
    ('February', 'DATE', '2019-02'),
    ('May', 'DATE', '2019-05'),
    ('Winter', 'DATE', '2019-WI'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('2008', 'DATE', '2008'),
    ('late 2014', 'DATE', '2014'),
    ('2016', 'DATE', '2016'),
    ('2017', 'DATE', '2017'),
    ('late last year', 'DATE', '2018'),
    ('2015', 'DATE', '2015'),
    ('next month', 'DATE', '2019-04'),
    ('1 April', 'DATE', '2019-04-01'),
]),

# 9. ABC Australia, bushfires / weather (2020)
('2020-01-06', 'auto', """Cooler change brings relief to NSW South Coast, but fire danger to return later this week

By Sarah Whitfield

Posted Mon 6 Jan 2020 at 7:45am

Residents of the New South Wales South Coast woke to light rain and cooler temperatures this morning after a weekend of catastrophic conditions that destroyed dozens more homes.

The Rural Fire Service (RFS) said 135 fires were still burning across the state, 69 of them uncontained, but the southerly change that arrived late Saturday night had given crews a chance to strengthen containment lines.

"We've got a window of a few days now, and we need to make the most of it," an RFS spokesman said.

The Bureau of Meteorology is forecasting temperatures in the high 30s and gusty north-westerly winds from Friday, with fire danger likely to reach severe or extreme levels in the Illawarra, the Southern Ranges and the ACT.

Since the fire season began in September, more than 1,500 homes have been destroyed in NSW and 20 people have died, including two men killed on the fire front near Cobargo on New Year's Eve.

The Prime Minister on Saturday announced the call-out of 3,000 Army reservists, the first time reservists have been compulsorily called out to help with a natural disaster. The state of emergency declared by the NSW Premier on Thursday will remain in place for seven days.

Smoke haze blanketed Canberra again on Sunday, and the ACT's air quality has been rated hazardous for most of the past week.

In Batemans Bay, cafe owner Mick Doyle, 52, evacuated his family to Moruya on New Year's Day. "We've been living out of the car for six days. The kids keep asking when they'll go back to school, and I honestly can't tell them," he said. NSW public schools are due to return at the end of the month.

The Insurance Council of Australia said claims had topped $700 million since November 8, when fires first swept through the state's north. Bushfires normally cost insurers less than $150 million annually.

Climate scientists warned that fire seasons like this would become more common in the future. "What we are seeing this summer is consistent with projections we made a decade ago," said Professor Helen Marsh of the Australian National University.

Organisers of Canberra's Australia Day fireworks said they would decide next week whether the display would go ahead. Fireworks were cancelled in several NSW towns on New Year's Eve because of the fire danger.

Authorities have warned that the fire season has months to run, with no significant rain forecast until February.
""", [
    ('later this week', 'DATE', '2020-W02'),
    ('Mon 6 Jan 2020 at 7:45am', 'TIME', '2020-01-06T07:45'),
    ('this morning', 'DATE|TIME', '2020-01-06TMO'),
    ('a weekend', 'DATE', '2020-W01-WE'),
    ('late Saturday night', 'DATE|TIME', '2020-01-04TNI'),
    ('a few days', 'DURATION', 'PXD'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Friday', 'DATE', '2020-01-10'),
    ('September', 'DATE', '2019-09'),
    ("New Year's Eve", 'DATE', '2019-12-31'),
    ('Saturday', 'DATE', '2020-01-04'),
    ('Thursday', 'DATE', '2020-01-02'),
    ('seven days', 'DURATION', 'P7D'),
    ('Sunday', 'DATE', '2020-01-05'),
    ('the past week', 'DURATION', 'P1W'),
    ("New Year's Day", 'DATE', '2020-01-01'),
    ('six days', 'DURATION', 'P6D'),
    ('the end of the month', 'DATE', '2020-01'),
    ('November 8', 'DATE', '2019-11-08'),
    ('annually', 'SET', 'P1Y'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('this summer', 'DATE', '2020-SU|2019-SU'),
    ('a decade ago', 'DATE', '2010|201'),
    ('Australia Day', 'DATE', '2020-01-26'),
    ('next week', 'DATE', '2020-W03'),
    ("New Year's Eve", 'DATE', '2019-12-31'),
    ('months', 'DURATION', 'PXM'),
    ('February', 'DATE', '2020-02'),
]),

# 10. The Hindu, courts / water bodies (2022)
('2022-02-24', 'auto', """High Court orders removal of encroachments on Madambakkam lake within 12 weeks

CHENNAI

The Madras High Court on Wednesday directed the Tamil Nadu government to remove all encroachments on the Madambakkam lake in Chengalpattu district within 12 weeks and file a compliance report by June 10.

A Division Bench headed by the Chief Justice passed the order on a public interest litigation petition filed in 2019 by a resident, who said the lake had shrunk from 120 acres in 1980 to less than 70 acres now.

The Bench observed that the floods of 2015, when large parts of Chennai remained under water for nearly a week in December, were a direct consequence of the loss of water bodies to construction. "Time and again, this court has directed the authorities to protect water bodies, but the orders have remained on paper," the judges said.

The State had filed its status report only on Tuesday, the day before the hearing. The Additional Advocate-General told the court that 84 of the 212 structures on the lake bed had been identified as encroachments in a survey conducted in October last year, and that notices were served on the occupants in January.

He sought six months to complete the evictions, citing the need to rehabilitate about 60 families. The Bench declined, noting that the petition had been pending for nearly three years.

The petitioner's counsel submitted that the urban local body elections held on Saturday should not be cited as a reason for further delay. Residents of Madambakkam said their streets had flooded again during the heavy rain last November, when 400 mm of rain fell over four days.

The court also directed the Water Resources Department to complete desilting of the lake's inlet and surplus channels before the onset of the northeast monsoon in October, and to conduct inspections every month until then.

The department had sanctioned Rs. 45 crore in 2021-22 for restoring 30 tanks in the district, and officials said a larger allocation was expected in the State Budget, to be presented in the Assembly next month. Environmentalists, however, pointed out that only Rs. 11 crore had been spent so far.

"Over the last two decades, Chennai has lost nearly a third of its wetlands. Unless encroachments are removed, the rains will bring the same misery every year," said V. Lakshmi, an urban planner.

The matter will be taken up again on June 13.
""", [
    ('12 weeks', 'DURATION', 'P12W'),
    ('Wednesday', 'DATE', '2022-02-23'),
    ('12 weeks', 'DURATION', 'P12W'),
    ('June 10', 'DATE', '2022-06-10'),
    ('2019', 'DATE', '2019'),
    ('1980', 'DATE', '1980'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2015', 'DATE', '2015'),
    ('nearly a week', 'DURATION', 'P1W'),
    ('December', 'DATE', '2015-12'),
    ('Tuesday', 'DATE', '2022-02-22'),
    ('the day before', 'DATE', '2022-02-22'),
    ('October last year', 'DATE', '2021-10'),
    ('January', 'DATE', '2022-01'),
    ('six months', 'DURATION', 'P6M'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('Saturday', 'DATE', '2022-02-19'),
    ('last November', 'DATE', '2021-11'),
    ('four days', 'DURATION', 'P4D'),
    ('October', 'DATE', '2022-10'),
    ('every month', 'SET', 'P1M'),
    ('2021-22', 'DATE', 'FY2021|FY2022'),
    ('next month', 'DATE', '2022-03'),
    ('the last two decades', 'DURATION', 'P20Y|P2E'),
    ('every year', 'SET', 'P1Y'),
    ('June 13', 'DATE', '2022-06-13'),
]),

# 11. The Nation (Nigeria), labour / fuel subsidy (2023)
('2023-06-16', 'auto', """Subsidy: Labour, FG resume talks Monday as fares soar

From Bisi Adeyemi, Abuja

Organised Labour and the Federal Government will resume negotiations on Monday over the removal of petrol subsidy, nearly two weeks after a court stopped the unions from embarking on a nationwide strike.

The Nigeria Labour Congress (NLC) General Secretary told The Nation yesterday that the unions would present a fresh list of demands at the meeting, which is scheduled for 11am at the State House.

The National Industrial Court, Abuja, had on June 5 restrained the NLC and the Trade Union Congress (TUC) from proceeding with the strike scheduled for June 7, pending the hearing of a suit filed by the Federal Government. The court adjourned the matter till June 28.

Pump prices of petrol rose from N185 to between N488 and N557 per litre after President Bola Tinubu declared in his inaugural speech on May 29 that "fuel subsidy is gone". Transport fares in Lagos, Abuja and Port Harcourt have more than doubled since then.

The unions are demanding a N200,000 minimum wage, palliatives for workers and the revival of the country's four refineries within six months. The current N30,000 minimum wage was signed into law in April 2019 and is due for review next year.

A member of the NLC National Executive Council, who spoke on condition of anonymity, said: "We gave the government seven days and it ran to court. If Monday's meeting fails, the NEC will reconvene on Thursday to decide the next line of action."

Economists say the subsidy gulped N4.39trn in 2022 alone, and had been provided for in the budget only until the end of June. The Nigerian National Petroleum Company Limited (NNPCL) said petrol consumption had dropped from 66 million litres daily to about 46 million litres since the subsidy was removed.

The Lagos State Government on Tuesday announced a 25 per cent cut in fares on state-owned BRT buses for the next three months. Transport unions in the Federal Capital Territory, however, said fares would rise again at the weekend.

A civil servant in Abuja, Mrs Ngozi Eze, said she now spends N2,500 every day on transport to her office in the Central Business District, up from N900 in May. "Salaries have not changed since 2019. How do they expect us to survive?" she asked.

The Central Bank of Nigeria, which unified the country's multiple exchange rate windows on Wednesday, said the reforms would attract foreign investment in the coming months. Inflation rose to 22.41 per cent in May, the highest in nearly 18 years, according to the National Bureau of Statistics.
""", [
    ('Monday', 'DATE', '2023-06-19'),
    ('Monday', 'DATE', '2023-06-19'),
    ('nearly two weeks', 'DURATION', 'P2W'),
    ('yesterday', 'DATE', '2023-06-15'),
    ('11am', 'TIME', '2023-06-19T11:00'),
    ('June 5', 'DATE', '2023-06-05'),
    ('June 7', 'DATE', '2023-06-07'),
    ('June 28', 'DATE', '2023-06-28'),
    ('May 29', 'DATE', '2023-05-29'),
    ('six months', 'DURATION', 'P6M'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('April 2019', 'DATE', '2019-04'),
    ('next year', 'DATE', '2024'),
    ('seven days', 'DURATION', 'P7D'),
    ('Monday', 'DATE', '2023-06-19'),
    ('Thursday', 'DATE', '2023-06-22'),
    ('2022', 'DATE', '2022'),
    ('the end of June', 'DATE', '2023-06'),
    ('daily', 'SET', 'P1D'),
    ('Tuesday', 'DATE', '2023-06-13'),
    ('the next three months', 'DURATION', 'P3M'),
    ('the weekend', 'DATE', '2023-W24-WE'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every day', 'SET', 'P1D'),
    ('May', 'DATE', '2023-05'),
    ('2019', 'DATE', '2019'),
    ('Wednesday', 'DATE', '2023-06-14'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('May', 'DATE', '2023-05'),
    ('nearly 18 years', 'DURATION', 'P18Y'),
]),

# 12. Straits Times, transport / COE prices (2024)
('2024-08-22', 'auto', """COE premium for bigger cars climbs to highest level since March

SINGAPORE - Certificate of entitlement (COE) premiums for larger and more powerful cars rose to their highest level since March at the latest bidding exercise, which closed on Aug 21, while the premium for smaller cars eased slightly.

The Category B premium closed at $104,001, up from $98,890 two weeks ago. Category A premiums, for cars with engines of up to 1,600cc and power output not exceeding 97kW, fell 2.3 per cent to $95,010.

The Open category premium, which can be used for any vehicle type but ends up mainly being used for large cars, rose 4.1 per cent to $105,009. The premium for motorcycles dipped slightly to $9,389.

Bidding exercises are held twice a month. The Land Transport Authority (LTA) said in July that the COE quota for the next three months would rise by 3.4 per cent, largely because more vehicles were deregistered in the second quarter.

Premiums have risen in 10 of the 15 exercises held this year. Motor traders had expected demand to soften after National Day, but sales of premium models have held up.

"Buyers who have been waiting since the start of the year are now rushing in, because they think prices will only go up later this year," said Mr Ronald Chua, a sales manager at a dealership in Ubi.

COE prices hit record highs in 2023, with the Category B premium crossing $150,000 in September last year. A decade ago, a Category A COE cost about $60,000.

The Transport Ministry announced in February that about 20,000 additional COEs would be injected progressively from 2025 to 2029, as older vehicles are deregistered. The vehicle growth rate, cut to zero per cent from February 2018, will remain at that level until 2025.

The issue was not raised at the National Day Rally on Sunday, although several MPs have called on the Government to review the allocation of COEs, which were introduced in 1990.

Analysts expect the Category A premium to hover around $90,000 until the end of the year. The next bidding exercise will open on Sept 2 and close on Sept 4.
""", [
    ('March', 'DATE', '2024-03'),
    ('March', 'DATE', '2024-03'),
    ('Aug 21', 'DATE', '2024-08-21'),
    ('two weeks ago', 'DATE', '2024-W32|2024-08-08'),
    ('twice a month', 'SET', 'P1M'),
    ('July', 'DATE', '2024-07'),
    ('the next three months', 'DURATION', 'P3M'),
    ('the second quarter', 'DATE', '2024-Q2'),
    ('this year', 'DATE', '2024'),
    ('National Day', 'DATE', '2024-08-09'),
    ('the start of the year', 'DATE', '2024|2024-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('later this year', 'DATE', '2024'),
    ('2023', 'DATE', '2023'),
    ('September last year', 'DATE', '2023-09'),
    ('A decade ago', 'DATE', '2014|201'),
    ('February', 'DATE', '2024-02'),
    ('2025', 'DATE', '2025'),
    ('2029', 'DATE', '2029'),
    ('February 2018', 'DATE', '2018-02'),
    ('2025', 'DATE', '2025'),
    ('Sunday', 'DATE', '2024-08-18'),
    ('1990', 'DATE', '1990'),
    ('the end of the year', 'DATE', '2024|2024-12'),
    ('Sept 2', 'DATE', '2024-09-02'),
    ('Sept 4', 'DATE', '2024-09-04'),
]),
]
