#!/usr/bin/env python3
"""Build dev.yaml / heldout.yaml for the freight base. Deterministic (fixed seed).

Figures are recomputed from the generated data (stats.json + the KPI series in gen_data.py) and asserted.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_data as G  # noqa: E402

BASE = G.BASE
S = json.load(open(os.path.join(BASE, "scripts", "stats.json"), encoding="utf-8"))

ON = "business-onboarding"
SL = "shipment-lifecycle"


def st(j, s):
    return f"stage:{j}/{G.slug(s)}"


def tp(j, s, t):
    return f"touchpoint:{j}/{G.slug(s)}/{G.slug(t)}"


def kv(metric, i):
    if metric in G.KPI_A:
        return G.KPI_A[metric][5][i]
    return G.KPI_B[metric][4][i]


def num(x):
    x = round(x, 1)
    return ("%d" % x) if x == int(x) else ("%.1f" % x)


def latest(m):
    return num(kv(m, 11))


def wow(m):
    return num(abs(kv(m, 11) - kv(m, 10)))


def window(m, weeks):
    # newest dated item is 2026-11-23 (= last KPI week). The week at the window's edge and the one after it
    # hold the same value for every metric asked about, so inclusive/exclusive edges give the same change.
    i0 = 11 - weeks
    assert kv(m, i0) == kv(m, i0 + 1), (m, weeks)
    return num(abs(kv(m, 11) - kv(m, i0)))


def tpn(t):
    return num(S["tp_nps"][t])


def stn(s):
    return num(S["stage_nps"][s])


assert S["newest"] == "2026-11-23"
LATE_TRACK = ["comment:" + i for i in S["late_ids"]["Tracking page"]]
LATE_API = ["comment:" + i for i in S["late_ids"]["Shipping API sandbox"]]

Q = []


def q(text, kind, sources=None, figures=None, abstain=False):
    Q.append({"question": text, "kind": kind, "sources": sources or [], "figures": figures or [], "abstain": abstain})


# ---- touchpoints
q("what touchpoints r in the credit bit of onboarding?", "touchpoints",
  [st(ON, "Credit check and contract"), tp(ON, "Credit check and contract", "Trade reference check")],
  ["credit application", "trade reference", "e-signature", "credit limit"])
q("wat are all the steps a customer hits when theyre tracking a parcel", "touchpoints",
  [st(SL, "Tracking"), tp(SL, "Tracking", "Tracking page")],
  ["tracking page", "live chat", "customs"])
q("which touchpoints do we have for getting a new accts systems hooked up to us", "touchpoints",
  [st(ON, "Integration"), tp(ON, "Integration", "Shipping API sandbox"), tp(ON, "Integration", "EDI mapping")],
  ["api", "edi", "plugin", "label printer", "docs"])
# ---- owner
q("who owns the trade refs step?", "owner", [tp(ON, "Credit check and contract", "Trade reference check")], ["credit control"])
q("which team looks after the pod photos + signatures", "owner", [tp(SL, "Delivery", "Proof of delivery")], ["last-mile operations"])
q("whos responsible for the shopify / woo plugin", "owner", [tp(ON, "Integration", "Shopify and WooCommerce plugin")], ["digital products"])
q("who owns tail lift pallet drops", "owner", [tp(SL, "Delivery", "Pallet tail-lift delivery")], ["linehaul"])
# ---- goal
q("whats the goal of the claims n billing stage", "goal", [st(SL, "Claims and billing")])
q("what r customers trying to get done at pickup?", "goal", [st(SL, "Collection")])
q("goal for acct setup in onboarding?", "goal", [st(ON, "Account setup")])
# ---- pain points
q("whats annoying ppl about the credit check", "pain_points",
  [tp(ON, "Credit check and contract", "Trade reference check"), st(ON, "Credit check and contract"), "comment~reference"])
q("main gripes w/ the damage claim form?", "pain_points", [tp(SL, "Claims and billing", "Damage claim form"), "comment~photos"])
q("problems ppl have with bulk uploads", "pain_points", [tp(SL, "Booking", "Bulk CSV upload"), "comment~postcode"])
# ---- themes
q("what are customers saying about our drivers", "themes", [tp(SL, "Collection", "Driver collection"), "comment~driver"])
q("common themes in the feedback on invoices / surcharges?", "themes",
  [tp(SL, "Claims and billing", "Invoice and surcharges"), tp(ON, "First shipment", "First invoice"), "comment~surcharge"], ["fuel"])
q("what do the devs say about our api docs", "themes", [tp(ON, "Integration", "Developer docs"), "comment~docs"])
# ---- praise
q("what do new customers love about onboarding", "praise",
  [tp(ON, "Enquiry and quote", "Account manager visit"), tp(ON, "Account setup", "Onboarding kickoff call"), "comment~priya"])
q("any good feedback on deliveries?", "praise", [tp(SL, "Delivery", "Proof of delivery"), tp(SL, "Delivery", "Delivery ETA text"), "comment~pod"])
q("what are we doing well when ppl are chasing where their stuff is", "praise", [tp(SL, "Tracking", "Live chat"), "comment~chat"], ["chat"])
# ---- emerging
q("anything new blowing up with tracking the last few weeks?", "emerging", LATE_TRACK + [tp(SL, "Tracking", "Tracking page")], ["hub"])
q("new probs with the api lately??", "emerging", LATE_API + [tp(ON, "Integration", "Shipping API sandbox")], ["rate limit"])
q("whats newly trending in complaints this month", "emerging", LATE_TRACK + LATE_API + [tp(SL, "Tracking", "Tracking page")])
# ---- latest kpi
q("on time delivery rn?", "latest_kpi", ["kpi~on_time_delivery_rate"], [latest("on_time_delivery_rate")])
q("how long is credit approval taking atm", "latest_kpi", ["kpi~credit_approval_days"], [latest("credit_approval_days")])
q("current chat first response?", "latest_kpi", ["kpi~chat_first_response_time"], [latest("chat_first_response_time")])
q("portal booking share latest number pls", "latest_kpi", ["kpi~portal_booking_share"], [latest("portal_booking_share")])
# ---- kpi change (week over week)
q("how much did api integration success drop vs last week", "kpi_change", ["kpi~api_integration_success_rate"], [wow("api_integration_success_rate")])
q("onboarding time - how much better wk on wk?", "kpi_change", ["kpi~onboarding_time_days"], [wow("onboarding_time_days")])
q("how much did chat response time go up since last wk", "kpi_change", ["kpi~chat_first_response_time"], [wow("chat_first_response_time")])
# ---- kpi window
q("how much has on-time delivery fallen over the last 4 weeks", "kpi_window", ["kpi~on_time_delivery_rate"], [window("on_time_delivery_rate", 4)])
q("quote conversion - how much did it move in the last 8 wks", "kpi_window", ["kpi~quote_conversion_rate"], [window("quote_conversion_rate", 8)])
q("onboarding days, change over past 8 weeks?", "kpi_window", ["kpi~onboarding_time_days"], [window("onboarding_time_days", 8)])
q("api success rate change last 4 wks", "kpi_window", ["kpi~api_integration_success_rate"], [window("api_integration_success_rate", 4)])
# ---- comparison
q("are we hitting target on on time deliveries?", "comparison", ["kpi~on_time_delivery_rate"],
  [latest("on_time_delivery_rate"), num(G.KPI_A["on_time_delivery_rate"][3])])
q("collection vs delivery - which gets better nps in the survey comments", "comparison",
  [st(SL, "Collection"), st(SL, "Delivery")], ["collection", stn("Collection"), stn("Delivery")])
q("claims resolution time vs where we want it", "comparison", ["kpi~claims_resolution_days"],
  [latest("claims_resolution_days"), num(G.KPI_A["claims_resolution_days"][3])])
# ---- ranking
q("which onboarding stage has the worst nps", "ranking", [st(ON, "Credit check and contract")], ["credit", stn("Credit check and contract")])
q("lowest scoring touchpoint in the shipping journey by nps?", "ranking", [tp(SL, "Claims and billing", "Damage claim form")],
  ["damage claim", tpn("Damage claim form")])
q("of the % kpis with a target which one is furthest under", "ranking", ["kpi~api_integration_success_rate"],
  [latest("api_integration_success_rate"), num(G.KPI_A["api_integration_success_rate"][3])])
# ---- derived scores
q("nps for the trade reference check?", "derived_score", [tp(ON, "Credit check and contract", "Trade reference check")], [tpn("Trade reference check")])
q("what nps do we get on the tracking page", "derived_score", [tp(SL, "Tracking", "Tracking page")], [tpn("Tracking page")])
q("nps of the integration stage overall", "derived_score", [st(ON, "Integration")], [stn("Integration")])
q("booking screen nps from comments?", "derived_score", [tp(SL, "Booking", "Kestrel Hub booking screen")], [tpn("Kestrel Hub booking screen")])
# ---- segment
q("what are enterprise accts moaning about in integration", "segment", [tp(ON, "Integration", "EDI mapping"), "comment~edi"], ["edi"])
q("nps sme vs enterprise on claim payouts", "segment", [tp(SL, "Claims and billing", "Claim settlement")],
  [num(S["seg_nps"]["SME|Claim settlement"]), num(S["seg_nps"]["Enterprise|Claim settlement"])])
q("what do the small shops (sme) think of the shopify plugin", "segment",
  [tp(ON, "Integration", "Shopify and WooCommerce plugin"), "comment~plugin"])
# ---- priority
q("if we could fix 1 thing in onboarding first what should it be", "priority",
  [tp(ON, "Credit check and contract", "Trade reference check"), st(ON, "Credit check and contract"), "kpi~credit_approval_days"], ["credit"])
q("biggest thing to fix first in the day to day shipping experience?", "priority",
  [tp(SL, "Claims and billing", "Claim settlement"), tp(SL, "Claims and billing", "Damage claim form"), st(SL, "Claims and billing"),
   "kpi~claims_resolution_days"], ["claim"])
q("top priority for the integrations team right now", "priority",
  LATE_API + [tp(ON, "Integration", "Shipping API sandbox"), "kpi~api_integration_success_rate"])
# ---- paraphrase
q("how do ppl feel about signing into the hub portal", "paraphrase", [tp(ON, "Account setup", "Kestrel Hub portal login"), "comment~login"])
q("the 'sorry we missed you' card thing - whats the feedback", "paraphrase", [tp(SL, "Delivery", "Failed delivery card")])
q("feedback on getting stuff thru customs into the eu?", "paraphrase", [tp(SL, "Tracking", "Customs clearance updates"), "comment~customs"])
# ---- abstain (the base does not hold these)
q("whats the nps for our returns journey?", "abstain", abstain=True)
q("dpd's on time delivery rate?", "abstain", abstain=True)
q("whats the on time delivery target for 2027", "abstain", abstain=True)
q("kestrel share price this week?", "abstain", abstain=True)
q("how many ppl work in the claims team", "abstain", abstain=True)
q("nps for public sector / govt accounts?", "abstain", abstain=True)
q("revenue from enterprise accounts this quarter", "abstain", abstain=True)
q("forecast for chat response time next month?", "abstain", abstain=True)
q("what does the international air freight journey look like", "abstain", abstain=True)
q("ups average claims settlement time?", "abstain", abstain=True)
q("how many drivers do we employ", "abstain", abstain=True)
q("churn rate for onboarded accounts in 2025", "abstain", abstain=True)


def split():
    rng = random.Random(G.SEED + 1)
    kinds = []
    for x in Q:
        if x["kind"] not in kinds:
            kinds.append(x["kind"])
    dev, held = [], []
    for k in kinds:
        items = [x for x in Q if x["kind"] == k]
        rng.shuffle(items)
        # give the odd one to the smaller half; break ties randomly
        first_dev = len(dev) < len(held) or (len(dev) == len(held) and rng.random() < 0.5)
        for i, x in enumerate(items):
            to_dev = (i % 2 == 0) == first_dev
            (dev if to_dev else held).append(x)
    return dev, held


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def dump(items, path, title):
    out = [f"# {title}", "questions:"]
    for x in items:
        out.append(f"  - question: {yq(x['question'])}")
        out.append(f"    kind: {x['kind']}")
        if x["abstain"]:
            out.append("    abstain: true")
        else:
            out.append("    sources: [" + ", ".join(yq(s) for s in x["sources"]) + "]")
            out.append("    figures: [" + ", ".join(yq(f) for f in x["figures"]) + "]")
            out.append("    abstain: false")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    dev, held = split()
    dump(dev, os.path.join(BASE, "dev.yaml"), "freight base (Kestrel Freight & Parcel) - development half")
    dump(held, os.path.join(BASE, "heldout.yaml"), "freight base (Kestrel Freight & Parcel) - held-out half")
    from collections import Counter
    for name, h in (("dev", dev), ("heldout", held)):
        c = Counter(x["kind"] for x in h)
        print(name, len(h), "abstain", sum(x["abstain"] for x in h), dict(c))


if __name__ == "__main__":
    main()
