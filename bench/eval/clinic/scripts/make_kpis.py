"""Writes knowledge/kpis/*.csv: 14 weekly metrics x 12 weeks (Mondays 2026-09-07 .. 2026-11-23)."""
import csv, datetime as dt, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "knowledge" / "kpis"
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
# (journey, stage, touchpoint, metric, unit, target, higher_is_better, 12 weekly values)
OUTPATIENT = [
    ("Outpatient visit", "", "", "nps", "score", 50, "true",
     [42, 44, 43, 45, 47, 48, 50, 49, 41, 36, 33, 31]),
    ("Outpatient visit", "Booking an appointment", "Online booking", "online_booking_completion_rate", "%", 85, "true",
     [78.4, 79.1, 78.8, 79.5, 80.2, 80.6, 81.0, 81.0, 64.3, 61.7, 62.5, 60.9]),
    ("Outpatient visit", "Booking an appointment", "Booking call centre", "call_centre_answer_time", "s", 60, "false",
     [95, 92, 98, 90, 88, 85, 87, 84, 142, 176, 168, 181]),
    ("Outpatient visit", "Booking an appointment", "Appointment reminder", "no_show_rate", "%", 6, "false",
     [7.8, 7.5, 7.9, 7.2, 7.0, 6.8, 6.9, 6.5, 6.4, 6.6, 6.3, 6.1]),
    ("Outpatient visit", "Arrival and check-in", "Self check-in kiosk", "check_in_wait_time", "min", 8, "false",
     [14.2, 13.8, 14.5, 13.9, 9.6, 7.8, 6.9, 6.5, 6.2, 6.4, 6.0, 5.8]),
    ("Outpatient visit", "Consultation", "Called in from the waiting room", "consultation_wait_time", "min", 15, "false",
     [18, 17, 19, 18, 17, 16, 17, 16, 17, 18, 17, 16]),
    ("Outpatient visit", "Results and follow-up", "Results in patient portal", "results_turnaround_time", "h", 48, "false",
     [50, 48, 49, 47, 47, 46, 45, 47, 47, 71, 88, 94]),
    ("Outpatient visit", "Billing and payment", "Invoice", "invoice_dispute_rate", "%", 3, "false",
     [3.1, 2.9, 3.2, 3.0, 2.8, 3.1, 2.9, 3.0, 3.2, 3.4, 6.8, 8.2]),
    ("Outpatient visit", "Billing and payment", "", "billing_csat", "score (1-5)", 4.3, "true",
     [4.2, 4.1, 4.2, 4.3, 4.2, 4.3, 4.2, 4.3, 4.2, 4.1, 3.6, 3.4]),
]
TELEHEALTH = [
    ("Telehealth consultation", "", "", "nps", "score", 45, "true",
     [38, 37, 39, 41, 41, 46, 49, 51, 47, 46, 48, 47]),
    ("Telehealth consultation", "Booking", "App booking", "app_booking_completion_rate", "%", 85, "true",
     [83.5, 84.0, 83.2, 84.4, 85.1, 85.0, 85.6, 85.9, 70.2, 68.8, 69.5, 67.9]),
    ("Telehealth consultation", "Joining the call", "", "no_show_rate", "%", 8, "false",
     [11.2, 10.8, 11.5, 10.9, 10.4, 9.8, 9.1, 8.7, 9.6, 10.3, 10.1, 10.6]),
    ("Telehealth consultation", "Video consultation", "Video call with doctor", "call_drop_rate", "%", 4, "false",
     [9.4, 9.1, 8.8, 9.6, 9.2, 4.1, 3.2, 3.0, 3.0, 2.7, 2.8, 2.6]),
    ("Telehealth consultation", "Prescription and follow-up", "E-prescription", "prescription_turnaround_time", "h", 4, "false",
     [5.2, 5.0, 5.4, 4.9, 5.1, 4.8, 4.6, 4.7, 4.5, 4.4, 4.6, 4.3]),
]
def write(name, rows):
    with open(OUT / name, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
        n = 0
        for j, s, t, m, u, tg, hib, vals in rows:
            assert len(vals) == 12, m
            for d, v in zip(WEEKS, vals):
                w.writerow([d.isoformat(), j, s, t, m, v, u, tg, hib]); n += 1
    print(name, n)
OUT.mkdir(parents=True, exist_ok=True)
write("outpatient_weekly_kpis.csv", OUTPATIENT)
write("telehealth_weekly_kpis.csv", TELEHEALTH)
