"""The base's own word for the people it serves, read from its journeys' personas.

A persona names them first ("Resident with a car...", "Guest staying 1-4 nights...", "Private motor or home
policyholder making a claim"): its head noun, the last word before the first word that starts describing them
(a preposition, "who"/"whose", an -ing or -ed participle, a bracket or comma). In a question that word means "customers"
("what do residents like?"), never a subject to filter comments by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.tokens import stem

# General words for the people a journey serves, as stems: they name no team, place or subject.
PEOPLE_TOPIC = frozenset({"custom", "user", "client", "buyer", "shopper", "prospect", "visitor", "consum"})
_DESCRIBING = frozenset("with whose who that which in on at for from of to by whom where when while into onto over "
                        "under through aged".split())


def head_noun(persona: str) -> str | None:
    """The word a persona names its people by, or None when it does not start with a noun phrase."""
    head = re.split(r"[(),;:]|\s[\u2014\u2013-]\s|\.\s", persona.strip() + " ", maxsplit=1)[0]
    words: list[str] = []
    for word in re.findall(r"[A-Za-z][\w'-]*", head):
        lowered = word.lower()
        # a participle describes them: "deciding how...", "auto-enrolled into..." (not a first word: "Tenant")
        if lowered in _DESCRIBING or (lowered.endswith(("ing", "ed")) and len(lowered) >= 5 and words):
            break
        words.append(lowered)
    return words[-1] if words else None


def people_stems(personas: Iterable[str | None]) -> set[str]:
    """The stems of the personas' head nouns."""
    return {stem(noun) for persona in personas if persona and (noun := head_noun(persona))}
