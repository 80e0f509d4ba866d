"""Edits proposed and held on every development message: `python -m benchmarks.bench_edits`.

For each message the builders in coach/engine/edits.py propose edits; each is applied and the message
critiqued again (coach/engine/verify.py). Prints how many were proposed, how many held, how many the engine
offers (only those that held) and whether every offered edit verifies again from outside the engine; exits 1
if any offered edit does not.
"""

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.engine import critique  # noqa: E402
from coach.engine.verify import held, verify  # noqa: E402
from tests.devmessages import dev_messages  # noqa: E402


def main():
    """Count proposals, holds and offers over the development messages; exit 1 if an offered edit fails."""
    started = time.perf_counter()
    messages = proposed = kept = offered = offered_ok = 0
    by_code = Counter()
    for _, subject, body, context in dev_messages():
        messages += 1
        n, ok = held(subject, body, context)
        proposed, kept = proposed + n, kept + ok
        result = critique(subject, body, context)
        for finding in result["findings"]:
            if "edit" in finding:
                offered += 1
                by_code[finding["code"]] += 1
                offered_ok += verify(subject, body, context, finding, before=result)
    print(f"{messages} development messages in {time.perf_counter() - started:.1f} s")
    print(f"edits proposed by the builders: {proposed}; held on re-critique: {kept} ({kept / max(proposed, 1):.0%})")
    print(f"edits the engine offers: {offered}; verified again from outside: {offered_ok}")
    print("offered by code: " + ", ".join(f"{code} {n}" for code, n in by_code.most_common()))
    return 0 if offered == offered_ok else 1


if __name__ == "__main__":
    sys.exit(main())
