"""Print the figures used in dev.yaml / heldout.yaml, computed from the generated files."""
import csv
from collections import defaultdict
from datetime import datetime
from pathlib import Path

K = Path(__file__).resolve().parent.parent / "knowledge"


def load():
    out = []
    for f in ("post_visit_survey.csv", "urgent_care_followup.csv"):
        for r in csv.DictReader(open(K / "comments" / f, encoding="utf-8")):
            out.append(dict(id=r["id"], date=r["date"], j=r["journey"], st=r["stage"], tp=r["touchpoint"].lower(),
                            seg=r["segment"], score=r["score"], type="nps", text=r["comment"]))
    for r in csv.DictReader(open(K / "comments" / "smilemetrics_export.csv", encoding="utf-8")):
        out.append(dict(id=r["Response ID"], date=datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M").date().isoformat(),
                        j=r["Programme"], st=r["Journey Step"], tp=r["Touchpoint Area"].lower(), seg=r["Patient Type"],
                        score=r["Q1 Satisfaction (1-5)"], type="csat", text=r["Q2 Tell us more"]))
    return out


def nps(scores):
    s = [int(x) for x in scores]
    if not s:
        return None
    p = sum(x >= 9 for x in s); d = sum(x <= 6 for x in s)
    return round(100 * (p - d) / len(s), 1), len(s), p, d


def csat(scores):
    s = [int(x) for x in scores]
    if not s:
        return None
    return round(100 * sum(x >= 4 for x in s) / len(s), 1), len(s), round(sum(s) / len(s), 2)


C = load()
scored = [c for c in C if c["score"] != ""]
print("comments", len(C), "scored", len(scored))
for key, label in (("tp", "touchpoint"), ("st", "stage"), ("seg", "segment"), ("j", "journey")):
    g = defaultdict(lambda: {"nps": [], "csat": []})
    for c in scored:
        g[(c["j"][:3], c[key]) if key != "j" else c[key]][c["type"]].append(c["score"])
    print(f"\n== by {label}: NPS (score, n, prom, det) | CSAT (%4-5, n, mean)")
    for k in sorted(g):
        print(f"  {k}: {nps(g[k]['nps'])} | {csat(g[k]['csat'])}")
# segment x journey across all
g = defaultdict(lambda: {"nps": [], "csat": []})
for c in scored:
    g[c["seg"]][c["type"]].append(c["score"])
print("\n== by segment (all journeys)")
for k in sorted(g):
    print(f"  {k}: {nps(g[k]['nps'])} | {csat(g[k]['csat'])}")
g = defaultdict(lambda: {"nps": [], "csat": []})
for c in scored:
    g[(c["st"], c["seg"])][c["type"]].append(c["score"])
print("\n== stage x segment")
for k in sorted(g):
    print(f"  {k}: {nps(g[k]['nps'])} | {csat(g[k]['csat'])}")

print("\n== comment counts per touchpoint (all files)")
cnt = defaultdict(int)
for c in C:
    cnt[c["tp"]] += 1
for k, v in sorted(cnt.items(), key=lambda x: -x[1]):
    print(f"  {v:3d} {k}")

for kw in ("menu", "press", "phone system", "new phone", "reminder", "duplicate", "same reminder", "identical", "3am", "cut off", "cut me off"):
    ds = sorted(c["date"] for c in C if kw in c["text"].lower())
    print(f"kw {kw!r}: n={len(ds)} first={ds[0] if ds else None}")

print("\n== KPIs")
k = defaultdict(list)
for r in csv.DictReader(open(K / "kpis" / "weekly_kpis.csv", encoding="utf-8")):
    k[(r["metric"], r["journey"][:3])].append((r["date"], float(r["value"]), r["target"], r["higher_is_better"]))
for key, vals in k.items():
    first, last, prev = vals[0][1], vals[-1][1], vals[-2][1]
    print(f"{key}: target={vals[0][2]} hib={vals[0][3]} first={first} last={last} chg={round(last-first,1)} wow={round(last-prev,1)}")
    print("    ", " ".join(f"{d[5:]}:{v}" for d, v, _, _ in vals))
    pre = [v for d, v, _, _ in vals[:7]]; post = [v for d, v, _, _ in vals[7:]]
    print(f"     mean all={round(sum(v for _, v, _, _ in vals)/len(vals),2)} mean first7={round(sum(pre)/7,2)} mean last3={round(sum(post)/3,2)} min={min(v for _,v,_,_ in vals)} max={max(v for _,v,_,_ in vals)}")
