"""News-like text of any size, from sentence templates written for factdb (no third-party text).

Each paragraph reads like a wire report: named people and organisations quoted with the usual
cues ("said", "told", "according to"), pronoun attributions, role phrases, and the numbers a desk
checks (percentages, counts with bounds, parts of a whole, vague amounts, ranges). Names are drawn
from a pool that grows with the text, as a long article or a digest names more people, so the
speaker lookups and claim matching see realistic variety rather than one name repeated.

    from benchmarks.newsgen import news_text
    text = news_text(100_000, seed=1)   # about 100 KB of UTF-8
"""

from __future__ import annotations

import random

FIRST = [
    "Amina", "Jonas", "Farida", "Tomas", "Leila", "Viktor", "Noor", "Pavel", "Sahar", "Daniel",
    "Irina", "Karim", "Marta", "Omid", "Elena", "Rahim", "Sofia", "Yusuf", "Clara", "Idris",
]  # fmt: skip
LAST = [
    "Haidari", "Keller", "Rostami", "Novak", "Sadeghi", "Larsen", "Qureshi", "Ivanova", "Mendes",
    "Barakzai", "Hoffmann", "Petrov", "Wardak", "Lindqvist", "Osmani", "Duarte", "Karimi",
    "Sorensen", "Nazari", "Bauer",
]  # fmt: skip
ROLES = [
    "the provincial governor", "the defence ministry's spokesman", "a senior police official",
    "the country's ambassador to the United Nations", "the interior minister",
    "a local council member", "the army's chief of staff", "an aid agency coordinator",
]  # fmt: skip
ORGANISATIONS = [
    "the Northern Alliance Council", "the Red Crescent", "the Ministry of Defence",
    "the Regional Security Office", "the Farmers' Union", "the Border Authority",
    "the National Statistics Bureau", "the Refugee Agency",
]  # fmt: skip
PLACES = [
    "Kunduz", "Herat", "the northern provinces", "the border districts", "the capital",
    "the eastern valleys", "the river crossing", "the southern plains",
]  # fmt: skip
NOUNS = [
    "troops", "families", "districts", "checkpoints", "schools", "trucks", "villages",
    "soldiers", "refugees", "clinics",
]  # fmt: skip
QUOTES = [
    "We will not abandon the people of {place}",
    "The situation is under control, and the roads are open again",
    "Nobody expected the front to move this quickly",
    "Our teams are working day and night to reach {place}",
    "This is a humanitarian emergency, not a political one",
    "We need air support, and we need it now",
    "The numbers are much higher than anyone has admitted",
    "There will be no negotiations while the fighting continues",
]  # fmt: skip


class _Names:
    """A growing pool of invented people: one new name every few paragraphs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[str] = []

    def person(self) -> str:
        if not self.people or self.rng.random() < 0.25:
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if self.rng.random() < 0.5:  # middle initials widen the pool as the text grows
                name = f"{name.split()[0]} {chr(65 + self.rng.randrange(26))}. {name.split()[1]}"
            self.people.append(name)
            return name
        return self.rng.choice(self.people)


def _number(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
    return f"{n:,}"


def _quantity(rng: random.Random) -> str:
    noun = rng.choice(NOUNS)
    return rng.choice(
        [
            f"at least {_number(rng)} {noun}",
            f"more than {_number(rng)} {noun}",
            f"about {rng.randint(5, 95)} per cent of the {noun}",
            f"over {rng.randint(5, 95)}% of the territory",
            f"{rng.randint(10, 200)} of {rng.randint(201, 420)} {noun}",
            f"between {rng.randint(10, 50)} and {rng.randint(51, 120)} {noun}",
            f"hundreds of {noun}",
            f"up to {_number(rng)} {noun}",
        ]
    )


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _paragraph(rng: random.Random, names: _Names) -> str:
    person, role = names.person(), rng.choice(ROLES)
    organisation, place = rng.choice(ORGANISATIONS), rng.choice(PLACES)
    quote = rng.choice(QUOTES).format(place=place)
    other = rng.choice(QUOTES).format(place=rng.choice(PLACES))
    sentences = [
        rng.choice(
            [
                f"{person}, {role}, said “{quote}.”",
                f"“{quote},” {person} told reporters in {place}.",
                f"Speaking in {place}, {role} {person} said that “{quote.lower()}”.",
                f"“{quote},” said {person}.",
            ]
        ),
        rng.choice(
            [
                f"{_upper_first(organisation)} said {_quantity(rng)} had been affected in {place}.",
                f"According to {organisation}, {_quantity(rng)} remain in {place}.",
                f"Officials estimate that {_quantity(rng)} have left {place} since the spring.",
                f"The report counted {_quantity(rng)} near {place}.",
            ]
        ),
        rng.choice(
            [
                f"“{other},” he said.",
                "She added that the figures would be revised next week.",
                f"“{other},” she added.",
                "The claim could not be independently verified.",
            ]
        ),
    ]
    if rng.random() < 0.4:
        sentences.append(
            f"{_upper_first(organisation)} controls {_quantity(rng)}, it says, a figure "
            f"disputed by {names.person()}."
        )
    return " ".join(sentences)


def news_text(size: int, seed: int = 0) -> str:
    """About `size` bytes of UTF-8 news text (cut at a paragraph end), the same for a seed."""
    rng = random.Random(seed)
    names = _Names(rng)
    paragraphs: list[str] = [f"Digest {seed}: the week in the provinces"]
    length = len(paragraphs[0].encode("utf-8"))
    while length < size:
        paragraph = _paragraph(rng, names)
        paragraphs.append(paragraph)
        length += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs) + "\n"
