#!/usr/bin/env python3
"""Seeded generator for the `coworking` evaluation base (Common Ground Coworking).

Writes every file under knowledge/: two journey maps (YAML + JSON), two survey comment files
(one in the contract's own columns, one vendor-style export with a mapping file) and two KPI files.
Run:  python3 scripts/build.py        (same seed -> byte-identical files)
"""
import csv
import datetime as dt
import json
import random
from pathlib import Path

import yaml

SEED = 20260907
ROOT = Path(__file__).resolve().parent.parent
K = ROOT / "knowledge"

WEEK0 = dt.date(2026, 7, 6)           # Monday of the first KPI week
N_WEEKS = 10
WEEKS = [WEEK0 + dt.timedelta(weeks=i) for i in range(N_WEEKS)]
EMERGING_FROM = WEEKS[7]               # emerging themes only from week 8 (last 3 weeks)

J1 = "Finding and joining"
J2 = "Everyday membership"

# ----------------------------------------------------------------------------------------------
# Journey maps
# ----------------------------------------------------------------------------------------------
MAP_J1 = {
    "id": "finding-and-joining",
    "name": J1,
    "persona": "Freelancer or small-team founder looking for a place to work",
    "owner": "Growth & Sales",
    "updated": "2026-08-24",
    "description": ("From first hearing about Common Ground to walking in with a working access card "
                    "and wifi: discovery, tours, choosing a plan, onboarding and access setup."),
    "stages": [
        {
            "name": "Discovering a space",
            "goal": "Find a location that fits my commute, budget and way of working",
            "emotion": 1,
            "pain_points": ["Location photos on the website are out of date",
                            "Prices are hidden behind an enquiry form"],
            "opportunities": ["Publish 'from' prices on every location page"],
            "touchpoints": [
                {"name": "Website location finder", "channel": "web", "owner": "Digital team",
                 "description": "Map and list of our six sites with photos, amenities and an enquiry form.",
                 "emotion": 0,
                 "pain_points": ["Stale photos that don't match the refurbished spaces",
                                 "No prices shown without an enquiry"]},
                {"name": "Google Maps listing", "channel": "search", "owner": "Marketing",
                 "description": "Google Business profiles for each site: pin, opening hours, reviews.",
                 "emotion": -1,
                 "pain_points": ["Pins point at the loading bay entrance", "Weekend opening hours wrong"]},
                {"name": "Workspace broker referral", "channel": "partner", "owner": "Sales",
                 "description": "Leads passed on by office brokers such as flexible-space agents.",
                 "emotion": 0,
                 "pain_points": ["Broker quotes differ from our own price list"]},
                {"name": "Instagram community posts", "channel": "social", "owner": "Marketing",
                 "description": "Posts and stories about member breakfasts, events and the spaces.",
                 "emotion": 2},
            ],
        },
        {
            "name": "Booking a tour",
            "goal": "See the space in person before committing",
            "emotion": 1,
            "pain_points": ["Tour slots offered are too far ahead",
                            "Site team not told that a tour is coming"],
            "opportunities": ["Same-day walk-in tours at every site"],
            "touchpoints": [
                {"name": "Online tour booking form", "channel": "web", "owner": "Digital team",
                 "description": "Form on each location page to pick a date and time for a tour.",
                 "emotion": -1, "metrics": ["tour_booking_conversion_rate"],
                 "pain_points": ["Earliest slots often a week or more away",
                                 "Bookings don't reach the site's community manager"]},
                {"name": "Tour confirmation SMS", "channel": "sms", "owner": "Sales Ops",
                 "description": "Text message confirming the tour and a reminder the day before.",
                 "emotion": -1,
                 "pain_points": ["Reminders arrive late or not at all"]},
                {"name": "Front desk welcome", "channel": "in person", "owner": "Community team",
                 "description": "Reception greets the visitor and calls the community manager.",
                 "emotion": 1,
                 "pain_points": ["Waits at reception when the desk is unstaffed at lunch"]},
                {"name": "Guided tour with community manager", "channel": "in person",
                 "owner": "Community team",
                 "description": "A 20-minute walk round the space with the site's community manager.",
                 "emotion": 2},
            ],
        },
        {
            "name": "Choosing a membership",
            "goal": "Pick a plan that matches how often I will actually come in",
            "emotion": 0,
            "pain_points": ["Unclear what each plan includes (meeting room credits, printing, lockers)",
                            "Pressure to sign long commitments"],
            "opportunities": ["Side-by-side plan comparison with included credits"],
            "touchpoints": [
                {"name": "Pricing page", "channel": "web", "owner": "Marketing",
                 "description": "Hot desk, dedicated desk, private office, day pass and virtual office plans.",
                 "emotion": -1,
                 "pain_points": ["Inclusions and extras are not clear"]},
                {"name": "Membership advisor call", "channel": "phone", "owner": "Sales",
                 "description": "Call with a membership advisor to recommend a plan and term.",
                 "emotion": 0,
                 "pain_points": ["Advisors push 12-month terms"]},
                {"name": "Free day pass trial", "channel": "in person", "owner": "Sales",
                 "description": "A free day on a hot desk to try the space before joining.",
                 "emotion": 1},
                {"name": "Membership agreement e-signing", "channel": "email", "owner": "Sales Ops",
                 "description": "The membership agreement sent for electronic signature.",
                 "emotion": -1, "metrics": ["tour_to_member_conversion_rate"],
                 "pain_points": ["Signing links expire after 48 hours", "Company details entered wrongly"]},
            ],
        },
        {
            "name": "Onboarding and first day",
            "goal": "Get settled in and productive on my first day",
            "emotion": 0,
            "pain_points": ["Member app account not ready on day one", "Not enough lockers"],
            "opportunities": ["Pre-arrival checklist the week before the start date"],
            "touchpoints": [
                {"name": "Welcome email", "channel": "email", "owner": "Member Experience",
                 "description": "Email with start date, address, parking, wifi and kitchen basics.",
                 "emotion": 0,
                 "pain_points": ["Sometimes sent after the start date"]},
                {"name": "Member app setup", "channel": "app", "owner": "Product",
                 "description": "Creating the member app account with the invite code to book desks and rooms.",
                 "emotion": -1, "metrics": ["onboarding_completion_rate"],
                 "pain_points": ["Invite codes fail", "Email verification does not arrive"]},
                {"name": "House rules walkthrough", "channel": "in person", "owner": "Community team",
                 "description": "Ten-minute walkthrough of kitchen, calls, guests and quiet zones.",
                 "emotion": 1},
                {"name": "Locker assignment", "channel": "in person", "owner": "Facilities",
                 "description": "Allocating a personal locker and key for dedicated and hot desk members.",
                 "emotion": -1,
                 "pain_points": ["Waitlist for lockers at busy sites", "Faulty locker keys"]},
            ],
        },
        {
            "name": "Access cards and wifi",
            "goal": "Get through the door and online without waiting around",
            "emotion": -1,
            "pain_points": ["Access cards not ready on the first day",
                            "Wifi login separate from the member app"],
            "opportunities": ["Mobile key for every new member from signing"],
            "touchpoints": [
                {"name": "Access card pickup", "channel": "in person", "owner": "Facilities",
                 "description": "Collecting the printed access card from the front desk.",
                 "emotion": -1, "metrics": ["time_to_first_access"],
                 "pain_points": ["Cards printed in batches, so new members wait days"]},
                {"name": "Mobile key activation", "channel": "app", "owner": "Product",
                 "description": "Phone-based door key in the member app, launched in early August.",
                 "emotion": 1, "metrics": ["time_to_first_access"],
                 "pain_points": ["Doesn't open the bike store"]},
                {"name": "Wifi login setup", "channel": "wifi", "owner": "IT & Network",
                 "description": "Getting personal wifi credentials and joining the member network.",
                 "emotion": -1,
                 "pain_points": ["Wifi password differs from the app login",
                                 "Captive portal logs devices out every 24 hours"]},
                {"name": "Printer and scanner setup", "channel": "in person", "owner": "IT & Network",
                 "description": "Installing print drivers and the print-release card.",
                 "emotion": -1,
                 "pain_points": ["Setup guide out of date for Mac"]},
            ],
        },
    ],
}

MAP_J2 = {
    "id": "everyday-membership",
    "name": J2,
    "persona": "Active member on a hot desk, dedicated desk or private office plan",
    "owner": "Member Experience",
    "updated": "2026-08-31",
    "description": ("Life as a member: booking desks and rooms, working on site, events and community, "
                    "billing and invoices, and changing plan or leaving."),
    "stages": [
        {
            "name": "Booking desks and rooms",
            "goal": "Secure a desk or a meeting room whenever I need one",
            "emotion": -1,
            "pain_points": ["Hot desks full by mid-morning on Tuesdays and Wednesdays",
                            "Meeting room no-shows block rooms"],
            "opportunities": ["Auto-release rooms not checked into within 15 minutes"],
            "touchpoints": [
                {"name": "Hot desk booking in the app", "channel": "app", "owner": "Product",
                 "description": "Reserving a hot desk for the day in the member app.",
                 "emotion": -1, "metrics": ["desk_utilisation_rate"],
                 "pain_points": ["App shows desks free that are occupied", "Desk hoarding with laptops"]},
                {"name": "Meeting room booking", "channel": "app", "owner": "Product",
                 "description": "Booking meeting rooms by the half hour using credits.",
                 "emotion": -1, "metrics": ["meeting_room_no_show_rate"],
                 "pain_points": ["Rooms booked but not used", "Booking window only 7 days ahead"]},
                {"name": "Room display panels", "channel": "in person", "owner": "Facilities",
                 "description": "Tablets outside each meeting room showing bookings and check-in.",
                 "emotion": -1,
                 "pain_points": ["Panels freeze or show the wrong status"]},
                {"name": "Booking credits balance", "channel": "app", "owner": "Billing team",
                 "description": "Monthly meeting room credits included in the plan and their balance.",
                 "emotion": -1,
                 "pain_points": ["Balance hard to find", "Credits reset without warning"]},
            ],
        },
        {
            "name": "Working on site",
            "goal": "Have a comfortable, focused workday in the space",
            "emotion": 1,
            "pain_points": ["Too few phone booths", "Wifi weak on video calls in busy afternoons"],
            "opportunities": ["Bookable focus pods"],
            "touchpoints": [
                {"name": "Wifi and network", "channel": "wifi", "owner": "IT & Network",
                 "description": "Member wifi and wired network at every site; upgraded in late August.",
                 "emotion": 0, "metrics": ["wifi_uptime"],
                 "pain_points": ["Slow on video calls at peak"]},
                {"name": "Coffee and kitchen", "channel": "in person", "owner": "Hospitality",
                 "description": "Free barista coffee, tea, fruit and the shared kitchen.",
                 "emotion": 2,
                 "pain_points": ["Kitchen untidy by late afternoon", "Oat milk runs out"]},
                {"name": "Phone booths", "channel": "in person", "owner": "Facilities",
                 "description": "Single-person booths for calls, first come first served.",
                 "emotion": -1,
                 "pain_points": ["Not enough booths", "Booths hot and stuffy", "People camp in booths"]},
                {"name": "Mail and package handling", "channel": "in person", "owner": "Community team",
                 "description": "Signing for parcels, post scanning for virtual office members.",
                 "emotion": 0,
                 "pain_points": ["Parcels misplaced", "Post scanning backlog"]},
                {"name": "Cleaning and upkeep", "channel": "in person", "owner": "Facilities",
                 "description": "Daily cleaning, restocking and small repairs.",
                 "emotion": 1},
            ],
        },
        {
            "name": "Events and community",
            "goal": "Meet other members and grow my network",
            "emotion": 2,
            "pain_points": ["Events mostly at 6pm, hard for parents"],
            "opportunities": ["Lunchtime and morning formats"],
            "touchpoints": [
                {"name": "Community events calendar", "channel": "app", "owner": "Community team",
                 "description": "Lunch and learns, workshops and breakfasts listed in the app.",
                 "emotion": 1, "metrics": ["event_attendance"]},
                {"name": "Friday socials", "channel": "in person", "owner": "Community team",
                 "description": "Drinks and snacks every Friday from 4pm at each site.",
                 "emotion": 2},
                {"name": "Member Slack workspace", "channel": "chat", "owner": "Community team",
                 "description": "Slack workspace for members to ask questions and share work.",
                 "emotion": 1,
                 "pain_points": ["Too much self-promotion"]},
                {"name": "Member directory", "channel": "app", "owner": "Product",
                 "description": "Searchable list of members and their companies in the app.",
                 "emotion": -1,
                 "pain_points": ["Out of date, lists people who have left"]},
            ],
        },
        {
            "name": "Billing and invoices",
            "goal": "Pay the right amount and get clean invoices for my accountant",
            "emotion": -1,
            "pain_points": ["Invoices miss PO numbers and VAT breakdowns",
                            "Surprise overage charges"],
            "opportunities": ["Company billing profiles with PO numbers"],
            "touchpoints": [
                {"name": "Monthly invoice email", "channel": "email", "owner": "Billing team",
                 "description": "Invoice PDF emailed on the 1st of each month.",
                 "emotion": -1, "metrics": ["invoice_dispute_rate"],
                 "pain_points": ["No PO number field", "VAT breakdown missing", "Addressed to a person not the company"]},
                {"name": "Billing portal", "channel": "web", "owner": "Billing team",
                 "description": "Self-service portal for invoices, payment methods and receipts; moved to a new billing system in late August.",
                 "emotion": -1,
                 "pain_points": ["Past invoices hard to download", "Separate login from the app"]},
                {"name": "Direct debit and card payments", "channel": "payments", "owner": "Finance Ops",
                 "description": "Monthly collection by direct debit or card.",
                 "emotion": 0, "metrics": ["failed_payment_rate"],
                 "pain_points": ["Failed payment locks the access card before any notice"]},
                {"name": "Meeting room overage charges", "channel": "email", "owner": "Billing team",
                 "description": "Charges for meeting room time beyond the included credits.",
                 "emotion": -2,
                 "pain_points": ["No warning before overage is charged"]},
            ],
        },
        {
            "name": "Changing plan or leaving",
            "goal": "Adjust or end my membership without hassle",
            "emotion": -1,
            "pain_points": ["Downgrades take weeks", "Two-month notice period", "Slow deposit refunds"],
            "opportunities": ["Self-service plan changes in the app"],
            "touchpoints": [
                {"name": "Plan change request", "channel": "web", "owner": "Member Experience",
                 "description": "Request to upgrade or downgrade a plan or move site.",
                 "emotion": -1,
                 "pain_points": ["Downgrades handled by email back-and-forth"]},
                {"name": "Membership pause", "channel": "app", "owner": "Member Experience",
                 "description": "Pausing a membership for up to two months.",
                 "emotion": 1},
                {"name": "Cancellation notice", "channel": "email", "owner": "Member Experience",
                 "description": "Giving notice to end the membership (two months for desks, three for offices).",
                 "emotion": -2, "metrics": ["churn_rate"],
                 "pain_points": ["No cancel button; email only", "Long notice period"]},
                {"name": "Deposit refund", "channel": "payments", "owner": "Finance Ops",
                 "description": "Returning the one-month deposit after the final invoice.",
                 "emotion": -2,
                 "pain_points": ["Refunds take over a month", "Deductions not explained"]},
                {"name": "Exit survey", "channel": "email", "owner": "Member Experience",
                 "description": "Short survey sent on the last day of membership.",
                 "emotion": 0},
            ],
        },
    ],
}

# ----------------------------------------------------------------------------------------------
# Comment topics: (key, journey, stage, touchpoint, sentiment, count, segment weights, texts, window)
# sentiment: neg | pos | mix.  window: None (all weeks), "emerging" (last 3 weeks), (w_from, w_to)
# ----------------------------------------------------------------------------------------------
SEGMENTS = ["Hot desk", "Dedicated desk", "Private office", "Day pass", "Virtual office"]
DEFAULT_SEG = [35, 25, 20, 10, 10]
J1_SEG = [45, 25, 15, 10, 5]

T = []
def topic(key, journey, stage, tp, sent, n, texts, seg=None, window=None, p_nps=None):
    n = max(2, round(n * 0.85))
    T.append(dict(key=key, journey=journey, stage=stage, touchpoint=tp, sentiment=sent, n=n,
                  texts=texts, seg=seg or (J1_SEG if journey == J1 else DEFAULT_SEG), window=window,
                  p_nps=p_nps if p_nps is not None else (0.35 if journey == J1 else 0.7)))

S = "Discovering a space"
topic("stale_photos", J1, S, "Website location finder", "neg", 9, [
    "the photos on the location page look nothing like the actual space",
    "website photos are clearly years old, the lounge has been redone since",
    "location finder photos are out of date, almost walked past the building",
    "photos on the site are old, the new kitchen isn't even on there",
])
topic("hidden_prices", J1, S, "Website location finder", "neg", 8, [
    "couldn't see any prices without filling in an enquiry form",
    "why do i have to give my phone number just to see a price",
    "no prices on the location pages, had to enquire to find out it was out of budget",
])
topic("maps_pin", J1, S, "Google Maps listing", "neg", 6, [
    "google maps pin sends you to the loading bay round the back",
    "opening hours on google were wrong, turned up on saturday to a locked door",
    "maps listing put me at the wrong entrance, took 10 mins to find reception",
])
topic("insta", J1, S, "Instagram community posts", "pos", 6, [
    "saw the instagram posts about the member breakfasts and that's what sold me",
    "the insta stories made it look like a real community, and it is",
    "found you on instagram, the posts of the events are what got me to visit",
])
topic("broker", J1, S, "Workspace broker referral", "neg", 5, [
    "the broker quoted me a different price than your team did",
    "broker was helpful but then i got three calls from your sales team on the same day",
    "price from the broker didn't match the price list, felt a bit dodgy",
])
S = "Booking a tour"
topic("tour_slots", J1, S, "Online tour booking form", "neg", 10, [
    "tour booking form only offered slots over a week away",
    "booked a tour online and nobody at the site knew i was coming",
    "the tour form doesn't let you pick a location properly so i got booked at the wrong site",
    "earliest tour slot online was 9 days out, i just walked in instead",
])
topic("tour_form_pos", J1, S, "Online tour booking form", "pos", 4, [
    "booking a tour online took 30 seconds, nice and easy",
    "tour booking was simple and i got a slot the next morning",
])
topic("tour_sms", J1, S, "Tour confirmation SMS", "neg", 6, [
    "the confirmation text came through after the tour had already happened",
    "never got the sms reminder for my tour",
    "got two different tour times by text, no idea which was right",
])
topic("front_desk_pos", J1, S, "Front desk welcome", "pos", 6, [
    "front desk were lovely and offered me a coffee while i waited",
    "reception team were warm and welcoming when i arrived for the tour",
])
topic("front_desk_neg", J1, S, "Front desk welcome", "neg", 4, [
    "waited 15 minutes at reception before anyone came, nobody on the desk at lunchtime",
    "no one at reception when i turned up for my tour",
])
topic("guided_tour", J1, S, "Guided tour with community manager", "pos", 13, [
    "priya gave a brilliant tour, really knew the members and the building",
    "the community manager who showed me round was super friendly and honest about the noise",
    "tour was relaxed, no hard sell, the community manager answered everything",
    "loved the tour, the community manager introduced me to two members on the way round",
    "great tour, felt welcome straight away",
])
S = "Choosing a membership"
topic("pricing_confusing", J1, S, "Pricing page", "neg", 11, [
    "pricing page is confusing, not clear what's included in the hot desk plan",
    "couldn't tell if meeting room credits were included in my plan",
    "hidden extras for printing and lockers that weren't on the pricing page",
    "plans on the pricing page are hard to compare, what's the real difference between dedicated and hot desk",
])
topic("advisor_pushy", J1, S, "Membership advisor call", "neg", 6, [
    "the advisor was pushy about a 12 month commitment",
    "felt pressured on the call to sign a year upfront",
])
topic("advisor_pos", J1, S, "Membership advisor call", "pos", 4, [
    "advisor talked me out of a dedicated desk i didn't need, respect",
    "membership advisor was helpful and explained the plans clearly",
])
topic("day_pass", J1, S, "Free day pass trial", "pos", 8, [
    "the free day pass was the best way to try before buying",
    "did the trial day and signed up the same afternoon",
    "free trial day convinced me, the space is calm and the coffee is great",
])
topic("esign", J1, S, "Membership agreement e-signing", "neg", 7, [
    "the contract e-sign link expired before i could get it to our finance person",
    "agreement had the wrong company name on it and had to be redone",
    "signing link only lasts 48 hours, had to ask for it three times",
])
S = "Onboarding and first day"
topic("welcome_late", J1, S, "Welcome email", "neg", 5, [
    "welcome email arrived the day after i started",
    "didn't get the welcome email at all, found out the wifi details from another member",
])
topic("welcome_pos", J1, S, "Welcome email", "pos", 5, [
    "the welcome email had everything i needed, parking, kitchen, who to ask",
    "clear welcome email, knew exactly where to go on day one",
])
topic("app_setup", J1, S, "Member app setup", "neg", 11, [
    "member app wouldn't verify my email so i couldn't book anything in week one",
    "app setup took ages, the invite code kept failing",
    "invite code for the app had expired by my start date",
    "couldn't log into the member app for 3 days, had to ask the front desk to book rooms for me",
])
topic("house_rules", J1, S, "House rules walkthrough", "pos", 6, [
    "house rules walkthrough was quick and useful, esp the phone call etiquette",
    "nice short intro to the kitchen and quiet zone rules",
])
topic("lockers", J1, S, "Locker assignment", "neg", 7, [
    "no lockers left at my site, been on the waitlist for weeks",
    "locker key never worked, had to carry my monitor home",
    "paid for a locker and still on the waitlist",
])
S = "Access cards and wifi"
topic("card_wait", J1, S, "Access card pickup", "neg", 12, [
    "had to wait three days for my access card, kept being buzzed in",
    "access card wasn't ready on my first day",
    "access card took a week, embarrassing asking reception to let me in every morning",
    "my access card only opened the front door, not my floor",
], window=(0, 5))
topic("mobile_key_pos", J1, S, "Mobile key activation", "pos", 11, [
    "the new mobile key meant i was in the building within an hour of signing",
    "phone as a key is great, no more forgetting the card",
    "mobile key set up in two minutes, brilliant",
    "love the mobile key, walked straight in on day one",
], window=(4, 9))
topic("mobile_key_neg", J1, S, "Mobile key activation", "neg", 4, [
    "mobile key doesn't work on the bike store door",
    "mobile key needs bluetooth and location on, my work phone blocks that",
], window=(4, 9))
topic("wifi_login", J1, S, "Wifi login setup", "neg", 10, [
    "wifi login needs a different password from the app, confusing",
    "couldn't get my laptop on the wifi on day one, had to ask it twice",
    "the wifi captive portal kicks you off every 24 hours",
    "wifi setup instructions in the welcome pack are wrong",
])
topic("printer", J1, S, "Printer and scanner setup", "neg", 5, [
    "printer setup instructions are out of date",
    "took a week to get printing working on my mac",
])

S = "Booking desks and rooms"
topic("desk_full", J2, S, "Hot desk booking in the app", "neg", 17, [
    "no hot desks left after 10am on tuesdays",
    "the app says desks are available but they're all taken when i arrive",
    "people leave laptops on hot desks all day to save them",
    "tues and weds are impossible, i end up working from the kitchen",
    "hot desk area is rammed midweek, not worth coming in",
], seg=[70, 10, 5, 15, 0])
topic("desk_pos", J2, S, "Hot desk booking in the app", "pos", 5, [
    "desk booking in the app is quick and easy",
    "love being able to book a desk by the window the night before",
], seg=[70, 10, 5, 15, 0])
topic("room_booking", J2, S, "Meeting room booking", "neg", 12, [
    "meeting rooms are booked solid by the same teams every week",
    "people book rooms and never show up, the room sits empty",
    "can't book a meeting room more than a week ahead",
    "room no-shows are a joke, we walked in on an empty room that was 'booked' all afternoon",
], seg=[25, 25, 40, 5, 5])
topic("room_panel", J2, S, "Room display panels", "neg", 6, [
    "the room panel said free but someone was in there",
    "display panel outside room 3 has been frozen for days",
])
topic("credits", J2, S, "Booking credits balance", "neg", 7, [
    "no idea how many meeting room credits i have left until i'm charged",
    "credits reset on the 1st without any warning",
    "can't find my credit balance anywhere in the app",
], seg=[20, 25, 45, 5, 5])
S = "Working on site"
topic("wifi_slow", J2, S, "Wifi and network", "neg", 8, [
    "wifi is slow on video calls in the afternoon",
    "wifi in the back corner by the windows is weak",
    "upload speed is poor when the space is busy",
])
topic("wifi_pos", J2, S, "Wifi and network", "pos", 5, [
    "wifi is fast, i upload huge video files no problem",
    "solid wifi, never had a problem on calls",
], window=(0, 6))
topic("wifi_upgrade", J2, S, "Wifi and network", "neg", 16, [
    "wifi keeps dropping out since the network upgrade",
    "since the network upgrade my calls cut out every half hour",
    "lost connection 5 times today, something broke with the network upgrade",
    "third floor wifi has been unusable since the network upgrade last week",
    "the wifi drops every few minutes since the network upgrade, had to tether to my phone",
], window="emerging", seg=[30, 35, 25, 10, 0])
topic("coffee_pos", J2, S, "Coffee and kitchen", "pos", 14, [
    "the coffee is genuinely good, best perk of the membership",
    "love the free barista coffee",
    "coffee and fruit every day, makes me want to come in",
    "the kitchen team are lovely and the coffee is excellent",
])
topic("kitchen_neg", J2, S, "Coffee and kitchen", "neg", 7, [
    "kitchen is a mess by 3pm, dishes piled up in the sink",
    "oat milk runs out by lunchtime every day",
])
topic("booths", J2, S, "Phone booths", "neg", 14, [
    "never enough phone booths, so people take calls at their desks",
    "phone booths are hot and stuffy, can't do a long call in there",
    "people camp in the phone booths for hours",
    "need more phone booths, i do 6 calls a day and can never get one",
], seg=[20, 60, 10, 10, 0])
topic("mail_neg", J2, S, "Mail and package handling", "neg", 8, [
    "my parcels went missing twice this month",
    "mail scanning for my virtual office address is days behind",
    "post for my business address sat at reception for a week before anyone scanned it",
], seg=[10, 10, 10, 0, 70])
topic("mail_pos", J2, S, "Mail and package handling", "pos", 4, [
    "front desk always sign for my parcels, really handy",
    "mail handling is reliable and they message me when post arrives",
], seg=[20, 20, 10, 0, 50])
topic("cleaning_pos", J2, S, "Cleaning and upkeep", "pos", 7, [
    "space is always spotless in the morning",
    "cleaners do a great job, desks are wiped every night",
])
topic("cleaning_neg", J2, S, "Cleaning and upkeep", "neg", 4, [
    "toilets on the 2nd floor need more attention in the afternoon",
    "bins overflowing by friday",
])
topic("cm_praise", J2, S, "", "pos", 10, [
    "the community manager is amazing, sorts everything out the same day",
    "tom our community manager knows everyone by name, makes the place",
    "community team are the reason i stay",
    "shoutout to the community manager at temple quay, always helpful",
])
S = "Events and community"
topic("events_pos", J2, S, "Community events calendar", "pos", 10, [
    "the events calendar is packed, lunch and learns are great",
    "really good workshops this month, the pitch practice one was excellent",
    "member breakfasts are a lovely way to meet people",
])
topic("events_6pm", J2, S, "Community events calendar", "neg", 5, [
    "events are always at 6pm which doesn't work for parents",
    "would love some lunchtime events, evenings are impossible with nursery pickup",
])
topic("friday_pos", J2, S, "Friday socials", "pos", 12, [
    "friday socials are the highlight of my week",
    "met two clients at friday drinks",
    "the friday social is brilliant, great way to meet the other teams",
    "friday drinks are fun and relaxed",
])
topic("slack_pos", J2, S, "Member Slack workspace", "pos", 5, [
    "member slack is really helpful for quick questions",
    "got a designer recommendation in the member slack within minutes",
])
topic("slack_neg", J2, S, "Member Slack workspace", "neg", 4, [
    "the slack is full of people selling stuff",
    "too much self promotion in the member slack",
])
topic("directory", J2, S, "Member directory", "neg", 5, [
    "member directory is out of date, half the people have left",
    "directory search doesn't find companies, only names",
])
S = "Billing and invoices"
topic("invoice_po", J2, S, "Monthly invoice email", "neg", 14, [
    "invoices don't show our po number so our finance team bounces them",
    "vat breakdown missing from the invoice again",
    "invoice comes addressed to me not our company",
    "we need the po number on the invoice, every month it gets rejected by accounts",
    "invoice pdf doesn't list what the meeting room charges were for",
], seg=[10, 15, 70, 0, 5])
topic("double_charge", J2, S, "Billing portal", "neg", 9, [
    "charged twice this month since the new billing system went live",
    "got charged twice for my desk after the switch to the new billing system",
    "the new billing system charged us twice and support says wait 10 days for a refund",
    "double payment taken this month, looks like the new billing system is charging twice",
], window="emerging", seg=[25, 20, 45, 0, 10])
topic("double_charge_dd", J2, S, "Direct debit and card payments", "neg", 7, [
    "direct debit was charged twice since the new billing system",
    "two direct debits came out this month, the new billing system is a mess",
    "charged twice by direct debit, please sort the new billing system out",
], window="emerging", seg=[25, 20, 45, 0, 10])
topic("portal_neg", J2, S, "Billing portal", "neg", 6, [
    "can't download past invoices from the billing portal",
    "billing portal login is separate from the app, yet another password",
    "the portal won't let me update my card details",
], seg=[15, 20, 55, 0, 10])
topic("dd_pos", J2, S, "Direct debit and card payments", "pos", 4, [
    "direct debit just works, never think about it",
    "paying by card is easy",
])
topic("dd_lockout", J2, S, "Direct debit and card payments", "neg", 4, [
    "card payment failed and i got locked out of the door before anyone told me",
    "my access was cut off for a failed payment without a single email",
])
topic("overage", J2, S, "Meeting room overage charges", "neg", 8, [
    "surprise overage charges for meeting rooms, nobody warned us",
    "overage fees for rooms are steep and come out of nowhere",
    "got billed overage for a room we cancelled",
], seg=[15, 20, 60, 0, 5])
S = "Changing plan or leaving"
topic("downgrade", J2, S, "Plan change request", "neg", 8, [
    "wanted to downgrade to hot desk, took three emails and a month",
    "plan change request went unanswered for two weeks",
    "moving from dedicated desk to hot desk should not be this hard",
])
topic("upgrade_pos", J2, S, "Plan change request", "pos", 3, [
    "upgrading to a private office was easy actually",
    "moved us to a bigger office within a week, great service",
], seg=[5, 15, 80, 0, 0])
topic("pause_pos", J2, S, "Membership pause", "pos", 5, [
    "being able to pause over the summer was great",
    "paused my membership for august with two taps",
])
topic("cancel", J2, S, "Cancellation notice", "neg", 8, [
    "two month notice period is excessive for a hot desk",
    "cancellation has to be done by email, there's no button anywhere",
    "had to chase to get my cancellation confirmed",
])
topic("deposit", J2, S, "Deposit refund", "neg", 8, [
    "still waiting on my deposit refund 6 weeks after leaving",
    "deposit refund came in short with no explanation",
    "nobody can tell me when my deposit comes back",
])
topic("general_pos", J2, "Working on site", "", "pos", 16, [
    "great space, friendly people, i get loads done here",
    "best coworking i've used, quiet and well run",
    "really happy here, the vibe is lovely",
    "good light, comfy chairs, nice people",
])
topic("joining_pos", J1, "Onboarding and first day", "", "pos", 7, [
    "joining was smooth, everyone made me feel welcome",
    "easy sign up, felt at home within a week",
])
topic("exit", J2, S, "Exit survey", "mix", 3, [
    "exit survey was fine i guess",
    "exit survey was short, hope someone reads it",
])

CONTACT_TEXTS = [
    (J2, "Billing and invoices", "Monthly invoice email", "neg",
     "please call me on 07700 900456 about the invoice, the po number is missing again"),
    (J2, "Changing plan or leaving", "Deposit refund", "neg",
     "email me at sam.harper@example.com with the status of my deposit refund"),
    (J1, "Booking a tour", "Online tour booking form", "neg",
     "nobody confirmed my tour, reach me on +44 7700 900812 to rebook"),
    (J2, "Booking desks and rooms", "Meeting room booking", "neg",
     "room booking is a mess, contact me at li.wei@example.org if you want details"),
]
JUNK_NPS = ["", ".", "n/a"]
JUNK_CSAT = ["N/A", "-", "   "]


def nps_score(rng, sent):
    if sent == "neg":
        return rng.choices(range(0, 9), weights=[3, 3, 6, 8, 10, 10, 12, 4, 2])[0]
    if sent == "pos":
        return rng.choices([7, 8, 9, 10], weights=[2, 6, 12, 14])[0]
    return rng.choices([5, 6, 7, 8], weights=[2, 3, 4, 3])[0]


def csat_score(rng, sent):
    if sent == "neg":
        return rng.choices([1, 2, 3, 4], weights=[8, 10, 4, 1])[0]
    if sent == "pos":
        return rng.choices([3, 4, 5], weights=[1, 6, 10])[0]
    return rng.choices([2, 3, 4], weights=[1, 3, 2])[0]


def rand_date(rng, window):
    if window == "emerging":
        lo, hi = 7, N_WEEKS - 1
    elif window is None:
        lo, hi = 0, N_WEEKS - 1
    else:
        lo, hi = window
    start = WEEKS[lo]
    end = WEEKS[hi] + dt.timedelta(days=6)
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


SITES = ["Northern Quarter", "Temple Quay", "Shoreditch", "Leeds Dock", "Jewellery Quarter", "Merchant City"]


def build_comments(rng):
    nps_rows, csat_rows = [], []
    for t in T:
        for i in range(t["n"]):
            text = t["texts"][i % len(t["texts"])]
            d = rand_date(rng, t["window"])
            seg = rng.choices(SEGMENTS, weights=t["seg"])[0]
            site = rng.choice(SITES)
            row = dict(journey=t["journey"], stage=t["stage"], touchpoint=t["touchpoint"],
                       sentiment=t["sentiment"], date=d, segment=seg, site=site, text=text,
                       topic=t["key"])
            if rng.random() < t["p_nps"]:
                row["score"] = nps_score(rng, t["sentiment"])
                nps_rows.append(row)
            else:
                row["score"] = csat_score(rng, t["sentiment"])
                csat_rows.append(row)
    for i, (j, s, tp, sent, text) in enumerate(CONTACT_TEXTS):
        d = rand_date(rng, None)
        row = dict(journey=j, stage=s, touchpoint=tp, sentiment=sent, date=d,
                   segment=rng.choice(SEGMENTS[:3]), site=rng.choice(SITES), text=text, topic="contact")
        if i % 2 == 0:
            row["score"] = nps_score(rng, sent); nps_rows.append(row)
        else:
            row["score"] = csat_score(rng, sent); csat_rows.append(row)
    for text in JUNK_NPS:
        nps_rows.append(dict(journey=J2, stage="", touchpoint="", sentiment="mix", date=rand_date(rng, None),
                             segment="", site=rng.choice(SITES), text=text,
                             score="", topic="junk"))
    for text in JUNK_CSAT:
        csat_rows.append(dict(journey=J1, stage="", touchpoint="", sentiment="mix", date=rand_date(rng, None),
                              segment="", site=rng.choice(SITES), text=text,
                              score="", topic="junk"))
    nps_rows.sort(key=lambda r: (r["date"], r["text"]))
    csat_rows.sort(key=lambda r: (r["date"], r["text"]))
    return nps_rows, csat_rows


CHANNEL = {"app": "app", "web": "web", "email": "email", "in person": "on site"}


def write_comments(nps_rows, csat_rows, rng):
    d = K / "comments"
    # 1) contract columns
    with open(d / "member-pulse-nps.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment",
                    "site", "comment"])
        for i, r in enumerate(nps_rows, 1):
            r["id"] = f"NPS-{i:04d}"
            w.writerow([r["id"], r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"],
                        r["score"], "nps", r["segment"], r["site"], r["text"]])
    # 2) vendor-style export (Typeform-like), day-first date-times, CSAT 1-5
    with open(d / "typeform-csat-export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Submitted At", "Journey Name", "Step", "Feature", "Member Type",
                    "Site", "Satisfaction (1-5)", "Scale", "What could we do better?"])
        for r in csat_rows:
            rid = "tf_" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
            r["id"] = rid
            ts = dt.datetime.combine(r["date"], dt.time(rng.randint(8, 19), rng.randint(0, 59)))
            w.writerow([rid, ts.strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], r["touchpoint"],
                        r["segment"], r["site"], r["score"], "csat", r["text"]])
    mapping = {
        "kind": "comments",
        "columns": {
            "id": "Response ID",
            "date": "Submitted At",
            "journey": "Journey Name",
            "stage": "Step",
            "touchpoint": "Feature",
            "segment": "Member Type",
            "score": "Satisfaction (1-5)",
            "score_type": "Scale",
            "comment": "What could we do better?",
        },
        "date_format": "%d/%m/%Y %H:%M",
    }
    with open(d / "typeform-csat-export.mapping.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(mapping, f, sort_keys=False)


# ----------------------------------------------------------------------------------------------
# KPIs
# ----------------------------------------------------------------------------------------------
# name, journey, stage, touchpoint, unit, target, higher_is_better, shape(list of 10 base values), noise
def lin(a, b):
    return [a + (b - a) * i / (N_WEEKS - 1) for i in range(N_WEEKS)]

KPIS = [
    ("tour_booking_conversion_rate", J1, "Booking a tour", "Online tour booking form", "%", 12.0, True,
     lin(9.0, 13.6), 0.3),
    ("tour_to_member_conversion_rate", J1, "Choosing a membership", "", "%", 35.0, True,
     [31.0] * N_WEEKS, 1.0),
    ("onboarding_completion_rate", J1, "Onboarding and first day", "Member app setup", "%", 90.0, True,
     [92.0] * N_WEEKS, 0.8),
    ("time_to_first_access", J1, "Access cards and wifi", "", "hours", 4.0, False,
     [27, 26, 28, 26, 18, 11, 8, 6.5, 6, 5.5], 0.6),
    ("nps", J1, "", "", "score", 40.0, True, [44.0] * N_WEEKS, 2.0),
    ("nps", J2, "", "", "score", 40.0, True, [38, 37, 39, 37, 38, 36, 37, 31, 28, 26], 0.8),
    ("desk_utilisation_rate", J2, "Booking desks and rooms", "Hot desk booking in the app", "%", 75.0, True,
     lin(72.0, 79.0), 0.7),
    ("meeting_room_no_show_rate", J2, "Booking desks and rooms", "Meeting room booking", "%", 10.0, False,
     [14.0] * N_WEEKS, 0.8),
    ("wifi_uptime", J2, "Working on site", "Wifi and network", "%", 99.5, True,
     [99.7] * 7 + [98.1, 97.4, 97.0], 0.08),
    ("event_attendance", J2, "Events and community", "Community events calendar", "count", 120, True,
     lin(124, 152), 4.0),
    ("invoice_dispute_rate", J2, "Billing and invoices", "Monthly invoice email", "%", 2.0, False,
     [1.6] * 7 + [4.8, 6.2, 7.1], 0.2),
    ("failed_payment_rate", J2, "Billing and invoices", "Direct debit and card payments", "%", 3.0, False,
     [2.4] * N_WEEKS, 0.25),
    ("churn_rate", J2, "Changing plan or leaving", "", "%", 3.0, False, lin(3.2, 3.9), 0.1),
]


def write_kpis(rng):
    files = {J1: K / "kpis" / "joining-weekly.csv", J2: K / "kpis" / "membership-weekly.csv"}
    rows = {J1: [], J2: []}
    for name, j, st, tp, unit, target, hib, base, noise in KPIS:
        for i, wk in enumerate(WEEKS):
            v = base[i] + rng.uniform(-noise, noise)
            v = round(v) if unit == "count" else round(v, 1)
            if name == "wifi_uptime":
                v = min(v, 99.9)
            rows[j].append([name, j, st, tp, wk.isoformat(), v, target, unit, "true" if hib else "false"])
    for j, path in files.items():
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["metric", "journey", "stage", "touchpoint", "date", "value", "target", "unit",
                        "higher_is_better"])
            w.writerows(rows[j])


def main():
    rng = random.Random(SEED)
    with open(K / "maps" / "finding-and-joining.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(MAP_J1, f, sort_keys=False, allow_unicode=True, width=110)
    with open(K / "maps" / "everyday-membership.json", "w", encoding="utf-8") as f:
        json.dump(MAP_J2, f, indent=2, ensure_ascii=False)
        f.write("\n")
    nps_rows, csat_rows = build_comments(rng)
    write_comments(nps_rows, csat_rows, rng)
    write_kpis(rng)
    print(f"comments: nps={len(nps_rows)} csat={len(csat_rows)} total={len(nps_rows) + len(csat_rows)}")


if __name__ == "__main__":
    main()
