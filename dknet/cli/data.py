"""CLI commands about the data: ``info``, ``show``, ``validate``, ``data`` (templates, illustrative layer)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dknet.cli.common import EPILOG, data_options, echo_note, format_option, load, show_problems
from dknet.schema import ExitCode


@click.command(epilog=EPILOG)
@data_options
@format_option
def info(data_dir: Path | None, data_mode: str, no_cache: bool, fmt: str) -> None:
    """Counts per node label and relationship type, and the data sources behind them.

    \b
    Example:
      dknet info
      dknet info --format json
    """
    from dknet import overview
    from dknet.present.format import jsonable, render

    G = load(data_dir, data_mode, no_cache)
    sections = {
        "noder / nodes": overview.label_table(G),
        "relasjoner / relationships": overview.relationship_table(G),
        "datakilder / data sources": overview.source_table(G),
    }
    ill = G.graph.get("illustrative", {})
    note = (
        f"{ill.get('nodes', 0)} nodes, {ill.get('edges', 0)} relationships and "
        f"{ill.get('capacity_records', 0)} capacity records are illustrative (source=illustrative). "
        "Records per layer by kind (real, curated, user, illustrative) and their sources: docs/data-coverage.md."
    )
    if fmt == "json":
        import json

        click.echo(
            json.dumps(
                jsonable({"sections": sections, "illustrative": ill, "note": note}), ensure_ascii=False, indent=2
            )
        )
        return
    if fmt == "csv":
        import pandas as pd

        long = pd.concat([df.assign(seksjon=name) for name, df in sections.items()], ignore_index=True)
        for col in long.select_dtypes("number").columns:  # counts stay whole numbers despite the gaps
            if (long[col].dropna() % 1 == 0).all():
                long[col] = long[col].astype("Int64")
        click.echo(render(long, "csv"), nl=False)
        echo_note(note)
        return
    for name, df in sections.items():
        click.echo(f"\n{name}\n" if name != next(iter(sections)) else f"{name}\n")
        click.echo(render(df, "table"))
    click.echo(f"\n{note}")


@click.command(epilog=EPILOG)
@click.argument("kommune")
@data_options
@format_option
def show(kommune: str, data_dir: Path | None, data_mode: str, no_cache: bool, fmt: str) -> None:
    """One municipality: its profile (indicators) and every relation in the graph.

    KOMMUNE is a number or a name: 5026, holtålen, holtaalen, Guovdageaidnu, "Herøy (Nordland)".

    \b
    Example:
      dknet show holtaalen
      dknet show 5026 --format json
    """
    from dknet import overview
    from dknet.graph import municipality_node
    from dknet.present.format import jsonable, render

    G = load(data_dir, data_mode, no_cache)
    code = overview.resolve_municipality(G, kommune)
    profile = overview.municipality_profile(G, code)
    relations = overview.municipality_relations(G, code)
    card = overview.municipality_scorecard(G, code)
    note = overview.ILLUSTRATIVE_NOTE if overview.uses_illustrative(profile, relations) else None
    title = f"{G.nodes[municipality_node(code)]['name']} ({code})"
    if fmt == "json":
        import json

        click.echo(
            json.dumps(
                jsonable(
                    {
                        "kommune": code,
                        "navn": G.nodes[municipality_node(code)]["name"],
                        "profil": profile,
                        "relasjoner": relations,
                        "scorecard": card,
                        "note": note,
                    }
                ),
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if fmt == "csv":
        import pandas as pd

        long = pd.concat(
            [
                profile.rename(columns={"felt": "navn", "verdi": "detaljer"}).assign(seksjon="profil"),
                relations.assign(seksjon="relasjon"),
                card.rename(columns={"tekst": "navn", "kilde": "source"}).assign(
                    seksjon="anbefaling", detaljer=card["status"] + ": " + card["detaljer"]
                ),
            ],
            ignore_index=True,
        )[["seksjon", "relasjon", "type", "label", "id", "navn", "detaljer", "source"]]
        click.echo(render(long, "csv"), nl=False)
        echo_note(note)
        return
    click.echo(title)
    click.echo("=" * len(title))
    click.echo(render(profile[["felt", "verdi", "source"]], "table"))
    click.echo("\nRelasjoner / relations")
    click.echo(render(relations.drop(columns=["type"]), "table"))
    click.echo("\nAnbefalinger / scorecard (docs/plans.md)")
    click.echo(render(card, "table"))
    if note:
        click.echo(f"\n{note}")


@click.command(epilog=EPILOG)
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--data-mode",
    type=click.Choice(["overlay", "replace"]),
    default="overlay",
    show_default=True,
    help="Check the directory as it would be loaded with this mode.",
)
@format_option
def validate(directory: Path, data_mode: str, fmt: str) -> None:
    """Check your registers in DIRECTORY and list every problem at once.

    Each problem names the file, the row as Excel shows it (row 1 is the header), the column,
    the value, what was expected and how to fix it. Exits with 3 when there is any error;
    warnings (e.g. a Windows-1252 file that was read fine) do not fail the check.

    \b
    Example:
      dknet validate registre/
      dknet validate registre/ --format csv > problemer.csv
    """
    import pandas as pd

    from dknet.io.dataset import validate_directory
    from dknet.present.format import render

    problems = validate_directory(directory, mode=data_mode)  # type: ignore[arg-type]
    errors = sum(p.is_error for p in problems)
    if fmt == "table":
        show_problems(problems, err=False)
    else:
        df = pd.DataFrame(
            [p.as_dict() for p in problems], columns=["severity", "file", "row", "column", "value", "expected", "hint"]
        )
        df["row"] = df["row"].astype("Int64")
        click.echo(render(df, fmt), nl=fmt != "csv")  # type: ignore[arg-type]
    summary = f"{directory}: {errors} error(s), {len(problems) - errors} warning(s)."
    echo_note(summary + (" Nothing from this directory can be used until the errors are fixed." if errors else ""))
    if errors:
        sys.exit(ExitCode.INVALID_DATA)


@click.group()
def data() -> None:
    """Bundled data: templates for your own registers, the illustrative layer."""


@data.command("templates")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def data_templates(out_dir: Path) -> None:
    """Write blank templates (one CSV per layer, one XLSX workbook) and a column reference to OUT_DIR."""
    from dknet.io.templates import write_templates

    for path in write_templates(out_dir):
        click.echo(str(path))


@data.command("illustrate")
@click.option(
    "--seed", type=int, default=2024, show_default=True, help="Random seed; the same seed gives the same files."
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("illustrative"),
    show_default=True,
    help="Folder to write the layers to (in a checkout, --out data/illustrative updates the bundled layer).",
)
def data_illustrate(seed: int, out_dir: Path) -> None:
    """Regenerate the illustrative layer (plans, capacity, offices, regional plans, arenas, guidance).

    Calibrated to published figures (NIVI 2014:1: 61 % of municipalities have ≤ 0.5 FTE for
    community planning, 32 % for land-use planning; smaller and remoter municipalities have older
    plans and less capacity). Every record gets source=illustrative.
    """
    from dknet.io.illustrative import write_illustrative

    target, report = write_illustrative(out_dir, seed=seed)
    for name, n in report["rows"].items():
        click.echo(f"{target / (name + '.csv')}\t{n}")
    for k, v in report["calibration"].items():
        echo_note(f"{k}: {v:.3g}" if isinstance(v, float) else f"{k}: {v}")
