#!/usr/bin/env python3
"""Builds dev.yaml and heldout.yaml; every figure is computed from scripts/facts.json."""
import json, os, collections, yaml
from stats import D, nps, C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
J1, J2 = "moving-home-and-billing", "supply-problems"
def tp(j, s, t): return f"touchpoint:{j}/{s}/{t}"
def st(j, s): return f"stage:{j}/{s}"
def K(metric, journey_prefix=None, tpname=None, stage=None):
    for k in D["kpis"]:
        if k["metric"] == metric and (journey_prefix is None or k["journey"].startswith(journey_prefix)) \
           and (tpname is None or k["touchpoint"] == tpname) and (stage is None or k["stage"] == stage):
            return k["values"]
    raise KeyError(metric)
def f1(x):  # figure string
    x = round(x, 2)
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
def latest(*a): return f1(K(*a)[-1])
def change(*a): v = K(*a); return f1(abs(round(v[-1] - v[0], 1)))
def mean4(*a):
    v = K(*a)[-4:]; m = sum(v) / 4
    assert abs(m * 10 - round(m * 10)) < 1e-6, (a, m)   # only clean means (no half-way rounding)
    return f1(m)
W = D["weeks"]
def change_between(d0, d1, *a):
    v = K(*a); return f1(abs(round(v[W.index(d1)] - v[W.index(d0)], 1)))
def NPS(**flt):
    rows = [r for r in C if all((r[k] == v) if k != "journey" else r[k].startswith(v) for k, v in flt.items())]
    return str(nps(rows)[0])

stage_nps = {s: nps([r for r in C if r["journey"].startswith("Supply") and r["stage"] == s])[0]
             for s in {r["stage"] for r in C if r["journey"].startswith("Supply")}}
worst_supply_stage = min(stage_nps, key=stage_nps.get)
tp_nps = {t: nps([r for r in C if r["journey"].startswith("Moving") and r["touchpoint"] == t])
          for t in {r["touchpoint"] for r in C if r["journey"].startswith("Moving") and r["touchpoint"]}}
best_mhb_tp = max(tp_nps, key=lambda t: tp_nps[t][0])
seg_j2 = {s: nps([r for r in C if r["journey"].startswith("Supply") and r["segment"] == s])[0] for s in ("Household", "Business", "Priority services")}
worst_seg_j2 = min(seg_j2, key=seg_j2.get)
assert worst_supply_stage == "Diagnosis" and best_mhb_tp == "Welcome pack" and worst_seg_j2 == "Household"
mand = [r for r in C if "mandate" in r["text"].lower()]
assert min(r["date"] for r in mand) >= "2026-11-09"

def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain: d["abstain"] = True
    else:
        d["sources"] = sources; d["figures"] = figures or []; d["abstain"] = False
    return d

dev = [
 q("whats annoying ppl about their first bill after moving in?", "pain_points",
   [tp(J1, "bills", "first-bill"), "comment~estimated", st(J1, "bills")], ["estimated"]),
 q("why is everyone so angry w the leak line", "pain_points",
   [tp(J2, "reporting-the-problem", "leak-hotline"), "comment~on hold"], ["hold"]),
 q("which touchpoints r in the diagnosis stage of supply problems?", "touchpoints",
   [st(J2, "diagnosis"), tp(J2, "diagnosis", "supply-checker-map"), tp(J2, "diagnosis", "pressure-check-callback")],
   ["Supply checker map", "Pressure check callback"]),
 q("who owns the proof of tenancy upload step", "owner",
   [tp(J1, "moving-in", "proof-of-tenancy-upload")], ["Account Services"]),
 q("leak hotline owner?", "owner", [tp(J2, "reporting-the-problem", "leak-hotline")], ["Contact Centre"]),
 q("what's the goal of the repair visit stage again", "goal", [st(J2, "repair-visit")], ["first visit"]),
 q("estimated bill rate atm?", "latest_kpi", ["kpi~estimated_bill_rate"], [latest("estimated_bill_rate")]),
 q("meter reading submission rate latest pls", "latest_kpi", ["kpi~meter_reading_submission_rate"], [latest("meter_reading_submission_rate")]),
 q("how much has leak hotline call abandonment gone up since start of sept", "kpi_change",
   ["kpi~call_abandonment_rate", tp(J2, "reporting-the-problem", "leak-hotline")],
   [change("call_abandonment_rate", "Supply")]),
 q("leak repair time hrs - how much has it dropped over the 12 wks?", "kpi_change", ["kpi~leak_repair_time_hours"],
   [change("leak_repair_time_hours")]),
 q("avg payment plan approval days over last 4 weeks?", "kpi_window", ["kpi~payment_plan_approval_days"],
   [mean4("payment_plan_approval_days")]),
 q("whats the mean appointment kept rate for the last 4 wks", "kpi_window", ["kpi~appointment_kept_rate"],
   [mean4("appointment_kept_rate")]),
 q("call abandonment billing helpline vs leak hotline rn?", "comparison", ["kpi~call_abandonment_rate"],
   [latest("call_abandonment_rate", "Moving"), latest("call_abandonment_rate", "Supply")]),
 q("which stage of the supply journey scores worst on nps in the survey comments", "ranking",
   [st(J2, "diagnosis"), tp(J2, "diagnosis", "pressure-check-callback"), "comment~callback"], [worst_supply_stage]),
 q("renters vs homeowners nps at the moving in stage?", "segment",
   [st(J1, "moving-in"), tp(J1, "moving-in", "proof-of-tenancy-upload"), "comment~tenancy"],
   [NPS(journey="Moving", stage="Moving in", segment="Renter"), NPS(journey="Moving", stage="Moving in", segment="Homeowner")]),
 q("which customer type is least happy w supply problems overall - household, business or psr?", "segment",
   ["journey:" + J2, "comment~" + "leak"], [worst_seg_j2, str(seg_j2[worst_seg_j2])]),
 q("nps for the leak hotline from the survey scores?", "derived_score",
   [tp(J2, "reporting-the-problem", "leak-hotline")], [NPS(journey="Supply", touchpoint="Leak hotline")]),
 q("can u work out nps for proof of tenancy upload from the comments", "derived_score",
   [tp(J1, "moving-in", "proof-of-tenancy-upload")], [NPS(journey="Moving", touchpoint="Proof of tenancy upload")]),
 q("main themes coming thru in supply problem comments?", "themes",
   ["comment~hold", "comment~appointment", "comment~callback", tp(J2, "reporting-the-problem", "leak-hotline"), tp(J2, "repair-visit", "appointment-booking")], []),
 q("what do customers actually like about how we handle leaks", "praise",
   [tp(J2, "repair-visit", "engineer-on-site"), "comment~engineer"], ["engineer"]),
 q("anything new blowing up in the last couple wks?", "emerging",
   ["comment~mandate", "kpi~dd_setup_failure_rate", tp(J1, "paying", "direct-debit-setup")], ["direct debit"]),
 q("if we could only fix one thing in supply journey first what should it be", "priority",
   [tp(J2, "reporting-the-problem", "leak-hotline"), "kpi~call_abandonment_rate", "comment~on hold"], ["leak hotline"]),
 q("the wheres-my-water postcode lookup thing, do ppl find it useful?", "paraphrase",
   [tp(J2, "diagnosis", "supply-checker-map")], []),
 q("how r ppl finding the bit where we make them prove they rent the place", "paraphrase",
   [tp(J1, "moving-in", "proof-of-tenancy-upload"), "comment~tenancy"], []),
 q("whats severn trent's leak repair time?", "abstain", abstain=True),
 q("nps target for 2027 for moving home?", "abstain", abstain=True),
 q("how many ppl work in the contact centre rn", "abstain", abstain=True),
 q("revenue from late payment charges last qtr?", "abstain", abstain=True),
 q("pain points in the sewer flooding journey?", "abstain", abstain=True),
 q("whats the water quality complaint rate this month", "abstain", abstain=True),
]
held = [
 q("missed appts again - whats going wrong w repair bookings?", "pain_points",
   [tp(J2, "repair-visit", "appointment-booking"), "comment~appointment"], []),
 q("pressure callback issues? hearing complaints", "pain_points",
   [tp(J2, "diagnosis", "pressure-check-callback"), "comment~callback"], []),
 q("list the touchpoints in paying stage", "touchpoints",
   [st(J1, "paying"), tp(J1, "paying", "direct-debit-setup"), tp(J1, "paying", "card-payment-online")],
   ["Direct debit setup", "Card payment online"]),
 q("whos responsible for the compensation claim form", "owner",
   [tp(J2, "compensation", "compensation-claim-form")], ["Customer Resolutions"]),
 q("owner of meter reader visits?", "owner", [tp(J1, "meter-readings", "meter-reader-visit")], ["Metering Services"]),
 q("goal for payment plans stage?", "goal", [st(J1, "payment-plans")], ["affordable"]),
 q("first time fix rate atm", "latest_kpi", ["kpi~first_time_fix_rate"], [latest("first_time_fix_rate")]),
 q("latest dd setup failure rate?", "latest_kpi", ["kpi~dd_setup_failure_rate"], [latest("dd_setup_failure_rate")]),
 q("how much has first time fix improved since the first snapshot", "kpi_change", ["kpi~first_time_fix_rate"],
   [change("first_time_fix_rate")]),
 q("dd setup failure rate change 2 nov to 23 nov?", "kpi_change", ["kpi~dd_setup_failure_rate"],
   [change_between("2026-11-02", "2026-11-23", "dd_setup_failure_rate")]),
 q("avg leak repair time over the last 4 weeks pls", "kpi_window", ["kpi~leak_repair_time_hours"],
   [mean4("leak_repair_time_hours")]),
 q("compensation paid within 10 days - mean for last 4 wks?", "kpi_window", ["kpi~compensation_paid_within_10_days"],
   [mean4("compensation_paid_within_10_days")]),
 q("journey nps moving/billing vs supply problems, latest?", "comparison", ["kpi~nps"],
   [latest("nps", "Moving"), latest("nps", "Supply")]),
 q("best scoring touchpoint in moving home & billing by comment nps?", "ranking",
   [tp(J1, "moving-in", "welcome-pack"), "comment~welcome"], [best_mhb_tp]),
 q("business vs household customers - nps on compensation?", "segment",
   [st(J2, "compensation"), tp(J2, "compensation", "compensation-claim-form"), "comment~compensation"],
   [NPS(journey="Supply", stage="Compensation", segment="Business"), NPS(journey="Supply", stage="Compensation", segment="Household")]),
 q("how do priority services customrs rate reporting a problem vs households", "segment",
   [st(J2, "reporting-the-problem"), tp(J2, "reporting-the-problem", "leak-hotline")],
   [NPS(journey="Supply", stage="Reporting the problem", segment="Priority services"), NPS(journey="Supply", stage="Reporting the problem", segment="Household")]),
 q("nps on first bill based on raw survey scores?", "derived_score", [tp(J1, "bills", "first-bill")],
   [NPS(journey="Moving", touchpoint="First bill")]),
 q("work out the nps for the repair visit stage from comments", "derived_score", [st(J2, "repair-visit")],
   [NPS(journey="Supply", stage="Repair visit")]),
 q("top themes in moving/billing survey comments this qtr", "themes",
   ["comment~estimated", "comment~tenancy", tp(J1, "bills", "first-bill"), tp(J1, "moving-in", "proof-of-tenancy-upload")], []),
 q("anything ppl rave about when we come out to fix stuff?", "praise",
   [tp(J2, "repair-visit", "engineer-on-site"), "comment~engineer"], ["engineer"]),
 q("whats new in the complaints this month that wasnt there before", "emerging",
   ["comment~mandate", "kpi~dd_setup_failure_rate", tp(J1, "paying", "direct-debit-setup")], ["direct debit"]),
 q("billing side - what should we prioritise first?", "priority",
   [tp(J1, "bills", "first-bill"), "kpi~estimated_bill_rate", tp(J1, "paying", "direct-debit-setup"), "kpi~dd_setup_failure_rate", "comment~estimated", "comment~mandate"], []),
 q("the free bottles we hand out in outages - feedback?", "paraphrase",
   [tp(J2, "keeping-customers-updated", "bottled-water-stations")], []),
 q("the 'heres ur account number' email after move in, is it landing ok?", "paraphrase",
   [tp(J1, "moving-in", "welcome-pack"), "comment~welcome"], []),
 q("anglian water nps for billing?", "abstain", abstain=True),
 q("forecast for leak hotline abandonment in jan?", "abstain", abstain=True),
 q("share price after the ofwat ruling?", "abstain", abstain=True),
 q("how many engineers do we employ atm", "abstain", abstain=True),
 q("trade effluent permit journey drop off rate?", "abstain", abstain=True),
 q("bad debt write off this yr in £?", "abstain", abstain=True),
]
for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(ROOT, name), "w") as f:
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=200)
kinds = sorted({x["kind"] for x in dev})
assert kinds == sorted({x["kind"] for x in held}) and len(kinds) == 17
for name, qs in (("dev", dev), ("heldout", held)):
    c = collections.Counter(x["kind"] for x in qs); print(name, len(qs), dict(c))
