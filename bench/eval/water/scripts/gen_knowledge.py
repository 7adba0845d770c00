#!/usr/bin/env python3
"""Seeded generator for the water-utility evaluation base. Writes knowledge/ and facts.json."""
import csv, json, random, datetime as dt, os, yaml
random.seed(20261203)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")

# ---------------------------------------------------------------- maps
J1 = {
  "id": "moving-home-and-billing", "name": "Moving home and billing",
  "persona": "Household customer moving into our supply area", "owner": "Customer Billing Operations",
  "updated": "2026-09-01",
  "description": "From telling us you've moved in, through the opening meter reading and first bill, to paying and, when money is tight, agreeing a payment plan.",
  "stages": [
    {"name": "Moving in", "goal": "Open an account at the new address in one go, with no gap and no double billing",
     "emotion": 0, "pain_points": ["Renters asked for proof of tenancy and uploads get rejected", "Old occupier's balance sometimes lands on the new account"],
     "opportunities": ["Accept a tenancy agreement photo from the phone"],
     "touchpoints": [
       {"name": "Move-in web form", "channel": "web", "owner": "Digital Team", "description": "Online form to register a new occupier with move-in date and address.", "emotion": 1, "metrics": ["account_setup_time_days"]},
       {"name": "Proof of tenancy upload", "channel": "web", "owner": "Account Services", "description": "Renters upload a tenancy agreement so the account can be opened in their name.", "emotion": -1, "pain_points": ["Upload rejects phone photos and PDFs over 5MB", "Takes days to be checked"]},
       {"name": "Welcome pack", "channel": "email", "owner": "Customer Communications", "description": "Email and letter sent after the account opens: account number, how to read the meter, how to pay.", "emotion": 1}]},
    {"name": "Meter readings", "goal": "Capture an accurate opening reading so the first bill is based on real use",
     "emotion": -1, "pain_points": ["Submitted readings not used, bill estimated anyway"],
     "touchpoints": [
       {"name": "Online meter reading form", "channel": "web", "owner": "Digital Team", "description": "Customers type in their opening or regular meter reading.", "emotion": -1, "pain_points": ["Reading rejected as out of range"], "metrics": ["meter_reading_submission_rate"]},
       {"name": "Meter reader visit", "channel": "field", "owner": "Metering Services", "description": "A meter reader calls to read a meter that is hard to reach or inside the property.", "emotion": 0},
       {"name": "Meter location help", "channel": "chat", "owner": "Contact Centre", "description": "Web chat helping customers find the meter and its serial number.", "emotion": 0}]},
    {"name": "Bills", "goal": "Understand the bill and trust that it is correct",
     "emotion": -1, "pain_points": ["First bill is estimated and much too high", "Hard to get through to query a bill"],
     "touchpoints": [
       {"name": "First bill", "channel": "letter", "owner": "Billing Operations", "description": "The first bill after moving in, covering move-in date to the first reading.", "emotion": -2, "pain_points": ["Estimated instead of using the reading"], "metrics": ["estimated_bill_rate"]},
       {"name": "Billing helpline", "channel": "phone", "owner": "Contact Centre", "description": "Phone line for bill queries, corrections and refunds.", "emotion": -1, "metrics": ["call_abandonment_rate"]},
       {"name": "Online account bill view", "channel": "app", "owner": "Digital Team", "description": "Bills and usage history in the online account and app.", "emotion": 0}]},
    {"name": "Paying", "goal": "Set up a simple, reliable way to pay",
     "emotion": 1,
     "touchpoints": [
       {"name": "Direct debit setup", "channel": "app", "owner": "Payments Team", "description": "Setting up a monthly or instalment direct debit in the app or online account.", "emotion": 1, "metrics": ["dd_setup_failure_rate"]},
       {"name": "Card payment online", "channel": "web", "owner": "Payments Team", "description": "One-off card payments on the website.", "emotion": 1}]},
    {"name": "Payment plans", "goal": "Agree an affordable plan before the debt builds up",
     "emotion": 0, "pain_points": ["Application asks for a lot of income and outgoings detail"],
     "touchpoints": [
       {"name": "Payment plan application", "channel": "web", "owner": "Affordability Team", "description": "Online application for a payment plan or the social tariff.", "emotion": -1, "metrics": ["payment_plan_approval_days"]},
       {"name": "Affordability advisor call", "channel": "phone", "owner": "Affordability Team", "description": "A call with an advisor to agree a plan or check eligibility for support.", "emotion": 1},
       {"name": "Payment reminder texts", "channel": "sms", "owner": "Credit Control", "description": "Text reminders before and after a missed payment.", "emotion": -1}]},
  ]}
J2 = {
  "id": "supply-problems", "name": "Supply problems",
  "persona": "Customer with a leak, low pressure or no water", "owner": "Network Operations",
  "updated": "2026-08-20",
  "description": "Reporting a leak, low pressure or loss of supply, finding the cause, the repair visit, updates during the outage and compensation under the guaranteed standards scheme.",
  "stages": [
    {"name": "Reporting the problem", "goal": "Tell us about a leak, low pressure or no water quickly and once",
     "emotion": -2, "pain_points": ["Long hold times on the leak hotline", "Have to report the same leak more than once"],
     "touchpoints": [
       {"name": "Leak hotline", "channel": "phone", "owner": "Contact Centre", "description": "24/7 phone line to report leaks, bursts, low pressure and no water.", "emotion": -2, "pain_points": ["On hold 30+ minutes at peak"], "metrics": ["call_abandonment_rate"]},
       {"name": "Online leak report form", "channel": "web", "owner": "Digital Team", "description": "Web form with a map pin and photo upload to report a leak.", "emotion": 0},
       {"name": "Social media messages", "channel": "social", "owner": "Social Care Team", "description": "Reports and questions sent by direct message on social media.", "emotion": 0}]},
    {"name": "Diagnosis", "goal": "Find out what is wrong and whose pipe it is",
     "emotion": -1,
     "touchpoints": [
       {"name": "Supply checker map", "channel": "web", "owner": "Network Operations", "description": "Postcode lookup showing known incidents, planned works and expected fix time.", "emotion": 0},
       {"name": "Pressure check callback", "channel": "phone", "owner": "Network Operations", "description": "A technician calls back to check pressure readings and decide if a visit is needed.", "emotion": -1, "pain_points": ["Promised callbacks don't happen"]}]},
    {"name": "Repair visit", "goal": "Fix the fault at the first visit with minimal disruption",
     "emotion": 0, "pain_points": ["Appointment windows missed without warning"],
     "touchpoints": [
       {"name": "Appointment booking", "channel": "phone", "owner": "Field Scheduling", "description": "Booking a visit slot for an engineer to attend.", "emotion": -1, "metrics": ["appointment_kept_rate"]},
       {"name": "Engineer on site", "channel": "field", "owner": "Field Services", "description": "The engineer's visit to find and fix the fault.", "emotion": 2, "metrics": ["first_time_fix_rate"]},
       {"name": "Roadworks and reinstatement", "channel": "field", "owner": "Street Works Team", "description": "Digging up the road or pavement and making good afterwards.", "emotion": -1}]},
    {"name": "Keeping customers updated", "goal": "Keep people informed and supplied while the water is off",
     "emotion": 0,
     "touchpoints": [
       {"name": "Outage text alerts", "channel": "sms", "owner": "Incident Communications", "description": "Texts with updates and restore times during an incident.", "emotion": 0},
       {"name": "Bottled water stations", "channel": "field", "owner": "Incident Response", "description": "Bottled water collection points, and deliveries to priority services customers.", "emotion": 0}]},
    {"name": "Compensation", "goal": "Pay guaranteed standards compensation fairly and quickly",
     "emotion": -1, "pain_points": ["Customers don't know they are entitled", "Business customers find the claim slow"],
     "touchpoints": [
       {"name": "Compensation claim form", "channel": "web", "owner": "Customer Resolutions", "description": "Form to claim compensation for an interruption or missed appointment.", "emotion": -1, "metrics": ["compensation_paid_within_10_days"]},
       {"name": "Automatic GSS payment", "channel": "billing", "owner": "Customer Resolutions", "description": "Guaranteed standards payments credited to the account without a claim.", "emotion": 1},
       {"name": "Complaints team", "channel": "email", "owner": "Customer Resolutions", "description": "Written complaints and escalations about a supply problem.", "emotion": -1}]},
  ]}
with open(os.path.join(K, "maps", "moving-home-and-billing.yaml"), "w") as f:
    yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=200)
with open(os.path.join(K, "maps", "supply-problems.json"), "w") as f:
    json.dump(J2, f, indent=2, ensure_ascii=False)

# ---------------------------------------------------------------- comments
START = dt.date(2026, 9, 7)       # Monday, week 1
EMERGE = dt.date(2026, 11, 9)     # Monday, week 10
END = dt.date(2026, 11, 29)       # Sunday of week 12
DAYS = (END - START).days + 1

def score_for(cls):
    if cls == "pos": return random.choices([8, 9, 10], [1, 4, 4])[0]
    if cls == "neu": return random.choices([6, 7, 8], [1, 3, 3])[0]
    return random.choices([0, 1, 2, 3, 4, 5, 6], [2, 3, 3, 3, 2, 2, 1])[0]

def mess(t):
    r = random.random()
    if r < 0.35: t = t.lower()
    if random.random() < 0.15: t = t.rstrip(".") + "!!"
    if random.random() < 0.12: t = random.choice(["tbh ", "honestly ", "ok so ", "", "fyi "]) + t
    return t

# templates: touchpoint -> list of (class, text)
T = {
 # ---- journey 1
 ("Moving in", "Move-in web form"): [
   ("pos", "Move in form took 5 mins, account was open next day."), ("pos", "Really easy to tell you I'd moved in, no phone call needed"),
   ("neu", "Form was fine but asked for my move date twice"), ("neg", "form timed out twice and I had to start again"),
   ("pos", "simple form, got confirmation email straight away"), ("neu", "ok, wish it remembered my details from my old address")],
 ("Moving in", "Proof of tenancy upload"): [
   ("neg", "Tenancy agreement upload kept rejecting my phone photo"), ("neg", "why do renters need to prove tenancy?? took 6 days to get checked"),
   ("neg", "uploaded my tenancy agreement 3 times, PDF too big apparently"), ("neu", "upload worked second go, bit slow to be approved"),
   ("neg", "proof of tenancy step is a nightmare, ended up emailing it"), ("pos", "uploaded lease, approved same day, fine")],
 ("Moving in", "Welcome pack"): [
   ("pos", "welcome email was clear, told me where the meter is"), ("pos", "Nice welcome pack, account number and how to pay all in one place"),
   ("neu", "Welcome letter arrived after my first bill, bit pointless"), ("pos", "good welcome info thanks")],
 ("Meter readings", "Online meter reading form"): [
   ("neg", "submitted my opening reading but the bill was still estimated"), ("neg", "reading rejected as 'out of range' even though I sent a photo"),
   ("neg", "gave you a meter reading on day one and you estimated anyway, what's the point"), ("neu", "form ok but no confirmation the reading was accepted"),
   ("pos", "reading form quick and easy"), ("neg", "site said reading invalid, rang up, they said it was fine. bill still estimated")],
 ("Meter readings", "Meter reader visit"): [
   ("pos", "meter reader was on time and polite"), ("neu", "had to take a morning off for the meter reader, 4 hr window"),
   ("neg", "meter reader came while i was at work, card through door, no reading taken"), ("pos", "quick visit, sorted")],
 ("Meter readings", "Meter location help"): [
   ("pos", "chat helped me find the meter under the pavement cover"), ("neu", "chat took a while to answer but got there"),
   ("neg", "chat bot useless couldn't tell me where my meter is"), ("pos", "agent on chat was great, sent a diagram")],
 ("Bills", "First bill"): [
   ("neg", "First bill estimated at nearly double what we actually use"), ("neg", "£412 estimated bill for 2 months?? we're 2 people"),
   ("neg", "bill estimated even though I sent a reading, had to ring to get it corrected"), ("neg", "estimated bill again, and it includes the previous tenant's usage"),
   ("neu", "first bill about what i expected, bit hard to read"), ("neg", "shocked by the first bill, it's an estimate and way too high"),
   ("pos", "first bill was accurate, used my reading")],
 ("Bills", "Billing helpline"): [
   ("neg", "waited 40 mins on the billing line to fix an estimated bill"), ("neu", "agent sorted the bill but the wait was long"),
   ("pos", "helpline advisor corrected my bill on the call, very helpful"), ("neg", "got cut off twice on billing helpline"),
   ("neu", "took a while to get through, issue fixed tho")],
 ("Bills", "Online account bill view"): [
   ("pos", "like seeing usage in the app"), ("neu", "app bill view ok but can't download pdf"), ("pos", "online account clear and easy"),
   ("neg", "online account showed a different balance to the letter")],
 ("Paying", "Direct debit setup"): [
   ("pos", "set up direct debit in the app in 2 mins"), ("pos", "DD setup easy, nice to spread the cost monthly"),
   ("pos", "direct debit was simple, confirmation came by email"), ("neu", "dd fine, would like to choose the payment date")],
 ("Paying", "Card payment online"): [
   ("pos", "paid by card online no issues"), ("pos", "quick card payment, receipt emailed"), ("neu", "card payment worked, site a bit clunky on mobile")],
 ("Payment plans", "Payment plan application"): [
   ("neg", "payment plan application asks for every single outgoing, took an hour"), ("neu", "applied for a plan, took 9 days to hear back"),
   ("neg", "applied for the social tariff, heard nothing for 2 weeks"), ("pos", "plan approved quickly, weight off my mind"),
   ("neu", "form long but fair enough")],
 ("Payment plans", "Affordability advisor call"): [
   ("pos", "advisor was kind and didn't make me feel judged"), ("pos", "really understanding advisor, got me onto a plan I can afford"),
   ("neu", "call was ok, bit rushed"), ("pos", "lovely lady on the affordability line, sorted everything")],
 ("Payment plans", "Payment reminder texts"): [
   ("neg", "reminder text came after I'd already paid, felt threatening"), ("neu", "reminders useful but too many"),
   ("neg", "3 texts in a week about £20, stressful"), ("pos", "handy reminder before payment due")],
 # ---- journey 2
 ("Reporting the problem", "Leak hotline"): [
   ("neg", "on hold 45 mins to report a burst main outside my house"), ("neg", "leak line hold time is ridiculous, gave up after 30 min"),
   ("neg", "had water pouring down the street and was on hold forever"), ("neu", "long wait but agent took details properly"),
   ("neg", "rang the leak hotline 3 times, each time on hold 20+ mins"), ("pos", "got through quickly at night, logged the leak"),
   ("neg", "waited on hold so long i reported it on twitter instead")],
 ("Reporting the problem", "Online leak report form"): [
   ("pos", "online leak form with the map pin was easy"), ("neu", "form ok, no reference number though"),
   ("pos", "reported leak online with photo in 2 mins"), ("neg", "form wouldn't accept my photo")],
 ("Reporting the problem", "Social media messages"): [
   ("pos", "social team replied in 10 mins and logged it"), ("neu", "dm reply was quick but just told me to ring"),
   ("pos", "twitter team more helpful than the phone line")],
 ("Diagnosis", "Supply checker map"): [
   ("pos", "supply checker showed the burst and fix time, very useful"), ("neu", "map said fixed but we still had no water"),
   ("neg", "postcode checker showed nothing while the whole street was off"), ("pos", "good to see the incident on the map")],
 ("Diagnosis", "Pressure check callback"): [
   ("neg", "promised a callback about low pressure, never came"), ("neg", "waiting 3 days for the pressure callback"),
   ("neu", "got a callback, technician explained the pressure issue"), ("neg", "nobody called back, rang again, told to wait again")],
 ("Repair visit", "Appointment booking"): [
   ("neg", "took a day off for the appointment, nobody showed up"), ("neg", "appointment window 8-1, no show, no call"),
   ("neg", "appointment cancelled the morning of, rebooked for next week"), ("neu", "booking was easy, slot was a week away though"),
   ("neg", "second missed appointment, waited in all day again"), ("pos", "booked a slot easily and they came on time")],
 ("Repair visit", "Engineer on site"): [
   ("pos", "engineer was brilliant, found the leak and fixed it in an hour"), ("pos", "friendly engineer explained everything"),
   ("pos", "the engineer was polite, tidy and really knew his stuff"), ("pos", "great engineer, fixed it first time"),
   ("pos", "engineers worked in the rain till it was sorted, thank you"), ("neu", "engineer fine but had to come back with a part"),
   ("pos", "really helpful engineer, even checked my stop tap")],
 ("Repair visit", "Roadworks and reinstatement"): [
   ("neg", "hole left in the pavement for 2 weeks after the repair"), ("neu", "roadworks took longer than said"),
   ("neg", "barriers left outside our drive for days"), ("pos", "pavement made good nicely after")],
 ("Keeping customers updated", "Outage text alerts"): [
   ("pos", "texts with restore times were helpful"), ("neu", "texts ok but restore time kept moving"),
   ("neg", "text said water back at 6, came back at midnight"), ("pos", "good regular updates by text")],
 ("Keeping customers updated", "Bottled water stations"): [
   ("pos", "bottled water station well organised"), ("neg", "priority services but no bottled water delivered for my mum"),
   ("neu", "had to drive to the station, long queue"), ("pos", "staff at the water station were lovely")],
 ("Compensation", "Compensation claim form"): [
   ("neg", "claimed compensation for the outage, still waiting 4 weeks later"), ("neg", "compensation form wants evidence I don't have"),
   ("neu", "claim submitted, payment came eventually"), ("neg", "our business lost a day's trading and the claim is going nowhere"),
   ("pos", "claim paid within a week")],
 ("Compensation", "Automatic GSS payment"): [
   ("pos", "didn't even know I was owed, payment just appeared on my account"), ("pos", "automatic credit for the missed appointment, nice touch"),
   ("neu", "got £20 credit, not much for 2 days no water")],
 ("Compensation", "Complaints team"): [
   ("neg", "complaint acknowledged then silence for 3 weeks"), ("neu", "complaints team apologised, compensation offered"),
   ("neg", "had to escalate twice to get a response")],
}
EMERGING_T = [  # DD setup in app after the app release, only from EMERGE
   "app says 'mandate could not be created' when I try to set up direct debit",
   "direct debit setup error in the app, mandate failed 3 times",
   "tried to set up DD after moving in, mandate error, had to ring up",
   "mandate rejected in the app but my bank details are right",
   "new app won't create the direct debit mandate, keeps spinning then error",
   "DD mandate failed, now got a reminder text for a missed payment",
]

# per-touchpoint weights (comment count, class weights pos/neu/neg) and segments
J1SEG = ["Homeowner", "Renter", "Landlord"]
J2SEG = ["Household", "Business", "Priority services"]
PLAN = {
 ("Moving in", "Move-in web form"): (16, None), ("Moving in", "Proof of tenancy upload"): (18, None), ("Moving in", "Welcome pack"): (10, None),
 ("Meter readings", "Online meter reading form"): (22, None), ("Meter readings", "Meter reader visit"): (10, None), ("Meter readings", "Meter location help"): (8, None),
 ("Bills", "First bill"): (28, None), ("Bills", "Billing helpline"): (18, None), ("Bills", "Online account bill view"): (10, None),
 ("Paying", "Direct debit setup"): (14, None), ("Paying", "Card payment online"): (8, None),
 ("Payment plans", "Payment plan application"): (14, None), ("Payment plans", "Affordability advisor call"): (10, None), ("Payment plans", "Payment reminder texts"): (10, None),
 ("Reporting the problem", "Leak hotline"): (30, None), ("Reporting the problem", "Online leak report form"): (12, None), ("Reporting the problem", "Social media messages"): (8, None),
 ("Diagnosis", "Supply checker map"): (10, None), ("Diagnosis", "Pressure check callback"): (14, None),
 ("Repair visit", "Appointment booking"): (22, None), ("Repair visit", "Engineer on site"): (24, None), ("Repair visit", "Roadworks and reinstatement"): (10, None),
 ("Keeping customers updated", "Outage text alerts"): (10, None), ("Keeping customers updated", "Bottled water stations"): (10, None),
 ("Compensation", "Compensation claim form"): (14, None), ("Compensation", "Automatic GSS payment"): (8, None), ("Compensation", "Complaints team"): (8, None),
}
J1_STAGES = {s["name"] for s in J1["stages"]}
CHANNEL = {}
for j in (J1, J2):
    for s in j["stages"]:
        for t in s["touchpoints"]:
            CHANNEL[(s["name"], t["name"])] = t["channel"]

def rand_date(lo=START, hi=END):
    return lo + dt.timedelta(days=random.randrange((hi - lo).days + 1))

rows1, rows2 = [], []
for (stage, tp), (n, _) in PLAN.items():
    j1 = stage in J1_STAGES
    for i in range(n):
        cls, text = random.choice(T[(stage, tp)])
        if j1:
            seg = random.choices(J1SEG, [5, 4, 1])[0]
            # renters struggle at moving in: push renters' moving-in comments negative
            if stage == "Moving in" and seg == "Renter" and cls != "neg" and random.random() < 0.6:
                cls, text = random.choice([x for x in T[(stage, "Proof of tenancy upload")] if x[0] == "neg"]); tp_use = "Proof of tenancy upload"
            else:
                tp_use = tp
        else:
            seg = random.choices(J2SEG, [6, 2, 2])[0]
            tp_use = tp
            if stage == "Compensation" and seg == "Business" and random.random() < 0.7:
                cls, text = "neg", random.choice(["business account, compensation claim still not paid after 5 weeks",
                                                  "we're a cafe, lost a day's takings, claim form is painfully slow",
                                                  "no compensation for business customers unless we chase, poor"])
        row = dict(stage=stage, touchpoint=tp_use, cls=cls, text=mess(text), score=score_for(cls), segment=seg,
                   date=rand_date(), channel=CHANNEL[(stage, tp_use)])
        (rows1 if j1 else rows2).append(row)
# emerging: DD mandate errors, only in the last 3 weeks
for i in range(16):
    rows1.append(dict(stage="Paying", touchpoint="Direct debit setup", cls="neg", text=mess(random.choice(EMERGING_T)),
                      score=random.choice([0, 1, 2, 3, 4]), segment=random.choices(J1SEG, [5, 4, 1])[0],
                      date=rand_date(EMERGE, END), channel="app"))
# a few general comments with no touchpoint
for txt, sc in [("whole moving process was fine apart from the bill", 7), ("too many emails and letters when moving", 5), ("good service overall", 9)]:
    rows1.append(dict(stage="", touchpoint="", cls="", text=txt, score=sc, segment=random.choice(J1SEG), date=rand_date(), channel="email"))

rows1.sort(key=lambda r: r["date"]); rows2.sort(key=lambda r: r["date"])
# canonical CSV for journey 1
with open(os.path.join(K, "comments", "moving-billing-survey.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    for i, r in enumerate(rows1, 1):
        r["id"] = f"MHB-{i:04d}"
        w.writerow([r["id"], r["date"].isoformat(), J1["name"], r["stage"], r["touchpoint"], r["channel"], r["score"], "nps", r["segment"], r["text"]])
# non-canonical export (Qualtrics-like) for journey 2, with a mapping file
with open(os.path.join(K, "comments", "qualtrics_supply_export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ResponseId", "RecordedDate", "JourneyName", "Q_Stage", "SURVEY_SUB_TYPE", "ContactChannel", "NPS_SCORE", "ScoreType", "CustomerType", "Q3_Verbatim", "Region"])
    for i, r in enumerate(rows2, 1):
        r["id"] = f"R_{random.randrange(16**8):08x}{i:03d}"
        hh, mm = random.randrange(7, 22), random.randrange(60)
        w.writerow([r["id"], r["date"].strftime("%d/%m/%Y") + f" {hh:02d}:{mm:02d}", J2["name"], r["stage"], r["touchpoint"], r["channel"],
                    r["score"], "nps", r["segment"], r["text"], random.choice(["North", "South", "East", "West"])])
with open(os.path.join(K, "comments", "qualtrics_supply_export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                    "columns": {"comment": "Q3_Verbatim", "id": "ResponseId", "date": "RecordedDate", "journey": "JourneyName",
                                "stage": "Q_Stage", "touchpoint": "SURVEY_SUB_TYPE", "channel": "ContactChannel",
                                "score": "NPS_SCORE", "score_type": "ScoreType", "segment": "CustomerType"}}, f, sort_keys=False)

# ---------------------------------------------------------------- KPIs
WEEKS = [START + dt.timedelta(weeks=i) for i in range(12)]
def series(f, nd=1):
    return [round(f(i) + random.uniform(-1, 1) * 0, nd) for i in range(12)]
def noisy(base, slope, noise, nd=1, lo=None, hi=None):
    out = []
    for i in range(12):
        v = base + slope * i + random.uniform(-noise, noise)
        if lo is not None: v = max(lo, v)
        if hi is not None: v = min(hi, v)
        out.append(round(v, nd))
    return out
KPI = []  # (metric, journey, stage, touchpoint, unit, target, hib, values)
def add(metric, jn, st, tp, unit, target, hib, vals): KPI.append((metric, jn, st, tp, unit, target, hib, vals))
j1n, j2n = J1["name"], J2["name"]
add("nps", j1n, "", "", "", 20, True, noisy(6, 0.0, 3, 0))
add("account_setup_time_days", j1n, "Moving in", "Move-in web form", "days", 2, False, noisy(3.4, -0.03, 0.3))
add("meter_reading_submission_rate", j1n, "Meter readings", "Online meter reading form", "%", 75, True, noisy(62, 0.0, 2.5))
add("estimated_bill_rate", j1n, "Bills", "First bill", "%", 15, False, noisy(31, 0.0, 2.0))
add("call_abandonment_rate", j1n, "Bills", "Billing helpline", "%", 8, False, noisy(11.5, 0.0, 1.2))
dd = noisy(2.6, 0.0, 0.5)
dd[9], dd[10], dd[11] = round(dd[9] + 6.4, 1), round(dd[10] + 10.1, 1), round(dd[11] + 13.3, 1)
add("dd_setup_failure_rate", j1n, "Paying", "Direct debit setup", "%", 3, False, dd)
add("payment_plan_approval_days", j1n, "Payment plans", "Payment plan application", "days", 5, False, noisy(8.5, 0.0, 0.8))
add("nps", j2n, "", "", "", 10, True, noisy(-8, -0.4, 3, 0))
add("call_abandonment_rate", j2n, "Reporting the problem", "Leak hotline", "%", 5, False, noisy(7.8, 0.85, 0.5))   # worsens
add("first_time_fix_rate", j2n, "Repair visit", "Engineer on site", "%", 85, True, noisy(70.5, 1.25, 0.8))          # improves
add("appointment_kept_rate", j2n, "Repair visit", "Appointment booking", "%", 95, True, noisy(84, -0.1, 1.2))
add("leak_repair_time_hours", j2n, "Repair visit", "", "hours", 48, False, noisy(62, -0.6, 2.5))
add("compensation_paid_within_10_days", j2n, "Compensation", "Compensation claim form", "%", 90, True, noisy(71, 0.0, 2.5))
with open(os.path.join(K, "kpis", "weekly_kpis.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
    for wk_i, wk in enumerate(WEEKS):
        for (m, jn, st, tp, unit, tg, hib, vals) in KPI:
            v = vals[wk_i]
            vs = (f"{int(v)}" if float(v).is_integer() and m == "nps" else f"{v}") + ("%" if unit == "%" and wk_i % 3 == 0 else "")
            w.writerow([wk.isoformat(), jn, st, tp, m, vs, unit, tg, "true" if hib else "false"])

# ---------------------------------------------------------------- facts
facts = {"weeks": [w.isoformat() for w in WEEKS],
         "kpis": [dict(metric=m, journey=jn, stage=st, touchpoint=tp, unit=u, target=tg, higher_is_better=h, values=v) for (m, jn, st, tp, u, tg, h, v) in KPI],
         "comments": [dict(id=r["id"], date=r["date"].isoformat(), journey=(j1n if r in rows1 else j2n), stage=r["stage"], touchpoint=r["touchpoint"],
                           score=r["score"], segment=r["segment"], text=r["text"]) for r in rows1 + rows2]}
with open(os.path.join(ROOT, "scripts", "facts.json"), "w") as f:
    json.dump(facts, f, indent=1)
print("comments", len(rows1), len(rows2), "kpi rows", 12 * len(KPI))
