"""The store is the one place that speaks SQL: every statement lives in coach/store/ (or a migration), and the
package's single import surface, coach.store, offers every public name of its submodules."""

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import coach
import coach.store

COACH = Path(coach.__file__).parent
ALLOWED = (COACH / "store", COACH / "migrations.py")

# A statement, not English: "select <columns> from", "insert into", "update <table> set", DDL, PRAGMA. A column
# list is comma-separated items (each maybe "as" an alias), so "Select a mentor from the list" is no statement.
_ITEM = r"[\w.*()?]+(\s+as\s+\w+)?"
SQL = re.compile(
    rf"\bselect\s+(distinct\s+)?{_ITEM}(\s*,\s*{_ITEM})*\s+from\b|\binsert\s+(or\s+\w+\s+)?into\b|"
    r"\bupdate\s+\[?\w+\]?\s+set\b|\bdelete\s+from\b|\b(create|drop|alter)\s+(table|index|trigger|view)\b|"
    r"\bpragma\s+\w+|\bbegin\s+immediate\b|\bsavepoint\b",
    re.IGNORECASE,
)
# Calls that run SQL on a connection or sqlite-utils Database, and db["table"] (a sqlite-utils table).
SQL_CALLS = {"execute", "executemany", "executescript", "query"}


def sql_outside_store(source, name):
    """The places in one module's source that speak SQL: (line, what) pairs."""
    found = []
    tree = ast.parse(source, name)
    # An f-string is read whole, its {placeholders} standing for a name, and its pieces not again one by one.
    pieces = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    for node in ast.walk(tree):
        text = _text(node) if id(node) not in pieces else None
        if text is not None and SQL.search(text):
            found.append((node.lineno, f"SQL text {text[:60]!r}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append((node.lineno, f".{node.func.attr}(...)"))
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "db":
            found.append((node.lineno, "db[...] table access"))
    return found


def _text(node):
    """The text of a string literal or f-string (placeholders as "t"), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "t" for part in node.values)
    return None


def _modules_outside_store():
    for path in sorted(COACH.rglob("*.py")):
        if not any(path == allowed or allowed in path.parents for allowed in ALLOWED):
            yield path


def test_no_sql_outside_the_store():
    offences = [
        f"{path.relative_to(COACH.parent)}:{line}: {what}"
        for path in _modules_outside_store()
        for line, what in sql_outside_store(path.read_text(encoding="utf-8"), str(path))
    ]
    assert offences == [], "SQL outside coach/store/ and coach/migrations.py:\n" + "\n".join(offences)


def test_the_scan_finds_sql_in_each_form_a_module_could_hide_it():
    # Each of these, dropped into a view or service, is a violation the scan above must report.
    cases = {
        'db.execute("update mentors set status = ? where id = ?", [s, i])': 2,  # the call and the text
        'rows = list(db.query(f"select * from {table} where id = ?", [i]))': 2,
        'db["drafts"].insert({"user_id": 1})': 1,
        "conn.executemany(sql, rows)": 1,
        'SQL = "DELETE FROM questions WHERE id = ?"': 1,
        'x = "insert or ignore into anchors (slug) values (?)"': 1,
    }
    for source, expected in cases.items():
        assert len(sql_outside_store(source, "case")) == expected, source


def test_the_scan_leaves_plain_english_alone():
    for source in (
        'flash("Select a mentor from the list, then update your notes.")',
        'label = "Delete this question"',
        'help = "Pick one from your drafts"',
    ):
        assert sql_outside_store(source, "case") == [], source


def _defined_names(path):
    """The public functions and constants a module defines itself (not those it imports)."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return {name for name in names if not name.startswith("_")}


def test_every_public_store_name_is_offered_by_coach_store():
    for info in pkgutil.iter_modules(coach.store.__path__):
        module = importlib.import_module(f"coach.store.{info.name}")
        public = _defined_names(Path(module.__file__))
        assert public, info.name
        missing = sorted(name for name in public if getattr(coach.store, name, None) is not getattr(module, name))
        assert missing == [], f"coach.store does not offer {info.name}'s {missing}"
        assert public <= set(coach.store.__all__), info.name
