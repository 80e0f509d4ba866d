"""Words lost in the middle of a sentence, read from the word classes of a published lexicon.

Editing leaves holes, and each has a shape English never takes:
- a question without its auxiliary: "How you choose which queue to shard?" (in a bullet too);
- a question without its verb: "How can a junior tester with a physics degree in an interview?";
- a noun phrase without its noun: "I split the into two files", "your saved my weekend", "our from", "the seems";
- a preposition without its object: "the demo with was the highlight", "working with for three years";
- a verb without its object: "we discussed at standup", "I have enclosed so you know";
- a clause without its subject or verb: "if could spare", "Mo and I on Monday", "how you the retries".
Each check reads a few words around the hole and stays silent where English allows the words side by side: an
embedded question ("When you get a chance, could you ...?"), a participle that describes ("the attached file"), a
relative clause that holds the object ("the client we use at work"), a phrase that is an adverb ("we
discussed in detail"), an object put last ("attached to this email the draft").
"""

import re
from itertools import takewhile

from . import wordclass as wc
from .agreement import RELATIVES
from .cutoffs import (
    ARTICLES,
    ATTRIBUTIVE,
    AUXILIARIES,
    CAUSATIVE_VERBS,
    DETERMINERS,
    GIVING_VERBS,
    MODAL_VERBS,
    MODALS,
    NOMINATIVE_PRONOUNS,
    NUMBER_WORDS,
    OBJECT_NEEDED,
    STRANDABLE_PREPOSITIONS,
    SUBJECT_PRONOUNS,
    VERB_ADVERBS,
    clause_left_open,
    inflections,
    leaves_a_gap,
    word_pairs,
)
from .junctions import CLAUSE_STARTS, COPULAS, GAPPING, IT_AND_OBJECTS, OBJECT_ONLY, seams
from .number import word_at
from .paired import half_phrases
from .text import STOPWORDS

# A word with its hyphens and apostrophe ("up-to-date", "you'd"), a number, a mark, or a line break (a bullet's
# question starts a sentence of its own). Letters are any alphabet's: "Sofía" is one word, not "Sof" and "a".
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[,;:!?.()\n]")
_QUESTION_WORDS = frozenset("how what which where when why".split())
_CLAUSE_MARKS = frozenset(",;:!?.()\n")
_AMOUNT_WORDS = frozenset("long much many often soon far".split())  # "how long", "how often"
# Prepositions that never follow a determiner ("the into", "a during"); "a for loop" and "the to-do list" can.
_NEVER_AFTER_DETERMINER = frozenset(
    "into of onto during via within without toward towards when because is are was were has have had would could to "
    "should does did".split()
)  # "I think the was our slowest step"; not "can" and "will", nouns too ("a can", "the will to")
# Verbs' finite forms that are never nouns, whose noun was lost between them and a determiner: "-s" forms and pasts
# that differ from their participles ("the seems", "our went"; not "the includes" or "the requires", which coders
# use as nouns, nor "the kept", "the found", participles that describe).
_VERB_FORMS_ONLY = frozenset(
    "belongs seems becomes remains happens allows ensures explains describes provides suggests considers prefers "
    "chooses recommends obtains solves enjoys lacks owns took went came gave wrote knew grew ran began chose became "
    "did forgot".split()
)
# Subjects no determiner stands before: "every you sent", "our they".
_SUBJECTS_ONLY = frozenset("we they you".split())
# After a possessive no preposition stands either ("our from Jenkins", "your during"): "your" + "on" is you're's,
# and "her" is as often an object ("thank her for").
_POSSESSIVES = frozenset("my your our their".split())
_FIELD_NAMES_AFTER = frozenset("and or , field fields address addresses line header".split())
_NEVER_AFTER_POSSESSIVE = frozenset("from with about for during at if because unless although whether".split())
# After a noun phrase and its preposition, words that show the preposition's object was lost ("the demo with
# was", "your thread on during"); "what I care about is" strands its preposition after a verb, not a noun.
_AFTER_LOST_OBJECT = frozenset("was were is are during".split())
_LOST_OBJECT_PREPOSITIONS = frozenset("with by about on of from for at".split())
# Verbs that cannot go without their object, as at a sentence's end (cutoffs.OBJECT_NEEDED), and a few that may end
# a reply ("a call to discuss?") but never stand before a preposition without one.
_OBJECT_NEEDED_HERE = OBJECT_NEEDED | inflections("discuss mention use print forward", "show shows showed shown")
_LOST_VERB_PREPOSITIONS = frozenset("in on at with from about for".split())
_SUBJECT_LIKE = SUBJECT_PRONOUNS | {"it", "there", "this", "that"}
_WH_AND_SUBORDINATORS = frozenset("how what why when where whether if because since".split())
# Two prepositions side by side that leave the first one's object lost ("working with for three years", "your essay
# on during the refactor"); pairs such as "with about 200 users", "the use of for loops", "of from 2 to 4" or "on
# for" ("been on for years") are whole.
_STACKED = word_pairs(
    "with for|with during|of during|into for|into with|into during|about for|about during|on during|"
    "with before|with after"
)
# Words after which a subject opens a clause of its own ("if I", "and I"); "we in the community" after a noun is a
# subject and its description.
_SUBORDINATORS = frozenset("if when because that and so but whether since until before after".split()) | {"\n"}
# Where a subject opens its own clause, so that no relative clause has taken the verb's object before it.
_CLAUSE_STARTS = CLAUSE_STARTS | frozenset("then yesterday today recently".split())
_BEFORE_LOST_OBJECT = frozenset("to for in on with at from into so because yesterday".split())
_PHRASE_ENDS = frozenset(", . ; : ! ? ( and but so because which who".split()) | {"\n"}
_OBJECT_CLAUSES = frozenset("that how what whether why where when".split())
# Words an infinitive may open on besides a bare verb: "we used to have", "to only have".
_INFINITIVE_STARTS = VERB_ADVERBS | {"have", "be", "do", "not"}
# Phrases that stand as adverbs after a verb, so the preposition opens no object of its own.
_ADVERB_PHRASES = frozenset(
    [
        *("in detail", "at length", "in depth", "in person", "in full", "in advance", "in practice", "in theory"),
        *("for example", "for instance", "in particular", "in general", "in short", "in total", "in turn"),
        *("at least", "at most", "at first", "at once", "so far"),
    ]
)
# Determiners that are never pronouns ("this is", "each of" and "those of" are whole).
_NOUN_DETERMINERS = frozenset("the a an my your our their its every".split())
_OBJECTS = frozenset("my your our their me us them him".split())
_DEMONSTRATIVES = frozenset("this that these those".split())  # "a test for that": "we still lack a for that"
# Prepositions that never end their phrase before "and/or" ("I compared it with and our numbers matched", "split the
# week between and building"); "for and against", "to and from", "use of and access to" share an object, and "in",
# "on", "up" are a verb's particles.
_BEFORE_AND = frozenset("with about into between".split())
# Prepositions that may follow "and/or" and share the first one's object ("about and around", "between and behind").
_SECOND_PREPOSITIONS = frozenset(
    "around behind beside beyond among across along against beneath inside outside below above under over near "
    "within".split()
)
# Verbs after which "that" opens a clause, whose subject must follow ("we noticed that still needs a restart").
_THAT_CLAUSE_VERBS = frozenset(
    "found noticed realised realized learned learnt saw said says mentioned discovered heard read think thought "
    "know knew feel felt believe hope showed shows revealed reveals suggested suggests confirmed confirms proved "
    "proves".split()
)
_RECEIVERS = OBJECT_ONLY | {"you"}  # who a giving verb hands things to: "we will [send] you the summary"
# After "and", words that go on with a verb or a new subject, never a preposition's second object.
_CLAUSE_GOES_ON = MODAL_VERBS | frozenset(
    "would will is are was were has have had do does did i we they he she it".split()
)
# Verbs whose "to" opens an infinitive, never a place: after them "to" needs its verb ("I tried to the migration",
# "we plan to a call"); "went to the", "moved to a", "used to the noise" and "looking forward to the" are whole, as
# is "whatever you want to the clock" (to do to it).
_INFINITIVE_ONLY = inflections(
    "hope plan decide attempt intend refuse learn forget manage fail afford deserve",  # not "want", "need": see above
    "try tries tried trying hoping begin begins began begun started",  # "start" and "starts" are nouns too
) | {
    "planning",
    "deciding",
    "attempting",
    "intending",
    "able",
    "unable",
    # adjectives whose "to" opens only an infinitive ("glad to help"); "close to", "new to", "used to", "open to",
    # "grateful to" and "free to" take a noun too, so they are not here
    *"glad happy eager keen willing delighted pleased thrilled".split(),
    "how",  # "how to" opens only an infinitive: "reading up on how to without a restart" lost its verb
    "whether",  # "whether to the service" lost its verb as "how to" does
    "likely",
    "unlikely",
}
# Words an infinitive never opens on: "tried to the migration", "how to without a restart", "I'd love to how you
# plan" ("I'd be glad to on Friday" may leave its verb unsaid, so no other preposition is here).
_NOT_A_VERB = (
    _NOUN_DETERMINERS | frozenset("without how what why whether which".split()) | (NUMBER_WORDS - {"one"})
)  # "possible to fifteen minutes"; "hope to one day lead" splits its infinitive
_WOULD = frozenset("would i'd we'd i’d we’d".split())
# Nouns that name what one means to do: after them "is to" opens an infinitive ("my plan is to move the job").
_PURPOSE_NOUNS = frozenset("plan goal aim idea intention priority mission purpose ambition".split())
# "kept at it to the very end", "planned to the last detail", "glad to the core": "to" as far as a limit, no
# infinitive.
_TO_THE_LIMIT = frozenset("very end best last limit extent point max maximum letter minute core bone bottom".split())
_TIME_THEN = frozenset("then now recently since".split())  # "Now has passed every test": the subject was lost
_PERFECT = frozenset("has have had".split())
_PREPOSITIONS_AFTER_DETERMINER = frozenset("on in at for with from by about before after during into through".split())
# Words that open a clause and are never its subject: a past verb right after one lost the subject between them
# ("the profile showed why tripled the page load"). Not "when" or "if", which open a clause without one ("when asked the
# question"), nor "that", a subject itself ("the job that doubled the time").
_SUBJECT_FIRST = frozenset("why how because whether".split())
# Words that open a clause whose subject must come next: "whether is", "because was" lost it ("if so", "whether or
# not" and "when asked" are whole, and "if"/"when" may stand before a participle, so they are not here).
_SUBJECT_NEEDED = frozenset("whether because although though unless whereas".split())
_FINITE_BE = COPULAS | (_PERFECT - {"had"})
# Verbs whose object is followed by "to" and a verb, never by a bare verb: "asked them to review", "remind the tutors
# to send" ("let", "make", "help", "have", "see", "watch" and "hear" take the bare verb). The causative verbs, and
# verbs of wanting, expecting and teaching.
_TO_BEFORE_VERB = inflections(
    " ".join(sorted(CAUSATIVE_VERBS | {"expect", "train", "teach", "invite", "advise", "require", "enable", "want"})),
    "told taught got like",
)
# "like" wants "to" before its object's verb only as a wish ("we'd like them to join"); as a preposition a subject and
# its verb follow it ("teams like ours use it"). After the wish "you" is its object too; after "expect", "told" or
# "want" it may open a clause of its own ("I expect you get many requests", "if you want you can skip it").
_WISHING = frozenset("would should i'd we'd you'd they'd he'd she'd".split())

# Modals and their negatives, which in a statement stand between the subject and its verb ("the tool cannot fix it").
_STATEMENT_MODALS = MODAL_VERBS | frozenset("cannot can't won't couldn't shouldn't wouldn't mustn't".split())
_CHECKED = (
    (SUBJECT_PRONOUNS | _NOUN_DETERMINERS | _LOST_OBJECT_PREPOSITIONS | _SUBJECT_FIRST | _SUBJECT_NEEDED)
    | {"into", "if", "so"}
    | _TO_BEFORE_VERB
    | _STATEMENT_MODALS
)
# Modals that are no noun or month: "a reply by would help" lost the preposition's object ("of May", "of will").
_MODALS_ONLY = frozenset("would could should might".split())
_NO_PARTICLE = frozenset("with by about of from for".split())  # "we log on and we check" holds a particle
# Articles and owners as typed, which a preposition never follows: "the in Berlin", "found your through the forum".
_TYPED_DETERMINERS = frozenset("the The a an An my My your Your our Our their Their".split())
_AROUND = (
    _BEFORE_AND | _NO_PARTICLE | OBJECT_ONLY | _PERFECT | {"i", "that", "to"} | {w.lower() for w in _TYPED_DETERMINERS}
)


def lost_words(text):
    """(start, end, what was lost) for each place in `text` where words were lost mid-sentence."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [t[0].lower() for t in tokens]
    yield from _questions_without_auxiliary(tokens, words)
    yield from _questions_without_verb(tokens, words)
    yield from half_phrases(tokens, words)  # phrases in two parts, read from the same tokens
    yield from seams(tokens, words)  # two words English never puts side by side
    yield from _clauses_without_verb(tokens, words)
    yield from _amount_without_verb(tokens, words)
    yield from _copula_lost(tokens, words)
    yield from _noun_subject_into_object(tokens, words)
    yield from _subject_lost_after_and(tokens, words)
    yield from _subject_then_place(tokens, words)
    yield from _subject_lost_after_opening(tokens, words)
    yield from _range_without_to(tokens, words)
    for i, word in enumerate(words):
        lost = _lost_around(text, tokens, words, i) if word in _AROUND else None
        if lost:
            yield lost
        elif word not in _CHECKED:
            continue  # most words open none of these checks: one set lookup passes over them
        elif word in SUBJECT_PRONOUNS:
            # a subject that opens its clause ("the client we use at work" is a relative clause)
            opens = i == 0 or words[i - 1] in _CLAUSE_STARTS
            verb = _verb_without_object(words, i) if opens and tokens[i][0] != "i" else None
            if verb is not None:
                yield tokens[i][1], tokens[verb + 1][2], "verb object"
            elif _thing_given_lost(words, i):
                yield tokens[i - 1][1], tokens[i][2], "verb object"
            elif (
                _phrase_without_verb(tokens, words, i)
                or tokens[i][0] != "i"
                and (
                    _subject_without_verb(words, i)
                    or _subject_before_determiner(words, i)
                    or _subject_before_object(tokens, words, i)
                    or word != "you"  # "I'll send you also the file": after its verb "you" is an object
                    and _verb_lost_after_subject(words, i)
                )
            ):
                yield tokens[i][1], tokens[i + 1][2], "verb"
        elif i + 1 == len(words) or not _plain_word(text, tokens[i + 1]):
            continue  # "the OF clause", "the --onto option", "your Of course": names, options and a lost line break
        elif word in _NOUN_DETERMINERS and _plain_determiner(text, tokens, i):
            found = _determiner_without_noun(words, i)
            if found:
                yield tokens[i][1], tokens[found][2], "noun"
            elif _bare_verb_after_one(words, i):
                yield tokens[i][1], tokens[i + 3][2], "verb"
            else:
                second = _second_noun_phrase(words, i)
                if second:
                    yield tokens[second - 1][1], tokens[second][2], "verb"
        elif _subject_lost(words, i):
            yield tokens[i][1], tokens[i + 1][2], "subject"
        elif tokens[i][0].islower() and (
            _object_lost_after(words, i) or _stacked(text, tokens, words, i) or _past_verb_after(words, i)
        ):
            yield tokens[i][1], tokens[i + 1][2], "object"
        elif word in _TO_BEFORE_VERB:
            verb = _bare_verb_after_object(words, i)
            if verb:
                yield tokens[i][1], tokens[verb][2], "to"
        elif word in _STATEMENT_MODALS and _modal_before_object(words, i):
            yield tokens[i][1], tokens[i + 1][2], "verb"


# Words that open a clause whose verb must follow: "a book that the basics of tracing?" and "a developer who for a
# startup in Lagos." lost it. Only a noun phrase or a preposition right after one starts this check.
_AFTER_OPENER = frozenset("the a an my your our their for in at with from".split())
_SENTENCE_ENDS = frozenset(".?!\n")
_PREPOSITIONS = frozenset("to of for with in on at by from about into".split())


def _clauses_without_verb(tokens, words):
    """(start, end, "verb") for each that/who/which followed by a noun phrase or a preposition and then no word
    that could be a verb before the sentence ends. A comma or a bracket on the way leaves it unsure (an aside may
    come before the verb: "that the team, after a long debate, chose"), and so no finding."""
    for i, word in enumerate(words):
        if word in _CONJUNCTIONS_ONLY and word_at(words, i + 1) in _NOUN_DETERMINERS - _CONFUSABLE_POSSESSIVES:
            ends = {","}  # "When the backup, it locks the table"; "though a week late." leaves its verb unsaid
        elif word == "so" and i > 0 and words[i - 1] not in _SENTENCE_ENDS and _so_opens_clause(words, i):
            ends = _SENTENCE_ENDS  # "I'll send the diagram first so the hour with you.": "so" joins a clause
        elif word in RELATIVES and word_at(words, i + 1) in _AFTER_OPENER:
            ends = _SENTENCE_ENDS | {","} if word_at(words, i - 1) == "," else _SENTENCE_ENDS
        else:
            continue
        if word == "that" and not _that_opens_clause(words, i):
            continue
        k = i + 1
        while k < len(words) and words[k] not in _CLAUSE_MARKS and not _may_be_finite(tokens, words, k):
            k += 1
        if k < len(words) and words[k] in ends and k > i + 2 and _ends_without_verb(tokens, words, k):
            # after "so" the whole clause is the evidence: the end check may read the same lost verb at its end
            # ("so the traffic our firewall."), and one slip is one finding
            yield tokens[i][1], tokens[k - 1 if word == "so" else i + 1][2], "verb"


def _so_opens_clause(words, i):
    """True when the "so" at i joins a clause that opens on an article: not "so the sooner the better", where "the"
    and a comparative make a phrase of their own."""
    following = word_at(words, i + 2) or ""
    return word_at(words, i + 1) in ARTICLES and not (wc.graded(following) or following in _COMPARATIVE_ADVERBS)


_COMPARATIVE_ADVERBS = frozenset("more less fewer sooner later earlier".split())


def _ends_without_verb(tokens, words, k):
    """True when the mark at k ends a clause that lost its verb: not after a word that stands for a choice named
    before ("If the latter, we ..."), and a comma only where the main clause goes on: its subject follows (not a
    list: "because a name, a date or a size"), or its verb, after a clause in commas ("the exports, which the
    nightly readings, arrive late"; "which the team, after a long debate, chose" has its verb after an aside)."""
    if words[k - 1] in _STANDING_ALONE or words[k] == "." and word_at(words, k + 1) == ".":
        return False  # "If the latter, we ..."; dots in a quoted ".." or an ellipsis end no sentence
    if words[k] != "," or word_at(words, k + 1) in _MAIN_CLAUSE_SUBJECTS or _subject_and_verb(words, k + 1):
        return True
    return k + 1 < len(words) and words[k - 1] != "," and _main_verb_after_aside(tokens, words, k)


def _subject_and_verb(words, j):
    """True when the words from j are a determiner, its noun phrase and a verb that can only be finite (an
    auxiliary, a third person's or a past form) before any mark or "and/or": a main clause ("When the job at night,
    the disk fills up"), not a list's next item ("because a name, a date format or a size")."""
    if word_at(words, j) not in _NOUN_DETERMINERS:
        return False
    clause = list(takewhile(lambda word: word not in _CLAUSE_MARKS, words[j + 2 :]))
    if "and" in clause or "or" in clause:
        return False
    return any(word in AUXILIARIES or wc.bare_of(word) or wc.past_only(word) for word in clause[:4])


def _main_verb_after_aside(tokens, words, k):
    """True when the comma at k closes a clause that a comma opened with "which" or "who", and a verb follows it."""
    opener = k - 1
    while opener > 0 and words[opener] not in _CLAUSE_MARKS:
        opener -= 1
    return words[opener] == "," and words[opener + 1] in ("which", "who") and _may_be_finite(tokens, words, k + 1)


# Words that open a clause and are never prepositions: the noun phrase after them is a subject that needs its verb
# ("after" and "since" take a noun: "After the outage, we ...").
_CONJUNCTIONS_ONLY = frozenset("when if because although though unless whereas while".split())
# Possessives often typed for "you're", "it's", "they're" after "if" or "when": the confusion check reads those.
_CONFUSABLE_POSSESSIVES = frozenset("your its their".split())
# After a comma these open the main clause, where a list of nouns would go on with another noun.
_MAIN_CLAUSE_SUBJECTS = frozenset("i we you they he she it".split())
# Words that stand for a choice named before: "If the latter, we keep the queue."
_STANDING_ALONE = frozenset("former latter first second same case".split())


# Subjects that a third person's verb cannot share: "I moved teams, and now runs the ..." lost the clause's own subject.
_NOT_THIRD_PERSON = frozenset("i we you they".split())
# What follows a verb, never a plural noun that opens a clause ("and now plans are ready"): its infinitive or object.
_AFTER_A_VERB = frozenset("to the a an my your our their me us him them it".split())
_OPENS_A_CLAUSE = _THAT_CLAUSE_VERBS | {"it"}  # the words that may hold a clause's own subject ("think", "it works")


def _subject_lost_after_and(tokens, words):
    """(start, end, "subject") where a sentence opens on "I", "we", "you" or "they", and after ", and" or ", but" (past
    adverbs) a third person's verb follows with its object: the second clause lost a subject of its own ("We shipped
    the fix, and still needs a review"). A clause inside the first one may supply the subject ("I think the build
    works, and now needs a review"), so a relative word, a verb of thinking or saying, a clause's opener or a third
    person's pronoun on the way leaves the sentence alone."""
    if not words or words[0] not in _NOT_THIRD_PERSON:
        return
    for i in range(1, len(words) - 2):
        word = words[i]
        if word in _SENTENCE_ENDS or word in RELATIVES or word in _CLAUSE_SUBORDINATORS:
            return
        if word in ("he", "she") or word in _OPENS_A_CLAUSE and words[i + 1] not in _CLAUSE_MARKS:
            return  # "I think it works, and ...", not "what I found, and ..." or "I fixed it, and ..."
        if word not in ("and", "but") or words[i - 1] != ",":
            continue
        j = i + 1
        while word_at(words, j) in VERB_ADVERBS:
            j += 1
        if wc.bare_of(words[j]) and word_at(words, j + 1) in _AFTER_A_VERB:
            yield tokens[i][1], tokens[j][2], "subject"
            return


# Words that make a number rough; after a sentence's subject they stand where its verb was: "Our lab [has] roughly 30
# sensors" ("about" also opens a topic: "The talk about 10 mistakes").
_ROUGHLY = frozenset("around roughly nearly almost approximately".split())


def _amount_without_verb(tokens, words):
    """(start, end, "verb") where a sentence opens on a determiner and its noun and goes straight on to a rough
    number: the verb between them was lost ("Our cluster roughly 40 nodes")."""
    for i, word in enumerate(words[:-3]):
        opens = (i == 0 or words[i - 1] in _SENTENCE_ENDS) and word in _OPENING_DETERMINERS
        subject, rough, amount = words[i + 1], words[i + 2], words[i + 3]
        if opens and rough in _ROUGHLY and _number(amount, word_at(words, i + 4)) and _subject_noun(subject):
            yield tokens[i + 1][1], tokens[i + 2][2], "verb"


_OWNING_DETERMINERS = _POSSESSIVES | {"the", "his", "her"}


def _opening_subject(words, k):
    """True when the word at k is the noun of a determiner that opens the sentence ("My tutor ..."), not a verb's
    third person ("The plan helps ..."); after "that" or "this" the word is as often the verb ("That cost us")."""
    opens = k > 0 and words[k - 1] in _OWNING_DETERMINERS and (k == 1 or words[k - 2] in _SENTENCE_ENDS)
    return opens and _subject_noun(words[k]) and wc.bare_of(words[k]) is None


def _subject_noun(word):
    """True for a word that may be a noun and is no participle ("team", "lab"; not "planned")."""
    if not wc.classes(word):  # a word of the trade the lexicon lacks ("lab", "repo")
        return word.isalpha() and word not in STOPWORDS
    return wc.may_be_noun(word) and not wc.past_participle(word)


def _number(word, after):
    """True for an amount in digits or words ("180", "forty"), not a time of day or a year ("around 3 pm", "around
    2030"), which a noun may have ("The meeting around 3 pm was moved")."""
    if after in _CLOCK or len(word) == 4 and word.isdigit():
        return False
    return word.replace(",", "").isdigit() or word in NUMBER_WORDS


_CLOCK = frozenset(": am pm a.m p.m o'clock".split())
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # "2.8", "1,200"


def _range_without_to(tokens, words):
    """(start, end, "to") where "from", a figure and perhaps its unit run straight into a second figure: "fell from
    40 minutes 12" and "from 9 12" lost the "to" of the range. Decimals are masked as version numbers before these
    checks, so "from 2.8 1.1" is not read."""
    for i, word in enumerate(words[:-2]):
        if word != "from" or not _FIGURE.fullmatch(words[i + 1]):
            continue
        k = i + 2 if _FIGURE.fullmatch(words[i + 2]) else i + 3
        unit = words[i + 2]
        if k == i + 3 and not (unit.isalpha() and unit not in STOPWORDS and _FIGURE.fullmatch(word_at(words, k) or "")):
            continue
        yield tokens[i + 1][1], tokens[k][2], "to"


# Degree words that stand before a describing word ("very practical", "exactly right").
_DEGREE = frozenset("very really quite exactly extremely incredibly truly genuinely super pretty".split())
# Where a clause opens: the sentence's start, a mark or a word that joins clauses.
_CLAUSE_OPENINGS = _CLAUSE_MARKS | frozenset("and but because so".split())
_VERB_SIGNS = _STATEMENT_MODALS | _PERFECT | COPULAS | frozenset("be been am do does did".split())
_NOUN_PHRASE_OPENERS = _NOUN_DETERMINERS | _DEMONSTRATIVES | _PREPOSITIONS | {"his", "her"}
_OPENING_DETERMINERS = (_NOUN_DETERMINERS - {"a", "an", "every"}) | _DEMONSTRATIVES | {"his", "her"}


def _copula_lost(tokens, words):
    """(start, end, "verb") where a clause is a noun phrase, a degree word and a describing word, with no word that
    could be its verb: "your comments very practical" and "the docs for the new API really helpful" lost "are".
    Only a clause that opens on a determiner is read, and a word that may be a verb anywhere but right after a
    determiner or a preposition ("the team works really hard") is taken for one."""
    for i, word in enumerate(words):
        if word in _DEGREE and _only_describes(word_at(words, i + 1)):
            described = i + 1
        elif _ends_a_predicate(words, i):
            described = i  # "the report useful, and": no degree word, but the clause ends on the describing word
        else:
            continue
        start = i - 1
        while start >= 0 and words[start] not in _CLAUSE_OPENINGS and i - start <= 10:
            start -= 1
        first = start + 1
        if first >= i - 1 or words[first] not in _OPENING_DETERMINERS or not tokens[described][0].islower():
            continue
        if described == i and _gapped(words, start):
            continue
        if not any(_may_be_its_verb(words, j) for j in range(first + 1, i)):
            yield tokens[i - 1][1], tokens[i][2], "verb"


def _gapped(words, start):
    """True when the clause opening after `start` leaves out a "be" said earlier in its sentence: "route A was
    shorter, route B cheaper"."""
    k = start
    while k >= 0 and words[k] not in _SENTENCE_ENDS:
        if words[k] in COPULAS:
            return True
        k -= 1
    return False


# What may follow a describing word that ends a clause's predicate ("useful but slow", "hard to read",
# "smaller than").
_AFTER_PREDICATE = _CLAUSE_MARKS | frozenset("to than but".split())
# Describing words that may follow their noun: "the only slot available", "the people involved".
_POSTPOSITIVE = frozenset(
    "available possible necessary responsible concerned involved present required needed affected alone else".split()
)


def _ends_a_predicate(words, i):
    """True when the word at i only describes (or compares, before "than") and stands where a predicate ends, after a
    noun (not a degree word, read above) and before a mark, "to", "than" or "but"."""
    word, after = words[i], word_at(words, i + 1)
    compared = after == "than" and wc.graded(word)  # "lower than": a comparative may be a verb's spelling too
    if word in _POSTPOSITIVE or after not in _AFTER_PREDICATE or not (compared or wc.only(word, wc.ADJECTIVE)):
        return False
    return i > 0 and words[i - 1] not in _DEGREE and wc.may_be_noun(words[i - 1])  # "took longer" is a verb's


def _only_describes(word):
    """True when `word` is a describing word that cannot be a verb ("practical", "helpful"; not "stuck", which "really"
    may stand before as the verb itself, nor "much" in "very much")."""
    found = wc.classes(word or "")
    return wc.ADJECTIVE in found and wc.VERB not in found and word not in STOPWORDS and word not in _AMOUNT_WORDS


def _may_be_its_verb(words, j):
    """True when words[j], inside a noun phrase that opens a clause, may be the clause's verb."""
    word = words[j]
    if word in _VERB_SIGNS or word in SUBJECT_PRONOUNS or word.endswith(("n't", "ed")):
        return True
    if word in _NOUN_PHRASE_OPENERS or word in STOPWORDS or not (wc.VERB in wc.classes(word) or wc.verb_base(word)):
        return False
    return words[j - 1] not in _NOUN_PHRASE_OPENERS and not wc.only(words[j - 1], wc.ADJECTIVE)


_SUBJECT_DETERMINERS = _NOUN_DETERMINERS - {"its"}  # not "this", "each": pronouns too
_OWNED_OR_ACTED_ON = frozenset("its their them us me him".split())


def _noun_subject_into_object(tokens, words):
    """(start, end, "verb") where a clause opened by "while", "because", "if" ... has a determiner and one word for its
    subject and then an object or a possessive: "while a worker its queue" lost the verb between ("drains"). A
    noun after a determiner cannot be the verb that would take them."""
    for i, word in enumerate(words):
        if word not in _CLAUSE_SUBORDINATORS or word == "that" or word_at(words, i + 1) not in _SUBJECT_DETERMINERS:
            continue
        noun = word_at(words, i + 2) or ""
        if noun.isalpha() and noun not in STOPWORDS and word_at(words, i + 3) in _OWNED_OR_ACTED_ON:
            yield tokens[i + 2][1], tokens[i + 3][2], "verb"


# Adverbs that sit between a subject and its verb; a place right after one shows the verb is missing ("The reviewers
# still in a separate channel").
_SUBJECT_ADVERBS = frozenset("now still already also".split())


def _subject_then_place(tokens, words):
    """(start, end, "verb") where a sentence opens on a determiner and its noun, an adverb of time and a preposition,
    and ends with no word that could be its verb: "The reviewers still in a separate channel." lost "are". A phrase
    after the noun may describe it before the verb comes ("The code now in production is simpler")."""
    for i, word in enumerate(words[:-4]):
        if word not in _OPENING_DETERMINERS or i and not _opens_sentence_or_joined_clause(words, i):
            continue
        k = i + 1
        while k < i + 4 and words[k] not in _SUBJECT_ADVERBS and not _may_be_finite(tokens, words, k):
            k += 1
        if k == i + 1 or words[k] not in _SUBJECT_ADVERBS or word_at(words, k + 1) not in _PHRASE_PREPOSITIONS:
            continue
        end = k + 2
        while end < len(words) and words[end] not in _SENTENCE_ENDS and not _verb_in_place(tokens, words, end):
            end += 1
        if end == len(words) or words[end] in _SENTENCE_ENDS:
            yield tokens[k][1], tokens[k + 1][2], "verb"


def _opens_sentence_or_joined_clause(words, i):
    """True when the word at i opens a sentence, or a clause joined by ", and", ", but" or ", so"."""
    return words[i - 1] in _SENTENCE_ENDS or words[i - 1] in ("and", "but", "so") and word_at(words, i - 2) == ","


def _verb_in_place(tokens, words, k):
    """_may_be_finite, in a place's noun phrase: after a word that may describe it, a word is its noun ("in a
    separate channel", "the shared team folder"), as after a determiner."""
    return _may_be_finite(tokens, words, k) and wc.ADJECTIVE not in wc.classes(words[k - 1])


def _that_opens_clause(words, i):
    """True when the "that" at i, before a determiner, opens a clause ("the reason is that our team ..."), not a
    pronoun: after a preposition ("with that in mind") or in a question's inversion ("Is that the right one?")."""
    before = word_at(words, i - 1)
    if word_at(words, i + 1) not in _NOUN_DETERMINERS or before in _PREPOSITIONS:
        return False
    inverted = before in AUXILIARIES and (i < 2 or words[i - 2] in _CLAUSE_STARTS | _QUESTION_WORDS | {"or"})
    return not inverted


def _may_be_finite(tokens, words, k):
    """True when the word at k could be a clause's verb: an auxiliary, a contraction, a word the lexicon does not
    know (unless capitalised, a name), or a verb that follows neither a determiner nor a preposition (there it is
    a noun, a gerund or an infinitive). An -ing form alone is never a clause's verb."""
    word, typed = words[k], tokens[k][0]
    if word in AUXILIARIES or "'" in word or "’" in word:
        return True
    found = wc.classes(word)
    if not found:  # closed-class words (determiners, prepositions, numbers) are not in the lexicon either
        return word.isalpha() and not typed[:1].isupper() and word not in STOPWORDS and word not in NUMBER_WORDS
    if wc.VERB not in found or wc.ing_form(word):
        return False
    previous = words[k - 1]  # after a word that only describes it is a noun: "the open question"
    return previous not in _NOUN_DETERMINERS and previous not in _PREPOSITIONS and not wc.only(previous, wc.ADJECTIVE)


def _lost_around(text, tokens, words, i):
    """(start, end, what was lost) when the word at i stands where English needs words it has lost:
    - a preposition before "and/or" or a modal, where the clause before does not strand it: "I compared it with and
      our numbers matched", "even a reply by would help" (its object);
    - an object pronoun right after a noun: "your book on dashboards us from", "My tutor me to" (the verb);
    - "I" right after its clause opens, then a word that is only a noun: "after that I integration tests" (the verb);
    - "that" after a verb of finding or saying, then a verb with its object: "we noticed that still needs a" (the
      subject);
    - "has/have" after "since then" or "now", then a participle: "Now has passed every test" (the subject);
    - a determiner, a preposition, then a name, a number or a determiner: "Great to see the in Berlin" (the noun);
    - "to" after a verb that takes an infinitive, then a determiner: "I tried to the migration" (the verb)."""
    word, after = words[i], word_at(words, i + 1)
    if (
        word in _BEFORE_AND
        and after in ("and", "or")
        and _object_of_both(tokens, words, i)
        and _left_open(text, tokens, i)
    ):
        return tokens[i][1], tokens[i + 1][2], "object"
    side_by_side = after is not None and tokens[i + 1][1] - tokens[i][2] == 1
    if (
        word in _NO_PARTICLE
        and after in ("and", "or")
        and side_by_side
        and word_at(words, i + 2) in _CLAUSE_GOES_ON
        and _left_open(text, tokens, i)
    ):
        return tokens[i][1], tokens[i + 1][2], "object"  # "we piloted it for and it worked": a new clause at once
    if word in _NO_PARTICLE | _BEFORE_AND and after in _MODALS_ONLY and side_by_side and _left_open(text, tokens, i):
        return tokens[i][1], tokens[i + 1][2], "object"  # "even a reply by would help"
    pronoun = word in OBJECT_ONLY and tokens[i][0].islower() and after != "and"  # not "US"; "my sister and me"
    if pronoun and i > 1 and _noun_only(words[i - 1]) and words[i - 2] not in ("of", "like", "than"):
        return tokens[i - 1][1], tokens[i][2], "verb"
    if pronoun and _opening_subject(words, i - 1):
        return tokens[i - 1][1], tokens[i][2], "verb"  # "My tutor me to apply": a subject, then an object
    if pronoun and i > 1 and words[i - 2] in _PREPOSITIONS and tokens[i - 1][0][:1].isupper():
        return tokens[i - 1][1], tokens[i][2], "verb"  # "your talk at PyCon me to try it": a name, then an object
    noun_after = after is not None and tokens[i + 1][0] != "I" and _noun_only(after) and not wc.singular_of(after)
    if tokens[i][0] == "I" and _opens_clause(words, i) and noun_after:
        return tokens[i][1], tokens[i + 1][2], "verb"
    if word == "that" and word_at(words, i - 1) in _THAT_CLAUSE_VERBS and _clause_without_subject(words, i):
        return tokens[i][1], tokens[i + 1][2], "subject"
    participle = bool(after) and wc.past_participle(after) and not wc.may_be_noun(after)
    if word in _PERFECT and participle and word_at(words, i - 1) in _TIME_THEN and _opens_clause(words, i - 1):
        return tokens[i - 1][1], tokens[i][2], "subject"
    if tokens[i][0] in _TYPED_DETERMINERS and after in _PREPOSITIONS_AFTER_DETERMINER:
        return _determiner_before_phrase(text, tokens, words, i)
    if tokens[i][0] in ("a", "an", "An") and _participle_without_noun(text, tokens, words, i):
        return tokens[i][1], tokens[i + 2][2], "noun"
    if (
        word == "to"
        and _opens_infinitive(words, i)
        and after in _NOT_A_VERB
        and side_by_side
        and word_at(words, i + 2) not in _TO_THE_LIMIT
    ):
        return tokens[i][1], tokens[i + 1][2], "verb"
    return None


def _opens_infinitive(words, i):
    """True when the "to" at words[i] can only open an infinitive: after a verb or adjective that takes one ("tried
    to"; not "the plan to our council", "the hope to the end": nouns), or after "is/was" when the subject says what
    one means to do ("my plan is to", "the goal was to")."""
    before = word_at(words, i - 1)
    if before in ("is", "was"):
        return word_at(words, i - 2) in _PURPOSE_NOUNS
    if before in ("love", "like") and word_at(words, i - 2) in _WOULD:
        return True  # "I'd love to how you ...": a wish, whose "to" opens its verb
    if before in ("possible", "impossible"):
        return word_at(words, i - 2) in ("be", "is", "was", "it's")  # not "as soon as possible to the team"
    return before in _INFINITIVE_ONLY and word_at(words, i - 2) not in _NOUN_DETERMINERS


def _plain_determiner(text, tokens, i):
    """True for a determiner typed as one, right before its next word: not the letter "A" ("process A reads"), an
    option ("-a is given") or a word before a mark ("the -- are", 'the " is')."""
    typed, start, end = tokens[i]
    if typed == "A" or text[start - 1 : start] == "-":
        return False
    return not text[end : tokens[i + 1][1]].strip()


def _determiner_before_phrase(text, tokens, words, i):
    """(start, end, "noun") when an article stands right before a preposition that opens a phrase of a name, a
    number or a determiner ("Great to see the in Berlin", "a for six years", "the before our call"); not "a for
    loop", "the before and after", "the FOR clause", "An & in", "-a on"."""
    if i + 2 >= len(tokens) or not tokens[i + 1][0].islower() or tokens[i + 1][1] - tokens[i][2] != 1:
        return None
    if not _plain_word(text, (tokens[i][0].lower(), tokens[i][1], tokens[i][2])):
        return None  # "unzip -a on Unix": an option
    typed = tokens[i + 2][0]
    if typed[:1].isupper() or typed[:1].isdigit() or words[i + 2] in _NOUN_DETERMINERS | _DEMONSTRATIVES | NUMBER_WORDS:
        return tokens[i][1], tokens[i + 1][2], "noun"
    if wc.ing_form(words[i + 2]):
        return tokens[i][1], tokens[i + 1][2], "noun"  # "an app for tracking" lost "app": "a for tracking"
    return None


# Prefixes a participle the lexicon lacks may be made with ("misconfigured", "unpatched", "preinstalled").
_PARTICIPLE_PREFIXES = ("mis", "un", "re", "pre", "over", "under", "auto")


def _participle_without_noun(text, tokens, words, i):
    """True when "a/an", a past participle that is never a noun and a preposition stand side by side ("found a
    mislabelled on the chart"): the participle describes a noun that was lost. "the" may stand for people ("the
    injured in the crash"); "a" never does."""
    if i + 2 >= len(tokens) or words[i + 2] not in _PREPOSITIONS_AFTER_DETERMINER:
        return False
    participle = words[i + 1]
    if not tokens[i + 1][0].islower() or not participle.endswith("ed") or wc.classes(participle) - {wc.VERB}:
        return False  # "a red in", "a hundred in", "a detailed in" (an adjective too): left alone
    known = wc.past_participle(participle) or any(
        participle.startswith(p) and wc.past_participle(participle[len(p) :]) for p in _PARTICIPLE_PREFIXES
    )
    return known and not text[tokens[i][2] : tokens[i + 2][1]].replace(tokens[i + 1][0], "").strip()


def _left_open(text, tokens, i):
    """True when the sentence up to the preposition at i, read as if it ended there, is cut off: "we piloted it for"
    lost the preposition's object, where "the thing I asked for" strands it in a clause of its own."""
    start = max(text.rfind(mark, 0, tokens[i][1]) for mark in ".!?\n") + 1
    return clause_left_open(text[start : tokens[i][2]].strip() + ".")


def _object_of_both(tokens, words, i):
    """True when the preposition at i and the "and/or" after it stand side by side with a phrase after them that is
    no second preposition or verb: then the preposition's object was lost. "with or without", "inserted into or
    updated" and "with + or -" are whole."""
    following = word_at(words, i + 2)
    shared = following in STRANDABLE_PREPOSITIONS or following in _SECOND_PREPOSITIONS  # "between and behind the"
    if following is None or tokens[i + 1][1] - tokens[i][2] != 1 or shared:
        return False
    return not (wc.past_participle(following) or wc.bare_of(following)) or wc.may_be_noun(following)


def _opens_clause(words, i):
    """True when the word at i opens its clause, or follows one word that does ("Since then")."""
    return i == 0 or words[i - 1] in _CLAUSE_STARTS or i == 1 or words[i - 2] in _CLAUSE_STARTS


def _noun_only(word):
    """True for a word the lexicon knows only as a noun ("migrations", "talk" is a verb too)."""
    return wc.only(word, wc.NOUN) and word not in STOPWORDS


def _clause_without_subject(words, i):
    """True when the clause the "that" at i opens starts on its verb: a third person and its object ("we noticed
    that still needs a restart"), or a plural "are/were/have", which no "that" standing for a thing can be the
    subject of ("the profile showed that were pauses"; "we found that was easier" is whole). After a clause with no
    relative word ("the people I know that have tried it") the "that" is a relative word itself."""
    # ("the one paper we found that measures it": a noun, then a subject and its verb, then "that")
    subject = words[i - 2].replace("’", "'").split("'")[0] if i >= 2 else ""
    contact = i >= 3 and subject in SUBJECT_PRONOUNS and wc.may_be_noun(words[i - 3])
    if contact:
        return False
    return _verb_with_object(words, i + 1) or word_at(words, i + 1) in _PLURAL_BE


_PLURAL_BE = frozenset("are were have".split())


def _verb_with_object(words, j):
    """True when the word at j (past an adverb) is a verb in the third person with its object after it."""
    j += word_at(words, j) in VERB_ADVERBS
    verb = word_at(words, j)
    return (
        bool(verb)
        and wc.bare_of(verb) is not None
        and word_at(words, j + 1) in _OBJECTS | _NOUN_DETERMINERS | {"most", "all"}
    )


_NAMING_MARKS = frozenset("-\"'“‘`")


def _plain_word(text, token):
    """True for a word typed in lower case and not as an option ("--onto") nor in quotes ('the word "authorized"'),
    where it is named, not used."""
    typed, start, _ = token
    return typed.islower() and text[start - 1 : start] not in _NAMING_MARKS


def _questions_without_auxiliary(tokens, words):
    """ "How you decide ...?", "Which book you suggest ...?", "How long a code review normally take?": a
    direct question whose subject comes before its verb with no "do" or modal before the subject."""
    if "?" not in words or _QUESTION_WORDS.isdisjoint(words):
        return  # no question, or none that opens on a question word
    for start in _sentence_starts(words):
        end = _sentence_end(words, start)
        if end is None or words[end] != "?" or words[start] not in _QUESTION_WORDS:
            continue
        if "," in words[start:end] or _inverted_later(words, start, end):
            continue  # "When you get a chance(,) could you ...?": the wh-clause is a part of the sentence
        verb = _verb_after_subject(words, start, end)
        if verb is not None:  # "How decide ...?" lost its subject as well
            yield tokens[start][1], tokens[verb][2], "auxiliary" if verb > start + 1 else "subject"


# Prepositions that may follow a question's subject before its verb was lost ("a tester with a degree in ...").
_SUBJECT_PREPOSITIONS = frozenset("with in of for from at on about without".split())
_PHRASE_WORDS = 2  # words after a determiner in a subject or its prepositions' phrases: "a physics degree"


def _questions_without_verb(tokens, words):
    """ "How can a junior tester with a physics degree in an interview?": a question's word, its modal and a
    subject, then only phrases that open on a preposition up to the question mark; the verb the modal asks about
    was lost. A phrase longer than a determiner and _PHRASE_WORDS words, or any word that may be a verb in the
    subject, may hold that verb ("How can a team ship faster?"): the question is then left alone."""
    if "?" not in words or _QUESTION_WORDS.isdisjoint(words):
        return
    for start in _sentence_starts(words):
        end = _sentence_end(words, start)
        if end is None or words[end] != "?" or words[start] not in _QUESTION_WORDS:
            continue
        if word_at(words, start + 1) in MODALS and _only_phrases(words, start + 2, end):
            yield tokens[start + 1][1], tokens[end - 1][2], "verb"


def _only_phrases(words, k, end):
    """True when the words from k to `end` are a noun phrase (the subject), then phrases that each open on a
    preposition: nowhere for a verb to stand."""
    k = _noun_phrase_end(words, k, end, subject=True)
    phrases = 0
    while k is not None and k < end and words[k] in _SUBJECT_PREPOSITIONS:
        k = _noun_phrase_end(words, k + 1, end, subject=False)
        phrases += 1
    return k == end and phrases > 0


def _noun_phrase_end(words, k, end, subject):
    """The index after a short noun phrase at k (a determiner and up to _PHRASE_WORDS nouns or describing words),
    or None. In a subject no word but the first after the determiner may be a verb; in a preposition's phrase the
    last may ("a physics degree")."""
    if k < end and words[k] in _NOUN_DETERMINERS:
        k += 1
    first = k
    while k < end and words[k] not in _SUBJECT_PREPOSITIONS:
        word, last = words[k], k + 1 == end or words[k + 1] in _SUBJECT_PREPOSITIONS
        classes = wc.classes(word)
        if word in STOPWORDS or k - first >= _PHRASE_WORDS or not classes & {wc.NOUN, wc.ADJECTIVE}:
            return None
        if wc.VERB in classes and k > first and (subject or not last):
            return None
        k += 1
    return k if k > first else None


def _inverted_later(words, start, end):
    """True when an auxiliary and its subject pronoun stand inverted after a question's first words ("could you"):
    the question is asked there, and what opens the sentence is a clause of its own."""
    return any(words[k] in AUXILIARIES and words[k + 1] in SUBJECT_PRONOUNS for k in range(start + 2, end - 1))


def _sentence_starts(words):
    """The index of each sentence's first word (after a full stop, a question mark, a line break or the text's
    start)."""
    opens = True
    for i, word in enumerate(words):
        if word in (".", "!", "?", "\n"):
            opens = True
        elif opens and word.isalpha():
            opens = False
            yield i


def _sentence_end(words, start):
    for j in range(start, len(words)):
        if words[j] in (".", "!", "?", "\n"):
            return j
    return None


# Prepositions that open a phrase of their own with a determiner, so that right after "of" they show its object lost.
_OPENS_A_PHRASE = frozenset("at in on with for into during".split())


def _stacked(text, tokens, words, i):
    """True when two prepositions stand side by side with nothing between ("working with for three years", "a list
    of in the repo": "of" and a preposition that opens a phrase of its own, "of at least" being whole); not
    after "instead" or "because" ("instead of from stdin"), nor around a quoted mark ("with '-' for"), nor where the
    first is stranded by its clause and the second opens a phrase of its own ("a question we argued about for
    months", "the tool I work with during the day")."""
    of_then_phrase = words[i] == "of" and words[i + 1] in _OPENS_A_PHRASE and word_at(words, i + 2) in _NOUN_DETERMINERS
    return (
        ((words[i], words[i + 1]) in _STACKED or of_then_phrase)
        and (i == 0 or words[i - 1] not in ("instead", "because", "out", "ahead"))
        and not text[tokens[i][2] : tokens[i + 1][1]].strip()
        and not leaves_a_gap(_clause_before(words, i), words[i])
    )


def _clause_before(words, i):
    """The words before words[i] back to the last mark that ends a clause (a comma, a full stop, a line break)."""
    start = i
    while start > 0 and words[start - 1] not in _CLAUSE_MARKS:
        start -= 1
    return words[start:i]


def _bare_verb_after_one(words, i):
    """True when "a" or "every" and a noun run into a bare verb and the object it acts on ("as a macro fix them",
    "is a linter catch those"): one thing takes "fixes", unless a word before lets the bare verb stand ("let a
    macro fix them", "could a linter catch those", "I suggest a reviewer read it")."""
    if words[i] not in _ONE_THING or word_at(words, i + 3) not in _ACTED_ON:
        return False
    noun, verb = words[i + 1], words[i + 2]
    if not noun.isalpha() or verb == "like" or wc.third_person_of(verb) is None:
        return False  # "a newcomer like me": "like" before an object is a preposition
    j = i - 1
    while j >= 0 and words[j] not in _PHRASE_ENDS:
        if words[j] in _BARE_VERB_LICENCES:
            return False
        j -= 1
    return True


_ONE_THING = frozenset("a an every each".split())
_ACTED_ON = OBJECT_ONLY | {"it", "these", "those"}  # not "that" or "this": "a quick widget that", "a rule like this"
# Words that let a bare verb follow a subject: modals and "do" in questions, "let/make/have/help/see/hear" and their
# forms, and verbs of proposal, whose "that" clause takes a bare verb.
_BARE_VERB_LICENCES = MODALS | frozenset(
    "let lets letting make makes made making have has had having help helps helped helping see saw "
    "watch watched hear heard suggest suggested recommend recommended propose proposed insist insisted require "
    "required ask asked".split()
)


def _bare_verb_after_object(words, i):
    """The index of a bare verb that follows the object of a verb needing "to" before it, when the bare verb's own
    object comes next ("asked them review the draft", "remind the tutors send the survey"), else None."""
    if words[i] == "like" and word_at(words, i - 1) not in _WISHING:
        return None
    j = i + 1
    if word_at(words, j) in OBJECT_ONLY or word_at(words, j) == "you" and words[i] == "like":
        j += 1
    elif word_at(words, j) in _NOUN_DETERMINERS and (word_at(words, j + 1) or "").isalpha():
        j += 2
    else:
        return None
    verb, following = word_at(words, j), word_at(words, j + 1)
    if verb is None or wc.third_person_of(verb) is None:
        return None
    if following not in _NOUN_DETERMINERS | _ACTED_ON and not (j == i + 2 and wc.only(verb, wc.VERB)):
        return None  # after a pronoun, a word that is only ever a verb needs no object to show it ("urged me apply")
    if j == i + 3 and wc.may_be_noun(verb):
        return None  # "expect the release date the same week": a noun's second word may be a verb's spelling
    return j


def _thing_given_lost(words, i):
    """True when a giving verb and whom it goes to run into a clause's subject and its verb: "Could you forward me
    they presented?" lost the thing sent ("the deck they presented"). Verbs that take a clause ("show me you care",
    "tell me you agree") are not giving verbs."""
    giver, receiver, verb = word_at(words, i - 2), word_at(words, i - 1), word_at(words, i + 1)
    if giver not in GIVING_VERBS or receiver not in OBJECT_ONLY or verb is None:
        return False
    return wc.VERB in wc.classes(verb) and not wc.ing_form(verb)


# Words that open a clause which must hold its verb before the clause's next mark ("if we then with the schema, ...").
_CLAUSE_SUBORDINATORS = frozenset("if when because that whether although though unless while once since until".split())
_PHRASE_PREPOSITIONS = frozenset("after before during for with in on at from about into by since until over".split())
_CLAUSE_ENDS = _SENTENCE_ENDS | frozenset(",;:()") | {"and", "but", "or", "that", "which", "who"}


def _phrase_without_verb(tokens, words, i):
    """True when a subject pronoun that opens a clause runs, past its adverbs, into a phrase and the clause ends with
    no word that could be its verb: "I heard that you during the freeze and ..." and "if we then with the new
    schema, ..." lost it, as does a main clause after an opening one ("After the workshop, we on the old laptop.").
    After "if", "that", "because" ... the clause ends at the next mark or conjunction; elsewhere only at the
    sentence's end, as "and you in particular, for ..." may be an aside."""
    before = word_at(words, i - 1)
    subordinate = before in _CLAUSE_SUBORDINATORS
    main_clause = before == "," and _opening_clause_before(words, i - 1)  # "After the workshop, we on the old laptop"
    if not (subordinate or main_clause or before is None or before in _SENTENCE_ENDS):
        return False
    j = i + 1
    while word_at(words, j) in VERB_ADVERBS:
        j += 1
    if word_at(words, j) not in _PHRASE_PREPOSITIONS:
        return False
    ends = _CLAUSE_ENDS if subordinate else _SENTENCE_ENDS
    for k in range(j + 1, len(words)):
        if words[k] in ends:
            return True
        if words[k] in _CLAUSE_MARKS or _verb_in_place(tokens, words, k):
            return False
    return False


# Words that open a sentence with a clause or phrase of its own, which a comma closes before the main clause:
# "As you suggested, ...", "Before I rewrite it, ...", "After your talk, ...".
_OPENING_CLAUSES = frozenset(
    "as if when before after since once because although though while unless following".split()
)


def _subject_lost_after_opening(tokens, words):
    """(start, end, "subject") where the main clause after an opening clause and its comma ("As you suggested,")
    starts on a past verb and its object ("stopped running the import", "moved our API"): it lost its subject. An
    instruction starts on a bare verb ("If you have time, take a look"). A modal there is left alone: "If None,
    will not limit the size" is how reference text is written; after a semicolon a list of things done may
    follow ("moved the cache; rewrote the parser")."""
    for i, word in enumerate(words[:-2]):
        if word == "," and _opening_clause_before(words, i) and _past_then_object(words, i + 1, _STARTS_AN_OBJECT):
            yield tokens[i + 1][1], tokens[i + 2][2], "subject"


def _opening_clause_before(words, i):
    """True when the comma at i closes the first clause or phrase of its sentence, which opened on a word of
    _OPENING_CLAUSES."""
    k = i - 1
    while k > 0 and words[k - 1] not in _SENTENCE_ENDS and words[k] not in _CLAUSE_MARKS:
        k -= 1
    return (k == 0 or words[k - 1] in _SENTENCE_ENDS) and words[k] in _OPENING_CLAUSES


def _subject_lost(words, i):
    """True when a clause opens with no subject: after "if", "because", ", so" ... on a modal and a bare verb, after
    "whether", "because" ... on "is/are/has" ("whether is a better fit"), or after "why", "how" ... on a past verb
    and its object."""
    if words[i] in _SUBORDINATORS and _joins_clauses(words, i) and _modal_without_subject(words, i):
        return True
    if words[i] in _SUBJECT_NEEDED and word_at(words, i + 1) in _FINITE_BE:
        return True
    if words[i] in _BARE_VERB_OPENERS and _bare_verb_next(words, i):
        return True  # "I hoped to ask if have space": the clause's subject was lost before its verb
    return _past_without_subject(words, i)


# Words that open a clause on its subject, never on a bare verb ("if so", "if need be" and "if possible" are whole).
_BARE_VERB_OPENERS = _SUBJECT_NEEDED | {"if"}


def _bare_verb_next(words, i):
    """True when the word after i is a bare verb and nothing else ("have", "know"), with more words after it and no
    verb of its own among the next two: "if ensure is True" and "if debug mode is on" name a parameter or a mode,
    the subject of "is"; "if found" is a participle."""
    verb = word_at(words, i + 1) or ""
    return (
        verb not in _SUBJECT_LIKE
        and wc.only(verb, wc.VERB)
        and not wc.past_participle(verb)
        and (verb == "have" or wc.third_person_of(verb) is not None)
        and (word_at(words, i + 2) or ".") not in _CLAUSE_MARKS
        and not {word_at(words, i + 2), word_at(words, i + 3)} & _CLAUSE_GOES_ON
    )


def _joins_clauses(words, i):
    """True unless the word is a "so" that joins no clauses ("doing so will help", "so much"): after a comma it joins
    one clause to the next ("funds ran low, so will pause the pilot" lost its subject)."""
    return words[i] != "so" or i > 0 and words[i - 1] == ","


def _modal_without_subject(words, i):
    """True when "if/whether/because" is followed by a modal and a bare verb with no subject between: "if could
    spare"; not "that could help" (a relative) nor "when could we" (a question)."""
    modal, verb = (words[i + k] if i + k < len(words) else None for k in (1, 2))
    return (
        modal in MODAL_VERBS and verb is not None and wc.third_person_of(verb) is not None and verb not in _SUBJECT_LIKE
    )


# Adverbs (and "all", "both") that stand between a subject and its verb, never before an object: "if you ever [run]
# the workshop again", "we all [share] the same repo".
_BETWEEN_SUBJECT_AND_VERB = frozenset("ever never always often usually also still already sometimes all both".split())


def _past_adverb(words, i):
    """The index after word i and the adverb, if any, that stands between a subject and its verb."""
    return i + 2 if word_at(words, i + 1) in _BETWEEN_SUBJECT_AND_VERB else i + 1


def _subject_before_determiner(words, i):
    """True when a subject pronoun that opens a clause is followed by a determiner (past an adverb): "how you the
    retries", "if you ever the workshop", "I noticed that you also the audit", and a question's "Could we a call"; not
    "I'll give you the plan", where "you" is an object."""
    if not 0 < i < len(words) - 1 or word_at(words, _past_adverb(words, i)) not in _NOUN_DETERMINERS:
        return False
    opens_question = words[i - 1] in MODAL_VERBS and (i == 1 or words[i - 2] in _CLAUSE_STARTS)
    reported = words[i - 1] == "that" and word_at(words, i - 2) in _THAT_CLAUSE_VERBS  # "I noticed that you the"
    dated = words[i - 1] == "ago"  # "A week ago you our draft": a time before its clause's subject
    return words[i - 1] in _WH_AND_SUBORDINATORS or opens_question or reported or dated


# What opens an object: after a pronoun that is only ever a subject (NOMINATIVE_PRONOUNS), the verb between was lost.
_OBJECT_STARTS = frozenset("the a an my your our their this these those every me us him them you".split())


def _subject_before_object(tokens, words, i):
    """True when a pronoun that is only a subject runs straight into an object: "and I the same approach", "that I
    you about it", "we the whole schema". Not after "than" or "as" ("as much as we the first time"), nor "I" as a
    numeral ("Phase I the"), nor when a comma or dash stands between."""
    k = _past_adverb(words, i)  # the object's first word
    if words[i] not in NOMINATIVE_PRONOUNS or word_at(words, k) not in _OBJECT_STARTS:
        return False
    if i > 0 and (words[i - 1] in ("than", "as") or words[i] == "i" and tokens[i - 1][0][:1].isupper()):
        return False
    # after a comma, only a clause with a verb before it lends one ("After your workshop, we our first audit")
    gapped = word_at(words, i - 1) in GAPPING or word_at(words, i - 1) == "," and _verb_earlier(words, i)
    if gapped and _earlier_subject(words, i) not in (None, words[i]):
        return False  # "Maria took the backend and I the dashboards": the verb said once serves both (gapping)
    # a time phrase may stand between a subject and its verb: "we the next morning agreed", "we all the time forget"
    order = word_at(words, k + 1)
    # "we the past few weeks", "I the last two", "we the next morning"; "we our first accessibility audit" is no time
    timed = any(_names_time(word_at(words, k + n)) for n in (2, 3))
    counted = word_at(words, k + 2) in NUMBER_WORDS | {"few", "several", "couple"}
    time_phrase = order in _SPANS and (timed or counted) or order in _TIME_ORDERS and timed
    return not (time_phrase or order in ("time", "while"))


def _names_time(word):
    """True for a noun of time, singular or plural ("week", "mornings", "time")."""
    return bool(word) and (word in _TIMES or wc.singular_of(word) in _TIMES)


# Words after which a modal may come before its subject (inversion): a question word, "so" and "nor", and the
# negative or limiting adverbs that open a clause ("Only then can it ...", "nor will it").
_INVERTERS = _QUESTION_WORDS | frozenset("so nor neither only then never not rarely seldom than as who whether".split())
_NO_SUBJECT_BEFORE = _INVERTERS | _NOUN_DETERMINERS  # no statement's subject stands right before its modal


# ... and "whether", which opens a verb's object clause and never follows a modal ("so we could whether it reads well")
_AFTER_A_LOST_VERB = IT_AND_OBJECTS | frozenset("the a an my your our their this these those whether".split())


def _modal_before_object(words, i):
    """True when, in a statement, a modal after its subject (and perhaps "not") runs straight into "it", an object
    pronoun or a determiner: "The linter cannot it without a config", "we should not the cache" lost the verb between
    them. English puts a modal before its subject only when it inverts, in a question ("How long will it take?"), a
    tag (", can't it?"), after "so"/"nor" or a limiting adverb, or before its verb ("Under no circumstances should it
    run", "Should the build fail"); a determiner before the modal makes it a noun ("the will")."""
    before = word_at(words, i - 1)
    j = i + 2 if word_at(words, i + 1) == "not" else i + 1
    if word_at(words, j) not in _AFTER_A_LOST_VERB or before is None or before in _CLAUSE_MARKS:
        return False
    verb = word_at(words, j + 1 if words[j] in IT_AND_OBJECTS else j + 2)  # "should it run", "should the build fail"
    if before in _NO_SUBJECT_BEFORE or verb is not None and wc.third_person_of(verb) is not None:
        return False
    k = i - 1
    while k >= 0 and words[k] not in _CLAUSE_MARKS:
        if words[k] in _INVERTERS and not (words[k] == "so" and word_at(words, k + 1) in SUBJECT_PRONOUNS):
            # "I wonder how long the build will it" reads as an embedded question: left alone; "so you can" is
            # "so that you can", no inversion
            return False
        k -= 1
    end = _sentence_end(words, i)
    return end is None or words[end] != "?"


_TIME_ORDERS = frozenset("next following same other previous".split())
_SPANS = frozenset("last past first".split())  # "and I the last two years have ...": a span of time


def _earlier_subject(words, i):
    """The first word of the sentence before i, standing for the subject of the clause a gapped one leans on; None
    when no clause stands before. Gapping needs a new subject: "I read it and I the docs" lost its verb. Two words
    or fewer before the conjunction are no clause but the pronoun's partners in one subject ("My team and I the new
    scheduler" lost the verb they share)."""
    k = i - 1
    while k > 0 and words[k - 1] not in (".", "!", "?", "\n"):
        k -= 1
    return words[k] if k < i - 3 else None


def _verb_lost_after_subject(words, i):
    """True when a subject pronoun runs, past its adverbs, into what only an object can be
    ("we also three tickets", "we then the guide"), or past a modal into an object pronoun and its thing ("we will
    you the summary"): the verb between them was lost."""
    j = i + 1
    while word_at(words, j) in VERB_ADVERBS:
        j += 1
    if word_at(words, j) in MODAL_VERBS:
        return word_at(words, j + 1) in _RECEIVERS and word_at(words, j + 2) in _NOUN_DETERMINERS
    after = word_at(words, j) or ""
    # "I also that you ...": not "now that", a conjunction, nor "then that evening", a time
    that = after == "that" and words[j - 1] != "now" and word_at(words, j + 1) not in _TIME_NOUNS | {"day"}
    return j > i + 1 and (after in _NOUN_DETERMINERS or after in NUMBER_WORDS or after.isdigit() or that)


def _past_without_subject(words, i):
    """True when "why", "how", "because" or "whether" is followed by a past verb and its object with no subject
    between ("why tripled the page load"); not a describing word ("how interested the students were")."""
    return words[i] in _SUBJECT_FIRST and _past_then_object(words, i + 1)


def _past_then_object(words, j, objects=None):
    """True when words[j] is a past verb in -ed that is nothing else and a determiner or an object pronoun follows
    it (or, given `objects`, one of them or an -ing form): the verb and the start of its object."""
    past, following = word_at(words, j) or "", word_at(words, j + 1)
    if not (past.endswith("ed") and wc.past_only(past)):
        return False
    if following in _NOUN_DETERMINERS or following in OBJECT_ONLY:
        return True
    return objects is not None and (following in objects or bool(wc.ing_form(following or "")))


# What may follow a past verb as the start of its object or its particle: "stopped running", "moved it", "looked back".
_STARTS_AN_OBJECT = frozenset("it back up out to".split())


def _subject_without_verb(words, i):
    """True when a subject pronoun that opens a clause is followed by a preposition: its verb was lost ("if I in
    touch here", "Mo and I on Monday")."""
    # not "we in the community", "I in particular": a subject and its description
    if not 0 < i < len(words) - 2 or words[i + 1] not in _LOST_VERB_PREPOSITIONS:
        return False
    if words[i - 1] in MODAL_VERBS and (i == 1 or words[i - 2] in _CLAUSE_STARTS):
        return not _bare_verb_later(words, i + 2)  # "Could you at my schema and ...?"; "could you by any chance send"
    return words[i - 1] in _SUBORDINATORS and words[i + 2] not in ("the", "particular", "turn", "short", "general")


def _bare_verb_later(words, k):
    """True when a bare verb follows before the clause ends or joins another ("by any chance send", "at all be"):
    the question's verb, after a phrase put between it and its subject."""
    while k < len(words) and words[k] not in _CLAUSE_MARKS and words[k] not in ("and", "or", "but"):
        nominal = words[k - 1] in _NOUN_DETERMINERS or words[k - 1] in _PREPOSITIONS or words[k - 1] == "any"
        if not nominal and (wc.third_person_of(words[k]) or words[k] == "be"):
            return True
        k += 1
    return False


def _verb_without_object(words, i):
    """The index of a verb that needs its object, after the subject at i and before a preposition: "We discussed in
    our guild meeting", "I have enclosed so you know", "I printed for the team"; not "we discussed in detail"."""
    j = i + 1
    if j < len(words) and words[j] in ("have", "has", "had", "'ve"):
        j += 1
    while j < len(words) and words[j] in VERB_ADVERBS:
        j += 1
    if j + 1 >= len(words) or words[j] not in _OBJECT_NEEDED_HERE or words[j + 1] not in _BEFORE_LOST_OBJECT:
        return None
    if " ".join(words[j + 1 : j + 3]) in _ADVERB_PHRASES or _object_after_phrase(words, j + 1):
        return None  # "we discussed in detail", "I have attached to this email the draft"
    after_to = words[j + 2] if j + 2 < len(words) else ""
    if words[j + 1] == "to" and (wc.third_person_of(after_to) or after_to in _INFINITIVE_STARTS):
        return None  # "I used to work", "we recommend to use" (a verb form, which verbforms.py corrects)
    return j


def _verb_after_subject(words, start, end):
    """The index of the verb of a question that put its subject first ("how [you] decide"), or None."""
    i = start + 1
    if i < end and words[start] == "how" and words[i] in _AMOUNT_WORDS:
        i += 1
    elif (
        i + 1 < end
        and words[start] in ("what", "which")
        and wc.may_be_noun(words[i])
        and words[i + 1] in SUBJECT_PRONOUNS
    ):
        i += 1  # "which book you suggest"
    if i + 1 >= end or words[i] in AUXILIARIES:
        return None  # "Which would you rather read?": the auxiliary is there
    if words[start] == "how" and words[i] != "come" and wc.only(words[i], wc.VERB) and wc.third_person_of(words[i]):
        return i  # "How pick the first metric?": "do you" was lost
    if words[i] in SUBJECT_PRONOUNS:
        verb = i + 1
        while verb < end - 1 and wc.only(words[verb], wc.ADVERB):
            verb += 1  # "how you usually decide"
        return verb if _plain_verb(words[verb]) else None
    # a noun phrase, an adverb, then a bare verb: "how long a code review normally take"
    for j in range(i + 1, min(end, i + 5)):
        if wc.only(words[j - 1], wc.ADVERB) and wc.third_person_of(words[j]) and words[j - 1] not in STOPWORDS:
            return j
        if words[j] in AUXILIARIES or not words[j].isalpha():
            return None
    return None


def _object_after_phrase(words, k):
    """True when the object comes after the phrase that opens at k: "attached to this email the draft", "attached
    for reference my notes", "mentioned in your post that ..." (a long object is often put last)."""
    determiners = 0
    for word in words[k + 1 : k + 9]:
        if word in _OBJECT_CLAUSES:
            return True  # "you noted in your newsletter that you saw it": the clause is the object
        if word in _PHRASE_ENDS:
            return False
        determiners += word in _NOUN_DETERMINERS or word in _OBJECTS or word in ("this", "these", "both")
        if determiners == 2 or word == "reference":
            return True
    return False


def _plain_verb(word):
    """A verb with no auxiliary of its own: "decide", "decided", "decides"; not "would", "you'd", "are"."""
    return (
        word not in AUXILIARIES
        and "'" not in word
        and (wc.third_person_of(word) is not None or wc.bare_of(word) is not None or wc.past_participle(word))
        and not wc.only(word, wc.NOUN, wc.ADJECTIVE)
    )


# Words after which a possessive opens a clause's subject: the clause's start, a subordinator, or a time phrase
# ("Last month our team ...").
_SUBJECT_SLOT = _CLAUSE_STARTS | frozenset("that because when while since after before if whether once how why".split())
_TIME_OPENERS = frozenset("last this next every".split())
_TIME_NOUNS = frozenset(
    "week month year weekend spring summer autumn fall winter quarter morning evening night".split()
)
# Where a noun phrase ends without a verb: a mark, a conjunction or a preposition ("... the whole schema to Postgres").
_PHRASE_STOPS = _CLAUSE_MARKS | frozenset("and or but to for in on at with from by of into about".split())


def _second_noun_phrase(words, i):
    """The index of a determiner that opens a second noun phrase right after a clause's subject, when no verb comes
    between or after them: "Last month our team the whole schema to Postgres" lost its verb ("moved"). Whole when the
    second phrase holds a verb, as a relative clause does ("our tool the team uses"), or when the subject is an
    object or a verb's ("we met our mentor the next day")."""
    before = word_at(words, i - 1)
    after_time = before in _TIME_NOUNS and word_at(words, i - 2) in _TIME_OPENERS  # "Last month our team ..."
    opens = before is None or before in _SUBJECT_SLOT or after_time
    if words[i] not in _POSSESSIVES or not opens or before in GAPPING or before == "," and _verb_earlier(words, i):
        return None  # "..., and their values the contents": a verb said once serves both clauses (gapping)
    j = i + 2  # the subject's first word is a noun or a describing word: nothing after a possessive is a verb
    while j < len(words) and j < i + 4 and words[j] not in _NOUN_DETERMINERS:
        if wc.VERB in wc.classes(words[j]) or not wc.classes(words[j]):
            return None  # "our team uses the ...", or a word the lexicon does not know
        j += 1
    if word_at(words, j) not in _NOUN_DETERMINERS or not wc.may_be_noun(words[j - 1]):
        return None
    return None if _holds_a_verb(words, j) else j


def _verb_earlier(words, i):
    """True when the sentence holds a verb before i that a clause after a comma may share ("Our developers want the
    second, our designers the first")."""
    k = i - 1
    while k >= 0 and words[k] not in (".", "!", "?", "\n"):
        if (
            words[k] in AUXILIARIES
            or wc.VERB in wc.classes(words[k])
            and word_at(words, k - 1) not in _NOUN_DETERMINERS
        ):
            return True  # a word that may be a verb, unless a determiner makes it a noun ("the plan")
        k -= 1
    return False


_QUANTIFIERS = frozenset("every each all some any no".split())  # "the release process every quarter"
_TIMES = _TIME_NOUNS | {"day", "time"}


def _holds_a_verb(words, j):
    """True when the noun phrase opened by the determiner at j may go on into a verb of its own before it stops:
    a finite verb after a noun ("the team uses", "the server crashed") or any auxiliary."""
    k = j + 1
    while k < len(words) and words[k] not in _PHRASE_STOPS and k < j + 7:
        word, previous = words[k], words[k - 1]
        if word in AUXILIARIES or not wc.classes(word) and word.isalpha() and word not in _QUANTIFIERS:
            return True  # "the team has", or a word the lexicon does not know ("every" is a word it never lists)
        noun_before = k > j + 1 and wc.may_be_noun(previous) and not wc.can_describe(previous)
        if noun_before and _finite_after(word, previous):
            return True
        k += 1
    return False


def _finite_after(word, noun):
    """True when `word` can be the verb of a subject that ends on `noun`: "-s" after a singular ("the team uses"), a
    bare verb after a plural ("the nurses use") or a past that is no noun ("the server crashed")."""
    if wc.bare_of(word):
        return not wc.singular_of(noun)
    if wc.third_person_of(word):
        return bool(wc.singular_of(noun))
    return bool(wc.past_participle(word)) and not wc.may_be_noun(word)


def _determiner_without_noun(words, i):
    """The index of the word after a determiner that shows its noun was lost ("the into", "your saved our", "a reply
    to your on the thread"), or None."""
    if i + 1 >= len(words):
        return None
    after = words[i + 1]
    if words[i] in _POSSESSIVES and after in _LOST_OBJECT_PREPOSITIONS and word_at(words, i - 1) in _PREPOSITIONS:
        return i + 1  # after a preposition "your" is no "you're": "a follow-up to your on the caching thread"
    if words[i] != "the" and _describing_word_left_alone(words, i + 1):
        return i + 2  # "once on a cheap and once on a fast laptop": the noun after "cheap" was lost
    if words[i] != "the" and _describing_word_before_no_noun(words, i + 1):
        return i + 2  # "we built a simple that checks links": the noun after "simple" was lost
    if words[i] == "the" and after in ("and", "or", "but") and word_at(words, i + 2) != "/":
        return i + 1  # "split the or keep one": "my and your notes" share a noun, "the" never does
    if after == "to" and word_at(words, i + 2) in _FIELD_NAMES_AFTER:
        return None  # "the to field", "the to and bcc lines": an email's field, named
    if after in _NEVER_AFTER_DETERMINER or after in _NEVER_AFTER_POSSESSIVE and words[i] in _POSSESSIVES:
        return i + 1
    if after in _VERB_FORMS_ONLY or after in _SUBJECTS_ONLY:
        return i + 1  # "the seems", "our went down", "every you sent": no noun phrase holds a verb or a subject
    found = wc.classes(after)
    if not found or wc.NOUN in found or wc.ADJECTIVE in found or not wc.past_participle(after):
        return None  # a verb's -s form is left alone: the lexicon lacks many nouns ("the commits")
    following = words[i + 2] if i + 2 < len(words) else None
    # "Your saved my weekend": the participle has an object, so it is the verb of a lost subject; not "the
    # attached file" nor "the supplied formatting rules"
    return i + 1 if following in _OBJECTS else None


# Words that neither describe a noun nor begin a noun phrase: after "a cheap and" they show the noun was lost ("a
# simple and then a complex model" names its noun later, so "then" is not here).
_NEVER_DESCRIBES = frozenset(
    "once twice with without for in on at by from into i we it he she they is was are were has have had will would "
    "can could".split()
)


def _describing_word_before_no_noun(words, j):
    """True when the word at j is one that never stands for its noun (cutoffs.ATTRIBUTIVE) and the word after it
    opens no noun: a preposition, a pronoun, a verb or a relative word ("a simple that", "our main is"). Not after
    "the", which may stand for people ("the new are")."""
    # the curated list, not the lexicon, which lists "simple" as a noun too and "callable" as no noun; a measure
    # made of a number and its unit ("a one-page", "a 20-minute") describes too. The last of a few such words is
    # read: "a small internal that tracks" lost the noun after "internal".
    while _attributive(word_at(words, j)) and _attributive(word_at(words, j + 1)) and j < len(words) - 2:
        j += 1
    return _attributive(words[j]) and word_at(words, j + 1) in _NEVER_DESCRIBES | _OPENS_NO_NOUN


def _attributive(word):
    """True for a word that never stands for its noun (cutoffs.ATTRIBUTIVE) or a measure ("a 20-minute")."""
    return bool(word) and (word in ATTRIBUTIVE or _MEASURE.fullmatch(word) is not None)


_OPENS_NO_NOUN = frozenset("to of that which who about".split())
_MEASURE = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)-(?:page|minute|hour|day|week|month|year|"
    r"step|line|word)"
)


def _describing_word_left_alone(words, j):
    """True when the word at j only describes and "and"/"or" joins it to a word that neither describes nor opens a
    noun phrase ("a cheap and once"); "a quick and dirty fix" shares its noun. Not after "the", which may stand for
    people ("the young and the old")."""
    return (
        wc.only(words[j], wc.ADJECTIVE)
        and word_at(words, j + 1) in ("and", "or")
        and word_at(words, j + 2) in _NEVER_DESCRIBES
    )


def _past_verb_after(words, i):
    """True when a preposition is followed by a past verb that is nothing else and that verb's object ("retries from
    multiplied the load"): no preposition takes a finite verb, so its own object was lost between them."""
    return words[i] in _LOST_OBJECT_PREPOSITIONS and _past_then_object(words, i + 1)


def _object_lost_after(words, i):
    """True when a preposition after a determiner's noun is followed by a verb or another preposition: "the
    exercise with was", "your thread on during", "your guide for saved us"."""
    if i < 2 or i + 1 >= len(words):
        return False
    after = words[i + 1]
    # "your guide for saved us", "your talk at convinced me": a describing word takes no "me" after it either
    following = word_at(words, i + 2)
    past_with_object = wc.past_participle(after) and (
        wc.only(after, wc.VERB) and following in _OBJECTS or following in OBJECT_ONLY and not wc.may_be_noun(after)
    )
    if after not in _AFTER_LOST_OBJECT and not past_with_object:
        return False
    noun, determiner = words[i - 1], words[i - 2]
    return (
        determiner in DETERMINERS
        and wc.may_be_noun(noun)
        and noun not in STRANDABLE_PREPOSITIONS
        and not (after in COPULAS and _in_contact_clause(words, i - 2))
    )


def _in_contact_clause(words, start):
    """True when the words before `start` open a relative clause with no "that": a noun, then its own subject ("the
    part I most want your opinion about is ..."), so the preposition is stranded at the clause's end, before the
    main verb, and nothing was lost. Looks back to the clause's start."""
    for j in range(start - 1, max(start - 8, 0), -1):
        if words[j] in _CLAUSE_MARKS:
            return False
        if words[j] in SUBJECT_PRONOUNS and (words[j - 1] in ("what", "that", "which") or wc.may_be_noun(words[j - 1])):
            return True
    return False
