"""The notebook API: ``import dknet as dk`` is cheap, names resolve as in the CLI, DataFrames come out.

The wrappers are checked on the small bundle (one county, ``small_graph``); the example script
runs on the full bundled data.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest

import dknet
import dknet as dk
from dknet import api
from dknet.errors import DknetError, UnknownNameError

ROOT = Path(__file__).resolve().parents[1]


def test_import_dknet_loads_no_heavy_module() -> None:
    code = (
        "import sys, dknet; "
        "print(sorted(m for m in ('pandas', 'networkx', 'numpy', 'dknet.api', 'dknet.cache') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_flat_namespace_is_the_api_module() -> None:
    assert set(dknet._API) == set(api.__all__)
    for name in api.__all__:
        assert getattr(dk, name) is getattr(api, name)
        assert name in dir(dk) and name in dknet.__all__
    assert not hasattr(api, "map")  # renamed draw_map: no builtin is shadowed
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = dk.nothing  # type: ignore[attr-defined]


def test_names_are_resolved_like_the_cli(small_graph: Any) -> None:
    by_name = dk.partners(small_graph, "holtaalen", top=5)
    by_code = dk.partners(small_graph, "5026", top=5)
    pd.testing.assert_frame_equal(by_name, by_code)
    assert len(by_name) == 5 and "5026" not in set(by_name["kommunenummer"])
    with pytest.raises(UnknownNameError):
        dk.partners(small_graph, "Holtålenn-by")
    by_sf_name = dk.gaps(small_graph, sf="Statsforvalteren i Trøndelag", top=5)
    pd.testing.assert_frame_equal(by_sf_name, dk.gaps(small_graph, sf="trondelag", top=5))
    assert set(by_sf_name["fylkesnummer"]) == {"50"}


def test_communities_and_plan_offices_are_frames_with_quality(small_graph: Any) -> None:
    summary = dk.communities(small_graph, county="trøndelag")
    members = dk.communities(small_graph, county="50", table="members")
    assert isinstance(summary, pd.DataFrame) and isinstance(members, pd.DataFrame)
    assert summary["size"].sum() == len(members)  # a partition of the county's municipalities
    assert set(members["fylkesnummer"]) == {"50"}
    assert 0 < summary.attrs["quality"]["modularity"] <= 1
    offices = dk.plan_offices(small_graph, county="Trøndelag", table="members")
    assert set(offices["fylkesnummer"]) <= {"50"}


def test_every_gap_kind_and_a_wrong_one(small_graph: Any) -> None:
    for kind in api.GAP_KINDS:
        assert isinstance(dk.gaps(small_graph, kind=kind, county="Trøndelag"), pd.DataFrame), kind  # type: ignore[arg-type]
    with pytest.raises(DknetError, match="unknown gap kind 'holes'"):
        dk.gaps(small_graph, kind="holes")  # type: ignore[arg-type]


def test_the_api_does_not_change_the_graph(small_graph: Any) -> None:
    before = nx.to_dict_of_dicts(small_graph)
    dk.partners(small_graph, "5026", top=3)
    dk.gaps(small_graph, kind="structural", county="50")
    assert nx.to_dict_of_dicts(small_graph) == before


def test_the_example_script_runs(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("notebook_api", ROOT / "examples" / "notebook_api.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.main(tmp_path)
    assert list(made["partners"]["rank"]) == [1, 2, 3, 4, 5]
    html = Path(made["map"]).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Holtålen" in html


#: Every command of the CLI and the api function it calls (a new command needs a line here and a function).
COMMAND_API = {
    "info": "info",
    "show": "show",
    "validate": "validate",
    "data templates": "templates",
    "partners": "partners",
    "communities": "community_partition",
    "plan-offices": "plan_office_partition",
    "gaps": "gaps",
    "plans": "plans",
    "compare": "compare",
    "scorecard": "scorecard",
    "glossary": "glossary",
    "report": "county_report",
    "register": "register",
    "changes": "changes",
    "map": "draw_map",
    "neo4j push": "neo4j_push",
    "neo4j pull": "neo4j_pull",
    "neo4j status": "neo4j_status",
    "neo4j query": "neo4j_query",
}


def _commands(group: Any, prefix: str = "") -> list[str]:
    import click

    out = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            out += _commands(command, f"{prefix}{name} ")
        else:
            out.append(prefix + name)
    return out


def test_every_cli_command_has_its_api_function_and_calls_it() -> None:
    import inspect

    from dknet.cli import cli

    assert sorted(_commands(cli)) == sorted(COMMAND_API)
    for command, function in COMMAND_API.items():
        assert callable(getattr(api, function)), command
        module = inspect.getmodule(_command(cli, command).callback)
        assert f"api.{function}(" in inspect.getsource(module), (command, function)  # type: ignore[arg-type]


def _command(group: Any, path: str) -> Any:
    for word in path.split():
        group = group.commands[word]
    return group


def test_the_api_has_no_hidden_options() -> None:
    import inspect

    for name in api.__all__:
        f = getattr(api, name)
        if callable(f):
            kinds = {p.kind for p in inspect.signature(f).parameters.values()}
            assert inspect.Parameter.VAR_KEYWORD not in kinds, name


def test_the_words_are_checked_at_the_door(small_graph: Any) -> None:
    from dknet.errors import ChoiceError

    with pytest.raises(ChoiceError, match="purpose 'kontor' is not understood; choose one of office, network"):
        dk.partners(small_graph, "5026", purpose="kontor")  # type: ignore[arg-type]
    with pytest.raises(ChoiceError, match="unknown map view 'x'"):
        dk.draw_map(small_graph, view="x")  # type: ignore[arg-type]
    with pytest.raises(ChoiceError, match="unknown table 'all'"):
        dk.communities(small_graph, table="all")  # type: ignore[arg-type]
    with pytest.raises(ChoiceError, match="unknown plans view 'land'"):
        dk.plans(small_graph, view="land")  # type: ignore[arg-type]


def test_the_version_is_the_one_in_pyproject() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert dknet.__version__ == project["version"]
