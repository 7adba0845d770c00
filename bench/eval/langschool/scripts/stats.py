#!/usr/bin/env python3
"""Print the figures the question sets use, computed from the generated files.
NPS = %promoters (9-10) - %detractors (0-6) over nps-typed comments.
CSAT = % of csat-typed comments scoring 4 or 5 (also prints the mean)."""
import csv, os, collections, datetime as dt, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "knowledge", "comments")
rows = []
for r in csv.DictReader(open(os.path.join(C, "lesson_feedback_2026q1.csv"), encoding="utf-8")):
    rows.append(dict(id=r["id"], date=r["date"][:10], journey=r["journey"], stage=r["stage"].lower(), tp=r["touchpoint"].lower(),
                     score=int(r["score"]), type=r["score_type"], seg=r["segment"], text=r["comment"], file="L"))
for r in csv.DictReader(open(os.path.join(C, "typeform_nps_export.csv"), encoding="utf-8")):
    d = dt.datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M").date().isoformat()
    rows.append(dict(id=r["Response ID"], date=d, journey=r["Journey"], stage=r["Step"].lower(), tp=r["Touchpoint"].lower(),
                     score=int(r["How likely are you to recommend Voxa Languages to a friend or colleague?"]), type=r["Score Type"],
                     seg=r["Learner type"], text=r["What is the main reason for your score?"], file="T"))
for r in csv.DictReader(open(os.path.join(C, "b2b_admin_pulse.csv"), encoding="utf-8")):
    rows.append(dict(id=r["id"], date=r["date"], journey=r["journey"], stage=r["stage"].lower(), tp=r["touchpoint"].lower(),
                     score=int(r["score"]), type=r["score_type"], seg=r["segment"], text=r["comment"], file="B"))


def nps(rs):
    s = [r["score"] for r in rs if r["type"] == "nps"]
    if not s: return None
    p = sum(x >= 9 for x in s); d = sum(x <= 6 for x in s)
    return round(100 * (p - d) / len(s), 1), len(s), p, d


def csat(rs):
    s = [r["score"] for r in rs if r["type"] == "csat"]
    if not s: return None
    return round(100 * sum(x >= 4 for x in s) / len(s), 1), len(s), round(sum(s) / len(s), 2)


def show(title, key):
    print("==", title)
    g = collections.defaultdict(list)
    for r in rows: g[key(r)].append(r)
    for k in sorted(g, key=str):
        print("  %-60s n=%3d  NPS=%s  CSAT=%s" % (k, len(g[k]), nps(g[k]), csat(g[k])))


if __name__ == "__main__":
    print("total comments", len(rows))
    show("by touchpoint", lambda r: (r["journey"], r["tp"]))
    show("by stage", lambda r: (r["journey"], r["stage"]))
    show("by journey", lambda r: r["journey"])
    show("by segment", lambda r: r["seg"])
    show("by segment x journey", lambda r: (r["seg"], r["journey"]))
    show("by file", lambda r: r["file"])
    print("== KPIs")
    K = collections.defaultdict(list)
    for f in ("first_course_weekly.csv", "certify_renew_weekly.csv"):
        for r in csv.DictReader(open(os.path.join(ROOT, "knowledge", "kpis", f))):
            K[(r["journey"], r["metric"])].append((r["date"], float(r["value"]), r["target"], r["higher_is_better"]))
    for k, v in K.items():
        v.sort(); vals = [x[1] for x in v]
        print("  %-70s first=%s latest=%s prev=%s d_wow=%.1f d_all=%.1f min=%s max=%s mean=%.2f last4mean=%.2f first4mean=%.2f target=%s hib=%s" % (
            k, vals[0], vals[-1], vals[-2], vals[-1] - vals[-2], vals[-1] - vals[0], min(vals), max(vals), sum(vals) / len(vals),
            sum(vals[-4:]) / 4, sum(vals[:4]) / 4, v[0][2], v[0][3]))
