"""Answers as standard Markdown for Slack's `markdown` block and streamed `markdown_text`.

Slack renders that Markdown itself, so no conversion to mrkdwn is needed; what remains is to keep quoted
customer text from acting: a Markdown link shows its address (`label (url)`), never a disguising label, and
Slack's control sequences (`<!channel>`, `<@U123>`, `<#C1>`) cannot mention or broadcast.
"""

from __future__ import annotations

import re

MARKDOWN_LIMIT = 12_000  # characters across all markdown blocks of one message (and one streamed append)

_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_CONTROL = re.compile(r"<([!@#][^<>]*|(?:https?|mailto):[^<>]*)>")


def _link(match: re.Match[str]) -> str:
    label, url = match.group(1).strip(), match.group(2)
    if not url.startswith(("http://", "https://", "mailto:")):
        return label
    return url if not label or label == url else f"{label} ({url})"


def safe_markdown(text: str) -> str:
    text = _LINK.sub(_link, text)
    return _CONTROL.sub(lambda m: "‹" + m.group(1).replace("|", " ") + "›", text)


def markdown_block(text: str, limit: int = MARKDOWN_LIMIT) -> dict:
    """One `markdown` block, cut (at a paragraph or line if possible) to Slack's 12,000 characters."""
    text = safe_markdown(text).strip() or "_(no answer text)_"
    if len(text) > limit:
        note = "\n\n_(shortened to fit in one Slack message)_"
        window = text[: limit - len(note)]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        text = (window[:cut] if cut > limit // 2 else window).rstrip() + note
    return {"type": "markdown", "text": text}
