"""Normalise the optional planning context into one flat, always-complete shape."""

import re
import unicodedata

from ..vocabulary import CONNECTION_NOTE_CHARS, JUDGED_KINDS
from .text import WORD

# A time bound: "20 minutes", a range "15-20 min" (the mentor should budget its upper end), "half an hour", or
# the spoken "a quick 15" when no other count follows the number. The lookahead on the first letters of every
# alternative lets the scan skip most positions at once (about twice as fast on a typical draft).
MINUTES = re.compile(
    r"(?=[\dfhtsao])(?:\b(?:(?P<low>\d{1,3})\s*(?:-|–|to|or)\s*)?"
    r"(?P<n>\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty-five|sixty)[\s-]*(?:minutes?|mins?)\b"
    r"|\b(?P<phrase>half an hour|half-hour|an hour|one hour)\b"
    r"|\ba quick (?P<bare>\d{1,2}|ten|fifteen|twenty)\b"
    r"(?!\s*(?:[-–%\d]|(?:minutes?|mins?|people|questions|items|things|pages|slides|lines|years|students)\b)))",
    re.I,
)
_NUMBER_WORDS = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "half an hour": 30,
    "half-hour": 30,
    "an hour": 60,
    "one hour": 60,
}
# (a word inside a hyphenated compound is no format: "on-call", "code-review", "chat-ops")
FORMATS = re.compile(
    # (nor the writer's earlier note: "did my earlier email reach you?")
    r"(?<![\w-])(?<!previous )(?<!last )(?<!earlier )(?<!original )(?<!first )"
    r"(video call|phone call|call|chat|conversation|coffee|meeting|zoom|video|email|e-mail|reply|"
    r"review|advice|guidance|walkthrough|pairing session|session)(?![\w-])",
    re.I,
)
_TOPIC = re.compile(r"\b(?:on|about|regarding|around|for)\s+(.+)$", re.I)
DEFAULT_MINUTES = 20
# A title before a name ("Dr. Amara Okafor", "Madam Otieno" in a greeting): the name is what follows it.
TITLE = re.compile(r"^(?:dr|mr|mrs|ms|mx|miss|madam|madame|prof|professor)\.?\s+", re.I)


def minutes_in(text):
    """Return the first time bound in `text` as whole minutes, or None."""
    return minutes_of(MINUTES.search(text or ""))


def minutes_of(match):
    """Return the whole minutes a MINUTES match names (a range's upper end), or None for no match."""
    if not match:
        return None
    token = (match.group("n") or match.group("phrase") or match.group("bare")).lower()
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


def minutes_range(match):
    """Return (fewest, most) minutes a MINUTES match names: equal unless it is a range like "15-20 min"."""
    most = minutes_of(match)
    return (int(match.group("low")) if match.group("low") else most), most


def _text(value):
    """Return `value` as stripped text; lists are joined, anything else becomes ''."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value if _text(v))
    return ""


# An offer field that says there is none ("None yet", "Nothing beyond my thanks", "n/a"): no offer was planned, so
# none can be missing from the message ("Nothing fancy, but I can test on Android" plans one).
_NO_OFFER = re.compile(r"\s*(?:none|nothing|n/?a|no offer|-+)(?![\w-])(?![^.;]*\b(?:but|though|although)\b)", re.I)


def _offer(value):
    offer = _text(value)
    return "" if _NO_OFFER.match(offer) else offer


def parse_ask(ask):
    """Return {"topic", "minutes", "format"} from an ask string or dict (any part may be empty)."""
    if isinstance(ask, dict):
        minutes = ask.get("minutes")
        minutes = minutes if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0 else None
        topic = _text(ask.get("topic"))
        # A topic field is the topic already, unless it was typed as a whole ask ("20-minute call on X"):
        # "worth it for distributed systems work" must not lose everything before "for".
        whole_ask = MINUTES.search(topic) or FORMATS.match(topic)
        return {
            "topic": _topic_of(topic) if whole_ask else topic,
            "minutes": minutes or minutes_in(topic),
            "format": _text(ask.get("format")).lower(),
        }
    text = _text(ask)
    fmt = FORMATS.search(text)
    return {"topic": _topic_of(text), "minutes": minutes_in(text), "format": fmt.group(1).lower() if fmt else ""}


def _topic_of(text):
    """Strip the time and format from an ask, keeping what it is about."""
    m = _TOPIC.search(text)
    topic = m.group(1) if m else MINUTES.sub("", text)
    return topic.strip(" .?!;,")


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def name_key(word):
    """A name as greetings are compared: lower case, no accents, straight apostrophe ('O’Brien', 'Lucía')."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_keys(name):
    """Each word of a name in every fair spelling: as written, unaccented, and with umlauts written out ('Mueller')."""
    words = WORD.findall(name)
    return {name_key(w) for w in words} | {
        name_key(unicodedata.normalize("NFC", w.lower()).translate(_UMLAUTS)) for w in words if not w.isascii()
    }


def first_name(name):
    """The name a greeting uses: the first word after any title ('Dr. Amara Okafor' -> 'Amara')."""
    given = TITLE.sub("", _text(name)).split()
    return given[0] if given else ""


# The kinds with norms of their own; any other first contact (an informational-interview or referral request) is
# judged as a first message. A first message with no subject that fits in a LinkedIn connection note is read as
# one (a note has no subject line, and no room for a time bound or a long context).
KINDS = frozenset(JUDGED_KINDS)


def message_kind(kind, subject, body):
    """The kind the message is judged as: the context's, or "connection" for a short first note without subject."""
    kind = kind if kind in KINDS else "first"
    if kind == "first" and not subject.strip() and len(body.strip()) <= CONNECTION_NOTE_CHARS:
        return "connection"
    return kind


def normalise(context):
    """Return the context with every field present: names, notes, the ask parsed."""
    context = context if isinstance(context, dict) else {}
    mentor = context.get("mentor") if isinstance(context.get("mentor"), dict) else {}
    mentee = context.get("mentee") if isinstance(context.get("mentee"), dict) else {}
    name = _text(mentor.get("name"))
    return {
        "mentor_name": name,
        "mentor_first": first_name(name),
        "mentor_names": _name_keys(name),
        "role": _text(mentor.get("role")),
        "research": _text(mentor.get("research")),
        "connection": _text(mentor.get("connection_points")),
        "found_via": _text(mentor.get("found_via")),
        # Everything the mentee recorded about the mentor: a reference to their work is checked against it all.
        "notes": " ".join(_text(mentor.get(k)) for k in ("research", "found_via", "connection_points")).strip(),
        "mentee_name": _text(mentee.get("name")),
        "background": _text(mentee.get("background")),
        "offer": _offer(mentee.get("offer")),
        "skills": _text(mentee.get("skills")),
        "projects": _text(mentee.get("projects")),
        "ask": parse_ask(context.get("ask")),
        # What the message is: a first message and a follow-up make an ask; a thank-you note and a
        # progress update need none (the lesson: after the meeting, give back, don't ask again).
        "kind": _text(context.get("kind")) or "first",
    }
