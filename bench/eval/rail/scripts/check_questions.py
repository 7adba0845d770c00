"""Checks every gold source against the knowledge files (own slug rule) and counts kinds per half."""
import csv, json, re, pathlib, collections, yaml
B = pathlib.Path(__file__).resolve().parent.parent; K = B / "knowledge"
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids = set(); texts = {"comment": [], "kpi": []}
for f in (K / "maps").iterdir():
    m = yaml.safe_load(open(f)) if f.suffix == ".yaml" else json.load(open(f))
    ids.add("journey:" + m["id"])
    for st in m["stages"]:
        ids.add(f"stage:{m['id']}/{slug(st['name'])}")
        for tp in st.get("touchpoints", []): ids.add(f"touchpoint:{m['id']}/{slug(st['name'])}/{slug(tp['name'])}")
for f in (K / "comments").glob("*.csv"):
    for row in csv.DictReader(open(f)): texts["comment"].append((row.get("comment") or row.get("Verbatim Response")).lower())
for f in (K / "kpis").glob("*.csv"):
    for row in csv.DictReader(open(f)): texts["kpi"].append(row["metric"].replace("_", " "))
for half in ("dev", "heldout"):
    qs = yaml.safe_load(open(B / f"{half}.yaml"))["questions"]
    kinds = collections.Counter(q["kind"] for q in qs)
    for q in qs:
        if q.get("abstain"): assert not q.get("sources"), q; continue
        assert q["sources"], q
        for s in q["sources"]:
            for alt in s.split("|"):
                if "~" in alt:
                    k, w = alt.split("~"); n = sum(w.replace("_", " ").lower() in t for t in texts[k])
                    assert n, alt
                else: assert alt in ids, alt
    print(half, len(qs), dict(sorted(kinds.items())))
