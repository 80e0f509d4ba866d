"""Phrase patterns the checks look for, compiled once at import.

The politeness markers follow the strategies of Danescu-Niculescu-Mizil et al. (2013),
"A computational approach to politeness with application to social factors" (ACL):
gratitude, deference, greeting, apologising, please (sentence-medial vs initial),
indirect "by the way", hedges, counterfactual modals ("could/would you"), indicative
modals ("can/will you"), direct questions, direct and second-person starts, factuality.
"""

import re


def _words(*phrases):
    """Compile alternatives as whole words, to search text.fold(text) with (three times faster than re.I)."""
    source = r"\b(?:" + "|".join(phrases) + r")\b"
    literals = re.sub(r"\\.", "", source)  # escapes such as \W keep their case
    if literals != literals.lower():  # an upper-case letter would never match folded text
        raise ValueError(f"lexicon phrases must be lower case: {source}")
    return re.compile(source)


# --- clarity -------------------------------------------------------------------------
GENERIC_SUBJECT_WORDS = frozenset(
    """
quick question questions query hello hi hey greetings mentorship mentor mentoring opportunity request
introduction intro connect connecting chat touch reaching out help advice guidance favour favor quick
small brief important urgent follow followup follow-up up hoping seeking asking ask re fw fwd fyi note
message email thoughts idea ideas inquiry enquiry time minute minutes catch call meeting coffee you your
one two thing something stuff dear sir madam whom concern
""".split()
)
# After "What would help most is ...": the reader's view, a question to answer, or one small thing they could give.
_ASKED_OF_THE_READER = (
    r"(?= (?:your|whether|if|which|how|what|why|when|where|who|(?:a|an|one|two) (?:quick |short |brief |honest |"
    r"second )?(?:pointer|read|look|review|reply|answer|view|word|recommendation|introduction|name|opinion|sense|"
    r"example|thing to change)s?)\b)"
)
# A request in any of its polite shapes: a modal question, a wish ("I'd love to hear"), a conditional ("if you
# have a spare moment", "if a call suits you"), "kindly"/"please" with a verb, or "writing to see whether".
REQUEST = _words(
    r"(?:would|could|can|will|might) you",
    r"(?:could|can|may|might) i",
    r"would it",
    r"(?:are|were) you (?:open|available|willing|free|up for)",
    r"you (?:might|would) (?:have|be)",
    r"do you (?:have|know)",
    r"(?:do|would) you mind",
    # the wish with its subject dropped, as casual notes do: "Would love to hear your take"
    r"(?:i(?:'d| would)|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] ))would) (?:really |just |simply )?"
    r"(?:like|love|welcome) (?:your|any|to "
    r"(?:ask|request|get|hear|have|learn|know|talk|chat|speak|meet|connect|pick))",
    # the same wish said of the meeting: "It would be good to meet ...", "would be lovely to hear ..."
    r"(?:it(?:['’]d| would)|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] ))would) be (?:so |really )?(?:great|nice|wonderful|"
    r"lovely|amazing|good|helpful|an honou?r|a pleasure) to (?:ask|get|hear|learn|talk|chat|speak|meet|connect|pick)\b",
    r"(?:i(?:['’]m| am) )?hoping to (?:ask|get|hear|learn|talk|chat|speak|meet|connect|pick)\b",
    r"would be (?:\w+ )?appreciated",
    r"(?:i(?:['’]d| would)) (?:really |greatly |much |so )?appreciate\b",
    # time or an answer valued or wished for: "I'd really value half an hour", "I'd like ten minutes with your
    # colleague"; not "I would value your perspective" (a wish)
    r"(?:i(?:['’]d| would)) (?:really |greatly |much |so )?(?:value|like|love) (?:\d+|a few|ten|fifteen|twenty|"
    r"thirty|half|"
    r"an? (?:quick |short |brief )?(?:call|chat|reply|answer|word|look|hour|minute))",
    # a follow-up's ask restated by pointing back at it: "just a reminder of my question on caching"
    r"reminder (?:about|of|regarding|on) my (?:invitation|question|request|e-?mail|message|note|offer)\b",
    # ("wondered" in the past is as polite: "I wondered whether you might look at my draft")
    r"(?:wondering|wondered|hoping|see|ask|know) (?:if|whether)",
    # the question restated in a follow-up: "my one question is which of the two builds to keep"
    r"my (?:one |only |main |first )?question (?:was|is) (?:only |just |simply )?(?:whether|if|how|what|which|why|"
    r"when|where)\b",
    # the part of it still open, once the writer settled the rest: "the open question is whether the cache ..."
    r"(?:what(?:['’]s| is) (?:left|still open)|the (?:rest|remaining (?:question|part)|open (?:question|part))) is "
    r"(?:only |just |now )?(?:whether|if|how|what|which|why|when|where)\b",
    r"the (?:one |only |last )?question (?:left|remaining|that remains|still open) is (?:only |just |now )?(?:whether|"
    r"if|how|what|which|why|when|where)\b",
    # the one question still open, from an earlier exchange: "the only remaining question after our call is which ..."
    r"the (?:one |only |last )?(?:open|remaining|outstanding) question (?:from|in|after|on) (?:your|our|the) "
    r"(?:\w+ )?(?:review|call|thread|reply|chat|discussion|meeting) (?:is|was) (?:whether|if|how|what|which|why|"
    r"when|where)\b",
    # the question asked of the reader before, restated in reported speech: "I asked whether you pair new hires"
    r"(?:i|we) asked you (?:whether|if|how|what|which|why|when|where)\b",
    r"(?:i|we) asked (?:whether|if|how|what|which|why|when|where) (?:\w+ ){0,3}?you\b",
    # a follow-up that points back at its question by topic: "following up on my question from Monday about X"
    r"following up on my (?:earlier |last |first )?question (?:from [\w ]{1,20}? )?(?:about|on|regarding)\b",
    # the wish put as a hope about what the reader could do: "I was hoping we could ...", "hoping you might ..."
    r"(?:wondering|hoping) (?:that )?(?:you|we) (?:could|would|might|can|may)\b",
    # a search for a guide, said to the person hoped to fill it: "I'm looking for someone to mentor me"
    r"(?:looking|searching) for (?:someone|somebody|a mentor|mentorship|guidance)\b",
    r"is there (?:any )?(?:chance|way)",
    # (not the courtesies of a formal letter: "please find attached", "please allow me to explain")
    r"(?:please|kindly) (?!find\b|note\b|excuse\b|ignore\b|(?:allow|permit) me\b)[a-z]+",
    r"grateful (?:if|for)",
    r"appreciate (?:it if|your|any|a|some|if)",
    r"(?:pointers?|advice|suggestions?|thoughts|tips) would",
    r"if (?:you|it) (?:could|would|might|can|have|had|are|were)",
    # "if you are" as writers type it, willing: "if you're happy to forward this" (not "if you're the only one")
    r"if you['’]re (?:open|available|willing|free|comfortable|happy|able|interested|keen|up for|ok|okay)\b",
    r"if (?:a|an|the|this|that)\b[^.!?\n]{0,40}\b(?:suits|works for|fits) you",
    r"i (?:kindly |humbly )?(?:ask|request) (?:if|whether|you|for)",
    r"(?:writing|reaching out|get(?:ting)? in touch) to (?:ask|see|request|find out)",
    r"let me know (?:if|whether|which|what|how|when)",
    # the question moved where the reader would rather answer it: "feel free to answer on the issue instead"
    r"feel free to (?:answer|reply|respond) (?:it )?(?:there|on|in)\b",
    r"open to (?:a|an|me|my|hearing|sharing|talking|chatting|meeting)",
    # the ask put as what the writer wants, then named: "what would help most is your view on the retry limit", "the
    # one thing I'd like to know is how ..."; the thing named is the reader's or a question, not the writer's own aim
    # ("what I want is to lead a team one day")
    r"(?:what|the (?:one |only )?(?:thing|question)) (?:(?:i|we)(?:['’]d| would)? (?:most |really )?(?:value|"
    r"appreciate|like|love|want|need)(?: most)?(?: to (?:know|ask|learn|hear|understand))?|"
    r"(?:i|we)(?:['’]m| am| are|['’]re) (?:hoping|asking) for|would help (?:me |us )?(?:most|the most)) "
    r"(?:is|would be)\b" + _ASKED_OF_THE_READER,
)
# An ask for time together (a call, a meeting, a coffee, a session), whose cost the reader cannot judge until it says
# how long. A question to answer or one named thing to read costs what it takes, and needs no minutes: the lesson's
# time bound is for the 15-30 minute conversation.
TIME_TOGETHER = _words(
    # (not the verb that names a thing: "what would you call this pattern?")
    r"(?:call(?! (?:it|this|that|them|these|those)\b)|chat|coffee|conversation|meeting|session|interview|walkthrough|"
    r"catch[- ]up|zoom|lunch|meet-?up)s?",
    r"(?:meet|talk|speak|chat|video|hop on|jump on|sit down|pair)(?: up)?(?: with| to)? (?:you|me|us|each other)\b",
    r"(?:meet|talk|speak|chat)(?:ing)? (?:briefly|sometime|soon|online|in person)",
    r"we (?:\w+ )?(?:meet|talk|speak|chat|catch up)",
    r"(?:some|any|a (?:bit|little) of|much of) (?:your|ur) time",
    r"shadow",
)
# "A call" to talk, not a call for entries ("a call for papers", "the call we can apply to").
_TALK_CALL = (
    r"call(?! for (?:applications|proposals|papers|submissions|speakers|talks|volunteers|participants|entries|"
    r"nominations|contributors|interns|students)\b| (?:that |which )?(?:i|we) "
    r"(?:should|could|can|might|need to|must)\b)"
)
# The vague words that are a connection note's own invitation: "Can we connect?" is what the note is for.
_CONNECT, _NETWORK = r"connect(?:ing)?", r"network(?:ing)?"
INVITATION = re.compile(f"{_CONNECT}|{_NETWORK}")
# Something said to fail, and no more: guides to getting help (Stack Overflow's "How do I ask a good question?",
# Tatham's "How to Report Bugs Effectively") agree that a helper needs what was run, what happened and what was
# expected; a bare report of failure gets a question back, or no answer.
BARE_FAILURE = _words(
    # said as the whole of it, closing its clause: not "doesn't work with screen readers", which names when
    r"(?:(?:doesn['’]t|does not|didn['’]t|did not|won['’]t|will not|can['’]t|cannot) (?:seem to |even )?(?:work|run|"
    r"start|build|compile|install|load|connect)|(?:isn['’]t|is not|(?:it|this|that)['’]s not|aren['’]t|are not|"
    r"they['’]re not|wasn['’]t|was not|stopped) (?:working|running|starting|building|compiling|loading)|"
    r"(?:keeps?|kept) (?:failing|crashing|throwing (?:errors|exceptions))|"
    r"(?:it|this|that|mine|everything)(?:['’]s| is| was) (?:just |totally |completely )?broken)"
    r"(?: (?:at all|properly|correctly|anymore|for me|now|again))?(?=\s*(?:[.,;!?]|$|and\b|but\b|so\b))",
    r"(?:get|got|getting|gives?|gave|throws?|threw|shows?) (?:me )?(?:an? |some )?(?:weird |strange |random )?"
    r"(?:errors?|exceptions?)(?=\s*(?:[.,;!?]|$|and\b|but\b|so\b))",
)
# What lets a helper start on a failure: its words, what was run or read, when it happens, what was tried.
FAILURE_DETAIL = _words(
    r"error (?:message|code|says|reads|text)|traceback|stack ?trace|exception:|logs? (?:say|show)s?|output|"
    # (not the bare running of it: "the job dies whenever we start it" says only that it fails)
    r"returns?|returned|exit(?:s| code)|fails? with|failed with|(?:when|after|once|whenever|if) (?:i|we)\b(?! (?:run|"
    r"use|start|try|launch|execute|open) (?:it|this|that|them|the (?:pipeline|app|tool|workflow|script|project|code|"
    r"program|build))\b)|"
    # (having installed or used the thing is where every report starts, not a step that narrows it down)
    r"i(?:['’]ve| have)? tried|(?<!do )(?<!should )(?<!can )(?:i|we) (?:ran|followed|checked|read|upgraded|"
    r"updated|configured|changed)\b|readme|docs|"
    r"documentation|version|because|instead of|expected",
)
# What a request may be about without naming anything: the reader has nothing to answer or decide.
_MINUTES = r"(?:[0-9]+|a few|ten|fifteen|twenty|thirty|forty-five)[- ]?(?:minutes?|mins?)"
VAGUE_ASK = _words(
    r"pick (?:your|ur) brains?",
    r"mentor(?:ship|ing)?",
    r"mentor me",
    # a search for a guide names a role to fill, not a question: "looking for someone who can keep me on track"
    r"(?:looking|searching) for (?:someone|somebody|a mentor|mentorship|guidance)",
    # the reader asked to find the writer a task, the search contribution guides leave to the newcomer
    r"(?:suggest|recommend|find|give me) (?:something|anything|a task|an issue|a way|somewhere|a place)\b"
    r"[^.!?\n]{0,20}?\b(?:i|me) (?:could|can|might|should|to) (?:work on|help|start|contribute|pick up|do)\b",
    r"where (?:the project|your project|you|your team|it) (?:most )?needs? (?:help|hands|contributors|people)\b",
    # a whole body of work to look through for whatever turns up: no one part, no one worry
    r"(?:review|look over|look through|go through|check) (?:my|our) (?:whole |entire )?(?:code|codebase|repo|"
    r"repository|project|app|website|portfolio|github|gitlab)\b(?! (?:for|in) \w)",
    r"(?:a )?look at (?:my|our) (?:whole |entire )?(?:code|codebase|repos|repositories|github|gitlab)\b"
    r"(?! (?:for|in) \w)",
    r"if you (?:see|spot|notice|find) (?:any|anything)\b",
    r"(?:a|an) (?:quick |short |brief |virtual )?(?:chat|coffee|catch[- ]up|conversation|" + _TALK_CALL + ")",
    # minutes of the reader's time are a chat by another name: "could I have 25 minutes of your time to hear about X",
    # "I'd like 40 minutes to show you our demo"; unless a question is what the minutes are for ("to ask which ...")
    # (minutes with someone else are an introduction asked for: "I'd like ten minutes with Rui on the schema")
    r"(?:(?:i['’]d|i would) (?:really )?(?:like|love) "
    + _MINUTES
    + r"(?! with (?!you\b))|"
    + _MINUTES
    + r" of (?:your|ur) time)"
    r"(?![^.!?\n]{0,60}\bto ask (?:you )?(?:how|whether|if|which|what|why|when|where)\b)",
    # the medium or register of a talk names no topic either ("a video call", "an informal phone chat"), unless
    # what it is about follows
    r"(?:a|an) (?:(?:quick|short|brief|virtual|video|phone|zoom|online|informal|casual|friendly) ){1,2}"
    r"(?:chat|coffee|catch[- ]up|conversation|"
    + _TALK_CALL
    + r")(?! (?:about|on|regarding|to (?:discuss|talk about|go over|look "
    r"at|review)) (?!opportunit|possibilit)\w)",
    # questions promised but not asked: "could I ask you a few questions about ..."
    r"ask (?:you )?(?:a (?:few|couple of|handful of)|some|several|few) (?:quick |short |brief )?questions",
    # an object that names no artefact: "feedback on my stuff", "review my work"
    r"(?:feedback|thoughts|advice|comments|input|opinions?|views?|look|review|critique)(?: (?:on|at|of))? (?:my|our) "
    r"(?:stuff|work|things|projects|profile|content|everything|materials)\b",
    r"(?:(?:a )?look at|look over|go through|review|check|read) (?:it all|everything)\b",
    # a role or a field as a whole: "life as a researcher", "what it is like to work in games", "X generally"
    r"(?:life|work|a career|a day) as (?:a|an) [\w-]+",
    r"what it(?:['’]s| is) (?:really )?like (?:to|being|working|as)",
    r"(?:generally|broadly|as an? whole|in (?:its|their) entirety)(?=\W*$)",
    # a question that is one word for "say anything": "Thoughts?", "Any ideas?"
    r"(?<![\w ])(?:any )?(?:thoughts|ideas|opinions)(?=\s*\?\s*$)",
    # a follow-up's nudge that points at nothing it asked: "any update on this?" leaves the reader to dig out the
    # question; restating it is what follow-up guidance asks for
    # ("thoughts on my earlier note?" and "any news on when we might speak?" point at nothing more)
    r"any (?:updates?|news|word|progress|thoughts|feedback)(?: (?:on|about|regarding) (?:this|that|it|my (?:last |"
    r"previous |earlier |first )?(?:e-?mail|message|note|request|question)|when we (?:can|could|might) (?:talk|meet|"
    r"speak|chat)))?(?=\W*$)",
    r"did you (?:see|get|receive|read) (?:it|this|that|my (?:last |previous |earlier |first )?(?:e-?mail|message|"
    r"note))(?=\W*$)",
    # open-ended self-improvement: "help me become a better developer"
    r"(?:become|grow into|improve as) (?:a|an) (?:better|good|great|successful|stronger|more [\w-]+) [\w-]+(?=\W*$)",
    # the reader set to find the fault, with no lead to follow: "could you see what's broken?" (not "what is wrong
    # with the retry maths in section 2", which names where to look)
    r"(?:check|see|find|tell me|look at|figure out|work out|find out) what(?:['’]s| is| could be| might be) "
    r"(?:wrong|broken|the (?:problem|issue|bug))(?=\W*$|\s+(?:and|or)\b|\s+with (?:it|this|that|my (?:code|project|app|"
    r"setup|pipeline|board|build))\W*$)",
    # a whole career asked for in one line: "how do I get as good as you?"
    r"(?:become|be|get) (?:an? )?(?:expert|pro|senior|successful|as good|as skilled)\b[^.!?\n]{0,12}\b(?:like|as) "
    r"you\b",
    r"(?:discuss|explore|talk about) (?:(?:potential|possible|future|career|job) )?(?:opportunities|possibilities)",
    _CONNECT,
    # "advice on X" names a topic; "your wisdom with me" does not, nor does the asker named by kind ("any tips for a
    # newcomer like me") unless a topic follows ("for a newcomer on code review")
    r"(?:any|some|your) (?:advice|guidance|tips|help|insights?|thoughts|perspective|wisdom)(?! (?:on|"
    r"about|regarding|for|with) (?!me\b|us\b|(?:an? |the )?(?:\w+ )?(?:beginner|newcomer|junior|student|graduate|"
    r"newbie|someone|person|people)s?\b(?![^.!?\n]{0,40}\b(?:on|about|regarding|with) )))",
    r"learn from (?:you|your)",
    # the details withheld until the reader makes contact: "reach me and we will describe it", "let me hear whom we
    # could write to"
    r"(?:contact|call|reach|ring|e-?mail|message) me(?: (?:by|on|via) \w+)?,? (?:so|and) (?:that )?(?:i|we) "
    r"(?:can|could|will|may) (?:explain|"
    r"share|tell|give|walk|describe)\b",
    r"(?:let me (?:know|hear)|tell me) (?:who|whom) (?:i|we) (?:should|can|could|might) (?:speak|talk|write) "
    r"(?:to|with)\b",
    # a review with no edges: "notes on anything you see", "check all of them and say what I should fix"
    r"(?:feedback|comments|input|notes|thoughts|advice) on (?:everything|anything)\b",
    r"(?:look (?:through|over|at)|go (?:through|over)|check|review) (?:everything|all of (?:it|them|my \w+))\b",
    r"(?:tell|show) (?:me|us) what (?:i|we) (?:should|could|need to|can) (?:improve|learn|work on|change|fix)"
    r"(?! (?:in|on|about|first in) )",
    # the fault left to the reader to find, with no lead: "could you tell us what we're getting wrong?"
    r"(?:tell|show) (?:me|us) (?:what|where) (?:i|we)(?:['’]re| are| am|['’]m) (?:doing|getting|going) wrong\b"
    r"(?! (?:with|in|on|about|here)\b)",
    # a career mapped out for the writer: "a roadmap for the coming year"
    r"(?:plan|roadmap|path) for (?:my|the) (?:next|coming) (?:[\w-]+ )?(?:weeks|months|year|years)\b",
    # a field asked about as a whole: "give me any insights on data privacy"
    r"(?:share|give|send|provide) (?:me )?(?:some|any) (?:information|info|insights?|knowledge|resources|material)s? "
    r"(?:about|on)\b",
    # a nudge that names nothing: "send any updates", "have you found the time to read my note?"
    r"(?:let me (?:know|hear)|send|share|give me) (?:of )?(?:any|an) updates?\b(?! (?:on|about) (?:the|my|your) \w)",
    r"(?:did|have) you (?:have|get|had|got|found) (?:a|the) (?:chance|moment|time) to (?:look|read|check|see|reply)"
    r"(?: at| to)? (?:it|this|that|my (?:message|e-?mail|note|question|request))\b",
    # a talk with no object: "swap ideas sometime", "exchange notes" (not "swap notes on which index to use")
    r"(?:swap|share|exchange|bounce around) (?:ideas|notes|thoughts|experiences|stories)\b(?! (?:on|about) "
    r"(?:the|your|my|how|whether|which|what)\b)",
    # the help or the people left unnamed: "help me break into the field", "connect me with someone there"
    r"help me (?:get|break|land) (?:in|into|a (?:job|role|foot))\b",
    r"(?:in touch|introduce me|connect me) (?:with|to) (?:the right|someone|somebody|anyone|anybody|people)\b",
    # a colleague of the reader's wanted, but not named: "do you know anyone at the lab who has tried it?"
    r"(?:(?:is|are) there|(?:do|would) you know) (?:someone|somebody|anyone|anybody|people) (?:on|in|at|from) "
    r"(?:your|the) (?:team|company|studio|group|lab|department|org)\b",
    # the reader's whole work or path as the object: "hear more about your lab and your path"
    r"(?:learn|hear|know) (?:(?:a )?(?:bit|little) )?more about (?:your|you|the (?:work|research) you)\b",
    r"(?:get|be) in touch",
    # (not the modifier of a technical noun: "a slow network hop", "network latency")
    r"networking|network(?! (?:routes?|latency|traffic|cards?|interfaces?|layers?|stack|config\w*|polic(?:y|ies)|"
    r"partitions?|topology|calls?|requests?|errors?|issues?|effects?|graphs?|settings?|protocols?|drives?|shares?|"
    r"bandwidth|outages?|switch(?:es)?|namespaces?|hops?|boundar(?:y|ies)|security|engineer(?:s|ing)?|admin\w*|"
    r"analysis|science|models?|access|timeouts?|failures?|segments?|rules?)\b)",
    r"(?:career|general) (?:advice|guidance|help)(?! (?:on|about|regarding|for|with) )",
    r"(?:further|any|your) (?:thoughts|feedback|ideas|suggestions|pointers)(?! (?:on|about|regarding|for|with) )",
    # "anything" as what is asked for, not the subject of a clause inside a question ("before anything is merged")
    r"(?<!before )(?<!until )(?<!than )(?<!if )(?<!whether )anything(?! (?:else )?(?:is|was|are|were|has|had|gets|"
    r"goes|breaks|changes|happens|ships)\b)",
    r"(?:any|some) opportunit(?:y|ies)",
    # (not "in your experience, X or Y?": that frames a question)
    r"(?<!in )(?<!from )your (?:journey|story|path|experience|career)",
    r"best practices",
    r"in general",
    r"how to (?:get started|break in)",
    r"how (?:did )?you (?:got|get (?:started|into|your start)|started|start out|ended up|end up|became|become)",
    # career questions no one can answer in a reply: they name no situation, choice or piece of work
    r"how (?:can|do|could|should|would) i (?:stand out|get (?:hired|noticed|a job|(?:my )?first job)|break (?:in|into)|"
    r"succeed|level up|grow (?:as|my career))",
    r"(?:what|where) am i (?:doing|going) wrong",
    # broad fields as the object of "your thoughts on ...": no one thing to answer
    r"(?:thoughts|advice|perspective|insights?|views?) on (?:[\w-]+, )*(?:[\w-]+,? and )?(?:the )?"
    r"(?:engineering|leadership|(?:the )?industry|tech(?:nology)?|careers?|growth|(?:the )?field)\b(?! \w)",
    # the stock questions of an informational interview, which a web search already answers
    r"(?:a |your )?typical (?:day|week)",
    r"(?:learn|hear|know|tell me) (?:more |a bit |a little )?about (?:(?:the|your) (?:company|team|culture|role|"
    r"industry|field|work)\b(?! (?:on|of|behind) )|what you do\b(?! (?:with|when|about|to) )|(?:the |any |possible |"
    r"potential |current |open )?(?:opportunit(?:y|ies)|openings|possibilities)\b)",
    # guidance with the writer as its only object: "guide me", "advise me through all this", not "advise me on X"
    # nor "guide me for 20 minutes about X" (a topic later in the same clause)
    r"(?:guide|advise|coach|steer|orient) me\b(?![^.!?\n,;]*? (?:on|with|through|in|about|to|between|towards?|"
    r"regarding) (?!(?:all|everything|this|it|that|things|my (?:career|future|path|journey|life))\b)\w)",
    # the writer's whole career or future as the topic: "a chat about my career", "confused about my future in IT"
    # (unless a noun narrows it to one decision: "my career switch", "my career page")
    r"(?:about|on|regarding|with|for) my (?:career|future|path|journey|next steps?|options|life)\b(?! (?:choice|move|"
    r"switch|change|decision|plan|goal|question|page|site)s?\b)",
    r"what do you (?:like|enjoy|love) (?:most|least|about)",
    r"what skills (?:are|do) (?:most )?(?:important|needed|matter)",
    r"what (?:advice|tips?) (?:would|do|could) you (?:give|have|offer)",
    # a referral or a partnership with no named role or task
    r"(?:for|to) any (?:suitable |relevant |open )?(?:opening|role|position|job)s?",
    r"explore (?:how|ways|opportunities|synergies|a partnership)",
    r"add value (?:to|for) (?:each other|one another)",
)
# What makes a request answerable: a choice between options, a review of one piece of work, an introduction to
# someone, or one question.
SPECIFIC_ASK = _words(
    r"which (?:one|of|two|three|\w+ (?:would|should|do|did|is|are|was|has|worked))",
    # the reader asked to pick among options the message has named: "which would you read first?"
    r"which (?:would|should|do) (?:you|i|we) (?:\w+ )?(?:pick|choose|start|read|use|prefer|go|try|keep|learn|take)\b",
    r"whether (?:to|i should|we should|it)",
    # one artefact; "my work" or "my stuff" names none
    r"(?:review|look over|look at|critique|feedback on|comments on|read through) (?:my|our|a|the|this|one)"
    # (nor the writer's own earlier message: a glance at my DM wants an answer, not a review)
    r"(?! (?:(?:earlier|last|previous|first|original) )?(?:stuff|work|things|projects?|profile|content|everything|"
    r"materials|code|codebase|repo|repository|app|"
    r"website|site|portfolio|github|gitlab|message|e-?mail|note|question|request|dm)\b)"
    # (nor all of a long piece: "review the whole thesis" marks out no part to look at)
    r"(?! (?:whole|entire|full|complete)\b)",
    r"introduc(?:e|tion)\b[^.!?\n]{0,20}\bto (?!(?:the right|someone|somebody|anyone|anybody|people)\b)[a-z]",
    r"one (?:question|thing|decision)",
    # (not a whole plan asked for: "suggest a learning plan for my next year")
    r"(?:recommend|suggest) (?:one|a|two|three)(?! (?:[\w-]+ )?(?:plan|roadmap|path|strategy)\b)",
    r"(?:choose|decide|deciding|choosing) between",
    # not how someone's career began: "how did you get started" is a stock question, not a decision
    # (nor how to match the reader: "how do I get as good as you")
    r"how (?:did|do|would|should) (?:you|i|we)(?! (?:get (?:started|into|your start|as good|as far)|become|end up|"
    r"start out|break in))",
    r"(?:is|was) (?:that|this|it) deliberate",
    r"(?:a|be a|as a) (?:reference|referee)",
    r"refer(?:ral)? me(?! (?:for|to) any\b)",  # "to any open role" names no role
)
# How writer and reader are already linked: a shared contact who sent the writer, or a place they met. Guidance on
# connection requests puts this first among reasons to accept a note from a stranger.
SHARED_CONTEXT = _words(
    r"(?:suggested|recommended) (?:that )?i (?:reach|get|contact|write|message|talk|speak|connect)",
    r"(?:referred|introduced|sent|pointed) me (?:to you|your way)",
    r"(?:gave|passed) me your (?:name|details|email|contact)",
    r"(?:thought|said|suggested) (?:that )?we (?:should|might|could|ought to) (?:talk|connect|meet|speak)",
    r"mutual (?:friend|connection|colleague|contact|acquaintance)s?",
    r"we (?:met|spoke|talked|chatted) (?:briefly )?(?:at|during|after|on|in|last)",
    r"we were both (?:at|on|in|speakers)",
    # an exchange at the reader's own event: "I came up with my question at your workshop", "we chatted at your panel"
    r"(?:i|we) (?:asked|came up|spoke|talked|chatted)\b[^.!?\n]{0,60}\b(?:after|at|during) your (?:\w+ )?(?:talk|"
    r"session|workshop|clinic|keynote|webinar|meetup|class|lecture|panel|stream|ama|office hours)\b",
    # what the reader once did for the writer's work: an exchange both remember
    r"you (?:reviewed|critiqued|judged|marked|commented on|merged|accepted) (?:my|our)\b",
    # the writer's contribution the reader took in: "the spelling patch you accepted in May"
    r"(?:fix|patch|pr|pull request|change|translation|commit|example|typo)e?s? (?:\([^)\n]{1,20}\) )?(?:that |which )?"
    r"you (?:merged|accepted|approved|landed|released)\b",
    r"your (?:tip|advice|answer|reply|suggestion|hint|pointer|comment)\b[^.!?\n]{0,60}\b(?:fix|fixe[sd]|solved?|saved?|"
    r"unblocked|cut|halved)\b",
    # the writer placed in a conversation the reader took part in: "I'm the one who asked about X in your channel"
    r"(?:i am|i['’]m) the (?:one|person|developer|dev|student|tester) (?:from|who)\b",
    # the writer placed at the reader's event by name: "I'm Ada from your March workshop, with the mocks question"
    r"(?:i am|i['’]m) \w+ from (?:the|your) (?:[\w'’-]+ ){0,3}(?:q&a|q & a|meetup|talk|workshop|session|panel|stream|"
    r"clinic|office hours|class|lecture|evening|night)\b",
    # the reader's suggestion to the writer, reported done: "you recommended a smaller test case, so I wrote one"
    r"you (?:suggested|recommended|advised|told me)\b[^.!?\n]{0,60}\b(?:and|so) (?:i|i['’]ve|it['’]s|it is|that['’]s|"
    r"now)\b",
)
# The writer's own past work on the reader's project: "we subtitled the second lecture of the course". It ties
# the two when the mentee's notes on the mentor record the same work (clarity._contribution_on_record).
CONTRIBUTED = _words(
    r"(?:i|we) (?:(?:also|once|recently) )?(?:translated|fixed|corrected|documented|ported|subtitled|contributed|"
    r"patched)\b"
)
# Thanks for one thing the reader did for the writer (a fix, a review, an answer): an interaction both remember,
# so a connection note that names it has its reason.
THANKS_FOR_AN_ACT = _words(
    r"thank(?:s| you)(?: so much| again| very much)? for (?:fixing|reviewing|answering|merging|explaining|debugging|"
    r"patching|replying to|looking (?:at|into)|pointing (?:me|out)|the (?:fix|review|answer|reply|pointer|patch))"
    r"\b[^.!?\n]{12,}",
)
# What the reader handed over, or asked to have, delivered: "As you asked, here is the trace", "as requested".
# A message that brings it needs no request of its own.
AS_ASKED = _words(r"(?:as|like) you (?:asked|requested)\b", r"as requested\b", r"you asked (?:me )?for\b")
# A favour the reader offered or agreed to before it is asked: "grateful you agreed to put my name forward".
READER_OFFERED = _words(
    r"you (?:kindly )?(?:offered|agreed|promised|volunteered|said you(?: would|['’]d))",
    r"(?:for|after) (?:kindly )?(?:offering|agreeing|volunteering)",
)
# Thanks for a favour done, closing just before it: "thank you so much for" (vouching, introducing ...). Thanks given
# ahead ("in advance") or for weighing it ("for considering") is still the ask.
THANKED_FOR = re.compile(r"\bthank(?:s| you)(?: so much| again| very much| also)? for (?:\w+ing (?:to )?)?$")
# An either/or question ("is X worth it, or would you first try Y?") is a decision the reader can make.
# "Monday or Wednesday" offers slots for a call, not options to decide between.
EITHER_OR = re.compile(
    r",? or (?!so\b|two\b|more\b|less\b|not\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|next\b|later\b)"
)
VAGUE = _words(
    r"stuff",
    # (not things counted, then listed: "two things the guide skips: ...")
    # (nor the way of the world: "where things are going")
    r"(?<!two )(?<!three )(?<!four )(?<!five )(?<!\d )(?<!where )things(?: like that)?",
    # (nor any thing that may come: "if something breaks after a release, I can look", nor one its clause defines:
    # "something you can spare an hour for", "something that has worked elsewhere")
    r"(?<!when )(?<!if )(?<!whenever )something(?: like that)?(?! (?:that|which|you|i|we|they|he|she)\b)",
    r"etc\.?",
    r"at some (?:stage|point)",
    r"sort of things?",
    r"whatever",
    r"in general",
    r"and all that",
)

# --- brevity -------------------------------------------------------------------------
# Words that carry no meaning in a request (the plain-language guides' lists of intensifiers and empty openers).
# "Thank you very much" is a set formula of thanks (common in non-native English), not an intensifier to cut.
FILLER = _words(
    r"just",
    r"really",
    r"basically",
    r"actually",
    r"totally",
    r"honestly",
    r"literally",
    r"kind of",  # brevity._check_filler leaves the noun with its determiner alone ("the same kind of outage")
    r"sort of",
    r"very(?<!you very)(?<!thanks very)",
    r"extremely",
    r"definitely",
    r"quite",
    r"simply",
    r"like(?= \d)(?<!would like)(?<!['’]d like)",  # "about 15 minutes", not "would like 15 minutes"
    r"or so",
    r"needless",
    r"i hope (?:this|my)(?: (?:message|email|e-mail|note))? finds you[^.!?\n]*",
    # wellness wishes and sign-off wishes fill a short note without telling the reader anything
    r"(?:i )?hope (?:you(?:['’]re| are) (?:having|doing|keeping|staying)|all is|everything is|your (?:week|day|"
    r"weekend|month|term|morning)(?:(?:['’]s| is) (?:going|off)|(?:['’]s| has) been)\b)(?:[^.!?\n]{0,40}\w)?",
    r"wishing you (?:all|a|an|the)\b[^.!?\n]{0,25}",
    # chat etiquette ("don't ask to ask"): worry about the reader's time, or leave to ask, spends a turn before
    # the point; the question itself says all the reader needs
    r"(?:i )?hope (?:you(?:['’]re| are)|i(?:['’]m| am)) not (?:too |very )?(?:busy|bothering you|disturbing you)\b",
    r"(?:can|could|may) i ask (?:you )?(?:something|anything|a (?:quick |small |short )?question(?=\s*[?.!\n]))",
    r"passionate about\b[^.!?\n]{0,40}",
    # the stock networking line: it could close any note to anyone ("always keen to connect with ...")
    r"(?:always|keen|eager|looking) (?:to|forward to) (?:connect|network|expand|grow)\w*\b[^.!?\n]{0,50}",
    r"(?:expand|grow)\w* my (?:professional )?network\b",
    r"allow me to (?:introduce|present|tell you (?:a (?:little|bit|few words) )?about (?:myself|me))",
)
# The writer's company told as a brochure would ("founded in 2011"): a question from a firm needs what bears on the
# answer, not the firm's history. (Its size may bear on it: "a team of 15" is context for a question on rotas.)
COMPANY_HISTORY = _words(r"(?:was |were )?(?:founded|established) in (?:19|20)\d\d")
# A question of size or amount ("is the cache large enough?", "enough replicas for the peak?"): the answer turns on
# numbers (what is measured, the target, the limits).
SUFFICIENCY = _words(
    # (not whether the writer is ready: "have I done enough to be considered?")
    r"(?:big|large|long|fast|high|low|small|wide|many|much|often|frequent|powerful) enough",
    r"enough (?:data|samples?|users|traffic|memory|ram|cpu|capacity|power|replicas|nodes|shards|instances|runs|"
    r"events|rows|budget)\b",
    r"under-?powered",
    r"over-?kill",
)
# A run of four or more short items ("Unity, C#, level design, narrative design and game feel"): an inventory of
# skills or credentials where one line of background would do.
INVENTORY = re.compile(r"(?:[\w#+./'’-]+(?: [\w#+./'’-]+){0,2}, ){3,}(?:and |or |& )?[\w#+./'’-]+")
HEDGE_WORD = r"(?:maybe|perhaps|possibly|potentially|might|kind of|sort of|if that's (?:at all )?(?:okay|ok))"
# Searched in folded text, like the _words patterns.
STACKED_HEDGES = re.compile(HEDGE_WORD + r"(?:\W+\w+){0,1}\W+" + HEDGE_WORD)
# The writer's own turn back to the point ("Anyway, back to my question: ..."): what came before it, by their
# word, was not the point.
PIVOT = _words(
    # at a sentence's start or before its comma; closing a clause it means "regardless" ("notes you may want anyway")
    r"(?<![\w,;] )any(?:way|how)\b",
    r"any(?:way|how)(?=\s*,)",
    r"but enough about me",
    r"(?:the reason|why) i(?:['’]m| am) (?:writing|reaching out|messaging)",
    r"(?:to get|getting) (?:back )?to the point",
    r"back to (?:the point|business)",
    r"long story short",
)
RESTATING = _words(
    r"to restate",
    r"to reiterate",
    r"in summary",
    r"to summari[sz]e",
    r"as i (?:said|mentioned)",
    r"as mentioned(?: above| before)?",
    r"once again",
    r"again,",
)

# --- value ---------------------------------------------------------------------------
# An offer is the writer (or their team) willing to give something: "I can share", "our office could host",
# "I'd be glad to audit". Gladness to do anything is an offer unless it is logistics ("happy to work around
# your schedule" is flexibility); a bare "I can/could/would" or "I'd like to" needs a giving verb, because
# "I'd like to ask", "I could move" and "I'd like to contribute to open source" are about the writer.
# The writer's own papers or story: sending them serves the writer's request, it gives the reader nothing.
_ABOUT_ME = (
    r"(?:(?:more |a bit |a little )?about (?:me|myself|my (?:background|experience|career))|my (?:cv|resume|résumé|"
    r"portfolio|details|background|profile|transcript|references))"
)
_NOT_ME = r"(?!(?:send|share|give|tell|say)(?: you)? " + _ABOUT_ME + r")"
_NOT_LOGISTICS = (
    r"(?!(?:work|fit) around|meet|chat|talk|jump|hop|adapt|adjust|wait|be flexible|keep it|hear|learn|ask|"
    r"connect|network|catch up|pick|make time|find time|free up|be (?:free|available|around)|"
    # more about the writer, for the writer's own request: "happy to provide any further detail"
    r"provide (?:anything|any|more|further|additional)|send (?:more|further|additional) (?:cv|resume|details)|"
    r"(?:send|share|give|tell|say)(?: you)? " + _ABOUT_ME + r"|"
    # the writer's own growth: "keen to grow my network", "glad to improve my Rust"
    r"(?:grow|expand|broaden|improve|develop|advance|build|strengthen) (?:my|our)\b)"
)
_GIVE = (
    r"(?:share|send|give|offer|host|port|upstream|write|build|test|review|audit|translate|demo|present|record|prototype|"
    r"reproduce|minimi[sz]e|document|fix|triage|draft|prepare|organi[sz]e|turn|introduce|teach|lend|sponsor|"
    r"proofread|edit|benchmark|capture|summari[sz]e|compile|collect|report|cover|donate|maintain|walk you|"
    # (a meeting set up takes the reader's time: "I would love to set up an hour-long session with you" gives nothing)
    r"set up(?! (?:a |an |the |some )?(?:[\w-]+ )?(?:call|chat|meeting|time|slot|zoom|session|coffee)s?\b)|"
    r"open an? (?:issue|pull request|pr|ticket)|volunteer (?:on|at|as|to)\b|generate|create|label|annotate|"
    r"moderate|subtitle|locali[sz]e|transcribe|mentor|put together|pull together|sketch|mock up|design|clean up|"
    r"tidy up|pair|proof-?read|run (?:a|an|the|it|some|your)|take (?:\w+ ){0,3}off your plate|(?:take|taking) care of|"
    # work kept up for the reader: "keep the Greek manual current"
    r"keep (?:(?:it|them|the|those|these|[\w-]+) ){1,3}(?:in sync|up[- ]to[- ]date|current)\b|"
    # a check of the reader's material for something: "could check your wording for accuracy", "sanity-check it"
    r"(?:fact|sanity|proof|double)-?check|(?:check|verify|validate) (?:over |through )?(?:your|yours)\b"
    r"(?=[^.!?\n]{0,40}\b(?:for|against)\b))"
)
_GIVER = r"(?:i|we|our (?:team|office|company|group|lab|meetup)|my team)(?:\s+|(?=['’]))"
_ALSO = r"(?:(?:also|gladly|happily)\s+)?"
_GLAD = (
    r"(?:['’]d|would|am|['’]m|are|['’]re)(?: be)? (?:more than |really |very |only too )?(?:happy|glad|delighted|keen|"
    r"pleased|willing) to\s+"
)
_MODAL = r"(?:can|could|would|will|['’]d|['’]ll|(?:am|['’]m) able to|offer to)\s+"
# "I'd like to fix it" may be the writer's own plan; a wish to give is an offer when it is aimed at the reader, in the
# same clause ("I'd like to present it to our council, and I'd welcome your comments" gives the reader nothing).
_FOR_THEM = r"(?=(?:(?!, (?:and|but) )[^.!?\n]){0,80}\b(?:you|your|yours|the project|the team|the community)\b)"
# Words that frame an offer without being one: "In return, happy to help however I can" offers nothing concrete.
_FRAMES = (
    r"in return",
    r"in exchange",
    r"(?:if|where) (?:it|they|that|this|these)(?:['’]s| is| are| would| could| might)? (?:be )?"
    r"(?:useful|helpful|of use|helps?|would help)",
    r"if (?:useful|helpful|of use|wanted)",
    r"in case (?:it|they|that)(?:['’]s| is| are)? (?:useful|helpful|of use)",
    # work done and held for the reader: "the repro steps are ready whenever you want them"
    r"(?:are|is) ready (?:for you )?(?:if|whenever|should) you (?:want|need|would like)",
)
OFFER_FRAME = _words(*_FRAMES)
# The reader's gladness, not the writer's: "my tutor thinks you'd be keen to look" promises their time, not ours.
READERS_GLADNESS = _words(
    r"you(?:['’]d|['’]ll| would| will| might| may)? be (?:more than |really |very )?(?:happy|glad|delighted|keen|"
    r"willing) to \w+",
    r"you(?:['’]re| are) (?:happy|glad|delighted|keen|willing) to \w+",
)
# "My CV, if useful" frames the writer's application, not something given.
ABOUT_ME = _words(_ABOUT_ME)
OFFER = _words(
    *_FRAMES,
    # the reader's own work carried to new readers, already done: "I ported your helper to Go for our services"
    r"(?:i|we)(?:['’]ve| have)? (?:translated|subtitled|transcribed|locali[sz]ed|ported) (?:it|them|your)\b",
    _GIVER + _ALSO + _GLAD + _ALSO + _NOT_LOGISTICS,
    # not help to the writer or the writer's own people: "I could help my brother move flats"
    _GIVER + _ALSO + _MODAL + _ALSO + r"(?:contribute|help)\b(?! (?:to open[- ]source|me|my)\b)",
    # not a purpose of the writer's own: "so I can prepare", nor a question put inside the ask: "show me how we could
    # fix it"
    r"(?<!so )(?<!so that )(?<!how )(?<!whether )(?<!where )(?<!what )"
    + _GIVER
    + _ALSO
    + _MODAL
    + _ALSO
    + _NOT_ME
    + _GIVE,
    # unless the purpose is the reader's: "so that I can show the results to you once they are in"
    r"so (?:that )?(?:i|we) (?:can|could) (?:share|send|show) (?:it|them|this|that|(?:the|my|our) (?:[\w-]+ ){0,2}"
    r"[\w-]+) (?:with|to) you\b",
    r"i(?:['’]d| would) (?:like|love) to " + _GIVE + _FOR_THEM,
    # an open task of theirs taken on: "I'd like to take issue #40", "could I claim the parser ticket?"
    r"(?:i(?:['’]d| would) (?:like|love) to|i(?:['’]m| am) (?:keen|happy|glad) to|(?:can|could|may) i) (?:pick up|"
    r"take on|take|claim) (?:one of |an? |the |this |that )?(?:[\w'’-]+ ){0,3}(?:[\w-]+-)?(?:issues?|tickets?|bugs?|"
    r"tasks?)\b",
    # an open item named by its number and taken on: "I could pick up #212 unless someone has it"
    r"(?:i|we) (?:can|could|will|['’]ll|(?:would|['’]d) like to) (?:start (?:on|with)|take|pick up|work on) "
    r"(?:issue |ticket |bug )?#\d+",
    # an offer put as a question or a gift: "would you be interested if I ran ...", "would you like them?"
    r"(?:would|are) you (?:be )?interested (?:if (?:i|we)|in (?:my|our|a|an|the|having|getting|seeing|using))",
    r"(?:would|do) you (?:like|want) (?:it|them|a copy|my|our|these|those)\b",
    # a piece of the writer's work put at their disposal: "do you want the data as a CSV?", "would your lab like to
    # host them?"
    r"(?:would|do) you (?:like|want) (?:the|this|that) (?:files?|data|dataset|translation|patch|fix|notes|script|"
    r"draft|version|copy|results|list|slides|lesson plans?|template)\b",
    r"(?:would|do) your (?:group|team|lab|project|department) (?:like|want) to (?:link|use|include|publish|host|share|"
    r"add|reuse|adopt|merge)\b",
    r"(?:they|it)(?:['’]re|['’]s| are| is) yours to",
    # a fix to the reader's work handed over ready: "the patch is up as a pull request (#90)"
    r"(?:fix|fixes|patch|patches|correction|corrections) (?:is|are) (?:in|up (?:in|as)) (?:a|an|my|the) (?:\w+ )?"
    r"(?:pr|pull request|merge request|patch|branch)\b",
    # what the writer promised, handed over: "here is the benchmark I mentioned", "as promised, the slides"
    r"here(?:['’]s| is| are) (?:the|my|that|those) [^.!?\n]{0,60}?\b(?:i|we) (?:mentioned|promised|talked about)\b",
    r"as promised\b",
    # a talk held ready for the reader's event: "I have a 15-minute talk on caching in Django"
    r"(?:i|we)(?:['’]ve got| have(?: got)?) (?:a|an) (?:\d+[- ]?min(?:ute)?s? |short |lightning |\w+-minute )?"
    r"(?:talk|lightning talk|workshop|demo) (?:about|on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the \d|\d))",
    # material held ready for them: "the traces are ready to share with your team"
    r"(?:are|is) ready to (?:send|share|hand over)\b(?=[^.!?\n]{0,60}\b(?:you|your)\b)",
    # not "you'd get a signing bonus for me": an employer's money, not the writer's gift
    r"you(?:['’]d| would) (?:get|receive) (?:a|an|the|my|our)\b(?! (?:referral |hiring |signing )?bonus)",
    # the giver left out after "and": "I built the report and could share it"
    r"and (?:can|could|would|will|would be (?:happy|glad) to) (?:also )?" + _GIVE,
    r"(?:happy|glad|delighted|keen) to " + _NOT_LOGISTICS + r"\w+",
    r"you(?:['’]re| are) (?:most |very )?welcome to (?:use|reuse|share|have|take|keep|fold|merge|include|add|adopt|"
    r"copy|fork|cite|publish|build on|the|it|them)\b",
    # the gift offered in the form it arrives in: "do you want those patches as a diff?", "should I share them?"
    r"(?:would|do) you (?:like|want) (?:the|this|that|these|those)\b[^.!?\n]{0,60}\bas (?:a|an) (?:pull request|pr|"
    r"patch|diff|branch|gist|file|spreadsheet|csv|doc|document|pdf)\b",
    r"should (?:i|we) " + _NOT_ME + _GIVE,
    r"(?:would|do) you (?:like|want) me to",
    r"(?:if )?you(?:['’]d| would) like me to",
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] ))want me to",
    r"(?:can|could|may|might) (?:i|we) (?:help|assist|contribute|pitch in|lend a hand|volunteer|offer)\b",
    r"feel free to (?:use|take|borrow|reuse|fork|adapt|link(?: to)?|cite|quote)"
    r"(?: or (?:share|adapt|reuse|pass on|forward))? "
    r"(?:my|our|the|it|them)\b",
    r"as (?:a )?thanks?(?:[- ]you)?,? (?:i|we)\b",
    r"shall i",
    r"i(?:['’]ve| have) (?:written|put together|prepared|captured|built|recorded|collected|made)\b[^.!?\n]{0,60}?"
    r"\b(?:for you|you (?:could|can|might|(?:are|'re) welcome to) use)",
    r"i(?:['’]d| would) love to help",
    r"reverse[- ]mentor(?:ing)?",
    r"i(?:['’]ll| will) (?:send|share|write up)(?!(?: you)? " + _ABOUT_ME + r")",  # not "I'll send my résumé"
    # what the writer found, made public for the next person: "I'll post the workaround on the forum" (not the
    # writer's own question or papers)
    r"i(?:['’]ll| will) (?:post|publish) (?:the|my|a|our)\b(?! (?:question|request|cv|résumé|resume|profile)\b)"
    r"[^.!?\n]{0,60}\b(?:forum|wiki|thread|cookbook|docs|blog|repo|discussions?)\b",
    r"would (?:a|an|the|my|our|this|these|that|it|they)\b[^.!?\n]{0,40}\bbe (?:useful|helpful|of use|of interest|"
    r"valuable|welcome|wanted)",
    r"(?:attached|enclosed|linked) (?:below |here )?(?:in case|if)",
    r"(?:would|do) you (?:take|accept|want|welcome) (?:a|my|the) (?:pr|pull request|patch|fix|contribution)",
    # a contribution already made, given before the ask: "I've filed an issue", "so I sent PR #12 with the fix"
    r"(?:i|we)(?:['’]ve| have)? (?:already )?(?:opened|filed|submitted|sent|raised) (?:(?:a|an|the|my) )?(?:pr|"
    r"pull request|issue|patch|fix|bug report)s?\b",
    r"let me (?:help|know if i can help)",
    # the offer put as a question about its use: "would it help if I wrote the migration guide?"
    r"would it (?:help|be (?:useful|helpful|of use|of interest|worth (?:it|anything)))(?: (?:you|at all|to you))? "
    r"if (?:i|we)\b",
    # help on condition of the reader's need: "if you need test data for the parser, I can generate some"
    r"if you (?:ever )?(?:need|want|(?:would|['’]d) like)\b(?! (?:more|any|further|additional|other) (?:info|"
    r"information|details|context|background)|(?: to)? (?:talk|chat|meet|call|speak|reach|contact)\b)"
    r"[^.!?\n]{0,80}?,? (?:i|we) " + _MODAL + _ALSO + _NOT_LOGISTICS,
)
# Offers that leave the mentor to invent the task: goodwill, but nothing they can accept.
VAGUE_OFFER = _words(
    # reciprocity with no object: "happy to return the favour", "I owe you one", "whatever you need"
    r"(?:return|repay) (?:the|your|this|that|a) (?:favou?r|kindness|help|generosity)[^.!?\n]*",
    r"whatever you (?:need|want|like)[^.!?\n]*",
    r"pay it forward[^.!?\n]*",
    r"owe you(?: one)?[^.!?\n]*",
    # attention is not help: following, liking or starring their accounts gives them nothing to use
    r"(?:follow|subscribe to|star|upvote|retweet|repost|boost|endorse|like)(?: you (?:on|for)| all (?:of )?your| every "
    r"one of your| your (?:posts?|videos?|tweets?|channel|account|profile|page|content|updates|repos?))\b[^.!?\n]*",
    r"(?:if (?:there(?:['’]s| is)|you (?:ever )?need) )?(?:ever )?anything (?:(?:else )?i can (?:do|help)|"
    r"you need)[^.!?\n]*",
    r"(?:help|assist)(?: you)?(?: with)? (?:anything|whatever)[^.!?\n]*",
    r"(?:happy|glad) to help(?: (?:any ?time|in (?:any|every) way|however (?:i|we) can|with anything))?(?=\s*[.!,]|$)",
    # the wish to help with nothing named: "I'd like to help out." (not "like to help proofread the German edition")
    r"(?:love|like|want) to help(?: out)?(?=\s*[.!,]|\s+(?:and|but|if|in any|however|where)\b|$)",
    r"let me know how (?:i|we) (?:can|could|might) (?:help|contribute|be of (?:use|help|service))[^.!?\n]*",
    r"let me know if (?:i can (?:ever )?help|there(?:['’]s| is) anything)[^.!?\n]*",
    r"(?:help|assist) in (?:any|every) way[^.!?\n]*",
    # help that names a place but no task: "help with the podcast somehow", "help out however I can"
    r"(?:help|assist|contribute|chip in|support|get involved|be involved)(?: out)?(?: you)?(?: (?:with|on|to|in) "
    r"[^.!?\n]{0,40}?)?"
    r" (?:somehow|in (?:some|any) way|some way or other|where(?:ver)? (?:i|we) can|however (?:i|we) can)",
)
# Choosing the format of the ask ("I can send it by email, or we can talk on a call, as you prefer") is logistics;
# the reader's preference between two forms of a gift ("as a docs page or a forum post, whichever you prefer") is not
# (value.offer_kind reads PREFERENCE only beside a way to meet or answer, MEDIUM).
PREFERENCE = _words(r"(?:as|whichever|whatever) you prefer", r"if you(?:['’]d| would) prefer")
MEDIUM = _words(r"(?:call|e-?mail|chat|video|zoom|phone|meet|meeting|talk|in person|in writing|written|message|dm)s?")
FORMAT_CHOICE = _words(
    r"or we (?:can|could) (?:talk|meet|speak|chat|call|(?:do|have) a call)",
    # the arrangements of the meeting asked for, which give the reader nothing: "happy to share my availability"
    r"(?:send|share) (?:you )?(?:a few |some |my |two |three |an? |the )?(?:time ?slots|available times|availability|"
    r"(?:calendar |meeting )?invite|(?:calendar|booking|scheduling|zoom|meet|teams|video|call|webex) link)",
    r"book (?:directly|a (?:time|slot))\b",
)
# A promise to report back is made of three parts, each in many wordings: the promise ("I'll", "I'd be glad to"),
# the telling ("let you know", "write back", "drop you a line") and what will be told (the outcome, the results,
# how it went). Althoff et al. (2014) found that requests which promise something back are granted more often.
_PROMISE = (
    r"(?:i(?:['’]ll| will| shall)|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] ))will|i(?:['’]d| would) (?:be (?:more than )?"
    r"(?:happy|glad|delighted) to|love to|like to)|(?:happy|glad) to|i can) "
)
# The reader's advice, named: "your tip about X", "the split you suggested".
_THEIR_ADVICE = (
    r"(?:your (?:[\w'’-]+ ){0,2}?(?:advice|suggestions?|pointers?|tips?|ideas?|recommendations?|hints?|nudge|steer|"
    r"reply|feedback|input)|the\b[^.!?\n]{1,40}? you (?:recommended|"
    r"suggested|proposed|mentioned|gave (?:me|us)|sent|shared|pointed (?:me|us) (?:to|at)))"
)
# Telling the reader in so many words; with "share", "send" or "show" the telling may be of anything.
_TELL_YOU = (
    r"(?:tell you|let you (?:know|hear)|say|(?:get|come|write|circle|report) back|revert|inform you|"
    r"drop you (?:a|an) (?:line|note|email)|send you (?:a|an) (?:line|note|email|message)|update you|email you|"
    r"ping you)"
)
_TELL = r"(?:" + _TELL_YOU + r"|share|send|tell|show|report|write up|inform|follow up)"
_OUTCOME = (
    r"(?:results?|outcomes?|findings|verdict|numbers|figures|metrics|how\b[^.!?\n]{0,40}?\b(?:goes|go|went|turns? out|"
    r"turned out|works? out|worked out|plays? out|played out|got on|get on|gets on|lands?|landed|fared|reacted|"
    r"responded)|what\b[^.!?\n]{0,40}?\b(?:find|found|"
    r"learn|learnt|learned|decide|decided|chose|choose|says?|said|shows?|showed|comes? of|happens|happened|works|"
    r"worked)|whether (?:it|they|that|this) (?:works?|worked|helps?|helped)|"
    # how their own advice fared: "whether the pricing you suggested kept churn down"
    r"(?:how|what|whether)\b[^.!?\n]{0,60}?" + _THEIR_ADVICE + r")\b"
)
_NOT_A_REPORT = (
    r"(?! (?:if (?:i|we) (?:have|need|get|can)|when (?:i|we)(?:['’]m|['’]re| am| are) (?:free|available|around|"
    r"in town)|my (?:availability|schedule|times?)|(?:which|what) (?:times?|days?|slots?)))"
)
FOLLOW_THROUGH = _words(
    r"i(?:['’]ll| will) have (?:the|a|an|my|our)\b[^.!?\n]{0,40}\bready",
    # "let you know when I'm free" is logistics, "follow up with you next week" a nudge: neither reports back
    r"i(?:'ll| will) (?:report back|let you (?:know|hear)" + _NOT_A_REPORT + r"|share (?:what|how) (?:i|we)|"
    r"follow up (?:with|on) (?!you\b)|send you|put (?:your|it|the)|"
    r"keep you (?:posted|updated)|come prepared|prepare|write up)",
    r"report back",
    r"follow through",
    r"keep you (?:posted|updated)",
    r"you(?:['’]ll| will) hear (?:back )?from me",
    r"expect (?:an? )?(?:update|note|report|email|line) from me",
    # a promise to tell them how it went, in any of its wordings: who promises, how they will tell, and the outcome
    _PROMISE + r"(?:\w+ ){0,2}?" + _TELL + r"\b[^.!?\n]{0,60}?\b" + _OUTCOME,
    # the same promise joined to a step the writer will take: "I'll try the smaller index and tell you what changed"
    _PROMISE + r"[^.!?\n]{0,50}?\band (?:then )?" + _TELL + r"\b[^.!?\n]{0,60}?\b" + _OUTCOME,
    r"(?:share|tell you) (?:how|what) (?:it|i)",
    # the telling made on condition of the outcome: "if your fix works, I'll drop you a line"
    r"if (?:it|this|that|they|the|your)\b[^.!?\n]{0,40}?\b(?:works?|worked|solves?|solved|fixes|fixed|pays off|"
    r"does the trick)\b(?! for (?:you|u)\b)[^.!?\n]{0,30}?" + _PROMISE + r"(?:\w+ ){0,5}?" + _TELL_YOU + r"\b",
)
# A step the writer commits to, named by its own verb ("I will draft the conclusion of my talk"), not a promise to
# report back: after a meeting it shows the advice is being acted on.
NEXT_STEP = _words(r"i(?:['’]ll| will) (?!let\b|keep\b|report\b|follow up\b|be\b|try to\b)[a-z]+")
# What the writer already tried or learnt on their own: the homework that makes a request worth answering.
# "Tried my best" or "tried hard" is effort with nothing in it the reader could build on.
# Nor is a quantity of unnamed attempts ("tried several approaches", "all the usual fixes") unless they are then
# named, nor looking for someone else to ask ("tried to find another person to ask"): that seeks help, it tries nothing.
_SOME = (
    r"(?:a few|a couple(?: of)?|several|some|many|lots of|loads of|tons of|various|all(?: of)?(?: the)?|every|each|"
    r"any|numerous|countless|multiple|different|endless|so many|a (?:bunch|number|variety) of|all sorts of)"
)
_ATTEMPTS = (
    r"(?:[a-z-]+ )?(?:things?|approach(?:es)?|ways?|options?|solutions?|fix(?:es)?|methods?|ideas?|tricks?|stuff|"
    r"suggestions?|resources?|tutorials?|tips?|answers?|workarounds?|combinations?|variations?)"
)
_TRIED = (
    r"tried(?! (?:already )?(?:(?:my|our|their) (?:very )?(?:best|hardest|utmost)|(?:so |really )?hard\b|everything|"
    r"anything|" + _SOME + r" " + _ATTEMPTS + r"\b(?!,? (?:like|such as|including|namely)\b|:)|a lot\b|so much|"
    r"to (?:find|reach|contact) (?:you|someone|somebody|anyone|another|other|others|people)\b))"
)
# What a writer does to a problem, in forms that are both past tense and participle ("I rebuilt", "I've rebuilt").
_DONE = (
    _TRIED + r"|tested|built|started|shipped|finished|completed|migrated|measured|profiled|benchmarked|prototyped|"
    r"worked through|went through (?:your|the|their|its|my|our|all|each|every)\b|"
    r"compared|logged|collected|analy[sz]ed|surveyed|replicated|opened|filed|added|isolated|rebased|"
    r"(?:checked|verified|confirmed)(?! and\b|,)|ruled out|reproduced|implemented|interviewed|coded|drafted|mapped|"
    r"timed|traced|narrowed|fixed|removed|rebuilt|reduced|cleaned|automated|deployed|refactored|replaced|converted|"
    r"trained|evaluated|patched|debugged|instrumented|audited|recreated|contributed|submitted|ported|translated|answered|"
    r"prepared|updated|documented|recorded|bisected|reverted|rolled back|disabled|enabled|upgraded|downgraded|pinned|"
    r"bumped|raised|lowered|increased|decreased|swapped|cleared|reinstalled|uninstalled|restarted|reindexed|inspected|"
    r"changed|tweaked|adjusted|tuned|configured|installed|recompiled|re-?ran|retrained|flushed|deleted|wrapped|forked|"
    r"cloned|played (?:around )?with|dug into|dug (?:a (?:bit|little) )?(?:more|further|deeper)|"
    r"put (?:a|an) (?:failing |minimal )?(?:test|repro|reproduction)|"
    r"followed (?:the|their|its) (?:steps|instructions|guide|tutorial|docs|readme)|"
    # a change made to something named, not a life event ("moved to Berlin", "switched careers")
    r"(?:moved|switched) (?:the|our|my|it|them|all|each|every|to (?:a|an|the))\b|"
    # the source asked first; "I emailed you" is a nudge and "when I asked how to" asked the reader, not homework
    r"(?:contacted|emailed|messaged|wrote to|reached out (?:to|with)|consulted|talked (?:to|with)|spoke (?:to|with)|"
    r"checked with)(?! (?:you|ur|ask|see|check|request|find out|enquire|inquire)\b)|"
    # the problem taken to its tracker or forum ("reported it on the tracker"), not a line manager ("reported to")
    r"reported(?! to\b)|posted (?:on|in|to|about|a question|the question)\b|"
    r"asked (?:on|in|around|the|my|our|a|an|colleagues|them|him|her)\b"
)
# A modal before the subject asks or proposes ("can we set up a call"): nothing has been done yet.
_NOT_PROPOSED = "".join(
    f"(?<!{m} )" for m in ("can", "could", "shall", "should", "would", "will", "may", "might", "if")
)
# What stands before a sentence or clause that opens on a word in lower case (a line break, ". " or "; "): where a
# diary-style report drops its subject. Found as these marks, a scan that skips to the next of their characters;
# value._sentence_openings adds the body's start.
OPENING_MARK = re.compile(r"(?:\n|[.!?;:] )(?=[a-z])")
# Homework reported at a sentence's opening, tried only there (value.py): a report with its subject dropped ("Tried
# the flag, no luck."), or what a change did, with the change as subject.
TRIED_AT_OPENING = _words(
    r"(?:already |also |then |first )?(?:" + _DONE + r")\b",
    # what a change did, with the change as subject: "Caching the lookups cut the build time in half"
    # (not an undirected search, "searching online": as empty as "tried everything")
    r"(?!(?:no|some|every|any)thing\b|during\b|morning\b|evening\b|(?:search|googl|look|brows)ing "
    r"(?:online|around|the (?:web|internet)|everywhere)\b)[a-z]+ing\b[^.!?\n]{0,80}?\b"
    r"(?:cut|halved|doubled|tripled|reduced|fixed|broke|solved|did(?:n['’]t| not) (?:help|work|"
    r"change|fix))\b",
)
# Attempts summed up with none named: "nothing I've tried", "everything we changed".
# A ranking closed by a relative clause: "the simplest one I've used", "the only tool we tested that ...".
RANKED_BEFORE = re.compile(
    r"\b(?:best|finest|fastest|easiest|simplest|clearest|only|most \w+|worst)(?: [\w'’-]+){0,3} (?:that |which )?$"
)
_SUMMED_UP = "".join(f"(?<!{w} )" for w in ("nothing", "everything", "anything", "all"))
_PUBLIC_SOURCE = (
    r"(?:page|docs|documentation|faq|readme|posting|advert|listing|job (?:ad|description)|site|website|wiki|handbook|"
    r"guide|ladder|changelog)"
)
TRIED = _words(
    r"i(?:'ve| have)? (?:already )?(?:attempted|experimented with)",
    # (reading "a lot" or "about it" names nothing read)
    r"i(?:'ve| have) (?:already )?(?:read(?! (?:your|his|her|their|a lot|lots|loads|tons|so much|up|about)\b)|written|"
    r"set up|gone through|filled in|put together|rewritten|made|run)\b",
    _NOT_PROPOSED + _SUMMED_UP + r"(?:i|we)(?:['’]ve| have)? (?:already )?(?:" + _DONE + r")\b",
    r"(?:i|we) did (?:already |also )?(?:try|test|check|run|read|build|reproduce|install|compile)\b",
    # a published result rerun, told in any tense (writers in a second language often keep the present)
    _NOT_PROPOSED + r"(?:i|we) (?:reproduce[ds]?|replicate[ds]?|re-?ran) (?:the |your |figure|table|fig\.?|results?|"
    r"experiments?|analys[ie]s|it)\b",
    # the attempt named as a noun: "my first attempt used a mutex", "I spent the weekend debugging it"
    r"(?:my|our) (?:first |last |earlier |previous |several |two |three )?attempts?\b",
    r"(?:i|we)(?:['’]ve| have)? spent (?:\w+ ){0,2}?(?:hours?|days?|weeks?|evenings?|weekends?|afternoons?|mornings?)"
    r" (?:on|trying|debugging|reading|testing|profiling|digging|chasing)\b(?! (?:it|this|that)\b)",
    r"(?:done|tried) so far\b",
    # (not effort summed up with nothing named: "I've been studying heaps", "building tons")
    r"i(?:'ve| have) been (?:building|learning|reading|working through|practi[cs]ing|studying|teaching myself|using|"
    r"testing|cleaning|measuring|tracking|logging|profiling|benchmarking|maintaining|contributing to|running)\b"
    r"(?! (?:loads|a lot|lots|so much|tons|heaps|plenty|a bunch)\b)",
    # ("I wrote to ask", "I wrote you last week" speak of the earlier message; "wrote to the maintainers" is in _DONE)
    _NOT_PROPOSED + r"(?:i|we) (?:already |also |then |first )?(?:" + _DONE + r"|wrote(?! to\b| you\b)|set up|ran|"
    r"rewrote)\b",
    # a published procedure worked through: "we worked through your runbook's steps and the fourth failed"
    r"(?:i|we) (?:followed|worked through|went through|ran through) (?:the|your|its|their|every|each|all)\b"
    r"[^.!?\n]{0,40}?\b(?:checklist|steps|guide|tutorial|instructions|runbook|recipe|walkthrough)\b",
    # the homework named as done before writing: "Before writing, I read the FAQ"
    r"before (?:writing|reaching out|asking|emailing|messaging|contacting)\b",
    r"(?:i|we) (?:already |first )?(?:read|searched|googled) (?:through |up on )?(?:the|all|every|both|existing|"
    r"related|closed|open)\b",
    # what the writer's work met: "the reviewers approved my patch"
    r"(?:maintainers?|they|the team|reviewers?) (?:merged|accepted|approved) (?:it|my|our|the)\b",
    # a follow-up that brings what the reader asked for: "As you asked, here is the trace."
    r"(?:you|as you|like you) (?:asked|requested)(?: (?:for|me)\b|,)",
    r"as requested\b",
    r"(?:i|we)(?:['’]ve| have) got (?:the|a|an|my|our)\b[^.!?\n]{0,40}\b(?:ready|working|written|drafted)",
    r"(?:i(?:['’]m| am)|we(?:['’]re| are)) already",
    r"since then,? (?:i|we)",
    r"(?:so far|already),? i(?:'ve| have)?",
    # the public source read first and its gap named: "the scheme's page covers the salary but not where the team
    # sits", "the README doesn't mention" (the writer asks only what reading could not answer)
    r"(?:the|your|its|their) (?:[\w'’-]+ ){0,2}"
    + _PUBLIC_SOURCE
    + r" (?:(?:explains?|says|mentions|covers|lists|describes|"
    r"answers|shows)\b[^.!?\n]{0,80}\bbut not|(?:doesn['’]t|does not|don['’]t|do not) (?:say|mention|cover|explain|"
    r"list|answer|show))\b",
    r"what i(?:'ve| have) (?:tried|found|learned|learnt)",
    # a public source set against what the writer saw elsewhere: "the docs say the limit is per user, but in the code
    # it looks global"
    # (or against what the writer cannot tell from it: "the handbook states members need a sponsor, and we cannot tell
    # whether that includes contractors")
    r"(?:the|your|its|their) (?:[\w'’-]+ ){0,2}" + _PUBLIC_SOURCE + r" (?:says?|said|states?|claims?|suggests?) "
    r"[^.!?\n]{0,80}\b(?:but|(?:and )?(?:i|we) (?:can['’]t|cannot|couldn['’]t|could not) (?:tell|work out|see|"
    r"figure out)|(?:and )?(?:i(?:['’]m| am)|we(?:['’]re| are)) (?:not sure|unsure))\b",
    # the proper channel tried first: "we filed it on the issue tracker last week"
    r"(?:i|we) (?:already |first )?(?:asked|wrote|enquired|inquired|applied|posted|filed|reported)(?: it| this)? "
    r"(?:through|via|using|on|in) (?:the|your|its|their) (?:[\w-]+ )?(?:contact form|form|forum|mailing list|"
    r"issue tracker|helpdesk|help desk|support (?:channel|desk|email|address)|discord|slack)\b",
    # the writer's own plan put in writing before asking: "my draft of the new flags is described in issue 9", "we
    # mocked up both layouts"
    r"(?:my|our|the) (?:proposed|proposal|draft)\b[^.!?\n]{0,30}\b(?:is|are) (?:written up|drafted|sketched|"
    r"described)\b",
    r"(?:i|we)(?:['’]ve| have)? (?:already )?(?:drafted|sketched out|mocked up|prototyped|written up)\b",
)
# Figures that show what the writer measured or found ("120 sent, 14 replies", "from 40% to 15%", "8k agents"):
# requests that give evidence are answered more often (Althoff et al. 2014, "How to ask for a favor"). Minutes
# (the ask's time bound) and years (a résumé line) are not evidence of homework.
EVIDENCE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|ms\b|k\b|fps\b|gb\b|mb\b|(?:users|students|people|customers|clients|"
    r"applications|interviews|replies|responses|stars|downloads|requests|tests|bugs|issues|errors|lines|pages|agents|"
    r"members|rows|records|services|repos|teams|engineers|hours|days|weeks|seconds|sessions|runs|builds|models|"
    r"points|times|questions|answers|posts|articles|talks|commits)\b)|\bfrom \d+(?:[.,]\d+)?\s*\S* to \d|"
    # a measured comparison: "a recall of 0.6 rather than 0.9"
    r"\b\d+(?:[.,]\d+)?\s*\S*\s+(?:instead of|rather than|versus|vs\.?|against) \d",
    re.I,
)
# The kinds of customer a seller serves ("teams like yours"), and the same words asking about the reader's own
# setting ("in agencies like yours, is pairing the norm?"): a question about their world, not a pitch.
_CUSTOMER_KINDS = (
    r"(?:companies|teams|businesses|clients|organi[sz]ations|startups|brands|firms|clinics|schools|agencies|studios|"
    r"practices|shops)"
)
IN_THEIR_KIND = re.compile(r"\b(?:in|at|on|among|across) (?:[\w-]+ ){0,2}" + _CUSTOMER_KINDS + r" like yours\b")
# A pitch for the writer's business dressed as an offer: what "our company/product/services" can do for the reader.
SALES = _words(
    # a seller's discovery questions: the reader's budget for tools ("the budget your studio has for build tools")
    r"(?:what|how much|the) budget (?:you|your (?:team|studio|company|group|department|org\w*))\b",
    # (where the business sits may come between: "our studio from Leeds offers ...")
    r"(?:our|my) (?:company|agency|consultancy|firm|startup|product|platform|solution|services|service|tool|team|"
    r"studio|bootcamp|academy)(?:['’]s)?(?: (?:in|at|from|based in) [\w-]+)? (?:can|could|will|helps?|offers?|"
    r"provides?|specializ\w+|specialis\w+|"
    r"(?:has|have) (?:already )?(?:helped|worked with|served|saved))",
    r"(?:we|i) (?:help|offer|provide) (?:companies|businesses|teams|clients|organi[sz]ations|startups|leaders)",
    # the seller's one-line value proposition: "we help clinics cut their cloud bills by half with our platform"
    r"(?:we|i) help (?:\S+ ){1,3}(?:cut|reduce|lower|save|increase|double|grow)\b[^.!?\n]{0,60}\b"
    r"(?:with|using|through) (?:our|my)\b",
    r"(?:show|give) you a (?:quick |short |brief |free )?(?:\d+[- ]?min(?:ute)?s? )?demo\b",
    r"(?:book|schedule) a (?:demo|call with (?:our|my) (?:team|sales))",
    # the free sample that opens a sale: a trial, an audit, a seat on a paid course ("a free two-hour code audit")
    r"(?:free|no-cost|complimentary) (?:\S+ ){0,2}(?:trial|consultation|audit|assessment|demo|pilot|seat|spot|account|"
    r"licen[cs]e|subscription|membership|health[- ]?check|check-?up|scan|evaluation|redesign|makeover)",
    # what the product does, told to a prospect: "our software audits your builds", "my app tracks ..."; not its size
    # told as the writer's situation ("my app has about 400 users"), nor what it does in the writer's bug report
    # ("once our app reconnects, uploads run twice")
    r"(?<!when )(?<!once )(?<!whenever )(?<!if )(?<!after )(?<!before )(?<!until )"
    r"(?:our|my) (?:platform|product|solution|software|app)(?:['’]s)? (?!team\b|roadmap\b|manager\b)"
    r"(?!has (?:about |around |over |only |just |nearly |almost |roughly )?\d)[a-z]+s\b(?<!ss)",
    # the first unit given away implies the ones after it are paid: "the first lesson is on us"
    r"(?:first|initial|opening|intro|introductory|trial|one|two|three|[0-9]+) (?:\w+ )?(?:session|lesson|month|week|"
    r"class|call|consultation|audit|workshop|hour|module)s? (?:is |are |would be |will be |comes? )?(?:at )?(?:free|"
    r"no (?:charge|cost)|on (?:me|us|the house)|complimentary)",
    r"(?:trial|pilot|demo)s? (?:for|with|at|in) your (?:team|department|company|school|clinic|business|"
    r"organi[sz]ation|org|practice|firm)\b",
    r"(?:set up|arrange|offer) (?:you )?a (?:free )?(?:trial|pilot|demo)",
    r"you (?:be |['’]d be |would be )?interested in (?:a |our )?(?:free )?(?:trial|pilot|demo)",
    # customer research and early access: the reader interviewed as a buyer ("what would you pay for?")
    r"(?:what|how much) would you (?:pay|spend)\b",
    r"would you pay (?:for|to)\b",
    r"(?:early|beta|priority) access to (?:what (?:we|i)(?:['’]re| are| am)|our|my)\b",
    # the reader asked to pay: a fee or "contribution" for a feature, a listing or a spot
    r"(?:production|participation|listing|sponsorship|placement|booking|sitting|speaker) (?:fee|contribution|"
    r"charge)\b",
    # the vocabulary of buying: prices asked for, codes and links to buy with, the reader's spend cut
    r"(?:discount|promo|coupon|voucher|affiliate) (?:code|link)",
    r"(?:purchase|buy|checkout|order) (?:link|page)",
    r"you (?:want|need|['’]d like|would like) a (?:free |quick )?quote",
    r"(?:can|could|will|would)\b[^.!?\n]{0,20}\b(?:cut|reduce|lower|halve|slash) your (?:\w+ )?(?:costs?|spend|bills?|"
    r"budget)",
    r"onboard (?:you|your)\b",
    # a business speaking of itself: what it specialises in, whom it serves, what it "could do for you"
    r"we speciali[sz]e in",
    r"we help (?:\S+ ){1,3}(?:monetis|monetiz|grow|scale|streamlin|automat|outsourc|convert|boost)\w*",
    r"we (?:do|build|make|sell|design|develop|offer|provide)\b[^.!?\n]{0,50}\bfor (?:clinics|schools|brands|"
    r"businesses|companies|startups|clients|enterprises|hospitals|firms|retailers|agencies|practices|universities)",
    r"what (?:we|our \w+) (?:can|could) do for (?:you|your)",
    r"(?:could|would|might|will) (?:really |greatly )?benefit from (?:our|my)\b",
    # the writer's product recommended to the reader: "you might enjoy our new scheduling app"
    r"(?:might|may|would|will) (?:\w+ )?(?:like|love|enjoy|appreciate) (?:our|my) (?:new |latest )?"
    r"(?:\w+ )?(?:platform|product|app|tool|service|saas|course|bootcamp|software|solution|plugin|extension|"
    r"subscription)s?\b",
    # the seller's lines: the reader as one of a kind of customer served ("I help founders like you", "teams like
    # yours"), their organisation's needs as the thing sold to, its fit with the product, the product's track record
    r"(?:help|helping|helps|serve|serving|support|supporting) (?:\w+ ){0,2}?\w+s like you(?:rs(?:elf)?)?\b",
    _CUSTOMER_KINDS + r" (?:like yours|(?:of )?your size)",
    r"(?:solve|fix|address|tackle|handle|streamline|automate|simplify|(?:take|takes|taking) care of) (?:all )?your "
    r"(?:team|company|"
    r"business|organi[sz]ation|clinic|school|firm|department|org|startup|studio|agency)['’]s (?:\w+ ){0,2}(?:problems?|"
    r"needs|pain(?: points)?|challenges?|bottlenecks?|headaches?|workflows?)",
    r"tailored to your (?:\w+ )?(?:needs|team|company|business|organi[sz]ation|use case|budget)",
    r"your (?:brand|company|business|product|team|audience|clinic|school|startup|studio) (?:would|could|might)? ?"
    r"(?:be|is|seems?(?: like)?|looks? like) (?:an? )?(?:perfect|great|ideal|natural|good) fit",
    r"pays? for itself|trusted by (?:over |more than )?\d+",
    # a seat among the product's customers, the reader's buying calendar, and what its customers gained
    r"(?:customer|client|user|design partner) advisory (?:board|group|council|panel)\b",
    r"budget (?:cycles?|process|year|approvals?)\b",
    r"(?:early|existing|pilot|our) (?:customers|clients) (?:have |has )?(?:cut|saved|reduced|halved|doubled|increased|"
    r"improved|seen)\b",
    r"(?:a|an|our) (?:[\w-]+ ){0,3}(?:platform|product|tool|app|service|solution|saas|suite) (?:already )?"
    r"(?:used|trusted|loved|relied on) by (?:over |more than )?\d+",
    r"(?:demo|trial|pilot)s? (?:of|for) [^.!?\n]{0,30}\bour\b",
    # what only a seller has: spare capacity for clients, services listed, the terms of a sale (a retainer, in the
    # present: not "we now have two retainers" nor "I worked on a retainer" in a past job), a commission, a quote
    r"(?:we|i) (?:\w+ )?(?:have|['’]ve got|has) (?:some |spare |free |extra |the )?capacity\b",
    r"(?:my|our) services (?:include|cover|range|start)|(?:my|our) (?:consulting|design|development|freelance|"
    r"coaching|writing|marketing|agency|professional) services\b",
    r"(?:work|bill|charge|operate|engage) on (?:a|an) (?:\w+ )?retainer",
    r"(?:earn|get|pay|paid|receive|take) (?:a |an )?(?:\w+ )?commissions?",
    r"(?:send|email|share) (?:over |across )?(?:you )?(?:a|an|our) (?:\w+ )?(?:quote|quotation|invoice|price list|"
    r"rate card)",
    r"(?:custom|tailored|bespoke|customi[sz]ed) (?:package|plan|quote|solution|offer|pricing|deal)s?\b",
    r"sponsored (?:episode|post|content|slot|placement|segment|video|article|newsletter)s?\b",
    # a paid tier the writer owns or is launching; "the paid tier of your tool" or plans sold in a past job are not
    r"(?:our|my|(?:launching|offering|introducing) (?:a|an|our|my|the)) (?:[\w-]+ ){0,2}?(?:premium|paid|pro|"
    r"enterprise|subscription|sponsorship|pricing|service) (?:plans?|tiers?|packages?|memberships?|subscriptions?|"
    r"editions?|licen[cs]es?)\b",
    r"(?:my|our) (?:new )?paid (?:workshops?|courses?|class|classes|sessions?|coaching|programm?e?s?|plans?|tiers?|"
    r"versions?|apps?|tools?|newsletters?|community|memberships?|services?|training|webinars?|masterclass|bootcamps?|"
    r"products?)\b",
    # a price put on what the writer would do: "a discounted rate", "half price", "I can build it for 300 euros"
    r"(?:(?:half|special|reduced|friendly|hourly|nonprofit|non-profit)|(?:discounted|introductory)(?: \w+)?)[- ]"
    r"(?:prices?|fees?|rates?|pricing)\b|for a (?:fixed|flat) (?:price|fee)",
    r"(?:i|we) (?:can|could|will|would|['’]d|['’]ll)\b[^.!?\n]{0,60}\bfor (?:only |just |around |about |under )?"
    r"(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds|bucks)\b)",
    r"(?:sign up|register|subscribe|buy|order|purchase|book|join)\b[^.!?\n]{0,30}\b(?:through|via|with|using) "
    r"(?:my|our) (?:\w+ )?(?:link|code)\b",
    r"(?:we|i)(?:['’]ve| have) helped (?:\d+\+?|over \d+|dozens of|hundreds of|many) (?:\w+ )?(?:companies|teams|"
    r"clients|startups|brands|businesses|founders|organi[sz]ations)",
    r"(?:try|trial|sign(?:ing)? up for|subscribe to|enrol in|enroll in|join) (?:our|my) (?:new |paid |online )?"
    r"(?:app|platform|product|service|saas|course|bootcamp|programme|program|cohort|masterclass|waitlist|newsletter)\b",
    # "how we could help your team" is a vendor's; "how my fix works" is a mentee showing their work
    r"(?:show|walk|tell) you (?:how|what) (?:we|our \w+) (?:can|could|would|might)\b",
    # a vendor presenting its own findings or method on the reader's time
    r"(?:walk|take) you through (?:our|the full|the(?= (?:product|platform)\b)) (?:\w+ )?(?:method|methodology|"
    r"report|findings|process|platform|product|offer|proposal|results|audit)\b",
    # the reader's systems examined for free: the opening of a sale, however it is worded
    r"(?:audit|assess|scan|review|test)\w*\b[^.!?\n]{0,80}\b(?:at no|free of) (?:cost|charge)",
    r"how (?:we|our \w+) (?:can|could|might) (?:help|support|assist|work with|partner with) (?:you|your)\b",
    r"(?:special|exclusive|limited[- ]time|launch|introductory|early[- ]bird) (?:offer|deal|price|pricing|discount|"
    r"rate)",
    r"(?:purchasing|procurement|buying) (?:decisions?|team)|decision[- ]makers?",
    r"(?:you|your \w+) (?:as|become) (?:a |an |our )(?:customer|client|paying \w+)s?\b",
    r"(?:buy|purchase|order|grab|get) (?:a |your )?(?:copy|copies|ticket|seat|licen[cs]e)s? (?:of|for|to) (?:my|our)\b",
    r"(?:only|just) [$€£]\s?\d+",
    r"(?:visit|check out|see) our (?:website|site|landing page)",
    r"(?:our|my) saas\b",
    r"(?:outsourc|offshor|nearshor|white-label|lead generation)\w*",
    r"(?:prices?|pricing|rates?|packages?|plans?) (?:start|starting|begin) (?:at|from)\b",
    r"(?:early|beta) access (?:to|for) (?:our|my)\b",
    r"(?:my|our) (?:\w+ )?(?:agency|consultancy|programme|program|course|bootcamp|product|service|app|platform)s? "
    r"(?:would|could|might|will) (?:be )?(?:a )?(?:great|good|perfect|ideal|natural) fit",
    # not a demo of a fault: "a short demo of the crash" reproduces it
    r"(?:personal|quick|short|product) demo(?! of (?:the|my|a|this) (?:bug|issue|problem|crash|error|fix|failure|"
    r"regression)\b)",
    # a demo booked with the reader is a sales step; a live demo inside a talk offered to their meetup is not
    r"(?:book|schedule|arrange|set up) (?:a |an )?(?:\w+ )?demo\b",
    r"partnership (?:idea|proposal|opportunity)",
    r"(?:joint|co-branded|co-marketing) (?:blog post|webinar|campaign|case study|announcement)",
    r"(?:could|can|would|will) add (?:real |(?:a lot|lots) of )?value (?:to|for) (?:you|your)",
    r"(?:boost|grow|increase|scale) your (?:revenue|sales|traffic|leads|roi|business)",
    # not a user's own, hit by a fault in the reader's project ("our users depend on the fix")
    r"(?:our|my) (?:pricing|clients|customers)(?! (?:are|were) (?:waiting|blocked|stuck)| depend| rely)",
    # promotion on the writer's own channel, paid work and discounts serve the writer, whatever they are called
    r"(?:feature|promote|showcase|spotlight) (?:you|your \w+) (?:on|in) (?:my|our)",
    r"(?:my|our) (?:channel|audience|followers|subscribers)",
    # (not a compound of the writer's work: "our rate limiter", "my fee calculation")
    # (nor a thing named by it: a council's "rates bills" or "fees team")
    r"(?:my|our) (?:rates?|fees?|hourly)(?![ -](?:limit\w*|rules?|engine|logic|calculat\w*|tables?|model|code))"
    r"(?! (?:and [\w-]+ )?(?:forms?|notices?|bills?|letters?|pages?|data|system|database|team)\b)",
    r"(?:a|at a|with a) (?:\d+% )?discount",
    r"for a (?:small )?fee",
    # the writer's freelance work offered, not a freelance job they or the reader once had
    r"freelanc\w* (?:services?|rates?|packages?|offer|capacity|availability)",
    r"(?:available|open) for (?:freelance|contract|paid) (?:work|projects|gigs|clients)",
    r"hire me",
    r"revenue share",
    r"(?:head|vp|director|manager) of (?:partnerships|sales|business development|growth|marketing)",
    r"(?:wonderful|great|unique|exciting) opportunity (?:for you|to (?:share|showcase|reach))",
    r"(?:explore|discuss) (?:how we (?:could|can|might) (?:work|partner|collaborate)|a (?:partnership|collaboration))",
)
# More of a seller's lines (SALES), kept apart so each list can tell the words it opens on: what customers gained,
# credited to the seller ("halved their cloud bills with us"), the reader's organisation fitted to the seller's
# programme, a walk through what was built; and a recruiter's: the companies they place people with, the reader's staff
# sounded out for a move, a role offered to the reader ("a director search that might be of interest for
# you").
SALES_LINES = _words(
    # the social-media freelancer's opener: "I can help you grow your following"
    r"help you (?:grow|build|boost|expand|increase) your (?:social media|online|audience|following|followers|brand|"
    r"presence|reach)\b",
    # "exposure" offered as payment: the writer's audience put forward in place of anything the reader needs
    r"(?:give|offer|get|bring) (?:you|your \w+) (?:some |more |great |free )?"
    r"(?:exposure|visibility)\b",
    r"(?:great|good|free|nice|some|real) exposure (?:for|to) (?:you|your)\b",
    r"(?:cut|halved|saved|reduced|doubled|improved)\b[^.!?\n]{0,50}\bwith us\b",
    r"(?:great|perfect|ideal|natural|good) fit for (?:our|my) (?:\w+ ){0,2}(?:programme|program|platform|"
    r"product|beta|pilot|tool|service|offering)",
    r"walk you through (?:what|how) (?:we|i)(?:['’]ve| have)? (?:built|made|created|developed)\b",
    r"(?:i|we) (?:work|partner) with (?:a few |several |many |some |various )?(?:companies|clients|"
    r"businesses|startups|organi[sz]ations|employers) (?:that|who) are (?:hiring|growing|expanding|looking)\b",
    r"(?:anyone|someone|engineers?|people|members?) (?:on|in|from) (?:your|the|their) team\b[^.!?\n]{0,40}\b"
    r"(?:wanting|looking for|open to|thinking about) (?:a change|a move|new roles?|new opportunities|moving|leaving)\b",
    r"(?:role|position|opening|vacancy|search|job)s? (?:that |which )?(?:i think |i believe )?(?:could|might|would|"
    r"may) be (?:\w+ )?(?:interesting|of interest|a (?:\w+ )?fit|right) for you\b",
    r"(?:role|position|opening|vacancy|opportunity)\b[^.!?\n]{0,40}\b(?:could|might|would|may) be (?:an? |the )?"
    r"(?:\w+ ){0,2}(?:next step|step|fit|move|match) for (?:you|someone (?:with|like) (?:your|you))\b",
)
# A price by the month or seat: a pitch when it is put on what the reader would buy, not when the writer tells a
# cost of their own (OWN_COST). Written from its first digit ("$49" opens on "49"), so the scan knows where it can
# start.
PRICE_PER_PERIOD = _words(
    r"(?:(?:(?<=[$€£])|(?<=[$€£] ))[0-9][\d,.]*|[0-9][\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds)) ?(?:/|per |a )"
    r"(?:month|mo|year|seat|user|hour|session)\b",
)
# The writer's own bill told as a result ("our hosting bill is $45 a month", "we spent", "$40 a month (was $95)"):
# evidence of what they did, not a price put on the reader.
OWN_COST = _words(
    r"(?:our|my) (?:[\w-]+ ){0,2}(?:costs?|bills?|spend|spending)",
    r"(?:costs?|costing|costed) (?:us|me)",
    r"(?:we|i) (?:now |still |only )?(?:pay|paid|spend|spent|save|saved)",
    # a price set against an earlier one is a measurement
    r"(?:was|were|down from|up from|against|versus|vs\.?|compared with|instead of) [$€£]?\d+",
    # a price the writer is weighing for their own product, which is the question: "I'm thinking of charging 3 euros
    # a month for the app"
    r"(?:i|we)(?:['’]m| am|['’]re| are) (?:now |still )?(?:thinking|considering|weighing|planning|deciding)"
    r"(?: of| about| whether to| to)? (?:add|adding|charg\w+|introduc\w+|rais\w+|lower\w*|switch\w*|mov\w+|try\w*|"
    r"test\w*)\b",
)
# What the mentee did with the advice and what came of it: the mentor's reward for a message after a meeting.
REPORT = _words(
    r"(?:what )?helped (?:me |us )?(?:most|a lot)",
    # the result told, not just liked ("I'm so pleased with the result" says nothing of it)
    r"the result (?:is|was)\b",
    r"results? so far",
    r"so far,? (?:i|we|it)",
    r"thanks to your (?:advice|suggestion|help|idea)",
    r"(?:it|that|this) (?:worked|helped|paid off)",
    r"i (?:did(?! not\b|n['’]t)|tried|wrote(?! to\b| you\b)|built|shipped|finished|ran|started|applied|used|followed|"
    r"fixed|found|read|took|passed)",
    r"i (?:already|just|finally|then|also) (?:used|applied|tried|followed|fixed|built|shipped|finished|passed)\b",
    # what the writer did between messages: "I have since read the RFC", "we have since split the job"
    r"(?:i|we)(?:['’]ve| have) since\b",
    # the advice done, its subject shared with a clause before: "I doubted it at first, then did it"
    r"\b(?:and|so|then),? did (?:it|that|this|so|just that|exactly that)\b",
    # ("I am writing to ask", "writing again about" speak of this message)
    r"i am (?:doing|writing(?! (?:to|again|about|because|regarding|back|in|with|as|on behalf)\b)|building|trying|"
    r"applying|reading)",
    r"here is what (?:i|we)",
    # (effort with nothing to show is no report: "we made real progress", "I made some headway")
    r"(?:i|we) (?:held|ran|found|turned|cut|moved|switched|added|"
    r"made(?! (?:(?:a lot|lots) of |some |good |great |much |real |steady |little )?(?:progress|headway|efforts?)\b)|"
    r"dropped|replaced|launched|presented|"
    r"rolled out|introduced|adopted|changed|split|merged|reduced|measured|fixed|shipped|released|deployed|rewrote|"
    r"rebuilt|placed|won(?!['’]t))\b",
    # the same said in the perfect: "we've now tried the cache on staging", "I have rewritten my cover letter"
    r"(?:i|we)(?:['’]ve| have) (?:now |already |finally |also )?(?:run|tried|built|shipped|finished|tested|"
    r"measured|switched|added|replaced|launched|rolled out|adopted|changed|merged|released|deployed|rewritten|"
    r"rebuilt|applied|followed|done)\b(?! (?:you|your name)\b)",  # not an act on the reader: "we have added you to it"
    r"(?:now|finally) (?:works|passes|runs|loads|builds|renders|fits|uses?|relies)\b",  # what came of it
    r"now (?:it|the \w+|my \w+|our \w+) (?:explains|shows|says|reads|works|passes|loads|runs|includes|covers)\b",
    # the work accepted, and the job that came of it: "got two patches accepted", "I begin at a studio in May"
    r"(?:had|got) (?:\w+ ){0,2}(?:pull requests?|prs|patches|changes|papers?|talks?|proposals?) (?:merged|accepted|"
    r"published|approved)\b",
    r"(?:pull request|pr|patch|fix|paper|talk|proposal)\b[^.!?\n]{0,40}? (?:was|were|got|has been|have been) (?:merged|"
    r"accepted|published|approved)\b",
    r"i (?:start|begin|join)(?:ing)? (?:as|at|in)\b",
    r"(?:i|we) (?:accepted|got|landed|signed) (?:an? |the |my )?(?:[\w-]+ ){0,2}(?:offer|job|role|position|"
    r"internship|place|contract|promotion)\b",
    r"(?:i|we) (?:was|were|have been|['’]ve been|got) (?:offered|hired|promoted|admitted)\b",
    r"(?:i|we) now (?:add|use|run|write|test|check|keep|start|plan|ask|review|measure|open|do)\b",  # a changed habit
    # the thing advised, reported finished: "it is done", "the pipeline is live now"
    r"(?:it|this|that|both|they|these|all (?:of )?(?:them|these|those)|the (?:[\w-]+ ){0,2}\w+)"
    r"(?:['’]s| is| was| are| were) "
    r"(?:now |finally |both |all )?(?:done|finished|complete|ready|live|shipped|fixed|resolved|solved|closed|"
    r"merged|published|up and (?:running|live)|public|open[- ]source|online|gone|out(?! of)|"
    r"on (?:github|gitlab|pypi|cran|npm|the web))\b",
    # others taking it up: "three modding groups already use it" (the writer's own use reports nothing new)
    r"(?<!\bi )(?:already|now) (?:use|uses|using|rel(?:y|ies) on) (?:it|them|the \w+)\b",
    # a measured before and after
    r"from (?:about |around |roughly |nearly |over |under )?\d+(?:[.,]\d+)?\s*(?:%|ms|s|seconds|minutes|hours|days)? "
    r"to \d",
    # the cause found, even where it was the writer's own: "it turned out to be our config", "the bug was mine"
    r"(?:was|is) (?:my|our) (?:own )?(?:fault|mistake|error|doing|bug)\b",
    r"turned out (?:to be|that)\b",
    r"the (?:root )?(?:cause|culprit) (?:was|is)\b",
    r"what (?:worked|didn['’]t|did not|helped)\b",
    r"(?:it|that|this) went (?:well|better|smoothly)",
)
# The reader's own advice and what came of it, in any message: "your tip about X paid off", "the exercise you
# suggested went well", "following your reply, we switched to Y". Closing the loop is the mentor's reward
# (the lesson: follow through and tell them what their help led to), wherever in the exchange it comes.
# A result given as a measured change: "from 40 to 12 minutes", "cut the bill by 30%", "(was 95)", "halved the
# queue". A report back in numbers shows the mentor what their advice did (the evidence Althoff et al. 2014 found
# raised a request's success); a year ("from 2019 to 2021") or a clock time measures nothing.
_AMOUNT = r"(?!(?:19|20)\d\d\b)[0-9][\d,.]*"  # a match opens on its digit, so a list can be tried at "[0-9]"
_PRICED = r"[$€£]?" + _AMOUNT
_ROUGHLY = r"(?:about |around |roughly |nearly |almost |over |under )?"
MEASURED_CHANGE = _words(
    # ("went from roughly 12 a day to 1": a rough figure and its rate)
    r"from "
    + _ROUGHLY
    + _PRICED
    + r"(?: ?[%a-z]+| (?:a|an|per) [a-z]+)? (?:down |up )?to "
    + _ROUGHLY
    + _PRICED
    + r"(?! ?(?:am|pm|a\.m|p\.m)\b)",
    r"(?:cut|cuts|reduced|reduces|dropped|fell|shrank|shrunk|lowered|raised|increased|improved|grew|rose|sped up|"
    r"went (?:down|up))\b[^.!?\n]{0,40}?\bby (?:about |roughly |nearly |almost |over |more than )?" + _PRICED,
    r"(?<=\()(?:was|down from|up from|from) " + _PRICED,
    r"(?:down|up) from " + _PRICED,
    _AMOUNT + r"(?: ?[%a-z]+)? (?:instead of|rather than|compared with|compared to|versus|vs\.?) " + _PRICED,
    r"(?:halved|doubled|tripled)",
)
ADVICE_TAKEN = _words(
    _THEIR_ADVICE + r"\b[^.!?\n]{0,60}?\b(?:paid off|worked|went (?:well|smoothly|better)|did the trick|"
    r"was (?:spot on|(?:exactly )?right|correct)|(?:helped|fixed|solved|saved|cut|halved|found|caught) (?:it|the|our|"
    r"my|us|me|a|an|two|three)\b|"
    r"made (?:a|the|all the) difference)",
    r"you (?:suggested|recommended|advised|proposed|told (?:me|us) to)\b[^.!?\n]{0,60}?\b(?:paid off|worked|"
    r"went (?:well|smoothly|better)|did the trick|made (?:a|the|all the) difference|"
    # the advice followed, in two words: "you suggested I talk to a recruiter; I did, and ..."
    r"(?:i|we) did\b(?! not\b))",
    # the advice taken, said in so many words: "I took your advice", "as promised, here are the numbers"
    r"(?:i|we) (?:took|followed|tried|used|applied|acted on|implemented|adopted) " + _THEIR_ADVICE,
    r"(?:to )?clos(?:e|ing) the loop",
    # the advice rehearsed together, then used: "I answered in two parts, as we rehearsed"
    r"(?:like|as|just as|just like|exactly as) we (?:had )?(?:practi[sc]ed|rehearsed|role-?played)\b",
    r"as promised",
    r"thanks to (?:you|your (?:advice|suggestions?|tips?|pointers?|ideas?|help)),? (?!for\b)",
    # what the writer did on the strength of it: a past verb after the advice is named
    r"(?:following|after|on|per|thanks to|based on|acting on|taking|as) (?:" + _THEIR_ADVICE + r"|you (?:suggested|"
    r"recommended|advised|proposed|said))"
    + r"\b[^.!?\n]{0,40}?,? (?:i|we) (?!(?:wanted|needed|hoped|wondered|realised|realized)\b)(?:[a-z]+ed|built|"
    r"made|took|ran|rewrote|split|set up|put|cut|wrote|bought|gave)\b",
    # their word, then what the writer changed in the next sentence: "you said the intro was too long. I cut it to ..."
    r"you\b(?:[^.!?\n]{0,60}? and)? (?:said|suggested|noted|pointed out|told (?:me|us)|warned|recommended)\b"
    r"[^.!?\n]{0,100}[.;] (?:so |then )?"
    r"(?:i|we) (?:cut|changed|rewrote|moved|dropped|removed|added|fixed|reduced|split|replaced|switched|redid|"
    r"reworked|shortened|simplified|rebuilt|tried|followed)\b",
)
# A thing the mentee made with the advice and hands back ("I made a checklist from our call; it's attached"):
# reciprocity is what makes a mentor's time feel well spent (Althoff et al. 2014, Cialdini's reciprocity).
GIVES_BACK = _words(
    r"(?:attached|linked|turned (?:it|them|this|that|(?:your|the|our) \w+) into|written up|wrote up|put together|"
    r"shared)\b"
    r"[^.!?\n]{0,60}\b(?:template|checklist|notes|write-?up|summary|guide|gist|repo|script|slides|cheat ?sheet)s?",
    r"(?:template|checklist|notes|write-?up|summary|guide|gist|slides|cheat ?sheet)s? (?:is|are) (?:attached|linked)",
)
# A follow-up's ask made smaller or easier than the first: "if that is simpler, a pointer to the careers page", "a
# shorter version of my first message".
EASIER_ROUTE = _words(
    r"if (?:it|that|this)(?:['’]s| is| would be| makes it) (?:any )?(?:easier|simpler|quicker|less work)",
    # the reader let off, with another place named for the question
    r"(?:ask|post|try|raise)(?: it| this| that| them)? (?:in|on) (?:the|your) (?:\w+ )?(?:forum|issue tracker|issues|"
    r"discord|slack|community|mailing list|channel) instead",
    r"(?:a )?(?:shorter|simpler|smaller|quicker) version of my (?:earlier|first|last|previous) (?:note|message|e-?mail|"
    r"question|request)",
)
# What a favour needs, handed over ready: a note to pass on as it stands, lines to drop into a referral
# form. Guidance on asking for introductions and referrals ("the forwardable email") puts this first: the favour
# then costs minutes.
READY_TO_USE = _words(
    r"(?:you|she|he|they) (?:could|can|might|may) (?:simply |just )?(?:forward|paste|copy|pass (?:it|this|them) on)",
    r"forwardable",
    r"(?:lines|points|facts|text|blurb|paragraph|note|sentences|wording|summary) (?:that )?you (?:can|could|may|might) "
    r"(?:use|reuse|adapt)\b",
    r"(?:ready|written) (?:for you )?to (?:forward|paste)",
    r"(?:could|would|can|will) you (?:\w+ )?forward (?:the|this|my) (?:short )?(?:note|blurb|paragraph|message|text|"
    r"summary|lines) (?:below|above|here)",
    # material handed over so the reader's part costs less: "so that you need not look anything up"
    r"so (?:that )?you (?:(?:don['’]t|do not|won['’]t|will not|wouldn['’]t|would not) (?:have|need) to|needn['’]t|"
    r"need not) (?:remember|dig|look|search|find|write|draft|prepare|read)",
)
# A letter that vouches for the writer: a bigger favour after a meeting, and outsized from a stranger (VOUCH).
_LETTER = r"(?:recommendation|reference) letters?|letters? of (?:recommendation|reference)"
# A bigger favour asked in a message that should ask for nothing new: an introduction, a referral or a job.
BIGGER_FAVOUR = _words(
    r"introduce (?:me|us) to",
    r"(?:an? )?(?:intro|introduction) to (?:your|her|his|their|someone)",
    r"refer me",
    r"referral (?:for|on behalf of) me",
    r"(?:put in|have) a (?:good |quick )?word(?: with| for)?",
    r"(?:speak|talk) (?:to|with) (?:the|your) (?:hiring manager|recruiter|hiring team)",
    r"pass (?:it|them|my (?:cv|résumé|resume|details|profile)) (?:on )?to",
    r"(?:message|email|contact|ping|nudge) (?:the|your) (?:recruiter|hiring manager|hiring team)",
    r"(?:know|tell me) (?:about|of) (?:any )?(?:upcoming |new |open )?(?:openings|roles|positions|vacancies)",
    _LETTER,
    r"(?:a|any|open) (?:role|job|position|opening)s? (?:on|at|in) (?:your|her|his|their)",
)
# Asks that a first message cannot make of anyone: to lend the reader's name or standing (endorse, vouch, a
# testimonial, co-authorship, a name on the writer's work), their audience (advertise the writer's product to
# their followers), their employer's confidential material, a whole thesis or book to review, or a standing role
# (supervise, sponsor). Guidance from mentors and hiring managers on cold requests sizes the ask to the
# relationship; these exceed any first contact, however politely they are put.
# A review of a whole large work, asked of a stranger: its size given in thousands of lines or tens of pages
# ("some 25,000 lines of Rust", "the plan (enclosed, 14 pages)"), with no part of it named to start from. Reviewers' and
# mentors' guidance is to ask for a look at one section, file or function, which costs minutes.
# (told as a size: "some 25,000 lines of Rust", "(enclosed, 14 pages)", "a 30-page draft"; not a count of events: "we
# got 30 pages overnight on call")
_AMOUNT_OF_WORK = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k|\d+)"
LARGE_WORK = re.compile(
    r"(?:\b(?:about|around|roughly|nearly|almost|over|some|just under|under)\s+|[(,]\s*)"
    + _AMOUNT_OF_WORK
    + r"[- ](?:lines?|loc|pages?)\b"
    r"|\b" + _AMOUNT_OF_WORK + r"[- ](?:lines?|loc) of\b"
    r"|\b" + _AMOUNT_OF_WORK + r"-(?:page|line)\b",
    re.I,
)
# The size inside a LARGE_WORK match, its amount and its unit.
WORK_SIZE = re.compile(r"(?P<amount>" + _AMOUNT_OF_WORK + r")[- ](?P<unit>lines?|loc|pages?)\b", re.I)
REVIEW_ASKED = _words(
    r"(?:review|proofread|critique|read through|read over|look (?:over|through)|go (?:over|through)|comment on|"
    r"feedback on)\b"
)
# One part of a work named to start from: "in section 3", "chapter two", "the parser module", "one function".
PART_NAMED = _words(
    r"(?:section|chapter|page|paragraph|slide|figure|table|part|step) (?:[0-9]|one|two|three|[ivx]+\b)",
    r"(?:one|a single|the first|the last) (?:section|chapter|page|paragraph|function|file|module|class|method|"
    r"slide|part)\b",
)
OUTSIZED_ASK = _words(
    # the writer's whole project handed over to debug: "would you dig through our codebase and find why it fails"
    r"(?:clone|debug|go through|dig through|dig into|look through|fix) (?:my|our) (?:whole |entire )?(?:repo|"
    r"repository|codebase|project|code base|game|app)\b"
    r"(?=[^.!?\n]{0,80}\b(?:wrong|break|broke|bug|issue|problem|fix|fail|crash)\w*)",
    # (not the reader's own bar named as their way out: "if two reviews are too few to be enough to put your name to")
    r"(?<!enough to )(?:put|add|list|include|lend) (?:your|his|her) name (?:on|to|as|among)\b",
    r"(?:list|name|add|credit) you as (?:a |an |my |our |the )?(?:\w+ )?(?:advis[eo]r|co-?author|sponsor|supervisor)",
    r"as (?:a |the )?(?:co-?author|second author|senior author)",
    r"co-?author(?:ing|s)? (?:it|this|the|a|an|my|our|with)\b",
    r"(?:write|publish) (?:a |an |the )?(?:\w+ )?(?:paper|article|book|chapter) (?:together|with me|with us|jointly)",
    r"(?:be|become|act as|serve as) (?:my|our|the \w+['’]s|an?) (?:\w+ )?(?:supervisor|sponsor|advis[eo]r|"
    r"co-?founder|board member)\b",
    r"supervise (?:me|my|our|the project)\b",
    # (not the writer's own work, of use to them: "or I add it below the post, if it is of use to your readers")
    r"(?:share|repost|retweet|promote|amplify|boost|feature|mention|post)\b[^.!?\n]{0,50}\b(?<!useful )(?<!helpful )"
    r"(?<!of use )(?<!interesting )(?<!helps )(?:with|to|in|on|among) your (?:followers|audience|network|newsletter|"
    r"readers|subscribers|community|channel|mailing list|feed)",
    r"(?:upvote|star|like) (?:my|our) (?:post|launch|repo|repository|project|product)",
    # the same favour named as a thing: "one repost by you could lift it", "an announcement you might publish"
    r"(?:a|an|one|any|your) (?:quick |small |short |single )?(?:share|re-?share|repost|retweet|upvote|shout-?out|"
    r"mention|plug|boost) (?:from|by) you (?:\w+ ){0,3}?(?:would|could|might|will|can)\b",
    r"(?:post|tweet|announcement|thread)s? (?:for you )?(?:that )?you (?:could|can|might|may) (?:simply |just )?(?:use|"
    r"copy|post|share|paste|publish)\b",
    r"(?:send|share|forward|give|show) (?:me|us)\b[^.!?\n]{0,50}\b(?:internal|confidential|proprietary|"
    r"company['’]s source|employer['’]s)\b",
    r"you (?:please )?(?:share|send|forward|give)\b[^.!?\n]{0,100}\b(?:internal|confidential|proprietary) (?:\w+ )?"
    r"(?:docs|documents|documentation|code|source|slides|data|wiki|notes|reports|designs?|runbooks?|specs?|repos?)\b",
    # material the reader's employer keeps to itself, whatever it is: "your company's internal runbook"
    r"(?:share|send|forward|give|show|pass)\b[^.!?\n]{0,100}\b(?:your|the) (?:company['’]s |team['’]s |employer['’]s |"
    r"firm['’]s )?(?:internal|confidential|proprietary|non-public)\b",
    # the documents the reader's team works from, unpublished: "send me the runbooks your team follows"
    r"(?:send|share|forward|give|show|pass)\b[^.!?\n]{0,40}\b(?:playbooks?|runbooks?|templates?|source code|"
    r"design docs|documents|specs?|checklists?)\b (?:that |which )?(?:your|the) (?:team|company|employer|firm|group)\b"
    r"(?! (?:published|shared|open-sourced|released|posted)\b)",
    # a whole work to review, or every part of it: the reader's evenings, not minutes
    r"(?:review|read(?: through| over)?|proofread|edit|look (?:over|through)|go (?:over|through)|comment on|mark up) "
    r"(?:my|our) (?:whole |entire |full |complete )?(?:[\d,]+-page |\w+ )?(?:thesis|dissertation|manuscript|book)\b"
    r"(?!['’]s| chapter| section)",
    r"(?:review|read(?: through| over)?|check|audit|test|look (?:over|through)|go (?:over|through)) (?:my|our) "
    r"(?:whole|entire|full|complete) (?:\w+ )?(?:codebase|code|repo|repository|app|project|website|site|course|"
    r"portfolio|novel)\b",
    r"(?:review|read|check|audit|test|look (?:at|over|through)|go (?:over|through)) (?:every|each|all(?: of)?"
    r"(?: the)?) (?:\w+ )?(?:modules?|files?|chapters?|pages?|functions?|classes?|commits?|screens?|components?|"
    r"services?|lines?) (?:of|in) (?:my|our)\b",
    r"(?:invest|investing) in (?:my|our)\b|you (?:\w+ )?(?:fund|finance|bankroll) (?:my|our)\b",
    r"shadow (?:you|your team)\b",
    r"co-?found (?:\w+ ){0,3}with (?:me|us)\b",
    # the reader's investors or backers lent to the writer: their standing with them is the favour
    r"(?:present|pitch|introduce|show|recommend|pass|connect|put)\w* (?:me|us|my|our)\b[^.!?\n]{0,50}\b(?:investors|"
    r"vcs|funders|backers)\b",
    # the reader's clients' or employer's material handed over: "share the logs of your clients' suites", "run our
    # tool on the test suites of your current clients"
    r"(?:code|source|suites?|data|logs|repositor(?:y|ies)|repos|systems|databases?) of your (?:current |existing )?"
    r"(?:clients|customers|employer|company)\b",
    r"your (?:current |existing )?(?:clients|customers)['’] (?:\w+ )?(?:code|source|suites?|data|logs|"
    r"repositor(?:y|ies)|repos|systems|databases?)\b",
    # the reader's employer's data or systems opened to the writer
    r"(?:give|grant|get|provide|gain|share|open)\w*(?: me| us)? (?:\w+ )?access (?:to|on|into|for) (?:your|the) "
    r"(?:(?:company|employer|firm|team|organi[sz]ation|clinic|hospital|bank|insurer|client)['’]s|internal|private|"
    r"production|proprietary|non-public)\b",
    # a whole work named by its parts: "the complete draft of my novel"
    r"(?:review|read(?: through| over)?|proofread|edit|check|look (?:over|through)|go (?:over|through)|comment on) the "
    r"(?:whole|entire|full|complete) (?:\w+ )?(?:manuscript|draft|thesis|dissertation|book|codebase|repo|repository|"
    r"novel|course|portfolio) (?:of|for) (?:my|our)\b",
    r"sponsor (?:me|my (?:visa|application|membership|project))\b",
    r"take me (?:on )?as (?:a |an |your )?(?:apprentice|intern|mentee|student|protégé|protege)",
    r"(?:share|send|show|forward)\b[^.!?\n]{0,40}\b(?:salary|pay) (?:bands|data|ranges|figures)",
    r"(?:share|send|forward) (?:me |us )?(?:your|the) (?:company['’]s |team['’]s )?(?:customer|client) (?:list|data)",
    r"(?:would|could|can|will|might) you\b[^.!?\n]{0,30}\b(?:tweet|post|blog|write|talk) about (?:my|our)\b",
    r"shout-?outs?\b|a (?:quick )?plug (?:for|of)\b|signal[- ]boost",
    r"join (?:my|our) (?:\w+ )?(?:startup|company|venture|board)\b",
    r"(?:would|could|can|will|might) you\b[^.!?\n]{0,60}\b(?:for free|pro bono|without pay)\b",
    r"(?:hours|an? (?:whole |full )?(?:day|afternoon|evening|weekend)) of your time",
    r"(?:mentor|coach|guide|meet|support|supervise|advise)\w*\b[^.!?\n]{0,30}\b(?:for|over|during|throughout) the "
    r"(?:next|coming|whole|entire) (?:\w+ )?(?:months|year|semester|term)",
    # a standing commitment asked of the reader: a recurring call or session ("a call with you every Monday")
    # (proposed, or what "we" would do: "perhaps we can keep going with a fortnightly catch-up", "we could have a
    # call every Monday")
    # (or laid out as the plan: "the proposal is a half-hour session each Monday", or wished: "I'd like us to talk every
    # Sunday")
    r"(?:(?:would|could|can|will|might) you|be my|with you|(?:could|can|shall|should) we|we (?:could|can|do|might)|"
    r"set up|thinking of|continue with|the (?:idea|plan|proposal|format) (?:is|would be)|(?:like|love|want) us to)\b"
    r"[^.!?\n]{0,50}\b"
    r"(?:(?:weekly|fortnightly|monthly|regular|recurring|standing|ongoing) (?:[\w-]+ )?(?:calls?|sessions?|meetings?|"
    r"chats?|check-ins?|catch-ups?|"
    # (or by the time it takes: "be my mentor, two hours each Sunday")
    r"one-on-ones?|mentoring|mentorship)|(?:calls?|sessions?|meetings?|chats?|check-ins?|catch-ups?|hours?|minutes) "
    r"(?:\w+ )?(?:every|each) (?:week|weekend|month|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))",
    r"(?:weekly|fortnightly|monthly|regular|recurring) (?:[\w-]+ )?(?:calls?|sessions?|meetings?|chats?|check-ins?|"
    r"catch-ups?|mentoring) with you\b",
    # (or the recurring meeting given a span of weeks or months: "a monthly session for the coming year")
    r"(?:weekly|fortnightly|monthly|regular|recurring) (?:[\w-]+ )?(?:calls?|sessions?|meetings?|chats?|check-ins?|"
    r"catch-ups?)\b[^.!?\n]{0,20}\bfor the (?:next|coming) (?:\w+ )?(?:weeks|months|year|semester|term)\b",
)
# The reader's word for the writer's skills (an endorsement, a testimonial, a recommendation): theirs to give only
# about work they saw, so asked of someone the writer never worked with, it is outsized too.
# Asking the reader to recommend the writer to an employer: a referral, a good word, a CV passed on.
_REFERRAL = (
    r"(?:put|putting) in a (?:good |kind )?word",
    r"refer me (?:for|to) (?:the|a|an|your|any|this|that) (?:[\w-]+ ){0,4}(?:role|job|position|opening|vacancy)",
    # a referral however the role is named ("refer me for both", "referring me"); "refer me to" a person or a book is
    # an introduction or a pointer (BIGGER_FAVOUR, or a question)
    r"refer(?:ring)? me\b(?! to\b)",
    r"recommend me (?:to|for|at)\b",
    # the referral named as a thing to hand in: "could you submit a referral for me?"
    r"(?:submit|make|give|put in|send in) (?:me )?an? (?:internal )?referral\b",
    r"an? referral for me\b",
    r"(?:forward|pass|send|hand) (?:on )?my (?:cv|résumé|resume|application|profile) (?:on )?to\b",
)
REFERRAL = _words(*_REFERRAL)
VOUCH = _words(
    r"(?:endorse|vouch for) (?:me|my|our|the (?:course|product|launch|app|tool|book))\b",
    r"endorsements? (?:of|for) (?:me|my|our)\b",
    # a testimonial in other words: "some short sentences from you for the course website"
    r"(?:a few|some|(?:two|three)(?: or \w+)?|(?:a )?couple of) (?:\w+ )?(?:words|sentences|lines) from you (?:on|for) "
    r"(?:the|my|our) "
    r"(?:\w+ )?(?:landing page|website|site|page|cover|listing|launch|brochure)",
    r"(?:write|leave|give|post|add) (?:me |us )?(?:a |an |the |my |our )?(?:short |quick |public |brief )?"
    # a recommendation of the writer, not of a book or tool ("a recommendation for a good course" is a question)
    r"(?:testimonial|endorsement|blurb|foreword|preface|recommendation(?! (?:for|of|on|about) (?:a|an|the|some|any|"
    r"which|what|good|books?|tools?|courses?|resources?|reading)\b))",
    _LETTER,
    # a good word sent for the writer: "could you write their lead a line saying I am ready?"
    r"(?:send(?:s|ing)?|writ(?:e|es|ing)|drop(?:s|ping)?|giv(?:e|es|ing)) (?:him|her|them|(?:the|their|your) \w+) "
    r"(?:a|an) (?:quick |short )?(?:note|line|word|message|e-?mail) (?:to say|saying) (?:that )?(?:i|i['’]m|i am)\b",
    # the reader named as the writer's referee, or speaking for them to an employer
    r"you (?:\w+ ){0,3}?(?:be|being|act as|serve as) (?:listed |named )?(?:as )?(?:a |my )?"
    r"(?:referee|reference)s?\b",
    r"(?:list|name|put) you (?:down )?as (?:a |my )?(?:referee|reference)s?\b",
    *_REFERRAL,
)
# A role the message names: a definite one ("the role you posted", "your platform opening") or one with a
# descriptor ("a junior build engineer job"), or a posting's number. "Something in your organisation" names none.
NAMED_ROLE = _words(
    # the role noun after a word that is not an article or a stock adjective (tried where the noun stands)
    r"(?<=[\w-] )"
    + "".join(
        rf"(?<!\b{generic} )"
        for generic in "a an any some open new suitable relevant available possible good right other more few".split()
    )
    + r"(?:roles?|jobs?|positions?|openings?|vacanc(?:y|ies)|posts?|internships?)",
    r"(?:job|req|requisition|posting|reference|ref)(?: id| number| no\.?)?:? ?#?(?:[a-z]{1,4}-?)?\d+",
    # the role named by its title: "a posting for a Senior Data Engineer"
    r"(?:opening|role|position|job|vacancy) (?:for|as) (?:a|an) (?:[\w-]+ ){0,3}(?:engineer|developer|analyst|"
    r"designer|manager|scientist|architect|administrator|specialist|intern)\b",
)
# Money or a share of a reward offered for the reader's judgement (a referral, a good word, an introduction): it turns
# a recommendation into a purchase (a referral bonus is the employer's payment to its own staff, not theirs to split).
PAID_FAVOUR = _words(
    r"(?:bonus|fee|commission|reward)\b[^.!?\n]{0,60}\b(?:split|share|halve) (?:it|that|this) with you\b",
    r"(?:split|share|halve) (?:the|my|your|any|a) (?:referral |signing |hiring )?(?:bonus|fee|commission|reward)",
    r"(?:a|an|the) (?:cut|share|half|part|percentage) of (?:the|my|your|any) (?:referral |signing |hiring )?(?:bonus|"
    r"fee|commission|reward|first (?:month['’]?s )?(?:salary|pay))",
    r"(?:pay|compensate|reward|tip) you\b[^.!?\n]{0,30}\b(?:for|if you) (?:a |the |your |any )?(?:referral|refer|intro|"
    r"introduc|recommend|endorse|put in|vouch)\w*",
)
# Any favour bigger than a question: what a thank-you or update must not carry.
ANY_FAVOUR = _words(BIGGER_FAVOUR.pattern, OUTSIZED_ASK.pattern, VOUCH.pattern)
# What disclaims a favour named in the same sentence: "I'm not asking you to review it all, only ..."
DISCLAIMED = _words(
    r"not (?:asking|requesting|expecting|looking for)",
    r"won['’]t ask",
    r"(?:don['’]t|do not) (?:need|expect|want) you to",
    r"no need (?:for you )?to",
)
# Signs that writer and reader worked or studied together: what makes a referral or a recommendation theirs to give.
WORKED_WITH = _words(
    # "we never worked together" is the opposite sign
    r"we (?:(?!never\b|not\b)\w+ )?(?:worked|built|rebuilt|shipped|studied|ran|wrote|designed)\b[^.!?\n]{0,40}"
    r"\btogether",
    r"(?:when|while) we (?:worked|studied|were colleagues|shared)",
    # (not a claim in a text the writer drafted for them: "the blurb claims you mentored me"; "you advised me to ship
    # a small game" gave advice once and saw no work)
    r"(?<!says )(?<!say )(?<!claims )(?<!states )(?:you|when you) (?:managed|supervised|mentored|taught|coached|"
    r"advised(?! me (?:to|that|on|against)\b)) (?:me|my (?:\w+ )?(?:thesis|"
    r"dissertation|project|internship|research|placement|capstone|team))\b",
    r"my (?:former|old|previous|first) (?:manager|lead|colleague|teammate|supervisor|mentor|boss)",
    r"our (?:\w+ )?(?:years?|months?|semesters?) (?:of (?:\w+ )?\w+ )?together",
    # the reader has seen the writer's work first hand: "you know my code", "our two years of sprints"
    r"you(?:['’]ve| have)? (?:saw|seen|know|knew|watched|reviewed|merged) (?:my|how i) (?:\w+ ){0,3}?(?:work|code|"
    r"projects?|pull requests|prs|patches|apps|examples|commits)\b",
    # thanks for the reader's reviews of the writer's work: "thank you for your review of my two pull requests"
    r"(?:your|the) (?:code )?reviews? (?:on|of) my (?:\w+ ){0,3}?(?:pull requests|prs|patches|code|commits)\b",
    r"(?:reviewing|merging) my (?:\w+ ){0,3}?(?:pull requests|prs|patches|code|commits)\b",
    r"our (?:\w+ )?(?:years?|months?|semesters?) of (?:\w+ )?(?:sessions|sprints|classes|work|shifts|projects|"
    r"meetings)\b",
    r"(?:with|alongside|under) you for (?:a|an|one|two|three|four|five|six|eighteen|several|many|\d+) (?:years?|"
    r"months?|semesters?|terms?)\b",
    # work the reader supervised: "my capstone under you", "my summer project with you"
    r"my (?:\w+ )?(?:thesis|dissertation|internship|placement|project|capstone|phd|master['’]s|postdoc) (?:\w+ )?"
    r"(?:with|under) you\b",
)
# The same history as the mentee's notes on the mentor record it ("worked with me on the billing team", "the writer's
# former manager"): the planner knows what the message may leave unsaid.
WORKED_WITH_IN_NOTES = _words(
    r"(?:worked|studied|built|shipped) (?:\w+ )?(?:with|alongside) (?:me|the writer|the mentee)\b",
    # the notes speak of the reader in the third person: "worked with him for two years" (not "with his team")
    r"(?:worked|studied|built|shipped) (?:\w+ )?(?:with|alongside) (?:her|him|them)(?=\s*(?:[.,;:]|$|(?:directly|"
    r"closely|before|on|for|at|in|over|during|twice|once|as)\b))",
    r"(?:supervised|managed|mentored|taught|coached|advised) (?:me|my|the writer|the mentee)\b",
    r"(?:reviewed|merged)\b[^.;\n]{0,40}\b(?:my|the writer['’]s|the mentee['’]s) (?:pull requests|prs|patches|code|"
    r"commits|work)\b",
    r"(?:led|ran|headed) the (?:group|team|lab|project) (?:where|in which) (?:i|the writer|the mentee) "
    r"(?:worked|studied)",
    r"(?:my|the writer['’]s|the mentee['’]s) (?:former |old |previous |first )?(?:manager|lead|colleague|teammate|"
    r"supervisor|mentor|boss|classmate|study partner)\b",
    # the reader described as one, the note's first words: "Former colleague at Acme, three years" (not "former
    # colleague of my manager", someone else's)
    r"^(?:(?:she|he|they)(?:['’]s| is| was| are| were) )?(?:a |my )?(?:former|old|previous|ex-) ?(?:manager|lead|"
    r"colleague|teammate|supervisor|boss|classmate|study partner)\b(?! of\b)",
)
# Someone other than the reader, named in the notes on them: "one of her team", "his former student".
THIRD_PARTY = _words(
    r"(?:one of )?(?:her|his|their) (?:\w+ )?(?:engineers?|colleagues?|reports?|team(?:mates?)?|students?|staff|"
    r"friends?|partners?|managers?|peers?|employees?|hires?|interns?)"
)
# The ask framed by what the writer gains: the reader's help put to work for the writer's standing (a career, a
# CV, a portfolio, a brand, an application, a visa case, a promotion) rather than for a shared interest.
SELF_SERVING = _words(
    # the general construction: a verb of gain whose object is the writer's own standing ("it would strengthen my
    # application", "to help my job hunt"); not the writer's work described ("I build my startup's backend")
    r"(?:help|helps|helping|boost|boosts|strengthen|strengthens|bolster|lift|lifts|elevate|enhance|enhances|further|"
    r"advance|advances|benefit|benefits|improve|improves|raise|raises|support|supports|strengthening|boosting|"
    r"improving|advancing|benefiting|benefitting) (?:\w+ ){0,2}?my (?:\w+ ){0,2}?(?:career|cv|résumé|resume|"
    r"portfolio|linkedin|brand|applications?|chances|odds|prospects|reputation|visibility|credibility|standing|"
    r"job (?:search|hunt|prospects)|promotion|salary|income|following|followers|audience|grades?|admission|"
    r"business)\b(?!['’])",
    r"(?:looks?|look) good on (?:a|my) (?:résumé|resume|cv)",
    # "to put on my CV" is the writer's gain; "I have it on my CV" or "feedback on my CV" is not
    r"(?:to (?:put|add|list|include)\b[^.!?\n]{0,30}\b(?:on|in|to)|for|pad) my (?:résumé|resume|cv)",
    r"(?:boost|strengthen|bolster|pad|elevate|wonders|difference|(?:great|good|a plus) for)\b (?:\w+ ){0,2}?my "
    r"(?:\w+ ){0,2}(?:career|cv|résumé|resume|portfolio|linkedin|profile|brand|business|applications?|case|chances|"
    r"prospects|reputation|visibility|credibility|grades?|channel|startup|fundraising|job search)\b",
    # what the favour will do for standing that only the writer has: "it would lift my personal brand"
    r"(?:will|would|could|might)\b(?! you\b)(?: \w+){0,3}? my (?:personal brand|(?:job|career|employment) prospects|"
    r"visibility|credibility|reputation)\b",
    r"(?:accelerate|fast-?track|kick-?start|jump-?start|supercharge|turbo-?charge) my\b",
    # the reader as a credential: named on the writer's application, or claimed as their mentor to impress others
    r"(?:add|adding|list|listing|put|putting|name|naming|include|including|mention|mentioning) (?:you|your name|an? "
    r"(?:\w+ )?(?:mentor|expert|advis[eo]r|endorsement|referee))\b[^.!?\n]{0,20}\b(?:to|on|in) my (?:\w+ )?"
    r"(?:applications?|cv|résumé|resume|portfolio|bio|website|deck|pitch|proposal|grant)\b",
    r"(?:say|mention|claim|tell (?:\w+ )?)(?: that)? i (?:was|am|['’]m|have been|['’]ve been|got) (?:\w+ )?(?:mentored|"
    r"coached|trained|taught|advised|endorsed|recommended|backed) by you",
    r"(?:recruiters|employers|hiring managers|investors|companies|people|they) (?:will|would|might|could) (?:\w+ )?"
    r"take me (?:more |very )?seriously",
    r"(?:line|entry|item|bullet|credit) (?:\w+ )?(?:on|in|for) my (?:\w+ )?(?:cv|résumé|resume|portfolio|linkedin|"
    r"profile|bio)\b",
    r"(?:would|will|could|might|can) (?:\w+ ){0,2}open (?:\w+ ){0,3}doors",
    r"(?:me|my (?:\w+ ){1,2}?)(?:the |more |some |much-needed |instant )?(?:visibility|traction|clout|recognition|"
    r"credibility)\b",
    r"(?:look|looks|sound|sounds) (?:\w+ )?(?:good|great|impressive|strong) (?:to|for) (?:employers|recruiters|"
    r"hiring managers|admissions|committees|investors)",
    r"(?:get|gets|getting) ahead\b(?! of\b)",
    # the reader's network or name as the writer's way in: "your contacts are my best bet"
    r"your (?:network|contacts|connections|audience|name|influence|reputation|followers|platform) (?:is|are|would be|"
    r"could be|might be|['’]s) (?:\w+ ){0,2}?(?:my|the) (?:\w+ )?(?:shot|way in|ticket|path|route|chance|door|key|hope|"
    r"bet)\b",
    r"(?:high|well|better|best|top)[- ]pa(?:ying|id) (?:jobs?|roles?|positions?|work|gigs?|careers?)\b",
    r"for (?:my|a) (?:\w+ )?(?:grade|course credit|marks)\b",
    r"(?:make|makes|making) my (?:\w+ )?(?:cv|résumé|resume|portfolio|profile|application)s? (?:stand out|shine|pop)",
    r"(?:my|the) (?:\w+ )?(?:cv|résumé|resume|portfolio|profile|linkedin) (?:is|was) (?:\w+ )?missing",
    # the reader or their help put on show ("mention our call in my interviews"), not the writer's own work
    r"(?:mention|cite|talk about|name-?drop|brag about) (?:(?:you|your|our|this|that|it)\b[^.!?\n]{0,20}\b)?"
    r"(?:in|on) my (?:\w+ )?(?:interviews?|cv|résumé|resume|applications?)",
    r"(?:build|grow|boost|building|growing) my (?:personal )?brand",
    r"(?:gets?|got|getting) me noticed|noticed by (?:\w+ ){0,2}?(?:recruiters|employers|hiring managers|studios|"
    r"companies|firms)",
    r"stand out to (?:recruiters|employers|hiring managers|companies|firms)",
    r"make (?:partner|senior)\b",
    r"(?:salary|pay|income|promotion) (?:goal|target|bump|jump)",
    r"(?:before|for|ahead of) my (?:next |annual |upcoming )?(?:performance review|appraisal|promotion)",
    r"(?:goal|dream|aim) is to (?:land|get hired|be hired|work at|work for)\b",
    r"(?:further|advance|accelerate|fast-?track|kick-?start|jump-?start|level up|help) my career",
    r"(?:raise|build|grow|increase) my (?:profile|visibility|following|standing|audience|followers|follower count|"
    r"subscribers)",
    r"(?:help|improve|increase|raise|better) my (?:chances|odds)",
    r"stand out (?:from|among) (?:the )?(?:other )?(?:candidates|applicants)",
    r"(?:an|a competitive|the) edge (?:over|in|on) (?:other|the)\b",
    r"(?:gets?|getting) me (?:hired|an interview|a job|an offer|a role|promoted)\b",
    r"addition to my (?:\w+ )?(?:portfolio|cv|résumé|resume|profile|linkedin)",
    r"(?:leverage|tap into|access) your (?:network|contacts|connections|name|influence|audience|reputation)",
    r"(?:to|so (?:that )?i (?:can|could)) (?:get|be|become) promoted",
    r"(?:secure|land|win|clinch) (?:me )?(?:a |an |the |my )?(?:\w+ )?(?:job|offer|role|position|promotion|raise|"
    r"contract)s?\b",
    r"(?:impress|wow) (?:my|the|future|potential) (?:manager|boss|recruiters?|employers?|interviewers?|hiring)",
    r"pays? (?:better|more)",
    r"(?:more|better) (?:money|salary|pay)",
    r"i need (?:a|some) (?:job|referral)",
    r"(?:get|give|land) me a (?:job|referral)",
    r"so i can get (?:a|hired)",
    r"boost my (?:career|profile)",
    r"(?:for|get) (?:the )?clout",
    r"looks? (?:good|great) on",
    r"(?:good|great|high|better) salar(?:y|ies)",
    r"(?:make|earn) (?:more |good |lots of )?money",
    r"easy job",
    r"(?:get|find|land) a better job",
    r"(?:opportunit(?:y|ies)|chance) for me",
    r"for my (?:own )?(?:growth|career|development|learning|portfolio|benefit|advantage|gain)",
    r"help me (?:grow|advance|get ahead|stand out)",
)
# A gain the sentence shares with the reader or others: "it matters for my career, and it would help your users too"
# is not a one-sided ask.
SHARED_GAIN = _words(
    r"(?:useful|helpful|valuable|of use|of interest|a help|help|benefit) (?:for|to) (?:you|your|others|other \w+|"
    r"everyone|the (?:community|project|team|docs))\b",
    r"(?:help|helps|benefit|benefits) (?:you|your \w+|others|other \w+|everyone|the (?:community|project)) (?:too|"
    r"as well)\b",
)
# Framing the message around one's own need, rather than what drew the writer to the mentor.
ONE_WAY_NEED = _words(
    r"i(?: am|['’]m)? (?:really |urgently |badly )?(?:need|needing|in need of) (?:some |more |new |a few )?(?:someone|"
    r"somebody|a mentor|an expert|advice|help|guidance|a (?:book )?recommendation|contacts|connections|introductions|"
    r"referrals?|a referral|a sponsor|investors|funding)\b",
    r"(?:we|i) need an expert",
)
FLATTERY = _words(
    r"(?:huge|big|biggest|massive|great) (?:fan|admirer)",
    # "the best person to ask" says why the writer chose them, not that they are great
    r"you(?:'re| are) (?:amazing|awesome|a legend|a genius|incredible|"
    r"the best(?! (?:\w+ )?(?:person|people|one) to\b))",
    r"(?:genius|rock ?star|ninja|guru)",
    # a legend is praise said of a person ("a living legend"), not a map's key ("the legend under figure 2", "put a
    # legend on the map")
    r"(?:an?|you|absolute|living|true|total) (?:(?:absolute|living|true|total|real) )?legend\b"
    r"(?! (?:to|for|on|of|that|which|entry|entries|key|items?)\b)",
    r"an inspiration(?: to (?:us all|everyone))?",
    r"i admire everything",
    r"love (?:all )?your (?:work|stuff|content)",
    r"(?:smartest|brightest|greatest|best) (?:people|minds?|person|engineers?) (?:in|on)",
    r"so inspiring",
    r"(?:clearly|truly|such) an? (?:expert|inspiration|genius|legend)",
    r"best \w+ ever",
    r"(?:done|doing|do) (?:amazing|incredible|awesome|great) (?:things|work)",
    r"following your (?:career|journey)",
    r"one of the (?:best|greatest|finest)",
    r"admire (?:the|your|all) (?:work|things)",
    r"impressed by your (?:background|profile|career|experience)",
    # Praise whose object is the person, not a piece of work: a title of esteem ("you are a true pioneer"), a
    # superlative about them, their whole output ("everything you make"), their career or record called
    # remarkable, or their reputation. Nothing in it could tell the reader which work the writer means.
    r"you(?:['’]re|['’]ve been| are| have been| were) (?:\w+ ){0,2}?(?:role model|hero|idol|icon|visionary|pioneer|"
    r"trailblazer|legend|inspiration|genius|rock ?star|luminary|titan|expert|wizard|master)\b"
    r"(?! (?:in|on|at|with)\b)",  # "an expert in Kafka" names a field: a reason to ask, not empty praise
    r"(?:so much|great|huge|deep|immense|utmost) (?:respect|admiration) for you\b(?! for\b)",
    r"you (?:really |truly |constantly |always |have )?inspired? (?:me|us|everyone|so many|countless|thousands|"
    r"a generation)\b(?! to\b)",
    r"(?:admire|admired|respect|respected) (?:\w+ )?(?:people|someone|folks|professionals|leaders) like you\b",
    r"in awe of (?:you|your (?:work|career|achievements|talent|skills?))\b",
    r"keep up the (?:great|amazing|awesome|good|fantastic|incredible) work",
    r"you(?:['’]re| are) the (?:\w+ )?(?:best|greatest|smartest|finest|brightest|most (?:talented|"
    r"brilliant|gifted|inspiring)) (?:\w+ )?(?:engineers?|developers?|programmers?|designers?|minds?|person|people|"
    r"writers?|teachers?|speakers?|leaders?|coders?|scientists?|researchers?)\b(?! to\b)",
    r"one of the (?:greats|legends)",
    r"you(?:['’]re| are) (?:(?:so|such|truly|really|incredibly|very|extremely|clearly|genuinely|obviously|a|an|true|"
    r"real) ){1,3}(?:talented|brilliant|gifted|smart|inspiring|impressive|amazing|awesome|incredible|accomplished|"
    r"remarkable|exceptional)\b(?! (?:at|in|on|with|about|for)\b)",
    r"(?:heard|hear) (?:so many |many )?(?:great |good |amazing |wonderful )?things about you",
    r"(?:everyone|everybody) (?:\w+ ){0,3}?(?:says?|talks?|speaks?|raves?) (?:about |of )?how (?:\w+ )?(?:great|"
    r"amazing|good|brilliant|talented|smart|incredible)",
    r"(?:honou?r|privilege)(?: for me)? to (?:be )?(?:write|writing|contact|contacting|meet|meeting|connect|connecting|"
    r"reach|reaching|address|addressing)\b",
    # a title of esteem set against the reader: "a true master like yourself"
    r"(?:expert|legend|genius|pioneer|icon|authority|luminary|master|visionary|talent) (?:like|such as) "
    r"you(?:rself)?\b",
    # the reader's whole manner praised, with no work named: "your attitude to everything"
    r"your (?:\w+ ){1,2}(?:to|on|towards?|for|in) (?:everything|life|it all|all things)\b",
    r"(?:admire|respect|idoli[sz]e) you\b(?! for\b)",
    r"your (?:reputation|stature) (?:precedes|is|as)\b",
    r"look(?:ed|s|ing)? up to you",
    r"everything (?:that )?you (?:do|touch|post|make|create|build|share|produce)\b",
    r"how (?:\w+ )?(?:amazing|great|brilliant|talented|smart|incredible|inspiring|awesome|gifted) you (?:are|were)",
    r"your (?:work|career|contributions?|achievements?|accomplishments?|journey|profile|background|track record|"
    r"content|talent|passion|dedication|knowledge|expertise|skills?|vision|energy)(?: (?:to|in|for|on) (?:the |our |"
    r"this )?(?:field|industry|community|space|world|technology|tech|software))? (?:\w+ )?(?:is|are|has been|"
    r"have been|was|were|speaks?|shines?) (?:\w+ ){0,2}?(?:incredible|remarkable|amazing|impressive|inspiring|"
    r"outstanding|extraordinary|exceptional|phenomenal|brilliant|awesome|unmatched|unparalleled|legendary|influential|groundbreaking|"
    r"game-?changing|world-?class|top-?notch|inspirational|unrivall?ed|great|excellent|fantastic|wonderful|superb|"
    r"valuable|insightful|second to none|for (?:itself|themselves)|through)(?! (?:for|to) (?:our|my|us|me)\b)",
    r"(?:your|an?|such an?) (?:\w+ )?(?:impressive|incredible|amazing|inspiring|remarkable|stellar|outstanding) "
    r"(?:background|profile|career|journey|résumé|resume|track record)",
)
# A reference that says what the work did for the writer: homework put to use, not a mention.
APPLIED = _words(
    r"(?:helped|changed|convinced|fixed|saved|cut|reduced|improved|shaped|inspired|led|pushed|got|taught|showed|"
    r"made|gave|encouraged|persuaded|prompted) (?:me|us|our|my|how|half)",
    r"(?:i|we) (?:used|applied|tried|followed|adopted|tested|copied|borrowed)",
    r"after reading",
    r"(?:is|are) now (?:in|on|part of) (?:our|my)",  # the idea has been adopted: "... is now in our runbook"
    r"(?:we|i) now (?:use|run|follow|write|start|keep|check|ask)",
    r"because of (?:it|your)",
    r"(?:wanted|tried) to (?:see|test|check) (?:if|whether)",
    r"(?:argued|showed|found|suggested|claimed) that",
)
# Words of admiration: a sentence about the reader made of these and nothing specific is praise that fits anyone.
ADMIRATION = frozenset(
    """admire admired admiring fan inspiration inspiring inspired impressed impressive amazing awesome
incredible brilliant fantastic wonderful outstanding legend genius""".split()
)
# Words of praise that name no piece of work: "your work", "your career", "everything you have done".
PRAISE_TARGETS = frozenset(
    """work career content background profile journey industry field everything all things done
always years achievements accomplishments contributions success space community
dedication passion commitment energy attitude approach mindset vision expertise knowledge talent wisdom generosity
kindness leadership creativity humility something deeply truly greatly""".split()
)
# Words that say when, where or how the writer came upon a piece of work, not what is in it: "your videos online",
# "your talk last year", "your blog, which I follow". A reference made of these names no one piece.
ENCOUNTER = frozenset(
    """last past year years month months week weeks day days ago yesterday today recently earlier once twice few
online channel feed account page youtube twitter watched saw seen listened subscribed followed following liked
bookmarked came across stumbled noticed heard read every always often religiously""".split()
)
# What opens a description of the work itself: its topic, title, place or what it does ("your posts on caching",
# "your talk 'Queues at scale'", "your podcast episode with the SQLite authors"). A body of work ("your videos",
# "your blog") is one piece only when one of these follows it, at most two words on.
DESCRIBES = re.compile(
    r"\s*,?\s*(?:[\w'’-]+\s+){0,2}?(?:(?:on|about|at|for|from|in|into|with|titled|called|named|where|explaining|"
    r"comparing|showing|covering|describing|introducing|walking)\b|['‘\"“#])",
    re.I,
)
# Where a new clause begins after a mention of the reader's work: what follows says something of the writer ("your
# handbook, and we love Go as well"), not of the work, so it names no piece of it. It begins at a conjunction after a
# comma ("your post, so the two results ought to agree"), one before the writer ("and I"), the writer as a new subject
# ("your book I had not dared to ..."; "your class, you're welcome to ..."), the writer's own place for the work
# ("your post in our guide"), a condition ("your class, if it helps") or the writer's purpose ("the scale in your
# course to rank defects").
NEW_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|so|because|since|as|while)\b"
    r"|\s+(?:and|but|so|because|since|as|while)\s+(?:i|i['’]m|i['’]ve|we|we['’]re|my|our)\b"
    r"|\s+(?:i|we)\s+(?:did|do|don['’]t|didn['’]t|have|had|was|am|would|will|can|could|want|wanted|think|thought|"
    r"found|used|tried)\b"
    r"|\s+(?:in|into) (?:our|my)\b"
    r"|\s*;|\s+(?:if|unless)\b"
    r"|,\s+(?:you['’]re|you are|you['’]ll|you will|i['’]m|i am|i['’]d|i would|we['’]re|we['’]d)\b"
    r"|\s+to\s+(?=[a-z]+\s+(?:the|my|our|its|their|it|them|this|that|these|those|a|an)\b)",
    re.I,
)
# Kinds that name a whole body of work rather than one piece of it.
BODY_OF_WORK = frozenset("blog newsletter podcast series stream site website devlog channel".split())
# Words that only say a piece of work was good: a reference made of these and nothing else is praise, not detail.
PRAISE = frozenset(
    """great good amazing awesome excellent brilliant inspiring inspirational helpful useful
interesting best cool nice wonderful fantastic insightful ever really incredible superb outstanding enjoyed
love loved liked fine lit wow stellar solid top impressive truly""".split()
)
CREDENTIAL = _words(
    r"certifi(?:ed|cation|cations|cates?)",
    r"degree",
    r"gpa",
    r"honou?rs",
    r"awards?",
    r"dean's list",
    r"graduated",
    r"top \d+%",
    r"ranked",
    r"promoted",
    r"winner",
    r"won",
    r"hackathons?",
    r"president",
    r"scholarships?",
    r"track record",
    r"valedictorian",
    r"top of (?:my|the) class",
)
# Up to three describing words may sit between "your" and the kind of work ("your GDC talk", "your open-source
# incident timeline tool", a quoted title: "your 'Queues at scale' post"); words that start a phrase about the
# writer ("your time on my project") may not. "ur" and "yr" are "your" in textspeak.
YOUR_WORK = re.compile(
    r"\b(?:your|ur|yr)\s+(?P<modifier>(?:['‘\"“][^'’\"”\n]{2,60}['’\"”]\s+|(?!(?:on|in|for|my|of|to|and|the|a|an|"
    # ("your time" is no work, but a title may hold the word: "your Lunch Time Talks video")
    r"with|at|by|from|me|us|our|i|(?-i:time)|help|advice|reply|answer|feedback|perspective|input|view|thoughts?)\b)"
    r"[\w'’-]+(?:\.[\w-]+)*\s+){0,3}?)"
    r"(?P<kind>article|talk|post|blog(?: post)?|book|video|paper|podcast(?: interview)?|keynote|newsletter|thread|"
    # what a hiring manager publishes: the career ladder, the interview rubric
    r"(?:job |career |engineering )?ladder|rubric|"
    r"course|workshop|tutorial|guide|presentation|essay|series|library|project|repo|plugin|tool|manual|chapter|"
    r"sample|notes|lecture|episode|interview|meetup|session|docs|documentation|handbook|slides|devlog|write-?up|gist|"
    r"answer|"
    r"comment|issue|module|package|crate|dataset|study|research|report|benchmark|demo|stream|class|framework|"
    r"site|website|newsletter issue|checklist|template|survey|analysis|proposal|rfc|spec|patch|repositor(?:y|ie)|"
    r"codebase|thes[ie]s|dissertation|webinar|screencast|walkthrough|deck|recording|notebook|poster|lesson|diagram|"
    r"chart|cheat ?sheet)s?\b"
    r"(?P<rest>[^.!?\n]{0,80})",
    re.I,
)
# The same reference made the other way round: "the talk you gave at PyCon on ...", "a post you wrote about ...".
_WORK_KINDS = YOUR_WORK.pattern[YOUR_WORK.pattern.index("(?P<kind>") : YOUR_WORK.pattern.index("s?\\b(?P<rest>")]
# The same kinds of work as a plain group, for patterns that name a work by its title ("the Quiet Queues podcast").
WORK_KIND = _WORK_KINDS.replace("(?P<kind>", "(?:")
# Made once ("the talk you gave") or kept up ("the repo you maintain", "the meetup you run").
_MADE = (
    r"(?:gave|wrote|published|posted|recorded|shared|presented|made|built|did|ran|put out|maintain(?:s|ed)?|run|"
    r"host(?:s|ed)?|organi[sz]e[sd]?|teach|taught|created|authored|edit(?:s|ed)?|started|released|open-sourced)"
)
# A piece placed in the reader's venue: "the 'Slow tests' essay on your blog".
_IN_YOUR_VENUE = r"(?:on|in|from) (?:your|ur) (?:blog|site|website|channel|newsletter|podcast|series|stream|devlog)"
WORK_YOU_MADE = re.compile(
    r"\b(?:the|that|a|an|one)\s+(?P<modifier>(?:['‘\"“][^'’\"”\n]{2,60}['’\"”]\s+|[\w'’-]+\s+){0,2}?)"
    + _WORK_KINDS
    + r"s?\s+(?:(?:that\s+)?(?:you|your (?:team|group|lab|company))\s+"
    + _MADE
    + r"|"
    + _IN_YOUR_VENUE
    + r")\b(?P<rest>[^.!?\n]{0,80})",
    re.I,
)
YOU_MADE = _words(r"(?:you|your (?:team|group|lab|company)) " + _MADE, _IN_YOUR_VENUE)
# What the mentor wrote or said, cited by its point ("you wrote that ...", "you argued in ... that"): homework
# that shows the writer read the work, even without naming the piece.
CITES_THEM = _words(
    r"you (?:wrote|said|argued|mentioned|suggested|recommended|explained|described|showed|noted|pointed out)"
    r"(?: (?:in|on|at) [^.!?\n]{1,40}?)?,? (?:that|how|why|when)",
    # the same with "that" left out, a clause of what the reader did or found: "on the panel you said you keep retries
    # in the client"; not a promise they made the writer ("you said you'd reply")
    r"(?:in|on|at) (?:[^.!?\n]|\.(?= ?\d)){1,40}?,? you (?:wrote|said|argued|mentioned|explained|noted) (?:you|"
    r"your team|they|it) "
    r"(?!(?:['’]d|would|will|could|might|can)\b)\w+",
)
# A titled piece of work inside a note too long to quote whole: "Her conference talk 'Indexes you forgot you had' at
# PGConf EU walks through ..." holds "conference talk 'Indexes you forgot you had'", title and all.
TITLED_WORK = re.compile(
    r"\b(?P<work>(?:[\w-]+\s+){0,2}?"
    + _WORK_KINDS.replace("(?P<kind>", "(?:")
    + r"s?)\s+(?P<title>['‘\"“][^'’\"”\n]{3,80}['’\"”])(?!\w)",
    re.I,
)
# A claimed kind of work is supported when the research notes use one of these words.
KIND_EVIDENCE = {
    "article": "wrote|writes|write-up|article|blog|post|essay|published|newsletter",
    "post": "wrote|writes|write-up|article|blog|post|essay|published|blogged",
    "blog": "wrote|writes|write-up|article|blog|post|blogged",
    "talk": "talk|spoke|speaks|keynote|presentation|presented|conference|gave",
    "keynote": "talk|keynote|spoke|conference",
    "presentation": "talk|presentation|presented|spoke|slides",
    "book": "book|author|wrote|chapter",
    "guide": "guide|handbook|book|chapter|wrote|published",
    "video": "video|youtube|screencast|recorded|stream",
    "stream": "stream|live|twitch|watched|episode|video",
    "livestream": "stream|live|twitch|watched|episode|video",
    "paper": "paper|published|research|study|journal|wrote",
    "podcast": "podcast|episode|host",
    "newsletter": "newsletter|writes",
    "thread": "thread|tweet|posted|wrote",
    "course": "course|teach|teaches|class|lecture|student",
    "class": "class|course|teach|taught|lecture|student",
    "tutorial": "tutorial|guide|wrote|course",
    "essay": "essay|wrote|writes",
    "series": "series|wrote|writes|video",
    "tool": "tool|maintain|built|wrote|library|open-source",
    "manual": "manual|guide|handbook|wrote",
    "handbook": "manual|guide|handbook|wrote",
    "chapter": "chapter|book",
    "sample": "sample|github|example",
    "notes": "notes|lecture|publish|wrote",
    "lecture": "lecture|notes|course|teach",
    "episode": "podcast|episode|interview",
    "interview": "interview|podcast",
    "meetup": "meetup|organis|organiz|runs",
    "session": "session|talk|spoke|workshop|meetup|presented|ran|runs",
    "docs": "docs|documentation|guide|contributing",
    "documentation": "docs|documentation|guide|contributing",
    "slides": "talk|slides|presentation",
    "repository": "repo|github|gitlab|maintain|open-source|library|built|wrote",
    "codebase": "repo|github|gitlab|maintain|open-source|library|built|wrote",
    "thesis": "thesis|phd|dissertation|doctoral",
    "dissertation": "thesis|phd|dissertation|doctoral",
    "webinar": "webinar|talk|spoke|presented",
    "screencast": "screencast|video|recorded|youtube",
}

# --- professionalism -----------------------------------------------------------------
# The politeness strategies follow the definitions in the paper's released feature code (the "politeness"
# package by M. Sudhof, github.com/sudhof/politeness, features/politeness_strategies.py, and its port in
# CornellNLP's ConvoKit, politeness_api/features/politeness_strategies.py), written anew here as patterns over
# folded text: the paper's parser-based tests become word-order tests.
GRATITUDE = _words(
    r"thanks?", r"thank you", r"thankyou", r"thx", r"thnx", r"grateful", r"appreciated?", r"appreciate it"
)
APOLOGY = _words(
    r"sorry",
    r"apologi[sz]e",
    r"apologies",
    r"forgive me",
    r"excuse me",
    r"pardon",
    r"w?hoops",
    r"oops",
    r"hope (?:you|that)(?: do not|n['’]t| don['’]t) mind",  # owning the imposition, as an apology does
    r"(?:i )?hate to (?:ask|bother|trouble|intrude|impose|interrupt|pester|chase)",  # the same, said as reluctance
    # owning one's own mistake: "my bad, wrong file", "I stand corrected"
    r"my (?:bad|fault)\b",
    r"i (?:was|stand) (?:wrong|corrected|mistaken)",
)
PLEASE = _words(r"please", r"kindly")
# A "please" that opens a let-off frees the reader rather than ordering them: "please never worry about replying"; one
# that asks leave for the writer ("please allow me to explain") orders nothing either.
PLEASE_LETS_OFF = _words(
    r"please (?:do not|don['’]t|never) (?:feel|worry|hesitate)",
    r"please (?:feel free|(?:just )?ignore|(?:do )?say no)",
    r"please (?:allow|permit) me\b",
)
# "Why would you ...?" borrows the modal to scold, not to ask.
COUNTERFACTUAL = _words(
    r"(?:could|would)(?<!why could|why would) (?:you|it|i|we|there)",
    r"might (?:you|i)",
    r"(?:i was|i am|i'm) wondering",
    r"i wonder",
    r"(?:just )?wondering (?:if|whether)",  # "just wondering if you ..." drops its "I" and is as indirect
    r"(?:any|(?:is )?there a) chance (?:that )?you (?:could|would|might|can)",
)
INDICATIVE = _words(r"(?:can|will) you", r"can i", r"may i", r"can we")
# The paper's "Hedges": a subject whose verb (or, after "is", adjective) is a word of tentativeness ("I think",
# "I suggest we", "it seems", "it is possible"), from its hedge list; and the list's adverbs of doubt. A hedge
# word with no subject ("around", "often") says nothing about the request, so it is not one here.
_MODAL_OR_ADVERB = (
    r"(?:['’]d| would| might| may| could| do| don['’]t| do not)?"
    r"(?: (?:just|really|also|still|personally|kind of|sort of|rather))? "
)
_HEDGE_ADJ = r"(?:possible|likely|unlikely|probable|plausible|unclear|uncertain|doubtful|apparent)"
HEDGE = _words(
    r"(?:i|we)" + _MODAL_OR_ADVERB + r"(?:think|thought|guess|suppose|suspect|assume|feel|felt|suggest|doubt|"
    r"estimate|argue|claim|tend to)",
    r"(?:it|this|that|they|he|she)"
    + _MODAL_OR_ADVERB
    + r"(?:seems?|seemed|appears?|appeared|suggests|indicates|tends to)",
    r"(?:it|this|that)(?:['’]s| is| seems| looks| may be| might be) (?:quite |very |fairly |rather )?" + _HEDGE_ADJ,
    r"maybe",
    r"perhaps",
    r"possibly",
    r"presumably",
    r"(?:i['’]m|i am) not (?:sure|certain)",
    r"(?:might|may|could) be (?:wrong|missing|mistaken)",
    r"in my (?:view|opinion)",
    r"to my knowledge",
    # leaving the reader room to overrule the writer (Brown and Levinson's negative politeness: "be pessimistic",
    # "give deference"): "unless you disagree", "glad to be corrected", "just a thought", "would that be all right?"
    r"unless you (?:know better|disagree|object|see a (?:problem|reason)|prefer otherwise|think otherwise)",
    r"(?:happy|glad|willing) to be (?:corrected|proven wrong|told otherwise)",
    r"(?:correct|tell) me if i(?:['’]m| am) (?:wrong|mistaken|missing something)",
    r"just (?:an idea|a thought|a suggestion|a guess)",
    r"not (?:wedded|attached|married) to (?:it|this|that|the idea)",
    r"i(?:['’]m| am|['’]ve| have)? probably (?:wrong|got (?:it|this) wrong|missing|misreading|misunderstanding|"
    r"misread|missed)",
    r"would (?:that|this|it) be (?:ok|okay|alright|all right|fine|acceptable)(?=\s*\?)",
    # not presuming the reader knows or has it ("do you happen to know ...?", "by any chance")
    r"(?:do|does|did) (?:you|anyone|anybody) (?:by any chance )?happen to",
    r"by any chance",
)
FLEXIBLE = _words(
    # (not the reader's week called freer than the writer's: "academic calendars are more flexible than ours")
    r"(?<!more )flexible(?! than\b)",
    r"(?:suits|works for|convenient for) you",
    r"around your (?:schedule|calendar|time)",
    r"whenever (?:suits|works|is convenient)",
    r"no (?:problem|worries|pressure|rush|hurry)",
    r"understand if",
    r"(?:if|when) you(?:['’]re| are) (?:too )?busy",
    r"whatever (?:suits|works)",
    r"(?:email|short|quick|written) reply",
    r"happy to (?:adapt|adjust)",
    r"your convenience",
    r"if you have (?:the )?time",
    r"no reply (?:is )?(?:needed|necessary|expected)",
    r"no need to (?:reply|respond)",
    r"(?:have|get) (?:a|the)? ?(?:moment|minute|chance)",
    r"(?:if|when) you(?:['’]re| are) (?:open|free|able)",
    r"if possible",
)
# Greetings to a role or to no one: the writer did not find out who they are writing to. "Madam" before a surname
# ("Dear Madam Otieno") is a formal address to a named person.
IMPERSONAL = re.compile(
    r"\s*(?:dear|hello|hi|greetings),?\s+(?:sir(?:\s*(?:/|or)\s*madam)?|madam(?!\s+(?-i:[A-Z]))|all|team|"
    r"hiring manager|recruiter|to whom)\b|\s*to whom it may concern",
    re.I,
)
DEFERENCE = re.compile(r"^(?:great|good|nice|interesting|cool|excellent|awesome|wonderful|helpful)\b", re.I)
BY_THE_WAY = _words(r"by the way", r"btw", r"incidentally")
# The paper's "Factuality": "in fact", "the point/truth/reality", "really", "actually", "honestly", "surely";
# "obviously", "clearly" and "of course" insist the same way. "Really" that only strengthens thanks or liking
# ("I really appreciate", "I really enjoyed") asserts nothing about the reader, so it is left out.
FACTUALITY = _words(
    r"in fact",
    r"the (?:truth|fact|point|reality) is",
    r"obviously",
    r"clearly",
    # (not granted to the reader: "of course I'd understand if you can't", "of course, no pressure")
    r"of course(?!,? (?:i(?:['’]d| would)? (?:fully |completely |totally )?understand|no (?:pressure|worries|problem)|"
    r"not\b|only if)\b)",
    r"actually",
    r"honestly",
    r"surely",
    r"really(?! (?:appreciate|enjoy|like|love|hope|helped|grateful|glad|happy|"
    r"thankful|admire|value|resonat|inspir|impress)\w*)",
)
# Sentences that open by doubting the reader rather than asking: "Are you sure ...?", "Isn't this just ...?",
# "This is wrong." Matched at sentence starts only, where they occur, so the whole-text tone scan stays short.
DOUBTING_START = re.compile(
    r"^(?:are you (?:sure|certain)|(?:isn['’]t|wasn['’]t) (?:this|that|it) (?:just|simply)"
    r"|have you (?:even |actually )?read the (?:docs|documentation|manual|faq|guidelines?|policy|error)"
    r"|(?:this|that)(?:['’]s| is) (?:simply |just |plainly )?(?:wrong|incorrect|not true|not how))\b",
    re.I,
)
# The paper's "Direct start" (a sentence opening on so/then/and/but/or) and "Direct question" (what/why/who/how
# among a sentence's first two words: "What is ...?", "So why ...?"); "where" challenges the same way ("Where is
# your source?"). A question about the writer's own task ("How do I ...?") is not aimed at the reader.
# ("So far", "So long as" and "Then again" open a sentence as set phrases, not as an abrupt "So")
DIRECT_START = re.compile(r"^(?:so(?! far\b| long\b| much\b)|then(?! again\b)|and|but|or)\b", re.I)
WH_START = re.compile(r"^(?:[\w'’]+[ ,]+)?(?P<wh>what|why|who|how|where)\b", re.I)
SELF_QUESTION = re.compile(r"^(?:what|why|who|how|where)\s+(?:do|can|should|could|would|might|am)\s+(?:i|we)\b", re.I)
# "Why did you ...?" scolds; "Why do I get this error?" and "Why is the build slow?" ask about a problem.
ACCUSATORY = re.compile(
    r"^(?:why (?:the hell|(?:did|do|would|should|are|is|have|haven't|didn't|don't|won't|can't|were|was|does)"
    r" (?:you|your|anyone|anybody|someone|somebody|people|nobody|no one)\b)"
    r"|how (?:come|dare)\b|what (?:the hell|were you (?:thinking|doing)|(?:is|['’]s) wrong with)\b"
    r"|you (?:do )?reali[sz]e (?:that )?(?:this|that|it|you)\b)",
    re.I,
)
# The paper's "2nd person start": a sentence opening on you/your/yours/yourself ("You didn't ..."). A sentence
# that thanks or praises ("You helped me ...") is spared in professionalism.py, and "You're ..."/"You've ..." open
# compliments as often as complaints, so what follows decides (demand, complaint); a sentence about the reader's
# work that does not judge it ("Your article on caching ...") is spared too: only "your" with a negative word points.
# Not "You asked me for the logs" nor "You mentioned ...": recalling what the reader said points back at their
# own words, not at them.
YOU_START = re.compile(
    r"^(?:you|yourself)\b(?!['’](?:re|ve|d|ll)\b| (?:are|have|may|might|could|would|were|seem|asked|mentioned|said|"
    r"suggested|wrote|recommended|pointed|told|offered|kindly|"
    # what the reader did or saw that both remember ("You merged my patch in May", "You ran the workshop I attended")
    r"saw|reviewed|helped|gave|taught|managed|supervised|met|led|ran|built|shared|showed|posted|published|presented|"
    r"invited|answered|replied|responded|explained|spoke|encouraged|introduced|hosted|mentored|know my|knew my)\b)",
    re.I,
)
YOUR_START = re.compile(r"^(?:your|yours)\b", re.I)
# The paper's person markers (1st person, 1st person plural, 2nd person), counted inside a sentence.
FIRST_PERSON = _words(r"i", r"my", r"mine", r"myself")
FIRST_PERSON_START = re.compile(r"^(?:i|my|mine|myself)\b(?!\.)", re.I)
FIRST_PLURAL = _words(r"we", r"our", r"us", r"ourselves")
SECOND_PERSON = _words(r"you", r"your", r"yours", r"yourself")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:january|february|march|april|may \d|june|july|august|september|october|november|december)"
# The close of a deadline: "by Friday", "before then", "no later than the 3rd", "until the end of the week".
_DUE = (
    r"(?:by|before|(?:no|not) later than|until) (?:then|tomorrow|tonight|today|noon|midday|midnight|(?:this |next )?"
    + _WEEKDAY
    + r"|(?:the )?(?:end|close) of (?:the |this )?(?:day|week|month|business|play)|eod|eow|cob|the weekend|"
    # a day of the month or an hour, not a year or an amount ("dates before 1900", "faster by 40%")
    r"the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:[:.]\d\d(?: ?[ap]\.?m)?| ?[ap]\.?m)"
    r"|" + _MONTH + r")"
    r"|within (?:the |a |an |(?:the next )?(?:\d+|one|two|three|a few) )(?:hours?|days?)"
    r"|in the next (?:\d+ |few |couple of |two |three )?(?:hours?|minutes?)"
)
# What a reader hands over when asked: the objects of a bare "I want ..." that make it an order.
_DELIVERED = (
    r"(?:list|copy|copies|answer|reply|response|explanation|review|summary|breakdown|rundown|walkthrough|feedback|"
    r"comments|notes|slides|recommendations?|introduction|intro|referral|opinion|verdict|approval|sign-?off)\b"
)
# "You're the only person I've found who measured X" says why the writer chose them, from what they did, as does
# "the one person apart from my manager who has" (read the code) or "who knows it"; "you're the only one who can help"
# lays the writer's need on them.
_BY_DEED = (
    r"s? (?:(?:i|we)(?:['’]ve| have) (?:found|seen|met|read)\b|(?:[\w-]+ ){0,4}?(?:who|that) (?:(?:has |have |had )?"
    r"(?!can\b|could\b|will\b|would\b)\w+ed\b|(?:has|have|had)(?= ?[.,;])|knows?\b|knew\b|saw\b|taught\b))"
)
_ONLY_BY_DEED = r"(?! (?:\w+ )?(?:one|person|people|expert|engineer|researcher|maintainer|author)" + _BY_DEED + ")"
DEMAND = _words(
    # (not a question about the reader's own past: "which habits did you have to unlearn?")
    # (nor an out given: "you need not feel you have to book a call", "nothing you need to look at")
    r"(?<!did )(?<!do )(?<!does )(?<!would )(?<!will )(?<!if )(?<!feel )(?<!feel that )(?<!think )(?<!nothing )"
    r"(?<!anything )you (?:need|have|must|got) to",
    # (not a way out offered: "do not feel that you must reply")
    r"(?<!feel )(?<!feel that )(?<!think )you must",
    r"i (?:need|want) you to",
    r"i expect(?: you)?",
    # (the writer's expectation of the reader's reply, not of a result: "I'd expect the p95 to drop" is a forecast)
    r"i(?:['’]d| would) expect (?:a|an|your|you to)\b(?=[^.!?\n]{0,30}\b(?:reply|response|answer|fix|turnaround)\b)",
    r"i demand",
    r"i insist",
    r"you(?:'d| had) better",
    r"gimme",
    # the writer's need pressed on the reader's clock; "with finals in spring, I need to know how it works" is
    # the reason for a question (need, in Althoff et al. 2014, helps a request)
    r"i need to (?:know|hear|have)\b(?=[^.!?\n]{0,60}\b(?:now|today|tonight|tomorrow|asap|immediately|urgently|"
    r"by (?:\w+day|the end|end of|eod|cob|\d)|before (?:\w+day|the end|\d)|where (?:things|this|we|it) stands?)\b)",
    # an order mid-sentence; "could you give me", "if you could maybe send me" and "could you look at it and
    # tell me" (the verb joined to the request) stay requests
    # ("if not, just tell me and I'll go another way" leaves the reader free; "tell me if/whether" asks; "please just
    # tell me" is still a "please"; an order in quotation marks is someone else's, reported)
    r"(?<!you )(?<!maybe )(?<!possibly )(?<!perhaps )(?<!you just )(?<!please )(?<!kindly )(?<!to )(?<!and )(?<!or )"
    r"(?<!could )(?<!would )(?<!can )(?<!will )(?<!might )(?<!please just )(?<!please simply )(?<!kindly just )"
    # (an easier route offered: "should that be simpler, you can just send me a link")
    r"(?<!can just )(?<!could just )(?<!can simply )"
    r"(?<!could at least )"
    r"(?<!['\"“‘])"
    # ("tell me your preference and I will write the test": the answer sets the writer to work, an offer, no order)
    r"(?:give|send|tell(?! me (?:if|whether|so i|(?:[\w,]+ ){0,6}?and i|(?:\w+ ){0,6}?\w+, i['’]ll)\b)) me",
    # an order, where a sentence opens or after "just": not "the judgement to do it", "hooks that could do it"
    r"(?:(?<![\s\S])|(?<=[.!?\n] )|(?<=\n)|(?<=just )|(?<=please )|(?<=simply ))do it",
    r"get back to (?:me|us)",
    # an order not to do something, where a sentence or its clause opens: "and do not point me at the FAQ"
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?,;] )|(?<=so )|(?<=and )|(?<=but ))(?:please )?(?:don['’]t|do not) (?:just )?"
    r"(?:send|link|point|refer|give|forward|redirect) me\b",
    r"make sure you",
    r"(?<!to )answer me",  # not an infinitive: "kind of you to answer me so quickly"
    # a bare statement of want whose object the reader must hand over: "I require your sign-off", "I want a copy of
    # your notes"; not the writer's own aim ("I want to learn Go", "I need a new laptop")
    r"i require (?:your|you to|an? |the )",
    r"i (?:want|require|demand) (?:a |an |the |your |some )?(?:\w+ ){0,2}" + _DELIVERED,
    r"i need your (?:\w+ )?" + _DELIVERED,
    # obligation laid on the reader: "you'll need to", "you are expected to", "it is your job to"
    r"you(?:['’]ll| will) need to",
    r"you(?:['’]re| are) (?:required|expected|obliged) to",
    r"(?:it['’]s|it is) your (?:job|duty|responsibility) to",
    # (not a norm in the reader's setting: "how reviewers at your firm are expected to sign off")
    r"(?<!in )(?<!at )(?<!on )(?<!across )your (?:\w+ ){0,2}(?:is|are) (?:required|mandatory|expected)\b",
)
# Consent taken for granted: the mentor named as a referee without being asked, or told what to say for the writer.
PRESUMES = _words(
    r"(?:listed|named|put|used|gave|added|nominated|entered|included) you\b(?: [\w'’]+){0,4} as "
    r"(?:a |an |my |our |the |one of (?:my|our) )?[\"“'‘]?(?:\w+ )?(?:co-?)?(?:reference|referral|referee|referrer|"
    r"author|reviewer|contributor|advis[eo]r|mentor|supervisor|speaker|contact|sponsor|examiner|member|judge|partner|"
    r"maintainer|collaborator|owner|admin|moderator|editor|panell?ist|organi[sz]er|approver)s?",
    # told what to say for the writer: "do stress that I am a fast learner"
    r"(?:mention|say|stress|tell (?:them|him|her))\b[^.!?\n]{0,40}\bthat i(?:['’]m| am| was| have)",
    # (their name put in the credits or acknowledgements honours them; it asks nothing of them)
    r"(?<!to )(?:used|dropped|gave|put|listed|added|entered|wrote|mentioned|named|cited|included) your name (?:down )?"
    r"(?:in|on|as|to|for)(?! (?:the |our |my )?(?:credits|acknowledg\w*|thanks|contributors|changelog|"
    r"release notes)\b)",
    # the reader's time taken for granted: "I'm sure you can free up a morning"
    r"i(?:['’]m| am) (?:sure|certain) you(?:['’]ll| will| can| could)? (?:find|make|spare|free up) (?:the |some |an? )?"
    r"(?:time|hour|slot|moment|minutes?)\b",
    # and their order of work: "I'm certain you can fast-track it"
    r"i(?:['’]m| am) (?:sure|certain) you(?:['’]ll| will| can| could)? (?:prioriti[sz]e|fast-track|squeeze in|fit in) "
    r"(?:this|it|that|my|our|the)\b",
    # the reader's compliance assumed: "surely a busy lead wouldn't refuse", "I'm certain you won't mind"
    r"(?:i(?:['’]m| am) (?:sure|certain)|i(?:['’]d| would)? assume|surely)\b[^.!?\n]{0,50}\b(?:won['’]t|will not|"
    r"wouldn['’]t|would not) (?:mind|ignore|refuse|say no|turn (?:me|this|it) down)\b",
    # the reader signed up or tagged without being asked: "I've added you to our mailing list", "tagged you in"
    r"(?:added|subscribed|signed) you (?:up )?(?:to|for|on) (?:our|my) (?:[\w-]+ )?(?:newsletter|mailing list|list|"
    r"group|channel|slack|server|community|updates)\b",
    r"tagged you (?:in|on)\b",
    # the writer's own word for acting before the reader agreed
    r"(?:taken|took|take|taking) the liberty\b",
    # silence taken for a yes: "as I didn't get a no, I've added you"
    r"(?:since|as|because) i (?:have not|haven['’]t|did not|didn['’]t) (?:heard|had|received|get|got(?:ten)?) (?:any )?"
    r"(?:objections?|otherwise|a no)\b",
    # the favour called small for the reader: "I'm sure this is simple for an expert" (not the
    # writer's own slip: "I'm sure it's something simple I missed")
    r"i(?:['’]m| am) sure (?:it(?:['’]s| is| will be)|this is) (?:something |just |only |a )?"
    r"(?:small|quick|easy|simple|trivial|minor)\b(?=[^.!?\n]{0,30}\bfor (?:you|someone|an expert|a maintainer)\b)",
    # the reader's endorsement claimed for the writer's work, or their words put in the writer's application, unasked:
    # "my site now says the app is endorsed by you", "I said in my application that you think I am ready"
    r"(?:saying|says|said|stating|states|that) (?:my|our|the) (?:[\w-]+ ){0,2}(?:is|are|was|were|has been|have been) "
    r"[\"“]?(?:\w+ and )?(?:endorsed|recommended|approved|vouched for|backed|certified) by (?:you|dr|prof|professor|"
    r"mr|ms|mrs)\b",
    r"(?:mentioned|said|wrote|noted|stated|added) in my (?:cover letter|application|cv|résumé|resume|bio|profile|"
    r"website|linkedin)\b[^.!?\n]{0,30}\bthat you\b(?![^.!?\n]{0,60}\b(?:permission|you agreed|as agreed)\b)",
    # the cost of the reader's work judged for them: "surely this shouldn't take you long"
    r"(?:won['’]t|will not|shouldn['’]t|should not|wouldn['’]t|would not) take you (?:long|much time)\b",
    # their yes taken as given, with only the timing left: "let us know once you've merged it"
    r"let (?:me|us) know (?:when|once) (?:it(?:['’]s| is| has been)|you(?:['’]ve| have)) (?:\w+ )?(?:pushed|merged|"
    r"released|fixed|shipped|out)\b",
    r"(?:sent|sending) you (?:a |an )?(?:calendar |meeting |video |zoom |teams )?invit(?:e|ation)\b",
    # thanks for a yes not yet given
    r"(?:thanks|thank you) in advance for (?:agreeing|accepting|saying yes|being my)\b",
    r"(?:please )?tell (?:them|him|her|the (?:recruiter|hiring (?:manager|team)|team)) "
    r"(?:that )?i(?:['’]m| am| was| have)",
    r"(?:they|the (?:recruiter|(?:recruitment )?agency|headhunter|hr(?: team)?|talent team|hiring (?:manager|team))|"
    r"someone from \w+|my (?:\w+ )?(?:manager|supervisor|boss|"
    r"professor|advis[eo]r|colleague|team|recruiter|assistant)) (?:will|['’]ll|may|might) (?:call|contact|e-?mail|"
    r"message|ring|(?:be|get) in touch with) you",
    # a third party's word given for the reader's time: "he promised you'd be glad to take a look"
    r"(?:said|told me|mentioned|assured me|promised)\b[^.!?\n]{0,80}?\byou(?:['’]d| would| will)(?: be (?:more than |"
    r"very |really |so |only too )?(?:happy|glad|willing|keen|able) to| (?:help|refer|introduce|mentor))\b",
    # the reader's habit vouched for by someone else, as a claim on their time: "she mentioned you always find time"
    r"(?:said|says|told me|mentioned|assured me)\b[^.!?\n]{0,60}?\byou (?:always|never fail to|usually|love to) "
    r"(?:make time|help|say yes|find time|reply|answer|take (?:calls|meetings))\b",
    r"(?:said|told me|assured me)\b[^.!?\n]{0,80}?\b(?:that )?you (?:wouldn['’]t|would not|won['’]t|will not) mind",
    # the reader's yes taken for granted, or promised to others: "I'm certain you'll agree", "I've let the panel know
    # you will call"
    r"i(?:['’]m| am) (?:sure|certain|confident) (?:that )?(?:you(?:['’]ll| will)|we(?:['’]ll| will| can) (?:find|make|"
    r"fit|set up|get))\b",
    # ("you'd" as "you had" tells what they did: "I told them you'd already replied")
    r"(?:told|promised|assured|informed) (?:(?:the|my|our|their) (?:recruiter|hiring (?:manager|team)|team|panel|"
    r"director|manager|boss|lead|cto|ceo|colleagues|teammates|class|students)|them|him|her)\b[^.!?\n]{0,30}\b"
    r"you(?:['’]ll| will| would|['’]d(?! (?:been|already|just|never|\w+ed)\b))\b"
    r"(?! (?:probably|likely|perhaps|maybe)\b)",
    r"our (?:joint|shared) (?:paper|project|talk|article|post|book|proposal|grant)",
    r"you(?:['’]re| are) (?:now )?my (?:new )?(?:mentor|adviser|advisor|coach|sponsor|referee|supervisor)\b",
    r"you (?:won['’]t|will not|wouldn['’]t|would not|can['’]t|cannot) (?:say no|refuse|turn (?:me|this) down)",
    # the reader's time taken or set without asking: "I've added a meeting to your diary", "I'll phone you at noon"
    r"(?:put|booked|added|blocked|pencill?ed|scheduled|placed|reserved|dropped|sent)\b[^.!?\n]{0,40}\b"
    r"(?:in|into|on|to) your (?:calendar|diary|schedule|agenda)",
    r"(?:booked|scheduled|signed|registered|enrolled|volunteered|committed) (?:you|us both|the two of us) "
    r"(?:in|for|on|up|as|to)\b",
    # the reader's contact handed on, or others brought in for them to deal with
    r"(?:shared|gave|given|passed(?: on| along)?|forwarded|sent|posted) your (?:e-?mail|(?:phone )?number|contact|"
    r"details|address|handle|calendar)\b",
    r"so (?:that )?you (?:two|both|three) can",
    # agreement taken as given, or promised to others: "I know you'll say yes", "my manager knows you'll help"
    r"(?:i know|i['’]m (?:sure|certain|confident)|knows?|told (?:\w+ )?|informed \w+|promised \w+|assured \w+)"
    r"(?: that)? you(?:['’]ll| will) (?:say yes|agree|help|be (?:helping|giving|"
    r"reviewing|mentoring|happy to|glad to)|give|review|mentor|join|introduce|refer|sign|support)\b",
    # the reader's part announced to others as settled: "I told the committee that you would judge", "we announced
    # that you'll speak"
    r"(?:told|informed|promised|assured|announced|confirmed|let \w+ know)\b[^.!?\n]{0,50}\bthat you(?:['’]ll| will|"
    r"['’]d| would) (?:say yes|agree|help|give|review|mentor|join|introduce|refer|sign|support|vouch|recommend|speak|"
    r"talk|present|host|judge|sponsor|endorse|meet|attend|be (?:there|joining|speaking|presenting|helping|happy|"
    r"glad))\b",
    # the reader told to expect a third party's contact: "expect a call from my manager"
    r"expect (?:a|an) (?:\w+ )?(?:message|call|e-?mail|invit(?:e|ation)|note|text|request) from (?!me\b|us\b)",
    # the reader's act as a step of the writer's plan: "the next step is that you introduce me"
    r"(?:the|our|my) (?:next )?(?:step|plan) (?:is|will be) (?:that |for )?you\b",
    # a relationship declared: "as my adviser, you ..."
    r"as my (?:new |future )?(?:mentor|adviser|advisor|coach|sponsor)(?: \w+){0,3},? you\b",
    r"(?:let|letting) (?:\w+ ){1,2}know (?:that )?you(?:['’]ll| will|['’]d| would)",
    r"(?:i['’]ll|i will|we['’]ll|we will) see you (?:at|on|in|then|tomorrow|next)\b",
    r"(?:scheduled|set(?: up)?|arranged|booked|organi[sz]ed|planned) (?:a |an |the |our )?(?:\w+[- ])?(?:call|meeting|"
    r"chat|session|slot|zoom|coffee|reminder|invite|event)s?\b[^.!?\n]{0,30}\b(?:for us|with you|for (?:the (?:two|"
    r"both) of us|us both))",
    r"sent you (?:a|an) (?:calendar |meeting |zoom |teams )?invit(?:e|ation)",
    r"(?:so (?:that )?|where |in which )you can (?:review|read|check|look (?:at|over)|go through|comment on|sign|"
    r"approve|mark|edit|proofread|fix|(?:leave|add|write|drop) (?:your )?(?:feedback|comments?|notes|thoughts|"
    r"suggestions|edits))\b",
    # reader's future help stated as fact, not hoped for or asked: "you will review my code on Friday"
    r"(?<!if )(?<!hope )(?<!whether )(?<!maybe )(?<!perhaps )(?<!think )(?<!that )(?<!when )(?<!sure )"
    r"you(?:['’]ll| will) (?:review|read|mentor|help me|introduce|look at|go through|check|sign|give me|be my|"
    r"be (?:reviewing|reading|mentoring|helping|introducing|checking|supervising))\b",
    # a debt called in: "now it's your turn to help"
    r"your turn to (?:help|return|repay|give|do)",
    # an arrangement spoken of as settled: "our first call will be on Monday", "see you at the cafe at ten",
    # "as we'll be working together", "my professor is expecting your letter"
    r"our (?:first |next |weekly |monthly |regular |upcoming )?(?:\w+ )?(?:call|meeting|session|chat|coffee|"
    r"catch-up|check-?in)s? (?:will (?:be|start|take)|can (?:start|begin)|is (?:set|booked|scheduled|on)|starts?|"
    r"starting|begins?)\b",
    r"(?<![\w,] )see you (?:at|on|tomorrow|next|then)\b",
    r"(?:i['’]ll|i will|we['’]ll|we will) see you (?:at|on|in|then|tomorrow|next)\b",
    r"(?:as|since|now that) we(?:['’]ll| will) (?:be )?(?:work|working|meet|meeting|"
    r"collaborat\w*)",
    # written from its subject, so the scan knows the words it opens on: "I'm already expecting your notes"
    r"(?:(?:i|you|we|they|he|she|it)['’](?:m|re|s)|is|are|am) (?:now |already )?expecting (?:your|you to)",
    r"for your (?:review|approval|sign-?off|signature)\b",
    r"(?<!hope )(?<!that )you (?:won['’]t|will not) mind",
    r"(?:i assume|i['’]m assuming|presumably) (?:that )?you(?:['’]ll| will|['’]d| would|['’]re| are)? ?"
    r"(?:help|be happy|be glad|agree|say yes|don['’]t mind|have time|review|mentor|give|(?:be )?(?:fine|ok|okay|"
    r"happy|comfortable|on board) with)",
)
# A meeting, a call or the reader's part spoken of as agreed ("when we meet", "what time works for our call", "once
# you've read my draft"): presumed in a first message, plain planning after the reader has said yes (professionalism
# reads it only in first messages and connection notes).
SETTLED = _words(
    r"(?:when|once|before|after|until) we (?:meet|speak|talk|chat|catch up|get together|have (?:our|the) (?:call|chat|"
    r"meeting|coffee))\b",
    r"when (?:can|do|shall|should) we (?:start|begin|meet|kick off)\b",
    # only the start date left open: "Could we begin this Monday?"
    r"(?:can|could|shall) we (?:start|begin|kick off) (?:next|this|on|tomorrow|from|in)\b",
    r"(?:what|which) (?:time|day|slot|date)s? (?:works|suits|is best)\b[^.!?\n]{0,30}\bfor our (?:call|meeting|chat|"
    r"coffee|session)",
    r"i['’]ll be (?:at|in|outside|by) your (?:office|lab|desk|house|door|booth|stand|workplace)",
    r"look(?:ing)? forward to (?:our|the) (?:\w+ )?(?:call|meeting|chat|coffee|session|lunch)\b",
    # the outcome itself taken as given, in a first message: the hire, or the partnership, spoken of as settled
    r"look(?:ing)? forward to (?:joining (?:your|the) team|working (?:with|for|alongside|under) you|being (?:part|a "
    r"member) of your team)\b",
    # an invitation for a time the reader never agreed to: "I'll send you an invite for Tuesday at 4"
    r"i(?:['’]ll| will) (?:send|forward) you (?:a|an|the) (?:calendar |meeting |zoom |teams )?invit(?:e|ation) for "
    r"(?:" + _WEEKDAY + r"|tomorrow|tonight|next|this|the \d|\d)",
    # a meeting stated as following from the writer's plans, not asked: "I'm in Oslo on the 4th, so we can meet"
    r"so (?:that )?we can (?:meet|talk|speak|have (?:lunch|coffee|a (?:call|chat|coffee))|get (?:lunch|coffee)|"
    r"catch up|sit down|go (?:over|through))\b(?=[^.!?\n]*(?:[.!\n]|$))",
    r"(?:suits?|works?|fits?|is (?:best|better)) (?:you )?(?:best )?for our (?:call|chat|coffee|meeting|session|lunch)",
    r"i(?:['’]ll| will) (?:ring|call|phone|video ?call|drop by|stop by|pop by|swing by|come by|visit|come to)"
    r" (?:you|your \w+)\b[^.!?\n]{0,40}\b(?:at \d|tomorrow|tonight|today|" + _WEEKDAY + r"|next week|this "
    r"(?:week|afternoon|evening|morning))",
    # the reader's act taken for granted: "once you've read my chapter", "when you try my build"
    r"(?:once|when|after) you(?:['’]ve| have)? (?:had a (?:look|read|chance to \w+)|looked|reviewed|read|review|go"
    r"(?:ne)? through|checked|check|take|taken|tried|try|test|tested|merged?|approved?)\b"
    r"(?: \w+){0,3} (?:my|our)\b",
    r"(?:once|when|after) you(?:['’]ve| have) (?:\w+ ){0,2}(?:looked|reviewed|read|gone|checked|tried|tested|had|sent|"
    r"signed|approved|finished|introduced|forwarded|shared)\b",
)
# "Tell me your preference and we'll write the test": asking to be told so that the writer does the work offers it.
TELL_AND_I_WILL = re.compile(
    # (a comma may join the two: "tell me the name you like, I'll rename the rest")
    r"^(?:(?:just|so|then),? )?tell (?:me|us)\b[^.!?]{0,60}?(?:\band|,) (?:i|we)(?:['’]ll| will| can| could)\b",
    re.I,
)
# A yes-or-no question opens on its auxiliary: "Do your teams rotate?", "And does it ...?"
AUXILIARY_QUESTION = re.compile(r"^(?:(?:and|so|but|also),? )?(?:do|does|did)\b", re.I)
# Verbs whose past is spelled as their order ("Read the FAQ."), and a sentence opening on a past tense ("Checked the
# logs."): in a list of steps taken, the first are past too.
SAME_IN_PAST = re.compile(r"(?:read|re-?read|put|set|reset|cut|shut|split|spread)\b", re.I)
PAST_START = re.compile(r"[a-z]+(?<!ne)(?<!fe)(?<!spe)(?<!embe)(?<!bre)ed\b", re.I)
IMPERATIVE_START = re.compile(
    # an order may follow a one-word opener ("Just send it", "Also, fix the test")
    r"^(?:(?:just|also|now|then|next|first|so|and|ok|okay),? )?(?:(?:fix|send|give|tell|reply|respond|assign|do|"
    r"make|explain|check|answer|review|stop|read|look|call|email|approve|merge|revert|undo|restore|change|update|add|"
    r"remove|delete|get|show|help|provide|share|accept|sign|forward|write|mentor|teach|book|schedule|post|format|"
    r"include|search|google|cite|learn|rename|install|quit|submit)\b"
    r"(?!\s+(?:is|are|was|were|would|will|works|could|might|forward|you)\b)"
    # more verbs of a task handed over ("Correct my CV", "Recommend me a book", "Walk me through it"); as they
    # also name things ("Edit history is ...", "List comprehensions ..."), only with an object after them
    r"|(?:correct|recommend|proofread|edit|introduce|list|outline|summari[sz]e|describe|walk|guide|advise|confirm|"
    r"debug|evaluate|assess|critique|clarify|translate|suggest|point|endorse|refer|comment|rewrite|fill|complete|"
    r"ping|dm|text|message|mail|ring|drop|need|star|use|rate|try|test|watch|follow|join|contact|hire|visit|download)"
    # a phrasal verb's particle may come first: "Walk through my code", "Fill out the form" ("in" names a place too
    # often: "Text in the image is blurry"; only "fill in" is the verb with it)
    r"(?:\s+(?:out|over|through|up|down|back)|(?<=fill)\s+in)?\s+(?:me|us|it|them|this|that|these|those|the|a|an|"
    r"your|my|our|some|any|what|how|which|whether|on)\b)",
    re.I,
)
# Leave given, not an order: the writer's work handed over to use as the reader likes ("Take whatever helps", "use
# any of it in your class").
GRANTS = _words(
    r"(?:use|take|keep|share|adapt|reuse|borrow|copy) (?:any|all|whatever|as much)\b",
    r"as you (?:like|wish|see fit|please)",
)
# A noun that names what follows, as a heading does, before a colon: "Update on the flaky test: it passes now",
# "Answer to your question: yes". The words are also verbs, but an order takes an object, not "on" or "to".
LABEL_START = re.compile(
    r"^(?:(?:quick|short|small|brief|one|an?|the|my)\s+)?(?:(?:update|change|answer|review|call|email|post|help|check)"
    r"\s+(?:on|about|of|from|regarding|re|to|for)\b[^.?!:;\n]{0,80}:\s|"
    # an update announced ("Update: the fix held", "Update on the flaky test you helped with"): "update on" is no
    # order ("update the docs" is)
    r"update(?:\s*:|\s+(?:on|about|from|regarding)\b))",
    re.I,
)
# A deadline set on the reader, found by its parts (professionalism._check_deadlines): the close of a deadline (_DUE)
# in a clause that speaks of the reader or their reply, unless the clause is the writer's own plan or the message lets
# the reader off. "Your notes before Tuesday noon would help" sets one; "I'll send it by Friday" does not.
DUE = _words(_DUE)
READER_SIDE = _words(
    r"you",
    r"your",
    r"yours",
    r"repl(?:y|ies)",
    r"response",
    r"answer",
    r"feedback",
    r"input",
    r"thoughts",
    r"comments",
    r"approval",
    r"decision",
    r"go-ahead",
    r"sign-?off",
    r"confirm(?:ation)?",
    r"let (?:me|us) know",
    r"(?:hear|get|write) back",
    r"(?:need|want|get) (?:it|this|them|that)",
    r"please",
    r"kindly",
    r"send (?:it|them|this|me)",
    # a maintainer's work wanted by a date: "we need a new release by Thursday", "I want the patch before noon"
    r"(?:need|want|expect) (?:a |an |the |your )?(?:patched |fixed |new )?(?:fix|patch|release)\b",
)
OWN_PLAN = _words(
    r"(?:i|we)(?:['’]ll| will| shall| can| could| must| plan to| intend to| aim to| hope to| expect to| promise to|"
    r" have to| need to|(?: am| are|['’]m|['’]re) going to)(?! need| want| require)"
)
LETS_OFF = _words(
    r"no (?:worries|rush|pressure|hurry|problem)",
    r"(?:don['’]t|do not) (?:want|mean) to (?:rush|pressure|hurry|push) you",
    r"whenever",
    r"if not",
    r"not urgent",
    r"(?:don['’]t|do not) worry",
    r"at your (?:own )?(?:pace|leisure)",
    r"if you can['’]t",
    r"feel free",
    r"(?:totally|completely|perfectly) (?:fine|understand)",
    r"i (?:fully |completely |totally )?understand",
    r"any ?time (?:is|works|would)",
    r"if (?:it['’]s|it is|that['’]s|that is) not possible",
    # the deadline given with the reader released after it: "after then, do not give it a minute more"
    r"after (?:that|then|the \w+),? (?:please )?(?:don['’]t|do not|no need(?: for you)? to)\b",
)
# A count of messages ("three emails", "several notes"): held up to the reader, the writer's tally of waiting.
_TALLY = (
    r"(?:two|three|four|five|six|several|multiple|many|\d+) (?:messages|e-?mails|mails|notes|dms|reminders|follow-?ups)"
)
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:so|and|but|because|as|since)\b")
# A sentence that speaks to the reader or names a need: urgency in it is put on the reader's clock.
READER_OR_NEED = _words(r"you", r"your", r"need", r"needs", r"want", r"expect", r"asap", r"urgent(?:ly)?")
# Urgency in a subject line ("needed before our launch" sets a date), not a field's name ("urgent care", "urgent-fix
# process") nor taken back ("not urgent").
URGENT_SUBJECT = re.compile(
    r"(?<!not )(?<!non-)\b(?:urgent(?:ly)?|asap|time[- ]sensitive|immediate(?:ly)?|(?:needed|required) (?:by|before))"
    r"\b(?![- ](?:care|fix|fixes|"
    r"repairs?|line|path|tickets?|queue|process|requests?)\b)",
    re.I,
)
PRESSURE = _words(
    r"asap",
    # the day for the reader's answer, named as the writer's wish: "the form closes Friday, so tomorrow would be best"
    r"(?:today|tonight|tomorrow|by (?:mon|tues|wednes|thurs|fri)day) would be (?:ideal|perfect|best|great)\b",
    r"a\.s\.a\.p",
    # urgency of the writer's own past or own task is context, not pressure: "the fix was urgent for us last spring",
    # "it's urgent for me to learn Go" (but "urgent for me to hear from you" presses the reader)
    # and a comparison of urgency ranks the writer's own items: "of the two, the migration is the more urgent"
    r"(?<!was )(?<!were )(?<!been )(?<!more )(?<!most )(?<!less )(?<!least )urgent(?:ly)?"
    r"(?! for (?:me|us) to (?!get|have|hear|receive|know)\b)",
    r"right (?:now|away)",
    r"immediately",
    # "today" closing a sentence presses, unless it dates a figure or a state: "against $390 today", "as it is today"
    # (nor the day named as a value: "the checker treats a blank field as today")
    r"(?<!by )(?<!\d )(?<!% )(?<!is )(?<!are )(?<!as )today(?=\s*[.!])",
    r"(?:need|want|expect)\b[^.!?\n]{0,30}\bnow(?=\s*[.!])",
    # the reader's part wanted on the day: "I'd need your notes tonight", "I want you to answer this morning"
    r"(?:need|want|expect) (?:your|you to)\b[^.!?\n]{0,30}\b(?:today|tonight|this (?:morning|afternoon|evening))\b",
    # the comparative of haste: "the sooner you can look at it, the better"
    r"the sooner\b[^.!?\n]{0,60}\bthe better",
    r"sooner (?:is|would be|will be) better",
    # the reader's reply given weeks, not days: "thoughts from you within three weeks" (a span of weeks elsewhere in a
    # clause about the reader is the writer's own timeline: "I start within two weeks, so your view ...")
    r"(?:comments|feedback|reply|replies|answer|response|review|notes|thoughts) (?:from you )?within (?:the |a |"
    r"(?:the next )?(?:\d+|one|two|three|a few) )weeks?\b",
    # the writer's delivery announced as the reader's to receive on a date: "Expect it by Friday."
    r"(?<![\w,] )expect (?:it|them|my [\w-]+) (?:this (?:week|weekend|evening)|tomorrow|tonight|by|on|next)\b",
    # the writer's problem to be solved on the day, in a request for help: "we need to get it shipped tonight"
    r"(?:need|have) to get (?:this|it) (?:\w+ )?(?:today|tonight|by tomorrow|soon|asap|quickly|urgently)\b",
    # the reader's work put on the writer's calendar: "please fix the crash today"
    r"(?:you|please)(?: \w+){0,2} (?:look into|fix|review|check|answer|handle|sort out|deal with|get to|merge|release|"
    r"ship) (?:it|this|that|them|(?:my|our|the) [\w-]+) (?:this week|today|tomorrow)\b",
    # the reader's reply or acceptance hurried: "please answer quickly"
    r"please (?:do )?(?:accept|reply|respond|answer|confirm|write back)\b[^.!?\n]{0,15}\b(?:soon|quickly|promptly|"
    r"fast)\b",
    r"by (?:tomorrow|tonight|end of (?:day|week))",
    r"you (?:still |now |already )?owe",
    r"after all i(?:'ve| have)",
    # the condition of a threat ("if you don't reply by Friday", "if you don't, ..."), not a way out left open ("if you
    # don't have a free hour this month, never mind", "if you don't object")
    r"if you (?:don't|do not)(?=,)",
    r"if you (?:don't|do not) (?:reply|respond|answer|help|get back|write back|call|confirm|act|do (?:it|this|that)|"
    r"say yes)",
    r"you(?:'re| are) the only" + _ONLY_BY_DEED,
    r"still (?:haven't|have not|waiting)",
    r"without delay",
    r"no excuses",
    # (not the writer's wait on someone else: "I'm waiting to hear from two schools")
    r"i'm waiting(?! (?:for|to hear)\b[^.!?\n]{0,40}\bfrom (?!you\b))",
    r"waiting for your (?:reply|answer)",
    # the reader chased on a second channel: "I also pinged you on Discord about this"
    r"also (?:messaged|dm['’]?e?d|pinged|texted|emailed|called|rung|written to|tagged) you "
    r"(?:on|via|over|through|in)\b",
    r"(?:was|am|i'm) counting on (?:this|you|it)",
    r"(?:confirm|reply|respond|answer|know|hear back|get back)\b[^.!?\n]{0,25}\b(?:today|tonight|"
    r"this week|by tomorrow)\b",
    r"your (?:last|final) chance",
    # (not the writer's own promise: "I'll have it by Monday")
    r"(?:need|want) (?:it|this|them|that|your (?:\w+ )?(?:reply|answer|note|endorsement|review|feedback|letter))"
    r" by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next week)",
    # an ultimatum: the request comes with what the writer will do to the reader if it is not met
    r"or (?:else )?(?:i|we)(?:['’]ll| will) (?:have to|need to|be forced to)",
    r"otherwise,? (?:i|we)(?:['’]ll| will| would)? ?(?:have to|need to|be forced to)",
    # a threat on condition of their silence: "if the fix isn't reviewed by June, we must keep our own copy"
    r"if (?:this|it|the (?:pr|pull request|fix|patch|issue)) (?:is not|isn['’]t|does not get|doesn['’]t get) "
    r"(?:merged|reviewed|fixed|answered|looked at)\b[^.!?\n]{0,30}\b(?:we|i)(?:['’]ll| will| would)? (?:have to|be "
    r"forced to|need to|must)\b",
    # a threat to take it over the reader's head, or their duty held up to them
    r"otherwise,? (?:i|we)(?:['’]ll| will| shall) (?:raise|escalate|report|complain|contact|write to|take)\b",
    r"(?:you|as a [\w -]{1,30}?,? you) have (?:a|an) (?:clear |moral |professional )?(?:duty|responsibility|"
    r"obligation) to\b",
    # self-pity that guilt-trips: "you're probably too important to reply to people like me"
    r"too (?:important|famous|senior|big) to (?:reply|respond|answer|talk|bother|read)\b[^.!?\n]{0,30}",
    # a promise made to others on the reader's behalf: "I assured my boss you'd help"
    r"(?:promised|told|assured) (?:\w+ ){0,2}(?:that )?(?:your|you(?:['’]d| would| will|['’]ll)) (?:answer|reply|"
    r"help|feedback|review|input|respond|send|give|look)",
    # urgency named, or speed asked of the reader: "time-critical", "reply quickly"
    r"time[- ](?:sensitive|critical)",
    r"at your (?:very )?earliest",
    r"(?:reply|respond|answer|get back|write back)(?: to (?:me|this|us))? (?:fast|quickly|promptly|urgently)",
    r"time is (?:running out|of the essence)",
    r"(?:crucial|essential|vital|imperative) that you",
    # sole helper and last hope: "you're my only hope", "no one else can help"
    r"(?:my|our) (?:last|only) hope",
    r"you(?:['’]re| are) my (?:last|only)",
    r"(?:no one|nobody) else (?:can|could) help",
    r"(?:don['’]t|do not) let me down",
    r"(?:my|our) (?:whole )?(?:job|career|future|thesis|degree|grade|visa|project|launch) (?:depends|rests|hinges)"
    r" (?:on|upon) (?:you|your|this)",
    r"(?:treat|make) (?:this|it|my \w+) (?:as )?(?:a |an |your )?(?:top |high |urgent )?priority",
    r"(?:please|kindly) prioriti[sz]e",
    # someone else kept waiting on the reader: "my whole team is waiting on you"
    r"(?:is|are|am|i['’]m|we['’]re|they['’]re) (?:still )?waiting (?:on|for) (?:this|it|you|your)",
    # silence taken as a yes: "unless I hear otherwise", "I'll assume you're fine with it"
    r"unless i hear (?:otherwise|back|from you|an? (?:objection|no))\b[^.!?\n]{0,40}\b(?:i|we)(?:['’]ll| will) "
    r"(?:go ahead|proceed|assume (?:you|it|that['’]s)|use|cite|publish|list|add|include|send|share|post)",
    r"(?:i|we)(?:['’]ll| will) (?:go ahead|proceed|use|cite|publish|list|add|include|share|post)\b[^.!?\n]{0,60}\b"
    r"unless (?:i hear|you (?:object|say|tell|let))",
    r"(?:i|we)(?:['’]ll| will| shall) (?:assume|take it)(?: that)? (?:you(?:['’]re| are) (?:happy|fine|ok|okay|good|"
    r"on board|comfortable)|you (?:agree|approve|consent|(?:don['’]t|do not) mind|have no objection)|(?:that['’]s|"
    r"that is|it['’]s|it is) (?:a yes|fine|ok|okay|approved|agreed)|i (?:can|may|have your))",
    # the stakes laid on the reader, and the count of reminders already sent
    r"(?:would|could|will|might) save my (?:job|career|life|degree|thesis|grade|semester|project)",
    # (an attempt counts only at reaching the reader: "after my third attempt I switched to Postgres" is homework)
    r"my (?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)|final|last) (?:note|e-?mail|message|mail|follow-?up|"
    r"reminder|attempt (?:to|at) (?:reach|contact|get (?:in touch|hold|through)|hear))",
    r"my (?:previous|last|earlier|past) " + _TALLY,
    r"(?:keep|keeping) (?:me|us) waiting",
    # (not a wait on someone else: "still waiting for an answer from the embassy")
    r"(?:been|still) waiting\b[^.!?\n]{0,30}\bfor (?:a |an |your |any )?(?:reply|response|answer|word)\b"
    r"(?! from (?!you\b))",
    r"(?:emailed|written|messaged|pinged|contacted) you (?:twice|several times|many times|\w+ times)",
    # the tally of messages sent, held up to the reader: "I've sent you three emails", "five messages now"
    r"(?:sent|written|left) you " + _TALLY,
    r"(?:sent|written|left) " + _TALLY + r" (?:now|already|so far)\b",
    r"(?:hours|days|weeks|months) (?:now )?and counting",
    # how long the writer has waited: "I've been waiting three weeks", "it's been a month since I wrote"
    r"(?:been|am|i['’]m|still) waiting\b[^.!?\n]{0,40}?\b(?:you|your)\b",
    r"(?:it['’]s|it has) been (?:\w+ ){1,2}(?:days|weeks|months) since i (?:wrote|emailed|sent|messaged|asked|reached)",
    r"haven['’]t heard (?:back )?from you",
    r"still (?:have |got )?no (?:reply|response|answer|word)",
    r"no (?:reply|response|answer|word) (?:yet )?from you",
    r"(?:this|it) (?:can['’]t|cannot) wait",
    r"you(?:['’]re| are) (?:\w+ )?the only (?:one|person|people|expert)(?!" + _BY_DEED + ")",
    r"the only (?:one|person) (?:who|that) (?:can|could)",
    r"take (?:that|it|this|your silence) as (?:a yes|permission|consent|agreement|approval|an? ok|a go-ahead)",
    r"(?:everything|it all) (?:depends|rests|hinges) (?:on|upon) (?:you|your)",
    r"(?:following up|bumping this|checking in) (?:yet )?again\b",
    # silence taken as consent: "no reply means yes", "if I don't hear back I'll go ahead"
    r"(?:silence|no (?:reply|response|answer|news)) (?:means|as|is|counts as|will (?:mean|count as|be (?:read|taken|"
    r"treated|understood|counted) as)) (?:a )?(?:yes|consent|agreement|approval|ok)",
    r"if i (?:don['’]t|do not) hear\b[^.!?\n]{0,50}\b(?:i|we)(?:['’]ll| will) (?:go ahead|proceed|take (?:it|that|"
    r"this|your silence) as)",
)
COMPLAINT = _words(
    r"confusing",
    r"terrible",
    r"useless",
    r"waste of (?:time|my time)",
    r"annoying",
    r"awful",
    # "a dumb question" and "my stupid mistake" run the writer down, not the reader: self-deprecation, not complaint
    r"(?<!a )(?<!my )stupid|stupid(?! (?:question|mistake))",
    r"ridiculous",
    r"took (?:me )?forever",
    r"sucks?",
    r"hate(?! to (?:bother|trouble|ask|intrude))",
    r"horrible",
    r"pointless",
    r"garbage",
    r"rubbish",
    r"nobody (?:answers|replies|responds)",
    r"no one (?:answers|replies|helps)",
    # a person or their words passed over, not a thing left unheeded ("warnings nobody heeded were ignored")
    r"(?:\bi|\bwe|\bme|\bus|(?:(?:my|our) (?:[\w-]+ )?)?(?:message|e-?mail|question|pr|pull request|issue|request|"
    r"application|comment|post|ticket|patch|reply|note|proposal|idea|concern|cv)s?)"
    r"(?: (?:to|on|in|at|for) (?:the |your |my |our )?[\w-]+)?"
    r"(?:['’](?:ve|m|re))? (?:(?:was|were|has been|have been|"
    r"had been|got|get|gets|am|are|is|being|been|feel|felt|keep getting) )?(?:completely |totally |just |simply |"
    r"always |repeatedly )?ignored",
    r"ignored (?:me|us|my|our)\b",
    # reproach for help not yet given: "we had expected better", "no one has looked at it", "replying wouldn't have
    # taken you five minutes"
    r"(?:i|we) (?:had )?expected (?:something |a (?:bit|lot) |much |far )?(?:more|better)\b",
    # more help claimed as owed: "it is the least which would settle it" (the writer's own "that's the least I
    # can do" is generosity)
    r"(?:that|this|it)(?:['’]s| is| would be) the (?:very )?least (?:that |which )?(?:would|could|should|you)\b",
    # the reader's offer held against them: "it would have been better if you hadn't said yes", "we have
    # received nothing"
    r"(?:it )?would have been better (?:not to|if you had(?:n['’]t| not)?)\b",
    r"(?:i|we)(?:['’]ve| have) (?:heard|had|received) nothing\b",
    # (not the silence the writer explains by their own question: "no wonder no one replied: I asked it badly")
    r"(?<!surprised )(?<!surprised that )(?<!wonder )(?<!wonder that )"
    r"(?:nobody|no one) (?:has |had )?(?:even |yet )?(?:replied|responded|acknowledged|answered|labell?ed|triaged|"
    r"looked at)",
    r"would(?: not|n['’]t) have taken (?:you |anyone )?(?:more than )?(?:a|one|two|five|ten|\d+) (?:minutes?|seconds?)",
    r"unacceptable",
    # ("disappointed" is one below) the reader's silence called disappointing, or held against their own words:
    # "a bit disappointing, considering your posts on mentoring"
    r"disappointing\b[^.!?\n]{0,30}\b(?:given|considering|seeing as|not to (?:hear|get)|no (?:reply|response|"
    r"answer)|that you)\b",
    # others held up against the reader: "most vendors answer in hours"
    r"(?:other|most) (?:\w+ )?(?:projects|maintainers|libraries|sdks|teams|vendors|companies) (?:\w+ )?(?:review|"
    r"repl|respond|merge|answer|fix)\w*\b[^.!?\n]{0,20}\b(?:within|in) (?:a |an |one |two |a few |few )?(?:days?|"
    r"hours?|week)\b",
    r"(?:frankly|honestly),? (?:a |quite a |rather a )?(?:very )?long (?:time|wait)\b",
    # the reader's delay held against them: "ten days is a long wait"
    r"(?:days|weeks|months) (?:is|was|are|were) (?:a |quite a |such a )?long (?:time|wait)\b",
    # the reader's judgement disputed ("the verdict is wrong", "that exercise felt unfair", "merely a matter of taste")
    r"(?:your|the|this|that) (?:decision|feedback|assessment|verdict|rejection|evaluation|judge?ment|review|grading|"
    r"grade|choice|call) (?:was|is|seems|seemed|felt) (?:\w+ )?(?:a mistake|wrong|unfair|unjust|mistaken|incorrect|"
    r"biased|misguided)\b",
    r"(?:was|is|seems|seemed|felt|feels) (?:really |very |quite |rather |a bit |completely |totally |somewhat )?"
    r"unfair\b(?! to (?:ask|expect|you|put|bother))",
    r"(?:just|only|merely|simply|purely) a matter of (?:taste|opinion|preference)",
    r"disappointed",
    r"frustrating",
    r"lazy",
    r"incompetent",
    r"doesn't make (?:any )?sense",
    r"(?:makes|made) no sense",
    r"nonsense",
    r"pathetic",
    r"clueless",
    r"idiot(?:s|ic)?",
    r"moron(?:s|ic)?",
    r"(?<!a )(?<!my )dumb|dumb(?! (?:question|mistake))",
    r"you(?:'re| are) (?:wrong|lying)",
    r"no idea what you(?:'re| are) (?:talking|doing)",
    r"stop lying",
    r"wasting (?:\w+(?:'s)? )?time",
    # the reader's silence or conduct judged: ghosted, left on read, never answering, favouring others
    r"ghosted",
    r"(?:left|leave|leaving) (?:(?:me|my \w+(?: \w+)?) )?on read",
    r"(?<!if you )(?<!i )never (?:responds?|repl(?:y|ies)|answers?|writes? back|gets? back)\b",
    r"(?<!if )you only (?:ever )?(?:reply|respond|answer|help|care|talk|write back|get back)\b",
    r"(?:which|that|it) says (?:a lot|everything|it all|something)\b",
    r"i thought you were (?:different|better|nicer|more)",
    r"(?:a|an|one|even a|just a) (?:simple |short |quick |brief |polite |one-line )?(?:no|reply|answer|response|"
    r"acknowledg(?:e)?ment|word|explanation|note) would have (?:been|sufficed|done|cost)",
    r"not even (?:a|an|one) (?:reply|response|answer|acknowledg(?:e)?ment|word|thank)",
    r"(?:expected|deserved?) (?:at least|at the very least)",
    r"you (?:didn['’]t|did not|couldn['’]t|could not|haven['’]t|have not|wouldn['’]t|would not) (?:even|bother)\b",
    r"(?:i was|i am|i['’]m|i felt|i feel) (?:really |quite |very |(?:a )?bit |(?:a )?little |so |deeply )?(?:hurt|"
    r"insulted|offended|"
    r"let down)\b",
    r"(?:shame|pity) (?:that )?you (?:\w+ )?(?:closed|ignored|deleted|rejected|removed|dismissed|never|didn['’]t|"
    r"did not|couldn['’]t|won['’]t)\b",
    r"disappointing (?:that|to see|how) (?:you|someone|somebody|no one|nobody)",
    r"someone who (?:preaches|claims to|supposedly)",
    r"(?:it['’]s|it is|that['’]s|that is|frankly|honestly),? (?:\w+ )?embarrassing(?=\s*[.!])",
    # the reader's conduct judged ("that was rude", "how dismissive"), not the writer's own ("if that sounds rude")
    r"(?<!if )(?:it['’]s|it is|that['’]s|that is|this is|you['’]re|you are|you were|it was|that was|how|so|very|"
    r"quite|this|pretty|rather|really|frankly|honestly|kind of|a bit|felt) (?:rude|dismissive|condescending|"
    r"patroni[sz]ing|disrespectful|arrogant|unprofessional|inconsiderate|hypocritical|elitist|unhelpful|unwelcoming|careless|"
    r"discouraging|disheartening|hurtful|insulting)\b"
    r"(?! of me)",
    r"(?<!if )(?<!i )you (?:still )?(?:didn['’]t|did not|haven['’]t|have not|never) (?:even |yet |ever )?(?:replied|"
    r"reply|answered|answer|responded|respond|got back|gotten back|get back|acknowledged|acknowledge|bother(?:ed)?)\b",
    r"(?<!i )(?<!if you )never (?:replied|answered|responded|got back|wrote back|acknowledged)\b",
    r"you (?:\w+ )?(?:ignore|ignored|ignoring) (?:me|my|us|our|people|students|juniors|beginners|newcomers|everyone|"
    r"anyone|messages|emails)\b",
    # (a conditional asks small: "if you could at least say which chapter")
    r"(?<!if )you (?:could|should|might) (?:at least|have at (?:least|the very least)|have (?:just )?(?:replied|"
    r"answered|responded|told|said|explained|acknowledged|written))",
    r"the least you (?:can|could) do",
    r"radio silence",
    r"(?:wasn['’]t|was not|weren['’]t|were not) (?:even )?worth (?:your|a) (?:time|reply|response|answer|minute)",
    r"too (?:busy|important|famous|senior|good) for (?:the likes of|people like|(?:the )?(?:little|small|ordinary|"
    r"regular) (?:people|folks))",
    # the bare minimum said to be owed and not given: "a professor would at least acknowledge an email"; not a
    # request made small ("could you at least look", "if you could at least tell me")
    r"(?<!if you )(?<!i )(?:would|should|could|might) (?:at least|at the very least) (?:acknowledge|reply|respond|"
    r"answer|write back|get back|say)\b",
    # the reader's conduct judged unkind: "it's not nice to leave a message unanswered", "not very polite of you"
    r"(?:not|isn['’]t|wasn['’]t) (?:very |really |exactly |so |that |too )?(?:nice|polite|kind|fair|professional|"
    r"respectful|courteous|cool|okay|ok) (?:of you|to (?:leave|ignore|keep|not|ghost))\b",
    # the reader said to have no time for the writer's kind: "no time for people like me"
    r"time for (?:\w+ ){0,2}(?:people|someone|somebody|nobodies|the likes of) (?:like )?(?:me|us)\b",
    # ignoring kept up by the reader (or someone in their place), not by the writer: "kept ignoring the very people"
    r"(?<!i )(?<!we )(?:keeps?|kept|continues? to|continued to) ignor(?:e|ing) (?:me|my|us|our|(?:the )?(?:very )?"
    r"(?:people|students|juniors|beginners|newcomers|followers|readers|messages|e-?mails))\b",
    r"(?:sad|upset|annoyed|frustrated|hurt) (?:that|to see|how) you",
    r"must be nice (?:to|being)",
    r"some of us (?:actually |still )?(?:have|need|work)",
    r"(?:wasn['’]t|was not|weren['’]t|were not|am not|i['’]m not|isn['’]t) (?:\w+ )?(?:important|interesting|famous|"
    r"senior|worthy|good) enough (?:to (?:deserve|merit|get|warrant|earn)|for (?:you|your))",
    r"guess you(?:['’]re| are) (?:just )?(?:too|not)\b",
    r"(?<!if )(?<!when )(?<!know )(?<!that )you (?:clearly |obviously |just |really |simply |apparently )?"
    r"(?:don['’]t|do not|didn['’]t|did not) (?:even )?(?:care|read|bother|respond|answer|reply|listen)\b",
    r"you (?:would |just |always |simply |keep |continue to )?(?:ignore[ds]?|ignoring) (?!this|it\b|that|the rest)",
    r"your (?:silence|lack of (?:a )?(?:response|reply|interest|answer|courtesy))",
    r"would have taken you (?:only |just )?(?:a|one|two|five|ten|\d+) (?:minutes?|seconds?)",
    r"why (?:even )?bother (?:having|asking|offering|saying|posting|writing|running|with)",
    r"(?:courtesy|decency) to (?:reply|respond|answer|say|acknowledge|let)",
    r"(?:starting|beginning) to (?:think|wonder|feel) (?:if |whether |that )?you",
    r"you take (?:weeks|months|forever|ages)",
    r"(?<!if you )(?:couldn['’]t|could not|can['’]t|cannot) (?:even )?spare (?:a|one|two|five|ten|\d+|the)\b",
    r"you(?:['’]ve)? finally (?:replied|answered|responded|got back|wrote)",
    r"(?:i['’]d|i would|one would|you['’]d|you would) (?:have )?(?:think|thought|expect(?:ed)?)\b[^.!?\n]{0,30}"
    r"\b(?:more|better|would (?:reply|answer|respond|know|care))\b",
    r"why i (?:even )?bother(?:ed)?",
    r"(?<!if this )(?<!if it )(?:isn['’]t|is not|wasn['’]t|was not) (?:a )?priority for you",
    r"(?<!you )(?<!thanks )(?<!thank )(?<!so )so much for (?:your|you)\b",  # the sarcastic "so much for", not thanks
    r"(?:tired|sick) of (?:chasing|waiting|asking|writing|following up)",
    r"(?:other|most) (?:\w+ )?(?:people|maintainers|mentors|engineers|developers|devs|experts|folks) "
    r"(?:manage|bother|somehow)",
    r"(?:reply|answer|response|note|word) (?:costs|would cost) (?:you )?nothing",
    r"shame on you",
    r"deserve (?:the|this|your|such) (?:silence|treatment|cold shoulder)",
)
# Thanks taken back: a note that finds fault with the time or attention the mentor gave ("a pity it felt rushed",
# "you seemed distracted") turns its gratitude into a grievance, whatever else it says. Wishing for more of it ("I
# wish we'd had longer", "a shame it was so short") is warmth, not fault.
GRUDGING = _words(
    r"(?:shame|pity|too bad)\b[^.!?\n]{0,40}\b(?:late|rushed|hurried)\b",
    r"i wish you(?: had|['’]d| could have| would have)\b[^.!?\n]{0,30}\b(?:earlier|on time|prepared|"
    r"read (?:it|them|my|the))\b",
    r"(?:you|the call|our call|the meeting|our meeting) (?:started|began|joined|arrived|were|was) "
    r"(?:(?:a bit|a little|(?:a )?\w+ minutes) )?late\b",
    r"you (?:seemed|looked|sounded) (?:a (?:bit|little) |rather |quite |very )?(?:rushed|distracted|hurried|impatient|"
    r"bored|uninterested)",
    r"(?:wasn['’]t|was not|weren['’]t|were not|not) (?:quite |really |as |that |particularly )(?:helpful|useful|"
    r"detailed|practical|what i (?:expected|(?:was )?hop(?:ed|ing) for|needed))\b",
)
# Mildly negative words (the paper's "negative lexicon", a small but significant cost): milder than a complaint.
# The paper's lexicons come from Liu's opinion lexicon; these are our own shorter lists of the opinion words common
# in requests. Words that are neutral in technical writing ("error", "problem", "bug", "crash", "false",
# "invalid", "fault", "fail": tests fail, builds fail, "like") are left out.
NEGATIVE = _words(
    r"wrong",
    r"bad(?:ly)?",
    r"worse",
    r"worst",
    r"broken",
    r"mistakes?",
    r"incorrect",
    r"mess(?:y|ed up)?",
    r"poor(?:ly)?",
    r"sloppy",
    r"misleading",
    r"silly",
    r"careless",
    r"unclear",
    r"irrelevant",
    r"lacking",
    r"flawed",
    r"bogus",
    r"ugly",
    r"falsely",
    r"biased",
    r"dubious",
    r"questionable",
    r"accus(?:e|ed|ing|ation)",
    r"attack(?:s|ed|ing)?",
    r"rude",
    r"hostile",
    r"offensive",
    r"insult(?:s|ed|ing)?",
    r"disruptive",
    r"abus(?:e|ive)",
    r"blame[ds]?",
    r"vandal(?:s|ism)?",
    r"spam(?:my)?",
    r"unfortunately",
    r"sadly",
    r"impossible",
    r"worthless",
    r"ignor(?:ed|ing)",
    r"refus(?:e|ed|ing)",
    r"harm(?:ful)?",
    r"damag(?:e|ed|ing)",
    r"ruin(?:s|ed)?",
    r"disappoint(?:ed|ing)",
    r"inappropriate",
    r"confus(?:ing|ed)",
    r"unreadable",
    r"nonsense",
    r"upset",
    r"angry",
    r"annoyed",
    r"lame",
    r"weird",
    r"ridiculous",
    r"stupid",
    r"useless",
    r"terrible",
    r"awful",
    r"horrible",
    r"pointless",
)
POSITIVE = _words(
    r"good",
    r"great",
    r"nice",
    r"excellent",
    r"awesome",
    r"amazing",
    r"wonderful",
    r"fantastic",
    r"superb",
    r"helpful",
    r"useful",
    r"valuable",
    r"clearer",
    r"correct(?:ly)?",
    r"perfect(?:ly)?",
    r"best",
    r"better",
    r"fine(?!-)",
    r"love[ds]?",
    r"enjoy(?:ed|s)?",
    r"glad(?:ly)?",
    r"happy",
    r"pleased",
    r"pleasure",
    r"kindly",
    r"kind(?! of\b)",
    r"generous",
    r"patien(?:t|ce)",
    r"interesting",
    r"insightful",
    r"impressive",
    r"elegant",
    r"brilliant",
    r"easy",
    r"easier",
    r"works",
    r"solved",
    r"welcome",
    r"cool",
    r"neat",
    r"handy",
    r"thoughtful",
    r"friendly",
    r"reliable",
    r"accurate",
    r"improve[ds]?",
    r"improvement",
    r"success(?:ful)?",
    r"recommend(?:ed)?",
    r"congratulations",
    r"appreciat(?:e|ed|ion)",
    r"thanks?",
    r"helped",
    r"inspir(?:ing|ed)",
    r"fair",
    r"respect",
    r"resonat(?:ed|es)",
)
# The written rules a reader may be told to go and read: a project's docs, a site's policies and help pages.
_RULEBOOK = (
    r"(?:\[\[)?(?:(?:wp|mos|h):|(?:docs|documentation|manual|man page|faq|polic(?:y|ies)|guidelines?|rules|"
    r"help (?:page|cent(?:er|re))|tour|(?:style|contributor|contributing|community|user) guide)\b)"
)
# Rhetorical challenges: questions that are not asking for information but scolding.
CHALLENGE = _words(
    r"did you (?:even|actually|really) \w+",  # not "ever": "did you ever try Rust?" asks about experience
    # questions about the reader's competence or motives, asked to talk down to them, not to learn the answer
    r"(?:do|are|can|have|were|is) (?:you|they|this|that) even \w+",
    r"(?:do|did|can) you not (?:know|understand|see|get|read|realise|realize)",
    r"don['’]t you (?:know|understand|see|get|realise|realize) (?:what|how|that|why)",
    r"do you (?:even |really |actually )?(?:understand|realise|realize|grasp) (?:what|how|that|why)",
    r"are you (?:deliberately|intentionally|purposely|purposefully|wilfully|willfully|just being|being)"
    r" (?:obtuse|difficult|dense|\w+ly)?",
    r"care to (?:explain|elaborate|justify)",
    r"can(?:['’]t| not|not)? you see (?:why|how|what|that)",
    r"do you (?:need|want) me to (?:explain|quote|spell|repeat|show|draw|link)",
    r"funny how",
    r"(?:did|do|could|can|would)(?:n['’]t| not)? you (?:even )?(?:bother|be bothered) to",
    r"can(?:['’]t| ?not) be bothered",
    r"(?:is|was) (?:that|this|it) (?:really )?(?:so|that|too) (?:hard|difficult|complicated)",
    # exasperation: the writer has said it before and says so
    r"as i(?:['’]ve| have)? (?:already|now) (?:said|explained|told you|pointed out)",
    r"(?:said|explained|told you|asked) (?:this |that |it )?(?:twice|(?:three|four|several|many|multiple) times)",
    r"for the (?:second|third|fourth|fifth|last|umpteenth|hundredth|nth) time",
    r"(?:explain|say|put) (?:this|it) (?:again )?(?:very )?slowly",
    # (not the writer's own try named: "following up one more time, now with logs", "trying one last time")
    r"(?<!up )(?<!trying )(?<!try )(?<!in )(?<!out )one (?:more|last) time(?=[,:])",
    # sarcastic thanks: thanked for what harmed the writer
    r"thanks? (?:you )?(?:(?:ever )?so much |a lot )?for (?:deleting|removing|reverting|nothing|wasting|ignoring|"
    r"(?:the|your|that) (?:[\w-]+ ){0,2}(?:lecture|sermon|condescension|attitude|snark|downvotes?)\b)",
    # the writer's competence set against the reader's ("we know what we're doing"); not "I know how to use Docker",
    # which tells a mentor where the writer stands
    r"(?:i|we) (?:(?:already|do) )?know what (?:i|we)(?:['’]re|['’]m| am| are) doing",
    r"(?:why|what|how|who) on earth",
    r"seriously(?<!\w seriously)(?<!\wseriously)(?=\?)",
    r"are you (?:serious|kidding)",
    r"do your own \w+",
    r"what (?:kind|sort) of (?:idiot|person|moron)",
    r"(?:google|the docs?) exists?",
    # "Is it acceptable to ignore newcomers?": a question that only scolds
    r"is it (?:normal|usual|common|okay|ok|fine|acceptable|standard) (?:for you )?to (?:ignore|not (?:reply|respond|"
    r"answer)|leave)",
    r"(?:is|was) (?:it|that) (?:really )?too much to ask",
    r"would it (?:kill|hurt) you",
    r"thanks? (?:you )?for (?:finally|eventually|the silence|your silence)",
    r"how hard (?:is|was) it to",
    r"(?:is|was) (?:\w+ing|it|that|this) (?:really |honestly )?(?:so|that|too) (?:hard|difficult)",
    # rebukes: the reader told off, not asked (Brown and Levinson's bald threats to the reader's face). A threat of what
    # the writer will do to their work, or a last warning:
    r"or (?:else(?=\s*(?:[.!?]|$))|i(?:['’]ll| will| shall| (?:am|['’]m) going to)? (?:just )?"
    r"(?:revert|report|block|escalate|undo|delete|remove)\b)",
    # (announcing what follows: "I won't say it again: ..."; "if not, we will not ask again" lets the reader off)
    r"(?:i|we)(?:['’]m| am)? (?:won['’]t|will not|(?:not|never) going to) (?:ask|say|tell you|remind you) "
    r"(?:this |that |it )?(?:again|twice)(?=\s*[:;–—-])",
    r"(?:your|a|my) (?:last|final) warning",
    r"your (?:last|final) chance",
    # the least the reader owes: "if you're going to close it, at least say why"
    r"if you(?:['’]re| are) going to \w+[^.!?\n]{0,60}\bat (?:the very )?least\b",
    r"the (?:very )?least you (?:could|can) do",
    # asked to stop, as a question: "can you not merge while I'm mid-edit?" (not "can you not make it on Tuesday?")
    r"(?:can|will) you not (?!be\b|have\b|make it\b|find\b|come\b|attend\b|join\b|see\b|know\b)\w+",
    # "Enough with the ...", opening its sentence
    r"(?:(?<![\s\S])|(?<=[.!?\n] )|(?<=\n))enough (?:with|of|already)\b",
    # thanks in scare quotes: the favour quoted as a word the writer does not mean ("thanks for the 'review'.")
    r"thanks? (?:you )?(?:\w+ )?for (?:the|your|all (?:the|your)) ['\"‘“][a-z]+[’'\"”](?=\s*(?:[.!,;:]|$))",
    # a lesson for next time: "Next time, read the thread first"; not a let-off ("next time, don't hesitate to ask")
    r"(?:(?<![\s\S])|(?<=[.!?\n] )|(?<=\n))next time,? (?:maybe |perhaps |just |try (?:to |and )?)?"
    r"(?!(?:please )?(?:don['’]t|do not) (?:hesitate|worry|feel))(?:read|check|ask|look|use|leave|discuss|think|"
    r"consider|bother|don['’]t|do not|actually|learn|search|wait|talk)\b",
    # asked again after an answer: "I answered that above; read it before asking again"
    r"before (?:asking|you ask) (?:again|the same)",
    r"(?:already|just) (?:answered|explained|addressed) (?:this|that|it) (?:above|twice|before|already)",
    # asked to stop what they are doing, however politely framed: a reproach of the reader's conduct ("could you
    # please stop renaming...", "I'd appreciate it if you quit ..."); not "stop by", nor stopping a thing ("stop the
    # job"). "Would you mind not sharing this yet?" asks a favour, not a reproach.
    r"(?:(?:could|would|can|will) you|please|kindly|(?:ask|asking|urge|beg) you to|"
    r"(?:appreciate it|be (?:grateful|thankful)) if you(?:['’]d| would| could)?)"
    r" (?:please |kindly |just |now )?(?:stop|stopped|quit|cease|ceased) "
    r"(?!(?:by|in|over|at|worrying|apologi[sz]ing|thanking|stressing)\b)\w+ing\b",  # "please stop worrying" reassures
    r"(?:please|kindly|ask(?:ing)? you to) (?:\w+ )?refrain from",
    # a preface that announces criticism ("with all due respect, ..."), not "with respect to"
    r"with (?:all due|the (?:greatest|utmost|highest)|due) respect(?! to\b)",
    r"no offen[cs]e(?: intended| meant)?,? but",
    # told to go and read the rules: "please read WP:V", "you need to read the FAQ", "Go read the docs."; a softer
    # "maybe read the docs" only with "first" or "before" after it. Never the writer's own reading ("I'll go read
    # the FAQ", "maybe I should read the docs first"): as advice to the reader it is welcome ("you might want to read
    # the docs on caching")
    r"(?:please|you (?:should|need to|must)|(?:(?<![\s\S])|(?<=[.!?\n] )|(?<=\n))go),? (?:\w+ )?(?:read|re-?read) "
    r"(?:up on )?(?:the |our )?" + _RULEBOOK,
    r"(?:(?:maybe|perhaps),? (?:you (?:could |should |might )?)?(?:just )?(?:try )?|"
    r"(?:(?<![\s\S])|(?<=[.!?\n] )|(?<=\n))(?:just|try) |you (?:might|may) want to (?:\w+ )?)"
    r"(?:read|reading|re-?read|to read) (?:up on )?(?:the |our )?" + _RULEBOOK + r"[^.?!\n]{0,40}\b(?:first|before)\b",
    # "did you (even) read the docs?": asked to show the reader did not
    r"did you (?:even |actually )?read (?:any of )?(?:the |our )?" + _RULEBOOK,
    r"(?:consider|try|start|maybe|perhaps) learning (?:what|how)\b",
    # praise that answers a complaint, alone at the message's end: "... and you reverted it again? Great."
    r"(?<=\? )(?:great|brilliant|wonderful|lovely|nice|perfect|fantastic|terrific|awesome|excellent)"
    r"(?: job| work)?(?=[.!]\s*$)",
)
SLANG = _words(
    r"yo",
    r"gimme",
    r"gonna",
    r"wanna",
    r"gotta",
    r"ur",
    r"pls",
    r"plz",
    r"k",
    r"lol",
    r"omg",
    r"slaps",
    r"bro",
    r"dude",
    r"sup",
    r"ya",
    r"tbh",
    r"lmao",
    r"af",
    r"ngl",
    r"idk",
    r"ain't",
    r"y'all",
    r"cuz",
    r"coz",
    r"kinda",
    r"sorta",
    r"lemme",
    r"dunno",
    r"wassup",
    r"hmu",
    r"dm me",
    r"fam",
)
# Chat abbreviations for whole words: "u" for you, "thx" for thanks, "q" for question, "pls", "b4", "2 help".
TEXTSPEAK = _words(
    r"u(?![.\-]\w)",
    r"(?:u|you) r",
    r"r (?:u|you)",
    r"thx",
    r"thnx",
    r"tnx",
    r"q(?= (?:about|on|for|re)\b)",
    r"(?<=quick )q(?![\w'’])",
    r"qs",
    r"b4",
    r"plz",
    r"pls",
    r"msg",
    r"abt",
    r"ppl",
    r"coz",
    r"cuz",
    r"im",
    r"dont",
    r"cant",
    r"ive",
    r"asap",
    r"rn",
    r"tmrw",
    r"2 (?:help|learn|talk|ask|know|get)",
    r"4 (?:u|you|me)",
)
OVER_FAMILIAR = _words(
    r"buddy",
    r"mate",
    r"pal",
    r"sweetie",
    r"hun",
    r"honey",
    r"darling",
    r"xoxo",
    r"my man",
    # the reader addressed as a friend, not a friend of the writer's spoken of ("the laptop of my friend")
    r"(?:hi|hey|hello|thanks|cheers|dear),? my friend\b",
    r"(?<=, )my friend(?=\s*[,.!?]|\s*$)",
    r"bestie",
    r"hey there,? superstar",
)
# Three or more capitalised words, one of them long: "PLEASE HELP ME" shouts, "AWS VPC" names two services.
SHOUT = re.compile(r"\b(?=(?:[A-Z]{2,}[ \t]+){0,3}[A-Z]{5})(?:[A-Z]{2,}[ \t]+){2,}[A-Z]{2,}\b|!{2,}|\?!+|!\?+")
# One emphatic word in capitals among words in lower case ("waited TWO months", "I NEVER got"): shouting too.
# Only words that carry emphasis, so acronyms and SQL keywords (REST, SOLID, SELECT, NULL) are never read as shouts.
SHOUTED_WORD = re.compile(
    r"\b(?:NEVER|ALWAYS|STILL|REALLY|PLEASE|URGENT|VERY|MUST|ONLY|EVERY|NOTHING|NOBODY|TWICE|THREE|FOUR|FIVE|"
    r"SEVERAL|MANY|HUGE|EXTREMELY|SERIOUSLY|HONESTLY|TOTALLY|COMPLETELY|ABSOLUTELY|IMPORTANT|DESPERATELY|WEEKS|"
    r"MONTHS|DAYS|HOURS)\b(?![ \t]+[A-Z]{2})"
)
# What every shout holds, found far faster than SHOUT (which tries each character): five capitals in a row, or a "!".
# A test keeps these in step with SHOUT's four alternatives.
SHOUT_CAPITALS = re.compile("[A-Z][A-Z]{4}")
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\U0001f000-\U0001f2ff]")
# Wiki markup is not a slot: a [[link]], an [http://... label], a {{citation needed}} of several words that names no
# field (one word, "{{article}}", is a slot); nor is TeX's
# \mathbb{R} or x^{2}.
_SLOT = r"(?i:name|mentor|company|title|topic|your|first|last|role|date|link|email|position|school|field|job|recipient)"
PLACEHOLDER = re.compile(
    r"(?<!\[)\[(?!\[|https?:|www\.)[^\]\n]{1,40}\](?![(\]])"
    r"|\{\{ ?(?:\w*|[\w ]{0,20}" + _SLOT + r"[\w ]{0,20}) ?\}\}"
    r"|(?<![\\\w^_}${])\{[A-Za-z_ ]{2,30}\}(?!\})"
    r"|(?i:<[a-z_ ]*(?:name|mentor|company|title|topic|your|first|last|role|date|link)[a-z_ ]*>)"
    r"|\b(?:XXX+|TODO|TBD|INSERT [A-Z ]+)\b|(?i:\blorem ipsum\b)"
)
# Every placeholder holds one of these as written, or "lorem" in the folded text, so a text with none of them holds no
# placeholder and PLACEHOLDER, costly to run, need not be. A test keeps these in step with its six alternatives.
PLACEHOLDER_MARKS = ("[", "{", "<", "XXX", "TODO", "TBD", "INSERT ")
# "{{disputed}}", "{{Coord}}": a wiki template, named in a talk-page request, not a mail-merge slot. It is one when
# it is capitalised and names no slot, or when the message speaks wiki (links, shortcuts, tags, talk pages).
WIKI_TEMPLATE = re.compile(r"^\{\{ ?(?!" + _SLOT + r"\b)[A-Z][a-z]\w* ?\}\}$")
SPEAKS_WIKI = re.compile(r"\[\[|\bWP:|\btalk page\b|\b(?:tag|template|infobox)s?\b", re.I)
SLOT_WORD = re.compile(_SLOT)
# Bracketed text that is ordinary writing, not a template slot.
NOT_PLACEHOLDER = re.compile(r"^\[(?:\d+|sic|x|\s|…|\.\.\.)\]$", re.I)
# Set formulas any request may use, exempt from the check that no lexicon phrase was lifted from an evaluation
# text (tests/test_lexicon_honesty.py): "by the way" is the politeness paper's own marker of an indirect request;
# "make sure you" is English's set way to give an order (in DEMAND since 24 November, before the seventeenth
# author, who wrote it independently, on 2 December); "on behalf of" is the preposition English has for acting
# for someone else; "and all that" is one of the set vague extenders of English ("and so on", "or something"), in
# VAGUE since the engine's first commit, and written independently by the thirty-third author on 3 December.
GENERAL_FORMULAS = frozenset({"by the way", "make sure you", "on behalf of", "and all that"})
