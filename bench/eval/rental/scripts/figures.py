"""Compute every expected figure used in dev.yaml / heldout.yaml from the knowledge files."""
import csv, json, pathlib, collections, statistics
from decimal import Decimal, ROUND_HALF_UP
ROOT = pathlib.Path(__file__).resolve().parent.parent
K = ROOT / "knowledge"
def rnd(x, nd=0):
    q = Decimal(1) if nd == 0 else Decimal(10) ** -nd
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
def nps(scores):
    p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return rnd(100 * (p - d) / len(scores)), len(scores), p, d
web = list(csv.DictReader(open(K / "comments/post_rental_nps_survey.csv", encoding="utf-8")))
ven = list(csv.DictReader(open(K / "comments/medallia_station_export.csv", encoding="utf-8")))
print("== NPS by touchpoint (web survey)")
by = collections.defaultdict(list); bys = collections.defaultdict(list)
for r in web:
    if r["touchpoint"]: by[r["touchpoint"]].append(int(r["score"]))
    if r["stage"]: bys[r["stage"]].append(int(r["score"]))
for k, v in sorted(by.items(), key=lambda kv: nps(kv[1])[0]):
    print(f"  {k:32s} nps={nps(v)[0]:>5} n={len(v)} prom={nps(v)[2]} det={nps(v)[3]}")
print("== NPS by stage")
for k, v in sorted(bys.items(), key=lambda kv: nps(kv[1])[0]):
    print(f"  {k:32s} nps={nps(v)[0]:>5} n={len(v)}")
print("== NPS overall per journey web", {j: nps([int(r['score']) for r in web if r['journey'] == j])[:2] for j in {r['journey'] for r in web}})
print("== CSAT (vendor) by touchpoint: mean, %4-5")
cv = collections.defaultdict(list); cvs = collections.defaultdict(list)
for r in ven:
    if r["Interaction Point"]: cv[r["Interaction Point"]].append(int(r["Satisfaction (1-5)"]))
    if r["Journey Step"]: cvs[r["Journey Step"]].append(int(r["Satisfaction (1-5)"]))
for k, v in sorted(cv.items(), key=lambda kv: statistics.mean(kv[1])):
    print(f"  {k:32s} mean={rnd(statistics.mean(v),1)} sat%={rnd(100*sum(s>=4 for s in v)/len(v))} n={len(v)}")
for k, v in cvs.items():
    print(f"  STAGE {k:26s} mean={rnd(statistics.mean(v),1)} sat%={rnd(100*sum(s>=4 for s in v)/len(v))} n={len(v)}")
# windows: kiosk before/after
def wk(r, key="date"): return r[key]
print("== web desk queue nps before Jul 14 vs from Jul 14",
      nps([int(r['score']) for r in web if r['touchpoint']=='Rental desk queue' and r['date']<'2025-07-14'])[:2],
      nps([int(r['score']) for r in web if r['touchpoint']=='Rental desk queue' and r['date']>='2025-07-14'])[:2])
print("== segments (web+vendor) counts by touchpoint for Young driver / Business")
for seg in ("Young driver", "Business", "Gold member"):
    c = collections.Counter([r["touchpoint"] for r in web if r["segment"] == seg] + [r["Interaction Point"] for r in ven if r["Customer Tier"] == seg])
    print(" ", seg, c.most_common(6))
print("== KPI series")
S = json.load(open(ROOT / "scripts/series.json"))
W = ["06-16","06-23","06-30","07-07","07-14","07-21","07-28","08-04","08-11","08-18","08-25","09-01"]
for s in S:
    v = s["values"]
    aug = v[7:11]; jul = v[3:7]
    print(f"  {s['journey'][:4]} {s['metric']:24s} latest={v[-1]} prev={v[-2]} wow={rnd(abs(v[-1]-v[-2]),1)} "
          f"first={v[0]} 12wk_chg={rnd(abs(v[-1]-v[0]),1)} aug_avg={rnd(statistics.mean(aug),1)} jul_avg={rnd(statistics.mean(jul),1)} "
          f"since_jul(7/7->{v[-1]})={rnd(abs(v[-1]-v[3]),1)} last4(08-11..09-01)={v[8:]} l4chg(08-11->09-01)={rnd(abs(v[-1]-v[8]),1)} "
          f"l4chg(08-04->09-01)={rnd(abs(v[-1]-v[7]),1)} target={s['target']} q3avg={rnd(statistics.mean(v[3:]),1)}")
