"""``dknet partners``: ranked partner suggestions with reasons, for one municipality or all.

The everyday request (``dknet partners KOMMUNE`` with the defaults) is answered from the
cache's lookup table (:mod:`dknet.lookup`) without importing pandas or networkx; every other
request runs the analysis (:func:`dknet.analysis.partners.suggest_partners`). Both print
through :func:`_print_partners`, so the same request gives the same bytes either way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from dknet import api
from dknet.cli.analysis import output_notes, profile_config, profile_options
from dknet.cli.common import Out, kept_pages, load
from dknet.cli.context import data_demo
from dknet.cli.helptext import DknetCommand
from dknet.cli.options import data_options, format_option
from dknet.errors import choose
from dknet.messages import t
from dknet.schema import PURPOSES, Label, node_id


@click.command(cls=DknetCommand)
@click.argument("kommune", required=False)
@click.option(
    "--purpose",
    type=click.Choice(PURPOSES),
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
@kept_pages("partners", when=lambda p: bool(p["all_"]))
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
    # The everyday request is answered from the cache's lookup table, without pandas or networkx
    # (dknet.lookup); the same request on the full path gives the same answer (tested).
    from dknet.lookup import TOP  # here, not at import: the other commands need none of it

    default = config_path is None and not weights and within is None and not include_existing and top <= TOP
    looked_up = kommune if default and not all_ and out.is_text and not no_cache else None
    if looked_up is not None and _print_looked_up(out, looked_up, purpose, data_dir, data_mode, top, explain):
        return
    config = profile_config(config_path, weights)
    G = load(data_dir, data_mode, no_cache)
    if looked_up is not None and not (data_dir is not None and G.graph.get("warnings")):  # warnings: never looked up
        _print_new_lookup(out, G, looked_up, purpose, config, data_dir, data_mode, top, explain)
        return
    notes = output_notes(G, config)
    chosen = choose(purpose, PURPOSES, key="choice.purpose")  # click offered PURPOSES: typed here, not cast
    if all_ or kommune is None:
        if not all_:
            raise click.UsageError(t("partners.need_kommune", out.lang))
        table = api.all_partners(
            G, purpose=chosen, top=top, config=config, lang=out.lang, include_existing=include_existing
        )
        _print_all(out, table, purpose, notes)
        return
    from dknet.overview import resolve_municipality

    code = resolve_municipality(G, kommune)
    df = api.partners(
        G,
        code,
        purpose=chosen,
        top=top,
        within=within,
        include_existing=include_existing,
        config=config,
        lang=out.lang,
    )
    _print_one(out, G, code, df, purpose, notes, top=top, explain=explain)


def _print_looked_up(
    out: Out, kommune: str, purpose: str, data_dir: Path | None, data_mode: str, top: int, explain: bool
) -> bool:
    """Print the answer kept in the lookup table of the cache; False when there is none (cold cache, new data)."""
    from dknet.lookup import read_partners

    lookup = read_partners(data_dir, data_mode, purpose=purpose, lang=out.lang, demo=data_demo())  # type: ignore[arg-type]
    answer = lookup.answer(kommune) if lookup is not None else None
    if answer is None:
        return False
    _print_partners(out, answer, top=top, explain=explain)
    return True


def _print_new_lookup(
    out: Out,
    G: Any,
    kommune: str,
    purpose: str,
    config: Any,
    data_dir: Path | None,
    data_mode: str,
    top: int,
    explain: bool,
) -> None:
    """Compute the lookup table of every municipality (kept for the next run) and print the one asked for."""
    from dknet.lookup import write_partners
    from dknet.overview import resolve_municipality

    lookup = write_partners(G, data_dir, data_mode, purpose=purpose, lang=out.lang, config=config)  # type: ignore[arg-type]
    answer = lookup.answer(kommune)
    if answer is None:
        resolve_municipality(G, kommune)  # raises the error that says why
        return
    _print_partners(out, answer, top=top, explain=explain)


def _print_all(out: Out, table: Any, purpose: str, notes: list[str]) -> None:
    """``dknet partners --all``: one row per pair, in every format."""
    table = table.assign(reasons=table["reasons"].map("; ".join))
    out.json({"purpose": purpose, "rows": table, "notes": notes})
    out.rows(table)
    out.table(_rounded(table))
    for n in notes:
        out.note(n)
    out.finish()


def _print_one(
    out: Out, G: Any, code: str, df: Any, purpose: str, notes: list[str], *, top: int, explain: bool
) -> None:
    """``dknet partners KOMMUNE`` computed afresh: JSON, CSV and XLSX here; tables by :func:`_print_partners`."""
    from dknet.present.format import jsonable

    hidden, empty, shared = df.attrs.get("hidden", []), df.attrs.get("empty_reason"), df.attrs.get("shared")
    name = G.nodes[node_id(Label.MUNICIPALITY, code)]["name"]
    out.json(
        {
            "kommune": code,
            "navn": name,
            "purpose": purpose,
            "suggestions": df,
            "hidden_existing": hidden,
            "empty_reason": empty,
            "shared": shared,
            "note": "\n".join(notes) or None,
        }
    )
    out.rows(df.assign(purpose=purpose, reasons=df["reasons"].map("; ".join)))
    if not out.is_text:
        for line in [
            *([empty] if empty else []),
            *([shared] if shared else []),
            *_hidden_lines(hidden, out.lang),
            *notes,
        ]:
            out.note(line.strip())
        out.finish()
        return
    answer = {"kommune": code, "navn": name, "purpose": purpose, "rows": jsonable(df), "hidden": hidden}
    _print_partners(out, {**answer, "empty_reason": empty, "shared": shared, "notes": notes}, top=top, explain=explain)


#: Decimals of the table's figures: scores to 3, distances to whole km, sea gaps to 0.1 km.
_DIGITS = {"score": 3, "similarity": 3, "feasibility": 3, "context": 3, "distance_km": 0, "gap_km": 1}


def _print_partners(out: Out, answer: dict[str, Any], *, top: int, explain: bool) -> None:
    """The table output of ``dknet partners KOMMUNE`` from an answer of plain values (fresh or looked up)."""
    from dknet.present.text import table_rows

    lang = out.lang
    rows = answer["rows"][:top]
    out.line(t(f"partners.heading.{answer['purpose']}", lang, name=answer["navn"], code=answer["kommune"]))
    if out.real:  # the real data set: no column about generated records it never read
        from dknet.cli.common import without_illustrative

        rows = without_illustrative(rows)
    columns = [c for c in rows[0] if c != "reasons"] if rows else []
    if not rows:
        out.line(answer.get("empty_reason") or t("partners.none", lang))
    else:
        cells = [[_cell(c, r[c], lang) for c in columns] for r in rows]
        lines = table_rows(["kommune" if c == "kommunenummer" else c for c in columns], cells, lang).splitlines()
        if not explain:
            out.line("\n".join(lines))
        else:
            out.line("\n".join(lines[:2]))
            for line, r in zip(lines[2:], rows, strict=True):
                out.line(line)
                out.line("      " + "; ".join(r["reasons"]))
        if explain and answer.get("shared"):  # what every candidate shares, said once (reasons.list_reasons)
            out.line("")
            out.line(answer["shared"])
    for line in _hidden_lines(answer["hidden"], lang):
        out.line(line)
    for n in answer["notes"]:
        out.note(n)
    out.finish()


def _cell(column: str, value: Any, lang: str) -> Any:
    """A table cell: figures rounded as :data:`_DIGITS` says, the kind of neighbour (land, sjø) by name."""
    if column in _DIGITS and isinstance(value, float) and value == value:
        return round(value, _DIGITS[column])
    if column == "neighbour" and value:
        return t(f"partners.neighbour.{value}", lang)
    return value


def _rounded(df: Any) -> Any:
    """The table's figures of a DataFrame rounded as :data:`_DIGITS` says."""
    return df.assign(**{c: df[c].round(d) for c, d in _DIGITS.items() if c in df.columns})


def _hidden_lines(hidden: list[dict[str, Any]], lang: str) -> list[str]:
    """The footnote listing candidates left out because they already cooperate (with period and source)."""
    if not hidden:
        return []
    from dknet.analysis.cooperation import running_since  # light: messages and schema only

    lines = ["", t("partners.hidden", lang)]
    for h in hidden:
        when = ", " + running_since(h.get("periode"), h.get("sist_bekreftet")).render(lang)
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
