"""The built-in coach for the questions a mentee prepares for a mentor (the lesson's Exercise 4).

`check_question(text)` returns findings in the shape of a message critique's findings, each with the
span that triggered it and a concrete rewrite as its fix. Three habits waste a mentor's minutes:
questions too vague to answer ("any tips?"), yes/no questions that end the thread in one word, and
questions a web search answers ("what is Docker?"). Pure Python: no Flask, no model, no network.
"""

import re

OPEN_WORDS = r"\b(how|what|which|why|when|where|who|whose)\b"
AUXILIARIES = (
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "am",
    "can",
    "could",
    "should",
    "would",
    "will",
    "shall",
    "may",
    "might",
    "must",
    "have",
    "has",
    "had",
)
# "Could you walk me through ..." starts like a yes/no question but asks for an account.
OPEN_REQUEST = re.compile(
    r"^\s*(can|could|would|will)\s+you\s+(please\s+)?(tell|explain|describe|walk|share|"
    r"talk|outline|show|give|suggest|help me understand)\b",
    re.I,
)
YES_NO_START = re.compile(
    r"^\s*(?:(?:so|and|also|but),?\s+)?(?P<aux>" + "|".join(AUXILIARIES) + r")\b"
    r"\s+(?P<rest>.*?)\s*\??\s*$",
    re.I | re.S,
)
SUBJECT_PRONOUNS = {"i": "I", "we": "we", "it": "it", "they": "they", "there": "there", "this": "this", "that": "that"}

VAGUE_PHRASES = re.compile(
    r"\bany\s+(tips|advice|suggestions|thoughts|pointers|recommendations|ideas|words of wisdom)\b"
    r"|\b(your\s+)?thoughts\s+on\b|\bwhat\s+do\s+you\s+think\s+(about|of)\b|\bwhat\s+should\s+i\s+(learn|do|know)\b"
    r"|\bhow\s+(do|can|should)\s+i\s+(get better|improve|grow|succeed|get ahead|break in)\b"
    r"|\b(anything|what)\s+else\s+(should\s+i\s+know|i\s+should\s+know)\b|\bhow\s+did\s+you\s+do\s+it\b",
    re.I,
)
VAGUE_MAX_WORDS = 8  # a stock phrase in a longer question usually comes with the detail that makes it answerable
TOO_SHORT_WORDS = 3

SEARCHABLE = (
    # (pattern with a named group `x` for the topic, message, rewrite template)
    (
        re.compile(r"^\s*what\s+(?:is|are|'s)\s+(?:a|an|the)?\s*(?P<x>[^?.,;]{1,40}?)\s*\??\s*$", re.I),
        "a definition: a web search answers it in seconds, and a mentor's minutes are worth more.",
        "When did {x} earn its place in your work, and when would you avoid it?",
    ),
    (
        re.compile(r"\bwhat\s+does\s+(?P<x>[^?]{1,40}?)\s+(?:stand\s+for|mean)\b", re.I),
        "what a term means: a web search answers it; ask about the mentor's experience instead.",
        "Where has {x} made a real difference in your projects, and where was it overrated?",
    ),
    (
        re.compile(
            r"\bhow\s+(?:do|can|should|would)\s+(?:i|you|we|one)\s+(?:install|set\s*up|configure|download|"
            r"enable|upgrade|uninstall)\s+(?P<x>[^?]{1,60}?)\s*\??\s*$"
            r"|\bhow\s+to\s+(?:install|set\s*up|configure|download|enable|upgrade)\s+(?P<y>[^?]{1,60}?)\s*\??\s*$",
            re.I,
        ),
        "installation steps: the documentation answers it; ask what the docs leave out.",
        "What do you wish you had known before running {x} for a real team?",
    ),
    (
        re.compile(
            r"\bwhat\s+(?:is|'s)\s+the\s+difference\s+between\s+(?P<x>[^?]{1,40}?)\s+and\s+(?P<y>[^?]{1,40}?)"
            r"\s*\??\s*$",
            re.I,
        ),
        "a comparison any article makes: ask how the mentor chooses in practice.",
        "When do you reach for {x} rather than {y} in your own work, and why?",
    ),
)
# Words that make "What is ...?" a question about the mentor's judgement rather than a definition.
OPINION_WORDS = re.compile(
    r"\b(your|you|best|worst|hardest|biggest|most|least|first|next|right|biggest|"
    r"favou?rite|main|key|common|typical)\b",
    re.I,
)


def check_question(text):
    """Return the coach's findings on one prepared question (an empty list when it is open and specific)."""
    text = text or ""
    findings = []
    searchable = _searchable(text)
    if searchable:
        findings.append(searchable)
    else:  # "What is Docker?" is short but its fix is to look it up: one finding says it
        findings += [f for f in (_vague(text), _yes_no(text)) if f]
    return findings


def is_flagged(findings):
    """True when a question has a finding worth fixing before it takes a slot in the conversation."""
    return any(f["severity"] in ("major", "minor") for f in findings)


def _finding(code, severity, message, text, start, end, fix):
    evidence = {"field": "question", "text": text[start:end], "start": start, "end": end}
    return {
        "rubric": "clarity",
        "code": code,
        "severity": severity,
        "message": message,
        "evidence": evidence,
        "fix": fix,
    }


def _words(text):
    return re.findall(r"[\w'+#.-]+", text)


def _vague(text):
    match = VAGUE_PHRASES.search(text)
    words = _words(text)
    if match and len(words) <= VAGUE_MAX_WORDS:
        start, end = match.span()
    elif 0 < len(words) <= TOO_SHORT_WORDS:
        start, end = 0, len(text.rstrip())
    else:
        return None
    topic = _topic_after(text, end) or "this area"
    fix = (
        f'Name your situation and the choice you face, e.g. "I have spent three months on {topic}; I am choosing '
        f'between [option A] and [option B] for [goal]. Which would you pick, and why?"'
    )
    return _finding(
        "question_vague",
        "major",
        "This question is too vague to answer well in a short call: say what you tried, "
        "what you are deciding and why it matters now.",
        text,
        start,
        end,
        fix,
    )


def _topic_after(text, end):
    """The few words after a stock phrase ("thoughts on tech?" -> "tech"), as the topic of a rewrite."""
    rest = re.sub(r"^\s*(on|about|of|for|regarding)\b", "", text[end:], flags=re.I).strip(" ?!.,")
    return rest if 0 < len(rest) <= 60 else ""


def _yes_no(text):
    match = YES_NO_START.match(text)
    if not match or OPEN_REQUEST.match(text) or re.search(OPEN_WORDS, text, re.I):
        return None
    return _finding(
        "question_yes_no",
        "minor",
        "A yes/no question ends the thread in one word; ask how, what or which to get the reasoning.",
        text,
        match.start("aux"),
        match.end("aux"),
        _open_rewrite(match["aux"], match["rest"], text),
    )


def _open_rewrite(aux, rest, text):
    """Turn "Should I learn Rust?" into "How would you decide whether I should learn Rust?"."""
    opinion = re.match(r"you\s+think\s+(?:that\s+)?(?P<claim>.+)", rest, re.I)
    if opinion:
        return f'Ask it open: "How do you judge whether {opinion["claim"]}? What has shown you that?"'
    first, _, tail = rest.partition(" ")
    subject = SUBJECT_PRONOUNS.get(first.lower())
    if subject and tail:
        verb = "" if aux.lower() in ("do", "did") else aux.lower() + " "
        return f'Ask it open: "How would you decide whether {subject} {verb}{tail}?"'
    return f'Ask it open: "{text.strip().rstrip("?")}, and why (or why not)? What would change your answer?"'


def _searchable(text):
    for pattern, message, template in SEARCHABLE:
        match = pattern.search(text)
        if not match:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v}
        x = groups.get("x") or groups.get("y")
        if pattern is SEARCHABLE[0][0] and (len(_words(x)) > 4 or OPINION_WORDS.search(x)):
            continue  # "What is your favourite ...", "What is the hardest part of ..." ask for experience
        fix = 'Look it up first, then ask about experience: "' + template.format(x=x, y=groups.get("y", "")) + '"'
        start, end = match.span()
        return _finding("question_searchable", "major", "A web search answers this: " + message, text, start, end, fix)
    return None
