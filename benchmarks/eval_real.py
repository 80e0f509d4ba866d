"""How the built-in coach judges messages written apart from it, by id parity: odd ids tune, even ids are held out.

usage: .venv/bin/python benchmarks/eval_real.py [odd|even]   (both halves when no half is named; the authors held out
whole follow unless the odd half alone is named)
For each half it prints: pairwise accuracy on tests/data/real_pairs.jsonl, connection_notes.jsonl and the twelfth,
fourteenth, sixteenth to twenty-sixth, twenty-eighth, twenty-ninth, thirty-third, thirty-sixth, fortieth,
forty-fifth, fifty-sixth to fifty-eighth and sixty-third to eighty-fourth authors' pairs
(author12_pairs.jsonl ... author84_pairs.jsonl; the better message must score higher on the pair's rubric), the AUC of
the overall score of good against bad messages in real_singles.jsonl and the singles of authors 12, 14 to 26, 28, 29,
33, 36, 40, 45, 56 to 58 and 63 to 84 (all, and those of 40 words or more), the share of slip pairs (slip_pairs.jsonl,
slip_pairs_3.jsonl, the thirteenth, twenty-seventh, thirtieth, thirty-first, thirty-second, thirty-ninth, forty-first,
forty-second, forty-fourth, forty-sixth to forty-ninth, fiftieth to fifty-fifth and fifty-ninth to sixty-second
authors' author13_slips.jsonl ... author62_slips.jsonl, the forty-first, forty-fourth and sixty-second all
cut-offs) whose clean message scores higher, and the professionalism AUC of the top
against the bottom quartile of human politeness scores in politeness_dev.jsonl, politeness_requests.jsonl,
round2_politeness.jsonl, politeness_short.jsonl, politeness_author5.jsonl, politeness_author34.jsonl,
politeness_author37.jsonl and politeness_author38.jsonl, per
source (Wikipedia-style "wiki", Stack Exchange-style "se"), the share of the red-team sets' correct lines
(tests/data/redteam/correct.txt and
forum.txt, seven_correct.txt, confusables_correct.txt, cutoffs_correct.txt, verbforms_correct.txt,
agreement_correct.txt, cutoffs2_correct.txt, newchecks_correct.txt, author13_correct.txt, author27_correct.txt,
author30_correct.txt, author31_correct.txt, author32_correct.txt, author39_correct.txt, author41_correct.txt,
author42_correct.txt, author44_correct.txt, author46_correct.txt, author47_correct.txt, author48_correct.txt,
author49_correct.txt to author55_correct.txt, author59_correct.txt to author62_correct.txt and
confusables2_correct.txt, odd and even lines)
that raise a language slip, the share of the forty-third author's clean messages (author43_clean.jsonl) that do,
the share of the phrasing-breadth sentences (phrasing/phrasings.jsonl and
phrasings2.jsonl) whose category the coach recognises and of their look-alikes it flags, and the share of the
recall sets' slips
(tests/data/recall/slips.jsonl, weak.jsonl, seven.jsonl, confusables.jsonl, cutoffs.jsonl, verbforms.jsonl,
agreement.jsonl, cutoffs2.jsonl, confusables2.jsonl and probes.jsonl) caught. A missing file is skipped.
"""

import sys
from pathlib import Path

from coach.engine import critique
from coach.engine.evaluate import (
    catches_slip,
    context_of,
    half,
    language_slips,
    lines_of,
    load_jsonl,
    pairwise_accuracy,
    phrasing_rates,
    quartile_auc,
    singles_auc,
    slip_accuracy,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PAIR_FILES = (
    "real_pairs.jsonl",
    "connection_notes.jsonl",
    "author12_pairs.jsonl",
    "author14_pairs.jsonl",
    "author16_pairs.jsonl",
    "author17_pairs.jsonl",
    "author18_pairs.jsonl",
    "author19_pairs.jsonl",
    "author20_pairs.jsonl",
    "author21_pairs.jsonl",
    "author22_pairs.jsonl",
    "author23_pairs.jsonl",
    "author24_pairs.jsonl",
    "author25_pairs.jsonl",
    "author26_pairs.jsonl",
    "author28_pairs.jsonl",
    "author29_pairs.jsonl",
    "author33_pairs.jsonl",
    "author36_pairs.jsonl",
    "author40_pairs.jsonl",
    "author45_pairs.jsonl",
    "author56_pairs.jsonl",
    "author57_pairs.jsonl",
    "author58_pairs.jsonl",
    "author63_pairs.jsonl",
    "author64_pairs.jsonl",
    "author65_pairs.jsonl",
    "author66_pairs.jsonl",
    "author67_pairs.jsonl",
    "author68_pairs.jsonl",
    "author69_pairs.jsonl",
    "author70_pairs.jsonl",
    "author71_pairs.jsonl",
    "author72_pairs.jsonl",
    "author73_pairs.jsonl",
    "author74_pairs.jsonl",
    "author75_pairs.jsonl",
    "author76_pairs.jsonl",
    "author77_pairs.jsonl",
    "author78_pairs.jsonl",
    "author79_pairs.jsonl",
    "author80_pairs.jsonl",
    "author81_pairs.jsonl",
    "author82_pairs.jsonl",
    "author83_pairs.jsonl",
    "author84_pairs.jsonl",
)
SINGLES_FILES = (
    "real_singles.jsonl",
    "author12_singles.jsonl",
    "author14_singles.jsonl",
    "author15_singles.jsonl",
    "author16_singles.jsonl",
    "author17_singles.jsonl",
    "author18_singles.jsonl",
    "author19_singles.jsonl",
    "author20_singles.jsonl",
    "author21_singles.jsonl",
    "author22_singles.jsonl",
    "author23_singles.jsonl",
    "author24_singles.jsonl",
    "author25_singles.jsonl",
    "author26_singles.jsonl",
    "author28_singles.jsonl",
    "author29_singles.jsonl",
    "author33_singles.jsonl",
    "author36_singles.jsonl",
    "author40_singles.jsonl",
    "author45_singles.jsonl",
    "author56_singles.jsonl",
    "author57_singles.jsonl",
    "author58_singles.jsonl",
    "author63_singles.jsonl",
    "author64_singles.jsonl",
    "author65_singles.jsonl",
    "author66_singles.jsonl",
    "author67_singles.jsonl",
    "author68_singles.jsonl",
    "author69_singles.jsonl",
    "author70_singles.jsonl",
    "author71_singles.jsonl",
    "author72_singles.jsonl",
    "author73_singles.jsonl",
    "author74_singles.jsonl",
    "author75_singles.jsonl",
    "author76_singles.jsonl",
    "author77_singles.jsonl",
    "author78_singles.jsonl",
    "author79_singles.jsonl",
    "author80_singles.jsonl",
    "author81_singles.jsonl",
    "author82_singles.jsonl",
    "author83_singles.jsonl",
    "author84_singles.jsonl",
)
SLIP_FILES = (
    "slip_pairs.jsonl",
    "slip_pairs_3.jsonl",
    "author13_slips.jsonl",
    "author27_slips.jsonl",
    "author30_slips.jsonl",
    "author31_slips.jsonl",
    "author32_slips.jsonl",
    "author39_slips.jsonl",
    "author41_slips.jsonl",
    "author42_slips.jsonl",
    "author44_slips.jsonl",
    "author46_slips.jsonl",
    "author47_slips.jsonl",
    "author48_slips.jsonl",
    "author49_slips.jsonl",
    "author50_slips.jsonl",
    "author51_slips.jsonl",
    "author52_slips.jsonl",
    "author53_slips.jsonl",
    "author54_slips.jsonl",
    "author55_slips.jsonl",
    "author59_slips.jsonl",
    "author60_slips.jsonl",
    "author61_slips.jsonl",
    "author62_slips.jsonl",
)
POLITENESS_FILES = (
    "politeness_dev.jsonl",
    "politeness_requests.jsonl",
    "round2_politeness.jsonl",
    "politeness_short.jsonl",
    "politeness_author5.jsonl",
    "politeness_author34.jsonl",
    "politeness_author37.jsonl",
    "politeness_author38.jsonl",
)
REDTEAM = DATA / "redteam" / "correct.txt"
FORUM = DATA / "redteam" / "forum.txt"
NEAR_MISSES = DATA / "redteam" / "seven_correct.txt"
CONFUSABLES_CORRECT = DATA / "redteam" / "confusables_correct.txt"
CUTOFFS_CORRECT = DATA / "redteam" / "cutoffs_correct.txt"
VERBFORMS_CORRECT = DATA / "redteam" / "verbforms_correct.txt"
AGREEMENT_CORRECT = DATA / "redteam" / "agreement_correct.txt"
CUTOFFS2_CORRECT = DATA / "redteam" / "cutoffs2_correct.txt"
NEWCHECKS_CORRECT = DATA / "redteam" / "newchecks_correct.txt"
CONFUSABLES2_CORRECT = DATA / "redteam" / "confusables2_correct.txt"
AUTHOR13_CORRECT = DATA / "redteam" / "author13_correct.txt"
AUTHOR27_CORRECT = DATA / "redteam" / "author27_correct.txt"
AUTHOR30_CORRECT = DATA / "redteam" / "author30_correct.txt"
AUTHOR31_CORRECT = DATA / "redteam" / "author31_correct.txt"
AUTHOR32_CORRECT = DATA / "redteam" / "author32_correct.txt"
AUTHOR39_CORRECT = DATA / "redteam" / "author39_correct.txt"
AUTHOR41_CORRECT = DATA / "redteam" / "author41_correct.txt"
AUTHOR42_CORRECT = DATA / "redteam" / "author42_correct.txt"
AUTHOR44_CORRECT = DATA / "redteam" / "author44_correct.txt"
AUTHOR46_CORRECT = DATA / "redteam" / "author46_correct.txt"
AUTHOR47_CORRECT = DATA / "redteam" / "author47_correct.txt"
AUTHOR48_CORRECT = DATA / "redteam" / "author48_correct.txt"
AUTHOR49_CORRECT = DATA / "redteam" / "author49_correct.txt"
AUTHOR50_CORRECT = DATA / "redteam" / "author50_correct.txt"
AUTHOR51_CORRECT = DATA / "redteam" / "author51_correct.txt"
AUTHOR52_CORRECT = DATA / "redteam" / "author52_correct.txt"
AUTHOR53_CORRECT = DATA / "redteam" / "author53_correct.txt"
AUTHOR54_CORRECT = DATA / "redteam" / "author54_correct.txt"
AUTHOR55_CORRECT = DATA / "redteam" / "author55_correct.txt"
AUTHOR59_CORRECT = DATA / "redteam" / "author59_correct.txt"
AUTHOR60_CORRECT = DATA / "redteam" / "author60_correct.txt"
AUTHOR61_CORRECT = DATA / "redteam" / "author61_correct.txt"
AUTHOR62_CORRECT = DATA / "redteam" / "author62_correct.txt"
HALVES = (("odd", 1), ("even", 0))
LONG_WORDS = 40


def load(name):
    """Read one JSONL file from tests/data ([] when it is not there)."""
    return load_jsonl(DATA / name)


def figures(parity):
    """{label: value} for one half."""
    out = {}
    for name in PAIR_FILES:
        rows = half(load(name), parity)
        if rows:
            overall, per_rubric, misses = pairwise_accuracy(rows)
            out[f"pairs {name}"] = (overall, per_rubric, [m["id"] for m in misses])
    for name in SINGLES_FILES:
        singles = half(load(name), parity)
        if singles:
            out[f"singles auc {name}"] = singles_auc(singles)
            out[f"singles auc {name} {LONG_WORDS}+ words"] = singles_auc(singles, LONG_WORDS)
    for name in SLIP_FILES:
        slips = half(load(name), parity)
        if slips:
            out[f"slips {name}: clean higher"] = (slip_accuracy(slips), len(slips))
    for name in POLITENESS_FILES:
        rows = half(load(name), parity)
        for source in sorted({r.get("source", "?") for r in rows}):
            value, top, bottom = quartile_auc([r for r in rows if r.get("source", "?") == source])
            if top and bottom:  # a half may hold one source only, or one score
                out[f"politeness {name} {source}"] = (value, top, bottom)
    for name, label in (
        ("recall/slips.jsonl", "recall slips caught"),
        ("recall/weak.jsonl", "weak-kind slips caught"),
        ("recall/seven.jsonl", "seven-kind slips caught"),
        ("recall/confusables.jsonl", "confusable and agreement slips caught"),
        ("recall/cutoffs.jsonl", "cut-off slips caught"),
        ("recall/verbforms.jsonl", "agreement and verb-form slips caught"),
        ("recall/agreement.jsonl", "agreement in whole messages caught"),
        ("recall/cutoffs2.jsonl", "cut-offs in whole messages caught"),
        ("recall/confusables2.jsonl", "commonly confused words caught"),
        ("recall/probes.jsonl", "words dropped from sentences of our own caught"),
    ):
        recall = [r for r in load(name) if int(r["id"][2:]) % 2 == parity]
        if recall:
            out[label] = (sum(map(catches_slip, recall)) / len(recall), len(recall))
    for name, writer in (("phrasings.jsonl", "first"), ("phrasings2.jsonl", "second")):
        phrasing = half(load(f"phrasing/{name}"), parity)
        if phrasing:
            recognised, flagged, carries, near = phrasing_rates(phrasing)
            out[f"phrasing ({writer} writer): categories recognised"] = (recognised, carries)
            out[f"phrasing ({writer} writer): look-alikes flagged"] = (flagged, near)
    for path, label in (
        (REDTEAM, "red-team correct lines with a slip"),
        (FORUM, "forum lines with a slip"),
        (NEAR_MISSES, "near-miss correct lines with a slip"),
        (CONFUSABLES_CORRECT, "confusables correct lines with a slip"),
        (CUTOFFS_CORRECT, "cut-off look-alike lines with a slip"),
        (VERBFORMS_CORRECT, "verb-form look-alike lines with a slip"),
        (AGREEMENT_CORRECT, "agreement look-alike lines with a slip"),
        (CUTOFFS2_CORRECT, "cut-off look-alike lines (set 9) with a slip"),
        (CONFUSABLES2_CORRECT, "commonly confused words used rightly, with a slip"),
        (NEWCHECKS_CORRECT, "look-alikes of 1 Dec checks with a slip"),
        (AUTHOR13_CORRECT, "thirteenth author's look-alikes with a slip"),
        (AUTHOR27_CORRECT, "twenty-seventh author's look-alikes with a slip"),
        (AUTHOR30_CORRECT, "thirtieth author's look-alikes with a slip"),
        (AUTHOR31_CORRECT, "thirty-first author's look-alikes with a slip"),
        (AUTHOR32_CORRECT, "thirty-second author's look-alikes with a slip"),
        (AUTHOR39_CORRECT, "thirty-ninth author's look-alikes with a slip"),
        (AUTHOR41_CORRECT, "forty-first author's cut-off look-alikes with a slip"),
        (AUTHOR42_CORRECT, "forty-second author's look-alikes with a slip"),
        (AUTHOR44_CORRECT, "forty-fourth author's cut-off look-alikes with a slip"),
        (AUTHOR46_CORRECT, "forty-sixth author's look-alikes with a slip"),
        (AUTHOR47_CORRECT, "forty-seventh author's look-alikes with a slip"),
        (AUTHOR48_CORRECT, "forty-eighth author's look-alikes with a slip"),
        (AUTHOR49_CORRECT, "forty-ninth author's look-alikes with a slip"),
        (AUTHOR50_CORRECT, "fiftieth author's look-alikes with a slip"),
        (AUTHOR51_CORRECT, "fifty-first author's look-alikes with a slip"),
        (AUTHOR52_CORRECT, "fifty-second author's look-alikes with a slip"),
        (AUTHOR53_CORRECT, "fifty-third author's look-alikes with a slip"),
        (AUTHOR54_CORRECT, "fifty-fourth author's look-alikes with a slip"),
        (AUTHOR55_CORRECT, "fifty-fifth author's look-alikes with a slip"),
        (AUTHOR59_CORRECT, "fifty-ninth author's learner-grammar look-alikes with a slip"),
        (AUTHOR60_CORRECT, "sixtieth author's learner-grammar look-alikes with a slip"),
        (AUTHOR61_CORRECT, "sixty-first author's learner-grammar look-alikes with a slip"),
        (AUTHOR62_CORRECT, "sixty-second author's cut-off look-alikes with a slip"),
    ):
        lines = lines_of(path, parity)
        if lines:
            out[label] = (sum(1 for line in lines if flags_a_slip(line)) / len(lines), len(lines))
    clean = half(load("author43_clean.jsonl"), parity)
    if clean:
        flagged = sum(1 for r in clean if language_slips(critique(r["subject"], r["body"], context_of(r))))
        out["forty-third author's clean messages with a slip"] = (flagged / len(clean), len(clean))
    return out


def flags_a_slip(body):
    """Whether the coach finds a language slip in `body` (with a neutral subject)."""
    return bool(language_slips(critique("A question", body)))


def main(args):
    """Print the figures for each half (or the one named)."""
    for label, parity in HALVES:
        if args and label not in args:
            continue
        print(f"== {label} ids" + (" (tuning)" if parity else " (held out)"))
        for key, value in figures(parity).items():
            if key.startswith("pairs"):
                overall, per_rubric, misses = value
                detail = " ".join(f"{r}={a:.2f}" for r, a in per_rubric.items())
                print(f"  {key:42} {overall:.2f} ({detail}) misses: {' '.join(misses) or 'none'}")
            elif len(value) == 2:  # a share or an AUC, and how many it was taken over
                print(f"  {key:42} {value[0]:.2f} (n={value[1]})")
            else:
                print(f"  {key:42} {value[0]:.2f} (top {value[1]}, bottom {value[2]})")


# Sets by other authors, written apart from the engine and never tuned on: every row is held out.
OTHER_AUTHORS = (
    ("second author", "author2"),
    ("third author", "author3"),
    ("fourth author", "author4"),
    ("sixth author", "author6"),
    ("seventh author", "author7"),
    ("eighth author", "author8"),
    ("ninth author", "author9"),
    ("tenth author", "author10"),
    ("eleventh author", "author11"),
)


def other_author(title, prefix):
    """One other author's sets (pairs, singles, slips, politeness: whichever they wrote), all held out."""
    pairs, singles, slips, politeness = (
        load(f"{prefix}_{name}.jsonl") for name in ("pairs", "singles", "slips", "politeness")
    )
    if not (pairs or slips or politeness):
        return
    print(f"== {title} (all held out)")
    if pairs:
        overall, per_rubric, _ = pairwise_accuracy(pairs)
        print(f"  {'pairs':42} {overall:.2f} (" + " ".join(f"{r}={a:.2f}" for r, a in per_rubric.items()) + ")")
    if singles:
        print(f"  {'singles auc':42} {singles_auc(singles)[0]:.2f} (n={len(singles)})")
        print(f"  {'singles auc 40+ words':42} {singles_auc(singles, LONG_WORDS)[0]:.2f}")
    if slips:
        print(f"  {'slip pairs: clean scores higher':42} {slip_accuracy(slips):.2f} (n={len(slips)})")
    for source in sorted({r["source"] for r in politeness}):
        value, top, bottom = quartile_auc([r for r in politeness if r["source"] == source])
        print(f"  {'politeness ' + source:42} {value:.2f} (top {top}, bottom {bottom})")


if __name__ == "__main__":
    main(sys.argv[1:])
    if sys.argv[1:] != ["odd"]:  # the tuning half alone shows no held-out figure
        for title, prefix in OTHER_AUTHORS:
            other_author(title, prefix)
