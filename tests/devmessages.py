"""Every development message: both sides of each judgement or slip pair (with its context), each single message
and each bare politeness request, from tests/data/*.jsonl and, when it sits beside this checkout,
shared/eval/dev_pairs.jsonl."""

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
# shared/eval sits beside the main checkout (two levels up) or beside the folder of worktrees (three).
DEV_PAIRS = next(
    (
        p / "shared" / "eval" / "dev_pairs.jsonl"
        for p in Path(__file__).resolve().parents[2:4]
        if (p / "shared" / "eval" / "dev_pairs.jsonl").exists()
    ),
    None,
)


def dev_messages():
    """Yield (id, subject, body, context) for every development message."""
    paths = sorted(DATA.glob("*.jsonl")) + ([DEV_PAIRS] if DEV_PAIRS else [])
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                name = record.get("id") or f"{path.stem}:{number}"
                sides = [side for side in ("better", "worse", "good", "slipped") if side in record]
                for side in sides:
                    yield f"{name}/{side}", record[side]["subject"], record[side]["body"], record.get("context")
                if "body" in record:  # a single message labelled good or bad
                    yield name, record["subject"], record["body"], record.get("context") or None
                elif "text" in record:  # a bare politeness request
                    yield name, "", record["text"], None
