"""Compute every expected figure of dev.yaml / heldout.yaml from the knowledge files."""
import csv, json, pathlib, statistics, collections, yaml
K = pathlib.Path(__file__).resolve().parent.parent / "knowledge"

def nps(scores):
    p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores); n = len(scores)
    return round(100 * (p - d) / n), n

def csat(scores):  # share of 4s and 5s, %
    return round(100 * sum(s >= 4 for s in scores) / len(scores), 1), len(scores)

sw = list(csv.DictReader(open(K / "comments/switching_survey.csv", encoding="utf-8")))
sm = list(csv.DictReader(open(K / "comments/fieldpulse_export_smart_meter.csv", encoding="utf-8")))
print("== switching NPS by touchpoint (comments)")
by = collections.defaultdict(list)
for r in sw: by[r["touchpoint"] or "-"].append(int(r["score"]))
for t, v in sorted(by.items(), key=lambda kv: nps(kv[1])[0]): print(f"  {t:32s} nps={nps(v)[0]:5d} n={len(v)}")
print("== switching NPS by stage")
by = collections.defaultdict(list)
for r in sw: by[r["stage"] or "-"].append(int(r["score"]))
for t, v in by.items(): print(f"  {t:32s} nps={nps(v)[0]:5d} n={len(v)}")
print("  all", nps([int(r["score"]) for r in sw]))
print("== smart CSAT%% by touchpoint (comments)")
by = collections.defaultdict(list)
for r in sm: by[r["Step"] or "-"].append(int(r["How satisfied (1-5)"]))
for t, v in sorted(by.items(), key=lambda kv: csat(kv[1])[0]): print(f"  {t:32s} csat={csat(v)[0]:5} mean={statistics.mean(v):.2f} n={len(v)}")
print("== smart CSAT% by stage")
by = collections.defaultdict(list)
for r in sm: by[r["Visit Stage"] or "-"].append(int(r["How satisfied (1-5)"]))
for t, v in by.items(): print(f"  {t:32s} csat={csat(v)[0]:5} mean={statistics.mean(v):.2f} n={len(v)}")
print("== segments")
for r in sw:
    if r["segment"] == "Prepayment": print("  ", r["id"], r["touchpoint"], r["comment"])
for r in sm:
    if r["Customer Tier"] == "Priority Services Register": print("  ", r["Response ID"], r["Step"], r["How satisfied (1-5)"], r["Tell us more"])

print("== pain points per stage (stage-level + touchpoint-level)")
maps = [yaml.safe_load(open(K / "maps/switching-supplier.yaml")), json.load(open(K / "maps/smart-meter-installation.json"))]
for m in maps:
    for s in m["stages"]:
        sp = len(s.get("pain_points", [])); tpp = sum(len(t.get("pain_points", [])) for t in s.get("touchpoints", []))
        print(f"  {m['id']:26s} {s['name']:28s} stage={sp} tps={tpp} total={sp+tpp}")
    owners = collections.defaultdict(list)
    for s in m["stages"]:
        for t in s.get("touchpoints", []): owners[t["owner"]].append(t["name"])
    for o, ts in owners.items(): print("   owner", o, ts)

print("== KPIs")
kp = collections.defaultdict(list)
for f in ("switching_kpis.csv", "smart_meter_kpis.csv"):
    for r in csv.DictReader(open(K / "kpis" / f)): kp[(r["journey"], r["metric"])].append((r["date"], float(r["value"])))
for (j, m), v in kp.items():
    vals = [x for _, x in v]
    jan = [x for d, x in v if d.startswith("2026-01")]; feb = [x for d, x in v if d.startswith("2026-02")]
    since_feb = [x for d, x in v if d >= "2026-02-01"]; q1 = [x for d, x in v if d >= "2026-01-01"]
    last4 = vals[-4:]
    print(f"  {j[:9]} {m:26s} latest={vals[-1]} prev={vals[-2]} wow={round(vals[-1]-vals[-2],2)} "
          f"first={vals[0]} chg12={round(vals[-1]-vals[0],2)} jan_avg={round(statistics.mean(jan),2)} "
          f"feb_avg={round(statistics.mean(feb),2)} sincefeb_avg={round(statistics.mean(since_feb),2)} "
          f"sincefeb_chg={round(since_feb[-1]-since_feb[0],2)} q1_avg={round(statistics.mean(q1),2)} "
          f"last4_avg={round(statistics.mean(last4),2)} last4_sum={round(sum(last4),2)} feb16={dict(v).get('2026-02-16')}")
