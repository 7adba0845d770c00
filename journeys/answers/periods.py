"""Find the period a question is about: "last week", "in March 2018", "since September", "this quarter"...

Relative periods are anchored at the knowledge base's own "now": the newest dated item, or today if that is
later, so "last week" means the last week the data covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"  # noqa: E501
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twelve": 12, "a": 1}


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end, f"the period before {self.label}")


def week_of(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), f"the week of {monday.isoformat()}")


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    end = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
    return Period(start, end, start.strftime("%B %Y"))


def quarter_period(year: int, quarter: int) -> Period:
    start = date(year, 3 * (quarter - 1) + 1, 1)
    end = month_period(year, 3 * quarter).end
    return Period(start, end, f"Q{quarter} {year}")


def _year_for_month(month: int, year: str | None, anchor: date) -> int:
    if year:
        return int(year)
    return anchor.year if month <= anchor.month else anchor.year - 1


def parse_period(question: str, anchor: date) -> Period | None:
    """The first period named in the question, or None."""
    q = question.lower()
    if m := re.search(r"\b(\d{4})-w(\d{1,2})\b", q):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return Period(monday, monday + timedelta(days=6), f"week {m.group(1)}-W{int(m.group(2)):02d}")
    if m := re.search(r"\bbetween (\d{4}-\d{2}-\d{2}) and (\d{4}-\d{2}-\d{2})\b", q):
        start, end = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        return Period(start, end, f"{start.isoformat()} to {end.isoformat()}")
    if m := re.search(r"\b(?:on|for|of) (\d{4}-\d{2}-\d{2})\b", q):
        day = date.fromisoformat(m.group(1))
        return Period(day, day, day.isoformat())
    if m := re.search(r"\bsince (?:" + _MONTH + r"(?:\s+(\d{4}))?|(\d{4}-\d{2}-\d{2}))\b", q):
        if m.group(3):
            start = date.fromisoformat(m.group(3))
        else:
            month = MONTHS[m.group(1)]
            start = date(_year_for_month(month, m.group(2), anchor), month, 1)
        return Period(start, anchor, f"since {start.isoformat()}")
    if m := re.search(r"\bq([1-4])\s*(?:of\s*)?(\d{4})?\b", q):
        quarter = int(m.group(1))
        year = int(m.group(2)) if m.group(2) else anchor.year
        return quarter_period(year, quarter)
    if m := re.search(r"\b" + _MONTH + r"(?:\s+(\d{4}))?\b", q):
        word = m.group(1)
        if word != "may" or m.group(2) or re.search(r"\b(?:in|during|of|for)\s+may\b", q):
            month = MONTHS[word]
            return month_period(_year_for_month(month, m.group(2), anchor), month)
    if m := re.search(r"\b(?:in|during|for)\s+(\d{4})\b", q):
        year = int(m.group(1))
        return Period(date(year, 1, 1), date(year, 12, 31), str(year))
    return _relative(q, anchor)


def _relative(q: str, anchor: date) -> Period | None:
    this_week = week_of(anchor)
    if re.search(r"\b(this|current) week\b", q):
        return Period(this_week.start, this_week.end, f"this week ({this_week.start.isoformat()})")
    if re.search(r"\b(last|previous|past) week\b", q):
        start = this_week.start - timedelta(days=7)
        return Period(start, start + timedelta(days=6), f"last week ({start.isoformat()})")
    if m := re.search(r"\b(?:last|past|previous)\s+(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(day|week|month)s?\b", q):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        days = {"day": 1, "week": 7, "month": 30}[m.group(2)] * n
        return Period(anchor - timedelta(days=days - 1), anchor, f"the last {n} {m.group(2)}s")
    if re.search(r"\b(this|current) month\b", q):
        return Period(anchor.replace(day=1), anchor, anchor.strftime("%B %Y"))
    if re.search(r"\b(last|previous|past) month\b", q):
        first = anchor.replace(day=1) - timedelta(days=1)
        return month_period(first.year, first.month)
    quarter = (anchor.month - 1) // 3 + 1
    if re.search(r"\b(this|current) quarter\b", q):
        return Period(quarter_period(anchor.year, quarter).start, anchor, f"this quarter (Q{quarter} {anchor.year})")
    if re.search(r"\b(last|previous|past) quarter\b", q):
        year, quarter = (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)
        return quarter_period(year, quarter)
    if re.search(r"\b(this|current) year\b", q):
        return Period(date(anchor.year, 1, 1), anchor, str(anchor.year))
    if re.search(r"\b(yesterday)\b", q):
        day = anchor - timedelta(days=1)
        return Period(day, day, day.isoformat())
    if re.search(r"\b(today)\b", q):
        return Period(anchor, anchor, anchor.isoformat())
    return None
