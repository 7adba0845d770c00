#!/usr/bin/env python3
"""Build the 'bikeshare' blind evaluation base: maps, comments, KPIs, dev/heldout questions, README.

stdlib + PyYAML only; fixed seed. Every expected figure is computed from the generated data.
Run:  python3 scripts/build.py   (from anywhere; writes next to this script's parent folder)
"""
import csv
import datetime as dt
import json
import math
import os
import random
import re
from collections import defaultdict

import yaml

SEED = 20260706
rng = random.Random(SEED)
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, "knowledge")
START = dt.date(2026, 7, 6)  # a Monday
WEEKS = [START + dt.timedelta(weeks=i) for i in range(12)]
LAST = WEEKS[-1]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def rhalf(x, nd=0):
    """round half away from zero"""
    m = 10 ** nd
    v = math.floor(abs(x) * m + 0.5) / m
    v = v if x >= 0 else -v
    if nd == 0:
        return str(int(v))
    return f"{v:.{nd}f}"


# --------------------------------------------------------------------------------------------
# Journey maps
# --------------------------------------------------------------------------------------------
FIRST = {
    "id": "first-ride",
    "name": "First ride",
    "persona": "New rider who just saw a bike or scooter on the street",
    "owner": "Rider Growth",
    "updated": "2026-09-28",
    "description": "From downloading the app to finishing and paying for the very first bike or e-scooter ride.",
    "stages": [
        {"name": "Get the app", "goal": "Install the app and open it within a minute of spotting a vehicle",
         "emotion": 1,
         "pain_points": ["Store listing does not say which cities are covered"],
         "opportunities": ["Deep link from the vehicle sticker straight into sign-up"],
         "touchpoints": [
             {"name": "App store listing", "channel": "app store", "owner": "Brand Marketing",
              "description": "Store page with screenshots, city list and ratings.", "emotion": 0,
              "pain_points": ["City coverage unclear"]},
             {"name": "QR sticker on vehicle", "channel": "on-street", "owner": "Fleet Ops",
              "description": "Sticker on the handlebar; scanning it opens the store or the app.", "emotion": 1,
              "pain_points": ["Stickers scratched or faded on older bikes"]},
         ]},
        {"name": "Sign up & verify", "goal": "Create an account and verify identity in under 3 minutes",
         "emotion": -2,
         "pain_points": ["SMS code arrives late or never", "Licence scan rejects valid licences",
                         "Foreign phone numbers and licences poorly supported"],
         "opportunities": ["Offer voice call / WhatsApp fallback for the code", "Manual licence review within 10 min"],
         "touchpoints": [
             {"name": "Phone verification", "channel": "sms", "owner": "Identity & Access",
              "description": "A 6-digit code is texted to the rider's phone to confirm the number.", "emotion": -2,
              "pain_points": ["Code takes minutes to arrive", "Code expires before it arrives"],
              "metrics": ["otp_delivery_time"]},
             {"name": "Driving licence scan", "channel": "app", "owner": "Rider Trust",
              "description": "Photo of the driving licence plus a selfie, required for e-scooters (age check).",
              "emotion": -1,
              "pain_points": ["Blurry-photo errors", "Non-local licences rejected"],
              "metrics": ["id_verification_pass_rate"]},
             {"name": "Safety tutorial", "channel": "app", "owner": "Rider Safety",
              "description": "Short swipe-through on helmets, speed zones and where to park.", "emotion": 1},
         ]},
        {"name": "Add payment", "goal": "Save a payment method and choose a pass in under 90 seconds",
         "emotion": 0,
         "pain_points": ["Too many pass options", "3-D Secure pop-up loses the session"],
         "touchpoints": [
             {"name": "Card setup", "channel": "app", "owner": "Payments",
              "description": "Add a card, Apple Pay or Google Pay; a small pre-authorisation hold is taken.",
              "emotion": 0, "pain_points": ["Pre-authorisation hold looks like a charge"]},
             {"name": "Pass selection", "channel": "app", "owner": "Pricing",
              "description": "Choose pay-as-you-go, a day pass or a monthly pass.", "emotion": -1,
              "pain_points": ["Hard to compare pass options"]},
         ]},
        {"name": "Find & unlock", "goal": "Walk to a vehicle and unlock it first time",
         "emotion": 1,
         "touchpoints": [
             {"name": "Vehicle map", "channel": "app", "owner": "Rider App",
              "description": "Map of nearby bikes and scooters with battery level.", "emotion": 0,
              "pain_points": ["Vehicles shown that are not there"]},
             {"name": "QR unlock", "channel": "app", "owner": "IoT Platform",
              "description": "Scan the code on the vehicle to unlock it.", "emotion": 2,
              "metrics": ["unlock_success_rate"]},
         ]},
        {"name": "First ride", "goal": "Finish the first ride and park it correctly",
         "emotion": 0,
         "pain_points": ["Parking photo rejected"],
         "touchpoints": [
             {"name": "In-ride guidance", "channel": "app", "owner": "Rider App",
              "description": "Turn-by-turn hints and speed-zone warnings during the ride.", "emotion": 0},
             {"name": "End-ride photo", "channel": "app", "owner": "Street Operations",
              "description": "The rider takes a photo of the parked vehicle to end the ride.", "emotion": -1,
              "pain_points": ["Photo rejected in low light", "Unclear what the photo must show"]},
             {"name": "Welcome receipt", "channel": "email", "owner": "Payments",
              "description": "E-mail receipt for the first ride with the welcome discount applied.", "emotion": 1},
         ]},
    ],
}

EVERY = {
    "id": "everyday-riding",
    "name": "Everyday riding",
    "persona": "Regular rider: commuter, student or monthly member",
    "owner": "Rider Experience",
    "updated": "2026-09-28",
    "description": "Everyday use: finding a vehicle, riding, parking, paying and sorting out disputes.",
    "stages": [
        {"name": "Find a vehicle", "goal": "Find a charged vehicle within a 3 minute walk", "emotion": 0,
         "touchpoints": [
             {"name": "Live map", "channel": "app", "owner": "Rider App",
              "description": "Real-time map of vehicles and docks.", "emotion": 0,
              "metrics": ["vehicle_availability_rate"]},
             {"name": "Battery range indicator", "channel": "app", "owner": "Fleet Ops",
              "description": "Estimated range in km for each e-scooter and e-bike.", "emotion": -1,
              "pain_points": ["Range estimate too optimistic"], "metrics": ["low_battery_vehicle_share"]},
             {"name": "Reservation hold", "channel": "app", "owner": "Rider App",
              "description": "Hold a vehicle free for 10 minutes while walking to it.", "emotion": 1},
         ]},
        {"name": "Ride", "goal": "Ride safely without interruptions", "emotion": 1,
         "touchpoints": [
             {"name": "Vehicle condition", "channel": "on-street", "owner": "Fleet Maintenance",
              "description": "Brakes, tyres, bell, lights and cleanliness of the vehicle.", "emotion": 0,
              "pain_points": ["Worn brakes", "Flat tyres"]},
             {"name": "Slow zone alerts", "channel": "app", "owner": "Rider Safety",
              "description": "Vehicle slows down automatically in pedestrian areas.", "emotion": -1},
             {"name": "Pause ride", "channel": "app", "owner": "Rider App",
              "description": "Lock the vehicle for a quick stop without ending the ride.", "emotion": 0},
         ]},
        {"name": "Park & end ride", "goal": "End the ride where you are in under 30 seconds", "emotion": -2,
         "pain_points": ["App says outside the parking zone when rider is in the bay",
                         "Fines for parking the rider believes was correct"],
         "opportunities": ["Show zone boundary at street level", "Grace radius of 15 m"],
         "touchpoints": [
             {"name": "Parking zone check", "channel": "app", "owner": "Zones Platform",
              "description": "GPS geofence check that the vehicle is inside a parking zone before the ride can end.",
              "emotion": -2,
              "pain_points": ["GPS drift puts vehicle outside the zone", "Keeps billing while rider searches for a valid spot"],
              "metrics": ["end_ride_failure_rate"]},
             {"name": "Dock return", "channel": "on-street", "owner": "Station Ops",
              "description": "Return a bike to a docking station.", "emotion": 0,
              "pain_points": ["Full docks at peak"]},
             {"name": "Parking fine notice", "channel": "email", "owner": "Compliance",
              "description": "E-mail telling the rider a parking fee or fine was charged.", "emotion": -2},
         ]},
        {"name": "Billing", "goal": "Pay the right amount and understand every charge", "emotion": 0,
         "touchpoints": [
             {"name": "Monthly pass renewal", "channel": "app", "owner": "Payments",
              "description": "Automatic monthly renewal of the unlimited-rides pass.", "emotion": 0},
             {"name": "Ride receipt", "channel": "email", "owner": "Payments",
              "description": "Receipt after each ride with time, distance and price.", "emotion": 0},
             {"name": "Wallet top-up", "channel": "app", "owner": "Payments",
              "description": "Prepaid credit top-up.", "emotion": 0},
         ]},
        {"name": "Support & disputes", "goal": "Get a charge or fine sorted in one contact", "emotion": 0,
         "touchpoints": [
             {"name": "In-app chat", "channel": "chat", "owner": "Customer Care",
              "description": "Live chat with a support agent from the app.", "emotion": 2,
              "metrics": ["support_first_response_time"]},
             {"name": "Refund request", "channel": "app", "owner": "Customer Care",
              "description": "Form to request a refund for a ride or charge.", "emotion": -1,
              "metrics": ["refund_request_count"]},
             {"name": "Fine dispute form", "channel": "web", "owner": "Compliance",
              "description": "Web form to contest a parking fine, with photo upload.", "emotion": -1},
         ]},
    ],
}

# --------------------------------------------------------------------------------------------
# Comment text banks: (neg, neu, pos)
# --------------------------------------------------------------------------------------------
T = {
    "App store listing": (
        ["store page doesnt say which cities you cover, downloaded it for nothing",
         "app listing screenshots are old, looked nothing like the real app",
         "couldnt tell from the store if my city was included"],
        ["found it in the app store fine", "listing ok, a bit long"],
        ["easy to find in the store, downloaded in seconds", "good ratings in the store made me try it"]),
    "QR sticker on vehicle": (
        ["sticker on the bike was scratched, camera wouldnt read it",
         "faded qr sticker so i had to type the number by hand"],
        ["scanned the sticker and it sent me to the store", "sticker worked second try"],
        ["scanning the sticker on the scooter took me straight to the app, nice",
         "love that the sticker opens the app directly"]),
    "Phone verification": (
        ["sms code never arrived, tried 4 times", "waited 5 minutes for the verification code, gave up",
         "the code expired before the text even came through", "verification code took forever to arrive",
         "no sms code, no way to sign up, stood next to the scooter like an idiot",
         "resend code button does nothing", "had to restart the app 3 times to get the code"],
        ["code came after a minute or so", "sms code arrived eventually, bit slow"],
        ["code arrived instantly", "verification text came straight away"]),
    "Driving licence scan": (
        ["licence scan keeps saying photo too blurry", "it rejected my driving licence three times",
         "licence check failed even though my license is valid", "selfie + licence step is painful, took 20 min",
         "stuck on 'verifying licence' for ages"],
        ["licence scan worked on the second go", "had to retake the licence photo once"],
        ["licence scan was quick", "verified my licence in under a minute, impressed"]),
    "Safety tutorial": (
        ["safety tutorial is too long, just let me ride"],
        ["tutorial fine", "safety slides ok, skipped most of it"],
        ["the safety tutorial was actually useful, didnt know about the slow zones",
         "short clear safety intro, good for a first timer"]),
    "Card setup": (
        ["card setup kept failing at the bank pop-up", "pre-authorisation hold looked like a charge, scary",
         "3d secure screen lost my session, had to start again"],
        ["added my card fine", "apple pay worked"],
        ["card setup was super easy", "google pay in one tap, great"]),
    "Pass selection": (
        ["way too many pass options, no idea which one to pick", "pass selection is confusing, day pass vs 30 min?",
         "couldnt compare the passes, just picked pay as you go"],
        ["chose pay as you go, fine", "passes make sense after reading twice"],
        ["monthly pass is good value", "clear pass prices"]),
    "Vehicle map": (
        ["map showed a scooter that wasnt there", "vehicles on the map were all parked in a private garage",
         "map is slow to load"],
        ["map ok", "found a bike on the map after a bit"],
        ["map showed loads of bikes nearby", "map was accurate, walked straight to it"]),
    "QR unlock": (
        ["unlock took a few tries"],
        ["unlocked after a couple of seconds", "unlock fine"],
        ["scanned and it unlocked instantly, magic", "qr unlock worked first time, so smooth",
         "love how fast the unlock is", "unlock was instant, best bit of the whole thing",
         "scan to unlock is really slick"]),
    "In-ride guidance": (
        ["guidance kept telling me to turn into a one way street"],
        ["in ride hints ok", "didnt really notice the guidance"],
        ["speed zone warnings during the ride were helpful"]),
    "End-ride photo": (
        ["end ride photo rejected 3 times because it was dark", "no idea what the parking photo is supposed to show",
         "photo step at the end kept failing and the meter kept running", "parking photo rejected, charged extra"],
        ["photo at the end ok once i got it", "took the end photo twice"],
        ["end photo was easy"]),
    "Welcome receipt": (
        ["welcome discount missing from my first receipt"],
        ["got the receipt by email", "receipt fine"],
        ["first ride receipt showed the discount clearly, nice touch"]),
    # everyday riding
    "Live map": (
        ["live map shows bikes that have been gone for an hour", "map freezes when i zoom", "map keeps recentering"],
        ["map fine", "live map ok most days"],
        ["live map is accurate in my area", "map is quick and clear"]),
    "Battery range indicator": (
        ["range said 15 km and it died after 3", "battery indicator is a lie, scooter cut out halfway",
         "picked a 'full' scooter that was at 20 percent"],
        ["range estimate roughly right", "battery number ok"],
        ["battery range shown is spot on"]),
    "Reservation hold": (
        ["reservation expired while i was still walking"],
        ["reserved one, fine", "hold works"],
        ["love the 10 min reservation hold", "reserve feature saves my commute"]),
    "Vehicle condition": (
        ["brakes on the bike barely worked", "flat tyre again", "scooter was filthy and the bell was broken",
         "lights didnt work at night"],
        ["bike ok, seat a bit loose", "scooter fine"],
        ["new e-bikes are lovely", "bikes are always well maintained on my route"]),
    "Slow zone alerts": (
        ["scooter slowed to walking pace in the middle of a main road", "slow zone kicks in randomly, dangerous"],
        ["slow zones fine, understandable", "slow zone warning ok"],
        ["slow zone warnings are clear"]),
    "Pause ride": (
        ["pause ride still charged the full rate"],
        ["pause works", "used pause once, fine"],
        ["pause ride is handy for a coffee stop"]),
    "Parking zone check": (
        ["app wouldnt let me end ride, said outside parking zone but i was IN the bay",
         "parking zone check says im out of zone, im standing in the marked spot",
         "gps puts me outside the zone every single time at the station",
         "spent 10 min walking round trying to find a spot the zone check accepts, meter running",
         "cant end ride, 'not in a parking zone' again. this is every day now",
         "zone map and real bays dont match", "charged 8 extra minutes because the zone check failed",
         "parking zone is wrong on my street, had to push the scooter 2 blocks"],
        ["zone check worked after moving a few metres", "ended ride after second try"],
        ["parked and ended ride no problem"]),
    "Dock return": (
        ["dock was full so i had to ride to another station", "dock didnt click, ride kept going"],
        ["docked fine", "dock return ok"],
        ["docking is easy and quick", "always a free dock at my station"]),
    "Parking fine notice": (
        ["got a parking fine for parking exactly where the app told me to",
         "fine email gave no photo or location, no idea what i did wrong",
         "25 euro fine for a spot inside the zone, outrageous",
         "fine notice arrived a week later with no explanation"],
        ["fine email was clear at least"],
        ["fair enough, i did park badly and the fine email explained it"]),
    "Monthly pass renewal": (
        ["pass renewal failed and i didnt notice"],
        ["pass renewed as usual", "renewal reminder came, fine"],
        ["monthly pass renewal is seamless", "auto renewal of my pass just works"]),
    "Ride receipt": (
        ["receipt doesnt show the route so i cant check the charge"],
        ["receipts ok", "get a receipt every ride, fine"],
        ["receipts are clear and instant"]),
    "Wallet top-up": (
        ["top up took ages to show in the wallet"],
        ["topped up fine", "wallet ok"],
        ["wallet top up is quick"]),
    "In-app chat": (
        ["chat took a while this time"],
        ["chat agent helped, bit slow", "chat ok"],
        ["chat agent sorted my refund in 2 minutes, brilliant", "in-app chat is the best support ive had anywhere",
         "support chat was fast and friendly", "agent on chat fixed my parking charge straight away",
         "quick reply on the chat, problem solved", "really helpful chat team, thank you"]),
    "Refund request": (
        ["refund request form keeps timing out", "still waiting on my refund after 2 weeks",
         "refund was rejected with no reason"],
        ["refund came through after a few days", "refund form ok"],
        ["refund back on my card the next day"]),
    "Fine dispute form": (
        ["disputed a fine 3 weeks ago, no answer", "dispute form wont accept my photo upload",
         "fine dispute rejected with a copy paste reply", "no way to attach the gps screenshot to the dispute"],
        ["dispute form ok", "submitted the dispute fine, waiting"],
        ["they cancelled my fine after the dispute, thanks"]),
}
TOURIST_NEG = {
    "Phone verification": ["visiting from abroad and the code never comes to my foreign number",
                           "sms code doesnt work with a non local number, tourists cant sign up",
                           "on holiday, no code on my roaming sim"],
    "Driving licence scan": ["visiting from spain, licence scan wont accept my spanish licence",
                             "tourist here, foreign licence rejected every time",
                             "us licence not recognised by the scan"],
    "Safety tutorial": ["safety tutorial only in the local language, as a tourist i understood nothing",
                        "tourist here, tutorial wouldnt let me skip and i had a train to catch"],
}
EMERGING = ["charged twice for my monthly pass renewal this month", "pass renewal double charged me!!",
            "got two charges for the same pass renewal", "renewal took the money twice, need one back",
            "double charge on my monthly pass, not happy", "monthly pass renewed twice on the same day, charged twice",
            "why was my pass renewal charged twice", "my bank shows a double charge for the pass renewal"]
TAILS = ["", "", "", "", " pls fix", " thanks", " 3rd time this month", ".", "!!", " honestly",
         " otherwise ok", " sort it out"]

SEGMENTS = ["commuter", "student", "tourist", "occasional"]
SEG_W = [0.38, 0.24, 0.18, 0.20]
PII = ["call me on 07700 900 481 about this", "email me back at sam.rider84@example.com",
       "ring me +44 7700 900123 if you need details", "my email is j.kowalski@example.org, reply pls"]


def tp_list(journey):
    out = []
    for st in journey["stages"]:
        for tp in st["touchpoints"]:
            out.append((st["name"], tp["name"], tp["channel"]))
    return out


# volume and (p_neg, p_pos) per touchpoint
FR_MODEL = {
    "App store listing": (10, .2, .4), "QR sticker on vehicle": (8, .25, .35),
    "Phone verification": (34, .52, .18), "Driving licence scan": (24, .42, .22),
    "Safety tutorial": (12, .12, .5), "Card setup": (14, .3, .35), "Pass selection": (14, .35, .3),
    "Vehicle map": (13, .3, .35), "QR unlock": (22, .06, .78), "In-ride guidance": (8, .2, .35),
    "End-ride photo": (13, .45, .15), "Welcome receipt": (8, .15, .45),
}
ED_MODEL = {
    "Live map": (13, .25, .4), "Battery range indicator": (10, .4, .25), "Reservation hold": (6, .12, .5),
    "Vehicle condition": (14, .4, .25), "Slow zone alerts": (8, .35, .25), "Pause ride": (6, .2, .35),
    "Parking zone check": (34, .76, .05), "Dock return": (10, .3, .35), "Parking fine notice": (12, .7, .08),
    "Monthly pass renewal": (8, .1, .5), "Ride receipt": (8, .15, .4), "Wallet top-up": (6, .15, .4),
    "In-app chat": (24, .05, .82), "Refund request": (10, .45, .2), "Fine dispute form": (10, .6, .1),
}
EMERGING_N = 16


def rand_dt(weeks):
    w = rng.choice(weeks)
    d = w + dt.timedelta(days=rng.randrange(7))
    return dt.datetime(d.year, d.month, d.day, rng.randrange(7, 23), rng.randrange(60))


def pick_cat(pn, pp):
    r = rng.random()
    return "neg" if r < pn else ("pos" if r < pn + pp else "neu")


def text_for(tp, cat, seg, force=None):
    neg, neu, pos = T[tp]
    if force:
        base = rng.choice(force)
    elif cat == "neg":
        base = rng.choice(TOURIST_NEG[tp]) if (seg == "tourist" and tp in TOURIST_NEG and rng.random() < .7) \
            else rng.choice(neg)
    elif cat == "neu":
        base = rng.choice(neu)
    else:
        base = rng.choice(pos)
    return base + rng.choice(TAILS)


def gen_first():
    rows = []
    stage_of = {tp: st for st, tp, ch in tp_list(FIRST)}
    chan_of = {tp: ch for st, tp, ch in tp_list(FIRST)}
    for tp, (n, pn, pp) in FR_MODEL.items():
        for _ in range(n):
            seg = rng.choices(SEGMENTS, SEG_W)[0]
            a, b = pn, pp
            if seg == "tourist" and stage_of[tp] == "Sign up & verify":
                a, b = .97, .0
            cat = pick_cat(a, b)
            score = {"neg": rng.choice([0, 1, 2, 3, 3, 4, 5, 5, 6, 6]), "neu": rng.choice([7, 8]),
                     "pos": rng.choice([9, 9, 10])}[cat]
            rows.append(dict(date=rand_dt(WEEKS), journey="First ride", stage=stage_of[tp], touchpoint=tp,
                             channel=chan_of[tp], score=score, segment=seg,
                             sentiment={"neg": "negative", "neu": "neutral", "pos": "positive"}[cat],
                             comment=text_for(tp, cat, seg)))
    return rows


def gen_every():
    rows = []
    stage_of = {tp: st for st, tp, ch in tp_list(EVERY)}
    chan_of = {tp: ch for st, tp, ch in tp_list(EVERY)}
    for tp, (n, pn, pp) in ED_MODEL.items():
        weeks = WEEKS[:9] if tp == "Monthly pass renewal" else WEEKS
        for _ in range(n):
            seg = rng.choices(SEGMENTS, [0.45, 0.25, 0.08, 0.22])[0]
            cat = pick_cat(pn, pp)
            score = {"neg": rng.choice([1, 1, 2, 2, 2]), "neu": 3, "pos": rng.choice([4, 5, 5])}[cat]
            rows.append(dict(date=rand_dt(weeks), journey="Everyday riding", stage=stage_of[tp], touchpoint=tp,
                             channel=chan_of[tp], score=score, segment=seg,
                             sentiment={"neg": "negative", "neu": "neutral", "pos": "positive"}[cat],
                             comment=text_for(tp, cat, seg)))
    for _ in range(EMERGING_N):  # emerging: last 3 weeks only
        seg = rng.choices(SEGMENTS, [0.45, 0.3, 0.05, 0.2])[0]
        rows.append(dict(date=rand_dt(WEEKS[9:]), journey="Everyday riding", stage="Billing",
                         touchpoint="Monthly pass renewal", channel="app", score=rng.choice([1, 1, 2]),
                         segment=seg, sentiment="negative",
                         comment=text_for("Monthly pass renewal", "neg", seg, force=EMERGING)))
    return rows


def add_pii(rows, k):
    for r in rng.sample(rows, k):
        r["comment"] = r["comment"].rstrip(".! ") + ", " + PII.pop()


JUNK = ["", "...", "!!!", "?", "-", "   ", "..", "?!"]

# --------------------------------------------------------------------------------------------
# KPIs
# --------------------------------------------------------------------------------------------


def series(start, end, noise, nd=1, bump=None):
    out = []
    for i in range(12):
        v = start + (end - start) * i / 11 + rng.uniform(-noise, noise)
        if bump:
            v += bump(i)
        out.append(round(v, nd) if nd else int(round(v)))
    return out


def gen_kpis():
    K_ = []  # (metric, journey, stage, touchpoint, unit, target, hib, values)
    K_.append(("signup_completion_rate", "First ride", "Sign up & verify", "", "%", 75, True,
               series(61.2, 74.6, 0.5)))
    K_.append(("otp_delivery_time", "First ride", "Sign up & verify", "Phone verification", "s", 20, False,
               series(44, 47, 3.0)))
    K_.append(("id_verification_pass_rate", "First ride", "Sign up & verify", "Driving licence scan", "%", 90,
               True, series(82.5, 81.5, 1.2)))
    K_.append(("first_ride_conversion_rate", "First ride", "", "", "%", 65, True, series(56, 59, 1.5)))
    K_.append(("unlock_success_rate", "First ride", "Find & unlock", "QR unlock", "%", 97, True,
               series(93.4, 94.2, 0.4)))
    K_.append(("unlock_success_rate", "Everyday riding", "", "", "%", 97, True, series(97.1, 97.5, 0.3)))
    K_.append(("nps", "Everyday riding", "", "", "score", 35, True, series(31, 24, 1.5)))
    K_.append(("end_ride_failure_rate", "Everyday riding", "Park & end ride", "Parking zone check", "%", 2.0,
               False, series(2.1, 5.4, 0.15)))
    K_.append(("vehicle_availability_rate", "Everyday riding", "Find a vehicle", "Live map", "%", 85, True,
               series(80, 81, 1.5)))
    K_.append(("rides_per_active_rider", "Everyday riding", "", "", "count", 3.0, True, series(2.6, 2.7, 0.1, 2)))
    K_.append(("refund_request_count", "Everyday riding", "Support & disputes", "Refund request", "count", 100,
               False, series(118, 122, 8, 0, bump=lambda i: {9: 70, 10: 140, 11: 190}.get(i, 0))))
    K_.append(("support_first_response_time", "Everyday riding", "Support & disputes", "In-app chat", "min", 5,
               False, series(4.6, 2.1, 0.15)))
    K_.append(("low_battery_vehicle_share", "Everyday riding", "Find a vehicle", "Battery range indicator", "%",
               10, False, series(12.5, 12.8, 0.8)))
    return K_


# --------------------------------------------------------------------------------------------
# helpers for figures
# --------------------------------------------------------------------------------------------

def nps(scores):
    n = len(scores)
    return 100.0 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / n


def mean(xs):
    return sum(xs) / len(xs)


def fmt_num(v, nd=1):
    return rhalf(v, nd) if isinstance(v, float) and nd else rhalf(v, 0) if not nd else str(v)


def main():
    for sub in ("maps", "comments", "kpis"):
        os.makedirs(os.path.join(K, sub), exist_ok=True)
    with open(os.path.join(K, "maps", "first_ride.yaml"), "w") as f:
        yaml.safe_dump(FIRST, f, sort_keys=False, allow_unicode=True, width=110)
    with open(os.path.join(K, "maps", "everyday_riding.json"), "w") as f:
        json.dump(EVERY, f, indent=2, ensure_ascii=False)

    fr = gen_first()
    ed = gen_every()
    add_pii(fr, 2)
    add_pii(ed, 2)
    fr.sort(key=lambda r: r["date"])
    ed.sort(key=lambda r: r["date"])

    # canonical file (NPS)
    fr_path = os.path.join(K, "comments", "first_ride_nps.csv")
    junk_fr = JUNK[:4]
    with open(fr_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
                    "sentiment", "comment"])
        rows_out = [("r", r) for r in fr] + [("j", j) for j in junk_fr]
        # place junk rows at random positions
        for i, j in enumerate(junk_fr):
            pass
        order = list(range(len(fr)))
        junk_pos = sorted(rng.sample(range(len(fr)), len(junk_fr)))
        n = 0
        jn = 0
        for i, r in enumerate(fr):
            n += 1
            r["id"] = f"FR-{n:04d}"
            w.writerow([r["id"], r["date"].date().isoformat(), r["journey"], r["stage"], r["touchpoint"],
                        r["channel"], r["score"], "nps", r["segment"], r["sentiment"], r["comment"]])
            if jn < len(junk_fr) and i == junk_pos[jn]:
                n += 1
                d = r["date"].date().isoformat()
                w.writerow([f"FR-{n:04d}", d, "First ride", "", "", "", "", "nps", "", "", junk_fr[jn]])
                jn += 1
    fr_total_rows = len(fr) + len(junk_fr)

    # vendor export (CSAT)
    ed_path = os.path.join(K, "comments", "everyday_csat_export.csv")
    junk_ed = JUNK[4:]
    junk_pos = sorted(rng.sample(range(len(ed)), len(junk_ed)))
    with open(ed_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Submitted At", "Journey Name", "Step", "Feature", "Rating", "Scale",
                    "Rider Type", "Source", "Sentiment Label", "Feedback Text", "App Version"])
        n = 0
        jn = 0
        for i, r in enumerate(ed):
            n += 1
            r["id"] = f"CSAT-{30000 + n}"
            w.writerow([r["id"], r["date"].strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], r["touchpoint"],
                        r["score"], "csat", r["segment"].title(), r["channel"], r["sentiment"].title(),
                        r["comment"], rng.choice(["5.12.0", "5.12.1", "5.13.0"])])
            if jn < len(junk_ed) and i == junk_pos[jn]:
                n += 1
                w.writerow([f"CSAT-{30000 + n}", r["date"].strftime("%d/%m/%Y %H:%M"), "Everyday riding", "", "",
                            "", "csat", "", "", "", junk_ed[jn], "5.13.0"])
                jn += 1
    ed_total_rows = len(ed) + len(junk_ed)
    with open(os.path.join(K, "comments", "everyday_csat_export.mapping.yaml"), "w") as f:
        yaml.safe_dump({"kind": "comments",
                        "columns": {"id": "Response ID", "date": "Submitted At", "journey": "Journey Name",
                                    "stage": "Step", "touchpoint": "Feature", "score": "Rating",
                                    "score_type": "Scale", "segment": "Rider Type", "channel": "Source",
                                    "comment": "Feedback Text"},
                        "date_format": "%d/%m/%Y %H:%M"}, f, sort_keys=False)

    # KPIs
    kp = gen_kpis()
    kpi_path = os.path.join(K, "kpis", "weekly_kpis.csv")
    with open(kpi_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "metric", "value", "unit", "target", "higher_is_better", "journey", "stage",
                    "touchpoint"])
        for i, wk in enumerate(WEEKS):
            for m, j, s, t, u, tg, hib, vals in kp:
                w.writerow([wk.isoformat(), m, vals[i], u, tg, "true" if hib else "false", j, s, t])
    kpi_rows = 12 * len(kp)

    # ----------------------------------------------------------------------------------------
    # figures
    # ----------------------------------------------------------------------------------------
    def kv(metric, journey=None):
        for m, j, s, t, u, tg, hib, vals in kp:
            if m == metric and (journey is None or j == journey):
                return vals, tg
        raise KeyError(metric)

    def f1(x):
        return rhalf(x, 1)

    def fint(x):
        return rhalf(x, 0)

    def num(v):
        return str(v)

    JF, JE = FIRST["id"], EVERY["id"]

    def sid(j, st):
        return f"stage:{j}/{slug(st)}"

    def tid(j, st, tp):
        return f"touchpoint:{j}/{slug(st)}/{slug(tp)}"

    fr_by_tp = defaultdict(list)
    fr_by_stage = defaultdict(list)
    for r in fr:
        fr_by_tp[r["touchpoint"]].append(r)
        fr_by_stage[r["stage"]].append(r)
    ed_by_tp = defaultdict(list)
    ed_by_stage = defaultdict(list)
    for r in ed:
        ed_by_tp[r["touchpoint"]].append(r)
        ed_by_stage[r["stage"]].append(r)

    checks = {}  # for README / sanity
    Q = defaultdict(list)

    def q(kind, text, sources=None, figures=None, abstain=False):
        d = {"question": text, "kind": kind}
        if abstain:
            d["abstain"] = True
        else:
            d["sources"] = sources
            d["figures"] = figures or []
            d["abstain"] = False
        Q[kind].append(d)

    # pain points
    q("pain_points", "whats tripping ppl up w the sms code at signup?",
      [tid(JF, "Sign up & verify", "Phone verification"), "comment~code"])
    q("pain_points", "main pain points at park & end ride atm?",
      [sid(JE, "Park & end ride"), tid(JE, "Park & end ride", "Parking zone check"), "comment~zone"])
    q("pain_points", "any probs w the licence scan for new riders",
      [tid(JF, "Sign up & verify", "Driving licence scan"), "comment~licence", "comment~license"])

    # touchpoints
    def tps(j, st):
        return [tp["name"] for s in j["stages"] if s["name"] == st for tp in s["touchpoints"]]
    q("touchpoints", "what touchpoints r in find & unlock?", [sid(JF, "Find & unlock")], tps(FIRST, "Find & unlock"))
    q("touchpoints", "list the billing touchpoints for everyday riding pls", [sid(JE, "Billing")],
      tps(EVERY, "Billing"))
    q("touchpoints", "touchpoints under sign up and verify?", [sid(JF, "Sign up & verify")],
      tps(FIRST, "Sign up & verify"))

    # owner
    def owner(j, tpn):
        return [tp["owner"] for s in j["stages"] for tp in s["touchpoints"] if tp["name"] == tpn][0]
    q("owner", "who owns the parking zone check", [tid(JE, "Park & end ride", "Parking zone check")],
      [owner(EVERY, "Parking zone check")])
    q("owner", "whos responsible for the drivers licence scan step?",
      [tid(JF, "Sign up & verify", "Driving licence scan")], [owner(FIRST, "Driving licence scan")])
    q("owner", "which team looks after in app chat", [tid(JE, "Support & disputes", "In-app chat")],
      [owner(EVERY, "In-app chat")])

    # goal
    q("goal", "whats the goal for the add payment step", [sid(JF, "Add payment")], ["90"])
    q("goal", "what are we aiming for at park & end ride, target time?", [sid(JE, "Park & end ride")], ["30"])
    q("goal", "goal of support & disputes stage?", [sid(JE, "Support & disputes")], ["one contact"])

    # latest kpi
    v, _ = kv("end_ride_failure_rate")
    q("latest_kpi", "end ride failure rate rn?", ["kpi~end_ride_failure_rate"], [num(v[-1])])
    v, _ = kv("signup_completion_rate")
    q("latest_kpi", "signup completion this wk?", ["kpi~signup_completion_rate"], [num(v[-1])])
    v, _ = kv("refund_request_count")
    q("latest_kpi", "how many refund requests did we get last week", ["kpi~refund_request_count"], [num(v[-1])])

    # kpi change (last - first, unsigned)
    v, _ = kv("signup_completion_rate")
    q("kpi_change", "how much has signup completion gone up over the 12 wks",
      ["kpi~signup_completion_rate"], [f1(abs(v[-1] - v[0]))])
    v, _ = kv("end_ride_failure_rate")
    q("kpi_change", "end-ride failure rate - change since the first week of the period?",
      ["kpi~end_ride_failure_rate"], [f1(abs(v[-1] - v[0]))])
    v, _ = kv("support_first_response_time")
    q("kpi_change", "chat first response time, how much has it dropped since wk 1",
      ["kpi~support_first_response_time"], [f1(abs(v[-1] - v[0]))])

    # kpi window
    v, _ = kv("otp_delivery_time")
    q("kpi_window", "avg otp delivery time last 4 wks?", ["kpi~otp_delivery_time"], [f1(mean(v[-4:]))])
    v, _ = kv("nps", "Everyday riding")
    q("kpi_window", "whats the avg nps over the last 6 weeks for everyday riding", ["kpi~nps"], [f1(mean(v[-6:]))])
    v, _ = kv("vehicle_availability_rate")
    q("kpi_window", "vehicle availability averaged across all 12 wks", ["kpi~vehicle_availability_rate"],
      [f1(mean(v))])

    # comparison
    a, _ = kv("unlock_success_rate", "First ride")
    b, _ = kv("unlock_success_rate", "Everyday riding")
    q("comparison", "unlock success first ride vs everyday riding, latest?", ["kpi~unlock_success_rate"],
      [num(a[-1]), num(b[-1])])
    v, tg = kv("id_verification_pass_rate")
    q("comparison", "id verification pass rate vs target atm", ["kpi~id_verification_pass_rate"],
      [num(v[-1]), num(tg)])
    pz = mean([r["score"] for r in ed_by_tp["Parking zone check"]])
    dr = mean([r["score"] for r in ed_by_tp["Dock return"]])
    q("comparison", "parking zone check vs dock return on avg csat rating?",
      [tid(JE, "Park & end ride", "Parking zone check"), tid(JE, "Park & end ride", "Dock return"),
       "comment~zone", "comment~dock"], [f1(pz), f1(dr)])
    checks["avg csat parking zone check"] = f1(pz)
    checks["avg csat dock return"] = f1(dr)

    # ranking
    st_avg = {st: mean([r["score"] for r in rs]) for st, rs in ed_by_stage.items()}
    worst = sorted(st_avg, key=st_avg.get)
    assert st_avg[worst[1]] - st_avg[worst[0]] > 0.4, st_avg
    checks["everyday stage avg csat"] = {k: f1(v) for k, v in st_avg.items()}
    q("ranking", "which stage in everyday riding has the worst avg csat", [sid(JE, worst[0])], [worst[0]])
    negc = {tp: sum(r["score"] <= 6 for r in rs) for tp, rs in fr_by_tp.items()}
    top = sorted(negc, key=negc.get, reverse=True)
    assert negc[top[1]] - negc[top[2]] >= 5 and negc[top[0]] > negc[top[1]], negc
    checks["first ride detractors per touchpoint"] = negc
    q("ranking", "top 2 touchpoints in first ride by number of detractor comments?",
      [tid(JF, fr_by_tp[top[0]][0]["stage"], top[0]), tid(JF, fr_by_tp[top[1]][0]["stage"], top[1])],
      [top[0], top[1]])
    st_nps = {st: nps([r["score"] for r in rs]) for st, rs in fr_by_stage.items()}
    srt = sorted(st_nps, key=st_nps.get)
    assert st_nps[srt[1]] - st_nps[srt[0]] > 10, st_nps
    checks["first ride stage nps"] = {k: fint(v) for k, v in st_nps.items()}
    q("ranking", "rank the first ride stages by survey nps, which is worst", [sid(JF, srt[0])],
      [srt[0], fint(st_nps[srt[0]])])

    # segment
    su = fr_by_stage["Sign up & verify"]
    seg_nps = {s: nps([r["score"] for r in su if r["segment"] == s]) for s in SEGMENTS}
    seg_n = {s: sum(r["segment"] == s for r in su) for s in SEGMENTS}
    ws = sorted(seg_nps, key=seg_nps.get)
    assert seg_nps[ws[1]] - seg_nps[ws[0]] > 15, seg_nps
    checks["sign up & verify nps by segment"] = {s: (fint(seg_nps[s]), seg_n[s]) for s in SEGMENTS}
    q("segment", "which rider segment is least happy w sign up & verify?",
      [sid(JF, "Sign up & verify"), "comment~abroad", "comment~tourist", "comment~foreign"],
      [ws[0], fint(seg_nps[ws[0]])])
    q("segment", "tourists vs commuters - nps at sign up stage from comments",
      [sid(JF, "Sign up & verify"), "comment~foreign", "comment~code", "comment~licence"],
      [fint(seg_nps["tourist"]), fint(seg_nps["commuter"])])
    bil_st = [r["score"] for r in ed_by_stage["Billing"] if r["segment"] == "student"]
    checks["billing avg csat students"] = (f1(mean(bil_st)), len(bil_st))
    q("segment", "how do students rate billing in everyday riding? avg csat pls",
      [sid(JE, "Billing"), "comment~renewal", "comment~receipt"], [f1(mean(bil_st))])

    # derived score
    qr = [r["score"] for r in fr_by_tp["QR unlock"]]
    checks["nps qr unlock"] = (fint(nps(qr)), len(qr))
    q("derived_score", "nps from the survey comments for qr unlock?",
      [tid(JF, "Find & unlock", "QR unlock"), "comment~unlock"], [fint(nps(qr))])
    ch = [r["score"] for r in ed_by_tp["In-app chat"]]
    sat = 100.0 * sum(s >= 4 for s in ch) / len(ch)
    checks["in-app chat % 4-5"] = (fint(sat), len(ch))
    q("derived_score", "% of 4s and 5s for in-app chat", [tid(JE, "Support & disputes", "In-app chat"),
                                                         "comment~chat"], [fint(sat)])
    pv = [r["score"] for r in fr_by_tp["Phone verification"]]
    checks["nps phone verification"] = (fint(nps(pv)), len(pv))
    q("derived_score", "whats the comment nps for phone verification",
      [tid(JF, "Sign up & verify", "Phone verification"), "comment~code"], [fint(nps(pv))])

    # themes
    q("themes", "main themes in everyday riding feedback?",
      [tid(JE, "Park & end ride", "Parking zone check"), "comment~zone", "comment~fine"])
    q("themes", "common complaints from first ride surveys, summary pls",
      [tid(JF, "Sign up & verify", "Phone verification"), tid(JF, "Sign up & verify", "Driving licence scan"),
       "comment~code", "comment~licence"])
    q("themes", "what do ppl moan about re fines",
      [tid(JE, "Park & end ride", "Parking fine notice"), tid(JE, "Support & disputes", "Fine dispute form"),
       "comment~fine"])

    # praise
    q("praise", "what do riders love in the everyday journey", [tid(JE, "Support & disputes", "In-app chat"),
                                                               "comment~chat"], ["In-app chat"])
    q("praise", "anything ppl rave about on their first go?", [tid(JF, "Find & unlock", "QR unlock"),
                                                             "comment~unlock"], ["QR unlock"])
    q("praise", "any good feedback on support?", [tid(JE, "Support & disputes", "In-app chat"), "comment~chat"],
      ["chat"])

    # emerging
    em_src = [tid(JE, "Billing", "Monthly pass renewal"), "comment~charged twice", "comment~double charge"]
    q("emerging", "anything new popping up in the last couple wks?", em_src, ["renewal"])
    q("emerging", "new complaints in billing recently?", em_src, ["renewal"])
    q("emerging", "refund requests spiked lately - whats driving it", em_src + ["kpi~refund_request_count"],
      ["renewal"])

    # priority
    edneg = {tp: sum(r["score"] <= 2 for r in rs) for tp, rs in ed_by_tp.items()}
    et = sorted(edneg, key=edneg.get, reverse=True)
    assert et[0] == "Parking zone check" and edneg[et[0]] - edneg[et[1]] >= 8, edneg
    checks["everyday 1-2 ratings per touchpoint"] = edneg
    q("priority", "if we can only fix one thing in everyday riding this quarter what should it be",
      [tid(JE, "Park & end ride", "Parking zone check"), "comment~zone", "kpi~end_ride_failure_rate"],
      ["Parking zone check"])
    assert top[0] == "Phone verification"
    q("priority", "biggest thing to fix for first ride onboarding?",
      [tid(JF, "Sign up & verify", "Phone verification"), "comment~code"], ["Phone verification"])
    q("priority", "what should payments look at first in billing", em_src, ["Monthly pass renewal"])

    # paraphrase
    q("paraphrase", "whats going wrong when ppl wait for the txt msg that proves its really their mobile",
      [tid(JF, "Sign up & verify", "Phone verification"), "comment~code"])
    q("paraphrase", "issues when riders try to finish a trip and the app says they cant leave the scooter there?",
      [tid(JE, "Park & end ride", "Parking zone check"), "comment~zone"])
    q("paraphrase", "the bit where u snap a pic of the bike once youre done on your very first go, complaints?",
      [tid(JF, "First ride", "End-ride photo"), "comment~photo"])

    # abstain
    for t in ["whats limes unlock success rate atm?",
              "nps for our car rental journey last month?",
              "forecast signup completion for next quarter pls",
              "how much revenue did monthly passes bring in last month",
              "how many agents in customer care rn? headcount",
              "avg co2 saved per ride this wk?",
              "tier vs voi scooter churn comparison",
              "what will end ride failure rate be in jan 2027",
              "whats our share price doing this week",
              "how many ppl work in fleet ops",
              "battery swap cost per vehicle last wk?",
              "nps for the food delivery journey in the app?"]:
        q("abstain", t, abstain=True)

    # split per kind at random
    dev, held = [], []
    srng = random.Random(SEED + 1)
    odd = [k for k in Q if len(Q[k]) % 2]
    srng.shuffle(odd)
    extra_dev = set(odd[: len(odd) // 2])
    for kind in Q:
        items = Q[kind][:]
        srng.shuffle(items)
        h = len(items) // 2 + (1 if kind in extra_dev else 0)
        dev += items[:h]
        held += items[h:]
    for name, items in (("dev.yaml", dev), ("heldout.yaml", held)):
        with open(os.path.join(BASE, name), "w") as f:
            yaml.safe_dump({"questions": items}, f, sort_keys=False, allow_unicode=True, width=200)

    # ----------------------------------------------------------------------------------------
    # README
    # ----------------------------------------------------------------------------------------
    per_kind = {k: (sum(d["kind"] == k for d in dev), sum(d["kind"] == k for d in held)) for k in Q}
    nstages = len(FIRST["stages"]) + len(EVERY["stages"])
    ntps = sum(len(s["touchpoints"]) for j in (FIRST, EVERY) for s in j["stages"])
    ren_last3 = sum(1 for r in ed if r["touchpoint"] == "Monthly pass renewal" and r["date"].date() >= WEEKS[9])
    ren_before = sum(1 for r in ed if r["touchpoint"] == "Monthly pass renewal" and r["date"].date() < WEEKS[9])
    sc, _ = kv("signup_completion_rate")
    er, _ = kv("end_ride_failure_rate")
    rr, _ = kv("refund_request_count")
    ua, _ = kv("unlock_success_rate", "First ride")
    ub, _ = kv("unlock_success_rate", "Everyday riding")
    lines = [
        "# bikeshare — city bike & e-scooter sharing (blind evaluation base)", "",
        "Generated by `scripts/build.py` (stdlib + PyYAML, seed %d). Re-run it to regenerate everything;" % SEED,
        "every expected figure in `dev.yaml` / `heldout.yaml` is computed from the generated rows.", "",
        "## Files", "",
        "| file | what | rows |", "| --- | --- | --- |",
        f"| knowledge/maps/first_ride.yaml | journey `first-ride` (app sign-up and first ride) | "
        f"{len(FIRST['stages'])} stages, {sum(len(s['touchpoints']) for s in FIRST['stages'])} touchpoints |",
        f"| knowledge/maps/everyday_riding.json | journey `everyday-riding` (riding, parking, billing, disputes) | "
        f"{len(EVERY['stages'])} stages, {sum(len(s['touchpoints']) for s in EVERY['stages'])} touchpoints |",
        f"| knowledge/comments/first_ride_nps.csv | canonical columns, NPS 0-10 (`score_type`=nps) | "
        f"{fr_total_rows} rows ({len(fr)} real + {len(junk_fr)} junk) |",
        f"| knowledge/comments/everyday_csat_export.csv | vendor export (Response ID, Submitted At dd/mm/YYYY HH:MM, "
        f"Step, Feature, Rating, Scale, Rider Type, Feedback Text...), CSAT 1-5 | {ed_total_rows} rows "
        f"({len(ed)} real + {len(junk_ed)} junk) |",
        "| knowledge/comments/everyday_csat_export.mapping.yaml | column mapping + date format for the export | - |",
        f"| knowledge/kpis/weekly_kpis.csv | long format, {len(kp)} series / "
        f"{len(set(k[0] for k in kp))} metrics x 12 weeks ({WEEKS[0]} .. {LAST}, Mondays), "
        f"with unit, target, higher_is_better, journey/stage/touchpoint | {kpi_rows} rows |",
        "", f"Totals: 2 journeys, {nstages} stages, {ntps} touchpoints, {fr_total_rows + ed_total_rows} comment rows "
        f"({len(fr) + len(ed)} real, {len(junk_fr) + len(junk_ed)} junk: empty / whitespace / punctuation only), "
        f"{kpi_rows} KPI rows.",
        "4 real comments carry an e-mail address or phone number in the text (PII-scrubbing check).",
        "Junk rows have no stage, touchpoint or score, so stage/touchpoint scores are unaffected by them.", "",
        "## Stories planted", "",
        "- **Recurring pain points** (all 12 weeks): `Phone verification` (SMS code late / never arrives) and "
        "`Driving licence scan` (blurry-photo errors, rejected licences) in *Sign up & verify*; "
        "`Parking zone check` (geofence says outside the zone while in the bay, meter keeps running) and "
        "`Parking fine notice` / `Fine dispute form` in everyday riding.",
        "- **Praised touchpoints**: `In-app chat` (everyday, fast friendly agents) and `QR unlock` (first ride, instant unlock).",
        f"- **Improving metric**: `signup_completion_rate` {sc[0]} -> {sc[-1]} % (target 75).",
        f"- **Worsening lower-is-better metric**: `end_ride_failure_rate` {er[0]} -> {er[-1]} % "
        "(higher_is_better=false, target 2.0), tied to Parking zone check.",
        f"- **Emerging issue (last 3 weeks only, from {WEEKS[9]})**: double charge on `Monthly pass renewal` "
        f"— {ren_last3} renewal comments in weeks 10-12 (all 'charged twice' / 'double charge'), {ren_before} mild renewal "
        f"comments before and none mention a double charge. `refund_request_count` jumps {rr[8]} -> {rr[9]}, {rr[10]}, {rr[11]}.",
        "- **Unhappier segment**: tourists in *Sign up & verify* (foreign numbers / licences) — "
        + ", ".join(f"{s} NPS {checks['sign up & verify nps by segment'][s][0]} (n={checks['sign up & verify nps by segment'][s][1]})" for s in SEGMENTS) + ".",
        f"- **Metric in both journeys**: `unlock_success_rate` — First ride (QR unlock) latest {ua[-1]}, "
        f"Everyday riding latest {ub[-1]} (journey column distinguishes them).",
        "- Other series: otp_delivery_time (s, lower better, ~45 vs target 20), id_verification_pass_rate, "
        "first_ride_conversion_rate, nps (everyday, sliding), vehicle_availability_rate, rides_per_active_rider, "
        "support_first_response_time (min, improving), low_battery_vehicle_share.", "",
        "## How figures were computed", "",
        "- latest_kpi: value of the last week (" + LAST.isoformat() + ").",
        "- kpi_change: |last week - first week| of the 12, 1 decimal (unsigned; direction is in the question).",
        "- kpi_window: arithmetic mean of the last N weekly values (or all 12), 1 decimal.",
        "- Comment NPS: % scores 9-10 minus % scores 0-6, over the comments with a score, rounded to an integer "
        "(half away from zero). CSAT average: mean of 1-5 ratings, 1 decimal. '% of 4s and 5s': share of ratings >= 4, integer.",
        "- Rankings count detractors (NPS 0-6) or 1-2 ratings per touchpoint; stage rankings use mean CSAT / comment NPS.",
        "- Abstain questions (competitors, other products, forecasts, revenue, share price, headcount, CO2, swap cost) "
        "have no gold sources.", "",
        "Computed checkpoints:", "", "```", yaml.safe_dump(checks, sort_keys=False, width=200).rstrip(), "```", "",
        "## Questions", "",
        f"dev.yaml: {len(dev)} questions, heldout.yaml: {len(held)} questions (split at random per kind, seed {SEED + 1}).",
        "", "| kind | dev | heldout |", "| --- | --- | --- |",
    ] + [f"| {k} | {a} | {b} |" for k, (a, b) in per_kind.items()]
    with open(os.path.join(BASE, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"first-ride comments {fr_total_rows}, everyday {ed_total_rows}, kpi rows {kpi_rows}")
    print(f"dev {len(dev)} heldout {len(held)}")
    print(per_kind)
    print(yaml.safe_dump(checks, sort_keys=False, width=200))


if __name__ == "__main__":
    main()
