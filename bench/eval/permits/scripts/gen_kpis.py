"""Writes knowledge/kpis/weekly_service_kpis.csv (hand-set weekly values, Mondays 2026-01-05..2026-03-30)."""
import csv, datetime as dt, os
P = "Residential parking permit"; B = "Missed bin collection report"; PD = "Permit delivery / digital permit"
W = [dt.date(2026, 1, 5) + dt.timedelta(days=7 * i) for i in range(13)]
S = [  # metric, journey, stage, touchpoint, target, unit, higher_is_better, 13 values
 ("csat", P, "", "", 75, "%", "true", [71.8, 72.4, 70.9, 71.5, 72.0, 71.2, 70.6, 71.9, 70.8, 70.1, 67.3, 65.0, 63.4]),
 ("csat", B, "", "", 80, "%", "true", [76.1, 75.8, 77.0, 77.6, 78.3, 78.9, 79.4, 80.2, 80.8, 81.0, 80.5, 81.6, 82.1]),
 ("online_application_completion_rate", P, "Apply online", "Online application form", 80, "%", "true",
  [68.4, 69.1, 67.8, 70.2, 70.9, 71.3, 70.6, 72.0, 72.8, 73.1, 72.5, 73.9, 74.2]),
 ("evidence_rejection_rate", P, "Upload proof of address", "Proof of address check", 10, "%", "false",
  [22.5, 23.1, 24.0, 22.8, 23.4, 21.9, 22.6, 23.8, 22.1, 21.5, 22.9, 21.7, 21.2]),
 ("payment_failure_rate", P, "Payment", "Card payment page", 2, "%", "false",
  [3.1, 2.9, 4.8, 3.6, 2.4, 2.1, 1.8, 1.7, 1.9, 1.6, 1.5, 1.8, 1.7]),
 ("days_to_decision", P, "Approval", "Manual review queue", 5, "days", "false",
  [9.2, 9.8, 10.4, 10.1, 9.6, 8.9, 8.1, 7.4, 7.0, 6.6, 6.2, 6.0, 5.8]),
 ("permit_activation_time", P, PD, "Digital permit activation", 24, "hours", "false",
  [6.5, 7.1, 6.8, 5.9, 6.2, 6.6, 7.0, 6.4, 6.9, 7.3, 31.5, 46.2, 52.8]),
 ("pcn_appeals_valid_permit", P, PD, "", 20, "count", "false",
  [14, 12, 16, 13, 15, 11, 14, 13, 12, 15, 38, 61, 74]),
 ("renewal_rate", P, "Renewal", "Online renewal", 90, "%", "true",
  [88.2, 88.9, 89.4, 90.1, 90.6, 89.8, 90.4, 91.0, 90.7, 91.2, 89.5, 87.9, 86.4]),
 ("call_abandonment_rate", P, "Check eligibility", "Permits helpline call", 8, "%", "false",
  [12.4, 13.1, 14.0, 11.8, 10.9, 10.2, 9.8, 9.5, 9.9, 10.3, 13.6, 16.2, 18.5]),
 ("call_abandonment_rate", B, "Report missed bin", "Contact centre call", 8, "%", "false",
  [7.2, 7.8, 9.5, 8.1, 7.4, 6.9, 6.5, 6.8, 7.1, 6.4, 6.6, 6.2, 6.0]),
 ("return_collection_within_2_days", B, "Return collection", "", 95, "%", "true",
  [84.0, 86.5, 85.2, 88.1, 90.3, 91.7, 92.4, 93.8, 94.6, 95.2, 95.9, 96.3, 96.1]),
]
out = os.path.join(os.path.dirname(__file__), "..", "knowledge", "kpis", "weekly_service_kpis.csv")
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"])
    n = 0
    for d_i, d in enumerate(W):
        for m, j, st, tp, tg, u, hib, vals in S:
            assert len(vals) == 13
            w.writerow([m, vals[d_i], d.isoformat(), j, st, tp, tg, u, hib]); n += 1
print(n, "rows")
