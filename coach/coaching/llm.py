"""Real models through litellm: one JSON request per critique or draft, validated against a schema,
retried within a time budget, grounded in the draft's own text, and logged one row per call.

litellm is imported here and only on the first real call, so the built-in path never loads it.
Every failure ends in a `Reply` whose `error` says what happened in plain words; callers fall back
to the built-in coach and never turn a failure into a score.

Outcomes logged per call: "ok" (valid answer on the first try), "retried" (valid answer after
an earlier failed call), "invalid" (not JSON, or not the schema), "timeout", "rate_limited" (429)
and "error" (anything else: connection refused, HTTP 5xx, a refused key).
"""

import email.utils
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import jsonschema

from .. import engine, store
from ..engine import edits
from ..engine.language import SLIP_CODES
from ..vocabulary import BODY_MAX, CONNECTION_NOTE_CHARS, NORMS, RUBRICS, SUBJECT_CHARS, SUBJECT_MAX, kind_phrase
from . import prompts

SEVERITIES = ("major", "minor", "praise")  # as the built-in coach grades its findings
MAX_FINDINGS = 12
TEXT_MAX = 2000  # a finding's problem, fix or summary: longer model text is cut, not trusted to be short
FALLBACK_PAUSE = 0.5  # seconds before retrying a 5xx or connection error, doubled each time

# An optional change for a finding, shown as a one-click edit only if it applies and helps (ground()). OpenAI's
# strict mode wants every property required, so the schema sent asks for it (null when there is none); answers
# are checked against the lenient copy, where providers that ignore response_format may leave it out.
EDIT_SCHEMA = {
    "type": ["object", "null"],
    "properties": {
        "field": {"type": ["string", "null"], "enum": ["subject", "body", None]},
        "start": {"type": ["integer", "null"]},
        "end": {"type": ["integer", "null"]},
        "replacement": {"type": "string"},
    },
    "required": ["field", "start", "end", "replacement"],
    "additionalProperties": False,
}


def _critique_schema(strict):
    """The critique answer's schema: as sent (`strict`, every property required) or as accepted."""
    edit = EDIT_SCHEMA if strict else {**EDIT_SCHEMA, "required": ["replacement"]}
    required = ["rubric", "severity", "quote", "problem", "fix"] + (["edit"] if strict else [])
    return {
        "type": "object",
        "properties": {
            "findings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "rubric": {"type": "string", "enum": list(RUBRICS)},
                        "severity": {"type": "string", "enum": list(SEVERITIES)},
                        "quote": {"type": "string"},
                        "problem": {"type": "string"},
                        "fix": {"type": "string"},
                        "edit": edit,
                    },
                    "required": required,
                    "additionalProperties": False,
                },
            },
            "summary": {"type": "string"},
            "scores": {
                "type": "object",
                "properties": {r: {"type": "integer", "enum": [1, 2, 3, 4, 5]} for r in RUBRICS},
                "required": list(RUBRICS),
                "additionalProperties": False,
            },
        },
        "required": ["findings", "summary", "scores"],
        "additionalProperties": False,
    }


# Sent as response_format and checked again here: some providers (Ollama among them) ignore it.
# Only keywords OpenAI's strict mode accepts (enum, pattern; no minLength, no minimum).
# Findings come first and scores last: a model writes the properties in order, so its scores follow its analysis.
CRITIQUE_SCHEMA = _critique_schema(strict=True)
DRAFT_SCHEMA = {
    "type": "object",
    "properties": {"subject": {"type": "string", "pattern": r"\S"}, "body": {"type": "string", "pattern": r"\S"}},
    "required": ["subject", "body"],
    "additionalProperties": False,
}
# A follow-up or thank-you note is a message like a first draft: the same subject-and-body answer.
SCHEMAS = {"critique": CRITIQUE_SCHEMA, "draft": DRAFT_SCHEMA, "followup": DRAFT_SCHEMA}
ACCEPTED = {**SCHEMAS, "critique": _critique_schema(strict=False)}

# Built-in finding codes that state a measured fact the model should not contradict.
FACT_CODES = {
    "clear_ask": ("ask found", "yes"),
    "no_clear_ask": ("ask found", "no"),
    "time_bound": ("time bound found", "yes"),
    "no_time_bound": ("time bound found", "no"),
}


def _litellm():
    """Import litellm on first use, offline (its bundled price map) and quiet (no banners on stdout)."""
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    import litellm

    litellm.suppress_debug_info = True
    return litellm


@dataclass
class Reply:
    """What a model call produced: the validated answer, or the reason there is none."""

    data: dict | None
    call_id: int | None
    prompt_version: str
    cached: bool = False
    error: str | None = None


class _Failure(Exception):
    """One failed call: its logged outcome, a plain-words message, and whether trying again can help."""

    def __init__(self, outcome, message, retryable=True, wait=None, response=None, detail=None):
        super().__init__(message)
        self.outcome, self.message, self.retryable = outcome, message, retryable
        self.wait, self.response, self.detail = wait, response, detail
        self.call_id = None


class Model:
    """A configured model (COACH_MODEL, COACH_API_BASE, time-out, retries) and where its calls are logged."""

    def __init__(self, config, db=None, user_id=None, transport=None):
        self.name = config["COACH_MODEL"]
        self.transport = transport or LiteLLMTransport()
        self.api_base = config.get("COACH_API_BASE")
        self.timeout = float(config.get("COACH_MODEL_TIMEOUT") or 60)
        self.retries = max(0, int(config.get("COACH_MODEL_RETRIES", 2)))
        self.db, self.user_id = db, user_id

    def ask(self, prompt_name, variables, cache_payload, revision_id=None, force=False):
        """Ask for the JSON answer `prompt_name`'s schema describes; served from the log when unchanged."""
        prompt = prompts.render(prompt_name, **variables)
        version = prompts.version(prompt_name)
        key = self._input_hash(prompt_name, version, cache_payload)
        cached = None if force or self.db is None else store.cached_model_call(self.db, key, self.user_id)
        if cached:
            return Reply(json.loads(cached["response_json"]), cached["id"], version, cached=True)
        log = {
            "model": self.name,
            "prompt_name": prompt_name,
            "prompt_version": version,
            "input_hash": key,
            "revision_id": revision_id,
            "user_id": self.user_id,
        }
        return self._exchange(prompt_name, prompt, log)

    def _input_hash(self, prompt_name, version, payload):
        material = {
            "model": self.name,
            "api_base": self.api_base,
            "prompt": prompt_name,
            "version": version,
            "input": payload,
        }
        return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def _exchange(self, prompt_name, prompt, log):
        """Call, validate and retry until a valid answer, a final failure, or the time budget runs out.

        COACH_MODEL_RETRIES counts every extra call, whatever the reason; an invalid answer is
        asked again once, with the validation error, and a 429 waits as long as Retry-After says.
        """
        self.transport.prepare()  # litellm's first import takes seconds: not the model's time, so not the budget's
        deadline = time.monotonic() + (self.retries + 1) * self.timeout
        messages = [{"role": "user", "content": prompt}]
        calls, invalid, failure = 0, 0, None
        while True:
            calls += 1
            try:
                data, call_id = self._call(
                    prompt_name, messages, min(self.timeout, deadline - time.monotonic()), log, calls
                )
                return Reply(data, call_id, log["prompt_version"])
            except _Failure as exc:
                failure = exc
            wait, error = self._next_step(failure, calls, deadline, invalid)
            if failure.outcome == "invalid":
                invalid += 1
                messages = messages[:1] + [
                    {"role": "assistant", "content": failure.response or ""},
                    {
                        "role": "user",
                        "content": f"That answer could not be used: {failure.detail}. "
                        "Answer again with only the JSON object the schema describes.",
                    },
                ]
            if error:
                return Reply(None, failure.call_id, log["prompt_version"], error=error)
            time.sleep(wait)

    def _next_step(self, failure, calls, deadline, invalid):
        """Decide after a failed call: (seconds to wait, None) to try again, or (None, final message)."""
        left = deadline - time.monotonic()
        if failure.outcome == "invalid":
            final = f"{failure.message} twice" if invalid else failure.message
            return (
                (0, None) if failure.retryable and calls <= self.retries and not invalid and left > 1 else (None, final)
            )
        tries = "" if calls == 1 else f" ({calls} tries)"
        # A time-out has already waited long enough; other failures back off, a 429 as long as it asks.
        wait = (
            0
            if failure.outcome == "timeout"
            else failure.wait
            if failure.wait is not None
            else FALLBACK_PAUSE * 2 ** (calls - 1)
        )
        if failure.outcome == "rate_limited" and failure.wait is not None and wait + 0.1 >= left:
            return None, (
                f"The model is rate-limiting us (429): it asked us to wait {failure.wait:g} s, "
                f"longer than the {max(left, 0):.0f} s left"
            )
        if not failure.retryable or calls > self.retries or wait + 0.1 >= left:
            return None, failure.message + tries
        return wait, None

    def _call(self, prompt_name, messages, timeout, log, number):
        """Make one request and log it; return (answer, call id) or raise _Failure (with its call id)."""
        options = {
            "timeout": round(timeout, 3),
            "api_base": _public_url(self.api_base),
            "call": number,
            "schema": prompt_name,
        }
        started = time.monotonic()
        record = {**log, "prompt": messages[-1]["content"], "options_json": json.dumps(options)}
        try:
            text, usage = self.transport.complete(self, messages, timeout, prompt_name)
            record.update(usage, response=text)
            data = _validate(text, ACCEPTED[prompt_name])
        except _Failure as exc:
            exc.call_id = self._log(record, started, exc.outcome, exc.detail)
            raise
        record["response_json"] = json.dumps(data, ensure_ascii=False)
        return data, self._log(record, started, "ok" if number == 1 else "retried", None)

    def _log(self, record, started, outcome, error):
        record = {
            **record,
            "duration_ms": round((time.monotonic() - started) * 1000),
            "outcome": outcome,
            "error": error,
        }
        return store.insert_model_call(self.db, record) if self.db is not None else None


class LiteLLMTransport:
    """The real HTTP path: one litellm completion asking for the prompt's JSON schema."""

    def prepare(self):
        """Import litellm before the time budget starts."""
        _litellm()

    def complete(self, model, messages, timeout, prompt_name):
        """Return (answer text, usage fields) or raise a plain-words _Failure."""
        litellm = _litellm()
        try:
            response = litellm.completion(
                model=model.name,
                messages=messages,
                api_base=model.api_base,
                timeout=timeout,
                num_retries=0,
                max_retries=0,  # we retry here, within the budget; no hidden layer retries too
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": prompt_name, "schema": SCHEMAS[prompt_name], "strict": True},
                },
            )
            return response.choices[0].message.content or "", _usage(litellm, response)
        except Exception as exc:  # every provider error becomes a plain-words failure, never a crash
            failure = _classify(litellm, exc, model.timeout, model.api_base)
            failure.detail = f"{failure.message} [{_scrub(exc)}]"
            raise failure from None


def _usage(litellm, response):
    usage = getattr(response, "usage", None)
    try:
        cost = litellm.completion_cost(completion_response=response)
    except Exception:  # unknown model or price: the cost is unknown, not zero
        cost = None
    return {
        "input_tokens": getattr(usage, "prompt_tokens", None),
        "output_tokens": getattr(usage, "completion_tokens", None),
        "cost": cost,
    }


def _validate(text, schema):
    """Parse the model's text as JSON and check it against the schema; raise an 'invalid' _Failure."""
    cleaned = re.sub(r"^\s*```(?:json)?\s*|\s*```\s*$", "", text)  # a fenced answer is still an answer
    try:
        data = json.loads(cleaned)
    except ValueError as exc:
        raise _Failure(
            "invalid", "The model's answer was not valid JSON", response=text, detail=f"it was not valid JSON ({exc})"
        ) from None
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "the answer"
        raise _Failure(
            "invalid",
            "The model's answer was not in the expected format",
            response=text,
            detail=f"it did not match the schema at {where}: {exc.message[:200]}",
        ) from None
    return data


def _classify(litellm, exc, timeout, api_base):
    """Turn a litellm exception into a _Failure with a message a mentee can read."""
    status = getattr(exc, "status_code", None)
    if isinstance(exc, litellm.Timeout):
        return _Failure("timeout", f"The model did not answer within {timeout:g} s")
    if isinstance(exc, litellm.RateLimitError):
        return _Failure(
            "rate_limited",
            "The model is rate-limiting us (429) and did not recover in time",
            wait=_wait_the_server_asked(exc),
        )
    if "Missing credentials" in str(exc) or "api_key" in str(exc) and "must be set" in str(exc):
        return _Failure(
            "error",
            "The model has no API key: set the provider's key (e.g. OPENAI_API_KEY) in the server's environment",
            retryable=False,
        )
    if isinstance(exc, (litellm.AuthenticationError, litellm.PermissionDeniedError)):
        return _Failure(
            "error",
            f"The model's provider refused the API key (HTTP {status}): check the key in the server's environment",
            retryable=False,
        )
    if isinstance(exc, (litellm.BadRequestError, litellm.NotFoundError)):
        return _Failure(
            "error",
            f"The model's provider rejected the request (HTTP {status}): check COACH_MODEL and COACH_API_BASE",
            retryable=False,
        )
    if isinstance(exc, litellm.APIConnectionError) or "Connection error" in str(exc):
        where = _public_url(api_base) or "its provider"
        return _Failure("error", f"Could not reach the model at {where}")
    if status:
        return _Failure("error", f"The model's server failed (HTTP {status})")
    return _Failure("error", f"The model call failed ({type(exc).__name__})")


def _wait_the_server_asked(exc):
    """Seconds the server asked us to wait (Retry-After as seconds or an HTTP date), or None."""
    headers = (
        getattr(exc, "litellm_response_headers", None) or getattr(getattr(exc, "response", None), "headers", None) or {}
    )
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _public_url(url):
    """The URL without any user:password part, fit for the log."""
    if not url:
        return url
    parts = urlsplit(url)
    return (
        urlunsplit(parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else "")))
        if parts.hostname
        else url
    )


def _scrub(exc):
    """An exception's text, cut short, with any secret from the environment blanked out."""
    text = str(exc)[:300]
    for name, value in os.environ.items():
        if value and len(value) >= 8 and re.search(r"KEY|TOKEN|SECRET|PASSWORD", name):
            text = text.replace(value, "[redacted]")
    return text


# Critiques and drafts ---------------------------------------------------------------------------


def prompt_context(context):
    """The context as the prompts read it: every field present, as text."""
    context = context if isinstance(context, dict) else {}

    def part(name, keys):
        values = context.get(name) if isinstance(context.get(name), dict) else {}
        return {k: _text(values.get(k)) for k in keys}

    ask = context.get("ask")
    return {
        "mentor": part("mentor", ("name", "role", "research", "connection_points", "found_via")),
        "mentee": part("mentee", ("name", "background", "offer", "skills", "projects", "value_proposition")),
        "ask": part("ask", ("topic", "minutes", "format"))
        if isinstance(ask, dict) or ask is None
        else {"topic": _text(ask), "minutes": "", "format": ""},
        # Follow-ups and thank-you notes (prompts/followup.j2) also read these.
        "kind": _text(context.get("kind")) or "first",
        "previous": part("previous", ("subject", "sent_on")),
        "note": {**part("note", ("update",)), "number": _note_number(context)},
    }


def _note_number(context):
    note = context.get("note") if isinstance(context.get("note"), dict) else {}
    number = note.get("number")
    return number if isinstance(number, int) and not isinstance(number, bool) else 1


def _text(value):
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value)
    return str(value).strip()


def measured_facts(builtin):
    """The built-in critique's measurements as label -> value, for the critique prompt."""
    facts = {key.replace("_", " "): value for key, value in (builtin.get("stats") or {}).items()}
    for finding in builtin.get("findings", []):
        if finding.get("code") in FACT_CODES:
            label, value = FACT_CODES[finding["code"]]
            facts[label] = value
    return facts


def length_norm(kind):
    """The lengths the built-in coach expects of this kind of message and its subject, as the prompts state them."""
    label, subject = kind_phrase(kind), f"at most {SUBJECT_CHARS} characters"
    if kind == "connection":
        return {"label": label, "range": f"at most {CONNECTION_NOTE_CHARS} characters", "subject": subject}
    norm = NORMS.get(kind, NORMS["first"])
    return {"label": label, "range": f"{norm.low}-{norm.high} words", "subject": subject}


def language_slips(builtin):
    """The built-in coach's language findings as {text, fix}, passed to the model as facts."""
    return [
        {"text": (f["evidence"] or {}).get("text", ""), "fix": f["fix"]}
        for f in builtin.get("findings", [])
        if f.get("code") in SLIP_CODES
    ]


def locate(quote, subject, body):
    """Find a quote in the body or subject (exactly, then ignoring case and white space); evidence or None."""
    quote = quote.strip()
    if not quote:
        return None
    fields = (("body", body), ("subject", subject))
    for field, text in fields:
        start = text.find(quote)
        if start >= 0:
            return {"field": field, "text": quote, "start": start, "end": start + len(quote)}
    loose = re.compile(r"\s+".join(re.escape(word) for word in quote.split()), re.IGNORECASE)
    for field, text in fields:
        match = loose.search(text)
        if match:
            return {"field": field, "text": match.group(0), "start": match.start(), "end": match.end()}
    return None


def ground(findings, subject, body, context=None, builtin=None):
    """Map the model's findings to the built-in shape; return (findings, quotes not found in the draft).

    A quote the draft does not contain is never shown: its finding is kept without evidence. A model's edit is
    kept only if it applies to the text and the built-in critique of the edited text holds (`accepted_edit`).
    """
    grounded, dropped = [], 0
    builtin = builtin or engine.critique(subject, body, context)
    for item in findings[:MAX_FINDINGS]:
        evidence = locate(item["quote"], subject, body)
        dropped += bool(item["quote"].strip()) and evidence is None
        finding = {
            "rubric": item["rubric"],
            "code": "model",
            "severity": item["severity"],
            "message": item["problem"][:TEXT_MAX],
            "evidence": evidence,
            "fix": item["fix"][:TEXT_MAX] or None,
        }
        change = accepted_edit(item.get("edit"), finding, subject, body, context, builtin)
        if change:
            finding["edit"] = change
        grounded.append(finding)
    return grounded, dropped


def accepted_edit(raw, finding, subject, body, context, builtin):
    """The model's edit as the engine's shape, or None: it must fit its field (or the located quote) and hold.

    Holding means the built-in critique of the edited message loses no score on the finding's rubric and
    gains no problem (language findings among them).
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("replacement"), str):
        return None
    change = edits.edit(raw.get("field"), raw.get("start"), raw.get("end"), raw["replacement"][:TEXT_MAX])
    evidence = finding["evidence"]
    if not edits.fits(change, subject, body):
        if evidence is None:
            return None
        change = edits.edit(evidence["field"], evidence["start"], evidence["end"], change["replacement"])
    if change["start"] == change["end"] and not change["replacement"]:
        return None
    after = engine.critique(*edits.apply(subject, body, change), context)
    return change if edits.holds({**finding, "edit": change}, builtin, after) else None


def critique(model, subject, body, context, revision_id=None, force=False):
    """The model's critique of a message; on any failure, the built-in critique with `model_error`."""
    builtin = engine.critique(subject, body, context)
    shaped = prompt_context(context)
    variables = {
        "subject": subject,
        "body": body,
        "context": shaped,
        "facts": measured_facts(builtin),
        "norm": length_norm(shaped["kind"]),
        "slips": language_slips(builtin),
    }
    reply = model.ask("critique", variables, {"subject": subject, "body": body, "context": context}, revision_id, force)
    labels = {
        "model": model.name,
        "prompt_version": reply.prompt_version,
        "model_call_id": reply.call_id,
        "cached": reply.cached,
    }
    if reply.data is None:
        return {**builtin, **labels, "model_error": f"{reply.error}."}  # engine "builtin" labels the fallback
    findings, dropped = ground(reply.data["findings"], subject, body, context, builtin)
    if not reply.cached and model.db is not None:
        store.set_quotes_dropped(model.db, reply.call_id, dropped)
    scores = {r: float(reply.data["scores"][r]) for r in RUBRICS}
    return {
        "scores": scores,
        "overall": round(sum(scores.values()) / len(scores), 1),
        "findings": findings,
        "summary": reply.data["summary"][:TEXT_MAX],
        "stats": builtin.get("stats", {}),
        "engine": "model",
        **labels,
        "model_error": None,
        "quotes_dropped": dropped,
    }


def draft(model, context, force=False, prompt_name="draft", fallback=engine.draft):
    """The model's message for a context (a first draft; with prompt "followup" a follow-up, thank-you
    note or progress update, by context["kind"]); on any failure, the built-in writer `fallback`'s, saying so."""
    builtin = fallback(context)
    shaped = prompt_context(context)
    reply = model.ask(
        prompt_name, {"context": shaped, "norm": length_norm(shaped["kind"])}, {"context": context}, force=force
    )
    labels = {"model": model.name, "prompt_version": reply.prompt_version, "cached": reply.cached}
    if reply.data is None:
        return {
            **builtin,
            **labels,
            "engine": "builtin",
            "model_error": f"{reply.error}. The built-in coach wrote this draft instead.",
        }
    body = re.sub(r"\r\n?", "\n", reply.data["body"]).strip()
    return {
        "subject": reply.data["subject"].strip()[:SUBJECT_MAX],
        "body": body[:BODY_MAX],
        "missing": builtin.get("missing", []),
        "engine": "model",
        **labels,
        "model_error": None,
    }
