"""The drafter: a first message in the lesson's structure, built only from what the context records.

Subject, greeting, an opening on how the mentee found the mentor and what resonated,
a line of background, the time-bounded ask, the offer in return, a flexible call to
action, thanks and sign-off. Where the context is thin the draft writes around the
gap rather than inventing facts, and `missing` says what to add.
"""
import re

from . import lexicon as lx
from .context import DEFAULT_MINUTES, normalise
from .phrasing import lower_first, offer_sentence, second_person, suggest_ask, suggest_subject
from .text import WORD

MAX_CONTENT_WORDS = 120
MAX_NOTE_WORDS = 22
MAX_OFFER_WORDS = 35
MAX_DETAIL_WORDS = 4
_PAST_VERB = re.compile(r"^(?:\w+ed|wrote|gave|ran|built|led|spoke|taught|made|won|began|grew|took|drew|"
                        r"shipped|spent|kept|became|co-wrote|co-founded)\b", re.I)
_PRESENT_VERB = re.compile(r"^(?:\w+(?:[^s]s)|\w+es)\b", re.I)
_ES_VERB = re.compile(r"(?:ch|sh|x|ss|o)es$")
_FOUND_VIA_LEAD = re.compile(r"^(?:through|via|from|on|at|in)\s+", re.I)


def draft(context):
    """Return {"subject", "body", "missing"} for a context, never inventing what it lacks."""
    ctx = normalise(_clean(context))
    ask = dict(ctx["ask"], minutes=ctx["ask"]["minutes"] or DEFAULT_MINUTES)
    role = _role(ctx["background"])
    subject = suggest_subject(ask) or _subject_without_topic(ask, role)
    parts = _content(ctx, ask, role)
    greeting = f"Hi {ctx['mentor_first']}," if ctx["mentor_first"] else "Hello,"
    closing = "Thank you for considering it," + (f"\n{ctx['mentee_name']}" if ctx["mentee_name"] else "")
    body = "\n\n".join([greeting, *_paragraphs(parts), closing]) + "\n"
    return {"subject": subject, "body": body, "missing": _missing(ctx)}


def _clean(context):
    """Drop template placeholders from every text in the context, so none can reach the draft."""
    if isinstance(context, dict):
        return {k: _clean(v) for k, v in context.items()}
    if isinstance(context, str):
        return re.sub(r"\s{2,}", " ", lx.PLACEHOLDER.sub("", context)).strip()
    return context


def _clip(text, limit=MAX_NOTE_WORDS):
    """The first clause of a note without its closing punctuation, or '' when it runs past `limit` words.

    A note is quoted whole or not at all: cut at a word count it would end mid-phrase ("... to k8s with").
    """
    first = re.split(r";|\.\s|\n", text.strip())[0].strip().rstrip(".")
    return first if len(first.split()) <= limit else ""


def _role(background):
    """The mentee's role from their background note, e.g. 'backend developer'."""
    head = _clip(background).split(",")[0].strip()
    if not head or head.split()[0].lower() in ("i", "i'm", "i've") or _PAST_VERB.match(head):
        return ""
    return lower_first(head)


def _subject_without_topic(ask, role):
    who = f" from a {role}" if role and len(role.split()) <= 4 else " about your work"
    return f"A {ask['minutes']}-minute question{who}"


def _opening(ctx):
    """How the mentee found the mentor, and what in their work resonated, from the notes only."""
    found = second_person(_FOUND_VIA_LEAD.sub("", _clip(ctx["found_via"])))
    lead = f"I came across {found}" if found.lower().startswith("your ") else \
        f"I came across your work through {found}" if found else ""
    note = second_person(_clip(ctx["research"]))
    if note:
        resonated = f"what resonated most is {_resonated(note)}"
        return f"{lead}, and {resonated}." if lead else f"{resonated[0].upper()}{resonated[1:]}."
    if lead:
        return f"{lead}."
    if ctx["role"]:
        role = lower_first(_clip(ctx["role"]))
        if role:
            return f"I'm writing because your experience as {_article(role)} {role} is close to where I want to go."
    return "I'm writing because your experience is close to where I want to go."


def _resonated(note):
    """What resonated, from a research note: 'that you wrote X', 'your blog series', or 'your work on X'."""
    if _is_verb_phrase(note):
        return f"that you {_as_you_clause(note)}"
    if note.lower().startswith("your "):
        return "y" + note[1:]
    return f"your work on {lower_first(note)}"


def _is_verb_phrase(note):
    return bool(_PAST_VERB.match(note) or _PRESENT_VERB.match(note.split()[0]) and note.split()[0].islower() is False
                and note.split()[0].lower().endswith("s"))


def _as_you_clause(note):
    """'Runs a CTF workshop' -> 'run a CTF workshop'; 'Wrote X' -> 'wrote X'."""
    first, _, rest = note.partition(" ")
    verb = first.lower()
    if not _PAST_VERB.match(first) and verb.endswith("s"):
        verb = verb[:-2] if _ES_VERB.search(verb) else verb[:-1]
    return f"{verb} {rest}".strip()


def _article(phrase):
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def _background(ctx, role):
    if not ctx["background"]:
        return ""
    note = _clip(ctx["background"])
    if note.lower().startswith(("i ", "i'm", "i've")):
        return note[0].upper() + note[1:] + "."
    if not note:
        return ""
    if not role:
        return f"A little about me: {lower_first(note)}."
    # Details already in brackets would be bracketed twice ("(Node.js, Postgres))"): then none are added.
    details = "" if re.search(r"[()]", note) else ", ".join(
        d.strip() for d in note[len(role):].split(",") if d.strip() and len(d.split()) <= MAX_DETAIL_WORDS)
    return f"I'm {_article(role)} {role}" + (f" ({details})" if details else "") + "."


def offer_line(context):
    """The sentence a draft offers in return with, from the mentee's recorded offer or their role."""
    ctx = normalise(_clean(context))
    return _offer(ctx, _role(ctx["background"]))


def _offer(ctx, role):
    if ctx["offer"]:
        return offer_sentence(" ".join(ctx["offer"].split()[:MAX_OFFER_WORDS]))
    help_with = f" where {_article(role)} {role} could be useful" if role else ""
    return f"In return, I'd be glad to help with anything on your current projects{help_with}."


# The lesson's order, grouped into three short paragraphs.
PARAGRAPHS = (("opening", "background"), ("ask", "offer"), ("follow_through", "call_to_action"))
# Cut first, last to first, when a draft runs past the length target.
DROPPABLE = ("follow_through", "background")


def _content(ctx, ask, role):
    """The content sentences by part, trimmed to the length target."""
    parts = {
        "opening": _opening(ctx), "background": _background(ctx, role),
        "ask": suggest_ask(ask), "offer": _offer(ctx, role),
        "follow_through": "I'll report back on what I do with your advice.",
        "call_to_action": "I'm flexible on timing and format, and happy to fit around your schedule.",
    }
    for part in DROPPABLE:
        if _words(parts) <= MAX_CONTENT_WORDS:
            break
        parts[part] = ""
    return parts


def _words(parts):
    return sum(len(WORD.findall(text)) for text in parts.values())


def _paragraphs(parts):
    """Join the parts into the lesson's paragraphs, skipping empty ones."""
    joined = (" ".join(parts[name] for name in group if parts[name]) for group in PARAGRAPHS)
    return [p for p in joined if p]


def _missing(ctx):
    notes = [
        (ctx["mentor_name"], "Add the mentor's name so the greeting can use it."),
        (ctx["research"], "Add a note on the mentor's work so the opening can say what resonated."),
        (ctx["found_via"], "Add how you found the mentor so the opening can say so."),
        (ctx["background"], "Add a line on your background so the mentor knows who is asking."),
        (ctx["offer"], "Add what you can offer the mentor (a skill, help on their project) so the message gives something back."),
        (ctx["ask"]["topic"], "Add the topic of your ask so the request is specific."),
        (ctx["ask"]["minutes"], f"No length was planned, so the draft asks for {DEFAULT_MINUTES} minutes; change it if you need more or less."),
        (ctx["mentee_name"], "Add your name so the draft can be signed."),
    ]
    return [note for present, note in notes if not present]
