"""Event headlines: short, extractive, readable on their own."""
from __future__ import annotations

import pytest

from timeline.titles import make_title


def title(sentence, phrase, **kw):
    start = sentence.index(phrase)
    return make_title(sentence, start, start + len(phrase), **kw)


@pytest.mark.parametrize("sentence,phrase,expected", [
    ("After years of cuts, NATO members committed to ramp up their national defense budgets in 2014 "
     "when Russia annexed Ukraine's Crimean Peninsula.", "2014",
     "NATO members committed to ramp up their national defense budgets"),
    ("Established in 1949 to counter Soviet threats during the Cold War, NATO has expanded to encompass "
     "32 countries.", "1949", "NATO established to counter Soviet threats during the Cold War"),
    ("The group was set up post-Russia's 2022 invasion.", "2022", "Russia's invasion"),
    ("Aid has been ongoing since Russia's invasion nearly three years ago.", "nearly three years ago",
     "Russia's invasion"),
    ("Talks are expected before the next NATO summit scheduled for June in The Hague.", "June",
     "The next NATO summit in The Hague"),
    ("NATO has expanded to encompass 32 countries, with Sweden joining last year in response to "
     "heightened Russian aggression.", "last year", "Sweden joined in response to heightened Russian aggression"),
    ("Following this, American Vice President J.D. Vance will travel to Munich, Germany, to meet with "
     "Ukrainian President Volodymyr Zelensky amid a significant security conference on Friday.", "Friday",
     "J.D. Vance will travel to Munich"),
    # Numbers keep their thousands ("$876,706" was cut at its comma).
    ("In the 1988 third quarter, the company posted a net loss of $876,706, or 22 cents a share.",
     "the 1988 third quarter", "The company posted a net loss of $876,706"),
    # The news is what was said, not who said it; a wire dateline is no part of it.
    ("The company will close its plant in Ohio, a spokesman said Friday.", "Friday",
     "The company will close its plant in Ohio"),
    ("ISTANBUL, Turkey (AP) _ Some 1,500 ethnic Albanians marched downtown, police said Sunday.", "Sunday",
     "Some 1,500 ethnic Albanians marched downtown"),
    # A relative clause takes its antecedent noun phrase, without the verb before it.
    ("The biggest gains came in the construction industry, which added 92,000 jobs in January.", "January",
     "The construction industry added 92,000 jobs"),
    # A clause that starts with its verb takes the sentence's opening noun phrase, if any.
    ("Intelogic Trace Inc., San Antonio, said it bought 2.7 million shares on Monday.", "Monday",
     "Intelogic Trace Inc. said it bought 2.7 million shares"),
    # The who, not the rank, whatever the nationality.
    ("Czech Foreign Minister Jan Kavan arrived in Kansas City in 1999.", "1999", "Jan Kavan arrived in Kansas City"),
])
def test_headlines(sentence, phrase, expected):
    assert title(sentence, phrase) == expected


def test_pronouns_are_resolved_or_the_event_dropped():
    sentence = "On Thursday, he is anticipated to encourage European allies to act."
    assert title(sentence, "Thursday", last_person="Hegseth") == "Hegseth is anticipated to encourage European allies to act"
    assert title(sentence, "Thursday") == ""
    sentence = "In 2023, they agreed to make 2% a spending floor."
    assert title(sentence, "2023", before="NATO members committed to ramp up budgets.") == \
        "NATO members agreed to make 2% a spending floor"


@pytest.mark.parametrize("sentence,phrase", [
    ("This week, I visited NATO headquarters for the first time.", "This week"),
    ("At least that was the case until this week.", "this week"),
    ("A record 23 countries reached the target, up from only three a decade ago.", "a decade ago"),
])
def test_asides_and_fragments_are_not_headlines(sentence, phrase):
    assert title(sentence, phrase) == ""


def test_a_report_of_news_dated_on_its_own_is_no_event():
    # "in early March" dates the admission; "said on Wednesday" adds no event of its own.
    sentence = ("NATO has decided to admit Poland, Hungary and the Czech Republic in early March, "
                "an official from the organization said on Wednesday.")
    assert title(sentence, "Wednesday", other_times=("in early March",)) == ""


@pytest.mark.parametrize("sentence,phrase", [
    ("At the same time, announced a loss of $226.3 million on Friday.", "Friday"),
    ("In 1984, followed by Manuel and Lazaro.", "1984"),
])
def test_a_clause_without_its_subject_is_no_headline(sentence, phrase):
    assert title(sentence, phrase) == ""


def test_long_clauses_are_cut_at_a_phrase_boundary():
    sentence = ("U.S. Defense Secretary Pete Hegseth's visit to NATO headquarters aims to bolster American "
                "expectations from European allies amid geopolitical tensions in 2025.")
    result = title(sentence, "2025")
    assert len(result) <= 80 and not result.endswith(("aims", " to", " the"))


def test_do_so_takes_the_action_it_stands_for():
    before = "Nordic countries and nations located near Russia, are all committed to meeting the target. "
    assert title("Poland and Estonia will do so this year.", "this year", before=before) == \
        "Poland and Estonia will meet the target"
    assert title("Poland and Estonia will do so this year.", "this year") == ""


def test_ranks_with_their_department_and_a_range_go_whole():
    def title(sentence, phrase, *others):
        start = sentence.index(phrase)
        return make_title(sentence, start, start + len(phrase), other_times=others)
    assert title("U.N. Secretary-General Kofi Annan appointed a retired Indian diplomat on Thursday.",
                 "Thursday") == "Kofi Annan appointed a retired Indian diplomat"
    assert title("Minister of Trade Joseph Kimotho ended a news conference on Friday.",
                 "Friday") == "Joseph Kimotho ended a news conference"
    # "between 1982 and 1992": neither end of the range stays in the headline ...
    assert title("The number of doctors who performed abortions declined between 1982 and 1992.",
                 "1982", "1992") == "The number of doctors who performed abortions declined"
    # ... and "and now" is no range, but no part of the 1995 headline either.
    assert title("NATO warplanes helped end the war in 1995 and now are poised to intervene.",
                 "1995", "now") == "NATO warplanes helped end the war and are poised to intervene"
    assert title("The known risks grew in 1995 and now worry them.", "1995", "now") == \
        "The known risks grew and worry them"
    assert title("Costs rose compared with a year earlier.", "a year earlier") == "Costs rose"


def test_a_date_before_the_name_of_results_leaves_its_preposition():
    sentence = "Bethlehem Steel Corp. posted a 54% drop in third-quarter profit."
    start = sentence.index("third-quarter")
    assert make_title(sentence, start, start + len("third-quarter")) == "Bethlehem Steel Corp. posted a 54% drop in profit"


def test_a_date_in_the_possessive_leaves_its_noun_with_the_article():
    sentence = "Slepian's death was among the first topics raised in Saturday night's debate between the men."
    start = sentence.index("Saturday night")
    assert make_title(sentence, start, start + len("Saturday night")) == \
        "Slepian's death was among the first topics raised in the debate between the men"


@pytest.mark.parametrize("sentence, phrase, others, expected", [
    # The other date of the sentence dates the verb; this one dates what the verb announces.
    ("Dock workers in Rotterdam voted on Monday to strike from March 18, the union said.", "March 18", ("Monday",),
     "Dock workers in Rotterdam will strike"),
    ("Dock workers in Rotterdam voted on Monday to strike from March 18, the union said.", "Monday", ("March 18",),
     "Dock workers in Rotterdam voted to strike"),
    ("Officials said on Monday the harbour would reopen next week.", "next week", ("Monday",), "The harbour would reopen"),
    ("Emmanuel Macron announced on Monday that France will host a climate summit in November 2025.", "November 2025",
     ("Monday",), "France will host a climate summit"),
    ("The cabinet approved on Tuesday a draft budget that raises defence spending to 2% of GDP by 2026.", "2026",
     ("Tuesday",), "A draft budget that raises defence spending to 2% of GDP"),
])
def test_two_dates_of_one_sentence_date_the_verb_and_what_it_announces(sentence, phrase, others, expected):
    start = sentence.index(phrase)
    assert make_title(sentence, start, start + len(phrase), other_times=others) == expected


def test_a_date_in_a_clause_of_its_own_gets_that_clause():
    strike = ("Dock workers voted on Thursday to accept a new pay deal, ending a strike that began on Feb. 21 "
              "and left hundreds of ships waiting at sea.")
    assert title(strike, "Feb. 21", other_times=("Thursday",)) == "The strike began"  # not "Dock workers will accept ..."
    talks = "Talks had collapsed twice, most recently on March 3, before the government appointed a mediator last week."
    assert title(talks, "March 3", other_times=("last week",)) == "Talks had collapsed twice"
    assert title(talks, "last week", other_times=("March 3",)) == "The government appointed a mediator"
    deal = ("The union said 78% of members backed the agreement, which raises wages by 6% this year and a "
            "further 4% in January 2026.")
    assert title(deal, "this year", other_times=("January 2026",)) == "The agreement raises wages by 6% and a further 4%"
    # a date that qualifies a noun, or another verb of the relative clause, is not the relative verb's
    assert title("Janos Martonyi, who remembers the 1956 uprising as a boy, spoke.", "1956") == ""


def test_what_is_due_keeps_its_due():
    sentence = "A review of safety rules, promised in the deal, is due by September."
    assert title(sentence, "September") == "A review of safety rules is due"


def test_a_list_of_names_is_the_subject_and_ranks_go_before_names():
    assert title("NATO expanded eastwards: Poland, Hungary and the Czech Republic joined on 12 March 1999.",
                 "12 March 1999") == "Poland, Hungary and the Czech Republic joined"
    assert title("On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference.",
                 "Aug. 7") == "Bushnell, Joseph Kimotho and others had just ended a news conference"
    assert title("In Brussels, Paris and Berlin protesters marched on Monday.", "Monday").endswith("protesters marched")


def test_wire_quotes_open_a_new_sentence():
    from timeline.text import sentences

    text = "Clinton told reporters on Wednesday. ``We have done what we could,'' he said."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Clinton told reporters on Wednesday.", "``We have done what we could,'' he said."]


def test_it_is_the_subject_of_the_clause_right_before():
    sentence = "In March 1966, France withdrew from the integrated command; it returned in 2009."
    assert title(sentence, "2009") == "France returned"
    # an "it" after a clause with no such subject stays unnamed, and so no headline
    said = "It expects to post a loss for the year ending tomorrow."
    assert title(said, "tomorrow", before="But analysts say Sansui is a special case. ") == ""


def test_a_nationality_before_a_rank_goes_with_it_and_newsroom_roles_stay():
    assert title("Philippine President Joseph Estrada condemned the bombings on Aug. 11.", "Aug. 11") == \
        "Joseph Estrada condemned the bombings"
    assert title("White House spokesman Marlin Fitzwater said on Sunday that the operation went well.",
                 "Sunday").startswith("White House spokesman Marlin Fitzwater said")


def test_what_was_said_to_happen_is_the_headline():
    assert title("The Bureau of Labor Statistics said the economy added 358,000 jobs in January.",
                 "January") == "The economy added 358,000 jobs"
    assert title("Compaq Computer Corp. said that its net income rose 51% in the third quarter.",
                 "the third quarter") == "Compaq Computer Corp.'s net income rose 51%"
    assert title("Chief executive Maria Lopez, who took over in January, said the company would open three data "
                 "centres in Europe next year.", "next year", other_times=("January",)) == \
        "The company would open three data centres in Europe"
    # far from the verb of what was said, a date may belong to a noun: the saying stays the headline
    far = ("Scott McNealy said the company's performance was hampered by problems tied to the introduction "
           "of a new family of computers in April.")
    assert not title(far, "April").startswith("The company's performance")
