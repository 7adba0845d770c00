#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml; every figure is computed by stats.py from the generated files.

    python scripts/build.py && python scripts/questions.py
"""
import datetime as dt
from collections import Counter
from pathlib import Path

import yaml

import stats as S

ROOT = Path(__file__).resolve().parent.parent
J1, J2 = "eye-test-to-glasses", "contact-lenses-and-aftercare"
D = dt.date
L3 = D(2025, 10, 20)  # start of the last three KPI weeks
SEP = (D(2025, 9, 1), D(2025, 9, 30))
OCT = (D(2025, 10, 1), D(2025, 10, 31))

# ---- valid exact ids, from the maps
IDS = set()
for jid, m in S.MAPS.items():
    IDS.add(f"journey:{jid}")
    for st in m["stages"]:
        IDS.add(f"stage:{jid}/{S.slug(st['name'])}")
        for t in st.get("touchpoints", []):
            IDS.add(f"touchpoint:{jid}/{S.slug(st['name'])}/{S.slug(t['name'])}")


def st(j, stage):
    i = f"stage:{j}/{S.slug(stage)}"
    assert i in IDS, i
    return i


def tp(j, stage, name):
    i = f"touchpoint:{j}/{S.slug(stage)}/{S.slug(name)}"
    assert i in IDS, i
    return i


def names(j, stage):
    m = S.MAPS[j]
    return [t["name"] for s in m["stages"] if s["name"] == stage for t in s["touchpoints"]]


def tp_owner(j, stage, name):
    m = S.MAPS[j]
    return next(t["owner"] for s in m["stages"] if s["name"] == stage for t in s["touchpoints"] if t["name"] == name)


def signed(x):
    return x  # stats.rnd already keeps the sign; negative NPS values stay signed on purpose


JR1, JR2 = f"journey:{J1}", f"journey:{J2}"
nps, csat, lat, chg = S.nps, S.csat, S.latest, S.change
EJ, CL = S.J1, S.J2


def stage_rank(journey_name, jid, fn, best):
    vals = []
    for s in S.MAPS[jid]["stages"]:
        r = S.scored(journey=journey_name, stage=s["name"])
        vals.append((fn(r), s["name"]))
    vals.sort(reverse=best)
    assert vals[0][0] != vals[1][0]
    return vals[0][1]


def seg_rank(journey_name, fn, best):
    segs = sorted({c["segment"] for c in S.scored(journey=journey_name)})
    vals = sorted(((fn(S.scored(journey=journey_name, segment=g)), g) for g in segs), reverse=best)
    assert vals[0][0] != vals[1][0]
    return vals[0][1]


def tp_most_comments(journey_name):
    c = Counter(r["touchpoint"] for r in S.scored(journey=journey_name)).most_common(2)
    assert c[0][1] > c[1][1]
    return c[0][0]


def biggest(direction):
    vals = []
    for (j, m), s in S.KPIS.items():
        d = s[-1][1] - s[0][1]
        vals.append((d if direction == "up" else -d, m, j))
    vals.sort(reverse=True)
    assert vals[0][0] > vals[1][0]
    return vals[0]


def gap(metric, j=None):
    _, v, t, hib, _ = S.kpi_series(metric, j)[-1]
    return abs(v - t)


fell = biggest("down")
rose_good = max(((s[-1][1] - s[0][1]) for (j, m), s in S.KPIS.items() if m == "trial_to_subscription_conversion"))
# the most improved metric in its own direction: trial conversion up 14.7; check it beats the others' improvements
_impr = sorted((((s[-1][1] - s[0][1]) if s[-1][3] else (s[0][1] - s[-1][1])), m) for (j, m), s in S.KPIS.items())
assert _impr[-1][1] == "trial_to_subscription_conversion" and _impr[-1][0] > _impr[-2][0]
assert gap("glasses_ready_on_time_rate") > gap("on_time_delivery_rate")

OK = lambda *xs: list(xs)

# ============================================================================================ DEV
DEV = [
    # ---- pain_points
    dict(q="whats annoying ppl about booking online?", k="pain_points",
         s=OK(tp(J1, "Booking an eye test", "Online booking widget"), st(J1, "Booking an eye test"),
              "comment~no slots", "comment~booking page", "comment~book online")),
    dict(q="main gripes w the oct scan", k="pain_points",
         s=OK(tp(J1, "Eye test and screening", "OCT retinal scan"), "comment~OCT scan")),
    dict(q="pain points in my account for the lens plan?", k="pain_points",
         s=OK(tp(J2, "Monthly lens subscription", "My Account portal"), "comment~My Account", "comment~portal")),
    dict(q="why do ppl struggle to book aftercare", k="pain_points",
         s=OK(tp(J2, "Booking an aftercare check", "Aftercare online booking"), st(J2, "Booking an aftercare check"),
              "comment~aftercare")),
    # ---- touchpoints
    dict(q="what touchpoints r in lens deliveries", k="touchpoints", s=OK(st(J2, "Lens deliveries")),
         f=names(J2, "Lens deliveries")),
    dict(q="list the tps for booking an eye test pls", k="touchpoints", s=OK(st(J1, "Booking an eye test")),
         f=names(J1, "Booking an eye test")),
    dict(q="touchpoints in the actual eye test?", k="touchpoints", s=OK(st(J1, "Eye test and screening")),
         f=names(J1, "Eye test and screening")),
    dict(q="which touchpoints cover aftercare check booking for lens wearers", k="touchpoints",
         s=OK(st(J2, "Booking an aftercare check")), f=names(J2, "Booking an aftercare check")),
    # ---- owner
    dict(q="who owns virtual try on", k="owner", s=OK(tp(J1, "Choosing frames and lenses", "Virtual try-on")),
         f=["Digital Products"]),
    dict(q="which team looks after the trial follow up call?", k="owner",
         s=OK(tp(J2, "Lens fitting and trial", "Trial follow-up call")), f=["Customer Contact Centre"]),
    dict(q="whos responsible for lens lab production", k="owner",
         s=OK(tp(J1, "Glasses being made", "Lens lab production")), f=["Central Lens Lab"]),
    dict(q="owner of the price change email?", k="owner",
         s=OK(tp(J2, "Monthly lens subscription", "Price change notice")), f=["Subscriptions Team"]),
    # ---- goal
    dict(q="whats the goal of the glasses being made stage", k="goal", s=OK(st(J1, "Glasses being made"))),
    dict(q="goal for lens fitting & trial?", k="goal", s=OK(st(J2, "Lens fitting and trial"))),
    dict(q="what r we trying to achieve for customers in repairs n remakes", k="goal",
         s=OK(st(J2, "Repairs and remakes"))),
    dict(q="customer goal when booking an eye test?", k="goal", s=OK(st(J1, "Booking an eye test"))),
    # ---- latest_kpi
    dict(q="glasses ready on time rate atm?", k="latest_kpi", s=OK("kpi~glasses_ready_on_time_rate"),
         f=[lat("glasses_ready_on_time_rate")]),
    dict(q="current churn on lens subs", k="latest_kpi", s=OK("kpi~subscription_churn_rate"),
         f=[lat("subscription_churn_rate")]),
    dict(q="whats online booking conversion this wk", k="latest_kpi", s=OK("kpi~online_booking_conversion"),
         f=[lat("online_booking_conversion")]),
    dict(q="latest aftercare attendance?", k="latest_kpi", s=OK("kpi~aftercare_attendance_rate"),
         f=[lat("aftercare_attendance_rate")]),
    dict(q="eye test journey nps kpi latest week", k="latest_kpi", s=OK("kpi~nps"), f=[lat("nps", EJ)]),
    # ---- kpi_change
    dict(q="how much has glasses on-time dropped since start of sept", k="kpi_change",
         s=OK("kpi~glasses_ready_on_time_rate"), f=[chg("glasses_ready_on_time_rate")]),
    dict(q="how much did trial to sub conversion go up over the 10 wks", k="kpi_change",
         s=OK("kpi~trial_to_subscription_conversion"), f=[chg("trial_to_subscription_conversion")]),
    dict(q="churn change wk on wk?", k="kpi_change", s=OK("kpi~subscription_churn_rate"),
         f=[S.wow("subscription_churn_rate")]),
    dict(q="how far has contact lens nps fallen since 1 sept", k="kpi_change", s=OK("kpi~nps"),
         f=[chg("nps", CL)]),
    # ---- kpi_window
    dict(q="what was on time delivery in the wk of 13 oct", k="kpi_window", s=OK("kpi~on_time_delivery_rate"),
         f=[S.value_on("on_time_delivery_rate", D(2025, 10, 13))]),
    dict(q="avg glasses ready on time over the last 3 wks", k="kpi_window",
         s=OK("kpi~glasses_ready_on_time_rate"), f=[S.mean_window("glasses_ready_on_time_rate", 3)]),
    dict(q="lowest trial to sub conversion in september?", k="kpi_window",
         s=OK("kpi~trial_to_subscription_conversion"),
         f=[S.extreme("trial_to_subscription_conversion", *SEP, fn=min)]),
    dict(q="no show rate w/c 22 sep", k="kpi_window", s=OK("kpi~appointment_no_show_rate"),
         f=[S.value_on("appointment_no_show_rate", D(2025, 9, 22))]),
    # ---- comparison
    dict(q="nps kpi eye test vs contact lenses, latest?", k="comparison", s=OK("kpi~nps"),
         f=[lat("nps", EJ), lat("nps", CL)]),
    dict(q="which is further off target - on time delivery or glasses ready on time?", k="comparison",
         s=OK("kpi~glasses_ready_on_time_rate", "kpi~on_time_delivery_rate"),
         f=[lat("glasses_ready_on_time_rate"), lat("on_time_delivery_rate")]),
    dict(q="comment csat lens trial vs subscription stage", k="comparison",
         s=OK(st(J2, "Lens fitting and trial"), st(J2, "Monthly lens subscription"), "comment~lesson",
              "comment~My Account", "comment~price increase"),
         f=[csat(stage="Lens fitting and trial"), csat(stage="Monthly lens subscription")]),
    # ---- ranking
    dict(q="which eye test stage has the worst survey nps", k="ranking",
         s=OK(st(J1, "Glasses being made"), "comment~lab"),
         f=[stage_rank(EJ, J1, S.nps_raw, best=False)]),
    dict(q="lowest csat stage on the contact lens journey from comments?", k="ranking",
         s=OK(st(J2, "Monthly lens subscription"), "comment~price increase", "comment~My Account"),
         f=[stage_rank(CL, J2, S.csat_raw, best=False)]),
    dict(q="which kpi fell the most since sept", k="ranking", s=OK(f"kpi~{fell[1]}"),
         f=[fell[1], S.fmt(fell[0])]),
    # ---- segment
    dict(q="nps for over 60s on the eye test journey", k="segment",
         s=OK(JR1, "comment~varifocal", "comment~lens extras", "comment~recheck"),
         f=[nps(segment="Over 60")]),
    dict(q="which segment is least happy w contact lenses", k="segment",
         s=OK(JR2, "comment~price increase", "comment~student", "comment~My Account"),
         f=[seg_rank(CL, S.csat_raw, best=False), csat(segment=seg_rank(CL, S.csat_raw, best=False))]),
    dict(q="csat for new wearers?", k="segment", s=OK(JR2, "comment~lesson", "comment~trial"),
         f=[csat(segment="New wearer")]),
    # ---- derived_score
    dict(q="whats the nps from the eye test survey comments overall", k="derived_score", s=OK(JR1),
         f=[nps()]),
    dict(q="csat for the contact lens journey from survey responses", k="derived_score", s=OK(JR2),
         f=[csat()]),
    dict(q="nps from comments for the glasses being made stage", k="derived_score",
         s=OK(st(J1, "Glasses being made"), "comment~lab"), f=[nps(stage="Glasses being made")]),
    dict(q="csat on lens deliveries comments since 20 oct", k="derived_score",
         s=OK(st(J2, "Lens deliveries"), "comment~new courier"), f=[csat(stage="Lens deliveries", start=L3)]),
    # ---- themes
    dict(q="top themes in eye test feedback", k="themes",
         s=OK("comment~lens", "comment~optometrist", "comment~booking", "comment~lab", JR1)),
    dict(q="what do ppl say about lens deliveries", k="themes",
         s=OK(st(J2, "Lens deliveries"), tp(J2, "Lens deliveries", "Courier delivery"), "comment~courier",
              "comment~letterbox", "comment~delivery")),
    dict(q="main themes in complaints stage comments", k="themes",
         s=OK(st(J2, "Complaints and resolution"), "comment~call back", "comment~complaint", "comment~goodwill")),
    # ---- praise
    dict(q="what do customers love about the eye test", k="praise",
         s=OK(tp(J1, "Eye test and screening", "Sight test with optometrist"), "comment~optometrist",
              "comment~eye test")),
    dict(q="any good feedback on the insertion lesson", k="praise",
         s=OK(tp(J2, "Lens fitting and trial", "Insertion and removal lesson"), "comment~lesson")),
    dict(q="what r ppl happy with at collection", k="praise",
         s=OK(tp(J1, "Collection and fitting", "Frame adjustment and fitting"), "comment~adjusted",
              "comment~fitting", "comment~nose pads")),
    # ---- emerging
    dict(q="anything new popping up in glasses feedback last couple wks?", k="emerging",
         s=OK("comment~backlog", "comment~lab", tp(J1, "Glasses being made", "Lens lab production")), f=["lab"]),
    dict(q="new issues with deliveries recently?", k="emerging",
         s=OK("comment~new courier", "comment~doorstep", tp(J2, "Lens deliveries", "Courier delivery")),
         f=["courier"]),
    dict(q="any new moaning about lens plan pricing lately", k="emerging",
         s=OK("comment~price increase", "comment~gone up", "comment~went up",
              tp(J2, "Monthly lens subscription", "Price change notice")), f=["price"]),
    # ---- priority
    dict(q="what should we fix first on the glasses journey", k="priority",
         s=OK("kpi~glasses_ready_on_time_rate", "comment~lab", tp(J1, "Glasses being made", "Lens lab production"),
              tp(J1, "Choosing frames and lenses", "Lens options and pricing"), "comment~varifocal")),
    dict(q="top priority for the contact lens team this month?", k="priority",
         s=OK("kpi~on_time_delivery_rate", "kpi~subscription_churn_rate", "comment~new courier",
              "comment~price increase", tp(J2, "Lens deliveries", "Courier delivery"))),
    dict(q="if we can only fix one thing in subs what should it be", k="priority",
         s=OK(tp(J2, "Monthly lens subscription", "Price change notice"), "kpi~subscription_churn_rate",
              "comment~price increase", tp(J2, "Monthly lens subscription", "My Account portal"),
              "comment~My Account")),
    # ---- paraphrase
    dict(q="the bit where we teach ppl to put lenses in n take them out - hows it going?", k="paraphrase",
         s=OK(tp(J2, "Lens fitting and trial", "Insertion and removal lesson"), st(J2, "Lens fitting and trial"),
              "comment~lesson")),
    dict(q="customers waiting to hear when their specs will be ready - whats the feedback", k="paraphrase",
         s=OK(st(J1, "Glasses being made"), tp(J1, "Glasses being made", "Order tracking page"),
              tp(J1, "Glasses being made", "Lens lab production"), "comment~lab", "comment~tracking page")),
    dict(q="when ppl want broken specs fixed fast what do they say", k="paraphrase",
         s=OK(st(J2, "Repairs and remakes"), tp(J2, "Repairs and remakes", "Repair drop-off at branch"),
              "comment~repair")),
    dict(q="frame gallery feedback?", k="paraphrase",
         s=OK(tp(J1, "Choosing frames and lenses", "Frame wall"), "comment~frames")),
    # ---- abstain
    dict(q="whats specsavers nps this quarter?", k="abstain", a=True),
    dict(q="forecast for glasses ready on time rate in dec?", k="abstain", a=True),
    dict(q="what was brightwell revenue last quarter", k="abstain", a=True),
    dict(q="how many optometrists do we employ", k="abstain", a=True),
    dict(q="hows the hearing test journey booking conversion doing", k="abstain", a=True),
    dict(q="avg basket value for frames?", k="abstain", a=True),
]

# ======================================================================================== HELDOUT
HELD = [
    # ---- pain_points
    dict(q="whats going wrong w lens pricing / the add ons", k="pain_points",
         s=OK(tp(J1, "Choosing frames and lenses", "Lens options and pricing"), "comment~varifocal",
              "comment~lens extras", "comment~lens packages", "comment~add-ons")),
    dict(q="probs with repairs?", k="pain_points",
         s=OK(tp(J2, "Repairs and remakes", "Repair drop-off at branch"), st(J2, "Repairs and remakes"),
              "comment~repair")),
    dict(q="complaints about the branch phones", k="pain_points",
         s=OK(tp(J1, "Booking an eye test", "Branch phone line"), "comment~phone", "comment~on hold")),
    dict(q="what are the pain points for varifocal wearers at pick up", k="pain_points",
         s=OK(tp(J1, "Collection and fitting", "Non-tolerance recheck"), st(J1, "Collection and fitting"),
              "comment~recheck", "comment~varifocals")),
    # ---- touchpoints
    dict(q="tps in the complaints stage?", k="touchpoints", s=OK(st(J2, "Complaints and resolution")),
         f=names(J2, "Complaints and resolution")),
    dict(q="what touchpoints while glasses r being made", k="touchpoints", s=OK(st(J1, "Glasses being made")),
         f=names(J1, "Glasses being made")),
    dict(q="touchpoints for the monthly subscription part", k="touchpoints",
         s=OK(st(J2, "Monthly lens subscription")), f=names(J2, "Monthly lens subscription")),
    dict(q="what happens at collection, touchpoints pls", k="touchpoints", s=OK(st(J1, "Collection and fitting")),
         f=names(J1, "Collection and fitting")),
    # ---- owner
    dict(q="who owns the cust relations callback", k="owner",
         s=OK(tp(J2, "Complaints and resolution", "Customer relations call-back")), f=["Customer Relations"]),
    dict(q="who runs the oct scans", k="owner", s=OK(tp(J1, "Eye test and screening", "OCT retinal scan")),
         f=["Clinical Services"]),
    dict(q="which team owns courier deliveries", k="owner", s=OK(tp(J2, "Lens deliveries", "Courier delivery")),
         f=["Fulfilment"]),
    dict(q="who owns lens pricing", k="owner",
         s=OK(tp(J1, "Choosing frames and lenses", "Lens options and pricing")), f=["Commercial", "Pricing"]),
    # ---- goal
    dict(q="goal of choosing frames n lenses?", k="goal", s=OK(st(J1, "Choosing frames and lenses"))),
    dict(q="whats the goal for lens deliveries", k="goal", s=OK(st(J2, "Lens deliveries"))),
    dict(q="complaints stage goal?", k="goal", s=OK(st(J2, "Complaints and resolution"))),
    dict(q="what's the point of the eye test stage from the customers pov", k="goal",
         s=OK(st(J1, "Eye test and screening"))),
    # ---- latest_kpi
    dict(q="on time delivery rate rn?", k="latest_kpi", s=OK("kpi~on_time_delivery_rate"),
         f=[lat("on_time_delivery_rate")]),
    dict(q="no show rate latest", k="latest_kpi", s=OK("kpi~appointment_no_show_rate"),
         f=[lat("appointment_no_show_rate")]),
    dict(q="trial to sub conversion now?", k="latest_kpi", s=OK("kpi~trial_to_subscription_conversion"),
         f=[lat("trial_to_subscription_conversion")]),
    dict(q="complaint first response time latest wk", k="latest_kpi", s=OK("kpi~complaint_first_response_time"),
         f=[lat("complaint_first_response_time")]),
    # ---- kpi_change
    dict(q="how much has on time delivery fallen since start of sept", k="kpi_change",
         s=OK("kpi~on_time_delivery_rate"), f=[chg("on_time_delivery_rate")]),
    dict(q="repair turnaround - how many days better than early sept?", k="kpi_change",
         s=OK("kpi~repair_turnaround_days"), f=[chg("repair_turnaround_days")]),
    dict(q="complaint response time change vs last wk", k="kpi_change",
         s=OK("kpi~complaint_first_response_time"), f=[S.wow("complaint_first_response_time")]),
    dict(q="eye test nps kpi change since 1st sept", k="kpi_change", s=OK("kpi~nps"), f=[chg("nps", EJ)]),
    # ---- kpi_window
    dict(q="what was churn the week of 27 oct", k="kpi_window", s=OK("kpi~subscription_churn_rate"),
         f=[S.value_on("subscription_churn_rate", D(2025, 10, 27))]),
    dict(q="average frame conversion over the last 4 weeks", k="kpi_window", s=OK("kpi~frame_conversion_rate"),
         f=[S.mean_window("frame_conversion_rate", 4)]),
    dict(q="peak complaint first response time in oct?", k="kpi_window",
         s=OK("kpi~complaint_first_response_time"),
         f=[S.extreme("complaint_first_response_time", *OCT, fn=max)]),
    # ---- comparison
    dict(q="online booking conv vs target?", k="comparison", s=OK("kpi~online_booking_conversion"),
         f=[lat("online_booking_conversion"), S.target("online_booking_conversion")]),
    dict(q="churn vs target rn", k="comparison", s=OK("kpi~subscription_churn_rate"),
         f=[lat("subscription_churn_rate"), S.target("subscription_churn_rate")]),
    dict(q="survey nps booking stage vs collection stage (glasses journey)", k="comparison",
         s=OK(st(J1, "Booking an eye test"), st(J1, "Collection and fitting"), "comment~booking",
              "comment~adjusted"),
         f=[nps(stage="Booking an eye test"), nps(stage="Collection and fitting")]),
    dict(q="eye test vs contact lens - which nps kpi dropped more since sept?", k="comparison", s=OK("kpi~nps"),
         f=[chg("nps", EJ), chg("nps", CL)]),
    # ---- ranking
    dict(q="which cl touchpoint gets the most comments", k="ranking",
         s=OK(tp(J2, "Lens deliveries", "Courier delivery"), "comment~courier", "comment~letterbox"),
         f=[next(t for s in S.MAPS[J2]["stages"] for t in (x["name"] for x in s["touchpoints"])
                 if t.lower() == tp_most_comments(CL))]),
    dict(q="best rated stage in contact lens journey by csat", k="ranking",
         s=OK(st(J2, "Lens fitting and trial"), "comment~lesson", "comment~follow-up call"),
         f=[stage_rank(CL, J2, S.csat_raw, best=True)]),
    dict(q="which glasses journey stage has the highest nps in comments", k="ranking",
         s=OK(st(J1, "Collection and fitting"), "comment~adjusted", "comment~fitting"),
         f=[stage_rank(EJ, J1, S.nps_raw, best=True)]),
    dict(q="which metric improved the most over the period", k="ranking",
         s=OK("kpi~trial_to_subscription_conversion"),
         f=["trial_to_subscription_conversion", chg("trial_to_subscription_conversion")]),
    # ---- segment
    dict(q="returning customers nps on eye tests?", k="segment",
         s=OK(JR1, "comment~optometrist", "comment~been coming for years"), f=[nps(segment="Returning customer")]),
    dict(q="which eye test segment has the lowest nps", k="segment",
         s=OK(JR1, "comment~varifocal", "comment~pensioners", "comment~recheck"),
         f=[seg_rank(EJ, S.nps_raw, best=False).split()[-1]]),  # "Over 60" -> "60" (matches over-60s)
    dict(q="students csat on contact lenses", k="segment",
         s=OK(JR2, "comment~student", "comment~price increase"), f=[csat(segment="Student")]),
    # ---- derived_score
    dict(q="survey nps for the eye test journey since 20 oct", k="derived_score", s=OK(JR1, "comment~lab"),
         f=[nps(start=L3)]),
    dict(q="csat in the repairs stage?", k="derived_score", s=OK(st(J2, "Repairs and remakes"), "comment~repair"),
         f=[csat(stage="Repairs and remakes")]),
    dict(q="comment nps for the glasses journey in september", k="derived_score", s=OK(JR1),
         f=[nps(start=SEP[0], end=SEP[1])]),
    dict(q="overall csat across cl comments in oct", k="derived_score", s=OK(JR2),
         f=[csat(start=OCT[0], end=OCT[1])]),
    # ---- themes
    dict(q="recurring complaints on the cl journey?", k="themes",
         s=OK("comment~courier", "comment~My Account", "comment~aftercare", "comment~call back",
              "comment~price increase", JR2)),
    dict(q="whats the feedback on picking frames n lenses", k="themes",
         s=OK(st(J1, "Choosing frames and lenses"), tp(J1, "Choosing frames and lenses", "Lens options and pricing"),
              "comment~lens", "comment~frames")),
    dict(q="common themes in subscription feedback", k="themes",
         s=OK(st(J2, "Monthly lens subscription"), "comment~price increase", "comment~My Account",
              "comment~subscription")),
    # ---- praise
    dict(q="whats going well in the lens trial", k="praise",
         s=OK(st(J2, "Lens fitting and trial"), "comment~lesson", "comment~follow-up call")),
    dict(q="positives re the dispensers?", k="praise",
         s=OK(tp(J1, "Choosing frames and lenses", "Dispensing consultation"),
              tp(J1, "Collection and fitting", "Frame adjustment and fitting"), "comment~dispenser",
              "comment~dispensing")),
    dict(q="anything good said about remakes", k="praise",
         s=OK(tp(J2, "Repairs and remakes", "Remake request"), "comment~remade", "comment~remake")),
    # ---- emerging
    dict(q="whats emerging in contact lens comments the last 3 weeks", k="emerging",
         s=OK("comment~new courier", "comment~price increase", "comment~doorstep"), f=["courier"]),
    dict(q="why r people suddenly moaning about collection dates", k="emerging",
         s=OK("comment~backlog", "comment~lab", tp(J1, "Glasses being made", "Lens lab production")), f=["lab"]),
    dict(q="anything trending since mid oct on the lens plan?", k="emerging",
         s=OK("comment~price increase", "comment~gone up", tp(J2, "Monthly lens subscription", "Price change notice")),
         f=["price"]),
    # ---- priority
    dict(q="biggest risk on the cl journey rn?", k="priority",
         s=OK("kpi~on_time_delivery_rate", "kpi~subscription_churn_rate", "comment~new courier",
              "comment~price increase", "kpi~complaint_first_response_time")),
    dict(q="where should the eye test team focus next", k="priority",
         s=OK("kpi~glasses_ready_on_time_rate", "comment~lab", tp(J1, "Glasses being made", "Lens lab production"),
              tp(J1, "Choosing frames and lenses", "Lens options and pricing"), "kpi~frame_conversion_rate")),
    dict(q="what to tackle first in deliveries", k="priority",
         s=OK(tp(J2, "Lens deliveries", "Courier delivery"), "kpi~on_time_delivery_rate", "comment~new courier")),
    # ---- paraphrase
    dict(q="feedback on the stage where ppl want lenses thru the door w/o chasing?", k="paraphrase",
         s=OK(st(J2, "Lens deliveries"), tp(J2, "Lens deliveries", "Courier delivery"), "comment~courier",
              "comment~letterbox")),
    dict(q="puff of air test feedback", k="paraphrase",
         s=OK(tp(J1, "Eye test and screening", "Pre-test screening"), "comment~puff of air")),
    dict(q="is the day before text actually cutting no shows?", k="paraphrase",
         s=OK(tp(J1, "Booking an eye test", "Appointment reminder text"), "kpi~appointment_no_show_rate",
              "comment~reminder"), f=[lat("appointment_no_show_rate")]),
    dict(q="when someone wants a problem put right fairly which touchpoints are involved", k="paraphrase",
         s=OK(st(J2, "Complaints and resolution")), f=names(J2, "Complaints and resolution")[:2]),
    # ---- abstain
    dict(q="vision express on time delivery rate?", k="abstain", a=True),
    dict(q="whats the projected lens plan churn for 2026", k="abstain", a=True),
    dict(q="brightwell share price today?", k="abstain", a=True),
    dict(q="staff turnover in clinical services", k="abstain", a=True),
    dict(q="how are laser eye surgery consultations scoring on nps", k="abstain", a=True),
    dict(q="call abandonment rate at the contact centre?", k="abstain", a=True),
]

KINDS = ["pain_points", "touchpoints", "owner", "goal", "latest_kpi", "kpi_change", "kpi_window", "comparison",
         "ranking", "segment", "derived_score", "themes", "praise", "emerging", "priority", "paraphrase", "abstain"]


def to_yaml(items):
    out = []
    for d in items:
        e = {"question": d["q"], "kind": d["k"]}
        if d.get("a"):
            e["abstain"] = True
        else:
            for s in d["s"]:
                assert ":" not in s or s.split(":", 1)[0] not in ("stage", "touchpoint", "journey") or s in IDS, s
            e["sources"] = d["s"]
            e["figures"] = [str(x) for x in d.get("f", [])]
            e["abstain"] = False
        out.append(e)
    return {"questions": out}


def main():
    for name, items in (("dev.yaml", DEV), ("heldout.yaml", HELD)):
        c = Counter(d["k"] for d in items)
        assert set(c) == set(KINDS), set(KINDS) ^ set(c)
        assert 56 <= len(items) <= 64, (name, len(items))
        assert c["abstain"] >= 5
        (ROOT / name).write_text(
            f"# Brightwell Opticians blind base, {name.split('.')[0]} half. Generated by scripts/questions.py;\n"
            "# figures computed by scripts/stats.py from knowledge/. Do not edit by hand.\n"
            + yaml.safe_dump(to_yaml(items), sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
        print(name, len(items), dict(sorted(c.items(), key=lambda kv: KINDS.index(kv[0]))))
    qs = [d["q"] for d in DEV + HELD]
    assert len(qs) == len(set(qs))


if __name__ == "__main__":
    main()
