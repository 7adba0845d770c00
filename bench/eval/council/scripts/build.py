#!/usr/bin/env python3
"""Deterministic generator for the `council` blind evaluation base.

Writes knowledge/maps, knowledge/comments, knowledge/kpis, dev.yaml, heldout.yaml.
Run: python3 scripts/build.py   (from anywhere; paths are relative to this file)
"""
import csv, json, random, re, datetime as dt
from pathlib import Path

SEED = 20261203
rnd = random.Random(SEED)
BASE = Path(__file__).resolve().parent.parent
K = BASE / "knowledge"

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

WEEKS = [dt.date(2026, 9, 14) + dt.timedelta(weeks=i) for i in range(12)]  # Mondays, last = 2026-11-30

# ----------------------------------------------------------------- maps
GW = {
    "id": "garden-waste",
    "name": "Garden waste subscription",
    "persona": "Householder with a garden",
    "owner": "Waste & Recycling Services",
    "updated": "2026-09-01",
    "description": "Annual paid brown-bin service (GBP 52 a year per bin), collected fortnightly March to November.",
    "stages": [
        {"name": "Find out about the service", "goal": "Understand the cost, what goes in the brown bin and how to sign up", "emotion": 0,
         "pain_points": ["Price and start date are buried below the fold", "Unclear what counts as garden waste (soil, turf, food?)"],
         "opportunities": ["Put price, dates and a sign-up button at the top of the page"],
         "touchpoints": [
             {"name": "Garden waste web page", "channel": "web", "owner": "Digital Services",
              "description": "Council website page explaining the service, price, accepted items and sign-up link.",
              "pain_points": ["Price not visible without scrolling", "Accepted items list is vague"], "metrics": ["gw_active_subscriptions"]},
             {"name": "Council tax leaflet", "channel": "print", "owner": "Communications Team",
              "description": "Flyer sent with the annual council tax bill advertising the garden waste scheme.",
              "pain_points": ["Leaflet shows last year's price"]},
         ]},
        {"name": "Register and pay", "goal": "Subscribe and pay the annual charge in one sitting", "emotion": -1,
         "pain_points": ["Payment page times out before the card is taken", "Phone payment line has long queues", "No way to add a second bin online"],
         "opportunities": ["Save the form on timeout", "Call-back option for phone payments"],
         "touchpoints": [
             {"name": "Online registration form", "channel": "web", "owner": "Digital Services",
              "description": "Address lookup, number of bins and card payment through the council payments portal.",
              "emotion": -1,
              "pain_points": ["Payment page times out and the form has to be filled in again", "Address lookup misses new-build flats", "Cannot order a second bin online"],
              "metrics": ["online_payment_success_rate"]},
             {"name": "Contact centre phone payment", "channel": "phone", "owner": "Customer Contact Centre",
              "description": "Residents who cannot pay online ring the contact centre and pay by card over the phone.",
              "emotion": -2,
              "pain_points": ["Waits of 30-45 minutes at peak", "Call drops when transferred to the payment line"],
              "metrics": ["avoidable_contact_rate"]},
             {"name": "Direct debit mandate", "channel": "web", "owner": "Revenues & Benefits",
              "description": "Optional annual direct debit so the subscription renews automatically.",
              "pain_points": ["Mandate confirmation letter takes two weeks"]},
         ]},
        {"name": "Bin and permit delivery", "goal": "Get the brown bin and permit sticker before the first collection", "emotion": -1,
         "pain_points": ["Bin delivery takes weeks", "Permit sticker lost in the post"],
         "touchpoints": [
             {"name": "Brown bin delivery", "channel": "in person", "owner": "Fleet & Depot Logistics",
              "description": "Depot delivery van drops new brown bins at the property.",
              "pain_points": ["Delivery promised in 10 working days but often longer", "No delivery date given"],
              "metrics": ["bin_delivery_time"]},
             {"name": "Permit sticker by post", "channel": "post", "owner": "Waste Admin Team",
              "description": "Numbered permit sticker posted to the resident to put on the bin lid.",
              "pain_points": ["Sticker does not arrive, so crews skip the bin"]},
         ]},
        {"name": "Fortnightly collections", "goal": "Brown bin emptied on the scheduled day every fortnight", "emotion": 1,
         "pain_points": ["Collection day not always clear", "Round changes announced late"],
         "touchpoints": [
             {"name": "Garden waste crew", "channel": "in person", "owner": "Waste Operations",
              "description": "Refuse crew that empties brown bins on the round.",
              "pain_points": ["Bins left in the road after emptying"]},
             {"name": "Bin collection calendar", "channel": "web", "owner": "Digital Services",
              "description": "Online 'check your bin day' lookup and downloadable calendar.",
              "pain_points": ["Calendar not updated after round changes"]},
             {"name": "Round change letter", "channel": "post", "owner": "Waste Operations",
              "description": "Letter telling households their collection day is moving under the new round plan.",
              "pain_points": ["Letters arrived after the new day had started"]},
         ]},
        {"name": "Missed bin report", "goal": "Report a missed collection and have it picked up within 2 working days", "emotion": -1,
         "pain_points": ["Form says the bin is not due yet", "Return visits take longer than promised"],
         "touchpoints": [
             {"name": "Report a missed bin online", "channel": "web", "owner": "Digital Services",
              "description": "Online form to report a missed garden waste collection.",
              "pain_points": ["Form blocks reports until 48 hours after collection day", "No confirmation reference"],
              "metrics": ["missed_bin_reports"]},
             {"name": "Missed bin return visit", "channel": "in person", "owner": "Waste Operations",
              "description": "Crew sent back to empty a bin reported as missed.",
              "pain_points": ["Return visit not within 2 working days"], "metrics": ["missed_bin_resolution_time"]},
         ]},
        {"name": "Renewal", "goal": "Renew for next season without registering again", "emotion": 0,
         "pain_points": ["Reminder email goes to spam"],
         "touchpoints": [
             {"name": "Renewal reminder email", "channel": "email", "owner": "Waste Admin Team",
              "description": "Email in the autumn inviting subscribers to renew for next year.",
              "pain_points": ["Link in email expired"], "metrics": ["renewal_rate"]},
             {"name": "Auto-renew direct debit", "channel": "direct debit", "owner": "Revenues & Benefits",
              "description": "Direct debit collected automatically for next season's subscription.",
              "pain_points": ["No notice before the money is taken"]},
         ]},
    ],
}

BW = {
    "id": "bulky-waste",
    "name": "Bulky waste collection",
    "persona": "Resident clearing large household items",
    "owner": "Waste & Recycling Services",
    "updated": "2026-09-01",
    "description": "Paid kerbside collection of up to 5 large items (sofas, fridges, mattresses) per booking.",
    "stages": [
        {"name": "Check what we take", "goal": "Find out whether the items can be collected and what it costs",
         "pain_points": ["Item list does not cover common items"],
         "touchpoints": [
             {"name": "Bulky items list page", "channel": "web", "owner": "Digital Services",
              "description": "Web page listing accepted items and prices per item band.",
              "pain_points": ["Items like hot tubs, carpets and garden sheds not mentioned", "Prices per band confusing"]},
             {"name": "Webchat", "channel": "chat", "owner": "Customer Contact Centre",
              "description": "Live chat with contact centre advisers during office hours.",
              "pain_points": ["Chat closes at 5pm"]},
         ]},
        {"name": "Book a collection", "goal": "Book one visit for up to 5 items",
         "pain_points": ["Next available date often 3 weeks away"],
         "touchpoints": [
             {"name": "Online booking form", "channel": "web", "owner": "Digital Services",
              "description": "New online form (launched September) to choose items and a collection date.",
              "pain_points": ["Dates fully booked far ahead"], "metrics": ["bulky_online_booking_rate", "bulky_booking_abandonment_rate"]},
             {"name": "Phone booking", "channel": "phone", "owner": "Customer Contact Centre",
              "description": "Booking by phone with a contact centre adviser.",
              "pain_points": ["Long hold times"], "metrics": ["avoidable_contact_rate"]},
         ]},
        {"name": "Pay and confirm", "goal": "Pay the fee and get a booking reference",
         "pain_points": ["No time window given for the collection", "Concession discount check fails for many benefit claimants"],
         "touchpoints": [
             {"name": "Card payment", "channel": "web", "owner": "Finance - Income Team",
              "description": "Card payment step at the end of the booking.",
              "pain_points": ["3D Secure pop-up blocked on some phones"]},
             {"name": "Concession discount check", "channel": "web", "owner": "Revenues & Benefits",
              "description": "Check of benefit entitlement for the 50% concession price.",
              "pain_points": ["Check cannot match Universal Credit claimants", "Have to phone to get the discount"]},
             {"name": "Booking confirmation email", "channel": "email", "owner": "Digital Services",
              "description": "Email with booking reference, items and collection date.",
              "pain_points": ["Only gives a date, 7am to 7pm, no time slot"]},
         ]},
        {"name": "Collection day", "goal": "Items taken from the kerbside on the booked day",
         "touchpoints": [
             {"name": "Bulky waste crew", "channel": "in person", "owner": "Bulky Waste Team",
              "description": "Two-person crew that collects the booked items.",
              "pain_points": ["Crew will not take items not on the booking"], "metrics": ["bulky_collection_completion_rate"]},
             {"name": "Day-before text reminder", "channel": "sms", "owner": "Digital Services",
              "description": "SMS reminder the day before the collection.",
              "pain_points": ["Text arrives late in the evening"]},
         ]},
        {"name": "After the collection", "goal": "Sort out anything left behind and get a refund if a collection fails",
         "pain_points": ["Refunds are slow"],
         "touchpoints": [
             {"name": "Items left behind report", "channel": "phone", "owner": "Customer Contact Centre",
              "description": "Reporting items the crew did not take.",
              "pain_points": ["Have to rebook and pay again"]},
             {"name": "Refund request", "channel": "email", "owner": "Finance - Income Team",
              "description": "Refund for cancelled or failed collections.",
              "pain_points": ["Refunds take 4-6 weeks", "No updates on refund status"]},
         ]},
    ],
}

# ----------------------------------------------------------------- comment templates
# (text, sentiment) sentiment: n=negative, m=mixed, p=positive
T = {}
T[("garden-waste", "Find out about the service", "Garden waste web page")] = [
    ("took me ages to find the price, had to scroll right down", "n"),
    ("page is ok but doesnt say if you can put soil or turf in", "m"),
    ("Clear enough, signed up from the link at the bottom", "p"),
    ("why is the price not at the top?? just tell me how much", "n"),
    ("found what i needed, easy", "p"),
    ("not clear when the collections start and stop for winter", "m"),
]
T[("garden-waste", "Find out about the service", "Council tax leaflet")] = [
    ("leaflet said £48 then online it was £52, which is it", "n"),
    ("only knew about it from the leaflet with the council tax bill. fine", "m"),
    ("Good reminder in the council tax letter", "p"),
]
T[("garden-waste", "Register and pay", "Online registration form")] = [
    ("payment page timed out and i had to fill the whole thing in again", "n"),
    ("timed out twice at the card bit. third go worked. ridiculous", "n"),
    ("payment page froze then i got charged but no confirmation??", "n"),
    ("address lookup doesnt find our flat (new build) so couldnt register", "n"),
    ("wanted 2 bins, form only lets you have one. had to ring up", "n"),
    ("Straightforward once it actually went through, payment page is slow tho", "m"),
    ("quick and easy, done in 5 mins", "p"),
    ("the card payment kept timing out on my phone, did it on laptop in the end", "m"),
    ("Session expired at payment. Lost everything. Not impressed", "n"),
    ("worked fine this time round", "p"),
]
T[("garden-waste", "Register and pay", "Contact centre phone payment")] = [
    ("waited 40 mins on the phone just to pay", "n"),
    ("phone line is hopeless, got cut off when they put me through to payments", "n"),
    ("lady on the phone was lovely but the wait was nearly an hour", "m"),
    ("had to phone bc i dont do the internet, 35 min wait", "n"),
    ("got through quick for once", "p"),
]
T[("garden-waste", "Register and pay", "Direct debit mandate")] = [
    ("set up the dd fine but the letter took 2 wks", "m"),
    ("direct debit option is good, saves remembering", "p"),
    ("not sure if my direct debit is even set up, nothing came", "n"),
]
T[("garden-waste", "Bin and permit delivery", "Brown bin delivery")] = [
    ("still waiting for the bin 3 weeks later", "n"),
    ("paid in sept and no bin yet. what am i paying for", "n"),
    ("bin turned up after 12 days, no idea when it was coming", "m"),
    ("Delivered within a week, good", "p"),
    ("4 weeks and counting for a brown bin. Chased twice", "n"),
    ("bin came but they left it at the wrong house", "n"),
]
T[("garden-waste", "Bin and permit delivery", "Permit sticker by post")] = [
    ("sticker never came so the crew wouldnt empty it", "n"),
    ("permit arrived fine", "p"),
    ("had to ask for a replacement sticker, first one lost in post", "m"),
    ("no sticker = no collection, even tho ive paid. not fair", "n"),
]
T[("garden-waste", "Fortnightly collections", "Garden waste crew")] = [
    ("crew are great, always empty it even when its really full", "p"),
    ("bins left in the middle of the pavement again", "n"),
    ("no complaints, collected every fortnight", "p"),
    ("lads are friendly, no issues", "p"),
    ("they slammed the lid and cracked it", "n"),
    ("fine", "p"),
]
T[("garden-waste", "Fortnightly collections", "Bin collection calendar")] = [
    ("bin day checker is handy", "p"),
    ("calendar says thursday but they came wednesday", "n"),
    ("easy to check my bin day online", "p"),
]
EMERGING = {
    ("garden-waste", "Fortnightly collections", "Round change letter"): [
        ("collection day changed and nobody told us, letter came a week after", "n"),
        ("new collection day started before the round change letter arrived", "n"),
        ("they moved our bin day to monday with no notice. missed 2 collections", "n"),
        ("round change letter came late, bin missed. why change it mid season", "n"),
        ("new round, new day, bin not emptied. letter arrived after", "n"),
        ("only found out about the new collection day from a neighbour", "n"),
        ("the round change has been a shambles on our road", "n"),
    ],
    ("garden-waste", "Missed bin report", "Report a missed bin online"): [
        ("missed since the new collection day, form says not due yet", "n"),
        ("reported missed bin 3 times since the round change", "n"),
        ("form wont let me report it bc it thinks my day is still thursday (new collection day is monday)", "n"),
    ],
}
T[("garden-waste", "Missed bin report", "Report a missed bin online")] = [
    ("form says my bin isnt due yet?? it was due yesterday", "n"),
    ("reported it online, no reference number, no idea if it worked", "n"),
    ("easy to report a missed bin", "p"),
    ("have to wait 48 hrs before you can even report it", "n"),
    ("reporting was fine, took 2 mins", "p"),
]
T[("garden-waste", "Missed bin report", "Missed bin return visit")] = [
    ("they came back next day, thank you", "p"),
    ("said 2 working days, took a week", "n"),
    ("return visit never happened, had to report again", "n"),
    ("came back within 2 days as promised", "p"),
]
T[("garden-waste", "Renewal", "Renewal reminder email")] = [
    ("renewal email went to junk", "m"),
    ("link in the renewal email didnt work", "n"),
    ("renewed in a minute from the email, great", "p"),
    ("easy renewal", "p"),
]
T[("garden-waste", "Renewal", "Auto-renew direct debit")] = [
    ("they took the money for next year without telling me", "n"),
    ("auto renew is handy", "p"),
    ("renewed automatically, no hassle", "p"),
]
OVER65_REG = [
    ("i dont use computers and the phone line is always engaged", "n"),
    ("my daughter had to do it online for me, phone was 45 minutes", "n"),
    ("at my age i shouldnt have to sit on hold for an hour to pay for a bin", "n"),
    ("Tried the website, got lost, gave up and phoned. Cut off twice.", "n"),
    ("no paper form any more?? not everyone is online", "n"),
    ("phoned in the end, very slow", "m"),
]

# bulky waste (vendor export, NPS 0-10)
T[("bulky-waste", "Check what we take", "Bulky items list page")] = [
    ("list doesnt say if you take carpets", "n"),
    ("couldnt find hot tub anywhere on the list", "n"),
    ("clear list and prices", "p"),
    ("price bands are confusing, is a 3 seater one item or two?", "m"),
    ("garden shed not on list so no idea", "n"),
]
T[("bulky-waste", "Check what we take", "Webchat")] = [
    ("webchat sorted my question fast", "p"),
    ("chat shut at 5, i work til 6", "n"),
    ("helpful chat person", "p"),
]
T[("bulky-waste", "Book a collection", "Online booking form")] = [
    ("new booking form is sooo much better than ringing up", "p"),
    ("booked in 3 mins online, easy", "p"),
    ("earliest date was 3 weeks away", "n"),
    ("form is fine but no dates for ages", "m"),
    ("easy to pick items from the list", "p"),
    ("good form, would use again", "p"),
]
T[("bulky-waste", "Book a collection", "Phone booking")] = [
    ("on hold 25 mins to book a sofa pick up", "n"),
    ("adviser was helpful", "p"),
    ("had to ring as im not online, took ages", "n"),
]
T[("bulky-waste", "Pay and confirm", "Card payment")] = [
    ("payment fine", "p"),
    ("the bank pop up didnt load on my phone", "n"),
    ("paid no problem", "p"),
]
T[("bulky-waste", "Pay and confirm", "Concession discount check")] = [
    ("im on universal credit and it wouldnt give me the discount", "n"),
    ("concession check failed, had to phone to get the half price", "n"),
    ("says i dont qualify but i get pension credit??", "n"),
    ("discount applied automatically, great", "p"),
]
T[("bulky-waste", "Pay and confirm", "Booking confirmation email")] = [
    ("no time slot, had to stay in all day 7am-7pm", "n"),
    ("confirmation just says the date. what time?? i had to take a day off work", "n"),
    ("got the email with ref straight away", "p"),
    ("would be good to have a time window not all day", "m"),
    ("all day slot is a joke, waited in from 7am", "n"),
]
T[("bulky-waste", "Collection day", "Bulky waste crew")] = [
    ("crew were brilliant, even carried it from the drive", "p"),
    ("two lovely guys, really careful with the fridge", "p"),
    ("super friendly crew, done in 2 mins", "p"),
    ("Fantastic service from the collection team", "p"),
    ("crew were great, polite and quick", "p"),
    ("the bulky team were spot on, thank you!", "p"),
    ("wouldnt take the extra chair that wasnt on the booking", "m"),
    ("great lads, very helpful", "p"),
]
T[("bulky-waste", "Collection day", "Day-before text reminder")] = [
    ("text reminder useful", "p"),
    ("reminder text came at 10pm lol", "m"),
    ("didnt get a text", "n"),
]
T[("bulky-waste", "After the collection", "Items left behind report")] = [
    ("they left the mattress, now i have to rebook and pay again??", "n"),
    ("reported items left, sorted next week", "m"),
]
T[("bulky-waste", "After the collection", "Refund request")] = [
    ("still waiting for my refund 5 weeks on", "n"),
    ("refund took over a month and no updates", "n"),
    ("cancelled and refund came back quick", "p"),
    ("nobody replies to refund emails", "n"),
]
BENEFIT_PAY = [
    ("universal credit not recognised so paid full price, cant afford that", "n"),
    ("discount check failed again, rang up, 30 min wait", "n"),
    ("concession is supposed to be automatic, it isnt", "n"),
    ("had to send proof of benefits by email, still not refunded the difference", "n"),
]

SUFFIX = {"p": ["", "", "", "!!", ".", " thanks", " cheers", " :)"],
          "m": ["", "", "", " tbh", ".", " i guess"],
          "n": ["", "", "", " tbh", "!!", " :(", " ffs", " sort it out"]}
def vary(text, s="m"):
    t = text
    r = rnd.random()
    if r < 0.15:
        t = t.capitalize()
    elif r < 0.22:
        t = t.upper() if len(t) < 40 else t
    t = t + rnd.choice(SUFFIX[s])
    if rnd.random() < 0.1:
        t = t.replace("the ", "teh ", 1)
    return t

def csat_score(s):
    return {"n": rnd.choice([1, 1, 2, 2, 2]), "m": 3, "p": rnd.choice([4, 5, 5])}[s] if s != "m" else rnd.choice([3, 3, 2, 4])

def nps_score(s):
    if s == "n":
        return rnd.choice([0, 1, 2, 3, 4, 5, 6])
    if s == "m":
        return rnd.choice([5, 6, 7, 8])
    return rnd.choice([8, 9, 9, 10, 10])

CUTOFF = dt.date(2026, 12, 2)  # data pulled on Thu 3 Dec 2026
def pick_day(wi):
    return min(WEEKS[wi] + dt.timedelta(days=rnd.randint(0, 6)), CUTOFF)

# touchpoint weights
GW_W = {
    ("Find out about the service", "Garden waste web page"): 2,
    ("Find out about the service", "Council tax leaflet"): 1,
    ("Register and pay", "Online registration form"): 5,
    ("Register and pay", "Contact centre phone payment"): 2,
    ("Register and pay", "Direct debit mandate"): 1,
    ("Bin and permit delivery", "Brown bin delivery"): 3,
    ("Bin and permit delivery", "Permit sticker by post"): 2,
    ("Fortnightly collections", "Garden waste crew"): 3,
    ("Fortnightly collections", "Bin collection calendar"): 1,
    ("Missed bin report", "Report a missed bin online"): 2,
    ("Missed bin report", "Missed bin return visit"): 2,
    ("Renewal", "Renewal reminder email"): 2,
    ("Renewal", "Auto-renew direct debit"): 1,
}
BW_W = {
    ("Check what we take", "Bulky items list page"): 2,
    ("Check what we take", "Webchat"): 1,
    ("Book a collection", "Online booking form"): 3,
    ("Book a collection", "Phone booking"): 1,
    ("Pay and confirm", "Card payment"): 1,
    ("Pay and confirm", "Concession discount check"): 2,
    ("Pay and confirm", "Booking confirmation email"): 3,
    ("Collection day", "Bulky waste crew"): 4,
    ("Collection day", "Day-before text reminder"): 1,
    ("After the collection", "Items left behind report"): 1,
    ("After the collection", "Refund request"): 2,
}
GW_SEG = ["working age", "working age", "over 65", "family", "assisted collection"]
BW_SEG = ["homeowner", "homeowner", "private tenant", "benefit recipient", "social housing tenant"]

def wchoice(wmap):
    keys = list(wmap)
    return rnd.choices(keys, weights=[wmap[k] for k in keys])[0]

gw_rows, bw_rows = [], []
# ---- garden waste: 19 per week + emerging extras
n = 0
for wi in range(12):
    for _ in range(19):
        st, tp = wchoice(GW_W)
        seg = rnd.choice(GW_SEG)
        if st == "Register and pay" and seg == "over 65":
            text, s = rnd.choice(OVER65_REG)
            if rnd.random() < 0.5:
                tp = "Contact centre phone payment"
        else:
            text, s = rnd.choice(T[("garden-waste", st, tp)])
        n += 1
        gw_rows.append(dict(id=f"GW-{n:04d}", date=pick_day(wi).isoformat(), journey="Garden waste subscription", stage=st,
                            touchpoint=tp, channel="", score=csat_score(s), score_type="csat", segment=seg, comment=vary(text, s)))
    if wi >= 9:  # emerging: round change, last 3 weeks only
        for _ in range(6 + (wi - 9) * 2):
            key = rnd.choice(list(EMERGING))
            text, s = rnd.choice(EMERGING[key])
            n += 1
            gw_rows.append(dict(id=f"GW-{n:04d}", date=pick_day(wi).isoformat(), journey="Garden waste subscription", stage=key[1],
                                touchpoint=key[2], channel="", score=csat_score(s), score_type="csat",
                                segment=rnd.choice(GW_SEG), comment=vary(text, s)))
# extra over-65 register rows across all weeks to sharpen the segment story
for wi in range(0, 12, 2):
    text, s = rnd.choice(OVER65_REG)
    n += 1
    gw_rows.append(dict(id=f"GW-{n:04d}", date=pick_day(wi).isoformat(), journey="Garden waste subscription", stage="Register and pay",
                        touchpoint="Contact centre phone payment", channel="", score=csat_score(s), score_type="csat",
                        segment="over 65", comment=vary(text, s)))
# junk rows: empty / punctuation-only / contact data (no score, so derived scores are unaffected)
JUNK_GW = [("", "Register and pay", ""), ("...", "Renewal", ""), ("-", "Bin and permit delivery", ""),
           ("still no bin, call me on 07700 900123 pls", "Bin and permit delivery", "Brown bin delivery"),
           ("email me at jan.hollis62@example.com about my refund for the second bin", "Register and pay", "Online registration form")]
for i, (text, st, tp) in enumerate(JUNK_GW):
    n += 1
    gw_rows.append(dict(id=f"GW-{n:04d}", date=pick_day(3 + i * 2).isoformat(), journey="Garden waste subscription", stage=st,
                        touchpoint=tp, channel="", score="", score_type="", segment=rnd.choice(GW_SEG), comment=text))
gw_rows.sort(key=lambda r: (r["date"], r["id"]))

# ---- bulky waste: 13 per week
m = 0
for wi in range(12):
    for _ in range(13):
        st, tp = wchoice(BW_W)
        seg = rnd.choice(BW_SEG)
        if st == "Pay and confirm" and seg == "benefit recipient":
            text, s = rnd.choice(BENEFIT_PAY)
            tp = "Concession discount check"
        else:
            text, s = rnd.choice(T[("bulky-waste", st, tp)])
        m += 1
        bw_rows.append(dict(rid=f"R_{SEED % 9973 + m * 37:06d}", date=pick_day(wi), journey="Bulky waste collection", stage=st,
                            touchpoint=tp, score=nps_score(s), segment=seg, comment=vary(text, s)))
for wi in range(1, 12, 2):
    text, s = rnd.choice(BENEFIT_PAY)
    m += 1
    bw_rows.append(dict(rid=f"R_{SEED % 9973 + m * 37:06d}", date=pick_day(wi), journey="Bulky waste collection", stage="Pay and confirm",
                        touchpoint="Concession discount check", score=nps_score(s), segment="benefit recipient", comment=vary(text, s)))
JUNK_BW = [("", "Collection day", ""), ("??", "Book a collection", ""),
           ("pls ring 0161 496 0732 re booking ref BW-22817, crew never came", "Collection day", "Bulky waste crew"),
           ("my email is d.okafor@example.org, still no refund", "After the collection", "Refund request")]
for i, (text, st, tp) in enumerate(JUNK_BW):
    m += 1
    bw_rows.append(dict(rid=f"R_{SEED % 9973 + m * 37:06d}", date=pick_day(2 + i * 3), journey="Bulky waste collection", stage=st,
                        touchpoint=tp, score="", segment=rnd.choice(BW_SEG), comment=text))
bw_rows.sort(key=lambda r: (r["date"], r["rid"]))

# ----------------------------------------------------------------- KPIs
def series(start, end, noise, nd=1, shape=None):
    out = []
    for i in range(12):
        f = i / 11 if shape is None else shape(i)
        v = start + (end - start) * f + rnd.uniform(-noise, noise)
        out.append(round(v, nd))
    return out

late = lambda i: 0.0 if i < 9 else (i - 8) / 3  # jump in last 3 weeks
KPIS = []  # (metric, journey, stage, unit, hib, target, values)
KPIS.append(("gw_active_subscriptions", "garden-waste", "", "count", "true", 20000, [int(v) for v in series(18420, 19610, 60, 0)]))
KPIS.append(("online_payment_success_rate", "garden-waste", "register-and-pay", "%", "true", 97, series(89.5, 90.5, 1.2)))
KPIS.append(("bin_delivery_time", "garden-waste", "bin-and-permit-delivery", "days", "false", 10, series(6.4, 13.9, 0.3)))
KPIS.append(("missed_bin_reports", "garden-waste", "missed-bin-report", "count", "false", 150, [int(v) for v in series(138, 402, 8, 0, late)]))
KPIS.append(("missed_bin_resolution_time", "garden-waste", "missed-bin-report", "days", "false", 2, series(1.9, 4.1, 0.15, 1, late)))
KPIS.append(("renewal_rate", "garden-waste", "renewal", "%", "true", 80, series(70.8, 74.2, 0.5)))
KPIS.append(("csat", "garden-waste", "", "%", "true", 80, series(74.0, 64.5, 0.6, 1, lambda i: 0.25 * i / 11 + 0.75 * late(i))))
KPIS.append(("avoidable_contact_rate", "garden-waste", "", "%", "false", 15, series(21.5, 27.8, 0.4, 1, lambda i: 0.3 * i / 11 + 0.7 * late(i))))
KPIS.append(("bulky_bookings", "bulky-waste", "", "count", "true", 450, [int(v) for v in series(415, 468, 12, 0)]))
KPIS.append(("bulky_online_booking_rate", "bulky-waste", "book-a-collection", "%", "true", 70, series(51.2, 76.8, 0.8)))
KPIS.append(("bulky_booking_abandonment_rate", "bulky-waste", "book-a-collection", "%", "false", 20, series(34.5, 22.1, 0.7)))
KPIS.append(("bulky_collection_completion_rate", "bulky-waste", "collection-day", "%", "true", 98, series(96.8, 97.6, 0.4)))
KPIS.append(("csat", "bulky-waste", "", "%", "true", 80, series(77.6, 82.3, 0.5)))
KPIS.append(("avoidable_contact_rate", "bulky-waste", "", "%", "false", 15, series(18.4, 14.2, 0.4)))

# ----------------------------------------------------------------- write knowledge
def write_yaml_like(obj, path):
    try:
        import yaml
        path.write_text(yaml.safe_dump(obj, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    except ImportError:
        path.with_suffix(".json").write_text(json.dumps(obj, indent=2), encoding="utf-8")

write_yaml_like(GW, K / "maps" / "garden-waste.yaml")
(K / "maps" / "bulky-waste.json").write_text(json.dumps(BW, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

with open(K / "comments" / "garden_waste_survey.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    w.writeheader()
    for r in gw_rows:
        w.writerow(r)

with open(K / "comments" / "bulky_feedback_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Submitted At", "Service", "Journey Step", "Page Section", "How likely are you to recommend (0-10)",
                "Metric", "Customer Type", "Device", "Your feedback"])
    for r in bw_rows:
        ts = dt.datetime.combine(r["date"], dt.time(rnd.randint(7, 21), rnd.randint(0, 59)))
        w.writerow([r["rid"], ts.strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], r["touchpoint"], r["score"],
                    "nps" if r["score"] != "" else "", r["segment"], rnd.choice(["mobile", "mobile", "desktop", "tablet"]), r["comment"]])
(K / "comments" / "bulky_feedback_export.mapping.yaml").write_text(
    "kind: comments\n"
    "date_format: \"%d/%m/%Y %H:%M\"\n"
    "columns:\n"
    "  id: Response ID\n"
    "  date: Submitted At\n"
    "  journey: Service\n"
    "  stage: Journey Step\n"
    "  touchpoint: Page Section\n"
    "  score: How likely are you to recommend (0-10)\n"
    "  score_type: Metric\n"
    "  segment: Customer Type\n"
    "  comment: Your feedback\n", encoding="utf-8")

with open(K / "kpis" / "weekly_kpis.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["date", "journey", "stage", "metric", "value", "target", "unit", "higher_is_better"])
    for wi, d in enumerate(WEEKS):
        for metric, j, st, unit, hib, tgt, vals in KPIS:
            w.writerow([d.isoformat(), j, st, metric, vals[wi], tgt, unit, hib])

# ----------------------------------------------------------------- figures
def fmt(x):
    x = round(x + (1e-9 if x >= 0 else -1e-9), 1)
    return str(int(x)) if x == int(x) else f"{x:.1f}"

def kv(metric, journey):
    for mt, j, st, unit, hib, tgt, vals in KPIS:
        if mt == metric and j == journey:
            return vals, tgt
    raise KeyError(metric)

def wk(d):
    return WEEKS.index(d)

def scores(rows, key, pred):
    return [int(r[key]) for r in rows if r[key] != "" and pred(r)]

def nps(xs):
    return 100.0 * (sum(x >= 9 for x in xs) - sum(x <= 6 for x in xs)) / len(xs)

def csat(xs):
    return 100.0 * sum(x >= 4 for x in xs) / len(xs)

TP = lambda j, s, t="": f"touchpoint:{j}/{slug(s)}/{slug(t)}"
ST = lambda j, s: f"stage:{j}/{slug(s)}"
OCT5 = dt.date(2026, 10, 5)
Q = []  # dicts with kind
def q(kind, question, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources
        d["figures"] = [str(x) for x in (figures or [])]
        d["abstain"] = False
    Q.append(d)

G, B = "garden-waste", "bulky-waste"
# pain_points
q("pain_points", "whats going wrong w/ the garden waste online sign up form?",
  [TP(G, "Register and pay", "Online registration form"), "comment~timed out"], ["time"])
q("pain_points", "main complaints abt brown bin delivery atm", [TP(G, "Bin and permit delivery", "Brown bin delivery"), "comment~bin"], [])
q("pain_points", "bulky waste confirmation email - what are ppl moaning about", [TP(B, "Pay and confirm", "Booking confirmation email"), "comment~time slot"], ["time"])
q("pain_points", "issues with refunds for bulky collections?", [TP(B, "After the collection", "Refund request"), "comment~refund"], [])
# touchpoints
q("touchpoints", "what touchpoints are in the register and pay stage for garden waste", [ST(G, "Register and pay"), TP(G, "Register and pay", "Online registration form")],
  ["Online registration form", "Contact centre phone payment", "Direct debit mandate"])
q("touchpoints", "list the touchpoints on bulky collection day", [ST(B, "Collection day"), TP(B, "Collection day", "Bulky waste crew")],
  ["Bulky waste crew", "Day-before text reminder"])
q("touchpoints", "what channels do we have in 'pay and confirm' for bulky", [ST(B, "Pay and confirm")], ["Card payment", "Concession discount check", "Booking confirmation email"])
q("touchpoints", "touchpoints for missed bin reporting?", [ST(G, "Missed bin report"), TP(G, "Missed bin report", "Report a missed bin online")],
  ["Report a missed bin online", "Missed bin return visit"])
# owner
q("owner", "who owns the concession discount check", [TP(B, "Pay and confirm", "Concession discount check")], ["Revenues & Benefits"])
q("owner", "which team is responsible for brown bin deliveries pls", [TP(G, "Bin and permit delivery", "Brown bin delivery")], ["Fleet & Depot Logistics"])
# goal
q("goal", "whats the goal of the missed bin report stage", [ST(G, "Missed bin report")], ["2 working days"])
q("goal", "goal for bulky 'book a collection' stage?", [ST(B, "Book a collection")], ["5"])
# latest_kpi
v, t = kv("bin_delivery_time", G); q("latest_kpi", "bin delivery time now?", ["kpi~bin_delivery_time"], [fmt(v[-1])])
v, t = kv("bulky_online_booking_rate", B); q("latest_kpi", "whats the bulky online booking rate atm", ["kpi~bulky_online_booking_rate"], [fmt(v[-1])])
v, t = kv("renewal_rate", G); q("latest_kpi", "garden waste renewal rate latest week?", ["kpi~renewal_rate"], [fmt(v[-1])])
v, t = kv("missed_bin_reports", G); q("latest_kpi", "how many missed bin reports last wk", ["kpi~missed_bin_reports"], [fmt(v[-1])])
# kpi_change
v, t = kv("bin_delivery_time", G); q("kpi_change", "how much has bin delivery time gone up since oct 5", ["kpi~bin_delivery_time"], [fmt(v[-1] - v[wk(OCT5)])])
v, t = kv("bulky_online_booking_rate", B); q("kpi_change", "bulky online booking rate - change since 14 sep?", ["kpi~bulky_online_booking_rate"], [fmt(v[-1] - v[0])])
v, t = kv("bulky_booking_abandonment_rate", B); q("kpi_change", "how far has bulky booking abandonment dropped since the start of oct (5 oct)", ["kpi~bulky_booking_abandonment_rate"], [fmt(v[wk(OCT5)] - v[-1])])
v, t = kv("csat", G); q("kpi_change", "garden waste csat drop from w/c 14 sep to now?", ["kpi~csat"], [fmt(v[0] - v[-1])])
# kpi_window
v, t = kv("missed_bin_reports", G); q("kpi_window", "avg weekly missed bin reports over the last 4 weeks", ["kpi~missed_bin_reports"], [fmt(sum(v[-4:]) / 4)])
v, t = kv("online_payment_success_rate", G); q("kpi_window", "mean online payment success rate last 6 wks?", ["kpi~online_payment_success_rate"], [fmt(sum(v[-6:]) / 6)])
# comparison
vg, _ = kv("csat", G); vb, _ = kv("csat", B)
q("comparison", "csat garden waste vs bulky waste now", ["kpi~csat"], [fmt(vg[-1]), fmt(vb[-1])])
vg, _ = kv("avoidable_contact_rate", G); vb, _ = kv("avoidable_contact_rate", B)
q("comparison", "avoidable contact rate - garden vs bulky latest?", ["kpi~avoidable_contact_rate"], [fmt(vg[-1]), fmt(vb[-1])])
# ranking
def gap(metric, j):
    vals, tgt = kv(metric, j)
    hib = [k[4] for k in KPIS if k[0] == metric and k[1] == j][0] == "true"
    return ((tgt - vals[-1]) if hib else (vals[-1] - tgt)) / tgt
gaps = sorted(((gap(k[0], k[1]), k[0], k[1]) for k in KPIS), reverse=True)
q("ranking", "which kpi is furthest off target atm (relative to target)?", [f"kpi~{gaps[0][1]}"], [gaps[0][1]])
stage_cs = {}
for s in GW["stages"]:
    xs = scores(gw_rows, "score", lambda r, s=s: r["stage"] == s["name"])
    stage_cs[s["name"]] = csat(xs)
worst = min(stage_cs, key=stage_cs.get)
q("ranking", "rank garden waste stages by csat from the survey comments - which is worst?", [ST(G, worst), f"comment~{worst.split()[0].lower()}"], [worst, fmt(stage_cs[worst])])
tp_n = {}
for s in BW["stages"]:
    for tp in s["touchpoints"]:
        xs = scores(bw_rows, "score", lambda r, tp=tp: r["touchpoint"] == tp["name"])
        if len(xs) >= 10:
            tp_n[(s["name"], tp["name"])] = nps(xs)
best = max(tp_n, key=tp_n.get)
q("ranking", "which bulky waste touchpoint gets the best nps from comments (min 10 responses)?", [TP(B, best[0], best[1]), "comment~crew"], [best[1], fmt(tp_n[best])])
v = {k[0]: k[6][-1] for k in KPIS if k[1] == B and k[3] == "%" and k[0] != "csat"}
hi = max(v, key=v.get)
q("ranking", "highest % kpi on the bulky journey rn (excluding csat)?", [f"kpi~{hi}"], [hi, fmt(v[hi])])
# segment
pred = lambda r, seg: r["stage"] == "Register and pay" and r["segment"] == seg
o65 = csat(scores(gw_rows, "score", lambda r: pred(r, "over 65")))
rest = csat(scores(gw_rows, "score", lambda r: r["stage"] == "Register and pay" and r["segment"] != "over 65"))
q("segment", "are over 65s having a worse time registering/paying for garden waste than everyone else? csat pls",
  [ST(G, "Register and pay"), TP(G, "Register and pay", "Contact centre phone payment"), "comment~phone"], [fmt(o65), fmt(rest)])
q("segment", "which customer segment is unhappiest at garden waste sign up", [ST(G, "Register and pay"), "comment~phone"], ["over 65"])
ben = nps(scores(bw_rows, "score", lambda r: r["stage"] == "Pay and confirm" and r["segment"] == "benefit recipient"))
oth = nps(scores(bw_rows, "score", lambda r: r["stage"] == "Pay and confirm" and r["segment"] != "benefit recipient"))
q("segment", "bulky pay & confirm nps for benefit recipients vs other customers", [ST(B, "Pay and confirm"), TP(B, "Pay and confirm", "Concession discount check")], [fmt(ben), fmt(oth)])
q("segment", "why are benefit claimants unhappy w/ bulky waste payment", [TP(B, "Pay and confirm", "Concession discount check"), "comment~universal credit"], ["universal credit"])
# derived_score
x = csat(scores(gw_rows, "score", lambda r: r["touchpoint"] == "Online registration form"))
q("derived_score", "csat for the garden waste online registration form from comments?", [TP(G, "Register and pay", "Online registration form")], [fmt(x)])
x = nps(scores(bw_rows, "score", lambda r: r["touchpoint"] == "Bulky waste crew"))
q("derived_score", "nps for the bulky waste crew based on survey scores", [TP(B, "Collection day", "Bulky waste crew")], [fmt(x)])
x = nps(scores(bw_rows, "score", lambda r: r["stage"] == "Pay and confirm"))
q("derived_score", "whats the nps at bulky pay and confirm stage", [ST(B, "Pay and confirm")], [fmt(x)])
x = csat(scores(gw_rows, "score", lambda r: r["stage"] == "Bin and permit delivery"))
q("derived_score", "csat % for bin and permit delivery from the survey", [ST(G, "Bin and permit delivery")], [fmt(x)])
# themes
q("themes", "main themes in bulky waste feedback?", ["comment~time slot", "comment~refund", ST(B, "Pay and confirm")], ["time slot", "refund"])
q("themes", "top themes in garden waste comments this quarter", ["comment~timed out", ST(G, "Register and pay"), ST(G, "Bin and permit delivery")], ["payment", "delivery"])
q("themes", "what do ppl say about the missed bin form", [TP(G, "Missed bin report", "Report a missed bin online"), "comment~not due"], ["not due"])
q("themes", "recurring complaints abt the phone lines?", [TP(G, "Register and pay", "Contact centre phone payment"), TP(B, "Book a collection", "Phone booking"), "comment~wait"], [])
# praise
q("praise", "what do residents like most about bulky waste", [TP(B, "Collection day", "Bulky waste crew"), "comment~crew"], ["crew"])
q("praise", "any positive feedback on the bulky booking form since it launched?", [TP(B, "Book a collection", "Online booking form"), "comment~booking form"], [])
# emerging
n_round = sum(1 for r in gw_rows if "round change" in r["comment"].lower() or "new collection day" in r["comment"].lower())
q("emerging", "anything new blowing up in garden waste feedback last couple of weeks?", [TP(G, "Fortnightly collections", "Round change letter"), "comment~round change|comment~new collection day"], ["round change"])
q("emerging", "new issues since mid nov?", [TP(G, "Fortnightly collections", "Round change letter"), "comment~round change", "kpi~missed_bin_reports"], ["collection day"])
# priority
q("priority", "what shud we fix first on garden waste", [TP(G, "Fortnightly collections", "Round change letter"), "kpi~missed_bin_reports", TP(G, "Register and pay", "Online registration form")], [])
q("priority", "biggest thing to fix on bulky waste rn?", [TP(B, "Pay and confirm", "Booking confirmation email"), TP(B, "Pay and confirm", "Concession discount check"), "comment~time slot"], [])
# paraphrase
q("paraphrase", "problems w/ the bit where we post people the sticker for their bin lid?", [TP(G, "Bin and permit delivery", "Permit sticker by post"), "comment~sticker"], ["sticker"])
q("paraphrase", "who runs the thing that texts people the night before their sofa pickup", [TP(B, "Collection day", "Day-before text reminder")], ["Digital Services"])
q("paraphrase", "whats the complaint about the letter saying your bin day is moving", [TP(G, "Fortnightly collections", "Round change letter"), "comment~letter"], [])
q("paraphrase", "issues w/ the page that tells u which big items we'll take", [TP(B, "Check what we take", "Bulky items list page"), "comment~list"], [])
# abstain
q("abstain", "whats the nps for the clinical waste collection journey", abstain=True)
q("abstain", "how does our bin delivery time compare to the neighbouring borough's?", abstain=True)
q("abstain", "forecast garden waste subscriptions for 2027?", abstain=True)
q("abstain", "how much revenue did garden waste bring in this year", abstain=True)
q("abstain", "how many crew staff do we have on the bulky team", abstain=True)
q("abstain", "whats the fly tipping rate atm", abstain=True)
q("abstain", "recycling contamination rate last month?", abstain=True)
q("abstain", "what does biffa charge for bulky collections vs us", abstain=True)
q("abstain", "expected renewal rate next season?", abstain=True)
q("abstain", "agency staff sickness absence in the contact centre?", abstain=True)

# ----------------------------------------------------------------- split evenly and at random, per kind
split = random.Random(SEED + 1)
dev, held = [], []
by_kind = {}
for d in Q:
    by_kind.setdefault(d["kind"], []).append(d)
for kind in by_kind:
    items = by_kind[kind][:]
    split.shuffle(items)
    h = len(items) // 2
    dev += items[:h]; held += items[h:]
split.shuffle(dev); split.shuffle(held)

def dump(qs, path, title):
    import yaml
    path.write_text(f"# {title} - generated by scripts/build.py (seed {SEED})\n" +
                    yaml.safe_dump({"questions": qs}, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
dump(dev, BASE / "dev.yaml", "council: development half")
dump(held, BASE / "heldout.yaml", "council: held-out half")

print("garden comments", len(gw_rows), "bulky comments", len(bw_rows), "total", len(gw_rows) + len(bw_rows))
print("kpi rows", len(KPIS) * 12, "metrics", len({k[0] for k in KPIS}))
print("questions", len(Q), "dev", len(dev), "heldout", len(held))
print("round-change comments", n_round, "stage csat", {k: round(v, 1) for k, v in stage_cs.items()})
print("gaps", [(g[1], g[2], round(g[0], 3)) for g in gaps[:4]])
print("o65 vs rest", fmt(o65), fmt(rest), "benefit vs other", fmt(ben), fmt(oth), "tp nps", {k[1]: round(v, 1) for k, v in tp_n.items()})
for k in KPIS:
    print(k[0], k[1], k[6])
