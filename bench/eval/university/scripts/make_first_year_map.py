"""Writes knowledge/maps/first-year-support.json (the map is written out here by hand as a dict)."""
import json, pathlib

def tp(name, channel, owner, description, emotion, pain=(), metrics=(), opp=()):
    d = {"name": name, "channel": channel, "owner": owner, "description": description, "emotion": emotion}
    if pain: d["pain_points"] = list(pain)
    if opp: d["opportunities"] = list(opp)
    if metrics: d["metrics"] = list(metrics)
    return d

MAP = {
  "id": "first-year-support",
  "name": "First-year support",
  "persona": "First-year undergraduate (living in halls, commuting, international or mature)",
  "owner": "Student Services",
  "updated": "2026-11-23",
  "description": "Support services a first-year student meets in their first term, from welcome week to money, wellbeing and the student hub.",
  "stages": [
    {"name": "Welcome week",
     "goal": "Settle new students in during their first week: connected, timetabled and part of a community",
     "emotion": 1,
     "pain_points": ["Wifi and timetable problems pile up in the first days"],
     "touchpoints": [
       tp("Welcome talk", "in person", "Student Experience", "Opening talk and induction sessions for new students.", 1,
          ["Early start is hard for commuter students"]),
       tp("Freshers fair", "in person", "Students' Union", "Societies and services fair in welcome week.", 2,
          ["Overcrowded", "Little for students who do not live on campus"]),
       tp("Eduroam wifi setup", "self-service", "IT Services", "Connecting laptops and phones to eduroam wifi, with help at the IT desk.", -1,
          ["Devices fail to connect in the first week", "Long IT desk queues"], ["it_ticket_resolution_hours"]),
       tp("Timetable app", "app", "Timetabling", "Personal timetable with rooms and changes.", -1,
          ["Clashes and rooms that do not exist", "Changes are not pushed to students"]),
     ]},
    {"name": "Academic support",
     "goal": "Help first years keep up with their course and build the study skills university needs",
     "emotion": 1,
     "pain_points": ["Attendance slips as the term goes on"],
     "touchpoints": [
       tp("Personal tutor meeting", "in person", "Academic departments", "Regular one-to-one meetings with an assigned personal tutor.", 2,
          ["Some students do not meet their tutor until mid-term"]),
       tp("Study skills workshop", "in person", "Library & Learning Services", "Workshops on referencing, academic writing and essay planning, also online.", 1,
          ["Clash with lab sessions"]),
       tp("Library", "in person", "Library & Learning Services", "24/7 library with study spaces and subject librarians.", 1,
          ["Noise on the silent floor", "Not enough plug sockets"]),
       tp("Moodle VLE", "web", "Digital Education", "Module pages, lecture recordings and assignment submission.", -1,
          ["Empty module pages and late lecture recordings", "Outages near deadlines"]),
       tp("Peer mentoring", "in person", "Students' Union", "A second- or third-year student mentor for each first year.", 1,
          ["Some mentors do not reply"]),
     ]},
    {"name": "Wellbeing",
     "goal": "Give students quick access to mental health, wellbeing and disability support when they need it",
     "emotion": -1,
     "pain_points": ["Demand for counselling has outgrown capacity this term"],
     "touchpoints": [
       tp("Counselling service", "in person", "Wellbeing Services", "Triage call followed by up to six counselling sessions.", -2,
          ["Waiting list of several weeks after triage", "Only six sessions"], ["counselling_wait_days"]),
       tp("Wellbeing drop-in", "in person", "Wellbeing Services", "Daily drop-in with a wellbeing advisor, 12:00-14:00, main campus only.", 1,
          ["Short opening hours and only on main campus"]),
       tp("Disability support", "in person", "Disability & Inclusion", "Needs assessments, reasonable adjustments and exam arrangements.", -1,
          ["Adjustments are not passed on to lecturers"]),
       tp("Out-of-hours helpline", "phone", "Wellbeing Services", "24/7 phone line run with an external partner.", 1),
     ]},
    {"name": "Money and housing",
     "goal": "Make sure students get the money they are owed on time and have a safe, working place to live",
     "emotion": 0,
     "pain_points": ["Bursary instalments delayed since the finance system migration in November 2026"],
     "touchpoints": [
       tp("Bursary payment", "bank transfer", "Student Funding", "Termly bursary instalments paid to eligible students.", -2,
          ["November instalment late or short", "No proactive message about delays"], ["bursary_payment_time_days"]),
       tp("Hardship fund", "web", "Student Funding", "Emergency grants for students in financial difficulty.", -1,
          ["Long form and slow decisions"]),
       tp("Halls maintenance", "web form", "Accommodation Office", "Repair requests for university halls, handled by a new contractor since October 2026.", 1,
          ["Repairs used to take over a week"], ["halls_repair_days"]),
       tp("Money advice", "in person", "Money Advice", "Budgeting, student loan and part-time work advice.", 1),
     ]},
    {"name": "Getting help",
     "goal": "One front door where students can get any question answered quickly, in person or online",
     "emotion": -1,
     "touchpoints": [
       tp("Student hub desk", "in person", "Student Hub", "Walk-in desk for letters, ID, general questions and referrals.", 0,
          ["Long queues at peak times"]),
       tp("Online ask form", "web", "Student Hub", "Online enquiry form that creates a ticket for the hub team.", -1,
          ["Tickets closed without an answer"], ["first_response_time_hours"]),
       tp("Student app notifications", "app", "Digital Services", "Push notifications and reminders in the student app.", 0,
          ["Too many event notifications, important news missed"]),
     ]},
  ],
}

if __name__ == "__main__":
    out = pathlib.Path(__file__).resolve().parent.parent / "knowledge/maps/first-year-support.json"
    out.write_text(json.dumps(MAP, indent=2, ensure_ascii=False) + "\n")
    for st in MAP["stages"]:
        print(st["name"], len(st.get("pain_points", [])) + sum(len(t.get("pain_points", [])) for t in st["touchpoints"]), len(st["touchpoints"]))
