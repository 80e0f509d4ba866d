""" "A" or "an", chosen by the sound of the word that follows ("an question" and "a API" are slips), and an
article missing where a noun phrase wants one ("I am developer at", "booked 30-minute call").

English takes "an" before a vowel sound, which the spelling shows for most words and every acronym read letter by
letter ("an API", "a CV", "an SDK"). The check speaks only where the spelling settles the sound:
- an ordinary word the dictionary lists, in lower case: "a idea", "an book"; never a word in "u" ("a user", "an
  update"), "eu" or "one" ("a European", "a one-off"), or "h" unless it is one of the few whose "h" is silent
  ("an hour", "a hotel", "an historic" are all written);
- an acronym in capitals whose first letter's name settles it: A, E, I and O always open on a vowel ("an API",
  "an IDE"), B, C, D, G, J, K, P, Q, T, V, W, Y, Z and U never ("a CV", "a PR", "a UI"); F, H, L, M, N, R, S and X
  begin with a vowel when spelled out but some acronyms are said as words ("a SQL", "an SQL" are both written), so
  they are left alone;
- never after a word that makes "a" a label ("option a"), nor before a word no noun phrase opens on ("Offer A is
  ...", "(a OR b)"), a short lower-case word that may be an acronym ("an mvp"), a name, a product or a word of
  another language ("a ella" in Spanish).
"""

import re

from . import wordclass as wc
from .techwords import AMBIGUOUS_NAMES, LOWERCASE_NAMES, NAMES
from .text import STOPWORDS

_ARTICLE = re.compile(r"(?<![\w'’.-])(?P<article>[Aa]n?)[ \t]+(?P<word>[A-Za-z][A-Za-z'’]*)")
_VOWEL_LETTERS = "aeio"
# Acronyms whose first letter's name opens on a vowel ("ay", "ee", "eye", "oh") or on a consonant ("bee", "you").
_VOWEL_CAPITALS = "AEIO"
_CONSONANT_CAPITALS = "BCDGJKPQTVWYZU"
# Words in a vowel letter said with a consonant ("a one-off", "a European", "a ewe").
_CONSONANT_SOUNDS = ("one", "once", "eu", "ewe")
# Words whose "h" is silent ("an hour", "an honest answer"); "historic", "hotel" and "herb" are written both ways.
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
# Nouns after which "a" is a label, not the article: "option a", "plan a", "part a".
_LABELS = frozenset("option plan step point part item type grade vitamin class section appendix figure table".split())
MIN_WORD = 4  # shorter lower-case words may be acronyms said letter by letter: "an mvp", "an faq", "an nda"
MIN_FREQUENCY = 1000  # a word common enough to be English as the dictionary counts it, not a name or a loan


def article_slips(text, frequency):
    """(start, end, correction, what is wrong) for each "a" or "an" that the word after it contradicts.

    `frequency` is a word list's {word: count}: a word it holds often enough is English, so its spelling is read."""
    for m in _ARTICLE.finditer(text):
        article, word = m.group("article"), m.group("word")
        wanted = _wanted(word, frequency)
        if wanted is None or wanted == article.lower() or _label(text, m.start()):
            continue
        fixed = wanted.capitalize() if article[0].isupper() else wanted
        yield m.start("article"), m.end("article"), fixed, f'"{fixed}" goes before the sound of "{word}"'


# "I am developer at ...": a singular noun for a person's role or trade after "I am" or "she is", where the
# sentence goes on with where or how ("at", "in", "from", a comma), needs its article; a title before "of" may go
# without ("I am head of platform"), as may nouns of no trade ("I am staff").
_ROLE_BARE = re.compile(
    r"\b(?:I\s+am|I['’]m|(?:he|she)\s+is|(?:he|she)['’]s)\s+(?P<only>only\s+)?"
    r"(?:(?P<modifier>(?!(?:also|still|now|currently|really|not|very|just|always|already|here|there|a|an|the|lead|chief|head|principal|"
    r"founding)\b)"
    r"[a-z]+)\s+)?(?P<word>[a-z]+(?:er|or|ist|ian|ant|ent|eer))\b"
    r"(?=\s+(?:at|in|from|with|who|and|for|based|working|currently|since|on)\b|\s*[,.;!?])",
    re.I,
)


def missing_article_slips(text, frequency):
    """(start, end, correction, what is wrong) for each noun phrase that wants an article and has none: a person's
    role ("I am developer", "she is only tester"), a comparison after "there is" ("is there cleaner way"), the parts
    of the day after "in" ("in evenings") and a length that counts one thing ("booked 30-minute call")."""
    yield from _roles(text, frequency)
    for m in _THERE_IS_ONE.finditer(text):
        if wc.graded(m.group("graded").lower()):
            yield m.start("graded"), m.end("graded"), f"a {m.group('graded')}", f'"{m.group("noun")}" is one: "a"'
    for m in _PARTS_OF_THE_DAY.finditer(text):
        yield m.start("part"), m.end("part"), f"the {m.group('part')}", f'"in" takes "the" before "{m.group("part")}"'
    for m in _LENGTH_BEFORE_A_NOUN.finditer(text):
        if _one_thing(m.group("noun"), frequency):
            length = m.group("length")
            yield m.start("length"), m.end("length"), f"a {length}", f'"{length} {m.group("noun")}" is one: "a"'


def _roles(text, frequency):
    """A person's role named with no article: "a" or "an" ("I am developer at"), or "the" when it is the only one."""
    for m in _ROLE_BARE.finditer(text):
        word = m.group("word")
        classes = wc.classes(word)  # a bare verb cannot follow "I am", so "engineer" is the noun here
        if (
            not word.islower()
            or wc.NOUN not in classes
            or wc.ADJECTIVE in classes
            or frequency.get(word, 0) < MIN_FREQUENCY
        ):
            continue  # "I am content", "I am Pieter": a describing word or a name
        modifier = m.group("modifier")
        if modifier and not (modifier.islower() and wc.classes(modifier) & {wc.NOUN, wc.ADJECTIVE}):
            continue  # a name before the role, or a verb that takes the role as its object ("hiring engineer")
        phrase = f"{modifier} {word}" if modifier else word
        start = m.start("modifier") if modifier else m.start("word")
        if m.group("only"):  # "he is only tester in the squad": the one of its kind takes "the"
            yield m.start("only"), m.end("word"), f"the only {phrase}", 'a role that is the only one takes "the"'
        else:
            article = _wanted(modifier or word, frequency) or "a"
            yield start, m.end("word"), f"{article} {phrase}", "a role takes an article"


# "is there cleaner way": "there is" with a comparison and one thing of a kind that is counted ("a simpler
# way"); what is not counted goes without ("there is better support").
_THERE_IS_ONE = re.compile(
    r"\b(?:is\s+there|there\s+is|there['’]s)\s+(?P<graded>(?!more\b|less\b|fewer\b)[a-z]+er)\s+"
    r"(?P<noun>way|approach|option|alternative|tool|solution|answer|method|pattern|path|place|reason|choice|book|"
    r"course|example|library|framework|fix|model)\b(?!\s+(?:of|and)\b)",
    re.I,
)
# "I study in evenings": the parts of the day take "the" after "in" ("in the evenings").
_PARTS_OF_THE_DAY = re.compile(r"\b(?i:in)\s+(?P<part>mornings?|afternoons?|evenings?)\b")
# "signed up for six-week course", "booked 30-minute call": a length made a describing word ("three-month") counts
# one thing, which takes "a"; after a preposition or one of these verbs, where nothing else stands for it.
_LENGTH_BEFORE_A_NOUN = re.compile(
    r"\b(?:to|for|with|on|in|at|about|into|from|after|before|during|have|had|has|booked|book|scheduled|schedule|"
    r"arranged|arrange|proposed|propose|suggested|suggest|offered|offer|took|take|did|do|ran|run|started|start|"
    r"joined|join|planned|plan|need|needed|want|wanted)\s+"
    r"(?P<length>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
    r"forty-five|sixty|ninety|half)-(?:minute|hour|day|week|month|year|page|line|person|step|part))\s+"
    r"(?P<noun>[a-z]+)\b(?=\s*[,.;:!?]|\s+(?:of|with|to|for|on|in|at|about|and|that|which|where|who|so|but|or|"
    r"before|after|next|this|last|by)\b)"
)
# Nouns a length describes that are not counted there ("two-year experience" is a slip of its own, not "a").
_NOT_ONE_THING = frozenset("experience time work notice leave".split())


def _one_thing(noun, frequency):
    """True for a noun that names one thing: singular and counted ("a 30-minute call", not "30-minute calls")."""
    return (
        wc.singular_noun(noun)
        and wc.singular_of(noun) is None
        and frequency.get(wc.plural_of(noun) or "", 0) > 0
        and noun not in _NOT_ONE_THING
    )


def _wanted(word, frequency):
    """ "a" or "an" before `word`, or None where its spelling leaves the sound open."""
    if word.lower() in STOPWORDS:
        return None  # "Offer A is ...", "(a OR b)": a letter that names something; an article takes a noun phrase
    if word.isupper() and 2 <= len(word.rstrip("s")) <= 6:
        first = word[0]
        return "an" if first in _VOWEL_CAPITALS else "a" if first in _CONSONANT_CAPITALS else None
    lower = word.lower()
    if word != lower:
        return None  # a name: "an Uber", "an iPhone"
    if lower.startswith(_SILENT_H):
        return "an"  # "honour" too, which the American word list lacks
    if not _english(lower, frequency):
        return None
    if lower.startswith(_CONSONANT_SOUNDS) or lower[0] in "uhx":
        return None  # "a user", "an update"; "a hotel", "an historic"; "an x-ray"
    if lower[0] in _VOWEL_LETTERS:
        return "an"
    return "a" if len(lower) >= MIN_WORD else None


def _english(lower, frequency):
    """True for an ordinary English word: listed often enough, and no product's or tool's name."""
    head = re.split(r"['’]", lower)[0]
    named = head in NAMES or head in LOWERCASE_NAMES or head in AMBIGUOUS_NAMES
    return not named and frequency.get(head, 0) >= MIN_FREQUENCY and bool(wc.classes(head))


def _label(text, start):
    """True when the word before "a" makes it a label ("option a", "plan A")."""
    before = re.search(r"(\w+)\s*$", text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in _LABELS
