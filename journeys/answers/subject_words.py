"""The general words a question's subject is never made of (shared by the subject checks of
journeys/answers/subjects.py and journeys/answers/unknown_metric.py)."""

from __future__ import annotations

from journeys.answers.cues import CUES, GENERIC_TOPIC

# words of a figure's phrase that say how it is taken, not what it is of ("avg", "overall")
FILLERS = {"avg", "averag", "mean", "total", "median", "overal", "typic", "respons"}
# words before a name that are no part of it
LEADING = {"the", "our", "a", "an", "this", "that", "which", "what", "each", "every", "all", "whole", "entire",
           "first", "last", "next", "same", "other", "their", "its", "my", "your", "any", "new", "current",
           "in", "of", "for", "at", "on", "by", "about", "to", "and", "or", "per", "from",
           # imperative verbs that open a request ("rank renewal stages by nps"), never part of a name
           "rank", "list", "show", "compare", "sort", "tell", "give", "describe", "summarise", "summarize", "explain"}

# what a question asks (cue words) and general words: never its subject
CUE_STEMS = {c for group in CUES.values() for c in group}
GENERIC = GENERIC_TOPIC | CUE_STEMS | {
    "custom", "overal", "end", "full", "whole", "entir", "complet", "main", "typic", "averag"}

