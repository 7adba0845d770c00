#!/usr/bin/env python3
"""Writes the comment and KPI CSVs of the insurance base from the hand-written verbatims and KPI series.

Deterministic (seeded). Run from anywhere: python3 scripts/generate.py
"""
import csv, datetime as dt, random, string, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import claims_verbatims as CV, renewal_verbatims as RV, repair_csat_verbatims as PV  # noqa: E402

KB = HERE.parent / "knowledge"
START = dt.date(2026, 9, 7)            # Monday of week 1
END = dt.date(2026, 11, 29)            # Sunday of week 12
WEEKS = [START + dt.timedelta(weeks=i) for i in range(12)]
WINDOWS = {None: (START, END), "early": (START, dt.date(2026, 10, 18)),
           "storm": (dt.date(2026, 11, 2), END), "app": (dt.date(2026, 11, 9), END),
           "billing": (dt.date(2026, 11, 9), END)}
rng = random.Random(20261201)


def when(timing):
    a, b = WINDOWS[timing]
    d = a + dt.timedelta(days=rng.randrange((b - a).days + 1))
    return dt.datetime.combine(d, dt.time(rng.randrange(7, 23), rng.randrange(60), rng.randrange(60)))


def claims():
    rows = []
    for code, score, seg, product, timing, text in CV.V:
        stage, tp = CV.TP[code]
        rows.append(dict(date=when(timing), stage=stage, touchpoint=tp, score=score, segment=seg or "",
                         policy_type=product, comment=text))
    rows.sort(key=lambda r: r["date"])
    with open(KB / "comments" / "claims_nps_survey.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "policy_type", "comment"])
        for i, r in enumerate(rows, 1):
            w.writerow([f"CLM-{i:04d}", r["date"].isoformat(), "Motor and home claims", r["stage"], r["touchpoint"],
                        r["score"], "nps", r["segment"], r["policy_type"], r["comment"]])
    return len(rows)


def renewal():
    rows = []
    for code, score, seg, product, timing, text in RV.V:
        stage, tp = RV.TP[code]
        rid = "R_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(15))
        rows.append(dict(id=rid, date=when(timing), stage=stage, touchpoint=tp, score=score, segment=seg or "",
                         product=product, comment=text, device=rng.choice(["mobile", "mobile", "desktop", "tablet"])))
    rows.sort(key=lambda r: r["date"])
    with open(KB / "comments" / "renewal_pulse_export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(["ResponseID", "Submitted", "Programme", "Journey Stage", "Touchpoint", "NPS_LTR",
                    "Customer segment", "Product", "Device", "Q3 - Tell us why"])
        for r in rows:
            w.writerow([r["id"], r["date"].strftime("%d/%m/%Y %H:%M"), "Policy renewal", r["stage"], r["touchpoint"],
                        r["score"], r["segment"], r["product"], r["device"], r["comment"]])
    return len(rows)


def repair_csat():
    rows = []
    for code, score, seg, timing, text in PV.V:
        stage, tp = PV.TP[code]
        rows.append(dict(date=when(timing).date(), stage=stage, touchpoint=tp, score=score, segment=seg or "", comment=text))
    rows.sort(key=lambda r: r["date"])
    with open(KB / "comments" / "repair_network_csat.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["date", "comment", "score", "score_type", "journey", "stage", "touchpoint", "segment"])
        for r in rows:
            w.writerow([r["date"].isoformat(), r["comment"], r["score"], "csat", "Motor and home claims", r["stage"],
                        r["touchpoint"], r["segment"]])
    return len(rows)


# metric -> (stage, touchpoint, unit, target, higher_is_better, 12 weekly values)
CLAIMS_KPIS = {
    "claims_nps": ("", "", "", 30, "true", [24, 25, 23, 26, 25, 27, 26, 24, 19, 16, 14, 13]),
    "fnol_call_wait_time_s": ("First notice of loss", "Claims phone line", "s", 180, "false",
                              [165, 172, 158, 170, 176, 168, 181, 174, 612, 540, 395, 310]),
    "first_contact_resolution_rate": ("First notice of loss", "Claims phone line", "%", 70, "true",
                                      [64.2, 63.8, 65.1, 64.7, 65.5, 64.9, 66.0, 65.3, 58.4, 59.9, 61.2, 62.0]),
    "assessor_visit_time_days": ("Assessment", "Loss adjuster visit", "days", 5, "false",
                                 [5.8, 6.1, 5.6, 6.0, 5.9, 6.3, 6.2, 6.4, 9.8, 13.5, 15.2, 14.1]),
    "repair_cycle_time_days": ("Repair or settlement", "Approved repairer booking", "days", 10, "false",
                               [12.4, 12.9, 12.1, 12.6, 13.0, 12.8, 12.3, 12.7, 12.5, 13.1, 12.9, 13.4]),
    "courtesy_car_availability_rate": ("Repair or settlement", "Courtesy car", "%", 90, "true",
                                       [81.5, 80.2, 79.8, 82.1, 78.9, 80.6, 79.4, 81.0, 77.2, 76.5, 78.1, 77.8]),
    "settlement_time_days": ("Payout", "Settlement payment", "days", 14, "false",
                             [12.6, 12.2, 12.9, 12.4, 11.8, 12.1, 12.5, 11.9, 13.2, 14.6, 15.8, 16.3]),
    "payout_within_48h_rate": ("Payout", "Settlement payment", "%", 85, "true",
                               [88.4, 89.1, 87.9, 90.2, 89.6, 90.8, 91.3, 90.5, 89.7, 90.1, 91.0, 91.6]),
    "claims_complaint_rate": ("Follow-up", "Complaints team", "%", 2.0, "false",
                              [2.3, 2.2, 2.4, 2.1, 2.2, 2.0, 2.1, 2.3, 2.9, 3.4, 3.8, 3.6]),
}
DIGITAL_KPIS = {
    "claims_app_photo_upload_success_rate": ("Claims app", "%", 95,
                                             [97.8, 98.1, 97.6, 97.9, 98.3, 97.7, 98.0, 97.5, 97.9, 86.4, 83.1, 84.7]),
}
# metric -> (stage, touchpoint, unit, target, values); no higher_is_better column: the names carry the default
RENEWAL_KPIS = {
    "renewal_retention_rate": ("", "", "%", 85, [84.1, 84.6, 83.9, 84.8, 85.2, 84.7, 85.0, 84.3, 83.1, 81.4, 79.8, 78.6]),
    "renewal_nps": ("", "", "", 20, [12, 11, 13, 10, 12, 14, 13, 12, 11, 8, 6, 5]),
    "quote_abandonment_rate": ("Review and compare", "Online account quote", "%", 30,
                               [41.2, 40.8, 39.5, 38.9, 37.6, 36.8, 35.9, 34.7, 33.8, 32.5, 31.9, 31.2]),
    "online_renewal_share": ("Review and compare", "Online account quote", "%", 55,
                             [47.5, 48.2, 48.9, 49.6, 50.1, 50.8, 51.7, 52.4, 53.0, 53.8, 54.6, 55.3]),
    "auto_renewal_optin_rate": ("Payment and confirmation", "Auto-renewal payment", "%", 60,
                                [62.3, 62.8, 63.1, 62.5, 63.4, 63.0, 63.6, 63.9, 63.2, 62.7, 61.8, 60.9]),
    "renewal_call_wait_time_s": ("Speak to us", "Retention call centre", "s", 240,
                                 [310, 295, 330, 288, 305, 342, 318, 296, 325, 410, 465, 520]),
    "renewal_churn_rate": ("After renewal", "Cancellation request", "%", 12,
                           [11.2, 10.8, 11.5, 11.0, 10.9, 11.3, 11.1, 11.4, 12.6, 13.8, 14.9, 15.7]),
    "renewal_email_open_rate": ("Renewal invitation", "Renewal notice email", "%", 60,
                                [58.4, 59.1, 57.8, 60.2, 61.5, 59.7, 60.8, 61.2, 60.4, 62.0, 61.7, 62.3]),
}


def kpis():
    n = 0
    with open(KB / "kpis" / "claims_weekly_kpis.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
        for i, wk in enumerate(WEEKS):
            for m, (st, tp, unit, tgt, hib, vals) in CLAIMS_KPIS.items():
                w.writerow([wk.isoformat(), "Motor and home claims", st, tp, m, vals[i], unit, tgt, hib]); n += 1
    with open(KB / "kpis" / "digital_claims_kpis.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["metric", "date", "value", "target", "unit", "journey", "touchpoint"])
        for m, (tp, unit, tgt, vals) in DIGITAL_KPIS.items():
            for i, wk in enumerate(WEEKS):
                w.writerow([m, wk.isoformat(), f"{vals[i]}%", tgt, unit, "Motor and home claims", tp]); n += 1
    with open(KB / "kpis" / "renewal_kpis.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit"])
        for m, (st, tp, unit, tgt, vals) in RENEWAL_KPIS.items():
            for i, wk in enumerate(WEEKS):
                v = f"{vals[i]}%" if unit == "%" else vals[i]
                w.writerow([m, v, wk.isoformat(), "Policy renewal", st, tp, tgt, unit]); n += 1
    return n


if __name__ == "__main__":
    print("claims comments", claims())
    print("renewal comments", renewal())
    print("repair csat comments", repair_csat())
    print("kpi rows", kpis())
