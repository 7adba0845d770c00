"""A figure of a kind the base's KPIs are not ("attrition rate for fault repair", "avg pot value" beside
pot_transfer_rate): a check of journeys/answers/subjects.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from journeys.answers.format import more_text
from journeys.answers.metric_names import METRIC_SYNONYMS
from journeys.answers.periods import asks_latest
from journeys.answers.subject_words import FILLERS, GENERIC, LEADING
from journeys.answers.understand import _AGGREGATE, Understanding
from journeys.answers.vocabulary import Vocabulary, content_stems
from retrieval.tokens import STOPWORDS, stem

if TYPE_CHECKING:
    from journeys.answers.subjects import Keywords

_KINDS = ("rate", "rating", "ratio", "score", "percentage", "time", "count", "level", "volume", "size", "amount",
          "balance", "value")
_METRIC_PHRASE = re.compile(r"\b((?:[a-z0-9'-]+ ){1,3})(" + "|".join(_KINDS) + r")s?\b")
_KIND_STEMS = {stem(kind) for kind in _KINDS}
# Kind words that name a figure only when some KPI is of that kind ("avg pot size" where no KPI is a size)
_RARE_KINDS = {"size", "amount", "balanc", "valu"}

def unknown_metric(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """"attrition rate for fault repair" where no KPI is about attrition: a figure the base does not record."""
    if u.score_type or u.rank or not vocab.metrics or u.count_mentions:
        return None
    if not u.asks_figure and {"pain", "comments", "complaints", "praise"} & u.intents:
        return None  # "the screens that show train times - any problems?": a place described, no figure asked
    metric_words = {stem(w) for slug in vocab.metrics for w in slug.split("_")}
    # A general synonym ("churn", "promoter") counts only when it leads to a word of a KPI the base records.
    metric_words |= {word for word, targets in METRIC_SYNONYMS.items() if set(targets) & metric_words}
    if (money := _money_figure(u, vocab, metric_words)) is not None:
        return money
    for m in _METRIC_PHRASE.finditer(u.question.lower()):
        words = [w for w in m.group(1).split() if w not in STOPWORDS and w not in LEADING]
        if not words:
            continue
        head = stem(words[-1])
        named = {s_ for slug in u.metrics for s_ in content_stems(slug.replace("_", " "))}
        kind = stem(m.group(2))
        if u.metrics and kind not in metric_words and {stem(w) for slug in u.metrics for w in slug.split("_")} \
                & _KIND_STEMS:
            return _no_kpi(f"{words[-1]} {m.group(2)}", vocab)  # "avg pot value" is no pot_transfer_rate
        if u.metrics and ({stem(w) for w in words} & named or stem(m.group(2)) in named
                          and bool(_AGGREGATE.fullmatch(words[-1]) or asks_latest(words[-1]))):
            # a named KPI's own words ("first response time"), not just its kind word ("rate"); or the kind
            # word of the KPI named, after a superlative ("lowest first time fix rate")
            continue
        # "delivery rate": a place's own words before the kind word may ask for that place's KPI of the kind;
        # "water quality complaint rate" names no one place, whatever places its words come from
        phrase_stems = {stem(w) for w in words} - GENERIC - FILLERS
        place_words = {s_ for e in vocab.entities if phrase_stems <= set(e.stems) for s_ in e.stems}
        if kind in _RARE_KINDS and (kind in metric_words or not u.asks_figure):
            continue  # a KPI of that kind exists, and is read as usual; or no figure is asked
        if head in GENERIC - metric_words and phrase_stems and not phrase_stems & metric_words and not place_words \
                and u.asks_figure and not u.metrics:
            # "water quality complaint rate": a cue word before the kind word; the words before it say of what,
            # and no KPI and no one place is about them
            return _no_kpi(" ".join([*words, m.group(2)]), vocab)
        if any(stem(part) in metric_words for part in words[-1].split("-")) or {head} & (
                metric_words | GENERIC | FILLERS | (set() if kind in _RARE_KINDS else place_words)):
            continue
        return _no_kpi(f"{words[-1]} {m.group(2)}", vocab)
    return None


# What something costs is a figure only a KPI kept of that kind holds ("battery swap cost per vehicle", "avg cost
# per alarm call"); the words before it say of what
_MONEY = re.compile(r"\b((?:[a-z0-9'-]+ ){0,2})(costs?|prices?|pricing|spend|fees?)\b")


def _money_figure(u: Understanding, vocab: Vocabulary, metric_words: set[str]) -> str | None:
    lowered = u.question.lower()
    if not (u.asks_figure or u.period or re.search(r"\bhow much\b|\b(costs?|prices?|spend|fees?) per\b", lowered)):
        return None  # "is the pass worth the price?": an opinion asked, no amount
    if "owner" in u.intents and re.search(r"\bwho|\bwhich team\b", lowered) and "how much" not in lowered:
        return None  # "who's responsible for the price change emails": a team asked, no amount
    for m in _MONEY.finditer(lowered):
        kind = stem(m.group(2))
        words = [w for w in m.group(1).split() if w not in STOPWORDS and w not in LEADING and stem(w) not in FILLERS]
        # An amount over a window ("avg ticket price this month") only a KPI holds: a place's name must be the
        # phrase itself ("Pricing page"); a price asked once may be in the map of a place named for it ("Fee
        # breakdown")
        said = {stem(w) for w in words} | {kind} if u.aggregate or u.period else {kind}
        if kind in metric_words or any(said <= set(e.stems) for e in vocab.entities):
            continue  # a KPI of that kind ("cost_per_contact"), or a place's name
        return _no_kpi(" ".join([*words, m.group(2)]), vocab)
    return None


def _no_kpi(called: str, vocab: Vocabulary) -> str:
    kpis = more_text(sorted({n.replace("_", " ") for n in vocab.metrics.values()}), limit=10).rstrip(".")
    return (f"No KPI called “{called}” is recorded in the knowledge base, so I will not answer with another "
            f"figure. Its KPIs are {kpis}.")
