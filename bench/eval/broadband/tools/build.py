"""Builds knowledge/comments and knowledge/kpis deterministically (seeded)."""
import csv, random, datetime as dt, string, os
from verbatims import V, NC, FR

OUT = os.path.join(os.path.dirname(__file__), "..", "knowledge")
rng = random.Random(20261130)
WEEK1 = dt.date(2026, 9, 7)                      # Mondays 7 Sep .. 23 Nov 2026, 12 weeks
MONDAYS = [WEEK1 + dt.timedelta(weeks=i) for i in range(12)]
CSAT_TPS = {"Fault line call", "Billing query call", "Live chat", "Sales call", "Rescheduling call",
            "Service restored check call"}
REGIONS = ["London", "South East", "North West", "Yorkshire", "Midlands", "Scotland", "Wales", "South West"]
REG_W = [16, 15, 14, 11, 14, 10, 8, 12]

def rid():
    return "R_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(15))

def score(sent, kind):
    if kind == "csat":
        pools = {"N": [1, 1, 1, 2, 2], "n": [2, 2, 3], "M": [3, 3, 4], "P": [4, 5, 5, 5], "Z": [3, 4]}
    else:
        pools = {"N": [0, 0, 1, 2, 2, 3, 3, 4, 5, 6], "n": [3, 4, 5, 5, 6, 6, 7],
                 "M": [5, 6, 7, 7, 8, 8], "P": [8, 9, 9, 9, 10, 10, 10], "Z": [6, 7, 7, 8]}
    return rng.choice(pools[sent])

def segment(topic, seg):
    if seg:
        return seg
    r = rng.random()
    if topic in ("hold_times", "repeat_fault"):
        return "Small business" if r < 0.22 else ("Social tariff" if r < 0.30 else "Residential")
    if topic == "first_bill":
        return "Social tariff" if r < 0.33 else ("Small business" if r < 0.36 else "Residential")
    return "Social tariff" if r < 0.09 else ("Small business" if r < 0.13 else "Residential")

rows = []
for topic, j, st, tp, sent, seg, text in V:
    if topic == "noshow_late":
        week = rng.choice([9, 10, 11])                       # 0-based: weeks of 9, 16, 23 Nov
    elif topic == "noshow_early":
        week = None                                          # spread below, one per week 0..8
    else:
        week = rng.randrange(12)
    kind = "csat" if tp in CSAT_TPS else "nps"
    if topic == "noshow_late" and rng.random() < 0.6:
        loc = rng.choice(["North West", "Yorkshire"])
    else:
        loc = rng.choices(REGIONS, REG_W)[0]
    rows.append(dict(topic=topic, week=week, journey=j, stage=st, tp=tp, kind=kind,
                     score=score(sent, kind), seg=segment(topic, seg), loc=loc, text=text))
early = [r for r in rows if r["topic"] == "noshow_early"]
for i, r in enumerate(early):
    r["week"] = i
# spread the late ones evenly across the last 3 weeks (9 each)
late = [r for r in rows if r["topic"] == "noshow_late"]
for i, r in enumerate(late):
    r["week"] = 9 + i % 3

for r in rows:
    day = MONDAYS[r["week"]] + dt.timedelta(days=rng.randrange(7))
    hour = rng.choices(range(7, 23), [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 5, 3])[0]
    r["dt"] = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60))
    r["id"] = rid()
    r["chan"] = "sms" if r["kind"] == "csat" else rng.choices(["email", "sms"], [80, 20])[0]
rows.sort(key=lambda r: r["dt"])

os.makedirs(f"{OUT}/comments", exist_ok=True)
with open(f"{OUT}/comments/qualtrics_export_cx_pulse.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["RecordedDate", "ResponseId", "DistributionChannel", "Q1_Score", "Q2_Text", "SurveyType",
                "JourneyName", "JourneyStage", "Touchpoint", "CustomerSegment", "Location"])
    for r in rows:
        w.writerow([r["dt"].strftime("%d/%m/%Y %H:%M"), r["id"], r["chan"], r["score"], r["text"], r["kind"],
                    r["journey"], r["stage"], r["tp"], r["seg"], r["loc"]])
with open(f"{OUT}/comments/qualtrics_export_cx_pulse.mapping.yaml", "w") as f:
    f.write("""# Column mapping for the Qualtrics CX pulse export (same-named CSV beside this file)
kind: comments
date_format: "%d/%m/%Y %H:%M"
columns:
  id: ResponseId
  date: RecordedDate
  score: Q1_Score
  score_type: SurveyType
  comment: Q2_Text
  journey: JourneyName
  stage: JourneyStage
  touchpoint: Touchpoint
  segment: CustomerSegment
""")
# hidden topic labels for the scorer (not part of the knowledge base)
with open(os.path.join(os.path.dirname(__file__), "comment_topics.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["ResponseId", "topic"])
    for r in rows: w.writerow([r["id"], r["topic"]])

# ---------------- KPIs ----------------
K = [  # metric, journey, stage, touchpoint, unit, target, higher_is_better ('' = leave to name), values
 ("nps", NC, "", "", "score", 35, "", [31, 32, 30, 33, 34, 33, 35, 36, 34, 29, 25, 22]),
 ("nps", FR, "", "", "score", 20, "", [4, 6, 5, 8, 7, 9, 11, 10, 12, 13, 12, 14]),
 ("install_first_time_success_rate", NC, "Installation", "Install visit", "%", 90, "",
  [88.4, 89.1, 90.3, 89.7, 91.2, 90.6, 91.5, 90.8, 89.9, 86.2, 82.7, 79.6]),
 ("days_to_install", NC, "Engineer appointment", "", "days", 10, "false",
  [11.8, 11.5, 11.2, 10.6, 10.1, 9.7, 9.4, 9.6, 9.9, 11.3, 12.9, 14.7]),
 ("order_conversion_rate", NC, "Order", "Online checkout", "%", 62, "",
  [58.3, 59.1, 60.2, 61.4, 62.8, 63.5, 63.1, 64.2, 64.9, 65.3, 64.7, 65.6]),
 ("activation_within_24h_rate", NC, "Going live", "Service activation", "%", 95, "",
  [96.1, 95.8, 96.4, 96.2, 95.7, 96.3, 95.9, 96.2, 96.5, 96.1, 95.8, 96.4]),
 ("first_bill_query_rate", NC, "First bill", "", "%", 8, "false",
  [14.2, 13.9, 14.6, 13.5, 13.8, 13.1, 12.7, 12.9, 12.4, 12.2, 11.9, 12.3]),
 ("call_wait_time", FR, "Report fault", "Fault line call", "s", 180, "false",
  [412, 398, 436, 455, 421, 447, 468, 440, 452, 461, 438, 449]),
 ("call_wait_time", NC, "First bill", "Billing query call", "s", 180, "false",
  [214, 205, 198, 187, 176, 169, 172, 165, 158, 161, 154, 149]),
 ("first_time_fix_rate", FR, "Engineer visit", "Repair engineer visit", "%", 85, "",
  [78.6, 79.2, 78.1, 80.4, 81.3, 80.7, 82.3, 81.9, 82.8, 83.4, 84.1, 85.3]),
 ("mean_time_to_repair", FR, "Resolution", "", "hours", 48, "false",
  [61.4, 58.9, 63.2, 57.6, 55.1, 54.8, 52.3, 50.9, 49.6, 47.2, 46.8, 45.1]),
 ("repeat_fault_rate", FR, "Resolution", "Reopened fault", "%", 6, "false",
  [9.8, 10.2, 9.5, 9.9, 10.4, 9.7, 10.1, 9.6, 10.3, 9.9, 10.6, 10.2]),
]
os.makedirs(f"{OUT}/kpis", exist_ok=True)
with open(f"{OUT}/kpis/weekly_cx_kpis.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"])
    for i, d in enumerate(MONDAYS):
        for m, j, st, tp, unit, tgt, hib, vals in K:
            w.writerow([d.isoformat(), j, st, tp, m, vals[i], tgt, unit, hib or "true"])
print(len(rows), "comments;", 12 * len(K), "kpi rows")
