"""Journey map definitions for the removals base (used by build.py)."""


def tp(name, channel, owner, description, pain_points=None, metrics=None, emotion=None, opportunities=None):
    d = {"name": name, "channel": channel, "owner": owner, "description": description}
    if emotion is not None:
        d["emotion"] = emotion
    if pain_points:
        d["pain_points"] = pain_points
    if opportunities:
        d["opportunities"] = opportunities
    if metrics:
        d["metrics"] = metrics
    return d


HOUSE_MOVE = {
    "id": "house-move",
    "name": "House move",
    "persona": "Homeowner or tenant moving house with a full-service removal",
    "owner": "Removals Operations",
    "updated": "2025-10-15",
    "description": "Domestic house moves from the first quote and home survey, through booking, "
                   "packing and moving day, to damage claims and the final invoice.",
    "stages": [
        {
            "name": "Quote and home survey",
            "goal": "Get a firm, fair price for the move with no surprises on the day",
            "emotion": 0,
            "pain_points": [
                "Volume underestimated on video surveys, so extra charges appear on moving day",
                "Waiting several days for the written quote after the survey",
            ],
            "opportunities": ["Send the fixed-price quote within 24 hours of every survey"],
            "touchpoints": [
                tp("Online quote form", "web", "Digital Sales",
                   "Postcode, property size and preferred date form that returns an instant estimate range.",
                   pain_points=["Estimate range is too wide to be useful"],
                   metrics=["quote_conversion_rate"]),
                tp("Video home survey", "video call", "Surveying Team",
                   "Customer walks a surveyor round the home on a video call so the load volume can be estimated.",
                   pain_points=["Lofts, sheds and garages are often missed", "Poor connections drop the call"],
                   metrics=["survey_to_quote_time"], emotion=-1),
                tp("In-home surveyor visit", "in person", "Surveying Team",
                   "A surveyor visits larger homes to measure volume, access and parking.",
                   pain_points=["Two-hour visit slots are hard to fit around work"]),
                tp("Fixed-price quote email", "email", "Digital Sales",
                   "Itemised fixed-price quote with packing, crating and storage options.",
                   pain_points=["Extras such as stairs, long carries and parking permits are not explained"],
                   metrics=["quote_conversion_rate", "survey_to_quote_time"]),
            ],
        },
        {
            "name": "Booking and move date",
            "goal": "Lock in a moving date that lines up with completion day",
            "emotion": -1,
            "pain_points": ["Completion dates slip at short notice and the date change fee feels unfair"],
            "opportunities": ["Waive the fee when the solicitor moves completion"],
            "touchpoints": [
                tp("Deposit payment", "web", "Accounts Team",
                   "A 20% deposit paid online to secure the crew and vehicle for the date."),
                tp("Move date confirmation call", "phone", "Move Coordinators",
                   "A coordinator confirms the date, access, parking and timings a week before the move."),
                tp("Customer portal", "web", "Digital Team",
                   "Online account showing the booking, the inventory and the documents.",
                   pain_points=["Password reset e-mails take ages to arrive"]),
                tp("Date change request", "phone", "Move Coordinators",
                   "Rebooking the crew when completion moves.",
                   pain_points=["A 95 pound date change fee", "Few alternative dates in peak weeks"], emotion=-2),
            ],
        },
        {
            "name": "Packing service",
            "goal": "Have everything packed safely and labelled before the van arrives",
            "emotion": 1,
            "touchpoints": [
                tp("Packing materials delivery", "in person", "Logistics",
                   "Boxes, tape and wardrobe cartons delivered about a week before the move.",
                   pain_points=["Boxes turn up too close to the move to self-pack"]),
                tp("Professional packing day", "in person", "Packing Crews",
                   "A packing crew packs the whole home the day before the move.", emotion=2),
                tp("Fragile items crating", "in person", "Packing Crews",
                   "Made-to-measure crates for mirrors, artwork, glass tables and pianos."),
                tp("Room-by-room inventory", "app", "Operations Control",
                   "The crew records every box against a room label in the handheld app.",
                   pain_points=["Room labels do not match the rooms in the new home"]),
            ],
        },
        {
            "name": "Moving day",
            "goal": "Get everything from the old home to the new one on time and undamaged",
            "emotion": 0,
            "pain_points": ["Not knowing when the crew will turn up"],
            "touchpoints": [
                tp("Crew arrival window SMS", "sms", "Operations Control",
                   "A text the evening before with a two-hour arrival window, then live updates on the day.",
                   metrics=["on_time_arrival_rate"]),
                tp("Loading and transport", "in person", "Removal Crews",
                   "Wrapping furniture, loading the van and driving to the new home.",
                   metrics=["damage_claim_rate"]),
                tp("Unloading and placement", "in person", "Removal Crews",
                   "Unloading and putting boxes and furniture in the right rooms."),
                tp("Furniture reassembly", "in person", "Removal Crews",
                   "Rebuilding beds, wardrobes and tables that were taken apart.",
                   pain_points=["Beds and wardrobes left half built when the crew runs out of time"], emotion=-1),
            ],
        },
        {
            "name": "After the move",
            "goal": "Sort out any damage quickly and close the account",
            "emotion": -1,
            "pain_points": ["Damage claims drag on for weeks"],
            "touchpoints": [
                tp("Damage claim form", "web", "Customer Care",
                   "Online form for reporting damaged or missing items, with photos.",
                   pain_points=["Claims take weeks and ask for the same photos twice"],
                   metrics=["damage_claim_rate", "claim_resolution_days"], emotion=-2),
                tp("Final invoice", "email", "Accounts Team",
                   "The balance after the deposit, including any extra hours or materials.",
                   pain_points=["Extra hours added without explanation"]),
                tp("Box collection", "phone", "Logistics",
                   "Free collection of used boxes and cartons within three months."),
                tp("Post-move survey", "email", "Customer Experience",
                   "NPS survey sent two days after the move.", metrics=["nps", "csat"]),
            ],
        },
    ],
}


SELF_STORAGE = {
    "id": "self-storage",
    "name": "Self storage",
    "persona": "Household, student or small business renting a storage unit",
    "owner": "Storage Division",
    "updated": "2025-10-20",
    "description": "Renting a self-storage unit: choosing and booking a unit, moving in, access and visits, "
                   "monthly billing and ending the rental.",
    "stages": [
        {
            "name": "Unit enquiry and booking",
            "goal": "Find and reserve the right size unit at a price I am happy with",
            "emotion": 0,
            "pain_points": ["Hard to picture how much fits in a 25 or 50 square foot unit"],
            "touchpoints": [
                tp("Unit size calculator", "web", "Digital Team",
                   "Web tool that suggests a unit size from a list of rooms and items.",
                   pain_points=["Recommends units that turn out too small"], metrics=["online_booking_conversion"]),
                tp("Online unit booking", "web", "Storage Sales",
                   "Reserve a unit online with a move-in date and no deposit.",
                   metrics=["online_booking_conversion"]),
                tp("Store phone enquiry", "phone", "Store Teams",
                   "Calling the local store to ask about sizes, prices and availability."),
                tp("Half price first month offer", "email", "Marketing",
                   "Introductory offer of 50% off the first month for new bookings."),
            ],
        },
        {
            "name": "Move-in day",
            "goal": "Get belongings into the unit and locked up on day one",
            "emotion": 1,
            "touchpoints": [
                tp("Move-in paperwork and ID check", "in person", "Store Teams",
                   "Signing the licence agreement and showing ID and proof of address.",
                   pain_points=["Paperwork and ID checks take over half an hour"]),
                tp("Padlock and access code setup", "in person", "Store Teams",
                   "Choosing a padlock and being given a personal gate PIN."),
                tp("Trolleys and loading bay", "in person", "Facilities",
                   "Free trolleys, a covered loading bay and goods lifts.",
                   pain_points=["Not enough trolleys at weekends"]),
                tp("Collection van service", "in person", "Logistics",
                   "Our van and two movers collect items from home and bring them to the unit."),
            ],
        },
        {
            "name": "Access and visits",
            "goal": "Get to my things whenever I need them, safely",
            "emotion": 0,
            "touchpoints": [
                tp("Gate keypad entry", "in person", "Facilities",
                   "The PIN keypad on the vehicle gate and the building doors.",
                   metrics=["gate_access_failure_rate"]),
                tp("Extended access hours", "in person", "Store Operations",
                   "Access from 6am to 10pm every day; 24-hour access at selected stores."),
                tp("Storage app", "app", "Digital Team",
                   "App for opening the gate by Bluetooth, seeing invoices and booking the van.",
                   pain_points=["Bluetooth opening is unreliable on older phones"]),
                tp("Store reception desk", "in person", "Store Teams",
                   "Staffed reception for help, packing supplies and parcel acceptance."),
            ],
        },
        {
            "name": "Billing and payments",
            "goal": "Pay the right amount each month with no hassle",
            "emotion": -1,
            "pain_points": ["Bills that change without warning"],
            "touchpoints": [
                tp("Monthly direct debit", "direct debit", "Accounts Team",
                   "Rent and insurance collected monthly by direct debit.",
                   pain_points=["Collected twice in some months"], metrics=["payment_failure_rate"], emotion=-1),
                tp("Contents insurance cover", "email", "Insurance Partnerships",
                   "Compulsory contents cover, priced by declared value.",
                   pain_points=["Customers do not understand what is covered"]),
                tp("Rent review letter", "email", "Pricing Team",
                   "Letter giving notice of the yearly rent review for existing customers."),
                tp("Missed payment reminder", "sms", "Credit Control",
                   "Text and e-mail reminders when a payment fails; access is blocked after 14 days."),
            ],
        },
        {
            "name": "Ending the rental",
            "goal": "Empty the unit and stop paying as soon as I leave",
            "emotion": 0,
            "pain_points": ["Fourteen days' notice means paying for time after moving out"],
            "touchpoints": [
                tp("Notice to vacate", "web", "Store Teams",
                   "Giving 14 days' notice online or at reception.", pain_points=["Notice period is not made clear at booking"]),
                tp("Move-out inspection", "in person", "Store Teams",
                   "Staff check the unit is empty, clean and undamaged."),
                tp("Deposit refund", "bank transfer", "Accounts Team",
                   "Refund of the security deposit and any unused rent after the inspection.",
                   pain_points=["Refunds take well over a week"], metrics=["deposit_refund_time"], emotion=-1),
                tp("Exit survey", "email", "Customer Experience",
                   "Short survey sent when the rental ends.", metrics=["csat", "nps", "churn_rate"]),
            ],
        },
    ],
}
