"""Generate the Molara Dental evaluation data (survey comments + weekly KPI snapshots).

Run from anywhere:  python3 scripts/build.py
Everything is driven by random.seed(20261207) so the output is reproducible.
The journey maps in knowledge/maps/ are hand-written and not touched by this script.
"""
import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

random.seed(20261207)

ROOT = Path(__file__).resolve().parent.parent / "knowledge"
COMMENTS = ROOT / "comments"
KPIS = ROOT / "kpis"

NP = "New patient to treatment"
UC = "Emergency appointments and complaints"

WEEKS = [date(2026, 9, 21) + timedelta(weeks=i) for i in range(10)]  # Mondays
FIRST_DAY = WEEKS[0]
LAST_DAY = WEEKS[-1] + timedelta(days=6)
PHONE_GO_LIVE = date(2026, 11, 9)  # new telephony (IVR menu) + new SMS provider switched on

PRACTICES = [
    "Leeds Headrow", "Bristol Clifton", "Manchester Didsbury", "Nottingham Beeston",
    "Reading Caversham", "Sheffield Ecclesall", "York Bootham", "Cardiff Roath",
]
DRS = ["Dr Patel", "Dr Okoye", "Dr Hughes", "Dr Kowalski", "Dr Shah", "Dr Evans", "Dr Ahmed"]
HYGS = ["Gemma", "Priya", "Sian", "Tom", "Hannah"]
SEG_DEFAULT = {"NHS": 45, "NHS exempt": 12, "Private": 23, "Care Plan": 20}
SEG_URGENT = {"NHS": 42, "NHS exempt": 10, "Private": 20, "Care Plan": 14, "Unregistered": 14}


def pick_seg(weights):
    names = list(weights)
    return random.choices(names, [weights[n] for n in names])[0]


def nps_score(sent):
    if sent == "pos":
        return random.choice([9, 10, 10, 9, 10, 8])
    if sent == "neu":
        return random.choice([6, 7, 7, 8, 8])
    return random.choice([0, 1, 2, 3, 3, 4, 5, 5, 6, 6, 7])


def csat_score(sent):
    if sent == "pos":
        return random.choice([5, 5, 4, 5, 4])
    if sent == "neu":
        return random.choice([3, 3, 4])
    return random.choice([1, 1, 2, 2, 3, 2])


def fill(t):
    return t.format(
        dr=random.choice(DRS), hyg=random.choice(HYGS), mins=random.choice([20, 25, 30, 35, 40, 45]),
        n=random.choice([6, 8, 9, 11, 12, 15]), weeks=random.choice([5, 6, 7, 8, 9]),
        hold=random.choice([25, 30, 35, 40, 50]), months=random.choice([4, 6, 8, 9, 12]),
        fee=random.choice([65, 69, 72]),
    )


# (journey, stage, touchpoint, sentiment, {file: count}, segment weights or None, timing, templates)
# timing: "all" = spread over the 10 weeks, "emerging" = only from PHONE_GO_LIVE, "late" = skewed to the last 3 weeks
T = []


def theme(j, st, tp, sent, counts, seg, timing, texts):
    T.append(dict(j=j, st=st, tp=tp, sent=sent, counts=counts, seg=seg, timing=timing, texts=texts))


REG, BOOK, APPT, PLAN, PAY = ("Registering as a patient", "Booking and reminders", "The appointment",
                              "Treatment plan", "Payment and dental plans")
NHS_ONLY = {"NHS": 75, "NHS exempt": 25}

# ---------------------------------------------------------------- new patient journey
theme(NP, REG, "Find a practice page", "neg", {"pv": 5, "sm": 2}, NHS_ONLY, "all", [
    "Website said the practice was taking new NHS patients. It isn't. Wasted a morning.",
    "practice finder says accepting NHS patients, rang up and they haven't taken any since the summer",
    "The 'accepting NHS' tick on your site is wrong for at least two practices near me",
    "Why does the website say NHS spaces available when there are none? Very misleading",
    "website info out of date - said NHS yes, reception said no",
])
theme(NP, REG, "Find a practice page", "pos", {"pv": 3, "sm": 1}, None, "all", [
    "Found a practice 5 mins from work on the website, opening hours and parking all there",
    "easy to find a dentist near me on your site",
    "Good practice finder, could see which ones open on Saturdays",
])
theme(NP, REG, "Online registration form", "pos", {"pv": 5, "sm": 2}, None, "all", [
    "Signed up online in about five minutes, really straightforward",
    "registration was quick and easy on my phone",
    "Joining online was simple, got a confirmation straight away",
    "Easy sign up form, much better than my old dentist's paper forms",
])
theme(NP, REG, "Online registration form", "neg", {"pv": 4, "sm": 2}, None, "all", [
    "The sign up form timed out while I was finding my NHS number and I had to start again",
    "lost everything I typed on the registration page twice. gave up and rang",
    "Online form kept crashing on my iPhone at the exemptions bit",
    "registration form froze on step 3, had to do it all again",
])
theme(NP, REG, "NHS list availability check", "neg", {"pv": 10, "sm": 4}, NHS_ONLY, "all", [
    "Registered online then got a call saying the NHS list is full and I can only go private. Why let me register?",
    "Been on the NHS waiting list for {months} months, no update at all",
    "told no NHS places, only private or join a waiting list. I can't afford private",
    "Couldn't get NHS, receptionist said waiting list is about a year",
    "NHS list closed. Again. Three practices in the area all the same",
    "They said they only take children on the NHS now, not adults",
    "No NHS spaces so I'm still without a dentist after {months} months",
])
theme(NP, REG, "Medical history questionnaire", "neg", {"pv": 6, "sm": 2}, None, "all", [
    "Filled in my medical history online, then had to do the whole thing again on a clipboard at reception",
    "Why do I do the health questions twice? Online and again in the practice",
    "medical form online was pointless, they made me fill in paper one anyway",
    "Had to list all my medication twice, once on the app and once on paper",
    "the medical questionnaire is long and then reception asked me the same questions",
])
theme(NP, REG, "Welcome email", "pos", {"pv": 3, "sm": 1}, None, "all", [
    "Welcome email told me what to bring and where to park, helpful",
    "nice welcome email with everything I needed for the first visit",
    "Welcome message was clear and friendly",
])
theme(NP, REG, "Welcome email", "neu", {"pv": 2}, NHS_ONLY, "all", [
    "Got a welcome email even though I'm only on the waiting list, bit confusing",
    "welcome email came but no appointment, not sure if I'm actually registered",
])

theme(NP, BOOK, "Online booking", "pos", {"pv": 8, "sm": 3}, None, "all", [
    "Booking on the app is dead easy, picked a 7.30am slot before work",
    "love that I can book my check up online instead of ringing",
    "App booking brilliant, took a minute",
    "could book the hygienist and my check-up back to back on the app",
    "Online booking is so much easier than phoning",
    "Booked online at 11pm, no need to call anyone",
])
theme(NP, BOOK, "Online booking", "neg", {"pv": 4, "sm": 1}, None, "all", [
    "Nothing on the app for {weeks} weeks for an NHS check up",
    "online booking only shows slots weeks away, no evenings",
    "App said no availability but when I rang they had a slot tomorrow??",
    "no Saturday appointments online at all",
])
theme(NP, BOOK, "Practice phone line", "neg", {"pv": 7, "sm": 2}, None, "all", [
    "Rang {n} times before anyone picked up",
    "Couldn't get through on the phone for two days",
    "phone just rings and rings at the practice",
    "On hold for {hold} minutes just to book a check up",
    "impossible to get through on the phone at lunchtime",
    "Line engaged every time I called",
])
theme(NP, BOOK, "Practice phone line", "neg", {"pv": 6, "sm": 2}, None, "emerging", [
    "New phone menu is awful, pressed 1 for appointments and ended up back at the start",
    "your new automated phone options cut me off twice",
    "Press 1, press 3, press 2... then it hung up on me. Bring back a person",
    "the new phone system keeps saying 'we are experiencing high demand' and drops the call",
    "Phone menu has no option for changing an appointment, went round in circles",
    "Since the new phone system I can't get through to my actual practice",
])
theme(NP, BOOK, "SMS and email reminders", "pos", {"pv": 6, "sm": 2}, None, "all", [
    "Handy text reminder the day before, would have forgotten otherwise",
    "like the reminder texts, can confirm with one tap",
    "reminders by text and email are really useful",
    "The day before text saved me, had completely forgotten",
    "good reminder a week before and the day before",
])
theme(NP, BOOK, "SMS and email reminders", "neg", {"pv": 6, "sm": 3}, None, "emerging", [
    "Got the same reminder text four times in one evening",
    "reminder text arrived at 3am!! woke me up",
    "I had duplicate reminders, one of them with the wrong time on it",
    "Received 3 identical texts about my appointment and one said the wrong practice",
    "Your reminder texts are spamming me, 5 in a day",
    "text said my appointment was 9.10 but it was 10.30, who do I believe",
])
theme(NP, BOOK, "Rescheduling and cancellations", "neg", {"pv": 4, "sm": 1}, None, "all", [
    "Charged £25 for cancelling the day before, nobody told me about that fee",
    "late cancellation fee when my child was ill. Not impressed",
    "Got a letter saying I'd be removed for missing appointments, I never got the reminder",
    "cancelling is easy but the fee isn't mentioned when you book",
])
theme(NP, BOOK, "Rescheduling and cancellations", "pos", {"pv": 3, "sm": 1}, None, "all", [
    "Moved my appointment through the link in the text, really easy",
    "rebooking was painless",
    "Easy to change my appointment online",
])

theme(NP, APPT, "Reception check-in", "neg", {"pv": 8, "sm": 3}, None, "all", [
    "Waited {mins} minutes past my appointment time and nobody said anything",
    "Sat in reception for {mins} mins, no apology, no explanation",
    "they were running {mins} minutes late and didn't tell anyone",
    "Appointment at 9, seen at 9.{mins}. Had to leave work for this",
    "Always running late. Would be nice to get a text",
    "Kept waiting ages at check in, receptionist didn't know how long",
])
theme(NP, APPT, "Reception check-in", "pos", {"pv": 4, "sm": 1}, None, "all", [
    "Receptionist was lovely and put me at ease",
    "friendly welcome at the front desk",
    "check in on the tablet was quick",
    "The girls on reception are always so kind",
])
theme(NP, APPT, "Waiting room", "neg", {"pv": 3, "sm": 1}, None, "all", [
    "waiting room tiny, had to stand",
    "Waiting area was cramped and hot",
    "not enough chairs in the waiting room on a Monday morning",
])
theme(NP, APPT, "Waiting room", "pos", {"pv": 2, "sm": 1}, None, "all", [
    "Clean bright waiting area, the kids corner kept my two happy",
    "waiting room spotless",
])
theme(NP, APPT, "Dental check-up", "pos", {"pv": 12, "sm": 3}, None, "all", [
    "{dr} was so gentle and explained everything. I'm a nervous patient and didn't panic once",
    "Lovely dentist, took time to show me the photos of my teeth",
    "{dr} is fantastic, best dentist I've had",
    "really thorough check up, explained what she was looking at",
    "As someone terrified of the dentist, {dr} was amazing",
    "The dentist was kind, patient and never made me feel judged",
    "Great check-up, clear explanation and no pressure",
    "{dr} explained everything in plain English",
])
theme(NP, APPT, "Dental check-up", "neg", {"pv": 4, "sm": 2}, {"NHS": 70, "NHS exempt": 15, "Private": 10, "Care Plan": 5}, "all", [
    "Check up took 5 minutes, felt like a conveyor belt",
    "felt rushed, dentist barely looked up from the screen",
    "In and out in 4 minutes. Is that a proper check-up?",
    "Very rushed NHS check, no time for questions",
])
theme(NP, APPT, "Hygienist appointment", "pos", {"pv": 8, "sm": 2}, {"NHS": 25, "NHS exempt": 5, "Private": 30, "Care Plan": 40}, "all", [
    "{hyg} the hygienist was brilliant, teeth never felt so clean",
    "best scale and polish I've had, really gentle",
    "hygienist gave great advice about my gums",
    "Lovely hygienist, made it painless",
    "{hyg} explained how to floss properly without lecturing me",
    "hygiene visit was great, included in my plan",
])
theme(NP, APPT, "Hygienist appointment", "neg", {"pv": 4, "sm": 1}, {"NHS": 85, "NHS exempt": 15}, "all", [
    "Didn't realise the hygienist isn't on the NHS, £{fee} was a shock",
    "I'm NHS but got charged privately for the hygienist, nobody said beforehand",
    "scale and polish not covered by NHS?? should be told before",
    "hygienist cost £{fee}, thought it was part of the check up",
])
theme(NP, APPT, "X-rays", "neu", {"pv": 2, "sm": 1}, None, "all", [
    "X-rays were quick, fine",
    "had x rays, no problem",
])

theme(NP, PLAN, "Treatment plan and estimate", "neg", {"pv": 4, "sm": 2}, {"Private": 70, "NHS": 30}, "all", [
    "Bill was £80 more than the estimate and no one explained why",
    "estimate said £420, paid £510",
    "final cost didn't match the treatment plan I signed",
    "Charged for extra things not on my estimate",
])
theme(NP, PLAN, "Treatment plan and estimate", "neg", {"pv": 4, "sm": 1}, None, "all", [
    "Still waiting for my treatment plan 2 weeks later",
    "They said they'd email the plan, never came",
    "plan arrived a week after, by then I'd forgotten what was discussed",
    "no written plan at all, just a verbal 'you need a crown'",
])
theme(NP, PLAN, "Treatment plan and estimate", "pos", {"pv": 3, "sm": 1}, None, "all", [
    "Clear written plan with the costs, no surprises",
    "treatment plan in the portal the same day, easy to understand",
    "Liked getting the plan and prices in writing",
])
theme(NP, PLAN, "NHS and private options conversation", "neg", {"pv": 5, "sm": 2}, NHS_ONLY, "all", [
    "Don't understand band 2 vs band 3, is my crown band 3 or not?",
    "nobody explained the NHS bands, I thought one price covered everything",
    "Confused about what's NHS and what's private on my plan",
    "Got charged band 3 when I expected band 2, nobody explained",
    "the NHS price list is really confusing",
])
theme(NP, PLAN, "NHS and private options conversation", "neg", {"pv": 6, "sm": 2}, {"NHS": 85, "NHS exempt": 15}, "all", [
    "Felt pushed into private white fillings when I asked for NHS",
    "Dentist kept steering me to go private for everything",
    "felt like a sales pitch. NHS option mentioned last and made to sound rubbish",
    "pressured to pay privately for a filling I could have had on the NHS",
    "every visit there's an upsell to private",
    "Made to feel cheap for wanting the NHS option",
])
theme(NP, PLAN, "NHS and private options conversation", "pos", {"pv": 3, "sm": 1}, None, "all", [
    "{dr} explained NHS and private options honestly, no pressure at all",
    "Good to have both options laid out with prices",
    "appreciated being told the NHS option was perfectly fine",
])
theme(NP, PLAN, "Consent form", "neu", {"pv": 2, "sm": 1}, None, "all", [
    "signing the consent on my phone was fine",
    "e-sign form ok",
])
theme(NP, PLAN, "Booking follow-on treatment", "neg", {"pv": 5, "sm": 2}, None, "all", [
    "Needed a filling, next NHS slot was {weeks} weeks away",
    "had to wait {weeks} weeks for my root canal appointment",
    "earliest date for my crown fitting was ages away",
    "Told I need treatment but no appointments until after Christmas",
])

theme(NP, PAY, "Paying at reception", "neg", {"pv": 2, "sm": 1}, None, "all", [
    "Card machine was down, had to go to a cash point",
    "couldn't pay by card, terminal not working again",
])
theme(NP, PAY, "Paying at reception", "neg", {"pv": 4, "sm": 1}, {"NHS exempt": 100}, "all", [
    "I'm pregnant and exempt but was still charged, had to chase a refund",
    "charged even though I showed my maternity exemption certificate",
    "On Universal Credit so exempt, still made to pay and claim it back",
    "Asked for proof of exemption in front of a full waiting room, embarrassing",
])
theme(NP, PAY, "Molara Care Plan sign-up", "pos", {"pv": 8, "sm": 3}, {"Care Plan": 100}, "all", [
    "The care plan is great value, two check ups and two hygiene visits for under £17 a month",
    "Joined the monthly plan, worth it for the hygienist alone",
    "dental plan spreads the cost nicely, 10% off my crown too",
    "Best decision joining the plan, no surprise bills",
    "love the membership, budget for it every month",
    "Care plan saves me money, recommended it to my partner",
])
theme(NP, PAY, "Molara Care Plan sign-up", "neg", {"pv": 3, "sm": 1}, {"NHS": 60, "Private": 40}, "all", [
    "Reception pushed the care plan on me three times",
    "felt pressured to sign up to the monthly plan before I'd even seen the dentist",
    "Hard sell on the membership at the desk",
])
theme(NP, PAY, "Monthly Direct Debit", "neg", {"pv": 4, "sm": 2}, {"Care Plan": 100}, "all", [
    "Direct debit taken twice this month",
    "Changed bank and the plan payment went wrong, then got a missed payment letter",
    "can't cancel the plan online, have to phone during working hours",
    "monthly payment taken on the wrong date, went overdrawn",
])
theme(NP, PAY, "Dental finance", "pos", {"pv": 2, "sm": 1}, {"Private": 100}, "all", [
    "0% finance made my implant possible, thank you",
    "paying for Invisalign monthly with the finance was easy to set up",
])
theme(NP, PAY, "Dental finance", "neg", {"pv": 2}, {"Private": 100}, "all", [
    "finance application declined with no explanation",
    "Finance form took ages and then said no",
])
theme(NP, PAY, "Receipts and invoices", "neg", {"pv": 2, "sm": 1}, {"Private": 60, "Care Plan": 40}, "all", [
    "Had to phone twice to get an itemised invoice for my insurance",
    "receipt email didn't show the treatment, insurer rejected it",
])

# ---------------------------------------------------------------- urgent care journey
GH, EA, AC, CR = ("Getting help in pain", "Emergency appointment", "Aftercare", "Complaints and resolution")
theme(UC, GH, "Emergency phone line", "neg", {"uc": 11, "sm": 4}, SEG_URGENT, "all", [
    "Rang at 8am on the dot and all the emergency slots had gone by 8.10",
    "in agony, rang at 8, number {n} in the queue, by the time I got through no emergency appointments left",
    "The 8am scramble for an emergency slot is cruel when you're in pain",
    "Called the emergency number for three mornings running before I got seen",
    "Emergency appointments gone within minutes every day",
    "had toothache all weekend, rang monday 8am, told to try again tomorrow",
    "emergency line at 8am is a lottery",
])
theme(UC, GH, "Emergency phone line", "neg", {"uc": 6, "sm": 2}, SEG_URGENT, "all", [
    "On hold for {hold} minutes with a swollen face",
    "held for {hold} minutes on the emergency line then it rang off",
    "Waited on the phone forever while in a lot of pain",
    "{hold} minute hold for an emergency. Not an emergency service really",
])
theme(UC, GH, "Emergency phone line", "neg", {"uc": 10, "sm": 4}, SEG_URGENT, "emerging", [
    "New phone system is a nightmare, pressed 2 for emergencies and got cut off",
    "the automated menu doesn't have an option for pain, ended up in the appointments queue",
    "Your new phone options go round in a loop, I was in tears",
    "cut off three times by the new phone menu trying to get an emergency appointment",
    "The recorded message says 'high call volumes' then hangs up. I had an abscess",
    "New phone line is worse. Press this press that then silence",
    "since you changed the phones I can't get through on the emergency option at all",
])
theme(UC, GH, "Emergency phone line", "pos", {"uc": 4, "sm": 1}, SEG_URGENT, "all", [
    "The lady on the emergency line was calm and found me a slot that morning",
    "receptionist on the phone was so reassuring when I was panicking",
    "got through quickly and was booked in within the hour",
    "Phone staff were kind and fitted me in",
])
theme(UC, GH, "Online emergency triage form", "pos", {"uc": 5, "sm": 2}, SEG_URGENT, "all", [
    "Filled in the online triage form at midnight and they rang me first thing",
    "emergency form on the website was quick and they called me back within an hour",
    "Great that you can fill in a form instead of fighting the phone queue",
    "online form worked well, got a call back and a slot at 2pm",
])
theme(UC, GH, "Online emergency triage form", "neg", {"uc": 3, "sm": 1}, SEG_URGENT, "all", [
    "Sent the emergency form, nobody came back to me for two days",
    "filled in the triage form and heard nothing",
    "online emergency form says someone will call, they didn't",
])
theme(UC, GH, "Out-of-hours answerphone", "neg", {"uc": 4, "sm": 2}, SEG_URGENT, "all", [
    "Saturday the message just says ring 111, no help at all",
    "out of hours recording is useless, just tells you to call 111",
    "No weekend cover, answerphone only",
    "Bank holiday and only a recorded message",
])
theme(UC, GH, "NHS 111 referral", "neg", {"uc": 3, "sm": 1}, {"Unregistered": 80, "NHS": 20}, "all", [
    "111 sent me to a practice 30 miles away",
    "111 booked me in at one of your practices over an hour's drive from home",
    "via 111 eventually but took all day to get a slot",
])
theme(UC, EA, "Same-day emergency slot", "pos", {"uc": 8, "sm": 3}, SEG_URGENT, "all", [
    "Seen the same day, absolute lifesaver",
    "rang at 9, seen at 11, pain gone by lunch",
    "Got an emergency appointment that afternoon, so grateful",
    "Fitted in same day for a broken tooth, brilliant",
    "same day appointment, couldn't ask for more",
])
theme(UC, EA, "Same-day emergency slot", "neg", {"uc": 5, "sm": 2}, SEG_URGENT, "late", [
    "Told there were no emergency slots and to ring back tomorrow",
    "no same day emergency appointments, waited 3 days with an abscess",
    "They said emergency slots are full for the week",
    "Waited 2 days for an 'emergency' appointment",
])
theme(UC, EA, "Emergency assessment and pain relief", "pos", {"uc": 7, "sm": 3}, SEG_URGENT, "all", [
    "{dr} drained the abscess and the relief was instant",
    "dentist sorted my broken tooth with a temporary filling, no pain since",
    "Very gentle with me, I was in a state and she was so calm",
    "Pain relief was quick and the dentist explained what happens next",
    "Took the tooth out, pain gone, {dr} was brilliant",
])
theme(UC, EA, "Emergency assessment and pain relief", "neg", {"uc": 4, "sm": 1}, SEG_URGENT, "all", [
    "Just given antibiotics and sent home, tooth still hurts",
    "10 minutes in the chair and told to come back, no actual treatment",
    "emergency appointment was pointless, only a prescription",
])
theme(UC, EA, "Emergency fee", "neg", {"uc": 5, "sm": 2}, {"Private": 40, "Unregistered": 40, "NHS": 20}, "all", [
    "£95 emergency fee and nobody mentioned it on the phone",
    "Didn't know I'd be charged private emergency rate, thought it was NHS",
    "Charged £95 for a 10 minute emergency visit, should be told upfront",
    "not told the emergency price till I got to the desk",
])
theme(UC, EA, "Prescription and referral", "neg", {"uc": 2, "sm": 1}, SEG_URGENT, "all", [
    "Referred to hospital for my wisdom tooth, still waiting months later",
    "referral letter to the hospital was never sent",
])
theme(UC, AC, "Aftercare text", "pos", {"uc": 3, "sm": 1}, SEG_URGENT, "all", [
    "The aftercare text after my extraction was really useful",
    "good aftercare instructions sent to my phone",
    "Handy aftercare advice text, answered my questions",
])
theme(UC, AC, "Follow-up appointment", "neg", {"uc": 5, "sm": 2}, SEG_URGENT, "all", [
    "Had the emergency fix but couldn't get the follow up root canal for {weeks} weeks",
    "told to book follow up, no appointments, temporary filling fell out",
    "As I'm not registered I can't get the follow-up on the NHS",
    "follow-up appointment cancelled twice",
])
theme(UC, AC, "Check-in call", "pos", {"uc": 4, "sm": 1}, SEG_URGENT, "all", [
    "A nurse rang the next day to check on me, lovely touch",
    "follow up phone call the day after was really kind",
    "They called to see how I was after the extraction, didn't expect that",
])
theme(UC, CR, "Online complaint form", "neg", {"uc": 3, "sm": 2}, SEG_URGENT, "all", [
    "Couldn't find how to complain anywhere on the website",
    "the complaints form is buried, took ages to find",
    "No obvious way to make a complaint online",
])
theme(UC, CR, "Practice manager call-back", "pos", {"uc": 4, "sm": 2}, SEG_URGENT, "all", [
    "Practice manager rang me back the same day, apologised and sorted it",
    "manager called, listened and refunded the fee. Handled well",
    "The practice manager was brilliant with my complaint",
    "complaint resolved quickly by the manager, thank you",
])
theme(UC, CR, "Practice manager call-back", "neg", {"uc": 3, "sm": 1}, SEG_URGENT, "all", [
    "Promised a call back from the manager, never came",
    "still waiting for the practice manager to ring me",
    "Told the manager would call within 2 days, 2 weeks later nothing",
])
theme(UC, CR, "Complaint acknowledgement", "neg", {"uc": 3, "sm": 2}, SEG_URGENT, "late", [
    "No acknowledgement of my complaint for over two weeks",
    "complained by email, no reply at all",
    "Got a generic letter a fortnight later that didn't even mention what happened",
])
theme(UC, CR, "Final response and escalation", "neg", {"uc": 2, "sm": 1}, SEG_URGENT, "all", [
    "Final response took two months and basically told me to go to the ombudsman",
    "the response to my complaint didn't answer any of my points",
])

# rows that get contact details appended (realistic mess: people leave their number / e-mail)
CONTACT = {
    ("Practice manager call-back", "neg"): " - please ring me on 07700 900418",
    ("Complaint acknowledgement", "neg"): " My email is dawn.whitfield@example.com if anyone actually reads these",
    ("Monthly Direct Debit", "neg"): " call me 07700 900731 to sort the refund",
    ("Online emergency triage form", "neg"): " contact me at k.osei@example.co.uk",
}


def rand_day(timing):
    if timing == "emerging":
        start, end = PHONE_GO_LIVE, LAST_DAY
    elif timing == "late" and random.random() < 0.65:
        start, end = PHONE_GO_LIVE, LAST_DAY
    else:
        start, end = FIRST_DAY, LAST_DAY
    d = start + timedelta(days=random.randint(0, (end - start).days))
    return datetime(d.year, d.month, d.day, random.randint(8, 21), random.randint(0, 59))


def channel_of(tp):
    return CHANNELS.get(tp, "")


CHANNELS = {
    "Find a practice page": "web", "Online registration form": "web", "NHS list availability check": "phone",
    "Medical history questionnaire": "web", "Welcome email": "email", "Online booking": "app",
    "Practice phone line": "phone", "SMS and email reminders": "sms", "Rescheduling and cancellations": "web",
    "Reception check-in": "in-practice", "Waiting room": "in-practice", "Dental check-up": "in-practice",
    "Hygienist appointment": "in-practice", "X-rays": "in-practice", "Treatment plan and estimate": "email",
    "NHS and private options conversation": "in-practice", "Consent form": "app",
    "Booking follow-on treatment": "in-practice", "Paying at reception": "in-practice",
    "Molara Care Plan sign-up": "in-practice", "Monthly Direct Debit": "bank", "Dental finance": "web",
    "Receipts and invoices": "email", "Emergency phone line": "phone", "Online emergency triage form": "web",
    "Out-of-hours answerphone": "phone", "NHS 111 referral": "phone", "Same-day emergency slot": "in-practice",
    "Emergency assessment and pain relief": "in-practice", "Emergency fee": "in-practice",
    "Prescription and referral": "in-practice", "Aftercare text": "sms", "Follow-up appointment": "phone",
    "Check-in call": "phone", "Online complaint form": "web", "Practice manager call-back": "phone",
    "Complaint acknowledgement": "email", "Final response and escalation": "letter",
}

rows = {"pv": [], "uc": [], "sm": []}
contact_done = set()
for th in T:
    for f, n in th["counts"].items():
        texts = th["texts"][:]
        random.shuffle(texts)
        for i in range(n):
            text = fill(texts[i % len(texts)])
            key = (th["tp"], th["sent"])
            if key in CONTACT and key not in contact_done and f != "sm":
                text += CONTACT[key]
                contact_done.add(key)
            seg = pick_seg(th["seg"] or (SEG_URGENT if th["j"] == UC else SEG_DEFAULT))
            score = csat_score(th["sent"]) if f == "sm" else nps_score(th["sent"])
            rows[f].append(dict(dt=rand_day(th["timing"]), j=th["j"], st=th["st"], tp=th["tp"], seg=seg,
                                score=score, text=text, practice=random.choice(PRACTICES)))

# junk rows: blank / placeholder text, no score
JUNK = {
    "pv": [(NP, APPT, "Dental check-up", ""), (NP, BOOK, "Online booking", "-"), (NP, PAY, "Paying at reception", "n/a")],
    "uc": [(UC, EA, "Same-day emergency slot", "N/A"), (UC, AC, "Aftercare text", "")],
    "sm": [(NP, APPT, "Waiting room", "-"), (UC, GH, "Emergency phone line", "n/a"), (NP, REG, "Welcome email", "nothing to add")],
}
for f, items in JUNK.items():
    for j, st, tp, text in items:
        rows[f].append(dict(dt=rand_day("all"), j=j, st=st, tp=tp, seg=pick_seg(SEG_DEFAULT), score="",
                            text=text, practice=random.choice(PRACTICES)))

for f in rows:
    rows[f].sort(key=lambda r: r["dt"])

COMMENTS.mkdir(parents=True, exist_ok=True)
inhouse_cols = ["id", "date", "journey", "stage", "touchpoint", "channel", "segment", "score", "score_type", "comment", "practice"]
for f, fname, prefix in (("pv", "post_visit_survey.csv", "PV"), ("uc", "urgent_care_followup.csv", "UC")):
    with open(COMMENTS / fname, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(inhouse_cols)
        for i, r in enumerate(rows[f], 1):
            w.writerow([f"{prefix}-{i:04d}", r["dt"].date().isoformat(), r["j"], r["st"], r["tp"], channel_of(r["tp"]),
                        r["seg"], r["score"], "nps", r["text"], r["practice"]])

# vendor export (SmileMetrics), its own column names and UK date-times
sm_cols = ["Response ID", "Submitted At", "Programme", "Journey Step", "Touchpoint Area", "Patient Type",
           "Q1 Satisfaction (1-5)", "Scale", "Q2 Tell us more", "Site", "Device"]
with open(COMMENTS / "smilemetrics_export.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(sm_cols)
    for i, r in enumerate(rows["sm"]):
        w.writerow([f"SM{730150 + i * 7}", r["dt"].strftime("%d/%m/%Y %H:%M"), r["j"], r["st"], r["tp"].upper() if i % 9 == 0 else r["tp"],
                    r["seg"], r["score"], "csat", r["text"], "Molara " + r["practice"],
                    random.choice(["iOS", "Android", "Desktop", "iOS", "Android"])])
(COMMENTS / "smilemetrics_export.mapping.yaml").write_text(
    "# SmileMetrics CSAT export (both journeys). Column mapping for journey ingest.\n"
    "kind: comments\n"
    "date_format: \"%d/%m/%Y %H:%M\"\n"
    "columns:\n"
    "  id: Response ID\n"
    "  date: Submitted At\n"
    "  journey: Programme\n"
    "  stage: Journey Step\n"
    "  touchpoint: Touchpoint Area\n"
    "  segment: Patient Type\n"
    "  score: Q1 Satisfaction (1-5)\n"
    "  score_type: Scale\n"
    "  comment: Q2 Tell us more\n", encoding="utf-8")

# ---------------------------------------------------------------- KPIs
def series(values, noise, dp=1):
    out = []
    for v in values:
        x = v + random.uniform(-noise, noise)
        out.append(round(x, dp) if dp else int(round(x)))
    return out


def lin(a, b, n=10):
    return [a + (b - a) * i / (n - 1) for i in range(n)]


def step(before, after_vals):
    return [before] * (10 - len(after_vals)) + after_vals


KPI_DEFS = [
    # metric, journey, stage, touchpoint, unit, target, higher_is_better, values
    ("nps", NP, "", "", "score", 45, "true", series(lin(36, 42), 0.8, 0)),
    ("nps", UC, "", "", "score", 30, "true", series(step(24, [16, 11, 9]), 1.2, 0)),
    ("registration_completion_rate", NP, REG, "Online registration form", "%", 70, "true", series([66] * 10, 1.2)),
    ("online_booking_share", NP, BOOK, "Online booking", "%", 50, "true", series(lin(31, 47.5), 0.6)),
    ("call_abandonment_rate", NP, BOOK, "Practice phone line", "%", 8, "false", series(step(6.4, [10.2, 11.6, 12.4]), 0.4)),
    ("call_abandonment_rate", UC, GH, "Emergency phone line", "%", 8, "false", series(step(9.0, [17.8, 22.6, 24.4]), 0.5)),
    ("dna_rate", NP, BOOK, "SMS and email reminders", "%", 5, "false", series(lin(7.8, 6.0), 0.15)),
    ("in_practice_wait_time", NP, APPT, "Reception check-in", "min", 10, "false", series([14.2] * 10, 0.9)),
    ("treatment_plan_acceptance_rate", NP, PLAN, "Treatment plan and estimate", "%", 75, "true", series([69.5] * 10, 1.3)),
    ("care_plan_signups", NP, PAY, "Molara Care Plan sign-up", "count", 180, "true", series(lin(142, 221), 4, 0)),
    ("direct_debit_failure_rate", NP, PAY, "Monthly Direct Debit", "%", 2, "false", series([3.2] * 10, 0.25)),
    ("emergency_same_day_rate", UC, EA, "Same-day emergency slot", "%", 90, "true", series(step(89.5, [80.5, 74.8, 71.2]), 0.8)),
    ("time_to_emergency_appointment", UC, EA, "Same-day emergency slot", "hours", 24, "false", series(step(9.5, [14.5, 18.5, 21.0]), 0.6)),
    ("follow_up_booked_rate", UC, AC, "Follow-up appointment", "%", 80, "true", series([77.5] * 10, 1.5)),
    ("complaints_received", UC, CR, "Online complaint form", "count", 20, "false", series(step(19, [31, 36, 40]), 2, 0)),
    ("complaint_ack_within_3_days_rate", UC, CR, "Complaint acknowledgement", "%", 100, "true", series(step(94.5, [86.0, 81.5, 78.0]), 1.2)),
]

KPIS.mkdir(parents=True, exist_ok=True)
with open(KPIS / "weekly_kpis.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
    for wi, wk in enumerate(WEEKS):
        for m, j, st, tp, unit, target, hib, vals in KPI_DEFS:
            w.writerow([wk.isoformat(), j, st, tp, m, vals[wi], unit, target, hib])

print({f: len(r) for f, r in rows.items()}, "comments;", len(KPI_DEFS) * len(WEEKS), "KPI rows")
