"""`journey eval`: score answers against labelled question sets (the format is in docs/evaluation.md).

A set is YAML: a list (or `questions:` list) of {question, kind, sources, figures, abstain}.
- recall@5: the share of answerable questions with gold sources whose first five cited sources include at
  least one of them. A gold source is `kind:id` (exact), a bare id, or `kind~words` (a cited source of that
  kind whose title or text contains the words); `a|b` accepts either.
- figures: the share of the figures an answer contains; numbers compare as numbers (unicode minus, thousands
  separators, a trailing %, and rounding to the figure's own decimals are all tolerated; an unsigned figure
  matches either sign).
- declined when it should: the share of `abstain: true` questions the answer declined.
- declined when answerable: the share of the other questions it declined.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

from journeys.answers.model import Answer, Source
from journeys.errors import JourneyError

_KINDS = ("journey", "stage", "touchpoint", "comment", "kpi", "feedback")
_NUMBER = re.compile(r"(?<![\w.])([+\-−–]?)(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)(?:\.(\d+))?")
_FIGURE_NUMBER = re.compile(r"^\s*([+\-−–]?)\s*(\d[\d,\u202f\u00a0 ]*)(?:\.(\d+))?\s*(%|pp|points?|pts?)?\s*$")


@dataclass
class LabelledQuestion:
    question: str
    kind: str = "general"
    sources: list[str] = field(default_factory=list)  # gold; see the module docstring
    figures: list[str] = field(default_factory=list)
    abstain: bool = False
    set_name: str = ""


@dataclass
class Outcome:
    item: LabelledQuestion
    answer: Answer
    recall: float | None
    reciprocal_rank: float | None
    figures: float | None
    abstention_correct: bool

    @property
    def declined(self) -> bool:
        return self.answer.abstained


def load_questions(path: Path) -> list[LabelledQuestion]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise JourneyError(f"{path}: cannot read the questions ({exc})") from None
    items = data.get("questions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise JourneyError(f"{path}: expected a list of questions")
    name = set_name(path)
    out = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("question"):
            raise JourneyError(f"{path}: question {i} has no 'question'")
        out.append(LabelledQuestion(question=str(item["question"]), kind=str(item.get("kind") or "general"),
                                    sources=[str(s) for s in item.get("sources") or []],
                                    figures=[str(f) for f in item.get("figures") or []],
                                    abstain=bool(item.get("abstain", False)), set_name=name))
    return out


def set_name(path: Path) -> str:
    """`bench/eval/saas/dev.yaml` -> `saas/dev`; a lone file -> its stem."""
    generic = {"dev", "heldout", "questions", "eval", "test"}
    return f"{path.parent.name}/{path.stem}" if path.stem in generic and path.parent.name else path.stem


def matches(gold: str, source: Source) -> bool:
    """One gold entry against one cited source; `a|b` accepts either."""
    if "|" in gold:
        return any(matches(option, source) for option in gold.split("|"))
    if "~" in gold:
        kind, _, words = gold.partition("~")
        held = f"{source.id} {source.title} {source.text}".lower().replace("_", " ")
        return (not kind or source.kind == kind) and words.lower().replace("_", " ") in held
    if ":" in gold and gold.split(":", 1)[0] in _KINDS:
        kind, _, ident = gold.partition(":")
        return source.kind == kind and source.id == ident
    return source.id == gold


def _numbers(text: str) -> list[tuple[str, float, int]]:
    """(sign, magnitude, decimals) of each number written in the text."""
    out = []
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"[,\u202f\u00a0 ]", "", m.group(2))
        decimals = m.group(3) or ""
        sign = "-" if m.group(1) in ("-", "−", "–") else "+" if m.group(1) == "+" else ""
        out.append((sign, float(f"{digits}.{decimals}" if decimals else digits), len(decimals)))
    return out


def figure_found(figure: str, text: str) -> bool:
    """Is this figure in the answer? Words by substring (any case, `_` as a space: a metric's slug is matched by
    its display name); numbers by value."""
    if figure.lower().replace("_", " ") in text.lower().replace("_", " "):
        return True
    m = _FIGURE_NUMBER.match(figure)
    if m is None:
        return _normalise(figure) in _normalise(text)
    sign = "-" if m.group(1) in ("-", "−", "–") else ""
    digits = re.sub(r"[,\u202f\u00a0 ]", "", m.group(2))
    decimals = len(m.group(3) or "")
    wanted = float(f"{digits}.{m.group(3)}" if m.group(3) else digits)
    for found_sign, value, _ in _numbers(text):
        if sign and found_sign != "-":
            continue
        if _rounded(value, decimals) == _rounded(wanted, decimals):
            return True
    return False


def _rounded(magnitude: float, decimals: int) -> Decimal:
    """Rounded as people round (half away from zero: 36.5 -> 37), not Python's half to even (36.5 -> 36)."""
    return Decimal(str(magnitude)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _normalise(text: str) -> str:
    text = text.replace("−", "-").replace("–", "-").replace("’", "'").replace("**", "")
    return re.sub(r"(?<=\d)[,\u202f\u00a0](?=\d{3})", "", " ".join(text.lower().split()))


def score(item: LabelledQuestion, answer: Answer) -> Outcome:
    recall = rr = figures = None
    if item.sources and not item.abstain:
        top = answer.sources[:5]
        recall = 1.0 if any(matches(g, s) for g in item.sources for s in top) else 0.0
        rank = next((s_rank for s_rank, s in enumerate(answer.sources, 1)
                     if any(matches(g, s) for g in item.sources)), None)
        rr = 1.0 / rank if rank else 0.0
    if item.figures and not item.abstain:
        figures = sum(1 for f in item.figures if figure_found(f, answer.answer)) / len(item.figures)
    return Outcome(item, answer, recall, rr, figures, answer.abstained == item.abstain)


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


@dataclass
class EvalReport:
    outcomes: list[Outcome]

    @staticmethod
    def _summary(outcomes: list[Outcome]) -> dict:
        should = [o for o in outcomes if o.item.abstain]
        answerable = [o for o in outcomes if not o.item.abstain]
        return {
            "n": len(outcomes),
            "recall@5": _mean([o.recall for o in outcomes]),
            "mrr": _mean([o.reciprocal_rank for o in outcomes]),
            "figures": _mean([o.figures for o in outcomes]),
            "declined_when_should": _mean([1.0 if o.declined else 0.0 for o in should]),
            "declined_when_answerable": _mean([1.0 if o.declined else 0.0 for o in answerable]),
            "abstention": _mean([1.0 if o.abstention_correct else 0.0 for o in outcomes]),
        }

    def by_kind(self) -> dict[str, dict]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[outcome.item.kind].append(outcome)
        rows = {kind: self._summary(items) for kind, items in sorted(groups.items())}
        rows["all"] = self._summary(self.outcomes)
        return rows

    def by_set(self) -> dict[str, dict]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[outcome.item.set_name].append(outcome)
        return {name: self._summary(items) for name, items in groups.items()}

    def failures(self) -> list[str]:
        out = []
        for o in self.outcomes:
            problems = []
            if o.recall is not None and o.recall < 1:
                problems.append(f"recall {o.recall:.2f} (cited: {[f'{s.kind}:{s.id}' for s in o.answer.sources[:5]]})")
            if o.figures is not None and o.figures < 1:
                missing = [f for f in o.item.figures if not figure_found(f, o.answer.answer)]
                problems.append(f"figures {o.figures:.2f} (missing {missing})")
            if not o.abstention_correct:
                problems.append(f"abstained={o.answer.abstained}")
            if problems:
                where = f"[{o.item.set_name} {o.item.kind}] " if o.item.set_name else f"[{o.item.kind}] "
                out.append(f"{where}{o.item.question!r}: " + "; ".join(problems))
        return out

    def to_dict(self) -> dict:
        return {"by_set": self.by_set(), "by_kind": self.by_kind(), "failures": self.failures()}


def run_evaluation(core, questions: list[LabelledQuestion]) -> EvalReport:  # type: ignore[no-untyped-def]
    return EvalReport([score(q, core.answer(q.question)) for q in questions])
