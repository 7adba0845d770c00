"""Writes the two journey maps (one YAML, one JSON) for the Brambleway Vets base."""
import json, pathlib, yaml

OUT = pathlib.Path(__file__).resolve().parent.parent / "knowledge" / "maps"

def tp(name, channel, owner, desc, pains, emotion=0, opps=None, metrics=None):
    d = {"name": name, "channel": channel, "owner": owner, "description": desc,
         "emotion": emotion, "pain_points": pains}
    if opps: d["opportunities"] = opps
    if metrics: d["metrics"] = metrics
    return d

register = {
    "id": "register-and-book",
    "name": "Register and book",
    "persona": "Pet owner new to Brambleway Vets",
    "owner": "Client Experience team",
    "updated": "2026-09-01",
    "description": "From finding a Brambleway practice to registering a pet, booking, being reminded, checking in and seeing the vet.",
    "stages": [
        {"name": "Find a practice", "goal": "Choose a nearby practice that treats my kind of pet and is open when I need it",
         "emotion": 0,
         "pain_points": ["Opening hours on the finder are out of date", "Unclear which practices see rabbits and exotics"],
         "touchpoints": [
            tp("Practice finder", "web", "Digital team", "Postcode search on brambleway-vets site listing practices, hours and services.",
               ["Wrong opening hours shown", "No filter for exotics or out-of-hours"], 0),
            tp("Phone enquiry line", "phone", "Client Contact Centre", "General enquiries number before registering.",
               ["Long hold before anyone answers"], -1),
            tp("New client open evening", "in-person", "Practice Operations", "Monthly evening where new owners meet the team and tour the practice.",
               [], 1),
         ]},
        {"name": "Register pet", "goal": "Get my pet on the books with its history in one go",
         "emotion": -1,
         "pain_points": ["Registration form times out and loses what was typed", "Records from the previous vet arrive late or never"],
         "touchpoints": [
            tp("Online registration form", "web", "Digital team", "Multi-page form for owner and pet details, microchip and previous vet.",
               ["Form times out after 10 minutes and loses answers", "Asks for the microchip number twice", "No save-and-continue"], -1,
               metrics=["registration_completion_rate"]),
            tp("Medical history transfer", "email", "Clinical Records team", "Request sent to the previous practice to transfer the pet's clinical history.",
               ["Previous records not chased", "Owner has to chase the old vet themselves"], -1),
            tp("Microchip details check", "in-person", "Front Desk team", "Chip scanned at first visit and matched to the registration.",
               ["Mismatch with database details not explained"], 0),
            tp("Welcome email", "email", "CRM team", "Welcome pack with practice contacts, health plan offer and app link.",
               ["Lands in spam", "Health plan offer feels pushy"], 0),
         ]},
        {"name": "Book appointment", "goal": "Get an appointment with the right vet at a time I can make, quickly",
         "emotion": -2,
         "pain_points": ["Online calendar shows no slots for days", "Slots disappear at the deposit step", "Phone booking hold times over 30 minutes", "Exotics cannot be booked online"],
         "opportunities": ["Release same-day slots online at 8am", "Call-back instead of hold"],
         "touchpoints": [
            tp("Online booking", "web, app", "Digital team", "Self-service booking calendar on the website and the Brambleway app.",
               ["No slots shown for a week or more", "Chosen slot vanishes at payment", "No option for rabbits, reptiles or birds"], -2,
               metrics=["online_booking_success_rate"]),
            tp("Phone booking", "phone", "Client Contact Centre", "Booking line shared by all practices in the region.",
               ["Hold times of 30-45 minutes", "Calls dropped after the menu", "No call-back option"], -2,
               metrics=["phone_answer_time"]),
            tp("Emergency triage line", "phone", "Clinical Triage team", "Nurse-led line deciding whether a pet needs to be seen today or at the out-of-hours hospital.",
               ["Out-of-hours hospital is far away"], 0),
            tp("Appointment deposit", "web", "Finance Ops team", "£20 deposit taken for online bookings, refunded against the consult fee.",
               ["Deposit not refunded after cancellation", "Deposit taken twice"], -1),
         ]},
        {"name": "Reminders and check-in", "goal": "Turn up at the right time and get checked in without fuss",
         "emotion": 0,
         "pain_points": ["App check-in fails at the door", "Waiting room is stressful for cats"],
         "touchpoints": [
            tp("SMS reminders", "sms", "CRM team", "Text reminder 48 hours and 2 hours before the appointment with a confirm/cancel link.",
               ["Occasional duplicate texts"], 1, metrics=["appointment_no_show_rate"]),
            tp("App check-in", "app", "Digital team", "Geofenced check-in from the car park so owners can wait outside.",
               ["Check-in button greyed out", "Reception never sees the check-in"], -1),
            tp("Reception desk", "in-person", "Front Desk team", "Front desk check-in, weighing and payments.",
               ["Queue at peak times"], 1),
            tp("Waiting room", "in-person", "Practice Operations", "Shared waiting area, separate cat corner in some practices.",
               ["Dogs and cats sit together", "Running late without updates"], -1),
         ]},
        {"name": "Consultation", "goal": "Understand what is wrong with my pet, what it will cost and what happens next",
         "emotion": 1,
         "pain_points": ["Consults feel rushed when running late", "Treatment estimate is vague or not given up front"],
         "touchpoints": [
            tp("Vet consultation", "in-person", "Clinical team", "15-minute consult with a vet.",
               ["Feels rushed when clinic overruns"], 2),
            tp("Nurse clinic", "in-person", "Nursing team", "Nurse appointments for weight checks, nail clips, dental checks and post-op checks.",
               [], 2),
            tp("Treatment estimate", "in-person, email", "Clinical team", "Written estimate of treatment cost before work starts.",
               ["Estimate only given verbally", "Estimate leaves out tests and meds"], -1),
         ]},
    ],
}

treatment = {
    "id": "treatment-and-care",
    "name": "Treatment and care plan",
    "persona": "Registered Brambleway client with a pet in treatment or on the health plan",
    "owner": "Clinical Services team",
    "updated": "2026-09-01",
    "description": "Diagnostics and surgery, paying and claiming, repeat prescriptions, joining the Brambleway Pet Health Plan and living with it.",
    "stages": [
        {"name": "Treatment and diagnostics", "goal": "Have tests and procedures done safely and hear the results promptly",
         "emotion": 0,
         "pain_points": ["Waiting days for a results call", "Admission morning is chaotic"],
         "touchpoints": [
            tp("Lab results call", "phone", "Clinical team", "Vet phones the owner with blood or lab results.",
               ["Promised call never comes", "Owner has to chase results"], -1),
            tp("Surgery admission", "in-person", "Theatre team", "Drop-off at 8am for surgery, consent forms and pre-op checks.",
               ["Everyone booked for 8am, long queue", "Consent form rushed"], -1),
            tp("Post-op discharge", "in-person", "Nursing team", "Nurse hands the pet back and explains aftercare and meds.",
               [], 2),
            tp("Pet portal records", "app", "Digital team", "Vaccination history, lab results and invoices in the app.",
               ["Lab results missing from the portal", "Vaccination dates wrong"], 0),
         ]},
        {"name": "Billing and insurance", "goal": "Pay what I was told I would pay and get the insurer to cover it",
         "emotion": -2,
         "pain_points": ["Final bill much higher than the estimate", "Insurance claim forms take weeks and cost a fee"],
         "touchpoints": [
            tp("Invoice at checkout", "in-person", "Front Desk team", "Final invoice printed and paid at the desk when collecting the pet.",
               ["Bill higher than the estimate with no explanation", "Itemised bill only on request"], -2,
               metrics=["estimate_accuracy_rate"]),
            tp("Insurance direct claim", "email, web", "Insurance Desk", "Practice fills in and sends the claim form direct to the insurer.",
               ["Claim form takes 2-3 weeks", "£25 admin fee per claim form"], -1),
            tp("Payment plans", "web", "Finance Ops team", "Spread the cost of larger bills over 3-6 months via a partner lender.",
               ["Credit check surprises people"], 0),
         ]},
        {"name": "Prescriptions and refills", "goal": "Get repeat medication before my pet runs out",
         "emotion": -1,
         "pain_points": ["Repeat requests take 2-3 working days for vet approval", "Home delivery arrives late", "Written prescription fee feels steep"],
         "touchpoints": [
            tp("Repeat prescription request", "app, web", "Pharmacy team", "Owner requests a repeat; a vet must authorise before dispensing.",
               ["Approval takes 48-72 hours", "No status update after requesting", "Pet needs a recheck exam before another repeat"], -2,
               metrics=["prescription_turnaround_time"]),
            tp("Home delivery pharmacy", "post", "Pharmacy team", "Repeat meds posted to the owner.",
               ["Parcel late", "Fridge meds delivered warm"], -1),
            tp("Written prescription fee", "in-person", "Pharmacy team", "Paper prescription to buy meds elsewhere, with a fee.",
               ["Fee per item feels like a penalty"], -1),
            tp("Medication counter pickup", "in-person", "Front Desk team", "Collect dispensed meds from reception.",
               ["Meds not ready when the text said they were"], 0),
         ]},
        {"name": "Health plan signup", "goal": "Understand what the Pet Health Plan covers and join in a few minutes",
         "emotion": 0,
         "pain_points": ["Plan page does not say clearly what is included"],
         "touchpoints": [
            tp("Health plan page", "web", "Membership team", "Web page explaining the Pet Health Plan tiers and monthly price.",
               ["Unclear what is included", "Price by pet size is hidden"], -1,
               metrics=["health_plan_signups"]),
            tp("Plan signup at desk", "in-person", "Front Desk team", "Receptionist signs the owner up during a visit.",
               [], 1),
            tp("Direct debit setup", "web", "Finance Ops team", "Monthly direct debit mandate for the plan.",
               ["First payment date confusing"], 0),
         ]},
        {"name": "Ongoing health plan", "goal": "Get the flea, worm and vaccine care I pay for without chasing anything",
         "emotion": 0,
         "pain_points": ["Cancelling the plan needs a phone call and 30 days notice", "Member discount not applied at the till"],
         "touchpoints": [
            tp("Flea and worm dispatch", "post", "Membership team", "Flea and worming treatment posted to members every 3 months, dosed by the pet's recorded weight band.",
               [], 1, metrics=["plan_parcel_on_time_rate"]),
            tp("Annual vaccination booster", "in-person", "Nursing team", "Yearly booster and health check included in the plan.",
               [], 1),
            tp("Plan renewal and cancellation", "phone, email", "Membership team", "Annual renewal, price changes and cancelling the plan.",
               ["Must phone to cancel", "30 days notice and a final payment", "Price rise e-mail easy to miss"], -2,
               metrics=["health_plan_churn_rate"]),
            tp("Member discount at till", "in-person", "Front Desk team", "10% member discount on treatments and food at checkout.",
               ["Discount not applied unless asked"], -1),
         ]},
    ],
}

OUT.mkdir(parents=True, exist_ok=True)
(OUT / "register-and-book.yaml").write_text(yaml.safe_dump(register, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
(OUT / "treatment-and-care.json").write_text(json.dumps(treatment, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("maps written")
