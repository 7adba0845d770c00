#!/usr/bin/env python3
"""Generate the homesecurity evaluation base: maps, comments, KPIs, dev/heldout questions, README.

stdlib + PyYAML only; fixed seed. Run:  python3 scripts/build.py  (from anywhere).
Every expected figure in the question files is computed from the generated data.
"""
import csv
import datetime as dt
import json
import os
import random
import re
from decimal import Decimal, ROUND_HALF_UP

import yaml

SEED = 20260817
rng = random.Random(SEED)

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, "knowledge")
for sub in ("maps", "comments", "kpis"):
    os.makedirs(os.path.join(K, sub), exist_ok=True)

WEEKS = [dt.date(2026, 6, 1) + dt.timedelta(days=7 * i) for i in range(12)]
EMERGING_FROM = 9  # last three weeks: 9, 10, 11


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def r1(x):
    return str(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def r0(x):
    return str(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def mean(xs):
    return sum(xs) / len(xs)


# --------------------------------------------------------------------------- maps
QJ = {
    "id": "quote-to-installation",
    "name": "Quote to installation",
    "persona": "Homeowner buying a monitored alarm for the first time",
    "owner": "Sales and Installations",
    "updated": "2026-08-20",
    "description": "From the first quote request, through the home survey and contract, to an engineer "
                   "installing the alarm and the system going live with monitoring.",
    "stages": [
        {"name": "Enquiry", "goal": "Get a no-obligation quote request in with one form or one call",
         "emotion": 0,
         "pain_points": ["Customers are unsure which package they need before anyone has seen the house"],
         "touchpoints": [
             {"name": "Website quote form", "channel": "web", "owner": "Digital Marketing",
              "description": "Online form asking for postcode, property type and what the customer wants protected.",
              "emotion": 0, "metrics": ["quote_conversion_rate"],
              "pain_points": ["Form asks for too much detail up front", "No instant price indication"]},
             {"name": "Phone enquiry line", "channel": "phone", "owner": "Sales Desk",
              "description": "Inbound sales line that takes enquiries and books surveys.", "emotion": 1,
              "pain_points": ["Queues at lunchtime and early evening"]},
         ]},
        {"name": "Home survey", "goal": "Assess the property and agree a system design the customer trusts",
         "emotion": 0,
         "pain_points": ["Survey and quote feel slow compared with online-only competitors"],
         "touchpoints": [
             {"name": "Survey booking", "channel": "phone", "owner": "Scheduling team",
              "description": "Agent books a surveyor visit slot with the customer.", "emotion": 0,
              "pain_points": ["Morning or afternoon windows only"]},
             {"name": "Surveyor home visit", "channel": "in-person", "owner": "Field Survey team",
              "description": "A surveyor walks the property, checks entry points and designs the sensor layout.",
              "emotion": -1,
              "pain_points": ["Surveyor arrives late or outside the booked window",
                              "Extra sensors and cameras pushed too hard"]},
             {"name": "Written quote", "channel": "email", "owner": "Sales Desk",
              "description": "PDF quote with equipment, installation price and monitoring fee.", "emotion": -1,
              "metrics": ["quote_conversion_rate"],
              "pain_points": ["Quote takes several days to arrive after the survey",
                              "Monitoring fees and line items hard to understand"]},
         ]},
        {"name": "Contract and payment", "goal": "Sign the contract and pay the deposit without friction",
         "emotion": 1,
         "touchpoints": [
             {"name": "E-signature contract", "channel": "web", "owner": "Sales Operations",
              "description": "Contract sent for electronic signature, including the monitoring term.", "emotion": 1,
              "pain_points": ["Minimum monitoring term not obvious until signing"]},
             {"name": "Deposit payment", "channel": "web", "owner": "Finance Operations",
              "description": "Card payment of the installation deposit.", "emotion": 0,
              "pain_points": ["Payment page times out on mobile"]},
         ]},
        {"name": "Installation", "goal": "Install the whole system in one visit on the agreed day",
         "emotion": -1,
         "pain_points": ["Install dates move after the customer has booked time off"],
         "touchpoints": [
             {"name": "Install scheduling", "channel": "phone", "owner": "Scheduling team",
              "description": "Booking, confirming and (too often) moving the installation appointment.",
              "emotion": -2, "metrics": ["install_reschedule_rate", "survey_to_install_days"],
              "pain_points": ["Install dates rescheduled at short notice",
                              "All-day arrival windows mean a day off work",
                              "No proactive update when the engineer is running late"]},
             {"name": "Engineer install day", "channel": "in-person", "owner": "Installations team",
              "description": "Engineer fits the panel, sensors, sirens and cameras and tests every zone.",
              "emotion": 2, "pain_points": ["Large installs sometimes run into a second day"]},
             {"name": "System handover demo", "channel": "in-person", "owner": "Installations team",
              "description": "Engineer shows the customer how to arm, disarm, set codes and use the app.",
              "emotion": 1, "pain_points": ["Demo rushed at the end of a long install"]},
         ]},
        {"name": "Activation", "goal": "System live and connected to monitoring within 24 hours of install",
         "emotion": 1,
         "touchpoints": [
             {"name": "Monitoring activation call", "channel": "phone", "owner": "Alarm Receiving Centre",
              "description": "ARC calls to confirm keyholders, passwords and a test signal.", "emotion": 1,
              "metrics": ["activation_within_24h_rate"],
              "pain_points": ["Call comes at inconvenient times"]},
             {"name": "App setup", "channel": "app", "owner": "Digital Product team",
              "description": "Customer downloads the app, pairs it to the panel and invites family members.",
              "emotion": 0, "pain_points": ["Pairing code expires too quickly"]},
         ]},
    ],
}

MJ = {
    "id": "monitoring-and-service",
    "name": "Monitoring and service",
    "persona": "Existing monitored-alarm customer",
    "owner": "Customer Operations",
    "updated": "2026-08-20",
    "description": "Life as a monitored customer: everyday arming, alarm events handled by the alarm receiving "
                   "centre, annual maintenance visits, billing and renewal.",
    "stages": [
        {"name": "Everyday monitoring", "goal": "Customers trust the system and arm it without thinking",
         "emotion": 1,
         "touchpoints": [
             {"name": "Mobile app", "channel": "app", "owner": "Digital Product team",
              "description": "Arm and disarm remotely, see event history and receive push alerts.", "emotion": 1,
              "metrics": ["app_notification_failure_rate"],
              "pain_points": ["Event history hard to filter"]},
             {"name": "Keypad and key fobs", "channel": "device", "owner": "Hardware team",
              "description": "Panel keypad and key fobs used to arm and disarm at home.", "emotion": 0,
              "pain_points": ["Fob batteries die without warning"]},
         ]},
        {"name": "Alarm events", "goal": "Every alarm is verified and the customer or keyholder reached fast",
         "emotion": -1,
         "pain_points": ["Customers feel alone in the minutes after the siren goes off"],
         "touchpoints": [
             {"name": "Alarm receiving centre call", "channel": "phone", "owner": "ARC Operations",
              "description": "ARC operator calls the customer to verify an activation and decide on next steps.",
              "emotion": -2, "metrics": ["alarm_response_time"],
              "pain_points": ["Customers wait too long for the call after an activation",
                              "Operators repeat questions already answered"]},
             {"name": "Keyholder escalation", "channel": "phone", "owner": "ARC Team Leaders",
              "description": "If the customer cannot be reached the ARC works down the keyholder list.",
              "emotion": -1, "pain_points": ["Keyholder lists are out of date"]},
             {"name": "False alarm follow-up", "channel": "email", "owner": "Customer Care",
              "description": "Email after a false alarm with causes and tips to avoid another one.",
              "emotion": 0, "metrics": ["false_alarm_rate"],
              "pain_points": ["Follow-up feels like a telling-off"]},
         ]},
        {"name": "Maintenance visits", "goal": "Every system serviced once a year and faults fixed first time",
         "emotion": 0,
         "pain_points": ["Visits are hard to arrange for rented properties"],
         "touchpoints": [
             {"name": "Annual service booking", "channel": "web", "owner": "Service Scheduling",
              "description": "Customer books the yearly service visit online or by phone after a reminder.",
              "emotion": -1,
              "pain_points": ["No service slots for several weeks",
                              "Reminder arrives after the service is already overdue"]},
             {"name": "Maintenance engineer visit", "channel": "in-person", "owner": "Field Service",
              "description": "Engineer services the panel, tests sensors and fixes any faults.", "emotion": 1,
              "metrics": ["first_time_fix_rate", "maintenance_visit_completion_rate"],
              "pain_points": ["Tenants not told about the visit, so the engineer cannot get in"]},
             {"name": "Battery replacement kit", "channel": "post", "owner": "Logistics",
              "description": "Self-fit replacement batteries posted when a sensor reports low battery.",
              "emotion": 2, "pain_points": []},
         ]},
        {"name": "Billing and account", "goal": "Bills are right first time and account changes take one contact",
         "emotion": 0,
         "touchpoints": [
             {"name": "Monthly invoice", "channel": "email", "owner": "Billing team",
              "description": "Monthly monitoring fee invoice and direct debit notice.", "emotion": 0,
              "pain_points": ["Price rises not explained"]},
             {"name": "Account changes", "channel": "phone", "owner": "Customer Care",
              "description": "Changing keyholders, passwords, address or payment details.", "emotion": -1,
              "pain_points": ["Security checks take a long time on the phone"]},
         ]},
        {"name": "Renewal", "goal": "Keep customers at contract end with a fair renewal offer", "emotion": 0,
         "touchpoints": [
             {"name": "Renewal call", "channel": "phone", "owner": "Retention team",
              "description": "Outbound call before the end of the minimum term with a renewal offer.",
              "emotion": 0, "metrics": ["monthly_churn_rate"],
              "pain_points": ["New customers get better deals than loyal ones"]},
             {"name": "Cancellation request", "channel": "web", "owner": "Retention team",
              "description": "Online request to cancel monitoring at the end of the term.", "emotion": -1,
              "pain_points": ["Cancelling needs a phone call despite the web form"]},
         ]},
    ],
}

with open(os.path.join(K, "maps", "quote-to-installation.yaml"), "w") as f:
    yaml.safe_dump(QJ, f, sort_keys=False, allow_unicode=True, width=110)
with open(os.path.join(K, "maps", "monitoring-and-service.json"), "w") as f:
    json.dump(MJ, f, indent=2)


def tp_index(j):
    out = {}
    for st in j["stages"]:
        for tp in st["touchpoints"]:
            out[tp["name"]] = (st["name"], tp)
    return out


QTP = tp_index(QJ)
MTP = tp_index(MJ)


def tp_id(j, tp_name):
    st = tp_index(j)[tp_name][0]
    return "touchpoint:%s/%s/%s" % (j["id"], slug(st), slug(tp_name))


def st_id(j, st_name):
    return "stage:%s/%s" % (j["id"], slug(st_name))


# --------------------------------------------------------------------------- comment texts
T = {  # touchpoint -> sentiment -> phrases
    "Website quote form": {
        "pos": ["Quote form online was quick to fill in", "Easy online form, got a callback the same day",
                "Liked that I could ask for a quote online at night"],
        "neu": ["Online form was fine, bit long", "Filled in the web form, ok I suppose"],
        "neg": ["The online form wanted my whole life story before giving any price",
                "Website form asked loads of questions and still no price",
                "Web form crashed twice on my phone"]},
    "Phone enquiry line": {
        "pos": ["Sales lady on the phone was really helpful", "Rang up and got sensible advice, no hard sell"],
        "neu": ["Phone call was ok, had to hold a few minutes", "Spoke to sales, answered my questions"],
        "neg": ["Held on the sales line for 20 minutes at lunchtime", "Phone line queue was ridiculous"]},
    "Survey booking": {
        "pos": ["Survey was booked within a couple of days", "Booking the survey was easy"],
        "neu": ["Survey slot was fine, only morning or afternoon choices", "Booking ok"],
        "neg": ["Could only get a half-day window for the survey", "Took a week to get a survey slot"]},
    "Surveyor home visit": {
        "pos": ["Surveyor knew his stuff and explained every sensor", "Surveyor was thorough and not pushy"],
        "neu": ["Survey took about an hour, fine", "Surveyor was ok, a bit rushed"],
        "neg": ["Surveyor turned up two hours late", "Surveyor kept pushing extra cameras I didn't want",
                "Surveyor was late and then tried to upsell me", "Pushy upsell during the survey, put me off"]},
    "Written quote": {
        "pos": ["Quote was clear and arrived next day", "Written quote easy to understand"],
        "neu": ["Quote arrived, price is what it is", "Quote fine, a bit pricier than expected"],
        "neg": ["Quote took a week to arrive after the survey", "Couldn't make sense of the monitoring fees on the quote",
                "Waited days for the quote, nearly went elsewhere", "Quote line items were confusing"]},
    "E-signature contract": {
        "pos": ["Signing online was painless", "E-sign contract took two minutes"],
        "neu": ["Contract fine", "Signed the contract online, nothing special"],
        "neg": ["Didn't realise the 3 year monitoring term until I signed"]},
    "Deposit payment": {
        "pos": ["Paying the deposit was simple", "Deposit payment quick"],
        "neu": ["Paid the deposit, fine"],
        "neg": ["Payment page timed out on my phone twice"]},
    "Install scheduling": {
        "pos": ["Install date was booked quickly and kept"],
        "neu": ["Install date ok but only an all-day slot", "Got an install date, took a while"],
        "neg": ["Install was rescheduled twice, I'd booked the day off work",
                "They rescheduled my install the night before",
                "Waited in all day and the install was rescheduled without a call",
                "Install date moved three times, shambles",
                "Rescheduled again, third time now",
                "All day window then a text saying the install was rescheduled",
                "Nobody told me the engineer wasn't coming, install rescheduled",
                "Booking the install was a nightmare, dates kept moving"]},
    "Engineer install day": {
        "pos": ["The engineer was brilliant, tidy and explained everything",
                "Engineer was so tidy, you'd never know he'd drilled anything",
                "Fantastic engineer, friendly and professional on install day",
                "Install engineer cleaned up after himself and tested every sensor",
                "Really tidy install, engineer took his time",
                "Engineer was polite, tidy and finished early"],
        "neu": ["Install took most of the day, engineer fine"],
        "neg": ["Install ran over into a second day"]},
    "System handover demo": {
        "pos": ["Engineer showed us how to use it properly", "Handover demo was really clear"],
        "neu": ["Demo was ok, bit quick", "Showed us the basics"],
        "neg": ["Demo was rushed, still not sure how to set part arm"]},
    "Monitoring activation call": {
        "pos": ["Activation call was quick and reassuring", "Centre called to test the system, very professional"],
        "neu": ["Got the activation call, fine"],
        "neg": ["Activation call came at 10pm"]},
    "App setup": {
        "pos": ["App paired first time", "Setting up the app was easy"],
        "neu": ["App setup ok once I found the code"],
        "neg": ["Pairing code kept expiring during app setup", "Couldn't get the app to pair with the panel"]},
    # monitoring journey
    "Mobile app": {
        "pos": ["Love being able to arm from the app", "App is easy to use, set it from work",
                "App works well, event history is handy"],
        "neu": ["App is ok", "App fine, bit clunky"],
        "neg": ["Event history in the app is hard to search"]},
    "Mobile app (emerging)": {
        "pos": [],
        "neu": ["Push notification came through late when the alarm went off"],
        "neg": ["Since the latest update I'm not getting push notifications when the alarm is set off",
                "Alarm went off and the app notification arrived 40 minutes later",
                "No notification at all on my phone when the siren sounded",
                "Push notifications stopped working after the app update",
                "App notifications are delayed since last week, what's the point",
                "Didn't get a notification when my daughter disarmed it, used to work"]},
    "Keypad and key fobs": {
        "pos": ["Key fobs are handy", "Keypad is simple to use"],
        "neu": ["Keypad fine"],
        "neg": ["Fob battery died with no warning and I couldn't disarm"]},
    "Alarm receiving centre call": {
        "pos": ["Centre called within a minute, very reassuring"],
        "neu": ["Got a call from the centre after a while"],
        "neg": ["Alarm went off and it took ages for the centre to call me",
                "Waited over 5 minutes for the monitoring centre to ring",
                "Kept on hold when I called the centre during an alarm",
                "Centre called far too slowly, I'd already checked the house myself",
                "Operator asked the same questions twice, took ages",
                "Slow response from the alarm centre, not what I pay for"]},
    "Keyholder escalation": {
        "pos": ["They got hold of my neighbour quickly as keyholder"],
        "neu": ["Keyholder was called, fine"],
        "neg": ["They rang an old keyholder who moved years ago", "Keyholder list was out of date, no one told us"]},
    "False alarm follow-up": {
        "pos": ["Helpful email explaining the false alarm"],
        "neu": ["Got an email about the false alarm"],
        "neg": ["False alarm email felt like a telling off"]},
    "Annual service booking": {
        "pos": ["Service booked online easily"],
        "neu": ["Booked the service, next slot a few weeks away"],
        "neg": ["No service slots for six weeks", "Reminder came after my service was already overdue",
                "Tried to book the annual service, nothing available for weeks",
                "Service booking site had no slots at all"]},
    "Maintenance engineer visit": {
        "pos": ["Engineer fixed the faulty sensor first time", "Service engineer was quick and thorough",
                "Annual service done in 40 minutes, great engineer"],
        "neu": ["Service visit fine"],
        "neg": ["Engineer had to come back, didn't have the part"]},
    "Maintenance engineer visit (landlord)": {
        "pos": [],
        "neu": ["Visit at my rental eventually happened"],
        "neg": ["Nobody told my tenant about the visit so the engineer couldn't get in",
                "Service at my rental property cancelled, tenant wasn't contacted",
                "As a landlord I had to arrange access myself three times",
                "Engineer turned up unannounced at my tenant's flat",
                "Wasted visit to my let property, no access arranged",
                "Maintenance visits for rental properties are a mess"]},
    "Battery replacement kit": {
        "pos": ["Battery kit arrived next day, easy to fit", "Love the battery kit in the post, so easy",
                "Replacement batteries came quickly with clear instructions",
                "Great that batteries just turn up before they die"],
        "neu": ["Battery kit arrived"],
        "neg": ["Battery kit was missing the right size"]},
    "Monthly invoice": {
        "pos": ["Bills are clear"],
        "neu": ["Invoice fine"],
        "neg": ["Price went up with no explanation", "Monitoring fee rose again"]},
    "Account changes": {
        "pos": ["Changed my keyholders in one call"],
        "neu": ["Updated my details, took a while"],
        "neg": ["Security checks on the phone took forever just to change a password"]},
    "Renewal call": {
        "pos": ["Renewal offer was fair"],
        "neu": ["Renewal call fine"],
        "neg": ["New customers get a better price than me after 5 years", "Renewal price was a joke"]},
    "Cancellation request": {
        "pos": ["Cancelled online with no fuss"],
        "neu": ["Cancellation processed"],
        "neg": ["Filled in the web form and still had to phone to cancel", "Cancelling was made deliberately hard"]},
}

OPEN = ["", "", "", "Honestly, ", "Tbh ", "Overall ", "Just to say, ", ""]
CLOSE = {"pos": ["", "", ".", "!", ". Thanks", ". Would recommend"],
         "neu": ["", "", ".", ". Fine I guess"],
         "neg": ["", "", ".", "!", ". Not impressed", ". Please sort it out"]}

# weights: touchpoint -> (count, (pos, neu, neg))
QW = {
    "Website quote form": (14, (.45, .3, .25)), "Phone enquiry line": (12, (.5, .3, .2)),
    "Survey booking": (12, (.4, .35, .25)), "Surveyor home visit": (20, (.25, .25, .5)),
    "Written quote": (20, (.2, .3, .5)), "E-signature contract": (10, (.55, .3, .15)),
    "Deposit payment": (9, (.5, .35, .15)), "Install scheduling": (32, (.06, .12, .82)),
    "Engineer install day": (30, (.87, .1, .03)), "System handover demo": (14, (.6, .25, .15)),
    "Monitoring activation call": (12, (.55, .3, .15)), "App setup": (10, (.45, .3, .25)),
}
MW = {
    "Mobile app": (14, (.6, .3, .1)), "Keypad and key fobs": (10, (.5, .3, .2)),
    "Alarm receiving centre call": (30, (.08, .2, .72)), "Keyholder escalation": (10, (.25, .3, .45)),
    "False alarm follow-up": (10, (.35, .35, .3)), "Annual service booking": (22, (.15, .25, .6)),
    "Maintenance engineer visit": (32, (.75, .15, .1)), "Battery replacement kit": (18, (.85, .1, .05)),
    "Monthly invoice": (12, (.4, .35, .25)), "Account changes": (10, (.35, .35, .3)),
    "Renewal call": (10, (.3, .35, .35)), "Cancellation request": (8, (.15, .3, .55)),
}
EMERGING_N = 16
SEGMENTS = ["Homeowner", "Landlord", "Small business"]


def pick_sent(p):
    x = rng.random()
    return "pos" if x < p[0] else ("neu" if x < p[0] + p[1] else "neg")


def nps_score(s):
    return {"pos": rng.choice([9, 10, 10]), "neu": rng.choice([7, 8]),
            "neg": rng.choice([0, 1, 2, 3, 4, 4, 5, 5, 6, 6])}[s]


def csat_score(s):
    return {"pos": rng.choice([4, 5, 5]), "neu": 3, "neg": rng.choice([1, 1, 2])}[s]


def label_nps(v):
    return "positive" if v >= 9 else ("neutral" if v >= 7 else "negative")


def label_csat(v):
    return "positive" if v >= 4 else ("neutral" if v == 3 else "negative")


used_texts = set()


def make_text(key, sent):
    pool = T[key][sent] or T[key]["neg"]
    for _ in range(60):
        o, body = rng.choice(OPEN), rng.choice(pool)
        if o:
            body = body[0].lower() + body[1:] if not body.startswith(("I ", "I'")) else body
        t = o + body + rng.choice(CLOSE[sent if T[key][sent] else "neg"])
        t = t[0].upper() + t[1:]
        if t not in used_texts:
            used_texts.add(t)
            return t
    t = rng.choice(pool) + " (week %d)" % rng.randint(1, 99)
    used_texts.add(t)
    return t


def rand_dt(week_i):
    d = WEEKS[week_i] + dt.timedelta(days=rng.randint(0, 6))
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 21), rng.randint(0, 59))


# ---- quote journey comments (canonical columns, NPS)
qrows = []
for tpn, (n, p) in QW.items():
    stn = QTP[tpn][0]
    ch = QTP[tpn][1]["channel"]
    for _ in range(n):
        seg = rng.choices(SEGMENTS, [0.62, 0.18, 0.20])[0]
        s = pick_sent(p)
        sc = nps_score(s)
        qrows.append({"date": rand_dt(rng.randrange(12)), "stage": stn, "touchpoint": tpn, "channel": ch,
                      "score": sc, "segment": seg, "comment": make_text(tpn, s), "sentiment": label_nps(sc)})
# PII rows (still about real touchpoints)
qrows.append({"date": rand_dt(4), "stage": "Installation", "touchpoint": "Install scheduling", "channel": "phone",
              "score": 2, "segment": "Homeowner", "sentiment": "negative",
              "comment": "Install rescheduled again, call me back on 07700 900457 please"})
qrows.append({"date": rand_dt(7), "stage": "Home survey", "touchpoint": "Written quote", "channel": "email",
              "score": 5, "segment": "Small business", "sentiment": "negative",
              "comment": "Still waiting on the quote, email me at dan.hughes@example.co.uk"})
qrows.sort(key=lambda r: r["date"])
for i, r in enumerate(qrows):
    r["id"] = "HS-Q-%04d" % (i + 1)
    r["customer"] = "C%05d" % rng.randint(10000, 99999)
Q_JUNK = ["", "...", "?!", "-"]

with open(os.path.join(K, "comments", "install_nps_survey.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
                "customer", "sentiment", "comment"])
    rows_out = [[r["id"], r["date"].date().isoformat(), QJ["name"], r["stage"], r["touchpoint"], r["channel"],
                 r["score"], "nps", r["segment"], r["customer"], r["sentiment"], r["comment"]] for r in qrows]
    for k, j in enumerate(Q_JUNK):
        pos = rng.randrange(len(rows_out))
        rows_out.insert(pos, ["HS-Q-J%02d" % (k + 1), WEEKS[rng.randrange(12)].isoformat(), QJ["name"], "", "", "",
                              "", "nps", "", "", "", j])
    w.writerows(rows_out)

# ---- monitoring journey comments (vendor export, CSAT)
mrows = []
for tpn, (n, p) in MW.items():
    stn = MTP[tpn][0]
    ch = MTP[tpn][1]["channel"]
    for _ in range(n):
        if stn == "Maintenance visits":
            seg = rng.choices(SEGMENTS, [0.5, 0.35, 0.15])[0]
        else:
            seg = rng.choices(SEGMENTS, [0.62, 0.18, 0.20])[0]
        week = rng.randrange(EMERGING_FROM) if tpn == "Mobile app" else rng.randrange(12)
        key = tpn
        pp = p
        if stn == "Maintenance visits" and seg == "Landlord" and tpn != "Battery replacement kit":
            pp = (0.0, 0.1, 0.9)
            if tpn == "Maintenance engineer visit":
                key = "Maintenance engineer visit (landlord)"
        s = pick_sent(pp)
        sc = csat_score(s)
        mrows.append({"date": rand_dt(week), "stage": stn, "touchpoint": tpn, "channel": ch, "score": sc,
                      "segment": seg, "comment": make_text(key, s), "sentiment": label_csat(sc)})
for _ in range(EMERGING_N):
    s = pick_sent((0.0, 0.12, 0.88))
    sc = csat_score(s)
    mrows.append({"date": rand_dt(rng.randrange(EMERGING_FROM, 12)), "stage": "Everyday monitoring",
                  "touchpoint": "Mobile app", "channel": "app", "score": sc,
                  "segment": rng.choices(SEGMENTS, [0.62, 0.18, 0.20])[0],
                  "comment": make_text("Mobile app (emerging)", s), "sentiment": label_csat(sc), "emerging": True})
mrows.append({"date": rand_dt(10), "stage": "Alarm events", "touchpoint": "Alarm receiving centre call",
              "channel": "phone", "score": 1, "segment": "Small business", "sentiment": "negative",
              "comment": "Alarm at the shop and nobody rang for ages. Ring me on +44 7700 900812"})
mrows.sort(key=lambda r: r["date"])
for i, r in enumerate(mrows):
    r["id"] = "QX-%05d" % (20001 + i)
    r["customer"] = "ACC-%06d" % rng.randint(100000, 999999)
M_JUNK = ["", "....", "!!!"]

with open(os.path.join(K, "comments", "ops_feedback_export.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Submitted At", "Journey Name", "Journey Step", "Contact Point", "Channel Used",
                "CSAT Rating", "Rating Type", "Customer Type", "Account Ref", "Sentiment Label", "Feedback Text"])
    rows_out = [[r["id"], r["date"].strftime("%d/%m/%Y %H:%M"), MJ["name"], r["stage"], r["touchpoint"],
                 r["channel"], r["score"], "csat", r["segment"], r["customer"], r["sentiment"], r["comment"]]
                for r in mrows]
    for k, j in enumerate(M_JUNK):
        pos = rng.randrange(len(rows_out))
        rows_out.insert(pos, ["QX-J%02d" % (k + 1), WEEKS[rng.randrange(12)].strftime("%d/%m/%Y 09:00"),
                              MJ["name"], "", "", "", "", "csat", "", "", "", j])
    w.writerows(rows_out)

with open(os.path.join(K, "comments", "ops_feedback_export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M", "columns": {
        "id": "Response ID", "date": "Submitted At", "journey": "Journey Name", "stage": "Journey Step",
        "touchpoint": "Contact Point", "channel": "Channel Used", "score": "CSAT Rating",
        "score_type": "Rating Type", "segment": "Customer Type", "customer": "Account Ref",
        "comment": "Feedback Text"}}, f, sort_keys=False)

# --------------------------------------------------------------------------- KPIs
KPI_DEF = []  # (metric, journey, stage, touchpoint, unit, target, hib, values)


def series(fn, noise):
    return [round(fn(i) + rng.uniform(-noise, noise), 1) for i in range(12)]


KPI_DEF += [
    ("quote_conversion_rate", QJ["name"], "Home survey", "Written quote", "%", 35, True,
     series(lambda i: 32.5, 1.2)),
    ("install_reschedule_rate", QJ["name"], "Installation", "Install scheduling", "%", 8, False,
     series(lambda i: 17.0 + 0.15 * i, 0.8)),
    ("survey_to_install_days", QJ["name"], "Installation", "Install scheduling", "days", 10, False,
     series(lambda i: 14.0, 0.9)),
    ("activation_within_24h_rate", QJ["name"], "Activation", "Monitoring activation call", "%", 95, True,
     series(lambda i: 93.0, 1.0)),
    ("nps", QJ["name"], "", "", "score", 45, True, series(lambda i: 40.0, 2.0)),
    ("csat", QJ["name"], "", "", "%", 85, True, series(lambda i: 84.0, 1.0)),
    ("csat", MJ["name"], "", "", "%", 85, True, series(lambda i: 78.0 - 0.45 * i, 0.6)),
    ("first_time_fix_rate", MJ["name"], "Maintenance visits", "Maintenance engineer visit", "%", 85, True,
     series(lambda i: 71.0 + 1.5 * i, 0.7)),
    ("maintenance_visit_completion_rate", MJ["name"], "Maintenance visits", "Maintenance engineer visit", "%", 95,
     True, series(lambda i: 90.0, 1.0)),
    ("alarm_response_time", MJ["name"], "Alarm events", "Alarm receiving centre call", "s", 30, False,
     series(lambda i: 29.0 + 2.1 * i, 0.8)),
    ("false_alarm_rate", MJ["name"], "Alarm events", "False alarm follow-up", "%", 5, False,
     series(lambda i: 6.6, 0.4)),
    ("app_notification_failure_rate", MJ["name"], "Everyday monitoring", "Mobile app", "%", 1, False,
     [round(0.5 + rng.uniform(-0.15, 0.15), 1) for _ in range(EMERGING_FROM)] + [3.8, 6.2, 7.9]),
    ("monthly_churn_rate", MJ["name"], "Renewal", "Renewal call", "%", 1.0, False,
     series(lambda i: 1.3, 0.1)),
]
kpi_rows = 0
with open(os.path.join(K, "kpis", "weekly_kpis.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"])
    for i, wk in enumerate(WEEKS):
        for (m, j, st, tp, u, tg, hib, vals) in KPI_DEF:
            w.writerow([wk.isoformat(), j, st, tp, m, vals[i], tg, u, "true" if hib else "false"])
            kpi_rows += 1


def kv(metric, journey=None):
    for (m, j, st, tp, u, tg, hib, vals) in KPI_DEF:
        if m == metric and (journey is None or j == journey):
            return vals, tg
    raise KeyError(metric)


# --------------------------------------------------------------------------- computed figures
def nps_of(rows):
    n = len(rows)
    pro = sum(1 for r in rows if r["score"] >= 9)
    det = sum(1 for r in rows if r["score"] <= 6)
    return 100.0 * (pro - det) / n


def avg_score(rows):
    return mean([r["score"] for r in rows])


def by(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


q_tp = by(qrows, "touchpoint")
m_tp = by(mrows, "touchpoint")
m_st = by(mrows, "stage")

# ranking: bottom 3 touchpoints by average NPS score in the install survey
q_tp_avg = sorted(((avg_score(v), k) for k, v in q_tp.items()), key=lambda x: x[0])
bottom3_q = [k for _, k in q_tp_avg[:3]]
# ranking: monitoring stage with lowest avg csat
m_st_avg = sorted(((avg_score(v), k) for k, v in m_st.items()), key=lambda x: x[0])
worst_m_stage = m_st_avg[0][1]
# ranking: touchpoint with most negative comments overall
neg_counts = {}
for r in qrows + mrows:
    if r["sentiment"] == "negative":
        neg_counts[r["touchpoint"]] = neg_counts.get(r["touchpoint"], 0) + 1
most_neg = sorted(neg_counts.items(), key=lambda x: -x[1])
assert most_neg[0][1] > most_neg[1][1]
most_neg_tp, most_neg_n = most_neg[0]

# segment
maint = m_st["Maintenance visits"]
maint_seg = {k: avg_score(v) for k, v in by(maint, "segment").items()}
worst_seg = min(maint_seg, key=maint_seg.get)
assert worst_seg == "Landlord"
mev = m_tp["Maintenance engineer visit"]
mev_seg = {k: avg_score(v) for k, v in by(mev, "segment").items()}
alarm = m_st["Alarm events"]
alarm_seg = {k: avg_score(v) for k, v in by(alarm, "segment").items()}
q_seg_nps = {k: nps_of(v) for k, v in by(qrows, "segment").items()}

# derived
nps_q_all = nps_of(qrows)
nps_install_day = nps_of(q_tp["Engineer install day"])
maint_sat_share = 100.0 * sum(1 for r in maint if r["score"] >= 4) / len(maint)

# praise
q_tp_best = max(((avg_score(v), k) for k, v in q_tp.items()), key=lambda x: x[0])[1]
m_tp_best = max(((avg_score(v), k) for k, v in m_tp.items()), key=lambda x: x[0])[1]
assert q_tp_best == "Engineer install day", q_tp_best
assert m_tp_best == "Battery replacement kit", m_tp_best

emerging_rows = [r for r in mrows if "notification" in r["comment"].lower()]
assert all(WEEKS.index(r["date"].date() - dt.timedelta(days=r["date"].weekday())) >= EMERGING_FROM
           for r in emerging_rows)

art, art_tg = kv("alarm_response_time")
ftf, ftf_tg = kv("first_time_fix_rate")
irr, _ = kv("install_reschedule_rate")
churn, _ = kv("monthly_churn_rate")
csat_q, _ = kv("csat", QJ["name"])
csat_m, _ = kv("csat", MJ["name"])
far, _ = kv("false_alarm_rate")
anf, _ = kv("app_notification_failure_rate")
s2i, s2i_tg = kv("survey_to_install_days")

# --------------------------------------------------------------------------- questions
Qs = []


def q(kind, text, sources=None, figures=None, abstain=False):
    d = {"question": text, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources
        d["figures"] = [str(x) for x in (figures or [])]
        d["abstain"] = False
    Qs.append(d)


def TQ(n):
    return tp_id(QJ, n)


def TM(n):
    return tp_id(MJ, n)


# pain_points
q("pain_points", "whats going wrong with install scheduling? lots of moans", [TQ("Install scheduling"), "comment~rescheduled"])
q("pain_points", "main pain points at the survey visit stage pls", [st_id(QJ, "Home survey"), TQ("Surveyor home visit"), TQ("Written quote"), "comment~surveyor"])
q("pain_points", "why r customers unhappy booking their annual service", [TM("Annual service booking"), "comment~slots"])
# touchpoints
q("touchpoints", "what touchpoints do we have in the installation stage",
  [st_id(QJ, "Installation"), TQ("Install scheduling"), TQ("Engineer install day")],
  ["Install scheduling", "Engineer install day", "System handover demo"])
q("touchpoints", "list the touchpoints under alarm events",
  [st_id(MJ, "Alarm events"), TM("Alarm receiving centre call")],
  ["Alarm receiving centre call", "Keyholder escalation", "False alarm follow-up"])
q("touchpoints", "which touchpoints r in maintenance visits?",
  [st_id(MJ, "Maintenance visits"), TM("Maintenance engineer visit")],
  ["Annual service booking", "Maintenance engineer visit", "Battery replacement kit"])
# owner
q("owner", "who owns keyholder escalation", [TM("Keyholder escalation")], ["ARC Team Leaders"])
q("owner", "which team is responsible for the written quote?", [TQ("Written quote")], ["Sales Desk"])
q("owner", "owner of the deposit payment step?", [TQ("Deposit payment")], ["Finance Operations"])
# goal
q("goal", "whats the goal for the activation stage", [st_id(QJ, "Activation")], ["24"])
q("goal", "what are we aiming for in maintenance visits stage", [st_id(MJ, "Maintenance visits")], ["first time"])
q("goal", "goal of the alarm events stage?", [st_id(MJ, "Alarm events")], ["keyholder"])
# latest_kpi
q("latest_kpi", "alarm response time atm?", ["kpi~alarm_response_time"], [r1(art[-1])])
q("latest_kpi", "first time fix rate rn", ["kpi~first_time_fix_rate"], [r1(ftf[-1])])
q("latest_kpi", "whats monthly churn this wk", ["kpi~monthly_churn_rate"], [r1(churn[-1])])
# kpi_change
q("kpi_change", "how much has first time fix gone up since start of june?", ["kpi~first_time_fix_rate"],
  [r1(ftf[-1] - ftf[0])])
q("kpi_change", "by how much has alarm response time got worse over the 12 wks", ["kpi~alarm_response_time"],
  [r1(art[-1] - art[0])])
q("kpi_change", "install reschedule rate change vs last week?", ["kpi~install_reschedule_rate"],
  [r1(abs(irr[-1] - irr[-2]))])
# kpi_window
q("kpi_window", "avg alarm response time last 4 wks", ["kpi~alarm_response_time"], [r1(mean(art[-4:]))])
q("kpi_window", "average csat for monitoring and service over the whole 12 weeks", ["kpi~csat"], [r1(mean(csat_m))])
q("kpi_window", "mean false alarm rate over the last 6 weeks?", ["kpi~false_alarm_rate"], [r1(mean(far[-6:]))])
# comparison
q("comparison", "csat install journey vs monitoring journey latest?", ["kpi~csat"], [r1(csat_q[-1]), r1(csat_m[-1])])
q("comparison", "is first time fix above target yet? whats the gap", ["kpi~first_time_fix_rate"],
  [r1(ftf[-1]), r1(abs(ftf[-1] - ftf_tg))])
q("comparison", "homeowners vs landlords - avg csat on maintenance visits",
  [st_id(MJ, "Maintenance visits"), TM("Maintenance engineer visit"), "comment~landlord|comment~tenant", "comment~service"],
  [r1(maint_seg["Homeowner"]), r1(maint_seg["Landlord"])])
# ranking
q("ranking", "bottom 3 touchpoints in quote to install by avg nps score from the survey",
  [TQ(n) for n in bottom3_q] + ["comment~rescheduled"], bottom3_q)
q("ranking", "which stage of monitoring and service has the lowest avg csat in the feedback export",
  [st_id(MJ, worst_m_stage)], [worst_m_stage])
q("ranking", "which touchpoint gets the most negative comments across both journeys? how many",
  [tp_id(QJ if most_neg_tp in QTP else MJ, most_neg_tp)], [most_neg_tp, most_neg_n])
# segment
q("segment", "which customer segment is unhappiest with maintenance visits",
  [st_id(MJ, "Maintenance visits"), TM("Maintenance engineer visit"), "comment~tenant"], ["Landlord", r1(maint_seg["Landlord"])])
q("segment", "avg csat from landlords for the maintenance engineer visit?",
  [TM("Maintenance engineer visit"), "comment~tenant"], [r1(mev_seg["Landlord"])])
q("segment", "small biz customers - avg csat on alarm events? vs homeowners",
  [st_id(MJ, "Alarm events"), TM("Alarm receiving centre call"), "comment~centre"],
  [r1(alarm_seg["Small business"]), r1(alarm_seg["Homeowner"])])
# derived_score
q("derived_score", "whats the nps from the install survey comments overall", ["journey:" + QJ["id"], "comment~install"],
  [r0(nps_q_all)])
q("derived_score", "nps just for engineer install day from the survey responses", [TQ("Engineer install day")],
  [r0(nps_install_day)])
q("derived_score", "% of maintenance visit feedback scoring 4 or 5 csat?",
  [st_id(MJ, "Maintenance visits"), TM("Maintenance engineer visit")], [r1(maint_sat_share)])
# themes
q("themes", "main themes in comments about alarm events?",
  [st_id(MJ, "Alarm events"), TM("Alarm receiving centre call"), "comment~centre", "comment~keyholder"])
q("themes", "what r people saying about the quote, recurring stuff",
  [TQ("Written quote"), "comment~quote"])
q("themes", "recurring themes in billing n account feedback",
  [st_id(MJ, "Billing and account"), TM("Monthly invoice"), TM("Account changes"), "comment~price"])
# praise
q("praise", "what do customers love in the install journey", [TQ("Engineer install day"), "comment~tidy"],
  ["Engineer install day"])
q("praise", "anything ppl rave about on the monitoring side?", [TM("Battery replacement kit"), "comment~battery"],
  ["Battery replacement kit"])
q("praise", "best rated touchpoint in quote to installation?", [TQ("Engineer install day"), "comment~engineer"],
  ["Engineer install day"])
# emerging
q("emerging", "anything new popping up in the last couple wks?",
  [TM("Mobile app"), "comment~notification", "kpi~app_notification_failure_rate"], ["notification"])
q("emerging", "why has the app notification failure rate jumped lately",
  ["kpi~app_notification_failure_rate", TM("Mobile app"), "comment~notification"], [r1(anf[-1])])
q("emerging", "any new complaints about the app since the update?",
  [TM("Mobile app"), "comment~notification"], ["notification"])
# priority
q("priority", "if we could fix 1 thing in the install journey what should it be",
  [TQ("Install scheduling"), "kpi~install_reschedule_rate", "comment~rescheduled"], ["Install scheduling"])
q("priority", "top priority for the ARC team rn?",
  [TM("Alarm receiving centre call"), "kpi~alarm_response_time", "comment~centre"], ["response time"])
q("priority", "what should field service tackle first on maintenance visits",
  [TM("Maintenance engineer visit"), st_id(MJ, "Maintenance visits"), "comment~tenant", "comment~landlord"], ["landlord"])
# paraphrase
q("paraphrase", "what goes wrong when our guy comes round to look at the house before we price it up",
  [TQ("Surveyor home visit"), "comment~surveyor"])
q("paraphrase", "who looks after sending people new batteries in the post",
  [TM("Battery replacement kit")], ["Logistics"])
q("paraphrase", "how do ppl feel about the phone call they get from us after their alarm goes off",
  [TM("Alarm receiving centre call"), "comment~centre"])
q("paraphrase", "problems when customers try to get us out for the yearly check up?",
  [TM("Annual service booking"), "comment~service"])
# abstain
for t in ["whats the nps for the smart doorbell journey",
          "adt's avg alarm response time vs ours?",
          "forecast churn for next yr pls",
          "how much revenue did monitoring contracts bring in last qtr",
          "how many install engineers do we employ rn",
          "verisure csat this month?",
          "whats first time fix going to be in 2027",
          "average cost per alarm call handled at the arc?",
          "police attendance rate for verified alarms last wk",
          "nps for the commercial cctv install journey",
          "whats our share price doing",
          "engineer overtime hours in july?"]:
    q("abstain", t, abstain=True)

# split per kind at random
dev, held = [], []
kinds = []
for d in Qs:
    if d["kind"] not in kinds:
        kinds.append(d["kind"])
for kd in kinds:
    items = [d for d in Qs if d["kind"] == kd]
    rng.shuffle(items)
    h = len(items) // 2
    if len(items) % 2 and rng.random() < 0.5:
        h += 1
    dev += items[:h]
    held += items[h:]
    assert items[:h] and items[h:]


class _D(yaml.SafeDumper):
    pass


def _str(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_D.add_representer(str, _str)
for name, part in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(BASE, name), "w") as f:
        yaml.dump({"questions": part}, f, Dumper=_D, sort_keys=False, allow_unicode=True, width=200)

# --------------------------------------------------------------------------- README
n_stages = len(QJ["stages"]) + len(MJ["stages"])
n_tps = len(QTP) + len(MTP)


def cnt(part):
    c = {}
    for d in part:
        c[d["kind"]] = c.get(d["kind"], 0) + 1
    return c


dc, hc = cnt(dev), cnt(held)
kind_table = "\n".join("| %s | %d | %d |" % (k, dc.get(k, 0), hc.get(k, 0)) for k in kinds)
first_last = lambda v: "%s → %s" % (v[0], v[-1])
readme = f"""# homesecurity — blind evaluation base

A home security alarm company: quote, home survey and installation of a monitored alarm, then life as a
monitored customer (alarm events handled by the alarm receiving centre, annual maintenance visits, billing,
renewal). Everything here is generated by `scripts/build.py` (seed {SEED}, stdlib + PyYAML); re-run it to rebuild.

## Files

| file | what | rows |
| --- | --- | --- |
| knowledge/maps/quote-to-installation.yaml | journey `quote-to-installation`, {len(QJ['stages'])} stages, {len(QTP)} touchpoints | - |
| knowledge/maps/monitoring-and-service.json | journey `monitoring-and-service`, {len(MJ['stages'])} stages, {len(MTP)} touchpoints | - |
| knowledge/comments/install_nps_survey.csv | canonical columns, NPS 0-10, journey Quote to installation | {len(qrows)} real + {len(Q_JUNK)} junk |
| knowledge/comments/ops_feedback_export.csv | vendor export (Response ID, Submitted At dd/mm/yyyy HH:MM, Journey Step, Contact Point, CSAT Rating, Customer Type, Feedback Text ...), CSAT 1-5, journey Monitoring and service | {len(mrows)} real + {len(M_JUNK)} junk |
| knowledge/comments/ops_feedback_export.mapping.yaml | column mapping + date format for the export | - |
| knowledge/kpis/weekly_kpis.csv | long format, {len(KPI_DEF)} series ({len(set(k[0] for k in KPI_DEF))} metrics), 12 Mondays {WEEKS[0]} … {WEEKS[-1]}, with target, unit, higher_is_better | {kpi_rows} |
| dev.yaml / heldout.yaml | questions | {len(dev)} / {len(held)} |

Totals: 2 journeys, {n_stages} stages, {n_tps} touchpoints, {len(qrows) + len(mrows)} real comments
(+{len(Q_JUNK) + len(M_JUNK)} junk rows: empty or punctuation only), {kpi_rows} KPI rows.
Comment dates span {min(r['date'] for r in qrows + mrows).date()} … {max(r['date'] for r in qrows + mrows).date()}.
PII rows: one phone number and one e-mail in the NPS survey (HS-Q ids), one phone number in the export.
Segments: Homeowner, Landlord, Small business. Each comment row also has a sentiment label derived from its score
(NPS 9-10 / CSAT 4-5 positive, NPS 7-8 / CSAT 3 neutral, else negative).

## Stories planted

- **Recurring pain point — Install scheduling** (Quote to installation / Installation): {len(q_tp['Install scheduling'])} comments,
  mostly "rescheduled", all-day windows; install_reschedule_rate {first_last(irr)} % vs target 8 (lower is better).
  It is the touchpoint with the most negative comments ({most_neg_n}).
- Other recurring pains: Surveyor home visit (late, pushy upsell), Written quote (slow, confusing fees),
  Annual service booking (no slots for weeks), Alarm receiving centre call (slow to call back).
- **Praised touchpoints**: Engineer install day (tidy, friendly engineers; NPS from comments {r0(nps_install_day)}),
  Battery replacement kit (highest average CSAT in the monitoring journey).
- **Improving metric**: first_time_fix_rate {first_last(ftf)} % (target 85, higher is better).
- **Worsening lower-is-better metric**: alarm_response_time {first_last(art)} s (target 30); matches the ARC call complaints.
  monitoring csat also drifts down {first_last(csat_m)}.
- **Emerging issue (last 3 weeks only, from {WEEKS[EMERGING_FROM]})**: app push notifications missing/late after an update —
  {len(emerging_rows)} comments on Mobile app, none before; app_notification_failure_rate ~0.5 % then {anf[-3]}, {anf[-2]}, {anf[-1]}.
- **Unhappier segment**: Landlords on Maintenance visits (tenant not told, no access): avg CSAT {r1(maint_seg['Landlord'])}
  vs Homeowner {r1(maint_seg['Homeowner'])} and Small business {r1(maint_seg.get('Small business', 0))}.
- **Metric in both journeys**: `csat` (% satisfied) with a journey column — Quote to installation {first_last(csat_q)},
  Monitoring and service {first_last(csat_m)}.

## How figures were computed

- latest = value on the last Monday ({WEEKS[-1]}); change over 12 wks = last − first (unsigned); week-on-week = last − previous.
- window averages = arithmetic mean of the weekly values named (last 4, last 6 or all 12), rounded to 1 dp.
- comment NPS = 100 × (share scoring 9-10 − share scoring 0-6), rounded to an integer; avg CSAT = mean of 1-5 ratings
  (1 dp); "% scoring 4 or 5" = share of CSAT ratings ≥ 4 (1 dp). Junk rows are excluded (they have no score).
- rankings use average score per touchpoint/stage over all real comments; "most negative" counts negative-labelled rows.
- Gold sources use `touchpoint:`/`stage:`/`journey:` ids from the maps, `kpi~metric` for KPI rows, `comment~word` for comments.

## Questions per kind (dev | heldout)

| kind | dev | heldout |
| --- | --- | --- |
{kind_table}
| **total** | {len(dev)} | {len(held)} |
"""
with open(os.path.join(BASE, "README.md"), "w") as f:
    f.write(readme)

print("comments", len(qrows), len(mrows), "junk", len(Q_JUNK) + len(M_JUNK), "kpi rows", kpi_rows)
print("dev", len(dev), dc)
print("held", len(held), hc)
print("q_tp_avg", [(round(a,2),k) for a,k in q_tp_avg]); print("m_st_avg", m_st_avg); print("alarm seg", alarm_seg)
print("irr", irr[-2:], "art", art, "ftf", ftf)
print("bottom3", bottom3_q, "worst stage", worst_m_stage, "most neg", most_neg)
print("maint seg", maint_seg, "mev seg", mev_seg, "q seg nps", q_seg_nps)
