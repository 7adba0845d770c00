#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml. Every numeric figure is computed here from the knowledge files
(stats.py); change the data, rerun, and the figures follow.
Rounding: half away from zero. KPI changes are unsigned magnitudes (1 dp); window averages 1 dp;
comment-derived NPS = %promoters(9-10) - %detractors(0-6), integer, signed."""
import os, yaml
from stats import load_comments, load_kpis, nps, rnd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = load_comments(); KP = load_kpis()
J1, J2 = "join-and-manage", "retirement-income"

def num(d):  # Decimal -> tidy string
    s = format(d, "f")
    return s[:-2] if s.endswith(".0") else s
def vals(j, m): return [v for _, v, _ in KP[(j, m)]]
def latest(j, m): return num(rnd(vals(j, m)[-1], 1))
def wow(j, m): v = vals(j, m); return num(rnd(abs(v[-1] - v[-2]), 1))
def chg_all(j, m): v = vals(j, m); return num(rnd(abs(v[-1] - v[0]), 1))
def since(j, m, date): d = dict((a, b) for a, b, _ in KP[(j, m)]); return num(rnd(abs(vals(j, m)[-1] - d[date]), 1))
def avg_last(j, m, n=4):
    v = vals(j, m)[-n:]; a = sum(v) / n
    assert abs(a * 10 - round(a * 10) - 0.5) > 1e-6 and abs(a * 10 - round(a * 10) + 0.5) > 1e-6, (m, a)
    return num(rnd(a, 1))
def avg_month(j, m, prefix):
    v = [b for a, b, _ in KP[(j, m)] if a.startswith(prefix)]; return num(rnd(sum(v) / len(v), 1))
def cnps(**f):
    s = [c["score"] for c in C if all(c[k] == v for k, v in f.items())]
    assert s, f
    return str(int(rnd(nps(s))))
def det_count(**f): return sum(1 for c in C if c["score"] <= 6 and all(c[k] == v for k, v in f.items()))

S = lambda j, s: f"stage:{j}/{s}"
T = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"

# sanity checks on the stories the ranking/segment/priority golds rely on
det_stage = {}
for c in C:
    if c["score"] <= 6: det_stage[c["stage"]] = det_stage.get(c["stage"], 0) + 1
assert max(det_stage, key=det_stage.get) == "Account activation"
det_tp = {}
for c in C:
    if c["score"] <= 6: det_tp[c["touchpoint"]] = det_tp.get(c["touchpoint"], 0) + 1
assert max(det_tp, key=det_tp.get) == "Activation code letter"
assert det_count(stage="Contributions & statements") > det_count(stage="Enrolment notice")
r2 = sorted({c["stage"] for c in C if c["journey"] == "Taking retirement income"},
            key=lambda s: nps([c["score"] for c in C if c["stage"] == s]))
assert r2[0] == "Applying"

DEV = [
 ("whats wrong with the activation code letters, ppl keep moaning", "pain_points",
  [T(J1, "account-activation", "activation-code-letter"), "comment~activation code"], []),
 ("pain points in the applying stage for retirement?", "pain_points",
  [S(J2, "applying"), T(J2, "applying", "document-upload")], []),
 ("what touchpoints r in the transferring in old pots stage", "touchpoints",
  [S(J1, "transferring-in-old-pots")], ["tracker", "ceding"]),
 ("which channels do we use in the first payment stage for retirees", "touchpoints",
  [S(J2, "first-payment"), T(J2, "first-payment", "tax-code-on-first-payment")], ["post", "app"]),
 ("who owns the identity check?", "owner",
  [T(J1, "account-activation", "identity-check")], ["Digital Identity"]),
 ("which team looks after the pension guidance call line", "owner",
  [T(J2, "guidance-advice", "pension-guidance-call")], ["Retirement Guidance"]),
 ("whats the goal of account activation", "goal",
  [S(J1, "account-activation")], ["online account"]),
 ("transfer in time atm?", "latest_kpi", ["kpi~transfer_in_time_days"], [latest(J1, "transfer_in_time_days")]),
 ("emergency tax rate rn", "latest_kpi", ["kpi~emergency_tax_rate"], [latest(J2, "emergency_tax_rate")]),
 ("how much did app login success drop vs the week before", "kpi_change",
  ["kpi~app_login_success_rate"], [wow(J1, "app_login_success_rate")]),
 ("guidance call wait time - how much has it come down since the first week of sept", "kpi_change",
  ["kpi~guidance_call_wait_time"], [chg_all(J2, "guidance_call_wait_time")]),
 ("avg transfer in time over the last 4 weeks?", "kpi_window",
  ["kpi~transfer_in_time_days"], [avg_last(J1, "transfer_in_time_days")]),
 ("whats the average guidance call wait last month (nov), 1 decimal is fine", "kpi_window",
  ["kpi~guidance_call_wait_time"], [avg_month(J2, "guidance_call_wait_time", "2026-11")]),
 ("nps joining journey vs retirement journey latest - which is higher?", "comparison",
  ["kpi~nps"], [latest(J1, "nps"), latest(J2, "nps")]),
 ("do ppl complain more about contributions & statements or the enrolment notice stage", "comparison",
  [S(J1, "contributions-statements"), S(J1, "enrolment-notice")], ["contributions"]),
 ("which stage gets the most unhappy comments (detractors)?", "ranking",
  [S(J1, "account-activation"), T(J1, "account-activation", "activation-code-letter")], ["account activation"]),
 ("top 3 pain points on the retirement side by number of complaints", "ranking",
  [T(J2, "first-payment", "tax-code-on-first-payment"), T(J2, "guidance-advice", "pension-guidance-call"),
   T(J2, "applying", "document-upload")], ["tax"]),
 ("what are deferred members complaining about", "segment",
  [T(J1, "transferring-in-old-pots", "transfer-tracker"), "comment~transfer"], ["transfer"]),
 ("nps for the cash lump sum segment, from the comment scores?", "segment",
  ["comment~lump sum", T(J2, "first-payment", "tax-code-on-first-payment")], [cnps(segment="cash lump sum")]),
 ("nps at the mobile app login touchpoint from survey comments?", "derived_score",
  [T(J1, "managing-the-pot-online", "mobile-app-login")], [cnps(touchpoint="Mobile app login")]),
 ("can u work out the nps for the pension guidance call from the comments", "derived_score",
  [T(J2, "guidance-advice", "pension-guidance-call")], [cnps(touchpoint="Pension guidance call")]),
 ("what do ppl say about the fund switch tool", "themes",
  [T(J1, "choosing-investments", "fund-switch-tool"), "comment~switch"], []),
 ("themes in comments on document upload for retirement applications", "themes",
  [T(J2, "applying", "document-upload"), "comment~upload"], []),
 ("what do members actually like about the online account?", "praise",
  [T(J1, "managing-the-pot-online", "pot-value-dashboard"), T(J1, "managing-the-pot-online", "secure-messaging"),
   "comment~dashboard"], ["dashboard"]),
 ("anything new blowing up in the last couple weeks?", "emerging",
  [T(J1, "managing-the-pot-online", "mobile-app-login"), "comment~the update", "comment~face id"], ["app"]),
 ("if we could only fix one thing in the retirement journey what should it be", "priority",
  [T(J2, "first-payment", "tax-code-on-first-payment"), "comment~emergency tax"], ["emergency tax"]),
 ("the bit where we post ppl a code before they can even log in - hows that going", "paraphrase",
  [T(J1, "account-activation", "activation-code-letter")], []),
 ("that big scary envelope ppl get ~6 months before they retire, feedback?", "paraphrase",
  [T(J2, "retirement-wake-up", "wake-up-pack")], []),
]
DEV_ABSTAIN = [
 "whats the nps for our group life insurance claims journey",
 "what's brightwell pensions drawdown nps? heard theirs is way better",
 "target for transfer in time next year (2027)?",
 "how much revenue did drawdown bring in last quarter",
 "how many ppl work in transfers ops rn",
 "avg pot size at retirement atm?",
]
HELD = [
 ("main pain points w/ transfers in", "pain_points",
  [S(J1, "transferring-in-old-pots"), T(J1, "transferring-in-old-pots", "transfer-tracker")], []),
 ("why do ppl hate the tax on their first payment so much", "pain_points",
  [T(J2, "first-payment", "tax-code-on-first-payment"), "comment~emergency tax"], []),
 ("list the touchpoints in managing the pot online", "touchpoints",
  [S(J1, "managing-the-pot-online")], ["secure messaging", "beneficiary"]),
 ("what touchpoints are there in guidance & advice", "touchpoints",
  [S(J2, "guidance-advice")], ["webinar", "adviser"]),
 ("who owns employer contribution upload", "owner",
  [T(J1, "contributions-statements", "employer-contribution-upload")], ["Employer Services"]),
 ("owner of the document upload step in retirement apps?", "owner",
  [T(J2, "applying", "document-upload")], ["Retirement Operations"]),
 ("what r we trying to achieve in the first payment stage", "goal",
  [S(J2, "first-payment")], ["expected"]),
 ("latest app login success rate?", "latest_kpi",
  ["kpi~app_login_success_rate"], [latest(J1, "app_login_success_rate")]),
 ("first payment on time % latest", "latest_kpi",
  ["kpi~first_payment_on_time_rate"], [latest(J2, "first_payment_on_time_rate")]),
 ("how much has the emergency tax rate gone up over the 12 wks we have", "kpi_change",
  ["kpi~emergency_tax_rate"], [chg_all(J2, "emergency_tax_rate")]),
 ("activation rate - how much has it improved from the first week in the data to now", "kpi_change",
  ["kpi~activation_rate"], [chg_all(J1, "activation_rate")]),
 ("avg late contribution rate last month?", "kpi_window",
  ["kpi~late_contribution_rate"], [avg_month(J1, "late_contribution_rate", "2026-11")]),
 ("how has transfer in time moved since the first week of october", "kpi_window",
  ["kpi~transfer_in_time_days"], [since(J1, "transfer_in_time_days", "2026-10-05")]),
 ("app login success vs first payment on time - which one is below target rn", "comparison",
  ["kpi~app_login_success_rate", "kpi~first_payment_on_time_rate"],
  [latest(J1, "app_login_success_rate"), latest(J2, "first_payment_on_time_rate")]),
 ("comment nps for choosing investments vs choosing an income option?", "comparison",
  [S(J1, "choosing-investments"), S(J2, "choosing-an-income-option")],
  [cnps(stage="Choosing investments"), cnps(stage="Choosing an income option")]),
 ("worst touchpoint for complaints in the joining journey", "ranking",
  [T(J1, "account-activation", "activation-code-letter")], ["activation code"]),
 ("which retirement stage has the lowest nps in the comments", "ranking",
  [S(J2, "applying")], ["applying"]),
 ("new joiners - biggest gripe?", "segment",
  [T(J1, "account-activation", "activation-code-letter"), "comment~activation"], ["activation"]),
 ("how r annuity ppl feeling, whats their nps from the surveys", "segment",
  ["comment~annuity", T(J2, "choosing-an-income-option", "annuity-quote-request")], [cnps(segment="annuity")]),
 ("nps for the fund switch tool based on the comments?", "derived_score",
  [T(J1, "choosing-investments", "fund-switch-tool")], [cnps(touchpoint="Fund switch tool")]),
 ("work out the nps for the first payment stage from the survey scores pls", "derived_score",
  [S(J2, "first-payment")], [cnps(stage="First payment")]),
 ("what are people saying about annuity quotes", "themes",
  [T(J2, "choosing-an-income-option", "annuity-quote-request"), "comment~quote"], []),
 ("identity check feedback summary pls", "themes",
  [T(J1, "account-activation", "identity-check"), "comment~identity"], []),
 ("any good news for the retirement team? what do retirees love", "praise",
  [T(J2, "retirement-wake-up", "retirement-planner-tool"), T(J2, "guidance-advice", "retirement-options-webinar"),
   T(J2, "ongoing-income", "bereavement-support-line"), "comment~planner"], ["planner"]),
 ("has anything new started showing up in comments since early nov?", "emerging",
  [T(J1, "managing-the-pot-online", "mobile-app-login"), "comment~the update", "comment~face id"], ["app"]),
 ("long q sorry - we've got budget for one onboarding project next quarter and the board wants whatever is "
  "hurting the most new members. is it the activation letters, the id check or transfers? what do we fix first", "priority",
  [T(J1, "account-activation", "activation-code-letter"), S(J1, "account-activation")], ["activation"]),
 ("the 'where's my old pension money got to' status page - hows it doing", "paraphrase",
  [T(J1, "transferring-in-old-pots", "transfer-tracker")], []),
 ("the behind the scenes bit where we chase the old provider when someone moves a pot in - any feedback?", "paraphrase",
  [T(J1, "transferring-in-old-pots", "ceding-scheme-chase")], []),
]
HELD_ABSTAIN = [
 "whats the conversion rate on our ISA onboarding journey",
 "how does our emergency tax rate compare to calder & finch life's",
 "forecast for retirement nps in q2 2027?",
 "whats the share price doing after the app login mess",
 "staff turnover in the guidance team this yr?",
 "call abandonment rate on the bereavement line?",
]

def dump(name, qs, abst):
    out = [{"question": q, "kind": k, "sources": s, "figures": f, "abstain": False} for q, k, s, f in qs]
    out += [{"question": q, "kind": "abstain", "abstain": True} for q in abst]
    with open(os.path.join(ROOT, name), "w") as fh:
        fh.write(f"# {name}: Northlark pension base, generated by scripts/build_questions.py\n")
        yaml.safe_dump({"questions": out}, fh, sort_keys=False, allow_unicode=True, width=120)
    return out

if __name__ == "__main__":
    import collections
    a = dump("dev.yaml", DEV, DEV_ABSTAIN); b = dump("heldout.yaml", HELD, HELD_ABSTAIN)
    ka = collections.Counter(q["kind"] for q in a); kb = collections.Counter(q["kind"] for q in b)
    assert set(ka) == set(kb) and len(ka) == 17, (set(ka) ^ set(kb), len(ka))
    print(len(a), len(b)); print(dict(ka)); print(dict(kb))
    for q in a + b:
        if q.get("figures"): print(q["kind"], "|", q["question"][:60], "|", q["figures"])
