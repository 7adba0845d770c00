"""Parse the cell values the formats define: dates, numbers, booleans, score types."""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from knowledge.text import slugify

SCORE_RANGES: dict[str, tuple[float, float]] = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
SCORE_TYPES = ("nps", "csat", "ces", "rating")
# Name words that mark a metric where lower is better (KNOWLEDGE-FORMATS.md, plus a few common ones).
_LOWER_IS_BETTER = {"abandonment", "abandon", "abandoned", "churn", "effort", "time", "cost", "costs", "drop",
                    "dropoff", "bounce", "complaints", "errors", "latency", "wait", "ces", "aht"}


class ValueProblem(ValueError):
    """A cell that cannot be read; the message names the value and what was expected."""


def parse_datetime(text: str, date_format: str | None) -> datetime:
    text = text.strip()
    if date_format:
        try:
            return datetime.strptime(text, date_format)
        except ValueError as exc:
            raise ValueProblem(f"date {text!r} does not match --date-format {date_format!r} ({exc})") from None
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        if len(candidate) == 10 and candidate[4] == "-":
            return datetime.combine(date.fromisoformat(candidate), datetime.min.time())
        return datetime.fromisoformat(candidate)
    except (ValueError, IndexError):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", candidate):
            raise ValueProblem(f"date {text!r} is not a real date") from None
        raise ValueProblem(
            f"date {text!r} is not ISO 8601 (YYYY-MM-DD); give its layout with --date-format, "
            f"e.g. --date-format \"%d/%m/%Y %H:%M\""
        ) from None


def parse_number(text: str, what: str) -> float:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
        cleaned = cleaned.replace(",", "")
    elif re.fullmatch(r"-?\d+,\d+", cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueProblem(f"{what} {text.strip()!r} is not a number") from None
    if math.isnan(value) or math.isinf(value):
        raise ValueProblem(f"{what} {text.strip()!r} is not a finite number")
    return value


def parse_bool(text: str, what: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "y", "1", "higher", "up"):
        return True
    if lowered in ("false", "no", "n", "0", "lower", "down"):
        return False
    raise ValueProblem(f"{what} {text.strip()!r} is not true or false")


# "on time", "first time", "real time": the word says when or how well, not a duration ("on_time_delivery_rate",
# "first_time_fix_rate" are better higher)
_NOT_A_DURATION = {"on", "first", "real", "in", "same", "one", "full", "part", "next"}


def default_higher_is_better(metric: str) -> bool:
    """Without a `higher_is_better` value: true unless the name says abandonment, churn, effort, time (a
    duration), cost, drop-off and the like."""
    words = slugify(metric).split("-")
    lower = {w for i, w in enumerate(words) if w in _LOWER_IS_BETTER
             and not (w == "time" and i > 0 and words[i - 1] in _NOT_A_DURATION)}
    return not lower


def score_type_for(value: str | None, score_column: str | None) -> str | None:
    """Explicit type if given, else guessed from the score column's own name."""
    if value:
        lowered = value.strip().lower()
        if lowered not in SCORE_TYPES:
            raise ValueProblem(f"score_type {value!r} is not one of {', '.join(SCORE_TYPES)}")
        return lowered
    if score_column is None:
        return None
    slug = slugify(score_column)
    for kind in ("nps", "csat", "ces"):
        if kind in slug.split("-") or slug.startswith(kind) or "recommend" in slug and kind == "nps":
            return kind
    return "rating"


def check_score(score: float, score_type: str | None) -> None:
    bounds = SCORE_RANGES.get(score_type or "")
    if bounds and not bounds[0] <= score <= bounds[1]:
        raise ValueProblem(f"score {score:g} is outside the {score_type} range {bounds[0]:g}-{bounds[1]:g}")
