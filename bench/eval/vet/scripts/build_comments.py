"""Writes the two comment files (canonical post-visit survey, vendor-style pharmacy/plan export + mapping)."""
import csv, datetime as dt, pathlib, random, yaml
import comment_texts as T

BASE = pathlib.Path(__file__).resolve().parent.parent / "knowledge" / "comments"
BASE.mkdir(parents=True, exist_ok=True)
rng = random.Random(20261202)
START, END = dt.date(2026, 9, 1), dt.date(2026, 11, 29)
EMERGE_START = dt.date(2026, 11, 12)
FLEA_OLD_END = dt.date(2026, 11, 7)
PRACTICES = ["Harcourt Road", "Millbridge", "Oakleigh", "Fenwick Green"]
EXOTIC = ["rabbit", "tortoise", "bearded dragon", "guinea pig", "parrot"]

def rand_date(a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

def segment_for(stage, seg):
    if seg:
        return seg
    if stage in ("Find a practice", "Register pet"):
        return rng.choice(["new client"] * 5 + ["existing client"])
    if stage in ("Health plan signup", "Ongoing health plan"):
        return rng.choice(["plan member"] * 5 + ["existing client"]) if stage == "Ongoing health plan" else rng.choice(["new client", "existing client", "existing client", "plan member"])
    return rng.choice(["existing client", "existing client", "plan member", "new client", "multi-pet household"])

def species_for(seg):
    return rng.choice(EXOTIC) if seg == "exotics owner" else rng.choice(["dog", "dog", "dog", "cat", "cat"])

NPS = {"neg": [0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6], "mix": [5, 6, 6, 7, 7, 7, 8, 8], "pos": [8, 9, 9, 9, 10, 10, 10]}
CSAT = {"neg": [1, 1, 2, 2, 2], "mix": [2, 3, 3, 3, 4], "pos": [4, 4, 5, 5, 5]}

def expand(groups, emerging=False):
    rows = []
    for (journey, stage, tpn), items in groups.items():
        for it in items:
            sent, text = it[0], it[1]
            seg = segment_for(stage, it[2] if len(it) > 2 else None)
            if emerging:
                d = rand_date(EMERGE_START, END)
            elif tpn == "Flea and worm dispatch":
                d = rand_date(START, FLEA_OLD_END)
            else:
                d = rand_date(START, END)
            rows.append(dict(journey=journey, stage=stage, touchpoint=tpn, sent=sent, text=text, seg=seg, date=d))
    return rows

# ---- survey (canonical columns, NPS) ----
survey = expand(T.SURVEY)
survey.sort(key=lambda r: (r["date"], r["text"]))
with open(BASE / "post_visit_survey.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "practice", "species", "comment"])
    for i, r in enumerate(survey, 1):
        tp = r["touchpoint"] if rng.random() > 0.07 else ""   # a few answers only name the stage
        w.writerow([f"pvs-{i:04d}", r["date"].isoformat(), r["journey"], r["stage"], tp, rng.choice(NPS[r["sent"]]),
                    "nps", r["seg"], rng.choice(PRACTICES), species_for(r["seg"]), r["text"]])

# ---- vendor export (own column names, CSAT, dd/mm/yyyy HH:MM) ----
export = expand(T.EXPORT) + expand(T.EMERGING, emerging=True)
export.sort(key=lambda r: (r["date"], r["text"]))
with open(BASE / "pharmacy_plan_feedback_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Submitted At", "Journey Name", "Step", "Contact Point", "Satisfaction (1-5)",
                "Scale", "Client Type", "Practice", "Device", "Feedback Text"])
    for i, r in enumerate(export, 1):
        stamp = dt.datetime.combine(r["date"], dt.time(rng.randint(7, 22), rng.randint(0, 59)))
        w.writerow([f"FBX-{30000 + i * 7}", stamp.strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], r["touchpoint"],
                    rng.choice(CSAT[r["sent"]]), "csat", r["seg"], rng.choice(PRACTICES),
                    rng.choice(["iOS app", "Android app", "web", "web", "email link"]), r["text"]])

mapping = {"kind": "comments",
           "columns": {"id": "Response ID", "date": "Submitted At", "comment": "Feedback Text", "journey": "Journey Name",
                       "stage": "Step", "touchpoint": "Contact Point", "score": "Satisfaction (1-5)",
                       "score_type": "Scale", "segment": "Client Type"},
           "date_format": "%d/%m/%Y %H:%M"}
(BASE / "pharmacy_plan_feedback_export.mapping.yaml").write_text(yaml.safe_dump(mapping, sort_keys=False), encoding="utf-8")
print(len(survey), "survey rows;", len(export), "export rows")
