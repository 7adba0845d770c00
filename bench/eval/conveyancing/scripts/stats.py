"""Helpers to compute figures from the generated files (used by make_questions.py)."""
import csv, os, datetime as dt
from collections import defaultdict
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "knowledge")

def comments():
    out = []
    for r in csv.DictReader(open(os.path.join(K, "comments", "completion_nps_survey.csv"), encoding="utf-8")):
        out.append(dict(id=r["id"], date=dt.date.fromisoformat(r["date"]), journey=r["journey"], stage=r["stage"],
                        touchpoint=r["touchpoint"], score=int(r["score"]) if r["score"] else None, type="nps",
                        segment=r["segment"], text=r["comment"]))
    for r in csv.DictReader(open(os.path.join(K, "comments", "reviewloop_milestone_export.csv"), encoding="utf-8")):
        out.append(dict(id=r["Response ID"], date=dt.datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M").date(),
                        journey=r["Matter Type"], stage=r["Milestone"], touchpoint=r["Step"],
                        score=int(r["Rating"]) if r["Rating"] else None, type="csat", segment=r["Client Type"],
                        text=r["Feedback Text"]))
    return out

def kpis():
    out = defaultdict(list)
    for fn in ("purchase_weekly_kpis.csv", "sale_weekly_kpis.csv"):
        for r in csv.DictReader(open(os.path.join(K, "kpis", fn), encoding="utf-8")):
            out[(r["metric"], r["journey"])].append((r["date"], float(r["value"]), float(r["target"]), r["higher_is_better"]))
    for v in out.values():
        v.sort()
    return out

def nps(rows):
    s = [r["score"] for r in rows if r["type"] == "nps" and r["score"] is not None]
    if not s:
        return None, 0
    return round(100 * (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s), 1), len(s)

def csat(rows):
    s = [r["score"] for r in rows if r["type"] == "csat" and r["score"] is not None]
    if not s:
        return None, 0
    return round(100 * sum(x >= 4 for x in s) / len(s), 1), len(s)

def sel(rows, **kw):
    return [r for r in rows if all(r[k] == v for k, v in kw.items())]
