"""The knowledge base's own vocabulary (journeys, stages, touchpoints, metrics) and matching a question to it.

Matching is tolerant: case, plurals (stems), small typos (rapidfuzz), and general customer-journey synonyms
("meter" -> the stage whose entry uses it, "drop-off" -> abandonment metrics). Matches become filters and
boosts downstream, never walls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.answers.metric_names import (
    _GENERIC,
    match_metrics,
    metric_stems_of,
)
from journeys.answers.persona import PEOPLE_TOPIC, people_stems
from journeys.answers.shorthand import SHORTHAND
from journeys.answers.spelling import SMALL_WORDS as _SMALL_WORDS
from journeys.answers.spelling import NameMatch, stems, typed_in, words
from journeys.store.models import Comment, Journey, Kpi, Stage, Touchpoint
from knowledge.text import slugify
from retrieval.tokens import STOPWORDS, stem

# General team vocabulary: a question about "support" or "help" may mean the team named for service or care.
_SUPPORT_TRIGGERS = ("support", "help", "contact", "complaint")
_SUPPORT_TEAM_WORDS = ("support", "service", "care", "help")
STAGE_WORD_SHARE = 0.66  # a word stands for a stage when this share of its uses in the maps is in that stage

_OWNERSHIP = ("own", "owner", "respons", "team", "handl", "run", "manag", "accountabl")
OWNERSHIP_PHRASE = re.compile(r"\blook(s|ing|ed)? after\b|\bin charge\b|\bwho('s| is| are)? behind\b|"
                              r"\bwhose\b|\bwho (does|do|runs|handles|deals)\b")
_TEAM_WORDS = {"team", "depart", "group", "unit", "squad", "ops", "oper"}

# General customer-experience abbreviations; a base's own initialisms come from its names (see `initialisms`).
ABBREVIATIONS = {
    "cs": "customer service", "cx": "customer experience", "csr": "customer service",
    "faq": "frequently asked questions", "eta": "estimated arrival", "ux": "user experience", "app": "app",
    "sla": "service level",
}


def expand_abbreviations(question: str, own: dict[str, str] | None = None) -> str:
    """Append the spelled-out form of abbreviations for retrieval: general ones ("CX"), and the initialisms of
    the base's own place names (`own`, from Vocabulary.initialisms: "PDP" -> "Product detail page")."""
    # A base's initialism counts when typed in capitals (PDP) or when it could be no word (pdp), never "car".
    typed = {w.lower() for w in re.findall(r"\b[A-Z]{3,}s?\b", question)}
    typed |= {w for w in words(question) if len(w) >= 3 and not set(w) & set("aeiouy")}
    known = {**ABBREVIATIONS, **{k: v for k, v in (own or {}).items() if k in typed}}
    extra = [known[w] for w in dict.fromkeys(words(question)) if w in known and known[w] != w]
    return question + (" (" + "; ".join(extra) + ")" if extra else "")


@dataclass(frozen=True)
class Entity:
    kind: str  # journey | stage | touchpoint
    name: str
    id: str | None  # None: a name that only comment or KPI files use (no map knows it)
    journey_id: str | None = None
    stage_id: str | None = None
    stems: tuple[str, ...] = ()

    @property
    def filter_id(self) -> str:
        """The key the search index files this place under (see journeys.documents.unresolved)."""
        return self.id or f"~{slugify(self.name)}"


@dataclass(frozen=True)
class Match:
    entity: Entity
    strength: float  # 1.0 exact, lower for fuzzy or synonym


def segment_text(question: str) -> str:
    """A question as segment names are matched against it: "5+ yrs" and "more than 5" are "over 5" (the
    segment "over 5 years"), "over 65s" is "over 65"."""
    question = re.sub(r"\b(\d+)\s*\+|\bmore than (\d+)\b", lambda m: f"over {m.group(1) or m.group(2)}", question)
    return re.sub(r"\b(\d+)'?s\b", r"\1", question)


@lru_cache(maxsize=1024)
def segment_stems(segment: str) -> tuple[str, ...]:
    """A segment name's stems as a question's are read (`segment_text`): "Over 60s" is over, 60."""
    return tuple(content_stems(segment_text(segment)))


@dataclass
class Vocabulary:
    entities: list[Entity] = field(default_factory=list)
    metrics: dict[str, str] = field(default_factory=dict)  # metric slug -> display name
    score_types: set[str] = field(default_factory=set)
    segments: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)  # the teams the maps name as owners
    # stem -> {stage id: uses}: the words of each stage's map entry (goal, pain points, opportunities, its
    # touchpoints' names, descriptions and pain points), read from the store, for stages described by a word
    stage_words: dict[str, dict[str, int]] = field(default_factory=dict)
    house: set[str] = field(default_factory=set)  # stems of the base's own product or organisation name
    people: set[str] = field(default_factory=set)  # stems of its personas' word for the people it serves
    channels: list[str] = field(default_factory=list)  # the touchpoints' channels, as the maps spell them

    def match_owner(self, question: str, taken: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """A team the question asks about as an owner ("what does support own?" -> "Customer service"): by its
        name, a distinctive word of it, or general team vocabulary ("support" -> a service or care team)."""
        free = [s for s in stems(question) if s not in taken]  # "the pay run journey": no cue to run anything
        if not (any(c in free for c in _OWNERSHIP) or OWNERSHIP_PHRASE.search(question.lower())):
            return None
        best: tuple[float, str] | None = None
        for owner in self.owners:
            name = [s for s in content_stems(owner) if s not in _TEAM_WORDS] or content_stems(owner)
            if all(typed_in(s, free) for s in name):  # "the accomodation office": a typo is still the team
                strength = 1.0
            elif any(len(s) >= 4 and s in free and s not in PEOPLE_TOPIC and s not in _OWNERSHIP for s in name):
                # one word of the name; not the word that asks who owns ("complaint handling" names no Ground
                # Handling team)
                strength = 0.8
            elif any(t in free for t in _SUPPORT_TRIGGERS) and any(w in words(owner) for w in _SUPPORT_TEAM_WORDS):
                strength = 0.6
            else:
                continue
            if best is None or strength > best[0]:
                best = (strength, owner)
        return best[1] if best else None

    def match_segment(self, question: str, taken: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """A comment segment named in the question ("gold members" -> "Gold member"), unless its words
        already name a place ("claims portal" is not the "Claimant" segment)."""
        q_stems = [stem(SHORTHAND.get(w, w)) for w in words(segment_text(question))]  # "yr 1": Year 1 customer
        for segment in sorted(self.segments, key=len, reverse=True):
            seg = segment_stems(segment)
            if seg and all(s in q_stems for s in seg) and not set(seg) <= taken:
                return segment
        return None

    def match_channel(self, question: str) -> str | None:
        """A touchpoint channel the question names as a whole word ("on the phone" for "phone", "emails")."""
        q_stems = set(stems(question))
        found = [c for c in self.channels if (parts := content_stems(c)) and all(p in q_stems for p in parts)]
        return max(found, key=len) if found else None

    def example_names(self) -> dict[str, list[str]]:
        """A few of the base's own names per kind, for examples in a "how to ask" reply."""
        out: dict[str, list[str]] = {}
        for entity in self.entities:
            if entity.id:
                out.setdefault(entity.kind, []).append(entity.name)
        out["metric"] = [name.replace("_", " ") for name in self.metrics.values()]
        return out

    @classmethod
    def load(cls, session: Session) -> Vocabulary:
        vocab = cls()
        for journey in session.scalars(select(Journey)):
            vocab.entities.append(Entity("journey", journey.name, journey.id, journey.id,
                                         stems=tuple(content_stems(journey.name))))
        for stage in session.scalars(select(Stage)):
            vocab.entities.append(Entity("stage", stage.name, stage.id, stage.journey_id, stage.id,
                                         tuple(content_stems(stage.name))))
        for tp in session.scalars(select(Touchpoint)):
            vocab.entities.append(Entity("touchpoint", tp.name, tp.id, tp.journey_id, tp.stage_id,
                                         tuple(content_stems(tp.name))))
        known = {slugify(e.name) for e in vocab.entities}
        for model in (Comment, Kpi):
            for kind, column in (("stage", model.stage), ("touchpoint", model.touchpoint)):
                id_column = model.stage_id if kind == "stage" else model.touchpoint_id
                for (name,) in session.execute(select(column).distinct().where(id_column.is_(None),
                                                                              column.is_not(None))):
                    if slugify(name) not in known:
                        known.add(slugify(name))
                        vocab.entities.append(Entity(kind, name, None, stems=tuple(content_stems(name))))
        for slug, name in session.execute(select(Kpi.metric_slug, Kpi.metric).distinct()):
            vocab.metrics.setdefault(slug, name)
        owners = [o for (o,) in session.execute(select(Touchpoint.owner).distinct()) if o]
        owners += [o for (o,) in session.execute(select(Journey.owner).distinct()) if o]
        vocab.owners = list(dict.fromkeys(owners))
        spelled = [c for (c,) in session.execute(select(Touchpoint.channel).distinct()) if c and c.strip()]
        vocab.channels = list({c.strip().lower(): c.strip() for c in sorted(spelled, reverse=True)}.values())
        spelled = [s for (s,) in session.execute(select(Comment.segment).distinct().limit(50)) if s]
        # one name per segment, whatever case each file wrote it in: the capitalised spelling
        vocab.segments = list({s.lower(): s for s in sorted(spelled, reverse=True)}.values())
        vocab.score_types = {t for (t,) in session.execute(select(Comment.score_type).distinct()) if t}
        vocab.stage_words = _stage_words(session)
        vocab.people = people_stems(session.scalars(select(Journey.persona)))
        vocab.house = _house_words(session, {s for e in vocab.entities for s in e.stems}
                                   | set(stems(" ".join(vocab.owners + vocab.segments))))
        return vocab

    def split_compounds(self, question: str) -> str:
        """A word the question types joined that the base's names write as two ("checkin" for Check-in,
        "wifi" for Wi-Fi, "signup" for Sign-up), written the names' way, so that names match by spelling."""
        joined, places, elsewhere = _compounds(tuple(e.name for e in self.entities), tuple(self.metrics),
                                               tuple(self.metrics.values()), tuple(self.owners))

        def split(m: re.Match[str]) -> str:
            word = m.group(0)
            parts = joined.get(word.lower())
            if parts is None and word.lower().endswith("s") and word.lower()[:-1] in joined:
                parts = joined[word.lower()[:-1]] + "s"  # "pickups": pick ups
            if parts is None or word.lower() in places:
                return word
            # a metric spells it joined ("checkin_wait"): keep that word too, after the place's spelling
            return f"{parts} {word}" if word.lower() in elsewhere else parts

        return re.sub(r"[A-Za-z]{4,}", split, _joined_as_named(
            question, places | elsewhere, joined, tuple(tuple(words(m)) for m in self.metrics)))

    def initialisms(self) -> dict[str, str]:
        """Initialisms of the base's own place names ("pdp" -> "Product detail page"), three letters or more."""
        return dict(_initialisms(tuple(e.name for e in self.entities)))

    def match_entities(self, question: str, ignore: set[str] = frozenset()) -> list[Match]:  # type: ignore[assignment]
        """Entities named in the question, best first; touchpoints outrank stages on equal strength. `ignore`:
        stems that say what is asked (intent words), never where."""
        q_stems = stems(question)
        q_content = [s for s in q_stems if s not in _GENERIC]
        matches: list[Match] = []
        named = NameMatch(q_stems, q_content)
        alone = self._prefix_alone
        for entity in self.entities:
            strength = named.strength(entity.stems, entity in alone)
            if not strength and entity.kind == "journey" and "journey" in q_stems:
                # "the returns journey" names "Returns and refunds": one distinctive word of it is enough
                distinctive = [s for s in entity.stems if len(s) >= 4]
                strength = 0.8 if any(s in q_content for s in distinctive) else 0.0
            if strength:
                matches.append(Match(entity, strength))
        # General synonyms only read the words that no exact name has taken ("online purchase" is a journey).
        taken = {s for m in matches if m.strength >= 1.0 for s in m.entity.stems}
        journey_words = {s for e in self.entities if e.kind == "journey" for s in e.stems}
        free = [s for s in q_stems if s not in taken and s not in ignore and s not in journey_words]
        matches.extend(self._stage_synonyms(free, {m.entity.id for m in matches}))
        order = {"touchpoint": 0, "stage": 1, "journey": 2}
        typed = set(q_content)
        spread = self._name_spread

        def rarity(match: Match) -> float:  # "room panels": the one name with "panels", not one of "meeting room"s
            # (names typed whole keep their order: the longer first)
            return sum(1 / spread[s] for s in set(match.entity.stems) & typed) if match.strength < 1.0 else 0.0

        matches.sort(key=lambda m: (-m.strength, -rarity(m), -len(m.entity.stems), order[m.entity.kind]))
        return matches

    @cached_property
    def _prefix_alone(self) -> set[Entity]:
        """Places of three words or more whose words but the last no other name has in a row ("my account" of My
        Account portal, where "follow up" is in several names): typed so, they name that place."""
        owns = {e: tuple(s for s in e.stems if s not in _SMALL_WORDS) for e in self.entities}
        return {e for e, own in owns.items() if len(own) >= 3 and not any(
            other is not e and any(o[i:i + len(own) - 1] == own[:-1] for i in range(len(o)))
            for other, o in owns.items())}

    @cached_property
    def _name_spread(self) -> dict[str, int]:
        """stem -> how many of the base's place names hold it (made once per vocabulary)."""
        spread: dict[str, int] = {}
        for entity in self.entities:
            for s in set(entity.stems):
                spread[s] = spread.get(s, 0) + 1
        return spread

    def _stage_synonyms(self, q_stems: list[str], already: set[str | None]) -> list[Match]:
        """Stages a question word belongs to in the base's own maps: "meter" -> the stage whose entry uses it
        (mostly), a weak match (0.6) that boosts but never names."""
        found: list[Match] = []
        by_id = {e.id: e for e in self.entities if e.kind == "stage" and e.id}
        for s in dict.fromkeys(q_stems):
            uses = self.stage_words.get(s)
            if not uses or len(s) < 3 or s in _GENERIC:
                continue
            stage_id, count = max(uses.items(), key=lambda item: item[1])
            share = count / sum(uses.values())
            if count >= 2 and share >= STAGE_WORD_SHARE and stage_id not in already and stage_id in by_id:
                found.append(Match(by_id[stage_id], 0.6))
                already.add(stage_id)
        return found

    @staticmethod
    def metric_stems_of(question: str) -> set[str]:
        """The question's stems and the metric words their general synonyms lead to."""
        return metric_stems_of(question)

    def match_metrics(self, question: str) -> list[tuple[str, float]]:
        """Metric slugs named (or implied) by the question, best first (metric_names.py)."""
        return match_metrics(tuple(self.metrics), question)


def content_stems(name: str) -> list[str]:
    return [s for s in stems(name) if s not in _GENERIC] or stems(name)


_MAP_FILLER = set(stems("customer customers people user users the a an and or of to in on for with by is are be not no "
                        "it its they their them this that from at as can we our you your when what how"))


def _stage_words(session: Session) -> dict[str, dict[str, int]]:
    """stem -> {stage id: uses} over each stage's map entry and its touchpoints' (see Vocabulary.stage_words)."""
    out: dict[str, dict[str, int]] = {}

    def add(stage_id: str, *texts: str | None) -> None:
        for text in texts:
            for s in stems(text or ""):
                if s not in _MAP_FILLER:
                    uses = out.setdefault(s, {})
                    uses[stage_id] = uses.get(stage_id, 0) + 1

    for stage in session.scalars(select(Stage)):
        add(stage.id, stage.goal, *(stage.pain_points or []), *(stage.opportunities or []))
    for tp in session.scalars(select(Touchpoint)):
        add(tp.stage_id, tp.name, tp.description, *(tp.pain_points or []))
    return out


def _house_words(session: Session, known: set[str]) -> set[str]:
    """The base's own product or organisation name ("evaluating Planwise for a team"): a capitalised word, not
    at a sentence start, of a journey's persona or description, that the maps of every journey (or the only
    one) use, never in lower case, and that names no place or team (`known`). A question about it is about the
    whole base, not a subject the base lacks nor a topic to filter by."""
    journeys = list(session.scalars(select(Journey)))
    texts: dict[str, list[str]] = {j.id: [j.persona or "", j.description or ""] for j in journeys}
    for stage in session.scalars(select(Stage)):
        texts.setdefault(stage.journey_id, []).extend([stage.goal or "", *(stage.pain_points or [])])
    for tp in session.scalars(select(Touchpoint)):
        texts.setdefault(tp.journey_id, []).extend([tp.description or "", *(tp.pain_points or [])])
    candidates: set[str] = set()
    for journey in journeys:
        head = " ".join(filter(None, (journey.persona, journey.description)))
        candidates |= set(re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b", head))
    maps = {j: " ".join(t) for j, t in texts.items()}
    house = set()
    for word in candidates:
        in_every = all(re.search(rf"\b{word}\b", text) for text in maps.values())
        # a lower-case use as a word counts ("home delivery"); inside a command, address or domain does not
        lower = any(re.search(rf"(?<![\w/@.]){word.lower()}(?![\w@/]|\.\w)", text) for text in maps.values())
        if in_every and not lower:
            house.add(stem(word.lower()))
    return house - known - _MAP_FILLER


def _joined_as_named(question: str, named: frozenset[str], split_in_names: dict[str, str],
                     metric_words: tuple[tuple[str, ...], ...]) -> str:
    """"pick up wait" -> "pickup wait": two typed words that a name writes as one, the first no function word
    ("looks after care plans" is no aftercare). When a place writes them apart too (Drop-off and pick-up), they
    are a metric's word only beside another word of that metric ("pick up wait": pickup_wait_time_min; "the
    sign up stage" stays the stage); split_compounds then writes that word both ways."""
    pieces = re.split(r"(\s+)", question)
    for i in range(0, len(pieces) - 2, 2):
        first, second = pieces[i], pieces[i + 2]
        together = (first + second).lower()
        if not (pieces[i + 1] == " " and first.isalpha() and second.isalpha() and min(len(first), len(second)) >= 2
                and together in named and first.lower() not in STOPWORDS):
            continue
        if together in split_in_names:
            beside = {pieces[j].lower() for j in (i - 2, i + 4) if 0 <= j < len(pieces)}
            if not any(together in metric and beside & set(metric) for metric in metric_words):
                continue
        pieces[i], pieces[i + 1], pieces[i + 2] = "", "", together
    return "".join(pieces)


@lru_cache(maxsize=16)
def _compounds(names: tuple[str, ...], slugs: tuple[str, ...], metric_names: tuple[str, ...],
               owners: tuple[str, ...]) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """What split_compounds reads of a vocabulary's names (made once per vocabulary, not per question): each
    two-word piece of a place, metric or owner name written joined -> as the name writes it; the places' words;
    the metrics' words."""
    joined: dict[str, str] = {}
    for name in names + metric_names + owners:
        parts = words(name)
        for a, b in zip(parts, parts[1:], strict=False):
            if len(a) >= 2 and len(b) >= 2:
                joined.setdefault(a + b, f"{a} {b}")
                joined.setdefault(stem(a) + b, f"{a} {b}")  # "waitlist": Waiting list
    places = frozenset(w for name in names for w in words(name))
    elsewhere = frozenset(w for name in slugs + metric_names for w in words(name))
    return joined, places, elsewhere


@lru_cache(maxsize=16)
def _initialisms(names: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in names:
        parts = [w for w in words(name) if w not in _SMALL_WORDS]
        if len(parts) >= 3:
            out.setdefault("".join(p[0] for p in parts), name)
    return out
