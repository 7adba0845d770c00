"""What a logged feedback item or touchpoint may hold: each rule once, for Slack and the CLI alike.

A bad field raises `InvalidField` naming the field, so a modal can show the message on that field and a
one-liner or the CLI can print it. Free text is redacted here, before anything is stored or echoed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from journeys.errors import JourneyError
from knowledge.redaction import DEFAULT_REGIONS, redact, redact_value

# Score scales: (lowest, highest) per score type.
SCALES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
SOURCES = ("call", "chat", "email", "social", "in person")
EMOTIONS = range(-2, 3)
MAX_TEXT, MAX_NAME, MAX_SHORT = 3000, 150, 200


@dataclass
class Redactor:
    """Redacts one item's free text with the installation's phone regions (`JOURNEY_PHONE_REGIONS`) and
    tallies what it replaced, for the "Redacted 1 e-mail address" note."""

    regions: tuple[str, ...] = tuple(DEFAULT_REGIONS)
    counts: Counter = field(default_factory=Counter)

    def __call__(self, value: str | None) -> str | None:
        return redact_value(value, self.counts, self.regions)

    def finds_contact(self, value: str) -> bool:
        return bool(redact(value, self.regions).counts)


class InvalidField(JourneyError):
    """A logged item's field that cannot be stored as given."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


@dataclass
class FeedbackInput:
    text: str
    where: str | None = None  # a stage or touchpoint as typed (resolved fuzzily)
    stage_id: str | None = None  # or picked
    touchpoint_id: str | None = None
    score: str | float | None = None
    score_type: str | None = None
    segment: str | None = None
    customer_ref: str | None = None
    source: str | None = None
    author: str | None = None
    channel_id: str | None = None
    permalink: str | None = None
    key: str | None = None  # idempotency: the same key stores one item


@dataclass
class TouchpointInput:
    name: str
    stage: str  # a stage id (picked) or name (typed)
    channel: str | None = None
    owner: str | None = None
    description: str | None = None
    emotion: str | int | None = None
    pain_points: list[str] = field(default_factory=list)
    opportunities: list[str] = field(default_factory=list)
    author: str | None = None
    channel_id: str | None = None
    permalink: str | None = None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _limit(field_name: str, value: str | None, limit: int, label: str) -> str | None:
    if value is not None and len(value) > limit:
        raise InvalidField(field_name, f"the {label} is {len(value)} characters long; at most {limit} fit")
    return value


def verbatim(text: str | None, redactor: Redactor) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidField("text", "the verbatim is missing: write what the customer said")
    _limit("text", text, MAX_TEXT, "verbatim")
    return redactor(text) or ""


def score(value: str | float | None, score_type: str | None) -> tuple[float | None, str | None]:
    """(score, type) within the type's scale; a type alone is dropped, a score alone is read as NPS."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    kind = (score_type or "nps").strip().lower()
    if kind not in SCALES:
        raise InvalidField("score_type", f"unknown score type “{score_type}”; use NPS, CSAT or CES")
    low, high = SCALES[kind]
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise InvalidField("score", f"the score “{value}” is not a number; {kind.upper()} runs {low}–{high}") from None
    if not number.is_integer() or not low <= number <= high:
        raise InvalidField("score", f"{kind.upper()} is a whole number from {low} to {high}; {value} is outside")
    return number, kind


def source(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    normal = value.lower().replace("-", "").replace("_", " ")
    normal = {"e mail": "email", "inperson": "in person", "phone": "call", "social media": "social"}.get(normal,
                                                                                                         normal)
    if normal not in SOURCES:
        raise InvalidField("source", f"unknown source “{value}”; use one of {', '.join(SOURCES)}")
    return normal


def customer_ref(value: str | None, redactor: Redactor) -> str | None:
    """An account or case id; contact details are refused outright rather than stored redacted."""
    value = _limit("customer_ref", _clean(value), MAX_SHORT, "customer reference")
    if value is not None and redactor.finds_contact(value):
        raise InvalidField("customer_ref", "a customer reference is an account or case id, never contact details "
                                           "(an e-mail address, phone, card or IBAN)")
    return value


def short_text(field_name: str, value: str | None, redactor: Redactor, label: str,
               limit: int = MAX_SHORT) -> str | None:
    return _limit(field_name, redactor(_clean(value)), limit, label)


def emotion(value: str | int | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip().replace("−", "-").replace("+", ""))
    except ValueError:
        raise InvalidField("emotion", f"the emotion “{value}” is not a whole number from -2 to +2") from None
    if number not in EMOTIONS:
        raise InvalidField("emotion", f"the emotion runs from -2 (angry) to +2 (delighted); {value} is outside")
    return number


def lines(field_name: str, values: list[str], redactor: Redactor, label: str) -> list[str]:
    """One entry per line (blank lines dropped), each redacted."""
    out = []
    for value in values:
        for line in (value or "").splitlines():
            cleaned = short_text(field_name, line.strip(" -•*\t"), redactor, label, MAX_TEXT)
            if cleaned:
                out.append(cleaned)
    return out


def name(value: str | None, redactor: Redactor) -> str:
    cleaned = short_text("name", value, redactor, "name", MAX_NAME)
    if not cleaned:
        raise InvalidField("name", "the touchpoint's name is missing")
    return cleaned


def redaction_note(counts: Counter | dict) -> str | None:
    """`"Redacted 1 e-mail address and 1 phone number."` without repeating them; None when nothing was."""
    nouns = {"email": ("e-mail address", "e-mail addresses"), "phone": ("phone number", "phone numbers"),
             "card": ("card number", "card numbers"), "iban": ("IBAN", "IBANs")}
    order = [*nouns, *sorted(set(counts) - set(nouns))]
    parts = [f"{counts[kind]} {nouns.get(kind, (kind, kind + 's'))[counts[kind] != 1]}" for kind in order
             if counts.get(kind)]
    if not parts:
        return None
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Redacted {joined} before storing it."
