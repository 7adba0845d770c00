"""Check every gold source of dev.yaml/heldout.yaml resolves against the knowledge files."""
import csv, json, pathlib, re, collections, yaml
B = pathlib.Path(__file__).resolve().parent.parent; K = B / "knowledge"
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
ids, texts = set(), collections.defaultdict(list)
for m in (yaml.safe_load(open(K / "maps/switching-supplier.yaml")), json.load(open(K / "maps/smart-meter-installation.json"))):
    ids.add("journey:" + m["id"])
    for s in m["stages"]:
        sid = f"{m['id']}/{slug(s['name'])}"; ids.add("stage:" + sid); texts["stage"].append(sid + " " + s["name"])
        for t in s.get("touchpoints", []):
            ids.add(f"touchpoint:{sid}/{slug(t['name'])}"); texts["touchpoint"].append(t["name"])
for r in csv.DictReader(open(K / "comments/switching_survey.csv")):
    ids.add("comment:" + r["id"]); texts["comment"].append(r["comment"])
for r in csv.DictReader(open(K / "comments/fieldpulse_export_smart_meter.csv")):
    ids.add("comment:" + r["Response ID"]); texts["comment"].append(r["Tell us more"])
for f in ("switching_kpis.csv", "smart_meter_kpis.csv"):
    for r in csv.DictReader(open(K / "kpis" / f)): texts["kpi"].append(r["metric"])
norm = lambda s: s.lower().replace("_", " ")
kinds = collections.Counter()
for half in ("dev.yaml", "heldout.yaml"):
    qs = yaml.safe_load(open(B / half))["questions"]
    for q in qs:
        kinds[(half, q["kind"])] += 1
        assert q.get("abstain", False) == (q["kind"] == "abstain"), q
        if q.get("abstain"): continue
        assert q["sources"], q
        for src in q["sources"]:
            for alt in src.split("|"):
                if "~" in alt and ":" not in alt.split("~")[0]:
                    k, w = alt.split("~", 1)
                    n = sum(norm(w) in norm(t) for t in texts[k])
                    assert n, (half, q["question"], alt)
                else:
                    assert alt in ids, (half, q["question"], alt)
    print(half, len(qs), "questions,", sum(q.get("abstain", False) for q in qs), "abstain")
for k in sorted({k for _, k in kinds}):
    print(f"  {k:14s} dev={kinds[('dev.yaml', k)]} heldout={kinds[('heldout.yaml', k)]}")
