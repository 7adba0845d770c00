"""Redact personal data a store already holds (run once, by migration 0004).

Rows ingested or typed before redaction existed are brought in line: comment fields, feedback, vote reasons,
the questions on record, and the keyword index's copy of each text (its postings are rebuilt). Chroma holds
vectors and metadata only, no text, so nothing there is readable; `journey reindex` re-embeds if wanted.
"""

from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import Connection, text

from knowledge.redaction import redact, redact_value
from retrieval.documents import IndexDocument
from retrieval.tokens import term_counts

_COMMENT_FIELDS = ("text", "journey", "stage", "touchpoint", "channel", "segment", "customer")


def redact_stored(connection: Connection) -> Counter:
    """Redact in place; returns the counts per kind (e-mail, phone, card, IBAN)."""
    found: Counter = Counter()
    _comments(connection, found)
    for table, column, key in (("feedback", "text", "id"), ("votes", "reason", "id"), ("votes", "question", "id"),
                               ("answer_log", "question", "id")):
        _column(connection, table, column, key, found)
    _index_docs(connection)  # the same texts again, so not counted twice
    return found


def _comments(connection: Connection, found: Counter) -> None:
    rows = connection.execute(text(f"SELECT id, properties, {', '.join(_COMMENT_FIELDS)} FROM comments")).all()
    for row in rows:
        values = dict(row._mapping)
        changes = {}
        for field in _COMMENT_FIELDS:
            before = values[field]
            after = redact_value(before, found)
            if after != before:
                changes[field] = after
        properties = values["properties"]
        if isinstance(properties, str):
            properties = json.loads(properties or "{}")
        if properties:
            cleaned = {k: redact_value(v, found) if isinstance(v, str) else v for k, v in properties.items()}
            if cleaned != properties:
                changes["properties"] = json.dumps(cleaned, ensure_ascii=False)
        if changes:
            assignments = ", ".join(f"{k} = {_json_param(connection, k)}" if k == "properties" else f"{k} = :{k}"
                                    for k in changes)
            connection.execute(text(f"UPDATE comments SET {assignments} WHERE id = :id"), {**changes, "id": row.id})


def _json_param(connection: Connection, name: str) -> str:
    return f"CAST(:{name} AS JSON)" if connection.dialect.name == "postgresql" else f":{name}"


def _column(connection: Connection, table: str, column: str, key: str, found: Counter) -> None:
    for row_key, value in connection.execute(text(f"SELECT {key}, {column} FROM {table}")).all():
        after = redact_value(value, found)
        if after != value:
            connection.execute(text(f"UPDATE {table} SET {column} = :v WHERE {key} = :k"), {"v": after, "k": row_key})


def _index_docs(connection: Connection) -> None:
    rows = connection.execute(text("SELECT id, kind, ref_id, title, text FROM index_docs")).all()
    for row in rows:
        title, body = redact(row.title), redact(row.text)
        if not (title.counts or body.counts):
            continue
        doc = IndexDocument(id=row.id, kind=row.kind, ref_id=row.ref_id, title=title.text, text=body.text)
        counts = term_counts(doc.search_text)
        connection.execute(text("UPDATE index_docs SET title = :title, text = :text, text_hash = :h, length = :n "
                                "WHERE id = :id"),
                           {"title": doc.title, "text": doc.text, "h": doc.text_hash, "n": sum(counts.values()),
                            "id": row.id})
        connection.execute(text("DELETE FROM index_postings WHERE doc_id = :id"), {"id": row.id})
        if counts:
            connection.execute(text("INSERT INTO index_postings (term, doc_id, tf) VALUES (:t, :d, :n)"),
                               [{"t": t, "d": row.id, "n": n} for t, n in counts.items()])
