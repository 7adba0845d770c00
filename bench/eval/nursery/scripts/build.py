#!/usr/bin/env python3
"""Seeded generator for the 'nursery' evaluation base (Little Acorns Day Nurseries).

Writes every file under ../knowledge/. Run:  python3 scripts/build.py
Same seed -> byte-identical files, so every figure in dev.yaml / heldout.yaml is reproducible
(figures are computed from the generated files by scripts/stats.py).
"""
import csv
import datetime as dt
import json
import random
import re
from pathlib import Path

import yaml

import os
SEED = int(os.environ.get("NURSERY_SEED", "6"))
ROOT = Path(__file__).resolve().parent.parent
KN = ROOT / "knowledge"

WEEKS = [dt.date(2025, 9, 1) + dt.timedelta(weeks=i) for i in range(10)]  # Mondays 1 Sep .. 3 Nov 2025
EMERGING_FROM = 7  # index of the first week in which emerging themes appear (20 Oct 2025)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ----------------------------------------------------------------------------------------------
# Journey maps
# ----------------------------------------------------------------------------------------------
ENROLMENT = {
    "id": "enrolment",
    "name": "Enrolment",
    "persona": "Working parent looking for a nursery place for a baby or toddler",
    "owner": "Admissions team",
    "updated": "2025-08-18",
    "description": (
        "How a family goes from first enquiry to a settled child at a Little Acorns nursery: "
        "enquiry and show-round, the waiting list, registration and funding paperwork, "
        "settling-in sessions and the first weeks review."
    ),
    "stages": [
        {
            "name": "Enquiry and visit",
            "goal": "Help parents decide we are the right nursery by seeing it for themselves",
            "emotion": 1,
            "pain_points": [
                "Weekend enquiries sit unanswered until Tuesday",
                "Show-round slots are only offered in working hours",
            ],
            "opportunities": ["Evening and Saturday show-rounds", "Text parents a visit reminder"],
            "touchpoints": [
                {"name": "Website enquiry form", "channel": "web", "owner": "Marketing",
                 "description": "Enquiry form on each nursery's page; submissions go to the central admissions inbox.",
                 "emotion": 0,
                 "pain_points": ["Auto-reply promises a call within 24 hours that often takes three or four days"],
                 "metrics": ["enquiry_to_visit_rate"]},
                {"name": "Nursery manager call-back", "channel": "phone", "owner": "Nursery managers",
                 "description": "The nursery manager rings the family back to answer questions and book a visit.",
                 "emotion": 1,
                 "pain_points": ["Managers call back during the working day when parents can't talk"]},
                {"name": "Show-round visit", "channel": "in person", "owner": "Nursery managers",
                 "description": "A 45-minute tour of the rooms, garden and kitchen with the manager.",
                 "emotion": 2,
                 "pain_points": ["Tours at lunchtime make the rooms look chaotic"],
                 "opportunities": ["Let parents meet a room leader on the tour"],
                 "metrics": ["visit_to_registration_rate"]},
                {"name": "Open morning", "channel": "in person", "owner": "Marketing",
                 "description": "Saturday open mornings held once a term at every nursery.",
                 "emotion": 1},
            ],
        },
        {
            "name": "Waiting list",
            "goal": "Hold a place for the start date the family needs and keep them informed while they wait",
            "emotion": -1,
            "pain_points": [
                "Parents don't know where they are on the list",
                "The waiting list deposit is non-refundable and this is not explained up front",
            ],
            "opportunities": ["Show the list position in the parent portal"],
            "touchpoints": [
                {"name": "Waiting list deposit", "channel": "portal", "owner": "Admissions team",
                 "description": "A £75 deposit paid online to join the list, deducted from the first invoice.",
                 "emotion": -1,
                 "pain_points": ["Deposit refund rules are unclear when the family is not offered a place"]},
                {"name": "Waiting list position update", "channel": "email", "owner": "Admissions team",
                 "description": "Monthly e-mail telling families their position for the requested room and start date.",
                 "emotion": -1,
                 "pain_points": ["Updates are often skipped, so parents ring the nursery to ask"],
                 "metrics": ["waiting_list_dropout_rate"]},
                {"name": "Place offer email", "channel": "email", "owner": "Admissions team",
                 "description": "E-mail offering a place, to be accepted in the portal within 48 hours.",
                 "emotion": 1,
                 "pain_points": ["48 hours to accept is too short"]},
                {"name": "Start date confirmation", "channel": "email", "owner": "Nursery managers",
                 "description": "Confirms the start date, the room and the settling-in plan.",
                 "emotion": 1},
            ],
        },
        {
            "name": "Registration and funding paperwork",
            "goal": "Collect the legal, medical and funding documents we need before the child's first day",
            "emotion": -1,
            "pain_points": [
                "The same details are asked for on three different forms",
                "Funding codes are rejected without telling parents why",
            ],
            "opportunities": ["One combined registration and funding form"],
            "touchpoints": [
                {"name": "Online registration form", "channel": "portal", "owner": "Admissions team",
                 "description": "Child, parent, emergency contact, GP and dietary details entered in the parent portal.",
                 "emotion": -1,
                 "pain_points": ["Form times out and loses what was typed", "Does not save progress"],
                 "metrics": ["registration_time_days"]},
                {"name": "30-hours funding code check", "channel": "portal", "owner": "Funding & billing team",
                 "description": "Parents enter their government childcare eligibility code; the billing team validates it with the council.",
                 "emotion": -2,
                 "pain_points": ["Codes fail validation when names or dates of birth don't match HMRC exactly",
                                 "Parents are not told a code failed until the first invoice"],
                 "metrics": ["funding_code_failure_rate"]},
                {"name": "Birth certificate and ID check", "channel": "in person", "owner": "Nursery managers",
                 "description": "Originals checked at the nursery before the first settling-in session.",
                 "emotion": 0},
                {"name": "Parent contract e-signature", "channel": "email", "owner": "Admissions team",
                 "description": "Terms and conditions, fee schedule and notice period signed electronically.",
                 "emotion": 0,
                 "pain_points": ["Notice period and fee rises are buried in the contract"]},
            ],
        },
        {
            "name": "Settling-in sessions",
            "goal": "Help the child and the parent feel confident before the first full day",
            "emotion": 1,
            "pain_points": ["Sessions are booked at times that don't suit working parents"],
            "opportunities": ["Let parents book their own settling-in slots"],
            "touchpoints": [
                {"name": "Settling-in session booking", "channel": "phone", "owner": "Room leaders",
                 "description": "Three free one-hour sessions booked by phone with the room leader.",
                 "emotion": 0,
                 "pain_points": ["Slots only offered on weekday mornings"],
                 "metrics": ["settling_in_completion_rate"]},
                {"name": "Key person introduction", "channel": "in person", "owner": "Room leaders",
                 "description": "The child's key person meets the family and learns routines, comforters and words.",
                 "emotion": 2},
                {"name": "All about me form", "channel": "paper", "owner": "Room leaders",
                 "description": "Paper form about the child's routines, likes, sleep and feeding.",
                 "emotion": 0,
                 "pain_points": ["Duplicates the online registration form"]},
                {"name": "Settling-in check-in call", "channel": "phone", "owner": "Nursery managers",
                 "description": "Manager calls the parent after the first full day to see how it went.",
                 "emotion": 1},
            ],
        },
        {
            "name": "First weeks review",
            "goal": "Check that the child is happy and the family is staying after the first six weeks",
            "emotion": 1,
            "touchpoints": [
                {"name": "Welcome pack", "channel": "paper", "owner": "Marketing",
                 "description": "Bag with a name label set, spare-clothes list and app download card.",
                 "emotion": 1},
                {"name": "Six-week progress review", "channel": "in person", "owner": "Early years practice team",
                 "description": "Key person and parent review how the child has settled and agree next steps.",
                 "emotion": 1,
                 "metrics": ["nps"]},
                {"name": "First invoice walkthrough", "channel": "email", "owner": "Funding & billing team",
                 "description": "E-mail explaining the first invoice, the deposit deduction and funded hours.",
                 "emotion": -1,
                 "pain_points": ["First invoice arrives before the walkthrough e-mail"]},
            ],
        },
    ],
}

DAILY = {
    "id": "daily-care",
    "name": "Daily care",
    "persona": "Parent of a child attending a Little Acorns nursery",
    "owner": "Nursery operations",
    "updated": "2025-08-25",
    "description": (
        "The everyday experience once a child attends: drop-off and pick-up, the Acorns parent app and "
        "daily updates, meals and allergies, fees and funding invoices, and room moves."
    ),
    "stages": [
        {
            "name": "Drop-off and pick-up",
            "goal": "Hand children over safely and quickly at both ends of the day",
            "emotion": 0,
            "pain_points": ["Queues at the door around 8am and 6pm", "Handover details get lost between shifts"],
            "opportunities": ["Staggered drop-off windows per room"],
            "touchpoints": [
                {"name": "Door entry and sign-in", "channel": "in person", "owner": "Nursery managers",
                 "description": "Parents ring in at the front door and sign the child in on the room tablet.",
                 "emotion": 0,
                 "pain_points": ["One door for all rooms creates a bottleneck"],
                 "metrics": ["pickup_wait_time_min"]},
                {"name": "Morning handover to key person", "channel": "in person", "owner": "Room leaders",
                 "description": "Parent tells the key person about sleep, breakfast and medicine.",
                 "emotion": 1},
                {"name": "Authorised collector check", "channel": "in person", "owner": "Nursery managers",
                 "description": "Anyone collecting who is not a parent must be on the list and give the password.",
                 "emotion": 0,
                 "pain_points": ["Grandparents turned away when the list wasn't updated"]},
                {"name": "Late pick-up", "channel": "in person", "owner": "Nursery managers",
                 "description": "Collection after 6pm; a late fee is charged per 15 minutes.",
                 "emotion": -1,
                 "pain_points": ["Late fee charged even when the parent phoned ahead"]},
            ],
        },
        {
            "name": "Parent app and daily updates",
            "goal": "Keep parents in the loop about their child's day without them having to chase",
            "emotion": 1,
            "pain_points": ["Updates arrive in one batch at home time instead of through the day"],
            "touchpoints": [
                {"name": "Daily diary", "channel": "app", "owner": "Parent app team",
                 "description": "End-of-day summary of activities, meals, naps and nappies in the Acorns app.",
                 "emotion": 1,
                 "metrics": ["daily_diary_completion_rate"]},
                {"name": "Photo and video updates", "channel": "app", "owner": "Room leaders",
                 "description": "Staff post photos and short videos of the child during the day.",
                 "emotion": 2},
                {"name": "Nappy and sleep log", "channel": "app", "owner": "Room leaders",
                 "description": "Times of nappy changes, naps and bottles logged on the room tablet.",
                 "emotion": 0,
                 "pain_points": ["Log entries missing or entered hours late"]},
                {"name": "App messages to the room", "channel": "app", "owner": "Room leaders",
                 "description": "Parents message the room directly; staff reply between routines.",
                 "emotion": 0,
                 "pain_points": ["Messages sent after 3pm are not read until the next day"],
                 "metrics": ["message_reply_time_hours"]},
                {"name": "Learning journal observations", "channel": "app", "owner": "Early years practice team",
                 "description": "Key person observations linked to the EYFS areas of learning.",
                 "emotion": 1},
            ],
        },
        {
            "name": "Meals and allergies",
            "goal": "Feed every child well and keep children with allergies and special diets safe",
            "emotion": 0,
            "pain_points": ["Menu changes are not shared in advance", "Allergy plans not updated after new GP letters"],
            "opportunities": ["Allergen icons on the weekly menu"],
            "touchpoints": [
                {"name": "Weekly menu", "channel": "app", "owner": "Catering & nutrition team",
                 "description": "Four-week rotating menu cooked on site, published in the app every Friday.",
                 "emotion": 1},
                {"name": "Allergy and dietary plan", "channel": "paper", "owner": "Catering & nutrition team",
                 "description": "Care plan for each child with an allergy, intolerance or cultural diet, kept in the kitchen and room.",
                 "emotion": 0,
                 "pain_points": ["Plan changes take over a week to reach the kitchen"]},
                {"name": "Allergen incident report", "channel": "email", "owner": "Nursery managers",
                 "description": "Report to parents the same day if a child is given, or nearly given, a food they must avoid.",
                 "emotion": -2,
                 "metrics": ["allergen_incidents"]},
                {"name": "Mealtime report", "channel": "app", "owner": "Room leaders",
                 "description": "How much the child ate at breakfast, lunch and tea.",
                 "emotion": 0},
            ],
        },
        {
            "name": "Fees and funding invoices",
            "goal": "Bill parents accurately and make funded hours easy to understand",
            "emotion": -1,
            "pain_points": [
                "Funded and paid hours are shown on different lines with no explanation",
                "Invoice corrections take a whole billing cycle",
            ],
            "opportunities": ["Plain-English invoice with a funded hours summary"],
            "touchpoints": [
                {"name": "Monthly invoice", "channel": "email", "owner": "Funding & billing team",
                 "description": "Invoice e-mailed on the 25th for the following month.",
                 "emotion": -1,
                 "metrics": ["invoice_error_rate"]},
                {"name": "Funded hours statement", "channel": "portal", "owner": "Funding & billing team",
                 "description": "Termly statement of how many government-funded hours were used and how they are stretched.",
                 "emotion": -1,
                 "pain_points": ["Stretched funding is hard to follow"]},
                {"name": "Direct debit collection", "channel": "bank", "owner": "Funding & billing team",
                 "description": "Fees collected by direct debit on the 1st of the month.",
                 "emotion": 0},
                {"name": "Tax-Free Childcare payment", "channel": "portal", "owner": "Funding & billing team",
                 "description": "Parents paying through the government Tax-Free Childcare account quote a reference.",
                 "emotion": 0,
                 "pain_points": ["Payments without the right reference are not matched to the account"]},
            ],
        },
        {
            "name": "Room moves and parent evenings",
            "goal": "Keep parents involved in their child's progress as they grow and move up a room",
            "emotion": 1,
            "touchpoints": [
                {"name": "Room transition settling", "channel": "in person", "owner": "Room leaders",
                 "description": "Visits to the next room with the new key person before a room move.",
                 "emotion": 1},
                {"name": "Parents' evening", "channel": "in person", "owner": "Early years practice team",
                 "description": "Termly meeting with the key person about progress and next steps.",
                 "emotion": 1},
                {"name": "Two-year progress check", "channel": "paper", "owner": "Early years practice team",
                 "description": "Statutory EYFS progress check between ages two and three, shared with the health visitor.",
                 "emotion": 0},
            ],
        },
    ],
}


def write_maps():
    (KN / "maps").mkdir(parents=True, exist_ok=True)
    with open(KN / "maps" / "enrolment.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(ENROLMENT, f, sort_keys=False, allow_unicode=True, width=110)
    with open(KN / "maps" / "daily-care.json", "w", encoding="utf-8") as f:
        json.dump(DAILY, f, indent=2, ensure_ascii=False)
        f.write("\n")


# ----------------------------------------------------------------------------------------------
# KPI snapshots
# ----------------------------------------------------------------------------------------------
# (journey, stage, touchpoint, metric, unit, target, higher_is_better, trajectory(week index) -> value, noise, decimals)
def lin(a, b):
    return lambda i: a + (b - a) * i / 9


def step(base, after, at):
    return lambda i: base if i < at else after + (i - at) * 0.3


KPIS = [
    ("Enrolment", "Enquiry and visit", "Website enquiry form", "enquiry_to_visit_rate", "%", 55, True, lin(51, 58.5), 0.6, 1),
    ("Enrolment", "Enquiry and visit", "Show-round visit", "visit_to_registration_rate", "%", 40, True, lin(42.5, 43), 0.7, 1),
    ("Enrolment", "Waiting list", "Waiting list position update", "waiting_list_dropout_rate", "%", 12, False, lin(13.5, 18.5), 0.5, 1),
    ("Enrolment", "Registration and funding paperwork", "Online registration form", "registration_time_days", "days", 7, False, lin(9.2, 8.6), 0.3, 1),
    ("Enrolment", "Registration and funding paperwork", "30-hours funding code check", "funding_code_failure_rate", "%", 5, False, lambda i: [6.1, 9.8, 12.4, 14.0, 15.1, 15.9, 16.4, 16.8, 17.2, 17.5][i], 0.3, 1),
    ("Enrolment", "Settling-in sessions", "Settling-in session booking", "settling_in_completion_rate", "%", 90, True, lin(92.5, 91.5), 0.6, 1),
    ("Enrolment", "", "", "nps", "score", 40, True, lin(38, 29), 1.2, 0),
    ("Daily care", "Drop-off and pick-up", "Door entry and sign-in", "pickup_wait_time_min", "min", 3, False, step(2.6, 5.4, EMERGING_FROM), 0.15, 1),
    ("Daily care", "Parent app and daily updates", "Daily diary", "daily_diary_completion_rate", "%", 95, True, lin(87.5, 96.5), 0.4, 1),
    ("Daily care", "Parent app and daily updates", "App messages to the room", "message_reply_time_hours", "h", 4, False, lin(3.6, 3.3), 0.2, 1),
    ("Daily care", "Meals and allergies", "Allergen incident report", "allergen_incidents", "count", 0, False, lambda i: [0, 1, 0, 0, 0, 2, 0, 1, 0, 0][i], 0, 0),
    ("Daily care", "Fees and funding invoices", "Monthly invoice", "invoice_error_rate", "%", 2, False, step(1.6, 5.9, EMERGING_FROM), 0.15, 1),
    ("Daily care", "", "", "nps", "score", 45, True, lambda i: 49 - (0 if i < EMERGING_FROM else 3 * (i - EMERGING_FROM + 1)) - 0.3 * i, 1.0, 0),
]


def write_kpis(rng):
    (KN / "kpis").mkdir(parents=True, exist_ok=True)
    files = {"Enrolment": "enrolment_weekly_kpis.csv", "Daily care": "daily_care_weekly_kpis.csv"}
    rows = {k: [] for k in files}
    for (journey, stage, tp, metric, unit, target, hib, traj, noise, dec) in KPIS:
        for i, wk in enumerate(WEEKS):
            v = traj(i) + (rng.gauss(0, noise) if noise else 0)
            v = round(v, dec)
            if dec == 0:
                v = int(v)
            rows[journey].append({
                "date": wk.isoformat(), "journey": journey, "stage": stage, "touchpoint": tp,
                "metric": metric, "value": v, "target": target, "unit": unit,
                "higher_is_better": "true" if hib else "false",
            })
    for journey, fname in files.items():
        rs = sorted(rows[journey], key=lambda r: (r["date"], r["metric"]))
        with open(KN / "kpis" / fname, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rs[0].keys()))
            w.writeheader()
            w.writerows(rs)


# ----------------------------------------------------------------------------------------------
# Survey comments
# ----------------------------------------------------------------------------------------------
SITES = ["Oakfield", "Riverside", "Hillcrest", "Meadowbank", "Elm Park"]
KIDS = ["Maya", "Leo", "Isla", "Arlo", "Amara", "Noah", "Freya", "Zain", "Ivy", "Oscar", "Aisha", "Theo",
        "Rosie", "Kai", "Ella", "Yusuf", "Poppy", "Finn", "Layla", "Jude"]

# texts per touchpoint: neg / pos / neu.  {site} {kid} placeholders.
T = {}

# ---- Enrolment
T[("Enrolment", "Enquiry and visit", "Website enquiry form")] = dict(
    neg=["Filled in the enquiry form on the website and heard nothing for four days despite the 'we'll call within 24 hours' message.",
         "Sent two website enquiries for {site} and nobody got back to me, ended up phoning.",
         "Enquiry form asked for loads of detail and then no one replied over the weekend.",
         "the online enquiry just disappeared into a black hole, had to chase",
         "Website form said a call within a day - it took nearly a week. We nearly went elsewhere."],
    pos=["Enquiry form was quick and I got a call the same afternoon.",
         "Easy to enquire online, really fast reply from the {site} team."],
    neu=["Website enquiry was fine, the reply took a couple of days."])
T[("Enrolment", "Enquiry and visit", "Nursery manager call-back")] = dict(
    neg=["Manager kept calling back at 11am when I'm at work, we played phone tag for a week.",
         "Call-back was rushed and she couldn't tell me the fees for part-time."],
    pos=["The manager at {site} rang back quickly and answered all my questions about funding.",
         "Lovely phone call with the manager, really patient with a nervous first-time mum.",
         "Call back was friendly and she booked the visit there and then."],
    neu=["Manager called back, standard info, nothing special."])
T[("Enrolment", "Enquiry and visit", "Show-round visit")] = dict(
    neg=["Show-round was at lunchtime so the baby room was chaos and we couldn't talk to anyone.",
         "Our visit was cut short as the manager had to cover a room.",
         "Only weekday visit slots offered, had to take half a day off work just to see the nursery."],
    pos=["The show round at {site} sold it for us - warm, calm rooms and a lovely garden.",
         "Fantastic visit, the manager knew every child's name and the rooms were spotless.",
         "Loved the tour, we saw the kitchen and the cook explained the menu. Booked the same day.",
         "Visit was brilliant, staff were genuinely happy and {kid} didn't want to leave.",
         "The show-round was so reassuring, you could tell the staff really care."],
    neu=["Tour was ok, would have liked to meet the room staff."])
T[("Enrolment", "Enquiry and visit", "Open morning")] = dict(
    neg=["Open morning was packed, could barely see the rooms."],
    pos=["Saturday open morning was great - both of us could come and ask questions.",
         "Really enjoyed the open morning at {site}, kids played while we chatted to staff."],
    neu=[])
T[("Enrolment", "Waiting list", "Waiting list deposit")] = dict(
    neg=["Paid the £75 deposit and only afterwards found out it's non refundable if you don't get a place when you want it.",
         "Deposit to join the waiting list feels like a money grab when there's no guarantee of a place.",
         "Nobody explained the waiting list deposit rules, very annoyed to lose £75.",
         "Asked for my deposit back as we moved, still waiting after 6 weeks."],
    pos=["Deposit was deducted from our first invoice as promised, all clear."],
    neu=["Deposit process was simple enough online."])
T[("Enrolment", "Waiting list", "Waiting list position update")] = dict(
    neg=["No idea where we are on the waiting list, haven't had an update in two months.",
         "I have to ring {site} every few weeks to find out our position, the updates never come.",
         "Waiting list is a mystery. We gave up and took a place at another nursery.",
         "Promised monthly updates on the waiting list but got nothing since July.",
         "Would be nice to see our waiting list position somewhere instead of chasing."],
    pos=["Got a clear update on our waiting list position every month, appreciated that."],
    neu=["Waiting list updates were a bit infrequent but we got there."])
T[("Enrolment", "Waiting list", "Place offer email")] = dict(
    neg=["Only 48 hours to accept the place offer, we were on holiday and nearly lost it.",
         "Place offer email gave us two days to decide and pay - far too short."],
    pos=["So happy to get the offer email for {site}, clear and easy to accept in the portal.",
         "Offer came through for our preferred start date, brilliant news."],
    neu=[])
T[("Enrolment", "Waiting list", "Start date confirmation")] = dict(
    neg=["Start date confirmation came a week before, not enough time to sort work."],
    pos=["Start date and settling plan confirmed well in advance, really organised.",
         "Clear confirmation of the room and start date, thank you."],
    neu=[])
T[("Enrolment", "Registration and funding paperwork", "Online registration form")] = dict(
    neg=["The registration form timed out twice and I lost everything I'd typed.",
         "Registration asked for the same emergency contacts and GP details three times across different forms.",
         "Online registration doesn't save progress, took me an hour on my phone.",
         "So much paperwork for a nursery - registration form, all about me, medical forms, all repeating each other.",
         "registration portal is clunky and logged me out halfway"],
    pos=["Registration form was straightforward, done in 20 minutes."],
    neu=["Registration was long but fine."])
T[("Enrolment", "Registration and funding paperwork", "30-hours funding code check")] = dict(
    neg=["Our 30 hours funding code was rejected and nobody told us why, we found out from the invoice.",
         "Funding code check failed three times because of a typo in the date of birth on the HMRC side, no help from the nursery.",
         "Entered our childcare code in the portal and heard nothing until we were charged full price.",
         "The funded hours code validation is a nightmare, sent it four times.",
         "Nobody at the nursery could explain why our funding code failed. Had to sort it out with HMRC myself.",
         "Funding paperwork is so confusing with the new 9 month old funding, we had no guidance at all.",
         "Our code was valid on the government site but the nursery kept saying it failed."],
    pos=["Billing team sorted our funding code quickly, very helpful.",
         "Funding code check was painless, confirmed within a day."],
    neu=["Funding code took a while to be confirmed."])
T[("Enrolment", "Registration and funding paperwork", "Birth certificate and ID check")] = dict(
    neg=["Had to bring the birth certificate in person on a weekday, couldn't just upload it."],
    pos=["ID and birth certificate check took two minutes at the first session."],
    neu=["Document check was fine."])
T[("Enrolment", "Registration and funding paperwork", "Parent contract e-signature")] = dict(
    neg=["The contract hides the 2 month notice period in the small print.",
         "Fee increase clause in the contract wasn't mentioned at all on the visit."],
    pos=["E-signing the contract was easy."],
    neu=["Contract was long, signed it electronically."])
T[("Enrolment", "Settling-in sessions", "Settling-in session booking")] = dict(
    neg=["Settling-in sessions were only offered on weekday mornings, I had to use annual leave for all three.",
         "Had to phone three times to book settling in sessions, nobody picked up in the room.",
         "Our second settling session was cancelled the night before."],
    pos=["Settling in sessions were booked around my shifts, really flexible.",
         "Three settling sessions were perfect for {kid}, gradual and calm."],
    neu=["Settling in booking was ok."])
T[("Enrolment", "Settling-in sessions", "Key person introduction")] = dict(
    neg=["We met the key person once and then she moved rooms before we started."],
    pos=["{kid}'s key person was amazing from the first session, she learnt his comforter's name and his nap routine.",
         "The key person made all the difference, {kid} settled in days.",
         "Key person was so warm and sent me a photo during the first session to reassure me.",
         "Loved that the key person took time to learn our routines and words we use at home.",
         "Our key person is wonderful, calm and kind, I cried (happy tears) at pick up."],
    neu=[])
T[("Enrolment", "Settling-in sessions", "All about me form")] = dict(
    neg=["The paper All about me form asks for exactly what I already put in the online registration.",
         "All about me form got lost and I had to fill it in again."],
    pos=["Liked the all about me form, staff actually used what I wrote about {kid}'s routine."],
    neu=[])
T[("Enrolment", "Settling-in sessions", "Settling-in check-in call")] = dict(
    neg=[],
    pos=["The manager called after {kid}'s first full day to see how we were, such a nice touch.",
         "Check-in call after the first week was reassuring."],
    neu=["Had a short call after the first day."])
T[("Enrolment", "First weeks review", "Welcome pack")] = dict(
    neg=["Welcome pack was missing the app download card so we had no updates for a week."],
    pos=["Cute welcome pack, the name labels were really useful."],
    neu=[])
T[("Enrolment", "First weeks review", "Six-week progress review")] = dict(
    neg=["Six week review was rescheduled twice."],
    pos=["Six-week review was thorough, we could see how well {kid} had settled.",
         "Really useful progress review with the key person after six weeks."],
    neu=["Review meeting was fine."])
T[("Enrolment", "First weeks review", "First invoice walkthrough")] = dict(
    neg=["First invoice came before any explanation and didn't show the funded hours, had to email twice.",
         "The invoice walkthrough email arrived after I'd already paid the wrong amount.",
         "First bill was a shock, no explanation of the deposit deduction."],
    pos=["The walkthrough email made the first invoice easy to understand."],
    neu=[])

# ---- Daily care
T[("Daily care", "Drop-off and pick-up", "Door entry and sign-in")] = dict(
    neg=["Queue at the front door at 8am every day, one door for all rooms is a bottleneck.",
         "Drop off takes ages because everyone waits to be buzzed in.",
         "Signing in on the room tablet holds up the whole corridor."],
    pos=["Drop off is quick and calm, staff are at the door ready.",
         "Sign-in is easy and staff always greet {kid} by name.",
         "Mornings are smooth at {site}, in and out in two minutes."],
    neu=["Drop off is ok, a bit busy at peak times."])
T[("Daily care", "Drop-off and pick-up", "Morning handover to key person")] = dict(
    neg=["Told the morning staff about Calpol at 8 and the afternoon staff knew nothing about it.",
         "Handover info gets lost when the key person is on a late shift."],
    pos=["Key person always asks how {kid} slept and whether he had breakfast, great handovers.",
         "Morning handover is lovely, staff really listen.",
         "Staff at handover are so warm, {kid} runs in happily every day."],
    neu=[])
T[("Daily care", "Drop-off and pick-up", "Authorised collector check")] = dict(
    neg=["Grandma was turned away at pick up even though I'd added her in the app.",
         "The collection password check is fine but the list is never up to date."],
    pos=["Feel safe knowing they always check who is collecting.",
         "They rang me to double check when my brother collected, very reassuring."],
    neu=[])
T[("Daily care", "Drop-off and pick-up", "Late pick-up")] = dict(
    neg=["Charged a £15 late fee even though I phoned ahead about the train being cancelled.",
         "Late pick up fee is harsh for 5 minutes.",
         "Stuck in traffic and got charged the late pick-up fee, no flexibility at all."],
    pos=["Staff were kind when I was late, {kid} was happily playing."],
    neu=[])
T[("Daily care", "Parent app and daily updates", "Daily diary")] = dict(
    neg=["Daily diary often isn't filled in until after we've got home.",
         "Diary says 'good day' and nothing else, would love more detail.",
         "Some days there's no diary entry at all."],
    pos=["Love reading the daily diary on the train home, so much detail about {kid}'s day.",
         "The app diary is brilliant, we know exactly what he ate and how long he slept.",
         "Daily updates have got much better this term, always filled in now.",
         "Really detailed diary every day, makes me feel connected while I'm at work."],
    neu=["Diary is fine, bit repetitive."])
T[("Daily care", "Parent app and daily updates", "Photo and video updates")] = dict(
    neg=["Hardly any photos of {kid} compared with other children.",
         "Photos come in one big batch at 5pm."],
    pos=["The photos during the day make my whole day, thank you!",
         "Love the little videos of {kid} singing at circle time.",
         "Getting photos through the app is the best bit, grandparents love them too.",
         "So many lovely photos of messy play, {kid} clearly has a great time."],
    neu=[])
T[("Daily care", "Parent app and daily updates", "Nappy and sleep log")] = dict(
    neg=["Sleep log said he napped 2 hours but the staff told me 40 minutes.",
         "Nappy log is often empty until the end of the day.",
         "Bottle times are missing from the log half the time."],
    pos=["Sleep and nappy log helps us keep the routine the same at home."],
    neu=["Logs are mostly accurate."])
T[("Daily care", "Parent app and daily updates", "App messages to the room")] = dict(
    neg=["Messaged the room at 3pm about a change of collector and nobody read it.",
         "Replies to app messages can take all day."],
    pos=["Room staff reply to messages really quickly.",
         "Messaging the room in the app is so handy, always get an answer within an hour."],
    neu=["Messaging works ok."])
T[("Daily care", "Parent app and daily updates", "Learning journal observations")] = dict(
    neg=["Haven't had a learning journal observation since the summer."],
    pos=["Learning journal observations are brilliant, lovely to see his progress.",
         "The observations link to what he is learning, really thoughtful."],
    neu=[])
T[("Daily care", "Meals and allergies", "Weekly menu")] = dict(
    neg=["Menu changed without notice and {kid} got fish pie which he hates, would like to know in advance.",
         "Too much pasta on the menu lately."],
    pos=["The food is amazing, home cooked and varied - better than what I make!",
         "Love the weekly menu in the app, {kid} tries things at nursery he won't eat at home.",
         "Cook at {site} is a star, lovely fresh meals.",
         "Menu is healthy and varied, we even copy some recipes."],
    neu=["Menu is fine."])
T[("Daily care", "Meals and allergies", "Allergy and dietary plan")] = dict(
    neg=["Updated {kid}'s allergy plan after the GP letter and the kitchen still had the old one a week later.",
         "Had to remind staff twice that {kid} is dairy free.",
         "Halal diet not always followed on the snack menu.",
         "Allergy plan review is slow and nobody confirmed it was updated."],
    pos=["They take {kid}'s nut allergy seriously, separate plate and checked every meal.",
         "Great with dietary needs, the cook came to speak to us about the egg allergy."],
    neu=[])
T[("Daily care", "Meals and allergies", "Allergen incident report")] = dict(
    neg=["{kid} was given yoghurt despite his dairy allergy and we only got a call at pick-up.",
         "The incident report about the allergen mix-up was vague and late."],
    pos=["After a near miss with milk they called straight away and explained what they changed."],
    neu=[])
T[("Daily care", "Meals and allergies", "Mealtime report")] = dict(
    neg=["Mealtime report always says 'ate well' even when he comes home starving."],
    pos=["Good to see how much he ate at lunch in the app."],
    neu=["Meal report is ok."])
T[("Daily care", "Fees and funding invoices", "Monthly invoice")] = dict(
    neg=["Invoice is impossible to understand, funded hours on one line and paid hours somewhere else.",
         "We were overcharged again this month, third invoice error this year.",
         "Invoice corrections take a whole month to come through.",
         "Why does the invoice change every month when our sessions haven't?"],
    pos=["Invoices are clear and always on time.",
         "Billing team fixed an invoice error the same day, great service."],
    neu=["Invoice is ok once you understand it."])
T[("Daily care", "Fees and funding invoices", "Funded hours statement")] = dict(
    neg=["The funded hours statement makes no sense, stretched funding vs term time is a mystery.",
         "No idea how many of our 30 funded hours we've actually used.",
         "Funded hours statement didn't match the invoice."],
    pos=["Funded hours statement finally explained how our stretched hours work, thank you."],
    neu=[])
T[("Daily care", "Fees and funding invoices", "Direct debit collection")] = dict(
    neg=["Direct debit was taken before the invoice arrived."],
    pos=["Direct debit is easy, never had an issue."],
    neu=["Direct debit fine."])
T[("Daily care", "Fees and funding invoices", "Tax-Free Childcare payment")] = dict(
    neg=["Paid via Tax-Free Childcare and got a late payment reminder, they couldn't match the reference.",
         "Tax free childcare payments take ages to show on our account."],
    pos=["Tax-Free Childcare payment matched straight away."],
    neu=[])
T[("Daily care", "Room moves and parent evenings", "Room transition settling")] = dict(
    neg=["Moved up to the toddler room with a day's notice and {kid} was very unsettled.",
         "Room move happened before the visits we were promised."],
    pos=["Room transition was so well handled, three visits with the new key person first.",
         "The move to pre-school room was gradual and {kid} loves it."],
    neu=[])
T[("Daily care", "Room moves and parent evenings", "Parents' evening")] = dict(
    neg=["Parents evening slots were all during working hours."],
    pos=["Parents evening was really useful, key person knows {kid} so well.",
         "Loved the parents' evening, came away with ideas to try at home."],
    neu=[])
T[("Daily care", "Room moves and parent evenings", "Two-year progress check")] = dict(
    neg=["Two year check was a tick box exercise."],
    pos=["The two-year check was thorough and flagged a speech concern early, so grateful."],
    neu=[])

# ---- emerging themes (only from week EMERGING_FROM on)
EMERGING = {
    "consumables": dict(
        loc=("Daily care", "Fees and funding invoices", "Monthly invoice"),
        alt=("Daily care", "Fees and funding invoices", "Funded hours statement"),
        texts=["A new £7 a day consumables charge appeared on our invoice with no warning - I thought the funded hours were free?",
               "Who decided on the consumables charge? Nappies and wipes we already send in ourselves.",
               "The consumables charge on our funded hours is not optional whatever the letter says.",
               "Consumables fee added this month, nobody explained it and it wipes out most of our funding.",
               "Very unhappy about the new consumables charge for funded children, it wasn't in our contract.",
               "Our invoice jumped because of the consumables charge, can you explain what it covers?"],
        segment="Funded hours"),
    "app_update": dict(
        loc=("Daily care", "Parent app and daily updates", "Photo and video updates"),
        alt=("Daily care", "Parent app and daily updates", "Daily diary"),
        texts=["Since the app update the photos won't load, just a grey box.",
               "After the latest app update I can't see any photos or videos of {kid}.",
               "App update has logged me out and now the photos are blank, really miss them.",
               "Photos stopped loading after the app update last week, please fix.",
               "Since the app update it crashes whenever I open a photo.",
               "Since the app update the diary and photos take forever to load, if at all."],
        segment=None),
    "keypad": dict(
        loc=("Daily care", "Drop-off and pick-up", "Door entry and sign-in"),
        alt=("Daily care", "Drop-off and pick-up", "Authorised collector check"),
        texts=["The new keypad at the front door means a queue out onto the pavement at pick-up.",
               "New keypad entry code keeps changing and half the parents don't have it, so we all wait.",
               "Since the keypad was installed pick-up takes 10 minutes just to get in.",
               "Keypad system at the door is slower than the old buzzer, standing in the rain at 6pm.",
               "The keypad code didn't work again tonight, waited ages to collect {kid}."],
        segment=None),
    "spam": dict(
        loc=("Enrolment", "Waiting list", "Place offer email"),
        alt=("Enrolment", "Waiting list", "Start date confirmation"),
        texts=["The place offer email went to my spam folder and I nearly missed the 48 hour deadline.",
               "Offer email landed in junk, only found it when the nursery rang.",
               "Found our place offer in spam two days late and it had expired.",
               "Please warn people the offer emails go to spam, we almost lost our place."],
        segment=None),
}

JUNK = ["", ".", "n/a", "N/A", "-", "na"]

CONTACT = [
    ("Enrolment", "Waiting list", "Waiting list deposit",
     "Still waiting for my deposit refund - please email me at priya.shah84@example.com, nobody replies on the phone."),
    ("Enrolment", "Enquiry and visit", "Nursery manager call-back",
     "Still no call back, my number is 07700 900482, please ring after 5pm."),
    ("Enrolment", "Registration and funding paperwork", "30-hours funding code check",
     "Funding code still failing. Call me on 07700 900731 or email tom.baker@example.co.uk"),
    ("Daily care", "Fees and funding invoices", "Monthly invoice",
     "Overcharged on the invoice again, contact me on james.okafor@example.com to sort it."),
    ("Daily care", "Drop-off and pick-up", "Authorised collector check",
     "Please add my mum as a collector, her mobile is +44 7700 900118."),
]

# sentiment weights per stage: (p_neg, p_pos); rest neutral
STAGE_MOOD = {
    "Enquiry and visit": (0.22, 0.68),
    "Waiting list": (0.50, 0.35),
    "Registration and funding paperwork": (0.52, 0.30),
    "Settling-in sessions": (0.12, 0.80),
    "First weeks review": (0.25, 0.65),
    "Drop-off and pick-up": (0.22, 0.68),
    "Parent app and daily updates": (0.15, 0.78),
    "Meals and allergies": (0.20, 0.70),
    "Fees and funding invoices": (0.50, 0.32),
    "Room moves and parent evenings": (0.12, 0.80),
}

FUNDING_TPS = {"30-hours funding code check", "Funded hours statement", "First invoice walkthrough", "Monthly invoice"}


def touchpoints_of(journey):
    m = ENROLMENT if journey == "Enrolment" else DAILY
    out = []
    for s in m["stages"]:
        for t in s["touchpoints"]:
            out.append((journey, s["name"], t["name"], t.get("channel", "")))
    return out


def channel_of(journey, stage, tp):
    for j, s, t, c in touchpoints_of(journey):
        if s == stage and t == tp:
            return c
    return ""


def score_for(rng, sentiment, stype):
    if stype == "nps":
        if sentiment == "pos":
            return rng.choice([9, 9, 10, 10, 10, 8])
        if sentiment == "neu":
            return rng.choice([7, 8, 8, 7])
        return rng.choice([0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6])
    if sentiment == "pos":
        return rng.choice([5, 5, 4, 4, 5])
    if sentiment == "neu":
        return rng.choice([3, 4, 3])
    return rng.choice([1, 2, 2, 3, 1])


def rand_date(rng, week_idx):
    d = WEEKS[week_idx] + dt.timedelta(days=rng.randint(0, 6))
    return d, rng.randint(7, 21), rng.randint(0, 59)


def gen_rows(rng, journey, n, stype, emerging_keys, n_contact_from, n_junk, tp_filter=None, em_p=0.30):
    tps = [x for x in touchpoints_of(journey) if (tp_filter is None or x[1] in tp_filter)]
    # weights: touchpoints with more texts get more comments
    weights = [len(T[(j, s, t)]["neg"]) + len(T[(j, s, t)]["pos"]) + 1 for j, s, t, c in tps]
    rows = []
    em_turn = 0
    for k in range(n):
        wk = rng.choices(range(10), weights=[9, 10, 10, 10, 10, 10, 10, 11, 11, 11])[0]
        seg = "Funded hours" if rng.random() < 0.55 else "Private fee"
        att = "Full-time" if rng.random() < 0.45 else "Part-time"
        em = None
        if wk >= EMERGING_FROM and emerging_keys and rng.random() < em_p:
            em = emerging_keys[em_turn % len(emerging_keys)]
            em_turn += 1
        if em:
            e = EMERGING[em]
            j, s, t = e["loc"] if rng.random() < 0.8 else e["alt"]
            if e["segment"]:
                seg = e["segment"]
            text = rng.choice(e["texts"])
            sentiment = "neg"
        else:
            j, s, t, c = rng.choices(tps, weights=weights)[0]
            p_neg, p_pos = STAGE_MOOD[s]
            if t in FUNDING_TPS and seg == "Funded hours":
                p_neg, p_pos = min(0.9, p_neg + 0.2), max(0.05, p_pos - 0.15)
            if t in FUNDING_TPS and seg == "Private fee":
                p_neg, p_pos = max(0.1, p_neg - 0.2), p_pos + 0.15
            if s == "Parent app and daily updates" and att == "Part-time":
                p_neg += 0.1
            r = rng.random()
            sentiment = "neg" if r < p_neg else ("pos" if r < p_neg + p_pos else "neu")
            pool = T[(j, s, t)][sentiment]
            if not pool:
                sentiment = "pos" if T[(j, s, t)]["pos"] else "neg"
                pool = T[(j, s, t)][sentiment]
            text = rng.choice(pool)
        text = text.replace("{site}", rng.choice(SITES)).replace("{kid}", rng.choice(KIDS))
        d, hh, mm = rand_date(rng, wk)
        rows.append(dict(date=d, hh=hh, mm=mm, journey=j, stage=s, touchpoint=t, channel=channel_of(j, s, t),
                         score=score_for(rng, sentiment, stype), score_type=stype, segment=seg, attendance=att,
                         site=rng.choice(SITES), comment=text))
    for (j, s, t, text) in CONTACT:
        if j != journey or (tp_filter and s not in tp_filter):
            continue
        if n_contact_from <= 0:
            break
        n_contact_from -= 1
        wk = rng.randint(0, 9)
        d, hh, mm = rand_date(rng, wk)
        rows.append(dict(date=d, hh=hh, mm=mm, journey=j, stage=s, touchpoint=t, channel=channel_of(j, s, t),
                         score=score_for(rng, "neg", stype), score_type=stype,
                         segment=rng.choice(["Funded hours", "Private fee"]), attendance=rng.choice(["Full-time", "Part-time"]),
                         site=rng.choice(SITES), comment=text))
    for k in range(n_junk):
        wk = rng.randint(0, 9)
        d, hh, mm = rand_date(rng, wk)
        j, s, t, c = rng.choice(tps)
        rows.append(dict(date=d, hh=hh, mm=mm, journey=j, stage=s, touchpoint=t, channel=c,
                         score="", score_type=stype, segment=rng.choice(["Funded hours", "Private fee"]),
                         attendance=rng.choice(["Full-time", "Part-time"]), site=rng.choice(SITES),
                         comment=JUNK[k % len(JUNK)]))
    rows.sort(key=lambda r: (r["date"], r["hh"], r["mm"]))
    return rows


def write_comments(rng):
    out = KN / "comments"
    out.mkdir(parents=True, exist_ok=True)

    # 1) enrolment NPS survey -- the contract's own columns
    rows = gen_rows(rng, "Enrolment", 150, "nps", ["spam"], 3, 5, em_p=0.2)
    with open(out / "enrolment_nps_survey.csv", "w", newline="", encoding="utf-8") as f:
        cols = ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type",
                "segment", "customer", "attendance", "nursery", "comment"]
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows, 1):
            w.writerow([f"ENR-{i:04d}", r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["channel"],
                        r["score"], "nps", r["segment"], f"FAM-{rng.randint(10000, 99999)}", r["attendance"],
                        r["site"], r["comment"]])

    # 2) daily care relationship NPS survey -- contract columns
    rows = gen_rows(rng, "Daily care", 95, "nps", ["consumables", "app_update", "keypad"], 1, 3, em_p=0.35)
    with open(out / "daily_care_nps_survey.csv", "w", newline="", encoding="utf-8") as f:
        cols = ["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "customer",
                "attendance", "nursery", "comment"]
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows, 1):
            w.writerow([f"DCN-{i:04d}", r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["score"],
                        "nps", r["segment"], f"FAM-{rng.randint(10000, 99999)}", r["attendance"], r["site"], r["comment"]])

    # 3) vendor-style export (parent app pulse survey, CSAT 1-5) + mapping file
    rows = gen_rows(rng, "Daily care", 150, "csat", ["consumables", "app_update", "keypad"], 2, 4, em_p=0.35)
    with open(out / "acorns_app_pulse_export.csv", "w", newline="", encoding="utf-8") as f:
        cols = ["Response ID", "Submitted At", "Survey", "Area", "Touchpoint Label", "Rating (1-5)", "Rating Type",
                "Family Type", "Sessions", "Setting", "Device", "What could we do better?"]
        w = csv.writer(f)
        w.writerow(cols)
        for i, r in enumerate(rows, 1):
            w.writerow([f"PX{700100 + i}", f"{r['date'].strftime('%d/%m/%Y')} {r['hh']:02d}:{r['mm']:02d}", r["journey"],
                        r["stage"], r["touchpoint"], r["score"], "csat", r["segment"], r["attendance"],
                        f"Little Acorns {r['site']}", rng.choice(["iOS", "Android", "iOS", "web"]), r["comment"]])
    mapping = {
        "kind": "comments",
        "date_format": "%d/%m/%Y %H:%M",
        "columns": {
            "comment": "What could we do better?",
            "id": "Response ID",
            "date": "Submitted At",
            "journey": "Survey",
            "stage": "Area",
            "touchpoint": "Touchpoint Label",
            "score": "Rating (1-5)",
            "score_type": "Rating Type",
            "segment": "Family Type",
        },
    }
    with open(out / "acorns_app_pulse_export.mapping.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(mapping, f, sort_keys=False, allow_unicode=True)


def main():
    rng = random.Random(SEED)
    write_maps()
    write_kpis(rng)
    write_comments(rng)
    print("wrote", KN)


if __name__ == "__main__":
    main()
