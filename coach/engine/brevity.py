"""Brevity: enough context in as few words as will carry it, judged by the norms of the kind of message.

Length targets for a first message come from Boomerang's 2016 study of over 40 million emails
("How to write an email", blog.boomerangapp.com): messages of 50-125 words had reply rates above 50%,
falling off slowly on either side, so past 125 words a message loses a little per 100 words, and much more
only past 400: one that carries needed context (what the writer tried, the one detail the mentor needs) is
not padded, and padding (filler, restating, repeating) costs wherever it is. Follow-ups are shorter (they refer
back to the first
message), thank-you notes and updates a little longer (they report what happened), and a LinkedIn
connection note must fit in 300 characters. We count the words between greeting and sign-off: those are
what the mentor has to read. A subject is measured in characters, by what an inbox shows: Return Path's 2015
study of 9 million subject lines found no link between length and read rate, its best-read band 61-70
characters and lines past 100 read about half as often, with desktops showing about 60 characters and phones
25-30 (so the topic goes first); longer subjects that say what the message is about draw the right readers
(Alchemy Worx 2008). Counting words fined the specific subjects our own sets' good messages carry.
"""

import re

from ..vocabulary import ASKLESS_KINDS, CONNECTION_NOTE_CHARS, NORMS, SUBJECT_CHARS
from . import lexicon as lx
from .text import DIGIT, content_stems, token_count

TOO_SHORT = 25
# A thank-you or update goes to someone who knows the writer: one sentence naming the help and one on what came of
# it take about this many words, and need no "who I am". A follow-up names the earlier question and its ask in as
# few.
TOO_SHORT_AFTER = 12
# A quoted title ("'Error budgets people actually respect'"): its words are its author's, so none is filler. The
# opening mark comes first and the look back after it (no word character before the mark), so a scan jumps from mark
# to mark instead of trying the look back at every character: five times faster, the same matches.
_QUOTED = re.compile(r"['‘\"“](?<!\w['‘\"“])[^'’\"”\n]{3,120}['’\"”](?!\w)")
CONNECTION_NOTE_MIN_WORDS = 12  # who you are, why them and the ask take about this many words at the least
# Below the sweet spot a message still earns the length praise if it carries an ask in this many words:
# brevity rewards saying it in fewer words, and a 35-word message with an ask and a reason is not padded.
CONCISE = 30
# Past the sweet spot each 100 words costs a quarter point (up to the cap); past "too long", half a point.
POINTS_PER_LONG_WORD = -0.0025
POINTS_PER_EXCESS_WORD = -0.005
WALL_WORDS = 120
SKIMMABLE_WORDS = 60
SKIMMABLE_MIN_WORDS = 30  # a ten-word note is short, not laid out for skimming
MAX_PARAGRAPHS = 7
STACKED_THANKS = 2  # sentences of thanks (or of apology) in the body, the sign-off apart
# An inbox cuts a subject off by width (SUBJECT_CHARS), not by words: a specific subject needs its words
# ("Retry budget or circuit breaker for the payment calls?"), so counting words fined the specific ones.
# A subject under three words is too thin to praise for its length.
SUBJECT_MIN_WORDS = 3
# A few characters over is a near miss the inbox mostly still shows; a 150-character subject is cut mid-thought.
CHARS_PER_SUBJECT_WORD = 6  # an English word and its space, on average
POINTS_PER_EXTRA_SUBJECT_WORD = -0.1
INVENTORY_COMMAS = 3  # a list of four items holds at least three commas
PREAMBLE_WORDS = 40  # a paragraph of news before the turn to the point, not a clause of context
REPEAT_SHARE = 0.6
REPEAT_MIN_STEMS = 4


def check(msg, ctx, out):
    """Add brevity findings for `msg` to `out`."""
    if ctx["kind"] == "connection":
        _check_connection_note(msg, out)
    else:
        _check_length(msg, out, NORMS.get(ctx["kind"], NORMS["first"]), ctx["kind"])
    _check_figures(msg, out)
    _check_filler(msg, out)
    _check_preamble(msg, out)
    _check_company_history(msg, out)
    _check_repetition(msg, out)
    _check_layout(msg, out)
    _check_subject(msg, out)


def _check_connection_note(msg, out):
    n = len(msg.body.strip())
    if msg.word_count < CONNECTION_NOTE_MIN_WORDS:
        out.add(
            "too_short",
            f"At {msg.word_count} words the note does not say who you are or why them.",
            "Add who you are and what in their work led you to them, within the 300 characters.",
        )
    elif n <= CONNECTION_NOTE_CHARS:
        out.add(
            "fits_connection_note",
            f"At {n} characters it fits a connection note ({CONNECTION_NOTE_CHARS} at most).",
            "Keep it to who you are, why them and one ask.",
        )
    else:
        out.add(
            "over_connection_limit",
            f"At {n} characters it is past the {CONNECTION_NOTE_CHARS} a connection note allows.",
            "Cut to who you are, why them and one ask, or send it as a message once connected.",
        )


def _check_figures(msg, out):
    """A question of size or amount in a message that gives no number: the reader cannot judge "is it big enough?"
    without the figures it turns on, however tidy the note (the same gap as a message too short to answer)."""
    if DIGIT.search(msg.body):
        return
    for s in msg.asks:
        m = lx.SUFFICIENCY.search(msg.folded_text(s))
        if m and s.text.endswith("?"):
            out.add(
                "no_figures",
                "The question asks them to judge a size or an amount, but the message gives no numbers to judge by.",
                "Add the figures the answer turns on: what you measured, your target and your limits.",
                ("body", msg.body, s.start, s.end),
            )
            return


def _check_length(msg, out, norm, kind):
    """The length against the kind's norm. A thank-you or an update has no ask to carry when short, and neither they
    nor a follow-up need say who the writer is: the reader has the thread."""
    n = msg.word_count
    askless = kind in ASKLESS_KINDS
    in_thread = askless or kind == "followup"
    if n > norm.high:
        cut = _longest_sentence(msg)
        fix = (
            f'Cut to about {norm.high} words; start with the longest sentence: "{cut.text}"'
            if cut
            else f"Cut to about {norm.high} words."
        )
        if n > norm.too_long:
            out.add(
                "too_long",
                f"At {n} words this is {n - norm.high} past the {norm.low}-{norm.high} words that suit "
                f"this kind of message (half a point off per 100 extra words).",
                fix,
                points=POINTS_PER_EXCESS_WORD * (n - norm.high),
            )
        else:
            out.add(
                "long_message",
                f"At {n} words this is {n - norm.high} past the {norm.low}-{norm.high} words that "
                f"suit this kind of message (a quarter point off per 100 extra words).",
                fix,
                points=POINTS_PER_LONG_WORD * (n - norm.high),
            )
    elif askless and n < TOO_SHORT_AFTER:
        out.add(
            "too_short",
            f"At {n} words it cannot say which help you mean and what came of it.",
            "Name the advice in one sentence and what it changed in another.",
        )
    elif in_thread and n < TOO_SHORT_AFTER:
        out.add(
            "too_short",
            f"At {n} words it cannot say which message it follows up and what you still ask.",
            "Name your earlier question in one sentence and restate the ask in another.",
        )
    elif n < TOO_SHORT and not in_thread:
        out.add(
            "too_short",
            f"At {n} words the mentor has too little context: who you are and why them.",
            "Add one sentence on your background and one on what in their work led you to them.",
        )
    elif n >= norm.low:
        out.add(
            "length_sweet_spot",
            f"At {n} words it sits in the {norm.low}-{norm.high} word range that suits this kind of message.",
            "Keep it about this length.",
        )
    elif in_thread or (n >= CONCISE and msg.asks):  # a follow-up's ask is in the thread it follows
        out.add(
            "length_sweet_spot",
            f"At {n} words it {'says what it has to' if askless else 'makes its ask'} with nothing the mentor could "
            "skip.",
            f"Keep it short; add a line only if the mentor would lack context (up to {norm.high} words still reads "
            f"fast).",
        )


_TITLED_NAME = re.compile(r", (?i:dr|prof|mr|mrs|ms|mx)\. [A-Z]")


def _longest_sentence(msg):
    return max(msg.sentences, key=lambda s: len(s.text), default=None)


_KINDS = frozenset(["kind of", "sort of"])
_OWNER_REACH = 12  # the longest owner word and its space: the text before it need not be read
# The words before "kind of" that make "kind" a noun: a determiner, or a describing word after one.
_KIND_OWNER = re.compile(
    r"\b(?:a|the|this|that|what|which|any|some|every|each|one|no|same|other|different|right|new)\s+$"
)


def _check_filler(msg, out):
    found = False
    quoted = [m.span() for m in _QUOTED.finditer(msg.body)] if "'" in msg.body or '"' in msg.body else []
    for m in msg.finditer(lx.FILLER):
        if any(start < m.start() < end for start, end in quoted):  # a title's own words are not the writer's to cut
            continue
        if m.group() in _KINDS and _KIND_OWNER.search(msg.folded, max(0, m.start() - _OWNER_REACH), m.start()):
            continue  # "the same kind of outage", "what sort of team": a noun with its determiner, not a hedge
        found = True
        out.add(
            "filler",
            f'"{msg.quote(m)}" adds words without meaning.',
            f'Delete "{msg.quote(m)}".',
            ("body", msg.body, m.start(), m.end()),
        )
    lists = (s for s in msg.sentences if s.text.count(",") >= INVENTORY_COMMAS)  # the pattern is costly: scan few
    for m in (m for s in lists for m in lx.INVENTORY.finditer(msg.body, s.start, s.end)):
        if _TITLED_NAME.search(m.group()):
            continue  # "my second reader, Dr. Ito, countersigns": a person named between commas, not a list
        found = True
        out.add(
            "inventory",
            f'"{msg.quote(m)}" lists more than the mentor needs; one line of background will do.',
            "Keep the one or two items that matter for this ask.",
            ("body", msg.body, m.start(), m.end()),
        )
    for m in msg.finditer(lx.STACKED_HEDGES):
        found = True
        out.add(
            "stacked_hedges",
            f'"{msg.quote(m)}" hedges twice; one hedge is polite, two are padding.',
            'Keep one hedge, e.g. "Could we talk...".',
            ("body", msg.body, m.start(), m.end()),
        )
    found |= _check_stacked_thanks(msg, out)
    if not found and len(msg.words) >= TOO_SHORT:
        out.add("no_filler", "No filler phrases: every sentence carries content.", "Keep it lean.")


def _check_stacked_thanks(msg, out):
    """Thanks said in two or more sentences of the body (the sign-off apart): one thank-you carries the gratitude,
    the rest are padding in place of a point. Across the development sets' tuning halves, messages their writers
    judged bad did this about twenty times as often as good ones. Apologies stacked the same way ("sorry to bother
    you", "forgive the length", "apologies once more") put the writer's nerves where the point should be: in the
    tuning halves only bad messages and worse sides of brevity pairs apologise in two sentences or more."""
    thanked = _stacked(msg, out, lx.GRATITUDE, "stacked_thanks", "thank them", "thank-you says it")
    return _stacked(msg, out, lx.APOLOGY, "stacked_apologies", "apologise", "apology is courteous") or thanked


def _stacked(msg, out, pattern, code, verb, once):
    """Add `code` when `pattern` is said in STACKED_THANKS sentences or more; whether it was."""
    said = [s for s in msg.sentences if pattern.search(msg.folded_text(s))]
    if len(said) < STACKED_THANKS:
        return False
    second = said[1]
    out.add(
        code,
        f"You {verb} in {len(said)} sentences; one {once}, the rest take the place of a point.",
        f'Keep one and cut the others, starting with "{second.text}"',
        ("body", msg.body, second.start, second.end),
    )
    return True


def _check_preamble(msg, out):
    """A turn back to the point ("Anyway, back to my question") after PREAMBLE_WORDS or more: the writer's own
    word that what came before it (a new puppy, a long trip) was not the point."""
    pivot = msg.search(lx.PIVOT)
    if pivot is None:
        return
    before = token_count(msg.body[: pivot.start()])
    if before >= PREAMBLE_WORDS:
        out.add(
            "preamble",
            f'"{msg.quote(pivot)}" turns to the point after {before} words the mentor did not need.',
            "Open with the point and cut what comes before it.",
            ("body", msg.body, pivot.start(), pivot.end()),
        )


def _check_company_history(msg, out):
    """The writer's firm described by its founding year: what a brochure says, not what the question needs."""
    m = msg.search(lx.COMPANY_HISTORY)
    if m:
        out.add(
            "company_history",
            f'"{msg.quote(m)}" tells the history of your company; the reader needs only what bears on the question.',
            "Cut the company's history to the one fact the question turns on, if any.",
            ("body", msg.body, m.start(), m.end()),
        )


def _check_repetition(msg, out):
    for m in msg.finditer(lx.RESTATING):
        out.add(
            "restating",
            f'"{msg.quote(m)}" signals a point being made again.',
            "Cut the restatement; say it once.",
            ("body", msg.body, m.start(), m.end()),
        )
    earlier = []
    asks = {id(s) for s in msg.asks}
    for s in msg.sentences:
        if msg.in_drafted_note(s.start):
            continue  # a note drafted to forward retells the message to someone else, by design
        stems = content_stems(s.text)
        # a restatement of one earlier sentence, not a sentence on the message's one topic: a focused message names
        # its topic again in every sentence, each time with something new
        repeats = len(stems) >= REPEAT_MIN_STEMS and any(len(stems & e) > REPEAT_SHARE * len(stems) for e in earlier)
        # the ask names its topic again on purpose: a reader who skims to the question must not need the rest
        if repeats and id(s) not in asks:
            out.add(
                "repeated_point",
                "This sentence mostly repeats what the message already said.",
                f'Cut "{s.text}"',
                ("body", msg.body, s.start, s.end),
            )
        earlier.append(stems)


def _check_layout(msg, out):
    sizes = [token_count(p.text) for p in msg.paragraphs]
    for p, n in zip(msg.paragraphs, sizes):
        if n > WALL_WORDS:
            first_end = p.text.find(".") + 1 or len(p.text)
            out.add(
                "wall_of_text",
                f"A {n}-word paragraph is a wall of text the mentor must wade through.",
                "Break it into paragraphs of two or three sentences, or cut it.",
                ("body", msg.body, p.start, p.start + first_end),
            )
    if len(sizes) >= 2 and max(sizes) <= SKIMMABLE_WORDS and sum(sizes) >= SKIMMABLE_MIN_WORDS:
        out.add(
            "skimmable",
            f"Short paragraphs (none over {SKIMMABLE_WORDS} words) make it easy to skim.",
            "Keep them short.",
        )
    if len(msg.paragraphs) > MAX_PARAGRAPHS:
        out.add(
            "many_paragraphs",
            f"{len(msg.paragraphs)} paragraphs is a lot to scroll for a first message.",
            "Aim for greeting, three short paragraphs and a sign-off.",
        )


def _check_subject(msg, out):
    chars, words = len(msg.subject.strip()), len(msg.subject_words)
    if chars > SUBJECT_CHARS:
        extra_words = -(-(chars - SUBJECT_CHARS) // CHARS_PER_SUBJECT_WORD)
        out.add(
            "subject_too_long",
            f"The subject has {chars} characters; inboxes cut it off past about {SUBJECT_CHARS}"
            f" (0.1 point off per {CHARS_PER_SUBJECT_WORD} characters over).",
            f"Keep it within {SUBJECT_CHARS} characters, the topic first: phones show only about 30.",
            ("subject", msg.subject, 0, len(msg.subject)),
            points=POINTS_PER_EXTRA_SUBJECT_WORD * extra_words,
        )
    elif words >= SUBJECT_MIN_WORDS:
        out.add("subject_length_ok", f"The subject is {words} words: short enough to read at a glance.", "Keep it.")
