"""Sanity checks over OUT: parsing, columns, ids, gold sources, and an independent recompute of figures."""
import csv, yaml, glob, os, re, datetime as dt, collections
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KB = f"{ROOT}/knowledge"
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
for f in glob.glob(f"{ROOT}/**/*.yaml", recursive=True):
    yaml.safe_load(open(f))
print("yaml ok")
ids = set(); stages = {}; tps = {}
for f in glob.glob(f"{KB}/maps/*.yaml"):
    m = yaml.safe_load(open(f)); ids.add(m["id"]); assert m["id"] == slug(m["name"])
    for s in m["stages"]:
        stages[f"{m['id']}/{slug(s['name'])}"] = s["name"]
        for t in s["touchpoints"]:
            tps[f"{m['id']}/{slug(s['name'])}/{slug(t['name'])}"] = (m["name"], s["name"], t["name"])
            for k in ("channel", "owner", "description", "emotion", "pain_points", "metrics"): assert k in t, (t["name"], k)
        for k in ("goal", "emotion", "pain_points", "opportunities"): assert k in s
assert len({v[2].lower() for v in tps.values()}) == len(tps), "touchpoint names not unique"
print("stages", len(stages), "touchpoints", len(tps), "owners", collections.Counter(
    t["owner"] for f in glob.glob(f"{KB}/maps/*.yaml") for s in yaml.safe_load(open(f))["stages"] for t in s["touchpoints"]))
def rows(p):
    with open(p, encoding="utf-8", newline="") as fh:
        r = list(csv.reader(fh))
    assert all(len(x) == len(r[0]) for x in r), p
    return [dict(zip(r[0], x)) for x in r[1:]]
mp = yaml.safe_load(open(f"{KB}/comments/qualtrics_export_cx_pulse.mapping.yaml"))
C = rows(f"{KB}/comments/qualtrics_export_cx_pulse.csv")
cols = mp["columns"]; assert set(cols.values()) <= set(C[0].keys())
unk = collections.Counter()
for r in C:
    d = dt.datetime.strptime(r[cols["date"]], mp["date_format"])
    assert dt.datetime(2026, 9, 7) <= d < dt.datetime(2026, 11, 30)
    assert r[cols["comment"]].strip() and r[cols["score_type"]] in ("nps", "csat")
    sc = int(r[cols["score"]]); assert (0 <= sc <= 10) if r[cols["score_type"]] == "nps" else (1 <= sc <= 5)
    j = slug(r[cols["journey"]]); assert j in ids
    if r[cols["stage"]]: assert f"{j}/{slug(r[cols['stage']])}" in stages, r
    if r[cols["touchpoint"]]:
        key = f"{j}/{slug(r[cols['stage']])}/{slug(r[cols['touchpoint']])}"
        if key not in tps: unk[r[cols["touchpoint"]]] += 1
assert len({r[cols["id"]] for r in C}) == len(C)
print("comments", len(C), "unmapped touchpoints", dict(unk), "segments", collections.Counter(r[cols["segment"]] for r in C))
K = rows(f"{KB}/kpis/weekly_cx_kpis.csv")
for r in K:
    d = dt.date.fromisoformat(r["date"]); assert d.weekday() == 0; float(r["value"]); float(r["target"])
    assert r["higher_is_better"] in ("true", "false")
    if r["stage"]: assert f"{slug(r['journey'])}/{slug(r['stage'])}" in stages
    if r["touchpoint"]: assert f"{slug(r['journey'])}/{slug(r['stage'])}/{slug(r['touchpoint'])}" in tps
metrics = {r["metric"] for r in K}
print("kpi rows", len(K), "metrics", len(metrics), "weeks", len({r["date"] for r in K}))
# gold sources
allq = []
for split in ("dev", "heldout"):
    qs = yaml.safe_load(open(f"{ROOT}/{split}.yaml"))["questions"]; allq += qs
    for q in qs:
        assert set(q) <= {"question", "kind", "sources", "figures", "abstain"}
        assert q["abstain"] == (q["kind"] == "abstain") and (q["sources"] == []) == q["abstain"]
        for s in q["sources"]:
            if s.startswith("journey:"): assert s[8:] in ids, s
            elif s.startswith("stage:"): assert s[6:] in stages, s
            elif s.startswith("touchpoint:"): assert s[11:] in tps, s
            elif s.startswith("comment:"): assert any(r[cols["id"]] == s[8:] for r in C), s
            elif s.startswith("kpi~"): assert s[4:] in metrics, s
            elif s.startswith("comment~"): assert any(s[8:].lower() in r[cols["comment"]].lower() for r in C), s
            else: raise AssertionError(s)
print("questions", len(allq), collections.Counter(q["kind"] for q in allq))
# independent recompute of every numeric figure
def kv(metric, journey, tp=""):
    s = sorted((r for r in K if r["metric"] == metric and r["journey"] == journey and (not tp or r["touchpoint"] == tp)), key=lambda r: r["date"])
    return [r["value"] for r in s]
def NPS(f):
    s = [int(r[cols["score"]]) for r in C if r[cols["score_type"]] == "nps" and f(r)]
    return str(round(100 * (sum(x >= 9 for x in s) - sum(x <= 6 for x in s)) / len(s)))
ift, ftf = kv("install_first_time_success_rate", "New connection"), kv("first_time_fix_rate", "Fault repair")
flw, blw = kv("call_wait_time", "Fault repair", "Fault line call"), kv("call_wait_time", "New connection", "Billing query call")
nnc, nfr = kv("nps", "New connection"), kv("nps", "Fault repair")
dti, occ, mttr = kv("days_to_install", "New connection"), kv("order_conversion_rate", "New connection"), kv("mean_time_to_repair", "Fault repair")
r1 = lambda x: f"{round(x + 1e-9, 1):.1f}"
expect = {
 "fault repair nps atm?": [nfr[-1]],
 "whats the install first time success rate right now": [ift[-1]],
 "current wait time on the fault line?": [flw[-1]],
 "first time fix rate currently - are we at target yet?": [ftf[-1], "85"],
 "how has days to install moved week on week": [dti[-1], r1(float(dti[-1]) - float(dti[-2]))],
 "has online order conversion gone up or down since we started tracking it?": [occ[0], occ[-1], r1(float(occ[-1]) - float(occ[0]))],
 "how much has MTTR improved since early sept": [mttr[0], mttr[-1], r1(float(mttr[0]) - float(mttr[-1]))],
 "new connection nps now vs 3 weeks ago?": [nnc[-1], nnc[-4], str(int(nnc[-4]) - int(nnc[-1]))],
 "avg install first time success last month?": [r1(sum(map(float, ift[-4:])) / 4)],
 "worst fault line wait time in the last 4 weeks?": [max(flw[-4:], key=int)],
 "what was the average wait on the billing line in october": [r1(sum(map(float, blw[4:8])) / 4)],
 "has first time fix been on target at any point since october?": [ftf[-1]],
 "install success vs repair first time fix - which is in better shape?": [ift[-1], ftf[-1]],
 "compare nps for new connection and fault repair": [nnc[-1], nfr[-1]],
 "fault line vs billing line wait times, latest?": [flw[-1], blw[-1]],
 "worst stage by nps in the survey comments?": ["First bill", NPS(lambda r: r[cols["stage"]] == "First bill")],
 "nps for small biz customers based on the survey scores?": [NPS(lambda r: r[cols["segment"]] == "Small business")],
 "nps for the install visit from the comments?": [NPS(lambda r: r[cols["touchpoint"]] == "Install visit")],
 "whats the nps on wayleave request going by the survey scores": [NPS(lambda r: r[cols["touchpoint"]] == "Wayleave request")],
 "installation stage nps calculated from the responses": [NPS(lambda r: r[cols["stage"]] == "Installation")],
 "avg csat score people give after a fault line call?": [r1(sum(int(r[cols["score"]]) for r in C if r[cols["touchpoint"]] == "Fault line call") / sum(r[cols["touchpoint"]] == "Fault line call" for r in C))],
}
assert ift[-4:] == [r["value"] for r in K if r["metric"] == "install_first_time_success_rate" and r["date"].startswith("2026-11")]
assert blw[4:8] == [r["value"] for r in K if r["metric"] == "call_wait_time" and r["touchpoint"] == "Billing query call" and r["date"].startswith("2026-10")]
byq = {q["question"]: q for q in allq}
for qq, fig in expect.items():
    assert byq[qq].get("figures") == fig, (qq, byq[qq].get("figures"), fig)
# name figures must be names in the map
names = {v for t in tps.values() for v in t[1:]} | {t["owner"] for f in glob.glob(f"{KB}/maps/*.yaml") for s in yaml.safe_load(open(f))["stages"] for t in s["touchpoints"]}
for q in allq:
    for f in q.get("figures", []):
        if not re.fullmatch(r"-?[\d.]+", f): assert f in names, f
        elif q["question"] not in expect: raise AssertionError(("unchecked numeric figure", q["question"]))
print("all figures recomputed independently: ok")
