"""`journey eval`: score answers against labelled questions.

A question file is YAML: a list of {question, kind, sources, figures, abstain}. A gold source is
`kind:id` (exact), a bare id, or `kind~words` (a cited source of that kind whose title or text contains the
words). recall@5 is the share of gold sources among the first five cited; MRR uses the first gold hit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from journeys.answers.model import Answer, Source
from journeys.errors import JourneyError


@dataclass
class LabelledQuestion:
    question: str
    kind: str = "general"
    sources: list[str] = field(default_factory=list)  # gold; see the module docstring
    figures: list[str] = field(default_factory=list)
    abstain: bool = False


@dataclass
class Outcome:
    item: LabelledQuestion
    answer: Answer
    recall: float | None
    reciprocal_rank: float | None
    figures: float | None
    abstention_correct: bool


def load_questions(path: Path) -> list[LabelledQuestion]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise JourneyError(f"{path}: cannot read the questions ({exc})") from None
    items = data.get("questions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise JourneyError(f"{path}: expected a list of questions")
    out = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("question"):
            raise JourneyError(f"{path}: question {i} has no 'question'")
        out.append(LabelledQuestion(question=str(item["question"]), kind=str(item.get("kind", "general")),
                                    sources=[str(s) for s in item.get("sources") or []],
                                    figures=[str(f) for f in item.get("figures") or []],
                                    abstain=bool(item.get("abstain", False))))
    return out


def matches(gold: str, source: Source) -> bool:
    """One gold entry against one cited source; `a|b` accepts either."""
    if "|" in gold:
        return any(matches(option, source) for option in gold.split("|"))
    if "~" in gold:
        kind, _, words = gold.partition("~")
        return (not kind or source.kind == kind) and words.lower() in f"{source.title} {source.text}".lower()
    if ":" in gold and gold.split(":", 1)[0] in ("journey", "stage", "touchpoint", "comment", "kpi", "feedback"):
        kind, _, ident = gold.partition(":")
        return source.kind == kind and source.id == ident
    return source.id == gold


def score(item: LabelledQuestion, answer: Answer) -> Outcome:
    recall = rr = figures = None
    if item.sources and not item.abstain:
        top = answer.sources[:5]
        recall = sum(1 for g in item.sources if any(matches(g, s) for s in top)) / len(item.sources)
        rank = next((s_rank for s_rank, s in enumerate(answer.sources, 1)
                     if any(matches(g, s) for g in item.sources)), None)
        rr = 1.0 / rank if rank else 0.0
    if item.figures and not item.abstain:
        text = answer.answer.replace(",", "")
        figures = sum(1 for f in item.figures if f.replace(",", "") in text) / len(item.figures)
    return Outcome(item, answer, recall, rr, figures, answer.abstained == item.abstain)


@dataclass
class EvalReport:
    outcomes: list[Outcome]

    @staticmethod
    def _summary(outcomes: list[Outcome]) -> dict:
        def mean(values: list[float | None]) -> float | None:
            present = [v for v in values if v is not None]
            return sum(present) / len(present) if present else None

        return {
            "n": len(outcomes),
            "recall@5": mean([o.recall for o in outcomes]),
            "mrr": mean([o.reciprocal_rank for o in outcomes]),
            "figures": mean([o.figures for o in outcomes]),
            "abstention": mean([1.0 if o.abstention_correct else 0.0 for o in outcomes]),
        }

    def by_kind(self) -> dict[str, dict]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[outcome.item.kind].append(outcome)
        rows = {kind: self._summary(items) for kind, items in sorted(groups.items())}
        rows["all"] = self._summary(self.outcomes)
        return rows

    def failures(self) -> list[str]:
        out = []
        for o in self.outcomes:
            problems = []
            if o.recall is not None and o.recall < 1:
                problems.append(f"recall {o.recall:.2f} (cited: {[f'{s.kind}:{s.id}' for s in o.answer.sources[:5]]})")
            if o.figures is not None and o.figures < 1:
                problems.append(f"figures {o.figures:.2f}")
            if not o.abstention_correct:
                problems.append(f"abstained={o.answer.abstained}")
            if problems:
                out.append(f"{o.item.question!r}: " + "; ".join(problems))
        return out

    def to_dict(self) -> dict:
        return {"by_kind": self.by_kind(), "failures": self.failures()}


def run_evaluation(core, questions: list[LabelledQuestion]) -> EvalReport:  # type: ignore[no-untyped-def]
    return EvalReport([score(q, core.answer(q.question)) for q in questions])
