"""Load the bundled data set and, optionally, a user's directory of registers on top of it.

The bundled data lives in ``data/real`` (public sources), ``data/curated`` (records transcribed
from cited public web pages) and ``data/illustrative`` (generated, every record
``source=illustrative``); observed records replace the illustrative ones they contradict
(:func:`dknet.io.illustrative.supersede_illustrative`). A user directory holds files named after the layers
(``veiledning.csv``, ``plankontor.xlsx``, or one workbook whose sheets are named after layers);
``--data`` may also name one such workbook (``trondelag.xlsx`` from ``dknet register``) or one
layer-named CSV file. The pre-filled blank rows of a register workbook are not records
(:mod:`dknet.io.register`).

Two modes:
- ``overlay`` (default): a user row whose key exists replaces the cells it fills in; new keys
  are added. A ``kommuner.csv`` with only ``kommunenummer`` and ``folketall_2026`` updates that
  column for those municipalities.
- ``replace``: every layer the user supplies replaces the bundled layer of that name (the
  illustrative guidance contacts, say, give way to the county's own register). Rows of a
  bundled member layer whose parent is gone are dropped. ``kommuner``, ``fylker`` and
  ``statsforvaltere`` are always overlaid: the 2024 division is fixed.

Nothing is returned from a directory with errors: :func:`load_dataset` raises
:class:`~dknet.errors.DataValidationError` listing every problem; :func:`validate_directory`
returns them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from dknet.errors import DataValidationError
from dknet.io import limits
from dknet.io.conflicts import attach_tracking, combine_sources
from dknet.io.files import Inputs, Mode, bundled_dir, bundled_parts, fingerprint
from dknet.io.illustrative import drop_shadowed_keys, provenance_counts, supersede_illustrative
from dknet.io.problems import Problem, Severity
from dknet.io.rawtable import RawTable
from dknet.io.register import scaffold_columns, without_scaffold_rows
from dknet.io.tables import not_a_file, read_file
from dknet.io.validate import check_table
from dknet.io.workbook import visible_sheets
from dknet.messages.msg import Either, Local, Msg, Text
from dknet.names import NameIndex, skeleton
from dknet.schema import ILLUSTRATIVE, LAYERS, USER_SOURCE, Layer

#: The ``source`` of records read from a what-if (``--assume``) directory.
ASSUMED_SOURCE = "assumed"

#: Layers that define the fixed 2024 division; never replaced, only overlaid.
FIXED_LAYERS = ("statsforvaltere", "fylker", "kommuner")


@dataclass
class Dataset:
    """Validated tables by layer name, the files they came from, and warnings.

    Each table has the layer's columns plus ``_file`` and ``_row`` (where the record came from).
    """

    tables: dict[str, pd.DataFrame]
    files: list[Path]
    warnings: list[Problem] = field(default_factory=list)
    old_codes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: :func:`~dknet.io.files.fingerprint` of the bytes this data set was parsed from (the caches' key).
    input_digest: str = ""

    def table(self, name: str) -> pd.DataFrame:
        """The table of layer ``name`` without the bookkeeping columns."""
        return self.tables[name][LAYERS[name].column_names].copy()

    def illustrative_counts(self) -> dict[str, tuple[int, int]]:
        """Per layer: (illustrative records, all records)."""
        return {name: (int((df["source"] == ILLUSTRATIVE).sum()), len(df)) for name, df in self.tables.items()}

    def provenance_counts(self) -> dict[str, dict[str, int]]:
        """Per layer: records by kind (real, curated, user, illustrative, assumed); see ``illustrative.KINDS``."""
        return {name: provenance_counts(df) for name, df in self.tables.items()}


def _find_layer_files(
    directory: Path, inputs: Inputs | None = None
) -> tuple[dict[str, list[tuple[Path, str | None]]], list[Problem]]:
    """Map layer name → [(file, sheet)] for the files in ``directory``; warn about unknown files.

    An entry named after a layer that is not a regular file (a dangling link, a FIFO, a folder)
    is an error: it would otherwise pass as if it were not there.

    Only visible sheets count (a hidden sheet named after a layer is reported and skipped). When
    a layer has several sources and all but one are empty templates (a header and no rows, as
    ``dknet data templates`` writes both a CSV and a workbook sheet per layer), the empty ones
    are ignored with a warning; several sources with rows are all read and combined by
    :func:`dknet.io.conflicts.combine_sources` (two values for one record are a located conflict).
    """
    found: dict[str, list[tuple[Path, str | None]]] = {}
    problems: list[Problem] = []
    by_skeleton = {skeleton(n): n for n in LAYERS}
    inputs = inputs if inputs is not None else Inputs()
    try:
        entries = [directory] if directory.is_file() else inputs.listing(directory)
    except OSError as e:
        return found, [Problem(str(directory), None, None, None, Msg("expect.readable_directory"), str(e))]
    for path in entries:
        if path.name.startswith((".", "~$")):
            continue
        suffix = path.suffix.lower()
        stem = by_skeleton.get(skeleton(path.stem))
        if suffix in (".csv", ".xlsx") and (why := not_a_file(path)) is not None:
            if stem or suffix == ".xlsx":
                problems.append(Problem(path.name, None, None, None, Msg("expect.readable_file"), why))
            continue
        if not path.is_file():
            continue
        if (suffix == ".csv" and stem) or (suffix == ".xlsx" and stem):
            found.setdefault(stem, []).append((path, None))
        elif suffix == ".xlsx":
            try:  # read once (the key is of these bytes); a file over the size limit is refused unread
                data: bytes | None = inputs.read(path) if path.stat().st_size <= limits.MAX_FILE_BYTES else None
            except OSError:
                data = None  # visible_sheets reports it, located
            shown, hidden, unreadable = visible_sheets(path, data)
            problems.extend(unreadable)
            for sheet in hidden:
                if by_skeleton.get(skeleton(sheet)):
                    problems.append(
                        Problem(
                            f"{path.name} [{sheet}]",
                            None,
                            None,
                            None,
                            Msg("warn.hidden_sheet"),
                            Msg("hint.unhide_sheet"),
                            Severity.WARNING,
                        )
                    )
            sheets = [(s, by_skeleton.get(skeleton(s))) for s in shown]
            if not unreadable and not any(layer for _, layer in sheets):
                problems.append(_unknown_file(path))
            for sheet, layer in sheets:
                if layer:
                    found.setdefault(layer, []).append((path, sheet))
        elif suffix in (".csv", ".xlsx", ".xls", ".xlsm", ".txt", ".ods", ".tsv"):
            problems.append(_unknown_file(path))
    for layer, sources in found.items():
        if len(sources) > 1:  # several filled files (two advisers' copies) are combined: dknet.io.conflicts
            sources[:] = _drop_empty_templates(layer, sources, problems, inputs)
    return found, problems


def _drop_empty_templates(
    layer: str, sources: list[tuple[Path, str | None]], problems: list[Problem], inputs: Inputs
) -> list[tuple[Path, str | None]]:
    """Of several sources for ``layer``, drop those without data rows when at most one has rows."""
    tables = {(p, s): _read_layer(layer, p, s, inputs) for p, s in sources}
    # A file that cannot be read is not a blank template: it stays, and its problems are reported.
    filled = [src for src, t in tables.items() if t.rows or any(q.is_error for q in t.problems)]
    if len(filled) > 1:
        return sources
    if not filled:  # all blank (a fresh template directory): read the CSV, say nothing
        return sorted(sources, key=lambda ps: ps[1] is not None)[:1]
    keep = filled
    for p, s in sources:
        if (p, s) not in keep:
            problems.append(
                Problem(
                    p.name + (f" [{s}]" if s else ""),
                    None,
                    None,
                    None,
                    Msg("warn.empty_template", layer=layer),
                    Msg("hint.empty_template", file=keep[0][0].name, layer=layer),
                    Severity.WARNING,
                )
            )
    return keep


def _read_layer(layer: str, path: Path, sheet: str | None, inputs: Inputs) -> RawTable:
    """A layer's table from a file (or one sheet), without a register workbook's pre-filled blank rows."""
    table = read_file(path, sheet, inputs=inputs)
    if sheet is None:
        return table
    try:
        scaffold = scaffold_columns(inputs.read(path)).get(layer, frozenset())
    except OSError:
        return table  # the reader has said why
    return without_scaffold_rows(table, scaffold)


def _unknown_file(path: Path) -> Problem:
    import difflib

    close = difflib.get_close_matches(path.stem.lower(), list(LAYERS), n=1)
    suffix = path.suffix.lower() if path.suffix.lower() in (".csv", ".xlsx") else ".xlsx"
    hint = Msg("hint.layers", layers=", ".join(LAYERS))
    if path.suffix.lower() in (".xls", ".ods", ".txt"):
        hint = Msg("hint.save_as_xlsx_csv", rest=hint)
    if close:
        hint = Msg("hint.did_you_mean_then", close=f"{close[0]}{suffix}", rest=hint)
    return Problem(path.name, None, None, None, Msg("warn.unknown_file"), hint, Severity.WARNING)


def _read(path: Path, sheet: str | None, display: str, inputs: Inputs) -> RawTable:
    return read_file(path, sheet, display, inputs=inputs)


def _old_codes(bundled: Path, inputs: Inputs) -> dict[str, tuple[str, str]]:
    import io

    ref = bundled / "reference" / "kommunenummer_2020_2023.csv"
    if not ref.is_file():
        return {}
    df = pd.read_csv(io.BytesIO(inputs.read(ref)), dtype=str, keep_default_na=False)
    return {str(r["gammelt_nummer"]): (str(r["nytt_nummer"]), str(r["gammelt_navn"])) for r in df.to_dict("records")}


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in r.items()} for r in df.to_dict(orient="records")]


class _Loader:
    """Reads, checks and merges layers in schema order (divisions first, so names resolve)."""

    def __init__(
        self, bundled: Path, user_dir: Path | None, mode: Mode, assume_dir: Path | None = None, demo: bool | None = None
    ) -> None:
        self.bundled = bundled
        self.demo = demo
        self.parts = bundled_parts(demo)
        self.inputs = Inputs()  # each file listed and read once; the digest is of what was parsed
        self.user_dir = user_dir
        self.assume_dir = assume_dir
        self.mode = mode
        self.problems: list[Problem] = []
        self.files: list[Path] = []
        self.tables: dict[str, pd.DataFrame] = {}
        self.municipalities: NameIndex | None = None
        self.counties: NameIndex | None = None
        self.old_codes = _old_codes(bundled, self.inputs)
        self.scaffolds: dict[Path, dict[str, frozenset[str]]] = {}

    def _files(self, directory: Path | None) -> dict[str, list[tuple[Path, str | None]]] | None:
        if directory is None:
            return {}
        if directory.is_file() and directory.suffix.lower() in (".xlsx", ".csv"):
            pass  # one workbook (or one layer-named CSV) stands for a folder holding it alone
        elif not directory.is_dir():
            self.problems.append(Problem(str(directory), None, None, None, Msg("expect.directory_or_workbook")))
            return None
        found, problems = _find_layer_files(directory, self.inputs)
        self.problems.extend(problems)
        return found

    def run(self) -> None:
        user_files = self._files(self.user_dir)
        assumed_files = self._files(self.assume_dir)
        if user_files is None or assumed_files is None:
            return
        for name, layer in LAYERS.items():
            bundled = self._bundled(layer)
            self._index(name, bundled)
            partial = name in FIXED_LAYERS
            user = [
                self._check(layer, p, s, p.name + (f" [{s}]" if s else ""), partial=partial, tracked=True)
                for p, s in user_files.get(name, [])
            ]
            if user:  # several advisers' files: one record per key, or a located conflict
                combined, conflicts = combine_sources(layer, user)
                self.problems.extend(conflicts)
                user = [combined]
            self.tables[name] = self._merge(name, bundled, user)
            assumed = [
                self._check(layer, p, s, f"{p.name} (assumed)", partial=partial, default_source=ASSUMED_SOURCE)
                for p, s in assumed_files.get(name, [])
            ]
            if assumed:  # what-if records always add to (overlay) what is there
                self.tables[name] = self._merge(name, self.tables[name], assumed, mode="overlay")
            self._index(name, self.tables[name])
        # Observed records (real, curated, the user's) replace the illustrative ones they make
        # wrong; the rules are in dknet.io.illustrative and docs/data-coverage.md.
        self.tables = supersede_illustrative(self.tables)
        self._drop_orphans()
        self._check_references()

    def input_digest(self) -> str:
        """The key of what was loaded: :func:`~dknet.io.files.fingerprint` of the bytes parsed."""
        return fingerprint(
            self.user_dir,
            mode=self.mode,
            bundled=self.bundled,
            demo=self.demo,
            inputs=self.inputs,
            assume_dir=self.assume_dir,
        )

    def _index(self, name: str, table: pd.DataFrame) -> None:
        """(Re)build the name index that the next files' references are resolved with."""
        if name == "fylker":
            self.counties = NameIndex.from_counties(table)
        elif name == "kommuner":
            fylker = self.tables["fylker"]
            counties = dict(zip(fylker.fylkesnummer, fylker.navn, strict=True))
            self.municipalities = NameIndex.from_municipalities(table, counties, self.old_codes)

    def _bundled(self, layer: Layer) -> pd.DataFrame:
        frames = []
        for part in self.parts:
            path = self.bundled / part / f"{layer.name}.csv"
            if path.is_file():
                frames.append(self._check(layer, path, None, f"{part}/{path.name} (bundled)"))
        if not frames:
            return self._empty(layer)
        if len(frames) == 1:
            return frames[0]
        # An illustrative record with the key of an observed one (a plan "5026-arealdel") gives way.
        return drop_shadowed_keys(layer.name, pd.concat(frames, ignore_index=True))

    def _empty(self, layer: Layer) -> pd.DataFrame:
        return pd.DataFrame(columns=["_file", "_row", *layer.column_names])

    def _check(
        self,
        layer: Layer,
        path: Path,
        sheet: str | None,
        display: str,
        *,
        partial: bool = False,
        default_source: str = USER_SOURCE,
        tracked: bool = False,
    ) -> pd.DataFrame:
        self.files.append(path)
        table = _read(path, sheet, display, self.inputs)
        if sheet is not None:  # a register workbook's pre-filled blank rows are not records
            table = without_scaffold_rows(table, self._scaffold(path).get(layer.name, frozenset()))
        df, problems = check_table(
            table, layer, self.municipalities, self.counties, partial=partial, default_source=default_source
        )
        self.problems.extend(problems)
        df.insert(0, "_file", display)
        return attach_tracking(df, table) if tracked else df

    def _scaffold(self, path: Path) -> dict[str, frozenset[str]]:
        """The scaffold columns a register workbook names (:mod:`dknet.io.register`), read once per file."""
        if path not in self.scaffolds:
            try:
                self.scaffolds[path] = scaffold_columns(self.inputs.read(path))
            except OSError:
                self.scaffolds[path] = {}  # the reader reports it, located
        return self.scaffolds[path]

    def _merge(
        self, name: str, bundled: pd.DataFrame, user: list[pd.DataFrame], mode: Mode | None = None
    ) -> pd.DataFrame:
        if not user:
            return bundled
        key = list(LAYERS[name].key)
        # An empty file still counts: in replace mode it replaces the layer with nothing.
        incoming = pd.concat(user, ignore_index=True) if len(user) > 1 else user[0]
        incoming = incoming.dropna(subset=key)
        if (mode or self.mode) == "replace" and name not in FIXED_LAYERS:
            return incoming.reset_index(drop=True)
        if bundled.empty or incoming.empty:
            return (incoming if bundled.empty else bundled).reset_index(drop=True)
        b = bundled.set_index(key)
        u = incoming.drop_duplicates(subset=key).set_index(key)
        common = b.index.intersection(u.index)
        updated = u.loc[common].combine_first(b.loc[common])
        merged = b.copy()
        for col in updated.columns:
            merged.loc[common, col] = updated[col]
        added = u.loc[u.index.difference(b.index)]
        return pd.concat([merged, added]).reset_index()

    def _drop_orphans(self) -> None:
        """After ``replace``, members of groups that are gone are dropped from bundled rows."""
        for name, layer in LAYERS.items():
            for col in layer.columns:
                if col.references and col.references not in ("kommuner", "fylker") and col.references in self.tables:
                    parent = self.tables[col.references]
                    keys = set(parent[LAYERS[col.references].key[0]].dropna())
                    df = self.tables[name]
                    bundled_orphan = df["_file"].str.endswith("(bundled)") & ~df[col.name].isin(keys)
                    if self.mode == "replace" and bundled_orphan.any():
                        self.tables[name] = df[~bundled_orphan].reset_index(drop=True)

    def _check_references(self) -> None:
        counties = set(self.tables["fylker"]["fylkesnummer"].dropna())
        offices = set(self.tables["statsforvaltere"]["statsforvalter_id"].dropna())
        for name, layer in LAYERS.items():
            df = self.tables[name]
            for col in layer.columns:
                if not col.references or col.references in ("kommuner", "fylker"):
                    continue  # resolved by the name indexes while checking cells
                target = LAYERS[col.references]
                keys = set(self.tables[col.references][target.key[0]].dropna())
                bad = df[df[col.name].notna() & ~df[col.name].isin(keys)]
                for rec in _records(bad):
                    value = str(rec[col.name])
                    expected = Msg("expect.id_in_layer", layer=target.name, title=Local(target.nb, "", target.en))
                    self._missing(rec, col.name, value, expected, keys)
        for rec in _records(self.tables["veiledning"]):
            fra = rec["fra_id"]
            if rec["fra_type"] == "FK" and pd.notna(fra) and fra not in counties:
                self._county_ref(rec, "fra_id", str(fra), counties, Msg("expect.county_for_fk"))
            if rec["fra_type"] == "SF" and pd.notna(fra) and fra not in offices:
                self._missing(rec, "fra_id", str(fra), Msg("expect.sf_for_sf"), offices)
        for rec in _records(self.tables["arenaer"]):
            org = rec["arrangor"]
            if pd.notna(org) and org and org not in counties and org not in offices:
                expected = Msg("expect.county_or_sf")
                self._county_ref(rec, "arrangor", str(org), counties | offices, expected)

    def _county_ref(self, rec: dict[str, Any], column: str, value: str, keys: set[str], expected: Msg) -> None:
        if self.counties is not None:
            try:
                code = self.counties.resolve(value)
            except LookupError:
                pass
            else:
                self._report(rec, column, value, expected, Msg("hint.write_number", code=code))
                return
        self._missing(rec, column, value, expected, keys)

    def _missing(self, rec: dict[str, Any], column: str, value: str, expected: Msg, keys: Iterable[str]) -> None:
        import difflib

        close = difflib.get_close_matches(value, sorted(keys), n=2)
        hint = Msg("hint.add_reference")
        if close:
            hint = Msg("hint.did_you_mean_then", close=Either(close), rest=hint)
        self._report(rec, column, value, expected, hint)

    def _report(self, rec: dict[str, Any], column: str, value: str, expected: Text, hint: Text) -> None:
        """An error located at the record's file and Excel row."""
        self.problems.append(Problem(str(rec["_file"]), int(rec["_row"]), column, value, expected, hint))


def validate_directory(
    user_dir: Path | None, *, mode: Mode = "overlay", bundled: Path | None = None, demo: bool | None = None
) -> list[Problem]:
    """Every problem (errors and warnings) in ``user_dir`` read on top of the bundled data."""
    loader = _Loader(bundled or bundled_dir(), user_dir, mode, demo=demo)
    loader.run()
    return loader.problems


def load_dataset(
    user_dir: Path | None = None,
    *,
    mode: Mode = "overlay",
    bundled: Path | None = None,
    assume_dir: Path | None = None,
    demo: bool | None = None,
) -> Dataset:
    """Load and validate; raises DataValidationError with all problems when any is an error.

    ``assume_dir`` holds hypothetical records (a what-if): read last, always overlaid, and
    marked ``source=assumed`` unless their ``source`` column says otherwise. ``demo`` adds the
    generated demonstration layers (default: ``DKNET_DEMO``; see :func:`dknet.io.files.demo_requested`).
    """
    loader = _Loader(bundled or bundled_dir(), user_dir, mode, assume_dir, demo)
    loader.run()
    if any(p.is_error for p in loader.problems):
        raise DataValidationError(loader.problems)
    warnings = [p for p in loader.problems if not p.is_error]
    return Dataset(loader.tables, loader.files, warnings, loader.old_codes, loader.input_digest())
