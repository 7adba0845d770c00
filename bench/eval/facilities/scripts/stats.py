#!/usr/bin/env python3
"""Compute every figure the question sets use, from the generated knowledge files only.

    python3 scripts/stats.py            # print a summary of all figures
Used by scripts/questions.py to fill in figures.
"""
import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KN = ROOT / "knowledge"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", (s or "").lower()).strip("-")


def load_comments():
    """All comment rows with a usable score, normalised to the contract's columns."""
    rows = []
    with open(KN / "comments" / "client_nps_survey.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({**r, "file": "nps"})
    m = yaml.safe_load(open(KN / "comments" / "helpdesk_pulse_export.mapping.yaml", encoding="utf-8"))
    cols, fmt = m["columns"], m["date_format"]
    with open(KN / "comments" / "helpdesk_pulse_export.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            n = {c: r[src] for c, src in cols.items()}
            n["date"] = dt.datetime.strptime(n["date"], fmt).date().isoformat()
            n["file"] = "csat"
            rows.append(n)
    for r in rows:
        r["score"] = int(r["score"]) if str(r["score"]).strip() else None
        r["journey_id"] = slug(r["journey"])
        r["stage_slug"] = slug(r["stage"])
        r["tp_slug"] = slug(r["touchpoint"])
    return rows


def nps(scores):
    s = [x for x in scores if x is not None]
    if not s:
        return None
    return round(100 * (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s), 1)


def csat(scores):
    s = [x for x in scores if x is not None]
    if not s:
        return None
    return round(100 * sum(x >= 4 for x in s) / len(s), 1)


def score_of(rows, kind, **flt):
    sel = [r for r in rows if r["score_type"] == kind and r["score"] is not None
           and all(r[k] == v for k, v in flt.items())]
    f = nps if kind == "nps" else csat
    return f([r["score"] for r in sel]), len(sel)


def load_kpis():
    out = defaultdict(list)  # (metric, journey_id) -> [(date, value, target, hib, unit)]
    for p in sorted((KN / "kpis").glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                out[(r["metric"], slug(r["journey"]))].append(
                    (r["date"], float(r["value"].rstrip("%")), float(r["target"]), r["higher_is_better"] == "true",
                     r["unit"]))
    for k in out:
        out[k].sort()
    return out


def kpi(kp, metric, journey=None):
    keys = [k for k in kp if k[0] == metric and (journey is None or k[1] == journey)]
    assert len(keys) == 1, (metric, journey, keys)
    return kp[keys[0]]


def kval(kp, metric, date=None, journey=None):
    s = kpi(kp, metric, journey)
    if date is None:
        return s[-1][1]
    return [v for d, v, *_ in s if d == date][0]


def fmt(x):
    x = round(abs(x) if isinstance(x, float) else x, 1)
    return f"{x:.1f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


def on_target(row):
    _, v, t, hib, _ = row
    return v >= t if hib else v <= t


def summary():
    rows = load_comments()
    kp = load_kpis()
    print("comments total", len(rows), "scored", sum(r["score"] is not None for r in rows))
    for kind in ("nps", "csat"):
        print(f"\n== {kind} by journey")
        for j in sorted({r["journey_id"] for r in rows}):
            print("  ", j, score_of(rows, kind, journey_id=j))
        print(f"== {kind} by stage")
        for j, s in sorted({(r["journey_id"], r["stage_slug"]) for r in rows}):
            v = score_of(rows, kind, journey_id=j, stage_slug=s)
            if v[1]:
                print("  ", j, s, v)
        print(f"== {kind} by touchpoint (n>=5)")
        lst = []
        for j, s, t in sorted({(r["journey_id"], r["stage_slug"], r["tp_slug"]) for r in rows}):
            v = score_of(rows, kind, journey_id=j, stage_slug=s, tp_slug=t)
            if v[1] >= 5:
                lst.append((v[0], v[1], j, s, t))
        for x in sorted(lst):
            print("  ", x)
        print(f"== {kind} by segment")
        for g in sorted({r["segment"] for r in rows}):
            print("  ", g, score_of(rows, kind, segment=g))
            for j in sorted({r["journey_id"] for r in rows}):
                print("      ", j, score_of(rows, kind, segment=g, journey_id=j))
    print("\n== KPIs")
    for (m, j), s in sorted(kp.items()):
        vals = [v for _, v, *_ in s]
        print(f"  {m:28s} {j:20s} first={vals[0]} last={vals[-1]} chg={round(vals[-1]-vals[0],1)} "
              f"target={s[-1][2]} hib={s[-1][3]} on={on_target(s[-1])} vals={vals}")
    print("\n== emerging keyword counts by week")
    weeks = sorted({d for s in kp.values() for d, *_ in s})
    for kw in ("streak", "eco", "single sign-on", "sso", "sitestart", "log in", "login", "po number", "bins",
               "uplift", "dbs", "hidden extra", "bounced", "photo", "supervisor", "access pass", "fob",
               "redline", "keeps coming back", "service credit"):
        c = [0] * len(weeks)
        for r in rows:
            if kw in r["comment"].lower():
                i = max(i for i, w in enumerate(weeks) if w <= r["date"])
                c[i] += 1
        print(f"  {kw:18s}", c)


if __name__ == "__main__":
    summary()
