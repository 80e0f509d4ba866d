"""Sentences cut off mid-phrase: the grammar that tells "I read your talk on." (cut off) from "the team I work
with." (whole).

A sentence is cut off when its last word leaves a phrase open: an article, a conjunction, a possessive, or a
preposition that nothing before it leaves room for. English strands a final preposition only in a few
structures (a wh-word or relative, a relative clause with no relative word, a passive, an infinitive after a
noun or adjective, "worth"), and "to" may stand for a verb said before ("I'd love to.", "she asked me to.").
language.py turns what `cut_off` finds into findings.
"""

import re

from . import wordclass
from .techwords import KEYWORDS, TERMS
from .text import STOPWORDS, WORD, per_sentence
from .verbs import PLURAL_VERBS, THIRD_PERSON


def word_pairs(spec):
    """{("watch", "out"), ...} from "watch out|look out|...": pairs of words looked up as one."""
    return frozenset(tuple(pair.split()) for pair in spec.split("|"))


# A sentence never ends on these ("... and the.").
NEVER_LAST = frozenset(
    "the a an and or but nor because than my your our their its if whether although unless "
    "whereas very extremely particularly especially every whose almost nearly roughly approximately".split()
)
# Adjectives that never stand for their noun: after "a", "the" or "our" at a sentence's end the noun was lost ("a
# separate?"); not "the same", "the best", "a little", "as a whole", "the current", which stand alone.
ATTRIBUTIVE = frozenset(
    """separate different specific similar single small large quick short new big full simple real proper certain
    particular recent previous common personal technical practical useful reliable stable shared distributed
    typical fresh dedicated existing entire main basic important difficult critical exact actual upcoming relevant
    various internal external incoming outgoing weekly monthly quarterly yearly""".split()
)
# Verbs after which a statement may end on a bare wh-word: "you know what.", "guess what."
BARE_WH_VERBS = frozenset("know knew guess matter matters mattered".split())
# Verbs of finding out and choosing, after which "which" alone stands for a choice already named: "let me check
# which.", "I can't remember which."
WHICH_ELLIPSIS = frozenset("see check ask tell remember recall forget decide wonder confirm".split())
# "nobody recalls who said what", "the two tabs mix up which is which": a wh-word as the subject, a verb and a second
# wh-word ask one question of two unknowns; the subject stands at most this many words before the last wh-word.
PAIRED_WH = frozenset("who which what".split())
PAIRED_WH_REACH = 3
# Verbs that take an object and are never nouns: a sentence that stops on one after its subject lost the object
# ("the tests take."; "the remote address." is whole).
NEVER_NOUNS = frozenset(
    "take require requires contain contains include includes describe describes obtain obtains prefer prefers "
    "choose chooses recommend recommends suggest suggests consider considers provide provides create creates "
    "affect affects enjoy enjoys solve solves".split()
)
# With those that may be nouns too, the verbs that take an object after a pronoun subject ("how you handle.").
TRANSITIVE = NEVER_NOUNS | frozenset(
    "takes handle handles make makes need needs address addresses mention mentions cause causes contact "
    "contacts".split()
)
# "This year I learned ...": after these, with "this", "last" or "next", a pronoun opens the sentence's own
# clause, not a relative clause about the noun.
TIME_NOUNS = frozenset("year month week day morning afternoon evening night summer winter spring autumn".split())
# Words that count a span of time ("a year", "three months", "a few weeks").
SPAN_COUNTS = frozenset("a one two three four five six seven eight nine ten twelve few several some many".split())
# Words after which a noun phrase opens a clause of its own ("... is that the tests take.", "how other teams handle.").
CLAUSE_OPENERS = frozenset("that because but and so since when while is was are were how why where whether".split())
# Words that leave a verb's object unsaid on purpose: "if you prefer.", "as you suggest.", "more than we need."
CLAUSE_WITHOUT_OBJECT = frozenset(
    "if as than whatever whenever however wherever whichever unless before after until once".split()
)  # "... in a call before we build?"
# Of those, the words whose clause holds the object's gap ("as you described.", "whatever you include."): a verb that
# never goes without its object stops short after the others ("before we remove.", "once I attach.").
OBJECT_GAPS = frozenset("as than whatever however whichever".split())
# Pronouns that are only ever subjects: one ends a sentence only after a verb or "than/as" ("so do we", "better
# than I").
NOMINATIVE_PRONOUNS = frozenset("i we they he she".split())
PRONOUN_ENDERS = frozenset(
    "do does did am is are was were have has had can could will would should shall might may "
    "must than as so neither nor not".split()
)
# A sentence may end on these only when a clause strands them ("what it is for", "the team I work with").
STRANDABLE = frozenset(
    "with for of from about at into onto towards toward via to under between among within across "
    "during including per regarding despite without is are was were like against amid amidst "
    "beside upon unlike versus concerning involving on in".split()
)
DETERMINERS = frozenset("the a an my your our their his its this these those every each".split())
# Nouns a relative clause with a bare plural subject follows ("the sort of thing recruiters ask about"); after
# other nouns a plural is more likely part of a compound ("pull requests", "error budgets").
GENERIC_HEADS = frozenset(
    "thing things one ones kind kinds sort sorts type types way ways tool tools problem problems question questions "
    "area areas topic topics part parts stuff place places mistake mistakes".split()
)
# Quantifiers that open a subject as a determiner does ("the tool most teams start with").
QUANTIFIERS = frozenset("most many few some all every each both several".split())
COUNTS = frozenset("two three four five six seven eight nine ten twenty thirty several many few".split())
POSSESSIVES = frozenset("my your our their his her".split())
NOUN_PHRASE_OPENERS = DETERMINERS | POSSESSIVES
ARTICLES = frozenset("the a an".split())
# "on" and "in" also end phrasal verbs and set phrases as adverbs ("carry on", "and so on", "chime in"); after
# these words (in any form: "moved on", "checking in") they are whole; elsewhere they need a gap like any
# preposition ("I read your talk on." is cut off).
PARTICLES = {
    "on": frozenset(
        "so later then early now carry hold log try catch head sign turn switch right spot go move keep come get "
        "pass build follow read hang and back here".split()
    ),
    "between": frozenset(["in"]),
    "across": frozenset("come get go move step put run walk swim cross bring carry".split()),  # "we rowed across"
    "by": frozenset("stop drop come pass go stand swing get walk fly rush sit".split()),  # "feel free to stop by"
    "without": frozenset("do did go went make".split()),  # "the one tool I couldn't do without"
    "in": frozenset(
        "log sign check chime pitch weigh dive jump step join opt plug bake build fill factor fit zoom drill kick "
        "sink come move hand turn count let settle tune call drop break phase roll pour set back merge compile "
        "sit sat want walk listen cave pass built chip dig give go stay".split()
    ),
}
# Adjectives an infinitive with a stranded preposition follows ("easy to get started with", "hard to argue with").
INFINITIVE_ADJECTIVES = frozenset(
    "easy hard difficult simple safe fun nice good great impossible tricky painful".split()
)
OBJECT_FORMS = frozenset("me you him her it us them".split())
INFINITIVE_OBJECT_VERBS = frozenset(
    "ask tell want get allow expect need force persuade convince encourage remind invite urge advise teach like "
    "love prefer help told got taught occur occurred show showed".split()
)
MODALS = frozenset("would could should will can may might must do does did shall".split())
# The auxiliaries: a modal, "do", "be" or "have" ("How would you decide?" has its own; "How you decide?" lost it).
AUXILIARIES = MODALS | frozenset("is are was were am have has had".split())
SUBJECT_PRONOUNS = frozenset("i you we they he she".split())
CAUSATIVE_VERBS = frozenset("get ask tell persuade convince force encourage remind urge allow".split())
ADJECTIVAL_PARTICIPLES = frozenset(
    "interested involved excited based focused inspired impressed skilled experienced engaged located specialised "
    "specialized qualified dedicated committed obsessed fascinated".split()
)
GET_FORMS = frozenset("get got gets getting gotten".split())
PASSIVE_REACH = 3  # "it was (quite) (quickly) dealt with"
# Verbs that take an object before their particle ("pass it on", "keep your camera on", "count me in"); a verb
# not listed ("I read your talk on.") leaves the preposition open.
OBJECT_PARTICLE_VERBS = {
    "on": frozenset("keep kept pass hand switch turn leave left put have try get move".split()),
    "in": frozenset(
        "fill count bring brought let loop rope hand turn pencil factor key call plug put paste add type copy write "
        "drop include pass".split()
    ),
}
PRONOUN_OBJECTS = frozenset("it this that them these those".split())
# Adverbs that may stand between "be" and its particle ("the offer is still on", "applications are now in"), and
# between a subject and the "be" that ends its clause ("... and it finally is.").
BE_ADVERBS = frozenset(
    "still now finally already all back definitely officially mostly mainly largely partly usually often certainly "
    "probably really sometimes also".split()
)
# Particles that may follow a participle before its preposition ("it was signed off on").
ADVERB_PARTICLES = frozenset("off up out back down over away in on".split())
BE_FORMS = frozenset("be is are was were been being am i'm you're we're they're it's he's she's that's".split())
# Verbs that never go without an object: after "to" at a sentence's end they are cut off ("the data it needs to
# contain."). Not "discuss" or "mention": "a call to discuss?" and "not to mention." are idioms.
OBJECT_VERBS = frozenset("describe address contain include require regard obtain".split())
# Verbs that never stand without their object ("we want to implement."), unlike "share", "help" or "discuss"
# ("happy to discuss." is a whole offer in an email), and the verbs before "to" that want the verb itself, not a
# thing to do it to: after a noun, "to implement" may describe it ("a few ideas to implement."), and "not to
# mention." is whole.
OBLIGATORY_OBJECT_VERBS = frozenset("maintain mention implement enable utilise utilize leverage configure".split())
INFINITIVE_TAKERS = frozenset(
    """like liked love loved want wanted wants hope hoped hoping plan planned planning try tried trying need needed
    needs struggle struggled struggling wish wished aim aiming intend intended""".split()
)
# A clause never ends on an article or a possessive before a comma, semicolon or colon ("at a, and they...").
DANGLING_DETERMINER = re.compile(
    r"\b(?P<w>[Tt]he|an?|[Mm]y|[Yy]our|[Oo]ur|[Tt]heir|[Ee]very)(?=\s*[,;:](?!\s*\(?[a-z]\b))"
)
# "as" ends a sentence only in a phrase that needs more: "such as.", "as well as.", "the same as."
OPEN_AS = frozenset("such well same soon long far much known".split())
# "I'd love to.", "if you'd like to." leave out a verb everyone can supply; after other words "to" is cut off.
ELLIPSIS_TO = frozenset(
    "want wants wanted like liked love loved happy glad able need needs needed have has had going "
    "plan planning planned hope hoping hoped try trying tried wish used supposed ought mean meant "
    "chance free willing eager keen delighted pleased ready got get due welcome allowed afraid "
    "tend intend prefer expect expected agree agreed decide decided refuse would honoured honored "
    "thrilled unable not told asked encouraged invited advised forced required dare dared forget forgot "
    "remember remembered round best courage how meaning".split()  # "I did my best to.", "I never learned how to."
)
RELATIVE = frozenset(
    "what which who whom whose where when how why someone something anyone anything "
    "everything nothing somebody anybody everyone whoever whatever one ones".split()
)
# Question words of manner, reason and time strand no preposition: "how teams migrate from VMs to k8s with." is cut.
NO_STRANDING = frozenset("how why when".split())
OBJECT_PRONOUNS = frozenset("it you".split())
SUBORDINATORS = frozenset("because whether although though unless while since if how when whenever once until".split())
SUBJECTS = frozenset(
    "nobody everybody anybody somebody everyone someone anyone people "
    "i you we they he she it i'm you're we're they're he's she's it's i've you've "
    "we've they've "
    "i'd you'd we'd they'd i'll you'll we'll they'll".split()
)
# "that" after these words opens a clause ("given that the cases matter most to"), so it strands nothing.
COMPLEMENTISERS = frozenset(
    "given so now such except think thought believe say said says know knew hope mean means "
    "found read heard noticed realised realized seems sure aware glad clear true fact idea "
    "see saw suspect suspected guess feel felt learned learnt discovered assume assumed expect expected "
    "understand understood agree agreed argue argued showed shows doubt imagine imagined".split()
)
# "the team I work with", "the kind of work I'd like to do more of": a noun, then a clause that strands the
# preposition; the subject comes at most this many words before it.
SUBJECT_WINDOW = 9
MIN_CUT_OFF_WORDS = 4
# A line this long that stops without a mark and goes on in the next line was wrapped, not cut off.
WRAP_WIDTH = 60
# Verbs and adjectives that strand a preposition in ordinary English ("nobody asked for", "a lot to think about",
# "what it is for", "the stack I'm familiar with"): a sentence ending "<one of these> <preposition>" is whole,
# while "<noun> <preposition>" ("to k8s with", "for people under") is cut off. Regular forms (-s, -ed, -ing)
# are read from the base; common irregular pasts are listed.
STRANDING_HEADS = frozenset(
    """experiment tinker play practise practice hack fiddle toy cope integrate
talk think point learn work deal look ask apply hope wait care rely depend listen refer come go belong get use write
speak read hear know worry struggle fight vote pay account search aim reach stick agree argue complain dream laugh
live play reply respond run start stand turn wonder be is are was were been am do say tell share build plan prepare
grow move switch migrate contribute commit connect relate compare test check aim wish long push call send reach
consider focus lean count chat learn study train vouch advocate hear hope thank bring take make give find keep put
familiar proud grateful thankful responsible interested excited known used fond aware afraid capable keen passionate
curious comfortable worried happy ready good bad great hard easy worth suited qualified eligible famous
""".split()
)
# Irregular pasts strand too ("what I thought about"), but take no further suffix: "thoughts" is a noun.
IRREGULAR_PASTS = frozenset(
    """took made got went came gave thought brought found built wrote spoke heard knew grew ran dealt
sat stood set left kept felt held told said paid meant sent spent taught fought sought""".split()
)
STRANDING_HEADS |= IRREGULAR_PASTS
# Participles a passive strands a preposition after ("it is being run on").
IRREGULAR_PARTICIPLES = IRREGULAR_PASTS | frozenset(
    """done seen taken given written spoken known shown run put set cut read chosen driven forgotten gotten hidden
    thrown worn begun""".split()
)
VERB_LIKE = frozenset("like is are was were".split())


@per_sentence
def cut_off(sentence):
    """(start, end, words) of what a cut-off sentence's edit deletes and the words it stops at, or None."""
    return _stops_open(sentence, MIN_CUT_OFF_WORDS)


def clause_left_open(clause):
    """True when a clause that "and" goes on from stops mid-phrase, read as a sentence of its own: "We pay for" (and
    will renew) lost the preposition's object; "the tool we pay for" strands it. Read from two words."""
    return _stops_open(clause, 2) is not None


def _stops_open(sentence, shortest):
    """cut_off, for a sentence of at least `shortest` words; a shorter one is read only when it stops on a word no
    phrase ends on."""
    words = list(WORD.finditer(sentence))
    # three words are enough when the last is one no phrase ends on ("Notes from my")
    short = len(words) < shortest and not (len(words) == 3 and words[-1].group().lower() in NEVER_LAST)
    if short or not _ENDS_ON_WORD.search(sentence) or not _dangles(sentence, words):
        return None
    keep = len(words) - 1
    while keep > 1 and words[keep - 1].group().lower() in NEVER_LAST:
        keep -= 1
    return words[keep - 1].end(), words[-1].end(), sentence[words[keep].start() : words[-1].end()]


def cut_clauses(sentence):
    """(start, end) of each word that leaves its clause open before a comma or semicolon: a preposition with no
    object and no gap for one ("after seeing your slides on, my team agreed") or a subject pronoun with no verb
    ("when I, your survey was"). An aside in commas after a preposition ("depends on, among other things, the
    load") is whole."""
    for mark in _CLAUSE_BREAK.finditer(sentence):
        if _ASIDE.match(sentence, mark.end()):
            continue
        words = list(WORD.finditer(sentence, 0, mark.start()))
        if len(words) < MIN_CUT_OFF_WORDS - 1 or sentence[words[-1].start() - 1 : words[-1].start()] == "-":
            continue  # "-I,", "--from,": options
        # as typed: "set to On," and "option i," are a value and a name, not words of the clause
        last = words[-1].group()
        opens_clause = last in _NEVER_ADVERBS and _NEW_CLAUSE.match(sentence, mark.end())
        if _SHARED.match(sentence, mark.end()) and not opens_clause:
            continue
        end = _Ending(sentence[: mark.start()], words, last.lower())
        if last in STRANDABLE_PREPOSITIONS:
            dangling = end.previous == "thanks" or _open_preposition(end)  # "Thanks to, I asked"
        elif last in CLAUSE_PRONOUNS and end.previous not in ("and", "or"):
            dangling = _pronoun_subject(end)  # not "between you and I,"
        elif last in LINKING_VERBS:
            dangling = _noun_before_linking_verb(end)
        else:
            continue
        if dangling:
            yield words[-1].start(), words[-1].end()
    yield from _open_before_aside(sentence)


# Words that leave their phrase open: what follows them belongs to it ("in our (shared) notes").
OPEN_WORDS = frozenset("the a an my your our their".split()) | (STRANDABLE - VERB_LIKE - ADVERB_PARTICLES)
# A bracket or a dash opens an aside; after it closes, the phrase must go on ("the (rather long) thread").
_ASIDE_OPENING = re.compile(r"\s(?:\(|[—–]\s|-\s)")
_ASIDE_CLOSING = {"(": re.compile(r"\)"), "—": re.compile(r"\s[—–]\s?"), "–": re.compile(r"\s[—–]\s?")}
# After an aside, words that cannot go on the phrase before it: a conjunction, a relative word, a verb's form.
_NOT_GOING_ON = frozenset("and or but so which that who because when if is are was were has have had".split())


_LABEL = re.compile(r"[a-z]|\d{1,2}|[ivx]{1,4}")  # an option's label in brackets


def _open_before_aside(sentence):
    """(start, end) of an article, a possessive or a preposition right before a bracket or a dash whose aside is not
    followed by the rest of the phrase: "we adopted the pattern from your (the piece on caching) and it worked",
    "your note about — test first, refactor second — helped us"; "the (rather long) thread" goes on after the aside."""
    for mark in _ASIDE_OPENING.finditer(sentence):
        words = list(WORD.finditer(sentence, 0, mark.start()))
        last = words[-1].group().lower() if words else ""
        if len(words) < 3 or words[-1].end() != mark.start() or last not in OPEN_WORDS:
            continue
        opener = mark.group().strip()[:1]
        named = WORD.match(sentence, mark.end())
        if opener == "-" and named and wordclass.may_be_noun(named.group().lower()):
            continue  # "prefixed with a - sign", "the - option": the hyphen itself is named
        closing = _ASIDE_CLOSING.get(opener, _ASIDE_CLOSING["—"]).search(sentence, mark.end())
        inside = WORD.findall(sentence[mark.end() : closing.start()]) if closing else []
        if inside and len(inside) <= 3 and _names_the_thing(inside[0]):
            continue  # "the (BMP)", "between (A and B)", "in (seconds)": the brackets hold the phrase's own noun
        after = WORD.search(sentence, closing.end()) if closing else None
        if after and after.start() - closing.end() <= 1 and not _stops_the_phrase(sentence, after):
            continue  # "the (rather long) thread"
        if last in STRANDABLE and not _open_preposition(_Ending(sentence[: mark.start()], words, last)):
            continue  # "the packages you fetch from (like PyPI)": the clause strands it
        yield words[-1].start(), words[-1].end()


def _names_the_thing(word):
    """True when a bracket opening on `word` may hold the noun itself: a name or an acronym, a noun that is nothing
    else ("(nanoseconds)"), or an option's label ("my worry with (a) is ...", "(2)", "(iii)"); not "(the piece on
    caching)", "(our old one)" or "(see below)"."""
    return word[:1].isupper() or wordclass.only(word, wordclass.NOUN) or _LABEL.fullmatch(word) is not None


def _stops_the_phrase(sentence, after):
    """True when the word `after` an aside cannot be the rest of the phrase before it: a conjunction, a relative
    word, a form of be or have, or a verb that is no noun and does not describe the noun after it ("saved us";
    not "(binary) compressed data")."""
    lower = after.group().lower()
    if lower in _NOT_GOING_ON:
        return True
    found = wordclass.classes(lower)
    if not found or not found <= {wordclass.VERB} or wordclass.ing_form(lower):
        return False
    following = WORD.search(sentence, after.end())  # "(certain) mounted filesystems": a participle and its noun
    return not following or following.group().lower() in OBJECT_FORMS | DETERMINERS | STOPWORDS


def _noun_before_linking_verb(end):
    """True when a linking verb stops before a comma right after a noun, its subject ("the full review seems,"); not
    after a pronoun ("it seems, however, that"), nor where the noun is the object of a verb ("make the page look,")."""
    previous, openers = end.previous, NOUN_PHRASE_OPENERS
    determined = end.third in openers or len(end.before) > 2 and end.before[-3] in openers  # "the full review seems,"
    described = wordclass.ADJECTIVE in wordclass.classes(previous) and end.third in openers
    # after a describing word right after its determiner, "look" is the noun: "it got a fresh look, and ..."
    return wordclass.may_be_noun(previous) and previous not in STOPWORDS and determined and not described


CLAUSE_PRONOUNS = frozenset("I we they he she".split())
_CLAUSE_BREAK = re.compile(r"(?<=\w)\s*,(?!\d)")
_ASIDE = re.compile(r"[^,.;:!?]{1,25},")  # ", among other things," before the words the preposition takes
# "less than, equal to, or greater than zero", "run from, say, a shell": the object comes after what follows
_SHARED = re.compile(r"\s*(?:and|or|nor|but|say|e\.g\.|i\.e\.)\b")
# ... unless a clause of its own opens there ("I aimed the probe at, but the alert ..."): the object was lost,
# after a preposition that never ends its clause as an adverb ("no data can seep in, and the report ...")
_NEVER_ADVERBS = frozenset("at with from for to of about into onto by".split())
_NEW_CLAUSE = re.compile(r"\s*(?:and|or|but)\s+(?:I|we|they|he|she|it|the|an?|my|our|your|their|this|these)\b")


_ENDS_ON_WORD = re.compile(r"\w(?:[.!?]|\.\.\.|…)?$")


def _relative_clause(before, i):
    """True when before[i] is the subject of a clause that follows a noun and runs, with no other preposition
    in it, to the sentence's last word: "the team [I work] with", "the answer [we haven't found a good answer] for"."""
    if i > 1 and before[i - 1] in OBJECT_RELATIVES and _heads_a_relative(before, i - 2):
        # "a library that [five squads build] on": read past the relative word, as if the clause had none
        before, i = before[: i - 1] + before[i:], i - 1
    # "the project [our team relies] on": a determiner and its noun are a subject only when a verb follows them
    # and when the word before them is a noun, not a verb ("moved our billing service to k8s with." is cut off)
    # "it" and "you" are objects as often as subjects: after a verb ("we benchmarked it against.") they are one
    # ("to redo it cleanly with." is the infinitive's object, not a clause after the noun "rebuild")
    # ("that is all we had room for": "all" heads a relative clause as a noun does)
    pronoun = before[i] in SUBJECTS and (
        before[i] not in OBJECT_PRONOUNS
        or before[i - 1] == "all"
        or _noun_or_adjective(before, i - 1)
        and not _infinitive(before, i - 1)
    )
    # a demonstrative with its verb: "the spec [this comes] from", "the notes [these came] out of"; after a noun "that"
    # is the relative word, the subject of its clause ("the library that integrates with." leaves no gap)
    demonstrative = before[i] in ("this", "these") and i + 1 < len(before) and _finite_verb(before[i + 1])
    # a bare plural with its verb: "the sort of thing [recruiters ask] about", "the guide [new staff now start] with"
    verb_at = i + 2 if i + 2 < len(before) and before[i + 1] in _BEFORE_A_VERB else i + 1
    plural = (
        before[i].endswith("s")
        and not verb_like(before[i])
        and before[i] not in STOPWORDS
        and verb_at < len(before)
        and (verb_like(before[verb_at]) or before[verb_at] in MODALS)
        and before[verb_at] not in ADJECTIVAL_PARTICIPLES  # "pull requests based on" is no clause
        and before[verb_at] not in PLURAL_VERBS  # "error budgets was", "messages asks": not the plural's verb
        and (before[i - 1] in GENERIC_HEADS or _described_head(before, i - 1))
    )
    # the verb: right after a pronoun, a demonstrative or a bare plural (past an adverb), further on after a
    # determiner and its noun
    determined = before[i] in DETERMINERS or before[i] in QUANTIFIERS or before[i] in COUNTS or before[i] == "no"
    verb = verb_at if pronoun or demonstrative or plural else _clause_verb(before, i) if determined else None
    subject = (
        pronoun
        or demonstrative
        or plural
        or (determined and len(before) - i >= 3 and _noun_or_adjective(before, i - 1) and verb is not None)
    )
    # the noun the clause is about: "the tool [most teams start] with", "all [I wanted to ask] about"
    return (
        subject
        and (before[i - 1] not in STOPWORDS or before[i - 1] == "all")
        and not (i > 1 and before[i - 2] in ("this", "last", "next") and before[i - 1] in TIME_NOUNS)
        and before[i - 1] not in COMPLEMENTISERS
        and not before[i - 1].endswith("ed")
        and not _gerund(before, i - 1)
        and not _other_preposition(before[verb + 1 :])
        and not _subject_relative(before[verb + 1 :])
    )


def _infinitive(words, j):
    """True when words[j] follows "to" and may be a verb: the infinitive, whatever else the word may be."""
    return j >= 1 and words[j - 1] == "to" and wordclass.VERB in wordclass.classes(words[j])


# The relative words that may stand for the object of their clause's verb ("a library that five squads build
# on", "the ticket which we argued about").
OBJECT_RELATIVES = frozenset("that which whom".split())


def _heads_a_relative(words, k):
    """True when words[k] is a noun a relative clause can describe, not a verb of saying or knowing whose "that"
    opens what was said ("I noticed that we rely on." is cut off)."""
    return words[k] not in COMPLEMENTISERS and _noun_or_adjective(words, k) and words[k] not in STOPWORDS


def _subject_relative(words):
    """True when `words` hold a relative word and its verb ("that integrates"): a clause of its own, whose subject
    is the relative word, opens there, so a preposition at its end has no gap before it ("the tool I tried that
    integrates with." is cut off)."""
    return any(w in RELATIVE_SUBJECTS and _finite_verb(after) for w, after in zip(words, words[1:]))


def _clause_verb(before, i):
    """Where the verb of a clause whose subject opens at before[i] stands, or None: a listed verb, an auxiliary or a
    modal, a third person ("the book [every new hire on the team learns] from"), or a bare verb after a plural ("the
    standard [our auditors measure] it against"). A preposition before it is the subject's own ("on the team"), and
    does not take the clause's gap."""
    for j in range(i + 2, len(before)):
        w = before[j]
        if verb_like(w) or w in AUXILIARIES or w in BE_FORMS or w.endswith("n't") or wordclass.bare_of(w):
            return j
        if _after_pronoun(before, j) and wordclass.VERB in wordclass.classes(w):
            return j  # "the rules [my tutor and I often argue] about": a subject that ends on a pronoun
        if before[j - 1].endswith("s") and before[j - 1] not in STOPWORDS and wordclass.third_person_of(w):
            return j
    return None


def _after_pronoun(words, j):
    """True when a subject pronoun stands right before words[j], or before an adverb right before it."""
    k = j - 1 if words[j - 1] in _BEFORE_A_VERB else j
    return words[k - 1] in SUBJECT_PRONOUNS


def _described_head(before, k):
    """True when before[k] only describes and the word before it is a noun: the head of a relative clause whose
    subject it describes ("the guide [new staff start] with"), not an object the sentence goes on from."""
    return (
        k >= 1
        and wordclass.ADJECTIVE in wordclass.classes(before[k])  # "junior" is a noun too, and describes here
        and wordclass.may_be_noun(before[k - 1])
        and before[k - 1] not in STOPWORDS
    )


def _other_preposition(words):
    """True when a preposition stands in the clause before its end, and so takes the gap itself: "to" counts only
    before a noun ("to k8s with"), not as the mark of an infinitive ("I'd like to work with", "people to leave
    with")."""
    return any(
        w in STRANDABLE and w not in VERB_LIKE and (w != "to" or j + 1 < len(words) and not _bare_verb(words[j + 1]))
        for j, w in enumerate(words)
    )


def _bare_verb(word):
    """True for a word that may be a bare verb after "to" ("to leave", "to watch"): listed, or known to the inflection
    lexicon by its third person."""
    return verb_like(word) or wordclass.third_person_of(word) is not None


def _gerund(words, j):
    """True when words[j] is a verb in -ing ("working"), not a noun that ends so ("thing", "the meeting")."""
    return len(words[j]) > 5 and words[j].endswith("ing") and not (j and words[j - 1] in DETERMINERS)


def verb_like(word):
    """True for a word that is most likely a verb here: a past in -ed, an irregular past that is no noun ("rewrote",
    "dug"; not "left"), or a listed verb in any regular form."""
    return (
        word.endswith("ed")
        or word in IRREGULAR_PASTS
        or wordclass.past_participle(word)
        and not wordclass.may_be_noun(word)
        or any(base in THIRD_PERSON or base in STRANDING_HEADS for base in _bases(word))
    )


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _dangles(text, words):
    """True when the sentence's last word leaves a phrase open ("... and the.", "... to k8s with."): the first of
    that word's END_PATTERNS that applies decides. `words` holds at least three words (cut_off asks for
    MIN_CUT_OFF_WORDS)."""
    if words[-1].group() == "A":
        return False  # "a failure with A?": an option's label, not an article
    last = words[-1].group().lower()
    if last.endswith("ing") and words[-2].group().lower() == "worth":
        return False  # "worth including.", "worth mentioning.": the thing is the verb's object
    if last in _MONTHS:
        return False  # "the release moved to october.": the month in lower case, as many languages write it
    patterns = _PATTERNS_BY_LAST_WORD.get(last)
    if not patterns:
        # most sentences end on a word no pattern reads, such as a noun: only a phrase left without its head or
        # a clause without its verb shows there ("... for their offline.", "... when the study.")
        if last.isdigit() or last in NUMBER_WORDS or last in ("several", "any"):
            return _count_without_noun(words)
        if _possessive_without_noun(words):
            return True
        if last.endswith("ing") and _gerund_without_object(_Ending(text, words, last)):
            return True
        return last.isalpha() and (
            _adjective_without_noun(words)
            or _described_after_preposition(words)
            or _clause_without_verb(words)
            or _possessive_after_subject(words)
            or _adverb_after_be(words)
        )
    end = _Ending(text, words, last)
    for pattern in patterns:
        verdict = pattern(end)
        if verdict is not None:
            return verdict
    return False


def _adverb_after_be(words):
    """ "Any advice would be hugely.", "the cost is mostly.": a form of "be" and then an -ly word that is only an
    adverb end the sentence, so the word it graded was lost ("would be lovely." ends on a describing word)."""
    last = words[-1].group()
    return (
        words[-2].group().lower() in BE_FORMS
        and last.islower()
        and last.endswith("ly")
        and wordclass.only(last, wordclass.ADVERB)
    )


# Prepositions after which a count ends its sentence only when its noun was lost ("a choir with 27.", "the pilot
# ran in six."); times, ranges, ages and shares are whole ("at 9.", "from 3 to 5.", "under 12.", "one in ten.",
# "a team of five.").
# "split into two." is whole; "a release every two." lost its unit
_COUNTED_AFTER = frozenset("with in for against among across every".split())
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred dozen".split()
)


def _count_without_noun(words):
    """True when a sentence ends on a count after one of _COUNTED_AFTER: the thing counted was lost. A year ("in
    2019.", "in '19."), an issue ("in #812."), a share ("one night in ten.") and a count whose noun the sentence
    named before ("six hours last year, and in 3.") are whole."""
    last, before = words[-1].group().lower(), words[-2].group().lower()
    if before not in _COUNTED_AFTER or words[-1].string[words[-1].start() - 1] in "'’#":
        return False
    if last.isdigit() and (len(last) > 4 or len(last) == 4 and last[:2] in _YEAR_STARTS):
        return False
    earlier = {w.group().lower() for w in words[:-2]}
    if before == "in" and earlier & _SPLITTING:
        return False  # "the team split the work in two."
    # a count earlier in the sentence names what this one counts ("six hours last year, and in 3.")
    return not any(map(_counted, earlier))


_SPLITTING = frozenset("split splits cut cuts break breaks broke broken divide divides divided tear tore torn".split())


def _counted(word):
    return word.isdigit() or word in NUMBER_WORDS or word in ("one", "time", "times")


_YEAR_STARTS = ("19", "20")


# Determiners after which a describing word never stands for its noun ("the rich" may; "a rich" and "our rich"
# never), and describing words that may stand alone after them ("a few", "your best", "our own", "each other").
_NOUN_WANTING = frozenset(
    "a an my your our their its another every these those several other some any many each".split()
)
_STANDS_ALONE = frozenset("few little lot bit more less most least enough own other others best worst next".split())
# Words that open a clause and nothing else: after one, a determiner and one word leave the clause without a verb
# ("... when the study.", "... how the scheduler."); "since" and "until" are prepositions too ("since the launch.").
_CLAUSE_ONLY = frozenset("because although though unless whereas while when if whether how why".split())


# Degree words that stand between a determiner and its describing word ("some very useful tips", "a really neat
# trick") and between "you are" and one ("you're very patient with").
DEGREE_WORDS = frozenset("very so really quite pretty extremely incredibly truly genuinely super".split())
# Degree words that stand before a comparative only ("a much larger queue", "a slightly older release").
COMPARATIVE_DEGREES = frozenset("much far slightly somewhat even way".split())
# Words that point at things already named: after a verb they are its object, and a describing word after them is
# a complement ("I found those helpful."), not a noun's lost description.
_POINTING = frozenset("these those".split())


def _determiner_wanting_noun(words):
    """(determiner, graded) when the sentence's last word follows a determiner that wants a noun, directly or after
    a degree word ("some very practical.", "a much larger."); not "most": "billing is our most critical." may leave
    its noun understood. (None, False) otherwise."""
    previous, graded = words[-2].group().lower(), False
    if previous in DEGREE_WORDS or previous in COMPARATIVE_DEGREES and wordclass.graded(words[-1].group().lower()):
        previous, graded = words[-3].group().lower(), True
    position = -3 - graded
    if previous in _POINTING and len(words) >= -position and verb_like(words[position].group().lower()):
        return None, False  # "I found those helpful."
    return (previous, graded) if previous in _NOUN_WANTING else (None, False)


def _adjective_without_noun(words):
    """ "... to other tiny.", "... is a useful.", "... a really clear.": a describing word ends the sentence right
    after a determiner that wants a noun ("made this impossible." describes an object, so "this" is no such
    determiner). Alone, the word must be one that is never a noun; after a degree word it can only describe."""
    last = words[-1].group()
    determiner, graded = _determiner_wanting_noun(words)
    if graded:
        describes = wordclass.can_describe(last)
    else:  # "a signed.": a participle describes too, but only after an article or an owner ("a note to those
        # interested." and "leaves the other invalidated." end on a complement), or after "some" where no verb before
        # it takes a thing and its state ("has any defined.", "we have some printed." are whole)
        describes = (
            wordclass.only(last, wordclass.ADJECTIVE)
            or _participle(last)
            and (determiner in _OWNING or determiner in _SOME and not _any_form_in(_word(words, -3), _STATE_VERBS))
        )
    return (
        determiner is not None
        and last.islower()
        and last not in _STANDS_ALONE
        and not last.endswith("est")
        and describes
        and (last not in TERMS or _participle(last))  # "a remote", "its upstream", "a boolean": a developer's nouns
    )


_OWNING = frozenset("a an my your our their every".split())  # not "its", which stands for "it's" in "if its used."
_SOME = frozenset("some any several many".split())
# Verbs that take a thing and the state it is in ("have some printed", "keep a few signed", "want any fixed").
_STATE_VERBS = frozenset("have get keep leave want need find see like prefer".split())


def _word(words, k):
    """The k-th word of `words` in lower case ("" where there is none)."""
    return words[k].group().lower() if -len(words) <= k < len(words) else ""


def _participle(word):
    """True when `word` is a past participle and nothing else the lexicon knows ("signed", "written"; not "set",
    which is a noun too, nor "meeting")."""
    return word.endswith(("ed", "en")) and wordclass.past_only(word)


# Prepositions that take a noun phrase, after which a describing word cannot end the sentence ("a talk on
# distributed.", "a couple of new."); "to" opens infinitives, and "as", "than" and "like" compare ("as expected").
_BEFORE_A_NOUN = frozenset("of about with from into for on in at by during without within across through".split())
# Set phrases in which such a preposition takes a describing word alone, as an adverb.
_DESCRIBING_IDIOMS = word_pairs(
    "for granted|in vain|at large|of late|for long|by far|for certain|for sure|for real|for free|in short|in brief|"
    "in full|at best|at worst|at most|at least|at last|at first|in general|in particular|in private|in public|"
    "at random|in common|on average|in total|for good|at all|for now|of old|in earnest|on board|for instance"
)


def _adverb_particle(verb, particle):
    """True when `particle` is an adverb of `verb` that takes no object ("goes in"), so a describing word after them
    says how the subject is ("goes in untested"); after a verb that takes one ("turned on") the object was lost."""
    return particle in PARTICLES and particle_verb(verb, particle) and not object_particle_verb(verb, particle)


def _described_after_preposition(words):
    """ "I wrote a post on distributed.", "we hired a couple of new.": a preposition and then a word that only
    describes (an adjective that is never a noun, or a bare participle) end the sentence, so the noun they
    described was lost. The set phrases of _DESCRIBING_IDIOMS are whole ("we took it for granted")."""
    last, previous = words[-1].group(), words[-2].group().lower()
    if previous not in _BEFORE_A_NOUN or not last.islower() or last in KEYWORDS:
        return False
    if last in TERMS and not _participle(last):
        return False  # "on serverless": a developer's noun; "on containerised." is a verb's participle still
    verb = words[-3].group().lower()
    if (previous, last) in _DESCRIBING_IDIOMS or _adverb_particle(verb, previous):
        return False  # "we took it for granted", "no string goes in unchecked"
    if any(w.group().lower() in _COMPARING for w in words[:-2]):
        return False  # "as we do for outbound calls, so we do for inbound.": a contrast leaves the noun understood
    return wordclass.only(last, wordclass.ADJECTIVE) or _participle(last)


_DESCRIBED_REACH = 3  # describing words or counts between a determiner and its noun
_ORDINALS = frozenset("first second third last next".split())
_COUNTING = NUMBER_WORDS | _ORDINALS


def _clause_without_verb(words):
    """ "I'll share the numbers when the survey.", "... if a new opening.", "... and why the last two nights.": a
    word that only opens a clause, a determiner, up to three describing words or counts that are never verbs, and
    one word end the sentence, so the clause lost its verb ("when the survey closes")."""
    lower = [w.group().lower() for w in words[-6:]]
    k = len(lower) - 2
    while k > 0 and len(lower) - 2 - k < _DESCRIBED_REACH and _describes_only(lower[k]):
        k -= 1
    described = lower[k + 1 : -1]
    # past one describing word, or after a count ("while the two agree."), the last word must be a noun alone
    noun = len(described) < 2 and not set(described) & _COUNTING or wordclass.only(lower[-1], wordclass.NOUN)
    return (
        len(words) > 3
        and k > 0
        and lower[k - 1] in _CLAUSE_ONLY
        and lower[k] in ARTICLES | POSSESSIVES
        and words[-1].group().islower()
        and noun
    )


def _describes_only(word):
    """True for a word inside a noun phrase that is never a verb: a describing word, a count or an ordinal."""
    return wordclass.only(word, wordclass.ADJECTIVE) or word in _COUNTING or word.isdigit()


# Words that open a clause whose subject must be followed by its verb ("so the build fills our cache").
_SUBJECT_OPENERS = _CLAUSE_ONLY | frozenset(["so", "that"])


# Prepositions whose object is never an owner standing for its thing: "at the dentist's", "to my mother's" and
# "from the baker's" name a place, "like/than/with/over the team's" compare, "a friend of my father's" is whole.
_NOT_BEFORE_AN_OWNER = frozenset("on in into onto for about under inside during".split())
# Words that open a clause, which an owner alone can never finish: "... until the vendor's." lost its verb and what
# followed.
_CLAUSE_BEFORE_AN_OWNER = frozenset("because although though unless whereas while when if whether once until".split())


_CONTRASTS = frozenset("not than rather instead unlike versus vs".split())
_COMPARING = (_CONTRASTS - {"not"}) | {"as", "both", "either"}  # words that set one thing against another


# Owners that name a thing of their own: a degree ("during my master's", "with a bachelor's").
_ACADEMIC_DEGREES = frozenset("master bachelor masters bachelors".split())


def _possessive_without_noun(words):
    """ "... the flaky test only passes in the lab's.": a sentence that ends on an owner after a determiner and one
    of the prepositions or clause openers above lost the thing owned ("the lab's old runner"). An owner may stand
    for a thing named before it in a contrast or a parallel phrase ("on my own time, not on the company's"), so
    neither may come first."""
    last = words[-1].group()
    if len(words) < 4 or last[-2:] not in ("'s", "’s") or not last.islower() or last[:-2] in _ACADEMIC_DEGREES:
        return False  # a plain string test: every sentence that ends on no listed word comes here
    preposition = words[-3].group().lower()
    if (
        words[-2].group().lower() not in DETERMINERS
        or preposition not in _NOT_BEFORE_AN_OWNER | _CLAUSE_BEFORE_AN_OWNER
    ):
        return False
    earlier = {w.group().lower() for w in words[:-3]}
    return preposition not in earlier and earlier.isdisjoint(_CONTRASTS)


def _possessive_after_subject(words):
    """ "... so the build our cache.": a clause's opener, a determiner and its noun (the subject), then a
    possessive and one word end the sentence. A relative clause after the noun would need a subject and a verb of
    its own ("the tool our team uses"), so the two words after the noun are an object whose verb was lost."""
    lower = [w.group().lower() for w in words[-5:]]
    if len(lower) < 5 or not words[-1].group().islower() or not words[-3].group().islower():
        return False
    opener, determiner, noun, possessive, _ = lower
    return (
        opener in _SUBJECT_OPENERS
        and determiner in ARTICLES
        and noun not in STOPWORDS
        and wordclass.may_be_noun(noun)
        and possessive in POSSESSIVES
    )


class _Ending:
    """A sentence's end as the patterns read it: its `last` word, the `previous` one and the `third` from the end,
    `before` (every word but the last), all in lower case, and the sentence's `text` and word matches (`words`)."""

    __slots__ = ("text", "words", "last", "before", "previous", "third")

    def __init__(self, text, words, last):
        self.text, self.words, self.last = text, words, last
        self.before = [w.group().lower() for w in words[:-1]]
        # a clause that "and" goes on from is read from two words ("it with and ..."), so there may be no third
        self.previous, self.third = self.before[-1], (self.before[-2] if len(self.before) > 1 else "")


# The strandable words that are prepositions, not verbs ("is", "like").
STRANDABLE_PREPOSITIONS = STRANDABLE - VERB_LIKE
# A preposition before another at the end leaves the second one's object lost ("asked for in."); a particle there
# is an adverb, and the pair is whole ("in for", "up with").
STACKING = STRANDABLE_PREPOSITIONS - ADVERB_PARTICLES
_CLAUSE_MARK = re.compile(r"[,;:](?!\d)")  # a comma, semicolon or colon, not a number's ("1,000", "10:30")


def _always(end):
    """ "... and the.", "... because.": a word no sentence ends on."""
    return True


def _after(openers):
    """The pattern of a last word that is cut off right after one of `openers` ("such as.", "... because it.")."""

    def pattern(end):
        return True if end.previous in openers else None

    return pattern


def _so_after_comma(end):
    """ "... the demo slipped a week, so.": after a comma "so" joins a clause that never came; "I think so.",
    "or so." and "even so." end whole, with no comma before."""
    return True if end.text[: end.words[-1].start()].rstrip().endswith(",") else None


def _wants_object(word):
    """True when `word` is a form of a verb that cannot go without its object ("mentioned", "attached")."""
    return _any_form_in(word, _OBJECT_VERBS)


def _so_after_be(end):
    """ "I never expected the rollout to be so.": after "be", "so" grades a describing word that was lost; "I think so."
    and "if so." end whole."""
    return end.previous in ("is", "was", "are", "were", "be", "been") or None


def _pronoun_after_noun(end):
    """ "one question about the way you.", "the time it.": after a noun "you" or "it" opens a relative clause whose
    verb was lost; after a verb or a preposition it is their object ("thank you.", "a note for you.", "I love
    it."). Right after a determiner a word that does not describe is a noun, whatever else it may be ("against the
    form you."; "the real you." is whole)."""
    previous = end.previous
    if previous in STOPWORDS:
        return None
    determined = end.third in ARTICLES or end.third in POSSESSIVES  # not "this, thank you."
    noun = determined and previous.isalpha() and wordclass.ADJECTIVE not in wordclass.classes(previous)
    if end.last == "it":
        return noun or None  # "it" is far more often an object: "did you shard it?" uses a coder's verb
    return wordclass.only(previous, wordclass.NOUN) or noun or None


def _pronoun_subject(end):
    """ "... which is why I.": a subject pronoun ends a sentence only after a verb or "than/as" ("so do we"), and a
    question that asks "which" or "what" thing needs the verb the thing is done to ("Which tools will we?")."""
    if end.previous in PRONOUN_ENDERS:
        return end.text.rstrip().endswith("?") and _asks_for_an_object(end) or False
    return True


_COMPARISON_OPENERS = frozenset("as same such so".split())  # "as fast as you.", "the same as we.", "such as they."


def _as_without_comparison(end):
    """ "..., as you.": "as" and a subject end a sentence only as the second half of a comparison ("twice as fast as
    you."); anywhere else "as" opens a clause whose verb was lost ("as you predicted")."""
    if end.previous != "as":
        return None
    clause, _ = _last_clause(end)
    return not any(w in _COMPARISON_OPENERS for w in clause[:-1]) or None


def _asks_for_an_object(end):
    """True when the clause before "will we?" asks "which/what" (and a noun): the verb taking it was lost. "When can
    we?" and "How do they?" leave a verb said before unsaid, as a reply may."""
    clause = _last_clause(end)[0]
    asks = any(w in ("which", "what") for w in clause[:-1])
    return asks and not any(w in ELLIPSIS_LICENSES - {"what"} for w in clause)


def _as_much_as(end):
    """ "twice as fast as.", "twice as.": a comparison of "as ... as" lost what it compares with."""
    if end.previous in ("twice", "half", "times", "not", "just", "nearly", "almost", "quite"):  # "not as."
        return True
    return True if end.third == "as" and end.previous not in STOPWORDS else None


# Adverbs that say how sure or how much, and so stand before a complement: after "is/was" alone they lost it ("the
# second approach was clearly."); "it really is." ends on its verb.
STANCE_ADVERBS = frozenset(
    "clearly definitely certainly obviously probably surely actually absolutely totally completely fairly rather "
    "slightly somewhat mostly largely also only merely simply".split()
)
# Verbs that link a subject to how it is: their complement is a describing word, so "more" or "less" alone cannot
# end it ("the second option seems much more."), nor can a comma follow them ("If the full review seems, a quick look
# is fine" lost how it seems). One list: a second of the same name used to hide the first.
LINKING_VERBS = frozenset(
    "seem seems seemed look looks looked sound sounds sounded feel feels felt appear appears".split()
)


def _comparison_without_its_word(end):
    """ "... seems much more.": a linking verb, perhaps a degree word, then "more/less": the describing word lost."""
    before = end.before
    k = len(before) - 1
    if before[k] in COMPARATIVE_DEGREES or before[k] == "lot" and before[k - 1 : k] == ["a"]:
        k -= 2 if before[k] == "lot" else 1
    return True if k >= 0 and before[k] in LINKING_VERBS else None


def _how_to_after_preposition(end):
    """ "... any advice on how to.", "the question is how to.": after a preposition or "is", "how to" names a topic,
    and its verb was lost ("I don't know how to." leaves a verb said before it understood)."""
    topic = end.third in _BEFORE_A_NOUN or end.third in BE_FORMS
    return True if end.previous == "how" and len(end.before) > 1 and topic else None


def _complement_after_be(end):
    """True when a form of "be" and a stance adverb end the sentence, with no comma between ("it was, clearly.")."""
    return end.previous in BE_FORMS and "," not in end.text[end.words[-2].end() : end.words[-1].start()] or None


def _means_without_object(end):
    """ "We moved the reports to Airflow using.": "using" says by what means, and its object was lost, unless the
    object stands before it ("the stack we are using.", "Which version are you using?", "a tool worth using.")."""
    return end.previous != "worth" and not _object_elsewhere(end)


def _recipient_without_thing(end):
    """ "Would it help if we lent you?": a giving verb and its recipient end the sentence, the verb's subject opens its
    clause (after "if", "and" or a modal, or the sentence's start), and so nothing given was said."""
    if end.previous not in GIVING_VERBS or len(end.before) < 2:
        return None
    subject = end.before[-2]
    if subject in MODALS or subject == "to":
        return None  # "Can I send you?" reads as a question of its own; "to send you" may follow what is sent
    if subject not in SUBJECTS:
        return None
    opener = end.before[-3] if len(end.before) > 2 else None
    return True if opener is None or opener in GIVER_OPENERS else None


def _the_same(end):
    """ "at the same." lost its noun after a preposition; "I'd do the same." and "it is the same." are whole."""
    return end.third in STRANDABLE_PREPOSITIONS if end.previous == "the" else None


def _stacked_prepositions(end):
    """ "... that nobody asked for in.": a preposition after another lost the second's object; not "from off to
    on." nor a keyword in capitals ("... listed again within FROM.")."""
    if end.previous not in STACKING or end.words[-1].group().isupper():
        return None
    if end.previous == "to" and "from" in end.before[:-1]:
        return None
    return True


# Words that open a relative clause: after a comma or a noun phrase they cannot end a sentence ("the demo, which.",
# "a retry bug which.", "in a format that."); "I know who." and "I'd like that." are whole.
RELATIVE_WORDS = frozenset("which who whom whose that".split())
NOUN_PHRASE_REACH = 4  # "a flaky import job which": the determiner a few words before


RELATIVE_SUBJECTS = frozenset("that which who".split())
# Pronouns for people that a relative clause describes: "someone who knows Rust", never "someone who." alone.
PEOPLE_PRONOUNS = frozenset("someone somebody anyone anybody everyone everybody people those".split())
# Of those and "nobody", the ones that are a clause's subject after a relative word ("a script that nobody.").
INDEFINITE_PRONOUNS = (PEOPLE_PRONOUNS - {"people", "those"}) | {"nobody"}


def _relative_without_clause(end):
    """True when a relative word ends the sentence right after a comma or a noun phrase its clause was about."""
    if "," in end.text[end.words[-2].end() : end.words[-1].start()]:
        return True
    for back in range(1, NOUN_PHRASE_REACH + 1):
        if back > len(end.before):
            return None
        word = end.before[-back]
        if back == 1 and word == "one":
            continue  # "the one that?": "one" is the noun the clause was about
        if back == 1 and end.last == "that" and wordclass.only(word, wordclass.ADVERB):
            return None  # "we told them precisely that.": an adverb points at "that", a pronoun
        if word in _PHRASE_STARTS:
            return back > 1  # "the person who.", "one small example that.", not "all of the that."
        if back == 1 and word in PEOPLE_PRONOUNS and end.last in ("who", "whom"):
            return True  # "... needed someone who.": the clause that says which one was lost ("asked everyone that."
            # is whole: "that" is the question asked)
        if word in STOPWORDS or verb_like(word) and not _noun_in_phrase(end.before, back):
            return None  # "I know who.", "I'd like that."
    return None


_PHRASE_STARTS = NOUN_PHRASE_OPENERS | COUNTS | NUMBER_WORDS | {"one"}


def _noun_in_phrase(before, back):
    """True when the verb-like word `back` words from the end is a noun: right after a determiner ("the tests
    that."), or inside a noun phrase further back (_modifies_a_noun); "the team knows that." ends on a verb."""
    if back == 1:
        return len(before) > 1 and (before[-2] in DETERMINERS or before[-2] in POSSESSIVES)
    return _modifies_a_noun(before, back)


def _modifies_a_noun(before, back):
    """True when the verb-like word `back` words from the end stands inside a noun phrase: after a determiner ("the
    test which") or after a noun it compounds with ("a payment retry bug which"), not after its subject ("I know")."""
    if back >= len(before):
        return False
    word = before[-back - 1]
    return word in DETERMINERS or word not in STOPWORDS and not verb_like(word) and word.isalpha()


def _ordinal(end):
    """ "before your first?" lost its noun; "it is my first." is whole, and so is the second of a pair whose first
    came before ("The first prototype was in Python, my second in Go.")."""
    if end.last != "first" and "first" in end.before:
        return None
    if end.previous == "her" and (verb_like(end.third) or wordclass.verb_base(end.third)):
        return None  # "I told her first.": after a verb "her" is its object, and "first" says when
    return end.third not in BE_FORMS if end.previous in POSSESSIVES else None


def _bare_wh_word(end):
    """ "how your team chooses what.": a wh-word after a verb lost the clause it opens; a question ("... and
    which?") and "you know what." are whole."""
    if end.text.rstrip()[-1:] == "?":
        return None
    previous = end.previous
    if end.last == "what" and previous in STRANDABLE_PREPOSITIONS:
        return True  # "a post for my team about what.": a statement's "what" after a preposition opens a clause
    verb = verb_like(previous) or previous.endswith(("es", "ed", "ing")) and previous not in STOPWORDS
    if end.last == "which" and any(base in WHICH_ELLIPSIS for base in _bases(previous)):
        return None  # "I'll check which.": the choice was named before
    if PAIRED_WH.intersection(end.before[-PAIRED_WH_REACH:-1]):
        return None  # "who said what.", "which tab is which.": a wh-word for the subject pairs with the last one
    return verb and previous not in BARE_WH_VERBS


def _infinitive_without_object(end):
    """ "the data it needs to contain.": a verb that never goes without its object, after "to"; whole when a
    relative or "as/that" before it is the object ("what I hoped to discuss.")."""
    if end.previous != "to":
        return None
    return not _object_word_before(end)


def _object_word_before(end):
    """True when a relative word, "as" or "that" before the end may stand for the last verb's object."""
    return any(w in RELATIVE or w in ("as", "that") for w in end.before)


def _wanted_verb_without_object(end):
    """ "I wanted to mention.", "we struggle to maintain.": a verb that always takes an object, after "to" and a verb
    that wants it (see INFINITIVE_TAKERS), with no object anywhere before it ("the one I'd like to mention")."""
    if end.previous != "to" or end.third not in INFINITIVE_TAKERS:
        return None
    return not (_object_word_before(end) or _object_elsewhere(end))


def _verb_without_object(end):
    """ "how you handle.", "the tests take.": a verb right after its subject lost its object, unless the object
    stands before it ("which one would you recommend?", "if you prefer.")."""
    if not _subject_before(end.before, end.last):
        return None
    return not _object_elsewhere(end)


def _open_preposition(end):
    """ "I read your talk on.", "... to k8s with.": a preposition without its object, unless it is an adverb ("carry
    on"), a "to" that stands for a verb ("I'd love to.") or a preposition its clause strands ("the team I work
    with")."""
    before, last, previous = end.before, end.last, end.previous
    if _particle(before, last) or (last == "on" and _span_later(end)) or _state_in_a_list(end):
        return False
    if last == "to" and (previous in ELLIPSIS_TO or _asked_to(before)):
        return False  # "I'd love to.", "I couldn't get it to."
    if last == "to" and previous in BE_FORMS:
        return True  # "the first step is to.": an infinitive that says what something is has lost its verb
    if last == "in" and _progress(before):
        return False  # "I'm three lessons in", "we are a month in": how far into something one is
    after_comma = "," in end.text[end.words[-2].end() : end.words[-1].start()]
    if after_comma or previous == "thanks" or before[-2:] == ["thank", "you"]:
        return True  # nothing can be stranded after a comma, and one is thanked for something
    if len(before) > 1 and before[-2] in SUBJECT_PRONOUNS and _wants_object(previous):
        return True  # "the report I mentioned in.": the clause's gap is the verb's object, and "in" has none
    subject = before[-2] if len(before) > 1 and previous in BE_ADVERBS else previous  # "and it finally is."
    if last in VERB_LIKE and (subject in SUBJECTS or previous == "as"):
        return False  # "if you like.", "here we are.", "keep the file as is."
    clause, marks = _last_clause(end)
    if last in BE_FORMS and _only_subject(clause):
        return False  # "three nodes failed over; only the primary was.": a contrast leaves the rest unsaid
    adjunct = _adjunct_clause(clause)
    if adjunct is not None:
        return not leaves_a_gap(adjunct, last)
    return not (leaves_a_gap(clause, last) or marks > 1 and _resumes(clause))


def _state_in_a_list(end):
    """True when a listed item is a thing and its setting, with no verb: "STM32, 64 MB of RAM, D-cache on.",
    "Wi-Fi off": "on" and "off" say the state, and nothing was cut."""
    if end.last not in ("on", "off"):
        return False
    clause, marks = _last_clause(end)
    return (
        marks > 0
        and 0 < len(clause) <= 2
        and clause[0] not in DETERMINERS | POSSESSIVES  # "the part on." lost its object
        and wordclass.may_be_noun(clause[-1].split("-")[-1])  # "D-cache" is a kind of cache
        and not any(verb_like(w) or w in AUXILIARIES or w in BE_FORMS for w in clause)
    )


def _progress(before):
    """True when `before` ends on "be", a count and its unit ("I'm three lessons", "we are a month"): with "in" after
    them they say how far in one is, and leave no object unsaid."""
    if len(before) < 3 or not wordclass.may_be_noun(before[-1]):
        return False
    count, be = before[-2], before[-3].replace("’", "'")
    counted = count in NUMBER_WORDS or count.isdigit() or count in ("a", "one", "few", "several")
    return counted and (be in BE_FORMS or be.endswith(("'m", "'re", "'s")))


def _only_subject(clause):
    """True when the clause ends on a subject that "only" singles out ("only the primary was", "only ours is"), a
    contrast with what was just said, which leaves its predicate unsaid."""
    if "only" not in clause:
        return False
    k = len(clause) - 1 - clause[::-1].index("only")
    subject = clause[k + 1 : -1]
    return 0 < len(subject) <= 3 and not any(_finite_verb(w) for w in subject)


# Words that open a clause no preposition inside can strand out of: in "Which tool would you pick if you were
# switching to?" the "which tool" is the object of "pick", and the "to" in the if-clause has nothing to take
# (linguists call these clauses islands).
ISLAND_OPENERS = frozenset("if because although though unless whereas whether".split())


def _adjunct_clause(clause):
    """The words after the last if/because/whether... in the clause, when the sentence's last word stands in that
    inner clause, which must hold the preposition's gap itself; None when there is no such clause."""
    for i in range(len(clause) - 1, -1, -1):
        if clause[i] in ISLAND_OPENERS:
            return clause[i + 1 :]
    return None


def inflections(bases, irregular):
    """The finite forms of the regular verbs in `bases` ("attach" -> "attaches", "attached"), and the `irregular`
    forms as given. No -ing form: it is as often a noun ("this mode does only quoting.")."""
    forms = set(irregular.split())
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
        forms |= {base, third, stem + "ed"}
    return frozenset(forms)


# Verbs that cannot go without their object, whatever the context: a sentence that stops on one after its subject,
# an auxiliary or "to" lost the object ("After reading it, I rewrote.", "I would like to introduce."). Verbs that
# stand alone in ordinary use ("I'll try.", "happy to help.", "hope you enjoy!", "a call to discuss?") are not here.
OBJECT_NEEDED = inflections(
    "recommend borrow replace attach include describe address cite quote credit enclose owe own lack contain add "
    "require involve obtain acquire adopt implement enable ensure prevent avoid tackle configure revisit reuse rename "
    "remove bookmark reread introduce highlight summarise summarize outline handle keep invite appreciate contact "
    "inform notify remind convince persuade",
    "rewrite rewrites rewrote rewritten lend lends lent bring brings brought buy buys bought",
)
_OBJECT_VERBS = OBJECT_NEEDED | TRANSITIVE  # with those wanting an object after a pronoun ("mention", "need")
# Verbs of giving that take the thing given as well as whom it goes to: "if we lent you?" lost what was lent; "the
# notes I sent you." holds it in the relative clause, and "tell", "show" and "email" may stand with a person alone.
GIVING_VERBS = inflections("send hand lend bring forward", "sent lent brought give gives gave given")
# They and the verbs that show or tell a person a thing: "to show my team this." is whole.
THING_GIVING_VERBS = GIVING_VERBS | inflections("show offer teach", "shown tell tells told taught")
RECIPIENTS = frozenset("me you him her us them".split())
# Where the giver opens its clause, so no relative clause holds the thing given.
GIVER_OPENERS = frozenset("if when once because and but so could can would will may might should shall".split())
# Verbs after which a subject opens a clause of its own ("they hope I attach.", "I think we include.").
CLAUSE_TAKING_VERBS = frozenset(
    "prefer prefers preferred think thought hope suggest suggested mean guess wish insist".split()
)
# Adverbs that may stand between a verb and its subject or auxiliary ("I have now removed").
# "I'll", "we're", "it's": English never strands a contracted auxiliary ("Yes, I will." but not "Yes, I'll."); the
# negative ones stand alone ("I won't.").
CONTRACTED_AUXILIARIES = frozenset(
    f"{subject}{apostrophe}{auxiliary}"
    for apostrophe in "'’"
    for subject, auxiliaries in (
        ("i", "ll m ve d"),
        ("you", "ll re ve d"),
        ("we", "ll re ve d"),
        ("they", "ll re ve d"),
        ("he", "ll s d"),
        ("she", "ll s d"),
        ("it", "ll s"),
        ("that", "s ll"),
        ("there", "s"),
        ("here", "s"),
        ("what", "s"),
        ("let", "s"),
    )
    for auxiliary in auxiliaries.split()
)
# Verbs of motion whose "by" is an adverb ("as the weeks went by", "she stopped by").
MOTION_BY = frozenset("passed went gone stopped dropped came swung walked rolled flew flown stood got gotten".split())
# Adverbs that stand before a verb ("we recently moved"), and the words that open a clause which must have one.
CLAUSE_ADVERBS = frozenset(
    "recently already just also finally still never really actually currently last usually".split()
)
VERB_CLAUSE_OPENERS = frozenset(
    "that because since if when while whether how as than what where why although though unless until".split()
)
VERB_ADVERBS = frozenset(
    "now already just also finally recently then since still never really even ever actually only since gladly".split()
)
# Adverbs that may stand between a subject and its verb ("we recently moved", "the guide new staff now start with").
_BEFORE_A_VERB = CLAUSE_ADVERBS | VERB_ADVERBS


NEGATED_BE = frozenset("is are was were ai".split())  # "isn't", "wasn't", "ain't" without their "n't"


def _object_lost(end):
    """ "After reading it, I rewrote.", "I have now removed.", "I would be glad to cite.": a verb that needs its
    object, right after its subject, an auxiliary or "to" after a word that takes one; not where the object stands
    before it ("the guide I rewrote.", "if you need.") nor in a passive ("the file is attached.")."""
    before, popped = list(end.before), 0
    while len(before) > 1 and before[-1] in VERB_ADVERBS:
        before.pop()
        popped += 1
    head, second = before[-1], before[-2] if len(before) > 1 else None
    if head == "to":
        opens = second in ELLIPSIS_TO  # "I'd love to borrow."; not "topics to avoid."
    elif head in ("have", "has", "had"):
        opens = second in SUBJECTS
    elif head in SUBJECTS and second in BE_FORMS:
        opens = False  # a question's passive: "or were they hired?"
    elif head in SUBJECTS:
        # the pronoun opens its sentence or clause: "..., I rewrote.", "if they hope I attach."
        opens = (
            second is None
            or second in STOPWORDS
            or second in MODALS
            or second in CLAUSE_TAKING_VERBS
            or len(_last_clause(end)[0]) == popped + 1
        )
    else:  # a negated "be" makes the verb a passive's participle ("she wasn't convinced.")
        opens = head in MODALS or head.endswith(("n't", "n’t")) and head[:-3] not in NEGATED_BE
    return (not _object_elsewhere(end)) if opens else None


# Prepositions after which an -ing form is a gerund ("before removing"); after "when" or "while" an instruction may
# leave the object understood ("Be careful when configuring.").
GERUND_OPENERS = STRANDABLE_PREPOSITIONS | frozenset("before after by".split())
# Verbs whose object may be an -ing form, and the "up" of "ended up": after them the -ing form is a gerund too
# ("We ended up replacing.", "I would avoid adding.").
GERUND_TAKERS = frozenset(["up"]) | inflections("start stop finish avoid consider keep recommend suggest", "began kept")


def _gerund_without_object(end):
    """ "We froze the schema before renaming.", "Thanks for including.": after a preposition, the -ing form of a verb
    that cannot go without its object; not where a clause holds the object before it ("the module I am thinking
    about replacing.")."""
    word, previous = end.last, end.previous
    if not (wordclass.ing_form(word) and (previous in GERUND_OPENERS or previous in GERUND_TAKERS)):
        return None
    if not _any_form_in(word, OBJECT_NEEDED):
        return None
    return not leaves_a_gap(_last_clause(end)[0][:-1], previous) or None


def _verb_only(word):
    """True when `word` can only be a verb and is no -ing form, which names an activity ("the post on caching")."""
    return wordclass.only(word, wordclass.VERB) and not wordclass.ing_form(word)


# Verbs that want their object after a subject that is a thing ("the chapter about the Saga pattern explained."),
# though a person may use them alone ("as I explained.", "we found.").
SUBJECT_PHRASE_VERBS = inflections(
    "explain cover list mention create cause produce",
    "found finds gave gives built builds caught catches took brought made",
)
_TIME_DEICTICS = frozenset("last this next every".split())


# Prepositions that may stand inside a subject's noun phrase ("the post on caching", "the guide for new teams").
_INSIDE_A_NOUN_PHRASE = frozenset(
    "of on in at for with from about by into over under between across behind through within".split()
)


def _noun_phrase_subject(end):
    """ "Your second post on caching describes.", "The new release includes.": a noun phrase opens the clause and
    a verb that needs its object ends it, so the phrase is the verb's subject and the object was lost. A determiner
    or pronoun after a noun opens a relative clause whose object is that noun ("the tool your team built.", "the
    one it includes."), and a verb inside the phrase makes it no plain noun phrase; both leave the sentence alone,
    as does a last word that may be a noun ("your email address."). A capitalised word is a name ("the Saga
    pattern"), whatever else it may be."""
    if wordclass.may_be_noun(end.last):
        return None
    clause, _ = _last_clause(end)
    words = [(w.group().lower(), w.group()[:1].isupper()) for w in end.words[len(end.before) - len(clause) : -1]]
    while len(words) > 1 and words[-1][0] in VERB_ADVERBS:
        words.pop()
    if words and words[0][0] in ("and", "but", "so", "because"):
        words = words[1:]
    if len(words) > 2 and words[0][0] in _TIME_DEICTICS and wordclass.may_be_noun(words[1][0]):
        words = words[2:]  # "last week a lag alert ... caused.": a time said before the subject
    if len(words) < 3 or words[0][0] not in NOUN_PHRASE_OPENERS or words[-1][0] in STOPWORDS:
        return None
    if wordclass.past_participle(end.last) and any(word in ("with", "without") for word, _ in words):
        return None  # "the settings with every secret removed": a participle that closes "with", no verb lost
    for (previous, _), (word, name) in zip(words, words[1:]):
        if word in NOUN_PHRASE_OPENERS:
            if previous not in _INSIDE_A_NOUN_PHRASE:
                return None
        elif word in STOPWORDS and word not in _INSIDE_A_NOUN_PHRASE:
            return None  # a relative or wh-word, an auxiliary or a pronoun: the phrase is more than a noun's
        elif _verb_only(word) and not name and previous not in NOUN_PHRASE_OPENERS:
            return None  # a verb, unless a determiner makes it a noun ("a retry budget")
    return True


# A modal ends a sentence only when the verb it stands for was said before ("if you can.", "more than most teams
# will."); after a noun or a verb ("the rollback section should.", "which our auditor says must.") the verb was
# lost. "do" and "have" are left out: they are verbs of their own ("what the tool does.", "the rights root has.").
MODAL_VERBS = frozenset("can could should would will must might may shall".split())
AUXILIARY_ENDS = MODAL_VERBS
# Words that let a clause leave its verb out: a condition, a comparison, a belief or a reply ("I think the docs do.").
ELLIPSIS_LICENSES = frozenset(
    "if as than so too whether unless when whenever hope think thought sure know knew guess bet suspect expect wish "
    "doubt believe like way either neither nor not yes no also nobody everyone someone anyone everybody somebody "
    "anybody none few how what where while whereas but".split()
)


# "has", "is", "does" may end a sentence as verbs of their own ("the rights root has.", "what the tool does."), but
# not right after a verb that ends a relative clause: "The course you suggested has." lost what it has done.
VERB_ENDS = frozenset("has have had does do did is are was were".split())


def _verb_after_relative_clause(end):
    """True when "has/is/does" ends a sentence right after a past ("the tool you recommended has."), with nothing
    in the clause that lets its verb go unsaid ("more than I thought it would")."""
    previous = end.previous
    if not (previous.endswith("ed") or previous in IRREGULAR_PASTS) or previous in ADJECTIVAL_PARTICIPLES:
        return None
    return not any(w in ELLIPSIS_LICENSES for w in _last_clause(end)[0])


def _auxiliary_without_verb(end):
    """ "...and the rollback section should.": a modal after a noun or a verb, with nothing in its clause that
    lets the verb go unsaid; after a pronoun subject ("I think we can.") the verb was said before."""
    if end.words[-1].group()[:1].isupper():
        return False  # "we met on 21 May."
    previous, clause = end.previous, _last_clause(end)[0]
    subject_pronoun = previous in SUBJECTS or previous in ("it", "that", "this", "there", "one", "who")
    if subject_pronoun and not (len(end.before) > 1 and end.before[-2] in STRANDABLE_PREPOSITIONS):
        return False  # "from you would." is an object, not the subject
    if previous in STOPWORDS and not subject_pronoun or previous.endswith(("ly", "n't")):
        return False  # "if you really must.", "as they often do."
    return not _licensed(clause)


def _licensed(clause):
    """True when a word of the clause lets its verb go unsaid (ELLIPSIS_LICENSES), read as that word: not the "few"
    of "a few pointers" (counting things; "few would" and "a few of us would" are subjects), nor the "so" of "so
    far" or "so much" (a degree, not "I think so")."""
    for k, word in enumerate(clause):
        if word not in ELLIPSIS_LICENSES:
            continue
        after = clause[k + 1 : k + 2]
        if word == "few" and clause[k - 1 : k] == ["a"] and after != ["of"]:
            continue
        if word == "so" and after and after[0] in _DEGREES:
            continue
        return True
    return False


_DEGREES = frozenset("far much many long often".split())  # "so far", "so much": "so" as a degree


def _adverb_after_subject(end):
    """ "... that you recently.", "... since we last.": a clause that opens, its subject pronoun and an adverb, and
    no verb; "I never." may answer a question, so the clause must open with a word that needs one."""
    before = end.before
    if len(before) < 2 or before[-1] not in SUBJECT_PRONOUNS:
        return None
    # after a noun the pronoun opens a relative clause, which needs its verb as much: "the week we finally."
    head = before[-2] not in STOPWORDS and wordclass.may_be_noun(before[-2])
    return before[-2] in VERB_CLAUSE_OPENERS or head or None


# Prepositions after which "no" can only be a determiner ("with no.", "for no."): its noun was lost.
_BEFORE_NO = frozenset("with without for of in on at from about into by".split())


def _no_without_noun(end):
    """ "... one shared server and no.", "it works with no.": "no" as a determiner whose noun was lost, after a
    preposition or after "and/or" joined to a noun; "yes and no", "say no" and "the reply is no" answer."""
    if end.previous in _BEFORE_NO:
        return True
    joined = end.third not in STOPWORDS and end.third not in ("yes", "maybe") and wordclass.may_be_noun(end.third)
    return end.previous in ("and", "or") and joined or None


def _no_longer_after_subject(end):
    """ "... so they no longer.": a subject, "no longer" and no verb."""
    return end.previous == "no" and end.third in SUBJECTS or None


def _how_after_preposition(end):
    """ "some guidance on how.": "how" after a noun's preposition lost the clause it opens; after a verb's it may
    leave the clause unsaid ("it depends on how.", "the post did not go into how.")."""
    opens = end.previous in STRANDABLE_PREPOSITIONS and end.previous not in VERB_LIKE
    return opens and wordclass.only(end.third, wordclass.NOUN) or None


def _relative_subject_alone(end):
    """ "... the change that made?": "that/which/who" as the subject of a verb that needs an object; "that
    address." and "which handle." are a determiner and a noun, but not after a plural ("quirks that need."), which
    no "that" before a singular noun follows."""
    if end.previous not in ("that", "which", "who"):
        return None
    after_plural = end.previous == "that" and wordclass.singular_of(end.third or "") is not None
    return after_plural or not wordclass.may_be_noun(end.last) or None


def _attributive_without_noun(end):
    """ "... to a separate?": a describing word that never stands for its noun; "in the main." is an idiom."""
    if (end.third, end.previous, end.last) == ("in", "the", "main"):
        return False
    _, graded = _determiner_wanting_noun(end.words)
    if end.previous in ARTICLES or end.previous in POSSESSIVES or end.previous in COUNTS or graded:
        return True  # "in a few small.": a count wants its noun as much as an article does
    if end.previous == "every":
        return True  # "of every incoming.": "every" never stands for its noun, as "each" may ("one of each")
    return _described_after_preposition(end.words) or None


def _next_after_preposition(end):
    """ "... some time in the next?": "the next" after a preposition lost its noun ("month"); "What comes next?" is
    whole."""
    return end.previous == "the" and end.third in ("in", "by", "within", "over", "during", "for") or None


def _pronoun_alone(end):
    """ "... our event schema, it.": a subject pronoun alone after a comma ends a clause with no verb."""
    return end.text[: end.words[-1].start()].rstrip().endswith(",") or None


def _own_without_its_noun(end):
    """ "... help with your own.": "own" after a possessive stands alone only in "on my own", "of its own" and
    after "be" ("the idea is my own.")."""
    if end.previous not in POSSESSIVES and end.previous != "its":
        return None
    return end.third in STRANDABLE_PREPOSITIONS and end.third not in ("on", "of")


def _agent_lost(end):
    """ "... when the queue was blocked by.": a passive's "by" lost its agent; "as the weeks went by" moves, and
    "what the outage was caused by" has its agent before it."""
    clause = _last_clause(end)[0]
    if any(w in RELATIVE - NO_STRANDING - {"where"} or w == "that" for w in clause):
        return None
    if any(_relative_clause(clause, i) for i in range(max(1, len(clause) - SUBJECT_WINDOW), len(clause))):
        return None  # "the standard every release is judged by": a clause with no relative word holds the agent
    participle = (
        end.previous.endswith("ed") or end.previous in IRREGULAR_PARTICIPLES
    ) and end.previous not in MOTION_BY
    return participle and any(w in BE_FORMS or w in GET_FORMS for w in end.before[-4:-1]) or None


def _determiner_after_noun(end):
    """ "... fixed half our failures this.": "this" after a noun is a determiner whose noun ("week") was lost;
    after a verb or preposition it is the object ("I love this.", "thanks for this."), as after a person given it."""
    if end.previous in STOPWORDS or not _ends_noun_phrase(end.before):
        return None
    return not any(w in THING_GIVING_VERBS for w in end.before[-5:-1])


def _ends_noun_phrase(words):
    """True when the last word is a noun: only ever one, or one after an article or a possessive and at most one
    describing word ("our pager alerts"), so "please review" is not taken for a noun."""
    if wordclass.only(words[-1], wordclass.NOUN):
        return True
    if not wordclass.may_be_noun(words[-1]):
        return False
    described = len(words) > 2 and (wordclass.can_describe(words[-2]) or wordclass.may_be_noun(words[-2]))
    head = words[-3] if described else words[-2]
    return head in ARTICLES or head in POSSESSIVES or words[-2] in ARTICLES or words[-2] in POSSESSIVES


def _last_clause(end):
    """The words from the sentence's last comma, semicolon or colon up to its last word, and how many such marks
    come before them."""
    parts = _CLAUSE_MARK.split(end.text[: end.words[-1].start()])
    return end.before[len(end.before) - len(WORD.findall(parts[-1])) :], len(parts) - 1


# Verbs that take their object through a preposition: with the object put before them ("which library do
# you depend on?", "a colleague we count on") the preposition stays at the end, and without it the sentence was cut.
PREPOSITIONAL_VERBS = inflections("focus rely depend specialise specialize listen cope", "relied")
# Nouns a relative clause follows with no preposition at all: "the way I work", "the week we met".
_ADVERBIAL_HEADS = frozenset("way time day moment reason place extent week year".split())
# What may stand between a fronted object's subject and the verb: "what we depend", "the library we plan to depend".
_BEFORE_THE_VERB = MODALS | frozenset(
    "to want wants wanted need needs plan hope try going really always also still".split()
)


def _preposition_lost(end):
    """ "... which library we depend.": a verb of PREPOSITIONAL_VERBS whose object stands before its subject (a
    wh-word, or a noun that a relative clause follows) lost its preposition at the end."""
    clause, _ = _last_clause(end)  # the words before the verb
    j = len(clause)
    while j > 0 and clause[j - 1] in _BEFORE_THE_VERB:
        j -= 1
    j -= 1  # the subject
    if j < 1 or clause[j] not in SUBJECT_PRONOUNS:
        return None
    k = j - 1 if clause[j - 1] not in MODALS else j - 2  # "which library do we depend": a question's modal
    head = clause[k] if k >= 0 else ""
    if head in ("what", "which", "who", "whom"):
        return True
    fronted = k > 0 and clause[k - 1] in NOUN_PHRASE_OPENERS | {"what", "which", "whose"}
    return fronted and head not in STOPWORDS and head not in _ADVERBIAL_HEADS and wordclass.may_be_noun(head) or None


# What a sentence's last word may leave open: for each set of last words, the pattern that reads the words before
# it. A word's patterns are tried in this order and the first that applies decides (True: cut off, False: whole,
# None: it does not apply). A last word in no row ends its phrase.
# Verbs of change whose "by" gives the amount: "cut the error rate by." lost it.
CHANGE_VERBS = inflections(
    "reduce increase improve decrease",
    "cut cuts drop drops dropped grow grows grew fall falls fell rise rises rose shrink shrinks shrank lowered raised "
    "slowed sped",
)


# Their -ing forms, which inflections() leaves out: "our goal is cutting costs by." lost the amount as well.
CHANGING = frozenset(
    "reducing increasing improving decreasing cutting dropping growing falling rising shrinking lowering raising "
    "slowing speeding".split()
)


# Who may drop by, and the words before a visit's verb: "thanks for dropping by", "feel free to drop by".
_VISITORS = SUBJECT_PRONOUNS | OBJECT_FORMS | frozenset("for to will can could might may would".split())


def _amount_lost(end):
    """ "... reduced the error rate by.": "by" after a verb of change and its object names an amount, now lost; not
    "drop by" after a person or "for/to", a visit ("thanks for dropping by.", "you don't mind me dropping by.");
    "latency dropped by." lost its amount."""
    if end.previous in ("drop", "drops", "dropped", "dropping") and end.third in _VISITORS:
        return None
    return any(w in CHANGE_VERBS or w in CHANGING for w in end.before[-4:]) or None


def _complement_lost(end):
    """ "... so even a short answer would be.": a noun subject, a modal and "be" with nothing after; a pronoun
    may leave it out ("I'm not sure it would be."), and so may a clause of comparison or manner ("as it should be")."""
    before = end.before
    if len(before) < 3 or before[-1] not in MODAL_VERBS or before[-2] in STOPWORDS:
        return None
    return wordclass.may_be_noun(before[-2]) and not _licensed(_last_clause(end)[0]) or None


def _perfect_complement_lost(end):
    """ "The hardest part so far has been.": a noun subject, "has/have/had" and "been" with nothing after, in a
    clause that nothing licenses to leave it out ("I'm not sure it has been.", "as it has been")."""
    before = end.before
    if len(before) < 3 or before[-1] not in ("has", "have", "had"):
        return None
    k = len(before) - 2
    while k > 0 and (before[k] in _DEGREES or before[k] == "so" or before[k].endswith("ly")):
        k -= 1  # "the hardest part so far has been", "the release notably has been"
    head = before[k - 1] if k > 0 else ""
    # a noun the lexicon lacks is a noun too ("a career changer who has been.")
    relative = before[k] in ("who", "which") and (wordclass.may_be_noun(head) or not wordclass.classes(head))
    if not relative and (before[k] in STOPWORDS or not wordclass.may_be_noun(before[k])):
        return None  # "a student who has been.": the relative word is the subject, as a noun is
    return not _licensed(_last_clause(end)[0]) or None


_SPAN_ORDERS = frozenset("next last past coming first".split())
_SPAN_PREPOSITIONS = frozenset("in within over during for".split())


def _span_without_unit(end):
    """ "a review within the next couple?": a span of time after a preposition lost its unit ("the next couple of
    days");
    after a verb "the next few" may stand for things named before ("I will read the next few.")."""
    before = end.before
    spans = len(before) > 2 and end.previous in _SPAN_ORDERS and end.third == "the"
    return True if spans and before[-3] in _SPAN_PREPOSITIONS else None


END_PATTERNS = (
    (NEVER_LAST, _always),
    (frozenset(["to"]), _how_to_after_preposition),  # "any advice on how to."
    (frozenset(["by"]), _amount_lost),  # "... reduced the error rate by."
    (frozenset(["be"]), _complement_lost),  # "... a short answer would be."
    (frozenset(["been"]), _perfect_complement_lost),  # "... the hardest part has been."
    (frozenset(["as"]), _after(OPEN_AS)),  # "such as.", "as well as.", "the same as."
    (frozenset(["as"]), _as_much_as),  # "twice as fast as."
    (RECIPIENTS, _recipient_without_thing),  # "if we lent you?"
    (frozenset(["using"]), _means_without_object),  # "... to Airflow using."
    (SUBJECT_PRONOUNS, _as_without_comparison),  # "my manager agreed, as you.": the verb was lost
    (NOMINATIVE_PRONOUNS, _pronoun_subject),
    (OBJECT_PRONOUNS, _after(SUBORDINATORS)),  # "... because it.", "... whether you.": a subject and nothing else
    (ATTRIBUTIVE, _attributive_without_noun),  # "... to a separate?", "... with the entire.": noun lost
    (frozenset(["that"]), _after(frozenset(["so", "such"]))),  # "... so that.": the clause it opens was lost
    (frozenset(["so"]), _so_after_comma),  # "the demo slipped, so.": the clause "so" joins on was lost
    (frozenset(["so"]), _so_after_be),  # "the rollout was so.": the describing word was lost
    (frozenset(["you", "it"]), _pronoun_after_noun),  # "about the way you.": the relative clause's verb was lost
    (frozenset(["based"]), _after(BE_FORMS | {"all", "both"})),  # "we are all based.": where was lost
    (frozenset(["same"]), _the_same),
    (STRANDABLE, _stacked_prepositions),
    (frozenset(["first", "second", "third"]), _ordinal),
    (RELATIVE_WORDS, _relative_without_clause),
    (frozenset(["what", "which"]), _bare_wh_word),
    (frozenset(["how"]), _how_after_preposition),  # "some guidance on how."
    (frozenset(["longer"]), _no_longer_after_subject),  # "so they no longer."
    (OBJECT_VERBS, _infinitive_without_object),
    (OBLIGATORY_OBJECT_VERBS, _wanted_verb_without_object),  # "I wanted to mention."
    (TRANSITIVE, _verb_without_object),
    (STRANDABLE, _open_preposition),
    (AUXILIARY_ENDS, _auxiliary_without_verb),
    (VERB_ENDS, _verb_after_relative_clause),
    (OBJECT_NEEDED, _object_lost),
    (OBJECT_NEEDED | TRANSITIVE | SUBJECT_PHRASE_VERBS, _noun_phrase_subject),  # "your post on caching describes."
    (CLAUSE_ADVERBS, _adverb_after_subject),  # "I saw that you recently.": the verb was lost
    (CLAUSE_ADVERBS, _after(frozenset(["who", "which"]))),  # "an analyst who recently.": the relative's verb lost
    (frozenset(["no"]), _no_without_noun),  # "two laptops and no.": the noun after "no" was lost
    (frozenset(["you"]), _after(VERB_CLAUSE_OPENERS - {"as", "than"})),  # "I gather that you.", "tell me how you."
    (frozenset(["such"]), lambda end: end.previous not in ("as", "and", "or")),  # "on such."; not "as such", "and such"
    (CONTRACTED_AUXILIARIES, _always),  # "no worries; I'll.": a contracted auxiliary never ends its clause
    (frozenset(["by"]), _agent_lost),  # "when the queue was blocked by."
    (frozenset(["this"]), _determiner_after_noun),  # "it fixed half our failures this."
    (frozenset(["next"]), _after(frozenset("sometime early late later until before".split()))),  # "sometime next?"
    (frozenset(["next"]), _next_after_preposition),  # "some time in the next?"
    (frozenset("it they we he she".split()), _pronoun_alone),  # "send you our schema, it."
    (frozenset(["own"]), _own_without_its_noun),  # "help with your own."
    (frozenset(["me", "us"]), _after(frozenset("made make makes making".split()))),  # "the workshop made us."
    (frozenset(["few", "couple"]), _span_without_unit),  # "a review within the next couple?"
    (frozenset(["other"]), _after(frozenset("for to with from about on in at".split()))),  # "for other."
    (TRANSITIVE | OBJECT_NEEDED | {"made"}, _relative_subject_alone),  # "the change that made?"
    (STANCE_ADVERBS, _complement_after_be),  # "the second approach was clearly."
    (frozenset(["more", "less"]), _comparison_without_its_word),  # "the second option seems much more."
    (frozenset(["not"]), _after(frozenset(["but"]))),  # "it works on staging but not.": what was set against lost
    (INDEFINITE_PRONOUNS, _after(RELATIVE_WORDS)),  # "a script that nobody.": the clause's verb was lost
    (PREPOSITIONAL_VERBS, _preposition_lost),  # "the library we plan to depend."
    # "as" and "by" strand like any preposition ("the user to log in as", "the rules we work by"); elsewhere their
    # object was lost ("send it to you as.", "a table partitioned by.")
    (frozenset(["as", "by"]), _open_preposition),
)


def _by_last_word(patterns):
    """{last word: its patterns, in the table's order}, so that a sentence tries only its last word's patterns."""
    found = {}
    for last_words, pattern in patterns:
        for word in last_words:
            found.setdefault(word, []).append(pattern)
    return found


_PATTERNS_BY_LAST_WORD = _by_last_word(END_PATTERNS)


def _subject_before(before, verb):
    """True when the word before a sentence's last verb is its subject or auxiliary: a pronoun that follows no noun
    ("how you handle."; "the counts it contains." is a relative clause), "can't", or a noun with its determiner that
    opens a clause ("... that the tests take."), before a verb that is no noun ("the remote address.")."""
    word = before[-1]
    if word in MODALS or word.endswith("n't"):
        return True
    if word in SUBJECTS:
        return len(before) < 2 or before[-2] in STOPWORDS or before[-2] in MODALS
    determined = len(before) > 1 and (
        before[-2] in DETERMINERS or before[-2] in POSSESSIVES or before[-2] in QUANTIFIERS or before[-2] == "other"
    )
    opens = len(before) < 3 or before[-3] in CLAUSE_OPENERS
    # "how other teams handle.": a plural subject and a bare verb ("the door handle." is a noun)
    plural_verb = word.endswith("s") and not word.endswith("ss") and not verb.endswith("s")
    # "how each reviewer handles.": a singular subject after a word that opens a clause, and its verb in -s
    singular_verb = (
        verb.endswith("s")
        and not verb.endswith("ss")
        and not word.endswith("s")
        and len(before) > 2
        and before[-3] in CLAUSE_OPENERS
    )
    return (verb in NEVER_NOUNS or plural_verb or singular_verb) and determined and opens and word not in STOPWORDS


def _object_elsewhere(end):
    """True when a verb that takes an object ends its sentence with the object before it: a wh-word or relative
    ("which one would you recommend?", "the tools we use."), or a clause of "if/as/than" ("if you prefer.")."""
    clause, _ = _last_clause(end)
    last = end.last
    licences = OBJECT_GAPS if last in OBJECT_NEEDED else CLAUSE_WITHOUT_OBJECT
    if any(w in licences for w in clause) or leaves_a_gap(clause, last):
        return True
    # "the change our team needs": a relative clause with no relative word, its verb the last word
    whole = clause + [last]
    if any(_relative_clause(whole, i) for i in range(max(1, len(whole) - SUBJECT_WINDOW), len(whole) - 1)):
        return True
    # "what you suggest", "how long does it take?": a wh-word with a clause after it is the object or the measure;
    # not "how you handle." nor "the problem is that the tests take."
    for i, w in enumerate(clause[:-1]):
        if w in NO_STRANDING:
            if clause[i + 1] in ("much", "many"):
                return True  # "how many did you remove?": the amount is the object
            if clause[i + 1] in ("long", "often") and last not in OBJECT_NEEDED:
                return True  # a time, which a verb that needs its object does not take for one
        elif w == "that":
            if _relative_that(clause, i):
                return True
        elif w in RELATIVE:
            return True
    return False


def _resumes(clause):
    """True when a clause after an aside in commas goes on from the noun before the aside, leaving the gap there:
    "the team, more than the tech, [that I care about]", "a lot here, admittedly, [to think about]"."""
    if len(clause) < 2:
        return False
    if clause[0] == "that":
        return clause[1] in SUBJECTS or clause[1] in DETERMINERS
    return clause[0] == "to" and verb_like(clause[1])


def _asked_to(before):
    """ "We asked them to.", "I couldn't get it to.": a verb that takes a person and an infinitive, the person, and
    "to" standing for a verb said before; "I sent it to." (a place) is still cut off."""
    return len(before) > 1 and before[-1] in OBJECT_FORMS and _any_form_in(before[-2], INFINITIVE_OBJECT_VERBS)


def object_particle_verb(word, particle):
    """True when `word` takes an object before `particle` ("fill me in"), so "fill in in" is a slip."""
    return _any_form_in(word, OBJECT_PARTICLE_VERBS.get(particle, ()))


def particle_verb(word, particle):
    """True when `word` (in any form) takes `particle` as an adverb: "log in", "logged in", "carry on"."""
    return _any_form_in(word, PARTICLES.get(particle, ()))


def _any_form_in(word, verbs):
    """True when `word`, or the base it is made from ("logged" -> "log"), is one of `verbs`."""
    return any(base in verbs for base in _bases(word))


def _span_later(end):
    """True for a last "on" after a span of time that opens its own phrase: "my notes, six weeks on" and
    "A year on" say how much later; "we wasted two days on." lost what the days went on."""
    before = end.before
    if len(before) < 2 or before[-1].rstrip("s") not in TIME_NOUNS or before[-2] not in SPAN_COUNTS:
        return False
    first = len(before) - 2 - (before[-2] == "few" and len(before) > 2 and before[-3] == "a")  # "a few weeks"
    return first == 0 or end.text[: end.words[first].start()].rstrip()[-1:] in (",", ":", ";", "-", "–", "—", "(")


# What one "takes on" with no article: people to teach or serve, and work ("are you taking mentees on?").
TAKEN_ON = frozenset(
    "mentees students interns apprentices trainees juniors clients customers contributors volunteers "
    "projects contracts people".split()
)


def _particle(before, last):
    """True when the last word is an adverb that ends its phrase, not a preposition: "carry on", "chime in",
    "from now on", "the results are (finally) in", "pass it on", "keep your camera on"."""
    if last not in PARTICLES:
        return False
    if last == "on" and "from" in before[-SUBJECT_WINDOW:]:
        return True  # "from now on", "from Windows 7 on", "from the next release on"
    if last == "in" and before[-1].rstrip("s") in TIME_NOUNS | {"hour", "minute", "sprint", "quarter"}:
        return True  # "eight months in, I ...": time spent so far
    worn = wordclass.singular_of(before[-1]) or before[-1] in ("them", "it")  # "with them on"
    if last in ("on", "off") and "with" in before[-4:-1] and worn:
        return True  # "with boots on", "with the alerts off": how things were worn or left ("with the team on." lost)
    word = before[-1]
    if particle_verb(word, last) or word in BE_FORMS:
        return True
    if word in BE_ADVERBS and len(before) > 1 and before[-2] in BE_FORMS:
        return True
    if before[0] in ("is", "are", "was", "were"):
        return True  # a question that opens on "is/are": "Is the service still on?", "Are the results in?"
    # the verb, then its object: a pronoun ("fill me in") or a short noun phrase ("hand the ticket on")
    for back in (2, 3, 4, 5):
        if len(before) >= back and object_particle_verb(before[-back], last):
            between = before[len(before) - back + 1 :]
            if "to" in between:
                return False  # "getting the team to agree on.": an infinitive, whose preposition wants its object
            # (or a share of one: "hand some of it on", "pass all of them over")
            return between[0] in OBJECT_FORMS | DETERMINERS | POSSESSIVES or (
                between[0] in QUANTIFIERS and between[1:2] == ["of"]
            )
    # "take it on", "take this on", "taking mentees on": with a pronoun or the people and work one takes on ("take
    # the lead on" and "take notes on" want their object)
    if len(before) > 1 and before[-1] in PRONOUN_OBJECTS and _any_form_in(before[-2], ("take",)):
        return True
    return len(before) > 1 and before[-1] in TAKEN_ON and _any_form_in(before[-2], ("take",))


def leaves_a_gap(clause, last):
    """True when the clause has room for the preposition's object somewhere before it, so the preposition is
    stranded there, not cut off. English strands a final preposition only in a few structures:
    a wh-word or relative ("which one would you start with?", "someone I can learn from"), a relative clause with
    no relative word ("the team I work with", "the service our team depends on"), a passive ("it was dealt with"),
    an infinitive after a noun or an adjective ("a project to contribute to", "easy to get started with") and
    "worth" ("worth thinking about"). With none of them the phrase was cut off ("I'm grateful for.",
    "we ran the tests with.")."""
    clause = [part for word in clause for part in _CONTRACTED.get(word.replace("’", "'"), (word,))]
    n = len(clause)
    if n == 0:
        return False
    return (
        _wh_gap(clause, last)
        or any(_relative_clause(clause, i) for i in range(max(1, n - SUBJECT_WINDOW), n))
        or _passive_gap(clause, last)
        or _infinitive_gap(clause)
        or _worth_gap(clause)
        or _comparative_gap(clause, last)
    )


def _comparative_gap(clause, last):
    """ "later than we had aimed for", "as fast as it was": a clause of comparison leaves out what it compares,
    so after "than" it may strand a preposition after its own subject pronoun, and after "than" or "as" it may end
    on "is/was" after any subject ("quicker than the first draft was"). "better than the team with." has no subject of
    its own, and "As we agreed on, ..." is no comparison: its "on" lost its object."""
    for i, w in enumerate(clause[:-1]):
        if w == "than" and clause[i + 1] in SUBJECTS or w in ("than", "as") and last in VERB_LIKE:
            return True
    return False


def _worth_gap(clause):
    """ "Worth thinking about", "worth opening an issue about": "worth", a verb in -ing, and no other preposition
    after it to take the gap."""
    for k in range(len(clause) - 1):
        if clause[k] == "worth" and clause[k + 1].endswith("ing"):
            return not _other_preposition(clause[k + 2 :])
    return False


# "What's it like?" is "what is it like?" and "what it's about" is "what it is about": a wh-word or a pronoun and its
# verb, each read as itself.
_CONTRACTED = {
    f"{word}'{short}": (word, verb)
    for short, verb, words in (
        ("s", "is", "what who where which how that it he she there"),
        ("d", "would", "what who where which how that it he she there i you we they"),
        ("ll", "will", "what who where which how that it he she there i you we they"),
        ("re", "are", "what who where which how you we they"),
        ("m", "am", "i"),
        ("ve", "have", "what who i you we they"),
    )
    for word in words.split()
}


def _wh_gap(clause, last):
    """A wh-word or relative that the preposition can take as its object: not the word right before it ("which
    of."), not the subject of the verb after it ("the step that converts the images into."), and a word of manner,
    reason or time only before a verb like "is" ("how it is")."""
    for i, w in enumerate(clause[:-1]):
        after = clause[i + 1]
        if w == "how" and after in (
            "many",
            "much",
        ):  # "how many alerts would you page on?" asks for a thing, as "which"
            gap = i + 2 < len(clause) - 2 and (not _finite_verb(clause[i + 2]) or _inverted(clause, i + 2))
        elif w in NO_STRANDING:
            gap = last in VERB_LIKE
        elif w == "that":  # an object relative only when a subject or an auxiliary comes next
            # "the branch that other developers pull from", "the tool that many teams begin with", "the packages that
            # nothing else depends on"
            gap = _relative_that(clause, i) and (
                after in SUBJECTS
                or after in DETERMINERS
                or after in MODALS
                or after in QUANTIFIERS
                or after in ("other", "nothing", "everything", "something", "anything")
                or _bare_plural_subject(clause, i + 1)
            )
        elif w in ("which", "what", "who"):  # a clause must follow the word and its noun: "which team to." is cut
            # "what Kubernetes was": before "is/was" the word and its subject are enough
            room = len(clause) - (1 if last in VERB_LIKE else 2)
            gap = i < room and (not _finite_verb(after) or _inverted(clause, i + 1))
        elif w == "where":  # "where are you from?", "where Maria is": a place strands only these
            # "where to start with", "where are you based out of?"
            gap = last in ("from", "at") or last in VERB_LIKE or after == "to" or last == "of" and clause[-1] == "out"
        elif w in ("whom", "whose"):
            gap = True
        else:  # "someone I can learn from", "something to look into"; not "something closer to."
            gap = w in RELATIVE and (after in SUBJECTS or after in DETERMINERS or after in MODALS or after == "to")
        if gap:
            return True
    return False


def _bare_plural_subject(clause, j):
    """True when clause[j] is a plural noun that opens a clause as its subject ("a rule that maintainers at big
    companies agree on"): a noun in -s that no object follows, so it is not a verb ("the step that converts the
    images")."""
    word, after = clause[j], clause[j + 1] if j + 1 < len(clause) else None
    return (
        word.endswith("s")
        and word not in STOPWORDS
        and wordclass.may_be_noun(word)
        and not verb_like(word)  # "a tool that works with." lost what it works with
        and after is not None
        and after not in DETERMINERS
        and after not in OBJECT_FORMS
    )


def _relative_that(clause, i):
    """True when clause[i], "that", may open a relative clause: not after a verb of saying or thinking, nor after
    "is" ("the problem is that the tests take.")."""
    return i > 0 and clause[i - 1] not in COMPLEMENTISERS and clause[i - 1] not in BE_FORMS


def _passive_gap(clause, last):
    """ "It was dealt with", "the bug is being worked on", "it was signed off on": a form of "be" or "get", then a
    participle, maybe with its particle. Not a participle that is an adjective wanting its complement ("I'm
    interested in.", "it is based on.")."""
    particle = len(clause) > 1 and clause[-1] in ADVERB_PARTICLES
    head = clause[-2] if particle else clause[-1]
    participle = (head in IRREGULAR_PARTICIPLES or head.endswith("ed")) and head not in ADJECTIVAL_PARTICIPLES
    # "I was promoted to.": a person is seldom what a verb with "to" acts on, so it is cut off ("reached out to" is not)
    personal = last == "to" and clause[0] in SUBJECTS and clause[0] not in OBJECT_PRONOUNS and not particle
    # the "be" must be the participle's own, a few words before it: in "I am looking for someone who has moved
    # from." the "am" is another clause's
    at = len(clause) - (2 if particle else 1)
    while at > 2 and clause[at - 1] in ("and", "or") and clause[at - 2].endswith("ed"):
        at -= 2  # "signalled or waited for": the first participle of two takes the "be"
    near = clause[max(0, at - PASSIVE_REACH) : at]
    # "from" is no verb's own preposition: "the client code is generated from." lost its source ("never heard from")
    source = last == "from" and head != "heard"
    return participle and not personal and not source and any(w in BE_FORMS or w in GET_FORMS for w in near)


def _infinitive_gap(clause):
    """ "A project to contribute to", "a mentor to learn from", "easy to get started with", "things to watch out
    for": "to" and a verb (with its particle) after a noun or an adjective, and no other preposition after them to
    take the gap."""
    for k in range(1, len(clause) - 1):
        if clause[k] != "to":
            continue
        measured = _measured(clause, k)
        if (
            (measured or _noun_or_adjective(clause, k - 1))
            and _infinitive_then_gap(clause[k + 1 :], measured)
            and not _caused(clause, k - 1)
        ):
            return True
    return False


def _measured(clause, k):
    """True when the "to" at clause[k] follows "enough", "too" and an adjective, or an adjective's comparative
    ("steady enough to ship a release on", "too slow to rely on", "much simpler to reason about"): only an infinitive
    follows them, so a word that may be a bare verb is one."""
    before = clause[k - 1]
    return before == "enough" or k > 1 and clause[k - 2] == "too" or wordclass.graded(before)


def _infinitive_then_gap(words, any_verb=False):
    """True when `words` open on a verb, or a verb and the adverb of a phrasal verb ("watch out (for)", "catch up
    (on)"), with no other preposition after them to take the gap. A word that is a noun too ("reason") counts only
    with `any_verb`: "a port to Rust with." lost its object."""
    if tuple(words[:2]) in PHRASAL_BEFORE_PREPOSITION:
        rest = words[2:]
    elif verb_like(words[0]) or wordclass.only(words[0], wordclass.VERB) or any_verb and _bare_verb(words[0]):
        rest = words[1:]
    else:
        return False
    return not any(w in STRANDABLE and w not in VERB_LIKE for w in rest)


# A verb and its adverb that take a preposition after them ("things to watch out for", "news to catch up on").
PHRASAL_BEFORE_PREPOSITION = word_pairs(
    "watch out|look out|catch up|keep up|come up|put up|look forward|get along|run out|sign up|stand up|"
    "check in|look up|follow up|read up|brush up|get back|get around|go back|log in|sign in|log on"
)


def _caused(clause, j):
    """True when the noun at j is the person a verb gets, asks or tells to act ("getting the team to agree on."):
    the infinitive is what they do, not something about the noun, so it leaves no gap."""
    return any(_any_form_in(w, CAUSATIVE_VERBS) for w in clause[max(0, j - 3) : j])


def _noun_or_adjective(words, j):
    """True when words[j] is a noun (after a determiner or a number, or no verb at all) or an adjective that an
    infinitive follows ("a fix to go with", "easy to set up")."""
    word = words[j]
    if word in INFINITIVE_ADJECTIVES:
        return True
    if word in BE_FORMS or word in ELLIPSIS_TO or word in STOPWORDS or word in NEVER_LAST:
        return False
    if j > 0 and words[j - 1] in NOMINATIVE_PRONOUNS:
        return False  # "we store every event in ...": after its subject the word is the verb
    return not verb_like(word) or j > 0 and (words[j - 1] in DETERMINERS or words[j - 1] in COUNTS)


def _inverted(words, j):
    """True when words[j] is an auxiliary its subject follows, as in a question ("what does this refer to?", "what
    is the template for?"): the wh-word before it is then the object, not the subject ("what happened to.")."""
    if j + 1 >= len(words) or not (words[j] in MODALS or words[j] in BE_FORMS or words[j] in ("has", "have", "had")):
        return False
    following = words[j + 1]
    return following in SUBJECTS or following in DETERMINERS or not (verb_like(following) or _gerund(words, j + 1))


def _finite_verb(word):
    """A verb that has its subject already: "converts", "happened" (so a wh-word before it is its subject)."""
    return (
        word in ("is", "was", "has", "does")
        or word in IRREGULAR_PASTS
        or word.endswith(("s", "ed"))
        and verb_like(word)
        or word in PLURAL_VERBS
    )


def _bases(word):
    """The forms `word` may be made from: "runs" -> "run", "running" -> "run", "taking" -> "take", "carried" ->
    "carry", and an irregular past's bare verb ("dug" -> "dig", "gave" -> "give")."""
    yield word
    irregular = wordclass.verb_base(word)
    if irregular:
        yield irregular
    if word.endswith(("ied", "ies")):
        yield word[:-3] + "y"
    for suffix in ("s", "es", "ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            yield stem
            yield stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]
