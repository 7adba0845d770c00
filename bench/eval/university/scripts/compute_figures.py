"""Computes every expected figure in dev.yaml / heldout.yaml from the knowledge files (reads the CSVs, not the data lists)."""
import csv, pathlib, statistics, collections, datetime
K = pathlib.Path(__file__).resolve().parent.parent / "knowledge"

def nps(scores):
    s = [int(x) for x in scores]
    if not s: return None
    p = sum(x >= 9 for x in s); d = sum(x <= 6 for x in s)
    return round(100 * (p - d) / len(s)), len(s), p, d

def rnd(x):  # half away from zero
    import decimal
    return int(decimal.Decimal(str(x)).quantize(decimal.Decimal("1"), rounding=decimal.ROUND_HALF_UP))

comments = []
for r in csv.DictReader(open(K / "comments/admissions_applicant_survey.csv")):
    comments.append(dict(journey="admissions", stage=r["stage"], tp=r["touchpoint"], score=r["score"], type=r["score_type"], seg=r["segment"], text=r["comment"], id=r["id"], date=r["date"]))
for r in csv.DictReader(open(K / "comments/admissions_contact_csat.csv")):
    comments.append(dict(journey="admissions", stage=r["stage"], tp=r["touchpoint"], score=r["score"], type=r["score_type"], seg=r["segment"], text=r["comment"], id=r["id"], date=r["date"]))
for r in csv.DictReader(open(K / "comments/student_pulse_export.csv")):
    d = datetime.datetime.strptime(r["RecordedDate"], "%d/%m/%Y %H:%M").date().isoformat()
    comments.append(dict(journey="first-year-support", stage=r["Q1_Area"], tp=r["Q2_Service"], score=r["Q3_Recommend"], type=r["ScaleType"], seg=r["Q4_StudentType"], text=r["Q5_Comments"], id=r["ResponseId"], date=d))
print("comments", len(comments))

npsc = [c for c in comments if c["type"] == "nps" and c["score"] != ""]
print("\n== NPS by touchpoint (comment scores) ==")
bytp = collections.defaultdict(list)
for c in npsc:
    if c["tp"]: bytp[(c["journey"], c["tp"])].append(c["score"])
rank = sorted(((nps(v), k) for k, v in bytp.items()), key=lambda x: x[0][0])
for (n, cnt, p, d), k in rank:
    print(f"{k[0]:20} {k[1]:32} nps={n:5} n={cnt} p={p} d={d}")
print("\n== NPS by stage ==")
byst = collections.defaultdict(list)
for c in npsc:
    if c["stage"]: byst[(c["journey"], c["stage"])].append(c["score"])
for k, v in sorted(byst.items(), key=lambda kv: nps(kv[1])[0]):
    print(k, nps(v))
print("\n== NPS by journey (all scored nps comments) ==")
for j in ("admissions", "first-year-support"):
    print(j, nps([c["score"] for c in npsc if c["journey"] == j]))
print("\n== CSAT ==")
for tp in ("Admissions chatbot", "Enquiries inbox"):
    s = [int(c["score"]) for c in comments if c["type"] == "csat" and c["tp"] == tp]
    print(tp, "mean", round(statistics.mean(s), 2), "n", len(s), "%4-5", round(100 * sum(x >= 4 for x in s) / len(s)))
print("\n== doc upload NPS last 3 weeks (from 2026-11-09) ==")
print(nps([c["score"] for c in npsc if c["tp"] == "Document upload" and c["date"] >= "2026-11-09"]))
print("\n== segment lists ==")
for seg in ("Commuter",):
    for c in comments:
        if c["seg"] == seg: print(c["id"], c["tp"], c["score"], c["text"])

print("\n== KPIs ==")
kp = collections.defaultdict(list)
for f in ("admissions_weekly_kpis.csv", "first_year_weekly_kpis.csv"):
    for r in csv.DictReader(open(K / "kpis" / f)):
        kp[(r["journey"], r["metric"])].append((r["date"], float(r["value"]), float(r["target"])))
for k, v in kp.items():
    v.sort()
    vals = [x[1] for x in v]
    octo = [x[1] for x in v if x[0].startswith("2026-10")]
    nov = [x[1] for x in v if x[0].startswith("2026-11")]
    sep = [x[1] for x in v if x[0].startswith("2026-09")]
    since_oct = [x[1] for x in v if x[0] >= "2026-10-01"]
    print(k, "latest", vals[-1], "prev", vals[-2], "wow", round(vals[-1] - vals[-2], 2), "first", vals[0],
          "12wk change", round(vals[-1] - vals[0], 2), "target", v[-1][2],
          "| sep avg", round(statistics.mean(sep), 2), "sum", sum(sep), "| oct avg", round(statistics.mean(octo), 2),
          "| nov avg", round(statistics.mean(nov), 2), "| since oct avg", round(statistics.mean(since_oct), 2),
          "| last4 avg", round(statistics.mean(vals[-4:]), 2), "| max", max(vals), "min", min(vals))
