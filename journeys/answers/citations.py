"""Numbered sources: each cited item gets one number, in the order the answer first cites it."""

from __future__ import annotations

import re

from journeys.answers.model import Source
from knowledge.text import has_words
from retrieval.hybrid import Hit

_SOURCE_TEXT_LIMIT = 600
__all__ = ["Citations", "has_words", "looks_like_code", "renumber", "shorten"]


_CODE = re.compile(r";\s*--|--\s*$|/\*|\*/|<\s*/?\s*[a-z]+[^>]*>|\{\s*\}|\bdrop\s+table\b|\bunion\s+select\b|"
                   r"\bselect\s+\*|\bdelete\s+from\b|\binsert\s+into\b", re.I)


def looks_like_code(text: str) -> bool:
    """SQL or markup typed (or pasted) instead of a question."""
    return bool(_CODE.search(text))



def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"


class Citations:
    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._by_id: dict[tuple[str, str], int] = {}

    def cite(self, kind: str, ref_id: str, title: str, text: str, date: str | None = None,
             score: float | None = None) -> int:
        key = (kind, ref_id)
        if key not in self._by_id:
            n = len(self.sources) + 1
            self.sources.append(Source(n=n, kind=kind, id=ref_id, title=title,
                                       text=shorten(text, _SOURCE_TEXT_LIMIT), date=date,
                                       score=round(score, 3) if score is not None else None))
            self._by_id[key] = n
        return self._by_id[key]

    def cite_hit(self, hit: Hit) -> int:
        relevance = hit.dense if hit.dense is not None else None
        return self.cite(hit.kind, hit.ref_id, hit.title, hit.text, hit.date, relevance)

    def __len__(self) -> int:
        return len(self.sources)


_CITATION = re.compile(r"\[(\d+)\]")


def renumber(text: str, sources: list[Source]) -> tuple[str, list[Source]]:
    """Keep only the sources the text cites, numbered 1.. in order of first citation."""
    order: dict[int, int] = {}
    for match in _CITATION.finditer(text):
        old = int(match.group(1))
        if old not in order and 1 <= old <= len(sources):
            order[old] = len(order) + 1
    text = _CITATION.sub(lambda m: f"[{order[int(m.group(1))]}]" if int(m.group(1)) in order else "", text)
    kept = []
    for old, new in sorted(order.items(), key=lambda item: item[1]):
        source = sources[old - 1]
        kept.append(Source(n=new, kind=source.kind, id=source.id, title=source.title, text=source.text,
                           date=source.date, score=source.score))
    return text, kept
