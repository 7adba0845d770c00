#!/usr/bin/env python3
"""Compute the figures used in dev.yaml / heldout.yaml from the generated files (no bot code)."""
import csv, os, collections, datetime as dt
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "knowledge")
JUNK = {"", "-", "n/a", "N/A"}

def nps(scores):
    if not scores: return None
    p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return round(100 * (p - d) / len(scores), 1), len(scores), p, d

def csat(scores):
    if not scores: return None
    sat = sum(s >= 4 for s in scores)
    return round(100 * sat / len(scores), 1), len(scores), round(sum(scores) / len(scores), 2)

rows = []
for r in csv.DictReader(open(f"{K}/comments/post_visit_nps.csv", encoding="utf-8")):
    rows.append(dict(id=r["id"], date=dt.date.fromisoformat(r["date"]), journey=r["journey"], stage=r["stage"],
                     tp=r["touchpoint"], seg=r["segment"], score=int(r["score"]), type="nps", text=r["comment"]))
for r in csv.DictReader(open(f"{K}/comments/surveyloop_care_export.csv", encoding="utf-8")):
    rows.append(dict(id=r["ResponseId"], date=dt.datetime.strptime(r["RecordedDate"], "%d/%m/%Y %H:%M").date(),
                     journey=r["SurveyName"], stage=r["Area"], tp=r["SubArea"], seg=r["MemberTier"],
                     score=int(r["Q1_Satisfaction"]), type="csat", text=r["Q2_Verbatim"]))

def report(keyf, label):
    print(f"\n== {label}")
    g = collections.defaultdict(lambda: {"nps": [], "csat": []})
    for r in rows:
        k = keyf(r)
        if k: g[k][r["type"]].append(r["score"])
    for k in sorted(g):
        print(f"  {k}: NPS={nps(g[k]['nps'])}  CSAT%4-5={csat(g[k]['csat'])}")

report(lambda r: (r["journey"], r["stage"], r["tp"]) if r["tp"] else None, "touchpoint (nps, n, prom, det) / (csat%, n, mean)")
report(lambda r: (r["journey"], r["stage"]) if r["stage"] else None, "stage")
report(lambda r: r["journey"] or None, "journey")
report(lambda r: r["seg"] or None, "segment")
report(lambda r: (r["seg"], r["journey"]) if r["seg"] else None, "segment x journey")
W = [dt.date(2025, 9, 1) + dt.timedelta(weeks=i) for i in range(10)]
report(lambda r: ("last3wk" if r["date"] >= W[7] else "first7wk", r["seg"]) if r["seg"] == "Unlimited member" else None, "unlimited by period")
report(lambda r: ("last2wk" if r["date"] >= W[8] else "first8wk", r["tp"]) if r["tp"] == "Seat map" else None, "seat map by period")

print("\n== comment counts per touchpoint (non-junk)")
c = collections.Counter((r["journey"], r["tp"]) for r in rows if r["text"] not in JUNK)
for k, v in c.most_common(): print(f"  {v:3d} {k}")
print("\n== comments per stage (non-junk)")
c = collections.Counter((r["journey"], r["stage"]) for r in rows if r["text"] not in JUNK)
for k, v in c.most_common(): print(f"  {v:3d} {k}")
print("\n== per week counts of emerging themes")
for word in ["seat", "price", "£19.99", "refund"]:
    wk = collections.Counter(sum(r["date"] >= w for w in W) for r in rows if word in r["text"].lower())
    print(f"  {word}: " + " ".join(f"W{i}:{wk.get(i,0)}" for i in range(1, 11)))

print("\n== KPIs")
k = collections.defaultdict(list)
for f in os.listdir(f"{K}/kpis"):
    for r in csv.DictReader(open(f"{K}/kpis/{f}", encoding="utf-8")):
        k[(r["journey"], r["metric"])].append((r["date"], float(r["value"]), float(r["target"]), r["higher_is_better"]))
for key in sorted(k):
    s = sorted(k[key]); v = [x[1] for x in s]; t = s[-1][2]; hib = s[-1][3] == "true"
    gap = (v[-1] - t) if hib else (t - v[-1])
    print(f"  {key}: {v} target={t} hib={hib}\n     latest={v[-1]} prev={v[-2]} wow={round(v[-1]-v[-2],2)} "
          f"first->last={round(v[-1]-v[0],2)} ({round(100*(v[-1]-v[0])/v[0],1)}%) "
          f"avg_all={round(sum(v)/len(v),2)} avg_last4={round(sum(v[-4:])/4,2)} avg_first4={round(sum(v[:4])/4,2)} "
          f"min={min(v)}@{s[v.index(min(v))][0]} max={max(v)}@{s[v.index(max(v))][0]} gap_to_target={round(gap,2)} "
          f"rel_gap%={round(100*gap/t,1)} wk8->10={round(v[-1]-v[7],2)} wk1..8avg={round(sum(v[:8])/8,2)}")
