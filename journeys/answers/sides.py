"""The two sides of a comparison ("the eligibility checker vs the zone map"), each linked to a place.

Read from the question's grammar (general English): the words either side of "vs", "versus", "compared to",
"compare A and B", "between A and B". A side names a place when a place's name matches it, or when exactly one
place's name holds every content word of the side (a shortening: "the zone map" for "Controlled parking zone
map"). Sides that stay unlinked are left for a link by meaning (journeys/names.py), which needs the index.
"""

from __future__ import annotations

import re

from journeys.answers.periods import asks_latest, is_time_word
from journeys.answers.spelling import same_family
from journeys.answers.vocabulary import Entity, Vocabulary, content_stems

_PATTERNS = (
    re.compile(r"\bcompar(?:e|ing)\s+(?P<a>.+?)\s+(?:and|with|to|against|vs\.?|versus)\s+(?P<b>.+)"),
    re.compile(r"\bbetween\s+(?P<a>.+?)\s+and\s+(?P<b>.+)"),
    re.compile(r"(?P<a>.+?)\s+(?:vs\.?|versus|compared (?:to|with)|against)\s+(?P<b>.+)"),
    re.compile(r"\bwhich\b[^,:?]*[,:]\s*(?P<a>.+?)\s+or\s+(?P<b>.+)"),  # "which is further off target, A or B?"
    # "do people complain more about A or B"
    re.compile(r"\b(?:more|less|fewer|worse|better) (?:about|with|at|on|for|in|of)\s+(?P<a>.+?)\s+or\s+(?P<b>.+)"),
    # "are A having a worse time cancelling than B", "is A happier than B"
    re.compile(r"(?P<a>.+?)\s+(?:\w+ )?(?:worse|better|happier|unhappier|less happy|more satisfied|"
               r"less satisfied)\b.*?\bthan\s+(?P<b>.+)"),
)
# "vs everyone else", "than the rest", "compared with other customers": one side is all but the other.
_REST = re.compile(r"\b(?:vs\.?|versus|than|compared (?:to|with)|against|with)\s+(?:(?:all|the|every|of)\s+)*"
                   r"(?P<rest>(?:everyone|everybody|anyone|anybody)(?: else)?|rest(?: of (?:the |our |them)?\w+)?|"
                   r"others?(?: customers| people| users| members| segments| groups| clients| guests)?)\b")
# Where a side's noun phrase stops: punctuation, or a word that starts the rest of the question.
_CLAUSE_BREAK = re.compile(r"\s+[-–—]\s+|[,;:?!()]|\s(?:which|what|who|how|is|are|was|were|does|do|did|in terms|"
                           r"by|for|on|over|during|since|right now|now|atm|this|last|from|at the)\s")
_LEADING = re.compile(r"^(?:(?:the|our|a|an|how|what|which|is|are|does|do)\s+)+")
_WEAK = {"one", "thing", "better", "worse", "rate", "rated", "score", "survey", "touchpoint", "stage", "step",
         "journey"}


def comparison_sides(question: str) -> list[str]:
    """The text of each side, trimmed to its noun phrase; [] when the question compares nothing."""
    lowered = " ".join(question.lower().split())
    for pattern in _PATTERNS:
        m = pattern.search(lowered)
        if m is None:
            continue
        a = _CLAUSE_BREAK.split(f" {m.group('a')} ")[-1]
        b = _CLAUSE_BREAK.split(f" {m.group('b')} ")[0]
        sides = [_LEADING.sub("", side.strip()) for side in (a, b)]
        if all(sides):
            return sides
    return []


_LIST = re.compile(r"(?:^|[-–—:]\s)\s*(?P<items>[^-–—:?]*?\S\s+or\s+[^-–—:?,]+)\??\s*$")


def rest_side(question: str) -> str | None:
    """The words of a side that stands for everyone but the other side ("everyone else", "the rest"), or None."""
    m = _REST.search(" ".join(question.lower().split()))
    return m.group("rest") if m else None


def listed_sides(question: str) -> list[str]:
    """The items of a closing list ("... overall - household, business or psr?"), trimmed; [] when none."""
    m = _LIST.search(" ".join(question.lower().split()))
    if m is None:
        return []
    items = re.split(r"\s*,\s*|\s+or\s+", m.group("items"))
    return [_LEADING.sub("", item.strip()) for item in items if item.strip()]


def link_side(side: str, vocab: Vocabulary, kind: str | None = None, ignore: frozenset[str] = frozenset()
              ) -> Entity | None:
    """The place one side names. Places whose names hold every content word of the side (less `ignore`: the
    metric compared) come first, the one whose name the side covers most, the broader on a tie ("smart meter"
    is the journey Smart meter installation, not its touchpoint Smart meter offer: a touchpoint would need
    its own word); else the side's best name match."""
    def holders_of(text: str) -> tuple[set[str], list[Entity]]:
        wanted = {s for s in content_stems(text) if s not in _WEAK and s not in ignore and len(s) > 1}
        return wanted, [e for e in vocab.entities if e.id and e.kind in _BREADTH and (kind is None or e.kind == kind)
                        and wanted and wanted <= set(e.stems)]

    # a word of time is a word of a name that holds it ("first ride"), else it says when ("loyalty nps atm")
    wanted, holders = holders_of(side)
    if not holders:
        side = " ".join(w for w in side.split() if not (is_time_word(w) or asks_latest(w)))
        wanted, holders = holders_of(side)
    if holders:
        return max(holders, key=lambda e: (len(wanted) / len(set(e.stems)), -_BREADTH[e.kind]))
    matches = [m for m in vocab.match_entities(side) if m.strength >= 0.75 and m.entity.id
               and (kind is None or m.entity.kind == kind)]
    if matches:
        return matches[0].entity
    # "phone support" for Customer service phone: the one place holding the side's distinctive word
    partial = [e for e in vocab.entities if e.id and e.kind in _BREADTH and (kind is None or e.kind == kind)
               and any(len(s) >= 4 and any(same_family(s, own) for own in e.stems) for s in wanted)]
    by_share = sorted(partial, key=lambda e: -len(wanted & set(e.stems)))
    if by_share and (len(by_share) == 1 or len(wanted & set(by_share[0].stems)) > len(wanted & set(by_share[1].stems))):
        return by_share[0]
    return None


_BREADTH = {"journey": 0, "stage": 1, "touchpoint": 2}
