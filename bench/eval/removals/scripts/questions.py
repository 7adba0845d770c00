#!/usr/bin/env python3
"""Writes dev.yaml and heldout.yaml; every figure comes from stats.py (the generated files)."""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import stats as st  # noqa: E402

ROOT = os.path.dirname(HERE)
HM, SS = "House move", "Self storage"
SINCE = "2025-10-20"  # last three weeks of the data


def tp(j, stage, touch):
    return f"touchpoint:{j}/{stage}/{touch}"


def stg(j, stage):
    return f"stage:{j}/{stage}"


def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
        return d
    d["sources"] = sources or []
    d["figures"] = [str(f) for f in (figures or [])]
    d["abstain"] = False
    return d


def build(S):
    f = st.fmt
    k = S.k
    i0 = st.r0
    hm_nps = lambda rows: st.nps(rows)  # noqa: E731
    ss_csat = lambda rows: st.csat(rows)  # noqa: E731
    seg_hm = S.by(HM, "segment", st.nps)
    seg_ss = S.by(SS, "segment", st.csat)
    stage_hm = S.by(HM, "stage", st.nps)
    stage_ss = S.by(SS, "stage", st.csat)
    worst_seg_hm = min(seg_hm, key=lambda g: seg_hm[g][0])
    best_seg_hm = max(seg_hm, key=lambda g: seg_hm[g][0])
    worst_seg_ss = min(seg_ss, key=lambda g: seg_ss[g][0])
    best_seg_ss = max(seg_ss, key=lambda g: seg_ss[g][0])
    worst_stage_hm = min(stage_hm, key=lambda g: stage_hm[g][0])
    worst_stage_ss = min(stage_ss, key=lambda g: stage_ss[g][0])
    neg_tp_hm = next(iter(S.neg_counts(HM, "touchpoint")))
    neg_tp_ss = next(iter(S.neg_counts(SS, "touchpoint")))

    def off_target(journey):
        ss = [s for (j, _), s in S.kpis.items() if j == journey and not s.on_target()]
        return sorted(ss, key=lambda s: -s.rel_gap_bad())

    off_ss = off_target(SS)
    off_hm = off_target(HM)
    # comparison: which of two "lower is better" times is further off, relatively
    drt, sqt = k(SS, "deposit_refund_time"), k(HM, "survey_to_quote_time")
    worse_time = drt if drt.rel_gap_bad() > sqt.rel_gap_bad() else sqt

    h, s_ = "house-move", "self-storage"
    ARRIVAL = f"{tp(h, 'moving-day', 'crew-arrival-window-sms')}|comment~arrival window|comment~no text|comment~no update"
    KEYPAD = f"{tp(s_, 'access-and-visits', 'gate-keypad-entry')}|comment~keypad|kpi~gate_access_failure_rate"
    PRICE = f"{tp(s_, 'billing-and-payments', 'rent-review-letter')}|comment~price increase|comment~rent increase"

    dev = [
        # pain_points
        q("whats bugging ppl about the video surveys?", "pain_points",
          [tp(h, "quote-and-home-survey", "video-home-survey"), "comment~video survey|comment~underestimated"]),
        q("main complaints abt deposit refunds on storage", "pain_points",
          [tp(s_, "ending-the-rental", "deposit-refund"), "comment~deposit refund"]),
        q("what goes wrong w/ reassembly on move day", "pain_points",
          [tp(h, "moving-day", "furniture-reassembly"), "comment~ran out of time|comment~rebuild"]),
        q("any probs with the DDs for storage units", "pain_points",
          [tp(s_, "billing-and-payments", "monthly-direct-debit"), "comment~direct debit|comment~taken twice"]),
        # touchpoints
        q("what touchpoints are in the packing stage", "touchpoints", [stg(h, "packing-service")],
          ["Packing materials delivery", "Professional packing day", "Fragile items crating", "Room-by-room inventory"]),
        q("list the tps for ending a storage rental", "touchpoints", [stg(s_, "ending-the-rental")],
          ["Notice to vacate", "Move-out inspection", "Deposit refund", "Exit survey"]),
        q("what channel do the crew arrival msgs go out on", "touchpoints",
          [tp(h, "moving-day", "crew-arrival-window-sms")], ["sms"]),
        # owner
        q("who owns the video survey", "owner", [tp(h, "quote-and-home-survey", "video-home-survey")],
          ["Surveying Team"]),
        q("which team looks after the gate keypads", "owner", [tp(s_, "access-and-visits", "gate-keypad-entry")],
          ["Facilities"]),
        q("whos responsible for the rent review letters", "owner",
          [tp(s_, "billing-and-payments", "rent-review-letter")], ["Pricing Team"]),
        q("owner of the damage claim form?", "owner", [tp(h, "after-the-move", "damage-claim-form")],
          ["Customer Care"]),
        # goal
        q("whats the customer goal on moving day", "goal", [stg(h, "moving-day")], ["undamaged"]),
        q("what is the cust trying to achieve in billing n payments (storage)", "goal",
          [stg(s_, "billing-and-payments")], ["right amount"]),
        q("goal of the booking stage for house moves?", "goal", [stg(h, "booking-and-move-date")], ["completion"]),
        # latest_kpi
        q("on time arrival rate atm?", "latest_kpi", ["kpi~on_time_arrival_rate"],
          [f(k(HM, "on_time_arrival_rate").latest)]),
        q("current occupancy for storage?", "latest_kpi", ["kpi~occupancy_rate"], [f(k(SS, "occupancy_rate").latest)]),
        q("latest gate access failure rate", "latest_kpi", ["kpi~gate_access_failure_rate"],
          [f(k(SS, "gate_access_failure_rate").latest)]),
        q("hows survey to quote time looking this wk", "latest_kpi", ["kpi~survey_to_quote_time"],
          [f(k(HM, "survey_to_quote_time").latest)]),
        # kpi_change
        q("how much has on-time arrival dropped since the start of sept", "kpi_change", ["kpi~on_time_arrival_rate"],
          [f(abs(k(HM, "on_time_arrival_rate").change()))]),
        q("gate access failures - change vs last week?", "kpi_change", ["kpi~gate_access_failure_rate"],
          [f(abs(k(SS, "gate_access_failure_rate").change(1)))]),
        q("by how much did claim resolution days improve over the 10 wks", "kpi_change",
          ["kpi~claim_resolution_days"], [f(abs(k(HM, "claim_resolution_days").change()))]),
        q("storage csat kpi change wow", "kpi_change", ["kpi~csat"], [f(abs(k(SS, "csat").change(1)))]),
        # kpi_window
        q("avg on time arrival over the last 4 weeks", "kpi_window", ["kpi~on_time_arrival_rate"],
          [f(k(HM, "on_time_arrival_rate").mean_last(4))]),
        q("max survey to quote time across the snapshots?", "kpi_window", ["kpi~survey_to_quote_time"],
          [f(max(k(HM, "survey_to_quote_time").values))]),
        q("mean occupancy last 4 wks", "kpi_window", ["kpi~occupancy_rate"], [f(k(SS, "occupancy_rate").mean_last(4))]),
        # comparison
        q("csat house moves vs storage, latest?", "comparison", ["kpi~csat"],
          [f(k(HM, "csat").latest), f(k(SS, "csat").latest)]),
        q("is payment failure rate over target? whats it vs the target", "comparison", ["kpi~payment_failure_rate"],
          [f(k(SS, "payment_failure_rate").latest), f(k(SS, "payment_failure_rate").target)]),
        q("storage nps vs house move nps (kpi, latest wk)", "comparison", ["kpi~nps"],
          [f(k(SS, "nps").latest), f(k(HM, "nps").latest)]),
        # ranking
        q("which storage metrics are furthest off target", "ranking",
          [f"kpi~{off_ss[0].metric}|kpi~{off_ss[1].metric}"], [off_ss[0].metric, off_ss[1].metric]),
        q("which house move touchpoint gets the most negative comments", "ranking",
          [ARRIVAL], [neg_tp_hm]),
        q("which stage of storage has the lowest csat in the comments", "ranking",
          [stg(s_, st_slug(worst_stage_ss)), "comment~direct debit|comment~price increase|comment~insurance"],
          [worst_stage_ss]),
        # segment
        q("which customer segment is least happy w house moves", "segment",
          ["journey:house-move", "comment~first time buyer"], [worst_seg_hm, i0(seg_hm[worst_seg_hm][0])]),
        q("how do business customers rate storage (csat from comments)", "segment",
          ["journey:self-storage", "comment~small business"], [i0(seg_ss["Business"][0])]),
        q("downsizers nps?", "segment", ["journey:house-move", "comment~downsizing"], [i0(seg_hm["Downsizer"][0])]),
        q("best segment for storage csat", "segment", ["journey:self-storage", "comment~between selling"],
          [best_seg_ss, i0(seg_ss[best_seg_ss][0])]),
        # derived_score
        q("whats the nps from the house move survey comments", "derived_score",
          ["journey:house-move", "comment~house move", "kpi~nps"], [i0(hm_nps(S.c(HM)))]),
        q("csat for storage from the feedback export?", "derived_score",
          ["journey:self-storage", "kpi~csat", "comment~storage"], [i0(ss_csat(S.c(SS)))]),
        q("nps for the moving day stage based on comments", "derived_score",
          [stg(h, "moving-day"), "comment~crew"], [i0(stage_hm["Moving day"][0])]),
        q("storage csat from comments since 20 oct", "derived_score",
          ["journey:self-storage", KEYPAD, PRICE], [i0(ss_csat(S.since(S.c(SS), SINCE)))]),
        # themes
        q("top themes in storage feedback", "themes",
          [KEYPAD, "comment~direct debit|comment~friendly|comment~spotless|comment~deposit refund", PRICE]),
        q("what r ppl saying about damage on moves", "themes",
          [tp(h, "moving-day", "loading-and-transport"), "comment~damaged|comment~scratched|comment~broken",
           tp(h, "after-the-move", "damage-claim-form")]),
        q("common complaints about quotes", "themes",
          [tp(h, "quote-and-home-survey", "fixed-price-quote-email"),
           "comment~quote|comment~hidden extras|comment~charged extra", stg(h, "quote-and-home-survey")]),
        # praise
        q("what do ppl love about the movers", "praise",
          ["comment~brilliant|comment~careful|comment~professional", tp(h, "packing-service", "professional-packing-day"),
           tp(h, "moving-day", "loading-and-transport")]),
        q("any nice comments about the storage staff", "praise",
          ["comment~friendly|comment~helpful|comment~lovely team", tp(s_, "access-and-visits", "store-reception-desk")]),
        q("what gets praised in the packing service", "praise",
          [stg(h, "packing-service"), "comment~packing team|comment~packing crew|comment~crate",
           tp(h, "packing-service", "professional-packing-day")]),
        # emerging
        q("anything new popping up in the last couple wks for house moves?", "emerging", [ARRIVAL]),
        q("whats new in storage complaints lately", "emerging", [KEYPAD, PRICE]),
        q("any emerging themes since mid oct", "emerging", [ARRIVAL, KEYPAD, PRICE]),
        # priority
        q("if we could fix one thing in storage this month what should it be", "priority", [KEYPAD, PRICE]),
        q("biggest priority for house move ops rn", "priority", [ARRIVAL, "kpi~on_time_arrival_rate|kpi~nps"]),
        q("where should digital focus on the storage side", "priority",
          [tp(s_, "unit-enquiry-and-booking", "unit-size-calculator"), "kpi~online_booking_conversion",
           tp(s_, "access-and-visits", "storage-app"), "comment~calculator|comment~app"]),
        # paraphrase
        q("the bit where ppl want a firm price w no surprises - whats going wrong there", "paraphrase",
          [stg(h, "quote-and-home-survey"), "comment~underestimated|comment~hidden extras|comment~charged extra",
           tp(h, "quote-and-home-survey", "video-home-survey")]),
        q("whats the pain in the part where ppl just want to get to their stuff whenever", "paraphrase",
          [stg(s_, "access-and-visits"), KEYPAD, tp(s_, "access-and-visits", "storage-app")]),
        q("the texts telling ppl when the van shows up - how's that metric doing", "paraphrase",
          ["kpi~on_time_arrival_rate", tp(h, "moving-day", "crew-arrival-window-sms")],
          [f(k(HM, "on_time_arrival_rate").latest)]),
        # abstain
        q("whats pickfords nps this quarter", "abstain", abstain=True),
        q("nps forecast for house moves in 2027?", "abstain", abstain=True),
        q("how much revenue did storage bring in in oct", "abstain", abstain=True),
        q("how many crew members do we employ atm", "abstain", abstain=True),
        q("pain points in the office relocation (commercial moves) journey?", "abstain", abstain=True),
        q("van fuel cost per move last month", "abstain", abstain=True),
    ]

    held = [
        # pain_points
        q("why r people annoyed at the date change thing", "pain_points",
          [tp(h, "booking-and-move-date", "date-change-request"), "comment~date change fee|comment~completion"]),
        q("pain points in the after move stage", "pain_points",
          [stg(h, "after-the-move"), tp(h, "after-the-move", "damage-claim-form"), "comment~claim|comment~extra hours"]),
        q("issues with the size calc on the storage site?", "pain_points",
          [tp(s_, "unit-enquiry-and-booking", "unit-size-calculator"), "comment~calculator"]),
        q("wht do customers moan about at move in paperwork", "pain_points",
          [tp(s_, "move-in-day", "move-in-paperwork-and-id-check"), "comment~paperwork|comment~sign in"]),
        # touchpoints
        q("touchpoints in the quote n survey bit?", "touchpoints", [stg(h, "quote-and-home-survey")],
          ["Online quote form", "Video home survey", "In-home surveyor visit", "Fixed-price quote email"]),
        q("what tps do we have for storage billing", "touchpoints", [stg(s_, "billing-and-payments")],
          ["Monthly direct debit", "Contents insurance cover", "Rent review letter", "Missed payment reminder"]),
        q("how do storage customers get their deposit back, what channel", "touchpoints",
          [tp(s_, "ending-the-rental", "deposit-refund")], ["bank transfer"]),
        # owner
        q("who runs the arrival window texts", "owner", [tp(h, "moving-day", "crew-arrival-window-sms")],
          ["Operations Control"]),
        q("who owns the storage app", "owner", [tp(s_, "access-and-visits", "storage-app")], ["Digital Team"]),
        q("which team does the box pick up after a move", "owner", [tp(h, "after-the-move", "box-collection")],
          ["Logistics"]),
        q("who handles direct debits for storage", "owner", [tp(s_, "billing-and-payments", "monthly-direct-debit")],
          ["Accounts Team"]),
        q("who owns the self storage journey overall", "owner", ["journey:self-storage"], ["Storage Division"]),
        # goal
        q("what does the customer want out of the quote stage", "goal", [stg(h, "quote-and-home-survey")],
          ["fair price"]),
        q("goal for move-in day at the store?", "goal", [stg(s_, "move-in-day")], ["day one"]),
        q("whats the goal of ending the rental", "goal", [stg(s_, "ending-the-rental")], ["stop paying"]),
        # latest_kpi
        q("claim resolution days latest?", "latest_kpi", ["kpi~claim_resolution_days"],
          [f(k(HM, "claim_resolution_days").latest)]),
        q("whats online booking conv at now", "latest_kpi", ["kpi~online_booking_conversion"],
          [f(k(SS, "online_booking_conversion").latest)]),
        q("storage churn this week", "latest_kpi", ["kpi~churn_rate"], [f(k(SS, "churn_rate").latest)]),
        q("house move nps kpi latest", "latest_kpi", ["kpi~nps"], [f(k(HM, "nps").latest)]),
        # kpi_change
        q("house move nps change since 1 sept", "kpi_change", ["kpi~nps"], [f(abs(k(HM, "nps").change()))]),
        q("occupancy up by how much since the first snapshot", "kpi_change", ["kpi~occupancy_rate"],
          [f(abs(k(SS, "occupancy_rate").change()))]),
        q("on time arrivals: change vs prev week", "kpi_change", ["kpi~on_time_arrival_rate"],
          [f(abs(k(HM, "on_time_arrival_rate").change(1)))]),
        q("storage nps down how much since early sept", "kpi_change", ["kpi~nps"], [f(abs(k(SS, "nps").change()))]),
        # kpi_window
        q("avg storage csat over the last 4 wks", "kpi_window", ["kpi~csat"], [f(k(SS, "csat").mean_last(4))]),
        q("best on-time arrival week in the data?", "kpi_window", ["kpi~on_time_arrival_rate"],
          [f(max(k(HM, "on_time_arrival_rate").values))]),
        q("average gate failure rate last 4 weeks", "kpi_window", ["kpi~gate_access_failure_rate"],
          [f(k(SS, "gate_access_failure_rate").mean_last(4))]),
        # comparison
        q("on time arrival vs target?", "comparison", ["kpi~on_time_arrival_rate"],
          [f(k(HM, "on_time_arrival_rate").latest), f(k(HM, "on_time_arrival_rate").target)]),
        q("which is worse vs its target: deposit refund time or survey to quote time", "comparison",
          ["kpi~deposit_refund_time|kpi~survey_to_quote_time"], [worse_time.metric, f(drt.latest), f(sqt.latest)]),
        q("quote conversion vs online booking conversion, which one's closer to target", "comparison",
          ["kpi~quote_conversion_rate|kpi~online_booking_conversion"],
          [f(k(HM, "quote_conversion_rate").latest), f(k(SS, "online_booking_conversion").latest)]),
        # ranking
        q("rank the house move kpis that are off target, worst first", "ranking",
          ["|".join(f"kpi~{s.metric}" for s in off_hm)], [s.metric for s in off_hm]),
        q("worst stage for nps in the house move comments", "ranking",
          [stg(h, st_slug(worst_stage_hm)), ARRIVAL], [worst_stage_hm]),
        q("which storage touchpoint has the most complaints", "ranking", [KEYPAD], [neg_tp_ss]),
        # segment
        q("family home nps from comments?", "segment", ["journey:house-move", "comment~family of five"],
          [i0(seg_hm["Family home"][0])]),
        q("student csat for storage", "segment", ["journey:self-storage", "comment~student"],
          [i0(seg_ss["Student"][0])]),
        q("which segment is happiest on house moves", "segment", ["journey:house-move", "comment~relocating for work"],
          [best_seg_hm, i0(seg_hm[best_seg_hm][0])]),
        q("worst storage segment by csat", "segment", ["journey:self-storage", "comment~small business"],
          [worst_seg_ss, i0(seg_ss[worst_seg_ss][0])]),
        # derived_score
        q("comment nps for house moves since 20 oct", "derived_score", ["journey:house-move", ARRIVAL],
          [i0(hm_nps(S.since(S.c(HM), SINCE)))]),
        q("csat from comments for access and visits", "derived_score",
          [stg(s_, "access-and-visits"), KEYPAD, "comment~spotless|comment~friendly"],
          [i0(stage_ss["Access and visits"][0])]),
        q("nps from comments on the packing service", "derived_score",
          [stg(h, "packing-service"), "comment~packing|comment~boxes"], [i0(stage_hm["Packing service"][0])]),
        q("storage comment csat up to 19 oct", "derived_score", ["journey:self-storage", "kpi~csat"],
          [i0(ss_csat([r for r in S.c(SS) if r["date"].isoformat() < SINCE]))]),
        # themes
        q("main themes in house move comments", "themes",
          [ARRIVAL, "comment~brilliant|comment~careful|comment~damaged|comment~claim|comment~quote"]),
        q("what are customers saying about billing for storage", "themes",
          [stg(s_, "billing-and-payments"), "comment~direct debit|comment~insurance|comment~reminder", PRICE]),
        q("themes around ending rentals", "themes",
          [stg(s_, "ending-the-rental"), "comment~deposit refund|comment~notice|comment~inspection"]),
        # praise
        q("positives from storage customers?", "praise",
          ["comment~spotless|comment~friendly|comment~secure|comment~handy|comment~no brainer|comment~lifesaver"]),
        q("what do customers like about the surveys n quotes", "praise",
          [tp(h, "quote-and-home-survey", "video-home-survey"), "comment~spot on|comment~itemised|comment~thorough",
           stg(h, "quote-and-home-survey")]),
        q("good feedback on move out?", "praise",
          [tp(s_, "ending-the-rental", "move-out-inspection"), "comment~painless"]),
        # emerging
        q("new themes in the last 3 wks?", "emerging", [ARRIVAL, KEYPAD, PRICE]),
        q("anything recent about price rises on storage", "emerging", [PRICE]),
        q("are we seeing new moving day complaints lately", "emerging", [ARRIVAL]),
        # priority
        q("what should we prioritise on house moves next sprint", "priority",
          [ARRIVAL, "kpi~on_time_arrival_rate|kpi~nps"]),
        q("top 3 things to fix for storage customers", "priority",
          [KEYPAD, PRICE, "comment~direct debit|comment~deposit refund"]),
        q("what should the accounts team fix first", "priority",
          [tp(s_, "ending-the-rental", "deposit-refund"), tp(s_, "billing-and-payments", "monthly-direct-debit"),
           "kpi~deposit_refund_time|kpi~payment_failure_rate", "comment~deposit refund|comment~direct debit"]),
        # paraphrase
        q("stage where customers lock in a date that matches completion - pain points?", "paraphrase",
          [stg(h, "booking-and-move-date"), tp(h, "booking-and-move-date", "date-change-request"),
           "comment~date change|comment~completion"]),
        q("the 'stop paying once i leave' stage, what do ppl complain about", "paraphrase",
          [stg(s_, "ending-the-rental"), "comment~notice|comment~deposit refund",
           tp(s_, "ending-the-rental", "deposit-refund")]),
        q("the pin pad on the gate, failure rate now?", "paraphrase", ["kpi~gate_access_failure_rate", KEYPAD],
          [f(k(SS, "gate_access_failure_rate").latest)]),
        # abstain
        q("big yellow's occupancy rate?", "abstain", abstain=True),
        q("what will occupancy be next summer", "abstain", abstain=True),
        q("whats our share price doing this week", "abstain", abstain=True),
        q("staff turnover in the packing crews?", "abstain", abstain=True),
        q("international removals journey - customs stage pain points?", "abstain", abstain=True),
        q("google review rating for the croydon store", "abstain", abstain=True),
    ]
    return dev, held


def st_slug(name):
    import re
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


KINDS = ["pain_points", "touchpoints", "owner", "goal", "latest_kpi", "kpi_change", "kpi_window", "comparison",
         "ranking", "segment", "derived_score", "themes", "praise", "emerging", "priority", "paraphrase", "abstain"]


def known_ids():
    import json
    ids = set()
    maps = os.path.join(ROOT, "knowledge", "maps")
    for name in os.listdir(maps):
        with open(os.path.join(maps, name), encoding="utf-8") as fh:
            m = json.load(fh) if name.endswith(".json") else yaml.safe_load(fh)
        j = m.get("id") or st_slug(m["name"])
        ids.add(f"journey:{j}")
        for stage in m["stages"]:
            sid = f"{j}/{st_slug(stage['name'])}"
            ids.add(f"stage:{sid}")
            for t in stage.get("touchpoints", []):
                ids.add(f"touchpoint:{sid}/{st_slug(t['name'])}")
    return ids


def check_sources(qs, ids, S):
    texts = [r["comment"].lower() for r in S.comments if not r["junk"]]
    for x in qs:
        for src in x.get("sources", []):
            for alt in src.split("|"):
                if "~" not in alt:
                    assert alt in ids, (x["question"], alt)
                elif alt.startswith("comment~"):
                    words = alt[len("comment~"):].replace("_", " ").lower()
                    assert any(words in t for t in texts), (x["question"], alt)


def main():
    S = st.load()
    dev, held = build(S)
    ids = known_ids()
    check_sources(dev, ids, S)
    check_sources(held, ids, S)
    for name, qs in (("dev.yaml", dev), ("heldout.yaml", held)):
        kinds = {kd: sum(x["kind"] == kd for x in qs) for kd in KINDS}
        assert all(kinds.values()), kinds
        assert 56 <= len(qs) <= 64, len(qs)
        assert sum(x.get("abstain", False) for x in qs) >= 5
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            fh.write(f"# removals base, {name.split('.')[0]} half; generated by scripts/build.py (figures from stats.py)\n")
            yaml.safe_dump({"questions": qs}, fh, sort_keys=False, allow_unicode=True, width=200)
        print(name, len(qs), kinds)


if __name__ == "__main__":
    main()
