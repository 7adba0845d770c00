"""Writes the weekly KPI snapshots (hand-chosen values) to knowledge/kpis/. Week 1 = Mon 2026-09-07."""
import csv, datetime as dt, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "knowledge/kpis"
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
# metric, journey, stage, touchpoint, unit, target, higher_is_better, 12 weekly values
SERIES = {
 "buying_tickets_weekly.csv": [
  ("nps", "Buying tickets", "", "", "score", 35, True, [32, 34, 33, 35, 36, 37, 38, 37, 29, 24, 22, 21]),
  ("csat", "Buying tickets", "", "", "%", 80, True, [78, 79, 79, 80, 81, 82, 82, 81, 75, 72, 70, 69]),
  ("checkout_conversion_rate", "Buying tickets", "Pay", "App checkout", "%", 60, True,
   [61.8, 62.3, 61.5, 62.9, 63.1, 63.4, 62.8, 63.0, 55.2, 52.7, 51.4, 50.9]),
  ("app_crash_rate", "Buying tickets", "Pay", "App checkout", "%", 1.0, False,
   [0.8, 0.7, 0.9, 0.8, 0.7, 0.8, 0.6, 0.7, 2.9, 3.4, 3.7, 3.2]),
  ("payment_error_rate", "Buying tickets", "Pay", "Apple Pay and Google Pay", "%", 2.0, False,
   [1.9, 2.0, 1.8, 2.1, 1.9, 1.8, 1.7, 1.9, 4.6, 5.3, 5.1, 4.8]),
  ("ticket_machine_availability", "Buying tickets", "Buy at the station", "Ticket machine", "%", 95, True,
   [86.4, 85.9, 87.1, 86.0, 89.5, 91.8, 93.6, 95.2, 96.1, 96.8, 97.0, 97.3]),
  ("eticket_delivery_time", "Buying tickets", "Receive ticket", "E-ticket barcode", "s", 30, False,
   [22, 24, 21, 23, 22, 20, 21, 22, 23, 25, 24, 22]),
 ],
 "travel_delay_repay_weekly.csv": [
  ("nps", "Travel and Delay Repay", "", "", "score", 20, True, [18, 20, 19, 21, 22, 24, 25, 24, 23, 9, 4, 7]),
  ("csat", "Travel and Delay Repay", "", "", "%", 75, True, [71, 72, 71, 73, 74, 76, 76, 75, 74, 63, 59, 61]),
  ("on_time_performance", "Travel and Delay Repay", "", "", "%", 90, True,
   [89.2, 88.7, 90.1, 87.5, 86.9, 88.3, 87.8, 86.4, 85.9, 72.4, 70.8, 79.6]),
  ("disruption_info_accuracy", "Travel and Delay Repay", "Disruption information", "Live disruption alerts", "%", 95, True,
   [93.1, 92.8, 93.5, 92.4, 93.0, 92.7, 93.3, 92.9, 91.8, 78.2, 74.6, 81.3]),
  ("delay_repay_processing_time", "Travel and Delay Repay", "Receive compensation", "Refund to card", "days", 5, False,
   [5.2, 5.0, 4.8, 5.1, 4.9, 4.6, 4.4, 4.5, 4.7, 6.8, 11.9, 14.2]),
  ("claim_form_abandonment_rate", "Travel and Delay Repay", "Claim Delay Repay", "Delay Repay claim form", "%", 25, False,
   [38.5, 37.9, 39.2, 38.1, 36.8, 27.4, 24.1, 22.9, 22.3, 21.8, 22.6, 21.5]),
 ],
}
if __name__ == "__main__":
    for fname, rows in SERIES.items():
        with open(OUT / fname, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
            for metric, j, st, tp, unit, target, hib, vals in rows:
                assert len(vals) == 12, metric
                for d, v in zip(WEEKS, vals):
                    w.writerow([d.isoformat(), j, st, tp, metric, v, unit, target, str(hib).lower()])
    print(sum(len(r) for r in SERIES.values()) * 12, "rows")
