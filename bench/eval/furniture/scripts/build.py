#!/usr/bin/env python3
"""Deterministic generator for the `furniture` blind evaluation base.

Writes knowledge/ (maps, comments, kpis), dev.yaml and heldout.yaml.
Run: python3 scripts/build.py   (seed fixed below)
"""
import csv, json, os, random, re, datetime as dt

SEED = 20261203
R = random.Random(SEED)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- maps
ONLINE = {
    "id": "online-order",
    "name": "Online order",
    "persona": "Home mover furnishing a new flat",
    "owner": "E-commerce team",
    "updated": "2026-09-01",
    "description": "Buying furniture on the website or app, through home delivery, assembly and aftercare.",
    "stages": [
        {"name": "Browse & inspire", "goal": "Find pieces that fit the room and the budget", "emotion": 1,
         "pain_points": ["Hard to judge real size from photos"],
         "touchpoints": [
             {"name": "Product pages", "channel": "website", "owner": "Digital merchandising",
              "description": "Product detail pages with photos, dimensions, materials and price.",
              "pain_points": ["Dimensions hidden in a tab", "Colours look different on screen"], "metrics": ["conversion_rate"]},
             {"name": "Room planner", "channel": "web app", "owner": "Digital product",
              "description": "3D tool to drop sofas and tables into a floor plan of your room.",
              "pain_points": ["Slow on mobile", "Cannot save a plan without an account"]},
             {"name": "Instagram and Pinterest ads", "channel": "social", "owner": "Brand marketing",
              "description": "Paid social ads showing room sets and seasonal collections.",
              "pain_points": ["Advertised item out of stock when clicked"]},
         ]},
        {"name": "Choose & compare", "goal": "Feel sure about size, fabric and quality before buying", "emotion": 0,
         "pain_points": ["Unsure about fabric feel and colour"],
         "touchpoints": [
             {"name": "Fabric swatch service", "channel": "post", "owner": "Customer experience",
              "description": "Free fabric and wood swatches posted to the customer's home.",
              "pain_points": ["Swatches take over a week to arrive"]},
             {"name": "Live chat advice", "channel": "chat", "owner": "Customer service",
              "description": "Chat with a product adviser about sizes, materials and lead times.",
              "pain_points": ["Long queue in the evenings", "Bot answers before a human"]},
             {"name": "Customer reviews", "channel": "website", "owner": "Digital merchandising",
              "description": "Star ratings and reviews with customer photos on each product.",
              "pain_points": ["Few reviews on new ranges"]},
         ]},
        {"name": "Checkout", "goal": "Pay quickly with the payment option that suits", "emotion": 0,
         "pain_points": ["Delivery cost only shown late"],
         "touchpoints": [
             {"name": "Basket and checkout", "channel": "website", "owner": "E-commerce platform team",
              "description": "Basket, delivery options, discount codes and card payment.",
              "pain_points": ["Delivery charge appears at the last step"], "metrics": ["cart_abandonment_rate"]},
             {"name": "Pay monthly finance", "channel": "website", "owner": "Finance partnerships",
              "description": "Interest-free credit application through a finance partner.",
              "pain_points": ["Application times out", "Soft search not explained"], "metrics": ["finance_approval_rate"]},
             {"name": "Order confirmation email", "channel": "email", "owner": "CRM team",
              "description": "Email confirming items, price and the expected delivery week.",
              "pain_points": ["Delivery week vague"]},
         ]},
        {"name": "Delivery", "goal": "Get the furniture on the day promised, undamaged", "emotion": -1,
         "pain_points": ["Delivery dates move", "Items arrive damaged"],
         "touchpoints": [
             {"name": "Delivery slot booking", "channel": "web and SMS", "owner": "Logistics planning",
              "description": "Customer picks a delivery day and gets a 4-hour window the evening before.",
              "pain_points": ["Slots rescheduled at short notice", "All-day windows"], "metrics": ["on_time_delivery_rate"]},
             {"name": "Delivery tracking", "channel": "SMS", "owner": "Logistics planning",
              "description": "Text messages and a tracking page with the driver's ETA.",
              "pain_points": ["ETA not updated when the van is late"]},
             {"name": "Two-person delivery crew", "channel": "in home", "owner": "Home delivery operations",
              "description": "Two-person crew carries items to the room of choice and removes packaging.",
              "pain_points": ["Damage in transit", "Crew will not take items upstairs"], "metrics": ["damaged_on_arrival_rate"]},
         ]},
        {"name": "Assembly & aftercare", "goal": "Have it assembled and get any problem fixed without a fight", "emotion": 0,
         "pain_points": ["Damage claims are slow"],
         "touchpoints": [
             {"name": "Assembly service", "channel": "in home", "owner": "Home services",
              "description": "Paid assembly of wardrobes, beds and units by trained fitters.",
              "pain_points": ["Must be booked separately from delivery"], "metrics": ["assembly_csat"]},
             {"name": "Damage claim form", "channel": "website", "owner": "Customer care",
              "description": "Online form to report damaged or faulty items with photos.",
              "pain_points": ["Asks for photos of every side and the box", "No update after submitting"]},
             {"name": "Returns collection", "channel": "in home", "owner": "Returns and reverse logistics",
              "description": "Booked collection of unwanted items within 30 days, refund after inspection.",
              "pain_points": ["Refund slow after collection"], "metrics": ["returns_processing_time"]},
         ]},
    ],
}

SHOWROOM = {
    "id": "showroom-purchase",
    "name": "Showroom purchase",
    "persona": "Couple buying a sofa or dining set in a showroom",
    "owner": "Retail operations",
    "updated": "2026-09-01",
    "description": "Visiting a showroom, designing and ordering, then delivery, installation and after-sales care.",
    "stages": [
        {"name": "Plan the visit", "goal": "Know what is on display and get a design appointment", "emotion": 0,
         "touchpoints": [
             {"name": "Store finder and stock check", "channel": "website", "owner": "Digital product",
              "description": "Find a showroom and see which pieces are on display there.",
              "pain_points": ["Display stock out of date"]},
             {"name": "Design appointment booking", "channel": "web and phone", "owner": "Showroom operations",
              "description": "Book a free one-hour session with an in-store designer.",
              "pain_points": ["No weekend slots for weeks"], "metrics": ["appointment_show_rate"]},
         ]},
        {"name": "Showroom visit", "goal": "See, touch and try the furniture", "emotion": 1,
         "touchpoints": [
             {"name": "Showroom floor staff", "channel": "in store", "owner": "Store management",
              "description": "Sales advisers on the shop floor.",
              "pain_points": ["Hard to find someone at weekends"]},
             {"name": "Room set displays", "channel": "in store", "owner": "Visual merchandising",
              "description": "Furnished room sets showing ranges together.",
              "pain_points": ["Display pieces marked but not orderable"]},
             {"name": "In-store catalogue kiosk", "channel": "in-store tablet", "owner": "Digital product",
              "description": "Tablets to browse the full range, fabrics and lead times.",
              "pain_points": ["Tablets frozen or offline"]},
         ]},
        {"name": "Design consultation", "goal": "Leave with a room plan and a firm quote", "emotion": 2,
         "touchpoints": [
             {"name": "Design consultation session", "channel": "in store", "owner": "Interior design team",
              "description": "One-to-one session with a designer: layout, fabrics, finishes.",
              "pain_points": ["Sessions overrun"], "metrics": ["quote_to_order_rate"]},
             {"name": "Written quote", "channel": "email", "owner": "Showroom sales",
              "description": "Itemised quote emailed after the session, valid 14 days.",
              "pain_points": ["Quote arrives days later"]},
         ]},
        {"name": "Order & payment", "goal": "Place the order and agree payment and lead time", "emotion": 0,
         "touchpoints": [
             {"name": "Showroom checkout desk", "channel": "in store", "owner": "Store operations",
              "description": "Order placed and deposit taken at the desk.",
              "pain_points": ["Queue at the desk on Saturdays"]},
             {"name": "In-store finance application", "channel": "in store", "owner": "Finance partnerships",
              "description": "Interest-free credit application done with an adviser.",
              "pain_points": ["Takes 40 minutes", "Needs ID and bank details people did not bring"]},
             {"name": "Made-to-order lead time", "channel": "in store", "owner": "Supply chain",
              "description": "Lead time promised for made-to-order sofas and dining sets (8-12 weeks).",
              "pain_points": ["Lead time slips after ordering"]},
         ]},
        {"name": "Delivery & installation", "goal": "Furniture delivered and installed in one visit", "emotion": -1,
         "touchpoints": [
             {"name": "Delivery booking call", "channel": "phone", "owner": "Logistics planning",
              "description": "Call to agree a delivery date once the order is ready.",
              "pain_points": ["Calls at random times", "Only weekday dates offered"], "metrics": ["on_time_delivery_rate"]},
             {"name": "Installation crew", "channel": "in home", "owner": "Home services",
              "description": "Crew delivers, unpacks and installs (e.g. sideboards wall-fixed).",
              "pain_points": ["Crew arrives without the right tools"]},
         ]},
        {"name": "After-sales care", "goal": "Damaged or faulty items replaced quickly; returns easy", "emotion": -1,
         "touchpoints": [
             {"name": "Customer care hotline", "channel": "phone", "owner": "Customer care",
              "description": "Phone line for order problems, damage and returns.",
              "pain_points": ["Long hold times", "Repeat calls needed"], "metrics": ["first_contact_resolution_rate"]},
             {"name": "Damaged item replacement", "channel": "phone and home visit", "owner": "Customer care",
              "description": "Technician visit or replacement part/item for damaged goods.",
              "pain_points": ["Replacement takes weeks", "Technician visit before replacement"], "metrics": ["damage_claim_resolution_days"]},
             {"name": "Return and refund", "channel": "phone", "owner": "Finance operations",
              "description": "Returns of non-custom items and refund of deposits.",
              "pain_points": ["Made-to-order items cannot be returned"]},
         ]},
    ],
}

os.makedirs(os.path.join(K, "maps"), exist_ok=True)
import yaml  # PyYAML from the project venv
with open(os.path.join(K, "maps", "online-order.yaml"), "w") as f:
    yaml.safe_dump(ONLINE, f, sort_keys=False, allow_unicode=True, width=200)
with open(os.path.join(K, "maps", "showroom-purchase.json"), "w") as f:
    json.dump(SHOWROOM, f, indent=2, ensure_ascii=False)


def tp_id(j, stage, tp=None):
    s = f"{j['id']}/{slug(stage)}"
    return s + (f"/{slug(tp)}" if tp else "")


# ---------------------------------------------------------------- time
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]  # Mondays, last = 2026-11-23
LAST3 = WEEKS[-3:]

# ---------------------------------------------------------------- comments
# Templates per touchpoint: (positive, neutral, negative). {x} fillers drawn randomly.
T = {
 ("online-order", "Browse & inspire", "Product pages"): (
   ["photos are great and the dimensions are clear", "loved the product pages, loads of pics", "easy to find what I wanted, good filters"],
   ["ok site, bit slow", "fine. found the sofa eventually", "product info is alright"],
   ["dimensions hidden in a tab, nearly bought a sofa that doesnt fit", "colour on screen looked grey, arrived beige", "pics dont show the real size at all"]),
 ("online-order", "Browse & inspire", "Room planner"): (
   ["room planner is genius, dropped the sofa in my floor plan", "planner helped us see the corner unit fits"],
   ["planner ok but fiddly", "used the 3d planner, its fine"],
   ["room planner crashes on my phone", "cant save my plan without making an account??", "planner so slow on mobile gave up"]),
 ("online-order", "Browse & inspire", "Instagram and Pinterest ads"): (
   ["saw it on insta, looked exactly like the ad", "nice ads tbh thats how I found you"],
   ["came from a pinterest pin", "ad was ok"],
   ["clicked the insta ad and the item was out of stock", "ad price was different from site price"]),
 ("online-order", "Choose & compare", "Fabric swatch service"): (
   ["free swatches were a lovely touch", "swatches came fast and helped us pick the velvet"],
   ["swatches arrived eventually", "got the swatches, ok"],
   ["waited 10 days for swatches", "swatch took over a week, bought elsewhere nearly"]),
 ("online-order", "Choose & compare", "Live chat advice"): (
   ["chat adviser was super helpful with measurements", "quick answer on chat about lead times"],
   ["chat was ok", "got an answer in the end"],
   ["chat queue 40 mins in the evening", "bot kept answering instead of a human", "live chat just disconnected me"]),
 ("online-order", "Choose & compare", "Customer reviews"): (
   ["reviews with customer photos really helped", "honest reviews, good to see"],
   ["reviews fine", "few reviews but ok"],
   ["no reviews on the new range at all", "reviews seem filtered tbh"]),
 ("online-order", "Checkout", "Basket and checkout"): (
   ["checkout was quick and easy", "paid in 2 mins no issues"],
   ["checkout ok", "normal checkout"],
   ["delivery charge only showed at the last step", "checkout kept logging me out", "had to re-enter address twice"]),
 ("online-order", "Checkout", "Pay monthly finance"): (
   ["finance approved in minutes, 0% was great", "pay monthly was painless"],
   ["finance took a while but fine", "did the credit thing, ok"],
   ["finance application timed out twice", "nobody said it was a soft search, got worried", "finance page froze"]),
 ("online-order", "Checkout", "Order confirmation email"): (
   ["clear confirmation email straight away", "got the email instantly"],
   ["email fine", "confirmation came through"],
   ["email just says delivery week 'TBC'", "confirmation had the wrong colour listed"]),
 ("online-order", "Delivery", "Delivery slot booking"): (
   ["picked a saturday slot, came on time", "slot booking easy"],
   ["slot ok eventually", "booked a slot, fine"],
   ["delivery slot rescheduled twice the night before", "waited all day, slot moved again", "they moved my delivery slot with 1 day notice, took a day off work for nothing",
    "booked a slot 3 weeks out then they rescheduled", "7am-7pm window is a joke", "rescheduled AGAIN. third time"]),
 ("online-order", "Delivery", "Delivery tracking"): (
   ["tracking texts were spot on", "loved the live ETA"],
   ["tracking ok", "got texts"],
   ["tracking said 10 mins for 3 hours", "ETA never updated when van was late"]),
 ("online-order", "Delivery", "Two-person delivery crew"): (
   ["delivery lads were great, took it upstairs", "crew careful and took all the packaging"],
   ["delivery fine", "they dropped it off"],
   ["sofa arrived damaged, big scratch on the leg", "crew refused to take the wardrobe upstairs", "box ripped and the table top was chipped", "arrived damaged, dented corner"]),
 ("online-order", "Assembly & aftercare", "Assembly service"): (
   ["assembly guys were brilliant, wardrobe up in an hour", "fitter was fab, tidy and quick", "assembly service worth every penny", "the assembly team were amazing, even levelled the bed",
    "fitters so polite and fast, 10/10", "assembly was the best bit honestly"],
   ["assembly ok", "fitter did the job"],
   ["had to book assembly separately from delivery, annoying"]),
 ("online-order", "Assembly & aftercare", "Damage claim form"): (
   ["claim sorted quickly", "easy to report the damage"],
   ["claim form ok", "submitted claim, waiting"],
   ["damage claim form wants photos of every side AND the box", "submitted claim 2 weeks ago no update", "claim form wont upload photos", "still no reply on my damage claim"]),
 ("online-order", "Assembly & aftercare", "Returns collection"): (
   ["collection was easy, refund quick", "returns painless"],
   ["return ok", "collected eventually"],
   ["refund took 3 weeks after collection", "missed collection, no call"]),
 # showroom
 ("showroom-purchase", "Plan the visit", "Store finder and stock check"): (
   ["stock check showed exactly what was in store", "store finder easy"],
   ["found the store fine", "ok"],
   ["website said the sofa was on display, it wasnt", "display stock list out of date"]),
 ("showroom-purchase", "Plan the visit", "Design appointment booking"): (
   ["booked a designer online in 2 mins", "easy to get an appointment"],
   ["booking ok", "got a slot"],
   ["no weekend appointments for 3 weeks", "booking line never answered"]),
 ("showroom-purchase", "Showroom visit", "Showroom floor staff"): (
   ["staff friendly and not pushy", "adviser knew the range really well"],
   ["staff ok", "found someone eventually"],
   ["couldnt find anyone to help on saturday", "staff chatting, ignored us"]),
 ("showroom-purchase", "Showroom visit", "Room set displays"): (
   ["room sets are gorgeous, very inspiring", "loved seeing it all styled together"],
   ["displays nice", "ok displays"],
   ["display piece not actually orderable", "half the room set was discontinued"]),
 ("showroom-purchase", "Showroom visit", "In-store catalogue kiosk"): (
   ["kiosk handy for fabrics", "tablet showed lead times, useful"],
   ["kiosk ok", "used the tablet"],
   ["tablet frozen", "kiosk offline again", "kiosks never work"]),
 ("showroom-purchase", "Design consultation", "Design consultation session"): (
   ["designer was amazing, totally got our style", "design session was brilliant, left with a full plan", "loved our designer, so patient", "the consultation was fantastic",
    "designer was a star, best part of the whole thing", "great ideas from the designer"],
   ["session ok, overran a bit", "designer fine"],
   ["session overran by an hour"]),
 ("showroom-purchase", "Design consultation", "Written quote"): (
   ["quote came same day, clear", "itemised quote v clear"],
   ["quote ok", "got the quote"],
   ["quote took 4 days to arrive", "quote had wrong fabric"]),
 ("showroom-purchase", "Order & payment", "Showroom checkout desk"): (
   ["ordering at the desk was quick", "desk staff lovely"],
   ["ok", "desk fine"],
   ["queued 30 mins at the desk on saturday", "only one person on the till"]),
 ("showroom-purchase", "Order & payment", "In-store finance application"): (
   ["finance done quickly with the adviser", "0% finance easy"],
   ["finance took a while", "ok"],
   ["finance took 40 minutes in store", "needed bank details we didnt have on us", "finance system down"]),
 ("showroom-purchase", "Order & payment", "Made-to-order lead time"): (
   ["sofa came earlier than promised!", "lead time as promised"],
   ["10 weeks as said", "lead time ok"],
   ["lead time went from 8 to 14 weeks after ordering", "made to order delay no explanation"]),
 ("showroom-purchase", "Delivery & installation", "Delivery booking call"): (
   ["booking call easy, got the date I wanted", "friendly call"],
   ["call ok", "got a date"],
   ["they only offer weekdays", "called me at 7am to book", "missed the call and couldnt get back through", "delivery date moved twice"]),
 ("showroom-purchase", "Delivery & installation", "Installation crew"): (
   ["installers were great, fixed the sideboard to the wall", "crew tidy and careful"],
   ["install ok", "they installed it"],
   ["crew came without a drill", "installers left packaging everywhere", "crew turned up outside the window, site was locked"]),
 ("showroom-purchase", "After-sales care", "Customer care hotline"): (
   ["sorted on the first call", "care team really helpful"],
   ["call ok", "got through eventually"],
   ["on hold 50 minutes", "had to call 4 times to get it sorted", "nobody calls back"]),
 ("showroom-purchase", "After-sales care", "Damaged item replacement"): (
   ["replacement arrived quickly", "technician fixed the scratch perfectly"],
   ["replacement ok", "waiting on part"],
   ["replacement sofa took 6 weeks", "technician visit first then replacement, 2 days off work", "damaged table still not replaced"]),
 ("showroom-purchase", "After-sales care", "Return and refund"): (
   ["deposit refunded quickly", "return easy"],
   ["refund ok", "fine"],
   ["cant return made to order, wasnt told", "refund of deposit took a month"]),
}
# sentiment probabilities (pos, neu, neg) per touchpoint; default below
P = {
 "Delivery slot booking": (0.07, 0.10, 0.83),
 "Damage claim form": (0.20, 0.30, 0.50),
 "Two-person delivery crew": (0.35, 0.25, 0.40),
 "Assembly service": (0.85, 0.10, 0.05),
 "Design consultation session": (0.85, 0.10, 0.05),
 "Customer care hotline": (0.25, 0.25, 0.50),
 "Damaged item replacement": (0.15, 0.20, 0.65),
 "In-store finance application": (0.30, 0.30, 0.40),
 "Delivery booking call": (0.40, 0.30, 0.30),
 "Installation crew": (0.50, 0.25, 0.25),
 "Room set displays": (0.65, 0.25, 0.10),
 "Showroom floor staff": (0.60, 0.20, 0.20),
}
DEFAULT_P = (0.45, 0.30, 0.25)
W = {  # weights (volume)
 "Delivery slot booking": 6, "Damage claim form": 4, "Two-person delivery crew": 4, "Assembly service": 4,
 "Basket and checkout": 3, "Customer care hotline": 4, "Damaged item replacement": 3, "Design consultation session": 4,
 "Delivery booking call": 5, "Installation crew": 4, "Showroom floor staff": 3,
}
PROMO_NEG = ["promo code wont apply at checkout", "black friday discount code not working!!", "the 20% promo code says invalid",
             "discount code removed itself at payment", "promo code error, gave up", "tried 3 times the promo code just fails",
             "BF code didnt work, called and they couldnt apply it either", "promo code not recognised, annoying"]
SEGMENTS_ON = ["First-time buyer", "Returning customer", "Trade account"]
SEGMENTS_SH = ["First-time buyer", "Returning customer", "Trade account"]
SLANG = ["", "", "", " tbh", " lol", " smh", " ngl", "!!", " :(", " :)", "..."]
TRADE_NEG_INSTALL = ["trade order for a hotel fit-out, crew missed the site window", "we're a trade account and delivery came on the wrong day for the site",
                     "as a trade customer I need a fixed time, got a 'sometime tuesday'", "trade delivery to site was half the order, rest 'to follow'",
                     "third trade install this quarter where the crew turned up late", "site delivery booked for 8am, arrived 3pm. trade account btw"]


def typo(s, r):
    if len(s) < 8 or r.random() > 0.25:
        return s
    i = r.randrange(1, len(s) - 2)
    if s[i].isalpha() and s[i + 1].isalpha():
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def style(s, r):
    s = typo(s, r)
    x = r.random()
    if x < 0.25:
        s = s.capitalize()
    elif x < 0.3:
        s = s.upper()
    return s + r.choice(SLANG)


def nps_score(sent, r):
    return {"pos": r.choice([9, 9, 10, 10, 8]), "neu": r.choice([7, 8, 6, 7]), "neg": r.choice([0, 1, 2, 3, 4, 5, 6, 3, 2])}[sent]


def csat_score(sent, r):
    return {"pos": r.choice([5, 5, 4]), "neu": r.choice([3, 4, 3]), "neg": r.choice([1, 2, 1, 2, 3])}[sent]


def gen(jmap, n, rng, segments, promo=False, trade=False):
    tps = [(st["name"], tp["name"]) for st in jmap["stages"] for tp in st["touchpoints"]]
    weights = [W.get(t, 2) for _, t in tps]
    rows = []
    for _ in range(n):
        week = rng.choice(WEEKS)
        day = week + dt.timedelta(days=rng.randrange(7))
        stage, tp = rng.choices(tps, weights)[0]
        seg = rng.choices(segments, [5, 4, 3])[0]
        p = P.get(tp, DEFAULT_P)
        # story: trade accounts very unhappy at showroom Delivery & installation
        if trade and stage == "Delivery & installation" and seg == "Trade account":
            p = (0.05, 0.10, 0.85)
        sent = rng.choices(["pos", "neu", "neg"], p)[0]
        pos, neu, neg = T[(jmap["id"], stage, tp)]
        text = rng.choice({"pos": pos, "neu": neu, "neg": neg}[sent])
        if trade and stage == "Delivery & installation" and seg == "Trade account" and sent == "neg" and rng.random() < 0.7:
            text = rng.choice(TRADE_NEG_INSTALL)
        if rng.random() < 0.15:  # long-ish comment
            text = text + ". " + rng.choice(["Otherwise happy with the furniture.", "Will think twice next time.",
                                             "The sofa itself is lovely though.", "Shame because the quality is good.",
                                             "Overall ok experience", "Told my friends about it."])
        rows.append(dict(date=day, stage=stage, touchpoint=tp, segment=seg, sent=sent, text=style(text, rng)))
    if promo:  # emerging issue: promo code failures, last 3 weeks only
        for i in range(16):
            week = LAST3[i % 3]
            day = week + dt.timedelta(days=rng.randrange(7))
            rows.append(dict(date=day, stage="Checkout", touchpoint="Basket and checkout",
                             segment=rng.choice(segments), sent="neg", text=style(rng.choice(PROMO_NEG), rng)))
    return rows


rng_on = random.Random(SEED + 1)
on_rows = gen(ONLINE, 215, rng_on, SEGMENTS_ON, promo=True)
rng_sh = random.Random(SEED + 2)
sh_rows = gen(SHOWROOM, 165, rng_sh, SEGMENTS_SH, trade=True)
# keep story clean: no promo words before the last 3 weeks (templates never contain them)
# junk rows: empty / punctuation-only / contact data
JUNK_ON = [("", "neu"), ("...", "neu"), ("-", "neg"),
           ("call me back on 07700 900123 about my delivery slot", "neg"),
           ("email me at jo.bloggs@example.com the sofa leg is damaged", "neg")]
JUNK_SH = [("", "neu"), ("?!", "neu"),
           ("pls ring 0161 496 0732 re replacement table", "neg"),
           ("contact sam.taylor@example.org, still waiting on the damaged item replacement", "neg")]
for (txt, s), (st, tp) in zip(JUNK_ON, [("Delivery", "Delivery tracking"), ("Checkout", "Order confirmation email"),
                                        ("Browse & inspire", "Product pages"), ("Delivery", "Delivery slot booking"),
                                        ("Assembly & aftercare", "Damage claim form")]):
    on_rows.append(dict(date=rng_on.choice(WEEKS) + dt.timedelta(days=2), stage=st, touchpoint=tp, segment="Returning customer", sent=s, text=txt, junk=True))
for (txt, s), (st, tp) in zip(JUNK_SH, [("Showroom visit", "Room set displays"), ("Order & payment", "Showroom checkout desk"),
                                        ("After-sales care", "Damaged item replacement"), ("After-sales care", "Damaged item replacement")]):
    sh_rows.append(dict(date=rng_sh.choice(WEEKS) + dt.timedelta(days=3), stage=st, touchpoint=tp, segment="First-time buyer", sent=s, text=txt, junk=True))

on_rows.sort(key=lambda r: (r["date"], r["touchpoint"], r["text"]))
sh_rows.sort(key=lambda r: (r["date"], r["touchpoint"], r["text"]))
rs = random.Random(SEED + 3)
for i, r in enumerate(on_rows):
    r["id"] = f"ON-{i + 1:04d}"
    r["score"] = nps_score(r["sent"], rs)
for i, r in enumerate(sh_rows):
    r["id"] = f"SR-{70000 + i * 7 + 3}"
    r["score"] = csat_score(r["sent"], rs)

# file 1: in-house canonical layout (online, NPS)
with open(os.path.join(K, "comments", "online-order-nps.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    for r in on_rows:
        w.writerow([r["id"], r["date"].isoformat(), "Online order", r["stage"], r["touchpoint"], "web survey", r["score"], "nps", r["segment"], r["text"]])
# file 2: vendor export layout (showroom, CSAT 1-5) + mapping
with open(os.path.join(K, "comments", "showroom-csat-export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ResponseID", "RecordedDate", "Journey Name", "Journey Step", "Touch Point", "Q1_Satisfaction", "ScoreScale", "CustomerType", "Q2_Verbatim", "StoreCode"])
    for r in sh_rows:
        t = dt.datetime.combine(r["date"], dt.time(9 + rs.randrange(10), rs.randrange(60)))
        w.writerow([r["id"], t.strftime("%d/%m/%Y %H:%M"), "Showroom purchase", r["stage"], r["touchpoint"], r["score"], "csat",
                    r["segment"], r["text"], rs.choice(["MAN01", "LDS02", "BRS03", "LON07"])])
with open(os.path.join(K, "comments", "showroom-csat-export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                    "columns": {"id": "ResponseID", "date": "RecordedDate", "journey": "Journey Name", "stage": "Journey Step",
                                "touchpoint": "Touch Point", "score": "Q1_Satisfaction", "score_type": "ScoreScale",
                                "segment": "CustomerType", "comment": "Q2_Verbatim"}}, f, sort_keys=False)

# ---------------------------------------------------------------- KPIs
# (metric, journey, stage, touchpoint, unit, hib, target, start, end, noise, shape)
KPIS = [
 ("nps", "online-order", "", "", "score", True, 35, 24, 17, 1.5, "lin"),
 ("nps", "showroom-purchase", "", "", "score", True, 45, 44, 46, 1.5, "lin"),
 ("conversion_rate", "online-order", "Browse & inspire", "Product pages", "%", True, 2.8, 2.4, 2.5, 0.08, "lin"),
 ("cart_abandonment_rate", "online-order", "Checkout", "Basket and checkout", "%", False, 65, 67, 67.5, 0.6, "jump"),
 ("finance_approval_rate", "online-order", "Checkout", "Pay monthly finance", "%", True, 80, 76, 77, 1.0, "lin"),
 ("on_time_delivery_rate", "online-order", "Delivery", "Delivery slot booking", "%", True, 95, 93.5, 81.0, 0.5, "lin"),
 ("on_time_delivery_rate", "showroom-purchase", "Delivery & installation", "Delivery booking call", "%", True, 95, 91, 88, 0.8, "lin"),
 ("damaged_on_arrival_rate", "online-order", "Delivery", "Two-person delivery crew", "%", False, 3.0, 4.6, 4.9, 0.25, "lin"),
 ("assembly_csat", "online-order", "Assembly & aftercare", "Assembly service", "score (1-5)", True, 4.5, 4.6, 4.7, 0.05, "lin"),
 ("returns_processing_time", "online-order", "Assembly & aftercare", "Returns collection", "days", False, 12, 16, 14, 0.6, "lin"),
 ("appointment_show_rate", "showroom-purchase", "Plan the visit", "Design appointment booking", "%", True, 85, 82, 83, 1.0, "lin"),
 ("quote_to_order_rate", "showroom-purchase", "Design consultation", "Design consultation session", "%", True, 40, 42, 44, 1.0, "lin"),
 ("first_contact_resolution_rate", "showroom-purchase", "After-sales care", "Customer care hotline", "%", True, 75, 58, 73, 0.7, "lin"),
 ("damage_claim_resolution_days", "showroom-purchase", "After-sales care", "Damaged item replacement", "days", False, 10, 24, 22, 0.8, "lin"),
]
rk = random.Random(SEED + 4)
series = {}
kpi_rows = []
for (m, j, st, tp, unit, hib, tgt, a, b, noise, shape) in KPIS:
    vals = []
    for i, wk in enumerate(WEEKS):
        if shape == "jump":
            base = a + (b - a) * i / 11 + (8.0 if wk in LAST3 else 0.0) + (0.8 if wk == LAST3[-1] else 0)
        else:
            base = a + (b - a) * i / 11
        v = round(base + rk.uniform(-noise, noise), 1 if unit != "score (1-5)" else 2)
        vals.append(v)
        kpi_rows.append([m, v, wk.isoformat(), j, st, tp, tgt, unit, "true" if hib else "false"])
    series[(m, j)] = vals
with open(os.path.join(K, "kpis", "weekly-kpis.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"])
    w.writerows(kpi_rows)

# ---------------------------------------------------------------- computed facts
def clean(rows):
    # contact-data rows are real responses (ingest redacts them) and count; empty / punctuation-only rows
    # are left out. They sit only at touchpoints/segments no gold figure depends on, so either way gives the same numbers.
    return [r for r in rows if re.search(r"[A-Za-z]", r["text"])]


def nps(scores):
    n = len(scores)
    return round(100.0 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / n, 1)


def csat(scores):
    return round(100.0 * sum(s >= 4 for s in scores) / len(scores), 1)


def fmt(x):
    x = round(x, 2)
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


ON = clean(on_rows); SH = clean(sh_rows)
facts = {}
def by(rows, key, val):
    return [r for r in rows if r[key] == val]

tp_nps = {tp: nps([r["score"] for r in by(ON, "touchpoint", tp)]) for tp in {r["touchpoint"] for r in ON}}
tp_csat = {tp: csat([r["score"] for r in by(SH, "touchpoint", tp)]) for tp in {r["touchpoint"] for r in SH}}
tp_n_on = {tp: len(by(ON, "touchpoint", tp)) for tp in tp_nps}
tp_n_sh = {tp: len(by(SH, "touchpoint", tp)) for tp in tp_csat}
st_nps = {st: nps([r["score"] for r in by(ON, "stage", st)]) for st in {r["stage"] for r in ON}}
st_csat = {st: csat([r["score"] for r in by(SH, "stage", st)]) for st in {r["stage"] for r in SH}}
seg_inst = {sg: csat([r["score"] for r in SH if r["stage"] == "Delivery & installation" and r["segment"] == sg]) for sg in SEGMENTS_SH}
seg_inst_n = {sg: len([r for r in SH if r["stage"] == "Delivery & installation" and r["segment"] == sg]) for sg in SEGMENTS_SH}
seg_del_on = {sg: nps([r["score"] for r in ON if r["stage"] == "Delivery" and r["segment"] == sg]) for sg in SEGMENTS_ON}
non_trade_inst = csat([r["score"] for r in SH if r["stage"] == "Delivery & installation" and r["segment"] != "Trade account"])


def last(m, j):
    return series[(m, j)][-1]


def target(m, j):
    return [k[6] for k in KPIS if k[0] == m and k[1] == j][0]


def win(m, j, n):
    v = series[(m, j)][-n:]
    return round(sum(v) / n, 2 if m == "assembly_csat" else 1)


def chg(m, j, i0):
    return fmt(abs(series[(m, j)][-1] - series[(m, j)][i0]))


iOCT = WEEKS.index(dt.date(2026, 10, 5))
# ranking: metric series furthest from target (relative shortfall, direction-aware)
gaps = []
for k in KPIS:
    m, j, hib, tgt = k[0], k[1], k[5], k[6]
    v = series[(m, j)][-1]
    short = (tgt - v) / tgt if hib else (v - tgt) / tgt
    gaps.append((short, m, j))
gaps.sort(reverse=True)
worst_tp_on = min((t for t in tp_nps if tp_n_on[t] >= 10), key=lambda t: tp_nps[t])
best_tp_on = max((t for t in tp_nps if tp_n_on[t] >= 10), key=lambda t: tp_nps[t])
worst_tp_sh = min((t for t in tp_csat if tp_n_sh[t] >= 10), key=lambda t: tp_csat[t])
best_tp_sh = max((t for t in tp_csat if tp_n_sh[t] >= 10), key=lambda t: tp_csat[t])
worst_st_sh = min(st_csat, key=lambda s: st_csat[s])

O = "online-order"; S = "showroom-purchase"
STAGE_OF = {tp["name"]: st["name"] for jm in (ONLINE, SHOWROOM) for st in jm["stages"] for tp in st["touchpoints"]}
def tpid(j, st, tp): return f"touchpoint:{j}/{slug(st)}/{slug(tp)}"
def stid(j, st): return f"stage:{j}/{slug(st)}"

Q = []
def q(kind, text, sources=None, figures=None, abstain=False):
    d = {"question": text, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources or []
        d["figures"] = [str(x) for x in (figures or [])]
        d["abstain"] = False
    Q.append(d)

# pain_points
q("pain_points", "whats the main gripe w/ delivery slot booking?", [tpid(O, "Delivery", "Delivery slot booking"), "comment~rescheduled"], [])
q("pain_points", "pain points on the damage claim form pls", [tpid(O, "Assembly & aftercare", "Damage claim form"), "comment~claim"], [])
q("pain_points", "what are ppl moaning about w/ the in store finance app", [tpid(S, "Order & payment", "In-store finance application"), "comment~finance"], [])
# touchpoints
q("touchpoints", "which touchpoints r in the online checkout stage", [stid(O, "Checkout")], ["Basket and checkout", "Pay monthly finance", "Order confirmation email"])
q("touchpoints", "list the touchpoints for showroom after sales", [stid(S, "After-sales care")], ["Customer care hotline", "Damaged item replacement", "Return and refund"])
q("touchpoints", "what touchpoints do we have in showroom delivery & install", [stid(S, "Delivery & installation")], ["Delivery booking call", "Installation crew"])
# owner
q("owner", "who owns the room planner?", [tpid(O, "Browse & inspire", "Room planner")], ["Digital product"])
q("owner", "whos responsible for returns collection online", [tpid(O, "Assembly & aftercare", "Returns collection")], ["Returns and reverse logistics"])
q("owner", "owner of the made to order lead time touchpoint?", [tpid(S, "Order & payment", "Made-to-order lead time")], ["Supply chain"])
# goal
q("goal", "whats the goal of the design consultation stage", [stid(S, "Design consultation")], ["quote"])
q("goal", "goal for online delivery stage?", [stid(O, "Delivery")], ["undamaged"])
q("goal", "what is choose & compare supposed to achieve for the customer", [stid(O, "Choose & compare")], ["fabric"])
# latest_kpi
q("latest_kpi", "on time delivery online atm?", [f"kpi~on_time_delivery_rate"], [fmt(last("on_time_delivery_rate", O))])
q("latest_kpi", "latest first contact resolution rate for the care hotline", ["kpi~first_contact_resolution_rate"], [fmt(last("first_contact_resolution_rate", S))])
q("latest_kpi", "damaged on arrival rate now?", ["kpi~damaged_on_arrival_rate"], [fmt(last("damaged_on_arrival_rate", O))])
# kpi_change
q("kpi_change", "how much has online on-time delivery dropped over the 12 wks", ["kpi~on_time_delivery_rate"], [chg("on_time_delivery_rate", O, 0)])
q("kpi_change", "first contact resolution change since october?", ["kpi~first_contact_resolution_rate"], [chg("first_contact_resolution_rate", S, iOCT)])
q("kpi_change", "online nps movement since start of sept data", ["kpi~nps"], [chg("nps", O, 0)])
# kpi_window
q("kpi_window", "avg cart abandonment last 4 weeks?", ["kpi~cart_abandonment_rate"], [fmt(win("cart_abandonment_rate", O, 4))])
q("kpi_window", "mean returns processing time over last 4 wks", ["kpi~returns_processing_time"], [fmt(win("returns_processing_time", O, 4))])
q("kpi_window", "whats the avg quote to order rate the last 6 weeks", ["kpi~quote_to_order_rate"], [fmt(win("quote_to_order_rate", S, 6))])
# comparison
q("comparison", "nps online vs showroom now", ["kpi~nps"], [fmt(last("nps", O)), fmt(last("nps", S))])
q("comparison", "on time delivery online vs showroom latest week", ["kpi~on_time_delivery_rate"], [fmt(last("on_time_delivery_rate", O)), fmt(last("on_time_delivery_rate", S))])
q("comparison", "finance approval online - how does it compare to target", ["kpi~finance_approval_rate"], [fmt(last("finance_approval_rate", O)), fmt(target("finance_approval_rate", O))])
# ranking
q("ranking", "which kpi is furthest off target rn", [f"kpi~{gaps[0][1]}"], [gaps[0][1].replace("_", " ")])
q("ranking", "which online touchpoint has the worst nps from survey comments", [tpid(O, STAGE_OF[worst_tp_on], worst_tp_on)], [worst_tp_on])
q("ranking", "worst scoring stage in the showroom journey by csat?", [stid(S, worst_st_sh)], [worst_st_sh])
# segment
q("segment", "which customer segment is least happy w/ showroom delivery and installation",
  [stid(S, "Delivery & installation"), "comment~trade"], ["Trade account", fmt(seg_inst["Trade account"])])
q("segment", "trade accounts vs everyone else on delivery & install csat", [stid(S, "Delivery & installation"), "comment~trade"],
  [fmt(seg_inst["Trade account"]), fmt(non_trade_inst)])
q("segment", "first time buyers nps at online delivery?", [stid(O, "Delivery")], [fmt(seg_del_on["First-time buyer"])])
# derived_score
q("derived_score", "nps for delivery slot booking from the comments?", [tpid(O, "Delivery", "Delivery slot booking")], [fmt(tp_nps["Delivery slot booking"])])
q("derived_score", "csat of the design consultation session based on survey scores", [tpid(S, "Design consultation", "Design consultation session")], [fmt(tp_csat["Design consultation session"])])
q("derived_score", "whats the nps of the assembly & aftercare stage from survey responses", [stid(O, "Assembly & aftercare")], [fmt(st_nps["Assembly & aftercare"])])
# themes
q("themes", "main themes in comments abt the delivery crew online", [tpid(O, "Delivery", "Two-person delivery crew"), "comment~damaged"], ["damaged"])
q("themes", "recurring themes for the care hotline", [tpid(S, "After-sales care", "Customer care hotline"), "comment~hold"], ["hold"])
q("themes", "what keeps coming up in delivery slot feedback", [tpid(O, "Delivery", "Delivery slot booking"), "comment~rescheduled"], ["rescheduled"])
# praise
q("praise", "what do customers love most in the online journey", [tpid(O, "Assembly & aftercare", "Assembly service"), "comment~assembly"], ["Assembly service"])
q("praise", "whats getting the best feedback in showroom", [tpid(S, "Design consultation", "Design consultation session"), "comment~designer"], ["Design consultation"])
q("praise", "any positives ppl mention about the fitters?", [tpid(O, "Assembly & aftercare", "Assembly service"), "comment~assembly"], [])
# emerging
q("emerging", "anything new popping up in the last few weeks online?", ["comment~promo code", tpid(O, "Checkout", "Basket and checkout")], ["promo code"])
q("emerging", "new issues at checkout in the last 3 weeks?", ["comment~promo code", tpid(O, "Checkout", "Basket and checkout")], ["promo code"])
q("emerging", "why has cart abandonment jumped recently", ["comment~promo code", "kpi~cart_abandonment_rate"], ["promo code"])
# priority
q("priority", "if we fix one thing first in the online journey what shd it be", [tpid(O, "Delivery", "Delivery slot booking"), "comment~rescheduled"], ["Delivery slot booking"])
q("priority", "top priority for showroom after-sales?", [tpid(S, "After-sales care", "Damaged item replacement"), tpid(S, "After-sales care", "Customer care hotline")], ["Damaged item replacement"])
q("priority", "where shd logistics focus first", [tpid(O, "Delivery", "Delivery slot booking"), "kpi~on_time_delivery_rate"], ["Delivery slot booking"])
# paraphrase
q("paraphrase", "the bit where customers pick their delivery day online - how's it scoring?", [tpid(O, "Delivery", "Delivery slot booking")], [fmt(tp_nps["Delivery slot booking"])])
q("paraphrase", "those tablets in store for browsing the range, any complaints?", [tpid(S, "Showroom visit", "In-store catalogue kiosk"), "comment~kiosk|comment~tablet"], [])
q("paraphrase", "when a sofa turns up broken and we send a new one, how long does that take us now", [tpid(S, "After-sales care", "Damaged item replacement"), "kpi~damage_claim_resolution_days"], [fmt(last("damage_claim_resolution_days", S))])
# abstain
for t in ["whats the nps for our kitchen fitting journey?", "what's ikea's on time delivery rate atm",
          "forecast for online nps next year?", "how much revenue did showrooms make in q3",
          "share price reaction to the black friday sale?", "how many delivery drivers do we employ",
          "made.com conversion rate vs ours?", "whats the mattress trial return rate",
          "staff turnover in showrooms since october?", "avg basket value online last 4 weeks",
          "what will cart abandonment be in jan 2027", "net promoter for our b2b office furniture journey"]:
    q("abstain", t, abstain=True)

# split evenly & at random; every kind in each half
rq = random.Random(SEED + 5)
dev, held = [], []
kinds = []
for d in Q:
    if d["kind"] not in kinds:
        kinds.append(d["kind"])
for kd in kinds:
    items = [d for d in Q if d["kind"] == kd]
    rq.shuffle(items)
    h = len(items) // 2
    a, b = items[:h], items[h:2 * h]
    rest = items[2 * h:]
    if rq.random() < 0.5:
        a, b = b, a
    dev += a; held += b
    for d in rest:
        (dev if len(dev) <= len(held) else held).append(d)
for name, part in [("dev.yaml", dev), ("heldout.yaml", held)]:
    with open(os.path.join(ROOT, name), "w") as f:
        yaml.safe_dump({"questions": part}, f, sort_keys=False, allow_unicode=True, width=200)

stats = dict(online_comments=len(on_rows), showroom_comments=len(sh_rows), kpi_rows=len(kpi_rows), questions=len(Q),
             dev=len(dev), heldout=len(held), tp_nps=tp_nps, tp_csat=tp_csat, st_nps=st_nps, st_csat=st_csat, seg_inst=seg_inst,
             seg_inst_n=seg_inst_n, worst_tp_on=worst_tp_on, best_tp_on=best_tp_on, worst_tp_sh=worst_tp_sh, best_tp_sh=best_tp_sh, worst_st_sh=worst_st_sh, non_trade_inst=non_trade_inst, seg_del_on=seg_del_on, gaps=gaps[:3], tp_n_on=tp_n_on, tp_n_sh=tp_n_sh)
with open(os.path.join(ROOT, "scripts", "facts.json"), "w") as f:
    json.dump(stats, f, indent=1, default=str)
print(json.dumps({k: stats[k] for k in ["online_comments", "showroom_comments", "kpi_rows", "questions", "dev", "heldout"]}))
