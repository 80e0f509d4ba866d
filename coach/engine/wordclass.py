"""Which classes an English word can belong to (noun, verb, adjective, adverb) and which verb form it is.

The grammar checks ask plain questions of the words around a confusable one: can "talk" be a describing word
("you're talk" cannot be "you are talk")? Is "invited" a past participle ("your invited to")? The answers come
from the NIH SPECIALIST Lexicon as the lemminflect wheel ships it (about 80,000 word forms): a kept, published
lexicon rather than lists of our own. The two tables are read straight from the wheel's data files, not through
lemminflect's API, which also loads numpy and inference models the engine never uses (about 70 MB per worker).

Closed classes (articles, pronouns, prepositions, conjunctions) are not in the lexicon: the checks name those
themselves. A word the lexicon lacks (most product names, "blog") has no classes, and the checks stay silent.
"""

import csv
import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

NOUN, VERB, ADJECTIVE, ADVERB = "noun", "verb", "adj", "adv"


def _resource(name):
    """A data file of the installed lemminflect wheel, found without importing the package."""
    spec = importlib.util.find_spec("lemminflect")
    return Path(spec.origin).parent / "resources" / name


def _rows(name):
    with gzip.open(_resource(name), "rt", encoding="utf-8") as f:
        yield from csv.reader(f)


@lru_cache(maxsize=1)
def _classes():
    """word form -> the classes it can belong to ("talks" -> noun, verb)."""
    table = {}
    for row in _rows("lemma_lu.csv.gz"):
        if len(row) >= 2 and row[1] != "aux":
            table.setdefault(row[0], set()).add(row[1])
    return {word: frozenset(found) for word, found in table.items()}


@lru_cache(maxsize=1)
def _verb_forms():
    """(past participles, -ing forms, bare forms) of every verb the lexicon inflects."""
    participles, ing_forms, bare = set(), set(), set()
    for row in _rows("infl_lu.csv.gz"):
        # lemma, "verb", past, past participle, -ing form, third person singular (empty where regular)
        if len(row) >= 6 and row[1] == "verb":
            bare.add(row[0])
            participles.update(form for form in row[3].split("/") if form)
            participles.update(form for form in row[2].split("/") if form)  # "used" is both
            ing_forms.update(form for form in row[4].split("/") if form)
    return frozenset(participles), frozenset(ing_forms), frozenset(bare)


def classes(word):
    """The classes `word` (lower case) can belong to; empty when the lexicon does not know it."""
    return _classes().get(word, frozenset())


def known(word):
    """True when the lexicon lists `word` in any open class."""
    return word in _classes()


def only(word, *allowed):
    """True when the lexicon knows `word` and every class it lists is one of `allowed`."""
    found = classes(word)
    return bool(found) and found <= set(allowed)


def can_describe(word):
    """True when `word` can stand where "you are" or "it is" needs its complement: an adjective, an adverb, a
    past participle or an -ing form ("you're welcome", "you're here", "you're invited", "you're hiring")."""
    participles, ing_forms, _ = _verb_forms()
    return bool(classes(word) & {ADJECTIVE, ADVERB}) or word in participles or word in ing_forms


def past_participle(word):
    """True when `word` is a verb's past participle or past ("invited", "written", "used")."""
    return word in _verb_forms()[0]
