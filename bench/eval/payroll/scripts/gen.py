#!/usr/bin/env python3
"""Seeded generator for the payroll blind evaluation base.

Writes knowledge/maps, knowledge/comments, knowledge/kpis, then computes every
figure for dev.yaml / heldout.yaml from the files it wrote (re-read from disk).
Run:  python3 scripts/gen.py   (from /work/blind/payroll)
"""
import csv, json, os, random, re, datetime as dt
from collections import defaultdict
import yaml

SEED = 20261203
rng = random.Random(SEED)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

# ---------------------------------------------------------------- maps
ONB = {
    "id": "employer-onboarding",
    "name": "Employer onboarding",
    "persona": "Small business owner or office manager moving payroll onto us",
    "owner": "Onboarding team",
    "updated": "2026-09-01",
    "description": "From signing up to the first live pay run for a new employer (1-49 staff), including data import, HMRC/PAYE setup and pensions.",
    "stages": [
        {"name": "Sign-up", "goal": "Create an account and pick a plan in under 10 minutes", "emotion": 1,
         "pain_points": ["Plan differences (per-employee pricing) are unclear"],
         "opportunities": ["Price calculator by headcount"],
         "touchpoints": [
             {"name": "Pricing page", "channel": "web", "owner": "Marketing", "description": "Public page with per-employee plans and the add-ons (pensions, HR).", "emotion": 0,
              "pain_points": ["Hard to tell what the Plus plan adds"], "metrics": ["signup_completion_rate"]},
             {"name": "Free trial sign-up form", "channel": "web", "owner": "Growth team", "description": "Email, company name, number of employees, 30-day free trial.", "emotion": 1,
              "metrics": ["signup_completion_rate"]},
             {"name": "Welcome email", "channel": "email", "owner": "Lifecycle marketing", "description": "Sent right after sign-up with the setup checklist and a link to book a specialist call.", "emotion": 1},
         ]},
        {"name": "Data import", "goal": "Get every employee and their year-to-date pay history in correctly", "emotion": -1,
         "pain_points": ["CSV template rejects common date and NI number formats", "Year-to-date figures from the old provider don't reconcile"],
         "opportunities": ["Accept DD/MM/YYYY and spaced NI numbers", "Show row-level errors inline"],
         "touchpoints": [
             {"name": "Employee CSV import", "channel": "web app", "owner": "Onboarding product squad", "description": "Upload of the employee spreadsheet (names, NI numbers, tax codes, start dates, bank details) using our CSV template.", "emotion": -2,
              "pain_points": ["Vague 'row invalid' errors", "Dates must be YYYY-MM-DD", "NI numbers with spaces rejected"], "metrics": ["import_success_rate"]},
             {"name": "Previous provider migration", "channel": "assisted", "owner": "Migrations team", "description": "We pull employee and YTD data from Sage, Xero or BrightPay exports on the customer's behalf.", "emotion": 0,
              "pain_points": ["Takes 3-5 working days"]},
             {"name": "Pay history checker", "channel": "web app", "owner": "Onboarding product squad", "description": "Reconciles imported year-to-date pay, tax and NI against the last payslip from the old provider.", "emotion": -1},
         ]},
        {"name": "Tax setup", "goal": "Connect to HMRC and set up PAYE so RTI filings go through from day one", "emotion": -1,
         "pain_points": ["Customers don't have their Government Gateway login to hand"],
         "touchpoints": [
             {"name": "HMRC gateway connection", "channel": "web app", "owner": "Compliance engineering", "description": "Customer authorises us with their Government Gateway user ID so we can file RTI on their behalf.", "emotion": -1,
              "pain_points": ["Lost Government Gateway credentials", "Authorisation times out"], "metrics": ["hmrc_connection_success_rate"]},
             {"name": "PAYE reference entry", "channel": "web app", "owner": "Compliance engineering", "description": "Employer PAYE reference and Accounts Office reference, validated against HMRC.", "emotion": 0},
             {"name": "Pension scheme setup", "channel": "web app", "owner": "Pensions partnerships", "description": "Auto-enrolment: connect NEST, NOW: Pensions or The People's Pension and set contribution rates.", "emotion": 0},
         ]},
        {"name": "First pay run", "goal": "Run the first payroll accurately and on time", "emotion": 1,
         "touchpoints": [
             {"name": "Onboarding specialist call", "channel": "video call", "owner": "Customer onboarding specialists", "description": "A 45-minute screen-share with a named specialist who checks the setup before the first live run.", "emotion": 2},
             {"name": "Trial pay run", "channel": "web app", "owner": "Payroll product squad", "description": "A dry-run of the first pay run that is not filed with HMRC, to compare against the old provider.", "emotion": 0},
             {"name": "First payslips sent", "channel": "email", "owner": "Payroll product squad", "description": "The first live payslips go out to employees by email and in the app.", "emotion": 1},
         ]},
        {"name": "Settling in", "goal": "Be confident running payroll alone by the second month", "emotion": 0,
         "touchpoints": [
             {"name": "30-day check-in", "channel": "phone", "owner": "Customer success", "description": "Call a month after go-live to check the second pay run and answer questions.", "emotion": 1},
             {"name": "Help centre", "channel": "web", "owner": "Support content team", "description": "Self-serve articles and videos on payroll tasks.", "emotion": 0},
         ]},
    ],
}

PAY = {
    "id": "monthly-pay-run",
    "name": "Monthly pay run and year-end",
    "persona": "Payroll admin, business owner or external accountant running payroll every month",
    "owner": "Payroll product team",
    "updated": "2026-09-01",
    "description": "The recurring monthly cycle for live employers: preparing the run, approvals, payslips, HMRC and pension filings, year-end and support.",
    "stages": [
        {"name": "Pay run preparation", "goal": "Get hours, overtime, starters and leavers in before the cut-off", "emotion": 0,
         "touchpoints": [
             {"name": "Timesheet sync", "channel": "integration", "owner": "Integrations squad", "description": "Pulls hours from Deputy, Rota Cloud and QuickBooks Time.", "emotion": 0},
             {"name": "Starters and leavers", "channel": "web app", "owner": "Payroll product squad", "description": "Adding new starters (P45/starter checklist) and processing leavers.", "emotion": 0},
             {"name": "Pay run reminder email", "channel": "email", "owner": "Lifecycle marketing", "description": "Reminder five working days before the pay date.", "emotion": 0},
         ]},
        {"name": "Approvals", "goal": "Get the pay run signed off by the business owner before the bank (BACS) deadline", "emotion": 0,
         "pain_points": ["Owners approve late on their phones"],
         "touchpoints": [
             {"name": "Approval request email", "channel": "email", "owner": "Payroll product squad", "description": "Email to the approver with a summary of the run and a link to approve.", "emotion": 0},
             {"name": "Two-factor sign-off", "channel": "SMS", "owner": "Identity and Security team", "description": "The approver confirms the run with a one-time code sent by text message (or authenticator app).", "emotion": 0,
              "metrics": ["approval_on_time_rate"]},
             {"name": "Approval dashboard", "channel": "web app", "owner": "Payroll product squad", "description": "Shows who has approved and what changed since last month.", "emotion": 0},
         ]},
        {"name": "Payslips", "goal": "Every employee gets a correct payslip on payday", "emotion": 1,
         "touchpoints": [
             {"name": "Employee payslip app", "channel": "mobile app", "owner": "Employee experience squad", "description": "Employees see payslips, P60s and holiday balances on their phone.", "emotion": 2,
              "metrics": ["payslip_app_adoption_rate"]},
             {"name": "Payslip PDF email", "channel": "email", "owner": "Payroll product squad", "description": "Password-protected PDF payslip by email for employees without the app.", "emotion": 0},
         ]},
        {"name": "Filings", "goal": "Submit RTI and pension data to HMRC and providers on time without rejections", "emotion": -1,
         "pain_points": ["FPS rejections with cryptic HMRC error codes", "Late filing penalty worries"],
         "touchpoints": [
             {"name": "RTI FPS submission", "channel": "HMRC API", "owner": "Compliance engineering", "description": "The Full Payment Submission sent to HMRC on or before each payday.", "emotion": -2,
              "pain_points": ["Rejected submissions with error codes nobody understands", "Resubmission is manual"], "metrics": ["rti_rejection_rate"]},
             {"name": "Pension contribution upload", "channel": "integration", "owner": "Pensions partnerships", "description": "Contribution schedule sent to the pension provider after each run.", "emotion": 0},
             {"name": "Filing status page", "channel": "web app", "owner": "Compliance engineering", "description": "Shows whether each FPS/EPS was accepted by HMRC.", "emotion": 0},
         ]},
        {"name": "Year-end", "goal": "Close the tax year and issue P60s with no surprises", "emotion": 0,
         "touchpoints": [
             {"name": "P60 generation", "channel": "web app", "owner": "Compliance engineering", "description": "P60s produced after the final FPS of the tax year.", "emotion": 0},
             {"name": "Year-end checklist", "channel": "web app", "owner": "Customer success", "description": "Guided steps for the April year-end: final FPS, P60s, new tax codes.", "emotion": 0},
         ]},
        {"name": "Support", "goal": "Get unblocked fast when something goes wrong near payday", "emotion": -1,
         "pain_points": ["Long chat queues on payday", "Callbacks arrive after the BACS deadline"],
         "touchpoints": [
             {"name": "Live chat", "channel": "chat", "owner": "Customer support", "description": "In-app chat with the support team, 8am-6pm.", "emotion": -1,
              "metrics": ["support_first_response_time_mins"]},
             {"name": "Phone callback", "channel": "phone", "owner": "Customer support", "description": "Customer requests a call back from the support team.", "emotion": -1},
             {"name": "Accountant partner line", "channel": "phone", "owner": "Partner success", "description": "Priority phone line for accountants and payroll bureaus.", "emotion": 0},
         ]},
    ],
}


def tp_index(j):
    out = {}
    for s in j["stages"]:
        for t in s["touchpoints"]:
            out[t["name"]] = (j["id"], s["name"], t)
    return out

TPS = {**tp_index(ONB), **tp_index(PAY)}

# ---------------------------------------------------------------- comments
START = dt.date(2026, 9, 1)
END = dt.date(2026, 11, 29)
EMERGE = dt.date(2026, 11, 9)
SEGS = ["Micro (1-9 staff)", "Small (10-49 staff)", "Accountant / bureau"]
SEG_SHIFT = {SEGS[0]: 1.0, SEGS[1]: 0.0, SEGS[2]: -1.5}

# topic: touchpoint, count, base nps mean, texts
TOPICS = {
    "csv": ("Employee CSV import", 52, 3.0, [
        "csv import keeps saying row invalid but doesnt say which column",
        "the employee import rejected all our start dates because theyre dd/mm/yyyy. who uses yyyy-mm-dd??",
        "NI numbers with spaces get rejected on import, had to fix 30 rows by hand",
        "spent 2 hrs on the CSV template, error messages are useless",
        "import failed 4 times, no idea why. ended up typing employees in manually",
        "Your import tool wouldnt take our tax codes with the W1/M1 bit, frustrating",
        "csv upload just says 'invalid file' - it was exported straight from excel",
        "import is the worst part of setup tbh, the template is fussy about dates",
        "had to ring support bc the import kept failing on bank sort codes with dashes",
        "employee import errors are cryptic. 'row 14 invalid'. ok but WHY",
    ]),
    "migration": ("Previous provider migration", 18, 7.0, [
        "migration team pulled everything from sage for us, took a few days but fine",
        "brightpay migration was ok but 5 working days is long when payday is close",
        "good that you move the data from xero for us, slow tho",
        "migration from old provider mostly smooth, couple of leavers missing",
    ]),
    "history": ("Pay history checker", 16, 5.0, [
        "ytd figures didnt match our last payslip, pay history checker flagged it but didnt help fix",
        "the pay history check is useful but confusing when NI doesnt reconcile",
        "year to date tax off by a few quid after import, took ages to find",
    ]),
    "hmrc": ("HMRC gateway connection", 30, 4.5, [
        "couldnt connect to HMRC, we didnt have our government gateway login",
        "gateway authorisation timed out twice",
        "hmrc connection step assumes you know your gateway user id. nobody does",
        "took a week to get gateway creds back from our old accountant",
        "connecting to hmrc was confusing, the screen just spins",
        "gov gateway bit was painful but once done it was fine",
    ]),
    "paye": ("PAYE reference entry", 10, 7.0, [
        "paye ref step was easy",
        "accounts office reference - had to dig it out of a letter but ok",
    ]),
    "pension": ("Pension scheme setup", 14, 6.5, [
        "nest connection was straightforward",
        "pension setup ok, contribution rates a bit confusing",
        "people's pension link took two tries",
    ]),
    "pricing": ("Pricing page", 12, 6.0, [
        "pricing page doesnt make clear what plus gets you",
        "per employee pricing fine but the add ons are confusing",
        "clear enough pricing, cheaper than our accountant",
    ]),
    "signup": ("Free trial sign-up form", 10, 8.0, [
        "sign up was quick",
        "trial signup easy, 2 mins",
        "signing up was painless",
    ]),
    "welcome": ("Welcome email", 8, 7.5, [
        "welcome email checklist was handy",
        "liked the setup checklist in the welcome mail",
    ]),
    "specialist": ("Onboarding specialist call", 22, 8.8, [
        "the specialist call was great, Priya checked everything before we went live",
        "onboarding call really helpful, caught a wrong tax code",
        "loved having a named person on the setup call",
        "specialist walked us thru the first run, made it much less scary",
    ]),
    "trial": ("Trial pay run", 14, 7.0, [
        "trial run let us compare with the old provider, good idea",
        "dry run was useful, found a pension difference",
        "trial pay run numbers matched, reassuring",
    ]),
    "firstslips": ("First payslips sent", 8, 7.5, [
        "first payslips went out fine",
        "staff got first payslips on time, no complaints",
    ]),
    "checkin": ("30-day check-in", 8, 7.5, [
        "30 day check in call was a nice touch",
        "check-in call answered our questions about the 2nd run",
    ]),
    "help": ("Help centre", 10, 5.5, [
        "help articles are out of date for the new screens",
        "help centre video on starters was good",
        "couldnt find anything in the help centre about w1/m1 codes",
    ]),
    # ---------------- pay run
    "timesheet": ("Timesheet sync", 16, 6.0, [
        "deputy sync missed overtime again",
        "timesheet sync mostly works, occasional duplicate hours",
        "rota cloud hours came through fine this month",
    ]),
    "starters": ("Starters and leavers", 14, 6.5, [
        "adding a starter is easy now",
        "leaver process is clunky, p45 took a while to appear",
        "new starter checklist is good",
    ]),
    "reminder": ("Pay run reminder email", 8, 7.0, [
        "reminder email is useful",
        "would like the reminder a few days earlier",
    ]),
    "approvalemail": ("Approval request email", 12, 6.5, [
        "approval email summary is handy",
        "approval email goes to spam sometimes",
        "owner likes seeing the total in the approval email",
    ]),
    "twofa": ("Two-factor sign-off", 26, 2.5, [
        "2fa code never arrived so our owner couldnt approve the pay run",
        "sms code for approving payroll came 20 mins late, nearly missed bacs",
        "the sign off text code isnt arriving since last week",
        "approval code not coming through on vodafone, had to wait ages",
        "couldnt approve, one time code expired before the text arrived",
        "owner stuck on the code screen again. this is new, never had this before",
        "sms code delays are making us miss the bank cut off",
    ]),
    "dashboard": ("Approval dashboard", 10, 7.0, [
        "approval dashboard showing changes vs last month is great",
        "dashboard is ok",
    ]),
    "app": ("Employee payslip app", 42, 9.2, [
        "staff love the payslip app, no more lost pdfs",
        "the app is brilliant, employees check holiday balance themselves",
        "payslip app is really good, fewer questions from staff",
        "our team love getting payslips on their phones",
        "app is so easy, even our older staff use it",
        "employees rave about the app, big win",
        "payslips in the app = no more 'can you resend my payslip'",
    ]),
    "pdf": ("Payslip PDF email", 10, 5.5, [
        "pdf password confuses staff",
        "pdf payslip emails fine",
    ]),
    "rti": ("RTI FPS submission", 48, 2.8, [
        "FPS got rejected by HMRC again, error code means nothing to me",
        "rti submission rejected, had to resubmit manually",
        "another rejected fps this month, worried about late filing penalties",
        "hmrc rejected the submission with error 7805?? no explanation",
        "fps rejections are getting worse, 3 clients this month",
        "why does the FPS keep failing, nothing changed on our side",
        "rejected rti filing on payday, support couldnt explain it",
        "resubmitting rejected fps is a manual nightmare",
    ]),
    "pensionupload": ("Pension contribution upload", 12, 6.0, [
        "pension upload to nest worked",
        "contribution upload failed once, had to redo",
    ]),
    "status": ("Filing status page", 10, 6.0, [
        "status page shows accepted but no detail",
        "nice to see fps accepted on the status page",
    ]),
    "p60": ("P60 generation", 8, 6.5, [
        "p60s last april were fine",
        "p60 generation took a while",
    ]),
    "yearend": ("Year-end checklist", 6, 7.0, [
        "year end checklist helpful",
    ]),
}
# support topics: CSAT 1-5 in the export
SUPPORT = {
    "chat": ("Live chat", 40, 2.2, [
        "waited 50 mins in the chat queue on payday",
        "chat queue is ridiculous on payday",
        "took forever for someone to pick up the chat",
        "chat agent was nice but the wait was over an hour",
        "live chat wait too long, we had a bacs deadline",
        "answered quickly this time, thanks",
    ]),
    "callback": ("Phone callback", 28, 2.0, [
        "callback came the next day, after the bacs deadline",
        "requested a callback, never got one",
        "phone callback took 6 hours",
        "callback was helpful but slow",
    ]),
    "partner": ("Accountant partner line", 20, 3.4, [
        "partner line picked up fast",
        "partner line ok but they couldnt explain the fps rejection",
        "good service on the accountant line",
        "partner line busy on month end",
    ]),
}

PAIN_MEAN = {"csv": 4.2, "rti": 3.6, "hmrc": 5.2, "twofa": 3.0, "app": 9.3, "specialist": 9.0}
PREFIX = ["", "", "", "tbh ", "honestly ", "", "hi - ", "fyi ", "", "ugh "]
SUFFIX = ["", "", "", " pls fix", " !!", ".", "", " thx", " :(", ""]


POS_PRE = ["", "", "", "honestly ", "", "fyi ", "", "tbh "]
POS_SUF = ["", "", ".", " :)", "", " thx", "", " 👍"]


def wrap(text, positive):
    if positive:
        return (rng.choice(POS_PRE) + text + rng.choice(POS_SUF)).strip()
    return (rng.choice(PREFIX) + text + rng.choice(SUFFIX)).strip()


def rand_date(lo=START, hi=END):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def seg_for(topic):
    if topic in ("rti", "partner", "status"):
        return rng.choices(SEGS, [0.2, 0.3, 0.5])[0]
    if topic in ("app",):
        return rng.choices(SEGS, [0.45, 0.4, 0.15])[0]
    return rng.choices(SEGS, [0.4, 0.4, 0.2])[0]


def write_comments():
    onb_rows, pay_rows, sup_rows = [], [], []
    n_onb = n_pay = n_sup = 0
    for topic, (tpn, n, mean, texts) in TOPICS.items():
        jid, stage, tp = TPS[tpn]
        n = n if topic == "twofa" else round(n * 0.72)
        for i in range(n):
            seg = seg_for(topic)
            if topic == "twofa":
                d = rand_date(EMERGE, END)
            elif topic == "specialist" or jid == "employer-onboarding":
                d = rand_date()
            else:
                d = rand_date()
            m = PAIN_MEAN.get(topic, mean + 1.5)
            sc = int(round(clamp(rng.gauss(m + SEG_SHIFT[seg], 2.0), 0, 10)))
            text = wrap(rng.choice(texts), sc >= 7)
            text = text.strip()
            row = {"date": d.isoformat(), "journey": jid, "stage": stage, "touchpoint": tpn,
                   "score": sc, "score_type": "nps", "segment": seg, "comment": text}
            (onb_rows if jid == "employer-onboarding" else pay_rows).append(row)
    for topic, (tpn, n, mean, texts) in SUPPORT.items():
        jid, stage, tp = TPS[tpn]
        n = round(n * 0.72)
        for i in range(n):
            seg = seg_for(topic)
            d = rand_date()
            text = rng.choice(texts)
            m = mean + SEG_SHIFT[seg] * 0.5
            if "quickly" in text or "fast" in text or "good service" in text:
                m = 4.5
            sc = int(round(clamp(rng.gauss(m, 0.8), 1, 5)))
            hh, mm = rng.randrange(8, 18), rng.randrange(60)
            sup_rows.append({"date": d, "time": (hh, mm), "stage": stage, "touchpoint": tpn,
                             "score": sc, "segment": seg, "comment": wrap(text, sc >= 4)})
    for rows in (onb_rows, pay_rows):
        rows.sort(key=lambda r: r["date"])
    sup_rows.sort(key=lambda r: (r["date"], r["time"]))
    cols = ["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "comment"]
    for name, rows, pre in (("onboarding_survey.csv", onb_rows, "ONB"), ("payrun_survey.csv", pay_rows, "PAY")):
        with open(os.path.join(K, "comments", name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for i, r in enumerate(rows, 1):
                r["id"] = f"{pre}-{i:04d}"
                w.writerow(r)
    # non-canonical helpdesk export + mapping file
    scols = ["Ticket ID", "Created At", "Product Area", "Queue", "Help Topic", "Satisfaction", "Rating Scale", "Company Size", "Customer Feedback", "Agent Group"]
    with open(os.path.join(K, "comments", "helpdesk_csat_export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=scols)
        w.writeheader()
        for i, r in enumerate(sup_rows, 1):
            r["id"] = f"HD-{48000 + i}"
            d = r["date"]
            w.writerow({"Ticket ID": r["id"], "Created At": f"{d.day:02d}/{d.month:02d}/{d.year} {r['time'][0]:02d}:{r['time'][1]:02d}",
                        "Product Area": "monthly-pay-run", "Queue": r["stage"], "Help Topic": r["touchpoint"],
                        "Satisfaction": r["score"], "Rating Scale": "csat", "Company Size": r["segment"],
                        "Customer Feedback": r["comment"], "Agent Group": rng.choice(["Tier 1", "Tier 1", "Tier 2"])})
    with open(os.path.join(K, "comments", "helpdesk_csat_export.mapping.yaml"), "w") as f:
        yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                        "columns": {"id": "Ticket ID", "comment": "Customer Feedback", "date": "Created At",
                                    "journey": "Product Area", "stage": "Queue", "touchpoint": "Help Topic",
                                    "score": "Satisfaction", "score_type": "Rating Scale", "segment": "Company Size"}},
                       f, sort_keys=False)

# ---------------------------------------------------------------- kpis
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]


def series(kind, a, b, noise, n=12):
    out = []
    for i in range(n):
        if kind == "lin":
            v = a + (b - a) * i / (n - 1)
        elif kind == "flat":
            v = a
        elif kind == "emerge":  # flat at a, drops to b over the last 3 weeks
            v = a if i < n - 3 else a + (b - a) * (i - (n - 4)) / 3
        out.append(round(v + rng.uniform(-noise, noise), 1))
    return out

KPIS = [
    # metric, journey, stage, touchpoint, unit, hib, target, series
    ("csat", "employer-onboarding", "", "", "%", "true", 85, series("lin", 78.0, 80.5, 1.2)),
    ("signup_completion_rate", "employer-onboarding", "Sign-up", "", "%", "true", 70, series("flat", 66.0, 0, 1.5)),
    ("import_success_rate", "employer-onboarding", "Data import", "Employee CSV import", "%", "true", 90, series("flat", 71.0, 0, 2.0)),
    ("hmrc_connection_success_rate", "employer-onboarding", "Tax setup", "HMRC gateway connection", "%", "true", 92, series("lin", 80.0, 84.0, 1.5)),
    ("time_to_first_pay_run_days", "employer-onboarding", "", "", "days", "false", 10, series("lin", 15.8, 9.6, 0.4)),
    ("csat", "monthly-pay-run", "", "", "%", "true", 85, series("emerge", 82.0, 76.5, 0.8)),
    ("nps", "monthly-pay-run", "", "", "score", "true", 30, series("lin", 24.0, 19.0, 2.0)),
    ("approval_on_time_rate", "monthly-pay-run", "Approvals", "", "%", "true", 95, series("emerge", 94.5, 81.0, 0.7)),
    ("rti_rejection_rate", "monthly-pay-run", "Filings", "RTI FPS submission", "%", "false", 2, series("lin", 2.4, 5.9, 0.25)),
    ("payslip_app_adoption_rate", "monthly-pay-run", "Payslips", "Employee payslip app", "%", "true", 75, series("lin", 52.0, 68.0, 1.0)),
    ("support_first_response_time_mins", "monthly-pay-run", "Support", "Live chat", "mins", "false", 10, series("flat", 31.0, 0, 4.0)),
]


def write_kpis():
    cols = ["date", "metric", "value", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"]
    files = {"employer-onboarding": "onboarding_weekly_kpis.csv", "monthly-pay-run": "payrun_weekly_kpis.csv"}
    rows = defaultdict(list)
    for m, j, s, t, u, h, tg, vals in KPIS:
        for d, v in zip(WEEKS, vals):
            rows[j].append({"date": d.isoformat(), "metric": m, "value": v, "journey": j, "stage": s, "touchpoint": t,
                            "target": tg, "unit": u, "higher_is_better": h})
    for j, fn in files.items():
        rs = sorted(rows[j], key=lambda r: (r["date"], r["metric"]))
        with open(os.path.join(K, "kpis", fn), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            w.writerows(rs)


def write_maps():
    with open(os.path.join(K, "maps", "employer-onboarding.yaml"), "w") as f:
        yaml.safe_dump(ONB, f, sort_keys=False, allow_unicode=True, width=120)
    with open(os.path.join(K, "maps", "monthly-pay-run.json"), "w") as f:
        json.dump(PAY, f, indent=2)


if __name__ == "__main__":
    write_maps()
    write_comments()
    write_kpis()
    print("written")
