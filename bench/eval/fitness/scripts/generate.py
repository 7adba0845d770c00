#!/usr/bin/env python3
"""Generate the Ridgeline Fitness knowledge base (deterministic, seeded).

Writes knowledge/maps, knowledge/comments, knowledge/kpis under the base folder.
Question sets are built by questions.py from the files this script writes.
"""
import csv
import json
import random
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from maps_data import JOIN, MEMBER  # noqa: E402
from themes import T  # noqa: E402

BASE = HERE.parent
K = BASE / "knowledge"
SEED = 20261202
rng = random.Random(SEED)

START, END = date(2026, 9, 1), date(2026, 11, 29)
CLUBS = ["Leeds Wellington Street", "Manchester Ancoats", "Sheffield Kelham", "Bristol Harbourside",
         "Nottingham Lace Market", "Birmingham Digbeth", "Cardiff Bay", "Glasgow Merchant City"]
COACHES = ["Jodie", "Marcus", "Priya", "Tom", "Aisha", "Dan", "Kerry", "Luca", "Megan", "Sam"]
CONSULTANTS = ["Becky", "Ollie", "Hannah", "Jamal", "Chloe"]
CLASSES = ["spin", "HIIT", "reformer", "bodypump", "boxfit", "yoga", "legs bums and tums"]
SEGMENTS = ["Standard"] * 40 + ["Off-Peak"] * 20 + ["Premium"] * 20 + ["Student"] * 12 + ["Corporate"] * 8
JNAME = {JOIN["id"]: JOIN["name"], MEMBER["id"]: MEMBER["name"]}

PROTECT = ["cancel", "induction", "freeze", "update", "twice", "4pm", "priority", "discount", "class",
           "charged", "fee", "promo", "waitlist", "shower", "pin", "off", "peak", "coach", "book"]
MISSPELL = {"definitely": "definately", "because": "becuase", "receive": "recieve", "really": "realy",
            "the": "teh", "and": "adn", "which": "wich", "their": "thier", "minutes": "mins",
            "though": "tho", "please": "pls", "people": "ppl", "with": "wiht"}
OPEN_NEG = ["tbh ", "honestly ", "not gonna lie, ", "ok so ", "", "Just to say, ", "main thing: ", "hmm ",
            "As a member of 3 years, ", "Feedback as asked - ", "one thing - "]
OPEN_POS = ["honestly ", "Overall ", "tbh ", "Just want to say ", "", "Have to say ", "so far so good, "]
CLOSE_NEG = [" not happy", ". sort it out pls", ". considering leaving", "!!", ". very frustrating",
             ". otherwise the gym is good", " - really not good enough", " :(", ". rest of it is fine",
             ", seriously", "...", ". Please look into it.", " and nobody seems to care", ". gutted"]
CLOSE_POS = [" :)", ", thanks!", ". keep it up", "!", " x", ". would recommend", ". cheers", " :D",
             ". Thank you.", ", no complaints"]


def write_maps():
    (K / "maps").mkdir(parents=True, exist_ok=True)
    with open(K / "maps" / "join-and-start.yaml", "w") as f:
        f.write("# Ridgeline Fitness - journey map maintained by the Membership Growth team\n")
        yaml.safe_dump(JOIN, f, sort_keys=False, allow_unicode=True, width=110)
    with open(K / "maps" / "member-lifecycle.json", "w") as f:
        json.dump(MEMBER, f, indent=2, ensure_ascii=False)


def rand_date(window, trend=None):
    a, b = (date.fromisoformat(window[0]), date.fromisoformat(window[1])) if window else (START, END)
    span = (b - a).days
    if trend == "rising":
        off = int(max(rng.random(), rng.random()) * (span + 1))
    else:
        off = rng.randint(0, span)
    return a + timedelta(days=min(off, span))


def typo(text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if w.isalpha() and not any(p in w.lower() for p in PROTECT)]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    lw = w.lower()
    if lw in MISSPELL and rng.random() < 0.7:
        words[i] = MISSPELL[lw] if w.islower() else MISSPELL[lw].capitalize()
    elif len(w) >= 4:
        j = rng.randint(1, len(w) - 2)
        if rng.random() < 0.5:
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        else:
            words[i] = w[:j] + w[j + 1:]
    return " ".join(words)


def voice(text, pol, reuse):
    t = text
    if rng.random() < 0.2 or reuse:
        opener = rng.choice(OPEN_NEG if pol != "pos" else OPEN_POS)
        if opener:
            t = opener + (t[0].lower() + t[1:] if not t.startswith(("I ", "I'", "PT", "£")) else t)
    if rng.random() < 0.2 or reuse:
        t = t.rstrip(".!") + rng.choice(CLOSE_NEG if pol != "pos" else CLOSE_POS)
    r = rng.random()
    if r < 0.35:
        t = t.lower()
    if rng.random() < 0.3:
        t = t.replace("'", "")
    if rng.random() < 0.22:
        t = typo(t)
    if rng.random() < 0.3:
        t = t.rstrip(".")
    return t


def fill(text, club):
    return (text.replace("{club}", club.split()[0] if rng.random() < 0.6 else club)
            .replace("{coach}", rng.choice(COACHES))
            .replace("{cons}", rng.choice(CONSULTANTS))
            .replace("{cls}", rng.choice(CLASSES)))


SCORES = {
    "nps": {"pos": [7, 8, 9, 9, 10, 10, 10], "neg": [0, 1, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7, 8], "mix": [5, 6, 7, 7, 8]},
    "csat": {"pos": [4, 4, 5, 5, 5], "neg": [1, 2, 2, 3, 3], "mix": [3, 3, 4]},
    "rating": {"pos": [4, 5, 5, 5], "neg": [1, 1, 1, 2, 2, 3], "mix": [2, 3, 4]},
}


def make_comments():
    rows = {0: [], 1: [], 2: []}
    seen = set()
    for t in T:
        texts = list(t["texts"])
        for fi in range(3):
            n = t["counts"][fi]
            order = []
            while len(order) < n:
                chunk = texts[:]
                rng.shuffle(chunk)
                order += chunk
            used = {}
            for k in range(n):
                base = order[k]
                reuse = used.get(base, 0) > 0
                used[base] = used.get(base, 0) + 1
                clubs = t["clubs"]
                club = rng.choice(clubs) if clubs else None
                club = club or rng.choice(CLUBS)
                for _ in range(20):
                    txt = voice(fill(base, club), t["pol"], reuse)
                    if txt.lower() not in seen:
                        break
                    reuse = True
                seen.add(txt.lower())
                stype = ["nps", "csat", "rating"][fi]
                d = rand_date(t["window"], t["trend"])
                seg = t["seg"] or rng.choice(SEGMENTS)
                rows[fi].append(dict(theme=t["key"], date=d, journey=t["journey"], stage=t["stage"],
                                     touchpoint=t["touchpoint"] or "", channel=t["channel"],
                                     score=rng.choice(SCORES[stype][t["pol"]]), score_type=stype,
                                     segment=seg, club=club, comment=txt))
    return rows


def write_comments(rows):
    out = K / "comments"
    out.mkdir(parents=True, exist_ok=True)
    allc = []
    # 1) relationship NPS survey - canonical columns
    nps = sorted(rows[0], key=lambda r: (r["date"], r["comment"]))
    with open(out / "member_nps_survey_sep-nov-2026.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type",
                    "segment", "club", "comment"])
        for i, r in enumerate(nps, 1):
            r["id"] = f"NPS-{26000 + i}"
            w.writerow([r["id"], r["date"].isoformat(), JNAME[r["journey"]], r["stage"], r["touchpoint"],
                        r["channel"], r["score"], "nps", r["segment"], r["club"], r["comment"]])
            allc.append(r)
    # 2) post-visit CSAT pulse - Typeform-style export with a mapping sidecar
    pulse = sorted(rows[1], key=lambda r: (r["date"], r["comment"]))
    with open(out / "post_visit_pulse_typeform.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["response_id", "submitted_at", "club", "membership_type", "journey", "stage",
                    "visit_area", "satisfaction", "score_type", "anything_else"])
        for r in pulse:
            r["id"] = "tf_" + "".join(rng.choice("0123456789abcdef") for _ in range(10))
            ts = datetime.combine(r["date"], datetime.min.time()) + timedelta(minutes=rng.randint(6 * 60, 22 * 60))
            w.writerow([r["id"], ts.strftime("%d/%m/%Y %H:%M"), r["club"], r["segment"], JNAME[r["journey"]],
                        r["stage"], r["touchpoint"], r["score"], "csat", r["comment"]])
            allc.append(r)
    with open(out / "post_visit_pulse_typeform.mapping.yaml", "w") as f:
        yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                        "columns": {"id": "response_id", "date": "submitted_at", "segment": "membership_type",
                                    "touchpoint": "visit_area", "score": "satisfaction",
                                    "comment": "anything_else"}}, f, sort_keys=False)
    # 3) app store reviews - in-house tagged export with a mapping sidecar
    app = sorted(rows[2], key=lambda r: (r["date"], r["comment"]))
    with open(out / "app_store_reviews_tagged.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["review_id", "review_date", "store", "app_version", "stars", "score_type", "journey",
                    "tagged_stage", "tagged_touchpoint", "channel", "review"])
        for i, r in enumerate(app, 1):
            r["id"] = f"AR-{rng.randint(100000, 999999)}"
            r["segment"] = ""
            ver = rng.choice(["5.2.0", "5.2.1"]) if r["date"] >= date(2026, 11, 10) else rng.choice(["5.1.3", "5.1.4"])
            w.writerow([r["id"], r["date"].strftime("%d/%m/%Y"), rng.choice(["iOS", "Android"]), ver, r["score"],
                        "rating", JNAME[r["journey"]], r["stage"], r["touchpoint"], "app", r["comment"]])
            allc.append(r)
    with open(out / "app_store_reviews_tagged.mapping.yaml", "w") as f:
        yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y",
                        "columns": {"id": "review_id", "date": "review_date", "score": "stars",
                                    "stage": "tagged_stage", "touchpoint": "tagged_touchpoint",
                                    "comment": "review"}}, f, sort_keys=False)
    return allc


WEEKS = [date(2026, 9, 7) + timedelta(weeks=i) for i in range(12)]
KPIS = [
    # metric, unit, target, higher_is_better, journey, stage, touchpoint, values
    ("online_join_conversion_rate", "%", 4.5, None, "join-and-start", "Sign up", "Online join form",
     [3.6, 3.5, 3.7, 3.6, 3.5, 3.9, 4.1, 4.2, 4.4, 4.3, 4.5, 4.6]),
    ("induction_completion_rate", "%", 85, None, "join-and-start", "Induction and first visit", "",
     [79.4, 78.8, 78.1, 77.5, 76.9, 76.2, 75.0, 74.1, 73.6, 72.2, 71.5, 70.8]),
    ("first_30_days_active_rate", "%", 60, None, "join-and-start", "First 30 days", "",
     [54.2, 55.0, 53.8, 54.6, 55.1, 54.3, 53.9, 54.8, 53.5, 52.9, 53.4, 52.7]),
    ("class_booking_error_rate", "%", 1.0, "false", "member-lifecycle", "Class booking", "Class booking in app",
     [0.8, 0.7, 0.9, 0.6, 0.8, 0.7, 0.9, 0.8, 0.7, 4.9, 6.3, 5.8]),
    ("pt_conversion_rate", "%", 8.0, None, "member-lifecycle", "Personal training", "",
     [5.1, 5.3, 5.2, 5.6, 5.5, 5.9, 6.0, 6.2, 6.1, 6.5, 6.6, 6.8]),
    ("failed_payment_rate", "%", 3.0, "false", "member-lifecycle", "Billing and payments", "Monthly direct debit",
     [3.2, 3.1, 3.3, 3.2, 3.0, 3.1, 3.2, 3.3, 5.6, 6.4, 5.9, 5.2]),
    ("monthly_churn_rate", "%", 4.0, None, "member-lifecycle", "Cancel membership", "",
     [4.4, 4.5, 4.5, 4.6, 4.7, 4.7, 4.8, 4.9, 5.0, 5.1, 5.3, 5.4]),
    ("nps", "score", 30, None, "member-lifecycle", "", "",
     [26, 25, 27, 24, 23, 22, 22, 21, 19, 18, 16, 15]),
    ("cancellation_confirmation_time", "days", 2.0, None, "member-lifecycle", "Cancel membership",
     "Cancellation confirmation", [5.8, 5.6, 5.9, 5.4, 5.1, 4.6, 4.2, 3.9, 3.7, 3.5, 3.4, 3.2]),
    ("billing_support_wait_time", "min", None, None, "member-lifecycle", "Billing and payments", "Billing support",
     [14, 15, 13, 16, 15, 17, 16, 18, 27, 31, 29, 26]),
]


def write_kpis():
    out = K / "kpis"
    out.mkdir(parents=True, exist_ok=True)
    files = {"join-and-start": out / "joining_weekly_kpis.csv", "member-lifecycle": out / "member_weekly_kpis.csv"}
    handles = {}
    for j, p in files.items():
        f = open(p, "w", newline="", encoding="utf-8")
        w = csv.writer(f)
        w.writerow(["date", "metric", "value", "unit", "target", "higher_is_better", "journey", "stage", "touchpoint"])
        handles[j] = (f, w)
    for wk_i, wk in enumerate(WEEKS):
        for m, unit, target, hib, j, st, tp, vals in KPIS:
            v = vals[wk_i]
            vs = f"{v}%" if (unit == "%" and j == "member-lifecycle") else f"{v}"
            handles[j][1].writerow([wk.isoformat(), m, vs, unit, "" if target is None else target,
                                    hib or "", j, st, tp])
    for f, _ in handles.values():
        f.close()


def main():
    write_maps()
    rows = make_comments()
    allc = write_comments(rows)
    write_kpis()
    # dump the generated comments (with theme labels) for the question builder
    with open(HERE / "_comments_generated.json", "w") as f:
        json.dump([{**r, "date": r["date"].isoformat()} for r in allc], f, indent=0)
    print("comments:", len(allc), {k: len(v) for k, v in rows.items()})


if __name__ == "__main__":
    main()
