#!/usr/bin/env python3
"""Builds dev.yaml and heldout.yaml. Every figure is computed here from the files in knowledge/
(not from the generator's memory): latest = newest weekly value; change = |last - first| (or over the
stated window); 'last 4 weeks' = mean of the 4 newest weekly snapshots; NPS = %promoters(9-10) -
%detractors(0-6), rounded half away from zero to an integer."""
import csv, math, os, re, yaml, json
from collections import defaultdict
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def rnd(x, dec=1):
    q = 10 ** dec
    v = math.floor(abs(x) * q + 0.5) / q * (1 if x >= 0 else -1)
    return f"{v:.{dec}f}" if dec else str(int(v))

# KPIs
ser = defaultdict(list)
for fn in os.listdir(os.path.join(K, "kpis")):
    for r in csv.DictReader(open(os.path.join(K, "kpis", fn))):
        ser[(r["metric"], slug(r["journey"]), slug(r["stage"]), slug(r["touchpoint"]))].append((r["date"], float(r["value"])))
def S(metric, journey=None, stage=""):
    ks = [k for k in ser if k[0] == metric and (journey is None or k[1] == journey) and (not stage or k[2] == stage)]
    assert len(ks) == 1, (metric, ks)
    return [v for d, v in sorted(ser[ks[0]])]
latest = lambda *a, dec=1, **k: rnd(S(*a, **k)[-1], dec)
change = lambda *a, dec=1, weeks=None, **k: rnd(abs(S(*a, **k)[-1] - S(*a, **k)[-1 - weeks if weeks else 0]), dec)
mean4 = lambda *a, **k: rnd(sum(S(*a, **k)[-4:]) / 4)

# comments (the export is read through its mapping file)
C = []
for r in csv.DictReader(open(os.path.join(K, "comments", "purchase-survey.csv"), encoding="utf-8")):
    C.append(dict(j=slug(r["journey"]), st=slug(r["stage"]), tp=slug(r["touchpoint"]), seg=r["segment"], score=int(r["score"]), date=r["date"][:10]))
m = yaml.safe_load(open(os.path.join(K, "comments", "eventday-qualtrics-export.mapping.yaml")))["columns"]
import datetime as dt
for r in csv.DictReader(open(os.path.join(K, "comments", "eventday-qualtrics-export.csv"), encoding="utf-8")):
    C.append(dict(j=slug(r[m["journey"]]), st=slug(r[m["stage"]]), tp=slug(r[m["touchpoint"]]), seg=r[m["segment"]],
                  score=int(r[m["score"]]), date=dt.datetime.strptime(r[m["date"]], "%d/%m/%Y %H:%M").date().isoformat()))
def nps(**f):
    sc = [c["score"] for c in C if all(c[k] == v for k, v in f.items())]
    return rnd(100 * (sum(s >= 9 for s in sc) - sum(s <= 6 for s in sc)) / len(sc), 0)
def tp_rank(j, minn=10):
    g = defaultdict(list)
    for c in C:
        if c["j"] == j and c["tp"]: g[c["tp"]].append(c["score"])
    return sorted(((100 * (sum(s >= 9 for s in v) - sum(s <= 6 for s in v)) / len(v), t, len(v)) for t, v in g.items() if len(v) >= minn))

J1, J2 = "online-ticket-purchase", "event-day-and-after"
tp = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"
st = lambda j, s: f"stage:{j}/{s}"
WR = tp(J1, "presale-and-queue", "virtual-waiting-room"); FEE = tp(J1, "checkout", "fee-breakdown")
GATE = tp(J2, "venue-entry", "gate-qr-scan"); RES = tp(J2, "resale-and-transfer", "fan-to-fan-resale")
TRF = tp(J2, "resale-and-transfer", "ticket-transfer"); CODE = tp(J1, "presale-and-queue", "presale-code-entry")
r1 = tp_rank(J1); r2 = tp_rank(J2)
worst_j1 = r1[0][1]; best_j2 = r2[-1][1]
assert worst_j1 == "virtual-waiting-room" and best_j2 == "fan-to-fan-resale", (r1[:2], r2[-2:])
# emerging check: transfer detractor comments only from 2026-11-12
assert min(c["date"] for c in C if c["tp"] == "ticket-transfer" and c["score"] <= 6) >= "2026-11-09"

def q(text, kind, sources=None, figures=None, abstain=False):
    d = {"question": text, "kind": kind}
    if not abstain:
        d["sources"] = sources; d["figures"] = figures or []
    d["abstain"] = abstain
    return d

dev = [
 q("whats the main gripe w the waiting room on big onsales?", "pain_points", [WR, "comment~queue"]),
 q("ppl keep moaning about getting in at the gates, whats going wrong", "pain_points", [GATE, st(J2, "venue-entry"), "comment~gate"]),
 q("which touchpoints are in checkout?", "touchpoints", [st(J1, "checkout"), FEE, tp(J1, "checkout", "payment-page")],
   ["fee breakdown", "payment page", "order confirmation email"]),
 q("list the tps for resale & transfer pls", "touchpoints", [st(J2, "resale-and-transfer"), RES, TRF],
   ["fan-to-fan resale", "ticket transfer", "resale payout"]),
 q("who owns the virtual queue?", "owner", [WR], ["Platform Engineering"]),
 q("which team looks after the refund request form", "owner", [tp(J2, "refunds-and-support", "refund-request-form")], ["Customer Support"]),
 q("whats seat selection meant to achieve for the fan, goal wise", "goal", [st(J1, "seat-selection")], []),
 q("queue drop off rate atm?", "latest_kpi", ["kpi~queue_drop_off_rate"], [latest("queue_drop_off_rate")]),
 q("latest entry wait time at venues?", "latest_kpi", ["kpi~entry_wait_time"], [latest("entry_wait_time")]),
 q("how much has seat map load time improved since early sept", "kpi_change", ["kpi~seat_map_load_time"], [change("seat_map_load_time")]),
 q("by how much did event day nps fall over the 12 wks", "kpi_change", ["kpi~nps"], [change("nps", J2, dec=0)]),
 q("avg checkout conversion last 4 weeks?", "kpi_window", ["kpi~checkout_conversion_rate"], [mean4("checkout_conversion_rate")]),
 q("nps online purchase vs event day rn?", "comparison", ["kpi~nps"], [latest("nps", J1, dec=0), latest("nps", J2, dec=0)]),
 q("which purchase touchpoint has the worst nps from the survey comments", "ranking", [WR, "comment~queue"], ["waiting room"]),
 q("do first time buyers hate the fee breakdown more than fan club members? nps for each", "segment",
   [FEE, "comment~fee"], [nps(tp="fee-breakdown", seg="First-time buyer"), nps(tp="fee-breakdown", seg="Fan club member")]),
 q("nps from the comments for the waiting room?", "derived_score", [WR, "comment~queue"], [nps(tp="virtual-waiting-room")]),
 q("comment nps for venue entry stage overall", "derived_score", [st(J2, "venue-entry"), GATE, "comment~gate"], [nps(j=J2, st="venue-entry")]),
 q("top themes in event day feedback?", "themes", [GATE, RES, TRF, "comment~gate", "comment~resale", "comment~transfer"]),
 q("what do fans actually like on the event day side", "praise", [RES, "comment~resale"], ["resale"]),
 q("anything new blowing up in the last couple wks?", "emerging", [TRF, "comment~transfer", "kpi~transfer_failure_rate"], ["transfer"]),
 q("if we fix one thing in the buying flow first what shld it be", "priority", [WR, "kpi~queue_drop_off_rate", "comment~queue"]),
 q("how's the bit where you sit in the online line before the sale opens doing", "paraphrase", [WR, "comment~queue", "kpi~queue_drop_off_rate"]),
 q("what are ppl saying abt the beep your phone at the door step", "paraphrase", [GATE, "comment~scan"]),
 q("whats stubhub's resale sold rate?", "abstain", abstain=True),
 q("nps target for 2027 for online purchase?", "abstain", abstain=True),
 q("how much revenue did we make from service fees last qtr", "abstain", abstain=True),
 q("how many ppl in platform engineering rn", "abstain", abstain=True),
 q("what does the season ticket renewal journey look like, main pains?", "abstain", abstain=True),
 q("forecast for queue drop off at the next stadium onsale?", "abstain", abstain=True),
]
held = [
 q("why do ppl hate the fees page so much", "pain_points", [FEE, "comment~fee"]),
 q("issues with presale codes?", "pain_points", [CODE, "comment~code"]),
 q("what touchpoints does venue entry have", "touchpoints", [st(J2, "venue-entry"), GATE],
   ["gate qr scan", "bag check", "box office help desk"]),
 q("tps under discovery?", "touchpoints", [st(J1, "discovery")], ["event page", "presale registration email", "on-sale push alert"]),
 q("who's responsible for the fee breakdown", "owner", [FEE], ["Pricing team"]),
 q("owner of ticket transfer?", "owner", [TRF], ["Mobile Apps team"]),
 q("goal for refunds and support stage?", "goal", [st(J2, "refunds-and-support")], []),
 q("transfer failure rate latest?", "latest_kpi", ["kpi~transfer_failure_rate"], [latest("transfer_failure_rate")]),
 q("resale sold rate now", "latest_kpi", ["kpi~resale_listing_sold_rate"], [latest("resale_listing_sold_rate")]),
 q("queue drop off change first wk to last wk?", "kpi_change", ["kpi~queue_drop_off_rate"], [change("queue_drop_off_rate")]),
 q("how much has transfer failure rate jumped over the last 3 wks", "kpi_change", ["kpi~transfer_failure_rate"], [change("transfer_failure_rate", weeks=3)]),
 q("mean transfer failure rate over the last 4 weeks?", "kpi_window", ["kpi~transfer_failure_rate"], [mean4("transfer_failure_rate")]),
 q("csat checkout vs venue entry, latest", "comparison", ["kpi~csat"], [latest("csat", J1), latest("csat", J2)]),
 q("which event day touchpoint gets the best nps in comments", "ranking", [RES, "comment~resale"], ["resale"]),
 q("GA vs VIP nps at the gate scan?", "segment", [GATE, "comment~gate"],
   [nps(tp="gate-qr-scan", seg="General admission"), nps(tp="gate-qr-scan", seg="VIP hospitality")]),
 q("comment nps for fan to fan resale", "derived_score", [RES, "comment~resale"], [nps(tp="fan-to-fan-resale")]),
 q("whats the nps from survey responses for the checkout stage", "derived_score", [st(J1, "checkout"), FEE, "comment~fee"], [nps(j=J1, st="checkout")]),
 q("main themes in purchase journey comments?", "themes", [WR, FEE, CODE, "comment~queue", "comment~fee"]),
 q("anything ppl rave about?", "praise", [RES, "comment~resale"], ["resale"]),
 q("whats started going wrong in the last few weeks of nov", "emerging", [TRF, "comment~transfer", "kpi~transfer_failure_rate"], ["transfer"]),
 q("top priority to fix on event day side?", "priority", [TRF, GATE, "kpi~transfer_failure_rate", "kpi~entry_wait_time"]),
 q("the page that splits out all the service charges - how's it landing w customers", "paraphrase", [FEE, "comment~fee"]),
 q("hows the send-tix-to-a-mate feature doing", "paraphrase", [TRF, "comment~transfer", "kpi~transfer_failure_rate"]),
 q("ticketmaster's queue drop off rate?", "abstain", abstain=True),
 q("share price after q3 results?", "abstain", abstain=True),
 q("whats the 2027 target for checkout conversion", "abstain", abstain=True),
 q("nps for the parking & travel journey?", "abstain", abstain=True),
 q("how many support agents do we have on live chat", "abstain", abstain=True),
 q("app store rating for the ticket app atm?", "abstain", abstain=True),
]
for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(ROOT, name), "w") as f:
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=200)
from collections import Counter
kd, kh = Counter(x["kind"] for x in dev), Counter(x["kind"] for x in held)
assert set(kd) == set(kh) and len(kd) == 17
print(len(dev), len(held)); print(dict(kd)); print(dict(kh))
print("rank j1", r1[:3]); print("rank j2", r2[-3:])
for x in dev + held:
    if x.get("figures"): print(x["kind"], "|", x["question"], "->", x["figures"])
