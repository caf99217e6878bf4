"""``dknet neo4j``: push the knowledge graph to Neo4j, compare, pull it back, run the named queries.

A thin shell over :mod:`dknet.graphdb` (parse → one library call → format → echo), like
:mod:`dknet.cli`. Only click, the standard library and :mod:`dknet.schema` are imported at the
top, so ``dknet --help`` stays fast; the driver, pandas and networkx load when a command runs.

Where the server is: ``--uri``/``NEO4J_URI`` (default ``bolt://localhost:7687``),
``--user``/``NEO4J_USER`` (default ``neo4j``), ``--database``/``NEO4J_DATABASE`` (default: the
server's default database) and ``NEO4J_PASSWORD``; without it dknet asks for the password (hidden)
when it runs in a terminal. There is deliberately no ``--password`` option: a password on the
command line ends up in the shell history and in ``ps``.

Exit codes: 0 ok, 1 error, 2 usage, 3 invalid data, 4 Neo4j unreachable or login refused.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from dknet import api
from dknet.cli.common import Out
from dknet.cli.context import current_lang, demo_given, help_lang_or_default
from dknet.cli.failure import DataInvalid, Failure, require_extra
from dknet.cli.helptext import DknetHelpGroup
from dknet.cli.options import data_options, format_option
from dknet.cli.output import check_output, write_atomic
from dknet.cli.usage import UsageFailure
from dknet.errors import DataValidationError, DknetError
from dknet.graphdb.errors import DatabaseUnreachableError, QueryParameterError
from dknet.messages import t
from dknet.messages.msg import Msg
from dknet.schema import ExitCode

if TYPE_CHECKING:
    from dknet.graph import Graph
    from dknet.graphdb.connection import Neo4jRunner

F = TypeVar("F", bound=Callable[..., Any])


#: The named queries in cypher/read/ (a test checks this list against the files).
QUERY_NAMES = ("guidance_gaps", "members", "neighbourhood", "partner_candidates")


class DatabaseUnreachable(Failure):
    """Neo4j could not be reached or refused the login: one sentence to stderr, exit 4."""

    exit_code = ExitCode.DATABASE_UNREACHABLE


class Neo4jGroup(DknetHelpGroup):
    """Maps dknet's errors to clear messages and documented exit codes (like ``dknet.cli.DknetGroup``)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DatabaseUnreachableError as e:
            raise DatabaseUnreachable(e) from e
        except QueryParameterError as e:
            raise UsageFailure(e.text, lang=help_lang_or_default(ctx)) from e
        except DataValidationError as e:
            raise DataInvalid(e) from e
        except DknetError as e:
            raise Failure(e) from e


class PushConflict(Failure):
    """Records changed in Neo4j since the last pull would be overwritten: the push stops, exit 3."""

    exit_code = ExitCode.INVALID_DATA


class MissingPassword(Failure):
    """No password and no terminal to ask for one: a setting is missing (exit 2), not an unreachable server."""

    exit_code = ExitCode.USAGE


def connection_options(f: F) -> F:
    """``--uri``, ``--user`` and ``--database``, each also read from its NEO4J_* variable."""

    @click.option(
        "--uri",
        envvar="NEO4J_URI",
        default="bolt://localhost:7687",
        show_default=True,
        show_envvar=True,
    )
    @click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, show_envvar=True)
    @click.option(
        "--database",
        envvar="NEO4J_DATABASE",
        default=None,
        show_envvar=True,
    )
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def stdin_is_terminal() -> bool:
    """Whether dknet may ask for the password (tests replace this)."""
    return sys.stdin.isatty()


def _connect(uri: str, user: str, database: str | None, *, retry_seconds: float = 15.0) -> Neo4jRunner:
    """A verified connection; the password from NEO4J_PASSWORD or a hidden prompt, never echoed."""
    from urllib.parse import urlsplit

    from dknet.graphdb.connection import ConnectionSettings, connect, no_password_message

    try:
        secret_in_uri = urlsplit(uri).password is not None
    except ValueError:
        secret_in_uri = False
    if secret_in_uri:  # never print it back: name the problem, not the URI
        raise click.BadParameter(t("db.uri_password", current_lang()), param_hint="--uri / NEO4J_URI")
    settings = ConnectionSettings(uri, user, "", database or None)
    if problem := settings.check_uri():
        raise click.BadParameter(problem.render(current_lang()), param_hint="--uri / NEO4J_URI")
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not stdin_is_terminal():
            raise MissingPassword(no_password_message(uri))
        prompt = t("db.password_prompt", current_lang(), user=user, uri=uri)
        password = click.prompt(prompt, hide_input=True, err=True)
    return connect(ConnectionSettings(uri, user, password, database or None), retry_seconds=retry_seconds)


def _load(data_dir: Path | None, data_mode: str, no_cache: bool) -> Graph:
    from dknet.cli.common import load

    G: Graph = load(data_dir, data_mode, no_cache)
    return G


def _rows(df: Any, fmt: str) -> None:
    """Rows in ``fmt`` (table, json, csv, xlsx) to stdout or ``-o``, in ``--lang``."""
    out = Out(fmt)
    out.json(df)
    out.rows(df)
    out.table(df)
    out.finish()


def _say(message: str) -> None:
    click.echo(message, err=True)


@click.group(cls=Neo4jGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
def neo4j() -> None:
    """The Neo4j sub-commands; needs the neo4j extra (help: ``help.neo4j``)."""
    require_extra("neo4j", "neo4j")


@neo4j.command(help_key="help.neo4j.push")
@connection_options
@data_options
@click.option(
    "--prune",
    is_flag=True,
)
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True)
@click.option(
    "--retry-seconds",
    type=click.FloatRange(min=0),
    default=15.0,
    show_default=True,
)
@click.option("--force", is_flag=True)
@format_option
def push(
    uri: str,
    user: str,
    database: str | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    prune: bool,
    batch_size: int,
    retry_seconds: float,
    force: bool,
    fmt: str,
) -> None:
    """Write the graph into Neo4j (help: ``help.neo4j.push``)."""
    from dknet.graphdb.snapshot import PushConflictError
    from dknet.messages.msg import render
    from dknet.present.numbers import number

    lang = current_lang()
    G = _load(data_dir, data_mode, no_cache)
    if G.graph.get("demo") and not demo_given():  # a database outlives the shell: invented records only on request
        raise Failure(Msg("demo.push_refused"))
    snapshot = api.neo4j_snapshot(data_dir) if data_dir is not None else None  # a folder from `pull --to`
    with _connect(uri, user, database, retry_seconds=retry_seconds) as runner:
        if snapshot is not None:
            conflicts, remote = api.neo4j_conflicts(G, runner, snapshot, prune=prune)
            for conflict in conflicts:
                _say("  " + render(conflict.message(snapshot.pulled_at), lang))
            if conflicts and not force:
                raise PushConflict(PushConflictError(conflicts, snapshot))
            if conflicts:
                _say(t("sync.conflict.neo4j.forced", lang, n=number(len(conflicts), lang)))
        report = api.neo4j_push(G, runner, batch_size=batch_size, prune=prune, progress=_say, lang=lang)
        extra = api.neo4j_status(G, runner).query("difference > 0") if not prune else None
    if snapshot is not None and data_dir is not None:
        saved = api.neo4j_record_push(G, remote, snapshot, data_dir, prune=prune)
        _say(t("sync.snapshot.updated", lang, path=saved))
    table = report.table()
    if fmt == "table":  # the main counters and those that moved, so the table fits a terminal
        always = {"step", "rows", "batches", "nodes_created", "relationships_created", "properties_set"}
        table = table[[c for c in table.columns if c in always or table[c].any()]]
    _rows(table, fmt)
    changes = report.counters.changes
    if changes:
        outcome = (
            t("neo4j.pushed.change", lang) if changes == 1 else t("neo4j.pushed.changes", lang, n=number(changes, lang))
        )
    else:
        outcome = t("neo4j.pushed.none", lang)
    _say(
        t(
            "neo4j.pushed",
            lang,
            nodes=number(report.nodes, lang),
            relationships=number(report.relationships, lang),
            location=report.location,
            seconds=number(report.seconds, lang, decimals=1),
            outcome=outcome,
        )
    )
    if extra is not None and len(extra):
        pairs = zip(extra["name"].tolist(), extra["difference"].tolist(), strict=True)
        listed = ", ".join(f"{name} +{number(int(diff), lang)}" for name, diff in pairs)
        _say(t("neo4j.pushed.extra", lang, listed=listed))


def _write_registers(H: Any, to_dir: Path, *, location: str, force: bool) -> None:
    """``pull --to DIR``: the registers as CSV files that ``--data`` reads, with the snapshot of what was pulled."""
    from dknet.graphdb.snapshot import SnapshotError
    from dknet.present.numbers import number

    try:
        written = api.neo4j_write_registers(H, to_dir, location=location, force=force)
    except FileExistsError as e:
        raise Failure(Msg("sync.pull.exists", path=str(e.filename))) from e
    except (SnapshotError, OSError) as e:
        raise Failure(e if isinstance(e, SnapshotError) else str(e)) from e
    lang = current_lang()
    records = number(sum(written.records.values()), lang)
    _say(t("sync.pull.wrote", lang, n=len(written.files), records=records, dir=to_dir, snapshot=written.snapshot.name))


@neo4j.command(help_key="help.neo4j.status")
@connection_options
@data_options
@format_option
def status(
    uri: str, user: str, database: str | None, data_dir: Path | None, data_mode: str, no_cache: bool, fmt: str
) -> None:
    """Counts in the local graph and in Neo4j (help: ``help.neo4j.status``)."""
    G = _load(data_dir, data_mode, no_cache)
    with _connect(uri, user, database) as runner:
        df = api.neo4j_status(G, runner)
    _rows(df, fmt)
    lang = current_lang()
    differ = int((df["difference"] != 0).sum())
    if not differ:
        _say(t("neo4j.status.same", lang, location=runner.location))
    elif differ == 1:
        _say(t("neo4j.status.differ1", lang, location=runner.location))
    else:
        _say(t("neo4j.status.differ", lang, location=runner.location, n=differ))


@neo4j.command(help_key="help.neo4j.pull")
@connection_options
@data_options
@click.option(
    "--out",
    type=str,
    metavar="FILE",
    callback=lambda ctx, param, value: check_output(value) if value is not None else None,
    default=None,
)
@click.option("--to", "to_dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIRECTORY", default=None)
@click.option("--force", is_flag=True)
@format_option
def pull(
    uri: str,
    user: str,
    database: str | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    out: Path | None,
    to_dir: Path | None,
    force: bool,
    fmt: str,
) -> None:
    """Read the graph back from Neo4j and compare (help: ``help.neo4j.pull``)."""
    import time

    from dknet.graphdb.compare import graph_differences

    G = _load(data_dir, data_mode, no_cache)
    started = time.perf_counter()
    with _connect(uri, user, database) as runner:
        H = api.neo4j_pull(runner)
        seconds = time.perf_counter() - started
        df = api.neo4j_status(G, runner)
    if to_dir is not None:
        _write_registers(H, to_dir, location=runner.location, force=force)
    if out is not None:
        import json

        import networkx as nx

        write_atomic(out, json.dumps(nx.node_link_data(H, edges="edges"), ensure_ascii=False, indent=1))
        _say(t("output.wrote", current_lang(), path=out))
    _rows(df, fmt)
    from dknet.present.numbers import number

    lang = current_lang()
    differences = graph_differences(G, H, lang=lang)
    if not differences:
        outcome = t("neo4j.pulled.identical", lang)
    elif len(differences) == 1:
        outcome = t("neo4j.pulled.differ1", lang)
    else:
        outcome = t("neo4j.pulled.differ", lang, n=number(len(differences), lang))
    _say(
        t(
            "neo4j.pulled",
            lang,
            nodes=number(H.number_of_nodes(), lang),
            edges=number(H.number_of_edges(), lang),
            location=runner.location,
            seconds=number(seconds, lang, decimals=1),
            outcome=outcome,
        )
    )
    for line in differences[:20]:
        _say(f"  {line}")
    if len(differences) > 20:
        _say(t("neo4j.pulled.more", lang, n=number(len(differences) - 20, lang)))


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(t("db.param.key_value", current_lang(), item=item), param_hint="--param")
        params[name.strip()] = value
    return params


@neo4j.command(help_key="help.neo4j.query")
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE")
@connection_options
@format_option
def query(name: str | None, params: tuple[str, ...], uri: str, user: str, database: str | None, fmt: str) -> None:
    """Run a named query, or list them (help: ``help.neo4j.query``)."""
    from dknet.graphdb.queries import named_query, resolve_county, resolve_municipality
    from dknet.graphdb.statements import named_queries

    if name is None:
        import pandas as pd

        listing = pd.DataFrame(
            [
                {
                    "query": s.name,
                    "params": ", ".join(f"{p.name}: {p.type}{'?' if p.nullable else ''}" for p in s.params),
                    "columns": ", ".join(c.name for c in s.columns),
                    "summary": s.summary,
                }
                for s in named_queries().values()
            ]
        )
        _rows(listing, fmt)
        return
    from dknet.errors import UnknownNameError

    try:
        stmt = named_query(name)
    except UnknownNameError as e:
        raise click.BadParameter(e.message(current_lang()), param_hint=t("help.metavar.NAME", current_lang())) from e
    bound = stmt.bind(_parse_params(params))
    with _connect(uri, user, database) as runner:
        if bound.get("kommunenummer"):
            code = resolve_municipality(runner, str(bound["kommunenummer"]))
            if code != bound["kommunenummer"]:
                _say(f"kommunenummer: {bound['kommunenummer']} → {code}")
            bound["kommunenummer"] = code
        if bound.get("fylkesnummer"):
            county = resolve_county(runner, str(bound["fylkesnummer"]))
            if county != bound["fylkesnummer"]:
                _say(f"fylkesnummer: {bound['fylkesnummer']} → {county}")
            bound["fylkesnummer"] = county
        df = api.neo4j_query(runner, name, bound)
    _rows(df, fmt)
    if df.empty:
        given = ", ".join(f"{k}={v}" for k, v in sorted(bound.items()) if v is not None)
        lang = current_lang()
        _say(t("neo4j.query.no_rows", lang, name=name, given=given or t("neo4j.query.no_params", lang)))
    if "source" in df.columns:
        from dknet.overview import uses_illustrative

        if uses_illustrative(df):
            _say(t("illustrative.rows", current_lang()))
