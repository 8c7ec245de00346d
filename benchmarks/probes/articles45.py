# Gold TIMEX3 probe set 45: twelve texts of 2004-2025 in the styles of company press releases, earnings releases and calls, central bank and government statements, product launches and public notices, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Retailer, quarterly earnings release (2004)
('2004-11-04', 'auto', """Cascade Outdoor Supply Reports Third-Quarter Profit Up 38 Percent, Raises Outlook

PORTLAND, Ore., Nov. 4, 2004 -- Cascade Outdoor Supply Inc. (Nasdaq: CODS) today reported net income of $8.4 million, or 41 cents per diluted share, for the third quarter, which ended October 2, compared with $6.1 million, or 30 cents per share, in the third quarter of 2003.

Net sales for the quarter rose 12 percent to $187.3 million. Comparable-store sales, which include stores open for at least 14 months, increased 6.8 percent. For the nine months ended October 2, 2004, net sales were $521.6 million, up 10 percent from a year earlier.

"We saw strong demand for cold-weather gear as early as August, and our new distribution center in Sacramento is now running at full capacity," said Chief Executive Officer Dana Whitcomb. "The last three months were the strongest in the company's history."

The company opened nine stores during the quarter and plans to open four more before the end of the year, bringing its total to 118 stores in 11 western states. Two of those openings, in Boise and Spokane, are scheduled for next week.

Outlook

Cascade raised its forecast for fiscal 2004, which ends January 1, 2005, and now expects earnings of $1.38 to $1.42 per share, up from the range of $1.30 to $1.35 it issued in August. The company said it expects fourth-quarter comparable-store sales to rise in the mid-single digits, assuming normal weather in November and December.

Whitcomb said the retailer reviews the performance of every store annually and could close as many as three underperforming locations in early 2005. The company has not closed a store since 1999.

The board of directors on Tuesday declared a cash dividend of 5 cents per share, payable December 15 to shareholders of record as of November 30. Cascade began paying a dividend two years ago and has raised it twice since then.

Conference Call

Management will host a conference call at 5 p.m. today (Eastern time) to discuss the results. A replay will be available on the company's Web site for 30 days, beginning at 8 p.m. tonight.

About Cascade Outdoor Supply

Cascade Outdoor Supply, founded in 1982, sells camping, climbing, paddling and winter sports equipment through its stores, catalogs and Web site. Its shares trade on the Nasdaq National Market.
""", [
    ('Third-Quarter', 'DATE', '2004-Q3'),
    ('Nov. 4, 2004', 'DATE', '2004-11-04'),
    ('today', 'DATE', '2004-11-04'),
    ('the third quarter', 'DATE', '2004-Q3'),
    ('October 2', 'DATE', '2004-10-02'),
    ('the third quarter of 2003', 'DATE', '2003-Q3'),
    ('the quarter', 'DATE', '2004-Q3'),
    ('at least 14 months', 'DURATION', 'P14M'),
    ('the nine months', 'DURATION', 'P9M'),
    ('October 2, 2004', 'DATE', '2004-10-02'),
    ('a year earlier', 'DATE', '2003'),
    ('August', 'DATE', '2004-08'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('The last three months', 'DURATION', 'P3M'),
    ('the quarter', 'DATE', '2004-Q3'),
    ('the end of the year', 'DATE', '2004|2004-12'),
    ('next week', 'DATE', '2004-W46'),
    ('fiscal 2004', 'DATE', 'FY2004|2004'),
    ('January 1, 2005', 'DATE', '2005-01-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2004-08'),
    ('fourth-quarter', 'DATE', '2004-Q4'),
    ('November', 'DATE', '2004-11'),
    ('December', 'DATE', '2004-12'),
    ('annually', 'SET', 'P1Y'),
    ('early 2005', 'DATE', '2005'),
    ('1999', 'DATE', '1999'),
    ('Tuesday', 'DATE', '2004-11-02'),
    ('December 15', 'DATE', '2004-12-15'),
    ('November 30', 'DATE', '2004-11-30'),
    ('two years ago', 'DATE', '2002'),
    ('5 p.m. today', 'TIME', '2004-11-04T17:00'),
    ('30 days', 'DURATION', 'P30D'),
    ('8 p.m. tonight', 'TIME', '2004-11-04T20:00'),
    ('1982', 'DATE', '1982'),
]),

# 2. Wire report on a product recall (2006)
('2006-05-09', 'auto', """Bath seat maker recalls 210,000 units after reports of infants slipping

By KAREN DOYLE

WASHINGTON -- A Wisconsin company on Tuesday announced a voluntary recall of about 210,000 infant bath seats sold nationwide since March 2004, after receiving reports that the seats' suction cups can come loose and let the seat tip over in the tub.

Little Harbor Products Inc., of Green Bay, said it had received 46 reports of seats tipping, including 11 in which babies were bruised or briefly went under water. No deaths have been reported. The recall was announced jointly with the U.S. Consumer Product Safety Commission, which said the company had notified retailers the day before.

The seats, sold under the SplashSafe name, were made in China and sold at discount and baby-goods stores from March 2004 through April of this year for about $25. The model number, 4410, is printed on a label under the seat.

Parents should stop using the seats and contact the company for a free replacement or a full refund, the commission said. The company has set up a toll-free hotline and said it would accept returns for at least 18 months.

"We first learned of a problem in January, and we moved as quickly as we could once our own testing confirmed it last month," company president Ellen Marsh said in a statement. "Nothing matters more to us than the safety of the children who use our products."

A commission spokeswoman said the agency had been investigating since early February and had pushed for an announcement before Memorial Day.

The company said it would post weekly updates on its Web site showing the number of seats returned. It is the second recall of Little Harbor products in the past 12 months; in August, the company recalled about 30,000 crib mobiles whose small parts posed a choking hazard.

Infant bath seats have drawn regulators' attention for years. The commission has linked the products to more than 100 drownings since 1983, though sales have fallen in recent years as more parents switched to simple plastic tubs. The agency proposed a mandatory safety standard three years ago, and a final decision is expected later this year.

Consumer advocates said the latest recall showed the need for faster action. "We have been asking for a real standard for nearly a decade," said Marjorie Lund, a lawyer with a Washington consumer group. "Voluntary recalls are welcome, but they always come after the injuries."
""", [
    ('Tuesday', 'DATE', '2006-05-09'),
    ('March 2004', 'DATE', '2004-03'),
    ('the day before', 'DATE', '2006-05-08'),
    ('March 2004', 'DATE', '2004-03'),
    ('April of this year', 'DATE', '2006-04'),
    ('at least 18 months', 'DURATION', 'P18M'),
    ('January', 'DATE', '2006-01'),
    ('last month', 'DATE', '2006-04'),
    ('early February', 'DATE', '2006-02'),
    ('Memorial Day', 'DATE', '2006-05-29'),
    ('weekly', 'SET', 'P1W'),
    ('the past 12 months', 'DURATION', 'P12M'),
    ('August', 'DATE', '2005-08'),
    ('years', 'DURATION', 'PXY'),
    ('1983', 'DATE', '1983'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('three years ago', 'DATE', '2003'),
    ('later this year', 'DATE', '2006'),
    ('nearly a decade', 'DURATION', 'P10Y|P1E'),
]),

# 3. News report on a central bank rate decision (2008)
('2008-12-16', 'auto', """Fed cuts key rate to near zero, vows to use "all available tools"

WASHINGTON, Dec. 16 -- The Federal Reserve cut its benchmark interest rate to a range of zero to 0.25 percent on Tuesday, the lowest level on record, and said it expected rates to stay exceptionally low well into next year as the economy sinks deeper into recession.

The decision, announced at 2:15 p.m. at the end of a two-day meeting, lowered the target for the federal funds rate from 1 percent, where it had stood since Oct. 29. The central bank also cut the discount rate, which it charges banks for emergency loans, by three-quarters of a percentage point to 0.5 percent.

"Since the Committee's last meeting, labor market conditions have deteriorated, and the available data indicate that consumer spending, business investment, and industrial production have declined," the Fed said in its statement.

The economy lost 533,000 jobs in November, the most in 34 years, and the unemployment rate has climbed to 6.7 percent from 5 percent in April. The National Bureau of Economic Research said on Dec. 1 that the recession began in December 2007, a year ago.

Tuesday's cut was the Fed's tenth since September 2007, when the target stood at 5.25 percent. With little room left to lower rates, policymakers said they would focus on buying assets to push down borrowing costs. The Fed said it would buy large quantities of debt issued by mortgage giants Fannie Mae and Freddie Mac in the coming months and was evaluating the benefits of purchasing longer-term Treasury securities.

"They have essentially run out of room on rates, so now the focus shifts to the balance sheet," said Anne Marchetti, chief U.S. economist at a New York investment bank. "This is the Fed telling markets it will do whatever it takes."

Stocks rallied after the announcement, with the Dow Jones industrial average closing up 359 points, or 4.2 percent, and Treasury yields fell to record lows. On Monday, the Dow had slipped 65 points as investors waited for the decision.

Most economists had expected the Fed to cut its target to 0.5 percent. Some analysts said the move would make it harder for money-market funds to earn a return, and several fund companies said this week they were reviewing their fees.

Fed Chairman Ben Bernanke has said for months that the central bank would use all available tools to support the economy. The committee's next scheduled meeting is a two-day session ending Jan. 28, and Bernanke is due to deliver a speech on the financial crisis in London on Jan. 13.
""", [
    ('Dec. 16', 'DATE', '2008-12-16'),
    ('Tuesday', 'DATE', '2008-12-16'),
    ('next year', 'DATE', '2009'),
    ('2:15 p.m.', 'TIME', '2008-12-16T14:15'),
    ('two-day', 'DURATION', 'P2D'),
    ('Oct. 29', 'DATE', '2008-10-29'),
    ('November', 'DATE', '2008-11'),
    ('34 years', 'DURATION', 'P34Y'),
    ('April', 'DATE', '2008-04'),
    ('Dec. 1', 'DATE', '2008-12-01'),
    ('December 2007', 'DATE', '2007-12'),
    ('a year ago', 'DATE', '2007'),
    ('Tuesday', 'DATE', '2008-12-16'),
    ('September 2007', 'DATE', '2007-09'),
    ('the coming months', 'DURATION|DATE', 'PXM|FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Monday', 'DATE', '2008-12-15'),
    ('this week', 'DATE', '2008-W51'),
    ('months', 'DURATION', 'PXM'),
    ('two-day', 'DURATION', 'P2D'),
    ('Jan. 28', 'DATE', '2009-01-28'),
    ('Jan. 13', 'DATE', '2009-01-13'),
]),

# 4. State government notice on the tax filing deadline (2010)
('2010-04-15', 'auto', """Revenue department extends office hours as tax deadline arrives; flood-hit counties get more time

SALEM, Ore. -- The Oregon Department of Revenue said its offices in Salem, Portland and Eugene will stay open until 7 p.m. today, two hours later than usual, to help last-minute filers as the deadline for 2009 state income tax returns arrives.

Returns must be filed electronically or postmarked by midnight tonight. Taxpayers who cannot finish in time may request an automatic six-month extension, which moves the filing deadline to Oct. 15, but the department stressed that an extension to file is not an extension to pay. Interest on unpaid balances will begin accruing Friday.

As of Wednesday, the department had received about 1.38 million returns, roughly 4 percent more than at the same point last year. Nearly 80 percent were filed electronically, up from 61 percent four years ago, and electronic filing has more than doubled over the past decade.

"Electronic returns with direct deposit are typically processed within 10 business days," said department spokesman Derek Olsen. "Paper returns can take up to eight weeks, especially in late April and May, when volume peaks."

Residents of Columbia, Clatsop and Tillamook counties, where storms flooded hundreds of homes in early January, have until May 17 to file and pay without penalty under an order signed by the governor last week. Affected taxpayers should write "FLOOD RELIEF" at the top of their returns.

The department has issued about 912,000 refunds so far this year, averaging $604. Officials urged filers not to call the department's phone lines about refunds during the first two weeks after filing, and to use the online refund tool on its website instead.

The department began offering free online filing through a partnership with private software companies in 2003 and has expanded the program every year since. Beginning next January, it will require paid preparers who file more than 50 state returns to submit them electronically.

For those who are still not done, volunteers with a free tax-help program will hold a workshop at 10 a.m. Saturday at the Medford public library for people who have requested extensions. No appointment is needed, but participants should bring last year's return and any wage statements.
""", [
    ('7 p.m. today', 'TIME', '2010-04-15T19:00'),
    ('two hours', 'DURATION', 'PT2H'),
    ('2009', 'DATE', '2009'),
    ('midnight tonight', 'TIME', '2010-04-15T24:00|2010-04-16T00:00|2010-04-15T00:00'),
    ('six-month', 'DURATION', 'P6M'),
    ('Oct. 15', 'DATE', '2010-10-15'),
    ('Friday', 'DATE', '2010-04-16'),
    ('Wednesday', 'DATE', '2010-04-14'),
    ('last year', 'DATE', '2009'),
    ('four years ago', 'DATE', '2006'),
    ('the past decade', 'DURATION', 'P10Y|P1E'),
    ('10 business days', 'DURATION', 'P10D'),
    ('up to eight weeks', 'DURATION', 'P8W'),
    ('late April', 'DATE', '2010-04'),
    ('May', 'DATE', '2010-05'),
    ('early January', 'DATE', '2010-01'),
    ('May 17', 'DATE', '2010-05-17'),
    ('last week', 'DATE', '2010-W14'),
    ('this year', 'DATE', '2010'),
    ('the first two weeks', 'DURATION', 'P2W'),
    ('2003', 'DATE', '2003'),
    ('every year', 'SET', 'P1Y'),
    ('next January', 'DATE', '2011-01'),
    ('10 a.m. Saturday', 'TIME', '2010-04-17T10:00'),
    ("last year", 'DATE', '2009'),
]),

# 5. Consumer electronics product launch press release (2011)
('2011-09-08', 'auto', """Northlight Devices Unveils Lumen 7 Tablet at $249

SAN JOSE, Calif., Sept. 8, 2011 -- Northlight Devices Inc. today introduced the Lumen 7, a seven-inch tablet computer that the company says offers up to 10 hours of battery life on a single charge and weighs less than 14 ounces.

The Lumen 7 will be available for pre-order beginning at 9 a.m. on Monday, Sept. 12, through the company's website, and will arrive in retail stores in the United States and Canada on Sept. 30. Customers who pre-order before Sept. 25 will receive a $50 credit toward e-books, music and movies.

"The tablet market has changed dramatically in the past 18 months, and customers are now looking for something smaller, lighter and more affordable," said Chief Executive Officer Laura Benedetti. "We intend to bring the price down further in the future, but at $249 we think this is already the best value on the market."

Northlight, which shipped its first e-reader three years ago, has sold more than 4 million devices. The company said the Lumen 7 runs a customized version of the Android operating system and will receive software updates twice a year. A 10-inch model is planned for the first half of 2012.

Northlight will demonstrate the device at a press event in New York next Wednesday and at a wireless industry trade show in San Diego in October. The company expects to build 1.2 million units by the end of the year and aims to have the tablet on shelves in 14 countries before Thanksgiving.

In the three months ended July 31, Northlight reported revenue of $212 million, up 34 percent from a year earlier, driven largely by sales of its e-readers. The company has said it expects the tablet to account for about a third of its revenue in 2012.

Pricing and availability

The Lumen 7 with 8 gigabytes of storage will sell for $249; a 16-gigabyte version will cost $299. Both models come with a one-year limited warranty and a leather cover, and will be sold through the company's website and at more than 3,000 retail locations.

About Northlight Devices

Founded in 2004, Northlight Devices designs e-readers, tablets and accessories. The company employs about 1,100 people and is headquartered in San Jose, California.
""", [
    ('Sept. 8, 2011', 'DATE', '2011-09-08'),
    ('today', 'DATE', '2011-09-08'),
    ('up to 10 hours', 'DURATION', 'PT10H'),
    ('9 a.m. on Monday, Sept. 12', 'TIME', '2011-09-12T09:00'),
    ('Sept. 30', 'DATE', '2011-09-30'),
    ('Sept. 25', 'DATE', '2011-09-25'),
    ('the past 18 months', 'DURATION', 'P18M'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the future', 'DATE', 'FUTURE_REF'),
    ('three years ago', 'DATE', '2008'),
    ('twice a year', 'SET', 'P1Y'),
    ('the first half of 2012', 'DATE', '2012-H1'),
    ('next Wednesday', 'DATE', '2011-09-14'),
    ('October', 'DATE', '2011-10'),
    ('the end of the year', 'DATE', '2011|2011-12'),
    ('Thanksgiving', 'DATE', '2011-11-24'),
    ('the three months', 'DURATION', 'P3M'),
    ('July 31', 'DATE', '2011-07-31'),
    ('a year earlier', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('one-year', 'DURATION', 'P1Y'),
    ('2004', 'DATE', '2004'),
]),

# 6. Newspaper publisher, earnings call excerpts (2013)
('2013-02-05', 'auto', """Harrow Media sees ad recovery in second half as digital subscriptions top 1 million

NEW YORK, Feb. 5 -- Harrow Media Group expects advertising revenue to stabilize in the second half of 2013 after falling for nearly three years, executives told analysts on a conference call Monday evening.

The publisher of 14 regional newspapers reported fourth-quarter net income of $31.2 million, or 27 cents a share, compared with a loss of $8.9 million a year earlier. Revenue fell 3 percent to $612 million.

"The fourth quarter was our best since 2007," Chief Executive Martin Oyelaran said on the call. "Print advertising is still declining, but the rate of decline has slowed steadily since last summer."

Harrow said its digital subscriptions passed 1 million in January. The company began charging readers for online access in March 2011, after cutting about 1,200 jobs from 2009 to 2011.

Excerpts from the question-and-answer session:

ANALYST (Brian Cho, Kessler & Co.): Can you talk about the trend in January and what you're seeing so far in the first quarter?

CFO KAREN LINDQVIST: January was soft, frankly, partly because several big retailers pushed their clearance sales into February. Over the past two weeks we've seen bookings pick up. We expect first-quarter print revenue to be down in the mid-single digits, and we expect revenue for 2013 as a whole to be roughly flat.

ANALYST (Maria Esposito, Grant Weller Securities): And on the pension?

LINDQVIST: We'll contribute about $60 million to the plans this year, compared with $95 million last year, and we don't anticipate any required contributions in 2014 or 2015.

OYELARAN: I'd add that we plan to close the Dayton printing plant by the end of June and move that work to Columbus. That eliminates about 140 positions, and we'll start seeing the savings in the third quarter.

Harrow also reinstated its dividend, which it suspended in 2009, and said it would pay 4 cents a share quarterly beginning in April.

Shares of Harrow rose 6 percent to $12.40 in trading Tuesday morning, their highest level since May.
""", [
    ('second half', 'DATE', '2013-H2'),
    ('Feb. 5', 'DATE', '2013-02-05'),
    ('the second half of 2013', 'DATE', '2013-H2'),
    ('nearly three years', 'DURATION', 'P3Y'),
    ('Monday evening', 'DATE|TIME', '2013-02-04TEV'),
    ('fourth-quarter', 'DATE', '2012-Q4'),
    ('a year earlier', 'DATE', '2011-Q4|2011'),
    ('The fourth quarter', 'DATE', '2012-Q4'),
    ('2007', 'DATE', '2007'),
    ('last summer', 'DATE', '2012-SU'),
    ('January', 'DATE', '2013-01'),
    ('March 2011', 'DATE', '2011-03'),
    ('2009', 'DATE', '2009'),
    ('2011', 'DATE', '2011'),
    ('January', 'DATE', '2013-01'),
    ('the first quarter', 'DATE', '2013-Q1'),
    ('January', 'DATE', '2013-01'),
    ('February', 'DATE', '2013-02'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('first-quarter', 'DATE', '2013-Q1'),
    ('2013', 'DATE', '2013'),
    ('this year', 'DATE', '2013'),
    ('last year', 'DATE', '2012'),
    ('2014', 'DATE', '2014'),
    ('2015', 'DATE', '2015'),
    ('the end of June', 'DATE', '2013-06'),
    ('the third quarter', 'DATE', '2013-Q3'),
    ('2009', 'DATE', '2009'),
    ('quarterly', 'SET', 'P3M'),
    ('April', 'DATE', '2013-04'),
    ('Tuesday morning', 'DATE|TIME', '2013-02-05TMO'),
    ('May', 'DATE', '2012-05'),
]),

# 7. Municipal public works public notice (2014)
('2014-10-30', 'auto', """PUBLIC NOTICE: Elm Street water main replacement to begin Monday

CITY OF MILLBROOK
DEPARTMENT OF PUBLIC WORKS
Issued October 30, 2014

The Millbrook Department of Public Works will begin replacing the cast-iron water main beneath Elm Street between Fourth Avenue and Lakeview Drive on Monday, November 3. The main was installed in 1924 and was last relined a decade ago.

Work is expected to last about six weeks, weather permitting. One lane in each direction will remain open during construction, and parking will be prohibited on both sides of the street in the work zone. Crews will not work on Veterans Day, Nov. 11, or on Thanksgiving Day.

WATER SERVICE INTERRUPTIONS
Residents and businesses on Elm Street will have their water shut off for up to four hours at a time while new service lines are connected. Affected customers will receive a door hanger at least 48 hours in advance. The first planned shutoff will begin at 9 a.m. on Wednesday, Nov. 5, for homes in the 100 and 200 blocks; a second is planned a week later for the 300 block.

DELIVERIES
Because Halloween trick-or-treating is expected on Elm Street tomorrow evening, the contractor will not deliver pipe or stage equipment on the street until Saturday.

BACKGROUND
The main has broken 17 times since 2005, including twice last winter, when a break near Fifth Avenue left about 300 homes without water for nearly two days. The City Council approved the $3.2 million project in June as part of a plan to replace 40 miles of aging pipe over the next decade.

"We have been patching this line for years," Public Works Director Alan Kowalczyk said. "Residents will put up with some noise and detours this fall, but they will get a system that should serve the neighborhood for generations."

PUBLIC MEETING
A public information meeting will be held at 6:30 p.m. Monday in the community room of the Millbrook Public Library. Project updates will be posted every Friday on the city's website.

The work is scheduled to be completed by mid-December. Elm Street will be repaved next spring.

Questions may be directed to the project office at 555-0148 or by email to the Department of Public Works.
""", [
    ('Monday', 'DATE', '2014-11-03'),
    ('October 30, 2014', 'DATE', '2014-10-30'),
    ('Monday, November 3', 'DATE', '2014-11-03'),
    ('1924', 'DATE', '1924'),
    ('a decade ago', 'DATE', '2004|200'),
    ('about six weeks', 'DURATION', 'P6W'),
    ('Veterans Day', 'DATE', '2014-11-11'),
    ('Nov. 11', 'DATE', '2014-11-11'),
    ('Thanksgiving Day', 'DATE', '2014-11-27'),
    ('up to four hours', 'DURATION', 'PT4H'),
    ('at least 48 hours', 'DURATION', 'PT48H'),
    ('9 a.m. on Wednesday, Nov. 5', 'TIME', '2014-11-05T09:00'),
    ('a week later', 'DATE', '2014-11-12|2014-W46'),
    ('Halloween', 'DATE', '2014-10-31'),
    ('tomorrow evening', 'DATE|TIME', '2014-10-31TEV'),
    ('Saturday', 'DATE', '2014-11-01'),
    ('2005', 'DATE', '2005'),
    ('last winter', 'DATE', '2013-WI|2014-WI'),
    ('nearly two days', 'DURATION', 'P2D'),
    ('June', 'DATE', '2014-06'),
    ('the next decade', 'DURATION', 'P10Y|P1E'),
    ('years', 'DURATION', 'PXY'),
    ('this fall', 'DATE', '2014-FA'),
    ('6:30 p.m. Monday', 'TIME', '2014-11-03T18:30'),
    ('every Friday', 'SET', 'XXXX-WXX-5'),
    ('mid-December', 'DATE', '2014-12'),
    ('next spring', 'DATE', '2015-SP'),
]),

# 8. Trucking company, acquisition and CEO succession press release (2016)
('2016-01-28', 'auto', """Brightwater Logistics Completes Acquisition of Pelham Freight Systems; Names Renee Albright Chief Executive

ATLANTA, Jan. 28, 2016 -- Brightwater Logistics Corp. (NYSE: BWL) announced today that it has completed its previously announced acquisition of Pelham Freight Systems Inc., a privately held trucking company based in Nashville, for approximately $430 million in cash and stock.

The transaction, first announced on Oct. 14, received clearance from federal antitrust regulators earlier this month and closed Wednesday after Pelham shareholders approved it at a special meeting on Jan. 22. Pelham, formerly known as Pelham & Sons Cartage, was founded in 1961 and operates 1,900 trucks from 38 terminals in eight states.

"Today marks a turning point for Brightwater," said Chief Executive Officer Gerald Maddox. "Together we will be one of the five largest less-than-truckload carriers in the Southeast."

Brightwater expects the acquisition to add to earnings per share within 12 months and to produce cost savings of about $35 million by the end of 2017. Pelham will operate as a separate unit for a transition period of about 18 months, after which it will be folded into Brightwater's regional network.

Leadership transition

Brightwater also announced that Maddox, 64, will retire effective March 31 after 11 years as chief executive. The board has named President and Chief Operating Officer Renee Albright, 51, to succeed him. Albright joined Brightwater in 2002 and has been president since 2013.

"When I became CEO in 2005, we had 14 terminals. Now we have 92, and with Pelham we will have 130," Maddox said. "Renee has run our operations for the past three years, and there is no one better prepared to lead this company."

Maddox will remain on the board as non-executive chairman until the shareholders' meeting in May.

Outlook and fourth-quarter results

Brightwater now expects 2016 revenue of $2.1 billion to $2.2 billion, including Pelham's results from Jan. 27. The company will report fourth-quarter results before the market opens on Feb. 18 and will host a conference call at 10 a.m. that day.

About Brightwater Logistics

Founded in 1978, Brightwater Logistics provides less-than-truckload, truckload and warehousing services to more than 40,000 customers across the eastern United States.
""", [
    ('Jan. 28, 2016', 'DATE', '2016-01-28'),
    ('today', 'DATE', '2016-01-28'),
    ('Oct. 14', 'DATE', '2015-10-14'),
    ('earlier this month', 'DATE', '2016-01'),
    ('Wednesday', 'DATE', '2016-01-27'),
    ('Jan. 22', 'DATE', '2016-01-22'),
    ('formerly', 'DATE', 'PAST_REF'),
    ('1961', 'DATE', '1961'),
    ('Today', 'DATE', '2016-01-28'),
    ('12 months', 'DURATION', 'P12M'),
    ('the end of 2017', 'DATE', '2017|2017-12'),
    ('about 18 months', 'DURATION', 'P18M'),
    ('March 31', 'DATE', '2016-03-31'),
    ('11 years', 'DURATION', 'P11Y'),
    ('2002', 'DATE', '2002'),
    ('2013', 'DATE', '2013'),
    ('2005', 'DATE', '2005'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the past three years', 'DURATION', 'P3Y'),
    ('May', 'DATE', '2016-05'),
    ('fourth-quarter', 'DATE', '2015-Q4'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2016', 'DATE', '2016'),
    ('Jan. 27', 'DATE', '2016-01-27'),
    ('fourth-quarter', 'DATE', '2015-Q4'),
    ('Feb. 18', 'DATE', '2016-02-18'),
    ('10 a.m. that day', 'TIME', '2016-02-18T10:00'),
    ('1978', 'DATE', '1978'),
]),

# 9. Report on a county government labor statement (2018)
('2018-06-12', 'auto', """County reminds employers of July 1 wage increase; sick-leave rules start in January

MARLOW COUNTY -- The county Office of Labor Standards on Monday reminded employers that the local minimum wage will rise to $13.50 on July 1, the second of three increases approved by the Board of Supervisors in 2016.

The current rate of $12.25 took effect a year ago. Under the ordinance, the wage will climb again to $15 on July 1, 2019, and will be adjusted every year after that to keep pace with inflation.

Employers must display the updated wage poster by June 30 and must pay the new rate for all work performed on or after July 1, the office said. Businesses with fewer than 26 employees will get an additional six months to comply.

"We have spent the past two months visiting restaurants, farms and retailers to make sure nobody is caught off guard," said Teresa Villanueva, the office's director. "Most employers are ready. The ones we worry about are small shops that changed hands recently and may not know the rules."

The office received 412 wage complaints in fiscal 2017, which ended June 30, 2017, up from 268 two years earlier. Most involved unpaid overtime or workers who were paid in cash below the legal minimum.

The county's minimum wage was $10.50 when supervisors began debating an increase in the fall of 2015. Business groups, led by the county Chamber of Commerce, have asked the board to delay the 2019 increase, and supervisors are expected to take up the request this fall.

Separately, a paid sick-leave ordinance approved by supervisors last month will take effect Jan. 1. It will allow employees of businesses with 10 or more workers to earn up to 40 hours of paid sick leave, which they may use to care for themselves or a family member.

The office will hold information sessions for employers at 6 p.m. on June 19 at the county administration building in Marlow and the following week in Eastport. Materials will be available in English, Spanish and Vietnamese, and employers can also request an on-site visit.
""", [
    ('July 1', 'DATE', '2018-07-01'),
    ('January', 'DATE', '2019-01'),
    ('Monday', 'DATE', '2018-06-11'),
    ('July 1', 'DATE', '2018-07-01'),
    ('2016', 'DATE', '2016'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('a year ago', 'DATE', '2017'),
    ('July 1, 2019', 'DATE', '2019-07-01'),
    ('every year', 'SET', 'P1Y'),
    ('June 30', 'DATE', '2018-06-30'),
    ('July 1', 'DATE', '2018-07-01'),
    ('six months', 'DURATION', 'P6M'),
    ('the past two months', 'DURATION', 'P2M'),
    ('recently', 'DATE', 'PAST_REF'),
    ('fiscal 2017', 'DATE', 'FY2017|2017'),
    ('June 30, 2017', 'DATE', '2017-06-30'),
    ('two years earlier', 'DATE', 'FY2015|2015'),
    ('the fall of 2015', 'DATE', '2015-FA'),
    ('2019', 'DATE', '2019'),
    ('this fall', 'DATE', '2018-FA'),
    ('last month', 'DATE', '2018-05'),
    ('Jan. 1', 'DATE', '2019-01-01'),
    ('up to 40 hours', 'DURATION', 'PT40H'),
    ('6 p.m. on June 19', 'TIME', '2018-06-19T18:00'),
    ('the following week', 'DATE', '2018-W26'),
]),

# 10. Retailer statement on temporary store closures (2020)
('2020-03-18', 'auto', """Larkspur Home to close all stores for two weeks, will pay workers through March 31

MINNEAPOLIS -- Larkspur Home Inc. said Wednesday it will close all 214 of its stores in the United States and Canada for two weeks beginning at 6 p.m. tonight, joining a growing list of retailers shutting their doors to slow the spread of the coronavirus.

The stores are scheduled to reopen on April 1. Store employees will continue to receive their regular pay and benefits during the closure, the company said. Its website and mobile app will remain open, and the company will offer free shipping on all orders through the end of the month.

"This is not a decision we made lightly," Chief Executive Officer Sandra Oku said in a letter to customers posted late Tuesday. "A week ago we were talking about extra cleaning. Today, the responsible thing to do is to close."

Several major retailers announced closures over the weekend and on Monday, and shopping-mall operators have cut their hours. Larkspur said it would reassess the situation weekly and could extend the closure if public health officials recommend it. Its three distribution centers will stay open, with staggered shifts and additional cleaning every four hours.

The company also withdrew the financial outlook for fiscal 2020 that it issued on March 5, saying conditions were changing too quickly to forecast. For the 13 weeks ended Feb. 1, the home furnishings chain reported sales of $1.06 billion, up 2.4 percent, and said it had about $380 million in cash.

Founded in 1987, Larkspur has closed its stores only once before, for three days in 2013, when a software failure knocked out its payment systems.

Shares of Larkspur fell 11 percent on Tuesday and have lost nearly half of their value since Feb. 19, when the broader market hit a record high.

"We will get through this, and we look forward to welcoming our customers back in the coming weeks," Oku wrote.
""", [
    ('two weeks', 'DURATION', 'P2W'),
    ('March 31', 'DATE', '2020-03-31'),
    ('Wednesday', 'DATE', '2020-03-18'),
    ('two weeks', 'DURATION', 'P2W'),
    ('6 p.m. tonight', 'TIME', '2020-03-18T18:00'),
    ('April 1', 'DATE', '2020-04-01'),
    ('the end of the month', 'DATE', '2020-03'),
    ('late Tuesday', 'DATE', '2020-03-17'),
    ('A week ago', 'DATE', '2020-W11|2020-03-11'),
    ('Today', 'DATE', '2020-03-18'),
    ('the weekend', 'DATE', '2020-W11-WE'),
    ('Monday', 'DATE', '2020-03-16'),
    ('weekly', 'SET', 'P1W'),
    ('every four hours', 'SET', 'PT4H'),
    ('fiscal 2020', 'DATE', 'FY2020|2020'),
    ('March 5', 'DATE', '2020-03-05'),
    ('the 13 weeks', 'DURATION', 'P13W'),
    ('Feb. 1', 'DATE', '2020-02-01'),
    ('1987', 'DATE', '1987'),
    ('three days', 'DURATION', 'P3D'),
    ('2013', 'DATE', '2013'),
    ('Tuesday', 'DATE', '2020-03-17'),
    ('Feb. 19', 'DATE', '2020-02-19'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
]),

# 11. News report on a central bank statement (2023)
('2023-06-06', 'auto', """RBA lifts cash rate to 4.1pc, warns further tightening may be required

SYDNEY, June 6 -- The Reserve Bank of Australia raised its cash rate by 25 basis points to 4.1 per cent on Tuesday, surprising many economists who had expected it to hold steady, and said some further tightening may be needed to return inflation to target.

It was the 12th increase since May last year and took the cash rate to its highest level in 11 years. The bank paused its tightening campaign in April before resuming with a rise in May.

"Inflation in Australia has passed its peak, but at 7 per cent is still too high," Governor Philip Lowe said in a statement released at 2.30pm. The bank's central forecast is for inflation to ease to 4.5 per cent by the end of this year and return to the top of its 2-3 per cent target band by mid-2025.

Figures released last week showed consumer prices rose 6.8 per cent in the 12 months to April, up from 6.3 per cent in March. On Friday, the Fair Work Commission approved a 5.75 per cent increase in the national minimum wage from July 1, a decision the board said it would watch closely.

The Australian dollar jumped about half a US cent to 66.6 US cents within minutes of the announcement. Several major banks now expect the cash rate to peak at 4.35 per cent in August.

Variable-rate borrowers have seen their repayments rise by more than 40 per cent since April 2022, and Treasurer Jim Chalmers said Tuesday's decision would be "very hard" for families already under pressure from higher rents and grocery bills.

Under changes recommended by an independent review of the central bank released in April, the board will meet eight times a year from next year, and the governor will hold a press conference after each meeting.

Dr Lowe, whose seven-year term expires in September, will speak at an economic conference in Sydney on Wednesday. The board's next meeting is on July 4.
""", [
    ('June 6', 'DATE', '2023-06-06'),
    ('Tuesday', 'DATE', '2023-06-06'),
    ('May last year', 'DATE', '2022-05'),
    ('11 years', 'DURATION', 'P11Y'),
    ('April', 'DATE', '2023-04'),
    ('May', 'DATE', '2023-05'),
    ('2.30pm', 'TIME', '2023-06-06T14:30'),
    ('the end of this year', 'DATE', '2023|2023-12'),
    ('mid-2025', 'DATE', '2025'),
    ('last week', 'DATE', '2023-W22'),
    ('the 12 months', 'DURATION', 'P12M'),
    ('April', 'DATE', '2023-04'),
    ('March', 'DATE', '2023-03'),
    ('Friday', 'DATE', '2023-06-02'),
    ('July 1', 'DATE', '2023-07-01'),
    ('minutes', 'DURATION', 'PTXM'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('August', 'DATE', '2023-08'),
    ('April 2022', 'DATE', '2022-04'),
    ('Tuesday', 'DATE', '2023-06-06'),
    ('April', 'DATE', '2023-04'),
    ('eight times a year', 'SET', 'P1Y'),
    ('next year', 'DATE', '2024'),
    ('seven-year', 'DURATION', 'P7Y'),
    ('September', 'DATE', '2023-09'),
    ('Wednesday', 'DATE', '2023-06-07'),
    ('July 4', 'DATE', '2023-07-04'),
]),

# 12. Software company, fiscal-quarter earnings release (2025)
('2025-02-20', 'auto', """Meridian Analytics Posts 14% Revenue Growth, Narrows Outlook

BOSTON, Feb. 20, 2025 -- Meridian Analytics Inc. (NASDAQ: MRDN), a provider of supply-chain planning software, today reported financial results for its fiscal third quarter, the three months ended December 31, 2024.

Third-quarter highlights
- Total revenue was $318.4 million, up 14%.
- Subscription revenue rose 17% to $280.1 million and accounted for 88% of total revenue.
- Remaining performance obligations were $1.21 billion as of December 31, up 18%.
- Net income was $31.7 million, or $0.52 per diluted share.

For the nine months ended December 31, 2024, revenue was $915.7 million, up 13%, and net income was $88.5 million, compared with $61.0 million a year earlier.

"December was the strongest month for new bookings in our history, and customers who signed long-term contracts over the past year are expanding faster than we expected," said Priya Raman, chief executive officer. "We are investing now in the AI forecasting tools our customers will need over the next several years."

Financial outlook
For the fourth quarter of fiscal 2025, which ends March 31, Meridian expects revenue of $327 million to $331 million. For fiscal 2025, the company now expects revenue of $1.243 billion to $1.247 billion, compared with its previous range of $1.235 billion to $1.250 billion, issued in November.

Capital allocation and operations
The board of directors on Tuesday authorized a new $500 million share repurchase program, which replaces the $300 million program approved in May 2022 and runs through March 2027. Meridian also said it completed the move of its European headquarters to Dublin earlier this month and expects to close its Munich office by the end of September.

Conference call
Meridian will host a conference call and live webcast today at 5:00 p.m. ET to discuss the results. A replay will be available on the investor relations website for 90 days. The company will also hold an investor day in New York on Tuesday, March 11, where management will present its targets for fiscal 2026 through fiscal 2028.

About Meridian Analytics
Founded in 2009 and public since 2019, Meridian helps more than 2,400 manufacturers, retailers and distributors plan inventory and production.
""", [
    ('Feb. 20, 2025', 'DATE', '2025-02-20'),
    ('today', 'DATE', '2025-02-20'),
    ('fiscal third quarter', 'DATE', '2024-Q4|FY2025-Q3'),
    ('the three months', 'DURATION', 'P3M'),
    ('December 31, 2024', 'DATE', '2024-12-31'),
    ('Third-quarter', 'DATE', '2024-Q4|FY2025-Q3'),
    ('December 31', 'DATE', '2024-12-31'),
    ('the nine months', 'DURATION', 'P9M'),
    ('December 31, 2024', 'DATE', '2024-12-31'),
    ('a year earlier', 'DATE', '2023'),
    ('December', 'DATE', '2024-12'),
    ('the past year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next several years', 'DURATION', 'PXY'),
    ('the fourth quarter of fiscal 2025', 'DATE', '2025-Q1|FY2025-Q4'),
    ('March 31', 'DATE', '2025-03-31'),
    ('fiscal 2025', 'DATE', 'FY2025|2025'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('November', 'DATE', '2024-11'),
    ('Tuesday', 'DATE', '2025-02-18'),
    ('May 2022', 'DATE', '2022-05'),
    ('March 2027', 'DATE', '2027-03'),
    ('earlier this month', 'DATE', '2025-02'),
    ('the end of September', 'DATE', '2025-09'),
    ('today at 5:00 p.m.', 'TIME', '2025-02-20T17:00'),
    ('90 days', 'DURATION', 'P90D'),
    ('Tuesday, March 11', 'DATE', '2025-03-11'),
    ('fiscal 2026', 'DATE', 'FY2026|2026'),
    ('fiscal 2028', 'DATE', 'FY2028|2028'),
    ('2009', 'DATE', '2009'),
    ('2019', 'DATE', '2019'),
]),
]
