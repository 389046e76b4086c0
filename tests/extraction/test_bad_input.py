"""Bad input: no crash, a sensible result, a warning where something was skipped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract
from tests.extraction.scoring import GOLD

SEED_000 = (GOLD / "000_cdebc3741c9015b3.txt").read_text(encoding="utf-8")

BAD_INPUTS = {
    "empty": "",
    "whitespace only": " \n\n\t ",
    "no quotes or numbers": "The talks went on late into the night and nobody left the room.",
    "unclosed at the start": "“It never closes. " + "The rest of the article. " * 40,
    "only marks": '“”“”""‘’”“',
    "zero-width and soft hyphens": "“We will\u200b win,” said Ahmad\u200dWali. 1\u00ad000 troops.",
    "arabic and emoji": "قال المتحدث “نحن هنا 🙂” — 15 جندياً and 7 tanks 🚀.",
    "crlf": "Line one.\r\n\r\n“Quoted,” he said.\r\n12 trucks\r\n",
    "lone surrogate-free oddities": "\ufeff\u2028“Odd\u2029text” 3\u00a0000 people ½ ⅓ ٣٤",
    "digits only": "1,2,3,4,5,6,7,8,9,10,11 1.2.3.4 99999999999999999999999999 0",
    "punctuation soup": ".,;:!?()[]{}—–-…" * 20,
}


def test_empty_text_gives_an_empty_result():
    result = extract("")
    assert (result.quotes, result.quantities, result.speakers, result.warnings) == ([], [], [], [])
    assert result.to_list() == []


def test_text_without_quotes_or_numbers_gives_nothing():
    result = extract(BAD_INPUTS["no quotes or numbers"])
    assert result.items() == []


def test_an_unclosed_mark_does_not_swallow_the_article_and_is_reported():
    text = "“It never closes.\n\n" + "The army said “we hold 40 posts,” on Monday.\n\n" * 3
    result = extract(text)
    assert any("unclosed quotation mark at offset 0" in w for w in result.warnings)
    assert [q.text for q in result.quotes] == ["we hold 40 posts"] * 3
    assert all(q.end - q.start < 40 for q in result.quotes)


def test_a_new_opening_mark_before_the_old_one_closed_restarts_the_quote():
    result = extract("He said “we stay. She said “we go,” and left.")
    assert [q.text for q in result.quotes] == ["we go"]
    assert any("unclosed quotation mark at offset 8" in w for w in result.warnings)


def test_odd_inputs_do_not_crash():
    for text in BAD_INPUTS.values():
        extract(text)


def test_zero_width_characters_are_warned_about():
    result = extract(BAD_INPUTS["zero-width and soft hyphens"])
    assert any("zero-width" in w for w in result.warnings)


def test_an_unreadable_number_is_skipped_with_a_warning():
    result = extract("The list read 1,2,3,4 and nothing more.")
    assert result.quantities == []
    assert any("unreadable number" in w for w in result.warnings)


def test_a_large_document_gives_the_same_items_for_every_copy():
    # ~1 MB made of seed copies: linear scanning means each copy yields the same items.
    copies = 1_000_000 // len(SEED_000) + 1
    single = extract(SEED_000)
    result = extract("\n\n".join([SEED_000] * copies))
    assert len(result.quotes) == copies * len(single.quotes)
    assert len(result.quantities) == copies * len(single.quantities)


def test_a_megabyte_without_punctuation_or_closing_mark_is_handled():
    result = extract("“" + "word " * 200_000)
    assert result.quotes == []
    assert any("unclosed" in w for w in result.warnings)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("“”‘’\"'«»„ \n\r\t.,:;-–—%$0123456789")
            + ["said", "he", "Taliban", "at least", "per cent", "of", "to", "between", "and"]
            + ["thousands", "two", "million", "July", "Mi-35", " ", "The", "ministry", "د", "🙂"]
        ),
        max_size=80,
    ).map("".join)
)
def test_any_text_gives_anchored_items_without_crashing(text):
    result = extract(text)
    for item in result.items():
        assert text[item.start : item.end] == item.text
        assert item.start < item.end
