import json
import subprocess
import sys

import click
from click.testing import CliRunner

from coach.cli import cli


def _commands(group):
    return [(name, command) for name, command in group.commands.items()]


def test_every_command_and_option_has_help_text():
    for name, command in _commands(cli):
        assert command.help, f"coach {name} has no help"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"coach {name} {param.opts} has no help"


def test_critique_prints_a_readable_critique():
    result = CliRunner().invoke(
        cli, ["critique", "-"], input="Quick question\n\nHi, can we talk?\n", catch_exceptions=False
    )
    assert result.exit_code == 0
    assert "Clarity" in result.output and "Overall" in result.output


def test_critique_jsonl_keeps_order_and_reports_bad_lines():
    lines = "\n".join(
        [
            json.dumps({"subject": "a", "body": "one"}),
            "not json",
            json.dumps({"subject": "b", "body": 5}),
            json.dumps({"subject": "c", "body": "three"}),
        ]
    )
    result = CliRunner().invoke(cli, ["critique", "--jsonl", "-"], input=lines + "\n", catch_exceptions=False)
    out = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert len(out) == 4
    assert "scores" in out[0] and "scores" in out[3]
    assert out[1]["error"]["line"] == 2
    assert "string" in out[2]["error"]["message"]


def test_python_dash_m_coach_is_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "coach", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "critique" in result.stdout and "serve" in result.stdout


def test_migrate_command_applies_then_reports_up_to_date(tmp_path):
    path = str(tmp_path / "cli.db")
    first = CliRunner().invoke(cli, ["migrate", "--database", path], catch_exceptions=False)
    second = CliRunner().invoke(cli, ["migrate", "--database", path], catch_exceptions=False)
    assert "applied 001_users_profiles_mentors" in first.output
    assert "database is up to date" in second.output


def test_critique_checks_the_message_against_a_context_file(tmp_path):
    context = tmp_path / "context.json"
    context.write_text(json.dumps({"mentor": {"name": "Kenji Watanabe"}}))
    message = "A 20-minute question\n\nHi Sofia,\n\nWould you have 20 minutes for a call?\n\nThanks,\nAna\n"
    with_context = CliRunner().invoke(
        cli, ["critique", "--json", "--context", str(context), "-"], input=message, catch_exceptions=False
    )
    without = CliRunner().invoke(cli, ["critique", "--json", "-"], input=message, catch_exceptions=False)
    codes = {f["code"] for f in json.loads(with_context.output)["findings"]}
    assert "wrong_name" in codes
    assert "wrong_name" not in {f["code"] for f in json.loads(without.output)["findings"]}


def test_a_bad_context_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "context.json"
    bad.write_text("{not json")
    result = CliRunner().invoke(cli, ["critique", "--context", str(bad), "-"], input="s\n\nb\n")
    assert result.exit_code != 0 and "the context file is not valid JSON" in result.output


def test_critique_json_carries_the_edits_the_api_does():
    result = CliRunner().invoke(
        cli,
        ["critique", "--jsonl", "-"],
        catch_exceptions=False,
        input=json.dumps({"subject": "", "body": "Hi, can you basically help me?"}) + "\n",
    )
    finding = next(f for f in json.loads(result.output)["findings"] if f["code"] == "filler")
    edit = finding["edit"]
    assert (
        edit["field"] == "body"
        and "Hi, can you basically help me?"[: edit["start"]]
        + edit["replacement"]
        + "Hi, can you basically help me?"[edit["end"] :]
        == "Hi, can you help me?"
    )
