# Gold TIMEX3 probe set 48: twelve wire and newspaper stories of 2012-2014 in the styles of AP, Reuters, AFP, the BBC, the New York Times and the Wall Street Journal, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, US election / early voting (2012)
('2012-10-19', 'auto', """Early voting surges in Ohio as campaigns pour in money

COLUMBUS, Ohio (AP) — More than 600,000 Ohioans have already cast ballots, state election officials said Friday, as both presidential campaigns poured money and staff into the state ahead of the Nov. 6 election.

Karen Whitlow, the state's elections director, said absentee ballots returned through Thursday were running about 8 percent ahead of the pace set four years ago, when Barack Obama carried Ohio by roughly 262,000 votes.

"We expect the lines to get longer every day from now until Election Day," Whitlow told reporters at a briefing in Columbus. She said county boards had hired hundreds of temporary workers after a federal appeals court earlier this month upheld a ruling that restored early voting for all Ohioans.

The legal fight has dragged on since July, when the Obama campaign sued to block a 2011 state law that limited early voting for most residents. The Supreme Court declined on Tuesday to take up the state's appeal, leaving the lower-court ruling in place.

Mitt Romney is scheduled to hold a rally in Lebanon, in southwestern Ohio, on Saturday night, his 10th visit to the state since June. Vice President Joe Biden will campaign in Toledo and Sandusky on Sunday, and Obama is expected back in Ohio late next week for a two-day bus tour.

Both campaigns and their allies have spent more than $150 million on television advertising in Ohio this year, according to the Wesleyan Media Project. In Cleveland and Columbus, political spots now fill nearly half of the commercial breaks during local newscasts.

A poll released Wednesday by a Columbus newspaper showed Obama leading 50 percent to 45 percent among likely voters, down from a 10-point lead in late September. Romney's advisers said the race had tightened since the first debate in Denver on Oct. 3.

No Republican has won the White House without carrying Ohio, and both parties have invested heavily in early voting here over the past decade. In 2008, nearly a third of Ohio voters cast ballots before Election Day.

Whitlow said her office would begin posting daily turnout figures for each county on its website next week.
""", [
    ('Friday', 'DATE', '2012-10-19'),
    ('Nov. 6', 'DATE', '2012-11-06'),
    ('Thursday', 'DATE', '2012-10-18'),
    ('four years ago', 'DATE', '2008'),
    ('every day', 'SET', 'P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Election Day', 'DATE', '2012-11-06'),
    ('earlier this month', 'DATE', '2012-10'),
    ('July', 'DATE', '2012-07'),
    ('2011', 'DATE', '2011'),
    ('Tuesday', 'DATE', '2012-10-16'),
    ('Saturday night', 'DATE|TIME', '2012-10-20TNI'),
    ('June', 'DATE', '2012-06'),
    ('Sunday', 'DATE', '2012-10-21'),
    ('late next week', 'DATE', '2012-W43'),
    ('two-day', 'DURATION', 'P2D'),
    ('this year', 'DATE', '2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Wednesday', 'DATE', '2012-10-17'),
    ('late September', 'DATE', '2012-09'),
    ('Oct. 3', 'DATE', '2012-10-03'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('2008', 'DATE', '2008'),
    ('Election Day', 'DATE', '2008-11-04'),
    ('daily', 'SET', 'P1D'),
    ('next week', 'DATE', '2012-W43'),
]),

# 2. Reuters, company earnings (2013)
('2013-04-24', 'auto', """Dunmore Industries profit falls 14 pct, cuts outlook on Europe

NEW YORK, April 24 (Reuters) - Dunmore Industries Inc reported a 14 percent drop in first-quarter profit on Wednesday and cut its earnings forecast, blaming weak demand in Europe and a stronger dollar, and its shares fell nearly 6 percent in early trading.

The maker of pumps, valves and industrial filters said net income fell to $212 million, or 98 cents per share, in the first quarter, from $247 million, or $1.12 per share, a year earlier. Revenue slipped 3 percent to $2.41 billion.

Excluding restructuring charges, the Cleveland-based company earned $1.05 per share, short of the average analyst estimate of $1.11, according to Thomson Reuters I/B/E/S.

Dunmore now expects 2013 earnings of $4.60 to $4.80 per share, down from the $4.90 to $5.10 it forecast in January. Chief Executive Martin Kessler told analysts on a conference call that orders from European customers had fallen for more than a year and that he did not expect a recovery before the second half of the year.

"We're not calling a bottom yet," Kessler said. "Europe is going to be tough through the summer, and we've planned for that."

The company said it would close two plants in Germany and one in Italy by the end of 2014, cutting about 1,100 jobs, and take charges of about $85 million over the next 18 months. It announced a similar program in October 2011 that eliminated 700 positions, and has shifted much of its production to Mexico and China in recent years.

Orders in North America rose 4 percent, helped by a recovery in U.S. housing construction that began last spring. Sales in China were flat after two years of double-digit growth.

Dunmore shares were down $3.42, or 5.8 percent, at $55.60 on the New York Stock Exchange at 10:15 a.m. They had gained 12 percent since the start of the year through Tuesday's close.

"The third quarter was supposed to be the turn, and now it's been pushed into 2014," said Andrea Pell, an analyst at Longbow Research, who cut her rating on the stock to "neutral" from "buy."

The company, which has paid a quarterly dividend since 1962, kept its payout unchanged at 41 cents a share. It will hold its shareholder meeting on May 9 in Cleveland.

(Reporting by Nick Brandt in New York; Editing by Lisa Shumaker)
""", [
    ('April 24', 'DATE', '2013-04-24'),
    ('first-quarter', 'DATE', '2013-Q1'),
    ('Wednesday', 'DATE', '2013-04-24'),
    ('the first quarter', 'DATE', '2013-Q1'),
    ('a year earlier', 'DATE', '2012-Q1|2012'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2013', 'DATE', '2013'),
    ('January', 'DATE', '2013-01'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the second half of the year', 'DATE', '2013-H2'),
    ('the summer', 'DATE', '2013-SU'),
    ('the end of 2014', 'DATE', '2014|2014-12'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('October 2011', 'DATE', '2011-10'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('last spring', 'DATE', '2012-SP'),
    ('two years', 'DURATION', 'P2Y'),
    ('10:15 a.m.', 'TIME', '2013-04-24T10:15'),
    ('the start of the year', 'DATE', '2013|2013-01'),
    ('Tuesday', 'DATE', '2013-04-23'),
    ('The third quarter', 'DATE', '2013-Q3'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2014', 'DATE', '2014'),
    ('quarterly', 'SET', 'P3M|P1Q'),
    ('1962', 'DATE', '1962'),
    ('May 9', 'DATE', '2013-05-09'),
]),

# 3. AFP, Syria conflict / chemical weapons inspectors (2013)
('2013-08-26', 'auto', """UN chemical arms team comes under sniper fire in Syria

BEIRUT, Aug 26, 2013 (AFP) - A convoy of UN chemical weapons inspectors came under sniper fire on Monday as it headed to the site of an alleged poison gas attack near Damascus, the United Nations said, but the team later reached the area and collected samples.

The lead vehicle was "deliberately shot at multiple times" at around 11:00 am in a buffer zone between government- and rebel-held territory, a UN spokesman said in New York. No one was hurt, and the team replaced the car before continuing.

The inspectors, who arrived in Damascus on August 18 to investigate three earlier alleged attacks, were given permission by the Syrian government on Sunday to visit the Eastern Ghouta area, four days after activists said hundreds of people were killed there in rocket attacks on Wednesday.

The opposition National Coalition says more than 1,300 people died. Doctors Without Borders said on Saturday that three hospitals it supports had treated about 3,600 patients with "neurotoxic symptoms" within three hours on the morning of August 21, and that 355 of them had died.

The regime of President Bashar al-Assad denies using chemical weapons and blames rebels, who have recently gained ground in the suburbs east of the capital. The foreign ministry said on Monday that Damascus would cooperate fully with the inspectors, and warned Washington against any military action.

US Secretary of State John Kerry was due to make a statement on Syria, and officials in Washington said President Barack Obama was weighing a range of options. British Prime Minister David Cameron cut short his holiday and will chair a meeting of the National Security Council on Wednesday.

Russia, Assad's main ally, said any strike without UN approval would be a "grave violation" of international law. Moscow and Beijing have blocked three Security Council resolutions on Syria since the conflict began.

The conflict, which erupted in March 2011 with peaceful protests, has killed more than 100,000 people, according to the UN. Nearly two million Syrians have fled the country, more than half of them in the past six months.

The UN team, led by Swedish scientist Ake Sellstrom, is expected to spend four days in the Ghouta area, a UN official said. Its mandate allows it to determine whether chemical weapons were used, but not who used them, and results of laboratory tests could take weeks.
""", [
    ('Aug 26, 2013', 'DATE', '2013-08-26'),
    ('Monday', 'DATE', '2013-08-26'),
    ('around 11:00 am', 'TIME', '2013-08-26T11:00'),
    ('August 18', 'DATE', '2013-08-18'),
    ('Sunday', 'DATE', '2013-08-25'),
    ('four days', 'DURATION', 'P4D'),
    ('Wednesday', 'DATE', '2013-08-21'),
    ('Saturday', 'DATE', '2013-08-24'),
    ('three hours', 'DURATION', 'PT3H'),
    ('the morning of August 21', 'DATE|TIME', '2013-08-21TMO'),
    ('recently', 'DATE', 'PAST_REF'),
    ('Monday', 'DATE', '2013-08-26'),
    ('Wednesday', 'DATE', '2013-08-28'),
    ('March 2011', 'DATE', '2011-03'),
    ('the past six months', 'DURATION', 'P6M'),
    ('four days', 'DURATION', 'P4D'),
    ('weeks', 'DURATION', 'PXW'),
]),

# 4. BBC, UK floods (2014)
('2014-02-10', 'auto', """Thames flooding: Hundreds of homes evacuated as river rises

Hundreds of homes along the River Thames have been flooded and residents in Berkshire and Surrey have been told to expect water levels to rise further over the coming days.

The Environment Agency has issued 14 severe flood warnings - meaning there is a danger to life - for communities between Windsor and Staines, the most it has ever issued for the Thames.

Soldiers were deployed to Wraysbury and Datchet on Sunday night to help fill sandbags, and about 1,000 properties have been evacuated since Friday.

Ministers held an emergency Cobra meeting this morning, and the government has promised an extra £130m for repairs to flood defences. The Prince of Wales, who visited flood-hit villages on the Somerset Levels last week, has donated £50,000 to a farming charity.

Environment Agency duty manager Simon Redfern said: "We are expecting the river to peak on Tuesday or Wednesday, and it could stay at these levels for several days after that. People should check our website, which is updated every 15 minutes."

The Met Office has issued an amber warning for heavy rain and gales on Wednesday, with up to 40mm (1.6in) of rain expected across southern England and winds of up to 80mph on exposed coasts. More storms are likely later this week.

It said January had been the wettest in southern England since records began in 1910, and that December and January combined had seen almost twice the average rainfall.

On the Somerset Levels, where thousands of acres of farmland have been under water for more than a month, dredging of the rivers Parrett and Tone is due to begin at the end of March.

James Winslade, whose family has farmed near Moorland for nearly 80 years, said: "We flood every winter, that's normal. But nothing like this. My father says the last time it was anywhere near this bad was 1960."

The Environment Agency's chairman, Lord Smith, has faced calls to resign over the agency's handling of the floods. He said at the weekend that he would not step down.

The bill for the storms, which began before Christmas, is expected to exceed £1bn, according to insurers.
""", [
    ('the coming days', 'DURATION|DATE', 'PXD|FUTURE_REF'),
    ('Sunday night', 'DATE|TIME', '2014-02-09TNI'),
    ('Friday', 'DATE', '2014-02-07'),
    ('this morning', 'DATE|TIME', '2014-02-10TMO'),
    ('last week', 'DATE', '2014-W06'),
    ('Tuesday', 'DATE', '2014-02-11'),
    ('Wednesday', 'DATE', '2014-02-12'),
    ('several days', 'DURATION', 'PXD'),
    ('every 15 minutes', 'SET', 'PT15M'),
    ('Wednesday', 'DATE', '2014-02-12'),
    ('later this week', 'DATE', '2014-W07'),
    ('January', 'DATE', '2014-01'),
    ('1910', 'DATE', '1910'),
    ('December', 'DATE', '2013-12'),
    ('January', 'DATE', '2014-01'),
    ('more than a month', 'DURATION', 'P1M'),
    ('the end of March', 'DATE', '2014-03'),
    ('nearly 80 years', 'DURATION', 'P80Y'),
    ('every winter', 'SET', 'XXXX-WI'),
    ('1960', 'DATE', '1960'),
    ('the weekend', 'DATE', '2014-W06-WE'),
    ('Christmas', 'DATE', '2013-12-25'),
]),

# 5. New York Times, Supreme Court (2013)
('2013-06-27', 'auto', """After Marriage Rulings, Justices Leave a Full Plate for Fall

WASHINGTON — The Supreme Court ended its term on Wednesday with a pair of decisions on same-sex marriage that will reshape family law for years, a day after the justices struck down a central part of the Voting Rights Act of 1965.

In the first of Wednesday's cases, the court ruled 5 to 4 that the Defense of Marriage Act, enacted in 1996, violated the Constitution by denying federal benefits to same-sex couples married under state law. In the second, it let stand a trial court ruling that struck down California's ban on same-sex marriage, known as Proposition 8.

By Thursday, county clerks in California were preparing to resume issuing marriage licenses to gay couples, although state officials said that could not happen until the federal appeals court in San Francisco lifted its stay, which under court rules would take at least 25 days.

Lawyers for the plaintiffs said they hoped weddings could begin by late July. "These couples have waited more than four years," said Maria Delgado, one of the lawyers. "They can wait a few more weeks, but they should not have to wait any longer."

The Obama administration said federal agencies had begun reviewing more than 1,000 laws and regulations affected by the ruling, a process that a Justice Department official said would take months.

The justices now begin a summer recess that will last until the first Monday in October, when they will return to a docket that already includes cases on legislative prayer, campaign contributions and the president's power to make recess appointments.

The court issued 73 signed opinions in cases argued since October, roughly the same number as a year ago, and nearly a third of them were decided by 5-to-4 votes, a sign of how sharply the justices remain divided on the most contested questions.

Justice Ruth Bader Ginsburg, who turned 80 in March, has rebuffed suggestions from some liberal scholars that she retire while a Democrat is in the White House. She said in an interview this month that she intended to stay as long as her health allowed.

Several of the justices will teach or travel abroad over the summer, as they do every year. The court's next scheduled conference is Sept. 30, when the justices will meet privately to sort through the hundreds of petitions that pile up during the break.
""", [
    ('Fall', 'DATE', '2013-FA'),
    ('Wednesday', 'DATE', '2013-06-26'),
    ('years', 'DURATION', 'PXY'),
    ('a day', 'DURATION', 'P1D'),
    ('1965', 'DATE', '1965'),
    ('Wednesday', 'DATE', '2013-06-26'),
    ('1996', 'DATE', '1996'),
    ('Thursday', 'DATE', '2013-06-27'),
    ('at least 25 days', 'DURATION', 'P25D'),
    ('late July', 'DATE', '2013-07'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('a few more weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('summer', 'DATE', '2013-SU'),
    ('the first Monday in October', 'DATE', '2013-10-07'),
    ('October', 'DATE', '2012-10'),
    ('a year ago', 'DATE', '2012'),
    ('March', 'DATE', '2013-03'),
    ('this month', 'DATE', '2013-06'),
    ('the summer', 'DATE', '2013-SU'),
    ('every year', 'SET', 'P1Y'),
    ('Sept. 30', 'DATE', '2013-09-30'),
]),

# 6. Wall Street Journal, Federal Reserve / economy (2013)
('2013-12-18', 'auto', """Fed to Start Slowing Bond Buys in January

By Jon Hilsen

The Federal Reserve said Wednesday it would start winding down its giant bond-buying program next month, judging that the U.S. economy and job market had strengthened enough to need less help from the central bank.

The Fed will reduce its monthly purchases of Treasury and mortgage bonds to $75 billion from $85 billion starting in January, and officials signaled they would likely keep trimming in "further measured steps" at coming meetings if the economy improves as they expect.

At the same time, the Fed strengthened its commitment to keep short-term interest rates near zero, saying it would likely hold them there "well past the time" that the unemployment rate falls below 6.5%. The rate was 7% in November, down from 7.8% a year earlier.

Stocks rallied on the news. The Dow Jones Industrial Average jumped 292.71 points, or 1.8%, to close at a record 16167.97.

Employers have added more than 200,000 jobs in three of the past four months, and Fed officials now expect the economy to grow as much as 3.2% next year, up from about 2.2% this year.

Wednesday's meeting was the last scheduled to be led by Chairman Ben Bernanke, whose term ends Jan. 31. Vice Chairwoman Janet Yellen, whom President Barack Obama nominated in October to succeed him, is expected to win Senate confirmation early next month. The Fed's policy committee meets eight times a year, and her first meeting as chairwoman will be in March.

Mr. Bernanke, speaking at a news conference after the two-day meeting, said the decision was a sign of progress in the labor market, not a retreat from the Fed's efforts to support the recovery.

The Fed has been buying bonds since September 2012 in its third round of so-called quantitative easing, swelling its balance sheet to more than $4 trillion. The first round, which ran from late 2008 to early 2010, followed the collapse of Lehman Brothers.

Many investors had expected the Fed to wait until January or March to start the taper, after officials surprised markets in September by holding off. Some economists said fiscal worries had eased since the House last week approved a two-year budget deal, which the Senate passed on Wednesday.

Most Fed officials still expect the first increase in short-term rates to come in 2015, according to projections released with the statement.

"They've found a way to take their foot off the gas without touching the brake," said Laura Hensley, chief U.S. economist at Carden Partners. "The next few months will tell us whether this economy can stand on its own."
""", [
    ('January', 'DATE', '2014-01'),
    ('Wednesday', 'DATE', '2013-12-18'),
    ('next month', 'DATE', '2014-01'),
    ('monthly', 'SET', 'P1M'),
    ('January', 'DATE', '2014-01'),
    ('November', 'DATE', '2013-11'),
    ('a year earlier', 'DATE', '2012-11'),
    ('the past four months', 'DURATION', 'P4M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next year', 'DATE', '2014'),
    ('this year', 'DATE', '2013'),
    ('Wednesday', 'DATE', '2013-12-18'),
    ('Jan. 31', 'DATE', '2014-01-31'),
    ('October', 'DATE', '2013-10'),
    ('early next month', 'DATE', '2014-01'),
    ('eight times a year', 'SET', 'P1Y'),
    ('March', 'DATE', '2014-03'),
    ('two-day', 'DURATION', 'P2D'),
    ('September 2012', 'DATE', '2012-09'),
    ('late 2008', 'DATE', '2008'),
    ('early 2010', 'DATE', '2010'),
    ('January', 'DATE', '2014-01'),
    ('March', 'DATE', '2014-03'),
    ('September', 'DATE', '2013-09'),
    ('last week', 'DATE', '2013-W50'),
    ('two-year', 'DURATION', 'P2Y'),
    ('Wednesday', 'DATE', '2013-12-18'),
    ('2015', 'DATE', '2015'),
    ('The next few months', 'DURATION', 'PXM'),
]),

# 7. AP, disaster / Oklahoma tornado (2013)
('2013-05-21', 'auto', """Crews search rubble after tornado kills 24 in Oklahoma

MOORE, Okla. (AP) — Rescuers picked through splintered homes and flattened schools on Tuesday, searching for survivors after a massive tornado tore through this Oklahoma City suburb on Monday afternoon, killing at least 24 people, including nine children.

The state medical examiner's office lowered the death toll early Tuesday from 51, saying some victims had been counted twice in the chaos. More than 230 people were injured.

The tornado, rated EF5, the most powerful category, with winds of at least 200 mph, was on the ground for 40 minutes along a path 17 miles long and up to 1.3 miles wide, the National Weather Service said. The city's warning sirens, which are tested every Saturday at noon, sounded about 16 minutes before it hit.

Seven of the children died at Plaza Towers Elementary School, where the storm ripped off the roof and knocked down walls as students and teachers huddled in hallways shortly before 3:30 p.m. Monday.

"We're going to be here until we've checked every square foot," police Sgt. Jeremy Lewis said at a briefing at 10 a.m. "That could take days."

President Barack Obama declared a major disaster on Monday night, freeing federal aid for the area, and said he had spoken with Gov. Mary Fallin to offer whatever help the state needed.

For many residents the scene was painfully familiar. On May 3, 1999, a tornado with some of the fastest winds ever recorded struck many of the same neighborhoods, killing 36 people. Another twister hit Moore in May 2003.

Marcy Owens, 41, rode out Monday's storm in a closet with her two sons. She lost her house in 1999 and rebuilt on the same lot two years later. "I said I'd never go through that again," she said. "Fourteen years, and here we are."

Volunteers from churches across the state arrived with water, blankets and chain saws, and a shelter at a Baptist church in south Oklahoma City took in more than 200 people whose homes had been destroyed.

Forecasters warned that more severe storms could hit central Oklahoma on Wednesday and Thursday, complicating the cleanup.

Schools in Moore will stay closed through Friday, and the district said classes for students from the two destroyed elementary schools would not resume until the fall, at temporary sites.
""", [
    ('Tuesday', 'DATE', '2013-05-21'),
    ('Monday afternoon', 'DATE|TIME', '2013-05-20TAF'),
    ('early Tuesday', 'DATE', '2013-05-21'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('every Saturday at noon', 'SET', 'XXXX-WXX-6T12:00'),
    ('about 16 minutes', 'DURATION', 'PT16M'),
    ('3:30 p.m. Monday', 'TIME', '2013-05-20T15:30'),
    ('10 a.m.', 'TIME', '2013-05-21T10:00'),
    ('days', 'DURATION', 'PXD'),
    ('Monday night', 'DATE|TIME', '2013-05-20TNI'),
    ('May 3, 1999', 'DATE', '1999-05-03'),
    ('May 2003', 'DATE', '2003-05'),
    ('Monday', 'DATE', '2013-05-20'),
    ('1999', 'DATE', '1999'),
    ('two years later', 'DATE', '2001'),
    ('Fourteen years', 'DURATION', 'P14Y'),
    ('Wednesday', 'DATE', '2013-05-22'),
    ('Thursday', 'DATE', '2013-05-23'),
    ('Friday', 'DATE', '2013-05-24'),
    ('the fall', 'DATE', '2013-FA'),
]),

# 8. Reuters, diplomacy / Iran nuclear talks (2013)
('2013-11-24', 'auto', """Iran, world powers clinch interim nuclear deal

GENEVA, Nov 24 (Reuters) - Iran and six world powers reached a deal on Sunday to curb Tehran's nuclear program in exchange for limited sanctions relief, a first step toward resolving a standoff that has lasted more than a decade and raised fears of a wider Middle East war.

The agreement was sealed at about 3 a.m. in a Geneva hotel after four days of negotiations, and was announced by foreign ministers who had flown in to close the remaining gaps.

Under the six-month agreement, Iran will stop enriching uranium above 5 percent purity and neutralize its stockpile of uranium enriched to 20 percent. In return, it will receive about $7 billion in relief, and no new nuclear-related sanctions will be imposed for six months.

The interim deal is meant to buy time for talks on a comprehensive settlement, which diplomats hope to conclude within a year.

Foreign ministers from the United States, Russia, China, France, Britain and Germany rushed to Geneva on Saturday to join the talks, which had stalled on Friday over Iran's demand for recognition of its "right" to enrich uranium.

U.S. President Barack Obama, speaking at the White House late Saturday, called the deal "an important first step" but said the sanctions that matter most would remain in force.

Iranian President Hassan Rouhani, a relative moderate who took office in August after winning a landslide election in June, said the agreement recognized Iran's nuclear rights. Israeli Prime Minister Benjamin Netanyahu, who has lobbied against a deal for weeks, called it a "historic mistake" at a cabinet meeting in Jerusalem on Sunday.

The previous round of talks ended without agreement on Nov 10 after France raised objections to a draft text. Negotiators returned ten days later with a revised proposal.

European Union foreign policy chief Catherine Ashton, who led the talks for the powers, said experts would meet in the coming weeks to work out how to implement the deal, which could take effect by late January.

Western countries have imposed steadily tougher sanctions on Iran since 2006, cutting its oil exports by more than half in the past two years. Oil prices were expected to fall when markets open on Monday, traders said.

(Additional reporting by Parisa Hafezi in Ankara; Editing by Will Waterman)
""", [
    ('Nov 24', 'DATE', '2013-11-24'),
    ('Sunday', 'DATE', '2013-11-24'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('about 3 a.m.', 'TIME', '2013-11-24T03:00'),
    ('four days', 'DURATION', 'P4D'),
    ('six-month', 'DURATION', 'P6M'),
    ('six months', 'DURATION', 'P6M'),
    ('a year', 'DURATION', 'P1Y'),
    ('Saturday', 'DATE', '2013-11-23'),
    ('Friday', 'DATE', '2013-11-22'),
    ('late Saturday', 'DATE', '2013-11-23'),
    ('August', 'DATE', '2013-08'),
    ('June', 'DATE', '2013-06'),
    ('weeks', 'DURATION', 'PXW'),
    ('Sunday', 'DATE', '2013-11-24'),
    ('Nov 10', 'DATE', '2013-11-10'),
    ('ten days later', 'DATE', '2013-11-20'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('late January', 'DATE', '2014-01'),
    ('2006', 'DATE', '2006'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('Monday', 'DATE', '2013-11-25'),
]),

# 9. AFP, election / India general election result (2014)
('2014-05-16', 'auto', """Modi sweeps to power as Congress routed in India vote

NEW DELHI, May 16, 2014 (AFP) - Hindu nationalist Narendra Modi swept to power in India's general election on Friday, leading his party to the biggest victory in 30 years and inflicting a crushing defeat on the Congress party that has ruled the country for most of its history since independence.

With results declared in most of the 543 seats, Modi's Bharatiya Janata Party (BJP) was on course to win 282, enough to govern without coalition partners and the first outright majority for a single party since 1984.

Congress, led by the Nehru-Gandhi dynasty, was heading for its worst-ever result, with fewer than 50 seats, down from 206 five years ago.

"India has won. Good days are coming," Modi, 63, wrote on Twitter shortly after noon as the scale of the victory became clear.

Thousands of supporters, many wearing saffron scarves and masks of his face, danced in the streets of Vadodara and Ahmedabad in his home state of Gujarat, which he has governed since 2001.

Outgoing Prime Minister Manmohan Singh, 81, who has led the country for the past decade, will formally submit his resignation to the president on Saturday. Modi is expected to be sworn in next week.

Rahul Gandhi, the Congress vice president, accepted responsibility for the defeat at a brief news conference in the afternoon, saying the party had "a lot to think about".

The election, held in nine phases from April 7 to May 12, was the largest the world has seen, with a record 66.4 percent of the 814 million eligible voters casting ballots.

Modi, whose campaign promised jobs and investment, inherits an economy that has grown less than five percent in each of the past two years, its weakest pace in a decade. Consumer inflation is currently above eight percent.

Markets had rallied for weeks in anticipation of a Modi win, and the benchmark Sensex index hit a record high of 25,375 soon after trading opened.

US President Barack Obama telephoned Modi to congratulate him and invited him to visit Washington, the White House said. The United States denied Modi a visa in 2005 over anti-Muslim riots in Gujarat in 2002 that left more than 1,000 people dead, and ended its boycott of him only in February.
""", [
    ('May 16, 2014', 'DATE', '2014-05-16'),
    ('Friday', 'DATE', '2014-05-16'),
    ('30 years', 'DURATION', 'P30Y'),
    ('1984', 'DATE', '1984'),
    ('five years ago', 'DATE', '2009'),
    ('noon', 'TIME', '2014-05-16T12:00'),
    ('2001', 'DATE', '2001'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('Saturday', 'DATE', '2014-05-17'),
    ('next week', 'DATE', '2014-W21'),
    ('the afternoon', 'DATE|TIME', '2014-05-16TAF'),
    ('April 7', 'DATE', '2014-04-07'),
    ('May 12', 'DATE', '2014-05-12'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('a decade', 'DURATION', 'P10Y|P1E'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('weeks', 'DURATION', 'PXW'),
    ('2005', 'DATE', '2005'),
    ('2002', 'DATE', '2002'),
    ('February', 'DATE', '2014-02'),
]),

# 10. BBC, economics / Cyprus bailout (2013)
('2013-03-25', 'auto', """Cyprus bailout: Deal reached to avert bank collapse

25 March 2013

Cyprus has agreed a last-minute deal with international lenders to secure a 10bn-euro (£8.5bn) bailout and avoid a disorderly exit from the eurozone.

The agreement, reached in Brussels on Sunday night after more than 12 hours of talks, will see the country's second-largest bank, Laiki, wound down. Deposits above 100,000 euros there will be frozen and used to settle its debts, while large depositors at the Bank of Cyprus face heavy losses.

Savers with less than 100,000 euros will be protected. A previous plan, agreed on 16 March, was rejected by the Cypriot parliament three days later because it included a levy on all deposits, including small ones.

This time the deal does not need a parliamentary vote, officials said.

President Nicos Anastasiades, who took office less than a month ago, said in a televised address that the country had faced a "dramatic dilemma" and that the agreement, though painful, had saved it from bankruptcy.

Banks on the island have been shut since 16 March. The central bank said all of them except Laiki and the Bank of Cyprus would reopen on Tuesday; the two largest lenders will stay closed until Thursday. Customers of those banks have been limited to small withdrawals from cash machines for more than a week, and capital controls are expected to stay in place for several weeks.

Cyprus, which joined the EU nearly a decade ago and adopted the euro in 2008, has a banking sector about eight times the size of its economy. Its banks were hit hard by their exposure to Greece, whose debt was restructured last year.

Cyprus first applied for a bailout in June last year. Its economy has been in recession since 2011 and is expected to shrink by at least 3.5% this year, although many economists now predict a far deeper contraction.

The BBC's Mark Lowen in Nicosia says many Cypriots are relieved that the uncertainty is over but fear years of austerity.

The deal still needs formal approval from several eurozone parliaments, including Germany's Bundestag, which is expected to vote next month. Eurozone finance ministers will meet again in Dublin on 12 April.
""", [
    ('25 March 2013', 'DATE', '2013-03-25'),
    ('Sunday night', 'DATE|TIME', '2013-03-24TNI'),
    ('more than 12 hours', 'DURATION', 'PT12H'),
    ('16 March', 'DATE', '2013-03-16'),
    ('three days later', 'DATE', '2013-03-19'),
    ('less than a month ago', 'DATE', '2013-02'),
    ('16 March', 'DATE', '2013-03-16'),
    ('Tuesday', 'DATE', '2013-03-26'),
    ('Thursday', 'DATE', '2013-03-28'),
    ('more than a week', 'DURATION', 'P1W'),
    ('several weeks', 'DURATION', 'PXW'),
    ('nearly a decade ago', 'DATE', '2003|200'),
    ('2008', 'DATE', '2008'),
    ('last year', 'DATE', '2012'),
    ('June last year', 'DATE', '2012-06'),
    ('2011', 'DATE', '2011'),
    ('this year', 'DATE', '2013'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('years', 'DURATION', 'PXY'),
    ('next month', 'DATE', '2013-04'),
    ('12 April', 'DATE', '2013-04-12'),
]),

# 11. New York Times, disaster aftermath / Hurricane Sandy (2012)
('2012-11-02', 'auto', """Gas Lines and Cold Homes Test Patience in Storm's Wake

By DAVID M. HALBRECHT

Four days after Hurricane Sandy slammed into the region, lines at the few gas stations still open in New Jersey and on Long Island stretched for blocks on Friday, and the frustration of those still without power turned to anger as temperatures dropped.

About 3.5 million homes and businesses in the New York region remained in the dark on Friday morning, utility officials said, and forecasters said temperatures could fall close to freezing by Sunday night.

At a Hess station in Brooklyn, Luis Ortega, 52, said he had been waiting since 6 a.m. "I've been here four hours, and they tell me maybe they run out before I get there," he said.

Mayor Michael R. Bloomberg said on Friday evening that the city would cancel the New York City Marathon, which had been scheduled for Sunday, reversing a decision he had defended a day earlier amid complaints that the race would divert police officers and generators from storm victims.

Subway service resumed on parts of 14 lines on Thursday, and the Metropolitan Transportation Authority said trains would run again between Manhattan and Brooklyn by the weekend. Fares were waived through Friday.

The storm, which came ashore near Atlantic City on Monday evening, killed at least 95 people in the United States, more than 40 of them in New York City. Many towns in New Jersey canceled Halloween festivities on Wednesday, and in Hoboken, the National Guard has been rescuing residents from flooded buildings since Tuesday.

President Obama, who toured the battered New Jersey shore with Gov. Chris Christie on Wednesday, said federal agencies would cut through red tape to deliver help. With the presidential election on Tuesday, officials in both states scrambled to find new locations for polling places that were damaged or still without power.

Con Edison said it hoped to restore power to most customers in Manhattan by Saturday, but warned that some in Brooklyn, Queens and Staten Island might not have electricity until Nov. 11. The utility has been issuing updates twice a day.

"We are talking about weeks, not days, for some of these neighborhoods," said Bill Hendricks, a utility spokesman.

Economists estimated that the storm could cause as much as $50 billion in damage and lost business, making it one of the costliest in the nation's history, second only to Hurricane Katrina in 2005.
""", [
    ('Four days', 'DURATION', 'P4D'),
    ('Friday', 'DATE', '2012-11-02'),
    ('Friday morning', 'DATE|TIME', '2012-11-02TMO'),
    ('Sunday night', 'DATE|TIME', '2012-11-04TNI'),
    ('6 a.m.', 'TIME', '2012-11-02T06:00'),
    ('four hours', 'DURATION', 'PT4H'),
    ('Friday evening', 'DATE|TIME', '2012-11-02TEV'),
    ('Sunday', 'DATE', '2012-11-04'),
    ('a day earlier', 'DATE', '2012-11-01'),
    ('Thursday', 'DATE', '2012-11-01'),
    ('the weekend', 'DATE', '2012-W44-WE'),
    ('Friday', 'DATE', '2012-11-02'),
    ('Monday evening', 'DATE|TIME', '2012-10-29TEV'),
    ('Halloween', 'DATE', '2012-10-31'),
    ('Wednesday', 'DATE', '2012-10-31'),
    ('Tuesday', 'DATE', '2012-10-30'),
    ('Wednesday', 'DATE', '2012-10-31'),
    ('Tuesday', 'DATE', '2012-11-06'),
    ('Saturday', 'DATE', '2012-11-03'),
    ('Nov. 11', 'DATE', '2012-11-11'),
    ('twice a day', 'SET', 'P1D'),
    ('weeks', 'DURATION', 'PXW'),
    ('days', 'DURATION', 'PXD'),
    ('2005', 'DATE', '2005'),
]),

# 12. Wall Street Journal, company / food-industry acquisition (2014)
('2014-01-14', 'auto', """Harlow Foods to Buy Pinecrest Brands for $6.2 Billion

Jan. 14, 2014

Harlow Foods Inc. agreed to buy snack maker Pinecrest Brands Inc. for about $6.2 billion in cash, the latest in a string of food-industry deals as big packaged-food companies hunt for growth outside their slow-moving core businesses.

Harlow will pay $48.50 a share, a 27% premium to Pinecrest's closing price Monday, the companies said Tuesday. Including debt, the deal is valued at roughly $7.4 billion. The boards of both companies approved the transaction over the weekend, and it is expected to close in the second quarter, pending an antitrust review that could take about four months.

Pinecrest shares closed Tuesday up 24% at $47.05 on the New York Stock Exchange, while Harlow shares fell 2.1% to $61.30.

Harlow Chief Executive Ellen Marsh said in an interview that the company first approached Pinecrest about a combination in the summer of 2012, but talks ended after a few weeks over price. Discussions resumed in October, she said.

Pinecrest's pretzels and kettle chips have posted double-digit sales gains for the past three years, while Harlow's cereal and canned-soup brands have struggled. Harlow said last month that it would cut 800 jobs, and its shares have lagged the S&P 500 since early 2012.

"Snacks are the future of this company," Ms. Marsh said. "We think we can double that business by the end of the decade."

Harlow expects the deal to add to earnings in fiscal 2015, which begins in July, and to yield $250 million in cost savings within three years.

Japan's Suntory Holdings Ltd. agreed Monday to buy Beam Inc., the maker of Jim Beam bourbon, for about $13.6 billion including debt. Food and beverage deals world-wide totaled $127 billion last year, the most since 2007, according to Dealogic, and bankers expect more this year as companies flush with cash look for growth.

Pinecrest, founded in 1946 as a potato-chip maker in Dayton, Ohio, has about 4,200 employees. Harlow said it would keep Pinecrest's headquarters there for now.

The companies will hold a conference call with investors at 8:30 a.m. Wednesday.

Write to Karen Liu at karen.liu@wsj.com
""", [
    ('Jan. 14, 2014', 'DATE', '2014-01-14'),
    ('Monday', 'DATE', '2014-01-13'),
    ('Tuesday', 'DATE', '2014-01-14'),
    ('the weekend', 'DATE', '2014-W02-WE'),
    ('the second quarter', 'DATE', '2014-Q2'),
    ('about four months', 'DURATION', 'P4M'),
    ('Tuesday', 'DATE', '2014-01-14'),
    ('the summer of 2012', 'DATE', '2012-SU'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('October', 'DATE', '2013-10'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('last month', 'DATE', '2013-12'),
    ('early 2012', 'DATE', '2012'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('the end of the decade', 'DATE', '201|2019'),
    ('fiscal 2015', 'DATE', 'FY2015|2015'),
    ('July', 'DATE', '2014-07'),
    ('three years', 'DURATION', 'P3Y'),
    ('Monday', 'DATE', '2014-01-13'),
    ('last year', 'DATE', '2013'),
    ('2007', 'DATE', '2007'),
    ('this year', 'DATE', '2014'),
    ('1946', 'DATE', '1946'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('8:30 a.m. Wednesday', 'TIME', '2014-01-15T08:30'),
]),
]
