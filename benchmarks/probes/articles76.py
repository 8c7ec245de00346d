# Gold TIMEX3 probe set 76: business news 1988-1992 (takeovers, markets, economic data, regulators), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. Wall Street Journal, hostile takeover bid (1988)
('1988-03-17', 'auto', """Harlan Industries Sweetens Bid for Crestmoor Foods to $1.9 Billion

By Ellen T. Marsh
Staff Reporter of The Wall Street Journal

CHICAGO -- Harlan Industries Inc. raised its hostile offer for Crestmoor Foods Corp. to $48 a share, or about $1.9 billion, and said it would let the bid expire at midnight Friday if Crestmoor's board doesn't drop its takeover defenses.

The new offer, disclosed yesterday after the close of trading, tops the $43-a-share cash bid that Harlan launched three weeks ago. Crestmoor, a Minneapolis-based maker of frozen vegetables and snack cakes, rejected that proposal last Thursday as "grossly inadequate" and said it was exploring alternatives, including a possible sale to a friendly buyer.

In composite trading on the New York Stock Exchange yesterday, Crestmoor shares rose $3.375 to close at $49.25. Volume was 2.4 million shares, more than six times the stock's daily average over the past three months.

Harlan's chairman, Walter K. Brandt, said in an interview that the company had "gone as far as we intend to go" and would not bid against itself. "We've spent four months studying this business," he said. "We know what it's worth."

Crestmoor's board is scheduled to meet Monday morning in Minneapolis to consider the revised bid. A spokeswoman said directors would also review a "poison pill" rights plan that the company adopted in 1986. Harlan has asked a federal court in Delaware to strike down the plan; a hearing is set for March 28.

Takeover specialists said the sweetened offer puts pressure on Crestmoor's directors, who have watched the stock languish for most of the past two years amid falling profits. For fiscal 1987, which ended in September, Crestmoor earned $61.2 million, or $1.58 a share, down from $84 million, or $2.19 a share, a year earlier.

"The board has run out of room to come up with a better idea," said one arbitrager, who asked not to be named. "If nobody else shows up by the end of the month, they'll have to deal with Harlan."

Harlan, based in this city's western suburbs, has grown through acquisitions since the early 1980s and now has sales of about $3.4 billion a year. It said yesterday that it had lined up $2.1 billion in bank financing led by Continental Illinois National Bank and could complete the purchase within 60 days of a signed agreement.

The bid is the latest in a string of food-industry takeover attempts that have followed the October stock market crash, which left many companies' shares trading below the value of their assets. Analysts said more deals are likely in the coming months as companies flush with cash hunt for bargains.
""", [
    ('midnight Friday', 'TIME', '1988-03-18T24:00|1988-03-19T00:00|1988-03-18T00:00'),
    ('yesterday', 'DATE', '1988-03-16'),
    ('three weeks ago', 'DATE', '1988-W08'),
    ('last Thursday', 'DATE', '1988-03-10'),
    ('yesterday', 'DATE', '1988-03-16'),
    ('daily', 'SET', 'P1D'),
    ('the past three months', 'DURATION', 'P3M'),
    ('four months', 'DURATION', 'P4M'),
    ('Monday morning', 'DATE|TIME', '1988-03-21TMO'),
    ('1986', 'DATE', '1986'),
    ('March 28', 'DATE', '1988-03-28'),
    ('the past two years', 'DURATION', 'P2Y'),
    ('fiscal 1987', 'DATE', 'FY1987|1987'),
    ('September', 'DATE', '1987-09'),
    ('a year earlier', 'DATE', 'FY1986|1986'),
    ('the end of the month', 'DATE', '1988-03'),
    ('the early 1980s', 'DATE', '198'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a year', 'SET', 'P1Y'),
    ('yesterday', 'DATE', '1988-03-16'),
    ('60 days', 'DURATION', 'P60D'),
    ('October', 'DATE', '1987-10'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
]),
# 2. AP, stock market on the first anniversary of the 1987 crash (1988)
('1988-10-21', 'auto', """Stocks Edge Higher as Wall Street Passes Crash Anniversary Quietly

By MARTIN GOLDFARB
AP Business Writer

NEW YORK (AP) -- Stock prices edged higher today in light trading, as Wall Street marked the first anniversary of the 1987 crash this week with more relief than celebration.

The Dow Jones average of 30 industrials rose 9.14 points to 2,183.62 at the 4 p.m. EDT close. The average fell 508 points on Oct. 19, 1987, a drop of 22.6 percent that remains the largest one-day decline in its history.

Advancing issues outnumbered declines by about 5 to 4 on the New York Stock Exchange, where volume totaled 142.3 million shares, a fraction of the 604 million shares traded during the crash.

Brokers said many small investors have stayed away from stocks since the crash, putting their money instead into certificates of deposit and money-market funds that now pay more than 8 percent. Big Board volume this year has averaged about 160 million shares a day, compared with nearly 190 million in 1987.

"People still remember that afternoon," said Eileen Dorsey, a market strategist at Haverford Securities in Philadelphia. "They remember the tape running two hours late. It's going to take years before the individual investor comes back."

On Wednesday, the anniversary itself, the Dow gained 34 points as traders shrugged off warnings that the market remains vulnerable. The average has regained roughly half of the ground it lost in the crash, but it is still about 540 points below its record high of 2,722.42, set on Aug. 25, 1987.

Regulators are still debating the changes recommended in January by the Brady commission, the presidential task force that studied the collapse. The Securities and Exchange Commission has tightened some rules on program trading, but Congress has not acted on proposals to give a single agency authority over both stock and stock-index futures markets.

Earlier this month, the New York Stock Exchange and the Chicago Mercantile Exchange agreed to halt trading for one hour if the Dow falls 250 points in a single session, and for two hours if it falls 400 points. The so-called circuit breakers are expected to take effect next month.

"It's a start," said Richard Alcott, a securities lawyer who served on the SEC staff. "But the next crisis won't look like the last one."

In the bond market, prices of long-term Treasury issues were little changed. The yield on the 30-year bond stood at 8.78 percent, down from 8.83 percent late Thursday.

Traders said attention next week would turn to the government's report on third-quarter economic growth, due out Thursday, and to the presidential election, now less than three weeks away.
""", [
    ('today', 'DATE', '1988-10-21'),
    ('1987', 'DATE', '1987'),
    ('this week', 'DATE', '1988-W42'),
    ('4 p.m. EDT', 'TIME', '1988-10-21T16:00'),
    ('Oct. 19, 1987', 'DATE', '1987-10-19'),
    ('one-day', 'DURATION', 'P1D'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this year', 'DATE', '1988'),
    ('a day', 'SET', 'P1D'),
    ('1987', 'DATE', '1987'),
    ('that afternoon', 'DATE|TIME', '1987-10-19TAF'),
    ('two hours', 'DURATION', 'PT2H'),
    ('years', 'DURATION', 'PXY'),
    ('Wednesday', 'DATE', '1988-10-19'),
    ('Aug. 25, 1987', 'DATE', '1987-08-25'),
    ('January', 'DATE', '1988-01'),
    ('Earlier this month', 'DATE', '1988-10'),
    ('one hour', 'DURATION', 'PT1H'),
    ('two hours', 'DURATION', 'PT2H'),
    ('next month', 'DATE', '1988-11'),
    ('30-year', 'DURATION', 'P30Y'),
    ('late Thursday', 'DATE', '1988-10-20'),
    ('next week', 'DATE', '1988-W43'),
    ('third-quarter', 'DATE', '1988-Q3'),
    ('Thursday', 'DATE', '1988-10-27'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('less than three weeks', 'DURATION', 'P3W'),
]),
# 3. New York Times, savings and loan rescue plan before Congress (1989)
('1989-02-07', 'auto', """Thrift Leaders Vow to Fight Parts of Bush Rescue Plan

By PAULA R. HENDRICKS
Special to The New York Times

WASHINGTON, Feb. 7 — Leaders of the savings and loan industry said today that they would fight parts of the Bush Administration's rescue plan for the ailing thrifts, even as Congressional leaders promised to move the legislation quickly.

The plan, which President Bush announced on Monday, would raise $50 billion over the next three years to close or merge hundreds of insolvent institutions, and would increase the insurance premiums that healthy savings associations pay. Administration officials put the total cost, including interest, at more than $150 billion over 10 years.

At a hearing before the Senate Banking Committee this morning, Treasury Secretary Nicholas F. Brady defended the proposal for nearly three hours, telling senators that "the time for half-measures has passed." He said the Administration hoped to have a bill on the President's desk by early spring.

The industry objects most strongly to the premium increase, which would raise the assessment on deposits to 23 cents per $100 a year beginning in 1991. "This is a tax on the survivors," said Thomas L. Whitfield, president of a trade group representing savings institutions in the Middle West. "Our members have been paying special assessments since 1985 to clean up a mess that most of them did not make."

Mr. Whitfield said his group's board would meet in Chicago next week to draft a formal response.

Congressional leaders appeared receptive to the plan. Representative Henry B. Gonzalez, the Texas Democrat who became chairman of the House Banking Committee last month, said he would begin hearings on Thursday and hoped to bring a bill to the floor by the end of March.

The Federal Deposit Insurance Corporation, which under the plan would take over management of the thrift insurance fund, began sending examiners into dozens of insolvent savings institutions yesterday. Many of the institutions have been losing money for years, and some have been insolvent since the collapse of Texas real estate prices in the mid-1980s.

The money to close them would come from bonds sold by a new financing agency. Analysts said the bonds, which would carry 30-year maturities, would compete with Treasury issues and could push up long-term interest rates slightly.

The savings industry lost a record $12.1 billion in 1988, according to figures released last week by the Federal Home Loan Bank Board.

Investors also want to know how the plan would treat tax breaks in deals arranged by the bank board late last year.

"Everybody wants to know who's going to pay," said Lorraine Koslow, an analyst in New York. "Right now nobody has a straight answer."
""", [
    ('Feb. 7', 'DATE', '1989-02-07'),
    ('today', 'DATE', '1989-02-07'),
    ('Monday', 'DATE', '1989-02-06'),
    ('the next three years', 'DURATION', 'P3Y'),
    ('10 years', 'DURATION', 'P10Y'),
    ('this morning', 'DATE|TIME', '1989-02-07TMO'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('early spring', 'DATE', '1989-SP'),
    ('a year', 'SET', 'P1Y'),
    ('1991', 'DATE', '1991'),
    ('1985', 'DATE', '1985'),
    ('next week', 'DATE', '1989-W07'),
    ('last month', 'DATE', '1989-01'),
    ('Thursday', 'DATE', '1989-02-09'),
    ('the end of March', 'DATE', '1989-03'),
    ('yesterday', 'DATE', '1989-02-06'),
    ('years', 'DURATION', 'PXY'),
    ('the mid-1980s', 'DATE', '198'),
    ('30-year', 'DURATION', 'P30Y'),
    ('1988', 'DATE', '1988'),
    ('last week', 'DATE', '1989-W05'),
    ('late last year', 'DATE', '1988'),
    ('Right now', 'DATE', 'PRESENT_REF'),
]),
# 4. Dow Jones News Service, quarterly earnings (1989)
('1989-07-27', 'auto', """Dorrance Chemical 2nd-Qtr Net Up 14%; Sees Slower 2nd Half

ST. LOUIS (Dow Jones)--Dorrance Chemical Corp. said second-quarter net income rose 14% on strong demand for plastics and specialty coatings, but the company warned that earnings growth would slow in the second half as raw-material costs climb.

In the latest quarter, Dorrance earned $47.6 million, or $1.12 a share, compared with $41.8 million, or 98 cents a share, a year earlier. Sales increased 9% to $612.3 million from $561.7 million.

For the first six months, net income was $89.4 million, or $2.10 a share, up from $77 million, or $1.81 a share, in the first half of 1988. Sales rose to $1.19 billion from $1.08 billion.

In a conference call with analysts Thursday morning, Chief Financial Officer Raymond J. Keel said prices for ethylene and other feedstocks had risen about 20% since April and would probably stay high through the end of the year. "We don't expect to be able to pass all of that along to customers in the third quarter," he said.

Mr. Keel said the company still expects 1989 earnings to exceed last year's record $3.71 a share, but by a narrower margin than the 15% to 18% gain it had forecast in January. He declined to give a figure for the current quarter.

Analysts had expected second-quarter earnings of about $1.08 a share. Dorrance shares rose 62.5 cents to $44.375 on the New York Stock Exchange.

The company also said its board approved a 10% increase in the quarterly dividend, to 33 cents a share from 30 cents, payable Sept. 15 to holders of record Aug. 25. Dorrance has raised its dividend every year since 1984.

Dorrance said it would complete a $140 million expansion of its polypropylene plant in Lake Charles, La., by the middle of 1990, about three months behind schedule, because of delays in obtaining state permits. The plant has been running at full capacity for more than a year, and customers have been placing orders as much as 10 weeks in advance.

Separately, Dorrance said it had ended talks with Krell AG of West Germany about a joint venture to make coatings in Europe. The companies had been negotiating since last fall. A Dorrance spokesman said the company would now pursue European expansion on its own and would announce plans within the next few weeks.

Mr. Keel said Dorrance remains interested in acquisitions but has no plans to borrow heavily. The company's long-term debt stood at $410 million at the end of June, down from $455 million at the end of December.

In 1988, Dorrance earned $157.9 million, or $3.71 a share, on sales of $2.2 billion.
""", [
    ('2nd-Qtr', 'DATE', '1989-Q2'),
    ('2nd Half', 'DATE', '1989-H2'),
    ('second-quarter', 'DATE', '1989-Q2'),
    ('the second half', 'DATE', '1989-H2'),
    ('the latest quarter', 'DATE', '1989-Q2'),
    ('a year earlier', 'DATE', '1988-Q2|1988'),
    ('the first six months', 'DATE|DURATION', '1989-H1|P6M'),
    ('the first half of 1988', 'DATE', '1988-H1'),
    ('Thursday morning', 'DATE|TIME', '1989-07-27TMO'),
    ('April', 'DATE', '1989-04'),
    ('the end of the year', 'DATE', '1989'),
    ('the third quarter', 'DATE', '1989-Q3'),
    ('1989', 'DATE', '1989'),
    ('last year', 'DATE', '1988'),
    ('January', 'DATE', '1989-01'),
    ('the current quarter', 'DATE', '1989-Q3'),
    ('second-quarter', 'DATE', '1989-Q2'),
    ('quarterly', 'SET', 'P3M'),
    ('Sept. 15', 'DATE', '1989-09-15'),
    ('Aug. 25', 'DATE', '1989-08-25'),
    ('every year', 'SET', 'P1Y'),
    ('1984', 'DATE', '1984'),
    ('the middle of 1990', 'DATE', '1990'),
    ('about three months', 'DURATION', 'P3M'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('10 weeks', 'DURATION', 'P10W'),
    ('last fall', 'DATE', '1988-FA'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next few weeks', 'DURATION', 'PXW'),
    ('the end of June', 'DATE', '1989-06'),
    ('the end of December', 'DATE', '1988-12'),
    ('1988', 'DATE', '1988'),
]),
# 5. Wall Street Journal, credit markets column before the Treasury refunding (1989)
('1989-11-14', 'auto', """CREDIT MARKETS
Treasury Bonds Slip as Dealers Brace for $30 Billion Refunding

By Daniel P. Orsini
Staff Reporter of The Wall Street Journal

NEW YORK -- Treasury bond prices fell yesterday as dealers made room in their inventories for the government's $30 billion quarterly refunding, which begins today with the sale of three-year notes.

The benchmark 30-year bond fell about 3/8 point, or $3.75 for each $1,000 face amount, pushing its yield up to 7.93% from 7.90% Friday. Prices of shorter-term notes were little changed in quiet trading.

The Treasury will auction $10.25 billion of three-year notes today, $10 billion of 10-year notes tomorrow and $10 billion of 30-year bonds Thursday. Dealers said demand from Japanese investors, who bought heavily at the August refunding, would be crucial to the sale's success.

Japanese buyers have been less visible in recent weeks, in part because the yen has weakened against the dollar, making U.S. securities more expensive for them. "If Tokyo doesn't show up, the dealers are going to be stuck with a lot of paper," said Jerome Haskell, a government securities strategist at a major Wall Street firm.

Investors are also waiting for Thursday's report on October producer prices and next Tuesday's figures on consumer prices. Many economists believe the Federal Reserve, which has nudged its target for the federal funds rate down to about 8 1/2% from 9 3/4% since early June, will ease again before the end of the year if the data show inflation cooling.

"The Fed has been moving in small steps, and I don't think that changes unless the numbers are very bad," said Ruth Abelson, chief economist at a regional bank in Chicago.

Among other issues, the yield on three-month Treasury bills rose to 7.71% from 7.68% last week.

In the corporate market, junk bonds remained under pressure after a series of missed interest payments this fall. Prices of some high-yield issues have fallen 10% or more since September, when Campeau Corp. disclosed that its U.S. retailing units were short of cash.

"This market has been nervous for two months, and it's not going to calm down soon," said a trader at a New York securities firm. He said several planned junk offerings had been postponed until after the new year.

Investment-grade issuers were more active. A large Midwestern utility sold $250 million of 10-year notes priced to yield 9.15%, about 1.2 percentage points more than Treasury securities of similar maturity.

In the municipal market, tax-exempt issuers plan to sell about $4 billion of new bonds this week, including $600 million of general obligation bonds from New York State, which is scheduled to price its issue Wednesday afternoon.
""", [
    ('yesterday', 'DATE', '1989-11-13'),
    ('quarterly', 'SET', 'P3M'),
    ('today', 'DATE', '1989-11-14'),
    ('three-year', 'DURATION', 'P3Y'),
    ('30-year', 'DURATION', 'P30Y'),
    ('Friday', 'DATE', '1989-11-10'),
    ('three-year', 'DURATION', 'P3Y'),
    ('today', 'DATE', '1989-11-14'),
    ('10-year', 'DURATION', 'P10Y'),
    ('tomorrow', 'DATE', '1989-11-15'),
    ('30-year', 'DURATION', 'P30Y'),
    ('Thursday', 'DATE', '1989-11-16'),
    ('August', 'DATE', '1989-08'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('Thursday', 'DATE', '1989-11-16'),
    ('October', 'DATE', '1989-10'),
    ('next Tuesday', 'DATE', '1989-11-21'),
    ('early June', 'DATE', '1989-06'),
    ('the end of the year', 'DATE', '1989'),
    ('three-month', 'DURATION', 'P3M'),
    ('last week', 'DATE', '1989-W45'),
    ('this fall', 'DATE', '1989-FA'),
    ('September', 'DATE', '1989-09'),
    ('two months', 'DURATION', 'P2M'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('the new year', 'DATE', '1990'),
    ('10-year', 'DURATION', 'P10Y'),
    ('this week', 'DATE', '1989-W46'),
    ('Wednesday afternoon', 'DATE|TIME', '1989-11-15TAF'),
]),
# 6. AP, monthly retail sales and economic figures (1990)
('1990-04-05', 'auto', """Retailers Report Weak March Sales; Cold Weather, Calendar Blamed

By ANNE-MARIE KOVACS
AP Business Writer

NEW YORK (AP) -- The nation's big retailers reported disappointing sales for March today, blaming chilly weather in much of the country and a calendar quirk that pushed Easter into mid-April. Last year the holiday fell in late March, and shoppers did much of their holiday buying then.

Sales at stores open at least a year, considered the best measure of a retailer's health, rose only 1.4 percent at Sears, Roebuck and Co., the nation's largest retailer, and fell at several department store chains.

Wal-Mart Stores Inc., the fastest-growing of the big chains, said March sales rose 18 percent to $2.1 billion. But even Wal-Mart's gain was below the 25 percent increase it posted a year ago.

Kmart Corp. said sales rose 3.8 percent, while sales at stores open more than a year fell 1.2 percent.

"It was lousy, no question about it," said Dennis Varga, a retail analyst at a New York brokerage firm. "But we think a lot of this business will come back in the next two weeks, once people start shopping for the holiday."

Analysts said the weak results fit a broader picture of a slowing economy. The Commerce Department reported Tuesday that factory orders fell 0.6 percent in February, and the government's report on March unemployment, due out Friday, is expected to show only modest job gains.

Consumer spending accounts for about two-thirds of the nation's economic activity, and retailers have struggled since December, when many chains slashed prices to clear out inventories after slow holiday sales.

Several department store companies, including the Federated and Allied units of Campeau Corp., which filed for bankruptcy protection in January, reported sharper declines. Suppliers have been demanding cash on delivery from some troubled chains for months.

Apparel sales have been particularly weak for three months, said Margaret Lintz, who follows the industry for a Boston investment firm. "Women just aren't buying clothes right now," she said. "They're holding on to their money and waiting for markdowns."

Retailers will report April sales on May 10. Most analysts expect the figures to look much better because of the timing of the holiday, but they warned against reading too much into one report.

"Consumers are carrying a lot of debt from the 1980s, and they know the economy is slowing," Ms. Lintz said. "I think they're going to stay cautious through the summer."

Shares of retailers were mixed on the New York Stock Exchange this afternoon. Sears rose 25 cents to $40.125, while Kmart fell 37.5 cents.
""", [
    ('March', 'DATE', '1990-03'),
    ('March', 'DATE', '1990-03'),
    ('today', 'DATE', '1990-04-05'),
    ('Easter', 'DATE', '1990-04-15'),
    ('mid-April', 'DATE', '1990-04'),
    ('Last year', 'DATE', '1989'),
    ('late March', 'DATE', '1989-03'),
    ('at least a year', 'DURATION', 'P1Y'),
    ('March', 'DATE', '1990-03'),
    ('a year ago', 'DATE', '1989-03|1989'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('the next two weeks', 'DURATION', 'P2W'),
    ('Tuesday', 'DATE', '1990-04-03'),
    ('February', 'DATE', '1990-02'),
    ('March', 'DATE', '1990-03'),
    ('Friday', 'DATE', '1990-04-06'),
    ('December', 'DATE', '1989-12'),
    ('January', 'DATE', '1990-01'),
    ('months', 'DURATION', 'PXM'),
    ('three months', 'DURATION', 'P3M'),
    ('right now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '1990-04'),
    ('May 10', 'DATE', '1990-05-10'),
    ('the 1980s', 'DATE', '198'),
    ('the summer', 'DATE', '1990-SU'),
    ('this afternoon', 'DATE|TIME', '1990-04-05TAF'),
]),
# 7. New York Times business section, oil and stocks three weeks after the invasion of Kuwait (1990)
('1990-08-24', 'auto', """Oil Tops $31 as Gulf Fears Deepen; Dow Falls 76 Points

By ROBERT E. LANGDON

Crude oil prices soared to their highest level in nearly five years yesterday as fears of war in the Persian Gulf deepened, and the stock market suffered one of its worst declines since the Iraqi invasion of Kuwait three weeks ago.

On the New York Mercantile Exchange, West Texas Intermediate crude for October delivery jumped $2.18, to $31.08 a barrel, more than double its level in late June. Prices have risen about 70 percent since the invasion on Aug. 2.

The Dow Jones industrial average fell 76.73 points, to 2,483.42, its lowest close since June 1989. Trading was heavy, with 212 million shares changing hands on the New York Stock Exchange.

Traders said the selling began in the morning, after Iraq repeated its demand that foreign embassies in Kuwait close by today, and accelerated when American officials said they would not comply. "Everybody is sitting here waiting for the other shoe to drop," said Walter Pruitt, head of equity trading at a large New York brokerage house. "Nobody wants to own stocks over the weekend."

The slide has been steep. In the three weeks since the invasion, the Dow has lost more than 400 points, or about 14 percent. When Iraqi tanks crossed the border, the average fell 34 points; four days later, on Aug. 6, it plunged 93 points as investors absorbed the news that the United Nations had voted to impose trade sanctions on Iraq.

Bond prices also fell sharply, as investors worried that higher energy costs would push up inflation. The yield on the 30-year Treasury bond rose to 9.14 percent from 9.03 percent on Wednesday, its highest level since early May.

Economists said the oil shock had made a recession much more likely. "If oil stays above $30 for six months, we're in a recession by the first quarter of next year, if we aren't in one already," said Harriet Sandoval, chief economist at a Manhattan consulting firm.

The Federal Reserve, which many analysts had expected to cut interest rates this summer, is now unlikely to ease, they said. The Fed's policy-making committee meets again on Oct. 2.

Consumers are already feeling the pinch. Gasoline prices at the pump have risen about 20 cents a gallon since the beginning of the month, according to the American Automobile Association.

In London, North Sea Brent crude for October delivery closed at $30.40 a barrel, after trading as high as $31.20 during the afternoon. Dealers there said prices could go higher still if fighting broke out, and some predicted $40 oil by the end of the year.
""", [
    ('nearly five years', 'DURATION', 'P5Y'),
    ('yesterday', 'DATE', '1990-08-23'),
    ('three weeks ago', 'DATE', '1990-W31'),
    ('October', 'DATE', '1990-10'),
    ('late June', 'DATE', '1990-06'),
    ('Aug. 2', 'DATE', '1990-08-02'),
    ('June 1989', 'DATE', '1989-06'),
    ('the morning', 'DATE|TIME', '1990-08-23TMO'),
    ('today', 'DATE', '1990-08-24'),
    ('the weekend', 'DATE', '1990-W34-WE'),
    ('the three weeks', 'DURATION', 'P3W'),
    ('four days later', 'DATE', '1990-08-06'),
    ('Aug. 6', 'DATE', '1990-08-06'),
    ('30-year', 'DURATION', 'P30Y'),
    ('Wednesday', 'DATE', '1990-08-22'),
    ('early May', 'DATE', '1990-05'),
    ('six months', 'DURATION', 'P6M'),
    ('the first quarter of next year', 'DATE', '1991-Q1'),
    ('this summer', 'DATE', '1990-SU'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Oct. 2', 'DATE', '1990-10-02'),
    ('the beginning of the month', 'DATE', '1990-08'),
    ('October', 'DATE', '1990-10'),
    ('the afternoon', 'DATE|TIME', '1990-08-23TAF'),
    ('the end of the year', 'DATE', '1990'),
]),
# 8. Dow Jones News Service, durable goods orders during the Gulf war (1991)
('1991-01-30', 'auto', """U.S. Dec Durable Goods Orders Fall 3.3%; 3rd Straight Drop

WASHINGTON (Dow Jones)--New orders for durable goods fell 3.3% in December, the third consecutive decline, as demand for aircraft, autos and industrial machinery weakened, the Commerce Department said Wednesday.

Orders for durable goods, products expected to last three years or more, totaled a seasonally adjusted $115.6 billion, down from $119.5 billion. November's decline was revised to 2.4% from the 1.9% reported last month.

Excluding the volatile transportation category, orders fell 1.8%. Orders for nondefense capital goods, a gauge of business investment plans, dropped 4.6%, the biggest decline since the spring.

For all of 1990, orders for durable goods fell 1.6%, after rising 4.1% in 1989.

Economists said the report confirmed that the manufacturing sector has been in recession since at least the fall. "We have now seen orders fall for three months in a row, and the war in the Persian Gulf has made businesses even more reluctant to commit to new equipment," said Stanley Kerrigan, an economist at a New York investment bank.

The allied air campaign against Iraq began two weeks ago, and several economists said uncertainty about the length of the fighting had frozen corporate spending decisions. Defense orders, however, rose 11.2% in December, reflecting contracts signed before the war began.

Unfilled orders, a barometer of factory activity, fell 0.7% to $489.3 billion, the fourth decline in the past five months. Shipments fell 1.2% and inventories rose 0.3%, leaving the ratio of inventories to shipments at its highest level since 1986.

On Tuesday, the Conference Board said its index of consumer confidence rose slightly in January from a record low in December, as Americans reacted to early reports of allied success in the Gulf. But economists cautioned that a gain of a few points meant little.

The government reported last Friday that fourth-quarter gross national product shrank at a 2.1% rate, adjusted for inflation, the sharpest drop in nearly nine years.

Federal Reserve Chairman Alan Greenspan told Congress last week that he expected the recession to be relatively short and said the economy could begin to recover by midyear. Many analysts expect the Fed to cut its discount rate, currently 6.5%, again within weeks.

The Labor Department will release its report on January employment Friday. Economists expect it to show another drop in payrolls and a rise in the unemployment rate, which stood at 6.1% in December.

Durable goods orders are a volatile series and are frequently revised. The department will issue revised figures for December on Feb. 26.
""", [
    ('Dec', 'DATE', '1990-12'),
    ('December', 'DATE', '1990-12'),
    ('Wednesday', 'DATE', '1991-01-30'),
    ('three years', 'DURATION', 'P3Y'),
    ('November', 'DATE', '1990-11'),
    ('last month', 'DATE', '1990-12'),
    ('the spring', 'DATE', '1990-SP'),
    ('1990', 'DATE', '1990'),
    ('1989', 'DATE', '1989'),
    ('the fall', 'DATE', '1990-FA'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('three months', 'DURATION', 'P3M'),
    ('two weeks ago', 'DATE', '1991-W03'),
    ('December', 'DATE', '1990-12'),
    ('the past five months', 'DURATION', 'P5M'),
    ('1986', 'DATE', '1986'),
    ('Tuesday', 'DATE', '1991-01-29'),
    ('January', 'DATE', '1991-01'),
    ('December', 'DATE', '1990-12'),
    ('last Friday', 'DATE', '1991-01-25'),
    ('fourth-quarter', 'DATE', '1990-Q4'),
    ('nearly nine years', 'DURATION', 'P9Y'),
    ('last week', 'DATE', '1991-W04'),
    ('midyear', 'DATE', '1991|1991-06'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('weeks', 'DURATION', 'PXW'),
    ('January', 'DATE', '1991-01'),
    ('Friday', 'DATE', '1991-02-01'),
    ('December', 'DATE', '1990-12'),
    ('December', 'DATE', '1990-12'),
    ('Feb. 26', 'DATE', '1991-02-26'),
]),
# 9. Wall Street Journal, narrative of a collapsed bank merger (1991)
('1991-06-12', 'auto', """How a Friendly Bank Merger Turned Sour in 10 Days

By Caroline J. Webb
Staff Reporter of The Wall Street Journal

MILWAUKEE -- When the boards of Lakeshore Savings Bank and Great Lakes Bancorp shook hands on a $600 million merger on the evening of May 20, executives at both institutions expected to sign the final papers within a week. Instead, the deal collapsed 10 days later, amid a dispute over bad real-estate loans that neither side had been eager to discuss.

The story of the failed merger, pieced together from interviews with more than a dozen people involved, shows how the region's real-estate troubles can derail even a deal that both sides want. Bankers in the Midwest have pursued dozens of mergers in recent years.

Talks began quietly in February, when Lakeshore's chairman, Harold V. Jensen, called his counterpart at Great Lakes, Marianne Fisk, to suggest lunch. The two had known each other for 20 years. Over the next three months, their lawyers and investment bankers met nearly every week, usually at a hotel near O'Hare airport in Chicago.

By mid-May, the two sides had agreed on a price: 1.4 Great Lakes shares for each Lakeshore share. Lakeshore's stock jumped 22% the next day, when the agreement was announced.

But on Friday, May 24, Great Lakes' auditors finished reviewing Lakeshore's commercial real-estate portfolio and concluded that losses could be $40 million higher than Lakeshore had reported at the end of the first quarter.

Ms. Fisk spent that weekend on the telephone with Mr. Jensen, asking for a lower price. He refused. "We had been open with them from the start," Mr. Jensen said in an interview last week. "To come back after the handshake and try to cut the price was not acceptable."

On the following Tuesday, Great Lakes offered 1.25 shares. Lakeshore's board met for four hours that night and rejected the offer. Two days later, on May 30, the banks issued a two-sentence statement saying that talks had ended.

People close to Great Lakes say Ms. Fisk had little choice. Her own bank had set aside $85 million for bad loans in 1990, and regulators had warned her against taking on new problems.

Since the collapse, Lakeshore's stock has fallen back to $14.25, below its level before the talks were disclosed. Several analysts downgraded the stock this month, and regulators at the Office of Thrift Supervision have asked the bank to raise more capital by the end of the year.

Mr. Jensen, 58 years old, said Lakeshore is now talking with two other potential partners and hopes to announce a decision this summer. Ms. Fisk declined to comment yesterday.
""", [
    ('10 Days', 'DURATION', 'P10D'),
    ('the evening of May 20', 'DATE|TIME', '1991-05-20TEV'),
    ('a week', 'DURATION', 'P1W'),
    ('10 days later', 'DATE', '1991-05-30'),
    ('recent years', 'DATE|DURATION', 'PAST_REF|PXY'),
    ('February', 'DATE', '1991-02'),
    ('20 years', 'DURATION', 'P20Y'),
    ('the next three months', 'DURATION', 'P3M'),
    ('nearly every week', 'SET', 'P1W'),
    ('mid-May', 'DATE', '1991-05'),
    ('the next day', 'DATE', '1991-05-21'),
    ('Friday, May 24', 'DATE', '1991-05-24'),
    ('the end of the first quarter', 'DATE', '1991-Q1'),
    ('that weekend', 'DATE', '1991-W21-WE'),
    ('last week', 'DATE', '1991-W23'),
    ('the following Tuesday', 'DATE', '1991-05-28'),
    ('four hours', 'DURATION', 'PT4H'),
    ('that night', 'DATE|TIME', '1991-05-28TNI'),
    ('Two days later', 'DATE', '1991-05-30'),
    ('May 30', 'DATE', '1991-05-30'),
    ('1990', 'DATE', '1990'),
    ('this month', 'DATE', '1991-06'),
    ('the end of the year', 'DATE', '1991'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('this summer', 'DATE', '1991-SU'),
    ('yesterday', 'DATE', '1991-06-11'),
]),
# 10. AP, bank insurance bill signed after Congress acts (1991)
('1991-12-19', 'auto', """Bush Signs Bill to Replenish Bank Insurance Fund

By LEONARD T. PRICE
AP Economics Writer

WASHINGTON (AP) -- President Bush today signed legislation giving the nearly broke Federal Deposit Insurance Corp. up to $70 billion in new borrowing authority and tightening federal supervision of the nation's banks, more than 120 of which have failed this year.

Bush signed the bill in a private ceremony at the White House shortly before 10 a.m., without making any public comment. Congress passed the measure Nov. 27, just before lawmakers left for their holiday recess.

The FDIC's bank insurance fund is expected to be about $4 billion in the red by the end of the year, and agency officials have said they need the money to close or sell ailing banks over the next two years. FDIC Chairman William Taylor said last week the agency would probably begin borrowing from the Treasury early next year.

The law requires the FDIC to repay the loans over 15 years from premiums paid by banks. It also directs regulators to move more quickly against weak banks, requiring them to close or sell institutions whose capital falls below 2 percent of assets within 90 days, and it limits the practice of protecting large, uninsured depositors in bank failures beginning in 1995.

Banks already pay more for their insurance. The FDIC raised the premium in January to 23 cents per $100 of deposits, the highest level in the agency's history, and the new law requires it to put in place premiums based on each bank's riskiness by Jan. 1, 1994.

Bankers had lobbied for months against many of the bill's provisions. But they lost a broader battle when Congress stripped out measures that the Treasury had sought since February, including nationwide branching and permission for banks to sell securities and insurance. The House rejected those measures on Nov. 4 after an intense lobbying campaign by insurance agents and small banks.

"It's half a loaf, and not the half we wanted," said Edward Rooney, a lobbyist for the nation's largest banks. "We'll be back next year to fight for the rest."

Consumer groups, which had pushed for the tougher supervision rules, praised the new law but said it came years too late. "Regulators waited far too long in Texas and New England, and taxpayers are paying the bill," said Janet Marsh of a Washington-based advocacy group.

Meanwhile, Fed watchers expect the central bank to cut its discount rate, now 4.5 percent, before Christmas in an effort to revive the economy. Hopes of a cut lifted stocks for a third straight session. The Dow Jones average of 30 industrials was up nearly 15 points at midafternoon.
""", [
    ('today', 'DATE', '1991-12-19'),
    ('this year', 'DATE', '1991'),
    ('10 a.m.', 'TIME', '1991-12-19T10:00'),
    ('Nov. 27', 'DATE', '1991-11-27'),
    ('the end of the year', 'DATE', '1991'),
    ('the next two years', 'DURATION', 'P2Y'),
    ('last week', 'DATE', '1991-W50'),
    ('early next year', 'DATE', '1992'),
    ('15 years', 'DURATION', 'P15Y'),
    ('90 days', 'DURATION', 'P90D'),
    ('1995', 'DATE', '1995'),
    ('January', 'DATE', '1991-01'),
    ('Jan. 1, 1994', 'DATE', '1994-01-01'),
    ('months', 'DURATION', 'PXM'),
    ('February', 'DATE', '1991-02'),
    ('Nov. 4', 'DATE', '1991-11-04'),
    ('next year', 'DATE', '1992'),
    ('years', 'DURATION', 'PXY'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Christmas', 'DATE', '1991-12-25'),
    ('midafternoon', 'DATE|TIME', '1991-12-19TAF'),
]),
# 11. New York Times business section, narrative of a long takeover fight (1992)
('1992-05-08', 'auto', """Harmon Holders Approve Sale, Ending 14-Month Fight

By JONATHAN FULLER

Shareholders of the Harmon Paper Company voted overwhelmingly yesterday to accept a $1.1 billion offer from the Northern Timber Corporation, ending a 14-month battle that had become one of the longest-running takeover contests in the paper industry.

The vote, at a meeting in Portland, Me., that lasted barely 40 minutes, came more than a year after Northern Timber first approached Harmon's management. About 91 percent of the shares voted were cast in favor of the sale.

The fight began on March 11, 1991, when Northern's chief executive, Paul Grissom, wrote to Harmon's chairman, Charles Harmon 3d, proposing a merger at $38 a share. Harmon's board rejected the letter within a week. Two weeks later, Northern went directly to shareholders with a tender offer at $40, and Harmon responded by suing in Federal District Court in Maine and adopting a shareholder rights plan.

Over the summer, the two companies traded lawsuits and full-page newspaper advertisements. In August, a Federal judge in Portland struck down part of Harmon's rights plan, but Northern's financing collapsed in September when its lead bank, hit by real estate losses, withdrew.

Through the fall, the two sides were quiet, and some analysts concluded that Harmon had won. But Harmon's profits were eroding as paper prices fell, and several large shareholders began pressing the board to reopen talks.

Then, on Jan. 6, Northern returned with a new bank group and a higher price. Harmon's directors held out for three more weeks before agreeing on Jan. 29 to a price of $45 a share.

"Once they came back with real money, the board's job was to get the best price, and I think we did that," Mr. Harmon said in a telephone interview after the meeting. Harmon was founded in 1887 by his great-grandfather, and members of the family have run it ever since.

The paper industry has been hurt by falling prices for the last two years, as new mills built during the boom of the late 1980s added capacity just as demand slowed. Analysts said the combined company, with sales of about $2.8 billion a year, would be better able to close older mills and cut costs.

The deal still requires approval from antitrust regulators at the Justice Department, which have been reviewing it since February. Both companies said yesterday that they expected clearance by the end of June and hoped to complete the merger in early July.

Harmon stock closed yesterday at $44.625 on the New York Stock Exchange, up from $29 before Northern's first letter. Northern shares rose 50 cents, to $61.
""", [
    ('14-Month', 'DURATION', 'P14M'),
    ('yesterday', 'DATE', '1992-05-07'),
    ('14-month', 'DURATION', 'P14M'),
    ('40 minutes', 'DURATION', 'PT40M'),
    ('more than a year', 'DURATION', 'P1Y'),
    ('March 11, 1991', 'DATE', '1991-03-11'),
    ('a week', 'DURATION', 'P1W'),
    ('Two weeks later', 'DATE', '1991-W13|1991-03-25'),
    ('the summer', 'DATE', '1991-SU'),
    ('August', 'DATE', '1991-08'),
    ('September', 'DATE', '1991-09'),
    ('the fall', 'DATE', '1991-FA'),
    ('Jan. 6', 'DATE', '1992-01-06'),
    ('three more weeks', 'DURATION', 'P3W'),
    ('Jan. 29', 'DATE', '1992-01-29'),
    ('1887', 'DATE', '1887'),
    ('the last two years', 'DURATION', 'P2Y'),
    ('the late 1980s', 'DATE', '198'),
    ('a year', 'SET', 'P1Y'),
    ('February', 'DATE', '1992-02'),
    ('yesterday', 'DATE', '1992-05-07'),
    ('the end of June', 'DATE', '1992-06'),
    ('early July', 'DATE', '1992-07'),
    ('yesterday', 'DATE', '1992-05-07'),
]),
# 12. Dow Jones News Service, monthly employment report before the election (1992)
('1992-10-02', 'auto', """U.S. Sept Jobless Rate Falls To 7.5%; Payrolls Drop 57,000

WASHINGTON (Dow Jones)--The nation's unemployment rate fell to 7.5% in September from 7.6% in August, but employers cut 57,000 jobs, the Labor Department said Friday.

The payroll decline, the second in three months, was concentrated in state and local government, where budget cuts and the expiration of youth job programs eliminated about 50,000 positions. Private employers added just 9,000 jobs.

Economists surveyed last week had expected payrolls to rise by about 30,000. The department revised July figures to show a gain of 10,000 jobs rather than the 40,000 first reported, and said August payrolls fell 83,000.

Factory employment fell by 25,000, its fourth consecutive decline, as automakers and defense contractors trimmed their work forces. Construction employment was little changed.

The report was the last one before the Nov. 3 presidential election, and both campaigns moved quickly to put their own interpretation on it. A spokesman for President Bush called the drop in the jobless rate "a sign that the recovery is taking hold," while aides to Democratic candidate Bill Clinton pointed to the loss of jobs.

The jobless rate has hovered between 7.5% and 7.8% since May, after peaking at 7.8% in June, the highest level in eight years. Since the recession began in July 1990, the economy has lost about 1.3 million jobs, according to the department's figures.

"The economy is still treading water," said Donald Whitcomb, chief economist at a Boston investment firm. "There's been no real job growth in the past year, and I don't see anything that changes that before the spring."

Bond prices rallied after the report, as traders bet that the Federal Reserve would lower short-term interest rates again soon. The Fed last cut its target for the federal funds rate, to 3%, in early September. The 30-year Treasury bond rose 3/4 point by late morning, pushing its yield down to 7.31%.

Separately, the Commerce Department said Thursday that construction spending fell 0.9% in August, the third decline in four months, led by a drop in spending on office buildings and shopping centers.

The Labor Department will release its October employment figures on Nov. 6.
""", [
    ('Sept', 'DATE', '1992-09'),
    ('September', 'DATE', '1992-09'),
    ('August', 'DATE', '1992-08'),
    ('Friday', 'DATE', '1992-10-02'),
    ('three months', 'DURATION', 'P3M'),
    ('last week', 'DATE', '1992-W39'),
    ('July', 'DATE', '1992-07'),
    ('August', 'DATE', '1992-08'),
    ('Nov. 3', 'DATE', '1992-11-03'),
    ('May', 'DATE', '1992-05'),
    ('June', 'DATE', '1992-06'),
    ('eight years', 'DURATION', 'P8Y'),
    ('July 1990', 'DATE', '1990-07'),
    ('the past year', 'DATE|DURATION', 'P1Y|1991'),
    ('the spring', 'DATE', '1993-SP'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('early September', 'DATE', '1992-09'),
    ('30-year', 'DURATION', 'P30Y'),
    ('late morning', 'DATE|TIME', '1992-10-02TMO'),
    ('Thursday', 'DATE', '1992-10-01'),
    ('August', 'DATE', '1992-08'),
    ('four months', 'DURATION', 'P4M'),
    ('October', 'DATE', '1992-10'),
    ('Nov. 6', 'DATE', '1992-11-06'),
]),
]
