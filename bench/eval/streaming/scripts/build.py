#!/usr/bin/env python3
"""Deterministic generator for the `streaming` blind evaluation base.

Writes knowledge/ (maps, comments, kpis), dev.yaml and heldout.yaml.
Run:  python3 scripts/build.py   (from anywhere; paths are relative to this file)
"""
import csv
import datetime as dt
import json
import os
import random
import re

import yaml

SEED = 20261203
rng = random.Random(SEED)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- maps
J1 = {
    "id": "signup-to-paid",
    "name": "Sign-up to paid",
    "persona": "New viewer trying the service",
    "owner": "Growth & Subscriptions",
    "updated": "2026-10-01",
    "description": "From first visit through the 7-day free trial to the first paid month.",
    "stages": [
        {"name": "Discover", "goal": "Understand what is on the service and what it costs", "emotion": 1,
         "pain_points": ["Price per plan hard to compare before sign-up"],
         "touchpoints": [
             {"name": "Landing page", "channel": "web", "owner": "Growth Marketing",
              "description": "Marketing homepage with catalogue highlights and plan prices.",
              "pain_points": ["Plan prices shown only after entering an email"], "metrics": ["signup_completion_rate"]},
             {"name": "Partner promo code", "channel": "partner", "owner": "Partnerships",
              "description": "Promo codes from telco and retail partners that extend the free trial.",
              "pain_points": ["Codes rejected as expired or already used"]},
             {"name": "App store listing", "channel": "app store", "owner": "Mobile Apps team",
              "description": "iOS / Android store page and in-app purchase entry point.",
              "pain_points": ["Screenshots out of date"]},
         ]},
        {"name": "Sign up", "goal": "Create an account and start the trial in under two minutes", "emotion": 0,
         "pain_points": ["Card required before the free trial starts"],
         "touchpoints": [
             {"name": "Account creation form", "channel": "web", "owner": "Identity team",
              "description": "Email, password and date of birth form.",
              "pain_points": ["Password rules unclear"], "metrics": ["signup_completion_rate"]},
             {"name": "Payment method entry", "channel": "web", "owner": "Payments team",
              "description": "Card / PayPal capture with 3-D Secure check before the trial starts.",
              "pain_points": ["Cards declined at 3-D Secure", "PayPal option missing on TV and some browsers"],
              "metrics": ["payment_failure_rate"]},
             {"name": "Email verification", "channel": "email", "owner": "Identity team",
              "description": "Verification link e-mailed after sign-up.",
              "pain_points": ["Verification mail lands in spam"]},
         ]},
        {"name": "Free trial", "goal": "Find something worth watching in the first 48 hours", "emotion": 1,
         "pain_points": ["No clear reminder of when the trial ends"],
         "touchpoints": [
             {"name": "Welcome email series", "channel": "email", "owner": "CRM team",
              "description": "Three e-mails over the trial with picks and how-to tips.",
              "pain_points": ["Generic picks"]},
             {"name": "Profile and taste picker", "channel": "app", "owner": "Personalisation team",
              "description": "Choose profiles and a few favourite titles to seed recommendations.",
              "pain_points": ["Kids profile setup buried"]},
             {"name": "Trial ending reminder", "channel": "push", "owner": "CRM team",
              "description": "Push and e-mail reminder 2 days before the trial converts to paid.",
              "pain_points": ["Reminder not received or sent after the charge"]},
         ]},
        {"name": "Trial conversion", "goal": "Move to a paid plan knowingly and without surprises", "emotion": -1,
         "pain_points": ["Customers feel charged without warning"],
         "touchpoints": [
             {"name": "First charge", "channel": "billing", "owner": "Payments team",
              "description": "Automatic first charge when the free trial ends.",
              "pain_points": ["Surprise charge at the end of the trial", "Refund for the first month hard to get"],
              "metrics": ["trial_to_paid_conversion_rate", "payment_failure_rate"]},
             {"name": "Plan picker", "channel": "web", "owner": "Subscriptions Product",
              "description": "Screen to choose Basic with ads, Standard or Premium before the first charge.",
              "pain_points": ["Differences between plans unclear (4K, screens)"],
              "metrics": ["trial_to_paid_conversion_rate"]},
         ]},
        {"name": "First month", "goal": "Feel the first paid month was worth it", "emotion": 0,
         "touchpoints": [
             {"name": "Billing receipt email", "channel": "email", "owner": "Payments team",
              "description": "Receipt and VAT invoice after each charge.",
              "pain_points": ["Receipt shows the wrong plan name"]},
             {"name": "Help centre", "channel": "web", "owner": "Customer Support",
              "description": "Self-service articles and contact form.",
              "pain_points": ["Articles do not cover billing questions"]},
         ]},
    ],
}

J2 = {
    "id": "watching-and-membership",
    "name": "Watching and membership",
    "persona": "Paying subscriber",
    "owner": "Member Experience",
    "updated": "2026-09-15",
    "description": "Setting up devices, watching, changing plan, cancelling and coming back.",
    "stages": [
        {"name": "Device setup", "goal": "Start watching on the TV within five minutes", "emotion": -1,
         "pain_points": ["Signing in on a TV is fiddly"],
         "touchpoints": [
             {"name": "TV sign-in code", "channel": "tv", "owner": "Devices team",
              "description": "Eight-character code shown on the TV and entered on a phone or laptop.",
              "pain_points": ["Code expires before it can be typed", "Code page not mobile friendly"],
              "metrics": ["tv_sign_in_time"]},
             {"name": "Smart TV app install", "channel": "tv", "owner": "Devices team",
              "description": "Installing the app from the TV's own store.",
              "pain_points": ["App missing on older TVs"]},
             {"name": "Casting", "channel": "device", "owner": "Devices team",
              "description": "Chromecast and AirPlay from phone to TV.",
              "pain_points": ["Cast button disappears"]},
         ]},
        {"name": "Playback", "goal": "Watch without interruptions in the best quality the plan allows", "emotion": 1,
         "pain_points": ["Buffering at peak hours"],
         "touchpoints": [
             {"name": "Video player", "channel": "app", "owner": "Playback Engineering",
              "description": "The player on TV, web and mobile apps (start, seek, quality switch).",
              "pain_points": ["Buffering in the evening", "Slow start"],
              "metrics": ["video_start_time", "rebuffering_ratio"]},
             {"name": "Offline downloads", "channel": "app", "owner": "Playback Engineering",
              "description": "Download episodes and films to watch without a connection.",
              "pain_points": ["Download limit per title"]},
             {"name": "Subtitles and audio tracks", "channel": "app", "owner": "Localisation team",
              "description": "Choice of subtitle and dubbed audio languages.",
              "pain_points": ["Subtitle timing off on some titles"]},
         ]},
        {"name": "Plan change", "goal": "Switch plan in a few taps and see the new price straight away", "emotion": 0,
         "pain_points": ["Price rise announced with little notice"],
         "touchpoints": [
             {"name": "Change plan page", "channel": "web", "owner": "Subscriptions Product",
              "description": "Account page to up- or downgrade between Basic with ads, Standard and Premium.",
              "pain_points": ["Downgrade only applies at next billing date"], "metrics": ["downgrade_rate"]},
             {"name": "Upgrade prompt", "channel": "app", "owner": "Subscriptions Product",
              "description": "In-player prompt to upgrade to Premium for 4K or an extra screen.",
              "pain_points": ["Prompt shown too often"]},
         ]},
        {"name": "Cancellation", "goal": "Cancel easily, or be offered something that makes staying worth it", "emotion": -2,
         "pain_points": ["Cancel option hard to find", "Bundle subscribers told to cancel via their provider"],
         "touchpoints": [
             {"name": "Cancel flow", "channel": "web", "owner": "Retention team",
              "description": "Account > Membership > Cancel, with a save offer step.",
              "pain_points": ["Several 'are you sure' screens", "Not available in the TV app"],
              "metrics": ["cancel_save_rate", "churn_rate"]},
             {"name": "Live chat", "channel": "chat", "owner": "Customer Support",
              "description": "Chat agents for billing and cancellation questions.",
              "pain_points": ["Long waits in the evening"]},
         ]},
        {"name": "Win-back", "goal": "Bring lapsed members back with a relevant offer", "emotion": 0,
         "touchpoints": [
             {"name": "Win-back offer email", "channel": "email", "owner": "CRM team",
              "description": "Discount e-mails 30 and 60 days after cancelling.",
              "pain_points": ["Too many e-mails after cancelling"], "metrics": ["winback_reactivation_rate"]},
             {"name": "Rejoin page", "channel": "web", "owner": "Growth Marketing",
              "description": "One-click restart for former members with saved profiles.",
              "pain_points": ["Old profiles and watch history lost after 10 months"],
              "metrics": ["winback_reactivation_rate"]},
         ]},
    ],
}

os.makedirs(os.path.join(K, "maps"), exist_ok=True)
with open(os.path.join(K, "maps", "signup-to-paid.yaml"), "w") as f:
    yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True)
with open(os.path.join(K, "maps", "watching-and-membership.json"), "w") as f:
    json.dump(J2, f, indent=2, ensure_ascii=False)

TP = {}  # (journey_id, touchpoint name) -> stage name
for j in (J1, J2):
    for s in j["stages"]:
        for t in s["touchpoints"]:
            TP[(j["id"], t["name"])] = s["name"]

# ---------------------------------------------------------------- weeks
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]  # Mondays; last = 2026-11-23
SEGMENTS = ["Basic with ads", "Standard monthly", "Premium annual", "Student"]
SEG_W = [0.3, 0.35, 0.2, 0.15]

# ---------------------------------------------------------------- comment texts
# per touchpoint: neg / neu / pos verbatims (realistic, typos on purpose)
TEXT = {
    # --- signup-to-paid
    "Landing page": {
        "neg": ["why do i have to give my email just to see the prices??", "couldnt find the price anywhere on the homepage",
                "landing page is all trailers no info on plans", "site so slow on my phone, gave up the first time"],
        "neu": ["ok page, would be nice to see the catalogue w/o signing up", "fine. prices a bit hidden"],
        "pos": ["clear page, saw the shows i wanted straight away", "liked the trailer on the homepage, made me sign up"]},
    "Partner promo code": {
        "neg": ["promo code from my phone provider says already used. i never used it!!", "code expired the day after i got it",
                "partner code wouldnt apply, had to pay full price", "the retail voucher code just gives an error"],
        "neu": ["code worked on second try", "took a while to find where to enter the promo code"],
        "pos": ["3 months free with my phone contract code, easy", "promo code applied instantly, nice"]},
    "App store listing": {
        "neg": ["app store pics show an old app, confusing", "in app purchase price different from website??"],
        "neu": ["downloaded from play store, nothing special", "store page ok"],
        "pos": ["found it in the app store in seconds", "easy install from the app store"]},
    "Account creation form": {
        "neg": ["password rules are ridiculous, 4 attempts", "form cleared everything when i got the date of birth wrong",
                "kept saying email already in use but it wasnt"],
        "neu": ["standard sign up form", "fine, bit long"],
        "pos": ["quick sign up, under a minute", "easy account setup"]},
    "Payment method entry": {
        "neg": ["card declined at the 3d secure step, bank says nothing wrong", "no paypal option?? in 2026??",
                "why do u need my card for a FREE trial", "3ds popup never loaded, card declined twice",
                "payment page timed out and i had to start again"],
        "neu": ["card went through after retrying", "would prefer paypal but ok"],
        "pos": ["apple pay made it painless", "payment bit was quick"]},
    "Email verification": {
        "neg": ["verification email went to spam", "never got the verify link, had to resend 3 times"],
        "neu": ["link came after a few min", "ok"],
        "pos": ["verify email arrived instantly", "smooth"]},
    "Welcome email series": {
        "neg": ["welcome emails are just generic top 10 lists", "too many emails in the first week"],
        "neu": ["emails were ok, didnt read most", "the tips email was kinda useful"],
        "pos": ["the picks email found me a great show", "nice welcome mail with how to get on the tv"]},
    "Profile and taste picker": {
        "neg": ["couldnt work out how to make a kids profile", "taste picker only showed stuff i hate"],
        "neu": ["picked a few shows, recs so-so", "profile setup fine"],
        "pos": ["loved picking shows at the start, recs were spot on", "profiles for the whole family in 2 mins, great",
                "the taste picker is actually good, first recs were great"]},
    "Trial ending reminder": {
        "neg": ["no reminder the trial was ending. none.", "reminder arrived AFTER i was charged lol",
                "didnt get any push that the trial ends", "said i'd be reminded, wasnt"],
        "neu": ["got the reminder email, fine", "reminder came 2 days before, ok"],
        "pos": ["appreciated the heads up before the trial ended", "clear reminder, decided to keep it"]},
    "First charge": {
        "neg": ["charged without any warning when the trial ended", "got charged the full month, no reminder, want a refund",
                "surprise charge on my card. not cool", "trial ended and took money straight away, felt like a trap",
                "they charged me the day before the trial was supposed to end", "asked for a refund of the first month, refused",
                "charged for premium when i picked standard??", "no warning before charging, cancelled right after"],
        "neu": ["charge was what i expected", "paid after the trial, price is a bit high"],
        "pos": ["billing after the trial was clear and as promised", "no surprises, charged on the date they said"]},
    "Plan picker": {
        "neg": ["no idea whats the difference between standard and premium", "plan page doesnt say how many screens",
                "ads plan not explained, didnt know there would be ads"],
        "neu": ["chose standard, comparison table could be clearer", "ok"],
        "pos": ["plan comparison was clear", "easy to pick a plan"]},
    "Billing receipt email": {
        "neg": ["receipt says premium, i'm on standard", "invoice doesnt show vat number"],
        "neu": ["got the receipt", "receipt fine"],
        "pos": ["clear receipt", "receipt came right away"]},
    "Help centre": {
        "neg": ["help articles dont answer billing questions", "contact form goes nowhere"],
        "neu": ["found the article eventually", "help centre ok"],
        "pos": ["help article fixed my issue", "good faq"]},
    # --- watching-and-membership
    "TV sign-in code": {
        "neg": ["the tv code expires before i can even type it", "code on the tv times out way too fast",
                "typing the code on my phone, page is tiny and code expired", "sign in with the code failed 3x, gave up",
                "why does the tv code expire in like 60 seconds", "code expired AGAIN. just let me type my password"],
        "neu": ["code worked on second attempt", "tv sign in ok once i found the code page"],
        "pos": ["tv code sign in was quick", "scanned the qr and was in"]},
    "Smart TV app install": {
        "neg": ["app not available on my 2018 tv", "tv app keeps crashing after install"],
        "neu": ["installed fine, took a while", "ok"],
        "pos": ["app was already on the tv, easy", "installed in a minute"]},
    "Casting": {
        "neg": ["cast button vanishes randomly", "airplay drops every 10 min"],
        "neu": ["casting works mostly", "chromecast ok"],
        "pos": ["casting from phone is flawless", "cast works great"]},
    "Video player": {
        "neg": ["buffering every evening around 9", "constant buffering on the tv app", "takes forever to start a film",
                "quality drops to potato mode at night", "player freezes when i skip forward"],
        "neu": ["player fine most of the time", "bit of buffering but ok"],
        "pos": ["picture quality is great", "starts instantly, no buffering"]},
    "Offline downloads": {
        "neg": ["download limit per title is annoying"],
        "neu": ["downloads ok", "works"],
        "pos": ["downloads are brilliant, watched a whole season on the plane", "love the offline downloads, saves my data",
                "downloading episodes for the commute is the best feature", "downloads just work, even on the old ipad",
                "smart downloads are amazing, next ep is always there", "offline mode is perfect for the kids in the car"]},
    "Subtitles and audio tracks": {
        "neg": ["subtitles out of time on half the anime", "no dub in my language for new releases"],
        "neu": ["subs fine", "ok selection of languages"],
        "pos": ["great subtitle options", "love that i can change the audio language"]},
    "Change plan page": {
        "neg": ["downgraded but still charged the old price this month", "price went up again with barely any notice",
                "change plan page errors out", "couldnt downgrade from the app, only web??"],
        "neu": ["changed plan, took effect next month", "ok but confusing dates"],
        "pos": ["upgraded to premium in 2 clicks", "easy to switch plan"]},
    "Upgrade prompt": {
        "neg": ["stop asking me to upgrade every time i press play", "upgrade popup in the middle of a film, come on"],
        "neu": ["saw the upgrade offer, not interested", "prompt ok"],
        "pos": ["upgrade prompt reminded me 4k exists, worth it", "fine"]},
    "Cancel flow": {
        "neg": ["took me 20 min to find where to cancel", "5 are you sure screens to cancel, ridiculous",
                "cant cancel in the tv app at all", "cancel button hidden under membership > manage > more",
                "tried to cancel, got pushed a discount 3 times", "cancel flow kept looping back to the offer page"],
        "neu": ["cancelled, took a few steps", "found cancel eventually"],
        "pos": ["cancelling was straightforward", "took the discount offer and stayed, fair enough"]},
    "Live chat": {
        "neg": ["waited 40 min on chat", "chat agent just pasted links"],
        "neu": ["chat sorted it eventually", "ok chat"],
        "pos": ["chat agent was really helpful", "quick answer on chat"]},
    "Win-back offer email": {
        "neg": ["cancelled and now get an email every 2 days", "win back emails are spam", "offer only valid for new customers??"],
        "neu": ["saw the offer, maybe later", "ok discount"],
        "pos": ["50% off to come back, took it", "good offer, came back for the new season"]},
    "Rejoin page": {
        "neg": ["rejoined and my profiles were gone", "watch history wiped after i rejoined"],
        "neu": ["rejoin was fine", "ok"],
        "pos": ["rejoining was one click", "everything was still there when i came back"]},
}

# Segment story: at Cancellation, bundle-ish "Basic with ads" members can't cancel in-app
BASIC_CANCEL_NEG = [
    "on the ads plan via my phone deal and it says cancel through provider. provider says cancel with you. useless",
    "basic w ads, cancel option just isnt there for me", "cant cancel the ads plan online, told to phone someone",
    "ads plan users get the worst cancel experience, went round in circles",
]
# Emerging story: audio out of sync on the video player since the TV app update (last 3 weeks only)
EMERGING = [
    "audio out of sync since the last tv app update", "sound is like half a second behind the picture now",
    "lip sync totally off after update", "audio out of sync on every episode this week",
    "since the update the audio is out of sync on the samsung app", "audio drifting out of sync, have to restart the ep",
    "voices dont match the mouths anymore, audio sync broken", "audio desync after the new update, pls fix",
    "new version = audio out of sync. rollback?", "audio lag on the tv app since monday",
]

PREFIX = ["", "", "", "tbh ", "honestly ", "ugh ", "so ", "meh ", "lol ", ""]
SUFFIX = ["", "", "", "!!", " :(", " :)", "...", " pls fix", " tbh", "."]


def typo(s):
    if len(s) > 12 and rng.random() < 0.25:
        i = rng.randrange(2, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def dress(text, sent):
    p = rng.choice(PREFIX)
    sfx = rng.choice(SUFFIX)
    if sent == "pos" and sfx in (" :(", " pls fix", "..."):
        sfx = " :)"
    if sent == "neg" and sfx == " :)":
        sfx = " :("
    t = typo(p + text + sfx)
    if rng.random() < 0.08:
        t = t.upper() if sent == "neg" else t.capitalize()
    elif rng.random() < 0.3:
        t = t[0].upper() + t[1:]
    return t


# profile per touchpoint: (count, p_neg, p_neu); rest positive
PROFILE = {
    "Landing page": (14, .35, .3), "Partner promo code": (14, .55, .2), "App store listing": (10, .25, .35),
    "Account creation form": (14, .35, .3), "Payment method entry": (20, .55, .2), "Email verification": (10, .3, .35),
    "Welcome email series": (12, .25, .4), "Profile and taste picker": (14, .15, .3), "Trial ending reminder": (18, .6, .2),
    "First charge": (30, .75, .1), "Plan picker": (14, .4, .3), "Billing receipt email": (10, .25, .35),
    "Help centre": (10, .35, .35),
    "TV sign-in code": (26, .65, .15), "Smart TV app install": (12, .3, .3), "Casting": (12, .3, .3),
    "Video player": (20, .35, .25), "Offline downloads": (16, .05, .12), "Subtitles and audio tracks": (12, .3, .3),
    "Change plan page": (16, .45, .25), "Upgrade prompt": (12, .4, .35), "Cancel flow": (22, .45, .25),
    "Live chat": (12, .35, .3), "Win-back offer email": (12, .45, .3), "Rejoin page": (10, .3, .3),
}


def nps_score(sent):
    return {"neg": rng.randint(0, 6), "neu": rng.randint(7, 8), "pos": rng.randint(9, 10)}[sent]


def csat_score(sent):
    return {"neg": rng.randint(1, 2), "neu": 3, "pos": rng.randint(4, 5)}[sent]


def rand_dt(week_idx):
    d = WEEKS[week_idx] + dt.timedelta(days=rng.randrange(7))
    return dt.datetime(d.year, d.month, d.day, rng.randrange(7, 23), rng.randrange(60))


rows = []  # internal: dict(journey, stage, tp, dt, score, type, segment, text, file, special)
for (jid, tpname), stage in TP.items():
    n, pneg, pneu = PROFILE[tpname]
    for _ in range(n):
        seg = rng.choices(SEGMENTS, SEG_W)[0]
        r = rng.random()
        sent = "neg" if r < pneg else ("neu" if r < pneg + pneu else "pos")
        text = rng.choice(TEXT[tpname][sent])
        if stage == "Cancellation":
            if seg == "Basic with ads":
                sent = "neg" if rng.random() < 0.92 else "neu"
                text = rng.choice(BASIC_CANCEL_NEG + TEXT[tpname]["neg"]) if sent == "neg" else rng.choice(TEXT[tpname]["neu"])
            elif sent == "neg" and rng.random() < 0.5:  # other segments happier at cancellation
                sent = "pos"
                text = rng.choice(TEXT[tpname]["pos"])
        wk = rng.randrange(12)
        rows.append(dict(journey=jid, stage=stage, tp=tpname, dt=rand_dt(wk), sent=sent, segment=seg,
                         text=dress(text, sent), special=None))

# extra Basic-with-ads cancellation voices so the segment story is solid
for _ in range(8):
    tpn = rng.choice(["Cancel flow", "Cancel flow", "Live chat"])
    rows.append(dict(journey="watching-and-membership", stage="Cancellation", tp=tpn, dt=rand_dt(rng.randrange(12)),
                     sent="neg", segment="Basic with ads", text=dress(rng.choice(BASIC_CANCEL_NEG), "neg"), special=None))
# emerging: audio out of sync, weeks 10-12 only (from 2026-11-09)
for i in range(16):
    rows.append(dict(journey="watching-and-membership", stage="Playback", tp="Video player",
                     dt=rand_dt(9 + i % 3), sent="neg", segment=rng.choices(SEGMENTS, SEG_W)[0],
                     text=dress(rng.choice(EMERGING), "neg"), special=None))

# special rows: empty / punctuation-only / contact data (Help centre, Rejoin page, Win-back offer email only)
SPECIAL = [
    ("signup-to-paid", "Help centre", "", "empty"),
    ("signup-to-paid", "Help centre", "...", "punct"),
    ("signup-to-paid", "Help centre", "charged twice, pls email me back at jamie.k.holt@gmail.com asap", "contact"),
    ("signup-to-paid", "Help centre", "call me on 07700 900461 about the refund, nobody answers the form", "contact"),
    ("watching-and-membership", "Rejoin page", "-", "punct"),
    ("watching-and-membership", "Win-back offer email", "", "empty"),
    ("watching-and-membership", "Rejoin page", "rejoin page broke twice. reach me on +44 7700 900 218 or priya.n@outlook.com", "contact"),
    ("watching-and-membership", "Rejoin page", "??", "punct"),
]
for jid, tpn, text, kind in SPECIAL:
    rows.append(dict(journey=jid, stage=TP[(jid, tpn)], tp=tpn, dt=rand_dt(rng.randrange(12)), sent="neg",
                     segment=rng.choices(SEGMENTS, SEG_W)[0], text=text, special=kind))

rows.sort(key=lambda r: r["dt"])
JNAME = {J1["id"]: J1["name"], J2["id"]: J2["name"]}

# file 1: in-house app survey, canonical columns, NPS -> signup-to-paid journey
# file 2: Qualtrics export, CSAT 1-5 -> watching-and-membership journey (mapping file beside it)
f1 = [r for r in rows if r["journey"] == "signup-to-paid"]
f2 = [r for r in rows if r["journey"] == "watching-and-membership"]
CH = {}
for j in (J1, J2):
    for s in j["stages"]:
        for t in s["touchpoints"]:
            CH[t["name"]] = t["channel"]

for i, r in enumerate(f1, 1):
    r["id"] = f"SUP-{i:05d}"
    r["score"] = nps_score(r["sent"])
    r["type"] = "nps"
for r in f2:
    r["id"] = "R_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(15))
    r["score"] = csat_score(r["sent"])
    r["type"] = "csat"

with open(os.path.join(K, "comments", "inhouse_signup_survey.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    for r in f1:
        w.writerow([r["id"], r["dt"].strftime("%Y-%m-%dT%H:%M:00"), r["journey"], r["stage"], r["tp"], CH[r["tp"]],
                    r["score"], "nps", r["segment"], r["text"]])

with open(os.path.join(K, "comments", "qualtrics_member_csat_export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ResponseId", "RecordedDate", "Finished", "DistributionChannel", "Q_Journey", "Q_Stage",
                "SURVEY_SUB_TYPE", "CSAT_SCORE", "ScoreType", "Plan_Segment", "Q7_Verbatim", "UserLanguage"])
    for r in f2:
        w.writerow([r["id"], r["dt"].strftime("%d/%m/%Y %H:%M"), "True", CH[r["tp"]], JNAME[r["journey"]], r["stage"],
                    r["tp"], r["score"], "csat", r["segment"], r["text"], "EN-GB"])
with open(os.path.join(K, "comments", "qualtrics_member_csat_export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                    "columns": {"comment": "Q7_Verbatim", "id": "ResponseId", "date": "RecordedDate",
                                "journey": "Q_Journey", "stage": "Q_Stage", "touchpoint": "SURVEY_SUB_TYPE",
                                "channel": "DistributionChannel", "score": "CSAT_SCORE", "score_type": "ScoreType",
                                "segment": "Plan_Segment"}}, f, sort_keys=False)

# ---------------------------------------------------------------- KPIs
# (metric, journey, stage, touchpoint, unit, target, hib, start, end, noise)
KPIS = [
    ("nps", "signup-to-paid", "", "", "score", 30, True, 18, 21, 1.5),
    ("nps", "watching-and-membership", "", "", "score", 35, True, 31, 24, 1.2),
    ("csat", "watching-and-membership", "", "", "%", 80, True, 74, 70, 1.0),
    ("trial_to_paid_conversion_rate", "signup-to-paid", "Trial conversion", "", "%", 45, True, 36.5, 47.5, 0.6),
    ("signup_completion_rate", "signup-to-paid", "Sign up", "", "%", 70, True, 64, 65, 1.0),
    ("payment_failure_rate", "signup-to-paid", "Sign up", "Payment method entry", "%", 4, False, 7.8, 6.9, 0.4),
    ("tv_sign_in_time", "watching-and-membership", "Device setup", "TV sign-in code", "s", 60, False, 142, 118, 4),
    ("video_start_time", "watching-and-membership", "Playback", "Video player", "s", 2.0, False, 2.4, 2.6, 0.1),
    ("rebuffering_ratio", "watching-and-membership", "Playback", "Video player", "%", 0.8, False, 1.1, 1.3, 0.08),
    ("downgrade_rate", "watching-and-membership", "Plan change", "Change plan page", "%", 3, False, 3.4, 4.2, 0.15),
    ("cancel_save_rate", "watching-and-membership", "Cancellation", "Cancel flow", "%", 25, True, 22, 21, 1.0),
    ("churn_rate", "watching-and-membership", "Cancellation", "", "%", 2.5, False, 2.3, 3.5, 0.05),
    ("winback_reactivation_rate", "watching-and-membership", "Win-back", "", "%", 12, True, 9, 10, 0.5),
]
SERIES = {}
kpi_rows = []
for m, jid, st, tp, unit, tgt, hib, a, b, noise in KPIS:
    vals = []
    for i, wk in enumerate(WEEKS):
        v = a + (b - a) * i / 11 + (rng.uniform(-noise, noise) if 0 < i < 11 else 0)
        dec = 2 if m in ("video_start_time", "rebuffering_ratio", "churn_rate") else 1
        if m == "tv_sign_in_time":
            dec = 0
        v = round(v, dec)
        if dec == 0:
            v = int(v)
        vals.append(v)
        kpi_rows.append([m, wk.isoformat(), v, JNAME[jid], st, tp, tgt, unit, "true" if hib else "false"])
    SERIES[(m, jid)] = vals
# strictly monotone for the "clearly" stories
assert all(x < y for x, y in zip(SERIES[("trial_to_paid_conversion_rate", "signup-to-paid")],
                                 SERIES[("trial_to_paid_conversion_rate", "signup-to-paid")][1:]))
assert all(x < y for x, y in zip(SERIES[("churn_rate", "watching-and-membership")],
                                 SERIES[("churn_rate", "watching-and-membership")][1:]))

hdr = ["metric", "date", "value", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"]
for fname, jname in (("weekly_kpis_signup.csv", J1["name"]), ("weekly_kpis_membership.csv", J2["name"])):
    with open(os.path.join(K, "kpis", fname), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        for r in kpi_rows:
            if r[3] == jname:
                w.writerow(r)

# ---------------------------------------------------------------- figures helpers


def fmt(x, d=1):
    x = round(x + (1e-9 if x >= 0 else -1e-9), d)
    s = f"{x:.{d}f}"
    return s


def S(m, j="watching-and-membership"):
    return SERIES[(m, j)]


def nps_of(rs):
    sc = [r["score"] for r in rs]
    return 100.0 * (sum(s >= 9 for s in sc) - sum(s <= 6 for s in sc)) / len(sc)


def csat_of(rs):
    sc = [r["score"] for r in rs]
    return 100.0 * sum(s >= 4 for s in sc) / len(sc)


real = [r for r in rows if r["special"] is None]


def sel(**kw):
    out = real
    for k, v in kw.items():
        out = [r for r in out if r[k] == v]
    return out


# sanity: derived-score targets have no special rows
for tpn in ("First charge", "Plan picker", "Offline downloads", "TV sign-in code"):
    assert not [r for r in rows if r["tp"] == tpn and r["special"]]

J1i, J2i = "signup-to-paid", "watching-and-membership"
T = lambda j, s, t=None: f"touchpoint:{j}/{slug(s)}/{slug(t)}" if t else f"stage:{j}/{slug(s)}"

stats = {}
stats["nps_first_charge"] = nps_of(sel(tp="First charge"))
stats["nps_trial_conv"] = nps_of(sel(stage="Trial conversion"))
stats["nps_signup_stage"] = nps_of(sel(stage="Sign up"))
stats["nps_plan_picker"] = nps_of(sel(tp="Plan picker"))
stats["csat_downloads"] = csat_of(sel(tp="Offline downloads"))
stats["csat_tvcode"] = csat_of(sel(tp="TV sign-in code"))
stats["csat_playback"] = csat_of(sel(stage="Playback"))
stats["csat_plan_change"] = csat_of(sel(stage="Plan change"))
seg_cancel = {sg: csat_of(sel(stage="Cancellation", segment=sg)) for sg in SEGMENTS}
seg_cancel_n = {sg: len(sel(stage="Cancellation", segment=sg)) for sg in SEGMENTS}
seg_trial = {sg: nps_of(sel(stage="Trial conversion", segment=sg)) for sg in SEGMENTS}
neg_by_tp_j2 = {}
for r in real:
    if r["journey"] == J2i and r["sent"] == "neg":
        neg_by_tp_j2[r["tp"]] = neg_by_tp_j2.get(r["tp"], 0) + 1
neg_by_tp_j1 = {}
for r in real:
    if r["journey"] == J1i and r["sent"] == "neg":
        neg_by_tp_j1[r["tp"]] = neg_by_tp_j1.get(r["tp"], 0) + 1
stage_csat = {s["name"]: csat_of(sel(stage=s["name"])) for s in J2["stages"]}
stage_nps = {s["name"]: nps_of(sel(stage=s["name"])) for s in J1["stages"]}
emerg_first = min(r["dt"] for r in real if "sync" in r["text"].lower() or "audio" in r["text"].lower()
                  and r["tp"] == "Video player")


def mean(xs):
    return sum(xs) / len(xs)


last = -1
wk_oct = WEEKS.index(dt.date(2026, 10, 5))

# ---------------------------------------------------------------- questions
Q = []


def q(kind, text, sources=None, figures=None, abstain=False):
    d = {"question": text, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources
        d["figures"] = [str(x) for x in (figures or [])]
        d["abstain"] = False
    Q.append(d)


# pain_points (4)
q("pain_points", "whats the main gripe w/ the first charge after trial?",
  [T(J1i, "Trial conversion", "First charge"), "comment~charged"], [])
q("pain_points", "why r ppl unhappy with the tv sign in code thing",
  [T(J2i, "Device setup", "TV sign-in code"), "comment~code expire"], ["expire"])
q("pain_points", "pain points on payment method entry pls", [T(J1i, "Sign up", "Payment method entry"), "comment~declined"],
  ["PayPal"])
q("pain_points", "what are the known issues in the cancellation stage", [T(J2i, "Cancellation"), T(J2i, "Cancellation", "Cancel flow")],
  [])
# touchpoints (2)
q("touchpoints", "which touchpoints are in the free trial stage?", [T(J1i, "Free trial")],
  ["Welcome email series", "Profile and taste picker", "Trial ending reminder"])
q("touchpoints", "list touchpoints for device setup", [T(J2i, "Device setup")], ["TV sign-in code", "Smart TV app install", "Casting"])
# owner (3)
q("owner", "who owns the cancel flow?", [T(J2i, "Cancellation", "Cancel flow")], ["Retention team"])
q("owner", "which team is responsible for the trial ending reminder", [T(J1i, "Free trial", "Trial ending reminder")], ["CRM team"])
q("owner", "owner of offline downloads?", [T(J2i, "Playback", "Offline downloads")], ["Playback Engineering"])
# goal (2)
q("goal", "whats the goal of the trial conversion stage", [T(J1i, "Trial conversion")], ["without surprises"])
q("goal", "goal for win-back stage?", [T(J2i, "Win-back")], ["lapsed"])
# latest_kpi (4)
s = S("churn_rate")
q("latest_kpi", "churn rate atm?", ["kpi~churn_rate"], [fmt(s[last], 2)])
s = S("trial_to_paid_conversion_rate", J1i)
q("latest_kpi", "trial to paid conv rate now", ["kpi~trial_to_paid_conversion_rate"], [fmt(s[last])])
s = S("tv_sign_in_time")
q("latest_kpi", "how long does tv sign in take currently", ["kpi~tv_sign_in_time"], [str(s[last])])
s = S("payment_failure_rate", J1i)
q("latest_kpi", "latest payment failure rate", ["kpi~payment_failure_rate"], [fmt(s[last])])
# kpi_change (3)
s = S("churn_rate")
q("kpi_change", "how much has churn gone up since october?", ["kpi~churn_rate"], [fmt(abs(s[last] - s[wk_oct]), 2)])
s = S("trial_to_paid_conversion_rate", J1i)
q("kpi_change", "trial->paid conversion change over the 12 wks?", ["kpi~trial_to_paid_conversion_rate"],
  [fmt(abs(s[last] - s[0]))])
s = S("tv_sign_in_time")
q("kpi_change", "how much faster is tv sign in vs start of sept", ["kpi~tv_sign_in_time"], [str(abs(s[last] - s[0]))])
# kpi_window (3)
s = S("rebuffering_ratio")
q("kpi_window", "avg rebuffering ratio last 4 weeks?", ["kpi~rebuffering_ratio"], [fmt(mean(s[-4:]), 2)])
s = S("nps", J1i)
q("kpi_window", "mean nps for sign-up journey over the last 4 wks", ["kpi~nps"], [fmt(mean(s[-4:]))])
s = S("downgrade_rate")
q("kpi_window", "downgrade rate averaged over last 4 weeks pls", ["kpi~downgrade_rate"], [fmt(mean(s[-4:]))])
# comparison (3)
q("comparison", "nps signup journey vs watching journey now?", ["kpi~nps"],
  [fmt(S("nps", J1i)[last]), fmt(S("nps", J2i)[last])])
s = S("cancel_save_rate")
q("comparison", "cancel save rate vs target atm", ["kpi~cancel_save_rate"], [fmt(s[last]), "25"])
s = S("video_start_time")
q("comparison", "is video start time hitting target? current vs goal", ["kpi~video_start_time"], [fmt(s[last], 2), "2"])
# ranking (3)
top2 = sorted(neg_by_tp_j2.items(), key=lambda x: -x[1])
q("ranking", "which touchpoint in the watching journey gets the most negative comments",
  [T(J2i, TP[(J2i, top2[0][0])], top2[0][0])], [top2[0][0]])
lowest_stage = min(stage_csat, key=stage_csat.get)
q("ranking", "lowest csat stage in watching & membership?", [T(J2i, lowest_stage)], [lowest_stage])
top1 = sorted(neg_by_tp_j1.items(), key=lambda x: -x[1])
q("ranking", "top complaint touchpoint in sign-up to paid", [T(J1i, TP[(J1i, top1[0][0])], top1[0][0])], [top1[0][0]])
# segment (3)
worst = min(seg_cancel, key=seg_cancel.get)
q("segment", "which plan segment is most unhappy at cancellation?", [T(J2i, "Cancellation"), "comment~cancel"],
  [worst])
q("segment", "csat for basic w ads customers at cancellation vs everyone else?", [T(J2i, "Cancellation"), "comment~cancel"],
  [fmt(seg_cancel["Basic with ads"]),
   fmt(csat_of([r for r in sel(stage="Cancellation") if r["segment"] != "Basic with ads"]))])
q("segment", "r ads-plan ppl having a worse time cancelling than premium annual?", [T(J2i, "Cancellation"), "comment~cancel"],
  [fmt(seg_cancel["Basic with ads"]), fmt(seg_cancel["Premium annual"])])
# derived_score (4)
q("derived_score", "nps from comments on the first charge touchpoint?", [T(J1i, "Trial conversion", "First charge")],
  [fmt(stats["nps_first_charge"])])
q("derived_score", "whats the csat for offline downloads based on survey scores", [T(J2i, "Playback", "Offline downloads")],
  [fmt(stats["csat_downloads"])])
q("derived_score", "csat at the tv sign in code from the qualtrics responses", [T(J2i, "Device setup", "TV sign-in code")],
  [fmt(stats["csat_tvcode"])])
q("derived_score", "compute nps for the sign up stage from comment scores", [T(J1i, "Sign up")],
  [fmt(stats["nps_signup_stage"])])
# themes (3)
q("themes", "main themes in feedback about the first charge", [T(J1i, "Trial conversion", "First charge"), "comment~charged"],
  ["refund"])
q("themes", "what do ppl say about the video player, common themes?", [T(J2i, "Playback", "Video player"), "comment~buffering"],
  ["buffering"])
q("themes", "recurring themes in cancel flow comments", [T(J2i, "Cancellation", "Cancel flow"), "comment~cancel"], [])
# praise (3)
q("praise", "what do customers love most in the watching journey?", [T(J2i, "Playback", "Offline downloads"), "comment~download"],
  ["download"])
q("praise", "any touchpoint getting good feedback in playback?", [T(J2i, "Playback", "Offline downloads"), "comment~download"],
  ["download"])
q("praise", "what's working well in the free trial stage", [T(J1i, "Free trial", "Profile and taste picker"), "comment~picker|comment~recs"],
  ["taste picker"])
# emerging (3)
q("emerging", "anything new coming up in comments the last couple weeks?", ["comment~out of sync", "comment~audio"], ["audio"])
q("emerging", "new issue w/ playback since early nov?", ["comment~out of sync", "comment~audio", T(J2i, "Playback", "Video player")],
  ["sync"])
q("emerging", "any emerging complaints after the tv app update", ["comment~update", "comment~audio"], ["audio"])
# priority (3)
q("priority", "if we can fix one thing in sign-up to paid this quarter what should it be",
  [T(J1i, "Trial conversion", "First charge"), T(J1i, "Trial conversion"), "comment~charged"], ["First charge"])
q("priority", "top priority for the devices team based on feedback?", [T(J2i, "Device setup", "TV sign-in code"), "comment~code"],
  ["code"])
q("priority", "what should retention fix first", [T(J2i, "Cancellation", "Cancel flow"), "comment~cancel"], ["cancel"])
# paraphrase (4)
q("paraphrase", "whats wrong with the bit where ppl type the code from the telly into their phone?",
  [T(J2i, "Device setup", "TV sign-in code"), "comment~code"], ["expire"])
q("paraphrase", "issues with the step where we take the first payment once the free week is over",
  [T(J1i, "Trial conversion", "First charge"), "comment~charged"], [])
q("paraphrase", "feedback on saving shows to watch on a plane w no wifi?", [T(J2i, "Playback", "Offline downloads"), "comment~download"],
  [])
q("paraphrase", "how are the emails we send to ppl who left doing", [T(J2i, "Win-back", "Win-back offer email"), "kpi~winback_reactivation_rate"],
  [])
# abstain (12)
for t in ["whats netflix's churn rate rn?", "disney+ trial conversion vs ours?", "what will churn be in q2 2027",
          "forecast subs for next year pls", "how much revenue did we make in nov", "share price after the price rise?",
          "how many ppl in the devices team / any open headcount", "nps for the live sports journey?",
          "app store rating atm?", "avg watch time per subscriber last 4 weeks", "pain points in the merch shop checkout journey?",
          "whats arpu for premium annual"]:
    q("abstain", t, abstain=True)

# fix figures accidentally emptied with [..][:0] trick above: keep only non-empty entries
for d in Q:
    if "figures" in d:
        d["figures"] = [x for x in d["figures"] if x]

# split: stratified by kind, random halves
dev, held = [], []
by_kind = {}
for d in Q:
    by_kind.setdefault(d["kind"], []).append(d)
flip = 0
for kind in sorted(by_kind):
    items = by_kind[kind][:]
    rng.shuffle(items)
    h = len(items) // 2
    if len(items) % 2:
        extra = items[-1]
        (dev if flip == 0 else held).append(extra)
        flip ^= 1
        items = items[:-1]
    dev += items[:h]
    held += items[h:]
rng.shuffle(dev)
rng.shuffle(held)


class D(yaml.SafeDumper):
    pass


for name, part in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(ROOT, name), "w") as f:
        yaml.dump({"questions": part}, f, Dumper=D, sort_keys=False, allow_unicode=True, width=200)

# summary for README
summary = {
    "comments_file1": len(f1), "comments_file2": len(f2), "kpi_rows": len(kpi_rows),
    "stats": {k: round(v, 1) for k, v in stats.items()}, "seg_cancel": {k: round(v, 1) for k, v in seg_cancel.items()},
    "seg_cancel_n": seg_cancel_n, "seg_trial_nps": {k: round(v, 1) for k, v in seg_trial.items()},
    "neg_by_tp_j2": top2[:4], "neg_by_tp_j1": top1[:4], "stage_csat": {k: round(v, 1) for k, v in stage_csat.items()},
    "stage_nps": {k: round(v, 1) for k, v in stage_nps.items()}, "emerging_first": str(emerg_first),
    "dev": len(dev), "heldout": len(held),
    "kinds": {k: (sum(1 for d in dev if d["kind"] == k), sum(1 for d in held if d["kind"] == k)) for k in sorted(by_kind)},
}
print(json.dumps(summary, indent=1))
