"""Check every exact gold source in dev/heldout against ids derived from the maps; print counts per kind."""
import json, re, sys, collections, os, yaml
B = os.path.join(os.path.dirname(__file__), "..")
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids = set()
for fn in ["hotel-stay.yaml", "loyalty-programme.json"]:
    p = f"{B}/knowledge/maps/{fn}"
    m = yaml.safe_load(open(p)) if fn.endswith("yaml") else json.load(open(p))
    j = m.get("id") or slug(m["name"]); ids.add(f"journey:{j}")
    for st in m["stages"]:
        ids.add(f"stage:{j}/{slug(st['name'])}")
        for tp in st.get("touchpoints", []):
            ids.add(f"touchpoint:{j}/{slug(st['name'])}/{slug(tp['name'])}")
bad = 0
for f in ["dev.yaml", "heldout.yaml"]:
    qs = yaml.safe_load(open(f"{B}/{f}"))["questions"]
    kinds = collections.Counter(q["kind"] for q in qs)
    print(f, len(qs), dict(kinds))
    for q in qs:
        if q.get("abstain"):
            assert not q.get("sources"), q; continue
        assert q.get("sources"), q
        for s in q["sources"]:
            for alt in s.split("|"):
                if ":" in alt and alt.split(":")[0] in ("stage", "touchpoint", "journey") and alt not in ids:
                    print("  UNKNOWN", alt, "in", q["question"]); bad += 1
print("touchpoints", sum(i.startswith("touchpoint:") for i in ids), "stages", sum(i.startswith("stage:") for i in ids))
sys.exit(bad)
