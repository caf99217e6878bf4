"""CLI commands for the analyses: ``partners``, ``communities``, ``plan-offices``.

Thin, like the rest of the CLI: parse, call one library function, format, echo.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from dknet.cli import EPILOG, data_options, echo_note, format_option, load

F = TypeVar("F", bound=Callable[..., Any])


def profile_options(f: F) -> F:
    """``--config FILE`` and ``--weight NAME=W`` (repeatable): the challenge-profile configuration."""
    f = click.option(
        "--weight",
        "weights",
        multiple=True,
        metavar="NAME=W",
        help="Override one indicator weight, e.g. --weight alder_arealdel=0 (repeatable).",
    )(f)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="A profile configuration (TOML; see docs/partners.md). Default: dknet's own profile.toml.",
    )(f)


def seed_option(f: F) -> F:
    """``--seed`` with a fixed default, so results are reproducible."""
    return click.option("--seed", type=int, default=2024, show_default=True, help="Random seed (Louvain).")(f)


def county_option(f: F) -> F:
    """``--county`` by number or name."""
    return click.option("--county", default=None, help="Only this county: number (50) or name (Trøndelag).")(f)


def _config(config_path: Path | None, weights: tuple[str, ...]) -> Any:
    from dknet.analysis.profiles import load_config

    config = load_config(config_path)
    overrides: dict[str, float] = {}
    for item in weights:
        name, sep, value = item.partition("=")
        try:
            overrides[name.strip()] = float(value)
        except ValueError as e:
            message = f"{item!r}: expected NAME=NUMBER, e.g. alder_arealdel=0"
            raise click.BadParameter(message, param_hint="--weight") from e
        if not sep:
            raise click.BadParameter(f"{item!r}: expected NAME=NUMBER", param_hint="--weight")
    return config.with_weights(overrides) if overrides else config


def _county(G: Any, county: str | None) -> str | None:
    from dknet.overview import resolve_county

    return resolve_county(G, county) if county else None


def _quality_note(quality: dict[str, float]) -> str:
    parts = [f"{k} {v:.3f}" if k != "communities" else f"{int(v)} communities" for k, v in quality.items()]
    return "Quality: " + ", ".join(parts)


@click.command(epilog=EPILOG)
@click.argument("kommune")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many suggestions.")
@click.option(
    "--within",
    default=None,
    metavar="neighbours|ba-region|county|sf|km:N",
    help="Only candidates that share a border, the BA region, the county, the SF office, or lie within N km.",
)
@click.option("--include-existing", is_flag=True, help="Also list municipalities you already cooperate with.")
@click.option("--explain", is_flag=True, help="Print the reasons for each suggestion.")
@click.option("--lang", type=click.Choice(["en", "nb"]), default="en", show_default=True, help="Language of reasons.")
@profile_options
@data_options
@format_option
def partners(
    kommune: str,
    top: int,
    within: str | None,
    include_existing: bool,
    explain: bool,
    lang: str,
    config_path: Path | None,
    weights: tuple[str, ...],
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Suggest planning partners for KOMMUNE, ranked, with reasons.

    The score combines challenge-profile similarity (population, change, ageing, centrality,
    density, plan ages, planning capacity, guidance, memberships), feasibility (shared border,
    distance, BA region, county, SF office) and network context (regional plans, common
    neighbours, earlier cooperation). Existing partners are left out unless --include-existing.

    \b
    Example:
      dknet partners holtålen --explain
      dknet partners 5026 --within county --top 5 --format json
      dknet partners tydal --weight aarsverk_plan=0 --weight veiledning=0
    """
    from dknet.analysis.partners import suggest_partners
    from dknet.overview import resolve_municipality
    from dknet.present.format import jsonable, render

    config = _config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    code = resolve_municipality(G, kommune)
    df = suggest_partners(G, code, top=top, within=within, include_existing=include_existing, config=config, lang=lang)  # type: ignore[arg-type]
    note = "\n".join(_notes(G, config)) or None
    name = G.nodes[f"kommune:{code}"]["name"]
    if fmt == "json":
        doc = {"kommune": code, "navn": name, "suggestions": df, "note": note}
        click.echo(json.dumps(jsonable(doc), ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        click.echo(render(df.assign(reasons=df["reasons"].map("; ".join)), "csv"), nl=False)
        echo_note(note)
        return
    click.echo(f"Partner suggestions for {name} ({code})")
    shown = df.drop(columns=["reasons"]).rename(columns={"kommunenummer": "kommune"})
    for col in ("score", "similarity", "feasibility", "context"):
        shown[col] = shown[col].round(3)
    shown["distance_km"] = shown["distance_km"].round(0)
    if not explain:
        click.echo(render(shown, "table"))
    else:
        lines = render(shown, "table").splitlines()
        click.echo("\n".join(lines[:2]))
        for line, reasons in zip(lines[2:], df["reasons"], strict=True):
            click.echo(line)
            click.echo("      " + "; ".join(reasons))
    if note:
        click.echo(f"\n{note}")


@click.command(epilog=EPILOG)
@county_option
@click.option(
    "--resolution",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
    help="Louvain resolution: higher gives more, smaller communities.",
)
@seed_option
@click.option("--min-size", type=click.IntRange(min=1), default=2, show_default=True, help="Smallest community.")
@click.option("--max-size", type=click.IntRange(min=1), default=12, show_default=True, help="Largest community.")
@click.option(
    "--max-km",
    type=click.FloatRange(min=0),
    default=40.0,
    show_default=True,
    help="Municipalities without a shared border count as feasible partners within this distance.",
)
@click.option("--members", "show_members", is_flag=True, help="One row per municipality instead of per community.")
@profile_options
@data_options
@format_option
def communities(
    county: str | None,
    resolution: float,
    seed: int,
    min_size: int,
    max_size: int,
    max_km: float,
    show_members: bool,
    config_path: Path | None,
    weights: tuple[str, ...],
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Groups of municipalities with similar challenges that can work together.

    Louvain community detection on a similarity-weighted graph of feasible pairs (shared border
    or within --max-km), every community repaired to be connected, with modularity and agreement
    (NMI, ARI) with the real BA regions and counties. Deterministic for a --seed.

    \b
    Example:
      dknet communities --county Trøndelag
      dknet communities --resolution 1.5 --seed 7 --format json
      dknet communities --county 50 --members --format csv
    """
    from dknet.analysis.communities import detect_communities
    from dknet.present.format import jsonable, render

    config = _config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    part = detect_communities(
        G,
        county=_county(G, county),
        resolution=resolution,
        seed=seed,
        min_size=min_size,
        max_size=max_size,
        max_km=max_km,
        config=config,
    )
    _emit(
        part.summary if not show_members else part.members,
        part.quality,
        part.notes + _notes(G, config),
        fmt,
        json_extra={"members": part.members} if not show_members else {},
        jsonable=jsonable,
        render=render,
    )


def _notes(G: Any, config: Any) -> list[str]:
    """Notes every analysis output carries: missing indicator values, illustrative inputs."""
    from dknet.analysis.partners import partners_note
    from dknet.analysis.profiles import challenge_profiles, missing_note

    notes = [missing_note(challenge_profiles(G, config=config)), partners_note(G, config)]
    return [n for n in notes if n]


def _emit(
    df: Any,
    quality: dict[str, float],
    notes: list[str],
    fmt: str,
    *,
    json_extra: dict[str, Any],
    jsonable: Callable[[Any], Any],
    render: Callable[..., str],
) -> None:
    if fmt == "json":
        doc = {"rows": df, "quality": quality, "notes": notes, **json_extra}
        click.echo(json.dumps(jsonable(doc), ensure_ascii=False, indent=2))
        return
    if "reasons" in df.columns:
        df = df.assign(reasons=df["reasons"].map("; ".join))
    if fmt == "csv":
        click.echo(render(df, "csv"), nl=False)
        echo_note(_quality_note(quality))
        for n in notes:
            echo_note(n)
        return
    if "mean_similarity" in df.columns:
        df = df.assign(mean_similarity=df["mean_similarity"].round(3))
    click.echo(render(df, "table"))
    click.echo("\n" + _quality_note(quality))
    for n in notes:
        click.echo(n)


@click.command("plan-offices", epilog=EPILOG)
@county_option
@click.option(
    "--max-fte",
    type=click.FloatRange(min=0),
    default=0.5,
    show_default=True,
    help="Low capacity: at most this many FTE for land-use or community planning.",
)
@click.option("--max-size", type=click.IntRange(min=2), default=5, show_default=True, help="Largest office.")
@click.option(
    "--max-km",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Members without a shared border must lie within this distance.",
)
@seed_option
@profile_options
@data_options
@format_option
def plan_offices(
    county: str | None,
    max_fte: float,
    max_size: int,
    max_km: float,
    seed: int,
    config_path: Path | None,
    weights: tuple[str, ...],
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Candidate (virtual) plan offices for municipalities with low planning capacity.

    Groups low-capacity municipalities (≤ --max-fte FTE for land-use or community planning) that
    are similar and neighbours into offices of 2..--max-size, each with a host candidate (the
    member with the most planning capacity, the usual vertskommune) and the most central member.

    \b
    Example:
      dknet plan-offices --county Trøndelag
      dknet plan-offices --max-fte 1.0 --format json
    """
    from dknet.analysis.communities import propose_plan_offices
    from dknet.present.format import jsonable, render

    config = _config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    part = propose_plan_offices(
        G, county=_county(G, county), max_fte=max_fte, seed=seed, max_size=max_size, max_km=max_km, config=config
    )
    _emit(
        part.summary,
        part.quality,
        part.notes + _notes(G, config),
        fmt,
        json_extra={"members": part.members},
        jsonable=jsonable,
        render=render,
    )
