"""Find knowledge files under the paths given, decide each file's kind, and load it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from knowledge.columns import MappingOptions, merge_options, read_sidecar, resolve_columns, sidecar_kind
from knowledge.csv_source import decode, read_csv
from knowledge.errors import KnowledgeError
from knowledge.maps import is_map_document, load_maps, parse_document
from knowledge.records import Kind, LoadedFile
from knowledge.tables import file_kind_from_header, load_comments, load_kpis

MAP_SUFFIXES = {".yaml", ".yml", ".json"}
TABLE_SUFFIXES = {".csv"}
KINDS: tuple[Kind, ...] = ("map", "comments", "kpis")
_FOLDER_KINDS: dict[str, Kind] = {"maps": "map", "map": "map", "comments": "comments", "kpis": "kpis", "kpi": "kpis"}
_KIND_ALIASES: dict[str, Kind] = {"map": "map", "maps": "map", "journey": "map", "comments": "comments",
                                  "comment": "comments", "survey": "comments", "kpis": "kpis", "kpi": "kpis"}


def normalise_kind(kind: str | None) -> Kind | None:
    if kind is None:
        return None
    try:
        return _KIND_ALIASES[kind.strip().lower()]
    except KeyError:
        raise ValueError(f"--kind {kind!r}: expected one of map, comments, kpis") from None


def discover(paths: list[Path]) -> Iterator[tuple[Path, Kind | None]]:
    """Files named, and knowledge files under folders named (recursively), with a folder's kind hint."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or _skipped(child, path):
                    continue
                hint = next((_FOLDER_KINDS[p.lower()] for p in reversed(child.relative_to(path).parts[:-1])
                             if p.lower() in _FOLDER_KINDS), None)
                yield child, hint
        elif path.is_file():
            yield path, None
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")


def _skipped(child: Path, root: Path) -> bool:
    parts = child.relative_to(root).parts
    if any(p.startswith(".") for p in parts):
        return True
    name = child.name.lower()
    if name.endswith((".mapping.yaml", ".mapping.yml")):
        return True
    return child.suffix.lower() not in MAP_SUFFIXES | TABLE_SUFFIXES


def options_fingerprint(options: MappingOptions, kind: Kind | None) -> str:
    fingerprint = (sorted(options.columns.items()), options.date_format, options.ignore, kind)
    if options.values:  # only then: files mapped before values existed keep their fingerprint
        fingerprint += (sorted(options.values.items()),)
    return repr(fingerprint)


def load_file(path: Path, kind: Kind | None, options: MappingOptions) -> LoadedFile:
    """Validate one file completely; any breach raises KnowledgeError and nothing is returned."""
    suffix = path.suffix.lower()
    if suffix not in MAP_SUFFIXES | TABLE_SUFFIXES:
        raise KnowledgeError(path, None, f"unsupported file type {suffix or '(none)'}; expected .yaml, .yml, "
                                         ".json or .csv")
    sidecar = read_sidecar(path) if suffix in TABLE_SUFFIXES else None
    options = merge_options(options, sidecar)
    kind = kind or normalise_kind(sidecar_kind(path))
    raw = path.read_bytes()
    digest = hashlib.sha1(raw + options_fingerprint(options, kind).encode()).hexdigest()
    if suffix in MAP_SUFFIXES:
        if kind not in (None, "map"):
            raise KnowledgeError(path, None, f"--kind {kind} needs a .csv file; this is a {suffix} file")
        text, _ = decode(raw, path)
        data = parse_document(path, text)
        if not is_map_document(data):
            raise KnowledgeError(path, 1, "not a journey map: expected a mapping with 'name' and 'stages' "
                                          "(or a list of maps under 'journeys')")
        return load_maps(path, data, digest)
    if kind == "map":
        raise KnowledgeError(path, None, "--kind map needs a .yaml, .yml or .json file")
    table = read_csv(path)
    mapping = resolve_columns(table.header, options, path)
    detected = kind or file_kind_from_header(mapping)
    if detected == "kpis":
        return load_kpis(table, mapping, digest)
    if detected == "comments":
        return load_comments(table, mapping, digest)
    raise KnowledgeError(
        path, 1, f"no comment column (or alias) and no metric/value columns, so the kind of file is unknown "
                 f"(columns: {', '.join(table.header)}); name them with --map, e.g. --map comment=COLUMN"
    )
