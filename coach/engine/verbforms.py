"""The form a verb must take after the words that govern it, read from the word classes of a published lexicon.

English fixes the form of a verb by the word before it, and writers of English as a second language slip on these
patterns more than on most others (verb form is one of the commonest error types in learner corpora such as the
NUCLE corpus of the CoNLL-2014 shared task): an -ing form after a preposition ("look forward to hearing", "thank
you for answering", "before starting"), after "enjoy", "finish", "avoid", "suggest" ("enjoy writing", not "enjoy
to write") and after "be used to"; a bare verb after "to", after "used to" for a past habit, and after "make" or
"let" and their object ("made me rethink"); "to" after "would like", "want", "need" or "keen"; "been" after
"have"; no passive for "happen"; "for" before a length of time ("for two years", not "since"). The tense a time
tells: the perfect for what began in the past and goes on ("have followed ... for two years"), the present for the
future after "if", "when" or "once". And the small words around a verb that learners' first languages shape
otherwise: the subject "it" or "there" a sentence needs ("Has been a week"), the preposition after "interested",
"capable" or a feeling, "well" after "works", "than" after a comparison, a verb kept next to its object ("also
tested the fallback"). (One negative in a clause is clauses.py's.) Each check names the words that govern the
verb and reads the lexicon for its forms, so it holds for verbs nobody listed.
"""

import re

from . import wordclass as wc
from .cutoffs import BE_FORMS, COUNTS, GET_FORMS
from .text import STOPWORDS, fold, matches, run_starts

# Verbs that take an -ing form, never "to" + verb: "enjoy writing", "suggested using", "keep coming back" ("advise"
# takes "to" only after whom it advises: "advise waiting", "advise them to wait").
_ING_VERBS = "enjoy|finish|avoid|consider|suggest|recommend|advise|keep|mind|quit|risk|imagine"
_OBJECT = r"(?:me|us|him|her|them|you|it)"
# Words that make what follows a passive or "be/get used to" ("I'm used to working", "it is recommended to use").
_BE_OR_GET = BE_FORMS | GET_FORMS | {"there's"}
_SUBJECTS = frozenset("I we you they he she We You They He She".split())
# Verbs with no passive: "something similar happened", never "was happened".
_NO_PASSIVE = "happened|occurred|arrived|existed|appeared|consisted|belonged|depended|seemed|emerged|lasted|died"
_TIME_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
_AMOUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|\d+)"
_TO_VERB = r"(?P<w>to\s+[a-z]+)\b"
# Words after which "to" opens an infinitive, whose verb is bare: "want to go", "able to help".
BEFORE_AN_INFINITIVE = frozenset("want wants wanted like love need needs hope plan try going able happy glad".split())
# Verbs that end in "-ly" like an adverb: after "to" they are the verb ("to apply the fix"), not an adverb before it.
_LY_VERBS = r"(?:apply|reply|rely|supply|fly|multiply|comply|imply|rally|tally|bully)"
# Where a clause opens after a mark, a line break or "and/but/so": the subject comes next.
_CLAUSE_OPENS = r"(?<=[.!?,;:]\s)|(?<=\n)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)"
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Where a sentence opens: a capital there is the sentence's, not a name's.
_SENTENCE_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
_POINT_IN_TIME = (
    r"(?:\d{4}\b|(?:last|early|late|then)\b|(?i:january|february|march|april|june|july|august|september|october|"
    r"november|december)\b)"
)
# Verbs of an activity or a state that goes on: with "for two years" or "since 2019" they want the perfect.
_ONGOING = (
    "work|live|follow|use|know|study|teach|lead|contribute|write|code|program|develop|read|volunteer|mentor|attend|"
    "organise|organize|build|learn|practise|practice|freelance|blog|speak|test|design"
)
# Describing words that "it is ... to" opens a sentence with ("It is possible to", "It is hard to").
_IMPERSONAL = "possible|impossible|important|necessary|easy|easier|hard|harder|difficult|normal|useful|worth|better"
# Words after which "if" means "whether" ("I wonder if", "let me know if", "not sure if").
_WHETHER_WORDS = (
    "wonder wondering wondered ask asking asked know sure unsure see check checking decide tell me us doubt curious "
    "clear"
).split()
# Nouns of time after which "when" opens a relative clause, which keeps "will" ("the day when we will ship").
_NOT_A_TIME = "".join(rf"(?<!\b{noun}\s)" for noun in "day days time times moment week month year date point".split())
_NOT_WHETHER = "".join(rf"(?<!\b{word}\s)" for word in _WHETHER_WORDS)
# The patterns that use these look for their "if" or "when" first: a run of lookbehinds tried at every character
# of a text made them twenty times slower (so too the patterns below that open on lookbehinds).
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|my|your|our|their|it|them|you|me|us|this|that|these|those)\b", re.I)


def _words(triggers, pattern):
    """(triggers, the compiled pattern): a text that holds none of the trigger words cannot match, and is passed
    over at a substring test."""
    return triggers, re.compile(pattern, re.I)


# Words after which a question is one inside a sentence ("I wonder where ...", "a question about how ...").
_ASKING_TRIGGERS = (
    "know",
    "wonder",
    "ask",
    "tell me",
    "understand",
    "sure",
    "show me",
    "explain",
    "about",
    "share",
    "hear",
    "describe",
    "decid",
)
_ASKING = (
    r"\b(?:know|wonder|wondering|wondered|ask|asking|asked|tell\s+me|understand|sure|show\s+me|explain|about|share|"
    r"hear|describe|decide|deciding)\s+"
)

# ((trigger words, pattern with the words to correct in group "w"), how to correct them, what is wrong)
VERB_FORMS = (
    # "I look forward to meet you", "thank you for review my patch", "before open my repo": after a
    # preposition a verb takes -ing
    (
        _words(("forward",), r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?P<w>[a-z]+)\b"),
        "ing",
        'after "look forward to" a verb takes -ing',
    ),
    (
        _words(
            ("for ",),
            r"\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?P<w>[a-z]+)(?=\s+(?:my|our|the|me|us|this|that)\b)",
        ),
        "ing",
        'after "for" a verb takes -ing',
    ),
    (
        _words(
            ("before", "after"),
            r"(?:^|[.!?,]\s+|\n)(?:before|after)\s+(?P<w>[a-z]+)(?=\s+(?:my|our|your|their|the|it|them)\b)",
        ),
        "ing",
        "after a preposition a verb takes -ing",
    ),
    # "I enjoy to debug", "you suggested to pin", "I keep to forget", "worth to try": -ing, not "to"
    # (not a passive: "it is recommended to use" is whole; nor an option: "--keep to remove")
    (
        _words(
            tuple(_ING_VERBS.split("|")),
            rf"(?<![-\w])(?P<before>[\w'’]+)\s+(?P<verb>(?:{_ING_VERBS})(?:s|es|ed|d|ing)?)\s+{_TO_VERB}",
        ),
        "to-ing",
        'this verb takes -ing, not "to"',
    ),
    (_words(("worth",), rf"\bworth\s+{_TO_VERB}"), "to-ing", 'after "worth" a verb takes -ing'),
    # "before to change", "instead of to wait": a preposition takes the -ing form, never "to"
    (
        _words(
            ("before to", "after to", "without to", "of to"), rf"\b(?:before|after|without|instead\s+of)\s+{_TO_VERB}"
        ),
        "to-ing",
        "after a preposition a verb takes -ing",
    ),
    # "I am used to work late": "be used to" takes -ing; "I used to teaching as": a past habit takes the bare verb
    # (a person: "it is used to sort" is the passive of "use it to sort")
    (
        _words(
            ("used to",),
            r"\b(?:i\s+am|i'm|i’m|we\s+are|we're|we’re|they\s+are|they're|they’re|i\s+was|we\s+were)\s+"
            r"used\s+to\s+(?P<w>[a-z]+)(?=\s+(?:alone|on|with|in|at|for|late|early|from)\b)",
        ),
        "ing",
        '"be used to" takes -ing',
    ),
    (
        _words(("used to",), r"\b(?P<before>[\w'’]+)\s+used\s+to\s+(?P<w>[a-z]{3,}ing)\b"),
        "habit",
        'a past habit takes "used to" + verb',
    ),
    # "it made me to reconsider", "let me to see", "could you please to send": no "to" there
    (
        _words(
            ("make", "made", "making", "let"),
            rf"\b(?:make|makes|made|making|let|lets|letting)\s+{_OBJECT}\s+{_TO_VERB}",
        ),
        "drop-to",
        'no "to" after "make" or "let" and its object',
    ),
    (
        _words(
            ("let",),
            r"\blet(?:s|ting)?\s+(?:the|a|an|my|our|your|their|his|her|each|every)\s+(?:[a-z]+\s+)?(?P<other>[a-z]+)\s+"
            + _TO_VERB,
        ),
        "drop-to-after-noun",
        'no "to" after "let" and its object',
    ),
    (
        _words(("please",), rf"\b(?:could|would|can|will)\s+you\s+please\s+{_TO_VERB}"),
        "drop-to",
        'no "to" after "please"',
    ),
    # "I would like show you", "I'd love get your": "would like" takes "to" before a verb
    (
        _words(
            ("like", "love", "hate", "prefer"),
            rf"\b(?:would|'d|’d)\s+(?:like|love|hate|prefer)\s+(?P<w>[a-z]+)"
            rf"(?=\s+(?:{_OBJECT}|your|my|our|the|a|an|how|what|whether|if|about|more)\b)",
        ),
        "add-to",
        '"would like" takes "to" before a verb',
    ),
    # "I want learn", "we need decide", "I am keen learn": the verbs and describing words whose verb comes
    # after "to", with their subject opening the clause (not "the tools we need exist", a relative clause)
    (
        _words(
            ("want", "need", "hope", "plan", "try", "tried", "intend", "decide"),
            rf"(?:^|{_CLAUSE_OPENS}|(?<=\bif\s)|(?<=\bbecause\s))"
            r"(?:I|we|you|they)\s+(?:(?:really|also|just|still|only)\s+)?"
            r"(?:wants?|wanted|needs?|needed|hoped?|plan(?:ned)?|try|tried|intend(?:ed)?|decided?)\s+(?P<w>[a-z]+)\b",
        ),
        "add-to-verb",
        'this verb takes "to" before another verb',
    ),
    (
        _words(
            ("glad", "happy", "keen", "eager", "able", "ready", "willing"),
            r"\b(?:am|'m|’m|are|'re|’re|is|was|were|be|been)\s+(?:(?:so|very|really|quite|more\s+than)\s+)?"
            r"(?:glad|happy|keen|eager|able|unable|ready|willing)\s+(?P<w>[a-z]+)\b",
        ),
        "add-to-verb",
        'after this word a verb takes "to"',
    ),
    # "I want to trying", "to started", "we plan to quickly moved": after "to" a verb is bare
    (
        _words(
            (" to ",),
            rf"\b(?:{'|'.join(sorted(BEFORE_AN_INFINITIVE))})\s+to\s+(?:(?!{_LY_VERBS}\b)[a-z]+ly\s+)?(?P<w>[a-z]+)\b",
        ),
        "bare",
        'after "to" a verb is bare',
    ),
    (_words(("being",), r"\b(?:have|has|had|'ve|’ve)\s+(?P<w>being)\b"), "been", '"have" takes "been"'),
    # "I have learn a lot", "she has write two books", "it has help me": the perfect takes the participle
    (
        _words(
            ("have ", "has ", "had ", "'ve ", "’ve "),
            r"\b(?:have|has|had|'ve|’ve)\s+(?:(?:already|just|also|never|recently|finally|since|not)\s+)?"
            r"(?P<w>[a-z]+)\b(?=\s+(?P<other>[a-z]+)\b|\s*[.,;:!?]|\s*$)",
        ),
        "perfect",
        '"have" takes the participle',
    ),
    (
        _words(tuple(_NO_PASSIVE.split("|")), rf"\b(?:was|were|is|are|been)\s+(?P<w>{_NO_PASSIVE})\b"),
        None,
        'this verb has no passive: drop "was"',
    ),
    # "I will took the course": after a modal the verb is bare
    (
        _words(
            ("will", "would", "can", "could", "should", "must", "might", "may", "shall"),
            r"\b(?:will|would|can|could|should|must|might|may|shall)\s+(?:not\s+)?(?P<w>[a-z]+)\b",
        ),
        "bare-past",
        "after a modal a verb is bare",
    ),
    # "the guide was write by my lead": a passive takes the participle
    (
        _words(
            ("is ", "are ", "was ", "were ", "been "),
            r"\b(?:is|are|was|were|been)\s+(?P<w>[a-z]+)(?=\s+(?:in|by|from|at|on|for|with|as)\b|\s*[,.])",
        ),
        "participle",
        "a passive takes the participle",
    ),
    # "I was very impress by your talk": after "be" and a word of degree, a verb of feeling describes the one who
    # feels, in its participle ("very impressed", "so excited")
    (
        _words(
            ("very", "so ", "really", "quite", "extremely", "truly", "deeply", "highly"),
            r"\b(?:am|'m|’m|is|are|'re|’re|was|were|be|been|feel|felt)\s+"
            r"(?:very|so|really|quite|extremely|truly|deeply|highly)\s+(?P<w>[a-z]+)\b",
        ),
        "feeling",
        "a feeling takes the participle",
    ),
    # "he suggested me to apply": "suggest" and "recommend" take a clause ("suggested that I apply")
    (
        _words(
            ("suggest", "recommend"),
            r"\b(?:suggest|suggests|suggested|suggesting|recommend|recommends|recommended|recommending)\s+"
            r"(?P<w>(?:me|us|him|her|them)\s+to)(?=\s+(?P<other>[a-z]+)\b)",
        ),
        "clause",
        '"suggest" takes "that" and a clause',
    ),
    # "would you explain us what": the one told comes after "to" ("explain to us what")
    (
        _words(
            ("explain",),
            r"\bexplain(?:s|ed|ing)?\s+(?P<w>me|us|him|them)(?=\s+(?:how|what|why|when|where|which|whether|if|"
            r"the|a|an|your|this|that|these|those)\b)",
        ),
        "to-object",
        'the one told comes after "to": "explain to me"',
    ),
    (_words(("discuss",), r"\bdiscuss(?:es|ed|ing)?\s+(?P<w>about)\b"), None, '"discuss" takes no "about"'),
    # The prepositions that these words take, which learners' slips swap: "look forward to", "depend on",
    # "responsible for", "regarding" alone, "wait for your reply"
    (_words(("forward",), r"\blook(?:s|ed|ing)?\s+forward\s+(?P<w>for)\b"), "to", '"look forward" takes "to"'),
    (_words(("depend",), r"\bdepend(?:s|ed|ing)?\s+(?P<w>of)\b(?!\s+course\b)"), "on", '"depend" takes "on"'),
    (_words(("responsible",), r"\bresponsible\s+(?P<w>of)\b"), "for", '"responsible" takes "for"'),
    (_words(("regarding",), r"\b(?P<w>regarding\s+to)\b"), "regarding", '"regarding" takes no "to"'),
    (
        _words(
            ("wait",),
            r"\b(?P<w>wait(?:s|ed|ing)?)(?=\s+(?:your|his|her|their)\s+(?:reply|answer|response|feedback|decision|"
            r"email|message|confirmation|thoughts|review)\b)",
        ),
        "add-for",
        '"wait" takes "for" before what is awaited',
    ),
    # "I wonder when should we branch": a question inside a sentence keeps the order of a statement
    # ("when we should branch"); with "do" or "did" the verb changes too ("how you started"), so only the fault is named
    (
        _words(
            _ASKING_TRIGGERS,
            # (the wh-phrase may run to a few words: "how much of the mock server should I fake")
            _ASKING
            + r"(?:how|what|where|when|why|which|whether)\s+(?:(?!(?:I|we|you|they|he|she|it)\b)[\w-]+\s+){0,7}?"
            r"(?P<w>(?:can|could|should|will|would|am|is|are|was|were)\s+(?:I|we|you|they|he|she))\b(?!\s*[?:])",
        ),
        "statement-order",
        "a question inside a sentence keeps a statement's order",
    ),
    (
        _words(
            _ASKING_TRIGGERS,
            _ASKING + r"(?:how|what|where|when|why|which)\s+(?:(?:kinds?|sorts?|types?)\s+of\s+)?(?:[a-z]+\s+)?"
            r"(?P<w>(?:do|does|did)\s+(?:I|we|you|they|he|she))\b",
        ),
        None,
        'a question inside a sentence keeps a statement\'s order, with no "do"',
    ),
    # "we have shipped the fix last week": a time that is over takes the simple past ("we shipped"); not "since last
    # month" nor "for the last year", which reach up to now
    (
        _words(
            ("yesterday", "ago", "last "),
            r"\b(?:i|we|they|you|he|she)\s*(?:have|has|['’]ve|['’]s)\s+(?:already\s+|just\s+|also\s+)?"
            # (not "have been reading", which goes on; nor a time that belongs to a clause or a thing of its own: "how
            # your team halved it last year", "the slides from last spring", "last Tuesday's graph")
            r"(?P<w>[a-z]{2,}ed|seen|read|met|heard|been(?!\s+[a-z]+ing\b)|done|given|taken|written|spoken|gone|made|"
            r"sent|found|got|bought|built|won|begun|known|shown|had|left|tried|applied)\b"
            r"(?=(?:(?!\b(?:since|for|until|till|before|and|but|because|when|if|which|that|from|how|what|where|who|"
            r"whose|why)\b)[^.!?\n;,]){0,60}"
            # ("in the last month" reaches up to now)
            r"\b(?:yesterday|(?<!\bthe\s)(?:last|this past)\s+(?:week|weekend|month|year|night|summer|winter|spring|"
            r"autumn|"
            + _WEEKDAYS
            + r")|(?:a|one|two|three|four|five|six|a few|several|\d+)\s+(?:days|weeks|months|years)\s+ago)\b(?!['’]s))",
        ),
        None,
        "a time that is over takes the simple past, not the perfect",
    ),
    # "I am working here since 2021": a state that goes on from a point in time takes the perfect
    (
        _words(
            ("since",),
            r"\b(?P<w>am|'m|’m|are|'re|’re|is)\s+(?:(?:still|currently|now)\s+)?[a-z]{2,}ing\b"
            # up to five words of the same clause: none that opens another or is another's subject or verb
            r"(?:\s+(?!(?:because|as|and|but|or|so|that|who|which|while|when|if|i|we|you|they|he|she|it|has|have|had|"
            r"was|were)\b)[\w-]+){0,5}?"
            rf"\s+since\s+{_POINT_IN_TIME}",
        ),
        "perfect-of-be",
        "what goes on since a point in time takes the perfect",
    ),
    # "I am really interesting in": a person is interested in something
    (
        _words(
            ("interesting",),
            r"\b(?:i\s+am|i'm|i’m|we\s+are|we're|we’re)\s+(?:very\s+|really\s+|so\s+)?(?P<w>interesting)(?=\s+in\b)",
        ),
        "interested",
        '"interested" says how you feel',
    ),
    # "coding in Rust since three years": a length of time takes "for"
    (
        _words(("since",), rf"\b(?P<w>since)\s+{_AMOUNT}\s+{_TIME_UNITS}\b(?!\s+ago\b)"),
        "for",
        'a length of time takes "for"',
    ),
    # "Last year I choose Svelte", "Two weeks ago we move the cluster": a clause that opens on a finished time tells
    # its verb's tense (tense is the commonest verb error in learner corpora); "I think" there is an aside
    (
        _words(
            ("last ", "yesterday", " ago", "in 19", "in 20"),
            rf"(?:^|{_CLAUSE_OPENS})"
            rf"(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|night|time|{_WEEKDAYS})"
            rf"|yesterday|(?:{_AMOUNT}|a|an|one)\s+{_TIME_UNITS}\s+ago|in\s+(?:19|20)\d\d)"
            r",?\s+(?:I|we|they|you)\s+(?:(?:also|finally|first|just|only|even|then|quickly|actually)\s+)?"
            r"(?!(?:think|believe|guess|suppose|reckon|mean|know|hope|feel|understand|remember|recall|agree|"
            r"admit|realise|realize|say|wonder|imagine|expect|doubt|bet|promise)\b)(?P<w>[a-z]+)\b",
        ),
        "past",
        "a finished time takes the past",
    ),
    # "we host the reading circle for two years", "we use Go since 2019": what began in the past and goes on takes the
    # perfect ("have hosted"); only verbs of an ongoing activity or state, so "we keep logs for two years" (a
    # rule) and "I need a visa for two years" (what is to come) are left
    (
        _words(
            ("for ", "since "),
            rf"(?=(?:I|we|they)\s)(?:^|{_CLAUSE_OPENS})(?P<w>(?:I|we|they)\s+(?:(?:also|still)\s+)?(?:{_ONGOING}))\b"
            # up to six words of the same clause: none that opens another or is another's subject or verb
            r"(?:\s+(?!(?:because|as|and|but|or|so|that|who|which|while|when|if|i|we|you|they|he|she|has|have|had|"
            r"was|were|will|would|can|could|every|each|per)\b)[\w'’-]+){0,6}?"
            r"\s+(?:for\s+(?:the\s+(?:last|past)\s+)?(?:about\s+|around\s+|over\s+|more\s+than\s+|almost\s+|nearly\s+)?"
            rf"(?:{_AMOUNT}|a|an|one)\s+(?:years?|months?|decades?)|since\s+{_POINT_IN_TIME})\b",
        ),
        "have-participle",
        "what began in the past and goes on takes the perfect",
    ),
    # "We decided staying", "she promised reviewing it": these verbs take "to" and a bare verb, never -ing (a gerund
    # that is a clause's subject is left: "we decided testing was the bottleneck"; "intend" and "deserve" take both)
    (
        _words(
            ("decid", "agree", "refus", "promis", "hope", "afford", "pretend", "threaten"),
            # not after an article, where the past is a describing word ("the agreed timing")
            r"\b(?=decid|agree|refus|promis|hope|afford|pretend|threaten)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)"
            r"(?:decided?|decides|agreed?|agrees|refused?|refuses|promised?|promises|hoped?|hopes|afford(?:ed|s)?|"
            r"pretend(?:ed|s)?|threaten(?:ed|s)?)\s+"
            r"(?P<w>[a-z]{3,}ing)\b(?!\s+(?:is|was|are|were|has|had|will|would|could|can|should|might|made|makes)\b)",
        ),
        "to-bare",
        'this verb takes "to" and a bare verb',
    ),
    # "I'll write if I will get the grant", "once we will ship it": after "if" or "once" a future is told by
    # the present; "if" after "ask", "know", "sure" ... means "whether", which keeps "will" ("I wonder if I will")
    (
        _words(
            ("will ", "'ll ", "’ll "),
            rf"\b(?=(?:if|unless)\b){_NOT_WHETHER}(?:if|unless)\s+(?P<w>(?:I|we)\s+(?:will|'ll|’ll)\s+[a-z]+)\b",
        ),
        "drop-will",
        'after "if" the present tells the future',
    ),
    (
        _words(
            ("will ", "'ll ", "’ll "),
            r"\b(?:once|until|as\s+soon\s+as)\s+(?P<w>(?:I|we|you|they|he|she)\s+(?:will|'ll|’ll)\s+[a-z]+)\b",
        ),
        "drop-will",
        'after "once", "until" or "as soon as" the present tells the future',
    ),
    # "I'll write when we will have news": "when" of time, not of a question ("I wonder when they will") nor after a
    # time it names ("the day when we will ship")
    (
        _words(
            ("will ", "'ll ", "’ll "),
            rf"\b(?=when\b){_NOT_WHETHER}{_NOT_A_TIME}when\s+(?P<w>(?:I|we|you|they|he|she|it)\s+(?:will|'ll|’ll)\s+[a-z]+)\b",
        ),
        "drop-will",
        'after "when" the present tells the future',
    ),
    # "Has been a week", "if is simpler", "Is possible to": a sentence needs its subject, which some first
    # languages leave out ("it"; "there" before an amount)
    (
        _words(
            ("has been",), rf"{_SENTENCE_OPENS}(?P<w>has)\s+been\s+(?:a|an|two|three|four|five|six|some|over|almost)\b"
        ),
        "it-before",
        'a sentence needs its subject: "it"',
    ),
    # (after "because", "whether", "unless" ... gaps.py names the subject lost)
    (
        _words(("if is", "if was"), r"(?<![@#`$.])\bif\s+(?P<w>is|was)\b"),
        "it-before",
        'a clause needs its subject: "it"',
    ),
    (
        _words(("is ",), rf"{_SENTENCE_OPENS}(?P<w>is)\s+(?:{_IMPERSONAL})\s+to\b(?=[^.!?\n]*[.!](?:\s|$))"),
        "it-before",
        'a sentence needs its subject: "it"',
    ),
    (
        _words(("is ",), rf"{_SENTENCE_OPENS}(?P<w>is)\s+(?:{_IMPERSONAL})\s+to\b(?=[^.!?\n]*\?)"),
        "it-after",
        'a question needs its subject: "it"',
    ),
    (
        _words(
            ("are ",),
            rf"{_SENTENCE_OPENS}(?P<w>are)\s+(?:(?:about|around|over|nearly|almost|roughly|only)\s+)?"
            rf"(?:{_AMOUNT}|twenty|thirty|forty|fifty|a\s+hundred)\s+[a-z]+(?=[^.!?\n]*[.!](?:\s|$))",
        ),
        "there-before",
        'a sentence needs its subject: "there"',
    ),
    # "nervous for presenting", "interested on Rust", "capable to lead": the preposition these words take
    (
        _words(
            ("nervous", "worried", "anxious", "excited", "concerned", "curious"),
            r"\b(?:nervous|worried|anxious|excited|concerned|curious)\s+(?P<w>for|of|on)(?=\s+(?P<other>[a-z]{2,}ing)\b)",
        ),
        "about-doing",
        'this feeling takes "about"',
    ),
    (
        _words(
            ("interested",),
            r"\b(?:am|'m|’m|are|'re|’re|is|was|were|be|been|very|really|so)\s+interested\s+(?P<w>on|at|about|for)\b",
        ),
        "in",
        '"interested" takes "in"',
    ),
    (_words(("capable",), r"\bcapable\s+(?P<w>to\s+[a-z]+)\b"), "of-ing", '"capable" takes "of" and -ing'),
    # "it works good", "the demo went good": how a thing works is told by an adverb, "well"
    (
        _words(
            ("good",),
            r"\b(?:works?|worked|working|went|goes|going|performs?|performed|performing|scales?|scaled|scaling|"
            r"runs?|ran|running|behaves?|behaved|behaving)\s+(?:(?:really|very|so|pretty|quite)\s+)?(?P<w>good)\b"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|with|for|at|under|when|if|and|but|so|now|too|enough|here|there|today)\b)",
        ),
        "well",
        'how something works is told by "well"',
    ),
    # "we valued very much the review", "we tested also the fallback": English keeps a verb next to its object
    # ("valued the review very much", "also tested the fallback"); the first is named, as the words to move are the
    # writer's to choose
    (
        _words(
            ("very much",),
            r"\b(?:like|liked|enjoy|enjoyed|appreciate|appreciated|love|loved|admire|admired|value|valued)\s+"
            r"(?P<w>very\s+much)\s+"
            r"(?:the|your|my|this|that|these|those|his|her|their|our|how|what)\b",
        ),
        None,
        'keep a verb next to its object: "very much" goes after it',
    ),
    (
        _words(
            (" also ",),
            r"\b(?:I|we|she|he|they)\s+(?P<w>[a-z]{3,}ed\s+also)\s+(?:the|your|my|this|that|these|those|his|her|their|our)\b",
        ),
        "also-before",
        'keep a verb next to its object: "also" goes before the verb',
    ),
    # "more senior as him", "faster as before": a comparison takes "than"
    (
        _words(
            (" as ",),
            r"\b(?P<other>(?:more|less)\s+[a-z]+|[a-z]{3,}er|better|worse)\s+(?P<w>as)\s+(?:me|him|her|us|them|mine|yours|ours|theirs|"
            r"before|usual|expected)\b",
        ),
        "than",
        'a comparison takes "than"',
    ),
)


def verb_form_slips(text, starts=None):
    """(start, end, correction or None, what is wrong) for each verb whose form the words before it contradict.

    `starts`, run_starts(fold(text)) when the caller has it: each pattern is tried only where its opening words stand
    (text.matches), not at every character."""
    lowered = text.lower()
    for (triggers, pattern), change, what in VERB_FORMS:
        if not any(map(lowered.__contains__, triggers)):  # a substring test a word, without a generator's frames
            continue
        if starts is None:
            starts = run_starts(fold(text))
        for m in matches(pattern, text, starts, any_case=True):
            if "before" in m.re.groupindex and _passive(text, m.end("before")):
                continue  # "I'm used to working", "it is strongly recommended to use": "be" before the verb
            if "verb" in m.re.groupindex and m.group("verb").endswith("d") and m.group("before") not in _SUBJECTS:
                continue  # "two entries considered to match": a participle after its noun, not "you suggested to"
            if not _typed_as_words(text, m):
                continue  # "after BEGIN it", "is See for details": a keyword or a name
            if "verb" in m.re.groupindex and _keep_to_a_noun(m.group("verb"), m.group("w")):
                continue
            if m.group(0).startswith("May") and not _opens_sentence(text, m.start()):
                continue  # "one Friday in May works for us": the month
            object_follows = _OBJECT_AFTER.match(text, m.end("w")) is not None
            fixed = _corrected(m.group("w").lower(), change, object_follows, m.groupdict().get("other"))
            if fixed is not None or change is None:
                yield m.start("w"), m.end("w"), fixed, what


def _typed_as_words(text, m):
    """True when the match's words to correct are in lower case, but for "I" and the capital of a sentence they open:
    in any other case they are a keyword or a name ("after BEGIN it", "is See for details")."""
    words = m.group("w")
    if words[:1].isupper() and m.start("w") == m.start() and _opens_sentence(text, m.start()):
        words = words[:1].lower() + words[1:]
    return re.sub(r"\bI\b", "i", words).islower()


def _opens_sentence(text, at):
    """True when only spaces stand between `at` and the text's start or a mark that ends a sentence (read back from
    `at`, not by copying the text before it: this runs on every match)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in ".!?"


def _keep_to_a_noun(verb, to_word):
    """True for "keep to" and a word that may be a noun: "keep to" means stay within it ("keep to the agenda", "kept to
    schedule"), so only a word that is no noun ("keep to forget") wants -ing."""
    return verb.lower().startswith("keep") and wc.NOUN in wc.classes(to_word.split()[-1].lower())


def _passive(text, end):
    """True when a form of "be" or "get" stands among the three words before `end`."""
    return any(w.lower() in _BE_OR_GET for w in re.findall(r"[\w'’]+", text[max(0, end - 50) : end])[-3:])


def _corrected(word, change, object_follows, other=None):
    """The corrected words, or None where the words are not the slip this pattern is about. `object_follows`: the
    word is followed by what may be its object ("will finished the draft"); `other`: the other word a pattern reads
    (the one after the verb, or the comparative before "as")."""
    if change == "perfect":
        return _perfect(word, other)
    if change == "clause":
        return _as_clause(word, other)
    if change == "have-participle":  # "I follow" -> "I have followed"
        subject, verb = word.split()[0], word.split()[-1]
        participle = verb if wc.past_participle(verb) else _participle_of(verb)  # "read", "run" are their own
        return participle and f"{'I' if subject == 'i' else subject} have {participle}"
    if change == "to-bare":
        bare = _bare_of_ing(word)
        return bare and f"to {bare}"
    if change == "drop-will":
        return _present(word.split()[0], word.split()[-1])
    if change == "it-before":
        return f"it {word}"
    if change == "it-after":
        return f"{word} it"
    if change == "there-before":
        return f"there {word}"
    if change == "of-ing":
        verb = _ing(word.split()[-1])
        return verb and f"of {verb}"
    if change == "also-before":  # "shared also" -> "also shared"
        verb = word.split()[0]
        return f"also {verb}" if wc.past_participle(verb) else None
    if change == "about-doing":  # a verb's -ing form, not a describing word ("concerned for existing users")
        return "about" if wc.ing_form(other) and wc.ADJECTIVE not in wc.classes(other) else None
    if change == "than":
        return "than" if other.split()[0].lower() in ("more", "less") or wc.graded(other.lower()) else None
    if change == "ing":
        return _ing(word)
    if change == "to-ing":
        return _ing(word.split()[-1])
    if change == "drop-to":
        verb = word.split()[-1]
        return verb if _bare(verb) else None
    if change == "drop-to-after-noun":  # "let the intern to pair"; not "let the team know to expect"
        verb = word.split()[-1]
        return verb if _bare(verb) and wc.may_be_noun(other) else None
    if change == "add-to":
        return f"to {word}" if _bare(word) else None
    if change == "add-to-verb":  # only a word that is nothing but a verb: "want feedback", "need help" are whole;
        # "please" and "let" open an instruction after a comma left out ("if you want please ask")
        return f"to {word}" if _bare(word) and wc.only(word, wc.VERB) and word not in ("please", "let") else None
    if change == "bare-past":
        if _bare(word):
            return None  # "will found", a bare verb of its own
        # "will finished the draft" is active, "the size will determined by" a passive that lost its "be"
        regular = word.endswith("ed") and not object_follows
        return f"be {word}" if regular and _bare_of_past(word) else _bare_of_past(word)
    if change == "feeling":
        regular = [f for f in wc.past_forms(word) if f.endswith("ed")] if word in _FEELINGS else []
        return regular[0] if regular else None
    if change == "to-object":
        return f"to {word}"
    if change == "add-for":
        return f"{word} for"
    if change == "statement-order":  # "can I" -> "I can"
        verb, subject = word.split()
        return f"{'I' if subject == 'i' else subject} {verb}"
    if change == "perfect-of-be":
        return _PERFECT_OF_BE[word.replace("’", "'")]
    if change == "participle":
        return _participle(word) if wc.ADJECTIVE not in wc.classes(word) and not wc.past_participle(word) else None
    if change == "past":
        return _simple_past(word)
    if change == "habit":
        return _bare_of_ing(word)
    if change == "bare":  # "to trying" and "to started" lose their ending; a noun stays ("to meeting new people")
        return (_bare_of_ing(word) if wc.NOUN not in wc.classes(word) else None) or _bare_of_past(word)
    return change  # "been", "interested", "for", or None: the fix is in the message


# Numbers open an object; no describing word stands before them ("have learn two languages").
_COUNTS = COUNTS | {"one", "hundred"}
# Verbs whose participle may be the bare form though the lexicon lists one in -ed ("would have cost", "has fit").
_OWN_PARTICIPLES = frozenset("cost broadcast forecast fit bet quit wet rid input output knit".split())
# Words after which a word that is a noun too is the verb: its object ("has help me", "have finish the draft").
_OBJECT_OPENERS = frozenset("me us him them the a an my our your their his".split())


def _perfect(word, after):
    """The participle of a bare verb after "have" ("learn" -> "learned", "write" -> "written"), or None where the word
    may be whole there: a noun ("we have work this week") unless its object follows ("has help me"); a word the
    lexicon lists only as a verb before a noun it may describe ("have complete control"); a verb that may be its own
    participle ("have come", "have put"), whose forms the lexicon does not tell apart."""
    if not _bare(word) or wc.past_participle(word) or word in _OWN_PARTICIPLES:
        return None
    if wc.only(word, wc.VERB):
        describable = after not in _OBJECT_OPENERS and after not in STOPWORDS and after not in _COUNTS
        if after and describable and wc.may_be_noun(after):
            return None
    elif after not in _OBJECT_OPENERS:
        return None
    return _participle_of(word)


def _participle_of(verb):
    """The past participle of a bare verb ("learn" -> "learned", "write" -> "written", "lead" -> "led"), or None where
    the lexicon leaves it open ("came" alone: the participle is "come")."""
    forms = wc.past_forms(verb)
    regular = [f for f in forms if f.endswith("ed")]
    in_n = [f for f in forms if f.endswith(("en", "wn", "rn", "ne", "un"))]
    if regular and not in_n:
        return regular[0]  # "learned" (or "learnt")
    if len(forms) == 1 and not forms[0].endswith(("an", "ame")):
        return forms[0]  # "led", "taught", "built": one past, which is the participle too ("ran" and "came" are not)
    return in_n[0] if len(forms) == 2 and len(in_n) == 1 else None


# The present of "be" for each subject, for "if I will be" -> "if I am".
_BE_NOW = {"i": "am", "we": "are", "you": "are", "they": "are", "he": "is", "she": "is", "it": "is"}


def _present(subject, verb):
    """ "I finish", "she sends": the subject and its verb in the present, for "if I will finish", "once she'll send"
    (None for a word that is no bare verb)."""
    subject = "I" if subject.lower() == "i" else subject
    if verb == "be":
        return f"{subject} {_BE_NOW[subject.lower()]}"
    if not _bare(verb):
        return None
    return f"{subject} {wc.third_person_of(verb) if _BE_NOW[subject.lower()] == 'is' else verb}"


# Verbs of feeling, whose participle describes the one who feels ("impressed", "excited").
_FEELINGS = frozenset(
    """impress excite inspire interest motivate surprise amaze encourage confuse overwhelm thrill honour honor
    delight please worry concern disappoint frustrate embarrass relieve fascinate intrigue satisfy bore scare
    humble move touch""".split()
)
_SUBJECT_OF = {"me": "I", "us": "we", "him": "he", "her": "she", "them": "they"}
_PERFECT_OF_BE = {"am": "have been", "'m": "'ve been", "are": "have been", "'re": "'ve been", "is": "has been"}


def _as_clause(object_to, verb):
    """ "me to" -> "that I" before a bare verb ("suggested me to apply" -> "suggested that I apply"), or None where
    "to" opens no verb ("recommended me to Anna", "suggested us to their lead")."""
    pronoun = object_to.split()[0].lower()
    return f"that {_SUBJECT_OF[pronoun]}" if _bare(verb) else None


def _bare(word):
    """True for a bare verb: "ask", "hear" (the lexicon knows its third person)."""
    return wc.third_person_of(word) is not None


def _ing(word):
    """The -ing form of a bare verb ("hear" -> "hearing", "write" -> "writing"), or None for a word that is not one."""
    if not _bare(word):
        return None
    for form in (word + "ing", word[:-1] + "ing", word + word[-1] + "ing", word[:-2] + "ying"):
        if wc.ing_form(form):
            return form
    return None


def _simple_past(word):
    """The simple past of a bare verb whose past is spelled otherwise ("choose" -> "chose", "move" -> "moved"), or
    None ("put", "read" and "set" are their own pasts, and "found" or "saw" is already the past of another verb)."""
    if not _bare(word) or wc.verb_base(word) not in (None, word):
        return None
    forms = [f for f in wc.past_forms(word) if f != word]
    simple = [f for f in forms if not f.endswith(("en", "wn", "rn", "ne", "un", "unk", "um"))]
    return (simple or forms or [None])[0]


def _bare_of_ing(word):
    """The bare verb of an -ing form ("asking" -> "ask", "writing" -> "write"), or None."""
    if not wc.ing_form(word):
        return None
    return next((b for b in (word[:-3], word[:-3] + "e", word[:-4]) if _bare(b)), None)


def _bare_of_past(word):
    """The bare verb of a past that is no noun ("learned" -> "learn"), or None."""
    base = wc.verb_base(word)
    return base if base and base != word and wc.past_participle(word) and wc.NOUN not in wc.classes(word) else None


def _participle(word):
    """The participle in -n of an irregular bare verb ("write" -> "written", "choose" -> "chosen"), or None. Only
    these: the lexicon lists many describing words only as verbs ("complete", "delete"), and "is complete" is
    whole, while no describing word is spelled like "write" or "take"."""
    if not _bare(word):
        return None
    # "written", "shown", "sworn", "gone"; not a simple past in -n ("ran", "began"): "run" is its own participle
    return next((f for f in wc.past_forms(word) if f.endswith(("en", "wn", "rn", "ne")) and f != word), None)
