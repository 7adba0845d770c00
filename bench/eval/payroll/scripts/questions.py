"""Build dev.yaml and heldout.yaml; every figure is computed here from knowledge/ via stats.py."""
import os, sys, yaml
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import comments, kpis, nps, fmt, ROOT

C = comments(); S = kpis()
ON, PR = "employer-onboarding", "monthly-pay-run"

def vals(m, j): return [x[1] for x in S[(m, j)]]
def latest(m, j): return fmt(vals(m, j)[-1])
def change(m, j): v = vals(m, j); return fmt(abs(v[-1] - v[0]))
def change_since(m, j, date):
    d = dict((x[0], x[1]) for x in S[(m, j)]); return fmt(abs(vals(m, j)[-1] - d[date]))
def last4(m, j):
    v = vals(m, j)[-4:]; r = fmt(sum(v) / 4); assert abs(sum(v) / 4 - float(r)) < 0.04, (m, sum(v) / 4); return r
def target(m, j): return str(int(float(S[(m, j)][0][2]["target"])))
def npsf(**kw):
    sc = [c["score"] for c in C if c["score_type"] == "nps" and all(c[k] == v for k, v in kw.items())]
    return str(nps(sc))
def rank_tp(j, worst=True, min_n=6):
    t = {}
    for tp in {c["touchpoint"] for c in C if c["journey"] == j and c["score_type"] == "nps"}:
        sc = [c["score"] for c in C if c["touchpoint"] == tp and c["score_type"] == "nps"]
        if len(sc) >= min_n: t[tp] = nps(sc)
    o = sorted(t.items(), key=lambda x: x[1], reverse=not worst); assert o[0][1] != o[1][1]; return o[0][0]
def rank_stage(j, worst=True):
    t = {s: nps([c["score"] for c in C if c["stage"] == s and c["journey"] == j and c["score_type"] == "nps"])
         for s in {c["stage"] for c in C if c["journey"] == j and c["score_type"] == "nps"}}
    o = sorted(t.items(), key=lambda x: x[1], reverse=not worst); assert o[0][1] != o[1][1]; return o[0][0]
def worst_csat_tp():
    t = {}
    for c in C:
        if c["score_type"] == "csat": t.setdefault(c["touchpoint"], []).append(c["score"])
    return min(t, key=lambda k: sum(t[k]) / len(t[k]))

TP = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"
CSV = TP(ON, "data-import", "employee-csv-import"); RTI = TP(PR, "filings", "rti-fps-submission")
TWOFA = TP(PR, "approvals", "two-factor-sign-off"); APP = TP(PR, "payslips", "employee-payslip-app")
HMRC = TP(ON, "tax-setup", "hmrc-gateway-connection"); CHAT = TP(PR, "support", "live-chat")
CALLBACK = TP(PR, "support", "phone-callback"); SPEC = TP(ON, "first-pay-run", "onboarding-specialist-call")

def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain: d["abstain"] = True
    else: d["sources"] = sources; d["figures"] = figures or []; d["abstain"] = False
    return d

dev = [
    q("whats the main gripe w the emplyee csv import?", "pain_points", [CSV, "comment~import"]),
    q("fps submissions - what keeps going wrong rn", "pain_points", [RTI, "comment~rejected"]),
    q("which touchpoints r in tax setup?", "touchpoints", [f"stage:{ON}/tax-setup", HMRC],
      ["HMRC gateway connection", "PAYE reference entry", "Pension scheme setup"]),
    q("list the touchpoints in the approvals stage pls", "touchpoints", [f"stage:{PR}/approvals", TWOFA],
      ["Approval request email", "Two-factor sign-off", "Approval dashboard"]),
    q("who owns two factor sign off?", "owner", [TWOFA], ["Identity and Security"]),
    q("pay history checker owner?", "owner", [TP(ON, "data-import", "pay-history-checker")], ["Onboarding product squad"]),
    q("what's the goal of the first pay run stage", "goal", [f"stage:{ON}/first-pay-run"], ["accurately"]),
    q("rti rejection rate atm?", "latest_kpi", ["kpi~rti_rejection_rate"], [latest("rti_rejection_rate", PR)]),
    q("current import success rate for the csv import?", "latest_kpi", ["kpi~import_success_rate"], [latest("import_success_rate", ON)]),
    q("latest nps for the pay run journey (the kpi one)", "latest_kpi", ["kpi~nps"], [latest("nps", PR)]),
    q("how much has time to first pay run come down since early sept?", "kpi_change", ["kpi~time_to_first_pay_run_days"],
      [change("time_to_first_pay_run_days", ON)]),
    q("payslip app adoption - change over the whole 12 wks?", "kpi_change", ["kpi~payslip_app_adoption_rate"],
      [change("payslip_app_adoption_rate", PR)]),
    q("avg approval on-time rate over the last 4 weeks??", "kpi_window", ["kpi~approval_on_time_rate"],
      [last4("approval_on_time_rate", PR)]),
    q("mean live chat first response time last 4 wks", "kpi_window", ["kpi~support_first_response_time_mins"],
      [last4("support_first_response_time_mins", PR)]),
    q("onboarding csat vs pay run csat, latest numbers?", "comparison", ["kpi~csat"],
      [latest("csat", ON), latest("csat", PR)]),
    q("worst touchpoint in onboarding by nps from the survey?", "ranking", [CSV, "comment~import"], [rank_tp(ON)]),
    q("which support channel gets the worst csat", "ranking", [CALLBACK, "comment~callback"], [worst_csat_tp()]),
    q("nps micro vs bureau customers on the pay run journey?", "segment", [f"journey:{PR}", "comment~bureau|comment~fps"],
      [npsf(journey=PR, segment="Micro (1-9 staff)"), npsf(journey=PR, segment="Accountant / bureau")]),
    q("whats the nps for employee csv import based on the comments", "derived_score", [CSV, "comment~import"],
      [npsf(journey=ON, touchpoint="Employee CSV import")]),
    q("nps for filings stage from survey scores?", "derived_score", [f"stage:{PR}/filings", RTI, "comment~fps"],
      [npsf(journey=PR, stage="Filings")]),
    q("main themes in pay run feedback this qtr?", "themes", [RTI, APP, TWOFA, "comment~rejected", "comment~payslip app", "comment~chat"]),
    q("what do custmers actually like abt us", "praise", [APP, "comment~payslip app", SPEC]),
    q("anything new blowing up in the last couple of weeks?", "emerging", [TWOFA, "comment~2fa", "comment~sms", "comment~code screen", "kpi~approval_on_time_rate"]),
    q("if we fix one thing in onboarding first what shd it be", "priority", [CSV, "comment~import", "kpi~import_success_rate"]),
    q("the step where they type in their govt gateway login - hows that going", "paraphrase", [HMRC, "comment~gateway"]),
    q("the staff phone payslip thing, any feedback?", "paraphrase", [APP, "comment~payslip app"]),
    q("whats xero's onboarding nps?", "abstain", abstain=True),
    q("revenue from payroll customers last qtr?", "abstain", abstain=True),
    q("how many ppl in the support team rn", "abstain", abstain=True),
    q("forecast for rti rejection rate next quarter?", "abstain", abstain=True),
    q("expenses app journey - whats the biggest pain pt", "abstain", abstain=True),
    q("churn rate for micro customers atm?", "abstain", abstain=True),
]

held = [
    q("why r ppl annoyed with support on payday", "pain_points", [CHAT, CALLBACK, "comment~wait|comment~queue"]),
    q("probs with hmrc gateway conection?", "pain_points", [HMRC, "comment~gateway"]),
    q("touchpoints in data import stage?", "touchpoints", [f"stage:{ON}/data-import", CSV],
      ["Employee CSV import", "Previous provider migration", "Pay history checker"]),
    q("what touchpoints does the support stage have", "touchpoints", [f"stage:{PR}/support", CHAT],
      ["Live chat", "Phone callback", "Accountant partner line"]),
    q("who's responsible for the payslip app", "owner", [APP], ["Employee experience squad"]),
    q("owner of the rti fps submission touchpoint?", "owner", [RTI], ["Compliance engineering"]),
    q("goal for approvals stage?", "goal", [f"stage:{PR}/approvals"], ["BACS"]),
    q("approval on time rate rn", "latest_kpi", ["kpi~approval_on_time_rate"], [latest("approval_on_time_rate", PR)]),
    q("whats live chat first response time at the moment", "latest_kpi", ["kpi~support_first_response_time_mins"],
      [latest("support_first_response_time_mins", PR)]),
    q("signup completion rate latest?", "latest_kpi", ["kpi~signup_completion_rate"], [latest("signup_completion_rate", ON)]),
    q("how much has the rti rejection rate gone up since sept", "kpi_change", ["kpi~rti_rejection_rate"],
      [change("rti_rejection_rate", PR)]),
    q("approval on-time rate drop since the w/c 2 nov snapshot?", "kpi_change", ["kpi~approval_on_time_rate"],
      [change_since("approval_on_time_rate", PR, "2026-11-02")]),
    q("pay run csat avg over last 4 weeks", "kpi_window", ["kpi~csat"], [last4("csat", PR)]),
    q("mean payslip app adoption last 4 wks?", "kpi_window", ["kpi~payslip_app_adoption_rate"],
      [last4("payslip_app_adoption_rate", PR)]),
    q("time to first pay run vs target - are we there?", "comparison", ["kpi~time_to_first_pay_run_days"],
      [latest("time_to_first_pay_run_days", ON), target("time_to_first_pay_run_days", ON)]),
    q("which pay run stage has the best nps", "ranking", [f"stage:{PR}/payslips", APP, "comment~payslip app"], [rank_stage(PR, worst=False)]),
    q("lowest scoring onbaording stage nps-wise?", "ranking", [f"stage:{ON}/data-import", CSV, "comment~import"], [rank_stage(ON)]),
    q("which segment is least happy w onboarding? nps pls", "segment", [f"journey:{ON}", "comment~bureau|comment~import"],
      ["bureau", npsf(journey=ON, segment="Accountant / bureau")]),
    q("nps of the employee payslip app from survey responses", "derived_score", [APP, "comment~payslip app"],
      [npsf(journey=PR, touchpoint="Employee payslip app")]),
    q("data import stage nps computed from the comments?", "derived_score", [f"stage:{ON}/data-import", CSV, "comment~import"],
      [npsf(journey=ON, stage="Data import")]),
    q("sumarise onboarding comments - top themes?", "themes", [CSV, HMRC, SPEC, "comment~import", "comment~gateway"]),
    q("any positives? what do ppl rave abt", "praise", [APP, "comment~payslip app", SPEC]),
    q("any fresh complaints in nov we didnt see before?", "emerging", [TWOFA, "comment~2fa", "comment~sms", "comment~code screen", "kpi~approval_on_time_rate"]),
    q("top priority fix for the pay run journey rn?", "priority", [RTI, TWOFA, "kpi~rti_rejection_rate", "comment~rejected"]),
    q("the video call w a named person before the first payroll - do ppl like it?", "paraphrase", [SPEC, "comment~specialist"]),
    q("the payday filing to the taxman, whats goin wrong there", "paraphrase", [RTI, "comment~fps"]),
    q("sage payroll csat vs ours?", "abstain", abstain=True),
    q("whats the share price doing this wk", "abstain", abstain=True),
    q("2027 target for time to first pay run?", "abstain", abstain=True),
    q("headcount in compliance engineering?", "abstain", abstain=True),
    q("hr module holiday booking onboarding - top complaints?", "abstain", abstain=True),
    q("trial to paid conversion rate rn?", "abstain", abstain=True),
]

assert set(x["kind"] for x in dev) == set(x["kind"] for x in held)
for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(ROOT, name), "w") as f:
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=200)
    print(name, len(qs), dict(Counter(x["kind"] for x in qs)))
    for x in qs:
        if x.get("figures"): print("   ", x["question"], x["figures"])
