#!/usr/bin/env python3
"""Writes dev.yaml and heldout.yaml. Every figure is computed by scripts/stats.py from the knowledge files.

    python3 scripts/build.py && python3 scripts/questions.py
"""
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stats  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
S = stats.compute()
KP = S["kp"]
sel, NPS, CSAT, rnd = S["sel"], S["nps"], S["csat"], stats.rnd

E, D = "Enrolment", "Daily care"


def tp(j, st, t):
    return stats.tp_id(j, st, t)


def st(j, s):
    return stats.st_id(j, s)


def kpi(m):
    return f"kpi~{m}"


def val(j, m):
    return KP[(j, m)]


def v1(x):
    """KPI value as written in the CSV (1 decimal unless integer metric)."""
    return rnd(x, 0) if float(x).is_integer() and abs(x) >= 20 else rnd(x, 1)


def at(j, m, date):
    k = val(j, m)
    return k["values"][k["dates"].index(date)]


def window(j, m, start, end):
    k = val(j, m)
    return [v for d, v in zip(k["dates"], k["values"]) if start <= d <= end]


def u(x):
    """unsigned whole-number figure (derived scores)"""
    return rnd(abs(x), 0)


def chg(j, m, d0, d1):
    return rnd(abs(at(j, m, d1) - at(j, m, d0)), 1)


# ---- derived numbers -------------------------------------------------------------------------------
enr = sel(journey=E)
dc_nps = [c for c in sel(journey=D) if c["score_type"] == "nps"]
pulse = [c for c in sel(journey=D) if c["score_type"] == "csat"]


def stage_rows(j, s, **kw):
    return sel(journey=j, stage=s, **kw)


neg_tp = S["neg_by_tp"].most_common()
top_neg_tp = neg_tp[0][0]
assert top_neg_tp[2] == "Monthly invoice" and neg_tp[0][1] > neg_tp[1][1], neg_tp[:3]
neg_stage_dc = Counter({k: v for k, v in S["neg_by_stage"].items() if k[0] == D}).most_common()
assert neg_stage_dc[0][0][1] == "Fees and funding invoices"
enr_stage_nps = sorted(((NPS(stage_rows(E, s["name"])), s["name"]) for s in S["maps"]["enrolment"]["stages"]))
assert enr_stage_nps[0][1] == "Waiting list", enr_stage_nps
pulse_stage = sorted(((CSAT([c for c in pulse if c["stage"] == s["name"]]), s["name"]) for s in S["maps"]["daily-care"]["stages"]))
assert pulse_stage[0][1] == "Fees and funding invoices", pulse_stage

# relative gap to target (all off-target KPIs); funding code failure must be the worst on both measures
off = sorted(((k["pct_off"], m, j) for (j, m), k in KP.items() if not k["on_target"]), reverse=True)
assert off[0][1] == "funding_code_failure_rate"
assert max(((abs(k["gap"]), m) for (j, m), k in KP.items() if not k["on_target"]))[1] == "funding_code_failure_rate"

ENR_ANY = "comment~enr|journey:enrolment"
DCN_ANY = "comment~dcn|journey:daily-care"
PX_ANY = "comment~px7|journey:daily-care"

REG = "Registration and funding paperwork"
FEES = "Fees and funding invoices"
APP = "Parent app and daily updates"
DROP = "Drop-off and pick-up"
MEALS = "Meals and allergies"
SETTLE = "Settling-in sessions"
WAIT = "Waiting list"
ENQ = "Enquiry and visit"
FIRST = "First weeks review"
ROOM = "Room moves and parent evenings"


def Q(question, kind, sources=None, figures=None, abstain=False):
    q = {"question": question, "kind": kind}
    if not abstain:
        q["sources"] = sources or []
        q["figures"] = [str(f) for f in (figures or [])]
    q["abstain"] = abstain
    return q


dev, held = [], []

# ============================== pain_points ==============================
dev += [
    Q("whats the main gripe with the 30hrs code check?", "pain_points",
      [tp(E, REG, "30-hours funding code check"), "comment~funding code", st(E, REG)]),
    Q("pain points on the waitlist?", "pain_points",
      [st(E, WAIT), "comment~waiting list", tp(E, WAIT, "Waiting list position update"), tp(E, WAIT, "Waiting list deposit")]),
    Q("what do parents hate abt the front door at drop off", "pain_points",
      [tp(D, DROP, "Door entry and sign-in"), st(D, DROP), "comment~queue", "comment~keypad"]),
    Q("issues w late pickups?", "pain_points",
      [tp(D, DROP, "Late pick-up"), "comment~late pick", "comment~late fee"]),
]
held += [
    Q("probs with the reg form in the portal??", "pain_points",
      [tp(E, REG, "Online registration form"), "comment~registration", st(E, REG)]),
    Q("whats going wrong with invoices lately", "pain_points",
      [tp(D, FEES, "Monthly invoice"), st(D, FEES), "comment~invoice"]),
    Q("allergy plan complaints?", "pain_points",
      [tp(D, MEALS, "Allergy and dietary plan"), "comment~allergy", st(D, MEALS)]),
    Q("whats annoying ppl about the deposit", "pain_points",
      [tp(E, WAIT, "Waiting list deposit"), "comment~deposit"]),
]

# ============================== touchpoints ==============================
dev += [
    Q("what touchpoints r in settling in?", "touchpoints",
      [st(E, SETTLE), tp(E, SETTLE, "Key person introduction"), tp(E, SETTLE, "Settling-in session booking")],
      ["key person introduction"]),
    Q("list the touchpoints in fees & funding", "touchpoints",
      [st(D, FEES), tp(D, FEES, "Monthly invoice"), tp(D, FEES, "Funded hours statement")],
      ["monthly invoice", "funded hours statement", "direct debit"]),
    Q("which touchpoints does the parent app stage cover", "touchpoints",
      [st(D, APP), tp(D, APP, "Daily diary"), tp(D, APP, "Nappy and sleep log")],
      ["daily diary", "nappy and sleep log"]),
    Q("what channels do we use at enquiry stage", "touchpoints",
      [st(E, ENQ), tp(E, ENQ, "Website enquiry form"), tp(E, ENQ, "Nursery manager call-back")],
      ["web", "phone"]),
]
held += [
    Q("touchpoints for drop off / pick up?", "touchpoints",
      [st(D, DROP), tp(D, DROP, "Door entry and sign-in"), tp(D, DROP, "Authorised collector check")],
      ["authorised collector check", "door entry"]),
    Q("wats in the waiting list stage, touchpoints pls", "touchpoints",
      [st(E, WAIT), tp(E, WAIT, "Place offer email"), tp(E, WAIT, "Waiting list deposit")],
      ["place offer email", "waiting list deposit"]),
    Q("meals & allergies touchpoints", "touchpoints",
      [st(D, MEALS), tp(D, MEALS, "Weekly menu"), tp(D, MEALS, "Mealtime report")],
      ["weekly menu", "mealtime report"]),
    Q("what happens in the first weeks review bit - which touchpoints", "touchpoints",
      [st(E, FIRST), tp(E, FIRST, "Welcome pack"), tp(E, FIRST, "First invoice walkthrough")],
      ["welcome pack", "first invoice walkthrough"]),
]

# ============================== owner ==============================
dev += [
    Q("who owns the funding code check", "owner",
      [tp(E, REG, "30-hours funding code check")], ["billing"]),
    Q("whos responsible for show rounds", "owner",
      [tp(E, ENQ, "Show-round visit")], ["nursery managers"]),
    Q("which team looks after the weekly menu", "owner",
      [tp(D, MEALS, "Weekly menu")], ["catering"]),
    Q("owner of the daily care journey?", "owner",
      ["journey:daily-care"], ["nursery operations"]),
]
held += [
    Q("who owns the learning journal obs", "owner",
      [tp(D, APP, "Learning journal observations")], ["early years practice"]),
    Q("who runs the open mornings", "owner",
      [tp(E, ENQ, "Open morning")], ["marketing"]),
    Q("who handles the daily diary in the app?", "owner",
      [tp(D, APP, "Daily diary")], ["parent app team"]),
    Q("whos in charge of booking settling sessions", "owner",
      [tp(E, SETTLE, "Settling-in session booking")], ["room leaders"]),
]

# ============================== goal ==============================
dev += [
    Q("whats the goal of the waiting list stage", "goal", [st(E, WAIT)], ["start date"]),
    Q("goal for meals n allergies?", "goal", [st(D, MEALS)], ["safe"]),
    Q("what are we actually trying to achieve at drop off & pickup", "goal", [st(D, DROP)], ["safely"]),
]
held += [
    Q("whats the point of the settling in stage", "goal", [st(E, SETTLE)], ["confident"]),
    Q("goal of fees/funding invoices stage?", "goal", [st(D, FEES)], ["accurately"]),
    Q("what is the enquiry + visit stage meant to achieve", "goal", [st(E, ENQ)], ["right nursery"]),
]

# ============================== latest_kpi ==============================
dev += [
    Q("funding code failure rate atm?", "latest_kpi", [kpi("funding_code_failure_rate")],
      [v1(val(E, "funding_code_failure_rate")["last"])]),
    Q("current pick up wait time?", "latest_kpi", [kpi("pickup_wait_time_min")],
      [v1(val(D, "pickup_wait_time_min")["last"])]),
    Q("latest enquiry to visit conversion", "latest_kpi", [kpi("enquiry_to_visit_rate")],
      [v1(val(E, "enquiry_to_visit_rate")["last"])]),
    Q("whats the daily diary completion rate now", "latest_kpi", [kpi("daily_diary_completion_rate")],
      [v1(val(D, "daily_diary_completion_rate")["last"])]),
]
held += [
    Q("invoice error rate latest?", "latest_kpi", [kpi("invoice_error_rate")],
      [v1(val(D, "invoice_error_rate")["last"])]),
    Q("waitlist drop out rate this wk", "latest_kpi", [kpi("waiting_list_dropout_rate")],
      [v1(val(E, "waiting_list_dropout_rate")["last"])]),
    Q("latest enrolment nps kpi", "latest_kpi", [kpi("nps")],
      [v1(val(E, "nps")["last"])]),
    Q("reply time on room msgs in the app, latest number", "latest_kpi", [kpi("message_reply_time_hours")],
      [v1(val(D, "message_reply_time_hours")["last"])]),
]

W0, WL = S["weeks"][0], S["weeks"][-1]
dev += [
    Q("how much has funding code failure rate gone up since 1 sept", "kpi_change", [kpi("funding_code_failure_rate")],
      [chg(E, "funding_code_failure_rate", W0, WL)]),
    Q("diary completion change since start of term (w/c 1 sep)?", "kpi_change", [kpi("daily_diary_completion_rate")],
      [chg(D, "daily_diary_completion_rate", W0, WL)]),
    Q("pickup wait went up how much since w/c 13 oct", "kpi_change", [kpi("pickup_wait_time_min")],
      [chg(D, "pickup_wait_time_min", "2025-10-13", WL)]),
    Q("daily care nps drop over the whole period?", "kpi_change", [kpi("nps")],
      [chg(D, "nps", W0, WL)]),
]
held += [
    Q("invoice error rate change since early sept", "kpi_change", [kpi("invoice_error_rate")],
      [chg(D, "invoice_error_rate", W0, WL)]),
    Q("how much has waitlist dropout increased since 1 sep", "kpi_change", [kpi("waiting_list_dropout_rate")],
      [chg(E, "waiting_list_dropout_rate", W0, WL)]),
    Q("enquiry>visit rate change over the 10 wks", "kpi_change", [kpi("enquiry_to_visit_rate")],
      [chg(E, "enquiry_to_visit_rate", W0, WL)]),
    Q("how far has enrolment nps fallen since the start of sept", "kpi_change", [kpi("nps")],
      [chg(E, "nps", W0, WL)]),
]

# ============================== kpi_window ==============================
sept = ("2025-09-01", "2025-09-29")
octo = ("2025-10-01", "2025-10-31")
last3 = (S["weeks"][-3], S["weeks"][-1])


def mean(xs):
    return sum(xs) / len(xs)


dev += [
    Q("what was invoice error rate w/c 13 oct", "kpi_window", [kpi("invoice_error_rate")],
      [v1(at(D, "invoice_error_rate", "2025-10-13"))]),
    Q("highest funding code fail rate in sept?", "kpi_window", [kpi("funding_code_failure_rate")],
      [rnd(max(window(E, "funding_code_failure_rate", *sept)), 1)]),
    Q("avg pick up wait over the last 3 wks", "kpi_window", [kpi("pickup_wait_time_min")],
      [rnd(mean(window(D, "pickup_wait_time_min", *last3)), 1)]),
    Q("lowest daily care nps kpi in the period", "kpi_window", [kpi("nps")],
      [rnd(val(D, "nps")["min"], 0)]),
]
held += [
    Q("daily diary rate on 6 oct?", "kpi_window", [kpi("daily_diary_completion_rate")],
      [v1(at(D, "daily_diary_completion_rate", "2025-10-06"))]),
    Q("worst week for allergen incidents - how many?", "kpi_window", [kpi("allergen_incidents")],
      [rnd(val(D, "allergen_incidents")["max"], 0)]),
    Q("avg waiting list dropout in october", "kpi_window", [kpi("waiting_list_dropout_rate")],
      [rnd(mean(window(E, "waiting_list_dropout_rate", *octo)), 1)]),
    Q("enquiry to visit rate averaged across sept", "kpi_window", [kpi("enquiry_to_visit_rate")],
      [rnd(mean(window(E, "enquiry_to_visit_rate", *sept)), 1)]),
]

# ============================== comparison ==============================
dev += [
    Q("nps enrolment vs daily care, latest kpi", "comparison", [kpi("nps")],
      [v1(val(E, "nps")["last"]), v1(val(D, "nps")["last"])]),
    Q("which is further off target, invoice errors or funding code failures?", "comparison",
      [kpi("funding_code_failure_rate"), kpi("invoice_error_rate")],
      [v1(val(E, "funding_code_failure_rate")["last"]), v1(val(D, "invoice_error_rate")["last"])]),
    Q("survey nps waitlist vs settling in - how different", "comparison",
      [st(E, WAIT), st(E, SETTLE), "comment~waiting list", "comment~settling", ENR_ANY],
      [u(NPS(stage_rows(E, WAIT))), u(NPS(stage_rows(E, SETTLE)))]),
    Q("waitlist dropout vs funding code fail rate, which is worse rn", "comparison",
      [kpi("waiting_list_dropout_rate"), kpi("funding_code_failure_rate")],
      [v1(val(E, "waiting_list_dropout_rate")["last"]), v1(val(E, "funding_code_failure_rate")["last"])]),
]
held += [
    Q("enquiry to visit vs visit to registration rate now?", "comparison",
      [kpi("enquiry_to_visit_rate"), kpi("visit_to_registration_rate")],
      [v1(val(E, "enquiry_to_visit_rate")["last"]), v1(val(E, "visit_to_registration_rate")["last"])]),
    Q("comment nps daily care vs enrolment survey?", "comparison",
      [ENR_ANY, DCN_ANY],
      [u(NPS(dc_nps)), u(NPS(enr))]),
    Q("drop off csat vs meals csat in the app pulse", "comparison",
      [st(D, DROP), st(D, MEALS), PX_ANY],
      [u(CSAT([c for c in pulse if c["stage"] == DROP])), u(CSAT([c for c in pulse if c["stage"] == MEALS]))]),
    Q("settling in completion vs visit to reg rate, latest", "comparison",
      [kpi("settling_in_completion_rate"), kpi("visit_to_registration_rate")],
      [v1(val(E, "settling_in_completion_rate")["last"]), v1(val(E, "visit_to_registration_rate")["last"])]),
]

# ============================== ranking ==============================
dev += [
    Q("which kpi is furthest off target", "ranking", [kpi("funding_code_failure_rate")],
      [v1(val(E, "funding_code_failure_rate")["last"])]),
    Q("which touchpoint gets the most negative comments", "ranking",
      [tp(D, FEES, "Monthly invoice"), "comment~invoice"], ["monthly invoice"]),
    Q("which enrolment stage has the lowest nps in the survey", "ranking",
      [st(E, WAIT), "comment~waiting list", ENR_ANY], ["waiting list"]),
]
held += [
    Q("which stage in daily care gets the most complaints", "ranking",
      [st(D, FEES), "comment~invoice", tp(D, FEES, "Monthly invoice")], ["fees"]),
    Q("worst stage for csat in the pulse survey?", "ranking",
      [st(D, FEES), "comment~invoice", PX_ANY], [u(pulse_stage[0][0])]),
    Q("rank the enrolment kpis that are off target", "ranking",
      [kpi("funding_code_failure_rate"), kpi("waiting_list_dropout_rate"), kpi("registration_time_days")],
      [v1(val(E, "funding_code_failure_rate")["last"]), v1(val(E, "waiting_list_dropout_rate")["last"])]),
]

# ============================== segment ==============================
dev += [
    Q("nps funded vs private families - enrolment survey", "segment", [ENR_ANY],
      [u(NPS(sel(journey=E, segment="Funded hours"))), u(NPS(sel(journey=E, segment="Private fee")))]),
    Q("are funded hrs parents less happy w billing? csat funded v private on fees", "segment",
      [st(D, FEES), "comment~invoice", "comment~funded", PX_ANY],
      [u(CSAT([c for c in pulse if c["stage"] == FEES and c["segment"] == "Funded hours"])),
       u(CSAT([c for c in pulse if c["stage"] == FEES and c["segment"] == "Private fee"]))]),
    Q("full time vs part time nps in the daily care survey", "segment", [DCN_ANY],
      [u(NPS([c for c in dc_nps if c["attendance"] == "Full-time"])),
       u(NPS([c for c in dc_nps if c["attendance"] == "Part-time"]))]),
    Q("which families are moaning about the consumables charge, funded or private?", "segment",
      ["comment~consumables", tp(D, FEES, "Monthly invoice")], ["funded"]),
]
held += [
    Q("daily care nps funded vs private (survey, not the kpi)", "segment", [DCN_ANY],
      [u(NPS([c for c in dc_nps if c["segment"] == "Funded hours"])),
       u(NPS([c for c in dc_nps if c["segment"] == "Private fee"]))]),
    Q("pulse csat funded v private overall?", "segment", [PX_ANY],
      [u(CSAT([c for c in pulse if c["segment"] == "Funded hours"])),
       u(CSAT([c for c in pulse if c["segment"] == "Private fee"]))]),
    Q("registration/paperwork stage nps: funded families vs private payers", "segment",
      [st(E, REG), "comment~funding code", "comment~registration"],
      [u(NPS(stage_rows(E, REG, segment="Funded hours"))), u(NPS(stage_rows(E, REG, segment="Private fee")))]),
    Q("part timers vs full timers, enrolment nps from comments", "segment", [ENR_ANY],
      [u(NPS(sel(journey=E, attendance="Part-time"))), u(NPS(sel(journey=E, attendance="Full-time")))]),
]

# ============================== derived_score ==============================
dev += [
    Q("whats the nps from the enrolment survey comments", "derived_score", [ENR_ANY], [u(NPS(enr))]),
    Q("csat from the app pulse export overall", "derived_score", [PX_ANY], [u(CSAT(pulse))]),
    Q("nps for the waiting list stage from comments", "derived_score",
      [st(E, WAIT), "comment~waiting list", ENR_ANY], [u(NPS(stage_rows(E, WAIT)))]),
    Q("csat for parent app & daily updates in the pulse survey?", "derived_score",
      [st(D, APP), "comment~app", "comment~diary", "comment~photos"],
      [u(CSAT([c for c in pulse if c["stage"] == APP]))]),
]
held += [
    Q("daily care survey nps (from the responses not the kpi)", "derived_score", [DCN_ANY], [u(NPS(dc_nps))]),
    Q("csat for meals & allergies from pulse", "derived_score",
      [st(D, MEALS), "comment~menu", "comment~allergy", PX_ANY],
      [u(CSAT([c for c in pulse if c["stage"] == MEALS]))]),
    Q("settling in nps from the comments?", "derived_score",
      [st(E, SETTLE), "comment~settl", "comment~key person", ENR_ANY], [u(NPS(stage_rows(E, SETTLE)))]),
    Q("nps for fees stage from the daily care nps survey", "derived_score",
      [st(D, FEES), "comment~invoice", DCN_ANY], [u(NPS([c for c in dc_nps if c["stage"] == FEES]))]),
]

# ============================== themes ==============================
dev += [
    Q("main themes in daily care feedback?", "themes",
      ["comment~invoice", "comment~queue", "comment~photos", "comment~diary", st(D, FEES), st(D, DROP)]),
    Q("what r parents saying about the app", "themes",
      [st(D, APP), "comment~app", "comment~photos", "comment~diary"]),
    Q("recurring complaints about funding stuff", "themes",
      ["comment~funding", "comment~funded", tp(E, REG, "30-hours funding code check"),
       tp(D, FEES, "Funded hours statement")]),
]
held += [
    Q("top themes in the enrolment survey", "themes",
      ["comment~waiting list", "comment~funding code", "comment~key person", "comment~visit", st(E, WAIT), ENR_ANY]),
    Q("whats the feedback on meals like", "themes",
      [st(D, MEALS), "comment~menu", "comment~allergy", "comment~food"]),
    Q("what do ppl say about pick up", "themes",
      [st(D, DROP), "comment~pick up", "comment~pick-up", "comment~queue", "comment~late"]),
]

# ============================== praise ==============================
dev += [
    Q("what do parents love about settling in", "praise",
      ["comment~key person", tp(E, SETTLE, "Key person introduction"), st(E, SETTLE), "comment~settl"]),
    Q("any nice feedback on the food?", "praise",
      ["comment~menu", "comment~food", "comment~cook", tp(D, MEALS, "Weekly menu")]),
    Q("what do ppl like abt the show round", "praise",
      ["comment~visit", "comment~show round", "comment~tour", tp(E, ENQ, "Show-round visit")]),
]
held += [
    Q("whats going well w the app?", "praise",
      ["comment~photos", "comment~diary", tp(D, APP, "Photo and video updates"), tp(D, APP, "Daily diary")]),
    Q("praise for room moves / parents eve?", "praise",
      ["comment~parents evening", "comment~room transition", "comment~room move", st(D, ROOM),
       tp(D, ROOM, "Parents' evening"), tp(D, ROOM, "Room transition settling")]),
    Q("good stuff parents say about morning handover", "praise",
      ["comment~handover", "comment~key person", tp(D, DROP, "Morning handover to key person")]),
]

# ============================== emerging ==============================
dev += [
    Q("anything new popping up in the last couple wks in daily care?", "emerging",
      ["comment~consumables", "comment~keypad", "comment~app update"]),
    Q("new complaints abt the front door lately?", "emerging",
      ["comment~keypad", tp(D, DROP, "Door entry and sign-in")], ["keypad"]),
    Q("is the consumables thing new or has it been going on all term", "emerging",
      ["comment~consumables"], ["consumables"]),
]
held += [
    Q("anything new in enrolment feedback recently", "emerging",
      ["comment~spam", "comment~junk", tp(E, WAIT, "Place offer email")], ["spam"]),
    Q("whats new with the app in the last 2-3 weeks", "emerging",
      ["comment~app update", tp(D, APP, "Photo and video updates")], ["update"]),
    Q("emerging issues on invoices this month?", "emerging",
      ["comment~consumables", tp(D, FEES, "Monthly invoice")], ["consumables"]),
]

# ============================== priority ==============================
dev += [
    Q("what should we fix first in daily care", "priority",
      [kpi("invoice_error_rate"), "comment~consumables", st(D, FEES), tp(D, FEES, "Monthly invoice"),
       kpi("pickup_wait_time_min"), "comment~keypad"]),
    Q("top priority for the enrolment team?", "priority",
      [kpi("funding_code_failure_rate"), tp(E, REG, "30-hours funding code check"), "comment~funding code",
       kpi("waiting_list_dropout_rate"), st(E, WAIT), st(E, REG)]),
    Q("if we can only fix one thing for funded families before xmas what is it", "priority",
      [kpi("funding_code_failure_rate"), "comment~consumables", "comment~funding code", kpi("invoice_error_rate"),
       tp(E, REG, "30-hours funding code check"), tp(D, FEES, "Funded hours statement")]),
]
held += [
    Q("biggest problem area across both journeys rn", "priority",
      [kpi("funding_code_failure_rate"), kpi("invoice_error_rate"), "comment~funding code", "comment~invoice",
       st(E, REG), st(D, FEES)]),
    Q("where should billing team focus this month", "priority",
      [kpi("invoice_error_rate"), "comment~consumables", kpi("funding_code_failure_rate"),
       tp(D, FEES, "Monthly invoice"), "comment~invoice"]),
    Q("what to prioritise for drop off & collection", "priority",
      [kpi("pickup_wait_time_min"), "comment~keypad", tp(D, DROP, "Door entry and sign-in"), st(D, DROP)]),
]

# ============================== paraphrase ==============================
dev += [
    Q("how are we doing at keeping parents in the loop during the day w/o them chasing", "paraphrase",
      [st(D, APP), kpi("daily_diary_completion_rate"), "comment~diary", "comment~photos"]),
    Q("the bit where we collect legal + medical docs before day 1 - whats wrong there", "paraphrase",
      [st(E, REG), tp(E, REG, "Online registration form"), tp(E, REG, "30-hours funding code check"),
       "comment~registration", "comment~funding code"]),
    Q("part where families wait for a spot for their start date, hows it going", "paraphrase",
      [st(E, WAIT), kpi("waiting_list_dropout_rate"), "comment~waiting list"]),
    Q("stage where we bill ppl correctly and explain funded hrs - csat in the pulse?", "paraphrase",
      [st(D, FEES), "comment~invoice", PX_ANY], [u(pulse_stage[0][0])]),
]
held += [
    Q("stage about feeding kids safely, any issues?", "paraphrase",
      [st(D, MEALS), "comment~allergy", "comment~menu", tp(D, MEALS, "Allergy and dietary plan")]),
    Q("that part where child + parent get confident before the first full day - feedback?", "paraphrase",
      [st(E, SETTLE), "comment~settl", "comment~key person"]),
    Q("hows the handover at both ends of the day going", "paraphrase",
      [st(D, DROP), kpi("pickup_wait_time_min"), "comment~handover", "comment~drop off", "comment~pick up"]),
    Q("the stage checking the kid is happy + family staying after 6 wks - any pain points", "paraphrase",
      [st(E, FIRST), tp(E, FIRST, "First invoice walkthrough"), tp(E, FIRST, "Six-week progress review")]),
]

# ============================== abstain ==============================
dev += [
    Q("whats bright horizons nps?", "abstain", abstain=True),
    Q("forecast for funding code failures in jan 2026?", "abstain", abstain=True),
    Q("how much revenue did oakfield make in oct", "abstain", abstain=True),
    Q("how many nursery practitioners do we employ across the chain", "abstain", abstain=True),
    Q("csat for the holiday club journey?", "abstain", abstain=True),
    Q("staff turnover rate this quarter?", "abstain", abstain=True),
]
held += [
    Q("busy bees waitlist dropout rate?", "abstain", abstain=True),
    Q("what will our nps be next summer", "abstain", abstain=True),
    Q("whats our ebitda margin this yr", "abstain", abstain=True),
    Q("how many room leaders are off sick this wk", "abstain", abstain=True),
    Q("after school club pick up wait time?", "abstain", abstain=True),
    Q("ofsted rating for riverside?", "abstain", abstain=True),
]


def dump(path, qs, title):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {title}\n# Generated by scripts/questions.py from the knowledge files; do not edit by hand.\n")
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=140)


def main():
    dump(ROOT / "dev.yaml", dev, "nursery - development half")
    dump(ROOT / "heldout.yaml", held, "nursery - held-out half (never tune on this)")
    for name, qs in [("dev", dev), ("heldout", held)]:
        c = Counter(q["kind"] for q in qs)
        print(name, len(qs), dict(c))
    kinds = set(q["kind"] for q in dev)
    assert kinds == set(q["kind"] for q in held) and len(kinds) == 17, kinds


if __name__ == "__main__":
    main()
