import json, os, collections
D = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "facts.json")))
def nps(rows):
    n = len(rows); p = sum(r["score"] >= 9 for r in rows); d = sum(r["score"] <= 6 for r in rows)
    return round(100 * (p - d) / n) if n else None, n
C = D["comments"]
if __name__ == "__main__":
    for k in D["kpis"]:
        v = k["values"]; print(k["metric"], k["journey"][:6], k["touchpoint"] or k["stage"], v, "last4", round(sum(v[-4:]) / 4, 2), "chg", round(v[-1] - v[0], 2))
    for key in ("journey", "stage", "touchpoint"):
        g = collections.defaultdict(list)
        for r in C: g[(r["journey"][:6], r[key])].append(r)
        for k2, rows in sorted(g.items()): print(key, k2, nps(rows))
    g = collections.defaultdict(list)
    for r in C: g[(r["journey"][:6], r["stage"], r["segment"])].append(r)
    for k2, rows in sorted(g.items()): print("seg", k2, nps(rows))
    g = collections.defaultdict(list)
    for r in C: g[(r["journey"][:6], r["segment"])].append(r)
    for k2, rows in sorted(g.items()): print("segJ", k2, nps(rows))
    m = [r for r in C if "mandate" in r["text"].lower()]; print("mandate", len(m), min(r["date"] for r in m))
