#!/usr/bin/env python3
"""Compute the figures the questions' gold answers need, straight from the knowledge files."""
import csv, datetime as dt, os, collections
from decimal import Decimal, ROUND_HALF_UP
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")

def rnd(x, nd=0):
    q = Decimal(1).scaleb(-nd)
    return Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP) if x >= 0 else -Decimal(repr(-x)).quantize(q, rounding=ROUND_HALF_UP)

def load_comments():
    out = []
    for r in csv.DictReader(open(os.path.join(K, "comments", "member-survey-2026q3q4.csv"), encoding="utf-8")):
        out.append(dict(id=r["id"], date=dt.date.fromisoformat(r["date"]), journey=r["journey"], stage=r["stage"],
                        touchpoint=r["touchpoint"], score=int(r["score"]), segment=r["segment"], comment=r["comment"]))
    for r in csv.DictReader(open(os.path.join(K, "comments", "pulsewise-retirement-export.csv"), encoding="utf-8")):
        out.append(dict(id=r["ResponseID"], date=dt.datetime.strptime(r["SubmittedAt"], "%d/%m/%Y %H:%M").date(),
                        journey=r["JourneyName"], stage=r["StepName"], touchpoint=r["TouchpointName"],
                        score=int(r["LTR_NPS"]), segment=r["MemberSegment"], comment=r["Verbatim"]))
    return out

def nps(scores):
    n = len(scores); p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return (p - d) * 100 / n

def load_kpis():
    series = collections.defaultdict(list)
    for r in csv.DictReader(open(os.path.join(K, "kpis", "member-kpis-weekly.csv"))):
        series[(r["journey"], r["metric"])].append((r["date"], float(r["value"].rstrip("%")), r["target"]))
    for r in csv.DictReader(open(os.path.join(K, "kpis", "retirement-ops-dashboard.csv"))):
        series[(r["journey"], r["metric"])].append((r["date"], float(r["value"].rstrip("%")), r["target"].rstrip("%")))
    for k in series: series[k].sort()
    return series

def groups(comments, key):
    g = collections.defaultdict(list)
    for c in comments: g[key(c)].append(c)
    return g

if __name__ == "__main__":
    C = load_comments()
    print("== by touchpoint: n, detractors, NPS")
    for k, v in sorted(groups(C, lambda c: (c["journey"][:4], c["stage"], c["touchpoint"])).items(),
                       key=lambda kv: nps([c["score"] for c in kv[1]])):
        s = [c["score"] for c in v]
        print(f"{k}: n={len(s)} det={sum(x<=6 for x in s)} nps={nps(s):.2f} -> {rnd(nps(s))}")
    print("== by stage")
    for k, v in sorted(groups(C, lambda c: (c["journey"][:4], c["stage"])).items(), key=lambda kv: -len(kv[1])):
        s = [c["score"] for c in v]
        print(f"{k}: n={len(s)} det={sum(x<=6 for x in s)} nps={nps(s):.2f} -> {rnd(nps(s))}")
    print("== by segment")
    for k, v in sorted(groups(C, lambda c: (c["journey"][:4], c["segment"])).items()):
        s = [c["score"] for c in v]
        tops = collections.Counter(c["touchpoint"] for c in v if c["score"] <= 6).most_common(3)
        print(f"{k}: n={len(s)} nps={nps(s):.2f} -> {rnd(nps(s))}  top detractor tps={tops}")
    print("== by journey")
    for k, v in groups(C, lambda c: c["journey"]).items():
        s = [c["score"] for c in v]; print(k, len(s), f"{nps(s):.2f}", rnd(nps(s)))
    print("== by month")
    for k, v in sorted(groups(C, lambda c: (c["journey"][:4], c["date"].month)).items()):
        print(k, len(v))
    print("== KPIs: latest, prev, first, change12, change_wow, avg_last4, avg_nov, value 2026-10-05, target")
    for (j, m), rows in sorted(load_kpis().items()):
        vals = [v for _, v, _ in rows]; dates = [d for d, _, _ in rows]
        nov = [v for d, v, _ in rows if d.startswith("2026-11")]
        oct5 = dict((d, v) for d, v, _ in rows)["2026-10-05"]
        print(f"{j}/{m}: latest={vals[-1]} ({dates[-1]}) prev={vals[-2]} first={vals[0]} "
              f"chg12={rnd(abs(vals[-1]-vals[0]),1)} wow={rnd(abs(vals[-1]-vals[-2]),1)} "
              f"avg4={rnd(sum(vals[-4:])/4,1)} ({sum(vals[-4:])/4:.4f}) avgNov={rnd(sum(nov)/len(nov),1)} ({sum(nov)/len(nov):.4f}) n_nov={len(nov)} "
              f"oct5={oct5} since_oct={rnd(abs(vals[-1]-oct5),1)} target={rows[-1][2]}")
