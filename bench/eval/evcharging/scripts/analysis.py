"""Helpers used by make_questions.py to compute gold figures from the generated files."""
import csv, datetime as dt, os, re
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def load_comments():
    rows = []
    for fn, score_type_default in [("post_session_survey_2026q1.csv", "nps"), ("membership_pulse_2026q1.csv", "nps")]:
        for r in csv.DictReader(open(os.path.join(K, "comments", fn), encoding="utf-8")):
            rows.append(dict(id=r["id"], date=dt.date.fromisoformat(r["date"]), journey=r["journey"],
                             stage=r["stage"], touchpoint=r["touchpoint"], score=r["score"],
                             score_type=r["score_type"], segment=r["segment"], comment=r["comment"], file=fn))
    for r in csv.DictReader(open(os.path.join(K, "comments", "medallia_export_2026-03-16.csv"), encoding="utf-8")):
        rows.append(dict(id=r["Response ID"], date=dt.datetime.strptime(r["Response Date"], "%d/%m/%Y %H:%M").date(),
                         journey=r["Journey Name"], stage=r["Journey Step"], touchpoint=r["Touchpoint Name"],
                         score=r["OSAT"], score_type=r["Scale"], segment=r["Customer Tier"], comment=r["Verbatim"],
                         file="medallia"))
    for r in rows:
        r["score"] = int(r["score"]) if r["score"] != "" else None
    return rows


def load_kpis():
    rows = []
    for fn in ["charging_weekly_kpis.csv", "membership_weekly_kpis.csv"]:
        for r in csv.DictReader(open(os.path.join(K, "kpis", fn), encoding="utf-8")):
            r["value"] = float(r["value"]); r["target"] = float(r["target"]); r["date"] = dt.date.fromisoformat(r["date"])
            rows.append(r)
    return rows


def series(kpis, metric, journey=None):
    s = sorted((r["date"], r["value"]) for r in kpis if r["metric"] == metric and (journey is None or r["journey"] == journey))
    return s


def nps(scores):
    scores = [s for s in scores if s is not None]
    p = sum(1 for s in scores if s >= 9); d = sum(1 for s in scores if s <= 6)
    return 100.0 * (p - d) / len(scores), len(scores)


def csat(scores):
    scores = [s for s in scores if s is not None]
    return 100.0 * sum(1 for s in scores if s >= 4) / len(scores), len(scores)


def sel(rows, **kw):
    out = []
    for r in rows:
        ok = True
        for k, v in kw.items():
            if str(r[k]).lower() != str(v).lower():
                ok = False
        if ok:
            out.append(r)
    return out
