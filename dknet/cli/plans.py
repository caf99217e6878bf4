"""CLI commands about the plan situation: ``plans``, ``compare``, ``scorecard`` (Norwegian output).

Thin, like the rest of the CLI: parse, call one library function, format, echo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from dknet import api
from dknet.cli.common import Out, kept_pages, load
from dknet.cli.context import current_lang
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, format_option
from dknet.errors import choose
from dknet.messages import Lang, t
from dknet.messages.msg import render
from dknet.schema import PLAN_VIEWS


def _plan_config(config_path: Path | None, as_of: dt.datetime | None) -> Any:
    """The plan configuration of ``--config`` seen from ``--as-of`` (:func:`dknet.api.plan_config`)."""
    return api.plan_config(config_path, as_of=as_of.date() if as_of else None)


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


VIEWS = PLAN_VIEWS
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
@click.option("--compare-terms", is_flag=True)
@plan_config_options
@data_options
@format_option
@kept_pages("plans")
def plans(
    county: str | None,
    sf: str | None,
    statuses: tuple[str, ...],
    view: str,
    compare_terms: bool,
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
    if statuses and view in ("fylker", "sf"):
        raise click.UsageError(t("plans.status_filter", current_lang()))
    G = load(data_dir, data_mode, no_cache)
    where: dict[str, Any] = {"county": county, "sf": sf, "config": config}
    if compare_terms:
        _compare_terms(api.plan_terms(G, status=statuses, **where), config, fmt)
        return
    df = api.plans(G, view="kommuner", status=statuses, **where)
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

    if view == "kommuner":
        out = _municipality_rows(df, config, notes, lang) if fmt == "table" else df
    elif view in ("fylker", "sf"):
        out = api.plans(G, view=choose(view, PLAN_VIEWS, key="choice.plan_view"), **where)
    else:
        out = api.plans(G, view="neste-periode", status=statuses, **where)
        notes[0] = t(
            "plans.next",
            lang,
            term=config.next_term_name,
            constituted=config.next_constituted.isoformat(),
            deadline=config.next_deadline.isoformat(),
        )
    if (df["planstrategi_kilde"] == "illustrativ").any() or (df["arealdel_kilde"] == "illustrativ").any():
        notes.append(t("plans.note", lang))
    values = _plan_values(lang)
    _emit(out, fmt, notes, {**meta, "visning": view}, values=values)


def _status_name(status: str, lang: Lang) -> str:
    return t(f"scorecard.plan.{status}", lang)


def _municipality_rows(df: Any, config: Any, notes: list[str], lang: Lang) -> Any:
    """The table view of ``plans --view kommuner``: short columns, an earlier term's record in words, and the
    counts per status first among ``notes`` (changed in place)."""
    from dknet.analysis import plans as p

    out = df.drop(columns=["statsforvalter", "planstrategi_url"])
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
    by_status = ", ".join(f"{_status_name(s, lang)}: {int(counts[s])}" for s in p.STATUS_LABELS if s in counts)
    unknown = int(counts.get("ukjent", 0))
    notes[:0] = [by_status, t("plans.known", lang, known=known, n=len(df), unknown=unknown, term=config.term_name)]
    return out


def _plan_values(lang: Lang) -> dict[str, Callable[[Any], Any]]:
    """Column → how its machine values read for people (sources, statuses, revision) in ``lang``."""
    from dknet.analysis import plans as p

    kilde = [f"{x}_kilde" for x in ("planstrategi", *p.PLAN_PARTS)]
    values: dict[str, Callable[[Any], Any]] = {
        c: lambda v: render(p.source_names(v), lang) for c in [*kilde, *(SHORT[k] for k in kilde)]
    }
    code_of = {label: code for code, label in p.STATUS_LABELS.items()}  # the column holds the bokmål label
    values["planstrategi"] = lambda v: _status_name(code_of[v], lang) if v in code_of else v
    revision = {"forfalt": "report.rev_forfalt", "nei": "no", "ukjent": "report.rev_ukjent"}
    for col in ("sd_revisjon", "ad_revisjon", "samfunnsdel_revisjon", "arealdel_revisjon"):
        values[col] = lambda v: t(revision[v], lang) if v in revision else v
    return values


def _compare_terms(df: Any, config: Any, fmt: str) -> None:
    """``plans --compare-terms``: the term in force on the status day beside the previous one."""
    lang = current_lang()
    term, previous = (df["periode"].iloc[0], df["forrige_periode"].iloc[0]) if len(df) else ("", "")

    def change_name(code: str) -> str:
        return t(f"plans.term_change.{code}", lang)

    notes = [
        ", ".join(f"{change_name(str(k))}: {n}" for k, n in df["endring"].value_counts().sort_index().items()),
        t("plans.compare_terms.note", lang, term=term, previous=previous),
    ]

    def status_name(status: str) -> str:
        return t(f"scorecard.plan.{status}", lang)

    values = {"status": status_name, "forrige_status": status_name, "endring": change_name}
    _emit(df, fmt, notes, {"statusdag": config.day().isoformat()}, values=values)


@click.command(cls=DknetCommand)
@click.argument("kommuner", nargs=-1, required=True)
@plan_config_options
@data_options
@format_option
@kept_pages("compare")
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
    from dknet.analysis.compare import section_name
    from dknet.analysis.plans import source_names
    from dknet.overview import resolve_municipality

    if len(kommuner) < 2:
        raise click.UsageError(t("compare.two", current_lang()))
    config = _plan_config(config_path, as_of)
    G = load(data_dir, data_mode, no_cache)
    codes = [resolve_municipality(G, k) for k in kommuner]
    if len(set(codes)) < len(codes):
        raise click.UsageError(t("compare.same", current_lang()))
    lang = current_lang()
    df = api.compare(G, codes, config=config, lang=lang)
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
@kept_pages("scorecard")
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

    config = _plan_config(config_path, as_of)
    G = load(data_dir, data_mode, no_cache)
    lang = current_lang()
    long = api.scorecard(G, municipality=kommune, county=county, sf=sf, config=config, lang=lang)
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
