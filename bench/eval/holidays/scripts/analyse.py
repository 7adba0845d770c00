#!/usr/bin/env python3
"""Compute the figures used in dev.yaml / heldout.yaml from the knowledge files.
NPS = %promoters(9-10) - %detractors(0-6) over nps-scored comments; CSAT = % of csat scores 4-5."""
import csv, os, sys, collections, datetime as dt
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "knowledge")
rows = []
for r in csv.DictReader(open(os.path.join(K, "comments", "sunvale_nps_survey_2025.csv"), encoding="utf-8")):
    rows.append(dict(id=r["id"], date=r["date"], journey=r["journey"], stage=r["stage"], tp=r["touchpoint"].lower(),
                     score=int(r["score"]), type="nps", seg=r["segment"], text=r["comment"]))
for r in csv.DictReader(open(os.path.join(K, "comments", "travelpulse_csat_export.csv"), encoding="utf-8")):
    d = dt.datetime.strptime(r["Submitted"], "%d/%m/%Y %H:%M").date().isoformat()
    rows.append(dict(id=r["Response ID"], date=d, journey=r["Journey Name"], stage=r["Journey Step"],
                     tp=r["Touchpoint Name"].lower(), score=int(r["Satisfaction (1-5)"]), type="csat",
                     seg=r["Customer Type"], text=r["Open Text"]))

def nps(rs):
    s = [r["score"] for r in rs if r["type"] == "nps"]
    if not s: return None, 0
    return round(100 * (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s), 1), len(s)
def csat(rs):
    s = [r["score"] for r in rs if r["type"] == "csat"]
    if not s: return None, 0
    return round(100 * sum(x >= 4 for x in s) / len(s), 1), len(s)
def mean(rs, t):
    s = [r["score"] for r in rs if r["type"] == t]
    return round(sum(s) / len(s), 2) if s else None

def report(label, key):
    g = collections.defaultdict(list)
    for r in rows: g[key(r)].append(r)
    print(f"\n== by {label}")
    for k in sorted(g, key=str):
        rs = g[k]
        print(f"{str(k):75s} n={len(rs):3d} NPS={nps(rs)} CSAT={csat(rs)} meanCSAT={mean(rs,'csat')}")

report("touchpoint", lambda r: (r["journey"], r["stage"], r["tp"]))
report("stage", lambda r: (r["journey"], r["stage"]))
report("journey", lambda r: r["journey"])
report("segment", lambda r: r["seg"])
report("segment x journey", lambda r: (r["seg"], r["journey"]))
early = [r for r in rows if r["date"] < "2025-07-21"]; late = [r for r in rows if r["date"] >= "2025-07-21"]
print("\nall NPS", nps(rows), "CSAT", csat(rows), "early NPS", nps(early), "late NPS", nps(late))

words = sys.argv[1:]
for w in words:
    hits = [r for r in rows if w.lower() in r["text"].lower()]
    wk = collections.Counter(r["date"][:10] >= "2025-07-21" for r in hits)
    print(f"\n'{w}': {len(hits)} (late weeks {wk[True]}, earlier {wk[False]}) NPS={nps(hits)} CSAT={csat(hits)}")
    for r in hits[:5]: print("   ", r["id"], r["date"], r["seg"], r["score"], r["type"], r["text"][:90])

print("\n== KPIs")
for f in sorted(os.listdir(os.path.join(K, "kpis"))):
    series = collections.defaultdict(list)
    for r in csv.DictReader(open(os.path.join(K, "kpis", f), encoding="utf-8")):
        series[(r["journey"], r["metric"])].append((r["date"], float(r["value"].rstrip("%")), r["target"], r["higher_is_better"]))
    for (j, m), s in series.items():
        v = [x[1] for x in s]
        print(f"{j[:10]:10s} {m:32s} first={v[0]} prev={v[-2]} latest={v[-1]} target={s[0][2]} hib={s[0][3]} "
              f"chg_all={round(v[-1]-v[0],2)} wow={round(v[-1]-v[-2],2)} avg_last4={round(sum(v[-4:])/4,2)} "
              f"avg_last3={round(sum(v[-3:])/3,2)} avg_all={round(sum(v)/len(v),2)} min={min(v)} max={max(v)} "
              f"gap={round(v[-1]-float(s[0][2]),2)}")
