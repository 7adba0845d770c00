#!/usr/bin/env python3
"""Compute every figure the question sets use, from the generated knowledge files only.

    python3 scripts/stats.py          # prints a summary
    from stats import load, figures   # used by scripts/questions.py
Rules: NPS = %(9-10) - %(0-6) over nps-scored comments; CSAT = % of 4-5 over csat-scored comments.
Rows with an empty score are ignored. Derived scores are rounded to whole numbers (half away from zero);
KPI values are as written in the files; changes are unsigned magnitudes.
"""
import csv
from collections import Counter, defaultdict
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

K = Path(__file__).resolve().parent.parent / "knowledge"


def rnd(x, nd=0):
    q = Decimal(1).scaleb(-nd)
    return str(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def load():
    comments = []
    for p in sorted((K / "comments").glob("*.csv")):
        mp = p.with_name(p.stem + ".mapping.yaml")
        cols, fmt = {}, None
        if mp.exists():
            m = yaml.safe_load(mp.read_text())
            cols, fmt = m["columns"], m.get("date_format")
        with open(p, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                g = lambda c: r.get(cols.get(c, c), "") or ""
                d = g("date")
                d = datetime.strptime(d, fmt).date() if fmt else datetime.fromisoformat(d).date()
                comments.append({"file": p.name, "id": g("id"), "date": d, "journey": g("journey"),
                                 "stage": g("stage"), "touchpoint": g("touchpoint"), "segment": g("segment"),
                                 "score": int(g("score")) if g("score") != "" else None,
                                 "score_type": g("score_type") or "nps", "comment": g("comment")})
    kpis = []
    for p in sorted((K / "kpis").glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                r["value"] = float(r["value"].rstrip("%"))
                r["target"] = float(r["target"]) if r["target"] else None
                r["hib"] = r["higher_is_better"] == "true"
                kpis.append(r)
    return comments, kpis


def nps(rows):
    s = [r["score"] for r in rows if r["score"] is not None and r["score_type"] == "nps"]
    if not s:
        return None, 0
    return 100.0 * (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s), len(s)


def csat(rows):
    s = [r["score"] for r in rows if r["score"] is not None and r["score_type"] == "csat"]
    if not s:
        return None, 0
    return 100.0 * sum(x >= 4 for x in s) / len(s), len(s)


def series(kpis, metric, journey=None):
    rows = [r for r in kpis if r["metric"] == metric and (journey is None or r["journey"] == journey)]
    rows.sort(key=lambda r: r["date"])
    return rows


def fmt_val(r):
    dec = {"count": 0, "GBP": 2}.get(r["unit"], 2 if r["metric"] == "member_churn_rate" else 1)
    return rnd(r["value"], dec), dec


def figures():
    comments, kpis = load()
    F = {"kpi": {}, "nps": {}, "csat": {}, "counts": {}}
    keys = sorted({(r["metric"], r["journey"]) for r in kpis})
    for m, j in keys:
        s = series(kpis, m, j)
        _, dec = fmt_val(s[-1])
        v = [r["value"] for r in s]
        e = {"latest": rnd(v[-1], dec), "prev": rnd(v[-2], dec), "first": rnd(v[0], dec),
             "target": rnd(s[-1]["target"], dec) if dec else str(int(s[-1]["target"])),
             "wow": rnd(abs(v[-1] - v[-2]), dec), "since_first": rnd(abs(v[-1] - v[0]), dec),
             "last4": rnd(abs(v[-1] - v[-5]), dec), "last3": rnd(abs(v[-1] - v[-4]), dec),
             "by_date": {r["date"]: rnd(r["value"], dec) for r in s},
             "gap": rnd(abs(v[-1] - s[-1]["target"]), dec),
             "on_target": (v[-1] >= s[-1]["target"]) if s[-1]["hib"] else (v[-1] <= s[-1]["target"]),
             "rel_change_3w": abs(v[-1] - v[-4]) / abs(v[-4]),
             "rel_gap": (v[-1] - s[-1]["target"]) / s[-1]["target"] * (1 if s[-1]["hib"] else -1)}
        F["kpi"][f"{m}@{j}"] = e

    def grp(rows, key):
        d = defaultdict(list)
        for r in rows:
            d[r[key]].append(r)
        return d

    vis = [c for c in comments if c["journey"] == "Museum visit"]
    mem = [c for c in comments if c["journey"] == "Membership"]
    F["nps"]["visit"] = nps(vis)
    F["nps"]["visit_last3w"] = nps([c for c in vis if c["date"].isoformat() >= "2026-03-23"])
    F["nps"]["visit_first7w"] = nps([c for c in vis if c["date"].isoformat() < "2026-03-23"])
    F["nps"]["visit_stage"] = {k: nps(v) for k, v in grp(vis, "stage").items() if k}
    F["nps"]["visit_tp"] = {k: nps(v) for k, v in grp(vis, "touchpoint").items() if k}
    F["nps"]["visit_seg"] = {k: nps(v) for k, v in grp(vis, "segment").items() if k}
    F["csat"]["membership"] = csat(mem)
    F["csat"]["memb_stage"] = {k: csat(v) for k, v in grp(mem, "stage").items() if k}
    F["csat"]["memb_tp"] = {k: csat(v) for k, v in grp(mem, "touchpoint").items() if k}
    F["csat"]["memb_seg"] = {k: csat(v) for k, v in grp(mem, "segment").items() if k}
    F["csat"]["memb_last3w"] = csat([c for c in mem if c["date"].isoformat() >= "2026-03-23"])
    F["csat"]["visit"] = csat(vis)  # cafe & shop survey
    F["csat"]["visit_tp"] = {k: csat(v) for k, v in grp(vis, "touchpoint").items() if k}
    F["csat"]["visit_seg"] = {k: csat(v) for k, v in grp(vis, "segment").items() if k}

    def count(words, rows, since=None, before=None):
        out = []
        for c in rows:
            if since and c["date"].isoformat() < since:
                continue
            if before and c["date"].isoformat() >= before:
                continue
            if all(w in c["comment"].lower() for w in words):
                out.append(c)
        return len(out)

    for name, words, rows in [("bag policy", ["new bag policy"], vis), ("app update", ["app update"], mem),
                              ("gift code", ["code"], [c for c in mem if c["stage"] == "Gift memberships"])]:
        F["counts"][name] = {"all": count(words, rows), "last3w": count(words, rows, since="2026-03-23"),
                             "before": count(words, rows, before="2026-03-23")}
    # negative-comment counts per touchpoint (score <= 6 nps, <= 3 csat)
    neg = lambda c: c["score"] is not None and ((c["score_type"] == "nps" and c["score"] <= 6) or
                                                 (c["score_type"] == "csat" and c["score"] <= 3))
    F["counts"]["neg_tp_memb"] = Counter(c["touchpoint"] for c in mem if neg(c) and c["touchpoint"])
    F["counts"]["neg_tp_visit"] = Counter(c["touchpoint"] for c in vis if neg(c) and c["touchpoint"])
    F["counts"]["total"] = len(comments)
    F["counts"]["per_file"] = Counter(c["file"] for c in comments)
    F["counts"]["contact"] = sum(("@" in c["comment"]) or ("07700" in c["comment"]) or ("020 " in c["comment"])
                                 for c in comments)
    return F


def show(F):
    print("KPIs (latest / prev / first / target / wow / since_first / last3 / on_target / rel_gap):")
    for k, e in F["kpi"].items():
        print(f"  {k:45} {e['latest']:>7} {e['prev']:>7} {e['first']:>7} {e['target']:>6} {e['wow']:>6} "
              f"{e['since_first']:>6} {e['last3']:>6} {str(e['on_target']):>6} {e['rel_gap']:+.3f} "
              f"rel3w={e['rel_change_3w']:.2f}")
    r = lambda t: f"{rnd(t[0])} (n={t[1]})" if t[0] is not None else "-"
    print("visit NPS", r(F["nps"]["visit"]), "last3w", r(F["nps"]["visit_last3w"]),
          "first7w", r(F["nps"]["visit_first7w"]))
    for sect in ("visit_stage", "visit_seg", "visit_tp"):
        print(" NPS", sect)
        for k, v in sorted(F["nps"][sect].items(), key=lambda kv: (kv[1][0] is None, kv[1][0] or 0)):
            print("   ", k, r(v))
    print("membership CSAT", r(F["csat"]["membership"]), "last3w", r(F["csat"]["memb_last3w"]))
    for sect in ("memb_stage", "memb_seg", "memb_tp", "visit_tp", "visit_seg"):
        print(" CSAT", sect)
        for k, v in sorted(F["csat"][sect].items(), key=lambda kv: (kv[1][0] is None, kv[1][0] or 0)):
            print("   ", k, r(v))
    print("visit (cafe survey) CSAT", r(F["csat"]["visit"]))
    print("counts", {k: v for k, v in F["counts"].items()})


if __name__ == "__main__":
    show(figures())
