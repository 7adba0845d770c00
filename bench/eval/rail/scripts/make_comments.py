"""Assembles the two comment CSVs (and the vendor mapping file) from comments_data.py."""
import csv, datetime as dt, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from comments_data import TICKETS, TICKETS_TP, TRAVEL, TRAVEL_TP
OUT = pathlib.Path(__file__).resolve().parent.parent / "knowledge/comments"
W1 = dt.date(2026, 9, 7)
def day(week, i):  # spread a week's comments over its 7 days, deterministically
    return W1 + dt.timedelta(weeks=week - 1, days=(i * 3) % 7)

# file 1: in-house NPS survey, canonical column names
with open(OUT / "ticket_purchase_nps.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"])
    for i, (wk, code, score, seg, text) in enumerate(TICKETS, 1):
        stage, tp, ch = TICKETS_TP[code] if code else ("", "", "")
        w.writerow([f"tp-nps-{i:04d}", day(wk, i).isoformat(), "Buying tickets", stage, tp, ch, score, "nps", seg, text])

# file 2: vendor export (Medallia-style), own column names, dd/mm/yyyy HH:MM dates
REGION = ["North", "Central", "Coast"]
with open(OUT / "medallia_post_journey_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ResponseID", "Response Date", "Survey Name", "Programme", "Stage Name", "Touch Point",
                "Contact Channel", "CSAT (1-5)", "Score Scale", "Customer Segment", "Region", "Verbatim Response"])
    for i, (wk, code, score, seg, text) in enumerate(TRAVEL, 1):
        stage, tp, ch = TRAVEL_TP[code] if code else ("", "", "")
        d = day(wk, i)
        stamp = f"{d:%d/%m/%Y} {7 + (i * 5) % 13:02d}:{(i * 17) % 60:02d}"
        w.writerow([f"MDL-{48100 + i}", stamp, "Post-journey CSAT", "Travel and Delay Repay", stage, tp, ch,
                    score, "csat", seg.capitalize(), REGION[i % 3], text])

(OUT / "medallia_post_journey_export.mapping.yaml").write_text("""# column mapping for the Medallia post-journey CSAT export
kind: comments
date_format: "%d/%m/%Y %H:%M"
columns:
  id: ResponseID
  date: Response Date
  journey: Programme
  stage: Stage Name
  touchpoint: Touch Point
  channel: Contact Channel
  score: CSAT (1-5)
  score_type: Score Scale
  segment: Customer Segment
  comment: Verbatim Response
""")
print(len(TICKETS), len(TRAVEL))
