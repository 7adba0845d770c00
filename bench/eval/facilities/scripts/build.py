#!/usr/bin/env python3
"""Seeded generator for the 'facilities' evaluation base (BrightSpan Facilities Services).

Writes every file under knowledge/. Re-running gives byte-identical output (seed below).
    python3 scripts/build.py
"""
import csv
import datetime as dt
import json
import random
import re
from pathlib import Path

import yaml

SEED = 20260315
ROOT = Path(__file__).resolve().parent.parent
KN = ROOT / "knowledge"
WEEKS = [dt.date(2026, 1, 5) + dt.timedelta(weeks=i) for i in range(10)]  # Mondays
LAST_DAY = WEEKS[-1] + dt.timedelta(days=6)
EMERGING_FROM = WEEKS[7]  # last three weeks: 2026-02-23 .. 2026-03-15


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# --------------------------------------------------------------------------- maps
J1 = {
    "id": "winning-a-contract",
    "name": "Winning a contract",
    "persona": "Office or site manager buying commercial cleaning",
    "owner": "Business Development",
    "updated": "2026-03-02",
    "description": "From the first tender enquiry and site survey through proposal, pricing and signature, "
                   "to mobilising the team and the first week of cleaning on a new site.",
    "stages": [
        {"name": "Tender and site survey",
         "goal": "Understand the site's cleaning needs and qualify the tender",
         "emotion": 0,
         "pain_points": ["Survey visits take too long to book",
                         "Tender questionnaires ask for the same site details twice"],
         "opportunities": ["Offer self-booking for survey slots"],
         "touchpoints": [
             {"name": "Tender enquiry form", "channel": "web", "owner": "Business Development",
              "description": "Web form where a prospect requests a quote or invites us to tender."},
             {"name": "Site survey walk-round", "channel": "in-person", "owner": "Estimating team",
              "description": "Estimator walks the site with the client to measure floor areas, washrooms and access.",
              "emotion": 1, "pain_points": ["Estimator arrives late or reschedules"]},
             {"name": "Specification questionnaire", "channel": "email", "owner": "Estimating team",
              "description": "Spreadsheet questionnaire on frequencies, opening hours and special areas.",
              "emotion": -1, "pain_points": ["Long spreadsheet that repeats what the survey captured"]},
             {"name": "Bid clarification call", "channel": "phone", "owner": "Business Development",
              "description": "Call to clear up questions on scope and tender rules before pricing."},
         ]},
        {"name": "Proposal and pricing",
         "goal": "Give the client a clear, comparable price and scope of work",
         "emotion": -1,
         "pain_points": ["Consumables and periodic work priced as hidden extras",
                         "Proposal arrives later than promised"],
         "opportunities": ["All-inclusive price option with consumables bundled"],
         "touchpoints": [
             {"name": "Proposal pack", "channel": "email", "owner": "Bid team",
              "description": "PDF proposal with method statement, staffing plan and price.",
              "metrics": ["proposal_turnaround_time"],
              "pain_points": ["Proposal is long and generic"]},
             {"name": "Pricing schedule and rate card", "channel": "email", "owner": "Commercial Finance",
              "description": "Itemised price per hour, per visit and for periodic work and consumables.",
              "emotion": -1, "pain_points": ["Hard to compare with other bidders' prices"]},
             {"name": "Pitch presentation", "channel": "in-person", "owner": "Business Development",
              "description": "Presentation to the client's panel, usually with the proposed area manager.",
              "metrics": ["tender_win_rate"], "emotion": 1},
             {"name": "Value engineering review", "channel": "video call", "owner": "Bid team",
              "description": "Session to trim scope or frequencies to fit the client's budget."},
         ]},
        {"name": "Contract signing",
         "goal": "Agree terms and SLAs and get the contract signed without delay",
         "emotion": -1,
         "pain_points": ["Legal redlines go back and forth for weeks",
                         "E-signature links expire before everyone has signed"],
         "touchpoints": [
             {"name": "Terms and SLA negotiation", "channel": "email", "owner": "Legal and Contracts",
              "description": "Negotiating the master services agreement, SLAs and service credits.",
              "pain_points": ["Slow turnaround on redlines"]},
             {"name": "E-signature envelope", "channel": "web", "owner": "Legal and Contracts",
              "description": "Contract sent for electronic signature to all signatories."},
             {"name": "TUPE consultation", "channel": "in-person", "owner": "HR Operations",
              "description": "Consultation with cleaners transferring from the outgoing contractor under TUPE.",
              "pain_points": ["Incumbent contractor slow to share staff data"]},
             {"name": "Insurance and compliance pack", "channel": "email", "owner": "Compliance",
              "description": "Insurance certificates, RAMS and COSHH sheets for the client's files."},
         ]},
        {"name": "Mobilisation",
         "goal": "Get staff, keys, equipment and schedules ready before day one",
         "emotion": -1,
         "pain_points": ["Keys and access passes not ready on the start date",
                         "Staff vetting (DBS) checks delay the start"],
         "opportunities": ["Mobilisation tracker shared with the client"],
         "touchpoints": [
             {"name": "Mobilisation kick-off meeting", "channel": "video call", "owner": "Mobilisation team",
              "description": "Kick-off to agree start date, contacts, access and the mobilisation plan.",
              "metrics": ["mobilisation_on_time_rate"]},
             {"name": "Keys and access passes", "channel": "in-person", "owner": "Site Operations",
              "description": "Collecting keys, fobs and alarm codes and issuing access passes to cleaners.",
              "emotion": -2, "pain_points": ["Fobs and alarm codes missing on the first night"]},
             {"name": "Staff vetting and induction", "channel": "in-person", "owner": "HR Operations",
              "description": "DBS and right-to-work checks, site induction and health and safety briefing.",
              "pain_points": ["DBS checks take longer than planned"]},
             {"name": "Equipment and consumables delivery", "channel": "on-site", "owner": "Procurement",
              "description": "Delivery of machines, trolleys, chemicals and washroom consumables."},
             {"name": "Cleaning schedule sign-off", "channel": "email", "owner": "Mobilisation team",
              "description": "Client signs off the area-by-area cleaning schedule and frequencies."},
         ]},
        {"name": "First week on site",
         "goal": "Prove the service works in the first week and build the client's trust",
         "emotion": 0,
         "pain_points": ["Areas missed while the new team learns the site",
                         "Client unsure who to call with a problem"],
         "touchpoints": [
             {"name": "Day-one supervisor visit", "channel": "in-person", "owner": "Area Management",
              "description": "Area supervisor on site for the first shift to guide the new team.",
              "emotion": 2},
             {"name": "First-week check-in call", "channel": "phone", "owner": "Account Management",
              "description": "Account manager calls the client at the end of week one.",
              "metrics": ["first_week_issues_per_site"]},
             {"name": "Welcome pack and contacts sheet", "channel": "email", "owner": "Account Management",
              "description": "Who's who, escalation contacts, helpdesk number and portal invitation."},
             {"name": "Snagging walk-through", "channel": "in-person", "owner": "Area Management",
              "description": "Walk-through with the client to list and fix missed areas."},
         ]},
    ],
}

J2 = {
    "id": "running-the-service",
    "name": "Running the service",
    "persona": "Facilities or office manager on a live cleaning contract",
    "owner": "Operations",
    "updated": "2026-03-02",
    "description": "The day-to-day contract: daily cleaning, the client portal and ad-hoc requests, quality "
                   "audits, issues and complaints, invoicing and renewal.",
    "stages": [
        {"name": "Daily cleaning",
         "goal": "Keep the site clean, stocked and tidy every day to the agreed specification",
         "emotion": 1,
         "pain_points": ["Bins missed on evening cleans",
                         "Washroom consumables run out by mid-afternoon"],
         "touchpoints": [
             {"name": "Evening office clean", "channel": "on-site", "owner": "Site Operations",
              "description": "Main after-hours clean of desks, floors, kitchens and bins.",
              "metrics": ["task_completion_rate"], "emotion": 1},
             {"name": "Washroom restocking", "channel": "on-site", "owner": "Site Operations",
              "description": "Refilling soap, hand towels and toilet rolls and checking washrooms.",
              "pain_points": ["Soap and paper towels run out before the day porter round"]},
             {"name": "Day porter service", "channel": "on-site", "owner": "Site Operations",
              "description": "Daytime porter keeping receptions, kitchens and meeting rooms tidy."},
             {"name": "Cleaner sign-in log", "channel": "app", "owner": "Workforce Management",
              "description": "Cleaners sign in and out on site by phone; clients see attendance."},
         ]},
        {"name": "Client portal and requests",
         "goal": "Let clients raise, track and see proof of ad-hoc requests themselves",
         "emotion": 0,
         "pain_points": ["Requests acknowledged slowly", "Hard to see what was actually done"],
         "opportunities": ["Push notifications when a job is closed"],
         "touchpoints": [
             {"name": "Portal request form", "channel": "web", "owner": "Customer Service Desk",
              "description": "Form in the client portal to request spill cleans, extra cleans or supplies.",
              "metrics": ["portal_response_time", "csat"]},
             {"name": "Job photo proof", "channel": "app", "owner": "Digital Products",
              "description": "Before and after photos attached to closed jobs.", "emotion": 2},
             {"name": "Helpdesk phone line", "channel": "phone", "owner": "Customer Service Desk",
              "description": "24/7 helpdesk number for urgent requests."},
             {"name": "Portal login and user accounts", "channel": "web", "owner": "Digital Products",
              "description": "Signing in to the portal and managing colleagues' user accounts."},
         ]},
        {"name": "Quality audits",
         "goal": "Check and evidence cleaning standards against the specification",
         "emotion": 0,
         "pain_points": ["Audit scores hard to interpret", "Audits cancelled at short notice"],
         "touchpoints": [
             {"name": "Monthly quality audit", "channel": "in-person", "owner": "Quality and Compliance",
              "description": "Scored audit of a sample of rooms against the specification.",
              "metrics": ["audit_pass_rate"]},
             {"name": "Audit report email", "channel": "email", "owner": "Quality and Compliance",
              "description": "Audit score and actions sent to the client after each audit."},
             {"name": "Joint site inspection", "channel": "in-person", "owner": "Account Management",
              "description": "Account manager and client walk the site together each quarter."},
             {"name": "Periodic deep clean", "channel": "on-site", "owner": "Specialist Services",
              "description": "Scheduled carpet shampooing, window cleaning and high-level dusting."},
         ]},
        {"name": "Issues and complaints",
         "goal": "Fix problems quickly and stop them coming back",
         "emotion": -2,
         "pain_points": ["Complaints bounced between the helpdesk and the site team",
                         "The same issue keeps coming back"],
         "touchpoints": [
             {"name": "Complaint logging", "channel": "phone", "owner": "Customer Service Desk",
              "description": "Complaints raised by phone, e-mail or the portal and given a ticket.",
              "metrics": ["complaint_resolution_time"]},
             {"name": "Root cause review", "channel": "meeting", "owner": "Quality and Compliance",
              "description": "Review of repeat complaints to fix the underlying cause.",
              "metrics": ["repeat_complaint_rate"]},
             {"name": "Account manager escalation", "channel": "email", "owner": "Account Management",
              "description": "Escalation to the account manager when a complaint is not resolved."},
             {"name": "Service credit request", "channel": "email", "owner": "Commercial Finance",
              "description": "Client claims a service credit for a missed SLA.", "emotion": -2},
         ]},
        {"name": "Invoicing and renewal",
         "goal": "Bill accurately and keep the client for another contract term",
         "emotion": 0,
         "pain_points": ["Invoices missing purchase order numbers",
                         "Renewal price uplift comes as a surprise"],
         "touchpoints": [
             {"name": "Monthly invoice", "channel": "email", "owner": "Accounts Receivable",
              "description": "Monthly invoice for the contract price.", "metrics": ["invoice_dispute_rate"]},
             {"name": "Variation and extras billing", "channel": "email", "owner": "Commercial Finance",
              "description": "Billing for ad-hoc jobs and variations outside the contract price."},
             {"name": "Quarterly business review", "channel": "in-person", "owner": "Account Management",
              "description": "Quarterly review of KPIs, audits, complaints and improvement plans."},
             {"name": "Renewal proposal", "channel": "email", "owner": "Account Management",
              "description": "Proposal to extend the contract, with any price uplift.",
              "metrics": ["contract_renewal_rate"]},
         ]},
    ],
}

# --------------------------------------------------------------------------- comment text
# key: (journey-id, stage-slug, touchpoint-slug) -> {"pos": [...], "neu": [...], "neg": [...]}
T = {}


def tp(j, stage, touch, pos, neu, neg, mood):
    T[(j, slug(stage), slug(touch))] = {"pos": pos, "neu": neu, "neg": neg, "mood": mood,
                                        "stage": stage, "touch": touch}


W, R = "winning-a-contract", "running-the-service"
tp(W, "Tender and site survey", "Tender enquiry form",
   ["Quick to request a quote, someone called back the same day",
    "Enquiry form was simple and the callback was fast",
    "Easy to invite you to tender, good first impression"],
   ["Form was fine, took a couple of days to hear back",
    "Standard enquiry form, nothing special"],
   ["Filled in the enquiry form twice before anyone called back",
    "Nobody acknowledged our tender invitation for a week"], (0.45, 0.35, 0.20))
tp(W, "Tender and site survey", "Site survey walk-round",
   ["The estimator was thorough on the survey and measured every washroom",
    "Really thorough site survey, he asked about our out-of-hours access",
    "Survey walk-round was professional and well prepared"],
   ["Survey was ok but took three weeks to get booked in",
    "Decent survey, a bit rushed at the end"],
   ["Estimator rescheduled the survey twice and then turned up late",
    "Took nearly a month to get a survey visit booked",
    "Survey missed our basement plant rooms completely"], (0.45, 0.25, 0.30))
tp(W, "Tender and site survey", "Specification questionnaire",
   ["Spec questionnaire helped us think about frequencies we had forgotten"],
   ["Questionnaire was long but we got through it",
    "A lot of questions, most of them relevant"],
   ["The spec spreadsheet asked for the same site details we gave on the survey",
    "Huge spreadsheet questionnaire, repeats everything from the walk-round",
    "Why do we have to fill in floor areas again after the survey measured them"], (0.20, 0.35, 0.45))
tp(W, "Tender and site survey", "Bid clarification call",
   ["Clarification call cleared up the scope questions quickly",
    "Helpful call, they explained the tender rules clearly"],
   ["Clarification call was fine"],
   ["Clarification call kept getting moved and we ran out of time before the deadline"], (0.50, 0.30, 0.20))
tp(W, "Proposal and pricing", "Proposal pack",
   ["Proposal was clear and the staffing plan made sense",
    "Well written proposal, method statement was specific to our building"],
   ["Proposal was ok, quite generic in places",
    "Long proposal, the useful bits were at the back"],
   ["Proposal arrived a week later than promised",
    "Proposal was late and felt copy-pasted from another client",
    "We waited over two weeks for the proposal after the survey"], (0.40, 0.30, 0.30))
tp(W, "Proposal and pricing", "Pricing schedule and rate card",
   ["Rate card was clear and itemised, easy to take to finance"],
   ["Pricing was competitive but hard to read",
    "Price was fine once we understood the rate card"],
   ["Consumables and periodic window cleaning were hidden extras on the price",
    "Impossible to compare your price with other bidders, everything itemised differently",
    "The headline price looked good then hidden extras for consumables appeared",
    "Rate card left out washroom consumables, felt like a hidden extra"], (0.15, 0.30, 0.55))
tp(W, "Proposal and pricing", "Pitch presentation",
   ["Great pitch, meeting the proposed area manager won it for us",
    "Pitch was the best of the bidders, very site specific",
    "Loved that the area manager came to the pitch and knew our site"],
   ["Pitch was fine, a bit long"],
   ["Pitch team could not answer basic questions about our night shift"], (0.65, 0.25, 0.10))
tp(W, "Proposal and pricing", "Value engineering review",
   ["Value engineering session found savings without cutting the important areas"],
   ["Useful review but we lost the weekend clean to hit budget"],
   ["Value engineering just meant cutting hours, nothing clever",
    "They cut our washroom frequency to hit the budget without telling us"], (0.35, 0.30, 0.35))
tp(W, "Contract signing", "Terms and SLA negotiation",
   ["Legal team were pragmatic on the SLAs"],
   ["Negotiation took a while but we got there",
    "Terms were standard, a few rounds of comments"],
   ["Redlines went back and forth for six weeks",
    "Your legal team took ages on every redline, nearly missed our start date",
    "Service credit terms were a real sticking point and took weeks"], (0.20, 0.30, 0.50))
tp(W, "Contract signing", "E-signature envelope",
   ["E-signature was quick, signed on my phone"],
   ["Signing was fine once the right people had the link"],
   ["E-signature link expired before our finance director signed",
    "Had to resend the e-signature envelope three times, the links kept expiring"], (0.35, 0.25, 0.40))
tp(W, "Contract signing", "TUPE consultation",
   ["TUPE meetings were handled sensitively, our cleaners felt looked after",
    "Really good TUPE process, staff were reassured"],
   ["TUPE took time because the old contractor was slow to send staff data"],
   ["TUPE consultation was confusing for the transferring cleaners",
    "Our long-serving cleaners were anxious and nobody explained the TUPE transfer properly"], (0.40, 0.30, 0.30))
tp(W, "Contract signing", "Insurance and compliance pack",
   ["Compliance pack had everything, RAMS and COSHH sheets all there"],
   ["Compliance documents arrived, took a nudge"],
   ["Insurance certificate was out of date in the compliance pack"], (0.45, 0.35, 0.20))
tp(W, "Mobilisation", "Mobilisation kick-off meeting",
   ["Kick-off meeting was well run with a clear mobilisation plan",
    "Mobilisation plan was clear and the kick-off covered everything"],
   ["Kick-off was fine, a lot of slides",
    "Kick-off ok but the plan changed the week after"],
   ["Kick-off meeting happened a week before start, far too late",
    "Start date slipped after the kick-off and nobody told us why"], (0.35, 0.30, 0.35))
tp(W, "Mobilisation", "Keys and access passes",
   ["Keys and fobs were sorted before day one, no drama"],
   ["Access passes came through eventually"],
   ["On the first night the cleaners had no fobs and could not get into the building",
    "Access passes were not ready on the start date so the first clean never happened",
    "Keys and alarm codes were not sorted, the alarm went off on night one",
    "Cleaners arrived without access passes, security sent them home"], (0.15, 0.20, 0.65))
tp(W, "Mobilisation", "Staff vetting and induction",
   ["Induction was thorough, the team knew our fire procedures on day one"],
   ["Vetting took a while but the induction was good"],
   ["DBS checks were not done in time so we started with half the team",
    "Start delayed by two weeks waiting for DBS vetting",
    "Staff vetting delays meant agency cover on our wards"], (0.25, 0.25, 0.50))
tp(W, "Mobilisation", "Equipment and consumables delivery",
   ["Equipment arrived on time and the cupboards were set up neatly"],
   ["Delivery came a day late but it was fine"],
   ["No hand towels or soap delivered for the first week",
    "Scrubber dryer arrived broken and the chemicals were missing"], (0.35, 0.30, 0.35))
tp(W, "Mobilisation", "Cleaning schedule sign-off",
   ["Schedule sign-off was easy, the area by area plan was clear"],
   ["Signed the schedule, took a couple of goes to get the frequencies right"],
   ["Schedule we signed off did not match what the team actually did"], (0.40, 0.35, 0.25))
tp(W, "First week on site", "Day-one supervisor visit",
   ["Supervisor was there on day one and showed the team every room, very reassuring",
    "Loved that the supervisor stayed the whole first shift",
    "Day one supervisor was brilliant, walked the site with the new cleaners"],
   ["Supervisor came on day one, fine"],
   ["No supervisor on the first night despite being promised"], (0.70, 0.20, 0.10))
tp(W, "First week on site", "First-week check-in call",
   ["Account manager called at the end of week one, appreciated that",
    "Week one check-in call was useful and they fixed things the next day"],
   ["Check-in call was short but fine"],
   ["Nobody called to check how the first week went"], (0.55, 0.25, 0.20))
tp(W, "First week on site", "Welcome pack and contacts sheet",
   ["Welcome pack made it clear who to call"],
   ["Welcome pack was ok"],
   ["In the first week I had no idea who to call when the kitchens were missed",
    "Contacts sheet had the wrong helpdesk number"], (0.35, 0.30, 0.35))
tp(W, "First week on site", "Snagging walk-through",
   ["Snagging walk-through picked up the missed areas and they were fixed fast"],
   ["Snagging list was long but they worked through it"],
   ["Meeting rooms and stairwells missed all of the first week",
    "New team kept missing the third floor in week one"], (0.35, 0.30, 0.35))

tp(R, "Daily cleaning", "Evening office clean",
   ["Our evening cleaners are friendly and the office looks great every morning",
    "Desks and kitchens are spotless every morning, great team",
    "The cleaners are lovely and really take pride in the office",
    "Consistently clean office, the night team are brilliant"],
   ["Generally clean, the odd missed desk",
    "Cleaning is ok, kitchens could be better"],
   ["Bins on the second floor missed again on the evening clean",
    "Bins missed three nights this week",
    "Kitchen left dirty after the evening clean, bins overflowing in the morning"], (0.50, 0.25, 0.25))
tp(R, "Daily cleaning", "Washroom restocking",
   ["Washrooms always stocked and smelling fresh"],
   ["Washrooms fine most days"],
   ["Soap and hand towels run out by mid afternoon",
    "Washroom consumables run out every day before lunch is over",
    "Toilet rolls and paper towels keep running out in the ladies"], (0.25, 0.25, 0.50))
tp(R, "Daily cleaning", "Day porter service",
   ["Our day porter is fantastic, reception always looks smart",
    "Day porter is a star, meeting rooms reset between bookings"],
   ["Day porter is fine, sometimes hard to find"],
   ["Day porter spends more time on breaks than in the kitchens"], (0.60, 0.25, 0.15))
tp(R, "Daily cleaning", "Cleaner sign-in log",
   ["Like being able to see when the cleaners signed in"],
   ["Sign-in log is useful but not always filled in"],
   ["Sign-in log says the cleaner was here but the bins were not touched",
    "Attendance log is often blank so we cannot tell if anyone came"], (0.35, 0.30, 0.35))
tp(R, "Client portal and requests", "Portal request form",
   ["Raised a spill clean on the portal and it was done within the hour",
    "Portal requests are easy and quick",
    "Request form is simple, jobs get picked up fast"],
   ["Portal is ok, a bit clunky",
    "Requests get done, acknowledgement takes a while"],
   ["Portal requests sit unacknowledged for a day",
    "Raised an urgent request on the portal and heard nothing until the next morning",
    "No acknowledgement of requests, I end up phoning anyway"], (0.45, 0.25, 0.30))
tp(R, "Client portal and requests", "Job photo proof",
   ["Love the before and after photos on closed jobs",
    "Photo proof on the portal is brilliant, I can show my boss",
    "The job photos give us real confidence the work was done"],
   ["Photos are handy when they are attached"],
   ["Half the jobs are closed with no photo"], (0.70, 0.15, 0.15))
tp(R, "Client portal and requests", "Helpdesk phone line",
   ["Helpdesk answered straight away and were helpful",
    "Helpdesk staff are friendly and sort things quickly"],
   ["Helpdesk was ok, had to wait on hold"],
   ["On hold for 20 minutes to the helpdesk",
    "Helpdesk took my details then nobody called back"], (0.45, 0.25, 0.30))
tp(R, "Client portal and requests", "Portal login and user accounts",
   ["Easy to add my colleagues to the portal"],
   ["Managing users on the portal is fine"],
   ["Adding a new user to the portal takes a ticket to your helpdesk"], (0.45, 0.35, 0.20))
tp(R, "Quality audits", "Monthly quality audit",
   ["Monthly audits are thorough and the scores are fair",
    "Audits keep standards up, good to see the scoring"],
   ["Audit happened, score was fine",
    "Audits are ok, not sure what the score means"],
   ["Audit was cancelled at short notice again",
    "Audit score says 95 but the office is clearly dirty, the scoring is hard to interpret"], (0.40, 0.30, 0.30))
tp(R, "Quality audits", "Audit report email",
   ["Audit reports are clear with actions and photos",
    "Really useful audit report, clear actions"],
   ["Audit report fine but long"],
   ["Audit report is just a number with no explanation"], (0.55, 0.25, 0.20))
tp(R, "Quality audits", "Joint site inspection",
   ["Joint inspection with the account manager was really useful"],
   ["Inspection was ok"],
   ["Joint inspection keeps being postponed"], (0.50, 0.30, 0.20))
tp(R, "Quality audits", "Periodic deep clean",
   ["Carpet shampoo over the weekend was excellent",
    "Windows cleaned on schedule and look great"],
   ["Deep clean done, took two visits"],
   ["Periodic carpet clean was missed off the schedule",
    "Window cleaning skipped two months running"], (0.45, 0.25, 0.30))
tp(R, "Issues and complaints", "Complaint logging",
   ["Complaint was logged and fixed the same day"],
   ["Complaint got sorted eventually"],
   ["My complaint got bounced between the helpdesk and the site team",
    "Complaints get passed around, nobody owns them",
    "Logged a complaint and was told to speak to the site supervisor instead",
    "Complaint ticket closed without anything being fixed"], (0.20, 0.25, 0.55))
tp(R, "Issues and complaints", "Root cause review",
   ["Root cause review fixed the recurring kitchen problem for good"],
   ["Review happened, time will tell"],
   ["Same issue keeps coming back every month, the root cause never gets fixed",
    "We have complained about the stairwells five times now, it keeps coming back",
    "Recurring problem with the meeting rooms, nothing changes after the reviews"], (0.15, 0.25, 0.60))
tp(R, "Issues and complaints", "Account manager escalation",
   ["Our account manager is excellent, escalations get sorted properly",
    "Escalated to the account manager and it was fixed within a day"],
   ["Escalation worked in the end"],
   ["Account manager took a week to reply to my escalation",
    "Had to escalate twice before anything happened"], (0.40, 0.25, 0.35))
tp(R, "Issues and complaints", "Service credit request",
   ["Service credit was applied without argument"],
   ["Service credit came through after a couple of chasers"],
   ["Service credit claim took three months and endless back and forth",
    "Still waiting on a service credit for the missed cleans in December",
    "Fought for weeks over a service credit that was clearly due"], (0.10, 0.25, 0.65))
tp(R, "Invoicing and renewal", "Monthly invoice",
   ["Invoices are accurate and always on time"],
   ["Invoices fine"],
   ["Invoices keep arriving without our PO number so accounts reject them",
    "Invoice missing the PO number again, second month running",
    "Our finance team bounced the invoice because the PO number was missing"], (0.35, 0.25, 0.40))
tp(R, "Invoicing and renewal", "Variation and extras billing",
   ["Extras billing is clear, each job listed with the request number"],
   ["Extras invoices ok, a bit slow to arrive"],
   ["Billed for extra cleans we never asked for",
    "Variation invoices arrive months later with no detail"], (0.25, 0.30, 0.45))
tp(R, "Invoicing and renewal", "Quarterly business review",
   ["Quarterly business reviews are really valuable, good data and ideas",
    "QBR was useful and the improvement plan is working"],
   ["QBR fine, a lot of slides"],
   ["QBR was cancelled twice this year"], (0.55, 0.30, 0.15))
tp(R, "Invoicing and renewal", "Renewal proposal",
   ["Renewal was straightforward and fairly priced"],
   ["Renewal ok, still negotiating the price"],
   ["Renewal price uplift of 9 percent came out of nowhere",
    "The renewal uplift was a surprise, no warning at the QBR",
    "Price uplift on renewal was far above inflation"], (0.25, 0.30, 0.45))

# emerging themes: only dated in the last three weeks (>= EMERGING_FROM)
EMERGING = {
    "eco_streaks": ((R, "daily-cleaning", "evening-office-clean"), [
        "Since you switched to the new eco cleaning products the glass partitions are covered in streaks",
        "New eco products leave streaks on every desk and screen",
        "Streaks all over the meeting room glass since the change to eco chemicals",
        "The new eco spray leaves a sticky film and streaks on the desks",
        "Since the switch to eco products the kitchen worktops are smeary with streaks",
        "Glass doors have streaks every morning now, started with the new eco range",
    ]),
    "eco_streaks_audit": ((R, "quality-audits", "monthly-quality-audit"), [
        "Failed the glass section of the audit because of streaks from the new eco products",
        "Audit marked us down for streaks on glass, since the eco products came in",
    ]),
    "sso_login": ((R, "client-portal-and-requests", "portal-login-and-user-accounts"), [
        "Cannot log into the portal since the single sign-on change",
        "Locked out of the portal after the SSO update, reset link never arrives",
        "Since the new single sign-on I have to log in three times a day",
        "SSO login loops back to the start page, cannot raise any requests",
        "Nobody in my team can log in since the portal moved to single sign-on",
        "Portal login broken after the SSO change, had to phone the helpdesk instead",
    ]),
    "sitestart_app": ((W, "mobilisation", "mobilisation-kick-off-meeting"), [
        "The new SiteStart app asked us for the same site contacts three times",
        "SiteStart onboarding app is confusing, we had to fill in duplicate forms",
        "Your SiteStart app wants every key holder entered again after we emailed the list",
        "SiteStart app kept logging me out halfway through the mobilisation forms",
    ]),
}

SEGMENTS = {
    "Corporate office": ["Halden & Pryce LLP", "Northway Insurance", "Calder Tech Park", "Meridian House Offices",
                         "Brookfield Capital"],
    "Healthcare": ["Harbourside Dental Group", "St Aldhelm's Clinic", "Westmere Care Homes", "Ridgeview Medical Centre"],
    "Education": ["Northgate Academy Trust", "Larchfield College", "Kingsmead Primary Federation"],
    "Industrial and logistics": ["Pennine Logistics", "Carrow Foods", "Tyneside Fabrication"],
    "Retail and leisure": ["Queensway Retail Park", "Fenwick Leisure Centres", "Orchard Street Mall"],
}
# segment mood shift: added to the probability of a negative comment (taken from positive)
SEG_SHIFT = {"Corporate office": -0.10, "Healthcare": 0.18, "Education": 0.02,
             "Industrial and logistics": 0.0, "Retail and leisure": 0.0}
SEG_WEIGHTS = {"Corporate office": 0.34, "Healthcare": 0.18, "Education": 0.18,
               "Industrial and logistics": 0.15, "Retail and leisure": 0.15}
SITES = ["Leeds", "Manchester", "Birmingham", "Bristol", "Sheffield", "Newcastle", "Nottingham", "Reading",
         "Glasgow", "Cardiff", "York", "Milton Keynes"]
PREFIX = ["", "", "", "", "Honestly, ", "Overall ", "To be fair ", "At our {site} site: ", "{site} office - ",
          "As facilities manager: "]
SUFFIX = ["", "", "", "", ".", ".", "!", " - please sort.", ". Thanks.", ". Otherwise fine.", ". Keep it up."]


SEG_PREFIX = {"Corporate office": ["In the office, ", "On our office floors, "],
              "Healthcare": ["In the clinic, ", "With patients on site, "],
              "Education": ["At the school, ", "Across the academy, "],
              "Industrial and logistics": ["At the depot, ", "On the warehouse site, "],
              "Retail and leisure": ["At the shopping centre, ", "In the leisure centre, "]}


def decorate(rng, text, sentiment, seg=None):
    p = rng.choice(PREFIX).format(site=rng.choice(SITES))
    if seg and rng.random() < 0.3:
        p = rng.choice(SEG_PREFIX[seg])
    s = rng.choice(SUFFIX)
    if sentiment == "pos" and s == " - please sort.":
        s = "."
    if sentiment == "neg" and s == ". Keep it up.":
        s = "."
    if sentiment == "neg" and s == ". Otherwise fine.":
        s = ". Thanks."
    if p and not p.endswith(": ") and not p.endswith("- "):
        text = text[0].lower() + text[1:]
    return p + text + s


def pick_sentiment(rng, mood, seg):
    pos, neu, neg = mood
    sh = SEG_SHIFT[seg]
    pos, neg = max(0.02, pos - sh), max(0.02, neg + sh)
    r = rng.random() * (pos + neu + neg)
    return "pos" if r < pos else ("neu" if r < pos + neu else "neg")


def nps_score(rng, s):
    if s == "pos":
        return rng.choice([9, 9, 10, 10, 10])
    if s == "neu":
        return rng.choice([7, 8, 8])
    return rng.choice([0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6])


def csat_score(rng, s):
    if s == "pos":
        return rng.choice([4, 5, 5])
    if s == "neu":
        return 3
    return rng.choice([1, 2, 2])


def rand_date(rng, start, end):
    days = (end - start).days
    d = start + dt.timedelta(days=rng.randint(0, days))
    return d


def rand_seg(rng):
    segs = list(SEG_WEIGHTS)
    seg = rng.choices(segs, weights=[SEG_WEIGHTS[s] for s in segs])[0]
    return seg, rng.choice(SEGMENTS[seg])


def jname(j):
    return J1["name"] if j == W else J2["name"]


# touchpoints clients talk about most (the persistent themes live here)
HOTSPOTS = {"site-survey-walk-round", "pricing-schedule-and-rate-card", "proposal-pack", "terms-and-sla-negotiation",
            "keys-and-access-passes", "staff-vetting-and-induction", "day-one-supervisor-visit",
            "evening-office-clean", "washroom-restocking", "portal-request-form", "job-photo-proof",
            "complaint-logging", "root-cause-review", "service-credit-request", "monthly-invoice",
            "renewal-proposal"}


def build_comments(rng):
    keys = list(T)
    # ---- file 1: contract columns, NPS relationship survey -----------------------------------
    rows = []
    # weights: J1 touchpoints 5 each, J2 touchpoints 7 each
    weights = [(5 if k[0] == W else 7) * (2.0 if k[2] in HOTSPOTS else 0.7) for k in keys]
    for _ in range(255):
        k = rng.choices(keys, weights=weights)[0]
        seg, cust = rand_seg(rng)
        s = pick_sentiment(rng, T[k]["mood"], seg)
        text = decorate(rng, rng.choice(T[k][s]), s, seg)
        d = rand_date(rng, WEEKS[0], LAST_DAY)
        rows.append(dict(date=d, journey=k[0], stage=T[k]["stage"], touchpoint=T[k]["touch"],
                         score=nps_score(rng, s), segment=seg, customer=cust, comment=text,
                         channel=None))
    # emerging, NPS file
    for theme, n in [("eco_streaks", 8), ("eco_streaks_audit", 2), ("sso_login", 5), ("sitestart_app", 6)]:
        k, texts = EMERGING[theme]
        for i in range(n):
            seg, cust = rand_seg(rng)
            txt = texts[i % len(texts)]
            rows.append(dict(date=rand_date(rng, EMERGING_FROM, LAST_DAY), journey=k[0],
                             stage=T[k]["stage"], touchpoint=T[k]["touch"],
                             score=rng.choice([1, 2, 3, 4, 5, 6]), segment=seg, customer=cust,
                             comment=decorate(rng, txt, "neg", seg), channel=None))
    # contact data rows
    rows.append(dict(date=dt.date(2026, 1, 21), journey=R, stage="Issues and complaints",
                     touchpoint="Account manager escalation", score=3, segment="Education",
                     customer="Northgate Academy Trust",
                     comment="Account manager never replied to my escalation, please email me at "
                             "priya.shah@northgate-academy.org.uk", channel=None))
    rows.append(dict(date=dt.date(2026, 2, 10), journey=R, stage="Invoicing and renewal",
                     touchpoint="Monthly invoice", score=5, segment="Industrial and logistics",
                     customer="Carrow Foods",
                     comment="Invoice missing the PO number again, call me on 07700 900461 to sort it",
                     channel=None))
    rows.append(dict(date=dt.date(2026, 3, 4), journey=W, stage="Mobilisation",
                     touchpoint="Keys and access passes", score=2, segment="Healthcare",
                     customer="Ridgeview Medical Centre",
                     comment="Cleaners could not get in on night one, no access passes. Ring our practice "
                             "manager on 0113 496 0732 or dr.okafor@ridgeviewmc.nhs.uk",
                     channel=None))
    rng.shuffle(rows)
    rows.sort(key=lambda r: r["date"])
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"BSF-NPS-{i:04d}", "date": r["date"].isoformat(), "journey": jname(r["journey"]),
                    "stage": r["stage"], "touchpoint": r["touchpoint"], "score": r["score"],
                    "score_type": "nps", "segment": r["segment"], "customer": r["customer"],
                    "comment": r["comment"]})
    # junk rows (no score)
    junk = [("2026-01-14", ""), ("2026-01-29", "."), ("2026-02-12", "n/a"), ("2026-03-05", "N/A"),
            ("2026-02-19", "-")]
    for n, (d, c) in enumerate(junk, len(out) + 1):
        seg, cust = rand_seg(rng)
        pos = rng.randint(0, len(out))
        out.insert(pos, {"id": f"BSF-NPS-{n:04d}", "date": d, "journey": jname(R), "stage": "", "touchpoint": "",
                         "score": "", "score_type": "nps", "segment": seg, "customer": cust, "comment": c})
    cols = ["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "customer",
            "comment"]
    with open(KN / "comments" / "client_nps_survey.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(out)

    # ---- file 2: vendor export (helpdesk pulse tool), CSAT, own column names -----------------
    vkeys = [k for k in keys if k[1] in ("client-portal-and-requests", "issues-and-complaints", "daily-cleaning",
                                         "mobilisation", "first-week-on-site")]
    vweights = [(9 if k[1] == "client-portal-and-requests" else 6 if k[1] == "issues-and-complaints" else 4)
                * (1.6 if k[2] in HOTSPOTS else 0.8) for k in vkeys]
    vrows = []
    for _ in range(136):
        k = rng.choices(vkeys, weights=vweights)[0]
        seg, cust = rand_seg(rng)
        s = pick_sentiment(rng, T[k]["mood"], seg)
        d = rand_date(rng, WEEKS[0], LAST_DAY)
        vrows.append(dict(date=d, k=k, seg=seg, cust=cust, score=csat_score(rng, s),
                          comment=decorate(rng, rng.choice(T[k][s]), s, seg)))
    for theme, n in [("sso_login", 10), ("eco_streaks", 4)]:
        k, texts = EMERGING[theme]
        for i in range(n):
            seg, cust = rand_seg(rng)
            vrows.append(dict(date=rand_date(rng, EMERGING_FROM, LAST_DAY), k=k, seg=seg, cust=cust,
                              score=rng.choice([1, 1, 2, 2, 3]),
                              comment=decorate(rng, texts[(i + 2) % len(texts)], "neg", seg)))
    vrows.append(dict(date=dt.date(2026, 2, 3), k=(R, "client-portal-and-requests", "helpdesk-phone-line"),
                      seg="Retail and leisure", cust="Orchard Street Mall", score=2,
                      comment="Helpdesk took my details then nobody called back. My mobile is +44 7700 900288"))
    vrows.append(dict(date=dt.date(2026, 2, 26), k=(R, "issues-and-complaints", "complaint-logging"),
                      seg="Corporate office", cust="Northway Insurance", score=1,
                      comment="Complaint ticket closed without anything being fixed, contact "
                              "tom.baines@northway-insurance.co.uk"))
    vrows.sort(key=lambda r: (r["date"], r["comment"]))
    vout = []
    srcs = ["Portal pop-up", "Email survey", "SMS after ticket close"]
    for i, r in enumerate(vrows):
        k = r["k"]
        hh, mm = rng.randint(7, 19), rng.randint(0, 59)
        vout.append({"Response ID": f"HP-{48213 + i * 7}", "Submitted": f"{r['date']:%d/%m/%Y} {hh:02d}:{mm:02d}",
                     "Service Line": jname(k[0]), "Area": T[k]["stage"], "Feature": T[k]["touch"],
                     "Satisfaction (1-5)": r["score"], "Scale": "csat", "Client Type": r["seg"],
                     "Account": r["cust"], "Verbatim": r["comment"], "Source": rng.choice(srcs)})
    vjunk = [("", "n/a"), ("", "."), ("", "")]
    for c, (_, txt) in enumerate(vjunk):
        pos = rng.randint(0, len(vout))
        d = rand_date(rng, WEEKS[0], LAST_DAY)
        vout.insert(pos, {"Response ID": f"HP-{47000 + c}", "Submitted": f"{d:%d/%m/%Y} 12:00",
                          "Service Line": jname(R), "Area": "", "Feature": "", "Satisfaction (1-5)": "",
                          "Scale": "csat", "Client Type": "Corporate office", "Account": "", "Verbatim": txt,
                          "Source": "Portal pop-up"})
    vcols = ["Response ID", "Submitted", "Account", "Client Type", "Service Line", "Area", "Feature",
             "Satisfaction (1-5)", "Scale", "Verbatim", "Source"]
    with open(KN / "comments" / "helpdesk_pulse_export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=vcols)
        w.writeheader()
        w.writerows(vout)
    mapping = {"kind": "comments",
               "date_format": "%d/%m/%Y %H:%M",
               "columns": {"id": "Response ID", "date": "Submitted", "comment": "Verbatim",
                           "journey": "Service Line", "stage": "Area", "touchpoint": "Feature",
                           "score": "Satisfaction (1-5)", "score_type": "Scale",
                           "segment": "Client Type", "customer": "Account"}}
    with open(KN / "comments" / "helpdesk_pulse_export.mapping.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(mapping, f, sort_keys=False)


# --------------------------------------------------------------------------- KPIs
def series(rng, kind, n=10, **kw):
    out = []
    for i in range(n):
        if kind == "flat":
            v = kw["base"] + rng.uniform(-kw["noise"], kw["noise"])
        elif kind == "linear":
            v = kw["start"] + (kw["end"] - kw["start"]) * i / (n - 1) + rng.uniform(-kw["noise"], kw["noise"])
        elif kind == "late_drop":  # flat then a change over the last len(tail) weeks
            tail = kw["tail"]
            if i < n - len(tail):
                v = kw["base"] + rng.uniform(-kw["noise"], kw["noise"])
            else:
                v = tail[i - (n - len(tail))] + rng.uniform(-kw["noise"] / 2, kw["noise"] / 2)
        out.append(round(v, kw.get("nd", 1)))
    return out


def build_kpis(rng):
    # metric, journey, stage, touchpoint, unit, target, higher_is_better, values
    spec = [
        ("tender_win_rate", W, "Proposal and pricing", "Pitch presentation", "%", 35, "true",
         series(rng, "linear", start=27, end=38.5, noise=0.8)),
        ("proposal_turnaround_time", W, "Proposal and pricing", "Proposal pack", "days", 10, "false",
         series(rng, "flat", base=12.6, noise=0.6)),
        ("mobilisation_on_time_rate", W, "Mobilisation", "Mobilisation kick-off meeting", "%", 95, "true",
         series(rng, "flat", base=88.5, noise=1.2)),
        ("first_week_issues_per_site", W, "First week on site", "First-week check-in call", "count", 6, "false",
         series(rng, "linear", start=9.4, end=5.2, noise=0.3)),
        ("nps", W, "", "", "score", 40, "true", series(rng, "flat", base=34, noise=2, nd=0)),
        ("nps", R, "", "", "score", 40, "true",
         series(rng, "late_drop", base=31, noise=1.5, tail=[26, 22, 19], nd=0)),
        ("csat", R, "Client portal and requests", "", "%", 85, "true",
         series(rng, "late_drop", base=86.2, noise=0.8, tail=[81, 77.5, 74])),
        ("task_completion_rate", R, "Daily cleaning", "Evening office clean", "%", 98, "true",
         series(rng, "flat", base=98.4, noise=0.3)),
        ("audit_pass_rate", R, "Quality audits", "Monthly quality audit", "%", 92, "true",
         series(rng, "late_drop", base=94.1, noise=0.7, tail=[90.2, 87.1, 84.3])),
        ("portal_response_time", R, "Client portal and requests", "Portal request form", "hours", 4, "false",
         series(rng, "late_drop", base=3.4, noise=0.3, tail=[4.8, 5.9, 6.6])),
        ("complaint_resolution_time", R, "Issues and complaints", "Complaint logging", "hours", 48, "false",
         series(rng, "linear", start=72, end=44, noise=1.5)),
        ("repeat_complaint_rate", R, "Issues and complaints", "Root cause review", "%", 10, "false",
         series(rng, "flat", base=14.2, noise=0.8)),
        ("invoice_dispute_rate", R, "Invoicing and renewal", "Monthly invoice", "%", 3, "false",
         series(rng, "flat", base=2.4, noise=0.3)),
        ("contract_renewal_rate", R, "Invoicing and renewal", "Renewal proposal", "%", 85, "true",
         series(rng, "flat", base=87.2, noise=0.8)),
    ]
    files = {W: [], R: []}
    for metric, j, stage, touch, unit, target, hib, vals in spec:
        for d, v in zip(WEEKS, vals):
            val = f"{int(v)}" if float(v).is_integer() and unit == "score" else f"{v}"
            files[j].append({"metric": metric, "value": val, "date": d.isoformat(), "journey": jname(j),
                             "stage": stage, "touchpoint": touch, "target": target, "unit": unit,
                             "higher_is_better": hib})
    cols = ["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better"]
    for j, name in [(W, "contract_win_weekly.csv"), (R, "service_delivery_weekly.csv")]:
        with open(KN / "kpis" / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            w.writerows(files[j])


def main():
    rng = random.Random(SEED)
    for sub in ("maps", "comments", "kpis"):
        (KN / sub).mkdir(parents=True, exist_ok=True)
    with open(KN / "maps" / "winning-a-contract.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=110)
    with open(KN / "maps" / "running-the-service.json", "w", encoding="utf-8") as f:
        json.dump(J2, f, indent=2, ensure_ascii=False)
        f.write("\n")
    build_comments(rng)
    build_kpis(rng)
    print("wrote", KN)


if __name__ == "__main__":
    main()
