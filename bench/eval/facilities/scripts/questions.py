#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml. Every figure is computed from knowledge/ by stats.py helpers.

    python3 scripts/build.py && python3 scripts/questions.py
"""
import json
from collections import Counter
from pathlib import Path

import yaml

import stats as S

ROOT = S.ROOT
ROWS = S.load_comments()
KP = S.load_kpis()
W, R = "winning-a-contract", "running-the-service"
WEEKS = sorted({d for s in KP.values() for d, *_ in s})
FIRST, LAST = WEEKS[0], WEEKS[-1]


def num(x):
    x = round(float(x), 1)
    return str(int(x)) if x.is_integer() else f"{x:.1f}"


def K(metric, date=None, j=None):
    return num(S.kval(KP, metric, date, j))


def CH(metric, d1=FIRST, d2=LAST, j=None):
    return num(abs(S.kval(KP, metric, d2, j) - S.kval(KP, metric, d1, j)))


def TGT(metric, j=None):
    return num(S.kpi(KP, metric, j)[-1][2])


def NPS(**f):
    return num(S.score_of(ROWS, "nps", **f)[0])


def CSAT(**f):
    return num(S.score_of(ROWS, "csat", **f)[0])


def stage_rank(kind, journey):
    stages = sorted({r["stage_slug"] for r in ROWS if r["journey_id"] == journey and r["stage_slug"]})
    vals = [(S.score_of(ROWS, kind, journey_id=journey, stage_slug=s)[0], s) for s in stages]
    return sorted(v for v in vals if v[0] is not None)


def seg_rank(kind, **f):
    segs = sorted({r["segment"] for r in ROWS})
    return sorted((S.score_of(ROWS, kind, segment=g, **f)[0], g) for g in segs)


def off_target(journey):
    return sorted(m for (m, j), s in KP.items() if j == journey and not S.on_target(s[-1]))


# ---- the planted stories must hold, or the questions below are wrong ------------------------------
assert stage_rank("nps", W)[0][1] == "mobilisation"
assert stage_rank("nps", W)[0][0] + 5 < stage_rank("nps", W)[1][0]
assert stage_rank("nps", R)[0][1] == "issues-and-complaints"
assert stage_rank("nps", R)[-1][1] == "quality-audits"
assert stage_rank("csat", R)[0][1] == "issues-and-complaints"
assert seg_rank("nps")[0][1] == "Healthcare" and seg_rank("csat")[0][1] == "Healthcare"
assert seg_rank("nps")[-1][1] == "Corporate office"
assert seg_rank("nps", journey_id=R)[-1][1] == "Corporate office"
assert off_target(R) == ["audit_pass_rate", "csat", "nps", "portal_response_time", "repeat_complaint_rate"], off_target(R)
assert off_target(W) == ["mobilisation_on_time_rate", "nps", "proposal_turnaround_time"], off_target(W)
pct_drop = sorted((S.kval(KP, m, LAST, j) - S.kval(KP, m, FIRST, j), m) for (m, j), s in KP.items()
                  if s[-1][4] == "%")
assert pct_drop[0][1] == "csat" and pct_drop[0][0] + 1 < pct_drop[1][0], pct_drop
for kw in ("streak", "single sign-on", "sitestart"):
    assert all(r["date"] >= WEEKS[-3] for r in ROWS if kw in r["comment"].lower()), kw

J = lambda s: f"journey:{s}"
ST = lambda j, s: f"stage:{j}/{s}"
TP = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"

DEV = [
    # pain_points
    ("whats going wrong with keys n passes on new sites?", "pain_points",
     [TP(W, "mobilisation", "keys-and-access-passes"), "comment~access passes|comment~fobs",
      ST(W, "mobilisation")], []),
    ("main gripes about our pricing / rate card", "pain_points",
     [TP(W, "proposal-and-pricing", "pricing-schedule-and-rate-card"), "comment~hidden extra|comment~rate card",
      ST(W, "proposal-and-pricing")], []),
    ("why r clients annoyed w how we handle complaints", "pain_points",
     [ST(R, "issues-and-complaints"), TP(R, "issues-and-complaints", "complaint-logging"),
      "comment~bounced|comment~passed around|comment~nobody owns"], []),
    ("washroom probs - what are ppl complaining about", "pain_points",
     [TP(R, "daily-cleaning", "washroom-restocking"), "comment~hand towels|comment~soap|comment~toilet rolls"], []),
    # touchpoints
    ("what touchpoints are in mobilisation", "touchpoints",
     [ST(W, "mobilisation"), TP(W, "mobilisation", "keys-and-access-passes")],
     ["keys and access passes", "staff vetting and induction", "cleaning schedule sign-off"]),
    ("touchpoints for the client portal stage?", "touchpoints",
     [ST(R, "client-portal-and-requests"), TP(R, "client-portal-and-requests", "portal-request-form")],
     ["job photo proof", "helpdesk phone line", "portal request form"]),
    ("first wk on site - which touchpoints do we have", "touchpoints",
     [ST(W, "first-week-on-site"), TP(W, "first-week-on-site", "snagging-walk-through")],
     ["snagging", "welcome pack"]),
    # owner
    ("who owns the tupe bit?", "owner", [TP(W, "contract-signing", "tupe-consultation")], ["HR Operations"]),
    ("which team looks after the job photos on the portal", "owner",
     [TP(R, "client-portal-and-requests", "job-photo-proof")], ["Digital Products"]),
    ("whos responsible for service credits", "owner",
     [TP(R, "issues-and-complaints", "service-credit-request")], ["Commercial Finance"]),
    ("owner of the renewal proposal?", "owner",
     [TP(R, "invoicing-and-renewal", "renewal-proposal")], ["Account Management"]),
    # goal
    ("whats the goal of the mobilisation stage", "goal", [ST(W, "mobilisation")], []),
    ("what r we trying to achieve w quality audits", "goal", [ST(R, "quality-audits")], []),
    ("purpose of the contract signing step?", "goal", [ST(W, "contract-signing")], []),
    # latest_kpi
    ("audit pass rate atm?", "latest_kpi", ["kpi~audit_pass_rate"], [K("audit_pass_rate")]),
    ("tender win rate latest", "latest_kpi", ["kpi~tender_win_rate"], [K("tender_win_rate")]),
    ("portal response time now? hrs", "latest_kpi", ["kpi~portal_response_time"], [K("portal_response_time")]),
    ("whats the contract renewal rate this wk", "latest_kpi", ["kpi~contract_renewal_rate"],
     [K("contract_renewal_rate")]),
    # kpi_change
    ("how much has complaint resolution time come down since start of jan", "kpi_change",
     ["kpi~complaint_resolution_time"], [CH("complaint_resolution_time")]),
    ("how far did csat fall over the whole period", "kpi_change", ["kpi~csat"], [CH("csat")]),
    ("first week issues per site - change since 5 jan?", "kpi_change", ["kpi~first_week_issues_per_site"],
     [CH("first_week_issues_per_site")]),
    ("running the service nps kpi, how many pts has it dropped across the 10 wks", "kpi_change",
     ["kpi~nps"], [CH("nps", j=R)]),
    # kpi_window
    ("audit pass rate 9 feb vs 9 mar, how much did it move", "kpi_window", ["kpi~audit_pass_rate"],
     [K("audit_pass_rate", "2026-02-09"), K("audit_pass_rate", "2026-03-09"),
      CH("audit_pass_rate", "2026-02-09", "2026-03-09")]),
    ("portal response time from 16 feb to 9 mar?", "kpi_window", ["kpi~portal_response_time"],
     [K("portal_response_time", "2026-02-16"), K("portal_response_time", "2026-03-09"),
      CH("portal_response_time", "2026-02-16", "2026-03-09")]),
    ("tender win rate change between 2 feb and 23 feb", "kpi_window", ["kpi~tender_win_rate"],
     [CH("tender_win_rate", "2026-02-02", "2026-02-23")]),
    # comparison
    ("nps kpi: winning a contract vs running the service, which is higher rn", "comparison", ["kpi~nps"],
     [K("nps", j=W), K("nps", j=R)]),
    ("is audit pass rate above target?", "comparison", ["kpi~audit_pass_rate"],
     [K("audit_pass_rate"), TGT("audit_pass_rate")]),
    ("csat from the pulse comments: portal stage vs issues & complaints", "comparison",
     [ST(R, "client-portal-and-requests"), ST(R, "issues-and-complaints"),
      "comment~portal|comment~complaint"],
     [CSAT(journey_id=R, stage_slug="client-portal-and-requests"),
      CSAT(journey_id=R, stage_slug="issues-and-complaints")]),
    # ranking
    ("worst stage for nps in winning a contract, going by the survey comments", "ranking",
     [ST(W, "mobilisation"), "comment~access passes|comment~dbs|comment~kick-off"],
     ["mobilisation", NPS(journey_id=W, stage_slug="mobilisation")]),
    ("which % kpi fell the most since jan (ignoring nps)", "ranking", ["kpi~csat"], ["csat", CH("csat")]),
    ("which stage of running the service has the lowest csat in the helpdesk pulse", "ranking",
     [ST(R, "issues-and-complaints"), "comment~complaint"],
     ["issues and complaints", CSAT(journey_id=R, stage_slug="issues-and-complaints")]),
    # segment
    ("nps for healthcare clients from the survey?", "segment", ["comment~clinic|comment~patients"],
     [NPS(segment="Healthcare")]),
    ("which client segment is least happy (nps)", "segment", ["comment~clinic|comment~patients"],
     ["healthcare", NPS(segment="Healthcare")]),
    ("corporate office csat in the pulse export", "segment", ["comment~office"],
     [CSAT(segment="Corporate office")]),
    ("education / schools nps on running the service", "segment", ["comment~school|comment~academy"],
     [NPS(segment="Education", journey_id=R)]),
    # derived_score
    ("nps from the comments for running the service overall", "derived_score", [J(R), "comment~cleaners"],
     [NPS(journey_id=R)]),
    ("survey nps for mobilisation stage", "derived_score", [ST(W, "mobilisation")],
     [NPS(journey_id=W, stage_slug="mobilisation")]),
    ("csat % for the client portal stage from the pulse survey", "derived_score",
     [ST(R, "client-portal-and-requests")], [CSAT(journey_id=R, stage_slug="client-portal-and-requests")]),
    ("csat for first week on site (pulse responses)", "derived_score", [ST(W, "first-week-on-site")],
     [CSAT(journey_id=W, stage_slug="first-week-on-site")]),
    # themes
    ("what are clients saying about invoices", "themes",
     ["comment~po number", TP(R, "invoicing-and-renewal", "monthly-invoice")], ["PO"]),
    ("common themes in renewal feedback", "themes",
     ["comment~uplift|comment~renewal", TP(R, "invoicing-and-renewal", "renewal-proposal")], ["uplift"]),
    ("recurring themes in complaints feedback", "themes",
     ["comment~keeps coming back|comment~bounced|comment~passed around|comment~recurring",
      ST(R, "issues-and-complaints")], []),
    ("what do ppl say abt the spec questionnaire", "themes",
     ["comment~spreadsheet|comment~questionnaire",
      TP(W, "tender-and-site-survey", "specification-questionnaire")], []),
    # praise
    ("what do clients like about the night cleaners", "praise",
     ["comment~friendly|comment~spotless|comment~lovely|comment~night team",
      TP(R, "daily-cleaning", "evening-office-clean")], []),
    ("anything good about the portal?", "praise",
     ["comment~photo|comment~portal", TP(R, "client-portal-and-requests", "job-photo-proof")], ["photo"]),
    ("what went well in the first week for new clients", "praise",
     ["comment~supervisor", TP(W, "first-week-on-site", "day-one-supervisor-visit")], ["supervisor"]),
    # emerging
    ("anything new popping up in the last couple wks in running the service?", "emerging",
     ["comment~streaks|comment~single sign-on|comment~sso"], []),
    ("new issues with portal login lately?", "emerging",
     ["comment~single sign-on|comment~sso", TP(R, "client-portal-and-requests", "portal-login-and-user-accounts")],
     []),
    ("any new complaints on mobilisation recently", "emerging", ["comment~sitestart"], ["SiteStart"]),
    # priority
    ("what should ops fix first in running the service", "priority",
     [ST(R, "issues-and-complaints"), "comment~streaks", "kpi~audit_pass_rate", "kpi~csat",
      "kpi~repeat_complaint_rate", TP(R, "issues-and-complaints", "complaint-logging")], []),
    ("biggest problem area in winning contracts? where do we focus", "priority",
     [ST(W, "mobilisation"), TP(W, "mobilisation", "keys-and-access-passes"), "kpi~mobilisation_on_time_rate",
      "comment~access passes"], []),
    ("where should the digital team focus next", "priority",
     [TP(R, "client-portal-and-requests", "portal-login-and-user-accounts"), "kpi~portal_response_time",
      "comment~single sign-on|comment~sso", ST(R, "client-portal-and-requests")], []),
    # paraphrase
    ("the bit where we get staff, keys + kit ready b4 day 1 - hows it going?", "paraphrase",
     [ST(W, "mobilisation"), "comment~access passes|comment~dbs"], []),
    ("stage about billing right and keeping the client another term - main pain?", "paraphrase",
     [ST(R, "invoicing-and-renewal"), "comment~po number|comment~uplift"], []),
    ("where we prove the service works early on - whats the feedback", "paraphrase",
     [ST(W, "first-week-on-site"), "comment~supervisor|comment~first week"], []),
    # abstain
    ("whats the nps for our washroom hygiene subscription product journey?", "abstain", None, []),
    ("what's ISS's audit pass rate these days", "abstain", None, []),
    ("forecast for tender win rate in q3 2026?", "abstain", None, []),
    ("brightspan revenue this yr?", "abstain", None, []),
    ("how many cleaners do we employ in leeds", "abstain", None, []),
    ("whats the staff turnover rate for our cleaners", "abstain", None, []),
]

HELD = [
    # pain_points
    ("why do the site surveys annoy ppl", "pain_points",
     [TP(W, "tender-and-site-survey", "site-survey-walk-round"), ST(W, "tender-and-site-survey"),
      "comment~survey"], []),
    ("contract signing pain pts?", "pain_points",
     [ST(W, "contract-signing"), "comment~redline|comment~e-signature|comment~legal"], []),
    ("problems w service credits?", "pain_points",
     [TP(R, "issues-and-complaints", "service-credit-request"), "comment~service credit"], []),
    ("dbs / vetting probs on mobs", "pain_points",
     [TP(W, "mobilisation", "staff-vetting-and-induction"), "comment~dbs|comment~vetting"], []),
    # touchpoints
    ("list the touchpoints in proposal & pricing", "touchpoints",
     [ST(W, "proposal-and-pricing"), TP(W, "proposal-and-pricing", "proposal-pack")],
     ["pitch presentation", "value engineering", "proposal pack"]),
    ("whats in the issues and complaints stage", "touchpoints",
     [ST(R, "issues-and-complaints"), TP(R, "issues-and-complaints", "root-cause-review")],
     ["root cause review", "service credit"]),
    ("touchpoints under daily clean?", "touchpoints",
     [ST(R, "daily-cleaning"), TP(R, "daily-cleaning", "evening-office-clean")],
     ["washroom restocking", "day porter"]),
    # owner
    ("who owns the site survey walkround", "owner",
     [TP(W, "tender-and-site-survey", "site-survey-walk-round")], ["Estimating team"]),
    ("who runs the monthly audits", "owner",
     [TP(R, "quality-audits", "monthly-quality-audit")], ["Quality and Compliance"]),
    ("which team handles keys & passes", "owner",
     [TP(W, "mobilisation", "keys-and-access-passes")], ["Site Operations"]),
    ("who owns the e-sig envelope", "owner",
     [TP(W, "contract-signing", "e-signature-envelope")], ["Legal and Contracts"]),
    # goal
    ("goal of tender & survey stage?", "goal", [ST(W, "tender-and-site-survey")], []),
    ("whats the point of the portal stage", "goal", [ST(R, "client-portal-and-requests")], []),
    ("what are we aiming for in issues n complaints", "goal", [ST(R, "issues-and-complaints")], []),
    # latest_kpi
    ("mobilisation on time % latest", "latest_kpi", ["kpi~mobilisation_on_time_rate"],
     [K("mobilisation_on_time_rate")]),
    ("csat kpi latest wk", "latest_kpi", ["kpi~csat"], [K("csat")]),
    ("proposal turnaround time now (days)", "latest_kpi", ["kpi~proposal_turnaround_time"],
     [K("proposal_turnaround_time")]),
    ("repeat complaint rate atm", "latest_kpi", ["kpi~repeat_complaint_rate"], [K("repeat_complaint_rate")]),
    # kpi_change
    ("tender win rate up by how much since 5 jan", "kpi_change", ["kpi~tender_win_rate"],
     [CH("tender_win_rate")]),
    ("audit pass rate drop since wk 1?", "kpi_change", ["kpi~audit_pass_rate"], [CH("audit_pass_rate")]),
    ("portal response time increase over the period", "kpi_change", ["kpi~portal_response_time"],
     [CH("portal_response_time")]),
    ("how much did repeat complaint rate change since the start", "kpi_change", ["kpi~repeat_complaint_rate"],
     [CH("repeat_complaint_rate")]),
    # kpi_window
    ("csat kpi between 16 feb and 9 mar", "kpi_window", ["kpi~csat"],
     [K("csat", "2026-02-16"), K("csat", "2026-03-09"), CH("csat", "2026-02-16", "2026-03-09")]),
    ("running svc nps from 2 feb to 9 mar", "kpi_window", ["kpi~nps"],
     [K("nps", "2026-02-02", R), K("nps", "2026-03-09", R), CH("nps", "2026-02-02", "2026-03-09", R)]),
    ("complaint resolution time 12 jan -> 16 feb, by how much", "kpi_window", ["kpi~complaint_resolution_time"],
     [CH("complaint_resolution_time", "2026-01-12", "2026-02-16")]),
    # comparison
    ("is task completion above target?", "comparison", ["kpi~task_completion_rate"],
     [K("task_completion_rate"), TGT("task_completion_rate")]),
    ("survey nps: winning a contract vs running the service", "comparison", [J(W), J(R), "comment~cleaners"],
     [NPS(journey_id=W), NPS(journey_id=R)]),
    ("proposal turnaround vs its target?", "comparison", ["kpi~proposal_turnaround_time"],
     [K("proposal_turnaround_time"), TGT("proposal_turnaround_time")]),
    # ranking
    ("worst stage in running the service by comment nps", "ranking",
     [ST(R, "issues-and-complaints"), "comment~complaint"],
     ["issues and complaints", NPS(journey_id=R, stage_slug="issues-and-complaints")]),
    ("best rated stage in running the service per the survey", "ranking",
     [ST(R, "quality-audits"), "comment~audit"],
     ["quality audits", NPS(journey_id=R, stage_slug="quality-audits")]),
    ("which running the service kpis are off target rn", "ranking",
     ["kpi~audit_pass_rate", "kpi~csat", "kpi~portal_response_time", "kpi~repeat_complaint_rate", "kpi~nps"],
     ["audit pass rate", "csat", "portal response time", "repeat complaint rate"]),
    # segment
    ("retail & leisure nps from comments", "segment", ["comment~shopping centre|comment~leisure centre"],
     [NPS(segment="Retail and leisure")]),
    ("healthcare csat in the pulse export?", "segment", ["comment~clinic|comment~patients"],
     [CSAT(segment="Healthcare")]),
    ("which segment is happiest w running the service (survey nps)", "segment", ["comment~office"],
     ["corporate office", NPS(segment="Corporate office", journey_id=R)]),
    ("industrial/logistics clients nps on winning a contract", "segment",
     ["comment~depot|comment~warehouse"], [NPS(segment="Industrial and logistics", journey_id=W)]),
    # derived_score
    ("nps from comments for winning a contract", "derived_score", [J(W), ST(W, "mobilisation")],
     [NPS(journey_id=W)]),
    ("csat for issues & complaints from the pulse", "derived_score", [ST(R, "issues-and-complaints")],
     [CSAT(journey_id=R, stage_slug="issues-and-complaints")]),
    ("survey nps for the quality audits stage", "derived_score", [ST(R, "quality-audits")],
     [NPS(journey_id=R, stage_slug="quality-audits")]),
    ("overall csat across all the helpdesk pulse responses", "derived_score",
     [J(R), J(W), "comment~portal|comment~helpdesk"], [num(S.csat([r["score"] for r in ROWS
                                                                   if r["score_type"] == "csat"]))]),
    # themes
    ("what are ppl saying about the proposal docs", "themes",
     ["comment~proposal", TP(W, "proposal-and-pricing", "proposal-pack")], []),
    ("whats the feedback on audits", "themes",
     ["comment~audit", ST(R, "quality-audits"), TP(R, "quality-audits", "monthly-quality-audit")], []),
    ("what do clients say about bins", "themes",
     ["comment~bins", TP(R, "daily-cleaning", "evening-office-clean")], []),
    ("common threads in the tupe feedback", "themes",
     ["comment~tupe", TP(W, "contract-signing", "tupe-consultation")], []),
    # praise
    ("what do clients love about our pitches", "praise",
     ["comment~pitch", TP(W, "proposal-and-pricing", "pitch-presentation")], []),
    ("positive feedback on day porters?", "praise",
     ["comment~day porter|comment~porter", TP(R, "daily-cleaning", "day-porter-service")], []),
    ("anything nice said about audit reports", "praise",
     ["comment~audit report", TP(R, "quality-audits", "audit-report-email")], []),
    # emerging
    ("whats new in feedback the last 3 wks", "emerging",
     ["comment~streaks|comment~single sign-on|comment~sso|comment~sitestart"], []),
    ("new problems w the cleaning products lately?", "emerging", ["comment~eco|comment~streaks"], ["eco"]),
    ("is the audit dip linked to anything new in the comments?", "emerging",
     ["comment~streaks|comment~eco", "kpi~audit_pass_rate"], ["streak"]),
    # priority
    ("if we fix one thing in mobilisation what should it be", "priority",
     [TP(W, "mobilisation", "keys-and-access-passes"), "comment~access passes|comment~fobs",
      TP(W, "mobilisation", "staff-vetting-and-induction"), ST(W, "mobilisation")], []),
    ("top priority for the portal team?", "priority",
     [TP(R, "client-portal-and-requests", "portal-login-and-user-accounts"), "comment~single sign-on|comment~sso",
      "kpi~portal_response_time", "kpi~csat"], []),
    ("where are we losing the most client goodwill", "priority",
     [ST(R, "issues-and-complaints"), ST(W, "mobilisation"), "comment~complaint"], []),
    # paraphrase
    ("hows the 'clear comparable price' stage going, any complaints?", "paraphrase",
     [ST(W, "proposal-and-pricing"), "comment~hidden extra|comment~price"], []),
    ("step where we check + evidence standards vs spec - whats the kpi there", "paraphrase",
     [ST(R, "quality-audits"), "kpi~audit_pass_rate"], [K("audit_pass_rate")]),
    ("whats hurting us in the agree-terms-and-get-it-signed part", "paraphrase",
     [ST(W, "contract-signing"), "comment~redline|comment~e-signature"], []),
    # abstain
    ("whats mitie's contract renewal rate", "abstain", None, []),
    ("pest control journey pain points?", "abstain", None, []),
    ("what will audit pass rate be next month", "abstain", None, []),
    ("gross margin on our cleaning contracts?", "abstain", None, []),
    ("how many area managers do we have", "abstain", None, []),
    ("whats the running the service nps for 2027", "abstain", None, []),
    ("avg cleaner sickness absence rate?", "abstain", None, []),
]


def valid_ids():
    ids = set()
    m1 = yaml.safe_load(open(ROOT / "knowledge/maps/winning-a-contract.yaml"))
    m2 = json.load(open(ROOT / "knowledge/maps/running-the-service.json"))
    for m in (m1, m2):
        ids.add(f"journey:{m['id']}")
        for st in m["stages"]:
            ids.add(f"stage:{m['id']}/{S.slug(st['name'])}")
            for t in st.get("touchpoints", []):
                ids.add(f"touchpoint:{m['id']}/{S.slug(st['name'])}/{S.slug(t['name'])}")
    return ids


def check_source(src, ids):
    for part in src.split("|"):
        kind, _, rest = part.partition("~") if "~" in part.split(":")[0] else part.partition(":")
        if "~" in part.split(":")[0]:
            words = rest.replace("_", " ").lower()
            if kind == "comment":
                assert any(words in (r["comment"].lower().replace("_", " ")) for r in ROWS), part
            elif kind == "kpi":
                assert any(words == m.replace("_", " ") for m, _ in KP), part
        else:
            assert part in ids, part


def write(name, qs):
    ids = valid_ids()
    out = []
    for q, kind, sources, figs in qs:
        item = {"question": q, "kind": kind}
        if kind == "abstain":
            item["abstain"] = True
        else:
            for s in sources:
                check_source(s, ids)
            item["sources"] = sources
            item["figures"] = [f for f in figs]
            item["abstain"] = False
        out.append(item)
    with open(ROOT / name, "w", encoding="utf-8") as f:
        f.write(f"# {name}: {len(out)} questions, generated by scripts/questions.py from knowledge/\n")
        yaml.safe_dump({"questions": out}, f, sort_keys=False, allow_unicode=True, width=120)
    return Counter(i["kind"] for i in out)


if __name__ == "__main__":
    a, b = write("dev.yaml", DEV), write("heldout.yaml", HELD)
    print(f"{'kind':14s} dev held")
    for k in sorted(set(a) | set(b)):
        print(f"{k:14s} {a[k]:3d} {b[k]:4d}")
    print(f"{'total':14s} {sum(a.values()):3d} {sum(b.values()):4d}")
