#!/usr/bin/env python3
"""Generate the Zapnest survey comments and weekly KPI snapshots (reproducible: random.seed).

Run from anywhere:  python3 scripts/build.py
Writes:
  knowledge/comments/post_session_survey_2026q1.csv      (canonical columns, NPS 0-10, Charging on the go)
  knowledge/comments/membership_pulse_2026q1.csv         (canonical columns, NPS 0-10, Zapnest+ membership)
  knowledge/comments/medallia_export_2026-03-16.csv      (vendor export, CSAT 1-5, both journeys)
  knowledge/comments/medallia_export_2026-03-16.mapping.yaml
  knowledge/kpis/charging_weekly_kpis.csv
  knowledge/kpis/membership_weekly_kpis.csv
"""
import csv
import datetime as dt
import os
import random

random.seed(20260316)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMENTS = os.path.join(ROOT, "knowledge", "comments")
KPIS = os.path.join(ROOT, "knowledge", "kpis")

WEEKS = [dt.date(2026, 1, 5) + dt.timedelta(days=7 * i) for i in range(10)]  # Mondays, last = 2026-03-09
FIRST_DAY = WEEKS[0]
LAST_DAY = WEEKS[-1] + dt.timedelta(days=6)  # 2026-03-15
APP_52_RELEASE = dt.date(2026, 2, 23)  # app release 5.2 - new start flow
IDLE_FEE_LAUNCH = dt.date(2026, 3, 2)  # idle fee live at hubs

CHG = "Charging on the go"
MEM = "Zapnest+ membership"

PAYG, PLUS, FLEET, RIDE = "Pay as you go", "Zapnest+ member", "Fleet", "Rideshare/taxi"

SITES = ["Milton Keynes Hub", "Leeds Kirkstall", "Bristol Cribbs", "M6 Knutsford Hub", "Reading Green Park",
         "Glasgow Braehead", "Exeter Sowton", "Norwich Longwater", "A1 Peterborough Hub", "Cardiff Bay",
         "Manchester Trafford", "Oxford Thornhill"]


def rand_date(start=FIRST_DAY, end=LAST_DAY):
    days = (end - start).days
    return start + dt.timedelta(days=random.randint(0, days))


def pick_segment(weights):
    segs = list(weights)
    return random.choices(segs, weights=[weights[s] for s in segs])[0]


OPENERS = ["", "", "", "", "Honestly, ", "Tbh ", "Again - ", "Not great. ", "Overall ok but ", "Fyi ",
           "Second time this month: ", "As a daily user, "]
CLOSERS = ["", "", "", "", " Sort it out please.", " Not impressed.", " Would be good to fix.", " Cheers.",
           " Otherwise fine.", "!!", " Pretty frustrating.", " Thanks."]
PRAISE_OPENERS = ["", "", "", "Have to say ", "Really impressed - ", "Credit where due: ", "Just wanted to say "]
PRAISE_CLOSERS = ["", "", "", " Keep it up!", " 10/10.", " Thanks Zapnest.", " Great job."]


def compose(cores, praise=False, used=None):
    for _ in range(200):
        core = random.choice(cores)
        if praise:
            text = random.choice(PRAISE_OPENERS) + core + random.choice(PRAISE_CLOSERS)
        else:
            op = random.choice(OPENERS)
            text = op + (core[0].lower() + core[1:] if op.endswith((" ", "- ")) and op.strip() and
                         not op.strip().endswith((".", ":")) else core) + random.choice(CLOSERS)
        if random.random() < 0.25:
            text = text.lower()
        if used is None or text not in used:
            if used is not None:
                used.add(text)
            return text
    raise RuntimeError("ran out of variants for %r" % cores[0])


# ---------------------------------------------------------------------------------------------------------------
# Themes: (name, journey, stage, touchpoint, channel, n, scores, segment weights, date range, praise, cores)
# touchpoint/stage None = free-text comment not routed to a touchpoint.
# ---------------------------------------------------------------------------------------------------------------
ALL = (FIRST_DAY, LAST_DAY)
PRE_52 = (FIRST_DAY, APP_52_RELEASE - dt.timedelta(days=1))
POST_52 = (APP_52_RELEASE, LAST_DAY)
POST_IDLE = (IDLE_FEE_LAUNCH, LAST_DAY)

CHARGING_THEMES = [
    ("status_wrong", "Find a charger", "Live availability status", "app", 26, [0, 1, 2, 2, 3, 3, 4, 5, 6],
     {PAYG: 3, PLUS: 2, FLEET: 1, RIDE: 3}, ALL, False, [
         "App said the charger was available but when I got there it was out of order.",
         "Map showed 4 bays available, got there and 2 were broken and 2 were taken.",
         "Drove 15 miles to a charger the app showed as available and it was dead.",
         "The green 'available' dot means nothing, third time the charger was out of order.",
         "Availability in the app is just wrong - shows available when someone has been plugged in for an hour.",
         "Status said available, the screen on the unit said out of service.",
         "Can't trust the live status. Turned up with 8% battery, showed available, charger was offline.",
         "Showing available when the whole site had a power cut. Wasted 40 minutes.",
         "Charger listed as available in the app but it had a bagged-over cable and an out of order sign.",
     ]),
    ("rfid", "Start a session", "RFID card tap", "charge card", 18, [2, 3, 4, 4, 5, 5, 6],
     {PAYG: 0, PLUS: 6, FLEET: 3, RIDE: 1}, ALL, False, [
         "Had to tap my card like 6 times before the charger picked it up.",
         "Fob not recognised at the Leeds site, ended up using the app instead of the card.",
         "The charge card reader is hit and miss, sometimes it just beeps red at my card.",
         "RFID card didn't work, screen said 'card unknown' even though it's linked in my account.",
         "Tapped the card, nothing happened, tapped again and it started two sessions.",
         "My Zapnest card works everywhere except the older chargers where you have to hold the card there forever.",
         "Card reader on the gen 2 unit is broken, tried card and fob, neither worked.",
     ]),
    ("app_start_pre", "Start a session", "Start charging in app", "app", 6, [5, 6, 7, 7, 8],
     {PAYG: 3, PLUS: 2, FLEET: 1, RIDE: 1}, PRE_52, False, [
         "App takes a while to find the charger after scanning the QR code, but it gets there.",
         "Starting from the app is ok, the spinning wheel takes 30 seconds or so.",
         "QR scan in the app sometimes needs two goes in the dark.",
         "Start charging button works, would like it to remember my usual site.",
     ]),
    ("app_start_praise", "Start a session", "Start charging in app", "app", 6, [9, 10],
     {PAYG: 3, PLUS: 2, FLEET: 1, RIDE: 1}, PRE_52, True, [
         "scan the QR, hit start charging, done in seconds.",
         "the app start is quick and I can see the price before I start.",
         "starting a charge in the app is dead easy now.",
     ]),
    ("app_update", "Start a session", "Start charging in app", "app", 24, [0, 0, 1, 1, 2, 2, 3, 4],
     {PAYG: 3, PLUS: 3, FLEET: 1, RIDE: 2}, POST_52, False, [
         "Since the latest app update the start charging button is greyed out.",
         "Updated the app and now it just spins on 'connecting to charger' forever.",
         "New app update keeps logging me out when I try to start charging.",
         "The app update broke starting a session, had to use contactless in the end.",
         "Version 5.2 update is a disaster - 'session could not be started' three times in a row.",
         "After the update the app can't find the charger from the QR code any more.",
         "Since the update the app says the session started but the charger never switches on.",
         "What happened with this update? Takes 3 minutes to start a charge now, if it works at all.",
     ]),
    ("contactless_praise", "Start a session", "Contactless card terminal", "payment terminal", 10, [8, 9, 9, 10, 10],
     {PAYG: 6, PLUS: 0, FLEET: 1, RIDE: 2}, ALL, True, [
         "just tapped my bank card on the reader, no app, no account. Brilliant.",
         "contactless on the charger is the easiest way to pay, love not needing another app.",
         "paid with Apple Pay on the terminal, took 5 seconds.",
         "the contactless terminal is so simple, my dad managed it first time.",
     ]),
    ("plug_and_charge", "Start a session", "Plug & Charge", "vehicle", 16, [9, 9, 10, 10, 10],
     {PAYG: 0, PLUS: 8, FLEET: 2, RIDE: 1}, ALL, True, [
         "Plug and Charge is magic - just plug in and it starts.",
         "autocharge works every time, I just plug in and walk off to get a coffee.",
         "love that it recognises my car, no cards, no apps, just plug in.",
         "set up Autocharge last month, now I just plug in and go. Best feature you have.",
         "Plug & Charge on my Ioniq is flawless, just plug in and it charges.",
     ]),
    ("slow_speed", "Charging", "Power delivery", "charger hardware", 20, [1, 2, 3, 4, 5, 5, 6, 6],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 6}, ALL, False, [
         "Paid to use a 150kW charger and got 48kW the whole time.",
         "Ultra rapid my foot, never went above 60kW.",
         "Charging speed was fine at first then throttled down to 22kW.",
         "Slow charging when the other bay is in use, they share the power and I got 40kW.",
         "As a taxi driver time is money - the 'rapid' charger gave me 35kW for half an hour.",
         "Only getting 50kW at the hub that's advertised as 350kW.",
         "Speed drops off a cliff after 60%, barely 20kW, took 55 minutes.",
     ]),
    ("session_screen", "Charging", "Live session screen", "app", 5, [7, 8, 8, 9],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, False, [
         "Like seeing the kWh and cost tick up live in the app.",
         "Live charging screen is handy but doesn't show my battery % on the Zoe.",
         "Session screen is clear, would be nice to see an estimated finish time.",
     ]),
    ("notifications", "Charging", "Session notifications", "push notification", 6, [7, 8, 9, 9],
     {PAYG: 1, PLUS: 3, FLEET: 1, RIDE: 1}, ALL, False, [
         "Handy push notification when I hit 80%, means I can finish my coffee.",
         "Notifications are useful, though the 'session finished' one came 10 minutes late.",
         "Good that it pings me when charging is done.",
     ]),
    ("site_praise", "Arrive and plug in", "Hub facilities", "on site", 14, [8, 9, 9, 10, 10],
     {PAYG: 3, PLUS: 3, FLEET: 1, RIDE: 2}, ALL, True, [
         "the Milton Keynes hub is brilliant - clean toilets, decent coffee and well lit at night.",
         "the hub at Knutsford feels safe at 11pm, lights and a canopy, plus toilets.",
         "nice having the coffee machine and seating at the hub while the car charges.",
         "the new hub layout is great, drive-through bays, canopy, toilets. Best on the motorway.",
         "Peterborough hub is spotless and the coffee is actually good.",
     ]),
    ("ice_bays", "Arrive and plug in", "Site signage and bay markings", "on site", 8, [2, 3, 4, 5],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 2}, ALL, False, [
         "Petrol car parked in the EV bay again at the retail park, nobody enforces it.",
         "Bay markings are so worn that people don't realise it's for charging.",
         "Two of the three charging bays were ICE'd by vans.",
         "Can't even see the bay paint any more, non EVs park there all day.",
     ]),
    ("cable", "Arrive and plug in", "Charging cable and connector", "charger hardware", 8, [2, 3, 4, 5],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, False, [
         "Cable too short to reach the charge port on my Kona, had to park across two bays.",
         "Connector was damaged and the holster full of water.",
         "CCS plug was filthy and wouldn't latch properly.",
         "Tethered cable is so heavy and stiff it barely reaches.",
     ]),
    ("screen", "Arrive and plug in", "Charger screen", "charger hardware", 6, [3, 4, 5, 6],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, False, [
         "Charger screen is unreadable in sunlight.",
         "The screen on the charger froze halfway through the instructions.",
         "Couldn't read the display on the unit at all, had to guess which button.",
     ]),
    ("route_planner", "Find a charger", "Route planner", "app", 6, [5, 6, 7, 8],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 0}, ALL, False, [
         "Route planner is decent but doesn't know my actual battery level.",
         "Trip planner sent me to a site that isn't even open yet.",
         "Planner works ok for the M1, less so off the motorway.",
     ]),
    ("pre_auth", "Pay and receipt", "Pre-authorisation hold", "payment terminal", 16, [0, 1, 2, 3, 4, 5],
     {PAYG: 8, PLUS: 0, FLEET: 0, RIDE: 2}, ALL, False, [
         "They took a £50 hold on my debit card for a £9 charge and it took 5 days to come back.",
         "Pre-authorisation hold of £50 is ridiculous, left me short until payday.",
         "Money on hold on my card for a week after a £12 charge.",
         "Why is the hold more than the whole charge costs?",
         "Bank shows a £50 hold AND the actual charge, so I paid twice for days.",
         "The £50 hold on contactless is a real problem on a debit card.",
     ]),
    ("pricing", "Pay and receipt", "Pricing display", "app and charger screen", 10, [2, 3, 4, 5, 6],
     {PAYG: 5, PLUS: 1, FLEET: 1, RIDE: 2}, ALL, False, [
         "Price per kWh isn't shown on the charger screen, only found out after.",
         "The price in the app was different from what I got charged.",
         "No price on the older chargers at all, had to google it.",
         "Couldn't work out if the price included the connection fee.",
     ]),
    ("idle_fee", "Pay and receipt", "Idle fee", "app and charger screen", 16, [0, 0, 1, 2, 2, 3, 4],
     {PAYG: 3, PLUS: 4, FLEET: 1, RIDE: 3}, POST_IDLE, False, [
         "Got hit with an idle fee while my car was still charging at 85%.",
         "Idle fee after 10 minutes with no warning on the screen? Nobody told me about this.",
         "The new idle fee wasn't communicated at all, found it on my receipt.",
         "Charged an £8 idle fee because the app notification never came.",
         "Idle fee kicked in while I was queuing to pay for my coffee. Feels like a cash grab.",
         "Paid £6 idle fee on a 20 min stop, the charger finished early and I had no idea.",
     ]),
    ("receipt", "Pay and receipt", "Session receipt e-mail", "email", 8, [4, 5, 6, 7],
     {PAYG: 2, PLUS: 1, FLEET: 3, RIDE: 2}, ALL, False, [
         "Receipt email took 2 days to arrive, I need it for expenses.",
         "The receipt doesn't show the VAT number so accounts rejected it.",
         "Never got a receipt for my contactless session.",
         "Receipt came through fine but lists the wrong site name.",
     ]),
    ("fault_report", "Faults and support", "In-app fault report", "app", 6, [2, 3, 4, 5, 6],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, False, [
         "Reported the broken charger in the app, never heard back.",
         "Report a problem form just says 'thanks', no idea if anyone looks at it.",
         "Same fault reported three weeks running through the app, still broken.",
     ]),
    ("general", None, None, "app", 10, [6, 7, 7, 8, 8],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, False, [
         "Decent network overall, more chargers in Scotland please.",
         "Mostly fine, just need more sites on A roads.",
         "Good enough, about the same as the other networks.",
         "Works most of the time, more ultra rapids in the South West would help.",
         "OK experience, nothing special.",
     ]),
]

MEMBERSHIP_THEMES = [
    ("calculator", "Discover plans", "Savings calculator", "web", 10, [9, 9, 10, 10],
     {PLUS: 8, FLEET: 1}, ALL, True, [
         "the savings calculator showed I'd save about £30 a month and it's spot on.",
         "the calculator on the plans page made the decision easy.",
         "used the savings calculator, worked out membership pays for itself after 4 charges.",
     ]),
    ("signup_praise", "Sign up", "Account registration", "app", 10, [9, 10, 10],
     {PLUS: 8, FLEET: 1}, ALL, True, [
         "signing up took about 3 minutes in the app.",
         "really quick sign up, added my car and picked the plan in no time.",
         "registration was painless, much easier than other networks.",
     ]),
    ("card_wait", "Get your charge card", "Card delivery", "post", 12, [0, 1, 2, 3, 4, 5],
     {PLUS: 8, FLEET: 2}, (dt.date(2026, 1, 26), LAST_DAY), False, [
         "Still waiting for my membership card after two weeks.",
         "Paid for Zapnest+ but the charge card hasn't arrived, so what am I paying for?",
         "Card took 3 weeks to turn up, no tracking.",
         "Ordered a card for my second car 12 days ago, nothing.",
         "Membership started, card still not here, had to pay full price on contactless.",
     ]),
    ("plans_confusing", "Discover plans", "Plans comparison page", "web", 8, [4, 5, 6, 7],
     {PLUS: 6, FLEET: 2}, ALL, False, [
         "Not clear what the difference is between Plus and Unlimited Overnight.",
         "Plans page has too many asterisks, couldn't work out the overnight hours.",
         "Comparison table is confusing, especially the fleet bit.",
     ]),
    ("statement", "Monthly billing", "Monthly statement", "email", 8, [5, 6, 7, 8],
     {PLUS: 6, FLEET: 2}, ALL, False, [
         "Statement doesn't break down sessions by site.",
         "Monthly statement is fine but hard to match to the receipts.",
         "Would like the statement split by car, we have two.",
     ]),
    ("winback", "Change or cancel", "Win-back offer", "app", 6, [6, 7, 8, 8, 9],
     {PLUS: 6, FLEET: 0}, ALL, False, [
         "They offered 3 months half price when I went to cancel, so I stayed.",
         "Half price offer when cancelling was nice, but why not just charge that in the first place?",
         "Retention offer kept me for now.",
     ]),
    ("direct_debit", "Sign up", "Direct debit setup", "app", 6, [5, 6, 7, 8],
     {PLUS: 5, FLEET: 1}, ALL, False, [
         "Direct debit set up rejected my building society account twice.",
         "Had to go and find my sort code, would rather pay by card.",
         "Direct debit bit was ok, bit old fashioned.",
     ]),
    ("dashboard", "Monthly billing", "Usage dashboard", "app", 6, [8, 9, 10],
     {PLUS: 6, FLEET: 0}, ALL, True, [
         "love the usage dashboard showing how much I've saved this month.",
         "the savings tracker in the app is a nice touch.",
         "the dashboard with kWh and spend per month is really useful.",
     ]),
]

VENDOR_THEMES = [
    ("helpline_wait", CHG, "Faults and support", "24/7 helpline", "phone", 22, [1, 1, 2, 2, 3],
     {PAYG: 3, PLUS: 3, FLEET: 1, RIDE: 3}, ALL, False, [
         "On hold for 40 minutes at 11pm with a dead charger.",
         "Helpline kept me waiting ages, gave up and drove to another site.",
         "Called the support number on the charger, 25 minute queue.",
         "The 24/7 line is not really 24/7 if nobody picks up.",
         "Waited half an hour on the phone to be told to try another charger.",
         "Call centre queue is far too long in the evenings.",
     ]),
    ("helpline_praise", CHG, "Faults and support", "24/7 helpline", "phone", 6, [4, 5, 5],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, True, [
         "Sam on the helpline was brilliant and sorted it in minutes.",
         "the agent on the phone was friendly and knew exactly what to do.",
         "picked up straight away at 6am, really helpful.",
     ]),
    ("remote_reset", CHG, "Faults and support", "Remote reset", "phone", 14, [4, 4, 5, 5, 5],
     {PAYG: 3, PLUS: 3, FLEET: 1, RIDE: 2}, ALL, True, [
         "they rebooted the charger remotely and it worked straight away.",
         "cable was stuck in my car, support unlocked it remotely in 2 minutes.",
         "the lady restarted the charger from their end while I waited, great service.",
         "remote reset fixed it first time.",
         "they reset the unit remotely and my session started, very impressed.",
     ]),
    ("refund", CHG, "Faults and support", "Refund for failed session", "email", 14, [1, 1, 2, 2, 3],
     {PAYG: 4, PLUS: 2, FLEET: 1, RIDE: 2}, ALL, False, [
         "Still waiting for my refund for the failed session, 3 weeks later.",
         "Refund took 11 days for a charge that never happened.",
         "Charged £18 for a session that failed after 2 minutes, refund still pending.",
         "Had to chase the refund twice by email.",
         "Refund came but only for the connection fee, not the hold.",
     ]),
    ("fault_report_v", CHG, "Faults and support", "In-app fault report", "app", 8, [2, 2, 3, 3, 4],
     {PAYG: 2, PLUS: 2, FLEET: 1, RIDE: 1}, ALL, False, [
         "Logged a fault in the app, no update for a week.",
         "Fault report ticket closed without the charger being fixed.",
         "No way to see what happened to my fault report.",
     ]),
    ("card_delivery_v", MEM, "Get your charge card", "Card delivery", "post", 18, [1, 1, 2, 2, 3],
     {PLUS: 7, FLEET: 2}, (dt.date(2026, 1, 19), LAST_DAY), False, [
         "Ordered my charge card 2 weeks ago, still not here.",
         "Card never arrived, had to order a replacement.",
         "Three weeks for a plastic card is a joke.",
         "Support said the card was posted but it still hasn't come, no tracking number.",
         "My card arrived after 16 days, membership was running the whole time.",
     ]),
    ("cancel", MEM, "Change or cancel", "Cancellation flow", "app", 12, [1, 1, 2, 2],
     {PLUS: 6, FLEET: 1}, ALL, False, [
         "Couldn't find how to cancel in the app, had to phone.",
         "Cancelling is buried four menus deep, felt deliberate.",
         "Tried to cancel online, it said call us. Then a 30 day notice period on top.",
         "Why can I join in 2 minutes but cancelling takes a phone call?",
     ]),
    ("fleet_invoice", MEM, "Monthly billing", "Fleet invoice portal", "web", 10, [1, 2, 2, 3],
     {FLEET: 1}, ALL, False, [
         "VAT invoices missing for half our drivers' roaming sessions in the fleet portal.",
         "Fleet portal reports can't be filtered by cost centre, finance team hate it.",
         "The invoice portal times out when downloading a month of sessions.",
         "Invoices in the portal don't match the driver receipts.",
     ]),
    ("activation", MEM, "Get your charge card", "Card activation", "app", 6, [4, 5, 5],
     {PLUS: 5, FLEET: 1}, ALL, True, [
         "activating the card in the app was easy, scanned the QR and done.",
         "card activation took seconds.",
         "linked my new card in the app and it worked at the charger the same day.",
     ]),
]


def theme_rows(themes, journey_default=None):
    rows = []
    used = set()
    for th in themes:
        if journey_default is None:
            name, journey, stage, tp, channel, n, scores, segw, (d0, d1), praise, cores = th
        else:
            name, stage, tp, channel, n, scores, segw, (d0, d1), praise, cores = th
            journey = journey_default
        for _ in range(n):
            rows.append(dict(theme=name, journey=journey, stage=stage or "", touchpoint=tp or "",
                             channel=channel, score=random.choice(scores), segment=pick_segment(segw),
                             date=rand_date(d0, d1), comment=compose(cores, praise=praise, used=used)))
    return rows


def add_mess(rows, journey, segs, contact_texts, junk_texts):
    """junk rows (no text / '-' / 'n/a', no score) and rows with contact data."""
    for t in junk_texts:
        rows.append(dict(theme="junk", journey=journey, stage="", touchpoint="", channel="app", score="",
                         segment=random.choice(segs), date=rand_date(), comment=t))
    for t, stage, tp, score, seg in contact_texts:
        rows.append(dict(theme="contact", journey=journey, stage=stage, touchpoint=tp, channel="app", score=score,
                         segment=seg, date=rand_date(), comment=t))


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ---- post-session survey (canonical, NPS) -------------------------------------------------------------------
chg_rows = theme_rows([(t[0], CHG) + t[1:] for t in CHARGING_THEMES])
add_mess(chg_rows, CHG, [PAYG, PLUS, FLEET, RIDE],
         contact_texts=[
             ("Charger at Exeter Sowton ate my session twice. Call me back on 07700 900458, nobody ever does.",
              "Find a charger", "Third-party map listings", 3, RIDE),
             ("Google Maps said the Cardiff Bay site was open, it was coned off. Email me at dan.pritchard@example.com",
              "Find a charger", "Third-party map listings", 2, RIDE),
             ("In-car nav showed your site as available but it's been closed for works. my number is +44 7700 900917",
              "Find a charger", "Third-party map listings", 4, PAYG),
         ],
         junk_texts=["", "-", "n/a", "N/A", ".", ""])
chg_rows.sort(key=lambda r: (r["date"], r["comment"]))
out = []
for i, r in enumerate(chg_rows, 1):
    out.append([f"PSS-26-{i:04d}", r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["channel"],
                r["score"], "nps" if r["score"] != "" else "", r["segment"], random.choice(SITES), r["comment"]])
write_csv(os.path.join(COMMENTS, "post_session_survey_2026q1.csv"),
          ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "site",
           "comment"], out)

# ---- membership pulse (canonical, NPS) ----------------------------------------------------------------------
mem_rows = theme_rows(MEMBERSHIP_THEMES, journey_default=MEM)
add_mess(mem_rows, MEM, [PLUS, FLEET], contact_texts=[], junk_texts=["n/a", "-"])
mem_rows.sort(key=lambda r: (r["date"], r["comment"]))
out = []
for i, r in enumerate(mem_rows, 1):
    out.append([f"MBR-{i:04d}", r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["channel"],
                r["score"], "nps" if r["score"] != "" else "", r["segment"], random.choice(["Plus", "Plus", "Unlimited Overnight"]) if r["segment"] != FLEET else "Fleet",
                r["comment"]])
write_csv(os.path.join(COMMENTS, "membership_pulse_2026q1.csv"),
          ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "plan",
           "comment"], out)

# ---- vendor export (Medallia-style column names, CSAT 1-5, dd/mm/yyyy HH:MM) ---------------------------------
v_rows = theme_rows(VENDOR_THEMES)
for t in ["", "n/a", "-"]:
    v_rows.append(dict(theme="junk", journey=CHG, stage="Faults and support", touchpoint="", channel="phone",
                       score="", segment=random.choice([PAYG, PLUS, RIDE]), date=rand_date(), comment=t))
v_rows.append(dict(theme="contact", journey=CHG, stage="Faults and support", touchpoint="", channel="phone", score=1,
                   segment=RIDE, date=rand_date(),
                   comment="Nobody rang me back about the stuck cable. I'm on 07700 900332, or mo.hassan@example.net"))
v_rows.append(dict(theme="contact", journey=MEM, stage="Change or cancel", touchpoint="", channel="email", score=2,
                   segment=PLUS, date=rand_date(),
                   comment="Please cancel my account, I have asked twice. sarah.k.jones@example.org"))
v_rows.sort(key=lambda r: (r["date"], r["comment"]))
out = []
for r in v_rows:
    ts = dt.datetime.combine(r["date"], dt.time(random.randint(0, 23), random.randint(0, 59)))
    rid = "R_" + "".join(random.choice("0123456789abcdefABCDEF") for _ in range(12))
    out.append([rid, ts.strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"].upper(), r["touchpoint"].lower(),
                r["channel"].title(), r["score"], "csat" if r["score"] != "" else "", r["segment"],
                r["comment"], random.choice(["EN-GB", "EN-GB", "EN-GB", "CY"]) if r["comment"] else "",
                random.choice(["NOC", "Tier 1", "Tier 1", "Billing"]) if r["journey"] == CHG else "Memberships"])
write_csv(os.path.join(COMMENTS, "medallia_export_2026-03-16.csv"),
          ["Response ID", "Response Date", "Journey Name", "Journey Step", "Touchpoint Name", "Contact Channel",
           "OSAT", "Scale", "Customer Tier", "Verbatim", "Language", "Agent Team"], out)
with open(os.path.join(COMMENTS, "medallia_export_2026-03-16.mapping.yaml"), "w", encoding="utf-8") as f:
    f.write("""# Medallia 'Support & Account CSAT' export -> canonical comment columns
kind: comments
date_format: "%d/%m/%Y %H:%M"
columns:
  id: Response ID
  date: Response Date
  journey: Journey Name
  stage: Journey Step
  touchpoint: Touchpoint Name
  channel: Contact Channel
  score: OSAT
  score_type: Scale
  segment: Customer Tier
  comment: Verbatim
""")


# ---- KPI snapshots --------------------------------------------------------------------------------------------
def series(values, noise=0.0, nd=1):
    return [round(v + random.uniform(-noise, noise), nd) for v in values]


N = len(WEEKS)
lin = lambda a, b: [a + (b - a) * i / (N - 1) for i in range(N)]

charging_kpis = [
    # metric, stage, touchpoint, values, target, unit, higher_is_better ('' = default)
    ("nps", "", "", [round(v) for v in series([36, 35, 36, 37, 35, 36, 35, 28, 23, 19], 1.0)], 40, "score", "true"),
    ("csat", "", "", series([78.5, 78.8, 78.2, 79.0, 78.6, 78.1, 78.4, 75.2, 72.9, 71.3], 0.3), 80, "%", "true"),
    ("session_start_success_rate", "Start a session", "", series([96.2, 96.0, 96.4, 95.9, 96.1, 95.8, 96.3, 89.6, 84.2, 81.5], 0.2), 95, "%", "true"),
    ("avg_time_to_start_session", "Start a session", "Start charging in app", [round(v) for v in series([38, 37, 39, 36, 38, 37, 36, 52, 61, 67], 1.0)], 45, "s", ""),
    ("charger_uptime", "Arrive and plug in", "", series(lin(97.3, 95.8), 0.15), 98, "%", "true"),
    ("charger_status_accuracy", "Find a charger", "Live availability status", series([91.4] * N, 0.6), 97, "%", "true"),
    ("payment_failure_rate", "Pay and receipt", "", series([2.1, 2.3, 2.0, 2.2, 2.4, 2.1, 2.3, 2.2, 2.5, 2.4], 0.05, 2), 1.5, "%", "false"),
    ("fault_ticket_resolution_time", "Faults and support", "In-app fault report", series(lin(30.6, 20.8), 0.3), 24, "hours", ""),
    ("first_contact_resolution", "Faults and support", "24/7 helpline", series([68.0, 68.5, 69.1, 68.2, 69.4, 70.0, 69.5, 67.1, 66.0, 65.4], 0.3), 75, "%", "true"),
]
rows = []
for metric, stage, tp, vals, target, unit, hib in charging_kpis:
    for d, v in zip(WEEKS, vals):
        rows.append([d.isoformat(), CHG, stage, tp, metric, v, target, unit, hib])
# idle fee went live on 2 March - disputes only exist from then
for d, v in [(WEEKS[-2], 38), (WEEKS[-1], 61)]:
    rows.append([d.isoformat(), CHG, "Pay and receipt", "Idle fee", "idle_fee_disputes", v, 10, "count", "false"])
write_csv(os.path.join(KPIS, "charging_weekly_kpis.csv"),
          ["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"], rows)

membership_kpis = [
    ("nps", "", "", [round(v) for v in series([42, 43, 41, 42, 43, 42, 41, 42, 43, 42], 0.8)], 45, "score", "true"),
    ("csat", "", "", series([84.1, 83.8, 84.4, 83.6, 83.9, 83.1, 82.8, 82.5, 82.2, 82.0], 0.2), 85, "%", "true"),
    ("signup_conversion_rate", "Sign up", "", series(lin(21.4, 29.6), 0.3), 25, "%", "true"),
    ("rfid_card_delivery_days", "Get your charge card", "Card delivery", series([5.6, 5.8, 6.3, 6.9, 7.4, 8.1, 8.6, 9.0, 9.3, 9.7], 0.1), 5, "days", "false"),
    ("subscription_churn_rate", "Change or cancel", "", series([3.1, 3.2, 3.1, 3.3, 3.2, 3.4, 3.3, 3.5, 3.4, 3.6], 0.05, 2), 2.5, "%", ""),
    ("direct_debit_failure_rate", "Monthly billing", "Direct debit collection", series([1.2] * N, 0.1, 2), 1.5, "%", "false"),
]
rows = []
for metric, stage, tp, vals, target, unit, hib in membership_kpis:
    for d, v in zip(WEEKS, vals):
        rows.append([d.isoformat(), MEM, stage, tp, metric, v, target, unit, hib])
write_csv(os.path.join(KPIS, "membership_weekly_kpis.csv"),
          ["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"], rows)

print("comments:", len(chg_rows), len(mem_rows), len(v_rows), "=", len(chg_rows) + len(mem_rows) + len(v_rows))
