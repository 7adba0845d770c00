#!/usr/bin/env python3
"""Builds dev.yaml / heldout.yaml with every figure computed from the generated knowledge files.
Run after generate.py: python3 scripts/questions.py"""
import csv, os, collections, datetime as dt
from decimal import Decimal, ROUND_HALF_UP
import yaml
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); K = os.path.join(BASE, "knowledge")

# ---- read back the knowledge files (not the generator's memory)
kp = collections.defaultdict(list)
for fn in ("sell-weekly.csv", "buy-weekly.csv"):
    for r in csv.DictReader(open(os.path.join(K, "kpis", fn))):
        kp[(r["journey"], r["metric"])].append((r["date"], Decimal(r["value"]), r["target"]))
for v in kp.values(): v.sort()
com = []
for r in csv.DictReader(open(os.path.join(K, "comments", "seller-survey.csv"))):
    com.append(dict(j=r["journey"], st=r["stage"], tp=r["touchpoint"], sc=int(r["score"]), seg=r["segment"], d=r["date"]))
for r in csv.DictReader(open(os.path.join(K, "comments", "buyer-nps-export.csv"))):
    d = dt.datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M").date().isoformat()
    com.append(dict(j=r["Journey Name"], st=r["Step"], tp=r["Touchpoint Name"], sc=int(r["Likelihood to recommend (0-10)"]), seg=r["Customer Type"], d=d))

S, B = "Sell an item", "Buy an item"
def q1(x): return str(Decimal(x).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
def latest(j, m): return q1(kp[(j, m)][-1][1])
def value_at(j, m, d): return [v for dd, v, _ in kp[(j, m)] if dd == d][0]
def change(j, m, since=None):
    first = kp[(j, m)][0][1] if since is None else value_at(j, m, since)
    return q1(abs(kp[(j, m)][-1][1] - first))
def mean4(j, m): return q1(sum(v for _, v, _ in kp[(j, m)][-4:]) / 4)
def target(j, m): return kp[(j, m)][-1][2]
def nps(rows):
    n = len(rows); p = sum(r["sc"] >= 9 for r in rows); d = sum(r["sc"] <= 6 for r in rows)
    return str(int((Decimal(100 * (p - d)) / n).quantize(Decimal("1"), rounding=ROUND_HALF_UP)))
def nps_tp(tp, seg=None): return nps([c for c in com if c["tp"] == tp and (seg is None or c["seg"] == seg)])
def nps_st(st): return nps([c for c in com if c["st"] == st])
def nps_j(j, seg): return nps([c for c in com if c["j"] == j and c["seg"] == seg])
def worst_tp(j):
    tps = {c["tp"] for c in com if c["j"] == j and c["tp"]}
    return min(tps, key=lambda t: int(nps_tp(t)))
def most_detractors(j):
    cnt = collections.Counter(c["tp"] for c in com if c["j"] == j and c["tp"] and c["sc"] <= 6); return cnt.most_common(1)[0][0]
def best_stage(j):
    sts = {c["st"] for c in com if c["j"] == j and c["st"]}; return max(sts, key=lambda s: int(nps_st(s)))
def best_tp():
    return max({c["tp"] for c in com if c["tp"]}, key=lambda t: int(nps_tp(t)))

TP = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"
LABEL = TP("sell-an-item", "ship-the-item", "shipping-label"); PAYOUT = TP("sell-an-item", "get-paid", "bank-payout")
IDV = TP("sell-an-item", "get-paid", "id-verification"); DISP = TP("buy-an-item", "returns-and-disputes", "dispute-resolution-centre")
LOCK = TP("buy-an-item", "delivery", "locker-pickup"); PRICE = TP("sell-an-item", "set-a-price", "price-suggestion-tool")
FEE = TP("buy-an-item", "checkout", "buyer-protection-fee"); OFFERS = TP("sell-an-item", "set-a-price", "offers-and-counter-offers")
assert worst_tp(B) == "Dispute resolution centre" and most_detractors(S) == "Shipping label"
assert best_stage(B) == "Delivery" and best_tp() == "Locker pickup"

def Q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if not abstain: d["sources"] = sources; d["figures"] = figures or []
    d["abstain"] = abstain
    return d
def A(question): return Q(question, "abstain", abstain=True)

dev = [
 Q("whats the main gripe w shipping labels rn", "pain_points", [LABEL, "comment~label"]),
 Q("why r buyers so annoyed with disputes??", "pain_points", [DISP, "comment~dispute"]),
 Q("what touchpoints do we have in checkout", "touchpoints", ["stage:buy-an-item/checkout"], ["Basket", "Buyer protection fee", "Payment methods"]),
 Q("who owns the bank payout step", "owner", [PAYOUT], ["Payments team"]),
 Q("goal of the ship the item stage?", "goal", ["stage:sell-an-item/ship-the-item"], ["2"]),
 Q("list an item stage - what's it supposed to achieve", "goal", ["stage:sell-an-item/list-an-item"], ["3"]),
 Q("label error rate atm?", "latest_kpi", ["kpi~label_error_rate"], [latest(S, "label_error_rate")]),
 Q("whats on time delivery looking like rn", "latest_kpi", ["kpi~on_time_delivery_rate"], [latest(B, "on_time_delivery_rate")]),
 Q("how much has listing completion moved since early sept", "kpi_change", ["kpi~listing_completion_rate"], [change(S, "listing_completion_rate")]),
 Q("dispute resolution time change over the whole quarter?", "kpi_change", ["kpi~dispute_resolution_time_days"], [change(B, "dispute_resolution_time_days")]),
 Q("how much did id verif pass rate drop since 2 nov", "kpi_change", ["kpi~id_verification_pass_rate"], [change(S, "id_verification_pass_rate", "2026-11-02")]),
 Q("avg payout time last 4 wks", "kpi_window", ["kpi~payout_time_days"], [mean4(S, "payout_time_days")]),
 Q("nps buy journey vs sell journey, latest wk", "comparison", ["kpi~nps"], [latest(B, "nps"), latest(S, "nps")]),
 Q("label error rate vs target?", "comparison", ["kpi~label_error_rate"], [latest(S, "label_error_rate"), target(S, "label_error_rate")]),
 Q("which buying touchpoint has the worst nps in the comments", "ranking", [DISP, "comment~dispute"], ["dispute"]),
 Q("power sellers vs casual sellers on payouts - nps for each?", "segment", [PAYOUT, "comment~payout"], [nps_tp("Bank payout", "power seller"), nps_tp("Bank payout", "casual seller")]),
 Q("first timers vs repeat buyers - nps across the whole buying journey from the comments?", "segment", ["journey:buy-an-item", "comment~fee", "comment~dispute"], [nps_j(B, "first-time buyer"), nps_j(B, "repeat buyer")]),
 Q("nps for locker pickup from the survey comments?", "derived_score", [LOCK, "comment~locker"], [nps_tp("Locker pickup")]),
 Q("compute nps for the shipping label touchpoint pls", "derived_score", [LABEL, "comment~label"], [nps_tp("Shipping label")]),
 Q("main themes in buyer comments on checkout", "themes", ["stage:buy-an-item/checkout", FEE, "comment~fee"], ["fee"]),
 Q("what do buyers actually love abt us", "praise", [LOCK, "comment~locker"], ["locker"]),
 Q("anything new blowing up in seller feedback the last couple wks?", "emerging", [IDV, "comment~selfie", "kpi~id_verification_pass_rate"], ["verification"]),
 Q("if we can only fix one thing on the buying side what should it be", "priority", [DISP, "comment~dispute", "kpi~dispute_resolution_time_days"], ["dispute"]),
 Q("the bit where the app guesses what my stuff is worth - how are ppl finding it?", "paraphrase", [PRICE, "comment~price suggestion"]),
 Q("the 24/7 parcel box thing, who runs that", "paraphrase", [LOCK], ["Logistics partnerships"]),
 A("whats vinted's nps atm"),
 A("payout time target for 2027?"),
 A("how much gmv / revenue did we do in oct"),
 A("how many ppl work in trust & safety rn"),
 A("nps on the car rental journey?"),
]
held = [
 Q("payouts - what are sellers moaning abt", "pain_points", [PAYOUT, "comment~payout"]),
 Q("offers n counter offers complaints?", "pain_points", [OFFERS, "comment~lowball|comment~offer"]),
 Q("list the touchpoints in get paid stage", "touchpoints", ["stage:sell-an-item/get-paid"], ["Seller wallet", "Bank payout", "ID verification"]),
 Q("who's responsible for the dispute centre", "owner", [DISP], ["Trust & Safety"]),
 Q("whats the goal for returns & disputes", "goal", ["stage:buy-an-item/returns-and-disputes"], ["fairly"]),
 Q("checkout conversion latest pls", "latest_kpi", ["kpi~checkout_conversion_rate"], [latest(B, "checkout_conversion_rate")]),
 Q("refund time rn?", "latest_kpi", ["kpi~refund_time_days"], [latest(B, "refund_time_days")]),
 Q("buy side nps - how much has it changed since sept", "kpi_change", ["kpi~nps"], [change(B, "nps")]),
 Q("label error rate change, first wk to last wk", "kpi_change", ["kpi~label_error_rate"], [change(S, "label_error_rate")]),
 Q("mean dispute resolution time over last 4 weeks", "kpi_window", ["kpi~dispute_resolution_time_days"], [mean4(B, "dispute_resolution_time_days")]),
 Q("avg listing completion rate last 4 wks?", "kpi_window", ["kpi~listing_completion_rate"], [mean4(S, "listing_completion_rate")]),
 Q("support contact rate sellers vs buyers, latest", "comparison", ["kpi~support_contact_rate"], [latest(S, "support_contact_rate"), latest(B, "support_contact_rate")]),
 Q("on-time delivery vs target?", "comparison", ["kpi~on_time_delivery_rate"], [latest(B, "on_time_delivery_rate"), target(B, "on_time_delivery_rate")]),
 Q("which selling touchpoint gets the most detractor comments", "ranking", [LABEL, "comment~label"], ["shipping label"]),
 Q("best rated buying stage by nps from comments?", "ranking", ["stage:buy-an-item/delivery", LOCK, "comment~locker"], ["Delivery"]),
 Q("protection fee: first-time buyers vs repeat buyers nps?", "segment", [FEE, "comment~fee"], [nps_tp("Buyer protection fee", "first-time buyer"), nps_tp("Buyer protection fee", "repeat buyer")]),
 Q("nps for dispute resolution centre from the survey", "derived_score", [DISP, "comment~dispute"], [nps_tp("Dispute resolution centre")]),
 Q("whats the comment nps for the get paid stage", "derived_score", ["stage:sell-an-item/get-paid", PAYOUT, "comment~payout"], [nps_st("Get paid")]),
 Q("recurring themes in seller comments about shipping", "themes", ["stage:sell-an-item/ship-the-item", LABEL, "comment~label"], ["label"]),
 Q("which touchpoint gets the most love overall", "praise", [LOCK, "comment~locker"], ["locker"]),
 Q("whats the newest problem popping up, only started in the last few wks", "emerging", [IDV, "comment~selfie", "kpi~id_verification_pass_rate"], ["verification"]),
 Q("seller side: which issue hits the most ppl, what do we fix first", "priority", [LABEL, "comment~label", "kpi~label_error_rate"], ["label"]),
 Q("the printable postage thing sellers get after a sale - error rate?", "paraphrase", [LABEL, "kpi~label_error_rate"], [latest(S, "label_error_rate")]),
 Q("that step where we make buyers pay extra for the safety net, whats the feedback", "paraphrase", [FEE, "comment~fee"]),
 Q("shipping label - do power sellers hate it more than casual ones? nps each", "segment", [LABEL, "comment~label"], [nps_tp("Shipping label", "power seller"), nps_tp("Shipping label", "casual seller")]),
 A("ebay's dispute resolution time?"),
 A("forecast dispute time for jan pls"),
 A("share price reaction after q3 results?"),
 A("how many support agents do we have atm"),
 A("nps for the luxury authentication service journey"),
 A("cart abandonment rate for buyers this wk?"),
]
dev.append(A("app store rating this month?"))
for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(BASE, name), "w") as f:
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=200)
    kinds = collections.Counter(q["kind"] for q in qs)
    print(name, len(qs), dict(sorted(kinds.items())))
