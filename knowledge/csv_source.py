"""Read a CSV export as it is: any of UTF-8 (with or without BOM), cp1252/Latin-1; any line ending.

Rows come with the physical line they start on, so errors can say `file:line`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from knowledge.errors import KnowledgeError

csv.field_size_limit(10_000_000)


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class CsvTable:
    path: Path
    header: list[str]
    encoding: str
    text: str

    def rows(self) -> Iterator[CsvRow]:
        """Data rows with their starting line; a ragged or broken row raises KnowledgeError."""
        reader = csv.reader(io.StringIO(self.text, newline=""), strict=True)
        try:
            next(reader)
        except (StopIteration, csv.Error):
            return
        width = len(self.header)
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise KnowledgeError(self.path, start, f"malformed CSV row ({_explain(exc)})") from None
            if not cells or all(not c.strip() for c in cells):
                continue
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                raise KnowledgeError(
                    self.path, start, f"row has {len(cells)} cells but the header has {width} columns"
                )
            cells += [""] * (width - len(cells))
            yield CsvRow(start, dict(zip(self.header, cells, strict=False)))


def _explain(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text or "EOF" in text:
        return "a quoted field is never closed"
    return text


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 first (BOM dropped), then cp1252, then Latin-1."""
    if not raw.strip():
        raise KnowledgeError(path, 1, "the file is empty")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16"), "utf-16"
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise KnowledgeError(path, 1, "cannot decode the file as UTF-8 or Latin-1")  # pragma: no cover


def read_csv(path: Path) -> CsvTable:
    raw = path.read_bytes()
    text, encoding = decode(raw, path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise KnowledgeError(path, 1, "the file is empty") from None
    except csv.Error as exc:
        raise KnowledgeError(path, 1, f"malformed header row ({_explain(exc)})") from None
    header = [h.strip() for h in header]
    if not any(header):
        raise KnowledgeError(path, 1, "the header row is empty")
    seen: set[str] = set()
    for name in header:
        if name and name.lower() in seen:
            raise KnowledgeError(path, 1, f"column {name!r} appears twice in the header")
        seen.add(name.lower())
    return CsvTable(path=path, header=header, encoding=encoding, text=text)
