"""Figures for the gold answers, computed from the knowledge files (not from the generators)."""
import csv, datetime as dt, pathlib, re, collections
K = pathlib.Path(__file__).resolve().parent.parent / "knowledge"

def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
JID = {"register and book": "register-and-book", "treatment and care plan": "treatment-and-care"}

def comments():
    out = []
    for r in csv.DictReader(open(K / "comments/post_visit_survey.csv", encoding="utf-8")):
        out.append(dict(id=r["id"], date=dt.date.fromisoformat(r["date"]), j=JID[r["journey"].lower()], st=slug(r["stage"]),
                        tp=slug(r["touchpoint"]) if r["touchpoint"] else "", score=int(r["score"]), type="nps", seg=r["segment"], text=r["comment"]))
    for r in csv.DictReader(open(K / "comments/pharmacy_plan_feedback_export.csv", encoding="utf-8")):
        out.append(dict(id=r["Response ID"], date=dt.datetime.strptime(r["Submitted At"], "%d/%m/%Y %H:%M").date(), j=JID[r["Journey Name"].lower()],
                        st=slug(r["Step"]), tp=slug(r["Contact Point"]), score=int(r["Satisfaction (1-5)"]), type="csat", seg=r["Client Type"], text=r["Feedback Text"]))
    return out

def nps(scores):
    p = sum(s >= 9 for s in scores); d = sum(s <= 6 for s in scores); n = len(scores)
    return 100 * (p - d) / n if n else None

def rnd(x, nd=0):
    q = 10 ** nd; from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x * q)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)) / q

def kpis():
    rows = collections.defaultdict(list)
    for r in csv.DictReader(open(K / "kpis/weekly_kpis.csv", encoding="utf-8")):
        rows[(r["metric"], r["journey"])].append((r["date"], float(r["value"].rstrip("%"))))
    for r in csv.DictReader(open(K / "kpis/clinical_and_plan_weekly.csv", encoding="utf-8")):
        rows[(r["metric"], JID[r["journey"].lower()])].append((r["date"], float(r["value"].rstrip("%"))))
    return {k: sorted(v) for k, v in rows.items()}

if __name__ == "__main__":
    C = comments()
    print("comments", len(C))
    print("\n== NPS by touchpoint (survey) ==")
    by = collections.defaultdict(list)
    for c in C:
        if c["type"] == "nps" and c["tp"]: by[f'{c["j"]}/{c["st"]}/{c["tp"]}'].append(c["score"])
    for k, v in sorted(by.items(), key=lambda kv: nps(kv[1])): print(f"{nps(v):7.2f} n={len(v):3d} {k}")
    print("\n== NPS by stage (survey, incl. stage-only rows) ==")
    bs = collections.defaultdict(list)
    for c in C:
        if c["type"] == "nps": bs[f'{c["j"]}/{c["st"]}'].append(c["score"])
    for k, v in sorted(bs.items(), key=lambda kv: nps(kv[1])): print(f"{nps(v):7.2f} n={len(v):3d} {k}")
    print("\n== complaints (nps<=6 or csat<=2) and all comments by stage ==")
    cnt = collections.Counter(); neg = collections.Counter()
    for c in C:
        k = f'{c["j"]}/{c["st"]}'; cnt[k] += 1
        if (c["type"] == "nps" and c["score"] <= 6) or (c["type"] == "csat" and c["score"] <= 2): neg[k] += 1
    for k, v in neg.most_common(): print(f"{v:4d} neg of {cnt[k]:4d} {k}")
    print("\n== complaints by touchpoint ==")
    nt = collections.Counter()
    for c in C:
        if ((c["type"] == "nps" and c["score"] <= 6) or (c["type"] == "csat" and c["score"] <= 2)) and c["tp"]: nt[f'{c["j"]}/{c["st"]}/{c["tp"]}'] += 1
    for k, v in nt.most_common(10): print(f"{v:4d} {k}")
    print("\n== CSAT by touchpoint (export): mean, %4-5 ==")
    bc = collections.defaultdict(list)
    for c in C:
        if c["type"] == "csat": bc[f'{c["j"]}/{c["st"]}/{c["tp"]}'].append(c["score"])
    for k, v in sorted(bc.items(), key=lambda kv: sum(kv[1]) / len(kv[1])): print(f"{sum(v)/len(v):5.2f} {100*sum(s>=4 for s in v)/len(v):6.1f}% n={len(v)} {k}")
    print("\n== segments (survey NPS) ==")
    sg = collections.defaultdict(list)
    for c in C:
        if c["type"] == "nps": sg[c["seg"]].append(c["score"])
    for k, v in sg.items(): print(f"{nps(v):7.2f} n={len(v)} {k}")
    sgc = collections.defaultdict(list)
    for c in C:
        if c["type"] == "csat": sgc[c["seg"]].append(c["score"])
    for k, v in sgc.items(): print(f"csat mean {sum(v)/len(v):.2f} n={len(v)} {k}")
    print("\n== flea dispatch by date ==")
    for c in sorted(C, key=lambda c: c["date"]):
        if c["tp"] == "flea-and-worm-dispatch": print(c["date"], c["score"], c["id"], c["text"][:50])
    print("\n== KPIs ==")
    for (m, j), v in kpis().items():
        vals = [x for _, x in v]; dates = [d for d, _ in v]
        oct_i = next(i for i, d in enumerate(dates) if d >= "2026-10-01")
        print(f"{m:30s} {j:20s} first {vals[0]} latest {vals[-1]} ({dates[-1]}) chg12w {rnd(abs(vals[-1]-vals[0]),1)} "
              f"chg4w(from {dates[-5]}) {rnd(abs(vals[-1]-vals[-5]),1)} avg4 {rnd(sum(vals[-4:])/4,1)} "
              f"sinceOct({dates[oct_i]}) chg {rnd(abs(vals[-1]-vals[oct_i]),1)} avg {rnd(sum(vals[oct_i:])/len(vals[oct_i:]),1)} prev {vals[-2]}")
