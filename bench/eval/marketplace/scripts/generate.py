#!/usr/bin/env python3
"""Seeded generator for the marketplace evaluation base. Run: python3 scripts/generate.py"""
import csv, json, random, re, datetime as dt, os
import yaml

SEED = int(os.environ.get("SEED", "41"))
R = random.Random(SEED)
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.environ.get("KNOWLEDGE_OUT", os.path.join(BASE, "knowledge"))

def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

# ---------------------------------------------------------------- maps
SELL = {
  "id": "sell-an-item", "name": "Sell an item", "persona": "Casual declutterer selling pre-loved clothes and gadgets",
  "owner": "Seller Experience team", "updated": "2026-10-15",
  "description": "From snapping photos of an item to the money landing in the seller's bank account.",
  "stages": [
    {"name": "List an item", "goal": "Get an item listed in under 3 minutes", "emotion": 1,
     "pain_points": ["Photo upload fails on weak mobile signal", "Category tree is deep and confusing for gadgets"],
     "opportunities": ["Pre-fill brand and size from the photo"],
     "touchpoints": [
       {"name": "Photo upload", "channel": "app", "owner": "Listing squad", "emotion": 0,
        "description": "Seller takes or picks up to 20 photos; the app compresses and uploads them.",
        "pain_points": ["Uploads time out on 4G", "Photos get rotated sideways"]},
       {"name": "Category and condition picker", "channel": "app", "owner": "Listing squad", "emotion": -1,
        "description": "Seller chooses category, brand, size and condition (new with tags, very good, good, satisfactory).",
        "pain_points": ["Condition labels are vague"]},
       {"name": "Auto description helper", "channel": "app", "owner": "Listing AI squad", "emotion": 1,
        "description": "Suggests a title and description from the photos; seller can edit before publishing.",
        "metrics": ["listing_completion_rate"]}]},
    {"name": "Set a price", "goal": "Price the item so it sells within two weeks", "emotion": 0,
     "pain_points": ["Lowball offers annoy sellers"],
     "touchpoints": [
       {"name": "Price suggestion tool", "channel": "app", "owner": "Pricing squad", "emotion": 1,
        "description": "Shows a suggested price range based on similar sold items."},
       {"name": "Offers and counter-offers", "channel": "app", "owner": "Pricing squad", "emotion": -1,
        "description": "Buyers can make offers; sellers accept, decline or counter.",
        "pain_points": ["Flood of lowball offers", "Offers expire too fast"]}]},
    {"name": "Ship the item", "goal": "Ship within 2 days of the sale", "emotion": -1,
     "pain_points": ["Prepaid shipping label fails to generate or print", "QR code on the label not accepted at drop-off"],
     "opportunities": ["Printer-free QR label for every carrier"],
     "touchpoints": [
       {"name": "Shipping label", "channel": "app", "owner": "Shipping Ops", "emotion": -2,
        "description": "Prepaid label or QR code created after the sale, emailed and shown in the app.",
        "pain_points": ["Label generation error", "PDF label will not print", "QR code rejected at the counter"],
        "metrics": ["label_error_rate"]},
       {"name": "Package size selector", "channel": "app", "owner": "Shipping Ops", "emotion": 0,
        "description": "Seller picks small, medium or large parcel, which sets the postage."},
       {"name": "Drop-off point finder", "channel": "app", "owner": "Logistics partnerships", "emotion": 0,
        "description": "Map of post offices, shops and parcel lockers that accept the carrier."}]},
    {"name": "Get paid", "goal": "Money in the seller's bank within 2 working days of delivery", "emotion": -1,
     "pain_points": ["Bank payouts take much longer than promised", "Money sits as 'pending' in the wallet"],
     "touchpoints": [
       {"name": "Seller wallet", "channel": "app", "owner": "Payments team", "emotion": 0,
        "description": "Balance of completed sales; pending until the buyer confirms or 2 days pass."},
       {"name": "Bank payout", "channel": "bank transfer", "owner": "Payments team", "emotion": -2,
        "description": "Seller withdraws the wallet balance to a bank account.",
        "pain_points": ["Payout takes 4-6 days", "No status while the transfer is in progress"],
        "metrics": ["payout_time_days"]},
       {"name": "ID verification", "channel": "app", "owner": "Trust & Safety", "emotion": 0,
        "description": "Identity check required before the first payout and above payout thresholds.",
        "metrics": ["id_verification_pass_rate"]}]},
    {"name": "Seller support", "goal": "Solve a seller problem in one contact", "emotion": 0,
     "touchpoints": [
       {"name": "Seller help centre", "channel": "web", "owner": "Support content team",
        "description": "Articles on listing, shipping and payouts."},
       {"name": "Seller chat support", "channel": "chat", "owner": "Customer Support",
        "description": "In-app chat with a bot first, then a human agent."}]},
  ]}

BUY = {
  "id": "buy-an-item", "name": "Buy an item", "persona": "Bargain hunter buying second-hand",
  "owner": "Buyer Experience team", "updated": "2026-10-20",
  "description": "From searching for an item to receiving it, and sorting out returns or disputes if something goes wrong.",
  "stages": [
    {"name": "Search and discover", "goal": "Find the right item in a few minutes", "emotion": 1,
     "pain_points": ["Irrelevant search results for brand names"],
     "touchpoints": [
       {"name": "Search bar", "channel": "app", "owner": "Search squad", "emotion": 0,
        "description": "Free-text search with autocomplete over live listings."},
       {"name": "Filters", "channel": "app", "owner": "Search squad", "emotion": 1,
        "description": "Filter by size, brand, condition, price and distance."},
       {"name": "Saved search alerts", "channel": "push", "owner": "CRM team",
        "description": "Push notification when a new listing matches a saved search."}]},
    {"name": "Checkout", "goal": "Pay safely in one go", "emotion": 0,
     "pain_points": ["Buyer protection fee appears late and surprises first-time buyers"],
     "touchpoints": [
       {"name": "Basket", "channel": "app", "owner": "Checkout squad",
        "description": "Bundle items from one seller and see the total."},
       {"name": "Buyer protection fee", "channel": "app", "owner": "Monetisation team", "emotion": -1,
        "description": "Mandatory fee that covers refunds if an item is not as described.",
        "pain_points": ["Fee only shown at the last step"]},
       {"name": "Payment methods", "channel": "app", "owner": "Payments team",
        "description": "Card, wallet balance, PayPal and Apple Pay / Google Pay.",
        "metrics": ["checkout_conversion_rate"]}]},
    {"name": "Delivery", "goal": "Get the parcel on time and always know where it is", "emotion": 1,
     "touchpoints": [
       {"name": "Tracking page", "channel": "app", "owner": "Logistics partnerships",
        "description": "Carrier tracking events shown in the order screen.",
        "metrics": ["on_time_delivery_rate"]},
       {"name": "Delivery notifications", "channel": "push/email", "owner": "CRM team",
        "description": "Shipped, out for delivery and delivered messages."},
       {"name": "Locker pickup", "channel": "parcel locker", "owner": "Logistics partnerships", "emotion": 2,
        "description": "Parcel delivered to a 24/7 locker; buyer opens it with a code.",
        "opportunities": ["More lockers in rural areas"]}]},
    {"name": "Returns and disputes", "goal": "Resolve a problem order fairly within 3 days", "emotion": -2,
     "pain_points": ["Disputes take over a week to resolve", "Canned replies from the resolution team", "Refunds slow to reach the card"],
     "touchpoints": [
       {"name": "Return request form", "channel": "app", "owner": "Trust & Safety",
        "description": "Buyer reports an item not as described within 2 days of delivery."},
       {"name": "Dispute resolution centre", "channel": "app", "owner": "Trust & Safety", "emotion": -2,
        "description": "Case handling between buyer, seller and the marketplace team.",
        "pain_points": ["Cases wait a week for a first reply", "Copy-paste answers", "Evidence upload is clunky"],
        "metrics": ["dispute_resolution_time_days"]},
       {"name": "Refund processing", "channel": "app", "owner": "Payments team", "emotion": -1,
        "description": "Refund to the original payment method or the wallet.",
        "metrics": ["refund_time_days"]}]},
    {"name": "Rate and review", "goal": "Leave honest feedback about the seller", "emotion": 0,
     "touchpoints": [
       {"name": "Seller rating prompt", "channel": "push", "owner": "Community team",
        "description": "Asks the buyer to rate the seller 1-5 stars after delivery."},
       {"name": "Review moderation", "channel": "web", "owner": "Trust & Safety",
        "description": "Flagged reviews checked against the community rules."}]},
  ]}

with open(os.path.join(K, "maps", "sell-an-item.yaml"), "w") as f:
    yaml.safe_dump(SELL, f, sort_keys=False, allow_unicode=True, width=120)
with open(os.path.join(K, "maps", "buy-an-item.json"), "w") as f:
    json.dump(BUY, f, indent=2, ensure_ascii=False)

def tp_index(j):
    out = {}
    for s in j["stages"]:
        for t in s.get("touchpoints", []):
            out[t["name"]] = s["name"]
    return out
SELL_TP, BUY_TP = tp_index(SELL), tp_index(BUY)

# ---------------------------------------------------------------- comments
START = dt.date(2026, 9, 1); END = dt.date(2026, 11, 29)
EMERGE = dt.date(2026, 11, 9)   # emerging issue starts (last 3 weeks)

# text pools: neg (0-6), mid (7-8), pos (9-10)
T = {
 "Photo upload": (["photo upload keeps failing on 4g, had to retry like 5 times", "pics come out sideways after upload, so annoying", "upload spinner forever then it says error"],
                  ["uploading photos is ok but slow on my phone", "fine once it works, compress is a bit agressive"],
                  ["photos uploaded in seconds, easy", "love that i can add 20 pics"]),
 "Category and condition picker": (["cant find the right category for a games console, tree is endless", "whats the diff between very good and good?? condition options are vague"],
                  ["category bit ok, took a min to find shoes size", "condition picker fine i guess"],
                  ["picker was quick, found the category straight away"]),
 "Auto description helper": (["the auto description got the brand wrong", "ai description wrote nonsense about my jacket"],
                  ["description helper saves time but i edit it", "decent auto text, needed small fixes"],
                  ["auto description helper is brilliant, listed in 2 mins", "the suggested title+description was spot on"]),
 "Price suggestion tool": (["suggested price was way too low for a designer bag"],
                  ["price suggestion roughly right", "handy price range, went a bit higher"],
                  ["price suggestion helped me sell in 3 days", "love the suggested price, no guesswork"]),
 "Offers and counter-offers": (["so many lowball offers, 50% off asking price every time", "offers expire before i even see them", "ppl offering £2 for a £30 item smh"],
                  ["offers are ok, lots of haggling tho", "counter offer works but notifications are late"],
                  ["counter-offer made the sale happen, nice"]),
 "Shipping label": (["shipping label wont generate, just says try again later", "label pdf wont print from my phone", "the QR code on the label got rejected at the post office counter", "third time the label failed, buyer is waiting", "label error again!!! had to contact support to get a new label", "couldnt download label, link expired"],
                  ["label worked 2nd try", "label ok but qr took ages to load"],
                  ["label came through instantly this time"]),
 "Package size selector": (["picked medium and got charged extra, sizes unclear"],
                  ["size selector ok", "parcel sizes fine, would like exact dims"],
                  ["easy to pick the parcel size"]),
 "Drop-off point finder": (["drop off map showed a shop that closed months ago", "nearest drop-off point is 40 mins away"],
                  ["drop-off finder does the job", "map is ok, opening hours sometimes wrong"],
                  ["found a drop off point round the corner, great"]),
 "Seller wallet": (["wallet says pending for days, why", "balance stuck as pending after buyer received it"],
                  ["wallet is clear enough", "ok but pending vs available is confusing"],
                  ["nice seeing the wallet balance grow"]),
 "Bank payout": (["payout to my bank took 6 days, you say 2", "still waiting on my payout, no status no nothing", "payout delayed AGAIN, i rely on this money", "bank transfer from wallet takes forever", "payout took almost a week, seriously considering other apps", "no idea where my payout is, support just says wait"],
                  ["payout arrived in 3 days, slower than promised", "got my payout eventually"],
                  ["payout hit my bank next day, impressed"]),
 "ID verification": (["new selfie check keeps rejecting me, cant withdraw", "id verification failed 4 times, selfie never accepted", "since the new selfie step i cant get paid", "verification says my photo is blurry, its not", "stuck on id verification, payout blocked", "selfie verification broken on android?"],
                  ["id verification passed on the 2nd go"],
                  ["verification quick"]),
 "Seller help centre": (["help articles dont cover label problems", "help centre search is useless"],
                  ["help centre ok for basics"],
                  ["found the answer in the help centre fast"]),
 "Seller chat support": (["chat bot loops, cant reach a human", "agent closed my chat without fixing anything"],
                  ["chat support got there in the end", "support was polite but slow"],
                  ["chat agent sorted my issue in 5 mins"]),
 "Search bar": (["search results for 'nike' show random stuff", "search ignores my spelling, no results"],
                  ["search is ok", "autocomplete helpful mostly"],
                  ["search finds exactly what i want"]),
 "Filters": (["size filter resets when i go back"],
                  ["filters fine", "would like a colour filter"],
                  ["filters are great, size+brand+price in seconds", "love the distance filter"]),
 "Saved search alerts": (["too many alerts, turned them off", "alert came after item was already sold"],
                  ["alerts ok"],
                  ["saved search alert got me a bargain"]),
 "Basket": (["basket emptied itself", "cant bundle from same seller properly"],
                  ["basket works", "bundling is nice but clunky"],
                  ["bundle discount in the basket is great"]),
 "Buyer protection fee": (["buyer protection fee only shows at the end, felt sneaky", "why is there a fee on top?? not clear before checkout", "the protection fee made it more expensive than new", "hidden fee at the last step, nearly cancelled"],
                  ["fee is fine once you know what it covers", "protection fee ok, should be shown earlier"],
                  ["happy to pay the protection fee, feels safe"]),
 "Payment methods": (["apple pay option missing on my phone", "card payment declined twice for no reason"],
                  ["payment ok", "paypal worked fine"],
                  ["checkout payment super smooth"]),
 "Tracking page": (["tracking hasnt updated in 3 days", "tracking page says delivered but nothing came"],
                  ["tracking ok", "tracking works but carrier events are vague"],
                  ["tracking was accurate the whole way"]),
 "Delivery notifications": (["no notification when it was delivered", "got 5 emails for one parcel"],
                  ["notifications fine"],
                  ["out for delivery push was handy"]),
 "Locker pickup": (["locker was full so it went to a shop instead"],
                  ["locker ok, code took a sec"],
                  ["parcel locker pickup is so handy, no waiting in for the courier", "love the lockers!! picked up at 11pm on my way home", "locker pickup is the best thing about this app", "24/7 locker = perfect, grabbed it after gym", "locker code worked first time, super easy", "lockers make buying here way better than other apps"]),
 "Return request form": (["return form wont let me upload photos", "only 2 days to report, too short"],
                  ["return form ok", "return request was simple enough"],
                  ["return request took 1 min"]),
 "Dispute resolution centre": (["dispute open 9 days, no reply from anyone", "dispute team sends copy paste answers", "dispute closed in sellers favour without even looking at my photos", "still waiting on the dispute, item was fake", "uploading evidence to the dispute is a nightmare", "dispute took 2 weeks, never again", "resolution centre just says be patient"],
                  ["dispute sorted eventually", "dispute outcome fair but slow"],
                  ["dispute resolved in 2 days, fair result"]),
 "Refund processing": (["refund still not on my card after a week", "refund went to wallet not my card"],
                  ["refund came through in a few days"],
                  ["refund was instant to my wallet"]),
 "Seller rating prompt": (["rating prompt pops up before parcel arrived"],
                  ["rating prompt fine"],
                  ["easy to rate the seller"]),
 "Review moderation": (["my honest review got removed??", "fake reviews stay up"],
                  ["review moderation ok"],
                  ["reviews feel trustworthy"]),
}
GENERAL = {
 "Sell an item": (["selling here used to be easier", "too many steps to sell one tshirt", "fees keep going up for sellers"],
                  ["good app to clear out my wardrobe", "sold loads this autumn, mostly smooth"]),
 "Buy an item": (["app feels slower lately", "too many notifications overall"],
                 ["great for cheap kids clothes", "my go-to for second hand stuff"]),
}
# score profiles: mean score per touchpoint
PROFILE = {
 "Photo upload": 7.0, "Category and condition picker": 7.0, "Auto description helper": 8.2, "Price suggestion tool": 8.4,
 "Offers and counter-offers": 5.5, "Shipping label": 4.0, "Package size selector": 7.3, "Drop-off point finder": 7.0,
 "Seller wallet": 6.0, "Bank payout": 5.0, "ID verification": 2.6, "Seller help centre": 6.2, "Seller chat support": 5.8,
 "Search bar": 7.0, "Filters": 8.3, "Saved search alerts": 7.2, "Basket": 7.4, "Buyer protection fee": 5.6,
 "Payment methods": 7.8, "Tracking page": 6.8, "Delivery notifications": 7.3, "Locker pickup": 9.3,
 "Return request form": 6.5, "Dispute resolution centre": 3.4, "Refund processing": 5.8, "Seller rating prompt": 7.5,
 "Review moderation": 6.5,
}
SELL_N = {"Photo upload": 12, "Category and condition picker": 10, "Auto description helper": 12, "Price suggestion tool": 16,
  "Offers and counter-offers": 14, "Shipping label": 36, "Package size selector": 8, "Drop-off point finder": 12,
  "Seller wallet": 12, "Bank payout": 30, "ID verification": 18, "Seller help centre": 8, "Seller chat support": 12}
BUY_N = {"Search bar": 14, "Filters": 12, "Saved search alerts": 8, "Basket": 8, "Buyer protection fee": 22,
  "Payment methods": 12, "Tracking page": 14, "Delivery notifications": 8, "Locker pickup": 24,
  "Return request form": 12, "Dispute resolution centre": 30, "Refund processing": 14, "Seller rating prompt": 8,
  "Review moderation": 6}

def seg_shift(tp, seg):
    if tp == "Bank payout": return -2.8 if seg == "power seller" else 1.8
    if tp == "Buyer protection fee": return -2.8 if seg == "first-time buyer" else 1.6
    if seg == "power seller": return -0.3
    return 0.0

MESS = [("you", "u"), ("because", "cos"), ("really", "realy"), ("though", "tho"), ("please", "pls"),
        ("again", "agian"), ("the app", "teh app"), (" and ", " & ")]
PRE = ["", "", "", "", "", "honestly ", "2nd time this month, ", "sold a jacket last wk and ", "ok so ", "as a regular user, ", "bought trainers and ", "not gonna lie ", "hi, "]
POST = ["", "", "", "", "", " - please sort it", ". otherwise fine", ". will keep using it", ". thx", " (android)", " on the iphone app", ". first time this happened"]
def messy(s):
    s = R.choice(PRE) + s + R.choice(POST)
    if R.random() < 0.3:
        a, b = R.choice(MESS); s = s.replace(a, b)
    r = R.random()
    if r < 0.25: s = s.capitalize()
    elif r < 0.35: s = s + " " + R.choice(["!!", "..", " :(", " tbh", " lol", " fix it"])
    elif r < 0.45: s = s.upper() if len(s) < 40 else s
    return s

def make_comments(counts, tpmap, journey, segs, pref):
    rows = []
    days = (END - START).days
    for tp, n in counts.items():
        for _ in range(n):
            if tp == "ID verification":
                d = EMERGE + dt.timedelta(days=R.randint(0, (END - EMERGE).days))
            else:
                d = START + dt.timedelta(days=R.randint(0, days))
            seg = R.choices(segs[0], [0.5, 0.5] if tp == "Bank payout" else segs[1])[0]
            m = PROFILE[tp] + seg_shift(tp, seg)
            sc = max(0, min(10, round(R.gauss(m, 1.9))))
            neg, mid, pos = T[tp]
            pool = neg if sc <= 6 else (mid if sc <= 8 else pos)
            txt = messy(R.choice(pool))
            rows.append(dict(date=d, journey=journey, stage=tpmap[tp], touchpoint=tp, score=sc, segment=seg, comment=txt,
                             channel=R.choice(["ios", "android", "web"])))
    for _ in range(10):  # general, journey-level comments with no stage/touchpoint
        d = START + dt.timedelta(days=R.randint(0, days)); seg = R.choices(segs[0], segs[1])[0]
        sc = max(0, min(10, round(R.gauss(6.5, 2.2))))
        txt = messy(R.choice(GENERAL[journey][0] if sc <= 6 else GENERAL[journey][1]))
        rows.append(dict(date=d, journey=journey, stage="", touchpoint="", score=sc, segment=seg, comment=txt,
                         channel=R.choice(["ios", "android", "web"])))
    rows.sort(key=lambda r: (r["date"], r["touchpoint"], r["comment"]))
    for i, r in enumerate(rows, 1):
        r["id"] = f"{pref}{i:04d}"
    return rows

sell_c = make_comments(SELL_N, SELL_TP, "Sell an item", (["casual seller", "power seller"], [0.6, 0.4]), "SLR-")
buy_c = make_comments(BUY_N, BUY_TP, "Buy an item", (["first-time buyer", "repeat buyer"], [0.4, 0.6]), "")
for i, r in enumerate(buy_c, 1):
    r["id"] = f"R_{70000 + i}"

with open(os.path.join(K, "comments", "seller-survey.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    for r in sell_c:
        w.writerow([r["id"], r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["channel"], r["score"], "nps", r["segment"], r["comment"]])

with open(os.path.join(K, "comments", "buyer-nps-export.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Submitted At", "Journey Name", "Step", "Touchpoint Name", "Likelihood to recommend (0-10)", "Score Type", "Customer Type", "Device", "Feedback text"])
    for r in buy_c:
        ts = dt.datetime.combine(r["date"], dt.time(R.randint(7, 22), R.randint(0, 59)))
        w.writerow([r["id"], ts.strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], r["touchpoint"], r["score"], "nps", r["segment"], r["channel"], r["comment"]])
with open(os.path.join(K, "comments", "buyer-nps-export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M", "columns": {
        "id": "Response ID", "date": "Submitted At", "journey": "Journey Name", "stage": "Step",
        "touchpoint": "Touchpoint Name", "score": "Likelihood to recommend (0-10)", "score_type": "Score Type",
        "segment": "Customer Type", "channel": "Device", "comment": "Feedback text"}}, f, sort_keys=False)

# ---------------------------------------------------------------- KPIs
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
def series(kind, **kw):
    out = []
    for i in range(12):
        if kind == "flat": v = kw["base"] + R.uniform(-kw["noise"], kw["noise"])
        elif kind == "trend": v = kw["start"] + (kw["end"] - kw["start"]) * i / 11 + R.uniform(-kw["noise"], kw["noise"])
        elif kind == "drop": v = (kw["base"] + R.uniform(-kw["noise"], kw["noise"])) if i < 9 else kw["tail"][i - 9]
        out.append(round(v, 1))
    return out

KPIS = [  # journey, stage, touchpoint, metric, unit, target, hib, values
 ("Sell an item", "", "", "nps", "score", 40, "true", series("flat", base=31, noise=2.0)),
 ("Sell an item", "", "", "support_contact_rate", "%", 10, "false", series("flat", base=12.5, noise=0.8)),
 ("Sell an item", "List an item", "", "listing_completion_rate", "%", 75, "true", series("trend", start=61, end=74, noise=0.6)),
 ("Sell an item", "Ship the item", "Shipping label", "label_error_rate", "%", 3, "false", series("flat", base=7.6, noise=0.6)),
 ("Sell an item", "Get paid", "Bank payout", "payout_time_days", "days", 2, "false", series("flat", base=3.9, noise=0.3)),
 ("Sell an item", "Get paid", "ID verification", "id_verification_pass_rate", "%", 95, "true", series("drop", base=96.2, noise=0.5, tail=[89.4, 84.1, 79.6])),
 ("Buy an item", "", "", "nps", "score", 45, "true", series("trend", start=37, end=42, noise=1.0)),
 ("Buy an item", "", "", "support_contact_rate", "%", 6, "false", series("flat", base=8.1, noise=0.5)),
 ("Buy an item", "Search and discover", "", "search_to_purchase_rate", "%", 5, "true", series("flat", base=4.1, noise=0.2)),
 ("Buy an item", "Checkout", "", "checkout_conversion_rate", "%", 75, "true", series("flat", base=71, noise=1.2)),
 ("Buy an item", "Delivery", "", "on_time_delivery_rate", "%", 95, "true", series("flat", base=91.5, noise=1.0)),
 ("Buy an item", "Returns and disputes", "Dispute resolution centre", "dispute_resolution_time_days", "days", 3, "false", series("trend", start=4.2, end=7.9, noise=0.25)),
 ("Buy an item", "Returns and disputes", "Refund processing", "refund_time_days", "days", 2, "false", series("flat", base=2.7, noise=0.3)),
]
for fname, jname in [("sell-weekly.csv", "Sell an item"), ("buy-weekly.csv", "Buy an item")]:
    with open(os.path.join(K, "kpis", fname), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
        for j, s, t, m, u, tg, hib, vals in KPIS:
            if j != jname: continue
            for d, v in zip(WEEKS, vals):
                w.writerow([d.isoformat(), j, s, t, m, v, u, tg, hib])

# dump a facts json for the question script
facts = {"kpis": [dict(journey=j, stage=s, touchpoint=t, metric=m, unit=u, target=tg, hib=hib,
                       weeks=[d.isoformat() for d in WEEKS], values=vals) for j, s, t, m, u, tg, hib, vals in KPIS],
         "comments": [dict(r, date=r["date"].isoformat()) for r in sell_c + buy_c]}
os.makedirs("/tmp/marketplace-scratch", exist_ok=True)
with open("/tmp/marketplace-scratch/facts.json", "w") as f: json.dump(facts, f)
print("sell comments", len(sell_c), "buy comments", len(buy_c), "kpi rows", sum(len(k[7]) for k in KPIS))
