"""The `coach` command line: serve the app, migrate the database, critique and draft messages in batches."""

import functools
import json
import os
import re
import sys

import click

from .vocabulary import NAME_MAX, RUBRICS


@click.group()
@click.version_option(package_name="outreach-coach")
def cli():
    """Outreach Coach: write the first message to a would-be mentor, and get it critiqued."""


@cli.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=None, help="Port to listen on (default: $PORT, else 5000).")
def serve(host, port):
    """Serve the app with gunicorn, as the Procfile does."""
    port = port or int(os.environ.get("PORT", "5000"))
    conf = os.path.join(os.path.dirname(__file__), "gunicorn_conf.py")
    click.echo(f"Outreach Coach on http://{host}:{port}", err=True)
    os.execvp(
        sys.executable,
        [sys.executable, "-m", "gunicorn", "--config", conf, "--bind", f"{host}:{port}", "coach:create_app()"],
    )


# The database every command opens: one option, one default, the same file the app serves.
database_option = click.option(
    "--database",
    type=click.Path(dir_okay=False),
    default=None,
    help="Database file (default: $COACH_DATABASE, else coach.db in the app's instance folder).",
)


@cli.command(name="migrate")
@database_option
def migrate_command(database):
    """Apply pending schema migrations and list what ran."""
    from .db import apply_migrations, open_database

    db = open_database(database or _default_database())
    applied = apply_migrations(db)
    for name in applied:
        click.echo(f"applied {name}")
    if not applied:
        click.echo("database is up to date")


def _default_database():
    """$COACH_DATABASE, else coach.db in the app's instance folder (made here if the app has not run yet)."""
    from .config import load_config

    path = load_config()["DATABASE"]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    return path


def _read_message(text):
    """Split 'subject, blank line, body' text into (subject, body)."""
    subject, _, body = text.partition("\n")
    return subject.strip(), body.lstrip("\n")


def _read_stdin_text(stream):
    """Decode bytes as UTF-8, replacing invalid sequences rather than crashing."""
    return stream.read().decode("utf-8", errors="replace")


def model_options(command):
    """Add --model, --api-base and --no-cache, the options of every command that may call a model."""
    options = [
        click.option(
            "--model",
            default=None,
            metavar="MODEL",
            help="A litellm model string for this run, e.g. openai/gpt-4o-mini, "
            "anthropic/claude-3-5-haiku-latest, ollama/llama3.1 (default: $COACH_MODEL, "
            "else the built-in coach).",
        ),
        click.option(
            "--api-base",
            default=None,
            metavar="URL",
            help="Base URL of an OpenAI-compatible server or LiteLLM proxy (default: $COACH_API_BASE).",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Call the model even when the log holds its answer for the same text, context, "
            "model and prompt version.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _backend(model, api_base):
    """The built-in coach, or the model named by --model/$COACH_MODEL, its calls logged in the database."""
    from .coaching.backends import get_backend
    from .config import load_config

    if not (model or os.environ.get("COACH_MODEL")):
        return get_backend({})  # the built-in coach reads no setting; load_config finds the instance folder via Flask
    config = load_config()
    config["COACH_MODEL"] = model or config["COACH_MODEL"]
    config["COACH_API_BASE"] = api_base or config["COACH_API_BASE"]
    return get_backend(config, _open_migrated(config["DATABASE"]))


@cli.command(name="critique")
@click.argument("source", default="-", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print the critique as JSON.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Read one JSON object a line ({"subject", "body", "context"?}); write one critique a line.',
)
@click.option(
    "--context",
    "context_file",
    type=click.File("rb"),
    default=None,
    help="A JSON file of the context (mentor, mentee, ask) to check the message against.",
)
@model_options
def critique_command(source, as_json, jsonl, context_file, model, api_base, no_cache):
    """Critique a message: subject on the first line, a blank line, then the body (FILE or - for stdin).

    With a model, a failed call prints the built-in critique with "model_error" and the batch goes on.
    """
    critique = _critic(_backend(model, api_base), no_cache)
    if jsonl:
        _run_jsonl(source, functools.partial(_critique_line, critique))
        return
    subject, body = _read_message(_read_stdin_text(source))
    result = critique(subject, body, _read_context(context_file))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_critique(result))


def _read_context(context_file):
    """The --context file's JSON object, or None; a bad file is a clear error, not a traceback."""
    if context_file is None:
        return None
    try:
        context = json.loads(_read_stdin_text(context_file))
    except ValueError as exc:
        raise click.ClickException(f"the context file is not valid JSON: {exc}") from exc
    if not isinstance(context, dict):
        raise click.ClickException("the context file must hold a JSON object")
    return context


@cli.command(name="draft")
@click.argument("source", default="-", type=click.File("rb"))
@click.option("--jsonl", is_flag=True, help='Read {"context"} lines; write {"subject", "body", "engine"} lines.')
@model_options
def draft_command(source, jsonl, model, api_base, no_cache):
    """Draft a first message from a JSON context (FILE or - for stdin)."""
    backend = _backend(model, api_base)
    draft = functools.partial(backend.draft, force=no_cache)
    if jsonl:
        _run_jsonl(source, functools.partial(_draft_line, draft))
        return
    try:
        context = json.loads(_read_stdin_text(source))
    except ValueError as exc:
        raise click.ClickException(f"the context is not valid JSON: {exc}") from exc
    result = _draft_line(draft, {"context": context})
    if result.get("model_error"):
        click.echo(result["model_error"], err=True)
    click.echo(f"{result['subject']}\n\n{result['body']}")


def _critic(backend, no_cache):
    """The backend's critique function, forcing a fresh model call when --no-cache was given."""
    return functools.partial(backend.critique, force=no_cache)


def _critique_line(critique, obj):
    subject, body, context = obj.get("subject", ""), obj.get("body", ""), obj.get("context") or None
    if not isinstance(subject, str) or not isinstance(body, str):
        raise ValueError("subject and body must be strings")
    if context is not None and not isinstance(context, dict):
        raise ValueError("context must be an object")
    return critique(subject, body, context)


DRAFT_FIELDS = ("subject", "body", "engine", "missing", "model", "prompt_version", "cached", "model_error")


def _draft_line(draft, obj):
    context = obj.get("context")
    if not isinstance(context, dict):
        raise ValueError('each line needs a "context" object')
    result = draft(context)
    return {field: result[field] for field in DRAFT_FIELDS if field in result}


def _run_jsonl(source, handle):
    """Apply `handle` to each JSON line; a bad line yields an error line and the batch goes on."""
    lines = _read_stdin_text(source).splitlines()
    show_progress = sys.stderr.isatty() and len(lines) > 20
    with click.progressbar(lines, file=sys.stderr, label="critiquing") if show_progress else _nullbar(lines) as bar:
        for number, line in enumerate(bar, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("each line must be a JSON object")
                out = handle(obj)
            except ValueError as exc:
                out = {"error": {"line": number, "message": str(exc)}}
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class _nullbar:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


def format_critique(result):
    """Render a critique as readable text: scores, then findings with evidence and fixes."""
    lines = [f"Model error: {result['model_error']}"] if result.get("model_error") else []
    if result.get("engine") == "model":
        lines.append(
            f"Model {result['model']} (prompt {result['prompt_version']})"
            + (", from the log" if result.get("cached") else "")
        )
    lines.append(f"Overall {result['overall']:.1f}/5")
    for rubric in RUBRICS:
        score = result["scores"][rubric]
        lines.append(f"  {rubric.capitalize():<16}{score:.1f}  {'#' * round(score)}")
    if result.get("summary"):
        lines.append(result["summary"])
    stats = result.get("stats", {})
    if stats:
        lines.append("Measured: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.items()))
    for finding in result.get("findings", []):
        lines.append(f"\n[{finding['severity']}] {finding['rubric']}: {finding['message']}")
        if finding.get("evidence"):
            lines.append(f'    {finding["evidence"]["field"]}: "{finding["evidence"]["text"]}"')
        if finding.get("fix"):
            lines.append(f"    Fix: {finding['fix']}")
    return "\n".join(lines)


@cli.command(name="log")
@click.option(
    "-n",
    "--count",
    type=click.IntRange(1, 10_000),
    default=20,
    show_default=True,
    help="How many of the most recent model calls to list.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the calls as a JSON array, with the full prompt and response of each.",
)
@database_option
def log_command(count, as_json, database):
    """List recent model calls: when, model, prompt version, outcome, tokens, cost and duration."""
    from . import store

    calls = store.list_model_calls(_open_migrated(database), count)
    if as_json:
        click.echo(json.dumps(calls, ensure_ascii=False, indent=2))
        return
    if not calls:
        click.echo("No model calls logged yet.")
    for call in calls:
        click.echo(format_call(call))


def format_call(call):
    """One model call as a line: id, time, model, prompt@version, outcome, tokens, cost, duration, error."""
    tokens = (
        "no tokens" if call["input_tokens"] is None else f"{call['input_tokens']}+{call['output_tokens'] or 0} tokens"
    )
    cost = f"${call['cost']:.6f}" if call["cost"] is not None else "cost unknown"
    line = (
        f"#{call['id']} {call['datetime_utc']} {call['model']} {call['prompt_name']}@{call['prompt_version']} "
        f"{call['outcome']} {tokens} {cost} {call['duration_ms']} ms"
    )
    return line + (f"\n    {call['error']}" if call["error"] else "")


# Backups (issue 10) ---------------------------------------------------------------------------------


@cli.command(name="backup")
@click.argument("dest", type=click.Path(dir_okay=False))
@click.option(
    "--database",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Database file to copy (default: $COACH_DATABASE, else coach.db in the app's instance folder).",
)
def backup_command(dest, database):
    """Copy the database to DEST consistently while the app runs, with SQLite's online backup API."""
    from . import store
    from .db import BUSY_TIMEOUT_MS

    partial = dest + ".partial"  # a copy cut short never looks like a finished backup
    check, revisions = store.backup_database(database or _default_database(), partial, BUSY_TIMEOUT_MS)
    if check != "ok":
        os.remove(partial)
        raise click.ClickException(f"the copy failed its integrity check ({check}); nothing was written to {dest}")
    os.replace(partial, dest)
    click.echo(f"backed up {revisions} revision{'' if revisions == 1 else 's'} to {dest} (integrity ok)")


@cli.command(name="fake-model")
@click.option("--port", type=int, default=8765, show_default=True, help="Port on 127.0.0.1 (0 picks a free one).")
@click.option(
    "--fail-rate",
    type=float,
    default=0.0,
    show_default=True,
    help="Share of requests answered with a 500, a 429 or prose instead of JSON.",
)
@click.option("--hang-rate", type=float, default=0.0, show_default=True, help="Share of requests that hang.")
@click.option("--hang-seconds", type=float, default=120.0, show_default=True, help="How long a hang lasts.")
@click.option("--latency", type=float, default=0.0, show_default=True, help="Seconds before each good answer.")
def fake_model_command(port, fail_rate, hang_rate, hang_seconds, latency):
    """Serve an OpenAI-compatible fake model on 127.0.0.1, to try the real HTTP path with no key or network.

    Point the app at it with COACH_MODEL=openai/fake and COACH_API_BASE=http://127.0.0.1:PORT/v1.
    """
    from .coaching.fakemodel import serve

    serve(port, fail_rate, hang_rate, hang_seconds, latency, echo=lambda line: click.echo(line))


@cli.command(name="eval")
@click.argument("pairs_file", type=click.File("rb"))
@click.option(
    "--min-overall",
    type=float,
    default=0.85,
    show_default=True,
    help="Exit 1 if overall pairwise accuracy is below this.",
)
@click.option(
    "--min-each",
    type=float,
    default=0.75,
    show_default=True,
    help="Exit 1 if any rubric's pairwise accuracy is below this.",
)
@model_options
def eval_command(pairs_file, min_overall, min_each, model, api_base, no_cache):
    """Rank judgement pairs (JSONL of {"rubric", "context", "better", "worse"}) and report pairwise accuracy.

    With --model, the model's critique is measured the same way, so a course can check a model before
    trusting it; a pair whose model call failed is reported and counted as a miss.
    """
    from .engine.evaluate import pairwise_accuracy

    critic = _critic(_backend(model, api_base), no_cache)
    try:
        pairs = [json.loads(line) for line in _read_stdin_text(pairs_file).splitlines() if line.strip()]
        overall, per_rubric, misses = pairwise_accuracy(pairs, critic)
    except (ValueError, KeyError, TypeError) as exc:
        raise click.ClickException(f"cannot read the pairs: {exc!r}") from exc
    for miss in misses:
        if miss.get("error"):
            click.echo(f"missed {miss['id']} ({miss['rubric']}): the model call failed: {miss['error']}")
        else:
            click.echo(f"missed {miss['id']} ({miss['rubric']}): better {miss['better']} vs worse {miss['worse']}")
    failed = sum(1 for miss in misses if miss.get("error"))
    if failed:
        click.echo(
            f"{failed} of {len(pairs)} pair(s) could not be judged because a model call failed; each counts as a miss"
        )
    detail = " ".join(f"{rubric}={acc:.2f}" for rubric, acc in per_rubric.items())
    click.echo(f"pairwise accuracy {overall:.2f} over {len(pairs)} pairs ({detail})")
    if overall < min_overall or min(per_rubric.values(), default=0.0) < min_each:
        raise SystemExit(1)


# Instructors (issue 7) --------------------------------------------------------------------------


def _open_migrated(database):
    """Open the database (default: the app's), creating its folder and applying pending migrations so a fresh
    file works too."""
    from .db import apply_migrations, open_database

    path = database or _default_database()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    db = open_database(path)
    apply_migrations(db)
    return db


@cli.command(name="export")
@click.argument("cohort")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the CSV to this file (default: standard output).",
)
@database_option
def export_command(cohort, output, database):
    """Export a cohort's revisions as the CSV of the cohort page; COHORT is its id or invite code."""
    from . import store
    from .instructor import exports
    from .instructor.cohorts import normalise_code

    db = _open_migrated(database)
    found = (
        store.get_cohort(db, int(cohort)) if cohort.isdigit() else store.get_cohort_by_code(db, normalise_code(cohort))
    )
    if found is None:
        raise click.ClickException(f"no cohort with id or invite code {cohort!r}")
    chunks = exports.cohort_csv(db, found, found["instructor_id"])
    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            out.writelines(chunks)
        click.echo(f"wrote {output}", err=True)
    else:
        stream = sys.stdout.buffer  # bytes, so the UTF-8 BOM and CSV line endings arrive untouched
        for chunk in chunks:
            stream.write(chunk.encode("utf-8"))


@cli.command(name="create-instructor")
@click.option("--email", required=True, help="The instructor's email, used to sign in.")
@click.option("--name", required=True, help="The instructor's name, as mentees will see it.")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input (default: generate one and print it once).",
)
@database_option
def create_instructor_command(email, name, password_stdin, database):
    """Create an instructor account without the sign-up page, for setting up a course."""
    import secrets

    from .accounts import services as accounts

    name, email = name.strip(), email.strip()
    if not name or len(name) > NAME_MAX:
        raise click.ClickException(f"name is required, at most {NAME_MAX} characters" if name else "name is required")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email) or len(email) > 254:
        raise click.ClickException("email does not look like an email address")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not 8 <= len(password) <= 200:
            raise click.ClickException("the password must be 8 to 200 characters long")
    else:
        password = secrets.token_urlsafe(12)
    try:
        user_id = accounts.register(_open_migrated(database), name, email, password, "instructor")
    except accounts.AccountError as exc:
        raise click.ClickException(f"{exc.field} {exc}") from exc
    click.echo(f"created instructor {user_id}: {email}")
    if not password_stdin:
        click.echo(f"password (shown once): {password}")


@cli.command(name="seed-anchors")
@database_option
def seed_anchors_command(database):
    """Create the anchor drafts instructors score to calibrate, without opening the anchors page; safe to rerun."""
    from .instructor import calibration

    created = calibration.ensure_anchors(_open_migrated(database))
    total = len(calibration.ANCHORS)
    click.echo(
        f"created {created} anchor draft{'' if created == 1 else 's'}; {total - created} of {total} were already there"
    )


# Accounts (issue 18) ------------------------------------------------------------------------------


def _public_base(base_url):
    """The app's public address for links made here: --base-url, else $COACH_BASE_URL, else this machine."""
    from .config import load_config

    return (base_url or load_config()["COACH_BASE_URL"] or f"http://127.0.0.1:{os.environ.get('PORT', '5000')}").rstrip(
        "/"
    )


@cli.command(name="reset-link")
@click.argument("email")
@click.option(
    "--base-url",
    default=None,
    help="The app's public address for the link (default: $COACH_BASE_URL, else http://127.0.0.1:$PORT).",
)
@database_option
def reset_link_command(email, base_url, database):
    """Print a one-time password reset link for EMAIL (valid for an hour), for a course without mail."""
    from . import store
    from .accounts import services as accounts

    db = _open_migrated(database)
    user = store.get_user_by_email(db, email.strip())
    if not accounts.can_reset(user):
        raise click.ClickException(f"no account has the email {email.strip()!r}")
    click.echo(_public_base(base_url) + accounts.RESET_PATH.format(token=accounts.issue_reset(db, user["id"])))


@cli.command(name="export-user")
@click.argument("email")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="The zip file to write (default: outreach-coach-account-ID-DATE.zip here).",
)
@click.option(
    "--base-url",
    default=None,
    help="The app's public address for the portfolio's links (default: $COACH_BASE_URL, else http://127.0.0.1:$PORT).",
)
@database_option
def export_user_command(email, output, base_url, database):
    """Write everything the account with EMAIL owns to a zip, as its owner's /account/export does."""
    from . import create_app, store
    from .accounts import export as account_export
    from .portfolio.views import portfolio_link

    path = database or _default_database()
    db = _open_migrated(path)
    user = store.get_user_by_email(db, email.strip())
    if user is None:
        raise click.ClickException(f"no account has the email {email.strip()!r}")
    with create_app({"DATABASE": path}).test_request_context(base_url=_public_base(base_url)):
        body = account_export.export_zip(db, user, portfolio_link)
    output = output or account_export.filename(user)
    with open(output, "wb") as out:
        out.write(body)
    click.echo(f"wrote {output}")
