"""Checks files parse, CSVs are consistent, every gold source resolves and every figure is recomputed."""
import csv, yaml, re, glob, collections, datetime as dt, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), ".."))
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
maps = [yaml.safe_load(open(f)) for f in sorted(glob.glob("knowledge/maps/*.yaml"))]
J = {m["id"]: m for m in maps}
ids = set()
for m in maps:
    assert m["id"] == slug(m["name"])
    ids.add("journey:" + m["id"])
    for st in m["stages"]:
        ids.add(f"stage:{m['id']}/{slug(st['name'])}")
        for t in st.get("touchpoints", []):
            ids.add(f"touchpoint:{m['id']}/{slug(st['name'])}/{slug(t['name'])}")
def check_csv(p):
    with open(p, newline="", encoding="utf-8") as f:
        r = list(csv.reader(f))
    assert all(len(x) == len(r[0]) for x in r), p
    return [dict(zip(r[0], x)) for x in r[1:]]
C = check_csv("knowledge/comments/citizen_survey_responses.csv")
K = check_csv("knowledge/kpis/weekly_service_kpis.csv")
cids = {c["id"] for c in C}; assert len(cids) == len(C)
metrics = {k["metric"] for k in K}
# map names for stage/touchpoint in comments
stn = {(m["name"], s["name"]) for m in maps for s in m["stages"]}
tpn = {(m["name"], s["name"], t["name"]) for m in maps for s in m["stages"] for t in s.get("touchpoints", [])}
unknown = [c for c in C if c["touchpoint"] and (c["journey"], c["stage"], c["touchpoint"]) not in tpn]
print("comment rows naming unmapped touchpoints:", collections.Counter(c["touchpoint"] for c in unknown))
for c in C:
    if c["stage"]: assert (c["journey"], c["stage"]) in stn, c
for k in K:
    if k["stage"]: assert (k["journey"], k["stage"]) in stn, k
    if k["touchpoint"]: assert (k["journey"], k["stage"], k["touchpoint"]) in tpn, k
    assert dt.date.fromisoformat(k["date"]).weekday() == 0
# ---- helpers
P, B = "Residential parking permit", "Missed bin collection report"
def sc(journey=None, stage=None, tp=None, t=None):
    return [int(c["score"]) for c in C if (journey is None or c["journey"] == journey) and (stage is None or c["stage"] == stage)
            and (tp is None or c["touchpoint"] == tp) and (t is None or c["score_type"] == t)]
def nps(v): return str(round(100 * (sum(x >= 9 for x in v) - sum(x <= 6 for x in v)) / len(v)))
def csat(v): return str(round(100 * sum(x >= 4 for x in v) / len(v)))
def ser(metric, journey, stage="", tp=""):
    v = sorted((k["date"], k["value"]) for k in K if k["metric"] == metric and k["journey"] == journey and k["stage"] == stage and k["touchpoint"] == tp)
    assert len(v) == 13, (metric, journey, stage, tp); return v
def f1(x): return f"{round(x + 1e-9, 1):.1f}"
def num(s): return float(s)
def mavg(v, month): x = [num(b) for a, b in v if a.startswith(month)]; return f1(sum(x) / len(x))
def msum(v, month): return str(int(sum(num(b) for a, b in v if a.startswith(month))))
def owners_of(team): return [t["name"] for m in maps for s in m["stages"] for t in s.get("touchpoints", []) if t["owner"] == team]
def tps(jid, stage): return [t["name"] for s in J[jid]["stages"] if s["name"] == stage for t in s["touchpoints"]]
def owner(name): return [t["owner"] for m in maps for s in m["stages"] for t in s.get("touchpoints", []) if t["name"] == name]
PD = "Permit delivery / digital permit"
csatP, csatB = ser("csat", P), ser("csat", B)
dtd = ser("days_to_decision", P, "Approval", "Manual review queue")
pcn = ser("pcn_appeals_valid_permit", P, PD)
pay = ser("payment_failure_rate", P, "Payment", "Card payment page")
act = ser("permit_activation_time", P, PD, "Digital permit activation")
ren = ser("renewal_rate", P, "Renewal", "Online renewal")
ev = ser("evidence_rejection_rate", P, "Upload proof of address", "Proof of address check")
cabP = ser("call_abandonment_rate", P, "Check eligibility", "Permits helpline call")
cabB = ser("call_abandonment_rate", B, "Report missed bin", "Contact centre call")
rc = ser("return_collection_within_2_days", B, "Return collection")
target = lambda metric: {k["target"] for k in K if k["metric"] == metric}
def most_pp():
    best = {}
    for m in maps:
        for s in m["stages"]:
            a = len(s.get("pain_points", [])); b = a + sum(len(t.get("pain_points", [])) for t in s.get("touchpoints", []))
            best[s["name"]] = (a, b)
    ma = max(best, key=lambda k: best[k][0]); mb = max(best, key=lambda k: best[k][1])
    assert ma == mb and sorted(v[0] for v in best.values())[-1] > sorted(v[0] for v in best.values())[-2]
    assert sorted(v[1] for v in best.values())[-1] > sorted(v[1] for v in best.values())[-2]
    return ma
def worst_nps_tp():
    d = {(c["touchpoint"]) for c in C if c["score_type"] == "nps" and c["touchpoint"]}
    r = sorted(d, key=lambda t: int(nps(sc(tp=t, t="nps")))); return r[0]
def renewal_rank():
    d = {c["touchpoint"] for c in C if c["stage"] == "Renewal" and c["touchpoint"]}
    r = sorted(d, key=lambda t: -int(nps(sc(tp=t, t="nps"))))
    return r + [nps(sc(tp=r[0], t="nps")), nps(sc(tp=r[-1], t="nps"))]
def worst_csat_stage(journey):
    d = {c["stage"] for c in C if c["journey"] == journey and c["stage"] and c["score_type"] == "csat"}
    r1 = sorted(d, key=lambda s: int(csat(sc(journey, s, t="csat"))))
    r2 = sorted(d, key=lambda s: sum(sc(journey, s, t="csat")) / len(sc(journey, s, t="csat")))
    assert r1[0] == r2[0]; return r1[0]
elig, zmap = sc(tp="Permit eligibility checker", t="csat"), sc(tp="Controlled parking zone map", t="csat")
EXPECT = {
 "what touchpoints sit under approval for permits": tps("residential-parking-permit", "Approval"),
 "who owns the council tax match bit?": owner("Council tax record match"),
 "what does the contact centre look after across both journeys": owners_of("Customer Contact Centre"),
 "permit csat atm?": [csatP[-1][1]],
 "what's the return collection within 2 days % at the moment": [rc[-1][1]],
 "how has days to decision moved since the first week of jan?": [f1(abs(num(dtd[-1][1]) - num(dtd[0][1]))), dtd[-1][1]],
 "pcn appeals from ppl with a valid permit - change on last week?": [str(int(num(pcn[-1][1]) - num(pcn[-2][1]))), pcn[-1][1]],
 "avg days to decision in february": [mavg(dtd, "2026-02")],
 "payment failure rate averaged over january?": [mavg(pay, "2026-01")],
 "avg bins csat across feb": [mavg(csatB, "2026-02")],
 "csat parking vs bins right now": [csatP[-1][1], csatB[-1][1]],
 "eligibility checker vs the zone map - which one do residents rate better in the survey (% 4s and 5s)?":
     ["Permit eligibility checker" if int(csat(elig)) > int(csat(zmap)) else "Controlled parking zone map", csat(elig), csat(zmap)],
 "which stage has the most pain points": [most_pp()],
 "rank the renewal touchpoints by nps, best to worst": renewal_rank(),
 "nps for online renewal from the survey responses?": [nps(sc(tp="Online renewal", t="nps"))],
 "csat at digital permit activation - what % gave 4 or 5?": [csat(sc(tp="Digital permit activation", t="csat"))],
 "the database the wardens scan cars against to see if theyve got a permit - whose is that?": owner("ANPR enforcement record"),
 "whats in the crew check step for bins": tps("missed-bin-collection-report", "Crew check"),
 "list the touchpoints in permit delivery pls": tps("residential-parking-permit", PD),
 "which touchpoints does civil enforcement own": owners_of("Civil Enforcement"),
 "who's responsible for the return collection visit?": owner("Return collection visit"),
 "days to decision currently?": [dtd[-1][1]],
 "evidence rejection rate rn": [ev[-1][1]],
 "how much has permit activation time gone up since the start of jan": [f1(num(act[-1][1]) - num(act[0][1])), act[-1][1]],
 "renewal rate change since w/c 2 feb?": [f1(abs(num(ren[-1][1]) - num(dict(ren)["2026-02-02"]))), ren[-1][1]],
 "total pcn appeals from valid permit holders over the last 4 weeks": [str(int(sum(num(b) for a, b in pcn[-4:])))],
 "how many pcn appeals (valid permit) did we get in march all up": [msum(pcn, "2026-03")],
 "call abandonment - permits line vs bins line atm": [cabP[-1][1], cabB[-1][1]],
 "evidence rejection rate compared with its target?": [ev[-1][1]] + sorted(target("evidence_rejection_rate")),
 "worst touchpoint by nps": [worst_nps_tp(), nps(sc(tp=worst_nps_tp(), t="nps"))],
 "which parking stage has the lowest csat in the survey comments?": [worst_csat_stage(P)],
 "whats the nps on the bin case closed survey": [nps(sc(tp="Case closed email", t="nps"))],
 "renewal stage nps overall from the raw scores?": [nps(sc(P, "Renewal", t="nps"))],
 "return collection visit csat, % of 4-5 ratings": [csat(sc(tp="Return collection visit", t="csat"))],
}
KINDS = "pain_points touchpoints owner goal latest_kpi kpi_change kpi_window comparison ranking segment derived_score themes praise emerging priority paraphrase abstain".split()
text_all = [c["comment"].lower() for c in C]
per = {}
seen = set()
for f in ["dev.yaml", "heldout.yaml"]:
    qs = yaml.safe_load(open(f))["questions"]
    per[f] = collections.Counter(q["kind"] for q in qs)
    for q in qs:
        assert q["kind"] in KINDS, q
        assert isinstance(q["abstain"], bool)
        assert q["abstain"] == (q["kind"] == "abstain") and (not q["abstain"] or q["sources"] == [])
        for s in q["sources"]:
            if s.startswith(("journey:", "stage:", "touchpoint:")): assert s in ids, s
            elif s.startswith("comment:"): assert s[8:] in cids, s
            elif s.startswith("kpi~"): assert s[4:] in metrics, s
            elif s.startswith("comment~"): assert any(s[8:].lower() in t for t in text_all), s
            else: raise AssertionError(s)
        if q.get("figures"):
            exp = EXPECT[q["question"]]; seen.add(q["question"])
            assert sorted(map(str, q["figures"])) == sorted(map(str, exp)), (q["question"], q["figures"], exp)
assert seen == set(EXPECT), set(EXPECT) - seen
for k in KINDS:
    assert per["dev.yaml"][k] >= 1 and per["heldout.yaml"][k] >= 1, k
    print(f"{k:14s} dev={per['dev.yaml'][k]} heldout={per['heldout.yaml'][k]}")
print("questions:", sum(per["dev.yaml"].values()), "+", sum(per["heldout.yaml"].values()))
print("stages:", sum(len(m["stages"]) for m in maps), "touchpoints:", len(tpn), "comments:", len(C), "kpi rows:", len(K), "metrics:", len(metrics))
print("owners:", collections.Counter(t["owner"] for m in maps for s in m["stages"] for t in s["touchpoints"]))
print("ALL CHECKS PASSED")
