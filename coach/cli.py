"""The `coach` command line: serve the app, migrate the database, critique and draft messages in batches."""
import json
import os
import sys

import click

from . import engine

RUBRICS = ("clarity", "brevity", "value", "professionalism")


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
    os.execvp(sys.executable, [sys.executable, "-m", "gunicorn", "--config", conf,
                               "--bind", f"{host}:{port}", "coach:create_app()"])


@cli.command(name="migrate")
@click.option("--database", type=click.Path(dir_okay=False), default=None,
              help="Database file (default: $COACH_DATABASE, else instance/coach.db).")
def migrate_command(database):
    """Apply pending schema migrations and list what ran."""
    from .db import open_database, apply_migrations

    db = open_database(database or _default_database())
    applied = apply_migrations(db)
    for name in applied:
        click.echo(f"applied {name}")
    if not applied:
        click.echo("database is up to date")


def _default_database():
    from .config import load_config

    return load_config()["DATABASE"]


def _read_message(text):
    """Split 'subject, blank line, body' text into (subject, body)."""
    subject, _, body = text.partition("\n")
    return subject.strip(), body.lstrip("\n")


def _read_stdin_text(stream):
    """Decode bytes as UTF-8, replacing invalid sequences rather than crashing."""
    return stream.read().decode("utf-8", errors="replace")


@cli.command(name="critique")
@click.argument("source", default="-", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print the critique as JSON.")
@click.option("--jsonl", is_flag=True,
              help='Read one JSON object a line ({"subject", "body", "context"?}); write one critique a line.')
def critique_command(source, as_json, jsonl):
    """Critique a message: subject on the first line, a blank line, then the body (FILE or - for stdin)."""
    if jsonl:
        _run_jsonl(source, _critique_line)
        return
    subject, body = _read_message(_read_stdin_text(source))
    result = engine.critique(subject, body, None)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_critique(result))


@cli.command(name="draft")
@click.argument("source", default="-", type=click.File("rb"))
@click.option("--jsonl", is_flag=True, help='Read {"context"} lines; write {"subject", "body", "engine"} lines.')
def draft_command(source, jsonl):
    """Draft a first message from a JSON context (FILE or - for stdin)."""
    if jsonl:
        _run_jsonl(source, _draft_line)
        return
    try:
        context = json.loads(_read_stdin_text(source))
    except ValueError as exc:
        raise click.ClickException(f"the context is not valid JSON: {exc}")
    result = _draft_line({"context": context})
    click.echo(f"{result['subject']}\n\n{result['body']}")


def _critique_line(obj):
    subject, body, context = obj.get("subject", ""), obj.get("body", ""), obj.get("context") or None
    if not isinstance(subject, str) or not isinstance(body, str):
        raise ValueError("subject and body must be strings")
    if context is not None and not isinstance(context, dict):
        raise ValueError("context must be an object")
    return engine.critique(subject, body, context)


def _draft_line(obj):
    context = obj.get("context")
    if not isinstance(context, dict):
        raise ValueError('each line needs a "context" object')
    result = engine.draft(context)
    return {"subject": result["subject"], "body": result["body"], "engine": "builtin",
            "missing": result.get("missing", [])}


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
    lines = [f"Overall {result['overall']:.1f}/5"]
    for rubric in RUBRICS:
        score = result["scores"][rubric]
        lines.append(f"  {rubric.capitalize():<16}{score:.1f}  {'#' * round(score)}")
    stats = result.get("stats", {})
    if stats:
        lines.append("Measured: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in stats.items()))
    for finding in result.get("findings", []):
        lines.append(f"\n[{finding['severity']}] {finding['rubric']}: {finding['message']}")
        if finding.get("evidence"):
            lines.append(f"    {finding['evidence']['field']}: \"{finding['evidence']['text']}\"")
        if finding.get("fix"):
            lines.append(f"    Fix: {finding['fix']}")
    return "\n".join(lines)
