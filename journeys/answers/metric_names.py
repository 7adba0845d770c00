"""Metric names in a question: a metric slug typed whole, through general KPI synonyms ("drop-off" ->
abandonment), as an initialism ("GRR"), or by a word only its name has beside the measure it ends on
("requisition rate")."""

from __future__ import annotations

import re
from functools import lru_cache

from journeys.answers.spelling import SMALL_WORDS as _SMALL_WORDS
from journeys.answers.spelling import same_family, stems, words
from retrieval.tokens import stem

_GENERIC = {"rate", "score", "averag", "avg", "percent", "pct", "total", "count", "number", "ratio", "the", "of",
            "and", "in", "a", "to", "for", "on", "day", "d", "week", "weekly", "level", "minut", "min", "mins", "hour",
            "hr", "hrs", "h", "second", "sec", "secs", "s", "ms", "percentag"}

# Question words -> stems a metric name may carry (general KPI vocabulary, not any one data set's).
METRIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "drop": ("abandon", "dropoff", "drop"), "dropoff": ("abandon", "dropoff"), "abandon": ("abandon",),
    "leav": ("churn", "abandon"), "attrit": ("churn",), "cancel": ("churn",), "churn": ("churn",),
    "net": ("nps",), "promot": ("nps",), "recommend": ("nps",), "nps": ("nps",),
    "satisfact": ("csat", "satisfact"), "satisfi": ("csat", "satisfact"), "happi": ("csat",),
    "effort": ("ces", "effort"), "easi": ("ces",),
    "convert": ("convers",), "convers": ("convers",), "click": ("ctr", "click"), "ctr": ("ctr",),
    "open": ("open",), "retain": ("retent",), "retent": ("retent",), "repeat": ("repeat",),
    "deliveri": ("deliveri",), "refer": ("referr", "refer"), "referr": ("referr",),
    "resolut": ("resolut",), "return": ("return",), "refund": ("refund",),
}


def metric_stems_of(question: str) -> set[str]:
    """The question's stems and the metric words their general synonyms lead to."""
    q_stems = set(stems(question))
    expanded = set(q_stems)
    for s in q_stems:
        expanded.update(METRIC_SYNONYMS.get(s, ()))
    if "drop" in q_stems and "off" in words(question):
        expanded.add("abandon")
    return expanded


def match_metrics(metrics: tuple[str, ...], question: str) -> list[tuple[str, float]]:
    """Metric slugs named (or implied) by the question, best first."""
    q_stems = set(stems(question))
    expanded = metric_stems_of(question)
    results: list[tuple[str, float]] = []
    # An initialism counts when typed in capitals (GRR), or when it could be no word (grr, ttv): "car" is a
    # word, not cart_abandonment_rate.
    q_words = {w.lower() for w in re.findall(r"\b[A-Z]{3,}s?\b", question)}
    q_words |= {w for w in words(question) if len(w) >= 3 and not set(w) & set("aeiouy")}
    q_words |= {w[:-1] for w in q_words if w.endswith("s") and len(w) > 3}  # "NRRs"
    for slug in metrics:
        if q_words & acronyms(slug):
            results.append((slug, 1.1))  # "GRR" -> gross_revenue_retention, "TTV" -> time_to_value_days
            continue
        content = metric_content(slug)
        direct = sum(1 for t in content if t in q_stems or family_typed(t, q_stems))
        via_synonym = sum(1 for t in content if t in expanded or family_typed(t, q_stems))
        if direct == len(content):
            results.append((slug, 1.0 + 0.1 * len(content)))
        elif via_synonym == len(content):
            results.append((slug, 0.9 + 0.05 * len(content)))
        elif _by_own_word(metrics, slug, content, q_stems):  # (before a near miss: "renewal rate" is named)
            results.append((slug, 0.75))
        elif via_synonym and via_synonym >= max(1, len(content) - 1) and len(content) > 1:
            results.append((slug, 0.5 + 0.1 * via_synonym))
    results.sort(key=lambda r: -r[1])
    return results


def family_typed(name_stem: str, q_stems: set[str]) -> bool:
    """"fail rate" for funding_code_failure_rate: a typed word of the name's word family that Snowball cut
    apart from it ("fail" of failure, "depart" of departures), four letters or more."""
    return any(len(s) >= 4 and (same_family(s, name_stem) or len(name_stem) - len(s) <= 2
                                and name_stem.startswith(s)) for s in q_stems if s != name_stem)


def _by_own_word(metrics: tuple[str, ...], slug: str, content: tuple[str, ...], q_stems: set[str]) -> bool:
    """"requisition rate" for land_registry_requisition_rate: a word only this metric's name has, typed with
    the measure its name ends on (rate, days, score...)."""
    tail = stem(slug.rsplit("_", 1)[-1])
    if tail not in _GENERIC or tail in _SMALL_WORDS or tail not in q_stems:
        return False
    own = _own_metric_words(metrics)
    return any(t in q_stems and own.get(t) == slug for t in content)


@lru_cache(maxsize=16)
def _own_metric_words(metrics: tuple[str, ...]) -> dict[str, str]:
    """stem -> the one metric whose name holds it (stems several metrics share are left out)."""
    holders: dict[str, set[str]] = {}
    for slug in metrics:
        for t in metric_content(slug):
            holders.setdefault(t, set()).add(slug)
    return {t: next(iter(h)) for t, h in holders.items() if len(h) == 1}


_UNIT_WORDS = {"days", "day", "d", "hours", "h", "pct", "percent", "rate", "score", "count", "avg", "average", "ms",
               "s"}


@lru_cache(maxsize=4096)
def acronyms(slug: str) -> frozenset[str]:
    """Initialisms a team may use for a metric: gross_revenue_retention -> grr; time_to_value_days -> ttv,
    tvd, ttvd. Only three letters or more, so that no common word is taken for one. Kept per slug: every
    question's metric match asks for each metric's."""
    parts = [p for p in re.split(r"[_\W]+", slug.lower()) if p]
    variants = [parts, [p for p in parts if p not in _SMALL_WORDS]]
    variants += [v[:-1] for v in list(variants) if len(v) > 2 and v[-1] in _UNIT_WORDS]
    return frozenset("".join(p[0] for p in v) for v in variants if len(v) >= 3)


@lru_cache(maxsize=4096)
def metric_content(slug: str) -> tuple[str, ...]:
    """The stems that name a metric, less its generic words ("rate", "days", "count") unless that is all (kept
    per slug, as `acronyms`)."""
    tokens = tuple(stem(t) for t in slug.split("_") if t)
    return tuple(t for t in tokens if t not in _GENERIC) or tokens
