"""The shapes of question that need more than an intent: comparisons, rankings, a team's touchpoints, a place's
goal, what to fix first. Read from the question's grammar (general English), never from one base's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeys.answers.cues import RANK_HIGH, RANK_LOW
from journeys.answers.vocabulary import stems

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
# "which is worse, A or B"; "do people complain more about A or B"
_COMPARE = re.compile(r"\b(compare[ds]?|comparing|comparison|vs\.?|versus|against each other|differ(ence)? "
                      r"between|between .+ and .+)\b|\bwhich\b[^,:?]*[,:]\s*\S.*\sor\s\S"
                      r"|\b(?:more|less|fewer|worse|better) (?:about|with|at|on|for|in|of) \S.*\sor\s\S")
_HIGH, _LOW = RANK_HIGH, RANK_LOW
_RANK_CUE = re.compile(r"\b(most|least|highest|lowest|biggest|largest|best|worst|top|fewest|smallest|weakest|"
                       r"strongest|greatest|rank(ed|ing)?|poorest|bottom|happiest|unhappiest)\b")
_BREAKDOWN = re.compile(r"\b(?:by|per|for each|for every|across|each|every|broken down by)\s+(touchpoint|stage)s?\b")
_PRIORITY = re.compile(r"\b(priorit\w*|(fix|tackle|address|improve|solve|focus)\w*( on)? first|first thing to "
                       r"(fix|improve)|most urgent|what should we (fix|do|improve)|"
                       r"(biggest|main|top|largest|greatest) (risk|threat)s?|"
                       # "what should payments look at first", "where should NOC focus first": whatever the verb
                       r"(what|where) (should|shall|must|would|do) [^?.!]*\bfirst\b"
                       r"(?! (time|week|month|day|snapshot))|"
                       # "if we fix one thing in the buying flow first", "if we could only fix one thing"
                       r"(fix|tackle|address|improve|solve)\w* (just |only )?(one|1|a single) thing)\b")
_GOAL = re.compile(r"\b(goal|goals|purpose|aim|aims|aiming|objective|objectives|meant to|supposed to|intended to|"
                   r"what(?: is|'?s) [^?.!]+ for\s*(?:[?.!]|$)|job of|point of|(trying|try|want|hoping) to (achieve|"
                   r"accomplish|get out of|get done|deliver)|achieve\b|what (is|are) .+ (there|here) for\b|"
                   r"why do we have)")

# "from the survey scores", "using the raw comments", "what % gave 4 or 5", "nps from the registration survey
# comments": a figure computed from survey scores.
FROM_SCORES = re.compile(r"\b(from|using|based on|out of|in) (the )?(raw |survey |comment |individual )*"
                          r"(scores?|comments?|responses?|surveys?|ratings?|answers?)\b|"
                          r"\bsurvey (comments?|responses?|scores?)\b|"
                          r"\b(from|using|in) (the |our )?(?:[\w-]+ ){0,2}(surveys?|exports?)\b|"  # "the till survey"
                          r"\b(gave|give|giving|rate|rating) \d|\bwork out\b|\bcompute|\bcalculat|"
                          r"\b(comment|survey|response|respondent|score)s?'?(?:[- ]based)? (nps|csat|ces|scores?)\b")


@dataclass(frozen=True)
class Rank:
    """"which stage has the most pain points": rank `things` by `by`, highest first unless `low`."""

    things: str  # stage | touchpoint | pain | journey | kpi
    by: str  # pain | comments | critical | emotion | metric | score | gap (to target) | detractors | promoters |
    # drop | rise | improve | worsen | move (a KPI's move over a window, compose_kpi_moves.py)
    low: bool = False  # lowest first
    n: int | None = None  # "top 3"
    by_goodness: bool = False  # "worst"/"best": against the metric's own direction, not its raw value
    in_points: bool = False  # "which % metric lost the most points": percent KPIs only, ranked by points


def top_n(question: str) -> int | None:
    if m := re.search(r"\b(?:top|bottom|worst|best|first|biggest|main)\s+(\d+|" + "|".join(_NUMBERS) + r")\b",
                      question.lower()):
        return int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
    return None


def is_comparison(question: str) -> bool:
    return bool(_COMPARE.search(question.lower()))


def is_priority(question: str) -> bool:
    return bool(_PRIORITY.search(question.lower()))


def asks_goal(question: str) -> bool:
    return bool(_GOAL.search(question.lower()))


# "biggest kpi drop", "which sales kpi has improved most", "which % metric lost the most points"
_MOVE_WORD = (r"(drop(?:ped|s)?|fall|falls|fell|fallen|declin\w*|lost|los[ei]ng|decreas\w*|rise|rises|rose|risen|"
              r"gain\w*|grew|grow\w*|increas\w*|jump\w*|improv\w*|worsen\w*|deteriorat\w*|mov\w*|chang\w*|swing)")
_KPI_MOVE = re.compile(r"\b(?:biggest|largest|greatest|sharpest|steepest|most)\b[^?.!]*?\b(?:kpis?|metrics?|measures?)"
                       r"\b[^?.!]*?\b" + _MOVE_WORD + r"\b|\b(?:kpis?|metrics?|measures?)\b[^?.!]*?\b" + _MOVE_WORD
                       + r"\b[^?.!]*?\b(?:most|furthest|the biggest|the largest)\b")
_MOVE_KIND = (("improve", r"improv|gain"), ("worsen", r"worsen|deteriorat"),
              ("drop", r"drop|fall|fell|declin|lost|los[ei]ng|decreas"), ("rise", r"ris|rose|grew|grow|increas|jump"))


def kpi_move(lowered: str) -> str | None:
    """The move a ranking of KPIs asks for ("drop", "rise", "improve", "worsen", any "move"), or None."""
    if (m := _KPI_MOVE.search(lowered)) is None:
        return None
    said = m.group(1) or m.group(2)
    return next((kind for kind, pattern in _MOVE_KIND if re.match(pattern, said)), "move")


# "which kpis are hitting target", "what's on track": the ones meeting their targets are what is asked for
_ON_TARGET = re.compile(r"\b(hitting|hit|meeting|meet|making|achieving|reaching|beating|above|ahead of|on) "
                        r"(the |their |its )?targets?\b|\bon track\b")


def asks_on_target(question: str) -> bool:
    return bool(_ON_TARGET.search(question.lower()))


_OFF_TARGET = re.compile(r"\b(furthest|farthest|most|worst|further|far|badly|biggest|largest|way) (off|from|behind|"
                         r"short of|below|under|away from|adrift of|missing)( the| their| its)? targets?\b|"
                         r"\b(biggest|largest|worst) (gaps?|miss(es)?|shortfalls?) (to|from|against|vs\.?|on) "
                         r"(the |their |its )?targets?\b|"
                         # "worst kpi vs target", "weakest metrics against their targets"
                         r"\b(worst|weakest|poorest)( performing)? (kpis?|metrics?) (vs\.?|versus|against|relative to|"
                         r"compared (to|with)) (the |their |its )?targets?\b")


_COMPLAINT_WORDS = ("complaint", "complain", "moan", "gripe", "grumbl")
# What is ranked is the customers' own groups: "which segment", "what customer type", "which group of users".
_SEGMENT_THINGS = re.compile(r"\b(segments?|cohorts?|(customer|user|member|client|guest|shopper|buyer|patient)s? "
                             r"(types?|groups?|kinds?|segments?|categor(y|ies))|(types?|kinds?|groups?|categor(y|ies)) "
                             r"of (customers?|users?|members?|clients?|people|guests?|shoppers?|buyers?|patients?))\b")
# how customers scored a place, with no score named: "best rated", "lowest scoring"
_RATED = re.compile(r"\b(rated|ratings?|scor(es|ed|ing)|marks?)\b")
_UNHAPPY = re.compile(r"\b(unhapp\w*|dissatisf\w*|frustrat\w*|annoyed|angr\w*|upset|negative|critical|complain\w*|"
                      r"struggl\w*|detractors?)\b")


def read_rank(question: str, has_metric: bool, score_type: str | None) -> Rank | None:
    """A ranking question: a superlative (or "top N"/"rank") and what is ranked, by what."""
    lowered = question.lower()
    if _OFF_TARGET.search(lowered):  # "which kpis are furthest off target": every KPI by its gap to target
        return Rank(things="kpi", by="gap", n=top_n(question))
    if (moved := kpi_move(lowered)) is not None:  # "biggest kpi drop since mid feb": every KPI by its move
        return Rank(things="kpi", by=moved, n=top_n(question), in_points=bool(re.search(r"%|\bpoints?\b", lowered)))
    if (m := _BREAKDOWN.search(lowered)) and (has_metric or score_type):
        return Rank(things=m.group(1), by="score" if score_type and not has_metric else "metric")
    cue = _RANK_CUE.search(lowered)
    if cue is None:
        return None
    q = stems(question)
    cues = [m.group(1) for m in _RANK_CUE.finditer(lowered)]
    word = next((w for w in cues if w in _HIGH or w in _LOW), cue.group(1))  # "rank X by nps, worst first"
    if _SEGMENT_THINGS.search(lowered):  # "which customer segment is least happy at checkout": by their scores
        # "the most frustrated customer type" is the lowest scored ("unhappiest" is a superlative of its own)
        unhappy = bool(_UNHAPPY.search(re.sub(rf"\b{word}\b", " ", lowered)))
        low = (word in _LOW) != unhappy if word != "worst" else not unhappy
        return Rank(things="segment", by="score", low=low, n=top_n(question))
    things = ("touchpoint" if any(s in q for s in ("touchpoint", "channel", "step")) else
              "stage" if any(s in q for s in ("stage", "phase", "part")) else
              "journey" if "journey" in q and not any(s in q for s in ("pain", "problem", "issu")) else "")
    group = re.search(r"\b(detractor|promoter)s\b", lowered)
    if group and things:  # "which touchpoints get the most detractors": a count of that score group
        by = f"{group.group(1)}s"
    elif things in ("stage", "touchpoint") and any(s in q for s in _COMPLAINT_WORDS):
        by = "critical"  # "which stage has the most complaints": what customers said, the critical comments
    elif any(s in q for s in ("pain", "problem", "issu", "friction", "complaint")):
        by, things = "pain", things or "pain"
    elif has_metric or score_type:
        by = "score" if score_type and not has_metric else "metric"
    elif things in ("stage", "touchpoint") and (_RATED.search(lowered) or word in ("best", "strongest")):
        by = "score"  # "best rated touchpoint", "our best stage": by the survey scores given there
    elif any(s in q for s in ("comment", "feedback", "respons", "mention")):
        by = "critical" if _UNHAPPY.search(lowered) else "comments"  # "the most negative comments"
    elif any(s in q for s in ("emot", "mood", "sentiment", "happiest", "unhappiest", "feel")):
        return None  # the emotion composer ranks by the maps' emotion already
    elif word in ("worst", "poorest", "weakest") and things in ("stage", "touchpoint"):
        by = "critical"  # "our worst touchpoint", by nothing named: where the most critical comments are
    else:
        return None
    if not things:
        return None
    low = word in _LOW
    if by in ("pain", "comments", "critical") and word in ("worst", "poorest", "bottom", "weakest", "unhappiest"):
        low = False  # the worst stage for pain points is the one with the most of them
    goodness = word in ("worst", "best", "poorest", "weakest", "strongest", "happiest", "unhappiest")
    return Rank(things=things, by=by, low=low, n=top_n(question), by_goodness=goodness and by in ("metric", "score"))
