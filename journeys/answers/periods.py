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
    unit: str = "days"  # days | week | month | quarter | year: what "the period before" means
    snapshots: int | None = None  # "the last N weeks": N weekly snapshots, counted back from the latest
    relative: bool = False  # counted back from the latest data ("last month"), not named ("in October")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def phrase(self) -> str:
        """The period after a figure: "in October 2025", "since 2025-10-20 (to the latest data, ...)"."""
        return self.label if self.label.startswith(("since ", "from ")) else f"in {self.label}"

    def previous(self) -> Period:
        """The period just before this one: the calendar month or quarter before a month or quarter, else the
        same number of days."""
        if self.unit == "month":
            before = self.start - timedelta(days=1)
            return month_period(before.year, before.month)
        if self.unit == "quarter":
            before = self.start - timedelta(days=1)
            return quarter_period(before.year, (before.month - 1) // 3 + 1)
        if self.unit == "year":
            return Period(date(self.start.year - 1, 1, 1), date(self.start.year - 1, 12, 31),
                          str(self.start.year - 1), "year")
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end, f"the {length.days + 1} days before", self.unit)


# "now", "atm", "currently", "latest": the latest snapshot, never a window.
_NOW = re.compile(r"\b(now|right now|rn|atm|at the moment|currently|current|latest|today'?s|as of today|"
                  r"most recent|newest|these days)\b")


def asks_latest(question: str) -> bool:
    return bool(_NOW.search(question.lower()))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
             "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_TIME_NOUNS = {"moment", "time", "today", "tonight", "yesterday", "day", "days", "week", "weeks", "weekend",
               "fortnight", "month", "months", "quarter", "quarters", "year", "years", "date", "morning",
               "afternoon", "evening", "now", "lately", "recently", "ytd", "mtd", "qtd", "wk", "wks", "start",
               "beginning", "end", "middle", "early", "mid", "late", "first", "second", "third", "1st", "2nd", "3rd",
               "tomorrow", "season", "christmas", "easter", "summer", "winter", "spring", "autumn", "fall", "q1",
               "q2", "q3", "q4", "h1", "h2", "fy", "past", "previous", "recent", "ago", "period"}


def is_time_word(word: str) -> bool:
    """A word that names a time or a window ("jan", "moment", "fortnight"), never a subject of its own."""
    word = word.lower().strip(".'")
    return word in MONTHS or word in _WEEKDAYS or word in _TIME_NOUNS


def week_of(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), f"the week of {monday.isoformat()}")


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    end = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
    return Period(start, end, start.strftime("%B %Y"), "month")


def quarter_period(year: int, quarter: int) -> Period:
    start = date(year, 3 * (quarter - 1) + 1, 1)
    end = month_period(year, 3 * quarter).end
    return Period(start, end, f"Q{quarter} {year}", "quarter")


def _year_for_month(month: int, year: str | None, anchor: date) -> int:
    if year:
        return int(year)
    return anchor.year if month <= anchor.month else anchor.year - 1


def whole_record(anchor: date) -> Period:
    """Every snapshot the base holds, up to its newest."""
    return Period(date(1900, 1, 1), anchor, "since the first snapshot", "all")


def parse_period(question: str, anchor: date) -> Period | None:
    """The first period named in the question, or None."""
    q = _SINCE_NAMED_DAY.sub(r"\1 ", question.lower())
    if re.search(r"\bsince (we|they|you|it) (\w+ )?(started|began|begun|first)|\bsince (tracking|records?|the data) "
                 r"(started|began|begun)|\bsince (the )?(start|beginning)\b(?! of)|\bsince the first (snapshot|record|"
                 r"reading|data)|\b(since|from) (the )?(start|beginning) of (the )?(data|records?|series|tracking)\b|"
                 r"\b(all[- ]time|ever since)\b|\bfrom the (start|beginning)\b(?! of)|"
                 # "since wk 1", "vs the first week": the data's first week is the baseline
                 r"\b(since|from|vs\.?|versus|compared (to|with)) (the )?(first (week|wk)|(week|wk) ?(1|one))\b|"
                 r"\b(whole|entire|(?:the|over|across|for) full) (period|quarter|time|series|range|window|data|dataset|"
                 r"record|history)\b|"  # ("full time vs part time": people, not the whole record)
                 r"\b(over|across|during|throughout) the (period|data|dataset|record|series)\b", q):
        # "over the whole quarter": the whole record the base holds (its span is what the asker sees as one)
        return whole_record(anchor)
    if m := re.search(r"\b(\d{4})-w(\d{1,2})\b", q):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return Period(monday, monday + timedelta(days=6), f"week {m.group(1)}-W{int(m.group(2)):02d}")
    if span := _day_range(q, anchor):  # "between 26 oct and 23 nov", "from 2026-10-05 to 2026-11-02"
        start, end = span
        return Period(start, end, f"{start.isoformat()} to {end.isoformat()}")
    # "since 5 oct", "from w/c 14 sep to now", "since the week of 7 sept": from that day to the latest data
    # (every "since/from" is tried: "csat from comments since 20 oct")
    for m in re.finditer(r"\b(?:since|after|from)\s+(?:the\s+)?(?:(?:week|wk)\s+(?:of|commencing|beginning|"
                         r"starting)\s+|w/?c\s+)?", q):
        if (day := _DAY.match(q, m.end())) and not re.search(r"\b(?:until|till)\b", q[day.end():]):
            start = _day(day, anchor)
            if start is not None and start <= anchor:
                return Period(start, anchor, f"since {start.isoformat()} (to the latest data, {anchor.isoformat()})")
            break
    if m := re.search(r"\b(?:on|for|of) (\d{4}-\d{2}-\d{2})\b", q):
        day = date.fromisoformat(m.group(1))
        return Period(day, day, day.isoformat())
    # "vs the start of sept": that month's start is the baseline, as "since" it
    if m := re.search(r"\b(?:since|from|after|(?:vs\.?|versus|against|compared (?:to|with))(?=\s+(?:the\s+)?"
                      r"(?:start|beginning) of))\s+(?:the\s+)?(?P<part>(?:start|beginning|end|middle) of\s+|"
                      r"(?:first|1st|second|last) (?:week|day|days|half) of\s+|early\s+|mid[- ]?|late\s+)?"
                      r"(?:" + _MONTH + r"\.?(?:\s+(\d{4}))?|(\d{4}-\d{2}-\d{2})|"
                      r"(\d{4})-(\d{2}))\b", q):
        if m.group(4):  # (group 1 is the part of the month: "mid", "the end of")
            start = date.fromisoformat(m.group(4))
        elif m.group(5):
            start = date(int(m.group(5)), int(m.group(6)), 1)
        else:
            month = MONTHS[m.group(2)]
            start = date(_year_for_month(month, m.group(3), anchor), month, 1)
        part = (m.group("part") or "").strip()
        if part.startswith(("mid", "middle", "second", "late", "end")):
            # "since mid feb": from the middle of the month; "since late feb", "the end of feb": its last week
            start = start.replace(day=15 if part.startswith(("mid", "middle", "second")) else 22)
        if start <= anchor and not re.search(r"\bbetween\b.+\band\b|\bfrom\b.+\b(?:until|till)\b", q):
            return Period(start, anchor, f"since {start.isoformat()} (to the latest data, {anchor.isoformat()})")
    # "w/c 14 july", "the week of 7 sept": that one week
    if (m := re.search(r"\b(?:(?:week|wk)\s+(?:of|commencing|beginning|starting)\s+|w/?c\s+)", q)) and (
            day := _DAY.match(q, m.end())) and (start := _day(day, anchor)) is not None and start <= anchor:
        return Period(start, start + timedelta(days=6), f"the week of {start.isoformat()}")
    if ago := _weeks_ago(q, anchor):
        return ago
    # "since last week", "vs last week", "change on last week": from that period to the latest, a baseline
    if m := re.search(r"\b(?:since|vs\.?|versus|against|compared (?:to|with)|than|(?:chang\w*|up|down|moved?|"
                      r"better|worse|differen\w*) on) (?:last|the last|the previous|previous) (week|month|quarter)\b",
                      q):
        before = _relative(f"last {m.group(1)}", anchor, latest_complete=False)
        if before is not None:
            return Period(before.start, anchor, f"since {before.start.isoformat()} (to the latest data, "
                                                f"{anchor.isoformat()})")
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
        return Period(date(year, 1, 1), date(year, 12, 31), str(year), "year")
    return _relative(q, anchor)


# "since start of term (w/c 1 sep)": the bracketed day is when the named start was
_SINCE_NAMED_DAY = re.compile(r"\b(since|from|after)\s+[a-z' ]{1,30}?\(\s*(?=(?:w/?c\s+|the week of\s+)?\d)")
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH
                  + r"\b\.?(?:,?\s+(\d{4}))?|\b" + _MONTH + r"\.?\s+" + _ORDINAL + r"\b(?:,?\s+(\d{4}))?")
# "26 oct and 23 nov", "from w/c 19 oct to w/c 26 oct": the second day may be a week's start too
# ("9 feb vs 9 mar": one day's snapshot against another's is the change across the span)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|thru|vs\.?|versus|-|–|—)\s*(?:(?:the\s+)?(?:week|wk)\s+"
                         r"(?:of|commencing|beginning|starting)\s+|w/?c\s+)?")


def _day_range(q: str, anchor: date) -> tuple[date, date] | None:
    """Two days written one after the other with "and"/"to"/"-" between them (ISO, "26 oct", "oct 26th"),
    the earlier first; a day without a year is the latest such day not after the anchor."""
    found = list(_DAY.finditer(q))
    for first, second in zip(found, found[1:], strict=False):
        if not _RANGE_JOIN.fullmatch(q[first.end():second.start()]):
            continue
        days = [_day(m, anchor) for m in (first, second)]
        if days[0] is None or days[1] is None:
            continue
        start, end = days
        if start > end and not first.group(6) and not first.group(9):
            start = start.replace(year=start.year - 1)  # "between 20 dec and 10 jan"
        return (start, end) if start <= end else None
    return None


def _day(m: re.Match[str], anchor: date) -> date | None:
    try:
        if m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        day, month, year = (m.group(4), m.group(5), m.group(6)) if m.group(4) else (m.group(8), m.group(7), m.group(9))
        month_number = MONTHS[month]
        if year:
            return date(int(year), month_number, int(day))
        guess = date(anchor.year, month_number, int(day))
        return guess if guess <= anchor else guess.replace(year=anchor.year - 1)
    except ValueError:
        return None  # "31 feb"


def last_week_start(anchor: date, latest_complete: bool = True) -> date:
    """The Monday of "last week": the week before the anchor's, or, when the data's newest day is a Sunday
    (its week is complete: the data was taken after it ended), that week itself, the last week the data
    covers. `latest_complete=False` keeps the week before (a baseline "on last week" is compared against)."""
    this_week = week_of(anchor)
    if latest_complete and anchor == this_week.end:
        return this_week.start
    return this_week.start - timedelta(days=7)


_LAST_N = re.compile(r"\b(?:last|past|previous|recent|(?:over|across|during|throughout) the|in the|(?:the )?(?:whole|"
                     r"entire|full)|all)\s+(\d+|"
                     + "|".join(_NUMBER_WORDS) + r"|couple(?: of)?|few)\s+(day|week|wk|month|quarter)s?\b")


def counted_window(question: str) -> str:
    """The words of a counted window in the question ("last couple weeks"), or "": they say when, never what
    about ("couple" and "two" are not a subject)."""
    m = _LAST_N.search(question.lower())
    return m.group(0) if m else ""


_AGO = re.compile(r"\b(?:(since|vs\.?|versus|against|compared (?:to|with)|than|from|on) )?(?:the )?(\d+|"
                  + "|".join(_NUMBER_WORDS) + r"|couple(?: of)?|few) (week|wk|fortnight)s? ago\b")


def _weeks_ago(q: str, anchor: date) -> Period | None:
    """"4 weeks ago": the week that many weeks before the anchor's week; "vs 4 weeks ago", "since 2 weeks ago":
    from that week to the latest data, so its first snapshot is the baseline the latest is compared with."""
    m = _AGO.search(q)
    if m is None:
        return None
    n = _count(m.group(2)) * (2 if m.group(3) == "fortnight" else 1)
    monday = week_of(anchor).start - timedelta(days=7 * n)
    then = f"{plural_weeks(n)} ago (the week of {monday.isoformat()})"
    if m.group(1):
        return Period(monday, anchor, f"since {then}, to the latest data ({anchor.isoformat()})")
    return Period(monday, monday + timedelta(days=6), then, "week")


def plural_weeks(n: int) -> str:
    return "a week" if n == 1 else f"{n} weeks"


def _count(word: str) -> int:
    """How many a window's count word says: "4", "four", "a", "couple" (with or without its "of", as typed in
    chat), "few"."""
    return int(word) if word.isdigit() else {"couple": 2, "few": 3}.get(word.split()[0]) or _NUMBER_WORDS[word]


def _relative(q: str, anchor: date, latest_complete: bool = True) -> Period | None:
    this_week = week_of(anchor)
    if re.search(r"\b(this|current) week\b", q):
        return Period(this_week.start, this_week.end, f"this week ({this_week.start.isoformat()})")
    if re.search(r"\b(last|previous|past) week\b", q):
        start = last_week_start(anchor, latest_complete=latest_complete)
        return Period(start, start + timedelta(days=6), f"last week ({start.isoformat()})", "week")
    if m := _LAST_N.search(q):
        n = _count(m.group(1))
        unit = {"wk": "week"}.get(m.group(2), m.group(2))
        if unit == "month":  # calendar months: the last N months end with the latest month
            start = month_period(anchor.year, anchor.month).start
            for _ in range(n - 1):
                start = (start - timedelta(days=1)).replace(day=1)
            return Period(start, anchor, f"the last {n} months ({start.isoformat()} to {anchor.isoformat()})",
                          "days")
        if unit == "quarter":
            first = quarter_period(anchor.year, (anchor.month - 1) // 3 + 1).start
            for _ in range(n - 1):
                first = quarter_period((first - timedelta(days=1)).year,
                                       ((first - timedelta(days=1)).month - 1) // 3 + 1).start
            return Period(first, anchor, f"the last {n} quarters ({first.isoformat()} to {anchor.isoformat()})")
        days = {"day": 1, "week": 7}[unit] * n
        start = anchor - timedelta(days=days - 1)
        label = f"the last {n} {unit}{'s' if n != 1 else ''} ({start.isoformat()} to {anchor.isoformat()})"
        return Period(start, anchor, label, "days", n if unit == "week" else None)
    if re.search(r"\b(this|current) month\b", q):
        return Period(anchor.replace(day=1), anchor, anchor.strftime("%B %Y"), "month")
    if re.search(r"\b(?:in|over|during|within|for) the (?:last|past) month\b|\bthe past month\b", q):
        # "in the last month" is the month up to now, a rolling window; "last month" alone the calendar month
        start = anchor - timedelta(days=29)
        return Period(start, anchor, f"the last 30 days ({start.isoformat()} to {anchor.isoformat()})", "days")
    if re.search(r"\b(last|previous|past) month\b", q):
        first = anchor.replace(day=1) - timedelta(days=1)
        month = month_period(first.year, first.month)
        return Period(month.start, month.end, month.label, "month", relative=True)
    quarter = (anchor.month - 1) // 3 + 1
    if re.search(r"\b(this|current) quarter\b", q):
        return Period(quarter_period(anchor.year, quarter).start, anchor, f"this quarter (Q{quarter} {anchor.year})",
                      "quarter")
    if re.search(r"\b(last|previous|past) quarter\b", q):
        year, quarter = (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)
        return quarter_period(year, quarter)
    if re.search(r"\b(this|current) year\b", q):
        return Period(date(anchor.year, 1, 1), anchor, str(anchor.year), "year")
    if re.search(r"\b(yesterday)\b", q):
        day = anchor - timedelta(days=1)
        return Period(day, day, day.isoformat())
    if re.search(r"\b(today)\b", q):
        return Period(anchor, anchor, anchor.isoformat())
    return None
