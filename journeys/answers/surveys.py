"""Surveys called by their file's name: "% of placement pulse responses that were satisfied" means the comments of
placement_pulse_export.csv. Staff name a survey as its export is named; the words before "survey",
"responses" or "comments" that only one comments file's name holds (less the words every export name has)
name that file, and the scores derived for the question are that file's."""

from __future__ import annotations

import re
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.called_names import name_before
from journeys.answers.understand import Understanding
from journeys.answers.vocabulary import content_stems, stems
from journeys.store.db import store_cached
from journeys.store.models import Source

# words any export's file name may have, which name no one survey
_FILE_WORDS = frozenset({"export", "survey", "comment", "respons", "feedback", "data", "file", "csv", "nps", "csat",
                         "ces", "score", "result", "raw", "verbatim", "dump", "extract", "report"})
_SCORE_WORDS = frozenset({"nps", "csat", "ces", "score", "raw"})  # what is asked of a survey, not its name
_CALLED = re.compile(r"((?:[\w'-]+\s+){1,3})(?:survey|responses|respondents|comments|feedback|export)s?\b")


def survey_names(session: Session, whole: bool = False) -> dict[str, frozenset[str]]:
    """Each comments file's path, with the distinctive stems of its name (`whole`: every stem of it)."""
    def read() -> dict[str, frozenset[str]]:
        paths = session.scalars(select(Source.path).where(Source.kind == "comments"))
        names = {path: frozenset(s for s in stems(PurePath(path).stem.replace("_", " ").replace("-", " "))
                                 if (whole or s not in _FILE_WORDS) and len(s) > 2 and not s.isdigit())
                 for path in paths}
        return {path: name for path, name in names.items() if name}
    return store_cached(session, ("survey names", whole), read)


def take_survey(u: Understanding, session: Session) -> None:
    """Set `u.survey` to the comments file the question calls by name, for a score asked of it; a KPI matched
    only through the file's words ("placement" of placement_fallout_rate) is then no KPI of the question."""
    if not u.score_type:
        return
    names = survey_names(session)
    if len(names) < 2:
        return  # one survey: naming it narrows nothing
    lowered = u.question.lower()
    typed = stems(lowered)
    # "csat in the helpdesk pulse": two words or more of one file's name, all of them, in a row
    # (not when the words name the place understood: "daily care nps" is that journey's, not daily_care_nps_survey's)
    placed = {s for e in (u.journey, u.stage, u.touchpoint) if e is not None for s in e.stems}
    whole = [path for path, name in names.items() if len(name) >= 2 and not name <= placed and any(
        set(typed[i:i + len(name)]) == name for i in range(len(typed) - len(name) + 1))]
    if len(whole) == 1:
        _take(u, whole[0], sorted(names[whole[0]]), lowered)
        return
    for m in _CALLED.finditer(lowered):
        said = name_before(m.group(1), list(names.values()), _FILE_WORDS)
        holders = [path for path, name in names.items() if said and set(said) <= name]
        if not said:  # "from the feedback export": words every export may have, but one file's name has these
            file_words = {s for s in typed if s in _FILE_WORDS - _SCORE_WORDS}
            holders = [path for path, name in survey_names(session, whole=True).items()
                       if len(file_words) >= 2 and file_words <= name]
            said = sorted(file_words) if len(holders) == 1 else said
        if len(holders) == 1:
            _take(u, holders[0], said, lowered)
            return


def _take(u: Understanding, path: str, said: list[str], lowered: str) -> None:
    u.survey = path
    beyond = set(stems(lowered)) - set(said)  # the question's words beyond the survey's name
    u.metrics = [metric for metric in u.metrics
                 if metric == u.score_type or set(content_stems(metric.replace("_", " "))) & beyond]
    u.topic = tuple(s for s in u.topic if s not in said)
