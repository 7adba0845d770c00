#!/usr/bin/env python3
"""Compute every figure the opticians question sets use, from the generated knowledge files only.

    python scripts/stats.py          # prints a report of all figures
Conventions
  * KPI figures are the stored values; changes are unsigned magnitudes |last - first| (or as the question says).
  * NPS from comments = % of scores 9-10 minus % of scores 0-6 over scored rows (junk rows carry no score).
  * CSAT from comments = % of scores 4-5 over scored rows on the 1-5 scale.
  * Rounding: half away from zero (Decimal ROUND_HALF_UP).
"""
import csv
import datetime as dt
import json
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
K = ROOT / "knowledge"


def rnd(x, nd=0):
    q = Decimal(1).scaleb(-nd)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return str(v)


def slug(s):
    out, prev = [], False
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
            prev = False
        elif not prev:
            out.append("-")
            prev = True
    return "".join(out).strip("-")


# ------------------------------------------------------------------------------------------ loaders
def load_maps():
    maps = {}
    for p in sorted((K / "maps").iterdir()):
        d = yaml.safe_load(p.read_text()) if p.suffix in (".yaml", ".yml") else json.loads(p.read_text())
        maps[d.get("id") or slug(d["name"])] = d
    return maps


def load_comments():
    rows = []
    for p in sorted((K / "comments").glob("*.csv")):
        mp = p.with_name(p.stem + ".mapping.yaml")
        cols, fmt = {}, None
        if mp.exists():
            m = yaml.safe_load(mp.read_text())
            cols, fmt = m.get("columns", {}), m.get("date_format")
        with p.open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                g = lambda c: r.get(cols.get(c, c), "") or ""
                ds = g("date")
                d = dt.datetime.strptime(ds, fmt).date() if fmt else dt.date.fromisoformat(ds[:10])
                sc = g("score")
                rows.append({"id": g("id"), "date": d, "journey": g("journey"), "stage": g("stage").lower(),
                             "touchpoint": g("touchpoint").lower(), "segment": g("segment"),
                             "score": int(sc) if sc.strip() else None, "score_type": g("score_type").lower(),
                             "comment": g("comment"), "file": p.name})
    return rows


def load_kpis():
    out = defaultdict(list)  # (journey, metric) -> [(date, value, target, hib)]
    for p in sorted((K / "kpis").glob("*.csv")):
        with p.open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                out[(r["journey"], r["metric"])].append(
                    (dt.date.fromisoformat(r["date"]), Decimal(r["value"].rstrip("%")), Decimal(r["target"]),
                     r["higher_is_better"] == "true", r["unit"]))
    for k in out:
        out[k].sort()
    return out


MAPS = load_maps()
COMMENTS = load_comments()
KPIS = load_kpis()
WEEKS = sorted({d for s in KPIS.values() for d, *_ in s})
J1, J2 = "Eye test to glasses", "Contact lenses and aftercare"


# -------------------------------------------------------------------------------------------- KPIs
def kpi_series(metric, journey=None):
    keys = [k for k in KPIS if k[1] == metric and (journey is None or k[0] == journey)]
    assert len(keys) == 1, (metric, journey, keys)
    return KPIS[keys[0]]


def fmt(v):
    return str(v)  # stored precision


def latest(metric, journey=None):
    return fmt(kpi_series(metric, journey)[-1][1])


def value_on(metric, date, journey=None):
    return fmt(next(v for d, v, *_ in kpi_series(metric, journey) if d == date))


def change(metric, journey=None, start=None, end=None):
    s = kpi_series(metric, journey)
    a = s[0][1] if start is None else next(v for d, v, *_ in s if d == start)
    b = s[-1][1] if end is None else next(v for d, v, *_ in s if d == end)
    return fmt(abs(b - a))


def wow(metric, journey=None):
    s = kpi_series(metric, journey)
    return fmt(abs(s[-1][1] - s[-2][1]))


def mean_window(metric, n_last, journey=None, nd=1):
    s = kpi_series(metric, journey)[-n_last:]
    return rnd(sum(v for _, v, *_ in s) / len(s), nd)


def extreme(metric, start, end, journey=None, fn=min):
    s = [v for d, v, *_ in kpi_series(metric, journey) if start <= d <= end]
    return fmt(fn(s))


def target(metric, journey=None):
    return fmt(kpi_series(metric, journey)[-1][2])


def on_target(metric, journey=None):
    _, v, t, hib, _ = kpi_series(metric, journey)[-1]
    return v >= t if hib else v <= t


# ---------------------------------------------------------------------------------------- comments
def scored(journey=None, stage=None, touchpoint=None, segment=None, start=None, end=None):
    out = []
    for c in COMMENTS:
        if c["score"] is None:
            continue
        if journey and c["journey"] != journey:
            continue
        if stage and c["stage"] != stage.lower():
            continue
        if touchpoint and c["touchpoint"] != touchpoint.lower():
            continue
        if segment and c["segment"] != segment:
            continue
        if start and c["date"] < start:
            continue
        if end and c["date"] > end:
            continue
        out.append(c)
    return out


def nps_raw(rows):
    assert rows and all(r["score_type"] == "nps" for r in rows)
    n = len(rows)
    p = sum(r["score"] >= 9 for r in rows)
    d = sum(r["score"] <= 6 for r in rows)
    return Decimal(100) * (p - d) / n


def csat_raw(rows):
    assert rows and all(r["score_type"] == "csat" for r in rows)
    return Decimal(100) * sum(r["score"] >= 4 for r in rows) / len(rows)


def nps(**kw):
    return rnd(nps_raw(scored(journey=J1, **kw)))


def csat(**kw):
    return rnd(csat_raw(scored(journey=J2, **kw)))


def mentions(word, journey=None, start=None, end=None):
    return sum(1 for c in COMMENTS if word.lower() in c["comment"].lower()
               and (journey is None or c["journey"] == journey)
               and (start is None or c["date"] >= start) and (end is None or c["date"] <= end))


def week_of(d):
    return max(w for w in WEEKS if w <= d)


def report():
    print("weeks:", WEEKS[0], "..", WEEKS[-1], len(WEEKS))
    print("comments:", len(COMMENTS), "scored:", len(scored()), Counter(c["file"] for c in COMMENTS))
    for (j, m), s in sorted(KPIS.items()):
        vals = [str(v) for _, v, *_ in s]
        print(f"{j[:12]:12} {m:34} tgt {s[-1][2]} hib {s[-1][3]} ontgt {on_target(m, j)} "
              f"first {vals[0]} last {vals[-1]} chg {abs(s[-1][1]-s[0][1])} wow {abs(s[-1][1]-s[-2][1])} | {' '.join(vals)}")
    print("\nNPS J1 overall", nps(), "raw", nps_raw(scored(journey=J1)))
    for st in MAPS["eye-test-to-glasses"]["stages"]:
        r = scored(journey=J1, stage=st["name"])
        print("  stage", st["name"], len(r), rnd(nps_raw(r), 2))
    for seg in sorted({c["segment"] for c in scored(journey=J1)}):
        r = scored(journey=J1, segment=seg)
        print("  seg", seg, len(r), rnd(nps_raw(r), 2))
    print("CSAT J2 overall", csat(), "raw", csat_raw(scored(journey=J2)))
    for st in MAPS["contact-lenses-and-aftercare"]["stages"]:
        r = scored(journey=J2, stage=st["name"])
        print("  stage", st["name"], len(r), rnd(csat_raw(r), 2))
    for seg in sorted({c["segment"] for c in scored(journey=J2)}):
        r = scored(journey=J2, segment=seg)
        print("  seg", seg, len(r), rnd(csat_raw(r), 2))
    # by week
    for j, f in ((J1, nps_raw), (J2, csat_raw)):
        print(j, "by week:", [(str(w), len(scored(journey=j, start=w, end=w + dt.timedelta(days=6))),
                                rnd(f(scored(journey=j, start=w, end=w + dt.timedelta(days=6))), 1)) for w in WEEKS])
    for w in ("backlog", "lab", "delayed", "new courier", "doorstep", "price increase", "went up", "courier",
              "varifocal", "optometrist", "lesson", "call back", "no slots", "OCT"):
        print(f"  '{w}':", [mentions(w, start=wk, end=wk + dt.timedelta(days=6)) for wk in WEEKS])
    # touchpoint counts
    cnt = Counter((c["journey"][:3], c["stage"], c["touchpoint"]) for c in scored())
    for k, v in cnt.most_common():
        rows = [c for c in scored() if (c["journey"][:3], c["stage"], c["touchpoint"]) == k]
        sc = nps_raw(rows) if rows[0]["score_type"] == "nps" else csat_raw(rows)
        print("   ", v, k, rnd(sc, 1))


if __name__ == "__main__":
    report()
