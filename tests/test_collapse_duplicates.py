"""collapse_duplicates (retrieval/hybrid.py) finds exactly what comparing every pair in order finds."""

from __future__ import annotations

import random
import re

from retrieval.hybrid import Hit, collapse_duplicates

_NORMALISE = re.compile(r"[^a-z0-9]+")


def every_pair(hits: list[Hit], threshold: float = 0.85) -> list[tuple[str, int]]:
    """The definition: each comment against every earlier kept one, first match wins."""
    kept: list[Hit] = []
    signatures: list[set[str]] = []
    counts: list[int] = []
    for hit in hits:
        words = set(_NORMALISE.sub(" ", hit.text.lower()).split()) if hit.kind in ("comment", "feedback") else set()
        match = next((i for i, other in enumerate(signatures) if other and words
                      and len(words & other) / len(words | other) >= threshold), None)
        if match is None:
            kept.append(hit)
            signatures.append(words)
            counts.append(0)
        else:
            counts[match] += 1
    return [(h.id, n) for h, n in zip(kept, counts, strict=True)]


def hit(i: int, text: str, kind: str = "comment") -> Hit:
    return Hit(id=f"{kind}:{i}", kind=kind, ref_id=str(i), title="", text=text, journey_id=None, stage_id=None,
               touchpoint_id=None, date=None, score=1.0)


def test_matches_every_pair_comparison_on_random_near_duplicates() -> None:
    rng = random.Random(15)
    vocabulary = [f"w{i}" for i in range(60)] + ["the", "a", "flight", "late", "bag"]
    for _ in range(40):
        bases = [[rng.choice(vocabulary) for _ in range(rng.randint(1, 25))] for _ in range(12)]
        hits = []
        for i in range(rng.randint(1, 150)):
            words = list(rng.choice(bases))
            for _ in range(rng.randint(0, 3)):  # a few edits: some stay above the threshold, some fall below
                if words and rng.random() < 0.5:
                    words.pop(rng.randrange(len(words)))
                else:
                    words.insert(rng.randrange(len(words) + 1), rng.choice(vocabulary))
            text = " ".join(words) + rng.choice(["", "!", "...", " ?"])
            hits.append(hit(i, text.upper() if rng.random() < 0.2 else text,
                            rng.choice(["comment", "comment", "feedback", "kpi"])))
        collapsed = collapse_duplicates([Hit(**{**h.__dict__}) for h in hits])
        assert [(h.id, h.duplicates) for h in collapsed] == every_pair(hits)


def test_threshold_boundary_is_kept() -> None:
    # 17 shared of 20 words: Jaccard exactly 0.85 merges, as the pairwise definition says
    words = [f"w{i}" for i in range(20)]
    a = " ".join(words[:17] + ["x1", "x2", "x3"])
    b = " ".join(words[:17] + ["x1", "x2", "x3"])
    c = " ".join(words[:17] + ["x1", "x2"])  # 19 of 20: 0.95
    hits = [hit(1, a), hit(2, b), hit(3, c), hit(4, "nothing alike here"), hit(5, "")]
    collapsed = collapse_duplicates(hits)
    assert [(h.id, h.duplicates) for h in collapsed] == every_pair(hits) == [
        ("comment:1", 2), ("comment:4", 0), ("comment:5", 0)]


def test_with_a_limit_the_first_kept_of_a_long_list_are_those_of_every_pair() -> None:
    # a limit counts words in only the first few candidates (retrieval/duplicates.py): the rest are ranked as met;
    # a limit of at most FEW_KEPT counts none (the words' own order)
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(40)] + ["the", "a", "late"]
    for _ in range(30):
        bases = [[rng.choice(vocabulary) for _ in range(rng.randint(1, 20))] for _ in range(20)]
        hits = []
        for i in range(rng.randint(50, 300)):
            words = list(rng.choice(bases))
            if words and rng.random() < 0.4:
                words.pop(rng.randrange(len(words)))
            words += [f"new{rng.randrange(400)}" for _ in range(rng.randint(0, 2))]  # words only later ones use
            hits.append(hit(i, " ".join(words)))
        limit = rng.randint(1, 40)
        kept = collapse_duplicates([Hit(**{**h.__dict__}) for h in hits], limit=limit)
        full = every_pair(hits)
        assert [h.id for h in kept] == [i for i, _ in full[:limit]]
