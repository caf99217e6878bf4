"""CLI commands for the analyses: ``partners``, ``communities``, ``plan-offices``.

Thin, like the rest of the CLI: parse, call one library function, format, echo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from dknet.cli.common import EPILOG, Out, current_lang, data_options, format_option, load
from dknet.messages import t

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


def _quality_note(quality: dict[str, float], title: str, lang: str) -> str:
    """The summary figures in one line, with display names and numbers in ``lang``."""
    from dknet.messages import column_name
    from dknet.present.numbers import column_kind, number

    def show(k: str, v: float) -> str:
        if k == "communities":
            return t("quality.communities", lang, n=int(v))
        return f"{column_name(k, lang)} {number(round(float(v), 3), lang, kind=column_kind(k))}"

    return f"{title}: " + ", ".join(show(k, v) for k, v in quality.items())


@click.command(epilog=EPILOG)
@click.argument("kommune", required=False)
@click.option(
    "--purpose",
    type=click.Choice(["office", "network"]),
    default="office",
    show_default=True,
    help="office: partners for a shared plan office or daily cooperation (land and sea neighbours and "
    "municipalities within 75 km); network: peers with similar challenges anywhere in Norway.",
)
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many suggestions.")
@click.option(
    "--within",
    default=None,
    metavar="neighbours|land-neighbours|ba-region|county|sf|km:N",
    help="Only candidates that are land or sea neighbours (or land only), share the BA region, the county, the SF "
    "office, or lie within N km.",
)
@click.option("--include-existing", is_flag=True, help="Also list municipalities you already cooperate with.")
@click.option("--all", "all_", is_flag=True, help="Top partners for every municipality in one table (no KOMMUNE).")
@click.option("--explain", is_flag=True, help="Print the reasons for each suggestion.")
@profile_options
@data_options
@format_option
def partners(
    kommune: str | None,
    purpose: str,
    top: int,
    within: str | None,
    include_existing: bool,
    all_: bool,
    explain: bool,
    config_path: Path | None,
    weights: tuple[str, ...],
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Suggest planning partners for KOMMUNE, ranked, with reasons.

    Two purposes. --purpose office (default): who can share a plan office or work together day
    to day: land and sea neighbours and municipalities within 75 km, scored by challenge
    similarity, feasibility (border, distance, BA region, county, SF office) and context
    (regional plans, common neighbours, earlier cooperation). --purpose network: peers with
    similar challenges anywhere in Norway, ranked mostly by similarity; the distance is shown.

    Municipalities already in a running cooperation with KOMMUNE (by its record: status and
    period) are left out and listed below the table; illustrative records never hide anyone.
    Reasons name only what sets the pair apart from a typical pair and say "(illustrative)"
    where they rest on generated values.

    \b
    Example:
      dknet partners holtålen --explain
      dknet partners træna --purpose network --top 5 --explain
      dknet partners 5026 --within county --top 5 --format json
      dknet partners --all --format csv > partnere.csv
    """
    from dknet.analysis.partners import all_partners, suggest_partners
    from dknet.analysis.scoring import Purpose
    from dknet.overview import resolve_municipality

    out = Out(fmt)
    lang = out.lang
    config = _config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    notes = _notes(G, config)
    if all_ or kommune is None:
        if not all_:
            raise click.UsageError(t("partners.need_kommune", lang))
        table = all_partners(G, purpose=cast(Purpose, purpose), top=top, config=config, lang=lang)
        table = table.assign(reasons=table["reasons"].map("; ".join))
        out.json({"purpose": purpose, "rows": table, "notes": notes})
        out.rows(table)
        out.table(_rounded(table))
        for n in notes:
            out.note(n)
        out.finish()
        return
    code = resolve_municipality(G, kommune)
    df = suggest_partners(
        G,
        code,
        purpose=cast(Purpose, purpose),
        top=top,
        within=within,
        include_existing=include_existing,
        config=config,
        lang=lang,
    )
    hidden, empty = df.attrs.get("hidden", []), df.attrs.get("empty_reason")
    name = G.nodes[f"kommune:{code}"]["name"]
    out.json(
        {
            "kommune": code,
            "navn": name,
            "purpose": purpose,
            "suggestions": df,
            "hidden_existing": hidden,
            "empty_reason": empty,
            "note": "\n".join(notes) or None,
        }
    )
    out.rows(df.assign(purpose=purpose, reasons=df["reasons"].map("; ".join)))
    if not out.is_text:
        for line in [*([empty] if empty else []), *_hidden_lines(hidden, lang), *notes]:
            out.note(line.strip())
        out.finish()
        return
    out.line(t(f"partners.heading.{purpose}", lang, name=name, code=code))
    from dknet.present.format import render

    shown = _rounded(df.drop(columns=["reasons"]).rename(columns={"kommunenummer": "kommune"}))
    if df.empty:
        out.line(empty or t("partners.none", lang))
    elif not explain:
        out.table(shown)
    else:
        lines = render(shown, "table", lang=lang).splitlines()
        out.line("\n".join(lines[:2]))
        for line, reasons in zip(lines[2:], df["reasons"], strict=True):
            out.line(line)
            out.line("      " + "; ".join(reasons))
    for line in _hidden_lines(hidden, lang):
        out.line(line)
    for n in notes:
        out.note(n)
    out.finish()


def _rounded(df: Any) -> Any:
    """Scores to 3 decimals, distances to whole km and sea gaps to 0.1 km, for the table."""
    digits = {"score": 3, "similarity": 3, "feasibility": 3, "context": 3, "distance_km": 0, "gap_km": 1}
    return df.assign(**{c: df[c].round(d) for c, d in digits.items() if c in df.columns})


def _hidden_lines(hidden: list[dict[str, Any]], lang: str) -> list[str]:
    """The footnote listing candidates left out because they already cooperate (with period and source)."""
    if not hidden:
        return []
    lines = ["", t("partners.hidden", lang)]
    for h in hidden:
        when = f", {h['periode']}" if h.get("periode") else ""
        src = h.get("source_url") or h.get("source") or "?"
        lines.append(
            t(
                "partners.hidden_row",
                lang,
                code=h["kommunenummer"],
                name=h["navn"],
                what=h["samarbeid"],
                when=when,
                source=src,
            )
        )
    return lines


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
    default=None,
    help="Municipalities that are not land or sea neighbours are linked within this distance (default: the "
    "office purpose's 75 km).",
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
    max_km: float | None,
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
        lang=current_lang(),
    )
    _emit(
        part.summary if not show_members else part.members,
        part.quality,
        part.notes + _notes(G, config),
        fmt,
        json_extra={"members": part.members} if not show_members else {},
    )


def _notes(G: Any, config: Any) -> list[str]:
    """Notes every analysis output carries: missing indicator values, illustrative inputs."""
    from dknet.analysis.partners import partners_note
    from dknet.analysis.profiles import challenge_profiles, missing_note

    lang = current_lang()
    notes = [missing_note(challenge_profiles(G, config=config), lang=lang), partners_note(G, config, lang=lang)]
    return [n for n in notes if n]


def _emit(
    df: Any,
    figures: dict[str, float],
    notes: list[str],
    fmt: str,
    *,
    json_extra: dict[str, Any] | None = None,
    title: str = "quality",
) -> None:
    """Write rows in ``fmt`` with summary figures and notes (JSON: as keys; table: below; CSV: stderr;
    XLSX: the rows, the members when given, the notes on their own sheet)."""
    import pandas as pd

    out = Out(fmt)
    key = "what_if" if title == "whatif" else title
    out.json({"rows": df, key: figures, "notes": notes, **(json_extra or {})})
    if "reasons" in df.columns:
        df = df.assign(reasons=df["reasons"].map("; ".join))
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


@click.command("plan-offices", epilog=EPILOG)
@county_option
@click.option(
    "--low-fte",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Low capacity: less than this many planning FTE in all (community + land use); 1.0 = not one full-time "
    "planner.",
)
@click.option(
    "--min-fte",
    type=click.FloatRange(min=0),
    default=3.0,
    show_default=True,
    help="Combined FTE of a robust planning environment; offices below it are flagged.",
)
@click.option("--max-size", type=click.IntRange(min=2), default=5, show_default=True, help="Most members per office.")
@click.option(
    "--max-km",
    type=click.FloatRange(min=0),
    default=None,
    help="Members that are not land or sea neighbours must lie within this distance (default: the office "
    "purpose's 75 km).",
)
@seed_option
@profile_options
@data_options
@format_option
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
    """Candidate (virtual) plan offices for municipalities with low planning capacity, each with a host.

    Groups low-capacity municipalities (less than --low-fte planning FTE in all) that are similar
    and can meet (land or sea neighbours, or within --max-km) into offices of 2..--max-size. The
    host (vertskommune) is the member or capable neighbour of every member with the most planning
    FTE — a regional centre next door can host. Each office reports its combined FTE and whether
    it reaches --min-fte, a robust planning environment. A county run shows the national proposals
    that touch the county, so both agree.

    \b
    Example:
      dknet plan-offices --county Trøndelag
      dknet plan-offices --low-fte 1.5 --format json
    """
    from dknet.analysis.plan_offices import propose_plan_offices

    config = _config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    part = propose_plan_offices(
        G,
        county=_county(G, county),
        low_fte=low_fte,
        min_fte=min_fte,
        seed=seed,
        max_size=max_size,
        max_km=max_km,
        config=config,
        lang=current_lang(),
    )
    _emit(part.summary, part.quality, part.notes + _notes(G, config), fmt, json_extra={"members": part.members})


@click.command(epilog=EPILOG)
@county_option
@click.option("--sf", default=None, help="Only this state administrator office: id or name (trondelag, Finnmark).")
@click.option(
    "--kind",
    type=click.Choice(["need", "structural", "coverage", "load"]),
    default="need",
    show_default=True,
    help="need: need vs support ranking; structural: holes in the network; coverage: who was reached; "
    "load: per FK and SF office.",
)
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many rows.")
@click.option("--years", type=click.IntRange(min=1), default=None, help="Guidance window in years (default 4).")
@click.option(
    "--assume",
    "assume_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="What-if: a directory of hypothetical records (same files as --data); shows the need ranking before "
    "and after, side by side.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gap weights (TOML; see docs/gaps.md). Default: dknet's own gaps.toml.",
)
@data_options
@format_option
def gaps(
    county: str | None,
    sf: str | None,
    kind: str,
    top: int,
    years: int | None,
    assume_dir: Path | None,
    config_path: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Gaps in the guidance network, ranked, with reasons.

    \b
    Kinds:
      need        municipalities whose support (guidance from FK and SF by form, frequency and
                  recency; plan offices, networks, forums, regional plans) falls furthest below
                  their need (small, remote, ageing, declining, old plans, low planning capacity)
      structural  no office or network; reached only through one broker; cut off from FK/SF;
                  most constrained (Burt); similar neighbours across a county or SF boundary
                  with no shared arena; left out of a regional plan their neighbours share
      coverage    FK and SF contacts per municipality in the last --years, unreached first
      load        per FK and SF office: reached, contacts, concentration, not reached

    \b
    Example:
      dknet gaps --county Trøndelag
      dknet gaps --sf trondelag --kind load --years 3
      dknet gaps --county 50 --assume what-if/      (what-if/plankontor.csv, plankontor_medlemmer.csv)
    """
    import dataclasses

    from dknet.analysis import gaps as g
    from dknet.cache import build

    config = g.load_gap_config(config_path)
    if years is not None:
        config = dataclasses.replace(config, support={**config.support, "window_years": float(years)})
    G = load(data_dir, data_mode, no_cache)
    fylke = _county(G, county)
    office = _sf(G, sf)
    note = _illustrative_gap_note(G)
    notes = [note] if note else []
    if assume_dir is not None:
        if kind != "need":
            raise click.UsageError(t("gaps.assume_kind", current_lang()))
        # Invalid assumption files raise DataValidationError: the group turns it into exit 3.
        assumed = build(data_dir, mode=data_mode, assume_dir=assume_dir)  # type: ignore[arg-type]
        df, summary = g.what_if(G, assumed, config=config, county=fylke, sf=office, top=top)
        notes.append(t("gaps.whatif", current_lang()))
        _emit(df, summary, notes, fmt, json_extra={}, title="whatif")
        return
    if kind == "need":
        need = g.need_support(G, config=config, county=fylke, sf=office, top=top, lang=current_lang())
        df = need.drop(columns=["illustrative"])
    elif kind == "structural":
        df = g.structural_gaps(G, config=config, county=fylke, sf=office)
        df = df.groupby("kind", sort=False).head(top).reset_index(drop=True)
    elif kind == "coverage":
        df = g.coverage(G, config=config, county=fylke, sf=office, years=years).head(top)
    else:
        df = g.guidance_load(G, config=config, county=fylke, sf=office, years=years)
    _emit(df, {}, notes, fmt, json_extra={"kind": kind})


def _sf(G: Any, sf: str | None) -> str | None:
    from dknet.overview import resolve_sf

    return resolve_sf(G, sf) if sf else None


def _illustrative_gap_note(G: Any) -> str | None:
    ill = G.graph.get("illustrative", {})
    if not (ill.get("edges") or ill.get("capacity_records")):
        return None
    return t("gaps.illustrative", current_lang())
