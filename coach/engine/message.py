"""One message taken apart once: greeting, sign-off, content sentences, asks, words and paragraphs."""

import re
from functools import cached_property

from .context import MINUTES, TITLE
from .lexicon import REQUEST
from .text import (
    WORD,
    Span,
    count_words,
    first_match,
    fold,
    matches,
    paragraphs,
    per_sentence,
    reading_grade,
    run_starts,
    sentences,
)

GREETING = re.compile(
    r"\A\s*(?P<word>hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|respected|esteemed|"
    r"namaste|yo|sup|"
    # the greeting of the writer's and reader's own language, as colleagues in one country write ("Olá Ana,")
    r"oi|ol[aá]|hola|hallo|hoi|hej|hei|ciao|salut|bonjour|buongiorno|bom dia|boa tarde|buenos d[ií]as|buenas|"
    r"guten (?:tag|morgen)|moin|habari|jambo|salaam|sawubona|kia ora|merhaba|ahoj|cze[sś][cć]|szia|shalom)\b"
    # an honorific may come between the greeting and the name ("Dear Respected Ms Wafula", "Dear Esteemed Dr Okoro")
    r"(?:[ \t]+(?:(?:respected|esteemed|honou?rable|dear)[ \t]+)?"
    # (initials keep their stops, "J. R. Okafor"; a stop after the name ends it: "Hello Ana. Your talk ...")
    r"(?P<name>(?:(?:dr|mr|mrs|ms|miss|mx|prof|professor)\.?[ \t]+)?(?:[A-Z]\.[ \t]?){0,3}[^\W\d_][\w'’-]*"
    r"(?:[ \t]+[A-Z][\w'’-]*)?))?"
    r"[ \t]*[,!:.\-–—]?",
    re.I,
)
CLOSING = re.compile(
    r"^[ \t]*(?:thanks|thank you|many thanks|thanks again|best|best regards|kind regards|warm regards|regards|"
    r"warmly|sincerely|yours|cheers|all the best|respectfully|take care|gratefully|"
    r"with (?:many |great |warm |sincere |much |deep |my )?(?:thanks|gratitude|appreciation)|"
    r"with (?:best |kind |warm )?regards|best wishes|warm wishes|thanks and regards|"
    # the thanks or regards of the writer's own language, as many who write in a second language sign
    # (with a word before it: "Un saludo", "Muchas gracias", "Liebe Grüße")
    r"(?:(?:um|uma|un|una|muitos|muitas|muito|muchos|muchas|mil|mille|vielen|viele|liebe|beste|herzliche|"
    r"cordiales|grandes?|bien) )?"
    r"(?:terima kasih|salamat|gracias|saludos?|obrigad[oa]|abra[cç]os?|abrazos?|beijos?|merci|cordialement|danke|"
    r"dank|gr[uü](?:ß|ss)e|grazie|saluti|asante|shukran|arigat[oō]u?|dhanyavaa?d|c[aả]m [oơ]n|dank je(?:wel)?|"
    r"tack|takk|dziękuję|atenciosamente))"
    r"\b[^\n]{0,40}$",
    re.I | re.M,
)
# A postscript after the sign-off is read (often first), so its sentences count; the marker itself is not one.
_POSTSCRIPT = re.compile(r"^[ \t]*p\.?[ \t]?s\.?(?:[ \t]*[:\-–—])?[ \t]*(?=\S)", re.I | re.M)
# A postscript's marker at a sentence's start inside the content ("P.S. I added..."), not "Psst" or "PSA".
_SENTENCE_MARKER = re.compile(r"p\.?[ \t]?s\b\.?(?:[ \t]*[:\-–—])?[ \t]*(?=\S)", re.I)
_NAME_LINE = re.compile(r"^\s*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}\s*$")
# A note written as one paragraph (a LinkedIn note, a chat message) is signed by the name after its last sentence:
# "... I hope to learn from your next one. Kofi"
_NAME_AFTER_LAST_SENTENCE = re.compile(r"(?<=[.!?)] )[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?=\s*$)")
_GREETING_FILLERS = {"there", "all", "everyone", "team", "folks", "sir", "madam", "friend", "i", "i'm", "again", "im"}

# Minutes a message reports are no time bound: "deploys dropped from 35 minutes to 7", "the export runs for 25
# minutes", "the bus came 12 minutes late", "idle 58 minutes in 60", "a 25-minute talk" (what the writer would
# give, not what the reader spends), "900 an hour". Read in the folded text, just before or after the minutes.
_MEASURED_BEFORE = re.compile(
    r"(?:\b(?:from|every|per|after|took|takes|taking|ran|runs|running|lasted|lasts|spent)|(?<!\bit )\b(?:within|under))"
    r"(?: for| about| around| roughly| nearly| almost| just| only| over)?\s+$"
    r"|(?:\d|\btimes)\s*$"
)
_MEASURED_AFTER = re.compile(
    r"\s*(?:(?:to|and|out of) \d|in (?:every )?\d+\b(?!\s*(?:days?|weeks?|months?))"
    r"|(?:late|early|ago|long|faster|slower|instead)\b|[\s-]*(?:talk|presentation|lecture|keynote|workshop)s?\b)"
)
# Minutes the writer proposes outside a request sentence: attached to a meeting, a reply, a read or the reader's time
# ("a 15-minute call", "20 minutes of your time", "a five-minute read"), or after a wish, a demand, a condition or an
# invitation ("I'd want only 10 minutes", "give me 25 minutes", "if you have 15 minutes", "happy to keep it to 10
# minutes", "I'll send an invite for 25 minutes").
_PROPOSED_AFTER = re.compile(
    r"[\s-]*(?:of (?:your |ur )?(?:time|advice|feedback|help)\b|(?:to )?read\b"
    r"|(?:[a-z]+[\s-]+)?(?:call|chat|conversation|coffee|meeting|session|interview|demo|walkthrough|catch[\s-]?up)s?\b)"
)
# Every MINUTES match holds one of these ("15 minutes", "half an hour", "a quick 10"), in any case: it ignores case,
# and the folded body holds each letter it matches so.
_MINUTES_MARKS = ("min", "hour", "quick")
_WISHED = re.compile(
    r"(?:['’]d|\bwould|\bi)(?: really| still| just| also)? (?:like|love|value|need|want|appreciate)\b"
    r"|\bgive me\b|\bif you (?:ever |still )?(?:have|had|could spare)\b|\bkeep (?:it|this|things) to\b"
    r"|\b(?:talk|speak|chat|meet)(?: to| with)?(?: me| us)? for\b|\binvit(?:e|ation)\b"
)


@per_sentence
def _makes_request(folded_sentence):
    """Whether one (folded) sentence makes a request."""
    return REQUEST.search(folded_sentence) is not None


_SUBJECT_PARTS = frozenset(("subject", "subject_words"))  # what a Message reads of its subject


def built(subject, body, known):
    """Message(subject, body), given `known`, {body: Message} of one critique: a body met before lends its parts, and
    the new Message is kept there for the next."""
    msg = Message(subject, body, like=known.get(body))
    known.setdefault(body, msg)
    return msg


# A list mark right before a sentence.
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d+[.)]|[-*•])[ \t]*$")
# A note for someone else, written out to forward: a quotation that opens on a greeting.
_DRAFTED_NOTE = re.compile(r"[\"“](?:hi|hello|hey|dear)\b[^\"”]{10,1500}[\"”]", re.I)


class Message:
    """A subject and body with the parts every check needs, measured once."""

    def __init__(self, subject, body, like=None):
        """`like`, a Message with the same body (an edited copy's whose subject alone changed), lends its body's
        parts, which read nothing of the subject."""
        self.subject, self.body = subject, body
        self.subject_words = WORD.findall(subject)
        if like is not None:
            self.__dict__.update((name, value) for name, value in like.__dict__.items() if name not in _SUBJECT_PARTS)
            return
        self.folded = fold(body)  # what the lexicon's patterns search, at the body's offsets
        self.greeting = GREETING.match(body)
        self.greeting_name = self._greeting_name()
        self.closing, self.signature = self._sign_off()
        content_start = self.greeting.end() if self.greeting else 0
        content_end = (
            self.closing.start() if self.closing else (self.signature.start() if self.signature else len(body))
        )
        content_end = max(content_start, content_end)
        postscript = _POSTSCRIPT.search(body, content_end)
        ps_start = postscript.end() if postscript else len(body)
        self.sentences = [
            _without_marker(s) for s in sentences(body, content_start, content_end) + sentences(body, ps_start)
        ]
        self.words = WORD.findall(body)
        content, postscript_text = body[content_start:content_end], body[ps_start:]
        content_words, postscript_words = WORD.findall(content), WORD.findall(postscript_text)
        self.content_words = content_words + postscript_words
        # What the mentor reads between greeting and sign-off, and any postscript: the app's one word count.
        self.word_count = count_words(content, content_words) + count_words(postscript_text, postscript_words)
        self.paragraphs = paragraphs(body)
        self.grade = reading_grade(self.content_words, len(self.sentences))
        # The content sentences that make a request or ask a question, and the first time bound.
        self.asks = [s for s in self.sentences if s.text.endswith("?") or _makes_request(self.folded_text(s))]
        self.time_bound = self._time_bound()
        self.references = None  # mentions of the mentor's work, found once on first use (grounding.references)
        self.backed_references = None  # those of a kind the notes record (grounding.backed_references)
        self.applications = None  # what each detailed mention led the writer to do (grounding._applications)

    @cached_property
    def run_starts(self):
        """Where each run of word characters starts in the folded body: where a phrase pattern can match."""
        return run_starts(self.folded)

    @cached_property
    def drafted_notes(self):
        """(start, end) of each note drafted for a third person, in quotation marks and opening on its own greeting
        ('"Hi Lee, Bo studies ..."'): its "your" and its restatements speak to that person, not to the reader."""
        return [m.span() for m in _DRAFTED_NOTE.finditer(self.body)]

    def opens_list_item(self, span):
        """True when a list mark ("1.", "-", "•") stands right before the sentence `span`: it opens an item."""
        return _LIST_ITEM_BEFORE.search(self.body, max(0, span.start - 8), span.start) is not None

    def in_drafted_note(self, pos):
        """True when offset `pos` of the body lies inside a note drafted for a third person."""
        return any(start <= pos < end for start, end in self.drafted_notes)

    def search(self, pattern):
        """pattern.search(self.folded), trying the pattern only where its opening words stand (text.matches)."""
        return first_match(pattern, self.folded, self.run_starts)

    def finditer(self, pattern, pos=0):
        """pattern.finditer(self.folded, pos), trying the pattern only where its opening words stand."""
        return matches(pattern, self.folded, self.run_starts, pos)

    def finditer_typed(self, pattern):
        """pattern.finditer(self.body) for a pattern that reads the body as typed, in whatever case its own flags
        allow: tried only where its opening words stand, in any case (text.matches)."""
        return matches(pattern, self.body, self.run_starts, any_case=True)

    def folded_text(self, span):
        """The folded text of one span of the body, for the lexicon's patterns."""
        return self.folded[span.start : span.end]

    def sentence_at(self, pos):
        """The sentence of the body holding offset `pos`, or None (a greeting, a sign-off, a blank line)."""
        return next((s for s in self.sentences if s.start <= pos < s.end), None)

    def quote(self, match):
        """The body's own words where a pattern matched its folded text."""
        return self.body[match.start() : match.end()]

    def _time_bound(self):
        """The first minutes that bound what the writer asks of the reader (a MINUTES match on the body), or None.

        Minutes qualify in a request sentence, or where the writer proposes them (_PROPOSED_AFTER, _WISHED), unless
        the words around them measure something: the first minutes in the body are often a result the writer
        reports, and praising or quoting those as the ask's cost would be wrong.
        """
        if not any(mark in self.folded for mark in _MINUTES_MARKS):
            return None  # most bodies name no minutes: no scan of them for a number of minutes
        for m in MINUTES.finditer(self.body):
            sentence = self.sentence_at(m.start())
            if sentence is None:  # a greeting or signature proposes nothing
                continue
            head, tail = self.folded[sentence.start : m.start()], self.folded[m.end() : sentence.end]
            if _MEASURED_BEFORE.search(head) or _MEASURED_AFTER.match(tail):
                continue
            clause = re.split(r";|:\s", head)[-1]  # a wish counts in its own clause, not across "; " or ": "
            if any(s is sentence for s in self.asks) or _PROPOSED_AFTER.match(tail) or _WISHED.search(clause):
                return m
        return None

    def _greeting_name(self):
        if not self.greeting or not self.greeting.group("name"):
            return ""
        name = TITLE.sub("", self.greeting.group("name"))
        words = name.split()
        return "" if not words or words[0].lower() in _GREETING_FILLERS else name.strip(" .")

    def _sign_off(self):
        """Find the closing line (e.g. 'Thanks,') in the last lines and any name line after it."""
        tail_start = max(0, len(self.body) - 160)
        closing = None
        for m in CLOSING.finditer(self.body, tail_start):
            if self.greeting is None or m.start() >= self.greeting.end():
                closing = m
        rest = self.body[closing.end() :] if closing else self.body[tail_start:]
        lines = [ln for ln in rest.split("\n") if ln.strip()]
        if not lines or not _NAME_LINE.match(lines[-1]) or (not closing and len(lines) == 1 and rest.count("\n") == 0):
            return closing, None if closing else _NAME_AFTER_LAST_SENTENCE.search(self.body, tail_start)
        last = lines[-1].strip()
        offset = self.body.rindex(last)
        if closing is None and offset == 0:
            return None, None
        return closing, re.compile(re.escape(last)).search(self.body, offset)


def _without_marker(span):
    """A sentence without the postscript marker it opens with, which is no word of it ("P.S. I added a note")."""
    m = _SENTENCE_MARKER.match(span.text)
    return Span(span.text[m.end() :], span.start + m.end(), span.end) if m and m.end() < len(span.text) else span
