"""Phrases in two parts left half-written: editing keeps the first part and loses the second.

- "between X and" with no second item: "the balance between writing and has shifted";
- "from X to" with no end point: "we switched the queue from Redis to for the bigger jobs";
- "not only X" with no "but" or "also" in the rest of its sentence;
- "look forward to" without "forward": "we look to seeing the demo";
- "turn out to be" without "out": "the outage turned to be a DNS issue".
Each reads a few words around the first part, which English never leaves alone in these shapes.
"""

from . import wordclass as wc
from .cutoffs import MODAL_VERBS
from .number import word_at
from .text import STOPWORDS

_SENTENCE_ENDS = frozenset(".!?\n")
_MARKS = _SENTENCE_ENDS | frozenset(",;:()")
UNIT_LETTERS = 4  # "ms", "kg", "mA", "GiB": a unit between two amounts
_JUST_AFTER = _MARKS | {"and", "or"}  # where "not only" means "not just", with no "but" to come
# After "and", words that open no noun phrase: the second item of "between" was lost.
_FINITE = frozenset("is are was were has have had does did".split()) | MODAL_VERBS
# After "from X to", prepositions that open no end point ("to with retries"); "to about 20" is a number's.
_NO_END_POINT = frozenset("with for of into".split())  # not "on" ("from off to on"), "at", "by" ("referred to by")
_LOOK = frozenset("look looks looked looking".split())
_TURN = frozenset("turn turns turned turning".split())
REACH = 7  # the most words between the two parts' first words
_FIRST_PARTS = frozenset(("between", "from", "not")) | _LOOK | _TURN  # a paragraph with none of these has no half


def half_phrases(tokens, words):
    """(start, end, what was lost) for each phrase in two parts whose second part is missing, given a paragraph's
    tokens as (typed, start, end) and their `words` in lower case (as gaps.lost_words reads them)."""
    if _FIRST_PARTS.isdisjoint(words):
        return  # most paragraphs: one set operation instead of five tests a word
    for i, word in enumerate(words):
        found = None
        if word == "between" and _names_a_relation(word_at(words, i - 1)):
            found = _between_without_second(words, i)
        elif word == "from" and tokens[i][0] != "FROM":
            found = _from_without_end(words, i) or _range_without_to(tokens, words, i)
        elif word == "not" and word_at(words, i + 1) == "only" and i > 0 and words[i - 1] not in _JUST_AFTER:
            # ", not only the one shown" and "on the real file and not only on a stub" mean "not just"; "The linter
            # not only flags ..." wants its "but"
            found = i + 1 if not _second_half_follows(words, i + 2) else None
        elif word in _LOOK and word_at(words, i + 1) == "to" and wc.ing_form(word_at(words, i + 2) or ""):
            found = i + 1  # "look to seeing": "forward" lost
        elif word in _TURN and word_at(words, i + 1) == "to" and word_at(words, i + 2) == "be":
            found = i + 1  # "turned to be": "out" lost
        if found is not None:
            yield tokens[i][1], tokens[found][2], "pair"


def _names_a_relation(word):
    """True when `word`, before "between", is a noun the two items belong to ("the gap between", "time between"),
    not a verb ("appears between braces and is counted")."""
    found = wc.classes(word or "")
    return wc.NOUN in found and not wc.bare_of(word) and not wc.past_participle(word)


def _between_without_second(words, i):
    """The index of "and" when the word after it opens no second item ("between writing and has")."""
    for k in range(i + 2, min(len(words), i + REACH)):
        if words[k] in _SENTENCE_ENDS:
            return None
        if words[k] == "and":
            after = word_at(words, k + 1)
            return k if after is None or after in _SENTENCE_ENDS or after in _FINITE else None
    return None


def _from_without_end(words, i):
    """The index of "to" when a preposition follows it at once, so "from X to" has no end point."""
    for k in range(i + 2, min(len(words), i + REACH)):
        if words[k] in _SENTENCE_ENDS:
            return None
        if words[k] == "to":
            return k if word_at(words, k + 1) in _NO_END_POINT else None
    return None


def _range_without_to(tokens, words, i):
    """The index of the second amount when "from" runs from one amount (and its unit) straight into another: "from
    12 ms 3 ms" lost its "to". A unit is a short word that is no function word, or capitals ("A", "V")."""
    if not (word_at(words, i + 1) or "").isdigit():
        return None
    unit = word_at(words, i + 2) or ""
    short = unit.isalpha() and len(unit) <= UNIT_LETTERS
    k = i + 3 if short and (unit not in STOPWORDS or tokens[i + 2][0].isupper()) else i + 2
    return k if (word_at(words, k) or "").isdigit() else None


def _second_half_follows(words, k):
    """True when "but" or "also" comes after "not only" in its sentence, or too few words follow to tell."""
    rest = []
    for word in words[k:]:
        if word in _SENTENCE_ENDS:
            break
        rest.append(word)
    return len(rest) < 3 or "but" in rest or "also" in rest
