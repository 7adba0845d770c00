#!/usr/bin/env python3
"""Generate the 'freight' blind evaluation knowledge base (Kestrel Freight & Parcel).

Deterministic: fixed seed. stdlib only. Writes knowledge/ and a stats.json used by gen_questions.py.
"""
import csv
import datetime as dt
import json
import os
import random
import re

SEED = 20261123
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, "knowledge")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- maps
# touchpoint tuple: (name, channel, owner, description, emotion, pain_points, opportunities, metrics)
J1 = {
    "id": "business-onboarding",
    "name": "Business account onboarding",
    "persona": "Logistics manager at a growing B2B shipper",
    "owner": "Customer Onboarding",
    "updated": "2026-11-02",
    "description": "From first enquiry to the first paid consignment of a new Kestrel business account.",
    "stages": [
        {
            "name": "Enquiry and quote",
            "goal": "Get a competitive rate card fast without a dozen back-and-forth emails",
            "emotion": 1,
            "pain_points": ["Quote form asks for volumes prospects don't know yet", "Rate card PDF is hard to compare with the current carrier"],
            "opportunities": ["Instant indicative quote on the website"],
            "touchpoints": [
                ("Website quote form", "web", "Marketing", "Lead form on kestrelfreight.example/quote", 0,
                 ["Too many mandatory fields"], ["Indicative price on submit"], ["quote_conversion_rate"]),
                ("Sales discovery call", "phone", "Inside Sales", "20-minute call to qualify volumes, lanes and service level", 1,
                 ["Reps sometimes call days after the form is sent"], [], []),
                ("Rate card proposal", "email", "Pricing team", "PDF rate card with zones, weight breaks and surcharges", 0,
                 ["Surcharges buried in the small print"], ["Side-by-side comparison sheet"], []),
                ("Account manager visit", "in person", "Field Sales", "On-site visit for accounts above 500 consignments a month", 2,
                 [], ["Use visit to pre-fill the credit application"], []),
            ],
        },
        {
            "name": "Credit check and contract",
            "goal": "Get credit terms approved and the contract signed so shipping can start",
            "emotion": -2,
            "pain_points": ["Credit approval takes over a week", "Trade references chased manually by email", "No visibility of where the application is"],
            "opportunities": ["Automated credit bureau check", "Status tracker for the application"],
            "touchpoints": [
                ("Credit application form", "web", "Credit Control", "Online form with company details, directors and bank details", -1,
                 ["Asks for the same info already given to Sales"], [], []),
                ("Trade reference check", "email", "Credit Control", "Credit Control emails two trade referees and waits for replies", -2,
                 ["Referees don't reply and nobody tells the customer", "Adds 5-10 days"], ["Replace with bureau data for low limits"], ["credit_approval_days"]),
                ("E-signature contract", "email", "Legal and Contracts", "DocuSign-style contract with terms and SLA schedule", 1,
                 [], [], []),
                ("Credit limit decision", "email", "Credit Control", "Email with approved limit and payment terms", -1,
                 ["Limit often lower than requested with no explanation"], [], []),
            ],
        },
        {
            "name": "Account setup",
            "goal": "Get account numbers, logins and collection addresses configured correctly",
            "emotion": 0,
            "pain_points": ["Portal login and 2FA loops", "Collection addresses set up wrong"],
            "opportunities": ["Single welcome pack with everything in one place"],
            "touchpoints": [
                ("Welcome email", "email", "Customer Onboarding", "Account number, portal link and key contacts", 1, [], [], []),
                ("Kestrel Hub portal login", "web", "Digital Products", "Customer portal for booking, tracking, invoices and claims", -1,
                 ["Activation link expires after 24h", "2FA code never arrives"], ["SSO for enterprise accounts"], []),
                ("Collection address setup", "web", "Customer Onboarding", "Adding depots/warehouses and opening hours", 0,
                 ["Opening hours field ignored by planning"], [], []),
                ("Onboarding kickoff call", "video", "Customer Onboarding", "45-minute call with the onboarding specialist", 2, [], [], []),
            ],
        },
        {
            "name": "Integration",
            "goal": "Connect our order and warehouse systems so bookings and labels flow automatically",
            "emotion": -1,
            "pain_points": ["API sandbox differs from production", "Docs out of date", "Label printer drivers"],
            "opportunities": ["Postman collection and working code samples", "Certified plugins for common platforms"],
            "touchpoints": [
                ("Shipping API sandbox", "api", "Integrations team", "REST sandbox for booking, labels and tracking webhooks", -1,
                 ["Sandbox token expires hourly", "Rate limits differ from production"], [], ["api_integration_success_rate"]),
                ("EDI mapping", "edi", "Integrations team", "EDIFACT/X12 mapping for large shippers' ERPs", -1,
                 ["Mapping workshops take weeks", "Only one EDI specialist"], [], []),
                ("Shopify and WooCommerce plugin", "web", "Digital Products", "E-commerce plugin that books and prints labels", 1, [], [], []),
                ("Label printer setup", "remote support", "Integrations team", "Thermal printer (Zebra) driver and label format setup", -1,
                 ["Labels print at the wrong size", "Drivers for old printers"], [], []),
                ("Developer docs", "web", "Digital Products", "developer.kestrelfreight.example API reference", -1,
                 ["Examples use the old v1 endpoints"], [], []),
            ],
        },
        {
            "name": "First shipment",
            "goal": "Ship the first consignment without a hitch and get a correct first invoice",
            "emotion": 1,
            "pain_points": ["First invoice has unexpected surcharges"],
            "opportunities": ["Annotated first invoice"],
            "touchpoints": [
                ("Test consignment", "depot", "Depot Operations", "A supervised first collection and delivery", 1, [], [], []),
                ("Go-live check-in call", "phone", "Customer Onboarding", "Call after the first week of shipping", 1, [], [], ["onboarding_time_days"]),
                ("First invoice", "email", "Billing", "First monthly invoice with consignment detail", -1,
                 ["Fuel and remote-area surcharges not explained"], [], []),
            ],
        },
    ],
}

J2 = {
    "id": "shipment-lifecycle",
    "name": "Shipment booking, tracking and claims",
    "persona": "Shipping clerk at a business account",
    "owner": "Customer Operations",
    "updated": "2026-11-09",
    "description": "Day-to-day life of a consignment for an existing account: book, collect, track, deliver, claim and pay.",
    "stages": [
        {
            "name": "Booking",
            "goal": "Book a collection and print labels in a couple of minutes",
            "emotion": 1,
            "pain_points": ["Bulk upload rejects whole file for one bad row", "Dangerous goods form is confusing"],
            "opportunities": ["Row-level validation on upload"],
            "touchpoints": [
                ("Kestrel Hub booking screen", "web", "Digital Products", "Single consignment booking in the portal", 1, [], [], ["portal_booking_share"]),
                ("Bulk CSV upload", "web", "Digital Products", "Upload of many consignments from a spreadsheet", -1,
                 ["One bad postcode fails the whole file"], [], []),
                ("Phone booking line", "phone", "Customer Service", "Bookings taken by the contact centre", 0, ["Long hold times on Monday mornings"], [], []),
                ("Dangerous goods declaration", "web", "Compliance team", "ADR / lithium battery declaration step", -1,
                 ["UN number lookup missing"], [], []),
            ],
        },
        {
            "name": "Collection",
            "goal": "Driver collects within the booked window, first time",
            "emotion": 0,
            "pain_points": ["Missed collections with no warning"],
            "opportunities": ["Live driver ETA for collections"],
            "touchpoints": [
                ("Collection window SMS", "sms", "Collections team", "Text with a 2-hour collection window on the day", 1, [], [], []),
                ("Driver collection", "in person", "Depot Operations", "Driver picks up parcels/pallets at the customer's dock", 1,
                 ["Driver turns up after the warehouse closes"], [], ["first_time_collection_rate"]),
                ("Missed collection rebooking", "phone", "Customer Service", "Rebooking after a failed or missed collection", -2,
                 ["Customer has to chase", "Rebooked for the next day only"], [], []),
            ],
        },
        {
            "name": "Tracking",
            "goal": "Know where every shipment is without having to chase anyone",
            "emotion": -1,
            "pain_points": ["Status stuck at 'arrived at hub' since the new hub scanning system", "Customs holds not explained"],
            "opportunities": ["Proactive delay alerts"],
            "touchpoints": [
                ("Tracking page", "web", "Digital Products", "Public and portal tracking by consignment number", -1,
                 ["Scans missing after hub system upgrade"], [], []),
                ("Status notification emails", "email", "Digital Products", "Emails on collected / out for delivery / delivered", 0, [], [], []),
                ("Live chat", "chat", "Customer Service", "Chat in the portal, 7am-8pm", 1, [], [], ["chat_first_response_time"]),
                ("Customs clearance updates", "email", "Customs Brokerage", "Emails about customs holds and documents for EU lanes", -1,
                 ["Jargon-heavy requests for documents"], [], []),
            ],
        },
        {
            "name": "Delivery",
            "goal": "Goods arrive on time, intact, with proof of delivery",
            "emotion": 1,
            "pain_points": ["Failed deliveries when the consignee is closed"],
            "opportunities": ["Safe place options for B2C end customers"],
            "touchpoints": [
                ("Delivery ETA text", "sms", "Last-mile Operations", "1-hour ETA text to the consignee", 1, [], [], []),
                ("Proof of delivery", "app", "Last-mile Operations", "Photo + signature POD in the portal", 2, [], [], []),
                ("Failed delivery card", "in person", "Last-mile Operations", "Card left when delivery fails", -1,
                 ["Card left without even knocking"], [], []),
                ("Pallet tail-lift delivery", "in person", "Linehaul", "Pallet deliveries needing a tail-lift vehicle", 0,
                 ["Tail-lift not sent even when booked"], [], ["on_time_delivery_rate"]),
            ],
        },
        {
            "name": "Claims and billing",
            "goal": "Get damage or loss claims settled fairly and invoices that are right first time",
            "emotion": -2,
            "pain_points": ["Claims take weeks to settle", "Too much evidence asked for", "Surprise surcharges on invoices"],
            "opportunities": ["Fast-track settlement for low-value claims", "Surcharge calculator at booking"],
            "touchpoints": [
                ("Damage claim form", "web", "Claims team", "Portal form for damage, loss and shortage claims", -2,
                 ["Needs photos of the packaging, invoice and POD before it submits"], [], []),
                ("Claims adjuster email", "email", "Claims team", "Adjuster's requests for more evidence", -1, [], [], []),
                ("Claim settlement", "bank transfer", "Claims team", "Decision and payout of the claim", -2,
                 ["Payout capped per kg", "Weeks with no update"], [], ["claims_resolution_days"]),
                ("Invoice and surcharges", "email", "Billing", "Monthly invoice with fuel, remote-area and re-delivery surcharges", -1,
                 ["Fuel surcharge changes without notice"], [], []),
                ("Account manager escalation", "phone", "Account Management", "Escalation to the named account manager", 0, [], [], []),
            ],
        },
    ],
}
JOURNEYS = [J1, J2]


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def write_map(j, path, comment):
    out = ["# " + comment, f"id: {j['id']}", f"name: {yq(j['name'])}", f"persona: {yq(j['persona'])}",
           f"owner: {yq(j['owner'])}", f"updated: {j['updated']}", f"description: {yq(j['description'])}", "stages:"]
    for st in j["stages"]:
        out.append(f"  - name: {yq(st['name'])}")
        out.append(f"    goal: {yq(st['goal'])}")
        out.append(f"    emotion: {st['emotion']}")
        out.append("    pain_points: [" + ", ".join(yq(p) for p in st["pain_points"]) + "]")
        out.append("    opportunities: [" + ", ".join(yq(p) for p in st["opportunities"]) + "]")
        out.append("    touchpoints:")
        for (name, ch, own, desc, emo, pains, opps, mets) in st["touchpoints"]:
            out.append(f"      - name: {yq(name)}")
            out.append(f"        channel: {yq(ch)}")
            out.append(f"        owner: {yq(own)}")
            out.append(f"        description: {yq(desc)}")
            out.append(f"        emotion: {emo}")
            if pains:
                out.append("        pain_points: [" + ", ".join(yq(p) for p in pains) + "]")
            if opps:
                out.append("        opportunities: [" + ", ".join(yq(p) for p in opps) + "]")
            if mets:
                out.append("        metrics: [" + ", ".join(mets) + "]")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- comments
# per touchpoint: NPS counts (promoters, passives, detractors) or CSAT counts {score: n}
# texts: pos / neu / neg pools; "late" = emerging-issue texts, dated in November only
NPS_SPEC = {
    # business-onboarding
    ("Enquiry and quote", "Website quote form"): (2, 2, 1),
    ("Enquiry and quote", "Sales discovery call"): (3, 1, 1),
    ("Enquiry and quote", "Rate card proposal"): (2, 2, 1),
    ("Enquiry and quote", "Account manager visit"): (8, 2, 0),
    ("Credit check and contract", "Credit application form"): (1, 2, 2),
    ("Credit check and contract", "Trade reference check"): (1, 1, 8),
    ("Credit check and contract", "E-signature contract"): (3, 1, 1),
    ("Credit check and contract", "Credit limit decision"): (1, 1, 3),
    ("Account setup", "Kestrel Hub portal login"): (2, 2, 6),
    ("Account setup", "Collection address setup"): (2, 2, 1),
    ("Account setup", "Onboarding kickoff call"): (4, 1, 0),
    ("Integration", "Shipping API sandbox"): (3, 2, 5),
    ("Integration", "EDI mapping"): (1, 1, 3),
    ("Integration", "Shopify and WooCommerce plugin"): (3, 1, 1),
    ("Integration", "Label printer setup"): (1, 1, 3),
    ("First shipment", "Test consignment"): (3, 1, 1),
    ("First shipment", "First invoice"): (1, 2, 2),
    # shipment-lifecycle
    ("Booking", "Kestrel Hub booking screen"): (5, 3, 2),
    ("Booking", "Bulk CSV upload"): (2, 1, 2),
    ("Booking", "Dangerous goods declaration"): (1, 2, 2),
    ("Collection", "Collection window SMS"): (3, 1, 1),
    ("Collection", "Driver collection"): (6, 2, 2),
    ("Tracking", "Tracking page"): (3, 2, 5),
    ("Tracking", "Status notification emails"): (2, 2, 1),
    ("Tracking", "Customs clearance updates"): (1, 1, 3),
    ("Delivery", "Delivery ETA text"): (3, 1, 1),
    ("Delivery", "Proof of delivery"): (4, 1, 0),
    ("Delivery", "Failed delivery card"): (1, 1, 3),
    ("Delivery", "Pallet tail-lift delivery"): (2, 1, 2),
    ("Claims and billing", "Damage claim form"): (0, 1, 4),
    ("Claims and billing", "Claim settlement"): (1, 1, 8),
    ("Claims and billing", "Invoice and surcharges"): (1, 1, 3),
}
CSAT_SPEC = {
    ("Account setup", "Welcome email"): {5: 3, 4: 2, 3: 1},
    ("Integration", "Developer docs"): {5: 1, 4: 1, 3: 2, 2: 3, 1: 1},
    ("First shipment", "Go-live check-in call"): {5: 3, 4: 2, 2: 1},
    ("Booking", "Phone booking line"): {5: 2, 4: 3, 3: 2, 2: 2, 1: 1},
    ("Collection", "Missed collection rebooking"): {5: 1, 4: 1, 3: 1, 2: 3, 1: 4},
    ("Tracking", "Live chat"): {5: 7, 4: 4, 3: 1, 2: 1, 1: 1},
    ("Claims and billing", "Claims adjuster email"): {4: 2, 3: 2, 2: 4, 1: 4},
    ("Claims and billing", "Account manager escalation"): {5: 2, 4: 2, 3: 2, 2: 1, 1: 1},
}

TEXTS = {
    "Website quote form": {
        "pos": ["form was quick, got a call back same afternoon", "easy enough to fill in, liked that i could add pallet + parcel volumes"],
        "neu": ["ok but it wants monthly volumes we dont have yet", "fine. bit long"],
        "neg": ["12 mandatory fields just to get a price?? gave up first time and emailed instead"],
    },
    "Sales discovery call": {
        "pos": ["rep actually understood our lanes (uk + ireland) and didnt waffle", "Good call, Tom knew his stuff on pallet networks", "really helpful call tbh"],
        "neu": ["call was fine, a bit salesy"],
        "neg": ["sent the form on monday, first call was the following thurs. our current carrier would of lost us by then"],
    },
    "Rate card proposal": {
        "pos": ["rates came in well under our current carrier", "clear weight breaks, easy to model"],
        "neu": ["rate card ok but hard to compare with what we pay now", "decent prices, PDF is a pain to read"],
        "neg": ["surcharges hidden on page 7 of the pdf, not impressed"],
    },
    "Account manager visit": {
        "pos": ["Priya came on site and walked the warehouse with us - brilliant", "the visit made all the difference, felt like a partner not a supplier",
                "account manager visit was excellent, answered every q from our ops team", "top marks for the site visit",
                "Priya again, superstar. sorted our pallet sizes on the spot", "great visit, very knowledgable",
                "loved that they came to us", "best part of the whole onboarding"],
        "neu": ["visit was useful but ran over by an hour", "good visit, shame the follow up took a week"],
        "neg": [],
    },
    "Credit application form": {
        "pos": ["form was straightforward"],
        "neu": ["asks for the same stuff we already gave sales", "ok. why do you need all directors home addresses?"],
        "neg": ["had to re-enter everything we told the sales guy, then it timed out and lost it", "form crashed twice on the bank details page"],
    },
    "Trade reference check": {
        "pos": ["references done in 2 days, fair enough"],
        "neu": ["took a while for the references but got there"],
        "neg": ["credit check took 9 days because one of our referees was on holiday. nobody told us",
                "trade references are so 1995. we lost a week of shipping waiting on them",
                "chased credit control 4 times about the references, no answers",
                "why cant you just use a credit bureau like everyone else?? 10 days waiting",
                "the reference check is the worst bit, no visibility at all where the application is",
                "waited 8 working days for credit approval. almost signed with someone else",
                "refs check = black hole",
                "Credit team kept emailing our referee at the wrong address. a week wasted"],
    },
    "E-signature contract": {
        "pos": ["docusign was painless", "signed on my phone in 5 mins, great", "contract was clear and the SLA schedule made sense"],
        "neu": ["fine"],
        "neg": ["contract came with the wrong company name on it, had to redo"],
    },
    "Credit limit decision": {
        "pos": ["got the limit we asked for"],
        "neu": ["limit ok for now, will need more at peak"],
        "neg": ["limit was half what we asked for and no explanation why", "30 day terms turned into 14 days with zero discussion", "credit limit email was just a number, no reasoning"],
    },
    "Kestrel Hub portal login": {
        "pos": ["portal login was easy once the IT guy set it up", "no issues logging in"],
        "neu": ["had to reset pw twice but its ok now", "login fine, 2FA a bit annoying"],
        "neg": ["activation link expired before i even saw the email (24h??)", "2FA code never arrives, support had to turn it off for me",
                "stuck in a password reset loop for 2 days", "cant add colleagues as users without calling someone",
                "login broken on safari", "portal wouldnt let me in for the first week. embarassing for you guys"],
    },
    "Collection address setup": {
        "pos": ["adding our 3 warehouses was simple", "address setup fine, good postcode lookup"],
        "neu": ["ok but the opening hours field doesnt seem to do anything", "fine"],
        "neg": ["you set up our collection address as the head office. driver went to a building with no dock"],
    },
    "Onboarding kickoff call": {
        "pos": ["kickoff call with Sam was great, clear plan and dates", "really well run call, we knew exactly what happened next",
                "onboarding specialist was ace", "kick off call = very helpful"],
        "neu": ["good call, a bit long"],
        "neg": [],
    },
    "Shipping API sandbox": {
        "pos": ["api is nice and RESTful, had labels printing in a day", "sandbox worked first time, webhooks solid", "good API, sensible json"],
        "neu": ["sandbox ok but token expires every hour which is annoying", "works but sandbox data is not like prod"],
        "neg": ["sandbox and prod behave differently, found out on go-live day", "auth token expires hourly and nothing in the docs about refresh"],
        "late": ["getting 429 rate limit errors on the booking endpoint since last week, at like 20 req/min?!",
                 "api keeps throwing 429 too many requests during our afternoon label run. this is new",
                 "rate limit errors out of nowhere this month, our warehouse couldnt print labels for 2 hours"],
    },
    "EDI mapping": {
        "pos": ["edi team knew x12 inside out"],
        "neu": ["edi mapping got there in the end"],
        "neg": ["EDI mapping workshops took 6 weeks. there is one person who knows it", "our SAP team waited weeks for the EDIFACT spec", "edi onboarding is painfully slow for an enterprise account"],
    },
    "Shopify and WooCommerce plugin": {
        "pos": ["shopify plugin installed in 10 mins, labels straight away", "woocommerce plugin is great for a small shop like us", "plugin just works"],
        "neu": ["plugin ok, cant do multi-parcel orders"],
        "neg": ["plugin broke after the woo update"],
    },
    "Label printer setup": {
        "pos": ["remote support sorted our zebra in 20 min"],
        "neu": ["printer ok now"],
        "neg": ["labels printing at the wrong size on our zebra, 3 calls to fix", "no driver for our older thermal printer, had to buy a new one", "label setup was a nightmare"],
    },
    "Developer docs": {
        "pos": ["docs are good"],
        "neu": ["docs ok but examples are for v1", "decent reference, need more samples"],
        "neg": ["docs out of date, examples use the old v1 endpoints", "no postman collection?? in 2026??", "half the error codes arent documented", "dev docs are poor"],
    },
    "Test consignment": {
        "pos": ["test consignment went perfectly, depot team were great", "first shipment was smooth", "nice that someone watched the first collection with us"],
        "neu": ["test ok"],
        "neg": ["test pallet delivered a day late, not a great start"],
    },
    "Go-live check-in call": {
        "pos": ["check in call was nice touch", "good to talk after week 1", "helpful go-live call, fixed our label issue"],
        "neu": [],
        "neg": ["check-in call was just a sales pitch for more services"],
    },
    "First invoice": {
        "pos": ["first invoice matched the quote"],
        "neu": ["invoice ok, a bit hard to read", "what is the remote area surcharge?"],
        "neg": ["first invoice 18% higher than the quote, fuel surcharge never explained", "invoice full of surcharges nobody mentioned"],
    },
    "Welcome email": {
        "pos": ["welcome email had everything i needed", "clear welcome pack", "nice welcome email"],
        "neu": ["ok"],
        "neg": [],
    },
    "Kestrel Hub booking screen": {
        "pos": ["booking screen is quick, 2 mins per consignment", "portal booking is easy, saved addresses help a lot", "love the new booking screen",
                "booking online is so much faster than calling", "easy to book"],
        "neu": ["booking ok, would like to copy a previous booking", "fine", "decent but slow on mondays"],
        "neg": ["booking screen times out if you take a phone call mid booking", "cant book a timed delivery online"],
    },
    "Bulk CSV upload": {
        "pos": ["bulk upload saves us hours", "csv upload good"],
        "neu": ["works if your spreadsheet is perfect"],
        "neg": ["one bad postcode and the whole 300 row file fails. no idea which row", "bulk upload rejects the file with 'error 500' and nothing else"],
    },
    "Phone booking line": {
        "pos": ["lovely lady on the phone booked it all for me", "phone booking quick"],
        "neu": ["ok", "fine once you get through"],
        "neg": ["25 min on hold on a monday morning to book one pallet", "hold music for ages"],
    },
    "Dangerous goods declaration": {
        "pos": ["DG form clear"],
        "neu": ["lithium battery section confusing", "ok"],
        "neg": ["no UN number lookup, had to google it", "dangerous goods step makes no sense for small lithium batteries"],
    },
    "Collection window SMS": {
        "pos": ["2 hour window text is really useful for the warehouse", "sms window accurate", "good sms"],
        "neu": ["sms ok but window sometimes wrong"],
        "neg": ["text said 2-4pm, driver came at 5:45"],
    },
    "Driver collection": {
        "pos": ["drivers are always friendly and helpful", "Dave our regular driver is a legend", "driver helped load the pallets, great service",
                "collections always on time lately", "drivers v polite", "good driver"],
        "neu": ["driver fine, sometimes late", "ok"],
        "neg": ["driver turned up after we closed at 5, parcels sat another day", "missed collection twice this month, no warning"],
    },
    "Missed collection rebooking": {
        "pos": ["rebooked quick, no fuss"],
        "neu": ["got rebooked for tomorrow, ok"],
        "neg": ["had to chase to find out the collection was missed. rebooked for NEXT day only", "missed collection, customer service just said 'tomorrow'",
                "nobody calls you when the driver doesnt show, you find out at 6pm", "rebooking took 3 calls", "terrible, we missed a customer deadline",
                "same day rebook impossible apparently"],
    },
    "Tracking page": {
        "pos": ["tracking is clear and updates fast", "tracking page good", "like the map view"],
        "neu": ["tracking ok"],
        "neg": ["tracking doesnt show the customs hold, just 'in transit'"],
        "late": ["tracking stuck at 'arrived at hub' for 3 days then suddenly delivered??",
                 "since the start of nov half our parcels show arrived at hub and nothing after",
                 "stuck at hub AGAIN. our customers are calling us every day",
                 "what happened to the tracking?? no scans after the hub for days"],
    },
    "Status notification emails": {
        "pos": ["delivered emails are handy for our CS team", "notifications good"],
        "neu": ["too many emails tbh", "ok"],
        "neg": ["out for delivery email came after it was already delivered"],
    },
    "Live chat": {
        "pos": ["live chat answered in under a minute, sorted", "chat is the best way to reach you", "Jess on chat was brilliant", "chat agents are quick and know their stuff",
                "live chat 10/10", "quick chat, problem solved", "love the chat"],
        "neu": ["chat ok, had to wait a bit today", "fine"],
        "neg": ["waited 20 mins on chat during the tracking outage", "chat bot loop before a human"],
    },
    "Customs clearance updates": {
        "pos": ["customs team explained exactly what docs were needed"],
        "neu": ["customs emails ok but full of jargon"],
        "neg": ["parcel held at customs for 5 days, email asked for an EORI we already gave you", "customs email in legalese, what is a commodity code even", "EU shipments held with no explanation"],
    },
    "Delivery ETA text": {
        "pos": ["1 hour ETA text is great for our customers", "eta texts accurate", "customers love the eta"],
        "neu": ["eta ok"],
        "neg": ["eta text said 10-11, arrived 4pm"],
    },
    "Proof of delivery": {
        "pos": ["photo POD has saved us so many disputes", "POD in the portal straight away, brill", "signature + photo proof is excellent", "pod photos great"],
        "neu": ["pod ok"],
        "neg": [],
    },
    "Failed delivery card": {
        "pos": ["card was clear on how to rebook"],
        "neu": ["card ok"],
        "neg": ["card left and the driver didnt even knock, we were open", "failed delivery card when reception was staffed all day", "'sorry we missed you' - no you didnt, nobody came"],
    },
    "Pallet tail-lift delivery": {
        "pos": ["tail lift guys careful with the pallets", "pallet delivery on time"],
        "neu": ["ok"],
        "neg": ["booked tail-lift, they sent a normal van and couldnt unload", "pallet came a day late, tail lift not available"],
    },
    "Damage claim form": {
        "pos": [],
        "neu": ["claim form ok but long"],
        "neg": ["claim form wont submit without photos of the packaging, which we binned", "need invoice, POD, packaging photos and a letter. for a £40 item",
                "claim form crashes when uploading photos", "claims portal is designed to make you give up"],
    },
    "Claims adjuster email": {
        "pos": ["adjuster was fair", "quick reply from claims"],
        "neu": ["asked for more evidence but polite", "ok"],
        "neg": ["adjuster asks for the same documents 3 times", "every email from claims is a new person", "claims just copy paste the T&Cs at you", "no reply for 2 weeks"],
    },
    "Claim settlement": {
        "pos": ["claim paid in full, took a while but fair"],
        "neu": ["settled but only after i escalated"],
        "neg": ["claim took 5 weeks to settle and they capped it per kg. paid £12 for a £300 item", "still waiting on a claim from september",
                "claims process is the reason we're looking at other carriers", "six weeks and no decision on our claim", "claim rejected, 'insufficient packaging'. it was a pallet wrapped like a mummy",
                "claims = joke", "payout took forever", "weeks with no update on our lost parcel claim"],
    },
    "Invoice and surcharges": {
        "pos": ["invoices are clear"],
        "neu": ["invoice ok, fuel surcharge varies a lot"],
        "neg": ["fuel surcharge went up without any notice", "remote area surcharge for a postcode in Leeds??", "re-delivery surcharges when YOUR driver failed the delivery"],
    },
    "Account manager escalation": {
        "pos": ["Priya sorted it in a day once escalated", "account manager came through"],
        "neu": ["escalation worked eventually", "ok"],
        "neg": ["have to escalate everything to get anywhere", "account manager on leave, no cover"],
    },
}

SEGMENT_FORCE = {
    "EDI mapping": "Enterprise",
    "Shopify and WooCommerce plugin": "SME",
    "Account manager visit": None,  # random between Mid-market and Enterprise
}
PERSONA = {
    "Enquiry and quote": "Logistics manager", "Credit check and contract": "Finance / AP", "Account setup": "Logistics manager",
    "Integration": "IT developer", "First shipment": "Logistics manager", "Booking": "Shipping clerk", "Collection": "Warehouse supervisor",
    "Tracking": "Shipping clerk", "Delivery": "Warehouse supervisor", "Claims and billing": "Finance / AP",
}
CUSTOMERS = {
    "SME": ["Brewhaus Coffee Ltd", "Pedalworks Cycles", "Little Fern Candles", "Northgate Tiles", "Hoxton Print Co", "Willow & Wax", "Ridgeway Pet Supplies"],
    "Mid-market": ["Calder Office Supplies", "Marrow Kitchenware", "Brightline Electricals", "Fennwick Garden Centres", "Oakridge Auto Parts"],
    "Enterprise": ["Halvorsen Retail Group", "Meridian Pharma Distribution", "Tallis Home & DIY", "Corvane Industrial"],
}

START = dt.date(2026, 9, 1)
END = dt.date(2026, 11, 23)   # newest dated item in the base
LATE_START = dt.date(2026, 11, 3)
EARLY_END = dt.date(2026, 10, 20)


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def journey_of(stage):
    for j in JOURNEYS:
        for st in j["stages"]:
            if st["name"] == stage:
                return j
    raise KeyError(stage)


def channel_of(stage, tp):
    for j in JOURNEYS:
        for st in j["stages"]:
            if st["name"] == stage:
                for t in st["touchpoints"]:
                    if t[0] == tp:
                        return t[1]
    raise KeyError(tp)


def pick(rng, pool, used):
    """pick from a pool, preferring unused texts; on reuse add a light variation."""
    fresh = [t for t in pool if t not in used]
    if fresh:
        t = rng.choice(fresh)
    else:
        t = rng.choice(pool)
        t = rng.choice(["", "again - ", "same as last time, ", "tbh ", ""]) + t + rng.choice(["", " !", " ...", " again", ""])
    used.add(t)
    return t


def segment_for(rng, tp, stage):
    if tp == "EDI mapping":
        return "Enterprise"
    if tp == "Shopify and WooCommerce plugin":
        return "SME"
    if tp == "Account manager visit":
        return rng.choice(["Mid-market", "Enterprise"])
    return rng.choice(["SME", "SME", "Mid-market", "Enterprise"])


def gen_comments():
    rng = random.Random(SEED)
    nps_rows, csat_rows = [], []
    short = ["ok", "n/a", "meh", "no comment", "\U0001F44D", "fine i guess"]
    short_i = 0
    # ---- NPS survey (canonical columns)
    n = 0
    for (stage, tp), (P, Pa, D) in NPS_SPEC.items():
        pools = TEXTS[tp]
        used = set()
        late = list(pools.get("late", []))
        scores = [rng.choice([9, 10]) for _ in range(P)] + [rng.choice([7, 8]) for _ in range(Pa)] + \
                 [rng.choice([0, 1, 2, 3, 4, 5, 6]) for _ in range(D)]
        # claim settlement: scores = [P, Pa, D x8] -> Enterprise P,Pa,D,D,D (NPS -40); SME D x5 (NPS -100)
        cs_segments = ["Enterprise"] * 5 + ["SME"] * 5
        for i, sc in enumerate(scores):
            kind = "pos" if sc >= 9 else ("neu" if sc >= 7 else "neg")
            if kind == "neg" and late:
                text = late.pop(0)
                date = rand_date(rng, LATE_START, END - dt.timedelta(days=1))
            else:
                pool = pools[kind] or pools["neu"] or pools["pos"]
                text = pick(rng, pool, used)
                if tp in ("Tracking page", "Shipping API sandbox"):
                    date = rand_date(rng, START, EARLY_END)
                else:
                    date = rand_date(rng, START, END - dt.timedelta(days=1))
                if kind == "neu" and short_i < len(short) and rng.random() < 0.2 and tp not in ("Tracking page", "Shipping API sandbox"):
                    text = short[short_i]
                    short_i += 1
            seg = cs_segments[i] if tp == "Claim settlement" else segment_for(rng, tp, stage)
            n += 1
            nps_rows.append({
                "id": f"NPS-{n:04d}", "date": date.isoformat(), "journey": journey_of(stage)["name"], "stage": stage,
                "touchpoint": tp, "channel": channel_of(stage, tp), "score": sc, "score_type": "nps", "segment": seg,
                "customer": rng.choice(CUSTOMERS[seg]), "persona": PERSONA[stage], "comment": text,
            })
    # newest item: one comment exactly on END so the newest dated item is 2026-11-23 (also the last KPI week)
    nps_rows[-1]["date"] = END.isoformat()
    rng.shuffle(nps_rows)
    nps_rows.sort(key=lambda r: r["date"])
    # ---- helpdesk CSAT export (in-house tool, own column names + mapping file)
    tid = 48200
    for (stage, tp), dist in CSAT_SPEC.items():
        pools = TEXTS[tp]
        used = set()
        for sc in sorted(dist, reverse=True):
            for _ in range(dist[sc]):
                kind = "pos" if sc >= 4 else ("neu" if sc == 3 else "neg")
                pool = pools[kind] or pools["neu"] or pools["pos"]
                text = pick(rng, pool, used)
                if tp == "Live chat" and "outage" in text:
                    date = rand_date(rng, LATE_START, END - dt.timedelta(days=1))
                else:
                    date = rand_date(rng, START, END - dt.timedelta(days=1))
                seg = segment_for(rng, tp, stage)
                tid += rng.randint(3, 40)
                csat_rows.append({
                    "Ticket ID": f"ZD-{tid}", "Closed On": date.strftime("%d/%m/%Y") + f" {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
                    "Feedback": text, "Satisfaction (1-5)": sc, "Survey Type": "csat",
                    "Flow": journey_of(stage)["name"].lower(), "Step": stage.lower(), "Contact point": tp,
                    "Account tier": seg, "Queue": rng.choice(["Tier 1", "Tier 2", "Onboarding"]) if journey_of(stage)["id"] == "business-onboarding" else rng.choice(["Tier 1", "Tier 2"]),
                    "_date": date.isoformat(),
                })
    rng.shuffle(csat_rows)
    return nps_rows, csat_rows


MONDAYS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
# shape A: journey/stage KPIs with targets, units and direction
KPI_A = {
    # metric: (journey, stage, unit, target, higher_is_better, values)
    "onboarding_time_days": ("business-onboarding", "", "days", 10, "false",
                             [18.5, 18.2, 17.9, 17.6, 17.6, 17.1, 16.4, 15.8, 15.2, 14.9, 14.1, 13.6]),
    "credit_approval_days": ("business-onboarding", "Credit check and contract", "days", 3, "false",
                             [6.8, 7.1, 7.0, 7.4, 7.3, 7.6, 7.2, 7.5, 7.9, 8.1, 8.0, 8.4]),
    "api_integration_success_rate": ("business-onboarding", "Integration", "%", 85, "true",
                                     [78.0, 79.1, 80.0, 80.4, 81.2, 81.5, 81.9, 82.0, 82.0, 79.3, 77.6, 75.6]),
    "nps": ("shipment-lifecycle", "", "score", 35, "true",
            [28, 29, 27, 30, 31, 30, 32, 31, 29, 26, 24, 22]),
    "on_time_delivery_rate": ("shipment-lifecycle", "Delivery", "%", 96, "true",
                              [95.1, 95.4, 95.0, 95.6, 95.8, 95.5, 95.9, 96.1, 96.1, 94.2, 92.8, 91.7]),
    "claims_resolution_days": ("shipment-lifecycle", "Claims and billing", "days", 10, "false",
                               [21.0, 20.5, 21.4, 19.8, 19.2, 18.6, 18.9, 18.1, 17.5, 17.9, 17.2, 16.8]),
    "first_time_collection_rate": ("shipment-lifecycle", "Collection", "%", 95, "true",
                                   [93.2, 93.8, 94.1, 93.6, 94.4, 94.9, 95.2, 95.0, 95.3, 95.6, 95.1, 95.4]),
}
# shape B: touchpoint-level weekly export, values with % suffix, no targets
KPI_B = {
    "quote_conversion_rate": ("business-onboarding", "Enquiry and quote", "Website quote form", "%",
                              [11.2, 11.8, 12.0, 12.4, 12.4, 12.9, 13.1, 13.5, 13.8, 14.0, 14.6, 15.1]),
    "portal_booking_share": ("shipment-lifecycle", "Booking", "Kestrel Hub booking screen", "%",
                             [61.0, 61.8, 62.3, 62.9, 63.5, 64.0, 64.2, 65.1, 65.8, 66.4, 67.0, 67.9]),
    "chat_first_response_time": ("shipment-lifecycle", "Tracking", "Live chat", "s",
                                 [48, 46, 45, 44, 42, 41, 40, 38, 38, 52, 61, 67]),
}


def fmt(v):
    return ("%g" % v)


def write_kpis():
    with open(os.path.join(K, "kpis", "weekly_scorecard.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["date", "metric", "value", "unit", "target", "higher_is_better", "journey", "stage"])
        for i, d in enumerate(MONDAYS):
            for m, (j, st, unit, tgt, hib, vals) in KPI_A.items():
                w.writerow([d.isoformat(), m, fmt(vals[i]), unit, tgt, hib, j, st])
    with open(os.path.join(K, "kpis", "touchpoint_metrics_export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["metric", "journey", "stage", "touchpoint", "date", "value", "unit"])
        for m, (j, st, tp, unit, vals) in KPI_B.items():
            for i, d in enumerate(MONDAYS):
                w.writerow([m, j, st, tp, d.isoformat(), fmt(vals[i]) + ("%" if unit == "%" else ""), unit])


def write_comments(nps_rows, csat_rows):
    cols = ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "customer", "persona", "comment"]
    with open(os.path.join(K, "comments", "nps_survey_q3_q4.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in nps_rows:
            w.writerow(r)
    ccols = ["Ticket ID", "Closed On", "Queue", "Flow", "Step", "Contact point", "Account tier", "Survey Type", "Satisfaction (1-5)", "Feedback"]
    with open(os.path.join(K, "comments", "helpdesk_csat_export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ccols, extrasaction="ignore")
        w.writeheader()
        for r in csat_rows:
            w.writerow(r)
    with open(os.path.join(K, "comments", "helpdesk_csat_export.mapping.yaml"), "w", encoding="utf-8") as f:
        f.write("# in-house helpdesk CSAT export: column mapping for journey ingest\n"
                "kind: comments\n"
                "date_format: \"%d/%m/%Y %H:%M\"\n"
                "columns:\n"
                "  id: Ticket ID\n"
                "  date: Closed On\n"
                "  comment: Feedback\n"
                "  score: Satisfaction (1-5)\n"
                "  score_type: Survey Type\n"
                "  journey: Flow\n"
                "  stage: Step\n"
                "  touchpoint: Contact point\n"
                "  segment: Account tier\n")


def stats(nps_rows, csat_rows):
    def nps(rows):
        if not rows:
            return None
        p = sum(1 for r in rows if r["score"] >= 9)
        d = sum(1 for r in rows if r["score"] <= 6)
        return round(100.0 * (p - d) / len(rows), 2)
    s = {"tp_nps": {}, "stage_nps": {}, "journey_nps": {}, "seg_nps": {}, "counts": {}}
    for r in nps_rows:
        s["counts"][r["touchpoint"]] = s["counts"].get(r["touchpoint"], 0) + 1
    for (stage, tp) in NPS_SPEC:
        s["tp_nps"][tp] = nps([r for r in nps_rows if r["touchpoint"] == tp])
    for j in JOURNEYS:
        s["journey_nps"][j["id"]] = nps([r for r in nps_rows if r["journey"] == j["name"]])
        for st in j["stages"]:
            s["stage_nps"][st["name"]] = nps([r for r in nps_rows if r["stage"] == st["name"]])
    for seg in ["SME", "Mid-market", "Enterprise"]:
        s["seg_nps"][seg] = nps([r for r in nps_rows if r["segment"] == seg])
        for tp in ("Claim settlement",):
            s["seg_nps"][seg + "|" + tp] = nps([r for r in nps_rows if r["segment"] == seg and r["touchpoint"] == tp])
        for stg in ("Claims and billing", "Integration"):
            s["seg_nps"][seg + "|" + stg] = nps([r for r in nps_rows if r["segment"] == seg and r["stage"] == stg])
    s["csat_mean"] = {}
    s["csat_pct45"] = {}
    for (stage, tp) in CSAT_SPEC:
        rows = [r for r in csat_rows if r["Contact point"] == tp]
        s["csat_mean"][tp] = round(sum(r["Satisfaction (1-5)"] for r in rows) / len(rows), 3)
        s["csat_pct45"][tp] = round(100.0 * sum(1 for r in rows if r["Satisfaction (1-5)"] >= 4) / len(rows), 2)
    s["n_nps"] = len(nps_rows)
    s["n_csat"] = len(csat_rows)
    alld = [r["date"] for r in nps_rows] + [r["_date"] for r in csat_rows] + [d.isoformat() for d in MONDAYS]
    s["newest"] = max(alld)
    s["oldest"] = min(alld)
    s["late_ids"] = {tp: [r["id"] for r in nps_rows if r["touchpoint"] == tp and r["date"] >= LATE_START.isoformat()]
                     for tp in ("Tracking page", "Shipping API sandbox")}
    return s


def main():
    os.makedirs(os.path.join(K, "maps"), exist_ok=True)
    os.makedirs(os.path.join(K, "comments"), exist_ok=True)
    os.makedirs(os.path.join(K, "kpis"), exist_ok=True)
    write_map(J1, os.path.join(K, "maps", "business-onboarding.yaml"), "Kestrel Freight & Parcel - new business account onboarding (owner: Customer Onboarding)")
    write_map(J2, os.path.join(K, "maps", "shipment-lifecycle.yaml"), "Kestrel Freight & Parcel - shipment booking to claims for live accounts (owner: Customer Operations)")
    nps_rows, csat_rows = gen_comments()
    write_comments(nps_rows, csat_rows)
    write_kpis()
    s = stats(nps_rows, csat_rows)
    with open(os.path.join(BASE, "scripts", "stats.json"), "w", encoding="utf-8") as f:
        json.dump(s, f, indent=1, ensure_ascii=False)
    print(json.dumps(s, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
