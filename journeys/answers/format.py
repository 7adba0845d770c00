"""Number and name formatting shared by the composers."""

from __future__ import annotations

_ACRONYMS = {"nps", "csat", "ces", "ctr", "aov", "clv", "ltv", "cac", "fcr", "roi", "sla", "kpi", "aht"}


def metric_label(metric: str) -> str:
    words = metric.replace("_", " ").replace("-", " ").split()
    out = [w.upper() if w.lower() in _ACRONYMS else w for w in words]
    if out and out[0] == out[0].lower():
        out[0] = out[0].capitalize()
    return " ".join(out)


def number(value: float) -> str:
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if abs(value) >= 10:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{value:.2f}".rstrip("0").rstrip(".")


def precise_number(value: float) -> str:
    """A figure derived from several snapshots (an average): two decimals, so that it is not rounded past the
    precision of what it was derived from (the mean of 82.8 and 91.7 is 87.25, not 87.2)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def with_unit(value: float, unit: str | None, precise: bool = False) -> str:
    unit = (unit or "").strip()
    shown = precise_number(value) if precise else number(value)
    if unit == "%":
        return f"{shown}%"
    if unit and unit.lower() not in ("score", "count", "index", "points"):
        return f"{shown} {unit}"
    return shown


def target_gap_text(value: float, target: float, unit: str | None, higher_is_better: bool) -> str:
    """How far from its target, in the metric's own unit and direction: "3.9 points short", "2 points past",
    "1.5 min over" (a lower-is-better metric above its target), "0.5 min under"."""
    above = value >= target
    word = ("past" if above else "short") if higher_is_better else ("over" if above else "under")
    return f"{change_text(value - target, unit)} {word}"


def change_text(delta: float, unit: str | None) -> str:
    unit = (unit or "").strip()
    size = number(abs(delta))
    if unit == "%":
        return f"{size} point" if size == "1" else f"{size} points"
    if unit and unit.lower() not in ("score", "count", "index"):
        return f"{size} {unit}"
    return size


def quote(text: str, limit: int = 160) -> str:
    from journeys.answers.citations import shorten

    return "“" + shorten(text.replace("“", '"').replace("”", '"'), limit) + "”"


def plural(n: int, word: str, plural_word: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural_word or word + 's')}"


def more_text(names: list[str], total: int | None = None, limit: int = 12) -> str:
    """Names as a sentence that never ends silently: "a, b and c." or "a, b and 9 more: c, d, …, see X"."""
    total = len(names) if total is None else total
    if not names:
        return ""
    shown = names[:limit]
    rest = total - len(shown)
    if rest <= 0:
        return (", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else shown[0]) + "."
    return ", ".join(shown) + f" and {rest} more."


def rest_line(names: list[str], pointer: str = "") -> str:
    """The tail of a list cut short: "…and 2 more: A, B", each named; past 8, with a pointer to where the rest
    live, the pointer instead (with no pointer every one is still named: a list never ends on "…")."""
    if not names:
        return ""
    if len(names) <= 8 or not pointer:
        return f"…and {len(names)} more: " + "; ".join(names) + "."
    return f"…and {len(names)} more ({pointer})."
