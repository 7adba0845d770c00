#!/usr/bin/env python3
"""Seeded generator for the `opticians` blind evaluation base (Brightwell Opticians).

Writes every file under ../knowledge/ (maps, comments, kpis). Re-running gives byte-identical output.
    python scripts/build.py && python scripts/questions.py
"""
import csv
import datetime as dt
import json
import random
import string
from pathlib import Path

import yaml

SEED = 20251103
ROOT = Path(__file__).resolve().parent.parent
K = ROOT / "knowledge"
WEEKS = [dt.date(2025, 9, 1) + dt.timedelta(weeks=i) for i in range(10)]  # Mondays, 1 Sep .. 3 Nov 2025

J1_ID, J1_NAME = "eye-test-to-glasses", "Eye test to glasses"
J2_ID, J2_NAME = "contact-lenses-and-aftercare", "Contact lenses and aftercare"

BRANCHES = ["Leeds Briggate", "Bristol Broadmead", "Croydon", "Norwich", "Cardiff Queen St", "Harrogate",
            "Milton Keynes", "Chester", "Reading Oracle", "York"]


def tp(name, channel, owner, description, emotion=0, pain_points=None, opportunities=None, metrics=None):
    d = {"name": name, "channel": channel, "owner": owner, "description": description, "emotion": emotion}
    if pain_points:
        d["pain_points"] = pain_points
    if opportunities:
        d["opportunities"] = opportunities
    if metrics:
        d["metrics"] = metrics
    return d


# --------------------------------------------------------------------------------------------- maps
J1 = {
    "id": J1_ID,
    "name": J1_NAME,
    "persona": "Adult spectacle wearer due a routine sight test",
    "owner": "Optical Retail Experience team",
    "updated": dt.date(2025, 10, 27),
    "description": "From booking a routine eye test at a Brightwell branch to walking out with new glasses that fit.",
    "stages": [
        {
            "name": "Booking an eye test",
            "goal": "Get an eye test at a nearby branch at a time that suits",
            "emotion": 0,
            "pain_points": ["Few evening and weekend slots", "Online booking drops out on mobile",
                            "Branch phones go unanswered at lunchtime"],
            "opportunities": ["Show live diary availability across nearby branches"],
            "touchpoints": [
                tp("Online booking widget", "web", "Digital Products",
                   "Book-an-eye-test flow on brightwell.co.uk and the app: choose branch, date and time slot.", -1,
                   ["Shows no slots when the branch diary still has gaps", "Freezes at the time-slot step on mobile"],
                   ["Offer the next free slot at a nearby branch"], ["online_booking_conversion"]),
                tp("Branch phone line", "phone", "Customer Contact Centre",
                   "Calls to the local branch number, overflowing to the contact centre when the branch is busy.", -1,
                   ["Long hold times at lunchtime", "Contact centre cannot always see the branch diary"]),
                tp("Appointment reminder text", "sms", "CRM & Lifecycle",
                   "SMS 48 hours and 2 hours before the appointment, with a link to move or cancel.", 1,
                   metrics=["appointment_no_show_rate"]),
                tp("Walk-in reception desk", "in-store", "Store Operations",
                   "Front desk where walk-ins are booked into gaps and booked customers check in.", 0,
                   ["Saturday queues at the desk"]),
            ],
        },
        {
            "name": "Eye test and screening",
            "goal": "Have a thorough check of eye health and understand the results",
            "emotion": 1,
            "pain_points": ["Optional extras feel like a sales pitch", "Results and prescription not always explained"],
            "opportunities": ["Plain-English summary of the results before leaving the test room"],
            "touchpoints": [
                tp("Pre-test screening", "in-store", "Clinical Services",
                   "Auto-refraction, the puff-of-air pressure test and visual fields with an optical assistant.", 0,
                   ["Assistants rush through the machines without saying what each does"]),
                tp("Sight test with optometrist", "in-store", "Clinical Services",
                   "25-minute examination with a registered optometrist, including eye-health checks and referrals.", 2),
                tp("OCT retinal scan", "in-store", "Clinical Services",
                   "Optional 3D scan of the back of the eye offered for an extra £10.", -1,
                   ["Customers feel pressured to pay for it", "Purpose of the scan not explained"],
                   ["Explain who benefits from the scan before asking for payment"]),
                tp("Prescription handover", "in-store", "Clinical Services",
                   "Optometrist hands over the written prescription and recommends lens types.", 0,
                   ["Prescription numbers and changes not explained"]),
            ],
        },
        {
            "name": "Choosing frames and lenses",
            "goal": "Pick frames that suit and the right lenses within budget",
            "emotion": -1,
            "pain_points": ["Final price far above the frame ticket price", "Lens packages are hard to compare"],
            "opportunities": ["All-in price shown on the frame ticket for common prescriptions"],
            "touchpoints": [
                tp("Frame wall", "in-store", "Retail Merchandising",
                   "The frame gallery: 600+ frames on open display, designer ranges in locked cabinets.", 1,
                   ["Designer cabinets locked with no colleague nearby"]),
                tp("Dispensing consultation", "in-store", "Dispensing Opticians",
                   "A dispensing optician helps choose frames and measures fitting heights and pupil distance.", 1),
                tp("Lens options and pricing", "in-store", "Commercial & Pricing",
                   "Lens packages (standard, thinner, thinnest), coatings, blue-light filter and varifocal upgrades.", -2,
                   ["Price jumps once thinning, anti-reflection and varifocal upgrades are added",
                    "Customers feel upsold on coatings"],
                   ["Good-better-best bundles with one price"], ["frame_conversion_rate"]),
                tp("Virtual try-on", "app", "Digital Products",
                   "Camera-based try-on of frames in the Brightwell app and website.", -1,
                   ["Frames look the wrong size on screen", "Does not work on some phone cameras"]),
                tp("Payment at the till", "in-store", "Store Operations",
                   "Payment and deposit for the order at the branch till.", 0, ["Only one till open at busy times"]),
            ],
        },
        {
            "name": "Glasses being made",
            "goal": "Know when the glasses will be ready and get them on the promised day",
            "emotion": 0,
            "pain_points": ["No proactive update when an order slips", "Tracking page has no date"],
            "opportunities": ["Text the customer as soon as the promised date is at risk"],
            "touchpoints": [
                tp("Order confirmation email", "email", "CRM & Lifecycle",
                   "Email with the order, price breakdown and promised ready date.", 0),
                tp("Lens lab production", "back-office", "Central Lens Lab",
                   "Surfacing, coating and glazing at the central lab in Daventry, then courier back to branch.", 0,
                   ["Orders that miss the promised date are not flagged to the branch"],
                   metrics=["glasses_ready_on_time_rate"]),
                tp("Ready to collect text", "sms", "CRM & Lifecycle",
                   "SMS sent when the glasses arrive in branch, with a link to book a collection slot.", 0,
                   ["Sometimes sent before the glasses are actually in branch"]),
                tp("Order tracking page", "web", "Digital Products",
                   "Order status on the website: received, in the lab, in branch.", -1,
                   ["Status says 'in progress' for days with no date"]),
            ],
        },
        {
            "name": "Collection and fitting",
            "goal": "Leave with glasses that fit comfortably and give clear vision",
            "emotion": 1,
            "pain_points": ["Varifocal wearers need several visits to get used to new lenses",
                            "Waits at collection even with an appointment"],
            "opportunities": ["Book the non-tolerance recheck within a week"],
            "touchpoints": [
                tp("Collection appointment", "in-store", "Store Operations",
                   "Booked 10-minute slot to collect new glasses.", 0, ["Waits of 20 minutes or more"]),
                tp("Frame adjustment and fitting", "in-store", "Dispensing Opticians",
                   "Dispenser adjusts arms and nose pads and checks vision with the new glasses.", 2),
                tp("Non-tolerance recheck", "in-store", "Clinical Services",
                   "Free recheck when a customer cannot get used to new glasses; lenses remade if needed.", -1,
                   ["Recheck appointments are two weeks out", "Several return visits for varifocals"],
                   metrics=["non_tolerance_rate"]),
                tp("Second pair offer", "email", "CRM & Lifecycle",
                   "Email after collection offering 40% off a second pair or prescription sunglasses.", 0,
                   ["Arrives after the customer has already paid full price"]),
            ],
        },
    ],
}

J2 = {
    "id": J2_ID,
    "name": J2_NAME,
    "persona": "Contact lens wearer on the Brightwell monthly lens plan",
    "owner": "Contact Lens & Subscriptions team",
    "updated": "2025-10-27",
    "description": "From a first contact lens fitting and trial, through the monthly lens plan and deliveries, "
                   "to aftercare checks, repairs and remakes, and complaints.",
    "stages": [
        {
            "name": "Lens fitting and trial",
            "goal": "Find comfortable lenses and learn to put them in and take them out confidently",
            "emotion": 1,
            "pain_points": ["Trial pack too short to decide", "Lenses feel dry late in the day"],
            "opportunities": ["Two-week trial for first-time wearers"],
            "touchpoints": [
                tp("Contact lens fitting appointment", "in-store", "Clinical Services",
                   "Optometrist or contact lens optician measures the eye and chooses trial lenses.", 0),
                tp("Insertion and removal lesson", "in-store", "Contact Lens Team",
                   "One-to-one lesson on putting lenses in, taking them out and hygiene.", 2),
                tp("Trial lens pack", "in-store", "Contact Lens Team",
                   "Free pack of daily trial lenses to take home.", -1, ["Only five days of lenses"]),
                tp("Trial follow-up call", "phone", "Customer Contact Centre",
                   "Call a week after the trial to check comfort and offer the monthly plan.", 1,
                   metrics=["trial_to_subscription_conversion"]),
            ],
        },
        {
            "name": "Monthly lens subscription",
            "goal": "Sign up to a plan that sends lenses automatically at a fair monthly price",
            "emotion": 0,
            "pain_points": ["Cannot change or pause the plan online", "Price changes are easy to miss"],
            "opportunities": ["Self-serve pause and plan change in My Account"],
            "touchpoints": [
                tp("Plan selection", "in-store", "Subscriptions Team",
                   "Choosing a plan tier (dailies, monthlies, toric, multifocal) including aftercare.", 1),
                tp("Direct debit sign-up", "in-store", "Subscriptions Team",
                   "Paper or tablet direct debit mandate completed in branch.", 0, ["Long form"]),
                tp("My Account portal", "web", "Digital Products",
                   "Online account to update address, delivery frequency and plan.", -1,
                   ["No self-serve plan change or pause", "Logs out while editing"]),
                tp("Price change notice", "email", "Subscriptions Team",
                   "Email telling members about changes to their monthly price.", -1,
                   metrics=["subscription_churn_rate"]),
            ],
        },
        {
            "name": "Lens deliveries",
            "goal": "Get lenses through the door on time without having to chase",
            "emotion": 1,
            "pain_points": ["Tracking links do not always work"],
            "opportunities": ["Letterbox-sized packs for all plan types"],
            "touchpoints": [
                tp("Dispatch email", "email", "CRM & Lifecycle",
                   "Email when the lenses leave the warehouse, with a tracking link.", 0),
                tp("Courier delivery", "delivery", "Fulfilment & Logistics",
                   "Home delivery of the monthly or quarterly lens parcel.", 1,
                   metrics=["on_time_delivery_rate"]),
                tp("Delivery date change", "web", "Fulfilment & Logistics",
                   "Move the next delivery date online.", -1, ["Changes do not always save"]),
                tp("Missed delivery card", "delivery", "Fulfilment & Logistics",
                   "Card left when nobody is in, with redelivery or depot pick-up options.", -1),
            ],
        },
        {
            "name": "Booking an aftercare check",
            "goal": "Keep eyes healthy with a yearly contact lens check-up that is easy to book",
            "emotion": -1,
            "pain_points": ["Aftercare slots mostly on weekdays", "Deliveries pause when aftercare is overdue"],
            "opportunities": ["Evening aftercare clinics"],
            "touchpoints": [
                tp("Aftercare reminder email", "email", "CRM & Lifecycle",
                   "Reminder a month before the yearly aftercare check is due.", 0, ["Sometimes arrives late"]),
                tp("Aftercare online booking", "web", "Digital Products",
                   "Booking an aftercare appointment online.", -1, ["Aftercare not offered in the online flow at some branches"]),
                tp("Contact lens aftercare check", "in-store", "Clinical Services",
                   "Yearly check of eye health, lens fit and prescription.", 1,
                   metrics=["aftercare_attendance_rate"]),
            ],
        },
        {
            "name": "Repairs and remakes",
            "goal": "Get broken glasses or faulty lenses fixed or replaced quickly at no extra cost",
            "emotion": -1,
            "pain_points": ["Repairs sent away take weeks", "No update while the repair is away"],
            "opportunities": ["Offer loan spectacles for every repair sent away"],
            "touchpoints": [
                tp("Repair drop-off at branch", "in-store", "Store Operations",
                   "Customer leaves broken frames; simple repairs done in branch, others sent to the lab.", -1,
                   ["No progress update"], metrics=["repair_turnaround_days"]),
                tp("Remake request", "in-store", "Dispensing Opticians",
                   "Lenses or glasses remade when the prescription or fit is wrong.", 1),
                tp("Care plan claim", "web", "Customer Services",
                   "Claim for accidental damage or loss under the Brightwell care plan.", -1, ["Online form errors"]),
                tp("Loan spectacles", "in-store", "Store Operations",
                   "Temporary glasses lent while a repair or remake is away.", 0, ["Not always offered"]),
            ],
        },
        {
            "name": "Complaints and resolution",
            "goal": "Have a problem acknowledged quickly and put right fairly",
            "emotion": -2,
            "pain_points": ["Promised call-backs do not happen", "Customers have to chase"],
            "opportunities": ["Same-day acknowledgement with a named case handler"],
            "touchpoints": [
                tp("Complaint web form", "web", "Customer Relations",
                   "Online complaint form routed to the Customer Relations team.", -1),
                tp("Customer relations call-back", "phone", "Customer Relations",
                   "Case handler calls the customer back to agree a resolution.", -2,
                   ["Call-backs missed or late"], metrics=["complaint_first_response_time"]),
                tp("Store manager escalation", "in-store", "Store Operations",
                   "Branch manager resolves a complaint face to face.", 1),
                tp("Goodwill gesture", "email", "Customer Relations",
                   "Voucher or refund offered to close a complaint.", 0),
            ],
        },
    ],
}


def slug(s):
    out, prev = [], False
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
            prev = False
        elif not prev:
            out.append("-")
            prev = True
    return "".join(out).strip("-")


# ----------------------------------------------------------------------------------------- comments
# (stage, touchpoint, sentiment, weight, weeks(range) or None, segment weights or None, texts)
ALL = range(10)
J1_THEMES = [
    ("Booking an eye test", "Online booking widget", "neg", 6, ALL, {"New customer": 3}, [
        "Online booking said no appointments for three weeks at {branch}, but when I rang they had one the next day",
        "The booking website kept showing no slots near me",
        "website said fully booked, walked in and got seen the same afternoon. why??",
        "booking page froze when I picked a time on my phone, had to start again",
        "The online booking crashed twice on my phone at the time slot step",
        "Tried to book online three times, it just spins after choosing a time",
        "no slots showing online for weeks, very frustrating as a new customer",
    ]),
    ("Booking an eye test", "Online booking widget", "pos", 3, ALL, None, [
        "Booked online in two minutes, really easy",
        "Easy to book online and I could pick a Saturday slot",
        "online booking was quick, got a slot the next day at {branch}",
    ]),
    ("Booking an eye test", "Branch phone line", "neg", 3, ALL, None, [
        "On hold for 25 minutes trying to call the {branch} branch",
        "Nobody answered the branch phone, it went to a call centre who couldn't see the diary",
        "phone line rang out at lunchtime, gave up and booked elsewhere",
    ]),
    ("Booking an eye test", "Appointment reminder text", "pos", 2, ALL, None, [
        "Reminder text the day before was handy",
        "liked the text reminder with a link to move the appointment",
    ]),
    ("Booking an eye test", "Walk-in reception desk", "neu", 2, ALL, None, [
        "Walked in and the receptionist squeezed me in, but it was a long wait",
        "Reception was friendly but the queue was long on Saturday",
    ]),
    ("Eye test and screening", "Sight test with optometrist", "pos", 9, ALL, {"Returning customer": 3, "Parent of under-16": 2}, [
        "The optometrist was really thorough and explained everything",
        "Didn't feel rushed at all, the optom took time to answer my questions",
        "Best eye test I've had, she spotted early signs of glaucoma and referred me",
        "Very professional optometrist, explained what each test was for",
        "Lovely optometrist, brilliant with my son who is 7",
        "thorough eye test as always at {branch}, been coming for years",
        "optometrist was kind and patient with my daughter, made it fun",
    ]),
    ("Eye test and screening", "Pre-test screening", "neu", 2, ALL, None, [
        "Hate the puff of air test but the assistant was patient",
        "pre-test machines were a bit rushed, assistant didn't say what each one did",
    ]),
    ("Eye test and screening", "OCT retinal scan", "neg", 4, ALL, None, [
        "Felt pressured into paying £10 extra for the OCT scan",
        "Nobody explained what the OCT scan was for, just asked if I wanted to pay",
        "OCT scan upsell felt like a sales pitch in the middle of a medical appointment",
    ]),
    ("Eye test and screening", "Prescription handover", "neg", 2, ALL, None, [
        "Was handed my prescription with no explanation of what the numbers mean",
        "Wasn't told my prescription had changed until I was at the frames",
    ]),
    ("Choosing frames and lenses", "Frame wall", "pos", 3, ALL, None, [
        "Great range of frames, found a pair I love",
        "Loads of frames to choose from at {branch}",
        "good choice of kids frames on the frame wall",
    ]),
    ("Choosing frames and lenses", "Frame wall", "neg", 1, ALL, None, [
        "Designer frames are locked in cabinets and no one around to open them",
    ]),
    ("Choosing frames and lenses", "Dispensing consultation", "pos", 4, ALL, None, [
        "The dispenser was brilliant at helping me choose frames that suit my face",
        "Dispensing optician explained the lens options without pushing",
        "the dispensing lady had a great eye for what suited me",
    ]),
    ("Choosing frames and lenses", "Lens options and pricing", "neg", 9, ALL, {"Over 60": 5}, [
        "Frames were £99 but by the time thinning, anti-glare and varifocal lenses were added it was over £300",
        "Lens add-ons doubled the price, felt like hidden costs",
        "Varifocals cost a fortune once all the coatings were added",
        "The lens packages are really confusing, couldn't tell what I was paying for",
        "Price on the frame is not the price you pay, the lens extras add up fast",
        "too many lens options, felt upsold on the blue light filter",
        "varifocal upgrade price is a shock every time, pensioners can't afford this",
    ]),
    ("Choosing frames and lenses", "Virtual try-on", "neg", 2, ALL, {"New customer": 2}, [
        "Virtual try-on on the app made every frame look huge",
        "virtual try on didn't work with my phone camera",
    ]),
    ("Choosing frames and lenses", "Payment at the till", "neu", 1, ALL, None, [
        "Paying took ages, only one till open",
    ]),
    ("Glasses being made", "Lens lab production", "pos", 3, range(0, 7), None, [
        "Glasses were ready in a week as promised",
        "Got my glasses back within 7 days, exactly when they said",
        "quick turnaround on my new lenses, impressed",
    ]),
    ("Glasses being made", "Ready to collect text", "neg", 1, ALL, None, [
        "Got the ready to collect text but they couldn't find my glasses in store",
    ]),
    ("Glasses being made", "Order tracking page", "neu", 2, ALL, None, [
        "Order tracking page just says in progress for days",
        "Would be nice if the tracking page showed an actual date",
    ]),
    ("Glasses being made", "Order confirmation email", "pos", 1, ALL, None, [
        "Confirmation email was clear with the full price breakdown",
    ]),
    ("Collection and fitting", "Frame adjustment and fitting", "pos", 5, ALL, {"Returning customer": 2}, [
        "The dispenser adjusted my frames so they don't slip anymore",
        "Fitting was quick and the frames were adjusted perfectly",
        "They tweaked the nose pads for free, really comfortable now",
        "collected and fitted in 5 mins, spot on",
    ]),
    ("Collection and fitting", "Non-tolerance recheck", "neg", 4, ALL, {"Over 60": 5}, [
        "Varifocals gave me headaches, had to go back twice for a recheck",
        "Couldn't get used to my new lenses and the recheck appointment was two weeks away",
        "the recheck found the lenses were made wrong, third visit now",
    ]),
    ("Collection and fitting", "Collection appointment", "neu", 2, ALL, None, [
        "Had to wait 20 minutes at collection even with an appointment",
        "collection was fine, bit of a queue",
    ]),
    ("Collection and fitting", "Second pair offer", "neu", 1, ALL, None, [
        "The second pair offer email came the day after I paid full price for sunglasses, annoying",
    ]),
]
# emerging: lab backlog in the last three weeks only (fixed count per week)
J1_EMERGING = [
    ("Glasses being made", "Lens lab production", "neg", {7: 4, 8: 6, 9: 7}, None, [
        "My glasses are now two weeks late, told the lab has a backlog",
        "Collection date pushed back twice, apparently the lens lab is behind",
        "Still waiting for my glasses, the lab backlog is not my problem",
        "Was told 7 days, it's been 16. Lab delays apparently",
        "Varifocals delayed again and nobody called to tell me",
        "Turned up to collect and they weren't back from the lab yet, no one warned me",
        "glasses delayed by the lab for the second time, {branch} staff embarrassed",
        "lab backlog means my son has no glasses for school this week",
    ]),
]

J2_THEMES = [
    ("Lens fitting and trial", "Insertion and removal lesson", "pos", 6, ALL, {"New wearer": 5}, [
        "The insertion lesson was so patient, I'd never worn lenses before",
        "Staff were brilliant teaching me to put lenses in, took 40 mins and no rush",
        "Really nervous about touching my eye but the lesson made it easy",
        "first time wearer and the lesson at {branch} was fab",
    ]),
    ("Lens fitting and trial", "Contact lens fitting appointment", "neu", 2, ALL, None, [
        "Fitting appointment was fine but ran 15 minutes late",
        "lens fitting ok, a lot of measuring",
    ]),
    ("Lens fitting and trial", "Trial lens pack", "neg", 2, ALL, {"New wearer": 2}, [
        "Trial pack only had 5 days of lenses, not enough to decide",
        "trial lenses felt dry by the afternoon",
    ]),
    ("Lens fitting and trial", "Trial follow-up call", "pos", 4, ALL, None, [
        "Nice follow-up call after my trial to check how the lenses felt",
        "The follow-up call sorted my dry eyes, they swapped me to another brand",
        "liked that someone rang to see how the trial went",
    ]),
    ("Monthly lens subscription", "Plan selection", "pos", 2, ALL, None, [
        "Plan was explained clearly and set up in store in ten minutes",
        "good value plan with aftercare included",
    ]),
    ("Monthly lens subscription", "My Account portal", "neg", 5, ALL, {"Student": 2, "Existing wearer": 2}, [
        "Can't change my plan in My Account, had to phone",
        "The portal logs me out every time I try to update my address",
        "No way to pause my subscription online",
        "my account page won't let me change delivery frequency",
    ]),
    ("Monthly lens subscription", "Direct debit sign-up", "neu", 1, ALL, None, [
        "Direct debit form was long winded",
    ]),
    ("Lens deliveries", "Courier delivery", "pos", 4, range(0, 7), None, [
        "Lenses come through the letterbox every month like clockwork",
        "Deliveries always on time, never have to think about it",
        "love that the lenses just turn up each month",
    ]),
    ("Lens deliveries", "Dispatch email", "neu", 1, ALL, None, [
        "Dispatch email is useful but the tracking link rarely works",
    ]),
    ("Lens deliveries", "Delivery date change", "neg", 2, ALL, None, [
        "Tried to change my delivery date online and it didn't save",
        "moved my delivery date on the website, lenses came on the old date anyway",
    ]),
    ("Booking an aftercare check", "Aftercare online booking", "neg", 4, ALL, {"Existing wearer": 3}, [
        "Aftercare appointments only on weekdays, I work full time",
        "Couldn't book an aftercare check online, the option just isn't there",
        "My lenses got paused because my aftercare was overdue but no slots for a month",
    ]),
    ("Booking an aftercare check", "Aftercare reminder email", "neu", 2, ALL, None, [
        "Reminder email for my aftercare came after it was already due",
        "aftercare reminder was fine",
    ]),
    ("Booking an aftercare check", "Contact lens aftercare check", "pos", 3, ALL, None, [
        "Aftercare check was quick and thorough",
        "Optometrist spotted some redness at my aftercare and changed my lenses",
    ]),
    ("Repairs and remakes", "Repair drop-off at branch", "neg", 4, ALL, {"Over 60": 2}, [
        "Glasses sent away for repair and it took three weeks",
        "Broken arm on my frames, repair took ages and no loan pair offered",
        "repair drop off was easy but no update until I chased",
    ]),
    ("Repairs and remakes", "Repair drop-off at branch", "pos", 2, range(4, 10), None, [
        "Frames repaired in four days, much quicker than last time",
        "repair done in branch while I waited",
    ]),
    ("Repairs and remakes", "Remake request", "pos", 3, ALL, None, [
        "Lenses were remade for free when the prescription was wrong, no fuss",
        "remake was sorted quickly once the optom checked",
    ]),
    ("Repairs and remakes", "Care plan claim", "neg", 2, ALL, None, [
        "Care plan claim form online kept erroring",
        "had to argue that the care plan covered a replacement lens",
    ]),
    ("Complaints and resolution", "Customer relations call-back", "neg", 5, ALL, None, [
        "Promised a call back from customer relations, never came",
        "Complained through the web form two weeks ago, no response",
        "Had to chase my complaint three times before anyone called",
        "customer relations call back took 6 days",
    ]),
    ("Complaints and resolution", "Store manager escalation", "pos", 2, ALL, None, [
        "Store manager sorted my complaint on the spot and refunded the lens upgrade",
        "Manager at {branch} was great once I escalated",
    ]),
    ("Complaints and resolution", "Goodwill gesture", "neu", 2, ALL, None, [
        "A £10 voucher as goodwill felt a bit insulting after a month of problems",
        "Goodwill gesture was fair",
    ]),
]
J2_EMERGING = [
    ("Lens deliveries", "Courier delivery", "neg", {7: 4, 8: 6, 9: 6}, None, [
        "Since the new courier my lenses were left on the doorstep in the rain",
        "New courier marked it delivered but nothing arrived",
        "Parcel too big for the letterbox now, left outside on the doorstep for anyone to take",
        "Lenses arrived 5 days late with the new courier, had to ration them",
        "what happened to deliveries? new courier is hopeless",
        "new courier left my lenses with a neighbour I've never met",
    ]),
    ("Lens deliveries", "Missed delivery card", "neg", {7: 1, 8: 2, 9: 2}, None, [
        "Missed delivery card from the new courier and the depot is 10 miles away",
        "got a missed delivery card even though I was in all day, new courier didn't knock",
    ]),
    ("Monthly lens subscription", "Price change notice", "neg", {8: 5, 9: 7}, {"Student": 6}, [
        "Monthly price went up £3 with no warning, thinking of cancelling",
        "Price increase email was buried, only noticed it on my bank statement",
        "Just had a price increase on my lens plan, it's cheaper online elsewhere",
        "Cancelling. the new monthly price is too much on a student budget",
        "Why has my subscription gone up? no explanation in the email",
        "price increase on the lens plan AGAIN, not happy",
    ]),
]

J1_SEGMENTS = {"New customer": 3, "Returning customer": 4, "Over 60": 2, "Parent of under-16": 1.5}
J2_SEGMENTS = {"New wearer": 2, "Existing wearer": 4, "Student": 2, "Over 60": 1.5}

CHANNEL = {}
for j in (J1, J2):
    for s in j["stages"]:
        for t in s["touchpoints"]:
            CHANNEL[(s["name"], t["name"])] = t["channel"]


def pick_segment(rng, base, override):
    w = dict(base)
    for k, v in (override or {}).items():
        w[k] = w.get(k, 0) + v
    keys = list(w)
    return rng.choices(keys, weights=[w[k] for k in keys])[0]


def nps_score(rng, sent, seg):
    if sent == "pos":
        s = rng.choices([8, 9, 10], weights=[2, 4, 4])[0]
    elif sent == "neu":
        s = rng.choices([5, 6, 7, 8], weights=[1, 2, 4, 3])[0]
    else:
        s = rng.choices([0, 1, 2, 3, 4, 5, 6, 7], weights=[1, 1, 2, 3, 3, 3, 3, 1])[0]
    if seg == "Returning customer" and s < 10 and rng.random() < 0.25:
        s += 1
    if seg == "Over 60" and s > 0 and rng.random() < 0.2:
        s -= 1
    return s


def csat_score(rng, sent, seg):
    if sent == "pos":
        s = rng.choices([4, 5], weights=[3, 7])[0]
    elif sent == "neu":
        s = rng.choices([2, 3, 4], weights=[1, 5, 3])[0]
    else:
        s = rng.choices([1, 2, 3], weights=[4, 5, 2])[0]
    if seg == "Student" and s > 1 and rng.random() < 0.2:
        s -= 1
    return s


def gen_rows(rng, themes, emerging, segments, per_week, scorer):
    rows = []
    for wi, monday in enumerate(WEEKS):
        active = [t for t in themes if wi in t[4]]
        for _ in range(per_week[wi]):
            stage, tpn, sent, _w, _r, seg_o, texts = rng.choices(active, weights=[t[3] for t in active])[0]
            rows.append((wi, stage, tpn, sent, seg_o, rng.choice(texts)))
        for stage, tpn, sent, counts, seg_o, texts in emerging:
            pool = list(texts)
            rng.shuffle(pool)
            for i in range(counts.get(wi, 0)):
                rows.append((wi, stage, tpn, sent, seg_o, pool[i % len(pool)]))
    out = []
    for wi, stage, tpn, sent, seg_o, text in rows:
        seg = pick_segment(rng, segments, seg_o)
        branch = rng.choice(BRANCHES)
        day = WEEKS[wi] + dt.timedelta(days=rng.randrange(7))
        out.append({"date": day, "stage": stage, "touchpoint": tpn, "segment": seg, "branch": branch,
                    "score": scorer(rng, sent, seg), "comment": text.replace("{branch}", branch)})
    out.sort(key=lambda r: (r["date"], r["comment"]))
    return out


def build_comments(rng):
    # ---- file 1: contract columns, NPS, journey 1
    per1 = [19, 20, 18, 21, 20, 19, 20, 17, 16, 18]
    r1 = gen_rows(rng, J1_THEMES, J1_EMERGING, J1_SEGMENTS, per1, nps_score)
    contact1 = [
        (3, "Collection and fitting", "Non-tolerance recheck", "Over 60", 2,
         "Please call me on 07700 900482 about my varifocals, still getting headaches and nobody rang back"),
        (5, "Glasses being made", "Ready to collect text", "New customer", 4,
         "email me at priya.shah84@example.com when my glasses are ready, the ready text never came"),
        (1, "Booking an eye test", "Branch phone line", "Returning customer", 3,
         "tried ringing 0113 496 0571 (the branch number) six times, never picked up"),
    ]
    for wi, st, tpn, seg, score, text in contact1:
        r1.append({"date": WEEKS[wi] + dt.timedelta(days=2), "stage": st, "touchpoint": tpn, "segment": seg,
                   "branch": rng.choice(BRANCHES), "score": score, "comment": text})
    junk1 = [(0, ""), (2, "."), (4, "n/a"), (6, "-"), (8, "N/A")]
    for wi, text in junk1:
        r1.append({"date": WEEKS[wi] + dt.timedelta(days=4), "stage": "", "touchpoint": "", "segment": "",
                   "branch": rng.choice(BRANCHES), "score": None, "comment": text})
    r1.sort(key=lambda r: (r["date"], r["comment"]))
    path = K / "comments" / "eye-test-nps-survey.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type",
                    "segment", "branch", "comment"])
        for i, r in enumerate(r1):
            ch = CHANNEL.get((r["stage"], r["touchpoint"]), "")
            w.writerow([f"ET-{10001 + i}", r["date"].isoformat(), J1_NAME if r["stage"] else "", r["stage"],
                        r["touchpoint"], ch, "" if r["score"] is None else r["score"],
                        "nps" if r["score"] is not None else "", r["segment"], r["branch"], r["comment"]])

    # ---- file 2: vendor-style export (Qualtrics-like), CSAT, journey 2
    per2 = [18, 17, 19, 18, 20, 18, 19, 15, 14, 15]
    r2 = gen_rows(rng, J2_THEMES, J2_EMERGING, J2_SEGMENTS, per2, csat_score)
    contact2 = [
        (8, "Lens deliveries", "Courier delivery", "Existing wearer", 1,
         "My address is right on the account, email me at tom.wren@example.co.uk - the new courier keeps trying my old flat"),
        (4, "Complaints and resolution", "Customer relations call-back", "Over 60", 1,
         "ring me on 0161 496 0734 please, still no call back about my complaint from August"),
        (2, "Monthly lens subscription", "My Account portal", "Student", 2,
         "Locked out of My Account, reset emails go to j.okafor@example.com which I can't access any more"),
    ]
    for wi, st, tpn, seg, score, text in contact2:
        r2.append({"date": WEEKS[wi] + dt.timedelta(days=3), "stage": st, "touchpoint": tpn, "segment": seg,
                   "branch": rng.choice(BRANCHES), "score": score, "comment": text})
    junk2 = [(1, "n/a"), (3, "."), (5, ""), (7, "..."), (9, "na")]
    for wi, text in junk2:
        r2.append({"date": WEEKS[wi] + dt.timedelta(days=5), "stage": "", "touchpoint": "", "segment": "",
                   "branch": rng.choice(BRANCHES), "score": None, "comment": text})
    r2.sort(key=lambda r: (r["date"], r["comment"]))
    path = K / "comments" / "cl-aftercare-qualtrics-export.csv"
    alnum = string.ascii_letters + string.digits
    seen = set()
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ResponseId", "RecordedDate", "JourneyName", "StageLabel", "TouchpointLabel", "ChannelType",
                    "Q1_Satisfaction", "SurveyType", "CustomerSegment", "StoreName", "Q2_Verbatim"])
        for r in r2:
            while True:
                rid = "R_" + "".join(rng.choice(alnum) for _ in range(15))
                if rid not in seen:
                    seen.add(rid)
                    break
            t = dt.datetime.combine(r["date"], dt.time(rng.randrange(8, 22), rng.randrange(60)))
            ch = CHANNEL.get((r["stage"], r["touchpoint"]), "")
            # vendor labels: upper-case stage labels to exercise case-insensitive matching
            w.writerow([rid, t.strftime("%d/%m/%Y %H:%M"), J2_NAME if r["stage"] else "", r["stage"].upper(),
                        r["touchpoint"], ch, "" if r["score"] is None else r["score"],
                        "csat" if r["score"] is not None else "", r["segment"], r["branch"], r["comment"]])
    mapping = {
        "kind": "comments",
        "date_format": "%d/%m/%Y %H:%M",
        "columns": {"id": "ResponseId", "date": "RecordedDate", "journey": "JourneyName", "stage": "StageLabel",
                    "touchpoint": "TouchpointLabel", "channel": "ChannelType", "score": "Q1_Satisfaction",
                    "score_type": "SurveyType", "segment": "CustomerSegment", "comment": "Q2_Verbatim"},
    }
    (K / "comments" / "cl-aftercare-qualtrics-export.mapping.yaml").write_text(
        yaml.safe_dump(mapping, sort_keys=False), encoding="utf-8")


# --------------------------------------------------------------------------------------------- KPIs
def series(rng, path, noise):
    return [round(v + rng.uniform(-noise, noise), 1) for v in path]


def build_kpis(rng):
    # (journey, stage, touchpoint, metric, unit, target, higher_is_better, path, noise)
    j1 = [
        (J1_NAME, "Booking an eye test", "Online booking widget", "online_booking_conversion", "%", 65, True,
         [66.8, 67.2, 66.5, 67.9, 67.1, 66.9, 67.6, 67.3, 66.8, 67.4], 0.4),
        (J1_NAME, "Booking an eye test", "Appointment reminder text", "appointment_no_show_rate", "%", 8, False,
         [7.4, 7.1, 7.3, 6.9, 7.2, 7.0, 7.1, 6.8, 7.0, 6.9], 0.2),
        (J1_NAME, "Choosing frames and lenses", "Lens options and pricing", "frame_conversion_rate", "%", 55, True,
         [52.4, 51.9, 52.2, 51.6, 51.8, 51.2, 51.5, 50.9, 51.1, 50.6], 0.3),
        (J1_NAME, "Glasses being made", "Lens lab production", "glasses_ready_on_time_rate", "%", 95, True,
         [95.8, 96.2, 95.4, 96.0, 95.5, 95.7, 95.2, 90.3, 86.7, 84.1], 0.2),
        (J1_NAME, "Collection and fitting", "Non-tolerance recheck", "non_tolerance_rate", "%", 3, False,
         [3.9, 3.8, 4.0, 3.7, 3.8, 3.6, 3.7, 3.9, 3.8, 3.7], 0.1),
        (J1_NAME, "", "", "nps", "score", 45, True,
         [42, 43, 41, 43, 42, 42, 41, 37, 35, 33], 0.0),
    ]
    j2 = [
        (J2_NAME, "Lens fitting and trial", "Trial follow-up call", "trial_to_subscription_conversion", "%", 60, True,
         [48.6, 50.1, 51.9, 53.4, 55.2, 56.8, 58.1, 59.6, 61.4, 63.2], 0.3),
        (J2_NAME, "Monthly lens subscription", "Price change notice", "subscription_churn_rate", "%", 3.0, False,
         [2.4, 2.3, 2.5, 2.4, 2.3, 2.5, 2.4, 2.6, 3.4, 4.1], 0.05),
        (J2_NAME, "Lens deliveries", "Courier delivery", "on_time_delivery_rate", "%", 97, True,
         [98.4, 98.1, 98.6, 98.2, 98.5, 98.3, 98.0, 94.2, 91.5, 89.7], 0.15),
        (J2_NAME, "Booking an aftercare check", "Contact lens aftercare check", "aftercare_attendance_rate", "%", 80, True,
         [72.3, 71.8, 72.9, 71.5, 72.1, 72.6, 71.9, 72.4, 71.7, 72.2], 0.3),
        (J2_NAME, "Repairs and remakes", "Repair drop-off at branch", "repair_turnaround_days", "days", 5, False,
         [7.1, 6.9, 6.8, 6.6, 6.2, 6.0, 5.8, 5.6, 5.5, 5.3], 0.1),
        (J2_NAME, "Complaints and resolution", "Customer relations call-back", "complaint_first_response_time",
         "hours", 48, False, [41, 43, 40, 44, 42, 45, 43, 49, 55, 61], 0.0),
        (J2_NAME, "", "", "nps", "score", 40, True,
         [39, 40, 38, 40, 39, 41, 40, 35, 32, 29], 0.0),
    ]
    for fname, rows in (("eye-test-weekly-kpis.csv", j1), ("contact-lens-weekly-kpis.csv", j2)):
        with (K / "kpis" / fname).open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit",
                        "higher_is_better"])
            for journey, stage, tpn, metric, unit, target, hib, path, noise in rows:
                vals = series(rng, path, noise)
                for d, v in zip(WEEKS, vals):
                    vs = f"{v:.0f}" if unit == "score" or unit == "hours" else f"{v:.1f}"
                    w.writerow([d.isoformat(), journey, stage, tpn, metric, vs, target, unit,
                                "true" if hib else "false"])


def main():
    rng = random.Random(SEED)
    for sub in ("maps", "comments", "kpis"):
        (K / sub).mkdir(parents=True, exist_ok=True)
    (K / "maps" / f"{J1_ID}.yaml").write_text(
        yaml.safe_dump(J1, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    (K / "maps" / f"{J2_ID}.json").write_text(json.dumps(J2, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    build_comments(rng)
    build_kpis(rng)
    print("wrote", *sorted(str(p.relative_to(ROOT)) for p in K.rglob("*") if p.is_file()), sep="\n  ")


if __name__ == "__main__":
    main()
