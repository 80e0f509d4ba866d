"""The stub model (`COACH_MODEL=stub`): the whole model path with deterministic answers and no network.

A course adapting the prompts can try them offline: each prompt is rendered, the answer is checked
against the schema, quotes are grounded in the message, and every call is logged and cached, exactly as
with a real model. Only the answer is made up here, from the rendered prompt itself:

- a critique re-reads the message between the prompt's <subject> and <body> tags with the built-in
  coach and reports its findings as a model would (quotes copied from the message, scores 1-5);
- a draft or follow-up names the prompt it was given (its name, lines and first instruction), so a
  changed prompt shows up in the answer.
"""

import json
import re

from .. import engine

_SUBJECT = re.compile(r"<subject>(.*?)</subject>", re.S)
_BODY = re.compile(r"<body>\n?(.*?)\n?</body>", re.S)
_MENTOR_NAME = re.compile(r"^## The mentor\nName: (.+)$", re.M)
MAX_FINDINGS = 8


class StubTransport:
    """Answers each prompt deterministically from its own text; never fails, never waits."""

    def prepare(self):
        """Nothing to load."""

    def complete(self, model, messages, timeout, prompt_name):
        """Return (answer text, usage fields) for the last message's prompt."""
        prompt = messages[-1]["content"]
        answer = critique_answer(prompt) if prompt_name == "critique" else draft_answer(prompt, prompt_name)
        text = json.dumps(answer, ensure_ascii=False)
        return text, {"input_tokens": len(prompt.split()), "output_tokens": len(text.split()), "cost": 0.0}


def critique_answer(prompt):
    """The built-in coach's critique of the prompt's message, in the model's answer shape."""
    subject = _first(_SUBJECT, prompt)
    body = _first(_BODY, prompt)
    result = engine.critique(subject, body)
    findings = [
        {
            "rubric": f["rubric"],
            "severity": f["severity"],
            "quote": (f["evidence"] or {}).get("text", ""),
            "problem": f["message"],
            "fix": f["fix"] or "",
        }
        for f in result["findings"][:MAX_FINDINGS]
    ]
    scores = {rubric: int(round(score)) for rubric, score in result["scores"].items()}
    return {
        "findings": findings,
        "summary": "The stub model's critique: the built-in coach's findings, returned through the model path.",
        "scores": scores,
    }


def draft_answer(prompt, prompt_name):
    """A message that says which prompt produced it, addressed to the prompt's mentor."""
    lines = [line for line in prompt.splitlines() if line.strip()]
    name = _first(_MENTOR_NAME, prompt).strip()
    greeting = f"Hi {name.split()[0]}," if name and not name.startswith("(") else "Hello,"
    body = (
        f"{greeting}\n\nThis message was written by the stub model from the {prompt_name} prompt "
        f'({len(lines)} lines), whose first instruction reads: "{lines[0] if lines else ""}"\n\n'
        "Set COACH_MODEL to a real model for a real draft.\n\nBest,\nThe stub model"
    )
    return {"subject": f"Stub model answer to the {prompt_name} prompt", "body": body}


def _first(pattern, text):
    match = pattern.search(text)
    return match.group(1) if match else ""
