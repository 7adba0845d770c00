"""Small text helpers shared by the loaders: slugs and content hashes."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """`Jira and Trello import` -> `jira-and-trello-import`; accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", folded.lower()).strip("-")


def content_hash(value: object) -> str:
    """A stable hash of any JSON-able value (keys sorted), for change detection and ids."""
    encoded = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(encoded.encode("utf-8")).hexdigest()


def clean(value: object) -> str | None:
    """Strip a cell or field; blank becomes None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def has_words(text: str | None) -> bool:
    """Is there a word in it? A comment that is "." or "-" or "5" is never cited (and ingest says so)."""
    return bool(text and _LETTERS.search(text))
