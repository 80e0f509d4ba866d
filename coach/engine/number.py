"""Number that does not agree between neighbouring words, read from the word classes of a published lexicon.

A noun that is never counted, given a plural ("feedbacks") or "a" ("a feedback"); "much" or "less" with what is
counted ("less bugs"); a describing word given a plural ("differents regions", "others options"); a determiner and
its noun ("a workshops", "several library", "this diagrams", "every months", "one of my service"); a plural pronoun
and its verb ("they says"); a subject, a frequency adverb and its verb ("our pipeline often fail", "our testers often
writes"); "there are a ..."; and a question's auxiliary and its subject ("do your framework handle", "has your
students passed").
Agreement across a clause is agreement.py's. Each check here reads at most four words and stays silent where the
noun could be a modifier of a noun after it ("a sales team", "two factor authentication").
"""

import re
from functools import lru_cache

from . import wordclass as wc
from .agreement import GROUP_NOUNS, NUMBERS, SINGULAR_FORMS
from .cutoffs import ARTICLES, AUXILIARIES, POSSESSIVES, SUBJECT_PRONOUNS
from .text import STOPWORDS

# A word (with its hyphens: "three-way" is one), a number, a mark, or a command's option ("--multiple"): the
# option is one token that no check reads as a word.
WORD = re.compile(r"(?<![-\w])[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:[.,]\d+)*|[.,;:!?()\"“”]|(?<!\w)-+[A-Za-z][\w-]*")
_MARKS = frozenset('.,;:!?)"“”')
# Words that pick from several ("one of", "many of"): the noun after "of my" must be plural.
_ONE_OF_SEVERAL = frozenset("one many several few each both".split())
# Determiners that want one thing, and those that want several.
_ONE = frozenset("a an every each another one".split())
_NEVER_PRONOUNS = frozenset("a an every".split())
_SEVERAL = frozenset("several many few multiple numerous various both".split()) | NUMBERS - {"one"}
# After "and", words that show the sentence goes on with a verb rather than a list of nouns ("for four month and
# would like", not "two host and flow overrides").
_CLAUSE_GOES_ON = frozenset("would will can could i we am is are was have has had now so then also".split())
# A plural this common beside its singular marks a counted noun; "informations" and "advices" are far rarer.
COUNTED = 0.02
# Nouns that are not counted and that learners of English often give a plural ("informations", "advices");
# counted readings with a plural of their own ("evidences" a verb, "trainings" in some Englishes) are left out. The
# word list's counts must agree: the plural written under 1% as often as the noun.
UNCOUNTED_NOUNS = frozenset(
    "information advice feedback equipment software hardware knowledge furniture luggage baggage homework guidance "
    "documentation firmware vocabulary machinery".split()
)
UNCOUNTED = 0.01
# Of those, the ones never counted as one ("a vocabulary for" is whole, "a feedback" is not).
_NEVER_ONE = UNCOUNTED_NOUNS - {"vocabulary"}
# Words before a number that make it a name or a pronoun: "layer three protocol", "the other two use".
_OWNERS = POSSESSIVES | frozenset("the its these those".split())
_SUBJECT_OWNERS = _OWNERS - {"these", "those"}  # "these" is plural already: nothing to disagree with
_NUMBER_AS_NAME = _OWNERS | frozenset(
    "other all of layer part phase chapter version level stage step type class day week season".split()
)
_PREPOSITIONS = frozenset("of to for with from by in on at about into after before like than".split())
# Words that open a verb's object ("uses it", "takes a minute").
_OBJECT_STARTS = ARTICLES | _OWNERS | frozenset("it them him her me us this that".split())
# Nouns that count as plural though the lexicon lists them as singular forms, and measures that stand bare
# after a number ("two hundred", "a dozen").
_PLURAL_IN_MEANING = frozenset("people staff police folk personnel cattle crew data media".split())
_UNCOUNTED = STOPWORDS | _PLURAL_IN_MEANING  # never a determiner's noun here
# Units that are describing words too ("a minute change"): after a count they are the unit.
_UNITS = frozenset("minute second".split())
_MEASURES = frozenset("hundred thousand million billion dozen percent per cent".split())
# "there are a few", "a number of": an amount of several things
_AMOUNTS = frozenset("few lot number couple bunch handful dozen ton variety range host pair set series".split())
_ONE_EACH = frozenset("every each either neither".split())  # with a noun, a subject of one
_PLACES = frozenset("past over across through under beyond within without".split())  # "scale past two nodes"
_MANY_OF = frozenset("hundreds thousands millions dozens couple".split())  # "hundreds of", "a couple of"
_TIMES = frozenset("week month year spring summer autumn fall winter weekend night quarter term sprint time".split())
_FREQUENCY = frozenset("often always never usually sometimes rarely also still just really only seldom".split())
# Where a clause, and so a subject, begins.
_CLAUSE_START = _MARKS | frozenset("and but so because if when since while that although though".split())
_FINITE = frozenset("is are was were has have had do does did will would can could should may might must".split())
_SEMI_MODALS = frozenset("need dare".split())  # "the administrator usually need not"
_QUESTION_AUXILIARIES = {"do": "does", "does": "do", "has": "have", "have": "has"}
_COUNTING = _ONE | _SEVERAL | {"this", "these", "those"}
# The words a slip of each kind starts on: the rest of a text is passed over at a set lookup a word.
_INVERTING = frozenset("here attached enclosed below".split())  # "Here is the three files": the subject follows
_QUESTION_WORDS = frozenset("where what how why when".split())
_SUBJECT_DETERMINERS = frozenset("the my our your their".split())
# Words that start only the check of "is/has/does" with several things.
_SEVERAL_ONLY = (set(SINGULAR_FORMS) - set(_QUESTION_AUXILIARIES)) | _INVERTING | {"and"}
_STARTS = (
    _COUNTING
    | _OWNERS
    | {"they", "we", "there", "much", "less", "more", "most", "and", "of", "either", "neither"}
    | set(_QUESTION_AUXILIARIES)
    | set(SINGULAR_FORMS)
    | _INVERTING
)


def number_slips(text, frequency):
    """(start, end, correction, what is wrong) for each word whose number its neighbours contradict.

    `frequency` is a word list's {word: count}: it tells a noun that is counted ("tools") from one that is not
    ("information", "advice"), whose plural is rare.
    """
    return word_slips(text, lambda words: _number_slips_in(words, frequency))


def _number_slips_in(words, frequency):
    for i, word in enumerate(words):
        # two set lookups pass over most words; only a listed noun's plural calls the check
        found = (
            word in _STARTS
            and _slip_at(words, i, frequency)
            or word[:-1] in UNCOUNTED_NOUNS
            and _uncounted_plural(words, i, frequency)
            or word[-1:] == "s"
            and _plural_describing_word(words, i, frequency)
        )
        if found:
            yield found


def word_slips(text, slips_in):
    """(start, end, correction, what is wrong) in `text` for each slip that `slips_in(words)` finds as (index of the
    word to change, its correction, what is wrong[, index of the last word it replaces]), the correction in the
    typed word's case. Where each token stands is read only in a text with a slip, which few have."""
    typed, words = typed_words(text)
    spans = None
    for at, correction, what, *last in slips_in(words):  # a correction may span two words: "more better" -> "better"
        spans = spans or [m.span() for m in WORD.finditer(text)]
        yield spans[at][0], spans[last[0] if last else at][1], same_case(typed[at], correction), what


@lru_cache(maxsize=4)  # number_slips and clauses.clause_slips read the same paragraph, one after the other
def typed_words(text):
    """(WORD's tokens of `text`, words_of them), as tuples: shared, so never changed."""
    typed = tuple(WORD.findall(text))
    return typed, tuple(words_of(typed))


def words_of(typed):
    """The typed tokens in lower case, but a capitalised word inside a sentence keeps its capital, so a name
    ("Multiple Push: lines") is never read as an ordinary noun."""
    words, opens = [], True
    for token in typed:
        word = token.lower() if opens or not token[:1].isupper() else token
        words.append(word)
        opens = word in _MARKS
    return words


def _slip_at(words, i, frequency):
    """(index of the word to change, its correction, what is wrong) for a slip that starts at word i, or None."""
    word = words[i]
    if word in _SEVERAL_ONLY:
        return _singular_verb_of_several(words, i)  # "and", "is", "here": no other check starts on them
    found = _determiner_and_noun(words, i, frequency) if word in DETERMINER_STARTS else None
    for check in _CHECKS_ON[word]:  # only the checks that can start on this word, in their order
        if found:
            break
        found = check(words, i)
    return found


def word_at(words, i):
    """words[i], or None when i is outside the text (a check reads the words around a word without bounds tests)."""
    return words[i] if 0 <= i < len(words) else None


def _ends_phrase(words, i, verb=False):
    """True when word i ends its noun phrase: the word after it is a mark, a function word, a clause's subject ("one
    of the factor we"), a time ("four exam last spring") or a word the lexicon knows and never as a noun it could be
    modifying ("several library for", not "two factor auth"). With `verb`, a verb form after it is the clause's verb
    ("one of my service calls it")."""
    after = word_at(words, i + 1)
    if after is None or after in _MARKS or after in STOPWORDS or after in _FREQUENCY:
        return True
    if after.lower() in SUBJECT_PRONOUNS or after in ("last", "next") and word_at(words, i + 2) in _TIMES:
        return True
    found = wc.classes(after)
    # with `verb`: "one of my service calls it", not "one of the key features of"
    return bool(found) and wc.NOUN not in found or verb and _verb_and_object(words, i + 1)


def _verb_and_object(words, i):
    """True when word i is a verb whose object follows ("uses it", "takes a minute")."""
    return wc.bare_of(words[i]) is not None and word_at(words, i + 1) in _OBJECT_STARTS


def _determiner_and_noun(words, i, frequency):
    det = words[i]
    # "one of my service", "many of your point", "each of the team lead": of several, one noun cannot be
    one_of = det in _OWNERS and word_at(words, i - 1) == "of" and word_at(words, i - 2) in _ONE_OF_SEVERAL
    many_of = det == "of" and word_at(words, i - 1) in _MANY_OF  # "hundreds of", "a couple of"
    if not (one_of or many_of or det in _COUNTING):
        return None
    # one describing word may stand between ("one of the sharpest critique", "these new figure"), or "most" and one
    n = i + 1
    if one_of and word_at(words, i + 1) in ("most", "least") and _describes(word_at(words, i + 2)):
        n = i + 3
    elif (one_of or det in ("these", "those") or det in _COUNTS_OVER_A_WORD) and _describes(word_at(words, i + 1)):
        n = i + 2  # "these new figure", "two partial index"
    noun = word_at(words, n)
    if noun is None or not noun.islower() or noun in _UNCOUNTED:
        return None  # a mark, a name ("Multiple Push: lines"), a function word ("one of the other values"), "a media"
    if det in ("a", "an") and _modified_plural(words, n, frequency):
        plural = words[n + 1]
        return n + 1, wc.singular_of(plural), f'"{det}" wants one: "{wc.singular_of(plural)}"'
    if not _ends_phrase(words, n, verb=one_of):
        return None
    # "this uses the file", "which both use an abstraction": a pronoun and its verb, not a noun; "a", "an" and
    # "every" are never pronouns ("a questions about"), nor is a word after "of" or after a describing word
    pronoun = det not in _NEVER_PRONOUNS and not many_of and n == i + 1 and word_at(words, i - 1) not in _PREPOSITIONS
    pronoun = pronoun or one_of
    if (
        pronoun
        and _pronoun_and_its_verb(words, i, n, bare=not one_of)
        or det == "both"
        and not _both_counts(words, i, n)
    ):
        return None
    if det in _ONE and wc.singular_of(noun):
        return n, wc.singular_of(noun), f'"{det}" wants one: "{det} {wc.singular_of(noun)}"'
    if det == "this" and n == i + 1 and wc.singular_of(noun) and word_at(words, i - 1) not in _PREPOSITIONS:
        return i, "these", f'"{noun}" is plural: "these {noun}"'
    # "these diagram from" reads as a noun; "these stand for" as a pronoun's verb, unless a verb follows ("these
    # figure worried") or a preposition goes before ("of those flag")
    a_noun = wc.only(noun, wc.NOUN) or _finite_after(words, n) or word_at(words, i - 1) in _PREPOSITIONS
    if wc.VERB in wc.classes(noun) and _inverted_question(words, i):
        return None  # "Would any of those help?": the question's subject, then its bare verb
    if det in ("these", "those") and a_noun and wc.plural_of(noun) and _countable(noun, frequency):
        return n, wc.plural_of(noun), f'"{det}" wants several: "{det} {wc.plural_of(noun)}"'
    if det in _SEVERAL and det != "both" and n == i + 1 and noun in UNCOUNTED_NOUNS:
        # "three advice", "several feedback": a noun that is not counted is counted in pieces, or measured by "much"
        if det == "many":
            return i, "much", f'"{noun}" is not counted: "much {noun}"'
        return n, f"pieces of {noun}", f'"{noun}" is not counted: "{det} pieces of {noun}"'
    if det in ("a", "an") and noun in _NEVER_ONE and n == i + 1 and word_at(words, n + 1) != "of":
        # "a feedback on", "an advice": a noun that is not counted takes no "a" ("a knowledge of" is whole)
        return i, noun, f'"{noun}" is not counted: no "{det}"', n
    if (det in _SEVERAL or one_of or many_of) and _counts(words, i, n) and _countable(noun, frequency):
        counter = words[i - 1] + " of" if many_of else det
        return n, wc.plural_of(noun), f'"{noun}" after "{counter}" wants its plural: "{wc.plural_of(noun)}"'
    return None


# Words that open a question before its subject, whose verb then stands bare ("Would any of those help?").
_QUESTION_OPENERS = frozenset("would could can will should shall might may must do does did".split())


def _inverted_question(words, i):
    """True when the sentence that holds word i opens on an auxiliary or a modal, then the subject that word i opens
    (perhaps after a part of it: "any of"), and ends with a question mark."""
    start = i
    while start > 0 and words[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    end = i
    while end < len(words) and words[end] not in _SENTENCE_ENDS:
        end += 1
    subject_next = all(w in _PARTITIVES for w in words[start + 1 : i])  # "Would [any of] those", not "would you send"
    return words[start] in _QUESTION_OPENERS and subject_next and end < len(words) and words[end] == "?"


_SENTENCE_ENDS = frozenset(".!?")
_PARTITIVES = frozenset("any one each some none either neither all both most many few of".split())


def _modified_plural(words, n, frequency):
    """True when words[n], after "a" or "an", describes a plural that ends the phrase: "a nightly workers."."""
    modifier, plural = words[n], word_at(words, n + 1)
    if not plural or not plural.islower() or modifier in _AMOUNTS or modifier in _MEASURES or modifier in NUMBERS:
        return False  # "a few days", "a dozen eggs", "a two"
    one = wc.singular_of(plural)
    return (
        _describes(modifier)
        and one is not None
        and _ends_phrase(words, n + 1)
        and _countable(one, frequency)
        and not wc.bare_of(plural)  # "a good fit runs": perhaps a verb
    )


def _quantified_subject_verb(words, i):
    """ "every engineer own", "neither option scale": after every, each, either or neither and a noun, the verb
    takes its third person."""
    noun = word_at(words, i + 1)
    if words[i] not in _ONE_EACH or not noun or not noun.islower() or noun in _TIMES or noun in STOPWORDS:
        return None
    if not (i == 0 or word_at(words, i - 1) in _CLAUSE_START - {"that"}):
        return None  # "from each module", "having each thread perform", "insisted that each member pay"
    if not wc.singular_noun(noun) or wc.singular_of(noun) or noun in GROUP_NOUNS:
        return None
    k = i + 2 + (word_at(words, i + 2) in _FREQUENCY)
    verb = word_at(words, k)
    third = wc.third_person_of(verb) if verb else None
    after = word_at(words, k + 1)
    if not third or verb in _FINITE or wc.past_participle(verb):
        return None  # "each problem found", "each line read": a past, not the clause's verb
    # a word that may be a noun is a verb only before its object: "each input file with" is one noun
    if not (after in _OBJECT_STARTS or not wc.may_be_noun(verb) and (after in _PREPOSITIONS or after in _PLACES)):
        return None
    return k, third, f'"{verb}" does not agree with "{words[i]} {noun}": "{third}"'


def _both_counts(words, i, n):
    """True when "both" at i counts the noun at n: not after its subject ("the two tools both use"), not in "both A
    and B", not before a singular verb ("BOTH view is used", a keyword)."""
    before = word_at(words, i - 1)
    if before in ("they", "we", "you") or before and wc.may_be_noun(before) and before not in _PREPOSITIONS:
        return False
    if word_at(words, n + 1) in SINGULAR_FORMS:
        return False
    for word in words[n + 1 : n + 13]:  # up to the clause's verb: "both memory managed by X and Y" is a pair
        if word == "and":
            return False
        if word in _FINITE or word in _MARKS:
            return True
    return True


def _describes(word):
    """True for a describing word that may stand between a quantifier and its noun ("the clearest", "new")."""
    if not word or not word.islower() or word in STOPWORDS or word in _PREPOSITIONS or word in _PLACES:
        return False  # "these by email": a preposition, not a describing word
    return wc.graded(word) or wc.only(word, wc.ADJECTIVE, wc.ADVERB)


def _pronoun_and_its_verb(words, i, n, bare=True):
    """True when the determiner at i stands alone and the word after it is its verb: a third person with no verb
    after it ("each uses"), or a verb and its object or its sentence's end ("both use the same queue", "each takes
    a minute", "both help."); with `bare` False only a third person counts ("one of the factor that")."""
    verb, after = words[n], word_at(words, n + 1)
    if wc.bare_of(verb) and not _finite_after(words, n):
        return True
    a_verb = bool(wc.bare_of(verb) or bare and wc.third_person_of(verb))  # after "one of the" no bare verb stands
    return a_verb and (after in _OBJECT_STARTS or after in _MARKS)


def _finite_after(words, n):
    """True when a finite verb follows word n, perhaps after an adverb ("each services currently owns")."""
    k = n + 1 + (word_at(words, n + 1) in _FREQUENCY or word_at(words, n + 1) == "currently")
    return _finite_verb(word_at(words, k))


# Words after a comma that open a new clause, never a list's next item.
_AFTER_PHRASE = frozenset("which who whose where so but because although though while since".split())


def _counts(words, i, n):
    """True when the quantifier at i counts the noun at n, not a list or a name ("the other two use")."""
    after = word_at(words, n + 1)
    # "two host, port and flow", "one of the mode, user or age arguments": a list; "multiple machine, so" ends, as
    # does "three page, which ...": a relative or a clause's opener after the comma starts no list's next item
    listed = (
        after == ","
        and word_at(words, n + 2) not in _AFTER_PHRASE
        and (words[i] in NUMBERS or words[i] not in _SEVERAL)
    )
    # "of" after the noun ends a list's item or a name's part ("one of the family of calls"), except after a number
    # that counts: "three year of experience" is a slip
    of_ends = after == "of" and words[i] not in NUMBERS  # NUMBERS holds no "one"
    if listed or of_ends or after in ("or", "nor", "(") or after == "and" and not _clause_goes_on(words, n + 2):
        return False  # "one of the host and flow overrides", "one of the family of calls", "two operand(s)"
    # "your two article on": after a possessive the number counts; "the other two use" is a pronoun's
    return words[i] not in NUMBERS or word_at(words, i - 1) not in _NUMBER_AS_NAME - POSSESSIVES


def _clause_goes_on(words, k):
    """True when the word after "and" at k - 1 goes on with a verb, not a list of nouns ("for four month and would
    like", "both library and kept one")."""
    word = word_at(words, k)
    return word in _CLAUSE_GOES_ON or bool(word) and wc.past_participle(word) and not wc.may_be_noun(word)


def _finite_verb(word):
    """True when `word` can be a clause's verb after its subject ("helped", "are", "takes")."""
    if word in _FINITE or bool(word) and wc.past_participle(word):
        return True
    return bool(word) and wc.bare_of(word) is not None and not wc.singular_of(word)  # not "merges", a plural too


def _countable(noun, frequency):
    """True when `noun` is counted: its plural is common ("tools"), unlike "informations" or "advices"."""
    plural = wc.plural_of(noun)
    return (
        plural is not None
        and frequency.get(plural, 0) >= COUNTED * frequency.get(noun, 0)
        and noun not in _PLURAL_IN_MEANING
        and noun not in _MEASURES
        and (noun in _UNITS or not wc.can_describe(noun))  # "the best", "several new", "many more"
    )


def _plural_describing_word(words, i, frequency):
    """ "differents time zones", "others options": a describing word takes no plural, as it does in Spanish,
    Portuguese or French. Only a word no word list holds ("news" and "slows" are words of their own), and "others"
    right before a plural noun."""
    word, noun = words[i], word_at(words, i + 1)
    if word == "others":
        one = "other"
    elif _unlisted_plural_of_describing_word(word, frequency) or _verb_form_of_describing_word(words, i):
        one = word[:-1]
        if noun and wc.may_be_noun(noun) and wc.singular_of(word_at(words, i + 2) or "") is not None:
            noun = f"{noun} {words[i + 2]}"  # "differents time zones": a plural after the noun that modifies it
    else:
        return None
    if not noun or not noun.islower() or wc.singular_of(noun.split()[-1]) is None:
        return None
    return i, one, f'a describing word takes no plural: "{one} {noun}"'


def _verb_form_of_describing_word(words, i):
    """True for "concretes" in "with concretes examples": a describing word given an "-s" that the lexicon holds only
    as a verb's form, where no subject stands before it (after a preposition or a determiner a verb cannot stand)."""
    word = words[i]
    before = word_at(words, i - 1)
    return (
        (before in _PREPOSITIONS or before in _OWNERS or before in ARTICLES)
        and wc.only(word, wc.VERB)
        and wc.ADJECTIVE in wc.classes(word[:-1])
    )


def _unlisted_plural_of_describing_word(word, frequency):
    """True for "differents", "importants": no list holds the word, and it is a describing word and an "-s"; the
    nouns in "-ics" ("analytics", "basics") are left, as a word list may lack them."""
    return (
        not word.endswith("ics")
        and frequency.get(word, 0) == 0
        and not wc.classes(word)
        and wc.only(word[:-1], wc.ADJECTIVE, wc.ADVERB)
    )


def _uncounted_plural(words, i, frequency):
    """ "feedbacks", "advices", "equipments": a noun that is not counted, given a plural. It is one of the nouns
    learners of English most often pluralise, and the word list confirms its plural is almost never written."""
    word = words[i]
    one = word[:-1] if word.endswith("s") else None
    if one not in UNCOUNTED_NOUNS or frequency.get(word, 0) >= UNCOUNTED * frequency.get(one, 0):
        return None
    return i, one, f'"{one}" is not counted, so it takes no plural: "{one}"'


# Counts that reach over one describing word to their noun ("two small service", "several new feature").
_COUNTS_OVER_A_WORD = (_SEVERAL | NUMBERS) - {"both", "one"}
# What "much" and "less" are for things that are counted.
_FOR_COUNTED = {"much": "many", "less": "fewer"}


def _much_of_several(words, i):
    """ "much people", "much tools", "less bugs": "much" and "less" are for what is not counted."""
    noun = word_at(words, i + 1)
    after = word_at(words, i + 2)
    compound = after is not None and wc.only(after, wc.NOUN)  # "how much sales tax": a noun the plural modifies
    set_phrase = word_at(words, i - 1) in ("or", "no")  # "more or less", "no less"
    # (an auxiliary after "much" is the question's verb: "how much does the course cost", not a plural of "doe")
    auxiliary = noun in _QUESTION_AUXILIARIES or noun in AUXILIARIES
    counted = noun and (wc.singular_of(noun) or noun == "people") and noun not in _MEASURES and not auxiliary
    if words[i] in _FOR_COUNTED and counted and not compound and not set_phrase:
        fixed = _FOR_COUNTED[words[i]]
        return i, fixed, f'"{noun}" is counted: "{fixed} {noun}"'
    return None


def _double_comparison(words, i):
    """ "more better", "most easiest": a comparison made twice."""
    if words[i] in ("more", "most") and wc.graded(word_at(words, i + 1) or ""):
        return i, words[i + 1], f'"{words[i + 1]}" compares already, without "{words[i]}"', i + 1
    return None


def _pronoun_and_verb(words, i):
    """ "they says", "we needs": a plural pronoun and a verb's third person singular."""
    pronoun, verb = words[i], word_at(words, i + 1)
    if pronoun in ("they", "we") and verb and wc.bare_of(verb) and not wc.can_describe(verb):
        return i + 1, wc.bare_of(verb), f'"{verb}" does not agree with "{pronoun}": "{pronoun} {wc.bare_of(verb)}"'
    return None


def _subject_adverb_verb(words, i):
    """ "our pipeline often fail", "our testers often writes": a subject, an adverb, then its verb."""
    det, noun, adverb, verb = (word_at(words, i + k) for k in range(4))
    if det not in _SUBJECT_OWNERS or adverb not in _FREQUENCY or not verb or verb in _MARKS:
        return None
    if not (i == 0 or word_at(words, i - 1) in _CLAUSE_START) or noun in GROUP_NOUNS or noun in _PLURAL_IN_MEANING:
        return None
    if wc.singular_of(noun) and wc.bare_of(verb) and not wc.can_describe(verb):
        return i + 3, wc.bare_of(verb), f'"{verb}" does not agree with "{noun}": "{wc.bare_of(verb)}"'
    if wc.singular_noun(noun) and not wc.singular_of(noun) and _bare_verb_only(verb):
        return i + 3, wc.third_person_of(verb), f'"{verb}" does not agree with "{noun}": "{wc.third_person_of(verb)}"'
    return None


def _bare_verb_only(word):
    """A bare verb that cannot be read as anything else after an adverb ("break"; not "fine", "well", "must")."""
    return word not in _SEMI_MODALS | STOPWORDS and wc.third_person_of(word) is not None and not wc.can_describe(word)


def _there_are_a(words, i):
    """ "there are a missing comma": one thing after a plural "are"; "there is some issues": several after "is"."""
    if words[i] == "there" and word_at(words, i + 1) in ("is", "was"):
        noun = (
            word_at(words, i + 3)
            if word_at(words, i + 2) in ("some", "no", "many", "several")
            else word_at(words, i + 2)
        )
        if noun and wc.singular_of(noun) and noun not in _AMOUNTS and noun != "lots":
            meant = "are" if words[i + 1] == "is" else "were"
            return i + 1, meant, f'"{noun}" is plural: "there {meant}"'
    if (
        words[i] == "there"
        and word_at(words, i + 1) in ("are", "were")
        and word_at(words, i + 2) in ("a", "an")
        and _AMOUNTS.isdisjoint(words[i + 3 : i + 5])  # "there are a few", "a large number of"
    ):
        meant = "is" if words[i + 1] == "are" else "was"
        return i + 1, meant, f'one thing follows: "there {meant} {words[i + 2]}"'
    return None


def _question(words, i):
    """ "do your framework handle", "has your students passed": a question's auxiliary and its subject."""
    aux, det, noun, verb = (word_at(words, i + k) for k in range(4))
    if aux not in _QUESTION_AUXILIARIES or not (i == 0 or word_at(words, i - 1) in _MARKS):
        return None
    if det not in _SUBJECT_OWNERS or det == "the" and aux.startswith("ha"):
        return None  # "To stop it, have the handler set a flag": "have" that gives an order
    if noun is None or noun in GROUP_NOUNS or verb is None:
        return None
    # the subject's verb follows it: bare after "do", a participle after "has"
    if not (wc.past_participle(verb) if aux.startswith("ha") else wc.third_person_of(verb)):
        return None
    plural = wc.singular_of(noun) is not None
    wants = ("do", "have") if plural else ("does", "has")
    if aux in wants or not (plural or wc.singular_noun(noun)) or noun in _PLURAL_IN_MEANING:
        return None
    meant = _QUESTION_AUXILIARIES[aux]
    return i, meant, f'"{aux}" does not agree with "{noun}": "{meant}"'


def same_case(typed, word):
    """`word` with a capital when the word it replaces (`typed`) has one."""
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def _singular_verb_of_several(words, i):
    """ "is/has/does" with a subject of several things: after it in a question or an inversion ("has the videos
    from", "Here is the three files", "there has been several outages"), before it at a clause's start ("the other
    reviewers has", "your wiki and your newsletter is", "Mo and I was")."""
    word = words[i]
    if word in SINGULAR_FORMS and (i == 0 or words[i - 1] in _MARKS or words[i - 1] in _QUESTION_WORDS):
        found = _plural_after(words, i + 1)
    elif word in _INVERTING and word_at(words, i + 1) in ("is", "was") and (i == 0 or words[i - 1] in _MARKS):
        found = i + 1 if _counted_after(words, i + 2) else None
    elif word == "there" and words[i + 1 : i + 3] == ("has", "been"):
        found = i + 1 if _counted_after(words, i + 3) else None
    elif word in _SUBJECT_DETERMINERS and (i == 0 or words[i - 1] in _CLAUSE_START - {"and", "but"}):
        found = _verb_after_plural(words, i)  # not after "and": "a list of X and their definitions is"
    elif word == "and":
        found = _verb_after_two(words, i)
    else:
        found = None
    if found is None:
        return None
    verb = words[found]
    return found, SINGULAR_FORMS[verb], f'several things are its subject: "{SINGULAR_FORMS[verb]}"'


def _plural_only(word):
    """A noun that is only plural ("videos", "reviewers"), not one that is also singular, a group or a field
    named in -ics ("the diagnostics is slow", "analytics is")."""
    return (
        bool(word) and wc.singular_of(word) is not None and word not in _PLURAL_IN_MEANING and not word.endswith("ics")
    )


def _plural_after(words, j):
    """The index of the auxiliary before j when a plural subject opens at j: "has [the videos] from"."""
    if word_at(words, j) in _SUBJECT_DETERMINERS and _plural_only(word_at(words, j + 1)) and _ends_phrase(words, j + 1):
        return j - 1
    return None


def _counted_after(words, j):
    """True when several things follow at j: "the two links", "many changes", "two short documents"."""
    if word_at(words, j) == "the":
        j += 1
    return word_at(words, j) in _SEVERAL - {"various"}


def _verb_after_plural(words, i):
    """The index of "has/is/does" after a plural subject that opens at i: "the (other) reviewers has"."""
    j = i + 1
    while j < i + 3 and (word_at(words, j) == "other" or wc.only(word_at(words, j) or "", wc.ADJECTIVE)):
        j += 1
    if not _plural_only(word_at(words, j)):
        return None
    verb = j + 2 if word_at(words, j + 1) in _FREQUENCY else j + 1
    return verb if word_at(words, verb) in SINGULAR_FORMS else None


_BE = frozenset("is are was were am be been".split())


def _complement(words, k):
    """True when the word at k completes a "be" before it ("you're right and I was wrong"): it is said of a subject,
    so it cannot be one joined to the next."""
    before = word_at(words, k - 1) or ""
    return before in _BE or before.endswith(("'re", "’re", "'m", "’m"))


def _opens_a_clause(words, k):
    """True when the noun phrase ending at k opens its clause ("My manager and I was"), so it may be a subject; not
    the object of a verb or a preposition before it ("I opened your repo and I was")."""
    j = k
    while j > 0 and _in_a_noun_phrase(words[j - 1]):
        j -= 1
    return j == 0 or words[j - 1] in _CLAUSE_START


def _in_a_noun_phrase(word):
    """A determiner, a name or a noun, which may stand inside a subject ("my teammate Iris")."""
    if word in _SUBJECT_DETERMINERS:
        return True
    return word != "I" and word not in STOPWORDS and (word[:1].isupper() or wc.may_be_noun(word.lower()))


def _verb_after_two(words, i):
    """The index of "is/has/was" after two joined subjects: "your wiki and your newsletter is", "Mo and I was"."""
    if word_at(words, i + 1) in ("i", "I") and word_at(words, i + 2) in ("was", "is", "has") and i > 0:
        before = words[i - 1]
        named = before[:1].isupper() or wc.NOUN in wc.classes(before)
        subject = named and before not in STOPWORDS and not _complement(words, i - 1) and _opens_a_clause(words, i - 1)
        return i + 2 if subject else None
    joined = (
        word_at(words, i - 2) in _SUBJECT_DETERMINERS
        and word_at(words, i + 1) in _SUBJECT_DETERMINERS
        and (i < 3 or words[i - 3] in _CLAUSE_START)
        and word_at(words, i + 3) in ("is", "has", "was")
    )
    return i + 3 if joined and wc.may_be_noun(word_at(words, i - 1)) and wc.may_be_noun(word_at(words, i + 2)) else None


# The checks _slip_at tries after _determiner_and_noun, in order, each with the words a slip it finds starts on: on
# any other word it returns None at once, so a word is handed only the checks that can start there (about a tenth of
# the calls). A test holds each check, and _determiner_and_noun, to its words.
CHECKS_STARTING_ON = (
    (_quantified_subject_verb, _ONE_EACH),
    (_pronoun_and_verb, frozenset({"they", "we"})),
    (_subject_adverb_verb, _SUBJECT_OWNERS),
    (_there_are_a, frozenset({"there"})),
    (_question, frozenset(_QUESTION_AUXILIARIES)),
    (_much_of_several, frozenset(_FOR_COUNTED)),
    (_double_comparison, frozenset({"more", "most"})),
    (_singular_verb_of_several, frozenset(SINGULAR_FORMS) | _INVERTING | _SUBJECT_DETERMINERS | {"there", "and"}),
)
_CHECKS_ON = {word: tuple(check for check, starts in CHECKS_STARTING_ON if word in starts) for word in _STARTS}
DETERMINER_STARTS = _COUNTING | _OWNERS | {"of"}  # one of these, or _determiner_and_noun finds nothing
