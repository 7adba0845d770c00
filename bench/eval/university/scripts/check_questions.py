"""Double-check: recompute each figure in dev/heldout independently of compute_figures.py and validate gold ids."""
import csv, json, re, statistics, yaml, pathlib
B = pathlib.Path(__file__).resolve().parent.parent; K = B / "knowledge"
kpi = {}
for f in (K / "kpis").glob("*.csv"):
    for r in csv.DictReader(open(f)):
        kpi.setdefault((r["journey"], r["metric"]), []).append((r["date"], float(r["value"])))
for v in kpi.values(): v.sort()
V = lambda j, m: [x[1] for x in kpi[(j, m)]]
A, F = "admissions", "first-year-support"
adm = list(csv.DictReader(open(K / "comments/admissions_applicant_survey.csv")))
cs = list(csv.DictReader(open(K / "comments/admissions_contact_csat.csv")))
pu = list(csv.DictReader(open(K / "comments/student_pulse_export.csv")))
def nps(xs):
    xs = [int(x) for x in xs if x != ""]
    return round(100 * (sum(x >= 9 for x in xs) - sum(x <= 6 for x in xs)) / len(xs))
expected = {
  "counselling wait atm?": [V(F, "counselling_wait_days")[-1]],
  "bursary payment time rn": [V(F, "bursary_payment_time_days")[-1]],
  "how much did app completion drop wk on wk": [V(A, "application_completion_rate")[-2] - V(A, "application_completion_rate")[-1], V(A, "application_completion_rate")[-1]],
  "how has offer turnaround moved since the start of sept": [V(A, "offer_turnaround_days")[0] - V(A, "offer_turnaround_days")[-1]],
  "avg counselling wait since october": [statistics.mean(v for d, v in kpi[(F, "counselling_wait_days")] if d >= "2026-10-01")],
  "total open day bookings in q3": [sum(v for d, v in kpi[(A, "open_day_bookings")] if "2026-07-01" <= d < "2026-10-01")],
  "first response time admissions vs first yr support": [V(A, "first_response_time_hours")[-1], V(F, "first_response_time_hours")[-1]],
  "compare offer acceptance and application completion rate atm": [V(A, "offer_acceptance_rate")[-1], V(A, "application_completion_rate")[-1]],
  "worst touchpoint by nps in admissions?": [nps([r["score"] for r in adm if r["touchpoint"] == "Document upload"])],
  "nps for the doc upload step from the survey comments?": [nps([r["score"] for r in adm if r["touchpoint"] == "Document upload"])],
  "whats the comment based nps for the offer stage": [nps([r["score"] for r in adm if r["stage"] == "Offer"])],
  "doc upload error rate currently?": [V(A, "document_upload_error_rate")[-1]],
  "attendance atm": [V(F, "attendance_rate")[-1]],
  "how much did bursary payment time go up last week": [V(F, "bursary_payment_time_days")[-1] - V(F, "bursary_payment_time_days")[-2], V(F, "bursary_payment_time_days")[-1]],
  "how did eduroam ticket resolution time change over the 12 wks": [round(V(F, "it_ticket_resolution_hours")[0] - V(F, "it_ticket_resolution_hours")[-1], 1)],
  "avg application completion rate last month": [round(statistics.mean(v for d, v in kpi[(A, "application_completion_rate")] if d.startswith("2026-11")), 1)],
  "counselling wait avg over the last 4 weeks": [statistics.mean(V(F, "counselling_wait_days")[-4:])],
  "compare bursary payment time and counselling wait rn": [V(F, "bursary_payment_time_days")[-1], V(F, "counselling_wait_days")[-1]],
  "nps first-year support vs the admissions journey atm": [V(F, "nps")[-1], V(A, "nps")[-1]],
  "nps for wellbeing from the pulse survey?": [nps([r["Q3_Recommend"] for r in pu if r["Q1_Area"] == "Wellbeing"])],
  "avg csat score for the admissions chatbot": [statistics.mean(int(r["score"]) for r in cs if r["touchpoint"] == "Admissions chatbot")],
}
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ents = set()
for m in (yaml.safe_load(open(K / "maps/admissions.yaml")), json.load(open(K / "maps/first-year-support.json"))):
    ents.add("journey:" + m["id"])
    for st in m["stages"]:
        ents.add(f"stage:{m['id']}/{slug(st['name'])}")
        for t in st["touchpoints"]: ents.add(f"touchpoint:{m['id']}/{slug(st['name'])}/{slug(t['name'])}")
ids = {r["id"] for r in adm + cs} | {r["ResponseId"] for r in pu}
n = 0
for f in ("dev.yaml", "heldout.yaml"):
    for q in yaml.safe_load(open(B / f))["questions"]:
        for s in q.get("sources", []):
            for alt in s.split("|"):
                if alt.startswith(("stage:", "touchpoint:", "journey:")): assert alt in ents, alt
                elif "~" not in alt: assert alt in ids, alt
        if q["question"] in expected:
            nums = [x for x in q["figures"] if re.fullmatch(r"-?[\d.]+", x)]
            exp = [float(x) for x in expected[q["question"]]]
            assert [float(x) for x in nums] == [round(e, len(x.split(".")[1]) if "." in x else 0) for e, x in zip(exp, nums)], (q["question"], nums, exp)
            n += 1
        elif q.get("figures") and any(re.fullmatch(r"-?[\d.]+", x) for x in q["figures"]):
            raise SystemExit("unchecked numeric figure: " + q["question"])
print("ok:", n, "numeric questions verified")
