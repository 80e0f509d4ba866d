"""One-click edits: for findings a concrete change resolves, the change itself, and a check that it helps.

An edit is {"field": "subject"|"body", "start", "end", "replacement"} (an insertion when start == end), in
code points of the field as the critique saw it. Each builder below writes a whole, grammatical change from the
message and the context, or returns None when it cannot: then the finding keeps its human fix and no edit.
An edit is offered only if it holds (`holds`): applied and critiqued again, the finding is gone from that place,
its rubric's score did not drop and no new problem appeared (language findings among them).
"""

import re

from .context import MINUTES
from .phrasing import offer_sentence, suggest_subject
from .professionalism import counterfactual, softened

# Intensifiers and hedges whose deletion leaves the sentence whole; the longer fillers ("I wanted to take a
# moment", "in good health and good spirits") go only when they are the whole sentence.
_DROPPABLE_WORDS = frozenset(
    (
        "just",
        "really",
        "basically",
        "actually",
        "totally",
        "honestly",
        "literally",
        "kind of",
        "sort of",
        "very",
        "extremely",
        "definitely",
        "quite",
        "simply",
        "like",
        "or so",
        "obviously",
        "clearly",
        "of course",
        "in fact",
        "asap",
        "a.s.a.p",
        "urgently",
        "immediately",
        "right away",
        "without delay",
        "maybe",
        "perhaps",
        "possibly",
        "potentially",
    )
)
_REPLACEMENTS = {
    "in order to": "to",
    "thank you very much in advance": "thank you in advance",
    "explain in some detail": "explain",
}
_SLANG = {
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "u": "you",
    "thx": "thanks",
    "pls": "please",
    "plz": "please",
    "lemme": "let me",
    "dunno": "don't know",
    "cuz": "because",
    "coz": "because",
    "r u": "are you",
    "ya": "you",
    "idk": "I don't know",
}
_ADVERB_HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|potentially)\b")
# A placeholder's words say whose name it holds: "[Mentor Name]", "{{mentor_first_name}}", "<your name>".
_SLOT_WORDS = re.compile(r"[a-z]+")
_THEIR_NAME = frozenset("mentor first last full name recipient their s".split())
_OWN_NAME = frozenset("your my sender first full name".split())
# "Like 20 minutes" is filler; "I'd like 20 minutes" is the ask itself.
_WANTING = re.compile(r"(?:['’]d|\bwould|\bi|\bwe|\bthey|\byou)\s*$", re.I)
_FIRST_LINE_NAME = re.compile(r"[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}[ \t]*,[ \t]*(?=\n)")
_QUOTE_MARK = re.compile(r"[\"“”]|(?<!\w)['‘]|['’](?!\w)")
_PROSE_START = re.compile(r"(?:^|[.!?][\"'”’)]*[ \t]+)$")
_NOT_PROSE = re.compile(r"^\s*(?:\d+[.)]|[-*•|>#])|`|://|\|")
_CLOSING_LIKE = re.compile(r"^[^\n]{1,30}[,.!]?$")
_SENTENCE_END = re.compile(r"[.!?]")


def edit(field, start, end, replacement):
    """The edit dict, in the shape findings carry."""
    return {"field": field, "start": start, "end": end, "replacement": replacement}


def apply(subject, body, change):
    """Return (subject, body) with `change` applied."""
    text = subject if change["field"] == "subject" else body
    new = text[: change["start"]] + change["replacement"] + text[change["end"] :]
    return (new, body) if change["field"] == "subject" else (subject, new)


def fits(change, subject, body):
    """Whether `change` is a well-formed edit whose range lies inside its field."""
    if not isinstance(change, dict) or change.get("field") not in ("subject", "body"):
        return False
    start, end, replacement = change.get("start"), change.get("end"), change.get("replacement")
    text = subject if change["field"] == "subject" else body
    return (
        isinstance(start, int)
        and isinstance(end, int)
        and not isinstance(start, bool)
        and not isinstance(end, bool)
        and isinstance(replacement, str)
        and 0 <= start <= end <= len(text)
    )


def attach(msg, ctx, findings):
    """Give each finding that a builder can resolve its edit (in place)."""
    for finding in findings:
        builder = BUILDERS.get(finding["code"])
        change = builder(msg, ctx, finding) if builder else None
        if change is not None:
            finding["edit"] = change


# Builders: (msg, ctx, finding) -> edit or None ---------------------------------------------------------


def _greeting(msg, ctx, finding):
    """Open with "Hi <first name>,"; a first line that is only a name ("Lars,") becomes that greeting."""
    where = len(msg.body) - len(msg.body.lstrip())
    line = f"Hi {ctx['mentor_first']}," if ctx["mentor_first"] else "Hello,"
    bare = _FIRST_LINE_NAME.match(msg.body, where)
    if bare:
        return edit("body", where, bare.end(), line) if ctx["mentor_first"] else None
    return edit("body", where, where, f"{line}\n\n")


def _greeting_name(msg, ctx, finding):
    if not ctx["mentor_first"] or not msg.greeting:
        return None
    greeting = msg.greeting
    rest_of_line = msg.body[greeting.end() :].split("\n", 1)[0]
    if greeting.group().rstrip()[-1:] not in ",!:." and rest_of_line.strip():  # "Hi [Name]," is the slot's to fill
        return None
    start = greeting.start() + len(greeting.group()) - len(greeting.group().lstrip())
    return edit("body", start, greeting.end(), f"Hi {ctx['mentor_first']},")


def _wrong_name(msg, ctx, finding):
    name = msg.greeting.group("name") if msg.greeting else None
    if not ctx["mentor_first"] or not name or name.strip(" .") != msg.greeting_name:  # a title stays the mentee's
        return None
    ev = finding["evidence"]
    return edit("body", ev["start"], ev["end"], ctx["mentor_first"])


def _sign_off(msg, ctx, finding):
    """End with "Best," and the mentee's name, unless the ending already has a closing the coach did not know."""
    if msg.signature:  # a name already closes the message: the sign-off goes above it
        above = msg.body[: msg.signature.start()].rstrip().rsplit("\n", 1)[-1].strip()
        if _CLOSING_LIKE.match(above) and len(above.split()) <= 3:  # "Saludos," or "Cheers." is one already
            return None
        return edit("body", msg.signature.start(), msg.signature.start(), "Best,\n")
    last_line = msg.body.rstrip().rsplit("\n", 1)[-1]
    if ctx["mentee_name"] and ctx["mentee_name"].split()[0].lower() in last_line.lower():  # "... Thanks, Sam"
        return None
    end = len(msg.body.rstrip())
    name = f"\n{ctx['mentee_name']}" if ctx["mentee_name"] else ""
    return edit("body", end, len(msg.body), f"\n\nBest,{name}\n")


def _subject(msg, ctx, finding):
    """A subject written from the planned topic; a subject from the body's own words would be a guess."""
    subject = suggest_subject(ctx["ask"])
    return edit("subject", 0, len(msg.subject), subject) if subject else None


def _deletion(msg, ctx, finding):
    """Delete a filler word or phrase and the space beside it; a few phrases have a shorter form instead."""
    ev = finding["evidence"]
    phrase = " ".join(ev["text"].lower().split())
    if phrase in _REPLACEMENTS:
        return edit("body", ev["start"], ev["end"], _same_case(ev["text"], _REPLACEMENTS[phrase]))
    if phrase == "like" and _WANTING.search(msg.body[: ev["start"]]) or _quoted(msg.body, ev["start"]):
        return None  # "I'd like 20 minutes" is the ask; a quoted title is theirs to keep as written
    if phrase in _DROPPABLE_WORDS:
        return _delete(msg.body, ev["start"], ev["end"])
    return _delete_sentence(msg, ev) if finding["code"] == "filler" else None


def _stacked(msg, ctx, finding):
    ev = finding["evidence"]
    m = _ADVERB_HEDGE.search(msg.folded, ev["start"], ev["end"])
    return _delete(msg.body, m.start(), m.end()) if m else None


def _can_you(msg, ctx, finding):
    ev = finding["evidence"]
    return edit("body", ev["start"], ev["end"], counterfactual(ev["text"]))


def _demand(msg, ctx, finding):
    ev = finding["evidence"]
    sentence = msg.sentence_at(ev["start"])
    if sentence is None or (sentence.start, sentence.end) != (ev["start"], ev["end"]):
        return None  # only a whole imperative sentence can be rewritten as a question
    better = softened(sentence.text)
    return edit("body", sentence.start, sentence.end, better) if better else None


def _please_first(msg, ctx, finding):
    sentence = msg.sentence_at(finding["evidence"]["start"])
    if sentence is None or sentence.start != finding["evidence"]["start"]:
        return None
    rest = sentence.text[len(finding["evidence"]["text"]) :].lstrip(" ,")
    better = softened(rest, please=True) if rest else None
    return edit("body", sentence.start, sentence.end, better) if better else None


def _direct_question(msg, ctx, finding):
    ev = finding["evidence"]
    return edit("body", ev["start"], ev["start"] + 1, "I'm curious: " + ev["text"][0].lower())


def _direct_start(msg, ctx, finding):
    ev = finding["evidence"]
    word = re.match(r"\w+", ev["text"])
    if not ev["text"][word.end() :].strip(" ,.!?"):  # "Now." alone: nothing would be left to start the sentence
        return None
    return _delete(msg.body, ev["start"], ev["start"] + word.end())


def _delete_whole_sentence(msg, ctx, finding):
    return _delete_sentence(msg, finding["evidence"])


def _placeholder(msg, ctx, finding):
    """Fill a name slot from the context: the mentee's own ("[Your Name]") or the mentor's ("[Mentor Name]")."""
    ev = finding["evidence"]
    words = set(_SLOT_WORDS.findall(ev["text"].lower().replace("_", " ")))
    value = ""
    if "name" in words and words & {"your", "my", "sender"} and words <= _OWN_NAME | {"sender"}:
        value = ctx["mentee_name"]
    elif words & {"name", "mentor", "recipient"} and words <= _THEIR_NAME:
        value = ctx["mentor_first"]
    return edit(ev["field"], ev["start"], ev["end"], value) if value else None


def _slang(msg, ctx, finding):
    ev = finding["evidence"]
    word = _SLANG.get(ev["text"].lower())
    return edit("body", ev["start"], ev["end"], _same_case(ev["text"], word)) if word else None


def _shouting(msg, ctx, finding):
    ev = finding["evidence"]
    if re.search(r"\w", ev["text"]):  # capitals: which words are names is not ours to guess
        return None
    return edit("body", ev["start"], ev["end"], "?" if "?" in ev["text"] else ".")


def _emoji(msg, ctx, finding):
    ev = finding["evidence"]
    return _delete(msg.body, ev["start"], ev["end"])


def _minutes(msg, ctx, finding):
    m = MINUTES.match(msg.body, finding["evidence"]["start"])
    planned = ctx["ask"]["minutes"]
    if not m or m.group("low") or not (m.group("n") or "").isdigit():
        return None
    return edit("body", m.start("n"), m.end("n"), str(planned))


def _offer(msg, ctx, finding):
    """The mentee's own recorded offer as a sentence, in place of a vague one or after the first ask."""
    if not ctx["offer"]:
        return None
    line = offer_sentence(ctx["offer"])
    ev = finding.get("evidence")
    if ev:
        return edit("body", ev["start"], ev["end"], line)
    if not msg.asks:
        return None
    where = msg.asks[0].end
    return edit("body", where, where, " " + line)


# Helpers ---------------------------------------------------------------------------------------------------


def _same_case(original, replacement):
    return replacement[0].upper() + replacement[1:] if original[:1].isupper() else replacement


def _quoted(text, pos):
    """Whether `pos` lies inside quotation marks on its line (an apostrophe inside a word is no quote mark)."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return len(_QUOTE_MARK.findall(line)) % 2 == 1


def _delete(text, start, end):
    """Delete text[start:end] with the spacing and punctuation around it left as a writer would."""
    at_start = start == 0 or not text[:start].strip() or bool(re.search(r"[.!?\n]\s*$", text[:start]))
    after = re.compile(r",?[ \t]*").match(text, end).end()
    if at_start:
        nxt = text[after : after + 1]
        if not nxt or nxt in ".!?":  # the word was the whole sentence
            return None
        if nxt.isalpha() and nxt.islower():
            return edit("body", start, after + 1, nxt.upper())
        return edit("body", start, after, "")
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if text[end : end + 1] == ",":  # "I am, honestly, sure" loses both commas; a comma that ends a clause stays ours
        return edit("body", before - 1, end + 1, "") if text[before - 1 : before] == "," else None
    if end < len(text) and text[end] in ".!?;:)":  # "... quite." keeps its full stop, loses the space
        return edit("body", before, end, "")
    return edit("body", start, after, "") if after > end else edit("body", before, end, "")


def _delete_sentence(msg, ev):
    """Delete the sentence `ev` covers, when it covers all of one (with its full stop), and one space beside it.

    Only a sentence of prose: not a list item, a line of code or a piece of a link, which the splitter may cut
    at a dot that ends no sentence.
    """
    sentence = msg.sentence_at(ev["start"])
    if sentence is None or _SENTENCE_END.sub("", msg.body[ev["end"] : sentence.end]).strip(" ,"):
        return None
    line_start = msg.body.rfind("\n", 0, sentence.start) + 1
    if (
        msg.body[sentence.start : ev["start"]].strip()
        or not _PROSE_START.search(msg.body[line_start : sentence.start])
        or _NOT_PROSE.search(msg.body[line_start : sentence.end])
    ):
        return None
    end = sentence.end
    spaces = re.compile(r"[ \t]*").match(msg.body, end).end()
    if spaces > end:
        return edit("body", sentence.start, spaces, "")
    start = sentence.start
    while start > 0 and msg.body[start - 1] in " \t":
        start -= 1
    return edit("body", start, end, "")


BUILDERS = {
    "no_greeting": _greeting,
    "greeting_without_name": _greeting_name,
    "wrong_name": _wrong_name,
    "no_sign_off": _sign_off,
    "missing_subject": _subject,
    "vague_subject": _subject,
    "subject_too_long": _subject,
    "filler": _deletion,
    "factuality": _deletion,
    "pressure": _deletion,
    "stacked_hedges": _stacked,
    "can_you": _can_you,
    "demand": _demand,
    "please_at_start": _please_first,
    "direct_question": _direct_question,
    "direct_start": _direct_start,
    "repeated_point": _delete_whole_sentence,
    "ask_in_aftercare": _delete_whole_sentence,
    "placeholder": _placeholder,
    "slang": _slang,
    "shouting": _shouting,
    "emoji": _emoji,
    "ask_minutes_mismatch": _minutes,
    "vague_offer": _offer,
    "pure_ask": _offer,
}


def holds(finding, before, after):
    """Whether the critique `after` the finding's edit shows it resolved: gone there, no score lost, nothing new."""
    rubric = finding["rubric"]
    if after["scores"][rubric] < before["scores"][rubric]:
        return False
    if finding["code"] != "model" and _still_there(finding, finding["edit"], after):
        return False
    return not _new_problems(before, after)


def _still_there(finding, change, after):
    """Whether the finding's code still shows where the edit went (anywhere, for a finding without a place)."""
    same = [f for f in after["findings"] if f["code"] == finding["code"]]
    if not finding.get("evidence"):
        return bool(same)
    low, high = change["start"], change["start"] + len(change["replacement"])
    for f in same:
        ev = f.get("evidence")
        if ev is None or ev["field"] != change["field"]:
            continue
        if (ev["start"] < high and ev["end"] > low) if high > low else ev["start"] < low < ev["end"]:
            return True
    return False


def _problem_counts(result):
    counts = {}
    for f in result["findings"]:
        if f["severity"] != "praise":
            counts[f["code"]] = counts.get(f["code"], 0) + 1
    return counts


def _new_problems(before, after):
    """Problem codes (language findings among them) found more often after the edit than before."""
    was = _problem_counts(before)
    return [code for code, n in _problem_counts(after).items() if n > was.get(code, 0)]
