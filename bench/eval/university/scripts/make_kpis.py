"""Writes the weekly KPI snapshots (long format). Values are typed by hand below, W1..W12."""
import csv, datetime, pathlib

WEEKS = [datetime.date(2026, 9, 7) + datetime.timedelta(weeks=i) for i in range(12)]

# journey, stage, touchpoint, metric, unit, target, higher_is_better, 12 weekly values
SERIES = [
  ("admissions", "", "", "nps", "score", 30, True,
   [22, 24, 23, 25, 27, 28, 30, 31, 32, 26, 19, 15]),
  ("admissions", "Enquiry", "Enquiries inbox", "first_response_time_hours", "h", 24, False,
   [46, 44, 48, 41, 38, 36, 30, 22, 18, 16, 15, 14]),
  ("admissions", "Enquiry", "Open day", "open_day_bookings", "count", 800, True,
   [620, 710, 905, 1040, 980, 860, 1120, 940, 760, 540, 480, 410]),
  ("admissions", "Application", "Applicant portal", "application_completion_rate", "%", 70, True,
   [66, 67, 68, 67, 69, 70, 71, 70, 72, 58, 52, 49]),
  ("admissions", "Application", "Document upload", "document_upload_error_rate", "%", 2, False,
   [1.8, 1.6, 1.9, 1.7, 1.5, 1.8, 1.6, 1.7, 1.9, 9.4, 14.2, 16.8]),
  ("admissions", "Offer", "Offer decision", "offer_turnaround_days", "days", 14, False,
   [22, 23, 21, 22, 20, 15, 12, 11, 10, 9, 9, 8]),
  ("admissions", "Offer", "Offer letter email", "offer_acceptance_rate", "%", 40, True,
   [34, 35, 33, 36, 37, 39, 41, 42, 43, 44, 42, 43]),
  ("admissions", "Enrolment", "Online enrolment", "enrolment_completion_rate", "%", 95, True,
   [88, 91, 93, 94, 94, 95, 95, 96, 95, 89, 86, 84]),
  ("first-year-support", "", "", "nps", "score", 25, True,
   [18, 21, 24, 26, 27, 27, 28, 26, 22, 17, 12, 9]),
  ("first-year-support", "Getting help", "Online ask form", "first_response_time_hours", "h", 24, False,
   [30, 26, 22, 20, 19, 18, 19, 21, 29, 38, 47, 52]),
  ("first-year-support", "Welcome week", "Eduroam wifi setup", "it_ticket_resolution_hours", "h", 8, False,
   [31, 24, 15, 11, 9, 8, 7.5, 7, 6.8, 6.5, 6.9, 6.4]),
  ("first-year-support", "Academic support", "", "attendance_rate", "%", 85, True,
   [91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 80, 79]),
  ("first-year-support", "Wellbeing", "Counselling service", "counselling_wait_days", "days", 10, False,
   [8, 9, 9, 10, 11, 12, 13, 14, 16, 18, 21, 23]),
  ("first-year-support", "Money and housing", "Bursary payment", "bursary_payment_time_days", "days", 5, False,
   [5, 4, 5, 5, 4, 5, 5, 6, 9, 13, 16, 18]),
  ("first-year-support", "Money and housing", "Halls maintenance", "halls_repair_days", "days", 3, False,
   [6, 5.5, 5, 4.5, 4, 3.5, 3.2, 3, 2.8, 2.9, 2.7, 2.6]),
]

def rows():
    for j, st, tp, m, unit, target, hib, vals in SERIES:
        assert len(vals) == 12, m
        for w, v in zip(WEEKS, vals):
            yield {"date": w.isoformat(), "journey": j, "stage": st, "touchpoint": tp, "metric": m,
                   "value": v, "target": target, "unit": unit, "higher_is_better": str(hib).lower()}

if __name__ == "__main__":
    base = pathlib.Path(__file__).resolve().parent.parent / "knowledge/kpis"
    cols = ["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"]
    adm = [r for r in rows() if r["journey"] == "admissions"]
    fy = [r for r in rows() if r["journey"] != "admissions"]
    for name, rs in (("admissions_weekly_kpis.csv", adm), ("first_year_weekly_kpis.csv", fy)):
        with open(base / name, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); w.writerows(rs)
        print(name, len(rs))
