"""Stand-in drafter (replaced by the full engine)."""


def draft(context):
    """Return {"subject", "body", "missing"} for a context."""
    name = (context.get("mentor") or {}).get("name") or "there"
    return {"subject": "A short question", "body": f"Hi {name},\n\nThanks,\n", "missing": []}
