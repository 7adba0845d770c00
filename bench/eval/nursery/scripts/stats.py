#!/usr/bin/env python3
"""Compute every figure the nursery question sets use, from the generated knowledge files only.

    python3 scripts/stats.py          # prints a summary
    import stats; S = stats.compute()  # used by scripts/questions.py

Conventions
- KPI values are the exact values in the CSVs; a change is last minus first (or between two named weeks),
  reported as an unsigned magnitude rounded to 1 decimal.
- NPS from comments = % of scores 9-10 minus % of scores 0-6 over rows with an nps score.
- CSAT from comments = % of scores 4-5 over rows with a csat score (1-5).
- Rows whose comment is junk ('', '.', 'n/a', '-', 'na') carry no score and are ignored everywhere.
- Derived scores are rounded half away from zero to whole numbers.
"""
import csv
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KN = ROOT / "knowledge"
JUNK = {"", ".", "n/a", "-", "na"}


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def rnd(x, nd=0):
    q = Decimal(1) if nd == 0 else Decimal(1).scaleb(-nd)
    v = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    return str(int(v)) if nd == 0 else str(v)


def load_maps():
    maps = {}
    with open(KN / "maps" / "enrolment.yaml", encoding="utf-8") as f:
        m = yaml.safe_load(f)
        maps[m["id"]] = m
    with open(KN / "maps" / "daily-care.json", encoding="utf-8") as f:
        m = json.load(f)
        maps[m["id"]] = m
    return maps


def load_comments():
    out = []
    with open(KN / "comments" / "enrolment_nps_survey.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append(dict(file="enrolment_nps_survey", id=r["id"], date=dt.date.fromisoformat(r["date"]),
                            journey=r["journey"], stage=r["stage"], touchpoint=r["touchpoint"],
                            score=int(r["score"]) if r["score"] else None, score_type="nps",
                            segment=r["segment"], attendance=r["attendance"], comment=r["comment"]))
    with open(KN / "comments" / "daily_care_nps_survey.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append(dict(file="daily_care_nps_survey", id=r["id"], date=dt.date.fromisoformat(r["date"]),
                            journey=r["journey"], stage=r["stage"], touchpoint=r["touchpoint"],
                            score=int(r["score"]) if r["score"] else None, score_type="nps",
                            segment=r["segment"], attendance=r["attendance"], comment=r["comment"]))
    with open(KN / "comments" / "acorns_app_pulse_export.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append(dict(file="acorns_app_pulse_export", id=r["Response ID"],
                            date=dt.datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M").date(),
                            journey=r["Survey"], stage=r["Area"], touchpoint=r["Touchpoint Label"],
                            score=int(r["Rating (1-5)"]) if r["Rating (1-5)"] else None, score_type="csat",
                            segment=r["Family Type"], attendance=r["Sessions"], comment=r["What could we do better?"]))
    return out


def load_kpis():
    out = []
    for name in ["enrolment_weekly_kpis.csv", "daily_care_weekly_kpis.csv"]:
        with open(KN / "kpis" / name, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                r["value"] = float(r["value"])
                r["target"] = float(r["target"])
                r["hib"] = r["higher_is_better"] == "true"
                out.append(r)
    return out


def nps(scores):
    scores = [s for s in scores if s is not None]
    if not scores:
        return None
    p = sum(1 for s in scores if s >= 9) / len(scores)
    d = sum(1 for s in scores if s <= 6) / len(scores)
    return 100 * (p - d)


def csat(scores):
    scores = [s for s in scores if s is not None]
    if not scores:
        return None
    return 100 * sum(1 for s in scores if s >= 4) / len(scores)


def fmt(v, nd=1):
    s = f"{v:.{nd}f}"
    return s


def compute():
    maps = load_maps()
    C = load_comments()
    K = load_kpis()
    S = {"maps": maps, "comments": C, "kpis": K}

    # ---- KPI series keyed by (journey, metric)
    series = defaultdict(list)
    for r in K:
        series[(r["journey"], r["metric"])].append(r)
    for k in series:
        series[k].sort(key=lambda r: r["date"])
    S["series"] = series
    kp = {}
    for (j, m), rs in series.items():
        vals = [r["value"] for r in rs]
        dates = [r["date"] for r in rs]
        first, last, prev = vals[0], vals[-1], vals[-2]
        tgt, hib = rs[0]["target"], rs[0]["hib"]
        on = last >= tgt if hib else last <= tgt
        gap = (last - tgt) if hib else (tgt - last)  # negative = short of target
        kp[(j, m)] = dict(
            journey=j, metric=m, dates=dates, values=vals, first=first, last=last, prev=prev, target=tgt,
            hib=hib, unit=rs[0]["unit"], on_target=on, gap=gap,
            change_all=abs(round(last - first, 1)), change_wow=abs(round(last - prev, 1)),
            min=min(vals), max=max(vals), mean=sum(vals) / len(vals),
            pct_off=abs(gap) / tgt * 100 if tgt else None,
        )
    S["kp"] = kp

    # ---- comments
    real = [c for c in C if c["comment"].strip().lower() not in JUNK]
    S["real"] = real
    S["junk"] = [c for c in C if c["comment"].strip().lower() in JUNK]

    def sel(**kw):
        out = real
        for k, v in kw.items():
            if callable(v):
                out = [c for c in out if v(c[k])]
            else:
                out = [c for c in out if c[k] == v]
        return out
    S["sel"] = sel
    S["nps"] = lambda rows: nps([c["score"] for c in rows if c["score_type"] == "nps"])
    S["csat"] = lambda rows: csat([c["score"] for c in rows if c["score_type"] == "csat"])
    S["has"] = lambda rows, word: [c for c in rows if word.lower() in c["comment"].lower()]
    weeks = sorted({r["date"] for r in K})
    S["weeks"] = weeks
    S["last3_from"] = dt.date.fromisoformat(weeks[-3])

    # negative comment counts per touchpoint (score <=6 nps or <=2 csat)
    def is_neg(c):
        return c["score"] is not None and ((c["score_type"] == "nps" and c["score"] <= 6) or
                                           (c["score_type"] == "csat" and c["score"] <= 2))
    S["is_neg"] = is_neg
    negtp = Counter((c["journey"], c["stage"], c["touchpoint"]) for c in real if is_neg(c))
    S["neg_by_tp"] = negtp
    S["neg_by_stage"] = Counter((c["journey"], c["stage"]) for c in real if is_neg(c))
    S["n_by_stage"] = Counter((c["journey"], c["stage"]) for c in real)
    return S


def tp_id(journey, stage, tp):
    jid = "enrolment" if journey == "Enrolment" else "daily-care"
    return f"touchpoint:{jid}/{slug(stage)}/{slug(tp)}"


def st_id(journey, stage):
    jid = "enrolment" if journey == "Enrolment" else "daily-care"
    return f"stage:{jid}/{slug(stage)}"


def main():
    S = compute()
    print("comments:", len(S["comments"]), "real:", len(S["real"]), "junk:", len(S["junk"]))
    for f in ["enrolment_nps_survey", "daily_care_nps_survey", "acorns_app_pulse_export"]:
        print("  ", f, sum(1 for c in S["comments"] if c["file"] == f))
    print("\nKPIs (journey, metric): first -> last | prev | target | on | change_all | wow | min max mean")
    for (j, m), v in sorted(S["kp"].items()):
        print(f"  {j:11s} {m:28s} {v['first']:6} -> {v['last']:6} | prev {v['prev']:6} | tgt {v['target']:5} "
              f"| {'ON ' if v['on_target'] else 'OFF'} gap {v['gap']:+.1f} | chg {v['change_all']} | wow {v['change_wow']} "
              f"| {v['min']} {v['max']} {v['mean']:.2f}")
        print("      ", v["values"])
    sel, N, CS = S["sel"], S["nps"], S["csat"]
    print("\nDerived scores")
    for j in ["Enrolment", "Daily care"]:
        rows = sel(journey=j)
        print(f"  {j}: NPS {N(rows)} (n={len([c for c in rows if c['score_type']=='nps'])}) CSAT {CS(rows)}")
        for seg in ["Funded hours", "Private fee"]:
            r2 = sel(journey=j, segment=seg)
            print(f"     {seg}: NPS {N(r2)} CSAT {CS(r2)}")
        for att in ["Full-time", "Part-time"]:
            r2 = sel(journey=j, attendance=att)
            print(f"     {att}: NPS {N(r2)} CSAT {CS(r2)}")
        m = S["maps"]["enrolment" if j == "Enrolment" else "daily-care"]
        for st in m["stages"]:
            r2 = sel(journey=j, stage=st["name"])
            print(f"     stage {st['name']}: n={len(r2)} NPS {N(r2)} CSAT {CS(r2)} neg={S['neg_by_stage'][(j, st['name'])]}")
            for seg in ["Funded hours", "Private fee"]:
                r3 = sel(journey=j, stage=st["name"], segment=seg)
                print(f"         {seg}: NPS {N(r3)} CSAT {CS(r3)} n={len(r3)}")
    print("\nNegative comments by touchpoint (top 15)")
    for k, n in S["neg_by_tp"].most_common(15):
        print("  ", n, k)
    print("\nEmerging words: first date seen")
    for w in ["consumables", "update", "keypad", "spam", "junk"]:
        hits = S["has"](S["real"], w)
        print(f"  {w}: {len(hits)} first {min(c['date'] for c in hits) if hits else None}")
    print("\nids")
    for jid, m in S["maps"].items():
        for st in m["stages"]:
            print("  stage:%s/%s" % (jid, slug(st["name"])))
            for t in st["touchpoints"]:
                print("     touchpoint:%s/%s/%s" % (jid, slug(st["name"]), slug(t["name"])))


if __name__ == "__main__":
    main()
