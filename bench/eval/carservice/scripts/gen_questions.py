"""Builds dev.yaml / heldout.yaml from stats.json (run gen_data.py first). Deterministic."""
import json, os, random
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = json.load(open(os.path.join(ROOT, "scripts", "stats.json")))
N, C, KP = S["nps"], S["csat"], S["kpi"]
def f1(x): return f"{x:.1f}"
def lastv(m, i=-1): return KP[m]["vals"][i]
def chg(m, a, b): return f1(abs(KP[m]["vals"][b] - KP[m]["vals"][a]))
SB, WV = "service-booking", "workshop-visit"
tp = lambda s: "touchpoint:" + s
stg = lambda s: "stage:" + s
Q = []
def q(text, kind, sources=None, figures=None, abstain=False):
    Q.append(dict(question=text, kind=kind, sources=sources or [], figures=figures or [], abstain=abstain))

# touchpoints
q("what touchpoints do we have in the actual booking bit?", "touchpoints", [stg(f"{SB}/booking")], ["online booking tool", "central booking line", "live chat"])
q("whats involved when a cust comes to pick up n pay", "touchpoints", [stg(f"{WV}/collection-and-payment")], ["pay by link", "cashier desk"])
q("list the steps between booking and the day they turn up", "touchpoints", [stg(f"{SB}/confirmation-and-pre-visit")], ["reschedule link", "day-before reminder"])
# owner
q("who owns the pay link thing?", "owner", [tp(f"{WV}/collection-and-payment/pay-by-link")], ["Aftersales Finance"])
q("which team looks after the 0330 booking number", "owner", [tp(f"{SB}/booking/central-booking-line")], ["Central Booking Centre"])
q("whos responsible for the vhc vids", "owner", [tp(f"{WV}/inspection-and-diagnosis/vehicle-health-check-video")], ["Workshop Control"])
# goal
q("whats the goal of the approving extra work step", "goal", [stg(f"{WV}/approval-of-extra-work")], ["clear price"])
q("what r we trying to achieve at drop off", "goal", [stg(f"{SB}/arrival-and-drop-off")], [])
# pain points
q("whats annoying ppl when they ring up to book?", "pain_points", [tp(f"{SB}/booking/central-booking-line"), "comment~hold"], [])
q("pain points at the service desk in the mornings", "pain_points", [tp(f"{SB}/arrival-and-drop-off/service-desk-check-in"), stg(f"{SB}/arrival-and-drop-off"), "comment~queue"], [])
q("problems with waiting on parts?", "pain_points", [tp(f"{WV}/repair-and-progress/parts-ordering"), "comment~back order", "comment~backorder"], [])
# themes
q("what are people saying about the price of a service", "themes", [tp(f"{SB}/booking/fixed-price-service-menu"), "comment~fixed price", "comment~price"], [])
q("main themes in comments about collecting the car", "themes", [stg(f"{WV}/collection-and-payment"), "comment~pay", "comment~queue"], [])
q("what do ppl say about loan cars", "themes", ["comment~courtesy car", tp(f"{SB}/booking/courtesy-car-request"), tp(f"{SB}/arrival-and-drop-off/courtesy-car-handover")], [])
# praise
q("what are customers actually happy with?", "praise", [tp(f"{WV}/inspection-and-diagnosis/vehicle-health-check-video"), tp(f"{SB}/arrival-and-drop-off/express-drop-off-kiosk"), "comment~video", "comment~kiosk"], [])
q("anything nice said about dropping the car off", "praise", [tp(f"{SB}/arrival-and-drop-off/express-drop-off-kiosk"), "comment~kiosk", "comment~lounge"], [])
# emerging
q("anything new kicking off in the last couple of weeks?", "emerging", [tp(f"{WV}/collection-and-payment/pay-by-link"), "comment~payment link", "comment~pay link", "comment~app update"], [])
q("any new probs with the myhalden app lately", "emerging", [tp(f"{WV}/repair-and-progress/workshop-progress-tracker"), "comment~app update", "comment~tracker"], [])
# latest kpi
q("online booking conv rate atm?", "latest_kpi", ["kpi~online_booking_conversion_rate"], [f1(lastv("online_booking_conversion_rate"))])
q("avg wait on the booking line right now?", "latest_kpi", ["kpi~avg_call_wait_time"], [str(lastv("avg_call_wait_time"))])
q("latest on time completion %", "latest_kpi", ["kpi~on_time_completion_rate"], [f1(lastv("on_time_completion_rate"))])
q("no show rate currently and whats the target", "latest_kpi", ["kpi~no_show_rate"], [f1(lastv("no_show_rate")), str(KP["no_show_rate"]["target"])])
# kpi change
q("no shows - how much did it move vs the week before?", "kpi_change", ["kpi~no_show_rate"], [chg("no_show_rate", -2, -1)])
q("how much has the phone hold time grown since w/c 31 aug", "kpi_change", ["kpi~avg_call_wait_time"], [str(abs(lastv("avg_call_wait_time") - lastv("avg_call_wait_time", 0)))])
q("how big was the jump in pay link failures from w/c 19 oct to w/c 26 oct", "kpi_change", ["kpi~pay_by_link_failure_rate"], [chg("pay_by_link_failure_rate", 7, 8)])
# kpi window (newest dated item 2026-11-16; 30 days -> first point 2026-10-19 = index 7; 2 months -> 2026-09-21 = index 3)
q("how much has on-time completion dropped over the last 30 days", "kpi_window", ["kpi~on_time_completion_rate"], [chg("on_time_completion_rate", 7, 11)])
q("call wait times over the last 2 months, how much worse?", "kpi_window", ["kpi~avg_call_wait_time"], [str(abs(lastv("avg_call_wait_time") - lastv("avg_call_wait_time", 3)))])
q("vhc approval rate change in the past 30 days", "kpi_window", ["kpi~vhc_approval_rate"], [chg("vhc_approval_rate", 7, 11)])
# comparison
q("nps online booking vs the phone line?", "comparison", [tp(f"{SB}/booking/online-booking-tool"), tp(f"{SB}/booking/central-booking-line")], [f1(N["T:Online booking tool"][0]), f1(N["T:Central booking line"][0])])
q("csat collection/payment vs inspection stage - which is better", "comparison", [stg(f"{WV}/collection-and-payment"), stg(f"{WV}/inspection-and-diagnosis")], [f1(C["S:Collection and payment"][0]), f1(C["S:Inspection and diagnosis"][0])])
q("fleet vs retail customers nps", "comparison", [tp(f"{WV}/approval-of-extra-work/fleet-purchase-order-approval"), tp(f"{SB}/confirmation-and-pre-visit/collection-and-delivery-scheduling"), "comment~fleet", "comment~fleet manager"], [f1(N["SEG:Fleet"][0]), f1(N["SEG:Retail"][0])])
# ranking
q("which stage has the worst nps", "ranking", [stg(f"{WV}/repair-and-progress")], ["repair and progress", f1(N["S:Repair and progress"][0])])
q("biggest single complaint overall?", "ranking", [tp(f"{SB}/booking/central-booking-line"), "comment~hold", "comment~on hold"], [])
q("which stage scores best on csat", "ranking", [stg(f"{WV}/inspection-and-diagnosis")], ["inspection", f1(C["S:Inspection and diagnosis"][0])])
# derived score
q("nps for the phone booking line?", "derived_score", [tp(f"{SB}/booking/central-booking-line")], [f1(N["T:Central booking line"][0])])
q("whats the nps on the online booker", "derived_score", [tp(f"{SB}/booking/online-booking-tool")], [f1(N["T:Online booking tool"][0])])
q("csat for collection & payment", "derived_score", [stg(f"{WV}/collection-and-payment")], [f1(C["S:Collection and payment"][0])])
q("overall nps from the survey comments", "derived_score", ["comment~nps", SB, WV], [f1(N["all"][0])])
q("nps for the whole workshop visit journey", "derived_score", ["journey:" + WV, stg(f"{WV}/repair-and-progress")], [f1(N["J:Workshop visit to collection"][0])])
# segment
q("nps for fleet customers", "segment", [tp(f"{WV}/approval-of-extra-work/fleet-purchase-order-approval"), tp(f"{SB}/confirmation-and-pre-visit/collection-and-delivery-scheduling"), "comment~fleet", "comment~fleet manager"], [f1(N["SEG:Fleet"][0])])
q("what are fleet drivers moaning about", "segment", [tp(f"{WV}/approval-of-extra-work/fleet-purchase-order-approval"), tp(f"{SB}/confirmation-and-pre-visit/collection-and-delivery-scheduling"), "comment~fleet manager", "comment~fleet"], [])
q("warranty custs - what are they unhappy with", "segment", [tp(f"{WV}/repair-and-progress/warranty-claim-approval"), "comment~warranty"], [])
# priority
q("if we could only fix one thing first what should it be", "priority", [tp(f"{SB}/booking/central-booking-line"), "kpi~avg_call_wait_time", tp(f"{WV}/collection-and-payment/pay-by-link"), "kpi~pay_by_link_failure_rate", stg(f"{WV}/repair-and-progress")], [])
q("what shld the workshop side prioritise?", "priority", [stg(f"{WV}/repair-and-progress"), tp(f"{WV}/repair-and-progress/parts-ordering"), "kpi~on_time_completion_rate", tp(f"{WV}/collection-and-payment/pay-by-link")], [])
# paraphrase
q("when ppl get the txt with the vid of their car do they like it", "paraphrase", [tp(f"{WV}/inspection-and-diagnosis/vehicle-health-check-video"), "comment~video"], [])
q("the letterbox key thing for evenings - any feedback?", "paraphrase", [tp(f"{SB}/arrival-and-drop-off/out-of-hours-key-drop"), "comment~key drop", "comment~letterbox"], [])
q("the move my appointment link, whats wrong with it", "paraphrase", [tp(f"{SB}/confirmation-and-pre-visit/reschedule-link"), "comment~link"], [])
q("that mot nag email we send - working?", "paraphrase", [tp(f"{SB}/reminder-and-prompt/mot-due-email"), "comment~mot reminder", "comment~mot email"], [])
# abstain
for t in ["whats the nps for the new car sales journey?",
          "arnold clarks online booking conversion rate?",
          "target for online booking conversion in 2028",
          "aftersales revenue last quarter?",
          "halden share price today",
          "how many technicians do we employ at york",
          "csat for trade / dealer-to-dealer customers",
          "forecast for call wait time next month",
          "whats our parts margin on brake discs",
          "staff turnover in the booking centre this yr",
          "evans halshaw mot price vs ours?",
          "pain points in the bodyshop accident repair journey"]:
    q(t, "abstain", abstain=True)

rnd = random.Random(4242)
dev, held = [], []
kinds = sorted({x["kind"] for x in Q})
for k in kinds:
    items = [x for x in Q if x["kind"] == k]
    rnd.shuffle(items)
    first, second = (dev, held) if len(dev) <= len(held) else (held, dev)
    for i, x in enumerate(items):
        (first if i % 2 == 0 else second).append(x)
rnd.shuffle(dev); rnd.shuffle(held)

def y(s): return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
def dump(path, items, label):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# carservice blind base - {label} half. Newest dated item in the base: 2026-11-16.\n")
        f.write("questions:\n")
        for x in items:
            f.write(f"  - question: {y(x['question'])}\n    kind: {x['kind']}\n")
            if x["abstain"]:
                f.write("    abstain: true\n"); continue
            f.write("    sources: [" + ", ".join(y(s) for s in x["sources"]) + "]\n")
            f.write("    figures: [" + ", ".join(y(s) for s in x["figures"]) + "]\n")
            f.write("    abstain: false\n")
dump(os.path.join(ROOT, "dev.yaml"), dev, "development")
dump(os.path.join(ROOT, "heldout.yaml"), held, "held-out")
from collections import Counter
print(len(dev), len(held), Counter(x["kind"] for x in dev), Counter(x["kind"] for x in held))
