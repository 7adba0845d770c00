#!/usr/bin/env python3
"""Compute every figure the question sets use, from the generated files only.

Run:  python3 scripts/stats.py          (prints a JSON summary)
Used by scripts/questions.py, which writes dev.yaml and heldout.yaml.
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


def r1(x, nd=1):
    """Round half away from zero (numbers here are positive or we take abs)."""
    q = Decimal(1).scaleb(-nd)
    d = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP) if x >= 0 else \
        -Decimal(str(-x)).quantize(q, rounding=ROUND_HALF_UP)
    return f"{d}"


def fmt(v):
    """Exact KPI value as a string (counts without decimals)."""
    return str(int(v)) if float(v).is_integer() and abs(v) >= 50 else f"{v:.1f}"


def load_kpis():
    rows = []
    for p in sorted((K / "kpis").glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                r["value"] = float(r["value"].rstrip("%"))
                r["target"] = float(r["target"])
                r["hib"] = r["higher_is_better"] == "true"
                rows.append(r)
    series = defaultdict(list)
    for r in rows:
        series[(r["metric"], r["journey"])].append(r)
    for k in series:
        series[k].sort(key=lambda r: r["date"])
    return series


def load_comments():
    out = []
    with open(K / "comments" / "member-pulse-nps.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append(dict(id=r["id"], date=r["date"], journey=r["journey"], stage=r["stage"],
                            touchpoint=r["touchpoint"], score=r["score"], score_type=r["score_type"],
                            segment=r["segment"], text=r["comment"], file="nps"))
    m = yaml.safe_load(open(K / "comments" / "typeform-csat-export.mapping.yaml"))
    c = m["columns"]
    with open(K / "comments" / "typeform-csat-export.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            d = dt.datetime.strptime(r[c["date"]], m["date_format"]).date().isoformat()
            out.append(dict(id=r[c["id"]], date=d, journey=r[c["journey"]], stage=r[c["stage"]],
                            touchpoint=r[c["touchpoint"]], score=r[c["score"]],
                            score_type=r[c["score_type"]], segment=r[c["segment"]],
                            text=r[c["comment"]], file="csat"))
    for o in out:
        o["score"] = int(o["score"]) if o["score"].strip() else None
        o["junk"] = not any(ch.isalpha() for ch in o["text"].replace("n/a", "").replace("N/A", ""))
    return out


def nps(scores):
    n = len(scores)
    if not n:
        return None
    pro = sum(s >= 9 for s in scores)
    det = sum(s <= 6 for s in scores)
    return 100.0 * (pro - det) / n


def csat(scores):
    n = len(scores)
    return 100.0 * sum(s >= 4 for s in scores) / n if n else None


def compute():
    series = load_kpis()
    comments = load_comments()
    F = {"kpi": {}, "nps": {}, "csat": {}, "counts": {}}
    weeks = sorted({r["date"] for s in series.values() for r in s})
    F["weeks"] = weeks
    for (metric, journey), s in series.items():
        vals = [r["value"] for r in s]
        tgt, hib = s[-1]["target"], s[-1]["hib"]
        latest = vals[-1]
        on = latest >= tgt if hib else latest <= tgt
        gap = (latest - tgt) if hib else (tgt - latest)     # negative = short of target
        F["kpi"][f"{metric}|{journey}"] = dict(
            metric=metric, journey=journey, values=vals, dates=[r["date"] for r in s],
            latest=fmt(latest), previous=fmt(vals[-2]), first=fmt(vals[0]), target=fmt(tgt),
            unit=s[-1]["unit"], hib=hib, on_target=on,
            gap_to_target=r1(abs(gap)), rel_gap_pct=r1(100 * gap / tgt),
            change_total=r1(abs(latest - vals[0])), change_total_sign=("up" if latest > vals[0] else "down"),
            change_wow=r1(abs(latest - vals[-2])),
            change_4w=r1(abs(latest - vals[-5])),
            mean_last4=r1(sum(vals[-4:]) / 4), mean_all=r1(sum(vals) / len(vals)),
            mean_first4=r1(sum(vals[:4]) / 4),
            max=fmt(max(vals)), max_date=s[vals.index(max(vals))]["date"],
            min=fmt(min(vals)), min_date=s[vals.index(min(vals))]["date"],
            by_date={r["date"]: fmt(r["value"]) for r in s},
        )
    real = [c for c in comments if not c["junk"]]
    F["counts"]["comments_total_rows"] = len(comments)
    F["counts"]["comments_real"] = len(real)
    F["counts"]["junk"] = len(comments) - len(real)
    F["counts"]["nps_rows"] = sum(c["file"] == "nps" for c in comments)
    F["counts"]["csat_rows"] = sum(c["file"] == "csat" for c in comments)
    last3 = weeks[-3]

    def sub(kind, **flt):
        out = []
        for c in comments:
            if c["score"] is None or c["score_type"] != kind:
                continue
            ok = True
            for k, v in flt.items():
                if k == "since" and c["date"] < v: ok = False
                elif k == "before" and c["date"] >= v: ok = False
                elif k not in ("since", "before") and c[k].lower() != v.lower(): ok = False
            if ok:
                out.append(c["score"])
        return out

    def put(kind, key, scores):
        fn = nps if kind == "nps" else csat
        v = fn(scores)
        F[kind][key] = dict(value=r1(v, 0) if v is not None else None, exact=v, n=len(scores),
                            one_dp=r1(v) if v is not None else None)

    for kind in ("nps", "csat"):
        put(kind, "all", sub(kind))
        for j in {c["journey"] for c in comments}:
            put(kind, f"journey|{j}", sub(kind, journey=j))
            put(kind, f"journey|{j}|last3", sub(kind, journey=j, since=last3))
            put(kind, f"journey|{j}|before_last3", sub(kind, journey=j, before=last3))
        for sgm in {c["segment"] for c in comments if c["segment"]}:
            put(kind, f"segment|{sgm}", sub(kind, segment=sgm))
        for st in {c["stage"] for c in comments if c["stage"]}:
            put(kind, f"stage|{st}", sub(kind, stage=st))
        for tp in {c["touchpoint"] for c in comments if c["touchpoint"]}:
            put(kind, f"touchpoint|{tp}", sub(kind, touchpoint=tp))
    # volume / detractor counts
    F["counts"]["by_touchpoint"] = dict(Counter(c["touchpoint"] for c in real if c["touchpoint"]).most_common())
    F["counts"]["by_stage"] = dict(Counter(c["stage"] for c in real if c["stage"]).most_common())
    F["counts"]["low_by_touchpoint"] = dict(Counter(
        c["touchpoint"] for c in real if c["touchpoint"] and c["score"] is not None and
        ((c["score_type"] == "nps" and c["score"] <= 6) or (c["score_type"] == "csat" and c["score"] <= 2))
    ).most_common())
    F["counts"]["low_by_stage"] = dict(Counter(
        c["stage"] for c in real if c["stage"] and c["score"] is not None and
        ((c["score_type"] == "nps" and c["score"] <= 6) or (c["score_type"] == "csat" and c["score"] <= 2))
    ).most_common())
    F["counts"]["detractors_by_stage"] = dict(Counter(
        c["stage"] for c in real if c["stage"] and c["score_type"] == "nps" and c["score"] is not None
        and c["score"] <= 6).most_common())
    F["counts"]["detractors_by_touchpoint"] = dict(Counter(
        c["touchpoint"] for c in real if c["touchpoint"] and c["score_type"] == "nps" and c["score"] is not None
        and c["score"] <= 6).most_common())
    F["counts"]["csat_low3_by_touchpoint"] = dict(Counter(
        c["touchpoint"] for c in real if c["touchpoint"] and c["score"] is not None and
        ((c["score_type"] == "nps" and c["score"] <= 6) or (c["score_type"] == "csat" and c["score"] <= 3))
    ).most_common())
    F["counts"]["by_segment"] = dict(Counter(c["segment"] for c in real).most_common())

    def mention(words, since=None, before=None):
        return sum(1 for c in real if words in c["text"].lower()
                   and (since is None or c["date"] >= since) and (before is None or c["date"] < before))
    F["counts"]["mentions"] = {}
    for w in ["network upgrade", "charged twice", "new billing system", "access card", "mobile key",
              "phone booth", "po number", "coffee", "friday", "community manager", "deposit", "locker"]:
        F["counts"]["mentions"][w] = dict(all=mention(w), last3=mention(w, since=last3),
                                          before_last3=mention(w, before=last3))
    F["last3_from"] = last3
    return F


if __name__ == "__main__":
    F = compute()
    print(json.dumps(F, indent=1, default=str))
