"""Survey-comment and KPI CSV files -> validated records. A bad row rejects the whole file."""

from __future__ import annotations

from dataclasses import replace

from knowledge.columns import ColumnMapping
from knowledge.csv_source import CsvRow, CsvTable
from knowledge.errors import KnowledgeError
from knowledge.records import CommentRecord, KpiRecord, LoadedFile, Where
from knowledge.text import clean, content_hash, has_words
from knowledge.values import (
    ValueProblem,
    check_score,
    default_higher_is_better,
    parse_bool,
    parse_datetime,
    parse_number,
    score_type_for,
)


class _Row:
    """Canonical access to one CSV row through the column mapping."""

    def __init__(self, row: CsvRow, mapping: ColumnMapping) -> None:
        self.row = row
        self.mapping = mapping

    def get(self, canonical: str) -> str | None:
        source = self.mapping.source(canonical)
        return clean(self.row.values.get(source)) if source else clean(self.mapping.values.get(canonical))

    def properties(self) -> dict[str, str]:
        used = set(self.mapping.columns.values()) | set(self.mapping.ignore)
        return {k: v.strip() for k, v in self.row.values.items() if k and k not in used and v and v.strip()}

    def where(self) -> Where:
        return Where(self.get("journey"), self.get("stage"), self.get("touchpoint"))


def load_comments(table: CsvTable, mapping: ColumnMapping, file_hash: str) -> LoadedFile:
    path = table.path
    if not mapping.source("comment"):
        raise KnowledgeError(path, 1, f"no comment column (looked for 'comment' and its aliases; columns: "
                                      f"{', '.join(table.header)}); name it with --map comment=COLUMN")
    loaded = LoadedFile(path=str(path), kind="comments", file_hash=file_hash)
    score_type_default = score_type_for(mapping.values.get("score_type"), mapping.source("score"))
    constants = [f"{k}={v}" for k, v in sorted(mapping.values.items())]  # a changed value rewrites the rows
    seen_rows: set[str] = set()
    ids: dict[str, int] = {}
    renamed = 0
    for csv_row in table.rows():
        row = _Row(csv_row, mapping)
        row_hash = content_hash([csv_row.values.get(h, "") for h in table.header if h not in mapping.ignore]
                                + constants)
        if row_hash in seen_rows:
            loaded.duplicates += 1
            continue
        seen_rows.add(row_hash)
        # A response with a score but no text is kept: it still counts towards NPS/CSAT.
        text = row.get("comment") or ""
        try:
            record = _comment(row, text, score_type_default)
        except ValueProblem as exc:
            raise KnowledgeError(path, csv_row.line, str(exc)) from None
        explicit_id = row.get("id")
        comment_id = explicit_id or f"c-{row_hash[:16]}"
        if comment_id in ids:
            ids[comment_id] += 1
            comment_id = f"{comment_id}~{ids[comment_id]}"
            renamed += 1
        else:
            ids[comment_id] = 1
        loaded.comments.append(replace(record, id=comment_id, line=csv_row.line, raw_hash=_raw_hash(csv_row, table)))
    if renamed:
        loaded.warnings.append(f"{renamed} rows repeat an earlier row's id with other content; kept as ID~2, ID~3, ...")
    wordless = [c.line for c in loaded.comments if not has_words(c.text)]
    if wordless and len(wordless) < len(loaded.comments):
        lines = ", ".join(str(n) for n in wordless[:5]) + (", …" if len(wordless) > 5 else "")
        loaded.warnings.append(f"{len(wordless)} rows have no words in their comment (empty or punctuation only; "
                               f"lines {lines}): stored, never cited; a score among them still counts")
    if not loaded.comments:
        raise KnowledgeError(path, 2, "the file has a header but no comment rows")
    return loaded


def _raw_hash(csv_row: CsvRow, table: CsvTable) -> str:
    """Every cell of the row, ignored columns too: the same response in a copy read with other options."""
    return content_hash([csv_row.values.get(h, "") for h in table.header])


def _comment(row: _Row, text: str, score_type_default: str | None) -> CommentRecord:
    date_text = row.get("date")
    when = parse_datetime(date_text, row.mapping.date_format) if date_text else None
    score_text = row.get("score")
    score = parse_number(score_text, "score") if score_text else None
    score_type = score_type_for(row.get("score_type"), None) or score_type_default
    if score is not None:
        check_score(score, score_type)
    return CommentRecord(
        id="", text=text, line=0, where=row.where(), date=when, channel=row.get("channel"),
        score=score, score_type=score_type if score is not None or row.get("score_type") else None,
        segment=row.get("segment"), customer=row.get("customer"), properties=row.properties(),
    )


def load_kpis(table: CsvTable, mapping: ColumnMapping, file_hash: str) -> LoadedFile:
    path = table.path
    missing = [c for c in ("metric", "value", "date") if not mapping.source(c)]
    if missing:
        raise KnowledgeError(path, 1, f"a KPI file needs columns metric, value and date; missing: "
                                      f"{', '.join(missing)} (columns: {', '.join(table.header)})")
    loaded = LoadedFile(path=str(path), kind="kpis", file_hash=file_hash)
    keys: dict[str, tuple[int, float]] = {}
    for csv_row in table.rows():
        row = _Row(csv_row, mapping)
        try:
            record = _kpi(row)
        except ValueProblem as exc:
            raise KnowledgeError(path, csv_row.line, str(exc)) from None
        key = content_hash([record.metric.lower(), record.date, record.where, sorted(record.properties.items())])
        if key in keys:
            line, value = keys[key]
            if value == record.value:
                loaded.duplicates += 1
                continue
            raise KnowledgeError(path, csv_row.line, f"{record.metric} for {record.date} is given twice with "
                                                     f"different values (also on line {line})")
        keys[key] = (csv_row.line, record.value)
        loaded.kpis.append(replace(record, id=f"k-{key[:16]}", line=csv_row.line, raw_hash=_raw_hash(csv_row, table)))
    if not loaded.kpis:
        raise KnowledgeError(path, 2, "the file has a header but no KPI rows")
    return loaded


def _kpi(row: _Row) -> KpiRecord:
    metric = row.get("metric")
    if not metric:
        raise ValueProblem("the metric is empty")
    value_text = row.get("value")
    if not value_text:
        raise ValueProblem(f"the value of {metric} is empty")
    date_text = row.get("date")
    if not date_text:
        raise ValueProblem(f"the date of {metric} is empty")
    target_text = row.get("target")
    unit = row.get("unit")
    if unit is None and value_text.strip().endswith("%"):
        unit = "%"
    hib_text = row.get("higher_is_better")
    return KpiRecord(
        id="", metric=metric, value=parse_number(value_text, "value"),
        date=parse_datetime(date_text, row.mapping.date_format).date(), line=0, where=row.where(),
        target=parse_number(target_text, "target") if target_text else None, unit=unit,
        higher_is_better=parse_bool(hib_text, "higher_is_better") if hib_text else default_higher_is_better(metric),
        properties=row.properties(),
    )


def file_kind_from_header(mapping: ColumnMapping) -> str | None:
    if mapping.source("metric") and mapping.source("value"):
        return "kpis"
    if mapping.source("comment"):
        return "comments"
    return None

