"""Compute every expected figure from the knowledge files (read back from the CSVs, not from build.py)
and write dev.yaml / heldout.yaml.  Run from /work/blind/bank: python3 scripts/questions.py"""
import csv, datetime as dt, os, re, statistics
from decimal import Decimal, ROUND_HALF_UP
import yaml

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, "knowledge")

def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
def rnd(x, nd=0):
    q = Decimal(1) if nd == 0 else Decimal(1).scaleb(-nd)
    return str(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))

# ---- comments ----
CA = list(csv.DictReader(open(os.path.join(K, "comments", "current-account-survey.csv"), encoding="utf-8")))
MG = [{"stage": r["Journey Step"], "touchpoint": r["Interaction"], "score": r["Overall Satisfaction"],
       "segment": r["Customer Type"], "comment": r["Verbatim Feedback"], "id": r["ResponseID"],
       "date": dt.datetime.strptime(r["Submitted"], "%d/%m/%Y %H:%M").date().isoformat()}
      for r in csv.DictReader(open(os.path.join(K, "comments", "mortgage_feedback_export.csv"), encoding="utf-8"))]

def scores(rows, stage=None, tp=None):
    return [int(r["score"]) for r in rows if r["score"] != ""
            and (stage is None or r["stage"].lower() == stage.lower())
            and (tp is None or r["touchpoint"].lower() == tp.lower())]
def nps(sc):
    p = sum(s >= 9 for s in sc); d = sum(s <= 6 for s in sc)
    return int(rnd(100 * (p - d) / len(sc)))
def csat_pct(sc): return int(rnd(100 * sum(s >= 4 for s in sc) / len(sc)))

# ---- KPIs ----
KP = []
for f in ("current-account-weekly.csv", "mortgage-weekly.csv"):
    for r in csv.DictReader(open(os.path.join(K, "kpis", f), encoding="utf-8")):
        r["v"] = float(r["value"].rstrip("%")); KP.append(r)
def series(metric, journey):
    rows = sorted((r for r in KP if r["metric"] == metric and r["journey"] == journey), key=lambda r: r["date"])
    return [(r["date"], r["v"]) for r in rows]
def latest(m, j): return series(m, j)[-1][1]
def window(m, j, start, end="9999"): return [v for d, v in series(m, j) if start <= d <= end]
def fmt(x, nd=1):
    s = rnd(x, nd); return s

J1, J2 = "Current account opening", "Mortgage application"
j1, j2 = slug(J1), slug(J2)
def tp(j, st, t): return f"touchpoint:{slug(j)}/{slug(st)}/{slug(t)}"
def stg(j, st): return f"stage:{slug(j)}/{slug(st)}"

# ---- figures, printed for checking ----
F = {}
F["idpass_latest"] = fmt(latest("id_verification_pass_rate", J1))
F["val_latest"] = fmt(latest("valuation_turnaround_days", J2))
cact = series("card_activation_rate", J1); F["cact_change"] = fmt(abs(cact[-1][1] - cact[0][1]))
F["val_avg_nov"] = fmt(statistics.mean(window("valuation_turnaround_days", J2, "2026-11-01", "2026-11-30")))
F["mrq_max6"] = fmt(max(v for d, v in series("manual_review_queue", J1)[-6:]), 0)
F["nps_ca_latest"] = fmt(latest("nps", J1), 0); F["nps_mg_latest"] = fmt(latest("nps", J2), 0)
dm = series("drop_off_rate", J2); F["drop_mg_wow"] = fmt(abs(dm[-1][1] - dm[-2][1]))
F["drop_mg_latest"] = fmt(dm[-1][1]); F["drop_ca_latest"] = fmt(latest("drop_off_rate", J1))
ip = series("id_verification_pass_rate", J1); F["idpass_wow"] = fmt(abs(ip[-1][1] - ip[-2][1]))
vt = dict(series("valuation_turnaround_days", J2)); F["val_change_oct5"] = fmt(abs(vt["2026-11-30"] - vt["2026-10-05"]))
F["card_days_oct"] = fmt(statistics.mean(window("card_delivery_days", J1, "2026-10-01", "2026-10-31")))
F["nps_mg_q4"] = fmt(statistics.mean(window("nps", J2, "2026-10-01", "2026-12-31")), 0)
F["offer_latest"] = fmt(latest("offer_turnaround_days", J2))
F["nps_siu"] = str(nps(scores(CA, tp="Selfie and ID upload")))
F["nps_cd"] = str(nps(scores(CA, tp="Card dispatch")))
F["nps_idstage"] = str(nps(scores(CA, stage="Identity check")))
F["csat_val"] = str(csat_pct(scores(MG, stage="Valuation")))
# rankings, checked for a clear winner under both common definitions
tps = sorted({(r["stage"], r["touchpoint"]) for r in CA if r["touchpoint"]})
tp_nps = sorted(((nps(scores(CA, tp=t)), t, len(scores(CA, tp=t))) for s, t in tps))
stages = ["Agreement in principle", "Full application", "Valuation", "Mortgage offer", "Completion"]
st_csat = sorted((csat_pct(scores(MG, stage=s)), s) for s in stages)
st_mean = sorted((round(statistics.mean(scores(MG, stage=s)), 2), s) for s in stages)
import json
m1 = yaml.safe_load(open(os.path.join(K, "maps", "current-account-opening.yaml")))
pp = [(st["name"], len(st.get("pain_points", [])), len(st.get("pain_points", [])) + sum(len(t.get("pain_points", [])) for t in st.get("touchpoints", []))) for st in m1["stages"]]
if __name__ == "__main__":
    for k, v in F.items(): print(f"{k:18} {v}")
    print("tp nps (nps, tp, n):", tp_nps[:5])
    print("mortgage stage csat%:", st_csat); print("mortgage stage mean:", st_mean)
    print("CA stage pain points (stage-level, incl touchpoints):", pp)
    assert tp_nps[0][0] < tp_nps[1][0] and st_csat[0][1] == st_mean[0][1] and st_csat[0][0] < st_csat[1][0]
    assert max(pp, key=lambda x: x[1])[0] == max(pp, key=lambda x: x[2])[0] == "Identity check"

IDS = lambda j, st, t: tp(j, st, t)
SIU = tp(J1, "Identity check", "Selfie and ID upload"); MRQ = tp(J1, "Identity check", "Manual review queue")
VB = tp(J2, "Valuation", "Valuation booking"); SV = tp(J2, "Valuation", "Surveyor visit")

def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain: d["abstain"] = True
    else:
        d["sources"] = sources; d["figures"] = figures or []; d["abstain"] = False
    return d

DEV = [
 q("whats tripping ppl up on the application form?", "pain_points",
   [tp(J1, "Apply", "Online application form"), "comment~timed out"]),
 q("whats annoying people about doc upload for mortgages", "pain_points",
   [tp(J2, "Full application", "Document upload"), "comment~upload"]),
 q("what touchpoints make up app setup?", "touchpoints",
   [stg(J1, "App setup"), tp(J1, "App setup", "App download and login")],
   ["App download and login", "Biometric setup", "Welcome email", "Account switching service", "Direct debit setup"]),
 q("who owns the broker portal", "owner", [tp(J2, "Agreement in principle", "Broker portal")], ["Intermediary Sales"]),
 q("what does digital banking own across the journeys", "owner",
   [tp(J1, "App setup", "App download and login"), tp(J1, "App setup", "Biometric setup"), tp(J2, "Full application", "Application tracker")],
   ["App download and login", "Biometric setup", "Application tracker"]),
 q("whats the aip step actually for", "goal", [stg(J2, "Agreement in principle")]),
 q("id pass rate atm?", "latest_kpi", ["kpi~id_verification_pass_rate"], [F["idpass_latest"]]),
 q("valuation turnaround rn", "latest_kpi", ["kpi~valuation_turnaround_days"], [F["val_latest"]]),
 q("how much did card activation rate move over the 12 wks", "kpi_change", ["kpi~card_activation_rate"], [F["cact_change"]]),
 q("drop off rate for mortgages, change wk on wk?", "kpi_change", ["kpi~drop_off_rate"], [F["drop_mg_wow"]]),
 q("avg valuation turnaround since nov", "kpi_window", ["kpi~valuation_turnaround_days"], [F["val_avg_nov"]]),
 q("highest manual review queue in the last 6 weeks", "kpi_window", ["kpi~manual_review_queue"], [F["mrq_max6"]]),
 q("nps current acct vs mortgage atm", "comparison", ["kpi~nps"], [F["nps_ca_latest"], F["nps_mg_latest"]]),
 q("on account opening which stage has the most pain points", "ranking", [stg(J1, "Identity check")], ["Identity check"]),
 q("what are students moaning about", "segment",
   [tp(J1, "Identity check", "Address verification"), "comment~halls", "comment~student"]),
 q("nps for the selfie / id upload step from the survey scores?", "derived_score", [SIU, "comment~selfie"], [F["nps_siu"]]),
 q("card dispatch nps from comments", "derived_score", [tp(J1, "First card", "Card dispatch"), "comment~card"], [F["nps_cd"]]),
 q("what are ppl saying about the app login", "themes",
   [tp(J1, "App setup", "App download and login"), "comment~sms code"]),
 q("what do customers love about the new card stuff", "praise",
   [tp(J1, "First card", "Virtual card"), "comment~virtual card"]),
 q("anything new ppl started complaining about in the last few weeks on account opening?", "emerging",
   [SIU, MRQ, "comment~selfie", "comment~manual review"]),
 q("what should we fix first on account opening", "priority", [SIU, MRQ, "kpi~id_verification_pass_rate"]),
 q("the bit where the bank sends someone round to look at the house, whats going wrong there", "paraphrase",
   [stg(J2, "Valuation"), VB, SV, "comment~valuation"]),
 q("whats the nps on our credit card application journey", "abstain", abstain=True),
 q("what's monzo's account opening nps", "abstain", abstain=True),
 q("mortgage nps target for 2027?", "abstain", abstain=True),
 q("how much revenue did mortgages bring in q3", "abstain", abstain=True),
 q("how many ppl work in onboarding ops rn", "abstain", abstain=True),
 q("nps for the whatsapp channel?", "abstain", abstain=True),
 q("?", "abstain", abstain=True),
]

HELD = [
 q("pain points in the offer stage?", "pain_points",
   [stg(J2, "Mortgage offer"), tp(J2, "Mortgage offer", "Underwriter queries"), tp(J2, "Mortgage offer", "Rate lock"), tp(J2, "Mortgage offer", "Offer letter")]),
 q("whats in the valuation stage touchpoint wise", "touchpoints", [stg(J2, "Valuation"), VB],
   ["Valuation booking", "Surveyor visit", "Down-valuation notice"]),
 q("which bits does fraud & id own", "owner", [SIU, tp(J1, "Identity check", "Address verification")],
   ["Selfie and ID upload", "Address verification"]),
 q("what's the first card stage meant to achieve", "goal", [stg(J1, "First card")]),
 q("current acct nps now?", "latest_kpi", ["kpi~nps"], [F["nps_ca_latest"]]),
 q("how did id verification pass rate change wk on wk", "kpi_change", ["kpi~id_verification_pass_rate"], [F["idpass_wow"]]),
 q("valuation turnaround change from w/c 5 oct to now", "kpi_change", ["kpi~valuation_turnaround_days"], [F["val_change_oct5"]]),
 q("avg card delivery days in october", "kpi_window", ["kpi~card_delivery_days"], [F["card_days_oct"]]),
 q("q4 so far whats the avg mortgage nps", "kpi_window", ["kpi~nps"], [F["nps_mg_q4"]]),
 q("drop off for mortgages - how does it compare to the current account one?", "comparison", ["kpi~drop_off_rate"],
   [F["drop_mg_latest"], F["drop_ca_latest"]]),
 q("compare offer turnaround and valuation turnaround atm", "comparison",
   ["kpi~offer_turnaround_days", "kpi~valuation_turnaround_days"], [F["offer_latest"], F["val_latest"]]),
 q("worst touchpoint by nps on account opening", "ranking", [MRQ, "comment~review"],
   [tp_nps[0][1], str(tp_nps[0][0])]),
 q("which mortgage stage has the lowest csat", "ranking", [stg(J2, st_csat[0][1])], [st_csat[0][1]]),
 q("what r first time buyers complaining about", "segment",
   [VB, tp(J2, "Full application", "Affordability assessment"), "comment~valuation"]),
 q("nps for the identity check stage from survey scores", "derived_score", [stg(J1, "Identity check"), SIU, MRQ], [F["nps_idstage"]]),
 q("csat at valuation?", "derived_score", [stg(J2, "Valuation"), VB, "comment~valuation"], [F["csat_val"]]),
 q("whats the feedback on the switching service", "themes",
   [tp(J1, "App setup", "Account switching service"), "comment~switch"]),
 q("anything nice ppl say about the mortgage advisers", "praise",
   [tp(J2, "Agreement in principle", "Mortgage adviser call"), "comment~callback", "comment~adviser"]),
 q("any new issues popping up in mortgage feedback lately", "emerging",
   [VB, SV, tp(J2, "Mortgage offer", "Rate lock"), "comment~valuation"]),
 q("top priority to fix on the mortgage side?", "priority", [VB, SV, stg(J2, "Valuation"), "kpi~valuation_turnaround_days"]),
 q("the step where we make sure ppl are who they say they are, hows that going", "paraphrase",
   [stg(J1, "Identity check"), SIU, "comment~selfie"]),
 q("pain points on the business loan onboarding journey", "abstain", abstain=True),
 q("whats starling's card delivery time", "abstain", abstain=True),
 q("forecast for valuation turnaround in jan?", "abstain", abstain=True),
 q("net interest margin on mortgages this quarter", "abstain", abstain=True),
 q("avg salary of a mortgage adviser", "abstain", abstain=True),
 q("what do premier customers say about the selfie check", "abstain", abstain=True),
 q("chargeback rate atm", "abstain", abstain=True),
 q("🤷", "abstain", abstain=True),
]

if __name__ == "__main__":
    for name, qs in (("dev.yaml", DEV), ("heldout.yaml", HELD)):
        with open(os.path.join(BASE, name), "w", encoding="utf-8") as f:
            yaml.safe_dump({"questions": qs}, f, allow_unicode=True, sort_keys=False, width=200)
        from collections import Counter
        c = Counter(x["kind"] for x in qs); print(name, len(qs), dict(c))
    assert set(x["kind"] for x in DEV) == set(x["kind"] for x in HELD)
