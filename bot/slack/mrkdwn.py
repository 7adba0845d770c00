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
