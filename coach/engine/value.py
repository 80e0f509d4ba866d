"""Value: what the mentor gains, grounded in the mentee's recorded offer and the mentor's work.

Graded, not a switch: a concrete offer (more if tied to the mentor's work), homework (a specific reference to
their work, what the writer already tried) and a promise to report back each add; praise that fits anyone,
self-serving framing and sales pitches subtract. A message with none of the positive signs "only asks".
"""

import re

from ..vocabulary import ASKLESS_KINDS
from . import lexicon as lx
from .grounding import applied_reference, backed_references, detailed_references, titled_reference
from .phrasing import offer_sentence
from .text import DIGIT, STOPWORDS, WORD, content_stems, per_sentence, stem

OFFER_MATCH_SHARE = 0.3
TIED_MIN_SHARED = 1
CREDENTIALS_FOR_PADDING = 3
STACKED_FAVOURS = 2
NEXT_STEP_STEMS = 2  # "I will draft the conclusion" names a step; "I will do it" does not
# Admiration with fewer words than this naming what they did is praise that could go to anyone.
EMPTY_PRAISE_SPECIFIC_WORDS = 3
# How far back a ranking word may stand from "we have used" and still be the clause it closes ("easily the quickest
# image library our team has used").
_RANKED_REACH = 40
_TRIAL_VERBS = frozenset(("tried", "used", "tested"))
# How an offer is given, not what it is about: "I could write tests for your team" shares nothing with a mentor who
# "writes a newsletter" or "runs a team", so these words never tie an offer to the mentor's work.
_HOW_STEMS = frozenset(
    stem(w) for w in "share send give offer write writes wrote help happy glad return exchange team teams".split()
)


def given(msg):
    """(offers, vague offers, sales pitches): the body's sentences that offer the reader something concrete, offer
    open-ended goodwill, or pitch the writer's business (never an offer, whatever it promises)."""
    offers, vague, pitches = [], [], []
    # one scan of the whole body each; most drafts have neither
    any_pitch = any(msg.search(p) is not None for p in (lx.SALES, lx.SALES_LINES, lx.PRICE_PER_PERIOD))
    for s in msg.sentences:
        folded = msg.folded_text(s)
        # what "our company can do for you" is a pitch, not something given
        if any_pitch and (_sells(folded) or lx.SALES_LINES.search(folded) or _prices_the_reader(folded)):
            pitches.append(s)
            continue
        if _WH_QUESTION.match(s.text):  # "What rota suits a team our size?" asks, however it words its plans
            continue
        kind = offer_kind(folded)
        if kind == "offer":
            offers.append(s)
        elif kind == "vague":
            vague.append(s)
    return offers, vague, pitches


# A question that asks for information offers nothing, whatever verb it holds; "what if I ...?" and "how about I ...?"
# put an offer as a question, and yes-no questions ("Shall I draft the changelog entry?") may too.
_WH_QUESTION = re.compile(r"(?:how(?! about)|what(?! if)|which|why|when|where|who)\b[^?]*\?$", re.I | re.S)


def _sells(folded):
    """True for a sentence (folded) with a sales line that is not only a question about the reader's own setting
    ("In agencies like yours, is pairing the norm?"; "In agencies like yours, we cut costs by 30%" sells)."""
    m = lx.SALES.search(folded)
    if m is None:
        return False
    setting = lx.IN_THEIR_KIND.search(folded) if folded.rstrip().endswith("?") else None
    within = setting is not None and setting.start() <= m.start() and m.end() <= setting.end()
    return not within or lx.SALES.search(folded, m.end()) is not None


def _prices_the_reader(folded):
    """True for a sentence (folded) with a price by the month or seat that is not the writer's own cost."""
    return bool(lx.PRICE_PER_PERIOD.search(folded)) and not lx.OWN_COST.search(folded)


def check(msg, ctx, out):
    """Add value findings for `msg` to `out`."""
    offers, vague, pitches = given(msg)
    for s in pitches:
        out.add(
            "sales_pitch",
            "This pitches your business to the mentor; a sales line is not something they asked for.",
            "Cut it; offer something tied to their work instead.",
            ("body", msg.body, s.start, s.end),
        )
    detailed = bool(detailed_references(msg, ctx))
    worked = _worked_with(msg, ctx)
    # read once: it withholds praise below and is a finding, before a meeting or after
    outsized = _outsized(msg, worked)
    favour = msg.search(lx.ANY_FAVOUR)  # any favour bigger than a question, read once for the checks below
    homework = (
        _check_homework(msg, out)
        | detailed
        | _check_follow_through(msg, out)
        | _check_citation(msg, ctx, out, detailed)
        | applied_reference(msg, ctx)
        | _check_ready_to_use(msg, out, outsized)
        | _check_known_work(msg, out, favour or msg.asks, worked)
    )
    _check_outsized_ask(msg, out, outsized)
    if ctx["kind"] in ASKLESS_KINDS:  # after a meeting the mentee gives back by reporting, not by offering
        _check_report(msg, out)
        _check_next_step(msg, out)
        _check_after_the_meeting(msg, out, outsized, favour)  # there any other favour is a bigger one
    else:
        homework |= _check_advice_taken(msg, out)
        _check_stacked_favours(msg, out)
        paid = _check_paid_favour(msg, out)
        if outsized or paid:  # a gift for an outsized favour ("a free licence if you share my launch") buys it
            offers = vague = []
        _check_what_is_given(msg, ctx, out, offers, vague, homework)
    _check_motives(msg, out)


def _check_paid_favour(msg, out):
    """Money for a recommendation (lexicon.PAID_FAVOUR): whether the message offers it."""
    paid = msg.search(lx.PAID_FAVOUR)
    if paid:
        out.add(
            "paid_favour",
            "Money for their recommendation turns their judgement into a purchase; it is no offer.",
            "Cut the payment; give them reasons to judge you on, or ask someone who knows your work.",
            ("body", msg.body, paid.start(), paid.end()),
        )
    return bool(paid)


def _check_what_is_given(msg, ctx, out, offers, vague, homework):
    """Before a meeting: the offer (concrete or vague), or else the homework, or else "only asks"."""
    if ctx["kind"] == "followup":  # what the writer did or found since is the news a follow-up brings
        homework = homework or reports_work(msg)
    if ctx["kind"] == "followup" and homework and not msg.asks:
        if not out.count("reports_back"):  # what their advice led to may have been found already
            out.add(
                "reports_back",
                "It tells them what you did with their input and asks for nothing more: the loop is closed.",
                "Keep it, with a number or an example if you have one.",
            )
        return
    if vague and not offers:
        first = vague[0]
        out.add(
            "vague_offer",
            "The offer is open-ended, so the mentor would have to invent a task to take you up on it.",
            _offer_fix(ctx),
            ("body", msg.body, first.start, first.end),
        )
    elif offers:
        _check_offer(msg, ctx, out, offers)
    elif not homework and ctx["kind"] == "followup":
        _check_news(msg, out)
    elif not homework:
        out.add(
            "pure_ask",
            "The message only asks; it never says what the mentor gains or what you have done on your own.",
            _offer_fix(ctx),
        )
    elif ctx["offer"]:  # homework shown, but the offer the mentee planned is missing
        out.add(
            "offer_missing_from_plan",
            "The message offers nothing in return, though your plan has an offer.",
            _offer_fix(ctx),
        )


def _check_news(msg, out):
    """A follow-up with no homework to report: its news may be a smaller or easier ask than the first ("a shorter
    version of my first message", "if that is simpler, a pointer to the careers page"), which follow-up guidance
    counts as a reason to write again; else it is a nudge."""
    easier = msg.search(lx.EASIER_ROUTE)
    if easier:
        out.add(
            "easier_route",
            "The follow-up makes the ask easier to answer than the first: something new for them to act on.",
            "Keep it.",
            ("body", msg.body, easier.start(), easier.end()),
        )
    else:
        out.add(
            "nothing_new",
            "The follow-up adds nothing new since your first message, so it reads as a nudge.",
            'Add one line on what you tried, found or built since, e.g. "Since then I have ...".',
        )


@per_sentence
def offer_kind(folded):
    """ "offer" when a (folded) sentence offers something concrete, "vague" when its offer is open-ended, else None."""
    folded = lx.READERS_GLADNESS.sub("", folded)  # what the reader would gladly do is no offer of the writer's
    concrete = lx.VAGUE_OFFER.sub("", folded)  # shorter exactly when the sentence holds a vague offer
    is_vague = len(concrete) < len(folded)
    # with the offer itself vague, or about the writer's own papers ("my CV, if useful"), "in return" or "if it
    # helps" frames nothing concrete
    if is_vague or lx.ABOUT_ME.search(folded):
        concrete = lx.OFFER_FRAME.sub("", concrete)
    logistics = lx.FORMAT_CHOICE.search(folded) or (lx.PREFERENCE.search(folded) and lx.MEDIUM.search(folded))
    if lx.OFFER.search(concrete) and not logistics:
        return "offer"
    return "vague" if is_vague else None


def _check_ready_to_use(msg, out, outsized):
    """What the favour needs, handed over ready (a note to forward, lines to paste): the writer did the work. Ready
    words for a favour the reader should not be asked (`outsized`: an endorsement of unseen work) make it no
    smaller."""
    m = msg.search(lx.READY_TO_USE)
    if m and not outsized:
        out.add(
            "ready_to_use",
            "You hand them what the favour needs, ready to forward or paste: it costs them minutes.",
            "Keep it.",
            ("body", msg.body, m.start(), m.end()),
        )
    return bool(m)


def _worked_with(msg, ctx):
    """Whether writer and reader worked or studied together: the message's first sign of it (a match), True when
    only the notes on the mentor record it, else False. Notes saying a third person worked with the writer ("one of
    her team built games with me") record no tie to the reader."""
    said = msg.search(lx.WORKED_WITH)
    notes = ctx["notes"].lower()
    return said or any(
        not lx.THIRD_PARTY.search(notes, max(notes.rfind(".", 0, m.start()), 0), m.start())
        for m in lx.WORKED_WITH_IN_NOTES.finditer(notes)
    )


def _check_known_work(msg, out, asked, worked):
    """A referral, a reference, a word or a plain question asked of someone who worked with the writer (`worked`,
    from _worked_with): vouching for work they saw is theirs to give, a colleague they can vouch for is a hire their
    team gains (hiring guidance: ask those who know your work), and a question between former colleagues is no
    stranger's taking. `asked`: the message's first favour (ANY_FAVOUR) or its asks."""
    if not (asked and worked):
        return False
    out.add(
        "known_work",
        "You ask someone who has seen your work: their word is theirs to give, and a hire they can vouch for is "
        "their gain too.",
        "Keep it, and name the piece of work together they can speak to.",
        ("body", msg.body, worked.start(), worked.end()) if isinstance(worked, re.Match) else None,
    )
    return True


def _at_an_opening(msg, pattern):
    """The first match of `pattern` where a sentence or clause of the body opens, or None: a pattern whose first
    word may be any word ("Caching ...", "Tried ...") is tried at a few places instead of all through the body."""
    for start in _sentence_openings(msg.folded):
        m = pattern.match(msg.folded, start)
        if m:
            return m
    return None


def _sentence_openings(folded):
    """Where a sentence or clause opens on a letter in lower case, in order: at the start, or after a line break or
    after ". ", "; " and the like (lx.OPENING_MARK, which cannot end inside another's mark: it ends on a letter)."""
    if "a" <= folded[:1] <= "z":
        yield 0
    for mark in lx.OPENING_MARK.finditer(folded):
        yield mark.end()


def _tried(msg):
    """Where the message first says what the writer already tried or did on their own, else None."""
    m = msg.search(lx.TRIED)
    if m and _ranks_their_tool(msg, m):
        m = None  # "the simplest queue we tested" ranks their work; it reports no attempt of the writer's
    return m or _at_an_opening(msg, lx.TRIED_AT_OPENING)


def _ranks_their_tool(msg, m):
    """Whether a match of lexicon.TRIED closes a ranking of tools tried out ("the quickest of the three we used"); what
    the writer read stays homework however it is ranked ("the clearest chapter I have read")."""
    trial = m.group().rsplit(" ", 1)[-1] in _TRIAL_VERBS
    return trial and lx.RANKED_BEFORE.search(msg.folded, max(0, m.start() - _RANKED_REACH), m.start()) is not None


def reports_work(msg):
    """Whether the message says what the writer did, found or made of the reader's help: what a follow-up that asks
    nothing more brings them."""
    return bool(_tried(msg) or msg.search(lx.REPORT) or msg.search(lx.ADVICE_TAKEN))


def _check_homework(msg, out):
    """What the writer already tried, and the figures they found: it shows the mentor their time goes further."""
    m = _tried(msg)
    if m:
        out.add(
            "tried_already",
            "You say what you have already tried or done on your own.",
            "Keep it short and concrete.",
            ("body", msg.body, m.start(), m.end()),
        )
    figure = _figure_found(msg.body)
    if figure:
        out.add(
            "evidence",
            f'"{figure.group()}": a figure the mentor can judge from, not just a feeling.',
            "Keep it.",
            ("body", msg.body, figure.start(), figure.end()),
        )
    return bool(m or figure)


def _evidence(body):
    """lx.EVIDENCE.search(body), begun where a match can first begin: each holds a digit within its first six
    characters ("40%", "from 40 to 15"), and a letter's first digit often comes late, or never."""
    digit = DIGIT.search(body)
    return lx.EVIDENCE.search(body, max(0, digit.start() - _FROM_DIGIT)) if digit else None


def _figure_found(body):
    """The first figure the writer found or measured: not a deadline ("within 48 hours", "in the next 2 days")."""
    m = _evidence(body)
    while m and body[max(0, m.start() - 7) : m.start()].lower().endswith(("within ", "next ")):
        m = lx.EVIDENCE.search(body, m.end())
    return m


_FROM_DIGIT = len("from ")  # the furthest a match's first digit stands from its start


def _check_citation(msg, ctx, out, detailed):
    """What the mentor wrote or said, cited by its point; a bare mention of their work (not a complaint about it,
    nor one the notes do not back) counts for less, and nothing when a detailed reference (grounding.py) counts."""
    m = msg.search(lx.CITES_THEM)
    if m:
        out.add(
            "specific_reference",
            f'"{msg.quote(m)}": you cite what the mentor wrote or said, which shows you read it.',
            "Keep it.",
            ("body", msg.body, m.start(), m.end()),
        )
        return True
    titled = None if detailed else titled_reference(msg, ctx)
    if titled:
        start, end = titled
        out.add(
            "specific_reference",
            f'"{msg.body[start:end]}": you name a piece of their work by its title and say what in it mattered.',
            "Keep it.",
            ("body", msg.body, start, end),
        )
        return True
    mention = None if detailed else next(iter(backed_references(msg, ctx)), None)
    if mention and not (
        lx.NEGATIVE.search(msg.folded, mention.start(), mention.end())
        or lx.COMPLAINT.search(msg.folded, mention.start(), mention.end())
    ):
        out.add(
            "mentions_their_work",
            f'"{mention.group().strip()}": you say which of their work brought you here.',
            "Add what in it helped you or what you did with it.",
            ("body", msg.body, mention.start(), mention.end()),
        )
    return False


def _is_empty_praise(text):
    """A sentence about the reader that admires them but names nothing specific they did."""
    words = [w.lower() for w in WORD.findall(text)]
    if not {"you", "your", "you've", "you're"} & set(words) or not lx.ADMIRATION & set(words):
        return False
    specific = {
        w
        for w in words
        if w not in STOPWORDS
        and w not in lx.ADMIRATION
        and w not in lx.PRAISE
        and w not in lx.PRAISE_TARGETS
        and len(w) > 2
    }
    return len(specific) < EMPTY_PRAISE_SPECIFIC_WORDS


def _their_work(ctx):
    """Stems of what the mentor does, from the research notes, role and connection points."""
    return content_stems(" ".join((ctx["research"], ctx["role"], ctx["connection"])))


def _offer_fix(ctx):
    if ctx["offer"]:
        return f'Add one line on what you can give back, from your plan: "{offer_sentence(ctx["offer"])}"'
    # With no offer recorded the coach knows nothing the mentee could give: it says what to add, not what to say.
    return (
        "Add one line on what you can give back that is tied to their work (a skill of yours, or help with "
        "something they run), and record it as your offer so the coach can check it."
    )


def _check_offer(msg, ctx, out, offers):
    first = offers[0]
    out.add(
        "offer_found", "You offer something in return.", "Keep it concrete.", ("body", msg.body, first.start, first.end)
    )
    offered = set().union(*(content_stems(s.text) for s in offers)) - _HOW_STEMS
    work = _their_work(ctx)
    tied = offered & work or any(lx.YOUR_WORK.search(s.text) for s in offers)
    if tied:
        out.add(
            "offer_tied_to_their_work",
            "The offer connects to the mentor's own work.",
            "Keep it.",
            ("body", msg.body, first.start, first.end),
        )
    planned = content_stems(ctx["offer"])
    if planned:
        body_stems = content_stems(msg.body)
        if len(planned & body_stems) >= OFFER_MATCH_SHARE * len(planned):
            out.add("offer_matches_plan", "The offer carries what your plan says you can give.", "Keep it.")
        else:
            out.add("offer_missing_from_plan", "The offer in the message is not the one in your plan.", _offer_fix(ctx))


def _check_report(msg, out):
    """After a meeting: what the writer took from the advice or did with it; a result in numbers is one too."""
    if not (
        _reports(msg, out, lx.REPORT) or _reports(msg, out, lx.ADVICE_TAKEN) or _reports(msg, out, lx.MEASURED_CHANGE)
    ):
        out.add(
            "nothing_reported",
            "It does not say what you took from their advice or did with it.",
            'Add one sentence, e.g. "What helped most was ...; since then I have ...".',
        )


def _check_advice_taken(msg, out):
    """Before or between meetings: what the reader's earlier advice led to, reported back to them."""
    return _reports(msg, out, lx.ADVICE_TAKEN)


def _reports(msg, out, pattern):
    """Praise the first report `pattern` finds of what the mentor's advice led to, and a result measured anywhere in
    the message beside it; whether there was a report."""
    m = msg.search(pattern)
    if not m:
        return False
    measured = msg.search(lx.MEASURED_CHANGE)
    out.add(
        "reports_back",
        "You tell the mentor what their advice led to: the reward for their time.",
        "Keep it." if measured else "Keep it, with a number or an example if you have one.",
        ("body", msg.body, m.start(), m.end()),
    )
    if measured:
        out.add(
            "report_measured",
            "The result is measured, so the mentor can see what their advice changed.",
            "Keep the numbers.",
            ("body", msg.body, measured.start(), measured.end()),
        )
    return True


def _check_after_the_meeting(msg, out, outsized, favour):
    """What a message after the meeting hands back (a template made with the advice), or asks for on top (an
    introduction, a referral: a bigger favour than the one just done; an `outsized` one is charged as such)."""
    given = msg.search(lx.GIVES_BACK)
    if given:
        out.add(
            "gives_back",
            "You hand back something you made with their advice.",
            "Keep it.",
            ("body", msg.body, given.start(), given.end()),
        )
    if favour and not outsized:
        out.add(
            "bigger_favour",
            "After a favour, this asks for a bigger one; it spends the goodwill the message should build.",
            "Keep this message to thanks and what came of it; ask later, on its own.",
            ("body", msg.body, favour.start(), favour.end()),
        )


def _check_outsized_ask(msg, out, m):
    """A request no first message can make (`m`, where _outsized found one): the reader's name, audience, employer's
    material or a standing role."""
    if m:
        out.add(
            "outsized_ask",
            f'"{msg.quote(m)}" asks them to lend their name, audience or time on a scale no message can ask of '
            "someone who has not worked with you.",
            "Ask for one small thing they can give in minutes (one question, one pointer) and earn the rest.",
            ("body", msg.body, m.start(), m.end()),
        )


def _outsized(msg, worked):
    """Where the message asks for the reader's name, audience, employer's material or a standing role, or vouches
    it has not earned (VOUCH without having worked together), else None. A favour the sentence disclaims ("I'm not
    asking you to review the whole book"), thanks them for having done ("thank you for vouching for me") or says
    they offered ("grateful you agreed to put my name forward") is not asked."""
    if not worked and (large := _large_review(msg)):
        return large
    patterns = (lx.OUTSIZED_ASK,) if worked else (lx.OUTSIZED_ASK, lx.VOUCH)
    for pattern in patterns:
        for m in msg.finditer(pattern):
            sentence = msg.sentence_at(m.start())
            opening = sentence.start if sentence else m.start()
            if not (
                lx.DISCLAIMED.search(msg.folded, opening, m.start())
                or lx.THANKED_FOR.search(msg.folded, opening, m.start())
                or lx.READER_OFFERED.search(msg.folded, opening, m.start())
            ):
                return m
    return None


# The size from which a whole work is too much to review for a stranger: lines of code, pages of prose.
LARGE_WORK_SIZE = {"line": 1000, "loc": 1000, "page": 10}


def _large_review(msg):
    """The stated size of a large work the message asks the reader to review whole (LARGE_WORK, from LARGE_WORK_SIZE
    up, with no part of it named to start from), else None."""
    if not msg.search(lx.REVIEW_ASKED) or msg.search(lx.PART_NAMED):
        return None
    for m in lx.LARGE_WORK.finditer(msg.body):
        size_told = lx.WORK_SIZE.search(m.group())
        amount, unit = size_told.group("amount").lower().replace(",", ""), size_told.group("unit")
        size = float(amount[:-1]) * 1000 if amount.endswith("k") else float(amount)
        if size >= LARGE_WORK_SIZE[unit.lower().rstrip("s")]:
            return m
    return None


def _check_stacked_favours(msg, out):
    """Two or more big favours in one message (introductions to several people, a referral, a good word): each costs
    the reader their own standing, and asked of someone the writer has not worked with, together they exceed what a
    first message can ask."""
    favours = _first_of_each(msg.finditer(lx.BIGGER_FAVOUR))  # "or, if you prefer, no intro" names no second one
    if len(favours) >= STACKED_FAVOURS:
        second = favours[1]
        out.add(
            "stacked_favours",
            f"{len(favours)} big favours in one message (introductions, a referral, a good word): more than a "
            "stranger can vouch for.",
            "Ask for the one that matters most, for a named role or person, and make it easy to say no.",
            ("body", msg.body, second.start(), second.end()),
        )


def _first_of_each(matches):
    """The matches whose words differ, each at its first place."""
    seen = {}
    for m in matches:
        seen.setdefault(m.group().lower(), m)
    return list(seen.values())


def _check_next_step(msg, out):
    """After a meeting: the step the mentee will take, named so the mentor could check it was taken."""
    for m in msg.finditer(lx.NEXT_STEP):
        sentence = msg.sentence_at(m.start())
        end = sentence.end if sentence else m.end()
        if len(content_stems(msg.body[m.end() : end])) >= NEXT_STEP_STEMS:
            out.add(
                "next_step",
                "You name the step you will take with the advice.",
                "Keep it, with a date if you have one.",
                ("body", msg.body, m.start(), end),
            )
            return


def _check_follow_through(msg, out):
    m = msg.search(lx.FOLLOW_THROUGH)
    if m:
        out.add(
            "follow_through",
            "You commit to act on the advice or report back.",
            "Keep it.",
            ("body", msg.body, m.start(), m.end()),
        )
    return bool(m)


_PRAISE_OF = re.compile(r"\W*(?:of|for|about|with)?\W*")


def _sentence_of(msg, m):
    """(start, end) of the sentence holding match `m` (the match itself when it falls outside every sentence)."""
    sentence = msg.sentence_at(m.start())
    return (sentence.start, sentence.end) if sentence else (m.start(), m.end())


def _check_motives(msg, out):
    for m in msg.finditer(lx.SELF_SERVING):
        if lx.SHARED_GAIN.search(msg.folded, *_sentence_of(msg, m)):  # the gain is shared, not one-sided
            continue
        out.add(
            "self_serving",
            f'"{msg.quote(m)}" tells the mentor this is about your gain, not a shared interest.',
            "Cut it; say what drew you to their work instead.",
            ("body", msg.body, m.start(), m.end()),
        )
    for m in msg.finditer(lx.ONE_WAY_NEED):
        out.add(
            "one_way_need",
            f'"{msg.quote(m)}" frames the message around what you need from them.',
            "Open with what in their work drew you to them, then make the ask.",
            ("body", msg.body, m.start(), m.end()),
        )
    named = detailed_references(msg)
    for m in msg.finditer(lx.FLATTERY):
        # praise whose object is a work described at once ("a big fan of your parser, for how it ...") names the work
        if any(_PRAISE_OF.fullmatch(msg.folded, m.end(), r.start()) for r in named if r.start() >= m.end()):
            continue
        out.add(
            "generic_flattery",
            f'"{msg.quote(m)}" is generic praise that could go to anyone.',
            "Replace it with the specific piece of their work that helped you and how.",
            ("body", msg.body, m.start(), m.end()),
        )
    if not out.count("generic_flattery") and lx.ADMIRATION & {w.lower() for w in msg.words}:
        praise = next((s for s in msg.sentences if _is_empty_praise(s.text)), None)
        if praise:
            out.add(
                "generic_flattery",
                f'"{praise.text}" praises them without naming anything they did.',
                "Replace it with the specific piece of their work that helped you and how.",
                ("body", msg.body, praise.start, praise.end),
            )
    credentials = list(msg.finditer(lx.CREDENTIAL))
    if len(credentials) >= CREDENTIALS_FOR_PADDING:
        m = credentials[0]
        out.add(
            "resume_padding",
            f"{len(credentials)} credentials read like a résumé; the mentor needs one line of background.",
            "Keep the one credential that matters for this ask and cut the rest.",
            ("body", msg.body, m.start(), m.end()),
        )
