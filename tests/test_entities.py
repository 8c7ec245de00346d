"""Entity tags: gazetteer aliases, people, organisations, aliases a text establishes."""
from __future__ import annotations

from timeline.entities import aliases_of, entity_kind, find_entities, people_of


def test_aliases_are_normalised():
    assert find_entities("The U.S. and the US and America and the United States") == ["United States"]


def test_people_by_their_title_and_later_by_surname():
    text = "U.S. Defense Secretary Pete Hegseth arrived. Vice President J.D. Vance left. Hegseth spoke."
    people = people_of(text)
    assert people["Hegseth"] == "Pete Hegseth" and people["Vance"] == "J.D. Vance"
    assert find_entities("Hegseth spoke to Vance.", people) == ["Pete Hegseth", "J.D. Vance"]
    assert entity_kind("Pete Hegseth") == "person"


def test_people_by_newsroom_roles_and_scottish_names():
    people = people_of("Chief executive Maria Lopez spoke. White House spokesman Mike McCurry said so. "
                       "CEO Tim Cook left.")
    assert people["Lopez"] == "Maria Lopez" and people["McCurry"] == "Mike McCurry" and people["Cook"] == "Tim Cook"


def test_organisations_by_capitalisation():
    found = find_entities("He chaired the Ukraine Defense Contact Group before the Munich Security Conference.")
    assert "Munich Security Conference" in found
    assert entity_kind("Munich Security Conference") == "organisation"


def test_aliases_the_text_establishes():
    text = "The Stockholm International Peace Research Institute (SIPRI) said so. SIPRI added more."
    assert aliases_of(text)["SIPRI"] == "Stockholm International Peace Research Institute"
    assert find_entities("SIPRI added more.", aliases=aliases_of(text)) == ["Stockholm International Peace Research Institute"]


def test_the_alliance_is_nato_only_where_the_text_is_about_nato():
    about_nato = "NATO met. The Alliance agreed."
    assert find_entities("The Alliance agreed.", aliases=aliases_of(about_nato)) == ["NATO"]
    assert find_entities("The alliance of two families.", aliases=aliases_of("The alliance of two families.")) == []


def test_month_names_do_not_start_organisations():
    assert find_entities("The June Summit meeting in The Hague") == ["Netherlands"]


def test_unknown_names_repeated_mid_sentence_are_entities():
    from timeline.entities import unknown_names

    text = ("Talks between Kalormi and Venpo resumed. Officials in Kalormi said Venpo agreed. "
            "The Minister said so.")
    assert set(unknown_names(text)) == {"Kalormi", "Venpo"}


def test_a_surname_alone_takes_the_full_name_the_corpus_gives():
    from timeline.entities import unify_names

    texts = ["Former President Donald Trump spoke.", "Trump's triumph in The Hague."]
    assert unify_names([["Trump", "Netherlands"]], texts) == [["Donald Trump", "Netherlands"]]


def test_the_factored_gazetteer_regex_finds_what_a_plain_alternation_finds():
    """The aliases are one regex factored by prefix, for speed; longest alias first, as before."""
    import random
    import re

    from timeline import entities

    aliases = [a for a, _ in entities._ALIASES]
    plain = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")
    rng = random.Random(3)
    for _ in range(200):
        text = " ".join(rng.choice(aliases + ["the", "of", "U.S.A", "Irelands", "Korean"])
                        + rng.choice(["", ".", ",", "s", "'s", "-"]) for _ in range(30))
        assert [m.span() for m in entities._GAZ.finditer(text)] == [m.span() for m in plain.finditer(text)]
