"""Figures for the question sets, computed from the files in knowledge/ (re-read from disk)."""
import csv, os, datetime as dt
from collections import defaultdict
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")

def comments():
    out = []
    for fn in ("onboarding_survey.csv", "payrun_survey.csv"):
        for r in csv.DictReader(open(os.path.join(K, "comments", fn), encoding="utf-8")):
            r["score"] = int(r["score"]); out.append(r)
    for r in csv.DictReader(open(os.path.join(K, "comments", "helpdesk_csat_export.csv"), encoding="utf-8")):
        d = dt.datetime.strptime(r["Created At"], "%d/%m/%Y %H:%M").date()
        out.append({"id": r["Ticket ID"], "date": d.isoformat(), "journey": r["Product Area"], "stage": r["Queue"],
                    "touchpoint": r["Help Topic"], "score": int(r["Satisfaction"]), "score_type": r["Rating Scale"],
                    "segment": r["Company Size"], "comment": r["Customer Feedback"]})
    return out

def nps(scores):
    n = len(scores)
    p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores)
    return round((100 * p / n) - (100 * d / n)) if n else None

def kpis():
    s = defaultdict(list)
    for fn in os.listdir(os.path.join(K, "kpis")):
        for r in csv.DictReader(open(os.path.join(K, "kpis", fn), encoding="utf-8")):
            s[(r["metric"], r["journey"])].append((r["date"], float(r["value"]), r))
    for k in s: s[k].sort(key=lambda x: x[0])
    return s

def fmt(x, nd=1):
    return f"{round(x + (1e-9 if x >= 0 else -1e-9), nd):.{nd}f}"

if __name__ == "__main__":
    C = comments(); S = kpis()
    for (m, j), v in sorted(S.items()):
        vals = [x[1] for x in v]
        print(f"{m:34s} {j:20s} first={vals[0]} last={vals[-1]} chg={fmt(abs(vals[-1]-vals[0]))} last4mean={fmt(sum(vals[-4:])/4, 2)} tgt={v[0][2]['target']} vals={vals}")
    by = defaultdict(list)
    for c in C:
        if c["score_type"] == "nps":
            by[("tp", c["journey"], c["touchpoint"])].append(c["score"])
            by[("st", c["journey"], c["stage"])].append(c["score"])
            by[("j", c["journey"], "")].append(c["score"])
            by[("seg", c["journey"], c["segment"])].append(c["score"])
            by[("segtp", c["touchpoint"], c["segment"])].append(c["score"])
    for k, v in sorted(by.items()):
        print(k, len(v), nps(v))
    cs = defaultdict(list)
    for c in C:
        if c["score_type"] == "csat": cs[c["touchpoint"]].append(c["score"]); cs[("seg", c["segment"])].append(c["score"])
    for k, v in cs.items():
        print("csat", k, len(v), fmt(sum(v)/len(v), 2), "pct45", fmt(100*sum(x>=4 for x in v)/len(v)))
    tw = [c for c in C if c["touchpoint"] == "Two-factor sign-off"]
    print("2fa", len(tw), min(c["date"] for c in tw))
