"""Journey maps (YAML or JSON) -> validated JourneyMap records, errors pointing at the line."""

from __future__ import annotations

import difflib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import KnowledgeError
from knowledge.records import JourneyMap, LoadedFile, StageSpec, TouchpointSpec
from knowledge.text import clean, slugify

JOURNEY_KEYS = {"id", "name", "persona", "owner", "updated", "description", "stages"}
STAGE_KEYS = {"name", "goal", "emotion", "pain_points", "opportunities", "touchpoints", "description", "id"}
TOUCHPOINT_KEYS = {"name", "channel", "owner", "description", "emotion", "pain_points", "opportunities",
                   "metrics", "id"}


class _LineDict(dict):
    """A YAML mapping that remembers its own line and each key's line (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> _LineDict:  # type: ignore[override]
        result = _LineDict(super().construct_mapping(node, deep=True))
        result.line = node.start_mark.line + 1
        result.key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
        return result


def _timestamp_or_text(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """An impossible date (2026-13-01) stays text, so validation can name its field and line."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor(
    "tag:yaml.org,2002:map", lambda loader, node: loader.construct_mapping(node)  # keep lines at every level
)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def is_map_document(data: Any) -> bool:
    return isinstance(data, dict) and ("stages" in data or "journeys" in data)


def parse_document(path: Path, text: str) -> Any:
    """YAML (JSON is read the same way, so errors keep their line numbers)."""
    if not text.strip():
        raise KnowledgeError(path, 1, "the file is empty")
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        if path.suffix.lower() == ".json":
            try:
                return json.loads(text)
            except json.JSONDecodeError as jexc:
                raise KnowledgeError(path, jexc.lineno, f"invalid JSON ({jexc.msg})") from None
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise KnowledgeError(path, line, f"invalid YAML ({problem})") from None


def load_maps(path: Path, data: Any, file_hash: str) -> LoadedFile:
    if not isinstance(data, dict):
        raise KnowledgeError(path, 1, "a journey map must be a mapping with 'name' and 'stages'")
    if "journeys" in data and "stages" not in data:
        journeys = data["journeys"]
        if not isinstance(journeys, list) or not journeys:
            raise KnowledgeError(path, _line(data, "journeys"), "'journeys' must be a non-empty list of maps")
        documents = journeys
    else:
        documents = [data]
    loaded = LoadedFile(path=str(path), kind="map", file_hash=file_hash)
    seen: dict[str, int] = {}
    for document in documents:
        journey = _journey(path, document, loaded.warnings)
        if journey.id in seen:
            raise KnowledgeError(path, _line(document), f"journey id {journey.id!r} appears twice in this file")
        seen[journey.id] = 1
        loaded.maps.append(journey)
    return loaded


def _line(node: Any, key: str | None = None) -> int:
    if isinstance(node, _LineDict):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line
    return 1


def _check_keys(path: Path, node: dict, allowed: set[str], what: str, warnings: list[str]) -> None:
    for key in node:
        key_text = str(key)
        if key_text in allowed:
            continue
        close = difflib.get_close_matches(key_text, sorted(allowed), n=1, cutoff=0.75)
        if close:
            raise KnowledgeError(path, _line(node, key_text),
                                 f"unknown key {key_text!r} in {what} (did you mean {close[0]!r}?)")
        warnings.append(f"{path}:{_line(node, key_text)}: key {key_text!r} in {what} is not part of the format; "
                        "ignored")


def _text(path: Path, node: dict, key: str, what: str, required: bool = False) -> str | None:
    value = node.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise KnowledgeError(path, _line(node), f"{what} has no {key}")
        return None
    if isinstance(value, dict | list):
        raise KnowledgeError(path, _line(node, key), f"{key} of {what} must be text, not a {type(value).__name__}")
    return clean(value)


def _texts(path: Path, node: dict, key: str, what: str) -> tuple[str, ...]:
    value = node.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(isinstance(v, dict | list) for v in value):
        raise KnowledgeError(path, _line(node, key), f"{key} of {what} must be a list of text")
    return tuple(t for t in (clean(v) for v in value) if t)


def _emotion(path: Path, node: dict, what: str) -> int | None:
    value = node.get("emotion")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise KnowledgeError(path, _line(node, "emotion"), f"emotion of {what} must be a number from -2 to +2")
    try:
        number = float(value)
    except ValueError:
        raise KnowledgeError(path, _line(node, "emotion"),
                             f"emotion of {what} is {value!r}, not a number from -2 to +2") from None
    if not number.is_integer() or not -2 <= number <= 2:
        raise KnowledgeError(path, _line(node, "emotion"), f"emotion of {what} is {value}, outside -2..+2")
    return int(number)


def _date(path: Path, node: dict) -> date | None:
    value = node.get("updated")
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise KnowledgeError(path, _line(node, "updated"),
                             f"updated {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _journey(path: Path, node: Any, warnings: list[str]) -> JourneyMap:
    if not isinstance(node, dict):
        raise KnowledgeError(path, 1, "each journey must be a mapping with 'name' and 'stages'")
    _check_keys(path, node, JOURNEY_KEYS, "the journey", warnings)
    name = _text(path, node, "name", "the journey map", required=True)
    assert name is not None
    journey_id = slugify(_text(path, node, "id", "the journey") or name)
    if not journey_id:
        raise KnowledgeError(path, _line(node, "name"), f"journey name {name!r} gives an empty id; add an 'id'")
    stages_node = node.get("stages")
    if stages_node is None:
        raise KnowledgeError(path, _line(node), f"journey {name!r} has no stages")
    if not isinstance(stages_node, list) or not stages_node:
        raise KnowledgeError(path, _line(node, "stages"), f"stages of journey {name!r} must be a non-empty list")
    stages: list[StageSpec] = []
    slugs: set[str] = set()
    for position, stage_node in enumerate(stages_node):
        stage = _stage(path, stage_node, position, name, warnings, _line(node, "stages"))
        if stage.slug in slugs:
            raise KnowledgeError(path, _line(stage_node), f"stage {stage.name!r} appears twice in journey {name!r}")
        slugs.add(stage.slug)
        stages.append(stage)
    return JourneyMap(
        id=journey_id, name=name, persona=_text(path, node, "persona", name), owner=_text(path, node, "owner", name),
        updated=_date(path, node), description=_text(path, node, "description", name), stages=tuple(stages),
    )


def _stage(path: Path, node: Any, position: int, journey: str, warnings: list[str], parent_line: int) -> StageSpec:
    what = f"stage {position + 1} of journey {journey!r}"
    if isinstance(node, str):  # `stages: [Awareness, Decision]` is a fair shorthand
        node = {"name": node}
    if not isinstance(node, dict):
        raise KnowledgeError(path, parent_line, f"{what} must be a mapping with a name")
    _check_keys(path, node, STAGE_KEYS, what, warnings)
    name = _text(path, node, "name", what, required=True)
    assert name is not None
    what = f"stage {name!r}"
    touchpoints_node = node.get("touchpoints") or []
    if not isinstance(touchpoints_node, list):
        raise KnowledgeError(path, _line(node, "touchpoints"), f"touchpoints of {what} must be a list")
    touchpoints: list[TouchpointSpec] = []
    slugs: set[str] = set()
    for index, tp_node in enumerate(touchpoints_node):
        touchpoint = _touchpoint(path, tp_node, index, name, warnings, _line(node, "touchpoints"))
        if touchpoint.slug in slugs:
            raise KnowledgeError(path, _line(tp_node), f"touchpoint {touchpoint.name!r} appears twice in {what}")
        slugs.add(touchpoint.slug)
        touchpoints.append(touchpoint)
    return StageSpec(
        name=name, slug=slugify(name), position=position, goal=_text(path, node, "goal", what),
        emotion=_emotion(path, node, what), pain_points=_texts(path, node, "pain_points", what),
        opportunities=_texts(path, node, "opportunities", what), touchpoints=tuple(touchpoints),
    )


def _touchpoint(path: Path, node: Any, index: int, stage: str, warnings: list[str], parent_line: int) -> TouchpointSpec:
    what = f"touchpoint {index + 1} of stage {stage!r}"
    if isinstance(node, str):
        node = {"name": node}
    if not isinstance(node, dict):
        raise KnowledgeError(path, parent_line, f"{what} must be a mapping with a name")
    _check_keys(path, node, TOUCHPOINT_KEYS, what, warnings)
    name = _text(path, node, "name", what, required=True)
    assert name is not None
    what = f"touchpoint {name!r}"
    return TouchpointSpec(
        name=name, slug=slugify(name), channel=_text(path, node, "channel", what),
        owner=_text(path, node, "owner", what), description=_text(path, node, "description", what),
        emotion=_emotion(path, node, what), pain_points=_texts(path, node, "pain_points", what),
        opportunities=_texts(path, node, "opportunities", what), metrics=_texts(path, node, "metrics", what),
    )
