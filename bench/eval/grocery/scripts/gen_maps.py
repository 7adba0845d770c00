"""Write the two journey maps (deterministic, no randomness)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), "..", "knowledge", "maps")
def tp(name, channel, owner, desc, emo=0, pains=(), opps=(), metrics=()):
    d = {"name": name, "channel": channel, "owner": owner, "description": desc, "emotion": emo}
    if pains: d["pain_points"] = list(pains)
    if opps: d["opportunities"] = list(opps)
    if metrics: d["metrics"] = list(metrics)
    return d
FIRST = {
 "id": "first-order", "name": "First order", "persona": "Busy first-time shopper (\"Time-poor Tara\")",
 "owner": "Growth & Onboarding", "updated": "2026-10-15",
 "description": "From hearing about Basketly to paying for the very first grocery order in the app.",
 "stages": [
  {"name": "Discover", "goal": "Hear about Basketly and check it delivers to my postcode", "emotion": 1,
   "pain_points": ["Postcode checker says 'coming soon' for half of new towns", "Ads promise 20-minute delivery that only applies in zone 1"],
   "opportunities": ["Show real slot availability before install"],
   "touchpoints": [
    tp("Instagram reels ad", "social", "Growth Marketing", "Short recipe reels with a first-order discount", 1),
    tp("Refer-a-friend code", "referral", "Growth Marketing", "GBP 15 off for both sides", 1, ["Code not applied when friend signs up on web"]),
    tp("App store listing", "app store", "App Squad", "iOS and Android store pages", 0),
    tp("Postcode checker", "web", "Growth Marketing", "Web form that checks coverage", -1, ["Coverage answer is vague"]),
   ]},
  {"name": "Sign up", "goal": "Create an account quickly and save my address", "emotion": 0,
   "pain_points": ["Verification email lands in spam", "Flat numbers break address lookup"],
   "opportunities": ["Offer phone-number sign up"],
   "touchpoints": [
    tp("Account creation screen", "app", "App Squad", "Email + password or Apple/Google sign in", 0),
    tp("Email verification", "email", "Identity Team", "Magic link that must be clicked within 30 minutes", -1, ["Link expires too fast", "Goes to spam"]),
    tp("Address and postcode entry", "app", "App Squad", "Address lookup with delivery notes", -1, ["Flat and building names missing"]),
    tp("Welcome voucher", "app", "CRM & Loyalty", "20% off the first shop over GBP 40", 1, metrics=["signup_completion_rate"]),
   ]},
  {"name": "Build basket", "goal": "Find everything on my list at a fair price", "emotion": 1,
   "pain_points": ["Search misses obvious items (typos, plurals)", "Minimum basket of GBP 40 feels high for a first try"],
   "opportunities": ["Typo-tolerant search", "Lower minimum for first order"],
   "touchpoints": [
    tp("Product search", "app", "Catalogue Team", "Search bar with filters", -1, ["No results for plurals and misspellings"]),
    tp("Aisle browsing", "app", "Catalogue Team", "Category aisles like a store", 1),
    tp("Recipe bundles", "app", "Merchandising", "Add all ingredients of a recipe in one tap", 2),
    tp("Minimum basket banner", "app", "Pricing Team", "Banner showing how far from the GBP 40 minimum", -1, ["Minimum too high"]),
   ]},
  {"name": "Book slot", "goal": "Get a delivery time that fits my day", "emotion": -1,
   "pain_points": ["Evening slots sold out days ahead", "Slot reservation expires while still shopping"],
   "opportunities": ["Waitlist for full slots", "Longer hold for first orders"],
   "touchpoints": [
    tp("Slot picker", "app", "Slot Operations", "Grid of 1-hour delivery slots for the next 7 days", -1, ["Evening slots gone"], metrics=["slot_availability_rate"]),
    tp("Delivery pass upsell", "app", "CRM & Loyalty", "Monthly pass for free delivery", -1, ["Feels pushy on first order"]),
    tp("Slot reservation timer", "app", "Slot Operations", "Holds a slot for 60 minutes", -1, ["Timer runs out"]),
   ]},
  {"name": "Checkout", "goal": "Pay easily and know exactly what I will be charged", "emotion": 0,
   "pain_points": ["Card pre-authorisation of +10% confuses people", "Promo codes fail silently"],
   "opportunities": ["Explain the pre-auth hold", "Clear promo error messages"],
   "touchpoints": [
    tp("Card payment", "app", "Payments", "Card entry with 3-D Secure and a pre-auth hold", -1, ["Pre-auth hold looks like double charge"], metrics=["checkout_abandonment_rate"]),
    tp("Promo code field", "app", "Pricing Team", "Voucher and promo entry", -1, ["Code rejected without reason"]),
    tp("Wallet pay", "app", "Payments", "Apple Pay and Google Pay", 1),
    tp("Order confirmation email", "email", "CRM & Loyalty", "Summary with slot and totals", 0, metrics=["first_order_conversion_rate"]),
   ]},
 ]}
SECOND = {
 "id": "delivery-and-aftercare", "name": "Delivery and aftercare", "persona": "Weekly family shopper (\"Family-shop Femi\")",
 "owner": "Operations", "updated": "2026-10-20",
 "description": "From picking the order in the dark store through substitutions, the doorstep, refunds and the next reorder.",
 "stages": [
  {"name": "Picking", "goal": "Know my order is being packed correctly and still be able to add things", "emotion": 0,
   "pain_points": ["Edit cut-off at 11pm the night before is too early"],
   "touchpoints": [
    tp("Dark store picking", "warehouse", "Fulfilment Operations", "Pickers pick from the dark store", 0, ["Squashed bread and bruised fruit"]),
    tp("Order tracking page", "app", "App Squad", "Live status: picking, packed, on the way", 1),
    tp("Order edit cut-off", "app", "Slot Operations", "Last moment to change the order", -1, ["Cut-off too early"]),
   ]},
  {"name": "Substitutions", "goal": "Get a sensible replacement or nothing at all", "emotion": -1,
   "pain_points": ["Odd swaps (oat milk for cow's milk)", "Approval push arrives after the driver has left"],
   "opportunities": ["Let customers pick a backup per item"],
   "touchpoints": [
    tp("Substitution preferences", "app", "Catalogue Team", "Per-item allow/deny swaps", 0, metrics=["substitution_rate"]),
    tp("Substitution approval push", "push", "Fulfilment Operations", "Push to approve swaps before dispatch", -1, ["Arrives too late"]),
    tp("Out-of-stock text", "sms", "Fulfilment Operations", "SMS listing missing items", -1),
   ]},
  {"name": "Delivery", "goal": "Receive everything cold, complete and on time", "emotion": 1,
   "pain_points": ["Frozen food arriving soft", "Drivers late in the evening window"],
   "opportunities": ["Better cold bags", "Live driver map"],
   "touchpoints": [
    tp("Driver ETA text", "sms", "Last Mile Operations", "SMS with a 15-minute ETA", 1),
    tp("Doorstep handover", "in person", "Last Mile Operations", "Driver hands bags over, green crates", 2),
    tp("Cold chain bags", "in person", "Fulfilment Operations", "Insulated bags for chilled and frozen", -1, ["Frozen items thawed"]),
    tp("Delivery window", "in person", "Last Mile Operations", "Arrival inside the booked hour", 0, metrics=["on_time_delivery_rate"]),
   ]},
  {"name": "Refunds and complaints", "goal": "Get money back for missing or damaged items without a fight", "emotion": -1,
   "pain_points": ["Refund takes 5-7 days to reach the card", "Live chat queue at weekends"],
   "opportunities": ["Instant credit by default"],
   "touchpoints": [
    tp("Report a problem form", "app", "Customer Care", "Pick items, add a photo, choose refund or credit", 0, metrics=["refund_rate"]),
    tp("Live chat", "chat", "Customer Care", "Chat with an agent 8am-10pm", -1, ["Long weekend waits"]),
    tp("Refund to card", "payments", "Payments", "Card refund in 5-7 working days", -1, ["Too slow"], metrics=["avg_refund_time_hours"]),
    tp("Basketly credit", "app", "Customer Care", "Instant in-app credit", 1),
   ]},
  {"name": "Reorder", "goal": "Do my next weekly shop in a few taps", "emotion": 1,
   "touchpoints": [
    tp("Favourites list", "app", "Catalogue Team", "Usuals list built from past orders", 2),
    tp("Weekly reminder push", "push", "CRM & Loyalty", "Thursday reminder to book a slot", -1, ["Too many pushes"]),
    tp("Rate your order survey", "email", "Customer Insights", "NPS email after each delivery", 0, metrics=["nps"]),
   ]},
 ]}
os.makedirs(OUT, exist_ok=True)
import io
def yml(o, ind=0):
    # tiny YAML writer via JSON flow for scalars (JSON is valid YAML)
    return json.dumps(o, indent=2, ensure_ascii=False)
with open(os.path.join(OUT, "first-order.json"), "w") as f: f.write(yml(FIRST) + "\n")
# second map as YAML (hand-rolled)
def y(o, ind=0):
    sp = "  " * ind; out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:"); out.append(y(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {json.dumps(v, ensure_ascii=False)}")
    else:
        for it in o:
            if isinstance(it, dict):
                s = y(it, ind + 1).split("\n"); s[0] = sp + "- " + s[0].lstrip(); out.extend(s)
            else:
                out.append(f"{sp}- {json.dumps(it, ensure_ascii=False)}")
    return "\n".join(out)
with open(os.path.join(OUT, "delivery-and-aftercare.yaml"), "w") as f: f.write(y(SECOND) + "\n")
MAPS = [FIRST, SECOND]
