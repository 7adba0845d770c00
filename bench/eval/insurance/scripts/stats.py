#!/usr/bin/env python3
"""Helpers that recompute the figures used in dev.yaml / heldout.yaml from the knowledge files."""
import csv, datetime as dt
from collections import defaultdict
from pathlib import Path

KB = Path(__file__).resolve().parent.parent / "knowledge"


def comments():
    out = []
    for r in csv.DictReader(open(KB / "comments/claims_nps_survey.csv", encoding="utf-8")):
        out.append(dict(id=r["id"], date=dt.datetime.fromisoformat(r["date"]), journey="claims", stage=r["stage"],
                        touchpoint=r["touchpoint"], score=int(r["score"]), type="nps", segment=r["segment"], text=r["comment"]))
    for r in csv.DictReader(open(KB / "comments/renewal_pulse_export.csv", encoding="utf-8")):
        out.append(dict(id=r["ResponseID"], date=dt.datetime.strptime(r["Submitted"], "%d/%m/%Y %H:%M"), journey="policy-renewal",
                        stage=r["Journey Stage"], touchpoint=r["Touchpoint"], score=int(r["NPS_LTR"]), type="nps",
                        segment=r["Customer segment"], text=r["Q3 - Tell us why"]))
    for r in csv.DictReader(open(KB / "comments/repair_network_csat.csv", encoding="utf-8")):
        out.append(dict(id=None, date=dt.datetime.fromisoformat(r["date"]), journey="claims", stage=r["stage"],
                        touchpoint=r["touchpoint"], score=int(r["score"]), type="csat", segment=r["segment"], text=r["comment"]))
    return out


def kpis():
    series = defaultdict(list)
    for name in ("claims_weekly_kpis.csv", "digital_claims_kpis.csv", "renewal_kpis.csv"):
        for r in csv.DictReader(open(KB / "kpis" / name, encoding="utf-8")):
            series[r["metric"]].append((r["date"], float(r["value"].rstrip("%")), float(r["target"])))
    for v in series.values():
        v.sort()
    return series


def nps(scores):
    n = len(scores)
    return round(100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / n, 1) if n else None


if __name__ == "__main__":
    cs = comments()
    by = defaultdict(list)
    for c in cs:
        by[(c["journey"], c["type"], c["stage"], c["touchpoint"])].append(c["score"])
    for k, v in sorted(by.items()):
        print(k, len(v), round(sum(v) / len(v), 2), "nps", nps(v) if k[1] == "nps" else "")
    print("--- per stage (nps)")
    st = defaultdict(list)
    for c in cs:
        if c["type"] == "nps":
            st[(c["journey"], c["stage"])].append(c["score"])
    for k, v in st.items():
        print(k, len(v), round(sum(v) / len(v), 2), nps(v))
    print("--- per journey")
    for j in ("claims", "policy-renewal"):
        v = [c["score"] for c in cs if c["journey"] == j and c["type"] == "nps"]
        print(j, len(v), round(sum(v) / len(v), 2), nps(v))
    print("--- per segment (nps)")
    sg = defaultdict(list)
    for c in cs:
        if c["type"] == "nps":
            sg[(c["journey"], c["segment"])].append(c["score"])
    for k, v in sorted(sg.items()):
        print(k, len(v), round(sum(v) / len(v), 2), nps(v))
    print("--- kpis")
    for m, v in kpis().items():
        vals = [x[1] for x in v]
        print(m, "latest", vals[-1], "target", v[-1][2], "first", vals[0], "prev", vals[-2],
              "last4avg", round(sum(vals[-4:]) / 4, 2), "first8avg", round(sum(vals[:8]) / 8, 2),
              "min", min(vals), "max", max(vals))
