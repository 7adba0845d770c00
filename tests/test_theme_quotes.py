"""A theme's quotes never repeat the same words: a comment resubmitted, or typed again in capitals, is quoted once."""

from __future__ import annotations

import numpy as np

from journeys.voice.engine import _quotes
from journeys.voice.model import CommentText


def test_the_same_words_are_quoted_once() -> None:
    texts = ["ice cream melted again, whats going on with the cold bags",
             "ICE CREAM MELTED AGAIN, WHATS GOING ON WITH THE COLD BAGS",
             "ice cream melted again whats going on with the cold bags!!",
             "frozen peas arrived soft and the ice cream had melted",
             "chilled stuff was warm, the cold bags are not doing their job"]
    members = [CommentText(id=f"comment:{i}", text=t) for i, t in enumerate(texts)]
    vectors = np.eye(len(texts), dtype=np.float32)
    centre = np.full(len(texts), 1 / np.sqrt(len(texts)), dtype=np.float32)
    quoted = _quotes(members, vectors, centre, None, n=6)
    assert [q.id for q in quoted] == ["comment:0", "comment:3", "comment:4"]
