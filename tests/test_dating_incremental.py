"""Dating again from the last run's state gives exactly the dates a fresh run gives, over random
edits of a corpus; the state is used when no input dating read changed, and only then."""
from __future__ import annotations

import copy
import hashlib
import random
import sys

import pytest

from conftest import REPO, SEEDS
from timeline import dating
from timeline.dating import infer_corpus_dcts, mentions_of
from timeline.model import Document
from timeline.pipeline import load_documents

FIELDS = ("dct", "dct_source", "dct_confidence", "dct_reason")


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    """The seeds (four undated, dated from the fifth and from each other) and generated news."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_scale import news_article

    documents, _ = load_documents([SEEDS])
    for i in range(30):
        documents.append(Document(f"news-{i}", f"news-{i}.txt", f"News {i}", news_article(i)[0],
                                  dct=f"20{10 + i % 10}-03-0{i % 9 + 1}", dct_source="dateline"))
    return documents


def keys_of(documents):
    return {d.id: hashlib.sha256(repr(d).encode()).digest() for d in documents}


def test_dating_from_the_last_state_equals_dating_afresh_over_random_edits(corpus, monkeypatch):
    remembered = {}

    def mentions(doc):  # mentions_of, remembered, as the pipeline's cache does
        key = repr(doc)
        if key not in remembered:
            remembered[key] = mentions_of(doc)
        return remembered[key]

    matched = []
    real_corpus_clues = dating.corpus_clues
    monkeypatch.setattr(dating, "corpus_clues", lambda *a: matched.append(1) or real_corpus_clues(*a))
    reused = redone = 0
    for seed in range(4):
        rng = random.Random(seed)
        documents = copy.deepcopy(corpus)
        state = None
        for step in range(10):
            fresh = copy.deepcopy(documents)
            infer_corpus_dcts(fresh, mentions)
            again = copy.deepcopy(documents)
            matched.clear()
            state = infer_corpus_dcts(again, mentions, previous=state, keys=keys_of(again))
            assert [tuple(getattr(d, f) for f in FIELDS) for d in again] == \
                [tuple(getattr(d, f) for f in FIELDS) for d in fresh], f"seed {seed}, step {step}"
            if step:
                reused, redone = reused + (not matched), redone + bool(matched)
            edit(rng, documents, corpus, step)
    assert reused >= 5 and redone >= 5


def edit(rng: random.Random, documents: list[Document], corpus: list[Document], step: int) -> None:
    """A dated article tells again what it told, or gets a sentence of its own or one a seed
    tells (which the undated seeds may match), or is dated otherwise; an article comes or goes."""
    dated = [d for d in documents if d.dct]
    # The dated seed half the time: the undated seeds are dated from what it tells.
    action, doc = rng.random(), dated[0] if rng.random() < 0.5 else rng.choice(dated)
    if action < 0.3:
        doc.text += "\n" + rng.choice([s for s in doc.text.split("\n\n") if len(s) > 40]) + "\n"
    elif action < 0.45:
        doc.text += f"\nThe ministers meet again on {step + 1} March 2031.\n"
    elif action < 0.6:
        seed_text = rng.choice(corpus[:5]).text
        doc.text += "\n" + rng.choice([s for s in seed_text.split(". ") if len(s) > 40]) + ".\n"
    elif action < 0.7:
        doc.dct = rng.choice(["2025-02-19", "2024-06-25", "2025-02-12", "2023-07-11"])
    elif action < 0.85 and len(documents) > 6:
        documents.remove(rng.choice(documents[5:]))
    else:
        documents.append(Document(f"new-{step}", f"new-{step}.txt", "New", rng.choice(corpus).text,
                                  dct=rng.choice(["2025-02-13", "2001-01-01"]), dct_source="metadata"))


def test_a_state_is_not_used_when_the_dated_articles_come_in_another_order(corpus):
    documents = copy.deepcopy(corpus)
    state = infer_corpus_dcts(documents, previous=None, keys=keys_of(documents))
    reordered = copy.deepcopy(corpus[:5]) + copy.deepcopy(corpus[5:][::-1])
    assert dating._reuse(state, reordered, [d for d in reordered if not d.dct], dating.rare_words(reordered),
                         keys_of(reordered), mentions_of) is None


def test_an_article_the_undated_ones_were_dated_from_going_away_dates_them_again(corpus):
    """The only dated seed, told again under another name and date: the undated seeds lean on
    one or the other; without the copy, the state of the corpus with it must not serve."""
    documents = copy.deepcopy(corpus)
    dated_seed = next(d for d in documents[:5] if d.dct)
    documents.insert(0, Document("copy", "copy.txt", dated_seed.title, dated_seed.text, dct="2024-06-20",
                                 dct_source="metadata"))
    with_copy = copy.deepcopy(documents)
    state = infer_corpus_dcts(with_copy, previous=None, keys=keys_of(with_copy))
    without = copy.deepcopy(documents[1:])
    fresh = copy.deepcopy(without)
    infer_corpus_dcts(fresh)
    assert [d.dct for d in fresh] != [d.dct for d in with_copy[1:]]  # the copy did count
    infer_corpus_dcts(without, previous=state, keys=keys_of(without))
    assert [tuple(getattr(d, f) for f in FIELDS) for d in without] == \
        [tuple(getattr(d, f) for f in FIELDS) for d in fresh]


def test_words_become_common_and_an_undated_article_no_longer_matches():
    """The matching words of a sentence turned common by articles that name nothing dating
    asked about: the state must not serve, as the match it recorded no longer holds."""
    sentence = "Sweden signed the glorp frabble treaty in the harbour of Quintal.\n"
    documents = [Document("u", "u.txt", "Talks", sentence),
                 Document("d", "d.txt", "Treaty", "On 3 May 2020, " + sentence, dct="2020-05-05",
                          dct_source="metadata")]
    state = infer_corpus_dcts(documents, previous=None, keys=keys_of(documents))
    assert documents[0].dct == "2020"
    filler = [Document(f"f{i}", f"f{i}.txt", "Filler", f"the glorp frabble treaty harbour quintal signed again {i}.\n",
                       dct="2001-01-01", dct_source="metadata") for i in range(10)]
    documents = [Document("u", "u.txt", "Talks", sentence), documents[1]] + filler
    fresh = copy.deepcopy(documents)
    infer_corpus_dcts(fresh)
    assert fresh[0].dct == ""
    infer_corpus_dcts(documents, previous=state, keys=keys_of(documents))
    assert [tuple(getattr(d, f) for f in FIELDS) for d in documents] == \
        [tuple(getattr(d, f) for f in FIELDS) for d in fresh]
