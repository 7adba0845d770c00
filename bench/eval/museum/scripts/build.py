#!/usr/bin/env python3
"""Seeded generator for the 'museum' evaluation base (Albion National Museums & Galleries).

Writes every knowledge file under ../knowledge/. Re-running gives byte-identical output.
    python3 scripts/build.py
"""
import csv
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

SEED = 20260406
ROOT = Path(__file__).resolve().parent.parent
K = ROOT / "knowledge"

WEEKS = [date(2026, 2, 2) + timedelta(weeks=i) for i in range(10)]  # Mondays
EMERGING_FROM = date(2026, 3, 23)  # weeks 8-10 only

VISIT = "Museum visit"
MEMB = "Membership"

# ---------------------------------------------------------------- maps
VISIT_MAP = {
    "id": "museum-visit",
    "name": VISIT,
    "persona": "Day visitor planning a trip to a ticketed exhibition",
    "owner": "Visitor Experience",
    "updated": "2026-03-30",
    "description": ("From spotting an exhibition online to the last coffee and souvenir: the journey of a "
                    "paying day visitor to the Albion's flagship site on Riverside."),
    "stages": [
        {
            "name": "Finding an exhibition",
            "goal": "Spot an exhibition or event worth the trip and pick a day to come",
            "emotion": 1,
            "pain_points": ["Sold-out dates are not shown until the checkout",
                            "Opening hours differ between our site and Google"],
            "opportunities": ["Show live availability on every listing"],
            "touchpoints": [
                {"name": "Exhibition listings page", "channel": "web", "owner": "Digital team",
                 "description": "The What's On listings with filters by date, venue and audience.",
                 "emotion": 0,
                 "pain_points": ["Date filter does not work on mobile", "Sold-out dates look bookable"]},
                {"name": "Exhibitions newsletter", "channel": "email", "owner": "CRM team",
                 "description": "Fortnightly e-mail with new openings and late events.",
                 "emotion": 1, "metrics": ["newsletter_open_rate"],
                 "pain_points": ["Too frequent for some subscribers", "Not personalised by interest"]},
                {"name": "Social media adverts", "channel": "social", "owner": "Marketing team",
                 "description": "Paid Instagram and Facebook adverts for headline exhibitions.",
                 "emotion": 1},
                {"name": "Google search and maps listing", "channel": "search", "owner": "Digital team",
                 "description": "Google Business Profile, opening hours and directions.",
                 "emotion": -1,
                 "pain_points": ["Opening hours on Google are out of date on late-opening Fridays"]},
            ],
        },
        {
            "name": "Booking timed tickets",
            "goal": "Secure a timed entry slot for the whole party at a fair price with little effort",
            "emotion": -1,
            "pain_points": ["Weekend slots sell out weeks ahead", "Booking fee appears only at the last step"],
            "opportunities": ["Waitlist for sold-out slots", "Show the booking fee up front"],
            "touchpoints": [
                {"name": "Online ticket checkout", "channel": "web", "owner": "Ticketing team",
                 "description": "Basket, payment and booking fee for exhibition tickets.",
                 "emotion": -1, "metrics": ["booking_conversion_rate", "checkout_abandonment_rate"],
                 "pain_points": ["Booking fee added at the final step", "Apple Pay sometimes fails"]},
                {"name": "Timed slot picker", "channel": "web", "owner": "Digital team",
                 "description": "Calendar and time-slot grid for choosing an entry time.",
                 "emotion": -1,
                 "pain_points": ["Calendar hard to read on a phone", "No waitlist when a slot sells out"]},
                {"name": "Box office phone line", "channel": "phone", "owner": "Ticketing team",
                 "description": "Phone bookings, open 10:00-16:00 every day.",
                 "emotion": -1, "pain_points": ["Long hold times at weekends", "Short opening hours"]},
                {"name": "Concession and access tickets", "channel": "web", "owner": "Access team",
                 "description": "Student, over-65 and free carer tickets.",
                 "emotion": -1,
                 "pain_points": ["Free carer tickets can only be booked by phone"]},
                {"name": "E-ticket confirmation email", "channel": "email", "owner": "Ticketing team",
                 "description": "Confirmation e-mail with the QR code for entry.",
                 "emotion": 0, "pain_points": ["Lands in spam folders", "QR code buried below the fold"]},
            ],
        },
        {
            "name": "Arrival and security",
            "goal": "Get through the front door and security quickly and feel safe and welcome",
            "emotion": 0,
            "pain_points": ["Queues at the bag search at peak times"],
            "opportunities": ["Bag-free fast lane for people without luggage"],
            "touchpoints": [
                {"name": "Bag search and security screening", "channel": "in person",
                 "owner": "Facilities and Security", "metrics": ["security_queue_time"],
                 "description": "Bag search and walk-through screening at the main entrance.",
                 "emotion": -1,
                 "pain_points": ["Queues at peak times", "Bag size rules are not explained before the visit"]},
                {"name": "Cloakroom", "channel": "in person", "owner": "Visitor Experience",
                 "description": "Coats and bags; lockers for larger items.", "emotion": -1,
                 "pain_points": ["Full by late morning at weekends", "Long queue at closing time"]},
                {"name": "Ticket scanning at entrance", "channel": "in person", "owner": "Visitor Experience",
                 "description": "QR code scanning at the exhibition entrance.", "emotion": 0,
                 "pain_points": ["Screenshots of QR codes fail to scan"]},
                {"name": "Welcome desk", "channel": "in person", "owner": "Visitor Experience",
                 "description": "Information, maps, donations and membership sign-up.", "emotion": 1},
                {"name": "Step-free entrance", "channel": "in person", "owner": "Access team",
                 "description": "Side entrance with a lift for wheelchairs and buggies.", "emotion": -1,
                 "pain_points": ["Lift often out of service", "Side entrance poorly signed"]},
            ],
        },
        {
            "name": "In the galleries",
            "goal": "Enjoy the exhibition and collections at their own pace and understand what they see",
            "emotion": 2,
            "pain_points": ["Exhibition entrance is hard to find"],
            "opportunities": ["Offline download for the audio guide"],
            "touchpoints": [
                {"name": "Audio guide app", "channel": "app", "owner": "Interpretation team",
                 "description": "Free audio guide in the Albion app since 2 March 2026.", "emotion": 0,
                 "metrics": ["audio_guide_uptake"],
                 "pain_points": ["No signal in the lower-ground galleries", "Drains phone battery"]},
                {"name": "Wayfinding and gallery signage", "channel": "in person", "owner": "Visitor Experience",
                 "description": "Floor plans, signs and the printed map.", "emotion": -1,
                 "pain_points": ["Exhibition entrance hard to find", "Printed map out of date"]},
                {"name": "Visitor assistants", "channel": "in person", "owner": "Visitor Experience",
                 "description": "Gallery staff who help, explain and keep collections safe.", "emotion": 2},
                {"name": "Object labels and interpretation", "channel": "in person", "owner": "Interpretation team",
                 "description": "Labels, wall texts and large-print guides.", "emotion": 0,
                 "pain_points": ["Label text too small and too low-lit"]},
                {"name": "Family trail", "channel": "print", "owner": "Learning team",
                 "description": "Free printed activity trail for children.", "emotion": 1,
                 "pain_points": ["Runs out at weekends"]},
            ],
        },
        {
            "name": "Cafe and shop",
            "goal": "Take a break, eat well and take something home without long queues",
            "emotion": 0,
            "pain_points": ["Lunchtime queues in the cafe", "Prices seen as high"],
            "opportunities": ["Pre-order coffee in the app"],
            "touchpoints": [
                {"name": "Courtyard cafe", "channel": "in person", "owner": "Albion Catering",
                 "description": "Main cafe in the glass-roofed courtyard.", "emotion": 0,
                 "metrics": ["cafe_csat"],
                 "pain_points": ["Long lunchtime queues", "Few gluten-free options", "Pricey"]},
                {"name": "Museum shop", "channel": "in person", "owner": "Albion Retail",
                 "description": "Main shop by the exit.", "emotion": 1, "metrics": ["shop_spend_per_visitor"]},
                {"name": "Exhibition pop-up shop", "channel": "in person", "owner": "Albion Retail",
                 "description": "Shop at the exhibition exit with the catalogue.", "emotion": 0,
                 "pain_points": ["Exhibition catalogue sells out"]},
                {"name": "Picnic area", "channel": "in person", "owner": "Facilities and Security",
                 "description": "Indoor space for packed lunches.", "emotion": -1,
                 "pain_points": ["Too few seats in school holidays"]},
            ],
        },
    ],
}

MEMB_MAP = {
    "id": "membership",
    "name": MEMB,
    "persona": "Regular visitor who joins for free exhibition entry",
    "owner": "Membership team",
    "updated": "2026-03-30",
    "description": ("Joining, using the card and app, member events and priority booking, renewal and "
                    "gift memberships for Albion Members."),
    "stages": [
        {
            "name": "Joining as a member",
            "goal": "Choose the right tier and join in minutes, online or on site",
            "emotion": 1,
            "pain_points": ["Tier differences are unclear"],
            "opportunities": ["Credit today's ticket price against membership at the desk"],
            "touchpoints": [
                {"name": "Membership tiers page", "channel": "web", "owner": "Membership team",
                 "description": "Compares Individual, Joint, Family, Young Member and Patron tiers.",
                 "emotion": 0, "pain_points": ["Hard to compare guest allowances across tiers"]},
                {"name": "Online join form", "channel": "web", "owner": "Digital team",
                 "description": "Join and pay online.", "emotion": 0,
                 "pain_points": ["Postcode lookup fails", "Errors at the Direct Debit step"]},
                {"name": "Join at the welcome desk", "channel": "in person", "owner": "Visitor Experience",
                 "description": "Join on the day and have the ticket price refunded.", "emotion": 1},
                {"name": "Direct Debit setup", "channel": "web", "owner": "Supporter Care",
                 "description": "Direct Debit mandate for monthly or annual payment.", "emotion": -1,
                 "pain_points": ["Bank details rejected without a reason"]},
            ],
            "metrics": ["new_member_joins"],
        },
        {
            "name": "Member card and app",
            "goal": "Get proof of membership straight away and use it easily at the door",
            "emotion": 0,
            "pain_points": ["Physical cards take weeks to arrive"],
            "opportunities": ["Wallet pass for the digital card"],
            "touchpoints": [
                {"name": "Members app", "channel": "app", "owner": "Digital Product",
                 "description": "Albion Members app: card, bookings and events.", "emotion": 0,
                 "metrics": ["app_login_success_rate"],
                 "pain_points": ["Login loops after password reset"]},
                {"name": "Digital member card", "channel": "app", "owner": "Digital Product",
                 "description": "QR member card shown in the app.", "emotion": 0,
                 "pain_points": ["Does not load without signal"]},
                {"name": "Physical member card", "channel": "post", "owner": "Supporter Care",
                 "description": "Plastic card posted after joining.", "emotion": -1,
                 "pain_points": ["Takes three to four weeks to arrive"]},
                {"name": "Member entry at ticket desk", "channel": "in person", "owner": "Visitor Experience",
                 "description": "Members show their card at the exhibition entrance.", "emotion": 1},
            ],
        },
        {
            "name": "Member events and priority booking",
            "goal": "Feel valued through early access to exhibitions and members-only events",
            "emotion": 1,
            "pain_points": ["Priority booking day overloads the website"],
            "opportunities": ["Stagger priority booking by tier"],
            "touchpoints": [
                {"name": "Priority booking window", "channel": "web", "owner": "Ticketing team",
                 "description": "Members book a week before public sale.", "emotion": -1,
                 "pain_points": ["Online queue crashes", "Popular slots gone in minutes"]},
                {"name": "Member preview evenings", "channel": "in person", "owner": "Membership team",
                 "description": "Evening previews before an exhibition opens.", "emotion": 2},
                {"name": "Members room", "channel": "in person", "owner": "Albion Catering",
                 "description": "Members-only lounge and cafe on the second floor.", "emotion": 0,
                 "pain_points": ["Overcrowded at weekends"]},
                {"name": "Members magazine and e-news", "channel": "email", "owner": "Membership team",
                 "description": "Quarterly magazine and monthly e-news.", "emotion": 1},
                {"name": "Booking member tickets online", "channel": "web", "owner": "Ticketing team",
                 "description": "Free timed tickets for members and discounted guest tickets.", "emotion": -1,
                 "pain_points": ["Guest discount not applied automatically"]},
            ],
        },
        {
            "name": "Renewing membership",
            "goal": "Renew without surprises and still feel the membership is worth it",
            "emotion": -1,
            "pain_points": ["April 2026 price rise not explained clearly"],
            "opportunities": ["Show a 'your year with us' summary before renewal"],
            "touchpoints": [
                {"name": "Renewal reminder email", "channel": "email", "owner": "CRM team",
                 "description": "Sent 30 and 7 days before expiry.", "emotion": 0},
                {"name": "Auto-renewal by Direct Debit", "channel": "direct debit", "owner": "Supporter Care",
                 "description": "Annual Direct Debit collection on the renewal date.", "emotion": -1,
                 "pain_points": ["Members surprised by the new price on their statement"]},
                {"name": "Price change notice", "channel": "letter", "owner": "Membership team",
                 "description": "Letter and e-mail announcing new prices from April 2026.", "emotion": -1},
                {"name": "Lapsed member win-back", "channel": "email", "owner": "CRM team",
                 "description": "Offers to members whose membership has lapsed.", "emotion": 0},
            ],
        },
        {
            "name": "Gift memberships",
            "goal": "Give membership as a present that arrives on time and is easy for the recipient to activate",
            "emotion": 1,
            "pain_points": ["Gift packs arrive late around Christmas and Mother's Day"],
            "opportunities": ["E-gift option with instant delivery"],
            "touchpoints": [
                {"name": "Gift membership purchase", "channel": "web", "owner": "Membership team",
                 "description": "Buy a gift membership online or in the shop.", "emotion": 1},
                {"name": "Gift pack delivery", "channel": "post", "owner": "Supporter Care",
                 "description": "Printed gift pack posted to the buyer.", "emotion": -1,
                 "pain_points": ["Late delivery at peak gifting times"]},
                {"name": "Gift activation code", "channel": "web", "owner": "Digital team",
                 "description": "Recipient activates the membership with a code.", "emotion": 0,
                 "metrics": ["gift_activation_rate"]},
                {"name": "Gift recipient welcome email", "channel": "email", "owner": "CRM team",
                 "description": "Welcome e-mail once the gift is activated.", "emotion": 1},
            ],
        },
    ],
}
# stage-level 'metrics' is not part of the contract; keep it off the stage
MEMB_MAP["stages"][0].pop("metrics")

# ---------------------------------------------------------------- KPIs
# (metric, journey, stage, touchpoint, unit, target, higher_is_better, decimals, trajectory)
KPIS = [
    ("nps", VISIT, "", "", "score", 45, True, 1,
     [41, 42, 41, 43, 42, 43, 42, 38, 35, 33]),
    ("booking_conversion_rate", VISIT, "Booking timed tickets", "Online ticket checkout", "%", 62, True, 1,
     [58, 59, 58, 60, 61, 61.5, 61, 60, 60.5, 60]),
    ("checkout_abandonment_rate", VISIT, "Booking timed tickets", "Online ticket checkout", "%", 25, False, 1,
     [27, 26.5, 26, 25, 24, 23.5, 23, 22.5, 22, 21.8]),
    ("security_queue_time", VISIT, "Arrival and security", "Bag search and security screening", "min", 10, False, 1,
     [7.5, 8, 7.8, 8.2, 7.9, 8.4, 8.1, 14.6, 17.9, 19.2]),
    ("audio_guide_uptake", VISIT, "In the galleries", "Audio guide app", "%", 20, True, 1,
     [12, 12.5, 13, 13.2, 17.8, 19.5, 20.4, 21, 21.6, 22.3]),
    ("cafe_csat", VISIT, "Cafe and shop", "Courtyard cafe", "%", 80, True, 1,
     [72, 73, 71, 72, 74, 73, 72, 71, 73, 72]),
    ("shop_spend_per_visitor", VISIT, "Cafe and shop", "Museum shop", "GBP", 4.5, True, 2,
     [4.1, 4.2, 4.15, 4.3, 4.4, 4.5, 4.55, 4.6, 4.62, 4.68]),
    ("newsletter_open_rate", VISIT, "Finding an exhibition", "Exhibitions newsletter", "%", 35, True, 1,
     [36, 37, 35.5, 36, 38, 37, 36, 37, 36, 38]),
    ("nps", MEMB, "", "", "score", 50, True, 1,
     [51, 52, 50, 52, 53, 52, 51, 47, 44, 42]),
    ("member_renewal_rate", MEMB, "Renewing membership", "", "%", 85, True, 1,
     [86.5, 86, 85.8, 85.2, 84.6, 84, 83.5, 82.9, 82.1, 81.4]),
    ("member_churn_rate", MEMB, "Renewing membership", "", "%", 2.0, False, 2,
     [1.7, 1.8, 1.8, 1.9, 1.9, 2.0, 2.1, 2.2, 2.3, 2.4]),
    ("app_login_success_rate", MEMB, "Member card and app", "Members app", "%", 97, True, 1,
     [98.4, 98.6, 98.3, 98.5, 98.7, 98.4, 98.6, 91.2, 86.5, 84.8]),
    ("gift_activation_rate", MEMB, "Gift memberships", "Gift activation code", "%", 90, True, 1,
     [93, 92.5, 94, 93.5, 92, 93, 92.8, 84, 79.5, 77.9]),
    ("new_member_joins", MEMB, "Joining as a member", "", "count", 400, True, 0,
     [372, 368, 381, 390, 402, 468, 455, 441, 437, 452]),
]


def kpi_rows(rng, journey):
    rows = []
    for metric, j, stage, tp, unit, target, hib, dec, traj in KPIS:
        if j != journey:
            continue
        noise = {0: 6, 1: 0.3, 2: 0.04}[dec]
        for wk, base in zip(WEEKS, traj):
            v = base + rng.uniform(-noise, noise)
            v = int(round(v)) if dec == 0 else round(v, dec)
            rows.append({"date": wk.isoformat(), "metric": metric, "value": f"{v:.{dec}f}" if dec else str(v),
                         "journey": j, "stage": stage, "touchpoint": tp, "target": target,
                         "unit": unit, "higher_is_better": "true" if hib else "false"})
    return rows

# ---------------------------------------------------------------- comments
# theme: key, journey, stage, touchpoint, sentiment (neg/pos/mix), weight, emerging?, segment bias, texts
VSEG = ["Family with children", "Adult visitor", "Couple", "Student", "International tourist", "Older visitor (65+)"]
MSEG = ["Individual", "Joint", "Family", "Young Member (16-25)", "Patron"]

V_THEMES = [
    ("slot", "Booking timed tickets", "Timed slot picker", "neg", 9, False, {"Family with children": 2, "Couple": 1.5}, [
        "Every weekend slot was sold out for three weeks, ended up coming on a Tuesday.",
        "The time slot picker is impossible on a phone, I kept tapping the wrong slot.",
        "Wanted a 2pm slot for four of us, it said available then failed at payment as the slot had gone.",
        "No waitlist when your slot sells out? Really frustrating, we had to give up on Saturday.",
        "Slot calendar greys out days but you can't tell if it's sold out or closed.",
        "Took ages to find a free slot that suited the kids' nap times.",
    ]),
    ("fee", "Booking timed tickets", "Online ticket checkout", "neg", 7, False, {"International tourist": 2.5, "Student": 2}, [
        "A booking fee of 1.50 per ticket added right at the end. Sneaky.",
        "Why is there a booking fee when I'm doing all the work online?",
        "The booking fee only showed up at the last step of the checkout, felt misleading.",
        "Checkout rejected Apple Pay twice and then charged the booking fee anyway.",
        "Booking fee on a student ticket is a bit much.",
    ]),
    ("phone", "Booking timed tickets", "Box office phone line", "neg", 4, False, {"Older visitor (65+)": 4}, [
        "Was on hold to the box office for 40 minutes before giving up.",
        "The box office phone line only opens 10 till 4 and I work those hours. Kept on hold forever.",
        "I don't do online booking and the phone line had me on hold for ages.",
    ]),
    ("carer", "Booking timed tickets", "Concession and access tickets", "neg", 3, False, {"Older visitor (65+)": 2, "Adult visitor": 1.5}, [
        "You can't book a free carer ticket online, I had to ring up, which is not accessible at all.",
        "Booking a carer ticket meant sending proof by email and waiting two days.",
        "Carer ticket process is so clunky compared to the normal booking.",
    ]),
    ("spam", "Booking timed tickets", "E-ticket confirmation email", "neg", 3, False, {"Older visitor (65+)": 2}, [
        "My confirmation email went straight to spam so I thought the booking had failed.",
        "The confirmation email has the QR code right at the bottom, took me ages to find it at the door.",
        "Never got the e-ticket confirmation email, had to queue at the desk to reprint.",
    ]),
    ("listing", "Finding an exhibition", "Exhibition listings page", "neg", 4, False, {}, [
        "The what's on website filter by date does nothing on my phone.",
        "Website listings showed the exhibition as bookable but every date was sold out.",
        "Hard to tell from the website which exhibitions are free and which are ticketed.",
    ]),
    ("google", "Finding an exhibition", "Google search and maps listing", "neg", 3, False, {"International tourist": 3}, [
        "Google said you were open till 9 on Friday, we arrived at 6 and it was closing. Opening hours need fixing.",
        "The opening hours on Google maps are wrong for the late openings.",
    ]),
    ("newsletter", "Finding an exhibition", "Exhibitions newsletter", "pos", 5, False, {"Couple": 1.5, "Older visitor (65+)": 1.5}, [
        "Found out about the exhibition from the newsletter, glad I signed up.",
        "The exhibitions newsletter is nicely written and I always find something to come to.",
    ]),
    ("queue", "Arrival and security", "Bag search and security screening", "neg", 3, False, {}, [
        "Security queue was about 15 minutes at opening time.",
        "The queue at security moved slowly, only one scanner open.",
    ]),
    ("bagpolicy", "Arrival and security", "Bag search and security screening", "neg", 60, True, {"International tourist": 4, "Family with children": 2}, [
        "The new bag policy meant my rucksack was refused and I had to walk to a locker down the road.",
        "Nobody told us about the new bag policy before we came. Security turned away our suitcase.",
        "Queue at security was 25 minutes because of the new bag policy checks on every bag.",
        "New bag policy is a nightmare with a buggy and a changing bag, they searched everything twice.",
        "We came straight from the station with luggage and the new bag policy meant no entry until we found storage.",
        "Staff at security were apologetic but the new bag policy needs to be on the booking page and in the ticket email.",
        "The new bag policy queue went right down the steps into the rain.",
        "Had to throw away a water bottle because of the new bag policy. Not in the ticket email at all.",
    ]),
    ("cloakroom", "Arrival and security", "Cloakroom", "neg", 5, False, {"Family with children": 2}, [
        "Cloakroom was full by 11 so we carried coats all day.",
        "Huge queue at the cloakroom at closing time to get our coats back.",
        "The cloakroom took card only and the lockers were all full.",
    ]),
    ("scan", "Arrival and security", "Ticket scanning at entrance", "neg", 3, False, {"Student": 1.5}, [
        "The scanner at the entrance wouldn't read my screenshot of the QR code.",
        "Ticket scan failed twice and we had to go back to the desk.",
    ]),
    ("welcome", "Arrival and security", "Welcome desk", "pos", 6, False, {"Older visitor (65+)": 1.5}, [
        "Lovely welcome at the welcome desk, they gave us a map and pointed out the highlights.",
        "The welcome desk team were brilliant and sorted our lost tickets in a minute.",
    ]),
    ("lift", "Arrival and security", "Step-free entrance", "neg", 4, False, {"Family with children": 2.5, "Older visitor (65+)": 2}, [
        "The lift at the step-free entrance was out of service again, we had to carry the buggy up the steps.",
        "Step-free entrance is badly signed and the lift was broken.",
        "Wheelchair user here: side entrance lift out of order, staff had to take us round the back.",
    ]),
    ("staff", "In the galleries", "Visitor assistants", "pos", 24, False, {}, [
        "The visitor assistants were so friendly and knew loads about the paintings.",
        "A visitor assistant spent ten minutes telling my son about the mummies. Made his day.",
        "Staff in the galleries were helpful, knowledgeable and kind.",
        "Special mention to the visitor assistant in room 12 who explained the restoration work.",
        "Gallery staff were welcoming and patient with our questions.",
    ]),
    ("exhibition", "In the galleries", "", "pos", 30, False, {"Couple": 2, "Adult visitor": 1.5}, [
        "Stunning exhibition, beautifully lit and not too crowded with timed entry.",
        "The exhibition was the best thing I've seen in years, worth every penny.",
        "Wonderful exhibition, we lost track of time.",
        "Exhibition layout told the story really well, loved the final room.",
        "Brilliant exhibition, already planning to come back with friends.",
    ]),
    ("audio", "In the galleries", "Audio guide app", "neg", 6, False, {"Adult visitor": 1.5, "International tourist": 1.5}, [
        "The audio guide app kept dropping in the basement galleries with no signal.",
        "Audio guide drained my battery in an hour.",
        "Good that the audio guide is free now, but it needs an offline download option.",
        "Couldn't get the audio guide app to load on the museum wifi.",
    ]),
    ("wayfinding", "In the galleries", "Wayfinding and gallery signage", "neg", 6, False, {"International tourist": 2, "Older visitor (65+)": 1.5}, [
        "Took twenty minutes to find the exhibition entrance, the signage is confusing.",
        "The printed map doesn't match the galleries any more, signage needs updating.",
        "Got lost looking for the toilets, signs point in circles.",
        "Signage to the exhibition from the main hall is almost invisible.",
    ]),
    ("labels", "In the galleries", "Object labels and interpretation", "neg", 4, False, {"Older visitor (65+)": 4}, [
        "Labels are tiny and placed too low, I couldn't read half of them.",
        "The object labels are so dimly lit I gave up reading them.",
        "Large-print label guides had run out.",
    ]),
    ("trail", "In the galleries", "Family trail", "pos", 10, False, {"Family with children": 8}, [
        "The kids loved the family trail, they ticked off every animal.",
        "Family trail kept our 7 year old busy for two hours, brilliant.",
        "Great family trail, well designed for under 10s.",
    ]),
    ("trailout", "In the galleries", "Family trail", "neg", 3, False, {"Family with children": 8}, [
        "They'd run out of family trails by 11am on a Saturday.",
        "No family trail left when we arrived, kids were disappointed.",
    ]),
    ("cafe", "Cafe and shop", "Courtyard cafe", "neg", 5, False, {"Family with children": 2}, [
        "Cafe queue at lunchtime was 25 minutes long.",
        "The courtyard cafe was expensive for a sandwich and a coffee.",
        "Hardly any gluten-free options in the cafe.",
    ]),
    ("shop", "Cafe and shop", "Museum shop", "pos", 6, False, {"Couple": 1.5}, [
        "The museum shop is fantastic, lovely prints and cards.",
        "Really nice shop, bought half my Christmas presents.",
    ]),
    ("catalogue", "Cafe and shop", "Exhibition pop-up shop", "neg", 2, False, {"Adult visitor": 1.5}, [
        "The exhibition catalogue was sold out in the pop-up shop.",
        "Pop-up shop had no catalogue left and couldn't tell me when more would arrive.",
    ]),
    ("picnic", "Cafe and shop", "Picnic area", "neg", 2, False, {"Family with children": 6}, [
        "Picnic area was rammed, nowhere to sit with our packed lunch.",
        "Not enough seats in the picnic room for families.",
    ]),
]

CAFE_THEMES = [
    ("cqueue", "Courtyard cafe", "neg", 7, {"Family with children": 2}, [
        "The cafe queue at lunch was ridiculous, 20 minutes for a coffee.",
        "Only one till open in the cafe at 1pm, queue out the door.",
        "Queue for the courtyard cafe was too long so we left.",
    ]),
    ("cprice", "Courtyard cafe", "neg", 6, {"Student": 2.5, "Family with children": 1.5}, [
        "Cafe is expensive, 4.20 for a flat white.",
        "Food was fine but the cafe prices are steep for families.",
        "Too expensive for what it is.",
    ]),
    ("cgf", "Courtyard cafe", "neg", 3, {}, [
        "Only one gluten-free option in the cafe and it had sold out.",
        "Not much for vegans or gluten-free in the cafe.",
    ]),
    ("cgood", "Courtyard cafe", "pos", 12, {"Couple": 2, "Older visitor (65+)": 2}, [
        "The scones in the courtyard cafe are the best in town.",
        "Lovely cafe, bright courtyard and friendly staff.",
        "Great cake and coffee in a beautiful space.",
    ]),
    ("sgood", "Museum shop", "pos", 9, {"Couple": 1.5}, [
        "The shop has lovely gifts, bought a print and some cards.",
        "Shop staff were really helpful wrapping presents.",
        "Great selection in the museum shop, not the usual tat.",
    ]),
    ("sprice", "Museum shop", "mix", 3, {"Student": 2}, [
        "Nice shop but a bit pricey.",
        "The shop is lovely but prices are high for postcards.",
    ]),
    ("popup", "Exhibition pop-up shop", "neg", 3, {"Adult visitor": 1.5}, [
        "The exhibition catalogue was sold out in the pop-up shop.",
        "Pop-up shop only took cards and the queue was long.",
    ]),
    ("picnic2", "Picnic area", "neg", 2, {"Family with children": 6}, [
        "Picnic area was full, we ate on the steps outside.",
    ]),
]

M_THEMES = [
    ("tiers", "Joining as a member", "Membership tiers page", "neg", 4, False, {"Joint": 2, "Family": 2}, [
        "Hard to work out which tier includes guests, the tiers page is confusing.",
        "The tiers page doesn't explain the difference between Joint and Family clearly.",
    ]),
    ("dd", "Joining as a member", "Direct Debit setup", "neg", 5, False, {"Individual": 1.5}, [
        "Direct Debit setup kept rejecting my bank details with no explanation.",
        "The Direct Debit step errored three times before I gave up and paid by card.",
        "Still waiting for my Direct Debit confirmation letter two weeks later.",
    ]),
    ("joinform", "Joining as a member", "Online join form", "neg", 3, False, {}, [
        "Postcode lookup on the join form didn't find my address.",
        "Join form timed out and I had to re-enter everything.",
    ]),
    ("joineasy", "Joining as a member", "Join at the welcome desk", "pos", 7, False, {"Joint": 1.5, "Family": 1.5}, [
        "Joined at the welcome desk and they refunded our tickets, really easy.",
        "Joining on the day was quick and the staff explained everything.",
        "Signed up at the desk in five minutes, great value.",
    ]),
    ("card", "Member card and app", "Physical member card", "neg", 6, False, {"Individual": 1.5, "Patron": 1.5}, [
        "My physical member card took four weeks to arrive in the post.",
        "Still no member card a month after joining.",
        "The plastic card arrived with my name spelt wrong.",
    ]),
    ("appupdate", "Member card and app", "Members app", "neg", 40, True, {"Young Member (16-25)": 7, "Individual": 1.5}, [
        "Since the app update it logs me out every time I open it.",
        "After the latest app update I can't log in at all, password reset just loops.",
        "The app update wiped my member card, had to queue at the desk to prove I'm a member.",
        "App update broke login on Android, really annoying at the door.",
        "Since the app update my bookings have disappeared from the app.",
        "Face ID login stopped working after the app update.",
    ]),
    ("offline", "Member card and app", "Digital member card", "neg", 3, False, {"Young Member (16-25)": 4}, [
        "The digital member card won't load without signal and there's none in the entrance hall.",
        "QR on the digital card is slow to load at the entrance.",
    ]),
    ("entry", "Member card and app", "Member entry at ticket desk", "pos", 7, False, {}, [
        "Love just showing my card and walking straight in.",
        "Member entry is quick and the desk staff are always friendly.",
    ]),
    ("priority", "Member events and priority booking", "Priority booking window", "neg", 7, False, {"Patron": 1.5, "Joint": 1.5}, [
        "Priority booking opened and the website crashed, by the time I got in the weekend slots were gone.",
        "What's the point of priority booking if the queue page freezes for an hour?",
        "Priority booking slots went in minutes, felt no better than public sale.",
    ]),
    ("preview", "Member events and priority booking", "Member preview evenings", "pos", 14, False, {"Patron": 4, "Joint": 1.5}, [
        "The member preview evening was magical, having the exhibition almost to ourselves.",
        "Preview evenings are the best part of being a member.",
        "Loved the curator talk at the preview evening.",
        "Preview evening was well organised and the drinks were a lovely touch.",
    ]),
    ("room", "Member events and priority booking", "Members room", "neg", 5, False, {"Patron": 2.5, "Joint": 1.5}, [
        "The members room is so crowded at weekends you can't get a seat.",
        "Members room felt like a second public cafe, no space for actual members.",
    ]),
    ("magazine", "Member events and priority booking", "Members magazine and e-news", "pos", 5, False, {"Patron": 1.5}, [
        "The members magazine is a joy to read.",
        "Enjoy the magazine and the monthly e-news.",
    ]),
    ("guest", "Member events and priority booking", "Booking member tickets online", "neg", 4, False, {"Joint": 2, "Family": 2}, [
        "The guest discount wasn't applied when I booked member tickets online.",
        "Booking a guest ticket online as a member is confusing, had to call.",
    ]),
    ("price", "Renewing membership", "Auto-renewal by Direct Debit", "neg", 7, False, {"Individual": 1.5, "Joint": 1.5}, [
        "The renewal price went up by 12 pounds and nobody told me until it left my account.",
        "Price rise on renewal wasn't clearly explained, feels sneaky.",
        "Renewal price increase is too much for what we use.",
        "I'm reconsidering renewal after the price rise.",
    ]),
    ("renewok", "Renewing membership", "Renewal reminder email", "pos", 6, False, {"Patron": 1.5}, [
        "Renewal reminder was clear and renewing took two minutes.",
        "Easy to renew online, thanks for the reminder.",
    ]),
    ("winback", "Renewing membership", "Lapsed member win-back", "mix", 2, False, {}, [
        "Got a win-back offer after I lapsed, nice but a bit late.",
    ]),
    ("giftlate", "Gift memberships", "Gift pack delivery", "neg", 4, False, {"Family": 1.5}, [
        "The gift pack arrived after the birthday.",
        "Paid for first class but the gift pack took nine days.",
    ]),
    ("giftcode", "Gift memberships", "Gift activation code", "neg", 25, True, {"Individual": 1.5, "Joint": 1.5}, [
        "My mum's gift code says invalid when she tries to activate it.",
        "The activation code from the Mother's Day gift pack doesn't work online.",
        "Gift code rejected twice, had to email supporter care to activate.",
        "Recipient couldn't activate the gift, the code was not recognised.",
    ]),
    ("giftgood", "Gift memberships", "Gift membership purchase", "pos", 6, False, {"Family": 1.5}, [
        "Buying a gift membership was easy and the pack looked lovely.",
        "Great gift idea, my dad was thrilled.",
    ]),
    ("value", "", "", "pos", 12, False, {"Patron": 2, "Family": 1.5}, [
        "Membership is worth it, we've been five times this year.",
        "Worth every penny for the free exhibitions.",
        "Great value if you visit more than twice a year.",
    ]),
]

JUNK = ["", ".", "n/a", "N/A", "-"]
CONTACT_V = [
    "Please call me back about my refund for the cancelled slot on 07700 900461.",
    "Booking fee charged twice, email me at dan.hughes@example.com to sort it.",
]
CONTACT_M = [
    "My card never arrived, contact me at priya.natarajan@example.co.uk please.",
    "App won't let me in, ring 020 7946 0123 and ask for Mr Okafor.",
]


def pick_score(rng, sentiment, kind):
    if kind == "nps":
        if sentiment == "neg":
            return rng.choices(range(0, 11), weights=[1, 1, 2, 3, 4, 6, 7, 6, 3, 1, 0.3])[0]
        if sentiment == "pos":
            return rng.choices(range(0, 11), weights=[0, 0, 0, 0, 0, 0, 0.3, 1, 3, 7, 8])[0]
        return rng.choices(range(0, 11), weights=[0, 0, 0, 0, 1, 2, 4, 5, 3, 1, 0.5])[0]
    if sentiment == "neg":
        return rng.choices([1, 2, 3, 4, 5], weights=[3, 5, 4, 1, 0.2])[0]
    if sentiment == "pos":
        return rng.choices([1, 2, 3, 4, 5], weights=[0, 0, 0.4, 4, 6])[0]
    return rng.choices([1, 2, 3, 4, 5], weights=[0, 1, 4, 3, 0.5])[0]


def rand_day(rng, week_idx):
    return WEEKS[week_idx] + timedelta(days=rng.randrange(7))


EMERGING_RAMP = {7: 0.6, 8: 1.0, 9: 1.3}  # emerging themes grow over the last three weeks


class ThemeQuota:
    """Allocates themes to comment slots week by week in proportion to their weights, carrying the
    shortfall forward (error diffusion), so planted patterns are not drowned by sampling noise."""

    def __init__(self, themes):
        self.themes = themes
        self.owed = [0.0] * len(themes)

    def week(self, rng, week_idx, cnt):
        wk = WEEKS[week_idx]
        w = [0.0 if (t[5] and wk < EMERGING_FROM) else t[4] * (EMERGING_RAMP.get(week_idx, 1.0) if t[5] else 1.0)
             for t in self.themes]
        tot = sum(w)
        for i, x in enumerate(w):
            self.owed[i] += x * cnt / tot
        picks = []
        for i in range(len(self.themes)):
            k = int(self.owed[i])
            picks += [i] * k
            self.owed[i] -= k
        order = sorted(range(len(self.themes)), key=lambda i: (-self.owed[i], rng.random()))
        for i in order[: cnt - len(picks)]:
            picks.append(i)
            self.owed[i] -= 1
        rng.shuffle(picks)
        return [self.themes[i] for i in picks]


def seg_pick(rng, segs, bias):
    return rng.choices(segs, weights=[bias.get(s, 1.0) for s in segs])[0]


def build_visit(rng):
    rows = []
    per_week = [19, 20, 19, 20, 21, 22, 21, 24, 25, 24]  # 215
    n = 0
    quota = ThemeQuota(V_THEMES)
    for w, cnt in enumerate(per_week):
        for t in quota.week(rng, w, cnt):
            # theme first, then segment biased by theme
            key, stage, tp, sent, wt, emerging, bias, texts = t
            seg = seg_pick(rng, VSEG, bias)
            n += 1
            d = rand_day(rng, w)
            rows.append({"id": f"PV-{n:04d}", "date": d.isoformat(), "journey": VISIT, "stage": stage,
                         "touchpoint": tp, "channel": "post-visit email", "score": pick_score(rng, sent, "nps"),
                         "score_type": "nps", "segment": seg, "comment": rng.choice(texts)})
    # junk and contact rows
    for i, j in enumerate(JUNK[:4]):
        n += 1
        w = rng.randrange(10)
        rows.append({"id": f"PV-{n:04d}", "date": rand_day(rng, w).isoformat(), "journey": VISIT, "stage": "",
                     "touchpoint": "", "channel": "post-visit email", "score": "",
                     "score_type": "nps", "segment": rng.choice(VSEG), "comment": j})
    for text, (stage, tp) in zip(CONTACT_V, [("Booking timed tickets", "Timed slot picker"),
                                             ("Booking timed tickets", "Online ticket checkout")]):
        n += 1
        rows.append({"id": f"PV-{n:04d}", "date": rand_day(rng, rng.randrange(10)).isoformat(), "journey": VISIT,
                     "stage": stage, "touchpoint": tp, "channel": "post-visit email", "score": rng.choice([2, 3]),
                     "score_type": "nps", "segment": rng.choice(VSEG), "comment": text})
    rows.sort(key=lambda r: (r["date"], r["id"]))
    return rows


def build_cafe(rng):
    rows = []
    n = 0
    for w in range(10):
        for _ in range(rng.choice([5, 6, 6, 7])):
            key, tp, sent, wt, bias, texts = rng.choices(CAFE_THEMES, weights=[t[3] for t in CAFE_THEMES])[0]
            n += 1
            rows.append({"id": f"CF-{n:04d}", "date": rand_day(rng, w).isoformat(), "journey": VISIT,
                         "stage": "Cafe and shop", "touchpoint": tp, "channel": "till receipt QR",
                         "score": pick_score(rng, sent, "csat"), "score_type": "csat",
                         "segment": seg_pick(rng, VSEG, bias), "comment": rng.choice(texts)})
    n += 1
    rows.append({"id": f"CF-{n:04d}", "date": rand_day(rng, 4).isoformat(), "journey": VISIT, "stage": "Cafe and shop",
                 "touchpoint": "Courtyard cafe", "channel": "till receipt QR", "score": "", "score_type": "csat",
                 "segment": "Adult visitor", "comment": "-"})
    rows.sort(key=lambda r: (r["date"], r["id"]))
    return rows


def qualtrics_id(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "R_" + "".join(rng.choice(alphabet) for _ in range(15))


def build_memb(rng):
    rows = []
    per_week = [12, 13, 12, 13, 14, 15, 14, 17, 18, 17]  # 145
    quota = ThemeQuota(M_THEMES)
    for w, cnt in enumerate(per_week):
        for t in quota.week(rng, w, cnt):
            key, stage, tp, sent, wt, emerging, bias, texts = t
            d = datetime.combine(rand_day(rng, w), datetime.min.time()) + timedelta(minutes=rng.randrange(8 * 60, 22 * 60))
            rows.append({"ResponseId": qualtrics_id(rng), "RecordedDate": d.strftime("%d/%m/%Y %H:%M"),
                         "Programme": MEMB, "JourneyStage": stage, "TouchpointName": tp,
                         "MemberTier": seg_pick(rng, MSEG, bias), "Q1_Satisfaction": pick_score(rng, sent, "csat"),
                         "ScoreType": "csat", "Q2_Verbatim": rng.choice(texts), "_sort": d})
    for text, (stage, tp) in zip(CONTACT_M + ["n/a", "."],
                                 [("Member card and app", "Physical member card"),
                                  ("Member card and app", "Members app"), ("", ""), ("", "")]):
        d = datetime.combine(rand_day(rng, rng.randrange(10)), datetime.min.time()) + timedelta(hours=rng.randrange(9, 21))
        rows.append({"ResponseId": qualtrics_id(rng), "RecordedDate": d.strftime("%d/%m/%Y %H:%M"),
                     "Programme": MEMB, "JourneyStage": stage, "TouchpointName": tp,
                     "MemberTier": rng.choice(MSEG), "Q1_Satisfaction": rng.choice([1, 2, 3]) if stage else "",
                     "ScoreType": "csat", "Q2_Verbatim": text, "_sort": d})
    rows.sort(key=lambda r: r["_sort"])
    for r in rows:
        r.pop("_sort")
    return rows


def write_csv(path, rows, fields):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main():
    rng = random.Random(SEED)
    for sub in ("maps", "comments", "kpis"):
        (K / sub).mkdir(parents=True, exist_ok=True)
    with open(K / "maps" / "museum-visit.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(VISIT_MAP, f, sort_keys=False, allow_unicode=True, width=110)
    with open(K / "maps" / "membership.json", "w", encoding="utf-8") as f:
        json.dump(MEMB_MAP, f, indent=2, ensure_ascii=False)
        f.write("\n")

    c_fields = ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"]
    write_csv(K / "comments" / "post_visit_survey.csv", build_visit(rng), c_fields)
    write_csv(K / "comments" / "cafe_shop_csat.csv", build_cafe(rng), c_fields)
    m_fields = ["ResponseId", "RecordedDate", "Programme", "JourneyStage", "TouchpointName", "MemberTier",
                "Q1_Satisfaction", "ScoreType", "Q2_Verbatim"]
    write_csv(K / "comments" / "membership_survey_export.csv", build_memb(rng), m_fields)
    mapping = {"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
               "columns": {"comment": "Q2_Verbatim", "id": "ResponseId", "date": "RecordedDate",
                           "journey": "Programme", "stage": "JourneyStage", "touchpoint": "TouchpointName",
                           "segment": "MemberTier", "score": "Q1_Satisfaction", "score_type": "ScoreType"}}
    with open(K / "comments" / "membership_survey_export.mapping.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(mapping, f, sort_keys=False)

    k_fields = ["date", "metric", "value", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"]
    krng = random.Random(SEED + 1)
    write_csv(K / "kpis" / "visit_kpis.csv", kpi_rows(krng, VISIT), k_fields)
    write_csv(K / "kpis" / "membership_kpis.csv", kpi_rows(krng, MEMB), k_fields)
    print("wrote", K)


if __name__ == "__main__":
    main()
