#!/usr/bin/env python3
"""Seeded generator for the 'tickets' blind evaluation base.
Writes knowledge/ (maps, comments, kpis), dev.yaml, heldout.yaml and figures.json.
Run: python3 scripts/generate.py   (from anywhere; paths are relative to this file)"""
import csv, json, math, random, re, datetime as dt, os
from collections import defaultdict
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
rng = random.Random(20261203)

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

# ------------------------------------------------------------------ maps
J1 = {
  "id": "online-ticket-purchase", "name": "Online ticket purchase",
  "persona": "Fan buying tickets for a high-demand show", "owner": "Digital Ticketing",
  "updated": "2026-10-05",
  "description": "From hearing a show is on sale to holding mobile tickets on the phone: presale, virtual queue, seat choice, checkout and delivery.",
  "stages": [
    {"name": "Discovery", "goal": "Find out an event is on sale, and when", "emotion": 1,
     "pain_points": ["On-sale time zone not always clear"],
     "opportunities": ["Calendar reminder for on-sale time"],
     "touchpoints": [
       {"name": "Event page", "channel": "web", "owner": "Marketing", "emotion": 1,
        "description": "Public page for the event with dates, prices from, on-sale and presale times."},
       {"name": "Presale registration email", "channel": "email", "owner": "CRM team", "emotion": 0,
        "description": "Email confirming a fan signed up for presale and sending the presale code.",
        "pain_points": ["Codes arrive late or land in spam"]},
       {"name": "On-sale push alert", "channel": "app", "owner": "CRM team", "emotion": 0,
        "description": "App notification sent a few minutes before general on-sale opens."}]},
    {"name": "Presale and queue", "goal": "Get into the sale fairly and without losing my place", "emotion": -2,
     "pain_points": ["Queue drops fans or resets their position", "No honest estimate of wait"],
     "opportunities": ["Show real position and time left", "Let fans rejoin at the same position"],
     "touchpoints": [
       {"name": "Presale code entry", "channel": "web", "owner": "Ticketing Product", "emotion": -1,
        "description": "Field where fan club and card-holder presale codes are typed to unlock presale inventory.",
        "pain_points": ["Valid codes rejected as invalid"]},
       {"name": "Virtual waiting room", "channel": "web", "owner": "Platform Engineering", "emotion": -2,
        "description": "Online holding queue that lets fans into the sale in batches when demand is high.",
        "pain_points": ["Fans kicked out or sent to the back after refresh", "Session timeouts while waiting"],
        "metrics": ["queue_drop_off_rate"]},
       {"name": "Queue status page", "channel": "web", "owner": "Platform Engineering", "emotion": -1,
        "description": "Page showing queue position, progress bar and estimated wait."}]},
    {"name": "Seat selection", "goal": "Pick seats I like at a price I accept", "emotion": 0,
     "pain_points": ["Seats vanish from basket while choosing"],
     "touchpoints": [
       {"name": "Interactive seat map", "channel": "web", "owner": "Ticketing Product", "emotion": 0,
        "description": "Zoomable venue plan to pick exact seats, with view-from-seat previews.",
        "metrics": ["seat_map_load_time"]},
       {"name": "Best available search", "channel": "web", "owner": "Ticketing Product", "emotion": 0,
        "description": "Button that picks the best seats left for a chosen number of tickets and price."},
       {"name": "Price tier display", "channel": "web", "owner": "Pricing team", "emotion": -1,
        "description": "Shows price levels and dynamic (in-demand) prices per section."}]},
    {"name": "Checkout", "goal": "Pay quickly and know the all-in price before I commit", "emotion": -1,
     "pain_points": ["Service and facility fees appear only at the last step"],
     "opportunities": ["All-in pricing from the first screen"],
     "touchpoints": [
       {"name": "Fee breakdown", "channel": "web", "owner": "Pricing team", "emotion": -2,
        "description": "Order summary that splits face value, service fee, facility fee and order processing fee.",
        "pain_points": ["Fees feel hidden and add a third to the price"]},
       {"name": "Payment page", "channel": "web", "owner": "Payments team", "emotion": 0,
        "description": "Card, wallet and PayPal payment with a 10-minute basket timer."},
       {"name": "Order confirmation email", "channel": "email", "owner": "CRM team", "emotion": 1,
        "description": "Email with order number and when tickets will be delivered."}]},
    {"name": "Ticket delivery", "goal": "Have my tickets safely on my phone", "emotion": 1,
     "touchpoints": [
       {"name": "Mobile ticket in app", "channel": "app", "owner": "Mobile Apps team", "emotion": 1,
        "description": "Rotating-barcode ticket shown in the app, released some days before the event.",
        "metrics": ["ticket_delivery_success_rate"]},
       {"name": "Add to phone wallet", "channel": "app", "owner": "Mobile Apps team", "emotion": 1,
        "description": "Button to save tickets to Apple Wallet or Google Wallet."}]},
  ]}

J2 = {
  "id": "event-day-and-after", "name": "Event day and after",
  "persona": "Ticket holder going to the show, or no longer able to go", "owner": "Fan Experience",
  "updated": "2026-10-12",
  "description": "Everything from the day-before email to getting into the venue, the show itself, passing on tickets and getting refunds.",
  "stages": [
    {"name": "Pre-event", "goal": "Know how to get there, when doors open and what I can bring", "emotion": 1,
     "touchpoints": [
       {"name": "Know before you go email", "channel": "email", "owner": "CRM team", "emotion": 1,
        "description": "Email two days before with door times, bag policy and travel tips."},
       {"name": "Venue info page", "channel": "web", "owner": "Venue Partnerships", "emotion": 0,
        "description": "Page with venue map, accessibility info, parking and bag policy."}]},
    {"name": "Venue entry", "goal": "Get through the doors quickly with my mobile ticket", "emotion": -2,
     "pain_points": ["Long lines at the gates", "Tickets will not load without signal"],
     "opportunities": ["Offline tickets", "More scanning lanes for general admission"],
     "touchpoints": [
       {"name": "Gate QR scan", "channel": "venue", "owner": "Venue Operations", "emotion": -2,
        "description": "Staff scan the rotating barcode on the fan's phone at the entry gate.",
        "pain_points": ["Scanners fail on cracked or dim screens", "No phone signal at the gate"]},
       {"name": "Bag check", "channel": "venue", "owner": "Venue Operations", "emotion": -1,
        "description": "Security search of bags before the ticket scan."},
       {"name": "Box office help desk", "channel": "venue", "owner": "Venue Operations", "emotion": 0,
        "description": "Desk at the venue for ticket problems, name changes and will-call."}]},
    {"name": "At the venue", "goal": "Enjoy the show without hassle", "emotion": 1,
     "touchpoints": [
       {"name": "In-seat ordering", "channel": "app", "owner": "Food and Beverage partner", "emotion": 0,
        "description": "Order food and drinks from the app for pickup or delivery to the seat."},
       {"name": "Merch stand", "channel": "venue", "owner": "Merchandise team", "emotion": 0,
        "description": "Official merchandise stands inside the venue."},
       {"name": "Accessibility assistance", "channel": "venue", "owner": "Accessibility team", "emotion": 1,
        "description": "Staff help for wheelchair users and fans with access needs."}]},
    {"name": "Resale and transfer", "goal": "Pass on tickets I cannot use, safely and at a fair price", "emotion": 1,
     "opportunities": ["Promote fan-to-fan resale at checkout"],
     "touchpoints": [
       {"name": "Fan-to-fan resale", "channel": "app", "owner": "Marketplace team", "emotion": 2,
        "description": "Official resale marketplace where fans list tickets at or below face value.",
        "metrics": ["resale_listing_sold_rate"]},
       {"name": "Ticket transfer", "channel": "app", "owner": "Mobile Apps team", "emotion": 0,
        "description": "Send a ticket to a friend's account by email or phone number.",
        "metrics": ["transfer_failure_rate"]},
       {"name": "Resale payout", "channel": "web", "owner": "Payments team", "emotion": 1,
        "description": "Money from a sold resale ticket paid back to the seller's card or bank."}]},
    {"name": "Refunds and support", "goal": "Get my money back quickly when an event is cancelled or moved", "emotion": -1,
     "pain_points": ["Refunds take more than a week"],
     "touchpoints": [
       {"name": "Cancellation notice email", "channel": "email", "owner": "CRM team", "emotion": -1,
        "description": "Email telling fans an event is cancelled or rescheduled and what their options are."},
       {"name": "Refund request form", "channel": "web", "owner": "Customer Support", "emotion": -1,
        "description": "Web form to ask for a refund for a postponed or rescheduled event."},
       {"name": "Live chat", "channel": "chat", "owner": "Customer Support", "emotion": 0,
        "description": "Chat with a support agent in the app or on the help site."}]},
  ]}

with open(os.path.join(K, "maps", "online-ticket-purchase.yaml"), "w") as f:
    yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=200)
with open(os.path.join(K, "maps", "event-day-and-after.json"), "w") as f:
    json.dump(J2, f, indent=2)

TP = {}   # (journey_id, stage_slug, tp_slug) -> (journey, stage, tp dicts)
for J in (J1, J2):
    for s in J["stages"]:
        for t in s["touchpoints"]:
            TP[(J["id"], slug(s["name"]), slug(t["name"]))] = (J, s, t)

# ------------------------------------------------------------------ comments
START = dt.datetime(2026, 9, 1)
END = dt.datetime(2026, 11, 29, 23, 0)
EMERGE = dt.datetime(2026, 11, 12)

# texts per touchpoint: neg / neu / pos
T = {
 "virtual-waiting-room": (
  ["queue kicked me out at 9:58 after 40 mins, back to the end. absolute joke",
   "waiting room reset my position when i refreshed, went from 2,000 to 48,000",
   "the queue crashed again for the stadium show. lost my place twice",
   "got booted from the queue with a session expired error. gave up",
   "been in the queue an hour, then 'something went wrong'. no tickets",
   "queue logged me out when my phone locked. why is it that fragile",
   "the online queue is a lottery and a broken one. dropped out at the front",
   "queue froze at 100% and then sent me back to the start"],
  ["queue was long but i got in eventually",
   "waited about 50 min in the queue, fine i guess, expected it",
   "queue ok this time, no idea how long it'd be tho"],
  ["queue actually moved fast this time, in within 10 min",
   "smooth queue for once, got my tix"]),
 "queue-status-page": (
  ["progress bar in the queue means nothing, estimated wait said 5 min for an hour",
   "queue status page just spins, no idea where i am",
   "the 'you are next' message lies, sat there 30 more minutes"],
  ["status page shows a number, thats about it",
   "queue position updates are slow but they do update"],
  ["liked seeing my place in the queue count down"]),
 "presale-code-entry": (
  ["my fan club presale code said invalid, it was copied straight from the email",
   "presale code didn't work until general sale had started. pointless being a member",
   "code rejected 3 times then worked, by then good seats gone",
   "card presale code box wouldnt accept my code"],
  ["presale code worked, bit fiddly to find where to type it",
   "entered the code fine, took a while to unlock tickets"],
  ["presale code worked first time, got great seats"]),
 "fee-breakdown": (
  ["fees added nearly 30% at the very end. feels like a bait and switch",
   "service fee + facility fee + order fee?? just show the real price upfront",
   "hidden fees only appear at checkout, i nearly cancelled",
   "£18 in fees on a £60 ticket. ridiculous",
   "why is there an order processing fee on an e-ticket",
   "fee breakdown is confusing, no idea what the facility fee even is",
   "the all in price was way more than the price on the event page, fees everywhere"],
  ["fees are annoying but at least the breakdown is itemised",
   "fees high as usual, nothing new"],
  ["liked that the fee breakdown showed each charge clearly"]),
 "payment-page": (
  ["basket timer ran out while my bank app was asking me to approve",
   "payment failed twice and took the money once"],
  ["payment was fine, apple pay worked",
   "paid by card no issues really"],
  ["super quick checkout with paypal",
   "payment took seconds, well done"]),
 "interactive-seat-map": (
  ["seat map took forever to load and seats disappeared",
   "map kept timing out on my phone"],
  ["seat map ok, a bit slow on mobile",
   "seat map works, view from seat thing is a bit blurry"],
  ["love the view from seat preview on the seat map",
   "seat map loaded fast and picking seats was easy",
   "the new seat map is much quicker than last year"]),
 "fan-to-fan-resale": (
  ["resale listing took a day to appear"],
  ["listed on resale, sold after a few days, fine"],
  ["sold my tickets on the fan resale in 20 mins, brilliant",
   "resale is so easy, listed at face value and it sold the same day",
   "love that resale is capped at face value, no touts",
   "bought resale seats for a sold out show, legit and instant",
   "fan to fan resale saved me when i got sick, money back quick",
   "resale was the best part honestly, dead simple",
   "got resale tickets cheaper than face value, and they just appeared in my app"]),
 "ticket-transfer": (
  ["transferred tickets to my friend and they never showed up in her app",
   "ticket transfer says sent but my mate gets nothing, since the app update",
   "transfer failed with error 'try again later' for two days now",
   "sent a transfer, tickets vanished from my account AND didnt arrive",
   "after the latest app update transfers just spin forever",
   "transfer to my sister failed 4 times, shows in nobody's account",
   "cant transfer tickets since the update, event is on saturday, help"],
  ["transfer to my friend worked, took a few minutes",
   "ticket transfer ok, had to use his email not phone no."],
  ["transferred tickets to my brother, super easy",
   "transfer was instant, nice"]),
 "gate-qr-scan": (
  ["stood 45 mins at the gate because the scanners couldnt read phones",
   "no signal at the gate so my ticket wouldnt load, missed the support act",
   "scanner didnt read my cracked screen, sent to the box office queue",
   "entry was chaos, 2 scanners for thousands of GA people",
   "qr wouldnt scan, staff had no idea what to do",
   "rotating barcode froze at the gate with no 4g",
   "entry lines were awful, missed the first three songs",
   "gate scan took ages, screen brightness thing every single time"],
  ["entry took 20 mins, normal for a stadium",
   "scan at the gate fine once the app loaded"],
  ["went through the gate in 2 mins, scan was instant",
   "entry super quick with the wallet ticket"]),
 "bag-check": (
  ["bag check line was separate and massive",
   "bag search took ages, nobody told us the bag size rule"],
  ["bag check fine, a bit slow"],
  ["bag check staff were friendly and quick"]),
 "refund-request-form": (
  ["refund form errored out, had to do it 3 times",
   "requested a refund for the moved date 2 weeks ago, still pending",
   "refund form asks for an order number format that doesnt match mine"],
  ["refund form ok, waiting on the money",
   "filled the refund form, got an auto email"],
  ["refund came through in 3 days, easy form"]),
 "mobile-ticket-in-app": (
  ["tickets only released 2 days before, made me nervous",
   "app logged me out and my tickets were gone for a bit"],
  ["tickets showed up in the app when promised"],
  ["tickets in the app, dead easy",
   "love having tickets on my phone, no printing"]),
 "add-to-phone-wallet": (
  ["add to wallet button doesnt work on android"],
  ["added to wallet ok"],
  ["apple wallet ticket is perfect",
   "wallet ticket popped up on the lock screen at the venue, great"]),
 "live-chat": (
  ["live chat bot loops and never gives me a person",
   "waited 50 mins on chat to be told to email"],
  ["chat agent sorted it eventually"],
  ["chat agent was lovely and fixed it fast"]),
}
GENERIC = {
 "event-page": "event page", "presale-registration-email": "presale email", "on-sale-push-alert": "on-sale alert",
 "best-available-search": "best available button", "price-tier-display": "price levels",
 "order-confirmation-email": "confirmation email", "know-before-you-go-email": "know before you go email",
 "venue-info-page": "venue info page", "box-office-help-desk": "box office desk",
 "in-seat-ordering": "in-seat ordering", "merch-stand": "merch stand", "accessibility-assistance": "access team",
 "resale-payout": "resale payout", "cancellation-notice-email": "cancellation email",
}
GEN_NEG = ["{x} was confusing", "{x} not great tbh", "{x} was a mess", "didnt like the {x}, slow"]
GEN_NEU = ["{x} fine", "{x} ok nothing special", "{x} did the job", "no real issues with the {x}"]
GEN_POS = ["{x} was really helpful", "{x} great", "loved the {x}", "{x} clear and easy"]

# probabilities (neg, neu, pos) per touchpoint and weight
P1 = {  # online-ticket-purchase
 ("discovery", "event-page"): ((.15, .45, .40), 8),
 ("discovery", "presale-registration-email"): ((.25, .45, .30), 8),
 ("discovery", "on-sale-push-alert"): ((.15, .50, .35), 5),
 ("presale-and-queue", "presale-code-entry"): ((.50, .30, .20), 16),
 ("presale-and-queue", "virtual-waiting-room"): ((.70, .18, .12), 40),
 ("presale-and-queue", "queue-status-page"): ((.55, .30, .15), 14),
 ("seat-selection", "interactive-seat-map"): ((.15, .35, .50), 16),
 ("seat-selection", "best-available-search"): ((.20, .45, .35), 7),
 ("seat-selection", "price-tier-display"): ((.35, .40, .25), 8),
 ("checkout", "fee-breakdown"): ((.62, .25, .13), 34),
 ("checkout", "payment-page"): ((.20, .40, .40), 14),
 ("checkout", "order-confirmation-email"): ((.10, .45, .45), 6),
 ("ticket-delivery", "mobile-ticket-in-app"): ((.15, .35, .50), 12),
 ("ticket-delivery", "add-to-phone-wallet"): ((.10, .35, .55), 8),
}
P2 = {  # event-day-and-after
 ("pre-event", "know-before-you-go-email"): ((.10, .45, .45), 7),
 ("pre-event", "venue-info-page"): ((.20, .45, .35), 6),
 ("venue-entry", "gate-qr-scan"): ((.62, .22, .16), 34),
 ("venue-entry", "bag-check"): ((.40, .35, .25), 10),
 ("venue-entry", "box-office-help-desk"): ((.30, .40, .30), 6),
 ("at-the-venue", "in-seat-ordering"): ((.25, .40, .35), 7),
 ("at-the-venue", "merch-stand"): ((.25, .45, .30), 5),
 ("at-the-venue", "accessibility-assistance"): ((.10, .30, .60), 5),
 ("resale-and-transfer", "fan-to-fan-resale"): ((.05, .15, .80), 26),
 ("resale-and-transfer", "ticket-transfer"): ((.00, .40, .60), 6),   # before the emerging issue
 ("resale-and-transfer", "resale-payout"): ((.15, .35, .50), 6),
 ("refunds-and-support", "cancellation-notice-email"): ((.30, .45, .25), 5),
 ("refunds-and-support", "refund-request-form"): ((.40, .35, .25), 12),
 ("refunds-and-support", "live-chat"): ((.35, .35, .30), 8),
}
SEG1 = (["First-time buyer", "Fan club member", "Repeat buyer"], [.35, .30, .35])
SEG2 = (["General admission", "Reserved seating", "VIP hospitality"], [.45, .33, .22])
# segment shifts: move probability mass from pos/neu to neg (positive shift = worse)
SHIFT = {
 ("fee-breakdown", "First-time buyer"): .25, ("fee-breakdown", "Repeat buyer"): -.15,
 ("presale-code-entry", "Fan club member"): .25,
 ("virtual-waiting-room", "Fan club member"): .10,
 ("gate-qr-scan", "General admission"): .25, ("gate-qr-scan", "VIP hospitality"): -.45,
 ("gate-qr-scan", "Reserved seating"): -.10,
 ("bag-check", "VIP hospitality"): -.30,
}

def score_for(cls):
    if cls == "neg": return rng.choice([0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6])
    if cls == "neu": return rng.choice([6, 7, 7, 8, 8, 8])
    return rng.choice([8, 9, 9, 10, 10])

def mess(text, cls="neu"):
    r = rng.random()
    if r < .15: text = text.capitalize()
    elif r < .22: text = text.upper() if len(text) < 45 else text
    if rng.random() < .12: text = text.replace("the ", "teh ", 1)
    if rng.random() < .10: text += rng.choice({"neg": [" !!", " smh", " :(", " tbh", " fix it"], "neu": [" tbh", " i guess", " lol"], "pos": [" !!", " :)", " x", " thanks"]}[cls])
    return text

def pick_cls(probs, shift):
    neg, neu, pos = probs
    if shift:
        neg2 = min(max(neg + shift, 0.02), .95)
        rest = 1 - neg2; tot = neu + pos or 1
        neu, pos, neg = neu / tot * rest, pos / tot * rest, neg2
    r = rng.random()
    return "neg" if r < neg else ("neu" if r < neg + neu else "pos")

def text_for(tps, cls):
    if tps in T:
        neg, neu, pos = T[tps]
        return rng.choice({"neg": neg, "neu": neu, "pos": pos}[cls])
    x = GENERIC[tps]
    return rng.choice({"neg": GEN_NEG, "neu": GEN_NEU, "pos": GEN_POS}[cls]).format(x=x)

def rand_date(a=START, b=END):
    s = rng.random() * (b - a).total_seconds()
    d = a + dt.timedelta(seconds=s)
    return d.replace(minute=rng.randrange(60), second=0, microsecond=0)

ALL = []  # normalised records: id, date, journey, stage, tp, score, segment, text

def make(jid, P, seg, n, idfmt):
    keys = list(P); w = [P[k][1] for k in keys]
    out = []
    for i in range(n):
        st, tp = rng.choices(keys, w)[0]
        sg = rng.choices(seg[0], seg[1])[0]
        cls = pick_cls(P[(st, tp)][0], SHIFT.get((tp, sg), 0))
        d = rand_date()
        out.append(dict(journey=jid, stage=st, tp=tp, segment=sg, cls=cls, date=d))
    return out

r1 = make(J1["id"], P1, SEG1, 215, None)
r2 = make(J2["id"], P2, SEG2, 150, None)
# emerging issue: ticket transfer failures, only in the last ~2.5 weeks
for i in range(24):
    sg = rng.choices(SEG2[0], SEG2[1])[0]
    r2.append(dict(journey=J2["id"], stage="resale-and-transfer", tp="ticket-transfer", segment=sg,
                   cls="neg", date=rand_date(EMERGE, END)))
# a few journey-level comments without stage
GEN1 = [("honestly the whole buying experience is stressful", "neg"), ("got my tickets in the end, it was ok", "neu"),
        ("easy this time, thanks", "pos")]
GEN2 = [("great night, smooth overall", "pos"), ("show was great, the logistics not so much", "neu"),
        ("terrible organisation on the night", "neg")]
for recs, gens, jid, seg in ((r1, GEN1, J1["id"], SEG1), (r2, GEN2, J2["id"], SEG2)):
    for i in range(6):
        txt, cls = gens[i % 3]
        recs.append(dict(journey=jid, stage="", tp="", segment=rng.choices(seg[0], seg[1])[0], cls=cls,
                         date=rand_date(), text=txt))

for recs in (r1, r2):
    recs.sort(key=lambda r: r["date"])
    for r in recs:
        r["score"] = score_for(r["cls"])
        if "text" not in r:
            r["text"] = text_for(r["tp"], r["cls"])
        r["text"] = mess(r["text"], r["cls"])

STAGE_NAME = {}; TP_NAME = {}
for J in (J1, J2):
    for s in J["stages"]:
        STAGE_NAME[(J["id"], slug(s["name"]))] = s["name"]
        for t in s["touchpoints"]:
            TP_NAME[(J["id"], slug(s["name"]), slug(t["name"]))] = t["name"]

# file 1: canonical columns
with open(os.path.join(K, "comments", "purchase-survey.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    for i, r in enumerate(r1, 1):
        r["id"] = f"PS-{i:04d}"
        st = STAGE_NAME.get((r["journey"], r["stage"]), "")
        tp = TP_NAME.get((r["journey"], r["stage"], r["tp"]), "")
        ch = TP[(r["journey"], r["stage"], r["tp"])][2].get("channel", "") if tp else ""
        w.writerow([r["id"], r["date"].strftime("%Y-%m-%dT%H:%M:00"), J1["name"], st, tp, ch, r["score"], "nps",
                    r["segment"], r["text"]])

# file 2: a Qualtrics-like export with a mapping file
with open(os.path.join(K, "comments", "eventday-qualtrics-export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ResponseId", "RecordedDate", "JourneyName", "Stage_Label", "TouchpointName", "Q1_LTR_0_10",
                "FanType", "Q2_Verbatim", "Venue", "ScoreType"])
    venues = ["Northfield Arena", "Riverside Stadium", "The Exchange Hall", "Parkside Bowl"]
    for i, r in enumerate(r2, 1):
        r["id"] = f"R_ED{i:04d}"
        st = STAGE_NAME.get((r["journey"], r["stage"]), "")
        tp = TP_NAME.get((r["journey"], r["stage"], r["tp"]), "")
        w.writerow([r["id"], r["date"].strftime("%d/%m/%Y %H:%M"), J2["name"], st, tp, r["score"],
                    r["segment"], r["text"], rng.choice(venues), "NPS"])
with open(os.path.join(K, "comments", "eventday-qualtrics-export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments",
                    "columns": {"id": "ResponseId", "date": "RecordedDate", "journey": "JourneyName",
                                "stage": "Stage_Label", "touchpoint": "TouchpointName", "score": "Q1_LTR_0_10",
                                "segment": "FanType", "comment": "Q2_Verbatim", "score_type": "ScoreType"},
                    "date_format": "%d/%m/%Y %H:%M"}, f, sort_keys=False)

ALL = r1 + r2

# ------------------------------------------------------------------ KPIs
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
def series(start, end, noise, shape="linear", jump_from=None, jump_vals=None, dec=1):
    vals = []
    for i in range(12):
        base = start + (end - start) * i / 11
        v = base + rng.uniform(-noise, noise)
        vals.append(round(v, dec))
    if jump_from is not None:
        for k, jv in enumerate(jump_vals):
            vals[jump_from + k] = jv
    vals[0] = round(start, dec); 
    if jump_from is None: vals[-1] = round(end, dec)
    return vals

KPIS = [  # metric, journey, stage, touchpoint, unit, target, hib, values
 ("nps", J1, "", "", "score", 30, True, series(21, 14, 1.5, dec=0)),
 ("nps", J2, "", "", "score", 40, True, series(34, 33, 1.5, jump_from=9, jump_vals=[29, 26, 23], dec=0)),
 ("csat", J1, "Checkout", "", "%", 80, True, series(71.0, 69.5, 1.2)),
 ("csat", J2, "Venue entry", "", "%", 80, True, series(64.0, 65.2, 1.5)),
 ("checkout_conversion_rate", J1, "Checkout", "", "%", 70, True, series(61.8, 64.6, 0.8)),
 ("queue_drop_off_rate", J1, "Presale and queue", "Virtual waiting room", "%", 5, False, series(6.2, 11.8, 0.5)),
 ("seat_map_load_time", J1, "Seat selection", "Interactive seat map", "s", 3, False, series(6.4, 2.6, 0.25)),
 ("ticket_delivery_success_rate", J1, "Ticket delivery", "Mobile ticket in app", "%", 99.5, True, series(99.1, 99.2, 0.1)),
 ("entry_wait_time", J2, "Venue entry", "", "min", 10, False, series(17.5, 18.2, 1.2)),
 ("transfer_failure_rate", J2, "Resale and transfer", "Ticket transfer", "%", 2, False,
    series(1.4, 1.5, 0.2, jump_from=9, jump_vals=[3.8, 6.9, 9.4])),
 ("resale_listing_sold_rate", J2, "Resale and transfer", "Fan-to-fan resale", "%", 75, True, series(82.5, 86.0, 1.0)),
 ("refund_processing_time", J2, "Refunds and support", "", "days", 5, False, series(6.8, 6.1, 0.4)),
]
for kp in KPIS:
    if kp[0] == "nps":
        kp[7][:] = [int(v) for v in kp[7]]
for fname, jj in (("purchase-kpis-weekly.csv", J1), ("eventday-kpis-weekly.csv", J2)):
    with open(os.path.join(K, "kpis", fname), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"])
        for wi, d in enumerate(WEEKS):
            for m, J, st, tp, unit, tgt, hib, vals in KPIS:
                if J is jj:
                    w.writerow([d.isoformat(), J["name"], st, tp, m, vals[wi], tgt, unit, str(hib).lower()])

# ------------------------------------------------------------------ figures
def fmt(x, dec=1):
    # round half away from zero
    q = 10 ** dec
    v = math.floor(abs(x) * q + 0.5) / q * (1 if x >= 0 else -1)
    return f"{v:.{dec}f}" if dec else str(int(v))

def kpi(m, jid):
    for kp in KPIS:
        if kp[0] == m and kp[1]["id"] == jid: return kp[7]
    raise KeyError(m)

def nps(scores):
    n = len(scores); p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return fmt(100 * (p - d) / n, 0), n

def sel(**kw):
    out = ALL
    for k, v in kw.items():
        out = [r for r in out if r[k] == v]
    return [r["score"] for r in out]

FIG = {}
def K1(m, j=J1["id"]): return kpi(m, j)
j1, j2 = J1["id"], J2["id"]
FIG["latest_queue_drop"] = fmt(K1("queue_drop_off_rate")[-1])
FIG["latest_entry_wait"] = fmt(kpi("entry_wait_time", j2)[-1])
FIG["latest_transfer_fail"] = fmt(kpi("transfer_failure_rate", j2)[-1])
FIG["latest_resale_sold"] = fmt(kpi("resale_listing_sold_rate", j2)[-1])
FIG["chg_seatmap"] = fmt(abs(K1("seat_map_load_time")[-1] - K1("seat_map_load_time")[0]))
FIG["chg_nps_j2"] = fmt(abs(kpi("nps", j2)[-1] - kpi("nps", j2)[0]), 0)
FIG["chg_queue_drop"] = fmt(abs(K1("queue_drop_off_rate")[-1] - K1("queue_drop_off_rate")[0]))
FIG["chg_refund_time"] = fmt(abs(kpi("refund_processing_time", j2)[-1] - kpi("refund_processing_time", j2)[0]))
FIG["chg_transfer_3w"] = fmt(abs(kpi("transfer_failure_rate", j2)[-1] - kpi("transfer_failure_rate", j2)[-4]))
FIG["mean4_checkout_conv"] = fmt(sum(K1("checkout_conversion_rate")[-4:]) / 4)
FIG["mean4_entry_wait"] = fmt(sum(kpi("entry_wait_time", j2)[-4:]) / 4)
FIG["latest_nps_j1"] = fmt(kpi("nps", j1)[-1], 0)
FIG["latest_nps_j2"] = fmt(kpi("nps", j2)[-1], 0)
FIG["latest_csat_checkout"] = fmt(kpi("csat", j1)[-1])
FIG["latest_csat_entry"] = fmt(kpi("csat", j2)[-1])
FIG["nps_waiting_room"], FIG["n_waiting_room"] = nps(sel(tp="virtual-waiting-room"))
FIG["nps_venue_entry"], FIG["n_venue_entry"] = nps(sel(journey=j2, stage="venue-entry"))
FIG["nps_resale"], FIG["n_resale"] = nps(sel(tp="fan-to-fan-resale"))
FIG["nps_checkout"], FIG["n_checkout"] = nps(sel(journey=j1, stage="checkout"))
FIG["nps_fee_first"], _ = nps(sel(tp="fee-breakdown", segment="First-time buyer"))
FIG["nps_fee_fanclub"], _ = nps(sel(tp="fee-breakdown", segment="Fan club member"))
FIG["nps_fee_repeat"], _ = nps(sel(tp="fee-breakdown", segment="Repeat buyer"))
FIG["nps_gate_ga"], FIG["n_gate_ga"] = nps(sel(tp="gate-qr-scan", segment="General admission"))
FIG["nps_gate_vip"], FIG["n_gate_vip"] = nps(sel(tp="gate-qr-scan", segment="VIP hospitality"))
FIG["nps_gate_rs"], _ = nps(sel(tp="gate-qr-scan", segment="Reserved seating"))
# ranking: touchpoint NPS from comments (n >= 10)
rank = {}
for (jid, st, tp) in TP:
    sc = sel(journey=jid, stage=st, tp=tp)
    if len(sc) >= 10:
        rank[(jid, st, tp)] = (int(nps(sc)[0]), len(sc))
FIG["rank"] = {"/".join(k): v for k, v in sorted(rank.items(), key=lambda kv: kv[1][0])}
# ranking of KPIs furthest from target? keep simple.
# emerging check
tr = [r for r in ALL if r["tp"] == "ticket-transfer"]
FIG["transfer_comments_total"] = len(tr)
FIG["transfer_neg_first_date"] = min(r["date"] for r in tr if r["score"] <= 6).isoformat() if any(r["score"] <= 6 for r in tr) else None
with open(os.path.join(ROOT, "scripts", "figures.json"), "w") as f:
    json.dump(FIG, f, indent=1, default=str)
print(json.dumps(FIG, indent=1, default=str))
print("\ncomments:", len(r1), len(r2), "kpi rows:", 12 * len(KPIS))
