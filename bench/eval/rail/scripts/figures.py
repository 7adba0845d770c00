"""Computes every expected figure in dev.yaml / heldout.yaml from the knowledge files themselves."""
import csv, pathlib, collections, datetime as dt
from decimal import Decimal, ROUND_HALF_UP
K = pathlib.Path(__file__).resolve().parent.parent / "knowledge"
r = lambda x, nd=0: float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP))
def nps(scores):
    n = len(scores); p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return r(100 * (p - d) / n), n, p, d
def csat(scores):
    return r(100 * sum(s >= 4 for s in scores) / len(scores)), len(scores)

t = list(csv.DictReader(open(K / "comments/ticket_purchase_nps.csv")))
v = list(csv.DictReader(open(K / "comments/medallia_post_journey_export.csv")))
print("== NPS by touchpoint (ticket_purchase_nps.csv, all weeks)")
by = collections.defaultdict(list); bys = collections.defaultdict(list)
for row in t:
    if row["touchpoint"]: by[row["touchpoint"]].append(int(row["score"]))
    if row["stage"]: bys[row["stage"]].append(int(row["score"]))
for k, s in sorted(by.items(), key=lambda kv: nps(kv[1])[0]): print(f"  {k:28s} nps={nps(s)}")
print("== NPS by stage");  [print(f"  {k:28s} nps={nps(s)}") for k, s in bys.items()]
print("  journey-wide nps (all 140 rows)", nps([int(x["score"]) for x in t]))
print("== CSAT %4-5 by touchpoint / stage (vendor export)")
cv = collections.defaultdict(list); cs = collections.defaultdict(list)
for row in v:
    if row["Touch Point"]: cv[row["Touch Point"]].append(int(row["CSAT (1-5)"]))
    if row["Stage Name"]: cs[row["Stage Name"]].append(int(row["CSAT (1-5)"]))
for k, s in sorted(cv.items(), key=lambda kv: csat(kv[1])[0]): print(f"  {k:30s} csat={csat(s)} mean={r(sum(s)/len(s),2)}")
for k, s in cs.items(): print(f"  STAGE {k:24s} csat={csat(s)} mean={r(sum(s)/len(s),2)}")

print("== KPIs")
kp = collections.defaultdict(list)
for f in (K / "kpis").glob("*.csv"):
    for row in csv.DictReader(open(f)):
        kp[(row["journey"], row["metric"])].append((dt.date.fromisoformat(row["date"]), float(row["value"]), row["target"]))
for key, s in sorted(kp.items()):
    s.sort(); vals = [x[1] for x in s]
    nov = [x[1] for x in s if x[0].month == 11]; octo = [x[1] for x in s if x[0].month == 10]
    q4 = [x[1] for x in s if x[0].month >= 10]; sep = [x[1] for x in s if x[0].month == 9]
    print(f"  {key}: latest={vals[-1]} prev={vals[-2]} wow={r(abs(vals[-1]-vals[-2]),1)} target={s[-1][2]}"
          f" | first(sep7)={vals[0]} change12w={r(abs(vals[-1]-vals[0]),1)} oct5={vals[4]} chg_since_oct5={r(abs(vals[-1]-vals[4]),1)}"
          f" | avg_nov={r(sum(nov)/len(nov),2)} avg_oct={r(sum(octo)/len(octo),2)} avg_q4={r(sum(q4)/len(q4),2)} avg_q3(sep)={r(sum(sep)/len(sep),2)}"
          f" | last4 avg={r(sum(vals[-4:])/4,2)} min6={min(vals[-6:])} max6={max(vals[-6:])} | wk8->wk12 {vals[7]}->{vals[-1]} chg={r(abs(vals[-1]-vals[7]),1)}")

print("== map pain point counts per stage (stage-level + touchpoint-level)")
import yaml, json
for f in (K / "maps").iterdir():
    m = yaml.safe_load(open(f)) if f.suffix == ".yaml" else json.load(open(f))
    for st in m["stages"]:
        a = len(st.get("pain_points", [])); b = sum(len(tp.get("pain_points", [])) for tp in st.get("touchpoints", []))
        print(f"  {m['id']}/{st['name']}: stage={a} touchpoints={b} total={a+b}")
