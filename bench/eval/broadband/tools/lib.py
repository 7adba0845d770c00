import csv, datetime as dt, collections, os, re
BASE = os.path.join(os.path.dirname(__file__), "..", "knowledge")
def comments():
    rows = list(csv.DictReader(open(f"{BASE}/comments/qualtrics_export_cx_pulse.csv", encoding="utf-8")))
    topics = {r["ResponseId"]: r["topic"] for r in csv.DictReader(open(os.path.join(os.path.dirname(__file__), "comment_topics.csv")))}
    for r in rows:
        r["dt"] = dt.datetime.strptime(r["RecordedDate"], "%d/%m/%Y %H:%M"); r["score"] = int(r["Q1_Score"])
        r["topic"] = topics[r["ResponseId"]]
    return rows
def kpis():
    rows = list(csv.DictReader(open(f"{BASE}/kpis/weekly_cx_kpis.csv")))
    for r in rows: r["v"] = float(r["value"]); r["d"] = dt.date.fromisoformat(r["date"])
    return rows
def nps(scores):
    n = len(scores); p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return round(100 * (p - d) / n), n
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
