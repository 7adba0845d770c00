"""Writes knowledge/maps/travel-and-delay-repay.json (hand-written content, JSON for format variety)."""
import json, pathlib
tp = lambda name, channel, owner, desc, pains=None, metrics=None, emotion=None: {k: v for k, v in dict(
    name=name, channel=channel, owner=owner, description=desc, emotion=emotion,
    pain_points=pains, metrics=metrics).items() if v is not None}
m = {
 "id": "travel-and-delay-repay",
 "name": "Travel and Delay Repay",
 "persona": "Passenger on the day of travel",
 "owner": "Customer Experience",
 "updated": "2026-10-12",
 "description": "The day of travel: station, on board, disruption information when things go wrong, "
                "then claiming and receiving Delay Repay compensation.",
 "stages": [
  {"name": "At the station", "goal": "Find the right train and platform and get through the gates", "emotion": 0,
   "pain_points": ["Platform changes announced late"],
   "touchpoints": [
     tp("Departure boards", "station", "Customer Information", "Platform departure and arrival screens", metrics=["disruption_info_accuracy"]),
     tp("Station announcements", "station", "Customer Information", "PA announcements on platforms and concourse"),
     tp("Ticket gates", "station", "Station Operations", "Barcode and smartcard gates", ["Barcode reader rejects cracked phone screens"]),
     tp("Passenger Assist meeting point", "station", "Accessibility Team", "Booked assistance for disabled passengers, ramps and help boarding",
        ["Assistance booked but staff not at the meeting point"], emotion=-1)]},
  {"name": "On board", "goal": "A comfortable, on-time trip in the seat they booked", "emotion": 0,
   "touchpoints": [
     tp("Onboard wifi", "onboard", "Onboard Services", "Free wifi on trains", ["Wifi drops between stations"], emotion=-1),
     tp("Seat reservation labels", "onboard", "Onboard Services", "Electronic seat reservation displays", ["Labels not shown after a unit swap"]),
     tp("Onboard announcements", "onboard", "Onboard Services", "Driver and guard announcements"),
     tp("Ticket inspection", "onboard", "Revenue Protection", "Guards checking tickets and railcards")]},
  {"name": "Disruption information", "goal": "Know straight away what is happening, and how to still get there, when trains are delayed or cancelled",
   "emotion": -2,
   "pain_points": ["App, boards and staff give conflicting information",
                   "No clear advice on alternative routes or ticket acceptance",
                   "Updates stop during major incidents"],
   "opportunities": ["One source of truth for live running information"],
   "touchpoints": [
     tp("Live disruption alerts", "app", "Customer Information", "Push alerts about delays and cancellations for saved journeys",
        ["Push alerts arrive after the train is already cancelled"], metrics=["disruption_info_accuracy"], emotion=-2),
     tp("Disruption web page", "web", "Web Team", "Live service status page", ["Status text is generic (\"minor delays\")"]),
     tp("Social media updates", "social", "Social Media Team", "Customer service on X and Facebook", emotion=1),
     tp("Replacement bus information", "station", "Station Operations", "Where and when rail replacement buses leave",
        ["Bus stop location not signed"], emotion=-2),
     tp("Platform staff", "station", "Station Operations", "Staff on platforms and barriers during disruption",
        ["Staff get updates no sooner than passengers"])]},
  {"name": "Claim Delay Repay", "goal": "Claim compensation for a delay of 15 minutes or more in a couple of minutes", "emotion": -1,
   "pain_points": ["Claim needs ticket details typed in by hand"],
   "touchpoints": [
     tp("Delay Repay claim form", "web", "Customer Relations", "Online claim form; redesigned 12 Oct 2026 to prefill the journey from the booking",
        metrics=["claim_form_abandonment_rate"]),
     tp("Ticket photo upload", "web", "Customer Relations", "Upload of a photo of a paper or season ticket", ["Upload rejects photos over 5 MB"]),
     tp("Auto Delay Repay", "app", "Digital Product", "Automatic claims for delayed journeys on tickets bought in the app",
        ["Only works for tickets bought in the app, not season tickets"], emotion=2),
     tp("Claim status tracker", "web", "Customer Relations", "Shows where a claim is")]},
  {"name": "Receive compensation", "goal": "Get the money owed back quickly, without chasing", "emotion": 0,
   "touchpoints": [
     tp("Refund to card", "email", "Finance Operations", "Delay Repay paid back to the original payment card",
        metrics=["delay_repay_processing_time"]),
     tp("Rail travel vouchers", "post", "Customer Relations", "Compensation paid as paper rail vouchers",
        ["Vouchers are posted and only usable at ticket offices"]),
     tp("Customer relations email", "email", "Customer Relations", "Email replies about claims and complaints",
        ["Template replies that do not answer the question"])]},
 ]}
p = pathlib.Path(__file__).resolve().parent.parent / "knowledge/maps/travel-and-delay-repay.json"
p.write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
print(p, sum(len(s["touchpoints"]) for s in m["stages"]))
