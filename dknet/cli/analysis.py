"""CLI commands for the analyses: ``partners``, ``communities``, ``plan-offices``.

Thin, like the rest of the CLI: parse, call one library function, format, echo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from dknet.cli.common import Out, current_lang, data_options, format_option, load
from dknet.cli.helptext import DknetCommand
from dknet.messages import t
from dknet.schema import Label, node_id

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


def seed_option(f: F) -> F:
    """``--seed`` with a fixed default, so results are reproducible."""
    return click.option("--seed", type=int, default=2024, show_default=True)(f)


def county_option(f: F) -> F:
    """``--county`` by number or name."""
    return click.option("--county", metavar="FYLKE", default=None)(f)


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


@click.command(cls=DknetCommand)
@click.argument("kommune", required=False)
@click.option(
    "--purpose",
    type=click.Choice(["office", "network"]),
    default="office",
    show_default=True,
)
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@click.option(
    "--within",
    default=None,
    metavar="neighbours|land-neighbours|ba-region|county|sf|km:N",
)
@click.option("--include-existing", is_flag=True)
@click.option("--all", "all_", is_flag=True)
@click.option("--explain", is_flag=True)
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
    """Planning partners for KOMMUNE, ranked, with reasons (help: ``help.partners``)."""
    out = Out(fmt)
    lang = out.lang
    # The everyday request is answered from the cache's lookup table, without pandas or networkx
    # (dknet.lookup); the same request on the full path gives the same answer (tested).
    default = config_path is None and not weights and within is None and not include_existing and top <= 10
    looked_up = default and kommune is not None and not all_ and out.is_text and not no_cache
    if looked_up:
        from dknet.lookup import read_partners

        lookup = read_partners(data_dir, data_mode, purpose=purpose, lang=lang)  # type: ignore[arg-type]
        answer = lookup.answer(kommune) if lookup is not None else None  # type: ignore[arg-type]
        if answer is not None:
            _print_partners(out, answer, top=top, explain=explain)
            return

    from dknet.analysis.partners import all_partners, suggest_partners
    from dknet.analysis.scoring import Purpose
    from dknet.overview import resolve_municipality

    config = _config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    if looked_up:
        from dknet.lookup import write_partners

        lookup = write_partners(G, data_dir, data_mode, purpose=purpose, lang=lang, config=config)  # type: ignore[arg-type]
        answer = lookup.answer(kommune)  # type: ignore[arg-type]
        if answer is None:
            resolve_municipality(G, kommune)  # type: ignore[arg-type]  # raises the error that says why
        else:
            _print_partners(out, answer, top=top, explain=explain)
            return
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
    name = G.nodes[node_id(Label.MUNICIPALITY, code)]["name"]
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
    from dknet.present.format import jsonable

    answer = {"kommune": code, "navn": name, "purpose": purpose, "rows": jsonable(df), "hidden": hidden}
    _print_partners(out, {**answer, "empty_reason": empty, "notes": notes}, top=top, explain=explain)


#: Decimals of the table's figures: scores to 3, distances to whole km, sea gaps to 0.1 km.
_DIGITS = {"score": 3, "similarity": 3, "feasibility": 3, "context": 3, "distance_km": 0, "gap_km": 1}


def _print_partners(out: Out, answer: dict[str, Any], *, top: int, explain: bool) -> None:
    """The table output of ``dknet partners KOMMUNE`` from an answer of plain values (fresh or looked up)."""
    from dknet.present.text import table_rows

    lang = out.lang
    rows = answer["rows"][:top]
    out.line(t(f"partners.heading.{answer['purpose']}", lang, name=answer["navn"], code=answer["kommune"]))
    columns = [c for c in rows[0] if c != "reasons"] if rows else []
    if not rows:
        out.line(answer.get("empty_reason") or t("partners.none", lang))
    else:
        cells = [[_round(c, r[c]) for c in columns] for r in rows]
        lines = table_rows(["kommune" if c == "kommunenummer" else c for c in columns], cells, lang).splitlines()
        if not explain:
            out.line("\n".join(lines))
        else:
            out.line("\n".join(lines[:2]))
            for line, r in zip(lines[2:], rows, strict=True):
                out.line(line)
                out.line("      " + "; ".join(r["reasons"]))
    for line in _hidden_lines(answer["hidden"], lang):
        out.line(line)
    for n in answer["notes"]:
        out.note(n)
    out.finish()


def _round(column: str, value: Any) -> Any:
    if column in _DIGITS and isinstance(value, float) and value == value:
        return round(value, _DIGITS[column])
    return value


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


@click.command(cls=DknetCommand)
@county_option
@click.option(
    "--resolution",
    type=click.FloatRange(min=0, min_open=True),
    default=1.0,
    show_default=True,
)
@seed_option
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
    """Communities of similar, feasible municipalities (help: ``help.communities``)."""
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
    from dknet.analysis.partners import analysis_notes

    return analysis_notes(G, config, lang=current_lang())


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


@click.command(cls=DknetCommand)
@county_option
@click.option("--sf", default=None)
@click.option(
    "--kind",
    type=click.Choice(["need", "structural", "coverage", "load"]),
    default="need",
    show_default=True,
)
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--years", type=click.IntRange(min=1), default=None)
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
    """Gaps in the guidance network, ranked (help: ``help.gaps``)."""
    import dataclasses

    from dknet.analysis import gaps as g
    from dknet.analysis.gaps.structural import kind_name
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
    values: dict[str, Callable[[Any], str]] = {}
    if kind == "need":
        need = g.need_support(G, config=config, county=fylke, sf=office, top=top, lang=current_lang())
        df = need.drop(columns=["illustrative"])
    elif kind == "structural":
        df = g.structural_gaps(G, config=config, county=fylke, sf=office, lang=current_lang())
        df = df.groupby("kind", sort=False).head(top).reset_index(drop=True)
        values["kind"] = lambda k: kind_name(k, current_lang())
    elif kind == "coverage":
        df = g.coverage(G, config=config, county=fylke, sf=office, years=years).head(top)
    else:
        df = g.guidance_load(G, config=config, county=fylke, sf=office, years=years)
    _emit(df, {}, notes, fmt, json_extra={"kind": kind}, values=values)


def _sf(G: Any, sf: str | None) -> str | None:
    from dknet.overview import resolve_sf

    return resolve_sf(G, sf) if sf else None


def _illustrative_gap_note(G: Any) -> str | None:
    ill = G.graph.get("illustrative", {})
    if not (ill.get("edges") or ill.get("capacity_records")):
        return None
    return t("gaps.illustrative", current_lang())
