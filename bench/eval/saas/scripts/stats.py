"""Computes the figures used in dev.yaml / heldout.yaml from the knowledge files."""
import csv, os, re, collections, datetime as dt, yaml, glob

K = os.path.join(os.path.dirname(__file__), "..", "knowledge")
C = list(csv.DictReader(open(os.path.join(K, "comments", "survey_comments.csv"), encoding="utf-8")))
KP = list(csv.DictReader(open(os.path.join(K, "kpis", "weekly_kpis.csv"), encoding="utf-8")))
MAPS = [yaml.safe_load(open(p)) for p in sorted(glob.glob(os.path.join(K, "maps", "*.yaml")))]

def nps(rows):
    s = [int(r["score"]) for r in rows if r["score_type"] == "nps"]
    if not s: return None, 0
    p = sum(x >= 9 for x in s); d = sum(x <= 6 for x in s)
    return round(100 * (p - d) / len(s)), len(s)

def csat_pct(rows):
    s = [int(r["score"]) for r in rows if r["score_type"] == "csat"]
    if not s: return None, 0
    return round(100 * sum(x >= 4 for x in s) / len(s), 1), len(s)

def week(d):
    d = dt.date.fromisoformat(d); return (d - dt.timedelta(days=d.weekday())).isoformat()

if __name__ == "__main__":
    print("comments", len(C), "date range", min(r["date"] for r in C), max(r["date"] for r in C))
    print("score types", collections.Counter(r["score_type"] for r in C))
    print("segments", collections.Counter(r["segment"] for r in C))
    print("journey", collections.Counter(r["journey"] for r in C))
    print("\n== per touchpoint: n, nps(n), csat%(n)")
    by = collections.defaultdict(list)
    for r in C: by[(r["journey"], r["stage"], r["touchpoint"])].append(r)
    res = []
    for k, rs in sorted(by.items()):
        n, nn = nps(rs); c, cn = csat_pct(rs)
        res.append((k, len(rs), n, nn, c, cn))
        print(k, len(rs), "nps", n, nn, "csat", c, cn)
    print("\n== touchpoints ranked by nps (n>=3 nps rows)")
    for k, l, n, nn, c, cn in sorted([x for x in res if x[2] is not None and x[1] and x[0][2]], key=lambda x: x[2]):
        print(n, nn, k)
    print("\n== per stage")
    bs = collections.defaultdict(list)
    for r in C: bs[(r["journey"], r["stage"])].append(r)
    for k, rs in sorted(bs.items()):
        print(k, len(rs), "nps", nps(rs), "csat", csat_pct(rs))
    print("\n== per journey nps", {j: nps([r for r in C if r["journey"] == j]) for j in ("Trial to paid", "Support escalation")})
    print("\n== weekly counts")
    wk = collections.Counter(week(r["date"]) for r in C)
    print(sorted(wk.items()))
    topics = {
        "import": r"import", "true-up/seat": r"true.?up|seat", "invite": r"invit",
        "declin/3ds/payment": r"declin|3-?d|3ds|payment|checkout",
        "trial short": r"14 days|2 weeks|trial too short|trial extension|trial be longer|30-day trial",
        "escalat/update": r"escalat|update", "template": r"template", "board": r"board",
        "sso/saml/security": r"sso|saml|scim|soc 2|security|infosec",
    }
    print("\n== topic weekly counts (regex on comment)")
    for t, rx in topics.items():
        c = collections.Counter(week(r["date"]) for r in C if re.search(rx, r["comment"], re.I))
        print(f"{t:22s}", sum(c.values()), [c.get(m, 0) for m in sorted(wk)])
    print("\n== segment x touchpoint top")
    for seg in ("Startup", "SMB", "Mid-market", "Enterprise"):
        rs = [r for r in C if r["segment"] == seg]
        neg = [r for r in rs if (r["score_type"] == "nps" and int(r["score"]) <= 6) or (r["score_type"] == "csat" and int(r["score"]) <= 2)]
        print(seg, len(rs), "neg", len(neg), collections.Counter(r["touchpoint"] or r["stage"] for r in neg).most_common(6))
    print("\n== PII")
    for r in C:
        if re.search(r"@|\d{3} \d{3,4}|\d{5} \d{6}", r["comment"]): print(r["id"], r["comment"])
    print("\n== off-map touchpoints")
    names = {(m["name"].lower(), s["name"].lower(), t["name"].lower()) for m in MAPS for s in m["stages"] for t in s.get("touchpoints", [])}
    for r in C:
        if r["touchpoint"] and (r["journey"].lower(), r["stage"].lower(), r["touchpoint"].lower()) not in names:
            print(r["id"], r["journey"], r["stage"], r["touchpoint"])
    print("\n== map counts")
    for m in MAPS:
        print(m["id"], len(m["stages"]), "stages", sum(len(s.get("touchpoints", [])) for s in m["stages"]), "tps")
        for s in m["stages"]:
            tpp = sum(len(t.get("pain_points", [])) for t in s.get("touchpoints", []))
            print("  ", s["name"], "stage pp", len(s.get("pain_points", [])), "tp pp", tpp, "total", len(s.get("pain_points", [])) + tpp, "emotion", s.get("emotion"))
    own = collections.defaultdict(list)
    for m in MAPS:
        for s in m["stages"]:
            for t in s.get("touchpoints", []):
                own[t["owner"]].append((m["id"], s["name"], t["name"]))
    for o, l in own.items(): print(o, len(l), [x[2] for x in l])
