"""Guards on an LLM's answer, sentence by sentence, so they hold for streamed text that cannot be taken back.

- Every [n] must be an evidence item the model was given; sources are renumbered 1.. in order of first use,
  and a computed figure's citation stands for the items it was computed from.
- Every number must appear in a source cited so far (this sentence included) or be a computed figure.
A sentence that breaks a rule is left out, and the reason logged.
"""

from __future__ import annotations

import logging
import re

from journeys.answers.evidence import CITATION, Evidence, numbers, source_numbers
from journeys.answers.model import Source

log = logging.getLogger(__name__)
# The end of a sentence (punctuation, closing marks, citations placed after it, then space) or of a line,
# decided only once the next sentence has begun, so a citation arriving late stays with its sentence.
_BOUNDARY = re.compile(r"[.!?][\"”'’*_)]*(?:[ \t]*\[\d+\])*(?:[ \t]*\n+[ \t]*|[ \t]+)(?=[^\s\[])|\n+(?=[^\n])")
_LEAD = re.compile(r"^(\s*(?:[-*+•]|\d{1,2}[.)])\s+)")
_ADJACENT = re.compile(r"(\[\d+\])(?:\s*\1)+")


def _balanced(text: str) -> bool:
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


class SentenceSplitter:
    """Text in chunks -> whole sentences (with their trailing space), never cutting inside a quotation."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, chunk: str) -> list[str]:
        self._buffer += chunk
        pieces, start = [], 0
        for match in _BOUNDARY.finditer(self._buffer):
            piece = self._buffer[start:match.end()]
            if match.end() > start and _balanced(piece):
                pieces.append(piece)
                start = match.end()
        self._buffer = self._buffer[start:]
        return pieces

    def drop(self) -> None:
        """Forget an unfinished sentence (the reply was cut off)."""
        self._buffer = ""

    def flush(self) -> list[str]:
        rest, self._buffer = self._buffer, ""
        return [rest] if rest.strip() else []


class Guard:
    """Checks sentences in order and renumbers their citations; `sources` are the ones actually used."""

    def __init__(self, evidence: Evidence) -> None:
        self.evidence = evidence
        self._by_n = {s.n: s for s in evidence.sources}
        self._computed = evidence.computed_numbers()
        self._order: dict[int, int] = {}  # given source number -> number in the answer
        self._cited_numbers: set[str] = set()
        self.kept = self.removed = 0

    def check(self, sentence: str) -> str | None:
        """The sentence with its citations renumbered, or None if it breaks a rule."""
        refs = [int(n) for n in CITATION.findall(sentence)]
        unknown = [n for n in refs if n not in self.evidence.numbered]
        if unknown:
            return self._reject(sentence, f"cites {', '.join(f'[{n}]' for n in unknown)}, which it was not given")
        expanded: dict[int, list[int]] = {}
        allowed = set(self._cited_numbers) | self._computed
        for n in refs:
            figure = self.evidence.figure(n)
            expanded[n] = figure.based_on if figure else [n]
            for m in expanded[n]:
                allowed |= source_numbers(self._by_n[m])
        invented = numbers(sentence) - allowed
        if invented:
            return self._reject(sentence, f"writes {', '.join(sorted(invented))}, found in no cited source "
                                          "or computed figure")
        for n in refs:
            for m in expanded[n]:
                if m not in self._order:
                    self._order[m] = len(self._order) + 1
                    self._cited_numbers |= source_numbers(self._by_n[m])
        self.kept += 1
        text = CITATION.sub(lambda m: "".join(f"[{self._order[k]}]" for k in expanded[int(m.group(1))]), sentence)
        return _ADJACENT.sub(r"\1", text)

    def _reject(self, sentence: str, why: str) -> None:
        self.removed += 1
        log.warning("an LLM sentence was left out: it %s: %r", why, sentence.strip()[:200])
        return None

    @property
    def sources(self) -> list[Source]:
        out = []
        for old, new in sorted(self._order.items(), key=lambda item: item[1]):
            s = self._by_n[old]
            out.append(Source(n=new, kind=s.kind, id=s.id, title=s.title, text=s.text, date=s.date, score=s.score))
        return out


class GuardedText:
    """Model output in chunks -> the text that may be shown, in the order it may be shown.

    `feed` returns what can be appended now; a removed sentence takes its list marker along only when
    nothing else of its line is kept.
    """

    def __init__(self, evidence: Evidence) -> None:
        self.guard = Guard(evidence)
        self._splitter = SentenceSplitter()
        self._lead = ""  # the list marker of a removed sentence that began a line
        self._line_open = False  # has the current output line any text?
        self.text = ""

    def feed(self, chunk: str) -> str:
        return "".join(self._take(p) for p in self._splitter.feed(chunk))

    def finish(self) -> str:
        return "".join(self._take(p) for p in self._splitter.flush())

    def cut_off(self) -> None:
        self._splitter.drop()

    def _take(self, piece: str) -> str:
        checked = self.guard.check(piece)
        if checked is None:
            lead = _LEAD.match(piece)
            if lead and not self._line_open:
                self._lead = lead.group(1)
            newlines = piece[len(piece.rstrip("\n")):]
            if newlines and self._line_open:
                self._line_open = False
                self._lead = ""
                self.text += newlines
                return newlines
            return ""
        if self._lead and not _LEAD.match(checked):
            checked = self._lead + checked.lstrip()
        self._lead = ""
        self._line_open = not checked.endswith("\n")
        self.text += checked
        return checked
