"""Where composers get themes: the theme engine in journeys.voice (kept here as the answers' import point)."""

from __future__ import annotations

from journeys.voice.engine import Emerging, Theme, emerging_themes, themes_for
from journeys.voice.model import CommentText

__all__ = ["CommentText", "Emerging", "Theme", "emerging_themes", "themes_for"]
