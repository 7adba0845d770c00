"""How a typed word matches a word of a name: as typed, with a typo (neighbouring letters swapped too), cut
short ("doc" of Document), and a name's words in a row with its small words aside. The one home of these rules;
vocabulary.py matches names with them."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from retrieval.tokens import stem

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stems(text: str) -> list[str]:
    return [name_stem(w) for w in words(text)]


@lru_cache(maxsize=8192)
def name_stem(word: str) -> str:
    """The Snowball stem, with one of its splits mended: a plural in "-ses" of a word that ends in "s" ("lenses",
    "campuses") gets its singular's stem ("len"), as Snowball cuts the two apart ("lens" of lenses)."""
    base = word[:-2]
    if word.endswith("ses") and len(base) >= 4 and base.endswith("s") and not base.endswith("ss"):
        from journeys.answers.short_forms import english_words

        if base in english_words():
            return stem(base)
    return stem(word)

SMALL_WORDS = {"to", "of", "and", "the", "per", "a", "an", "in", "on", "for"}


def clips(word: str, names: set[str] | list[str] | tuple[str, ...]) -> bool:
    """Is `word` (three letters or more) the start of a longer word of `names` ("doc" of Document upload)?"""
    return len(word) >= 3 and any(len(n) > len(word) and n.startswith(word) for n in names)


def same_family(a: str, b: str) -> bool:
    """Two stems of one word family that Snowball cut apart ("departur" of departures, "depart" of Departing):
    the same, or the shorter (five letters or more) starts the longer, which runs at most three letters on."""
    short, long = sorted((a, b), key=len)
    return a == b or len(short) >= 5 and len(long) - len(short) <= 3 and long.startswith(short)


def typed_in(part: str, q_content: list[str]) -> bool:
    """A name's word in the question, as typed or with a typo (words long enough to be distinctive): the one
    rule for typos in names."""
    return part in q_content or len(part) >= 5 and any(
        len(w) >= 4 and (fuzz.ratio(part, w) >= 84 or _swapped(part, w))
        for w in q_content)


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring letters typed the other way round ("resluts" for results)."""
    return sorted(a) == sorted(b) and DamerauLevenshtein.distance(a, b) == 1


@lru_cache(maxsize=8192)
def _typed(part: str, words: tuple[str, ...]) -> bool:
    """typed_in, kept per name word and question: the names of a base share words (a stage and its touchpoints),
    and a question's places are matched more than once."""
    return typed_in(part, list(words))


@lru_cache(maxsize=8192)
def _cut(part: str, words: tuple[str, ...]) -> bool:
    """Is a word of the question this name word cut short?"""
    return any(clips(w, (part,)) for w in words)


def name_strength(name: tuple[str, ...], q_stems: list[str], q_content: list[str]) -> float:
    return NameMatch(q_stems, q_content).strength(name)


def _in_a_row(name: tuple[str, ...], typed: list[str]) -> bool:
    return any(tuple(typed[i:i + len(name)]) == name for i in range(len(typed) - len(name) + 1))


class NameMatch:
    """How strongly each name is typed in one question (`strength`): the question's side is read once, for all
    the names of a base (vocabulary.match_entities weighs every one)."""

    def __init__(self, q_stems: list[str], q_content: list[str]) -> None:
        self.typed = [s for s in q_stems if s not in SMALL_WORDS]
        self.typed_set = set(self.typed)
        self.content = set(q_content)
        self.words = tuple(q_content)

    def strength(self, name: tuple[str, ...], prefix_alone: bool = False) -> float:
        """`prefix_alone`: no other name of the base has this name's words but its last in a row (see below)."""
        if not name:
            return 0.0
        n = len(name)
        # The name's words in a row, its small words aside ("booking appointments" for Booking an appointment); a
        # longer name so typed is the better match than a shorter one inside it (the stage Booking).
        own = tuple(s for s in name if s not in SMALL_WORDS) or name
        typed = self.typed
        if self.typed_set.issuperset(own) and _in_a_row(own, typed):  # superset first: the cheap test
            return 1.0 + 0.01 * (len(own) - 1)
        words_only = tuple(s for s in own if not s.isdigit())
        if words_only and words_only != own and _in_a_row(words_only, typed):
            return 0.9  # "the helpline" for 24/7 helpline: a number in a name is seldom typed (typed, it wins)
        content = self.content
        if n > 1 and all(s in content for s in name if s not in SMALL_WORDS):  # "booking appointments"
            return 0.85
        if prefix_alone and len(own) >= 3 and _in_a_row(own[:-1], typed):
            return 0.75  # "my account" for My Account portal: a long name typed in a row but for its last word
        # Typos: compare each name word with the question's words (only for words long enough to be distinctive).
        words = self.words
        mistyped = [part for part in name if _typed(part, words)]
        hits = len(mistyped)
        # A name's word cut short ("doc upload" for Document upload), beside another of its words typed in full
        # (a word already counted as typed is not counted again: "only" is not both "online" mistyped and cut
        # short).
        clipped = sum(1 for part in name if part not in content and part not in mistyped and _cut(part, words))
        if hits == n or (n > 1 and hits >= 1 and hits + clipped == n):
            return 0.75
        # Most of a long name ("the jira import" for "Jira and Trello import"): two distinctive words or more.
        distinctive = [part for part in dict.fromkeys(name) if len(part) >= 3]  # a word the name repeats counts once
        found = [part for part in distinctive if part in content]
        if len(found) >= 2 and len(found) / len(set(name)) >= 0.5:
            return 0.75
        return 0.0
