"""Understand a question: what it asks (intent) and where/when it points (journey, stage, touchpoint,
metric, period)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from journeys.answers.asks import Rank, asks_goal, is_comparison, is_priority, read_rank
from journeys.answers.model import Focus
from journeys.answers.periods import Period, asks_latest, parse_period
from journeys.answers.vocabulary import Entity, Vocabulary, content_stems, expand_abbreviations, stems
from retrieval.tokens import tokens

# Intent cues, checked on word stems. Order matters only for ties; several intents may hold at once.
_CUES: dict[str, tuple[str, ...]] = {
    "touchpoints": ("touchpoint", "touch", "channel", "step", "interact"),
    "pain": ("pain", "struggl", "problem", "issu", "friction", "frustrat", "complain", "complaint", "difficult", "hard",
             "stuck", "fail", "wrong", "annoy", "bad", "worst", "drop", "dropoff", "abandon", "block", "barrier",
             "obstacl", "hate", "unhappi", "neg", "broken", "bug"),
    "comments": ("comment", "say", "said", "feedback", "verbatim", "survey", "think", "feel", "theme", "quot",
                 "mention", "talk", "complaint", "tweet", "respons", "review", "opinion", "voic", "complain",
                 "prais", "love", "like"),
    "emerging": ("emerg", "new", "recent", "spike", "rise", "rising", "trend", "late", "sudden", "increas",
                 "grow", "surg", "lately"),
    "opportunities": ("opportun", "improv", "idea", "fix", "better", "recommend", "suggest"),
    "owner": ("own", "owner", "respons", "team", "who"),
    "change": ("chang", "move", "moved", "trend", "compar", "vs", "versus", "improv", "wors", "declin", "rose",
               "fell", "fall", "up", "down", "differ", "delta", "evolv", "over"),
    "sequence": ("after", "next", "follow", "before", "preced", "then", "order", "sequenc", "flow"),
    "emotion": ("emot", "mood", "sentiment", "happiest", "unhappiest", "feel", "feelings"),
    "overview": ("kpis", "metric", "metrics", "scorecard", "dashboard", "target", "targets"),
    "kpi": ("kpi", "metric", "rate", "score", "nps", "csat", "ces", "percentag", "valu", "number", "figur",
            "target", "latest", "current", "perform", "level", "much", "mani"),
}
_GENERIC_TOPIC = {"custom", "peopl", "user", "client", "buyer", "shopper", "they", "our", "what", "where", "which",
                  "how", "when", "whi", "main", "top", "biggest", "most", "common", "often", "journey", "stage",
                  "give", "show", "list", "tell", "know", "do", "doe", "ani", "much", "mani", "week", "month",
                  "quarter", "year", "last", "this", "sinc", "dure", "about", "there", "experi", "part", "thing",
                  "off", "point", "area", "place", "step", "happen", "go", "get", "see", "need", "want", "like"}
_TREND_WORDS = ("trend", "over time", "weeks", "week by week", "history")
_SCORE_TYPES = {"nps": "nps", "net promoter": "nps", "csat": "csat", "satisfaction": "csat", "ces": "ces",
                "effort": "ces"}


@dataclass
class Understanding:
    question: str
    search_text: str
    intents: set[str] = field(default_factory=set)
    journey: Entity | None = None
    stage: Entity | None = None
    touchpoint: Entity | None = None
    metrics: list[str] = field(default_factory=list)
    score_type: str | None = None  # nps/csat/ces asked about (may be derived from survey scores)
    period: Period | None = None
    anchor: date | None = None
    from_focus: bool = False
    segment: str | None = None  # a customer segment the question names ("loyalty members")
    count_mentions: bool = False  # "how many comments mention X"
    journey_named: bool = False  # the question names the journey itself (not just through a stage)
    stage_inferred: bool = False  # the stage came from general vocabulary ("checkout" -> Decision), not its name
    topic: tuple[str, ...] = ()  # content words beyond places, metrics and intent cues
    keyword_text: str = ""  # the question without its intent words ("what do customers say about"), for BM25
    missing: list[str] = field(default_factory=list)  # a decline: what the question names that the base lacks
    compare: tuple[str, ...] | None = None  # two or more metrics, score types or places to set side by side
    compare_places: tuple[Entity, ...] = ()
    rank: Rank | None = None
    latest: bool = False  # "now", "atm", "currently", "latest": the latest snapshot
    owner: str | None = None  # a team named in the question ("which touchpoints does support own")

    @property
    def location(self) -> Entity | None:
        return self.touchpoint or self.stage or self.journey

    def filters(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.journey and self.journey.id:
            out["journey"] = self.journey.id
        if self.stage:
            out["stage"] = (self.stage.id or self.stage.name).split("/")[-1]
        if self.touchpoint:
            out["touchpoint"] = (self.touchpoint.id or self.touchpoint.name).split("/")[-1]
        if self.metrics:
            out["metric"] = self.metrics[0]
        if self.period:
            out["period"] = f"{self.period.start.isoformat()}..{self.period.end.isoformat()}"
        return out

    def focus(self) -> Focus:
        return Focus(journey_id=self.journey.id if self.journey else None,
                     stage_id=self.stage.id if self.stage and not self.stage_inferred else None,
                     touchpoint_id=self.touchpoint.id if self.touchpoint else None,
                     metric=self.metrics[0] if self.metrics else None, intents=tuple(sorted(self.intents)))


def understand(question: str, vocab: Vocabulary, anchor: date, stage_hint: str | None = None,
               focus: Focus | None = None) -> Understanding:
    q_stems = stems(question)
    lowered = question.lower()
    result = Understanding(question=question, search_text=expand_abbreviations(question), anchor=anchor)
    result.intents = {intent for intent, cues in _CUES.items() if any(c in q_stems for c in cues)}
    if re.search(r"\b(drop(ped|s|ping)? ?-?off|give up|gave up|giving up|quit|bail(ed)?)\b", lowered):
        result.intents.add("pain")
    if any(w in lowered for w in _TREND_WORDS):
        result.intents.add("change")

    matches = vocab.match_entities(question + (f" {stage_hint}" if stage_hint else ""))
    for match in matches:
        entity = match.entity
        if entity.kind == "touchpoint" and result.touchpoint is None and match.strength >= 0.75:
            result.touchpoint = entity
        elif entity.kind == "stage" and result.stage is None:
            result.stage = entity
            result.stage_inferred = match.strength < 0.75
        elif entity.kind == "journey" and result.journey is None and match.strength >= 0.75:
            result.journey = entity
            result.journey_named = True
    if result.touchpoint and result.touchpoint.stage_id:
        stage = next((e for e in vocab.entities if e.kind == "stage" and e.id == result.touchpoint.stage_id), None)
        if stage is not None:
            result.stage, result.stage_inferred = stage, False
    if result.stage and result.stage.journey_id and not result.journey:
        result.journey = next((e for e in vocab.entities if e.kind == "journey" and e.id == result.stage.journey_id),
                              None)

    consumed = {s for e in (result.touchpoint, result.stage, result.journey) if e for s in e.stems}
    for slug, strength in vocab.match_metrics(question):
        metric_stems = set(content_stems(slug.replace("_", " ")))
        if metric_stems <= consumed and "kpi" not in result.intents:
            continue  # "returns portal" names a touchpoint, not the return_rate metric
        if strength >= 0.9 or ("kpi" in result.intents and strength >= 0.5):
            result.metrics.append(slug)
    for phrase, score_type in _SCORE_TYPES.items():
        if re.search(rf"\b{phrase}\b", lowered):
            result.score_type = score_type
            break
    if result.metrics or result.score_type:
        result.intents.add("kpi")
        metric_words = {s for m in result.metrics for s in content_stems(m.replace("_", " "))} | {"drop", "off"}
        if "pain" in result.intents and not any(c in q_stems and c not in metric_words for c in _CUES["pain"]):
            result.intents.discard("pain")
    _read_shapes(result, question, vocab, matches)
    result.period = parse_period(question, anchor)
    result.latest = asks_latest(question)
    if result.latest and result.period is not None and result.period.days <= 7 and result.period.end >= anchor:
        result.period = None  # "today's NPS", "this week right now": the latest snapshot, whatever its date
    result.count_mentions = bool(re.search(
        r"\bhow many (comments|customers|people|responses|respondents|reviews|tweets|times|users)\b", lowered))
    named = {s for e in (result.touchpoint, result.journey) if e for s in e.stems}
    if result.stage and not result.stage_inferred:
        named |= set(result.stage.stems)
    result.segment = vocab.match_segment(question, consumed)
    if result.segment:
        named |= set(content_stems(result.segment))
    cues = {c for group in _CUES.values() for c in group} | _GENERIC_TOPIC
    metric_words = {s for m in result.metrics for s in content_stems(m.replace("_", " "))}
    result.topic = tuple(dict.fromkeys(s for s in tokens(question)
                                       if s not in named | cues | metric_words and len(s) > 2))
    kept = [w for w in re.findall(r"[\w'-]+", result.search_text) if not set(tokens(w)) & (cues - named)]
    result.keyword_text = " ".join(kept) or result.search_text
    if focus and _is_follow_up(question, q_stems, result.topic):
        _apply_focus(result, vocab, focus)
    return result


def _read_shapes(result: Understanding, question: str, vocab: Vocabulary, matches: list) -> None:
    """Comparisons, rankings, a team, a goal, what to fix first (asks.py)."""
    if is_priority(question):
        result.intents.add("priority")
    if asks_goal(question):
        result.intents.add("goal")
    result.owner = vocab.match_owner(question)
    if result.owner:
        result.intents.add("owner")
    if is_comparison(question) or (" and " in question.lower() and "change" in result.intents):
        scores = [t for t in ("nps", "csat", "ces") if re.search(rf"\b{t}\b", question.lower())]
        things = list(dict.fromkeys(result.metrics + [f"score:{t}" for t in scores
                                                      if not any(t in m for m in result.metrics)]))
        places = [m.entity for m in matches if m.strength >= 0.75 and m.entity.kind in ("stage", "touchpoint")]
        places = list({e.id or e.name: e for e in places}.values())
        if len(things) >= 2:
            result.compare = tuple(things)
        elif len(places) >= 2:
            result.compare = tuple(things) or ("place",)
            result.compare_places = tuple(places)
    if result.compare is None:
        result.rank = read_rank(question, bool(result.metrics), result.score_type)


def _is_follow_up(question: str, q_stems: list[str], topic: tuple[str, ...]) -> bool:
    """Does the question lean on the previous turn? "and in retention?", "what about it", "csat trend" do;
    "why do imports fail?" names its own subject and starts afresh."""
    lowered = question.strip().lower()
    if re.match(r"^(and|what about|how about|also|same|ok and|then)\b", lowered):
        return True
    if any(w in q_stems for w in ("it", "there", "that", "those", "them", "this")):
        return True
    return len(q_stems) <= 4 and not topic


def _apply_focus(result: Understanding, vocab: Vocabulary, focus: Focus) -> None:
    if not (result.stage or result.touchpoint or result.journey):
        by_id = {e.id: e for e in vocab.entities if e.id}
        result.touchpoint = by_id.get(focus.touchpoint_id) if focus.touchpoint_id else None
        result.stage = by_id.get(focus.stage_id) if focus.stage_id else None
        result.journey = by_id.get(focus.journey_id) if focus.journey_id else None
        result.from_focus = True
    if not (result.intents - {"change", "owner"}) and focus.intents:
        result.intents |= set(focus.intents)
        result.from_focus = True
    if not result.metrics and focus.metric and "kpi" in result.intents:
        result.metrics.append(focus.metric)
