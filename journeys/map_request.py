"""Does a message ask to see the journey map as a picture? ("show me the map", "journey map for returns?")

A request, not a question about the map's contents: it names a picture and either asks to be shown it or
says little else. Questions that start with a question word ("which touchpoints are on the map?") are
left to the answer engine.
"""

from __future__ import annotations

import re

from knowledge.text import slugify

PICTURE_WORDS = {"map", "maps", "diagram", "picture", "visual", "visualisation", "visualization", "drawing"}
REQUEST_WORDS = {"show", "draw", "see", "display", "send", "post", "give", "share", "render", "view"}
QUESTION_WORDS = {"which", "where", "why", "who", "when", "how", "whats", "what's"}
FILLER = {"me", "us", "the", "a", "an", "our", "of", "for", "please", "pls", "can", "could", "you", "journey",
          "customer", "whole", "full", "current", "this", "week", "week's", "here", "it", "on", "in"}


def map_request(question: str, journey_names: list[str]) -> tuple[bool, str | None]:
    """(asks for the map, the journey it names or None)."""
    words = re.findall(r"[a-z0-9'’]+", question.lower().replace("’", "'"))
    if not words or not PICTURE_WORDS & set(words):
        return False, None
    named = _journey_named(question, journey_names)
    rest = [w for w in words if w not in PICTURE_WORDS | FILLER]
    if named:
        rest = [w for w in rest if w not in set(slugify(named).split("-"))]
    asks = bool(REQUEST_WORDS & set(words)) and words[0] not in QUESTION_WORDS
    says_little = not [w for w in rest if w not in REQUEST_WORDS] and words[0] not in QUESTION_WORDS
    return asks or says_little, named


def _journey_named(question: str, journey_names: list[str]) -> str | None:
    text = f"-{slugify(question)}-"
    found = [name for name in journey_names if f"-{slugify(name)}-" in text]
    if not found:  # the first word of a journey name is enough when no other journey shares it
        firsts = {}
        for name in journey_names:
            firsts.setdefault(slugify(name).split("-")[0], []).append(name)
        found = [names[0] for first, names in firsts.items() if len(names) == 1 and f"-{first}-" in text
                 and first not in FILLER | PICTURE_WORDS]
    return max(found, key=len) if found else None
