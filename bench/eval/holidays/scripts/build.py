#!/usr/bin/env python3
"""Generate the Sunvale Holidays survey comments and weekly KPI snapshots.

Seeded, so the files in knowledge/comments and knowledge/kpis are reproducible:
    python3 scripts/build.py
"""
import csv
import datetime as dt
import os
import random

random.seed(20250804)

HERE = os.path.dirname(os.path.abspath(__file__))
KNOW = os.path.join(HERE, "..", "knowledge")

WEEKS = [dt.date(2025, 6, 2) + dt.timedelta(weeks=i) for i in range(10)]  # Mondays, W1..W10
EMERGING = WEEKS[7:]  # W8-W10: 21 Jul - 10 Aug 2025

BJ, RJ = "Booking to departure", "Resort and aftercare"
SEGMENTS = ["Family", "Couple", "Solo", "Group", "Over 60s"]
DEFAULT_SEG = [38, 27, 10, 10, 15]

CHANNEL = {
    "Holiday search results": "web", "Hotel page and reviews": "web", "Deals and brochure emails": "email",
    "Travel advisor chat": "chat", "Online checkout": "web", "Sales line call": "phone",
    "Extras and upgrades": "web", "Booking confirmation email": "email", "Low deposit scheme": "web",
    "Balance reminder emails": "email", "Balance payment page": "web", "Monthly payment plan": "web",
    "Manage My Booking app": "app", "E-tickets and travel documents": "email",
    "Advance passenger information": "web", "Flight time change notice": "sms",
    "Airport meet and greet desk": "in person", "Shared transfer coach": "in person",
    "Private transfer": "in person", "Hotel check-in": "in person", "Rep welcome meeting": "in person",
    "Rep WhatsApp and resort helpline": "chat", "Excursions booking": "in person",
    "Hotel room and facilities": "in person", "Return transfer pickup": "in person",
    "Late checkout and courtesy room": "in person", "Welcome home survey": "email",
    "Customer relations phone line": "phone", "Online complaint form": "web",
    "Complaint case updates": "email", "ABTA escalation": "external", "Refund request": "web",
    "Goodwill voucher offer": "email", "Refund paid to card": "web",
    "Flight delay compensation claim": "web",
}

DESTS = ["Benidorm", "Alcudia, Majorca", "Costa Adeje, Tenerife", "Puerto del Carmen, Lanzarote", "Kos",
         "Hersonissos, Crete", "Kassiopi, Corfu", "Paphos", "Side, Antalya", "Belek, Antalya",
         "Marmaris, Dalaman", "Fethiye, Dalaman"]
TURKEY = ["Side, Antalya", "Belek, Antalya", "Marmaris, Dalaman", "Fethiye, Dalaman"]
REPS = {"Benidorm": "Jess", "Alcudia, Majorca": "Marta", "Costa Adeje, Tenerife": "Carlos",
        "Puerto del Carmen, Lanzarote": "Nia", "Kos": "Sofia", "Hersonissos, Crete": "Eleni",
        "Kassiopi, Corfu": "Nikos", "Paphos": "Andreas", "Side, Antalya": "Emre",
        "Belek, Antalya": "Deniz", "Marmaris, Dalaman": "Burak", "Fethiye, Dalaman": "Aylin"}
HOTELS = ["the Playa Sol", "Hotel Marina Blue", "the Olive Grove Resort", "Aqua Village", "the Sunvale Family Club",
          "Hotel Los Pinos", "the Blue Lagoon Suites", "the Pearl Beach"]

# score profiles: NPS weights 0..10, CSAT weights 1..5
NPS_W = {
    "vneg": [14, 12, 12, 11, 10, 8, 6, 3, 2, 1, 0],
    "neg":  [4, 4, 6, 8, 10, 12, 12, 10, 6, 3, 1],
    "mid":  [0, 1, 1, 2, 4, 8, 12, 16, 14, 8, 4],
    "pos":  [0, 0, 0, 0, 0, 1, 1, 4, 10, 30, 34],
}
CSAT_W = {"vneg": [60, 30, 10, 0, 0], "neg": [30, 35, 25, 10, 0], "mid": [5, 15, 40, 30, 10], "pos": [0, 0, 5, 35, 60]}

# theme: (key, journey, stage, touchpoint, n, profile, csat_share, weeks, segment weights, templates)
T = []
def theme(key, j, stage, tp, n, prof, csat, templates, weeks=None, seg=None):
    T.append(dict(key=key, journey=j, stage=stage, touchpoint=tp, n=n, prof=prof, csat=csat,
                  templates=templates, weeks=weeks or WEEKS, seg=seg or DEFAULT_SEG))

S1, S2, S3, S4 = "Search and inspiration", "Quote and booking", "Deposit and balance", "Pre-travel documents"
R1, R2, R3, R4, R5 = "Arrival and transfer", "In resort", "Homecoming", "Complaints", "Refunds and compensation"

theme("search_price_jump", BJ, S1, "Holiday search results", 14, "neg", 0.0, [
    "The price on the search page was {n} quid a head cheaper than what it ended up being once I put the kids in.",
    "Searching was fine but the 'from' price is a joke, went up by about £{big} when we added our two children",
    "price shown in the search results isnt the price you pay. went up as soon as I clicked on the hotel",
    "Why does the price jump from the search list to the hotel page? Felt like bait and switch.",
    "Search results kept showing prices from Gatwick, we fly from Manchester so everything was more when I clicked through",
    "The recommended sort just shows the expensive hotels first, had to sort by price myself every time",
])
theme("hotel_reviews_praise", BJ, S1, "Hotel page and reviews", 8, "pos", 0.0, [
    "Loved being able to read real reviews from other Sunvale customers on the hotel page, made choosing easy",
    "Hotel info and reviews were really detailed, we knew exactly what we were getting at {hotel}",
    "The reviews on your site were spot on, honest and helpful",
    "Good photos and lots of info on the hotel, the price calendar helped us pick cheaper dates",
])
theme("hotel_photos", BJ, S1, "Hotel page and reviews", 5, "neg", 0.0, [
    "The room photos on the website were not the room we got, clearly stock pictures",
    "Hotel page pictures must be 10 years old",
    "price calendar on the hotel page takes forever to load on my phone",
])
theme("deal_emails", BJ, S1, "Deals and brochure emails", 8, "neg", 0.0, [
    "I got 4 emails a week after one search, way too many",
    "Clicked a deal in your email and it was gone / £{n} more. Every time.",
    "The deals email is spam basically, nothing in it is actually available",
    "Stop emailing me the same offers please",
])
theme("chat_praise", BJ, S1, "Travel advisor chat", 8, "pos", 0.0, [
    "The lady on the live chat ({agent}) sorted out interconnecting rooms for us, brilliant service",
    "Chat on the website was quick and the advisor knew the hotels really well",
    "used the web chat to ask about cots and transfers, really helpful answers",
    "Webchat advisor was lovely, held the price for us while we checked with the grandparents",
])
theme("chat_bot", BJ, S1, "Travel advisor chat", 4, "neg", 0.0, [
    "Chat bot late at night is useless, just tells you to ring",
    "the chatbot couldnt answer a simple question about transfers",
])
theme("booking_easy", BJ, S2, "Online checkout", 9, "pos", 0.3, [
    "Booking online was quick and easy, took about 15 minutes",
    "Really easy website to book on, much better than last year's company",
    "Simple booking process and the confirmation came straight away",
], seg=[20, 45, 15, 10, 10])
theme("checkout_timeout", BJ, S2, "Online checkout", 12, "neg", 0.25, [
    "Website timed out on the last step and I lost all the passenger names, had to start again twice",
    "Booking page crashed when paying the deposit, thought I'd been charged",
    "The online booking kept kicking me out before I could finish, so frustrating with 6 passengers",
    "Your checkout would not accept my daughter's double-barrelled surname",
    "took 3 attempts to book online, session expired every time I went to check passports",
    "Checkout is too long, 5 pages and it times out if you go and make a cup of tea",
])
theme("extras_price", BJ, S2, "Extras and upgrades", 10, "neg", 0.2, [
    "Luggage added on at the end made it £{big} more than the price we searched",
    "Bags and transfers extra on top, the headline price is misleading",
    "The transfer was pre-ticked, only noticed when checking the total. Sneaky.",
    "I didn't realise the 20kg bag was per person each way, ended up paying at the airport",
    "seat selection prices are ridiculous for a family who just want to sit together",
])
theme("sales_line_wait", BJ, S2, "Sales line call", 8, "neg", 0.0, [
    "On hold for {mins} minutes on a Sunday to book over the phone",
    "Tried to phone to book as there were 7 of us, waited ages to get through",
    "the phone line quoted me a different price than the website",
    "Couldn't get through on the phone, gave up and booked online",
])
theme("sales_line_praise", BJ, S2, "Sales line call", 5, "pos", 0.0, [
    "The gentleman on the phone ({agent}) was fantastic, booked 3 rooms for us and explained everything",
    "Booking by phone was easy once I got through, really friendly advisor",
    "Phoned to book for my parents, the agent was patient and knew her stuff",
])
theme("confirmation_email", BJ, S2, "Booking confirmation email", 4, "mid", 0.0, [
    "Confirmation went into my junk folder, panicked for a day",
    "Booking confirmation was clear but I had to hunt for when the balance was due",
])
theme("low_deposit_praise", BJ, S3, "Low deposit scheme", 16, "pos", 0.0, [
    "Only £49 deposit each meant we could actually book this year, thank you",
    "The low deposit was a big reason we went with Sunvale over the others",
    "Love the low deposit, spread the cost nicely",
    "£49pp deposit was brilliant for a family of five",
    "Small deposit made it easy to secure the holiday before prices went up",
    "low deposit = booked straight away. great offer",
], seg=[50, 25, 8, 10, 7])
theme("balance_payment_fail", BJ, S3, "Balance payment page", 18, "vneg", 0.3, [
    "Tried to pay the balance 4 times, card declined every time even though my bank says nothing is wrong",
    "Final payment kept failing at the bank verification bit, goes round in a loop",
    "Paying the rest of the holiday was a nightmare, the 3D secure thing never loads on my phone",
    "The pay your balance page just spins and then says payment failed. Had to ring in.",
    "I got charged twice for the final balance and no confirmation email for either",
    "New payment page is broken. Card keeps bouncing when paying the outstanding amount",
    "couldnt pay the remaining balance online, worried the holiday would be cancelled",
    "Balance payment declined 3 times, my bank app never got the approval request",
], weeks=EMERGING)
theme("balance_reminder", BJ, S3, "Balance reminder emails", 5, "neg", 0.0, [
    "Never got a reminder the balance was due, nearly lost the holiday",
    "The link in the reminder email to pay had expired by the time I clicked it",
    "Balance reminders only go to my husband, I'm the one who pays",
])
theme("payment_plan", BJ, S3, "Monthly payment plan", 5, "pos", 0.0, [
    "Monthly payments made it so much more manageable",
    "paying monthly by direct debit was great, no big lump at the end",
])
theme("payment_plan_neg", BJ, S3, "Monthly payment plan", 2, "neg", 0.0, [
    "Our monthly instalment went up after we changed a room and nobody told us",
])
theme("docs_late", BJ, S4, "E-tickets and travel documents", 14, "neg", 0.2, [
    "Tickets only arrived {days} days before we flew, very stressful",
    "Still waiting for our travel documents a week before departure, had to chase twice",
    "The transfer voucher was missing from our documents",
    "Documents came really late, couldn't check in online for the flight until the last minute",
    "E-tickets turned up the night before the kids' last day of school, cutting it fine",
    "Why do the travel docs come so late? Every other company sends them weeks before",
])
theme("app_logout", BJ, S4, "Manage My Booking app", 12, "neg", 0.15, [
    "The app keeps logging me out and asking for my booking reference",
    "Couldn't open our documents in the app at the airport because there was no signal",
    "app is very clunky, logged out every time I open it",
    "The Sunvale app crashed at the airport when I needed the tickets, thank god I printed them",
    "manage my booking never remembers me, have to log in every time",
], seg=[25, 15, 8, 7, 45])
theme("api_form", BJ, S4, "Advance passenger information", 5, "neg", 0.0, [
    "The passport details form timed out halfway through entering 5 passports",
    "Not clear if the baby needed passport details putting on, rang up to check",
    "API form is painful, one passenger at a time",
])
theme("flight_change", BJ, S4, "Flight time change notice", 9, "vneg", 0.0, [
    "Got a text saying our flight was moved by {hours} hours with no explanation and no options",
    "Flight times changed twice after booking, just a text message, not good enough",
    "Our flight home was moved to 6am so we lost a whole day and no one even said sorry",
    "The flight change message didn't say what we could do about it, had to phone",
])

# ---------------- resort and aftercare ----------------
theme("desk_find", RJ, R1, "Airport meet and greet desk", 6, "neg", 0.5, [
    "Couldn't find the Sunvale desk at {airport} airport, wandered round for 20 mins",
    "Nobody at the rep desk when we landed, flight was early",
    "The meet and greet was hidden behind the car hire desks",
])
theme("desk_praise", RJ, R1, "Airport meet and greet desk", 3, "pos", 0.5, [
    "Rep at the airport was waiting with a sign, very easy",
    "Lovely welcome at the airport desk, straight onto the coach",
])
theme("coach_long", RJ, R1, "Shared transfer coach", 14, "neg", 0.4, [
    "Transfer took {hours} hours because the coach stopped at {n} hotels before ours",
    "The coach from the airport had no air con and it was 35 degrees",
    "Long transfer after a night flight with tired kids, we were the last drop",
    "Transfer bus was fine but took forever, dropping off at every hotel in the resort",
    "Coach transfer was way too long, next time we'll pay for a private car",
])
theme("coach_ok", RJ, R1, "Shared transfer coach", 7, "pos", 0.4, [
    "Coach was waiting right outside arrivals, smooth transfer to the hotel",
    "Transfer was quick and the driver was lovely",
    "Easy transfer, rep on the coach told us all about the resort",
], weeks=WEEKS[:7])
theme("coach_noshow", RJ, R1, "Shared transfer coach", 20, "vneg", 0.45, [
    "No coach waiting for us at {airport}, we stood in the heat for {mins} minutes with two small kids",
    "Transfer never turned up. Nobody from Sunvale answering the phone. Paid for a taxi ourselves",
    "Waited at the airport over 2 hours for the transfer bus, new transfer company has no idea",
    "the coach to the hotel didnt show, the driver was at the wrong bay and no one told us",
    "Our transfer from {airport} was a shambles, three flights' worth of people waiting for one coach",
    "Transfer was an hour and a half late and there was no rep anywhere. Worst start to a holiday",
    "Got to the airport at 1am and no transfer. Had to get a taxi for 90 euros, want it back",
], weeks=EMERGING, seg=[60, 18, 5, 10, 7])
theme("private_transfer", RJ, R1, "Private transfer", 5, "pos", 0.5, [
    "Paid extra for a private transfer and it was worth every penny, driver waiting with our name",
    "Private car to the hotel was brilliant, 25 minutes and we were at the pool",
])
theme("checkin_room", RJ, R1, "Hotel check-in", 12, "neg", 0.5, [
    "We booked a family room and were given a double with a camp bed",
    "Room wasn't ready until 4pm after landing at 7am, nowhere to go with the kids",
    "Paid for sea view and got a view of the car park, reception said the booking didn't say sea view",
    "Check in at {hotel} took an hour and then the room was wrong",
    "hotel said they had no record of our interconnecting rooms",
], seg=[62, 18, 4, 8, 8])
theme("rep_praise", RJ, R2, "Rep WhatsApp and resort helpline", 22, "pos", 0.4, [
    "Our rep {rep} was amazing, nothing was too much trouble",
    "{rep} the Sunvale rep sorted our room change within an hour, fantastic",
    "Can't praise the rep enough, {rep} went above and beyond when my husband was ill",
    "The rep at the hotel was so friendly and helpful, made the holiday",
    "Big thank you to {rep} who was always around and answered messages quickly",
    "The Sunvale girl in the hotel, {rep}, was brilliant with my mum",
], seg=[25, 25, 8, 7, 35])
theme("rep_whatsapp_slow", RJ, R2, "Rep WhatsApp and resort helpline", 6, "neg", 0.4, [
    "Messaged the rep on WhatsApp on Saturday and didn't hear back till Monday",
    "The helpline number in our documents was wrong for our resort",
    "Rep only came to the hotel twice a week, hard to get hold of",
])
theme("welcome_pitch", RJ, R2, "Rep welcome meeting", 10, "neg", 0.6, [
    "The welcome meeting was just a sales pitch for excursions",
    "Welcome talk at 10am the morning after a night flight, 45 minutes of selling trips",
    "went to the rep's welcome meeting, learnt nothing except the price of the boat trip",
    "The welcome meeting was a waste of time, could have been a leaflet",
    "skipped the welcome talk in the end, heard it's just selling",
])
theme("welcome_ok", RJ, R2, "Rep welcome meeting", 4, "mid", 0.6, [
    "Welcome meeting was useful for knowing the resort, bit long though",
    "The welcome meeting gave us good tips on where to eat",
])
theme("excursions", RJ, R2, "Excursions booking", 7, "neg", 0.3, [
    "Excursions were double the price through the rep compared to the harbour",
    "Our excursion was cancelled and we only got a credit, not a refund",
    "Trips booked through Sunvale are overpriced, same boat trip half the price on the beach",
])
theme("excursions_praise", RJ, R2, "Excursions booking", 4, "pos", 0.3, [
    "The boat trip we booked with the rep was the highlight of the holiday",
    "Jeep safari excursion was brilliant, well organised",
])
theme("hotel_neg", RJ, R2, "Hotel room and facilities", 14, "neg", 0.3, [
    "Food at {hotel} was the same every single day, all inclusive but nothing to eat for the kids",
    "The room was nothing like the pictures, tired and dirty",
    "The kids club was closed for half our week and nobody told us before",
    "Main pool closed for maintenance, no warning, very disappointing",
    "Hotel was noisy until 2am every night from the entertainment",
    "all inclusive drinks were watered down and the food was cold",
])
theme("hotel_pos", RJ, R2, "Hotel room and facilities", 13, "pos", 0.3, [
    "{hotel} was fabulous, spotless rooms and great food",
    "Kids club was amazing, our two didn't want to come home",
    "Beautiful hotel, lovely pool, staff couldn't do enough for us",
    "Hotel was exactly as described, would go back tomorrow",
])
theme("return_pickup", RJ, R3, "Return transfer pickup", 7, "neg", 0.4, [
    "Only found out our pickup time the night before, on a bit of paper at reception",
    "Pickup for the airport was 5 hours before the flight, sat in departures forever",
    "The return transfer time was changed and we only found out by chance",
])
theme("late_checkout", RJ, R3, "Late checkout and courtesy room", 4, "mid", 0.3, [
    "Had to check out at 12 with a 10pm flight, the courtesy room was full",
    "Paid for late checkout which was worth it with a late flight",
])
theme("survey_annoy", RJ, R3, "Welcome home survey", 3, "neg", 0.0, [
    "This is the third survey I've had and nobody has replied to my complaint",
    "Why send me a survey when my complaint is still open?",
])
theme("cr_phone", RJ, R4, "Customer relations phone line", 12, "vneg", 0.3, [
    "On hold to customer services for {mins} minutes, then cut off",
    "Phoned customer relations 5 times, never got through",
    "The complaints line hold music is all I've heard from Sunvale since we got back",
    "Rang customer services about our complaint, waited over an hour",
    "phone line after the holiday is hopeless, queue full try later",
])
theme("complaint_slow", RJ, R4, "Complaint case updates", 14, "vneg", 0.35, [
    "Complained {weeks} weeks ago and still no answer",
    "Every email about my complaint is from a different person and I have to explain it again",
    "Got a copy and paste reply to my complaint that ignored the photos I sent",
    "Complaint about the room still open after 6 weeks, chased 4 times",
    "Took over a month to even acknowledge my complaint",
    "The response to our complaint was generic and didn't mention anything we'd said",
])
theme("complaint_form", RJ, R4, "Online complaint form", 5, "neg", 0.2, [
    "The complaint form wouldn't let me upload my photos, said file too large",
    "Didn't know there was a 28 day limit to complain until I got to the end of the form",
])
theme("abta", RJ, R4, "ABTA escalation", 3, "vneg", 0.0, [
    "Had to go to ABTA in the end because Sunvale just stopped replying",
    "Nobody told us we could escalate to ABTA, found out from a Facebook group",
])
theme("refund_slow", RJ, R5, "Refund paid to card", 10, "vneg", 0.4, [
    "Still waiting for our refund after {weeks} weeks",
    "Refund confirmation said 5 working days, it's been a month",
    "Cancelled excursion refund took forever to come back to my card",
    "Agreed refund for the room downgrade still hasn't arrived",
], weeks=WEEKS[:5])
theme("refund_fast", RJ, R5, "Refund paid to card", 6, "pos", 0.4, [
    "Refund came through in under a week, impressed",
    "Got the money back for the transfer quickly, thank you",
    "Refund for the cancelled trip was back on my card within days",
], weeks=WEEKS[5:])
theme("refund_request", RJ, R5, "Refund request", 4, "neg", 0.2, [
    "No way of seeing where my refund request is up to",
    "Asked for a refund of the transfer we never got, no idea if anyone's looking at it",
])
theme("voucher", RJ, R5, "Goodwill voucher offer", 8, "neg", 0.3, [
    "Offered a £{n} voucher when we want our money back, not another Sunvale holiday",
    "A voucher that expires in 12 months is not compensation",
    "They offered a goodwill voucher, insulting after what happened",
    "I don't want a voucher I want a refund",
])
theme("delay_comp", RJ, R5, "Flight delay compensation claim", 5, "neg", 0.0, [
    "8 hour delay coming home, Sunvale says claim from the airline, airline says claim from Sunvale",
    "Delay compensation claim has been bounced back and forth for weeks",
])

JUNK = ["", "-", "n/a", "N/A", ".", "-"]
CONTACT = [
    ("coach_noshow", "Still waiting for someone to call me back about the transfer taxi we paid for, please ring 07700 900457"),
    ("complaint_slow", "Please email me at dawn.fletcher82@hotmail.co.uk, I've had no reply to my complaint ref SVC-44812"),
    ("balance_payment_fail", "Card declined again on the balance payment. My number is +44 7700 900123 if someone can help"),
    ("refund_slow", "refund still not received - contact me on m.okafor@btinternet.com or 01632 960 511"),
]

AIRPORTS = {"Side, Antalya": "Antalya", "Belek, Antalya": "Antalya", "Marmaris, Dalaman": "Dalaman",
            "Fethiye, Dalaman": "Dalaman", "Benidorm": "Alicante", "Alcudia, Majorca": "Palma",
            "Costa Adeje, Tenerife": "Tenerife South", "Puerto del Carmen, Lanzarote": "Arrecife", "Kos": "Kos",
            "Hersonissos, Crete": "Heraklion", "Kassiopi, Corfu": "Corfu", "Paphos": "Paphos"}
AGENTS = ["Becky", "Tom", "Priya", "Gary", "Leanne", "Mo"]


def fill(text, dest):
    return text.format(n=random.choice([40, 60, 80, 100, 120]), big=random.choice([180, 240, 310, 420]),
                       hotel=random.choice(HOTELS), rep=REPS[dest], mins=random.choice([40, 55, 70, 90, 120]),
                       days=random.choice([3, 4, 5]), hours=random.choice([2, 3, 4, 5]), weeks=random.choice([5, 6, 7, 8]),
                       airport=AIRPORTS[dest], agent=random.choice(AGENTS))


SEG_SHIFT = {"Couple": 2, "Family": -1, "Solo": 0, "Group": 1, "Over 60s": 1}  # couples rate higher, families lower


def pick_score(prof, csat, seg=""):
    if csat:
        return random.choices(range(1, 6), CSAT_W[prof])[0]
    cap = {"vneg": 6, "neg": 8}.get(prof, 10)  # an unhappy comment never comes with a promoter score
    return max(0, min(cap, random.choices(range(0, 11), NPS_W[prof])[0] + SEG_SHIFT.get(seg, 0)))


def rand_dt(weeks):
    w = random.choice(weeks)
    d = w + dt.timedelta(days=random.randint(0, 6))
    return dt.datetime(d.year, d.month, d.day, random.randint(7, 22), random.randint(0, 59))


rows = []
for th in T:
    for i in range(th["n"]):
        dest = random.choice(TURKEY if th["key"] == "coach_noshow" else DESTS)
        csat = random.random() < th["csat"]
        seg = random.choices(SEGMENTS, th["seg"])[0]
        tp = th["touchpoint"]
        if random.random() < 0.12:  # some surveys only know the stage
            tp = ""
        rows.append(dict(theme=th["key"], journey=th["journey"], stage=th["stage"], touchpoint=tp,
                         text=fill(random.choice(th["templates"]), dest), dest=dest, csat=csat,
                         score=pick_score(th["prof"], csat, seg), seg=seg,
                         when=rand_dt(th["weeks"])))
themes_by_key = {t["key"]: t for t in T}
for key, text in CONTACT:
    th = themes_by_key[key]
    dest = random.choice(TURKEY if key == "coach_noshow" else DESTS)
    rows.append(dict(theme=key, journey=th["journey"], stage=th["stage"], touchpoint=th["touchpoint"], text=text,
                     dest=dest, csat=False, score=pick_score(th["prof"], False), seg=random.choices(SEGMENTS, th["seg"])[0],
                     when=rand_dt(th["weeks"])))
for k, text in enumerate(JUNK):
    rows.append(dict(theme="junk", journey=random.choice([BJ, RJ]), stage="", touchpoint="", text=text,
                     dest=random.choice(DESTS), csat=k % 2 == 1, score=None, seg="", when=rand_dt(WEEKS)))
    rows[-1]["score"] = random.randint(6, 9) if not rows[-1]["csat"] else random.randint(3, 4)

rows.sort(key=lambda r: r["when"])

# ---- file A: in-house NPS survey (post-booking + welcome home), canonical column names
os.makedirs(os.path.join(KNOW, "comments"), exist_ok=True)
nps_rows = [r for r in rows if not r["csat"]]
csat_rows = [r for r in rows if r["csat"]]
with open(os.path.join(KNOW, "comments", "sunvale_nps_survey_2025.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "survey", "journey", "stage", "touchpoint", "channel", "score", "score_type",
                "segment", "customer", "resort", "comment"])
    for i, r in enumerate(nps_rows, 1):
        survey = "post-booking" if r["journey"] == BJ else "welcome-home"
        w.writerow([f"NPS-{i:05d}", r["when"].strftime("%Y-%m-%d"), survey, r["journey"], r["stage"], r["touchpoint"],
                    CHANNEL.get(r["touchpoint"], ""), r["score"], "nps", r["seg"],
                    f"SVH{random.randint(1000000, 9999999)}", r["dest"], r["text"]])

# ---- file B: TravelPulse touchpoint CSAT pulse export (vendor column names, UK date-times)
with open(os.path.join(KNOW, "comments", "travelpulse_csat_export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Submitted", "Journey Name", "Journey Step", "Touchpoint Name", "Satisfaction (1-5)",
                "Scale", "Customer Type", "Booking Ref", "Resort", "Device", "Open Text"])
    for r in csat_rows:
        rid = "TP-" + "".join(random.choice("0123456789ABCDEF") for _ in range(6))
        tpn = r["touchpoint"].upper() if random.random() < 0.3 else r["touchpoint"]  # vendor mixes case
        w.writerow([rid, r["when"].strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], tpn, r["score"], "csat",
                    r["seg"], f"SVH{random.randint(1000000, 9999999)}", r["dest"],
                    random.choice(["iOS", "Android", "Desktop", "Android", "iOS"]), r["text"]])
with open(os.path.join(KNOW, "comments", "travelpulse_csat_export.mapping.yaml"), "w", encoding="utf-8") as f:
    f.write("""# TravelPulse touchpoint pulse surveys (CSAT 1-5), monthly export from the TravelPulse portal
kind: comments
date_format: "%d/%m/%Y %H:%M"
columns:
  id: Response ID
  date: Submitted
  journey: Journey Name
  stage: Journey Step
  touchpoint: Touchpoint Name
  score: Satisfaction (1-5)
  score_type: Scale
  segment: Customer Type
  customer: Booking Ref
  comment: Open Text
""")

# ---- KPI snapshots (long format), one file per journey
KPIS = [
    # metric, journey, stage, touchpoint, unit, target, higher_is_better, values W1..W10
    ("search_to_booking_conversion", BJ, S1, "Holiday search results", "%", 3.0, "true",
     [2.1, 2.2, 2.2, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.1]),
    ("booking_completion_rate", BJ, S2, "Online checkout", "%", 75, "true",
     [71.2, 70.8, 71.5, 72.0, 71.1, 70.6, 71.8, 71.4, 70.9, 71.3]),
    ("call_wait_time", BJ, S2, "Sales line call", "s", 120, "false",
     [142, 150, 138, 161, 155, 172, 168, 181, 176, 188]),
    ("payment_failure_rate", BJ, S3, "Balance payment page", "%", 2.0, "false",
     [1.6, 1.8, 1.7, 1.9, 1.7, 1.8, 2.6, 5.2, 6.1, 6.9]),
    ("balance_paid_on_time_rate", BJ, S3, "Balance payment page", "%", 96, "true",
     [96.8, 97.1, 96.5, 96.9, 97.2, 96.6, 95.1, 91.4, 89.8, 88.2]),
    ("documents_on_time_rate", BJ, S4, "E-tickets and travel documents", "%", 98, "true",
     [91.5, 90.8, 92.0, 89.7, 90.3, 91.1, 89.9, 90.6, 88.9, 89.4]),
    ("nps", BJ, "", "", "score", 45, "true",
     [44, 46, 45, 47, 46, 45, 43, 38, 35, 33]),
    ("transfer_on_time_rate", RJ, R1, "Shared transfer coach", "%", 95, "true",
     [94.1, 93.6, 94.8, 95.2, 94.4, 93.9, 91.8, 82.5, 79.4, 77.6]),
    ("rep_welcome_meeting_attendance", RJ, R2, "Rep welcome meeting", "%", 60, "true",
     [58, 57, 55, 56, 54, 53, 52, 51, 49, 48]),
    ("call_wait_time", RJ, R4, "Customer relations phone line", "s", 300, "false",
     [540, 575, 610, 590, 655, 700, 720, 760, 810, 845]),
    ("complaints_per_1000_passengers", RJ, R4, "Online complaint form", "count", 8, "false",
     [7.2, 7.5, 7.1, 7.8, 7.4, 7.9, 8.3, 10.6, 12.1, 13.4]),
    ("complaint_resolution_time", RJ, R4, "Complaint case updates", "days", 14, "false",
     [16.2, 16.8, 17.5, 17.1, 18.4, 19.0, 19.6, 20.3, 21.5, 22.8]),
    ("refund_processing_time", RJ, R5, "Refund paid to card", "days", 14, "false",
     [29.5, 27.8, 25.1, 23.4, 21.0, 19.2, 17.6, 16.1, 15.0, 13.8]),
    ("nps", RJ, "", "", "score", 35, "true",
     [31, 30, 33, 32, 31, 34, 33, 27, 24, 22]),
    ("csat", RJ, "", "", "%", 85, "true",
     [83.1, 82.7, 84.0, 83.5, 82.9, 83.8, 82.2, 79.5, 77.8, 76.9]),
]
os.makedirs(os.path.join(KNOW, "kpis"), exist_ok=True)
for jname, fname in [(BJ, "weekly_kpis_booking_to_departure.csv"), (RJ, "weekly_kpis_resort_and_aftercare.csv")]:
    with open(os.path.join(KNOW, "kpis", fname), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"])
        for wk_i, wk in enumerate(WEEKS):
            for m, j, st, tp, unit, target, hib, vals in KPIS:
                if j != jname:
                    continue
                v = vals[wk_i]
                w.writerow([wk.isoformat(), j, st, tp, m, f"{v}%" if unit == "%" and wk_i % 4 == 3 else v,
                            target, unit, hib])

print(f"comments: {len(nps_rows)} NPS + {len(csat_rows)} CSAT = {len(rows)}; KPI rows: {len(KPIS) * len(WEEKS)}")
