"""Personal data out of free text: e-mail addresses, phone numbers, card numbers and IBANs.

One home for the rule, used by ingest (every stored text column), votes and anything logged from Slack::

    from knowledge.redaction import redact
    clean = redact("call me on 914-329-0185 or mail a.b@example.com")
    clean.text    # 'call me on [phone] or mail [email]'
    clean.counts  # {'phone': 1, 'email': 1}

Checks keep false positives down: a card number must pass Luhn and start like a card (2-6), an IBAN must
pass its mod-97 checksum and have its country's length, a phone number must be valid for its country
(`phonenumbers`, offline) and grouped the way that country groups it. A bare run of digits right after an
identifier word ("claim 4016688561", "ticket #...") is a reference number, not a phone number; decimals
(coordinates such as 40.64656067) are never phone numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

KINDS = ("email", "phone", "card", "iban")
PLACEHOLDERS = {kind: f"[{kind}]" for kind in KINDS}
DEFAULT_REGIONS: tuple[str, ...] = ("US", "GB")  # how numbers written without +country are read

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")
_CARD = re.compile(r"(?<![\w.,])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w,]|\.\d)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_DECIMAL = re.compile(r"^[(\[]?-?\d+\.\d+$")
_BARE_DIGITS = re.compile(r"^\d+$")
_PHONE_SHAPE = re.compile(r"(?<![\w+])(?:\+\d|\(?0[1-9])")  # how a phone number is written, never an id
_PHONE_HINT = re.compile(r"\d(?:[^\w\n]{0,3}\d){6,}")  # seven digits or more, a few separators apart
# Words after which a bare number is a reference, not a phone number (case-insensitive, the last few words).
_ID_CUE = re.compile(r"(?:\b(?:claim|ticket|e-?ticket|ref|reference|confirmation|conf|case|incident|order|booking|"
                     r"res|reservation|record|locator|pnr|tag|bag|file|account|acct|member|id|invoice|"
                     r"receipt|tracking|sr)\b|#)\W{0,3}(?:\w+\W{1,3}){0,1}$", re.IGNORECASE)
# IBAN length per country (ISO 13616 registry).
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24,
    "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24,
    "XK": 20,
}


@dataclass(frozen=True)
class Redacted:
    """The text with each finding replaced by its placeholder, and how many of each kind were found."""

    text: str
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_ok(candidate: str) -> bool:
    compact = candidate.replace(" ", "")
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _card_spans(text: str) -> Iterable[tuple[int, int, str]]:
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            yield match.start(), match.end(), "card"


def _iban_spans(text: str) -> Iterable[tuple[int, int, str]]:
    for match in _IBAN.finditer(text):
        candidate = match.group().rstrip()
        # The regex is greedy over spaced groups: try shorter prefixes so trailing words do not spoil a match.
        for end in range(len(candidate), 14, -1):
            piece = candidate[:end].rstrip()
            if iban_ok(piece):
                yield match.start(), match.start() + len(piece), "iban"
                break


def _is_reference(text: str, start: int, raw: str) -> bool:
    return bool(_BARE_DIGITS.match(raw)) and bool(_ID_CUE.search(text[max(0, start - 40):start]))


def _phone_spans(text: str, regions: Sequence[str]) -> Iterable[tuple[int, int, str]]:
    if not _PHONE_HINT.search(text):
        return
    # Valid numbers in any of the regions; and numbers written the way only phone numbers are (a leading + or
    # a trunk 0) that are merely possible: reserved ranges (07700 900xxx) and new allocations are still contact
    # data, while flight numbers, years and ids, which are possible numbers too, never start that way.
    passes = [(phonenumbers.Leniency.STRICT_GROUPING, None)]
    if _PHONE_SHAPE.search(text):
        passes.append((phonenumbers.Leniency.POSSIBLE, _PHONE_SHAPE))
    for leniency, shape in passes:
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
                raw = match.raw_string
                if _DECIMAL.match(raw) or _is_reference(text, match.start, raw):
                    continue
                if shape is not None and not (shape.match(raw) and 10 <= sum(c.isdigit() for c in raw) <= 13):
                    continue
                start = match.start + 1 if raw.startswith("(") and ")" not in raw else match.start
                yield start, match.end, "phone"


def redact(text: str, regions: Sequence[str] = DEFAULT_REGIONS) -> Redacted:
    """Replace e-mail addresses, phone numbers, card numbers and IBANs in `text` by `[email]`, `[phone]`, ..."""
    if not text or not any(c.isdigit() or c == "@" for c in text):
        return Redacted(text, {})
    if len(text) <= 64:  # short cells (ids, dates, places, time zones) repeat across rows: remember them
        return _redact_short(text, tuple(regions))
    return _redact(text, regions)


@lru_cache(maxsize=50_000)
def _redact_short(text: str, regions: tuple[str, ...]) -> Redacted:
    return _redact(text, regions)


def _redact(text: str, regions: Sequence[str]) -> Redacted:
    spans = [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    spans += list(_card_spans(text)) + list(_iban_spans(text)) + list(_phone_spans(text, regions))
    # Earlier kinds win an overlap (an e-mail's digits are no phone number; a card's digits no phone either).
    taken: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, kind))
    if not taken:
        return Redacted(text, {})
    taken.sort()
    parts, last = [], 0
    for start, end, kind in taken:
        parts.append(text[last:start])
        parts.append(PLACEHOLDERS[kind])
        last = end
    parts.append(text[last:])
    return Redacted("".join(parts), dict(Counter(kind for _, _, kind in taken)))


def redact_value(value: str | None, counts: Counter, regions: Sequence[str] = DEFAULT_REGIONS) -> str | None:
    """Redact one optional field, adding what was found to `counts` (handy for many columns of a row)."""
    if not value:
        return value
    result = redact(value, regions)
    counts.update(result.counts)
    return result.text
