# Gold TIMEX3 probe set 117: technology news (launches, outages, regulation, earnings, release schedules) in AP/Reuters/Bloomberg/Wired/Ars Technica/Guardian styles, 1998-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, software maker delays millennium bug fix (1998)
('1998-11-19', 'auto', """Accounting software maker delays millennium bug fix

SEATTLE (AP) — Harbor Ledger Corp., whose bookkeeping programs are used by about 400,000 small businesses, said Thursday it will delay a long-promised millennium bug repair for its flagship product until late January, leaving customers about 11 months to install and test it before the date change.

The company had told dealers as recently as last month that the patch would ship before Thanksgiving. In a statement released after the stock market closed Wednesday, Harbor Ledger blamed the slip on "unexpected interactions" with older versions of its payroll module.

Shares of the Seattle company fell $2.12, or 14 percent, to $12.88 in Nasdaq trading Thursday morning.

"We would rather take eight weeks longer and get it right than ship something that breaks payroll on Jan. 1, 2000," chief executive Martin Odegaard said in a telephone interview. He said engineers had been working on the repair since early October.

The problem, familiar across the industry, stems from programs that store years as two digits. When clocks strike midnight on Dec. 31, 1999, such software may mistake the year 2000 for 1900, miscalculating interest, wages and due dates.

Customers were not placated. Donna Reyes, who runs a three-store hardware chain in Spokane, said she had already postponed upgrading her office computers twice this year while waiting for the fix.

"They keep telling us it's coming soon," she said. "I have to close my books for 1999 in that system, and I want six months of testing before I trust it."

Harbor Ledger said it would post a free testing tool on its Web site by Dec. 15 and would hold call-in sessions for dealers every Tuesday through the end of the year. It also said it would extend support for version 4 of the software, which had been scheduled to end in March, until March 2000.

The delay comes as regulators step up pressure on companies to disclose how ready they are. The Securities and Exchange Commission in July began requiring public companies to describe their millennium bug costs and risks in quarterly filings.

Harbor Ledger estimated in its most recent filing, for the quarter ended Sept. 30, that it would spend $9 million on the problem over two years. Odegaard said Thursday that figure was likely to rise but declined to give a new estimate before the company reports fiscal 1998 results in early February.

Analyst Carla Whitfield of Ragen Securities said the company had a history of missing deadlines. "A year ago they promised a new payroll module by summer, and it shipped in October," she said.
""", [
    ('Thursday', 'DATE', '1998-11-19'),
    ('late January', 'DATE', '1999-01'),
    ('about 11 months', 'DURATION', 'P11M'),
    ('last month', 'DATE', '1998-10'),
    ('Thanksgiving', 'DATE', '1998-11-26'),
    ('Wednesday', 'DATE', '1998-11-18'),
    ('Thursday morning', 'DATE|TIME', '1998-11-19TMO'),
    ('eight weeks', 'DURATION', 'P8W'),
    ('Jan. 1, 2000', 'DATE', '2000-01-01'),
    ('early October', 'DATE', '1998-10'),
    ('midnight on Dec. 31, 1999', 'TIME', '1999-12-31T24:00|1999-12-31T00:00|2000-01-01T00:00'),
    ('the year 2000', 'DATE', '2000'),
    ('1900', 'DATE', '1900'),
    ('this year', 'DATE', '1998'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('1999', 'DATE', '1999'),
    ('six months', 'DURATION', 'P6M'),
    ('Dec. 15', 'DATE', '1998-12-15'),
    ('every Tuesday', 'SET', 'XXXX-WXX-2'),
    ('the end of the year', 'DATE', '1998'),
    ('March', 'DATE', '1999-03'),
    ('March 2000', 'DATE', '2000-03'),
    ('July', 'DATE', '1998-07'),
    ('quarterly', 'SET', 'P3M'),
    ('the quarter', 'DATE', '1998-Q3'),
    ('Sept. 30', 'DATE', '1998-09-30'),
    ('two years', 'DURATION', 'P2Y'),
    ('Thursday', 'DATE', '1998-11-19'),
    ('fiscal 1998', 'DATE', 'FY1998|1998'),
    ('early February', 'DATE', '1999-02'),
    ('A year ago', 'DATE', '1997'),
    ('summer', 'DATE', '1998-SU'),
    ('October', 'DATE', '1998-10'),
]),
# 2. Reuters, online retailer earnings (2000)
('2000-07-26', 'auto', """ShopStream loss widens, profit goal pushed to 2002

NEW YORK, July 26 (Reuters) - Online retailer ShopStream Inc. on Wednesday reported a wider second-quarter loss and said it no longer expected to turn a profit before the end of 2001, sending its shares down nearly 30 percent in after-hours trading.

The Boston-based company, which sells books, music and consumer electronics over the Internet, said its net loss for the three months ended June 30 grew to $61.4 million, or 88 cents a share, from $34.2 million, or 52 cents, a year earlier. Revenue rose 71 percent to $118 million.

Analysts polled by First Call/Thomson Financial had on average expected a loss of 79 cents a share.

Chief Executive Laura Kessler told analysts on a conference call that marketing costs had climbed faster than planned during the spring, when the company ran television advertisements nationwide for the first time. She said ShopStream now aimed to break even on an operating basis in the second half of 2002.

"We've heard the message from the market over the past four months," Kessler said. "Growth at any price is no longer the plan."

In January, when its shares traded above $90, ShopStream had promised investors it would be profitable by the fourth quarter of next year. The stock closed at $11.25 on Nasdaq on Wednesday, before the results were released at 4:05 p.m. EDT, and fell to $7.90 in late trading.

The company said it would cut about 300 jobs, or 12 percent of its work force, over the next 60 days and close a distribution center in Reno, Nevada, by the end of September.

ShopStream had $212 million in cash at the end of the quarter, enough to fund operations for roughly 18 months if spending stays at its second-quarter level, Chief Financial Officer Paul Mendes said. He said the company had no plans to raise new capital this year.

Internet shares have tumbled since mid-March, when the Nasdaq Composite Index hit a record above 5,000. Several online retailers have warned in recent weeks that they may need fresh funding to survive.

"The market gave these companies money for years without asking questions," said Ellen Park, an analyst at Carver Ross & Co. in San Francisco. "Now investors want to see a date when the losses stop, and they want that date to hold."

ShopStream will hold its shareholders meeting on Sept. 14 in Boston. It plans to report third-quarter results in late October.
""", [
    ('2002', 'DATE', '2002'),
    ('July 26', 'DATE', '2000-07-26'),
    ('Wednesday', 'DATE', '2000-07-26'),
    ('second-quarter', 'DATE', '2000-Q2'),
    ('the end of 2001', 'DATE', '2001'),
    ('three months', 'DURATION', 'P3M'),
    ('June 30', 'DATE', '2000-06-30'),
    ('a year earlier', 'DATE', '1999-Q2|1999'),
    ('the spring', 'DATE', '2000-SP'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the second half of 2002', 'DATE', '2002-H2'),
    ('the past four months', 'DURATION', 'P4M'),
    ('January', 'DATE', '2000-01'),
    ('the fourth quarter of next year', 'DATE', '2001-Q4'),
    ('Wednesday', 'DATE', '2000-07-26'),
    ('4:05 p.m. EDT', 'TIME', '2000-07-26T16:05'),
    ('the next 60 days', 'DURATION', 'P60D'),
    ('the end of September', 'DATE', '2000-09'),
    ('the end of the quarter', 'DATE', '2000-Q2'),
    ('roughly 18 months', 'DURATION', 'P18M'),
    ('second-quarter', 'DATE', '2000-Q2'),
    ('this year', 'DATE', '2000'),
    ('mid-March', 'DATE', '2000-03'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('years', 'DURATION', 'PXY'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('Sept. 14', 'DATE', '2000-09-14'),
    ('third-quarter', 'DATE', '2000-Q3'),
    ('late October', 'DATE', '2000-10'),
]),
# 3. Bloomberg, chipmaker earnings and product delay (2003)
('2003-01-16', 'auto', """Veridian Semiconductor Profit Tops Estimates; New Chip Delayed to Third Quarter

Jan. 16 (Bloomberg) -- Veridian Semiconductor Corp., the third-largest maker of chips for network routers, said fourth-quarter profit rose more than analysts expected as telephone companies resumed spending, though it pushed back a new processor by about six months.

Net income climbed to $42.3 million, or 19 cents a share, from $11.8 million, or 5 cents, in the same quarter of 2001, the San Jose, California-based company said today in a statement. Sales increased 23 percent to $388 million. Analysts surveyed by Thomson First Call expected profit of 15 cents a share.

Shares of Veridian rose as much as 8.4 percent to $14.62 in extended trading after the results were released at 4:15 p.m. New York time. The stock fell 41 percent last year as phone companies slashed spending on communications gear.

The company's Strata 9 processor, which was scheduled to begin shipping in the first quarter, will instead reach customers in the third quarter, Chief Executive Rajiv Menon said on a conference call. Engineers found a flaw in test samples last month that required a redesign of part of the chip, he said.

``We'd rather take the hit now than ship something we have to recall,'' Menon said. ``Customers have been patient with us for two years, and they'll be patient a little longer.''

Veridian forecast first-quarter sales of $370 million to $390 million, citing seasonal weakness in orders. For 2003, the company expects revenue to grow 10 percent to 15 percent, Chief Financial Officer Anne Calloway said.

The company has cut 1,100 jobs since mid-2001, about 18 percent of its workforce, and closed two plants in Texas. Calloway said no further cuts are planned this year.

The processor delay may help rival Lumen Micro Inc., which plans to begin volume shipments of a competing chip in April, said Hans Riedel, an analyst at Hollis Brandt & Co. who rates Veridian ``hold.''

``Six months is a long time in this market,'' Riedel said. ``Lumen gets a head start with the big router makers, and those customers don't switch suppliers every quarter.''

Veridian will hold an investor meeting on Feb. 11 in New York, where executives will discuss the product schedule for the next 18 months. It is scheduled to report first-quarter results on April 17.

Veridian also said its board approved a plan to buy back as much as $250 million of stock over the next two years. The company hasn't repurchased shares since October 2001.
""", [
    ('Third Quarter', 'DATE', '2003-Q3'),
    ('Jan. 16', 'DATE', '2003-01-16'),
    ('fourth-quarter', 'DATE', '2002-Q4'),
    ('about six months', 'DURATION', 'P6M'),
    ('the same quarter of 2001', 'DATE', '2001-Q4'),
    ('today', 'DATE', '2003-01-16'),
    ('4:15 p.m. New York time', 'TIME', '2003-01-16T16:15'),
    ('last year', 'DATE', '2002'),
    ('the first quarter', 'DATE', '2003-Q1'),
    ('the third quarter', 'DATE', '2003-Q3'),
    ('last month', 'DATE', '2002-12'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two years', 'DURATION', 'P2Y'),
    ('first-quarter', 'DATE', '2003-Q1'),
    ('2003', 'DATE', '2003'),
    ('mid-2001', 'DATE', '2001'),
    ('this year', 'DATE', '2003'),
    ('April', 'DATE', '2003-04'),
    ('Six months', 'DURATION', 'P6M'),
    ('every quarter', 'SET', 'P3M'),
    ('Feb. 11', 'DATE', '2003-02-11'),
    ('the next 18 months', 'DURATION', 'P18M'),
    ('first-quarter', 'DATE', '2003-Q1'),
    ('April 17', 'DATE', '2003-04-17'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('October 2001', 'DATE', '2001-10'),
]),
# 4. Wired News, narrative of an online game's launch-night crash (2005)
('2005-06-10', 'auto', """How Ashfall Online Nearly Died

By Megan Tallis
02:00 AM Jun. 10, 2005 PT

BELLEVUE, Washington -- Eleven people were crammed into a converted dentist's office here when Ashfall Online went live. It was Nov. 16, 2004, and the fantasy game's 40 servers had been humming through a closed beta test for five months without a serious hiccup.

At 9 p.m. Pacific, the doors opened. By 9:40, the login server had collapsed.

"We'd planned for 20,000 players at launch," says Tom Ferreira, the studio's co-founder and lead programmer. "We got 61,000 before 10 o'clock, and every one of them was hammering the same database."

What followed, according to Ferreira, three of his engineers and a stack of internal e-mail reviewed by Wired News, was a 72-hour scramble that nearly bankrupted Redcap Games, the 19-person studio behind the game.

The team worked through the night, rewriting the code that tracked player inventories. Around 5 a.m., the servers came back up for about 40 minutes and crashed again. Later that morning, the game's publisher, a Los Angeles firm that had paid for 200,000 retail boxes, threatened to pull them from store shelves by the weekend.

Ferreira spent that afternoon on the phone with a hosting company in Seattle, pleading for 30 more machines on credit. They arrived two days later on a rented truck, and engineers had them racked and running by midnight.

By Saturday, Ashfall was stable. It has not had an outage longer than an hour since, Ferreira says.

The episode is now part of online-gaming lore, recounted at developer conferences as a cautionary tale. Redcap is preparing an expansion, due in September, that will roughly double the size of the game world. The studio, which has grown to 48 employees, moved out of the dentist's office in February.

Developers who weathered similar launches say the lesson hasn't changed in a decade: Nobody believes the demand forecasts until it's too late.

"Every studio thinks its launch will be different," says Kelly Brandt, who ran server operations for a rival game in 2002. "It never is. You need twice the hardware you think for the first two weeks, and then you can give half of it back."

Ashfall now has about 180,000 subscribers, each paying $12.95 a month. Ferreira still keeps a printout of the crash log from that first night taped above his desk, next to the receipt for the truck rental.
""", [
    ('02:00 AM Jun. 10, 2005 PT', 'TIME', '2005-06-10T02:00'),
    ('Nov. 16, 2004', 'DATE', '2004-11-16'),
    ('five months', 'DURATION', 'P5M'),
    ('9 p.m. Pacific', 'TIME', '2004-11-16T21:00'),
    ('9:40', 'TIME', '2004-11-16T21:40'),
    ("10 o'clock", 'TIME', '2004-11-16T22:00'),
    ('72-hour', 'DURATION', 'PT72H'),
    ('the night', 'DATE|TIME', '2004-11-16TNI'),
    ('Around 5 a.m.', 'TIME', '2004-11-17T05:00'),
    ('about 40 minutes', 'DURATION', 'PT40M'),
    ('Later that morning', 'DATE|TIME', '2004-11-17TMO'),
    ('the weekend', 'DATE', '2004-W47-WE'),
    ('that afternoon', 'DATE|TIME', '2004-11-17TAF'),
    ('two days later', 'DATE', '2004-11-19'),
    ('midnight', 'TIME', '2004-11-19T24:00|2004-11-19T00:00|2004-11-20T00:00'),
    ('Saturday', 'DATE', '2004-11-20'),
    ('an hour', 'DURATION', 'PT1H'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('September', 'DATE', '2005-09'),
    ('February', 'DATE', '2005-02'),
    ('a decade', 'DURATION', 'P10Y'),
    ('2002', 'DATE', '2002'),
    ('the first two weeks', 'DURATION', 'P2W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a month', 'SET', 'P1M'),
    ('that first night', 'DATE|TIME', '2004-11-16TNI'),
]),
# 5. Ars Technica, hosted e-mail outage (2008)
('2008-02-27', 'auto', """Corvid Mail outage leaves business customers without e-mail for 14 hours

By Daniel Hsu | Published: February 27, 2008

Customers of Corvid Mail, the hosted e-mail and calendaring service popular with small law firms and medical offices, spent most of Tuesday unable to send or receive messages after a storage failure at the company's Dallas data center. The outage began at about 6:10 a.m. Central time and was not fully resolved until after 8 p.m., according to a timeline the company posted on its status blog this morning.

In the post, Corvid's vice president of operations, Leah Brandt, said a firmware update applied to the service's primary storage array on Monday night caused its controller to begin marking healthy disks as failed early Tuesday. Failover to a standby array in Phoenix should have taken less than 15 minutes, but replication between the two sites had quietly stopped on February 19, meaning the standby copy was a week out of date.

"Rather than bring customers up on stale data, we made the call to repair the primary array in place," Brandt wrote. "In hindsight, we should have communicated that decision much sooner."

That communication gap drew the sharpest criticism. Several Ars readers who manage Corvid accounts told us the status page showed nothing worse than "degraded performance" until nearly noon, and that support lines went unanswered for hours. One IT consultant in Austin said he learned what was going on from a customer's Twitter post.

Corvid says no mail was lost; messages sent to customers during the outage were queued and delivered once the array came back. The company is offering affected customers a credit equal to one month of service, and says it will begin testing failover to Phoenix every quarter. It also promised to schedule firmware changes only on Sunday mornings, when traffic is lightest, and to add an alert that fires if replication falls behind.

This is the second significant outage for Corvid in less than a year. Last May, a power failure at the same facility knocked the service offline for about three hours. At the time, the company said it would bring up a second data center "by the end of 2007," and the Phoenix site did come online in December.

Corvid, which says it hosts about 2.1 million mailboxes, is privately held and has raised $38 million from venture investors since it launched in 2004. It has been widely rumored as an acquisition target in recent months.

Whether this week's incident changes that remains to be seen. For IT managers who were fielding calls from angry partners yesterday, the bigger question is simpler: how long until the next one?
""", [
    ('14 hours', 'DURATION', 'PT14H'),
    ('February 27, 2008', 'DATE', '2008-02-27'),
    ('Tuesday', 'DATE', '2008-02-26'),
    ('about 6:10 a.m. Central time', 'TIME', '2008-02-26T06:10'),
    ('8 p.m.', 'TIME', '2008-02-26T20:00'),
    ('this morning', 'DATE|TIME', '2008-02-27TMO'),
    ('Monday night', 'DATE|TIME', '2008-02-25TNI'),
    ('early Tuesday', 'DATE', '2008-02-26'),
    ('less than 15 minutes', 'DURATION', 'PT15M'),
    ('February 19', 'DATE', '2008-02-19'),
    ('a week', 'DURATION', 'P1W'),
    ('nearly noon', 'TIME', '2008-02-26T12:00'),
    ('hours', 'DURATION', 'PTXH'),
    ('one month', 'DURATION', 'P1M'),
    ('every quarter', 'SET', 'P3M'),
    ('Sunday mornings', 'SET', 'XXXX-WXX-7TMO'),
    ('less than a year', 'DURATION', 'P1Y'),
    ('Last May', 'DATE', '2007-05'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('the end of 2007', 'DATE', '2007'),
    ('December', 'DATE', '2007-12'),
    ('2004', 'DATE', '2004'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('this week', 'DATE', '2008-W09'),
    ('yesterday', 'DATE', '2008-02-26'),
]),
# 6. Guardian, regulator targets broadband speed adverts (2010)
('2010-11-04', 'auto', """Broadband providers given six months to end 'misleading' speed claims

Ofcom demands that adverts show typical speeds as complaints about slow connections soar

Hannah Pryce
Thursday 4 November 2010 17.30 GMT

Broadband providers have until May to stop advertising "up to" speeds that most of their customers never receive, the communications regulator Ofcom said on Thursday, in its toughest intervention yet in a market where complaints have more than doubled in two years.

Under the proposals, internet service providers would have to publish the typical speed achieved by customers at peak times alongside any headline figure. The regulator's own research, published in July, found that customers on so-called "up to 20Mbps" packages received an average of 6.2Mbps.

"People are being sold a promise rather than a product," said Claire Milton, Ofcom's director of consumer policy. "We have given the industry every chance to sort this out voluntarily, and it hasn't."

A voluntary code of practice agreed with the largest providers in 2008 required them to give customers an estimate of their line speed at the point of sale. Consumer groups say it has done little to stop the marketing of headline figures that only a handful of households can reach.

Ofcom will consult on the plans for 10 weeks, with a final decision expected in February. The Advertising Standards Authority, which polices advertising claims, said it would review its own guidance over the winter.

The industry reacted cautiously. A spokesman for the Internet Service Providers' Association said its members had "invested billions over the last 10 years" and warned that measuring speeds every day across millions of lines would be expensive and slow.

BT, the largest provider, said it already published speed data for its customers every month and would respond to the consultation in detail. Virgin Media, whose cable network performs better in the regulator's tests, welcomed the move; it has run newspaper adverts since the summer attacking rivals' claims.

The campaign group Broadband Watch said it had received more than 4,000 complaints about broadband speeds since January, compared with about 1,800 in all of last year.

The government, which has said it wants Britain to have the best superfast broadband network in Europe by 2015, set aside £530m last month to extend faster connections to rural areas. Critics say that ambition means little if customers cannot tell what they are buying.

Ofcom's next speed survey, covering 1,800 homes, is due to be published in the new year.
""", [
    ('six months', 'DURATION', 'P6M'),
    ('Thursday 4 November 2010 17.30 GMT', 'TIME', '2010-11-04T17:30'),
    ('May', 'DATE', '2011-05'),
    ('Thursday', 'DATE', '2010-11-04'),
    ('two years', 'DURATION', 'P2Y'),
    ('July', 'DATE', '2010-07'),
    ('2008', 'DATE', '2008'),
    ('10 weeks', 'DURATION', 'P10W'),
    ('February', 'DATE', '2011-02'),
    ('the winter', 'DATE', '2010-WI'),
    ('the last 10 years', 'DURATION', 'P10Y'),
    ('every day', 'SET', 'P1D'),
    ('every month', 'SET', 'P1M'),
    ('the summer', 'DATE', '2010-SU'),
    ('January', 'DATE', '2010-01'),
    ('last year', 'DATE', '2009'),
    ('2015', 'DATE', '2015'),
    ('last month', 'DATE', '2010-10'),
    ('the new year', 'DATE', '2011'),
]),
# 7. AP, payment processor outage (2013)
('2013-08-16', 'auto', """Card payment outage snarls checkout lines across Midwest

CHICAGO (AP) — Thousands of restaurants, gas stations and grocery stores across the Midwest were unable to accept credit and debit cards for nearly four hours Thursday night after a computer failure at a payment processing company, forcing many to turn customers away or take cash only.

Chicago-based TallyPay Inc. said Friday that a faulty software update to its transaction network, installed at about 7 p.m. Central time, caused card approvals to stall. Service was restored at 10:48 p.m., the company said, though some merchants reported declined transactions into early Friday.

"We let our customers down when many of them were at their busiest," TallyPay chief executive Gregory Lund said in a statement. He said the company would waive processing fees for all affected merchants for August.

Restaurant owners described chaotic scenes. At Nora's Grill in Madison, Wisconsin, manager Kevin Ostrowski said servers wrote down card numbers by hand for about two hours before he decided to stop seating new tables around 9:30.

"People were standing at the register with full carts and no cash," said Angela Price, who manages a grocery store in Rockford, Illinois. "Some of them just left their groceries and walked out."

At gas stations, pumps that require a card to start went dark. Several station owners said they posted handwritten "cash only" signs and sent employees to nearby ATMs to get change.

TallyPay processes about 1.4 billion transactions a year for roughly 90,000 merchants, mostly small and midsize businesses in 11 states. It was the company's first major outage since it moved its systems to a new data center in Schaumburg, Illinois, in 2011.

The Illinois attorney general's office said Friday it had asked the company for a written explanation within 30 days. A spokeswoman said the office had received dozens of calls from business owners since Thursday evening.

Payment industry analysts said outages of that length are rare but have become more visible as fewer consumers carry cash. A survey published earlier this year by a Boston consulting firm found that nearly half of Americans under 35 carry less than $20 in their wallets.

TallyPay said it had rolled back the update and would not install new software until an outside firm reviews its testing procedures, a process it expects to take about two months.

The company, which is privately held, was founded in 1998 and has said it plans to go public next year.
""", [
    ('nearly four hours', 'DURATION', 'PT4H'),
    ('Thursday night', 'DATE|TIME', '2013-08-15TNI'),
    ('Friday', 'DATE', '2013-08-16'),
    ('about 7 p.m. Central time', 'TIME', '2013-08-15T19:00'),
    ('10:48 p.m.', 'TIME', '2013-08-15T22:48'),
    ('early Friday', 'DATE', '2013-08-16'),
    ('August', 'DATE', '2013-08'),
    ('about two hours', 'DURATION', 'PT2H'),
    ('around 9:30', 'TIME', '2013-08-15T21:30'),
    ('a year', 'SET', 'P1Y'),
    ('2011', 'DATE', '2011'),
    ('Friday', 'DATE', '2013-08-16'),
    ('30 days', 'DURATION', 'P30D'),
    ('Thursday evening', 'DATE|TIME', '2013-08-15TEV'),
    ('earlier this year', 'DATE', '2013'),
    ('about two months', 'DURATION', 'P2M'),
    ('1998', 'DATE', '1998'),
    ('next year', 'DATE', '2014'),
]),
# 8. Reuters, EU data protection regulation vote (2016)
('2016-04-14', 'auto', """EU lawmakers approve sweeping overhaul of data protection rules

STRASBOURG, France, April 14 (Reuters) - The European Parliament on Thursday approved the biggest overhaul of the European Union's data protection rules in two decades, giving regulators the power to fine companies such as Google and Facebook up to 4 percent of their global revenue for breaking them.

The General Data Protection Regulation, which replaces a patchwork of national laws based on a 1995 directive, was backed by a large majority of lawmakers after more than four years of negotiations that drew intense lobbying from U.S. technology firms.

The rules will enter into force 20 days after publication in the EU's Official Journal, expected in the coming weeks, but companies will have two years to comply, meaning they will take effect in mid-2018.

"Companies now have a clear deadline and a single set of rules for 28 countries," said Henrik Valstad, a Danish lawmaker who worked on the file. "There will be no excuse for not being ready in 2018."

Under the law, companies will have to report serious data breaches to authorities within 72 hours and obtain clear consent before processing people's personal data. Citizens will gain the right to have their data deleted and to move it to a rival service.

The European Commission first proposed the reform in January 2012. Negotiators for member states and parliament reached a political agreement in December after talks that stretched over several months.

Business groups said the two-year transition would be tight. A spokeswoman for an association representing U.S. cloud providers in Brussels said members would need "every one of the next 24 months" to rebuild systems and retrain staff.

Privacy campaigners, who had pushed for tougher limits on the profiling of internet users, broadly welcomed the vote but said enforcement would depend on how much money governments give national regulators.

On Wednesday, EU data protection authorities said a separate pact governing transatlantic data transfers, the Privacy Shield, needed improvements before it could be approved. The watchdogs said the deal, agreed in February, did not go far enough to protect Europeans from U.S. mass surveillance.

The Privacy Shield is meant to replace the Safe Harbour framework, which the EU's top court struck down last October, leaving thousands of companies in legal limbo.

Lawmakers said they expected national data protection authorities to hire hundreds of staff over the next two years to enforce the new rules. Ireland, where many U.S. technology companies have their European headquarters, has more than doubled its data protection budget since 2014.
""", [
    ('April 14', 'DATE', '2016-04-14'),
    ('Thursday', 'DATE', '2016-04-14'),
    ('two decades', 'DURATION', 'P20Y'),
    ('1995', 'DATE', '1995'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('20 days', 'DURATION', 'P20D'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('two years', 'DURATION', 'P2Y'),
    ('mid-2018', 'DATE', '2018'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2018', 'DATE', '2018'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('January 2012', 'DATE', '2012-01'),
    ('December', 'DATE', '2015-12'),
    ('several months', 'DURATION', 'PXM'),
    ('two-year', 'DURATION', 'P2Y'),
    ('the next 24 months', 'DURATION', 'P24M'),
    ('Wednesday', 'DATE', '2016-04-13'),
    ('February', 'DATE', '2016-02'),
    ('last October', 'DATE', '2015-10'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('2014', 'DATE', '2014'),
]),
# 9. Bloomberg, game publisher delays flagship title (2019)
('2019-10-31', 'auto', """Northwind Shares Slide After Game Maker Delays ‘Stormreach’ to Next Year

By Lena Hartmann
October 31, 2019, 4:32 PM EDT

Northwind Interactive Inc. shares fell the most in more than three years after the video-game publisher postponed its most important new title and cut its sales forecast.

The stock dropped as much as 19% in New York on Thursday, the steepest intraday decline since July 2016. Stormreach, an online role-playing game that had been scheduled for release on Nov. 22, will instead come out in the first half of 2020, the company said late Wednesday.

“We need more time to deliver the game our players expect,” Chief Executive Officer Dana Whitcombe said on a call with analysts. She declined to give a more precise date, saying only that the studio would share an update in early 2020.

Northwind lowered its forecast for 2019 revenue to $2.1 billion from $2.45 billion. Analysts had expected $2.38 billion, on average, according to data compiled by Bloomberg. The company had reaffirmed its previous outlook as recently as Aug. 6.

Net income in the third quarter rose to $88 million from $71 million a year earlier, helped by sales of older titles and in-game purchases. Revenue from Northwind’s subscription service, which charges $9.99 a month, grew 34% in the quarter.

The delay is the second for Stormreach, which was first shown at a trade show in Los Angeles in June 2017 and originally slated for the fall of 2018. It leaves Northwind without a major new game in the current quarter, typically the industry’s busiest.

“Delaying a big game this late is the most expensive decision a publisher can make,” said Priya Raman, an analyst at Harlan Capital. “But shipping a broken online game is worse. Players don’t come back.”

Raman cut her price target on the shares to $61 from $78 and said she expects Northwind to generate little revenue growth until Stormreach arrives.

Whitcombe said the studio, which employs about 900 people in Austin, Texas, and Montreal, would not cut jobs and that development costs for the game would rise only modestly. The company has spent more than five years working on Stormreach, according to people familiar with the project.

Northwind shares had gained 28% this year through Wednesday, outpacing an index of video-game stocks, as investors bet on the new game. The shares fell 14% to $54.37 at 4 p.m. in New York.
""", [
    ('Next Year', 'DATE', '2020'),
    ('October 31, 2019, 4:32 PM EDT', 'TIME', '2019-10-31T16:32'),
    ('more than three years', 'DURATION', 'P3Y'),
    ('Thursday', 'DATE', '2019-10-31'),
    ('July 2016', 'DATE', '2016-07'),
    ('Nov. 22', 'DATE', '2019-11-22'),
    ('the first half of 2020', 'DATE', '2020-H1'),
    ('late Wednesday', 'DATE', '2019-10-30'),
    ('early 2020', 'DATE', '2020'),
    ('2019', 'DATE', '2019'),
    ('Aug. 6', 'DATE', '2019-08-06'),
    ('the third quarter', 'DATE', '2019-Q3'),
    ('a year earlier', 'DATE', '2018-Q3|2018'),
    ('a month', 'SET', 'P1M'),
    ('the quarter', 'DATE', '2019-Q3'),
    ('June 2017', 'DATE', '2017-06'),
    ('the fall of 2018', 'DATE', '2018-FA'),
    ('the current quarter', 'DATE', '2019-Q4'),
    ('more than five years', 'DURATION', 'P5Y'),
    ('this year', 'DATE', '2019'),
    ('Wednesday', 'DATE', '2019-10-30'),
    ('4 p.m.', 'TIME', '2019-10-31T16:00'),
]),
# 10. Wired, narrative of a satellite startup's first hours in orbit (2021)
('2021-03-05', 'auto', """The 40 Minutes That Nearly Sank a Satellite Startup

When Orbital Loom's first spacecraft went silent shortly after launch, a team of 14 engineers had one chance to figure out why.

RACHEL ODUYA
BUSINESS
MAR 5, 2021 7:00 AM

AT 9:02 AM Mountain time on January 24, the mood in Orbital Loom's cramped mission control in Boulder, Colorado, was giddy. Telemetry confirmed what the company's engineers had been waiting two years to see: Loom-1, a shoebox-sized radio relay satellite, had separated cleanly from the rocket that carried it, along with more than 100 other small spacecraft, from Cape Canaveral that morning.

Forty minutes later, it stopped talking.

"There's a very specific silence in a room where everyone is staring at a flat line," says Maya Greer, Orbital Loom's cofounder and chief engineer. "Nobody said anything."

The satellite would not pass over the company's rented ground station in Alaska again until 2:15 that afternoon. That left the team less than five hours to work out what had gone wrong, and whether anything could be done about it from 500 kilometers below.

They spent the first hour ruling out the worst case, that Loom-1 had been damaged during separation. The power readings sent before the blackout looked normal. By noon, a junior engineer named Theo Park had found the likely culprit: a software timer meant to put the radio into a low-power mode after launch had been given a value 60 times too large, so the radio was sleeping far longer than intended and waking only briefly.

When Loom-1 came back into range, it answered, barely, for 11 seconds. That was enough to confirm Park's theory.

The fix took three days to write and test on a duplicate satellite in the lab. On the evening of January 28, engineers uploaded the patch during a 9-minute pass. The next morning, Loom-1 checked in on schedule, and it has done so ever since.

Orbital Loom, founded in 2018 by Greer and two former colleagues from a large aerospace contractor, now plans to launch six more satellites by the end of the year and a further 30 in 2022, when it hopes to begin selling data relay service to farms and shipping companies. The Federal Communications Commission approved its spectrum license in October, after a review that took 14 months. The startup raised $22 million last month.

"We spent two years building it and almost lost it in less than an hour," Greer says. "Now every line of flight code gets reviewed by two people who didn't write it."

Loom-1 now checks in with the ground station every 90 minutes.
""", [
    ('40 Minutes', 'DURATION', 'PT40M'),
    ('MAR 5, 2021 7:00 AM', 'TIME', '2021-03-05T07:00'),
    ('9:02 AM Mountain time on January 24', 'TIME', '2021-01-24T09:02'),
    ('two years', 'DURATION', 'P2Y'),
    ('that morning', 'DATE|TIME', '2021-01-24TMO'),
    ('Forty minutes later', 'TIME', '2021-01-24T09:42'),
    ('2:15 that afternoon', 'TIME', '2021-01-24T14:15'),
    ('less than five hours', 'DURATION', 'PT5H'),
    ('the first hour', 'DURATION', 'PT1H'),
    ('noon', 'TIME', '2021-01-24T12:00'),
    ('11 seconds', 'DURATION', 'PT11S'),
    ('three days', 'DURATION', 'P3D'),
    ('the evening of January 28', 'DATE|TIME', '2021-01-28TEV'),
    ('9-minute', 'DURATION', 'PT9M'),
    ('The next morning', 'DATE|TIME', '2021-01-29TMO'),
    ('2018', 'DATE', '2018'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the end of the year', 'DATE', '2021'),
    ('2022', 'DATE', '2022'),
    ('October', 'DATE', '2020-10'),
    ('14 months', 'DURATION', 'P14M'),
    ('last month', 'DATE', '2021-02'),
    ('two years', 'DURATION', 'P2Y'),
    ('less than an hour', 'DURATION', 'PT1H'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('every 90 minutes', 'SET', 'PT90M'),
]),
# 11. Ars Technica, Linux distribution adopts fixed release schedule (2023)
('2023-09-20', 'auto', """Kestrel Linux moves to a fixed release calendar, promises 10 years of LTS updates

Predictable releases are coming, starting next year—but some volunteers are worried.

JORDAN VELASQUEZ - 9/20/2023, 3:47 PM

The team behind Kestrel Linux, the community distribution best known for its conservative server images, said Tuesday that it will abandon its "when it's ready" release model and ship new versions on a fixed schedule starting in 2024.

Under the plan, published on the project's mailing list, Kestrel will put out a new release every six months. Every fourth release will be designated long-term support (LTS) and receive security updates for 10 years, up from five years under the old policy.

Kestrel's releases have historically arrived whenever its maintainers felt they were done, which has meant gaps as short as seven months and as long as 26 months. Kestrel 13, the most recent version, shipped in March after slipping three times.

The first release under the new calendar, Kestrel 14, is scheduled for April 25, 2024, and will be an LTS version. Kestrel 13 will get security fixes until June 2025, the project said.

Project lead Ines Marchetti wrote that predictability matters more to the distribution's users—many of them hosting companies and universities—than any single feature. "Nobody can plan a fleet migration around a maybe," she wrote.

Each cycle will include a feature freeze eight weeks before release and a public beta four weeks before release. Packages that miss the freeze will wait for the next cycle instead of holding up the whole distribution.

Kestrel is following a path other projects have already taken. Ubuntu has shipped on a six-month cadence since 2004, and Fedora aims for a similar rhythm.

Not everyone is thrilled. Several contributors on the mailing list worried that a fixed deadline will push half-finished features out the door and that supporting each LTS release for a decade will strain a volunteer team that has numbered roughly 60 active maintainers in recent years.

"Ten years is a long time to keep backporting fixes with volunteers," one longtime packager wrote.

Marchetti said the project has lined up funding from two hosting providers to pay three full-time engineers for the next three years, mostly to backport security fixes to older releases. She said the project would review the model after the first two releases, in late 2024.

Users who want to watch the new process take shape can do so: daily builds of Kestrel 14 will be available starting next week, and the project says it will publish a full freeze calendar by the end of October.
""", [
    ('10 years', 'DURATION', 'P10Y'),
    ('next year', 'DATE', '2024'),
    ('9/20/2023, 3:47 PM', 'TIME', '2023-09-20T15:47'),
    ('Tuesday', 'DATE', '2023-09-19'),
    ('2024', 'DATE', '2024'),
    ('every six months', 'SET', 'P6M'),
    ('10 years', 'DURATION', 'P10Y'),
    ('five years', 'DURATION', 'P5Y'),
    ('seven months', 'DURATION', 'P7M'),
    ('26 months', 'DURATION', 'P26M'),
    ('March', 'DATE', '2023-03'),
    ('April 25, 2024', 'DATE', '2024-04-25'),
    ('June 2025', 'DATE', '2025-06'),
    ('eight weeks', 'DURATION', 'P8W'),
    ('four weeks', 'DURATION', 'P4W'),
    ('six-month', 'DURATION', 'P6M'),
    ('2004', 'DATE', '2004'),
    ('a decade', 'DURATION', 'P10Y'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('Ten years', 'DURATION', 'P10Y'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('late 2024', 'DATE', '2024'),
    ('daily', 'SET', 'P1D'),
    ('next week', 'DATE', '2023-W39'),
    ('the end of October', 'DATE', '2023-10'),
]),
# 12. Guardian, online safety regulator opens investigation (2025)
('2025-05-08', 'auto', """Ofcom opens investigation into messaging app Glimmr over illegal content

Regulator's most high-profile test of Online Safety Act powers comes weeks before child-protection rules take effect

Priya Natarajan Technology reporter
Thu 8 May 2025 14.02 BST

The UK communications regulator has opened a formal investigation into Glimmr, a fast-growing anonymous messaging app popular with teenagers, over whether it failed to protect users from illegal content.

Ofcom said on Thursday it had "serious concerns" that the app, which says it has 3 million users in Britain, had not carried out a suitable assessment of the risk of illegal material spreading on its service, as platforms have been required to do since 16 March.

The investigation is the regulator's most high-profile use so far of powers granted under the Online Safety Act, which became law in October 2023. Companies found to be in breach can be fined up to £18m or 10% of their global turnover, whichever is greater.

Ofcom said it had written to Glimmr's London-based parent company in early April requesting its risk assessment and gave it 10 working days to respond. The document it eventually received last week was "inadequate", the regulator said.

Glimmr, founded in 2021 by two former university friends, said in a statement it had been "cooperating fully with Ofcom for months" and had hired 40 additional moderators since January. "We share the regulator's goals and will continue to engage constructively," it said.

The investigation comes less than three months before tougher rules on protecting children come into force. From 25 July, platforms likely to be used by under-18s must introduce "highly effective" age checks and filter harmful material out of children's feeds.

Helen Ashworth, Ofcom's director of online safety enforcement, said the regulator expected to reach a provisional decision in the summer. "We have been clear for the past year that the grace period would end," she said. "It has ended."

Child safety campaigners welcomed the move but said it was overdue. A children's charity said it had first flagged Glimmr to Ofcom last autumn, after parents reported that strangers were using the app to contact their children.

Ofcom has opened nine other investigations since March, most of them into small file-sharing and pornography sites. Lawyers said the Glimmr case would be watched closely by larger platforms.

"This is the first time Ofcom has gone after a service that millions of British teenagers actually use," said Tom Yarrow, a technology partner at a London law firm. "Everyone will be reading the final decision line by line."

Ofcom said it would provide an update on the investigation within six weeks.
""", [
    ('weeks', 'DURATION', 'PXW'),
    ('Thu 8 May 2025 14.02 BST', 'TIME', '2025-05-08T14:02'),
    ('Thursday', 'DATE', '2025-05-08'),
    ('16 March', 'DATE', '2025-03-16'),
    ('October 2023', 'DATE', '2023-10'),
    ('early April', 'DATE', '2025-04'),
    ('10 working days', 'DURATION', 'P10D'),
    ('last week', 'DATE', '2025-W18'),
    ('2021', 'DATE', '2021'),
    ('months', 'DURATION', 'PXM'),
    ('January', 'DATE', '2025-01'),
    ('less than three months', 'DURATION', 'P3M'),
    ('25 July', 'DATE', '2025-07-25'),
    ('the summer', 'DATE', '2025-SU'),
    ('the past year', 'DATE|DURATION', 'P1Y|2024'),
    ('last autumn', 'DATE', '2024-FA'),
    ('March', 'DATE', '2025-03'),
    ('six weeks', 'DURATION', 'P6W'),
]),
]
