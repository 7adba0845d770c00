"""Assembles the hand-written comments in comments_data.py into three CSV files + a mapping file."""
import csv, datetime, hashlib, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from comments_data import ADM, CSAT, PULSE

W1 = datetime.date(2026, 9, 7)
OUT = pathlib.Path(__file__).resolve().parent.parent / "knowledge/comments"

def day(week, i, text):
    return W1 + datetime.timedelta(weeks=week - 1, days=(i * 3 + len(text)) % 7)

def flat(data):
    i = 0
    for (stage, tp), items in data.items():
        for week, score, seg, text in items:
            yield i, stage, tp, week, score, seg, text
            i += 1

def native_rows(data, prefix, journey, score_type):
    for i, stage, tp, week, score, seg, text in flat(data):
        yield {"id": f"{prefix}-{i + 1:04d}", "date": day(week, i, text).isoformat(), "journey": journey,
               "stage": stage, "touchpoint": tp, "score": "" if score is None else score,
               "score_type": score_type, "segment": seg, "comment": text}

def pulse_rows():
    for i, stage, tp, week, score, seg, text in flat(PULSE):
        d = day(week, i, text)
        h = hashlib.sha1(f"pulse{i}{text}".encode()).hexdigest()
        rid = "R_" + h[:15]
        t = datetime.datetime(d.year, d.month, d.day, 8 + (i * 7) % 14, (i * 13) % 60)
        start = t - datetime.timedelta(minutes=2 + i % 9)
        yield {"ResponseId": rid, "StartDate": start.strftime("%d/%m/%Y %H:%M"),
               "RecordedDate": t.strftime("%d/%m/%Y %H:%M"), "Finished": "True",
               "SurveyName": "First-year support", "Q1_Area": stage, "Q2_Service": tp,
               "Q3_Recommend": "" if score is None else score, "ScaleType": "nps",
               "Q4_StudentType": seg, "Q5_Comments": text,
               "UserLanguage": "EN"}

def write(name, rows):
    rows = list(rows)
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
    print(name, len(rows))
    return rows

if __name__ == "__main__":
    write("admissions_applicant_survey.csv", native_rows(ADM, "ADM", "Admissions", "nps"))
    write("admissions_contact_csat.csv", native_rows(CSAT, "CSAT", "Admissions", "csat"))
    write("student_pulse_export.csv", pulse_rows())
    (OUT / "student_pulse_export.mapping.yaml").write_text(
        "# Qualtrics-style export of the first-year student pulse survey\n"
        "kind: comments\n"
        'date_format: "%d/%m/%Y %H:%M"\n'
        "columns:\n"
        "  id: ResponseId\n"
        "  date: RecordedDate\n"
        "  comment: Q5_Comments\n"
        "  journey: SurveyName\n"
        "  stage: Q1_Area\n"
        "  touchpoint: Q2_Service\n"
        "  score: Q3_Recommend\n"
        "  score_type: ScaleType\n"
        "  segment: Q4_StudentType\n")
