"""Writes the KPI snapshots in two long-format shapes."""
import csv, datetime as dt, pathlib

BASE = pathlib.Path(__file__).resolve().parent.parent / "knowledge" / "kpis"
BASE.mkdir(parents=True, exist_ok=True)
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]   # Mondays, 7 Sep .. 23 Nov 2026

RB, TC = "register-and-book", "treatment-and-care"
# shape A: full columns (journey id, stage, touchpoint, target, unit, higher_is_better)
A = [
 ("online_booking_success_rate", RB, "Book appointment", "Online booking", 85, "%", "true",
  [83.1, 82.6, 82.9, 81.4, 80.2, 78.8, 77.5, 76.1, 74.9, 73.2, 72.4, 71.0]),
 ("phone_answer_time", RB, "Book appointment", "Phone booking", 60, "s", "false",
  [72, 78, 81, 95, 104, 118, 126, 141, 150, 163, 171, 184]),
 ("appointment_no_show_rate", RB, "Reminders and check-in", "SMS reminders", 5, "%", "false",
  [8.4, 8.1, 8.3, 7.6, 7.0, 6.6, 6.1, 5.9, 5.7, 5.5, 5.6, 5.3]),
 ("registration_completion_rate", RB, "Register pet", "Online registration form", "", "%", "true",
  [74.2, 75.0, 73.8, 74.6, 75.3, 74.1, 74.9, 75.6, 74.4, 75.1, 74.7, 75.2]),
 ("nps", RB, "", "", 45, "score", "true",
  [38, 36, 37, 34, 33, 31, 32, 29, 28, 27, 26, 24]),
 ("nps", TC, "", "", 45, "score", "true",
  [41, 42, 40, 43, 44, 42, 45, 44, 46, 43, 39, 35]),
]
# shape B: BI-tool export: date first, journey by name, stage only, values as "84.5%", no unit / direction columns
B = [
 ("estimate_accuracy_rate", "Treatment and care plan", "Billing and insurance", "90%", True,
  [84.5, 84.0, 83.2, 83.8, 82.1, 81.5, 81.9, 80.4, 80.0, 79.6, 79.1, 78.7]),
 ("prescription_turnaround_time", "Treatment and care plan", "Prescriptions and refills", "24", False,
  [52, 50, 53, 49, 47, 46, 44, 43, 41, 40, 39, 38]),
 ("health_plan_signups", "Treatment and care plan", "Health plan signup", "120", False,
  [96, 101, 99, 108, 112, 118, 121, 125, 131, 128, 136, 142]),
 ("health_plan_churn_rate", "Treatment and care plan", "Ongoing health plan", "1.5%", True,
  [1.8, 1.9, 1.8, 2.0, 2.1, 2.1, 2.2, 2.3, 2.3, 2.4, 2.5, 2.6]),
 ("plan_parcel_on_time_rate", "Treatment and care plan", "Ongoing health plan", "95%", True,
  [96.2, 95.8, 96.5, 96.0, 95.4, 96.1, 95.9, 96.3, 95.7, 91.2, 86.4, 83.9]),
]

def fmt(v):
    return f"{v:g}" if isinstance(v, (int, float)) else v

with open(BASE / "weekly_kpis.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"])
    for m, j, s, t, tgt, unit, hib, vals in A:
        for d, v in zip(WEEKS, vals):
            w.writerow([m, fmt(v), d.isoformat(), j, s, t, fmt(tgt), unit, hib])

with open(BASE / "clinical_and_plan_weekly.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["date", "journey", "stage", "metric", "value", "target"])
    rows = []
    for m, j, s, tgt, pct, vals in B:
        for d, v in zip(WEEKS, vals):
            rows.append([d.isoformat(), j, s, m, fmt(v) + ("%" if pct else ""), tgt])
    rows.sort(key=lambda r: (r[0], r[3]))
    w.writerows(rows)

KPIS = {(m, j): vals for m, j, *_ , vals in A}
KPIS.update({(m, {"Treatment and care plan": TC}[j]): vals for m, j, *_, vals in B})
print(sum(len(v) for v in KPIS.values()), "kpi rows,", len({m for m, _ in KPIS}), "metrics")
