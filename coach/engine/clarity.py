"""Clarity: a specific subject, one identifiable time-bounded ask, a question the mentor can answer."""
from . import lexicon as lx
from .context import ASKLESS_KINDS, FORMATS, minutes_in, minutes_range
from .phrasing import suggest_ask, suggest_subject
from .text import STOPWORDS, WORD

LONG_SENTENCE_WORDS = 35
HARD_GRADE = 14
MAX_ASKS = 3


def specific_subject_words(subject):
    """Return the subject's words that name a topic (not filler like 'quick question')."""
    return [w for w in WORD.findall(subject) if w.lower() not in STOPWORDS
            and w.lower() not in lx.GENERIC_SUBJECT_WORDS and not any(c.isdigit() for c in w)]


def check(msg, ctx, out):
    """Add clarity findings for `msg` to `out`."""
    asks = msg.asks
    _check_subject(msg, ctx, out)
    if ctx["kind"] in ASKLESS_KINDS:
        _check_no_new_ask(msg, ctx, out, asks)
    else:
        _check_ask(msg, ctx, out, asks)
        _check_time(msg, ctx, out, asks)
    _check_wording(msg, out)


def _check_no_new_ask(msg, ctx, out, asks):
    """A thank-you asks for nothing; a progress update may carry one small question, no more."""
    allowed = 1 if ctx["kind"] == "update" else 0
    if len(asks) <= allowed:
        out.add("no_new_ask", "It asks for nothing new, as a message after the meeting should.", "Keep it that way.")
    else:
        extra = asks[allowed]
        what = "A thank-you note asks for nothing" if allowed == 0 else "A progress update carries one small question at most"
        out.add("ask_in_aftercare", f"{what}; this one makes a request.",
                f'Cut "{extra.text}" and save it for a later message.', ("body", msg.body, extra.start, extra.end))


def _subject_fix(ctx, lead):
    """Suggest a subject written from the planned topic; without one, say what a subject needs (no guessing)."""
    suggestion = suggest_subject(ctx["ask"])
    if suggestion:
        return f'{lead}, e.g. "{suggestion}"'
    return f"{lead}: the topic of your ask and how long, in at most nine words."


def _ask_example(ctx):
    """A whole ask sentence from the planned topic, or a plain instruction when no topic is recorded."""
    if ctx["ask"]["topic"]:
        return f'e.g. "{suggest_ask(ctx["ask"])}"'
    return 'e.g. "Would you be open to a 20-minute call?", naming what it is about.'


def _check_subject(msg, ctx, out):
    if not msg.subject.strip():
        out.add("missing_subject", "There is no subject line, so the mentor cannot tell what you want before opening it.",
                _subject_fix(ctx, "Use a subject that names the ask and its length"))
        return
    specific = specific_subject_words(msg.subject)
    timed = minutes_in(msg.subject) is not None
    evidence = ("subject", msg.subject, 0, len(msg.subject))
    if len(specific) <= 1 and not (timed and specific):
        out.add("vague_subject", f'The subject "{msg.subject.strip()}" does not say what you are asking about.',
                _subject_fix(ctx, "Replace it with a specific subject"), evidence)
    elif len(specific) >= 3 or timed:
        out.add("specific_subject", "The subject names a specific topic" + (" and a time bound." if timed else "."),
                "Keep it.", evidence)


def _check_ask(msg, ctx, out, asks):
    if not asks:
        out.add("no_clear_ask", "There is no request or question the mentor can say yes to or answer.",
                f"Add one clear question, {_ask_example(ctx)}")
        return
    first = asks[0]
    out.add("clear_ask", "The message makes an identifiable request.", "Keep it to this one ask.",
            ("body", msg.body, first.start, first.end))
    if len(asks) > MAX_ASKS:
        extra = asks[MAX_ASKS]
        out.add("competing_asks", f"There are {len(asks)} questions or requests competing for the mentor's attention.",
                f'Keep the main ask and cut the others, starting with "{extra.text}"',
                ("body", msg.body, extra.start, extra.end))
    if len(msg.content_words) > 150 and first.start > 0.7 * len(msg.body):
        out.add("buried_ask", "The request only arrives near the end of a long message.",
                f'Move "{first.text}" up to the second paragraph.', ("body", msg.body, first.start, first.end))
    for s in asks:
        fmt = FORMATS.search(msg.body, s.start, s.end)
        if fmt:
            out.add("format_named", f'The ask names a format ("{fmt.group()}").', "Keep it.",
                    ("body", msg.body, fmt.start(), fmt.end()))
            break


def _check_time(msg, ctx, out, asks):
    m = msg.time_bound
    if not m:
        out.add("no_time_bound", "The ask has no time bound, so the mentor cannot judge what it would cost them.",
                f"Say how long, {_ask_example(ctx)}")
        return
    out.add("time_bound", f'The ask is time-bounded ("{m.group()}").', "Keep it.", ("body", msg.body, m.start(), m.end()))
    planned, (fewest, said) = ctx["ask"]["minutes"], minutes_range(m)
    if planned and not fewest <= planned <= said:
        out.add("ask_minutes_mismatch", f"The message asks for {said} minutes but the plan says {planned}.",
                f"Ask for {planned} minutes, as planned, or update the plan.", ("body", msg.body, m.start(), m.end()))


def _check_wording(msg, out):
    for m in lx.VAGUE.finditer(msg.folded):
        out.add("vague_wording", f'"{msg.quote(m)}" is vague; the mentor cannot tell what you mean.',
                f'Replace "{msg.quote(m)}" with the specific thing you mean.', ("body", msg.body, m.start(), m.end()))
        if out.count("vague_wording") >= 3:
            break
    for s in msg.sentences:
        n = len(WORD.findall(s.text))
        if n > LONG_SENTENCE_WORDS and out.count("long_sentence") < 2:
            out.add("long_sentence", f"This sentence runs to {n} words; readers lose the thread past about 25.",
                    "Split it into two sentences at the main clause break.", ("body", msg.body, s.start, s.end))
    if len(msg.words) >= 30 and msg.grade > HARD_GRADE:
        out.add("hard_to_read", f"The body reads at grade {msg.grade}; aim for 8 to 12 so it can be skimmed.",
                "Use shorter sentences and plainer words.")
