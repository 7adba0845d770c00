"""Prompt templates live as files beside this module, so they can be read and changed without code.

A prompt file starts with a YAML header naming what it guarantees and the variables it takes, then its
messages under `## system`, `## human` (or `## ai`) lines. `chat_prompt(name)` loads one into a LangChain
`ChatPromptTemplate` and checks that the template's variables are exactly the declared ones, so a broken
file stops start-up (`check_prompts()`) with one line naming the file and the problem.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
_ROLES = {"system", "human", "ai"}
_HEADING = re.compile(r"^## (\w+)\s*$", re.MULTILINE)


class PromptError(ValueError):
    """A prompt file that cannot be used; the message names the file and what is wrong."""


@cache
def load_prompt(name: str) -> str:
    """The raw text of prompts/NAME.md."""
    return (HERE / f"{name}.md").read_text(encoding="utf-8")


def _split(name: str, text: str) -> tuple[dict, list[tuple[str, str]]]:
    where = f"prompts/{name}.md"
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise PromptError(f"{where}: expected a YAML header between '---' lines (guarantees, variables)")
    header_text, body = text[4:].split("\n---\n", 1)
    try:
        header = yaml.safe_load(header_text) or {}
    except yaml.YAMLError as exc:
        raise PromptError(f"{where}: the header is not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(header, dict) or not header.get("guarantees") or not isinstance(header.get("variables"), list):
        raise PromptError(f"{where}: the header needs 'guarantees' (text) and 'variables' (a list)")
    parts = _HEADING.split(body)
    messages = []
    for role, content in zip(parts[1::2], parts[2::2], strict=True):
        if role not in _ROLES:
            raise PromptError(f"{where}: unknown message role '## {role}' (use system, human or ai)")
        messages.append((role, content.strip("\n")))
    if not messages:
        raise PromptError(f"{where}: no messages; start each with a '## system' or '## human' line")
    return header, messages


@cache
def chat_prompt(name: str):  # type: ignore[no-untyped-def]
    """prompts/NAME.md as a ChatPromptTemplate whose variables are exactly the declared ones."""
    from langchain_core.prompts import ChatPromptTemplate

    where = f"prompts/{name}.md"
    try:
        text = load_prompt(name)
    except OSError as exc:
        raise PromptError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    header, messages = _split(name, text)
    try:
        template = ChatPromptTemplate.from_messages(messages)
    except (ValueError, KeyError) as exc:  # e.g. an unclosed brace
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PromptError(f"{where}: the template does not parse ({first}); write literal braces as {{{{ }}}}"
                          ) from None
    declared, used = set(map(str, header["variables"])), set(template.input_variables)
    if declared != used:
        problems = []
        if used - declared:
            problems.append(f"uses undeclared {', '.join('{' + v + '}' for v in sorted(used - declared))}")
        if declared - used:
            problems.append(f"never uses declared {', '.join(sorted(declared - used))}")
        raise PromptError(f"{where}: the template {' and '.join(problems)}")
    return template


def prompt_names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.md"))


def check_prompts() -> None:
    """Load every prompt file, raising PromptError on the first broken one (called when an LLM is configured)."""
    for name in prompt_names():
        chat_prompt(name)
