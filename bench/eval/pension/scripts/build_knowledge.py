#!/usr/bin/env python3
"""Generate the pension knowledge base (maps, comments, KPIs) deterministically.

Run: /work/main/.venv/bin/python scripts/build_knowledge.py
All names (provider, teams, staff, funds, employers) are invented.
"""
import csv
import datetime as dt
import json
import os
import random
import re

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
rng = random.Random(20261202)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def tp(name, channel, owner, description, pains=(), opps=(), emotion=None, metrics=None):
    d = {"name": name, "channel": channel, "owner": owner, "description": description}
    if emotion is not None:
        d["emotion"] = emotion
    if pains:
        d["pain_points"] = list(pains)
    if opps:
        d["opportunities"] = list(opps)
    if metrics:
        d["metrics"] = list(metrics)
    return d


# --------------------------------------------------------------------------- maps
J1 = {
    "id": "join-and-manage",
    "name": "Joining and managing your pot",
    "persona": "Employee auto-enrolled into Northlark Workplace Pension by their employer",
    "owner": "Member Experience",
    "updated": "2026-10-14",
    "description": "From the auto-enrolment notice an employee gets when their employer signs up with "
                   "Northlark, through activating the online account, picking funds, watching contributions "
                   "arrive, and consolidating old pots by transfer.",
    "stages": [
        {"name": "Enrolment notice",
         "goal": "Understand that I have been enrolled, what it costs me and that I can opt out",
         "emotion": 0,
         "pain_points": ["Welcome pack is long and full of jargon", "Opt-out route is hard to find"],
         "opportunities": ["One-page summary on top of the pack"],
         "touchpoints": [
             tp("Welcome pack letter", "post", "Member Onboarding",
                "Printed pack posted within 6 weeks of enrolment: scheme summary, default fund, charges.",
                ["Too much jargon (tier 2 charges, lifestyle glidepath)", "Arrives after the first deduction"],
                ["Plain-English one-pager"], -1),
             tp("Employer payroll notice", "employer", "Employer Services",
                "Statutory auto-enrolment notice the employer sends from its payroll system, using Northlark wording.",
                ["Employers send it late or not at all"]),
             tp("Opt-out window email", "email", "Member Onboarding",
                "Email explaining the one-month opt-out window and linking to the opt-out form.",
                ["Opt-out link buried at the bottom"], metrics=["opt_out_rate"]),
         ]},
        {"name": "Account activation",
         "goal": "Get into my online account the first time without calling anyone",
         "emotion": -2,
         "pain_points": ["Activation code arrives by post after 2-3 weeks and expires after 30 days",
                         "Identity check fails when name or address changed"],
         "opportunities": ["Email or SMS activation instead of a posted code", "Manual ID review within 48h"],
         "touchpoints": [
             tp("Activation code letter", "post", "Member Onboarding",
                "Separate letter with a 10-character activation code, posted after the welcome pack; valid 30 days.",
                ["Code arrives weeks after the welcome pack", "Code expires before people use it",
                 "Replacement code means another posted letter"],
                ["Send the code digitally"], -2, ["activation_rate"]),
             tp("Online registration", "web", "Digital Channels",
                "Web sign-up: enter National Insurance number, date of birth and activation code, set password.",
                ["Password rules not shown up front"], emotion=0),
             tp("Identity check", "web", "Digital Identity",
                "Automated identity verification against credit reference data before the account opens.",
                ["Fails for people who married, moved or have a different name at the employer",
                 "Failure just says 'we could not verify you' with no next step"],
                ["Explain the fallback and offer a document upload"], -2),
         ]},
        {"name": "Choosing investments",
         "goal": "Feel confident my money is in a fund that suits me, or knowingly stay in the default",
         "emotion": 0,
         "pain_points": ["Fund switch tool full of jargon", "Unclear what the default fund actually holds"],
         "touchpoints": [
             tp("Default fund explainer", "web", "Investment Proposition",
                "Page and PDF describing the Northlark Lifestyle Default fund and its glidepath."),
             tp("Risk questionnaire", "web", "Investment Proposition",
                "Ten-question attitude-to-risk questionnaire that suggests a fund from the core range.",
                ["Questions feel abstract"]),
             tp("Fund switch tool", "web", "Digital Channels",
                "Online tool to move the pot or future contributions between funds.",
                ["Jargon: 'switch' vs 'redirect'", "No confirmation of what happens to future contributions",
                 "Switch takes up to 5 working days with no status"], emotion=-1),
             tp("Ethical fund range", "web", "Investment Proposition",
                "Three ESG and Shariah fund options with plain-language factsheets.", emotion=1),
         ]},
        {"name": "Managing the pot online",
         "goal": "Check my pot and change my details quickly, on phone or laptop",
         "emotion": 1,
         "pain_points": ["Beneficiary form has to be printed and posted"],
         "opportunities": ["Online beneficiary nomination"],
         "touchpoints": [
             tp("Mobile app login", "app", "Digital Channels",
                "Login to the Northlark app with password, text code or biometrics (Face ID / fingerprint).",
                ["Text codes sometimes slow"], metrics=["app_login_success_rate"]),
             tp("Pot value dashboard", "web, app", "Digital Channels",
                "Home screen showing pot value, growth, contributions this year and a projection.", emotion=2),
             tp("Secure messaging", "web, app", "Member Services",
                "In-account messaging with the member services team; target reply within 1 working day.", emotion=1),
             tp("Change of address", "web", "Member Services",
                "Online form to change address; triggers a confirmation letter."),
             tp("Beneficiary nomination form", "post", "Member Services",
                "Expression-of-wish form naming who should get the pot on death; paper only, must be posted.",
                ["Paper only: print, sign and post", "No confirmation it arrived"], emotion=-1),
         ]},
        {"name": "Contributions & statements",
         "goal": "See that my and my employer's contributions arrive every payday",
         "emotion": 0,
         "pain_points": ["Contributions show up weeks late when the employer uploads late",
                         "Annual statement projections are confusing"],
         "touchpoints": [
             tp("Employer contribution upload", "employer", "Employer Services",
                "Employer's payroll file upload of each pay period's contributions to the Northlark employer portal.",
                ["Late or failed uploads leave gaps in the member's history",
                 "Members blame Northlark for the employer's delay"], emotion=-1,
                metrics=["late_contribution_rate"]),
             tp("Contribution statement", "web", "Member Services",
                "Downloadable statement of each contribution received and invested."),
             tp("Annual benefit statement", "post, web", "Member Services",
                "Yearly statement with pot value and a projected retirement income in today's money.",
                ["Projection assumptions unclear"]),
         ]},
        {"name": "Transferring in old pots",
         "goal": "Bring my old pensions into one pot without chasing anyone",
         "emotion": -1,
         "pain_points": ["Transfers take 6-10 weeks", "Tracker status does not move for weeks",
                         "Form asks for old scheme reference numbers people do not have"],
         "opportunities": ["Find old schemes from NI number", "Proactive updates while the old provider is chased"],
         "touchpoints": [
             tp("Transfer-in request form", "web", "Transfers Operations",
                "Online form to request a transfer in from another provider; needs the old policy number.",
                ["Needs policy numbers people have lost"]),
             tp("Transfer tracker", "web, app", "Transfers Operations",
                "Status tracker for a transfer in progress (requested, with old provider, funds received, invested).",
                ["Stuck on 'with old provider' for weeks", "No dates or expected completion"], emotion=-2,
                metrics=["transfer_in_time_days"]),
             tp("Ceding scheme chase", "phone, email", "Transfers Operations",
                "Back-office chasing of the old (ceding) provider for paperwork and funds; members only see the result."),
         ]},
    ],
}

J2 = {
    "id": "retirement-income",
    "name": "Taking retirement income",
    "persona": "Member aged 55+ deciding how to take their Northlark pot",
    "owner": "Retirement Proposition",
    "updated": "2026-09-30",
    "description": "From the retirement wake-up pack through guidance, choosing drawdown, an annuity or cash, "
                   "applying, the first payment and ongoing income.",
    "stages": [
        {"name": "Retirement wake-up",
         "goal": "Realise retirement is coming and know what my options are",
         "emotion": 0,
         "touchpoints": [
             tp("Wake-up pack", "post", "Retirement Proposition",
                "Statutory pack sent 6 months before selected retirement age, then every 5 years from 50.",
                ["Thick and intimidating"]),
             tp("Retirement planner tool", "web", "Digital Channels",
                "Online planner that models income from drawdown, annuity and state pension.", emotion=2),
         ]},
        {"name": "Guidance & advice",
         "goal": "Talk my options through with someone I trust before I commit",
         "emotion": -1,
         "pain_points": ["Long waits to get through to the guidance line", "Adviser fees not clear up front"],
         "touchpoints": [
             tp("Pension guidance call", "phone", "Retirement Guidance",
                "Free call with a Northlark guidance specialist (not regulated advice) about the options.",
                ["Queue times of 20+ minutes at peak", "Callback slots fully booked"], emotion=-1,
                metrics=["guidance_call_wait_time"]),
             tp("Adviser referral", "phone", "Adviser Partnerships",
                "Referral to a panel financial adviser for regulated advice, charged separately.",
                ["Fees only explained by the adviser"]),
             tp("Retirement options webinar", "webinar", "Retirement Guidance",
                "Monthly live webinar explaining drawdown, annuities and tax-free cash, with Q&A.", emotion=1),
         ]},
        {"name": "Choosing an income option",
         "goal": "Pick drawdown, an annuity, cash or a mix and understand the tax",
         "emotion": 0,
         "pain_points": ["Annuity quotes expire after 14 days"],
         "touchpoints": [
             tp("Drawdown vs annuity comparison tool", "web", "Retirement Proposition",
                "Side-by-side comparison of guaranteed annuity income and flexible drawdown."),
             tp("Annuity quote request", "web, phone", "Retirement Operations",
                "Guaranteed annuity quote from the panel; valid 14 days.",
                ["Quote expires before the application is done", "Re-quote often lower"], emotion=-1),
             tp("Tax-free cash calculator", "web", "Digital Channels",
                "Calculator for the 25% tax-free lump sum and what is left.", emotion=1),
         ]},
        {"name": "Applying",
         "goal": "Apply once, online, and know it is in hand",
         "emotion": -1,
         "pain_points": ["Document upload rejects files and asks for certified copies",
                         "Application times out and loses answers"],
         "touchpoints": [
             tp("Online retirement application", "web", "Digital Channels",
                "Multi-step online application for drawdown, annuity or lump sum.",
                ["Session times out after 15 minutes"], metrics=["application_drop_off_rate"]),
             tp("Document upload", "web", "Retirement Operations",
                "Upload of ID, proof of address and bank statement; some cases need certified copies.",
                ["Rejects phone photos and large PDFs", "Asks again for documents already sent"], emotion=-2),
             tp("Identity & bank verification", "web", "Digital Identity",
                "Checks that the bank account is in the member's name before money is paid."),
             tp("Risk warnings call", "phone", "Retirement Operations",
                "Mandatory call to go through risk warnings (scams, tax, running out of money) before payment.",
                ["Feels like an interrogation"]),
         ]},
        {"name": "First payment",
         "goal": "Get the first payment on the date I was told, for the amount I expected",
         "emotion": -2,
         "pain_points": ["First payment taxed on an emergency tax code", "Reclaiming the overpaid tax is slow"],
         "opportunities": ["Explain emergency tax before the payment", "Link to the tax reclaim form"],
         "touchpoints": [
             tp("First payment confirmation letter", "post", "Retirement Operations",
                "Letter confirming the amount, date and tax deducted from the first payment."),
             tp("Tax code on first payment", "post, web", "Payments & Tax",
                "Tax deducted from the first taxable payment; without a P45 from this tax year an emergency "
                "(month 1) code is applied.",
                ["Emergency tax takes a big chunk of the first payment", "Nobody warned the member",
                 "Refund depends on the tax office"], emotion=-2, metrics=["emergency_tax_rate"]),
             tp("Payment schedule in app", "app", "Digital Channels",
                "App view of upcoming income payments and tax.", emotion=1,
                metrics=["first_payment_on_time_rate"]),
         ]},
        {"name": "Ongoing income",
         "goal": "Adjust my income when I need to and get support when life changes",
         "emotion": 1,
         "touchpoints": [
             tp("Drawdown income adjustment", "web", "Retirement Operations",
                "Online change of regular drawdown income amount or frequency."),
             tp("Annual drawdown review", "post, web", "Retirement Proposition",
                "Yearly review pack showing how long the pot may last at the current withdrawal rate."),
             tp("Bereavement support line", "phone", "Bereavement Care",
                "Dedicated line for families after a member dies.", emotion=1),
         ]},
    ],
}


def write_maps():
    with open(os.path.join(K, "maps", "join-and-manage.yaml"), "w") as f:
        f.write("# Northlark Workplace Pension - journey map (Member Experience)\n")
        yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=110)
    with open(os.path.join(K, "maps", "retirement-income.json"), "w") as f:
        json.dump(J2, f, indent=2, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------- comments
START = dt.date(2026, 9, 1)
END = dt.date(2026, 11, 29)
EMERGING_FROM = dt.date(2026, 11, 9)


def rdate(lo=START, hi=END):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def typo(s):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return s
    i = rng.choice(cand)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def mutate(s):
    if rng.random() < 0.25:
        s = s.lower()
    if rng.random() < 0.3:
        s = s.rstrip(".")
    if rng.random() < 0.1:
        s = typo(s)
    return s


# Each story: (journey, stage, touchpoint, n, (score_lo, score_hi), segments, date range, texts)
J1N, J2N = J1["name"], J2["name"]
SEG1 = ["new joiner", "active saver", "deferred member"]
SEG2 = ["drawdown", "annuity", "cash lump sum", "undecided"]

STORIES = [
    # ---------------- journey 1
    (J1N, "Enrolment notice", "Welcome pack letter", 10, (3, 8), SEG1[:1] * 3 + SEG1[1:2], None, [
        "Welcome pack was 40 pages of jargon. What is a lifestyle glidepath??",
        "got the welcome pack after the first deduction had already come out of my pay",
        "Pack was fine, a bit long. Would have liked a one page summary.",
        "Too much info in the welcome letter, I just wanted to know how much it costs me",
        "The welcome pack explained the charges clearly enough, thanks",
        "didnt understand half the welcome pack tbh",
        "Welcome pack arrived quickly and the fund bit was useful",
        "lots of paper. i recycled most of it",
    ]),
    (J1N, "Enrolment notice", "Employer payroll notice", 4, (4, 7), ["new joiner"], None, [
        "My employer never told me I was being enrolled, just saw money gone from my payslip",
        "The payroll letter from work was clear, no issues",
        "HR sent the notice 2 weeks after I started so it was ok",
        "notice from work was confusing, it mixed up the pension and salary sacrifice",
    ]),
    (J1N, "Enrolment notice", "Opt-out window email", 6, (2, 8), ["new joiner"], None, [
        "Took me ages to find how to opt out, link was hidden at the very bottom of the email",
        "opt out email was clear, I decided to stay in",
        "Why is the opt out link so hard to find? felt deliberate",
        "The email about the opt out period was straightforward",
        "I wanted to opt out and the link in the email went to a page not found",
        "fine, clear enough",
    ]),
    (J1N, "Account activation", "Activation code letter", 30, (0, 5), SEG1[:1] * 4 + SEG1[1:], None, [
        "Waited nearly 3 weeks for the activation code letter. Its 2026, why is this posted?",
        "activation code expired before i got round to it and now i have to wait for ANOTHER letter",
        "Activation code never arrived. Welcome pack came but no code.",
        "Why do I need a separate letter with a code? Just email it.",
        "code letter turned up a month after the welcome pack, by then I had forgotten about it",
        "Requested a new activation code, another 10 days by post. ridiculous",
        "The activation code has expired message is all I get. No way to get a new one online",
        "had to call to get a new activation code, 25 min on hold",
        "posted activation code - so old fashioned. lost it in a pile of post",
        "My activation code didnt work, turns out it expired after 30 days. Nobody told me that",
        "still waiting for the activation code letter, been 3 weeks",
        "waiting for a code by post just to log in is madness",
        "Activation letter went to my old address even though work has the new one",
        "activation code letter is the worst part, everything else was fine",
        "Third activation code requested. still nothing.",
    ]),
    (J1N, "Account activation", "Online registration", 8, (5, 9), SEG1, None, [
        "Registration itself was quick once I had the code",
        "Password rules only shown after you fail them. Annoying but got there",
        "Sign up online was easy enough",
        "registration form kept rejecting my NI number because I put spaces in",
        "Easy to register, took 5 minutes",
        "online sign up ok",
    ]),
    (J1N, "Account activation", "Identity check", 20, (0, 6), ["deferred member"] * 2 + SEG1[:2], None, [
        "Identity check failed because I got married and changed my surname. No way forward online",
        "'We could not verify you' - and then nothing. What am I supposed to do?",
        "ID check keeps failing, I moved house last year and it still has my old address",
        "Failed the identity check 3 times, account now locked",
        "I have a double barrelled name and the ID check cant cope with it",
        "identity verification failed, had to post copies of my passport. took weeks",
        "Couldnt get past the ID check, gave up",
        "ID check says my details dont match but they match my payslip exactly",
        "verification failed no explanation at all",
        "The identity check rejected me because my employer has my name spelled wrong",
    ]),
    (J1N, "Choosing investments", "Default fund explainer", 6, (5, 9), SEG1, None, [
        "Still not sure what the default fund actually invests in",
        "Default fund page was clear, I'm happy to leave it there",
        "the explainer said lifestyle fund but didnt explain what that does near retirement",
        "good explanation of the default fund",
    ]),
    (J1N, "Choosing investments", "Risk questionnaire", 5, (4, 8), ["active saver"], None, [
        "Risk questions were a bit abstract, how would I know how I'd feel about a 20% fall",
        "Questionnaire was quick and suggested a fund, useful",
        "risk quiz recommended the same fund I was already in lol",
        "nice short questionnaire",
    ]),
    (J1N, "Choosing investments", "Fund switch tool", 12, (2, 7), ["active saver"] * 3 + ["deferred member"], None, [
        "Fund switch tool is confusing. Is 'switch' my existing money or future contributions? Still dont know",
        "Made a fund switch 5 days ago, no confirmation, no status, nothing",
        "Too much jargon in the switch tool. Redirect vs switch?",
        "switched funds but my future contributions still go into the old fund??",
        "The fund switch screen needs plain english",
        "couldnt work out how to move my future payments only",
        "fund switch worked in the end but took a week and I had no idea if it had gone through",
        "switching funds should not need a dictionary",
    ]),
    (J1N, "Choosing investments", "Ethical fund range", 8, (8, 10), ["active saver", "new joiner"], None, [
        "Really pleased there is an ethical fund option, moved everything into it",
        "The ESG fund factsheets are clear and honest, love it",
        "great to have a shariah fund option",
        "ethical funds are the reason I stayed in",
        "Good choice of sustainable funds, explained in normal language",
    ]),
    (J1N, "Managing the pot online", "Pot value dashboard", 16, (8, 10), SEG1[1:] * 2 + SEG1[:1], None, [
        "Love the dashboard, I can see my pot growing every month",
        "dashboard is really clear, contributions and growth all in one place",
        "Pot value screen is brilliant, so much better than my last pension",
        "Easy to see what my employer has put in. great",
        "The projection on the dashboard is helpful",
        "dashboard is simple and clean",
        "Checking my pot on the dashboard is actually quite motivating",
        "very clear online account, no complaints",
    ]),
    (J1N, "Managing the pot online", "Secure messaging", 12, (8, 10), SEG1, None, [
        "Sent a secure message and got a proper answer the same day. Impressed",
        "messaging team were quick and helpful",
        "Secure messages answered within a day every time",
        "Great service on the messages, Tomasz sorted my query quickly",
        "much better than phoning, replied next morning",
        "Helpful reply to my message, explained everything",
    ]),
    (J1N, "Managing the pot online", "Change of address", 5, (5, 9), SEG1, None, [
        "Changed my address online in 2 minutes",
        "address change was easy but then they posted a letter to the OLD address to confirm it",
        "simple to update my address",
    ]),
    (J1N, "Managing the pot online", "Beneficiary nomination form", 8, (2, 6), SEG1, None, [
        "Had to print, sign and post the beneficiary form. Who has a printer?",
        "Beneficiary nomination should be online, it's 2026",
        "posted my expression of wish form a month ago, no idea if it arrived",
        "why can I do everything online except nominate a beneficiary",
        "Paper form for beneficiaries is very old fashioned",
        "sent the nomination form twice because nobody confirmed the first",
    ]),
    (J1N, "Contributions & statements", "Employer contribution upload", 14, (2, 6),
     ["active saver"] * 3 + ["new joiner"], None, [
        "My last two months of contributions are missing from my account",
        "Contributions show up weeks after payday. Is my money even invested?",
        "Payslip says pension deducted in August but it's not in my pot yet",
        "missing contributions again, employer says they sent it, you say you didnt get it",
        "my contributions are always 3-4 weeks late appearing",
        "Gap in my contribution history for July, nobody can tell me why",
        "Employer contribution for October still not showing",
        "stuck between HR and the pension company over missing payments",
    ]),
    (J1N, "Contributions & statements", "Contribution statement", 6, (5, 9), ["active saver"], None, [
        "Contribution statement is clear and easy to download",
        "statement download works fine",
        "would be nice if the statement showed the tax relief separately",
        "handy statement for my records",
    ]),
    (J1N, "Contributions & statements", "Annual benefit statement", 8, (3, 8), SEG1[1:], None, [
        "Annual statement projection makes no sense, what is 'in today's money'?",
        "Benefit statement was clear, nice to see the yearly summary",
        "The projected income on the annual statement went DOWN and no explanation why",
        "annual statement ok but too many assumptions in small print",
        "Yearly statement is useful",
        "statement arrived on time, fine",
    ]),
    (J1N, "Transferring in old pots", "Transfer-in request form", 8, (3, 7), ["deferred member"] * 2 + ["active saver"], None, [
        "Transfer form wants my old policy number which I do not have",
        "Transfer request form was easy once I dug out my old paperwork",
        "form asked for the old scheme's address and reference, no clue",
        "Why cant you find my old pension from my NI number?",
        "filling in the transfer form was ok",
    ]),
    (J1N, "Transferring in old pots", "Transfer tracker", 16, (0, 5), ["deferred member"] * 2 + ["active saver"], None, [
        "Transfer tracker has said 'with old provider' for 7 weeks",
        "transfer still not done after 2 months and the tracker never changes",
        "No dates on the transfer tracker, no idea when it will finish",
        "Transfer taking forever. 9 weeks and counting",
        "tracker useless, same status for a month",
        "my transfer has been 'in progress' since August",
        "Had to ring to find out my transfer had actually completed, the tracker still said pending",
        "Transfer in is painfully slow and no updates",
        "the transfer tracker needs to actually track something",
    ]),
    (J1N, "Transferring in old pots", "Ceding scheme chase", 4, (3, 8), ["deferred member"], None, [
        "Staff chased my old provider for me which was good, but it still took ages",
        "they kept chasing the old provider and kept me posted on the phone",
        "nobody told me the old scheme needed a discharge form",
    ]),
    # mobile app login: happy before emerging window, then broken after the app update
    (J1N, "Managing the pot online", "Mobile app login", 6, (7, 10), SEG1, (START, EMERGING_FROM - dt.timedelta(days=8)), [
        "App is handy, face id login is quick",
        "Logging into the app is easy",
        "the app works well, log in with fingerprint",
        "Good app, quick to get in",
    ]),
    (J1N, "Managing the pot online", "Mobile app login", 22, (0, 4), SEG1[1:] * 2 + SEG1[:1], (EMERGING_FROM, END), [
        "Since the latest app update Face ID doesnt work, have to type my password every time",
        "app keeps logging me out after the update",
        "After updating the app I get 'session expired' straight after logging in",
        "New app version broke fingerprint login",
        "Face ID stopped working in the app this week",
        "cant log in to the app since the update, keeps spinning",
        "App logged me out 4 times today. Was fine until the update",
        "text code for login takes 10 minutes to arrive since the new app version",
        "the update ruined the app, cannot stay logged in",
        "face id login broken after update, pls fix",
        "App says my biometrics need resetting every time I open it",
        "logging in on the app is a nightmare since last week",
    ]),
    # ---------------- journey 2
    (J2N, "Retirement wake-up", "Wake-up pack", 8, (4, 8), SEG2, None, [
        "Wake up pack was thick and a bit scary but it did make me start planning",
        "the retirement pack arrived 6 months before, good timing",
        "Too much paper in the wake up pack, could not find the key points",
        "wake up letter was useful, made me book the guidance call",
        "pack was ok",
    ]),
    (J2N, "Retirement wake-up", "Retirement planner tool", 12, (7, 10), SEG2, None, [
        "The retirement planner is excellent, I could see drawdown and annuity side by side with state pension",
        "planner tool really helped me work out when I can afford to stop",
        "Great planner, easy to play with the numbers",
        "Retirement planner made it all make sense",
        "love the planner, used it loads",
        "planner tool is the best bit of the website",
    ]),
    (J2N, "Guidance & advice", "Pension guidance call", 14, (1, 6), SEG2, None, [
        "Waited 35 minutes on hold for the guidance line",
        "no callback slots available for 3 weeks",
        "Hold time on the pension guidance line is terrible",
        "tried to get through to guidance 3 times, gave up",
        "Long wait to speak to anyone about my options",
        "the queue music on the guidance line will haunt me",
        "Could not book a guidance call before my retirement date",
    ]),
    (J2N, "Guidance & advice", "Pension guidance call", 12, (9, 10), SEG2, None, [
        "Once I got through, the guidance specialist was brilliant and patient",
        "Priya on the guidance call explained drawdown better than anyone",
        "Really helpful guidance call, no pressure at all",
        "The guidance team were kind and clear",
        "Excellent call, felt much more confident afterwards",
        "very knowledgeable lady on the phone, thank you",
    ]),
    (J2N, "Guidance & advice", "Adviser referral", 5, (3, 7), ["undecided", "drawdown"], None, [
        "Adviser fees were only explained at the first meeting, should be up front",
        "Referral to an adviser was quick",
        "didnt realise the adviser would charge 1%",
    ]),
    (J2N, "Guidance & advice", "Retirement options webinar", 6, (8, 10), SEG2, None, [
        "Webinar was really good, the Q&A answered my question",
        "great webinar on drawdown vs annuities",
        "The monthly webinar is a good idea, learned a lot",
        "webinar was clear and not salesy",
    ]),
    (J2N, "Choosing an income option", "Drawdown vs annuity comparison tool", 8, (5, 9), SEG2, None, [
        "Comparison tool made the difference between drawdown and annuity clear",
        "the comparison tool is ok but assumes growth I'm not sure about",
        "Liked seeing guaranteed vs flexible income side by side",
        "comparison could show what happens if I live to 95",
    ]),
    (J2N, "Choosing an income option", "Annuity quote request", 10, (2, 6), ["annuity"] * 3 + ["undecided"], None, [
        "My annuity quote expired before my application was processed and the new one was lower",
        "14 days for a quote is not long enough when you are waiting for documents",
        "had to re-request the annuity quote twice",
        "Annuity quote ran out while I was waiting for the risk warnings call",
        "re-quote came back £30 a month less. not happy",
        "quote expired, nobody warned me",
    ]),
    (J2N, "Choosing an income option", "Tax-free cash calculator", 6, (7, 10), SEG2, None, [
        "Tax free cash calculator is simple and clear",
        "Useful calculator for the 25% lump sum",
        "calculator helped me decide how much to take",
    ]),
    (J2N, "Applying", "Online retirement application", 10, (3, 8), SEG2, None, [
        "Application timed out and I lost everything I had typed",
        "online application was long but worked",
        "Session expired halfway through the application, had to start again",
        "application form straightforward",
        "timed out twice while I was looking for my bank details",
    ]),
    (J2N, "Applying", "Document upload", 14, (1, 5), SEG2, None, [
        "Document upload rejected my bank statement PDF as too large",
        "They asked for my passport again even though I uploaded it last week",
        "upload wont accept photos from my phone",
        "Asked for a certified copy of my ID, where do I even get that done",
        "uploaded the same documents 3 times",
        "document upload kept failing with an error",
        "Why do you need a certified copy when I can upload the original",
        "upload page is awful",
    ]),
    (J2N, "Applying", "Identity & bank verification", 6, (5, 9), SEG2, None, [
        "bank check was quick",
        "Verification of my bank account took a few days but fine",
        "bank verification failed because it's a joint account",
        "all good on the ID and bank checks",
    ]),
    (J2N, "Applying", "Risk warnings call", 5, (3, 7), SEG2, None, [
        "Risk warnings call felt like an interrogation, I know what a scam is",
        "the risk call was long but I understand why",
        "had to wait a week for the risk warnings call which held everything up",
    ]),
    (J2N, "First payment", "First payment confirmation letter", 5, (5, 8), SEG2, None, [
        "Confirmation letter came after the money had arrived",
        "letter confirming my first payment was clear",
        "Clear letter with amounts and dates",
    ]),
    (J2N, "First payment", "Tax code on first payment", 24, (0, 4), ["drawdown"] * 3 + ["cash lump sum"] * 3 + ["annuity"], None, [
        "Emergency tax took almost half my first drawdown payment. Nobody warned me",
        "Why was I put on an emergency tax code?? Lost £1,800 on the first payment",
        "First payment was taxed way too much, now I have to claim it back from the tax office",
        "emergency tax on my lump sum, absolutely shocking",
        "No one mentioned emergency tax at any point before the payment",
        "The tax taken off my first payment was ridiculous, took 8 weeks to get a refund",
        "they used a month 1 code and I was massively overtaxed",
        "Overtaxed on the first payment, the letter just says contact HMRC",
        "emergency tax code again. You should warn people",
        "First income payment was hundreds less than the quote because of tax",
        "Overtaxed and no guidance on how to reclaim",
        "Got emergency taxed, customer service said it's normal. Not normal to me",
    ]),
    (J2N, "First payment", "Payment schedule in app", 6, (8, 10), ["drawdown", "annuity"], None, [
        "Love seeing my next payment date in the app",
        "payment schedule in the app is clear",
        "Really handy to see the payments and tax in the app",
    ]),
    (J2N, "Ongoing income", "Drawdown income adjustment", 6, (5, 9), ["drawdown"], None, [
        "Changed my drawdown income online easily",
        "income change took effect a month later than I expected",
        "simple to adjust my monthly income",
    ]),
    (J2N, "Ongoing income", "Annual drawdown review", 4, (5, 8), ["drawdown"], None, [
        "Annual review shows how long my pot might last, sobering but useful",
        "review pack was clear",
    ]),
    (J2N, "Ongoing income", "Bereavement support line", 5, (8, 10), ["drawdown", "annuity"], None, [
        "The bereavement team were so kind when my husband died",
        "Bereavement line handled everything with care, thank you",
        "very compassionate support after my dad passed",
    ]),
]


def build_comments():
    rows1, rows2 = [], []
    for journey, stage, touch, n, (lo, hi), segs, window, texts in STORIES:
        order = list(texts)
        rng.shuffle(order)
        for i in range(n):
            text = order[i % len(order)]
            if i >= len(order):
                text = mutate(text)
                # keep repeats from being identical
                if rng.random() < 0.5:
                    text = rng.choice(["", "Honestly, ", "Again: ", "tbh ", "As I said before, ", "Hmm. "]) + text
            else:
                text = mutate(text)
            d = rdate(*window) if window else rdate()
            score = rng.randint(lo, hi)
            seg = rng.choice(segs)
            rec = dict(journey=journey, stage=stage, touchpoint=touch, date=d, score=score, segment=seg,
                       comment=text)
            (rows1 if journey == J1N else rows2).append(rec)
    rows1.sort(key=lambda r: (r["date"], r["touchpoint"], r["comment"]))
    rows2.sort(key=lambda r: (r["date"], r["touchpoint"], r["comment"]))

    chan = {t["name"]: t["channel"] for s in J1["stages"] + J2["stages"] for t in s["touchpoints"]}

    # file 1: in-house survey tool, canonical columns (+ extra properties)
    p1 = os.path.join(K, "comments", "member-survey-2026q3q4.csv")
    with open(p1, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type",
                    "segment", "employer_size", "comment"])
        for i, r in enumerate(rows1, 1):
            r["id"] = f"MS-{i:04d}"
            r["employer_size"] = rng.choice(["SME", "SME", "large", "micro"])
            w.writerow([r["id"], r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"],
                        chan[r["touchpoint"]].split(",")[0], r["score"], "nps", r["segment"],
                        r["employer_size"], r["comment"]])

    # file 2: vendor export ("Pulsewise") with its own column names and UK date-times
    p2 = os.path.join(K, "comments", "pulsewise-retirement-export.csv")
    with open(p2, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ResponseID", "SubmittedAt", "SurveyName", "JourneyName", "StepName", "TouchpointName",
                    "LTR_NPS", "ScoreScale", "MemberSegment", "Verbatim", "Language"])
        for i, r in enumerate(rows2, 1):
            r["id"] = f"PW-{71000 + i * 7}"
            t = f"{r['date'].strftime('%d/%m/%Y')} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
            w.writerow([r["id"], t, "Retirement pulse", r["journey"], r["stage"], r["touchpoint"], r["score"],
                        "nps", r["segment"], r["comment"], "en-GB"])
    with open(os.path.join(K, "comments", "pulsewise-retirement-export.mapping.yaml"), "w") as f:
        f.write("# Column mapping for the Pulsewise vendor export (see knowledge formats contract)\n")
        yaml.safe_dump({"kind": "comments",
                        "columns": {"id": "ResponseID", "comment": "Verbatim", "date": "SubmittedAt",
                                    "journey": "JourneyName", "stage": "StepName",
                                    "touchpoint": "TouchpointName", "score": "LTR_NPS",
                                    "score_type": "ScoreScale", "segment": "MemberSegment"},
                        "date_format": "%d/%m/%Y %H:%M"}, f, sort_keys=False)
    return rows1, rows2


# --------------------------------------------------------------------------- KPIs
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]

KPI1 = [  # (metric, stage, touchpoint, unit, target, higher_is_better, values)
    ("nps", "", "", "score", 20, "true", [14, 15, 13, 16, 17, 16, 18, 17, 19, 15, 11, 9]),
    ("activation_rate", "Account activation", "Activation code letter", "%", 65, "true",
     [48.2, 49.0, 50.1, 51.5, 52.0, 53.4, 54.8, 55.1, 56.3, 57.0, 57.9, 58.6]),
    ("opt_out_rate", "Enrolment notice", "Opt-out window email", "%", 8, "false",
     [9.8, 9.6, 9.9, 9.5, 9.7, 9.4, 9.6, 9.3, 9.5, 9.2, 9.4, 9.1]),
    ("transfer_in_time_days", "Transferring in old pots", "Transfer tracker", "days", 15, "false",
     [24, 25, 25, 27, 28, 29, 30, 31, 31, 32, 33, 34]),
    ("late_contribution_rate", "Contributions & statements", "Employer contribution upload", "%", 5, "false",
     [7.2, 7.0, 6.8, 7.1, 6.5, 6.3, 6.4, 6.0, 5.8, 5.9, 5.6, 5.5]),
    ("app_login_success_rate", "Managing the pot online", "Mobile app login", "%", 98, "true",
     [97.8, 97.9, 98.1, 97.7, 98.0, 98.2, 97.9, 98.1, 98.0, 93.4, 90.8, 89.6]),
]
KPI2 = [  # (metric, stage, unit, target, higher_is_better, values)
    ("nps", "", "score", 25, "true", [22, 21, 23, 20, 19, 18, 17, 18, 16, 15, 16, 14]),
    ("guidance_call_wait_time", "Guidance & advice", "min", 10, "false",
     [18.5, 19.2, 21.0, 22.4, 23.1, 21.8, 20.5, 17.9, 15.2, 13.8, 12.6, 11.9]),
    ("application_drop_off_rate", "Applying", "%", 20, "false",
     [31.0, 30.2, 32.1, 31.4, 29.8, 30.5, 31.2, 30.1, 29.6, 30.4, 31.0, 30.3]),
    ("emergency_tax_rate", "First payment", "%", "", "false",
     [34.0, 35.2, 36.8, 38.1, 39.5, 41.0, 42.7, 44.1, 45.6, 46.9, 48.3, 49.4]),
    ("first_payment_on_time_rate", "First payment", "%", 95, "true",
     [91.0, 91.5, 92.2, 92.0, 93.1, 93.4, 93.0, 94.2, 94.8, 95.1, 95.6, 96.0]),
]


def write_kpis():
    # shape A: touchpoint-level rows, plain numbers, explicit higher_is_better
    with open(os.path.join(K, "kpis", "member-kpis-weekly.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit",
                    "higher_is_better"])
        for m, st, t, unit, target, hib, vals in KPI1:
            for d, v in zip(WEEKS, vals):
                w.writerow([m, v, d.isoformat(), J1["id"], st, t, target, unit, hib])
    # shape B: journey/stage-level rows from the retirement ops dashboard, different column order,
    # percentages written with a % sign
    with open(os.path.join(K, "kpis", "retirement-ops-dashboard.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "journey", "stage", "metric", "value", "unit", "target", "higher_is_better"])
        for d_i, d in enumerate(WEEKS):
            for m, st, unit, target, hib, vals in KPI2:
                v = vals[d_i]
                sv = f"{v:.1f}%" if unit == "%" else (f"{v:.1f}" if isinstance(v, float) else str(v))
                tv = (f"{target}%" if unit == "%" and target != "" else target)
                w.writerow([d.isoformat(), J2["id"], st, m, sv, unit, tv, hib])


if __name__ == "__main__":
    write_maps()
    r1, r2 = build_comments()
    write_kpis()
    print("comments:", len(r1), len(r2), len(r1) + len(r2))
