"""Which classes an English word can belong to (noun, verb, adjective, adverb), and its number and verb form.

The grammar checks ask plain questions of the words around a confusable one: can "talk" be a describing word
("you're talk" cannot be "you are talk")? Is "invited" a past participle ("your invited to")? Is "tutorials"
a plural ("a workshops")? The answers come from the NIH SPECIALIST Lexicon as the lemminflect wheel ships it
(about 80,000 word forms): a kept, published lexicon rather than lists of our own. The two tables are read
straight from the wheel's data files, not through lemminflect's API, which also loads numpy and inference
models the engine never uses (about 70 MB per worker).

Closed classes (articles, pronouns, prepositions, conjunctions) are not in the lexicon: the checks name those
themselves. A word the lexicon lacks (most product names, "blog") has no classes, and the checks stay silent;
only a coined -ize verb ("containerised", "tokenizing") is known by its ending.
"""

import gzip
import importlib.util
import re
from collections import namedtuple
from functools import lru_cache
from itertools import chain
from pathlib import Path

from .diskcache import cached
from .text import STOPWORDS

NOUN, VERB, ADJECTIVE, ADVERB = "noun", "verb", "adj", "adv"
LEXICON_FILE = "lemma_lu.csv.gz"  # in the lemminflect wheel's resources


def _resource(name):
    """A data file of the installed lemminflect wheel, found without importing the package."""
    spec = importlib.util.find_spec("lemminflect")
    return Path(spec.origin).parent / "resources" / name


def _rows(packed):
    """The rows of a gzipped data file (plain comma-separated: no field is quoted), split without the csv module,
    which takes three times as long on the 120,000 rows."""
    for line in gzip.decompress(packed).decode("utf-8").splitlines():
        yield line.split(",")


# Nouns of software work that the lexicon, drawn from general and biomedical English, lacks or lists only as verbs
# ("the commits", "your blog", "the docs"): without them the checks read "Your blog explain" as nothing they know.
SOFTWARE_NOUNS = """blog repo doc codebase backend frontend endpoint microservice webhook changelog linter runbook
monorepo podcast meetup bootcamp mentee hackathon livestream webinar screencast roadmap standup retro rollout
rollback refactor config namespace plugin toolchain subreddit profiler debugger changeset wiki inbox chatbot
walkthrough writeup commit merge deploy bot""".split()


def _software_rows():
    """Lexicon rows for SOFTWARE_NOUNS, singular and plural ("blog,noun,blog", "blogs,noun,blog")."""
    for noun in SOFTWARE_NOUNS:
        yield [noun, NOUN, noun]
        yield [noun + "s", NOUN, noun]


# Everything the checks ask, built in one pass over the lexicon's word forms.
Lexicon = namedtuple(
    "Lexicon", "classes singular_of singulars plural_of participles ing_forms third_person_of bare_of graded"
)


@lru_cache(maxsize=1)
def _lexicon():
    """The `Lexicon`, kept between processes by diskcache and rebuilt when the data file or this module changes."""
    packed = _resource(LEXICON_FILE).read_bytes()
    return Lexicon(*cached("wordclass", lambda: tuple(_built_lexicon(packed)), packed, Path(__file__).read_bytes()))


def _built_lexicon(packed):
    """The lexicon's word forms ("talks,noun,talk", "talked,verb,talk", one a row) read into a `Lexicon`."""
    classes, singular_of, singulars, plural_of = {}, {}, set(), {}
    participles, ing_forms, third_person_of, bare_of, graded = {}, set(), {}, {}, set()
    # about 70,000 words share a dozen sets of classes: one frozenset each, a word's found from the one it had so far
    joined = {}  # {(a word's classes so far, one more class): its classes with it}
    for row in chain(_rows(packed), _software_rows()):
        if len(row) < 3 or row[1] not in (NOUN, VERB, ADJECTIVE, ADVERB):
            continue
        word, wordclass, lemma = row[0], row[1], row[2].split("/")[0]
        key = (classes.get(word, frozenset()), wordclass)
        found = joined.get(key)
        if found is None:
            found = joined[key] = key[0] | {wordclass}
        classes[word] = found
        if wordclass == ADJECTIVE and word != lemma:
            graded.add(word)  # "faster", "easiest", "better"
        elif wordclass == NOUN and word == lemma:
            singulars.add(word)
        elif wordclass == NOUN:
            singular_of.setdefault(word, lemma)
            plural_of.setdefault(lemma, word)
        elif wordclass == VERB and word == lemma:
            continue
        elif wordclass == VERB and word.endswith("ing"):
            ing_forms.add(word)
        elif wordclass == VERB and word in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
            third_person_of.setdefault(lemma, word)
            bare_of.setdefault(word, lemma)
        elif wordclass == VERB:
            participles.setdefault(word, lemma)  # the past and the past participle: "used", "written", "went"
    return Lexicon(
        classes,
        {word: one for word, one in singular_of.items() if word not in singulars},  # not "series", "news"
        frozenset(singulars),
        plural_of,
        participles,
        frozenset(ing_forms),
        third_person_of,
        bare_of,
        frozenset(graded),
    )


# A verb made from a noun or adjective with -ize or -ise ("containerize", "tokenised", "anonymizing"): English makes
# new ones freely, faster than any lexicon lists them. The stem has four letters or more and does not end in "s"
# or "w", which leaves out "size" and "wise" compounds ("bitesize", "costwise"): nouns and adverbs, not verbs.
_COINED_VERB = re.compile(r"[a-z]{4,}(?<![sw])[iy][sz](?:e|es|ed|ing)")
_VERB_ONLY = frozenset([VERB])

# An adjective made with a suffix that makes adjectives ("reproducible", "serverless", "stateful", "scalable"): English
# coins these freely too, and the lexicon lacks many, even common ones ("accessible", "feasible", "knowledgeable").
# The stem has three letters or more (four before "-ive"), which leaves out short words and names ("nous", "Clive").
# Software English makes nouns of -able ones ("the callable returns", "a deliverable"), so those are both.
_COINED_ADJECTIVE = re.compile(r"[a-z]{3,}(?:ible|ous|ical|ional|less|ful)|[a-z]{4,}ive")
_COINED_NOUN_OR_ADJECTIVE = re.compile(r"[a-z]{3,}able")
_ADJECTIVE_ONLY = frozenset([ADJECTIVE])
# The lexicon lists a few -ible adjectives only as nouns ("responsible", "visible", "compatible"), a use prose all but
# never has: "you're responsible for" must read as a describing word, as it does.
_NOUN_ONLY = frozenset([NOUN])
_NOUN_OR_ADJECTIVE = frozenset([NOUN, ADJECTIVE])


def _coined_verb(word):
    """True when the lexicon lacks `word` and its ending makes it a form of a coined -ize verb. No word at all (None,
    past the end of a text that the checks read ahead into) is no verb: "I think your more" ends there."""
    return bool(word) and word not in _lexicon().classes and _COINED_VERB.fullmatch(word) is not None


def classes(word):
    """The classes `word` (lower case) can belong to; empty when the lexicon does not know it, unless its ending
    makes it a form of a coined -ize verb or a coined adjective."""
    found = _lexicon().classes.get(word)
    if found is None:
        return _by_ending(word) if word else frozenset()
    if found == _NOUN_ONLY and word.endswith("ible"):
        return _NOUN_OR_ADJECTIVE
    return found


def _by_ending(word):
    """The classes a word the lexicon lacks has by its ending: a coined verb or adjective, else none."""
    if _coined_verb(word):
        return _VERB_ONLY
    if _COINED_ADJECTIVE.fullmatch(word):
        return _ADJECTIVE_ONLY
    return _NOUN_OR_ADJECTIVE if _COINED_NOUN_OR_ADJECTIVE.fullmatch(word) else frozenset()


def only(word, *allowed):
    """True when the lexicon knows `word` and every class it lists is one of `allowed`."""
    found = classes(word)
    return bool(found) and found <= set(allowed)


def may_be_noun(word):
    """True when the lexicon knows `word` as a noun and it is no function word ("will", "can" are nouns too)."""
    return bool(word) and NOUN in classes(word) and word not in STOPWORDS


def can_describe(word):
    """True when `word` can stand where "you are" or "it is" needs its complement: an adjective, an adverb, a
    past participle or an -ing form ("you're welcome", "you're here", "you're invited", "you're hiring")."""
    lexicon = _lexicon()
    return bool(classes(word) & {ADJECTIVE, ADVERB}) or word in lexicon.participles or word in lexicon.ing_forms


def past_participle(word):
    """True when `word` is a verb's past participle or past ("invited", "written", "used", "containerised")."""
    return word in _lexicon().participles or _coined_verb(word) and word.endswith("ed")


def past_only(word):
    """True when `word` is a verb's past or past participle and the lexicon knows it as nothing else ("signed",
    "multiplied"; not "set", a noun too)."""
    return past_participle(word) and only(word, VERB)


def ing_form(word):
    """True when `word` is a verb's -ing form ("failing", "hiring", "tokenizing")."""
    return word in _lexicon().ing_forms or _coined_verb(word) and word.endswith("ing")


def past_forms(verb):
    """The past and past participle of a bare verb ("write" -> ("written", "wrote")), longest first."""
    return _past_forms().get(verb, ())


@lru_cache(maxsize=1)
def _past_forms():
    """{bare verb: its past forms, longest first}, built the first time a check asks."""
    found = {}
    for form, lemma in _lexicon().participles.items():
        found.setdefault(lemma, []).append(form)
    return {lemma: tuple(sorted(forms, key=len, reverse=True)) for lemma, forms in found.items()}


def singular_of(word):
    """The singular of a noun that is only ever plural ("tutorials" -> "tutorial"; "series" -> None)."""
    return _lexicon().singular_of.get(word)


def singular_noun(word):
    """True when `word` can be a singular noun ("tool", "series")."""
    return word in _lexicon().singulars


def plural_of(word):
    """The plural of a noun that can be singular ("tool" -> "tools"), or None when it has none of its own."""
    return _lexicon().plural_of.get(word) if singular_noun(word) else None


def third_person_of(word):
    """The third person singular of a bare verb ("break" -> "breaks"), or None."""
    return _lexicon().third_person_of.get(word)


def verb_base(word):
    """The bare verb of a third person singular or a past ("says" -> "say", "went" -> "go"), or None."""
    return _lexicon().bare_of.get(word) or _lexicon().participles.get(word)


def bare_of(word):
    """The bare verb of a third person singular ("says" -> "say"), or None."""
    return _lexicon().bare_of.get(word)


def graded(word):
    """True when `word` is an adjective's comparative or superlative ("faster", "easiest", "better")."""
    return word in _lexicon().graded
