"""The numbered evidence an LLM answers from: the answer's sources, then the figures the system computed.

A computed figure is a statement of the extractive draft holding a number that none of its sources holds
(a count of comments, a share, a priority score...). It goes to the model as its own numbered item, saying
how it was computed and which items it was computed from; a citation of it stands for those items.

Everything is rendered as quoted data: markup that could close the delimiters is neutralised, so a
comment saying "ignore previous instructions" reaches the model only inside an <item>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from journeys.answers.model import Source

CITATION = re.compile(r"\[(\d+)\]")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+", re.MULTILINE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
# Number words too ("twelve customers"); "one" is left out, being mostly a pronoun ("one customer said").
_WORDS = {"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
          "dozen": 12}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"*_(\[])|\n+")
FIGURE_HOW = ("computed by Journey Assistant from the knowledge base (a count or share of comments, an NPS "
              "derived from survey scores, or a priority score), as its extractive analysis states")


def _canonical(token: str) -> str:
    token = token.replace(",", "") if _THOUSANDS.match(token) else token.replace(",", ".")
    if "." in token:
        token = token.rstrip("0").rstrip(".") or "0"
    return token.lstrip("0") or "0"


def numbers(text: str) -> set[str]:
    """Every number written in `text` (digits, and common number words), canonical; citations and list
    markers are not numbers."""
    text = _LIST_MARK.sub(" ", CITATION.sub(" ", text))
    found = {_canonical(t) for t in _NUMBER.findall(text)}
    found |= {str(_WORDS[w.lower()]) for w in _NUMBER_WORD.findall(text)}
    return found


def source_numbers(source: Source) -> set[str]:
    return numbers(" ".join(filter(None, (source.title, source.text, source.date))))


def statements(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@dataclass
class Figure:
    n: int
    statement: str
    based_on: list[int]  # source numbers
    numbers: set[str]


@dataclass
class Evidence:
    sources: list[Source]
    figures: list[Figure] = field(default_factory=list)

    @classmethod
    def build(cls, draft: str, sources: list[Source]) -> Evidence:
        by_n = {s.n: s for s in sources}
        known = {s.n: source_numbers(s) for s in sources}
        everywhere = set().union(*known.values()) if known else set()
        figures: list[Figure] = []
        for statement in statements(draft):
            cited = [int(n) for n in CITATION.findall(statement) if int(n) in by_n]
            written = numbers(statement)
            near = set().union(*(known[n] for n in cited)) if cited else everywhere
            if written - near:
                figures.append(Figure(len(sources) + len(figures) + 1, statement, list(dict.fromkeys(cited)),
                                      written))
        return cls(sources=list(sources), figures=figures)

    @property
    def numbered(self) -> set[int]:
        return {s.n for s in self.sources} | {f.n for f in self.figures}

    def figure(self, n: int) -> Figure | None:
        return next((f for f in self.figures if f.n == n), None)

    def computed_numbers(self) -> set[str]:
        return set().union(*(f.numbers for f in self.figures)) if self.figures else set()

    def render(self) -> str:
        """The evidence as quoted data, one <item> per number."""
        items = []
        for s in self.sources:
            attrs = f'n="{s.n}" kind="{s.kind}" title="{quoted(s.title)}"' + (f' date="{s.date}"' if s.date else "")
            items.append(f"<item {attrs}>\n{quoted(s.text)}\n</item>")
        for f in self.figures:
            based = ", ".join(f"[{n}]" for n in f.based_on) or "the knowledge base"
            items.append(f'<item n="{f.n}" kind="computed figure" computed_from="{based}">\n'
                         f"{FIGURE_HOW}: {quoted(f.statement)}\n</item>")
        return "\n".join(items) or "(no evidence)"


def quoted(text: str) -> str:
    """Data that cannot close or open the prompt's delimiters, nor pass for one of its sections."""
    return (text.replace("<", "‹").replace(">", "›").replace("{", "(").replace("}", ")")
            .replace("\n## ", "\n# ").replace("```", "'''"))
