#!/usr/bin/env python3
"""Generate the 'lettings' evaluation base (Ashdown & Finch Lettings). Seeded and deterministic.
Run:  python3 scripts/generate.py   (from the base folder or anywhere)"""
import csv, json, random, re, datetime as dt
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
import yaml
import sys
sys.path.insert(0, str(Path(__file__).parent))
from maps import J1, J2
from texts import J1_THEMES, J2_THEMES, AGENTS, CLERKS, PMS, PREFIX

BASE = Path(__file__).resolve().parent.parent
K = BASE / "knowledge"
rnd = random.Random(20261202)

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def rnd1(x, places="0.1"):
    return str(Decimal(str(x)).quantize(Decimal(places), rounding=ROUND_HALF_UP))

# ---------------------------------------------------------------- maps
(K / "maps").mkdir(parents=True, exist_ok=True)
with open(K / "maps" / "find-a-home.yaml", "w") as f:
    f.write("# Ashdown & Finch Lettings - applicant journey map (workshop Oct 2026)\n")
    yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=120)
with open(K / "maps" / "tenancy-and-move-out.json", "w") as f:
    json.dump(J2, f, indent=2, ensure_ascii=False)

def stage_of(j, tp):
    if tp is None:
        return "", ""
    for s in j["stages"]:
        for t in s.get("touchpoints", []):
            if t["name"] == tp:
                return s["name"], t.get("channel", "")
    raise KeyError(tp)

def tp_id(j, tp):
    st, _ = stage_of(j, tp)
    return f"touchpoint:{j['id']}/{slug(st)}/{slug(tp)}"

def st_id(j, st):
    return f"stage:{j['id']}/{slug(st)}"

# ---------------------------------------------------------------- comments
START, END = dt.date(2026, 8, 31), dt.date(2026, 11, 29)
SEGS = ["first-time renter", "young professional", "family", "relocation"]
SEG_W = [3, 4, 2, 1]
BRANCHES = ["Clifton", "Bedminster", "Redland", "Bishopston"]
SUF = {"pos": ["", "", "", " thanks", " cheers", "!", " :)", ". really happy", ". would recommend", "."],
       "neu": ["", "", "", ".", " i guess", ". nothing special", "."],
       "neg": ["", "", "", ".", "!!", ". not impressed", " - very frustrating", ". sort it out", ". poor", "."]}
EXTRA = {"pos": ["Made the whole move a lot less stressful.", "would rent through you again", "Really good service from the branch.",
                 "best agent weve dealt with in bristol", "credit where its due.", "the team in branch were great too",
                 "No complaints at all.", "much better than our last agency"],
         "neu": ["Otherwise fine.", "nothing else to add", "could be better could be worse", "communication could be a bit better"],
         "neg": ["This is the second time ive had to complain.", "would not use again", "nobody seems to talk to each other in that office",
                 "Had to chase every single step.", "for the fees you charge this isnt good enough", "other than that it was ok",
                 "please sort this out for the next tenants", "im still waiting on a proper answer", "really stressful week because of this"]}
NPS = {"pos": [9, 10, 10, 9, 10, 8], "neu": [7, 8, 7, 6, 8], "neg": [0, 1, 2, 3, 4, 5, 6, 2, 3, 5, 6, 4]}
CSAT = {"pos": [5, 5, 4, 5, 4], "neu": [3, 3, 4, 3], "neg": [1, 1, 2, 2, 1, 3]}

def typo(w):
    if len(w) < 5 or not w.isalpha():
        return w
    i = rnd.randrange(1, len(w) - 2)
    r = rnd.random()
    if r < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if r < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]

SUBS = [("you", "u"), ("because", "cos"), ("really", "rly"), ("though", "tho"), ("please", "pls"),
        ("property", "proprety"), ("received", "recieved"), ("definitely", "definately")]

def humanize(text, sent):
    t = text.format(agent=rnd.choice(AGENTS), clerk=rnd.choice(CLERKS), pm=rnd.choice(PMS),
                    days=rnd.choice([4, 5, 6, 8, 9, 10, 12, 14]), n=rnd.choice([1, 2, 3]))
    if rnd.random() < 0.25:
        a, b = rnd.choice(SUBS)
        t = re.sub(r"\b%s\b" % a, b, t)
    words = t.split(" ")
    if rnd.random() < 0.3:
        k = rnd.randrange(len(words))
        words[k] = typo(words[k])
    t = " ".join(words)
    pre = rnd.choice(PREFIX)
    if pre:
        t = pre + t[0].lower() + t[1:]
    suf = rnd.choice(SUF[sent])
    if suf[:1] in ".!:":
        t = t.rstrip(".!")
    t = t + suf
    if rnd.random() < 0.3:
        t = t.rstrip(".!") + (". " if rnd.random() < 0.7 else " ") + rnd.choice(EXTRA[sent])
    r = rnd.random()
    if r < 0.45:
        t = t.lower()
    elif r < 0.8:
        t = t[0].upper() + t[1:]
    if rnd.random() < 0.05:
        t = t.upper() if sent == "neg" and len(t) < 70 else t
    return t.strip()

def gen_comments(themes, n, journey, scale, id_prefix, id_start):
    rows, seen = [], set()
    expanded = []
    for th in themes:
        tp, sent, w, tag, temps = th[:5]
        a, b = (dt.date.fromisoformat(th[5]), dt.date.fromisoformat(th[6])) if len(th) > 5 else (START, END)
        expanded.append((tp, sent, w, tag, temps, a, b))
    # each theme gets a fixed share of the comments (largest-remainder rounding), so the mix is stable
    W = sum(e[2] for e in expanded)
    quota = [e[2] * n / W for e in expanded]
    counts = [int(x) for x in quota]
    for k in sorted(range(len(quota)), key=lambda k: -(quota[k] - counts[k]))[: n - sum(counts)]:
        counts[k] += 1
    plan = [e for e, c in zip(expanded, counts) for _ in range(c)]
    rnd.shuffle(plan)
    i = 0
    tries = 0
    while plan:
        tp, sent, w, tag, temps, a, b = plan[-1]
        tries += 1
        if tries > 200:   # give up on uniqueness for this theme
            seen.clear(); tries = 0
        tmpl = rnd.choice(temps)
        if len(tmpl) > 110 and tmpl in seen:   # long, detailed comments are written once only
            continue
        text = humanize(tmpl, sent)
        if text.lower() in seen:
            continue
        if len(tmpl) > 110:
            seen.add(tmpl)
        plan.pop(); tries = 0
        seen.add(text.lower())
        d = a + dt.timedelta(days=rnd.randrange((b - a).days + 1))
        st, ch = stage_of(journey, tp) if tp else ("", "")
        seg = "relocation" if tp == "Video tour" and rnd.random() < 0.8 else (
              "first-time renter" if tp == "Guarantor referencing" and rnd.random() < 0.7 else rnd.choices(SEGS, SEG_W)[0])
        ssent = sent if rnd.random() > 0.08 else "neu"   # people are not always consistent
        score = rnd.choice(NPS[ssent] if scale == "nps" else CSAT[ssent])
        rows.append(dict(id=f"{id_prefix}-{id_start + i}", date=d, hour=rnd.randrange(7, 23), minute=rnd.randrange(60),
                         journey=journey["name"], stage=st, touchpoint=tp or "", channel=rnd.choice(["email survey", "sms survey", "email survey", "web form"]),
                         segment=seg, branch=rnd.choice(BRANCHES), score=score, score_type=scale, comment=text, tag=tag, sent=sent))
        i += 1
    rows.sort(key=lambda r: (r["date"], r["hour"], r["minute"]))
    for k, r in enumerate(rows):   # ids follow submission order
        r["id"] = f"{id_prefix}-{id_start + k}"
    return rows

c1 = gen_comments(J1_THEMES, 200, J1, "nps", "AF", 10001)
c2 = gen_comments(J2_THEMES, 150, J2, "csat", "TP", 50001)

(K / "comments").mkdir(parents=True, exist_ok=True)
with open(K / "comments" / "applicant_nps_survey.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "segment", "branch", "score", "score_type", "comment"])
    for r in c1:
        w.writerow([r["id"], r["date"].isoformat(), r["journey"], r["stage"], r["touchpoint"], r["channel"], r["segment"],
                    r["branch"], r["score"], "nps", r["comment"]])
# second file: an in-house "Tenant Pulse" export with its own column names + a mapping file beside it
with open(K / "comments" / "tenant_pulse_export.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Response ID", "Submitted", "Journey", "Stage", "Touchpoint", "Source", "Tenant type", "Branch", "Rating", "Scale", "Feedback"])
    for r in c2:
        w.writerow([r["id"], r["date"].strftime("%d/%m/%Y") + f" {r['hour']:02d}:{r['minute']:02d}", r["journey"], r["stage"],
                    r["touchpoint"], r["channel"], r["segment"], r["branch"], r["score"], "csat", r["comment"]])
with open(K / "comments" / "tenant_pulse_export.mapping.yaml", "w") as f:
    yaml.safe_dump({"kind": "comments", "date_format": "%d/%m/%Y %H:%M",
                    "columns": {"id": "Response ID", "date": "Submitted", "journey": "Journey", "stage": "Stage",
                                "touchpoint": "Touchpoint", "channel": "Source", "segment": "Tenant type",
                                "score": "Rating", "score_type": "Scale", "comment": "Feedback"}}, f, sort_keys=False)

# ---------------------------------------------------------------- KPIs
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
KPIS = {
    # metric: (journey, stage, touchpoint, unit, target, higher_is_better, values)
    "enquiry_response_time_hours": (J1, "Property search", "Enquiry response", "h", 2, False,
        [6.4, 6.1, 5.8, 5.9, 5.2, 4.8, 4.5, 4.1, 3.9, 3.6, 3.4, 3.1]),
    "viewing_to_application_rate": (J1, "Viewing", "Accompanied viewing", "%", None, True,
        [33.5, 34.1, 32.8, 33.9, 35.2, 34.6, 35.8, 36.1, 35.4, 36.9, 37.2, 37.5]),
    "referencing_turnaround_days": (J1, "Application and referencing", "Tenant referencing", "days", 3, False,
        [5.9, 6.2, 6.4, 6.1, 5.8, 5.5, 5.6, 5.2, 4.9, 4.8, 4.6, 4.4]),
    "holding_deposit_payment_failure_rate": (J1, "Holding deposit and offer", "Holding deposit payment", "%", 2, False,
        [1.4, 1.6, 1.2, 1.5, 1.3, 1.7, 1.4, 1.5, 1.6, 6.8, 8.9, 9.6]),
    "move_in_csat": (J1, "Move-in", "", "%", 85, True,
        [83.1, 84.0, 82.7, 85.2, 84.6, 86.1, 85.4, 86.8, 87.0, 86.2, 87.4, 88.1]),
    "repair_first_time_fix_rate": (J2, "Repairs and maintenance", "Contractor appointment", "%", 75, True,
        [71.8, 72.4, 70.9, 69.5, 68.8, 68.1, 66.9, 66.2, 65.0, 63.8, 62.7, 61.4]),
    "repair_time_to_close_days": (J2, "Repairs and maintenance", "", "days", 7, False,
        [6.9, 7.1, 6.8, 7.3, 7.2, 7.6, 7.4, 7.9, 8.1, 9.4, 10.6, 11.3]),
    "renewal_rate": (J2, "Renewal", "", "%", None, True,
        [63.2, 64.0, 63.5, 65.1, 64.8, 66.0, 65.7, 66.9, 67.3, 67.0, 68.2, 68.6]),
    "deposit_return_days": (J2, "Deposit return", "Deposit return payment", "days", 10, False,
        [16.8, 16.2, 15.9, 15.1, 14.7, 14.2, 13.8, 13.3, 12.6, 12.4, 11.9, 11.5]),
    "deposit_dispute_rate": (J2, "Deposit return", "Deposit dispute", "%", 5, False,
        [7.9, 8.3, 8.1, 8.6, 8.4, 8.9, 9.2, 9.0, 9.5, 9.7, 9.4, 9.9]),
}
(K / "kpis").mkdir(parents=True, exist_ok=True)
for fname, jour in [("lettings_weekly_kpis.csv", J1), ("property_management_weekly_kpis.csv", J2)]:
    with open(K / "kpis" / fname, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "metric", "value", "unit", "target", "journey", "stage", "touchpoint", "higher_is_better"])
        for d_i, d in enumerate(WEEKS):
            for m, (j, st, tp, unit, tgt, hib, vals) in KPIS.items():
                if j is not jour:
                    continue
                v = f"{vals[d_i]}%" if unit == "%" and jour is J1 else f"{vals[d_i]}"
                w.writerow([d.isoformat(), m, v, unit, "" if tgt is None else tgt, j["name"], st, tp, str(hib).lower()])

# ---------------------------------------------------------------- analysis helpers
def nps(rows):
    p = sum(r["score"] >= 9 for r in rows); d = sum(r["score"] <= 6 for r in rows)
    return round(Decimal(100 * (p - d)) / Decimal(len(rows)), 0) if rows else None

def npsv(rows):
    p = sum(r["score"] >= 9 for r in rows); d = sum(r["score"] <= 6 for r in rows)
    return (Decimal(100 * (p - d)) / Decimal(len(rows))).quantize(Decimal("1"), rounding=ROUND_HALF_UP)

def csatv(rows):
    s = sum(r["score"] >= 4 for r in rows)
    return (Decimal(100 * s) / Decimal(len(rows))).quantize(Decimal("1"), rounding=ROUND_HALF_UP)

def sel(rows, **kw):
    return [r for r in rows if all(r[k] == v for k, v in kw.items())]

def kv(m, date):
    return KPIS[m][6][WEEKS.index(date)]

def latest(m):
    return KPIS[m][6][-1]

def mean(xs):
    return (sum(Decimal(str(x)) for x in xs) / len(xs)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

def diff(a, b):
    return str(abs(Decimal(str(a)) - Decimal(str(b))))

report = []
def out(*a):
    report.append(" ".join(str(x) for x in a))

out("== NPS by touchpoint (applicant survey, NPS 0-10)")
tps1 = sorted({r["touchpoint"] for r in c1} - {""})
for tp in sorted(tps1, key=lambda t: npsv(sel(c1, touchpoint=t))):
    rs = sel(c1, touchpoint=tp); out(f"  {tp:32s} n={len(rs):3d} nps={npsv(rs)}")
out("== NPS by stage")
for s in J1["stages"]:
    rs = sel(c1, stage=s["name"]); out(f"  {s['name']:32s} n={len(rs):3d} nps={npsv(rs)}")
out("== NPS by segment")
for sg in SEGS:
    rs = sel(c1, segment=sg); out(f"  {sg:32s} n={len(rs):3d} nps={npsv(rs)}")
out("== CSAT by touchpoint (tenant pulse, 1-5, % 4-5)")
tps2 = sorted({r["touchpoint"] for r in c2} - {""})
for tp in sorted(tps2, key=lambda t: csatv(sel(c2, touchpoint=t))):
    rs = sel(c2, touchpoint=tp); out(f"  {tp:32s} n={len(rs):3d} csat={csatv(rs)} neg(1-2)={sum(r['score']<=2 for r in rs)}")
out("== CSAT by stage")
for s in J2["stages"]:
    rs = sel(c2, stage=s["name"]); out(f"  {s['name']:32s} n={len(rs):3d} csat={csatv(rs)}")
out("== CSAT by segment x repairs stage")
for sg in SEGS:
    rs = sel(c2, segment=sg, stage="Repairs and maintenance"); out(f"  {sg:32s} n={len(rs):3d} csat={csatv(rs)}")
NOV9 = dt.date(2026, 11, 9)
for tag in ["photo-upload", "payment-link"]:
    rs = [r for r in c1 + c2 if r["tag"] == tag]
    out(f"== emerging {tag}: n={len(rs)} first={min(r['date'] for r in rs)}")
out("== comments per week")
wk = {}
for r in c1 + c2:
    m = r["date"] - dt.timedelta(days=r["date"].weekday()); wk[m] = wk.get(m, 0) + 1
for m in sorted(wk):
    out(f"  {m} {wk[m]}")

# ---------------------------------------------------------------- questions
j1, j2 = J1["id"], J2["id"]
ST = lambda j, s: f"stage:{j}/{slug(s)}"
TP = tp_id
OCT5, SEP7 = dt.date(2026, 10, 5), dt.date(2026, 9, 7)
last4 = lambda m: KPIS[m][6][-4:]
octv = lambda m: [v for d, v in zip(WEEKS, KPIS[m][6]) if d.month == 10]
sepv = lambda m: [v for d, v in zip(WEEKS, KPIS[m][6]) if d.month == 9]

# worst-NPS touchpoint in J1 (n>=10) and most 1-2 scores in J2 repairs stage
cand = [t for t in tps1 if len(sel(c1, touchpoint=t)) >= 10]
worst1 = min(cand, key=lambda t: npsv(sel(c1, touchpoint=t)))
rep = [t for s in J2["stages"] if s["name"] == "Repairs and maintenance" for t in [x["name"] for x in s["touchpoints"]]]
most_neg = max(rep, key=lambda t: sum(r["score"] <= 2 for r in sel(c2, touchpoint=t)))
worst_st1 = min([x["name"] for x in J1["stages"]], key=lambda t: npsv(sel(c1, stage=t)))
worst_st2 = min([x["name"] for x in J2["stages"]], key=lambda t: csatv(sel(c2, stage=t)))
out("worst J1 touchpoint:", worst1, " most 1-2 in repairs:", most_neg, " worst stages:", worst_st1, "/", worst_st2)

def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources
        d["figures"] = [str(x) for x in (figures or [])]
        d["abstain"] = False
    return d

S = lambda **kw: str(npsv(sel(c1, **kw)))
C = lambda **kw: str(csatv(sel(c2, **kw)))

dev = [
    q("whats going wrong with referencing? ppl keep moaning", "pain_points",
      [TP(J1, "Tenant referencing"), "comment~referencing"]),
    q("issues tenants have at the deductions stage when they move out", "pain_points",
      [TP(J2, "Deductions proposal"), "comment~deductions"]),
    q("what touchpoints do we have in move-in", "touchpoints",
      [ST(j1, "Move-in"), TP(J1, "Inventory check-in"), TP(J1, "Key collection")], ["inventory", "key collection"]),
    q("who owns referencing checks?", "owner", [TP(J1, "Tenant referencing")], ["Tenancy Progression"]),
    q("which team owns the deductions proposal", "owner", [TP(J2, "Deductions proposal")], ["Deposits team"]),
    q("whats the goal for the renewal stage", "goal", [ST(j2, "Renewal")]),
    q("first time fix rate atm?", "latest_kpi", ["kpi~repair_first_time_fix_rate"], [latest("repair_first_time_fix_rate")]),
    q("deposit return days latest?", "latest_kpi", ["kpi~deposit_return_days"], [latest("deposit_return_days")]),
    q("how much has enquiry response time come down since sept", "kpi_change", ["kpi~enquiry_response_time_hours"],
      [diff(latest("enquiry_response_time_hours"), kv("enquiry_response_time_hours", SEP7)), latest("enquiry_response_time_hours")]),
    q("deposit dispute rate since september - up by how much?", "kpi_change", ["kpi~deposit_dispute_rate"],
      [diff(latest("deposit_dispute_rate"), kv("deposit_dispute_rate", SEP7)), latest("deposit_dispute_rate")]),
    q("avg repair time to close over the last 4 weeks", "kpi_window", ["kpi~repair_time_to_close_days"],
      [mean(last4("repair_time_to_close_days"))]),
    q("lowest ftf rate we hit in october?", "kpi_window", ["kpi~repair_first_time_fix_rate"],
      [min(octv("repair_first_time_fix_rate"))]),
    q("ftf rate vs target - how far off are we rn", "comparison", ["kpi~repair_first_time_fix_rate"],
      [latest("repair_first_time_fix_rate"), diff(latest("repair_first_time_fix_rate"), KPIS["repair_first_time_fix_rate"][4])]),
    q("csat for contractor visits vs the emergency line, how do they compare", "comparison",
      [TP(J2, "Contractor appointment"), TP(J2, "Out-of-hours emergency line"), "comment~contractor", "comment~emergency"],
      [C(touchpoint="Contractor appointment"), C(touchpoint="Out-of-hours emergency line")]),
    q("which stage of finding a home scores worst on nps?", "ranking",
      [ST(j1, worst_st1), TP(J1, "Tenant referencing"), "comment~referencing"], ["referencing", S(stage=worst_st1)]),
    q("nps from relocation tenants?", "segment", ["comment~relocat", TP(J1, "Video tour")], [S(segment="relocation")]),
    q("nps for accompanied viewings", "derived_score", [TP(J1, "Accompanied viewing"), "comment~viewing"],
      [S(touchpoint="Accompanied viewing")]),
    q("whats csat on the out of hours emergency line", "derived_score", [TP(J2, "Out-of-hours emergency line"), "comment~emergency"],
      [C(touchpoint="Out-of-hours emergency line")]),
    q("main themes in repair comments last 3 months?", "themes",
      [ST(j2, "Repairs and maintenance"), "comment~contractor", "comment~portal", TP(J2, "Contractor appointment")]),
    q("anything positive ppl say about move in day?", "praise",
      [TP(J1, "Inventory check-in"), TP(J1, "Key collection"), "comment~thorough", ST(j1, "Move-in")]),
    q("anything new going wrong for current tenants in the last couple wks?", "emerging",
      [TP(J2, "Tenant portal repair report"), "comment~upload", "comment~logs me out"], ["portal"]),
    q("if we can only fix one thing in living in / moving out what should it be", "priority",
      [TP(J2, "Contractor appointment"), TP(J2, "Tenant portal repair report"), "kpi~repair_first_time_fix_rate",
       "kpi~repair_time_to_close_days", "comment~contractor"]),
    q("the bit where the clerk walks round with the tenant photographing every room - hows that going", "paraphrase",
      [TP(J1, "Inventory check-in"), "comment~inventory"]),
    q("how are ppl finding the step where they pay a weeks rent to take the place off the market", "paraphrase",
      [TP(J1, "Holding deposit payment"), "comment~holding deposit"]),
    q("whats the nps for our landlord onboarding journey", "abstain", abstain=True),
    q("what's foxtons avg enquiry response time", "abstain", abstain=True),
    q("renewal rate target for 2027?", "abstain", abstain=True),
    q("how much revenue did we make from lettings fees last qtr", "abstain", abstain=True),
    q("how many negotiators in the clifton branch rn and what do they earn", "abstain", abstain=True),
    q("what do student tenants say about referencing", "abstain", abstain=True),
]

held = [
    q("main pain points w contractor visits?", "pain_points",
      [TP(J2, "Contractor appointment"), "comment~contractor"]),
    q("pain pts on the enquiry side - rightmove leads etc", "pain_points",
      [TP(J1, "Enquiry response"), ST(j1, "Property search"), TP(J1, "Rightmove listing"), "comment~enquiry"]),
    q("list the touchpoints in renewal pls", "touchpoints",
      [ST(j2, "Renewal"), TP(J2, "Renewal offer"), TP(J2, "Rent review")], ["renewal offer", "rent review"]),
    q("who looks after the out of hours line", "owner", [TP(J2, "Out-of-hours emergency line")], ["HomeCall"]),
    q("owner of holding deposit payments?", "owner", [TP(J1, "Holding deposit payment")], ["Accounts team"]),
    q("what are we actually trying to achieve at application/referencing", "goal", [ST(j1, "Application and referencing")]),
    q("whats referencing turnaround rn", "latest_kpi", ["kpi~referencing_turnaround_days"], [latest("referencing_turnaround_days")]),
    q("holding deposit payment failures this wk?", "latest_kpi", ["kpi~holding_deposit_payment_failure_rate"],
      [latest("holding_deposit_payment_failure_rate")]),
    q("repair time to close - change since start of oct?", "kpi_change", ["kpi~repair_time_to_close_days"],
      [diff(latest("repair_time_to_close_days"), kv("repair_time_to_close_days", OCT5)), latest("repair_time_to_close_days")]),
    q("move in csat movement since beginning of october", "kpi_change", ["kpi~move_in_csat"],
      [diff(latest("move_in_csat"), kv("move_in_csat", OCT5)), latest("move_in_csat")]),
    q("average deposit return days in october", "kpi_window", ["kpi~deposit_return_days"], [mean(octv("deposit_return_days"))]),
    q("avg referencing turnaround last 4 weeks", "kpi_window", ["kpi~referencing_turnaround_days"],
      [mean(last4("referencing_turnaround_days"))]),
    q("nps viewings vs referencing - how different", "comparison",
      [ST(j1, "Viewing"), ST(j1, "Application and referencing"), TP(J1, "Tenant referencing"), TP(J1, "Accompanied viewing"),
       "comment~referencing", "comment~viewing"],
      [S(stage="Viewing"), S(stage="Application and referencing")]),
    q("are we hitting target on move in csat and deposit return days atm?", "comparison",
      ["kpi~move_in_csat", "kpi~deposit_return_days"], [latest("move_in_csat"), latest("deposit_return_days")]),
    q("which stage of the tenancy journey has the lowest csat", "ranking",
      [ST(j2, worst_st2), TP(J2, "Deductions proposal"), "comment~deposit"], [worst_st2.lower(), C(stage=worst_st2)]),
    q("how do first time renters rate repairs? csat", "segment", [ST(j2, "Repairs and maintenance"), "comment~repair", "comment~contractor"],
      [C(segment="first-time renter", stage="Repairs and maintenance")]),
    q("nps at inventory check in?", "derived_score", [TP(J1, "Inventory check-in"), "comment~inventory"],
      [S(touchpoint="Inventory check-in")]),
    q("csat for repair reports on the tenant portal", "derived_score", [TP(J2, "Tenant portal repair report"), "comment~portal"],
      [C(touchpoint="Tenant portal repair report")]),
    q("what keeps coming up about getting deposits back", "themes",
      [ST(j2, "Deposit return"), TP(J2, "Deductions proposal"), "comment~deposit", "comment~cleaning"], ["cleaning"]),
    q("any good feedback on the out of hours line?", "praise",
      [TP(J2, "Out-of-hours emergency line"), "comment~emergency", "comment~out of hours"]),
    q("whats new in applicant feedback the last 3 wks, anything we didnt see before?", "emerging",
      [TP(J1, "Holding deposit payment"), "comment~payment link", "comment~holding deposit"], ["payment"]),
    q("what should lettings prioritise fixing first for applicants", "priority",
      [TP(J1, "Tenant referencing"), TP(J1, "Holding deposit payment"), "kpi~referencing_turnaround_days",
       "kpi~holding_deposit_payment_failure_rate", "comment~referencing"]),
    q("feedback on the 2am phone number for burst pipes and lockouts?", "paraphrase",
      [TP(J2, "Out-of-hours emergency line"), "comment~emergency"]),
    q("the part where we tell tenants what were keeping out of their deposit - sentiment?", "paraphrase",
      [TP(J2, "Deductions proposal"), "comment~deductions"]),
    q("buyers sales journey - wheres the biggest drop off?", "abstain", abstain=True),
    q("openrents deposit dispute rate?", "abstain", abstain=True),
    q("whats the forecast for repair time to close in jan", "abstain", abstain=True),
    q("whats our ebitda margin this yr", "abstain", abstain=True),
    q("avg salary for property managers?", "abstain", abstain=True),
    q("how do tenants on universal credit rate move in", "abstain", abstain=True),
]

hdr = "# Ashdown & Finch Lettings (base: lettings). Generated by scripts/generate.py - edit there, not here.\n"
for name, qs in [("dev.yaml", dev), ("heldout.yaml", held)]:
    with open(BASE / name, "w") as f:
        f.write(hdr)
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=200)
    out(f"{name}: {len(qs)} questions")
    for x in qs:
        out(f"  [{x['kind']}] {x['question']}  -> {x.get('figures')}")

(BASE / "scripts" / "figures_report.txt").write_text("\n".join(report) + "\n")
print("\n".join(report))
