"""Understand a question: what it asks (intent) and where/when it points (journey, stage, touchpoint,
metric, period)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from journeys.answers.asks import FROM_SCORES, Rank, is_comparison
from journeys.answers.called_names import (
    SCORED_BY,
    called_journey,
    called_place,
    journey_by_word,
    journey_of_shared_words,
    twin_in_worded_journey,
)
from journeys.answers.cues import (
    AGGREGATES,
    CUE_WORDS,
    CUES,
    GENERIC_TOPIC,
    GOING_WELL,
    LIKES,
    OPENING_REQUEST,
    PLACE_CLAUSE,
    VOICE_CUES,
    drop_sequence_of_names,
    drop_time_clause_sequence,
    is_cue,
    scope_words,
    stems_for_cues,
)
from journeys.answers.model import Focus
from journeys.answers.periods import Period, asks_latest, counted_window, is_time_word, parse_period, whole_record
from journeys.answers.question_typos import fold_typos
from journeys.answers.segment_words import (
    drop_place_of_segment_noun,
    named_segments,
    segment_against_rest,
    segment_or_kpi,
    segment_over_partial_place,
)
from journeys.answers.shapes import read_shapes
from journeys.answers.short_forms import spell_out_for
from journeys.answers.shorthand import plain
from journeys.answers.spelling import clips
from journeys.answers.vocabulary import (
    Entity,
    Vocabulary,
    content_stems,
    expand_abbreviations,
    segment_stems,
    stems,
)
from retrieval.tokens import tokens

_CLAUSE_BREAK = re.compile(r"[,;:?!()]+|\s[-\u2013\u2014]+\s")


def _described(text: str, keyword_text: str) -> str:
    """The question's description of a place, without its cue words and without the clauses that only ask
    ("the popup that nags trials to pay, who is responsible for it?": the asking clause, embedded, pulls the
    description toward any place; its leftover "for it" or "there" is noise to the embedder)."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c.strip()]
    described = [c for c in clauses if set(tokens(c)) - CUE_WORDS]
    if len(described) == len(clauses):
        return ""  # one clause, or every clause describes: the cue-free keyword text as before
    kept = set(keyword_text.split())  # the words left once the cue words are gone
    return " ".join(w for c in described for w in re.findall(r"[\w'-]+", c) if w in kept)


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
    segment: str | None = None  # a customer segment the question names ("gold members")
    segments: tuple[str, ...] = ()  # two or more segments set side by side ("renters vs homeowners nps")
    survey: str | None = None  # the comments file the question calls by name (surveys.py): its scores only
    asks_cause: bool = False  # "why did <a KPI> move": its figures and what is new where it is measured
    segments_rest: bool = False  # the one segment of `segments` against all the others ("vs everyone else")
    segment_phrase: str = ""  # the words a segment was read from by meaning ("first time buyers")
    channel: str | None = None  # a touchpoint channel it names, with no place ("which touchpoints are by email")
    count_mentions: bool = False  # "how many comments mention X"
    journey_named: bool = False  # the question names the journey itself (not just through a stage)
    journey_worded: bool = False  # ...or a word only that journey's name has ("on switching"): its comments
    stage_inferred: bool = False  # the stage came from general vocabulary ("meter" -> Installation), not its name
    topic: tuple[str, ...] = ()  # content words beyond places, metrics and intent cues
    house: tuple[str, ...] = ()  # stems of the base's own product or organisation name the question uses
    keyword_text: str = ""  # the question without its intent words ("what do customers say about"), for BM25
    missing: list[str] = field(default_factory=list)  # a decline: what the question names that the base lacks
    compare: tuple[str, ...] | None = None  # two or more metrics, score types or places to set side by side
    compare_places: tuple[Entity, ...] = ()
    rank: Rank | None = None
    latest: bool = False  # "now", "atm", "currently", "latest": the latest snapshot
    by_meaning: bool = False  # the place came from what the question describes, not a name (journeys/names.py)
    owner: str | None = None  # a team named in the question ("which touchpoints does support own")
    aggregate: str | None = None  # a figure over a window: mean | max | min | worst | best ("avg X last month")
    asks_figure: bool = False  # words that ask for a number ("rate", "latest", "how many", "avg"), beyond a name

    @property
    def asks_stage(self) -> bool:
        """"the stage where...", "which stage": the place asked about is a stage, not one of its touchpoints."""
        return bool(re.search(r"\b(stage|phase|step of the journey)\b", self.question.lower()))

    def meaning_text(self, vocab: Vocabulary, text: str | None = None) -> str:
        """The question (or `text`, a part of it) as a description of a place: without its intent words, and
        without the words of the journey it names where one of that journey's places shares them ("trial" in
        "Trial to paid" names the journey, and would otherwise pull toward the stage "Trial sign-up" by
        spelling alone)."""
        clause = bool(text)  # a clause that describes a place: a journey's word leaning there says which journey
        text = text or self.keyword_text or self.search_text
        if (self.journey_named or clause and self.journey_worded) and self.journey is not None:
            places = {s for e in vocab.entities if e.kind != "journey" and e.journey_id == self.journey.id
                      for s in e.stems}
            shared = set(self.journey.stems) & places
            kept = [w for w in text.split() if not set(tokens(w)) & shared]
            text = " ".join(kept) or text
        return text

    def place_clause(self) -> str:
        """"the bit where ppl hand the car back": the place the question describes in a clause of its own (the
        head noun and its where/when/that clause, cue words kept: they describe here, they do not ask), or ""."""
        match = PLACE_CLAUSE.search(self.question.lower())
        return f"{match.group(1)}{match.group(2)}".strip() if match else ""

    def described_text(self) -> str:
        """The question's description of a place without the clauses that only ask (_described), or ""."""
        return _described(self.search_text, self.keyword_text)

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
    # "what r ppl saying abt the checkin", "conv rate", "brekkie": cue words, stems and the embedder read plain
    # English, names as the base spells them, short forms of the base's own words spelled out
    question = spell_out_for(vocab.split_compounds(fold_typos(plain(question), vocab)), vocab)
    q_stems = stems(question)
    lowered = question.lower()
    result = Understanding(question=question, search_text=expand_abbreviations(question, vocab.initialisms()),
                           anchor=anchor)
    cue_stems = stems_for_cues(lowered, q_stems, vocab)
    result.intents = {intent for intent, cues in CUES.items() if any(c in cue_stems for c in cues)}
    if re.search(r"\b(drop(ped|s|ping)? ?-?off|give up|gave up|giving up|quit|bail(ed)?)\b", lowered):
        result.intents.add("pain")
    if LIKES.search(lowered) or GOING_WELL.search(lowered):
        result.intents.add("praise")
    if any(w in lowered for w in _TREND_WORDS):
        result.intents.add("change")
    drop_time_clause_sequence(result.intents, lowered)

    # "based on survey responses" says where a score comes from, never a place (the touchpoint NPS survey)
    matches = vocab.match_entities(FROM_SCORES.sub(" ", OPENING_REQUEST.sub(" ", question))
                                   + (f" {stage_hint}" if stage_hint else ""),
                                   ignore={c for group in CUES.values() for c in group} | GENERIC_TOPIC)
    journey_stems = {e.id: set(e.stems) for e in vocab.entities if e.kind == "journey"}
    for match in matches:
        entity = match.entity
        said_journey = entity.kind == "journey" and "journey" in q_stems  # "the install journey", not Installation
        if not said_journey and any(m.strength > match.strength and set(entity.stems) & set(q_stems)
               <= set(m.entity.stems) | journey_stems.get(m.entity.journey_id, set())
               for m in matches if m.entity is not entity):
            continue  # "report a fault" names the stage Report fault, not the touchpoint App fault reporting
        if entity.kind != "journey" and match.strength < 1.0 and any(
                m.entity.kind == "journey" and m.strength >= match.strength
                and set(entity.stems) & set(q_stems) <= set(m.entity.stems) for m in matches):
            continue  # "in regular giving": the journey Regular monthly giving, not its Online regular giving form
        if entity.kind == "touchpoint" and result.touchpoint is None and match.strength >= 0.75:
            result.touchpoint = entity
        elif entity.kind == "stage" and result.stage is None:
            result.stage = entity
            result.stage_inferred = match.strength < 0.75
        elif entity.kind == "journey" and result.journey is None and match.strength >= 0.75:
            result.journey = entity
            result.journey_named = True
    journeys = [e for e in vocab.entities if e.kind == "journey" and e.id]
    called = called_journey(lowered, journeys)
    if called is None and result.journey is None and result.touchpoint is None and result.stage is None and not any(
            "_" in slug and re.search(rf"\b{slug.replace('_', ' ')}\b", lowered) for slug in vocab.metrics):
        # "delivery csat": that journey's CSAT (a KPI typed whole, "renewal nps", is that KPI)
        called = called_journey(lowered, journeys, SCORED_BY)
    if called is not None and (result.journey is None or not any(
            m.entity is result.journey and m.strength >= 1.0 for m in matches)):
        result.journey, result.journey_named = called, True  # "the pay run journey": part of its name
    if (place := called_place(lowered, vocab)) is not None and place is not (result.touchpoint or result.stage) \
            and not (result.touchpoint is not None and result.touchpoint.stage_id == place.id
                     and not set(result.touchpoint.stems) & set(q_stems) <= set(place.stems)):
        # "at the deductions stage when they move out": the place called so, over one a clause spells (and over
        # a touchpoint of another stage: "the contract pack stage", not the touchpoint Contract pack review)
        result.touchpoint = place if place.kind == "touchpoint" else None
        result.stage, result.stage_inferred = (place if place.kind == "stage" else None), False
        result.journey = result.journey if result.journey and result.journey.id == place.journey_id else None
    if result.journey is None and (shared := journey_of_shared_words(result, matches, q_stems, vocab)):
        result.journey, result.journey_named = shared, True  # "pay run feedback": no one place of several
        result.touchpoint, result.stage, result.stage_inferred = None, None, False
    if (result.journey and result.stage and not result.touchpoint and result.journey_named
            and set(result.stage.stems) <= set(result.journey.stems)):
        result.stage = None  # "nps for leak repair": the journey Leak repair, not its stage Repair
    if result.journey and result.journey_named and ("journey" in q_stems or result.journey is called):
        # "the install journey", "the registration survey": the words that name the journey name none of its
        # places as well
        typed = set(q_stems)
        for attr in ("touchpoint", "stage"):
            place = getattr(result, attr)
            if place is not None and set(place.stems) & typed <= set(result.journey.stems):
                setattr(result, attr, None)
    if result.touchpoint and result.touchpoint.stage_id:
        stage = next((e for e in vocab.entities if e.kind == "stage" and e.id == result.touchpoint.stage_id), None)
        if stage is not None:
            result.stage, result.stage_inferred = stage, False
    if result.stage and result.stage.journey_id and not result.journey:
        result.journey = next((e for e in vocab.entities if e.kind == "journey" and e.id == result.stage.journey_id),
                              None)

    consumed = {s for e in (result.touchpoint, result.stage, result.journey) if e for s in e.stems}
    typed_names = (result.touchpoint, result.stage if not result.stage_inferred else None,
                   result.journey if result.journey_named else None)
    drop_sequence_of_names(result.intents, cue_stems, {s for e in typed_names if e for s in e.stems}, lowered)
    for phrase, score_type in _SCORE_TYPES.items():
        if re.search(rf"\b{phrase}\b", lowered):
            result.score_type = score_type
            break
    result.score_type = result.score_type or _share_of_top_scores(lowered)
    taken = [AGGREGATES[m.group(1)] for m in _AGGREGATE.finditer(lowered)]
    if taken:  # "best rated touchpoint + its avg": "best" ranks, the average is what is shown
        result.aggregate = "mean" if "mean" in taken and taken[0] in ("best", "worst") else taken[0]
    figure_shaped = "kpi" in result.intents or result.aggregate is not None
    # "whats warranty decision time now": "now" asks for the latest figure, so a KPI's partial name is read as one
    result.asks_figure = (figure_shaped or result.score_type is not None or bool(_MOVED.search(lowered))
                          or asks_latest(question))
    # the places' words, less a stage's only guessed from one of them ("renewal rate" is no stage Renewing ...)
    typed_stems = {s for e in (result.touchpoint, result.stage if not result.stage_inferred else None,
                               result.journey) if e for s in e.stems}
    # "nps from the survey": the words that say where a score comes from name no metric
    for slug, strength in vocab.match_metrics(re.sub(FROM_SCORES.pattern, " ", question, flags=re.I)):
        metric_stems = set(content_stems(slug.replace("_", " ")))
        if metric_stems <= consumed and (not {"kpi", "change"} & result.intents or (
                result.score_type and result.score_type not in metric_stems)):
            continue  # "claims portal" names a touchpoint, not claim_rate; "renewal touchpoints by nps"
        if strength < 0.9 and not (metric_stems & vocab.metric_stems_of(question)) - typed_stems:
            continue  # a partial match through a place's words only: "attrition rate for fault repair" is no fault KPI
        if not result.asks_figure and {s for s in cue_stems if s in VOICE_CUES} - metric_stems:
            continue  # "what do people say about the cancel window", "new complaints": a subject, not a figure
        if not result.asks_figure and not metric_stems & set(q_stems) and any(typed_names) \
                and result.intents & {"pain", "praise", "opportunities"}:
            continue  # "known issues in the cancellation stage": the place's word, not churn_rate by synonym
        if strength >= 0.9 or (result.asks_figure and strength >= 0.5 and metric_stems & set(q_stems) - typed_stems):
            result.metrics.append(slug)  # a partial match needs a word of its own, beyond the place's name
    result.metrics = _widest_metrics(result.metrics, q_stems, lowered)
    if result.metrics or result.score_type:
        result.intents.add("kpi")
        metric_words = {s for m in result.metrics for s in content_stems(m.replace("_", " "))} | {"drop", "off"}
        for intent in ("pain", "opportunities"):  # "drop-off rate", "first time fix rate"
            if intent in result.intents and not any(c in cue_stems and c not in metric_words for c in CUES[intent]):
                result.intents.discard(intent)
    if (result.journey is None and not result.touchpoint and (result.stage is None or result.stage_inferred)
            and not is_comparison(question)):
        journey_by_word(result, vocab, q_stems)
    elif not is_comparison(question):
        twin_in_worded_journey(result, vocab, q_stems)
    read_shapes(result, question, vocab, matches)
    result.period = parse_period(question, anchor)
    if result.period is None and result.aggregate and re.search(r"\b(which|what) (week|wk|day|month)\b|\bwhen\b",
                                                                lowered):
        result.period = whole_record(anchor)  # "which week was X worst": over every snapshot the base holds
    result.latest = asks_latest(question)
    if result.latest and result.period is not None and result.period.days <= 7 and result.period.end >= anchor:
        result.period = None  # "today's NPS", "this week right now": the latest snapshot, whatever its date
    result.count_mentions = bool(re.search(
        r"\bhow many (comments|customers|people|responses|respondents|reviews|tweets|times|users)\b", lowered)) and (
        bool(re.search(r"\b(comments?|responses?|reviews?|tweets?|mention\w*|sa(y|id|ying)|talk\w*|complain\w*|"
                       r"report\w*|wr(ite|ote)|rais\w*|brought up|refer\w*|describ\w*|prais\w*|cit(e|ed))\b", lowered)))
    # every word of a name typed, generic ones too: the "day" of "event day feedback" is no topic
    named = {s for e in (result.touchpoint, result.journey) if e for s in (*e.stems, *stems(e.name))}
    if result.journey is not None and result.journey.id:  # "aftersales" of aftersales-servicing-warranty
        named |= set(stems(result.journey.id.replace("-", " ")))
    if result.stage and not result.stage_inferred:
        named |= {*result.stage.stems, *stems(result.stage.name)}
    # the words of a counted window say when ("last couple weeks" names no segment Couple)
    window = counted_window(question)
    who = re.sub(re.escape(window), " ", question, flags=re.I) if window else question
    result.segment = vocab.match_segment(who, consumed) or segment_over_partial_place(result, vocab, who)
    segment_or_kpi(result, q_stems)  # "care plan signups" (a KPI) vs "care plan members nps" (a segment's)
    if result.segment:
        named |= set(segment_stems(result.segment))
        drop_place_of_segment_noun(result, question, q_stems)
    result.segments, sides_read = named_segments(who, vocab)
    if result.segments:  # segments compared: no one segment's figures, and the sides are no places
        named |= sides_read
        result.segment, result.compare, result.compare_places = None, None, ()
    elif rest := segment_against_rest(result):  # "over 65s vs everyone else"
        named |= rest
        result.compare, result.compare_places = None, ()
    cues = {c for group in CUES.values() for c in group} | GENERIC_TOPIC | vocab.house | vocab.people
    result.house = tuple(dict.fromkeys(s for s in tokens(question) if s in vocab.house))
    metric_words = {s for m in result.metrics for s in content_stems(m.replace("_", " "))}
    metric_words |= set(tokens(window))  # "last couple weeks" says when, not what about
    if result.period is not None:  # "since mid oct": the window's words say when, not what about
        metric_words |= {s for w in re.findall(r"[\w'-]+", lowered) if is_time_word(w) for s in tokens(w)}
    metric_words |= {s for m in GOING_WELL.finditer(lowered) for s in tokens(m.group(0))}  # "what's working"
    metric_words |= scope_words(lowered, named)  # "across the airport": where, the whole of it, not what about
    result.topic = tuple(dict.fromkeys(s for w in re.findall(r"[\w'-]+", question.lower()) for s in tokens(w)
                                       if not is_cue(w, s, named | cues | metric_words) and len(s) > 2
                                       and not clips(s, named)))  # "doc" of Document upload
    kept = [w for w in re.findall(r"[\w'-]+", result.search_text)
            if not any(is_cue(w.lower(), s, cues - named) for s in tokens(w))]
    result.keyword_text = " ".join(kept) or result.search_text
    if focus and _is_follow_up(question, q_stems, result.topic):
        _apply_focus(result, vocab, focus)
    return result


# Words that ask how a figure moved or for a count ("how did X change", "total X"): a figure, with no KPI cue word.
_MOVED = re.compile(r"\b(chang(e|ed|es|ing)|moved?|rose|fell|declin\w*|went (up|down)|up or down|how (much|many)|"
                    # "how big was the …", "how bad is …": how plus an adjective asks for a magnitude
                    r"how (big|large|high|low|bad|long|fast|slow|far)|"
                    # "refund time improvement since w/c 2 june": a metric's move, better or worse
                    r"improved|improvement|worsened|deteriorat\w*|"
                    r"total|sum|count|tally|number of)\b")
# Words that make a question ask for a figure over a window ("avg", "worst ... in the last 4 weeks").
_AGGREGATE = re.compile(r"\b(" + "|".join(AGGREGATES) + r")\b")
# "% 4s and 5s", "what % gave 4 or 5", "top two box": CSAT read as the share of the top of a 1-5 scale.
_TOP_SCORES = re.compile(r"\b4s? (and|or|&) 5s?\b|\btop[- ]?(two|2)[- ]box\b")


def _share_of_top_scores(lowered: str) -> str | None:
    return "csat" if _TOP_SCORES.search(lowered) else None


def _widest_metrics(metrics: list[str], q_stems: list[str], lowered: str) -> list[str]:
    """Drop a metric whose matched words another matched metric also covers, with more of the question:
    "install first time success" is install_first_time_success_rate, not days_to_install too; and one whose
    matched words all lie in another's name typed whole: "avg on time arrival rate" is on_time_arrival_rate,
    not avg_arrival_time."""
    def covered(slug: str) -> set[str]:
        return set(content_stems(slug.replace("_", " "))) & set(q_stems)
    whole = {m for m in metrics if re.search(rf"\b{re.escape(m.replace('_', ' '))}s?\b", lowered)}
    return [m for m in metrics if not any(other != m and covered(m) and covered(m) < covered(other)
                                          for other in metrics)
            and not (m not in whole and covered(m) and any(covered(m) <= covered(w) for w in whole))]


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
