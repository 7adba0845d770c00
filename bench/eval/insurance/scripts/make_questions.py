#!/usr/bin/env python3
"""Builds dev.yaml and heldout.yaml. Every figure is recomputed here from the knowledge files (see stats.py)."""
from pathlib import Path
import yaml
from stats import comments, kpis, nps

ROOT = Path(__file__).resolve().parent.parent
C = comments()
K = kpis()


def vals(m):
    return [v for _, v, _ in K[m]]


def fmt(x):
    x = round(x, 2)
    return str(int(x)) if x == int(x) else f"{x:g}"


def ids(journey, pred):
    """Ids of NPS-survey comments (which have ids) matching a predicate, for exact gold sources."""
    return [f"comment:{c['id']}" for c in C if c["id"] and c["journey"] == journey and pred(c)]


def has(*words):
    return lambda c: any(w.lower() in c["text"].lower() for w in words)


def tp(j, s, t=None):
    return f"touchpoint:{j}/{s}/{t}" if t else f"stage:{j}/{s}"


def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
        return d
    d["sources"] = sources
    d["figures"] = figures or []
    d["abstain"] = False
    return d


def delta(m, a=0, b=-1):
    v = vals(m)
    return fmt(abs(v[b] - v[a]))


def win(m, n, f):
    v = vals(m)[-n:]
    return fmt(f(v))


avg = lambda v: sum(v) / len(v)
stage_nps = lambda j, s: "%.1f" % (nps([c["score"] for c in C if c["journey"] == j and c["type"] == "nps" and c["stage"] == s]))
seg_nps = lambda j, g: "%.1f" % (nps([c["score"] for c in C if c["journey"] == j and c["type"] == "nps" and c["segment"] == g]))
csat_avg = lambda t: fmt(avg([c["score"] for c in C if c["type"] == "csat" and c["touchpoint"] == t]))

# worst claims touchpoint by mean NPS among touchpoints with >= 5 survey comments
agg = {}
for c in C:
    if c["journey"] == "claims" and c["type"] == "nps" and c["touchpoint"]:
        agg.setdefault(c["touchpoint"], []).append(c["score"])
worst_tp = min((t for t in agg if len(agg[t]) >= 5), key=lambda t: avg(agg[t]))
assert worst_tp == "Repair status updates", worst_tp
worst_tp_avg = f"{avg(agg[worst_tp]):.1f}"

# renewal stage with the lowest comment NPS
rstages = {}
for c in C:
    if c["journey"] == "policy-renewal":
        rstages.setdefault(c["stage"], []).append(c["score"])
worst_rstage = min(rstages, key=lambda s: nps(rstages[s]))
assert worst_rstage == "Renewal invitation"

# claims KPI furthest off target, relative to target, in the latest week (direction-aware)
HIB = {"fnol_call_wait_time_s": False, "assessor_visit_time_days": False, "repair_cycle_time_days": False,
       "settlement_time_days": False, "claims_complaint_rate": False}
claims_metrics = ["claims_nps", "fnol_call_wait_time_s", "first_contact_resolution_rate", "assessor_visit_time_days",
                  "repair_cycle_time_days", "courtesy_car_availability_rate", "settlement_time_days",
                  "payout_within_48h_rate", "claims_complaint_rate", "claims_app_photo_upload_success_rate"]


def gap(m):
    _, v, t = K[m][-1]
    return ((t - v) if HIB.get(m, True) else (v - t)) / t


furthest = max(claims_metrics, key=gap)
assert furthest == "assessor_visit_time_days"

app_fail = ids("claims", lambda c: c["touchpoint"] == "Claims app" and c["date"].date().isoformat() >= "2026-11-09"
               and has("upload", "attach", "error", "broken")(c))
dupes = ids("policy-renewal", has("twice", "double", "duplicate", "two payments", "2 payments", "two times"))
biz_claims = ids("claims", lambda c: c["segment"] == "business")
o65_renewal = ids("policy-renewal", lambda c: c["segment"] == "over 65")
handler_praise = ids("claims", lambda c: c["touchpoint"] == "Claims handler call" and c["score"] >= 8)
payout_praise = ids("claims", lambda c: c["stage"] == "Payout" and c["score"] >= 8)
chase = ids("claims", lambda c: c["touchpoint"] == "Repair status updates" and c["score"] <= 6)
new_cust = ids("policy-renewal", has("new customer", "cheaper on", "cheaper as"))
excess_twice = ids("claims", lambda c: c["touchpoint"] == "Excess payment")
van = ids("claims", has("van", "plumber", "tradesman"))
assert len(app_fail) >= 8 and len(dupes) >= 7, (len(app_fail), len(dupes))

CL, RN = "claims", "policy-renewal"
dev = [
    q("whats going wrong w courtesy cars?", "pain_points",
      [tp(CL, "repair-or-settlement", "courtesy-car"), "comment~courtesy car"]),
    q("why r ppl so annoyed at the excess check stage", "pain_points",
      [tp(CL, "assessment", "policy-cover-and-excess-check"), "comment~excess"]),
    q("what touchpoints sit in payout", "touchpoints", [tp(CL, "payout")],
      ["Settlement payment", "Excess payment", "recovery"]),
    q("how can customers report a claim - which channels/touchpoints at fnol?", "touchpoints",
      [tp(CL, "first-notice-of-loss")], ["phone", "app", "form"]),
    q("who owns courtesy car", "owner", [tp(CL, "repair-or-settlement", "courtesy-car")], ["Repair Network"]),
    q("whos responsible for the renewal pack letter?", "owner",
      [tp(RN, "renewal-invitation", "renewal-pack-letter")], ["Policy Administration"]),
    q("goal of the assessment stage?", "goal", [tp(CL, "assessment")], ["damage"]),
    q("fnol call wait time atm?", "latest_kpi", ["kpi~fnol_call_wait_time"], [fmt(vals("fnol_call_wait_time_s")[-1])]),
    q("current renewal retention rate", "latest_kpi", ["kpi~renewal_retention_rate"],
      [fmt(vals("renewal_retention_rate")[-1])]),
    q("how much has renewal retention dropped since start of sept?", "kpi_change", ["kpi~renewal_retention_rate"],
      [delta("renewal_retention_rate"), fmt(vals("renewal_retention_rate")[-1])]),
    q("settlement time days change vs last wk", "kpi_change", ["kpi~settlement_time_days"],
      [delta("settlement_time_days", -2, -1), fmt(vals("settlement_time_days")[-1])]),
    q("avg renewal call wait over the last 4 weeks?", "kpi_window", ["kpi~renewal_call_wait_time"],
      [win("renewal_call_wait_time_s", 4, avg)]),
    q("lowest first contact resolution we've had in the last 12 wks", "kpi_window",
      ["kpi~first_contact_resolution_rate"], [win("first_contact_resolution_rate", 12, min)]),
    q("claims nps vs renewal nps rn?", "comparison", ["kpi~claims_nps", "kpi~renewal_nps"],
      [fmt(vals("claims_nps")[-1]), fmt(vals("renewal_nps")[-1])]),
    q("which claims kpis are furthest off target", "ranking", ["kpi~assessor_visit_time"],
      ["assessor", fmt(vals("assessor_visit_time_days")[-1])]),
    q("rank renewal stages by comment nps, worst first", "ranking",
      [tp(RN, "renewal-invitation"), "comment~price"], ["Renewal invitation"]),
    q("what are business customers moaning about in claims", "segment", biz_claims,
      ["courtesy car"]),
    q("nps from the comments for the payout stage?", "derived_score",
      [tp(CL, "payout")] + ids(CL, lambda c: c["stage"] == "Payout"), [stage_nps(CL, "Payout")]),
    q("nps of first time claimants in the claims survey comments", "derived_score",
      ids(CL, lambda c: c["segment"] == "first-time claimant"), [seg_nps(CL, "first-time claimant")]),
    q("top themes in renewal comments", "themes", ["comment~price", "comment~renewal"], ["price"]),
    q("what do customers like about the payout", "praise", payout_praise + [tp(CL, "payout", "settlement-payment")]),
    q("anything new blowing up in claims comments the last few weeks?", "emerging",
      app_fail + ["comment~upload", "kpi~claims_app_photo_upload"], ["upload"]),
    q("what should claims fix first", "priority",
      ["kpi~assessor_visit_time", tp(CL, "repair-or-settlement", "repair-status-updates"), "comment~upload",
       "kpi~claims_app_photo_upload", tp(CL, "assessment", "loss-adjuster-visit")]),
    q("folks fed up having to ring round to find out when their car'll be ready", "paraphrase",
      [tp(CL, "repair-or-settlement", "repair-status-updates")] + chase),
    q("custs cross they paid the garage the excess then it got took off the payout as well", "paraphrase",
      [tp(CL, "payout", "excess-payment")] + excess_twice),
    q("what r we trying to achieve for custs in the speak to us stage", "goal", [tp(RN, "speak-to-us")], ["human"]),
    q("yr 1 customers renewal feedback?", "segment", ids(RN, lambda c: c["segment"] == "year 1 customer")),
    q("what do ppl rate about the home emergency line", "praise",
      [tp(CL, "first-notice-of-loss", "24-7-home-emergency-helpline")]
      + ids(CL, lambda c: c["touchpoint"] == "24/7 home emergency helpline" and c["score"] >= 8)),
    q("has anything changed w home claims since the storm?", "emerging",
      ids(CL, has("storm")) + ["comment~storm", "kpi~assessor_visit_time"], ["storm"]),
    q("whats the claims nps for the pet insurance journey", "abstain", abstain=True),
    q("aviva avg claim settlement time?", "abstain", abstain=True),
    q("renewal retention target for 2027?", "abstain", abstain=True),
    q("how much revenue did renewals bring in last qtr", "abstain", abstain=True),
    q("how many claims handlers do we employ rn", "abstain", abstain=True),
    q("fraud referral rate last week?", "abstain", abstain=True),
]

held = [
    q("main pain points on the online renewal quote?", "pain_points",
      [tp(RN, "review-and-compare", "online-account-quote"), "comment~online"]),
    q("pain pts loss adjuster visits", "pain_points",
      [tp(CL, "assessment", "loss-adjuster-visit"), "comment~adjuster"]),
    q("which touchpoints does the speak to us stage have", "touchpoints", [tp(RN, "speak-to-us")],
      ["Retention call centre", "Web chat", "Price match"]),
    q("touchpoints in after renewal?", "touchpoints", [tp(RN, "after-renewal")], ["Cancellation", "Loyalty"]),
    q("owner of loss adjuster visits?", "owner", [tp(CL, "assessment", "loss-adjuster-visit")], ["Loss Adjusting"]),
    q("which team owns the price change explainer page", "owner",
      [tp(RN, "renewal-invitation", "price-change-explainer")], ["Pricing"]),
    q("whats the customer goal at payment & confirmation in renewals", "goal",
      [tp(RN, "payment-and-confirmation")], ["documents"]),
    q("app photo upload success rate now?", "latest_kpi", ["kpi~claims_app_photo_upload"],
      [fmt(vals("claims_app_photo_upload_success_rate")[-1])]),
    q("courtesy car availabilty latest", "latest_kpi", ["kpi~courtesy_car_availability"],
      [fmt(vals("courtesy_car_availability_rate")[-1])]),
    q("how much did claims nps fall since early sep", "kpi_change", ["kpi~claims_nps"],
      [delta("claims_nps"), fmt(vals("claims_nps")[-1])]),
    q("quote abandonment - change since first wk of sept?", "kpi_change", ["kpi~quote_abandonment"],
      [delta("quote_abandonment_rate"), fmt(vals("quote_abandonment_rate")[-1])]),
    q("courtesy car availability avg last 4 wks", "kpi_window", ["kpi~courtesy_car_availability"],
      [win("courtesy_car_availability_rate", 4, avg)]),
    q("highest fnol wait in the past 6 weeks?", "kpi_window", ["kpi~fnol_call_wait_time"],
      [win("fnol_call_wait_time_s", 6, max)]),
    q("whats further off target rn, fnol call wait or the renewals line wait", "comparison",
      ["kpi~renewal_call_wait_time", "kpi~fnol_call_wait_time"],
      ["renewal", fmt(vals("renewal_call_wait_time_s")[-1]), fmt(vals("fnol_call_wait_time_s")[-1])]),
    q("app upload success rate now vs wk of 2 nov?", "comparison", ["kpi~claims_app_photo_upload"],
      [fmt(vals("claims_app_photo_upload_success_rate")[-1]), fmt(vals("claims_app_photo_upload_success_rate")[-4])]),
    q("which claims touchpoint has the lowest avg nps in comments (min 5 responses)", "ranking",
      [tp(CL, "repair-or-settlement", "repair-status-updates")] + chase, [worst_tp, worst_tp_avg]),
    q("what do over 65s say abt renewal", "segment", o65_renewal),
    q("avg csat for courtesy car from the repair network survey", "derived_score", ["comment~courtesy car"],
      [csat_avg("Courtesy car")]),
    q("renewal comments nps for business customers?", "derived_score",
      ids(RN, lambda c: c["segment"] == "business"), [seg_nps(RN, "business")]),
    q("main themes in claims feedback this qtr", "themes", ["comment~courtesy car", "comment~update", "comment~hold"],
      ["courtesy"]),
    q("any praise for the claims handlers?", "praise", handler_praise + [tp(CL, "assessment", "claims-handler-call")]),
    q("new issues with renewal payments recently?", "emerging", dupes + ["comment~twice", "comment~double"]),
    q("biggest thing to fix in renewals before xmas", "priority",
      ["kpi~renewal_retention_rate", "kpi~renewal_call_wait_time", tp(RN, "payment-and-confirmation", "auto-renewal-payment"),
       "comment~twice"]),
    q("people saying they get a worse deal for staying than new custs do", "paraphrase",
      [tp(RN, "review-and-compare", "comparison-site-listing")] + new_cust),
    q("custs saying the website quote makes them phone in to change their car or address", "paraphrase",
      [tp(RN, "review-and-compare", "online-account-quote")]
      + ids(RN, lambda c: c["touchpoint"] == "Online account quote" and has("call", "phone")(c))),
    q("goal for follow-up stage in claims?", "goal", [tp(CL, "follow-up")], ["closed"]),
    q("repeat claimants vs first timers - nps from the comments", "segment",
      ids(CL, lambda c: c["segment"] in ("repeat claimant", "first-time claimant")),
      [seg_nps(CL, "repeat claimant"), seg_nps(CL, "first-time claimant")]),
    q("recurring themes in the repair network csat responses", "themes", ["comment~courtesy car", "comment~updates"]),
    q("whats spiking in claims complaints lately", "emerging",
      ["kpi~claims_complaint_rate", tp(CL, "follow-up", "complaints-team")],
      [fmt(vals("claims_complaint_rate")[-1])]),
    q("travel insurance claims journey - main pain points?", "abstain", abstain=True),
    q("admiral's renewal nps?", "abstain", abstain=True),
    q("forecast for renewal retention in jan?", "abstain", abstain=True),
    q("whats our share price done since the storm", "abstain", abstain=True),
    q("what did sarah whitfield say about the claim delays", "abstain", abstain=True),
    q("avg claim payout amount in £ this month", "abstain", abstain=True),
]

for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(ROOT / name, "w", encoding="utf-8") as f:
        f.write(f"# {name}: insurance blind base ({len(qs)} questions). Generated by scripts/make_questions.py\n")
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=120)
    kinds = {}
    for x in qs:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print(name, len(qs), kinds)
