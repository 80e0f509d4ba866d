"""Sentences built from the context, shared by the drafter and the critique's suggested fixes."""

import datetime
import re

from ..vocabulary import SUBJECT_CHARS
from .context import DEFAULT_MINUTES
from .text import STOPWORDS

_MOVE = re.compile(
    r"^(?:(?:how|whether) to (?:move|switch|transition|go)|moving|switching|transitioning|going|"
    r"the move|a move)\s+from\s+.+?\s+(?:into|to)\s+(.+)$",
    re.I,
)
# "how to choose between staying in backend work and moving into data" names two options: keep just the options.
_BETWEEN = re.compile(
    r"^(?:(?:how|whether) to )?(?:choose|choosing|decide|deciding|pick|picking)?\s*between\s+"
    r"(.+?)\s+and\s+(.+)$",
    re.I,
)
_OPTION_VERB = re.compile(r"^\w+ing\s+(?:in|into|to|at|with|on)\s+", re.I)
# A subject keeps the topic's main phrase: what follows a comma or one of these words is a second thought.
_CLAUSE_BREAK = re.compile(
    r"\s*[,;:(]\s*|\s+(?:while|before|after|because|since|so that|given|now that|"
    r"and (?:what|how|why|whether|when|which))\s+",
    re.I,
)
_BOUNDARY = frozenset(
    "at in on for with from to into of by about and or but that which who while than as when versus vs".split()
)
_TRAILING_STOP = re.compile(
    r"(?:\s+(?:a|an|the|of|on|in|into|to|for|and|or|versus|vs|with|from|my|your|should|would|could|can))+$", re.I
)
MAX_TOPIC_WORDS = 6  # with "20 minutes on" the subject stays within the 9 words an inbox shows
MAX_SUBJECT_WORDS = 9


def short_topic(topic, limit=MAX_TOPIC_WORDS):
    """Shorten an ask's topic for a subject line to at most `limit` words, keeping whole phrases ('' if it cannot).

    'moving from X into Y' becomes 'moving into Y'; 'how to choose between A and B' becomes 'A or B'; a second
    clause ('..., and what you wish you had known') is dropped; a topic still too long is cut where a phrase ends
    (before a preposition or conjunction), never mid-phrase; with no such place it cannot be shortened.
    """
    topic = _CLAUSE_BREAK.split(topic.strip(" .?!"), maxsplit=1)[0]
    m = _MOVE.match(topic)
    if m:
        topic = "moving into " + m.group(1)
    m = _BETWEEN.match(topic)
    if m:
        topic = " or ".join(_OPTION_VERB.sub("", option) for option in m.groups())
    words = topic.split()
    if len(words) > limit:
        words = _cut_at_phrase_end(words, limit) or []
    return _TRAILING_STOP.sub("", " ".join(words)) or " ".join(words)


def _cut_at_phrase_end(words, limit):
    """The longest first 3-`limit` words that end a phrase (the next word is a preposition or conjunction)."""
    ends = [i for i in range(3, min(limit, len(words) - 1) + 1) if words[i].lower() in _BOUNDARY]
    return words[: ends[-1]] if ends else None


def suggest_subject(ask):
    """Return a specific subject line of at most nine words and SUBJECT_CHARS characters from the ask's topic,
    or '' when it has none.

    '20 minutes on moving into application security?'; a topic that only reads whole at seven to nine words
    stands alone ('How to price a small developer tool?'); one that cannot be cut at a phrase end gives ''.
    """
    topic = ask.get("topic") or ""
    minutes = ask.get("minutes") or DEFAULT_MINUTES
    short = short_topic(topic)
    if short:
        on = "about" if re.match(r"on\b", short, re.I) else "on"  # not "20 minutes on on-call"
        subject = f"{minutes} minutes {on} {short}?"
    else:
        alone = short_topic(topic, MAX_SUBJECT_WORDS)
        subject = f"{alone[0].upper()}{alone[1:]}?" if alone else ""
    return subject if len(subject) <= SUBJECT_CHARS else ""


def suggest_ask(ask):
    """Return a hedged, time-bounded request sentence for the ask."""
    minutes = ask.get("minutes") or DEFAULT_MINUTES
    fmt = ask.get("format") or "call"
    if fmt in ("advice", "guidance", "review"):
        fmt = "call"
    topic = (ask.get("topic") or "").strip(" .?!")
    about = f" about {topic}" if topic else ""
    return f"Would you be open to a {minutes}-minute {fmt}{about}?"


_MODAL_START = re.compile(r"^(?:can|could|would)\b", re.I)
_HAPPY_START = re.compile(r"^(?:happy|glad|keen|willing)\b", re.I)
_FIRST_PERSON = re.compile(r"^(?:i|i'd|i'm|i'll|i've|we|we'd|we're|we can|my|our)\b", re.I)
_VERB_START = re.compile(
    r"^(?:share|build|help|write|review|reproduce|teach|test|prototype|translate|introduce|document|contribute|"
    r"run|give|present|record|mentor|pair|fix|triage|draft|benchmark|port|maintain|organi[sz]e|host|edit|"
    r"proofread|create|make|show|explain|send|take|turn|minimi[sz]e|migrate|set up|walk)\b",
    re.I,
)
_PAST_START = re.compile(
    r"^(?:ran|built|wrote|led|made|gave|taught|shipped|created|organi[sz]ed|hosted|found|"
    r"translated|maintained|reviewed|mentored|started|co-wrote|surveyed|collected|recorded|"
    r"published|prepared|documented|measured|tested|interviewed|drafted|compiled|fixed)\b",
    re.I,
)
_THIRD_PERSON = re.compile(r"\b(?:her|his)\b", re.I)


def second_person(text):
    """Point a note written about the mentor at them: 'her talks' becomes 'your talks'."""
    return _THIRD_PERSON.sub("your", text)


def offer_clause(note):
    """Turn one planning note like 'Can share X' into a first-person clause 'I can share X'."""
    text = second_person(note.strip().rstrip(".;"))
    if not text:
        return ""
    lowered = text[0].lower() + text[1:]
    if _FIRST_PERSON.match(text):
        return "I" + text[1:] if text[:2].lower() in ("i ", "i'") else text
    if _MODAL_START.match(text) or _PAST_START.match(text):
        return "I " + lowered
    if _HAPPY_START.match(text):
        return "I'd be " + lowered
    if _VERB_START.match(text):
        return "I can " + lowered
    return "I can offer " + lowered


def offer_sentence(offer):
    """Return 'In return, <offer>.' from the mentee's recorded offer (first two clauses).

    An offer that opens with something already done ('Ran a survey; can share the results') is told as it
    happened, with no 'In return' before a past tense: 'I ran a survey, and I can share the results.'
    """
    notes = [c for c in re.split(r";|\.\s", offer) if c.strip()][:2]
    clauses = [c for c in (offer_clause(n) for n in notes) if c]
    lead = "" if notes and _PAST_START.match(notes[0].strip()) else "In return, "
    return lead + ", and ".join(clauses) + "."


# Words a note may open with that are ordinary English, so they are lower-cased mid-sentence; any other word
# (React, Go, Kubernetes, a name) keeps the case the mentee wrote it in.
_ORDINARY = STOPWORDS | frozenset(
    """
focus pick start use try ask read write build keep set book spend learn talk join measure ship stop treat think
make take find open migrate apply practise practice review pair choose look deploy deploys two three one first
second every each most some many backend frontend full-stack senior junior staff principal lead former data
product software application security engineer engineering developer designer manager maintainer analyst
scientist student teacher career changer tech team platform site reliability mobile web cloud machine research
technical writer small large new career wrote gave runs ran built hosts maintains writes teaches organises analytics
support consultant bootcamp graduate self-taught
""".split()
)


def lower_first(text):
    """Lower-case a note's first letter so it reads mid-sentence, only when its first word is ordinary English."""
    word = text.split(" ", 1)[0]
    if word and word.lower() in _ORDINARY and word[1:] == word[1:].lower():
        return text[0].lower() + text[1:]
    return text


def spoken_date(iso):
    """'2026-11-21' -> '21 November', as people write a date in a message; '' if it is not a date."""
    try:
        day = datetime.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return ""
    return f"{day.day} {day:%B}"


def short_subject(leads, topic, fallback, max_words=9):
    """The first '<lead> <topic>' of `leads` within `max_words` words, the topic cut only where a phrase ends;
    `fallback` when no lead leaves room for a whole phrase of the topic."""
    for lead in leads:
        room = max_words - len(lead.split())
        short = short_topic(topic, room) if topic and room >= 3 else ""
        if short:
            return f"{lead} {short}"
    return fallback


# Verbs a to-do item may start with ("Write a threat model"), with the past tense of the irregular ones, so an item
# can be told in the first person: "I will write a threat model", "I wrote a threat model".
_IRREGULAR_PAST = {
    "write": "wrote",
    "read": "read",
    "set": "set",
    "run": "ran",
    "build": "built",
    "make": "made",
    "take": "took",
    "give": "gave",
    "send": "sent",
    "find": "found",
    "get": "got",
    "put": "put",
    "begin": "began",
    "keep": "kept",
    "meet": "met",
    "spend": "spent",
    "teach": "taught",
    "ship": "shipped",
    "plan": "planned",
    "stop": "stopped",
    "drop": "dropped",
    "do": "did",
    "pair": "paired",
    "sit": "sat",
    "speak": "spoke",
    "bring": "brought",
    "choose": "chose",
    "rewrite": "rewrote",
    "cut": "cut",
    "lead": "led",
    "buy": "bought",
    "tell": "told",
}
_REGULAR_VERBS = frozenset(
    """add ask book fix finish migrate measure move open profile publish push record refactor
review start submit test try update use watch join learn list map draft deploy document email contact apply practise
practice compare collect create prepare rewrite split sign talk call check follow focus install outline pick post
present reach rehearse register replace schedule share summarise summarize trace turn upgrade benchmark interview
automate clean delete remove merge release launch gather improve reduce explain outline shadow attend volunteer
""".split()
) | frozenset(_IRREGULAR_PAST)
_PAST_FORMS = frozenset(_IRREGULAR_PAST.values())
_NEWS = re.compile(r"^\w+ed(?:$|\s+(?:at|in|on|by|for|to|with|from|after|before|today|yesterday|last)\b)", re.I)


def first_person(item, done=False):
    """A to-do item told by the mentee: 'Write X' -> 'I will write X', or with `done` 'I wrote X' ('Wrote X' too);
    '' when the item does not start with a verb the writer knows (it is then quoted as it stands)."""
    item = " ".join(item.split()).rstrip(".")
    if re.match(r"I\b", item):
        return item
    first, _, rest = item.partition(" ")
    verb = first.lower()
    if first[1:] != first[1:].lower():
        return ""
    if done and (
        verb in _PAST_FORMS or verb.endswith("ed") and {verb[:-1], verb[:-2], verb[:-3] + "y"} & _REGULAR_VERBS
    ):
        return f"I {verb} {rest}".rstrip()
    if verb not in _REGULAR_VERBS:
        return ""
    if _NEWS.match(rest):  # "Talk accepted at the meetup" is news, not a to-do ("Use pinned versions" is one)
        return ""
    if not done:
        return f"I will {verb} {rest}".rstrip()
    return f"I {_past(verb)} {rest}".rstrip()


def _past(verb):
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"
