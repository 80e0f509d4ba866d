"""Two words side by side that English never puts together: the seam an edit leaves where words were lost.

Each check reads the words on both sides of one seam (gaps.py hands it the paragraph's tokens):
- a subject and its modal, then a determiner or a count: "I will my notes", "so we can two" (the verb);
- a subject, then a verb that puts a person before "to": "they persuaded to switch" (the person);
- "to" or "please" and a verb that takes a thing, never a clause, then a subject: "skim we wrote" (the thing);
- a modal, "I'll" or "I'd", then a plural that is only a noun: "I'll findings" (the verb);
- "I'd", "we'll" ... then a word that describes through "be": "I'd glad to" (the "be");
- a subject opening its clause, then a bare "be" or a number: "I be thankful", "I three weeks ago" (the verb);
- a question's modal and subject, then an object pronoun: "Could you it to the team?" (the verb);
- "I'll", "we'd" ... then a word that opens a clause: "I'd if you", "we'll because" (the verb);
- "to", then a preposition no "to" goes before: "I'd like to into platform work" (the verb);
- a subject opening its clause, then a word that describes it: "Also I happy to answer" (the verb "am");
- "did/do/does" and a subject, then a plural: "How did you jobs that ...?" (the verb);
- "according" without its "to": "according interview";
- a preposition, then "own" without its possessive: "into own function";
- "I", then a determiner: "I the second one" (the verb);
- "I" opening its clause, then a preposition: "I for a logistics firm" (the verb);
- "I've", "we've" ... then an -ing form: "I've learning Go" (the "been");
- a preposition, then a subject contracted with its verb: "a list of I'd read" (the words between);
- "of", then a preposition it never takes: "six months of with the volunteers" (the words between);
- "to", then an adverb, a past and its object: "your nudge to finally wrote the post" (the verb and its object);
- "for about", then no amount: "I asked for about hiring plans" (the amount);
- "I'd like to", then a count or a person: "we'd like to three short ones", "I'd like to you" (the verb);
- "send you", then a clause or a time: "I'll send you when the draft is done" (the thing sent);
- a subject, then a pronoun that is only an object: "and it me rethink", "we them" (the verb);
- a count, then "of" and a bare noun: "five of experience" (the unit);
- "reach to", then a person: "reach to you" (the "out");
- a subject, then "been": "and we been testing" (the "have");
- a modal, then a word that only describes: "which might useful" (the "be");
- "interested", then a wh-word: "interested how you work" (the "in");
- "and" or "but", a comma and another: "splitting the suite and, but none of it" (what was joined);
- a subject opening its clause, then "that", "whether", "how" or "why": "She that you might" (the verb);
- "spent" and a span of time, then a determiner: "I spent the weekend the examples" (the -ing verb).
Each stays silent where English allows the two words together: "I'd my doubts" (had), "Will your team join?" (a
question's modal and its subject), "from 10 to about 20", "Do you folks ...", "we own the code", "for about a
week", "I'd like to one day lead", "send you once a week".
"""

from . import wordclass as wc
from .cutoffs import (
    ARTICLES,
    COUNTS,
    GIVING_VERBS,
    MODAL_VERBS,
    NOMINATIVE_PRONOUNS,
    NUMBER_WORDS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    inflections,
)
from .number import word_at
from .text import STOPWORDS
from .verbforms import BEFORE_AN_INFINITIVE

_DETERMINERS = ARTICLES | POSSESSIVES
IT_AND_OBJECTS = frozenset("it them us him me".split())  # the pronouns that stand only as objects, and "it"
OBJECT_ONLY = IT_AND_OBJECTS - {"it"}  # never a subject ("her" may own, "you" may be either)
# "I'll", "we'd": the auxiliary contracted onto its subject, which a verb must follow. "'d" may be "had", which
# takes a possessive ("I'd my doubts"), so only the words that open a clause show the verb was lost after it.
_CONTRACTED = frozenset(
    f"{subject}'{auxiliary}" for subject in ("i", "you", "we", "they", "he", "she") for auxiliary in ("ll", "d")
)
_CLAUSE_OPENERS = frozenset("if because when than unless although whether and but so".split())
# "connected to within a second" and "as to whether" are whole.
_NEVER_AFTER_TO = frozenset("into onto of during via than because".split())
# Prepositions "of" never takes as its object: "six months of with the volunteers" lost the words between ("of at
# least", "out of from" and "of about" are whole).
_NEVER_AFTER_OF = frozenset("with into onto via during toward towards upon".split())
# Words that follow "for about" as the amount it rounds: "for about a week", "for about two hours", "for about as
# long", "for about the last year"; any other word ("I asked for about hiring plans") lost the amount.
_ROUNDED = frozenset("a an the as half".split()) | NUMBER_WORDS | COUNTS
# A wish, then "to" and a count, lost its verb ("we'd like to three short ones"); "to one day lead" is a
# verb's adverb of time (gaps.py reads "to" before a determiner).
_WISHES = frozenset("like love".split())
_WISHERS = frozenset("would i'd we'd".split())
_DAY_WORDS = TIME_NOUNS | frozenset("day of".split())
# Words that open a clause or a time straight after "send you": the thing sent was lost ("I'll send you when ...").
_AFTER_THE_THING = frozenset("once when after before if".split())
_ONCE_AS_COUNT = frozenset("a more again".split())  # "send you once a week" counts how often
_SENT_TO = frozenset("me you us".split())  # "send them when ready": "them" may be the things sent
_REACH = frozenset("reach reaches reached reaching".split())  # "reach out to us": without "out", a place is reached
_PERFECT_BEFORE = frozenset("have has had 've".split())  # "have we been": a question's auxiliary, before its subject
_WH_WORDS = frozenset("how what why whether which where who".split())
_AFTER_DESCRIBING = frozenset("to for with about of at in on from".split())  # "might useful for", "will happy to"
# Words that describe a subject only through "be": after "I" or "we" opening a clause the verb was lost.
_NEEDS_BE = frozenset(
    "happy glad grateful thankful keen eager available able unable sorry aware afraid excited interested ready "
    "free curious new right wrong confident certain unsure worried busy willing".split()
)
# Tokens after which a clause starts afresh; gaps.py adds the time words it also lets open one.
CLAUSE_STARTS = frozenset(", . ; : ! ? ( and but so also".split()) | {"\n"}
# Plural nouns that stand beside "you" as the people addressed: "Do you folks ...", "Did you all ...".
_ADDRESSED = frozenset("guys folks people all both two three".split())
_OWN_PREPOSITIONS = frozenset("in into on onto with for from at by".split())
GAPPING = frozenset("and or but while whereas nor".split())
_JOINERS = frozenset("and or but".split())
_SPENDING = frozenset("spend spends spent spending".split())
_SPAN_OPENERS = frozenset("the a an this last every".split()) | NUMBER_WORDS | {"few", "several"}
_SPENT_UNITS = TIME_NOUNS | frozenset("weekend hour minute evening quarter sprint".split())
# Words that open what a verb of saying or knowing takes: right after its subject, the verb was lost.
_REPORTED = frozenset("that whether how why".split())
_NUMBERED = frozenset("part chapter appendix phase level type stage war volume book act season".split())
_PLACE_PREPOSITIONS = frozenset("for in on at with from about into".split())
_ASIDE_ENDS = frozenset("particular one turn short general least first once fact".split())  # "I, for one"
_PERFECT_CONTRACTED = frozenset("i've we've you've they've".split())
# A preposition's object is never a subject and its verb: "of I'd", "about we're"; not the prepositions that end
# a phrase ("to start with I'd ask", "log in I'm sure"), "for" ("for I'm tired" is an old "because"), nor "you're",
# which after one is most often "your" (the confusion check's).
_PREPOSITIONS = frozenset("of from about into".split())
_CONTRACTED_SUBJECTS = frozenset(
    f"{s}'{a}"
    for s in ("i", "we", "they")
    for a in ("d", "m", "ll", "re", "ve")
    if f"{s}'{a}" not in ("i're", "we'm", "they'm")
)


def seams(tokens, words):
    """(start, end, what was lost) for each seam in a paragraph's tokens (typed) and words (lower case)."""
    typed = [t[0] for t in tokens]
    for i, word in enumerate(words):
        word = word.replace("’", "'")
        if word not in _SEAM_OPENERS:
            continue  # most words open no seam: one set lookup passes over them
        lost = _seam(words, typed, i, word)
        if lost:
            start, end, what = lost
            yield tokens[start][1], tokens[end][2], what


# What follows "you two" or "we three" when the count belongs to the pronoun: its verb.
_VERB_AFTER_COUNT = MODAL_VERBS | frozenset("are were have had do did".split())


def _verb_lost_before(after, words, i):
    """True when the word after the subject at i shows its verb was lost: "we be ready", "we two tests"; not "so you
    two can talk" or "we three met", where the count belongs to the pronoun. Where the pronoun does not open its
    clause it may be an object ("send you three links"), so only "we", "they" ... before a count of things
    ("Last month we twelve students ...") show the lost verb there."""
    if not (after in COUNTS or after in NUMBER_WORDS or after.isdigit()):
        return after == "be" and _opens(words, i)
    following = word_at(words, i + 2) or ""
    if _opens(words, i) and following not in _VERB_AFTER_COUNT and not wc.only(following, wc.VERB):
        return True
    return words[i] in NOMINATIVE_PRONOUNS and _counted_things(words, i + 2)


# Counts of times and spans, which may stand between a subject and its verb ("in 2019 I two times applied").
_TIMES = TIME_NOUNS | frozenset("time hour minute".split())


# Words after which a noun phrase and a bare "be" are whole: "let the code be", "make the rules be clear".
_BARE_BE_LICENCES = frozenset("let lets make makes made have has had help helps see saw".split())
_PHRASE_OPENERS = _DETERMINERS | frozenset("this that every each".split())  # what opens a subject noun phrase


def _noun_subject_before(words, i):
    """True when the word at i ends a noun phrase that opens its clause (a determiner, describing words and the
    noun, as in "even a two-line reply") and a bare "be" follows it: the modal before "be" was lost. "if need be"
    and "so be it" have no determiner; "let the code be" lets a bare verb follow."""
    if words[i] in STOPWORDS or not wc.may_be_noun(words[i]):
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and words[k] not in _PHRASE_OPENERS and words[k] not in STOPWORDS:
        k -= 1
    if k < 0 or words[k] not in _PHRASE_OPENERS:
        return False
    return word_at(words, k - 1) not in _BARE_BE_LICENCES and (k == 0 or words[k - 1] in CLAUSE_STARTS | {"even"})


def _counted_things(words, k):
    """True when the words from k, past describing words and a noun that describes the next, are a plural noun
    ("twelve students", "three new services", "300 training images"): a count of things, not of the people the
    pronoun stands for, nor of times."""
    while wc.only(word_at(words, k) or "", wc.ADJECTIVE):
        k += 1
    noun = wc.singular_of(word_at(words, k) or "")
    if noun is None and wc.may_be_noun(word_at(words, k)):
        noun = wc.singular_of(word_at(words, k + 1) or "")  # "300 training images": a noun describes the next
    return noun is not None and noun not in _TIMES


def _seam(words, typed, i, word):
    """(first, last, what) of the seam at word i (`word` in lower case; `typed`, the words as typed), or None."""
    after = word_at(words, i + 1)
    if after is None:
        return None
    before = word_at(words, i - 1) if i else None
    if word in MODAL_VERBS and before in SUBJECT_PRONOUNS and (after in _DETERMINERS or _counted(words, i + 1)):
        return i, i + 1, "verb"  # "so we can a review", "you might three of them": the verb was lost
    if word in SUBJECT_PRONOUNS and after in _OBJECT_BEFORE_TO and _infinitive_next(words, i + 2):
        return i, i + 1, "verb object"  # "how they persuaded to switch": whom they persuaded was lost
    if word in NOMINATIVE_PRONOUNS and before in _THING_VERBS and _asks_for_it(words, i - 2):
        return i - 1, i, "verb object"  # "please skim we drafted": the thing, which the clause describes, was lost
    if (word in MODAL_VERBS or word in _CONTRACTED) and _plural_noun(after):
        return i, i + 1, "verb"
    if word in _CONTRACTED and after in _NEEDS_BE:
        return i, i + 1, "verb"
    if typed[i] != "i" and word in SUBJECT_PRONOUNS and _verb_lost_before(after, words, i):
        return i, i + 1, "verb"
    if word in SUBJECT_PRONOUNS and after in IT_AND_OBJECTS and i and _asks(words, i - 1):
        return i - 1, i + 1, "verb"
    if (
        word in SUBJECT_PRONOUNS
        and after in ("and", "or")
        and i
        and _asks(words, i - 1)
        and _bare_verb(words, typed, i + 2)
    ):
        return i - 1, i + 1, "verb"  # "Could we and send ...": the question's verb was lost before "and"
    if word in _CONTRACTED and (after in _CLAUSE_OPENERS or word.endswith("'ll") and after in POSSESSIVES):
        return i, i + 1, "verb"
    if word == "to" and after in _NEVER_AFTER_TO:
        return i, i + 1, "verb"
    if word == "of" and after in _NEVER_AFTER_OF:
        return i, i + 1, "word"
    if word == "to" and before not in BEFORE_AN_INFINITIVE and _past_with_object(words, i + 1):
        return i, i + 1, "verb"  # "your nudge to finally wrote the post": "to" takes no past and its object
    if word == "for" and after == "about" and _amount_lost(words, i + 2):
        return i, i + 1, "word"
    if word == "to" and before in _WISHES and _wished(words, i):
        return i, i + 1, "verb"
    if word in _SENT_TO and before in GIVING_VERBS and _nothing_given(words, i + 1):
        return i - 1, i, "word"
    if after in OBJECT_ONLY and (word in NOMINATIVE_PRONOUNS and typed[i] != "i" or word == "it" and _opens(words, i)):
        return i, i + 1, "verb"  # "and it me rethink", "we them": a subject, then an object with no verb between
    if word in NUMBER_WORDS and after == "of" and _unit_lost(words, typed, i + 2):
        return i, i + 1, "word"  # "five of experience": the count lost its unit
    if word == "to" and before in _REACH and after in _SENT_TO | OBJECT_ONLY:
        return i - 1, i, "word"  # "reach to you": "out" was lost
    if after == "been" and (word in NOMINATIVE_PRONOUNS or word == "you") and before not in _PERFECT_BEFORE:
        return i, i + 1, "verb"  # "and we been testing": "have" was lost ("have we been" asks)
    if word in MODAL_VERBS and typed[i].islower() and before not in _DETERMINERS and _described_only(after, words, i):
        return i, i + 1, "verb"  # "which might useful": "be" was lost
    if word == "interested" and after in _WH_WORDS:
        return i, i + 1, "word"  # "interested how you": "in" was lost
    if word in _BE_SUBJECTS and _predicate_next(words, i) and _opens_subject(words, i):
        return i, i + 1, "verb"
    if (
        typed[i] == "I"
        and before not in _SHARED_SUBJECT
        and _describes_never_acts(after)
        and word_at(words, i + 2) != "of"
    ):
        # "In my last role I responsible for": "I" is a subject wherever it stands ("I kind of" hedges)
        return i, i + 1, "verb"
    if word in NOMINATIVE_PRONOUNS and typed[i] != "i" and _doing_without_be(after) and before not in _INVERTED:
        return i, i + 1, "verb"  # "the planner we building": only an object ("saw you running") takes a bare -ing
    if word in ("did", "do", "does") and after in SUBJECT_PRONOUNS and _no_bare_verb(word_at(words, i + 2)):
        return i, i + 2, "verb"
    if word == "be" and i and _noun_subject_before(words, i - 1):
        return i - 1, i, "verb"  # "Even a two-line reply be plenty": "would" was lost
    if word == "this" and (after in COUNTS - _FEW or after.isdigit() and int(after) > 1):
        return i, i + 1, "word"  # "and this three slow pages": a count above one never follows "this" ("so that
        # two elements" opens a clause)
    if word == "according" and after.isalpha() and after not in ("to", "as"):
        return i, i + 1, "to"
    if word == "own" and before in _OWN_PREPOSITIONS and after.isalpha():
        return i - 1, i, "possessive"
    if (
        typed[i] == "I"
        and _subject_i(words, i)
        and (_before_its_object(words, i) or _opens(words, i) and _place(words, i + 1))
    ):
        return i, i + 1, "verb"
    if word in _PERFECT_CONTRACTED and wc.ing_form(after) and not _describes_a_noun(words, typed, i + 2):
        return i, i + 1, "verb"
    if word in _PREPOSITIONS and (after in _CONTRACTED_SUBJECTS or _nominative(words, typed, i + 1)):
        return i, i + 1, "word"  # "the topic of I enjoy most": the preposition's object was lost
    if word == "to" and wc.past_only(after) and word_at(words, i + 2) in _PARTICLES and not _noun_next(words, i + 3):
        return i, i + 1, "object"  # "teaching chess to [kids] turned out to help": "to" never takes a past
    if word in _SPENDING and _time_spent(words, i + 1):
        return i, _time_spent(words, i + 1), "verb"  # "I spent the weekend the examples": "porting" was lost
    if word in NOMINATIVE_PRONOUNS and after in _REPORTED and _opens(words, i):
        return i, i + 1, "verb"  # "She that you might be open to it": what she did was lost
    if word in _JOINERS and after == "," and _joined_lost(words, i):
        return i, i + 1, "word"  # "splitting the suite and, but": the second thing joined was lost
    if word in SUBJECT_PRONOUNS and after in _THINKING and word_at(words, i + 2) in COPULAS and _opens(words, i):
        return i + 1, i + 2, "subject"  # "I think is the bottleneck": what is thought lost its subject
    return None


# Verbs whose active voice puts a person between them and "to": "we persuaded the team to switch"; right after a
# subject (a passive has "was" or "were" between) "to" shows the person was lost. ("Advise to wait" wants "advise
# waiting", which verbforms.py corrects.)
_OBJECT_BEFORE_TO = inflections(
    "persuade convince encourage urge remind force allow enable invite inspire motivate instruct",
    "tell tells told teach teaches taught",
)
# Verbs that take a thing and never a clause ("review", not "read" or "suggest": "I read we should ..."): right
# before a subject pronoun they lost their object, which the pronoun's clause described ("skim [the draft] we
# wrote").
_THING_VERBS = frozenset(
    "review share send forward attach watch use try build fix test update skim proofread edit improve merge deploy "
    "publish upload install".split()
)
_ASKING = frozenset("to please".split())


def _counted(words, k):
    """True when the word at k counts things: "two", or "one" but not the time "one day" ("we could one day")."""
    word = word_at(words, k)
    return word in NUMBER_WORDS or word == "one" and word_at(words, k + 1) not in _DAY_WORDS | {"more", "another"}


def _infinitive_next(words, k):
    """True when "to" at k opens an infinitive: a verb follows it, not a noun phrase ("to the letter")."""
    return word_at(words, k) == "to" and wc.VERB in wc.classes(word_at(words, k + 1) or "")


def _asks_for_it(words, k):
    """True when the word at k asks for what follows: "to", "please", or "you" after a modal ("could you")."""
    return word_at(words, k) in _ASKING or word_at(words, k) == "you" and word_at(words, k - 1) in MODAL_VERBS


def _time_spent(words, k):
    """The index of the last word of a span of time from k ("the weekend", "two weeks", "last month") when a
    determiner follows it: time spent is spent doing something, so the -ing verb before that object was lost ("the
    way" and "the same" say how, "a month" how often, not what)."""
    opener, unit = word_at(words, k), word_at(words, k + 1) or ""
    span = opener in _SPAN_OPENERS and (unit in _SPENT_UNITS or wc.singular_of(unit) in _SPENT_UNITS)
    following, then = word_at(words, k + 2), word_at(words, k + 3) or ""
    how_often = then in _SPENT_UNITS or wc.singular_of(then) in _SPENT_UNITS  # "two evenings a month sorting"
    if not span or following not in _DETERMINERS or then in ("way", "same") or how_often:
        return None
    return k + 1


def _joined_lost(words, i):
    """True when "and" or "but" at i, a comma and another stand in a clause: "the suite and, but none of it". Not
    "but for" opening an aside ("and, but for the outage, we ..."), nor the words listed as words ("(and, or, in)")."""
    listed = word_at(words, i - 1) in ("(", ",")
    return word_at(words, i + 2) in _JOINERS and word_at(words, i + 3) != "for" and not listed


def _past_with_object(words, k):
    """True when the words from k are an adverb, a past that is nothing else ("wrote") and a determiner: a finite
    verb and its object, which no "to" opens. Without the adverb ("we plan to moved the") and after a verb that
    takes an infinitive, the verb's form is the slip (verbforms.py)."""
    verb = word_at(words, k + 1) or ""
    return (
        wc.ADVERB in wc.classes(word_at(words, k) or "")
        and verb not in STOPWORDS
        and wc.past_only(verb)
        and word_at(words, k + 2) in _DETERMINERS
    )


def _amount_lost(words, k):
    """True when the word at k, after "for about", is a noun or an -ing form, not an amount (_ROUNDED)."""
    word = word_at(words, k)
    if not word or not word.isalpha() or word in _ROUNDED or word in STOPWORDS:
        return False
    return wc.may_be_noun(word) or bool(wc.ing_form(word))


def _wished(words, i):
    """True when "like/love to" at i follows "would", "I'd" or "we'd" and a count comes next, with no time after it
    ("to one day"), or a person the wish is about ("I'd like to you a question", "we'd love to them at the meetup")."""
    after, then = word_at(words, i + 1), word_at(words, i + 2)
    wished = i > 1 and words[i - 2].replace("’", "'") in _WISHERS
    counted = (after in NUMBER_WORDS or after == "one") and then not in _DAY_WORDS
    return wished and (counted or after in _SENT_TO | OBJECT_ONLY)


def _described_only(word, words, i):
    """True for a word that describes through "be" and is nothing else ("useful", "happy"), and ends its phrase
    (a preposition, "to" or a mark after it): "can inline remote media" uses a coder's verb."""
    following = word_at(words, i + 2)
    ends = following is None or following in CLAUSE_STARTS or following in _AFTER_DESCRIBING
    return bool(word) and ends and (word in _NEEDS_BE or wc.only(word, wc.ADJECTIVE))


def _unit_lost(words, typed, k):
    """True when the word at k, after a count and "of", is a lower-case noun with no determiner ("of experience"),
    not the group counted from ("two of the", "three of us", "four of those", "two of Ana's")."""
    word = word_at(words, k)
    if not word or not word.isalpha() or word in STOPWORDS or word in _DETERMINERS or word in NUMBER_WORDS:
        return False
    return typed[k].islower() and word not in ("every", "each", "many") and wc.may_be_noun(word)


def _nothing_given(words, k):
    """True when the word at k, after "send you", opens a clause or a time, so the thing sent was lost; not "once a
    week" or "once more"."""
    after = word_at(words, k)
    return after in _AFTER_THE_THING and not (after == "once" and word_at(words, k + 1) in _ONCE_AS_COUNT)


# Adverbs that finish a phrasal verb ("turned out", "picked up").
_PARTICLES = frozenset("out up off down over away back".split())
# Verbs of thinking whose clause, when it opens the sentence, needs a subject of its own before "is": "I think
# [the disk] is the bottleneck"; "what I think is" and "the part I think is slow" have one.
_THINKING = frozenset("think thought suspect suspected believe believed guess feel felt assume hope fear".split())
COPULAS = frozenset("is are was were".split())  # the finite forms of "be" that follow a subject


def _noun_next(words, i):
    """True when the word at i may be a noun, which a phrasal participle describes ("to signed off releases")."""
    word = word_at(words, i)
    return bool(word) and wc.may_be_noun(word)


def _nominative(words, typed, i):
    """True for a pronoun that can only be a subject ("we", "I"), not "I" in "I/O"."""
    word = word_at(words, i)
    return word in ("we", "they", "he", "she") or typed[i] == "I" and word_at(words, i + 1) not in ("/", "-")


# Every word a seam in _seam can stand on (word i; "I" as typed is "i"): any other opens none.
_BE_SUBJECTS = SUBJECT_PRONOUNS | {"it", "this", "that"}
# "be" before its subject in a question: "am I reading it wrong?", "what are we testing?"
_INVERTED = COPULAS | frozenset("am aren't isn't wasn't weren't".split())
_THIS_THAT = frozenset(["this", "that"])
_PREDICATE_ENDS = CLAUSE_STARTS | {"to", "for", None}  # where "if that useful" ends
_FEW = frozenset("few many several".split())  # "this many", "that few" are whole
# The words a seam may start at.
_SEAM_OPENERS = (
    MODAL_VERBS
    | _CONTRACTED
    | SUBJECT_PRONOUNS
    | _PERFECT_CONTRACTED
    | _PREPOSITIONS
    | _BE_SUBJECTS
    | _SENT_TO
    | NUMBER_WORDS
    | _JOINERS
    | _SPENDING
    | {"to", "i", "we", "did", "do", "does", "according", "own", "be", "of", "for", "it", "interested"}
)


def _asks(words, i):
    """True when the word at i is a question's modal or "do" that opens its clause ("Would you it", "How did you
    it")."""
    return words[i] in MODAL_VERBS and _opens(words, i) or words[i] in ("do", "did", "does")


def _before_its_object(words, i):
    """True when "I" stands right before a determiner, its verb lost; not in a second clause that leaves out the
    verb of the first ("Lena wrote the parser and I the tests")."""
    return words[i + 1] in _DETERMINERS and word_at(words, i - 1) not in GAPPING


def _describes_a_noun(words, typed, i):
    """True when the word at i is a noun the -ing form before it describes ("I've learning goals": "I have"); a
    name is the -ing form's object ("I've learning Go")."""
    word = word_at(words, i)
    return bool(word) and typed[i].islower() and word not in _DETERMINERS and wc.may_be_noun(word)


def _subject_i(words, i):
    """True for "I" as the subject, not a numeral ("Part I the ...", "World War I")."""
    return word_at(words, i - 1) not in _NUMBERED


def _place(words, i):
    """True when a preposition opens a phrase at i ("for a logistics firm"); "in particular", "for one" are asides."""
    return words[i] in _PLACE_PREPOSITIONS and word_at(words, i + 1) not in _ASIDE_ENDS


def _bare_verb(words, typed, i):
    """True when the word at i is typed in lower case and is a bare verb ("send", "meet"), so that "Could you and
    <it>" joins two verbs with the first one lost; "Could you and I", "Could you and Sam" and "Could you and your
    team" join two subjects."""
    word = word_at(words, i)
    return bool(word) and typed[i].islower() and word not in STOPWORDS and wc.third_person_of(word) is not None


# Words after which a subject pronoun opens a clause of its own: conjunctions, and the verbs of knowing and hoping
# whose object is a clause ("I know they busy" lost "are"). Not "find", "keep", "make" or "consider", whose object a
# describing word may follow ("we found it useful").
_CLAUSE_BEFORE_SUBJECT = CLAUSE_STARTS | frozenset(
    "if because since when while where although though unless whether that know hope understand realise realize".split()
)


def _opens_subject(words, i):
    """True when the pronoun at i is a clause's subject: it opens the clause or follows a word that opens one."""
    return i == 0 or words[i - 1] in _CLAUSE_BEFORE_SUBJECT


def _predicate_next(words, i):
    """True when the word after the subject at i can only follow "be": a word that only describes ("if it
    useful"), one of _NEEDS_BE, an -ing form ("if you interviewing me") or "not" ("if it not convenient").
    "this" and "that" may be determiners, so the describing word must end the clause ("if that helpful,", not "if
    that new approach works")."""
    after = word_at(words, i + 1)
    predicate = after in _NEEDS_BE or after == "not" or wc.only(after, wc.ADJECTIVE)
    if words[i] in _THIS_THAT:
        return predicate and word_at(words, i + 2) in _PREDICATE_ENDS
    return predicate or words[i] != "i" and _doing_without_be(after)


# Words before an "I" that is not a clause's whole subject ("Mo and I", "taller than I", "as I").
_SHARED_SUBJECT = frozenset("and or than as but".split())


def _describes_never_acts(word):
    """True for a describing word that is no verb nor adverb, whatever else the lexicon calls it ("responsible",
    "eligible", a noun too): after "I" only "am" may stand before it ("I alone", "I sure" are adverbs; "I two years
    ago" puts a time between subject and verb)."""
    found = wc.classes(word or "")
    return wc.ADJECTIVE in found and not found & {wc.VERB, wc.ADVERB} and word not in STOPWORDS | NUMBER_WORDS


def _doing_without_be(word):
    """True for an -ing form other than "being", which may open an absolute phrase ("it being Friday, ...")."""
    return bool(word) and word != "being" and bool(wc.ing_form(word))


def _opens(words, i):
    """True when the word at i opens its clause."""
    return i == 0 or words[i - 1] in CLAUSE_STARTS


def _plural_noun(word):
    """True for a plural that is never a verb ("findings", "deadlines")."""
    return wc.singular_of(word) is not None and wc.only(word, wc.NOUN)


def _no_bare_verb(word):
    """True for a word that cannot be the bare verb after "did you": a plural ("jobs"). A word the lexicon knows only
    as a noun may still be a developer's verb ("Did you shard the collectors?")."""
    return bool(word) and word not in _ADDRESSED and wc.singular_of(word) is not None
