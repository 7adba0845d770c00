#!/usr/bin/env python3
"""Compute the figures quoted in dev.yaml / heldout.yaml from the knowledge files."""
import csv, os, collections, datetime as dt
KB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "knowledge")

def load():
    out = []
    for f in ["purchase_survey.csv", "delivery_pulse.csv"]:
        for r in csv.DictReader(open(os.path.join(KB, "comments", f), encoding="utf-8")):
            out.append(dict(file=f, id=r["id"], date=r["date"][:10], journey=r["journey"], stage=r["stage"],
                            tp=r["touchpoint"].lower(), score=r["score"], type=r["score_type"], seg=r["segment"],
                            text=r["comment"]))
    for r in csv.DictReader(open(os.path.join(KB, "comments", "reviewloop_aftersales_export.csv"), encoding="utf-8")):
        d = dt.datetime.strptime(r["Submitted"], "%d/%m/%Y %H:%M").date().isoformat()
        out.append(dict(file="reviewloop", id=r["ResponseID"], date=d, journey=r["Programme"], stage=r["Journey_Step"],
                        tp=r["Interaction"].lower(), score=r["Rating"], type=r["Rating_Type"], seg=r["Customer_Type"],
                        text=r["Verbatim"]))
    return [r for r in out if r["score"] != ""]

def nps(xs):
    xs = [int(x) for x in xs]
    return round(100 * (sum(x >= 9 for x in xs) - sum(x <= 6 for x in xs)) / len(xs), 1), len(xs)

def csat(xs):
    xs = [int(x) for x in xs]
    return round(100 * sum(x >= 4 for x in xs) / len(xs), 1), round(sum(xs) / len(xs), 2), len(xs)

def score(rows):
    n = [r["score"] for r in rows if r["type"] == "nps"]
    c = [r["score"] for r in rows if r["type"] == "csat"]
    return (("NPS", nps(n)) if n else ()) + (("CSAT%4-5,mean,n", csat(c)) if c else ())

if __name__ == "__main__":
    rows = load()
    print("== by touchpoint")
    g = collections.defaultdict(list)
    for r in rows: g[(r["journey"], r["stage"], r["tp"])].append(r)
    for k in sorted(g): print(k, score(g[k]))
    print("== by stage")
    g = collections.defaultdict(list)
    for r in rows: g[(r["journey"], r["stage"])].append(r)
    for k in sorted(g): print(k, score(g[k]))
    print("== by journey")
    g = collections.defaultdict(list)
    for r in rows: g[r["journey"]].append(r)
    for k in sorted(g): print(k, score(g[k]))
    print("== by segment x journey")
    g = collections.defaultdict(list)
    for r in rows: g[(r["journey"], r["seg"])].append(r)
    for k in sorted(g): print(k, score(g[k]))
    print("== by segment x stage")
    g = collections.defaultdict(list)
    for r in rows: g[(r["journey"], r["stage"], r["seg"])].append(r)
    for k in sorted(g): print(k, score(g[k]))
    print("== by segment x touchpoint")
    g = collections.defaultdict(list)
    for r in rows: g[(r["stage"], r["tp"], r["seg"])].append(r)
    for k in sorted(g): print(k, score(g[k]))
    print("== home delivery by period")
    hd = [r for r in rows if r["tp"] == "home delivery"]
    print("before 23 Feb", score([r for r in hd if r["date"] < "2026-02-23"]), "from 23 Feb", score([r for r in hd if r["date"] >= "2026-02-23"]))
    print("== comment counts by stage")
    c = collections.Counter((r["journey"], r["stage"]) for r in rows); print(c.most_common())
    c = collections.Counter((r["tp"]) for r in rows); print(c.most_common())
