"""Assemble the hotel base's comment and KPI CSVs from hand-written data (comments_data.py, KPI series below)."""
import csv, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from comments_data import STAY, DINING, LOYALTY

BASE = os.path.join(os.path.dirname(__file__), "..", "knowledge")
W0 = dt.date(2026, 9, 7)
PROPS = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Newcastle"]

def day(week, i):
    return W0 + dt.timedelta(days=7 * week + (i * 3) % 7)

def rows(data):
    i = 0
    for (stage, tp), items in data.items():
        for week, score, seg, text in items:
            i += 1
            yield i, stage or "", tp or "", week, score, seg, text

# in-house stay survey
with open(f"{BASE}/comments/stay_survey_2026.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "property", "comment"])
    for i, st, tp, wk, sc, seg, text in sorted(rows(STAY), key=lambda r: (day(r[3], r[0]), r[0])):
        w.writerow([f"HS-{i:04d}", day(wk, i).isoformat(), "Hotel stay", st, tp, sc, "nps", seg, PROPS[i % 5], text])

# dining comment cards (CSAT 1-5)
with open(f"{BASE}/comments/dining_csat_cards.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "comment"])
    for i, st, tp, wk, sc, seg, text in sorted(rows(DINING), key=lambda r: (day(r[3], r[0]), r[0])):
        w.writerow([f"DC-{i:03d}", day(wk, i).isoformat(), "Hotel stay" if st else "", st, tp, sc, "csat", seg, text])

# vendor-style export for loyalty (own column names, dd/mm/yyyy HH:MM dates)
with open(f"{BASE}/comments/medallia_rewards_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Response Date", "Survey Name", "Program Area", "Feature", "LTR Score",
                "Question Type", "Member Tier", "Property", "Verbatim Comment"])
    for i, st, tp, wk, sc, seg, text in sorted(rows(LOYALTY), key=lambda r: (day(r[3], r[0]), r[0])):
        d = day(wk, i)
        stamp = f"{d.strftime('%d/%m/%Y')} {8 + (i * 5) % 13:02d}:{(i * 17) % 60:02d}"
        w.writerow([f"MR-{7000 + i}", stamp, "Loyalty programme", st, tp, sc, "nps", seg, PROPS[(i * 2) % 5], text])

# KPI series: (metric, journey, stage, touchpoint, unit, target, higher_is_better, pct_suffix, 12 weekly values)
HOTEL = [
 ("nps", "Hotel stay", "", "", "score", 40, True, False,
  [38, 39, 41, 40, 42, 43, 44, 43, 36, 31, 29, 27]),
 ("checkin_wait_time", "Hotel stay", "Check-in", "Front desk check-in", "min", 5, False, False,
  [5.8, 5.6, 5.5, 5.9, 5.4, 5.2, 5.1, 5.3, 11.8, 13.4, 12.6, 11.0]),
 ("key_card_failure_rate", "Hotel stay", "Check-in", "Key card issue", "%", 1.0, False, False,
  [0.8, 0.9, 0.7, 0.8, 0.9, 0.8, 0.7, 0.8, 4.6, 5.2, 3.9, 3.1]),
 ("room_cleanliness_score", "Hotel stay", "Room", "Room on arrival", "%", 90, True, False,
  [84.1, 84.5, 83.9, 85.0, 87.2, 88.6, 89.4, 90.1, 90.8, 91.2, 91.5, 92.0]),
 ("breakfast_csat", "Hotel stay", "Dining", "Breakfast buffet", "score (1-5)", 4.3, True, False,
  [3.9, 3.8, 3.9, 3.8, 4.2, 4.3, 4.4, 4.4, 4.5, 4.4, 4.5, 4.6]),
 ("booking_conversion_rate", "Hotel stay", "Booking", "Website booking engine", "%", 3.5, True, False,
  [3.1, 3.2, 3.0, 3.3, 3.2, 3.4, 3.3, 3.5, 3.4, 3.6, 3.5, 3.7]),
 ("online_checkin_rate", "Hotel stay", "Pre-arrival", "Online check-in", "%", 35, True, False,
  [22, 23, 24, 24, 26, 27, 29, 30, 31, 33, 34, 36]),
 ("room_service_delivery_time", "Hotel stay", "Room", "Room service", "min", 30, False, False,
  [31, 32, 30, 29, 33, 31, 30, 32, 34, 33, 35, 36]),
]
LOY = [
 ("nps", "Loyalty programme", "", "", "score", 35, True, False,
  [32, 33, 31, 34, 35, 36, 35, 37, 36, 30, 24, 22]),
 ("points_posting_delay", "Loyalty programme", "Earning points", "Stay points posting", "days", 2, False, False,
  [1.8, 1.9, 1.7, 1.8, 1.9, 1.8, 1.7, 1.9, 2.0, 6.5, 8.2, 8.9]),
 ("enrolment_rate", "Loyalty programme", "Enrolment", "Front desk sign-up", "%", 25, True, True,
  [18.2, 18.9, 19.4, 19.1, 20.3, 21.0, 21.8, 22.5, 22.1, 22.9, 23.4, 24.0]),
 ("redemption_rate", "Loyalty programme", "Redeeming rewards", "Reward night booking", "%", 12, True, True,
  [10.4, 10.1, 10.6, 10.8, 10.5, 10.9, 11.2, 11.0, 11.3, 11.1, 10.7, 10.2]),
 ("missing_points_claims", "Loyalty programme", "Member support", "Missing points claim", "count", 40, False, False,
  [42, 39, 45, 41, 38, 40, 37, 39, 44, 118, 167, 181]),
]

def write_kpis(path, series):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["date", "metric", "journey", "stage", "touchpoint", "value", "unit", "target", "higher_is_better"])
        for wk in range(12):
            for m, j, st, tp, unit, tgt, hib, pct, vals in series:
                v = vals[wk]
                v = f"{v}%" if pct else v
                w.writerow([(W0 + dt.timedelta(days=7 * wk)).isoformat(), m, j, st, tp, v, unit, tgt,
                            "true" if hib else "false"])

write_kpis(f"{BASE}/kpis/hotel_stay_weekly.csv", HOTEL)
write_kpis(f"{BASE}/kpis/loyalty_weekly.csv", LOY)
print("ok")
