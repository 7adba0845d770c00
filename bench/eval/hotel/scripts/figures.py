"""Compute every expected figure for dev.yaml / heldout.yaml from the knowledge files themselves."""
import csv, collections, datetime as dt, os, statistics
K = os.path.join(os.path.dirname(__file__), "..", "knowledge")

def nps(scores):
    p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return round(100 * (p - d) / len(scores)) if scores else None

def half_up(x, nd=0):
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP))

stay = list(csv.DictReader(open(f"{K}/comments/stay_survey_2026.csv")))
loy = list(csv.DictReader(open(f"{K}/comments/medallia_rewards_export.csv")))
din = list(csv.DictReader(open(f"{K}/comments/dining_csat_cards.csv")))
c = []
for r in stay: c.append(("Hotel stay", r["stage"], r["touchpoint"], int(r["score"]), r["segment"], r["date"], r["comment"]))
for r in loy:
    d = dt.datetime.strptime(r["Response Date"], "%d/%m/%Y %H:%M").date().isoformat()
    c.append(("Loyalty programme", r["Program Area"], r["Feature"], int(r["LTR Score"]), r["Member Tier"], d, r["Verbatim Comment"]))

print("== NPS by touchpoint (comments) ==")
by_tp = collections.defaultdict(list); by_st = collections.defaultdict(list); by_j = collections.defaultdict(list)
for j, st, tp, s, *_ in c:
    by_j[j].append(s)
    if st: by_st[(j, st)].append(s)
    if tp: by_tp[(j, tp)].append(s)
for k, v in sorted(by_tp.items(), key=lambda kv: nps(kv[1])):
    print(f"  {nps(v):5d}  n={len(v):2d}  {k}")
print("== NPS by stage ==")
for k, v in sorted(by_st.items(), key=lambda kv: nps(kv[1])):
    print(f"  {nps(v):5d}  n={len(v):2d}  {k}")
for k, v in by_j.items(): print("journey", k, nps(v), len(v))

print("== NPS front desk check-in before/after 2026-11-02 ==")
fd = [(x[5], x[3]) for x in c if x[2] == "Front desk check-in"]
print("  before", nps([s for d, s in fd if d < "2026-11-02"]), "since", nps([s for d, s in fd if d >= "2026-11-02"]))

print("== dining CSAT ==")
for tp in ["Breakfast buffet", "Restaurant dinner", None]:
    sc = [int(r["score"]) for r in din if (r["touchpoint"] == tp if tp else r["stage"] == "Dining")]
    print(f"  {tp or 'Dining stage'}: n={len(sc)} avg={statistics.mean(sc):.3f} top2={100*sum(s>=4 for s in sc)/len(sc):.2f}%")
bb = [(r["date"], int(r["score"])) for r in din if r["touchpoint"] == "Breakfast buffet"]
for lab, sel in [("before 2026-10-05", lambda d: d < "2026-10-05"), ("since 2026-10-05", lambda d: d >= "2026-10-05")]:
    sc = [s for d, s in bb if sel(d)]; print(f"  breakfast {lab}: n={len(sc)} avg={statistics.mean(sc):.3f}")

print("== segments: detractor comments per touchpoint ==")
seg = collections.defaultdict(collections.Counter)
for j, st, tp, s, sg, *_ in c:
    if s <= 6 and tp: seg[sg][tp] += 1
for sg, cnt in seg.items(): print(" ", sg, cnt.most_common(4))

print("== KPIs ==")
kp = collections.defaultdict(list)
for fn in ["hotel_stay_weekly.csv", "loyalty_weekly.csv"]:
    for r in csv.DictReader(open(f"{K}/kpis/{fn}")):
        kp[(r["journey"], r["metric"])].append((r["date"], float(r["value"].rstrip("%")), r["target"]))
for k, v in kp.items():
    v.sort(); vals = [x[1] for x in v]
    nov = [x[1] for x in v if x[0].startswith("2026-11")]
    since_oct = [x[1] for x in v if x[0] >= "2026-10-01"]
    sep = [x[1] for x in v if x[0].startswith("2026-09")]
    oct_ = [x[1] for x in v if x[0].startswith("2026-10")]
    print(f"  {k}: latest={vals[-1]} prev={vals[-2]} wow={half_up(vals[-1]-vals[-2],2)} first={vals[0]} "
          f"span={half_up(vals[-1]-vals[0],2)} target={v[-1][2]}")
    print(f"      sep_avg={half_up(statistics.mean(sep),2)} oct_avg={half_up(statistics.mean(oct_),2)} nov_avg={half_up(statistics.mean(nov),3)} "
          f"nov_sum={sum(nov)} since_oct_avg={half_up(statistics.mean(since_oct),3)} last4_avg={half_up(statistics.mean(vals[-4:]),3)} "
          f"min={min(vals)} max={max(vals)}  oct26={dict((d,x) for d,x,_ in v)['2026-10-26']}")
