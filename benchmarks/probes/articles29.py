# Gold TIMEX3 probe set 29: twelve sports, science, health and technology stories of 2006-2024 in the styles of ESPN, the BBC, Reuters, AP, Nature News, STAT, Ars Technica and The Verge, hand-annotated, hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. ESPN, NBA season preview with fixtures (2007)
('2007-10-29', 'auto', """Celtics' new Big Three finally ready for the real thing

BOSTON -- Three months after Danny Ainge remade the Boston Celtics with a pair of blockbuster trades, the new-look team is about to find out what it really has.

Boston opens the regular season at 7:30 p.m. Friday against the Washington Wizards at TD Banknorth Garden, then heads to Toronto for a game Sunday night before returning home to face Denver on Nov. 9. Coach Doc Rivers said Monday that Kevin Garnett, Paul Pierce and Ray Allen would all play heavy minutes in the opener.

"We've had these guys together for about five weeks now," Rivers said after practice. "That's not a lot of time. But I've seen enough in training camp to know this group wants it."

The Celtics finished 24-58 in April, the second-worst record in the league, after losing 18 straight games in January and February. Ainge, who has run the team's basketball operations since 2003, sent five players and two first-round picks to Minnesota in late July to land Garnett, a month after acquiring Allen from Seattle.

Boston has not won a title since 1986 and has not advanced past the second round of the playoffs in the past five years. Pierce, who turned 30 earlier this month, has spent his entire career with the franchise and said last week that he had thought about asking for a trade last spring.

"I'm not going to lie, I thought about it," Pierce said. "Now I can't wait to get in here every day."

The schedule is not kind early. After the Denver game, the Celtics play four games in six days, including a back-to-back against Indiana and Miami on Nov. 13 and Nov. 14. Rivers said the team would keep practicing twice a day until the rotation settles.

Garnett, 31, missed two preseason games earlier this month with a sore hip but said the injury is no longer an issue. The 2004 league MVP has never played for a team that won more than 58 games.

Vegas oddsmakers now list Boston as the third favorite to win the championship next June, behind San Antonio and Phoenix. Two years ago, the same franchise was a 50-1 shot.

Ticket demand has surged since the trades. The Celtics said they have sold out all 41 home games for the first time since the 1980s, and season-ticket renewals closed in August at a record rate.

"The future is now for us," Allen said. "Nobody here is thinking about 2010 or 2012. We're thinking about Friday."
""", [
    ('Three months', 'DURATION', 'P3M'),
    ('7:30 p.m. Friday', 'TIME', '2007-11-02T19:30'),
    ('Sunday night', 'DATE|TIME', '2007-11-04TNI'),
    ('Nov. 9', 'DATE', '2007-11-09'),
    ('Monday', 'DATE', '2007-10-29'),
    ('about five weeks', 'DURATION', 'P5W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('April', 'DATE', '2007-04'),
    ('January', 'DATE', '2007-01'),
    ('February', 'DATE', '2007-02'),
    ('2003', 'DATE', '2003'),
    ('late July', 'DATE', '2007-07'),
    ('a month', 'DURATION', 'P1M'),
    ('1986', 'DATE', '1986'),
    ('the past five years', 'DURATION', 'P5Y'),
    ('earlier this month', 'DATE', '2007-10'),
    ('last week', 'DATE', '2007-W43'),
    ('last spring', 'DATE', '2007-SP'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('every day', 'SET', 'P1D'),
    ('six days', 'DURATION', 'P6D'),
    ('Nov. 13', 'DATE', '2007-11-13'),
    ('Nov. 14', 'DATE', '2007-11-14'),
    ('twice a day', 'SET', 'P1D'),
    ('earlier this month', 'DATE', '2007-10'),
    ('2004', 'DATE', '2004'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('next June', 'DATE', '2008-06'),
    ('Two years ago', 'DATE', '2005'),
    ('the 1980s', 'DATE', '198'),
    ('August', 'DATE', '2007-08'),
    ('The future', 'DATE', 'FUTURE_REF'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('2010', 'DATE', '2010'),
    ('2012', 'DATE', '2012'),
    ('Friday', 'DATE', '2007-11-02'),
]),

# 2. BBC Sport, transfer deadline day (2011)
('2011-01-31', 'auto', """Liverpool close in on Carroll as Torres saga drags on

Liverpool have had a bid of about £30m for Newcastle striker Andy Carroll rejected but remain confident of completing a deal before the transfer window shuts at 2300 GMT.

The Reds are trying to line up a replacement for Fernando Torres, who handed in a written transfer request on Thursday and has been the subject of two offers from Chelsea in the past week.

Newcastle manager Alan Pardew said on Sunday that Carroll, 22, was "not for sale", but sources at St James' Park indicated on Monday morning that the club would listen to offers above £35m.

Carroll signed a new contract running until 2016 in October and has scored 11 league goals since August. He made his England debut against France in November.

Liverpool manager Kenny Dalglish, who returned to Anfield for a second spell earlier this month after the departure of Roy Hodgson, wants to strengthen his attack before Stoke visit on Wednesday.

"We'll do what's right for the club, not just for this week but for the next five years," Dalglish told BBC Radio 5 live. "If nothing happens by tonight, we have players here who can do a job."

The window reopens on 1 July, and clubs cannot register players signed from other clubs between now and the summer, meaning any failure to complete the paperwork in time could leave squads short for the run-in.

Last January, Premier League clubs spent a combined £30m during the window, the lowest mid-season total since the system was introduced in 2002. This time the figure is expected to pass £150m, according to accountants Deloitte, who publish a review of the market every year.

Elsewhere, Aston Villa confirmed the signing of Darren Bent from Sunderland for an initial £18m a fortnight ago, while Tottenham are hoping to complete a late loan move for a striker.

Blackpool boss Ian Holloway said the deadline had become "a circus" in recent years.

"You get 24 hours of madness twice a year and everybody goes crazy," he said. "Players stop thinking about football for a month."

Under Premier League rules, a deal can still be ratified after the deadline if the completed paperwork was lodged by 2300 GMT, a change introduced three years ago after a string of disputes between clubs.

BBC Sport will have live coverage of every deal until midnight.
""", [
    ('2300 GMT', 'TIME', '2011-01-31T23:00|2011-01-31T23:00Z'),
    ('Thursday', 'DATE', '2011-01-27'),
    ('the past week', 'DURATION', 'P1W'),
    ('Sunday', 'DATE', '2011-01-30'),
    ('Monday morning', 'DATE|TIME', '2011-01-31TMO'),
    ('2016', 'DATE', '2016'),
    ('October', 'DATE', '2010-10'),
    ('August', 'DATE', '2010-08'),
    ('November', 'DATE', '2010-11'),
    ('earlier this month', 'DATE', '2011-01'),
    ('Wednesday', 'DATE', '2011-02-02'),
    ('this week', 'DATE', '2011-W05'),
    ('the next five years', 'DURATION', 'P5Y'),
    ('tonight', 'DATE|TIME', '2011-01-31TNI'),
    ('1 July', 'DATE', '2011-07-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the summer', 'DATE', '2011-SU'),
    ('Last January', 'DATE', '2010-01'),
    ('2002', 'DATE', '2002'),
    ('every year', 'SET', 'P1Y'),
    ('a fortnight ago', 'DATE', '2011-W03|2011-01-17'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('24 hours', 'DURATION', 'PT24H'),
    ('twice a year', 'SET', 'P1Y'),
    ('a month', 'DURATION', 'P1M'),
    ('2300 GMT', 'TIME', '2011-01-31T23:00|2011-01-31T23:00Z'),
    ('three years ago', 'DATE', '2008'),
    ('midnight', 'TIME', '2011-01-31T24:00|2011-02-01T00:00|2011-01-31T00:00'),
]),

# 3. Reuters, space shuttle launch scrub and countdown (2006)
('2006-07-01', 'auto', """Storms delay shuttle Discovery launch to Sunday

CAPE CANAVERAL, Florida, July 1 (Reuters) - NASA called off the launch of space shuttle Discovery on Saturday because of thunderstorms near the Kennedy Space Center, delaying by at least a day the second test flight since the 2003 Columbia disaster.

The countdown had gone smoothly until about 3 p.m. EDT, when launch controllers said anvil clouds and lightning within 10 miles of the pad violated safety rules. Liftoff had been scheduled for 3:49 p.m.

The next attempt is set for 3:26 p.m. EDT on Sunday, though forecasters gave only a 40 percent chance of acceptable weather. If the shuttle cannot fly by Tuesday, NASA would have to stand down for about 48 hours to replenish the tanks that feed the ship's fuel cells, pushing the launch to July 5 or later, launch director Mike Leinbach told reporters.

"We'll come back tomorrow and try again," Leinbach said. "The vehicle is in great shape."

The seven astronauts, led by commander Steven Lindsey, had strapped in shortly after noon and spent nearly three hours on their backs before the launch was scrubbed.

Discovery's mission to the International Space Station, scheduled to last 12 days, is meant to test safety improvements made after the Columbia accident, which killed seven astronauts as the shuttle returned to Earth on Feb. 1, 2003. Investigators found that a piece of foam insulation had broken off the external fuel tank during launch and punched a hole in the wing.

NASA flew one mission a year ago, in July 2005, but grounded the fleet again when more foam fell off the tank. Engineers spent the following months removing a 37-pound foam ramp from the tank.

NASA Administrator Michael Griffin overruled his chief engineer and his safety chief last month, when both recommended at a flight readiness review that Discovery not fly until further changes were made to the tank.

Griffin said the risk to the crew was acceptable and that any damage could be spotted by the station crew and repaired in orbit. The shuttle fleet is due to retire in 2010, and NASA needs 16 more flights in the next four years to finish building the station.

The agency's launch window runs through July 19. After that, it must wait until late August because of the angle of the sun and the station's orbit.

Weather for Sunday looked much like Saturday's, Air Force meteorologist Kathy Winters said, though conditions were expected to improve slightly by Tuesday, the Fourth of July holiday.
""", [
    ('Sunday', 'DATE', '2006-07-02'),
    ('July 1', 'DATE', '2006-07-01'),
    ('Saturday', 'DATE', '2006-07-01'),
    ('at least a day', 'DURATION', 'P1D'),
    ('2003', 'DATE', '2003'),
    ('about 3 p.m. EDT', 'TIME', '2006-07-01T15:00|2006-07-01T15:00-04'),
    ('3:49 p.m.', 'TIME', '2006-07-01T15:49'),
    ('3:26 p.m. EDT on Sunday', 'TIME', '2006-07-02T15:26|2006-07-02T15:26-04'),
    ('Tuesday', 'DATE', '2006-07-04'),
    ('about 48 hours', 'DURATION', 'PT48H'),
    ('July 5', 'DATE', '2006-07-05'),
    ('tomorrow', 'DATE', '2006-07-02'),
    ('shortly after noon', 'TIME', '2006-07-01T12:00'),
    ('nearly three hours', 'DURATION', 'PT3H'),
    ('12 days', 'DURATION', 'P12D'),
    ('Feb. 1, 2003', 'DATE', '2003-02-01'),
    ('a year ago', 'DATE', '2005'),
    ('July 2005', 'DATE', '2005-07'),
    ('the following months', 'DURATION', 'PXM'),
    ('last month', 'DATE', '2006-06'),
    ('2010', 'DATE', '2010'),
    ('the next four years', 'DURATION', 'P4Y'),
    ('July 19', 'DATE', '2006-07-19'),
    ('late August', 'DATE', '2006-08'),
    ('Sunday', 'DATE', '2006-07-02'),
    ('Saturday', 'DATE', '2006-07-01'),
    ('Tuesday', 'DATE', '2006-07-04'),
    ('the Fourth of July', 'DATE', '2006-07-04'),
]),

# 4. AP, measles outbreak with weekly case counts (2019)
('2019-02-14', 'auto', """Measles cases climb to 53 in Washington outbreak as vaccine demand surges

VANCOUVER, Wash. (AP) — Health officials in southwest Washington confirmed four more measles cases Wednesday, bringing the total in an outbreak that began in early January to 53, and warned that the virus could keep spreading into the spring.

Clark County Public Health said most of the new patients were children under 10 who had not been vaccinated. Nearly all of the cases have been in people who were unvaccinated or whose vaccination status could not be confirmed.

The county has been adding about 10 new cases every week since mid-January, although officials said the weekly count dipped last week, to eight from 12 the week before. Dr. Alan Melnick, the county's public health director, cautioned against reading too much into the drop.

"Measles can take three weeks to show up, so what we're seeing now reflects exposures from two weeks ago," Melnick said at a briefing Wednesday afternoon. "We'll know a lot more by the end of the month."

Gov. Jay Inslee declared a statewide emergency on Jan. 25, freeing up state money and staff. The county now updates its case count twice a week and posts a list of exposure sites, including a Portland airport terminal, a church and several schools, daily.

The outbreak has sent parents to clinics in large numbers. Vaccinations in Clark County jumped nearly 500 percent in January compared with January 2018, according to the state Department of Health.

Washington is one of 17 states that allow parents to opt out of school vaccine requirements for personal or philosophical reasons. A bill that would remove that exemption for the measles, mumps and rubella vaccine is scheduled for a hearing in Olympia at 10 a.m. Friday. A similar measure died in committee in 2015, months after an outbreak linked to Disneyland sickened more than 100 people.

Measles was declared eliminated in the United States in 2000, meaning it no longer spreads continuously in the country, but outbreaks still occur when travelers bring it in from abroad. The U.S. recorded 372 cases last year, the most since 2014.

The virus is so contagious that 90 percent of unvaccinated people exposed to it will become infected. Symptoms usually appear within two weeks and include a high fever and a rash that spreads from the face downward.

County officials said they expect to spend at least $1 million responding to the outbreak by the end of March. Nearly 200 staff members have been assigned to the response.
""", [
    ('Wednesday', 'DATE', '2019-02-13'),
    ('early January', 'DATE', '2019-01'),
    ('the spring', 'DATE', '2019-SP'),
    ('every week', 'SET', 'P1W'),
    ('mid-January', 'DATE', '2019-01'),
    ('weekly', 'SET', 'P1W'),
    ('last week', 'DATE', '2019-W06'),
    ('the week before', 'DATE', '2019-W05'),
    ('three weeks', 'DURATION', 'P3W'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('two weeks ago', 'DATE', '2019-W05|2019-01-30'),
    ('Wednesday afternoon', 'DATE|TIME', '2019-02-13TAF'),
    ('the end of the month', 'DATE', '2019-02'),
    ('Jan. 25', 'DATE', '2019-01-25'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('twice a week', 'SET', 'P1W'),
    ('daily', 'SET', 'P1D'),
    ('January', 'DATE', '2019-01'),
    ('January 2018', 'DATE', '2018-01'),
    ('10 a.m. Friday', 'TIME', '2019-02-15T10:00'),
    ('2015', 'DATE', '2015'),
    ('months', 'DURATION', 'PXM'),
    ('2000', 'DATE', '2000'),
    ('last year', 'DATE', '2018'),
    ('2014', 'DATE', '2014'),
    ('two weeks', 'DURATION', 'P2W'),
    ('the end of March', 'DATE', '2019-03'),
]),

# 5. Nature News, Zika vaccine trial phases and timelines (2016)
('2016-05-11', 'auto', """Zika vaccines race towards human trials

Researchers hope to begin testing at least two candidates in people before the end of the year, an unusually fast pace for a virus that was barely studied until recently.

Amy Maxmen
11 May 2016

The first Zika vaccines could enter human safety trials within months, researchers say, in a race against an epidemic that has swept through the Americas since last year.

The US National Institute of Allergy and Infectious Diseases (NIAID) said on 10 May that it plans to start a phase I trial of its DNA-based vaccine in September, with around 80 healthy volunteers. If the vaccine proves safe and triggers an immune response, a larger phase II trial in countries hit by the outbreak could start in early 2017, says NIAID director Anthony Fauci. Efficacy results would not be expected before 2018.

By comparison, Ebola vaccines took roughly a year to go from phase I trials to field testing during the West African epidemic that began in 2014; most vaccines take more than a decade to reach the market.

Inovio Pharmaceuticals, based in Pennsylvania, said last month that it had completed animal studies of its own DNA vaccine and intends to file an application with the US Food and Drug Administration in the coming weeks. The Walter Reed Army Institute of Research is testing an inactivated-virus vaccine in monkeys and expects data by the summer.

Zika was first isolated in Uganda in 1947, but for decades it was thought to cause only mild illness. That changed in late 2015, when doctors in Brazil reported a surge in babies born with microcephaly. The World Health Organization declared a global health emergency on 1 February.

Because a vaccine is meant above all to protect fetuses, it will eventually need to be tested in women of childbearing age, and regulators will want to see months of safety data first. And because outbreaks wax and wane, a vaccine that is ready next year may arrive when case numbers are falling.

“We could find ourselves in 2018 with a vaccine and no epidemic to test it in,” says Annelies Wilder-Smith, an epidemiologist at Umeå University.

Brazil's health ministry reported more than 90,000 suspected cases between January and April, and Colombia says that its weekly case counts have been falling since a peak in early February.

The US Congress has yet to approve the US$1.9 billion in emergency funding that President Barack Obama requested in February, and NIAID has been shifting money from other projects to keep its Zika work going. Fauci says that without new money the institute could run out of Zika funds by 30 September.
""", [
    ('the end of the year', 'DATE', '2016|2016-12'),
    ('recently', 'DATE', 'PAST_REF'),
    ('11 May 2016', 'DATE', '2016-05-11'),
    ('months', 'DURATION', 'PXM'),
    ('last year', 'DATE', '2015'),
    ('10 May', 'DATE', '2016-05-10'),
    ('September', 'DATE', '2016-09'),
    ('early 2017', 'DATE', '2017'),
    ('2018', 'DATE', '2018'),
    ('roughly a year', 'DURATION', 'P1Y'),
    ('2014', 'DATE', '2014'),
    ('more than a decade', 'DURATION', 'P10Y|P1E'),
    ('last month', 'DATE', '2016-04'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('the summer', 'DATE', '2016-SU'),
    ('1947', 'DATE', '1947'),
    ('decades', 'DURATION', 'PXE|PXY'),
    ('late 2015', 'DATE', '2015'),
    ('1 February', 'DATE', '2016-02-01'),
    ('months', 'DURATION', 'PXM'),
    ('next year', 'DATE', '2017'),
    ('2018', 'DATE', '2018'),
    ('January', 'DATE', '2016-01'),
    ('April', 'DATE', '2016-04'),
    ('weekly', 'SET', 'P1W'),
    ('early February', 'DATE', '2016-02'),
    ('February', 'DATE', '2016-02'),
    ('30 September', 'DATE', '2016-09-30'),
]),

# 6. STAT, biotech Phase 2 results and Phase 3 timeline (2021)
('2021-09-23', 'auto', """Corvalis says ALS drug slowed decline in mid-stage study, plans Phase 3 next year

By Adam Feuerstein
Sept. 23, 2021

Corvalis Therapeutics said Thursday that its experimental drug for amyotrophic lateral sclerosis slowed the loss of physical function in a Phase 2 study, a result the Boston biotech said was strong enough to justify a larger trial starting in the first half of 2022.

The study enrolled 212 patients at 31 sites between March 2019 and October 2020. Participants who took the drug, called CRV-118, once a day for 24 weeks declined 29% more slowly on a standard ALS rating scale than those given a placebo, the company said.

Shares of Corvalis rose 41% in premarket trading.

The company plans to present full results at a neurology meeting in December and to meet with the Food and Drug Administration before the end of the year to discuss the design of a Phase 3 trial. Chief executive Laura Benning said on a call with analysts Thursday morning that Corvalis has enough cash to fund operations through the fourth quarter of 2023.

"We've been working on this molecule for nine years," Benning said. "Today is the first time we can say with confidence that it does something for patients."

Outside experts were more cautious. Promising Phase 2 results in ALS have a long record of failing to hold up. In 2016, another company's drug that had looked encouraging in a similar study failed a Phase 3 trial that ran for 18 months.

"Twenty-four weeks is a short time in this disease," said Rachel Ostrow, a Philadelphia neurologist who was not involved in the research. "I would want to see what happens at a year, and I'd want to see survival data."

Corvalis said patients who finished the study were allowed to keep taking the drug in an open-label extension, and that about 160 remain on it now. The company expects to report data from a full year of treatment in the spring.

Only a handful of drugs have been approved for ALS, which kills most patients within five years of diagnosis. The FDA approved edaravone in 2017, the first new ALS treatment in more than two decades. Patient advocates have pressed the agency in recent months to move faster.

Corvalis, founded in 2012, went public in February 2020, weeks before the Covid-19 pandemic shut down much clinical research. Enrollment in the study paused for about four months that spring, which pushed back results by roughly half a year, Benning said.

The company said it would provide an update on its Phase 3 plans after the FDA meeting, likely in January.
""", [
    ('next year', 'DATE', '2022'),
    ('Sept. 23, 2021', 'DATE', '2021-09-23'),
    ('Thursday', 'DATE', '2021-09-23'),
    ('the first half of 2022', 'DATE', '2022-H1'),
    ('March 2019', 'DATE', '2019-03'),
    ('October 2020', 'DATE', '2020-10'),
    ('once a day', 'SET', 'P1D'),
    ('24 weeks', 'DURATION', 'P24W'),
    ('December', 'DATE', '2021-12'),
    ('the end of the year', 'DATE', '2021|2021-12'),
    ('Thursday morning', 'DATE|TIME', '2021-09-23TMO'),
    ('the fourth quarter of 2023', 'DATE', '2023-Q4'),
    ('nine years', 'DURATION', 'P9Y'),
    ('Today', 'DATE', '2021-09-23'),
    ('2016', 'DATE', '2016'),
    ('18 months', 'DURATION', 'P18M'),
    ('Twenty-four weeks', 'DURATION', 'P24W'),
    ('a year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('a full year', 'DURATION', 'P1Y'),
    ('the spring', 'DATE', '2022-SP'),
    ('five years', 'DURATION', 'P5Y'),
    ('2017', 'DATE', '2017'),
    ('more than two decades', 'DURATION', 'P20Y|P2E'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('2012', 'DATE', '2012'),
    ('February 2020', 'DATE', '2020-02'),
    ('weeks', 'DURATION', 'PXW'),
    ('about four months', 'DURATION', 'P4M'),
    ('that spring', 'DATE', '2020-SP'),
    ('roughly half a year', 'DURATION', 'P6M'),
    ('January', 'DATE', '2022-01'),
]),

# 7. Ars Technica, browser release and release schedule (2012)
('2012-06-05', 'auto', """Firefox 13 arrives with SPDY on by default and a new tab page

Mozilla's rapid release train rolls on, and the next two stops are already on the timetable.

by Ryan Paul - Jun 5, 2012

Mozilla officially released Firefox 13 today. The update enables Google's SPDY networking protocol by default, introduces a redesigned home page and a new tab page that shows thumbnails of frequently visited sites, and turns on smooth scrolling.

The release comes exactly six weeks after Firefox 12 shipped on April 24, in keeping with the rapid release schedule Mozilla adopted last year. Under that process, code spends six weeks each in the Nightly, Aurora, and Beta channels before it reaches the general public, which means features landing in Nightly builds this week won't show up in a final release until September.

Firefox 14 is scheduled to arrive on July 17, and Firefox 15 is due on August 28. Mozilla has said it will stretch one cycle at the end of the year to give developers a break at Christmas, so Firefox 18 is expected in early January rather than late December.

SPDY support first appeared in Firefox 11 in March but had to be switched on manually. Google, which created the protocol in 2009, says it can cut page load times substantially, and the IETF is now considering it as a starting point for HTTP 2.0.

Not everyone has been happy with the faster cadence. Enterprise IT departments complained loudly last summer that a new version every six weeks left them too little time to test internal web applications. Mozilla responded in January with an Extended Support Release, which receives security fixes for about a year. The current ESR is based on Firefox 10; the next one, based on Firefox 17, will arrive in November, and the two will overlap for 12 weeks to give administrators time to migrate.

Mozilla has also been working on a silent update mechanism that installs new versions in the background. It debuted on Windows in Firefox 12, and the company says the share of users running the latest version within a week of a release has climbed from about 40 percent to more than 70 percent over the past two months.

Firefox still trails Chrome and Internet Explorer in global usage. According to StatCounter, Chrome overtook Internet Explorer for one week in March and then again in May. Firefox's share has hovered around 25 percent for most of the past year.

Firefox 13 is available now for Windows, Mac, and Linux. Existing users will receive it automatically over the next few days.
""", [
    ('Jun 5, 2012', 'DATE', '2012-06-05'),
    ('today', 'DATE', '2012-06-05'),
    ('exactly six weeks', 'DURATION', 'P6W'),
    ('April 24', 'DATE', '2012-04-24'),
    ('last year', 'DATE', '2011'),
    ('six weeks', 'DURATION', 'P6W'),
    ('this week', 'DATE', '2012-W23'),
    ('September', 'DATE', '2012-09'),
    ('July 17', 'DATE', '2012-07-17'),
    ('August 28', 'DATE', '2012-08-28'),
    ('the end of the year', 'DATE', '2012|2012-12'),
    ('Christmas', 'DATE', '2012-12-25'),
    ('early January', 'DATE', '2013-01'),
    ('late December', 'DATE', '2012-12'),
    ('March', 'DATE', '2012-03'),
    ('2009', 'DATE', '2009'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('last summer', 'DATE', '2011-SU'),
    ('every six weeks', 'SET', 'P6W'),
    ('January', 'DATE', '2012-01'),
    ('about a year', 'DURATION', 'P1Y'),
    ('current', 'DATE', 'PRESENT_REF'),
    ('November', 'DATE', '2012-11'),
    ('12 weeks', 'DURATION', 'P12W'),
    ('a week', 'DURATION', 'P1W'),
    ('the past two months', 'DURATION', 'P2M'),
    ('one week', 'DURATION', 'P1W'),
    ('March', 'DATE', '2012-03'),
    ('May', 'DATE', '2012-05'),
    ('the past year', 'DURATION', 'P1Y'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('the next few days', 'DURATION', 'PXD'),
]),

# 8. The Verge, smartphone launch event (2018)
('2018-10-09', 'auto', """Google's Pixel 3 and Pixel 3 XL are official and ship October 18th

Preorders open today, starting at $799

By Chaim Gartenberg  Oct 9, 2018, 12:05pm EDT

Google has announced the Pixel 3 and Pixel 3 XL at its hardware event in New York, which kicked off at 11AM ET this morning. The phones had leaked in nearly every detail over the past few months — one Russian blog even published a full review in August — but Google still managed a few surprises.

Both phones are available for preorder today and will ship on October 18th in the US. The Pixel 3 starts at $799, $150 more than the Pixel 2 cost at launch last year, and the 3 XL starts at $899. They run Android 9 Pie, which Google released in August, and will get three years of OS and security updates, the same promise Google made with the Pixel 2.

The 3 XL has a 6.3-inch display with a notch, while the smaller model keeps its bezels. Both have a single rear camera, which Google argues is enough thanks to its software. A new feature called Top Shot captures frames before and after you press the shutter and suggests a better one.

Night Sight, a low-light mode Google demoed onstage, won't be available at launch. Google says it will arrive in an update "next month," and a product manager told me it should be ready well before Thanksgiving.

Google also announced the Pixel Slate, a Chrome OS tablet that goes on sale later this year, and the Home Hub, a $149 smart display with a 7-inch screen that ships on October 22nd. The Pixel Stand wireless charger, priced at $79, will be available in the coming weeks.

Verizon will again be the only major US carrier selling the phones in its stores, an arrangement that dates back to the original Pixel two years ago. Google doesn't release sales figures, but analysts at IDC estimate the company shipped just under 4 million Pixels in 2017, a fraction of what Apple and Samsung sell every quarter.

Google has been burned by launch problems before. The Pixel 2 XL drew complaints about screen burn-in within days of its release last October, and Google extended its warranty to two years in response. Rick Osterloh, who has run Google's hardware division since 2016, said onstage that the company had spent the past year tightening quality control with its manufacturing partners.

Google pushes security patches to Pixel phones every month, and new Android versions land on Pixels first. Android Q, the next major version, is expected to enter beta in the spring.
""", [
    ('October 18th', 'DATE', '2018-10-18'),
    ('today', 'DATE', '2018-10-09'),
    ('Oct 9, 2018, 12:05pm EDT', 'TIME', '2018-10-09T12:05|2018-10-09T12:05-04'),
    ('11AM ET this morning', 'TIME', '2018-10-09T11:00|2018-10-09T11:00-04'),
    ('the past few months', 'DURATION', 'PXM'),
    ('August', 'DATE', '2018-08'),
    ('today', 'DATE', '2018-10-09'),
    ('October 18th', 'DATE', '2018-10-18'),
    ('last year', 'DATE', '2017'),
    ('August', 'DATE', '2018-08'),
    ('three years', 'DURATION', 'P3Y'),
    ('next month', 'DATE', '2018-11'),
    ('Thanksgiving', 'DATE', '2018-11-22'),
    ('later this year', 'DATE', '2018'),
    ('October 22nd', 'DATE', '2018-10-22'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('two years ago', 'DATE', '2016'),
    ('2017', 'DATE', '2017'),
    ('every quarter', 'SET', 'P3M|P1Q'),
    ('days', 'DURATION', 'PXD'),
    ('last October', 'DATE', '2017-10'),
    ('two years', 'DURATION', 'P2Y'),
    ('2016', 'DATE', '2016'),
    ('the past year', 'DURATION', 'P1Y'),
    ('every month', 'SET', 'P1M'),
    ('the spring', 'DATE', '2019-SP'),
]),

# 9. BBC Sport, Premier League match report with fixtures (2015)
('2015-04-26', 'auto', """Arsenal 0-0 Chelsea

Chelsea moved to within one win of a first Premier League title since 2010 after holding Arsenal to a goalless draw at Emirates Stadium.

Jose Mourinho's side are 10 points clear with five games left and will be crowned champions if they beat Crystal Palace at Stamford Bridge next Sunday.

Arsenal, who had won their previous eight league matches, had most of the ball after the break but created little against a well-organised visiting defence. Thibaut Courtois was rarely tested, although he did well to block a close-range effort from Aaron Ramsey.

Chelsea lost Oscar before the interval when the Brazilian was caught by a high challenge from Arsenal keeper David Ospina, and the midfielder was taken to hospital for a precautionary scan.

Home fans chanted "boring, boring Chelsea" as the visitors slowed the game down, but Mourinho was unmoved.

"Boring is 10 years without a title," he said. "Maybe they are tired of waiting. We want to be champions in May, and this point takes us closer."

Arsenal manager Arsene Wenger, whose side last won the league in 2004, said his team had "done everything but score".

"We had the ball for most of the game and they came for a point," Wenger said. "We have been very consistent since January, and now we want to make sure we finish second."

The Gunners are level on points with second-placed Manchester City, who beat Aston Villa 3-2 on Saturday, and have a game in hand. They travel to Hull on Monday, 4 May before hosting Swansea a week later.

Chelsea have not lost to Arsenal in the league since October 2011, when Robin van Persie scored a hat-trick in a 5-3 win at Stamford Bridge, and Mourinho, who returned for a second spell at the club in the summer of 2013, has still never lost a competitive match to Wenger.

The Portuguese said on Friday that his players were "mentally tired" after a demanding run of fixtures, and he made only one change to the side that beat Manchester United eight days ago.

Chelsea's victory parade has provisionally been pencilled in for Monday, 25 May, a day after the final round of matches.
""", [
    ('2010', 'DATE', '2010'),
    ('next Sunday', 'DATE', '2015-05-03'),
    ('10 years', 'DURATION', 'P10Y'),
    ('May', 'DATE', '2015-05'),
    ('2004', 'DATE', '2004'),
    ('January', 'DATE', '2015-01'),
    ('now', 'DATE', 'PRESENT_REF'),
    ('Saturday', 'DATE', '2015-04-25'),
    ('Monday, 4 May', 'DATE', '2015-05-04'),
    ('a week later', 'DATE', '2015-05-11'),
    ('October 2011', 'DATE', '2011-10'),
    ('the summer of 2013', 'DATE', '2013-SU'),
    ('Friday', 'DATE', '2015-04-24'),
    ('eight days ago', 'DATE', '2015-04-18'),
    ('Monday, 25 May', 'DATE', '2015-05-25'),
    ('a day', 'DURATION', 'P1D'),
]),

# 10. AP, crewed rocket launch delayed, countdown times (2020)
('2020-11-14', 'auto', """SpaceX, NASA ready to launch 4 astronauts after weather delay

CAPE CANAVERAL, Fla. (AP) — SpaceX and NASA were counting down Saturday to the launch of four astronauts to the International Space Station, a day later than planned because of rough seas in the Atlantic.

The Falcon 9 rocket and Crew Dragon capsule are set to blast off from Kennedy Space Center at 7:27 p.m. Sunday. The flight had been scheduled for Saturday evening, but officials said Thursday that strong winds and high waves would make it hard to recover the rocket's reusable first-stage booster, which lands on a barge hundreds of miles offshore.

Forecasters put the odds of good launch weather Sunday at 50%, with a cold front moving through the area. If the launch slips again, the next opportunity would be early Tuesday.

It will be SpaceX's second crew launch, following a test flight in May that carried two NASA astronauts to the station and brought them back safely in early August. That mission ended a gap of nearly nine years in astronaut launches from the U.S. that began when NASA retired its space shuttles in 2011. Since then, NASA has paid Russia as much as $90 million a seat to fly its astronauts on Soyuz rockets.

The crew — NASA's Mike Hopkins, Victor Glover and Shannon Walker, along with Japan's Soichi Noguchi — will spend about six months at the orbiting lab. They are due to arrive at the station late Monday night, about 27 hours after liftoff.

"We're really excited to get going," Hopkins said Friday after a dress rehearsal at the pad. The astronauts have been in quarantine for the past two weeks because of the coronavirus pandemic.

Vice President Mike Pence planned to attend the launch, as did NASA Administrator Jim Bridenstine.

NASA intends to launch crews on SpaceX capsules twice a year. The next flight is targeted for spring, and a capsule built by Boeing is expected to make its second unmanned test flight to the station in December after a troubled debut late last year, when a software error left it in the wrong orbit.

SpaceX has landed more than 60 boosters since December 2015, and has reused some as many as seven times. The booster for Sunday's launch is brand new.

Launches from Florida's Space Coast have become routine again in recent years, with more than 30 already this year. The 45th Weather Squadron, which issues the launch forecasts, updates them daily.
""", [
    ('Saturday', 'DATE', '2020-11-14'),
    ('a day', 'DURATION', 'P1D'),
    ('7:27 p.m. Sunday', 'TIME', '2020-11-15T19:27'),
    ('Saturday evening', 'DATE|TIME', '2020-11-14TEV'),
    ('Thursday', 'DATE', '2020-11-12'),
    ('Sunday', 'DATE', '2020-11-15'),
    ('early Tuesday', 'DATE', '2020-11-17'),
    ('May', 'DATE', '2020-05'),
    ('early August', 'DATE', '2020-08'),
    ('nearly nine years', 'DURATION', 'P9Y'),
    ('2011', 'DATE', '2011'),
    ('about six months', 'DURATION', 'P6M'),
    ('late Monday night', 'DATE|TIME', '2020-11-16TNI'),
    ('about 27 hours', 'DURATION', 'PT27H'),
    ('Friday', 'DATE', '2020-11-13'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('twice a year', 'SET', 'P1Y'),
    ('spring', 'DATE', '2021-SP'),
    ('December', 'DATE', '2020-12'),
    ('late last year', 'DATE', '2019'),
    ('December 2015', 'DATE', '2015-12'),
    ('Sunday', 'DATE', '2020-11-15'),
    ('recent years', 'DATE', 'PAST_REF'),
    ('this year', 'DATE', '2020'),
    ('daily', 'SET', 'P1D'),
]),

# 11. Reuters, mpox outbreak with weekly case counts (2024)
('2024-08-16', 'auto', """Mpox cases climb in Congo as WHO urges vaccine donations

GENEVA (Reuters) - The Democratic Republic of Congo reported more than 1,000 new suspected mpox cases last week, health officials said on Friday, as the World Health Organization appealed for vaccine donations two days after declaring the outbreak a global health emergency.

Congo has recorded more than 15,600 suspected cases and 548 deaths since the start of the year, according to WHO figures, already exceeding its total for all of 2023. Weekly case counts have risen steadily since April, driven by a new strain, clade Ib, that spreads more easily through close contact, including sex.

"The numbers we are seeing every week are still going up," WHO spokesperson Margaret Harris told a briefing in Geneva. "We are not at the peak yet."

Sweden said on Thursday it had diagnosed a case of the new strain in a person who had travelled to Africa, the first confirmed outside the continent. Pakistan reported a suspected case on Friday morning, which was being investigated.

The WHO's emergency committee met on Wednesday afternoon and recommended the declaration, the agency's highest level of alarm. It was the second time in just over two years that the WHO had declared mpox an emergency; the previous one, prompted by a global outbreak of an older strain, began in July 2022 and ended in May 2023.

The Africa Centres for Disease Control and Prevention declared its own continental emergency on Tuesday, the first time it had done so since it was set up in 2017.

Vaccine makers said they were ready to scale up. Bavarian Nordic, which makes the only mpox vaccine approved in the United States and Europe, said it could supply 2 million doses this year and another 10 million by the end of 2025. The company's shares have jumped more than 40% since the beginning of the month.

But only about 200,000 doses have so far been pledged for Africa, and none had arrived in Congo as of Friday, health officials said. Japan has offered doses of another vaccine, and the United States said last week it would donate 50,000.

Congo's health minister, Roger Kamba, said vaccinations could start in the coming weeks, focusing first on children and on sex workers in the hard-hit eastern provinces of South Kivu and North Kivu, where fighting has displaced hundreds of thousands of people in recent months.

The WHO says it needs $15 million over the next six months for surveillance, preparedness and response, and has released $1.45 million from its emergency fund. The agency will review the emergency declaration in three months.
""", [
    ('last week', 'DATE', '2024-W32'),
    ('Friday', 'DATE', '2024-08-16'),
    ('two days', 'DURATION', 'P2D'),
    ('the start of the year', 'DATE', '2024|2024-01'),
    ('2023', 'DATE', '2023'),
    ('Weekly', 'SET', 'P1W'),
    ('April', 'DATE', '2024-04'),
    ('every week', 'SET', 'P1W'),
    ('Thursday', 'DATE', '2024-08-15'),
    ('Friday morning', 'DATE|TIME', '2024-08-16TMO'),
    ('Wednesday afternoon', 'DATE|TIME', '2024-08-14TAF'),
    ('just over two years', 'DURATION', 'P2Y'),
    ('July 2022', 'DATE', '2022-07'),
    ('May 2023', 'DATE', '2023-05'),
    ('Tuesday', 'DATE', '2024-08-13'),
    ('2017', 'DATE', '2017'),
    ('this year', 'DATE', '2024'),
    ('the end of 2025', 'DATE', '2025|2025-12'),
    ('the beginning of the month', 'DATE', '2024-08'),
    ('Friday', 'DATE', '2024-08-16'),
    ('last week', 'DATE', '2024-W32'),
    ('the coming weeks', 'DURATION|DATE', 'PXW|FUTURE_REF'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('the next six months', 'DURATION', 'P6M'),
    ('three months', 'DURATION|DATE', 'P3M|2024-11'),
]),

# 12. ESPN, Premier League season preview with fixtures (2022)
('2022-08-05', 'auto', """Premier League returns with a World Cup-sized hole in the calendar

The Premier League season kicks off at 3 p.m. ET on Friday, when Arsenal visit Crystal Palace, and for the first time since the league was founded in 1992 it will pause midway through for a World Cup.

Clubs will play 16 rounds of matches before breaking on Nov. 13, a week before the tournament in Qatar opens. Play resumes on Dec. 26, the traditional Boxing Day slate, eight days after the World Cup final. Most teams will play twice a week in October, and players who go deep in Qatar may get barely a week off before returning to club duty.

"It's going to be a crazy season," Liverpool manager Jurgen Klopp said Thursday. "Nobody has done this before. We will find out in January who managed it well."

Manchester City are the favorites again after winning four of the past five titles, and they have added Erling Haaland, the Norwegian striker they signed from Borussia Dortmund in June. City open at West Ham on Sunday at 11:30 a.m. ET.

Liverpool, who beat City 3-1 in the Community Shield in Leicester last Saturday, finished a point behind Pep Guardiola's side in May and won both domestic cups. They also signed Darwin Nunez from Benfica this summer, and Mohamed Salah agreed to a contract extension last month. Klopp's side start at newly promoted Fulham on Saturday morning.

Chelsea begin their first season under new ownership at Everton on Saturday at 12:30 p.m. ET. A consortium led by Todd Boehly completed its purchase of the club on May 30, ending Roman Abramovich's ownership, which began in 2003.

Manchester United, who finished sixth in May with their lowest points total of the Premier League era, host Brighton on Sunday at 9 a.m. ET in Erik ten Hag's first competitive match in charge. The Dutchman was hired in April after more than four years at Ajax.

Nottingham Forest, back in the top flight for the first time since 1999, visit Newcastle on Saturday at 10 a.m. ET. Fulham and Bournemouth were also promoted.

Clubs have spent more than $1 billion on transfers so far this summer, and the window stays open until 6 p.m. ET on Sept. 1. Semi-automated offside technology, which will be used at the World Cup, is not expected in the Premier League until next year.

Every match will again be shown in the U.S. on NBC, USA Network or Peacock. NBC has held the rights since 2013 and signed an extension through 2028 last year.
""", [
    ('3 p.m. ET on Friday', 'TIME', '2022-08-05T15:00|2022-08-05T15:00-04'),
    ('1992', 'DATE', '1992'),
    ('Nov. 13', 'DATE', '2022-11-13'),
    ('a week', 'DURATION', 'P1W'),
    ('Dec. 26', 'DATE', '2022-12-26'),
    ('Boxing Day', 'DATE', '2022-12-26'),
    ('eight days', 'DURATION', 'P8D'),
    ('twice a week', 'SET', 'P1W'),
    ('October', 'DATE', '2022-10'),
    ('barely a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '2022-08-04'),
    ('January', 'DATE', '2023-01'),
    ('June', 'DATE', '2022-06'),
    ('Sunday at 11:30 a.m. ET', 'TIME', '2022-08-07T11:30|2022-08-07T11:30-04'),
    ('last Saturday', 'DATE', '2022-07-30'),
    ('May', 'DATE', '2022-05'),
    ('this summer', 'DATE', '2022-SU'),
    ('last month', 'DATE', '2022-07'),
    ('Saturday morning', 'DATE|TIME', '2022-08-06TMO'),
    ('Saturday at 12:30 p.m. ET', 'TIME', '2022-08-06T12:30|2022-08-06T12:30-04'),
    ('May 30', 'DATE', '2022-05-30'),
    ('2003', 'DATE', '2003'),
    ('May', 'DATE', '2022-05'),
    ('Sunday at 9 a.m. ET', 'TIME', '2022-08-07T09:00|2022-08-07T09:00-04'),
    ('April', 'DATE', '2022-04'),
    ('more than four years', 'DURATION', 'P4Y'),
    ('1999', 'DATE', '1999'),
    ('Saturday at 10 a.m. ET', 'TIME', '2022-08-06T10:00|2022-08-06T10:00-04'),
    ('this summer', 'DATE', '2022-SU'),
    ('6 p.m. ET on Sept. 1', 'TIME', '2022-09-01T18:00|2022-09-01T18:00-04'),
    ('next year', 'DATE', '2023'),
    ('2013', 'DATE', '2013'),
    ('2028', 'DATE', '2028'),
    ('last year', 'DATE', '2021'),
]),
]
