"""Writes dev.yaml and heldout.yaml; every figure is computed from the knowledge files via stats.py."""
import collections, pathlib, yaml
from stats import comments, kpis, nps, rnd

ROOT = pathlib.Path(__file__).resolve().parent.parent
C, K = comments(), kpis()
RB, TC = "register-and-book", "treatment-and-care"

def num(x, nd=1):
    v = rnd(x, nd)
    return f"{v:.{nd}f}" if nd else str(int(v))
def latest(m, j, nd=1): return num(K[(m, j)][-1][1], nd)
def first_to_latest(m, j, nd=1): return num(abs(K[(m, j)][-1][1] - K[(m, j)][0][1]), nd)
def wow(m, j, nd=1): return num(abs(K[(m, j)][-1][1] - K[(m, j)][-2][1]), nd)
def avg_last(m, j, n, nd=1): v = [x for _, x in K[(m, j)][-n:]]; return num(sum(v) / len(v), nd)
def avg_since(m, j, d, nd=1): v = [x for dd, x in K[(m, j)] if dd >= d]; return num(sum(v) / len(v), nd)
def avg_month(m, j, ym, nd=1): v = [x for dd, x in K[(m, j)] if dd.startswith(ym)]; return num(sum(v) / len(v), nd)
def dnps(**f):
    s = [c["score"] for c in C if c["type"] == "nps" and all(c[k] == v for k, v in f.items())]
    return num(nps(s), 0)

T = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"
S = lambda j, s: f"stage:{j}/{s}"
def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources; d["figures"] = figures or []; d["abstain"] = False
    return d

ONLINE = T(RB, "book-appointment", "online-booking"); PHONE = T(RB, "book-appointment", "phone-booking")
FLEA = T(TC, "ongoing-health-plan", "flea-and-worm-dispatch"); REPEAT = T(TC, "prescriptions-and-refills", "repeat-prescription-request")
BOOK = S(RB, "book-appointment")

dev = [
 q("whats wrong w/ the online reg form, ppl keep moaning about it", "pain_points",
   [T(RB, "register-pet", "online-registration-form"), "comment~timed out"]),
 q("main pain points in billing rn?", "pain_points",
   [S(TC, "billing-and-insurance"), T(TC, "billing-and-insurance", "invoice-at-checkout"), "comment~estimate"]),
 q("what touchpoints are in the prescriptions stage", "touchpoints",
   [S(TC, "prescriptions-and-refills")], ["repeat prescription request", "written prescription fee"]),
 q("who owns the phone booking line?", "owner", [PHONE], ["Client Contact Centre"]),
 q("which team looks after the flea n worm parcels", "owner", [FLEA], ["Membership"]),
 q("what's the goal of the health plan signup stage supposed to be", "goal", [S(TC, "health-plan-signup")]),
 q("phone answer time atm?", "latest_kpi", ["kpi~phone_answer_time"], [latest("phone_answer_time", RB, 0)]),
 q("latest estimate accuracy number pls", "latest_kpi", ["kpi~estimate_accuracy_rate"], [latest("estimate_accuracy_rate", TC)]),
 q("how much has online booking success dropped since the start of sept (first wk we have)", "kpi_change",
   ["kpi~online_booking_success_rate"], [first_to_latest("online_booking_success_rate", RB)]),
 q("parcel on time rate - how much did it move week on week, latest vs the week before", "kpi_change",
   ["kpi~plan_parcel_on_time_rate"], [wow("plan_parcel_on_time_rate", TC)]),
 q("avg phone answer time over the last 4 weeks?", "kpi_window", ["kpi~phone_answer_time"],
   [avg_last("phone_answer_time", RB, 4, 0)]),
 q("online booking success rate averaged since october, 1dp", "kpi_window", ["kpi~online_booking_success_rate"],
   [avg_since("online_booking_success_rate", RB, "2026-10-01")]),
 q("online booking success vs registration completion, latest for both - which is worse?", "comparison",
   ["kpi~online_booking_success_rate", "kpi~registration_completion_rate"],
   [latest("online_booking_success_rate", RB), latest("registration_completion_rate", RB)]),
 q("billing vs consultation - which stage are customers unhappier with going by the comments", "comparison",
   [S(TC, "billing-and-insurance"), S(RB, "consultation"), T(TC, "billing-and-insurance", "invoice-at-checkout")]),
 q("which stage gets the most complaints", "ranking", [BOOK, ONLINE]),
 q("worst touchpoint by nps?", "ranking", [ONLINE], []),
 q("what are the exotics owners complaining about? rabbit/reptile ppl", "segment", [ONLINE, "comment~rabbit", "comment~reptile"]),
 q("nps for online booking from the survey comments?", "derived_score", [ONLINE],
   [dnps(j=RB, st="book-appointment", tp="online-booking")]),
 q("can u work out the nps of the vet consultation touchpoint from the comment scores", "derived_score",
   [T(RB, "consultation", "vet-consultation")], [dnps(j=RB, st="consultation", tp="vet-consultation")]),
 q("what do ppl say about repeat prescriptions", "themes", [REPEAT, "comment~repeat"]),
 q("themes in the comments on insurance claims?", "themes",
   [T(TC, "billing-and-insurance", "insurance-direct-claim"), "comment~claim"]),
 q("what do people actually like about us lol, anything positive in there", "praise",
   [T(RB, "consultation", "vet-consultation"), T(RB, "consultation", "nurse-clinic"),
    T(TC, "treatment-and-diagnostics", "post-op-discharge"), T(RB, "reminders-and-check-in", "reception-desk")]),
 q("anything new popping up in the last couple of weeks? feels like more angry emails than usual", "emerging",
   [FLEA, "comment~dose", "comment~weight band", "kpi~plan_parcel_on_time_rate"]),
 q("if we could only fix one thing this quarter what should it be", "priority", [ONLINE, BOOK, PHONE]),
 q("the bit where they drop the dog off at 8am for an op - how's that going", "paraphrase",
   [T(TC, "treatment-and-diagnostics", "surgery-admission"), "comment~admission"]),
 q("whats the nps for the grooming salon journey", "abstain", abstain=True),
 q("how does our phone answer time compare to vetnova's?", "abstain", abstain=True),
 q("what's the target for health plan signups in 2027", "abstain", abstain=True),
 q("how much revenue did the health plan bring in last quarter", "abstain", abstain=True),
 q("how many vets do we employ at millbridge rn", "abstain", abstain=True),
 q("whats our avg star rating on review sites", "abstain", abstain=True),
]

heldout = [
 q("what are the pain points around cancelling the plan", "pain_points",
   [T(TC, "ongoing-health-plan", "plan-renewal-and-cancellation"), "comment~cancel"]),
 q("whats annoying ppl at the booking step", "pain_points", [BOOK, ONLINE, PHONE]),
 q("list the touchpoints in reminders / check in pls", "touchpoints",
   [S(RB, "reminders-and-check-in")], ["SMS reminders", "App check-in"]),
 q("who's responsible for the insurance direct claim stuff", "owner",
   [T(TC, "billing-and-insurance", "insurance-direct-claim")], ["Insurance Desk"]),
 q("owner of the online registration form?", "owner", [T(RB, "register-pet", "online-registration-form")], ["Digital"]),
 q("whats the customer actually trying to achieve at the book appointment stage", "goal", [BOOK]),
 q("health plan churn rn?", "latest_kpi", ["kpi~health_plan_churn_rate"], [latest("health_plan_churn_rate", TC)]),
 q("current nps for the treatment & care journey", "latest_kpi", ["kpi~nps"], [latest("nps", TC, 0)]),
 q("how much has prescription turnaround time come down since early sept", "kpi_change",
   ["kpi~prescription_turnaround_time"], [first_to_latest("prescription_turnaround_time", TC, 0)]),
 q("signups to the health plan are up by how much vs the first week of sept?", "kpi_change",
   ["kpi~health_plan_signups"], [first_to_latest("health_plan_signups", TC, 0)]),
 q("avg parcel on time rate last month", "kpi_window", ["kpi~plan_parcel_on_time_rate"],
   [avg_month("plan_parcel_on_time_rate", TC, "2026-11")]),
 q("what's phone answer time averaged since october", "kpi_window", ["kpi~phone_answer_time"],
   [avg_since("phone_answer_time", RB, "2026-10-01")]),
 q("nps register & book journey vs treatment journey, latest wk", "comparison", ["kpi~nps"],
   [latest("nps", RB, 0), latest("nps", TC, 0)]),
 q("which gets more complaints, prescriptions or billing?", "comparison",
   [S(TC, "prescriptions-and-refills"), S(TC, "billing-and-insurance"), REPEAT]),
 q("top 3 pain points across everything", "ranking", [ONLINE, PHONE, BOOK, REPEAT]),
 q("lowest csat touchpoint in the pharmacy/plan feedback?", "ranking",
   [T(TC, "prescriptions-and-refills", "written-prescription-fee")]),
 q("multi pet households - what do they moan about and whats their nps in the survey", "segment",
   ["comment~pets", "comment~second dog", "comment~both"], [dnps(seg="multi-pet household")]),
 q("nps for invoice at checkout off the comments?", "derived_score",
   [T(TC, "billing-and-insurance", "invoice-at-checkout")], [dnps(j=TC, st="billing-and-insurance", tp="invoice-at-checkout")]),
 q("calc the nps for the whole book appointment stage from the survey scores, not the kpi", "derived_score",
   [BOOK], [dnps(j=RB, st="book-appointment")]),
 q("what are ppl saying about the lab results calls", "themes",
   [T(TC, "treatment-and-diagnostics", "lab-results-call"), "comment~results"]),
 q("what comes up in comments abt the member discount", "themes",
   [T(TC, "ongoing-health-plan", "member-discount-at-till"), "comment~discount"]),
 q("what do clients love about the nurses", "praise",
   [T(RB, "consultation", "nurse-clinic"), T(TC, "treatment-and-diagnostics", "post-op-discharge"), "comment~nurse"]),
 q("is there anything thats started going wrong recently that wasnt a problem back in sept/oct?", "emerging",
   [FLEA, "comment~dose", "comment~weight band", "kpi~plan_parcel_on_time_rate"]),
 q("ok so the board wants quick wins on the treatment side, where do we start, what's hurting most", "priority",
   [REPEAT, T(TC, "billing-and-insurance", "invoice-at-checkout"), T(TC, "ongoing-health-plan", "plan-renewal-and-cancellation"),
    FLEA, S(TC, "billing-and-insurance"), S(TC, "prescriptions-and-refills")]),
 q("hows the thing that texts ppl before their appt doing, is it actually cutting no shows", "paraphrase",
   [T(RB, "reminders-and-check-in", "sms-reminders"), "kpi~appointment_no_show_rate"], [latest("appointment_no_show_rate", RB)]),
 q("what does the puppy training classes journey look like", "abstain", abstain=True),
 q("whats vetnova's online booking success rate", "abstain", abstain=True),
 q("forecast for health plan churn in january?", "abstain", abstain=True),
 q("did the share price move after the plan price rise", "abstain", abstain=True),
 q("how many receptionists are off sick at oakleigh this week", "abstain", abstain=True),
 q("how many calls a day does the contact centre take", "abstain", abstain=True),
]

for name, qs in (("dev.yaml", dev), ("heldout.yaml", heldout)):
    (ROOT / name).write_text(yaml.safe_dump({"questions": qs}, sort_keys=False, allow_unicode=True, width=140), encoding="utf-8")
    kinds = collections.Counter(x["kind"] for x in qs)
    print(name, len(qs), dict(kinds))
kd, kh = {x["kind"] for x in dev}, {x["kind"] for x in heldout}
assert kd == kh and len(kd) == 17, (kd ^ kh)
for x in dev + heldout:
    if x.get("figures"): print(f'  {x["kind"]:14s} {x["figures"]}  <- {x["question"][:60]}')
