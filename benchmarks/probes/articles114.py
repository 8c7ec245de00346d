# Gold TIMEX3 probe set 114: war, ceasefire, peace-talk, military and sanctions news (AP, Reuters, AFP, BBC, Al Jazeera, NYT, Guardian; 1996-2025), hand-annotated.
# Each entry: (DCT, 'auto', text, [(span, type, value), ...]) in order of occurrence.

PROBES = [
# 1. AP, Bosnia: last Serb-held Sarajevo suburb handed over under Dayton (1996)
('1996-03-19', 'auto', """Bosnian police take over last Serb suburb of Sarajevo

SARAJEVO, Bosnia-Herzegovina (AP) — Bosnian government police moved into Grbavica, the last Serb-held suburb of Sarajevo, on Tuesday, completing a transfer of territory that NATO commanders had called the toughest test yet of the Dayton peace accord.

About 150 officers in blue uniforms drove across the Vrbanja bridge shortly after 9 a.m., three hours ahead of the noon deadline set under the agreement. Most of the district's Serb residents were already gone. Many left over the past two weeks, loading stoves, doors and even window frames onto trucks bound for Pale and eastern Bosnia.

Smoke still drifted over several apartment blocks Tuesday morning. Fires set by departing Serbs and by gangs of young men from outside the area burned through Monday night, and firefighters said they had answered more than 40 calls since the weekend.

"Today Sarajevo is one city again," said Ejup Ganic, vice president of the Muslim-Croat federation, as he walked past burned-out shops on the main street.

Adm. Leighton Smith, commander of the NATO-led peace force, told reporters the handover had gone "better than we feared a month ago." But he conceded that his troops had been unable to stop the looting.

Under the accord signed in Paris on Dec. 14, five Serb-held districts around the capital were to pass to federation control within 90 days. Vogosca was the first to change hands, on Feb. 23, followed by Ilijas, Hadzici and Ilidza over the next four weeks.

Of roughly 70,000 Serbs who lived in the suburbs at the start of the year, U.N. officials estimate that fewer than 10,000 remain. Buses will run daily from Grbavica to Serb-held territory until the end of the month for anyone who still wants to leave, they said.

Bosnian Serb leaders in Pale, who had urged residents to go, accused the government Tuesday of planning reprisals. Federation officials denied it and promised that Serbs who stayed would keep their apartments.

British Lt. Gen. Michael Walker, who commands the force's ground troops, said soldiers would patrol the district for the next 10 days, and longer if needed.

The fighting around Sarajevo began in April 1992, and for nearly four years residents of the city endured shelling and sniper fire from the hills and from Grbavica itself, where Serb gunmen fired across the Miljacka river at pedestrians.

Nationwide elections under the peace plan are scheduled for September.
""", [
    ('Tuesday', 'DATE', '1996-03-19'),
    ('9 a.m.', 'TIME', '1996-03-19T09:00'),
    ('three hours', 'DURATION', 'PT3H'),
    ('noon', 'TIME', '1996-03-19T12:00'),
    ('the past two weeks', 'DURATION', 'P2W'),
    ('Tuesday morning', 'DATE|TIME', '1996-03-19TMO'),
    ('Monday night', 'DATE|TIME', '1996-03-18TNI'),
    ('the weekend', 'DATE', '1996-W11-WE'),
    ('Today', 'DATE', '1996-03-19'),
    ('a month ago', 'DATE', '1996-02'),
    ('Dec. 14', 'DATE', '1995-12-14'),
    ('90 days', 'DURATION', 'P90D'),
    ('Feb. 23', 'DATE', '1996-02-23'),
    ('the next four weeks', 'DURATION', 'P4W'),
    ('the start of the year', 'DATE', '1996'),
    ('daily', 'SET', 'P1D'),
    ('the end of the month', 'DATE', '1996-03'),
    ('Tuesday', 'DATE', '1996-03-19'),
    ('the next 10 days', 'DURATION', 'P10D'),
    ('April 1992', 'DATE', '1992-04'),
    ('nearly four years', 'DURATION', 'P4Y'),
    ('September', 'DATE', '1996-09'),
]),
# 2. Reuters, Kosovo: NATO rejects Belgrade's Easter truce, air war goes on (1999)
('1999-04-08', 'auto', """NATO rejects Belgrade truce offer, vows to step up air strikes

BRUSSELS (Reuters) - NATO on Thursday rejected a unilateral ceasefire declared by Belgrade as a "hollow gesture" and said its bombers would keep hitting Yugoslav forces until they pulled out of Kosovo.

Alliance spokesman Jamie Shea told a news briefing that allied aircraft had flown more than 400 sorties in the past 24 hours, one of the heaviest rounds of raids since the campaign began on March 24.

"We are not going to stop because Mr Milosevic announces a pause that leaves his troops in place," Shea said.

Yugoslav President Slobodan Milosevic declared the truce on Tuesday, saying it would mark Orthodox Easter, which falls on Sunday. Western governments dismissed it within hours, and NATO's military commander, U.S. General Wesley Clark, said on Wednesday that Serb units had continued to burn villages after it was announced.

Early Wednesday, cruise missiles struck the Serbian interior ministry in central Belgrade for the second time in a week, and allied jets hit bridges, fuel depots and army barracks across the country, the Yugoslav news agency Tanjug said.

The U.N. refugee agency UNHCR said on Thursday about 400,000 ethnic Albanians had fled or been driven out of Kosovo in the last two weeks. Border crossings into Albania and Macedonia, which had been jammed with tractors and carts over the weekend, were abruptly closed by Serb police on Wednesday, leaving tens of thousands stranded on the Kosovo side.

Aid officials in the Albanian town of Kukes said only a trickle of people had crossed since Wednesday afternoon. "They have disappeared. We do not know where they are," said one UNHCR worker.

NATO foreign ministers will meet in Brussels on Monday, April 12, to review the campaign, and alliance leaders gather in Washington later this month for a summit marking NATO's 50th anniversary. Diplomats said the air war would dominate both meetings.

German Foreign Minister Joschka Fischer, whose country holds the rotating presidency of the European Union until the end of June, has been drafting a peace plan that would involve the United Nations and Russia, which has condemned the strikes.

Shea said NATO was prepared for a campaign lasting weeks, if not months. Allied commanders said they had enough aircraft in the region to fly hundreds of missions daily and planned to move more than 20 additional Apache helicopters to Albania over the coming days.

Yugoslavia says hundreds of civilians have been killed since the strikes began.
""", [
    ('Thursday', 'DATE', '1999-04-08'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('March 24', 'DATE', '1999-03-24'),
    ('Tuesday', 'DATE', '1999-04-06'),
    ('Orthodox Easter', 'DATE', '1999-04-11'),
    ('Sunday', 'DATE', '1999-04-11'),
    ('hours', 'DURATION', 'PXH'),
    ('Wednesday', 'DATE', '1999-04-07'),
    ('Early Wednesday', 'DATE', '1999-04-07'),
    ('a week', 'DURATION', 'P1W'),
    ('Thursday', 'DATE', '1999-04-08'),
    ('the last two weeks', 'DURATION', 'P2W'),
    ('the weekend', 'DATE', '1999-W13-WE'),
    ('Wednesday', 'DATE', '1999-04-07'),
    ('Wednesday afternoon', 'DATE|TIME', '1999-04-07TAF'),
    ('Monday, April 12', 'DATE', '1999-04-12'),
    ('later this month', 'DATE', '1999-04'),
    ('the end of June', 'DATE', '1999-06'),
    ('weeks', 'DURATION', 'PXW'),
    ('months', 'DURATION', 'PXM'),
    ('daily', 'SET', 'P1D'),
    ('the coming days', 'DATE|DURATION', 'FUTURE_REF|PXD'),
]),
# 3. AFP, Ethiopia-Eritrea: cessation-of-hostilities deal to be signed in Algiers (2000)
('2000-06-16', 'auto', """Ethiopia, Eritrea to sign truce in Algiers on Sunday

ALGIERS, June 16 (AFP) - Ethiopia and Eritrea will sign an agreement here on Sunday to end their two-year border war, Algerian officials said Friday, after more than a week of indirect talks brokered by the Organisation of African Unity (OAU).

The foreign ministers of the two countries, Seyoum Mesfin of Ethiopia and Haile Woldensae of Eritrea, are expected to put their names to the document on Sunday morning in the presence of Algerian President Abdelaziz Bouteflika, the current OAU chairman.

Diplomats said the final text was settled late Thursday after the two delegations, lodged in separate hotels, spent nearly 12 hours passing amendments through Algerian, US and European Union mediators.

The agreement calls for an immediate cessation of hostilities and for a UN peacekeeping force to patrol a 25-kilometre (15-mile) buffer zone inside Eritrea until the disputed border is demarcated. Ethiopian troops are to withdraw to positions they held before May 6, 1998, within two weeks of the peacekeepers' deployment.

Fighting erupted that month over the dusty border town of Badme and has since killed tens of thousands of soldiers on both sides, many of them in First World War-style trench battles.

The latest round began on May 12, when Ethiopia launched a massive offensive on the western front. Within three weeks its forces had pushed deep into Eritrea, capturing the town of Barentu and displacing hundreds of thousands of civilians. Addis Ababa declared on May 31 that the war was over, but Eritrean officials said clashes continued on the central front as recently as Wednesday.

"We have been here before," an Eritrean diplomat told AFP, recalling that both sides had accepted an OAU framework plan in 1999 without ending the fighting. "This time the guns must really fall silent."

UN Secretary General Kofi Annan, who telephoned both leaders earlier this week, said he would ask the Security Council to authorise an advance team of military observers as soon as the accord is signed.

A comprehensive peace treaty, including the creation of a neutral commission to rule on the border, is to be negotiated in the coming months. Bouteflika's envoy Ahmed Ouyahia has shuttled between Addis Ababa and Asmara every week since April, officials said.

Aid agencies warned that more than a million people in both countries need food aid after two years of war and drought.
""", [
    ('Sunday', 'DATE', '2000-06-18'),
    ('June 16', 'DATE', '2000-06-16'),
    ('Sunday', 'DATE', '2000-06-18'),
    ('two-year', 'DURATION', 'P2Y'),
    ('Friday', 'DATE', '2000-06-16'),
    ('more than a week', 'DURATION', 'P1W'),
    ('Sunday morning', 'DATE|TIME', '2000-06-18TMO'),
    ('late Thursday', 'DATE', '2000-06-15'),
    ('nearly 12 hours', 'DURATION', 'PT12H'),
    ('May 6, 1998', 'DATE', '1998-05-06'),
    ('two weeks', 'DURATION', 'P2W'),
    ('that month', 'DATE', '1998-05'),
    ('May 12', 'DATE', '2000-05-12'),
    ('three weeks', 'DURATION', 'P3W'),
    ('May 31', 'DATE', '2000-05-31'),
    ('Wednesday', 'DATE', '2000-06-14'),
    ('1999', 'DATE', '1999'),
    ('earlier this week', 'DATE', '2000-W24'),
    ('the coming months', 'DATE|DURATION', 'FUTURE_REF|PXM'),
    ('every week', 'SET', 'P1W'),
    ('April', 'DATE', '2000-04'),
    ('two years', 'DURATION', 'P2Y'),
]),
# 4. BBC, Liberia: government and rebels sign ceasefire in Accra (2003)
('2003-06-18', 'auto', """Liberia rivals sign ceasefire deal

Liberia's government and the country's two main rebel groups have signed a ceasefire in Ghana, raising hopes of an end to nearly four years of civil war.

The deal was signed in the capital, Accra, on Tuesday evening after more than two weeks of often bitter talks.

It commits President Charles Taylor not to stand in a transitional government, which is supposed to be in place within 30 days.

Under the agreement, fighters on all sides must stop shooting within 72 hours, and a joint verification team led by West African military officers will monitor the front lines.

Mr Taylor, who was indicted for war crimes by a UN-backed court in neighbouring Sierra Leone earlier this month, has said he is willing to step down if it brings peace. But he has made such promises before.

The talks opened on 4 June in the lakeside resort of Akosombo and were briefly thrown into chaos when the indictment was made public at the opening ceremony. Mr Taylor flew home the same day, leaving his ministers to negotiate.

Fierce fighting on the outskirts of the capital, Monrovia, killed hundreds of people last week as fighters of Liberians United for Reconciliation and Democracy (Lurd) pushed to within a few kilometres of the city centre.

Tens of thousands of people fled into the city, sheltering in schools, churches and the national football stadium. Aid agencies say they have been unable to reach camps north of Monrovia since Friday.

Residents reported that the city was calm on Wednesday morning, with some shops reopening for the first time in days.

"We have heard these words many times," one Monrovia shopkeeper told the BBC's Focus on Africa programme. "We will believe it when the guns are quiet for a month."

Our West Africa correspondent says the mood among delegates in Accra is one of cautious relief. Previous ceasefires, in 1996 and again last year, collapsed within weeks.

Liberia's first civil war began on Christmas Eve 1989 and killed an estimated 200,000 people before Mr Taylor won elections in 1997. Lurd took up arms against him two years later, and a second rebel group, the Movement for Democracy in Liberia (Model), emerged in the south earlier this year.

A follow-up meeting on the make-up of the transitional government is due to begin in Accra next Tuesday, mediators said.

The United States, which has come under pressure to lead a peacekeeping force in a country founded by freed American slaves, said it was studying the request.
""", [
    ('nearly four years', 'DURATION', 'P4Y'),
    ('Tuesday evening', 'DATE|TIME', '2003-06-17TEV'),
    ('more than two weeks', 'DURATION', 'P2W'),
    ('30 days', 'DURATION', 'P30D'),
    ('72 hours', 'DURATION', 'PT72H'),
    ('earlier this month', 'DATE', '2003-06'),
    ('4 June', 'DATE', '2003-06-04'),
    ('the same day', 'DATE', '2003-06-04'),
    ('last week', 'DATE', '2003-W24'),
    ('Friday', 'DATE', '2003-06-13'),
    ('Wednesday morning', 'DATE|TIME', '2003-06-18TMO'),
    ('days', 'DURATION', 'PXD'),
    ('a month', 'DURATION', 'P1M'),
    ('1996', 'DATE', '1996'),
    ('last year', 'DATE', '2002'),
    ('weeks', 'DURATION', 'PXW'),
    ('Christmas Eve 1989', 'DATE', '1989-12-24'),
    ('1997', 'DATE', '1997'),
    ('two years later', 'DATE', '1999'),
    ('earlier this year', 'DATE', '2003'),
    ('next Tuesday', 'DATE', '2003-06-24'),
]),
# 5. New York Times, Georgia-Russia war told day by day, narrative (2008)
('2008-08-17', 'auto', """Five Days in August: How a Small War Unraveled Georgia

By DANIEL K. HOLT

GORI, Georgia — The first Georgian shells fell on Tskhinvali, the capital of the breakaway region of South Ossetia, at 11:35 p.m. on Aug. 7, according to Western military observers who were in the town that night.

Within hours, Georgian tanks and infantry were fighting their way through its streets. By the afternoon of Aug. 8, Russian armored columns were pouring south through the Roki Tunnel, and Russian jets had begun bombing targets far beyond the enclave.

Over the next two days, the Georgian offensive collapsed. On Aug. 10, Georgia said it had pulled its forces out of South Ossetia and offered a cease-fire, which Moscow ignored. The next morning, Russian troops pushed out of a second breakaway region, Abkhazia, in the west, and by that evening Russian units had reached the outskirts of Gori, the birthplace of Stalin and a crucial junction on Georgia's main east-west highway.

In Tbilisi that night, President Mikheil Saakashvili told foreign reporters that his country was being "wiped off the map."

On Tuesday, Aug. 12, President Dmitri A. Medvedev of Russia announced that military operations were over. Later that day, President Nicolas Sarkozy of France, whose country holds the rotating presidency of the European Union, flew to Moscow and then to Tbilisi with a six-point plan that both sides accepted in principle.

The fighting did not stop. Russian forces entered Gori the following day, looting Georgian army bases and blowing up equipment they could not carry away.

Mr. Saakashvili signed the plan on Friday in Tbilisi after a five-hour meeting with Secretary of State Condoleezza Rice. Mr. Medvedev signed it on Saturday.

Still, Russian soldiers remained in Gori on Sunday, manning checkpoints on the highway and turning back aid convoys. Russian officials said the withdrawal would begin on Monday, but gave no timetable.

The conflict has roots in the early 1990s, when South Ossetia and Abkhazia broke away from Georgia in wars that left both under the protection of Russian peacekeepers. Tensions had been building for months, and exchanges of fire along the South Ossetian boundary grew more frequent after the spring, when Moscow moved to strengthen its ties with both regions.

In Gori this week, residents who fled a week ago have begun trickling back to find shattered windows and empty shops.

"We sat in the cellar for three days and listened to the planes," said Nana Beridze, a schoolteacher, standing near the town's central square. "Now we listen to their tanks."

Western officials say the war was the first time Russian troops had fought outside their country's borders since Soviet forces left Afghanistan in 1989.
""", [
    ('Five Days', 'DURATION', 'P5D'),
    ('August', 'DATE', '2008-08'),
    ('11:35 p.m. on Aug. 7', 'TIME', '2008-08-07T23:35'),
    ('that night', 'DATE|TIME', '2008-08-07TNI'),
    ('hours', 'DURATION', 'PXH'),
    ('the afternoon of Aug. 8', 'DATE|TIME', '2008-08-08TAF'),
    ('the next two days', 'DURATION', 'P2D'),
    ('Aug. 10', 'DATE', '2008-08-10'),
    ('The next morning', 'DATE|TIME', '2008-08-11TMO'),
    ('that evening', 'DATE|TIME', '2008-08-11TEV'),
    ('that night', 'DATE|TIME', '2008-08-11TNI'),
    ('Tuesday, Aug. 12', 'DATE', '2008-08-12'),
    ('Later that day', 'DATE', '2008-08-12'),
    ('the following day', 'DATE', '2008-08-13'),
    ('Friday', 'DATE', '2008-08-15'),
    ('five-hour', 'DURATION', 'PT5H'),
    ('Saturday', 'DATE', '2008-08-16'),
    ('Sunday', 'DATE', '2008-08-17'),
    ('Monday', 'DATE', '2008-08-18'),
    ('the early 1990s', 'DATE', '199'),
    ('months', 'DURATION', 'PXM'),
    ('the spring', 'DATE', '2008-SP'),
    ('this week', 'DATE', '2008-W33'),
    ('a week ago', 'DATE', '2008-W32|2008-08-10'),
    ('three days', 'DURATION', 'P3D'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('1989', 'DATE', '1989'),
]),
# 6. Al Jazeera, Lebanon: Resolution 1701 ceasefire takes effect (2006)
('2006-08-14', 'auto', """Lebanon ceasefire takes hold as displaced head home

A UN-brokered ceasefire between Israel and Hezbollah has come into force, bringing a halt to 34 days of fighting that has killed more than 1,100 people in Lebanon and more than 150 Israelis.

The truce took effect at 8am on Monday. Within hours, long lines of cars piled high with mattresses and suitcases were streaming south from Beirut and the mountains towards villages that many families had not seen since July.

Bridges destroyed by Israeli air strikes forced drivers on to dirt tracks and through riverbeds, and the coastal road to Tyre was jammed by mid-morning.

The Israeli army said its soldiers had killed at least six Hezbollah fighters in several clashes after the ceasefire began, but the front was largely quiet by the afternoon, Al Jazeera's correspondent in southern Lebanon reported.

On Sunday, Hezbollah fired about 250 rockets into northern Israel, the heaviest barrage of the conflict, while Israeli aircraft carried out dozens of raids across the south and on the southern suburbs of Beirut.

The UN Security Council unanimously adopted Resolution 1701 on Friday. The Lebanese cabinet approved it on Saturday, and the Israeli cabinet followed on Sunday.

The resolution calls for 15,000 Lebanese soldiers and an expanded UN force of up to 15,000 troops to deploy in the south as Israeli forces withdraw. UNIFIL, the existing UN mission, has been in Lebanon since 1978.

Fouad Siniora, the Lebanese prime minister, said the army was ready to move south of the Litani river "within days", but Hezbollah officials said on Monday that the group would not discuss disarming while Israeli troops remained on Lebanese soil.

Amir Peretz, the Israeli defence minister, said troops would stay until the international force arrived, a process UN officials say could take weeks.

The war began on July 12, when Hezbollah fighters crossed the border and captured two Israeli soldiers.

"We left a month ago," said Amal Haddad, a mother of four from Bint Jbeil, as she waited in traffic outside Sidon. "Now we are going home, even if there is no home."

The Lebanese government says nearly one million people, about a quarter of the population, were displaced during the past month.

Ehud Olmert, the Israeli prime minister, told the Knesset on Monday afternoon that the war had changed the strategic balance in the north, but opposition members accused him of failing to bring the two captured soldiers back.

Kofi Annan, the UN secretary-general, is expected to visit the region later this month.

Source: Al Jazeera and agencies
""", [
    ('34 days', 'DURATION', 'P34D'),
    ('8am on Monday', 'TIME', '2006-08-14T08:00'),
    ('hours', 'DURATION', 'PXH'),
    ('July', 'DATE', '2006-07'),
    ('mid-morning', 'DATE|TIME', '2006-08-14TMO'),
    ('the afternoon', 'DATE|TIME', '2006-08-14TAF'),
    ('Sunday', 'DATE', '2006-08-13'),
    ('Friday', 'DATE', '2006-08-11'),
    ('Saturday', 'DATE', '2006-08-12'),
    ('Sunday', 'DATE', '2006-08-13'),
    ('1978', 'DATE', '1978'),
    ('days', 'DURATION', 'PXD'),
    ('Monday', 'DATE', '2006-08-14'),
    ('weeks', 'DURATION', 'PXW'),
    ('July 12', 'DATE', '2006-07-12'),
    ('a month ago', 'DATE', '2006-07'),
    ('Now', 'DATE', 'PRESENT_REF'),
    ('the past month', 'DATE|DURATION', 'P1M|2006-07'),
    ('Monday afternoon', 'DATE|TIME', '2006-08-14TAF'),
    ('later this month', 'DATE', '2006-08'),
]),
# 7. Guardian, Syria: Annan ceasefire deadline passes, truce largely holds (2012)
('2012-04-12', 'auto', """Syria ceasefire largely holds as Annan deadline passes

Guns fall mostly silent across the country, but activists report sporadic shelling and arrests as the opposition prepares to test the regime with protests

Ian Black, Middle East editor

A UN-backed ceasefire appeared to be largely holding across Syria on Thursday after government forces stopped shelling opposition strongholds at the 6am deadline set by the international envoy Kofi Annan.

Activists in Homs, which has been under bombardment for more than two months, said the morning had been the quietest in weeks, though tanks remained on the streets and snipers were still active in several districts.

The Syrian Observatory for Human Rights, a Britain-based monitoring group, said at least five people had been killed since the truce began, most of them in Idlib and Hama provinces.

Annan's six-point plan, which Damascus accepted on 27 March, required the regime to withdraw troops and heavy weapons from towns and cities by Tuesday. That deadline passed with no sign of a pullback, and on Monday and Tuesday more than 100 people were reported killed.

Briefing the UN security council by video link from Geneva on Thursday afternoon, Annan said the Syrian government had not fully met its commitments, but described the relative calm as "an opportunity that must be seized".

Diplomats in New York said a resolution authorising an advance team of up to 30 unarmed military observers could be put to a vote as early as Friday. A full mission of some 250 monitors would follow within weeks if the truce held.

The foreign ministry in Damascus said on Wednesday that Syria reserved the right to respond to attacks by "armed terrorist groups", the phrase it has used throughout the uprising to describe its opponents.

The UN estimates that more than 9,000 people have died since protests erupted in March last year. Tens of thousands more have fled to Turkey, Lebanon and Jordan, many of them in recent months.

Burhan Ghalioun, head of the opposition Syrian National Council, said the past 13 months had shown that Bashar al-Assad "cannot be trusted", and urged the international community to set a deadline for the regime to comply.

Opposition groups called on Syrians to take to the streets after Friday prayers, a weekly ritual of defiance that has often ended in bloodshed.

Western diplomats were cautious. An Arab League observer mission sent to Syria in December was pulled out after about a month, having failed to stop the killing.

"Tomorrow is the real test," one European diplomat said. "If the army stays in its barracks while people march, then we can start talking about a political process."
""", [
    ('Thursday', 'DATE', '2012-04-12'),
    ('6am', 'TIME', '2012-04-12T06:00'),
    ('more than two months', 'DURATION', 'P2M'),
    ('the morning', 'DATE|TIME', '2012-04-12TMO'),
    ('weeks', 'DURATION', 'PXW'),
    ('27 March', 'DATE', '2012-03-27'),
    ('Tuesday', 'DATE', '2012-04-10'),
    ('Monday', 'DATE', '2012-04-09'),
    ('Tuesday', 'DATE', '2012-04-10'),
    ('Thursday afternoon', 'DATE|TIME', '2012-04-12TAF'),
    ('Friday', 'DATE', '2012-04-13'),
    ('weeks', 'DURATION', 'PXW'),
    ('Wednesday', 'DATE', '2012-04-11'),
    ('March last year', 'DATE', '2011-03'),
    ('recent months', 'DATE|DURATION', 'PAST_REF|PXM'),
    ('the past 13 months', 'DURATION', 'P13M'),
    ('Friday', 'DATE', '2012-04-13'),
    ('weekly', 'SET', 'P1W'),
    ('December', 'DATE', '2011-12'),
    ('about a month', 'DURATION', 'P1M'),
    ('Tomorrow', 'DATE', '2012-04-13'),
]),
# 8. Reuters, Ukraine: Minsk ceasefire largely holds, EU weighs sanctions (2014)
('2014-09-06', 'auto', """Ukraine truce largely holds despite shelling near Mariupol

DONETSK, Ukraine (Reuters) - A ceasefire between Ukraine and pro-Russian separatists largely held on Saturday, although both sides accused each other of violations and explosions were heard on the outskirts of the port city of Mariupol.

The truce, agreed in the Belarussian capital Minsk on Friday, took effect at 6 p.m. (1500 GMT) after nearly five months of fighting in which the United Nations says more than 2,600 people have been killed.

Ukrainian President Petro Poroshenko said he had spoken by telephone with Russian President Vladimir Putin on Saturday and that both agreed the ceasefire was "generally being observed".

A Reuters reporter in Donetsk said the rebel-held city had been quiet since Friday evening, after weeks in which shells fell on residential districts every day.

But in Mariupol, a city of nearly half a million on the Sea of Azov, residents reported several loud blasts on Friday night and again on Saturday morning. A Ukrainian military spokesman said rebels had fired on government positions at least 10 times since the truce began.

The 12-point protocol signed in Minsk also provides for an exchange of prisoners, which separatist leaders said could begin as early as Sunday, and for humanitarian aid to reach the region.

NATO leaders, who ended a two-day summit in Wales on Friday, agreed to create a rapid reaction force of several thousand troops that could deploy to eastern Europe within days.

The European Union is due to decide on Monday whether to impose a new round of sanctions on Moscow, targeting Russian state-owned oil companies and defence firms. EU diplomats said the measures could be suspended if the ceasefire held.

The EU and the United States have imposed several rounds of sanctions on Russia since it annexed Crimea in March. Kiev and the West accuse Moscow of sending troops and heavy weapons to help the rebels launch a counter-offensive in late August that reversed weeks of government gains. Russia denies it.

"Nobody here believes it will last," said Olena, a 46-year-old teacher in Mariupol, who did not want to give her surname. "For the past week we have been digging trenches around the city. We will keep digging."

Separatist leader Alexander Zakharchenko said the rebels still wanted full independence from Ukraine and would observe the truce "as long as Kiev does". Previous attempts at a ceasefire, including a unilateral week-long truce declared by Poroshenko in June, collapsed amid mutual accusations.
""", [
    ('Saturday', 'DATE', '2014-09-06'),
    ('Friday', 'DATE', '2014-09-05'),
    ('6 p.m.', 'TIME', '2014-09-05T18:00'),
    ('1500 GMT', 'TIME', '2014-09-05T15:00'),
    ('nearly five months', 'DURATION', 'P5M'),
    ('Saturday', 'DATE', '2014-09-06'),
    ('Friday evening', 'DATE|TIME', '2014-09-05TEV'),
    ('weeks', 'DURATION', 'PXW'),
    ('every day', 'SET', 'P1D'),
    ('Friday night', 'DATE|TIME', '2014-09-05TNI'),
    ('Saturday morning', 'DATE|TIME', '2014-09-06TMO'),
    ('Sunday', 'DATE', '2014-09-07'),
    ('two-day', 'DURATION', 'P2D'),
    ('Friday', 'DATE', '2014-09-05'),
    ('days', 'DURATION', 'PXD'),
    ('Monday', 'DATE', '2014-09-08'),
    ('March', 'DATE', '2014-03'),
    ('late August', 'DATE', '2014-08'),
    ('weeks', 'DURATION', 'PXW'),
    ('the past week', 'DATE|DURATION', 'P1W|2014-W35'),
    ('week-long', 'DURATION', 'P1W'),
    ('June', 'DATE', '2014-06'),
]),
# 9. AP, North Korea: Pyongyang vows revenge over new UN sanctions (2017)
('2017-08-07', 'auto', """North Korea vows revenge over new UN sanctions, rules out talks

MANILA, Philippines (AP) — North Korea on Monday vowed to make the United States pay dearly for new U.N. sanctions and said it would never put its nuclear weapons on the negotiating table as long as Washington remained hostile.

The statement, carried by the official Korean Central News Agency, came after the U.N. Security Council on Saturday unanimously approved its toughest sanctions yet on the North, which could cost Pyongyang about $1 billion a year in lost export earnings.

The measures ban exports of coal, iron, lead and seafood and bar countries from increasing the number of North Korean laborers working abroad.

"There is no bigger mistake than the United States believing that its land is safe across the ocean," the statement said.

North Korean Foreign Minister Ri Yong Ho, in Manila this week for a regional security forum hosted annually by the Association of Southeast Asian Nations, repeated the warning in a speech Monday afternoon and left the venue without taking questions from reporters.

U.S. Secretary of State Rex Tillerson told reporters earlier Monday that the best signal Pyongyang could send would be to stop its missile launches. He did not say how long the tests would have to be halted before talks could begin, but suggested that a pause of a few weeks would not be enough.

The North tested intercontinental ballistic missiles twice last month, on July 4 and July 28. Analysts say the second missile could potentially reach Los Angeles and Chicago.

South Korean Foreign Minister Kang Kyung-wha briefly spoke with Ri at a dinner for forum delegates on Sunday night, urging the North to accept Seoul's offer of military talks. Ri dismissed the proposal as insincere, according to South Korean officials.

China, which accounts for about 90 percent of North Korea's trade, has promised to fully enforce the new sanctions. Chinese Foreign Minister Wang Yi, who met Ri on Sunday, urged Pyongyang to stop its missile and nuclear tests and said Washington and Seoul should also work to reduce tensions.

Previous rounds of U.N. sanctions, the first imposed in 2006 after the North's first nuclear test, have done little to slow its weapons programs. The North has conducted five nuclear tests, two of them last year.

The U.S. and South Korea are set to begin their Ulchi Freedom Guardian military drills, held every August, later this month. North Korea calls the exercises a rehearsal for invasion and has threatened to respond.

Associated Press writer Hyung-jin Kim in Seoul, South Korea, contributed to this report.
""", [
    ('Monday', 'DATE', '2017-08-07'),
    ('Saturday', 'DATE', '2017-08-05'),
    ('a year', 'SET', 'P1Y'),
    ('this week', 'DATE', '2017-W32'),
    ('annually', 'SET', 'P1Y'),
    ('Monday afternoon', 'DATE|TIME', '2017-08-07TAF'),
    ('earlier Monday', 'DATE', '2017-08-07'),
    ('a few weeks', 'DURATION', 'PXW'),
    ('last month', 'DATE', '2017-07'),
    ('July 4', 'DATE', '2017-07-04'),
    ('July 28', 'DATE', '2017-07-28'),
    ('Sunday night', 'DATE|TIME', '2017-08-06TNI'),
    ('Sunday', 'DATE', '2017-08-06'),
    ('2006', 'DATE', '2006'),
    ('last year', 'DATE', '2016'),
    ('every August', 'SET', 'XXXX-08'),
    ('later this month', 'DATE', '2017-08'),
]),
# 10. AFP, Yemen: Hodeida ceasefire agreed at Sweden peace talks (2018)
('2018-12-13', 'auto', """Yemen foes agree Hodeida truce as Sweden talks end

Rimbo, Sweden (AFP) - Yemen's warring parties agreed on Thursday to a ceasefire in the flashpoint port city of Hodeida and to pull their forces out, UN chief Antonio Guterres announced as a week of peace talks in Sweden drew to a close.

The breakthrough came at the first negotiations between the Huthi rebels and the Saudi-backed government since 2016, when more than three months of talks in Kuwait collapsed without a deal.

Under the agreement, fighting in Hodeida is to stop immediately and both sides are to withdraw from the city and its three ports within 21 days, with the United Nations taking a leading role in running the docks.

"This is a real step forward," Guterres told reporters at the castle north of Stockholm where the talks have been held since December 6. He said a new round would take place by the end of January.

Hodeida, through which some 70 percent of Yemen's imports and aid pass, has been the target of an offensive by pro-government forces, backed by a Saudi-led coalition, since June. Fighting on its outskirts intensified in early November before easing as Western pressure on Riyadh mounted over the murder of journalist Jamal Khashoggi.

The Security Council could meet as early as Friday to discuss sending monitors to oversee the truce, diplomats in New York said.

The two sides also agreed on Tuesday to exchange lists for a prisoner swap involving about 15,000 detainees, and to form a committee on the besieged city of Taez, Yemen's third-largest. But no deal was reached on reopening Sanaa airport, closed to commercial flights since August 2016, or on shoring up the collapsing central bank.

Huthi negotiator Mohammed Abdulsalam said the rebels would honour the deal but warned that "any escalation will be met with escalation". A coalition source told AFP that air strikes around Hodeida had stopped in the past 24 hours.

The conflict escalated in March 2015 when the coalition intervened to support President Abedrabbo Mansour Hadi after the rebels seized the capital Sanaa. The World Health Organization says nearly 10,000 people have been killed since then, though rights groups say the real toll may be five times higher.

The United Nations has warned that 14 million people, half the population, are at risk of famine, and aid agencies say a child dies of preventable causes every 10 minutes.

Hadi's foreign minister Khaled al-Yamani, who led the government delegation, shook hands with Abdulsalam at the closing ceremony on Thursday afternoon, a rare gesture after four years of war.
""", [
    ('Thursday', 'DATE', '2018-12-13'),
    ('a week', 'DURATION', 'P1W'),
    ('2016', 'DATE', '2016'),
    ('more than three months', 'DURATION', 'P3M'),
    ('21 days', 'DURATION', 'P21D'),
    ('December 6', 'DATE', '2018-12-06'),
    ('the end of January', 'DATE', '2019-01'),
    ('June', 'DATE', '2018-06'),
    ('early November', 'DATE', '2018-11'),
    ('Friday', 'DATE', '2018-12-14'),
    ('Tuesday', 'DATE', '2018-12-11'),
    ('August 2016', 'DATE', '2016-08'),
    ('the past 24 hours', 'DURATION', 'PT24H'),
    ('March 2015', 'DATE', '2015-03'),
    ('every 10 minutes', 'SET', 'PT10M'),
    ('Thursday afternoon', 'DATE|TIME', '2018-12-13TAF'),
    ('four years', 'DURATION', 'P4Y'),
]),
# 11. BBC, Nagorno-Karabakh: Russia-brokered deal ends six weeks of war (2020)
('2020-11-10', 'auto', """Nagorno-Karabakh: Russia brokers deal to end six weeks of fighting

Armenia, Azerbaijan and Russia have signed a deal to end the military conflict over the disputed region of Nagorno-Karabakh, after six weeks of fighting that killed thousands of people.

Under the agreement, which took effect at midnight Moscow time, Azerbaijan will keep the areas it has captured, and Armenia has committed to withdrawing from several adjacent districts it has held since the early 1990s.

Armenian Prime Minister Nikol Pashinyan called the deal "unspeakably painful" for him and his people. He said he had signed it after "a deep analysis of the military situation".

Protesters stormed the parliament building and government headquarters in the Armenian capital, Yerevan, on Tuesday morning, accusing Mr Pashinyan of betrayal. The speaker of parliament was dragged from his car and beaten, officials said.

Azerbaijan's President Ilham Aliyev hailed the agreement in a televised address on Monday night, saying it amounted to Armenia's "capitulation". Crowds waving flags celebrated in the streets of the capital, Baku.

Russian President Vladimir Putin said about 2,000 Russian peacekeepers would be deployed along the front line and the Lachin corridor, which links Karabakh with Armenia. They will stay for five years, with the mission renewed automatically unless either side objects.

Under the deal, Armenia must hand back the Kalbajar district by 15 November, Aghdam by 20 November and Lachin by 1 December.

Fighting broke out on 27 September, with each side blaming the other. Three humanitarian ceasefires, brokered in turn by Russia, France and the US in October, broke down within hours.

The turning point came on Sunday, when Azerbaijan said it had captured Shusha, the region's second-largest town, which sits on a strategic height above the regional capital, Stepanakert.

On Monday, Azerbaijani forces shot down a Russian military helicopter over Armenia, killing two crew members. Baku apologised, saying it had been an accident.

Karabakh's ethnic Armenian leader, Arayik Harutyunyan, said the fighting would have reached Stepanakert "within days" had the war continued, and that he had backed the deal to save lives.

The region is internationally recognised as part of Azerbaijan but has been run by ethnic Armenians since a war that ended in 1994 and left about 30,000 people dead. Peace talks mediated by France, Russia and the US made little progress for nearly three decades.

Turkey, which strongly backed Azerbaijan during the conflict, said it would take part in a joint monitoring centre with Russia, though Moscow insisted no Turkish troops would be sent to Karabakh.
""", [
    ('six weeks', 'DURATION', 'P6W'),
    ('six weeks', 'DURATION', 'P6W'),
    ('midnight Moscow time', 'TIME', '2020-11-09T24:00|2020-11-10T00:00'),
    ('the early 1990s', 'DATE', '199'),
    ('Tuesday morning', 'DATE|TIME', '2020-11-10TMO'),
    ('Monday night', 'DATE|TIME', '2020-11-09TNI'),
    ('five years', 'DURATION', 'P5Y'),
    ('15 November', 'DATE', '2020-11-15'),
    ('20 November', 'DATE', '2020-11-20'),
    ('1 December', 'DATE', '2020-12-01'),
    ('27 September', 'DATE', '2020-09-27'),
    ('October', 'DATE', '2020-10'),
    ('hours', 'DURATION', 'PXH'),
    ('Sunday', 'DATE', '2020-11-08'),
    ('Monday', 'DATE', '2020-11-09'),
    ('days', 'DURATION', 'PXD'),
    ('1994', 'DATE', '1994'),
    ('nearly three decades', 'DURATION', 'P30Y|P3DE'),
]),
# 12. Al Jazeera, DR Congo: M23 talks resume in Doha after Washington deal (2025)
('2025-07-03', 'auto', """DR Congo and M23 rebels resume Doha talks after Washington deal

Representatives of the Democratic Republic of the Congo and the Rwanda-backed M23 armed group have resumed talks in the Qatari capital, Doha, less than a week after Kinshasa and Kigali signed a peace agreement in Washington.

Qatari officials said the two delegations met for about four hours on Wednesday, their first face-to-face session since May, and would meet again on Saturday.

The United States-brokered accord, signed by the foreign ministers of the DRC and Rwanda at the State Department on June 27, commits Rwanda to end its military support for M23 and to lift its "defensive measures" in eastern Congo within 90 days. A joint security coordination mechanism is to be set up within 30 days.

But the deal does not bind M23 itself, and the group's spokesman, Lawrence Kanyuka, said on Thursday that the rebels would not leave territory they control "on the basis of an agreement we did not sign".

The M23 seized Goma, the largest city in eastern DRC, in late January and took Bukavu, the second-largest, in mid-February. Thousands of people have been killed since the start of the year, according to the United Nations.

The group first rose to prominence in 2012, when it briefly captured Goma, before being defeated the following year by Congolese troops and a UN intervention brigade. It took up arms again in late 2021, accusing Kinshasa of failing to honour earlier peace deals.

US President Donald Trump, who received the two foreign ministers at the White House after the signing, said he expected presidents Felix Tshisekedi and Paul Kagame to come to Washington soon to sign a broader agreement. His Africa adviser, Massad Boulos, has said US companies are eager to invest in the region's vast mineral wealth.

Residents of Goma told Al Jazeera the city had been calm in recent weeks, but that banks remained closed and the airport, shut since January, had yet to reopen.

"We hear about peace every year. We will believe it when we see the soldiers go home," said Jeanine Mapendo, a trader at the city's main market.

Aid agencies say more than seven million people are currently displaced across the DRC, one of the largest such crises in the world. A previous ceasefire, brokered by Angola in July last year, collapsed within months.

Qatar's Minister of State Mohammed Al-Khulaifi said the talks in Doha were expected to continue through next week.

Source: Al Jazeera and news agencies
""", [
    ('less than a week', 'DURATION', 'P1W'),
    ('about four hours', 'DURATION', 'PT4H'),
    ('Wednesday', 'DATE', '2025-07-02'),
    ('May', 'DATE', '2025-05'),
    ('Saturday', 'DATE', '2025-07-05'),
    ('June 27', 'DATE', '2025-06-27'),
    ('90 days', 'DURATION', 'P90D'),
    ('30 days', 'DURATION', 'P30D'),
    ('Thursday', 'DATE', '2025-07-03'),
    ('late January', 'DATE', '2025-01'),
    ('mid-February', 'DATE', '2025-02'),
    ('the start of the year', 'DATE', '2025'),
    ('2012', 'DATE', '2012'),
    ('the following year', 'DATE', '2013'),
    ('late 2021', 'DATE', '2021'),
    ('soon', 'DATE', 'FUTURE_REF'),
    ('recent weeks', 'DATE|DURATION', 'PAST_REF|PXW'),
    ('January', 'DATE', '2025-01'),
    ('every year', 'SET', 'P1Y'),
    ('currently', 'DATE', 'PRESENT_REF'),
    ('July last year', 'DATE', '2024-07'),
    ('months', 'DURATION', 'PXM'),
    ('next week', 'DATE', '2025-W28'),
]),
]
