#!/usr/bin/env python3
"""Build the 'pharmacy' blind evaluation base.

Generates (deterministically, fixed seed):
  knowledge/maps/repeat_prescription.yaml
  knowledge/maps/delivery_and_collection.json
  knowledge/comments/repeat_prescription_survey.csv          (canonical columns, NPS 0-10)
  knowledge/comments/delivery_feedback_export.csv             (vendor layout, CSAT 1-5)
  knowledge/comments/delivery_feedback_export.mapping.yaml
  knowledge/kpis/weekly_kpis.csv                              (long format)
  dev.yaml, heldout.yaml                                      (questions; figures computed from the data)

Only stdlib + PyYAML.  Run:  python3 scripts/build.py
"""
import csv
import datetime as dt
import json
import os
import random
import re
import statistics

import yaml

SEED = 20260330
rng = random.Random(SEED)

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, "knowledge")
for sub in ("maps", "comments", "kpis"):
    os.makedirs(os.path.join(K, sub), exist_ok=True)

WEEKS = [dt.date(2026, 1, 5) + dt.timedelta(days=7 * i) for i in range(12)]  # Mondays
LAST3 = WEEKS[9:]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------------------
# Journey maps
# ---------------------------------------------------------------------------
RX = {
    "id": "repeat-prescription",
    "name": "Repeat prescription ordering",
    "persona": "Patient on regular medication who reorders monthly",
    "owner": "Prescriptions Product Team",
    "updated": "2026-03-30",
    "description": "From linking an NHS login to the medicines being checked and dispensed by our pharmacists.",
    "stages": [
        {
            "name": "Sign-up and NHS linking",
            "goal": "Link the patient's NHS login and GP surgery in under 5 minutes",
            "emotion": 0,
            "pain_points": ["Identity check fails on blurry photo ID",
                            "Carers cannot easily set up proxy access for a relative"],
            "opportunities": ["Let carers add a dependant during sign-up"],
            "touchpoints": [
                {"name": "NHS login linking", "channel": "app", "owner": "Identity and Access team",
                 "description": "Patient signs in with NHS login and proves their identity with photo ID and a face scan.",
                 "emotion": -1,
                 "pain_points": ["Photo ID check rejected repeatedly",
                                 "Sent back to the NHS login page in a loop after verifying"],
                 "metrics": ["nhs_login_success_rate"]},
                {"name": "GP surgery lookup", "channel": "app", "owner": "GP Liaison team",
                 "description": "Patient searches for and confirms their registered GP practice.",
                 "pain_points": ["Merged or renamed surgeries do not show up in search"]},
                {"name": "Nominate pharmacy", "channel": "web", "owner": "Prescriptions Product Team",
                 "description": "Patient nominates us as their pharmacy so the surgery sends prescriptions electronically.",
                 "emotion": 1},
            ],
        },
        {
            "name": "Order request",
            "goal": "Let patients reorder their regular medicines in 3 taps",
            "emotion": 1,
            "pain_points": ["Discontinued medicines still appear in the list"],
            "touchpoints": [
                {"name": "Medication list", "channel": "app", "owner": "Prescriptions Product Team",
                 "description": "The patient's repeat medicines pulled from the GP record, with one-tap reorder.",
                 "pain_points": ["Items the GP stopped still listed", "Dosage shown differently from the box"]},
                {"name": "Reorder reminder", "channel": "push notification", "owner": "CRM team",
                 "description": "Reminder sent about 7 days before the patient is due to run out.",
                 "emotion": 2,
                 "opportunities": ["Let patients choose the reminder day"]},
                {"name": "Add a non-repeat item", "channel": "app", "owner": "Prescriptions Product Team",
                 "description": "Free-text request for a medicine that is not on the repeat list.",
                 "pain_points": ["Free-text box is confusing; patients do not know what to write"]},
            ],
        },
        {
            "name": "GP approval",
            "goal": "Have every request approved or queried by the surgery within 48 hours",
            "emotion": -2,
            "pain_points": ["No visibility of where the request is while the surgery reviews it",
                            "Rejections come back with no reason"],
            "opportunities": ["Show the surgery's expected turnaround time"],
            "touchpoints": [
                {"name": "Surgery review", "channel": "GP system", "owner": "GP Liaison team",
                 "description": "The request is sent to the GP practice where a GP or prescribing clerk approves or rejects each item.",
                 "pain_points": ["Some surgeries batch requests and review only twice a week"],
                 "metrics": ["gp_approval_time", "request_rejection_rate"]},
                {"name": "Approval status tracker", "channel": "app", "owner": "Prescriptions Product Team",
                 "description": "In-app timeline showing whether the request is sent, approved, rejected or queried.",
                 "emotion": -2,
                 "pain_points": ["Status stuck on 'Sent to surgery' for days",
                                 "No reason shown when an item is rejected"]},
                {"name": "GP query message", "channel": "in-app message", "owner": "GP Liaison team",
                 "description": "Questions from the surgery (e.g. a medication review is due) passed on to the patient.",
                 "pain_points": ["Patients cannot reply to the surgery's query in the app"]},
            ],
        },
        {
            "name": "Dispensing",
            "goal": "Dispense accurately and have the order ready within 24 hours of approval",
            "emotion": 0,
            "pain_points": ["Out-of-stock items split the order into part deliveries (owings)"],
            "touchpoints": [
                {"name": "Pharmacist clinical check", "channel": "pharmacy", "owner": "Dispensing Operations",
                 "description": "A pharmacist checks each item against the prescription, interactions and dose before it is bagged.",
                 "emotion": 1,
                 "metrics": ["dispense_accuracy_rate"]},
                {"name": "Stock check and substitution", "channel": "pharmacy", "owner": "Supply Chain team",
                 "description": "Stock is reserved; out-of-stock items are owed or swapped for another brand.",
                 "emotion": -2,
                 "pain_points": ["Items out of stock, order arrives in parts",
                                 "Brand switched without telling the patient"],
                 "metrics": ["out_of_stock_rate"]},
                {"name": "Order ready notification", "channel": "SMS", "owner": "CRM team",
                 "description": "Message telling the patient the order is dispensed and on its way to delivery or a locker."},
            ],
        },
    ],
}

DC = {
    "id": "delivery-and-collection",
    "name": "Delivery and collection",
    "persona": "Patient receiving prescribed medicines at home or from a locker",
    "owner": "Fulfilment and Logistics",
    "updated": "2026-03-30",
    "description": "From choosing delivery or a locker to collecting the medicines and getting aftercare.",
    "stages": [
        {"name": "Fulfilment choice",
         "goal": "Patient picks home delivery or a collection locker in under 30 seconds",
         "touchpoints": [
             {"name": "Delivery slot picker", "channel": "app", "owner": "Logistics Product team",
              "description": "Choose a 2-hour home delivery window.",
              "pain_points": ["Evening slots fill up days ahead"]},
             {"name": "Locker finder", "channel": "app", "owner": "Locker Operations",
              "description": "Map of collection lockers at stations and supermarkets near the patient.",
              "pain_points": ["Map shows lockers that are already full"]},
         ]},
        {"name": "Dispatch",
         "goal": "Dispatch 95% of orders within 24 hours of dispensing",
         "touchpoints": [
             {"name": "Packing and labelling", "channel": "warehouse", "owner": "Dispensing Operations",
              "description": "Discreet, temperature-checked packaging with the patient's label.",
              "metrics": ["order_to_dispatch_time"]},
             {"name": "Tracking updates", "channel": "SMS", "owner": "Logistics Product team",
              "description": "SMS and tracking link from dispatch to delivery.",
              "pain_points": ["Tracking stops updating after 'out for delivery'"]},
         ]},
        {"name": "Home delivery",
         "goal": "Deliver inside the customer's chosen 2-hour window",
         "emotion": -1,
         "pain_points": ["Deliveries arriving late or outside the chosen window",
                         "Redelivery can only be booked by phone"],
         "touchpoints": [
             {"name": "Courier delivery", "channel": "courier", "owner": "Courier Partnerships",
              "description": "Partner courier drives the parcel to the door.",
              "emotion": -2,
              "pain_points": ["Driver arrives hours outside the window", "Parcel left on the doorstep"],
              "metrics": ["late_delivery_rate"]},
             {"name": "Missed delivery card", "channel": "paper card", "owner": "Courier Partnerships",
              "description": "Card left when nobody is in, with instructions to rebook.",
              "pain_points": ["Rebooking only by phone, long hold times"]},
             {"name": "Signature for controlled drugs", "channel": "in person", "owner": "Dispensing Operations",
              "description": "Controlled drugs must be handed over and signed for."},
         ]},
        {"name": "Locker collection",
         "goal": "Patients collect from the locker within 72 hours",
         "pain_points": ["Lower compartments are hard to reach for some patients"],
         "touchpoints": [
             {"name": "Locker PIN code", "channel": "SMS", "owner": "Locker Operations",
              "description": "One-time code sent by SMS to open the locker compartment.",
              "pain_points": ["Code expires after 72 hours"],
              "metrics": ["locker_pin_failure_rate"]},
             {"name": "Locker unit", "channel": "physical locker", "owner": "Locker Operations",
              "description": "The locker itself: touchscreen, compartments and door.",
              "pain_points": ["Touchscreen hard to read in sunlight", "Bottom compartments hard to reach"],
              "metrics": ["locker_collection_rate"]},
             {"name": "Collection reminder", "channel": "push notification", "owner": "CRM team",
              "description": "Reminder sent 24 hours before the parcel is returned from the locker."},
         ]},
        {"name": "Aftercare",
         "goal": "Answer patients' medicine questions within 10 minutes",
         "emotion": 1,
         "touchpoints": [
             {"name": "Pharmacist chat", "channel": "chat", "owner": "Clinical Services",
              "description": "Live chat with a registered pharmacist about side effects, doses and interactions.",
              "emotion": 2},
             {"name": "Returns and disposal", "channel": "web", "owner": "Customer Care",
              "description": "How to return or safely dispose of unused medicines.",
              "pain_points": ["Unused medicines cannot be returned by post"],
              "metrics": ["support_contact_rate"]},
         ]},
    ],
}

with open(os.path.join(K, "maps", "repeat_prescription.yaml"), "w") as f:
    yaml.safe_dump(RX, f, sort_keys=False, allow_unicode=True, width=110)
with open(os.path.join(K, "maps", "delivery_and_collection.json"), "w") as f:
    json.dump(DC, f, indent=2, ensure_ascii=False)

JOURNEYS = [RX, DC]


def tp_index(j):
    out = {}
    for st in j["stages"]:
        for tp in st["touchpoints"]:
            out[tp["name"]] = (st["name"], tp)
    return out


RX_TP = tp_index(RX)
DC_TP = tp_index(DC)


def tp_id(j, tp_name):
    stage = tp_index(j)[tp_name][0]
    return f"touchpoint:{j['id']}/{slug(stage)}/{slug(tp_name)}"


def st_id(j, stage):
    return f"stage:{j['id']}/{slug(stage)}"


# ---------------------------------------------------------------------------
# Comment text pools: (neg, neu, pos) per touchpoint
# ---------------------------------------------------------------------------
T = {
    # repeat prescription
    "NHS login linking": (
        ["NHS login kept rejecting my passport photo, tried five times",
         "got stuck in a loop going back to the NHS login page after verifying",
         "face scan failed over and over, gave up and phoned",
         "linking my NHS login took 40 minutes, ridiculous",
         "login verification said my ID was unreadable, it's brand new"],
        ["NHS login worked second time", "linking was ok once I found my driving licence",
         "took a while to verify but got there"],
        ["NHS login linking was quick and painless", "signed in with NHS login in two minutes, easy",
         "verification was smooth"]),
    "GP surgery lookup": (
        ["couldn't find my surgery, it merged last year", "surgery search shows the old practice name",
         "my GP practice wasn't listed at all"],
        ["found the surgery after a couple of searches", "surgery lookup fine"],
        ["found my GP straight away", "surgery lookup was easy"]),
    "Nominate pharmacy": (
        ["nomination didn't go through and my script went to the high street chemist",
         "not clear if I had nominated you or not"],
        ["nominating was ok", "had to read the explanation twice but fine"],
        ["nominating you as my pharmacy was simple", "nomination took seconds"]),
    "Medication list": (
        ["list still shows tablets my GP stopped months ago", "dose on the list doesn't match the box",
         "medication list missing my inhaler"],
        ["list is fine, bit cluttered", "medication list ok"],
        ["love seeing all my meds in one list and hitting reorder", "reordering from my list takes seconds",
         "medication list is clear and accurate"]),
    "Reorder reminder": (
        ["reminder came after I had already run out"],
        ["reminder is useful but a bit early", "reminders ok"],
        ["the reorder reminder is a lifesaver, never run out now",
         "handy reminder a week before I run out, brilliant",
         "reminder notification means I don't have to think about it",
         "great reminder, reordered straight from the notification",
         "really like the reminder, perfect timing every month"]),
    "Add a non-repeat item": (
        ["no idea what to type in the free text box for a new item",
         "asked for a one-off cream and it just vanished", "adding a non-repeat item is confusing"],
        ["added a one-off item, took a while", "non-repeat request ok"],
        ["asking for a one-off item was easy"]),
    "Surgery review": (
        ["surgery took a week to approve a routine repeat", "GP rejected an item and nobody told me why",
         "my surgery only looks at requests twice a week it seems"],
        ["surgery approved it in the end", "approval took about 3 days"],
        ["GP approved within a day, impressed", "surgery signed it off really quickly"]),
    "Approval status tracker": (
        ["status stuck on 'sent to surgery' for 6 days, no idea what is happening",
         "the status never changes, I had to ring the surgery myself",
         "tracker said approved then went back to pending, confusing status",
         "status page is useless, says sent to surgery for days",
         "no status update at all for a week, nearly ran out of my blood pressure tablets",
         "wish the status told me something, anything",
         "item rejected in the status screen but no reason given",
         "status tracker shows nothing useful while the GP reviews it"],
        ["status updated eventually", "tracker ok but slow to update status"],
        ["status tracker showed approved same day, great"]),
    "GP query message": (
        ["surgery sent a query and I couldn't reply in the app",
         "got a message saying medication review due, no way to respond",
         "query from GP just sat there, had to phone them"],
        ["got a query from the GP, sorted by phone"],
        ["query message was clear and I booked my review"]),
    "Pharmacist clinical check": (
        ["pharmacist check held my order up a day"],
        ["pharmacist checked and called about an interaction, fine", "clinical check ok"],
        ["pharmacist spotted an interaction my GP missed, thank you",
         "nice to know a pharmacist checks everything",
         "the check call from the pharmacist was reassuring"]),
    "Stock check and substitution": (
        ["half my order out of stock again, arrived in three parts",
         "out of stock on my HRT for the third month running",
         "they swapped the brand without telling me and the tablets look different",
         "owings every month, never get the full order in one go",
         "item out of stock and no date for when it will come",
         "stock issues mean I'm chasing the rest of my prescription every time"],
        ["one item out of stock but it came later", "brand changed, it's fine I suppose"],
        ["everything in stock and together this time"]),
    "Order ready notification": (
        ["ready text came but order wasn't actually ready"],
        ["got the ready text", "notification fine"],
        ["clear text when it was ready", "love the ready notification"]),
    # delivery and collection
    "Delivery slot picker": (
        ["no evening slots for days", "slot picker only shows slots next week"],
        ["picked a slot, limited choice", "slots ok"],
        ["easy to choose a delivery slot", "slot picker was simple"]),
    "Locker finder": (
        ["locker finder sent me to a locker that was full", "map showed a locker that's been removed"],
        ["found a locker, bit far", "finder ok"],
        ["found a locker at my station in seconds", "locker map is great"]),
    "Packing and labelling": (
        ["packaging was ripped and the label had the wrong name"],
        ["packing fine", "discreet packaging, ok"],
        ["well packed and discreet", "lovely discreet packaging"]),
    "Tracking updates": (
        ["tracking stopped at out for delivery and never updated", "tracking link said delivered, it wasn't",
         "no tracking updates all day"],
        ["tracking worked mostly", "got the tracking text"],
        ["tracking texts were spot on"]),
    "Courier delivery": (
        ["delivery was 4 hours late, waited in all day",
         "driver came late, way outside my slot",
         "late again, third time this month",
         "parcel left on the doorstep in the rain",
         "courier turned up late at night, well after the window",
         "delivery late and no one answers the phone",
         "meds arrived a day late, I'd run out",
         "always late lately, used to be on time"],
        ["delivered, a little late", "courier fine"],
        ["driver was on time and friendly", "delivered right in my window, perfect"]),
    "Missed delivery card": (
        ["card said to ring to rebook, 45 minutes on hold",
         "missed delivery card with no rebook option online",
         "left a card while I was in the house"],
        ["got a card, rebooked by phone"],
        ["card was clear"]),
    "Signature for controlled drugs": (
        ["driver didn't know I had to sign for it"],
        ["signed for my meds, fine"],
        ["signature handover was smooth"]),
    "Locker PIN code": (
        [],  # negatives only appear in the last three weeks (see EMERGING)
        ["code arrived, locker opened", "code worked fine"],
        ["locker code came instantly and opened first go", "code text was quick, love the lockers"]),
    "Locker unit": (
        ["couldn't read the locker screen in the sun", "my compartment was right at the bottom, I can't bend that far",
         "screen too small and the buttons confusing", "door jammed on the locker"],
        ["locker ok, busy station", "locker fine"],
        ["locker is so convenient on my way home", "collecting from the locker is brilliant"]),
    "Collection reminder": (
        ["reminder came after the parcel was sent back"],
        ["got a reminder", "reminder ok"],
        ["useful collection reminder", "reminder helped me remember to pick up"]),
    "Pharmacist chat": (
        ["chat wait was long"],
        ["chat was ok", "pharmacist answered eventually"],
        ["the pharmacist on chat was brilliant, explained my side effects",
         "pharmacist chat answered in minutes, so helpful",
         "fantastic pharmacist chat, better than my GP",
         "lovely pharmacist on chat, really took time",
         "pharmacist chat is the best thing about this service",
         "quick expert answer from the pharmacist, thank you",
         "chatted with a pharmacist at 9pm, amazing"]),
    "Returns and disposal": (
        ["can't post back unused meds, have to go to a chemist", "no info on disposing of old insulin pens"],
        ["returns page ok"],
        ["clear disposal advice"]),
}

EMERGING = [
    "PIN never arrived, stood at the locker for 20 minutes",
    "locker said my PIN was invalid",
    "PIN code text came 6 hours after the order was ready",
    "new PIN system is broken, had to call support",
    "PIN didn't work, the locker kept saying try again",
    "no PIN text at all, parcel went back",
    "PIN rejected twice then the locker locked me out",
    "since the update the PIN never comes through",
    "got two different PINs and neither worked",
]

CARER_EXTRA = [
    "ordering for my mum, proxy access was a nightmare to set up",
    "as a carer I can't see my dad's request status under proxy access",
    "proxy access for my son keeps disappearing",
    "carer here, proxy access means I log in and out between accounts",
]

OPENERS = ["", "", "", "honestly ", "tbh ", "well ", "so ", "ugh ", "just to say "]
CLOSERS = ["", "", "", "", ".", "!", " - please fix", " thanks", ", not great", " :)", " again"]


def text_for(tp, sent, seg):
    neg, neu, pos = T[tp]
    pool = {"neg": neg, "neu": neu, "pos": pos}[sent]
    base = rng.choice(pool)
    o = rng.choice(OPENERS)
    c = rng.choice(CLOSERS)
    if sent == "pos" and c in (" - please fix", ", not great", " again"):
        c = "!"
    if sent == "neg" and c == " :)":
        c = "."
    return (o + base + c).strip()


def nps_score(sent):
    return {"neg": rng.choice([0, 1, 2, 3, 3, 4, 4, 5, 5, 6]), "neu": rng.choice([7, 8]),
            "pos": rng.choice([9, 9, 10, 10, 10])}[sent]


def csat_score(sent):
    return {"neg": rng.choice([1, 1, 2, 2, 2]), "neu": 3, "pos": rng.choice([4, 4, 5, 5, 5])}[sent]


def pick_sent(p):
    r = rng.random()
    return "neg" if r < p[0] else ("neu" if r < p[0] + p[1] else "pos")


def rand_dt(week_i):
    d = WEEKS[week_i] + dt.timedelta(days=rng.randint(0, 6))
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 21), rng.randint(0, 59))


SEGMENTS = ["Regular", "Carer", "New customer", "Over 65"]
SEG_W = [0.40, 0.15, 0.25, 0.20]

# ---------------------------------------------------------------------------
# Repeat prescription survey (canonical columns, NPS)
# ---------------------------------------------------------------------------
RX_PLAN = {  # touchpoint: (n, (p_neg, p_neu))
    "NHS login linking": (18, (0.5, 0.3)),
    "GP surgery lookup": (8, (0.35, 0.3)),
    "Nominate pharmacy": (8, (0.2, 0.3)),
    "Medication list": (18, (0.2, 0.3)),
    "Reorder reminder": (20, (0.05, 0.2)),
    "Add a non-repeat item": (10, (0.4, 0.4)),
    "Surgery review": (12, (0.4, 0.3)),
    "Approval status tracker": (40, (0.8, 0.15)),
    "GP query message": (12, (0.6, 0.25)),
    "Pharmacist clinical check": (12, (0.1, 0.3)),
    "Stock check and substitution": (28, (0.7, 0.2)),
    "Order ready notification": (14, (0.15, 0.3)),
}
CHANNEL_BY_TP = {}
for j in JOURNEYS:
    for st in j["stages"]:
        for tp in st["touchpoints"]:
            CHANNEL_BY_TP[tp["name"]] = tp.get("channel", "")

rx_rows = []
for tp, (n, p) in RX_PLAN.items():
    stage = RX_TP[tp][0]
    for _ in range(n):
        seg = rng.choices(SEGMENTS, SEG_W)[0]
        pp = p
        if seg == "Carer" and stage == "GP approval":
            pp = (0.95, 0.05)
        sent = pick_sent(pp)
        wk = rng.randrange(12)
        txt = text_for(tp, sent, seg)
        if seg == "Carer" and sent == "neg" and stage in ("GP approval", "Sign-up and NHS linking") and rng.random() < 0.6:
            txt = rng.choice(CARER_EXTRA)
        rx_rows.append({"date": rand_dt(wk), "week": wk, "journey": RX["name"], "stage": stage, "touchpoint": tp,
                        "channel": CHANNEL_BY_TP[tp], "segment": seg, "score": nps_score(sent),
                        "sentiment": {"neg": "negative", "neu": "neutral", "pos": "positive"}[sent],
                        "comment": txt})
# carers also talk about proxy access at sign-up
for _ in range(4):
    wk = rng.randrange(12)
    rx_rows.append({"date": rand_dt(wk), "week": wk, "journey": RX["name"], "stage": "Sign-up and NHS linking",
                    "touchpoint": "NHS login linking", "channel": "app", "segment": "Carer",
                    "score": rng.choice([2, 3, 4]), "sentiment": "negative", "comment": rng.choice(CARER_EXTRA)})
# PII
rx_rows[5]["comment"] += " - call me on 07700 900123 if you need details"
rx_rows[47]["comment"] += ", my email is jane.morris@example.com"
rx_rows[120]["comment"] += " ring 0161 496 0734 pls"

rx_rows.sort(key=lambda r: r["date"])
for i, r in enumerate(rx_rows, 1):
    r["id"] = f"RX-{i:04d}"

RX_JUNK = [
    {"comment": ""}, {"comment": "..."}, {"comment": "?!"}, {"comment": "-"},
]

with open(os.path.join(K, "comments", "repeat_prescription_survey.csv"), "w", newline="") as f:
    cols = ["id", "date", "journey", "stage", "touchpoint", "channel", "segment", "score", "score_type",
            "sentiment", "comment"]
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    rows_out = []
    for r in rx_rows:
        rows_out.append({"id": r["id"], "date": r["date"].strftime("%Y-%m-%dT%H:%M:00"), "journey": r["journey"],
                         "stage": r["stage"], "touchpoint": r["touchpoint"], "channel": r["channel"],
                         "segment": r["segment"], "score": r["score"], "score_type": "nps",
                         "sentiment": r["sentiment"], "comment": r["comment"]})
    for k, jr in enumerate(RX_JUNK):
        d = WEEKS[rng.randrange(12)] + dt.timedelta(days=rng.randint(0, 6))
        rows_out.insert(rng.randrange(len(rows_out)), {"id": f"RX-J{k + 1}", "date": d.isoformat(),
                                                      "journey": RX["name"], "score": "", "score_type": "nps",
                                                      "comment": jr["comment"]})
    w.writerows(rows_out)

# ---------------------------------------------------------------------------
# Delivery feedback export (vendor layout, CSAT 1-5)
# ---------------------------------------------------------------------------
DC_PLAN = {
    "Delivery slot picker": (14, (0.3, 0.3)),
    "Locker finder": (10, (0.3, 0.3)),
    "Packing and labelling": (10, (0.15, 0.45)),
    "Tracking updates": (18, (0.5, 0.3)),
    "Courier delivery": (40, None),       # worsens week by week
    "Missed delivery card": (14, (0.7, 0.2)),
    "Signature for controlled drugs": (6, (0.2, 0.4)),
    "Locker PIN code": (10, (0.0, 0.4)),  # weeks 1-9 fine; emerging complaints added below
    "Locker unit": (26, (0.2, 0.25)),
    "Collection reminder": (8, (0.15, 0.35)),
    "Pharmacist chat": (24, (0.0, 0.08)),
    "Returns and disposal": (8, (0.5, 0.3)),
}
dc_rows = []
for tp, (n, p) in DC_PLAN.items():
    stage = DC_TP[tp][0]
    for _ in range(n):
        seg = rng.choices(SEGMENTS, SEG_W)[0]
        wk = rng.randrange(9) if tp == "Locker PIN code" else rng.randrange(12)
        if tp == "Courier delivery":
            pneg = 0.35 + 0.05 * wk
            pp = (pneg, 0.15)
        elif tp == "Locker unit" and seg == "Over 65":
            pp = (0.85, 0.15)
        else:
            pp = p
        sent = pick_sent(pp)
        if tp == "Locker PIN code" and sent == "neg":
            sent = "neu"
        txt = text_for(tp, sent, seg)
        if stage == "Locker collection" and seg == "Over 65" and sent == "neg" and tp == "Locker unit" and rng.random() < 0.5:
            txt = rng.choice(["at 78 I can't bend down to the bottom locker",
                              "the locker screen is too small for my eyes",
                              "I'm 70 and found the locker touchscreen baffling"])
        dc_rows.append({"date": rand_dt(wk), "week": wk, "stage": stage, "touchpoint": tp,
                        "channel": CHANNEL_BY_TP[tp], "segment": seg, "score": csat_score(sent),
                        "sentiment": {"neg": "negative", "neu": "neutral", "pos": "positive"}[sent], "comment": txt})
# emerging issue: PIN problems in the last three weeks only
for k in range(24):
    wk = 9 + (k % 3) if k < 21 else 11
    seg = rng.choices(SEGMENTS, SEG_W)[0]
    tp = "Locker PIN code"
    dc_rows.append({"date": rand_dt(wk), "week": wk, "stage": "Locker collection", "touchpoint": tp,
                    "channel": "SMS", "segment": seg, "score": rng.choice([1, 1, 1, 2, 2]),
                    "sentiment": "negative", "comment": (rng.choice(OPENERS) + rng.choice(EMERGING)).strip()})
# PII
dc_rows[12]["comment"] += " - contact me on 07700 900456"
dc_rows[88]["comment"] += ", email r.patel@example.org"

dc_rows.sort(key=lambda r: r["date"])
for i, r in enumerate(dc_rows, 1):
    r["id"] = f"DLV-{50000 + i}"

DC_JUNK = ["", "  ", "!!!", "???", "."]
DC_COLS = ["Response ID", "Submitted At", "Journey Name", "Step", "Touch Point", "Source", "Customer Type",
           "Rating (1-5)", "Scale", "Mood", "Verbatim"]
with open(os.path.join(K, "comments", "delivery_feedback_export.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=DC_COLS)
    w.writeheader()
    rows_out = []
    for r in dc_rows:
        rows_out.append({"Response ID": r["id"], "Submitted At": r["date"].strftime("%d/%m/%Y %H:%M"),
                         "Journey Name": DC["name"], "Step": r["stage"], "Touch Point": r["touchpoint"],
                         "Source": r["channel"], "Customer Type": r["segment"], "Rating (1-5)": r["score"],
                         "Scale": "csat", "Mood": r["sentiment"], "Verbatim": r["comment"]})
    for k, jt in enumerate(DC_JUNK):
        d = rand_dt(rng.randrange(12))
        rows_out.insert(rng.randrange(len(rows_out)), {"Response ID": f"DLV-J{k + 1}",
                                                      "Submitted At": d.strftime("%d/%m/%Y %H:%M"),
                                                      "Journey Name": DC["name"], "Scale": "csat",
                                                      "Verbatim": jt})
    w.writerows(rows_out)

with open(os.path.join(K, "comments", "delivery_feedback_export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments",
                    "columns": {"id": "Response ID", "date": "Submitted At", "journey": "Journey Name",
                                "stage": "Step", "touchpoint": "Touch Point", "channel": "Source",
                                "segment": "Customer Type", "score": "Rating (1-5)", "score_type": "Scale",
                                "comment": "Verbatim"},
                    "date_format": "%d/%m/%Y %H:%M"}, f, sort_keys=False)

# ---------------------------------------------------------------------------
# KPIs (long format)
# ---------------------------------------------------------------------------
def series(fn, noise):
    return [round(fn(i) + rng.uniform(-noise, noise), 1) for i in range(12)]


KPI_DEFS = [
    # metric, journey, stage, touchpoint, unit, target, hib, values
    ("nhs_login_success_rate", RX, "Sign-up and NHS linking", "NHS login linking", "%", 95, True,
     series(lambda i: 90.6, 0.6)),
    ("gp_approval_time", RX, "GP approval", "Surgery review", "hours", 48, False,
     series(lambda i: 52.0 - 1.9 * i, 0.8)),
    ("request_rejection_rate", RX, "GP approval", "Surgery review", "%", 5, False,
     series(lambda i: 6.2, 0.4)),
    ("out_of_stock_rate", RX, "Dispensing", "Stock check and substitution", "%", 3, False,
     series(lambda i: 7.4, 0.7)),
    ("dispense_accuracy_rate", RX, "Dispensing", "Pharmacist clinical check", "%", 99.9, True,
     series(lambda i: 99.75, 0.08)),
    ("csat", RX, "", "", "%", 85, True, series(lambda i: 77.5 + 0.6 * i, 0.5)),
    ("csat", DC, "", "", "%", 85, True, series(lambda i: 83.5 - 0.8 * i, 0.5)),
    ("late_delivery_rate", DC, "Home delivery", "Courier delivery", "%", 5, False,
     series(lambda i: 5.6 + 0.75 * i, 0.35)),
    ("order_to_dispatch_time", DC, "Dispatch", "Packing and labelling", "hours", 24, False,
     series(lambda i: 20.8, 0.9)),
    ("locker_collection_rate", DC, "Locker collection", "Locker unit", "%", 90, True,
     series(lambda i: 88.4 if i < 9 else 88.4 - 3.2 * (i - 8), 0.5)),
    ("locker_pin_failure_rate", DC, "Locker collection", "Locker PIN code", "%", 1, False,
     series(lambda i: 0.8 if i < 9 else [4.6, 7.8, 9.3][i - 9], 0.15)),
    ("support_contact_rate", DC, "Aftercare", "", "%", 8, False, series(lambda i: 8.9 + 0.08 * i, 0.3)),
    ("delivery_cost_per_order", DC, "Home delivery", "", "GBP", 3.5, False, series(lambda i: 3.62, 0.06)),
]
KPI = {}
with open(os.path.join(K, "kpis", "weekly_kpis.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "metric", "journey", "stage", "touchpoint", "value", "target", "unit", "higher_is_better"])
    for i, wkd in enumerate(WEEKS):
        for m, j, stg, tp, unit, tgt, hib, vals in KPI_DEFS:
            w.writerow([wkd.isoformat(), m, j["name"], stg, tp, f"{vals[i]:.1f}", tgt, unit,
                        "true" if hib else "false"])
    for m, j, stg, tp, unit, tgt, hib, vals in KPI_DEFS:
        KPI[(m, j["id"])] = {"values": vals, "target": tgt, "unit": unit, "hib": hib}
N_KPI_ROWS = 12 * len(KPI_DEFS)


# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------
def f1(x):
    return f"{x:.1f}"


def fint(x):
    # round half away from zero
    return str(int(x + 0.5) if x >= 0 else -int(-x + 0.5))


def nps(scores):
    n = len(scores)
    return 100.0 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / n


def pct_sat(scores):
    return 100.0 * sum(s >= 4 for s in scores) / len(scores)


def mean(xs):
    return statistics.mean(xs)


def kv(m, j=None):
    if j is None:
        keys = [k for k in KPI if k[0] == m]
        assert len(keys) == 1, m
        return KPI[keys[0]]
    return KPI[(m, j["id"])]


# stories checks --------------------------------------------------------------
det_by_tp = {}
for r in rx_rows:
    det_by_tp.setdefault(r["touchpoint"], 0)
    if r["score"] <= 6:
        det_by_tp[r["touchpoint"]] += 1
det_rank = sorted(det_by_tp.items(), key=lambda x: -x[1])
assert det_rank[0][0] == "Approval status tracker" and det_rank[0][1] - det_rank[1][1] >= 5, det_rank

rx_stage_mean = {}
for st in RX["stages"]:
    sc = [r["score"] for r in rx_rows if r["stage"] == st["name"]]
    rx_stage_mean[st["name"]] = mean(sc)
rx_stage_rank = sorted(rx_stage_mean.items(), key=lambda x: x[1])
assert rx_stage_rank[0][0] == "GP approval" and rx_stage_rank[1][1] - rx_stage_rank[0][1] > 0.5, rx_stage_rank

dc_stage_mean = {st["name"]: mean([r["score"] for r in dc_rows if r["stage"] == st["name"]]) for st in DC["stages"]}
dc_stage_rank = sorted(dc_stage_mean.items(), key=lambda x: x[1])
assert dc_stage_rank[1][1] - dc_stage_rank[0][1] >= 0.15, dc_stage_rank

dc_tp_mean = {tp: mean([r["score"] for r in dc_rows if r["touchpoint"] == tp]) for tp in DC_PLAN}
dc_tp_rank = sorted(dc_tp_mean.items(), key=lambda x: -x[1])
assert dc_tp_rank[0][0] == "Pharmacist chat" and dc_tp_rank[0][1] - dc_tp_rank[1][1] >= 0.3, dc_tp_rank

locker_seg = {s: mean([r["score"] for r in dc_rows if r["touchpoint"] == "Locker unit" and r["segment"] == s])
              for s in SEGMENTS}
locker_rank = sorted(locker_seg.items(), key=lambda x: x[1])
assert locker_rank[0][0] == "Over 65" and locker_rank[1][1] - locker_rank[0][1] >= 0.8, locker_rank

# the emerging word 'pin' only in the last three weeks
for r in dc_rows + rx_rows:
    if re.search(r"\bpin", r["comment"].lower()):
        assert r["week"] >= 9, r

carer_gp = [r["score"] for r in rx_rows if r["stage"] == "GP approval" and r["segment"] == "Carer"]
other_gp = [r["score"] for r in rx_rows if r["stage"] == "GP approval" and r["segment"] != "Carer"]
assert mean(other_gp) - mean(carer_gp) >= 1.0

seg_nps = {s: nps([r["score"] for r in rx_rows if r["segment"] == s]) for s in SEGMENTS}

# KPI helpers
gat = kv("gp_approval_time")["values"]
late = kv("late_delivery_rate")["values"]
csat_rx = kv("csat", RX)["values"]
csat_dc = kv("csat", DC)["values"]
oos = kv("out_of_stock_rate")["values"]
feb_idx = [i for i, d in enumerate(WEEKS) if d.month == 2]
assert gat[-1] < gat[0] - 15 and late[-1] > late[0] + 5

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
RXJ, DCJ = RX, DC
Q = []


def q(kind, text, sources=None, figures=None, abstain=False):
    d = {"question": text, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources
        d["figures"] = figures or []
        d["abstain"] = False
    Q.append(d)


# pain_points
q("pain_points", "whats the main gripe w gp approval rn?",
  [st_id(RXJ, "GP approval"), tp_id(RXJ, "Approval status tracker"), "comment~status"])
q("pain_points", "why r ppl moaning about out of stock stuff",
  [tp_id(RXJ, "Stock check and substitution"), "comment~stock"])
q("pain_points", "home delivery pain points?",
  [st_id(DCJ, "Home delivery"), tp_id(DCJ, "Courier delivery"), "comment~late"])
q("pain_points", "any probs people hit linking nhs login",
  [tp_id(RXJ, "NHS login linking"), "comment~login"])

# touchpoints
def tp_names(j, stage):
    return [tp["name"] for st in j["stages"] if st["name"] == stage for tp in st["touchpoints"]]


q("touchpoints", "what touchpoints do we have in locker collection?",
  [st_id(DCJ, "Locker collection")] + [tp_id(DCJ, n) for n in tp_names(DCJ, "Locker collection")],
  tp_names(DCJ, "Locker collection"))
q("touchpoints", "touchpoints in the dispensing step pls",
  [st_id(RXJ, "Dispensing")] + [tp_id(RXJ, n) for n in tp_names(RXJ, "Dispensing")],
  tp_names(RXJ, "Dispensing"))
q("touchpoints", "list the touchpoints for order request",
  [st_id(RXJ, "Order request")] + [tp_id(RXJ, n) for n in tp_names(RXJ, "Order request")],
  tp_names(RXJ, "Order request"))

# owner
q("owner", "who owns the locker pin code thing",
  [tp_id(DCJ, "Locker PIN code")], [DC_TP["Locker PIN code"][1]["owner"]])
q("owner", "whos responsible for the approval status tracker?",
  [tp_id(RXJ, "Approval status tracker")], [RX_TP["Approval status tracker"][1]["owner"]])
q("owner", "owner of the delivery & collection journey?",
  [f"journey:{DCJ['id']}"], [DCJ["owner"]])

# goal
q("goal", "whats the goal of the gp approval stage", [st_id(RXJ, "GP approval")], ["48"])
q("goal", "what r we aiming for in aftercare", [st_id(DCJ, "Aftercare")], ["10"])
q("goal", "goal for home delivery step?", [st_id(DCJ, "Home delivery")], ["window"])

# latest_kpi
q("latest_kpi", "late delivery rate atm?", ["kpi~late_delivery_rate"], [f1(late[-1])])
q("latest_kpi", "whats locker collection rate this wk", ["kpi~locker_collection_rate"],
  [f1(kv("locker_collection_rate")["values"][-1])])
q("latest_kpi", "wats dispense accuracy at rn", ["kpi~dispense_accuracy_rate"],
  [f1(kv("dispense_accuracy_rate")["values"][-1])])
q("latest_kpi", "order to dispatch time latest?", ["kpi~order_to_dispatch_time"],
  [f1(kv("order_to_dispatch_time")["values"][-1])])

# kpi_change
q("kpi_change", "how much has gp approval time come down since start of jan?", ["kpi~gp_approval_time"],
  [f1(gat[0] - gat[-1])])
q("kpi_change", "late deliveries - change over the 12 wks? from what to what",
  ["kpi~late_delivery_rate"], [f1(late[0]), f1(late[-1])])
q("kpi_change", "delivery csat up or down vs 4 wks ago? by how much", ["kpi~csat"],
  [f1(abs(csat_dc[-1] - csat_dc[-5]))])

# kpi_window
q("kpi_window", "avg out of stock rate over last 4 wks?", ["kpi~out_of_stock_rate"], [f1(mean(oos[-4:]))])
q("kpi_window", "mean gp approval time in feb", ["kpi~gp_approval_time"], [f1(mean([gat[i] for i in feb_idx]))])
q("kpi_window", "avg late delivery rate over the last 6 wks?", ["kpi~late_delivery_rate"],
  [f1(mean(late[-6:]))])

# comparison
q("comparison", "csat repeat rx vs delivery journey, latest wk?", ["kpi~csat"], [f1(csat_rx[-1]), f1(csat_dc[-1])])
q("comparison", "late delivery rate vs target rn", ["kpi~late_delivery_rate"], [f1(late[-1]), "5"])
q("comparison", "is order to dispatch time beating target atm?", ["kpi~order_to_dispatch_time"],
  [f1(kv("order_to_dispatch_time")["values"][-1]), "24"])

# ranking
q("ranking", "which touchpoint gets the most detractors in the repeat prescription survey?",
  [tp_id(RXJ, det_rank[0][0]), "comment~status"], [det_rank[0][0]])
q("ranking", "rank delivery & collection stages by avg csat, worst first",
  [st_id(DCJ, dc_stage_rank[0][0]), f"journey:{DCJ['id']}", "comment~dlv"], [dc_stage_rank[0][0]])
q("ranking", "lowest scoring stage in repeat rx (avg nps score)?",
  [st_id(RXJ, rx_stage_rank[0][0]), "comment~rx"], [rx_stage_rank[0][0]])

# segment
q("segment", "which customer type is least happy with the locker units themselves?",
  [tp_id(DCJ, "Locker unit"), st_id(DCJ, "Locker collection"), "comment~locker"], ["Over 65", f1(locker_seg["Over 65"])])
q("segment", "do carers score gp approval worse than everyone else? avg score pls",
  [st_id(RXJ, "GP approval"), "comment~proxy|comment~status"], [f1(mean(carer_gp)), f1(mean(other_gp))])
q("segment", "nps new customers vs regulars in the rx survey",
  [f"journey:{RXJ['id']}", "comment~rx"], [fint(seg_nps["New customer"]), fint(seg_nps["Regular"])])

# derived_score
q("derived_score", "overall nps from the repeat prescription survey comments?",
  [f"journey:{RXJ['id']}", "comment~rx"], [fint(nps([r["score"] for r in rx_rows]))])
q("derived_score", "csat % (4s and 5s) for home delivery?",
  [st_id(DCJ, "Home delivery"), "comment~late"],
  [fint(pct_sat([r["score"] for r in dc_rows if r["stage"] == "Home delivery"]))])
q("derived_score", "nps for the approval status tracker on its own",
  [tp_id(RXJ, "Approval status tracker"), "comment~status"],
  [fint(nps([r["score"] for r in rx_rows if r["touchpoint"] == "Approval status tracker"]))])

# themes
q("themes", "main themes in delivery and collection feedback?",
  [f"journey:{DCJ['id']}", "comment~late", "comment~pin", "comment~pharmacist"], ["late"])
q("themes", "what do carers keep banging on about", ["comment~proxy", "comment~carer"], ["proxy"])
q("themes", "recurring theme in dispensing comments?",
  [st_id(RXJ, "Dispensing"), "comment~stock"], ["stock"])

# praise
q("praise", "what do customers actually love about us?",
  [tp_id(DCJ, "Pharmacist chat"), "comment~pharmacist"], ["Pharmacist chat"])
q("praise", "any nice feedback on the reorder reminders",
  [tp_id(RXJ, "Reorder reminder"), "comment~reminder"], [])
q("praise", "best rated touchpoint in the delivery survey + its avg?",
  [tp_id(DCJ, "Pharmacist chat"), "comment~pharmacist"], ["Pharmacist chat", f1(dc_tp_mean["Pharmacist chat"])])

# emerging
q("emerging", "anything new kicking off in the last 2-3 wks?",
  ["comment~pin", tp_id(DCJ, "Locker PIN code"), "kpi~locker_pin_failure_rate"], ["PIN"])
q("emerging", "new complaints about the lockers lately?",
  ["comment~pin", tp_id(DCJ, "Locker PIN code"), "kpi~locker_pin_failure_rate"], ["PIN"])
q("emerging", "has locker pin failure rate spiked recently? whats it now",
  ["kpi~locker_pin_failure_rate", "comment~pin"], [f1(kv("locker_pin_failure_rate")["values"][-1])])

# priority
q("priority", "what should we fix first in the delivery journey",
  [tp_id(DCJ, "Courier delivery"), "kpi~late_delivery_rate", "comment~late"], ["late"])
q("priority", "biggest priority for the repeat rx team this qtr?",
  [tp_id(RXJ, "Approval status tracker"), "comment~status"], ["Approval status tracker"])
q("priority", "if we could only fix one locker thing this sprint what should it be",
  [tp_id(DCJ, "Locker PIN code"), "comment~pin", "kpi~locker_pin_failure_rate"], ["PIN"])

# paraphrase
q("paraphrase", "the bit where the chemist double checks the meds are right before they get bagged up - any complaints?",
  [tp_id(RXJ, "Pharmacist clinical check"), "comment~pharmacist"])
q("paraphrase", "what goes wrong when ppl type the code in to open the box at the station",
  [tp_id(DCJ, "Locker PIN code"), "comment~pin"])
q("paraphrase", "who looks after the part where the doctors practice looks at the request and okays it",
  [tp_id(RXJ, "Surgery review"), st_id(RXJ, "GP approval")], [RX_TP["Surgery review"][1]["owner"]])
q("paraphrase", "when the driver turns up and nobody's in, what do ppl say about the note they leave?",
  [tp_id(DCJ, "Missed delivery card"), "comment~card"])

# abstain
for t in ["whats boots online pharmacy nps?",
          "whats lloyds direct's late delivery rate?",
          "forecast for gp approval time next quarter?",
          "what will delivery csat be in 2027",
          "revenue from repeat prescriptions last month?",
          "how many pharmacists do we employ atm",
          "pain points in the travel vaccination booking journey?",
          "who owns the weight loss injection consultation journey",
          "whats our app store rating trend",
          "avg basket value for otc orders this wk?",
          "gross margin on delivered orders?",
          "staff turnover in the dispensing team last qtr"]:
    q("abstain", t, abstain=True)

# split at random per kind
split_rng = random.Random(SEED + 1)
dev, held = [], []
kinds = []
for d in Q:
    if d["kind"] not in kinds:
        kinds.append(d["kind"])
for kind in kinds:
    items = [d for d in Q if d["kind"] == kind]
    split_rng.shuffle(items)
    h = len(items) // 2
    if len(items) % 2 and split_rng.random() < 0.5:
        h += 1
    dev += items[:h]
    held += items[h:]
assert all(any(d["kind"] == k for d in dev) and any(d["kind"] == k for d in held) for k in kinds)


class _D(yaml.SafeDumper):
    pass


for name, items in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(BASE, name), "w") as f:
        yaml.dump({"questions": items}, f, Dumper=_D, sort_keys=False, allow_unicode=True, width=120)

# summary for README / report
n_stages = sum(len(j["stages"]) for j in JOURNEYS)
n_tps = sum(len(st["touchpoints"]) for j in JOURNEYS for st in j["stages"])
print(f"journeys=2 stages={n_stages} touchpoints={n_tps}")
print(f"rx comments={len(rx_rows)} (+{len(RX_JUNK)} junk)  dc comments={len(dc_rows)} (+{len(DC_JUNK)} junk)")
print(f"kpi rows={N_KPI_ROWS} metrics={len(set(m[0] for m in KPI_DEFS))} series={len(KPI_DEFS)}")
print(f"questions total={len(Q)} dev={len(dev)} heldout={len(held)}")
for kind in kinds:
    print(f"  {kind}: dev={sum(d['kind'] == kind for d in dev)} held={sum(d['kind'] == kind for d in held)}")
print("det_rank", det_rank[:3])
print("rx_stage_rank", [(a, round(b, 2)) for a, b in rx_stage_rank])
print("dc_stage_rank", [(a, round(b, 2)) for a, b in dc_stage_rank])
print("dc_tp_rank", [(a, round(b, 2)) for a, b in dc_tp_rank[:3]])
print("locker_seg", {a: round(b, 2) for a, b in locker_seg.items()})
print("seg_nps", {a: round(b, 1) for a, b in seg_nps.items()})
print("carer_gp", round(mean(carer_gp), 2), "other_gp", round(mean(other_gp), 2))
print("gat", gat)
print("late", late)
print("csat_rx", csat_rx)
print("csat_dc", csat_dc)
print("pin", kv("locker_pin_failure_rate")["values"])
print("locker_coll", kv("locker_collection_rate")["values"])
