#!/usr/bin/env python3
"""Generate the Kestrel Cars evaluation data (survey comments + weekly KPI snapshots).

Reproducible: random.seed(20260309). Run from anywhere:
    python3 scripts/build.py
Writes knowledge/comments/*.csv (+ the vendor mapping file) and knowledge/kpis/*.csv.
"""
import csv
import datetime as dt
import os
import random

random.seed(20260309)

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, "..", "knowledge")
WEEKS = [dt.date(2026, 1, 5) + dt.timedelta(weeks=i) for i in range(10)]  # Mondays, 5 Jan .. 9 Mar 2026
ALL = list(range(10))
EARLY = list(range(0, 6))
LATE = [7, 8, 9]          # weeks of 23 Feb, 2 Mar, 9 Mar
BUY = "Buying a used car"
AFT = "Servicing and warranty"

BRANCHES = ["Leeds", "York", "Sheffield", "Wakefield", "Doncaster", "Harrogate"]
WORKSHOPS = ["Leeds", "York", "Sheffield", "Doncaster"]
CARS = ["Focus", "Golf", "Qashqai", "Corsa", "Kuga", "3 Series", "Polo", "Juke", "Octavia", "Yaris", "A3", "Tucson"]
STAFF = ["Dave", "Sarah", "Imran", "Becky", "Tom", "Priya", "Gary", "Lauren", "Mo", "Kelly"]
AMTS = ["£900", "£1,100", "£1,400", "£1,750", "£2,000", "£1,250"]


def fill(text):
    return text.format(car=random.choice(CARS), branch=random.choice(BRANCHES), ws=random.choice(WORKSHOPS),
                       staff=random.choice(STAFF), amt=random.choice(AMTS), n=random.choice([2, 3, 4]),
                       mins=random.choice([20, 25, 35, 40]), days=random.choice([3, 4, 5, 6]),
                       wks=random.choice([2, 3, 4]))


def pick_when(weeks, ramp=False):
    if ramp:
        w = random.choices(weeks, weights=[i + 1 for i in range(len(weeks))])[0]
    else:
        w = random.choice(weeks)
    day = WEEKS[w] + dt.timedelta(days=random.randint(0, 6))
    return dt.datetime(day.year, day.month, day.day, random.randint(8, 21), random.randint(0, 59))


def seg(weights):
    names = list(weights)
    return random.choices(names, weights=[weights[k] for k in names])[0]


EVEN = {"First-time buyer": 1, "Repeat customer": 1, "Business driver": 1}
FTB = {"First-time buyer": 7, "Repeat customer": 1.5, "Business driver": 1.5}
REP = {"First-time buyer": 1, "Repeat customer": 3, "Business driver": 2}
NEG = [0, 1, 2, 3, 4, 5, 6]
LOW = [0, 1, 2, 3, 4]
MID = [5, 6, 7, 8]
PROMO = [9, 10]
HI = [8, 9, 10]

# (journey, stage, touchpoint, channel, n, scores, weeks, ramp, segments, texts)
PURCHASE = [
    (BUY, "Search and enquiry", "Website vehicle listing", "web", 12, NEG, ALL, False, EVEN, [
        "advert said it had heated seats and sat nav, it had neither",
        "photos on the website didn't show a big scratch on the rear bumper, felt a bit misled",
        "mileage on the listing was out by about 3k from what was on the dash",
        "listing said full service history but there were two stamps missing",
        "the ad said it was the Titanium but it was the Zetec spec, not the same car at all",
        "pics must have been taken from a distance, kerbed alloys on all four wheels",
    ]),
    (BUY, "Search and enquiry", "Website vehicle listing", "web", 6, PROMO, ALL, False, EVEN, [
        "loads of photos and the 360 view meant I knew exactly what I was getting",
        "website search is brilliant, filtered by ULEZ and boot size in seconds",
        "really clear ads, price and spec all there and the HPI check badge gave me confidence",
    ]),
    (BUY, "Search and enquiry", "Enquiry callback", "phone", 10, LOW, EARLY, False, EVEN, [
        "filled in the enquiry form on saturday and nobody rang me back till tuesday",
        "asked for a call back about the {car} twice, heard nothing, nearly went elsewhere",
        "waited 2 days for someone to ring me back, car had been sold by then",
        "enquiry went to the {branch} branch but the car was at a different site and they didnt have a clue",
        "requested a callback, got an automated email and then silence",
    ]),
    (BUY, "Search and enquiry", "Live chat", "chat", 8, PROMO, list(range(3, 10)), True, EVEN, [
        "the chat on the website answered in about a minute, really helpful",
        "chat person sorted a finance quote and a video of the car the same evening",
        "web chat was quick and honest about a small dent",
        "used the online chat at lunch, got all my questions answered without ringing anyone",
    ]),
    (BUY, "Search and enquiry", "Reserve online", "web", 5, HI, ALL, False, EVEN, [
        "reserving it with the £99 deposit was dead easy",
        "paid the deposit online to hold it over the weekend, no fuss",
    ]),
    (BUY, "Search and enquiry", "Reserve online", "web", 4, [0, 1, 2, 3], ALL, False, EVEN, [
        "reserved online, paid my £99, turned up and it had been sold to someone on the forecourt",
        "my deposit went through but {branch} had no record of the reservation",
    ]),
    (BUY, "Test drive", "Vehicle ready for test drive", "forecourt", 11, NEG, ALL, False, EVEN, [
        "turned up for the test drive and the car was still in the wash, waited {mins} mins",
        "booked a test drive and the car wasnt even there, it was at {branch}",
        "car had a flat battery when we went to test drive it, not a great start",
        "came for my test drive at 10 and they were still hoovering it out",
        "the {car} I booked to drive was blocked in behind 5 other cars",
    ]),
    (BUY, "Test drive", "Accompanied test drive", "forecourt", 10, PROMO, ALL, False, EVEN, [
        "{staff} came out on the test drive and wasn't pushy at all, just let us get a feel for it",
        "test drive was great, they let us take it on the motorway to check the road noise",
        "salesman was relaxed and knew the car inside out on the drive",
        "really enjoyed the test drive, no pressure whatsoever",
        "{staff} was brilliant on the test drive, answered everything honestly",
    ]),
    (BUY, "Test drive", "Test drive booking", "web", 5, [7, 8, 9], ALL, False, EVEN, [
        "easy to book a slot online for the test drive",
        "booked a test drive on my phone in two minutes",
    ]),
    (BUY, "Test drive", "Test drive booking", "web", 4, [2, 3, 4, 5, 6], ALL, False, EVEN, [
        "booked a slot online but {branch} said it wasnt in their diary",
        "online booking for the drive said confirmed, branch had nothing",
    ]),
    (BUY, "Test drive", "Forecourt welcome", "forecourt", 4, HI, ALL, False, EVEN, [
        "greeted as soon as we pulled in, coffee and a seat, lovely",
        "friendly welcome at {branch}, kids were given a colouring pack",
    ]),
    (BUY, "Test drive", "Forecourt welcome", "forecourt", 3, [3, 4, 5, 6], ALL, False, EVEN, [
        "stood on the forecourt 20 minutes on a saturday before anyone came over",
        "nobody acknowledged us when we arrived, had to go looking for someone",
    ]),
    (BUY, "Part-exchange valuation", "Valuation offer", "forecourt", 8, NEG, ALL, False, EVEN, [
        "part ex offer was well below what webuyanycar gave me",
        "price for my old car was insulting tbh, {amt} less than motorway.co.uk",
        "trade in offer was low but they wouldnt budge at all",
        "the px price felt like a lowball, ended up selling my car privately",
    ]),
    (BUY, "Part-exchange valuation", "Forecourt appraisal", "forecourt", 14, LOW, LATE, False, EVEN, [
        "online valuation said one thing then at the inspection they knocked {amt} off for 'cosmetics'",
        "got a quote online for my part ex, turned up and it was {amt} less after they looked it over",
        "they dropped the price of my trade in on the day for a couple of stone chips, not happy",
        "valuation changed completely when the appraiser saw it, felt like bait and switch",
        "part exchange price went down {amt} at the dealership for two missing service stamps",
        "whats the point of the online valuation if they knock it down when you get there",
    ]),
    (BUY, "Part-exchange valuation", "Online valuation tool", "web", 6, HI, EARLY, False, EVEN, [
        "instant valuation from my reg was quick and pretty fair",
        "liked getting a price for my old car online before going in",
        "online part ex quote took 30 seconds",
    ]),
    (BUY, "Part-exchange valuation", "Settlement figure check", "phone", 4, [4, 5, 6, 7], ALL, False, EVEN, [
        "took ages to sort the outstanding finance on my old car, deal held up a week",
        "they needed a settlement letter from my old lender which slowed everything down",
    ]),
    (BUY, "Handover and delivery", "Vehicle handover walkthrough", "forecourt", 9, PROMO, ALL, False, EVEN, [
        "{staff} showed me how to pair my phone and set up the app, really thorough handover",
        "the handover was great, went through every button on the {car}",
        "they took time explaining everything when we picked it up, even the tyre pressure reset",
        "proper handover, nothing rushed",
    ]),
    (BUY, "Handover and delivery", "Handover appointment", "forecourt", 7, NEG, ALL, False, EVEN, [
        "picked the car up and the footwells were still muddy, not what you expect",
        "collection day the car hadnt been valeted, dust all over the dash",
        "had to wait an hour at collection because the paperwork wasnt ready",
    ]),
    (BUY, "Handover and delivery", "Paperwork and keys", "forecourt", 7, [0, 1, 2, 3, 4, 5], ALL, False, EVEN, [
        "only got one key, was told the spare would be posted, still waiting {wks} weeks later",
        "V5 never arrived, had to chase three times",
        "no logbook and no service book in the car when I collected",
        "second key still missing, every time I ring I get told next week",
    ]),
    (BUY, "Handover and delivery", "Post-sale follow-up call", "phone", 4, [7, 8, 9], ALL, False, EVEN, [
        "nice call a week later to check all was ok",
        "they rang after a week to see how I was getting on, appreciated that",
    ]),
]

# Finance stage in the purchase survey is asked as CSAT (1-5)
FINANCE = [
    (BUY, "Finance application", "Document upload", "web", 14, [1, 1, 2, 2, 3], ALL, False, FTB, [
        "asked for my payslips three times, each time a different person",
        "uploading the documents on my phone kept failing",
        "sent proof of address twice and they still said they hadnt got it",
        "finance took forever because they kept wanting more docs",
        "the upload page just timed out with photos of my bank statements",
        "why do they need 3 months payslips AND bank statements, so much paperwork",
    ]),
    (BUY, "Finance application", "Finance eligibility checker", "web", 7, [4, 5, 5], ALL, False, REP, [
        "soft search was good, knew I'd be accepted before I applied and it didnt hit my credit score",
        "eligibility check on the site gave me the APR straight away",
        "loved that I could check if I'd get finance without a hard search",
    ]),
    (BUY, "Finance application", "Lender decision", "email", 7, [1, 2, 3], ALL, False, EVEN, [
        "applied friday and waited all weekend for the finance decision",
        "got referred to underwriting and nobody told me what that meant, took {days} days",
        "approval took way longer than the hour they promised",
    ]),
    (BUY, "Finance application", "E-signing", "web", 5, [4, 5], ALL, False, REP, [
        "signed everything on my phone in 5 minutes",
        "the e-sign was really easy",
    ]),
    (BUY, "Finance application", "Finance application form", "web", 5, [2, 3], ALL, False, EVEN, [
        "the finance form asked the same questions I'd already answered on the checker",
        "long application, had to put in 3 years address history",
    ]),
    (BUY, "Finance application", "Finance application form", "forecourt", 5, [1, 2, 3], ALL, False,
     {"First-time buyer": 1}, [
        "first car on finance and nobody explained what the balloon payment was",
        "didnt really understand PCP vs HP, felt pushed into PCP",
        "APR, GFV, optional final payment... so much jargon for a first time buyer",
    ]),
]

PULSE = [
    (BUY, "Handover and delivery", "Home delivery", "delivery", 16, LOW, LATE, False, EVEN, [
        "delivery was rescheduled twice, took a day off work for nothing",
        "driver turned up 5 hours late and didnt ring ahead",
        "the new delivery company had no idea where they were going",
        "car was supposed to come tuesday, came friday, no call to explain",
        "home delivery was a shambles this time, nobody could tell me where the car was",
        "got a text saying the delivery was cancelled the night before",
    ]),
    (BUY, "Handover and delivery", "Home delivery", "delivery", 14, PROMO, EARLY, False, EVEN, [
        "driver was brilliant, car arrived on a covered lorry spotless",
        "delivered to my door exactly when they said, couldn't be easier",
        "home delivery was so convenient, driver went through everything with me on the drive",
        "delivery driver {staff} was really friendly and on time",
    ]),
    (BUY, "Handover and delivery", "Handover appointment", "forecourt", 6, HI, ALL, False, EVEN, [
        "collection at {branch} was quick, in and out in 40 mins",
        "picked up the car, everything ready and it was gleaming",
    ]),
    (BUY, "Handover and delivery", "Handover appointment", "forecourt", 4, [3, 4, 5, 6], ALL, False, EVEN, [
        "collection time kept getting pushed back on the day",
        "car not valeted when I picked it up, had to ask them to do it",
    ]),
    (BUY, "Handover and delivery", "Paperwork and keys", "delivery", 5, [1, 2, 3, 4], ALL, False, EVEN, [
        "delivery driver only had one key, spare still not turned up",
        "no V5 with the car, told it would be posted",
    ]),
    (BUY, "", "", "", 6, [8, 9, 10], ALL, False, EVEN, [
        "overall a great experience, would buy from Kestrel again",
        "smooth from start to finish",
        "good car, good price, good people",
    ]),
]

VSEG_EVEN = {"Private": 2, "Business fleet": 1, "Kestrel Care plan": 1.5}
VSEG_BIZ = {"Private": 1, "Business fleet": 4, "Kestrel Care plan": 1}
VSEG_CARE = {"Private": 0.5, "Business fleet": 0.5, "Kestrel Care plan": 4}
C_NEG = [1, 1, 2, 2, 3]
C_POS = [4, 5, 5]

AFTERSALES = [
    (AFT, "Service booking", "Online Service Booking", 14, C_POS, ALL, True, VSEG_EVEN, [
        "booked my MOT online in 2 mins, so much better than ringing",
        "online booking showed me the actual slots and the price up front",
        "really easy to book the service on the website",
        "the new online booking is great, picked a courtesy car and a time in seconds",
    ]),
    (AFT, "Service booking", "Phone Booking", 10, [1, 1, 2, 2], EARLY, False, VSEG_EVEN, [
        "on hold {mins} minutes just to book a service",
        "rang to book in, got promised a call back that never came",
        "phone line for service is impossible on a monday morning",
    ]),
    (AFT, "Service booking", "Booking Confirmation", 9, [1, 1, 2], LATE, False, VSEG_EVEN, [
        "confirmation text said 9am at Doncaster, I booked York at 11",
        "the booking text had the wrong site on it, went to the wrong workshop",
        "reminder message gave the wrong time so I turned up an hour early",
        "got two confirmations with different dates, which one is right??",
    ]),
    (AFT, "Service booking", "Service Reminder", 3, [3, 4], ALL, False, VSEG_EVEN, [
        "reminder email for the service came in good time",
        "got reminded my MOT was due, handy",
    ]),
    (AFT, "Vehicle drop-off", "Courtesy Car", 14, [1, 1, 2], ALL, False, VSEG_BIZ, [
        "booked a courtesy car weeks ago, none available when I got there",
        "no loan car, had to get a taxi to work and back",
        "told there was no courtesy car on the day, I need my car for work",
        "courtesy car was promised on the confirmation but {ws} said theyd run out",
        "ended up losing a day's work because there was no courtesy car",
    ]),
    (AFT, "Vehicle drop-off", "Service Reception", 6, C_POS, ALL, False, VSEG_EVEN, [
        "{staff} on the service desk was lovely and explained everything",
        "quick check in, service advisor really friendly",
    ]),
    (AFT, "Vehicle drop-off", "Key Drop Box", 4, C_POS, ALL, False, VSEG_EVEN, [
        "early drop box is handy, dropped it at 6am before work",
        "out of hours key drop made it easy",
    ]),
    (AFT, "Workshop and updates", "Progress Updates", 14, [1, 1, 2, 2, 3], ALL, False, VSEG_EVEN, [
        "had to ring {n} times to find out if my car was ready",
        "no updates all day, nobody answers the phone at {ws}",
        "said it'd be ready at 3, at 5 I was still chasing",
        "zero communication while the car was in, I had to keep chasing",
        "told I'd get a text when it was done, never came",
    ]),
    (AFT, "Workshop and updates", "Video Health Check", 10, [4, 5, 5], ALL, False, VSEG_EVEN, [
        "the video of the brake pads was really useful, could see why they needed doing",
        "loved the video the mechanic sent showing the tyres",
        "video check is a great idea, felt I could trust them",
        "the technician's video made it clear what was urgent and what could wait",
    ]),
    (AFT, "Workshop and updates", "Work Authorisation", 7, [1, 2, 2, 3], ALL, False, VSEG_EVEN, [
        "felt pressured to approve extra work on the phone",
        "charged for wiper blades and a cabin filter I never agreed to",
        "they rang with a list of 'urgent' extras, second opinion said none were needed",
    ]),
    (AFT, "Warranty claim", "Claim Decision", 13, [1, 1, 2], ALL, True, VSEG_CARE, [
        "warranty claim has taken {wks} weeks and still no decision",
        "waiting on the warranty company for a decision, car sat at {ws} unused",
        "nobody can tell me where my warranty claim is up to",
        "claim decision is taking forever, I'm paying for a car I cant drive",
        "chased the warranty people {n} times, still waiting",
    ]),
    (AFT, "Warranty claim", "Warranty Assessment", 9, [1, 1, 2], ALL, False, VSEG_CARE, [
        "told my clutch is wear and tear and not covered, the car is 8 months old",
        "warranty assessor took a week to come out and then said it was wear and tear",
        "claim rejected as wear and tear, what is the warranty even for",
    ]),
    (AFT, "Warranty claim", "Warranty Claim Submission", 4, [2, 3, 4], ALL, False, VSEG_CARE, [
        "wasnt told they'd even submitted the claim until I rang",
        "workshop put the warranty claim in the same day, fair enough",
    ]),
    (AFT, "Warranty claim", "Warranty Repair", 5, C_POS, ALL, False, VSEG_CARE, [
        "once the claim was approved the repair was done quickly",
        "warranty fixed my gearbox at no cost once it got approved",
    ]),
    (AFT, "Collection and follow-up", "Vehicle Collection", 6, [1, 2, 3], ALL, False, VSEG_EVEN, [
        "greasy hand marks on the seat and steering wheel when I collected",
        "car wasnt washed even though it's included in the service",
    ]),
    (AFT, "Collection and follow-up", "Invoice And Payment", 8, [1, 1, 2], ALL, False, VSEG_EVEN, [
        "bill was £120 more than the quote and nobody could explain why",
        "invoice higher than what I was quoted online",
        "quoted one price, paid another, not impressed",
    ]),
    (AFT, "Collection and follow-up", "Digital Service Record", 4, C_POS, ALL, False, VSEG_EVEN, [
        "got the digital service record by email straight away",
        "service history updated online same day",
    ]),
]


def expand(themes, with_channel=True):
    rows = []
    for th in themes:
        if with_channel:
            j, s, t, ch, n, scores, weeks, ramp, segs, texts = th
        else:
            j, s, t, n, scores, weeks, ramp, segs, texts = th
            ch = ""
        for _ in range(n):
            rows.append(dict(journey=j, stage=s, touchpoint=t, channel=ch, score=random.choice(scores),
                             when=pick_when(weeks, ramp), segment=seg(segs), comment=fill(random.choice(texts))))
    return rows


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def build_comments():
    cdir = os.path.join(KB, "comments")
    os.makedirs(cdir, exist_ok=True)

    # --- in-house post-purchase survey (canonical columns) ---
    rows = expand(PURCHASE)
    for r in rows:
        r["score_type"] = "nps"
    fin = expand(FINANCE)
    for r in fin:
        r["score_type"] = "csat"
    rows += fin
    # contact data + junk
    rows.append(dict(journey=BUY, stage="Handover and delivery", touchpoint="Paperwork and keys", channel="phone",
                     score=2, score_type="nps", when=dt.datetime(2026, 2, 11, 18, 5), segment="Repeat customer",
                     comment="still no spare key after 3 weeks, please ring me on 07700 900461 i'm at work till 5"))
    rows.append(dict(journey=BUY, stage="Search and enquiry", touchpoint="Enquiry callback", channel="web",
                     score=1, score_type="nps", when=dt.datetime(2026, 1, 14, 20, 40), segment="First-time buyer",
                     comment="nobody called me back about the Corsa, email me at jade.wilkinson92@example.com instead"))
    for c, when in [("", dt.datetime(2026, 1, 21, 9, 0)), ("-", dt.datetime(2026, 2, 18, 12, 30)),
                    ("n/a", dt.datetime(2026, 3, 4, 16, 10))]:
        rows.append(dict(journey=BUY, stage="", touchpoint="", channel="web", score="", score_type="nps",
                         when=when, segment="", comment=c))
    rows.sort(key=lambda r: r["when"])
    out = []
    for i, r in enumerate(rows, 1):
        out.append([f"PS-{i:04d}", r["when"].date().isoformat(), r["journey"], r["stage"], r["touchpoint"],
                    r["channel"], r["score"], r["score_type"], r["segment"], random.choice(BRANCHES),
                    f"KS{random.randint(100000, 999999)}", r["comment"]])
    write_csv(os.path.join(cdir, "purchase_survey.csv"),
              ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
               "branch", "order_ref", "comment"], out)
    n1 = len(out)

    # --- delivery/handover pulse survey (canonical columns, NPS) ---
    rows = expand(PULSE)
    rows.append(dict(journey=BUY, stage="Handover and delivery", touchpoint="Home delivery", channel="delivery",
                     score=0, when=dt.datetime(2026, 3, 3, 19, 15), segment="Business driver",
                     comment="delivery no-show again. call 0113 496 0728 and ask for Mark, I want a refund on the delivery fee"))
    rows.append(dict(journey=BUY, stage="", touchpoint="", channel="", score="", when=dt.datetime(2026, 2, 2, 10, 0),
                     segment="", comment="-"))
    rows.sort(key=lambda r: r["when"])
    out = []
    for i, r in enumerate(rows, 1):
        out.append([f"DP-{i:03d}", r["when"].isoformat(timespec="minutes"), r["journey"], r["stage"],
                    r["touchpoint"], r["channel"], r["score"], "nps" if r["score"] != "" else "", r["segment"],
                    r["comment"]])
    write_csv(os.path.join(cdir, "delivery_pulse.csv"),
              ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
               "comment"], out)
    n2 = len(out)

    # --- aftersales vendor export (ReviewLoop), own column names + mapping file ---
    rows = expand(AFTERSALES, with_channel=False)
    rows.append(dict(journey=AFT, stage="Workshop and updates", touchpoint="Progress Updates", score=1,
                     when=dt.datetime(2026, 2, 24, 17, 45), segment="Business fleet", channel="",
                     comment="Nobody has updated me in 2 days. My email is d.hughes78@example.com, reply please"))
    for c, when in [("n/a", dt.datetime(2026, 1, 28, 11, 2)), ("", dt.datetime(2026, 2, 9, 15, 31)),
                    ("N/A", dt.datetime(2026, 3, 10, 8, 47))]:
        rows.append(dict(journey=AFT, stage="", touchpoint="", score="", when=when, segment="Private", channel="",
                         comment=c))
    rows.sort(key=lambda r: r["when"])
    out = []
    for i, r in enumerate(rows):
        reg = random.choice(["YK", "YA", "YB", "YC", "YD"]) + str(random.choice([17, 18, 19, 20, 21, 22])) + " ***"
        out.append([str(458800 + i * 7 + random.randint(0, 6)), r["when"].strftime("%d/%m/%Y %H:%M"), r["journey"],
                    r["stage"], r["touchpoint"], random.choice(WORKSHOPS), "csat" if r["score"] != "" else "",
                    r["score"], r["segment"], reg, r["comment"]])
    write_csv(os.path.join(cdir, "reviewloop_aftersales_export.csv"),
              ["ResponseID", "Submitted", "Programme", "Journey_Step", "Interaction", "Site", "Rating_Type",
               "Rating", "Customer_Type", "Reg_Masked", "Verbatim"], out)
    n3 = len(out)
    with open(os.path.join(cdir, "reviewloop_aftersales_export.mapping.yaml"), "w") as f:
        f.write("# ReviewLoop aftersales CSAT export -> journey comment columns\n"
                "kind: comments\n"
                "date_format: \"%d/%m/%Y %H:%M\"\n"
                "columns:\n"
                "  id: ResponseID\n"
                "  date: Submitted\n"
                "  journey: Programme\n"
                "  stage: Journey_Step\n"
                "  touchpoint: Interaction\n"
                "  score: Rating\n"
                "  score_type: Rating_Type\n"
                "  segment: Customer_Type\n"
                "  comment: Verbatim\n")
    return n1, n2, n3


# weekly values, weeks of 5 Jan .. 9 Mar 2026
KPIS = [
    # metric, journey, stage, touchpoint, unit, target, higher_is_better, values
    ("enquiry_response_time", BUY, "Search and enquiry", "Enquiry callback", "min", 30, "false",
     [58, 55, 51, 47, 44, 41, 37, 34, 32, 29]),
    ("test_drive_no_show_rate", BUY, "Test drive", "Test drive booking", "%", 12, "false",
     [15.2, 14.8, 16.1, 15.5, 14.9, 15.8, 16.3, 15.1, 15.6, 16.0]),
    ("part_exchange_acceptance_rate", BUY, "Part-exchange valuation", "Valuation offer", "%", 60, "true",
     [63.1, 64.0, 62.5, 63.4, 61.8, 64.2, 62.7, 52.3, 46.1, 41.4]),
    ("finance_approval_rate", BUY, "Finance application", "Lender decision", "%", 75, "true",
     [77.2, 78.1, 76.9, 78.4, 77.6, 79.0, 78.2, 77.5, 78.8, 78.3]),
    ("finance_decision_time", BUY, "Finance application", "Lender decision", "hours", 4, "false",
     [6.8, 6.6, 6.9, 6.4, 6.2, 6.3, 6.0, 5.9, 6.1, 5.7]),
    ("on_time_delivery_rate", BUY, "Handover and delivery", "Home delivery", "%", 95, "true",
     [96.2, 95.4, 97.1, 96.0, 95.8, 96.5, 94.9, 86.3, 81.2, 78.4]),
    ("nps", BUY, "", "", "score", 55, "true", [58, 57, 59, 58, 60, 59, 58, 53, 49, 46]),
    ("csat", BUY, "", "", "%", 85, "true", [86.4, 85.9, 87.0, 86.2, 86.8, 87.1, 86.5, 83.2, 81.0, 79.6]),
    ("online_booking_share", AFT, "Service booking", "Online service booking", "%", 50, "true",
     [31.2, 33.5, 35.1, 37.8, 40.2, 42.4, 45.0, 47.3, 50.1, 52.6]),
    ("first_time_fix_rate", AFT, "Workshop and updates", "", "%", 92, "true",
     [87.1, 86.4, 88.0, 86.9, 87.5, 86.2, 87.8, 86.6, 87.3, 86.8]),
    ("warranty_claim_decision_time", AFT, "Warranty claim", "Claim decision", "days", 5, "false",
     [6.1, 6.4, 6.8, 7.1, 7.5, 7.9, 8.2, 8.6, 9.0, 9.4]),
    ("warranty_claim_approval_rate", AFT, "Warranty claim", "Claim decision", "%", 70, "true",
     [71.2, 69.8, 70.5, 68.9, 70.1, 69.4, 68.2, 67.5, 68.8, 67.1]),
    ("nps", AFT, "", "", "score", 40, "true", [36, 35, 37, 34, 36, 35, 33, 34, 32, 31]),
    ("csat", AFT, "", "", "%", 85, "true", [80.2, 79.5, 81.0, 79.8, 80.4, 79.1, 78.6, 78.9, 77.4, 76.8]),
]


def build_kpis():
    kdir = os.path.join(KB, "kpis")
    os.makedirs(kdir, exist_ok=True)
    header = ["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"]
    n = 0
    for fname, journey in [("sales_weekly_kpis.csv", BUY), ("aftersales_weekly_kpis.csv", AFT)]:
        rows = []
        for w, monday in enumerate(WEEKS):
            for metric, j, s, t, unit, target, hib, vals in KPIS:
                if j != journey:
                    continue
                rows.append([monday.isoformat(), j, s, t, metric, vals[w], unit, target, hib])
        write_csv(os.path.join(kdir, fname), header, rows)
        n += len(rows)
    return n


if __name__ == "__main__":
    print("comments (purchase, pulse, aftersales):", build_comments())
    print("kpi rows:", build_kpis())
