"""CLI commands about the plan situation: ``plans``, ``compare``, ``scorecard`` (Norwegian output).

Thin, like the rest of the CLI: parse, call one library function, format, echo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from dknet.cli.common import Out, current_lang, data_options, format_option, load
from dknet.cli.helptext import DknetCommand
from dknet.messages import t
from dknet.messages.msg import render


def _county(G: Any, county: str | None) -> str | None:
    from dknet.overview import resolve_county

    return resolve_county(G, county) if county else None


def _sf(G: Any, sf: str | None) -> str | None:
    from dknet.overview import resolve_sf

    return resolve_sf(G, sf) if sf else None


def _plan_config(config_path: Path | None, as_of: dt.datetime | None) -> Any:
    from dknet.analysis.plans import load_plan_config, with_as_of

    return with_as_of(load_plan_config(config_path), as_of.date() if as_of else None)


def plan_config_options(f: Any) -> Any:
    """``--as-of DATE`` and ``--config FILE`` (term dates and revision rules)."""
    f = click.option(
        "--as-of",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
    )(f)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
    )(f)


def _emit(
    df: Any,
    fmt: str,
    notes: list[str],
    meta: dict[str, Any],
    *,
    values: dict[str, Callable[[Any], str]] | None = None,
    table_drop: tuple[str, ...] = (),
) -> None:
    """Rows, meta and notes in ``fmt``. ``values``: column → how its machine values read for people in
    the table, XLSX and the ``excel-no`` CSV (JSON and the ``standard`` CSV keep the machine values);
    ``table_drop``: machine columns left out of the terminal table."""
    out = Out(fmt)
    out.json({**meta, "rows": df, "merknader": notes})
    if values and not (fmt == "csv" and out.dialect == "standard"):
        df = df.assign(**{c: df[c].map(f) for c, f in values.items() if c in df.columns})
    out.rows(df)
    df = df.drop(columns=[c for c in table_drop if c in df.columns])
    numeric = [c for c in df.columns if df[c].dtype == float]
    out.table(df.assign(**{c: df[c].round(3) for c in numeric}))
    for n in notes:
        out.note(n)
    out.finish()


VIEWS = ("kommuner", "fylker", "sf", "neste-periode")
#: Shorter column names for the table view (CSV and JSON keep the full ones).
SHORT = {
    "planstrategi_vedtatt": "vedtatt",
    "planstrategi_kilde": "kilde",
    "planstrategi_siste": "siste",
    **{
        f"{p}_{k}": f"{p[0]}d_{k.replace('vedtatt', 'år')}"
        for p in ("samfunnsdel", "arealdel")
        for k in ("vedtatt", "alder", "revisjon", "kilde", "omfang")
    },
}


@click.command(cls=DknetCommand)
@click.option("--county", metavar="FYLKE", default=None)
@click.option("--sf", default=None)
@click.option(
    "--status",
    "statuses",
    multiple=True,
)
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="kommuner",
    show_default=True,
)
@plan_config_options
@data_options
@format_option
def plans(
    county: str | None,
    sf: str | None,
    statuses: tuple[str, ...],
    view: str,
    as_of: dt.datetime | None,
    config_path: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Plan status per municipality (help: ``help.plans``)."""
    from dknet.analysis import plans as p

    config = _plan_config(config_path, as_of)
    G = load(data_dir, data_mode, no_cache)
    fylke, office = _county(G, county), _sf(G, sf)
    wanted = [p.parse_status(s) for s in statuses]
    df = p.plan_status(G, config=config, county=fylke, sf=office, status=wanted or None)
    lang = current_lang()
    shares = render(p.describe_shares(p.real_share(df)), lang) if len(df) else t("plans.none", lang)
    meta: dict[str, Any] = {
        "periode": config.term_name,
        "konstituert": config.constituted.isoformat(),
        "frist": config.deadline.isoformat(),
        "statusdag": config.day().isoformat(),
        "kildefordeling": p.real_share(df),
    }
    notes = [
        t(
            "plans.term",
            lang,
            term=config.term_name,
            constituted=config.constituted.isoformat(),
            deadline=config.deadline.isoformat(),
            day=config.day().isoformat(),
        ),
        t("plans.sources", lang, shares=shares),
    ]

    def status_name(status: str) -> str:
        return t(f"scorecard.plan.{status}", lang)

    if view == "kommuner":
        out = df.drop(columns=["statsforvalter", "planstrategi_url"] if fmt == "table" else [])
        if fmt == "table":
            # One column for an earlier term's record, in words: "2020-09-24 (forrige periode)".
            last = [
                m.render(lang).partition(": ")[2] if (m := p.last_recorded(r, config)) else ""
                for r in df.itertuples(index=False)
            ]
            out = out.assign(planstrategi_siste=last).drop(columns=["planstrategi_siste_periode"])
            empty = [c for c in ("samfunnsdel_omfang", "arealdel_omfang") if not out[c].astype(bool).any()]
            out = out.drop(columns=["fylkesnummer", "status", *empty]).rename(columns=SHORT)
            notes.append(t("plans.short", lang))
            counts = df["status"].value_counts()
            known = sum(int(counts.get(s, 0)) for s in p.KNOWN)
            notes.insert(0, ", ".join(f"{status_name(s)}: {int(counts[s])}" for s in p.STATUS_LABELS if s in counts))
            notes.insert(
                1,
                t(
                    "plans.known",
                    lang,
                    known=known,
                    n=len(df),
                    unknown=int(counts.get("ukjent", 0)),
                    term=config.term_name,
                ),
            )
    elif view in ("fylker", "sf"):
        if wanted:
            raise click.UsageError(t("plans.status_filter", lang))
        out = p.plan_summary(
            G, by="fylke" if view == "fylker" else "statsforvalter", config=config, county=fylke, sf=office
        )
    else:
        out = p.next_term(G, config=config, county=fylke, sf=office)
        if wanted:
            out = out[out["kommunenummer"].isin(df["kommunenummer"])]
        notes[0] = t(
            "plans.next",
            lang,
            term=config.next_term_name,
            constituted=config.next_constituted.isoformat(),
            deadline=config.next_deadline.isoformat(),
        )
    if (df["planstrategi_kilde"] == "illustrativ").any() or (df["arealdel_kilde"] == "illustrativ").any():
        notes.append(t("plans.note", lang))
    kilde = [f"{x}_kilde" for x in ("planstrategi", *p.PLAN_PARTS)]
    values: dict[str, Any] = {
        c: lambda v: render(p.source_names(v), lang) for c in [*kilde, *(SHORT[k] for k in kilde)]
    }
    code_of = {label: code for code, label in p.STATUS_LABELS.items()}  # the column holds the bokmål label
    values["planstrategi"] = lambda v: status_name(code_of[v]) if v in code_of else v
    revision = {"forfalt": "report.rev_forfalt", "nei": "no", "ukjent": "report.rev_ukjent"}
    for col in ("sd_revisjon", "ad_revisjon", "samfunnsdel_revisjon", "arealdel_revisjon"):
        values[col] = lambda v: t(revision[v], lang) if v in revision else v
    _emit(out, fmt, notes, {**meta, "visning": view}, values=values)


@click.command(cls=DknetCommand)
@click.argument("kommuner", nargs=-1, required=True)
@plan_config_options
@data_options
@format_option
def compare(
    kommuner: tuple[str, ...],
    as_of: dt.datetime | None,
    config_path: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """Municipalities side by side (help: ``help.compare``)."""
    from dknet.analysis.compare import compare as compare_
    from dknet.analysis.compare import section_name
    from dknet.analysis.plans import source_names
    from dknet.overview import resolve_municipality
    from dknet.present.render import render_frame

    if len(kommuner) < 2:
        raise click.UsageError(t("compare.two", current_lang()))
    config = _plan_config(config_path, as_of)
    G = load(data_dir, data_mode, no_cache)
    codes = [resolve_municipality(G, k) for k in kommuner]
    if len(set(codes)) < len(codes):
        raise click.UsageError(t("compare.same", current_lang()))
    lang = current_lang()
    df = render_frame(compare_(G, codes, config=config), lang)
    notes = [t("compare.rank_note", lang)]
    if df["kilde"].str.contains("illustrativ").any():
        notes.append(t("plans.note", lang))
    values = {"seksjon": lambda v: render(section_name(v), lang), "kilde": lambda v: render(source_names(v), lang)}
    _emit(df, fmt, notes, {"kommuner": codes, "periode": config.term_name}, values=values, table_drop=("punkt",))


@click.command(cls=DknetCommand)
@click.argument("kommune", required=False)
@click.option("--county", metavar="FYLKE", default=None)
@click.option("--sf", default=None)
@click.option("--long", "long_form", is_flag=True)
@plan_config_options
@data_options
@format_option
def scorecard(
    kommune: str | None,
    county: str | None,
    sf: str | None,
    long_form: bool,
    as_of: dt.datetime | None,
    config_path: Path | None,
    data_dir: Path | None,
    data_mode: str,
    no_cache: bool,
    fmt: str,
) -> None:
    """The Distriktskommune 3.0 recommendations as a checklist (help: ``help.scorecard``)."""
    from dknet.analysis import scorecard as s
    from dknet.analysis.plans import source_names
    from dknet.overview import resolve_municipality
    from dknet.present.render import render_frame

    config = _plan_config(config_path, as_of)
    G = load(data_dir, data_mode, no_cache)
    codes = [resolve_municipality(G, kommune)] if kommune else None
    lang = current_lang()
    long = render_frame(s.scorecard(G, codes=codes, county=_county(G, county), sf=_sf(G, sf), config=config), lang)
    shares = s.source_shares(long)
    from dknet.present.numbers import percent

    notes = [
        t(
            "scorecard.term",
            lang,
            term=config.term_name,
            deadline=config.deadline.isoformat(),
            years=config.guidance_years,
            year=config.day().year,
        ),
        t(
            "scorecard.sources",
            lang,
            shares=", ".join(
                f"{percent(v, lang, decimals=0)} {render(source_names(k), lang)}" for k, v in shares.items()
            ),
        ),
    ]
    if "illustrativ" in shares:
        notes.append(t("plans.note", lang))
    notes.insert(0, s.headline(long).render(lang))
    values: dict[str, Callable[[Any], str]]
    if long_form or kommune:
        out = long
        values = {"status": lambda v: render(s.status_name(v), lang), "kilde": lambda v: render(source_names(v), lang)}
    else:
        out = s.scorecard_wide(long)
        values = {item: lambda v: render(s.answer_name(v), lang) for item in s.ITEMS}
    drop = ("kommunenummer", "navn", "punkt") if kommune else ()
    _emit(out, fmt, notes, {"periode": config.term_name, "kildefordeling": shares}, values=values, table_drop=drop)
