"""Query plans of the hot paths on PostgreSQL at 100k items: BM25 scoring, work leases and claims, votes.

    .venv/bin/python bench/explain.py [--server postgresql+psycopg://postgres@127.0.0.1:5432] [--items 100000]
                                      [--revision head] [--runs 20]

Creates a scratch database, migrates it (to --revision: `0006` measures the schema before this issue's
indexes), fills it with --items rows per hot table (keyword-index documents and ~12 postings each, work
leases, processed events, answers, votes, summary claims), then runs each hot operation through the code
that serves it (KeywordIndex, LeaseStore, claim_event, record_answer/record_vote, summary claims). The SQL
those calls send is captured as sent (a cursor hook), and each statement is run again under
`EXPLAIN (ANALYZE, BUFFERS)` in a transaction that is rolled back. Prints, per operation, the median time of
the real call over --runs runs and, per statement, the scans the plan uses, its execution time and buffers;
`SEQ` marks a sequential scan of a table holding over 10k rows. Drops the scratch database at the end.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import create_engine, event, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journeys.answers.model import Answer  # noqa: E402
from journeys.events import claim_event, prune_events  # noqa: E402
from journeys.leases import LeaseStore  # noqa: E402
from journeys.store.db import Database, _alembic_config  # noqa: E402
from journeys.store.models import SummaryPost  # noqa: E402
from journeys.summary import claims  # noqa: E402
from journeys.votes import record_answer, record_vote  # noqa: E402
from retrieval import index_writer  # noqa: E402
from retrieval.keyword_index import KeywordIndex  # noqa: E402

BIG = 10_000  # a sequential scan over a table this size or larger is flagged

FILL = [
    # Keyword index: documents over 5 journeys, 20 stages and a year of dates; ~12 postings each from a
    # 4,000-term vocabulary, skewed so that a few terms are common and most are rare (as words are).
    """INSERT INTO index_docs (id, kind, ref_id, title, text, journey_id, stage_id, touchpoint_id, date, score,
                               length, text_hash, meta_hash)
       SELECT (CASE WHEN g % 10 = 0 THEN 'feedback:' ELSE 'comment:' END) || g,
              CASE WHEN g % 10 = 0 THEN 'feedback' ELSE 'comment' END, g::text, 'title ' || g, 'text ' || g,
              'j' || (g % 5), 'j' || (g % 5) || '/s' || (g % 20), NULL,
              to_char(date '2025-01-01' + (g % 365), 'YYYY-MM-DD'), (g % 11)::float, 12, 'h', 'h'
       FROM generate_series(1, :n) g""",
    """INSERT INTO index_postings (term, doc_id, tf)
       SELECT DISTINCT ON (t.term, d.id) t.term, d.id, 1 + (random() * 2)::int
       FROM index_docs d
       CROSS JOIN LATERAL (SELECT 'w' || lpad(floor(4000 * power(random(), 2.5))::int::text, 4, '0') AS term
                           FROM generate_series(1, 12) WHERE d.id IS NOT NULL) t
       ON CONFLICT DO NOTHING""",
    # Slack work: a day of leases (most done, some expired), delivery claims, answers and votes on them.
    """INSERT INTO work_leases (key, kind, payload, owner, attempts, taken_at, lease_until, done_at, reply_ts)
       SELECT 'msg:C' || (g % 50) || ':' || g, 'question', NULL, md5(g::text), 1,
              now() - (g % 86400) * interval '1 second', now() - (g % 86400) * interval '1 second' + interval '60 s',
              CASE WHEN g % 50 = 0 THEN NULL ELSE now() - (g % 86400) * interval '1 second' END, g::text
       FROM generate_series(1, :n) g""",
    """INSERT INTO processed_events (key, received_at)
       SELECT 'ev:' || g, now() - (g % 172800) * interval '1 second' FROM generate_series(1, :n) g""",
    """INSERT INTO answer_log (id, question, answer, abstained, sources, channel_id, thread_ts, user_id, created_at)
       SELECT md5(g::text), 'question ' || g, 'answer ' || g, false, '[]', 'C' || (g % 50), g::text,
              'U' || (g % 500), now() - g * interval '1 minute' FROM generate_series(1, :n) g""",
    """INSERT INTO votes (value, question, answer, sources, reason, user_id, channel_id, message_ts, created_at)
       SELECT CASE WHEN g % 3 = 0 THEN -1 ELSE 1 END, 'question ' || g, 'answer ' || g, '[]', NULL,
              'U' || (g % 500), 'C' || (g % 50), g::text, now() - g * interval '1 minute'
       FROM generate_series(1, :n) g""",
    """INSERT INTO summary_posts (subscription_id, period, channel_id, status, claimed_by, lease_until, done_at,
                                  message_ts, note)
       SELECT g % 1000, 'P' || (g / 1000), 'C' || (g % 1000), 'posted', 'x', NULL, now(), g::text, NULL
       FROM generate_series(1, :n) g""",
]


class Capture:
    """The statements an engine sends while `on` (single executions only), with their parameters."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.on, self.statements = False, []

        @event.listens_for(engine, "before_cursor_execute")
        def _seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
            if self.on and not executemany and statement.lstrip().upper().startswith(
                    ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")):
                self.statements.append((statement, parameters))


def _scans(plan: dict, found: list[tuple[str, str, str | None, float]]) -> None:
    node = plan.get("Node Type", "")
    if "Scan" in node and "Relation Name" in plan:
        found.append((node, plan["Relation Name"], plan.get("Index Name"), plan.get("Actual Rows", 0)))
    for child in plan.get("Plans", []):
        _scans(child, found)


def explain(engine, statement: str, parameters, seqscan: bool = True) -> dict:  # type: ignore[no-untyped-def]
    """EXPLAIN (ANALYZE, BUFFERS) of one captured statement, rolled back; plan only where ANALYZE cannot run.
    `seqscan=False`: the plan the server makes when told to avoid sequential scans (what an index would give)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if not seqscan:
            cursor.execute("SET LOCAL enable_seqscan = off")
        try:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, parameters)
            analysed = True
        except Exception:  # noqa: BLE001 - e.g. an insert whose key the real call just stored: plan only
            raw.rollback()
            cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
            analysed = False
        result = cursor.fetchone()[0]
        raw.rollback()
    finally:
        raw.close()
    root = (result if isinstance(result, list) else json.loads(result))[0]
    return {"root": root, "analysed": analysed}


def _describe(scans: list) -> str:
    return "; ".join(f"{node} on {rel}" + (f" using {index}" if index else "") + f" ({rows:g} rows)"
                     for node, rel, index, rows in scans) or "no table scan"


def table_sizes(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT relname, n_live_tup FROM pg_stat_user_tables")).all()
    return {name: int(n) for name, n in rows}


def operations(db: Database, items: int) -> list[tuple[str, Callable[[int], object]]]:
    keywords = KeywordIndex(db.engine)
    leases = LeaseStore(db, 60)
    answer = record_answer(db, Answer(question="q", answer="a", sources=[], abstained=False), "C1", "1", "U1")
    held = leases.take("held:1", "question", {"text": "q"})
    assert held is not None
    stamp = uuid.uuid4().hex[:6]
    return [
        ("BM25: search, 3 terms", lambda i: keywords.search("w0003 w0150 w2500", 10)),
        ("BM25: search, kind+stage+dates", lambda i: keywords.search(
            "w0150 w0900 w2500", 10, kinds=("comment", "feedback"), stage="j1/s6", date_from="2025-03-01")),
        ("BM25: idf of 4 terms", lambda i: keywords.idf(["w0003", "w0150", "w0900", "w2500"])),
        ("BM25: containing all", lambda i: keywords.containing_all(["w0150", "w0400"], kinds=("comment", "feedback"))),
        ("BM25: known terms", lambda i: keywords.known_terms(["w0150", "w3999", "zzzz"], ("comment",))),
        ("lease: take a new key", lambda i: leases.take(f"new:{stamp}:{i}", "question", {"text": "q"})),
        ("lease: take a held key", lambda i: leases.take("held:1", "question", {"text": "q"})),
        ("lease: renew", lambda i: leases.renew(held)),
        ("lease: expired ones", lambda i: leases.expired(timedelta(minutes=15))),
        ("lease: finish", lambda i: leases.finish(held, "1.2")),
        ("lease: prune", lambda i: leases.prune()),
        ("event: claim a delivery", lambda i: claim_event(db, f"ev:new:{stamp}:{i}")),
        ("event: prune", lambda i: prune_events(db)),
        ("summary: claim a period", lambda i: claims.claim(db, SummaryPost, "me", subscription_id=7,
                                                           period=f"N{stamp}{i}", channel_id="C7")),
        ("summary: is done", lambda i: claims.is_done(db, 7, "P3")),
        ("outbox: pending", lambda i: index_writer.pending(db.engine)),
        ("vote: record an answer", lambda i: record_answer(db, Answer(question="q", answer="a", sources=[],
                                                                      abstained=False), "C1", f"{i}", "U1")),
        ("vote: vote", lambda i: record_vote(db, answer, 1 if i % 2 else -1, "U1", "C1", "5.5")),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get("JOURNEY_BENCH_POSTGRES",
                                                           "postgresql+psycopg://postgres@127.0.0.1:5432"))
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--revision", default="head", help="migrate the scratch database to this revision")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    name = f"journey_explain_{os.getpid()}"
    admin = create_engine(f"{args.server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(f"{args.server}/{name}")
    try:
        from alembic import command

        command.upgrade(_alembic_config(db.engine), args.revision)
        started = time.perf_counter()
        with db.engine.begin() as connection:
            for sql in FILL:
                connection.execute(text(sql), {"n": args.items})
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
        sizes = table_sizes(db.engine)
        print(f"PostgreSQL {db.engine.dialect.server_version_info}, schema at {args.revision}; filled in "
              f"{time.perf_counter() - started:.1f}s: " + ", ".join(
                  f"{t} {sizes.get(t, 0):,}" for t in ("index_docs", "index_postings", "work_leases",
                                                       "processed_events", "answer_log", "votes", "summary_posts")))
        capture = Capture(db.engine)
        flagged = 0
        for label, run in operations(db, args.items):
            capture.on, capture.statements = True, []
            run(0)
            capture.on = False
            statements = list(capture.statements)
            times = []
            for i in range(1, args.runs + 1):
                t0 = time.perf_counter()
                run(i)
                times.append((time.perf_counter() - t0) * 1000)
            print(f"\n{label}: call median {statistics.median(times):.2f} ms over {args.runs} runs")
            for statement, parameters in statements:
                result = explain(db.engine, statement, parameters)
                root, scans = result["root"], []
                _scans(root["Plan"], scans)
                seq = [s for s in scans if s[0] == "Seq Scan" and sizes.get(s[1], 0) >= BIG]
                flagged += len(seq)
                buffers = root["Plan"].get("Shared Hit Blocks", 0), root["Plan"].get("Shared Read Blocks", 0)
                timing = (f"exec {root['Execution Time']:.2f} ms, buffers hit {buffers[0]} read {buffers[1]}"
                          if result["analysed"] else "plan only (the real call stored that key)")
                sql = " ".join(statement.split())
                print(f"  {'SEQ ' if seq else '    '}{sql[:96]}{'…' if len(sql) > 96 else ''}")
                print(f"       {timing}; {_describe(scans)}")
                if seq:  # what the server would do without the sequential scan, to judge whether one belongs
                    forced = explain(db.engine, statement, parameters, seqscan=False)["root"]
                    forced_scans: list = []
                    _scans(forced["Plan"], forced_scans)
                    print(f"       without seq scans: exec {forced['Execution Time']:.2f} ms; "
                          f"{_describe(forced_scans)}")
        print(f"\n{flagged} sequential scans of tables over {BIG:,} rows")
    finally:
        db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
