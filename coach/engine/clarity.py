"""Clarity: a specific subject, one identifiable time-bounded ask, a question the mentor can answer."""

import re

from ..vocabulary import ASKLESS_KINDS
from . import lexicon as lx
from .context import FORMATS, minutes_in, minutes_range
from .grounding import detailed_references, notes_index, titled_reference
from .phrasing import suggest_ask, suggest_subject
from .text import STOPWORDS, WORD, content_stems, first_match, per_sentence, run_starts, stem, token_count
from .value import given, offer_kind, reports_work

LONG_SENTENCE_WORDS = 35
HARD_GRADE = 14
MAX_ASKS = 3  # one ask and up to two questions that narrow it; more compete for the mentor's attention
SHORT_LIST = 3  # questions in a list short enough to answer point by point
POINTS_PER_EXTRA_ASK = -0.2
# Words a request is made of whatever it is about: the frame ("would you be open to a 20-minute call"), the
# vague objects ("advice", "a chat"), time and the way to meet ("on video or face to face, some time this
# spring"). What is left over names the thing asked about.
_FRAME_WORDS = frozenset(
    stem(w)
    for w in """
would could can will might may open available willing free happy glad love like appreciate grateful wonder wondering
hoping hope writing reach reaching ask asking request see know let please kindly spare moment minute minutes min mins
hour time quick short brief call chat coffee conversation meeting zoom video phone email reply talk speak hear get
advice guidance help tips insight insights thoughts perspective wisdom mentor mentorship mentoring connect connecting
pick brain brains learn sometime soon week weeks next month convenience schedule experience career journey field
industry share sharing question questions thing things something anything discuss discussing possible okay chance
interested maybe perhaps also really just great much lot bit little some any one two monday tuesday wednesday
thursday friday saturday sunday morning afternoon evening tomorrow today office later anytime free opportunity
opportunities support involved network professional add explore potential
virtual virtually online remote remotely person coming upcoming convenient everything improve honestly honest
""".split()
)
SPECIFIC_TOPIC_STEMS = 3  # words naming the topic: "DevOps career transition strategies" names one
DIFFUSE_JOINS = 3  # commas and "and"s in one ask: a list of topics rather than one
# Boomerang's study of 40 million emails found replies peak at one to three questions and fall past that: from this
# many questions on, the message is a questionnaire and none of its questions is the one ask.
QUESTIONNAIRE = 5
CONTRIBUTION_STEMS = 2  # words the notes share with a told contribution: the project and the part worked on
FIRST_CALL_MINUTES = 30  # the lesson: a specific time commitment, 15-30 minutes initially
_AND = re.compile(r"\band\b", re.I)
# Marks of a detail a helper can start from: code, a quotation, a figure (a version, a line, an error number).
_DETAIL_MARKS = re.compile('[`"“”\\d]')
_YOU = re.compile(r"\byou(?:rs?)?\b")
# A meeting or a note named as the way something else is done ("review it over video"): no meeting asked for.
_MEDIUM_BEFORE = re.compile(r"\b(?:on|over|by|via|in) $")
# A question on how the reader or their team works: its options describe a practice, not what is asked.
_THEIR_PRACTICE = re.compile(r"\b(?:do|does|did) (?:you|your \w+|they)\b")


def specific_subject_words(subject):
    """Return the subject's words that name a topic (not filler like 'quick question')."""
    return [
        w
        for w in WORD.findall(subject)
        if w.lower() not in STOPWORDS and w.lower() not in lx.GENERIC_SUBJECT_WORDS and not any(c.isdigit() for c in w)
    ]


def check(msg, ctx, out):
    """Add clarity findings for `msg` to `out`."""
    asks = msg.asks
    _check_subject(msg, ctx, out)
    if ctx["kind"] in ASKLESS_KINDS or _closes_the_loop(msg, ctx, asks):
        _check_no_new_ask(msg, ctx, out, asks)
    elif ctx["kind"] == "connection":
        _check_connection_reason(msg, ctx, out, asks)
        _check_minutes(msg, ctx, out)
    else:
        ask = _check_ask(msg, ctx, out, asks)
        _check_time(msg, ctx, out, ask)
    _check_wording(msg, out)


def _closes_the_loop(msg, ctx, asks):
    """A follow-up that asks nothing and reports what came of the reader's help, or any message that asks nothing
    and brings what the reader asked for ("As you asked, here is the trace"), is judged as a thank-you or update
    is: it needs no request to be clear, since the reader has nothing to decide."""
    if asks:
        return False
    return (ctx["kind"] == "followup" and reports_work(msg)) or msg.search(lx.AS_ASKED) is not None


def _check_no_new_ask(msg, ctx, out, asks):
    """A thank-you asks for nothing; a progress update may carry one small question, no more: a favour (an
    introduction, a referral, their name or audience lent) is never that question."""
    # The asks only, not value.check's whole-body search: a favour thanked for ("for putting in a word") asks nothing
    favour = any(lx.ANY_FAVOUR.search(msg.folded_text(s)) for s in asks)
    allowed = 1 if ctx["kind"] == "update" and not favour else 0
    _check_takeaway(msg, out)
    # "I can share the slides if they would help" offers: it asks nothing of them (value.offer_kind, the same
    # reading the value rubric gives it)
    asks = [s for s in asks if offer_kind(msg.folded_text(s)) != "offer"]
    if len(asks) <= allowed:
        out.add("no_new_ask", "It asks for nothing new, as a message after their help should.", "Keep it that way.")
        if asks and ask_kind(msg, asks)[0] == "vague":
            out.add(
                "vague_ask",
                "Its one question asks for general thoughts; the mentor cannot tell what would answer it.",
                "Narrow it to one choice or one question about what you did.",
                ("body", msg.body, asks[0].start, asks[0].end),
            )
    else:
        extra = asks[allowed]
        what = (
            "A thank-you note asks for nothing"
            if allowed == 0
            else "A progress update carries one small question at most"
        )
        out.add(
            "ask_in_aftercare",
            f"{what}; this one makes a request.",
            f'Cut "{extra.text}" and save it for a later message.',
            ("body", msg.body, extra.start, extra.end),
        )


def _check_takeaway(msg, out):
    """A thank-you or update is clear when the mentor can tell which advice it is about: a sentence that reports
    what helped or what the mentee did names it in words of its own ("pick one open issue in the plugin")."""
    for m in msg.finditer(lx.REPORT):
        s = msg.sentence_at(m.start())
        if s and len(ask_topic_stems(msg.body[m.end() : s.end])) >= SPECIFIC_TOPIC_STEMS:
            out.add(
                "specific_takeaway",
                "It names the advice or what came of it, so the mentor knows exactly what it is about.",
                "Keep it.",
                ("body", msg.body, s.start, s.end),
            )
            return


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
    if not msg.subject.strip() and ctx["kind"] == "connection":  # a connection note has no subject line
        return
    if not msg.subject.strip():
        out.add(
            "missing_subject",
            "There is no subject line, so the mentor cannot tell what you want before opening it.",
            _subject_fix(ctx, "Use a subject that names the ask and its length"),
        )
        return
    specific = specific_subject_words(msg.subject)
    timed = minutes_in(msg.subject) is not None
    evidence = ("subject", msg.subject, 0, len(msg.subject))
    if len(specific) <= 1 and not (timed and specific):
        out.add(
            "vague_subject",
            f'The subject "{msg.subject.strip()}" does not say what you are asking about.',
            _subject_fix(ctx, "Replace it with a specific subject"),
            evidence,
        )
    elif len(specific) >= 3 or timed:
        out.add(
            "specific_subject",
            "The subject names a specific topic" + (" and a time bound." if timed else "."),
            "Keep it.",
            evidence,
        )


@per_sentence  # each edit's re-check meets the message's other asks again
def ask_topic_stems(text):
    """The (frozen) set of stems of `text` that name what it asks about, not how it asks."""
    return frozenset(
        stem(w)
        for w in WORD.findall(text.replace("-", " "))
        if len(w) > 1 and w.lower() not in STOPWORDS and not w.isdigit()
    ).difference(_FRAME_WORDS)


def _asked_part(text, folded):
    """What a sentence asks about: a question whole, a request from its request words on ("I have run payroll in
    Kotlin since 2019, and I'd like to learn about ML" asks about ML, not about payroll or Kotlin)."""
    request = None if text.endswith("?") else lx.REQUEST.search(folded)
    return text[request.start() :] if request else text  # the folded text keeps the text's offsets


def ask_kind(msg, asks):
    """Classify the message's best ask: ("specific", span, why), ("vague", span, phrase) or ("plain", span, "").

    Specific: it asks for a choice between options, a review of one piece of work, an introduction, a reference or
    one question, or names its topic in at least SPECIFIC_TOPIC_STEMS words. Vague: its object is "your brain",
    "mentorship", "a chat", "advice" and the like, with no topic named.
    """
    if len(asks) >= QUESTIONNAIRE:
        return "plain", asks[0], ""  # a list of questions leaves the reader to pick which to answer: no one ask
    best = None
    for s in asks:
        folded = msg.folded_text(s)
        starts = run_starts(folded)  # the two phrase lists are tried only at their opening words (text.first_match)
        asked = _asked_part(s.text, folded)
        topic = ask_topic_stems(asked)
        if (referral := lx.REFERRAL.search(folded)) and not msg.search(lx.NAMED_ROLE):
            # a referral for a role it never names: the reader cannot tell what to vouch for, or to whom
            best = best or ("vague", s, s.text[referral.start() : referral.end()] + " for a role you do not name")
            continue
        marker = first_match(lx.SPECIFIC_ASK, folded, starts)
        if marker:
            return "specific", s, f'"{s.text[marker.start() : marker.end()]}"'
        vague = first_match(lx.VAGUE_ASK, folded, starts)
        if (
            vague
            and _is_choice(s.text)
            and len(topic) >= SPECIFIC_TOPIC_STEMS
            and (_MEDIUM_BEFORE.search(folded, 0, vague.start()) or _THEIR_PRACTICE.search(folded, 0, vague.start()))
        ):
            # "is a retro better over video, or in a shared doc?": the video is an option, not the ask; so is "a
            # talk" in "do you pause releases at once, or do you talk it over with the owner first?"
            vague = None
        # Many topics at once ("AI, cloud and how to break in") name no one thing to answer.
        # (a question between options is one decision, however many commas its clauses take)
        diffuse = asked.count(",") + len(_AND.findall(asked)) >= DIFFUSE_JOINS and not _is_choice(s.text)
        if (
            not vague
            and not diffuse
            and (len(topic) >= SPECIFIC_TOPIC_STEMS or (len(topic) >= 2 and lx.EITHER_OR.search(s.text)))
        ):
            return "specific", s, "a named topic"
        if vague and best is None:  # "a chat about X" names a topic, but no question about it
            best = ("vague", s, s.text[vague.start() : vague.end()])
    return best or ("plain", asks[0], "")


def _is_choice(text):
    """Whether a question asks the reader to choose between options ("should it go first, or last?")."""
    return text.endswith("?") and lx.EITHER_OR.search(text) is not None


def _check_connection_reason(msg, ctx, out, asks):
    """A connection note's ask is the invitation itself: its clarity is a specific reason to accept (a piece of
    their work said something of, by "your ..." or by the title the notes record)."""
    reasons = detailed_references(msg) or titled_reference(msg, ctx)
    kind = ask_kind(msg, asks)[0] if asks else "none"
    vague = _vague_beyond_invitation(msg, asks) if kind == "vague" else None
    if vague:  # a reason to accept does not make "pick your brain" or "a chat" a question the reader can answer
        s, phrase = vague
        out.add(
            "vague_ask",
            f'The note asks for "{phrase}", which names no question, so the reader cannot tell what accepting would '
            "lead to.",
            "Keep the reason you give, and put one answerable question in place of the vague ask.",
            ("body", msg.body, s.start, s.end),
        )
    elif failure := _undetailed_failure(msg):
        _add_vague_problem(msg, out, failure)
    elif reasons or kind == "specific":
        out.add(
            "specific_ask",
            "The note says exactly why you are connecting: a specific piece of their work or one answerable question.",
            "Keep it.",
        )
    elif shared := (
        lx.SHARED_CONTEXT.search(msg.folded)
        or lx.THANKS_FOR_AN_ACT.search(msg.folded)
        or _contribution_on_record(msg, ctx)
    ):
        out.add(
            "specific_ask",
            "The note says how you are already linked (a shared contact, where you met, what they did for you, your "
            "work on theirs): a reason to accept.",
            "Keep it; one line on what you hope to learn from them makes it stronger still.",
            ("body", msg.body, shared.start(), shared.end()),
        )
    elif offers := given(msg)[0]:
        out.add(
            "specific_ask",
            "The note says what you bring them (help with their work): a reason to accept.",
            "Keep it.",
            ("body", msg.body, offers[0].start, offers[0].end),
        )
    else:
        out.add(
            "vague_ask",
            "The note gives no specific reason to connect; it could go to anyone.",
            "Name the one piece of their work that led you to them, or the one question you have.",
        )


def _contribution_on_record(msg, ctx):
    """The first place the note tells of the writer's own work on the reader's project ("I corrected a code sample
    in their install guide") that the notes on the mentor record too (CONTRIBUTION_STEMS words besides the verb): a
    tie the reader can check. None when there is none."""
    notes = notes_index(ctx["notes"])
    for m in msg.finditer(lx.CONTRIBUTED):
        s = msg.sentence_at(m.start())
        told = content_stems(s.text[m.end() - s.start :]) if s else set()
        if len(told & notes.stems) >= CONTRIBUTION_STEMS:
            return m
    return None


def _undetailed_failure(msg):
    """The words that report a failure ("the install keeps failing") in a message that gives the reader nothing to
    start from: no error text, quote, code, figure, step taken or thing expected. None when there is none."""
    failure = next((m for m in msg.finditer(lx.BARE_FAILURE) if not _readers_failure(msg, m)), None)
    if failure is None or _DETAIL_MARKS.search(msg.body) or msg.search(lx.FAILURE_DETAIL):
        return None
    return failure


def _readers_failure(msg, m):
    """Whether the failure is the reader's, not the writer's: "your sample app won't start", "are you seeing an
    error?" (read in the failure's own clause: "I installed your plugin and now the build is broken" is the
    writer's)."""
    s = msg.sentence_at(m.start())
    if s is None:
        return False
    breaks = [b.end() for b in lx.CLAUSE_BREAK.finditer(msg.folded, s.start, m.start())]
    return _YOU.search(msg.folded, breaks[-1] if breaks else s.start, m.start()) is not None


def _add_vague_problem(msg, out, failure):
    out.add(
        "vague_problem",
        f'"{msg.quote(failure)}" says something fails but not how: before any answer, the mentor would have to ask '
        "what you ran, what happened and what you expected.",
        "Quote the error, say which step gives it and what you expected to happen.",
        ("body", msg.body, failure.start(), failure.end()),
    )


def _vague_beyond_invitation(msg, asks):
    """(sentence, phrase): the first vague ask in a connection note that is more than its invitation to connect,
    which is what the note is for, or None."""
    for s in asks:
        for m in lx.VAGUE_ASK.finditer(msg.folded_text(s)):
            if not lx.INVITATION.fullmatch(m.group()):
                return s, s.text[m.start() : m.end()]
    return None


def _check_offer_as_ask(msg, ctx, out):
    """A message with no request: clear when its one open decision is whether they want what is offered ("I can
    send the fix if that is useful"), else it has no ask. Returns the ask's kind, "specific" or "none"."""
    offers = given(msg)[0]
    if offers:
        out.add(
            "specific_ask",
            "The one decision it leaves them is whether they want what you offer: yes or no, about a named thing.",
            'Keep it; you may end on the question itself ("Would the fix be useful?").',
            ("body", msg.body, offers[0].start, offers[0].end),
        )
        return "specific"
    out.add(
        "no_clear_ask",
        "There is no request or question the mentor can say yes to or answer.",
        f"Add one clear question, {_ask_example(ctx)}",
    )
    return "none"


def _check_ask(msg, ctx, out, asks):
    if not asks:
        return _check_offer_as_ask(msg, ctx, out)
    kind, main, why = ask_kind(msg, asks)
    evidence = ("body", msg.body, main.start, main.end)
    if kind != "vague" and (failure := _undetailed_failure(msg)):
        _add_vague_problem(msg, out, failure)
        kind = "vague"  # minutes or a format named leave it as hard to answer
    elif kind == "specific":
        out.add(
            "specific_ask",
            f"The ask is one the mentor can answer or decide: it names what it is about ({why}).",
            "Keep it to this one ask.",
            evidence,
        )
    elif kind == "vague":
        out.add(
            "vague_ask",
            f'The ask ("{why}") names no question, decision or piece of work, so the mentor '
            "cannot tell what answering would take.",
            f"Ask one answerable question about a named thing, {_ask_example(ctx)}",
            evidence,
        )
    else:
        out.add(
            "clear_ask",
            "The message makes an identifiable request.",
            "Name what it is about: one question, a choice between options, or one piece of work to review.",
            evidence,
        )
    weighed = _as_weighed(msg, asks)
    if len(weighed) > MAX_ASKS:
        extra = weighed[MAX_ASKS]
        out.add(
            "competing_asks",
            f"There are {len(weighed)} questions or requests competing for the mentor's attention "
            "(0.2 point off for each past the third).",
            f'Keep the main ask and cut the others, starting with "{extra.text}"',
            ("body", msg.body, extra.start, extra.end),
            points=POINTS_PER_EXTRA_ASK * (len(weighed) - MAX_ASKS),
        )
    first = asks[0]
    if len(msg.content_words) > 150 and first.start > 0.7 * len(msg.body):
        out.add(
            "buried_ask",
            "The request only arrives near the end of a long message.",
            f'Move "{first.text}" up to the second paragraph.',
            ("body", msg.body, first.start, first.end),
        )
    if kind != "vague":  # a format adds to an ask with an object; it does not rescue "a chat"
        for s in asks:
            fmt = FORMATS.search(msg.body, s.start, s.end)
            if fmt:
                out.add(
                    "format_named",
                    f'The ask names a format ("{fmt.group()}").',
                    "Keep it.",
                    ("body", msg.body, fmt.start(), fmt.end()),
                )
                break
    return kind


def _as_weighed(msg, asks):
    """The asks as the reader weighs them: a numbered or bulleted list of SHORT_LIST questions or fewer, with the line
    that announces it ("Three questions:"), is one ask, set out to be answered point by point. In the development
    sets' tuning halves, good messages with competing asks nearly all held three listed questions; bad ones held
    long lists or many questions in prose."""
    weighed, items = [], []
    for s in [*asks, None]:
        if s is not None and msg.opens_list_item(s):
            items.append(s)
            continue
        if 0 < len(items) <= SHORT_LIST:
            if weighed and weighed[-1].text.endswith(":"):
                weighed.pop()  # the announcing line and its list are one ask
            items = items[:1]
        weighed += items
        items = []
        if s is not None:
            weighed.append(s)
    return weighed


def _check_time(msg, ctx, out, ask):
    m = msg.time_bound
    if not m:
        if ask not in ("none", "vague") and ctx["kind"] != "connection" and _asks_for_time_together(msg):
            out.add(
                "no_time_bound",
                "The ask has no time bound, so the mentor cannot judge what it would cost them.",
                f"Say how long, {_ask_example(ctx)}",
            )
        return
    evidence = ("body", msg.body, m.start(), m.end())
    if ask == "vague":  # "a quick 15-minute chat" is still a chat about nothing in particular
        out.add(
            "time_bound_only",
            f'The ask is time-bounded ("{m.group()}"), but a time bound adds little to a vague ask.',
            "Keep the time bound and name what the time is for.",
            evidence,
        )
    elif minutes_range(m)[0] > FIRST_CALL_MINUTES and ctx["kind"] == "first":  # asked of them: Message._time_bound
        out.add(
            "long_time_ask",
            f'"{m.group()}" is more than the 15-30 minutes the lesson asks of someone you have not met.',
            "Ask for 15-20 minutes; a longer talk can follow if the first one goes well.",
            evidence,
        )
    else:
        out.add("time_bound", f'The ask is time-bounded ("{m.group()}").', "Keep it.", evidence)
    _check_minutes(msg, ctx, out)


def _asks_for_time_together(msg):
    """Whether an ask wants the reader's time in person or on a call, the cost a time bound is for."""
    return any(lx.TIME_TOGETHER.search(msg.folded_text(s)) for s in msg.asks)


def _check_minutes(msg, ctx, out):
    """The minutes asked for should be the minutes planned (a range that includes them is fine)."""
    m = msg.time_bound
    if not m:
        return
    planned, (fewest, said) = ctx["ask"]["minutes"], minutes_range(m)
    if planned and not fewest <= planned <= said:
        out.add(
            "ask_minutes_mismatch",
            f"The message asks for {said} minutes but the plan says {planned}.",
            f"Ask for {planned} minutes, as planned, or update the plan.",
            ("body", msg.body, m.start(), m.end()),
        )


def _check_wording(msg, out):
    for m in msg.finditer(lx.VAGUE):
        out.add(
            "vague_wording",
            f'"{msg.quote(m)}" is vague; the mentor cannot tell what you mean.',
            f'Replace "{msg.quote(m)}" with the specific thing you mean.',
            ("body", msg.body, m.start(), m.end()),
        )
        if out.count("vague_wording") >= 3:
            break
    for s in msg.sentences:
        n = token_count(s.text)
        if n > LONG_SENTENCE_WORDS and out.count("long_sentence") < 2:
            out.add(
                "long_sentence",
                f"This sentence runs to {n} words; readers lose the thread past about 25.",
                "Split it into two sentences at the main clause break.",
                ("body", msg.body, s.start, s.end),
            )
    if len(msg.words) >= 30 and msg.grade > HARD_GRADE:
        out.add(
            "hard_to_read",
            f"The body reads at grade {msg.grade}; aim for 8 to 12 so it can be skimmed.",
            "Use shorter sentences and plainer words.",
        )
