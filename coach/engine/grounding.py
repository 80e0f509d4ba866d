"""Checks against the planning context: the mentor's name and the work the message says they did."""

import re
from functools import lru_cache

from . import lexicon as lx
from .context import name_key
from .language import no_word_or_name
from .text import WORD, content_stems, stem
from .wordclass import may_be_noun


def check(msg, ctx, out):
    """Add findings that compare `msg` with what the context records."""
    _check_name(msg, ctx, out)
    _check_references(msg, ctx, out)


def _check_name(msg, ctx, out):
    if not ctx["mentor_names"] or not msg.greeting:
        return
    first = ctx["mentor_first"]
    if not msg.greeting_name:
        out.add(
            "greeting_without_name",
            "The greeting does not use the mentor's name.",
            f'Open with "Hi {first},"',
            ("body", msg.body, msg.greeting.start(), msg.greeting.end()),
        )
        return
    start = msg.body.index(msg.greeting_name, msg.greeting.start())
    evidence = ("body", msg.body, start, start + len(msg.greeting_name))
    words = WORD.findall(_HONORIFIC.sub("", msg.greeting_name))
    if any(_names_mentor(name_key(w), ctx["mentor_names"]) for w in words):
        out.add("greets_by_name", f"You greet {first} by name.", "Keep it.", evidence)
    else:
        out.add(
            "wrong_name",
            f'The greeting says "{msg.greeting_name}" but this message is for {ctx["mentor_name"]}.',
            f'Open with "Hi {first},"',
            evidence,
        )


# The honorific a name carries in the writer's and reader's language ("Sato-san", "Sharma-ji", "Kim-nim"):
# the name is still theirs.
_HONORIFIC = re.compile(r"[-‐](?:san|sama|sensei|senpai|kun|chan|ji|nim|ssi)\b", re.I)

# A greeting word this long that begins one of the mentor's names is the short form they go by ("Alex" for
# Alexandra, "Kat" for Katarzyna), not another person's name.
SHORT_FORM_MIN = 3


def _names_mentor(key, names):
    return key in names or (len(key) >= SHORT_FORM_MIN and any(name.startswith(key) for name in names))


class NotesIndex:
    """The research notes read once per message, so each reference costs its own length, not the notes' length."""

    def __init__(self, notes):
        self.low, self.stems, self._kinds = notes.lower(), content_stems(notes), {}

    def mentions_kind(self, kind):
        """Whether the notes use a word that shows this kind of work (a talk: 'spoke', 'conference'...)."""
        if kind not in self._kinds:
            evidence = lx.KIND_EVIDENCE.get(kind, kind)
            self._kinds[kind] = bool(re.search(r"\b(?:" + evidence + r")", self.low))
        return self._kinds[kind]


@lru_cache(maxsize=8)
def notes_index(notes):
    """The NotesIndex of `notes`, built once: a critique asks of the same notes for every mention and every edit it
    checks, and notes may run to half a megabyte."""
    return NotesIndex(notes)


def _supports(m, kind, notes):
    """Whether the indexed research notes back a claim about 'your <kind> ...': the kind of work, and what the
    mention says of it (its _detail: not where the writer came upon it nor how good it was, which fit any talk)."""
    if not notes.mentions_kind(kind):
        return False
    topic = _detail(m, kind)
    return len(topic) < 2 or bool(topic & notes.stems)


# Words of praise and of coming upon a work say nothing of what is in it. They are matched as whole words, not by
# stem: the crude stem of "interesting" is that of "internal", and that of "followed" is that of "follow-ups".
_NOT_DETAIL = lx.PRAISE | lx.ENCOUNTER
# A praise word in a condition praises nothing: "notes for your docs, if useful" offers, it does not admire.
_CONDITIONAL_PRAISE = re.compile(r"\b(?:if|in case|whether)\b(?: [\w'’]+){0,3}? (?:useful|helpful|of use)\b", re.I)
# A reference names the work and says something about it; fewer detail words than this is only a mention.
DETAIL_STEMS = 2


_PART_BEFORE = re.compile(r"\b(?:the|a|an|this|that) ((?:[\w'’-]+ ){1,4}?)(?:from|in|of) $", re.I)
_PART_REACH = 60  # characters: an article and four words


# A critique asks for the detail of each mention up to four times (detailed, backed, applied, checked): kept for the
# mentions of the last few messages, by the match itself (which the cache keeps alive, so no other takes its place).
@lru_cache(maxsize=32)
def _detail(m, kind):
    """Stems that describe the referenced work, leaving out the kind itself, words of praise and words about when or
    where the writer came upon it."""
    rest = lx.NEW_CLAUSE.split(m.group("rest"), maxsplit=1)[0]
    plural = m.string[m.end("kind") : m.end("kind") + 1] in "sS" and not kind.endswith("s")
    # "your videos" or "your blog" is the whole body of work, not one piece of it, unless a description follows
    if (plural or m.group("kind").lower() in lx.BODY_OF_WORK) and not lx.DESCRIBES.match(rest):
        rest = ""
    # a piece of the work named just before it: "the retry table from your talk"
    part = _PART_BEFORE.search(m.string, max(0, m.start() - _PART_REACH), m.start())
    if part and not may_be_noun(part.group(1).split()[-1].lower()):
        part = None  # "the drills come from your book": a clause, not a part named
    described = m.group("modifier") + " " + rest + (" " + part.group(1) if part else "")
    words = content_stems(_without(_NOT_DETAIL, described))
    # "your book chapter": a second kind word right after the first names the work again and says no more of it
    second = rest.split(maxsplit=1)[:1]
    kinds = {stem(kind)} | ({stem(second[0].lower())} if second and second[0].lower() in lx.KIND_EVIDENCE else set())
    return words - kinds


def _without(words, text):
    """`text` with every whole word in `words` (lower case) left out."""
    return " ".join(w for w in WORD.findall(text) if w.lower() not in words)


def _praises(text):
    """Whether `text` holds a word of praise."""
    return any(w.lower() in lx.PRAISE for w in WORD.findall(text))


def references(msg):
    """Every mention of the mentor's work ("your talk on ...", "the post you wrote about ..."), in body order."""
    if msg.references is None:  # three checks ask; the body is scanned once
        found = list(msg.finditer_typed(lx.YOUR_WORK))
        if msg.search(lx.YOU_MADE):  # the costlier pattern runs only where "you wrote/gave/..." occurs
            found += msg.finditer_typed(lx.WORK_YOU_MADE)
        # (a note drafted for a third person speaks of that person's work: "Hi Lee, your post on ...")
        msg.references = sorted((m for m in found if not msg.in_drafted_note(m.start())), key=lambda m: m.start())
    return msg.references


def detailed_references(msg, ctx=None):
    """The mentions of the mentor's work that say something specific about it (homework, not a bare mention).

    With a context whose notes on the mentor do not back a mention, that mention is a guess, not homework.
    """
    found = [m for m in references(msg) if len(_detail(m, _kind(m))) >= DETAIL_STEMS]
    if ctx and ctx["notes"] and found:
        notes = notes_index(ctx["notes"])
        found = [m for m in found if _supports(m, _kind(m), notes)]
    return found


def backed_references(msg, ctx):
    """The mentions of the mentor's work of a kind the notes on the mentor record (all of them when there are no
    notes): a book praised to someone whose notes record a blog is a guess or a template, and earns no credit. (What
    a mention says of the work is checked more loosely: a message may describe it in words the notes do not use.)

    The value rubric and the reference findings both ask; it is worked out once per message, which one critique
    judges against one set of notes."""
    if msg.backed_references is None:
        mentions = references(msg)
        if ctx["notes"] and mentions:
            notes = notes_index(ctx["notes"])
            mentions = [m for m in mentions if notes.mentions_kind(_kind(m))]
        msg.backed_references = mentions
    return msg.backed_references


# A title in the notes: a phrase in quotation marks, or a run of capitalised words right before or after a kind of
# work ("Quiet Queues episode 12", "the book Small Safe Steps"). Names of people and firms stand alone.
_QUOTED_TITLE = re.compile(r"[\"“‘'](?P<title>[A-Z][^\"”’'\n]{3,78})[\"”’']")
# (a title runs to ten words at most, read only beside a kind of work: notes may run to half a megabyte)
_CAPITALISED_RUN = (
    r"(?<![\w’'-])(?P<title>[A-Z][\w’'-]*(?:\s+(?:of|and|for|in|on|to|[A-Z][\w’'-]*)){0,8}\s+[A-Z][\w’'-]*)"
)
_KIND_WORD = re.compile(r"\b" + lx.WORK_KIND + r"s?\b")
_TITLE_BEFORE = re.compile(_CAPITALISED_RUN + r",?\s+(?:the\s+|a\s+)?$")
_TITLE_AFTER = re.compile(r",?\s+" + _CAPITALISED_RUN)
_TITLE_REACH = 120  # characters either side of a kind of work that a title of ten words fits in
# A project's coined one-word name right before its kind ("the quietbell repository", "leafpile package"): a word no
# English dictionary holds, so it names that work and nothing else.
_COINED_BEFORE = re.compile(r"(?<![\w’'./-])(?P<title>[a-z][a-z0-9]{4,})\s+$")


@lru_cache(maxsize=8)
def _titles(notes):
    """The titles of works the notes name, longest first."""
    found = {m.group("title") for m in _QUOTED_TITLE.finditer(notes)}
    for kind in _KIND_WORD.finditer(notes):
        before = _TITLE_BEFORE.search(notes, max(0, kind.start() - _TITLE_REACH), kind.start())
        after = _TITLE_AFTER.match(notes, kind.end(), kind.end() + _TITLE_REACH)
        found |= {m.group("title") for m in (before, after) if m}
        coined = _COINED_BEFORE.search(notes, max(0, kind.start() - _TITLE_REACH), kind.start())
        if coined and _coined(coined.group("title")):
            found.add(coined.group("title"))
    # a capitalised title of one word is a person's or a firm's name; a coined name is one word in lower case
    return tuple(sorted({t.strip() for t in found if len(WORD.findall(t)) >= 2 or t.islower()}, key=len, reverse=True))


def _coined(word):
    """Whether a lower-case word is no English word nor the plural of one ("readmissions"), and no listed name."""
    return no_word_or_name(word) and not (word.endswith("s") and not no_word_or_name(word[:-1]))


def titled_reference(msg, ctx):
    """The first place the body names, by its title, a work the notes record, in a sentence that says something of it
    beyond the title ("I heard Quiet Queues episode 12 on retry budgets and cut ours"): homework the mentor
    can see, though the writer never says "your". A project's one-word name counts where the sentence says what the
    writer did with it ("I used leafpile to batch our alerts"): alone, it may be no more than a mention. None when
    there is none."""
    if not ctx["notes"]:
        return None
    for title in _titles(ctx["notes"]):
        at = _whole_word_at(msg.body, title)
        s = msg.sentence_at(at) if at >= 0 else None
        detailed = s and len(content_stems(_without(_NOT_DETAIL, s.text.replace(title, " ")))) >= DETAIL_STEMS
        if detailed and (" " in title or lx.APPLIED.search(msg.folded, s.start, s.end)):
            return at, at + len(title)
        if s and " " in title and _cited_next(msg, s):
            return at, at + len(title)
    return None


# What the reader said in the work, told in the next sentence: 'I watched "Panel Notes". You said the panel ...'
_YOU_SAID = re.compile(
    r"(?:in it,? |there,? )?you (?:said|wrote|argued|explained|showed|described|noted|pointed out)\b"
)


def _cited_next(msg, s):
    """True when the sentence after `s` opens by telling what the reader said or showed in the work."""
    following = next((t for t in msg.sentences if t.start >= s.end), None)
    return bool(following) and _YOU_SAID.match(msg.folded, following.start) is not None


def _whole_word_at(text, title):
    """Where `title` first stands in `text` as whole words, not inside a longer word; -1 when it does not."""
    m = re.search(r"(?<![\w-])" + re.escape(title) + r"(?![\w-])", text)
    return m.start() if m else -1


def applied_reference(msg, ctx):
    """True when a mention of the mentor's work that the notes back comes with what the writer did with it:
    homework done, not promised."""
    applications = _applications(msg)
    return any(applications.get(m.start()) for m in backed_references(msg, ctx))


def _applications(msg):
    """{start of each detailed reference: where the writer says what it led them to do, or None}.

    The value rubric and the reference findings both ask; the sentences are searched once per message."""
    if msg.applications is None:
        msg.applications = {
            m.start(): _applied(msg, m) for m in references(msg) if len(_detail(m, _kind(m))) >= DETAIL_STEMS
        }
    return msg.applications


def _applied(msg, m):
    """Where the sentence of a reference, or the one after it, says what the work led the writer to do."""
    following = [s for s in msg.sentences if s.end > m.start()][:2]
    if not following:
        return None
    return lx.APPLIED.search(msg.folded, min(m.start(), following[0].start), following[-1].end)


def _add_applied(msg, out, applied):
    """Praise what a reference led the writer to do (`applied`: where they say it, or None)."""
    if applied:
        out.add(
            "reference_applied",
            "You say what their work did for you or what you did with it: homework the mentor can see.",
            "Keep it.",
            ("body", msg.body, applied.start(), applied.end()),
        )


# The writer's own question, asked before "your answer" to it: "I asked you about X after your session".
# ("I'm the one who asked about cold caches at your workshop")
_WRITER_ASKED = re.compile(r"\b(?:(?:i|we)|(?:i am|i['’]m) the one who) (?:asked|posted|raised|put)\b")
_ANSWER_KINDS = frozenset(("answer", "comment", "reply"))
_TO_COME = re.compile(r"s? (?:would|will|could|might|can|may)\b")


# A numbered part of a work named just before it: "part 3 of your series", "episode 12 of your podcast".
_PART_OF = re.compile(
    r"\b(?P<part>(?:chapter|episode|part|section|lesson|module|unit|issue|volume) (?:\d+|[ivx]+)) (?:of|in|from) $"
)


def _part_in_notes(msg, m, notes):
    """True when the reference names a numbered part of the work that the notes name too ("part 3 of your series"
    from notes on "Slow Queries, part 3"): the notes back the piece, whatever they call the whole. `notes` is the
    NotesIndex, whose lower-cased text is made once: notes may run to half a megabyte."""
    part = _PART_OF.search(msg.folded, max(0, m.start() - 30), m.start())
    return bool(part) and re.search(r"\b" + re.escape(part.group("part")) + r"\b", notes.low) is not None


def _names_a_title(m, notes):
    """True when the reference names a work by a title the notes record ('your talk "Slow Is Smooth"' from notes on
    watching "Slow Is Smooth"): the notes back that work, whatever they call its kind."""
    said = m.group().lower()
    return any(title.lower() in said for title in _titles(notes))


# A second piece named inside one backed reference: "your newsletter and your talk on flaky tests" (one match, kind
# "newsletter").
_MORE_OF_YOURS = re.compile(r"\b(?:and|or) your (?:[\w'’-]+ ){0,2}?(" + lx.WORK_KIND + r")s?\b")


def _more_of_yours(m):
    """The kinds of further pieces of theirs a backed reference names along with the first ("and your post"): where
    the notes know that kind too, "your post" spoken of again later is no new claim."""
    return {k.group(1).split()[0] for k in _MORE_OF_YOURS.finditer(m.group().lower())}


def _answers_the_writer(msg, m, kind):
    """Whether "your answer" replied to something the writer says they asked: shared history, which notes on the
    mentor's public work would not hold, not a guess about it. An answer still to come ("your answer will settle
    it") is the one this message asks for."""
    if kind not in _ANSWER_KINDS:
        return False
    asked = _WRITER_ASKED.search(msg.folded, 0, m.start()) is not None
    return asked or _TO_COME.match(msg.folded, m.end("kind")) is not None


def _kind(m):
    return m.group("kind").lower().split()[0]


def _check_references(msg, ctx, out):
    supported = set()  # kinds of work the notes back: "your post" again later is the same post, spoken of again
    for m in references(msg):
        kind = _kind(m)
        evidence = ("body", msg.body, m.start(), m.end())
        if len(_detail(m, kind)) < DETAIL_STEMS:
            if _praises(_CONDITIONAL_PRAISE.sub("", m.group("rest"))):
                out.add(
                    "generic_flattery",
                    f'"{m.group().strip()}" says their {kind} was good but not what in it helped you.',
                    f"Name the point in their {kind} that helped you and what you did with it.",
                    evidence,
                )
            continue
        # what a work the notes do not record led to is no homework the mentor can see
        if m in backed_references(msg, ctx):
            _add_applied(msg, out, _applications(msg)[m.start()])
        if not ctx["notes"]:
            out.add("specific_reference", "You name a specific piece of the mentor's work.", "Keep it.", evidence)
            continue
        notes = notes_index(ctx["notes"])
        if _supports(m, kind, notes) or _part_in_notes(msg, m, notes) or _names_a_title(m, ctx["notes"]):
            supported |= {kind} | {k for k in _more_of_yours(m) if notes.mentions_kind(k)}
            out.add(
                "specific_reference",
                f"You name a piece of the mentor's work your notes record (their {kind}).",
                "Keep it.",
                evidence,
            )
        elif kind not in supported and not _answers_the_writer(msg, m, kind):
            out.add(
                "unverified_reference",
                f"Your notes on {ctx['mentor_first'] or 'the mentor'} do not mention this {kind}.",
                f"Check the {kind} exists and the details are right before sending, or add it to your notes.",
                evidence,
            )
