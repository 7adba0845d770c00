"""Map an export's own column names onto the canonical ones of KNOWLEDGE-FORMATS.md.

Precedence: `--map CANONICAL=SOURCE` flags, then a `<name>.mapping.yaml` sidecar, then a column named
exactly like the canonical one, then a known alias (case and punctuation ignored).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from knowledge.errors import KnowledgeError
from knowledge.text import slugify

COMMENT_COLUMNS = (
    "comment", "id", "date", "journey", "stage", "touchpoint", "channel",
    "score", "score_type", "segment", "customer",
)
KPI_COLUMNS = ("metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit", "higher_is_better")
CANONICAL = tuple(dict.fromkeys(COMMENT_COLUMNS + KPI_COLUMNS))

# Aliases seen in Qualtrics, SurveyMonkey, Typeform, Delighted and in-house exports (slug form).
ALIASES: dict[str, tuple[str, ...]] = {
    "comment": ("comments", "verbatim", "verbatims", "text", "feedback", "response", "answer",
                "open-text", "open-ended-response", "review", "review-text", "why", "reason-for-score",
                "what-could-we-do-better", "body", "message", "free-text"),
    "id": ("response-id", "responseid", "respondent-id", "submission-id", "record-id", "comment-id"),
    "date": ("created", "created-at", "timestamp", "submitted-at", "submitted", "response-date",
             "recorded-date", "end-date", "date-submitted", "survey-date", "day", "week"),
    "journey": ("journey-id", "journey-name"),
    "stage": ("journey-stage", "stage-name", "phase"),
    "touchpoint": ("touch-point", "touchpoint-name", "interaction"),
    "channel": ("source-channel", "medium"),
    "score": ("nps", "nps-score", "rating", "csat", "csat-score", "ces", "ces-score", "likelihood-to-recommend",
              "how-likely-are-you-to-recommend-us"),
    "score_type": ("score-kind", "survey-type"),
    "segment": ("customer-segment", "persona", "tier", "plan"),
    "customer": ("customer-id", "customer-name", "email", "user", "user-id", "account"),
    "metric": ("kpi", "metric-name", "measure", "indicator"),
    "value": ("metric-value", "kpi-value", "amount", "actual"),
    "target": ("goal", "objective", "target-value"),
    "unit": ("units", "uom"),
    "higher_is_better": ("higher-better", "direction"),
}


@dataclass
class ColumnMapping:
    """Canonical column -> source column actually present in the file."""

    columns: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    kind: str | None = None
    ignore: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)  # canonical -> one value for every row (no column)

    def source(self, canonical: str) -> str | None:
        return self.columns.get(canonical)


@dataclass(frozen=True)
class MappingOptions:
    """What the user asked for on the command line (or nothing)."""

    columns: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    ignore: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)


def parse_map_flags(flags: list[str]) -> dict[str, str]:
    """`["comment=text", ...]` -> {"comment": "text"}; a malformed flag raises ValueError."""
    result: dict[str, str] = {}
    for flag in flags:
        canonical, sep, source = flag.partition("=")
        canonical, source = canonical.strip(), source.strip()
        if not sep or not canonical or not source:
            raise ValueError(f"--map {flag!r}: expected CANONICAL=SOURCE, e.g. comment=text")
        if canonical not in CANONICAL:
            raise ValueError(f"--map {flag!r}: {canonical!r} is not a known column ({', '.join(CANONICAL)})")
        result[canonical] = source
    return result


def sidecar_path(path: Path) -> Path | None:
    for candidate in (path.with_suffix(".mapping.yaml"), path.with_name(path.name + ".mapping.yaml"),
                      path.with_suffix(".mapping.yml")):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> MappingOptions | None:
    """`<name>.mapping.yaml`: {columns: {...}, date_format: ..., kind: ..., ignore: [...]}."""
    sidecar = sidecar_path(path)
    if sidecar is None:
        return None
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8-sig")) or {}
    except yaml.YAMLError as exc:
        line = exc.problem_mark.line + 1 if getattr(exc, "problem_mark", None) else 1
        raise KnowledgeError(sidecar, line, f"invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(sidecar, 1, "expected a mapping with 'columns'")
    columns = data.get("columns") or {}
    if not isinstance(columns, dict):
        raise KnowledgeError(sidecar, 1, "'columns' must map canonical names to the file's column names")
    unknown = [c for c in columns if c not in CANONICAL]
    if unknown:
        raise KnowledgeError(sidecar, 1, f"unknown canonical column {unknown[0]!r} ({', '.join(CANONICAL)})")
    ignore = data.get("ignore") or []
    return MappingOptions(
        columns={str(k): str(v) for k, v in columns.items()},
        date_format=data.get("date_format"),
        ignore=tuple(str(i) for i in ignore),
        values=_sidecar_values(sidecar, data.get("values"), columns),
    )


def _sidecar_values(sidecar: Path, values: object, columns: dict) -> dict[str, str]:  # type: ignore[type-arg]
    """`values: {score_type: csat}`: one value every row of the file takes, for a column it does not have."""
    if values is None:
        return {}
    if not isinstance(values, dict) or not all(isinstance(v, str | int | float) for v in values.values()):
        raise KnowledgeError(sidecar, 1, "'values' must map canonical names to one value each "
                                         "(e.g. values: {score_type: csat})")
    unknown = [c for c in values if c not in CANONICAL]
    if unknown:
        raise KnowledgeError(sidecar, 1, f"unknown canonical column {unknown[0]!r} in 'values' "
                                         f"({', '.join(CANONICAL)})")
    both = [c for c in values if c in columns]
    if both:
        raise KnowledgeError(sidecar, 1, f"{both[0]!r} is given both a column and a value; keep one")
    return {str(k): str(v) for k, v in values.items()}


def sidecar_kind(path: Path) -> str | None:
    sidecar = sidecar_path(path)
    if sidecar is None:
        return None
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8-sig")) or {}
    except yaml.YAMLError:
        return None
    return data.get("kind") if isinstance(data, dict) else None


def resolve_columns(header: list[str], options: MappingOptions, path: Path) -> ColumnMapping:
    """Decide which source column feeds each canonical one; explicit names must exist."""
    by_exact = {h: h for h in header}
    by_slug = {slugify(h).replace("_", "-"): h for h in header}
    mapping: dict[str, str] = {}
    for canonical, source in options.columns.items():
        if source in by_exact:
            mapping[canonical] = source
        elif slugify(source) in by_slug:
            mapping[canonical] = by_slug[slugify(source)]
        else:
            raise KnowledgeError(
                path, 1, f"mapping {canonical}={source}: the file has no column {source!r} "
                f"(columns: {', '.join(header)})"
            )
    taken = set(mapping.values())
    for canonical in CANONICAL:
        if canonical in mapping:
            continue
        candidates = (slugify(canonical),) + ALIASES.get(canonical, ())
        for candidate in candidates:
            source = by_slug.get(candidate)
            if source and source not in taken and source not in options.ignore:
                mapping[canonical] = source
                taken.add(source)
                break
    for name in options.ignore:
        if name not in by_exact:
            raise KnowledgeError(path, 1, f"--ignore {name}: the file has no column {name!r}")
    # a value for every row stands in for a column; the file's own column of that name, if any, is then not read
    for canonical in options.values:
        mapping.pop(canonical, None)
    return ColumnMapping(columns=mapping, date_format=options.date_format, ignore=options.ignore,
                         values=dict(options.values))


def merge_options(cli: MappingOptions, sidecar: MappingOptions | None) -> MappingOptions:
    if sidecar is None:
        return cli
    return MappingOptions(
        columns={**sidecar.columns, **cli.columns},
        date_format=cli.date_format or sidecar.date_format,
        ignore=tuple(dict.fromkeys(sidecar.ignore + cli.ignore)),
        values={k: v for k, v in sidecar.values.items() if k not in cli.columns} | cli.values,
    )
