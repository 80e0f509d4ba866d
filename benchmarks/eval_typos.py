"""How many one-letter typing slips the spelling check finds, on clean tuning-half messages with one slip typed in.

usage: .venv/bin/python -m benchmarks.eval_typos [SEED]   (seed 1 when none is given)

For each clean message of the slip sets' tuning halves (odd ids), up to three of its common lower-case words (four
letters or more, a dictionary count of 1,000 or more, no technical term or name) each get one slip of every kind a
typist makes: two neighbours swapped, a letter dropped, a letter doubled, a double letter made single, a
neighbouring key struck instead or as well, a vowel changed. A slip that spells a dictionary word is skipped (that
is a confusion, not a typo). It prints, per kind, the share of slips the spelling check flags and the share it
corrects to the word meant. Held-out halves are never read.
"""

import random
import re
import sys
from collections import Counter

from coach.engine import language
from coach.engine.evaluate import half, load_jsonl
from coach.engine.techwords import AMBIGUOUS_NAMES, NAMES, TERMS

from .eval_real import DATA, SLIP_FILES

KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
WORDS_PER_MESSAGE = 3
COMMON = 1000


def clean_messages():
    """The distinct clean bodies of the slip sets' tuning halves."""
    bodies = [row["good"]["body"] for name in SLIP_FILES for row in half(load_jsonl(DATA / name), 1)]
    return list(dict.fromkeys(bodies))


def neighbours(letter):
    """The keys around `letter` on a QWERTY keyboard."""
    for r, row in enumerate(KEYBOARD):
        if letter in row:
            i = row.index(letter)
            return [
                KEYBOARD[rr][j]
                for rr in (r - 1, r, r + 1)
                if 0 <= rr < len(KEYBOARD)
                for j in (i - 1, i, i + 1)
                if 0 <= j < len(KEYBOARD[rr]) and KEYBOARD[rr][j] != letter
            ]
    return []


def slips(word, rng):
    """{kind: the word with one slip of that kind}, the first letter kept as typists mostly keep it."""
    n = len(word)
    out = {}
    i = rng.randrange(1, n - 1)
    out["swap"] = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    i = rng.randrange(1, n)
    out["drop"] = word[:i] + word[i + 1 :]
    i = rng.randrange(1, n)
    out["double"] = word[:i] + word[i] + word[i:]
    for kind, keep in (("wrong key", 1), ("extra key", 0)):
        i = rng.randrange(1, n)
        if neighbours(word[i]):
            out[kind] = word[:i] + rng.choice(neighbours(word[i])) + word[i + keep :]
    double = re.search(r"(.)\1", word)
    if double:
        out["undouble"] = word[: double.start()] + word[double.start() + 1 :]
    vowels = [k for k in range(1, n - 1) if word[k] in "aeiou"]
    if vowels:
        k = rng.choice(vowels)
        out["vowel"] = word[:k] + rng.choice([v for v in "aeiou" if v != word[k]]) + word[k + 1 :]
    return out


NAMED = TERMS | NAMES.keys() | AMBIGUOUS_NAMES.keys()


def candidates(text, frequency):
    """The words of `text` a slip is typed into: common, lower case, no term or name."""
    return [
        m
        for m in re.finditer(r"(?<![\w'’.-])[a-z]{4,}(?![\w'’-])", text)
        if frequency.get(m.group(), 0) >= COMMON and m.group() not in NAMED
    ]


def main(seed):
    rng = random.Random(seed)
    frequency = language._dictionary()
    tried, found, right = Counter(), Counter(), Counter()
    for text in clean_messages():
        words = candidates(text, frequency)
        for m in rng.sample(words, min(WORDS_PER_MESSAGE, len(words))):
            for kind, typed in slips(m.group(), rng).items():
                if typed in frequency:
                    continue
                slipped = text[: m.start()] + typed + text[m.end() :]
                at = [s for s in language.find_slips(slipped, "body") if s.start <= m.start() < s.end]
                tried[kind] += 1
                found[kind] += bool(at)
                right[kind] += any(s.replacement.lower() == m.group() for s in at)
    for kind in tried:
        print(line(kind, tried[kind], found[kind], right[kind]))
    print(line("all", sum(tried.values()), sum(found.values()), sum(right.values())))


def line(kind, tried, found, right):
    return f"{kind:10} n={tried:4}  flagged {found / tried:.2f}  corrected {right / tried:.2f}"


if __name__ == "__main__":
    main(int(sys.argv[1]) if sys.argv[1:] else 1)
