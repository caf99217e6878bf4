"""CLI commands about the data: ``info``, ``show``, ``validate``, ``data`` (templates, illustrative layer)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from dknet import api
from dknet.cli.common import Out, echo_note, load
from dknet.cli.context import current_demo, current_lang, data_demo
from dknet.cli.failure import show_problems
from dknet.cli.helptext import DknetCommand, DknetHelpGroup
from dknet.cli.options import data_options, demo_option, format_option, lang_option
from dknet.errors import choose
from dknet.messages import count, t
from dknet.schema import DATA_MODES, ExitCode


@click.command(cls=DknetCommand)
@data_options
@format_option
def info(data_dir: Path | None, data_mode: str, no_cache: bool, fmt: str) -> None:
    """Counts per label and relationship type, and the sources (help: ``help.info``)."""
    out = Out(fmt)
    if _print_kept(out, "info", None, data_dir, data_mode, no_cache):
        return
    G = load(data_dir, data_mode, no_cache)
    sections = api.info(G)  # JSON keys and CSV section names, stable for programs
    demo = bool(G.graph.get("demo"))
    mode = t("demo.mode.demo" if demo else "demo.mode.real", out.lang)
    ill = G.graph.get("illustrative", {})
    note = None
    if demo or any(ill.values()):  # the real data set has no generated records to count
        note = t(
            "info.note",
            out.lang,
            nodes=ill.get("nodes", 0),
            edges=ill.get("edges", 0),
            capacity=ill.get("capacity_records", 0),
        )
    out.json(
        {
            "data_set": "demo" if demo else "real",
            "sections": sections,
            **({"illustrative": ill} if note else {}),
            "note": note,
        }
    )
    out.line(mode + "\n")
    if fmt == "csv":
        import pandas as pd

        long = pd.concat([df.assign(seksjon=name) for name, df in sections.items()], ignore_index=True)
        for col in long.select_dtypes("number").columns:  # counts stay whole numbers despite the gaps
            if (long[col].dropna() % 1 == 0).all():
                long[col] = long[col].astype("Int64")
        out.rows(long)
    for df, key in zip(sections.values(), ("nodes", "relationships", "sources", "public"), strict=True):
        heading = t(f"info.{key}", out.lang)
        out.rows(df, sheet=heading)
        out.line(f"\n{heading}\n" if key != "nodes" else f"{heading}\n")
        out.table(df)
    out.note(note)
    if not out.is_text:
        out.note(mode)
    out.finish()
    _keep(out, G, "info", "", data_dir, data_mode, no_cache)


@click.command(cls=DknetCommand)
@click.argument("kommune")
@data_options
@format_option
def show(kommune: str, data_dir: Path | None, data_mode: str, no_cache: bool, fmt: str) -> None:
    """One municipality: profile, relations, scorecard (help: ``help.show``)."""
    out = Out(fmt)
    if _print_kept(out, "show", kommune, data_dir, data_mode, no_cache):
        return
    G = load(data_dir, data_mode, no_cache)
    shown = api.show(G, kommune, lang=out.lang)
    code, profile, relations, card = shown["kommune"], shown["profil"], shown["relasjoner"], shown["scorecard"]
    note = t("illustrative.rows", out.lang) if shown["illustrative"] else None
    title = f"{shown['navn']} ({code})"
    out.json({k: v for k, v in shown.items() if k != "illustrative"} | {"note": note})
    if not (fmt == "csv" and out.dialect == "standard"):  # status and kilde by name for people; JSON keeps them
        from dknet.analysis.plans import source_names
        from dknet.analysis.scorecard import status_name
        from dknet.messages.msg import render

        card = card.assign(
            status=card["status"].map(lambda v: render(status_name(v), out.lang)),
            kilde=card["kilde"].map(lambda v: render(source_names(v), out.lang)),
        )
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
        out.rows(long)
    out.rows(profile, sheet=t("show.profile", out.lang))
    out.rows(relations, sheet=t("show.relations", out.lang))
    out.rows(card, sheet=t("show.scorecard", out.lang).split(" (")[0])
    out.line(title)
    out.line("=" * len(title))

    from dknet.overview import source_label

    def labelled(df: Any) -> Any:  # the kind of source in words (offentlig kilde, kuratert fra nettside …)
        return df.assign(source=df["source"].map(lambda v: source_label(v, out.lang)))

    out.table(labelled(_profile_for_people(profile, out.lang)))
    out.line("\n" + t("show.relations", out.lang))
    out.table(labelled(relations.drop(columns=["type"])))
    out.line("\n" + t("show.scorecard", out.lang))
    out.table(card)
    out.note(note)
    out.finish()
    _keep(out, G, "show", code, data_dir, data_mode, no_cache)


def _print_kept(out: Out, command: str, kommune: str | None, data_dir: Path | None, mode: str, no_cache: bool) -> bool:
    """Print the page an earlier run of ``command`` kept (:mod:`dknet.lookup`); False when there is none."""
    if not out.is_text or no_cache:
        return False
    from dknet.lookup import read_outputs

    kept = read_outputs(data_dir, mode, command=command, lang=out.lang, demo=data_demo())  # type: ignore[arg-type]
    page = kept.page(kommune) if kept is not None else None
    if page is None:
        return False
    out.print_page(page)
    return True


def _keep(out: Out, G: Any, command: str, code: str, data_dir: Path | None, mode: str, no_cache: bool) -> None:
    """Keep the table page just printed, so that the next run of the same request needs neither pandas nor networkx."""
    if out.is_text and not no_cache:
        from dknet.lookup import keep_output

        demo = bool(G.graph.get("demo"))
        keep_output(G, data_dir, mode, command=command, lang=out.lang, code=code, page=out.page(), demo=demo)  # type: ignore[arg-type]


@click.command(cls=DknetCommand)
@click.argument("directory", type=click.Path(exists=True, path_type=Path))  # a folder or one workbook
@click.option(
    "--data-mode",
    type=click.Choice(DATA_MODES),
    default="overlay",
    show_default=True,
)
@demo_option
@format_option
def validate(directory: Path, data_mode: str, fmt: str) -> None:
    """Check the registers in DIRECTORY (or one workbook), every problem at once (help: ``help.validate``)."""
    import pandas as pd

    out = Out(fmt)
    # --demo: references may name generated records. The problems are about the user's files, made
    # from no generated record, so they carry no banner.
    problems = api.validate(directory, mode=choose(data_mode, DATA_MODES, key="choice.data_mode"), demo=current_demo())
    errors = sum(p.is_error for p in problems)
    if fmt == "table" and out.path is None:
        show_problems(problems, err=False)
    else:
        # JSON is for programs: English texts and the catalogue keys. CSV, XLSX and a table file
        # are for people: the texts in --lang.
        columns = ["severity", "file", "row", "column", "value", "expected", "hint"]
        doc = pd.DataFrame([p.as_dict() for p in problems], columns=[*columns, "key", "hint_key"])
        doc["row"] = doc["row"].astype("Int64")
        df = pd.DataFrame(
            [
                {
                    **p.as_dict(),
                    "severity": p.severity.label(out.lang),
                    "expected": p.expected_text(out.lang),
                    "hint": p.hint_text(out.lang),
                }
                for p in problems
            ],
            columns=columns,
        )
        df["row"] = df["row"].astype("Int64")
        out.json(doc)
        out.rows(df)
        out.table(df)
        out.finish()
    summary = t(
        "validate.summary",
        out.lang,
        dir=directory,
        errors=count(errors, "error", out.lang),
        warnings=count(len(problems) - errors, "warning", out.lang),
    )
    echo_note(summary + (" " + t("validate.unusable", out.lang) if errors else ""))
    if errors:
        sys.exit(ExitCode.INVALID_DATA)


@click.group(cls=DknetHelpGroup)
def data() -> None:
    """Bundled data: templates for your own registers (help: ``help.data``)."""


@data.command("templates", help_key="help.data.templates")
@lang_option
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True)
def data_templates(out_dir: Path, force: bool) -> None:
    """Blank templates and a column reference to OUT_DIR (help: ``help.data.templates``).

    Files of the same name are never replaced without ``--force`` (they may be filled in).
    """
    from dknet.cli.failure import Failure
    from dknet.io.templates import TemplatesExistError
    from dknet.messages.msg import Msg

    try:
        written = api.templates(out_dir, lang=current_lang(), force=force)
    except TemplatesExistError as e:
        raise Failure(Msg("templates.exist", dir=str(e.directory), files=", ".join(e.existing))) from e
    except OSError as e:
        raise Failure(Msg("templates.cannot_write", dir=str(out_dir), reason=str(e.strerror or e))) from e
    for path in written:
        click.echo(str(path))


def _profile_for_people(profile: Any, lang: str) -> Any:
    """The profile as the table shows it: field names in ``lang`` (English or Norwegian), shares as
    percentages ("26,5 %"), other numbers in ``lang``'s format."""
    from dknet.present.numbers import number, percent

    def show(field: str, value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return value
        if "share" in field.casefold():  # "Share aged 67+", "Coast share of the outline"
            return percent(float(value), lang)
        return number(value, lang)

    shown = profile.assign(verdi=[show(f, v) for f, v in zip(profile["field"], profile["verdi"], strict=True)])
    if lang == "en":
        shown = shown.assign(felt=profile["field"])
    return shown[["felt", "verdi", "source"]]
