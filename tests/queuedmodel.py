"""An in-process model for tests, in the manner of Simon Willison's `llm` test suite (its MockModel): answers
are queued, each call takes the next one, and every call is recorded. No server, no HTTP, no litellm.

The `queued_model` fixture registers it as the transport of COACH_MODEL="queued" (coach.coaching.backends.TRANSPORTS):

    queued_model.queue({"subject": ..., "body": ...}, "not JSON", server_error(500))
    ...                                  # each call takes the next answer; with none left, a valid one
    queued_model.requests                # what each call was asked, oldest first

The whole model path runs as with a real model (prompt rendering, schema validation, retries, grounding, the
log and the cache); only the transport is in-process. What litellm does over HTTP (status codes, time-outs,
Retry-After, costs) is tested against coach/coaching/fakemodel.py, the OpenAI-compatible HTTP fake.
"""

import json
from collections import deque

from coach.coaching.fakemodel import GOOD_CRITIQUE, GOOD_DRAFT
from coach.coaching.llm import _Failure

NAME = "queued"


class QueuedTransport:
    """Answers each call with the next queued answer (a dict as JSON, a string as is) or raises a queued failure."""

    def __init__(self):
        self._queue = deque()
        self.requests = []  # {"prompt_name", "messages", "timeout"} per call

    def queue(self, *answers):
        """Script the next calls' answers, in order."""
        self._queue.extend(answers)

    def prepare(self):
        """Nothing to load."""

    def complete(self, model, messages, timeout, prompt_name):
        """Return (answer text, usage fields) as a provider would, or raise the queued failure."""
        self.requests.append({"prompt_name": prompt_name, "messages": messages, "timeout": timeout})
        answer = self._queue.popleft() if self._queue else default_answer(prompt_name)
        if isinstance(answer, _Failure):
            raise answer
        text = answer if isinstance(answer, str) else json.dumps(answer)
        # The HTTP fake's usage: 100 prompt tokens, one completion token a word; no price for a made-up model.
        return text, {"input_tokens": 100, "output_tokens": max(1, len(text.split())), "cost": None}


def default_answer(prompt_name):
    """A valid answer for the prompt's schema: a critique, or a message (draft, follow-up)."""
    return GOOD_CRITIQUE if prompt_name == "critique" else GOOD_DRAFT


def server_error(code=500):
    """A failed call as the litellm transport reports an HTTP error; retried at once (backing off is timed
    against the HTTP fake, in tests/test_models.py)."""
    return _Failure(
        "error",
        f"The model's server failed (HTTP {code})",
        wait=0,
        detail=f"The model's server failed (HTTP {code}) [queued failure]",
    )
