"""Agreement inside a sentence, where agreement.py's subject-first reading does not reach: the verb of a
"who/that/which" clause and the noun the clause follows ("a reviewer who understand" -> "understands"), the
second verb of a predicate joined by "and" and the first ("the job parses the logs and send" -> "sends"), and the
auxiliary after a gerund that opens a sentence ("Moving our builds to ARM have" -> "has").

Both are among the agreement errors learners of English make most (the CoNLL-2014 shared task counts subject-verb
agreement among its commonest error types), and both can be read from a few words and a lexicon's word classes:
a relative pronoun takes the number of its noun, and verbs joined by "and" share one subject. Where the noun is
not plain (after "one of", a list, a name, a group noun) or the second verb could be a noun, nothing is said.
"""

from . import wordclass as wc
from .agreement import (
    CLAUSE_NOUNS,
    EITHER_NUMBER,
    IRREGULAR_PLURALS,
    NUMBERS,
    ONE_PERSON,
    PLURAL_FORMS,
    RELATIVES,
    SINGULAR_FORMS,
)
from .cutoffs import ARTICLES, BE_FORMS, MODAL_VERBS, OBJECT_FORMS, POSSESSIVES, SUBJECT_PRONOUNS
from .number import word_at, word_slips
from .text import MARKS, STOPWORDS

# Words that are several, whatever their form (ONE_PERSON, from agreement.py, are one).
SEVERAL = IRREGULAR_PLURALS | frozenset("those others".split())
# A relative clause's verb may wait behind one of these ("who often writes").
ADVERBS = frozenset(
    "also still often always never usually really actually already just mostly only sometimes rarely regularly "
    "now then currently recently even".split()
)
DETERMINERS = ARTICLES | POSSESSIVES | frozenset("this that these those its each every some any no all".split())
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | {"it"}
SUBJECT_OPENERS = ARTICLES | POSSESSIVES | frozenset("this these those each every".split())
# Words that open what a verb takes: its object, a particle, a measure ("handles the retries", "runs in").
OBJECT_STARTS = (
    DETERMINERS
    | OBJECT_FORMS
    | frozenset(
        "to in on at for with from into about up out over through by one two three four five itself himself herself "
        "themselves ourselves yourself myself".split()
    )
)
PREPOSITIONS = frozenset("of in on at for with from about by via under across behind near inside between among".split())
SENTENCE_MARKS = frozenset(".!?:;")
# Bare verbs that follow "and" in set phrases rather than sharing the first verb's subject ("and thank you", "and
# let me know", "and feel free").
SET_PHRASES = frozenset("thank let feel please see".split())
# Where a clause, and so its subject, begins (None: the text's start).
CLAUSE_OPENERS = MARKS | frozenset("and but so because since while when if although though".split()) | {None}
STRETCH = 8  # the most words between a predicate's first verb and "and"


def clause_slips(text):
    """(start, end, correction, what is wrong) for each verb that does not agree with the noun or the verb it is
    tied to."""
    return word_slips(text, _clause_slips_in)


def _clause_slips_in(words):
    for i, word in enumerate(words):
        found = (
            word in RELATIVES
            and _relative_verb(words, i)
            or word == "and"
            and _second_verb(words, i)
            or word.endswith("ing")
            and _gerund_subject(words, i)
            or word in _SECOND_NEGATIVES
            and _double_negative(words, i)
        )
        if found:
            yield found


# --- a second negative in a clause that has one --------------------------------------------------------------
# Standard English puts one negative in a clause ("I did not change anything"); many languages (Spanish, French,
# Portuguese, Polish, Russian) and some dialects put two, and learners carry it over ("I did not change nothing").
# The second is corrected to its "any" form ("no one", two words, to "anyone").
_SECOND_NEGATIVES = {"nothing": "anything", "nobody": "anybody", "nowhere": "anywhere", "never": "ever", "no": "anyone"}
_NEGATORS = frozenset("not cannot never nobody nothing nowhere none neither nor".split())
# Where the clause the negative belongs to ends, going back: a mark, a conjunction, a relative, or a new subject
# ("nothing I have never tried" holds two clauses).
_NEGATIVE_CLAUSE_ENDS = (
    MARKS | frozenset("and but or so because since while when if although though that which who".split())
) | frozenset("I i we you they he she it".split())
NEGATIVE_REACH = 6  # words back from the second negative to the first


def _double_negative(words, n):
    """(index, correction, what) when the negative word at n follows another in its clause: "Nobody here had
    never profiled it", "we did not touch nothing". Not when it opens a clause of its own ("I wasn't surprised nobody
    came"), stands in a phrase of having ("not again with nothing new") or a set phrase ("not for nothing"), or when
    a second verb shows a second clause between them ("a trace I can't read shows me nothing")."""
    before = word_at(words, n - 1)
    if before in ("with", "without") or before == "for" and word_at(words, n - 2) == "not":
        return None
    pair = words[n] == "no"  # "no one"
    if pair and word_at(words, n + 1) != "one":
        return None  # "no" before a noun ("no time") is read elsewhere
    if words[n] != "never" and _finite(word_at(words, n + 1 + pair)):
        return None
    for k in range(n - 1, max(-1, n - 1 - NEGATIVE_REACH), -1):
        word = words[k]
        if word in _NEGATORS or word.endswith(("n't", "n’t")):
            if any(_finite(w) for w in words[k + 2 : n]):
                return None
            fixed = _SECOND_NEGATIVES[words[n]]
            what = f'one negative is enough in a clause that has "{word}": "{fixed}"'
            return (n, fixed, what, n + 1) if pair else (n, fixed, what)
        if word in _NEGATIVE_CLAUSE_ENDS:
            return None
    return None


def _finite(word):
    """True for a word that may be a verb with its own subject: "is", "was", a third person ("tells", "costs") or a
    past that is no noun ("answered")."""
    if word is None:
        return False
    if word in BE_FORMS - {"be", "being", "been"}:
        return True
    return wc.bare_of(word) is not None or wc.only(word, wc.VERB) and word.endswith("ed")


# --- a relative clause's verb and its noun ---------------------------------------------------------------------


def _relative_verb(words, r):
    """(index, correction, what) when the verb of the clause that opens at words[r] disagrees with its noun."""
    v = r + 1 + (word_at(words, r + 1) in ADVERBS)
    verb = word_at(words, v)
    verb_plural = _verb_number(words, v, after_who=words[r] == "who")
    if verb_plural is None:
        return None
    head_at = r - 1 - (word_at(words, r - 1) == "," and words[r] != "that")  # "the suite, which run"
    head_plural = _head_number(words, head_at)
    if head_plural is None or head_plural == verb_plural:
        return None
    if head_plural and verb == "is" and words[r] == "that":
        return None  # "that is" may mean "in other words"
    if not verb_plural and words[r] == "which" and head_at != r - 1:
        return None  # ", which" may stand for the whole clause before it, whose verb is singular
    correction = _agreeing(verb, head_plural)
    if correction is None:
        return None
    return v, correction, f'"{verb}" does not agree with "{words[head_at]}", which "{words[r]}" stands for'


def _verb_number(words, v, after_who=False):
    """True when words[v] is a verb that wants a plural subject, False when it wants one thing, None when it is no
    verb there: a word that could be a noun counts only with its object or a particle after it ("that handle
    retries" is not enough; "that run in" is), unless it follows "who", which no noun follows."""
    verb = word_at(words, v)
    if verb in SINGULAR_FORMS or verb in PLURAL_FORMS:
        return verb in PLURAL_FORMS
    if verb is None or not verb.islower() or verb in STOPWORDS:
        return None
    if wc.past_participle(verb):
        return None  # a past shows no number: "who saw" ("saw" is a bare verb too)
    is_third = wc.bare_of(verb) is not None
    is_bare = wc.third_person_of(verb) is not None
    if not (is_third or is_bare) or is_third and is_bare:
        return None
    unambiguous = wc.only(verb, wc.VERB)
    after_that = words[v - 1] == "that" or v >= 2 and words[v - 2] == "that"
    if unambiguous or after_who:
        return is_bare
    after = word_at(words, v + 1)
    if not (after in OBJECT_STARTS - {"to"} or after_that and _plain_word(after)):
        return None  # "the idea that work should", "the bugs that reports show": a noun, not the clause's verb
    return is_bare


def _plain_word(word):
    """True for a word that can open a verb's object but is no verb of its own: a describing word, a noun, an -ing
    form ("that covers sampling", "that build tools")."""
    if word is None or word in MARKS or word in STOPWORDS or not word.islower():
        return False  # a name may be the clause's subject: "the mapping that thread B created"
    found = wc.classes(word)
    if not found or wc.ing_form(word) or wc.singular_of(word) is not None:
        return True
    return wc.VERB not in found and bool(found & {wc.NOUN, wc.ADJECTIVE})


def _head_number(words, h):
    """True when words[h] is a plural noun that a relative clause can follow, False when singular, None when it is
    no noun there or its number is not plain: a group noun, a name, a singular noun without its determiner ("Note
    that"), a noun whose phrase does not follow a verb or the start of a sentence (a list: "the guide and the video
    that"; a phrase after a participle: "the routes listed in the table that"), or the object of a preposition
    after a noun (either noun may be the clause's: "one of the engineers who", "the list of tools that")."""
    head = word_at(words, h)
    if head is None or not head.islower() or head in EITHER_NUMBER:
        return None
    pronoun = head in ONE_PERSON or head in SEVERAL
    if not pronoun and (not wc.may_be_noun(head) or head in STOPWORDS):
        return None
    plural = head in SEVERAL or not pronoun and wc.singular_of(head) is not None
    start = _phrase_start(words, h)
    if not plural and not pronoun and (start == h or not wc.singular_noun(head)):
        return None
    if head in CLAUSE_NOUNS:
        return None  # "the idea that release notes matter": "that" opens what the idea is
    if start < h and wc.bare_of(head) and wc.may_be_noun(words[h - 1]) and words[h - 1] not in NUMBERS:
        return None  # "the target calls which": a noun and its verb, perhaps
    before = word_at(words, start - 1)
    if before == "there" and word_at(words, start - 2) in SINGULAR_FORMS | PLURAL_FORMS:
        return plural  # "Is there a course that"
    if before in PREPOSITIONS or before == "to" and words[start] in DETERMINERS:
        return plural if _verb_in_context(words, start - 2, object_follows=False) else None
    if before is None or before in SENTENCE_MARKS or _verb_in_context(words, start - 1, object_follows=True):
        return plural
    return None


def _verb_in_context(words, k, object_follows):
    """True when words[k] is a verb here: after its subject, "to" or a modal ("we talked with", "to meet"), or, with
    its object after it (`object_follows`), any verb ("recommended a plugin"); else only a word that is never
    anything but a bare or finite verb. An -ing form is a verb only after "be" ("I am looking for")."""
    word = word_at(words, k)
    if word is None or not word.islower():
        return False
    if wc.ing_form(word):
        return word_at(words, k - 1) in BE_FORMS  # "I am looking for", not "processes having"
    if word not in SINGULAR_FORMS and word not in PLURAL_FORMS and wc.VERB not in wc.classes(word):
        return False
    subject = word_at(words, k - 1 - (word_at(words, k - 1) in ADVERBS))
    if subject in SUBJECT_PRONOUNS or subject in ("it", "who", "that"):
        return True
    if subject in MODAL_VERBS or subject == "to":
        return wc.third_person_of(word) is not None  # "to meet", not "sensitive to changes"
    if subject in DETERMINERS or wc.singular_of(word):
        return False  # "the specified range", "its functions": a describing word or a plural noun
    return object_follows or wc.only(word, wc.VERB) and not wc.past_participle(word)


def _phrase_start(words, h):
    """The index where the noun phrase that ends at words[h] starts: its determiner, or the first describing
    word or noun before the head."""
    k = h
    while k - 1 >= 0 and h - k < 3:
        before = words[k - 1]
        if before in DETERMINERS or before.isdigit():
            return k - 1
        modifier = wc.classes(before) & {wc.NOUN, wc.ADJECTIVE} or word_at(words, k - 2) in DETERMINERS
        if before in STOPWORDS or before in PREPOSITIONS or before in MARKS or not before.islower() or not modifier:
            return k  # a participle only after a determiner: "the specified range"
        if word_at(words, k - 2) in SUBJECT_PRONOUNS | MODAL_VERBS | {"to"} and wc.VERB in wc.classes(before):
            return k  # "to hire engineers who": a verb and its object
        k -= 1
    return k


# --- a gerund as the subject --------------------------------------------------------------------------------------


def _gerund_subject(words, g):
    """(index, correction, what) when a sentence opens on an -ing form and its object ("Migrating our old services
    to Kubernetes") and the auxiliary after them is plural: what is done is one thing ("have" -> "has")."""
    if not (g == 0 or words[g - 1] in SENTENCE_MARKS) or not wc.ing_form(words[g]):
        return None
    if word_at(words, g + 1) not in DETERMINERS - {"that", "this", "no", "all", "some", "any", "each", "every"}:
        return None  # "Growing teams have": a describing word and its noun
    for k in range(g + 2, min(len(words), g + 10)):
        word = words[k]
        if word in PLURAL_FORMS and word != "do":  # "makes curl do no retries": a bare "do" after its object
            return (
                k,
                PLURAL_FORMS[word],
                f'"{word}" does not agree with "{words[g]} ...", one thing done: "{PLURAL_FORMS[word]}"',
            )
        if word in SINGULAR_FORMS or word in MARKS or word in RELATIVES or word in MODAL_VERBS or word == "and":
            return None
    return None


# --- the second verb of a predicate joined by "and" ------------------------------------------------------------


def _second_verb(words, a):
    """(index, correction, what) when the verb after "and" at words[a] does not agree with the predicate's first
    verb, which shares its subject: "the job parses the logs and send" -> "sends"."""
    v = a + 1 + (word_at(words, a + 1) in ADVERBS)
    second = word_at(words, v)
    if second is None or second in SET_PHRASES or word_at(words, v + 1) not in DETERMINERS | OBJECT_FORMS:
        return None  # only a verb with its object after it: "and report bugs" may be a list of nouns
    second_plural = _verb_number(words, v)
    if second_plural is None or second in SINGULAR_FORMS or second in PLURAL_FORMS:
        return None
    first = _first_verb(words, a)
    if first is None or first[1] == second_plural:
        return None
    first_at, first_plural = first
    if not first_plural and _bare_verb_before(words, first_at):
        return None  # "to click on any page that loads and receive": "and" may join the bare verbs
    correction = _agreeing(second, first_plural)
    return v, correction, f'"{second}" shares its subject with the verb before "and": "{correction}"'


def _first_verb(words, a):
    """(index, wants a plural subject) of the first verb of the predicate that "and" at words[a] continues: found
    by walking back over its object (nouns, describing words, determiners, prepositions) to a verb with its
    subject before it; None when anything else stands there (a comma, a clause, a second verb)."""
    for k in range(a - 1, max(-1, a - 1 - STRETCH), -1):
        word, before = words[k], word_at(words, k - 1)
        if word in MARKS or word in RELATIVES or word in MODAL_VERBS or word in ("to", "and", "or", "but"):
            return None
        if before in OBJECT_FORMS and before not in ("it", "you"):
            return None  # "helps me check": a bare verb after its object, not the predicate's own
        found = _verb_after_subject(words, k)
        if found is not None:
            return k, found
        if word in DETERMINERS or word in PREPOSITIONS or word in OBJECT_FORMS or word.isdigit():
            continue
        if not word.islower() or wc.classes(word) & {wc.NOUN, wc.ADJECTIVE, wc.ADVERB} and not wc.ing_form(word):
            continue  # the object's words and names
        if before in DETERMINERS or wc.only(before or "", wc.ADJECTIVE, wc.ADVERB):
            continue  # a noun the lexicon lists as a verb only ("the nightly logs")
        if wc.past_participle(word) and before in DETERMINERS:
            continue  # "the uploaded invoices"
        return None
    return None


def _bare_verb_before(words, k):
    """True when "to" or a modal stands before words[k] in its sentence: a bare verb after "and" may be its."""
    for word in reversed(words[max(0, k - 20) : k]):
        if word in SENTENCE_MARKS:
            return False
        if word == "to" or word in MODAL_VERBS:
            return True
    return False


def _verb_after_subject(words, k):
    """True or False (the verb's number) when words[k] is a finite verb right after its subject and before its
    object; else None. A verb that could be a plural noun needs an article or possessive after it ("the crash
    reports every morning" is a noun phrase)."""
    verb, subject = words[k], word_at(words, k - 1)
    if subject in ADVERBS:
        subject = word_at(words, k - 2)
    after = word_at(words, k + 1)
    if subject is None or wc.singular_of(verb) and after not in ARTICLES | POSSESSIVES:
        return None
    if after not in OBJECT_STARTS and subject not in PERSONAL_PRONOUNS:
        return None  # after a pronoun the verb is plain ("we collect feedback"); after a noun, only with its object
    third, bare = wc.bare_of(verb) is not None, wc.third_person_of(verb) is not None
    if third == bare:
        return None
    plural = subject not in ("he", "she", "it") if subject in PERSONAL_PRONOUNS else _noun_subject(words, k)
    return bare if plural == bare else None


def _noun_subject(words, k):
    """True (plural) or False (singular) when the words before words[k] are a noun phrase that opens a clause
    with its determiner and at most one noun before its head ("My team lead reviews", "Our scripts rebuild"; in
    "we gather the crash reports" the phrase is an object); else None."""
    noun = word_at(words, k - 1)
    if noun is None or not noun.islower() or noun in EITHER_NUMBER or not wc.may_be_noun(noun):
        return None
    plural = wc.singular_of(noun) is not None
    if not plural and not wc.singular_noun(noun):
        return None
    opener = k - 2 - (wc.may_be_noun(word_at(words, k - 2)) and word_at(words, k - 3) in SUBJECT_OPENERS)
    if words[opener] not in SUBJECT_OPENERS or word_at(words, opener - 1) not in CLAUSE_OPENERS:
        return None
    return plural


def _agreeing(verb, plural):
    """The form of `verb` for a plural (or singular) subject."""
    if plural:
        return SINGULAR_FORMS.get(verb) or wc.bare_of(verb)
    return PLURAL_FORMS.get(verb) or wc.third_person_of(verb)
