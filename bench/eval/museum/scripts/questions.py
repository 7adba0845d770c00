#!/usr/bin/env python3
"""Write dev.yaml and heldout.yaml with every figure taken from stats.figures().

    python3 scripts/questions.py
Also checks that every exact gold id exists in the maps/comments and every `comment~words` matches a comment.
"""
import json
import re
from collections import Counter
from pathlib import Path

import yaml

from stats import K, figures, load, rnd

ROOT = K.parent
F = figures()
KP = F["kpi"]
V, M = "Museum visit", "Membership"


def kv(metric, field, journey=None):
    if journey is None:
        [key] = [k for k in KP if k.startswith(metric + "@")]
    else:
        key = f"{metric}@{journey}"
    return KP[key][field]


def nps_of(sect, key=None):
    v = F["nps"][sect] if key is None else F["nps"][sect][key]
    return rnd(v[0])


def csat_of(sect, key=None):
    v = F["csat"][sect] if key is None else F["csat"][sect][key]
    return rnd(v[0])


VS = "stage:museum-visit/"
VT = "touchpoint:museum-visit/"
MS = "stage:membership/"
MT = "touchpoint:membership/"


def q(question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
        return d
    d["sources"] = sources or []
    d["figures"] = [str(f) for f in (figures or [])]
    d["abstain"] = False
    return d


stage_nps = F["nps"]["visit_stage"]
worst_visit_stage = min(stage_nps, key=lambda s: stage_nps[s][0])
best_visit_stage = max(stage_nps, key=lambda s: stage_nps[s][0])
seg_nps = F["nps"]["visit_seg"]
worst_vseg = min(seg_nps, key=lambda s: seg_nps[s][0])
mseg = F["csat"]["memb_seg"]
best_mseg = max(mseg, key=lambda s: mseg[s][0])
worst_mseg = min(mseg, key=lambda s: mseg[s][0])
mstage = F["csat"]["memb_stage"]
worst_mstage = min(mstage, key=lambda s: mstage[s][0])
off_gap = sorted(KP, key=lambda k: KP[k]["rel_gap"])
furthest_off = off_gap[0].split("@")[0]
mover3 = max(KP, key=lambda k: KP[k]["rel_change_3w"]).split("@")[0]
on_target = sorted({k.split("@")[0] for k in KP if KP[k]["on_target"]})
assert worst_vseg == "International tourist" and worst_mseg == "Young Member (16-25)"
assert furthest_off == mover3 == "security_queue_time"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


DEV = [
    # pain_points
    q("whats annoying ppl about the slot picker", "pain_points",
      [VT + "booking-timed-tickets/timed-slot-picker", "comment~slot"]),
    q("main complaints abt the cloakroom?", "pain_points",
      [VT + "arrival-and-security/cloakroom", "comment~cloakroom"]),
    q("pain points w direct debit sign up", "pain_points",
      [MT + "joining-as-a-member/direct-debit-setup", MT + "joining-as-a-member/online-join-form", "comment~direct debit"]),
    q("why r members moaning about the plastic card", "pain_points",
      [MT + "member-card-and-app/physical-member-card", "comment~card"]),
    # touchpoints
    q("what touchpoints are in the arrival bit", "touchpoints",
      [VS + "arrival-and-security", VT + "arrival-and-security/cloakroom|" + VT + "arrival-and-security/welcome-desk"],
      ["Cloakroom", "Welcome desk", "Step-free entrance"]),
    q("list the tps for gift memberships pls", "touchpoints",
      [MS + "gift-memberships", MT + "gift-memberships/gift-pack-delivery"],
      ["Gift pack delivery", "Gift activation code"]),
    q("which channels do we reach ppl on when theyre looking for an exhibition", "touchpoints",
      [VS + "finding-an-exhibition", VT + "finding-an-exhibition/exhibitions-newsletter"],
      ["email", "social"]),
    # owner
    q("who owns bag search", "owner",
      [VT + "arrival-and-security/bag-search-and-security-screening"], ["Facilities and Security"]),
    q("who runs the members app", "owner", [MT + "member-card-and-app/members-app"], ["Digital Product"]),
    q("owner of gift pack posting?", "owner", [MT + "gift-memberships/gift-pack-delivery"], ["Supporter Care"]),
    q("which team looks after the kids trail", "owner", [VT + "in-the-galleries/family-trail"], ["Learning team"]),
    # goal
    q("whats the goal of the arrival stage", "goal", [VS + "arrival-and-security"], ["welcome"]),
    q("what r we trying to achieve w gift memberships", "goal", [MS + "gift-memberships"], ["on time"]),
    q("goal for member card n app stage?", "goal", [MS + "member-card-and-app"], ["door"]),
    # latest_kpi
    q("security queue time rn?", "latest_kpi", ["kpi~security_queue_time"], [kv("security_queue_time", "latest")]),
    q("member app login success rate this wk", "latest_kpi", ["kpi~app_login_success_rate"],
      [kv("app_login_success_rate", "latest")]),
    q("whats the renewal rate atm", "latest_kpi", ["kpi~member_renewal_rate"], [kv("member_renewal_rate", "latest")]),
    q("latest cafe csat kpi", "latest_kpi", ["kpi~cafe_csat"], [kv("cafe_csat", "latest")]),
    # kpi_change
    q("how much has security queue time gone up since last week", "kpi_change", ["kpi~security_queue_time"],
      [kv("security_queue_time", "wow")]),
    q("app login success drop since start of feb?", "kpi_change", ["kpi~app_login_success_rate"],
      [kv("app_login_success_rate", "since_first")]),
    q("how far has renewal rate fallen over the whole period", "kpi_change", ["kpi~member_renewal_rate"],
      [kv("member_renewal_rate", "since_first")]),
    q("visit nps change wk on wk", "kpi_change", ["kpi~nps"], [kv("nps", "wow", V)]),
    # kpi_window
    q("security queue time w/c 9 march", "kpi_window", ["kpi~security_queue_time"],
      [kv("security_queue_time", "by_date")["2026-03-09"]]),
    q("what was app login success on 16 mar", "kpi_window", ["kpi~app_login_success_rate"],
      [kv("app_login_success_rate", "by_date")["2026-03-16"]]),
    q("how much has the security queue grown over the last 3 wks", "kpi_window", ["kpi~security_queue_time"],
      [kv("security_queue_time", "last3")]),
    # comparison
    q("visit nps vs membership nps latest", "comparison", ["kpi~nps"],
      [kv("nps", "latest", V), kv("nps", "latest", M)]),
    q("is cafe csat above or below target", "comparison", ["kpi~cafe_csat"],
      [kv("cafe_csat", "latest"), kv("cafe_csat", "target")]),
    q("visitor comment nps before vs since 23 march?", "comparison",
      ["journey:museum-visit", "comment~new bag policy", "comment~exhibition"],
      [nps_of("visit_first7w"), nps_of("visit_last3w")]),
    # ranking
    q("which kpi is furthest off target rn", "ranking", ["kpi~" + furthest_off], [furthest_off]),
    q("worst stage for nps in the visitor comments", "ranking",
      [VS + slug(worst_visit_stage), "comment~slot|comment~booking fee"], [worst_visit_stage]),
    q("which kpis r on target atm", "ranking", ["kpi~" + m for m in on_target], on_target),
    # segment
    q("which visitor segment is least happy nps wise", "segment",
      ["comment~new bag policy", "journey:museum-visit"], [worst_vseg, nps_of("visit_seg", worst_vseg)]),
    q("how do young members rate us", "segment", ["comment~app update", "journey:membership"],
      [csat_of("memb_seg", worst_mseg)]),
    q("what are intl tourists complaining abt", "segment",
      ["comment~new bag policy", "comment~booking fee", "comment~opening hours"]),
    # derived_score
    q("nps from the comments for the visit journey overall", "derived_score",
      ["journey:museum-visit", "comment~exhibition"], [nps_of("visit")]),
    q("membership csat from the member survey", "derived_score", ["journey:membership", "comment~member"],
      [csat_of("membership")]),
    q("what nps do ppl give the galleries stage in comments", "derived_score",
      [VS + "in-the-galleries", "comment~exhibition|comment~visitor assistant"], [nps_of("visit_stage", "In the galleries")]),
    q("courtyard cafe csat from the till survey", "derived_score",
      [VT + "cafe-and-shop/courtyard-cafe", "comment~cafe"], [csat_of("visit_tp", "Courtyard cafe")]),
    # themes
    q("top themes in visitor feedback", "themes",
      ["comment~new bag policy", "comment~exhibition", "comment~visitor assistant", "comment~slot", "comment~cafe"]),
    q("what r members talking about most", "themes",
      ["comment~app update", "comment~preview evening", "comment~priority booking", "comment~price"]),
    q("recurring issues in the cafe n shop comments", "themes",
      [VS + "cafe-and-shop", "comment~queue", "comment~expensive", "comment~cafe"]),
    # praise
    q("what do ppl love about the visit", "praise",
      ["comment~visitor assistant", "comment~exhibition", "comment~staff", VT + "in-the-galleries/visitor-assistants"]),
    q("any nice feedback on member previews", "praise",
      ["comment~preview", MT + "member-events-and-priority-booking/member-preview-evenings"]),
    q("what do families actually like", "praise", ["comment~family trail", "comment~kids", VT + "in-the-galleries/family-trail"]),
    # emerging
    q("anything new coming up in visit comments last couple weeks", "emerging",
      ["comment~new bag policy", VT + "arrival-and-security/bag-search-and-security-screening"], ["bag"]),
    q("new issues in membership feedback recently?", "emerging",
      ["comment~app update", "comment~code", MT + "member-card-and-app/members-app"], ["app"]),
    q("whats new w gift memberships lately, any spikes", "emerging",
      ["comment~code", MT + "gift-memberships/gift-activation-code", "kpi~gift_activation_rate"], ["code"]),
    # priority
    q("what should we fix first in membership", "priority",
      ["kpi~app_login_success_rate", "comment~app update", MT + "member-card-and-app/members-app"], ["app"]),
    q("biggest priority for the visit experience rn", "priority",
      ["kpi~security_queue_time", "comment~new bag policy", VT + "arrival-and-security/bag-search-and-security-screening"],
      ["bag"]),
    q("where do we focus to stop renewals sliding", "priority",
      ["kpi~member_renewal_rate", "comment~price", MS + "renewing-membership"], ["price"]),
    # paraphrase
    q("whats hurting people when they try to grab an entry time online", "paraphrase",
      [VS + "booking-timed-tickets", VT + "booking-timed-tickets/timed-slot-picker", "comment~slot"]),
    q("problems proving ur a member at the door", "paraphrase",
      [MS + "member-card-and-app", MT + "member-card-and-app/digital-member-card", "comment~app update|comment~card"]),
    q("issues when ppl buy membership as a present", "paraphrase",
      [MS + "gift-memberships", "comment~gift"]),
    q("whats going wrong when folk are picking which show to see and what day", "paraphrase",
      [VS + "finding-an-exhibition", VT + "finding-an-exhibition/exhibition-listings-page", "comment~website"]),
    # abstain
    q("whats the tate's membership renewal rate", "abstain", abstain=True),
    q("visitor nps forecast for 2027?", "abstain", abstain=True),
    q("how much revenue did the shop make last month", "abstain", abstain=True),
    q("how many visitor assistants do we employ atm", "abstain", abstain=True),
    q("nps for the school groups booking journey", "abstain", abstain=True),
    q("whats the car park occupancy rate this week", "abstain", abstain=True),
]

HELD = [
    # pain_points
    q("what goes wrong w/ the audio guide", "pain_points",
      [VT + "in-the-galleries/audio-guide-app", "comment~audio guide"]),
    q("issues at the step free entrance?", "pain_points",
      [VT + "arrival-and-security/step-free-entrance", "comment~lift"]),
    q("members lounge complaints", "pain_points",
      [MT + "member-events-and-priority-booking/members-room", "comment~members room"]),
    q("whats wrong with the box office phones", "pain_points",
      [VT + "booking-timed-tickets/box-office-phone-line", "comment~on hold"]),
    # touchpoints
    q("touchpoints in the galleries stage?", "touchpoints",
      [VS + "in-the-galleries", VT + "in-the-galleries/audio-guide-app|" + VT + "in-the-galleries/family-trail"],
      ["Audio guide app", "Family trail", "Visitor assistants"]),
    q("what are all the touchpoints for renewing", "touchpoints",
      [MS + "renewing-membership", MT + "renewing-membership/renewal-reminder-email"],
      ["Renewal reminder email", "Lapsed member win-back"]),
    q("where do we touch ppl in the cafe n shop stage", "touchpoints",
      [VS + "cafe-and-shop", VT + "cafe-and-shop/courtyard-cafe|" + VT + "cafe-and-shop/museum-shop"],
      ["Courtyard cafe", "Museum shop"]),
    # owner
    q("who owns the eticket email", "owner",
      [VT + "booking-timed-tickets/e-ticket-confirmation-email"], ["Ticketing team"]),
    q("whos responsible for the courtyard cafe", "owner", [VT + "cafe-and-shop/courtyard-cafe"], ["Albion Catering"]),
    q("priority booking - whose is it?", "owner",
      [MT + "member-events-and-priority-booking/priority-booking-window"], ["Ticketing team"]),
    q("who owns lapsed member winback emails", "owner",
      [MT + "renewing-membership/lapsed-member-win-back"], ["CRM team"]),
    # goal
    q("goal of booking timed tix stage", "goal", [VS + "booking-timed-tickets"], ["fair price"]),
    q("what's the joining stage meant to achieve", "goal", [MS + "joining-as-a-member"], ["minutes"]),
    q("whats the aim for the galleries part of the journey", "goal", [VS + "in-the-galleries"], ["own pace"]),
    # latest_kpi
    q("audio guide uptake latest?", "latest_kpi", ["kpi~audio_guide_uptake"], [kv("audio_guide_uptake", "latest")]),
    q("current gift activation rate", "latest_kpi", ["kpi~gift_activation_rate"], [kv("gift_activation_rate", "latest")]),
    q("new member joins last wk", "latest_kpi", ["kpi~new_member_joins"], [kv("new_member_joins", "latest")]),
    q("checkout abandonment now?", "latest_kpi", ["kpi~checkout_abandonment_rate"],
      [kv("checkout_abandonment_rate", "latest")]),
    # kpi_change
    q("how much did gift activation fall vs the previous week", "kpi_change", ["kpi~gift_activation_rate"],
      [kv("gift_activation_rate", "wow")]),
    q("audio guide uptake up by how much since early feb", "kpi_change", ["kpi~audio_guide_uptake"],
      [kv("audio_guide_uptake", "since_first")]),
    q("membership nps change since the first snapshot", "kpi_change", ["kpi~nps"], [kv("nps", "since_first", M)]),
    q("new joins change vs last week?", "kpi_change", ["kpi~new_member_joins"], [kv("new_member_joins", "wow")]),
    # kpi_window
    q("audio guide uptake w/c 23 feb", "kpi_window", ["kpi~audio_guide_uptake"],
      [kv("audio_guide_uptake", "by_date")["2026-02-23"]]),
    q("gift activation rate in the week of 16 march", "kpi_window", ["kpi~gift_activation_rate"],
      [kv("gift_activation_rate", "by_date")["2026-03-16"]]),
    q("how much has app login success dropped over the last 4 weeks", "kpi_window", ["kpi~app_login_success_rate"],
      [kv("app_login_success_rate", "last4")]),
    # comparison
    q("member churn vs target?", "comparison", ["kpi~member_churn_rate"],
      [kv("member_churn_rate", "latest"), kv("member_churn_rate", "target")]),
    q("compare renewal rate and churn latest", "comparison", ["kpi~member_renewal_rate", "kpi~member_churn_rate"],
      [kv("member_renewal_rate", "latest"), kv("member_churn_rate", "latest")]),
    q("young members vs patrons csat", "comparison", ["journey:membership", "comment~app update", "comment~preview"],
      [csat_of("memb_seg", "Young Member (16-25)"), csat_of("memb_seg", "Patron")]),
    # ranking
    q("which visit stage do ppl rate best in comments", "ranking",
      [VS + slug(best_visit_stage), "comment~exhibition|comment~visitor assistant"], [best_visit_stage]),
    q("biggest kpi mover over the last 3 wks", "ranking", ["kpi~" + mover3], [mover3]),
    q("which membership stage has the lowest csat", "ranking",
      [MS + slug(worst_mstage), "comment~app update"], [worst_mstage]),
    # segment
    q("nps for families w kids", "segment", ["journey:museum-visit", "comment~family trail|comment~kids"],
      [nps_of("visit_seg", "Family with children")]),
    q("which member tier is happiest", "segment", ["journey:membership", "comment~gift|comment~worth"],
      [best_mseg, csat_of("memb_seg", best_mseg)]),
    q("what are young members unhappy about", "segment",
      ["comment~app update", "comment~digital member card", MT + "member-card-and-app/members-app"], ["app"]),
    # derived_score
    q("comment nps for booking timed tickets", "derived_score",
      [VS + "booking-timed-tickets", "comment~slot|comment~booking fee"], [nps_of("visit_stage", "Booking timed tickets")]),
    q("csat for the member card n app stage", "derived_score",
      [MS + "member-card-and-app", "comment~app update|comment~card"], [csat_of("memb_stage", "Member card and app")]),
    q("visitor nps from comments last 3 weeks only", "derived_score",
      ["journey:museum-visit", "comment~new bag policy"], [nps_of("visit_last3w")]),
    q("gift memberships csat?", "derived_score", [MS + "gift-memberships", "comment~gift"],
      [csat_of("memb_stage", "Gift memberships")]),
    # themes
    q("main themes in membership comments", "themes",
      ["comment~app update", "comment~preview evening", "comment~priority booking", "comment~price", "comment~card"]),
    q("what keeps coming up about booking", "themes",
      [VS + "booking-timed-tickets", "comment~slot", "comment~booking fee", "comment~on hold"]),
    q("common stuff ppl say about the galleries", "themes",
      [VS + "in-the-galleries", "comment~exhibition", "comment~visitor assistant", "comment~signage", "comment~audio guide"]),
    # praise
    q("nice things ppl say about staff", "praise",
      ["comment~visitor assistant", "comment~staff", "comment~welcome desk", VT + "in-the-galleries/visitor-assistants"]),
    q("what do members rate highly", "praise",
      ["comment~preview", "comment~worth", "comment~magazine", MT + "member-events-and-priority-booking/member-preview-evenings"]),
    q("shop praise?", "praise", ["comment~shop", VT + "cafe-and-shop/museum-shop"]),
    # emerging
    q("emerging themes at security", "emerging",
      ["comment~new bag policy", VT + "arrival-and-security/bag-search-and-security-screening"], ["bag"]),
    q("anything spiking in app feedback", "emerging",
      ["comment~app update", MT + "member-card-and-app/members-app", "kpi~app_login_success_rate"], ["update"]),
    q("new complaints in the last 3 weeks across both journeys", "emerging",
      ["comment~new bag policy", "comment~app update", "comment~code"], ["bag", "app"]),
    # priority
    q("top fix for the members team this month?", "priority",
      ["kpi~app_login_success_rate", "comment~app update", "kpi~gift_activation_rate", "comment~code"], ["app"]),
    q("whats most urgent at arrival", "priority",
      ["kpi~security_queue_time", "comment~new bag policy", VS + "arrival-and-security"], ["bag"]),
    q("if we could fix one thing in booking what should it be", "priority",
      [VS + "booking-timed-tickets", "kpi~booking_conversion_rate", "comment~slot", "comment~booking fee"]),
    # paraphrase
    q("pain getting thru the front door", "paraphrase",
      [VS + "arrival-and-security", VT + "arrival-and-security/bag-search-and-security-screening", "comment~security"]),
    q("what stops people renewing without nasty surprises", "paraphrase",
      [MS + "renewing-membership", MT + "renewing-membership/auto-renewal-by-direct-debit", "comment~price"]),
    q("problems w early access for members", "paraphrase",
      [MS + "member-events-and-priority-booking", MT + "member-events-and-priority-booking/priority-booking-window",
       "comment~priority booking"]),
    q("whats rough about grabbing lunch at the museum", "paraphrase",
      [VS + "cafe-and-shop", VT + "cafe-and-shop/courtyard-cafe", "comment~cafe"]),
    # abstain
    q("british museum security queue time?", "abstain", abstain=True),
    q("what will renewal rate be in june", "abstain", abstain=True),
    q("membership income this quarter", "abstain", abstain=True),
    q("staff turnover in the visitor experience team", "abstain", abstain=True),
    q("nps for the corporate venue hire journey", "abstain", abstain=True),
    q("whats our website bounce rate", "abstain", abstain=True),
]


def check(sets):
    comments, _ = load()
    texts = [c["comment"].lower() for c in comments]
    ids = {"journey:museum-visit", "journey:membership"}
    for p, ext in (("museum-visit.yaml", yaml.safe_load), ("membership.json", json.load)):
        with open(K / "maps" / p) as f:
            m = ext(f)
        for s in m["stages"]:
            ids.add(f"stage:{m['id']}/{slug(s['name'])}")
            for t in s.get("touchpoints", []):
                ids.add(f"touchpoint:{m['id']}/{slug(s['name'])}/{slug(t['name'])}")
    metrics = {k.split("@")[0] for k in KP}
    for qs in sets:
        for x in qs:
            for src in x.get("sources", []):
                for alt in src.split("|"):
                    if alt.startswith("comment~"):
                        w = alt.split("~", 1)[1].lower()
                        assert any(w in t for t in texts), alt
                    elif alt.startswith("kpi~"):
                        assert alt[4:] in metrics or alt[4:] == "nps", alt
                    else:
                        assert alt in ids, alt


def main():
    check([DEV, HELD])
    for name, qs in (("dev.yaml", DEV), ("heldout.yaml", HELD)):
        with open(ROOT / name, "w", encoding="utf-8") as f:
            f.write(f"# museum base, {name.split('.')[0]} half — generated by scripts/questions.py\n")
            yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=120)
        c = Counter(x["kind"] for x in qs)
        print(name, len(qs), dict(sorted(c.items())))


if __name__ == "__main__":
    main()
