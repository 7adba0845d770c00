#!/usr/bin/env python3
"""Generate the survey comment and KPI files for the Harbourgate Law conveyancing base.

Seeded (random.seed(20251110)) so every run writes the same files.
Run from anywhere:  python3 scripts/build.py
"""
import csv
import datetime as dt
import os
import random

random.seed(20251110)

HERE = os.path.dirname(os.path.abspath(__file__))
KNOW = os.path.join(HERE, "..", "knowledge")
WEEKS = [dt.date(2025, 9, 1) + dt.timedelta(days=7 * i) for i in range(10)]  # Mondays, 1 Sep - 3 Nov 2025

PUR, SAL = "Purchase conveyancing", "Sale conveyancing"
FTB, HM, BTL, CASH = "First-time buyer", "Home mover", "Buy-to-let investor", "Cash buyer"
EXE, LL, DS = "Executor / probate", "Landlord selling", "Downsizer"

NAMES = ["Priya", "Tom", "Aisha", "Gareth", "Helen", "Marcus"]
COUNCILS = ["Leeds council", "Kirklees", "Bradford council", "Calderdale", "the council", "Wakefield council"]
BANKS = ["Nationwide", "Halifax", "Santander", "NatWest", "Barclays"]
WEEKS_TXT = ["5 weeks", "6 weeks", "nearly 7 weeks", "over a month", "7 weeks", "five weeks"]

NEG = {"nps": [(0, 1), (1, 1), (2, 2), (3, 3), (4, 3), (5, 3), (6, 3), (7, 1)], "csat": [(1, 4), (2, 5), (3, 1)]}
POS = {"nps": [(8, 2), (9, 4), (10, 5)], "csat": [(4, 3), (5, 6)]}
MIX = {"nps": [(5, 2), (6, 3), (7, 4), (8, 3)], "csat": [(2, 1), (3, 5), (4, 3)]}

# week weights (index 0..9)
FLAT = [1] * 10
RISING = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5]
EARLY = [1] * 7 + [0, 0, 0]            # before the ID app update
FROM_W8 = [0] * 7 + [1, 1.2, 1.4]     # from w/c 20 Oct (app update)
LAST2 = [0] * 8 + [1, 1.3]            # from w/c 27 Oct (phishing emails)

# theme: (key, journey, stage, touchpoint, sentiment, week weights, n in NPS file, n in ReviewLoop file,
#         segment weights, templates)
THEMES = [
    ("searches", PUR, "Searches and enquiries", "Local authority search", NEG, RISING, 24, 16,
     {FTB: 3, HM: 3, BTL: 2, CASH: 1}, [
        "searches took {weeks}, {council} apparently has a massive backlog. nobody warned us",
        "Everything was ready except the local search. {weeks} waiting on {council} and our chain nearly collapsed",
        "The searches were the hold up. Why can't you tell us upfront which councils are slow?",
        "council searches took forever - {weeks}. we almost lost our mortgage offer because of it",
        "Waited {weeks} for the local search to come back. Would have paid extra for a personal search if anyone had offered",
        "the search results took ages and every time i asked i was just told its with the council",
        "Local searches are a joke. {weeks} for {council}. Not your fault maybe but communicate it!",
        "searches delayed everything by about a month, the sellers were getting really annoyed",
    ]),
    ("tracker", PUR, "Searches and enquiries", "Case tracker", NEG, RISING, 19, 13,
     {FTB: 3, HM: 3, BTL: 2, CASH: 1}, [
        "the online tracker said 'searches ordered' for {weeks}. useless",
        "Had to chase for every single update. Emails to my solicitor went unanswered for days",
        "nobody ever rang back. I must have called 10 times to find out where we were",
        "The portal never gets updated so what's the point of it? I found out more from the estate agent",
        "Communication was poor. Messages on the tracker sat there for a week without a reply",
        "I felt like I was chasing you rather than you working for me. no updates unless I called",
        "where's my case thing on the website hasn't moved in a month. had to ring to get any news",
        "Lack of updates was the worst part. The tracker is always out of date",
    ]),
    ("sof", PUR, "ID and AML checks", "Source of funds questionnaire", NEG, FLAT, 15, 10,
     {FTB: 5, BTL: 4, HM: 2, CASH: 1}, [
        "asked for the same bank statements three times. do your teams not talk to each other?",
        "The source of funds form was so confusing, I had no idea what evidence you wanted",
        "money laundering questions felt like I was being accused of something. so many documents",
        "Had to explain every transfer over £500 in 6 months of statements. ridiculous for a first flat",
        "SoF form doesn't work if you own other properties. I had to send rental income proof twice",
        "compliance asked for statements, then my solicitor asked again a week later. frustrating",
        "The AML checks took longer than the searches! kept getting emails asking for more proof of funds",
    ]),
    ("gift", PUR, "ID and AML checks", "Gifted deposit declaration", NEG, FLAT, 8, 6,
     {FTB: 9, HM: 1}, [
        "my parents had to do ID checks and send their bank statements just to give us a gift. very stressful for them",
        "the gift letter from my mum had to be signed twice because the lender wanted different wording",
        "Gifted deposit process was a nightmare, my dad is 74 and couldn't get the app to work",
        "why do my grandparents need to prove where their savings came from? the gift paperwork took weeks",
        "gift letter + their ID + their bank statements... my parents nearly gave up",
    ]),
    ("quote_praise", PUR, "Quote and instruction", "Online quote calculator", POS, FLAT, 11, 10,
     {FTB: 3, HM: 3, BTL: 2, CASH: 2}, [
        "Quote was clear and the price I paid was the price I was quoted. no hidden fees",
        "really easy to get a quote online, took 2 minutes and it was cheaper than the agent's solicitor",
        "fixed fee, no surprises at the end. thats why I picked you",
        "the online quote broke everything down so I knew what I was paying for",
        "Got an instant quote on the website and instructed the same day. simple",
    ]),
    ("agent_quote", PUR, "Quote and instruction", "Estate agent referral", MIX, FLAT, 6, 4,
     {FTB: 3, HM: 2, BTL: 1}, [
        "the agent basically told us we had to use you. turned out fine but felt pushy",
        "quote from the estate agent didn't include the search fees so the bill was higher than expected",
        "Was never told the agent gets a referral fee for sending us to you. bit cheeky",
        "agents quote was missing the land registry fee, £150 more than I thought",
    ]),
    ("poa", PUR, "Quote and instruction", "Payment on account", MIX, FLAT, 4, 3,
     {FTB: 3, HM: 2}, [
        "had to pay £300 upfront before anything happened, wasn't clear what it was for",
        "the payment link expired before I got round to paying and I had to ask for another",
        "paying money on account before even speaking to a lawyer felt odd",
    ]),
    ("app_ok", PUR, "ID and AML checks", "Digital ID verification app", POS, EARLY, 9, 6,
     {FTB: 3, HM: 3, BTL: 1, CASH: 2}, [
        "ID check on the app took 5 minutes, so much better than going to a solicitor's office",
        "scanning my passport on my phone was really easy",
        "the id app was quick and painless",
        "Loved that I could do the ID with a selfie rather than posting documents",
    ]),
    ("app_crash", PUR, "ID and AML checks", "Digital ID verification app", NEG, FROM_W8, 10, 7,
     {FTB: 3, HM: 3, BTL: 1, CASH: 1}, [
        "the id app keeps crashing on my samsung when it tries to read the passport chip",
        "ID app just freezes at the NFC scan since the last update. tried 6 times",
        "couldn't get the verification app to work on android at all, ended up sending certified copies by post",
        "the app crashed every time at the selfie bit. my partner's iphone worked fine but mine (pixel) wouldn't",
        "ID check app stuck on 'reading chip' forever. had to do manual ID which took another week",
        "new version of the ID app is broken on android. please fix it, it held up our purchase",
    ]),
    ("manual_id", PUR, "ID and AML checks", "Manual ID review", NEG, FLAT, 3, 2,
     {HM: 2, BTL: 1, FTB: 1}, [
        "had to get certified copies of my passport done at the post office, took a week",
        "my old passport has no chip so I had to do the paper ID check. slow",
    ]),
    ("lawyer_praise", PUR, "Searches and enquiries", "Contract pack review", POS, FLAT, 8, 6,
     {FTB: 4, HM: 3, BTL: 1, CASH: 2}, [
        "{name} was brilliant, explained everything in plain english and never made me feel stupid",
        "our solicitor {name} spotted a problem with the boundary that the surveyor missed. really thorough",
        "{name} went above and beyond, answered my questions even in the evening",
        "Really knowledgeable lawyer, explained the title issues clearly",
        "Huge thanks to {name} who kept calm when our chain was wobbling",
    ]),
    ("enquiries", PUR, "Searches and enquiries", "Enquiries with seller's solicitor", NEG, FLAT, 8, 4,
     {HM: 3, FTB: 2, BTL: 1, CASH: 1}, [
        "weeks waiting for the seller's solicitor to answer enquiries. felt like no one was pushing them",
        "the other side took ages to reply to enquiries about the extension and building regs",
        "Enquiries went back and forth for a month over a boiler certificate",
        "no idea which enquiries were still outstanding, would be nice to see a list",
    ]),
    ("mortgage", PUR, "Searches and enquiries", "Mortgage offer review", MIX, FLAT, 4, 2,
     {FTB: 2, HM: 2, BTL: 1}, [
        "the lender took ages with the mortgage offer but you kept on top of it",
        "there was a special condition on the mortgage offer nobody explained until the week of exchange",
        "mortgage offer came through late which pushed exchange back a week",
    ]),
    ("report", PUR, "Exchange and completion", "Report on title and signing pack", MIX, FLAT, 6, 4,
     {FTB: 3, HM: 2, BTL: 1, CASH: 1}, [
        "the report on the property was about 40 pages of legalese. a summary page would help",
        "signing pack was clear but I had to post the mortgage deed back which felt very 1990s",
        "report on title was thorough, just a lot to read in one go",
        "couldn't follow the report, too much jargon about covenants and easements",
    ]),
    ("completion_praise", PUR, "Exchange and completion", "Completion day funds", POS, FLAT, 13, 9,
     {CASH: 4, HM: 3, FTB: 3, BTL: 2}, [
        "completion day went like clockwork, money sent before 11 and we had the keys by 1",
        "Completion was so smooth. got a call to say funds had gone and then the keys were ready",
        "Exchange and completion were really well handled, no stress at all on the day",
        "on completion day everything just happened, couldn't fault it",
        "Brilliant on the day of completion, kept us updated every hour",
    ]),
    ("keys_late", PUR, "Exchange and completion", "Key release", NEG, FLAT, 4, 3,
     {HM: 3, FTB: 2}, [
        "we didn't get the keys until 5pm, sat in the van all afternoon",
        "the keys were held up for hours and nobody could tell us why",
        "got the keys at nearly 6pm because the chain above us was slow. could have been warned",
    ]),
    ("phishing", PUR, "Exchange and completion", "Deposit transfer", NEG, LAST2, 6, 5,
     {FTB: 3, HM: 3, BTL: 1, CASH: 1}, [
        "got an email 'from Harbourgate' saying your bank details had changed right before I sent the deposit. it was a scam - please warn people",
        "received a fake email asking me to send the deposit to a new account. luckily I rang first",
        "someone sent a dodgy email pretending to be my solicitor with different bank details. really scary",
        "scam email with your logo asked for the deposit to a different sort code. how did they know I was buying?",
        "nearly fell for a fraud email about new bank details for the deposit. you need to tell clients about this",
    ]),
    ("deposit", PUR, "Exchange and completion", "Deposit transfer", MIX, FLAT, 3, 2,
     {FTB: 2, HM: 1}, [
        "sending the deposit was nerve-wracking, had to do it in 3 chunks because of my bank's limit",
        "the deposit transfer was fine once I'd rung to check your bank details",
    ]),
    ("sdlt", PUR, "Post-completion registration", "SDLT return", POS, FLAT, 3, 2,
     {FTB: 2, HM: 1, BTL: 1}, [
        "stamp duty was all handled for me, didn't have to think about it",
        "good that you sorted the first time buyer stamp duty relief without me asking",
    ]),
    ("land_registry", PUR, "Post-completion registration", "Land Registry application", NEG, FLAT, 5, 4,
     {HM: 2, FTB: 2, BTL: 2}, [
        "3 months after completion and still no confirmation I'm registered at the land registry",
        "Land registry registration still not done and nobody tells me anything",
        "got a letter saying there was a query from the land registry, no idea what it meant",
        "post completion has gone quiet. am I the registered owner or not?",
    ]),
    # ---------------- sale ----------------
    ("ta6", SAL, "Contract pack and enquiries", "Property information form (TA6)", NEG, FLAT, 10, 9,
     {HM: 3, EXE: 3, LL: 2, DS: 2}, [
        "the property forms were endless, 20 pages of questions I didn't know the answer to",
        "the seller questionnaire timed out and I lost half an hour of answers",
        "how am I supposed to know about building regs for a conservatory the previous owner put up?",
        "the forms online were confusing, would have been easier to go through them on a call",
        "property information form took me ages, lots of jargon and repeated questions",
        "filling in the TA6 was the worst part of selling",
    ]),
    ("leasehold", SAL, "Contract pack and enquiries", "Leasehold management pack", NEG, FLAT, 8, 6,
     {HM: 2, LL: 3, DS: 2, EXE: 1}, [
        "management pack from the freeholder took 5 weeks and cost £{fee}. nobody warned me",
        "the managing agent took forever with the leasehold pack and I had to pay them direct",
        "the leasehold info pack held up the whole sale for a month",
        "£{fee} for a management pack?! should have been told at the start",
    ]),
    ("buyer_enq", SAL, "Contract pack and enquiries", "Replies to buyer's enquiries", NEG, FLAT, 8, 5,
     {HM: 3, EXE: 2, LL: 2, DS: 1}, [
        "endless questions from the buyer's solicitor, some of them I'd already answered on the forms",
        "kept being asked the same things over and over by the buyers side",
        "took you a week to pass on the buyer's questions to me and then they wanted answers in a day",
        "three rounds of enquiries about a shed. it felt like the buyer's solicitor was stalling",
    ]),
    ("executor", SAL, "ID and AML checks", "Executor and attorney ID", NEG, FLAT, 6, 5,
     {EXE: 10}, [
        "as executor I had to send certified copies twice and my brother who isn't even dealing with the sale had to do ID too",
        "selling mum's house was hard enough without being passed between teams for the probate paperwork",
        "grant of probate was sent in week 1 and you asked for it again in week 4",
        "all three executors had to do ID checks, one lives in Spain. a nightmare",
    ]),
    ("ownership", SAL, "ID and AML checks", "Proof of ownership check", MIX, FLAT, 3, 2,
     {HM: 2, DS: 1}, [
        "had to prove I own my own house because I changed my name when I got married",
        "proof of ownership bit was fine, just sent a council tax bill",
    ]),
    ("app_ok_s", SAL, "ID and AML checks", "Digital ID verification app", POS, EARLY, 4, 3,
     {HM: 2, DS: 1, LL: 1}, [
        "ID check on my phone was quick",
        "the id app was easy even for me and I'm not techy",
        "verification app worked first time",
    ]),
    ("app_crash_s", SAL, "ID and AML checks", "Digital ID verification app", NEG, FROM_W8, 5, 4,
     {HM: 2, DS: 2, LL: 1}, [
        "the id app won't read my passport on my android phone, keeps crashing",
        "ID app crashed 4 times, in the end my daughter did it on her iphone",
        "since the update the verification app just hangs at the chip scan",
    ]),
    ("esign", SAL, "Exchange and completion", "Contract and transfer deed signing", POS, FLAT, 6, 5,
     {HM: 2, DS: 2, LL: 1, EXE: 1}, [
        "signing the contract online was really easy",
        "e-signing took two minutes, great",
        "liked being able to sign most things online, only the transfer deed needed a witness",
    ]),
    ("redemption", SAL, "Exchange and completion", "Mortgage redemption statement", NEG, RISING, 6, 5,
     {HM: 3, DS: 2, LL: 2}, [
        "waited over a week for the redemption figure from {bank}, completion nearly got pushed back",
        "nobody told me about the early repayment charge until the redemption statement came in",
        "the lender's redemption statement was late and I was stressing right up to completion",
        "redemption figure came through the day before completion. too close",
    ]),
    ("proceeds", SAL, "Exchange and completion", "Sale proceeds transfer", POS, FLAT, 9, 7,
     {HM: 3, DS: 3, EXE: 2, LL: 2}, [
        "money was in my account the same afternoon as completion. brilliant",
        "sale proceeds came through really quickly, no chasing needed",
        "got the money from the sale within a couple of hours of completion",
        "really smooth completion, the money landed by 3pm",
        "funds from the sale arrived same day as promised",
    ]),
    ("agent_fee", SAL, "Post-completion", "Estate agent fee payment", MIX, FLAT, 3, 2,
     {HM: 2, DS: 1}, [
        "the agent's fee came out with VAT on top which I hadn't expected",
        "good that the estate agent was paid straight from the sale, one less thing",
    ]),
    ("statement", SAL, "Post-completion", "Completion statement", MIX, FLAT, 4, 3,
     {HM: 2, DS: 1, EXE: 1}, [
        "completion statement was a bit confusing with the purchase on the same page",
        "clear completion statement, could see exactly where every penny went",
        "the statement had our sale and purchase mixed together, took ages to work out",
    ]),
    ("sale_quote", SAL, "Quote and instruction", "Agent-referred quote", MIX, FLAT, 4, 3,
     {HM: 2, DS: 1, LL: 1}, [
        "the agent put us in touch, quote was fair but nobody mentioned the leasehold supplement",
        "the estate agent recommended you, fee was fine",
        "felt a bit pushed by the agent but the price was reasonable",
    ]),
]

CONTACT = [  # rows containing personal contact data (kept deliberately; no score)
    (PUR, "Exchange and completion", "Completion day funds", "please call me on 07700 900412 about the completion statement, it doesn't add up"),
    (PUR, "Searches and enquiries", "Case tracker", "still no update. email me at jamie.walsh1987@gmail.com or ring 0113 496 0721"),
    (SAL, "Post-completion", "Completion statement", "can someone email me a copy at r.okafor@outlook.com, lost the original"),
    (PUR, "Post-completion registration", "Land Registry application", "ring me on +44 7700 900 655 re the land registry letter"),
]
JUNK = ["", "-", "n/a", "N/A", ".", "no comment"]


def pick(weights):
    items = list(weights.items()) if isinstance(weights, dict) else list(enumerate(weights))
    r = random.uniform(0, sum(w for _, w in items))
    for k, w in items:
        r -= w
        if r <= 0:
            return k
    return items[-1][0]


def score(sent, kind):
    return pick(dict(sent[kind]))


def fill(t):
    return t.format(weeks=random.choice(WEEKS_TXT), council=random.choice(COUNCILS), name=random.choice(NAMES),
                    bank=random.choice(BANKS), fee=random.choice([280, 350, 420, 480, 550]))


def when(wk_weights):
    w = pick(wk_weights)
    d = WEEKS[w] + dt.timedelta(days=random.randint(0, 6))
    return dt.datetime(d.year, d.month, d.day, random.randint(7, 21), random.randint(0, 59))


def rows_for(file_idx):
    out = []
    for (key, jn, stage, tp, sent, wk, n_nps, n_rl, segs, tpls) in THEMES:
        n = n_nps if file_idx == 0 else n_rl
        for i in range(n):
            out.append(dict(theme=key, journey=jn, stage=stage, touchpoint=tp, when=when(wk), segment=pick(segs),
                            score=score(sent, "nps" if file_idx == 0 else "csat"), text=fill(tpls[i % len(tpls)])))
    return out


def matter(jn):
    return ("HG/PUR/" if jn == PUR else "HG/SAL/") + str(random.randint(24100, 25999))


OFFICES = ["Leeds", "Leeds", "Harrogate", "York"]


def write_nps():
    rows = rows_for(0)
    for jn, st, tp, text in CONTACT[:2]:
        rows.append(dict(theme="contact", journey=jn, stage=st, touchpoint=tp, when=when(FLAT),
                         segment=random.choice([FTB, HM] if jn == PUR else [HM, DS]), score="", text=text))
    for text in JUNK[:4]:
        rows.append(dict(theme="junk", journey=random.choice([PUR, SAL]), stage="", touchpoint="", when=when(FLAT),
                         segment="", score=random.randint(5, 10), text=text))
    rows.sort(key=lambda r: r["when"])
    path = os.path.join(KNOW, "comments", "completion_nps_survey.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "customer",
                    "office", "survey_channel", "comment"])
        for i, r in enumerate(rows, 1):
            w.writerow([f"HG-NPS-{i:04d}", r["when"].date().isoformat(), r["journey"], r["stage"], r["touchpoint"],
                        r["score"], "nps", r["segment"], matter(r["journey"]), random.choice(OFFICES),
                        random.choice(["email", "email", "sms"]), r["text"]])
    return len(rows)


def write_reviewloop():
    rows = rows_for(1)
    for jn, st, tp, text in CONTACT[2:]:
        rows.append(dict(theme="contact", journey=jn, stage=st, touchpoint=tp, when=when(FLAT),
                         segment=random.choice([FTB, HM] if jn == PUR else [HM, DS]), score="", text=text))
    for text in JUNK[2:]:
        rows.append(dict(theme="junk", journey=random.choice([PUR, SAL]), stage="", touchpoint="", when=when(FLAT),
                         segment="", score=random.randint(3, 5), text=text))
    rows.sort(key=lambda r: r["when"])
    path = os.path.join(KNOW, "comments", "reviewloop_milestone_export.csv")
    ids = random.sample(range(580000, 589999), len(rows))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Submitted At", "Survey Name", "Matter Type", "Milestone", "Step",
                    "Rating", "Rating Scale", "Client Type", "Office", "Feedback Text"])
        for i, r in enumerate(rows):
            w.writerow([f"RL-{ids[i]}", r["when"].strftime("%d/%m/%Y %H:%M"), "Harbourgate milestone pulse",
                        r["journey"], r["stage"], r["touchpoint"], r["score"], "csat", r["segment"],
                        random.choice(OFFICES), r["text"]])
    with open(os.path.join(KNOW, "comments", "reviewloop_milestone_export.mapping.yaml"), "w") as f:
        f.write("# ReviewLoop milestone pulse export -> journey comment columns\n"
                "kind: comments\n"
                "date_format: \"%d/%m/%Y %H:%M\"\n"
                "columns:\n"
                "  id: Response ID\n"
                "  date: Submitted At\n"
                "  journey: Matter Type\n"
                "  stage: Milestone\n"
                "  touchpoint: Step\n"
                "  score: Rating\n"
                "  score_type: Rating Scale\n"
                "  segment: Client Type\n"
                "  comment: Feedback Text\n")
    return len(rows)


# ---------------- KPIs ----------------
# (metric, journey, stage, touchpoint, unit, target, higher_is_better, start, end, noise, shape)
# shape: 'linear' = straight trend start->end; 'drop3' = flat at start then falls over the last 3 weeks to end
KPIS = [
    ("nps", PUR, "", "", "score", 35, True, 31, 19, 1.0, "late"),
    ("quote_to_instruction_rate", PUR, "Quote and instruction", "Online quote calculator", "%", 35, True, 33.6, 36.8, 0.4, "linear"),
    ("id_check_pass_rate", PUR, "ID and AML checks", "Digital ID verification app", "%", 90, True, 92.6, 71.4, 0.4, "drop3"),
    ("local_search_turnaround_days", PUR, "Searches and enquiries", "Local authority search", "days", 10, False, 12.4, 23.6, 0.3, "linear"),
    ("case_tracker_update_rate", PUR, "Searches and enquiries", "Case tracker", "%", 95, True, 78.6, 77.4, 0.9, "linear"),
    ("chase_calls_per_100_files", PUR, "Searches and enquiries", "Case tracker", "count", 30, False, 41, 57, 1.0, "linear"),
    ("avg_days_instruction_to_exchange", PUR, "Exchange and completion", "Exchange of contracts", "days", 84, False, 96, 109, 0.8, "linear"),
    ("completion_on_agreed_date_rate", PUR, "Exchange and completion", "Completion day funds", "%", 98, True, 97.2, 97.2, 0.5, "linear"),
    ("sdlt_filed_within_14_days_rate", PUR, "Post-completion registration", "SDLT return", "%", 100, True, 99.6, 99.6, 0.0, "sdlt"),
    ("land_registry_requisition_rate", PUR, "Post-completion registration", "Land Registry application", "%", 4, False, 7.8, 3.1, 0.15, "linear"),
    ("nps", SAL, "", "", "score", 35, True, 38, 35, 1.0, "late"),
    ("csat", SAL, "", "", "%", 85, True, 85.2, 82.6, 0.5, "late"),
    ("id_check_pass_rate", SAL, "ID and AML checks", "Digital ID verification app", "%", 90, True, 94.5, 79.2, 0.4, "drop3"),
    ("seller_forms_return_days", SAL, "Contract pack and enquiries", "Property information form (TA6)", "days", 7, False, 11.0, 12.5, 0.35, "linear"),
    ("avg_days_instruction_to_exchange", SAL, "Exchange and completion", "Exchange of contracts", "days", 75, False, 81, 88, 0.8, "linear"),
    ("redemption_statement_wait_days", SAL, "Exchange and completion", "Mortgage redemption statement", "days", 5, False, 6.0, 9.1, 0.2, "linear"),
    ("fall_through_rate", SAL, "Exchange and completion", "Exchange of contracts", "%", 7, False, 8.2, 7.8, 0.35, "linear"),
]


def series(start, end, noise, shape):
    vals = []
    for i in range(10):
        if shape == "linear":
            base = start + (end - start) * i / 9
        elif shape == "drop3":
            base = start if i < 7 else start + (end - start) * (i - 6) / 3
        elif shape == "late":  # roughly flat then slides over the last 4 weeks
            base = start if i < 6 else start + (end - start) * (i - 5) / 4
        elif shape == "sdlt":
            base = 100 if random.random() < 0.7 else random.choice([98.9, 99.2, 99.4])
        v = base + (random.gauss(0, noise) if (i not in (0, 9) or shape == "late") else 0)
        vals.append(v)
    return vals


def write_kpis():
    n = 0
    for jn, fname in ((PUR, "purchase_weekly_kpis.csv"), (SAL, "sale_weekly_kpis.csv")):
        with open(os.path.join(KNOW, "kpis", fname), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["date", "metric", "value", "unit", "target", "higher_is_better", "journey", "stage", "touchpoint"])
            for (m, j, st, tp, unit, tgt, hib, a, b, noise, shape) in KPIS:
                if j != jn:
                    continue
                vals = series(a, b, noise, shape)
                for i, v in enumerate(vals):
                    v = round(v) if unit in ("score", "count") else round(v, 1)
                    if m == "sdlt_filed_within_14_days_rate":
                        v = min(v, 100.0)
                    w.writerow([WEEKS[i].isoformat(), m, v, unit, tgt, str(hib).lower(), j, st, tp])
                    n += 1
    return n


if __name__ == "__main__":
    a = write_nps()
    b = write_reviewloop()
    k = write_kpis()
    print(f"comments: {a} NPS + {b} ReviewLoop = {a + b}; KPI rows: {k}")
