"""Checks every exact gold id in dev/heldout exists in the maps, every comment~/kpi~ word occurs in the data,
and both halves hold every kind with >=5 abstains."""
import json, pathlib, re, yaml, collections
from stats import comments, kpis
ROOT = pathlib.Path(__file__).resolve().parent.parent
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids = set()
for p in (ROOT / "knowledge/maps").iterdir():
    m = yaml.safe_load(p.read_text()) if p.suffix == ".yaml" else json.loads(p.read_text())
    j = m.get("id") or slug(m["name"]); ids.add(f"journey:{j}")
    for s in m["stages"]:
        ids.add(f"stage:{j}/{slug(s['name'])}")
        for t in s.get("touchpoints", []): ids.add(f"touchpoint:{j}/{slug(s['name'])}/{slug(t['name'])}")
texts = [c["text"].lower() for c in comments()]
metrics = {m for m, _ in kpis()}
bad = 0; kinds = {}
for half in ("dev.yaml", "heldout.yaml"):
    qs = yaml.safe_load((ROOT / half).read_text())["questions"]
    kinds[half] = collections.Counter(q["kind"] for q in qs)
    for q in qs:
        for src in q.get("sources") or []:
            for alt in src.split("|"):
                if alt.startswith("comment~"):
                    ok = any(alt[8:].lower().replace("_", " ") in t.replace("_", " ") for t in texts)
                elif alt.startswith("kpi~"):
                    ok = alt[4:] in metrics
                else:
                    ok = alt in ids
                if not ok: bad += 1; print("MISSING", half, alt, "<-", q["question"])
    assert kinds[half]["abstain"] >= 5
assert set(kinds["dev.yaml"]) == set(kinds["heldout.yaml"])
print("gold ok" if not bad else f"{bad} missing", {h: sum(k.values()) for h, k in kinds.items()})
