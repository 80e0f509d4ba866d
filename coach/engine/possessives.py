"""your/you're, their/they're/there and its/it's told apart by what follows them: a noun phrase, or the rest of
a clause.

"your", "their" and "its" own a noun phrase ("your talk", "their code", "its docs"); "you're", "they're" and
"it's" are a subject and its verb, so what follows them is a complement: a describing word, a participle, an
-ing form, a place ("you're welcome", "they're happy with", "it's ready", "you're hiring", "you're here").
"there" owns nothing: before a plain noun it stands for "their" ("in there code"). The word classes come from a
published lexicon (wordclass.py), so the checks hold for words nobody listed here. Each check stays silent where
both readings could be right: "your recently published paper" is a noun phrase, "you're head of design" a
complement.
"""

import re

from . import wordclass as wc
from .cutoffs import ARTICLES, AUXILIARIES, DEGREE_WORDS, DETERMINERS, POSSESSIVES, SUBJECT_PRONOUNS
from .text import MARKS, STOPWORDS

# A word or one mark of punctuation, the units the checks read after a confusable word.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|[.,;:!?()\"“”]")
_CONFUSABLE = re.compile(r"(?<![\w'’-])(you['’]re|your|they['’]re|their|there|it['’]s|its)(?![\w'’-])", re.I)
# The possessive each contraction is confused with, and the contraction each possessive is.
_CONTRACTION = {"your": "you're", "their": "they're", "its": "it's"}
_SPELLED_OUT = {"you're": "you are", "they're": "they are", "it's": "it is"}
_POSSESSIVE = {"you're": "your", "they're": "their"}  # "it's" keeps a bare noun: "it's time to", "it's work I enjoy"
# After these a "your"/"its" is owned: "thanks for your invited talk", "on its own".
_PREPOSITIONS = frozenset(
    "of in on at to for with from by about into onto over under after before between among across through "
    "within without behind toward towards via per than like".split()
)
# Words that open a clause, so a "your" right after them is as likely to be "you are" as a possessive.
# What follows a passive that keeps a second object ("you're asked this often", "you're sent a lot of these"): the
# participles of verbs that give or ask, then a determiner, which no noun phrase has right after its participle
# ("your shared the slides" lost a word; it is no "you're").
_SECOND_OBJECTS = frozenset("this that these those it a an the".split())
_GIVEN = frozenset("asked given sent told shown offered taught promised paid handed lent owed".split())


_CLAUSE_OPENERS = frozenset(
    "if since because when whenever while unless once whether though although hope think thought know knew realise "
    "realize guess bet suspect assume suppose reckon feel felt believe heard hear noticed notice saw see sure glad "
    "seems seemed".split()
)
# What may follow "you are" + a describing word but never a possessive + a describing word ("you're aware of",
# "if you're curious,", "you're keen on"): a preposition, "to", "that", a conjunction or the end of a clause.
_AFTER_COMPLEMENT = frozenset(".,;:!?") | frozenset(
    "to of about for with in on at that than if enough after from by as but so how whether before until since".split()
)
# Adverbs that also sit inside a noun phrase ("your very own", "your only option", "its once popular API").
_NOUN_PHRASE_ADVERBS = frozenset("very only once so just even most least more less much quite rather pretty".split())
# Adverbs of place that stand after "you are" and never open a noun phrase ("your back" is one, "your down payment"
# another).
_PLACE_ADVERBS = frozenset("up out off away here there".split())
# Adverbs of how often, which the lexicon also lists as describing words ("oftener"): "your always asked to help".
_HOW_OFTEN = frozenset("often always usually sometimes never".split())
# After these an "its" opens a clause of its own ("but its stalling on"); after a verb it is owned ("I like its").
_CLAUSE_STARTS = _CLAUSE_OPENERS | frozenset("and but so yet now that".split())
_CLAUSE_END = frozenset(".;:!?()")
_JOINS = frozenset("and but so or".split())
# What opens a clause of its own after "and" or a comma: a subject ("and the build is", ", we").
_NEW_SUBJECT = SUBJECT_PRONOUNS | DETERMINERS | frozenset(["that"])
# What follows a verb in -ing but not a gerund that heads a noun phrase ("its handling of errors" owns the -ing).
_AFTER_GERUND = frozenset("on at to with for in from into up out again now because so fine well".split())
# Participles whose passive keeps a second object, so "you're" + one + a bare noun is whole ("you're granted access").
_TWO_OBJECTS = frozenset(
    "given sent shown offered granted paid told taught handed awarded assigned allowed denied charged asked called "
    "named elected made left owed promised lent sold served emailed messaged mailed brought bought found appointed "
    "considered voted crowned declared".split()
)
# Describing words that close a noun phrase ("on your own.", "in its usual.") or open one of their own.
_OWNED = frozenset("own usual best worst last first next latest previous former fellow".split())
# Nouns that stand after "you are" without an article ("you're friends with", "you're staff", "spot on").
_PREDICATE_NOUNS = frozenset("friends family staff faculty lead host chair spot way company people".split())
# Function words that do follow "you are"/"it is" ("you're also", "it's here", "you're in Lisbon").
_CLAUSE_ADVERBS = frozenset("also too here again in on not now just only very so".split())
_READ = 4  # words read after a confusable one
# What opens a verb's object: "takes a minute", "taught me".
_OBJECTS = ARTICLES | POSSESSIVES | frozenset("me us them him it".split())
_BE = frozenset("be am is are was were been being".split())
_CLOSED = DETERMINERS | frozenset("her that no not all both some any".split())  # cutoffs leaves out "her"


def possessive_slips(text):
    """(start, end, correction, what is wrong) for each confusable word the words after it contradict."""
    for m in _CONFUSABLE.finditer(text):
        word, before = m.group(1), _word_before(text, m.start())
        if before in _PREPOSITIONS and word.lower() in _CONTRACTION:
            continue  # "for your invited talk": after a preposition the possessive owns what follows
        following = [t.group(0) for t in _TOKEN.finditer(text, m.end(), m.end() + 100)]
        after = following[:_READ]
        if not after or after[0] in MARKS or not after[0].islower():
            continue  # a name ("your Kafka talk"), an acronym or the clause's end: either reading may be right
        words = [t.lower() for t in after] + [None] * (_READ - len(after))
        fix = _correction(word, words, before) or _gerund_clause(word, following, before)
        if fix and word.lower() in _CONTRACTION and (_owns_a_subject(following) or _owns_a_head(following)):
            continue  # "I think your blogging about caching helped": the -ing noun phrase has its verb
        if fix:
            yield m.start(1), m.end(1), fix, f'"{word}" where "{_SPELLED_OUT.get(fix, fix)}" is meant'


def _correction(word, after, before):
    """The word meant instead of `word`, or None when the words `after` it fit as typed."""
    lower = word.lower().replace("’", "'")
    if before in _BE and lower in ("their", "they're") and (after[0] in MARKS or wc.only(after[0], wc.ADVERB)):
        return "there"  # "will you be their too?", "they were they're already"
    if lower in _CONTRACTION:
        return _CONTRACTION[lower] if _clause_follows(after, before) else None
    if lower == "it's" and _subject_and_verb_follow(after):
        return "its"
    if lower == "there":
        # "there enthusiasm for", "in there code": a plain noun, never "there is" or "there too"
        return "their" if _bare_noun(after[0], plural=True) else None
    return _POSSESSIVE[lower] if lower in _POSSESSIVE and _noun_phrase_follows(after) else None


def _clause_follows(after, before):
    """True when the words after a "your"/"its" are the rest of "you are ..."/"it is ...", not a noun phrase."""
    first, second, third, fourth = after
    if first in ("more", "less") and wc.can_describe(second) and third == "than":
        return True  # "your more experienced than I am": a comparison, which a noun phrase cannot make
    if first in ("more", "less") and second == "than" and _describes_alone(third, fourth):
        return True  # "your more than welcome to"; "your more than 50 commits", "your more than fair offer" own
    if first in _PLACE_ADVERBS:
        return True  # "if your up for it", "while your here": an adverb of place is no noun phrase
    if first in _OWNED or first in _CLOSED:
        return False
    if (
        first in DEGREE_WORDS
        and wc.can_describe(second)
        and second not in _OWNED
        and third in _AFTER_COMPLEMENT - {","}
    ):
        return True  # "your very patient with", "your so kind to"; not "your very own", "your really kind, calm notes"
    if first in STOPWORDS - _CLAUSE_ADVERBS:
        return False
    if first == "worth" and (second in ARTICLES or second in ("it", "the") or (second or "").endswith("ing")):
        return True  # "its worth a second read", "its worth asking"; "proved its worth." owns it
    if first == "time" and before in _CLAUSE_OPENERS and second in SUBJECT_PRONOUNS | {"to", "for"}:
        return True  # "I suppose its time we", "because its time to"
    if (wc.only(first, wc.ADVERB) or first in _HOW_OFTEN) and first not in _NOUN_PHRASE_ADVERBS:
        # "your probably right about", "its finally stable": an adverb, then no noun ("your recently published paper")
        # a describing word that goes on into its noun keeps the noun phrase, a noun the lexicon lacks included ("your
        # truly excellent docs"); a comma after a degree word's describing word lists another ("your really helpful,
        # careful review")
        ends = _AFTER_COMPLEMENT - {","} if first in DEGREE_WORDS else _AFTER_COMPLEMENT
        noun = third is not None and third not in ends and _may_be_noun(third)
        return second is not None and not (wc.can_describe(second) and noun)
    if before in _CLAUSE_OPENERS and first.endswith("ing") and second in _CLOSED | {"another"}:
        return True  # "if your planning another workshop", "since your leading the team"
    if first in _GIVEN and second in _SECOND_OBJECTS:
        return before in _CLAUSE_OPENERS  # "I guess your asked this a lot"; "Your sent the invite" lost "you sent"
    if _complement(first, second):
        return True  # "your aware of", "its surprising how", "your invited to", "your listed as"
    if second not in _AFTER_COMPLEMENT:
        return False
    # after "if", "since", "I hope": "your curious,", "your keen on", "your relocating to"
    return before in _CLAUSE_OPENERS and wc.can_describe(first)


def _may_be_noun(word):
    """True for a noun, or a word the lexicon lacks that is no function word ("for" is no noun of the trade)."""
    found = wc.classes(word)
    return wc.NOUN in found or not found and word not in STOPWORDS


def _describes_alone(word, after):
    """True when `word` is a describing word with no noun after it to describe ("welcome to", "happy.")."""
    noun_after = after is not None and after not in STOPWORDS and wc.may_be_noun(after)
    return word is not None and word.isalpha() and wc.can_describe(word) and not noun_after


def _gerund_clause(word, following, before):
    """The contraction meant when a possessive opens a clause with a verb in -ing and no other verb ("but its
    stalling on large files", "I noticed that your coaching two interns this term"): a possessive and its -ing
    noun phrase would need a verb of their own ("its caching in Redis is fast", "that your mentoring helped me")."""
    lower = word.lower()
    if lower not in _CONTRACTION or not (before is None or before in _CLAUSE_STARTS):
        return None
    if lower != "its" and before not in _CLAUSE_OPENERS | {"that"}:
        return None  # "and your hiring team too": only a word that opens a clause makes "your" its subject
    clause = _clause_after(following, commas_end=lower != "its")
    if len(clause) < 2 or not wc.ing_form(clause[0]) or lower == "its" and clause[1] not in _AFTER_GERUND:
        return None
    return None if _has_verb(clause) else _CONTRACTION[lower]


def _owns_a_subject(following):
    """True when a possessive and a verb in -ing are the subject of a verb later in their clause ("I think your
    blogging about caching, retries and timeouts helped me"): a noun phrase, not "you are blogging"."""
    clause = _clause_after(following)
    return len(clause) > 1 and wc.ing_form(clause[0].lower()) and _has_verb(clause)


def _owns_a_head(following):
    """True when a noun and "of" after a possessive are the subject of a verb later in their clause ("since their head
    of research knows you"); with no verb ("I see your head of research at a lab now") "you're" was meant."""
    clause = _clause_after(following)
    return len(clause) > 2 and clause[1] == "of" and wc.NOUN in wc.classes(clause[0].lower()) and _has_verb(clause)


def _has_verb(clause):
    """True when a word after the first of `clause` may be its verb."""
    return any(_finite(w) for w in clause[1:])


def _clause_after(following, commas_end=True):
    """The words from the first of `following` to the end of their clause: a full stop, a semicolon, a conjunction
    before a new subject ("and the build is"), or (with `commas_end`) a comma before one (", and I am", ", would
    you"). A list's comma goes on ("caching, retries and timeouts"). Names keep their capital: "in May" is no modal."""
    clause = []
    for k, token in enumerate(following):
        lower = token.lower()
        if token in _CLAUSE_END or (lower in _JOINS or commas_end and token == ",") and _subject_after(following, k):
            break
        clause.append(token if token[0].isupper() else lower)
    return clause


def _subject_after(tokens, k):
    """True when the words after `k` open a clause: a subject or an auxiliary, after a conjunction or not."""
    rest = [t.lower() for t in tokens[k + 1 : k + 3]]
    rest = rest[1:] if rest[:1] and rest[0] in _JOINS else rest
    if not rest:
        return False
    first = rest[0].replace("’", "'")
    return first in _NEW_SUBJECT or first in AUXILIARIES or first.split("'")[0] in SUBJECT_PRONOUNS


def _finite(word):
    """True when `word` may be a clause's verb: an auxiliary, a third-person form or a past."""
    return word in AUXILIARIES or wc.bare_of(word) is not None or wc.past_participle(word)


def _complement(word, after):
    """True when `word` can only describe (an adjective, or a participle that is no noun) and the word `after` it
    ends the phrase: "aware of", "invited to", "good at", "right."."""
    return (
        word is not None
        and after in _AFTER_COMPLEMENT
        and word not in _OWNED
        and (wc.only(word, wc.ADJECTIVE) or wc.past_participle(word) and wc.NOUN not in wc.classes(word))
    )


def _subject_and_verb_follow(after):
    """True when "it's" opens a subject that has its own verb and object ("it's warming step takes a minute",
    "it's parser reports the errors"): "it is" leaves no room for a second verb."""
    words = after[1:] if wc.only(after[0], wc.ADJECTIVE) else after  # "it's final exercise taught me"
    noun, verb, obj = words[0], words[1], words[2]
    return (
        _bare_noun(noun)
        and verb is not None
        and (wc.bare_of(verb) is not None or wc.past_participle(verb) and wc.NOUN not in wc.classes(verb))
        and obj in _OBJECTS
    )


def _noun_phrase_follows(after):
    """True when the words after a "you're"/"it's" are a noun phrase ("you're talk on", "you're excellent thread")."""
    first, second, _, _ = after
    if _bare_noun(first):
        # not "you're head of design" (a role) nor "they're file names" (a compound the predicate ends in)
        return second != "of" and not _noun(second)
    describes = wc.only(first, wc.ADJECTIVE) and first not in _OWNED
    # "you're recorded talk on": a participle before a bare noun describes it, unless the participle is a passive
    # that takes a second object ("you're given access to", "you're paid cash")
    described = wc.past_participle(first) and wc.NOUN not in wc.classes(first) and first not in _TWO_OBJECTS
    return (describes or described) and _bare_noun(second)


def _bare_noun(word, plural=False):
    """A word that can only be a noun or a bare verb, singular unless `plural`: after "you are" it needs an
    article ("you're team"); after "there" it needs a verb first ("there code")."""
    return (
        word is not None
        and word not in STOPWORDS  # "there will", "there can": the lexicon has "will" and "can" as nouns too
        and wc.NOUN in wc.classes(word)
        and not wc.can_describe(word)
        and word not in _PREDICATE_NOUNS
        and (wc.bare_of(word) is None if plural else not (word.endswith("s") and not word.endswith(("ss", "us", "is"))))
    )


def _noun(word):
    """True when `word` may be a noun and nothing that describes ("names" may; "fine" and "for" may not)."""
    return word is not None and word not in STOPWORDS and wc.NOUN in wc.classes(word) and not wc.can_describe(word)


def _word_before(text, start):
    m = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else None
