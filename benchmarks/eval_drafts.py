"""How clean the built-in drafts are: `python -m benchmarks.eval_drafts`.

For the development contexts (tests/draftcontexts.py) and those kept apart (tests/draftcontexts_heldout.py) it
prints how many drafts were checked, how many are clean (none of issue 15's faults by the independent check in
tests/draftfaults.py, no language finding, no edit left to propose, every rubric at its goal), and the lowest score
of each rubric per kind of message. Exits 1 if any draft is not clean.
"""

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import draftcontexts, draftcontexts_heldout  # noqa: E402
from tests.draftfaults import judge  # noqa: E402
from tests.test_drafts_clean import GOAL, goals  # noqa: E402

SETS = (("development", draftcontexts.contexts(240)), ("held out", draftcontexts_heldout.contexts(220)))


def summary(contexts):
    """(checked, clean, clean but below 4.3 where the notes name none of the mentor's work, {kind: {rubric: min}})."""
    clean = floored = 0
    lowest = defaultdict(dict)
    for context in contexts:
        _, faults, language, edits, scores = judge(context)
        goal = goals(context, scores)
        ok = not (faults or language or edits) and all(scores[r] >= goal[r] for r in scores)
        clean += ok
        floored += ok and any(s < GOAL for s in scores.values())
        for rubric, score in scores.items():
            lowest[context["kind"]][rubric] = min(score, lowest[context["kind"]].get(rubric, 5.0))
    return len(contexts), clean, floored, lowest


def main():
    """Print the counts for each set; exit 1 if a draft is not clean."""
    failed = False
    for name, contexts in SETS:
        checked, clean, floored, lowest = summary(contexts)
        failed |= clean < checked
        print(
            f"== {name}: {checked} drafts checked, {clean} clean "
            f"({floored} of them below {GOAL} on value only, their notes naming none of the mentor's work)"
        )
        for kind, scores in lowest.items():
            print(f"  {kind:9} lowest " + " ".join(f"{r}={s:.1f}" for r, s in scores.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
