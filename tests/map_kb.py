"""A generated knowledge base for the map picture: 7 stages, 40 touchpoints, long names, a crowded stage."""

from __future__ import annotations

from pathlib import Path

STAGES = [
    ("Research and compare plans", 1, ["Price comparison site", "Coverage checker", "Plan comparison table"]),
    ("Order", 0, ["Online order form", "Phone sales line", "Credit check", "Order confirmation email",
                  "Retail store"]),
    ("Installation appointment and engineer visit", -2, [
        "Appointment booking", "Appointment reminder SMS", "Engineer arrival window", "Wayleave request",
        "Landlord permission letter", "Engineer on-site visit", "Router delivery", "Router self-setup guide",
        "Line activation", "Speed test", "Missed appointment rebooking", "Installation survey"]),
    ("First bill", -1, ["Welcome pack", "First bill email", "Pro-rata charges explainer", "Direct debit set-up",
                        "Billing helpline", "Account portal"]),
    ("Everyday use", 1, ["Mobile app", "Service status page", "Wi-Fi booster offer", "Usage alerts"]),
    ("Getting help when something goes wrong with the connection", -1, [
        "Fault reporting form", "Remote line test", "Tech support chat", "Engineer repair visit",
        "Fault updates by text message with a very long name that must wrap", "Compensation claim"]),
    ("Renewal", 0, ["Renewal reminder", "Loyalty offer", "Cancellation line", "Exit survey"]),
]
assert sum(len(t) for _, _, t in STAGES) == 40


def write_large_kb(folder: Path) -> Path:
    """Map, NPS comments in one week for most stages (none for the last), and a KPI against target."""
    lines = ["id: fibre-home", "name: Fibre home", "stages:"]
    for name, emotion, touchpoints in STAGES:
        lines += [f"  - name: {name}", f"    emotion: {emotion}", "    pain_points: [Slow, Confusing]",
                  "    touchpoints:"]
        lines += [f"      - {{name: {t}, channel: web, owner: Field operations team}}" for t in touchpoints]
    (folder / "maps").mkdir(parents=True, exist_ok=True)
    (folder / "maps" / "fibre.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["id,date,stage,score,score_type,comment"]
    scores = {0: [10, 9, 8], 1: [10, 3], 2: [0, 1, 2, 3, 9], 3: [5, 6, 10], 4: [9, 9, 10], 5: [2, 10]}
    for stage_index, values in scores.items():
        for i, score in enumerate(values):
            rows.append(f"c{stage_index}-{i},2026-11-1{i % 7},{STAGES[stage_index][0]},{score},nps,"
                        f"Comment number {i} about stage {stage_index}")
    rows.append("late,2026-11-03,Order,2,csat,An older CSAT score in another week")
    (folder / "comments").mkdir(exist_ok=True)
    (folder / "comments" / "survey.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "kpis").mkdir(exist_ok=True)
    (folder / "kpis" / "kpis.csv").write_text(
        "metric,value,date,stage,target\n"
        "install_success_rate,71,2026-11-09,Installation appointment and engineer visit,85\n"
        "install_success_rate,74,2026-11-16,Installation appointment and engineer visit,85\n"
        "order_conversion,12,2026-11-16,Order,10\n", encoding="utf-8")
    return folder
