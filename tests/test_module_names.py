"""No module of the package defines one top-level name twice.

A function reads a module's names when it runs, so a second definition of a word list replaces the first for every
function in the module, the first's included, and nothing says so: twice a list named for one check silently
changed another ("_INVERTING" in number.py, "LINKING_VERBS" in cutoffs.py).
"""

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "coach"


def _top_level_names(tree):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name
        elif isinstance(node, ast.Assign):
            yield from (target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            yield node.target.id


def test_no_module_defines_a_top_level_name_twice():
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, n in counts.items() if n > 1)
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}
