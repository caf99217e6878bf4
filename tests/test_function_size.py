"""No function in dknet/ runs over 80 lines (issue 24.7): a long function hides several jobs.

The analysis functions below are known offenders, split by the "meaning" and "kernel" work of issue 24;
the list is explicit so that it can only shrink: a function on it that is short now (or gone) fails too,
so that its line is removed.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The longest a function may be, from its ``def`` line to its last line (docstring included).
LIMIT = 80
#: Known offenders, (path, function): to be emptied, never extended.
ALLOWED: set[tuple[str, str]] = set()


def long_functions(root: Path = ROOT, limit: int = LIMIT) -> dict[tuple[str, str], int]:
    """(path, name) → lines of every function in dknet/ longer than ``limit``."""
    out = {}
    for path in sorted((root / "dknet").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > limit:
                    out[(path.relative_to(root).as_posix(), node.name)] = lines
    return out


def test_no_function_runs_over_80_lines() -> None:
    found = long_functions()
    new = {k: v for k, v in found.items() if k not in ALLOWED}
    assert not new, "split these functions (lines): " + ", ".join(f"{p}:{f} {n}" for (p, f), n in sorted(new.items()))


def test_the_allow_list_only_shrinks() -> None:
    stale = ALLOWED - set(long_functions())
    assert not stale, "now short or gone, remove from ALLOWED: " + ", ".join(f"{p}:{f}" for p, f in sorted(stale))


def test_the_measure_sees_a_long_function(tmp_path: Path) -> None:
    (tmp_path / "dknet").mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    (tmp_path / "dknet" / "long.py").write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert long_functions(tmp_path) == {("dknet/long.py", "long"): LIMIT + 1}
