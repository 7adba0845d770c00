"""The words a question asks with: intent cues (checked on stems), the general words that are no topic, words
for people, and the few readings of them that depend on their neighbours ("new members", "feels like", "across
the airport", "what do business travellers like")."""

from __future__ import annotations

import re

from journeys.answers.persona import PEOPLE_TOPIC
from journeys.answers.vocabulary import Vocabulary, stems
from retrieval.tokens import stem, tokens

# Intent cues, checked on word stems. Order matters only for ties; several intents may hold at once.
CUES: dict[str, tuple[str, ...]] = {
    "touchpoints": ("touchpoint", "touch", "channel", "step", "interact"),
    "pain": ("pain", "struggl", "problem", "issu", "friction", "frustrat", "complain", "complaint", "difficult", "hard",
             "stuck", "fail", "wrong", "annoy", "bad", "worst", "drop", "dropoff", "abandon", "block", "barrier",
             "obstacl", "hate", "unhappi", "neg", "broken", "bug", "worri", "concern", "fear", "nervous", "anxious",
             "hesit", "doubt", "unsur", "confus", "hurt"),
    "comments": ("comment", "say", "said", "feedback", "verbatim", "survey", "think", "feel", "theme", "quot",
                 "mention", "talk", "complaint", "tweet", "respons", "review", "opinion", "voic", "complain",
                 "prais", "love", "like", "recur"),
    "emerging": ("emerg", "new", "recent", "spike", "rise", "rising", "trend", "late", "sudden", "increas",
                 "grow", "surg", "lately"),
    "opportunities": ("opportun", "improv", "idea", "fix", "better", "recommend", "suggest"),
    "owner": ("own", "owner", "respons", "team", "who"),
    "change": ("chang", "move", "moved", "trend", "compar", "vs", "versus", "improv", "wors", "declin", "rose",
               "fell", "fall", "up", "down", "differ", "delta", "evolv", "over"),
    "sequence": ("after", "next", "follow", "before", "preced", "then", "order", "sequenc", "flow"),
    "emotion": ("emot", "mood", "sentiment", "happiest", "unhappiest", "feel", "feelings"),
    "overview": ("kpis", "metric", "metrics", "scorecard", "dashboard", "target", "targets"),
    "praise": ("prais", "love", "compliment", "delight", "enjoy", "apprec", "posit", "thank", "favourit",
               "favorit"),
    "complaints": ("complain", "complaint", "grumbl", "moan", "gripe", "angri", "annoy"),
    "kpi": ("kpi", "metric", "rate", "score", "nps", "csat", "ces", "percentag", "valu", "number", "figur",
            "target", "latest", "current", "perform", "level", "much", "mani"),
}
# Stems of the general nouns for a base's customers ("customers", "users"): a head noun of a customer group.
# Words that rank ("bottom 3", "best rated") or take a figure over many ("avg csat"): how a question asks, never
# what it is about (journeys/answers/asks.py ranks with them, understand.py reads the aggregate).
RANK_HIGH = ("most", "highest", "biggest", "largest", "best", "top", "greatest", "strongest", "happiest", "more")
RANK_LOW = ("least", "lowest", "worst", "fewest", "smallest", "weakest", "unhappiest", "bottom", "poorest")
AGGREGATES = {"total": "sum", "sum": "sum", "altogether": "sum", "combined": "sum", "avg": "mean", "average": "mean",
              "averaged": "mean", "mean": "mean", "median": "mean", "peak": "max", "highest": "max", "max": "max",
              "maximum": "max", "lowest": "min", "min": "min", "minimum": "min", "worst": "worst", "best": "best"}
HOW_ASKED = {stem(w) for w in (*RANK_HIGH, *RANK_LOW, *AGGREGATES)}
GENERIC_TOPIC = HOW_ASKED | set(PEOPLE_TOPIC) | {"peopl", "they", "our", "what", "where", "which",
                  "how", "when", "whi", "main", "top", "biggest", "most", "common", "often", "journey", "stage",
                  "give", "show", "list", "tell", "know", "do", "doe", "ani", "much", "mani", "week", "month",
                  "quarter", "year", "last", "this", "sinc", "dure", "about", "there", "experi", "part", "thing",
                  "off", "point", "area", "place", "step", "happen", "go", "come", "get", "see", "need", "want", "like",
                  "actual", "realli", "honest", "general", "usual", "typic", "pls", "pleas", "ppl", "folk", "us",
                  "right", "now", "atm", "current", "latest", "think", "u", "stuff", "bit", "process", "anyth",
                  "someth", "everyth", "noth", "data", "far", "overal", "base"}  # "how far", "comment-based"
# The words those stems stand for as people: Snowball stems "customs" (a border's) to the same "custom".
PEOPLE_FORM = re.compile(r"(custom|us|client|buy|shopp|prospect|visit|consum)ers?")
CUE_WORDS = frozenset({c for group in CUES.values() for c in group} | GENERIC_TOPIC)
# "the <one or two words> where|when|that|which <clause>", to the end of the clause: a place described, whose
# words ask nothing
PLACE_CLAUSE = re.compile(r"\b(?:the|a|an)\s+((?:[a-z][a-z'-]*\s+){1,2}?)(?:where|when|that|which)\s+"
                           r"([^,;:?!()]+?)(?=\s[-\u2013\u2014]+\s|[,;:?!()]|$)")


SCOPE = re.compile(r"\b(across|throughout|all over|anywhere (?:in|at|on)|everywhere (?:in|at|on)|in the whole|"
                    r"of the whole)\s+(?:the |our |this )?(?:whole |entire )?([\w'-]+)")


def scope_words(lowered: str, named: set[str]) -> set[str]:
    """"across the airport", "throughout the app": the words that say the question covers the whole of
    something; a place's name among them is still that place (it is in `named`)."""
    found: set[str] = set()
    for m in SCOPE.finditer(lowered):
        found |= {s for s in tokens(m.group(0)) if s not in named}
    return found


# "what do business travellers like (about X)": "like" as the verb of what people do, not "what is it like"
LIKES = re.compile(r"\bwhat (?:do|does|did) (?!it\b|this\b|that\b|you\b|we\b)(?:[\w'-]+ ){1,4}"
                    r"(?<!look )(?<!looks )(?<!not )(?<!dont )(?<!don't )(?:like|liked)\b(?! to\b)")
# "what's working", "what are we doing well", "what goes right": praise asked without a praise word
GOING_WELL = re.compile(r"\bwhat(?:'?s| is| are)? (?:\w+ )?(?:working|going (?:well|right)|doing (?:well|right))\b|"
                        r"\bwhat (?:works|goes (?:well|right))\b")
SOMETHING = frozenset({"anything", "something", "any", "whats", "what's", "nothing", "owt", "smth", "sth"})


def people_words(vocab: Vocabulary) -> set[str]:
    """Stems of the words for the people a base serves: general ones and its personas' own."""
    return set(PEOPLE_TOPIC) | vocab.people | {"peopl", "member", "folk", "joiner", "starter", "travel", "passeng",
                                               "patient", "tenant", "owner", "seller", "famili", "student"}


def stems_for_cues(lowered: str, q_stems: list[str], vocab: Vocabulary) -> list[str]:
    """The stems intent cues are read from: not the words of a clause that describes a place ("the bit where ppl
    get a film after giving": "after" asks for no sequence), not "feel" in "feels like more…" (it seems) nor "like"
    in "looking like" (how it is), and "new" before a word for people ("new members", "new ppl") says who, not
    that something is new."""
    clause = PLACE_CLAUSE.search(lowered)
    if clause:
        described = stems(clause.group(2))
        q_stems = [s for s in q_stems if s not in described] or q_stems
    if re.search(r"\b(?:feels?|felt) like\b", lowered) and not re.search(r"\bhow\b[^?]*\bfeel", lowered):
        q_stems = [s for s in q_stems if s != "feel"]  # "feels like more angry emails": it seems, no emotion asked
    if re.search(r"\blook(?:s|ing|ed)? like\b", lowered):
        q_stems = [s for s in q_stems if s != "like"]  # "on time delivery looking like rn": how it is, no praise
    if not re.search(r"\blately\b|\bof late\b", lowered):
        q_stems = [s for s in q_stems if s != "late"]  # "late pickups", "late oct": not what is new lately
    if not re.search(r"\bresponsib", lowered):
        q_stems = [s for s in q_stems if s != "respons"]  # "survey responses": what was answered, no owner asked
    words = re.findall(r"[\w']+", lowered)
    people = people_words(vocab)
    if not any(w == "new" and stem(after) in people for w, after in zip(words, words[1:], strict=False)):
        return q_stems
    # ("anything new ppl started complaining about": after "anything", "new" is what is new, not who)
    newer = [w for before, w, after in zip(["", *words], words, [*words[1:], ""], strict=False)
             if w == "new" and (stem(after) not in people or before in SOMETHING)]
    return [s for s in q_stems if s != "new"] + (["new"] if newer else [])


# An explicit ask for what comes before or after: "what comes after X", "next step", "in what order".
_SEQUENCE_ASK = re.compile(r"\b(comes?|came|happens?|is|'s|goes|go) (next|after|before|first)\b|\bnext (step|stage|"
                           r"touchpoint|bit)\b|\b(what|which) order\b|\bsequence\b|\bpreced\w*|\bstep after\b|"
                           r"\bafter (that|this|it)\b|\bbefore (that|this|it)\b|\bwhat'?s after\b")
_NOT_SEQUENCE = {"pain", "complaints", "comments", "praise", "kpi", "priority", "emerging", "opportunities"}


def drop_time_clause_sequence(intents: set[str], lowered: str) -> None:
    """"what's annoying ppl about their first bill after moving in", "fix one thing in the buying flow": beside
    another ask, "after", "before" or "flow" say when or where, not that the order of stages is asked."""
    if "sequence" in intents and intents & _NOT_SEQUENCE and not _SEQUENCE_ASK.search(lowered):
        intents.discard("sequence")


# A request's opening verb ("list the touchpoints on ...", "show me the top 3"): it asks, it names no place.
OPENING_REQUEST = re.compile(r"^\s*(?:(?:pls|please|can you|could you)\s+)?(?:list|show|give|tell|rank|sort|name|"
                             r"summari[sz]e|describe|explain)(?=\s+(?:me|us|all|the|our|every|each|top|\d+|which|"
                             r"what|any|some|a|an)\b)", re.I)


def drop_sequence_of_names(intents: set[str], cue_stems: list[str], name_stems: set[str], lowered: str) -> None:
    """"top priority for showroom after-sales", "complaints in the order journey": "after" and "order" are words
    of a name typed, not an ask for the order of stages."""
    said = {c for c in CUES["sequence"] if c in cue_stems}
    if "sequence" in intents and said and said <= name_stems and not _SEQUENCE_ASK.search(lowered):
        intents.discard("sequence")


def is_cue(word: str, word_stem: str, cues: set[str]) -> bool:
    """Is this word (with its stem) one of `cues`? A people noun's stem counts only for a people noun."""
    return word_stem in cues and (word_stem not in PEOPLE_TOPIC or bool(PEOPLE_FORM.fullmatch(word)))


# Words that ask what customers say, or what is new among it: beside a metric's word ("what do people say about
# cancelling", "new complaints"), the metric names the subject, unless the question also asks for a number.
VOICE_CUES = frozenset(CUES["comments"] + CUES["complaints"]) | {"new", "emerg", "lately", "recent", "sudden"}
