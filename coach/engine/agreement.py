"""Subject and verb agreement across what stands between them: a relative clause ("The tools my team relies on
was chosen"), an aside in commas ("My manager, who led the team for years, think"), or a phrase with "of" ("One
of the services I maintain run on one server").

The subject is the noun phrase that opens a sentence. The words after its head are read as at most one relative
clause, whose own subject and verb are skipped; the first finite verb after them is the sentence's main verb, and
its number must be the head's. Where the words are not that plain (a compound subject, a dash, a verb the tables
do not know), nothing is said: the check would rather miss a slip than invent one.
"""

import re

from . import wordclass
from .cutoffs import ARTICLES, POSSESSIVES
from .text import STOPWORDS
from .verbs import PLURAL_VERBS, THIRD_PERSON

# Words before a noun that fix it as one: an article or a possessive ("this" may also stand alone: "this is").
NOUN_MARKERS = ARTICLES | POSSESSIVES | {"its"}
OPENERS = ARTICLES | POSSESSIVES | frozenset("this that these those".split())
PREPOSITIONS = frozenset(
    "of on in at for with from about behind near across inside outside under over between among".split()
)
RELATIVES = frozenset("who that which".split())
# After "like" these make it a preposition ("someone like you"); "The user like the form" keeps its verb reading.
LIKE_WHOM = frozenset("me you us him her them yourself myself".split())
OBJECT_PRONOUNS = frozenset("it me him her us them".split())
# Who may be a relative clause's subject: "the services [we] run", "the bugs that [nobody] owns".
CLAUSE_SUBJECTS = frozenset("i we you they he she nobody everyone someone anyone everybody somebody".split())
# A pronoun with its verb already in it ("the reasons I'm writing").
PRONOUN_VERBS = frozenset("i'm we're you're they're he's she's i've we've you've they've i'd we'd".split())
DETERMINERS = NOUN_MARKERS | frozenset("this these those some several many few".split())
ADVERBS = frozenset(
    "all also just still never always often only really mostly usually recently already rarely sometimes "
    "now then both each".split()
)
# Words that open a clause of their own inside the subject ("The descriptions of what dpkg does").
CLAUSE_OPENERS = frozenset("what how why when where whether if".split())
# Words after which a verb is bare or a participle, never the main verb ("should need", "did not belong", "made me
# check").
MODALS = frozenset(
    "can could will would should must may might shall cannot can't couldn't won't wouldn't shouldn't mustn't "
    "mightn't cant couldnt wont wouldnt shouldnt".split()
)
BARE_AFTER = MODALS | frozenset(
    "me us them him than to not do does did don't doesn't didn't dont doesnt didnt let lets make makes help "
    "helps".split()
)
BE_HAVE = frozenset("is are was were be been being has have had".split())  # "is run": a participle follows
PUNCTUATION = frozenset(";:()—–")
BREAKS = PUNCTUATION | {","}  # marks that end the plain stretch from a subject to its verb
# After these a word is no main verb: a noun after an article or possessive, a bare verb after a modal or "to" ("should
# need", "made me check"), a participle after "be" or "have" ("is run").
NO_MAIN_VERB_AFTER = NOUN_MARKERS | BARE_AFTER | BE_HAVE
# How a relative clause names its subject: the opener is it ("who review", "we run"), a PRONOUN follows the opener
# ("that nobody owns"), or a noun PHRASE does ("which temporary files are", "the tools my team relies on").
OPENER, PRONOUN, PHRASE = "opener", "pronoun", "phrase"
SINGULAR_FORMS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
}
PLURAL_FORMS = {plural: singular for singular, plural in SINGULAR_FORMS.items()}
# "is", "have", "doesn't": where these stand, a noun phrase has ended ("Our internal services has").
AUXILIARY_FORMS = frozenset(SINGULAR_FORMS) | frozenset(PLURAL_FORMS)
# Words after a verb that show it is one (its object, a measure, a particle), not a noun ("code changes are").
OBJECT_AFTER = frozenset(
    "a an the its his her their our my your this that these those to on up in every each one two three four five "
    "me us him them it you "
    "ten just clearly well before after about around".split()
)
# Nouns of quantity or of a group: "the rest of the team don't" is English in Britain.
GROUP_NOUNS = frozenset(
    """rest lot number couple majority bunch group team staff police family company government committee board crew
    management audience public class department council kind sort type half part data media jury""".split()
)
# Heads whose number the verb may follow either way, or whose -s is no plural's ("-ics" is either: "statistics are",
# "physics is").
EITHER_NUMBER = GROUP_NOUNS | frozenset("series news means species headquarters lens kubernetes".split())
IRREGULAR_PLURALS = frozenset("people children men women criteria phenomena alumni".split())
# Who is one person ("Everyone I asked mentions"), and the words that give an amount of what follows.
ONE_PERSON = frozenset("everyone everybody someone somebody anyone anybody nobody".split())
AMOUNTS = frozenset(tuple(pair.split()) for pair in ("lots of", "most of", "some of", "all of", "plenty of"))
NUMBERS = frozenset("two three four five six seven eight nine ten dozen hundred".split())  # "The two of us are"
ORDINALS = frozenset("first second third last only latter former".split())
# Nouns that a "that" clause completes rather than describes ("the fact that tests fail").
CLAUSE_NOUNS = frozenset(
    """idea fact news claim belief hope chance sign signs evidence proof feeling sense impression notion assumption
    argument point reason suggestion rule view thought possibility risk danger fear worry concern doubt promise
    guarantee requirement condition message statement conclusion principle theory rumour rumor observation lesson
    reminder understanding indication way time day week month year moment place case extent""".split()
)  # "The first of the two approaches was"
BASE_FORMS = {third: base for base, third in THIRD_PERSON.items()} | PLURAL_VERBS  # "finishes" -> "finish"
SENTENCE = re.compile(r"[^.!?\n]+")
OPENING = re.compile(
    r"\s*(?:The|Our|My|Your|Their|This|That|These|Those|His|Her|An?|One of|Each of|Lots of|Most of|Some of|All of|"
    r"Plenty of|Every(?:one|body)|Some(?:one|body)|Any(?:one|body)|Nobody)\b"
)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:()—–]")
MAX_MODIFIERS = 3


def disagreements(text):
    """(start, end, verb, correction, head) for each main verb whose number is not its subject's."""
    for sentence in SENTENCE.finditer(text):
        if not OPENING.match(sentence.group()):
            continue  # most sentences open on no determiner: no need to read them word by word
        tokens = [(m.group().lower().replace("’", "'"), m) for m in TOKEN.finditer(sentence.group())]
        found = _main_verb_against_head(tokens)
        if found:
            verb, head, correction = found
            start = sentence.start() + verb.start()
            yield start, start + len(verb.group()), verb.group(), correction, head


def _main_verb_against_head(tokens):
    """(the verb's match, the head, the correction) when the sentence's main verb disagrees with its head."""
    subject = _subject(tokens)
    if not subject:
        return None
    head, plural, j = subject
    verb = _main_verb(tokens, j)
    if verb is None:
        return None
    word, m = tokens[verb]
    correction = _correction(word, plural)
    return (m, head, correction) if correction else None


def _subject(tokens):
    """(head, is it plural, index after the head) of the noun phrase opening the sentence, when a phrase, clause
    or aside follows it (the plain "The tests is" is the simpler rows' to find), else None. "Everyone" is one
    person; after "a lot of" or "most of" the noun that follows sets the number; "the number of" is one number,
    "a number of" several."""
    if len(tokens) < 4 or not tokens[0][1].group()[0].isupper():
        return None
    first = tokens[0][0]
    if first in ("one", "each") and tokens[1][0] == "of":
        return first, False, 1
    if first in ONE_PERSON:
        return first, False, 1
    if first == "the" and tokens[1][0] == "number" and tokens[2][0] == "of":
        return "number", False, 2
    amount = _amount(tokens)
    if amount:
        i = amount + (tokens[amount][0] in OPENERS)
        return _phrase_head(tokens, tokens[i - 1][0] if i > amount else None, i)
    if first not in OPENERS:
        return None
    return _phrase_head(tokens, first, 1)


def _amount(tokens):
    """How many words open the sentence with an amount of what follows ("a lot of", "most of"), or 0."""
    words = tuple(word for word, _ in tokens[:3])
    if words == ("a", "lot", "of"):
        return 3
    return 2 if words[:2] in AMOUNTS else 0


def _phrase_head(tokens, opener, i):
    """(head, is it plural, index after the head) of the noun phrase whose words start at tokens[i], after
    `opener` (a determiner, or None), or None when they are not a plain noun phrase."""
    run = []
    for word, _ in tokens[i : i + MAX_MODIFIERS + 1]:
        if _boundary(word) or run and word in ADVERBS:  # "The proxy server still": the adverb is the verb's
            break
        run.append(word)
    else:
        return None
    if not run or len(run) > MAX_MODIFIERS or i + len(run) >= len(tokens):
        return None
    if not _noun_phrase(opener, run, tokens[i + len(run)][0]):
        return None
    head = run[-1]
    written = tokens[i + len(run) - 1][1].group()
    if len(run) > 1 and re.fullmatch(r"[A-Z][a-z'’-]+", written) and run[-2].islower():
        head, written = run[-2], tokens[i + len(run) - 2][1].group()  # "My colleague Joanna have": the same person
    acronym = re.fullmatch(r"[A-Z]{2,}s", written) is not None  # "CPUs", "APIs"
    if not acronym and not _plain_head(head, written, tokens[i + len(run)][0]):
        return None
    plural = _plural(head) or acronym
    if opener in ("these", "those") and not plural or opener in ("this", "that") and plural:
        return None  # "Those chapter from your book are": the noun's number is the slip, and number.py finds it
    if (
        head in EITHER_NUMBER
        or head in NUMBERS
        or head in STOPWORDS
        and head not in ORDINALS
        or head.endswith(("'s", "ics"))
    ):
        return None
    return head, plural, i + len(run)


def _plain_head(head, written, after):
    """True when `head` is an ordinary noun whose number shows: not a name, a command's option or a letter ("the
    environment variable COLUMNS", "--check-programs", "the letter s"), not a describing word or an -ing form that
    stands for a noun ("The following are", "The latter are", "our slowest 5% are"), not a noun that a "that"
    clause completes ("The fact that both calls return")."""
    if len(head) < 3 or not written.islower() or "-" in head or "'" in head:
        return False
    if after == "that" and head in CLAUSE_NOUNS:
        return False
    stands_for_noun = (
        wordclass.ing_form(head)
        or head in ORDINALS
        or wordclass.graded(head)
        or wordclass.only(head, wordclass.ADJECTIVE)
    )
    return after == "of" or not stands_for_noun  # "The naming of these files", "The first of the two"


def _noun_phrase(opener, run, boundary):
    """True when the words after the determiner are a noun phrase, not a noun and its verb: none is a listed verb
    or a participle ("The argument included", "The access lists configured"), none but the last ends in -s or -ing
    ("These files list", "The options appearing"), a last word in -s is a noun only alone or before a preposition or
    an auxiliary ("The client proves that"; "Our internal services has"), and "This" or "Those" is no pronoun
    before a verb ("This assumes", "Those implementing")."""
    before_verb = (
        run[:-1] if boundary in AUXILIARY_FORMS else run
    )  # "Our nightly checks doesn't": no verb before another
    if len(run) > 1 and any(_verb_form(w) or w.endswith("ed") for w in before_verb):
        return False  # alone after "The", "changes" is a noun
    if any(w.endswith(("s", "ing")) for w in run[:-1]):
        return False
    if opener in ("this", "that") and run[-1].endswith("s") or opener in ("these", "those") and run[-1].endswith("ing"):
        return False
    return len(run) == 1 or not run[-1].endswith("s") or boundary in PREPOSITIONS or boundary in AUXILIARY_FORMS


def _boundary(word):
    return (
        word in PREPOSITIONS
        or word in AUXILIARY_FORMS
        or word in RELATIVES
        or word in CLAUSE_SUBJECTS
        or word in PRONOUN_VERBS
        or word in DETERMINERS
        or word in PUNCTUATION
        or word in MODALS
        or word in (",", "and", "or", "but")
        or word.endswith("n't")  # "This wouldn't have"
        or word in OBJECT_PRONOUNS  # "The way it works is"
    )


def _plural(noun):
    if noun in IRREGULAR_PLURALS:
        return True
    if wordclass.singular_of(noun) or wordclass.singular_noun(noun):  # the lexicon knows: "macros", "series"
        return wordclass.singular_of(noun) is not None
    return noun in IRREGULAR_PLURALS or (
        noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ics", "as", "os"))
    )


def _main_verb(tokens, j):
    """The index of the main verb after the subject's head (tokens[j] is the word after it): past an aside in
    commas that a relative opens, or past a phrase and one relative clause (its subject and verb), or None when the
    words are not that plain."""
    if tokens[j][0] == ",":
        return _after_aside(tokens, j)
    if tokens[j][0] in ADVERBS:  # "The module just examines": the verb comes right after the adverb, or none is known
        k = j + 1 + (_next(tokens, j) in ADVERBS)
        return k if k < len(tokens) and _finite(tokens, k, with_object=True) else None
    k, clause_read = j, False
    while k < len(tokens):
        word, previous = tokens[k][0], tokens[k - 1][0]
        if word in BREAKS or word in ("and", "or", "but"):
            return None  # an aside, a list or a compound subject: not plain enough
        clause_subject = _clause_subject(tokens, k, j)
        if clause_subject:
            if clause_read:
                return None  # clauses within clauses
            k, clause_read = _clause_verb(tokens, k, clause_subject), True
            if k is None:
                return None
        elif word in AUXILIARY_FORMS:
            return k  # "Each of us is on call every week": the first "is" or "are" past the head is the main verb
        elif word in ("like", "unlike") and _next(tokens, k) in LIKE_WHOM:
            pass  # "a review by an expert like you saves weeks": a preposition, not the verb
        elif word not in PRONOUN_VERBS and previous not in NO_MAIN_VERB_AFTER:
            # "the reasons I'm writing": a pronoun verb is a clause's subject and verb in one word
            if word in MODALS or _unlisted_verb(tokens, k, previous):
                return None  # a modal, a past ("Your talk on X helped me find") or an unlisted verb ("determines")
            if _object_of_preposition(tokens, k):
                pass  # "the states of the clone triggers in": a noun
            elif _finite(tokens, k, with_object=True):
                return k
            elif _verb_form(word) and not wordclass.singular_of(word) and _noun_like(previous):
                return None  # a verb passed over after its subject ("returns null"): a later one is not the main verb
        k += 1
    return None


def _clause_subject(tokens, k, j):
    """How the relative clause that opens at tokens[k] names its subject (OPENER, PRONOUN or PHRASE), or None when
    no clause opens there."""
    word, previous = tokens[k][0], tokens[k - 1][0]
    if word == "that" and previous in PREPOSITIONS:
        return None  # "the pixels of that hierarchy": a determiner
    if word in RELATIVES and _verb_form(_next(tokens, k)):
        return OPENER  # "the engineers [who] review"
    if word in CLAUSE_SUBJECTS and (k == j or _noun_like(previous)):
        return OPENER  # "the list of services [we] run"
    if word in RELATIVES or word in CLAUSE_OPENERS:
        return PRONOUN if _next(tokens, k) in CLAUSE_SUBJECTS else PHRASE  # "the bugs that [nobody] owns"
    if word in DETERMINERS and k == j:
        return PHRASE  # "the tools [my team] relies on"
    return None


def _clause_verb(tokens, k, subject):
    """The index of the verb of the clause that opens at tokens[k], past its subject, or None when a comma or a mark
    comes first or there is no verb."""
    if subject == PHRASE:
        return _verb_after_phrase(tokens, k)
    verb = k + 1 if subject == OPENER else k + 2  # a PRONOUN stands between the opener and the verb
    while verb < len(tokens) and tokens[verb][0] in ADVERBS:
        verb += 1  # "the services we also run": the adverb is not the clause's verb
    return verb if verb < len(tokens) and tokens[verb][0] not in BREAKS else None


def _verb_after_phrase(tokens, k):
    """The index of a clause's verb after its noun-phrase subject ("in which [temporary files] are", "the tools [my
    team] relies on"), or None when the phrase runs longer than MAX_MODIFIERS + 1 words or meets a comma or a mark.
    The phrase opens on tokens[k] when that is a determiner, else on the word after it."""
    start = k if tokens[k][0] in DETERMINERS else k + 1
    determined = start < len(tokens) and tokens[start][0] in DETERMINERS
    for m in range(k + 1, len(tokens)):
        word, length = tokens[m][0], m - start + 1
        if word in BREAKS:
            return None
        # "[my team] relies": a word in -s after a determined noun; "[temporary files] are" holds no verb in -s
        verb_in_s = word.endswith("s") and length > 1 and determined and tokens[m - 1][0] not in DETERMINERS
        if word in MODALS or _finite(tokens, m, with_object=False) or verb_in_s:
            return m
        if length > MAX_MODIFIERS + 1:
            return None
    return None


def _unlisted_verb(tokens, k, previous):
    """True when tokens[k], after a noun, is most likely a verb the tables lack: a past in -ed, or a word in -s
    that takes an object or a clause ("The value in this file determines whether"); "systems recommend" is a
    plural noun before its verb."""
    word = tokens[k][0]
    if not _noun_like(previous) or _finite(tokens, k, with_object=True) or _object_of_preposition(tokens, k):
        return False
    following = _next(tokens, k)
    return (
        word.endswith("ed")
        or word.endswith("s")
        and (following in OBJECT_AFTER or following in CLAUSE_OPENERS or following in RELATIVES)
    )


def _object_of_preposition(tokens, k):
    """True when tokens[k] is a plural noun that ends a preposition's object and another phrase or a relative
    clause follows it ("the number of open tickets in our queue", "the effects of all later calls that"), not a verb
    with its particle."""
    if not wordclass.singular_of(tokens[k][0]) or _next(tokens, k) not in PREPOSITIONS | RELATIVES:
        return False
    i = k - 1
    while i > 0 and k - i <= 2 and _noun_like(tokens[i][0]):
        i -= 1
    i -= tokens[i][0] in DETERMINERS or tokens[i][0] in ("all", "any", "both", "every", "no")
    return tokens[i][0] in PREPOSITIONS


def _after_aside(tokens, j):
    """The verb right after an aside that a relative opens ("My manager, who led the team, think"), or None."""
    if j + 1 >= len(tokens) or tokens[j + 1][0] not in ("who", "which", "whose"):
        return None  # "The configure, build, test and install steps": a list, not an aside
    close = next((k for k in range(j + 2, len(tokens)) if tokens[k][0] == ","), None)
    if close is None:
        return None
    k = close + 1 + (close + 1 < len(tokens) and tokens[close + 1][0] in ADVERBS)
    return k if k < len(tokens) and _finite(tokens, k, with_object=False) else None


def _next(tokens, k):
    return tokens[k + 1][0] if k + 1 < len(tokens) else ""


def _noun_like(word):
    """True for a word that may end a noun phrase: not a function word, a preposition or a verb form."""
    return word not in STOPWORDS and word not in PREPOSITIONS and word not in RELATIVES and not _verb_form(word)


def _verb_form(word):
    return word in THIRD_PERSON or word in BASE_FORMS or word in SINGULAR_FORMS or word in PLURAL_FORMS


def _finite(tokens, k, with_object):
    """True when tokens[k] is a verb with a subject: a form of be, have or do, or a listed verb (or a past in
    -ed); where a noun could stand instead (`with_object`), only with its object, a measure or a particle after it
    ("code changes are" holds a noun)."""
    word = tokens[k][0]
    if word in SINGULAR_FORMS or word in PLURAL_FORMS or word == "am":
        return True
    if not (word in BASE_FORMS or word in THIRD_PERSON or word.endswith("ed")):
        return False
    following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if following == "to":
        return not with_object or word not in THIRD_PERSON  # "wants to know"; "the address block to translate"
    return not with_object or following in OBJECT_AFTER or following in ADVERBS


def _correction(verb, plural):
    """The form of `verb` that agrees with a plural (or singular) head, or None when it already does."""
    if plural:
        if verb in SINGULAR_FORMS:
            return SINGULAR_FORMS[verb]
        return BASE_FORMS.get(verb)
    if verb in PLURAL_FORMS:
        return PLURAL_FORMS[verb]
    return THIRD_PERSON.get(verb)
