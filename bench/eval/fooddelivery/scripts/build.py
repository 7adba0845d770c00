#!/usr/bin/env python3
"""Deterministic generator for the `fooddelivery` blind evaluation base.

Writes knowledge/ (maps, comments, kpis), dev.yaml and heldout.yaml.
Run:  python3 scripts/build.py     (seed fixed below)
"""
import csv
import datetime as dt
import json
import os
import random
import re

import yaml

SEED = 20261203
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
rng = random.Random(SEED)

WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(days=7 * i) for i in range(12)]  # Mondays


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ----------------------------------------------------------------- maps
J1 = {
    "id": "order-to-door",
    "name": "Order to door",
    "persona": "Hungry app customer ordering dinner on a weeknight",
    "owner": "Consumer Product",
    "updated": "2026-10-15",
    "description": "From opening the app to food at the door: browsing restaurants, paying, restaurant prep, live tracking and the courier handoff.",
    "stages": [
        {"name": "Browse and discover", "goal": "Find a restaurant I fancy that can deliver right now", "emotion": 1,
         "pain_points": ["Closed or out-of-range restaurants still shown", "Dietary filters unreliable"],
         "opportunities": ["Personalised 'open now near you' rail"],
         "touchpoints": [
             {"name": "Home feed", "channel": "app", "owner": "Consumer Growth",
              "description": "Personalised home screen with cuisine rails, offers and 'order again'.", "emotion": 1,
              "pain_points": ["Shows restaurants that are closed", "Same promoted chains every day"], "metrics": ["order_conversion_rate"]},
             {"name": "Search and filters", "channel": "app", "owner": "Search and Discovery",
              "description": "Search by dish or restaurant with filters for cuisine, price, dietary needs and delivery time.", "emotion": 0,
              "pain_points": ["Filters reset after going back", "Vegan / gluten-free filter shows wrong places"]},
             {"name": "Restaurant menu page", "channel": "app", "owner": "Restaurant Partnerships",
              "description": "Menu with photos, prices, allergens and item options supplied by the restaurant.", "emotion": 0,
              "pain_points": ["Sold-out items still orderable", "Photos don't match the food"]},
         ]},
        {"name": "Basket and checkout", "goal": "Pay quickly with no surprise fees", "emotion": -1,
         "pain_points": ["Service and small-order fees only appear at the end", "Promo codes rejected without a reason"],
         "opportunities": ["Show all-in price on the menu page"],
         "touchpoints": [
             {"name": "Basket fee breakdown", "channel": "app", "owner": "Pricing team",
              "description": "Basket summary listing subtotal, delivery fee, service fee, small-order fee and tip.", "emotion": -2,
              "pain_points": ["Service fee appears only at checkout", "Plus members still charged service fee", "Small-order fee unclear"],
              "metrics": ["cart_abandonment_rate", "order_conversion_rate"]},
             {"name": "Promo code field", "channel": "app", "owner": "Promotions team",
              "description": "Field to enter a discount or referral code before paying.", "emotion": -1,
              "pain_points": ["Code rejected with 'not eligible' and no reason", "Discount removed when basket changes"]},
             {"name": "Payment sheet", "channel": "app", "owner": "Payments",
              "description": "Payment step with saved cards, Apple Pay, Google Pay and PayPal.", "emotion": 0,
              "pain_points": ["3-D Secure pop-up times out"], "metrics": ["payment_failure_rate"]},
         ]},
        {"name": "Restaurant prep", "goal": "Know my food is being made and when it will be ready", "emotion": 0,
         "pain_points": ["Prep estimate jumps after ordering"],
         "touchpoints": [
             {"name": "Order confirmation screen", "channel": "app", "owner": "Order Platform",
              "description": "Screen and e-mail receipt confirming the restaurant accepted the order.", "emotion": 1,
              "pain_points": ["Restaurant acceptance can take minutes with no feedback"]},
             {"name": "Prep time estimate", "channel": "app", "owner": "Logistics Data Science",
              "description": "Estimated time the kitchen needs before the courier collects.", "emotion": -1,
              "pain_points": ["Estimate far too optimistic at peak", "Estimate keeps moving"], "metrics": ["avg_prep_time"]},
         ]},
        {"name": "Live tracking", "goal": "See exactly where my courier is and when food arrives", "emotion": 1,
         "pain_points": ["Push ETAs lag behind the map"],
         "touchpoints": [
             {"name": "Live courier map", "channel": "app", "owner": "Logistics Product",
              "description": "Real-time map showing the courier's position and route to the door.", "emotion": 2,
              "pain_points": ["Map freezes in low signal areas"], "metrics": ["on_time_delivery_rate"]},
             {"name": "ETA push notifications", "channel": "push", "owner": "CRM team",
              "description": "Push messages for accepted, picked up, nearby and delivered.", "emotion": 0,
              "pain_points": ["'Nearby' push arrives after the courier", "Too many marketing pushes mixed in"]},
         ]},
        {"name": "Doorstep handoff", "goal": "Get my food hot, complete and to the right door", "emotion": 0,
         "pain_points": ["Couriers can't find flats or building entrances", "Food arrives cold or spilled"],
         "touchpoints": [
             {"name": "Courier arrival and handoff", "channel": "in person", "owner": "Courier Operations",
              "description": "Courier finds the address, calls if needed and hands over the order.", "emotion": 0,
              "pain_points": ["Courier can't find the address", "Courier doesn't call or ring"], "metrics": ["avg_delivery_time"]},
             {"name": "Contactless drop-off photo", "channel": "app", "owner": "Courier Operations",
              "description": "Photo of the order left at the door for contactless deliveries.", "emotion": 1,
              "pain_points": ["Photo shows the wrong door"]},
             {"name": "Sealed bag check", "channel": "packaging", "owner": "Restaurant Quality",
              "description": "Tamper-evident sticker on the bag so customers know it wasn't opened.", "emotion": 0,
              "pain_points": ["Sticker missing or broken", "Drinks spilled in bag"]},
         ]},
    ],
}

J2 = {
    "id": "after-order-help",
    "name": "After-order help",
    "persona": "Customer whose order went wrong",
    "owner": "Customer Care",
    "updated": "2026-10-20",
    "description": "What happens after the food arrives (or doesn't): reporting a problem, refunds and credits, chat support, courier incidents, rating and reordering.",
    "stages": [
        {"name": "Report a problem", "goal": "Tell you what went wrong in under a minute", "emotion": -1,
         "pain_points": ["Problem flow buried in order history", "Have to photograph every missing item"],
         "touchpoints": [
             {"name": "Help centre order issue flow", "channel": "app", "owner": "Customer Care Product",
              "description": "Guided flow from the order in history: pick what went wrong, add photos, choose a resolution.",
              "pain_points": ["Too many steps before you can say what happened", "No option for 'whole order wrong'"]},
             {"name": "Missing item report", "channel": "app", "owner": "Customer Care Product",
              "description": "Tick the items that were missing from the bag and request a refund for them.",
              "pain_points": ["Drinks and sauces often missing", "Partial refund only for missing sides"],
              "metrics": ["missing_item_rate"]},
         ]},
        {"name": "Refunds and credits", "goal": "Get my money back fast and without arguing", "emotion": -2,
         "pain_points": ["Card refunds take 5-7 working days", "Credit offered instead of cash by default"],
         "touchpoints": [
             {"name": "Refund to card", "channel": "app and e-mail", "owner": "Payments Ops",
              "description": "Refund back to the original payment method, confirmed by e-mail.",
              "pain_points": ["Takes 5-7 working days", "No status after the confirmation e-mail"],
              "metrics": ["refund_processing_time"]},
             {"name": "Account credit voucher", "channel": "app", "owner": "Customer Care Policy",
              "description": "Instant app credit as an alternative to a card refund.",
              "pain_points": ["Credit expires after 30 days"]},
         ]},
        {"name": "Live chat support", "goal": "Reach a human quickly when the bot can't help", "emotion": -1,
         "pain_points": ["Bot loops before handing over", "Long waits at dinner peak"],
         "touchpoints": [
             {"name": "Support chatbot", "channel": "chat", "owner": "Conversational AI",
              "description": "Automated assistant that answers first and resolves simple issues.",
              "pain_points": ["Loops on the same canned answers", "No obvious way to reach an agent"]},
             {"name": "Agent live chat", "channel": "chat", "owner": "Customer Care Operations",
              "description": "Chat with a support agent who can refund, credit and escalate.",
              "pain_points": ["Wait time at peak"], "metrics": ["chat_wait_time", "first_contact_resolution_rate"]},
         ]},
        {"name": "Courier incident", "goal": "Have courier problems taken seriously", "emotion": -1,
         "pain_points": ["Complaints feel ignored"],
         "touchpoints": [
             {"name": "Courier complaint form", "channel": "app", "owner": "Courier Trust and Safety",
              "description": "Form to report courier behaviour, unsafe riding or a fake 'delivered'.",
              "pain_points": ["No follow-up after reporting"]},
             {"name": "Late delivery compensation", "channel": "automated", "owner": "Customer Care Policy",
              "description": "Automatic credit when an order arrives well past its ETA.",
              "pain_points": ["Threshold too strict", "Credit amount feels insulting"]},
         ]},
        {"name": "Rate and reorder", "goal": "Rate the order and reorder favourites in one tap", "emotion": 1,
         "touchpoints": [
             {"name": "Order rating prompt", "channel": "app", "owner": "Consumer Growth",
              "description": "Star rating for restaurant and courier after delivery.",
              "pain_points": ["Prompt appears before food has arrived"]},
             {"name": "Reorder button", "channel": "app", "owner": "Consumer Growth",
              "description": "One-tap reorder of a previous basket.", "metrics": ["reorder_rate"],
              "pain_points": ["Fails if one item is sold out"]},
         ]},
    ],
}

# ----------------------------------------------------------------- comment templates
T = {
    # order-to-door (NPS)
    "Home feed": {
        "neg": ["home feed keeps showing places that are closed, so annoying", "Same 5 burger chains on the home screen every single day",
                "half the restaurants on the home page dont even deliver to me", "home feed full of ads not food i want"],
        "pos": ["love the order again rail on the home screen", "Home feed suggestions are actually pretty good lately",
                "found a new thai place from the home page, nice"],
        "neu": ["home screen is fine i guess", "ok selection on the home feed"]},
    "Search and filters": {
        "neg": ["filters reset every time i go back, have to set vegan again", "searched gluten free and got a pizza place with no GF options",
                "search for 'pho' shows sushi?? search is broken", "dietary filter is useless, wrong places every time"],
        "pos": ["search by dish is great, found ramen fast", "filters work well for delivery time"],
        "neu": ["search ok, could be faster", "filters are alright"]},
    "Restaurant menu page": {
        "neg": ["ordered something marked available and restaurant said its sold out", "photos look nothing like what arrived",
                "allergen info missing on half the menu"],
        "pos": ["menu photos are clear and allergens listed, great", "love seeing the popular dishes on the menu page"],
        "neu": ["menu fine", "menu page ok but long"]},
    "Basket fee breakdown": {
        "neg": ["service fee only shows up at the very end, feels sneaky", "why is there a small order fee AND a delivery fee",
                "£4 in fees on a £12 order, ridiculous", "the fees pop up at checkout, basket looked way cheaper before",
                "surprise service fee again. deleting the app", "fee breakdown is confusing, what even is the 'service fee'",
                "hidden fees at checkout, every time"],
        "pos": ["fee breakdown is clear, at least i know what im paying", "nice that the delivery fee was free this time"],
        "neu": ["fees are what they are", "ok fees, a bit high"]},
    "Promo code field": {
        "neg": ["promo code says not eligible and doesnt say why", "discount code vanished when i added a drink",
                "referral code never works", "code rejected, support couldnt explain"],
        "pos": ["promo code worked first time, thanks", "easy to add my discount code"],
        "neu": ["promo field fine", "code applied after a couple tries"]},
    "Payment sheet": {
        "neg": ["3d secure popup timed out and i had to start again", "card got declined but bank says fine"],
        "pos": ["paying with saved card takes 2 secs, great", "checkout payment is super quick", "paypal option is handy"],
        "neu": ["payment ok", "payment step fine"]},
    "Order confirmation screen": {
        "neg": ["waited 6 mins on 'waiting for restaurant' with no info", "no confirmation email this time"],
        "pos": ["clear confirmation straight away", "good that it shows the restaurant accepted"],
        "neu": ["confirmation fine", "ok"]},
    "Prep time estimate": {
        "neg": ["said 10 min prep, was more like 35", "prep estimate keeps going up and up", "kitchen estimate is a fantasy on fridays",
                "estimate said ready at 7:10, courier collected at 7:45", "prep time estimate always late at peak"],
        "pos": ["prep estimate was spot on tonight", "food was ready when it said"],
        "neu": ["estimate roughly right", "prep time a bit off but fine"]},
    "Live courier map": {
        "neg": ["map froze for 10 mins in my area", "courier icon stuck on the map"],
        "pos": ["LOVE the live map, can see exactly where my food is", "live courier map is the best bit of the app",
                "tracking map is brilliant, so reassuring", "watching the little bike on the map never gets old",
                "map tracking super accurate, knew when to go downstairs", "the live map is great, way better than other apps",
                "real time map = no more waiting by the window"],
        "neu": ["map works", "tracking ok"]},
    "ETA push notifications": {
        "neg": ["got the 'courier nearby' push after he'd already left", "push ETAs are always behind the map",
                "too many promo pushes mixed with my order updates"],
        "pos": ["push updates are useful", "like the delivered notification"],
        "neu": ["notifications fine", "pushes ok"]},
    "Courier arrival and handoff": {
        "neg": ["courier couldnt find my address and just left", "rider didnt ring or call, food sat outside",
                "courier went to wrong building, address was clear", "driver couldn't find the entrance to our flats again"],
        "pos": ["courier was really friendly", "rider found us no problem, very polite"],
        "neu": ["handoff fine", "delivery ok"]},
    "Contactless drop-off photo": {
        "neg": ["drop off photo shows someone elses door", "photo was just a blur"],
        "pos": ["photo of the drop off is really helpful", "love the contactless photo"],
        "neu": ["photo ok", "fine"]},
    "Sealed bag check": {
        "neg": ["bag sticker was broken, didnt feel safe", "drink spilled all over the bag", "food arrived cold and soggy"],
        "pos": ["sealed bag makes me trust it", "good packaging, still hot"],
        "neu": ["bag ok", "packaging fine"]},
    # after-order-help (CSAT)
    "Help centre order issue flow": {
        "neg": ["took 8 taps to even say what was wrong", "no option for 'whole order was wrong'", "help flow is hidden in order history"],
        "pos": ["reporting was quick and easy", "issue flow straightforward"],
        "neu": ["flow ok", "reporting fine"]},
    "Missing item report": {
        "neg": ["drinks missing AGAIN, third time this month", "sauces missing every time, only refunded 50p",
                "my fries were missing and it only refunded half", "missing drink and dip, had to take photos of the bag??",
                "the coke was missing and the garlic sauce too", "missing items every week from this place, drinks mostly",
                "missing side of fries, refund was tiny"],
        "pos": ["reported a missing drink and got refunded straight away", "missing item refund was instant, great"],
        "neu": ["reported missing sauce, got some credit", "ok process for missing items"]},
    "Refund to card": {
        "neg": ["refund takes 5-7 working days?? you took the money instantly", "still waiting on my refund after 9 days",
                "refund to card never arrived, no update", "refund confirmation email then nothing for a week",
                "why does a refund take a week", "waiting forever for refund, bank has nothing", "refund slow as usual"],
        "pos": ["refund came back in 2 days, fair", "refund was quick this time"],
        "neu": ["refund arrived eventually", "refund ok but slow-ish"]},
    "Account credit voucher": {
        "neg": ["credit expires in 30 days, useless", "i wanted cash not credit"],
        "pos": ["instant credit is nice, used it the same night", "credit voucher was fair and instant"],
        "neu": ["credit fine", "took the credit, ok"]},
    "Support chatbot": {
        "neg": ["bot keeps looping the same answer", "no way to reach a human from the chatbot", "chatbot useless, just links to faq",
                "the bot asked me the same question 3 times"],
        "pos": ["bot sorted my refund in a minute", "chatbot handled it ok"],
        "neu": ["bot is ok for simple stuff", "bot fine"]},
    "Agent live chat": {
        "neg": ["waited 20 mins for an agent"],
        "pos": ["agent was lovely and sorted everything", "live chat agent refunded me straight away, top service",
                "Priya in chat was super helpful", "human agent fixed it in 2 mins", "great agent, really understanding"],
        "neu": ["agent ok", "chat was fine eventually"]},
    "Courier complaint form": {
        "neg": ["reported a rude courier and heard nothing back", "courier marked delivered but never came, form goes nowhere",
                "complaint form feels like a black hole"],
        "pos": ["got a reply about the courier complaint, appreciated"],
        "neu": ["form easy to fill", "submitted complaint"]},
    "Late delivery compensation": {
        "neg": ["40 mins late and got £1 credit, insulting", "was late but didnt qualify for compensation??"],
        "pos": ["auto credit for late order, nice touch", "didnt even have to ask for late credit"],
        "neu": ["got small credit", "compensation ok"]},
    "Order rating prompt": {
        "neg": ["rating prompt popped up before food arrived"],
        "pos": ["quick rating, easy", "rating prompt fine and quick"],
        "neu": ["rated", "ok"]},
    "Reorder button": {
        "neg": ["reorder failed cause one item sold out"],
        "pos": ["reorder button is so handy", "one tap reorder on friday nights, love it", "reorder = best feature"],
        "neu": ["reorder fine", "used reorder"]},
}

PLUS_FEE = ["im a Plus member and still paying a service fee?? what am i paying Plus for",
            "plus membership says free delivery but the fees at checkout say otherwise",
            "paying for plus and still getting service + small order fee, cancelling",
            "as a plus member the fee breakdown makes no sense",
            "Plus used to mean no fees, now theres a service fee on everything"]
APPLE_PAY = ["apple pay keeps failing at checkout since the update", "Apple Pay spinning then 'payment failed', tried 3 times",
             "apple pay charged me twice and order didnt go through", "cant pay with apple pay anymore??",
             "apple pay broken on ios, had to type my card in", "payment failed with apple pay, order lost",
             "apple pay error again tonight", "since last week apple pay just fails"]

# (journey, stage, touchpoint, weight, p_pos, p_neg)
TP1 = [(s["name"], t["name"]) for s in J1["stages"] for t in s["touchpoints"]]
TP2 = [(s["name"], t["name"]) for s in J2["stages"] for t in s["touchpoints"]]
P1 = {"Home feed": (12, .40, .30), "Search and filters": (10, .35, .40), "Restaurant menu page": (10, .45, .30),
      "Basket fee breakdown": (27, .10, .74), "Promo code field": (10, .30, .50), "Payment sheet": (11, .50, .20),
      "Order confirmation screen": (8, .50, .20), "Prep time estimate": (11, .20, .55), "Live courier map": (18, .85, .05),
      "ETA push notifications": (10, .40, .35), "Courier arrival and handoff": (14, .35, .45),
      "Contactless drop-off photo": (7, .60, .20), "Sealed bag check": (7, .45, .30)}
P2 = {"Help centre order issue flow": (12, .35, .40), "Missing item report": (17, .20, .62), "Refund to card": (19, .08, .66),
      "Account credit voucher": (9, .55, .25), "Support chatbot": (13, .15, .62), "Agent live chat": (15, .75, .08),
      "Courier complaint form": (7, .20, .55), "Late delivery compensation": (7, .35, .40),
      "Order rating prompt": (5, .60, .10), "Reorder button": (7, .80, .05)}
SEG1 = ["New customer", "Regular", "Plus member", "Corporate"]
SEG1_W = [25, 40, 25, 10]
SEG2 = ["New customer", "Regular", "Plus member"]
SEG2_W = [30, 45, 25]

SLANG = [("you", "u"), ("because", "cuz"), ("please", "pls"), ("really", "rly"), ("and", "&"), ("the ", "teh ")]


def noisy(text):
    r = rng.random()
    if r < 0.15:
        text = text.lower().replace("'", "")
    elif r < 0.25:
        a, b = rng.choice(SLANG)
        text = text.replace(a, b, 1)
    elif r < 0.32:
        text = text + rng.choice(["!!", " :(", " smh", " tbh", "..."])
    elif r < 0.38 and len(text) > 25:
        # duplicate-letter typo in a random long word (never in theme words)
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.lower() not in
               {"apple", "refund", "missing", "drinks", "sauces", "service", "courier", "address", "chatbot", "credit"}]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            text = " ".join(words)
    return text


def nps_score(sent):
    if sent == "pos":
        return rng.choice([9, 9, 10, 10, 10])
    if sent == "neu":
        return rng.choice([7, 8])
    return rng.choice([0, 1, 2, 3, 3, 4, 5, 5, 6, 6])


def csat_score(sent):
    if sent == "pos":
        return rng.choice([4, 5, 5])
    if sent == "neu":
        return 3
    return rng.choice([1, 1, 2, 2, 2])


def when(w):
    d = WEEKS[w] + dt.timedelta(days=rng.randrange(7))
    return dt.datetime(d.year, d.month, d.day, rng.choice([12, 13, 18, 19, 19, 20, 20, 21, 22]), rng.randrange(60))


QUOTA = {}


def pick_sent(pp, pn, key):
    """Quota-based pick: keeps each key's sentiment mix close to the intended shares (deterministic, low noise)."""
    c = QUOTA.setdefault(key, {"n": 0, "pos": 0, "neg": 0, "neu": 0})
    c["n"] += 1
    want = {"pos": pp, "neg": pn, "neu": max(0.0, 1 - pp - pn)}
    deficit = {k: want[k] * c["n"] - c[k] + rng.uniform(0, 0.35) for k in want}
    k = max(deficit, key=deficit.get)
    c[k] += 1
    return k


rows1 = []  # order-to-door, in-app NPS survey (canonical columns)
names1 = list(P1)
w1 = [P1[n][0] for n in names1]
stage_of1 = {t: s for s, t in TP1}
for w in range(12):
    for _ in range(21):
        tp = rng.choices(names1, w1)[0]
        seg = rng.choices(SEG1, SEG1_W)[0]
        _, pp, pn = P1[tp]
        key = tp
        if seg == "Plus member" and tp in ("Basket fee breakdown", "Promo code field"):
            key = (tp, seg)
            pp, pn = pp * 0.3, 0.92 - pp * 0.3
        elif seg == "Corporate" and tp in ("Basket fee breakdown", "Promo code field"):
            key = (tp, seg)
            pp, pn = pp + 0.35, max(0.1, pn - 0.4)  # expensed orders: fees hurt less
        sent = pick_sent(pp, pn, key)
        if tp == "Basket fee breakdown" and seg == "Plus member" and sent == "neg" and rng.random() < 0.7:
            text = rng.choice(PLUS_FEE)
        else:
            text = rng.choice(T[tp][sent])
        rows1.append(dict(date=when(w), stage=stage_of1[tp], touchpoint=tp, score=nps_score(sent), segment=seg,
                          comment=noisy(text), week=w, kind="normal"))
    if w >= 9:  # emerging: Apple Pay failures only in the last 3 weeks
        for _ in range({9: 4, 10: 6, 11: 7}[w]):
            seg = rng.choices(SEG1, SEG1_W)[0]
            rows1.append(dict(date=when(w), stage="Basket and checkout", touchpoint="Payment sheet",
                              score=rng.choice([0, 1, 2, 2, 3, 4]), segment=seg,
                              comment=noisy(rng.choice(APPLE_PAY)), week=w, kind="normal"))
# real-export oddities
for w, txt, tp, sc in [(2, "", "Home feed", ""), (5, "...", "Home feed", ""), (8, "-", "Search and filters", ""),
                       (3, "courier couldnt find the flat, call me on 07700 900123 next time pls", "Courier arrival and handoff", 8),
                       (7, "email me at sam.k.delivers@example.com about my order, rider was fine", "Courier arrival and handoff", 7)]:
    rows1.append(dict(date=when(w), stage=stage_of1[tp], touchpoint=tp, score=sc, segment="Regular", comment=txt, week=w,
                      kind="odd"))
rows1.sort(key=lambda r: r["date"])
for i, r in enumerate(rows1, 1):
    r["id"] = f"iap-{i:04d}"

rows2 = []  # after-order-help, Qualtrics CSAT export
names2 = list(P2)
w2 = [P2[n][0] for n in names2]
stage_of2 = {t: s for s, t in TP2}
for w in range(12):
    for _ in range(12):
        tp = rng.choices(names2, w2)[0]
        seg = rng.choices(SEG2, SEG2_W)[0]
        _, pp, pn = P2[tp]
        if tp == "Refund to card":  # gets worse over the quarter
            pn = min(0.9, pn + 0.025 * w)
            pp = max(0.04, pp - 0.005 * w)
        sent = pick_sent(pp, pn, (tp, w // 3))
        text = rng.choice(T[tp][sent])
        if tp == "Refund to card" and sent == "neg" and w >= 6 and rng.random() < 0.4:
            text = rng.choice(["refund has been 10 days now, unacceptable", "refunds getting slower every week",
                               "two weeks no refund, i'll do a chargeback"])
        rows2.append(dict(date=when(w), stage=stage_of2[tp], touchpoint=tp, score=csat_score(sent), segment=seg,
                          comment=noisy(text), week=w, kind="normal"))
for w, txt, tp, sc in [(4, "   ", "Order rating prompt", ""), (9, "?!", "Order rating prompt", ""),
                       (6, "agent said they'd call back on +44 7700 900456, nobody did. ok otherwise", "Agent live chat", 3),
                       (10, "pls send the voucher to jo.baker77@example.org instead", "Account credit voucher", 3)]:
    rows2.append(dict(date=when(w), stage=stage_of2[tp], touchpoint=tp, score=sc, segment="Regular", comment=txt, week=w,
                      kind="odd"))
rows2.sort(key=lambda r: r["date"])
for i, r in enumerate(rows2, 1):
    r["id"] = f"R_{rng.getrandbits(40):010x}{i:03d}"

# ----------------------------------------------------------------- KPIs


def series(start, end, noise, nd=1, shape=None):
    out = []
    for i in range(12):
        base = start + (end - start) * (i / 11 if shape is None else shape(i))
        out.append(round(base + rng.uniform(-noise, noise), nd))
    return out


KPIS = [
    # metric, journey, stage, touchpoint, unit, target, hib(None=default), values
    ("order_conversion_rate", "Order to door", "Basket and checkout", "", "%", 22.0, None, series(18.2, 23.9, 0.25)),
    ("cart_abandonment_rate", "Order to door", "Basket and checkout", "Basket fee breakdown", "%", 60.0, None, series(68.5, 66.2, 0.6)),
    ("payment_failure_rate", "Order to door", "Basket and checkout", "Payment sheet", "%", 2.0, False,
     [1.7, 1.6, 1.8, 1.7, 1.5, 1.6, 1.8, 1.7, 1.6, 3.4, 4.8, 5.6]),
    ("avg_prep_time", "Order to door", "Restaurant prep", "Prep time estimate", "min", 15.0, None, series(17.8, 17.2, 0.5)),
    ("on_time_delivery_rate", "Order to door", "Live tracking", "", "%", 90.0, None, series(86.1, 88.9, 0.6)),
    ("avg_delivery_time", "Order to door", "Doorstep handoff", "Courier arrival and handoff", "min", 32.0, None, series(36.4, 33.1, 0.3)),
    ("csat", "Order to door", "", "", "%", 85.0, None, series(81.5, 82.8, 0.5)),
    ("app_store_rating", "Order to door", "", "", "stars", 4.5, None, series(4.35, 4.15, 0.02, nd=2)),
    ("missing_item_rate", "After-order help", "Report a problem", "Missing item report", "%", 2.5, False, series(4.0, 4.3, 0.25)),
    ("refund_processing_time", "After-order help", "Refunds and credits", "Refund to card", "hours", 48.0, None, series(52.0, 88.0, 1.5)),
    ("chat_wait_time", "After-order help", "Live chat support", "Agent live chat", "s", 60.0, None, series(96.0, 71.0, 3.0, nd=0)),
    ("first_contact_resolution_rate", "After-order help", "Live chat support", "", "%", 75.0, None, series(64.2, 68.1, 0.7)),
    ("reorder_rate", "After-order help", "Rate and reorder", "Reorder button", "%", 40.0, None, series(36.8, 37.9, 0.5)),
    ("csat", "After-order help", "", "", "%", 80.0, None, series(72.4, 65.9, 0.5)),
]


def write_all():
    with open(os.path.join(K, "maps", "order-to-door.yaml"), "w") as f:
        yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=120)
    with open(os.path.join(K, "maps", "after-order-help.json"), "w") as f:
        json.dump(J2, f, indent=2, ensure_ascii=False)

    with open(os.path.join(K, "comments", "in_app_nps_survey.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "app_version", "comment"])
        for r in rows1:
            ver = "7.14" if r["week"] < 9 else "7.15"
            wr.writerow([r["id"], r["date"].strftime("%Y-%m-%dT%H:%M:00"), "Order to door", r["stage"], r["touchpoint"], "app",
                         r["score"], "nps" if r["score"] != "" else "", r["segment"], ver, r["comment"]])

    with open(os.path.join(K, "comments", "qualtrics_support_export.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["ResponseId", "RecordedDate", "Journey_Name", "Stage_Name", "Touchpoint_Name", "Q1_Satisfaction",
                     "ScoreScale", "CustomerType", "Platform", "Q3_OpenText"])
        for r in rows2:
            wr.writerow([r["id"], r["date"].strftime("%d/%m/%Y %H:%M"), "After-order help", r["stage"], r["touchpoint"],
                         r["score"], "csat" if r["score"] != "" else "", r["segment"], rng.choice(["iOS", "Android"]), r["comment"]])
    with open(os.path.join(K, "comments", "qualtrics_support_export.mapping.yaml"), "w") as f:
        yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                        "columns": {"id": "ResponseId", "comment": "Q3_OpenText", "date": "RecordedDate",
                                    "journey": "Journey_Name", "stage": "Stage_Name", "touchpoint": "Touchpoint_Name",
                                    "score": "Q1_Satisfaction", "score_type": "ScoreScale", "segment": "CustomerType"}},
                       f, sort_keys=False)

    with open(os.path.join(K, "kpis", "weekly_kpis.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["date", "metric", "value", "target", "unit", "higher_is_better", "journey", "stage", "touchpoint"])
        for m, j, s, t, u, tg, hib, vals in KPIS:
            for i, v in enumerate(vals):
                wr.writerow([WEEKS[i].isoformat(), m, v, tg, u, "" if hib is None else str(hib).lower(), j, s, t])


write_all()

# ----------------------------------------------------------------- figures


def fmt(x, nd=1):
    x = round(x + (1e-9 if x >= 0 else -1e-9), nd)
    s = f"{x:.{nd}f}"
    return s


def nps(scores):
    scores = [s for s in scores if s != ""]
    pro = sum(1 for s in scores if s >= 9)
    det = sum(1 for s in scores if s <= 6)
    return 100.0 * (pro - det) / len(scores), len(scores)


def csat(scores):
    scores = [s for s in scores if s != ""]
    return 100.0 * sum(1 for s in scores if s >= 4) / len(scores), len(scores)


def safe_mean(vals):
    m = sum(vals) / len(vals)
    frac = abs(m * 10) % 1
    assert abs(frac - 0.5) > 0.02, ("mean sits on a rounding boundary", m)
    return m


def kpi(metric, journey=None):
    for m, j, s, t, u, tg, hib, vals in KPIS:
        if m == metric and (journey is None or j == journey):
            return vals, tg, u
    raise KeyError(metric)


def clean(rows):
    # every row that carries a score counts (contact-data rows are stored redacted, with their score)
    return [r for r in rows if r["score"] != ""]


R1, R2 = clean(rows1), clean(rows2)
facts = {}


def tpid(j, s, t=None):
    return f"{j}/{slug(s)}" + (f"/{slug(t)}" if t else "")


# derived scores
facts["nps_fee"] = nps([r["score"] for r in R1 if r["touchpoint"] == "Basket fee breakdown"])
facts["nps_track_stage"] = nps([r["score"] for r in R1 if r["stage"] == "Live tracking"])
facts["csat_refund"] = csat([r["score"] for r in R2 if r["touchpoint"] == "Refund to card"])
facts["nps_plus_checkout"] = nps([r["score"] for r in R1 if r["stage"] == "Basket and checkout" and r["segment"] == "Plus member"])
facts["nps_other_checkout"] = nps([r["score"] for r in R1 if r["stage"] == "Basket and checkout" and r["segment"] != "Plus member"])
facts["nps_plus_fee"] = nps([r["score"] for r in R1 if r["touchpoint"] == "Basket fee breakdown" and r["segment"] == "Plus member"])
seg_checkout = {sg: nps([r["score"] for r in R1 if r["stage"] == "Basket and checkout" and r["segment"] == sg]) for sg in SEG1}
seg_other_stages = {sg: nps([r["score"] for r in R1 if r["stage"] != "Basket and checkout" and r["segment"] == sg]) for sg in SEG1}

# rankings
from collections import Counter

neg1 = Counter(r["touchpoint"] for r in R1 if r["score"] <= 6)
neg2 = Counter(r["touchpoint"] for r in R2 if r["score"] <= 2)
tp_nps1 = {t: nps([r["score"] for r in R1 if r["touchpoint"] == t]) for _, t in TP1}
stage_csat2 = {s["name"]: csat([r["score"] for r in R2 if r["stage"] == s["name"]]) for s in J2["stages"]}
pos2 = Counter(r["touchpoint"] for r in R2 if r["score"] >= 4)
applepay_weeks = sorted({r["week"] for r in R1 if "apple pay" in r["comment"].lower()})
assert applepay_weeks == [9, 10, 11], applepay_weeks

QA = {}


def q(kind, question, sources, figures=()):
    QA.setdefault(kind, []).append({"question": question, "kind": kind, "sources": list(sources),
                                    "figures": [str(x) for x in figures], "abstain": False})


O = "order-to-door"
A = "after-order-help"
FEE = "touchpoint:" + tpid(O, "Basket and checkout", "Basket fee breakdown")
REF = "touchpoint:" + tpid(A, "Refunds and credits", "Refund to card")
PAY = "touchpoint:" + tpid(O, "Basket and checkout", "Payment sheet")
MAPT = "touchpoint:" + tpid(O, "Live tracking", "Live courier map")

q("pain_points", "whats annoying ppl about the fees in the basket?", [FEE, "comment~fee"])
q("pain_points", "main pain pts w/ refund to card pls", [REF, "comment~refund"])
q("pain_points", "support chatbot complaints?", ["touchpoint:" + tpid(A, "Live chat support", "Support chatbot"), "comment~bot"])

q("touchpoints", "what touchpoints r in live tracking", ["stage:" + tpid(O, "Live tracking")], ["Live courier map", "ETA push notifications"])
q("touchpoints", "list the touchpoints for refunds & credits stage", ["stage:" + tpid(A, "Refunds and credits")], ["Refund to card", "Account credit voucher"])
q("touchpoints", "touchpoints in doorstep handoff?", ["stage:" + tpid(O, "Doorstep handoff")],
  ["Courier arrival and handoff", "Contactless drop-off photo", "Sealed bag check"])

q("owner", "who owns the promo code field", ["touchpoint:" + tpid(O, "Basket and checkout", "Promo code field")], ["Promotions team"])
q("owner", "whos responsible for refund to card", [REF], ["Payments Ops"])
q("owner", "owner of courier complaint form?", ["touchpoint:" + tpid(A, "Courier incident", "Courier complaint form")], ["Courier Trust and Safety"])

q("goal", "whats the goal of basket and checkout stage", ["stage:" + tpid(O, "Basket and checkout")], ["surprise fees"])
q("goal", "goal for the report a problem stage?", ["stage:" + tpid(A, "Report a problem")], ["under a minute"])
q("goal", "what r we trying to achieve at doorstep handoff", ["stage:" + tpid(O, "Doorstep handoff")], ["hot"])

v = kpi("payment_failure_rate")[0]
q("latest_kpi", "payment failure rate atm?", ["kpi~payment_failure_rate"], [fmt(v[-1])])
v = kpi("on_time_delivery_rate")[0]
q("latest_kpi", "on time delivery % now?", ["kpi~on_time_delivery_rate"], [fmt(v[-1])])
v = kpi("refund_processing_time")[0]
q("latest_kpi", "refund processing time latest wk", ["kpi~refund_processing_time"], [fmt(v[-1])])

v = kpi("order_conversion_rate")[0]
q("kpi_change", "how much has order conversion gone up over the 12 wks (first wk vs latest)", ["kpi~order_conversion_rate"], [fmt(v[-1] - v[0])])
v = kpi("refund_processing_time")[0]
q("kpi_change", "refund processing time change since the week of 7 sept?", ["kpi~refund_processing_time"], [fmt(v[-1] - v[0])])
v = kpi("csat", "After-order help")[0]
oct_i = WEEKS.index(dt.date(2026, 10, 5))
q("kpi_change", "how much did after-order help csat drop since october (wk of 5 oct vs now)", ["kpi~csat"], [fmt(v[oct_i] - v[-1])])

v = kpi("chat_wait_time")[0]
q("kpi_window", "avg chat wait time last 6 weeks", ["kpi~chat_wait_time"], [fmt(safe_mean(v[-6:]))])
v = kpi("on_time_delivery_rate")[0]
q("kpi_window", "avg on time delivery rate over the last 5 wks?", ["kpi~on_time_delivery_rate"], [fmt(safe_mean(v[-5:]))])
v = kpi("missing_item_rate")[0]
q("kpi_window", "whats the avg missing item rate in the last 6 weeks", ["kpi~missing_item_rate"], [fmt(safe_mean(v[-6:]))])

va = kpi("csat", "Order to door")[0]
vb = kpi("csat", "After-order help")[0]
q("comparison", "csat order to door vs after-order help now", ["kpi~csat"], [fmt(va[-1]), fmt(vb[-1])])
v, tg, _ = kpi("first_contact_resolution_rate")
q("comparison", "first contact resolution vs target atm", ["kpi~first_contact_resolution_rate"], [fmt(v[-1]), fmt(tg)])
v = kpi("avg_delivery_time")[0]
q("comparison", "avg delivery time now vs the first week we tracked", ["kpi~avg_delivery_time"], [fmt(v[-1]), fmt(v[0])])

top_neg1 = neg1.most_common(2)
assert top_neg1[0][1] > top_neg1[1][1] + 3, top_neg1
q("ranking", "which touchpoint gets the most negative comments in the order journey", [
    "touchpoint:" + tpid(O, stage_of1[top_neg1[0][0]], top_neg1[0][0])], [top_neg1[0][0]])
worst_stage2 = sorted(stage_csat2.items(), key=lambda kv: kv[1][0])
assert worst_stage2[1][1][0] - worst_stage2[0][1][0] > 3, worst_stage2
q("ranking", "which after-order help stage has the worst csat from the survey comments?", [
    "stage:" + tpid(A, worst_stage2[0][0])], [worst_stage2[0][0]])
top_neg2 = neg2.most_common(2)
assert top_neg2[0][1] > top_neg2[1][1] + 2, top_neg2
q("ranking", "top complained-about touchpoint in after order help?", [
    "touchpoint:" + tpid(A, stage_of2[top_neg2[0][0]], top_neg2[0][0])], [top_neg2[0][0]])

worst_seg = min(seg_checkout, key=lambda s: seg_checkout[s][0])
assert worst_seg == "Plus member"
q("segment", "which customer segment is least happy at basket & checkout", ["stage:" + tpid(O, "Basket and checkout"), "comment~plus"], ["Plus"])
q("segment", "nps for plus members at checkout vs everyone else? (from comments)", ["stage:" + tpid(O, "Basket and checkout"), "comment~plus"],
  [fmt(facts["nps_plus_checkout"][0], 0), fmt(facts["nps_other_checkout"][0], 0)])
q("segment", "plus members nps on the fee breakdown specifically", [FEE, "comment~plus"], [fmt(facts["nps_plus_fee"][0], 0)])

q("derived_score", "nps from survey comments for the basket fee breakdown?", [FEE], [fmt(facts["nps_fee"][0], 0)])
def int_ok(x):
    """an integer figure must survive a 1-decimal answer too (53.49 -> '53.5' would round to 54)"""
    r1 = float(fmt(x, 1))
    return round(abs(r1) + 1e-9) == round(abs(x) + 1e-9)


for st in ["Live tracking", "Doorstep handoff", "Restaurant prep", "Browse and discover"]:
    val = nps([r["score"] for r in R1 if r["stage"] == st])
    if int_ok(val[0]):
        facts["nps_stage_q"] = val
        q("derived_score", f"whats the comment nps for the {st.lower()} stage", ["stage:" + tpid(O, st)], [fmt(val[0], 0)])
        break
for k in ["nps_fee", "csat_refund", "nps_plus_checkout", "nps_other_checkout", "nps_plus_fee"]:
    assert int_ok(facts[k][0]), (k, facts[k])
q("derived_score", "csat for refund to card based on the survey scores", [REF], [fmt(facts["csat_refund"][0], 0)])

q("themes", "what themes come up in missing item reports", ["touchpoint:" + tpid(A, "Report a problem", "Missing item report"), "comment~missing"], ["drinks", "sauce"])
q("themes", "common themes in courier handoff feedback", ["touchpoint:" + tpid(O, "Doorstep handoff", "Courier arrival and handoff"), "comment~courier"], ["address"])
q("themes", "recurring themes in prep time estimate comments?", ["touchpoint:" + tpid(O, "Restaurant prep", "Prep time estimate"), "comment~estimate"], [])

best_nps1 = max(tp_nps1, key=lambda t: tp_nps1[t][0])
assert best_nps1 == "Live courier map"
top_pos2 = pos2.most_common(2)
assert top_pos2[0][0] == "Agent live chat" and top_pos2[0][1] > top_pos2[1][1] + 2, top_pos2
q("praise", "what do customers love most about the app?", [MAPT, "comment~map"], ["map"])
q("praise", "any positive feedback in after-order help? what's working", ["touchpoint:" + tpid(A, "Live chat support", "Agent live chat"), "comment~agent"], ["agent"])
q("praise", "which touchpoint has the best nps in the order journey", [MAPT], ["Live courier map"])

q("emerging", "anything new blowing up in the last couple weeks?", ["comment~apple pay", PAY], ["Apple Pay"])
q("emerging", "payment failure rate spiked recently - whats behind it?", ["comment~apple pay", "kpi~payment_failure_rate", PAY], ["Apple Pay"])
q("emerging", "new issues at the payment step since early nov?", ["comment~apple pay", PAY], ["Apple Pay"])

q("priority", "if we fix one thing in after-order help what should it be", [REF, "comment~refund", "kpi~refund_processing_time"], ["refund"])
q("priority", "biggest thing to fix in the ordering flow rn?", [FEE, "comment~fee"], ["fee"])
q("priority", "what should payments prioritise next sprint", [PAY, "comment~apple pay", "kpi~payment_failure_rate"], ["Apple Pay"])

q("paraphrase", "the bit where u type in a discount code - whats going wrong there", ["touchpoint:" + tpid(O, "Basket and checkout", "Promo code field")])
q("paraphrase", "when ppl tell us something wasnt in the bag, what do they complain abt", ["touchpoint:" + tpid(A, "Report a problem", "Missing item report"), "comment~missing"])
q("paraphrase", "the screen that tells u how long the kitchen needs - is it accurate acc to customers?", ["touchpoint:" + tpid(O, "Restaurant prep", "Prep time estimate")])

ABST = [
    "whats ubereats on time delivery rate atm?",
    "nps forecast for q2 2027?",
    "how much revenue did plus subscriptions make last month",
    "how many ppl in the customer care team rn? headcount",
    "avg order value this week?",
    "grocery delivery journey - where do ppl drop off?",
    "share price after the q3 results?",
    "deliveroo csat vs ours",
    "restaurant partner onboarding journey pain points pls",
    "courier churn rate last 4 wks",
]

# stratified random split: each kind split between halves, alternating which half gets the extra one
dev, held = [], []
kinds = sorted(QA)
rng2 = random.Random(SEED + 1)
for i, kd in enumerate(kinds):
    items = QA[kd][:]
    rng2.shuffle(items)
    a, b = (dev, held) if i % 2 == 0 else (held, dev)
    a.extend(items[:2])
    b.extend(items[2:])
ab = ABST[:]
rng2.shuffle(ab)
for i, t in enumerate(ab):
    (dev if i < 5 else held).append({"question": t, "kind": "abstain", "abstain": True})
rng2.shuffle(dev)
rng2.shuffle(held)
for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(ROOT, name), "w") as f:
        f.write(f"# fooddelivery blind base - {name.split('.')[0]} half; generated by scripts/build.py (seed {SEED})\n")
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=140)

# summary for README
summary = {
    "comments_in_app": len(rows1), "comments_qualtrics": len(rows2),
    "kpi_rows": sum(len(k[-1]) for k in KPIS), "kpi_metrics": len({k[0] for k in KPIS}),
    "dev": len(dev), "heldout": len(held),
    "facts": {k: [round(v[0], 1), v[1]] for k, v in facts.items()},
    "seg_checkout": {k: [round(v[0], 1), v[1]] for k, v in seg_checkout.items()},
    "seg_other_stages": {k: [round(v[0], 1), v[1]] for k, v in seg_other_stages.items()},
    "neg1": neg1.most_common(4), "neg2": neg2.most_common(4), "stage_csat2": {k: round(v[0], 1) for k, v in stage_csat2.items()},
    "pos2": pos2.most_common(3), "best_nps1": [best_nps1, round(tp_nps1[best_nps1][0], 1)],
}
print(json.dumps(summary, indent=1))
