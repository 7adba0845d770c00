#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml. Every figure comes from scripts/stats.py (computed from the
generated knowledge files); every exact gold id and every `comment~words` is checked against them.

Run:  python3 scripts/build.py && python3 scripts/questions.py
"""
import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stats  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
F = stats.compute()
J1, J2 = "Finding and joining", "Everyday membership"
J1ID, J2ID = "finding-and-joining", "everyday-membership"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---- ids, validated against the maps --------------------------------------------------------
MAPS = {J1ID: yaml.safe_load(open(ROOT / "knowledge/maps/finding-and-joining.yaml")),
        J2ID: json.load(open(ROOT / "knowledge/maps/everyday-membership.json"))}
IDS = set()
for jid, m in MAPS.items():
    IDS.add(f"journey:{jid}")
    for s in m["stages"]:
        IDS.add(f"stage:{jid}/{slug(s['name'])}")
        for t in s.get("touchpoints", []):
            IDS.add(f"touchpoint:{jid}/{slug(s['name'])}/{slug(t['name'])}")
TEXTS = [c["text"].lower() for c in stats.load_comments()]
METRICS = {v["metric"] for v in F["kpi"].values()}


def st(jid, stage):
    return f"stage:{jid}/{slug(stage)}"


def tp(jid, stage, name):
    return f"touchpoint:{jid}/{slug(stage)}/{slug(name)}"


def K(metric, journey=None):
    for v in F["kpi"].values():
        if v["metric"] == metric and (journey is None or v["journey"] == journey):
            return v
    raise KeyError(metric)


def N(key):
    return F["nps"][key]["value"]


def C(key):
    return F["csat"][key]["value"]


def check(q):
    for src in q.get("sources", []):
        for alt in src.split("|"):
            if alt.startswith("comment~"):
                w = alt[len("comment~"):].lower().replace("_", " ")
                assert any(w in t for t in TEXTS), f"no comment contains {w!r}: {q['question']}"
            elif alt.startswith("kpi~"):
                w = alt[4:].lower().replace(" ", "_")
                assert w in METRICS or any(w in m for m in METRICS), f"no metric {w!r}"
            elif alt.split(":")[0] in ("journey", "stage", "touchpoint"):
                assert alt in IDS, f"unknown id {alt}: {q['question']}"
    return q


def Q(question, kind, sources=(), figures=(), abstain=False):
    q = {"question": question, "kind": kind}
    if not abstain:
        q["sources"] = list(sources)
        q["figures"] = [str(f) for f in figures]
    q["abstain"] = abstain
    return check(q)


# shorthand ids
S_DISC = st(J1ID, "Discovering a space"); S_TOUR = st(J1ID, "Booking a tour")
S_PLAN = st(J1ID, "Choosing a membership"); S_ONB = st(J1ID, "Onboarding and first day")
S_ACC = st(J1ID, "Access cards and wifi")
S_BOOK = st(J2ID, "Booking desks and rooms"); S_SITE = st(J2ID, "Working on site")
S_EV = st(J2ID, "Events and community"); S_BILL = st(J2ID, "Billing and invoices")
S_LEAVE = st(J2ID, "Changing plan or leaving")

T = lambda j, s, n: tp(j, s, n)  # noqa: E731
TP = {
    "finder": T(J1ID, "Discovering a space", "Website location finder"),
    "gmaps": T(J1ID, "Discovering a space", "Google Maps listing"),
    "insta": T(J1ID, "Discovering a space", "Instagram community posts"),
    "tourform": T(J1ID, "Booking a tour", "Online tour booking form"),
    "toursms": T(J1ID, "Booking a tour", "Tour confirmation SMS"),
    "frontdesk": T(J1ID, "Booking a tour", "Front desk welcome"),
    "guided": T(J1ID, "Booking a tour", "Guided tour with community manager"),
    "pricing": T(J1ID, "Choosing a membership", "Pricing page"),
    "advisor": T(J1ID, "Choosing a membership", "Membership advisor call"),
    "daypass": T(J1ID, "Choosing a membership", "Free day pass trial"),
    "esign": T(J1ID, "Choosing a membership", "Membership agreement e-signing"),
    "welcome": T(J1ID, "Onboarding and first day", "Welcome email"),
    "appsetup": T(J1ID, "Onboarding and first day", "Member app setup"),
    "locker": T(J1ID, "Onboarding and first day", "Locker assignment"),
    "card": T(J1ID, "Access cards and wifi", "Access card pickup"),
    "mkey": T(J1ID, "Access cards and wifi", "Mobile key activation"),
    "wifilogin": T(J1ID, "Access cards and wifi", "Wifi login setup"),
    "hotdesk": T(J2ID, "Booking desks and rooms", "Hot desk booking in the app"),
    "room": T(J2ID, "Booking desks and rooms", "Meeting room booking"),
    "panel": T(J2ID, "Booking desks and rooms", "Room display panels"),
    "credits": T(J2ID, "Booking desks and rooms", "Booking credits balance"),
    "wifi": T(J2ID, "Working on site", "Wifi and network"),
    "coffee": T(J2ID, "Working on site", "Coffee and kitchen"),
    "booths": T(J2ID, "Working on site", "Phone booths"),
    "mail": T(J2ID, "Working on site", "Mail and package handling"),
    "calendar": T(J2ID, "Events and community", "Community events calendar"),
    "friday": T(J2ID, "Events and community", "Friday socials"),
    "invoice": T(J2ID, "Billing and invoices", "Monthly invoice email"),
    "portal": T(J2ID, "Billing and invoices", "Billing portal"),
    "dd": T(J2ID, "Billing and invoices", "Direct debit and card payments"),
    "overage": T(J2ID, "Billing and invoices", "Meeting room overage charges"),
    "change": T(J2ID, "Changing plan or leaving", "Plan change request"),
    "cancel": T(J2ID, "Changing plan or leaving", "Cancellation notice"),
    "deposit": T(J2ID, "Changing plan or leaving", "Deposit refund"),
}

wifi, churn, tbc = K("wifi_uptime"), K("churn_rate"), K("tour_booking_conversion_rate")
ev, idr, tfa = K("event_attendance"), K("invoice_dispute_rate"), K("time_to_first_access")
nos, desk, t2m = K("meeting_room_no_show_rate"), K("desk_utilisation_rate"), K("tour_to_member_conversion_rate")
fpr, onb = K("failed_payment_rate"), K("onboarding_completion_rate")
nps1, nps2 = K("nps", J1), K("nps", J2)
W = F["weeks"]


def diff(v, d_from):
    return stats.r1(abs(float(v["latest"]) - float(v["by_date"][d_from])))


def off_target_rank(journey):
    offs = [v for v in F["kpi"].values() if v["journey"] == journey and not v["on_target"]]
    return sorted(offs, key=lambda v: float(v["rel_gap_pct"]))


rank2 = off_target_rank(J2)
rank1 = off_target_rank(J1)
det_stage = list(F["counts"]["detractors_by_stage"])
det_tp = list(F["counts"]["detractors_by_touchpoint"])
vol_tp = list(F["counts"]["by_touchpoint"])
seg_counts = F["counts"]["by_segment"]
seg_nps = {k.split("|")[1]: v["value"] for k, v in F["nps"].items() if k.startswith("segment|")}
worst_seg = min(seg_nps, key=lambda s: float(seg_nps[s]))
EMERGE = ["comment~network upgrade", "comment~charged twice", "comment~new billing system"]

# ===================================================================================== DEV
DEV = [
    # pain_points
    Q("whats bugging ppl about the tour booking form", "pain_points",
      [TP["tourform"], "comment~tour slot|comment~tour form|comment~booked a tour", S_TOUR]),
    Q("main gripes w/ the phone booths?", "pain_points", [TP["booths"], "comment~phone booth"]),
    Q("why are members annoyed abt invoices", "pain_points",
      [TP["invoice"], S_BILL, "comment~invoice"]),
    Q("pain points for new joiners getting in the door on day 1", "pain_points",
      [S_ACC, TP["card"], "comment~access card"]),
    # touchpoints
    Q("what touchpoints are in the tour stage", "touchpoints", [S_TOUR, TP["tourform"], TP["guided"]],
      ["tour booking form", "confirmation sms", "front desk", "guided tour"]),
    Q("list the tps for billing pls", "touchpoints", [S_BILL, TP["invoice"], TP["portal"]],
      ["invoice email", "billing portal", "direct debit", "overage"]),
    Q("which channels do we show up on in discovery", "touchpoints", [S_DISC, TP["finder"], TP["gmaps"]],
      ["web", "search", "partner", "social"]),
    Q("what touchpoints does the 'get settled on my first day' bit have", "touchpoints",
      [S_ONB, TP["welcome"], TP["appsetup"]], ["welcome email", "member app", "house rules", "locker"]),
    # owner
    Q("who owns the door app thing (mobile key)", "owner", [TP["mkey"]], ["Product"]),
    Q("which team looks after deposit refunds", "owner", [TP["deposit"]], ["Finance Ops"]),
    Q("whos responsible for the room panels outside meeting rms", "owner", [TP["panel"]], ["Facilities"]),
    Q("who owns the joining journey overall", "owner", [f"journey:{J1ID}"], ["Growth & Sales"]),
    # goal
    Q("whats the goal of the billing stage", "goal", [S_BILL], ["accountant"]),
    Q("what's the member actually trying to do when picking a plan", "goal", [S_PLAN], ["how often"]),
    Q("goal for events & community?", "goal", [S_EV], ["grow my network"]),
    # latest_kpi
    Q("wifi uptme atm?", "latest_kpi", ["kpi~wifi_uptime"], [wifi["latest"]]),
    Q("current churn?", "latest_kpi", ["kpi~churn_rate"], [churn["latest"]]),
    Q("latest tour booking conv rate", "latest_kpi", ["kpi~tour_booking_conversion_rate"], [tbc["latest"]]),
    Q("how many ppl came to events in the latest week", "latest_kpi", ["kpi~event_attendance"], [ev["latest"]]),
    # kpi_change
    Q("how much has wifi uptime dropped since early july", "kpi_change", ["kpi~wifi_uptime"],
      [wifi["change_total"]]),
    Q("how far has time to first access come down since start of july", "kpi_change",
      ["kpi~time_to_first_access"], [tfa["change_total"]]),
    Q("invoice disputes wow change?", "kpi_change", ["kpi~invoice_dispute_rate"], [idr["change_wow"]]),
    Q("how much did membership nps fall since the 10 aug snapshot", "kpi_change", ["kpi~nps"],
      [diff(nps2, "2026-08-10")]),
    # kpi_window
    Q("avg wifi uptime over the last 4 wks", "kpi_window", ["kpi~wifi_uptime"], [wifi["mean_last4"]]),
    Q("what was time to first access the week of 27 july", "kpi_window", ["kpi~time_to_first_access"],
      [tfa["by_date"]["2026-07-27"]]),
    Q("tour-to-member conversion - best week so far and what was it", "kpi_window",
      ["kpi~tour_to_member_conversion_rate"], [t2m["max"]]),
    # comparison
    Q("nps joining vs membership journey, latest", "comparison", ["kpi~nps"], [nps1["latest"], nps2["latest"]]),
    Q("comment nps for everyday membership last 3 wks vs before that?", "comparison",
      [f"journey:{J2ID}"] + EMERGE,
      [N(f"journey|{J2}|last3"), N(f"journey|{J2}|before_last3")]),
    Q("failed payments vs invoice disputes - which is worse vs target", "comparison",
      ["kpi~invoice_dispute_rate", "kpi~failed_payment_rate"], [fpr["latest"], idr["latest"], "invoice dispute"]),
    # ranking
    Q("which touchpoint gets the most comments", "ranking", [TP["wifi"], "comment~wifi"], [vol_tp[0]]),
    Q("which membership metric is furthest off target in % terms", "ranking",
      ["kpi~" + rank2[0]["metric"]], [rank2[0]["metric"]]),
    Q("which stage has the most detractors (0-6)", "ranking", [st(J2ID if det_stage[0] in
      [s["name"] for s in MAPS[J2ID]["stages"]] else J1ID, det_stage[0]), "comment~wifi"], [det_stage[0]]),
    # segment
    Q("what are private office teams complaining about", "segment",
      [TP["invoice"], "comment~po number|comment~invoice", S_BILL]),
    Q("hot desk ppl main issue?", "segment", [TP["hotdesk"], "comment~hot desk|comment~desks"]),
    Q("virtual office members - what feedback do we have", "segment",
      [TP["mail"], "comment~mail scanning|comment~parcels|comment~post"]),
    Q("how many comments from dedicated desk members", "segment", ["comment~desk|comment~phone booth"],
      [seg_counts["Dedicated desk"]]),
    # derived_score
    Q("nps from the survey comments for hot desk members", "derived_score",
      ["comment~hot desk|comment~desk"], [N("segment|Hot desk")]),
    Q("csat for the tour stage from the typeform data", "derived_score",
      [S_TOUR, TP["guided"], "comment~tour"], [C("stage|Booking a tour")]),
    Q("whats the comment-based nps for everyday membership overall", "derived_score",
      [f"journey:{J2ID}", "comment~wifi|comment~invoice|comment~coffee"], [N(f"journey|{J2}")]),
    Q("overall nps across all the pulse survey comments?", "derived_score",
      ["comment~wifi|comment~invoice|comment~coffee|comment~tour"], [N("all")]),
    # themes
    Q("top themes in feedback about working on site", "themes",
      [S_SITE, "comment~wifi", "comment~phone booth", "comment~coffee"]),
    Q("recurring themes in billing feedback?", "themes",
      [S_BILL, "comment~invoice", "comment~charged twice", "comment~overage"]),
    Q("main themes from the joining journey comments", "themes",
      [f"journey:{J1ID}", "comment~access card", "comment~pricing", "comment~tour", "comment~invite code"]),
    # praise
    Q("what do members love", "praise", ["comment~coffee", "comment~friday", "comment~community manager",
                                         TP["coffee"], TP["friday"]]),
    Q("anything positive about tours?", "praise", [TP["guided"], "comment~tour"]),
    Q("whats working well with building access now", "praise", [TP["mkey"], "comment~mobile key"]),
    # emerging
    Q("anything new popping up in the last couple weeks?", "emerging", EMERGE, ["wifi", "billing"]),
    Q("any new billing issue since late aug", "emerging",
      ["comment~charged twice", "comment~new billing system", TP["portal"], TP["dd"]]),
    Q("new wifi complaints recently?", "emerging", ["comment~network upgrade", TP["wifi"]]),
    # priority
    Q("what should we fix first in the membership journey", "priority",
      EMERGE + ["kpi~invoice_dispute_rate", "kpi~wifi_uptime", TP["portal"], TP["wifi"]]),
    Q("if we had budget for one thing in the joining journey what should it be", "priority",
      ["kpi~time_to_first_access", "kpi~tour_to_member_conversion_rate", "comment~pricing", "comment~access card",
       S_ACC, S_PLAN, TP["pricing"]]),
    Q("biggest churn risk rn?", "priority",
      ["kpi~churn_rate", "comment~charged twice", "comment~notice", "comment~network upgrade", TP["cancel"]]),
    # paraphrase
    Q("whats hurting people when they try to pay the right amount n get tidy invoices", "paraphrase",
      [S_BILL, TP["invoice"], "comment~invoice"]),
    Q("pain around meeting other members / growing their network?", "paraphrase",
      [S_EV, "comment~events|comment~slack|comment~directory"]),
    Q("how r we doing on the bit where ppl adjust or end their membership", "paraphrase",
      [S_LEAVE, "kpi~churn_rate", "comment~notice|comment~deposit|comment~downgrade"], [churn["latest"]]),
    # abstain
    Q("whats wework's nps this quarter?", "abstain", abstain=True),
    Q("forecast churn for jan 2027", "abstain", abstain=True),
    Q("revenue per desk at shoreditch last month?", "abstain", abstain=True),
    Q("how many community managers do we employ across sites", "abstain", abstain=True),
    Q("pain points in the corporate event venue hire journey", "abstain", abstain=True),
    Q("energy use per sqm by site?", "abstain", abstain=True),
]

# ===================================================================================== HELDOUT
HELD = [
    # pain_points
    Q("complaints about the app signup / invite codes?", "pain_points",
      [TP["appsetup"], "comment~invite code|comment~member app"]),
    Q("issues with meeting rm booking", "pain_points", [TP["room"], "comment~meeting room|comment~book rooms"]),
    Q("deposit refund complaints - whats going on", "pain_points", [TP["deposit"], "comment~deposit"]),
    Q("problems ppl hit on our website location pages", "pain_points",
      [TP["finder"], "comment~photos|comment~prices"]),
    # touchpoints
    Q("tps in changing plan / leaving?", "touchpoints", [S_LEAVE, TP["change"], TP["cancel"]],
      ["plan change", "pause", "cancellation", "deposit", "exit survey"]),
    Q("what touchpoints make up the on-site day", "touchpoints", [S_SITE, TP["wifi"], TP["booths"]],
      ["wifi", "coffee", "phone booths", "mail", "cleaning"]),
    Q("touchpoints under choosing a membrship", "touchpoints", [S_PLAN, TP["pricing"], TP["esign"]],
      ["pricing page", "advisor call", "day pass", "e-signing"]),
    Q("events n community touchpoints?", "touchpoints", [S_EV, TP["calendar"], TP["friday"]],
      ["events calendar", "friday socials", "slack", "directory"]),
    # owner
    Q("who owns wifi login setup for new joiners", "owner", [TP["wifilogin"]], ["IT & Network"]),
    Q("who runs fri drinks", "owner", [TP["friday"]], ["Community team"]),
    Q("which team owns the pricing page", "owner", [TP["pricing"]], ["Marketing"]),
    Q("overage charges - which team owns that", "owner", [TP["overage"]], ["Billing team"]),
    Q("owner of the tour confirmation texts?", "owner", [TP["toursms"]], ["Sales Ops"]),
    # goal
    Q("what is the customer goal in the booking desks stage", "goal", [S_BOOK], ["whenever I need one"]),
    Q("goal of access cards n wifi", "goal", [S_ACC], ["without waiting"]),
    Q("what do prospects want out of the tour step", "goal", [S_TOUR], ["in person"]),
    # latest_kpi
    Q("invoice dispute rate this wk?", "latest_kpi", ["kpi~invoice_dispute_rate"], [idr["latest"]]),
    Q("time to first access currently?", "latest_kpi", ["kpi~time_to_first_access"], [tfa["latest"]]),
    Q("whats the no show rate for meeting rooms rn", "latest_kpi", ["kpi~meeting_room_no_show_rate"],
      [nos["latest"]]),
    Q("desk util latest", "latest_kpi", ["kpi~desk_utilisation_rate"], [desk["latest"]]),
    # kpi_change
    Q("how much has tour booking conversion gone up since 6 july", "kpi_change",
      ["kpi~tour_booking_conversion_rate"], [tbc["change_total"]]),
    Q("desk utilisation change since the first snapshot", "kpi_change", ["kpi~desk_utilisation_rate"],
      [desk["change_total"]]),
    Q("event attendance up by how much since early july", "kpi_change", ["kpi~event_attendance"],
      [ev["change_total"]]),
    Q("how much did the invoice dispute rate jump since 17 aug", "kpi_change", ["kpi~invoice_dispute_rate"],
      [diff(idr, "2026-08-17")]),
    # kpi_window
    Q("avg desk utilisation over the first 4 weeks", "kpi_window", ["kpi~desk_utilisation_rate"],
      [desk["mean_first4"]]),
    Q("what was membership nps on 17 aug", "kpi_window", ["kpi~nps"], [nps2["by_date"]["2026-08-17"]]),
    Q("meeting room no-shows: worst week in the data?", "kpi_window", ["kpi~meeting_room_no_show_rate"],
      [nos["max"]]),
    # comparison
    Q("csat joining vs membership from the typeform survey", "comparison",
      [f"journey:{J1ID}|journey:{J2ID}", "comment~tour|comment~wifi|comment~invoice"],
      [C(f"journey|{J1}"), C(f"journey|{J2}")]),
    Q("is wifi uptime or desk utilisation closer to target?", "comparison",
      ["kpi~wifi_uptime", "kpi~desk_utilisation_rate"], [wifi["latest"], desk["latest"]]),
    Q("private office vs hot desk nps from comments", "comparison",
      ["comment~invoice|comment~hot desk|comment~po number"],
      [N("segment|Private office"), N("segment|Hot desk")]),
    # ranking
    Q("top 3 touchpoints by number of detractors", "ranking", [TP["wifi"], TP["invoice"], TP["booths"],
      "comment~wifi|comment~invoice|comment~phone booth"], det_tp[:3]),
    Q("which joining kpi is furthest off target in % terms", "ranking", ["kpi~" + rank1[0]["metric"]], [rank1[0]["metric"]]),
    Q("which member segment leaves the most feedback", "ranking",
      ["comment~hot desk|comment~desk"], [max(seg_counts, key=seg_counts.get)]),
    # segment
    Q("what do dedicated desk members moan about most", "segment", [TP["booths"], "comment~phone booth"]),
    Q("which segment is least happy going by comment nps", "segment",
      [TP["mail"], "comment~mail|comment~parcels|comment~invoice"], [worst_seg]),
    Q("whats frustrating hot deskers about desk availability", "segment",
      [TP["hotdesk"], "comment~hot desk|comment~desks"]),
    Q("how many comments came from private office members", "segment",
      ["comment~invoice|comment~po number|comment~office"], [seg_counts["Private office"]]),
    # derived_score
    Q("private office nps from the comments", "derived_score", ["comment~invoice|comment~po number"],
      [N("segment|Private office")]),
    Q("csat for everyday membership (typeform)", "derived_score",
      [f"journey:{J2ID}", "comment~wifi|comment~invoice|comment~desk"], [C(f"journey|{J2}")]),
    Q("nps from comments on the events + community stuff", "derived_score",
      [S_EV, "comment~friday|comment~events|comment~slack"], [N("stage|Events and community")]),
    Q("csat for hot desk members?", "derived_score", ["comment~hot desk|comment~desk"],
      [C("segment|Hot desk")]),
    # themes
    Q("common themes when ppl cancel or leave", "themes",
      [S_LEAVE, "comment~notice", "comment~deposit", "comment~downgrade"]),
    Q("themes in the onboarding feedback", "themes",
      [S_ONB, "comment~invite code", "comment~locker", "comment~welcome email"]),
    Q("what keeps coming up about booking desks & rooms", "themes",
      [S_BOOK, "comment~hot desk", "comment~meeting room", "comment~credits"]),
    # praise
    Q("best bits of events & community according to members", "praise",
      [TP["friday"], TP["calendar"], "comment~friday", "comment~lunch and learn"]),
    Q("positive feedback on the coffee / kitchen?", "praise", [TP["coffee"], "comment~coffee"]),
    Q("what do prospects like when they're first discovering us", "praise",
      [TP["insta"], "comment~instagram|comment~insta"]),
    # emerging
    Q("whats new in feedback since 24 aug that wasnt there before", "emerging", EMERGE, ["wifi", "billing"]),
    Q("any fresh issues with direct debits lately", "emerging",
      ["comment~direct debit was charged twice|comment~two direct debits|comment~charged twice by direct debit",
       "comment~new billing system", TP["dd"]]),
    Q("emerging issues on site this month?", "emerging", ["comment~network upgrade", TP["wifi"]], ["wifi"]),
    # priority
    Q("top priority for the billing team this week", "priority",
      ["kpi~invoice_dispute_rate", "comment~charged twice", "comment~new billing system", TP["portal"],
       TP["invoice"]]),
    Q("what should IT focus on first", "priority",
      ["kpi~wifi_uptime", "comment~network upgrade", TP["wifi"], TP["wifilogin"]]),
    Q("where's the biggest gap in the member experience we should tackle", "priority",
      ["kpi~nps", "kpi~invoice_dispute_rate", "kpi~wifi_uptime", "kpi~meeting_room_no_show_rate"] + EMERGE),
    # paraphrase
    Q("issues when folks try to see the space in person before signing", "paraphrase",
      [S_TOUR, TP["tourform"], "comment~tour"]),
    Q("what goes wrong when people try to find a location that fits their commute + budget", "paraphrase",
      [S_DISC, TP["finder"], TP["gmaps"], "comment~photos|comment~prices|comment~google"]),
    Q("feedback on getting online and thru the door without waiting around", "paraphrase",
      [S_ACC, TP["card"], TP["mkey"], TP["wifilogin"], "comment~access card|comment~mobile key|comment~wifi"]),
    # abstain
    Q("regus occupancy rate vs ours?", "abstain", abstain=True),
    Q("whats our nps target for 2027", "abstain", abstain=True),
    Q("ebitda for q2?", "abstain", abstain=True),
    Q("staff turnover on the front desk team", "abstain", abstain=True),
    Q("whats the journey map for the cafe franchise customers", "abstain", abstain=True),
    Q("member lifetime value by segment?", "abstain", abstain=True),
    Q("what will wifi uptime be next month", "abstain", abstain=True),
]


def dump(qs, path, title):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {title}\n# generated by scripts/questions.py from the knowledge files; do not edit by hand\n")
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=120)


if __name__ == "__main__":
    dump(DEV, ROOT / "dev.yaml", "coworking: development half")
    dump(HELD, ROOT / "heldout.yaml", "coworking: held-out half")
    from collections import Counter
    for name, qs in (("dev", DEV), ("heldout", HELD)):
        c = Counter(q["kind"] for q in qs)
        print(name, len(qs), dict(sorted(c.items())))
