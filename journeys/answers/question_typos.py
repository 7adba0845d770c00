"""Typos of the general words questions are asked with ("custmers", "complants", "feeback"). Each is read as the
word meant, so that it neither looks like a subject the base lacks nor steers the search.

A typed word is such a typo when all of these hold:
- it is no English word and no word of the base's names;
- it is one edit (or one swap of neighbours; two in a long word) from exactly one English word that the
  understanding reads as a cue or a general word (journeys/answers/cues.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from journeys.answers.cues import CUES, GENERIC_TOPIC
from journeys.answers.short_forms import english_words
from journeys.answers.vocabulary import Vocabulary
from retrieval.tokens import stem

MIN_LENGTH = 5  # shorter words are one edit from too many others
LONG = 8  # a word this long may be two edits off ("reccuring")


@lru_cache(maxsize=1)
def _wanted() -> frozenset[str]:
    return frozenset({s for group in CUES.values() for s in group} | set(GENERIC_TOPIC))


@lru_cache(maxsize=64)
def _english_by_start(letter: str) -> dict[int, tuple[str, ...]]:
    """The English words starting with a letter, by length (a typo seldom changes the first letter)."""
    by_length: dict[int, list[str]] = {}
    for word in english_words():
        if word[0] == letter:
            by_length.setdefault(len(word), []).append(word)
    return {n: tuple(sorted(words)) for n, words in by_length.items()}


@lru_cache(maxsize=4096)
def _typo_of(lowered: str) -> str | None:
    by_length = _english_by_start(lowered[0])
    edits = 2 if len(lowered) >= LONG else 1
    near = [(d, w) for n in range(len(lowered) - edits, len(lowered) + edits + 1) for w in by_length.get(n, ())
            if 0 < (d := DamerauLevenshtein.distance(lowered, w)) <= edits and lowered != w + "s"]  # "wheres"
    meant = [(d, w) for d, w in near if stem(w) in _wanted()]
    if not meant:
        return None
    nearest = min(d for d, _ in meant)
    words = [w for d, w in meant if d == nearest]
    return words[0] if len(words) == 1 else None  # as near to two cue words: no safe reading


def meant_word(typed: str, names: frozenset[str]) -> str | None:
    """The cue word a typed word is a typo of, or None."""
    lowered = typed.lower()
    if len(lowered) < MIN_LENGTH or not lowered.isalpha() or lowered in english_words() or stem(lowered) in names:
        return None
    if lowered.endswith("s") and lowered[:-1] in english_words():
        return None  # a plural or a possessive typed bare ("limes unlock rate"): a word, no typo
    return _typo_of(lowered)


def fold_typos(question: str, vocab: Vocabulary) -> str:
    """The question with each typo of a cue word written as the word meant."""
    if not english_words():
        return question
    names = frozenset(s for e in vocab.entities for s in e.stems) | frozenset(vocab.house)
    return re.sub(r"(?<![\w'-])[A-Za-z]+(?![\w'-])", lambda m: meant_word(m.group(0), names) or m.group(0), question)
