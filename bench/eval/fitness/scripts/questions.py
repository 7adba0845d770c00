#!/usr/bin/env python3
"""Build dev.yaml and heldout.yaml for the Ridgeline Fitness base.

Every figure is computed here from the files in knowledge/ (read back from the CSVs), never typed by hand.
NPS = % promoters (9-10) - % detractors (0-6) over comments with score_type nps, rounded half away from zero.
CSAT = % of csat scores that are 4 or 5.
"""
import csv
import math
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import yaml

BASE = Path(__file__).resolve().parent.parent
K = BASE / "knowledge"


def rhaz(x, nd=0):
    m = 10 ** nd
    v = math.floor(abs(x) * m + 0.5) / m
    v = math.copysign(v, x)
    return str(int(v)) if nd == 0 else f"{v:.{nd}f}"


def load_comments():
    out = []
    with open(K / "comments" / "member_nps_survey_sep-nov-2026.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append(dict(id=r["id"], date=r["date"], journey=r["journey"], stage=r["stage"],
                            touchpoint=r["touchpoint"], score=int(r["score"]), type="nps", segment=r["segment"],
                            club=r["club"], comment=r["comment"]))
    with open(K / "comments" / "post_visit_pulse_typeform.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            d, m, y = r["submitted_at"].split()[0].split("/")
            out.append(dict(id=r["response_id"], date=f"{y}-{m}-{d}", journey=r["journey"], stage=r["stage"],
                            touchpoint=r["visit_area"], score=int(r["satisfaction"]), type="csat",
                            segment=r["membership_type"], club=r["club"], comment=r["anything_else"]))
    with open(K / "comments" / "app_store_reviews_tagged.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            d, m, y = r["review_date"].split("/")
            out.append(dict(id=r["review_id"], date=f"{y}-{m}-{d}", journey=r["journey"], stage=r["tagged_stage"],
                            touchpoint=r["tagged_touchpoint"], score=int(r["stars"]), type="rating", segment="",
                            club="", comment=r["review"]))
    return out


def load_kpis():
    s = defaultdict(list)
    for p in sorted((K / "kpis").glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                s[r["metric"]].append((r["date"], float(r["value"].rstrip("%")),
                                       float(r["target"]) if r["target"] else None))
    for m in s:
        s[m].sort()
    return s


C = load_comments()
KP = load_kpis()
import json
THEME = {r["id"]: r["theme"] for r in json.load(open(Path(__file__).resolve().parent / "_comments_generated.json"))}
assert set(THEME) == {r["id"] for r in C}


def ids(themes=None, seg=None, club=None, stype=None):
    """Exact comment ids (gold sources) for comments of the given themes / segment / club."""
    return ["comment:" + r["id"] for r in C
            if (themes is None or THEME[r["id"]] in themes) and (seg is None or r["segment"] == seg)
            and (club is None or r["club"] == club) and (stype is None or r["type"] == stype)]


def nps(rows):
    sc = [r["score"] for r in rows if r["type"] == "nps"]
    p = sum(1 for x in sc if x >= 9)
    d = sum(1 for x in sc if x <= 6)
    return 100.0 * (p - d) / len(sc), len(sc)


def csat(rows):
    sc = [r["score"] for r in rows if r["type"] == "csat"]
    return 100.0 * sum(1 for x in sc if x >= 4) / len(sc), len(sc)


def at(tp=None, stage=None, seg=None, club=None):
    return [r for r in C if (tp is None or r["touchpoint"] == tp) and (stage is None or r["stage"] == stage)
            and (seg is None or r["segment"] == seg) and (club is None or r["club"] == club)]


def latest(m):
    return KP[m][-1][1]


def val(m, d):
    return [v for dd, v, _ in KP[m] if dd == d][0]


def fmt(x):
    return rhaz(x, 1) if abs(x - round(x)) > 1e-9 else str(int(round(x)))


def stats():
    print("== NPS by touchpoint (nps file) ==")
    tps = Counter(r["touchpoint"] for r in C if r["type"] == "nps")
    for tp, n in tps.most_common():
        v, _ = nps(at(tp=tp))
        det = sum(1 for r in at(tp=tp) if r["type"] == "nps" and r["score"] <= 6)
        print(f"  {tp or '(none)':35s} n={n:3d} nps={v:6.1f} detractors={det}")
    print("== NPS by segment ==")
    for sg in ["Standard", "Off-Peak", "Premium", "Student", "Corporate"]:
        print("  ", sg, nps(at(seg=sg)))
    print("== NPS by club ==")
    for cl in sorted(set(r["club"] for r in C if r["club"])):
        print("  ", cl, nps(at(club=cl)))
    print("== CSAT by touchpoint ==")
    for tp in sorted(set(r["touchpoint"] for r in C if r["type"] == "csat")):
        print("  ", tp, csat(at(tp=tp)))
    print("== NPS by stage ==")
    for st in sorted(set(r["stage"] for r in C)):
        print("  ", st, nps(at(stage=st)))
    for m, rows in KP.items():
        print(m, [v for _, v, _ in rows], "target", rows[-1][2])


# ---------------------------------------------------------------- ids
J1, J2 = "join-and-start", "member-lifecycle"


def tpid(j, st, tp):
    import re
    s = lambda x: re.sub(r"[^a-z0-9]+", "-", x.lower()).strip("-")
    return f"touchpoint:{j}/{s(st)}/{s(tp)}"


def stid(j, st):
    import re
    return f"stage:{j}/{re.sub(r'[^a-z0-9]+', '-', st.lower()).strip('-')}"


TP_CANCEL = tpid(J2, "Cancel membership", "Cancellation request")
TP_IND_BOOK = tpid(J1, "Induction and first visit", "Induction booking")
TP_IND_SESS = tpid(J1, "Induction and first visit", "Induction session with a coach")
TP_FREEZE = tpid(J2, "Freeze membership", "Freeze request in app")
TP_JOINFORM = tpid(J1, "Sign up", "Online join form")
TP_WAIT = tpid(J2, "Class booking", "Waitlist notifications")
TP_RET = tpid(J2, "Cancel membership", "Retention call")
TP_BOOK = tpid(J2, "Class booking", "Class booking in app")
TP_GX = tpid(J2, "Training in club", "Group exercise classes")
TP_DD = tpid(J2, "Billing and payments", "Monthly direct debit")
TP_GATES = tpid(J2, "Training in club", "Entry gates and access")
TP_GYM = tpid(J2, "Training in club", "Gym floor and equipment")
TP_SHOWER = tpid(J2, "Training in club", "Changing rooms and showers")
TP_PRICE = tpid(J2, "Billing and payments", "Price change notice")
TP_PTBUY = tpid(J2, "Personal training", "PT package purchase")
TP_DIRECTDEBIT_SETUP = tpid(J1, "Sign up", "Direct debit setup")
TP_FAILED = tpid(J2, "Billing and payments", "Failed payment and arrears")
TP_BILLSUP = tpid(J2, "Billing and payments", "Billing support")
TP_PIN = tpid(J1, "Sign up", "Welcome email and access PIN")


def build():
    dev, held = [], []

    def q(half, text, kind, sources=None, figures=None, abstain=False):
        d = {"question": text, "kind": kind}
        if abstain:
            d["abstain"] = True
        else:
            d["sources"] = sources
            d["figures"] = [str(x) for x in (figures or [])]
            d["abstain"] = False
        (dev if half == "dev" else held).append(d)

    # ---------------- pain_points
    q("dev", "whats the main gripes w cancelling rn", "pain_points",
      [TP_CANCEL, stid(J2, "Cancel membership"), "comment~cancel"])
    q("dev", "pain points at induciton booking?", "pain_points", [TP_IND_BOOK, "comment~induction"])
    q("held", "what do ppl hate about freezing their membership", "pain_points",
      [TP_FREEZE, stid(J2, "Freeze membership"), "comment~freeze"])
    q("held", "probs with the online join form??", "pain_points", [TP_JOINFORM, "comment~join", "comment~promo"])

    # ---------------- touchpoints
    q("dev", "what touchpoints are in the billing stage", "touchpoints",
      [stid(J2, "Billing and payments"), TP_DD, TP_FAILED, TP_PRICE, TP_BILLSUP],
      ["Monthly direct debit", "Failed payment and arrears", "Price change notice", "Billing support"])
    q("held", "touchpoints in sign up stage of joining?", "touchpoints",
      [stid(J1, "Sign up"), TP_JOINFORM, tpid(J1, "Sign up", "In-club sign-up"), TP_DIRECTDEBIT_SETUP, TP_PIN],
      ["Online join form", "In-club sign-up", "Direct debit setup", "Welcome email and access PIN"])

    # ---------------- owner
    q("dev", "who owns waitlist notifs", "owner", [TP_WAIT], ["Member App team"])
    q("dev", "which team looks after failed payments / arrears", "owner", [TP_FAILED], ["Credit Control"])
    q("held", "who's responsible for the retention call when ppl cancel", "owner", [TP_RET], ["Member Retention team"])
    q("held", "owner of induction booking?", "owner", [TP_IND_BOOK], ["Club Operations"])

    # ---------------- goal
    q("dev", "whats the customer goal at the sign up stage", "goal", [stid(J1, "Sign up")], [])
    q("held", "what is the member tryna achieve in the freeze stage", "goal",
      [stid(J2, "Freeze membership")], [])

    # ---------------- latest_kpi
    q("dev", "failed payment rate atm?", "latest_kpi", ["kpi~failed_payment_rate"], [fmt(latest("failed_payment_rate"))])
    q("dev", "induction completion rn", "latest_kpi", ["kpi~induction_completion_rate"],
      [fmt(latest("induction_completion_rate"))])
    q("held", "class booking error rate latest?", "latest_kpi", ["kpi~class_booking_error_rate"],
      [fmt(latest("class_booking_error_rate"))])
    q("held", "whats monthly churn at this week", "latest_kpi", ["kpi~monthly_churn_rate"],
      [fmt(latest("monthly_churn_rate"))])

    # ---------------- kpi_change
    d0 = "2026-09-07"
    ch = latest("nps") - val("nps", d0)
    q("dev", "how much has nps dropped since sept", "kpi_change", ["kpi~nps"], [fmt(abs(ch)), fmt(latest("nps"))])
    ch = latest("cancellation_confirmation_time") - val("cancellation_confirmation_time", d0)
    q("dev", "cancellation confirmation time - how much has it improved since the start of sept?", "kpi_change",
      ["kpi~cancellation_confirmation_time"], [fmt(abs(ch)), fmt(latest("cancellation_confirmation_time"))])
    ch = latest("online_join_conversion_rate") - val("online_join_conversion_rate", "2026-10-05")
    q("held", "online join conversion change since start of oct?", "kpi_change", ["kpi~online_join_conversion_rate"],
      [fmt(abs(ch)), fmt(latest("online_join_conversion_rate"))])
    ch = latest("induction_completion_rate") - val("induction_completion_rate", d0)
    q("held", "how far has induction completion fallen since sept", "kpi_change", ["kpi~induction_completion_rate"],
      [fmt(abs(ch)), fmt(latest("induction_completion_rate"))])

    # ---------------- kpi_window
    last4 = [v for _, v, _ in KP["failed_payment_rate"][-4:]]
    q("dev", "avg failed pymt rate over the last 4 weeks?", "kpi_window", ["kpi~failed_payment_rate"],
      [rhaz(sum(last4) / 4, 1)])
    nov = [v for d, v, _ in KP["class_booking_error_rate"] if d.startswith("2026-11")]
    q("held", "whats the highest the class booking error rate hit in nov", "kpi_window",
      ["kpi~class_booking_error_rate"], [fmt(max(nov))])
    octw = [v for d, v, _ in KP["billing_support_wait_time"] if d.startswith("2026-10")]
    q("held", "billing support wait time avg across october weeks?", "kpi_window", ["kpi~billing_support_wait_time"],
      [rhaz(sum(octw) / len(octw), 1)])

    # ---------------- comparison
    lic, tic = latest("induction_completion_rate"), KP["induction_completion_rate"][-1][2]
    q("dev", "is induction completion above or below target rn and by how much", "comparison",
      ["kpi~induction_completion_rate"], [fmt(lic), fmt(tic), fmt(tic - lic)])
    a, _ = nps(at(seg="Off-Peak"))
    b, _ = nps(at(seg="Premium"))
    q("held", "nps off-peak vs premium members, from the survey comments", "comparison",
      ["comment~4pm", "comment~priority"] + ids(seg="Off-Peak", stype="nps") + ids(seg="Premium", stype="nps"), [rhaz(a), rhaz(b)])
    lf, tf = latest("failed_payment_rate"), KP["failed_payment_rate"][-1][2]
    q("held", "failed payments vs target atm?", "comparison", ["kpi~failed_payment_rate"], [fmt(lf), fmt(tf)])

    # ---------------- ranking
    det = Counter(r["touchpoint"] for r in C if r["type"] == "nps" and r["score"] <= 6 and r["touchpoint"])
    top = det.most_common(4)
    assert top[0][1] > top[1][1] > top[2][1] > top[3][1], top
    q("dev", "which touchpoints get the most detractors in the nps survey? top 3", "ranking",
      [tpid(J2 if r["journey"] == "Membership lifecycle" else J1, r["stage"], r["touchpoint"])
       for tp, _ in top[:3] for r in [next(x for x in C if x["touchpoint"] == tp)]],
      [tp for tp, _ in top[:3]])
    clubs = sorted(((nps(at(club=cl))[0], cl) for cl in set(r["club"] for r in C if r["club"])))
    assert clubs[1][0] - clubs[0][0] >= 3, clubs
    worst = clubs[0]
    q("held", "which club has the worst nps in the survey comments since sept", "ranking",
      [TP_GYM] + ids(club=worst[1], stype="nps"), [worst[1].split()[0], rhaz(worst[0])])
    gaps = []
    for m, rows in KP.items():
        t = rows[-1][2]
        if t:
            gaps.append((abs(rows[-1][1] - t) / t, m))
    gaps.sort(reverse=True)
    assert gaps[0][1] == "class_booking_error_rate", gaps
    q("dev", "which kpi is furthest off its target rn", "ranking", ["kpi~class_booking_error_rate"],
      [fmt(latest("class_booking_error_rate"))])

    # ---------------- segment
    q("dev", "what are off peak members complaining about", "segment", [TP_GATES, "comment~4pm"] + ids({"offpeak_gates"}), ["4pm"])
    q("dev", "corporate members issues?", "segment", [TP_DIRECTDEBIT_SETUP] + ids({"corporate_discount"}), ["discount"])
    q("held", "premium members main moan atm", "segment", [TP_BOOK, "comment~priority"] + ids({"premium_priority"}), ["priority"])
    sv, sn = nps(at(seg="Student"))
    q("held", "how do students rate us - nps from the comments", "segment", [tpid(J1, "Sign up", "In-club sign-up"), "comment~student"] + ids(seg="Student", stype="nps"), [rhaz(sv)])

    # ---------------- derived_score
    v, _ = nps(at(tp="Cancellation request"))
    q("dev", "nps for cancellation requests from the survey comments?", "derived_score",
      [TP_CANCEL, "comment~cancel"], [rhaz(v)])
    v, _ = csat(at(tp="Induction session with a coach"))
    q("dev", "csat for induction sessions (% 4 or 5 in the pulse)", "derived_score", [TP_IND_SESS, "comment~induction"],
      [rhaz(v)])
    v, _ = nps(at(tp="Group exercise classes"))
    q("held", "whats the nps for group ex classes based on comments", "derived_score",
      [TP_GX, "comment~class"], [rhaz(v)])
    v, _ = nps(at(tp="Class booking in app"))
    q("held", "nps on class booking in the app?", "derived_score", [TP_BOOK, "comment~book"], [rhaz(v)])
    v, _ = nps(at(stage="Billing and payments"))
    q("dev", "billing and payments stage nps from comments", "derived_score",
      [stid(J2, "Billing and payments"), TP_DD, TP_BILLSUP, "comment~charged"], [rhaz(v)])

    # ---------------- themes
    q("dev", "main themes in billing feedback", "themes",
      [stid(J2, "Billing and payments"), TP_DD, TP_FAILED, TP_BILLSUP, "comment~charged", "comment~fee"])
    q("held", "recurring themes abt the gym floor + changing rooms", "themes",
      [TP_GYM, TP_SHOWER, "comment~broken", "comment~shower"])

    # ---------------- praise
    q("dev", "what do members love about us", "praise", [TP_GX, tpid(J2, "Training in club", "Front desk team"), "comment~class", "comment~instructor", "comment~staff"])
    q("held", "any good feedback on inductions?", "praise", [TP_IND_SESS, "comment~induction"])

    # ---------------- emerging
    q("dev", "anything new popping up in comments the last 3 weeks?", "emerging",
      [TP_BOOK, TP_WAIT, TP_DD] + ids({"app_bug_v52", "waitlist_notif", "double_dd"}))
    q("held", "new billing complaints since start of nov?", "emerging", [TP_DD] + ids({"double_dd"}))

    # ---------------- priority
    q("dev", "if we can only fix one thing in the member journey what shud it be", "priority",
      [TP_CANCEL, TP_BOOK, TP_DD, "comment~cancel", "kpi~class_booking_error_rate"]
      + ids({"app_bug_v52", "double_dd"}))
    q("held", "whats the first thing to fix in onboarding", "priority",
      [TP_IND_BOOK, "kpi~induction_completion_rate", "comment~induction"])

    # ---------------- paraphrase
    q("dev", "the bit where a coach shows new ppl round the machines on day one - hows it going", "paraphrase",
      [TP_IND_SESS, "comment~induction"])
    q("held", "feedback on the thing where u pause ur membership for a couple months", "paraphrase",
      [TP_FREEZE, "comment~freeze"])
    q("held", "how did the email telling ppl their monthly fee is going up land", "paraphrase",
      [TP_PRICE, "comment~price"])
    q("dev", "what are ppl saying about getting let in at the turnstiles", "paraphrase",
      [TP_GATES, "comment~gates"])

    # ---------------- abstain
    for t in ["whats puregym's nps rn", "churn target for 2027?", "how many PTs do we employ at leeds",
              "share price after the q3 results?", "kids swim lessons journey - main pain points?",
              "nps from over 65s members"]:
        q("dev", t, "abstain", abstain=True)
    for t in ["revenue from PT last quarter", "avg salary for a club manager", "the gym group's cancellation rate?",
              "forecast for jan new year sign ups", "what do family / junior memberships think of the app",
              "ridgeline at home online subscription churn?"]:
        q("held", t, "abstain", abstain=True)
    return dev, held


if __name__ == "__main__":
    if "--stats" in sys.argv:
        stats()
        sys.exit()
    dev, held = build()
    for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
        with open(BASE / name, "w") as f:
            f.write(f"# Ridgeline Fitness - {name[:-5]} half. Generated by scripts/questions.py\n")
            yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=120)
    for name, qs in (("dev", dev), ("held", held)):
        print(name, len(qs), dict(Counter(x["kind"] for x in qs)))
