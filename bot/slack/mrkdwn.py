"""Slack mrkdwn helpers: escaping, and splitting text to Block Kit's limits. (Answers themselves go out as
standard Markdown in `markdown` blocks: bot/slack/markdown.py.)"""

from __future__ import annotations

import re

SECTION_LIMIT = 3000  # characters in one section block's text

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")


def escape(text: str) -> str:
    """Slack's three control characters; everything else passes through."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain_link(match: re.Match[str]) -> str:
    """A Markdown link as words a reader can check: `label (url)`, never a live link with a disguising label
    (answers quote customers, and a quoted `[refund here](http://...)` must not become one)."""
    label, url = match.group(1), match.group(2)
    if not url.startswith(("http://", "https://", "mailto:")):  # a relative link means nothing in Slack
        return label
    return url if label.strip() == url else f"{label} ({url})"


def to_plain(markdown: str) -> str:
    """Markdown as plain words for a notification's `text` fallback: no emphasis marks, fences or link markup,
    and Slack's control characters escaped, so customer text cannot mention, broadcast or link from it."""
    lines = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        if _FENCE.match(line) or _TABLE_RULE.match(line) or _RULE.match(line):
            continue
        if match := _HEADING.match(line):
            line = match.group(1)
        elif match := _BULLET.match(line):
            line = match.group(1) + "• " + match.group(2)
        elif match := _QUOTE.match(line):
            line = match.group(1)
        line = _IMAGE.sub(_plain_link, line)
        line = _LINK.sub(_plain_link, line)
        line = _CODE_SPAN.sub(lambda m: m.group(2), line)
        line = _BOLD.sub(lambda m: m.group(2), line)
        line = _ITALIC_STAR.sub(r"\1", line)
        line = _STRIKE.sub(r"\1", line)
        lines.append(line)
    return escape(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip())


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Pieces of at most `limit` characters, cut at paragraph, then line, then word boundaries.

    A code fence cut in two is closed at the end of one piece and reopened at the start of the next.
    """
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit - 4]  # room to close a fence
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator)
            if cut >= limit // 3:
                break
        else:  # no natural boundary near the end: cut hard
            cut = len(window)
        piece, rest = rest[:cut].rstrip(), rest[cut:].lstrip("\n ")
        if piece.count("```") % 2:
            piece += "\n```"
            rest = "```\n" + rest
        pieces.append(piece)
    if rest:
        pieces.append(rest)
    return pieces
