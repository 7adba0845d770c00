"""Deterministic generator for the carservice blind base (stdlib only).
Writes knowledge/comments/*.csv (+ mapping sidecar) and knowledge/kpis/*.csv."""
import csv, random, datetime as dt, os, json

SEED = 20261116
rnd = random.Random(SEED)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
START = dt.date(2026, 8, 31)
END = dt.date(2026, 11, 16)       # newest dated item in the whole base
SB, WV = "Service and MOT booking", "Workshop visit to collection"
SITES = ["Leeds", "Harrogate", "York", "Wakefield", "Bradford", "Huddersfield"]

# (key, journey, stage, touchpoint, sentiment, count, segment weights, date_from, texts)
R, F, M, W = "Retail", "Fleet", "Motability", "Warranty"
BASE_SEG = {R: 6, F: 2, M: 1, W: 1}
T = [
 ("sms_link", SB, "Reminder and prompt", "Service reminder SMS", "neg", 8, None, None, [
   "reminder text link just goes to the homepage, had to hunt for the booking page myself",
   "clicked the link in the txt and it dumped me on the main site not the booking bit",
   "sms reminder useful but the link is useless, goes to homepage",
   "link in ur text message dont go to booking just the front page"]),
 ("sms_good", SB, "Reminder and prompt", "Service reminder SMS", "pos", 5, None, None, [
   "handy reminder text, booked straight away",
   "good reminder, wouldnt have remembered otherwise",
   "text reminder came at the right time"]),
 ("mot_late", SB, "Reminder and prompt", "MOT due email", "neg", 8, None, None, [
   "MOT email came 2 days AFTER my mot ran out!! car was bought elsewhere so maybe thats why",
   "never got an mot reminder at all, nearly drove round with no mot",
   "mot reminder arrived late, had to scramble for a slot",
   "bought the car from another dealer and got no MOT reminder from you"]),
 ("dup_rem", SB, "Reminder and prompt", "", "neg", 4, None, None, [
   "got one reminder from vw and one from you with different prices, which is right??",
   "two different reminders two different prices, confusing",
   "manufacturer email said one price halden said another"]),
 ("app_note", SB, "Reminder and prompt", "MyHalden app notification", "pos", 4, None, None, [
   "app pinged me that the service was due, nice",
   "app notification was handy",
   "notification fine but then the app made me log in again"]),
 ("court_call", SB, "Reminder and prompt", "Advisor courtesy call", "pos", 4, None, None, [
   "lovely lady rang to say my mot was about to lapse, saved me a fine",
   "appreciated the phone call reminder, proper service",
   "they phoned me before my mot ran out, top marks"]),
 ("online_good", SB, "Booking", "Online booking tool", "pos", 12, None, None, [
   "booked online in like 3 mins, dead easy",
   "online booking was quick and clear",
   "great website booking, picked my time and done",
   "website booking so much easier than ringing",
   "easy peasy online"]),
 ("reg_lookup", SB, "Booking", "Online booking tool", "neg", 5, None, None, [
   "reg lookup didnt recognise my private plate so couldnt book online",
   "website says vehicle not found for my imported car",
   "cherished plate = website cant find my car. had to phone"]),
 ("calendar", SB, "Booking", "Online booking tool", "neg", 7, None, None, [
   "calendar said no slots for 3 weeks but when i rang they had one tomorrow",
   "online tool shows nothing before 9am?? i need to drop at 7:30",
   "no early drop off times on the website, only on the phone",
   "website calendar empty for weeks, phone had loads of slots"]),
 ("phone_wait", SB, "Booking", "Central booking line", "neg", 16, None, None, [
   "on hold 25 mins monday morning, gave up",
   "phone line is a joke, 20 min wait then cut off when they transferred me to the branch",
   "waited forever on the 0330 number",
   "hold music for half an hour. just awful",
   "rang 3 times, each time 15+ mins on hold",
   "booking line wait times are shocking, especially mondays",
   "got cut off after being put through to the site, had to start again"]),
 ("phone_good", SB, "Booking", "Central booking line", "pos", 4, None, None, [
   "chap on the phone was really helpful once i got through",
   "call centre lady was lovely, sorted it all",
   "quick call, booked in no time"]),
 ("chat", SB, "Booking", "Live chat", "pos", 5, None, None, [
   "chat was quick, sorted my booking",
   "live chat bot was useless but the human after was good",
   "used the chat, answer in 2 mins"]),
 ("menu_price", SB, "Booking", "Fixed price service menu", "neg", 9, None, None, [
   "menu price said 189 ended up paying 260 with brake fluid and pollen filter",
   "fixed price isnt fixed is it",
   "hidden extras on top of the service price, brake fluid wasnt in the menu price",
   "price on the website and the price at the desk were different",
   "the advertised service price is misleading"]),
 ("courtesy_req", SB, "Booking", "Courtesy car request", "neg", 9, {R: 4, F: 1, M: 4, W: 1}, None, [
   "asked for a courtesy car never heard back, turned up and there wasnt one",
   "courtesy cars booked up 3 weeks ahead, had to take a day off work",
   "ticked the courtesy car box, nobody confirmed",
   "no loan car available for a month, not good enough"]),
 ("confirm_email", SB, "Confirmation and pre-visit", "Booking confirmation email", "pos", 6, None, None, [
   "confirmation email had everything i needed",
   "clear confirmation, knew what to bring",
   "good email with the price and time"]),
 ("daybefore", SB, "Confirmation and pre-visit", "Day-before reminder SMS", "pos", 6, None, None, [
   "reminder the day before was helpful",
   "good that the text gave the address",
   "day before text saved me, totally forgot"]),
 ("resched", SB, "Confirmation and pre-visit", "Reschedule link", "neg", 7, None, None, [
   "tried to move my booking but the link had expired, had to ring and wait again",
   "change booking link doesnt work after a couple of days",
   "reschedule link says expired. why??",
   "couldnt cancel online, link dead"]),
 ("cd_sched", SB, "Confirmation and pre-visit", "Collection and delivery scheduling", "neg", 7, {R: 2, F: 6, M: 1, W: 1}, None, [
   "4 hour window for pick up is too long",
   "driver turned up at 7am with no warning",
   "collection service great when it works but timing is all over the place",
   "no call to confirm the pickup time, i was in a meeting"]),
 ("kiosk", SB, "Arrival and drop-off", "Express drop-off kiosk", "pos", 8, None, None, [
   "kiosk drop off took 2 minutes, brilliant",
   "love the key locker thing, in and out",
   "express check in is the way to go",
   "kiosk was mint, no queue"]),
 ("desk_queue", SB, "Arrival and drop-off", "Service desk check-in", "neg", 12, None, None, [
   "queue of 8 people at 8am and only 2 advisors",
   "20 min queue just to hand my keys over",
   "advisor asked me all the same questions i already put in online",
   "morning queue at reception is ridiculous",
   "stood at the desk for ages, late for work"]),
 ("lounge", SB, "Arrival and drop-off", "Customer lounge", "pos", 7, None, None, [
   "lounge is comfy, wifi good, decent coffee",
   "worked from the lounge all morning, no complaints",
   "nice waiting area and free coffee"]),
 ("lounge_bad", SB, "Arrival and drop-off", "Customer lounge", "neg", 3, None, None, [
   "coffee machine broken again",
   "wifi in the lounge kept dropping"]),
 ("cc_handover", SB, "Arrival and drop-off", "Courtesy car handover", "neg", 6, {R: 3, F: 1, M: 3, W: 1}, None, [
   "needed a dvla code on the spot, nobody told me beforehand",
   "courtesy car paperwork took 25 mins",
   "damage check on the courtesy car took forever"]),
 ("keydrop", SB, "Arrival and drop-off", "Out of hours key drop", "mix", 4, None, None, [
   "key drop handy but no one confirmed they got my keys",
   "dropped keys in the letterbox, bit nervous tbh",
   "out of hours drop was fine"]),
 # ---- workshop visit ----
 ("vhc_good", WV, "Inspection and diagnosis", "Vehicle health check video", "pos", 14, None, None, [
   "the video of my car was brilliant, could see the tyres myself",
   "loved the health check video, really transparent",
   "tech talked me through the brakes on video, great",
   "video check is a great idea, trust you more now",
   "vhc video = honest. nice one"]),
 ("vhc_late", WV, "Inspection and diagnosis", "Vehicle health check video", "neg", 6, None, None, [
   "got the video at 4.30, too late to say yes to anything",
   "video came late afternoon so the work got pushed to tomorrow",
   "health check vid arrived after 3, no time to approve"]),
 ("mot_bay", WV, "Inspection and diagnosis", "MOT test bay", "pos", 6, None, None, [
   "mot done while i waited, cert emailed",
   "passed mot, quick and painless",
   "failed on a bulb they could have just swapped, but otherwise fine"]),
 ("diag", WV, "Inspection and diagnosis", "Technician diagnostics", "neg", 7, None, None, [
   "charged 90 quid diagnostic and they found nothing",
   "paid for diag, engine light came back on the next day",
   "diagnostic fee even though no fault found, cheeky"]),
 ("quote_vat", WV, "Approval of extra work", "Extra work quote link", "neg", 6, None, None, [
   "quote in the link didnt include vat so the bill was 20% more",
   "like being able to approve online but the prices are confusing ex vat",
   "approved work on the link then got charged more, vat not shown"]),
 ("quote_good", WV, "Approval of extra work", "Extra work quote link", "pos", 5, None, None, [
   "approved the tyres with one tap, easy",
   "quote link is handy, declined the wipers approved the pads"]),
 ("advisor_cb", WV, "Approval of extra work", "Advisor update call", "neg", 12, None, None, [
   "advisor never rang back, chased 3 times",
   "left voicemails all day, nobody called me back",
   "had to ring them to find out what was going on with my car",
   "promised a call by 12, nothing. communication is poor",
   "no updates whatsoever until i rang at 4"]),
 ("advisor_good", WV, "Approval of extra work", "Advisor update call", "pos", 4, None, None, [
   "advisor rang and explained everything really clearly, thanks Dan",
   "great communication from the service advisor"]),
 ("fleet_po", WV, "Approval of extra work", "Fleet purchase order approval", "neg", 9, {R: 0, F: 9, M: 0, W: 1}, None, [
   "car sat there a whole day waiting for a PO from our fleet manager",
   "fleet approval process is painfully slow",
   "no-one told me the car was waiting for authorisation from work",
   "PO chase took all day, i need my car for work"]),
 ("tracker", WV, "Repair and progress", "Workshop progress tracker", "neg", 6, None, None, [
   "tracker said in workshop all day then suddenly ready at 6",
   "app status never changed",
   "the progress tracker is pointless, doesnt update"]),
 ("tracker_logout", WV, "Repair and progress", "Workshop progress tracker", "neg", 7, None, dt.date(2026, 11, 2), [
   "since the app update the tracker keeps logging me out",
   "new app version wont show my car status at all",
   "app update broke the tracker, just spins",
   "after updating the myhalden app i cant log in to see progress"]),
 ("parts_bo", WV, "Repair and progress", "Parts ordering", "neg", 12, None, None, [
   "part on back order, car kept overnight and nobody called",
   "waited 5 days for brake discs",
   "ev coolant pump on backorder for 2 weeks, ridiculous",
   "parts delay, again. car not ready when promised",
   "had to come back another day cos the part didnt arrive"]),
 ("warranty", WV, "Repair and progress", "Warranty claim approval", "neg", 7, {R: 1, F: 1, M: 0, W: 7}, None, [
   "warranty job took 3 days to get approved by the manufacturer",
   "had to wait for warranty auth and no courtesy car either",
   "warranty repair dragged on, manufacturer sign off slow"]),
 ("valet", WV, "Repair and progress", "Valet and wash", "pos", 9, None, None, [
   "car came back spotless, nice touch",
   "free wash lovely",
   "valet was great, cleaner than when i bought it",
   "washed and hoovered, appreciated"]),
 ("valet_bad", WV, "Repair and progress", "Valet and wash", "neg", 2, None, None, [
   "valet missed the inside completely",
   "wash left streaks all over"]),
 ("ready_good", WV, "Collection and payment", "Ready for collection SMS", "pos", 6, None, None, [
   "got the ready text bang on time",
   "ready text came when promised, great"]),
 ("ready_late", WV, "Collection and payment", "Ready for collection SMS", "neg", 5, None, None, [
   "ready text said 3pm, car wasnt ready till 5",
   "told ready by lunch, text came at half 5"]),
 ("pbl_good", WV, "Collection and payment", "Pay by link", "pos", 7, None, None, [
   "paid by link before i got there, just grabbed my keys",
   "pay by link is great, no queue",
   "paying on my phone was really convenient"]),
 ("pbl_fail", WV, "Collection and payment", "Pay by link", "neg", 12, None, dt.date(2026, 10, 26), [
   "payment link declined my card 3 times",
   "pay link timed out, had to queue at the desk anyway",
   "new payment page keeps erroring",
   "paid by link and got charged twice!!",
   "payment link broken, said session expired",
   "pay link wouldnt take amex or my debit card"]),
 ("cashier", WV, "Collection and payment", "Cashier desk", "neg", 8, None, None, [
   "only one person on the till at 5pm, 20 min queue",
   "queue to pay was long",
   "waited ages to pay and get my keys"]),
 ("invoice_good", WV, "Collection and payment", "Invoice walk-through", "pos", 5, None, None, [
   "advisor explained everything on the invoice, appreciated",
   "went through the bill line by line, really clear"]),
 ("invoice_bad", WV, "Collection and payment", "Invoice walk-through", "neg", 7, None, None, [
   "bill was way over the quote, nobody explained why",
   "invoice had labour i didnt agree to",
   "final bill much higher than fixed price, no explanation"]),
 ("driver_ret", WV, "Collection and payment", "Car returned by driver", "pos", 7, {R: 2, F: 6, M: 1, W: 0}, None, [
   "driver dropped it back at the office, really convenient",
   "collection and delivery is a lifesaver",
   "car back on my drive by 4, superb"]),
 ("survey", WV, "Aftercare", "Post-visit survey", "neg", 3, None, None, [
   "too many surveys",
   "this survey is 20 questions long"]),
 ("complaint_good", WV, "Aftercare", "Complaint follow-up call", "pos", 3, None, None, [
   "customer relations rang me the next day and sorted a refund",
   "complaint handled well, thank you Sarah"]),
 ("complaint_bad", WV, "Aftercare", "Complaint follow-up call", "neg", 3, None, None, [
   "complained and heard nothing back",
   "no one followed up on my complaint"]),
 ("plan", WV, "Aftercare", "Service plan sign-up", "mix", 5, None, None, [
   "bit pushy about the service plan at collection",
   "service plan makes budgeting easy",
   "signed up for the monthly plan, seems good value"]),
 ("review", WV, "Aftercare", "Review request email", "mix", 3, None, None, [
   "asked for a google review before id even got home lol",
   "review email a bit much"]),
]
SHORT = ["ok", "fine", "good", "n/a", "..", "meh", "all good ta", "no comment", "gr8", "ta"]
PREFIX = {"pos": ["", "", "", "", "Honestly ", "tbh ", "ok so ", "Well ", "Really pleased, "],
          "neg": ["", "", "", "", "Honestly ", "tbh ", "Staff were nice but ", "Not happy - ", "ok so ", "Well "],
          "mix": ["", "", "", "tbh ", "ok so "]}
SUFFIX = {"pos": ["", "", "", "", " thanks", ".", "!!", " cheers", " will come back", " :)"],
          "neg": ["", "", "", "", ".", "!!", " :(", " not impressed", " 10/10 for the staff tho", " sort it out"],
          "mix": ["", "", "", ".", " i guess"]}

def typo(s):
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return s
    i = rnd.choice(cand); w = words[i]; j = rnd.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)

def nps_score(sent):
    if sent == "pos":
        return rnd.choice([10, 10, 9, 9, 9, 8, 10, 7])
    if sent == "neg":
        return rnd.choice([0, 1, 2, 3, 3, 4, 5, 5, 6, 6, 7])
    return rnd.choice([5, 6, 7, 7, 8, 8, 9])

def csat_score(sent):
    if sent == "pos":
        return rnd.choice([5, 5, 5, 4, 4, 3])
    if sent == "neg":
        return rnd.choice([1, 1, 2, 2, 2, 3, 4])
    return rnd.choice([2, 3, 3, 4, 4])

def pick_seg(w):
    w = w or BASE_SEG
    keys = [k for k in w if w[k] > 0]
    return rnd.choices(keys, weights=[w[k] for k in keys])[0]

def pick_date(frm):
    a = frm or START
    return a + dt.timedelta(days=rnd.randrange((END - a).days + 1))

rows = []  # dicts
for key, j, st, tp, sent, n, segw, frm, texts in T:
    n = max(2, round(n * 0.85))
    for k in range(n):
        text = texts[k % len(texts)] if k < len(texts) else rnd.choice(texts)
        text = rnd.choice(PREFIX[sent]) + text + rnd.choice(SUFFIX[sent])
        if rnd.random() < 0.18:
            text = typo(text)
        if rnd.random() < 0.1:
            text = text.upper() if sent == "neg" and rnd.random() < 0.3 else text.lower()
        rows.append(dict(theme=key, journey=j, stage=st, touchpoint=tp, sent=sent,
                         segment=pick_seg(segw), date=pick_date(frm), text=text.strip()))
# short / empty-ish
all_tps = [(j, st, tp) for _, j, st, tp, *_ in T if tp]
for k in range(10):
    j, st, tp = rnd.choice(all_tps)
    rows.append(dict(theme="short", journey=j, stage=st, touchpoint=tp, sent="mix",
                     segment=pick_seg(None), date=pick_date(None), text=SHORT[k % len(SHORT)]))
rows.sort(key=lambda r: (r["date"], r["theme"]))
# make sure the newest item is exactly END
rows[-1]["date"] = END

# split: booking -> A (nps). workshop -> B (csat export) with p=0.4 else A
for r in rows:
    r["file"] = "B" if (r["journey"] == WV and rnd.random() < 0.4) else "A"
    r["site"] = rnd.choice(SITES)
    r["channel_used"] = ""
a_rows = [r for r in rows if r["file"] == "A"]
b_rows = [r for r in rows if r["file"] == "B"]
for i, r in enumerate(a_rows):
    r["id"] = f"HS-NPS-{10001 + i}"
    r["score"] = nps_score(r["sent"])
    r["score_type"] = "nps"
for i, r in enumerate(b_rows):
    r["id"] = f"WX{5001 + i}"
    r["score"] = csat_score(r["sent"])
    r["score_type"] = "csat"
    r["time"] = f"{rnd.randrange(8, 20):02d}:{rnd.randrange(60):02d}"

os.makedirs(os.path.join(K, "comments"), exist_ok=True)
with open(os.path.join(K, "comments", "nps_survey_halden_service.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "site", "comment"])
    for r in a_rows:
        w.writerow([r["id"], r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["score"],
                    "nps", r["segment"], r["site"], r["text"]])
with open(os.path.join(K, "comments", "workshop_csat_export.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ResponseID", "Submitted", "Site", "Programme", "Area", "Step", "CSAT", "ScoreKind", "CustomerType", "Verbatim"])
    for r in b_rows:
        w.writerow([r["id"], r["date"].strftime("%d/%m/%Y") + " " + r["time"], "Halden " + r["site"], r["journey"],
                    r["stage"], r["touchpoint"], r["score"], "csat", r["segment"].lower(), r["text"]])
with open(os.path.join(K, "comments", "workshop_csat_export.mapping.yaml"), "w", encoding="utf-8") as f:
    f.write("kind: comments\n"
            "date_format: \"%d/%m/%Y %H:%M\"\n"
            "columns:\n"
            "  id: ResponseID\n  date: Submitted\n  journey: Programme\n  stage: Area\n  touchpoint: Step\n"
            "  score: CSAT\n  score_type: ScoreKind\n  segment: CustomerType\n  comment: Verbatim\n")

# ---------------- KPIs ----------------
weeks = [START + dt.timedelta(weeks=i) for i in range(12)]
assert weeks[-1] == END
def series(start, end, noise, nd=1, jump=None):
    out = []
    for i in range(12):
        v = start + (end - start) * i / 11 + rnd.uniform(-noise, noise)
        if jump and i >= jump[0]:
            v += jump[1]
        out.append(round(v, nd) if nd else int(round(v)))
    return out
K1 = [  # metric, unit, target, hib, journey, stage, touchpoint, values
 ("online_booking_conversion_rate", "%", 42, "true", SB, "Booking", "Online booking tool", series(31, 38.5, 0.8)),
 ("booking_abandonment_rate", "%", 25, "false", SB, "Booking", "Online booking tool", series(44, 36, 1.0)),
 ("avg_call_wait_time", "s", 90, "false", SB, "Booking", "Central booking line", series(105, 215, 8, 0)),
 ("no_show_rate", "%", 5, "false", SB, "Confirmation and pre-visit", "Day-before reminder SMS", series(7.9, 6.0, 0.3)),
 ("vhc_approval_rate", "%", 35, "true", WV, "Inspection and diagnosis", "Vehicle health check video", series(27.5, 33.5, 0.7)),
 ("first_time_fix_rate", "%", 92, "true", WV, "Inspection and diagnosis", "Technician diagnostics", series(90.5, 89.0, 0.6)),
 ("pay_by_link_failure_rate", "%", 2, "false", WV, "Collection and payment", "Pay by link", series(1.6, 2.2, 0.3, jump=(8, 6.5))),
]
K2 = [  # second shape: date, metric, value with % sign, stage only, no target
 ("on_time_completion_rate", "Collection and payment", series(86, 74, 1.2)),
 ("workshop_utilisation_rate", "Repair and progress", series(81, 88, 1.0)),
 ("service_plan_penetration", "Aftercare", series(22, 26, 0.6)),
]
with open(os.path.join(K, "kpis", "aftersales_weekly_kpis.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["metric", "date", "value", "unit", "target", "higher_is_better", "journey", "stage", "touchpoint"])
    for m, u, t, h, j, s, tp, vals in K1:
        for d, v in zip(weeks, vals):
            w.writerow([m, d.isoformat(), v, u, t, h, j, s, tp])
with open(os.path.join(K, "kpis", "workshop_scorecard.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["date", "journey", "stage", "metric", "value"])
    for m, s, vals in K2:
        for d, v in zip(weeks, vals):
            w.writerow([d.isoformat(), WV, s, m, f"{v}%"])

# ---------------- stats for question writing ----------------
def nps(scores):
    n = len(scores); p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return round(100 * (p - d) / n, 1), n
def csat(scores):
    return round(100 * sum(s >= 4 for s in scores) / len(scores), 1), len(scores)
st = {"n_comments": len(rows), "n_A": len(a_rows), "n_B": len(b_rows), "nps": {}, "csat": {}, "kpi": {}, "themes": {}}
from collections import defaultdict
g = defaultdict(list)
for r in a_rows:
    g["all"].append(r["score"]); g["J:" + r["journey"]].append(r["score"])
    g["S:" + r["stage"]].append(r["score"]); g["T:" + r["touchpoint"]].append(r["score"])
    g["SEG:" + r["segment"]].append(r["score"])
    g["JSEG:" + r["journey"] + ":" + r["segment"]].append(r["score"])
st["nps"] = {k: nps(v) for k, v in sorted(g.items())}
g = defaultdict(list)
for r in b_rows:
    g["all"].append(r["score"]); g["S:" + r["stage"]].append(r["score"]); g["T:" + r["touchpoint"]].append(r["score"])
    g["SEG:" + r["segment"]].append(r["score"])
st["csat"] = {k: csat(v) for k, v in sorted(g.items())}
for m, u, t, h, j, s, tp, vals in K1:
    st["kpi"][m] = {"vals": vals, "target": t, "unit": u}
for m, s, vals in K2:
    st["kpi"][m] = {"vals": vals}
for r in rows:
    x = st["themes"].setdefault(r["theme"], {"n": 0, "min": None, "max": None, "segs": {}})
    x["n"] += 1; d = r["date"].isoformat()
    x["min"] = min(x["min"] or d, d); x["max"] = max(x["max"] or d, d)
    x["segs"][r["segment"]] = x["segs"].get(r["segment"], 0) + 1
# comments in last 30 days per theme
cut = END - dt.timedelta(days=30)
st["last30"] = {}
for r in rows:
    if r["date"] > cut:
        st["last30"][r["theme"]] = st["last30"].get(r["theme"], 0) + 1
with open(os.path.join(ROOT, "scripts", "stats.json"), "w") as f:
    json.dump(st, f, indent=1, default=str)
print(len(rows), len(a_rows), len(b_rows))
