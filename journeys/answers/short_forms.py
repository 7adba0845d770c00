"""Short forms staff type for the base's own words ("conv" for conversion, "brekkie" for breakfast, "insta" for
Instagram): spelled out before a question is understood, so a clipped word is neither unknown (declined) nor
lost to retrieval. A word counts as a short form only when it is no English word (the embedding model's
vocabulary) and no word of the base, and its letters are, in order, the start of exactly one of the base's
words."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from journeys.answers.periods import asks_latest, is_time_word
from retrieval.tokens import STOPWORDS, stem

if TYPE_CHECKING:
    from journeys.answers.vocabulary import Vocabulary

_WORD = re.compile(r"[A-Za-z]+")
_DIMINUTIVE = ("ies", "ie", "y", "o", "s")  # "brekkie", "convo": an ending added to the clipped word


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole lower-case words of the embedding model's vocabulary: general English ("lowest", "rank"), which a
    short form or a competitor's name usually is not. Empty when the model ships no vocabulary."""
    from retrieval.embeddings import default_model_path

    try:
        text = (Path(default_model_path()) / "vocab.txt").read_text(encoding="utf-8")
    except (OSError, ImportError, AttributeError):
        return frozenset()
    return frozenset(w for w in text.split() if w.isalpha() and w.islower())


def _inflected(word: str) -> bool:
    """A function word with an "s" run on ("whats", "hows": what's, how's): no short form. A plural of a
    clipped word ("subs", "apps") may still be one."""
    bare = word[:-1] if word.endswith("s") else ""
    return bool(bare) and bare in STOPWORDS


def _cores(word: str) -> list[str]:
    """The word and its clipped stem once a diminutive ending (and a doubled last consonant) is taken off."""
    out = [word]
    if len(word) == 3 and word.endswith("s") and not set(word) & set("aeiouy"):
        out.append(word[:-1])  # "pts": the plural of "pt" (patient)
    for ending in _DIMINUTIVE:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            core = word[: -len(ending)]
            out.append(core)
            if len(core) >= 4 and core[-1] == core[-2]:
                out.append(core[:-1])  # "brekk" -> "brek"
    return out


def _is_clipping(core: str, full: str) -> bool:
    """`core`'s letters in order within `full`, the first two at its start ("conv" in conversion, "appt" in
    appointment), or the first one for a word of consonants only ("pts" in patients, "mgmt" in management),
    and `full` at least two letters longer."""
    skeleton = not set(core) & set("aeiouy")
    if len(full) < len(core) + 2 or core[:1 if skeleton else 2] != full[:1 if skeleton else 2]:
        return False
    if skeleton and len(core) == 2:  # "pt" (of "pts"): the first two consonants of a long word ("sms" is no "small")
        return len(full) >= 6 and "".join(ch for ch in full if ch not in "aeiouy")[:2] == core
    rest = iter(full)
    return all(ch in rest for ch in core)


@lru_cache(maxsize=8)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=16)
def base_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of the base's own names (places, metric slugs, owners, segments), lower case (made once per
    vocabulary, not per question)."""
    return frozenset(w for name in names for w in re.findall(r"[a-z]+", name.lower().replace("_", " ")))


def expansion(word: str, words: frozenset[str], reserved: frozenset[str] = frozenset()) -> str | None:
    """The one base word (of `words`) that `word` is a short form of, or None. `reserved`: words with a meaning
    of their own (general shorthand) that are never a short form."""
    lowered = word.lower()
    skeleton = not set(lowered) & set("aeiouy")  # "pts", "mgmt": a vocabulary's entry, yet no English word
    if (len(lowered) < 3 or lowered in STOPWORDS or lowered in words or lowered in reserved
            or (lowered in english_words() and not skeleton) or is_time_word(lowered) or asks_latest(lowered)
            or stem(lowered) in _stems(words) or _inflected(lowered)):
        return None
    for core in _cores(lowered):
        found = {full for full in words if _is_clipping(core, full)}
        if len({stem(full) for full in found}) == 1:
            return min(found, key=len)  # one word, maybe in several forms ("connection", "connections")
        if found:
            return None  # ambiguous: several of the base's words start that way
    return None


def spell_out(question: str, words: frozenset[str], reserved: frozenset[str] = frozenset()) -> str:
    """The question with each short form of a base word (of `words`) replaced by that word."""
    def replace(m: re.Match[str]) -> str:
        return expansion(m.group(0), words, reserved) or m.group(0)

    return _WORD.sub(replace, question)


def spell_out_for(question: str, vocab: Vocabulary) -> str:
    """`spell_out` with the words of the base's names (journeys, stages, touchpoints, metrics, owners,
    segments); general shorthand ("biz", "wks") and the base's initialisms keep their own meaning."""
    from journeys.answers.shorthand import SHORTHAND
    from journeys.answers.vocabulary import ABBREVIATIONS

    names = (tuple(e.name for e in vocab.entities) + tuple(vocab.metrics) + tuple(vocab.owners) + tuple(vocab.segments)
             + tuple(vocab.channels))
    reserved = frozenset(SHORTHAND) | frozenset(ABBREVIATIONS) | frozenset(vocab.initialisms())
    question = _POINTS.sub(r"\1points", question)  # "how many pts has it dropped", "3 pts": points, no word of the base
    names_held = set(vocab.owners) | set(vocab.segments) | {e.name for e in vocab.entities}
    runs = {**name_initialisms(tuple(sorted(names_held))), **metric_initialisms(tuple(sorted(vocab.metrics))),
            **ex_initialisms(tuple(sorted(names_held | set(vocab.metrics))))}
    own_words = base_words(names)
    kept = reserved | own_words  # "fnol" of fnol_call_wait_time_s is that KPI's own word
    if runs:  # "ftf rate", "where should NOC focus", "ftbs": the initials of three words or more of one name
        question = _WORD.sub(lambda m: _initialism(m.group(0), runs, kept), question)
    pairs = capital_pairs(tuple(sorted(names_held | set(vocab.channels) | set(vocab.metrics))))
    if pairs:  # "the DDs": typed in capitals, the initials of two words of one name
        question = _CAPITAL_PAIR.sub(lambda m: _initialism(m.group(0), pairs, kept), question)
    return spell_out(question, own_words, reserved)


@lru_cache(maxsize=16)
def metric_initialisms(slugs: tuple[str, ...]) -> dict[str, str]:
    """Initials of each run of three or more words of a metric's name ("ftf" -> "first time fix" of
    repair_first_time_fix_rate), when one run alone has them and they are no English word."""
    found: dict[str, set[str]] = {}
    for slug in slugs:
        parts = [w for w in slug.lower().split("_") if w and w not in STOPWORDS]
        for i in range(len(parts)):
            for j in range(i + 3, len(parts) + 1):
                run = parts[i:j]
                found.setdefault("".join(w[0] for w in run), set()).add(" ".join(run))
    english = english_words()
    return {initials: next(iter(runs)) for initials, runs in found.items()
            if len(runs) == 1 and initials not in english}


def _initialism(word: str, runs: dict[str, str], reserved: frozenset[str]) -> str:
    lowered = word.lower()
    if lowered in reserved:
        return word
    if lowered not in runs and lowered.endswith("s") and lowered[:-1] in runs:
        lowered = lowered[:-1]  # "ftbs": first-time buyers
    return runs.get(lowered, word)


@lru_cache(maxsize=16)
def name_initialisms(names: tuple[str, ...]) -> dict[str, str]:
    """Initials of a team, segment or place name, the first three words or more of it ("noc" -> Network
    Operations Centre, "ftb" -> First-time buyer, "btl" -> Buy-to-let investor; small words counted or not), when
    one name alone has them and they are no English word."""
    found: dict[str, set[str]] = {}
    for name in names:
        parts = re.findall(r"[a-z0-9]+", name.lower())
        for variant in {tuple(parts), tuple(w for w in parts if w not in STOPWORDS)}:
            for end in range(3, len(variant) + 1):
                found.setdefault("".join(w[0] for w in variant[:end]), set()).add(name)
    english = english_words()
    return {initials: next(iter(held)) for initials, held in found.items()
            if len(held) == 1 and initials not in english}


@lru_cache(maxsize=16)
def ex_initialisms(names: tuple[str, ...]) -> dict[str, str]:
    """"px" for part exchange (as cx for customer experience): a word's initial and an "x" for the word after it
    that starts with "ex", when one pair of the base's names alone has them and they are no English word."""
    found: dict[str, set[str]] = {}
    for name in names:
        parts = re.findall(r"[a-z]+", name.lower().replace("_", " "))
        for first, second in zip(parts, parts[1:], strict=False):
            if second.startswith("ex") and len(second) > 3 and first not in STOPWORDS:
                found.setdefault(first[0] + "x", set()).add(f"{first} {second}")
    english = english_words()
    return {initials: next(iter(held)) for initials, held in found.items()
            if len(held) == 1 and initials not in english}


_POINTS = re.compile(r"\b(\d+(?:\.\d+)?\s*|how many\s+|by\s+)pts\b", re.I)
_CAPITAL_PAIR = re.compile(r"\b[A-Z]{2}s?\b")
_LETTER_PAIR_WORDS = frozenset({"ok", "uk", "us", "eu", "tv", "am", "pm", "id", "it", "vs", "hi", "ah", "oh"})


@lru_cache(maxsize=16)
def capital_pairs(names: tuple[str, ...]) -> dict[str, str]:
    """Initials of two adjacent words of a name ("dd" -> "direct debit" of Monthly direct debit), when one pair
    of words alone has them. Two letters say little, so they are read only when typed in capitals ("DDs"), and
    never for a function word ("IT", "US") or a general abbreviation (the caller's reserved words: "HR", "OK");
    the model's vocabulary holds nearly every pair of letters, so it tells nothing here."""
    found: dict[str, set[str]] = {}
    for name in names:
        parts = [w for w in re.findall(r"[a-z]+", name.lower().replace("_", " ")) if w not in STOPWORDS]
        for first, second in zip(parts, parts[1:], strict=False):
            found.setdefault(first[0] + second[0], set()).add(f"{first} {second}")
    return {initials: next(iter(held)) for initials, held in found.items()
            if len(held) == 1 and initials not in STOPWORDS and initials not in _LETTER_PAIR_WORDS}
