# Gold TIMEX3 probe set 34: twelve live blogs, rolling updates and briefings of 2011-2024 (timestamped entries, 'what we know so far', morning newsletters) in the styles of the Guardian, CNN, the BBC, the New York Times, Reuters and NPR, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. The Guardian, live blog, newest first: storm (2023)
('2023-11-02', 'auto', """Storm Orla: 150,000 homes without power as 100mph gusts batter south-west England – live

Thu 2 Nov 2023 17.05 GMT

17.05 GMT
Distribution companies say about 150,000 homes in Cornwall and Devon are still without electricity this evening, down from a peak of 210,000 at around 6am. Some customers in remote areas may not be reconnected until Saturday, the network operator said.

16.38 GMT
The Met Office has extended its amber wind warning for the south coast until 9pm tonight. A yellow rain warning covering much of Wales and the Midlands remains in place until midday tomorrow.

"We recorded a gust of 104mph at the Needles this morning, which is exceptional for early November," said the deputy chief meteorologist, Helen Crake. "The worst is over for the south-west now, but the next 12 hours will be difficult further east."

15.50 GMT
Network Rail has told passengers not to travel. All services west of Exeter are suspended and engineers will inspect the lines on Friday morning before any trains run. Great Western Railway said tickets dated 2 November could be used on Friday or Saturday instead.

14.12 GMT
A summary of where things stand:
- A man in his 50s died when a tree fell on his car near Truro shortly before 5am, Devon and Cornwall police said.
- More than 230 schools in the south-west closed today. Councils will decide tomorrow morning whether they reopen on Friday.
- The Environment Agency has issued 41 flood warnings.

13.30 GMT
Some background: Orla is the third named storm since September, following Agnes and Babet, which caused severe flooding in eastern Scotland last month. The last storm to bring gusts of this strength to the Channel coast was Eunice in February 2022, when more than a million homes lost power.

Climate scientists say there is no clear evidence that storms are becoming more frequent, but that heavy downpours have intensified since the 1960s and will worsen in the future.

12.05 GMT
Rishi Sunak said the government's Cobra emergency committee would meet again on Friday. Speaking at the AI safety summit at Bletchley Park, the prime minister said: "My thoughts are with the family of the man who lost his life this morning, and I want to thank the emergency services, many of whom have now been on duty for 24 hours."

The Association of British Insurers said it was too early to estimate the cost. Claims after the storms of February 2022 ran to almost £500m, it said last year.

11.20 GMT
Hello and welcome to our live coverage of Storm Orla, which made landfall in Cornwall on Wednesday night. I'm Jessica Morley and I'll be bringing you the latest.
""", [
    ('Thu 2 Nov 2023 17.05 GMT', 'TIME', '2023-11-02T17:05'),
    ('17.05 GMT', 'TIME', '2023-11-02T17:05'),
    ('this evening', 'DATE|TIME', '2023-11-02TEV'),
    ('around 6am', 'TIME', '2023-11-02T06:00'),
    ('Saturday', 'DATE', '2023-11-04'),
    ('16.38 GMT', 'TIME', '2023-11-02T16:38'),
    ('9pm tonight', 'TIME', '2023-11-02T21:00'),
    ('midday tomorrow', 'TIME', '2023-11-03T12:00'),
    ('this morning', 'DATE|TIME', '2023-11-02TMO'),
    ('early November', 'DATE', '2023-11'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next 12 hours', 'DURATION', 'PT12H'),
    ('15.50 GMT', 'TIME', '2023-11-02T15:50'),
    ('Friday morning', 'DATE|TIME', '2023-11-03TMO'),
    ('2 November', 'DATE', '2023-11-02'),
    ('Friday', 'DATE', '2023-11-03'),
    ('Saturday', 'DATE', '2023-11-04'),
    ('14.12 GMT', 'TIME', '2023-11-02T14:12'),
    ('shortly before 5am', 'TIME', '2023-11-02T05:00'),
    ('today', 'DATE', '2023-11-02'),
    ('tomorrow morning', 'DATE|TIME', '2023-11-03TMO'),
    ('Friday', 'DATE', '2023-11-03'),
    ('13.30 GMT', 'TIME', '2023-11-02T13:30'),
    ('September', 'DATE', '2023-09'),
    ('last month', 'DATE', '2023-10'),
    ('February 2022', 'DATE', '2022-02'),
    ('the 1960s', 'DATE', '196'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('12.05 GMT', 'TIME', '2023-11-02T12:05'),
    ('Friday', 'DATE', '2023-11-03'),
    ('this morning', 'DATE|TIME', '2023-11-02TMO'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('February 2022', 'DATE', '2022-02'),
    ('last year', 'DATE', '2022'),
    ('11.20 GMT', 'TIME', '2023-11-02T11:20'),
    ('Wednesday night', 'DATE|TIME', '2023-11-01TNI'),
]),

# 2. CNN, live updates, newest first: US midterm election night (2018)
('2018-11-06', 'auto', """Midterm elections 2018: Live updates

By CNN staff
Updated 12:15 a.m. ET, Wed November 7, 2018

12:15 a.m. ET
Democrats will win control of the House, CNN projects

Democrats will win the 23 seats they needed to take back the House of Representatives, CNN projects, ending eight years of Republican control of the chamber. The party last won the House in 2006, midway through George W. Bush's second term, and lost it four years later in the Tea Party wave.

House Minority Leader Nancy Pelosi told supporters at a hotel in Washington that "tomorrow will be a new day in America." She did not say whether she would run for speaker when the new Congress is sworn in on January 3.

11:40 p.m. ET
Republicans keep the Senate

CNN projects Republicans will hold their Senate majority after Mike Braun defeated Sen. Joe Donnelly in Indiana and Kevin Cramer ousted Sen. Heidi Heitkamp in North Dakota. President Trump carried both states by double digits two years ago. Republicans held 51 of the 100 seats going into tonight.

10:05 p.m. ET
Polls close in Iowa, Montana, Nevada and Utah

Voters in those four states had until 10 p.m. ET to cast their ballots. In Nevada's Clark County, a judge ordered several polling places to stay open an extra hour after long lines formed in the afternoon.

9:12 p.m. ET
Turnout could be the highest for a midterm in half a century

Early estimates from the US Elections Project suggest more than 110 million Americans voted, which would be the highest midterm turnout rate since 1966. In 2014, about 83 million people cast ballots.

More than 36 million of this year's votes were cast before Election Day, either in person or by mail.

8:30 p.m. ET
What to watch in Florida

The races for governor and Senate in Florida are too close to call. Officials in Broward County said Tuesday evening that counting of mail ballots could continue through the weekend. Under state law, any race decided by 0.5 percentage points or less goes to an automatic machine recount, and counties must submit unofficial results by noon on Saturday.

President Trump, who held rallies in Ohio, Indiana and Missouri on Monday, is watching the results at the White House with family and friends, according to press secretary Sarah Sanders. He has no public events scheduled for Wednesday.

7:02 p.m. ET
First polls close

Polls have now closed in Georgia, Indiana, Kentucky, South Carolina, Vermont and Virginia. Early exit polls show that about four in 10 voters said health care was the most important issue facing the country, well ahead of the economy and immigration.
""", [
    ('2018', 'DATE', '2018'),
    ('12:15 a.m. ET, Wed November 7, 2018', 'TIME', '2018-11-07T00:15'),
    ('12:15 a.m. ET', 'TIME', '2018-11-07T00:15'),
    ('eight years', 'DURATION', 'P8Y'),
    ('2006', 'DATE', '2006'),
    ('four years later', 'DATE', '2010'),
    ('tomorrow', 'DATE', '2018-11-07'),
    ('January 3', 'DATE', '2019-01-03'),
    ('11:40 p.m. ET', 'TIME', '2018-11-06T23:40'),
    ('two years ago', 'DATE', '2016'),
    ('tonight', 'DATE|TIME', '2018-11-06TNI'),
    ('10:05 p.m. ET', 'TIME', '2018-11-06T22:05'),
    ('10 p.m. ET', 'TIME', '2018-11-06T22:00'),
    ('an extra hour', 'DURATION', 'PT1H'),
    ('the afternoon', 'DATE|TIME', '2018-11-06TAF'),
    ('9:12 p.m. ET', 'TIME', '2018-11-06T21:12'),
    ('half a century', 'DURATION', 'P50Y'),
    ('1966', 'DATE', '1966'),
    ('2014', 'DATE', '2014'),
    ('this year', 'DATE', '2018'),
    ('Election Day', 'DATE', '2018-11-06'),
    ('8:30 p.m. ET', 'TIME', '2018-11-06T20:30'),
    ('Tuesday evening', 'DATE|TIME', '2018-11-06TEV'),
    ('the weekend', 'DATE', '2018-W45-WE'),
    ('noon on Saturday', 'TIME', '2018-11-10T12:00'),
    ('Monday', 'DATE', '2018-11-05'),
    ('Wednesday', 'DATE', '2018-11-07'),
    ('7:02 p.m. ET', 'TIME', '2018-11-06T19:02'),
    ('now', 'DATE', 'PRESENT_REF'),
]),

# 3. BBC News, 'what we know so far': manhunt (2021)
('2021-07-09', 'auto', """Kendal manhunt: What we know so far about the search for Daniel Rourke

Published 9 July 2021

A major search is under way in Cumbria for a man wanted in connection with the attempted murder of a woman.

Armed officers, a police helicopter and specialist search teams have been deployed across the southern Lake District since the woman, 34, was found with serious injuries at a house in Kendal on Wednesday evening.

Here is what we know so far.

What happened?
Cumbria Police said officers were called to a property on Sandes Avenue at about 21:40 BST on Wednesday after neighbours reported hearing screams. The woman was taken to the Royal Preston Hospital, where she remains in a critical but stable condition.

On Thursday morning, police named Daniel Rourke, 41, as the man they want to trace. He is believed to have left the house on foot shortly before officers arrived.

Where has he been seen?
A member of the public reported seeing a man matching his description near Staveley at 06:15 on Thursday. A second possible sighting, in woodland near Windermere, was reported at about 13:00 yesterday, and a tent and a sleeping bag were recovered from the area late last night.

Det Supt Claire Hadley said the force was "keeping an open mind" but believed Mr Rourke knew the fells well. "He has spent much of the past 20 years walking and camping in this area," she said.

Is the public at risk?
Police have urged people not to approach him and to call 999 immediately. Walkers have been asked to avoid the area between Staveley and Kentmere, and the Youth Hostels Association has closed two hostels for the weekend.

Has he been in trouble before?
Mr Rourke was jailed for four years in 2013 for grievous bodily harm and was released on licence in 2016. He was recalled to prison two years later after breaching the conditions of his licence, according to court records.

What happens next?
Cumbria Police said the search would continue through the weekend with support from Lancashire Constabulary and mountain rescue volunteers. A press conference is expected at 14:00 today in Penrith.

The force has also referred itself to the Independent Office for Police Conduct because officers visited the address on 30 June after a report of a domestic disturbance. The watchdog said it would decide in the coming days whether to investigate.

Anyone with information is asked to call 101, quoting incident 217 of 7 July.
""", [
    ('9 July 2021', 'DATE', '2021-07-09'),
    ('Wednesday evening', 'DATE|TIME', '2021-07-07TEV'),
    ('about 21:40 BST on Wednesday', 'TIME', '2021-07-07T21:40'),
    ('Thursday morning', 'DATE|TIME', '2021-07-08TMO'),
    ('06:15 on Thursday', 'TIME', '2021-07-08T06:15'),
    ('about 13:00 yesterday', 'TIME', '2021-07-08T13:00'),
    ('late last night', 'DATE|TIME', '2021-07-08TNI'),
    ('the past 20 years', 'DURATION', 'P20Y'),
    ('the weekend', 'DATE', '2021-W27-WE'),
    ('four years', 'DURATION', 'P4Y'),
    ('2013', 'DATE', '2013'),
    ('2016', 'DATE', '2016'),
    ('two years later', 'DATE', '2018'),
    ('the weekend', 'DATE', '2021-W27-WE'),
    ('14:00 today', 'TIME', '2021-07-09T14:00'),
    ('30 June', 'DATE', '2021-06-30'),
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('7 July', 'DATE', '2021-07-07'),
]),

# 4. The New York Times, morning briefing newsletter: NATO summit (2014)
('2014-09-04', 'auto', """Your Thursday Briefing: NATO Summit, Ukraine, Scotland

By THE NEW YORK TIMES
SEPT. 4, 2014

Good morning. Here's what you need to know:

• NATO leaders gather in Wales.
President Obama joins other NATO leaders in Newport, Wales, today for a two-day summit expected to be dominated by Russia's intervention in Ukraine. The alliance plans to approve a "readiness action plan" that would allow a force of several thousand troops to deploy to Eastern Europe within days.

On Wednesday, Mr. Obama told an audience in Tallinn, Estonia, that the United States would defend its Baltic allies under Article 5 of the NATO treaty. It was the first visit by an American president to Estonia since 2006.

Leaders are also expected to recommit to spending 2 percent of their economic output on defense. Only four of the alliance's 28 members met that target last year.

• A possible cease-fire.
President Petro Poroshenko of Ukraine said he would order a cease-fire on Friday if peace talks in Minsk, Belarus, go ahead as planned. Fighting in the country's east has killed more than 2,600 people since mid-April, according to the United Nations.

• Scotland's vote tightens.
A YouGov poll published on Tuesday night showed the "no" campaign's lead shrinking to six points, from 22 points a month ago. Scots vote on Sept. 18 on whether to leave a union that has lasted 307 years.

• Markets
The European Central Bank meets in Frankfurt today. Mario Draghi, its president, cut interest rates to record lows in June, and analysts are divided over whether the bank will act again so soon.

Wall Street ended mostly flat yesterday. The S.&P. 500 has gained about 8 percent since January.

• Coming up
The Labor Department releases its monthly jobs report at 8:30 a.m. Friday. Economists expect employers to have added about 225,000 jobs in August.

Apple is expected to unveil a new iPhone, and possibly a smartwatch, next Tuesday in Cupertino, Calif.

• And finally
The A.L.S. Association says the "Ice Bucket Challenge" has raised more than $100 million since July 29. The charity collected $2.8 million over the same stretch of 2013.

Back tomorrow.
""", [
    ('Thursday', 'DATE', '2014-09-04'),
    ('SEPT. 4, 2014', 'DATE', '2014-09-04'),
    ('today', 'DATE', '2014-09-04'),
    ('two-day', 'DURATION', 'P2D'),
    ('days', 'DURATION', 'PXD'),
    ('Wednesday', 'DATE', '2014-09-03'),
    ('2006', 'DATE', '2006'),
    ('last year', 'DATE', '2013'),
    ('Friday', 'DATE', '2014-09-05'),
    ('mid-April', 'DATE', '2014-04'),
    ('Tuesday night', 'DATE|TIME', '2014-09-02TNI'),
    ('a month ago', 'DATE', '2014-08'),
    ('Sept. 18', 'DATE', '2014-09-18'),
    ('307 years', 'DURATION', 'P307Y'),
    ('today', 'DATE', '2014-09-04'),
    ('June', 'DATE', '2014-06'),
    ('yesterday', 'DATE', '2014-09-03'),
    ('January', 'DATE', '2014-01'),
    ('monthly', 'SET', 'P1M'),
    ('8:30 a.m. Friday', 'TIME', '2014-09-05T08:30'),
    ('August', 'DATE', '2014-08'),
    ('next Tuesday', 'DATE', '2014-09-09'),
    ('July 29', 'DATE', '2014-07-29'),
    ('2013', 'DATE', '2013'),
    ('tomorrow', 'DATE', '2014-09-05'),
]),

# 5. Reuters, LIVE MARKETS rolling updates, newest first: market crash (2015)
('2015-08-24', 'auto', """LIVE MARKETS-Global stocks in freefall as China rout spreads

Aug 24 (Reuters) - Welcome to the home for real-time coverage of markets brought to you by Reuters reporters.

1418 GMT - DOW PLUNGES 1,000 POINTS AT THE OPEN
The Dow Jones Industrial Average fell more than 1,000 points shortly after the opening bell, its biggest intraday point drop on record, before recovering some ground. The S&P 500 was down 5.2 percent at 10:05 a.m. (1405 GMT). Trading in more than 1,200 stocks and exchange-traded funds was briefly halted.

"This is panic selling, pure and simple," said Mark Hollister, head of equity trading at Brisbane Capital in New York. "People came in this morning, looked at Shanghai and hit the sell button."

1150 GMT - EUROPE HEADS FOR WORST DAY SINCE 2008
The pan-European STOXX 600 index was down 6 percent, on course for its sharpest fall since late 2008, at the height of the financial crisis. The index has now lost about 17 percent since its record high in mid-April, wiping out all of its gains for 2015.

Germany's DAX fell below 10,000 points for the first time since January.

0845 GMT - WHAT HAPPENED IN ASIA
Shanghai's main index closed down 8.5 percent, its biggest loss since February 2007, erasing what remained of its gains for the year. Investors had hoped Beijing would announce fresh stimulus over the weekend; instead, state media said on Sunday that pension funds would be allowed to invest in stocks, which failed to reassure markets.

Chinese stocks have fallen nearly 40 percent since mid-June, despite a government rescue effort that included a ban on big shareholders selling and a freeze on new listings. The yuan devaluation two weeks ago, the currency's steepest drop in two decades, added to fears that the world's second-largest economy is slowing faster than officials admit.

Japan's Nikkei fell 4.6 percent to a six-month low.

0700 GMT - FED IN FOCUS
Traders have sharply cut bets that the Federal Reserve will raise interest rates at its meeting next month, which would be its first hike since 2006. Fed funds futures now price in a roughly 25 percent chance of a September move, down from about 50 percent a week ago.

The Fed has kept rates near zero for almost seven years. Fed Vice Chair Stanley Fischer is due to speak at the central bank's Jackson Hole conference in Wyoming on Saturday.

0615 GMT - FRIDAY RECAP
Wall Street ended last week with its steepest losses in four years, as the Dow tumbled 530 points on Friday alone. The CBOE Volatility Index, known as Wall Street's "fear gauge", jumped above 28.
""", [
    ('Aug 24', 'DATE', '2015-08-24'),
    ('1418 GMT', 'TIME', '2015-08-24T14:18'),
    ('10:05 a.m.', 'TIME', '2015-08-24T10:05'),
    ('1405 GMT', 'TIME', '2015-08-24T14:05'),
    ('this morning', 'DATE|TIME', '2015-08-24TMO'),
    ('1150 GMT', 'TIME', '2015-08-24T11:50'),
    ('2008', 'DATE', '2008'),
    ('late 2008', 'DATE', '2008'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('mid-April', 'DATE', '2015-04'),
    ('2015', 'DATE', '2015'),
    ('January', 'DATE', '2015-01'),
    ('0845 GMT', 'TIME', '2015-08-24T08:45'),
    ('February 2007', 'DATE', '2007-02'),
    ('the year', 'DATE', '2015'),
    ('the weekend', 'DATE', '2015-W34-WE'),
    ('Sunday', 'DATE', '2015-08-23'),
    ('mid-June', 'DATE', '2015-06'),
    ('two weeks ago', 'DATE', '2015-W33|2015-08-10'),
    ('two decades', 'DURATION', 'P20Y|P2E'),
    ('six-month', 'DURATION', 'P6M'),
    ('0700 GMT', 'TIME', '2015-08-24T07:00'),
    ('next month', 'DATE', '2015-09'),
    ('2006', 'DATE', '2006'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('September', 'DATE', '2015-09'),
    ('a week ago', 'DATE', '2015-W34|2015-08-17'),
    ('almost seven years', 'DURATION', 'P7Y'),
    ('Saturday', 'DATE', '2015-08-29'),
    ('0615 GMT', 'TIME', '2015-08-24T06:15'),
    ('FRIDAY', 'DATE', '2015-08-21'),
    ('last week', 'DATE', '2015-W34'),
    ('four years', 'DURATION', 'P4Y'),
    ('Friday', 'DATE', '2015-08-21'),
]),

# 6. NPR, The Two-Way blog post with updates (newest first), 'what we know': mine rescue (2013)
('2013-10-17', 'auto', """Four Miners Rescued After Nearly Two Days Trapped In West Virginia Coal Mine

October 17, 2013 · 5:40 PM ET

Update at 5:40 p.m. ET: All Four Men Are Out

The last of the four miners reached the surface at 5:12 p.m., about 44 hours after a roof fall cut them off from the mine entrance, officials say. The first man was brought up at 1:50 p.m. All four were taken to Raleigh General Hospital in Beckley to be checked, and family members say they expect them home tomorrow.

Our original post, from 11 a.m. ET:

Rescuers in southern West Virginia say they have made contact with four coal miners who have been trapped underground since Tuesday night, and they expect to bring the men out later today.

Here's what we know so far:

— The roof fall happened at about 9:30 p.m. Tuesday, roughly 1,800 feet inside the Black Fork No. 2 mine near Pineville. Three other members of the seven-man crew made it out on their own within an hour.

— On Wednesday, rescue teams began drilling a 6-inch borehole toward the section where the men were believed to be. They broke through at about 4 a.m. today and lowered a camera and a phone line.

— The men have air and some water, Gov. Earl Ray Tomblin told reporters at a briefing this morning. "They're tired, they're hungry, but they're in good spirits," he said.

— The mine was recently reopened by a new operator after standing idle for two years. Inspectors from the federal Mine Safety and Health Administration have cited it 37 times in the past year, according to agency records, twice for problems with its roof-control plan. The operator said in a statement that it had "cooperated fully" with inspectors and that the section had last been examined on Monday.

Federal law requires inspectors to examine every underground coal mine in full four times a year. MSHA said it would open an investigation next week and expects to publish preliminary findings within 90 days.

"My dad's been going underground for 30 years. He knows what he's doing," said Ashley Cline, whose father, Roger, 52, is among the trapped men.

Mining communities here still carry the memory of the explosion at the Upper Big Branch mine, about 30 miles away, in April 2010. Twenty-nine men died in what was the country's deadliest mining disaster in four decades.
""", [
    ('Nearly Two Days', 'DURATION', 'P2D'),
    ('October 17, 2013', 'DATE', '2013-10-17'),
    ('5:40 PM ET', 'TIME', '2013-10-17T17:40'),
    ('5:40 p.m. ET', 'TIME', '2013-10-17T17:40'),
    ('5:12 p.m.', 'TIME', '2013-10-17T17:12'),
    ('about 44 hours', 'DURATION', 'PT44H'),
    ('1:50 p.m.', 'TIME', '2013-10-17T13:50'),
    ('tomorrow', 'DATE', '2013-10-18'),
    ('11 a.m. ET', 'TIME', '2013-10-17T11:00'),
    ('Tuesday night', 'DATE|TIME', '2013-10-15TNI'),
    ('later today', 'DATE', '2013-10-17'),
    ('about 9:30 p.m. Tuesday', 'TIME', '2013-10-15T21:30'),
    ('an hour', 'DURATION', 'PT1H'),
    ('Wednesday', 'DATE', '2013-10-16'),
    ('about 4 a.m. today', 'TIME', '2013-10-17T04:00'),
    ('this morning', 'DATE|TIME', '2013-10-17TMO'),
    ('recently', 'DATE', 'PAST_REF'),
    ('two years', 'DURATION', 'P2Y'),
    ('the past year', 'DURATION', 'P1Y'),
    ('Monday', 'DATE', '2013-10-14'),
    ('four times a year', 'SET', 'P1Y'),
    ('next week', 'DATE', '2013-W43'),
    ('90 days', 'DURATION', 'P90D'),
    ('30 years', 'DURATION', 'P30Y'),
    ('April 2010', 'DATE', '2010-04'),
    ('four decades', 'DURATION', 'P40Y|P4E'),
]),

# 7. The Guardian, live blog 'as it happened', oldest first: court verdict (2016)
('2016-03-15', 'auto', """Clifton Mill fire: factory owner found guilty of manslaughter of six workers – as it happened

Tue 15 Mar 2016 14.30 GMT

09.45 GMT
Welcome to our live coverage from Bristol crown court, where the jury in the trial of Graham Pell, 58, will resume its deliberations at 10am. The jurors retired last Wednesday and have so far been out for 19 hours and 40 minutes over four days.

Pell denies six counts of gross negligence manslaughter over the fire at the Clifton Mill furniture workshop in Avonmouth on 11 November 2013, in which six workers died. The prosecution says he ignored repeated warnings about blocked fire exits, including one from the fire service in the spring of 2013. The trial began in January.

10.20 GMT
The jury has sent a note to the judge, Mr Justice Carver, asking to see again the CCTV footage from the workshop's rear yard. The public gallery has been cleared while it is shown.

11.52 GMT
Guilty on all counts. The jury has found Pell guilty of all six counts of manslaughter, and the verdicts were unanimous. There were cries from the public gallery, where relatives of the dead men have sat throughout the trial.

12.10 GMT
Mr Justice Carver said Pell would be sentenced on Friday 8 April and told him that "a custodial sentence is inevitable". He was remanded in custody.

Gross negligence manslaughter carries a maximum sentence of life imprisonment, although the longest term handed down for the offence in the past decade is understood to be 12 years.

12.25 GMT
Karen Doyle, whose son Liam died in the fire aged 19, read a statement on behalf of the families outside court: "For more than two years we have waited for someone to be held responsible. Today a jury has done that. Nothing will bring Liam back."

13.05 GMT
Some background: the company, Clifton Mill Interiors Ltd, pleaded guilty last month to breaching fire safety regulations and will be sentenced alongside Pell. Avon Fire and Rescue Service said it had inspected the building twice a year since 2010.

The Health and Safety Executive has pressed for tougher penalties for negligent employers in recent years, and new sentencing guidelines for health and safety offences took effect on 1 February.

13.40 GMT
Outside court, Det Ch Insp Mark Evans of Avon and Somerset police said the investigation had taken 28 months and involved more than 400 witness statements. "Six young men went to work that Monday morning and never came home," he said.

14.30 GMT
That's all from us for today. Pell will be sentenced next month; our correspondent Steven Morton's full report is here.
""", [
    ('Tue 15 Mar 2016 14.30 GMT', 'TIME', '2016-03-15T14:30'),
    ('09.45 GMT', 'TIME', '2016-03-15T09:45'),
    ('10am', 'TIME', '2016-03-15T10:00'),
    ('last Wednesday', 'DATE', '2016-03-09'),
    ('19 hours and 40 minutes', 'DURATION', 'PT19H40M'),
    ('four days', 'DURATION', 'P4D'),
    ('11 November 2013', 'DATE', '2013-11-11'),
    ('the spring of 2013', 'DATE', '2013-SP'),
    ('January', 'DATE', '2016-01'),
    ('10.20 GMT', 'TIME', '2016-03-15T10:20'),
    ('11.52 GMT', 'TIME', '2016-03-15T11:52'),
    ('12.10 GMT', 'TIME', '2016-03-15T12:10'),
    ('Friday 8 April', 'DATE', '2016-04-08'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('12 years', 'DURATION', 'P12Y'),
    ('12.25 GMT', 'TIME', '2016-03-15T12:25'),
    ('more than two years', 'DURATION', 'P2Y'),
    ('Today', 'DATE', '2016-03-15'),
    ('13.05 GMT', 'TIME', '2016-03-15T13:05'),
    ('last month', 'DATE', '2016-02'),
    ('twice a year', 'SET', 'P1Y'),
    ('2010', 'DATE', '2010'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('1 February', 'DATE', '2016-02-01'),
    ('13.40 GMT', 'TIME', '2016-03-15T13:40'),
    ('28 months', 'DURATION', 'P28M'),
    ('that Monday morning', 'DATE|TIME', '2013-11-11TMO'),
    ('14.30 GMT', 'TIME', '2016-03-15T14:30'),
    ('today', 'DATE', '2016-03-15'),
    ('next month', 'DATE', '2016-04'),
]),

# 8. CNN, 'what we know right now' explainer: hurricane (2017)
('2017-09-10', 'auto', """Hurricane Irma: What we know right now

By CNN Staff
Updated 6:30 PM ET, Sun September 10, 2017

(CNN) Hurricane Irma made a second landfall on Florida's southwest coast Sunday afternoon, hours after its eye crossed the Florida Keys as a Category 4 storm. Here's the latest:

Where it is now: Irma came ashore on Marco Island at 3:35 p.m. ET with maximum sustained winds of 115 mph, the National Hurricane Center said. It is expected to move up the Gulf Coast tonight, passing near Tampa early Monday, and to weaken to a tropical storm over northern Florida by Monday afternoon.

The Keys: The eye passed over Cudjoe Key at 9:10 a.m. Officials said it was too early to assess the damage, but Monroe County's emergency management director warned residents who rode out the storm that the island chain could be without water and power for weeks.

Power outages: More than 3.4 million homes and businesses had lost power by 6 p.m., according to Florida Power & Light and other utilities. FPL said customers in the hardest-hit areas may not be reconnected until the end of the month.

Evacuations: About 6.3 million people -- nearly a third of the state's population -- were ordered to leave their homes ahead of the storm, one of the largest evacuations in US history. Miami-Dade County imposed a curfew from 7 p.m. Sunday until 7 a.m. Monday.

Deaths: At least three people have been killed in Florida in traffic accidents linked to the storm, officials said. In the Caribbean, Irma has killed at least 24 people since it struck Barbuda on Wednesday.

A record breaker: Irma sustained winds of 185 mph for 37 hours as it tore through the northern Caribbean, longer than any storm on the planet since satellites began tracking hurricanes. It is the second Category 4 hurricane to hit the US mainland in less than three weeks: Harvey came ashore in Texas on August 25, just over two weeks ago. Forecasters say that has not happened since record-keeping began in 1851.

What's next: President Trump approved a major disaster declaration for Florida on Sunday, freeing up federal money for the recovery, and plans to visit the state on Thursday. Tampa, where the storm is forecast to pass early Monday, has not taken a direct hit from a major hurricane since 1921. Public schools in most of Florida's 67 counties will be closed on Monday and Tuesday.

Georgia's governor expanded a state of emergency to all 159 counties on Sunday, and Atlanta is under a tropical storm warning for the first time.
""", [
    ('right now', 'DATE', 'PRESENT_REF'),
    ('6:30 PM ET, Sun September 10, 2017', 'TIME', '2017-09-10T18:30'),
    ('Sunday afternoon', 'DATE|TIME', '2017-09-10TAF'),
    ('hours', 'DURATION', 'PTXH'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('3:35 p.m. ET', 'TIME', '2017-09-10T15:35'),
    ('tonight', 'DATE|TIME', '2017-09-10TNI'),
    ('early Monday', 'DATE', '2017-09-11'),
    ('Monday afternoon', 'DATE|TIME', '2017-09-11TAF'),
    ('9:10 a.m.', 'TIME', '2017-09-10T09:10'),
    ('weeks', 'DURATION', 'PXW'),
    ('6 p.m.', 'TIME', '2017-09-10T18:00'),
    ('the end of the month', 'DATE', '2017-09'),
    ('7 p.m. Sunday', 'TIME', '2017-09-10T19:00'),
    ('7 a.m. Monday', 'TIME', '2017-09-11T07:00'),
    ('Wednesday', 'DATE', '2017-09-06'),
    ('37 hours', 'DURATION', 'PT37H'),
    ('less than three weeks', 'DURATION', 'P3W'),
    ('August 25', 'DATE', '2017-08-25'),
    ('just over two weeks ago', 'DATE', '2017-W34|2017-08-27'),
    ('1851', 'DATE', '1851'),
    ('Sunday', 'DATE', '2017-09-10'),
    ('Thursday', 'DATE', '2017-09-14'),
    ('early Monday', 'DATE', '2017-09-11'),
    ('1921', 'DATE', '1921'),
    ('Monday', 'DATE', '2017-09-11'),
    ('Tuesday', 'DATE', '2017-09-12'),
    ('Sunday', 'DATE', '2017-09-10'),
]),

# 9. BBC News, election-night live page, newest first (no dateline): UK general election (2019)
('2019-12-13', 'auto', """General election 2019: Tories on course for biggest majority since 1987

Live Reporting
Edited by Ben Millen and Alice Ashby

06:10
Johnson to see the Queen

Boris Johnson will travel to Buckingham Palace later this morning to ask the Queen for permission to form a government. Downing Street says he will then make a statement outside Number 10 at about midday.

The prime minister wants to bring his Brexit deal back to the Commons before Christmas and has promised that the UK will leave the EU by 31 January.

05:02
Conservatives secure majority

The Conservatives have won their 326th seat, giving Boris Johnson an overall majority in the House of Commons. It is the party's best result since Margaret Thatcher's third election victory in 1987.

Two years ago, Theresa May lost her majority after calling a snap election. Mr Johnson replaced her as prime minister in July.

04:25
Swinson loses her seat

Liberal Democrat leader Jo Swinson has lost East Dunbartonshire to the SNP by 149 votes. She has led the party for less than five months.

03:30
Corbyn: I will not lead Labour into next election

Speaking at his count in Islington North, Jeremy Corbyn said he would not lead the party at the next general election but would stay on during a "period of reflection". Labour is heading for its worst result since 1935.

Mr Corbyn, who has represented Islington North since 1983, has led Labour for more than four years.

01:40
Pound jumps

Sterling rose almost 3% against the dollar after the exit poll, to its highest level since May 2018. Traders expect further gains when London markets open at 08:00.

00:05
Blyth Valley turns blue

The Conservatives have taken Blyth Valley, a seat Labour had held since it was created in 1950. It is the first of a string of Labour heartland seats in the north of England expected to fall in the coming hours.

22:00
Exit poll: Conservatives to win 368 seats

The exit poll, published as polls closed at 22:00 on Thursday, suggests the Conservatives will win 368 seats and Labour 191. The survey, carried out by Ipsos Mori for the BBC, ITV and Sky News, was conducted at 144 polling stations. Polling stations had been open for 15 hours, from 07:00.

Turnout is expected to be slightly lower than two years ago, when 68.8% of voters took part.
""", [
    ('2019', 'DATE', '2019'),
    ('1987', 'DATE', '1987'),
    ('06:10', 'TIME', '2019-12-13T06:10'),
    ('later this morning', 'DATE|TIME', '2019-12-13TMO'),
    ('about midday', 'TIME', '2019-12-13T12:00'),
    ('Christmas', 'DATE', '2019-12-25'),
    ('31 January', 'DATE', '2020-01-31'),
    ('05:02', 'TIME', '2019-12-13T05:02'),
    ('1987', 'DATE', '1987'),
    ('Two years ago', 'DATE', '2017'),
    ('July', 'DATE', '2019-07'),
    ('04:25', 'TIME', '2019-12-13T04:25'),
    ('less than five months', 'DURATION', 'P5M'),
    ('03:30', 'TIME', '2019-12-13T03:30'),
    ('1935', 'DATE', '1935'),
    ('1983', 'DATE', '1983'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('01:40', 'TIME', '2019-12-13T01:40'),
    ('May 2018', 'DATE', '2018-05'),
    ('08:00', 'TIME', '2019-12-13T08:00'),
    ('00:05', 'TIME', '2019-12-13T00:05'),
    ('1950', 'DATE', '1950'),
    ('the coming hours', 'DURATION|DATE', 'PTXH|FUTURE_REF'),
    ('22:00', 'TIME', '2019-12-12T22:00'),
    ('22:00 on Thursday', 'TIME', '2019-12-12T22:00'),
    ('15 hours', 'DURATION', 'PT15H'),
    ('07:00', 'TIME', '2019-12-12T07:00'),
    ('two years ago', 'DATE', '2017'),
]),

# 10. The New York Times, DealBook morning newsletter: market crash (2011)
('2011-08-09', 'auto', """DealBook | Morning Edition
Tuesday, August 9, 2011

Markets Look to the Fed After Worst Day Since 2008

Stocks suffered their steepest drop since the depths of the financial crisis on Monday, in the first session since Standard & Poor's stripped the United States of its AAA credit rating. The Dow Jones industrial average fell 634.76 points, or 5.6 percent, to 10,809.85, and the Standard & Poor's 500-stock index lost 6.7 percent. Both indexes have now fallen more than 15 percent since late July.

The sell-off gathered pace in the afternoon, after President Obama, speaking at the White House shortly before 2 p.m., offered no new measures to calm investors. Bank stocks were hit hardest: Bank of America fell 20 percent and has lost more than half its value this year.

S.&P. announced the downgrade after markets closed on Friday, citing the political brinkmanship over the debt ceiling, which Congress raised only hours before the Aug. 2 deadline. The agency had given the United States its top grade since 1941. The debt deal calls for $917 billion in spending cuts over the next decade, beginning in fiscal 2012, but S.&P. said that fell short of what was needed.

The last time the Dow fell this far in a single session was on Dec. 1, 2008. Lehman Brothers had collapsed in mid-September of that year.

"We've gone from worrying about a double-dip recession to pricing one in within two weeks," said Laura Pinto, an equity strategist at Halvorsen Brothers.

Investors are now looking to the Federal Reserve, whose policy committee meets in Washington today. The Fed, which has held short-term rates near zero since December 2008, is not expected to change them, but analysts say it could signal that it will keep them there for longer than investors had assumed. The committee, which meets eight times a year, will release its statement at 2:15 p.m.

Overseas, Tokyo's Nikkei index closed down 1.7 percent this morning, and European shares opened lower before recovering some ground.

Coming up: The Labor Department reports second-quarter productivity at 8:30 a.m., and the Commerce Department releases June wholesale inventories at 10 a.m.
""", [
    ('Tuesday, August 9, 2011', 'DATE', '2011-08-09'),
    ('2008', 'DATE', '2008'),
    ('Monday', 'DATE', '2011-08-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('late July', 'DATE', '2011-07'),
    ('the afternoon', 'DATE|TIME', '2011-08-08TAF'),
    ('shortly before 2 p.m.', 'TIME', '2011-08-08T14:00'),
    ('this year', 'DATE', '2011'),
    ('Friday', 'DATE', '2011-08-05'),
    ('hours', 'DURATION', 'PTXH'),
    ('Aug. 2', 'DATE', '2011-08-02'),
    ('1941', 'DATE', '1941'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('fiscal 2012', 'DATE', 'FY2012|2012'),
    ('Dec. 1, 2008', 'DATE', '2008-12-01'),
    ('mid-September of that year', 'DATE', '2008-09'),
    ('two weeks', 'DURATION', 'P2W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('today', 'DATE', '2011-08-09'),
    ('December 2008', 'DATE', '2008-12'),
    ('eight times a year', 'SET', 'P1Y'),
    ('2:15 p.m.', 'TIME', '2011-08-09T14:15'),
    ('this morning', 'DATE|TIME', '2011-08-09TMO'),
    ('second-quarter', 'DATE', '2011-Q2'),
    ('8:30 a.m.', 'TIME', '2011-08-09T08:30'),
    ('June', 'DATE', '2011-06'),
    ('10 a.m.', 'TIME', '2011-08-09T10:00'),
]),

# 11. Reuters, LIVE rolling updates (times GMT), newest first: Taiwan election night (2024)
('2024-01-13', 'auto', """LIVE: Taiwan's Lai wins presidency as ruling party loses grip on parliament

TAIPEI, Jan 13 (Reuters) - Taiwan's ruling Democratic Progressive Party (DPP) won an unprecedented third straight presidential term on Saturday as voters shrugged off warnings from Beijing, but it lost its majority in the legislature. Follow the latest developments below.

1405 GMT - CHINA SAYS VOTE WILL NOT STOP 'INEVITABLE' REUNIFICATION
China's Taiwan Affairs Office said the result showed the DPP "cannot represent the mainstream public opinion on the island" and that the election would not change "the inevitable trend" of China's reunification. Beijing has stepped up military pressure on Taiwan over the past four years, staging large-scale war games around the island in August 2022 and April last year. Taiwan's defence ministry reported several Chinese balloons crossing the Taiwan Strait this week.

1240 GMT - LAI VOWS TO PRESERVE STATUS QUO
Lai, 64, told cheering supporters outside party headquarters in Taipei that he would act "in accordance with the constitution" and maintain the status quo across the Taiwan Strait. He takes office on May 20, succeeding Tsai Ing-wen, who is stepping down after serving the maximum two four-year terms. The KMT last held the presidency under Ma Ying-jeou, from 2008 to 2016.

1205 GMT - OPPOSITION CONCEDES
Hou Yu-ih of the Kuomintang (KMT), which traditionally favours closer ties with China, conceded defeat shortly after 8 p.m. (1200 GMT) and apologised to his supporters. With nearly all votes counted, Lai had 40.1% of the vote, Hou 33.5% and Ko Wen-je of the small Taiwan People's Party 26.5%.

The DPP appeared set to lose the majority it has held in the 113-seat legislature since 2016, leaving Lai facing a difficult four years.

0930 GMT - COUNTING UNDER WAY
Polls closed at 4 p.m. (0800 GMT) after eight hours of voting. About 19.5 million people were eligible to vote, and turnout four years ago was 74.9%. Paper ballots are counted by hand in public at each polling station, and results are usually clear within hours.

0715 GMT - WASHINGTON WATCHING
A delegation of former senior U.S. officials will arrive in Taipei on Sunday, a U.S. official said on Wednesday, a trip that Beijing has criticised. Taiwan has held direct presidential elections every four years since 1996.
""", [
    ('Jan 13', 'DATE', '2024-01-13'),
    ('Saturday', 'DATE', '2024-01-13'),
    ('1405 GMT', 'TIME', '2024-01-13T14:05'),
    ('the past four years', 'DURATION', 'P4Y'),
    ('August 2022', 'DATE', '2022-08'),
    ('April last year', 'DATE', '2023-04'),
    ('this week', 'DATE', '2024-W02'),
    ('1240 GMT', 'TIME', '2024-01-13T12:40'),
    ('May 20', 'DATE', '2024-05-20'),
    ('four-year', 'DURATION', 'P4Y'),
    ('2008', 'DATE', '2008'),
    ('2016', 'DATE', '2016'),
    ('1205 GMT', 'TIME', '2024-01-13T12:05'),
    ('shortly after 8 p.m.', 'TIME', '2024-01-13T20:00'),
    ('1200 GMT', 'TIME', '2024-01-13T12:00'),
    ('2016', 'DATE', '2016'),
    ('four years', 'DURATION', 'P4Y'),
    ('0930 GMT', 'TIME', '2024-01-13T09:30'),
    ('4 p.m.', 'TIME', '2024-01-13T16:00'),
    ('0800 GMT', 'TIME', '2024-01-13T08:00'),
    ('eight hours', 'DURATION', 'PT8H'),
    ('four years ago', 'DATE', '2020'),
    ('hours', 'DURATION', 'PTXH'),
    ('0715 GMT', 'TIME', '2024-01-13T07:15'),
    ('Sunday', 'DATE', '2024-01-14'),
    ('Wednesday', 'DATE', '2024-01-10'),
    ('every four years', 'SET', 'P4Y'),
    ('1996', 'DATE', '1996'),
]),

# 12. NPR, Up First morning newsletter: court verdict (2024)
('2024-05-31', 'auto', """Up First briefing: Trump is found guilty on all counts. Here's what comes next

May 31, 2024 · 7:00 AM ET
By Dana Hollis

Good morning. You're reading the Up First newsletter. Subscribe here to get it delivered to your inbox, and listen to the Up First podcast for all the news you need.

Today's top stories

A Manhattan jury found former President Donald Trump guilty yesterday on all 34 felony counts of falsifying business records, making him the first former U.S. president to be convicted of a crime. The 12 jurors deliberated for about 11 hours over two days before delivering their verdict shortly after 5 p.m. Thursday.

- The case centered on a $130,000 payment that Trump's former lawyer Michael Cohen made to adult film actor Stormy Daniels in late October 2016, shortly before the presidential election, to keep her quiet about an alleged sexual encounter a decade earlier. Prosecutors said Trump disguised his reimbursements to Cohen as legal expenses in 2017.
- Trump called the trial "rigged" and "a disgrace" as he left the courtroom. He is scheduled to speak at Trump Tower at 11 a.m. ET today, and his lawyers say they will appeal. Legal experts told NPR an appeal could take more than a year.
- Judge Juan Merchan set sentencing for July 11. The Republican National Convention, where Trump is expected to be formally nominated, opens in Milwaukee the following Monday. Each count carries a maximum of four years in prison, though experts say a first-time offender is unlikely to get anything close to that. Trump turns 78 next month.
- Trump still faces three other criminal cases, but none is likely to go to trial before the Nov. 5 election. Polls have shown him locked in a close race with President Biden for months, and his campaign said it raised $34.8 million from small donors after the verdict.

Ukraine gets a green light: President Biden has quietly given Ukraine permission to use American weapons to strike targets inside Russia near Kharkiv, U.S. officials said Thursday. Kyiv had been asking for weeks, as Russian forces pressed an offensive in the region that began earlier this month.

3 things to know before you go
1. The Atlantic hurricane season starts tomorrow. NOAA forecasters expect 17 to 25 named storms, the most they have ever predicted in a preseason outlook.
2. Taylor Swift's Eras Tour continues in Lyon, France, this weekend, after sold-out shows in Lisbon and Madrid.
3. The Boston Celtics will face the Dallas Mavericks in the NBA Finals, which begin Thursday in Boston.
""", [
    ('May 31, 2024', 'DATE', '2024-05-31'),
    ('7:00 AM ET', 'TIME', '2024-05-31T07:00'),
    ('Today', 'DATE', '2024-05-31'),
    ('yesterday', 'DATE', '2024-05-30'),
    ('about 11 hours', 'DURATION', 'PT11H'),
    ('two days', 'DURATION', 'P2D'),
    ('shortly after 5 p.m. Thursday', 'TIME', '2024-05-30T17:00'),
    ('late October 2016', 'DATE', '2016-10'),
    ('a decade earlier', 'DATE', '2006|200'),
    ('2017', 'DATE', '2017'),
    ('11 a.m. ET today', 'TIME', '2024-05-31T11:00'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('July 11', 'DATE', '2024-07-11'),
    ('the following Monday', 'DATE', '2024-07-15'),
    ('four years', 'DURATION', 'P4Y'),
    ('next month', 'DATE', '2024-06'),
    ('Nov. 5', 'DATE', '2024-11-05'),
    ('months', 'DURATION', 'PXM'),
    ('Thursday', 'DATE', '2024-05-30'),
    ('weeks', 'DURATION', 'PXW'),
    ('earlier this month', 'DATE', '2024-05'),
    ('tomorrow', 'DATE', '2024-06-01'),
    ('this weekend', 'DATE', '2024-W22-WE'),
    ('Thursday', 'DATE', '2024-06-06'),
]),
]
