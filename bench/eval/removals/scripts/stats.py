#!/usr/bin/env python3
"""Computes every figure the questions use, from the generated knowledge files only.

python3 scripts/stats.py   prints a summary.  questions.py imports load().
NPS  = % of scores 9-10 minus % of scores 0-6 (score_type nps).
CSAT = % of scores 4-5 on the 1-5 scale (score_type csat).
Rows whose comment is junk ('', '.', 'n/a', '-') carry no score and are ignored.
"""
import csv
import datetime as dt
import os
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
JUNK = {"", ".", "n/a", "-"}

THEMES = {  # theme -> keywords (any, case-insensitive)
    "late crew, no arrival update": ["arrival window", "no text", "no update", "running behind", "nobody updated"],
    "keypad / gate PIN failures": ["keypad", "upgrade"],
    "rent review price increase": ["price increase", "rent increase", "going up 18", "hiked"],
    "extra charges / underestimated volume": ["charged extra", "underestimated", "hidden extras", "extra hours"],
    "damage to items or property": ["damaged", "scratched", "broken", "dent"],
    "slow damage claims": ["claim has taken", "chasing the claim", "damage claim"],
    "date change fee / no dates": ["date change fee", "no alternative dates"],
    "careful friendly crews": ["brilliant", "careful", "professional", "above and beyond", "fantastic"],
    "direct debit problems": ["direct debit", "payment failed", "reminder texts"],
    "slow deposit refund": ["deposit refund"],
    "clean secure friendly stores": ["spotless", "secure", "friendly", "lovely team"],
    "unit size calculator wrong": ["calculator"],
    "notice period": ["notice"],
    "trolleys": ["trolleys"],
    "paperwork on move-in": ["paperwork", "sign in on move-in"],
}


def r1(x):
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def r0(x):
    return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def fmt(x):
    return f"{r1(x):.1f}"


class Series:
    def __init__(self, journey, metric):
        self.journey, self.metric = journey, metric
        self.points = []
        self.target = self.unit = self.stage = self.touchpoint = None
        self.hib = True

    @property
    def values(self):
        return [v for _, v in sorted(self.points)]

    @property
    def dates(self):
        return [d for d, _ in sorted(self.points)]

    latest = property(lambda s: s.values[-1])
    previous = property(lambda s: s.values[-2])
    first = property(lambda s: s.values[0])

    def change(self, weeks=None):  # latest minus the value `weeks` weeks earlier (default: first)
        base = self.values[0] if weeks is None else self.values[-1 - weeks]
        return r1(self.latest - base)

    def mean_last(self, n):
        return r1(sum(self.values[-n:]) / n)

    def on_target(self, v=None):
        v = self.latest if v is None else v
        return v >= self.target if self.hib else v <= self.target

    def gap(self):  # unsigned distance from target
        return r1(abs(self.latest - self.target))

    def rel_gap_bad(self):  # relative shortfall, 0 if on target
        return 0.0 if self.on_target() else abs(self.latest - self.target) / self.target


def load_kpis():
    out = {}
    for name in sorted(os.listdir(os.path.join(K, "kpis"))):
        with open(os.path.join(K, "kpis", name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                key = (row["journey"], row["metric"])
                s = out.setdefault(key, Series(*key))
                s.points.append((row["date"], float(row["value"])))
                s.target = float(row["target"])
                s.unit = row["unit"]
                s.stage, s.touchpoint = row["stage"], row["touchpoint"]
                s.hib = row["higher_is_better"] == "true"
    return out


def load_comments():
    rows = []
    cdir = os.path.join(K, "comments")
    for name in sorted(os.listdir(cdir)):
        if not name.endswith(".csv"):
            continue
        path = os.path.join(cdir, name)
        mpath = path[:-4] + ".mapping.yaml"
        mapping, datefmt = {}, None
        if os.path.exists(mpath):
            with open(mpath, encoding="utf-8") as f:
                m = yaml.safe_load(f)
            mapping, datefmt = m["columns"], m.get("date_format")
        with open(path, encoding="utf-8") as f:
            for raw in csv.DictReader(f):
                r = {c: raw[src] for c, src in mapping.items()} if mapping else dict(raw)
                d = dt.datetime.strptime(r["date"], datefmt).date() if datefmt else dt.date.fromisoformat(r["date"])
                r["date"] = d
                r["file"] = name
                r["score"] = int(r["score"]) if r["score"] != "" else None
                r["junk"] = r["comment"].strip().lower() in JUNK
                rows.append(r)
    return rows


def nps(rows):
    sc = [r["score"] for r in rows if r["score"] is not None and r["score_type"] == "nps" and not r["junk"]]
    if not sc:
        return None
    return 100.0 * (sum(s >= 9 for s in sc) - sum(s <= 6 for s in sc)) / len(sc)


def csat(rows):
    sc = [r["score"] for r in rows if r["score"] is not None and r["score_type"] == "csat" and not r["junk"]]
    if not sc:
        return None
    return 100.0 * sum(s >= 4 for s in sc) / len(sc)


def negative(r):
    if r["score"] is None:
        return False
    return r["score"] <= 6 if r["score_type"] == "nps" else r["score"] <= 2


def theme_hits(rows, theme):
    kws = THEMES[theme]
    return [r for r in rows if not r["junk"] and any(k in r["comment"].lower() for k in kws)]


def week_of(d):
    return d - dt.timedelta(days=d.weekday())


class Stats:
    def __init__(self):
        self.kpis = load_kpis()
        self.comments = load_comments()
        self.weeks = sorted({d for s in self.kpis.values() for d in s.dates})

    def k(self, journey, metric):
        return self.kpis[(journey, metric)]

    def c(self, journey=None, **flt):
        out = [r for r in self.comments if not r["junk"] and (journey is None or r["journey"] == journey)]
        for key, val in flt.items():
            out = [r for r in out if r[key] == val]
        return out

    def since(self, rows, monday):
        return [r for r in rows if r["date"] >= dt.date.fromisoformat(monday)]

    def first_week(self, theme):
        hits = theme_hits(self.comments, theme)
        return min(week_of(r["date"]) for r in hits) if hits else None

    def by(self, journey, field, score_fn):
        groups = defaultdict(list)
        for r in self.c(journey):
            if r[field]:
                groups[r[field]].append(r)
        return {g: (score_fn(rs), len(rs)) for g, rs in groups.items()}

    def neg_counts(self, journey, field):
        groups = defaultdict(int)
        for r in self.c(journey):
            if r[field] and negative(r):
                groups[r[field]] += 1
        return dict(sorted(groups.items(), key=lambda kv: -kv[1]))


def load():
    return Stats()


def main():
    S = load()
    print(f"{len(S.comments)} comment rows, {sum(r['junk'] for r in S.comments)} junk; weeks {S.weeks[0]}..{S.weeks[-1]}")
    for (j, m), s in sorted(S.kpis.items()):
        print(f"{j:13s} {m:27s} latest {s.latest:6.1f} prev {s.previous:6.1f} first {s.first:6.1f} "
              f"chg {s.change():6.1f} wow {s.change(1):5.1f} last4 {s.mean_last(4):6.1f} min {min(s.values):6.1f} "
              f"max {max(s.values):6.1f} tgt {s.target:5.1f} {'ON ' if s.on_target() else 'OFF'} gap {s.gap()}")
    for j, fn in (("House move", nps), ("Self storage", csat)):
        rows = S.c(j)
        print(f"\n{j}: n={len(rows)} score={fn(rows):.2f} last3wk={fn(S.since(rows, '2025-10-20')):.2f} "
              f"first7wk={fn([r for r in rows if r['date'] < dt.date(2025, 10, 20)]):.2f}")
        for field in ("segment", "stage", "touchpoint"):
            for g, (v, n) in sorted(S.by(j, field, fn).items(), key=lambda kv: kv[1][0]):
                print(f"   {field:10s} {g:32s} {v:6.2f} n={n}")
        print("   negatives by touchpoint:", S.neg_counts(j, "touchpoint"))
        print("   negatives by stage:", S.neg_counts(j, "stage"))
    print()
    for t in THEMES:
        hits = theme_hits(S.comments, t)
        print(f"{t:40s} n={len(hits):3d} first week {S.first_week(t)}")


if __name__ == "__main__":
    main()
