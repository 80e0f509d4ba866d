"""Language: the slips a careful reader notices, each shown with its correction and a one-click edit.

Spelling (pyspellchecker's English dictionary, which ships in its wheel), the case of product and language
names, doubled words and punctuation, unbalanced brackets and quotes, a lowercase "i", a sentence cut off
mid-phrase (its grammar is in cutoffs.py), common confusions (your/you're, its/it's, then/than, loose/lose,
there/their), simple agreement slips and ISO dates in prose. Every check errs towards silence: a name, a term
from the context, code, a link or a British spelling is never a slip.

critique() calls `slips` on the message as typed, lets the rubrics judge it `as_meant` (slips corrected, so a
typo cannot hide a phrase they praise or penalise), then `report`s: one finding per slip, with its `edit`, and
the summary findings (language_slips, broken_sentence, many_slips) whose points come off the scores the other
findings leave, so one slip always shows in the score (see `score`).
"""

import gzip
import json
import pkgutil
import re
from bisect import bisect_left
from collections import Counter, namedtuple
from functools import lru_cache
from itertools import chain
from pathlib import Path

from . import lexicon as lx
from . import wordclass
from .agreement import GROUP_NOUNS, IRREGULAR_PLURALS, NUMBERS, disagreements
from .articles import article_slips, missing_article_slips
from .clauses import clause_slips
from .cutoffs import (
    ARTICLES,
    COMPLEMENTISERS,
    DANGLING_DETERMINER,
    NEVER_LAST,
    NOUN_PHRASE_OPENERS,
    THING_GIVING_VERBS,
    WRAP_WIDTH,
    cut_clauses,
    cut_off,
    object_particle_verb,
    particle_verb,
    verb_like,
)
from .diskcache import cached
from .gaps import lost_words
from .message import GREETING, Message, built
from .number import number_slips
from .possessives import possessive_slips
from .techwords import (
    ALWAYS_LOWERCASE,
    AMBIGUOUS_NAMES,
    BARE_MEANS_NAME,
    CATALOGUE_NAMES,
    IDIOMS,
    LOWERCASE_NAMES,
    NAMES,
    NOUN_NAMES,
    TERMS,
    WORKSPACE_NAMES,
)
from .text import CODE_SPAN, STOPWORDS, WORD, ends_on_abbreviation, fold, matches, per_sentence, run_starts, sentences
from .verbforms import verb_form_slips
from .verbs import PLURAL_VERBS, SAME_PAST, THIRD_PERSON

# The context's words: `words` in lower case are never typos; `names` as written say how the mentee writes a name.
# `all_lowercase`: the whole field is typed in lower case (one finding of the rubrics', not one per "i").
# `cased`: names of no list that only their capital marks ("Kubecost"), from the context or the message itself.
Known = namedtuple("Known", "words names all_lowercase cased")
NOTHING_KNOWN = Known(frozenset(), frozenset(), False, frozenset())


# --- scoring ------------------------------------------------------------------------------------------------
SLIP_COST = 0.7  # professionalism lost per slip, from the score the other findings leave
MANY_SLIPS = 3
# Past three slips (or a sentence cut off, which counts as CUT_OFF_WEIGHT slips) a careful reader stops trusting
# the message: professionalism is at most MANY_SLIPS_PROFESSIONALISM and clarity at most MANY_SLIPS_CLARITY,
# which keeps the overall at or below 4.0 however good the rest is.
MANY_SLIPS_PROFESSIONALISM = 2.5
MANY_SLIPS_CLARITY = 3.5
CUT_OFF_WEIGHT = 2
CUT_OFF_COST = 1.0
CUT_OFF_CLARITY = 2.0
# The share of what professionalism's floor passed on to clarity that also lowers the cut-off cap: without it the cap
# swallows it, and a message with one slip more scores the same; with all of it clarity reaches 1.0 at once and
# the next slip cannot show either.
PAST_FLOOR_SHARE = 0.5
MAX_CLOSING = 40  # a sign-off line is short; a longer line ending in a comma is a sentence wrapped

# --- what is never prose --------------------------------------------------------------------------------------
PROTECTED = re.compile(
    CODE_SPAN  # code
    + r"|\b(?:https?://|www\.)[^\s<>()\"]+(?:\([^\s()]*\)[^\s<>()\"]*)*"  # links, not the bracket around one
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/[^\s<>()\"]*"  # a link without its scheme: github.com/ana/tiny-world
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # email addresses
    r"|(?<![\w@])[@#]\w+"  # handles and hashtags
    r"|\w+(?:[./\\:_]\w+)+"  # paths, dotted names (Node.js, os.path), 10:30, snake_case
    r"|(?<![\w/])\w[\w.-]*/(?![\w/])"  # a folder named with its slash: "the ci/ folder"
    r"|\[\[[^\[\]\n]*\]\]"  # wiki links ([[Mount Kenya]], [[Talk:Foo|the talk page]])
    r"|\[[^\[\]\n]*\]|\{\{.*?\}\}|<[^<>\n]*>"  # template slots and tags (placeholder findings name them)
    r"|(?<![\w:])[:;=][-']?[()\[\]DPp](?!\w)",  # emoticons
    re.S,
)
# Whatever PROTECTED matches holds one of these marks: a backtick, "@", "#", "[", "{", "<", ":", ";", "=", "www.", a
# dot, slash, backslash or underscore between word characters, or a slash that ends a folder's name. Most paragraphs
# hold none and need not be searched for code (a search costs five times this one).
PROTECTED_MARK = re.compile(r"[`@#\[{<:;=]|www\.|\w[./\\_]\w|\w/(?![\w/])")

# --- spelling -----------------------------------------------------------------------------------------------
SPELLCHECKER_WORDS = "resources/en.json.gz"  # inside pyspellchecker (pinned): {word: frequency}, all lower case
# A correction must be a word this common (pyspellchecker's frequency counts) before a word is called a typo.
MIN_CORRECTION_FREQUENCY = 200
STRONG_CORRECTION_FREQUENCY = 5000
TERM_FREQUENCY = 1000  # technical terms have no count of their own; they rank as fairly common words
MIN_TYPO_LENGTH = 3
# A paragraph past CACHED_PARAGRAPH characters is not a draft: it is read a sentence at a time (_paragraph_slips).
# Text with no full stop for MAX_SPELLED_WORDS distinct words is not prose: the rest of it is not spelled.
MAX_SPELLED_WORDS = 600
CACHED_PARAGRAPH = 4000
SHORT_WORD = 5
VERY_COMMON = 200_000  # "thinl" is "think": a word this common is a safe guess even from its last letter
# A word this long with no common word one slip away is checked two slips away, against common words only, and
# only when the first and last letters stand ("reccomend", "begginer", "tommorow").
TWO_SLIP_LENGTH = 7
# A word whose letters are doubled where a common one's are not ("begginer", "acommodate") is checked against
# words this common: "beginner" (623) is. Doubling is the commonest slip of all; other two-slip corrections are
# made only to words STRONG_CORRECTION_FREQUENCY common ("editres" is no slip for "editors").
DOUBLING_FREQUENCY = 500
SUFFIX_FROM = 3  # a slip at a suffix falls after the stem's first letters
RARE_RATIO = 20  # "programing" (145) against "programming" (4,997)
# The words that open or close a message, against which a slip on a line's first word is checked; greetings of
# other languages one letter from them are no slips.
GREETING_WORDS = ("hello", "dear", "thanks", "regards", "cheers", "best", "sincerely", "greetings")
FOREIGN_GREETINGS = frozenset("hallo hola hoi hej ciao salut ola olá".split())
# Suffixes that sound alike, each way round: the commonest spelling slips of all ("accessable", "independant").
SUFFIX_VOWELS = tuple(
    (a, b)
    for x, y in (("able", "ible"), ("ant", "ent"), ("ance", "ence"), ("ancy", "ency"))
    for a, b in ((x, y), (y, x))
)
LONG_WORD = 10
COMPOUND_PART = 4  # "codebase" is two known words; shorter parts ("ist", "ed") would excuse typos
# "eval", "ops": a short word that begins a common longer one is an abbreviation; "interestin" (one letter short
# of its correction) is a typo.
ABBREVIATED_FREQUENCY = 1000
ABBREVIATION_CUT = 3
SPLIT_WORDS = {
    # misspellings so common that they are two slips from the word or look like a stem and suffix
    "greatful": "grateful",
    "greatfull": "grateful",
    "gratefull": "grateful",
    "seperate": "separate",
    "seperately": "separately",
    "definately": "definitely",
    "occured": "occurred",
    "accomodate": "accommodate",
    "untill": "until",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "enviroment": "environment",
    "goverment": "government",
    "neccessary": "necessary",
    "succesful": "successful",
    "sucessful": "successful",
    "knowlege": "knowledge",
    "independant": "independent",
    "collegue": "colleague",
    "collegues": "colleagues",
    "buisness": "business",
    "begining": "beginning",
    "detailled": "detailed",
    "writting": "writing",
    "alot": "a lot",
    "thankyou": "thank you",
    "aswell": "as well",
    "atleast": "at least",
    "incase": "in case",
    "eachother": "each other",
    "infact": "in fact",
    "inorder": "in order",
}
# Contractions with the apostrophe missing or misplaced ("cant" and "wont" are words of their own).
APOSTROPHES = {
    w.replace("'", "").lower(): w
    for w in """don't doesn't didn't isn't aren't wasn't weren't haven't hasn't
hadn't couldn't wouldn't shouldn't I'm I've you're they're that's what's there's here's""".split()
}
APOSTROPHES.update(
    {
        w.replace("n't", "'nt"): w
        for w in """don't doesn't didn't isn't aren't wasn't weren't haven't
hasn't hadn't couldn't wouldn't shouldn't""".split()
    }
)
APOSTROPHES["i'am"] = "I'm"  # the apostrophe stands for the "a" it is written beside
# British spellings, checked by turning them American: pyspellchecker's dictionary holds the American forms.
_BRITISH = (
    (re.compile(r"our(?=s?$|ed$|ing$|ite|itism|able|ful|less|ism|hood|ly$|ist|al$|ally$)"), "or"),
    (re.compile(r"is(?=e[sd]?$|ing$|ations?$|ational(?:ly)?$|er$|ers$)"), "iz"),
    (re.compile(r"ys(?=e[sd]?$|ing$|ers?$)"), "yz"),
    # centre, kilometre, millilitre, fibre, meagre: the words English spells so, not every "-re" ("lagre")
    (re.compile(r"(cent|met|theat|lit|fib|calib|somb|spect|lust|meag|sab|mit|goit)re(?=s?$)"), r"\1er"),
    (re.compile(r"(cent|met|theat|lit|fib|calib|spect|lust|mit)r(?=ed$|ing$)"), r"\1er"),  # centred, centring
    (re.compile(r"ogue(?=s?$)"), "og"),
    (re.compile(r"^(licen|defen|offen|preten)ce(?=s?$)"), r"\1se"),
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),
    (re.compile(r"(?<=gra)mme(?=s?$)"), "m"),  # programme, kilogramme
    (re.compile(r"^scep"), "skep"),
    (re.compile(r"^(p|h|an|arch|medi|gyn|leuk|encyclop|orthop)ae"), r"\1e"),
    (re.compile(r"^(f|man|diarrh|)oe(?=[a-z])"), r"\1e"),
    (re.compile(r"(?<=dg)ement"), "ment"),  # judgement, acknowledgement (not "arguement")
    (re.compile(r"^mould"), "mold"),  # mould, moulding, mouldy
    (re.compile(r"ellery$"), "elry"),  # jewellery
    (re.compile(r"ll(?=en$|ous$)"), "l"),  # woollen, marvellous
    (re.compile(r"^gaol"), "jail"),
    (re.compile(r"^draught"), "draft"),
    (re.compile(r"^pyjama"), "pajama"),
    (re.compile(r"^aluminium"), "aluminum"),
    (re.compile(r"^speciality"), "specialty"),
)
_SUFFIXES = (
    "ings",
    "ing",
    "ers",
    "er",
    "ed",
    "es",
    "s",
    "ly",
    "able",
    "ability",
    "ation",
    "ations",
    "ment",
    "ments",
    "ness",
    "less",
    "ful",
    "ise",
    "ize",
    "ised",
    "ized",
    "ising",
    "izing",
)
_PREFIXES = (
    "un",
    "re",
    "pre",
    "co",
    "non",
    "multi",
    "sub",
    "micro",
    "auto",
    "over",
    "under",
    "cross",
    "self",
    "inter",
    "meta",
    "hyper",
    "de",
    "mis",
    "out",
    "post",
    "pro",
    "anti",
)

# --- names in prose -----------------------------------------------------------------------------------------
# Words around an ambiguous name ("react", "rust") that say it is the technology, and words before it that say
# it is the ordinary verb or noun.
TECH_BEFORE = frozenset(
    "in with using use used learn learning learned learnt know knowing write writing wrote "
    "written built build building of about into like and or embedded modern idiomatic unsafe "
    "safe adopt adopted adopting chose picked".split()
)
TECH_AFTER = frozenset(
    "app apps application applications component components hook hooks native frontend front-end "
    "code codebase project projects developer developers dev devs engineer engineers library "
    "libraries framework community team stack ecosystem crate crates compiler server backend "
    "tests testing program programs programming port rewrite version web router query state "
    "performance developer's embedded async script scripts package packages module modules file files function "
    "functions class classes job jobs service services api notebook notebooks course tutorial book shell "
    "interpreter runtime experience monolith chart charts boot skills knowledge expertise docs documentation "
    "concurrency internals alerts channel channels workspace workspaces bot bots integration integrations "
    "plugin plugins extension extensions dashboard dashboards workbook workbooks scene scenes shader shaders prefab "
    "prefabs sdk game games prototype prototypes page pages board boards template templates".split()
)
# Of those, the words after which even "to" does not make a name a verb: "to react native", "to spring boot".
NAME_ONLY_AFTER = frozenset("native boot codebase framework ecosystem developers monolith".split())
VERB_AFTER = frozenset("to with against when quickly fast badly well".split())
VERB_BEFORE = frozenset(
    "to i you we they people users he she it will would could should might may can can't cannot "
    "don't didn't not how quickly also must i'd we'd they'd".split()
)

# --- confusions and agreement: (pattern, replacement of group "w", what is wrong) ------------------------------
_P = r"(?:^|(?<=[\s(\"“]))"
# Words that follow "your" and never "you are": "you're talk" is a slip for "your talk".
YOUR_NOUNS = "|".join(
    """
talk talks work book books blog post posts article articles paper papers team time help advice project projects library
course courses thoughts feedback experience research company schedule message email newsletter podcast video videos
repo repos code crate answer reply support insight insights guidance input perspective latest recent previous own
career journey keynote presentation slides series view views upcoming incident group evening lab thesis
class classes lecture lectures students community meetup conference website site portfolio profile question
questions point points example examples method approach process stack setup writings tweet tweets thread
episode episodes interview interviews story expertise knowledge background opinion opinions contributions
contribution product startup tool tools framework app workshop session sessions channel chapter tutorial tutorials
guide notes slides demo recommendation recommendations suggestion suggestions comment comments review reviews
dataset datasets model models employer manager driver drivers case study studies package packages plugin plugins
extension extensions dissertation report reports analysis benchmark benchmarks results findings data survey
handbook playbook template templates docs documentation org organisation organization office department name
speech writing slide deck checklist list lists account feed pull issue issues mentee mentees colleague colleagues
student peers peer team's reports take
""".split()
)
# One describing word between "your" and its noun ("you're recent talk"); not a verb form, an adverb or a word
# that "you are" takes ("you're not", "you're still", "you're a").
_YOUR_MODIFIER = (
    r"(?!(?:a|an|the|not|so|very|also|still|just|now|already|both|all|always|never|probably|really|"
    r"going|here|there|one|no|too|more|most|less|quite|in|on|at|with|from|to|for|about|welcome|"
    r"right|free|able|busy)\b)[a-z-]{3,}\b(?<!ing)(?<!ly)(?<!ed)"
)
# Where a "your" may stand for "you are": not after a preposition or a verb, where it owns what follows ("grateful
# for your still answering", "in your reviewing for a conference", "understand your not having time", "I recall your
# saying so"); its first letter is checked first, as it fails fastest.
_MAY_BE_YOU_ARE = (
    r"(?=[Yy])" + _P + r"(?<!\b[Ff]or )(?<!\b[Oo]f )(?<!\b[Aa]bout )(?<!\b[Ww]ith )(?<!\b[Tt]o )(?<!\b[Ii]n )"
    r"(?<!\b[Oo]n )(?<!\b[Aa]t )(?<!\b[Bb]y )(?<!\b[Ff]rom )(?<!\b[Ii]nto )(?<!\b[Dd]uring )(?<!\b[Tt]hrough )"
    r"(?<!\bunderstand )(?<!\bappreciate )(?<!\bremember )(?<!\brecall )(?<!\bnoticed )(?<!\bimagine )(?<!\bmind )"
)
# Nouns of a role or a title: "you're Engineering Manager", "you're team lead" are "you are" one.
_ROLE_NOUNS = r"(?:lead|chair|manager|member|captain|head|owner|president|director|driver|student|colleague|peer)\b"
YOU_ARE_MEANT = '"your" where "you are" is meant'
YOUR_MEANT = '"you\'re" (you are) where "your" is meant'
ITS_MEANT = '"it\'s" (it is) where "its" is meant'
IT_IS_MEANT = '"its" where "it is" is meant'
# (words that must occur for the pattern to match, pattern, correction of group "w" (or "w2"), what is wrong)
CONFUSIONS = (
    (
        ("your",),
        re.compile(
            # "your" owns what follows after a preposition or a verb ("grateful for your still answering",
            # "understand your not having time"), and before a hyphenated or title-case word ("your Going Remote
            # talk", "your not-so-secret project") or a participle and its noun ("your already packed calendar";
            # "your not obliged to" is "you're" still, while "your not yet published paper" owns one)
            _MAY_BE_YOU_ARE
            + r"(?P<w>[Yy]our)(?=\s+(?:not\b(?!-)(?!\s+yet\b)|(?:welcome[.!,]|going\b|the\b|a\b|an\b|probably\b|"
            r"likely\b|already\b|still\b|also\b|clearly\b|obviously\b|absolutely\b|definitely\b)(?!-)"
            r"(?!\s+\w+(?:ed|en)\s+[a-z])))",
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    (
        ("your",),
        re.compile(
            _P + r"(?P<w>[Yy]our)(?=\s+(?:open|free|able|welcome|willing|happy|interested|available|busy|correct|"
            r"comfortable|familiar|right(?!\s+to))\s+(?:to|in|for|on|with|that)\b(?!-))",
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "I hope your doing well", "your moving to a new team": a verb in -ing and what it takes ("your writing on
    # caching" and "your hiring process" own a noun, as does "the catch is your taking that on")
    (
        ("your",),
        re.compile(
            _MAY_BE_YOU_ARE
            + r"(?<!\bis )(?<!\bwas )(?P<w>[Yy]our)(?=\s+[a-z]{2,}ing\s+(?:well|great|fine|ok|okay|good|a|an|the|to|"
            r"for|at|with|from|this|that|it|some|into|up|out|back|now|today|soon|next|later|or\s+not)\b)"
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "It looks like your working on", "I hope your settling in", "in case your wondering": after words that open a
    # clause (and seldom a noun phrase), "your" and a verb in -ing are its subject and verb
    (
        ("your",),
        re.compile(
            r"\b(?:(?:looks|look|looked|seems|seem|seemed|sounds|sound|sounded|feels|feel)\s+like|hope|guess|"
            r"assume|case)\s+(?P<w>[Yy]our)(?=\s+(?:enjoying|visiting|attending|joining|leaving|exploring)\s+[A-Z]|"
            r"\s+[a-z]{2,}ing(?:\s*[.,;!?]|\s+(?:on|in|at|a|an|the|to|for|with|from|this|that|it|some|into|up|out|"
            r"back|well|hard|through|over|remotely)\b))"
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "I think your right", "if your in Lisbon", "since your on the release team": a clause's subject and its verb,
    # after a word that opens a clause ("your right hand", "your on-call week" own a noun); an adverb that is an
    # adjective too may come between ("once your finally settled in", where "your finally" alone may own a noun)
    (
        ("your",),
        re.compile(
            r"\b(?i:think|thought|know|guess|believe|feel|hope|sure|realise|realize|if|since|because|when|while|maybe|"
            r"unless|once|as)\s+"
            r"(?P<w>[Yy]our)(?=\s+(?:(?:right|wrong|correct)(?!\s+(?:to|of|hand|arm|side|foot|leg|eye|ear|mind|"
            r"click|now))\b|(?:in|on|at)\s+(?:the|a|an|my|our|your|their|this|[A-Z0-9])|(?:(?:just|only|finally)\s+)?"
            r"(?:back|away|around|aware|free|busy|"
            r"available|keen|familiar|willing|comfortable|happy|swamped|open|ready|settled|done)(?=\s*[.,;:!?]|\s+(?:to|"
            r"for|with|in|on|"
            r"at|of|about|now|and|but|so|next|this|that|enough|yet|again|from)\b)|"
            r"(?:currently|still|already|probably|also|not|now)\s+(?:[a-z]{3,}(?:ing|ed)|at|in|on|with)\b))"
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "your right about the tests": the noun "right" takes "to" or "of" ("your right to decline"), the verdict
    # "about" or "that"
    (
        ("your",),
        re.compile(_P + r"(?P<w>[Yy]our)(?=\s+(?:right|wrong|correct)\s+(?:about|that)\b)"),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "Your right, and ...": opening a sentence, "your" and a verdict that ends its phrase ("It's your right." owns it)
    (
        ("your",),
        re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<w>Your)(?=\s+(?:right|wrong|correct)\s*[,.;!?])"),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "Your under no pressure", "glad your into the final": a preposition never opens what "your" owns, so "your"
    # is "you are" and where it places you ("your in-house build", "your on call week" own a noun)
    (
        ("your",),
        re.compile(
            _MAY_BE_YOU_ARE + r"(?P<w>[Yy]our)(?=\s+(?:in|on|at|under|into|from|within|without|between|behind)\s+"
            r"(?!(?:call|house|home|site|premises|person|demand|line|board|boarding|and|or)\b)[a-z0-9])"
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "Your one of the few", "your among the best": "you are" and where it places you
    (
        ("your",),
        re.compile(_P + r"(?P<w>[Yy]our)(?=\s+(?:one\s+of|among)\s)"),
        "you're",
        YOU_ARE_MEANT,
    ),
    # "I know your busy", "if your ever in Lisbon": an adjective or adverb that ends its phrase ("your busy week"
    # owns a noun)
    (
        ("your",),
        re.compile(
            _P + r"(?P<w>[Yy]our)(?=\s+(?:(?:very|so|really|quite|extremely|incredibly)\s+)?(?:busy|free|interested|"
            r"ever|too|well|based|kind)"
            r"(?:\s*[.,;:!?]|\s+(?:and|but|so|now|right now|at|these|this|that|with|to|in|on|for|about|enough|"
            r"too|busy|already)\b(?!-)))"
        ),
        "you're",
        YOU_ARE_MEANT,
    ),
    (
        ("you're", "you’re"),
        re.compile(
            r"\b(?:for|of|on|in|about|with|from|at|into|to|enjoyed|loved|liked|followed|following|admire|"
            r"using|used|by|tested|test|review|reviewed|value|valued|share|tried|join|joined|attend|attended|"
            r"adapted|ported|forked|improve|improved|translated|studied|finished|completed|recommended|cited|watched|"
            r"quoted|bought|helps|use|uses|bookmarked|starred|forked)\s+(?P<w>you['’]re)(?=\s)",
            re.I,
        ),
        "your",
        YOUR_MEANT,
    ),
    # "Is you're offer still open?", "What was you're first language?": an auxiliary that opens a question is
    # followed by its subject, and "you are" cannot be one ("is you are" is never English)
    (
        ("you're", "you’re"),
        re.compile(
            r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))|\b(?i:what|how|where|when|why|which|who)\s+)"
            r"(?i:is|was|are|were|has|have|had|does|do|did|can|could|will|would|should|may|might|shall)\s+"
            r"(?P<w>(?i:you)['’]re)\b"
        ),
        "your",
        YOUR_MEANT,
    ),
    (
        ("you're", "you’re"),
        re.compile(
            _P
            # a title of up to three capitalised words ("you're Platform Summit talk"), but not a role's: "you're
            # Engineering Manager now" is "you are"
            + r"(?P<w>you['’]re)(?=\s+(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}\s+(?!"
            + _ROLE_NOUNS
            + r")|"
            + r"\d{4}\s+|"
            + _YOUR_MODIFIER
            + r"\s+)?(?:"
            + YOUR_NOUNS
            + r")\b(?!-)(?!\s+"
            + _ROLE_NOUNS
            + r"))",
            re.I,
        ),
        "your",
        YOUR_MEANT,
    ),
    (
        ("it's", "it’s"),
        re.compile(
            r"(?<![.!?,;:]\s)(?<!^)(?<!\n)(?<=\s)(?P<w>it['’]s)(?=\s+(?:last|previous|latest|main|API|APIs|"
            r"documentation|docs|performance|"
            r"author|authors|users|"
            r"maintainers|source|design|syntax|ecosystem|community|creator|output|behaviou?r|memory|latency|size|"
            r"purpose|structure|license|licence|history|origin|defaults|config|configuration|core|dependencies|"
            r"results|features|tests|limits|limitations|data|schema|owner|owners)\b(?!\s*[.,;:!?]|\s+(?:that|not)\b))",
            re.I,
        ),
        "its",
        ITS_MEANT,
    ),
    (
        ("it's", "it’s"),
        re.compile(_P + r"(?P<w>it['’]s)(?=\s+own\b)", re.I),
        "its",
        ITS_MEANT,
    ),
    # "since it's first release", "it's original author": an ordinal before a noun needs an article after "it is"
    (
        ("it's", "it’s"),
        re.compile(
            _P + r"(?P<w>it['’]s)(?=\s+(?:first|initial|original|latest|newest|previous|default|official)\s+"
            r"(?!(?:of|in|on|at|to|for|by|and|or|but|come|thing|things|time|week|month|year|day|choice|priority|"
            r"class|rate|hand|place|served|enough)\b)[a-z]{3,}\b)",
            re.I,
        ),
        "its",
        ITS_MEANT,
    ),
    # "outgrown it's database", "lost it's only maintainer": after a verb that takes an object (not one that takes a
    # clause: "I think it's"), "it's" before a noun is the possessive
    (
        ("it's", "it’s"),
        re.compile(
            r"\b(?!but\b)(?P<v>[a-z]{2,}(?:ed|s)|[a-z]*(?:own|ost|ut|ook))\s+(?P<w>it['’]s)(?=\s+(?:only\s+|first\s+|whole\s+|own\s+)?"
            r"(?!(?:a|an|the|not|been|also|just|so|too|very|really|still|now|all|about|because|what|how|time|worth|"
            r"hard|easy|fine|ok|okay|true|clear|possible|important|likely|good|great|normal|safe|done|ready|that|"
            r"this)\b)"
            r"[a-z][a-z-]{2,}\b(?!ly\b))"
        ),
        "its",
        ITS_MEANT,
    ),
    # "it's plugins": a plural noun after "it is" wants the possessive; not where a clause opens ("if it's nerves,
    # I'll practise more": "its nerves" would want a verb after it, and one there is read by the rule below)
    (
        ("it's", "it’s"),
        re.compile(
            r"(?<!\b[Ii]f )(?<!\b[Ww]hether )(?<!\b[Uu]nless )(?<!\b[Bb]ecause )(?<!\b[Mm]aybe )(?<!\b[Pp]erhaps )"
            + _P
            + r"(?P<w>it['’]s)(?=\s+(?!(?:always|perhaps|sometimes|nowadays|besides|afterwards|towards|less|unless|"
            r"thus|plus|yes|this|his|its|was|has|is|does|goes|hers|ours|yours|theirs|us|various|serious|obvious|"
            r"previous|famous|nervous|curious|enormous|dangerous|generous|tremendous|precious|numerous|ambiguous|"
            r"continuous|synchronous|asynchronous|gorgeous|fabulous|ridiculous|anonymous)\b)"
            r"[a-z]{3,}s\b(?<!ss)(?<!us)(?<!is)(?!['’-]))"
        ),
        "its",
        ITS_MEANT,
    ),
    # "it's roadmap is": after "it is" and a word, a second verb cannot follow.
    (
        ("it's", "it’s"),
        re.compile(
            r"(?<!\bway )(?<!\bhow )(?<!\bwhere )(?<!\bwhen )(?<!\bwhat )(?<!\bwhether )"
            + _P
            + r"(?P<w>it['’]s)(?=\s+(?!(?:what|who|how|that|this|not|also|just|only|because|why|where)\b)"
            r"[\w-]+\s+(?:is|are|was|were|has|have|had|" + "|".join(PLURAL_VERBS) + r")\b)",
            re.I,
        ),
        "its",
        ITS_MEANT,
    ),
    (
        ("it's", "it’s"),
        re.compile(
            r"\b(?:of|in|on|for|with|from|about|into|at|along|across|through|over|under|by|to|within|without|"
            r"via|throughout|despite|towards|toward|behind|beyond|against|among|between|during|per|upon)\s+"
            r"(?P<w>it['’]s)(?=\s+\w+(?:\s+\w|\s*[.,;:!?]))",
            re.I,
        ),
        "its",
        ITS_MEANT,
    ),
    (
        ("its",),
        re.compile(
            _P + r"(?P<w>[Ii]ts)(?=\s+(?:a|an|the|not|been|just|also|probably|likely|going|so(?!-)|really|quite|still|"
            r"actually|definitely|clearly|pretty|getting|becoming|taking|starting|because|too|my|your|our|how|why|"
            r"simply|mostly|basically|entirely|completely|totally|fully|partly|largely|merely|usually|always|almost|"
            r"already|possibly|certainly|obviously|"
            r"what|where|when|who|like)\s)",
        ),
        "it's",
        IT_IS_MEANT,
    ),
    # "its costing us", "its used by", "its left us with": a verb in -ing or a participle, then its object or agent
    (
        ("its",),
        re.compile(
            _P + r"(?P<w>[Ii]ts)(?=\s+(?:[a-z]{2,}ing|[a-z]{2,}ed|used|left|made|done|built|written|given|taken|"
            r"seen|known|run|kept|held|sold|told|shown|grown|become)\s+(?:us|me|them|him|her|you|by|everyone|"
            r"everybody|people|anyone)\b)"
        ),
        "it's",
        '"its" where "it is" or "it has" is meant',
    ),
    # "if its useful," "its hard to": an adjective that ends the clause or takes "to/for/that" follows "it is".
    (
        ("its",),
        re.compile(
            _P + r"(?P<w>[Ii]ts)(?=\s+(?:hard|easy|difficult|possible|impossible|important|clear|unclear|true|false|"
            r"great|good|nice|useful|fine|okay|ok|fair|safe|common|rare|unlikely|likely|convenient|helpful|relevant|"
            r"available|interesting|amazing|perfect|done|gone|finished|fixed|broken|free|alright|valuable|"
            r"necessary|ready|worth it|live|normal|easier|harder|simpler|better|worse|faster|quicker|clearer|cheaper|"
            r"safer)(?:\s*[.!?,;:]|\s+(?:to|for|that|if|when|enough|whether|how|than|as|now|again|"
            r"in|on|at)\b))",
        ),
        "it's",
        IT_IS_MEANT,
    ),
    # "compared it too the old build": "too" never stands before a determiner; "to" does
    (
        ("too",),
        re.compile(r"\b(?P<w>[Tt]oo)(?=\s+(?:the|a|an|my|your|our|their|his|its|this|these|those)\s)"),
        "to",
        '"too" (also, overly) where "to" is meant',
    ),
    # "no later then Friday": a time comparative before a day, a date or a plan
    (
        ("then",),
        re.compile(r"\b(?:later|earlier|sooner)\s+(?P<w>then)(?=\s+(?:[A-Z0-9]|planned\b|expected\b|usual\b))"),
        "than",
        '"then" where the comparison needs "than"',
    ),
    # A comparative, then "then" within a few words and no punctuation: "a looser SLO for it then for the API".
    (
        ("then",),
        re.compile(
            r"\b(?:more|less|rather|other|better|worse|fewer|greater|larger|smaller|bigger|faster|slower|easier|"
            r"harder|higher|lower|longer|shorter|cheaper|simpler|clearer|stronger|weaker|looser|tighter|stricter|"
            r"safer|riskier|newer|older|lighter|heavier|quicker|deeper|wider|narrower|broader)"
            r"(?:\s+(?!(?:and|but|or|so|just|since|until|by|back|only|than)\b)[\w'’-]+){0,4}\s+(?P<w>then)\b"
            # a "then" that closes its clause is the time word ("I was more junior then.")
            r"(?!\s*(?:[.,;:!?)]|$)|\s+than\b)",
            re.I,
        ),
        "than",
        '"then" where the comparison needs "than"',
    ),
    (
        ("than",),
        re.compile(
            r"\b(?:and|since|until|by|back|just)\s+(?P<w>than)"
            r"(?=\s*[.,;:!?]|\s+(?:i|we|you|they|he|she|it|the|my|our|maybe)\b|\s+[a-z]+ed\b"
            r"|\s+[a-z]+\s+(?:the|a|an|our|my|your|their|it|them|us|you|me|him|her|this|that|these|those)\b)",
            re.I,
        ),
        "then",
        '"than" where the time word "then" is meant',
    ),
    # "Than we tried Redis.", "Java, than Kotlin": a comparison never opens a sentence or follows a comma
    (
        ("than",),
        re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\n))(?P<w>Than)\b", re.M),
        "then",
        '"than" where the time word "then" is meant',
    ),
    (
        ("fro",),
        re.compile(r"\b(?<!and )(?P<w>fro)\b(?! and\b)"),
        "for",
        '"fro" (as in "to and fro") where "for" is meant',
    ),
    (("than",), re.compile(r"(?<=[,;]\s)(?P<w>than)\b"), "then", '"than" where the time word "then" is meant'),
    # Real words typed for their neighbours, each where its grammar leaves one reading: "not sure weather to",
    # "nice to meat you"; "form"/"from" and "here"/"hear" have rows of their own below
    # "Thanks for you time", "I read you blog post": after a preposition or a verb of reading, "you" is an object
    # and no noun of its own can follow it; "your" was meant ("many of you talk about it" is left alone)
    (
        ("you",),
        re.compile(
            # not after "saw" or "watched", which take a bare verb ("I saw you talk at PyCon"), nor "time and again"
            r"\b(?:for|on|from|with|at|read|loved|liked|enjoyed|followed|attended|reviewed|shared)\s+"
            r"(?P<w>you)\s+(?:(?-i:[A-Z][\w-]*)\s+)?(?:" + YOUR_NOUNS + r")\b(?!-)(?!\s+(?:and|after)\s+time\b)"
            r"(?!\s+and\s+again\b)",
            re.I,
        ),
        "your",
        '"you" where "your" is meant',
    ),
    (
        ("weather",),
        re.compile(
            r"\b(?:sure|know|decide|deciding|wonder|wondering|ask|asking|unsure|unclear|question|choose|check|"
            r"see|tell)\s+(?P<w>weather)(?=\s+(?:to|or|it|I|we|you|they|the|this|that|my|our|your|a|an)\b)"
            # "weather or not", or a clause after it: "weather we should wait"
            r"|\b(?P<w2>weather)(?=\s+or\s+not\b|\s+(?:you|I|we|they|it|there)\s+(?:could|would|can|should|might|"
            r"will|have|has|had|are|is|were|was)\b)",
            re.I,
        ),
        "whether",
        '"weather" where "whether" is meant',
    ),
    (
        ("meat",),
        re.compile(
            r"\b(?:to|could|can|would|we|I|us|and)\s+(?P<w>meat)(?=\s+(?:you|up|again|in|at|for|with|your)\b)", re.I
        ),
        "meet",
        '"meat" where the verb "meet" is meant',
    ),
    (
        ("loose",),
        re.compile(
            r"(?:\b(?:to|will|would|could|might|may|can|must|cannot|not|never)|n['’]t)\s+(?P<w>loose)"
            r"(?=\s+(?:my|your|our|their|the|a|an|it|them|him|her|all|some|any|much|more|track|sight|time|money|data|"
            r"interest|motivation|focus|touch|access|context|state|progress|work|type|[a-z]+s)\b)",
            re.I,
        ),
        "lose",
        '"loose" where the verb "lose" is meant',
    ),
    # "off" with a letter lost: a verb that takes "off" ("switched off", "log off"), then "of" with nothing for it to
    # be of ("we ran it with caching turned of, then ...")
    (
        ("of",),
        re.compile(
            r"\b(?:switch|turn|log|sign|kick|back|cut|call|doze|nod|drop|pay|show|head|set|tick|shut)(?:s|es|ed|ped|"
            r"ing|ping)?(?:\s+(?:it|them|this|that|everything))?\s+(?P<w>of)"
            r"(?=\s*(?:[.,;:!?)]|\s(?:and|but|or|so|then|when|after|before|because|until)\b))",
            re.I,
        ),
        "off",
        '"of" where "off" is meant',
    ),
    (
        ("their",),
        re.compile(_P + r"(?P<w>their)(?=\s+(?:is|are|was|were)\b)", re.I),
        "there",
        '"their" where "there" is meant',
    ),
    (("there",), re.compile(_P + r"(?P<w>there)(?=\s+own\b)", re.I), "their", '"there" where "their" is meant'),
    (
        ("advise",),
        re.compile(
            r"\b(?:your|my|his|her|their|our|some|any|good|great|helpful|useful|practical|for|of|the)\s+"
            r"(?P<w>advise)\b",
            re.I,
        ),
        "advice",
        '"advise" (the verb) where the noun "advice" is meant',
    ),
    # "form" for "from": a swap of two letters that makes another word, told apart by the words around it.
    (
        ("form",),
        re.compile(
            r"\b(?:come|comes|came|coming|moved|moving|move|writing|graduated|graduating|learned|learnt|hear|heard|"
            r"switched|switching|migrated|migrating|away|back|apart|far|different|greetings|hello|hi|transition|"
            r"transitioning|data|people|someone|engineer|developer|student|lot|much|received|borrowed|adapted|copied|"
            r"quoted|feedback|advice|tips|notes|ideas|note|message|email|reply|answer|letter)\s+(?P<w>form)"
            r"(?=\s+(?:the|my|your|our|their|his|her|you|them|him|us|a|an|[A-Z]))"
        ),
        "from",
        '"form" where "from" is meant',
    ),
    (
        ("here",),
        re.compile(
            r"\b(?<!forward )to\s+(?P<w>here)"
            r"(?=\s+(?:from|your|my|our|their|his|her|about|back|more|how|what|whether)\b)",
            re.I,
        ),
        "hear",
        '"here" where "hear" (to be told) is meant',
    ),
    # "look forward to" takes -ing: "looking forward to hearing from you"
    (
        ("here from",),
        re.compile(r"\bforward\s+to\s+(?P<w>here)(?=\s+from\b)", re.I),
        "hearing",
        '"here" where "hearing" (being told) is meant',
    ),
    (
        ("their ",),
        re.compile(_P + r"(?P<w>[Tt]heir)(?=\s+(?:going|trying|planning|hoping|looking)\s+(?:to|for|forward)\b)"),
        "they're",
        '"their" where "they are" is meant',
    ),
    (
        ("thank your",),
        re.compile(r"\b[Tt]hank\s+(?P<w>your)(?=\s+(?:for|so|very|again|in\s+advance)\b)"),
        "you",
        '"your" where "thank you" is meant',
    ),
    (
        (" of",),
        re.compile(r"\b(?:could|should|would|must|might)\s(?P<w>of)(?!\s+course)\b", re.I),
        "have",
        '"of" where "have" is meant',
    ),
    # The confusions usage guides list as the commonest that a spelling check passes, each only where the words
    # around it leave one reading: "who's" before a noun owns it, "has lead to" wants the participle, "let me now
    # if" can only be "know".
    (
        ("who's", "who’s"),
        re.compile(
            r"\b(?P<w>[Ww]ho['’]s)(?=\s+(?:team|code|work|talk|project|job|name|company|article|post|blog|book|"
            r"paper|idea|turn|fault|responsibility|role|repo|repository|library|side|decision|approval)\b)"
        ),
        "whose",
        '"who\'s" (who is) where "whose" is meant',
    ),
    (
        ("whose",),
        re.compile(r"\b(?P<w>[Ww]hose)(?=\s+(?:going|been|coming|responsible|available|interested|in\s+charge)\b)"),
        "who's",
        '"whose" where "who\'s" (who is) is meant',
    ),
    (
        ("chose",),
        re.compile(
            r"\b(?:(?:do|does|did)\s+not|to|will|would|can|could|should|must|might|may|cannot|can['’]t|won['’]t|"
            r"don['’]t|didn['’]t|doesn['’]t)\s+(?P<w>chose)\b",
            re.I,
        ),
        "choose",
        '"chose" (the past) where "choose" is meant',
    ),
    (
        ("lead",),
        re.compile(
            r"\b(?:has|have|had|having|was|were|been)\s+(?P<w>lead)(?=\s+(?:to|by|me|us|them|him|her|the|a|an|"
            r"our|my|their|this|that|several|many|two|three)\b)",
            re.I,
        ),
        "led",
        '"lead" where the past "led" is meant',
    ),
    (
        ("now",),
        re.compile(
            r"\b(?:let\s+(?:me|us|them|him|her)|don['’]t|doesn['’]t|didn['’]t|(?:do|does|did)\s+not)\s+(?P<w>now)"
            r"(?=\s+(?:if|whether|what|when|where|how|which|who|about)\b)",
            re.I,
        ),
        "know",
        '"now" where "know" is meant',
    ),
    (
        ("no",),
        re.compile(
            r"\b(?:let\s+(?:me|us)|don['’]t|doesn['’]t|didn['’]t)\s+(?P<w>no)\b"
            r"(?!\s+(?:longer|more|one|matter|way|less|doubt)\b)",
            re.I,
        ),
        "know",
        '"no" where "know" is meant',
    ),
    # A pronoun subject cannot take a noun or a conjunction for its verb: "I thing that", "we though it".
    (
        ("thing",),
        re.compile(
            _P + r"(?:I|[Ww]e|[Tt]hey|[Yy]ou)\s+(?P<w>thing)"
            r"(?=\s+(?:that|it|so|about|of|the|this|we|I|you|they|there|your|my|our)\b)"
        ),
        "think",
        '"thing" where "think" is meant',
    ),
    (
        ("though",),
        re.compile(
            _P + r"(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?P<w>though)(?=\s+(?:that|it|the|this|you|we|I|he|she|they|"
            r"about|of|so|a|an|my|our|your|there|maybe|perhaps)\b)"
        ),
        "thought",
        '"though" where "thought" is meant',
    ),
    (
        ("through",),
        re.compile(r"\b(?:[Ee]ven|[Aa]s)\s+(?P<w>through)(?=\s+(?:I|we|you|they|he|she)\b)"),
        "though",
        '"through" where "though" is meant',
    ),
    (
        ("principle",),
        re.compile(
            r"\b(?P<w>[Pp]rinciple)(?=\s+(?:engineers?|architects?|developers?|scientists?|designers?|consultants?|"
            r"investigators?|analysts?|researchers?|components?|software\s+(?:engineers?|developers?|architects?))\b)"
        ),
        "principal",
        '"principle" (a rule) where "principal" (chief) is meant',
    ),
    (
        ("carrier",),
        re.compile(
            r"\b(?P<w>[Cc]arrier)(?=\s+(?:changers?|paths?|goals?|advice|development|growth|progression|prospects|"
            r"ladder|coach|coaching|counsell?ing|pivot|break|fair)\b)"
        ),
        "career",
        '"carrier" where "career" is meant',
    ),
    (("loosing",), re.compile(r"\b(?P<w>[Ll]oosing)\b"), "losing", '"loosing" (setting free) where "losing" is meant'),
    (
        ("off",),
        re.compile(
            r"\b(?:most|many|none|lots|because|instead|aware|proud|afraid|full|capable|kind|sort|consists?|"
            r"consisting)\s+(?P<w>off)(?=\s+(?:the|my|your|our|their|his|her|its|this|these|those|them|us|you)\b)",
            re.I,
        ),
        "of",
        '"off" where "of" is meant',
    ),
    (
        ("where",),
        re.compile(
            _P + r"(?:[Ww]e|[Tt]hey)\s+(?P<w>where)(?=\s+(?:not|able|unable|happy|glad|looking|going|wondering|"
            r"planning|thinking|hoping|trying|working|told|asked|given|so|very|really|also|still|just|right|wrong|"
            r"busy|already|never|always|once)\b)"
        ),
        "were",
        '"where" where "were" is meant',
    ),
    (
        ("where",),
        re.compile(
            r"\b(?:if|when|whether|that|because|as)\s+you\s+(?P<w>where)(?=\s+(?:able|available|happy|looking|"
            r"planning|thinking|hoping|wondering|busy|kind|free|open|interested)\b)",
            re.I,
        ),
        "were",
        '"where" where "were" is meant',
    ),
    (
        ("to ",),
        re.compile(
            r"\b(?:way|far|spend|spent|spending|takes|took|taking)\s+(?P<w>to)(?=\s+(?:much|many|long|late)\b)", re.I
        ),
        "too",
        '"to" where "too" (overly) is meant',
    ),
    (
        ("to ",),
        re.compile(
            r"(?:\b(?:is|was|are|were|be|seems|seemed|feels|felt|sounds|sounded|bit|little)|['’]s)\s+"
            r"(?P<w>to)(?=\s+(?:much|busy|late|complicated|difficult|expensive|hard)\b(?!-))",
            re.I,
        ),
        "too",
        '"to" where "too" (overly) is meant',
    ),
    (
        ("affect",),
        re.compile(
            r"\b(?:an|the|any|no|positive|negative|big|bigger|huge|significant|side|little|real|direct|measurable|"
            r"noticeable|same|opposite|biggest|main|overall|knock-on)\s+(?P<w>affect)(?=s?\s+(?:on|of)\b)",
            re.I,
        ),
        "effect",
        '"affect" (the verb) where the noun "effect" is meant',
    ),
    (
        ("quiet",),
        re.compile(
            r"\b(?P<w>[Qq]uiet)(?=\s+(?:a|an|hard|difficult|easy|good|well|simple|often|sure|different|similar|"
            r"large|small|big|long|slow|fast|interesting|common|rare|complex|complicated|useful|helpful|nervous|"
            r"new|few|clear|close|far|confident|confusing|busy|possibly|literally)\b)"
        ),
        "quite",
        '"quiet" where "quite" is meant',
    ),
    (
        ("accept for",),
        re.compile(r"(?:^|(?<=[,;(.!?]\s))(?P<w>[Aa]ccept)(?=\s+for\b)"),
        "except",
        '"accept" where "except" is meant',
    ),
    (
        ("passed",),
        re.compile(
            r"\bthe\s+(?P<w>passed)(?=\s+(?:few|couple|several|two|three|four|five|six|\d+)\s+(?:of\s+)?"
            r"(?:days|weeks|months|years|sprints|releases)\b|\s+(?:year|month|week|decade)\b|\s*[.,;!?])",
            re.I,
        ),
        "past",
        '"passed" where "past" is meant',
    ),
    (
        ("defiantly",),
        re.compile(
            r"\b(?:I|we|it|this|that|will|would|am|is|are|was|I['’]ll|we['’]ll|I['’]d|we['’]d|I['’]m|it['’]s)\s+"
            r"(?P<w>defiantly)\b",
            re.I,
        ),
        "definitely",
        '"defiantly" (in defiance) where "definitely" is meant',
    ),
    (
        ("peaked", "peeked"),
        re.compile(r"\b(?P<w>[Pp](?:eaked|eeked))(?=\s+(?:my|our|his|her|their|your)\s+(?:interest|curiosity)\b)"),
        "piqued",
        '"peaked" where "piqued" (stirred) is meant',
    ),
    (
        ("everyday",),
        re.compile(
            r"\b(?P<w>[Ee]veryday)(?=\s*[.!?,;)]|\s+(?:for|at|in|on|since|until|after|before|of|this|last|now|"
            r"while|when|because)\b)"
        ),
        "every day",
        '"everyday" (ordinary) where "every day" (each day) is meant',
    ),
    (
        ("apart",),
        re.compile(
            r"(?:\b(?:be|being|been|am|is|are|was|were|become|becoming|became|feel|felt)|['’](?:m|re|s))\s+"
            r"(?P<w>apart)(?=\s+of\b)",
            re.I,
        ),
        "a part",
        '"apart" (separate) where "a part" is meant',
    ),
    (
        ("suppose",),
        re.compile(r"(?:\b(?:am|is|are|was|were|be|been|not)|['’](?:m|re|s))\s+(?P<w>suppose)(?=\s+to\b)", re.I),
        "supposed",
        '"suppose" where "supposed" is meant',
    ),
    (
        ("advice",),
        re.compile(
            r"\b(?:to|you|could|can|would|will|please|should|might)\s+(?P<w>advice)"
            r"(?=\s+(?:me|us|them|him|her|on|whether|if|against)\b)",
            re.I,
        ),
        "advise",
        '"advice" (the noun) where the verb "advise" is meant',
    ),
    # Commonly confused pairs from usage guides, each flagged only in a frame that leaves one reading: a verb slot
    # after a modal or "to" takes a verb ("would loose" -> "lose"), a determiner and a noun take a noun or an
    # adjective ("the quite hours" -> "quiet"), and set phrases have one spelling ("in principal", "free reign").
    (
        ("lose",),
        re.compile(r"\b(?P<w>lose)(?=\s+(?:coupling|coupled|ends?\b|fitting|typing|typed))", re.I),
        "loose",
        '"lose" (the verb) where "loose" (not tight) is meant',
    ),
    (
        ("losely",),
        re.compile(r"\b(?P<w>losely)\b", re.I),
        "loosely",
        '"losely" where "loosely" is meant',
    ),
    (
        ("effect",),
        re.compile(
            r"(?:\b(?:will|would|could|might|may|can|does|do|did|not|to)|n['’]t)\s+(?P<w>effect)"
            r"(?=\s+(?:the|our|my|your|their|its|it|us|them|you|latency|performance|throughput|users|results|"
            r"how|whether|anything|everyone|each|any|other|existing|production|[a-z]+s)\b)"
            r"(?!\s+(?:changes|reforms|transformations|improvements)\b)",
            re.I,
        ),
        "affect",
        '"effect" (to bring about) where "affect" (to influence) is meant',
    ),
    (
        ("effected",),
        re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets|getting)\s+(?P<w>effected)(?=\s+by\b)", re.I),
        "affected",
        '"effected" (brought about) where "affected" (influenced) is meant',
    ),
    (
        ("affect",),
        re.compile(
            r"\b(?:side|knock-on|ripple|domino|placebo|network|butterfly)\s+(?P<w>affects?)\b"
            r"|\b(?:take|takes|took|taken|taking|into|in|come into|came into)\s+(?P<w2>affect)(?=\s*[.,;!?]|\s+(?:on|"
            r"from|next|this|last|today|tomorrow|immediately|in|at|after|once|when)\b)",
            re.I,
        ),
        "effect",
        '"affect" (the verb) where the noun "effect" is meant',
    ),
    (
        ("principal",),
        re.compile(
            r"\b(?:in|on)\s+(?P<w>principal)(?=\s*[,.;]|\s+(?:we|i|our|the|it|this|that|they|you|I|yes|no)\b)"
            r"|\b(?:first|guiding|design|core|basic|fundamental|single[- ]responsibility|open[- ]closed|"
            r"dependency[- ]inversion|liskov|dry|kiss|yagni|pareto)\s+(?P<w2>principal)(?=s?\b)",
            re.I,
        ),
        "principle",
        '"principal" (chief, or a person) where "principle" (a rule) is meant',
    ),
    (
        ("passed",),
        re.compile(
            r"\b(?:in|from)\s+the\s+(?P<w>passed)(?=\s*[,.;]|\s+(?:i|we|you|they|he|she|it|few|two|three|year|"
            r"month|week|decade)\b)"
            # (not "the function gets passed the handle": present "gets passed" is how code is handed its arguments)
            r"|\b(?:got|get|move|moved|moving|go|went|going|push|pushed|make|made|scroll|scrolled|"
            r"looked|look|way)\s+(?P<w2>passed)(?=\s+(?:the|this|that|these|those|it|them|our|my|all)\b)",
            re.I,
        ),
        "past",
        '"passed" (the verb) where "past" is meant',
    ),
    (
        ("past",),
        re.compile(
            r"(?:\b(?:I|we|they|he|she|you|have|has|had|finally|just|both|all)|['’](?:ve|d))\s+(?P<w>past)"
            r"(?=\s+(?:the|my|our|an?|all|both|this|that|his|her|their)\s+(?:\w+\s+){0,3}?(?:exam|exams|test|tests|"
            r"certification|interview|interviews|course|probation|review|audit|check|checks|assessment|module|"
            r"round|stage|screening|bar)\b)",
        ),
        "passed",
        '"past" where the verb "passed" is meant',
    ),
    (
        ("were",),
        re.compile(
            r"(?:^|(?<=[\s(\"“,]))(?P<w>[Ww]ere)(?=\s+(?:did|do|does|can|could|should|would|will|is|are)\s+(?:you|I|"
            r"we|they|he|she|it|the|one)\b)"
        ),
        "where",
        '"were" where "where" (which place) is meant',
    ),
    (
        ("where",),
        re.compile(
            r"\b[Ii]f\s+(?:I|he|she|it|we|they)\s+(?P<w>where)(?=\s+(?:to|in|starting|you|a|an|the|not|still|able|"
            r"[a-z]+ing)\b)"
        ),
        "were",
        '"where" where "were" is meant',
    ),
    (
        ("except",),
        re.compile(
            r"\b(?:to|will|would|could|can|might|gladly|happily|kindly|please|and)\s+(?P<w>except)"
            r"(?=\s+(?:your|the|an?|my|our|this|that|it|them|his|her|their)\b)"
            r"|\b(?:was|were|been|be|is|are|got|get|gets|being)\s+(?P<w2>excepted)(?=\s+(?:at|to|for|into|by|as|and)"
            r"\b|\s*[.,;!])",
            re.I,
        ),
        "accept",
        '"except" (leave out) where "accept" (take, agree to) is meant',
    ),
    (
        ("complimentary",),
        re.compile(r"\b(?P<w>complimentary)(?=\s+to\b)", re.I),
        "complementary",
        '"complimentary" (praising, or free) where "complementary" (completing) is meant',
    ),
    (
        ("complement",),
        re.compile(
            r"\b(?:as|such)\s+a\s+(?P<w>complement)(?=\s*[.,;!]|\s+(?:when|that|because|and|to you|from)\b)"
            r"|\b(?:pay|paid|paying|pays)\s+(?:you\s+|me\s+|him\s+|her\s+)?a\s+(?P<w2>complement)\b",
            re.I,
        ),
        "compliment",
        '"complement" (what completes) where "compliment" (praise) is meant',
    ),
    (
        ("quite",),
        re.compile(
            r"\b(?:the|a|some|more|our|my|your)\s+(?P<w>quite)(?=\s+(?:hours|time|room|period|place|space|"
            r"corner|week|zone|mode|office|carriage|spot|moment|evening|morning|night)\b)",
            re.I,
        ),
        "quiet",
        '"quite" (rather) where "quiet" (not loud) is meant',
    ),
    (
        ("chose",),
        re.compile(
            r"\b(?:do|does|did|don['’]t|doesn['’]t|didn['’]t)\s+(?:you|I|we|they|teams|people|most)\s+"
            r"(?P<w>chose)\b",
            re.I,
        ),
        "choose",
        '"chose" (past) where "choose" is meant',
    ),
    (
        ("whether",),
        re.compile(
            r"\b(?:a|the|our|my|your|local|live|bad|good|severe)\s+(?P<w>whether)(?=\s+(?:alerts?|apps?|"
            r"stations?|data|forecasts?|api|apis|service|services|sensors?|maps?|radar|model|models|report|"
            r"reports|conditions|events|feed)\b)",
            re.I,
        ),
        "weather",
        '"whether" (if) where "weather" is meant',
    ),
    (
        ("personnel",),
        re.compile(
            r"\b(?:my|a|your|our|their|his|her)\s+(?P<w>personnel)(?=\s+(?:project|projects|blog|website|site|"
            r"goal|goals|interest|interests|reasons?|notes?|favourite|favorite|opinion|experience|portfolio|"
            r"growth|development|life|budget)\b)",
            re.I,
        ),
        "personal",
        '"personnel" (staff) where "personal" is meant',
    ),
    (
        ("personal",),
        re.compile(r"\b(?P<w>personal)(?=\s+(?:department|departments|office|records\s+system|management)\b)", re.I),
        "personnel",
        '"personal" where "personnel" (staff) is meant',
    ),
    (
        ("every day",),
        re.compile(
            r"\b(?:in|for|of|with|the|our|my|your|their|into|to|most|many|about|solve|solving|fix|fixing)\s+"
            r"(?P<w>every\s+day)(?=\s+(?:[A-Z]\w*\s+)?(?:tasks|problems|life|use|tools|language|things|situations|"
            r"issues|chores|routines?|struggles|examples|work|workflows?|questions|decisions|code|habits|"
            r"errors|mistakes|users|scenarios|cases|operations)\b)"
        ),
        "everyday",
        '"every day" (each day) where "everyday" (ordinary) is meant',
    ),
    (
        ("site",),
        re.compile(
            r"\b(?:to|I|we|can|could|may|might|will|would|should|please)\s+(?P<w>site)"
            r"(?=\s+(?:your|the|this|his|her|their|our|a|an|two|some)\s+(?:\w+\s+){0,2}?(?:paper|papers|article|"
            r"articles|post|posts|work|book|books|talk|research|study|studies|thesis|blog|source|sources|figures|"
            r"survey|report|findings|benchmark|benchmarks)\b)",
            re.I,
        ),
        "cite",
        '"site" (a place) where "cite" (quote as a source) is meant',
    ),
    (
        ("sight",),
        re.compile(
            r"\b(?:web|portfolio|personal|docs|documentation|company|project|static|news|blog|demo|test|staging|"
            r"landing|community|conference|event|wordpress|jekyll|hugo|github\s+pages)\s+(?P<w>sights?)\b",
            re.I,
        ),
        "site",
        '"sight" (vision, a view) where "site" (a website, a place) is meant',
    ),
    (
        ("formally",),
        re.compile(
            r",\s+(?P<w>formally)(?=\s+(?:a|an|the|at|with|of|in)\s)"
            r"|\b(?:I\s+was|I['’]m|I\s+am|was)\s+(?P<w2>formally)(?=\s+(?:a|an)\s)",
            re.I,
        ),
        "formerly",
        '"formally" (officially) where "formerly" (before) is meant',
    ),
    (
        ("formerly",),
        re.compile(
            r"\b(?:to|like\s+to|would|I)\s+(?P<w>formerly)(?=\s+(?:ask|request|apply|introduce|invite|accept|"
            r"propose|submit|thank|announce|welcome|nominate|register|agree)\b)",
            re.I,
        ),
        "formally",
        '"formerly" (before) where "formally" (officially) is meant',
    ),
    (
        ("later",),
        re.compile(
            r"\b(?:the|favour|favor|prefer|preferred|chose|choose|pick|picked)\s+(?:the\s+)?(?P<w>later)"
            r"(?=\s*[.,;:!?]|\s+(?:for|is|was|seems|sounds|works|option|approach|choice|route|path|would|will)\b)",
            re.I,
        ),
        "latter",
        '"later" (afterwards) where "latter" (the second named) is meant',
    ),
    (
        ("latter",),
        re.compile(
            r"\b(?P<w>latter)(?=\s+(?:this|next|today|tonight|on|in\s+the\s+(?:day|week|month))\b)",
            re.I,
        ),
        "later",
        '"latter" (the second named) where "later" (afterwards) is meant',
    ),
    (
        ("peak",),
        re.compile(
            r"\b(?:quick|short|brief|sneak|little|take\s+a|have\s+a|had\s+a)\s+(?P<w>peak)(?=\s+(?:at|into|"
            r"through|over|inside)\b)",
            re.I,
        ),
        "peek",
        '"peak" (the top) where "peek" (a quick look) is meant',
    ),
    (
        ("peek",),
        re.compile(
            r"\b(?:traffic|usage|load|cpu|memory|seasonal|holiday|evening|morning|lunchtime|sales|demand|"
            r"request|write|read)\s+(?P<w>peeks?)\b"
            r"|\b(?P<w2>peek)(?=\s+(?:traffic|load|hours|season|times?|usage|demand|performance|throughput)\b)",
            re.I,
        ),
        "peak",
        '"peek" (a quick look) where "peak" (the highest point) is meant',
    ),
    (
        ("roll",),
        re.compile(
            r"\b(?P<w>roll)(?=\s+models?\b)"
            r"|\b(?:QA|engineering|developer|leadership|automation|dream|first|new|junior|senior|current|next|"
            r"mentoring|mentor|support|management|technical|lead|analyst|backend|frontend|devops|platform)\s+"
            r"(?P<w2>roll)(?=\s*[.,;!?]|\s+(?:and|at|in|as|for|with|where|that|because)\b)",
            re.I,
        ),
        "role",
        '"roll" where "role" (a part or a job) is meant',
    ),
    (
        ("role",),
        re.compile(r"\b(?P<w>role)(?=\s+(?:out|back)\b)|\b(?P<w2>role)(?=ing\s+(?:out|back)\b)", re.I),
        "roll",
        '"role" where "roll" (as in roll out, roll back) is meant',
    ),
    (
        ("hear",),
        re.compile(
            r"(?:\b(?:am|is|are|be|was|were|been|live|lives|living|moved|arrived|started)|['’](?:m|re|s))\s+"
            r"(?P<w>hear)(?=\s*[.,;!?]|\s+(?:in|at|for|on|since|until|to|now|today|and)\b)",
            re.I,
        ),
        "here",
        '"hear" where "here" (this place) is meant',
    ),
    (
        ("through",),
        re.compile(
            r"\b(?:a|the|very|such\s+a|so)\s+(?P<w>through)(?=\s+(?:review|reviews|check|explanation|job|answer|"
            r"reply|reading|look|analysis|test|tests|audit|walkthrough|write-up|feedback|comparison|"
            r"investigation|guide)\b)",
            re.I,
        ),
        "thorough",
        '"through" where "thorough" (careful, complete) is meant',
    ),
    (
        ("thorough",),
        re.compile(
            r"\b(?:work|worked|working|went|go|going|gone|read|walk|walked|get|got|skimmed|looked|scrolled|"
            r"clicked|came|come|sat|pass|passed|run|ran)\s+(?P<w>thorough)(?=\s+(?:the|your|my|our|it|this|that|"
            r"all|each|every|a|an)\b)",
            re.I,
        ),
        "through",
        '"thorough" (careful) where "through" is meant',
    ),
    (
        ("a part",),
        re.compile(r"\b(?P<w>a\s+part)(?=\s+from\b)", re.I),
        "apart",
        '"a part" where "apart" (as in "apart from") is meant',
    ),
    (
        ("bare",),
        re.compile(r"\b(?P<w>bare)(?=\s+(?:with\s+(?:me|us)|in\s+mind)\b)", re.I),
        "bear",
        '"bare" (uncovered) where "bear" (put up with, keep in mind) is meant',
    ),
    (
        ("bear",),
        re.compile(r"\b(?P<w>bear)(?=[- ](?:metal|minimum|bones|essentials|hands|repo)\b)", re.I),
        "bare",
        '"bear" where "bare" (plain, uncovered) is meant',
    ),
    (
        ("too ",),
        re.compile(
            r"\b(?:like|love|want|wanted|wants|need|needed|needs|hope|hoped|going|able|trying|try|plan|planning|"
            r"planned|used|decided|chance|glad|happy|keen|eager|ready)\s+(?P<w>too)\s+"
            r"(?!(?:much|many|few|little|long|late|early|busy|hard|big|small|far|often|soon|well|slow|fast|quickly|"
            r"slowly|deep|high|low|close|complex|complicated|specific|broad|vague|generic|strict|loose)\b)"
            r"(?=(?:ask|be|do|get|have|know|learn|make|see|hear|meet|talk|share|send|help|find|understand|try|"
            r"start|join|connect|contribute|follow|thank|introduce|apply|build|move|use|read|write|speak|"
            r"discuss|keep|give|take|show|check)\b)",
            re.I,
        ),
        "to",
        '"too" (also, overly) where "to" is meant',
    ),
    (
        ("to ",),
        re.compile(
            r"(?:\b(?:is|was|are|were|be|seems|seemed|feels|felt|got|get|getting|grew|grown|far|way)|['’]s)\s+"
            r"(?P<w>to)(?=\s+(?:long|big|small|slow|large|many|few|short|old|new|complex|broad|vague|generic|"
            r"strict|noisy|tight|high|low|fast|early)\s*(?:[.,;!?]|to\b|for\b|and\b|so\b|$))",
            re.I,
        ),
        "too",
        '"to" where "too" (overly) is meant',
    ),
    (
        ("know",),
        re.compile(
            r"\b(?:I|we|they)\s+(?P<w>know)(?=\s+(?:lead|work|run|manage|live|teach|use|own|build|maintain|mentor|"
            r"study|write|organise|organize|host|coordinate|oversee|help)\b)"
        ),
        "now",
        '"know" where "now" is meant',
    ),
    (
        ("now",),
        re.compile(r"\blet\s+(?:me|us)\s+(?P<w>now)(?=\s*[.!?,;]|\s*$)", re.I),
        "know",
        '"now" where "know" is meant',
    ),
    (
        ("carrier",),
        re.compile(
            r"\b(?P<w>carrier)(?=\s+as\s+an?\b)"
            r"|\b(?:early|entire|whole|professional|tech|engineering|software|academic|research|teaching|"
            r"long|first|second|new|next|my\s+own)\s+(?P<w2>carrier)(?!\s+(?:grade|network|pigeon|billing|"
            r"api|fees?|rates?|lock|unlock)\b)",
            re.I,
        ),
        "career",
        '"carrier" where "career" is meant',
    ),
    (
        ("wander",),
        re.compile(
            r"\b(?:I|we)\s+(?:(?:was|were|am|are|have\s+been|had|often|always|sometimes|still|just)\s+)?"
            r"(?P<w>wander(?:ed|ing)?)(?=\s+(?:if|whether|how|what|why|who|which|where|when)\b)"
            r"|\bno\s+(?P<w2>wander)\b",
            re.I,
        ),
        "wonder",
        '"wander" (roam) where "wonder" is meant',
    ),
    (
        ("thought",),
        re.compile(
            r"(?:^|(?<=[,.;:]\s)|(?<=\band\s)|(?<=\bbut\s))(?P<w>[Ee]ven\s+thought)(?=\s+(?:I|we|you|they|he|she|it|"
            r"the|this|that|there|my|our)\s+(?:am|is|are|was|were|have|has|had|do|does|did|can|could|don['’]t|"
            r"didn['’]t|still|only|never|already|[a-z]+(?:ed|s))\b)"
        ),
        "even though",
        '"even thought" where "even though" is meant',
    ),
    (
        ("bellow",),
        re.compile(r"(?<!\bto\s)(?<!\ba\s)(?<!\bthe\s)\b(?P<w>bellow)\b", re.I),
        "below",
        '"bellow" (a loud roar) where "below" is meant',
    ),
    (
        ("adverse",),
        re.compile(r"\b(?:risk|change|conflict|loss)[- ](?P<w>adverse)\b", re.I),
        "averse",
        '"adverse" (harmful) where "averse" (unwilling) is meant',
    ),
    (
        ("averse",),
        re.compile(
            r"\b(?P<w>averse)(?=\s+(?:effects?|impacts?|reactions?|consequences|events?|outcomes?|conditions|"
            r"weather|side\s+effects|results?|findings?)\b)",
            re.I,
        ),
        "adverse",
        '"averse" (unwilling) where "adverse" (harmful) is meant',
    ),
    (
        ("discreet",),
        re.compile(
            r"\b(?P<w>discreet)(?=\s+(?:math|maths|mathematics|events?|values?|steps?|components?|variables?|"
            r"time|signals?|fourier|structures?|logarithms?|gpus?|graphics|units|states|optimi[sz]ation|"
            r"distributions?|random|probability|simulation|choices)\b)",
            re.I,
        ),
        "discrete",
        '"discreet" (tactful) where "discrete" (separate) is meant',
    ),
    (
        ("discrete",),
        re.compile(
            r"\b(?:a|an|very|more|be|being|stay|keep\s+it|quite)\s+(?P<w>discrete)(?=\s*[.,;!?]|\s+(?:conversation|"
            r"chat|word|inquiry|enquiry|question|call|conversations|about|with)\b)",
            re.I,
        ),
        "discreet",
        '"discrete" (separate) where "discreet" (tactful) is meant',
    ),
    (
        ("reign",),
        re.compile(
            r"\bfree\s+(?P<w>reign)\b"
            r"|\b(?P<w2>reign(?:ed|ing|s)?)(?=\s+in\s+(?:our|the|my|your|their|its|costs?|spending|scope|"
            r"cloud|bills?|complexity|churn|expenses|budgets?|growth|sprawl)\b)",
            re.I,
        ),
        "rein",
        '"reign" (to rule) where "rein" (to hold back) is meant',
    ),
)
# "have wrote": a simple past where the perfect needs the participle.
_PAST_PARTICIPLES = {
    "wrote": "written",
    "went": "gone",
    "took": "taken",
    "gave": "given",
    "ate": "eaten",
    "spoke": "spoken",
    "broke": "broken",
    "chose": "chosen",
    "drove": "driven",
    "began": "begun",
    "saw": "seen",
    "knew": "known",
    "grew": "grown",
    "drew": "drawn",
    "flew": "flown",
    "threw": "thrown",
    "forgot": "forgotten",
    "did": "done",
    "ran": "run",
}
# A word before the subject that makes a bare verb correct ("does it have", "part I is"): the slip is not flagged.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_AUXILIARIES = frozenset(
    "did does do would could should will can may might must to let make made help shall that "
    "if see saw watch watched hear heard feel felt have had has makes helps helped lets is was "
    "are were be am why how".split()
)
# "The order of the items is": a plural inside a prepositional phrase is not the subject.
_PREPOSITIONS = frozenset(
    "of in on at for with from by about into over under between among across behind near after before beyond "
    "within without through against during toward towards around past via per despite unlike inside outside "
    "beside along".split()
)
# Words that open a noun phrase before its plural ("of our two services"): the phrase starts before them.
_PHRASE_OPENERS = frozenset(
    "the these those all both our my your their his her its two three four five several many few some last first "
    "next past recent latest previous other own".split()
)
_NUMBERED = frozenset("part phase chapter season volume war type class level stage act book".split())
_PARTICIPLES = {
    "focus": "focused",
    "base": "based",
    "interest": "interested",
    "involve": "involved",
    "locate": "located",
    "fascinate": "fascinated",
    "inspire": "inspired",
    "motivate": "motivated",
    "excite": "excited",
    "concern": "concerned",
    "specialize": "specialized",
    "specialise": "specialised",
    "graduate": "graduated",
    "confuse": "confused",
    "surprise": "surprised",
    "amaze": "amazed",
    "impress": "impressed",
}
_SENTENCE_START = r"(?=[A-Z])(?:^|(?<=[.!?]\s)|(?<=[.!?]\n)|(?<=\n))"
# The verb right after "who/that/which" in a subject's relative clause: not a word that opens a clause of its own
# ("the words that the parser has marked", "specifies that when ...").
# A subject that opens its sentence: the determiner, and the head noun whose number the verb must follow.
_SINGULAR_OPENER = _SENTENCE_START + r"(?:The|Our|My|Your|Their|This|That|His|Her)\s+"
_PLURAL_OPENER = _SENTENCE_START + r"(?:The|Our|My|Your|Their|These|Those)\s+"
_SINGULAR_HEAD = r"(?P<n>[a-z]{3,})\b(?<!s)(?<!ing)(?<!ed)"
_PLURAL_HEAD = r"(?P<n>[a-z]{3,}s)\b(?<!ss)(?<!us)(?<!is)(?<!ics)"
_HEAD_PREPOSITION = r"(?:of|on|in|at|from|for|with|behind|near|across|inside|outside)"
# The fix of a plural verb after a singular subject, and of a singular verb after a plural one.
_TO_SINGULAR = {"are": "is", "were": "was", "have": "has"}
_TO_PLURAL = {"is": "are", "was": "were", "has": "have"}
_RELATIVE_VERB = (
    r"(?!(?:the|a|an|this|that|these|those|my|our|your|their|his|her|its|i|we|you|they|he|she|it|when|if|"
    r"whether|there|not|is|are|was|were|has|have)\b)[a-z]+"
)
# The words between a subject and its verb when they are a phrase of its own: no verb or clause among them.
_PHRASE = (
    r"(?:(?!\b(?i:is|was|are|were|has|have|had|do|does|did|that|which|who|whom|what|when|where|if|and|or|but|how|"
    r"why|whether|can|could|will|would|should|must|may|might|not|doesn['’]?t|don['’]?t|won['’]?t|can['’]?t|cannot|i|"
    r"we|you|they|he|"
    r"she|\w+ed|made|took|got|gave|came|went|let|put|kept|felt|told|said|found|saw|heard|knew|thought|brought|left|"
    r"became|began|ran|wrote)\b)"
    r"[^.,;:!?\n]){1,40}?"
)
_ADVERB = r"(?:now|also|still|often|usually|always|never|sometimes|just|only|all|then|really|actually)"
# After "each/every" and a noun, a base verb is a slip only where an object or measure follows it: "each test
# create its own data", "every restart take about a minute" (not "each code review with ...").
_OBJECT_AFTER = (
    r"(?=\s+(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|about|around|roughly|"
    r"almost|nearly|over|up|\d)\b)"
)
# Nouns of quantity or of a group: "the rest of the team don't" is English in Britain.
_GROUP_NOUNS = GROUP_NOUNS | IRREGULAR_PLURALS | {"lots", "personnel"}
# A plural after a determiner: not -ss, -us, -is, -as, -os, -ics ("the process", "the status", "analytics")
# nor a measure ("two weeks is enough").
# A subject's head is never a modal ("The programmer cannot rely on").
_NOT_A_MODAL = r"(?!(?:can|could|will|would|should|must|may|might|does|did|cannot|doesnt|dont|cant|wont)\b)"
# ("This may still involve": the modal is no describing word before the subject's head either)
# A singular subject opening the sentence (the shortest first: "The service crash once", not "The service crash" +
# "once"; "My colleague Priya work with": a name after the noun is the same person; "Even a quick pointer help me"),
# and the word after it (`w`). Not "A" alone, which opens as many phrases that are no subject.
_SINGULAR_SUBJECT_AND_VERB = (
    _SENTENCE_START
    + r"(?:The|Our|My|Your|This|Their|His|Her|Its|Each|Every|Even\s+an?)\s+(?:"
    + _NOT_A_MODAL
    + r"[a-z-]+(?<!s)\s+)??"
    + _NOT_A_MODAL
    + r"(?P<n>[a-z]{3,})\b(?<!s)(?<!ing)(?<!ed)(?<!ly)(?:\s+[A-Z][a-z]+)?"
    r"\s+(?P<w>[a-z]{3,})\b(?![-'’])"
)
_PLURAL_SUBJECT = (
    r"\b(?i:the|our|my|your|their|these|those|many|most|some|all|both|several|few|two|three|four|five)\s+"
    r"(?!(?:weeks|days|months|years|hours|minutes|dollars|euros|series|news|species|means|lens|kubernetes|"
    r"headquarters|crossroads)\b)"
    r"[a-z]{2,}s\b(?<!ss)(?<!us)(?<!is)(?<!as)(?<!os)(?<!ics)"
)


# (words of which one must occur for the pattern to match, or None; pattern; correction of group "w"; what is wrong)
def third_person(verb):
    """The third person singular of a bare verb: the listed one, else the lexicon's for a word that is only ever a
    verb ("solve", "suggest"; not "speed", "fine" or "will", which may be a noun, a describing word or a modal);
    None for any other word, which is then no slip."""
    if verb in THIRD_PERSON:
        return THIRD_PERSON[verb]
    if verb in STOPWORDS or not wordclass.only(verb, wordclass.VERB) or wordclass.verb_base(verb) not in (None, verb):
        return None  # "found" is the past of "find" as often as a bare verb
    if verb in SAME_PAST:
        return None  # "The scheduler put our job ...": its own past
    return wordclass.third_person_of(verb)


_MODAL = r"\b(?:(?i:can|could|will|would|shall|should|may|might|must)(?:n['’]t|not)?|(?i:can|won|shan)['’]t)"
# An adverb may stand between an auxiliary and its verb ("can still works").
_DETERMINER = r"(?:the|my|your|our|their|this|that|his|her|its)"
_BEFORE_BARE_VERB = r"(?:(?:also|still|never|really|just|even|ever|actually)\s+)?(?P<w>[a-z]{3,})\b(?![-'’])"


def third_person_of_a_verb(verb):
    """third_person, for a word the lexicon knows only as a verb, listed ones included ("explain", not "use")."""
    return third_person(verb) if wordclass.only(verb, wordclass.VERB) else None


def bare_after_modal(verb):
    """The bare verb for a third person after a modal ("can speaks", "will makes"); None for any other word (a
    participle after a modal has lost its "be": "can used" is no verb form slip)."""
    return None if verb in STOPWORDS else wordclass.bare_of(verb)


def bare_after_modal_unless_plural(verb):
    """bare_after_modal, but None for a word that may be a plural noun: with no subject between, "Would teams"
    opens a question whose subject the plural is."""
    return None if wordclass.singular_of(verb) else bare_after_modal(verb)


def bare_after_do_unless_plural(verb):
    """bare_after_do, but None for a word that may be a plural noun: the noun its subject ends on."""
    return None if wordclass.singular_of(verb) else bare_after_do(verb)


def bare_after_do(verb):
    """The bare verb for a third person or a past after "do" and its subject or "not" ("doesn't works", "did you
    tried"); None for any other word, and for a past that is a bare verb too ("bound", "set")."""
    if (
        verb in STOPWORDS
        or wordclass.third_person_of(verb)
        or wordclass.can_describe(verb)
        and not (wordclass.past_participle(verb))
    ):
        return None
    return wordclass.verb_base(verb)


def _the_superlative(words):
    """ "most useful part" -> "the most useful part"; None unless a describing word and a noun follow
    "most" ("most likely to", "most kind of you" are no noun phrases)."""
    _, describing, noun = words.split()
    if not wordclass.can_describe(describing) or noun in STOPWORDS or wordclass.can_describe(noun):
        return None
    return "the " + words if wordclass.may_be_noun(noun) else None


# The one who feels it, for the describing words in -ing that name what causes a feeling.
_FELT = {
    w + "ing": w + "ed"
    for w in "amaz bor confus excit surpris disappoint frustrat overwhelm embarrass fascinat shock".split()
}


AGREEMENT = (
    (
        tuple(_PARTICIPLES),
        re.compile(
            r"\b(?:was|were|is|are|am|been|be|being|i['’]m|we['’]re|they['’]re|you['’]re|he['’]s|she['’]s)\s+"
            r"(?P<w>" + "|".join(_PARTICIPLES) + r")(?=\s+(?:on|in|by|at|about|with|to|from)\b)",
            re.I,
        ),
        _PARTICIPLES.get,
        "needs the participle",
    ),
    (
        tuple(_PAST_PARTICIPLES),
        re.compile(
            r"\b(?:have|has|had|[Ii]['’]ve|[Ww]e['’]ve|[Tt]hey['’]ve|[Yy]ou['’]ve)\s+"
            r"(?:(?:already|just|never|also|recently|not|since|finally)\s+)?(?P<w>"
            + "|".join(_PAST_PARTICIPLES)
            + r")\b",
            re.I,
        ),
        _PAST_PARTICIPLES.get,
        "needs the participle after have",
    ),
    (
        ("use to",),
        re.compile(r"\b(?:was|were|is|are|am|i['’]m)\s+(?P<w>use)(?=\s+to\b)", re.I),
        lambda w: "used",
        'needs "used to"',
    ),
    (
        ("i has", "i is"),
        re.compile(r"\bI\s+(?P<w>has|is)\b"),
        {"has": "have", "is": "am"}.get,
        'does not agree with "I"',
    ),
    # "I were" only in a wish or a condition ("if I were you", "I wish I were there"), or with another subject
    # ("Oskar and I were")
    (
        ("i were",),
        re.compile(
            r"(?<!\bif )(?<!\bIf )(?<!\bwish )(?<!\bthough )(?<!\bonly )(?<!\bsuppose )(?<!\bimagine )(?<!\band )"
            r"\bI\s+(?P<w>were)\b"
        ),
        {"were": "was"}.get,
        'does not agree with "I"',
    ),
    # "can speaks": after a modal the verb is bare; not a noun after an article ("a can of", "the will to"), nor a
    # plural that is a question's subject ("Would teams use it?")
    (
        None,
        re.compile(r"(?<!\b[Aa] )(?<!\b[Tt]he )" + _MODAL + r"\s+" + _BEFORE_BARE_VERB),
        bare_after_modal_unless_plural,
        "after a modal the verb is bare",
    ),
    # "Will it works?": a question's modal, its subject, then the bare verb
    (
        None,
        re.compile(_MODAL + r"\s+(?:he|she|it|you|we|they|I)\s+" + _BEFORE_BARE_VERB),
        bare_after_modal,
        "after a modal the verb is bare",
    ),
    # "It doesn't works", "Does she knows", "did you tried": after "do" and its subject or "not"; with nothing
    # between, "do" may be the verb itself ("I do reviews", "we did tests"); "Did you guys ship it?" addresses people
    (
        None,
        re.compile(
            r"\b(?:(?i:do|does|did)(?:n['’]t|\s+not|\s+(?:he|she|it|you(?!\s+(?:guys|folks|all|both|people)\b)|we|they|I))"
            # a question that opens on "Does" and a noun phrase: "Does your parser supports"
            # (or "Do" and "Did" with a plural that heads it: "Do your tests passes")
            r"|Does\s+" + _DETERMINER + r"\s+[a-z]+|(?:Do|Did)\s+" + _DETERMINER + r"\s+[a-z]+s)\s+" + _BEFORE_BARE_VERB
        ),
        bare_after_do,
        'after "do" the verb is bare',
    ),
    # the same after "Do" or "Did" and a word that is no plural, where the noun phrase may go on to a plural head:
    # "Do your senior designers review it?", "Did our two testers sign off?"
    (
        None,
        re.compile(r"\b(?:Do|Did)\s+" + _DETERMINER + r"\s+[a-z]+(?<!s)\s+" + _BEFORE_BARE_VERB),
        bare_after_do_unless_plural,
        'after "do" the verb is bare',
    ),
    (
        ("he ", "she "),
        re.compile(r"\b(?:he|she)\s+(?P<w>[a-z]{3,})\b(?![-'’])", re.I),
        third_person,
        "does not agree with its subject",
    ),
    # "it" is as often an object ("write it like this"): only where it opens a clause.
    (
        ("it ",),
        re.compile(
            r"\b(?=[A-Za-z])(?:^|(?<=[.!?,;:]\s)|\b(?:and|but|because|if|when|so|as|since|while|though|although)\s+)"
            r"it\s+(?P<w>" + "|".join(THIRD_PERSON) + r")\b(?!-)",
            re.I | re.M,
        ),
        THIRD_PERSON.get,
        "does not agree with its subject",
    ),
    (
        ("one ", "body "),
        re.compile(
            r"\b(?:everyone|everybody|someone|somebody|nobody|anyone|anybody)\s+"
            r"(?P<w>have|are|were|don['’]t)\b",
            re.I,
        ),
        {"have": "has", "are": "is", "were": "was", "don't": "doesn't", "don’t": "doesn’t"}.get,
        "does not agree with its subject",
    ),
    (
        ("there",),
        re.compile(
            r"\bthere\s+(?P<w>is|was)(?=\s+(?:many|several|two|three|four|five|six|seven|eight|nine|"
            r"ten|\d+)\s)",
            re.I,
        ),
        {"is": "are", "was": "were"}.get,
        "does not agree with the plural that follows",
    ),
    (
        ("there",),
        re.compile(r"\b(?P<w>there['’]s)(?=\s+(?:many|several|two|three|four|five)\s)", re.I),
        lambda w: "there are",
        "does not agree with the plural that follows",
    ),
    (
        (" agree",),
        re.compile(r"\b(?P<w>(?:am|is|are)\s+agree)\b", re.I),
        lambda w: "agrees" if w.startswith("is") else "agree",
        "is not English: agreeing is a verb of its own",
    ),
    (
        ("interesting in",),
        re.compile(
            r"\b(?:am|is|are|was|were|i['’]m|we['’]re|they['’]re|you['’]re)\s+"
            r"(?P<w>interesting)(?=\s+in\b)",
            re.I,
        ),
        lambda w: "interested",
        'describes the topic, not you ("interested in")',
    ),
    # "we were exciting about the release": the -ing form describes what causes the feeling; the one who feels it
    # takes -ed
    # (only after "I" or "we": "the talk was inspiring in many ways" is right, and "I'm amazing at chess" boasts)
    (
        tuple(_FELT),
        re.compile(
            r"\b(?:i\s+am|i['’]m|we\s+are|we['’]re|i\s+was|we\s+were|i\s+feel|i\s+felt)\s+"
            r"(?:(?:still|really|very|so|quite|a\s+bit|totally)\s+)?"
            r"(?P<w>amazing|boring|confusing|exciting|surprising|disappointing|frustrating|overwhelming|embarrassing|"
            r"fascinating|shocking)(?=\s+(?:by|about|with)\b)",
            re.I,
        ),
        _FELT.get,
        "describes what causes the feeling, not you",
    ),
    (
        ("he have", "she have", "it have", "he don", "she don", "it don"),
        re.compile(r"\b(?:he|she|it)\s+(?P<w>have|haven['’]t|don['’]t)\b", re.I),
        {"have": "has", "haven't": "hasn't", "haven’t": "hasn’t", "don't": "doesn't", "don’t": "doesn’t"}.get,
        "does not agree with its subject",
    ),
    # Only where "they/we/you" opens a clause: in "any time that suits you is fine" it is an object.
    (
        ("they ", "we ", "you "),
        re.compile(
            r"\b(?=[A-Za-z])(?:^|(?<=[.!?,;:]\s)|(?<=[.!?,;:]\n)|\b(?:and|but|because|if|when|so|as|since)\s+)(?:they|we|you)\s+"
            r"(?P<w>was|has|is)\b",
            re.I | re.M,
        ),
        {"was": "were", "has": "have", "is": "are"}.get,
        "does not agree with its subject",
    ),
    (
        None,
        re.compile(_PLURAL_SUBJECT + r"\s+(?:" + _ADVERB + r"\s+)?(?P<w>" + "|".join(PLURAL_VERBS) + r")\b"),
        PLURAL_VERBS.get,
        "does not agree with its plural subject",
    ),
    (
        ("each ", "every "),
        re.compile(
            r"\b(?i:each|every)\s+(?!(?:of|one|time|day|week|month|year|other)\b)"
            r"[a-z]{3,}\b(?<!s)\s+(?:" + _ADVERB + r"\s+)?(?P<w>" + "|".join(THIRD_PERSON) + r")\b" + _OBJECT_AFTER
        ),
        THIRD_PERSON.get,
        'needs the verb\'s "-s" after "each" or "every"',
    ),
    # "the labels in your dataset is": the verb agrees with the plural, not the noun of the phrase between; after a
    # preposition or a verb the plural is an object ("a note about your charts on X was", "updating the labels in
    # your dataset is")
    (
        (" is ", " was ", " has "),
        re.compile(
            # not inside "one of the ...", "each of the ...", whose verb agrees with "one"
            r"(?<![Oo]ne of )(?<![Ee]ach of )\b(?i:the|our|my|your|their|these|those)\s+(?:[a-z]+\s+)?"
            r"(?!(?:weeks|days|months|years|hours|minutes|"
            r"series|news|species|means|kubernetes)\b)[a-z]{2,}s\b(?<!ss)(?<!us)(?<!is)(?<!as)(?<!os)(?<!ics)(?<!ns)"
            r"\s+(?:in|on|at|from|of|for|with|under|inside|across)\s+(?:(?i:the|our|my|your|their|this|that)\s+)?"
            r"[a-z]+\b(?<!s)\s+(?P<w>is|was|has)\b"
        ),
        _TO_PLURAL.get,
        "does not agree with its plural subject",
    ),
)

# Patterns whose match starts at the subject itself, so no word before it can license the verb form.
AGREEMENT_ANYWHERE = (
    # "when we ship first version": an ordinal picks out one thing, and takes "the"
    (
        ("first ", "second ", "third ", "final ", "last ", "next "),
        re.compile(
            r"\b(?:finish|finished|finishing|send|sent|sending|share|shared|sharing|review|reviewed|submit|submitted|"
            r"complete|completed|write|wrote|written|ship|shipped|shipping)\s+"
            r"(?P<w>(?:first|second|third|final|last|next)\s+(?:draft|version|chapter|step|part|round|section|release|"
            r"iteration|prototype|milestone)s?)\b",
            re.I,
        ),
        lambda w: "the " + w,
        'picks out one thing and takes "the"',
    ),
    # "the demo was most useful part of the day": a superlative before its noun takes "the"
    (
        ("most ",),
        re.compile(r"\b(?:is|was|are|were|been)\s+(?P<w>most\s+[a-z]+\s+[a-z]+)\b", re.I),
        _the_superlative,
        'is a superlative before its noun and takes "the"',
    ),
    # "on last Tuesday", "in next month": "last" and "next" take no preposition (but "in next week's issue" is right)
    (
        ("on last", "on next", "in last", "in next", "at last", "at next"),
        re.compile(
            r"\b(?P<w>(?:on|in|at)\s+(?:last|next))(?=\s+(?:week|weekend|month|year|night|time|summer|winter|spring|"
            r"autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s))",
            re.I,
        ),
        lambda w: w.split()[-1],
        'needs no preposition: "last" and "next" stand alone',
    ),
    # "a few years ago": without "a", "few" means hardly any
    (
        ("few ",),
        re.compile(
            r"(?<!\ba\s)(?<!\bvery\s)(?<!\bquite\s)(?<!\bthe\s)(?<!\bfor\s)\b(?P<w>few)"
            r"(?=\s+(?:days|weeks|months|years|hours|minutes)\s+ago\b)",
            re.I,
        ),
        lambda w: "a few",
        'needs "a" before it ("a few ... ago")',
    ),
    # "introduced me with Ms Park": one is introduced to a person
    (
        ("introduc",),
        re.compile(
            r"\bintroduc(?:e|es|ed|ing)\s+(?:me|us|him|her|them)\s+(?P<w>with)(?=\s+(?-i:[A-Z]))",
            re.I,
        ),
        lambda w: "to",
        "is not the preposition here (one is introduced to a person)",
    ),
    # The subject's head, not the nearest noun, decides: "One of my colleagues have", "The engineers on my team
    # wants", "The list of open issues are", "Nobody on my team know". Only where the subject opens the sentence,
    # so the words between are its own phrase.
    (
        ("one of",),
        re.compile(
            _SENTENCE_START
            + r"(?:One|one)\s+of\s+(?:the|my|our|your|their|these|those|his|her)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+"
            r"(?P<w>have|are|were|do|don['’]t)\b"
        ),
        {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't", "don’t": "doesn’t"}.get,
        'does not agree with "one", the subject',
    ),
    (
        None,
        re.compile(
            _PLURAL_OPENER + r"(?:[a-z-]+(?<!s)\s+)?"
            r"(?!(?:series|news|species|means|lens|headquarters|crossroads|kubernetes|weeks|days|months|years|hours|"
            r"minutes)\b)"
            + _PLURAL_HEAD
            + r"\s+(?:"
            + _HEAD_PREPOSITION
            + r"\s+"
            + _PHRASE
            + r"|(?:below|above|here))\s+(?P<w>is|was|has|"
            + "|".join(PLURAL_VERBS)
            + r")\b"
        ),
        PLURAL_VERBS.get,
        "does not agree with its plural subject",
    ),
    (
        None,
        re.compile(
            _SINGULAR_OPENER
            + r"(?:[a-z-]+(?<!s)\s+)?"
            + _SINGULAR_HEAD
            + r"\s+"
            + _HEAD_PREPOSITION
            + r"\s+"
            + _PHRASE
            + r"\s+(?P<w>are|were|have)\b"
        ),
        _TO_SINGULAR.get,
        "does not agree with its singular subject",
    ),
    # "The services that handle payments was", "The engineer who wrote the scheduler have": past the relative
    # clause (its verb and what follows it), the main verb agrees with the head
    (
        (" is ", " was ", " has "),
        re.compile(
            # no word between the determiner and the head: in "The function ensures that ..." the -s word is a verb
            _PLURAL_OPENER
            + _PLURAL_HEAD
            + r"\s+(?:who|that|which)\s+"
            + _RELATIVE_VERB
            + r"\s+"
            + _PHRASE
            + r"\s+(?P<w>is|was|has)\b"
        ),
        _TO_PLURAL.get,
        "does not agree with its plural subject",
    ),
    (
        (" are ", " were ", " have "),
        re.compile(
            _SINGULAR_OPENER
            + _SINGULAR_HEAD
            + r"\s+(?:who|that|which)\s+"
            + _RELATIVE_VERB
            + r"\s+"
            + _PHRASE
            + r"\s+(?P<w>are|were|have)\b"
        ),
        _TO_SINGULAR.get,
        "does not agree with its singular subject",
    ),
    # "The list of open issues grow every week": a singular head, its phrase, and a bare verb with its object
    (
        None,
        re.compile(
            _SINGULAR_OPENER
            + _SINGULAR_HEAD
            + r"\s+(?:of|on|in|at|from|for|with)\s+"
            + _PHRASE
            + r"\s+(?P<w>"
            + "|".join(THIRD_PERSON)
            + r")\b(?=\s+(?:a|an|the|my|our|your|their|every|each|once|twice|\d|one|two|three|four|five|ten|"
            r"more|less|faster|slower|quickly|slowly)\b)"
        ),
        THIRD_PERSON.get,
        "does not agree with its singular subject",
    ),
    # "The way you write tests are": a general noun, a clause about it, and the main verb
    (
        (" are ", " were ", " have "),
        re.compile(
            _SENTENCE_START + r"(?:The|This|That|My|Our)\s+(?P<n>way|reason|thing|one|place|time|part|problem|question)"
            r"\s+(?:I|you|we|they|he|she)\s+[a-z]+(?:\s+" + _PHRASE + r")?\s+(?P<w>are|were|have)\b"
        ),
        _TO_SINGULAR.get,
        "does not agree with its singular subject",
    ),
    (
        ("nobody", "everybody", "everyone", "someone", "no one"),
        re.compile(
            _SENTENCE_START + r"(?:Nobody|Everybody|Everyone|Someone|No one)\s+(?:on|in|at|from|of)\s+"
            r"(?:[a-z]+\s+){1,3}(?P<w>" + "|".join(THIRD_PERSON) + r")\b"
        ),
        THIRD_PERSON.get,
        "does not agree with its subject",
    ),
    # "Our pipeline take forty minutes": a singular subject opening the sentence, a bare verb, and its object
    (
        None,
        re.compile(
            _SINGULAR_SUBJECT_AND_VERB + r"(?=\s+(?:a|an|the|its|his|her|their|our|my|your|this|me|us|them|him|"
            r"that|these|those|every|each|about|around|roughly|almost|nearly|over|once|twice|\d|one|two|three|four|"
            r"five|ten|twenty|thirty|forty|fifty|sixty)\b)"
        ),
        third_person,
        "does not agree with its singular subject",
    ),
    # "Your wiki explain Paxos", "My colleague Priya work with us": the same, before a name or a preposition, for a
    # word that can only be a verb ("the best use for", "this system call Linux-specific" are nouns)
    (
        None,
        re.compile(_SINGULAR_SUBJECT_AND_VERB + r"(?=\s+(?:(?:with|on|at|for|from|to)\b|[A-Z][a-z]))"),
        third_person_of_a_verb,
        "does not agree with its singular subject",
    ),
    # An article is where its phrase starts: no word before it changes the sound after it.
    (
        ("an ",),
        re.compile(r"\b(?P<w>an)\s+(?=(?:use|usu|uni(?!n)|one\b|once\b|euro|uti)[a-z]*\b)"),
        lambda w: "a",
        'takes "a" before a "you" or "w" sound',
    ),
    (
        None,
        re.compile(r"\b(?P<w>a)\s+(?=(?:[ai]|e(?!u)|o(?!ne\b|nce\b)|un(?!i|a)|up)[a-z]+\b)"),
        lambda w: "an",
        'takes "an" before a vowel sound',
    ),
    # "my CV are attached", "the fix were merged": a singular noun that opens its clause, then a plural verb. Not
    # a noun of a group ("the team are", English in Britain), a superlative or ordinal ("the best are") or "-ing",
    # nor a subjunctive ("if the call were shorter", "requires that the tracer have").
    (
        (" are ", " were ", " have "),
        re.compile(
            # a word's first letter first: most places in a text are not, and fail there at once
            r"\b(?=[A-Za-z])(?:^|(?<=[.!?,;:]\s)|(?<=[.!?,;:]\n)|(?:(?P<subjunctive>(?i:if|that|though|wish))|(?i:whether|"
            r"because|so|but|when|since|while|although|until|once|where|think|suspect|guess|believe|know|hope|mean|"
            r"noticed|found|saw|see|read|heard|realised|realized|said|says|feel|felt))\s+)"
            r"(?i:the|my|our|your|this|their|his|her)\s+"
            r"(?!(?:" + "|".join(sorted(_GROUP_NOUNS)) + r"|latter|former|first|last|other|same|following|remaining|"
            r"can|could|may|might|will|would|should|must|shall|does|did|one|two|three|four|five)\b)"
            r"(?:[a-z]{3,}|[A-Z]{2,4})\b(?<!s)(?<!ing)(?<!est)\s+(?:" + _ADVERB + r"\s+)?"
            r"(?P<w>(?(subjunctive)are|(?:are|were|have)))\b",
            re.M,
        ),
        _TO_SINGULAR.get,
        "does not agree with its singular subject",
    ),
    # "2% of transactions now fails": after a share "of" a plural, the verb agrees with the plural.
    (
        (" of ",),
        re.compile(
            r"(?:\d\s*%|\bpercent|\b(?i:most|many|some|all|both|several|half|lots|plenty|few))\s+of\s+"
            r"(?:(?i:the|our|my|your|their|these|those)\s+)?[a-z]{2,}s\b(?<!ss)(?<!us)(?<!is)(?<!ics)"
            r"\s+(?:" + _ADVERB + r"\s+)?(?P<w>" + "|".join(PLURAL_VERBS) + r")\b"
        ),
        PLURAL_VERBS.get,
        "does not agree with its plural subject",
    ),
    (
        ("don't", "don’t"),
        re.compile(
            r"\b(?i:the|this|each|every|my|your|our|their)\s+(?P<n>[a-z]{3,})\b(?<!s)"
            r"(?:\s+of\s+(?:(?:the|my|our|your|their)\s+)?(?P<n2>[a-z]{3,})\b(?<!s))?"
            r"\s+(?P<w>don['’]t)\b"
        ),
        {"don't": "doesn't", "don’t": "doesn’t"}.get,
        "does not agree with its singular subject",
    ),
    # "It's reconcile loop restarts": "it is" and a noun phrase cannot take a second verb; "its" was meant.
    (
        ("it's", "it’s"),
        re.compile(
            r"\b(?P<w>[Ii]t['’]s)\s+(?P<n>[a-z]{3,})\b(?<!ing)\s+(?P<n2>[a-z]{3,})\s+(?:" + _ADVERB + r"\s+)?"
            r"(?:" + "|".join(sorted(set(THIRD_PERSON.values()) | {"is", "was", "has"})) + r")\b"
        ),
        lambda w: w[:2] + "s",
        '(it is) where the possessive "its" is meant',
    ),
)

# --- punctuation ---------------------------------------------------------------------------------------------
DOUBLED_PUNCTUATION = re.compile(
    r",\s*,+|(?<![.\d\n])(?<!^)\.\.(?![.\d/])|;;+|\?\?+|(?<=\w)::(?=\s)|(?<=\w)\. \.(?! \.)(?=\s|$)"
)
# What every doubled mark holds, found far faster than DOUBLED_PUNCTUATION (which tries each character, its lookbehinds
# first): two commas with only space between, or one of these pairs. A test keeps these in step with its six
# alternatives.
_TWO_COMMAS = re.compile(r",\s*,")
_DOUBLED_MARKS = ("..", ";;", "??", "::", ". .")
# Two marks that never stand together in prose: ",." ends a sentence twice, "?." and "!." end it twice.
CLASHING_PUNCTUATION = re.compile(r",[ \t]*\.(?!\.)|[?!]\.(?!\.)|[?!],")
LOWERCASE_I = re.compile(r"(?:^|(?<=[\s\"“(]))i(?=[\s,;:!?]|['’](?:m|ve|d|ll)\b)", re.M)
_I_BEFORE_MARK = re.compile(r"i[\s,;:!?'’]")  # what every LOWERCASE_I match holds, found at a fast scan for "i"
# "1) ... 2) ..." and "a) ... b) ...": closing brackets of a list, not of an aside (two of them make a list).
ENUMERATOR = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
# Not a timestamp ("2026-11-30 14:00", "2026-11-30T14:00") or part of a longer name ("2023-07-01-preview").
_YEAR_DASH = re.compile(r"\d{4}-")  # what every ISO_DATE match opens on
ISO_DATE = re.compile(r"(?<![-\w])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![-\w]|\s\d{1,2}:\d\d)")
MONTHS = ("January February March April May June July August September October November December").split()
_BRACKET, _STRAIGHT_QUOTE = re.compile(r"[()]"), re.compile('"')
_CLOSING_SMILE = re.compile(r"(?<![\w:])[:;=][-']?\)(?!\w)")
# A date that names a version, shows the format or is an option's value is an identifier, not a date in prose ("API
# version 2023-10-16", "the 2023-10-16 release", "the ISO format (2025-01-31)", "--after=2025-03-01").
_NAMED_BY_DATE = re.compile(r"\s+(?:release|version|snapshot|build|tag|API|schema|dump)\b", re.I)
_DATE_AS_IDENTIFIER = re.compile(r"\b(?:version|release|tag|snapshot|format|form|pattern|ISO)\W{0,3}$|\w=$", re.I)
# "i" as an index or a letter: "position i", "over i, j and k", "a, e, i, o and u".
_LETTER_I = re.compile(r"(?:\b(?:position|index|element|row|column|variable|step|iteration)\s+|\b[a-hj-z],\s+)$")
_ALLOWED_DOUBLES = frozenset(
    {"had", "that", "do", "bye", "so", "very", "ha", "no", "really", "blah", "la", "many", "yeah", "well", "long"}
)


# The codes of single slips (the summaries language_slips, broken_sentence and many_slips are not slips).
SLIP_CODES = frozenset(
    {
        "spelling",
        "name_case",
        "doubled_word",
        "doubled_punctuation",
        "unbalanced_bracket",
        "unbalanced_quote",
        "lowercase_i",
        "sentence_case",
        "confused_word",
        "agreement",
        "iso_date",
        "cut_off_sentence",
    }
)


class Slip:
    """One slip: the stretch its correction replaces, the correction, what is wrong, and the words to show.

    `shown` (start, end) is what the editor highlights when it differs from what the edit replaces: the word
    "with" of a cut-off ", with." whose edit also removes the space, or the "(" an inserted ")" closes.
    """

    __slots__ = ("code", "field", "start", "end", "replacement", "message", "fix", "shown", "editable")

    def __init__(self, code, field, start, end, replacement, message, fix, shown=None, editable=True):
        self.code, self.field, self.start, self.end = code, field, start, end
        self.replacement, self.message, self.fix = replacement, message, fix
        self.shown = shown or (start, end)
        # False when the replacement only lets the rubrics read on (words lost mid-sentence): no one-click edit
        self.editable = editable

    def moved(self, field, offset):
        """The same slip in `field`, `offset` characters further on."""
        return Slip(
            self.code,
            field,
            self.start + offset,
            self.end + offset,
            self.replacement,
            self.message,
            self.fix,
            (self.shown[0] + offset, self.shown[1] + offset),
            self.editable,
        )


def slips(msg, ctx):
    """Every slip in the message as typed: the subject's and body's, then any sentence cut off."""
    known = context_words(
        ctx["mentor_name"],
        ctx["role"],
        ctx["research"],
        ctx["connection"],
        ctx["found_via"],
        ctx["mentee_name"],
        ctx["background"],
        ctx["offer"],
        ctx["skills"],
        ctx["projects"],
        ctx["ask"]["topic"],
        msg.signature.group() if msg.signature else "",  # the writer's own name under the sign-off
    )
    named = _case_bearing(_capitals_mid_sentence(msg.subject) | _capitals_mid_sentence(msg.body))
    named -= _written_lowercase(known.names)
    known = known._replace(cased=_one_spelling_each(known.cased, named, msg.subject + "\n" + msg.body))
    found = find_slips(msg.subject, "subject", known) + find_slips(msg.body, "body", known)
    return found + list(_cut_off_subject(msg.subject)) + list(_cut_off_sentences(msg)) + list(_cut_off_closing(msg))


def _one_spelling_each(from_context, from_message, text):
    """One spelling per name: the context's (copied from the mentor's own pages), else the one the message writes
    most often, else the one with more capitals ("DataLoom" over "Dataloom": inner capitals are seldom added by
    accident). The others are the slips: "Dataloom" in the subject of a message that writes "DataLoom"."""
    spelling = {}
    if from_message:  # most messages capitalise no unlisted name mid-sentence: then there is nothing to count
        lowers = {name.lower() for name in from_message}
        written = Counter(w for w in WORD.findall(text) if w.lower() in lowers and not w.islower() and not w.isupper())
        for name in sorted(written, key=lambda n: (written[n], sum(c.isupper() for c in n), n)):
            spelling[name.lower()] = name  # sorted: the most written (then the most capitalised) comes last and stays
    spelling.update((name.lower(), name) for name in from_context)
    return frozenset(spelling.values())


def as_meant(msg, found, messages=None):
    """The message with every slip corrected: what the other checks judge, so a slip is charged once, here.

    Without this a typo inside a phrase the rubrics penalise ("just wnated to") would raise a score, and a
    doubled word could lift a message over a length threshold. `messages`: as critique.assess's.
    """
    if not found:
        return msg
    subject, body = (
        _corrected(text, [s for s in found if s.field == field])
        for field, text in (("subject", msg.subject), ("body", msg.body))
    )
    return Message(subject, body) if messages is None else built(subject, body, messages)


def report(typed, found, out):
    """Point the other checks' findings back at the typed text, then add one finding per slip and the summaries."""
    if not found:
        return
    for field, text in (("subject", typed.subject), ("body", typed.body)):
        _retarget(out, field, text, sorted((s for s in found if s.field == field), key=lambda s: s.start))
    for slip in found:
        text = typed.subject if slip.field == "subject" else typed.body
        out.add(
            slip.code,
            slip.message,
            slip.fix,
            (slip.field, text, *slip.shown),
            edit={"field": slip.field, "start": slip.start, "end": slip.end, "replacement": slip.replacement}
            if slip.editable
            else None,
        )
    score(out, found)


def _corrected(text, field_slips):
    parts, pos = [], 0
    for slip in sorted(field_slips, key=lambda s: s.start):
        parts += [text[pos : slip.start], slip.replacement]
        pos = slip.end
    return "".join(parts) + text[pos:]


def _retarget(out, field, typed_text, field_slips):
    """Move evidence and edits measured on the corrected text of `field` to the same words in the typed text."""
    if not field_slips:
        return
    for finding in out.findings():
        for key in ("evidence", "edit"):
            span = finding.get(key)
            if span and span["field"] == field:
                span["start"] = _typed_position(field_slips, span["start"], at_end=False)
                span["end"] = max(span["start"], _typed_position(field_slips, span["end"], at_end=True))
                if key == "evidence":
                    span["text"] = typed_text[span["start"] : span["end"]]
        edit = finding.get("edit")
        if edit and edit["field"] == field and _spans_a_guess(field_slips, edit["start"], edit["end"]):
            del finding["edit"]  # written without words a cut-off only guessed at: it would delete them


def _spans_a_guess(field_slips, start, end):
    """True when typed stretch [start, end) holds a slip with no correction of its own (a cut-off, whose meant text
    leaves its words out only to judge the rest): an edit written on the meant text there drops the typed words."""
    return any(not slip.editable and start < slip.end and slip.start < end for slip in field_slips)


def _typed_position(field_slips, pos, at_end):
    """Where position `pos` of the corrected text lies in the typed text (a corrected stretch maps to all of it)."""
    shift = 0
    for slip in field_slips:
        start = slip.start + shift  # where the correction begins in the corrected text
        end = start + len(slip.replacement)
        if pos < start or pos == start and (at_end or start < end):
            break  # before this correction (a span that ends where a deletion was keeps out of it)
        if pos < end:
            return slip.end if at_end else slip.start
        shift += len(slip.replacement) - (slip.end - slip.start)
    return pos - shift


def score(out, slips):
    """Take the slips' cost from the scores the other findings leave (clamped), so a 5.0 drops too."""
    cut_offs = sum(1 for s in slips if s.code == "cut_off_sentence")
    weight = len(slips) + (CUT_OFF_WEIGHT - 1) * cut_offs
    if not weight:
        return
    many = weight >= MANY_SLIPS
    before = _left(out, "professionalism")
    target = before - SLIP_COST * weight
    if many:
        target = min(target, MANY_SLIPS_PROFESSIONALISM)
    noun = "slip" if weight == 1 else "slips"
    counted = f" (a cut-off sentence counts as {CUT_OFF_WEIGHT})" if cut_offs else ""
    out.add(
        "language_slips",
        f"{weight} language {noun}{counted}: each costs {SLIP_COST} of professionalism"
        + (f", and at {MANY_SLIPS} or more it is at most {MANY_SLIPS_PROFESSIONALISM}" if many else "")
        + ".",
        "Apply the corrections shown with each slip, then read the message aloud once before sending.",
        points=_points(out, "professionalism", target),
    )
    short = SLIP_COST * weight - (before - _left(out, "professionalism"))
    _past_the_floor(out, short)
    if cut_offs:
        target = min(_left(out, "clarity") - CUT_OFF_COST, CUT_OFF_CLARITY - PAST_FLOOR_SHARE * max(0.0, short))
        out.add(
            "broken_sentence",
            f"A sentence stops mid-phrase, so the reader must guess what you meant: clarity "
            f"loses {CUT_OFF_COST} and is at most {CUT_OFF_CLARITY}.",
            "Finish the sentence or cut it.",
            points=_points(out, "clarity", target),
        )
    elif many:
        out.add(
            "many_slips",
            f"With {weight} slips the reader has to stop and reread: clarity is at most {MANY_SLIPS_CLARITY}.",
            "Fix the slips shown.",
            points=_points(out, "clarity", min(_left(out, "clarity"), MANY_SLIPS_CLARITY)),
        )


def _past_the_floor(out, short):
    """When professionalism is already near 1.0 and cannot take a slip's cost, the rest comes off clarity, so a
    slip always shows in the overall score."""
    if short <= 0:
        return
    target = max(1.0, _left(out, "clarity") - short)
    out.add(
        "slips_past_floor",
        f"Professionalism is already at its floor, so the slips cost clarity "
        f"{short:.1f}: the reader stumbles over them.",
        "Apply the corrections shown with each slip.",
        points=_points(out, "clarity", target),
    )


def _left(out, rubric):
    """The score the findings so far leave on `rubric`, clamped as shown."""
    return min(5.0, max(1.0, out.total(rubric)))


def _points(out, rubric, target):
    """Points that bring `rubric` from its unclamped total to `target` (never a gain)."""
    return min(0.0, target - out.total(rubric))


def find_slips(text, field, known=NOTHING_KNOWN):
    """Return the slips in one field's text (no cut-off sentences: those need the message's sentences)."""
    # Names the text itself writes in their official case ("Rust") tell how an ambiguous "rust" is meant.
    known = known._replace(
        names=known.names | _ambiguous_names_in(text),
        all_lowercase=not re.search(r"[A-Z]", text),
    )
    slips = []
    for start, end in _paragraph_spans(text):
        slips += [s.moved(field, start) for s in _paragraph_slips(text[start:end], known)]
    # sentence case reads across paragraphs (how the writer opens them); a name already corrected there is one slip
    flagged = {s.start for s in slips}
    return slips + [s for s in _sentence_case(text, field, known) if s.start not in flagged]


def _ambiguous_names_in(text):
    """The official spellings of AMBIGUOUS_NAMES that occur in `text`, found in one scan.

    The scan finds, where names start, the longest one there, and every name it starts with stands there too; a name
    can also start inside one found ("Go" in "MongoDB" if both were names), so those places are tried one by one.
    """
    found = set()
    for m in _AMBIGUOUS_NAME.finditer(text):
        found |= _NAMES_STARTING[m.group()]
        for inside in range(m.start() + 1, m.end()):
            there = _AMBIGUOUS_NAME.match(text, inside)
            if there:
                found |= _NAMES_STARTING[there.group()]
    return found


# Longest first (alternatives are tried in order), then by name: the same source in every process, so the opening
# words kept between processes (text.py) are found instead of worked out again.
_OFFICIAL_NAMES = sorted(set(AMBIGUOUS_NAMES.values()), key=lambda name: (-len(name), name))
_AMBIGUOUS_NAME = re.compile("|".join(map(re.escape, _OFFICIAL_NAMES)))  # the longest first: alternatives are ordered
_NAMES_STARTING = {name: frozenset(n for n in _OFFICIAL_NAMES if name.startswith(n)) for name in _OFFICIAL_NAMES}


def _paragraph_spans(text):
    """(start, end) of each paragraph: slips never span a blank line, so each paragraph is checked on its own."""
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _paragraph_slips(text, known):
    """The slips of one paragraph, from the cache when it is of a draft's size; a longer one sentence by sentence."""
    if len(text) <= CACHED_PARAGRAPH:
        return _cached_paragraph_slips(text, known)
    slips = [s.moved("body", span.start) for span in sentences(text) for s in _sentence_slips(span.text, known)]
    return tuple(_without_overlaps(slips + list(_check_paragraph(text, known, SPANNING_FINDERS))))


def _check_paragraph(text, known, finders=None):
    """The slips `finders` (by default every finder) find in one paragraph, at offsets into it (field "body"; the
    caller sets the field)."""
    if not text.strip():
        return ()
    slips = [s for finder in finders or FINDERS for s in finder(text, "body", known)]
    if slips:  # most paragraphs have none, and then code and links need not be found
        protected = _protected(text)
        slips = [s for s in slips if not _inside(protected, s.start, s.end) or _dotted_name(text, s)]
    return tuple(_without_overlaps(slips))


# The live check sends the same paragraphs on every keystroke but the one being typed: each is checked once.
# Only draft-sized paragraphs are kept, so a pasted 20,000-word wall cannot fill memory.
_cached_paragraph_slips = lru_cache(maxsize=256)(_check_paragraph)
# A longer paragraph (a pasted wall) is checked a sentence at a time, so that checking an edit of it (critique.py
# checks each edit it offers) reads again only the sentence the edit changed. Sized for the longest body the form takes.
_cached_sentence_slips = lru_cache(maxsize=2048)(_check_paragraph)


def _sentence_slips(text, known):
    """The slips SENTENCE_FINDERS find in one sentence of a long paragraph, from the cache when it is of a draft's
    size (a wall with no full stop is one sentence, and is not kept)."""
    if len(text) <= CACHED_PARAGRAPH:
        return _cached_sentence_slips(text, known, SENTENCE_FINDERS)
    return _check_paragraph(text, known, SENTENCE_FINDERS)


def _dotted_name(text, slip):
    """True for a name-case slip on a dotted product name ("next.js") or on names joined by a slash ("Mongodb/Mysql",
    "react/redux"), which the masking of paths would hide."""
    if slip.code != "name_case":
        return False
    return "." in text[slip.start : slip.end] or bool(_NAMES_BY_SLASH.fullmatch(_word_around(text, slip)))


_NAMES_BY_SLASH = re.compile(r"[A-Za-z][A-Za-z+#]*(?:/[A-Za-z][A-Za-z+#]*){1,3}")  # no digits, dots or a path's depth


def _word_around(text, slip):
    """The run of non-space characters a slip stands in."""
    start = max(text.rfind(" ", 0, slip.start), text.rfind("\n", 0, slip.start)) + 1
    end = min((i for i in (text.find(" ", slip.end), text.find("\n", slip.end)) if i >= 0), default=len(text))
    return text[start:end].strip(".,;:!?()\"'")


def _protected(text):
    if not PROTECTED_MARK.search(text):
        return []
    return [(m.start(), m.end()) for m in PROTECTED.finditer(text)]


@lru_cache(maxsize=16)  # brackets and quotes of one paragraph share it
def _masked(text):
    """`text` with code, links and slots blanked out (same length), so their brackets and quotes are not prose."""
    if not PROTECTED_MARK.search(text):
        return text
    return PROTECTED.sub(lambda m: " " * len(m.group()), text)


def _inside(spans, start, end):
    return any(s < end and start < e for s, e in spans)


def _without_overlaps(slips):
    kept, last_end = [], -1
    for slip in sorted(slips, key=lambda s: (s.start, s.end)):
        if slip.start >= last_end:
            kept.append(slip)
            last_end = max(slip.end, slip.start + 1)
    return kept


def _match_case(original, replacement):
    if original[:1].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@lru_cache(maxsize=64)
def context_words(*texts):
    """The words of the context (names, research, background...): known words, never typos."""
    names = frozenset(w for t in texts for w in re.findall(r"[^\W\d_]+", t))
    words = frozenset(w.lower() for w in names)
    capitalised = frozenset().union(*map(_capitals_mid_sentence, texts))
    named = _case_bearing(capitalised) | _acronyms(capitalised)
    return Known(words, names, False, named - _written_lowercase(names))


def _written_lowercase(names):
    """Names the writer also types in lower case ("kubecost" in a command): no case is theirs to keep."""
    return frozenset(n for n in names if n[:1].isupper() and n.lower() in names)


def _case_bearing(words):
    """The names among `words` that only their capital marks ("Kubecost", "Crossplane"): no English word, listed
    name or term, and no typo of one ("Recieved" opening a sentence is a misspelling, not a name)."""
    return frozenset(
        w
        for w in words
        if w[:1].isupper()
        and not w.isupper()
        and w.isalpha()
        and len(w) > 3
        and _unlisted(w.lower())
        and not typo_correction(w.lower())
    )


# An acronym the context spells in capitals ("OWASP", "HIPAA") keeps them in the message: "Owasp" is a slip.
ACRONYM_LETTERS = (3, 6)


def _acronyms(words):
    """The context's acronyms whose case no list keeps: a word of 3-6 capitals alone among words in lower case, no
    English word (a known term such as "owasp" is known in any case: the context says which)."""
    low, high = ACRONYM_LETTERS
    return frozenset(
        w for w in words if w.isupper() and w.isalpha() and low <= len(w) <= high and no_word_or_name(w.lower())
    )


def _unlisted(lower):
    return no_word_or_name(lower) and lower not in TERMS


def no_word_or_name(lower):
    """Whether a lower-case word is no English word and no listed name, in whatever case it is listed."""
    return lower not in _dictionary() and lower not in _ANY_NAME and lower not in LOWERCASE_NAMES


@lru_cache(maxsize=16)  # an edit's re-check meets the field it left alone again: the subject, or the body
def _capitals_mid_sentence(text):
    """The capitalised words of a text that stand mid-sentence between words in lower case, where a capital is a
    name's: not in a run of capitals, which is a title's or a heading's ("the Stochastic Fairness Queueing")."""
    words = list(WORD.finditer(text))
    capital = [m.group()[:1].isupper() for m in words] + [False]  # [-1], before the first word: no capital
    return frozenset(
        m.group()
        for i, m in enumerate(words)
        if capital[i]
        and not capital[i - 1]
        and not capital[i + 1]
        and not _opens_sentence(text, m.start())
        and text[m.start() - 1 : m.start()] not in ('"', "“", "'", "‘")  # a quoted word is a label, not a name
        and text[m.end() : m.end() + 1] not in ("(", ":")  # "Doxygen::doxygen", "KExec()": code
    )


# --- spelling -----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _dictionary():
    """pyspellchecker's English dictionary as {word: frequency}, loaded once (about 0.2 s) on first use.

    Read from the package's own word list: a SpellChecker built around it takes half as long again and adds
    nothing used here (a test checks that both hold the same words and counts). Kept between processes by
    diskcache, keyed on the packed list's bytes: marshal reads it back five times as fast as json.
    """
    packed = pkgutil.get_data("spellchecker", SPELLCHECKER_WORDS)
    return cached("dictionary", lambda: json.loads(gzip.decompress(packed)), packed)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word):
    """Every string one deletion, swap, replacement or insertion away from `word` (Norvig's edits1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
        | {a + c + b for a, b in splits for c in _LETTERS}
    )


@lru_cache(maxsize=4)  # _spelling and _doubled_words read the same paragraph, one after the other
def _words_in(text):
    """WORD's tokens of `text`, as a tuple (shared, so never changed)."""
    return tuple(WORD.findall(text))


def _spelling(text, field, known):
    if all(map(_plain_parts, _words_in(text))):
        return  # most paragraphs: every word plain, read without a match object a word
    checked = set()  # distinct words looked up: a pasted wall of unknown words stops being spelled at the budget
    quoted = _quoted_in_another_language(text)
    for m in WORD.finditer(text):
        if len(checked) > MAX_SPELLED_WORDS:
            return
        if quoted and _inside(quoted, m.start(), m.end()):
            continue
        word = m.group()
        parts = _plain_parts(word)
        if parts:  # most words: nothing below could find a slip in them
            checked.update(parts)
            continue
        contraction = APOSTROPHES.get(word.lower().replace("’", "'"))
        if contraction and word not in known.names:
            fixed = contraction if contraction.startswith("I") else _match_case(word, contraction)
            yield Slip(
                "spelling", field, m.start(), m.end(), fixed, f'"{word}" is written "{fixed}".', f'Write "{fixed}".'
            )
            continue
        if "'" in word or "’" in word:
            word = re.sub(r"['’]s$", "", word)
            if "'" in word or "’" in word:
                continue  # contractions: the dictionary's tokens drop the apostrophe
        start = m.start()
        parts = word.split("-")
        for i, part in enumerate(parts):
            checked.add(part.lower())
            slip = None if _compound_plural(parts, i) else _spelling_slip(text, field, part, start, known)
            if slip:
                yield slip
            start += len(part) + 1


# A short quotation: what someone typed or said (a search query, a line of a chat), quoted as it was.
_QUOTATION = re.compile(r'"[^"\n]{3,80}"|“[^”\n]{3,80}”')


def _quoted_in_another_language(text):
    """Spans of the quotations in `text` holding two words or more no English dictionary has: a phrase quoted in the
    language it was written in, as an example, whose words are not the writer's to spell."""
    if '"' not in text and "“" not in text:
        return []
    return [
        (m.start(), m.end())
        for m in _QUOTATION.finditer(text)
        if sum(1 for w in WORD.findall(m.group()) if w.isalpha() and not _listed(w.lower())) >= 2
    ]


def _reduplicated(text, start, end):
    """True when the word at start:end stands twice in a row, apart by a space or a hyphen ("boda boda", "mahi-mahi"):
    many languages make words so, and a slip of the keys is seldom typed the same way twice."""
    word = re.escape(text[start:end])
    before = re.search(rf"(?<![\w-]){word}[ \t-]$", text[max(0, start - len(word) - 1) : start], re.I)
    return bool(before or re.match(rf"[ \t-]{word}(?![\w-])", text[end:], re.I))


def _compound_plural(parts, i):
    """True when the last part of a hyphenated noun is a listed word with a plural's "s" ("eleven-year-olds",
    "must-haves", "grown-ups"): the compound is the noun, and its plural goes on its end."""
    part = parts[i].lower()
    return i > 0 and i == len(parts) - 1 and part.endswith("s") and _listed(part[:-1])


def _beside_foreign_word(text, start, end):
    """True when a word with letters English does not use stands right beside this one ("te reo Māori",
    "Ngā mihi"): a phrase in another language, whose words no English dictionary holds."""
    before = re.search(r"(\S+)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+(\S+)", text[end : end + 40])
    return any(m and any(c.isalpha() and not c.isascii() for c in m.group(1)) for m in (before, after))


SALUTATION_WORDS = (2, 3)  # "Obrigado mesmo,", "Tusen takk,": a greeting or closing of a few words


def _foreign_salutation(text, start, end, known):
    """True when the word stands on a greeting or closing line ("Obrigado mesmo,", "Tusen takk,") whose other words
    are neither English, nor a slip for a closing's word, nor a name from the context: a closing in the writer's own
    language, whose words an English dictionary mistakes for typos ("takk" is no "tack"). "Thnaks again," and "Thnaks
    Lindiwe," are still read: their other word is English, or the reader's name; so is "Thnaks alot,": its word is a
    slip for a closing's."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    words = re.findall(r"[^\W\d_]+", line)
    if not line.endswith((",", "!")) or not SALUTATION_WORDS[0] <= len(words) <= SALUTATION_WORDS[1]:
        return False
    others = [w.lower() for w in words if w != text[start:end]]
    if not others or _near_greeting(text[start:end].lower()):
        return False
    return all(_unlisted(w) and w not in known.words and not _near_greeting(w) for w in others)


def _near_greeting(word):
    """The word of English greetings and closings that `word` is one slip from ("thnaks" -> "thanks"), or None."""
    return next((g for g in GREETING_WORDS if _distance(word, g) == 1), None)


def _spelling_slip(text, field, word, start, known):
    lower = word.lower()
    if _never_a_typo(word) or lower in known.words or _reduplicated(text, start, start + len(word)):
        return None
    if word[0].isupper() and not _capital_is_only_sentence_case(text, start, start + len(word)):
        # a capital mid-sentence is most likely a name: checked against known ones; at a line's or sentence's start
        # ("Thnaks,", "Tomorow I") it may be either, and only a slip for a common word counts
        correction = name_typo(lower) or _opening_typo(text, start, lower)
    else:
        correction = typo_correction(lower)
    if correction and word[0].isupper() and _far_substitution(lower, correction.lower()):
        return None  # "Tembo runs our payments": a name one letter from "Tempo", but not by a slip of the finger
    if not correction or not text.isascii() and _beside_foreign_word(text, start, start + len(word)):
        return None
    if _foreign_salutation(text, start, start + len(word), known) or _past_after_preposition(
        text, start, start + len(word), correction
    ):
        return None
    replacement = NAMES.get(correction) or _match_case(word, correction)  # "pyhton" is "Python"
    return Slip(
        "spelling",
        field,
        start,
        start + len(word),
        replacement,
        f'"{word}" looks like a typo for "{replacement}".',
        f'Write "{replacement}".',
    )


def _past_after_preposition(text, start, end, correction):
    """True when the correction is a verb's past that no noun shares, and the word stands alone between a
    preposition and a mark, where such a past cannot ("a flag for tolk, or" names a tool; "for told," is
    no English): the unknown word is a name or a term. Before a noun a past may describe it ("with updated docs")."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 30) : start])
    after = text[end:].lstrip(" \t")[:1]
    return (
        before is not None
        and before.group(1).lower() in _PREPOSITIONS_BEFORE_A_TERM
        and (after == "" or after in ",.;:!?)")
        and wordclass.past_participle(correction)
        and not wordclass.may_be_noun(correction)
    )


_PREPOSITIONS_BEFORE_A_TERM = frozenset("for with of about from into by at".split())


def _opening_typo(text, start, lower):
    """The correction of a capitalised word that opens a sentence or line, when it is a common word."""
    before = text[:start].rstrip(' \t\n"“(')
    if before and (before[-1] not in ".!?:," or ends_on_abbreviation(before)):
        return None  # a line that goes on from the one before ("the\nProcfile") opens nothing, nor does "Mr."
    greeting = _near_greeting(lower)
    if greeting and lower not in FOREIGN_GREETINGS and not _plain_known(lower):
        return greeting  # "Helo Ms Castellanos,", "Thnaks,", "Regrads,"
    correction = typo_correction(lower)
    if not correction or len(lower) <= SHORT_WORD and sorted(correction) != sorted(lower):
        return None  # "Hola", "Ciao": a short greeting in another language, unless two letters were swapped
    return correction if _dictionary().get(correction, 0) >= STRONG_CORRECTION_FREQUENCY else None


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, col) for row, keys in enumerate(_KEY_ROWS) for col, key in enumerate(keys)}


def _neighbouring_keys(a, b):
    """True when keys a and b touch on a QWERTY keyboard (its rows are staggered half a key to the right)."""
    if a not in _KEY_AT or b not in _KEY_AT:
        return False
    (row_a, col_a), (row_b, col_b) = _KEY_AT[a], _KEY_AT[b]
    if row_a == row_b:
        return abs(col_a - col_b) == 1
    upper, lower = (col_a, col_b) if row_a < row_b else (col_b, col_a)
    return abs(row_a - row_b) == 1 and lower in (upper - 1, upper)


def _far_substitution(word, correction):
    """True when `correction` differs from `word` by one letter swapped for a key that does not touch it: most
    typing slips hit a neighbouring key (Kukich 1992), so a capitalised word that only a distant key would make a
    common one ("Tembo" for "tempo") is more likely a name."""
    if len(word) != len(correction):
        return False
    changed = [(a, b) for a, b in zip(word, correction) if a != b]
    return len(changed) == 1 and not _neighbouring_keys(*changed[0])


@lru_cache(maxsize=8192)  # a message's words are mostly common ones, met again in every message
def _plain_parts(word):
    """The lower-case parts of a hyphenated word (or the word) when none can be a slip wherever it stands:
    no contraction, no apostrophe, and every part `_never_a_typo`; otherwise None, for the full check."""
    if "'" in word or "’" in word or word.lower() in APOSTROPHES:
        return None
    parts = word.split("-")
    return tuple(part.lower() for part in parts) if all(_never_a_typo(part) for part in parts) else None


@lru_cache(maxsize=8192)
def _never_a_typo(word):
    """True for a word no context can make a typo: too short, not plain letters, capitals, or listed."""
    lower = word.lower()
    if len(word) < MIN_TYPO_LENGTH or not word.isascii() or not word.isalpha() or word.isupper():
        return True
    if _inner_capital(word) or lower in _PREFIXES:
        return True  # "mTLS", "iCalendar" are names; "pre" and "co" are prefixes cut off by a hyphen
    # neither name_typo nor typo_correction corrects it
    return lower not in SPLIT_WORDS and _listed(lower) and not _rare_misspelling(lower)


def _capital_is_only_sentence_case(text, start, end):
    """True when a capitalised word opens a sentence and prose follows (so it need not be a name)."""
    return _opens_sentence(text, start) and re.match(r"[ \t]+[a-z]", text[end : end + 3]) is not None


def _opens_sentence(text, start):
    while start and text[start - 1] in ' \t"“(':  # walked back, not sliced: a long text has many capitals
        start -= 1
    if start and text[start - 1] == ".":
        return not ends_on_abbreviation(text[:start])  # "Dear Mr. Bello": a title's stop opens no sentence
    return not start or text[start - 1] in "!?\n"


@lru_cache(maxsize=8192)
def typo_correction(lower):
    """The confident correction of a lower-case word, or None when it is a word, a term or a doubtful case."""
    if lower in SPLIT_WORDS:
        return SPLIT_WORDS[lower]
    if _listed(lower):
        return _rare_misspelling(lower)
    if lx.SLANG.fullmatch(lower) or re.search(r"(.)\1\1+$|(.)\2{3}", lower) and not _key_held(lower):
        return None  # "sooo" is drawn out on purpose, not mistyped
    best = _best_candidate(lower, _stems(lower))
    if _form_of_listed(lower) and not (best and _suffix_misspelled(lower, best[0])):
        return None  # "attaches", "matchers", "callee": the dictionary lists a word, not each form made from it
    if not best:
        return _ally(lower) or _two_slips_away(lower) or _letter_lost(lower) or _joined_slip(lower)
    if not _plausible_typo(lower, best[0], best[1]):
        best = _lost_inside(lower, best[0])
        if not best:
            return _letter_lost(lower)
    if len(lower) == MIN_TYPO_LENGTH and best[1] < STRONG_CORRECTION_FREQUENCY:
        return None  # "reo" is likelier a word of another language than a slip for the rare "roe"
    if sorted(best[0]) != sorted(lower) and not _struck_twice(lower, best[0]) and _abbreviation(lower):
        return None  # two letters swapped, or one struck twice, is a slip; any other near word may be a short form
    # A word made of known parts ("codebase", "committers") is one unless a much commoner word is a slip away, or
    # the slip is in how the suffix is spelled ("programing", "noticable").
    if (
        best[1] < STRONG_CORRECTION_FREQUENCY
        and _excused_as_derived(lower, best[1])
        and not _suffix_misspelled(lower, best[0])
    ):
        return None
    return best[0]


def _lost_inside(lower, commonest):
    """The (word, frequency) of a common word that `lower` is with one letter lost inside, or None.

    Tried when the commonest word near is no slip's source ("screw" for "scren"): a common word that lost a letter
    inside may be ("screen"). Never when `lower` begins the commonest and may be its short form ("ignor" is not
    "igor"), nor when it is as short as most short forms are ("dirs", "iter", "orgs")."""
    if len(lower) < SHORT_WORD or commonest.startswith(lower):
        return None
    found = _best_candidate(lower, _stems(lower), lost_inside=True)
    return found if found and found[1] >= STRONG_CORRECTION_FREQUENCY else None


def _form_of_listed(lower):
    """True when `lower` is a regular form of a listed word that the dictionary does not list itself: its third
    person or plural as the inflection lexicon spells it ("attaches"), a plural "s" on a word that is no plural
    ("globals"; not "bugss"), a "-d" past of a listed word in "e" ("inlined"), or a noun made from a verb with -er,
    -or or -ee ("matchers", "rewriter", "accessor", "callee"). The caller still reads a doubled consonant lost before
    the ending ("controler"): slips hide there."""
    base = wordclass.bare_of(lower) or wordclass.singular_of(lower)
    if base and _listed(base):
        return True
    singular = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    if singular != lower and _listed(singular) and wordclass.classes(singular) & _NAMING:
        return True  # not "cames", "imageds": a verb's form takes no plural
    in_e = lower[:-1]
    if lower.endswith("ed") and len(lower) > MIN_PAST_LENGTH and _listed(in_e) and _may_become_a_verb(in_e):
        return True  # "inlined": a listed word in "e" made a verb
    for suffix, stem_ends in _AGENT_SUFFIXES:
        stem = singular[: -len(suffix)]
        if singular.endswith(suffix) and stem.endswith(stem_ends) and _common_bare_verb(stem):
            return True
    return False


_NAMING = frozenset({wordclass.NOUN, wordclass.ADJECTIVE})  # "globals", "storages"
# The endings that make a noun of a verb, and how the verb must end to take them: "matcher", "rewriter" (not "workr":
# the "e" of "-er" lost), "accessor", "selector" ("-or" only after "ss" or "ct"), "callee".
_AGENT_SUFFIXES = (("er", ""), ("r", "e"), ("or", ("ss", "ct")), ("ee", ""))
MIN_PAST_LENGTH = 6  # "mored" is no past of "more"
MIN_BASE_FREQUENCY = 1000  # a rare verb ("deign") makes a slip ("deigners" for "designers") look like its noun


def _may_become_a_verb(stem):
    """True for a word in "e" whose "-d" past may be a term's ("inline"): not one that is only a noun, whose "-d"
    past is the slip for a verb spelled apart ("adviced" for "advised"), nor one in "ee" ("testeed": an "e" struck
    twice)."""
    return not stem.endswith("ee") and not wordclass.only(stem, wordclass.NOUN)


def _common_bare_verb(word):
    """True for a bare verb the inflection lexicon knows and the dictionary counts at least MIN_BASE_FREQUENCY times."""
    return wordclass.third_person_of(word) is not None and _dictionary().get(word, 0) >= MIN_BASE_FREQUENCY


def _letter_lost(lower):
    """The very common four-letter word a three-letter one lost a letter from, after its first ("whn", "tht"),
    when only one such word is that common: too short to tell a slip from a short form by any other sign, a
    fragment of a word every sentence uses is still read as that word."""
    if len(lower) != MIN_TYPO_LENGTH:
        return None
    frequency = _dictionary()
    found = {lower[:i] + c + lower[i:] for i in range(1, len(lower) + 1) for c in _LETTERS}
    common = sorted((frequency[w], w) for w in found & frequency.keys() if frequency[w] >= VERY_COMMON)
    return common[-1][1] if len(common) == 1 or common and common[-1][0] >= LOST_LETTER_RATIO * common[-2][0] else None


LOST_LETTER_RATIO = 10  # "tht": "that" beside "thy"; "pst" is "past" or "post", and no guess


def _key_held(lower):
    """True when a word ends in a letter struck three times where its word doubles it ("smalll", "processs"): a
    key held down, not a word drawn out for effect, which lengthens a short word's sound ("sooo", "yesss")."""
    return len(lower) > SHORT_WORD - 1 and re.search(r"(.)\1\1$", lower) is not None and _listed(lower[:-1])


def _struck_twice(word, correction):
    """True when `word` is `correction` with one of its letters typed twice ("plann", "withh")."""
    return len(word) == len(correction) + 1 and any(
        word[i] == word[i - 1] and word[:i] + word[i + 1 :] == correction for i in range(1, len(word))
    )


def _excused_as_derived(lower, correction_frequency):
    """True when a word made of known parts is likelier that word than a slip for a correction this common: a stem
    and its suffix always are; a prefix and a word, or two words, unless the correction is DERIVED_RATIO times
    commoner than the rarer part ("intergrated" is no "inter" + "grated" beside "integrated")."""
    return _suffixed(lower) or correction_frequency < DERIVED_RATIO * _prefixed_or_joined(lower)


DERIVED_RATIO = 4


def _rare_misspelling(lower):
    """The correction of a word the dictionary holds only because people misspell it ("programing": rarer than
    MIN_CORRECTION_FREQUENCY, and a doubled consonant or an "e" short of a far commoner word)."""
    count = _dictionary().get(lower)
    if count is None or count >= MIN_CORRECTION_FREQUENCY:
        return None
    best = _best_candidate(lower)
    if best and best[1] >= RARE_RATIO * count and len(best[0]) > len(lower) and _suffix_misspelled(lower, best[0]):
        return best[0]
    return None


def _suffix_misspelled(word, correction):
    """True when `word` is `correction` with a doubled consonant or a silent "e" lost ("programing", "noticable"),
    or a silent "e" kept before "-ment" or "-ly" ("arguement", "truely"): the slips English spelling rules invite at
    a suffix. Not a letter gained before "-ing" or "-able": "queueing", "likeable", "focussed" are spellings too."""
    if len(word) == len(correction):
        return any(  # "accessable", "independant", "existance": the suffix's vowel, which sounds the same
            word.endswith(a) and correction.endswith(b) and word[: -len(a)] == correction[: -len(b)]
            for a, b in SUFFIX_VOWELS
        )
    if len(word) + 1 == len(correction):
        short, long, lost = word, correction, True
    elif len(word) == len(correction) + 1:
        short, long, lost = correction, word, False
    else:
        return False
    i = next((k for k, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    if long[:i] + long[i + 1 :] != short or i < SUFFIX_FROM:
        return False
    extra = long[i]
    doubled = extra == long[i - 1] or i + 1 < len(long) and extra == long[i + 1]
    if lost:
        return extra == "e" or doubled or _lost_at_junction(short, long, i)
    return extra == "e" and long[i + 1 :].startswith(("ment", "ly"))


# Suffixes long enough that a word and its correction both ending on one share the way they were made.
_LONG_SUFFIXES = tuple(s for s in _SUFFIXES if len(s) >= 4)


def _lost_at_junction(short, long, i):
    """True when a vowel is lost at `i`, where the stem meets a long suffix that both spellings end on: the linking
    vowel of an established derivative ("reconcilation" made from "reconcile" + "-ation", where the dictionary spells
    the word "reconciliation"). A consonant there makes another stem: "hashable" is no "hashtable", "memoizing" no
    "memorizing"."""
    return long[i] in "aeiou" and any(
        short.endswith(s) and long.endswith(s) and i >= len(long) - len(s) - 2 for s in _LONG_SUFFIXES
    )


def _ally(lower):
    """ "basicly" for "basically", "publically" for "publicly": the "-ally" of adverbs from "-ic" words, gained or
    lost; the correction must be a common word."""
    if lower.endswith("ally"):
        candidate = lower[:-4] + "ly"
    elif lower.endswith("ly"):
        candidate = lower[:-2] + "ally"
    else:
        return None
    return candidate if _dictionary().get(candidate, 0) >= MIN_CORRECTION_FREQUENCY else None


def _two_slips_away(lower):
    """The common word two slips from a long unknown one ("reccomend", "tommorow"), when exactly one is that
    close; a word made of known parts ("nonblocking") is left alone."""
    if len(lower) < TWO_SLIP_LENGTH or _derived(lower):
        return None
    index = _deletion_index()
    # vowels changed in place, or (in a long word) one vowel more or fewer: "seperete", "maintainance"
    slack = 1 if len(lower) >= LONG_WORD else 0
    vowels_only = {w for w in _vowel_index().get(_skeleton(lower), ()) if abs(len(w) - len(lower)) <= slack}
    found = set(index.get(lower, ())) | vowels_only | set(_doubling_index().get(_single(lower), ()))
    for i in range(len(lower)):
        found.update(index.get(lower[:i] + lower[i + 1 :], ()))
    # "maintainence" is three vowels, and nothing else, from "maintenance": in a long word that is still one slip
    close = [
        w
        for w in found
        if w[0] == lower[0] and w[-1] == lower[-1] and _distance(lower, w) <= (3 if w in vowels_only and slack else 2)
    ]
    return close[0] if len(close) == 1 else None


JOINED_TAIL = 5  # the shortest mistyped word read after another ("wire" + "farme"); shorter ones are word parts


def _joined_slip(lower):
    """ "wirefarme", "microlenidng": a word, or a prefix, run together with a fairly common word (TERM_FREQUENCY)
    mistyped after it by the plainest slips of all, two letters swapped or one lost inside a longer word, when only
    one such reading fits; words the dictionary does not list ("microlending") are as often mistyped as any.
    Nothing is read into a word made of known parts ("upskilling"), one that ends on a word ("bitemporal"), or one
    whose first half or more is a word, which a suffix the dictionary lacks may follow ("validators",
    "temporality")."""
    n = len(lower)
    if n < COMPOUND_PART + JOINED_TAIL or _derived(lower):
        return None
    if any(_listed(lower[i:]) for i in range(1, n - JOINED_TAIL + 1)) or any(
        _listed(lower[:i]) for i in range((n + 1) // 2, n)
    ):
        return None
    found = set()
    for i in range(COMPOUND_PART - 1, n - JOINED_TAIL + 1):
        head, tail = lower[:i], lower[i:]
        if head not in _PREFIXES and (i < COMPOUND_PART or not _stem_in_use(head)):
            continue  # "bit" + "emporal" is no reading of "bitemporal"
        corrected = typo_correction(tail) or ""
        plain = _swapped(corrected, tail) or len(tail) > JOINED_TAIL and _lost_between(corrected, tail)
        if plain and _dictionary().get(corrected, 0) >= TERM_FREQUENCY:
            found.add(head + corrected)
    return found.pop() if len(found) == 1 else None


def _single(word):
    """A word with each doubled letter written once: "begginer" and "beginner" are both "beginer"."""
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=1)
def _doubling_index():
    """{a common long word with its doubled letters written once: [the words]}, kept between processes: it reads the
    whole dictionary (some 80 ms, in each process that meets a long unknown word)."""
    return _kept_index("doubling", _built_doubling_index)


def _built_doubling_index():
    index = {}
    for word, count in _dictionary().items():
        if count >= DOUBLING_FREQUENCY and len(word) >= TWO_SLIP_LENGTH - 1 and word.isalpha():
            index.setdefault(_single(word), []).append(word)
    return index


@lru_cache(maxsize=1)
def _deletion_index():
    """{each word of a common long word with one letter deleted, and the word itself: [the common words]}, kept
    between processes like the two indexes below (some 40 ms to build, in each process that meets a long unknown
    word; some 12 ms to read back)."""
    return _kept_index("deletions", _built_deletion_index)


def _built_deletion_index():
    index = {}
    for word in _common_long_words():
        for key in {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}:
            index.setdefault(key, []).append(word)
    return index


def _kept_index(name, build):
    """The index `build()` makes from the dictionary, read back from diskcache while the word list and this module
    are unchanged."""
    return cached(name, build, pkgutil.get_data("spellchecker", SPELLCHECKER_WORDS), Path(__file__).read_bytes())


def _common_long_words():
    """The words a long unknown word may be two slips from: common, alphabetic, nearly as long."""
    return (
        word
        for word, count in _dictionary().items()
        if count >= STRONG_CORRECTION_FREQUENCY and len(word) >= TWO_SLIP_LENGTH - 1 and word.isalpha()
    )


def _skeleton(word):
    """A word's first and last letters and the consonants between: vowels are what writers most often get wrong
    twice over ("seperete", "definately")."""
    return word[0] + re.sub("[aeiouy]", "", word[1:-1]) + word[-1]


@lru_cache(maxsize=1)
def _vowel_index():
    """{skeleton: [the common long words with it]}, kept between processes (some 20 ms to build)."""
    return _kept_index("vowels", _built_vowel_index)


def _built_vowel_index():
    index = {}
    for word in _common_long_words():
        index.setdefault(_skeleton(word), []).append(word)
    return index


def _distance(a, b):
    """Edits (insert, delete, replace, swap two neighbours) between two words: optimal string alignment."""
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


# In a word this long, two neighbouring letters swapped from any listed word, its suffix spelled as it sounds, one
# letter lost inside or one struck twice, is that word mistyped however rare the word ("notifciation",
# "compatable", "readabilty", "readabillity"): no other word is so close.
LONG_SWAP = 8


def _slip_of_a_long_word(word, typed):
    return (
        _swapped(word, typed)
        or _suffix_misspelled(typed, word)
        or _lost_between(word, typed)
        or _struck_twice(typed, word)
    )


def _lost_between(word, typed):
    """True when `typed` is `word` with one letter lost between its first and its last ("readabilty"): a slip of the
    hand, where a short form cuts a word's end and keeps its start."""
    return len(word) == len(typed) + 1 and any(word[:i] + word[i + 1 :] == typed for i in range(1, len(word) - 1))


def _best_candidate(lower, keep=(), lost_inside=False):
    """(word, frequency) of the likeliest word one edit away that is common enough (and begins with one of
    `keep`, when given; and has one letter more than `lower` before its last, when `lost_inside`), or None."""
    frequency = _dictionary()
    edits = _edits(lower)
    # the few hundred edits looked up in one set operation each, not one by one
    scored = {c: frequency[c] for c in edits & frequency.keys()}
    scored.update(dict.fromkeys(edits & _TERMS_AND_NAMES, TERM_FREQUENCY))
    common = [
        c
        for c, f in scored.items()
        if c != lower
        and (f >= MIN_CORRECTION_FREQUENCY or len(lower) >= LONG_SWAP and _slip_of_a_long_word(c, lower))
        and (not keep or c.startswith(keep) or _swapped(c, lower))
        and (not lost_inside or len(c) == len(lower) + 1 and c[0] == lower[0] and c[-1] == lower[-1])
    ]
    if not common:
        return None
    # Same first letter first, unless the first two letters were swapped in a very common word ("hte" is "the",
    # not "he"; "usb" is no "sub"), then swapped letters ("wnat" is "want", not "what"), then the commonest word.
    ranked = sorted(
        (
            (
                c[0] != lower[0] and not (scored[c] >= VERY_COMMON and _swapped(c, lower)),
                sorted(c) != sorted(lower),
                -scored[c],
            ),
            c,
        )
        for c in common
    )
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        return None  # two words fit as well ("inet": "init" or "int"?): no confident correction, whatever the order
    return ranked[0][1], scored[ranked[0][1]]


def _swapped(a, b):
    """True when two neighbouring letters of `a` are swapped in `b` ("poster"/"potser"): the commonest slip of all,
    whatever stem and suffix the slip happens to spell."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


# Days and the long months are names too, and are mistyped as often as any word ("Wenesday", "Febuary"); a short
# month one letter from a person's name is left out ("Augusta", "Junie").
_CALENDAR = {
    word: word.capitalize()
    for word in "monday tuesday wednesday thursday friday saturday sunday january february september october "
    "november december".split()
}


_TYPED_NAMES = NAMES.keys() - CATALOGUE_NAMES.keys()  # names common enough to be what a typo meant
_SPELLED_NAMES = frozenset(_TYPED_NAMES).union(AMBIGUOUS_NAMES, _CALENDAR)  # what name_typo looks each edit up in
_TERMS_AND_NAMES = TERMS.union(_TYPED_NAMES)  # words _best_candidate ranks at TERM_FREQUENCY


@lru_cache(maxsize=4096)
def name_typo(lower):
    """The product, language, day or month name one slip away from a capitalised word no dictionary knows
    ("Pyhton", "Wenesday")."""
    if len(lower) <= SHORT_WORD or _listed(lower):
        return None
    for candidate in sorted(_edits(lower) & _SPELLED_NAMES):  # the few edits that spell a name, in the same order
        if lower == candidate + "s":
            continue  # a name's plural, not a slip: "two Pixels", "three ThinkPads"
        official = NAMES.get(candidate) or AMBIGUOUS_NAMES.get(candidate) or _CALENDAR.get(candidate)
        if official and _plausible_typo(lower, candidate):
            return official
    return None


def _plausible_typo(word, correction, frequency=0):
    """True when one slip of the hand turns `correction` into `word`, and not an abbreviation or a name.

    Two swapped letters ("teh", "recieve") always are. Otherwise the first letter must stand (few typos change it,
    while "distro"/"bistro" and "nrows"/"grows" are words of their own), a short word must not differ only in its
    last letter ("auth"/"auto", "desc"/"desk" are abbreviations), and a three-letter word is too short to tell.
    """
    if len(word) == len(correction) and sorted(word) == sorted(correction):
        return True
    if re.sub(r"(.)\1\1", r"\1\1", word, count=1) == correction != word:
        return True  # "weeek": a key held a moment too long
    if _struck_twice(word, correction):
        return True  # "bussy", "wrotte": a letter struck twice, which no abbreviation does
    first = next((i for i, (a, b) in enumerate(zip(word, correction)) if a != b), min(len(word), len(correction)))
    if first == 0 or len(word) <= MIN_TYPO_LENGTH:
        return False
    # a short form drops or changes letters at the end; a letter added there is an ending ("maths"), and one added
    # before the last is neither ("datwe" is "date" mistyped)
    # a letter dropped inside the word keeps the word's last letter ("movig", "scren"), where a short form cuts it
    inner_drop = len(word) == len(correction) - 1 and word[-1] == correction[-1]
    last_letter = (
        first >= min(len(word), len(correction)) - 1
        and (len(word) <= len(correction) or word.startswith(correction))
        and not inner_drop
    )
    # a five-letter word one letter short of a common one ("ignor", "resul") is cut one letter too soon for a short
    # form, which drops a syllable ("auth", "repo")
    lost_last = len(word) == SHORT_WORD and correction[:-1] == word and frequency >= STRONG_CORRECTION_FREQUENCY
    return not (len(word) <= SHORT_WORD and last_letter and frequency < VERY_COMMON and not lost_last)


def _listed(lower):
    """A word the dictionary or the technical vocabulary holds, as written or in its American spelling."""
    return _plain_known(lower) or any(_plain_known(rule.sub(american, lower)) for rule, american in _BRITISH)


def _derived(lower):
    """A word made regularly from known ones: a suffix, a prefix, or two words run together."""
    return _suffixed(lower) or _prefixed_or_joined(lower) > 0


def _prefixed_or_joined(lower):
    """How common the rarest known part of `lower` is, read as a prefix and a word or as two words run together
    (the commonest such reading), or 0 when it is neither."""
    frequency = _dictionary()
    readings = [
        frequency.get(lower[len(p) :], TERM_FREQUENCY)
        for p in _PREFIXES
        if lower.startswith(p) and len(lower) - len(p) >= 4 and _plain_known(lower[len(p) :])
    ]
    readings += [
        min(frequency.get(lower[:i], TERM_FREQUENCY), frequency.get(lower[i:], TERM_FREQUENCY))
        for i in range(COMPOUND_PART, len(lower) - 3)
        if _stem_in_use(lower[:i]) and _stem_in_use(lower[i:])
    ]
    return max(readings, default=0)


def _suffixed(lower):
    return any(lower.endswith(s) and _stem_known(lower[: -len(s)], s) for s in _SUFFIXES)


def _abbreviation(lower):
    """True when `lower` begins a common word at least ABBREVIATION_CUT letters longer ("eval", "repro") and is
    not a common word with its last letter dropped ("thre", "interestin")."""
    frequency = _dictionary()
    if any(
        frequency.get(lower + c, 0) >= MIN_CORRECTION_FREQUENCY for c in _LETTERS if c != "s"
    ):  # "comps" is a plural
        return False
    words = _common_words_sorted()
    i = bisect_left(words, lower)
    while i < len(words) and words[i].startswith(lower):
        if len(words[i]) >= len(lower) + ABBREVIATION_CUT:
            return True
        i += 1
    return False


@lru_cache(maxsize=1)
def _common_words_sorted():
    return sorted(w for w, f in _dictionary().items() if f >= ABBREVIATED_FREQUENCY)


def _stems(lower):
    """The beginnings a correction must keep when `lower` is a known stem plus a suffix: "sharding" is shard+ing,
    not a slip for "sharing", while "stoped" and "hopeing" are slips of the suffix on "stop" and "hop(e)"."""
    stems = [lower[: -len(s)] for s in _SUFFIXES if lower.endswith(s) and _stem_known(lower[: -len(s)], s)]
    # "hope" loses its "e" before -ing, "writt" is "writ" doubled: the slip may be in that letter
    return tuple(
        {stem[:-1] if stem.endswith("e") or len(stem) > 3 and stem[-1] == stem[-2] else stem for stem in stems}
    )


def _plain_known(word):
    return word in TERMS or word in NAMES or word in AMBIGUOUS_NAMES or word in LOWERCASE_NAMES or word in _dictionary()


def _stem_known(stem, suffix):
    """A stem a suffix was taken from: "committ(ers)" is "commit", "schedul(ing)" is "schedule". The stem must be
    a word in use (STEM_FREQUENCY), and take the suffix as English does: "-s" goes on no hissing end and "-es" on
    little else ("zoones" is no "zoon" plus "-es"; "boxes" is "box" plus "-es")."""
    if len(stem) < 4:
        return False
    if suffix == "s" and stem.endswith(_HISSING):
        return False
    if suffix == "es" and not stem.endswith(_HISSING + ("o",)):
        return _stem_in_use(stem + "e")  # "scal(es)" is "scale" plus "-s"
    return (
        _stem_in_use(stem)
        or _stem_in_use(stem + "e")
        or suffix[0] in "aeiouy"
        and _doubled_consonant(stem)
        and _stem_in_use(stem[:-1])
    )


_HISSING = ("s", "x", "z", "ch", "sh")
# A stem rarer than this ("cays", "minot") is likelier part of a typo than a word a writer built on: the
# dictionary's rarest entries are themselves mostly misspellings and fragments.
STEM_FREQUENCY = MIN_CORRECTION_FREQUENCY


def _stem_in_use(word):
    return _plain_known(word) and (word not in _dictionary() or _dictionary()[word] >= STEM_FREQUENCY)


def _doubled_consonant(stem):
    """A consonant doubled before a suffix after a short vowel: "committ", "plann" (not "vieww", "learnn")."""
    return stem[-1] == stem[-2] and stem[-1] not in "aeiouwxy" and stem[-3] in "aeiou" and stem[-4] not in "aeiou"


# --- names in prose -------------------------------------------------------------------------------------------


_NAME_TOKEN = re.compile(r"[\w#+]+(?:[.-]\w+)*")
_NAME_HEAD = re.compile(r"[\w#+]+(?:\.\w+)*")  # a hyphenated word's first part
_ANY_NAME = frozenset(NAMES) | frozenset(AMBIGUOUS_NAMES) | LOWERCASE_NAMES  # looked up by a token in lower case
_SPACED_NAMES = {name.replace(" ", "").lower(): name for name in NAMES.values()}  # "PowerBI" and "Power BI" alike


def _names(text, field, known):
    words = _NAME_TOKEN.findall(text)
    cased = {name.lower(): name for name in known.cased}
    if (
        _ANY_NAME.isdisjoint(map(str.lower, words))
        and not any("-" in w for w in words)
        and not _SPACED_NAMES.keys() & _joined_runs(words)
        and cased.keys().isdisjoint(map(str.lower, words))
    ):
        return  # no token names a product in any case: every token below would be passed over
    tokens = list(_name_tokens(text))
    yield from _three_word_names(text, field, tokens)  # first: "Visual studio code" is one name, not two words
    yield from _split_names(text, field, tokens)
    for i, m in enumerate(tokens):
        word, lower = m.group(), m.group().lower()
        official = NAMES.get(lower) or (_cased_name(text, m, cased) if cased.get(lower, word) != word else None)
        if official and official.isupper() and word in known.names and word == word.capitalize():
            continue  # "Seo-jun", "Jax": a person's name in the context, not an acronym ("SEO", "JAX") miscased
        if (
            official is None
            and lower in AMBIGUOUS_NAMES
            and (
                word.isupper()
                or word == lower
                and _tech_use(text, tokens, i, known)
                or _odd_case_capitalised(text, m, AMBIGUOUS_NAMES[lower])
            )
        ):
            official = AMBIGUOUS_NAMES[lower]  # "REACT" is no verb shouted; "react" may be the verb
        if lower in ALWAYS_LOWERCASE and _capitalised_mid_line(text, m, word, lower):
            yield _name_slip(text, field, m.start(), m.end(), lower)
            continue
        if official is None and lower in LOWERCASE_NAMES and _inner_capital(word):
            official = lower  # "MyPy", "KubeCtl": capitals a lower-case name never has
        if (
            not official
            or word == official
            or word.isupper()
            and (len(word) <= 3 or _shouts(text))
            and not (official[0].islower() and not official.islower())  # "IOS" is no acronym: "iOS"
            and not _short_name_in_capitals(text, tokens, i, known)
            or lower in LOWERCASE_NAMES
            and (
                word == lower
                or word == lower.capitalize()
                and official == lower
                and _capital_is_only_sentence_case(text, m.start(), m.end())
            )  # "numpy", "Pandas" opening a sentence; not "Numpy", nor "in Webpack 4"
            or official.islower()
            and word == official.capitalize()
            and _in_title_case(text, m)  # "Why We Left Webpack Behind"
            or re.match(r" -{1,2}[a-z]", text[m.end() : m.end() + 4])
            or text[m.start() - 1 : m.start()] == "-"  # "-freebsd": an option or a suffix, typed as the tool reads it
            or _OPTION_BEFORE.search(text, max(0, m.start() - OPTION_REACH), m.start())  # "--format html": its value
            or _quoted_alone(text, m)
            or _command(text, m)
            or word == lower
            and _common_noun(text, tokens, i)
            or known.all_lowercase
            and word == lower
        ):
            continue  # "python -m venv" is a command; a field typed all in lower case is one finding of its own
        end, official = _whole_name(text, tokens, i, official)
        yield _name_slip(text, field, m.start(), end, official)


# A command-line option right before a word ("--output json", "-f=yaml"): the word is the option's value, typed as
# the tool reads it. OPTION_REACH: characters enough for a long option's name.
_OPTION_BEFORE = re.compile(r"(?:^|\s)-{1,2}[a-z][\w-]*[ =]$")
OPTION_REACH = 40


# Short names that no acronym is spelt like, so that in capitals they are the name miscased ("LUA", "VUE", "a GO
# service"), not an acronym as "ADA", "NIM" or "ELM" may be.
_NO_ACRONYM = frozenset("lua vue zig go".split())


def _short_name_in_capitals(text, tokens, i, known):
    """True when a short word in capitals is one of _NO_ACRONYM: a name that is also an English word ("GO") only
    where the words around it say it is the technology ("in GO", "our GO service")."""
    lower = tokens[i].group().lower()
    return lower in _NO_ACRONYM and (lower not in AMBIGUOUS_NAMES or _tech_use(text, tokens, i, known))


def _name_slip(text, field, start, end, official):
    return Slip(
        "name_case",
        field,
        start,
        end,
        official,
        f'"{text[start:end]}" is written "{official}".',
        f'Write "{official}".',
    )


def _capitalised_mid_line(text, m, word, lower):
    """True when a name written in lower case wherever it stands has a capital where no sentence opens on it, in
    a line that is not written in title case ("Calibration With Scikit-learn" capitalises every word), or is in
    capitals in a paragraph that does not shout."""
    if word == lower or _quoted_alone(text, m) or text[m.start() - 1 : m.start()] in ("-", "/", ".", "@", "#"):
        return False
    if word.isupper():
        return not _shouts(text)
    return not _opens_sentence(text, m.start()) and not _in_title_case(text, m)


def _in_title_case(text, m):
    """True when most of the longer words on the match's line open on a capital: a heading or a subject in title
    case, where a lower-case name is capitalised like every other word."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    words = re.findall(r"[A-Za-z][\w'-]{3,}", text[line_start : line_end if line_end >= 0 else len(text)])
    return len(words) > 1 and sum(w[0].isupper() for w in words) * 2 > len(words)


def _whole_name(text, tokens, i, official):
    """The end and spelling of the name tokens[i] opens: "spring boot" is "Spring Boot" whole, not "Spring boot"."""
    if i + 1 < len(tokens) and text[tokens[i].end() : tokens[i + 1].start()] == " ":
        longer = _SPACED_NAMES.get((tokens[i].group() + tokens[i + 1].group()).lower(), "")
        if longer.startswith(official + " "):
            return tokens[i + 1].end(), longer
    return tokens[i].end(), official


def _name_tokens(text):
    """The words of a paragraph that may be names; of a hyphenated word that is no name ("Typescript-based"), the
    first part when it is one written with a capital, so the compound's name is checked too ("debian-revision",
    all in lower case, is an identifier)."""
    for m in _NAME_TOKEN.finditer(text):
        lower = m.group().lower()
        if "-" in lower and lower not in _ANY_NAME and lower not in LOWERCASE_NAMES:
            head = _NAME_HEAD.match(text, m.start())
            word = head.group()
            if word.lower() in NAMES and word != word.lower() and text[m.start() - 1 : m.start()] != "-":
                m = head
        yield m


def _cased_name(text, m, cased):
    """The capitalised name the context or message writes for a lower-case word ("kubecost" for "Kubecost"), unless
    the word is a handle, a tag, a path or a file ("@kubecost", "/crossplane")."""
    return cased.get(m.group().lower()) if text[m.start() - 1 : m.start()] not in ("@", "#", "/", ".", ":") else None


def _inner_capital(word):
    return any(c.isupper() for c in word[1:])


def _odd_case_capitalised(text, m, official):
    """True when a word that is also a name of odd case ("LaTeX") is written with a capital mid-sentence ("the Latex
    source"): the capital says a name is meant, and the name is not written so."""
    word = m.group()
    return (
        word == word.capitalize()
        and _inner_capital(official)
        and not _capital_is_only_sentence_case(text, m.start(), m.end())
    )


def _joined_runs(words):
    """Each two and three words in a row, joined in lower case: how a name of two or three words is looked up."""
    pairs = {(a + b).lower() for a, b in zip(words, words[1:])}
    return pairs | {(a + b + c).lower() for a, b, c in zip(words, words[1:], words[2:])}


# Two words that may open a sentence before a one-word name: "My SQL skills" is no "MySQL".
_DETERMINERS = frozenset("my your our their his her its the a an this that".split())


def _split_names(text, field, tokens):
    """A one-word name written as two ("Chat GPT", "Git Hub", "Open AI"), or a two-word name in the wrong case
    ("Raspberry pi", "Power Bi"). The first word's capital says a name is meant: "a fast API" is no FastAPI. At a
    sentence's start that capital says nothing, and a common first word ("Fast API calls ...") is left alone."""
    for i, (a, b) in enumerate(zip(tokens, tokens[1:])):
        joined = (a.group() + b.group()).lower()
        official = NAMES.get(joined) or _SPACED_NAMES.get(joined)
        if not official:
            continue  # most pairs of words name nothing
        if i + 2 < len(tokens) and (joined + tokens[i + 2].group()).lower() in _THREE_WORD_NAMES:
            continue  # "Visual studio code": the three-word name's own check speaks for it
        pair = text[a.start() : b.end()]
        if (
            not _splits_there(official, len(a.group()))  # "CLI on" is no "CLion", "Face Book" left alone
            or pair == official
            or text[a.end() : b.start()] != " "
            or not a.group()[0].isupper()
            or a.group().lower() in _DETERMINERS
            or _opens_sentence(text, a.start())
            and (b.group().islower() or _dictionary().get(a.group().lower(), 0) >= MIN_CORRECTION_FREQUENCY)
            or pair.isupper()
        ):
            continue
        yield _name_slip(text, field, a.start(), b.end(), official)


_THREE_WORD_NAMES = {key: name for key, name in NAMES.items() if name.count(" ") == 2}


def _three_word_names(text, field, tokens):
    """A three-word name with a word in the wrong case ("Ruby on rails", "Visual studio code"): its first word's
    capital says the name is meant, and the three words as typed are the name but for case."""
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        official = _THREE_WORD_NAMES.get((a.group() + b.group() + c.group()).lower())
        if not official:
            continue  # most runs of three words name nothing
        typed = text[a.start() : c.end()]
        if typed != official and typed.lower() == official.lower() and a.group()[0].isupper() and not typed.isupper():
            yield _name_slip(text, field, a.start(), c.end(), official)


def _splits_there(official, at):
    """True when a name breaks where the writer broke it, at a capital, a space or a dot ("Chat|GPT", "Node|.js"),
    and opens with a capital ("Mac OS X" was an official name: "macOS" came later)."""
    parts = official.split(" ")
    if len(parts) == 2:
        return len(parts[0]) == at
    rest = official[at : at + 1]
    return official[:1].isupper() and (rest.isupper() or rest == ".")


# "pip install django", "docker ps", "terraform apply": a command typed in prose, where lower case is right.
_INSTALLED = re.compile(
    r"\b(?:pip3?|npm|yarn|pnpm|brew|apt(?:-get)?|gem|cargo|go|conda|poetry|uv)\s+(?:install|add|get|i)\s+$"
)
_SUBCOMMAND = re.compile(
    r"[ \t]+(?:ps|run|build|compose|pull|push|exec|images|logs|stop|start|init|apply|plan|get|describe|create|"
    r"delete|install|test|serve)\b"
)


def _quoted_alone(text, m):
    """True when a lower-case name is alone in quotes ("kvm", "vmware"): a value as a program spells it."""
    before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
    return m.group().islower() and before != "" and before in "\"“'" and after != "" and after in "\"”'"


def _command(text, m):
    """True when a lower-case name is a command: after a package manager's install, or before a subcommand."""
    return m.group().islower() and bool(
        _INSTALLED.search(text, max(0, m.start() - 30), m.start()) or _SUBCOMMAND.match(text, m.end())
    )


def _common_noun(text, tokens, i):
    """ "A python escaped from the zoo": after "a", and with no word of software after it, a name that is also a
    common English word is that word; "a python script" is the language, "a ux certificate" still a name."""
    before = tokens[i - 1].group().lower() if i else ""
    after = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
    word = tokens[i].group().lower()
    # "python", "rust": words of English, as the lexicon's word classes say; not "ux", "sre", nor "iphone", which
    # the spelling dictionary counts without its being a word
    ordinary = _dictionary().get(word, 0) >= MIN_CORRECTION_FREQUENCY and bool(wordclass.classes(word))
    return ordinary and before in ("a", "an") and after not in TECH_AFTER


def _shouts(text):
    """True when a paragraph has more than one word in capitals: shouting, a finding of its own, not a name's case."""
    return len(re.findall(r"\b[A-Z]{4,}\b", text)) > 1


def _tech_use(text, tokens, i, known, alone=False):
    """True when the words around an ambiguous name ("react") say it is the technology, not the verb. A name beside
    it counts, and so does another ambiguous one that its own words make a name ("through argo and helm charts"),
    looked at `alone`: without names beside it in turn."""
    before = tokens[i - 1].group().lower() if i and _adjacent(text, tokens[i - 1], tokens[i]) else ""
    after = tokens[i + 1].group().lower() if i + 1 < len(tokens) and _adjacent(text, tokens[i], tokens[i + 1]) else ""
    word = tokens[i].group().lower()  # "GO" in capitals asks the same of its neighbours as "go"
    official = AMBIGUOUS_NAMES[word]
    if text[tokens[i].end() : tokens[i].end() + 2] in ("'s", "’s"):
        return True  # "react's hooks": a verb takes no possessive
    # named mid-sentence, where its capital is the name's ("Go ahead" opening a sentence names nothing)
    named_elsewhere = official in known.names or _named_mid_sentence(text, official)
    migrated = before == "to" and i >= 3 and tokens[i - 3].group().lower() == "from" and _moved(text, tokens, i - 2)
    moving_on = before == "from" and after == "to" and i + 2 < len(tokens) and _moved(text, tokens, i + 2)
    if moving_on:
        return True  # "from angular to React"
    if (before, word) in IDIOMS or before == "in" and i >= 2 and tokens[i - 2].group().lower() in _COVERED:
        return False  # "said in jest"; "coated in rust" is the material, where "written in rust" is the language
    # a comma ends the noun's phrase as surely as a preposition does: "built on zephyr, which ..."
    in_phrase = "" if i + 1 < len(tokens) and text[tokens[i].end() : tokens[i + 1].start()].strip() == "," else after
    if _bare_count_noun(tokens, i, before, in_phrase):
        return True  # "we run consul for service discovery": the noun would need "a" or "the"
    if word in WORKSPACE_NAMES and _workspace(text, tokens, i, before, in_phrase):
        return True  # "I asked in the PyLadies slack", "happy to talk on discord"
    if before in _NO_BARE_VERB_AFTER and wordclass.only(word, wordclass.VERB):
        return True  # "exported from excel into Postgres", "tested with jest": no bare verb follows a preposition
    if before in NOUN_PHRASE_OPENERS and wordclass.only(word, wordclass.VERB) and _noun_next(after):
        # "their react migration": a word the lexicon knows only as a verb, between a determiner and a noun, names
        # the noun's kind; alone after the determiner it is a noun the lexicon lacks ("her jest puzzled us")
        return True
    if before == "to" and word in NOUN_NAMES:
        return True  # "we send our errors to sentry": no verb is meant
    if before == "to" and (named_elsewhere or migrated or _moved(text, tokens, i)) and after not in VERB_AFTER:
        return True  # "moving our firmware to rust" in a message about Rust, "from Angular to react", "we moved the
        # admin pages to react"; "to react to"
    if after in _SUBJECT_VERBS and before in _SUBJECT_OPENERS:
        return True  # "how react handles forms": the subject of its clause; "how teams react tells us" is the verb
    if before in VERB_BEFORE and after not in NAME_ONLY_AFTER:
        return False
    if any(t.group().lower() in _DEGREE_WORDS for t in tokens[max(0, i - 2) : i]):
        return False  # "such a swift review", "a very express delivery": the describing word, not the language

    def names_one(around):
        return (
            any(_tech_name(text, tokens[j]) for j in around)
            or not alone
            and any(
                tokens[j].group() in AMBIGUOUS_NAMES and _tech_use(text, tokens, j, known, alone=True) for j in around
            )
        )

    beside_name = names_one([j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(tokens)])
    # a list's items stand next to each other ("jest, vitest"): not "Ola, sous chef, then" (a person's name two back)
    in_list = (
        bool(after)
        and _list_mark_after(text, tokens, i)
        and names_one([j for j in (i - 1, i + 1) if _list_mark_after(text, tokens, min(i, j))])
    )
    return (
        before in TECH_BEFORE
        and (before not in ("and", "or", "of", "about", "like") or beside_name)  # "a layer of rust", "angular velocity"
        or after in TECH_AFTER
        or (after in ("and", "or") and beside_name)
        or in_list
        or bool(named_elsewhere)
        and (
            word in NOUN_NAMES  # "or go back to ..." in a message about Go is still the verb
            and not _described(before)  # "Crashes go to Sentry, while the lone sentry at the gate checks badges"
            or _software_two_on(text, tokens, i)  # "my swift weather app" from someone who builds in Swift
        )
    )


# Verbs of covering, after which "in" names a material: "coated in rust", "plated in chrome".
_COVERED = frozenset("covered coated caked encrusted painted dipped wrapped drenched soaked finished plated".split())
# Words before a bare noun that make it the object of a preposition or of a verb ("onto spark", "run consul"); not
# "as" and the verbs that take a role bare ("served as envoy", "was elected consul", "stood sentry").
_BARE_AFTER_PREPOSITIONS = frozenset("in on onto into to with through via from behind across inside over by".split())
# Prepositions that a bare verb never follows (unlike "to"), so a word the lexicon knows only as a verb is a name there.
_NO_BARE_VERB_AFTER = (_BARE_AFTER_PREPOSITIONS - {"to"}) | frozenset("of for about at without between".split())
_ROLE_VERBS = frozenset(
    "become became becoming elected named appointed crowned made make stand stood standing remain remained".split()
)
# Words after which the next word is a verb when it can be one: a subject pronoun, "to", a modal, a frequent adverb.
_VERB_OPENERS = frozenset("i we you they to will would could should can also still now then just often".split())
# Words after a bare noun that end its phrase: it modifies no noun there ("vault policies" may be a compound).
_PHRASE_ENDS_AFTER = frozenset(
    "in on onto into to with through via from for at by across and or but as so last if when because while since "
    "until before after during about that which".split()
)
# Prepositions by which a message reaches a chat workspace: "on slack", "via discord".
_REACHED_ON = frozenset("on in via over through".split())
# Nouns that name whose workspace it is: "our team slack", "the company discord".
_WORKSPACE_OWNERS = frozenset("team company community work lab class course project office group".split())


def _workspace(text, tokens, i, before, after):
    """True when a chat workspace's name ends a phrase that says it is a place people talk: reached bare by a
    preposition ("ask on slack") or owned, after a determiner, by a name or a group ("the PyLadies slack", "our team
    discord"). The ordinary words take a quantity or a describing word ("some slack", "the remaining slack") and are
    never a community's."""
    if after and after not in _PHRASE_ENDS_AFTER and wordclass.ADVERB not in wordclass.classes(after):
        return False  # "slack time", "on slack days": the noun describes another; "on slack first" ends there
    if before in _REACHED_ON:
        return True
    if i < 2 or not _adjacent(text, tokens[i - 2], tokens[i - 1]):
        return False
    owner, opener = tokens[i - 1].group(), tokens[i - 2].group().lower()
    named = owner[0].isupper() and owner.lower() not in STOPWORDS or owner.lower() in _WORKSPACE_OWNERS
    return opener in NOUN_PHRASE_OPENERS and named


def _bare_count_noun(tokens, i, before, after):
    """True when a name of BARE_MEANS_NAME stands with no determiner as the object of a preposition or a verb and ends
    its phrase: "moved the jobs onto spark last spring", "we put envoy in front of". A noun-only word after "to" is
    the object too ("to consul"); a word that may be a verb is the verb there ("to spark a debate")."""
    word = tokens[i].group().lower()
    if word not in BARE_MEANS_NAME or not before:
        return False
    if before in _BEFORE_A_SUBJECT and after in _FINITE_AFTER or before in ("is", "was") and after in ARTICLES:
        return True  # "do you think spark is ...", "because vault rotates ...", "Is spark the right tool?"
    if after and after not in _PHRASE_ENDS_AFTER:
        return False
    if before == "to":
        return wordclass.only(word, wordclass.NOUN)
    if before in _BARE_AFTER_PREPOSITIONS:
        return True
    # a verb's object: a word that is only a verb ("put"), or one that may be a noun where a verb stands ("we run",
    # "to use"); not a noun or a describing word in front of it ("the team oracle", "azure key vault")
    verb_stands = (
        wordclass.only(before, wordclass.VERB)
        or wordclass.ing_form(before)  # "a board running zephyr with two threads"
        or i >= 2
        and tokens[i - 2].group().lower() in _VERB_OPENERS
    )
    return verb_stands and before not in STOPWORDS and before not in _ROLE_VERBS


def _noun_next(after):
    """True when the word after a name may be the noun it describes."""
    return bool(after) and after not in STOPWORDS and wordclass.may_be_noun(after)


def _software_two_on(text, tokens, i):
    """True when the name and the plain noun after it describe a word of software ("swift weather app")."""
    if i + 2 >= len(tokens) or not _adjacent(text, tokens[i + 1], tokens[i + 2]):
        return False
    return tokens[i + 2].group().lower() in TECH_AFTER and _noun_next(tokens[i + 1].group().lower())


# A name's verbs as its subject: "react renders", "rust makes" ("is" and "has" follow nouns of every kind).
_SUBJECT_VERBS = frozenset(THIRD_PERSON.values()) - {"is", "has"}
# Words after which a clause opens on its subject: "how react handles", "because rust makes".
_SUBJECT_OPENERS = frozenset("how why when where whether because since while if that and but so".split())
# Words that grade a describing word, never a name: "such a swift review".
_DEGREE_WORDS = frozenset("such so very too quite rather how".split())
# Words after which a clause opens on its subject, and verbs that may follow a singular subject: a bare one there
# is a name ("I think spark is overkill"); "that" may be the determiner ("that spark is gone").
_BEFORE_A_SUBJECT = (_SUBJECT_OPENERS - {"that"}) | frozenset("think thought believe know knew guess feel".split())
_FINITE_AFTER = _SUBJECT_VERBS | frozenset("is was has does can will would could should might".split())


def _described(before):
    """True when the word before a name is a determiner or a describing word, so the name is the ordinary noun it
    spells ("a polished obsidian stone", "our unofficial envoy to finance")."""
    return before in ("the", "a", "an", "one", "our", "my", "your", "their") or (
        bool(before) and wordclass.can_describe(before) and before not in TECH_BEFORE
    )


# Verbs of moving work from one technology to another: after one, "from java to go" names two.
MIGRATION_VERBS = frozenset(
    "move moving moved migrate migrating migrated switch switching switched port porting ported rewrite rewriting "
    "rewrote convert converting converted transition transitioning transitioned".split()
)


def _moved(text, tokens, j):
    """True when tokens[j], the other end of "from X to Y", is a product name, or an ambiguous one after a verb of
    moving work ("migrating from angular to react")."""
    if _tech_name(text, tokens[j]):
        return True
    start = text.rfind(".", 0, tokens[min(j, len(tokens) - 1)].start()) + 1
    moving = any(w.lower() in MIGRATION_VERBS for w in WORD.findall(text[start : tokens[j].start()]))
    return tokens[j].group() in AMBIGUOUS_NAMES and moving


@lru_cache(maxsize=64)
def _named_mid_sentence(text, official):
    """True when the text writes the name in its official case mid-sentence ("... to Rust"). Asked once per
    paragraph and name: a long paragraph that writes "spring" a thousand times was searched a thousand times."""
    return re.search(rf"(?<=[\w,;:] ){official}\b", text) is not None


def _tech_name(text, token):
    """True for a product or language name: a listed one, or a capitalised word mid-sentence that is no common
    word ("Redux", "Jest")."""
    word = token.group()
    if word.lower() in NAMES or word in AMBIGUOUS_NAMES.values():
        return True
    before = text[: token.start()].rstrip(' \t"“(')
    mid_sentence = bool(before) and before[-1] not in ".!?\n"
    return (
        word[:1].isupper()
        and word[1:].islower()
        and mid_sentence
        and _dictionary().get(word.lower(), 0) < STRONG_CORRECTION_FREQUENCY
    )


def _list_mark_after(text, tokens, i):
    """True when a comma or a slash stands between tokens i and i + 1."""
    return 0 <= i < len(tokens) - 1 and text[tokens[i].end() : tokens[i + 1].start()].strip() in (",", "/")


def _adjacent(text, left, right):
    return text[left.end() : right.start()].strip() in ("", ",", "/")


# --- doubled words and punctuation ----------------------------------------------------------------------------


def _doubled_words(text, field, known):
    lower = list(map(str.lower, _words_in(text)))
    if not any(map(str.__eq__, lower, lower[1:])):
        return  # no word follows itself, in any case: most paragraphs, passed over without a match object a word
    previous = None
    for m in WORD.finditer(text):
        if (
            previous
            and m.group().lower() == previous.group().lower()
            and not text[previous.end() : m.start()].strip()
            and (m.group().lower() not in _ALLOWED_DOUBLES or _idle_second_that(text, m) or _no_no(text, previous, m))
            and not _both_names(previous.group(), m.group())
            and not _two_jobs(text, previous)
            and not m.group().isdigit()
            and not _reduplication(m.group())
        ):
            yield Slip(
                "doubled_word",
                field,
                previous.end(),
                m.end(),
                "",
                f'"{m.group()}" is written twice.',
                f'Delete the second "{m.group()}".',
                shown=(previous.start(), m.end()),
            )
        previous = m


def _reduplication(word):
    """True when a word said twice is no English word, name or short form ("boda boda", "mahi mahi"): many languages
    make words so. "etc etc" and "the the" are slips."""
    return len(word) > 3 and word.isalpha() and _unlisted(word.lower())


def _idle_second_that(text, second):
    """ "I hope that that you are well", "we saw that that the cache": a doubled "that" before a subject pronoun or
    an article has one job too many, as before a bare verb that is nothing else ("the jobs that that retry"), which
    no "that" standing for one thing can be the subject of. "that that approach works" is whole."""
    if second.group().lower() != "that":
        return False
    following = WORD.match(text, second.end() + 1)
    word = following.group() if following and not text[second.end() : following.start()].strip() else ""
    lower = word.lower()
    return (
        word in ("I", "you", "we", "they", "he", "she")
        or lower in ARTICLES
        or wordclass.only(lower, wordclass.VERB)
        and wordclass.third_person_of(lower) is not None
        or not _verb_in_rest_of_clause(text, second.end())
    )


_CLAUSE_ENDING = re.compile(r"[.;:!?\n]")


def _verb_in_rest_of_clause(text, start):
    """True when a word from `start` to the clause's end may be its verb: one "that" of two opens a clause, which
    needs one ("I doubt that that fix holds"); "we should take that that route." has none."""
    end = _CLAUSE_ENDING.search(text, start)
    for m in WORD.finditer(text, start, end.start() if end else len(text)):
        lower = m.group().lower()
        if lower in _FINITE_WORDS or wordclass.bare_of(lower) or wordclass.past_participle(lower):
            return True
    return False


def _no_no(text, first, second):
    """ "busy week, so no no rush": a doubled "no" inside a clause, before the word it negates, is one too many.
    "No no, that's fine" opens its sentence, "a no no" is a noun, and "no no no" is said on purpose."""
    if second.group().lower() != "no":
        return False
    before = WORD.findall(text[max(0, first.start() - 20) : first.start()])
    following = WORD.match(text, second.end() + 1)
    return (
        not _opens_sentence(text, first.start())
        and not (before and before[-1].lower() in ARTICLES | {"no"})
        and following is not None
        and not text[second.end() : following.start()].strip()
        and following.group().lower() != "no"
    )


# A clause that opens on these is a subject of its own ("Whatever breaks breaks loudly"): its verb may meet the main
# one.
_FREE_RELATIVE = re.compile(r"\s*(?:whoever|whatever|whichever|what)\b", re.I)
PARTICLE_REACH = 5  # words between a verb and its particle: "turn the verbose flag on on the test box"


def _two_jobs(text, first):
    """True when a doubled word does two jobs: "What the problem is is unclear" and "Whatever breaks breaks loudly"
    (a wh-clause, then its verb), "I logged in in the morning" and "turn the flag on on the test box" (a particle,
    then a preposition)."""
    word = first.group().lower()
    sentence = text[max(text.rfind(".", 0, first.start()), text.rfind("\n", 0, first.start())) + 1 : first.start()]
    if word in ("is", "was"):
        return _wh_clause_subject(sentence)
    before = re.findall(r"\w+", sentence.lower())
    if word == "her":  # "we sent her her badge": whom it went to, then whose it is
        return bool(before) and before[-1] in THING_GIVING_VERBS
    if wordclass.bare_of(word):
        return _FREE_RELATIVE.match(sentence) is not None
    if word in ("in", "on"):
        before = before[-PARTICLE_REACH:]
        verb = before[-1] if before and wordclass.VERB in wordclass.classes(before[-1]) else ""  # not "and on on"
        if particle_verb(verb, word) and not object_particle_verb(verb, word):
            return True  # "logged in in": the verb's own particle, then the preposition
        return any(_separated_particle(verb, word) for verb in before[:-1])  # "turn the flag on on the box"
    return False


_WH_WORD = re.compile(r"\b(?:what|where|who|why|how|when|whatever|whoever|wherever)\b", re.I)


def _wh_clause_subject(sentence):
    """True when `sentence` (up to a doubled "is" or "was") ends on a wh-clause that the first "is" closes, the
    subject of the second ("What the problem is is unclear"); not when a verb of its own stands in it ("when the log
    showed that the job was was skipped" doubles a word by mistake)."""
    opened = list(_WH_WORD.finditer(sentence))
    if not opened:
        return False
    words = WORD.findall(sentence, opened[-1].end())
    return not any(wordclass.only(w.lower(), wordclass.VERB) for w in words)


# Verbs whose particle commonly stands after their object, right before a preposition that repeats it ("switch the
# alarms on on weekdays", "fill the form in in pencil"); with "have", "get" or "put" a doubled "on" is far more often a
# slip than an object between.
SEPARATED_PARTICLES = {"on": frozenset("switch turn".split()), "in": frozenset("fill plug pencil".split())}


def _separated_particle(verb, particle):
    """True when `verb`, in any form, puts `particle` after its object (SEPARATED_PARTICLES)."""
    return (wordclass.verb_base(verb) or verb) in SEPARATED_PARTICLES.get(particle, ())


def _both_names(first, second):
    """ "Bora Bora", "Duran Duran": a doubled capitalised word is a name (but "I I" is a slip)."""
    return first[:1].isupper() and second[:1].isupper() and len(second) > 1


def _punctuation(text, field, known):
    doubled = DOUBLED_PUNCTUATION.finditer(text) if _may_double(text) else ()
    for m in doubled:
        mark = m.group()[0]
        yield Slip(
            "doubled_punctuation",
            field,
            m.start(),
            m.end(),
            mark,
            f'"{m.group()}" doubles the punctuation.',
            f'Keep one "{mark}".',
        )
    for m in CLASHING_PUNCTUATION.finditer(text):
        mark = "." if m.group()[0] == "," else m.group()[0]  # the sentence ends: its end mark stays
        yield Slip(
            "doubled_punctuation",
            field,
            m.start(),
            m.end(),
            mark,
            f'"{m.group()}" puts two marks where one belongs.',
            f'Keep the "{mark}".',
        )


def _may_double(text):
    """False when `text` holds none of the marks every DOUBLED_PUNCTUATION match holds (most paragraphs)."""
    return bool(_TWO_COMMAS.search(text)) or any(map(text.__contains__, _DOUBLED_MARKS))


def _brackets(text, field, known):
    if not any(ch in text for ch in "()[]"):
        return
    masked = _masked(text)
    enumerators = {m.end() - 1 for m in ENUMERATOR.finditer(masked)}
    if len(enumerators) < 2:
        enumerators = set()
    opened = []
    for m in _BRACKET.finditer(masked):
        i, ch = m.start(), m.group()
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            opened.pop()
        elif ch == ")" and i not in enumerators:
            doubled = i and masked[i - 1] == ")"
            yield Slip(
                "unbalanced_bracket",
                field,
                i,
                i + 1,
                "",
                '"))" closes a bracket twice.' if doubled else 'This ")" closes a bracket that was never opened.',
                'Delete the extra ")".',
            )
    yield from _square_brackets(text, masked, field)
    smiles = [m.start() for m in _CLOSING_SMILE.finditer(text)]
    for i in opened:
        if any(j > i for j in smiles):
            continue  # "(or Wednesday, if that's easier :-)": the smile closes the aside too
        if masked[i + 1 : i + 2] == "(":
            yield Slip(
                "unbalanced_bracket", field, i, i + 1, "", '"((" opens a bracket twice.', 'Delete the extra "(".'
            )
            continue
        end = _sentence_end(text, i)
        yield Slip(
            "unbalanced_bracket",
            field,
            end,
            end,
            ")",
            'This "(" is never closed.',
            "Close the bracket where the aside ends.",
            shown=(i, end),
        )


def _square_brackets(text, masked, field):
    """A "[" or "]" with no partner (template slots and links are masked): a stray key, deleted."""
    opened, stray = [], []
    for i, ch in enumerate(masked):
        if ch == "[":
            opened.append(i)
        elif ch == "]" and opened:
            opened.pop()
        elif ch == "]":
            stray.append(i)
    for i in sorted(stray + opened):
        # " [ you": the space after a lone bracket goes with it, so no double space is left
        end = i + 2 if text[i - 1 : i] == " " and text[i + 1 : i + 2] == " " else i + 1
        message = (
            'This "[" is never closed.' if masked[i] == "[" else 'This "]" closes a bracket that was never opened.'
        )
        yield Slip(
            "unbalanced_bracket", field, i, end, "", message, f'Delete the stray "{masked[i]}".', shown=(i, i + 1)
        )


def _sentence_end(text, pos):
    """Where a bracket opened at `pos` should close: before the sentence's end mark or line break."""
    m = re.compile(r"[.!?]*(?:\s*\n|\s+(?=[A-Z])|$)").search(text, pos + 1)
    end = m.start() if m else len(text)
    while end > pos + 1 and text[end - 1] in " \t":
        end -= 1
    return end


# A single quote that opens a quotation ("the 'small steps' rule"), not an elision ("'em", "'90s"), and what may
# close one: a quote after a word or its punctuation (which a plural possessive, "students' work", also is).
_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[A-Za-z])(?!(?:em|tis|til|cause|n|bout)\b)")
# What may open a quotation before a closing mark: any single quote after a space or an opening mark ("'2FA' codes").
_ANY_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[“\"—-]))['‘](?=\S)")
_CLOSING_AFTER_WORD = re.compile(r"(?<=[A-Za-rt-z])['’](?=[\s.,;:!?)\]])")
_CLOSING_SINGLE = re.compile(r"(?<=[^\s(\['‘])['’](?=[\s.,;:!?)\]]|$)")


def _quotes(text, field, known):
    """A double quote left open (or a closing one with no opening), or a single quote opened and never closed:
    deleting it is always correct English."""
    yield from _single_quotes(text, field)
    if '"' not in text and "“" not in text and "”" not in text:
        return
    masked = _masked(text)
    straight = [m.start() for m in _STRAIGHT_QUOTE.finditer(masked)]
    lone = straight[-1:] if len(straight) % 2 else []
    opening, closing = masked.count("“"), masked.count("”")
    if opening > closing:
        lone.append(masked.rindex("“"))
    elif closing > opening:
        lone.append(masked.index("”"))
    for i in lone:
        yield Slip(
            "unbalanced_quote",
            field,
            i,
            i + 1,
            "",
            f"This {text[i]} is never matched by another.",
            f"Close the quotation where it ends, or delete the {text[i]}.",
        )


def _single_quotes(text, field):
    """A single quotation mark that opens and is never closed later in the paragraph, or one that closes after a
    word with no quotation opened before it ("the two pizza' rule"; after an "s" it is a plural's possessive)."""
    if "'" not in text and "‘" not in text:
        return
    masked = _masked(text)
    for m in _CLOSING_AFTER_WORD.finditer(masked):
        if not _ANY_OPENING_SINGLE.search(masked, 0, m.start()):
            yield _quote_slip(
                text, field, m, "closes a quotation that was never opened", "Open the quotation where it starts"
            )
            return
    for m in _OPENING_SINGLE.finditer(masked):
        if not _CLOSING_SINGLE.search(text, m.end()):  # in the text as typed: a masked term may end the quotation
            yield _quote_slip(
                text, field, m, "opens a quotation that is never closed", "Close the quotation where it ends"
            )
            return


def _quote_slip(text, field, m, what, fix):
    """An unbalanced single quotation mark at `m`: what it does wrong, and the fix besides deleting it."""
    mark = text[m.start()]
    return Slip(
        "unbalanced_quote", field, m.start(), m.end(), "", f"This {mark} {what}.", f"{fix}, or delete the {mark}."
    )


def _lowercase_i(text, field, known):
    if known.all_lowercase:
        return  # an all-lowercase message is one finding of its own (all_lowercase), not one per "i"
    if not _I_BEFORE_MARK.search(text):
        return  # LOWERCASE_I tries its lookbehinds at every character; an "i" and the mark after it come first
    for m in LOWERCASE_I.finditer(text):
        if _LETTER_I.search(text, max(0, m.start() - 12), m.start()) or re.match(r",\s+[a-hj-z]\b", text[m.end() :]):
            continue
        yield Slip(
            "lowercase_i", field, m.start(), m.start() + 1, "I", 'The pronoun "i" is always written "I".', 'Write "I".'
        )


# A sentence opens after a full stop and a space or a line break (a paragraph after a greeting's comma does not:
# "Hi Sam,\n\nthanks for ..."); its first word in lower case is a slip when the writer opens their other sentences
# with a capital. Not after "?" or "!": what follows is often the question's own afterthought ("right? or should
# I ..."). The word before the stop must be a plain word (not "v2.", "notes.md." or a link). A word written as
# code ("make test", "git.config") or one the dictionary lacks (a command: "lsof") is left alone, as are officially
# lower-case names, the pronoun "i" (lowercase_i's) and listed names (name_case's).
_SENTENCE_OPENING = re.compile(
    r"(?<=[A-Za-z]\.)\s+(?P<w>[A-Za-z][a-z]*)\b(?![-'’./_(:@\w])"
    r"(?=[,;:]?(?:[ \t]+[^\s]+){3})"  # a sentence of four words or more on its line, not a sign-off ("thanks again!")
)
# The word before a full stop that is an abbreviation, not a sentence's end ("e.g. the", "approx. ten").
_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:[A-Za-z]\.)*[A-Za-z]|\b(?i:etc|vs|approx|cf|incl|esp|al|fig|no|nr|resp|min|max|ca|viz|mr|mrs|ms|dr))"
    r"\.\s+$"
)
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-*•+>]|\d{1,2}[.)])[ \t]")
# The other sentences that show a writer opens them with a capital; forum posts of two or three sentences typed
# casually are left alone.
MIN_CAPITALISED_OPENINGS = 3


def _sentence_case(text, field, known):
    """ "Thanks for the pointer. the retry fix shipped.": the one sentence that opens in lower case in a field whose
    other sentences open with a capital. Not after an abbreviation ("e.g. the") or an ellipsis, not in a bullet or
    a quote, not on code, a name or a word the dictionary lacks, nor in a field typed in lower case."""
    if known.all_lowercase or field != "body" or not _SENTENCE_OPENING.search(text):
        return
    openings = [m for m in _SENTENCE_OPENING.finditer(text) if _opens_a_sentence(text, m.start("w"))]
    lower = [m for m in openings if m.group("w").islower()]
    greeted_in_lower_case = re.match(r"\s*[a-z]", text) is not None  # "hi Paulo, ...": a casual writer's habit
    if len(lower) != 1 or greeted_in_lower_case or len(openings) - 1 < MIN_CAPITALISED_OPENINGS:
        return  # none, or a writer who opens sentences in lower case by habit
    m = lower[0]
    word = m.group("w")
    if word == "i" or word in LOWERCASE_NAMES or word in NAMES:
        return  # name_case's; a name that is also a word ("rust gave us fewer crashes") is this check's, as a word's
    if _dictionary().get(word, 0) < MIN_CORRECTION_FREQUENCY or _inside(_protected(text), m.start("w"), m.end("w")):
        return
    fixed = word[0].upper() + word[1:]
    yield Slip(
        "sentence_case",
        field,
        m.start("w"),
        m.end("w"),
        fixed,
        f'"{word}" opens a sentence in lower case: "{fixed}".',
        f'Write "{fixed}".',
    )


def _opens_a_sentence(text, start):
    """True when the word at `start`, after a mark that may end a sentence, does open one: not after an ellipsis or
    an abbreviation, and not in a bullet or a quoted line."""
    before = text[:start]
    if _BULLET_LINE.match(text, before.rfind("\n") + 1) or before.rstrip().endswith(("..", "…")):
        return False
    ending = (before[-40:].split() or [""])[-1]
    return ending[:-1].isalpha() and not _ABBREVIATION_BEFORE.search(before[-12:])  # not "v2.", "notes.md."


def _iso_dates(text, field, known):
    if "-" not in text or not _YEAR_DASH.search(text):
        return  # every ISO date opens on four digits and a hyphen: most paragraphs hold none
    for m in ISO_DATE.finditer(text):
        if _DATE_AS_IDENTIFIER.search(text, max(0, m.start() - 12), m.start()) or _NAMED_BY_DATE.match(text, m.end()):
            continue
        said = f"{int(m.group('d'))} {MONTHS[int(m.group('m')) - 1]}"
        yield Slip(
            "iso_date",
            field,
            m.start(),
            m.end(),
            said,
            f'"{m.group()}" is a machine date in prose.',
            f'Write it as people say it: "{said}".',
        )


# --- confusions and agreement ---------------------------------------------------------------------------------


def _confusions(text, field, known):
    present = _triggers_in(text)
    for triggers, pattern, replacement, what in CONFUSIONS:
        if present.isdisjoint(triggers):
            continue  # a substring test is far cheaper than the pattern, and most drafts have none of these
        for m in matches(pattern, text, _folded_starts(text), any_case=True):
            group = "w" if m.group("w") is not None else "w2"  # a row may spell its frames as two alternatives
            word = m.group(group)
            fixed = _match_case(word, replacement.replace("'", "’") if "’" in word else replacement)
            yield Slip("confused_word", field, m.start(group), m.end(group), fixed, f"{what}.", f'Write "{fixed}".')
    for start, end, meant, what in possessive_slips(text):
        fixed = _match_case(text[start:end], meant.replace("'", "’") if "’" in text[start:end] else meant)
        yield Slip("confused_word", field, start, end, fixed, f"{what}.", f'Write "{fixed}".')


def _group_noun(m):
    """True when a singular-looking subject is a group or a function word ("the team don't", "the way they")."""
    heads = [m.group(g) for g in ("n", "n2") if g in m.re.groupindex and m.group(g)]
    return any(h in _GROUP_NOUNS or h in STOPWORDS or h in NUMBERS for h in heads)  # "The two of us are"


def _licensed(text, start):
    """True when the word before a match makes its bare verb right ("does it have", "part I is", "of the ...",
    "between the two functions is"), or is a gerund whose object the plural is ("setting the options affects")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    pre = before.group(1).lower() if before else ""
    if (pre in _PHRASE_OPENERS or pre.isdigit()) and before.start() > 0:
        return _licensed(text, before.start())  # "between the two functions": the phrase starts further back
    return (
        pre in _AUXILIARIES
        or pre in _NUMBERED
        or pre in _PREPOSITIONS
        or len(pre) > 4
        and pre.endswith("ing")
        # "the script that cleans the folders takes": the plural is the verb's object; after "noticed" or "think"
        # it is the subject of a clause of its own ("I noticed the docs has")
        or verb_like(pre)
        and pre not in COMPLEMENTISERS
        or bool(before)
        and _RELATIVE_CLAUSE_VERB.search(text, max(0, before.start() - 30), before.start()) is not None
    )


# "Anyone who has read the docs knows", "the script that cleans the folders takes": a relative pronoun and its
# verb (with an auxiliary) just before the plural make it that verb's object, whatever the verb.
_RELATIVE_CLAUSE_VERB = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:has|have|had|is|was|will|would|can|could|often|always|never|also|just)\s+)?$",
    re.I,
)


def _greeting_apart(text):
    """`text` with a greeting that shares the first sentence's line blanked and that sentence capitalised, at the
    same offsets ("Hi Annika, the list of alerts have" reads as "The list of alerts have" on a line of its own):
    the agreement checks find a subject where a sentence opens."""
    m = GREETING.match(text)
    after = re.match(r"[ \t]+[a-z]", text[m.end() :]) if m and m.group().rstrip()[-1:] in ",!:—–-" else None
    if not after:
        return text
    start = m.end() + after.end() - 1
    return " " * (start - 1) + "\n" + text[start].upper() + text[start + 1 :]


# A sentence that opens on a subordinate clause or a phrase of time or place has its main clause after the first
# comma ("When the cache was cold, the first requests ..."; "In our shop, every one of the teams ..."), or, after a
# short phrase of time, without one ("Right now the nightly jobs ...").
_SUBJECT_AHEAD = (
    r"(?=(?:the|our|my|your|their|this|these|those|his|her|its|each|every|everyone|everybody|nobody|someone|"
    r"one of|a lot of|most of|all of|some of|both)\b)"
)
_LEADING_PHRASE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:(?:After|When|Whenever|If|Since|Because|Although|Though|While|Once|Before|"
    r"Until|Unless|As soon as|Now that|In|At|On|For|During|With|Without|From|By|Across|Despite|Unlike|Like)\b"
    r"[^.!?\n,]*,|(?:Right now|Now|Today|Yesterday|Currently|Recently|Lately|These days|So far|At the moment|"
    r"(?:Last|This|Next) (?:week|month|year|spring|summer|autumn|winter|weekend|quarter)),?)(?P<gap>[ \t]+)"
    + _SUBJECT_AHEAD,
    re.I,
)
# A clause of its own opens after these (and after a verb that takes a clause, or where an opening clause begins),
# and its subject may open on a determiner: "..., but the owner of these
# repos reply slowly", "because the price of the larger instances were". "but" and "since" only after a comma (else
# they may be prepositions: "all but the first are", "looked at since the last run are"); "and" only after a comma
# and a verb (else it may end a list that is the subject: "A, B, and the C are").
_CLAUSE_OPENING = re.compile(
    r"(?:(?<=,)[ \t]+(?P<and>and)|(?<=,)[ \t]+(?:but|so|since)|(?<=\s)(?:because|while|although|though|whereas)|"
    r"(?<=[;:])|(?<=\s)[—–]|"
    # after a verb that takes a clause, with or without "that" ("The team says the docs doesn't"); after a verb that
    # also takes an object, only with "that" ("I saw your demo win the prize", "To know the size, use")
    r"(?<=\s)(?P<verb>think|thought|says|said|hope|believe|realised|realized|guess|mean|means)(?:[ \t]+that)?|"
    r"(?<=\s)(?P<verb2>noticed|notice|heard|saw|see|know|knew|found|find|learned|learnt)[ \t]+that|"
    # the subject of an opening clause: "When the order of the steps are wrong, ..." (not "If", whose "were" may be
    # a wish: "If the call were shorter")
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:When|Because|Since|While|Although|Though|Once|Until|Whenever))"
    r"[ \t]+" + _SUBJECT_AHEAD
)
# Each of _CLAUSE_OPENING's eight openings starts on a space or tab, after a space, or at the text's start (its
# lookbehinds say which): saying so first fails the other positions at once, a third faster than trying each opening
# at every character. A test keeps this in step with the openings.
_CLAUSE_OPENING_SCAN = re.compile(r"(?:(?<=\s)|^|(?=[ \t]))(?:" + _CLAUSE_OPENING.pattern + ")", _CLAUSE_OPENING.flags)
_FINITE_WORDS = frozenset(
    "is are was were has have had do does did will would can could should may might must am".split()
)


def _clauses_apart(text):
    """`text` with each clause that opens inside a sentence (see _CLAUSE_OPENING and _LEADING_PHRASE) set on a line
    of its own, its first word capitalised and the word that joined it blanked, at the same offsets: the agreement
    rows and agreement.py read a subject where a sentence opens, and so find it there too."""
    joins = [
        (m.end("verb") if m.group("verb") else m.end("verb2") if m.group("verb2") else m.start(), m.end())
        for m in _CLAUSE_OPENING_SCAN.finditer(text)
        if not m.group("and") or _verb_before(text, m.start())
    ]  # a verb that takes the clause stays as it is: only "that" and the space are blanked
    # tried only where its opening words stand (text.matches): "After", "When", "Right now" ...
    joins += [m.span("gap") for m in matches(_LEADING_PHRASE, text, _folded_starts(text), any_case=True)]
    if not joins:
        return text
    chars = list(text)
    for start, end in joins:
        chars[start:end] = " " * (end - start - 1) + "\n"
        chars[end] = chars[end].upper()
    return "".join(chars)


def _verb_before(text, end):
    """True when the sentence that runs up to `end` already has a verb: an auxiliary or modal, or a verb that is
    no noun and no -ing form ("we profiled", "it caches", "we tried")."""
    start = max(text.rfind(mark, 0, end) for mark in ".!?\n") + 1
    return any(word in _FINITE_WORDS or _plain_verb(word) for word in WORD.findall(text[start:end].lower()))


def _plain_verb(word):
    """True for a verb that is no noun and no -ing form ("profiled", "caches", "tried")."""
    found = wordclass.classes(word)
    return wordclass.VERB in found and wordclass.NOUN not in found and not wordclass.ing_form(word)


# The agreement rows, each with whether the word before a match may license it (AGREEMENT's) or not.
_AGREEMENT_ROWS = tuple((row, True) for row in AGREEMENT) + tuple((row, False) for row in AGREEMENT_ANYWHERE)


def _agreement(text, field, known):
    text = _greeting_apart(text)
    clauses = _clauses_apart(text)
    present = _triggers_in(text)
    starts = _folded_starts(clauses)
    for (triggers, pattern, correct, what), licensed_by_word_before in _AGREEMENT_ROWS:
        if triggers and present.isdisjoint(triggers):
            continue
        for m in matches(pattern, clauses, starts, any_case=True):
            if _group_noun(m) or licensed_by_word_before and _licensed(text, m.start()):
                continue
            word = text[m.start("w") : m.end("w")]  # as typed: `clauses` capitalises a clause's first word
            if correct(word.lower()) is None:
                continue  # a pattern that reads any word after its subject ("he", "Our pipeline"): not a verb
            fixed = _match_case(word, correct(word.lower()))
            yield Slip(
                "agreement", field, m.start("w"), m.end("w"), fixed, f'"{word}" {what}: "{fixed}".', f'Write "{fixed}".'
            )
    for start, end, word, correct_form, head in disagreements(clauses):
        fixed = _match_case(word, correct_form)
        what = f'does not agree with "{head}", its subject'
        yield Slip("agreement", field, start, end, fixed, f'"{word}" {what}: "{fixed}".', f'Write "{fixed}".')
    frequency = _dictionary()
    for start, end, fixed, what in chain(
        number_slips(text, frequency),
        clause_slips(text),
        article_slips(text, frequency),
        missing_article_slips(text, frequency),
    ):
        yield Slip("agreement", field, start, end, fixed, f"{what}.", f'Write "{fixed}".')
    for start, end, fixed, what in verb_form_slips(text, _folded_starts(text)):
        word = text[start:end]
        if fixed is None:
            yield Slip(
                "agreement",
                field,
                start,
                end,
                word,
                f'"{word}": {what}.',
                f"{what[:1].upper()}{what[1:]}.",
                editable=False,
            )
        else:
            fixed = _match_case(word, fixed)
            yield Slip("agreement", field, start, end, fixed, f'"{word}": {what}: "{fixed}".', f'Write "{fixed}".')


@lru_cache(maxsize=64)  # confusions and agreement both ask, for the same paragraph
def _triggers_in(text):
    """The trigger words of CONFUSIONS and AGREEMENT that occur in `text` (lower-cased), found in one pass."""
    lower = text.lower()
    return frozenset(filter(lower.__contains__, _TRIGGERS))


@lru_cache(maxsize=64)  # confusions and agreement both ask, for the same paragraph
def _folded_starts(text):
    """Where each word starts in `text`, in lower case: a table's row is tried only where its opening words stand
    (text.matches), in whatever case they were typed."""
    return run_starts(fold(text))


_TRIGGERS = frozenset(t for table in (CONFUSIONS, AGREEMENT, AGREEMENT_ANYWHERE) for row in table for t in row[0] or ())


# --- a sentence cut off ---------------------------------------------------------------------------------------


def _cut_off_sentences(msg):
    """The body's sentences and clauses cut off, but for words in code, links or slots ("`the,,`" is a value)."""
    slips = list(_sentences_cut_off(msg))
    if slips:  # most messages have none, and then code and links need not be found
        protected = _protected(msg.body)
        slips = [s for s in slips if not _inside(protected, s.start, s.end)]
    return slips


def _sentences_cut_off(msg):
    for s in msg.sentences:
        yield from _cut_off_clauses(msg, s)
        found = cut_off(s.text)
        end = s.start + len(s.text)
        if not found or _wrapped(msg.body, end) or _pause(msg.body, end) or _before_code(msg.body, end):
            continue
        yield _cut_off_slip("body", s.start, found, "This sentence")


def _cut_off_subject(subject):
    """A subject line that stops mid-phrase ("Notes about your keynote on"), read like a sentence."""
    found = cut_off(subject.strip())
    if found:
        yield _cut_off_slip("subject", len(subject) - len(subject.lstrip()), found, "The subject")


# Words a sign-off never ends on before its comma: "Warm," and "Many," lost "regards" and "thanks".
_OPEN_CLOSING_WORDS = NEVER_LAST | frozenset("warm warmest kind kindest many with".split())
_CLOSING_LINE = re.compile(r"^[ \t]*(?P<line>[^\n]*?(?P<last>\w+)),[ \t]*$", re.M)


def _cut_off_closing(msg):
    """A sign-off line that stops mid-phrase ("With gratitude for your,", "Warm,"): the line before the name."""
    end = msg.signature.start() if msg.signature else len(msg.body)
    start = msg.body.rfind("\n", 0, max(0, end - 1)) + 1
    m = _CLOSING_LINE.match(msg.body, start, end)
    if m and len(m.group("line")) <= MAX_CLOSING and m.group("last").lower() in _OPEN_CLOSING_WORDS:
        word = m.group("last")
        yield Slip(
            "cut_off_sentence",
            "body",
            m.start("last"),
            m.end("last"),
            "",
            f'The sign-off stops at "{word}", as if a word was cut off.',
            f'Finish the sign-off ("Kind regards,", "Many thanks,") or end it before "{word}".',
            editable=False,
        )


def _cut_off_slip(field, offset, found, what):
    """The slip of a sentence or subject cut off: `found` is cut_off's (start, end, words) from `offset`."""
    start, end, cut = offset + found[0], offset + found[1], found[2]
    return Slip(
        "cut_off_sentence",
        field,
        start,
        end,
        "",
        f'{what} stops at "{cut}", as if a phrase was cut off.',
        f'Finish the {"subject" if field == "subject" else "sentence"}, or end it before "{cut}".',
        shown=(end - len(cut), end),
    )


# A line that opens a code block: indented four spaces or a tab, a fence, or a shell or Python prompt.
_CODE_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*(?: {4}|\t|[ \t]*(?:```|~~~|\$ |>>> ))")


def _before_code(body, end):
    """True when a "sentence" ends on a word with no stop and a code block comes next, which it runs into ("Would
    you start the worker with\n\n    celery -A app worker"): the code is the rest of the sentence."""
    return body[end - 1 : end].isalnum() and _CODE_LINE.match(body, end) is not None


def _pause(body, end):
    """True when a "sentence" ends on dots that the same sentence goes on after, in lower case: a pause ("I'd like
    to, but... well, the deadline"), not a stop."""
    return body[:end].endswith(("...", "…")) and re.match(r"\s+[a-z]", body[end : end + 3]) is not None


def _wrapped(body, end):
    """True when a "sentence" ends only because the line was wrapped, as in plain-text email broken at a fixed
    width: the next line of the same paragraph goes on in lower case ("...and the\nrest of it"), or the line is
    as long as such lines are and the next goes on at all ("...and the\nEmbassy examples")."""
    if not body[end - 1 : end].isalnum():
        return False
    line = end - (body.rfind("\n", 0, end) + 1)
    return (
        re.match(r"[ \t]*\n[ \t]*[a-z(`\"'\d]", body[end:]) is not None
        or line >= WRAP_WIDTH
        and re.match(r"[ \t]*\n[ \t]*\w", body[end:]) is not None
    )


# Words that cannot stand side by side, so a word between them was lost in editing: a modal and "to" ("I would to
# ask"; "to" before a modal may end a clause: "the person I talked to will reply"), a determiner and a subject
# pronoun ("about the you lead"), a
# subject pronoun and "to" ("I to move"), "could you" and an object ("could you me a book").
MISSING_WORD = re.compile(
    # Every pair opens where a word starts: saying so first fails the other positions at once, where each of the
    # pairs below would be tried in turn (the same matches in under half the time).
    r"\b(?=\w)(?:"
    r"\b(?i:would|could|should|will|can|might|must)\s+to\b"
    r"|\b(?i:the|a|an|my|your|our|their|his|her)\s+(?:I|you|we|they|he|she)\b(?!-)"
    r"|(?<!\b[Ww]ere )\b(?:I|[Ww]e|[Tt]hey)\s+to\s+[a-z]+"  # not "Were I to ask"
    r"|\b(?:where|what|how|when|which|who)\s+to\s+(?:would|will|can|could|should|must)\b"
    r"|\b(?i:could|would|can|will)\s+you\s+(?:me|us|him|her|them)\b"
    # "the online and Your blog post": half a sentence and its full stop lost, so the next runs on in capitals
    # (not a title's "How to")
    r"|\b[a-z]{2,}\s+(?:Your|My|Our|Their|We|They|It|He|She|Could|Would|Can|Is|Are|The|This|These|Those|Since|When|"
    r"After|Before|Because|Although|While|Then|There|What|Which|How|Why|Where|If)\s+(?!to\b)[a-z]{2,}\b"
    # "we would started", "the each one", "I started to on Friday": the words between were lost
    r"|\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)\s+(?:would|could|should|will|can|might|must)\s+(?P<past>[a-z]+ed)\b"
    r"|\b(?i:the|a|an)\s+(?:each|every|my|our|your|their|his|its|this|these|those)\b"
    # "I reused the layout from your (the one with two columns)": the aside describes a noun that was lost before it
    r"|\b(?i:the|an?|my|your|our|their|his|her|its)(?=\s+\((?i:the|an?|which|that)\b)"
    # "Thanks to, I asked ...": the preposition's object lost before the comma
    r"|\b(?i:thanks|according|due|owing)\s+to\s*,"
    r"|\b(?:start|started|starting|began|begin|try|tried|trying|want|wanted|need|needed|plan|planned|hope|hoped)\s+"
    r"to\s+(?:on|for|with|by|at|in)(?![-\w])"
    # "Which of your posts about would you start": a preposition, then a question's own start
    r"|\b(?:about|with|for|from|of|on|in|at)\s+(?:would|could|should|can|will|do|does|did)\s+(?:you|I|we|they)\b"
    # "your post about and it changed": a preposition's object lost before a conjunction
    r"|(?<![-\w])(?<!the )(?:about|of|into|than|from)\s+(?:and|but)\b"
    r"(?!\s+(?:to|into|including|excluding|around|beyond|within|against|across|along|among)\b)"
    # not options ("--from and --to"), fields, nor two prepositions sharing one object ("from and including it")
    # "how you mentoring juniors": a clause's subject and a verb in -ing with no "are" between
    r"|\b(?i:how|what|why|where|when|whether)\s+(?:I|you|we|they)\s+"
    r"(?!(?:string|spring|thing|something|nothing|anything|everything|swing|sting|sling|cling|fling)\b)[a-z]{3,}ing\b"
    r")"
)


def _regular_past(word):
    """True when `word` is a regular past ("started", "moved", "tried") of a dictionary verb."""
    stems = (word[:-2], word[:-1], word[:-3] + "y" if word.endswith("ied") else "")
    return not word.endswith("eed") and any(stem and _plain_known(stem) for stem in stems)


# "a small for my team", "thanks for the detailed.": a describing word after its determiner, then no noun
_LOST_NOUN = re.compile(
    r"\b(?i:the|a|an|my|your|our|their|his|her|its|some)\s+(?:(?:very|really|quite|pretty|rather|fairly)\s+)?"
    r"(?P<adjective>[a-z]{3,}(?:-[a-z]{2,})*)"
    r"(?:\s+(?:for|of|with|about|from|that|which|on)\b|(?<!ed)\s+to\b|\s*[.?!](?=\s|$))"  # not "used to"
)
# "sweep the servers for unused.": a preposition's describing word, and the end
_LOST_NOUN_AT_END = re.compile(
    r"\b(?:for(?!\s+good\b)|of|with|about|from|into|on)\s+(?P<adjective>[a-z]{3,}(?:-[a-z]{2,})*)\s*[.?!](?=\s|$)"
)  # "for good": for ever
# "the monthly ones were too.": a word that grades what follows it, then the end
_LOST_COMPLEMENT = re.compile(
    r"\b(?:is|are|was|were|be|been|am)\s+(?:too|very|quite|rather|extremely|incredibly|fairly|really)\s*[.?!](?=\s|$)"
)
# "too" as "also": after a clause in the same sentence ("The CLI is quick, and the server is too.") or after a
# pronoun that points back ("Our build is slow. Yours is too.").
_CLAUSE_BEFORE = re.compile(r"(?:[,;]|\b(?:and|but|so)\b)[^.!?]*$")
_POINTS_BACK = re.compile(
    r"\b(?:yours|mine|ours|theirs|hers|his|it|that|this|one|they|we|you|i|he|she)\s+\S+\s+too\W*$", re.I
)


def _too_as_also(text, m):
    """True when "is too." means "is also", not "is too [slow]"."""
    if not m.group().lower().split()[1].startswith("too"):
        return False
    sentence = text[: m.start()].rsplit(".", 1)[-1]
    short = len(sentence.split()) <= 2  # "Python is supported. Rust is too."
    return short or bool(_CLAUSE_BEFORE.search(sentence) or _POINTS_BACK.search(text[max(0, m.start() - 12) : m.end()]))


# Only a word that is plainly a describing one by its ending, or one of the commonest, is read so: the lexicon
# lacks many technical nouns ("a boolean", "the builtin").
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "ed", "ical", "less", "ish", "ary")
_PLAIN_ADJECTIVES = frozenset("new recent small big quick short great nice good large huge tiny".split())
# The last parts of compound describing words ("cursor-based", "event-driven", "battery-friendly", "cloud-native").
_COMPOUND_ADJECTIVE_ENDS = frozenset(
    "based friendly driven oriented focused facing aware ready safe heavy native grained minded specific intensive "
    "proof wide".split()
)
# Describing words that stand as nouns after "the" ("state the obvious", "send you the latest").
_NOMINAL = frozenset(
    "latest obvious unknown impossible former latter same whole usual following necessary unexpected rest "
    "poor rich young elderly wise brave only other few many attached enclosed above following aforementioned "
    "deceased accused injured granted needful".split()  # "take it for granted.", "do the needful." (Indian English)
)


def _plainly_describes(word):
    """True when `word` can only describe a noun, never be one ("detailed", "helpful", "small", "cursor-based",
    "battery-friendly"; not "top", "follow-up")."""
    if word in _PLAIN_ADJECTIVES:
        return True
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        return last in _COMPOUND_ADJECTIVE_ENDS or _plainly_describes(last)
    return (
        word.endswith(_ADJECTIVE_ENDINGS)
        and word not in _NOMINAL
        and wordclass.only(word, wordclass.ADJECTIVE, wordclass.VERB)
        and wordclass.ADJECTIVE in wordclass.classes(word)
    )


def _missing_words(text, field, known):
    """Two words that cannot stand side by side: the word between them was lost, flagged where it was."""
    starts = _folded_starts(text)  # the lost nouns and complements open on a few words: tried only where they stand
    lost_nouns = (
        m
        for pattern in (_LOST_NOUN, _LOST_NOUN_AT_END)
        for m in matches(pattern, text, starts, any_case=True)
        if _plainly_describes(m.group("adjective"))
    )
    found = [
        (m.start(), m.end(), "word")
        for m in (
            *MISSING_WORD.finditer(text),
            *lost_nouns,
            *(m for m in matches(_LOST_COMPLEMENT, text, starts, any_case=True) if not _too_as_also(text, m)),
        )
        # "would embed", "could proceed": a verb that ends so, not a past after a modal
        if not ("past" in m.re.groupindex and m.group("past") and not _regular_past(m.group("past")))
    ]
    for start, end, lost in sorted([*found, *lost_words(text)]):
        # a question without its "do" ("How you solved it?") is a grammar slip: its meaning is whole
        yield Slip(
            "agreement" if lost == "auxiliary" else "cut_off_sentence",
            field,
            start,
            end,
            "",
            _LOST_AUXILIARY if lost == "auxiliary" else f'A word seems to be missing in "{text[start:end]}".',
            _LOST_WORD_FIXES[lost],
            editable=False,
        )


_LOST_AUXILIARY = 'A question that opens on "how", "which", "what" ... needs "do", "does" or "did" before its subject.'


# What to write where words were lost, by what is missing.
_LOST_WORD_FIXES = {
    "word": "Write the missing word.",
    "noun": "Write the noun that was lost after the determiner.",
    "object": "Write what the preposition is about.",
    "verb object": "Write who or what the verb acts on.",
    "verb": "Write the verb that was lost after the subject.",
    "subject": "Write the subject that was lost before the verb.",
    "auxiliary": 'Add "do", "does" or "would" before the subject, as a question needs ("How do you decide ...?").',
    "pair": 'Write the part of the phrase that was lost ("between A and B", "not only ... but also", "look forward '
    'to", "turn out to be").',
    "to": 'Write the "to" it needs ("according to", "asked them to review").',
    "possessive": 'Write whose it is ("its own", "their own").',
}

# The paragraph's finders, in the order their slips win a tie at one place (_without_overlaps keeps the first).
# Unbalanced brackets and quotes and doubled punctuation can span sentences; the rest read one sentence at a time.
FINDERS = (
    _names,
    _spelling,
    _doubled_words,
    _confusions,
    _agreement,
    _punctuation,
    _brackets,
    _quotes,
    _lowercase_i,
    _iso_dates,
    _missing_words,
)
SPANNING_FINDERS = (_punctuation, _brackets, _quotes)
SENTENCE_FINDERS = tuple(finder for finder in FINDERS if finder not in SPANNING_FINDERS)


# Each edit's re-check meets the message's other sentences again: what a sentence's own words decide is kept.
@per_sentence
def _clauses_cut(text):
    """cut_clauses of one sentence, as a tuple."""
    return tuple(cut_clauses(text))


@per_sentence
def _dangling_determiners(text):
    """DANGLING_DETERMINER's matches in one sentence, as a tuple."""
    return tuple(DANGLING_DETERMINER.finditer(text))


def _cut_off_clauses(msg, sentence):
    """A clause that stops before a comma on an article, a possessive, a preposition with no object or a subject
    with no verb: the words after it were lost."""
    for start, end in _clauses_cut(sentence.text):
        word = sentence.text[start:end]
        yield Slip(
            "cut_off_sentence",
            "body",
            sentence.start + start,
            sentence.start + end,
            "",
            f'The phrase stops at "{word}", as if words were cut off.',
            f'Write the words that belong after "{word}".',
            editable=False,
        )
    for m in _dangling_determiners(sentence.text):
        start = sentence.start + m.start()
        while start > sentence.start and msg.body[start - 1] in " \t":
            start -= 1
        end = sentence.start + m.end()
        yield Slip(
            "cut_off_sentence",
            "body",
            start,
            end,
            "",
            f'The phrase stops at "{m.group()}", as if words were cut off.',
            f'Write the words that belong after "{m.group()}".',
            shown=(sentence.start + m.start(), end),
            editable=False,
        )
