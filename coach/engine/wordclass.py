"""Which classes an English word can belong to (noun, verb, adjective, adverb), and its number and verb form.

The grammar checks ask plain questions of the words around a confusable one: can "talk" be a describing word
("you're talk" cannot be "you are talk")? Is "invited" a past participle ("your invited to")? Is "tutorials"
a plural ("a tutorials")? The answers come from the NIH SPECIALIST Lexicon as the lemminflect wheel ships it
(about 80,000 word forms): a kept, published lexicon rather than lists of our own. The two tables are read
straight from the wheel's data files, not through lemminflect's API, which also loads numpy and inference
models the engine never uses (about 70 MB per worker).

Closed classes (articles, pronouns, prepositions, conjunctions) are not in the lexicon: the checks name those
themselves. A word the lexicon lacks (most product names, "blog") has no classes, and the checks stay silent.
"""

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
    """The rows of a data file (plain comma-separated: no field is quoted), split without the csv module, which
    takes three times as long on the 120,000 rows."""
    for line in gzip.decompress(_resource(name).read_bytes()).decode("utf-8").splitlines():
        yield line.split(",")


def _forms(cell):
    return [form for form in cell.split("/") if form]


@lru_cache(maxsize=1)
def _lemmas():
    """(word form -> the classes it can belong to, plural noun form -> its singular, singular noun forms, third
    person verb form -> its bare verb, bare verbs)."""
    classes, singular_of, singulars, bare_of, bare = {}, {}, set(), {}, set()
    for row in _rows("lemma_lu.csv.gz"):
        if len(row) < 3 or row[1] not in (NOUN, VERB, ADJECTIVE, ADVERB):
            continue
        word, wordclass = row[0], row[1]
        classes.setdefault(word, set()).add(wordclass)
        if wordclass not in (NOUN, VERB):
            continue
        lemmas = row[2].split("/")
        if wordclass == VERB and word in lemmas:
            bare.add(word)
        elif wordclass == VERB and word.endswith("s") and lemmas:
            bare_of.setdefault(word, lemmas[0])  # "handles" -> "handle": regular verbs are not in the other table
        if wordclass == NOUN:
            if word in lemmas:
                singulars.add(word)
            elif lemmas:
                singular_of.setdefault(word, lemmas[0])
    plurals = {word: one for word, one in singular_of.items() if word not in singulars}  # not "series", "news"
    shared = {}  # about 70,000 words share a dozen sets of classes: one frozenset each
    classes = {word: shared.setdefault(frozenset(found), frozenset(found)) for word, found in classes.items()}
    return classes, plurals, frozenset(singulars), bare_of, bare


@lru_cache(maxsize=1)
def _inflections():
    """(past participles, -ing forms, bare verb -> third person, third person -> bare verb, noun -> plural)."""
    participles, ing_forms, third_of, bare_of, plural_of = set(), set(), {}, {}, {}
    for row in _rows("infl_lu.csv.gz"):
        if len(row) >= 6 and row[1] == VERB:
            # lemma, "verb", past, past participle (empty when it is the past), -ing form, third person singular
            participles.update(_forms(row[2]) + _forms(row[3]))  # "used" is both
            ing_forms.update(_forms(row[4]))
            for third in _forms(row[5])[:1]:
                third_of.setdefault(row[0], third)
                bare_of.setdefault(third, row[0])
        elif len(row) >= 3 and row[1] == NOUN:
            plural = next((form for form in _forms(row[2]) if form != row[0]), None)
            if plural:
                plural_of.setdefault(row[0], plural)
    return frozenset(participles), frozenset(ing_forms), third_of, bare_of, plural_of


def classes(word):
    """The classes `word` (lower case) can belong to; empty when the lexicon does not know it."""
    return _lemmas()[0].get(word, frozenset())


def only(word, *allowed):
    """True when the lexicon knows `word` and every class it lists is one of `allowed`."""
    found = classes(word)
    return bool(found) and found <= set(allowed)


def can_describe(word):
    """True when `word` can stand where "you are" or "it is" needs its complement: an adjective, an adverb, a
    past participle or an -ing form ("you're welcome", "you're here", "you're invited", "you're hiring")."""
    participles, ing_forms = _inflections()[:2]
    return bool(classes(word) & {ADJECTIVE, ADVERB}) or word in participles or word in ing_forms


def past_participle(word):
    """True when `word` is a verb's past participle or past ("invited", "written", "used")."""
    return word in _inflections()[0]


def singular_of(word):
    """The singular of a noun that is only ever plural ("tutorials" -> "tutorial"; "series" -> None)."""
    return _lemmas()[1].get(word)


def singular_noun(word):
    """True when `word` can be a singular noun ("tool", "series")."""
    return word in _lemmas()[2]


def plural_of(word):
    """The plural of a noun that can be singular ("tool" -> "tools"), or None when it has none of its own."""
    return _inflections()[4].get(word) if word in _lemmas()[2] else None


def third_person_of(word):
    """The third person singular of a bare verb ("break" -> "breaks"), or None."""
    found = _inflections()[2].get(word)
    if found or word not in _lemmas()[4]:
        return found
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def bare_of(word):
    """The bare verb of a third person singular ("says" -> "say"), or None."""
    return _inflections()[3].get(word) or _lemmas()[3].get(word)
