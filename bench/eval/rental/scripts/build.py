"""Assemble the rental knowledge base: comment CSVs from the hand-written lists in data/,
KPI CSVs from the weekly series below. Maps are written by hand in knowledge/maps/."""
import csv, json, datetime as dt, pathlib, yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
K = ROOT / "knowledge"
WEEKS = [dt.date(2025, 6, 16) + dt.timedelta(weeks=i) for i in range(12)]

def load_maps():
    tp, st = {}, {}
    for p in (K / "maps").iterdir():
        d = yaml.safe_load(p.read_text()) if p.suffix == ".yaml" else json.loads(p.read_text())
        for s in d["stages"]:
            st[s["name"]] = (d["id"], d["name"])
            for t in s.get("touchpoints", []):
                tp[t["name"]] = (d["id"], d["name"], s["name"])
    return tp, st

def rows(name):
    for line in (ROOT / "scripts" / "data" / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("|", 5)

def place(key, tp, st):
    if key == "-":
        return "", "", "", ""
    if key.startswith("stage:"):
        s = key[6:]
        return st[s][0], st[s][1], s, ""
    j, jn, s = tp[key]
    return j, jn, s, key

def main():
    tp, st = load_maps()
    out = K / "comments"
    with open(out / "post_rental_nps_survey.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "segment", "score", "score_type", "comment"])
        for i, (wk, key, score, seg, chan, text) in enumerate(rows("web_nps.txt")):
            j, jn, s, t = place(key, tp, st)
            d = WEEKS[int(wk)] + dt.timedelta(days=(i * 3) % 7)
            w.writerow([f"NPS-{1001 + i}", d.isoformat(), jn, s, t, chan, seg, score, "nps", text])
    with open(out / "medallia_station_export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Response Date", "Journey Program", "Journey Step", "Interaction Point",
                    "Station", "Customer Tier", "Survey Metric", "Satisfaction (1-5)", "Verbatim"])
        for i, (wk, key, score, tier, station, text) in enumerate(rows("vendor_csat.txt")):
            j, jn, s, t = place(key, tp, st)
            d = dt.datetime.combine(WEEKS[int(wk)] + dt.timedelta(days=(i * 2 + 1) % 7), dt.time(8 + (i * 5) % 13, (i * 17) % 60))
            w.writerow([f"MDL-{70001 + i}", d.strftime("%d/%m/%Y %H:%M"), j, s, t, station, tier, "csat", score, text])

    # KPI weekly series: (journey, stage, touchpoint, metric, unit, target, higher_is_better, values W0..W11)
    S = [
     ("book-and-collect", "", "", "nps", "score", 30, "true", [12, 10, 11, 9, 14, 18, 22, 25, 27, 16, 13, 11]),
     ("book-and-collect", "", "", "csat", "%", 80, "true", [68, 67, 68, 66, 70, 73, 76, 78, 79, 72, 70, 69]),
     ("book-and-collect", "Search and quote", "", "booking_conversion_rate", "%", 6.5, "true",
      [6.1, 6.2, 6.0, 6.3, 6.2, 6.4, 6.3, 6.5, 6.4, 5.1, 4.8, 4.6]),
     ("book-and-collect", "Extras and cover", "", "extras_attach_rate", "%", 35, "true",
      [31.2, 30.8, 31.5, 32.0, 31.7, 32.4, 32.1, 33.0, 32.6, 31.9, 32.2, 32.5]),
     ("book-and-collect", "Payment and confirmation", "Card payment page", "payment_failure_rate", "%", 2.5, "false",
      [2.8, 2.6, 2.9, 2.7, 2.5, 2.8, 2.6, 2.7, 2.9, 7.9, 9.4, 8.6]),
     ("book-and-collect", "Desk pick-up", "Rental desk queue", "desk_wait_time", "min", 10, "false",
      [31, 33, 35, 34, 28, 22, 19, 16, 14, 13, 13, 12]),
     ("book-and-collect", "Desk pick-up", "Express pick-up kiosk", "express_pickup_share", "%", 40, "true",
      [2.1, 2.3, 2.2, 2.4, 9.5, 17.2, 24.0, 29.1, 33.4, 35.0, 36.8, 38.2]),
     ("drive-and-return", "", "", "nps", "score", 25, "true", [21, 22, 20, 23, 22, 24, 23, 24, 15, 6, 1, -4]),
     ("drive-and-return", "", "", "csat", "%", 80, "true", [77, 78, 76, 78, 79, 78, 79, 80, 72, 64, 60, 57]),
     ("drive-and-return", "Vehicle return", "", "return_inspection_time", "min", 8, "false",
      [9.5, 9.8, 9.2, 9.6, 9.4, 9.1, 9.7, 9.3, 4.2, 3.9, 3.8, 3.6]),
     ("drive-and-return", "Damage and charges disputes", "", "damage_dispute_rate", "%", 2.0, "false",
      [1.8, 1.7, 1.9, 1.8, 1.6, 1.9, 1.7, 1.8, 2.6, 3.9, 4.7, 5.3]),
     ("drive-and-return", "Final invoice", "Deposit release", "deposit_release_days", "days", 5, "false",
      [8.1, 8.3, 7.9, 8.0, 7.6, 7.4, 7.2, 7.0, 7.3, 8.4, 9.1, 9.8]),
     ("drive-and-return", "On the road", "Roadside assistance hotline", "roadside_response_time", "min", 45, "false",
      [52, 55, 51, 49, 50, 47, 46, 44, 43, 45, 42, 41]),
    ]
    for jid in ("book-and-collect", "drive-and-return"):
        with open(K / "kpis" / f"{jid}_weekly_kpis.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit", "higher_is_better"])
            for j, s, t, m, u, tg, hib, vals in S:
                if j != jid:
                    continue
                assert len(vals) == 12
                for d, v in zip(WEEKS, vals):
                    w.writerow([d.isoformat(), j, s, t, m, v, tg, u, hib])
    (ROOT / "scripts" / "series.json").write_text(json.dumps(
        [dict(journey=j, stage=s, touchpoint=t, metric=m, unit=u, target=tg, values=v) for j, s, t, m, u, tg, hib, v in S]))

if __name__ == "__main__":
    main()
