"""Prompt templates live as files beside this module, so they can be read and changed without code."""

from __future__ import annotations

from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def load_prompt(name: str) -> str:
    return (HERE / f"{name}.md").read_text(encoding="utf-8")
