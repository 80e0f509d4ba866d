"""Text measurements shared by every check: sentences with offsets, words, stems, readability.

Everything here is linear in the text length so a 20,000-word paste stays fast.
"""

import re
import re._constants as sre
import re._parser
from functools import lru_cache, wraps
from pathlib import Path

from . import diskcache

WORD = re.compile(r"\w+(?:['’-]\w+)*")
# Code as Markdown marks it: a fenced block, or a span in single or double backticks. It is never prose.
CODE_SPAN = r"```.*?(?:```|\Z)|``[^\n]*?``|`[^`\n]*`"
# A sentence runs from a non-space character to terminal punctuation or the end of its line,
# so a greeting line or a sign-off line is a sentence of its own. A stop with a letter or digit right after it
# ("Node.js", "v2.1", "example.com") is inside a word, and a few abbreviations ("e.g.", "Dr.") end no sentence.
SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*(?:[.!?](?=\w)[^.!?\n]*)*(?:[.!?]+[\"'”’)\]]*|(?=\n)|$)")
MAX_CACHED_SENTENCE = 1000  # characters: a longer "sentence" is a pasted wall's line, not a draft's sentence
ABBREVIATION_CHARS = 8  # the longest abbreviation with its stop and the space before it ("approx.")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|dr|mr|mrs|ms|prof|approx|incl|jr|sr)|(?-i:\b[A-Z]))\.$", re.I)


def ends_on_abbreviation(text):
    """True when `text` ends on an abbreviation's stop ("e.g.", "Dr."), which ends no sentence."""
    return _ABBREVIATION.search(text[-ABBREVIATION_CHARS:]) is not None


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A link or an address is one word to the reader however many dots and slashes it holds; "P.S." is a marker.
_ONE_WORD = re.compile(r"\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NO_WORD = re.compile(r"\bP\.[ \t]?S\.", re.I)
_ONE_WORD_MARKS = ("http", "www.", "@")  # _ONE_WORD matches nothing in a text without one of these
# re.IGNORECASE matches these to ASCII letters, but str.lower() keeps them (or, for "İ", adds a combining dot).
_ASCII_LIKE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_NON_ALPHA = re.compile(r"[^a-z]")

# The marks that end a phrase or stand beside one, as tokens: no word runs across them.
MARKS = frozenset('.,;:!?()"“”')
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


# A digit anywhere in a text: where a figure may stand.
DIGIT = re.compile(r"\d")


def fold(text):
    """Lower-case `text` for the lexicon's case-sensitive patterns, keeping every character's offset.

    A pattern matches fold(text) exactly where, compiled with re.IGNORECASE, it would match `text` (a test checks every
    character), at a third of the cost; quote the original text at the match's offsets, never the match.
    """
    return text.lower() if text.isascii() else text.translate(_ASCII_LIKE).lower()


_INFLECTIONS = ("ing", "ed", "es", "e", "s")  # longest first; "ss" stays ("class")
_STEM_ROOT = 3  # what an ending may leave at the least: "used" stays whole, "asked" becomes "ask"


def stem(word):
    """Reduce a word to a crude stem (its inflection off, first five letters) so 'contribute' meets 'contributions'
    and 'asked' meets 'asking'."""
    w = word.lower()
    for ending in _INFLECTIONS:
        if w.endswith(ending) and len(w) - len(ending) >= _STEM_ROOT and not w.endswith("ss"):
            return w[: -len(ending)][:5]
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


@per_sentence
def token_count(text):
    """len(WORD.findall(text)), kept for a sentence or a paragraph: each edit's re-check counts its unchanged ones
    again."""
    return len(WORD.findall(text))


def count_words(text, words=None):
    """The one word count the app shows (stats, length findings, editor, API): words as WORD finds them
    (hyphenated and apostrophe words are one), a link or an email address one word, "P.S." none.

    `words`, when the caller has found them already, is WORD.findall(text).
    """
    n = len(WORD.findall(text) if words is None else words)
    if any(mark in text for mark in _ONE_WORD_MARKS):  # its scan costs more than the rest of the count
        n -= sum(len(WORD.findall(m.group())) - 1 for m in _ONE_WORD.finditer(text))
    if "p." not in text and "P." not in text:  # every marker holds one (re.I folds nothing else to "p")
        return n
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
        if spans and ends_on_abbreviation(spans[-1].text) and text[spans[-1].end : m.start()].strip(" \t") == "":
            first = spans.pop().start  # "e.g. Rust" and "Dr. Lee" continue the sentence they are in
            spans.append(Span(text[first:stop], first, stop))
        elif spans and (
            _wrapped_line(text, spans[-1], m.start())
            or _quote_goes_on(text, spans[-1], m.start())
            or _clock_goes_on(text, spans[-1], m.start())
        ):
            # "I have been trying to\nwrite smaller PRs.": a line wrapped mid-sentence; 'asked "why?" and left'
            first = spans.pop().start
            spans.append(Span(text[first:stop], first, stop))
        else:
            spans.append(Span(text[m.start() : stop], m.start(), stop))
    return spans


def _quote_goes_on(text, previous, start):
    """True when a quoted question or exclamation ends mid-sentence: 'she asked "why Rust?" and we laughed'."""
    return previous.text.endswith(('?"', "?”", '!"', "!”")) and _goes_on_in_lower_case(text, previous, start)


# The stop of a time of day, with any closing quote: "3 a.m." ends a sentence only where a capital follows.
_CLOCK_STOP = re.compile(r"\b[ap]\.m\.[\"'”’)]*$", re.I)


def _clock_goes_on(text, previous, start):
    """True when a time of day ends a span and the text goes on in lower case: 'the post "Paged at 4 a.m." shows
    how' is one sentence."""
    return _CLOCK_STOP.search(previous.text) is not None and _goes_on_in_lower_case(text, previous, start)


def _goes_on_in_lower_case(text, previous, start):
    """True when the next span starts on the same line, right after `previous`, with a lower-case letter."""
    return text[previous.end : start].strip(" \t") == "" and text[start : start + 1].islower()


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


# --- phrase patterns tried only where they can start -------------------------------------------------------------
# A regex search of a letter for a phrase list tries the pattern at every character, and most letters hold none of the
# phrases. A pattern whose every match opens on one of a known set of words ("\b(?:would|could) you" opens on "would"
# or "could") need only be tried where those words start: the same matches, found by a few set lookups.
_RUN_SPLIT = re.compile(r"(\w+)")
_WORD_CHAR = re.compile(r"\w")
_LEADING_RUN = re.compile(r"\w*")
_MAX_WORDS = 400  # a pattern that could open on more words than this is searched as usual
_MAX_STEPS = 2000  # steps of the reading of a pattern below, so it costs a few milliseconds at most, once
_MAX_WORD_LENGTH = 40
# Most places a phrase list is tried at hold one of its commonest opening words ("i", "the", "you"), and there the
# text seldom goes on as a phrase does ("i need", "i'd"): the first few characters after the word, looked up at once,
# pass over such a place without trying the pattern (_beginnings_by_word).
_PAST_THE_WORD = 4  # characters read past the opening word: "i nee", "my com"
_MAX_BEGINNING_STEPS = 20000  # steps of reading one pattern's beginnings, once: a pattern past them is tried as before
# An opening word ending so stands for every run that begins with its letters ("freelanc*": "freelancer",
# "freelancing"), where the pattern reads on with a class of word characters; fewer letters would begin too many runs.
ANY_ENDING = "*"
# A pattern that opens on a number writes it "[0-9]": its matches open on runs that start with one of these digits.
_ASCII_DIGITS = [(sre.RANGE, (ord("0"), ord("9")))]
_NUMBER_OPENINGS = frozenset(digit + ANY_ENDING for digit in "0123456789")
_MIN_PREFIX = 3
_NON_WORD_CLASSES = frozenset({sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE, sre.CATEGORY_LINEBREAK})
_STARTS = frozenset({sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_LINE, sre.AT_BEGINNING_STRING})
_ENDS = frozenset({sre.AT_BOUNDARY, sre.AT_END, sre.AT_END_LINE, sre.AT_END_STRING})
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_OTHER_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE  # under these, case or \w differ from what run_starts finds
_ANY_CASE_OTHER_FLAGS = _OTHER_FLAGS & ~re.IGNORECASE  # read in any case, only \w may differ
# {(source, flags, any_case): (words, {first letter: prefixes}, {word: beginnings}) or None}: a compiled pattern would
# hash its program on every lookup. Read once per process from the table kept between processes (diskcache, keyed on
# this module's source), as reading the patterns' parts costs some 40 ms in each fresh process; None until needed.
_OPENING_WORDS = None
_MAX_STORED_OPENINGS = 2000  # the engine's patterns are a few hundred: more would mean patterns made from input
# The same by the compiled pattern's id, one table for each any_case (an int key is the cheapest lookup, made some
# hundred thousand times per thousand critiques): each entry holds its pattern, so no other object can take the id.
_OPENINGS_BY_ID = ({}, {})


class _Unknown(Exception):
    """The words a match opens on cannot be told from the pattern's parts."""


def run_starts(text):
    """{run of word characters: [where it starts in `text`]}, for `matches` to try a pattern at its opening words."""
    starts = {}
    parts = _RUN_SPLIT.split(text)  # gaps and runs by turns, gaps at both ends: no match object to make for each run
    pos = len(parts[0])
    for run, gap in zip(parts[1::2], parts[2::2]):
        where = starts.get(run)
        if where is None:
            starts[run] = [pos]
        else:
            where.append(pos)
        pos += len(run) + len(gap)
    return starts


def matches(pattern, text, starts, pos=0, any_case=False):
    """pattern.finditer(text, pos), given run_starts(text): where the pattern's matches can only open on a few words,
    it is tried only where they stand (so a letter is not scanned character by character for a phrase it lacks).

    With `any_case`, `text` is as typed and `starts` is run_starts(fold(text)): the pattern may ignore case (the
    grammar tables' rows do), and is tried wherever an opening word stands in any case."""
    candidates = _candidates(pattern, starts, any_case, text)
    if candidates is None:
        return pattern.finditer(text, pos)
    # no generator to start and run down where no opening word stands, as in most texts for most patterns
    return _matches_at(pattern, text, candidates, pos) if candidates else iter(())


def _matches_at(pattern, text, candidates, pos):
    """The matches `matches` finds, given where they can open (in order)."""
    for start in candidates:
        if start >= pos:
            m = pattern.match(text, start)  # what a search that reached `start` would find
            if m:
                yield m
                pos = m.end()  # never empty: it holds its opening word


def first_match(pattern, text, starts):
    """pattern.search(text), given run_starts(text): the first of `matches`, without a generator to start (the
    checks ask a message for some thirty phrases each)."""
    candidates = _candidates(pattern, starts, False, text)
    if candidates is None:
        return pattern.search(text)
    for start in candidates:
        m = pattern.match(text, start)
        if m:
            return m
    return None


def finds_any(text, *patterns):
    """Whether any of `patterns` matches in `text` (a sentence, folded for the lexicon's patterns), each tried only at
    its opening words (first_match): a search would try a long phrase list at every word of the text."""
    starts = run_starts(text)
    return any(first_match(pattern, text, starts) for pattern in patterns)


def _candidates(pattern, starts, any_case, text):
    """Where the pattern's matches can open in `text` (whose runs `starts` holds, as for `matches`), in order; None
    when it cannot tell. A place of an opening word where `text` does not go on as the pattern's matches begin there
    is left out (_beginnings_by_word)."""
    known = _OPENINGS_BY_ID[any_case].get(id(pattern))
    if known is None:
        known = _OPENINGS_BY_ID[any_case][id(pattern)] = (pattern, _opening_words_of(pattern, any_case))
    if known[1] is None:
        return None
    words, prefixes, beginnings = known[1]
    # the smaller side is the one walked: most patterns open on a few words, a letter holds a few hundred
    present = starts.keys() & words if len(words) < len(starts) else words.intersection(starts)
    if prefixes:  # a run's first letter passes over most runs before the prefixes it could begin with are tried
        present = present.union([run for run in starts if run[0] in prefixes and run.startswith(prefixes[run[0]])])
    candidates = []
    for word in present:  # a loop, not a call and a comprehension a word: most words stand in a few places
        begun = beginnings.get(word)
        if begun is None:
            candidates += starts[word]
            continue
        length, texts = begun
        for start in starts[word]:
            if text[start : start + length] in texts:
                candidates.append(start)
    if len(present) > 1:
        candidates.sort()  # one word's places are in order already
    return candidates


def _opening_words_of(pattern, any_case):
    """_words_and_prefixes of the pattern's opening words, from the table kept between processes when it has them."""
    global _OPENING_WORDS
    if _OPENING_WORDS is None:
        _OPENING_WORDS = diskcache.load("openings", Path(__file__).read_bytes()) or {}
    key = (pattern.pattern, pattern.flags, any_case)
    if key not in _OPENING_WORDS:
        opening = _words_and_prefixes(opening_words(pattern, any_case))
        if opening is not None:
            opening += (_beginnings_by_word(pattern, opening[0], any_case),)
        _OPENING_WORDS[key] = opening
        if len(_OPENING_WORDS) <= _MAX_STORED_OPENINGS:
            diskcache.store("openings", _OPENING_WORDS, Path(__file__).read_bytes())
    return _OPENING_WORDS[key]


def _words_and_prefixes(opening):
    """(whole words, {first letter: prefixes}) of opening_words' answer, or None (the pattern's beginnings by word
    are added to the table's entry by _opening_words_of)."""
    if opening is None:
        return None
    prefixes = {}
    for w in sorted(opening):  # sorted: the same table in every process
        if w.endswith(ANY_ENDING):
            prefixes[w[0]] = prefixes.get(w[0], ()) + (w[: -len(ANY_ENDING)],)
    return frozenset(w for w in opening if not w.endswith(ANY_ENDING)), prefixes


def _beginnings_by_word(pattern, words, any_case):
    """{opening word: (length, texts)} for the words whose matches read on past the word in fixed characters: every
    match that opens on the word begins with one of `texts`, each `length` characters long ("i nee", "i'd a").

    The texts are as the pattern writes them, to be looked up in the text it is tried on: with `any_case`, the text
    as typed ("The" opens only on a capital), so a pattern that ignores case throughout has none."""
    if any_case and pattern.flags & re.IGNORECASE:
        return {}
    try:
        ops = _flat(re._parser.parse(pattern.pattern, pattern.flags).data, _OTHER_FLAGS)
        found = _beginnings(ops, "", [_MAX_BEGINNING_STEPS])
    except (_Unknown, RecursionError):
        return {}
    runs = {b: fold(b) if any_case else b for b in found}  # how each reads among run_starts' runs
    by_word = {}
    for word in words:
        if any(word.startswith(b) for b in found):  # one ends inside the word as written: any place of it may match
            continue
        own = [b for b, run in runs.items() if _opens_on(run, word)]
        length = min(map(len, own), default=len(word) + 1)  # each cut to the shortest, for one look-up a place
        by_word[word] = (length, frozenset(b[:length] for b in own))
    return by_word


def _opens_on(run, word):
    """Whether a match that begins with `run` can open on the run of word characters `word`: `run` ends inside it
    or with it ("The" on "the", in any case), or goes on past it with a mark ("i need", "i've"), not more letters."""
    if len(run) <= len(word):
        return word.startswith(run)
    return run.startswith(word) and not _WORD_CHAR.match(run[len(word)])


def _beginnings(ops, read, budget):
    """The fixed texts a match of `ops` begins with, `read` being read already: along each alternative, the
    characters it takes one at a time, up to _PAST_THE_WORD past its first word (a class of characters, a group
    that sets flags, a back-reference... ends one sooner). Every match begins with one of them."""
    _spend(budget)
    for i, (op, av) in enumerate(ops):
        rest = ops[i + 1 :]
        if len(read) >= _LEADING_RUN.match(read).end() + _PAST_THE_WORD:
            break
        if op is sre.LITERAL:
            read += chr(av)
        elif op is sre.IN and len(av) <= 10 and all(o is sre.LITERAL for o, _ in av):
            return set().union(*(_beginnings(rest, read + chr(c), budget) for _, c in av))
        elif op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # takes no character
        elif op is sre.SUBPATTERN and not av[1] & _OTHER_FLAGS or op is sre.ATOMIC_GROUP:
            return _beginnings(_flat([(op, av)], _OTHER_FLAGS) + rest, read, budget)
        elif op is sre.BRANCH:
            return set().union(*(_beginnings(_flat(alt.data, _OTHER_FLAGS) + rest, read, budget) for alt in av[1]))
        elif op in _REPEATS:
            low, high, item = av
            if high == 0:
                continue
            again = _after_one(op, low, high, item)
            once = _beginnings(_flat(item.data, _OTHER_FLAGS) + again + rest, read, budget)
            return once if low else once | _beginnings(rest, read, budget)
        else:
            break
    return {read}


def opening_words(pattern, any_case=False):
    """The words every match of `pattern` opens on, each the whole run of word characters the match starts on, or
    its first letters and ANY_ENDING where the pattern goes on with a class of word characters ("freelanc\\w*");
    None when the pattern's parts do not tell (a match may start inside a word, on a class of characters...).

    With `any_case`, the words in lower case with the pattern's case flags set aside: every run a match can open
    on folds (text.fold) to one of them, whether or not the pattern ignores case there."""
    blocking = _ANY_CASE_OTHER_FLAGS if any_case else _OTHER_FLAGS
    if pattern.flags & blocking:
        return None
    try:
        ops = _flat(re._parser.parse(pattern.pattern, pattern.flags).data, blocking)
        words = _openings(ops, "", False, [_MAX_STEPS], blocking)
    except (_Unknown, RecursionError):
        return None
    return frozenset(w.lower() for w in words) if any_case else frozenset(words)


def _spend(budget):
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unknown


def _flat(ops, blocking):
    """`ops` as a tuple with its plain groups' contents inlined (a group only gathers what it holds); a group that
    sets one of the `blocking` flags stays a group."""
    flat = []
    for op, av in ops:
        if op is sre.SUBPATTERN and not av[1] & blocking:
            flat += _flat(av[3].data, blocking)
        elif op is sre.ATOMIC_GROUP:
            flat += _flat(av.data, blocking)
        else:
            flat.append((op, av))
    return tuple(flat)


def _non_word(op, av):
    """Whether the op takes exactly one character that is never a word character."""
    return (
        op is sre.LITERAL
        and not _WORD_CHAR.match(chr(av))
        or op is sre.CATEGORY
        and av in _NON_WORD_CLASSES
        or op is sre.IN
        and all(
            o is sre.LITERAL and not _WORD_CHAR.match(chr(c)) or o is sre.CATEGORY and c in _NON_WORD_CLASSES
            for o, c in av
        )
    )


def _openings(ops, word, started, budget, blocking):
    """The words a match of `ops` opens on (the whole run it starts on), `word` being taken already, after a word
    start when `started`; raises _Unknown where a match could take a word character the sequence does not spell."""
    _spend(budget)
    for i, (op, av) in enumerate(ops):
        rest = ops[i + 1 :]
        if op is sre.LITERAL or op is sre.IN and len(av) <= 10 and all(o is sre.LITERAL for o, _ in av):
            return _union(
                _taking(chr(c), rest, word, started, budget, blocking)
                for c in ([av] if op is sre.LITERAL else [c for _, c in av])
            )
        if _non_word(op, av):
            return _ended(word)
        if not word and started and op is sre.IN and av == _ASCII_DIGITS:
            return _NUMBER_OPENINGS  # "[0-9]" at a word start: a run that opens on a digit, rare in prose
        if op is sre.AT:
            if word and av in _ENDS:
                return {word}  # "\b" after a word character, or the end of the text: the run ends here
            started = started or not word and av in _STARTS
        elif op is sre.ASSERT and av[0] < 0 and not word and _ends_on_non_word(av[1], blocking):
            started = True  # "(?<=\s)": a word character after it starts a run
        elif op is sre.ASSERT and av[0] > 0 and word and _opens_on_non_word(av[1], blocking):
            return {word}  # "(?=\s+to)" after a word character: the run ends here
        elif op is sre.SUBPATTERN and not av[1] & blocking or op is sre.ATOMIC_GROUP:
            return _openings(_flat([(op, av)], blocking) + rest, word, started, budget, blocking)
        elif op is sre.BRANCH:
            return _union(_openings(_flat(alt.data, blocking) + rest, word, started, budget, blocking) for alt in av[1])
        elif op in _REPEATS:
            low, high, item = av
            if high == 0:
                continue
            again = _after_one(op, low, high, item)
            once = _openings(_flat(item.data, blocking) + again + rest, word, started, budget, blocking)
            return once if low else _union((once, _openings(rest, word, started, budget, blocking)))
        elif op is not sre.ASSERT and op is not sre.ASSERT_NOT:
            return _prefix(word)  # any character, a class of word characters, a back-reference...
    return _prefix(word)  # the match may end inside a longer word


def _prefix(word):
    """The run a match opens on begins with `word` (taken after a word start), and may go on: a prefix, if it is
    long enough to tell a few runs from the rest."""
    if len(word) < _MIN_PREFIX:
        raise _Unknown
    return {word + ANY_ENDING}


def _after_one(op, low, high, item):
    """The part a repeat leaves to read after it has taken its item once (none when once is all it takes)."""
    return ((op, (max(low - 1, 0), high if high is sre.MAXREPEAT else high - 1, item)),) if high != 1 else ()


def _ends_on_non_word(behind, blocking):
    """Whether a lookbehind's last step takes one character that is never a word character ("(?<=[.!?] )")."""
    ops = _flat(behind.data, blocking)
    return bool(ops) and _non_word(*ops[-1])


def _opens_on_non_word(ahead, blocking):
    """Whether a lookahead's first step takes a character that is never a word character ("(?= to)", "(?=,)")."""
    ops = _flat(ahead.data, blocking)
    if ops and ops[0][0] in _REPEATS and ops[0][1][0] >= 1:
        ops = _flat(ops[0][1][2].data, blocking)  # "\s+": its first repetition
    return bool(ops) and _non_word(*ops[0])


def _taking(char, rest, word, started, budget, blocking):
    if not _WORD_CHAR.match(char):
        return _ended(word)
    if not (word or started) or len(word) >= _MAX_WORD_LENGTH:
        raise _Unknown  # a match that may start inside a word, or a repeat with no end
    return _openings(rest, word + char, started, budget, blocking)


def _ended(word):
    """A non-word character taken: the run ends, or the match opened on no word at all."""
    if not word:
        raise _Unknown
    return {word}


def _union(sets):
    words = set()
    for s in sets:
        words |= s
        if len(words) > _MAX_WORDS:
            raise _Unknown
    return words
