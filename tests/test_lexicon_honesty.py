"""The lexicon holds general phrasing, never a phrase lifted from a text the engine is measured on.

A lexicon alternative is copied verbatim when it is written as plain words (no alternation, optional part or
open slot inside it) and those words appear in an evaluation text: tests/data/**/*.jsonl, and shared/eval/*.jsonl
when that folder is beside this checkout. Every alternative of three or more plain words is looked for, at any
depth of a pattern and in its exclusions too. A phrase that generalises (for example "i (?:need|want) you to")
is a rule a person wrote, not a sentence taken from a text. The few set formulas any request may use, named
in lexicon.GENERAL_FORMULAS, are exempt.
"""

import json
import re
from pathlib import Path

try:  # Python 3.11+ names the regex parser re._parser; older versions sre_parse
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre
    import sre_parse

from coach.engine import lexicon

REPO = Path(__file__).resolve().parents[1]
# CI lays shared/ beside the checkout; a helper's worktree sits one folder further down.
SHARED_EVAL = next(
    (p / "shared" / "eval" for p in (REPO.parent, REPO.parent.parent) if (p / "shared" / "eval").is_dir()), None
)
EVAL_FILES = sorted((REPO / "tests" / "data").rglob("*.jsonl")) + (
    sorted(SHARED_EVAL.glob("*.jsonl")) if SHARED_EVAL else []
)
MIN_WORDS = 3
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
_CONTAINERS = (sre.SUBPATTERN, sre.ASSERT, sre.ASSERT_NOT)


def _plain(items):
    """The words of a parsed sequence made only of literal characters (and word boundaries), else None."""
    if any(op not in (sre.LITERAL, sre.AT) for op, _ in items):
        return None
    return " ".join(_WORDS.findall("".join(chr(arg) for op, arg in items if op is sre.LITERAL).replace("’", "'")))


def _sequences(items):
    """Every parsed sequence in the pattern: the whole, each alternative, each group's and repeat's contents."""
    yield list(items)
    for op, arg in items:
        if op is sre.BRANCH:
            for branch in arg[1]:
                yield from _sequences(branch)
        elif op in _CONTAINERS:
            yield from _sequences(arg[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            yield from _sequences(arg[2])


def plain_alternatives(pattern):
    """The alternatives of `pattern` written as MIN_WORDS or more plain words, lower case."""
    found = set()
    for items in _sequences(sre_parse.parse(pattern.pattern, pattern.flags)):
        words = _plain(items)
        if words and len(words.split()) >= MIN_WORDS:
            found.add(words.lower())
    return found


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def evaluation_text():
    """All text of the evaluation files as lower-case words, one space apart, each text fenced by ' | '."""
    chunks = []
    for path in EVAL_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    chunks += [
                        " ".join(_WORDS.findall(s.replace("’", "'").lower())) for s in _strings(json.loads(line))
                    ]
    return " | " + " | ".join(chunks) + " | "


def copied(patterns, text):
    """{"NAME: phrase"} for each plain alternative of three or more words found in `text`."""
    return {
        f"{name}: {phrase}"
        for name, p in patterns.items()
        for phrase in plain_alternatives(p)
        if f" {phrase} " in text and phrase not in lexicon.GENERAL_FORMULAS
    }


def lexicon_patterns():
    return {name: p for name, p in vars(lexicon).items() if isinstance(p, re.Pattern)}


def test_plain_alternatives_are_found_at_any_depth_and_generalised_ones_are_not():
    pattern = re.compile(
        r"\b(?:in good health and good spirits|i hope (?:this|my) note finds you|"
        r"x(?! as one does)|(?:which is a tool)?|i (?:need|want) you to)\b"
    )
    assert plain_alternatives(pattern) == {"in good health and good spirits", "as one does", "which is a tool"}


def test_a_phrase_copied_from_an_evaluation_text_fails_the_check():
    text = evaluation_text()
    sentence = next(chunk for chunk in text.split(" | ") if len(chunk.split()) >= 6)
    lifted = re.compile(r"\b(?:" + " ".join(sentence.split()[1:5]) + r")\b")
    assert copied({"LIFTED": lifted}, text)


def test_general_formulas_are_short_and_used_by_the_lexicon():
    used = set().union(*(plain_alternatives(p) for p in lexicon_patterns().values()))
    assert all(len(f.split()) <= 4 for f in lexicon.GENERAL_FORMULAS) and used >= lexicon.GENERAL_FORMULAS


def test_no_lexicon_alternative_of_three_or_more_words_appears_in_an_evaluation_text():
    assert EVAL_FILES
    found = sorted(copied(lexicon_patterns(), evaluation_text()))
    assert not found, found  # the lexicon's phrases only: pytest would print the evaluation text of a call here
