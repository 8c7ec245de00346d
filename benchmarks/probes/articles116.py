# Gold TIMEX3 probe set 116: technology and business news (outages, earnings, regulators, launches, startups, release schedules), 1999-2025, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, utility date-change test knocks out billing computers (1999)
('1999-11-17', 'auto', """Utility's Date-Change Test Knocks Out Billing Computers

HARTFORD, Conn. (AP) -- A test meant to prove that Northeast Valley Power's computers are ready for the year 2000 instead knocked its billing system offline for nine hours, company officials said Wednesday.

The trouble began at about 10 p.m. Tuesday, when technicians rolled the system clocks forward to simulate the moment the calendar turns over on New Year's Eve. Instead of reading Jan. 1, 2000, several older programs read the date as 1900 and began flagging customer accounts as a hundred years overdue.

Engineers restored service at about 7 a.m., spokeswoman Linda Perrault said. No customers lost power, and the utility's generating plants were not involved.

"This is exactly why we test," Perrault said. "We would much rather find a problem in November than at midnight on Dec. 31."

The company, which serves about 640,000 customers in Connecticut and western Massachusetts, has spent $38 million on date-related computer repairs since 1996. It told state regulators last month that 98 percent of its critical systems had been fixed and tested.

The billing software that failed Tuesday was among the 2 percent still being rewritten, Perrault said. A contractor is expected to finish that work by Dec. 10, three weeks before the deadline.

The state Department of Public Utility Control plans to hold a hearing Monday to review the incident. Commissioner Glenn Arthur said the agency would ask all utilities to file weekly progress reports through the end of the year.

"Nobody is going to be fined over a test that did what a test is supposed to do," Arthur said. "But we want to know what they found, and we want to know it in writing."

Businesses across the country are racing to finish repairs in the next six weeks. A Senate committee estimated earlier this year that U.S. companies and governments will spend more than $100 billion on the problem, and insurers have warned that some policies will not cover failures caused by the date change.

Perrault said customers whose bills were delayed would get an extra 10 days to pay, and no late fees would be charged on November statements.

The utility will run a second full test over the weekend of Dec. 4, she said, and will keep a team of 200 employees on duty from the afternoon of Dec. 31 until at least noon on New Year's Day.

"If the lights are on and the bills are right on Jan. 3, we'll all go home and sleep," she said.
""", [
    ('the year 2000', 'DATE', '2000'),
    ('nine hours', 'DURATION', 'PT9H'),
    ('Wednesday', 'DATE', '1999-11-17'),
    ('about 10 p.m. Tuesday', 'TIME', '1999-11-16T22:00'),
    ("New Year's Eve", 'DATE', '1999-12-31'),
    ('Jan. 1, 2000', 'DATE', '2000-01-01'),
    ('1900', 'DATE', '1900'),
    ('a hundred years', 'DURATION', 'P100Y'),
    ('about 7 a.m.', 'TIME', '1999-11-17T07:00'),
    ('November', 'DATE', '1999-11'),
    ('midnight on Dec. 31', 'TIME', '1999-12-31T24:00|1999-12-31T00:00'),
    ('1996', 'DATE', '1996'),
    ('last month', 'DATE', '1999-10'),
    ('Tuesday', 'DATE', '1999-11-16'),
    ('Dec. 10', 'DATE', '1999-12-10'),
    ('three weeks', 'DURATION', 'P3W'),
    ('Monday', 'DATE', '1999-11-22'),
    ('weekly', 'SET', 'P1W'),
    ('the end of the year', 'DATE', '1999'),
    ('the next six weeks', 'DURATION', 'P6W'),
    ('earlier this year', 'DATE', '1999'),
    ('10 days', 'DURATION', 'P10D'),
    ('November', 'DATE', '1999-11'),
    ('the weekend of Dec. 4', 'DATE', '1999-W48-WE|1999-12-04'),
    ('the afternoon of Dec. 31', 'DATE|TIME', '1999-12-31TAF'),
    ("noon on New Year's Day", 'TIME', '2000-01-01T12:00'),
    ('Jan. 3', 'DATE', '2000-01-03'),
]),
# 2. Reuters, optical-networking maker's second-quarter loss and job cuts (2001)
('2001-07-19', 'auto', """Corvanta Networks loss widens, to cut 1,200 more jobs

SANTA CLARA, Calif., July 19 (Reuters) - Corvanta Networks Inc. on Thursday posted a wider-than-expected second-quarter loss and said it would cut another 1,200 jobs, the latest sign that the slump in telecommunications spending has yet to hit bottom.

The maker of optical switching gear said it lost $84 million, or 31 cents a share, in the quarter, compared with a profit of $22 million, or 8 cents a share, a year earlier. Revenue fell 46 percent to $212 million.

Excluding charges, the company lost 27 cents a share. Analysts polled by Thomson Financial/First Call had expected a loss of 24 cents.

Chief Executive Martin Haldane told analysts on a conference call that customers were still working through equipment they bought during the boom of 1999 and 2000, and that he did not expect orders to recover before the middle of next year.

"We are planning for the next six months to be just as hard," Haldane said. "Our customers are not building new networks. They are trying to fill the ones they already have."

The job cuts, which come on top of 2,000 announced in April, will reduce Corvanta's work force to about 5,400 by the end of September. The company will also close its plant in Ottawa and take a charge of $140 million to $160 million in the third quarter.

Corvanta has not turned a profit since the fourth quarter of 2000. Cash and investments stood at $1.1 billion as of June 30, down from $1.4 billion at the end of March, which Haldane said was enough to carry the company through the downturn.

Corvanta shares, which peaked at $148 in March 2000, fell 62 cents to $9.14 in after-hours trading following the results, which were released after the market closed. The stock has lost about 70 percent of its value this year.

Haldane said Corvanta would stop giving quarterly revenue forecasts, joining a growing list of technology companies that have abandoned guidance since the start of the year. He said the company would update investors at an analyst meeting on Sept. 12 in New York.

"Visibility is as poor as I have seen it in 20 years in this industry," said Ellen Marsh, an analyst at Pacific Crest Securities. "Nobody wants to be the one who promises a recovery and misses."

Rivals have reported similar pressure. Two of Corvanta's largest competitors said last week that sales to phone carriers fell by more than a third in the quarter.
""", [
    ('July 19', 'DATE', '2001-07-19'),
    ('Thursday', 'DATE', '2001-07-19'),
    ('second-quarter', 'DATE', '2001-Q2'),
    ('the quarter', 'DATE', '2001-Q2'),
    ('a year earlier', 'DATE', '2000-Q2|2000'),
    ('1999', 'DATE', '1999'),
    ('2000', 'DATE', '2000'),
    ('the middle of next year', 'DATE', '2002'),
    ('the next six months', 'DURATION', 'P6M'),
    ('April', 'DATE', '2001-04'),
    ('the end of September', 'DATE', '2001-09'),
    ('the third quarter', 'DATE', '2001-Q3'),
    ('the fourth quarter of 2000', 'DATE', '2000-Q4'),
    ('June 30', 'DATE', '2001-06-30'),
    ('the end of March', 'DATE', '2001-03'),
    ('March 2000', 'DATE', '2000-03'),
    ('this year', 'DATE', '2001'),
    ('quarterly', 'SET', 'P3M'),
    ('the start of the year', 'DATE', '2001'),
    ('Sept. 12', 'DATE', '2001-09-12'),
    ('20 years', 'DURATION', 'P20Y'),
    ('last week', 'DATE', '2001-W28'),
    ('the quarter', 'DATE', '2001-Q2'),
]),
# 3. Bloomberg, SEC settlement over revenue booked in the wrong quarter (2003)
('2003-10-08', 'auto', """Quillon Software to Pay $10 Million to Settle SEC Revenue Claims

Oct. 8 (Bloomberg) -- Quillon Software Corp., a maker of inventory-tracking programs for retailers, agreed to pay $10 million to settle U.S. Securities and Exchange Commission claims that it inflated revenue by booking sales before contracts were signed.

The Boston-based company will restate results for 2000 through 2002 and the first half of this year, the SEC said today in a statement. Quillon didn't admit or deny wrongdoing.

Quillon's former chief financial officer, David Marchetti, kept quarters open for as long as nine days after they ended so that salespeople could finish deals and book them early, the SEC said. In one case, a $4.2 million contract signed on Jan. 6, 2001, was recorded as revenue for the fourth quarter of 2000.

``This wasn't aggressive accounting; it was a company ignoring the calendar,'' said Karen Whitlow, an associate director in the SEC's enforcement division.

Marchetti, who left the company in May 2002, agreed to a five-year ban from serving as an officer or director of a public company and will pay a $250,000 fine. His lawyer didn't return a call seeking comment.

Shares of Quillon rose 38 cents, or 4.1 percent, to $9.65 at 4 p.m. in Nasdaq Stock Market composite trading. They have almost doubled this year as investors bet the company had put its accounting problems behind it.

The company first disclosed the SEC inquiry in August 2002, and its shares fell 53 percent in two days. It has since replaced its auditor and half of its board of directors.

Chief Executive Officer Helen Tsao said in an interview that the restatement would cut previously reported revenue by about $31 million, or 6 percent, and that the company expects to file amended reports by Dec. 15.

``We've been living with this for more than a year,'' Tsao said. ``Today we can finally tell our customers it's over.''

Quillon will report third-quarter results on Oct. 23, two weeks later than usual, Tsao said. The company has said it expects sales for the quarter of $48 million to $50 million.

The SEC has brought more than 150 financial-reporting cases since the collapse of Enron Corp. in late 2001, and Chairman William Donaldson has said companies that manipulate the timing of revenue will remain a priority for the agency's enforcement staff.

Software makers have been a frequent target because many book large license deals just before the books close, said Jack Moran, an accounting analyst at Glenmoor Research in Baltimore. ``The temptation to hold the books open for a few extra days never goes away,'' he said.
""", [
    ('Oct. 8', 'DATE', '2003-10-08'),
    ('2000', 'DATE', '2000'),
    ('2002', 'DATE', '2002'),
    ('the first half of this year', 'DATE', '2003-H1'),
    ('today', 'DATE', '2003-10-08'),
    ('nine days', 'DURATION', 'P9D'),
    ('Jan. 6, 2001', 'DATE', '2001-01-06'),
    ('the fourth quarter of 2000', 'DATE', '2000-Q4'),
    ('May 2002', 'DATE', '2002-05'),
    ('five-year', 'DURATION', 'P5Y'),
    ('4 p.m.', 'TIME', '2003-10-08T16:00'),
    ('this year', 'DATE', '2003'),
    ('August 2002', 'DATE', '2002-08'),
    ('two days', 'DURATION', 'P2D'),
    ('Dec. 15', 'DATE', '2003-12-15'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('Today', 'DATE', '2003-10-08'),
    ('third-quarter', 'DATE', '2003-Q3'),
    ('Oct. 23', 'DATE', '2003-10-23'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the quarter', 'DATE', '2003-Q3'),
    ('late 2001', 'DATE', '2001'),
    ('a few extra days', 'DURATION', 'PXD'),
]),
# 4. Financial Times, Brussels opens in-depth merger probe into billing-software deal (2006)
('2006-05-25', 'auto', """Brussels opens in-depth probe into Nordvik's EUR2.4bn Telmar deal

By Anna Leclerc in Brussels

The European Commission yesterday opened a four-month investigation into Nordvik Systems' planned EUR2.4bn takeover of Telmar, the Dutch maker of billing software for mobile operators, raising the prospect that the deal will not close before the end of the year.

Neelie Kroes, the competition commissioner, said the Commission had "serious doubts" that the combination would leave mobile operators with enough choice of suppliers.

The Finnish group announced the agreed bid in February and had hoped to complete it by the end of June. It formally notified Brussels of the deal on April 12, starting an initial review that expired yesterday. The Commission now has until early October to reach a decision.

Telmar's software is used by operators to bill more than 300m subscribers, and the combined group would control about 55 per cent of the European market for such systems, according to Commission estimates.

Jukka Virtanen, Nordvik's chief executive, said: "We were prepared for this. We will work constructively with the Commission over the coming months and remain confident that the transaction will be completed."

Shares in Nordvik fell 3.2 per cent to EUR18.40 in Helsinki, their lowest close since last October. Telmar dropped 6 per cent in Amsterdam to EUR41.10, well below Nordvik's EUR46-a-share offer.

Rival bidders have kept their distance. Amdex, the US software group that made an informal approach to Telmar in 2005, said last week it had no plans to return.

The investigation is the third in-depth merger probe Brussels has opened this year, and the first involving a software company since 2004.

Lawyers said the decision reflected a tougher stance on markets where a handful of suppliers serve customers that sign contracts typically lasting seven years. "Once an operator installs a billing system, it is very hard to switch," said one competition lawyer. "The Commission is thinking about where this market will be in 2010, not where it is now."

Nordvik said it would consider selling Telmar's Scandinavian business if required. Analysts at Kaupthing estimated that the unit generated about a fifth of Telmar's revenue last year.

The Commission has set a deadline of June 8 for rivals and customers to comment. Officials will also hold a hearing with the two companies, probably in early September, before Ms Kroes's team drafts its decision.

Pieter van Dam, Telmar's chairman, said the company's staff and customers had been "in limbo for three months" and urged Brussels to move quickly. "Delay is a gift to our competitors, who are telling our customers we are distracted," he said.
""", [
    ('yesterday', 'DATE', '2006-05-24'),
    ('four-month', 'DURATION', 'P4M'),
    ('the end of the year', 'DATE', '2006'),
    ('February', 'DATE', '2006-02'),
    ('the end of June', 'DATE', '2006-06'),
    ('April 12', 'DATE', '2006-04-12'),
    ('yesterday', 'DATE', '2006-05-24'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('early October', 'DATE', '2006-10'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('last October', 'DATE', '2005-10'),
    ('2005', 'DATE', '2005'),
    ('last week', 'DATE', '2006-W20'),
    ('this year', 'DATE', '2006'),
    ('2004', 'DATE', '2004'),
    ('seven years', 'DURATION', 'P7Y'),
    ('2010', 'DATE', '2010'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last year', 'DATE', '2005'),
    ('June 8', 'DATE', '2006-06-08'),
    ('early September', 'DATE', '2006-09'),
    ('three months', 'DURATION', 'P3M'),
]),
# 5. AP, narrative: how a rushed software patch left workers without paychecks (2008)
('2008-02-15', 'auto', """Payroll Outage Traced to Rushed Software Update

CHICAGO (AP) -- The update was supposed to take 20 minutes.

At 11:40 p.m. on Jan. 18, a technician at PayBridge Inc., a payroll processor that handles paychecks for about 9,000 small businesses, began installing a routine patch to the company's tax-calculation software. By 1 a.m., the system that calculates withholding for more than 400,000 workers had stopped responding.

What followed, according to an internal review released Thursday and interviews with employees and customers, was a four-day scramble that left thousands of people without their paychecks and cost the company its two largest clients.

The patch had been tested for only two hours that afternoon, the review found, instead of the two days required by company policy. A manager approved the shortcut because a tax-table change was due.

Engineers worked through the weekend. Saturday morning they rolled the software back, only to find that the old version could no longer read files the new one had already rewritten. By Sunday night, managers had begun calling customers to warn that Tuesday's direct deposits might be late. Monday was Martin Luther King Jr. Day, and banks were closed.

The deposits were late. About 3,100 employers, most of them restaurants, landscapers and medical offices, missed payroll on Jan. 22. PayBridge fixed the problem on the evening of Jan. 23 and began sending money the following morning, nearly two days behind schedule.

"I had 14 cooks asking me for their money that Wednesday morning, and I had nothing to tell them," said Marisol Duarte, who owns two restaurants in suburban Cicero. "Some of them live paycheck to paycheck. I lent three of them cash out of my own pocket."

On Jan. 31, a week after the money finally arrived, the Illinois Department of Labor opened an inquiry. PayBridge's chief executive, Thomas Greer, resigned on Feb. 8, and the company has since hired an outside firm to review every software change before it goes live.

The review, conducted by the consulting firm Halvorsen & Pike, said PayBridge had cut its quality-assurance staff by a third in 2007 to save money and had postponed a planned upgrade of its backup systems three times since 2005.

The company said Thursday that it would now test all updates for at least 72 hours and install them only on weekends, when few payrolls are processed.

PayBridge, founded in 1994, says it has won back about 200 of the customers who left. Its largest former client, a chain of 60 dental offices, signed with a rival last month.

"We let our customers down," interim CEO Carla Bishop said in a statement. "That will not happen again."
""", [
    ('20 minutes', 'DURATION', 'PT20M'),
    ('11:40 p.m. on Jan. 18', 'TIME', '2008-01-18T23:40'),
    ('1 a.m.', 'TIME', '2008-01-19T01:00'),
    ('Thursday', 'DATE', '2008-02-14'),
    ('four-day', 'DURATION', 'P4D'),
    ('two hours', 'DURATION', 'PT2H'),
    ('that afternoon', 'DATE|TIME', '2008-01-18TAF'),
    ('two days', 'DURATION', 'P2D'),
    ('the weekend', 'DATE', '2008-W03-WE'),
    ('Saturday morning', 'DATE|TIME', '2008-01-19TMO'),
    ('Sunday night', 'DATE|TIME', '2008-01-20TNI'),
    ('Tuesday', 'DATE', '2008-01-22'),
    ('Monday', 'DATE', '2008-01-21'),
    ('Martin Luther King Jr. Day', 'DATE', '2008-01-21'),
    ('Jan. 22', 'DATE', '2008-01-22'),
    ('the evening of Jan. 23', 'DATE|TIME', '2008-01-23TEV'),
    ('the following morning', 'DATE|TIME', '2008-01-24TMO'),
    ('nearly two days', 'DURATION', 'P2D'),
    ('that Wednesday morning', 'DATE|TIME', '2008-01-23TMO'),
    ('Jan. 31', 'DATE', '2008-01-31'),
    ('a week', 'DURATION', 'P1W'),
    ('Feb. 8', 'DATE', '2008-02-08'),
    ('2007', 'DATE', '2007'),
    ('2005', 'DATE', '2005'),
    ('Thursday', 'DATE', '2008-02-14'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('weekends', 'SET', 'XXXX-WXX-WE'),
    ('1994', 'DATE', '1994'),
    ('last month', 'DATE', '2008-01'),
]),
# 6. The Verge, e-reader launch with update timestamp (2012)
('2012-09-13', 'auto', """Kestrel's new Glide e-reader has a front-lit screen and ships October 1st for $129

By Jordan Pell on September 13, 2012 11:02 am

Kestrel announced its third-generation Glide e-reader this morning at a press event in New York, and it's promising something its rivals haven't quite managed: a front-lit screen that lasts eight weeks on a charge, assuming you read with the light on for half an hour a day.

Preorders open today on Kestrel's website, and the Glide ships on October 1st in the US and UK, with Germany and France following on October 15th. It costs $129 with ads on the lock screen, or $149 without them.

That's nearly two months ahead of the holiday rush, which is no accident: Kestrel sold roughly 60 percent of last year's e-readers between Thanksgiving and Christmas, according to CEO Mira Osterhout.

I spent about 20 minutes with the Glide after the event, and the new screen is a real improvement. The light is even, with none of the blotchy shadows along the bottom edge that plagued last year's model, and text looks noticeably sharper thanks to a higher-resolution panel. Page turns are faster, too -- Kestrel says 30 percent faster than the old Glide -- though the menus still lag for a beat when you open the store.

The hardware is otherwise familiar. There's still no headphone jack, storage stays at 2GB, and the soft-touch back has been swapped for a grippier rubber that picks up lint almost instantly. Kestrel says the battery takes about three hours to fill from empty.

Kestrel has had a rough 2012. Its Kestrel Tab launched in March to lukewarm reviews and was discounted by $100 in May. The company also lost its hardware chief to Amazon in June. Osterhout told me there are no plans for another tablet this year. "We're going to focus on reading," she said. "That's what people come to us for."

Kestrel will also push a software update to the two older Glide models next Tuesday, adding library lending and a new font-size menu. Owners of the original Glide, which went on sale in 2010, will get the update too, though Osterhout said it will probably be the last one for that device.

We'll have a full review closer to launch.

Update, 1:45PM ET: Kestrel has confirmed that the ad-free model will not be sold in Germany at launch.
""", [
    ('October 1st', 'DATE', '2012-10-01'),
    ('September 13, 2012 11:02 am', 'TIME', '2012-09-13T11:02'),
    ('this morning', 'DATE|TIME', '2012-09-13TMO'),
    ('eight weeks', 'DURATION', 'P8W'),
    ('half an hour', 'DURATION', 'PT30M'),
    ('a day', 'SET', 'P1D'),
    ('today', 'DATE', '2012-09-13'),
    ('October 1st', 'DATE', '2012-10-01'),
    ('October 15th', 'DATE', '2012-10-15'),
    ('nearly two months', 'DURATION', 'P2M'),
    ('last year', 'DATE', '2011'),
    ('Thanksgiving', 'DATE', '2011-11-24'),
    ('Christmas', 'DATE', '2011-12-25'),
    ('about 20 minutes', 'DURATION', 'PT20M'),
    ('last year', 'DATE', '2011'),
    ('about three hours', 'DURATION', 'PT3H'),
    ('2012', 'DATE', '2012'),
    ('March', 'DATE', '2012-03'),
    ('May', 'DATE', '2012-05'),
    ('June', 'DATE', '2012-06'),
    ('this year', 'DATE', '2012'),
    ('next Tuesday', 'DATE', '2012-09-18'),
    ('2010', 'DATE', '2010'),
    ('1:45PM ET', 'TIME', '2012-09-13T13:45'),
]),
# 7. TechCrunch, bookkeeping startup raises a Series A (2014)
('2014-04-02', 'auto', """Ledgerly Raises $12M Series A To Automate Bookkeeping For Online Sellers

Posted Apr 2, 2014 by Sarah Nolan

Ledgerly, a San Francisco startup that automates bookkeeping for small online retailers, has raised a $12 million Series A round led by Harbor Lane Ventures, with participation from existing investors Foundry Hill and SV Angel.

The company was founded in 2012 by Priya Raman and Marcus Webb, who met while working on QuickBooks at Intuit. It launched publicly last May after nine months in private beta and now handles about $400 million a year in sales for more than 3,000 merchants.

Ledgerly connects to Shopify, Amazon and eBay stores and reconciles sales, fees and refunds every night, so merchants wake up to books that are actually up to date. Raman says most of her customers used to spend eight hours or more each month matching deposits to orders by hand.

"Quarterly taxes were a nightmare for these people," she told me. "They'd spend days digging through PayPal exports. We want that to take five minutes."

The new funding will go toward hiring -- the company plans to grow from 22 employees to about 60 by the end of the year -- and toward an international launch, starting with Canada and the UK this summer. Ledgerly previously raised $2.5 million in seed funding in October 2012.

The company charges $29 a month for stores with less than $50,000 in monthly sales and $99 a month above that. Raman says revenue has tripled since January, though she declined to share specific figures.

Bookkeeping for small businesses has become a crowded space in recent years, with Xero, FreshBooks and a handful of newer startups all competing for the same customers. Raman argues that e-commerce sellers have problems general-purpose tools don't handle well, such as Amazon's settlement reports, which arrive every two weeks and bundle hundreds of orders, fees and refunds into a single deposit.

Harbor Lane partner Ben Okafor, who joins Ledgerly's board as part of the deal, said he first met Raman two years ago, when she was still sketching the product on a whiteboard. "I passed, which was a mistake," he said. "I wasn't going to make it twice."

Ledgerly is also announcing today that it will open its API to outside developers on Monday, starting with tools for inventory forecasting and sales-tax filing. Raman says the company expects to have 20 third-party apps available by the fall.

If the company's growth holds, Okafor said, Ledgerly will be processing more than $1 billion in merchant sales before the end of 2015.
""", [
    ('Apr 2, 2014', 'DATE', '2014-04-02'),
    ('2012', 'DATE', '2012'),
    ('last May', 'DATE', '2013-05'),
    ('nine months', 'DURATION', 'P9M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('every night', 'SET', 'XXXX-XX-XXTNI'),
    ('eight hours', 'DURATION', 'PT8H'),
    ('each month', 'SET', 'P1M'),
    ('Quarterly', 'SET', 'P3M'),
    ('days', 'DURATION', 'PXD'),
    ('five minutes', 'DURATION', 'PT5M'),
    ('the end of the year', 'DATE', '2014'),
    ('this summer', 'DATE', '2014-SU'),
    ('October 2012', 'DATE', '2012-10'),
    ('a month', 'SET', 'P1M'),
    ('monthly', 'SET', 'P1M'),
    ('a month', 'SET', 'P1M'),
    ('January', 'DATE', '2014-01'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('every two weeks', 'SET', 'P2W'),
    ('two years ago', 'DATE', '2012'),
    ('today', 'DATE', '2014-04-02'),
    ('Monday', 'DATE', '2014-04-07'),
    ('the fall', 'DATE', '2014-FA'),
    ('the end of 2015', 'DATE', '2015'),
]),
# 8. CNBC, device maker's fiscal fourth-quarter earnings and weak forecast (2016)
('2016-10-25', 'auto', """Arcturus beats on earnings, but holiday forecast disappoints; shares slide

Published Tue, Oct 25 2016 4:35 PM EDT
Updated Tue, Oct 25 2016 6:10 PM EDT

Mark Lindqvist | @marklindqvist

Arcturus Devices reported fiscal fourth-quarter earnings after the bell on Tuesday that topped Wall Street expectations, but the company's forecast for the current quarter fell short, sending shares down more than 4 percent in extended trading.

Here's what the company reported compared with what Wall Street expected, based on a survey of analysts by Thomson Reuters:

Earnings per share: $1.12 vs. $1.05 expected
Revenue: $8.4 billion vs. $8.3 billion expected

For the current quarter, which includes the holiday shopping season, Arcturus said it expects revenue of $10.2 billion to $10.6 billion. Analysts had been looking for $10.9 billion.

Revenue fell 6 percent from a year ago, the company's third straight quarterly decline, as sales of its Nova smartwatches slowed ahead of a new model that went on sale in late September. For fiscal 2016, revenue was $34.1 billion, down 3 percent from fiscal 2015.

On a call with analysts, CEO Dana Whitfield said the Nova 3 sold out in 14 countries within three days of its release and that the company was adding production capacity at its contract manufacturers in China.

"Supply is constrained right now, and we expect it to remain tight through at least December," Whitfield said. "That's a good problem to have, but it is a problem."

Chief Financial Officer Raj Patel said gross margin in the current quarter would be between 37 and 38 percent, below last year's 40 percent, because of higher component costs and heavier discounting in November and December.

Arcturus also said it would return $5 billion to shareholders over the next two years and raised its quarterly dividend by 10 percent to 55 cents a share.

The stock had gained 18 percent this year through Tuesday's close, outpacing the S&P 500's 5 percent rise. Shares hit an all-time high of $142.60 on Oct. 3.

Arcturus will hold a product event in San Francisco on Nov. 9, where it is expected to show a redesigned laptop line. Whitfield declined to say how the outcome of the Nov. 8 presidential election might affect the company, which assembles most of its products in Asia.

"We've been through a lot of elections in 30 years," he said. "We plan for decades, not for election cycles."
""", [
    ('Tue, Oct 25 2016 4:35 PM EDT', 'TIME', '2016-10-25T16:35'),
    ('Tue, Oct 25 2016 6:10 PM EDT', 'TIME', '2016-10-25T18:10'),
    ('fiscal fourth-quarter', 'DATE', 'FY2016-Q4|2016-Q3|2016-Q4'),
    ('Tuesday', 'DATE', '2016-10-25'),
    ('the current quarter', 'DATE', '2016-Q4'),
    ('the current quarter', 'DATE', '2016-Q4'),
    ('a year ago', 'DATE', '2015|2015-Q3'),
    ('quarterly', 'SET', 'P3M'),
    ('late September', 'DATE', '2016-09'),
    ('fiscal 2016', 'DATE', 'FY2016|2016'),
    ('fiscal 2015', 'DATE', 'FY2015|2015'),
    ('three days', 'DURATION', 'P3D'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('December', 'DATE', '2016-12'),
    ('the current quarter', 'DATE', '2016-Q4'),
    ('last year', 'DATE', '2015'),
    ('November', 'DATE', '2016-11'),
    ('December', 'DATE', '2016-12'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('quarterly', 'SET', 'P3M'),
    ('this year', 'DATE', '2016'),
    ('Tuesday', 'DATE', '2016-10-25'),
    ('Oct. 3', 'DATE', '2016-10-03'),
    ('Nov. 9', 'DATE', '2016-11-09'),
    ('Nov. 8', 'DATE', '2016-11-08'),
    ('30 years', 'DURATION', 'P30Y'),
    ('decades', 'DURATION', 'PXY'),
]),
# 9. Reuters, cloud provider explains a Sunday outage with clock times (2019)
('2019-06-04', 'auto', """Stratus Cloud blames configuration error for Sunday outage

SEATTLE (Reuters) - Stratus Cloud said on Tuesday that a configuration change made during routine maintenance caused a four-hour outage on Sunday that knocked thousands of websites and apps offline across the United States and parts of Europe.

The problems began at 11:45 a.m. Pacific time (1845 GMT), when an automated tool meant to update servers in a single region applied the change to several regions at once, the company said in a blog post. Network capacity in the affected regions fell by about half, and service was not fully restored until 3:52 p.m.

"We apologize to our customers and their users. This was not an acceptable experience," Stratus Vice President of Engineering Arjun Mehta wrote.

The outage hit popular services including messaging app Chatterbox, gaming platform Kestro and home-security company Brightwatch, whose customers were unable to view camera feeds for much of the afternoon. Outage-tracking website DownDetector logged more than 14,000 reports of problems with Stratus-hosted services at the peak, around 1 p.m.

It was Stratus's second major disruption this year, after a storage failure at its Virginia data center in February left some customers unable to reach their files for nearly 10 hours.

The company said it would halt automated configuration changes that span multiple regions until it had added new safeguards, a process it expects to complete within the next 30 days. It will publish a full incident report by June 14 and has offered affected customers service credits.

Stratus is the fourth-largest cloud infrastructure provider by revenue, with about 4% of the market, according to research firm CloudMetrics. Its cloud revenue grew 41% in the first quarter to $1.9 billion.

Analysts said the outage was unlikely to prompt customers to leave but could slow the company's efforts to win large corporate contracts, where reliability is often the deciding factor.

"Companies are asking every vendor how quickly they can recover," said Dana Kowalski, an analyst at Greenfield Research. "Four hours on a Sunday is painful. On a Monday, it would have been a disaster."

Shares of Stratus's parent, Stratus Holdings Inc, rose 0.8% on Monday, suggesting investors were not overly concerned. The stock has gained 22% since the start of the year.

Brightwatch said on Tuesday it would begin spreading its services across two cloud providers by the end of the year. "We can't have customers locked out of their own cameras for hours," Chief Executive Sam Okoro said.
""", [
    ('Sunday', 'DATE', '2019-06-02'),
    ('Tuesday', 'DATE', '2019-06-04'),
    ('four-hour', 'DURATION', 'PT4H'),
    ('Sunday', 'DATE', '2019-06-02'),
    ('11:45 a.m. Pacific time', 'TIME', '2019-06-02T11:45'),
    ('1845 GMT', 'TIME', '2019-06-02T18:45'),
    ('3:52 p.m.', 'TIME', '2019-06-02T15:52'),
    ('the afternoon', 'DATE|TIME', '2019-06-02TAF'),
    ('around 1 p.m.', 'TIME', '2019-06-02T13:00'),
    ('this year', 'DATE', '2019'),
    ('February', 'DATE', '2019-02'),
    ('nearly 10 hours', 'DURATION', 'PT10H'),
    ('the next 30 days', 'DURATION', 'P30D'),
    ('June 14', 'DATE', '2019-06-14'),
    ('the first quarter', 'DATE', '2019-Q1'),
    ('Four hours', 'DURATION', 'PT4H'),
    ('a Sunday', 'DATE', '2019-06-02|XXXX-WXX-7'),
    ('a Monday', 'DATE', 'XXXX-WXX-1'),
    ('Monday', 'DATE', '2019-06-03'),
    ('the start of the year', 'DATE', '2019'),
    ('Tuesday', 'DATE', '2019-06-04'),
    ('the end of the year', 'DATE', '2019'),
    ('hours', 'DURATION', 'PXH'),
]),
# 10. Bloomberg, chipmaker's storm-hit Texas plant and the auto chip shortage (2021)
('2021-03-11', 'auto', """Chipmaker Halvard Says Texas Plant Won't Fully Recover Until End of April

By Yuki Tanabe and Erik Lund
March 11, 2021, 6:14 AM EST Updated on March 11, 2021, 9:02 AM EST

Halvard Semiconductor NV said its Austin, Texas, factory won't return to full production until the end of April, extending a shutdown that began when a deep freeze knocked out power across the state last month.

The Dutch chipmaker, which supplies microcontrollers to Volkswagen AG, Ford Motor Co. and Toyota Motor Corp., said in a statement Thursday that the plant is running at about 40% of capacity. Halvard had initially expected to restart within a week of regaining power.

The delay compounds a global semiconductor shortage that has forced carmakers to idle assembly lines since December. IHS Markit estimates that almost 1 million fewer vehicles will be built worldwide in the first quarter because of the crunch.

"Customers should expect tight supply through at least the third quarter," Chief Executive Officer Pieter de Graaf said on a call with reporters. Lead times for some parts have stretched to 40 weeks from about 12 weeks a year ago, he said.

The Austin plant lost power on Feb. 15 and was without it for five days. Because chipmaking requires ultra-clean conditions and tightly controlled temperatures, every wafer in production when the power failed had to be scrapped. Restarting the lines requires weeks of cleaning, recalibrating and testing before output can be certified for customers.

Halvard shares fell as much as 3.8% in Amsterdam trading and were down 2.1% at 2:25 p.m. local time. The stock has more than doubled in the past 12 months as demand for chips used in cars, laptops and game consoles surged during the pandemic.

The company plans to spend 2.5 billion euros this year on new capacity, including a second production line in Dresden, Germany, scheduled to open in 2023. De Graaf said Halvard is also considering building a plant in the U.S. and expects to decide by the end of the summer.

Carmakers have warned investors that the shortage will weigh on results for months. Ford said last month that it could cut the company's profit by as much as $2.5 billion in 2021, and General Motors has extended production halts at three North American plants until at least mid-April.

"Everyone underestimated how long it takes to get a fab back to normal," said Mehdi Laroussi, an analyst at Norden Capital in Stockholm. "A week without power can cost you two months of output."

Halvard will report first-quarter results on April 28.
""", [
    ('End of April', 'DATE', '2021-04'),
    ('March 11, 2021, 6:14 AM EST', 'TIME', '2021-03-11T06:14'),
    ('March 11, 2021, 9:02 AM EST', 'TIME', '2021-03-11T09:02'),
    ('the end of April', 'DATE', '2021-04'),
    ('last month', 'DATE', '2021-02'),
    ('Thursday', 'DATE', '2021-03-11'),
    ('a week', 'DURATION', 'P1W'),
    ('December', 'DATE', '2020-12'),
    ('the first quarter', 'DATE', '2021-Q1'),
    ('the third quarter', 'DATE', '2021-Q3'),
    ('40 weeks', 'DURATION', 'P40W'),
    ('about 12 weeks', 'DURATION', 'P12W'),
    ('a year ago', 'DATE', '2020'),
    ('Feb. 15', 'DATE', '2021-02-15'),
    ('five days', 'DURATION', 'P5D'),
    ('weeks', 'DURATION', 'PXW'),
    ('2:25 p.m. local time', 'TIME', '2021-03-11T14:25'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('this year', 'DATE', '2021'),
    ('2023', 'DATE', '2023'),
    ('the end of the summer', 'DATE', '2021-SU'),
    ('months', 'DURATION', 'PXM'),
    ('last month', 'DATE', '2021-02'),
    ('2021', 'DATE', '2021'),
    ('mid-April', 'DATE', '2021-04'),
    ('A week', 'DURATION', 'P1W'),
    ('two months', 'DURATION', 'P2M'),
    ('first-quarter', 'DATE', '2021-Q1'),
    ('April 28', 'DATE', '2021-04-28'),
]),
# 11. The Verge, browser maker shortens its release schedule (2023)
('2023-06-06', 'auto', """Vela is moving to a four-week release cycle starting in August

The Vela browser will get 13 major updates a year instead of eight or nine.

By Sam Ortiz
Jun 6, 2023, 12:30 PM EDT

Vela Software is speeding up its browser updates. Starting with version 120, due on August 15th, the company will ship a new version of the Vela browser every four weeks instead of every six weeks, it announced today in a blog post.

That works out to 13 major updates a year. Vela has released on a six-week schedule since 2017, when it rebuilt its rendering engine around a new networking stack. Security fixes will continue to go out as needed, usually within 48 hours of a vulnerability being reported.

Each release will spend two weeks in the beta channel, down from three weeks, and Vela's developer builds will continue to update every day. Lena Fischer, Vela's engineering director, told The Verge that the shorter cycle will let the team ship features as soon as they're ready instead of holding them back for weeks.

"Right now, if something misses the cutoff by a day, it waits six weeks," she said. "That's frustrating for us, and it's frustrating for the people who asked for the feature."

Enterprise customers, who tend to be wary of frequent changes, get a separate extended-support release that's updated once a year, every September. The next one, version 121, arrives on September 12th and will be supported until the fall of 2024. IT administrators will still be able to hold back updates for up to 30 days.

Four-week cycles are becoming the norm. Mozilla moved Firefox to four-week releases in 2020, and Google followed with Chrome a year later, making the same argument: smaller updates are easier to test and less likely to break things.

Vela, which has about 60 million users, most of them in Europe, has been trying to win back people who drifted to Chrome and Edge over the past few years. Its last big redesign, in March, added vertical tabs and a built-in ad blocker, and the company says its user numbers have grown 8 percent since that launch.

The company says it will publish its full release calendar for 2024 later this summer.
""", [
    ('four-week', 'DURATION|SET', 'P4W'),
    ('August', 'DATE', '2023-08'),
    ('a year', 'SET', 'P1Y'),
    ('Jun 6, 2023, 12:30 PM EDT', 'TIME', '2023-06-06T12:30'),
    ('August 15th', 'DATE', '2023-08-15'),
    ('every four weeks', 'SET', 'P4W'),
    ('every six weeks', 'SET', 'P6W'),
    ('today', 'DATE', '2023-06-06'),
    ('a year', 'SET', 'P1Y'),
    ('six-week', 'DURATION|SET', 'P6W'),
    ('2017', 'DATE', '2017'),
    ('48 hours', 'DURATION', 'PT48H'),
    ('two weeks', 'DURATION', 'P2W'),
    ('three weeks', 'DURATION', 'P3W'),
    ('every day', 'SET', 'P1D'),
    ('weeks', 'DURATION', 'PXW'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('a day', 'DURATION', 'P1D'),
    ('six weeks', 'DURATION', 'P6W'),
    ('once a year', 'SET', 'P1Y'),
    ('every September', 'SET', 'XXXX-09'),
    ('September 12th', 'DATE', '2023-09-12'),
    ('the fall of 2024', 'DATE', '2024-FA'),
    ('30 days', 'DURATION', 'P30D'),
    ('Four-week', 'DURATION|SET', 'P4W'),
    ('four-week', 'DURATION|SET', 'P4W'),
    ('2020', 'DATE', '2020'),
    ('a year later', 'DATE', '2021'),
    ('the past few years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('March', 'DATE', '2023-03'),
    ('2024', 'DATE', '2024'),
    ('later this summer', 'DATE', '2023-SU'),
]),
# 12. TechCrunch, startups ask Brussels to delay AI Act rules for model makers (2025)
('2025-02-20', 'auto', """European AI startups ask Brussels to delay AI Act rules for model makers

Ingrid Sorensen
9:15 AM PST - February 20, 2025

Less than three weeks after the first provisions of the European Union's AI Act took effect, a group of 30 European startups is asking Brussels to delay the next set of rules, which are due to apply to makers of general-purpose AI models on August 2.

In an open letter published Wednesday, the founders said the code of practice that is supposed to explain how to comply is still being drafted and won't be finalized until May at the earliest. That would leave companies about three months to adapt their documentation, testing and copyright policies, they argue.

"We are not asking to weaken the law. We are asking for six more months," said Lukas Brenner, co-founder and CEO of Berlin-based Fennik AI, which has raised EUR40 million since it was founded in 2023. "Right now, nobody can tell us exactly what compliance looks like."

The AI Act entered into force on August 1, 2024, but its obligations are phased in over three years. Bans on practices such as social scoring and untargeted scraping of facial images have applied since February 2. Most rules for high-risk systems kick in in August 2026. Models already on the market before August 2 have until 2027 to comply.

The Commission has shown no sign of budging. A spokesperson told TechCrunch on Thursday that the timeline is set in the regulation and that the AI Office would publish a third draft of the code "in the coming weeks."

Still, the mood in Brussels has shifted. Last week, the Commission withdrew a proposed AI liability directive from its 2025 work programme, a move critics said showed the bloc backing away from tech regulation under pressure from industry and the new U.S. administration.

Investment in European AI startups has nearly doubled over the past year, according to investment tracker Northbeam, and founders argue that heavy compliance costs will push companies to launch in the U.S. first. Fennik expects to spend about EUR1 million this year on legal and documentation work, Brenner said, roughly a tenth of its budget.

Not everyone is sympathetic. "These companies have known the dates since 2023," said Clara Duval, a researcher at the digital rights group Open Rights Europe. "Six months from now they'll be asking for another six."

The letter's signatories plan to meet with officials from the AI Office in Brussels next month.
""", [
    ('9:15 AM PST', 'TIME', '2025-02-20T09:15'),
    ('February 20, 2025', 'DATE', '2025-02-20'),
    ('Less than three weeks', 'DURATION', 'P3W'),
    ('August 2', 'DATE', '2025-08-02'),
    ('Wednesday', 'DATE', '2025-02-19'),
    ('May', 'DATE', '2025-05'),
    ('about three months', 'DURATION', 'P3M'),
    ('six more months', 'DURATION', 'P6M'),
    ('2023', 'DATE', '2023'),
    ('Right now', 'DATE', 'PRESENT_REF'),
    ('August 1, 2024', 'DATE', '2024-08-01'),
    ('three years', 'DURATION', 'P3Y'),
    ('February 2', 'DATE', '2025-02-02'),
    ('August 2026', 'DATE', '2026-08'),
    ('August 2', 'DATE', '2025-08-02'),
    ('2027', 'DATE', '2027'),
    ('Thursday', 'DATE', '2025-02-20'),
    ('the coming weeks', 'DATE|DURATION', 'FUTURE_REF|PXW'),
    ('Last week', 'DATE', '2025-W07'),
    ('2025', 'DATE', '2025'),
    ('the past year', 'DATE|DURATION', 'P1Y|2024'),
    ('this year', 'DATE', '2025'),
    ('2023', 'DATE', '2023'),
    ('Six months from now', 'DATE', '2025-08'),
    ('next month', 'DATE', '2025-03'),
]),
]
