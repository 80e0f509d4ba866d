"""Verb tables shared by the agreement and cut-off checks: common verbs in their base form, their third-person
forms, and the -s forms that are verbs (not nouns) after a plural subject."""

import re

# Common verbs, base form. Those whose past is the same word ("cost", "put", "read") are left out: "she read"
# is English.
VERBS = """want need work make go say think know seem take come run feel tend depend require include allow provide
give keep become recommend suggest believe agree prefer expect consider mention explain describe contain involve
appear manage enable cause create produce reduce improve affect matter belong fail succeed happen occur exist
remain tell ask like love hope wish try decide learn understand remember forget mean look sound get bring send
build write see show find help use start stop finish continue stay live grow move break fix miss pass return
accept handle cover share receive offer follow lead publish deploy crash restart block wait spend support change
check test review update load save call compile generate retry trigger complain""".split()
# Of those, the ones that are seldom nouns: their -s form after a plural subject is a verb, not a noun compound
# ("the sales calls" is two nouns; "the reviewers recommends" is a slip).
VERBS_NOT_NOUNS = frozenset(
    """recommend suggest believe agree prefer expect consider mention explain describe contain
involve appear manage enable create produce improve affect belong fail succeed happen occur exist remain tell ask
seem decide learn understand remember forget mean sound bring send build write find receive follow publish handle
accept continue depend require include complain""".split()
)


def third_person(verb):
    """ "want" -> "wants", "go" -> "goes", "try" -> "tries"."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"


# Verbs whose past is the bare form: after a singular subject they are past tense ("the scheduler put our job
# first"), not a slip of agreement. A closed class of English (the irregular verbs with one form for all three).
SAME_PAST = frozenset(
    """bet bid broadcast burst cast cost cut fit forecast hit hurt input let offset output put quit read reset rid
    set shed shut slit split spread thrust upset""".split()
)
# "he want", "it work": the base form after he/she/it, with the form it needs.
THIRD_PERSON = {v: third_person(v) for v in VERBS}
# sorted: the patterns joined from these keys must read the same in every process, or the opening words kept
# for them between processes (text._opening_words_of) would miss and be worked out and stored again on each start
PLURAL_VERBS = {third_person(v): v for v in sorted(VERBS_NOT_NOUNS)}
PLURAL_VERBS |= {
    "says": "say",
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "fails": "fail",
    "works": "work",
    "needs": "need",
    "seems": "seem",
    "looks": "look",
    "wants": "want",
    "takes": "take",
    "makes": "make",
    "runs": "run",
    "gets": "get",
    "uses": "use",
    "shows": "show",
    "keeps": "keep",
    "gives": "give",
    "thinks": "think",
    "knows": "know",
    "feels": "feel",
    "tends": "tend",
    "happens": "happen",
    "breaks": "break",
    "passes": "pass",
    "returns": "return",
    "expects": "expect",
    "requires": "require",
    "includes": "include",
    "depends": "depend",
    "helps": "help",
    "matters": "matter",
    "remains": "remain",
    "starts": "start",
    "stays": "stay",
    "lives": "live",
    "comes": "come",
}
