"""The lexicon holds general phrasing, never a phrase lifted from a text the engine is measured on.

Every stretch of three or more words that a lexicon pattern would match verbatim is spelt out (expanding its
alternatives and optional parts) and looked for in the evaluation texts: in tests/data/*.jsonl and, when it is
beside this checkout, /work/shared/eval/*.jsonl. A pattern that spells out such a stretch was fitted to that text.
"""
import itertools
import json
import re
from pathlib import Path

try:  # Python 3.11+ names the regex parser re._parser; older versions sre_parse
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre
    import sre_parse

import pytest

from coach.engine import lexicon

ROOT = Path(__file__).resolve().parent
EVAL_FILES = sorted(ROOT.glob("data/*.jsonl")) + sorted((ROOT.parents[2] / "shared" / "eval").glob("*.jsonl"))
BREAK = "\x00"  # where a pattern stops being literal text (a wildcard, a class, a repeat)
MIN_WORDS = 3
MAX_EXPANSIONS = 5000
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def _expand(tree):
    """Every text the parsed pattern matches literally, with BREAK where it matches open-ended text."""
    texts = [""]
    for op, arg in tree:
        if op is sre.LITERAL:
            options = [chr(arg)]
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            options = [""]
        elif op is sre.SUBPATTERN:
            options = _expand(arg[-1])
        elif op is sre.BRANCH:
            options = [t for branch in arg[1] for t in _expand(branch)]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[:2] in ((0, 1), (1, 1)):
            options = ([""] if arg[0] == 0 else []) + _expand(arg[2])
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in arg) and len(arg) <= 3:
            options = [chr(c) for _, c in arg]
        else:
            options = [BREAK]
        texts = [a + b for a, b in itertools.islice(itertools.product(texts, options), MAX_EXPANSIONS)]
    return texts


def literal_stretches(pattern):
    """The stretches of MIN_WORDS or more words that `pattern` would match verbatim."""
    found = set()
    for text in _expand(sre_parse.parse(pattern.pattern, pattern.flags)):
        for part in text.split(BREAK):
            words = _WORDS.findall(part.replace("’", "'").lower())
            if len(words) >= MIN_WORDS:
                found.add(" ".join(words))
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
    """All text of the evaluation files, as words separated by single spaces."""
    chunks = []
    for path in EVAL_FILES:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    chunks += [" ".join(_WORDS.findall(s.replace("’", "'").lower())) for s in _strings(json.loads(line))]
    return " | ".join(chunks)


def lexicon_patterns():
    return {name: p for name, p in vars(lexicon).items() if isinstance(p, re.Pattern)}


def test_the_expansion_spells_out_alternatives_and_optional_words():
    pattern = re.compile(r"\b(?:i hope (?:this|my) (?:message|email) finds you[^.]*|in order to|if (?:you )?can)\b")
    assert literal_stretches(pattern) == {"i hope this message finds you", "i hope my message finds you",
                                          "i hope this email finds you", "i hope my email finds you",
                                          "in order to", "if you can"}


def test_the_check_would_catch_a_phrase_copied_from_an_evaluation_text():
    text = evaluation_text()
    sentence = next(chunk for chunk in text.split(" | ") if len(chunk.split()) >= 5)
    copied = re.compile(r"\b(?:" + " ".join(sentence.split()[:5]) + r")\b")
    assert any(f" {s} " in f" {text} " for s in literal_stretches(copied))


@pytest.mark.skipif(not EVAL_FILES, reason="no evaluation files")
def test_no_lexicon_phrase_of_three_or_more_words_appears_in_an_evaluation_text():
    text = f" {evaluation_text().replace(' | ', '  ')} "
    copied = {f"{name}: {s}" for name, p in lexicon_patterns().items() for s in literal_stretches(p)
              if f" {s} " in text}
    assert not copied, sorted(copied)
