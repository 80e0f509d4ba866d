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
_PAST_VERB = re.compile(
    r"^(?:\w+ed|wrote|gave|ran|built|led|spoke|taught|made|won|began|grew|took|drew|"
    r"shipped|spent|kept|became|co-wrote|co-founded)\b",
    re.I,
)
_PRESENT_VERB = re.compile(r"^(?:\w+(?:[^s]s)|\w+es)\b", re.I)
_ES_VERB = re.compile(r"(?:ch|sh|x|ss|o)es$")
_FOUND_VIA_LEAD = re.compile(r"^(?:through|via|from|on|at|in)\s+", re.I)
_CLAUSES = re.compile(r";|\.\s|\n")
# A note written about the mentor ("She maintains X"): told to them, it is their doing ("that you maintain X").
_PRONOUN_START = re.compile(r"^(?:she|he|they)\s+(?=[a-z])", re.I)
_DETERMINER = re.compile(r"^(?:your|the|a|an)\s+", re.I)
# A note that says the mentor made a piece of work ("Gave a talk on X", "Runs a yearly CTF workshop") names it as
# theirs: "your talk on X". Only verbs of making: "attended a talk" would not be their talk.
_MADE_WORK = re.compile(
    r"^(?:gave|gives|wrote|writes|runs|ran|hosts|hosted|maintains|maintained|teaches|taught|"
    r"published|publishes|recorded|records|organises|organised|organizes|organized|created|"
    r"started|presented|co-wrote)\s+(?:a|an|the)\s+(?P<work>.+)$",
    re.I,
)
_BLOGGED = re.compile(r"^wrote\s+(?P<rest>['‘\"“].+\bon your blog)$", re.I)
# A role that names a piece of work ("Maintainer of a popular pytest plugin"): the work, and who they are to it.
_ROLE_WORK = re.compile(
    r"^(?P<who>maintainer|author|host|organi[sz]er|creator|founder|editor)\s+of\s+(?:a|an|the)\s+"
    r"(?P<work>.+)$",
    re.I,
)
_FINITE_VERB = re.compile(
    r"\s(?:is|was|are|were|has|had|covers|covered|explains|explained|shows|showed|argues|"
    r"argued|walks|describes|described|includes|included|compares|compared|found|finds|"
    r"\w+ed)\s",
    re.I,
)


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
    who = f" from {_article(role)} {role}" if role and len(role.split()) <= 4 else " about your work"
    return f"A {ask['minutes']}-minute question{who}"


def _opening(ctx):
    """How the mentee found the mentor, and what in their work resonated, from the notes only."""
    found = second_person(_FOUND_VIA_LEAD.sub("", _clip(ctx["found_via"])))
    note = _resonated(ctx["research"])
    # "your work" only when the notes name some: with none, the draft claims no more than how they met
    through = "came across your work through" if note else "found you through"
    lead = f"I came across {found}" if found.lower().startswith("your ") else f"I {through} {found}" if found else ""
    if note:
        resonated = f"what resonated most is {note}"
        return f"{lead}, and {resonated}." if lead else f"{resonated[0].upper()}{resonated[1:]}."
    if lead:
        return f"{lead}."
    if ctx["role"]:
        role = lower_first(_clip(ctx["role"]))
        work = _ROLE_WORK.match(role)
        if work and not ctx["notes"]:  # with notes, a reference they do not back would read as a guess
            return (
                f"I'm writing because of your {work.group('work')}: your experience as its "
                f"{work.group('who').lower()} is close to where I want to go."
            )
        if role:
            return f"I'm writing because your experience as {_article(role)} {role} is close to where I want to go."
    return "I'm writing because your experience is close to where I want to go."


def _resonated(research):
    """What resonated, from the research notes: one whole clause, preferring one that names a piece of their work
    ("your talk on X") which the mentor can recognise, then a titled work from a clause too long to quote whole;
    '' when nothing can be quoted whole."""
    notes = [second_person(_PRONOUN_START.sub("", c.strip())) for c in _CLAUSES.split(research.strip())]
    phrases = [_as_reference(c) for c in (_clip(n) for n in notes) if c]
    titled = [
        f"your {_DETERMINER.sub('', m.group('work'))} {m.group('title')}"
        for m in (lx.TITLED_WORK.search(n) for n in notes)
        if m
    ]
    named = [p for p in phrases if lx.YOUR_WORK.search(p)] + titled
    return (named or phrases or [""])[0]


def _as_reference(note):
    """A note as words after "what resonated most is": 'Gave a talk on X' -> 'your talk on X'; 'Your series
    covers X' -> 'that your series covers X'; 'Wrote X' -> 'that you wrote X'; anything else 'your work on X'."""
    made = _MADE_WORK.match(note)
    if made:
        return f"your {made.group('work')}"
    if _BLOGGED.match(note):  # "Wrote 'Error budgets' on your blog": a post on their blog, title and all
        return f"your post {_BLOGGED.match(note).group('rest')}"
    if note.lower().startswith("your "):
        sentence = _FINITE_VERB.search(note)  # "your series covers X" is a clause; "your series on X" a phrase
        return f"that y{note[1:]}" if sentence else "y" + note[1:]
    if _is_verb_phrase(note):
        return f"that you {_as_you_clause(note)}"
    return f"your work on {lower_first(note)}"


def _is_verb_phrase(note):
    return bool(
        _PAST_VERB.match(note)
        or _PRESENT_VERB.match(note.split()[0])
        and note.split()[0].islower() is False
        and note.split()[0].lower().endswith("s")
    )


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
    details = (
        ""
        if re.search(r"[()]", note)
        else ", ".join(
            d.strip() for d in note[len(role) :].split(",") if d.strip() and len(d.split()) <= MAX_DETAIL_WORDS
        )
    )
    return f"I'm {_article(role)} {role}" + (f" ({details})" if details else "") + "."


def offer_line(context):
    """The sentence a draft offers in return with: the mentee's recorded offer, or a write-up of what came of the
    advice."""
    return _offer(normalise(_clean(context)))


def _offer(ctx):
    """The mentee's recorded offer as a sentence, or else the promise of a write-up of what the advice led to."""
    if ctx["offer"]:
        return offer_sentence(" ".join(ctx["offer"].split()[:MAX_OFFER_WORDS]))
    # With no offer recorded, the one thing every mentee can honestly give back: what came of the advice.
    return REPORT_OFFER


REPORT_OFFER = "In return, I'll send you a short write-up of what I try from your advice and how it goes."


# The lesson's order, grouped into three short paragraphs.
PARAGRAPHS = (("opening", "background"), ("ask", "offer"), ("follow_through", "call_to_action"))
# Cut first, last to first, when a draft runs past the length target.
DROPPABLE = ("follow_through", "background")


def _content(ctx, ask, role):
    """The content sentences by part, trimmed to the length target."""
    offer = _offer(ctx)
    parts = {
        "opening": _opening(ctx),
        "background": _background(ctx, role),
        "ask": suggest_ask(ask),
        "offer": offer,
        # The offer of a write-up already promises to report back.
        "follow_through": "" if offer == REPORT_OFFER else "I'll report back on what I do with your advice.",
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
        (
            ctx["offer"],
            "Add what you can offer the mentor (a skill, help on their project) so the message gives something back.",
        ),
        (ctx["ask"]["topic"], "Add the topic of your ask so the request is specific."),
        (
            ctx["ask"]["minutes"],
            f"No length was planned, so the draft asks for {DEFAULT_MINUTES} minutes; change it if you need more or "
            f"less.",
        ),
        (ctx["mentee_name"], "Add your name so the draft can be signed."),
    ]
    return [note for present, note in notes if not present]
