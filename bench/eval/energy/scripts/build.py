"""Assemble the energy base: the smart-meter map (JSON), both comment files and both KPI files.

Comments are written by hand below; this script only adds ids and dates and writes the CSVs.
Week index 0 = Monday 2025-12-22 ... week 11 = Monday 2026-03-09.
"""
import csv
import datetime as dt
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "knowledge"
W0 = dt.date(2025, 12, 22)
WEEKS = [W0 + dt.timedelta(weeks=i) for i in range(12)]


def day(week, offset):
    return W0 + dt.timedelta(weeks=week, days=offset)


# ---------------------------------------------------------------- smart meter map (JSON)
def tp(name, channel, owner, description, pain=None, metrics=None, emotion=None):
    d = {"name": name, "channel": channel, "owner": owner, "description": description}
    if emotion is not None:
        d["emotion"] = emotion
    if pain:
        d["pain_points"] = pain
    if metrics:
        d["metrics"] = metrics
    return d


SMART_MAP = {
    "id": "smart-meter-installation",
    "name": "Smart meter installation",
    "persona": "Existing customer swapping an old meter for a smart meter",
    "owner": "Smart Metering Programme",
    "updated": "2026-02-02",
    "description": "From the invitation to book a free smart meter to aftercare once the meter sends readings.",
    "stages": [
        {
            "name": "Invitation and booking",
            "goal": "Get the customer to agree to a smart meter and book an install slot that suits them",
            "emotion": 0,
            "pain_points": ["Too few weekend slots", "Customers get several invitation emails"],
            "touchpoints": [
                tp("Invitation email", "email", "CRM", "Email inviting the customer to book a free smart meter",
                   pain=["Does not say the install is free"]),
                tp("Booking portal", "web", "Field Scheduling", "Online calendar to pick an install slot",
                   pain=["No Saturday or Sunday slots for weeks"], metrics=["booking_completion_rate"]),
                tp("Booking phone line", "phone", "Customer Service", "Book or change an install by phone",
                   pain=["Advisers do not always ask about medical equipment"]),
                tp("Eligibility check", "back-office", "Metering", "Checks the property and meter type can take a smart meter",
                   pain=["Prepayment customers told they are not eligible, then invited again"]),
            ],
        },
        {
            "name": "Pre-visit",
            "goal": "Prepare the customer and the engineer so the install goes ahead first time",
            "emotion": 0,
            "opportunities": ["Safety and access questions online before the visit (since Jan 2026)"],
            "touchpoints": [
                tp("Appointment reminder SMS", "sms", "Field Scheduling", "Text reminders 3 days and 1 day before the visit"),
                tp("Pre-visit safety questions", "web", "Field Ops", "Short online form about meter location, access, asbestos and medical equipment",
                   emotion=1),
                tp("Engineer on-the-way text", "sms", "Field Ops", "Text with the engineer's name, photo and arrival time",
                   emotion=1),
                tp("Reschedule link", "web", "Field Scheduling", "Link in every text to move the appointment",
                   pain=["Only offers dates weeks away"]),
            ],
        },
        {
            "name": "Installation visit",
            "goal": "Fit the smart meter safely in one visit with as little disruption as possible",
            "emotion": 1,
            "pain_points": ["Engineers not turning up (new installer contractor from March 2026)",
                            "Power off longer than promised"],
            "touchpoints": [
                tp("Engineer arrival", "in person", "Field Ops", "Engineer arrives in the booked slot",
                   pain=["No-shows without a call"], metrics=["missed_appointment_rate"]),
                tp("Meter exchange", "in person", "Field Ops", "Old meter removed and the smart meter fitted",
                   pain=["Second visit needed when the meter cupboard or asbestos was not known"],
                   metrics=["first_time_install_rate"]),
                tp("Power-off window", "in person", "Field Ops", "Supply is switched off for 30-90 minutes during the swap",
                   pain=["Priority Services Register customers not warned about the power cut"], emotion=-1),
                tp("Site clean-up", "in person", "Field Ops", "Engineer tidies up and explains the new meter", emotion=2),
            ],
        },
        {
            "name": "Commissioning and display",
            "goal": "Get the meter talking to the network and the in-home display working",
            "emotion": 0,
            "pain_points": ["In-home displays not pairing after the February 2026 firmware update"],
            "touchpoints": [
                tp("In-home display setup", "in person", "Field Ops", "Engineer pairs the in-home display (IHD) with the meter",
                   pain=["Display shows 'no signal' or 'searching'"], metrics=["ihd_pairing_success_rate"]),
                tp("Meter commissioning", "back-office", "Metering", "Meter joins the smart network and is set up for billing",
                   pain=["Can take days before readings start"]),
                tp("App energy usage view", "app", "Digital", "Half-hourly usage graphs in the app", emotion=1),
                tp("First smart reading", "back-office", "Metering", "First automatic reading received for billing"),
            ],
        },
        {
            "name": "Aftercare",
            "goal": "Make sure readings, bills and support work once the meter is in",
            "emotion": 0,
            "touchpoints": [
                tp("Post-install survey", "email", "CX Insights", "Satisfaction survey sent the day after the visit",
                   pain=["Survey is too long"]),
                tp("Smart meter helpline", "phone", "Customer Service", "Phone help for meter and display faults",
                   pain=["Scripted fixes that do not work for the display"]),
                tp("Fault revisit booking", "web", "Field Scheduling", "Book an engineer to come back for a fault"),
                tp("Switch to smart tariff", "app", "Digital Sales", "Move to a time-of-use or smart prepay tariff", emotion=1),
            ],
        },
    ],
}

# ---------------------------------------------------------------- switching comments (canonical columns, NPS)
SW_STAGE = {"C": "Compare and quote", "S": "Sign-up", "T": "Transfer", "B": "First bill", "L": "Settle in", "": ""}
SW_TP = {
    "tcp": "Tariff comparison page", "pcs": "Price comparison site listing", "qc": "Quote calculator",
    "spl": "Sales phone line", "form": "Online sign-up form", "dd": "Direct debit setup", "wel": "Welcome email",
    "cc": "Credit check", "sdc": "Switch date confirmation", "co": "Cooling-off period",
    "omr": "Opening meter reading", "obj": "Old supplier objection", "trk": "Switch tracker",
    "fbe": "First bill email", "bep": "Bill explainer page", "ddr": "Direct debit review", "bh": "Billing helpline",
    "app": "App account", "chat": "Live chat", "ref": "Refer a friend credit", "smo": "Smart meter offer", "": "",
}
SW_SEG = {"DF": "Dual fuel", "EO": "Electricity only", "PP": "Prepayment", "EV": "EV driver"}
SW_CHANNEL = {"form": "web", "dd": "web", "tcp": "web", "qc": "web", "bep": "web", "pcs": "web", "spl": "phone",
              "bh": "phone", "chat": "chat", "app": "app", "trk": "app", "omr": "app"}

# (week, day offset, stage, touchpoint, nps 0-10, segment, comment)
SWITCHING = [
    (0, 1, "S", "form", 4, "DF", "postcode lookup couldnt find my flat, had to phone in the end"),
    (0, 2, "S", "form", 3, "EO", "form timed out twice while i was finding my meter number"),
    (0, 4, "C", "qc", 8, "DF", "quote was clear and cheaper than my old supplier by about £180 a year"),
    (0, 5, "T", "sdc", 7, "DF", "got the switch date email fine"),
    (0, 6, "B", "fbe", 8, "EO", "first bill matched the quote, no surprises"),
    (0, 3, "L", "chat", 9, "DF", "chat was quick, sorted my tariff question in 5 mins"),
    (0, 2, "T", "obj", 2, "PP", "old supplier blocked the switch because of a £60 debt, nobody told me why for 2 weeks"),
    (0, 0, "C", "pcs", 7, "EV", "found you on a comparison site, ev tariff looked good"),
    (0, 5, "", "", 7, "DF", "n/a"),
    (1, 1, "S", "form", 3, "DF", "had to enter my address twice and it still saved the wrong one"),
    (1, 2, "S", "form", 5, "EV", "sign up form is long. why do u need my car reg??"),
    (1, 3, "S", "dd", 6, "EO", "direct debit bit was fine but no option for date of month"),
    (1, 4, "T", "omr", 5, "DF", "not clear which meter reading you wanted, day or night one"),
    (1, 5, "T", "trk", 8, "DF", "liked the switch tracker, could see each step"),
    (1, 6, "B", "bep", 7, "EO", "bill explainer helped me understand standing charge"),
    (1, 0, "C", "spl", 9, "DF", "lovely lady on the sales line talked me thru the tariffs"),
    (1, 2, "B", "bh", 6, "PP", "helpline ok but took 10 min to get through"),
    (1, 4, "L", "app", 8, "EV", "app is decent, ev charging times shown nicely"),
    (2, 0, "S", "form", 2, "DF", "postcode lookup again!! my house isnt new"),
    (2, 1, "S", "form", 4, "EO", "gave up on the website form, did it by phone"),
    (2, 2, "S", "cc", 3, "PP", "credit check failed me with no explanation, ive never missed a payment"),
    (2, 3, "C", "tcp", 7, "DF", "tariff page is ok but too many tariffs with similar names"),
    (2, 4, "T", "sdc", 8, "DF", "switch date came through as promised"),
    (2, 5, "T", "co", 7, "EO", "good to know i could cancel within 14 days"),
    (2, 6, "B", "fbe", 9, "DF", "first bill was spot on"),
    (2, 3, "L", "ref", 8, "DF", "got the £50 referral credit for my sister, nice"),
    (2, 1, "T", "obj", 3, "PP", "objection from old supplier, had to pay them off first then start again"),
    (2, 4, "", "", 5, "EO", "."),
    (3, 0, "S", "form", 3, "DF", "the form crashed at the payment step, lost everything"),
    (3, 1, "S", "form", 4, "EV", "took me 3 goes to sign up"),
    (3, 2, "S", "wel", 8, "DF", "welcome email was friendly and clear"),
    (3, 3, "C", "qc", 8, "EO", "quote calculator easy to use"),
    (3, 4, "T", "omr", 4, "DF", "meter reading reminder came after the deadline lol"),
    (3, 5, "T", "trk", 7, "DF", "tracker said switching for ages but got there"),
    (3, 6, "B", "ddr", 6, "EO", "dd review said my payment would go up £5, fine i guess"),
    (3, 2, "L", "chat", 9, "EV", "chat agent knew about ev tariffs, v helpful"),
    (3, 3, "B", "fbe", 8, "DF", "bill arrived on time, matched quote"),
    (3, 1, "", "", 6, "DF", "my dog loves your vans lol"),
    (4, 0, "S", "form", 9, "DF", "new sign up is sooo much easier, took 5 mins"),
    (4, 1, "S", "form", 10, "EO", "signed up on my phone in about 4 minutes, brilliant"),
    (4, 2, "S", "form", 8, "EV", "quick sign up, postcode found straight away this time"),
    (4, 3, "S", "dd", 7, "DF", "dd setup fine"),
    (4, 4, "T", "sdc", 8, "DF", "switch date confirmed next day"),
    (4, 5, "T", "obj", 3, "PP", "switch stuck, old supplier objected, im stuck on their expensive prepay tariff"),
    (4, 6, "B", "fbe", 8, "DF", "first bill correct"),
    (4, 2, "C", "pcs", 6, "EO", "comparison site price was different from what you quoted me, by like £3/month"),
    (4, 3, "L", "app", 7, "DF", "app fine"),
    (4, 4, "", "", 7, "EO", "n/a"),
    (5, 0, "S", "form", 9, "DF", "easiest switch sign up ive done"),
    (5, 1, "S", "form", 10, "DF", "so easy!!"),
    (5, 2, "S", "cc", 4, "PP", "credit check asked for a deposit because im on prepay, unfair"),
    (5, 3, "T", "trk", 9, "EV", "tracker was great, knew exactly when id switch"),
    (5, 4, "T", "omr", 5, "DF", "app wouldnt accept my opening reading photo"),
    (5, 5, "B", "bep", 8, "DF", "explainer page good"),
    (5, 6, "B", "fbe", 7, "EO", "bill ok, bit late"),
    (5, 1, "C", "tcp", 8, "DF", "clear prices on the tariff page"),
    (5, 3, "L", "chat", 9, "DF", "chat sorted my moving home question"),
    (5, 5, "C", "spl", 8, "EV", "sales guy knew his stuff"),
    (6, 0, "S", "form", 9, "EO", "very quick online signup"),
    (6, 1, "S", "wel", 9, "DF", "welcome email had everything i needed"),
    (6, 2, "T", "sdc", 9, "DF", "switched in 8 days, faster than i expected"),
    (6, 3, "T", "co", 6, "EO", "cooling off info buried in the small print"),
    (6, 4, "B", "fbe", 8, "DF", "first bill was right"),
    (6, 5, "L", "ref", 9, "DF", "referral credit came through quick"),
    (6, 6, "S", "form", 8, "EV", "signup fine, would like to pick ev tariff start date"),
    (6, 2, "T", "obj", 4, "PP", "debt objection again. why wasnt i warned at sign up"),
    (6, 4, "", "", 8, "DF", "nothing to add"),
    (7, 0, "S", "form", 10, "DF", "signed up in 5 min, loved it"),
    (7, 1, "T", "trk", 9, "DF", "switch tracker 10/10"),
    (7, 2, "T", "sdc", 9, "EO", "switched in 6 days!"),
    (7, 3, "B", "fbe", 8, "DF", "bill fine"),
    (7, 4, "B", "bh", 7, "EO", "helpline answered fast"),
    (7, 5, "L", "app", 8, "EV", "app shows usage nicely"),
    (7, 6, "C", "qc", 7, "DF", "quote calc doesnt do economy 7 properly"),
    (7, 2, "S", "dd", 8, "DF", "easy dd"),
    (7, 3, "L", "chat", 10, "DF", "chat agent priya was amazing"),
    (8, 0, "S", "form", 9, "EO", "really smooth sign up"),
    (8, 1, "T", "sdc", 9, "DF", "switch done in under a week, impressed"),
    (8, 2, "T", "omr", 6, "DF", "reading submission still a bit confusing"),
    (8, 3, "B", "fbe", 8, "DF", "first bill matched quote"),
    (8, 4, "B", "ddr", 7, "EO", "dd review fine"),
    (8, 5, "L", "smo", 7, "DF", "got the smart meter offer, will book"),
    (8, 6, "C", "pcs", 7, "EV", "comparison site listing was accurate"),
    (8, 2, "S", "form", 9, "DF", "quick"),
    (8, 4, "", "", 7, "DF", "nice weather today"),
    (9, 0, "B", "fbe", 2, "DF", "first bill used an estimated reading that is miles off, £310 for one month??"),
    (9, 1, "B", "fbe", 1, "EO", "bill never arrived, then got a 'final reminder'"),
    (9, 2, "B", "ddr", 2, "DF", "direct debit set to £240 a month, quote said £95"),
    (9, 3, "B", "bh", 1, "DF", "on hold 45 mins to billing then cut off"),
    (9, 4, "S", "form", 9, "DF", "sign up still great"),
    (9, 5, "T", "sdc", 9, "EO", "switch was fast"),
    (9, 6, "B", "fbe", 3, "EV", "first bill ignored my opening reading completely"),
    (9, 2, "L", "chat", 8, "DF", "chat helped with my bill error, thank you"),
    (9, 4, "T", "trk", 8, "DF", "tracker good"),
    (9, 3, "C", "tcp", 8, "EO", "good prices"),
    (10, 0, "B", "fbe", 1, "DF", "charged twice for the same month, this is a joke"),
    (10, 1, "B", "fbe", 2, "EO", "estimated bill again even tho i sent a reading"),
    (10, 2, "B", "ddr", 0, "DF", "dd jumped to £260, im leaving"),
    (10, 3, "B", "bh", 1, "PP", "billing helpline 50 min wait. nobody calls back"),
    (10, 4, "B", "bep", 4, "DF", "explainer doesnt explain why i got 2 bills"),
    (10, 5, "B", "fbe", 2, "EV", "ev tariff not applied on first bill, charged standard rate for night charging"),
    (10, 6, "S", "form", 9, "DF", "signup easy"),
    (10, 1, "T", "sdc", 8, "DF", "switched in 5 days"),
    (10, 3, "L", "chat", 6, "EO", "chat friendly but couldnt fix the bill"),
    (10, 5, "T", "co", 3, "DF", "thinking of cancelling in cooling off after seeing the bill"),
    (10, 2, "", "", 5, "DF", "?"),
    (11, 0, "B", "fbe", 0, "DF", "double charged again. sort it out"),
    (11, 1, "B", "fbe", 1, "EO", "bill 3x what was quoted"),
    (11, 2, "B", "ddr", 1, "DF", "direct debit way too high, cant afford £250"),
    (11, 3, "B", "bh", 0, "DF", "over an hour on hold to billing"),
    (11, 4, "B", "bh", 2, "EV", "helpline wait is ridiculous"),
    (11, 5, "B", "fbe", 3, "DF", "first bill late and wrong"),
    (11, 6, "S", "form", 10, "EO", "sign up was the best bit"),
    (11, 2, "T", "sdc", 9, "DF", "switch itself super quick"),
    (11, 4, "T", "co", 2, "EO", "cancelled during cooling off because of the billing mess"),
    (11, 3, "L", "app", 4, "DF", "app shows a different balance from my bill"),
    (11, 5, "B", "ddr", 2, "PP", "they put my prepay on a direct debit i never asked for"),
    (11, 6, "C", "pcs", 7, "DF", "still cheapest on comparison site"),
]

# ---------------------------------------------------------------- smart meter comments (vendor export, CSAT 1-5)
SM_STAGE = {"I": "invitation and booking", "P": "pre-visit", "V": "installation visit",
            "D": "commissioning and display", "A": "aftercare", "": ""}
SM_TP = {
    "inv": "Invitation email", "bp": "Booking portal", "bpl": "Booking phone line", "el": "Eligibility check",
    "rem": "Appointment reminder SMS", "psq": "Pre-visit safety questions", "otw": "Engineer on-the-way text",
    "rs": "Reschedule link", "arr": "Engineer arrival", "mx": "Meter exchange", "pow": "Power-off window",
    "cln": "Site clean-up", "ihd": "In-home display setup", "com": "Meter commissioning",
    "use": "App energy usage view", "fsr": "First smart reading", "pis": "Post-install survey",
    "smh": "Smart meter helpline", "frb": "Fault revisit booking", "sst": "Switch to smart tariff", "": "",
}
SM_SEG = {"ST": "Standard", "PSR": "Priority Services Register", "PP": "Prepayment"}
REGIONS = ["North West", "Midlands", "South East", "Scotland", "Wales", "London"]

# (week, day offset, stage, touchpoint, csat 1-5, tier, comment)
SMART = [
    (0, 1, "I", "bp", 4, "ST", "easy to pick a slot online"),
    (0, 2, "I", "inv", 3, "ST", "invitation email didnt say if its free. it is free right?"),
    (0, 3, "V", "mx", 2, "ST", "engineer couldnt fit it, meter cupboard too small, has to come back"),
    (0, 4, "V", "arr", 5, "ST", "engineer on time and polite"),
    (0, 5, "V", "pow", 2, "PSR", "nobody warned me power would be off for 90 mins, my oxygen concentrator needs power"),
    (0, 6, "D", "ihd", 4, "ST", "display working straight away"),
    (0, 2, "A", "smh", 3, "ST", "helpline ok"),
    (0, 3, "V", "cln", 5, "ST", "left everything spotless"),
    (0, 4, "I", "el", 2, "PP", "told im not eligible on prepay then got another invite a week later"),
    (1, 0, "I", "bp", 4, "ST", "booking portal simple"),
    (1, 1, "V", "mx", 2, "ST", "asbestos check meant a second visit, why not ask before"),
    (1, 2, "V", "arr", 5, "ST", "engineer arrived bang on time"),
    (1, 3, "D", "com", 3, "ST", "meter took 3 days to start sending readings"),
    (1, 4, "P", "rem", 4, "ST", "reminder text useful"),
    (1, 5, "V", "pow", 3, "PSR", "power off longer than they said"),
    (1, 6, "A", "pis", 3, "ST", "survey too long"),
    (1, 2, "D", "use", 4, "ST", "love seeing usage in the app"),
    (1, 4, "", "", 3, "ST", "n/a"),
    (2, 0, "I", "bpl", 3, "PSR", "phone booking ok but they didnt ask about my medical equipment"),
    (2, 1, "V", "mx", 2, "ST", "old meter in a weird spot, engineer gave up"),
    (2, 2, "V", "cln", 5, "ST", "very tidy engineer"),
    (2, 3, "D", "ihd", 4, "ST", "in home display is handy, kids turn lights off now lol"),
    (2, 4, "P", "otw", 5, "ST", "loved the on the way text with the engineers photo"),
    (2, 5, "I", "bp", 2, "ST", "no weekend slots for 6 weeks"),
    (2, 6, "A", "sst", 4, "ST", "moved to smart tariff, saving already"),
    (2, 3, "V", "arr", 4, "PP", "on time"),
    (2, 4, "I", "inv", 3, "ST", "got 4 invite emails in a week, bit much"),
    (3, 0, "P", "psq", 4, "ST", "safety questions beforehand made sense"),
    (3, 1, "V", "mx", 4, "ST", "done in one visit"),
    (3, 2, "V", "pow", 2, "PSR", "no warning about the power off, my stairlift stopped"),
    (3, 3, "D", "ihd", 5, "ST", "display set up and explained well"),
    (3, 4, "D", "fsr", 4, "ST", "first smart reading came through next day"),
    (3, 5, "I", "bp", 4, "ST", "chose a slot that suited me"),
    (3, 6, "A", "smh", 2, "ST", "helpline didnt know why my bill is still estimated"),
    (3, 2, "V", "cln", 5, "ST", "engineer hoovered up after, legend"),
    (3, 4, "", "", 1, "ST", "why are your prices so high"),
    (4, 0, "P", "psq", 5, "ST", "good to answer the access questions online first"),
    (4, 1, "V", "mx", 5, "ST", "quick install, 45 mins"),
    (4, 2, "V", "arr", 5, "ST", "arrived early even"),
    (4, 3, "D", "ihd", 4, "PP", "display shows my credit, useful on prepay"),
    (4, 4, "I", "bp", 4, "ST", "portal easy"),
    (4, 5, "P", "rem", 4, "ST", "reminders good"),
    (4, 6, "A", "pis", 3, "ST", "."),
    (4, 2, "I", "bp", 2, "ST", "still no saturday slots"),
    (4, 3, "V", "pow", 3, "PSR", "they did ask about medical kit this time but power still off 2 hrs"),
    (5, 0, "V", "mx", 5, "ST", "first visit, done, no fuss"),
    (5, 1, "V", "cln", 5, "ST", "spotless"),
    (5, 2, "D", "com", 4, "ST", "meter live same day"),
    (5, 3, "P", "otw", 5, "ST", "on the way text great"),
    (5, 4, "D", "use", 4, "ST", "app usage graphs nice"),
    (5, 5, "I", "bpl", 4, "ST", "phone booking quick"),
    (5, 6, "A", "sst", 4, "PP", "smart prepay top up from the app is brilliant"),
    (5, 2, "V", "arr", 4, "ST", "engineer friendly explained everything"),
    (5, 4, "P", "rs", 3, "ST", "reschedule link only offered dates weeks away"),
    (6, 0, "V", "mx", 5, "ST", "smooth install"),
    (6, 1, "D", "ihd", 4, "ST", "display working"),
    (6, 2, "V", "arr", 5, "PSR", "engineer was patient and explained the power off, thank you"),
    (6, 3, "I", "bp", 4, "ST", "easy booking"),
    (6, 4, "P", "psq", 4, "ST", "questions quick"),
    (6, 5, "A", "smh", 3, "ST", "helpline fine"),
    (6, 6, "D", "fsr", 4, "ST", "readings came through"),
    (6, 3, "V", "cln", 5, "ST", "tidy"),
    (6, 5, "", "", 4, "ST", "nothing to add"),
    (7, 0, "V", "mx", 5, "ST", "one visit and done, great"),
    (7, 1, "V", "arr", 5, "ST", "on time, friendly"),
    (7, 2, "D", "ihd", 4, "ST", "ihd set up fine"),
    (7, 3, "I", "bp", 3, "ST", "weekend slots still rare"),
    (7, 4, "D", "use", 5, "ST", "love the app usage view"),
    (7, 5, "A", "sst", 4, "ST", "smart tariff saving me £20/month"),
    (7, 6, "P", "rem", 4, "PP", "reminder helpful"),
    (7, 2, "V", "pow", 4, "PSR", "power off was short and they warned me"),
    (8, 0, "D", "ihd", 2, "ST", "display says no signal since day one"),
    (8, 1, "D", "ihd", 1, "ST", "in home display blank, engineer said an update was coming"),
    (8, 2, "V", "mx", 5, "ST", "install itself was quick"),
    (8, 3, "D", "ihd", 2, "PP", "ihd wont pair, cant see my prepay credit"),
    (8, 4, "I", "bp", 4, "ST", "booking easy"),
    (8, 5, "V", "cln", 5, "ST", "very neat work"),
    (8, 6, "A", "smh", 2, "ST", "helpline told me to unplug the display and wait, didnt work"),
    (8, 2, "V", "arr", 5, "ST", "on time"),
    (8, 4, "D", "com", 4, "ST", "meter commissioned ok"),
    (9, 0, "D", "ihd", 1, "ST", "display keeps saying 'searching'"),
    (9, 1, "D", "ihd", 2, "ST", "ihd not connecting after the update"),
    (9, 2, "A", "frb", 2, "ST", "had to book a revisit just for the display"),
    (9, 3, "V", "mx", 4, "ST", "install fine"),
    (9, 4, "D", "use", 4, "ST", "app usage works even if the display doesnt"),
    (9, 5, "V", "arr", 5, "PSR", "engineer very considerate"),
    (9, 6, "I", "bp", 4, "ST", "booked in 2 mins"),
    (9, 3, "D", "ihd", 2, "ST", "display paired then lost connection next day"),
    (9, 4, "V", "pow", 4, "PSR", "told about the power off in advance, good"),
    (10, 0, "V", "arr", 1, "ST", "engineer never turned up, took a day off work for nothing"),
    (10, 1, "V", "arr", 1, "ST", "no show. no call. nothing"),
    (10, 2, "V", "arr", 1, "PSR", "waited in all day, no engineer, i cant just go out"),
    (10, 3, "P", "otw", 2, "ST", "got the on the way text then nobody came"),
    (10, 4, "D", "ihd", 2, "ST", "display no signal"),
    (10, 5, "P", "rs", 2, "ST", "reschedule link offered nothing for 5 weeks after the no show"),
    (10, 6, "V", "mx", 4, "ST", "when they finally came, install was fine"),
    (10, 2, "D", "ihd", 1, "PP", "ihd dead, cant see credit, scared of running out"),
    (10, 4, "A", "smh", 2, "ST", "helpline just apologised"),
    (10, 1, "I", "bp", 4, "ST", "booking ok"),
    (10, 3, "V", "cln", 4, "ST", "tidy"),
    (11, 0, "V", "arr", 1, "ST", "second no-show in a row"),
    (11, 1, "V", "arr", 1, "ST", "engineer from the new contractor didnt show"),
    (11, 2, "V", "arr", 2, "ST", "engineer 4 hours late, no text"),
    (11, 3, "P", "otw", 1, "ST", "on the way text said 10 mins, never came"),
    (11, 4, "D", "ihd", 1, "ST", "display still doesnt work 3 weeks later"),
    (11, 5, "A", "frb", 1, "ST", "revisit for the display was also a no show"),
    (11, 6, "V", "mx", 5, "ST", "install quick once he arrived"),
    (11, 2, "D", "ihd", 2, "ST", "ihd searching for signal"),
    (11, 4, "V", "arr", 1, "PSR", "no show, i had arranged my carer around it"),
    (11, 3, "", "", 2, "ST", "-"),
    (11, 5, "D", "use", 4, "ST", "app is fine tho"),
]

# ---------------------------------------------------------------- KPIs (12 weekly values each)
# (journey, stage, touchpoint, metric, unit, target, higher_is_better, values)
SWJ, SMJ = "Switching supplier", "Smart meter installation"
KPIS = [
    (SWJ, "", "", "nps", "score", 30, "true",
     [22, 21, 23, 24, 27, 29, 31, 32, 30, 24, 18, 15]),
    (SWJ, "Sign-up", "Online sign-up form", "signup_conversion_rate", "%", 25, "true",
     [18.2, 17.9, 18.5, 18.1, 22.4, 24.8, 25.9, 26.3, 26.1, 26.8, 26.5, 27.0]),
    (SWJ, "Transfer", "Switch date confirmation", "switch_time_days", "days", 7, "false",
     [16.5, 17.2, 15.8, 14.9, 13.1, 11.6, 10.2, 9.4, 8.1, 7.5, 6.8, 6.2]),
    (SWJ, "Transfer", "Cooling-off period", "cancellation_rate", "%", 5, "false",
     [6.1, 6.4, 5.9, 6.0, 5.5, 5.2, 5.0, 4.8, 4.9, 5.1, 5.6, 6.3]),
    (SWJ, "First bill", "First bill email", "first_bill_accuracy_rate", "%", 97, "true",
     [96.8, 97.1, 96.5, 97.0, 96.9, 97.3, 97.2, 96.8, 97.0, 91.4, 88.2, 86.5]),
    (SWJ, "First bill", "Billing helpline", "helpline_wait_time", "min", 5, "false",
     [6.2, 7.0, 5.8, 5.5, 5.1, 4.9, 4.6, 4.8, 5.0, 14.5, 22.8, 26.1]),
    (SWJ, "", "", "complaint_count", "count", 40, "false",
     [42, 39, 44, 41, 38, 36, 35, 37, 36, 88, 131, 142]),
    (SMJ, "", "", "nps", "score", 35, "true",
     [34, 33, 35, 36, 37, 38, 38, 36, 33, 31, 26, 22]),
    (SMJ, "Invitation and booking", "Booking portal", "booking_completion_rate", "%", 60, "true",
     [52.1, 50.4, 54.3, 55.0, 56.2, 57.8, 58.1, 59.4, 60.2, 61.0, 60.7, 61.5]),
    (SMJ, "Installation visit", "Engineer arrival", "missed_appointment_rate", "%", 3, "false",
     [3.8, 4.1, 3.6, 3.9, 3.5, 3.7, 3.4, 3.6, 3.8, 4.0, 9.6, 12.3]),
    (SMJ, "Installation visit", "Meter exchange", "first_time_install_rate", "%", 88, "true",
     [81.5, 80.9, 82.4, 83.8, 85.1, 86.0, 87.2, 88.4, 89.1, 89.6, 90.2, 90.5]),
    (SMJ, "Commissioning and display", "In-home display setup", "ihd_pairing_success_rate", "%", 95, "true",
     [94.2, 93.8, 94.5, 94.0, 94.6, 94.1, 94.8, 94.3, 87.5, 82.1, 79.4, 78.2]),
    (SMJ, "Installation visit", "", "csat", "%", 85, "true",
     [84, 83, 85, 86, 86, 87, 88, 88, 87, 86, 80, 76]),
    (SMJ, "", "", "complaint_count", "count", 20, "false",
     [18, 17, 20, 19, 16, 15, 14, 16, 27, 33, 58, 71]),
]


def main():
    (ROOT / "maps" / "smart-meter-installation.json").write_text(json.dumps(SMART_MAP, indent=2, ensure_ascii=False) + "\n")

    # switching comments: canonical column names, sorted by date
    rows = sorted(SWITCHING, key=lambda r: (r[0], r[1]))
    with open(ROOT / "comments" / "switching_survey.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
        for i, (wk, d, st, t, score, seg, text) in enumerate(rows, 1):
            w.writerow([f"sw-{i:03d}", day(wk, d).isoformat(), "Switching supplier", SW_STAGE[st], SW_TP[t],
                        SW_CHANNEL.get(t, "email" if t else ""), score, "nps", SW_SEG[seg], text])

    # smart meter comments: vendor export with its own column names and a dd/mm/yyyy HH:MM date
    rows = sorted(SMART, key=lambda r: (r[0], r[1]))
    with open(ROOT / "comments" / "fieldpulse_export_smart_meter.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Submitted At", "Programme", "Visit Stage", "Step", "How satisfied (1-5)",
                    "Scale", "Customer Tier", "Region", "Tell us more"])
        for i, (wk, d, st, t, score, seg, text) in enumerate(rows, 1):
            when = dt.datetime.combine(day(wk, d), dt.time(8 + (i * 7) % 12, (i * 13) % 60))
            w.writerow([f"FP-{20400 + i}", when.strftime("%d/%m/%Y %H:%M"), "Smart meter installation",
                        SM_STAGE[st], SM_TP[t], score, "csat", SM_SEG[seg], REGIONS[i % len(REGIONS)], text])

    for name, journey in (("switching_kpis.csv", SWJ), ("smart_meter_kpis.csv", SMJ)):
        with open(ROOT / "kpis" / name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"])
            for j, st, t, m, unit, target, hib, vals in KPIS:
                if j != journey:
                    continue
                assert len(vals) == 12, m
                for wk, v in zip(WEEKS, vals):
                    w.writerow([wk.isoformat(), j, st, t, m, v, target, unit, hib])


if __name__ == "__main__":
    main()
