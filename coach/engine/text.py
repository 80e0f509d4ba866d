"""Text measurements shared by every check: sentences with offsets, words, stems, readability.

Everything here is linear in the text length so a 20,000-word paste stays fast.
"""

import re
from functools import lru_cache, wraps

WORD = re.compile(r"\w+(?:['’-]\w+)*")
# A sentence runs from a non-space character to terminal punctuation or the end of its line,
# so a greeting line or a sign-off line is a sentence of its own. A stop with a letter or digit right after it
# ("Node.js", "v2.1", "example.com") is inside a word, and a few abbreviations ("e.g.", "Dr.") end no sentence.
SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*(?:[.!?](?=\w)[^.!?\n]*)*(?:[.!?]+[\"'”’)\]]*|(?=\n)|$)")
MAX_CACHED_SENTENCE = 1000  # characters: a longer "sentence" is a pasted wall's line, not a draft's sentence
ABBREVIATION_CHARS = 8  # the longest abbreviation with its stop and the space before it ("approx.")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|dr|mr|mrs|ms|prof|approx|incl|jr|sr)|(?-i:\b[A-Z]))\.$", re.I)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A link or an address is one word to the reader however many dots and slashes it holds; "P.S." is a marker.
_ONE_WORD = re.compile(r"\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NO_WORD = re.compile(r"\bP\.[ \t]?S\.", re.I)
_ONE_WORD_MARKS = ("http", "www.", "@")  # _ONE_WORD matches nothing in a text without one of these
# re.IGNORECASE matches these to ASCII letters, but str.lower() keeps them (or, for "İ", adds a combining dot).
_ASCII_LIKE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_NON_ALPHA = re.compile(r"[^a-z]")

STOPWORDS = frozenset(
    """
a about above after again all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers him his how i i'd i'm i've if in into is it it's its just me more most my no nor not now of off
on once only or other our ours out over own same she should so some such than that the their them then
there these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours you're i'll we're let's am may might must shall
""".split()
)


@lru_cache(maxsize=4096)
def syllables(word):
    """Estimate syllables in one word by vowel groups, as readability formulas need."""
    w = _NON_ALPHA.sub("", word.lower())
    if not w:
        return 1
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def fold(text):
    """Lower-case `text` for the lexicon's case-sensitive patterns, keeping every character's offset.

    A pattern matches fold(text) exactly where, compiled with re.IGNORECASE, it would match `text` (a test checks every
    character), at a third of the cost; quote the original text at the match's offsets, never the match.
    """
    return text.lower() if text.isascii() else text.translate(_ASCII_LIKE).lower()


def stem(word):
    """Reduce a word to a crude stem (singular, first five letters) so 'contribute' meets 'contributions'."""
    w = word.lower()
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:5]


# The live check sends the same context and mostly the same sentences on every keystroke, from up to a worker's
# 8 threads at once. 128 texts take well under 1 MB for real drafts (~40 MB if each were 20,000 random letters).
@lru_cache(maxsize=128)
def content_stems(text):
    """Return the (frozen) set of stems of the non-stopword words of `text`."""
    return frozenset(filter(None, map(_content_stem, WORD.findall(text.replace("-", " ")))))


@lru_cache(maxsize=8192)  # per word: the texts differ on every keystroke, their words mostly do not
def _content_stem(word):
    """The stem of `word`, or None for a stopword or a word of two letters or fewer."""
    return stem(word) if len(word) > 2 and word.lower() not in STOPWORDS else None


def per_sentence(analyse):
    """Memoise `analyse(text)` for texts of a sentence's size: the live check and each edit's re-check meet a
    draft's sentences again, while a pasted wall's long lines are analysed afresh and never kept."""
    cached = lru_cache(maxsize=1024)(analyse)

    @wraps(analyse)
    def memoised(text):
        return cached(text) if len(text) <= MAX_CACHED_SENTENCE else analyse(text)

    return memoised


def count_words(text, words=None):
    """The one word count the app shows (stats, length findings, editor, API): words as WORD finds them
    (hyphenated and apostrophe words are one), a link or an email address one word, "P.S." none.

    `words`, when the caller has found them already, is WORD.findall(text).
    """
    n = len(WORD.findall(text) if words is None else words)
    if any(mark in text for mark in _ONE_WORD_MARKS):  # its scan costs more than the rest of the count
        n -= sum(len(WORD.findall(m.group())) - 1 for m in _ONE_WORD.finditer(text))
    return n - sum(len(WORD.findall(m.group())) for m in _NO_WORD.finditer(text))


def reading_grade(words, sentence_count):
    """Flesch-Kincaid grade level of a list of words over `sentence_count` sentences.

    A faithful, fast stand-in for textstat.flesch_kincaid_grade: the same formula
    (0.39 * words/sentence + 11.8 * syllables/word - 15.59), with vowel-group
    syllables instead of textstat's CMU dictionary, whose load alone costs ~0.4 s.
    """
    if not words:
        return 0.0
    sylls = sum(map(syllables, words))
    grade = 0.39 * len(words) / max(1, sentence_count) + 11.8 * sylls / len(words) - 15.59
    return round(grade, 1)


class Span:
    """A stretch of one field: its text and where it starts and ends."""

    __slots__ = ("text", "start", "end")

    def __init__(self, text, start, end):
        self.text, self.start, self.end = text, start, end


def sentences(text, start=0, end=None):
    """Return the sentences of text[start:end] as Spans with offsets into `text`."""
    end = len(text) if end is None else end
    spans = []
    for m in SENTENCE.finditer(text, start, end):
        stop = m.start() + len(m.group().rstrip())
        if (
            spans
            and _ABBREVIATION.search(spans[-1].text[-ABBREVIATION_CHARS:])
            and text[spans[-1].end : m.start()].strip(" \t") == ""
        ):
            first = spans.pop().start  # "e.g. Rust" and "Dr. Lee" continue the sentence they are in
            spans.append(Span(text[first:stop], first, stop))
        elif spans and _wrapped_line(text, spans[-1], m.start()):
            first = spans.pop().start  # "I have been trying to\nwrite smaller PRs.": a line wrapped mid-sentence
            spans.append(Span(text[first:stop], first, stop))
        else:
            spans.append(Span(text[m.start() : stop], m.start(), stop))
    return spans


def _wrapped_line(text, previous, start):
    """True when a line goes on, in lower case, from a line that ended with no full stop: one sentence."""
    return (
        previous.text[-1:].isalnum()
        and text[previous.end : start].strip(" \t") == "\n"
        and text[start : start + 1].islower()
    )


def paragraphs(text):
    """Return the non-empty paragraphs of `text` as Spans."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        _add_stripped(spans, text, pos, m.start())
        pos = m.end()
    _add_stripped(spans, text, pos, len(text))
    return spans


def _add_stripped(spans, text, start, end):
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        spans.append(Span(stripped, offset, offset + len(stripped)))
