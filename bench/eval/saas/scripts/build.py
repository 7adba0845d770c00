"""Builds knowledge/comments/survey_comments.csv and knowledge/kpis/weekly_kpis.csv.
Deterministic (fixed seed). Run: python3 scripts/build.py"""
import csv, random, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from verbatims import GROUPS, TP, SE

OUT = os.path.join(os.path.dirname(__file__), "..", "knowledge")
rng = random.Random(20261123)

START = dt.date(2026, 9, 7)      # Monday, first week
END = dt.date(2026, 11, 29)      # Sunday, end of last week
MONDAYS = [START + dt.timedelta(weeks=i) for i in range(12)]

def rand_date(lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))

TRIAL_STAGES = {"Trial sign-up", "Onboarding", "Activation", "Team invite", "Upgrade"}
W_TRIAL = {"Startup": 35, "SMB": 35, "Mid-market": 20, "Enterprise": 10}
W_PAID = {"Startup": 25, "SMB": 40, "Mid-market": 22, "Enterprise": 13}
TP_SEG_W = {
    "Jira and Trello import": {"Startup": 12, "SMB": 30, "Mid-market": 48, "Enterprise": 10},
    "Upgrade prompt": {"Startup": 6, "SMB": 3, "Mid-market": 1, "Enterprise": 0},
}

def pick(weights):
    keys = [k for k, v in weights.items() if v > 0]
    return rng.choices(keys, [weights[k] for k in keys])[0]

def nps_score(s):
    if s == "n": return rng.choices(range(0, 7), [1, 1, 2, 3, 3, 4, 4])[0]
    if s == "m": return rng.choices([5, 6, 7, 8], [1, 3, 4, 3])[0]
    return rng.choices([8, 9, 10], [2, 4, 4])[0]

def csat_score(s):
    if s == "n": return rng.choices([1, 2], [3, 2])[0]
    if s == "m": return rng.choices([2, 3, 4], [1, 4, 1])[0]
    return rng.choices([4, 5], [2, 3])[0]

def plan_for(seg, stage, touchpoint):
    if stage in TRIAL_STAGES:
        return "Trial"
    if seg == "Enterprise": return "Enterprise"
    if seg == "Startup": p = rng.choices(["Starter", "Business"], [8, 2])[0]
    elif seg == "SMB": p = rng.choices(["Starter", "Business"], [4, 6])[0]
    else: p = rng.choices(["Business", "Enterprise"], [85, 15])[0]
    if touchpoint in ("Account review", "CSM check-in") and p == "Starter":
        p = "Business"
    return p

rows = []
e_idx = 0
for journey, stage, touchpoint, defaults, items in GROUPS:
    cyc = 0
    for sent, text, opt in items:
        o = dict(defaults); o.update(opt)
        if "seg" in o: seg = o["seg"]
        elif "seg_cycle" in o:
            seg = o["seg_cycle"][cyc % len(o["seg_cycle"])]; cyc += 1
        elif "seg_w" in o: seg = pick(o["seg_w"])
        elif touchpoint in TP_SEG_W: seg = pick(TP_SEG_W[touchpoint])
        else: seg = pick(W_TRIAL if stage in TRIAL_STAGES else W_PAID)
        # score type
        st = o.get("st")
        if st is None:
            st = "csat" if (journey == SE and stage != "Follow-up") else "nps"
        if st == "mix":
            st = rng.choice(["nps", "csat"])
        if "score" in o: score = o["score"]
        else: score = nps_score(sent) if st == "nps" else csat_score(sent)
        when = o.get("when")
        if when == "E":   # grows week on week over the last 3 weeks
            wk0 = dt.date(2026, 11, 9) + dt.timedelta(weeks=0 if e_idx < 5 else 1 if e_idx < 12 else 2)
            e_idx += 1
            d = rand_date(wk0, wk0 + dt.timedelta(days=6))
        elif when == "early": d = rand_date(dt.date(2026, 9, 14), dt.date(2026, 10, 31))
        elif when == "nov": d = rand_date(dt.date(2026, 11, 1), END)
        else: d = rand_date(START, END)
        plan = o.get("plan") or plan_for(seg, stage or "(journey)", touchpoint)
        region = o.get("region") or rng.choices(["EMEA", "NA", "APAC"], [45, 40, 15])[0]
        rows.append(dict(date=d.isoformat(), journey=journey, stage=stage, touchpoint=touchpoint,
                         score=score, score_type=st, segment=seg, plan=plan, region=region,
                         comment=text))

# stable order: by date, then original order; ids assigned after sorting
rows = sorted(enumerate(rows), key=lambda t: (t[1]["date"], t[0]))
rows = [r for _, r in rows]
for i, r in enumerate(rows):
    r["id"] = f"R-{10001 + i}"

cols = ["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "plan", "region", "comment"]
with open(os.path.join(OUT, "comments", "survey_comments.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    for r in rows:
        w.writerow({c: r[c] for c in cols})

# ---------------- KPIs ----------------
SERIES = [
    # metric, journey, stage, touchpoint, unit, target, higher_is_better, 12 weekly values
    ("trial_signup_completion_rate", TP, "Trial sign-up", "Sign-up form", "%", 65, "true",
     [61.2, 60.8, 61.5, 62.0, 61.7, 62.4, 63.1, 64.8, 66.2, 66.9, 67.4, 67.1]),
    ("time_to_first_project", TP, "Onboarding", "", "min", 10, "false",
     [14.6, 14.2, 13.9, 13.5, 12.8, 12.5, 12.3, 12.0, 11.8, 11.5, 11.6, 11.2]),
    ("activation_rate", TP, "Activation", "", "%", 40, "true",
     [36.4, 36.9, 37.2, 36.8, 37.5, 38.1, 38.4, 39.0, 39.6, 40.3, 40.8, 41.2]),
    ("invite_acceptance_rate", TP, "Team invite", "Invite email", "%", 70, "true",
     [67.8, 67.1, 66.5, 66.9, 65.8, 65.2, 64.1, 63.7, 62.9, 62.2, 61.5, 60.8]),
    ("trial_to_paid_conversion_rate", TP, "", "", "%", 12, "true",
     [11.4, 11.6, 11.3, 11.8, 12.1, 12.3, 11.9, 12.4, 12.2, 10.6, 9.7, 9.1]),
    ("payment_failure_rate", TP, "Upgrade", "Checkout", "%", 2.5, "false",
     [2.1, 2.3, 1.9, 2.2, 2.0, 2.4, 2.2, 2.1, 2.6, 5.8, 7.4, 8.3]),
    ("logo_churn_rate", TP, "Renewal", "", "%", 1.5, "false",
     [1.9, 1.8, 2.0, 1.9, 1.7, 1.8, 1.6, 1.7, 1.5, 1.6, 1.4, 1.4]),
    ("nps", TP, "", "", "score", 35, "true",
     [33, 34, 32, 35, 34, 36, 33, 34, 31, 27, 24, 22]),
    ("nps", SE, "", "", "score", 20, "true",
     [6, 8, 5, 9, 11, 10, 12, 14, 13, 15, 17, 18]),
    ("first_response_time", SE, "Triage", "First response", "h", 4, "false",
     [7.8, 8.1, 7.5, 7.2, 6.9, 6.4, 6.6, 5.9, 5.4, 5.1, 4.6, 4.3]),
    ("csat", SE, "Resolution", "Post-ticket CSAT survey", "%", 85, "true",
     [79.5, 80.2, 78.8, 81.1, 80.6, 82.3, 81.7, 83.4, 84.1, 85.2, 84.6, 85.9]),
]
kcols = ["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"]
with open(os.path.join(OUT, "kpis", "weekly_kpis.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(kcols)
    for i, monday in enumerate(MONDAYS):
        for metric, j, s, t, unit, target, hib, vals in SERIES:
            v = vals[i]
            w.writerow([monday.isoformat(), j, s, t, metric, f"{v:.1f}" if isinstance(v, float) else v,
                        target, unit, hib])
print(len(rows), "comments;", 12 * len(SERIES), "kpi rows")
