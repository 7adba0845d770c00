"""`journey export` / `journey import`: what people logged, moved between installations, idempotently.

Only what cannot be derived from the knowledge files travels: logged feedback and touchpoints, the answers as
posted and the votes on them, summary and alert subscriptions, and which periods' summaries were already posted
(so a moved installation does not post them again). The file is JSON Lines: a header line
`{"format": "journey-export", "version": 1, ...}`, then one `{"table": ..., "row": {...}}` a line, holding the
stored values as they are (stored text was redacted before it was stored; nothing else is added).

Import reads and checks the whole file first; any bad line stops it with one message naming the line, and
nothing changes. Rows then go in one transaction, each only if the installation does not hold it yet (by its
natural key, below), so importing twice changes nothing. Imported feedback and touchpoints reach the search
index at once, as logging them would.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, DateTime, Float, Integer, select
from sqlalchemy.orm import DeclarativeBase, Session

from journeys.documents import feedback_document, map_documents
from journeys.errors import JourneyError
from journeys.store.db import Database
from journeys.store.models import (
    AlertSubscription,
    AnswerLog,
    Feedback,
    Journey,
    Subscription,
    SummaryPost,
    Touchpoint,
    Vote,
)
from retrieval.search_index import SearchIndex

FORMAT, VERSION = "journey-export", 1


class BackupFileError(JourneyError):
    """A file `journey import` cannot take; the message names the file, the line and what is wrong."""


@dataclass(frozen=True)
class Table:
    name: str
    model: type[DeclarativeBase]
    key: Callable[[dict[str, Any]], tuple]  # the natural key: a row with the same key is already there
    where: Callable[[], Any] | None = None  # which rows are logged ones (touchpoints: origin `logged`)
    skip: tuple[str, ...] = ("id",)  # surrogate ids are given anew by the importing database
    # Fills in what the importing installation decides (a summary post's subscription id); None: skip the row.
    prepare: Callable[[Session, dict[str, Any]], dict[str, Any] | None] | None = None

    def columns(self) -> list[Any]:
        return [c for c in self.model.__table__.columns if c.name not in self.skip]  # type: ignore[attr-defined]


def _feedback_key(row: dict[str, Any]) -> tuple:
    if row.get("idempotency_key"):
        return ("key", row["idempotency_key"])
    return ("row", row.get("user_id"), row.get("created_at"), row.get("text"))


def _vote_key(row: dict[str, Any]) -> tuple:
    if row.get("user_id") is not None and row.get("message_ts") is not None:
        return ("message", row["user_id"], row.get("channel_id"), row["message_ts"])  # one vote a message
    return ("row", row.get("user_id"), row.get("created_at"), row.get("question"), row.get("value"))


def _summary_post(session: Session, values: dict[str, Any]) -> dict[str, Any] | None:
    """A posted summary belongs to this installation's subscription of the same channel."""
    sub = session.scalar(select(Subscription.id).where(Subscription.channel_id == values["channel_id"]))
    return None if sub is None else {**values, "subscription_id": sub}


TABLES = (
    Table("feedback", Feedback, _feedback_key),
    Table("touchpoints", Touchpoint, lambda r: (r.get("id"),), lambda: Touchpoint.origin == "logged", skip=()),
    Table("answer_log", AnswerLog, lambda r: (r.get("id"),), skip=()),
    Table("votes", Vote, _vote_key),
    Table("subscriptions", Subscription, lambda r: (r.get("channel_id"),)),  # one summary subscription a channel
    Table("alert_subscriptions", AlertSubscription, lambda r: (r.get("channel_id"),)),
    # Summaries posted, skipped or failed for good (a claim in progress is not moved): one per channel and period.
    Table("summary_posts", SummaryPost, lambda r: (r.get("channel_id"), r.get("period")),
          lambda: SummaryPost.status != "claimed", skip=("id", "subscription_id"), prepare=_summary_post),
)
BY_NAME = {t.name: t for t in TABLES}


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    present: dict[str, int] = field(default_factory=dict)  # already in this installation (or twice in the file)
    indexed: int = 0
    unattached: int = 0  # summary posts of a channel with no summary subscription here
    unplaced: int = 0  # imported items whose journey this installation does not hold (yet): ingest the maps

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


# --- export ----------------------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _rows(session: Session, table: Table) -> Iterator[dict[str, Any]]:
    query = select(table.model)
    if table.where is not None:
        query = query.where(table.where())
    for obj in session.scalars(query.order_by(*table.model.__table__.primary_key.columns)):  # type: ignore[attr-defined]
        yield {c.name: _encode(getattr(obj, c.key)) for c in table.columns()}


def export_logged(db: Database, path: Path) -> dict[str, int]:
    """Write everything logged to `path` (JSON Lines, header first); returns rows per table."""
    with db.session() as session:
        tables = {t.name: list(_rows(session, t)) for t in TABLES}
    counts = {name: len(rows) for name, rows in tables.items()}
    header = {"format": FORMAT, "version": VERSION, "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
              "counts": counts}
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(header, ensure_ascii=False) + "\n")
            for name, rows in tables.items():
                for row in rows:
                    handle.write(json.dumps({"table": name, "row": row}, ensure_ascii=False, sort_keys=True) + "\n")
        partial.replace(path)  # a half-written export never stands under the name asked for
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupFileError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    return counts


# --- import ----------------------------------------------------------------------------------------------


def _decode(table: Table, column: Any, value: Any, where: str) -> Any:
    def bad(expected: str) -> BackupFileError:
        return BackupFileError(f"{where}: {table.name}.{column.name} should be {expected}, not {value!r}")

    if value is None:
        if not column.nullable:
            raise bad("set")
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else _raise(bad("an ISO date-time"))
        except ValueError:
            raise bad("an ISO date-time") from None
    if isinstance(kind, Boolean):
        return value if isinstance(value, bool) else _raise(bad("true or false"))
    if isinstance(kind, Integer):
        return value if isinstance(value, int) and not isinstance(value, bool) else _raise(bad("a whole number"))
    if isinstance(kind, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else _raise(bad("a number"))
    if getattr(kind, "python_type", None) is str or type(kind).__name__ in ("String", "Text"):
        if not isinstance(value, str):
            raise bad("text")
        if getattr(kind, "length", None) and len(value) > kind.length:
            raise bad(f"at most {kind.length} characters")
        return value
    return value  # JSON columns: lists and objects as they were stored


def _raise(error: Exception) -> Any:
    raise error


def _row(number: int, line: str, where: str) -> tuple[Table, dict[str, Any]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BackupFileError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("row"), dict):
        raise BackupFileError(f"{where}: expected {{\"table\": ..., \"row\": {{...}}}}")
    table = BY_NAME.get(record.get("table"))  # type: ignore[arg-type]
    if table is None:
        raise BackupFileError(f"{where}: unknown table {record.get('table')!r} (expected one of "
                              f"{', '.join(BY_NAME)})")
    columns = {c.name: c for c in table.columns()}
    unknown = sorted(set(record["row"]) - set(columns))
    if unknown:
        raise BackupFileError(f"{where}: {table.name} has no column {', '.join(unknown)}")
    values = {name: _decode(table, column, record["row"].get(name), where) for name, column in columns.items()}
    if table.name == "touchpoints" and values.get("origin") != "logged":
        raise BackupFileError(f"{where}: only logged touchpoints travel (origin \"logged\"); map touchpoints "
                              "come from the map files")
    return table, values


def read_file(path: Path) -> list[tuple[Table, dict[str, Any]]]:
    """Every row of an export, checked; raises BackupFileError naming the first problem."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise BackupFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise BackupFileError(f"{path}: not a UTF-8 text file (expected a `journey export` file)") from None
    except OSError as exc:
        raise BackupFileError(f"{path}: cannot read it ({exc.strerror})") from None
    if not lines or not lines[0].strip():
        raise BackupFileError(f"{path}: empty; expected a `journey export` file")
    try:
        header = json.loads(lines[0])
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupFileError(f"{path} line 1: not a `journey export` file (no {FORMAT!r} header)")
    if header.get("version") != VERSION:
        raise BackupFileError(f"{path} line 1: export format version {header.get('version')!r}; this journey "
                              f"reads version {VERSION}")
    rows = [_row(n, line, f"{path} line {n}") for n, line in enumerate(lines[1:], start=2) if line.strip()]
    counts = header.get("counts")
    if isinstance(counts, dict):
        found: dict[str, int] = {}
        for table, _ in rows:
            found[table.name] = found.get(table.name, 0) + 1
        short = {n: c for n, c in counts.items() if isinstance(c, int) and found.get(n, 0) != c}
        if short:
            name, expected = next(iter(short.items()))
            raise BackupFileError(f"{path}: the header promises {expected} {name} rows, the file holds "
                                  f"{found.get(name, 0)} (a cut-off copy?)")
    return rows


def _existing_keys(session: Session, table: Table) -> set[tuple]:
    keys = set()
    for obj in session.scalars(select(table.model)):
        keys.add(table.key({c.name: _encode(getattr(obj, c.key)) for c in table.columns()}))
    return keys


def import_logged(db: Database, index: SearchIndex, path: Path) -> ImportReport:
    """Add the rows of an export that this installation lacks (one transaction), then index them."""
    rows = read_file(path)
    report = ImportReport({t.name: 0 for t in TABLES}, {t.name: 0 for t in TABLES})
    added_feedback: list[Feedback] = []
    journeys: set[str] = set()
    placed: list[str | None] = []  # the journey of each imported feedback item and touchpoint
    with db.session() as session:
        seen = {t.name: _existing_keys(session, t) for t in TABLES}
        for table, values in rows:
            key = table.key({k: _encode(v) for k, v in values.items()})
            if key in seen[table.name]:
                report.present[table.name] += 1
                continue
            fields = {c.key: values[c.name] for c in table.columns()}
            if table.prepare is not None:
                prepared = table.prepare(session, fields)
                if prepared is None:
                    report.unattached += 1  # nothing here to attach it to
                    continue
                fields = prepared
            seen[table.name].add(key)
            obj = table.model(**fields)
            session.add(obj)
            report.added[table.name] += 1
            if isinstance(obj, Feedback):
                added_feedback.append(obj)
                placed.append(obj.journey_id)
            elif isinstance(obj, Touchpoint):
                journeys.add(obj.journey_id)
                placed.append(obj.journey_id)
        session.flush()
        documents = [feedback_document(f) for f in added_feedback]
        map_docs = list(map_documents(session, sorted(journeys))) if journeys else []
        held = set(session.scalars(select(Journey.id)))
        report.unplaced = sum(1 for j in placed if j not in held)
    report.indexed = _index(index, documents + map_docs)
    return report


def _index(index: SearchIndex, documents: Sequence[Any]) -> int:
    if documents:
        index.sync(list(documents))
    return len(documents)
