"""An independent check of built-in drafts for the faults issue 15 lists, written apart from the checker in
tests/test_drafts_clean.py (other rules, other product names) so that one checker's blind spot is not the other's.

`draft_faults(context, draft)` returns a list of named faults; `write(context)` runs the built-in writer for the
context's kind; `judge(context)` gives the draft, its faults, its language findings, the codes of any edits the
coach would still propose, and its scores.
"""

import re

from coach.engine import aftercare, critique, drafter, followup
from coach.engine.language import SLIP_CODES

# Words a statement cannot end on unless it was cut short ("... into PostgreSQL with.").
DANGLING = frozenset(
    "a an the of to with for and or but on in at by from into about than that your my our their "
    "its as onto via nor".split()
)
DOUBLED_BRACKET = re.compile(r"([(\[{])\s*\1|([)\]}])\s*\2")
DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.I)
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")
SLOT = re.compile(r"\[[^\]\n]*\]")
SUBJECT_WORDS = 9
# Names whose case the mentee fixed, none of which is also an everyday English word.
NAMES = (
    "PostgreSQL",
    "Kotlin",
    "Django",
    "Rails",
    "GitHub",
    "PGConf",
    "Android",
    "SQL",
    "SRE",
    "React",
    "Node.js",
    "Kubernetes",
    "TypeScript",
    "JavaScript",
    "Python",
    "Airflow",
    "Snowflake",
    "iOS",
    "CONTRIBUTING",
    "LinkedIn",
    "PyData",
    "DevOps",
    "CTF",
)
THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him|hers|himself|herself)\b", re.I)
TITLES = frozenset("dr dr. prof prof. professor mr mrs ms mx".split())
# The findings of the language layer (coach/engine/language.py): spelling, grammar and cut-off sentences.
LANGUAGE = SLIP_CODES | {"language_slips", "broken_sentence", "many_slips"}


def write(context):
    """The built-in draft for the context's kind."""
    kind = context["kind"]
    if kind == "first":
        return drafter.draft(context)
    return followup.draft(context) if kind == "followup" else aftercare.draft(kind, context)


def judge(context):
    """(draft, faults, language finding codes, codes of findings still carrying an edit, scores)."""
    draft = write(context)
    result = critique(draft["subject"], draft["body"], context)
    language = [f["code"] for f in result["findings"] if f["code"] in LANGUAGE]
    edits = [f["code"] for f in result["findings"] if f.get("edit")]
    return draft, draft_faults(context, draft), language, edits, result["scores"]


def draft_faults(context, draft):
    """Every fault of the issue's list in one draft."""
    subject, body = draft["subject"], draft["body"]
    lines = body.split("\n")
    after_greeting = "\n".join(lines[1:])
    return (
        _cut_off(subject, body)
        + _fragments(context, body)
        + _doubled(subject, body)
        + (["ISO date in the text"] if ISO_DATE.search(subject + " " + body) else [])
        + ([f"subject of {len(subject.split())} words"] if len(subject.split()) > SUBJECT_WORDS else [])
        + (["unfilled [slot]"] if SLOT.search(subject + body) else [])
        + _recased(context, subject + "\n" + body)
        + _about_the_mentor(context, after_greeting)
    )


def _cut_off(subject, body):
    found = []
    for sentence in re.split(r"(?<=[.!:;])\s+", body):
        words = re.findall(r"[\w']+", sentence)
        if sentence.rstrip().endswith((".", ":", ";")) and words and words[-1].lower() in DANGLING:
            found.append(f"statement ends on '{words[-1]}'")
    last = re.findall(r"[\w']+", subject)
    if last and last[-1].lower() in DANGLING:
        found.append(f"subject ends on '{last[-1]}'")
    return found


def _fragments(context, body):
    """A note's sentence quoted in part: a run of four or more of its words in the draft that stops before the
    sentence does, unless it stops at the end of a quoted title (runs the ask's topic also holds are the ask's)."""
    research = re.sub(r"\b(?:her|his)\b", "your", (context.get("mentor") or {}).get("research") or "", flags=re.I)
    text = " ".join(_words(body))
    ask = context.get("ask")
    topic = " ".join(_words(ask if isinstance(ask, str) else " ".join(_strings(ask or {}))))
    found = []
    for sentence in re.split(r"(?<=\.)\s+|;\s*", research):
        words = _words(sentence)
        for start in range(len(words)):
            run = _longest_run(words, start, text)
            quoted = " ".join(words[start : start + run])
            if (
                run >= 4
                and start + run < len(words)
                and not _ends_title(sentence, words[start + run - 1])
                and f" {quoted} " not in f" {topic} "
            ):
                found.append(f"note cut after '{quoted}'")
            if run >= 4:
                break
    return found


def _words(text):
    """Lower-case words, apostrophes inside a word kept ("monolith's"), quotation marks around one dropped."""
    return re.findall(r"\w(?:[\w.'’-]*\w)?", text.lower())


def _longest_run(words, start, text):
    run = 0
    while start + run < len(words) and f" {' '.join(words[start : start + run + 1])} " in f" {text} ":
        run += 1
    return run


def _ends_title(sentence, word):
    return bool(re.search(rf"\b{re.escape(word)}['’\"”]", sentence, re.I))


def _doubled(subject, body):
    found = ["doubled bracket"] if DOUBLED_BRACKET.search(subject + body) else []
    return found + [f"doubled word '{m.group(1)}'" for m in DOUBLED_WORD.finditer(subject + "\n" + body)]


def _recased(context, text):
    written = " ".join(str(v) for v in _strings(context))
    found = []
    for name in NAMES:
        pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)", re.I)
        allowed = set(pattern.findall(written))
        found += [f"'{used}' for '{name}'" for used in set(pattern.findall(text)) - allowed if allowed]
    return found


def _strings(value):
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _about_the_mentor(context, text):
    """The mentor spoken of, not to: their name or a third-person pronoun after the greeting line."""
    name = (context.get("mentor") or {}).get("name") or ""
    parts = [p for p in re.split(r"[\s-]+", name) if p.lower() not in TITLES and len(p) > 2]
    found = [f"names the mentor ('{p}') after the greeting" for p in parts if re.search(rf"\b{re.escape(p)}\b", text)]
    return found + [f"third person '{m.group()}'" for m in THIRD_PERSON.finditer(text)]
