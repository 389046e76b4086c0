"""Evidence proposals (issue 9), prop19: a stance word negated a few words before it ("does not
deny", "had not confirmed", "no one disputed") takes no stance. Sentences written for these
tests, of fictional agencies and places."""

from __future__ import annotations

import pytest

from claims.linking.match import StanceWords, stance_in
from claims.linking.measures import stance_words

WORDS = StanceWords(*stance_words())


@pytest.mark.parametrize(
    "sentence",
    [
        "The slump does not deny that the Tarn index has had a remarkable decade.",
        "The ministry didn't dispute the count of 43 dead.",
        "No one questioned the figure of 12,000 homes.",
        "The police had not confirmed the organisers' figure of 50,000.",
        "The count has not been verified by the Harlow Survey.",
        "The agency never confirmed the 300 arrests.",
    ],
)
def test_a_negated_stance_word_takes_no_stance(sentence: str) -> None:
    assert stance_in(sentence, WORDS) is None


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The ministry disputed the count of 43 dead.", "disputes"),
        ("The Harlow Survey confirmed the magnitude of 6.1.", "supports"),
        # A negation elsewhere in the sentence leaves the stance word alone.
        ("The ministry, which had no comment on Monday, rejected the count.", "disputes"),
        ("The police confirmed the figure, saying there was no doubt.", "supports"),
    ],
)
def test_a_stance_word_not_negated_keeps_its_stance(sentence: str, stance: str) -> None:
    found = stance_in(sentence, WORDS)
    assert found is not None and found[0] == stance, found
