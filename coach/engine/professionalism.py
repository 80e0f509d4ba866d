"""Professionalism: tone, scored from politeness strategies (Danescu-Niculescu-Mizil et al. 2013).

The twenty strategies of the paper's Table 3 are looked for as its released code defines them, each counted once
per message as the paper counts them: those humans reward (gratitude, deference, greeting, apology, "by the way",
sentence-medial "please", counterfactual and indicative modals, hedges, positive words, the person markers) are
praise, those they penalise (direct questions, "so/but" and second-person starts, factuality, sentence-initial
"please", negative words) are minor findings, and rules.py gives each the paper's score. Demands, pressure, slang,
textspeak, shouting, complaint and placeholders are majors. Greeting and sign-off are expected only of a full
message (a subject line, two paragraphs, or three sentences of 40 words), so a short request is judged on the
politeness of what it says.
"""

import re

from . import lexicon as lx
from . import wordclass
from .cutoffs import BE_FORMS
from .text import CODE_SPAN, STOPWORDS, finds_any, fold, per_sentence

LOWERCASE_MIN_WORDS = 8
_LOWER, _UPPER = re.compile("[a-z]"), re.compile("[A-Z]")
_FOUR_CAPITALS = re.compile("[A-Z]{4}")
_CODE = re.compile(CODE_SPAN, re.S)
# The messages that open contact: nothing has been agreed yet.
OPENING_KINDS = frozenset(("first", "connection"))
_PRESUMES_WORDS = (
    "takes the mentor's consent for granted",
    'Ask first, and leave them free to say no: "Would you be comfortable with ...?"',
)
# Problems of tone: (code, pattern, what the match does, fix).
TONE = (
    ("demand", lx.DEMAND, "reads as a demand", 'Rephrase as a question: "Would you be open to ...?"'),
    ("pressure", lx.PRESSURE, "puts pressure on the mentor", "Cut it and offer flexibility instead."),
    ("presumes", lx.PRESUMES, *_PRESUMES_WORDS),
    ("complaint", lx.COMPLAINT, "is a complaint; a first message is not the place", "Cut it."),
    (
        "grudging",
        lx.GRUDGING,
        "finds fault with the time or attention the mentor gave you, which takes back the thanks",
        "Cut it: thank them for what they gave; ask for more time separately if you need it.",
    ),
    ("slang", lx.SLANG, "is slang", "Write it out in plain, standard words."),
    ("textspeak", lx.TEXTSPEAK, "is chat shorthand", "Write the word out in full."),
    (
        "accusatory_question",
        lx.CHALLENGE,
        "scolds rather than asks",
        'Ask what you need neutrally: "Could you help me understand ...?"',
    ),
    ("over_familiar", lx.OVER_FAMILIAR, "is over-familiar for a first message", "Use their first name."),
    ("factuality", lx.FACTUALITY, "sounds insistent", "Cut it."),
)
_NOW_OR_AWAY = frozenset(("right now", "right away"))
_IN_DOUBLE_QUOTES = re.compile(r"[\"“][^\"”\n]{3,120}[\"”]")
# What the reader gives when asked, named as theirs: "hoping for your view before the weekend" (their reply, answer,
# feedback and the like are lexicon.READER_SIDE already).
_FAVOUR = re.compile(r"\byour (?:\w+ )?(?:view|opinion|take|help|review|advice|verdict)\b")
_NEEDED = re.compile(r"\b(?:you|need|needs|needed|want|wants|expect|expects|asap|urgent(?:ly)?|must|have to)\b")
_ASKED_OF_YOU = re.compile(r"\b(?:(?:can|could|would|will) you|please)\b")
_FIRST_TWO = re.compile(r"\s*([a-z]+)(?:\s+([a-z]+))?")
_OBJECT_OPENERS = frozenset("it them me us the a an my our this that these those".split())
_WORDS_BEFORE = re.compile(r"(?:\b[a-z]+\s+){1,4}$")  # the words before one, up to four
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# The word "right now" qualifies, past a "to you" or "for us" that names whom the state is for.
_STATE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:to|for)\s+(?:you|us|me|them|your team)\s+)?$")
# The clause up to a point, and an ongoing act in it whose subject is not the reader ("we are testing it", not "you
# are", "are you"), nor a wait put on them ("I am waiting for your reply").
_CLAUSE_SO_FAR = re.compile(r"[^.!?;,]*$")
_ONGOING_OF_OURS = re.compile(
    r"(?<!\byou)(?<!\byou )(?:\bam|\bis|\bare|['’]m|['’]re)\s+(?:\w+ly\s+)?"
    r"(?!waiting|expecting|counting|relying|depending|hoping|needing)\w+ing\b"
)
# A negation just before an urgency word takes it back: "not urgent", "there's nothing time-sensitive here".
_NEGATED = re.compile(r"\b(?:not|no|nothing|never|hardly|isn['’]t|wasn['’]t|aren['’]t)\s+(?:\w+\s+){0,3}$")


def check(msg, ctx, out):
    """Add professionalism findings for `msg` to `out`."""
    _check_frame(msg, out, _is_full(msg))
    polite = _check_strategies(msg, out)
    _check_sentence_starts(msg, out, polite)
    _check_person(msg, out)
    _check_tone(msg, out)
    if ctx["kind"] in OPENING_KINDS:  # after they said yes, "when we meet" is planning, not presuming
        _add_each(msg, out, "presumes", msg.finditer(lx.SETTLED), *_PRESUMES_WORDS)
    _check_placeholders(msg, out)


def _is_full(msg):
    """Whether the message is a letter (and so owes a greeting and a sign-off) rather than a short request or a chat
    message: one paragraph with no subject is how people write in Slack, Discord or a GitHub thread, where no one
    signs off, however long the paragraph."""
    return bool(msg.subject.strip()) or len(msg.paragraphs) > 1


def _span(msg, m, field="body"):
    return (field, msg.body if field == "body" else msg.subject, m.start(), m.end())


def _check_frame(msg, out, full):
    if msg.greeting:
        out.add("greeting", "The message opens with a greeting.", "Keep it.", _span(msg, msg.greeting))
        if lx.IMPERSONAL.match(msg.body, msg.greeting.start()):
            out.add(
                "impersonal_greeting",
                "The greeting names no one, so the message reads as sent to anyone.",
                "Find their name and greet them by it.",
                _span(msg, msg.greeting),
            )
    elif full:
        out.add("no_greeting", "The message starts without a greeting.", 'Open with "Hi" and their first name.')
    if msg.closing:
        out.add("sign_off", "The message closes with a sign-off.", "Keep it.", _span(msg, msg.closing))
    elif full and not msg.signature:  # a name alone on the last line signs the message, plainly but enough
        out.add("no_sign_off", "The message ends without a sign-off.", 'End with "Thank you," and your name.')


def _check_strategies(msg, out):
    folded, found = msg.folded, {}
    for code, pattern, message in (
        ("gratitude", lx.GRATITUDE, "You thank the mentor."),
        ("apology", lx.APOLOGY, "You acknowledge the imposition."),
        ("indirect_request", lx.COUNTERFACTUAL, 'The request is phrased indirectly ("could/would you").'),
        ("hedged_request", lx.HEDGE, "The request is softened, leaving room to say no."),
        ("flexibility", lx.FLEXIBLE, "You offer flexibility on time or format."),
        ("indirect_aside", lx.BY_THE_WAY, 'An aside ("by the way") makes the request less abrupt.'),
    ):
        m = found[code] = msg.search(pattern)
        if m and code == "gratitude" and _sarcastic(folded, m):
            m = found[code] = None
        if m:
            out.add(code, message, "Keep it.", _span(msg, m))
    positive = msg.search(lx.POSITIVE)
    if positive:
        out.add(
            "positive_words",
            f'"{msg.quote(positive)}": warm, positive wording reads as more polite.',
            "Keep it.",
            _span(msg, positive),
        )
    if not found["indirect_request"]:
        m = msg.search(lx.INDICATIVE)
        if m:
            out.add(
                "can_you",
                f'"{msg.quote(m)}" asks rather than tells.',
                f'"{counterfactual(msg.quote(m))}" is softer still.',
                _span(msg, m),
            )
    for m in msg.finditer(lx.PLEASE):
        if lx.PLEASE_LETS_OFF.match(msg.folded, m.start()):
            continue
        if _starts_sentence(msg, m.start()):
            out.add(
                "please_at_start",
                'A sentence-initial "please" reads as an order.',
                'Move it inside a question: "Could you please ...?"',
                _span(msg, m),
            )
        else:
            out.add("please", f'"{msg.quote(m)}" inside the request is courteous.', "Keep it.", _span(msg, m))
    return any(found.values()) or bool(msg.greeting) or out.count("please") > 0


def _sarcastic(folded, thanks):
    """ "Thanks so much for deleting my work": thanks for a harm is a reproach (found by the tone check), not thanks."""
    challenge = lx.CHALLENGE.search(folded, max(0, thanks.start() - 5))
    return challenge is not None and challenge.start() <= thanks.start() + 5 and challenge.end() > thanks.end()


_SOFTER = {"can": "could", "will": "would", "may": "could"}


def counterfactual(phrase):
    """'can you' -> 'could you', 'Can I' -> 'Could I': the modal softened, every other word as written."""
    modal, _, rest = phrase.partition(" ")
    softer = _SOFTER.get(modal.lower(), modal.lower())
    return (softer.capitalize() if modal[:1].isupper() else softer) + " " + re.sub(r"^i$", "I", rest)


# An order that can become a question word for word: one clause, no "I" or "please" of its own, a short sentence,
# and after the verb an object or a particle ("Fix it", "Stop adding", "Send me"), so "Google exists" is no order.
_SIMPLE_ORDER = re.compile(r"^[A-Za-z][\w'’ -]*[.!]?$")
_AFTER_VERB = re.compile(
    r"^\w+(?:[.!]?$|\s+(?:\w+ing|me|us|it|them|him|her|this|that|these|those|the|a|an|your|my|our|"
    r"their|his|all|some|any|more|each|every|what|where|how|why|when|which|if|whether|by|to|on|"
    r"with|up|out|back|down|off|over|again)\b)",
    re.I,
)
SOFTEN_MAX_WORDS = 16


def softened(sentence, please=False):
    """'Send me the slides.' -> 'Could you send me the slides?'; None when the sentence is not one plain order."""
    text = sentence.strip()
    if (
        not _SIMPLE_ORDER.match(text)
        or not lx.IMPERATIVE_START.match(text)
        or not _AFTER_VERB.match(text)
        or len(text.split()) > SOFTEN_MAX_WORDS
        or text.isupper()
        or re.search(r"\b(?:i|please)\b", text, re.I)
    ):
        return None
    verb = re.match(r"\w+", text).group()
    return "Could you " + ("please " if please else "") + verb.lower() + text[len(verb) :].rstrip(".!") + "?"


def _starts_sentence(msg, pos):
    return any(s.start == pos for s in msg.sentences)


def _check_sentence_starts(msg, out, polite):
    """Findings on how sentences open (the paper's start-of-sentence strategies).

    A direct question counts against the message only when it stands bare: nothing in the message softens it and
    no sentence before it gives the writer's own context ("I read your post on X. What made you ...?").
    """
    context, after_question, stepped = False, False, False
    for s in msg.sentences:
        text = s.text
        evidence = ("body", msg.body, s.start, s.end)
        if lx.DEFERENCE.match(text):
            out.add("deference", "Opening with appreciation of their work is courteous.", "Keep it.", evidence)
        wh = lx.WH_START.match(text)
        if lx.ACCUSATORY.match(text):
            out.add(
                "accusatory_question",
                f'"{text}" reads as an accusation.',
                'Ask what you need neutrally: "Could you help me understand ...?"',
                evidence,
            )
        elif wh and text.endswith("?") and not (polite or context or lx.SELF_QUESTION.match(text[wh.start("wh") :])):
            question = text[wh.start("wh") :]
            out.add(
                "direct_question",
                f'"{question}" is a direct question, which reads as blunter than an indirect one.',
                f'Soften it with a lead-in: "I\'m curious: {question[0].lower()}{question[1:]}"',
                ("body", msg.body, s.start + wh.start("wh"), s.end),
            )
        if lx.DOUBTING_START.match(text):
            out.add(
                "factuality",
                f'"{text}" doubts the mentor rather than asks.',
                'Ask what you need neutrally: "Could you help me see ...?"',
                evidence,
            )
        if _points_at_reader(text, msg.folded_text(s)):
            out.add(
                "you_start",
                'A sentence opening with "You" reads as pointing at the mentor.',
                'Start from your side: "I ..." or "Would you ...?"',
                evidence,
            )
        if lx.DIRECT_START.match(text) and not after_question:  # "And is there ...?" goes on with a question asked
            out.add(
                "direct_start", f'Opening with "{text.split()[0]}" sounds abrupt.', "Drop the opening word.", evidence
            )
        if _orders(text) and not lx.PLEASE.search(msg.folded_text(s)) and not (stepped and _step_taken(msg, s)):
            question = softened(text)
            out.add(
                "demand",
                f'"{text}" is an order, not a request.',
                f'Ask instead: "{question}"'
                if question
                else 'Ask instead: open with "Could you" and end with a question mark.',
                evidence,
            )
        context = context or bool(lx.FIRST_PERSON_START.match(text))
        after_question, stepped = text.endswith("?"), stepped or bool(lx.PAST_START.match(text))


def _step_taken(msg, s):
    """Whether a list item is one more step in a list of steps taken, called only once an earlier sentence opened on
    a past tense ("1. Cleared the cache. 2. Read the upgrade notes."): a verb spelled the same in the past as in an
    order reads as past there."""
    return bool(lx.SAME_IN_PAST.match(s.text) and msg.opens_list_item(s))


def _orders(text):
    """Whether a sentence opens on an order; "Do your teams ...?" opens on an auxiliary and asks yes or no,
    "Update on the rollout: ..." opens on a heading's noun, "Tell me your preference and I will write it" offers the
    work, and "Take whatever helps for your class" gives leave."""
    if not lx.IMPERATIVE_START.match(text) or text.endswith("?") and lx.AUXILIARY_QUESTION.match(text):
        return False  # most sentences stop here, before the text is folded for GRANTS
    return not (lx.LABEL_START.match(text) or lx.TELL_AND_I_WILL.match(text) or lx.GRANTS.match(fold(text)))


def _points_at_reader(text, folded):
    """A sentence that opens on the reader to tell them something, not to thank or praise them."""
    if lx.YOUR_START.match(text):
        return finds_any(folded, lx.NEGATIVE, lx.COMPLAINT)
    return bool(lx.YOU_START.match(text)) and not _praises(folded)


def _praises(folded):
    """Whether a sentence thanks or praises: "Your talk helped me ..." opens on the reader without pointing at them."""
    return finds_any(folded, lx.GRATITUDE, lx.POSITIVE)


_FIRST_WORD = re.compile(r"\S*")
# The paper's person markers and their scores (Table 3); a sentence-initial "I" counts as the start, not again.
_PERSON = (
    ("first_start", 'a sentence opening on "I"', 0.12),
    ("first", '"I" or "my" inside a sentence', 0.08),
    ("plural", '"we" or "our"', 0.08),
    ("second", '"you" inside a sentence', 0.05),
)


@per_sentence
def _person_markers(folded):
    """The codes of _PERSON that one (folded) sentence shows, kept: each edit's re-check meets it again."""
    inside = folded[_FIRST_WORD.match(folded).end() :]  # the paper counts a sentence's first word apart
    return frozenset(
        code
        for code, pattern, text in (
            ("first_start", lx.FIRST_PERSON_START, folded),
            ("first", lx.FIRST_PERSON, inside),
            ("plural", lx.FIRST_PLURAL, folded),
            ("second", lx.SECOND_PERSON, inside),
        )
        if pattern.search(text)
    )


def _check_person(msg, out):
    """One finding for the person markers the paper found slightly polite: a request in someone's own voice."""
    found = set()
    for s in msg.sentences:
        found |= _person_markers(msg.folded_text(s))
    markers = [(label, points) for code, label, points in _PERSON if code in found]
    if markers:
        out.add(
            "personal_voice",
            "The request is made in a personal voice (" + ", ".join(m for m, _ in markers) + ").",
            "Keep it.",
            points=round(sum(p for _, p in markers), 2),
        )


def _check_tone(msg, out):
    body = msg.body
    # Each pattern is tried only at its own opening words (text.matches): in a draft with none of them that is a set
    # lookup, and where one stands, one short list of phrases is tried there rather than all ten lists joined.
    pressure = []  # the set phrases of pressure, which a deadline found by its parts must not name again
    for code, pattern, message, fix in TONE:
        found = msg.finditer(pattern)
        if code == "pressure":  # "no rush", "nothing time-sensitive": urgency named only to be taken back
            found = pressure = [
                m
                for m in found
                if not _NEGATED.search(msg.folded, max(0, m.start() - 30), m.start()) and not _circumstance(msg, m)
            ]
        elif code == "accusatory_question" and ('"' in msg.body or "“" in msg.body):
            # a question in quotation marks is one reported or named ('the "are they even hiring" worry'), not put
            quoted = [q.span() for q in _IN_DOUBLE_QUOTES.finditer(msg.body)]
            found = [m for m in found if not any(start < m.start() < end for start, end in quoted)]
        elif code == "demand":  # "if it is easier, just tell me which form to use": a way out offered, not an order
            found = [
                m
                for m in found
                if not _offers_a_way_out(msg, m) and not _about_a_thing(msg, m) and not _has_a_subject(msg, m)
            ]
        _add_each(msg, out, code, found, message, fix)
    _check_deadlines(msg, out, pressure)
    # Shouting is a matter of case, so it is looked for in the body as typed (where it can be: most drafts hold none).
    shouts = list(lx.SHOUT.finditer(body)) if "!" in body or lx.SHOUT_CAPITALS.search(body) else []
    if _FOUR_CAPITALS.search(body):  # most drafts have none; a word inside a run of capitals is that run's shout
        shouts += [
            m for m in lx.SHOUTED_WORD.finditer(body) if not any(s.start() <= m.start() < s.end() for s in shouts)
        ]
    _add_each(msg, out, "shouting", shouts, "reads as shouting", "Use normal case and a single full stop.")
    _check_subject_tone(msg, out)
    negative = msg.search(lx.NEGATIVE)
    if negative and not out.count("complaint"):  # a complaint already counts the negative words
        out.add(
            "negative_words",
            f'"{msg.quote(negative)}" is a negative word; requests that avoid them read as more polite.',
            "Say what you saw or need without judging it.",
            _span(msg, negative),
        )
    emoji = None if body.isascii() else lx.EMOJI.search(body)  # every emoji is outside ASCII
    if emoji:
        out.add("emoji", "Emoji read as casual in a first message to a stranger.", "Remove them.", _span(msg, emoji))
    # A lone lower-case "i" is a language slip (language.py), charged there once.
    if len(msg.words) >= LOWERCASE_MIN_WORDS and _LOWER.search(body) and not _UPPER.search(body):
        out.add(
            "all_lowercase",
            "Everything is in lower case, which reads as rushed.",
            "Capitalise names and the start of each sentence.",
        )


def _check_deadlines(msg, out, named):
    """A deadline on the reader's favour however it is worded ("a reply no later than the 20th", "your input by
    close of play"), found by its parts (lexicon.DUE); `named`: the set phrases of pressure the tone patterns found,
    whose words are not named twice."""
    if msg.search(lx.DUE) is None or msg.search(lx.LETS_OFF):
        return
    for s in msg.sentences:
        folded = msg.folded_text(s)
        for due in lx.DUE.finditer(folded):
            clause = _due_clause(folded, due.start())
            if not lx.READER_SIDE.search(clause) or lx.OWN_PLAN.search(clause) or "thank" in clause:
                continue
            owned_only = all(m.group() in ("your", "yours") for m in lx.READER_SIDE.finditer(clause))
            if owned_only and s not in msg.asks and not _NEEDED.search(clause) and not _FAVOUR.search(clause):
                continue  # a time measured in a statement: "the score climbs above your threshold within an hour"
            start, end = s.start + due.start(), s.start + due.end()
            if not any(m.start() <= end and start <= m.end() for m in named):
                out.add(
                    "pressure",
                    f'"{msg.body[start:end]}" sets a deadline on the mentor\'s favour.',
                    "Cut the deadline and offer flexibility instead.",
                    ("body", msg.body, start, end),
                )
            break


def _due_clause(folded, due):
    """The clause a deadline at `due` belongs to: back to the last break, and over an "and" that joins a
    second verb to the same subject ("could you check and merge the patch by Friday" is asked of "you")."""
    breaks = list(lx.CLAUSE_BREAK.finditer(folded, 0, due))
    start = breaks[-1].end() if breaks else 0
    clause = folded[start:due]
    while breaks and breaks[-1].group() == "and" and _opens_on_verb(folded[start:due]):
        breaks.pop()
        start = breaks[-1].end() if breaks else 0
        # (only when the shared subject is the reader: "I read your post and tried it by Monday" is the writer's)
        if _ASKED_OF_YOU.search(folded, start, due):
            clause = folded[start:due]
    return clause


def _opens_on_verb(clause):
    """True when a clause opens on a bare verb, its subject shared with the clause before: a word that is only a verb,
    or one that may be and takes an object next ("merge it", "send the slides")."""
    first = _FIRST_TWO.match(clause)
    if first is None:
        return False
    word, following = first.groups()
    return wordclass.only(word, wordclass.VERB) or (
        wordclass.VERB in wordclass.classes(word) and following in _OBJECT_OPENERS
    )


# What a subject line can do before the message is opened: (code, its pattern or patterns, what the match does, fix).
_SUBJECT_TONE = (
    (
        "shouting",
        (lx.SHOUT, lx.SHOUTED_WORD),
        "reads as shouting",
        "Use normal case and no exclamation marks in the subject.",
    ),
    (
        "pressure",
        (lx.URGENT_SUBJECT,),
        "puts pressure on the mentor before they open the message",
        "Cut it: name the topic in the subject instead.",
    ),
)


def _check_subject_tone(msg, out):
    """Capitals or "!!" shout, and urgency ("Urgent help needed") presses a stranger, before the message is opened."""
    for code, patterns, does, fix in _SUBJECT_TONE:
        m = next(filter(None, (p.search(msg.subject) for p in patterns)), None)
        if m:
            out.add(code, f'"{m.group()}" in the subject {does}.', fix, ("subject", msg.subject, m.start(), m.end()))


def _circumstance(msg, m):
    """True when "right now" or "right away" tells the writer's own state or plan ("Right now our team deploys by
    hand", "I'll try it right away"): a sentence that asks nothing, names no need and does not speak to the reader
    puts no clock on them."""
    if msg.folded[m.start() : m.end()] not in _NOW_OR_AWAY:
        return False
    if _dates_a_state(msg, m):
        return True
    s = msg.sentence_at(m.start())
    return s is not None and s not in msg.asks and not lx.READER_OR_NEED.search(msg.folded_text(s))


def _dates_a_state(msg, m):
    """True when "right now" dates a state, not an act asked for: "which plan seems safer to you right now?",
    "if you are swamped right now" (but "please call me right now" wants the act on the spot)."""
    clause = _CLAUSE_SO_FAR.search(msg.folded, max(0, m.start() - 80), m.start())
    if clause and _ONGOING_OF_OURS.search(clause.group()) and not lx.SECOND_PERSON.search(clause.group()):
        return True  # "we are still weighing it right now": the writer's side, busy at it
    before = _STATE_BEFORE.search(msg.folded, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    word = before.group(1)
    if wordclass.ing_form(word):  # ongoing: "are teams hiring right now", "in games recruiting right now"
        previous = _WORDS_BEFORE.search(msg.folded, max(0, before.start(1) - 40), before.start(1))
        words = previous.group().split() if previous else []
        return bool(BE_FORMS.intersection(words)) or bool(words) and wordclass.only(words[-1], wordclass.NOUN)
    return wordclass.can_describe(word)


def _about_a_thing(msg, m):
    """True when "you have to/need to" describes a thing named right before it, a relative clause with no relative
    word ("a patch you have to throw away", "the forms you need to sign"): the reader's burden weighed, not an
    order."""
    before = _WORD_BEFORE.search(msg.folded, max(0, m.start() - 30), m.start())
    if not before or not msg.folded[m.start() : m.end()].startswith("you "):
        return False
    word = before.group(1)
    return word not in STOPWORDS and not wordclass.only(word, wordclass.VERB, wordclass.ADVERB)


# Words that open a subject of the writer's world: "my mentors tell me", "my notes give me", "they send me".
_SUBJECT_OPENERS = frozenset(
    "they we people others everyone everybody my our the his her their most many some all both these those".split()
)
_PUNCTUATION_BREAK = re.compile(r"[,;:.!?\n]")


def _has_a_subject(msg, m):
    """True when "tell me", "give me" or "send me" has a subject before it in its clause: what others say or do to
    the writer, reported ("recruiters tell me to shorten it"), not an order to the reader."""
    if not msg.folded.startswith(("tell", "give", "send"), m.start()):
        return False
    clause = _PUNCTUATION_BREAK.split(msg.folded[max(0, m.start() - 60) : m.start()])[-1].split()
    if not clause:
        return False
    first = clause[0]
    return first in _SUBJECT_OPENERS or (
        first not in STOPWORDS
        and wordclass.may_be_noun(first)
        and not wordclass.only(first, wordclass.VERB, wordclass.ADVERB)
    )


def _offers_a_way_out(msg, m):
    """True when the sentence of match `m` makes the ask easier or lets the reader off."""
    s = next((s for s in msg.sentences if s.start <= m.start() < s.end), None)
    folded = msg.folded_text(s) if s else ""
    return bool(lx.EASIER_ROUTE.search(folded) or lx.LETS_OFF.search(folded))


def _add_each(msg, out, code, matches, message, fix):
    """One finding of `code` per match, quoting the body's own words."""
    for m in matches:
        out.add(code, f'"{msg.quote(m)}" {message}.', fix, _span(msg, m))


def _wiki_template(slot, body):
    """ "{{Coord}}", or "{{disputed}}" in a message about tags and talk pages: a wiki template, not a slot."""
    if not slot.startswith("{{") or lx.SLOT_WORD.search(slot) or "_" in slot:
        return False  # "{{first_name}}", "{{mentor}}": a mail-merge slot wherever it stands
    return bool(lx.WIKI_TEMPLATE.match(slot) or lx.SPEAKS_WIKI.search(body))


def may_hold_placeholder(text, folded):
    """False only when `text` (folded: `folded`) holds none of what every placeholder holds."""
    return any(mark in text for mark in lx.PLACEHOLDER_MARKS) or "lorem" in folded


def _check_placeholders(msg, out):
    """Each template slot left in is a finding; those in the signature block are one slip, counted once."""
    signature_start = msg.closing.start() if msg.closing else len(msg.body)
    for field, text in (("subject", msg.subject), ("body", msg.body)):
        in_signature = False
        if not may_hold_placeholder(text, msg.folded if field == "body" else fold(text)):
            continue  # most drafts: no bracket, brace, TODO or lorem ipsum to look at
        code = [c.span() for c in _CODE.finditer(text)] if "`" in text else []
        for m in lx.PLACEHOLDER.finditer(text):
            if lx.NOT_PLACEHOLDER.match(m.group()) or _wiki_template(m.group(), msg.body):
                continue
            if any(start <= m.start() < end for start, end in code):
                continue  # "`$_GET['id']`": brackets in quoted code index, they hold no slot to fill
            if field == "body" and m.start() >= signature_start:
                if in_signature:
                    continue
                in_signature = True
            out.add(
                "placeholder",
                f'"{m.group()}" is a template placeholder left in.',
                f'Replace "{m.group()}" with the real text.',
                (field, text, m.start(), m.end()),
            )
