"""Declines for what a customer-journey base holds nothing about unless its own maps or KPIs say so: finance,
staff and amounts of money (checks of journeys/answers/subjects.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.compose_general import store_holdings
from journeys.answers.format import metric_label, more_text
from journeys.answers.periods import asks_latest, is_time_word
from journeys.answers.short_forms import english_words
from journeys.answers.subject_words import FILLERS, GENERIC
from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import Vocabulary
from journeys.store.db import store_cached
from journeys.store.models import Kpi
from retrieval.tokens import STOPWORDS, stem

if TYPE_CHECKING:
    from journeys.answers.subjects import Keywords

# What a customer-journey base holds nothing about unless its own maps or KPIs say so (general business
# vocabulary, not any one base's): money, staff, markets. Declined only when no map or KPI uses the word.
OUTSIDE_CX = ("revenu", "profit", "ebitda", "share price", "stock price", "valuat", "dividend", "salari",
              "payrol", "headcount", "hiring", "employ", "recruit", "workforc", "staff turnov", "market share", "earn",
              "cost us", "cost the compani", "cost the council", "spent on", "spend on")


def outside_cx(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    lowered = " ".join(stem(w) for w in re.findall(r"[a-z]+", u.question.lower()))
    for term in OUTSIDE_CX:
        if re.search(rf"\b{term}", lowered):
            words = term.split()
            if keywords.containing_all([stem(w) for w in words], kinds=("kpi",), limit=1) or any(
                    words[0] in m for m in vocab.metrics):
                return None
            shown = next((w for w in re.findall(r"[\w'-]+", u.question) if stem(w.lower()).startswith(words[0])),
                         term)
            kpis = more_text(sorted({n.replace("_", " ") for n in vocab.metrics.values()}), limit=8)
            kpis = kpis.rstrip(".")
            shown = shown.lower() + (" " + " ".join(words[1:]) if len(words) > 1 else "")
            held = store_holdings(session) or "nothing yet"
            return (f"The knowledge base does not cover “{shown}”: it holds {held} about the customer journey, "
                    f"not finance or staff figures." + (f" Its KPIs are {kpis}." if kpis else ""))
    return None


_CURRENCY = re.compile(r"[£$€¥]|\b(pounds?|dollars?|euros?|quid|gbp|usd|eur|bucks)\b", re.I)


def money(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """"how much did the appeal raise in total £": an amount of money, where no KPI is kept in a currency."""
    if (not _CURRENCY.search(u.question) or u.metrics or not (u.asks_figure or u.aggregate)
            or u.intents & {"owner", "goal", "touchpoints"}):
        return None  # "who owns the 40 quid minimum banner" asks for no amount
    units = store_cached(session, ("kpi units",), lambda: {slug: unit for slug, unit in session.execute(
        select(Kpi.metric_slug, Kpi.unit).where(Kpi.unit.is_not(None)).distinct())})
    money = sorted(slug.replace("_", " ") for slug, unit in units.items() if _CURRENCY.search(str(unit)))
    if money:
        return (f"No KPI in the knowledge base records that amount of money; the KPIs it keeps in a currency are "
                f"{more_text(money, len(money), limit=6).rstrip('.')}.")
    held = store_holdings(session) or "nothing yet"
    return (f"The knowledge base does not cover amounts of money: it holds {held} about the customer journey, "
            f"and none of its KPIs is kept in a currency.")


def team_size(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """"how many people are on the support team": a team's size is staff data, not in a journey base."""
    lowered = u.question.lower()
    # "how many people work in customer service", "how many ppl in the support team rn"
    # "how many crew staff do we have on the bulky team": a word may come before the staff noun
    staff = re.search(r"\bhow many ([\w-]+ )?(people|staff|employees|agents|advisors|workers|colleagues)\b.*\b(work|"
                      r"employ\w*|(are|is) (in|on|at)|do we have|have we got|are there)\b", lowered) or re.search(
        r"\bhow many ([\w-]+ )?(people|staff|employees|agents|advisors|workers|colleagues) (are )?(in|on|at|within) "
        r"(the |our )?"
        r"([\w-]+ ){0,3}(team|department|dept|desk|office|squad|crew|centre|center|unit)s?\b", lowered)
    if (staff or u.owner and not u.metrics and re.search(r"\bhow (many|big)\b|\bnumber of (people|staff|agents)\b",
                                                          lowered)) and not u.count_mentions:
        ask = f"which touchpoints does {u.owner} own?" if u.owner else "who owns a touchpoint"
        return (f"The knowledge base does not cover team sizes: the maps only name which team owns each touchpoint "
                f"(ask “{ask}”).")
    return None


# "xero's onboarding nps", "Acme’s conversion rate": whose figure, by a possessive
_POSSESSIVE = re.compile(r"\b([A-Za-z][\w&.-]*)['’]s\b")
# "whats limes unlock success rate", "what is boots online pharmacy nps": the possessive typed bare, in the place
# of the figure's owner; read so only when the base never uses the word at all
_BARE_POSSESSIVE = re.compile(r"^\s*(?:what|how)(?:['’]?s| is| was| are)\s+([a-z][\w&.-]*[^s\W]s)\s+\w", re.I)


def others_figure(u: Understanding, vocab: Vocabulary, session: Session, keywords: Keywords) -> str | None:
    """A figure that belongs to someone named by a possessive who is none of the base's own names (a journey,
    stage, touchpoint, team, segment or the organisation's own name): a competitor or a supplier the maps may
    mention ("we import from Xero"), whose figures the base does not hold; its own figures are our customers'."""
    if not (u.metrics or u.score_type):
        return None
    own = ({s for e in vocab.entities for s in e.stems} | {stem(w) for n in vocab.owners + vocab.segments
                                                           for w in re.findall(r"\w+", n.lower())} | vocab.house)
    for m in _POSSESSIVE.finditer(u.question):
        word = m.group(1)
        lowered = word.lower()
        if stem(lowered) in own or lowered in STOPWORDS or lowered in english_words() and (
                word.islower() or not u.question[:m.start()].strip()):
            continue  # "What's", "the app's rating", "Today's nps": a general word, in lower case or first
        return _not_ours(u, word, session)
    if (m := _BARE_POSSESSIVE.search(u.question)) is not None:
        word = m.group(1)
        lowered = word.lower()
        forms = (lowered, lowered[:-1])  # "todays" is today's
        if (not {stem(w) for w in forms} & (own | GENERIC | FILLERS) and lowered not in STOPWORDS
                and not any(is_time_word(w) or asks_latest(w) for w in forms)
                and not any(stem(lowered) in slug.split("_") or lowered[:-1] in slug for slug in vocab.metrics)
                and not keywords.known_terms([stem(lowered)], None)):
            return _not_ours(u, word, session)
    return None


def _not_ours(u: Understanding, word: str, session: Session) -> str:
    figure = metric_label(u.metrics[0]) if u.metrics else (u.score_type or "").upper()
    return (f"The knowledge base holds no {figure} of “{word}”: its KPIs and survey scores are about our own "
            f"customers' journeys, so I will not answer with those. It holds {store_holdings(session)}.")
