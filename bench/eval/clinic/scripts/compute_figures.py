"""Computes every expected figure used in dev.yaml / heldout.yaml straight from the knowledge files."""
import csv, json, pathlib, collections, datetime as dt
import yaml
K = pathlib.Path(__file__).resolve().parent.parent / "knowledge"

def rhalf(x):  # round half away from zero
    import math
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)

def nps2(scores):
    s = [int(x) for x in scores]
    p = sum(x >= 9 for x in s); d = sum(x <= 6 for x in s)
    return rhalf(100 * (p - d) / len(s)), len(s), p, d

comments = []
with open(K / "comments/outpatient_visit_survey.csv") as f:
    comments += [dict(r, src="op") for r in csv.DictReader(f)]
with open(K / "comments/billing_csat_survey.csv") as f:
    comments += [dict(r, src="bill") for r in csv.DictReader(f)]
with open(K / "comments/qualtrics_telehealth_export.csv") as f:
    for r in csv.DictReader(f):
        comments.append(dict(id=r["ResponseId"], date=dt.datetime.strptime(r["RecordedDate"], "%d/%m/%Y %H:%M").date().isoformat(),
                             journey=r["ServiceLine"], stage=r["SurveyStage"], touchpoint=r["SurveyTouchpoint"],
                             score=r["Q1_NPS"], score_type="nps" if r["Q1_NPS"] else "", segment=r["PatientSegment"],
                             comment=r["Q2_Reason_TEXT"], src="th"))
print("comments", len(comments))
N = [c for c in comments if c["score_type"] == "nps" and c["score"]]
by_tp = collections.defaultdict(list); by_stage = collections.defaultdict(list); by_j = collections.defaultdict(list)
for c in N:
    if c["touchpoint"]: by_tp[(c["journey"], c["touchpoint"])].append(c["score"])
    if c["stage"]: by_stage[(c["journey"], c["stage"])].append(c["score"])
    by_j[c["journey"]].append(c["score"])
print("\nNPS by touchpoint (nps, n, promoters, detractors):")
for k, v in sorted(by_tp.items(), key=lambda kv: nps2(kv[1])[0]):
    print(" ", k, nps2(v))
print("\nNPS by stage:")
for k, v in sorted(by_stage.items(), key=lambda kv: nps2(kv[1])[0]):
    print(" ", k, nps2(v))
print("\nNPS by journey:", {k: nps2(v) for k, v in by_j.items()})
# online booking before/after portal migration (2026-11-02)
ob = [c for c in N if c["touchpoint"] == "Online booking"]
print("online booking NPS before 2 Nov:", nps2([c["score"] for c in ob if c["date"] < "2026-11-02"]),
      " from 2 Nov:", nps2([c["score"] for c in ob if c["date"] >= "2026-11-02"]))
vc = [c for c in N if c["touchpoint"] == "Video call with doctor"]
print("video call NPS before 12 Oct:", nps2([c["score"] for c in vc if c["date"] < "2026-10-12"]),
      " from 12 Oct:", nps2([c["score"] for c in vc if c["date"] >= "2026-10-12"]))
C = [c for c in comments if c["score_type"] == "csat" and c["score"]]
iv = [int(c["score"]) for c in C if c["touchpoint"] == "Invoice"]
print("\nCSAT invoice mean %.2f n=%d, %%4-5 = %.1f" % (sum(iv)/len(iv), len(iv), 100*sum(x>=4 for x in iv)/len(iv)))
print("segments:", collections.Counter(c["segment"] for c in comments))

# maps
maps = [yaml.safe_load(open(K / "maps/outpatient-visit.yaml")), json.load(open(K / "maps/telehealth.json"))]
print("\nPain points per stage (stage-level, incl. touchpoints):")
for m in maps:
    for s in m["stages"]:
        own = len(s.get("pain_points", [])); tot = own + sum(len(t.get("pain_points", [])) for t in s.get("touchpoints", []))
        print(" ", m["name"], "/", s["name"], own, tot, len(s.get("touchpoints", [])))
owners = collections.defaultdict(list)
for m in maps:
    for s in m["stages"]:
        for t in s.get("touchpoints", []):
            owners[t.get("owner")].append((m["name"], s["name"], t["name"]))
print("\nOwners:")
for o, l in owners.items(): print(" ", o, len(l), [x[2] for x in l])

# KPIs
kp = collections.defaultdict(list)
for fn in ("outpatient_weekly_kpis.csv", "telehealth_weekly_kpis.csv"):
    with open(K / "kpis" / fn) as f:
        for r in csv.DictReader(f):
            kp[(r["journey"], r["metric"])].append((r["date"], float(r["value"]), float(r["target"])))
print("\nKPIs latest / prev / wow / first / target:")
for k, v in kp.items():
    v.sort()
    print(" ", k, "latest", v[-1][1], "prev", v[-2][1], "wow %.1f" % (v[-1][1]-v[-2][1]), "first", v[0][1], "target", v[-1][2],
          "gap %.1f" % (v[-1][1]-v[-1][2]))
def val(j, m, d): return dict((x[0], x[1]) for x in kp[(j, m)])[d]
def avg(j, m, lo, hi):
    xs = [x[1] for x in kp[(j, m)] if lo <= x[0] <= hi]; return sum(xs)/len(xs), len(xs)
OP, TH = "Outpatient visit", "Telehealth consultation"
print("\nWindow figures:")
print(" results_turnaround since october: 2026-09-28 %s, 2026-10-05 %s -> latest %s" % (val(OP,"results_turnaround_time","2026-09-28"), val(OP,"results_turnaround_time","2026-10-05"), val(OP,"results_turnaround_time","2026-11-23")))
print(" check_in_wait avg Q4 so far (Oct 5..Nov 23): %.2f n=%d" % avg(OP, "check_in_wait_time", "2026-10-01", "2026-12-31"))
print(" invoice_dispute avg November: %.2f n=%d" % avg(OP, "invoice_dispute_rate", "2026-11-01", "2026-11-30"))
print(" invoice_dispute avg October: %.2f n=%d" % avg(OP, "invoice_dispute_rate", "2026-10-01", "2026-10-31"))
print(" call_drop last 4 weeks: Oct26 %s Nov2 %s -> Nov23 %s" % (val(TH,"call_drop_rate","2026-10-26"), val(TH,"call_drop_rate","2026-11-02"), val(TH,"call_drop_rate","2026-11-23")))
print(" telehealth nps october: Sep28 %s Oct5 %s -> Oct26 %s" % (val(TH,"nps","2026-09-28"), val(TH,"nps","2026-10-05"), val(TH,"nps","2026-10-26")))
print(" online booking completion Oct26 %s -> Nov23 %s" % (val(OP,"online_booking_completion_rate","2026-10-26"), val(OP,"online_booking_completion_rate","2026-11-23")))
print(" call centre answer Oct26 %s -> Nov23 %s" % (val(OP,"call_centre_answer_time","2026-10-26"), val(OP,"call_centre_answer_time","2026-11-23")))
print(" check-in wait Sep28 %s -> Nov23 %s" % (val(OP,"check_in_wait_time","2026-09-28"), val(OP,"check_in_wait_time","2026-11-23")))
print(" call drop avg september: %.2f n=%d, november %.2f n=%d" % (avg(TH,"call_drop_rate","2026-09-01","2026-09-30") + avg(TH,"call_drop_rate","2026-11-01","2026-11-30")))
