#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml. Every figure is computed from the generated knowledge files."""
import decimal
import json
import os
import sys
from collections import Counter

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analysis import ROOT, K, slug, load_comments, load_kpis, series, nps, csat, sel  # noqa: E402

C = load_comments()
KP = load_kpis()
NPSR = [r for r in C if r["score_type"] == "nps"]
CSR = [r for r in C if r["score_type"] == "csat"]
CHG, MEM = "Charging on the go", "Zapnest+ membership"

# ---- valid ids from the maps -------------------------------------------------------------------------------------
maps = [yaml.safe_load(open(os.path.join(K, "maps", "charging-on-the-go.yaml"))),
        json.load(open(os.path.join(K, "maps", "zapnest-membership.json")))]
IDS = set()
for m in maps:
    IDS.add("journey:" + m["id"])
    for s in m["stages"]:
        IDS.add("stage:%s/%s" % (m["id"], slug(s["name"])))
        for t in s.get("touchpoints", []):
            IDS.add("touchpoint:%s/%s/%s" % (m["id"], slug(s["name"]), slug(t["name"])))


def rnd(x, nd=0):
    q = decimal.Decimal(1).scaleb(-nd)
    return str(decimal.Decimal(repr(x)).quantize(q, rounding=decimal.ROUND_HALF_UP))


def fig(x, nd=0):
    """unsigned magnitude for changes"""
    return rnd(abs(x), nd)


def s(metric, journey=CHG):
    return [v for _, v in series(KP, metric, journey)]


def latest(metric, journey=CHG):
    return s(metric, journey)[-1]


def val(metric, date, journey=CHG):
    return dict((d.isoformat(), v) for d, v in series(KP, metric, journey))[date]


def num(v, nd=1):
    return rnd(v, nd) if nd else rnd(v, 0)


def tp(j, st, t):
    jid = "charging-on-the-go" if j == CHG else "zapnest-membership"
    return "touchpoint:%s/%s/%s" % (jid, slug(st), slug(t))


def stg(j, st):
    jid = "charging-on-the-go" if j == CHG else "zapnest-membership"
    return "stage:%s/%s" % (jid, slug(st))


def nps_of(**kw):
    return nps([r["score"] for r in sel(NPSR, **kw)])[0]


def csat_of(**kw):
    return csat([r["score"] for r in sel(CSR, **kw)])[0]


T = dict(
    status=tp(CHG, "Find a charger", "Live availability status"),
    cmap=tp(CHG, "Find a charger", "Charger map in app"),
    route=tp(CHG, "Find a charger", "Route planner"),
    third=tp(CHG, "Find a charger", "Third-party map listings"),
    bays=tp(CHG, "Arrive and plug in", "Site signage and bay markings"),
    screen=tp(CHG, "Arrive and plug in", "Charger screen"),
    cable=tp(CHG, "Arrive and plug in", "Charging cable and connector"),
    hub=tp(CHG, "Arrive and plug in", "Hub facilities"),
    app=tp(CHG, "Start a session", "Start charging in app"),
    rfid=tp(CHG, "Start a session", "RFID card tap"),
    contactless=tp(CHG, "Start a session", "Contactless card terminal"),
    pnc=tp(CHG, "Start a session", "Plug & Charge"),
    power=tp(CHG, "Charging", "Power delivery"),
    live=tp(CHG, "Charging", "Live session screen"),
    notif=tp(CHG, "Charging", "Session notifications"),
    price=tp(CHG, "Pay and receipt", "Pricing display"),
    preauth=tp(CHG, "Pay and receipt", "Pre-authorisation hold"),
    idle=tp(CHG, "Pay and receipt", "Idle fee"),
    receipt=tp(CHG, "Pay and receipt", "Session receipt e-mail"),
    helpline=tp(CHG, "Faults and support", "24/7 helpline"),
    faultrep=tp(CHG, "Faults and support", "In-app fault report"),
    reset=tp(CHG, "Faults and support", "Remote reset"),
    refund=tp(CHG, "Faults and support", "Refund for failed session"),
    plans=tp(MEM, "Discover plans", "Plans comparison page"),
    calc=tp(MEM, "Discover plans", "Savings calculator"),
    banner=tp(MEM, "Discover plans", "In-app upgrade banner"),
    reg=tp(MEM, "Sign up", "Account registration"),
    ddsetup=tp(MEM, "Sign up", "Direct debit setup"),
    promo=tp(MEM, "Sign up", "Promo code"),
    cardorder=tp(MEM, "Get your charge card", "Card order"),
    carddel=tp(MEM, "Get your charge card", "Card delivery"),
    cardact=tp(MEM, "Get your charge card", "Card activation"),
    statement=tp(MEM, "Monthly billing", "Monthly statement"),
    ddcoll=tp(MEM, "Monthly billing", "Direct debit collection"),
    fleetportal=tp(MEM, "Monthly billing", "Fleet invoice portal"),
    dash=tp(MEM, "Monthly billing", "Usage dashboard"),
    planchange=tp(MEM, "Change or cancel", "Plan change"),
    cancel=tp(MEM, "Change or cancel", "Cancellation flow"),
    winback=tp(MEM, "Change or cancel", "Win-back offer"),
)
S = dict(
    find=stg(CHG, "Find a charger"), arrive=stg(CHG, "Arrive and plug in"), start=stg(CHG, "Start a session"),
    charging=stg(CHG, "Charging"), pay=stg(CHG, "Pay and receipt"), support=stg(CHG, "Faults and support"),
    discover=stg(MEM, "Discover plans"), signup=stg(MEM, "Sign up"), card=stg(MEM, "Get your charge card"),
    billing=stg(MEM, "Monthly billing"), cancelst=stg(MEM, "Change or cancel"),
)
JC, JM = "journey:charging-on-the-go", "journey:zapnest-membership"
for v in list(T.values()) + list(S.values()) + [JC, JM]:
    assert v in IDS, v

Q = []


def K_TARGET(metric):
    return [r["target"] for r in KP if r["metric"] == metric][0]


def q(half, kind, question, sources=(), figures=(), abstain=False):
    d = {"question": question, "kind": kind}
    if not abstain:
        d["sources"] = list(sources)
    d["figures"] = [str(f) for f in figures]
    d["abstain"] = abstain
    Q.append((half, d))


# ================================================================================================================
# pain_points
q("dev", "pain_points", "whats tripping people up with the idle fee thing", [T["idle"], "comment~idle fee"])
q("dev", "pain_points", "main pain points at the find a charger step?", [S["find"], T["status"], "comment~available"])
q("dev", "pain_points", "why are ppl unhappy w the pre auth on contactless", [T["preauth"], "comment~hold"])
q("heldout", "pain_points", "pain points for card delivery on zapnest+?", [T["carddel"], S["card"], "comment~card"])
q("heldout", "pain_points", "whats going wrong when drivers try to start a charge", [S["start"], T["app"], T["rfid"], "comment~update"])
q("heldout", "pain_points", "issues w cancelling membership?", [T["cancel"], S["cancelst"], "comment~cancel"])

q("dev", "pain_points", "whats wrong w charging speeds, pain points for the charging bit", [S["charging"], T["power"], "comment~kW"])
q("heldout", "pain_points", "probs with receipts after a session?", [T["receipt"], "comment~receipt"])

# touchpoints
q("dev", "touchpoints", "what touchpoints are in start a session", [S["start"], T["app"], T["rfid"], T["contactless"], T["pnc"]],
  ["Start charging in app", "RFID card tap", "Contactless card terminal", "Plug & Charge"])
q("dev", "touchpoints", "list the touchpoints for monthly billing on the membership journey",
  [S["billing"], T["statement"], T["ddcoll"], T["fleetportal"], T["dash"]],
  ["Monthly statement", "Direct debit collection", "Fleet invoice portal", "Usage dashboard"])
q("dev", "touchpoints", "which touchpoints do we have in faults & support", [S["support"], T["helpline"], T["faultrep"], T["reset"], T["refund"]],
  ["24/7 helpline", "In-app fault report", "Remote reset", "Refund for failed session"])
q("heldout", "touchpoints", "touchpoints in the pay + receipt stage?", [S["pay"], T["price"], T["preauth"], T["idle"], T["receipt"]],
  ["Pricing display", "Pre-authorisation hold", "Idle fee", "Session receipt e-mail"])
q("heldout", "touchpoints", "what are the touchpoints when someone gets their charge card",
  [S["card"], T["cardorder"], T["carddel"], T["cardact"]], ["Card order", "Card delivery", "Card activation"])
q("heldout", "touchpoints", "arrive & plug in - what touchpoints sit under it",
  [S["arrive"], T["bays"], T["screen"], T["cable"], T["hub"]],
  ["Site signage and bay markings", "Charger screen", "Charging cable and connector", "Hub facilities"])

# owner
q("dev", "owner", "who owns the live status on the map", [T["status"]], ["Network Operations Centre"])
q("dev", "owner", "which team owns the idle fee", [T["idle"]], ["Pricing & Propositions"])
q("dev", "owner", "who looks after the fleet invoice portal", [T["fleetportal"]], ["B2B Fleet Sales"])
q("heldout", "owner", "who's responsible for getting the charge cards posted out", [T["carddel"]], ["CardWorks"])
q("heldout", "owner", "owner of the helpline?", [T["helpline"]], ["Driver Support"])
q("heldout", "owner", "who owns plug n charge", [T["pnc"]], ["Charging Platform"])

# goal
q("dev", "goal", "whats the goal of the get your charge card stage", [S["card"]], ["5"])
q("dev", "goal", "what are we aiming for at start a session", [S["start"]], ["minute"])
q("dev", "goal", "goal for faults and support stage?", [S["support"]], [])
q("heldout", "goal", "sign up stage goal on zapnest+", [S["signup"]], ["5"])
q("heldout", "goal", "what's the charging stage meant to achieve", [S["charging"]], ["expected speed"])
q("heldout", "goal", "goal of pay and receipt", [S["pay"]], [])

# latest_kpi
q("dev", "latest_kpi", "session start success rate atm?", ["kpi~session_start_success_rate"], [num(latest("session_start_success_rate"))])
q("dev", "latest_kpi", "card delivery days latest", ["kpi~rfid_card_delivery_days"], [num(latest("rfid_card_delivery_days", MEM))])
q("dev", "latest_kpi", "whats payment failure rate this week", ["kpi~payment_failure_rate"], [num(latest("payment_failure_rate"), 2)])
q("dev", "latest_kpi", "current charger uptime?", ["kpi~charger_uptime"], [num(latest("charger_uptime"))])
q("heldout", "latest_kpi", "subscription churn latest number", ["kpi~subscription_churn_rate"], [num(latest("subscription_churn_rate", MEM), 1)])
q("heldout", "latest_kpi", "how long does it take to start a session now (avg)", ["kpi~avg_time_to_start_session"], [num(latest("avg_time_to_start_session"), 0)])
q("heldout", "latest_kpi", "first contact resolution on the helpline - latest?", ["kpi~first_contact_resolution"], [num(latest("first_contact_resolution"))])
q("heldout", "latest_kpi", "how accurate is charger status in the app rn", ["kpi~charger_status_accuracy"], [num(latest("charger_status_accuracy"))])

# kpi_change
ssr = s("session_start_success_rate")
q("dev", "kpi_change", "how much has session start success dropped since the 5.2 release",
  ["kpi~session_start_success_rate"], [fig(ssr[-1] - val("session_start_success_rate", "2026-02-16"), 1)])
sc = s("signup_conversion_rate", MEM)
q("dev", "kpi_change", "signup conversion - how much up since start of jan", ["kpi~signup_conversion_rate"], [fig(sc[-1] - sc[0], 1)])
npsc = s("nps")
q("dev", "kpi_change", "how far has nps on the charging journey fallen since jan", ["kpi~nps"], [fig(npsc[-1] - npsc[0])])
idl = s("idle_fee_disputes")
q("dev", "kpi_change", "idle fee disputes wk on wk change?", ["kpi~idle_fee_disputes"], [fig(idl[-1] - idl[-2])])
cd = s("rfid_card_delivery_days", MEM)
q("heldout", "kpi_change", "how much longer are cards taking to arrive vs the start of the year", ["kpi~rfid_card_delivery_days"], [fig(cd[-1] - cd[0], 1)])
ft = s("fault_ticket_resolution_time")
q("heldout", "kpi_change", "fault ticket resolution time improvement over the period?", ["kpi~fault_ticket_resolution_time"], [fig(ft[-1] - ft[0], 1)])
up = s("charger_uptime")
q("heldout", "kpi_change", "has uptime slipped? by how much since early jan", ["kpi~charger_uptime"], [fig(up[-1] - up[0], 1)])
cs_ = s("csat")
q("heldout", "kpi_change", "charging csat change since mid feb", ["kpi~csat"], [fig(cs_[-1] - val("csat", "2026-02-16"), 1)])

# kpi_window
q("dev", "kpi_window", "what was session start success the week of 16 feb", ["kpi~session_start_success_rate"], [num(val("session_start_success_rate", "2026-02-16"))])
jan_t = [v for d, v in series(KP, "avg_time_to_start_session", CHG) if d.month == 1]
q("dev", "kpi_window", "highest avg time to start a session in january?", ["kpi~avg_time_to_start_session"], [num(max(jan_t), 0)])
q("dev", "kpi_window", "signup conv on 2 feb", ["kpi~signup_conversion_rate"], [num(val("signup_conversion_rate", "2026-02-02", MEM))])
q("heldout", "kpi_window", "card delivery days first week of feb", ["kpi~rfid_card_delivery_days"], [num(val("rfid_card_delivery_days", "2026-02-02", MEM))])
q("heldout", "kpi_window", "idle fee disputes the week it launched (2 mar)", ["kpi~idle_fee_disputes"], [num(val("idle_fee_disputes", "2026-03-02"), 0)])
q("heldout", "kpi_window", "charging csat 23 feb to 9 mar, week by week",
  ["kpi~csat"], [num(val("csat", d)) for d in ["2026-02-23", "2026-03-02", "2026-03-09"]])

# comparison
q("dev", "comparison", "csat charging vs membership - which is higher rn",
  ["kpi~csat"], [num(latest("csat")), num(latest("csat", MEM))])
q("dev", "comparison", "rfid card vs contactless - which do ppl rate better in the survey (nps)",
  [T["rfid"], T["contactless"], "comment~card"],
  [rnd(nps_of(journey=CHG, touchpoint="Contactless card terminal")), rnd(nps_of(journey=CHG, touchpoint="RFID card tap"))])
q("dev", "comparison", "is uptime or status accuracy further off target", ["kpi~charger_status_accuracy", "kpi~charger_uptime"],
  [num(latest("charger_status_accuracy")), num(latest("charger_uptime"))])
q("heldout", "comparison", "nps for the charging journey vs zapnest+ membership, latest week",
  ["kpi~nps"], [num(latest("nps"), 0), num(latest("nps", MEM), 0)])
q("heldout", "comparison", "helpline vs remote reset csat from the support survey",
  [T["helpline"], T["reset"], "comment~remote"],
  [rnd(csat_of(journey=CHG, touchpoint="24/7 helpline")), rnd(csat_of(journey=CHG, touchpoint="Remote reset"))])
q("heldout", "comparison", "payg vs members on the charging survey, who's happier? nps pls",
  [JC, "comment~hold", "comment~plug in"],
  [rnd(nps_of(journey=CHG, segment="Zapnest+ member")), rnd(nps_of(journey=CHG, segment="Pay as you go"))])

q("dev", "comparison", "card delivery days vs target?", ["kpi~rfid_card_delivery_days"],
  [num(latest("rfid_card_delivery_days", MEM)), num(K_TARGET("rfid_card_delivery_days"), 0)])
q("heldout", "comparison", "fcr vs where we want it to be", ["kpi~first_contact_resolution"],
  [num(latest("first_contact_resolution")), num(K_TARGET("first_contact_resolution"), 0)])

# ranking
off_mem = ["rfid_card_delivery_days", "subscription_churn_rate"]
q("dev", "ranking", "which membership kpi is furthest off target", ["kpi~rfid_card_delivery_days"], ["rfid_card_delivery_days"])
q("dev", "ranking", "top 3 touchpoints ppl complain about on the charging survey",
  [T["status"], T["app"], T["power"], "comment~available"], ["Live availability status", "Start charging in app", "Power delivery"])
q("dev", "ranking", "which kpis are actually hitting target?",
  ["kpi~signup_conversion_rate", "kpi~direct_debit_failure_rate", "kpi~fault_ticket_resolution_time"],
  ["signup_conversion_rate", "direct_debit_failure_rate", "fault_ticket_resolution_time"])
q("heldout", "ranking", "best rated touchpoints in the post session survey?",
  [T["pnc"], T["contactless"], T["hub"], "comment~plug in"], ["Plug & Charge", "Contactless", "Hub"])
q("heldout", "ranking", "which kpis improved most this quarter",
  ["kpi~signup_conversion_rate", "kpi~fault_ticket_resolution_time"], ["signup_conversion_rate", "fault_ticket_resolution_time"])
q("heldout", "ranking", "rank the charging journey stages by survey nps, worst first",
  [S["pay"], S["find"], S["support"], JC], ["Faults and support", "Pay and receipt", "Find a charger"])

# segment
q("dev", "segment", "what do fleet customers moan about", [T["fleetportal"], "comment~invoice", "comment~VAT"], ["invoice"])
q("dev", "segment", "rideshare / taxi drivers - main issue?", [T["power"], "comment~kW", "comment~taxi"], [])
q("dev", "segment", "which segment is least happy on the charging survey",
  [JC, "comment~taxi", "comment~kW"], ["Rideshare", rnd(nps_of(journey=CHG, segment="Rideshare/taxi"))])
q("heldout", "segment", "payg drivers biggest gripe?", [T["preauth"], "comment~hold"], ["hold"])
q("heldout", "segment", "what are zapnest+ members complaining abt most", [T["carddel"], T["rfid"], "comment~card"], ["card"])
q("heldout", "segment", "fleet csat from the support survey", [T["fleetportal"], "comment~invoice", JM],
  [rnd(csat([r["score"] for r in sel(CSR, segment="Fleet")])[0], 1)])

# derived_score
q("dev", "derived_score", "nps for the start a session stage from the survey comments",
  [S["start"], T["app"], T["rfid"], T["pnc"], T["contactless"]], [rnd(nps_of(journey=CHG, stage="Start a session"))])
q("dev", "derived_score", "whats the nps of comments abt starting in the app",
  [T["app"], "comment~update"], [rnd(nps_of(journey=CHG, touchpoint="Start charging in app"))])
q("dev", "derived_score", "csat for the helpline from the medallia export", [T["helpline"], "comment~hold"],
  [rnd(csat_of(journey=CHG, touchpoint="24/7 helpline"))])
q("dev", "derived_score", "fleet nps on the charging survey?", [JC, "comment~receipt", "comment~card"],
  [rnd(nps_of(journey=CHG, segment="Fleet"))])
q("heldout", "derived_score", "arrive n plug in nps from the survey comments?", [S["arrive"], T["hub"], T["bays"], T["cable"], "comment~hub"],
  [rnd(nps_of(journey=CHG, stage="Arrive and plug in"))])
q("heldout", "derived_score", "charging stage nps from comments", [S["charging"], T["power"], "comment~kW"],
  [rnd(nps_of(journey=CHG, stage="Charging"))])
q("heldout", "derived_score", "overall csat for the membership journey in the support export",
  [JM, T["carddel"], T["cancel"], "comment~card"], [rnd(csat_of(journey=MEM))])
q("heldout", "derived_score", "sign up stage nps from the membership pulse", [S["signup"], T["reg"], T["ddsetup"]],
  [rnd(nps_of(journey=MEM, stage="Sign up"))])

# themes
q("dev", "themes", "main themes in the support / account csat survey",
  [T["helpline"], T["carddel"], T["refund"], T["cancel"], "comment~hold", "comment~card"], ["helpline", "card", "refund"])
q("dev", "themes", "what are the big themes in charging feedback", [T["status"], T["power"], T["app"], "comment~available", "comment~kW"], [])
q("dev", "themes", "recurring complaints on the membership journey?", [T["carddel"], T["cancel"], T["plans"], "comment~card"], ["card", "cancel"])
q("heldout", "themes", "top themes from the post-session survey", [T["status"], T["power"], T["app"], T["preauth"], "comment~available"], [])
q("heldout", "themes", "what do ppl say about the helpline", [T["helpline"], "comment~hold", "comment~helpline"], [])
q("heldout", "themes", "common themes re paying for a charge", [S["pay"], T["preauth"], T["idle"], T["price"], "comment~hold"], ["hold", "idle fee"])

# praise
q("dev", "praise", "what do drivers love about us", [T["pnc"], T["hub"], T["contactless"], "comment~plug in"], ["Plug & Charge"])
q("dev", "praise", "any good feedback on support?", [T["reset"], "comment~remote"], ["remote"])
q("dev", "praise", "positives on the zapnest+ side?", [T["calc"], T["reg"], T["dash"], "comment~calculator"], ["calculator"])
q("heldout", "praise", "what are people happy about at the hubs", [T["hub"], "comment~hub"], ["toilets"])
q("heldout", "praise", "whats working well when starting a charge", [T["pnc"], T["contactless"], "comment~plug in", "comment~contactless"],
  ["Plug & Charge", "contactless"])
q("heldout", "praise", "nice things members say abt signing up", [T["reg"], T["calc"], "comment~sign up"], [])

# emerging
q("dev", "emerging", "anything new blowing up in the last couple weeks?", [T["app"], T["idle"], "comment~update", "comment~idle fee"],
  ["update", "idle fee"])
q("dev", "emerging", "new complaints since the app release?", [T["app"], "comment~update"], ["start"])
q("dev", "emerging", "any emerging issues in march", [T["idle"], "comment~idle fee"], ["idle fee"])
q("heldout", "emerging", "whats new in feedback lately that wasnt there in jan", [T["app"], T["idle"], "comment~update", "comment~idle fee"],
  ["update", "idle fee"])
q("heldout", "emerging", "any new trend re fees", [T["idle"], "comment~idle fee"], ["idle fee"])
q("heldout", "emerging", "recent spike in app complaints?", [T["app"], "comment~update", "kpi~session_start_success_rate"], ["update"])

# priority
q("dev", "priority", "if we can fix one thing on the charging journey this sprint what should it be",
  [T["app"], "kpi~session_start_success_rate", "comment~update"], [])
q("dev", "priority", "top priority for the memberships team?", [T["carddel"], "kpi~rfid_card_delivery_days", "comment~card"], [])
q("dev", "priority", "where should NOC focus first", [T["status"], "kpi~charger_status_accuracy", "comment~available"], [])
q("heldout", "priority", "what should we prioritise next quarter across both journeys",
  [T["app"], T["carddel"], T["status"], "kpi~session_start_success_rate", "kpi~rfid_card_delivery_days"], [])
q("heldout", "priority", "biggest fire to put out on payments / pricing?", [T["idle"], T["preauth"], "kpi~idle_fee_disputes", "comment~idle fee"], [])
q("heldout", "priority", "what should driver support fix first", [T["helpline"], T["refund"], "kpi~first_contact_resolution", "comment~hold"], [])

# paraphrase (customer words, not official names)
q("dev", "paraphrase", "ppl saying the fob wont work on the older units?", [T["rfid"], "comment~fob", "comment~card"])
q("dev", "paraphrase", "complaints about the green dot lying - says free but its broken", [T["status"], "comment~available"])
q("dev", "paraphrase", "what are drivers saying about being charged for overstaying", [T["idle"], "comment~idle fee"])
q("dev", "paraphrase", "autocharge feedback?", [T["pnc"], "comment~autocharge", "comment~plug in"])
q("heldout", "paraphrase", "drivers moaning money gets blocked on their bank card", [T["preauth"], "comment~hold"])
q("heldout", "paraphrase", "feedback on the 'rapid' chargers being slow af", [T["power"], "comment~kW"])
q("heldout", "paraphrase", "people who cant find the cancel button", [T["cancel"], "comment~cancel"])
q("heldout", "paraphrase", "whats the feedback on the thing where support reboots the charger", [T["reset"], "comment~remote"])

# abstain
for half, text in [
    ("dev", "whats ionity's charger uptime this month?"),
    ("dev", "nps forecast for q3 2026?"),
    ("dev", "how much revenue did zapnest+ subs bring in last month"),
    ("dev", "headcount in driver support?"),
    ("dev", "pain points on the home charger install journey"),
    ("dev", "whats our app store rating this week"),
    ("heldout", "bp pulse nps vs ours?"),
    ("heldout", "share price reaction to the idle fee launch?"),
    ("heldout", "what will churn be next year"),
    ("heldout", "how many people work in the NOC"),
    ("heldout", "csat for the e-scooter rental journey?"),
    ("heldout", "co2 saved per charging session kpi latest?"),
]:
    q(half, "abstain", text, abstain=True)

# ================================================================================================================
HEADER = {"dev": "# Zapnest (public EV charging) - development half. Figures computed by scripts/make_questions.py\n",
          "heldout": "# Zapnest (public EV charging) - held-out half. Never tune on this. Figures computed by scripts/make_questions.py\n"}
for half in ["dev", "heldout"]:
    qs = [d for h, d in Q if h == half]
    with open(os.path.join(ROOT, half + ".yaml"), "w", encoding="utf-8") as f:
        f.write(HEADER[half])
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=120)
    kinds = Counter(d["kind"] for d in qs)
    print(half, len(qs), dict(sorted(kinds.items())))
