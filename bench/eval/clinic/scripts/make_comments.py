"""Assembles knowledge/comments/*.csv from the hand-written lists in scripts/data/*.txt.
Each data line: week(1-12)|touchpoint key|score|segment key|comment. Dates: Monday of the week + a fixed offset."""
import csv, datetime as dt, hashlib, pathlib
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "knowledge" / "comments"
W1 = dt.date(2026, 9, 7)
SEG = {"I": "Insured", "S": "Self-pay", "C": "Corporate plan", "O": "Senior 65+"}
OP = "Outpatient visit"; TH = "Telehealth consultation"
TP = {  # key: (stage, touchpoint, channel)
 "ob": ("Booking an appointment", "Online booking", "web"),
 "cc": ("Booking an appointment", "Booking call centre", "phone"),
 "ri": ("Booking an appointment", "Referral intake", "email"),
 "cs": ("Booking an appointment", "Appointment confirmation SMS", "sms"),
 "ar": ("Booking an appointment", "Appointment reminder", "sms"),
 "pk": ("Arrival and check-in", "Parking and wayfinding", "on-site"),
 "ki": ("Arrival and check-in", "Self check-in kiosk", "kiosk"),
 "rd": ("Arrival and check-in", "Reception desk", "in person"),
 "pf": ("Arrival and check-in", "Pre-visit forms", "web"),
 "wr": ("Arrival and check-in", "Waiting room", "on-site"),
 "ci": ("Consultation", "Called in from the waiting room", "on-site"),
 "nt": ("Consultation", "Nurse triage", "in person"),
 "dc": ("Consultation", "Doctor consultation", "in person"),
 "tx": ("Consultation", "Treatment plan explanation", "in person"),
 "rx": ("Consultation", "Prescription at the visit", "in person"),
 "tp": ("Tests and diagnostics", "Test preparation instructions", "email"),
 "bd": ("Tests and diagnostics", "Blood draw", "in person"),
 "im": ("Tests and diagnostics", "Imaging scan", "in person"),
 "rp": ("Results and follow-up", "Results in patient portal", "app"),
 "rc": ("Results and follow-up", "Results call from doctor", "phone"),
 "fu": ("Results and follow-up", "Follow-up appointment booking", "phone"),
 "rs": ("Results and follow-up", "Referral to specialist", "letter"),
 "ce": ("Billing and payment", "Cost estimate", "email"),
 "pa": ("Billing and payment", "Insurance pre-authorisation", "phone"),
 "iv": ("Billing and payment", "Invoice", "email"),
 "op": ("Billing and payment", "Online payment", "web"),
 "bh": ("Billing and payment", "Billing helpline", "phone"),
 # telehealth
 "ab": ("Booking", "App booking", "app"),
 "sq": ("Booking", "Symptom questionnaire", "app"),
 "bc": ("Booking", "Booking confirmation email", "email"),
 "jl": ("Joining the call", "Joining link", "sms"),
 "tc": ("Joining the call", "Pre-call tech check", "app"),
 "vw": ("Joining the call", "Virtual waiting room", "app"),
 "vc": ("Video consultation", "Video call with doctor", "video"),
 "ss": ("Video consultation", "Screen sharing of results", "video"),
 "ie": ("Video consultation", "In-person escalation", "phone"),
 "ep": ("Prescription and follow-up", "E-prescription", "app"),
 "sn": ("Prescription and follow-up", "Sick note", "email"),
 "fm": ("Prescription and follow-up", "Follow-up message", "app"),
 "cp": ("Payment", "Card payment in app", "app"),
 "cb": ("Payment", "Corporate plan billing", "invoice"),
 "-": ("", "", ""),
}

def load(name):
    rows = []
    for line in (HERE / "data" / name).read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        wk, key, score, seg, text = line.split("|", 4)
        rows.append((int(wk), key, score, SEG[seg], text))
    return rows

def when(week, i):
    d = W1 + dt.timedelta(weeks=week - 1, days=(i * 3) % 7)
    return dt.datetime(d.year, d.month, d.day, 8 + (i * 5) % 11, (i * 17) % 60)

def records():
    """Yields dicts with canonical fields for every comment (used by the answer script too)."""
    for fname, journey, prefix, stype in (("outpatient_comments.txt", OP, "OPS-", "nps"),
                                          ("billing_comments.txt", OP, "BIL-", "csat"),
                                          ("telehealth_comments.txt", TH, "R_", "nps")):
        for i, (wk, key, score, seg, text) in enumerate(load(fname), 1):
            stage, tp, ch = TP[key]
            if prefix == "R_":
                rid = "R_" + hashlib.sha1(f"th{i}".encode()).hexdigest()[:15]
            else:
                rid = f"{prefix}{i:04d}"
            yield dict(file=fname, id=rid, when=when(wk, i), week=wk, journey=journey, stage=stage,
                       touchpoint=tp, channel=ch, score=score, score_type=stype, segment=seg, comment=text)

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    recs = list(records())
    cols = ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"]
    for fname, out in (("outpatient_comments.txt", "outpatient_visit_survey.csv"),
                       ("billing_comments.txt", "billing_csat_survey.csv")):
        with open(OUT / out, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f); w.writerow(cols); n = 0
            for r in recs:
                if r["file"] != fname: continue
                w.writerow([r["id"], r["when"].date().isoformat(), r["journey"], r["stage"], r["touchpoint"],
                            r["channel"], r["score"], r["score_type"] if r["score"] else "", r["segment"], r["comment"]])
                n += 1
        print(out, n)
    # Qualtrics-style export: its own column names, day-first dates; mapping file beside it.
    qcols = ["ResponseId", "StartDate", "EndDate", "RecordedDate", "Status", "Progress", "Finished",
             "DistributionChannel", "UserLanguage", "ServiceLine", "SurveyStage", "SurveyTouchpoint",
             "PatientSegment", "Q1_NPS", "Q2_Reason_TEXT"]
    fmt = "%d/%m/%Y %H:%M"
    with open(OUT / "qualtrics_telehealth_export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(qcols); n = 0
        for i, r in enumerate([r for r in recs if r["file"] == "telehealth_comments.txt"]):
            end = r["when"]; start = end - dt.timedelta(minutes=2 + i % 5)
            w.writerow([r["id"], start.strftime(fmt), end.strftime(fmt), end.strftime(fmt), "IP Address", 100, "True",
                        "email" if i % 3 else "sms", "EN", r["journey"], r["stage"], r["touchpoint"],
                        r["segment"], r["score"], r["comment"]])
            n += 1
    print("qualtrics_telehealth_export.csv", n)
    (OUT / "qualtrics_telehealth_export.mapping.yaml").write_text(
        "kind: comments\n"
        "date_format: \"%d/%m/%Y %H:%M\"\n"
        "columns:\n"
        "  id: ResponseId\n"
        "  date: RecordedDate\n"
        "  comment: Q2_Reason_TEXT\n"
        "  score: Q1_NPS\n"
        "  journey: ServiceLine\n"
        "  stage: SurveyStage\n"
        "  touchpoint: SurveyTouchpoint\n"
        "  segment: PatientSegment\n")

if __name__ == "__main__":
    main()
