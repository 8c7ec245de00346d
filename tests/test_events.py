"""Events: titles, kinds, what is and is not an event."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events import extract_events
from timeline.titles import make_title
from timeline.model import Document
from timeline.temporal import tag


def events_of(text, dct="2025-02-13"):
    doc = Document("d", "d.txt", "D", text, dct=dct, dct_source="metadata")
    return extract_events(doc, tag(text, dct=dct))


def title_of(sentence, phrase):
    start = sentence.index(phrase)
    return make_title(sentence, start, start + len(phrase))


def test_title_drops_the_time_phrase_and_its_preposition():
    assert title_of("In 2023, the allies agreed to make 2% a spending floor, rather than a ceiling.", "2023") == \
        "The allies agreed to make 2% a spending floor"


def test_participle_clause_takes_the_main_subject():
    sentence = ("Established in 1949 to counter Soviet threats during the Cold War, NATO has expanded to "
                "encompass 32 countries.")
    assert title_of(sentence, "1949").startswith("NATO established to counter Soviet threats")


def test_one_sentence_two_events():
    found = events_of("After years of cuts, NATO members committed to ramp up their national defense budgets "
                      "in 2014 when Russia annexed Ukraine's Crimean Peninsula.")
    titles = {e.title for e in found if e.date == "2014"}
    assert "Russia annexed Ukraine's Crimean Peninsula" in titles
    assert any(t.startswith("NATO members committed") for t in titles)


def test_a_when_clause_that_is_the_headline_is_one_event():
    found = events_of("The guerrillas waged war on the dictator's troops, declaring victory on Jan. 1, 1959 "
                      "when Batista fled the country.")
    assert [e.title for e in found] == ["Batista fled the country"]


def test_verbs_of_irregular_past_make_a_clause():
    # "brought" is a verb: the clause that has it is the headline, not the relative clause after.
    found = events_of("In January, American Medical brought in a new chief executive, Richard Gilleland, 45, "
                      "who will remain as chairman.", dct="1989-10-27")
    assert [e.title for e in found] == ["American Medical brought in a new chief executive"]


def test_kinds():
    by_title = {e.title: e.kind for e in events_of(
        "Germany's draft budget foresees reaching the goal by 2029. "
        "Troops have been deployed there since 2014. "
        "The next summit is scheduled for June in The Hague. "
        "Sweden joined the alliance last year.")}
    kinds = sorted(by_title.values())
    assert kinds == ["deadline", "happened", "ongoing", "planned"], by_title


def test_the_next_year_of_a_history_is_no_plan():
    # Undated, only words tell a plan; "the next year" counts on from a date told, it looks back.
    kinds = {e.title: e.kind for e in events_of(
        "Finland became a member on 4 April 2023. Sweden followed the next year.", dct=None)}
    assert kinds == {"Finland became a member": "happened", "Sweden followed": "happened"}


def test_durations_sets_and_now_are_not_events():
    assert events_of("For three years, every Monday, they meet now.") == []


def test_titles_are_short():
    long = ("NATO members committed to ramp up their national defense budgets and to invest far more in "
            "ammunition, air defence, logistics, cyber defence and training in 2014.")
    (event,) = events_of(long)
    assert len(event.title) <= 80 and not event.title.endswith((" and", " the", " to"))


def test_the_lead_tells_the_news_only_when_it_stands_alone():
    """An undated first sentence is the article's own news, dated by the DCT: not when it is a
    broadcast's sign-on or an aside."""
    signon = events_of("For The World, this is Pamela McCall in the BBC news room in London.\n"
                       "Rebels shelled the capital overnight, officials in Britain said.")
    assert [e.title for e in signon if "McCall" in e.title] == []
    news = events_of("NATO defence ministers gathered in Brussels to discuss the new spending target.")
    assert [(e.title, e.date) for e in news] == [
        ("NATO defence ministers gathered in Brussels to discuss the new spending target", "2025-02-13")]


def test_an_undated_article_dates_only_what_needs_no_creation_date():
    text = ("France will host a climate summit in November 2025, the president said. "
            "The decision was taken last week after talks with Germany.")
    found = events_of(text, dct="")
    # "last week" counts from when the article was written, which is unknown: no event, no
    # borrowed date from "November 2025"; and "will host" is told as still to come.
    assert [(e.date, e.kind) for e in found] == [("2025-11", "planned")]


def test_he_is_the_person_the_sentence_before_opens_with():
    found = events_of("Donald Trump won the presidential election on Tuesday, defeating Vice President Kamala "
                      "Harris. He lost the 2020 election to Joe Biden.", dct="2024-11-06")
    assert [(e.date, e.title) for e in found] == [("2024-11-05", "Donald Trump won the presidential election"),
                                                  ("2020", "Trump lost the election to Joe Biden")]
    # An organisation is no "he": without a person, the sentence gives no headline.
    assert [e.title for e in events_of("The European Union agreed on Tuesday. He left in 2019.")] == [
        "The European Union agreed"]


def test_a_record_since_a_date_dates_nothing_then():
    found = events_of("The strike was the first at the port since 2002, when workers walked out for nine days. "
                      "Inflation hit its highest level since 1990 in January.")
    by_date = {}
    for e in found:
        by_date.setdefault(e.date, []).append(e.title)
    assert by_date["2002"] == ["Workers walked out for nine days"]  # the when-clause, not the record
    assert "1990" not in by_date


def test_the_dateline_agency_is_no_tag_of_the_lead(tmp_path):
    from timeline.documents import read_document

    (tmp_path / "strike.txt").write_text(
        "Port strike ends\n\nROTTERDAM, March 14, 2025 (Reuters) - Dock workers voted on Thursday to accept "
        "a pay deal, ending a strike that began on Feb. 21 in Europe's largest port.\n", encoding="utf-8")
    doc = read_document(tmp_path / "strike.txt", tmp_path)
    found = extract_events(doc, tag(doc.text, dct=doc.dct))
    assert found and all("Reuters" not in e.entities for e in found)
    assert any("Europe" in e.entities for e in found)


def test_a_when_clause_keeps_its_decimal_figures_and_a_time_zone_leaves_the_headline():
    found = events_of("It was the strongest to hit the region since 2010, when a magnitude 8.8 earthquake killed "
                      "more than 500 people. The quake hit at 3:42 a.m. local time on Tuesday.")
    titles = {e.date: e.title for e in found}
    assert titles["2010"] == "A magnitude 8.8 earthquake killed more than 500 people"
    assert titles["2025-02-11T03:42"] == "The quake hit"


def test_a_baseline_or_a_period_end_dates_no_event_of_its_own():
    found = events_of("Revenue for the quarter ended Sept. 30 climbed 12% to $14.3 billion from $12.8 billion "
                      "a year earlier. Chief executive Maria Lopez, who took over in January, is upbeat.", dct="2023-10-24")
    by_date = {e.date: e.title for e in found}
    assert by_date.get("2023-Q3") == "Revenue climbed 12% to $14.3 billion from $12.8 billion"
    assert "2023-09-30" not in by_date and "2022-Q3" not in by_date  # the quarter's end, the baseline
    assert by_date.get("2023-01") == "Chief executive Maria Lopez took over"


_WORDS = ["It", "it", "He", "said", "that", "its", "the", "quarter", "ended", "Sept.", "30", "since", "2002", ",",
          "when", "from", "$12.8", "billion", "a", "year", "earlier", "which", "raises", "Poland", "Hungary", "and",
          "joined", "on", "Monday", ".", ";", "``", "''", "By", "first", "strike", "began", "Feb.", "21", "is",
          "due", "took", "over", "in", "January", "8.8", "local", "time", "3:42", "a.m.", "\n", "NATO", "Russia"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join),
       st.sampled_from([None, "2025-02-13", "1998-08-07"]))
def test_any_sentence_gives_events_with_a_title_and_a_quote_or_none(text, dct):
    for event in events_of(text, dct=dct):
        assert event.title.strip() and event.text.strip() and event.sources
