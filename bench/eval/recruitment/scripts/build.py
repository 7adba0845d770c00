#!/usr/bin/env python3
"""Build the 'recruitment' blind evaluation base (candidate side of a recruitment agency).

Generates, from a fixed seed:
  knowledge/maps/candidate-registration.yaml      journey map (YAML)
  knowledge/maps/interview-to-placement.json      journey map (JSON)
  knowledge/comments/registration_survey.csv      canonical columns, NPS 0-10
  knowledge/comments/placement_pulse_export.csv   vendor export layout, CSAT 1-5
  knowledge/comments/placement_pulse_export.mapping.yaml
  knowledge/kpis/weekly_kpis.csv                  long format weekly KPI snapshots
  dev.yaml, heldout.yaml                          question halves
Every expected figure in the questions is computed from the generated data.
Only stdlib + PyYAML.
"""
import csv
import datetime as dt
import json
import math
import os
import random
import re
from collections import Counter, defaultdict

import yaml

SEED = 20261203
rng = random.Random(SEED)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]  # Mondays


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def rhalf(x, nd=0):
    """round half away from zero"""
    m = 10 ** nd
    v = abs(x) * m
    r = math.floor(v + 0.5) / m
    return -r if x < 0 else r


def fmt(x, nd=1):
    v = rhalf(x, nd)
    if nd == 0:
        return str(int(v))
    return f"{v:.{nd}f}"


# ----------------------------------------------------------------------------------------------
# Journey maps
# ----------------------------------------------------------------------------------------------
J1 = {
    "id": "candidate-registration",
    "name": "Candidate registration and application",
    "persona": "Job seeker looking for a permanent, temp or graduate role",
    "owner": "Candidate Experience team",
    "updated": "2026-10-12",
    "description": "From first seeing one of our jobs to being put forward to a client: finding roles, "
                   "registering with the agency, applying and being shortlisted.",
    "stages": [
        {
            "name": "Find a job",
            "goal": "Spot relevant roles quickly and trust that the advert is real and current",
            "emotion": 1,
            "pain_points": ["Adverts stay up after the role is filled", "Salary often missing from adverts"],
            "opportunities": ["Show salary bands on every advert", "Auto-expire filled roles within 24h"],
            "touchpoints": [
                {"name": "Job board listings", "channel": "job board", "owner": "Candidate Attraction team",
                 "description": "Our adverts syndicated to Indeed, Totaljobs and LinkedIn.",
                 "emotion": 0, "pain_points": ["Duplicate adverts for the same role"]},
                {"name": "Agency website job search", "channel": "web", "owner": "Digital Product team",
                 "description": "Search and filter of live vacancies on our own site.", "emotion": 1,
                 "pain_points": ["Location filter ignores commute radius"]},
                {"name": "Job alert emails", "channel": "email", "owner": "CRM team",
                 "description": "Daily or weekly emails with new roles matching saved searches.",
                 "emotion": 0, "pain_points": ["Alerts include roles far outside the saved search"],
                 "metrics": ["job_alert_click_rate"]},
            ],
        },
        {
            "name": "Register",
            "goal": "Create a complete candidate profile in under 10 minutes",
            "emotion": -1,
            "pain_points": ["CV parser scrambles work history so candidates retype everything",
                            "Registration form asks for the same details twice"],
            "opportunities": ["Replace the CV parser", "Let candidates register with LinkedIn"],
            "touchpoints": [
                {"name": "Online registration form", "channel": "web", "owner": "Digital Product team",
                 "description": "Multi-step form for contact details, preferences and availability.",
                 "emotion": 0, "pain_points": ["Form times out and loses answers"],
                 "metrics": ["registration_completion_rate"]},
                {"name": "CV upload and parsing", "channel": "web", "owner": "Candidate Systems team",
                 "description": "Candidate uploads a CV; the parser pre-fills work history, skills and education.",
                 "emotion": -2,
                 "pain_points": ["Parser jumbles dates and employers", "PDF CVs often fail to upload",
                                 "Candidates have to retype their whole work history"],
                 "opportunities": ["Show a preview the candidate can correct before saving"],
                 "metrics": ["cv_parse_success_rate"]},
                {"name": "Right-to-work check", "channel": "video call", "owner": "Compliance team",
                 "description": "ID and right-to-work documents checked over video or in branch.",
                 "emotion": 0, "pain_points": ["Few evening slots for the video check"]},
            ],
        },
        {
            "name": "Apply",
            "goal": "Apply for a role in two clicks and know within 48 hours where the application stands",
            "emotion": -1,
            "pain_points": ["Candidates hear nothing back after applying",
                            "Graduates get no feedback when rejected"],
            "opportunities": ["Automatic status message at every step", "Feedback template for rejections"],
            "touchpoints": [
                {"name": "One-click apply", "channel": "web", "owner": "Digital Product team",
                 "description": "Apply with the stored profile and CV without re-entering details.",
                 "emotion": 1, "pain_points": ["Cover letter field is compulsory on mobile"],
                 "metrics": ["application_drop_off_rate"]},
                {"name": "Consultant screening call", "channel": "phone", "owner": "Recruitment consultants",
                 "description": "15-minute call to check fit, salary expectations and availability.",
                 "emotion": 1, "pain_points": ["Calls arrive unannounced during work hours"]},
                {"name": "Application status updates", "channel": "email and SMS", "owner": "Candidate Care team",
                 "description": "Messages telling the candidate their application was received, viewed, "
                                "shortlisted or declined.",
                 "emotion": -2, "pain_points": ["Applications go quiet for weeks", "Rejections come with no reason"],
                 "metrics": ["application_response_time_hours"]},
            ],
        },
        {
            "name": "Shortlist and submit",
            "goal": "Be put forward to the client with a CV the candidate has approved",
            "emotion": 0,
            "pain_points": ["CV sent to clients without the candidate's consent"],
            "touchpoints": [
                {"name": "CV submission to client", "channel": "email", "owner": "Recruitment consultants",
                 "description": "Consultant formats the CV and sends it to the hiring manager.",
                 "emotion": 0, "pain_points": ["Candidate not told which client received the CV"]},
                {"name": "Candidate portal", "channel": "web", "owner": "Digital Product team",
                 "description": "Self-service view of applications, documents and interview invites.",
                 "emotion": 0, "pain_points": ["Status in the portal lags behind reality"]},
            ],
        },
    ],
}

J2 = {
    "id": "interview-to-placement",
    "name": "Interview to placement",
    "persona": "Shortlisted candidate going through interviews to the first weeks in the job",
    "owner": "Delivery Operations",
    "updated": "2026-10-19",
    "description": "From being invited to interview through offer, pre-start checks and the first weeks "
                   "working at the client.",
    "stages": [
        {"name": "Interview preparation",
         "goal": "Walk into the interview knowing the client, the role and the format",
         "emotion": 2,
         "pain_points": ["Briefing packs sometimes arrive the night before"],
         "opportunities": ["Send the briefing pack with the invite"],
         "touchpoints": [
             {"name": "Interview briefing pack", "channel": "email", "owner": "Delivery consultants",
              "description": "PDF with the client profile, interviewers, dress code and directions.",
              "emotion": 1, "pain_points": ["Pack is generic for some clients"]},
             {"name": "Interview prep call", "channel": "phone", "owner": "Recruitment consultants",
              "description": "Consultant coaches the candidate on likely questions and what the client values.",
              "emotion": 2, "pain_points": []},
         ]},
        {"name": "Interview",
         "goal": "Interview at a time that suits the candidate, with no technical hitches",
         "emotion": 0,
         "pain_points": ["Interviews rescheduled at short notice", "Feedback after interview is slow"],
         "touchpoints": [
             {"name": "Interview scheduling", "channel": "email", "owner": "Resourcing coordinators",
              "description": "Coordinators agree a slot between candidate and hiring manager.",
              "emotion": 0, "pain_points": ["Too many back-and-forth emails to agree a slot"]},
             {"name": "Video interview link", "channel": "video", "owner": "Resourcing coordinators",
              "description": "Teams or Zoom link sent with the calendar invite.",
              "emotion": 0, "pain_points": ["Link sometimes missing from the invite"]},
             {"name": "Post-interview debrief", "channel": "phone", "owner": "Recruitment consultants",
              "description": "Consultant calls after the interview to pass on client feedback.",
              "emotion": 0, "pain_points": ["Debrief can take a week"],
              "metrics": ["interview_to_offer_rate"]},
         ]},
        {"name": "Offer",
         "goal": "Receive a clear written offer within two working days of the verbal offer",
         "emotion": 1,
         "pain_points": ["Contract details differ from the verbal offer"],
         "touchpoints": [
             {"name": "Verbal offer call", "channel": "phone", "owner": "Recruitment consultants",
              "description": "Consultant calls with the offer and negotiates on the candidate's behalf.",
              "emotion": 2, "pain_points": [], "metrics": ["offer_acceptance_rate"]},
             {"name": "Offer letter and contract", "channel": "e-signature", "owner": "Contracts team",
              "description": "Written offer and contract sent for e-signature.",
              "emotion": 0, "pain_points": ["Contract arrives days after the verbal offer"],
              "metrics": ["time_to_offer_days"]},
         ]},
        {"name": "Pre-start checks",
         "goal": "Clear references, background checks and payroll before the start date",
         "emotion": -1,
         "pain_points": ["Reference checks hold up start dates", "Candidates chased for the same documents twice"],
         "opportunities": ["Let candidates nominate referees at registration"],
         "touchpoints": [
             {"name": "Reference checks", "channel": "email", "owner": "Compliance team",
              "description": "Compliance contacts previous employers to confirm dates and conduct.",
              "emotion": -2, "pain_points": ["Referees chased slowly", "Start dates pushed back while waiting"],
              "metrics": ["reference_check_days"]},
             {"name": "Background and DBS check", "channel": "online", "owner": "Compliance team",
              "description": "Criminal record and background screening where the role requires it.",
              "emotion": 0, "pain_points": ["Form is confusing about address history"]},
             {"name": "Payroll setup", "channel": "web", "owner": "Payroll team",
              "description": "Bank details, tax code and umbrella company choice for temps and contractors.",
              "emotion": 0, "pain_points": ["Umbrella company options poorly explained"],
              "metrics": ["placement_fallout_rate"]},
         ]},
        {"name": "First weeks in placement",
         "goal": "Settle into the role, log hours easily and be paid correctly and on time",
         "emotion": 0,
         "pain_points": ["Hours logged wrongly lead to short pay"],
         "touchpoints": [
             {"name": "Week-one check-in call", "channel": "phone", "owner": "Account managers",
              "description": "Account manager calls at the end of week one to see how it is going.",
              "emotion": 1, "pain_points": ["Call sometimes skipped for temps"],
              "metrics": ["first_week_checkin_rate"]},
             {"name": "Timesheet portal", "channel": "web and app", "owner": "Payroll team",
              "description": "Temps and contractors submit weekly hours for client approval.",
              "emotion": 0, "pain_points": ["Client approval reminders are easy to miss"],
              "metrics": ["timesheet_error_rate"]},
             {"name": "First payday", "channel": "bank transfer and payslip", "owner": "Payroll team",
              "description": "First payment and payslip after the first approved timesheet.",
              "emotion": 1, "pain_points": ["Payslip deductions hard to understand"]},
         ]},
    ],
}


def tp_index(j):
    out = {}
    for s in j["stages"]:
        for t in s["touchpoints"]:
            out[t["name"]] = (s["name"], t)
    return out


J1_TP = tp_index(J1)
J2_TP = tp_index(J2)


def tp_id(j, tpname):
    st = (J1_TP if j is J1 else J2_TP)[tpname][0]
    return f"touchpoint:{j['id']}/{slug(st)}/{slug(tpname)}"


def st_id(j, stname):
    return f"stage:{j['id']}/{slug(stname)}"


# ----------------------------------------------------------------------------------------------
# Comment templates
# ----------------------------------------------------------------------------------------------
T = {
    # ---- J1
    "Job board listings": {
        "pos": ["Saw the advert on Indeed, clear and had the salary on it", "Found the role on LinkedIn, advert was spot on",
                "Job ad was detailed and honest about the hours"],
        "neu": ["Advert was ok but a bit vague about the location", "Saw the same job posted three times on Totaljobs",
                "Fine, standard job board ad"],
        "neg": ["Applied for a job on Indeed that had already been filled weeks ago", "No salary on the advert, waste of time",
                "Ad was still up after the role was filled, felt misleading"]},
    "Agency website job search": {
        "pos": ["Website search is quick and the filters work well", "Easy to find roles near me on your site",
                "Really like the job search on the website, clean and fast"],
        "neu": ["Search works but the location radius is a bit odd", "Site search is fine, nothing special"],
        "neg": ["Location filter shows jobs 60 miles away", "Search on the site kept resetting my filters"]},
    "Job alert emails": {
        "pos": ["Job alerts are genuinely relevant, got my current interview from one", "Love the weekly job alert email"],
        "neu": ["Alerts are ok, some roles not really my thing", "Get the job alerts, skim them"],
        "neg": ["Job alert emails are full of roles nowhere near my search", "Too many alert emails, unsubscribed"]},
    "Online registration form": {
        "pos": ["Registration form was quick and straightforward", "Signed up in about 5 minutes, easy form"],
        "neu": ["Form was long but ok", "Registration was fine, asked for a lot of detail though"],
        "neg": ["Form timed out and I lost everything", "Asked for my address twice on the registration form"]},
    "CV upload and parsing": {
        "pos": ["CV upload worked first time and filled in my details"],
        "neu": ["CV uploaded but I had to fix a couple of dates"],
        "neg": ["Uploaded my CV and the parser scrambled my whole work history, had to retype it all",
                "The CV upload mixed up my employers and dates, took ages to fix",
                "Why ask me to upload a CV if I then have to type everything in again",
                "CV parsing is useless, it put my education under work experience",
                "My PDF CV wouldn't upload at all, tried three times",
                "Spent 40 minutes retyping my CV into the boxes after the upload jumbled it",
                "CV upload garbled my job titles, really frustrating",
                "Had to re-enter every job manually because the CV parser got it all wrong"]},
    "Right-to-work check": {
        "pos": ["Right to work video check was quick and friendly", "ID check over video took 5 minutes, great"],
        "neu": ["Right to work check fine but hard to get a slot", "Had to go into branch for the ID check, ok"],
        "neg": ["No evening slots for the right to work check, had to take time off work"]},
    "One-click apply": {
        "pos": ["One click apply is brilliant, so easy", "Applying was super quick with my saved profile",
                "Love that I can apply without filling everything in again"],
        "neu": ["Apply button worked, cover letter box was annoying on my phone"],
        "neg": ["Couldn't apply on mobile without a cover letter"]},
    "Consultant screening call": {
        "pos": ["The consultant who called me was friendly and really listened", "Screening call was helpful, she understood what I want",
                "Good first call, clear about salary and next steps"],
        "neu": ["Screening call was ok, a bit rushed", "Consultant called, asked the usual questions"],
        "neg": ["Got a screening call in the middle of my work day with no warning"]},
    "Application status updates": {
        "pos": ["Got a text the same day saying my application was shortlisted, great", "Kept updated at every step, really appreciated"],
        "neu": ["Got an automatic email that it was received, then not much else", "Updates were slow but came eventually"],
        "neg": ["Applied for four jobs and heard nothing back at all", "Ghosted after applying, no update for three weeks",
                "Rejected with no feedback whatsoever, how am I meant to improve",
                "No idea where my application is, nobody replies",
                "Heard nothing back after applying, not even a rejection",
                "Status still says received after a month",
                "Would be nice to get any feedback at all when you're turned down"]},
    "CV submission to client": {
        "pos": ["Consultant tidied up my CV before sending it, looked much better", "Was told exactly which company got my CV"],
        "neu": ["CV went to the client, didn't hear much about it"],
        "neg": ["My CV was sent to a company without asking me first"]},
    "Candidate portal": {
        "pos": ["Portal is handy for seeing my interviews", "Like being able to see everything in the candidate portal"],
        "neu": ["Portal is ok, a bit basic", "Use the portal now and then"],
        "neg": ["Portal status is always out of date"]},
    # ---- J2
    "Interview briefing pack": {
        "pos": ["Briefing pack was really useful, knew exactly who I was meeting", "Loved the interview pack with directions and dress code"],
        "neu": ["Briefing pack was ok, quite generic", "Got the pack, read it the night before"],
        "neg": ["Briefing pack arrived the night before the interview, too late"]},
    "Interview prep call": {
        "pos": ["The interview prep call was brilliant, felt so ready", "My consultant's prep call made all the difference, got the job",
                "Prep call was excellent, she knew exactly what the manager would ask",
                "Loved the interview prep, best agency I've dealt with", "Prep session with my consultant was so helpful and calming",
                "Really thorough interview prep call, every question came up", "Fantastic prep before the interview, thank you Priya"],
        "neu": ["Prep call was fine, a bit short"],
        "neg": ["Prep call got cancelled and never rebooked"]},
    "Interview scheduling": {
        "pos": ["Interview booked quickly at a time that suited me", "Scheduling was easy"],
        "neu": ["Took a few emails to agree a time but ok", "Interview time moved once, fine"],
        "neg": ["Interview rescheduled twice at the last minute", "Endless emails to book one interview"]},
    "Video interview link": {
        "pos": ["Teams link worked fine, no issues"],
        "neu": ["Video link came separately, bit confusing", "Zoom link fine"],
        "neg": ["No video link in the invite, had to chase it five minutes before"]},
    "Post-interview debrief": {
        "pos": ["Consultant called straight after with feedback, really useful", "Great debrief after the interview"],
        "neu": ["Feedback took a few days but was fair", "Debrief was ok"],
        "neg": ["Waited a week for interview feedback", "Never got any feedback after the interview"]},
    "Verbal offer call": {
        "pos": ["Got the offer call and the consultant negotiated a better salary for me", "Offer call was exciting, really well handled",
                "Consultant pushed for a higher rate and got it"],
        "neu": ["Offer call was fine"],
        "neg": ["Offer was less than what was discussed"]},
    "Offer letter and contract": {
        "pos": ["Contract arrived same day, easy to e-sign", "Offer letter clear and quick"],
        "neu": ["Contract took a couple of days", "Offer letter fine, lots of small print"],
        "neg": ["Contract didn't match what I was told on the phone", "Waited four days for the written offer"]},
    "Reference checks": {
        "pos": ["References sorted quickly"],
        "neu": ["Reference checks took a while but got there", "Had to chase my referee myself, ok in the end"],
        "neg": ["Reference checks took over two weeks and my start date was pushed back",
                "Still waiting on references, about to lose the job", "Nobody chased my references, so slow",
                "Start date delayed because references weren't done", "Reference checks are painfully slow",
                "Compliance asked for the same referee details three times", "My old boss says nobody ever contacted them for a reference"]},
    "Background and DBS check": {
        "pos": ["DBS check was quick", "Background check done in a few days"],
        "neu": ["DBS form was confusing about address history", "Background check ok"],
        "neg": ["DBS check took ages and nobody told me why"]},
    "Payroll setup": {
        "pos": ["Payroll setup was simple", "Bank details and tax code sorted in minutes"],
        "neu": ["Umbrella company bit was confusing", "Payroll forms ok"],
        "neg": ["No one explained the umbrella company options"]},
    "Week-one check-in call": {
        "pos": ["Nice to get a call at the end of my first week", "Account manager checked in, really appreciated it",
                "Week one check in call made me feel looked after"],
        "neu": ["Got a quick check in call, fine", "Check in call was short"],
        "neg": ["Nobody called to see how my first week went"]},
    "Timesheet portal": {
        "pos": ["Timesheet portal is easy, hours in two minutes", "Submitting timesheets on the app is simple"],
        "neu": ["Timesheet portal ok, reminders easy to miss", "Timesheets fine once you get used to it"],
        "neg": ["Can't log in to the timesheet portal since the update, keeps looping back to the login page",
                "Timesheet portal lost my hours and I was paid late", "Timesheet app crashes when I submit my hours",
                "My approved timesheet disappeared and now my pay is late",
                "Since the new timesheet system I've been short paid two weeks running",
                "Timesheet login broken, emailed payroll three times",
                "Paid late because the timesheet portal wouldn't accept my hours",
                "New timesheet portal is a disaster, hours showing as zero"]},
    "First payday": {
        "pos": ["First pay came in on time, payslip clear", "Paid on time, no problems"],
        "neu": ["Pay arrived, deductions a bit confusing"],
        "neg": ["Payslip deductions make no sense"]},
}

PREFIX = ["", "", "", "", "tbh ", "Honestly, ", "Overall ", "", "To be fair ", ""]
SUFFIX = ["", "", "", ".", ".", "!", " - thanks", " tbh", ".", ""]


def text_for(tp, sent):
    base = rng.choice(T[tp][sent])
    p = rng.choice(PREFIX)
    if p:
        keep = base[1:2].isupper() or base.split()[0] in ("I", "I've", "My") or base.startswith(("Teams", "Zoom", "Indeed", "LinkedIn"))
        base = p + (base if keep else base[0].lower() + base[1:])
    suf = rng.choice(SUFFIX)
    if p == "tbh " and suf == " tbh":
        suf = "."
    return base + suf


# sentiment probabilities (pos, neu, neg) and relative weights
J1_CFG = {
    "Job board listings": (8, (0.45, 0.35, 0.20)),
    "Agency website job search": (7, (0.60, 0.25, 0.15)),
    "Job alert emails": (6, (0.45, 0.35, 0.20)),
    "Online registration form": (8, (0.45, 0.35, 0.20)),
    "CV upload and parsing": (24, (0.06, 0.12, 0.82)),
    "Right-to-work check": (6, (0.60, 0.30, 0.10)),
    "One-click apply": (9, (0.70, 0.20, 0.10)),
    "Consultant screening call": (10, (0.65, 0.25, 0.10)),
    "Application status updates": (18, (0.25, 0.30, 0.45)),
    "CV submission to client": (6, (0.50, 0.30, 0.20)),
    "Candidate portal": (6, (0.45, 0.40, 0.15)),
}
J2_CFG = {
    "Interview briefing pack": (7, (0.55, 0.35, 0.10)),
    "Interview prep call": (22, (0.93, 0.05, 0.02)),
    "Interview scheduling": (8, (0.40, 0.35, 0.25)),
    "Video interview link": (5, (0.40, 0.40, 0.20)),
    "Post-interview debrief": (8, (0.40, 0.30, 0.30)),
    "Verbal offer call": (8, (0.75, 0.15, 0.10)),
    "Offer letter and contract": (8, (0.45, 0.30, 0.25)),
    "Reference checks": (16, (0.08, 0.27, 0.65)),
    "Background and DBS check": (6, (0.45, 0.35, 0.20)),
    "Payroll setup": (5, (0.45, 0.40, 0.15)),
    "Week-one check-in call": (8, (0.65, 0.25, 0.10)),
    "Timesheet portal": (3, (0.55, 0.45, 0.00)),    # before the emerging issue
    "First payday": (5, (0.60, 0.25, 0.15)),
}
SEGMENTS = ["Permanent", "Temp / contract", "Graduate"]
SEG_W = [0.45, 0.35, 0.20]
CHANNEL_J1 = {"Job board listings": "job board", "Agency website job search": "web", "Job alert emails": "email",
              "Online registration form": "web", "CV upload and parsing": "web", "Right-to-work check": "video call",
              "One-click apply": "web", "Consultant screening call": "phone",
              "Application status updates": "email", "CV submission to client": "email", "Candidate portal": "web"}
OFFICES = ["Leeds", "Manchester", "Birmingham", "London City", "Bristol"]

PII = [" Call me on 07700 900461 if you need more detail",
       " you can reach me at jamie.r.carter@example.com",
       " my number is +44 7700 900982, happy to talk",
       " email sam.okafor@example.org and I'll explain"]


def pick(cfg):
    names = list(cfg)
    return rng.choices(names, weights=[cfg[n][0] for n in names])[0]


def sent_pick(p):
    return rng.choices(["pos", "neu", "neg"], weights=p)[0]


def nps_score(sent):
    if sent == "pos":
        return rng.choices([8, 9, 10], weights=[2, 4, 4])[0]
    if sent == "neu":
        return rng.choices([6, 7, 8], weights=[2, 5, 3])[0]
    return rng.choices([0, 1, 2, 3, 4, 5, 6], weights=[2, 2, 3, 3, 3, 2, 1])[0]


def csat_score(sent):
    if sent == "pos":
        return rng.choices([4, 5], weights=[4, 6])[0]
    if sent == "neu":
        return 3
    return rng.choices([1, 2], weights=[5, 5])[0]


def rand_dt(week_i):
    d = WEEKS[week_i] + dt.timedelta(days=rng.randint(0, 6))
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 22), rng.randint(0, 59))


# ---- J1 comments (canonical, NPS)
J1_N = 205
j1_rows = []
for i in range(J1_N):
    w = i % 12
    tp = pick(J1_CFG)
    stage = J1_TP[tp][0]
    seg = rng.choices(SEGMENTS, weights=SEG_W)[0]
    p = J1_CFG[tp][1]
    if stage == "Apply":
        if seg == "Graduate":
            p = (0.08, 0.12, 0.80)     # graduates clearly unhappier at the Apply stage
            if tp != "Application status updates" and rng.random() < 0.5:
                tp = "Application status updates"
        elif tp == "Application status updates":
            p = (0.35, 0.35, 0.30)
    sent = sent_pick(p)
    j1_rows.append({"tp": tp, "stage": stage, "seg": seg, "sent": sent, "week": w,
                    "dt": rand_dt(w), "score": nps_score(sent), "text": text_for(tp, sent)})

# ---- J2 comments (vendor export, CSAT)
J2_N = 165
j2_rows = []
for i in range(J2_N):
    w = i % 12
    tp = pick(J2_CFG)
    seg = rng.choices(SEGMENTS, weights=SEG_W)[0]
    sent = sent_pick(J2_CFG[tp][1])
    sc = csat_score(sent)
    if tp == "Interview prep call" and sent == "pos" and rng.random() < 0.7:
        sc = 5
    j2_rows.append({"tp": tp, "stage": J2_TP[tp][0], "seg": seg, "sent": sent, "week": w, "dt": rand_dt(w),
                    "score": sc, "text": text_for(tp, sent)})
# emerging issue: timesheet portal breaks in the last 3 weeks (weeks 9-11) - mostly temps
for w, n in ((9, 8), (10, 11), (11, 13)):
    for _ in range(n):
        seg = rng.choices(SEGMENTS, weights=[0.15, 0.80, 0.05])[0]
        sent = "neg" if rng.random() < 0.92 else "neu"
        tpn = "Timesheet portal"
        txt = text_for(tpn, sent) if sent == "neu" else rng.choice(T[tpn]["neg"]) + rng.choice(SUFFIX)
        j2_rows.append({"tp": tpn, "stage": J2_TP[tpn][0], "seg": seg, "sent": sent, "week": w, "dt": rand_dt(w),
                        "score": csat_score(sent), "text": txt})

# PII in a few rows
for rows, idxs in ((j1_rows, (17, 88)), (j2_rows, (40, 121))):
    for k, ix in enumerate(idxs):
        rows[ix]["text"] = rows[ix]["text"].rstrip(".!") + "." + PII[(len(idxs) * (rows is j2_rows)) + k]

for rows in (j1_rows, j2_rows):
    rows.sort(key=lambda r: r["dt"])

for n, r in enumerate(j1_rows, 1):
    r["id"] = f"REG-{n:04d}"
for n, r in enumerate(j2_rows, 1):
    r["id"] = f"PP-{100000 + n}"

SENT_LABEL = {"pos": "positive", "neu": "neutral", "neg": "negative"}
JUNK1 = ["", "...", "-", "?!"]
JUNK2 = ["", "!!!", " . ", "??", "--"]

os.makedirs(os.path.join(K, "maps"), exist_ok=True)
os.makedirs(os.path.join(K, "comments"), exist_ok=True)
os.makedirs(os.path.join(K, "kpis"), exist_ok=True)

with open(os.path.join(K, "maps", "candidate-registration.yaml"), "w") as f:
    yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=110)
with open(os.path.join(K, "maps", "interview-to-placement.json"), "w") as f:
    json.dump(J2, f, indent=2)

# canonical comments file
with open(os.path.join(K, "comments", "registration_survey.csv"), "w", newline="") as f:
    wr = csv.writer(f)
    wr.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "segment", "score", "score_type",
                 "sentiment", "comment"])
    junk_at = {30: 0, 77: 1, 140: 2, 190: 3}
    for n, r in enumerate(j1_rows):
        wr.writerow([r["id"], r["dt"].date().isoformat(), J1["name"], r["stage"], r["tp"], CHANNEL_J1[r["tp"]],
                     r["seg"], r["score"], "nps", SENT_LABEL[r["sent"]], r["text"]])
        if n in junk_at:
            j = junk_at[n]
            wr.writerow([f"REG-J{j + 1}", r["dt"].date().isoformat(), J1["name"], "", "", "", "", "", "nps", "", JUNK1[j]])

# vendor export (CSAT) + mapping
with open(os.path.join(K, "comments", "placement_pulse_export.csv"), "w", newline="") as f:
    wr = csv.writer(f)
    wr.writerow(["Response ID", "Submitted", "Journey Name", "Step", "Interaction", "Rating (1-5)", "Scale",
                 "Candidate Type", "Sentiment Label", "Branch", "Verbatim"])
    junk_at = {12: 0, 55: 1, 99: 2, 133: 3, 160: 4}
    for n, r in enumerate(j2_rows):
        wr.writerow([r["id"], r["dt"].strftime("%d/%m/%Y %H:%M"), J2["name"], r["stage"], r["tp"], r["score"],
                     "csat", r["seg"], SENT_LABEL[r["sent"]], rng.choice(OFFICES), r["text"]])
        if n in junk_at:
            j = junk_at[n]
            wr.writerow([f"PP-J{j + 1}", r["dt"].strftime("%d/%m/%Y %H:%M"), J2["name"], "", "", "", "csat", "",
                         "", "", JUNK2[j]])
with open(os.path.join(K, "comments", "placement_pulse_export.mapping.yaml"), "w") as f:
    yaml.safe_dump({"kind": "comments",
                    "columns": {"id": "Response ID", "date": "Submitted", "journey": "Journey Name", "stage": "Step",
                                "touchpoint": "Interaction", "score": "Rating (1-5)", "score_type": "Scale",
                                "segment": "Candidate Type", "comment": "Verbatim"},
                    "date_format": "%d/%m/%Y %H:%M"}, f, sort_keys=False)

# ----------------------------------------------------------------------------------------------
# KPIs
# ----------------------------------------------------------------------------------------------
def lin(a, b, noise):
    return [a + (b - a) * i / 11 + rng.uniform(-noise, noise) for i in range(12)]


def flat(a, noise):
    return [a + rng.uniform(-noise, noise) for _ in range(12)]


ts = flat(1.8, 0.3)
ts[9], ts[10], ts[11] = 6.4 + rng.uniform(-0.2, 0.2), 9.7 + rng.uniform(-0.2, 0.2), 12.3 + rng.uniform(-0.2, 0.2)
nps2 = flat(36, 1.5)
nps2[9], nps2[10], nps2[11] = 32 + rng.uniform(-1, 1), 29 + rng.uniform(-1, 1), 26 + rng.uniform(-1, 1)

# (metric, journey, stage, touchpoint, unit, target, higher_is_better, series)
KPI_DEF = [
    ("registration_completion_rate", J1, "Register", "Online registration form", "%", 75, True, lin(57.5, 73.5, 0.7)),
    ("cv_parse_success_rate", J1, "Register", "CV upload and parsing", "%", 90, True, flat(71, 1.5)),
    ("application_drop_off_rate", J1, "Apply", "One-click apply", "%", 20, False, flat(28, 1.2)),
    ("application_response_time_hours", J1, "Apply", "Application status updates", "h", 48, False, flat(71, 4)),
    ("job_alert_click_rate", J1, "Find a job", "Job alert emails", "%", 12, True, flat(10, 0.5)),
    ("candidate_nps", J1, "", "", "score", 30, True, lin(9, 14, 1.2)),
    ("candidate_nps", J2, "", "", "score", 30, True, nps2),
    ("interview_to_offer_rate", J2, "Interview", "Post-interview debrief", "%", 35, True, flat(32, 1.0)),
    ("offer_acceptance_rate", J2, "Offer", "Verbal offer call", "%", 85, True, flat(82, 1.2)),
    ("time_to_offer_days", J2, "Offer", "Offer letter and contract", "days", 10, False, flat(11.5, 0.6)),
    ("reference_check_days", J2, "Pre-start checks", "Reference checks", "days", 3, False, lin(3.2, 6.9, 0.2)),
    ("placement_fallout_rate", J2, "Pre-start checks", "Payroll setup", "%", 5, False, flat(5.6, 0.4)),
    ("first_week_checkin_rate", J2, "First weeks in placement", "Week-one check-in call", "%", 95, True, flat(92, 1.0)),
    ("timesheet_error_rate", J2, "First weeks in placement", "Timesheet portal", "%", 2, False, ts),
]
KV = {}  # (metric, journey_id) -> list of rounded values
with open(os.path.join(K, "kpis", "weekly_kpis.csv"), "w", newline="") as f:
    wr = csv.writer(f)
    wr.writerow(["date", "metric", "journey", "stage", "touchpoint", "value", "target", "unit", "higher_is_better"])
    for w in range(12):
        for m, j, st, tp, unit, tgt, hib, ser in KPI_DEF:
            v = rhalf(ser[w], 1)
            KV.setdefault((m, j["id"]), []).append(v)
            wr.writerow([WEEKS[w].isoformat(), m, j["id"], st, tp, f"{v:.1f}", tgt, unit, "true" if hib else "false"])
KDEF = {(d[0], d[1]["id"]): d for d in KPI_DEF}

# ----------------------------------------------------------------------------------------------
# Computations for questions
# ----------------------------------------------------------------------------------------------
def mean(xs):
    return sum(xs) / len(xs)


def nps_of(scores):
    pro = sum(1 for s in scores if s >= 9)
    det = sum(1 for s in scores if s <= 6)
    return (pro - det) / len(scores) * 100


def kv(m, j):
    return KV[(m, j["id"])]


# stage averages J1 (NPS)
j1_stage_avg = {s["name"]: mean([r["score"] for r in j1_rows if r["stage"] == s["name"]]) for s in J1["stages"]}
j1_low_stage = min(j1_stage_avg, key=j1_stage_avg.get)
# negatives per touchpoint J2
j2_neg = Counter(r["tp"] for r in j2_rows if r["sent"] == "neg")
j2_top_neg = j2_neg.most_common()
j1_neg = Counter(r["tp"] for r in j1_rows if r["sent"] == "neg")
j1_top_neg = j1_neg.most_common()
# praise: highest avg CSAT touchpoint in J2 with >= 10 comments
j2_tp_avg = {tp: mean([r["score"] for r in j2_rows if r["tp"] == tp]) for tp in J2_TP
             if sum(1 for r in j2_rows if r["tp"] == tp) >= 10}
j2_best = max(j2_tp_avg, key=j2_tp_avg.get)
j2_pos = Counter(r["tp"] for r in j2_rows if r["sent"] == "pos")
# segment at Apply (J1)
apply_rows = [r for r in j1_rows if r["stage"] == "Apply"]
grad_apply = mean([r["score"] for r in apply_rows if r["seg"] == "Graduate"])
other_apply = mean([r["score"] for r in apply_rows if r["seg"] != "Graduate"])
seg_apply = {s: mean([r["score"] for r in apply_rows if r["seg"] == s]) for s in SEGMENTS}
apply_tp_avg = {tp: mean([r["score"] for r in apply_rows if r["tp"] == tp])
                for tp in ("One-click apply", "Consultant screening call")}
apply_best = max(apply_tp_avg, key=apply_tp_avg.get)
apply_best_phrase = {"One-click apply": "one-click apply", "Consultant screening call": "screening call"}[apply_best]
# temps in first weeks (J2)
fw = [r for r in j2_rows if r["stage"] == "First weeks in placement"]
temp_fw = mean([r["score"] for r in fw if r["seg"] == "Temp / contract"])
perm_fw = mean([r["score"] for r in fw if r["seg"] == "Permanent"])
# derived
j1_nps = nps_of([r["score"] for r in j1_rows])
j1_reg_nps = nps_of([r["score"] for r in j1_rows if r["stage"] == "Register"])
j2_sat = sum(1 for r in j2_rows if r["score"] >= 4) / len(j2_rows) * 100
j2_offer_avg = mean([r["score"] for r in j2_rows if r["stage"] == "Offer"])
# emerging
ts_by_week = Counter(r["week"] for r in j2_rows if r["tp"] == "Timesheet portal" and r["sent"] == "neg")
# KPI off-target (relative, direction-aware) in J2, latest week
def gap(m, j):
    d = KDEF[(m, j["id"])]
    v, tgt, hib = kv(m, j)[-1], d[5], d[6]
    g = (tgt - v) if hib else (v - tgt)
    return g / tgt
j2_gaps = {m: gap(m, J2) for (m, jid) in KV if jid == J2["id"]}
j2_worst_kpi = max(j2_gaps, key=j2_gaps.get)
j2_gaps_abs = {}
for (m, jid) in KV:
    if jid == J2["id"]:
        d = KDEF[(m, jid)]
        v = KV[(m, jid)][-1]
        j2_gaps_abs[m] = (d[5] - v) if d[6] else (v - d[5])
assert max(j2_gaps_abs, key=j2_gaps_abs.get) == j2_worst_kpi

assert j1_low_stage == "Register", j1_stage_avg
assert j2_top_neg[0][0] == "Reference checks" or j2_top_neg[0][0] == "Timesheet portal"
assert j2_best == "Interview prep call", j2_tp_avg
assert grad_apply + 1.5 < other_apply
assert all(ts_by_week[w] == 0 for w in range(9))

# KPI shorthand
def last(m, j, nd=1):
    return fmt(kv(m, j)[-1], nd)


def first(m, j, nd=1):
    return fmt(kv(m, j)[0], nd)


def chg(m, j, nd=1):
    return fmt(abs(kv(m, j)[-1] - kv(m, j)[0]), nd)


def avg_last(m, j, n, nd=1):
    return fmt(mean(kv(m, j)[-n:]), nd)


def wk(m, j, date):
    return fmt(kv(m, j)[WEEKS.index(date)], 1)


TS = tp_id(J2, "Timesheet portal")
REF = tp_id(J2, "Reference checks")
CVP = tp_id(J1, "CV upload and parsing")
STATUS = tp_id(J1, "Application status updates")
PREP = tp_id(J2, "Interview prep call")

Q = []


def q(kind, question, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = sources
        d["figures"] = [str(x) for x in (figures or [])]
        d["abstain"] = False
    Q.append(d)


# pain_points
q("pain_points", "whats the main gripe with the cv upload?", [CVP, "comment~cv"], ["retype"])
q("pain_points", "pain points at reference checks stage pls", [REF, st_id(J2, "Pre-start checks"), "comment~reference"],
  ["start date"])
q("pain_points", "why are ppl unhappy w application status updates", [STATUS, "comment~heard nothing"], ["feedback"])
q("pain_points", "any known issues w interview scheduling?", [tp_id(J2, "Interview scheduling"), "comment~rescheduled"],
  ["rescheduled"])
# touchpoints
q("touchpoints", "what touchpoints are in the offer stage", [st_id(J2, "Offer")],
  ["Verbal offer call", "Offer letter and contract"])
q("touchpoints", "list the touchpoints under register in the registration journey", [st_id(J1, "Register")],
  ["Online registration form", "CV upload and parsing", "Right-to-work check"])
q("touchpoints", "whats in pre start checks? touchpoints only", [st_id(J2, "Pre-start checks")],
  ["Reference checks", "Background and DBS check", "Payroll setup"])
# owner
q("owner", "who owns the timesheet portal", [TS], ["Payroll team"])
q("owner", "which team looks after cv parsing", [CVP], ["Candidate Systems team"])
q("owner", "owner of right to work check?", [tp_id(J1, "Right-to-work check")], ["Compliance team"])
# goal
q("goal", "whats the goal for the register stage", [st_id(J1, "Register")], ["10 minutes"])
q("goal", "what are we aiming for at the offer step", [st_id(J2, "Offer")], ["two working days"])
q("goal", "goal of apply stage?", [st_id(J1, "Apply")], ["48 hours"])
# latest_kpi
q("latest_kpi", "reg completion rate atm?", ["kpi~registration_completion_rate"],
  [last("registration_completion_rate", J1)])
q("latest_kpi", "whats ref check time rn (days)", ["kpi~reference_check_days"], [last("reference_check_days", J2)])
q("latest_kpi", "latest cv parse success %", ["kpi~cv_parse_success_rate"], [last("cv_parse_success_rate", J1)])
# kpi_change
q("kpi_change", "how much has reference check days gone up since the start of sept",
  ["kpi~reference_check_days"], [chg("reference_check_days", J2)])
q("kpi_change", "registration completion rate - where did it start vs now over the 12 wks",
  ["kpi~registration_completion_rate"],
  [first("registration_completion_rate", J1), last("registration_completion_rate", J1)])
q("kpi_change", "timesheet error rate change first wk to latest?", ["kpi~timesheet_error_rate"],
  [first("timesheet_error_rate", J2), last("timesheet_error_rate", J2)])
# kpi_window
q("kpi_window", "avg timesheet error rate over the last 3 wks", ["kpi~timesheet_error_rate"],
  [avg_last("timesheet_error_rate", J2, 3)])
q("kpi_window", "what was offer acceptance rate the wk of 5 oct", ["kpi~offer_acceptance_rate"],
  [wk("offer_acceptance_rate", J2, dt.date(2026, 10, 5))])
q("kpi_window", "mean application response time last 4 weeks?", ["kpi~application_response_time_hours"],
  [avg_last("application_response_time_hours", J1, 4)])
# comparison
q("comparison", "candidate nps registration journey vs interview to placement, latest",
  ["kpi~candidate_nps"], [last("candidate_nps", J1), last("candidate_nps", J2)])
q("comparison", "is reg completion above or below target rn? by how much",
  ["kpi~registration_completion_rate"],
  [last("registration_completion_rate", J1), fmt(abs(75 - kv("registration_completion_rate", J1)[-1]), 1)])
q("comparison", "temps vs perm avg csat in the first weeks stage",
  [st_id(J2, "First weeks in placement"), "comment~timesheet"], [fmt(temp_fw, 1), fmt(perm_fw, 1)])
# ranking
q("ranking", "which stage of the registration journey scores worst on nps in the comments?",
  [st_id(J1, j1_low_stage), "comment~cv"], [j1_low_stage])
q("ranking", "top touchpoint for negative feedback in interview to placement",
  [tp_id(J2, j2_top_neg[0][0]), "comment~" + j2_top_neg[0][0].split()[0].lower()], [j2_top_neg[0][0]])
q("ranking", "which placement kpi is furthest off target rn", ["kpi~" + j2_worst_kpi], [j2_worst_kpi.split("_")[0]])
# segment
q("segment", "are grads less happy than others at the apply stage? avg score grads vs rest",
  [st_id(J1, "Apply"), STATUS, "comment~heard nothing"], [fmt(grad_apply, 1), fmt(other_apply, 1)])
q("segment", "which candidate type is most unhappy with applying", [st_id(J1, "Apply"), STATUS], ["Graduate"])
q("segment", "which segment is complaining about timesheets the most",
  [TS, "comment~timesheet"],
  [Counter(r["seg"] for r in j2_rows if r["tp"] == "Timesheet portal" and r["sent"] == "neg").most_common(1)[0][0].split()[0].lower()])
# derived_score
q("derived_score", "whats the nps from the registration survey comments overall", ["comment~REG-|journey:" + J1["id"], "comment~cv"],
  [fmt(j1_nps, 0)])
q("derived_score", "% of placement pulse responses that were satisfied (4 or 5)", ["comment~PP-|journey:" + J2["id"]],
  [fmt(j2_sat, 0)])
q("derived_score", "avg csat for the offer stage?", [st_id(J2, "Offer"), "comment~offer"], [fmt(j2_offer_avg, 1)])
# themes
q("themes", "main themes in the registration feedback?", ["comment~cv", CVP, STATUS], ["cv"])
q("themes", "what do candidates moan about most after the offer, before they start",
  [REF, "comment~reference"], ["reference"])
q("themes", "recurring complaints in interview to placement journey", ["comment~reference", REF, TS],
  ["reference", "timesheet"])
# praise
q("praise", "what do candidates love most in interview to placement", [PREP, "comment~prep"], ["prep call"])
q("praise", "any touchpoint getting consistently good feedback?", [PREP, "comment~prep"], ["prep call"])
q("praise", "whats going well in the apply stage", [tp_id(J1, "One-click apply"), tp_id(J1, "Consultant screening call"),
                                                   "comment~apply|comment~consultant"], [apply_best_phrase])
# emerging
q("emerging", "anything new blowing up in the last couple wks?", [TS, "comment~timesheet"], ["timesheet"])
q("emerging", "new issues in first weeks in placement recently?", [TS, "comment~timesheet"], ["timesheet"])
q("emerging", "has something started going wrong w pay lately", [TS, "comment~timesheet|comment~paid late"],
  ["timesheet"])
# priority
q("priority", "if we fix one thing in registration what should it be", [CVP, "comment~cv"], ["cv"])
q("priority", "top priority for the payroll team rn?", [TS, "comment~timesheet", "kpi~timesheet_error_rate"],
  ["timesheet"])
q("priority", "biggest thing to fix in pre start checks", [REF, "comment~reference", "kpi~reference_check_days"],
  ["reference"])
# paraphrase
q("paraphrase", "whats the feedback on the bit where they send us their cv and the system reads it in",
  [CVP, "comment~cv"], ["cv upload"])
q("paraphrase", "how's it going when we ring their old bosses to vouch for them", [REF, "comment~reference"],
  ["reference"])
q("paraphrase", "what do ppl say abt the call before the interview where the consultant coaches them",
  [PREP, "comment~prep"], ["prep call"])
q("paraphrase", "who runs the thing where temps put in their hours each week", [TS], ["Payroll team"])
# abstain
for text in [
    "whats hays' candidate nps this quarter",
    "reed vs us time to offer?",
    "forecast for candidate nps next year?",
    "what will reference check days be in 2027",
    "how much fee revenue did placements bring in last month",
    "how many consultants do we employ rn",
    "whats consultant attrition this yr",
    "client side journey - hiring manager pain points at shortlisting?",
    "interview no-show rate latest",
    "whats our glassdoor rating atm",
    "avg margin per temp placement?",
    "pain points in the apprenticeship levy journey for employers",
]:
    q("abstain", text, abstain=True)

# ---- split per kind at random
by_kind = defaultdict(list)
for x in Q:
    by_kind[x["kind"]].append(x)
dev, held = [], []
flip = False
for kind in sorted(by_kind):
    items = by_kind[kind][:]
    rng.shuffle(items)
    h = len(items) // 2
    if len(items) % 2:
        h += 1 if flip else 0
        flip = not flip
    dev += items[:h]
    held += items[h:]
assert all(sum(1 for x in half if x["kind"] == k) > 0 for half in (dev, held) for k in by_kind)
for name, half in (("dev.yaml", dev), ("heldout.yaml", held)):
    with open(os.path.join(ROOT, name), "w") as f:
        yaml.safe_dump({"questions": half}, f, sort_keys=False, allow_unicode=True, width=130)

# ---- summary for the README
print("J1 comments", len(j1_rows), "J2 comments", len(j2_rows), "junk", len(JUNK1) + len(JUNK2))
print("J1 stage avg", {k: round(v, 2) for k, v in j1_stage_avg.items()})
print("J1 neg by tp", j1_top_neg[:4])
print("J2 neg by tp", j2_top_neg[:4])
print("J2 tp avg", {k: round(v, 2) for k, v in j2_tp_avg.items()})
print("apply seg avg", {k: round(v, 2) for k, v in seg_apply.items()}, "grad", grad_apply, "other", other_apply)
print("apply tp avg", apply_tp_avg)
print("first weeks temp/perm", temp_fw, perm_fw)
print("J1 nps", j1_nps, "reg nps", j1_reg_nps, "J2 sat%", j2_sat, "offer avg", j2_offer_avg)
print("timesheet neg by week", sorted(ts_by_week.items()))
print("J2 gaps", {k: round(v, 2) for k, v in j2_gaps.items()}, "worst", j2_worst_kpi)
for (m, jid), vals in KV.items():
    print(f"{m:34s} {jid:24s} first {vals[0]:6.1f} last {vals[-1]:6.1f} min {min(vals):6.1f} max {max(vals):6.1f}")
print("questions", len(Q), "dev", len(dev), "heldout", len(held))
print("per kind", {k: (sum(1 for x in dev if x['kind'] == k), sum(1 for x in held if x['kind'] == k)) for k in sorted(by_kind)})
