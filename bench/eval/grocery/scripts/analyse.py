import json, collections
S = json.load(open("/tmp/grocery_state.json"))
rows = S["rows"]
def nps(sc):
    sc = [int(x) for x in sc if x != ""]
    return round(100 * (sum(x >= 9 for x in sc) - sum(x <= 6 for x in sc)) / len(sc), 1), len(sc)
bytp = collections.defaultdict(list); byst = collections.defaultdict(list); byseg = collections.defaultdict(list)
for r in rows:
    bytp[r["touchpoint"]].append(r["score"]); byst[r["stage"]].append(r["score"]); byseg[(r["segment"], r["stage"])].append(r["score"])
for k, v in sorted(bytp.items(), key=lambda kv: nps(kv[1])[0]): print("TP", k, nps(v))
for k, v in byst.items(): print("ST", k, nps(v))
for k, v in sorted(byseg.items()): print("SEG", k, nps(v))
print("overall", nps([r["score"] for r in rows]))
for m, v in S["KV"].items(): print(m, v, "tg", S["TG"].get(m))
cold = [r for r in rows if r["touchpoint"] == "Cold chain bags"]
print("cold before", sum(r["date"] < "2026-10-29" for r in cold), "after", sum(r["date"] >= "2026-10-29" for r in cold))
