"""Check every exact gold id exists in the maps and every `comment~`/`kpi~` word matches some row."""
import csv, json, re, pathlib, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent; K = ROOT / "knowledge"
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids = set()
for p in (K / "maps").iterdir():
    d = yaml.safe_load(p.read_text()) if p.suffix == ".yaml" else json.loads(p.read_text())
    j = d.get("id") or slug(d["name"]); ids.add(f"journey:{j}")
    for s in d["stages"]:
        ids.add(f"stage:{j}/{slug(s['name'])}")
        for t in s.get("touchpoints", []):
            ids.add(f"touchpoint:{j}/{slug(s['name'])}/{slug(t['name'])}")
texts = [r["comment"] for r in csv.DictReader(open(K / "comments/post_rental_nps_survey.csv", encoding="utf-8"))]
texts += [r["Verbatim"] for r in csv.DictReader(open(K / "comments/medallia_station_export.csv", encoding="utf-8"))]
metrics = {r["metric"] for f in (K / "kpis").glob("*.csv") for r in csv.DictReader(open(f))}
bad = 0
for f in ("dev.yaml", "heldout.yaml"):
    for q in yaml.safe_load(open(ROOT / f))["questions"]:
        for s in q.get("sources", []) or []:
            for alt in s.split("|"):
                if alt.startswith(("stage:", "touchpoint:", "journey:")):
                    ok = alt in ids
                elif alt.startswith("comment~"):
                    w = alt[8:].lower().replace("_", " "); ok = any(w in t.lower() for t in texts)
                elif alt.startswith("kpi~"):
                    ok = alt[4:] in metrics
                else:
                    ok = False
                if not ok:
                    bad += 1; print(f, "MISSING", alt, "|", q["question"])
print("bad:", bad, "ids:", len(ids))
