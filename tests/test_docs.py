"""The docs keep up with the code: every command in the README, every label and type in docs/schema.md."""

from __future__ import annotations

from pathlib import Path

import click

from dknet.cli import cli
from dknet.schema import Label, Rel

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: str = "dknet") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix} {name}")
        else:
            out.append(f"{prefix} {name}")
    return out


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(cli) if c not in readme]
    assert missing == []


def test_every_label_and_relationship_type_is_documented() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert [lab.label for lab in Label if f"`{lab.label}`" not in doc] == []
    assert [r.type for r in Rel if f"`{r.type}`" not in doc] == []


def test_readme_quick_start_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert 'python3 -m pip install ".[all]"' in quick
    assert "bash scripts/test" in quick
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test" in ci
