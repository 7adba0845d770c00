#!/usr/bin/env python3
"""Seeded generator for the `removals` evaluation base.

Writes every file under knowledge/ (maps, comments, KPIs), then the question sets
(dev.yaml, heldout.yaml) via questions.py, whose figures come from stats.py reading
the generated files.  Run:  python3 scripts/build.py
"""
import csv
import datetime as dt
import json
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from maps import HOUSE_MOVE, SELF_STORAGE  # noqa: E402

ROOT = os.path.dirname(HERE)
K = os.path.join(ROOT, "knowledge")
SEED = 20251103
WEEKS = [dt.date(2025, 9, 1) + dt.timedelta(days=7 * i) for i in range(10)]

ITEMS = ["wardrobe", "dining table", "sofa", "piano", "chest of drawers", "mirror", "TV", "bookcase",
         "desk", "glass cabinet"]
NAMES = ["Dave", "Tomasz", "Kev", "Sam", "Marcus", "Lee", "Priya", "Jo", "Gary", "Nadia"]

# ---------------------------------------------------------------- house move comments
# (stage, touchpoint, sentiment, text, min_week)
HM = [
    # positive
    ("Quote and home survey", "Video home survey", "pos", "Video survey was quick and {name} spotted things I'd forgotten in the loft.", 0),
    ("Quote and home survey", "Fixed-price quote email", "pos", "Quote was clear and itemised, the price we were quoted is exactly what we paid.", 0),
    ("Quote and home survey", "In-home surveyor visit", "pos", "Surveyor was punctual and really thorough, measured the stairs and the {item}.", 0),
    ("Quote and home survey", "Online quote form", "pos", "Online quote took two minutes and the estimate ended up spot on.", 0),
    ("Packing service", "Professional packing day", "pos", "The packing team were brilliant, wrapped every glass individually and labelled every box.", 0),
    ("Packing service", "Professional packing day", "pos", "{name} and the packing crew were so careful and friendly, made a stressful week easy.", 0),
    ("Packing service", "Fragile items crating", "pos", "They built a crate for our {item} and it arrived in perfect condition.", 0),
    ("Moving day", "Loading and transport", "pos", "The lads were brilliant, fast, careful and cheerful all day.", 0),
    ("Moving day", "Loading and transport", "pos", "Crew were really professional, wrapped all the furniture in blankets before loading.", 0),
    ("Moving day", "Unloading and placement", "pos", "Everything went into the right room and the crew even put the beds in place.", 0),
    ("Moving day", "Furniture reassembly", "pos", "They rebuilt the {item} and both beds before they left, above and beyond.", 0),
    ("After the move", "Box collection", "pos", "Box collection was easy to book and they came when they said.", 0),
    ("Booking and move date", "Move date confirmation call", "pos", "Coordinator rang a week before and went through parking and access, very reassuring.", 0),
    ("Booking and move date", "Customer portal", "pos", "Liked seeing the inventory and all the documents in the portal.", 0),
    ("", "", "pos", "Would recommend to anyone, smoothest house move we've ever had.", 0),
    ("", "", "pos", "Friendly, careful crew and good value, would use again for our next house move.", 0),
    ("After the move", "Damage claim form", "pos", "Claim for the {item} was settled in under two weeks with a fair offer.", 5),
    # neutral
    ("Quote and home survey", "Online quote form", "neu", "Estimate range from the online form was very wide, had to wait for the survey to get a real price.", 0),
    ("Booking and move date", "Deposit payment", "neu", "Deposit payment was easy enough, bit steep at 20% though.", 0),
    ("Packing service", "Packing materials delivery", "neu", "Boxes were ok but we ran out of tape and wardrobe cartons.", 0),
    ("Packing service", "Room-by-room inventory", "neu", "Inventory app is a nice idea but the labels didn't match the rooms in the new house.", 0),
    ("Moving day", "Unloading and placement", "neu", "Move was fine overall, a couple of boxes went in the wrong rooms.", 0),
    ("After the move", "Final invoice", "neu", "Final invoice was a bit higher than expected but they explained the extra hour.", 0),
    ("Quote and home survey", "In-home surveyor visit", "neu", "Surveyor visits only come in two-hour slots in the working day, had to take time off.", 0),
    ("Moving day", "Loading and transport", "neu", "Good crew, a bit slow to load, finished about an hour behind plan.", 0),
    ("", "", "neu", "Decent service, nothing special, price was middle of the road.", 0),
    # negative
    ("Quote and home survey", "Video home survey", "neg", "Video survey missed half the garage and the loft, then we were charged extra on the day for a second van.", 0),
    ("Quote and home survey", "Video home survey", "neg", "The video call kept dropping and the surveyor underestimated the volume badly.", 0),
    ("Quote and home survey", "Fixed-price quote email", "neg", "Quote didn't mention the charge for stairs or the parking permit, felt like hidden extras.", 0),
    ("Quote and home survey", "Fixed-price quote email", "neg", "Waited five days for the written quote after the survey, nearly went elsewhere.", 0),
    ("Booking and move date", "Date change request", "neg", "Our completion moved by two days and you charged a 95 pound date change fee, not fair when it's the solicitors' fault.", 0),
    ("Booking and move date", "Date change request", "neg", "No alternative dates for three weeks when our completion slipped, really stressful.", 0),
    ("Booking and move date", "Customer portal", "neg", "Couldn't log in to the portal and the password reset email took a day to come through.", 0),
    ("Packing service", "Packing materials delivery", "neg", "Boxes only turned up two days before the move so we couldn't pack ourselves.", 0),
    ("Moving day", "Loading and transport", "neg", "Our {item} was damaged in the van, big dent down the side.", 0),
    ("Moving day", "Unloading and placement", "neg", "Crew scratched the new floor and the hallway walls carrying the {item} in.", 0),
    ("Moving day", "Furniture reassembly", "neg", "Bed left in pieces because the crew ran out of time, had to rebuild it at midnight.", 0),
    ("After the move", "Damage claim form", "neg", "Damage claim has taken weeks and they asked for the same photos twice.", 0),
    ("After the move", "Damage claim form", "neg", "Still chasing the claim for our broken {item}, nobody calls back.", 0),
    ("After the move", "Final invoice", "neg", "Final invoice had three extra hours added with no explanation.", 0),
    ("Moving day", "Loading and transport", "neg", "A box of kitchenware went missing somewhere between the two houses.", 0),
]

# emerging theme 1 (house move, last 3 weeks): crews outside the arrival window, no text/update
HM_EMERGING = [
    "Crew was meant to come 8-10 and turned up at 1pm, no text, no update, nothing.",
    "Got the arrival window text the night before, then the van was three hours outside the arrival window and no update all morning.",
    "Sat waiting for the crew after handing the keys over, no text to say they were running behind.",
    "The arrival window SMS is pointless if the crew turns up hours after it, nobody updated us.",
    "Crew arrived after lunch instead of 8am with no text from the office, our buyers were waiting outside.",
    "Crew outside the arrival window again (my sister had the same last week) and no update from anyone.",
    "Had to ring three times to find out where the van was, no text, the arrival window meant nothing.",
]

HM_SEG = {  # weight, (p_pos, p_neu)
    "First time buyer": (0.30, (0.30, 0.25)),
    "Family home": (0.30, (0.45, 0.25)),
    "Downsizer": (0.20, (0.50, 0.25)),
    "Corporate relocation": (0.20, (0.62, 0.23)),
}
HM_PREFIX = {
    "First time buyer": "As a first time buyer, ",
    "Family home": "Moving a family of five, ",
    "Downsizer": "Downsizing after 30 years, ",
    "Corporate relocation": "Relocating for work, ",
}

# ---------------------------------------------------------------- self storage comments
SS = [
    # positive
    ("Move-in day", "Trolleys and loading bay", "pos", "Loading bay was covered and the trolleys made moving in easy.", 0),
    ("Access and visits", "Store reception desk", "pos", "Staff at reception are always friendly and helpful, even took in a parcel for me.", 0),
    ("Access and visits", "Extended access hours", "pos", "Love that I can get in from 6am before work.", 0),
    ("Unit enquiry and booking", "Online unit booking", "pos", "Booked online in five minutes and the unit was ready when I arrived.", 0),
    ("Unit enquiry and booking", "Store phone enquiry", "pos", "The store manager talked me through sizes on the phone and was spot on.", 0),
    ("Move-in day", "Collection van service", "pos", "Collection van service was a lifesaver, two guys had the unit filled in an hour.", 0),
    ("Access and visits", "", "pos", "Units are spotless, clean and feel very secure with cameras everywhere.", 0),
    ("Ending the rental", "Move-out inspection", "pos", "Moving out was painless, the inspection took five minutes.", 0),
    ("Unit enquiry and booking", "Half price first month offer", "pos", "Half price first month made it a no brainer.", 0),
    ("Access and visits", "Storage app", "pos", "Opening the gate from the app by Bluetooth is really handy.", 0),
    ("", "", "pos", "Clean, secure and friendly staff, exactly what you want from a storage place.", 0),
    # neutral
    ("Move-in day", "Move-in paperwork and ID check", "neu", "Paperwork took a while, ID check and contract over half an hour, but fine.", 0),
    ("Billing and payments", "Contents insurance cover", "neu", "Not sure what the insurance actually covers, the email is confusing.", 0),
    ("Access and visits", "Storage app", "neu", "App bluetooth gate opening is hit and miss on my older phone.", 0),
    ("Unit enquiry and booking", "Unit size calculator", "neu", "Calculator suggested 35 sq ft, ended up needing 50, staff swapped it for me though.", 0),
    ("Move-in day", "Trolleys and loading bay", "neu", "Saturday morning and no trolleys free, had to wait 20 minutes.", 0),
    ("Ending the rental", "Notice to vacate", "neu", "Didn't realise you need 14 days notice, wasn't clear when I booked.", 0),
    # negative
    ("Unit enquiry and booking", "Unit size calculator", "neg", "Size calculator told me a 25 sq ft unit would do, nowhere near, had to pay for a bigger one.", 0),
    ("Billing and payments", "Monthly direct debit", "neg", "Direct debit was taken twice this month and I'm still waiting to get it back.", 0),
    ("Billing and payments", "Monthly direct debit", "neg", "Payment failed because the collection date was changed without telling me, then a text threatening to block access.", 0),
    ("Billing and payments", "Missed payment reminder", "neg", "Got three reminder texts in one day for a payment I'd already made.", 0),
    ("Billing and payments", "Contents insurance cover", "neg", "Forced to buy your insurance even though my home policy already covers it.", 0),
    ("Ending the rental", "Deposit refund", "neg", "Moved out four weeks ago and still no deposit refund.", 0),
    ("Ending the rental", "Deposit refund", "neg", "Deposit refund took nearly three weeks and two phone calls.", 0),
    ("Ending the rental", "Notice to vacate", "neg", "Paid two extra weeks because of the notice period even though the unit was empty.", 0),
    ("Move-in day", "Move-in paperwork and ID check", "neg", "Took 45 minutes to sign in on move-in day with a van full of stuff waiting outside.", 0),
    ("Access and visits", "Storage app", "neg", "Storage app logs me out every time and I can't see my invoices.", 0),
]

# emerging theme 2 (storage, last 2 weeks): keypad / gate PIN failing after the access system upgrade
SS_KEYPAD = [
    "Since the gate system upgrade my PIN doesn't work half the time, stuck outside with a van.",
    "Keypad rejected my code three times, had to ring the bell and wait for staff.",
    "After the access upgrade the keypad on the building door keeps locking me out.",
    "New keypad system is a nightmare, codes were reset without telling anyone.",
    "Couldn't get in on Sunday, keypad said invalid code and no one on site to help.",
    "Keypad at the vehicle gate froze after the upgrade, queue of cars behind me.",
]
# emerging theme 3 (storage, last 3 weeks): rent review letters with a big price increase
SS_PRICE = [
    "Rent review letter says my unit is going up 18% from next month, that's a huge price increase.",
    "Just got a price increase letter after 8 months, new customers get half price and loyal ones get hiked.",
    "18 percent rent increase with two weeks warning, looking at other storage companies now.",
    "The price increase letter didn't even explain why, not happy at all.",
    "Rent increase of 18% on my 50 sq ft unit, that's nearly 30 pound a month more.",
]

SS_SEG = {
    "Household": (0.40, (0.50, 0.25)),
    "Business": (0.20, (0.28, 0.25)),
    "Student": (0.15, (0.50, 0.30)),
    "Between moves": (0.25, (0.62, 0.23)),
}
SS_PREFIX = {
    "Household": "",
    "Business": "Small business customer here. ",
    "Student": "Student here, storing over the summer. ",
    "Between moves": "Storing between selling and buying. ",
}
STORES = ["Manchester Central", "Leeds North", "Bristol Temple", "Croydon", "Glasgow East"]

JUNK = ["", ".", "n/a", "N/A", "-"]


def tp_channel(journey, stage, touchpoint):
    for s in journey["stages"]:
        if s["name"] == stage:
            for t in s.get("touchpoints", []):
                if t["name"] == touchpoint:
                    return t["channel"]
    return "email"


def pick_sentiment(rng, probs):
    p_pos, p_neu = probs
    r = rng.random()
    return "pos" if r < p_pos else ("neu" if r < p_pos + p_neu else "neg")


def nps_score(rng, s):
    if s == "pos":
        return rng.choice([9, 9, 10, 10, 10])
    if s == "neu":
        return rng.choice([7, 8, 8])
    return rng.choice([0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6])


def csat_score(rng, s):
    if s == "pos":
        return rng.choice([4, 5, 5])
    if s == "neu":
        return 3
    return rng.choice([1, 1, 2, 2, 2])


def fill(rng, text):
    return text.replace("{item}", rng.choice(ITEMS)).replace("{name}", rng.choice(NAMES))


def with_prefix(rng, prefix, text):
    if prefix and rng.random() < 0.25:
        if prefix.endswith(", "):
            return prefix + text[0].lower() + text[1:]
        return prefix + text
    return text


def day_in_week(rng, w):
    return WEEKS[w] + dt.timedelta(days=rng.randrange(7))


def weighted(rng, table):
    names = list(table)
    return rng.choices(names, weights=[table[n][0] for n in names])[0]


def build_house_comments(rng):
    rows = []
    n = 0

    def add(date, stage, touchpoint, score, segment, text):
        nonlocal n
        n += 1
        rows.append({
            "id": f"HM-{n:04d}", "date": date.isoformat(), "journey": "House move", "stage": stage,
            "touchpoint": touchpoint, "channel": tp_channel(HOUSE_MOVE, stage, touchpoint) if touchpoint else "email",
            "score": "" if score is None else str(score), "score_type": "nps", "segment": segment,
            "customer": f"C{rng.randrange(100000, 999999)}", "comment": text,
        })

    for w in range(10):
        for _ in range(20):
            seg = weighted(rng, HM_SEG)
            s = pick_sentiment(rng, HM_SEG[seg][1])
            pool = [t for t in HM if t[2] == s and t[4] <= w]
            stage, touch, _, text, _ = rng.choice(pool)
            add(day_in_week(rng, w), stage, touch, nps_score(rng, s), seg,
                with_prefix(rng, HM_PREFIX[seg], fill(rng, text)))
        if w >= 7:  # emerging: late crews with no updates
            for _ in range({7: 4, 8: 6, 9: 8}[w]):
                seg = weighted(rng, HM_SEG)
                add(day_in_week(rng, w), "Moving day", "Crew arrival window SMS",
                    rng.choice([0, 1, 2, 3, 4, 5]), seg, rng.choice(HM_EMERGING))
    # contact data in text
    add(day_in_week(rng, 2), "Moving day", "Loading and transport", 10, "Family home",
        "Crew were fantastic, happy to do a testimonial, call me on 07700 900482.")
    add(day_in_week(rng, 4), "After the move", "Damage claim form", 2, "Downsizer",
        "Still waiting on my damage claim, please email me at karen.walsh82@example.com instead of phoning.")
    add(day_in_week(rng, 6), "Quote and home survey", "Fixed-price quote email", 7, "First time buyer",
        "Quote was fine but I never got the revised one, send it to j.okafor@example.org or ring 020 7946 0381.")
    # junk rows, no score
    for i, j in enumerate(["", ".", "n/a"]):
        add(day_in_week(rng, 2 + 3 * i), "", "", None, weighted(rng, HM_SEG), j)
    rng.shuffle(rows)
    rows.sort(key=lambda r: r["date"])
    return rows


def build_storage_comments(rng):
    rows = []
    n = 0

    def add(when, stage, touchpoint, score, segment, text):
        nonlocal n
        n += 1
        stamp = dt.datetime.combine(when, dt.time(rng.randrange(7, 22), rng.randrange(60)))
        rows.append({
            "Response ID": f"R{700100 + n * 7}", "Submitted At": stamp.strftime("%d/%m/%Y %H:%M"),
            "Verbatim": text, "Rating (1-5)": "" if score is None else str(score), "Scale": "csat",
            "Area": "Self storage", "Step": stage, "Touchpoint Name": touchpoint, "Customer Type": segment,
            "Source": rng.choice(["email survey", "email survey", "app", "in-store tablet"]),
            "Store": rng.choice(STORES),
        })

    for w in range(10):
        for _ in range(15):
            seg = weighted(rng, SS_SEG)
            s = pick_sentiment(rng, SS_SEG[seg][1])
            pool = [t for t in SS if t[2] == s and t[4] <= w]
            stage, touch, _, text, _ = rng.choice(pool)
            add(day_in_week(rng, w), stage, touch, csat_score(rng, s), seg,
                with_prefix(rng, SS_PREFIX[seg], fill(rng, text)))
        if w >= 8:  # emerging: keypad failures after the access upgrade
            for _ in range({8: 6, 9: 9}[w]):
                seg = weighted(rng, SS_SEG)
                add(day_in_week(rng, w), "Access and visits", "Gate keypad entry", rng.choice([1, 1, 2, 2, 3]),
                    seg, rng.choice(SS_KEYPAD))
        if w >= 7:  # emerging: rent review price increase
            for _ in range({7: 3, 8: 4, 9: 6}[w]):
                seg = weighted(rng, SS_SEG)
                add(day_in_week(rng, w), "Billing and payments", "Rent review letter", rng.choice([1, 1, 2, 2, 3]),
                    seg, rng.choice(SS_PRICE))
    add(day_in_week(rng, 3), "Billing and payments", "Monthly direct debit", 1, "Business",
        "Direct debit taken twice again, someone ring me on 0161 496 0732 please.")
    add(day_in_week(rng, 5), "Ending the rental", "Deposit refund", 2, "Student",
        "Where is my deposit refund? reply to tom.briggs@example.co.uk")
    add(day_in_week(rng, 1), "Access and visits", "Store reception desk", 5, "Household",
        "Lovely team at reception, ask for me (Helen, 07700 900915) if you want a review.")
    for i, j in enumerate(["N/A", "-", ""]):
        add(day_in_week(rng, 1 + 3 * i), "", "", None, weighted(rng, SS_SEG), j)
    rows.sort(key=lambda r: dt.datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M"))
    return rows


# ---------------------------------------------------------------- KPIs
def series(rng, spec):
    kind = spec["shape"]
    vals = []
    for i in range(10):
        if kind == "flat":
            v = spec["base"] + rng.uniform(-spec["noise"], spec["noise"])
        elif kind == "linear":
            v = spec["start"] + (spec["end"] - spec["start"]) * i / 9 + rng.uniform(-spec["noise"], spec["noise"])
        elif kind == "tail":
            v = spec["tail"][i - 10 + len(spec["tail"])] if i >= 10 - len(spec["tail"]) else \
                spec["base"] + rng.uniform(-spec["noise"], spec["noise"])
        vals.append(round(v, 1))
    return vals


KPI_SPECS = [
    # journey, stage, touchpoint, metric, unit, target, higher_is_better, shape
    ("House move", "", "", "nps", "points", 45, True, dict(shape="tail", base=41, noise=1.2, tail=[37.6, 34.9, 31.8])),
    ("House move", "", "", "csat", "%", 85, True, dict(shape="flat", base=84.2, noise=0.9)),
    ("House move", "Quote and home survey", "Fixed-price quote email", "quote_conversion_rate", "%", 28, True,
     dict(shape="flat", base=29.4, noise=0.9)),
    ("House move", "Quote and home survey", "Video home survey", "survey_to_quote_time", "hours", 48, False,
     dict(shape="flat", base=55, noise=2.5)),
    ("House move", "Moving day", "Crew arrival window SMS", "on_time_arrival_rate", "%", 90, True,
     dict(shape="tail", base=92.3, noise=0.9, tail=[86.4, 81.7, 77.2])),
    ("House move", "Moving day", "Loading and transport", "damage_claim_rate", "%", 3.0, False,
     dict(shape="flat", base=2.4, noise=0.3)),
    ("House move", "After the move", "Damage claim form", "claim_resolution_days", "days", 14, False,
     dict(shape="linear", start=24.0, end=12.5, noise=0.6)),
    ("Self storage", "", "", "nps", "points", 35, True, dict(shape="tail", base=31.5, noise=1.2, tail=[28.4, 25.6])),
    ("Self storage", "", "", "csat", "%", 85, True, dict(shape="tail", base=86.4, noise=0.7, tail=[83.1, 79.8])),
    ("Self storage", "", "", "occupancy_rate", "%", 85, True, dict(shape="linear", start=83.6, end=88.6, noise=0.3)),
    ("Self storage", "Unit enquiry and booking", "Online unit booking", "online_booking_conversion", "%", 35, True,
     dict(shape="flat", base=30.2, noise=1.0)),
    ("Self storage", "Access and visits", "Gate keypad entry", "gate_access_failure_rate", "%", 1.5, False,
     dict(shape="tail", base=1.2, noise=0.15, tail=[3.1, 4.8])),
    ("Self storage", "Billing and payments", "Monthly direct debit", "payment_failure_rate", "%", 3.0, False,
     dict(shape="flat", base=3.4, noise=0.2)),
    ("Self storage", "Ending the rental", "Deposit refund", "deposit_refund_time", "days", 7, False,
     dict(shape="flat", base=9.6, noise=0.6)),
    ("Self storage", "", "", "churn_rate", "%", 4.5, False, dict(shape="tail", base=3.8, noise=0.2, tail=[4.1, 4.3])),
]


def build_kpis(rng):
    files = {"House move": [], "Self storage": []}
    for journey, stage, touch, metric, unit, target, hib, spec in KPI_SPECS:
        for d, v in zip(WEEKS, series(rng, spec)):
            files[journey].append({
                "date": d.isoformat(), "journey": journey, "stage": stage, "touchpoint": touch, "metric": metric,
                "value": f"{v:.1f}", "target": f"{target}", "unit": unit, "higher_is_better": "true" if hib else "false",
            })
    return files


def write_csv(path, rows, fields):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def main():
    rng = random.Random(SEED)
    for sub in ("maps", "comments", "kpis"):
        os.makedirs(os.path.join(K, sub), exist_ok=True)
    with open(os.path.join(K, "maps", "house-move.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(HOUSE_MOVE, f, sort_keys=False, allow_unicode=True, width=110)
    with open(os.path.join(K, "maps", "self-storage.json"), "w", encoding="utf-8") as f:
        json.dump(SELF_STORAGE, f, indent=2, ensure_ascii=False)

    hm = build_house_comments(random.Random(SEED + 1))
    write_csv(os.path.join(K, "comments", "house-move-nps-survey.csv"), hm,
              ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
               "customer", "comment"])
    ss = build_storage_comments(random.Random(SEED + 2))
    write_csv(os.path.join(K, "comments", "storage-feedback-export.csv"), ss,
              ["Response ID", "Submitted At", "Verbatim", "Rating (1-5)", "Scale", "Area", "Step",
               "Touchpoint Name", "Customer Type", "Source", "Store"])
    mapping = {
        "kind": "comments",
        "columns": {"id": "Response ID", "date": "Submitted At", "comment": "Verbatim", "score": "Rating (1-5)",
                    "score_type": "Scale", "journey": "Area", "stage": "Step", "touchpoint": "Touchpoint Name",
                    "segment": "Customer Type", "channel": "Source"},
        "date_format": "%d/%m/%Y %H:%M",
    }
    with open(os.path.join(K, "comments", "storage-feedback-export.mapping.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(mapping, f, sort_keys=False)

    kp = build_kpis(rng)
    fields = ["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"]
    write_csv(os.path.join(K, "kpis", "house-move-weekly.csv"), kp["House move"], fields)
    write_csv(os.path.join(K, "kpis", "self-storage-weekly.csv"), kp["Self storage"], fields)
    print(f"wrote {len(hm)} + {len(ss)} comments, {sum(len(v) for v in kp.values())} KPI rows")

    import questions  # noqa: E402  (reads the files just written)
    questions.main()


if __name__ == "__main__":
    main()
