#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml; every figure is computed from the knowledge files."""
import os, re, sys, statistics
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import comments, kpis, nps, csat, sel

C, K = comments(), kpis()
PN, SN = "Purchase conveyancing", "Sale conveyancing"
P, S = "purchase-conveyancing", "sale-conveyancing"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def st(j, stage):
    return f"stage:{j}/{slug(stage)}"


def tp(j, stage, name):
    return f"touchpoint:{j}/{slug(stage)}/{slug(name)}"


def f(x):
    x = round(x, 1)
    return str(int(x)) if x == int(x) else f"{x:.1f}"


def series(m, jn):
    return K[(m, jn)]


def latest(m, jn):
    return series(m, jn)[-1][1]


def at(m, jn, date):
    return [v for d, v, *_ in series(m, jn) if d == date][0]


def mean_last(m, jn, n):
    return statistics.mean(v for _, v, *_ in series(m, jn)[-n:])


def mean_between(m, jn, a, b):
    return statistics.mean(v for d, v, *_ in series(m, jn) if a <= d <= b)


def N(**kw):
    return nps(sel(C, **kw))[0]


def CS(**kw):
    return csat(sel(C, **kw))[0]


# ---- shorthand ids
ID_P, ID_S = "ID and AML checks", "ID and AML checks"
SE = "Searches and enquiries"
EC = "Exchange and completion"
QI = "Quote and instruction"
PCR = "Post-completion registration"
CP = "Contract pack and enquiries"
PC = "Post-completion"

APP_P, APP_S = tp(P, ID_P, "Digital ID verification app"), tp(S, ID_S, "Digital ID verification app")
SEARCH = tp(P, SE, "Local authority search")
TRACKER = tp(P, SE, "Case tracker")
SOF = tp(P, ID_P, "Source of funds questionnaire")
GIFT = tp(P, ID_P, "Gifted deposit declaration")
DEPOSIT = tp(P, EC, "Deposit transfer")
COMPFUNDS = tp(P, EC, "Completion day funds")
KEYS = tp(P, EC, "Key release")
QUOTE_P, QUOTE_S = tp(P, QI, "Online quote calculator"), tp(S, QI, "Online quote calculator")
LAWYER = tp(P, SE, "Contract pack review")
TA6 = tp(S, CP, "Property information form (TA6)")
LEASE = tp(S, CP, "Leasehold management pack")
BUYENQ = tp(S, CP, "Replies to buyer's enquiries")
EXEC = tp(S, ID_S, "Executor and attorney ID")
REDEMP = tp(S, EC, "Mortgage redemption statement")
PROCEEDS = tp(S, EC, "Sale proceeds transfer")
ESIGN = tp(S, EC, "Contract and transfer deed signing")
LR = tp(P, PCR, "Land Registry application")
SDLT = tp(P, PCR, "SDLT return")

W = ["2025-09-01", "2025-09-08", "2025-09-15", "2025-09-22", "2025-09-29", "2025-10-06", "2025-10-13",
     "2025-10-20", "2025-10-27", "2025-11-03"]


def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
        return d
    d["sources"] = sources
    d["figures"] = [str(x) for x in (figures or [])]
    d["abstain"] = False
    return d


def chg(m, jn, a, b):
    return f(abs(at(m, jn, b) - at(m, jn, a)))


def ids(pred=None, **kw):
    """comment:<id> for every comment in scope (optionally filtered by pred) - any one of them is a fair citation."""
    return [f"comment:{r['id']}" for r in sel(C, **kw) if r["text"].strip(" .-").lower() not in ("", "n/a")
            and (pred is None or pred(r))]


def neg(r):
    return r["score"] is not None and ((r["type"] == "nps" and r["score"] <= 6) or (r["type"] == "csat" and r["score"] <= 2))


def pos(r):
    return r["score"] is not None and ((r["type"] == "nps" and r["score"] >= 9) or (r["type"] == "csat" and r["score"] >= 4))


def has(*words):
    return lambda r: any(w in r["text"].lower() for w in words)


DEV = [
    # pain_points
    q("whats going wrong with the council searches? clients keep moaning", "pain_points", [SEARCH, "comment~search"]),
    q("main pain points on the sof form", "pain_points", [SOF, "comment~source of funds"] + ids(journey=PN, touchpoint="Source of funds questionnaire")),
    q("what are sellers struggling with on the leasehold pack", "pain_points", [LEASE, "comment~management pack"]),
    q("probs with key release on completion day?", "pain_points", [KEYS] + ids(journey=PN, touchpoint="Key release")),
    # touchpoints
    q("what touchpoints r in the exchange n completion stage for purchases", "touchpoints", [st(P, EC)],
      ["Report on title and signing pack", "Deposit transfer", "Exchange of contracts", "Completion day funds", "Key release"]),
    q("list the steps in the id checks for sellers", "touchpoints", [st(S, ID_S)],
      ["Digital ID verification app", "Proof of ownership check", "Executor and attorney ID"]),
    q("what channels do we use post completion on the buying side", "touchpoints", [st(P, PCR), SDLT, LR],
      ["HMRC online", "HM Land Registry portal"]),
    # owner
    q("who owns the id app", "owner", [APP_P, APP_S], ["Compliance"]),
    q("which team handles the stamp duty return", "owner", [SDLT], ["Post-completion team"]),
    q("who looks after redemption statements on sales", "owner", [REDEMP], ["Completions team"]),
    q("whos responsible for the quote calculator", "owner", [QUOTE_P, QUOTE_S], ["New Business team"]),
    # goal
    q("whats the goal for searches n enquiries stage", "goal", [st(P, SE)], ["5"]),
    q("what are we aiming for at exchange & completion on the sale side", "goal", [st(S, EC)]),
    q("target for the id checks stage on purchases - whats the goal?", "goal", [st(P, ID_P)], ["3"]),
    # latest_kpi
    q("local search turnaround atm?", "latest_kpi", ["kpi~local_search_turnaround_days"],
      [f(latest("local_search_turnaround_days", PN))]),
    q("whats the case tracker update rate this wk", "latest_kpi", ["kpi~case_tracker_update_rate"],
      [f(latest("case_tracker_update_rate", PN))]),
    q("lr requisition rate latest?", "latest_kpi", ["kpi~land_registry_requisition_rate"],
      [f(latest("land_registry_requisition_rate", PN))]),
    q("sale nps latest week", "latest_kpi", ["kpi~nps"], [f(latest("nps", SN))]),
    q("how many chase calls per 100 files last week", "latest_kpi", ["kpi~chase_calls_per_100_files"],
      [f(latest("chase_calls_per_100_files", PN))]),
    # kpi_change
    q("how much has the id pass rate dropped on purchases over the last 3 weeks", "kpi_change",
      ["kpi~id_check_pass_rate"], [f(latest("id_check_pass_rate", PN)), chg("id_check_pass_rate", PN, W[6], W[9])]),
    q("local search times since start of sept - how much worse?", "kpi_change", ["kpi~local_search_turnaround_days"],
      [f(at("local_search_turnaround_days", PN, W[0])), f(latest("local_search_turnaround_days", PN)),
       chg("local_search_turnaround_days", PN, W[0], W[9])]),
    q("has the requisition rate improved since sept?", "kpi_change", ["kpi~land_registry_requisition_rate"],
      [f(at("land_registry_requisition_rate", PN, W[0])), f(latest("land_registry_requisition_rate", PN)),
       chg("land_registry_requisition_rate", PN, W[0], W[9])]),
    q("redemption statement wait - change over the 10 wks?", "kpi_change", ["kpi~redemption_statement_wait_days"],
      [f(at("redemption_statement_wait_days", SN, W[0])), f(latest("redemption_statement_wait_days", SN)),
       chg("redemption_statement_wait_days", SN, W[0], W[9])]),
    # kpi_window
    q("avg local search turnaround over the last 4 weeks", "kpi_window", ["kpi~local_search_turnaround_days"],
      [f(mean_last("local_search_turnaround_days", PN, 4))]),
    q("what was the purchase id pass rate w/c 20 oct", "kpi_window", ["kpi~id_check_pass_rate"],
      [f(at("id_check_pass_rate", PN, "2025-10-20"))]),
    q("avg days instruction to exchange on sales across september", "kpi_window",
      ["kpi~avg_days_instruction_to_exchange"], [f(mean_between("avg_days_instruction_to_exchange", SN, "2025-09-01", "2025-09-29"))]),
    # comparison
    q("id pass rate buyers vs sellers latest", "comparison", ["kpi~id_check_pass_rate"],
      [f(latest("id_check_pass_rate", PN)), f(latest("id_check_pass_rate", SN))]),
    q("days to exchange purch vs sale rn", "comparison", ["kpi~avg_days_instruction_to_exchange"],
      [f(latest("avg_days_instruction_to_exchange", PN)), f(latest("avg_days_instruction_to_exchange", SN))]),
    q("nps purchase v sale this week", "comparison", ["kpi~nps"], [f(latest("nps", PN)), f(latest("nps", SN))]),
    q("compare csat on the sof form vs the id app for buyers (reviewloop scores)", "comparison", [SOF, APP_P] + ids(journey=PN, touchpoint="Source of funds questionnaire") + ids(journey=PN, touchpoint="Digital ID verification app"),
      [f(CS(journey=PN, touchpoint="Source of funds questionnaire")), f(CS(journey=PN, touchpoint="Digital ID verification app"))]),
    # ranking
    q("which purchase touchpoint gets the most complaints", "ranking", [SEARCH] + ids(neg, journey=PN, touchpoint="Local authority search"), ["Local authority search"]),
    q("which segment has the lowest nps on purchases (from survey scores)", "ranking", [SOF] + ids(journey=PN, segment="Buy-to-let investor"),
      ["Buy-to-let investor", f(N(journey=PN, segment="Buy-to-let investor"))]),
    q("top 3 most complained about touchpoints for buyers", "ranking", [SEARCH, TRACKER, SOF],
      ["Local authority search", "Case tracker", "Source of funds questionnaire"]),
    # segment
    q("what are ftbs complaining about most", "segment", [GIFT, "comment~gift", SEARCH, SOF] + ids(neg, journey=PN, segment="First-time buyer")),
    q("how do cash buyers rate us? nps from the comments", "segment", [COMPFUNDS, QUOTE_P] + ids(journey=PN, segment="Cash buyer"),
      [f(N(journey=PN, segment="Cash buyer"))]),
    q("what do executors say about selling with us", "segment", [EXEC, "comment~executor"]),
    q("btl landlords buying - any specific gripes?", "segment", [SOF, "comment~rental", "comment~other properties"] + ids(neg, journey=PN, segment="Buy-to-let investor")),
    # derived_score
    q("nps for the council searches from the survey comments", "derived_score", [SEARCH, "comment~search"] + ids(journey=PN, touchpoint="Local authority search"),
      [f(N(journey=PN, touchpoint="Local authority search"))]),
    q("csat on completion day funds (reviewloop)", "derived_score", [COMPFUNDS] + ids(journey=PN, touchpoint="Completion day funds"),
      [f(CS(journey=PN, touchpoint="Completion day funds"))]),
    q("whats the nps for the id & aml stage on purchases from survey scores", "derived_score", [st(P, ID_P), APP_P, SOF, GIFT] + ids(journey=PN, stage=ID_P),
      [f(N(journey=PN, stage=ID_P))]),
    q("sale side csat for the contract pack stage", "derived_score", [st(S, CP), TA6, LEASE, BUYENQ] + ids(journey=SN, stage=CP),
      [f(CS(journey=SN, stage=CP))]),
    q("nps for first time buyers", "derived_score", [GIFT, SEARCH, SOF, "comment~gift"] + ids(journey=PN, segment="First-time buyer"),
      [f(N(journey=PN, segment="First-time buyer"))]),
    # themes
    q("main themes in sale feedback?", "themes", [TA6, LEASE, BUYENQ, REDEMP, PROCEEDS, st(S, CP)] + ids(journey=SN, touchpoint="Property information form (TA6)")),
    q("what are people saying about the portal", "themes", [TRACKER, "comment~tracker", "comment~portal"]),
    q("themes in comments about the aml checks", "themes", [st(P, ID_P), SOF, GIFT, APP_P] + ids(journey=PN, stage=ID_P)),
    # praise
    q("what do clients love about completion day", "praise", [COMPFUNDS] + ids(pos, journey=PN, touchpoint="Completion day funds")),
    q("any good feedback on our lawyers?", "praise", [LAWYER] + ids(journey=PN, touchpoint="Contract pack review")),
    q("positive comments from sellers?", "praise", [PROCEEDS, ESIGN] + ids(pos, journey=SN)),
    # emerging
    q("anything new popping up in the last couple of weeks?", "emerging", ["comment~scam", "comment~crash", APP_P, DEPOSIT] + ids(has("crash", "scam", "fake", "fraud", "android", "freez", "dodgy email"))),
    q("r people having issues with the id app recently", "emerging", [APP_P, APP_S, "comment~crash", "comment~android"] + ids(has("crash", "android", "freez", "hangs", "stuck", "broken"))),
    q("new complaints about fake emails??", "emerging", ["comment~scam", "comment~fake email", DEPOSIT] + ids(has("scam", "fake", "fraud", "dodgy email"))),
    # priority
    q("if we could fix one thing on purchases what should it be", "priority", [SEARCH, TRACKER, "kpi~local_search_turnaround_days", "kpi~case_tracker_update_rate", "comment~search"]),
    q("what should the sale team prioritise", "priority", [TA6, LEASE, "kpi~seller_forms_return_days"] + ids(journey=SN, touchpoint="Property information form (TA6)")),
    q("biggest risk rn across both journeys?", "priority", [APP_P, APP_S, "kpi~id_check_pass_rate", "comment~crash", "comment~scam"]),
    # paraphrase
    q("who sorts the 'wheres my case' thing", "paraphrase", [TRACKER], ["Client Services team"]),
    q("how long r council searches taking now", "paraphrase", ["kpi~local_search_turnaround_days", SEARCH],
      [f(latest("local_search_turnaround_days", PN))]),
    q("any issues w the stamp duty bit?", "paraphrase", [SDLT, "comment~stamp duty"]),
    # abstain
    q("whats movewise legal's nps?", "abstain", abstain=True),
    q("remortgage journey - where do clients drop off?", "abstain", abstain=True),
    q("forecast for local search times in 2026?", "abstain", abstain=True),
    q("how much fee income did residential make in oct", "abstain", abstain=True),
    q("how many ppl in the completions team", "abstain", abstain=True),
    q("whats our google reviews star rating", "abstain", abstain=True),
]

HELD = [
    # pain_points
    q("pain pts for the gifted deposit bit", "pain_points", [GIFT, "comment~gift"]),
    q("whats bugging people about the ta6", "pain_points", [TA6] + ids(journey=SN, touchpoint="Property information form (TA6)")),
    q("problems with the case tracker?", "pain_points", [TRACKER, "comment~tracker"] + ids(journey=PN, touchpoint="Case tracker")),
    q("what goes wrong w redemption statements", "pain_points", [REDEMP, "comment~redemption"]),
    # touchpoints
    q("what touchpoints are in the contract pack stage for sales", "touchpoints", [st(S, CP)],
      ["Property information form (TA6)", "Fittings and contents form (TA10)", "Leasehold management pack", "Replies to buyer's enquiries"]),
    q("steps in quote & instruction for buyers?", "touchpoints", [st(P, QI)],
      ["Online quote calculator", "Estate agent referral", "Client care letter and terms of engagement", "Payment on account"]),
    q("whats in post completion on the sale side", "touchpoints", [st(S, PC)],
      ["Mortgage discharge (DS1)", "Estate agent fee payment", "Completion statement"]),
    # owner
    q("who owns the local search", "owner", [SEARCH], ["Searches desk"]),
    q("which team does the probate id stuff", "owner", [EXEC], ["Probate desk"]),
    q("who runs completion day funds", "owner", [COMPFUNDS], ["Completions team"]),
    q("owner of the case tracker?", "owner", [TRACKER], ["Client Services team"]),
    # goal
    q("goal of the quote stage for purchases?", "goal", [st(P, QI)], ["48"]),
    q("whats the aim of post completion registration", "goal", [st(P, PCR)], ["14"]),
    q("sale contract pack stage goal", "goal", [st(S, CP)], ["5"]),
    # latest_kpi
    q("purchase id pass rate latest", "latest_kpi", ["kpi~id_check_pass_rate"], [f(latest("id_check_pass_rate", PN))]),
    q("seller forms return days atm", "latest_kpi", ["kpi~seller_forms_return_days"], [f(latest("seller_forms_return_days", SN))]),
    q("quote to instruction rate rn?", "latest_kpi", ["kpi~quote_to_instruction_rate"], [f(latest("quote_to_instruction_rate", PN))]),
    q("sale fall through rate this week", "latest_kpi", ["kpi~fall_through_rate"], [f(latest("fall_through_rate", SN))]),
    q("sale csat kpi latest", "latest_kpi", ["kpi~csat"], [f(latest("csat", SN))]),
    # kpi_change
    q("how much have chase calls per 100 files gone up since start of sept", "kpi_change", ["kpi~chase_calls_per_100_files"],
      [f(at("chase_calls_per_100_files", PN, W[0])), f(latest("chase_calls_per_100_files", PN)), chg("chase_calls_per_100_files", PN, W[0], W[9])]),
    q("purchase nps change over the last 4 wks", "kpi_change", ["kpi~nps"],
      [f(latest("nps", PN)), chg("nps", PN, W[5], W[9])]),
    q("sale id pass rate drop in last 3 wks", "kpi_change", ["kpi~id_check_pass_rate"],
      [f(latest("id_check_pass_rate", SN)), chg("id_check_pass_rate", SN, W[6], W[9])]),
    q("days to exchange on purchases - change since 1 sept", "kpi_change", ["kpi~avg_days_instruction_to_exchange"],
      [f(at("avg_days_instruction_to_exchange", PN, W[0])), f(latest("avg_days_instruction_to_exchange", PN)),
       chg("avg_days_instruction_to_exchange", PN, W[0], W[9])]),
    # kpi_window
    q("avg case tracker update rate over the whole 10 weeks", "kpi_window", ["kpi~case_tracker_update_rate"],
      [f(mean_last("case_tracker_update_rate", PN, 10))]),
    q("what was local search turnaround in w/c 6 oct", "kpi_window", ["kpi~local_search_turnaround_days"],
      [f(at("local_search_turnaround_days", PN, "2025-10-06"))]),
    q("avg redemption statement wait in october", "kpi_window", ["kpi~redemption_statement_wait_days"],
      [f(mean_between("redemption_statement_wait_days", SN, "2025-10-01", "2025-10-31"))]),
    # comparison
    q("sale instruction to exchange days vs target", "comparison", ["kpi~avg_days_instruction_to_exchange"],
      [f(latest("avg_days_instruction_to_exchange", SN)), "75"]),
    q("compare id pass rate purchases vs sales at the start of sept", "comparison", ["kpi~id_check_pass_rate"],
      [f(at("id_check_pass_rate", PN, W[0])), f(at("id_check_pass_rate", SN, W[0]))]),
    q("nps from the comments: cash buyers vs btl", "comparison", ids(journey=PN, segment="Cash buyer") + ids(journey=PN, segment="Buy-to-let investor"),
      [f(N(journey=PN, segment="Cash buyer")), f(N(journey=PN, segment="Buy-to-let investor"))]),
    q("csat completion day funds vs key release", "comparison", [COMPFUNDS, KEYS] + ids(journey=PN, touchpoint="Completion day funds") + ids(journey=PN, touchpoint="Key release"),
      [f(CS(journey=PN, touchpoint="Completion day funds")), f(CS(journey=PN, touchpoint="Key release"))]),
    # ranking
    q("which sale touchpoint gets the most complaints", "ranking", [TA6] + ids(neg, journey=SN, touchpoint="Property information form (TA6)"), ["Property information form (TA6)"]),
    q("which seller segment has the lowest nps", "ranking", [LEASE, TA6] + ids(journey=SN, segment="Home mover"),
      ["Home mover", f(N(journey=SN, segment="Home mover"))]),
    q("which purchase stage has the worst nps from comments", "ranking", [st(P, SE), SEARCH, TRACKER],
      ["Searches and enquiries", f(N(journey=PN, stage=SE))]),
    # segment
    q("home movers selling - main gripes?", "segment", [LEASE, TA6, BUYENQ] + ids(neg, journey=SN, segment="Home mover")),
    q("how do executors rate the sale process (nps from comments)", "segment", [EXEC, "comment~executor"] + ids(journey=SN, segment="Executor / probate"),
      [f(N(journey=SN, segment="Executor / probate"))]),
    q("what do cash buyers like about us", "segment", [COMPFUNDS, QUOTE_P] + ids(pos, journey=PN, segment="Cash buyer")),
    q("landlords selling - whats their nps", "segment", [LEASE, BUYENQ] + ids(journey=SN, segment="Landlord selling"),
      [f(N(journey=SN, segment="Landlord selling"))]),
    # derived_score
    q("nps from comments for the case tracker", "derived_score", [TRACKER, "comment~tracker"] + ids(journey=PN, touchpoint="Case tracker"),
      [f(N(journey=PN, touchpoint="Case tracker"))]),
    q("csat for the ta6 form", "derived_score", [TA6] + ids(journey=SN, touchpoint="Property information form (TA6)"),
      [f(CS(journey=SN, touchpoint="Property information form (TA6)"))]),
    q("nps for sale proceeds transfer", "derived_score", [PROCEEDS] + ids(journey=SN, touchpoint="Sale proceeds transfer"),
      [f(N(journey=SN, touchpoint="Sale proceeds transfer"))]),
    q("derived nps for the quote & instruction stage on purchases", "derived_score", [st(P, QI), QUOTE_P, "comment~quote"] + ids(journey=PN, stage=QI),
      [f(N(journey=PN, stage=QI))]),
    q("csat for home movers on the purchase side", "derived_score", [COMPFUNDS, SEARCH] + ids(journey=PN, segment="Home mover"),
      [f(CS(journey=PN, segment="Home mover"))]),
    # themes
    q("key themes in purchase feedback", "themes", [SEARCH, TRACKER, SOF, COMPFUNDS, "comment~search", "comment~tracker"]),
    q("what are clients saying about post completion / land reg", "themes", [LR, st(P, PCR), "comment~land registry"]),
    q("themes for the quote stage", "themes", [st(P, QI), QUOTE_P, tp(P, QI, "Estate agent referral"), "comment~quote"]),
    # praise
    q("what do ppl like about the quote", "praise", [QUOTE_P] + ids(pos, journey=PN, touchpoint="Online quote calculator")),
    q("good feedback on e-signing?", "praise", [ESIGN] + ids(journey=SN, touchpoint="Contract and transfer deed signing")),
    q("any praise for the id app", "praise", [APP_P, APP_S] + ids(pos, touchpoint="Digital ID verification app")),
    # emerging
    q("any new themes last 2 wks?", "emerging", ["comment~scam", "comment~crash", APP_P, DEPOSIT] + ids(has("crash", "scam", "fake", "fraud", "android", "freez", "dodgy email"))),
    q("is the android app thing new?", "emerging", [APP_P, APP_S, "comment~android", "comment~crash"] + ids(has("crash", "android", "freez", "hangs", "stuck", "broken"))),
    q("anyone mention phishing / bank detail change emails", "emerging", ["comment~scam", "comment~fake email", DEPOSIT] + ids(has("scam", "fake", "fraud", "dodgy email"))),
    # priority
    q("top priority for compliance?", "priority", [APP_P, SOF, "kpi~id_check_pass_rate", "comment~crash"]),
    q("what should we fix first to get purchase nps back up", "priority", [SEARCH, TRACKER, APP_P, "kpi~nps", "comment~search"]),
    q("where to focus to cut days to exchange", "priority", [SEARCH, "kpi~local_search_turnaround_days", "kpi~avg_days_instruction_to_exchange"]),
    # paraphrase
    q("who handles the money laundering forms", "paraphrase", [SOF, st(P, ID_P)], ["Compliance"]),
    q("hows it going with the leasehold info packs", "paraphrase", [LEASE, "comment~management pack"]),
    q("how long are sellers taking with the property questionnaire these days", "paraphrase",
      ["kpi~seller_forms_return_days", TA6], [f(latest("seller_forms_return_days", SN))]),
    # abstain
    q("whats the industry avg days to exchange for 2025? want to benchmark vs movewise", "abstain", abstain=True),
    q("commercial property journey - biggest pain point?", "abstain", abstain=True),
    q("what will the id pass rate be next month", "abstain", abstain=True),
    q("whats our profit margin on purchase matters", "abstain", abstain=True),
    q("how many fee earners do we have in leeds", "abstain", abstain=True),
    q("whats the avg referral fee we pay estate agents", "abstain", abstain=True),
]

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
for name, qs in (("dev.yaml", DEV), ("heldout.yaml", HELD)):
    with open(os.path.join(HERE, name), "w") as fh:
        fh.write(f"# Harbourgate Law conveyancing base - {name.split('.')[0]} half ({len(qs)} questions).\n"
                 "# Generated by scripts/make_questions.py; figures computed from knowledge/.\n")
        yaml.safe_dump({"questions": qs}, fh, sort_keys=False, allow_unicode=True, width=200)
    from collections import Counter
    print(name, len(qs), dict(Counter(x["kind"] for x in qs)))
