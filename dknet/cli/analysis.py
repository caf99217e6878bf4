"""CLI commands for the analyses: ``communities``, ``plan-offices``, ``gaps`` (``partners``: :mod:`dknet.cli.partners`).

Thin, like the rest of the CLI: parse, call one function of :mod:`dknet.api`, format, echo. The shared
options of the analyses (``--config``/``--weight``, ``--seed``, ``--county``) are here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet import api
from dknet.cli.common import Out, kept_pages, load
from dknet.cli.context import current_lang
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, format_option
from dknet.errors import choose
from dknet.messages import t
from dknet.messages.msg import render
from dknet.schema import GAP_KINDS

F = TypeVar("F", bound=Callable[..., Any])


def profile_options(f: F) -> F:
    """``--config FILE`` and ``--weight NAME=W`` (repeatable): the challenge-profile configuration."""
    f = click.option(
        "--weight",
        "weights",
        multiple=True,
        metavar="NAME=W",
    )(f)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
    )(f)


#: The seeds the random generators accept; outside them numpy fails with a traceback (issue 23, L3).
SEED = click.IntRange(0, 2**32 - 1)


def seed_option(f: F) -> F:
    """``--seed`` with a fixed default, so results are reproducible (0 to 2**32 - 1, what the generators take)."""
    return click.option("--seed", type=SEED, default=2024, show_default=True)(f)


def county_option(f: F) -> F:
    """``--county`` by number or name."""
    return click.option("--county", metavar="FYLKE", default=None)(f)


def profile_config(config_path: Path | None, weights: tuple[str, ...]) -> Any:
    from dknet.analysis.profiles import load_config

    config = load_config(config_path)
    overrides: dict[str, float] = {}
    for item in weights:
        name, sep, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = None
        if not sep or not name.strip() or number is None:
            raise click.BadParameter(t("config.weight_option", current_lang(), item=item), param_hint="--weight")
        overrides[name.strip()] = number
    return config.with_weights(overrides) if overrides else config


def _quality_note(quality: Mapping[str, float | None], title: str, lang: str) -> str:
    """The summary figures in one line, with display names and numbers in ``lang``."""
    from dknet.messages import column_name
    from dknet.present.numbers import column_kind, number

    def show(k: str, v: float | None) -> str:
        if k == "communities":
            return t("quality.communities", lang, n=int(v or 0))
        if v is None:  # not assessed (e.g. robustness without FTE data)
            return f"{column_name(k, lang)} {column_name('ukjent', lang)}"
        return f"{column_name(k, lang)} {number(round(float(v), 3), lang, kind=column_kind(k))}"

    return f"{title}: " + ", ".join(show(k, v) for k, v in quality.items())


@click.command(cls=DknetCommand)
@county_option
@click.option(
    "--resolution",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
)
@seed_option
@click.option("--runs", type=click.IntRange(min=1), default=25, show_default=True)
@click.option("--min-size", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--max-size", type=click.IntRange(min=1), default=12, show_default=True)
@click.option(
    "--max-km",
    type=click.FloatRange(min=0),
    default=None,
)
@click.option("--members", "show_members", is_flag=True)
@profile_options
@data_options
@format_option
@kept_pages("communities")
def communities(
    county: str | None,
    resolution: float,
    seed: int,
    runs: int,
    min_size: int,
    max_size: int,
    max_km: float | None,
    show_members: bool,
    config_path: Path | None,
    weights: tuple[str, ...],
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Communities of similar, feasible municipalities (help: ``help.communities``)."""
    config = profile_config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    part = api.community_partition(
        G,
        county=county,
        resolution=resolution,
        seed=seed,
        runs=runs,
        min_size=min_size,
        max_size=max_size,
        max_km=max_km,
        config=config,
        lang=current_lang(),  # the analysis returns notes as data; the api puts them into words
    )
    _emit(
        part.summary if not show_members else part.members,
        part.quality,
        [str(n) for n in part.notes] + output_notes(G, config),
        fmt,
        json_extra={"members": part.members} if not show_members else {},
    )


def output_notes(G: Any, config: Any) -> list[str]:
    """Notes every analysis output carries: missing indicator values, illustrative inputs."""
    return api.analysis_notes(G, config=config, lang=current_lang())


def _emit(
    df: Any,
    figures: dict[str, float],
    notes: list[str],
    fmt: str,
    *,
    json_extra: dict[str, Any] | None = None,
    title: str = "quality",
    values: dict[str, Callable[[Any], str]] | None = None,
) -> None:
    """Write rows in ``fmt`` with summary figures and notes (JSON: as keys; table: below; CSV: stderr;
    XLSX: the rows, the members when given, the notes on their own sheet).

    ``values``: column → how its machine values read for people, in the table, XLSX and the
    ``excel-no`` CSV (JSON and the ``standard`` CSV keep the machine values)."""
    import pandas as pd

    out = Out(fmt)
    key = "what_if" if title == "whatif" else title
    out.json({"rows": df, key: figures, "notes": notes, **(json_extra or {})})
    if "reasons" in df.columns:
        df = df.assign(reasons=df["reasons"].map("; ".join))
    if values and not (fmt == "csv" and out.dialect == "standard"):
        df = df.assign(**{c: df[c].map(f) for c, f in values.items() if c in df.columns})
    out.rows(df)
    members = (json_extra or {}).get("members")
    if isinstance(members, pd.DataFrame):
        out.rows(members, sheet=t("members_sheet", out.lang))
    numeric = [c for c in df.columns if df[c].dtype == float]
    out.table(df.assign(**{c: df[c].round(3) for c in numeric}))
    if figures:
        out.note(_quality_note(figures, t(f"{title}.title", out.lang), out.lang))
    for n in notes:
        out.note(n)
    out.finish()


@click.command("plan-offices", cls=DknetCommand)
@county_option
@click.option(
    "--low-fte",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
)
@click.option(
    "--min-fte",
    type=click.FloatRange(min=0),
    default=3.0,
    show_default=True,
)
@click.option("--max-size", type=click.IntRange(min=2), default=5, show_default=True)
@click.option(
    "--max-km",
    type=click.FloatRange(min=0),
    default=None,
)
@seed_option
@profile_options
@data_options
@format_option
@kept_pages("plan-offices")
def plan_offices(
    county: str | None,
    low_fte: float,
    min_fte: float,
    max_size: int,
    max_km: float | None,
    seed: int,
    config_path: Path | None,
    weights: tuple[str, ...],
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Candidate plan offices for low-capacity municipalities (help: ``help.plan-offices``)."""
    config = profile_config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    lang = current_lang()
    part = api.plan_office_partition(
        G,
        county=county,
        low_fte=low_fte,
        min_fte=min_fte,
        seed=seed,
        max_size=max_size,
        max_km=max_km,
        config=config,
        lang=lang,  # the analysis returns reasons as data; the api puts them into words
    )
    kinds = {"new": t("offices.kind.new", lang), "extend": t("offices.kind.extend", lang)}
    _emit(
        part.summary,
        part.quality,
        [str(n) for n in part.notes] + output_notes(G, config),
        fmt,
        json_extra={"members": part.members},
        values={"kind": lambda v: kinds.get(str(v), str(v))},
    )


@click.command(cls=DknetCommand)
@county_option
@click.option("--sf", default=None)
@click.option(
    "--kind",
    type=click.Choice(GAP_KINDS),
    default="need",
    show_default=True,
)
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--years", type=click.IntRange(min=1), default=None)
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
@click.option(
    "--assume",
    "assume_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
)
@data_options
@format_option
@kept_pages("gaps")
def gaps(
    county: str | None,
    sf: str | None,
    kind: str,
    top: int,
    years: int | None,
    as_of: Any,
    assume_dir: Path | None,
    config_path: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Gaps in the guidance network, ranked (help: ``help.gaps``)."""
    from dknet.analysis.gaps.need import basis_names
    from dknet.analysis.gaps.structural import kind_name

    if assume_dir is not None and kind != "need":
        raise click.UsageError(t("gaps.assume_kind", current_lang()))
    G = load(data_dir, data_mode, no_cache)
    note = _illustrative_gap_note(G)
    notes = [note] if note else []
    where: dict[str, Any] = {"county": county, "sf": sf, "top": top, "years": years, "config": config_path}
    where["as_of"] = as_of.date() if as_of else None
    if assume_dir is not None:
        # Invalid assumption files raise DataValidationError: the group turns it into exit 3.
        df, summary = api.what_if(G, assume_dir, data=data_dir, mode=data_mode, lang=current_lang(), **where)  # type: ignore[arg-type]
        notes.append(t("gaps.whatif", current_lang()))
        _emit(df, summary, notes, fmt, json_extra={}, title="whatif")
        return
    values: dict[str, Callable[[Any], str]] = {}
    df = api.gaps(G, kind=choose(kind, GAP_KINDS, key="choice.gap_kind"), lang=current_lang(), **where)
    if kind == "need":
        df = df.drop(columns=["illustrative"])
        for col in ("need_basis", "support_unassessed"):
            values[col] = lambda v: render(basis_names(v), current_lang())
        for col in ("in_office", "in_network"):  # yes, no, or empty where no register says
            values[col] = lambda v: (
                "" if v is None or v != v or str(v) == "<NA>" else t("yes" if v else "no", current_lang())
            )
        notes.insert(0, t("gaps.need_basis", current_lang()))
    elif kind == "structural":
        if df.attrs.get("unassessed_guidance"):
            n = df.attrs["unassessed_guidance"]
            notes.insert(0, t("gaps.structural.unassessed", current_lang(), n=n))
        values["kind"] = lambda k: render(kind_name(k), current_lang())
    _emit(df, {}, notes, fmt, json_extra={"kind": kind}, values=values)


def _illustrative_gap_note(G: Any) -> str | None:
    ill = G.graph.get("illustrative", {})
    if not (ill.get("edges") or ill.get("capacity_records")):
        return None
    return t("gaps.illustrative", current_lang())
