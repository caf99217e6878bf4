"""The county's register workbook (``dknet register``): one sheet per register, pre-filled, that round-trips.

:func:`register_sheets` chooses the rows, :func:`register_workbook` writes them. Each register
sheet is named after its layer (``planer``, ``veiledning``, ``plankontor``,
``plankontor_medlemmer``, ``arenaer``, ``arena_medlemmer``, ``plankapasitet``) and has that
layer's columns, so the loader reads the filled workbook back as it is (``dknet validate
FILE.xlsx``, ``--data FILE.xlsx``).

Every municipality of the county (or of the state administrator's counties) has a row on every
sheet, filled with every known record (real and curated; generated ones only with ``--demo``)
and its source. Where nothing is known, the row holds only its *scaffold* cells (which
municipality, plan type and term it is for); the workbook lists those columns on a hidden sheet
so that such a row, left unfilled, is no record when it comes back (:mod:`dknet.io.register`).

Rows per sheet:

* ``planer``: per municipality and plan type (planstrategi, samfunnsdel, arealdel) the records
  of this term, then of the last, each term without a record as one scaffold row
  (``5026-planstrategi-2024-2027``), then any older record;
* ``veiledning``: the known contacts, and one ready row per municipality for the next contact
  from this county council (FK) or state administrator (SF);
* ``plankontor`` and ``arenaer``: the cooperations and arenas a municipality of the scope is in
  (or the county or office runs); ``plankontor_medlemmer`` and ``arena_medlemmer``: their
  members from the scope, and a scaffold row for each municipality without one;
* ``plankapasitet``: one row per municipality.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dknet.analysis.plan_config import PlanConfig, load_plan_config
from dknet.analysis.plan_term import record_term
from dknet.io.register import REGISTER_HEADER, REGISTER_SHEET
from dknet.io.templates import _add_lists, _list_for, _validation, choice_lists, column_reference
from dknet.messages import DEFAULT_LANG, t
from dknet.schema import LAYERS, ColumnType, Layer

#: The register sheets of the county workbook, in workbook order (the regional plans are the county's own
#: plans, kept elsewhere; :data:`dknet.graphdb.snapshot.REGISTER_LAYERS` pulls them too).
WORKBOOK_SHEETS = (
    "planer",
    "veiledning",
    "plankontor",
    "plankontor_medlemmer",
    "arenaer",
    "arena_medlemmer",
    "plankapasitet",
)
#: The kommuneplan parts and the planstrategi, each with a row per term.
PLAN_TYPES = ("planstrategi", "samfunnsdel", "arealdel")
#: Rows below the last filled row that still get drop-downs and the text format (for new records).
SPARE_ROWS = 300
#: Widest column (characters).
MAX_WIDTH = 50


@dataclass(frozen=True)
class Scope:
    """What one workbook covers: the municipalities, and who keeps the register (FK + county, or SF + office)."""

    name: str
    municipalities: tuple[str, ...]
    fra_type: str  # "FK" or "SF"
    fra_id: str  # the county number or the state administrator's id

    @property
    def option(self) -> str:
        """The command-line option that chooses this scope: ``--county 50``, ``--sf trondelag``."""
        return f"--county {self.fra_id}" if self.fra_type == "FK" else f"--sf {self.fra_id}"


@dataclass
class Sheet:
    """The rows of one register sheet (column → value, by layer column) and its scaffold columns."""

    layer: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    scaffold: tuple[str, ...] = ()
    scaffold_rows: int = 0


def county_scope(tables: Mapping[str, pd.DataFrame], query: str) -> Scope:
    """The scope of a county given by number or name (``50``, ``Trøndelag``); raises UnknownNameError.

    >>> from dknet.io.dataset import load_dataset
    >>> s = county_scope(load_dataset(demo=False).tables, "trøndelag")
    >>> s.name, s.fra_type, s.fra_id, len(s.municipalities), s.municipalities[0]
    ('Trøndelag - Trööndelage', 'FK', '50', 38, '5001')
    """
    from dknet.names import NameIndex

    fylker = tables["fylker"]
    code = NameIndex.from_counties(fylker).resolve(query)
    name = str(fylker.loc[fylker["fylkesnummer"] == code, "navn"].iloc[0])
    kommuner = tables["kommuner"]
    codes = sorted(kommuner.loc[kommuner["fylkesnummer"] == code, "kommunenummer"].astype(str))
    return Scope(name, tuple(codes), "FK", code)


def sf_scope(tables: Mapping[str, pd.DataFrame], query: str) -> Scope:
    """The scope of a state administrator by id or name, or by the name of a county it serves.

    >>> from dknet.io.dataset import load_dataset
    >>> s = sf_scope(load_dataset(demo=False).tables, "Statsforvalteren i Trøndelag")
    >>> s.fra_type, s.fra_id, len(s.municipalities)
    ('SF', 'trondelag', 38)
    """
    from dknet.names import Entry, NameIndex, parallel_names

    sf, fylker = tables["statsforvaltere"], tables["fylker"]
    entries, aliases = [], {}
    for rec in sf.to_dict("records"):
        key, name = str(rec["statsforvalter_id"]), str(rec["navn"])
        counties = fylker.loc[fylker["statsforvalter_id"] == key, "navn"].astype(str)
        entries.append(Entry(key, name, ""))
        aliases[key] = [
            key,
            name,
            name.removeprefix("Statsforvalteren i "),
            *(p for c in counties for p in parallel_names(c)),
        ]
    code = NameIndex("state administrator office", entries, aliases, 0).resolve(query)
    name = str(sf.loc[sf["statsforvalter_id"] == code, "navn"].iloc[0])
    served = set(fylker.loc[fylker["statsforvalter_id"] == code, "fylkesnummer"].astype(str))
    kommuner = tables["kommuner"]
    codes = sorted(kommuner.loc[kommuner["fylkesnummer"].isin(served), "kommunenummer"].astype(str))
    return Scope(name, tuple(codes), "SF", code)


def _records(df: pd.DataFrame, layer: str) -> list[dict[str, Any]]:
    """The rows of ``df`` as dicts of the layer's columns, missing values as None."""
    cols = LAYERS[layer].column_names
    out: list[dict[str, Any]] = []
    for rec in df[cols].astype(object).to_dict("records"):
        out.append(
            {
                str(k): (None if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)) else v)
                for k, v in rec.items()
            }
        )
    return out


def planning_period(term_start: int, length: int) -> str:
    """The planning period a council's planstrategi covers: the years after its election.

    >>> planning_period(2023, 4), planning_period(2019, 4)
    ('2024-2027', '2020-2023')
    """
    return f"{term_start + 1}-{term_start + length}"


def _plan_sheet(plans: pd.DataFrame, scope: Scope, config: PlanConfig) -> Sheet:
    start, length = config.constituted.year, config.length_years
    terms = [
        (f"{start - k * length}–{start - k * length + length}", planning_period(start - k * length, length))
        for k in (0, 1)
    ]
    sheet = Sheet("planer", scaffold=("plan_id", "kommunenummer", "plantype"))
    records = [r for r in _records(plans, "planer") if r["kommunenummer"] in set(scope.municipalities)]
    for code in scope.municipalities:
        for ptype in PLAN_TYPES:
            mine = [r for r in records if r["kommunenummer"] == code and r["plantype"] == ptype]
            by_term: dict[str, list[dict[str, Any]]] = {}
            for r in mine:
                day = dt.date.fromisoformat(r["vedtatt_dato"]) if r.get("vedtatt_dato") else None
                year = int(r["vedtatt_aar"]) if r.get("vedtatt_aar") is not None else None
                by_term.setdefault(record_term((day, year), config), []).append(r)
            for term, period in terms:
                known = by_term.pop(term, [])
                sheet.rows.extend(known)
                if not known:
                    plan_id = f"{code}-{ptype}-{period}"
                    sheet.rows.append({"plan_id": plan_id, "kommunenummer": code, "plantype": ptype})
                    sheet.scaffold_rows += 1
            for rest in by_term.values():  # older terms, or a year that may be either term's
                sheet.rows.extend(rest)
    others = [r for r in records if r["plantype"] not in PLAN_TYPES]  # kommunedelplaner: kept, after
    sheet.rows.extend(sorted(others, key=lambda r: (r["kommunenummer"], str(r["plan_id"]))))
    return sheet


def _guidance_sheet(contacts: pd.DataFrame, scope: Scope) -> Sheet:
    sheet = Sheet("veiledning", scaffold=("veiledning_id", "fra_type", "fra_id", "kommunenummer"))
    records = [r for r in _records(contacts, "veiledning") if r["kommunenummer"] in set(scope.municipalities)]
    taken = {str(r["veiledning_id"]) for r in _records(contacts, "veiledning")}
    for code in scope.municipalities:
        sheet.rows.extend(
            sorted((r for r in records if r["kommunenummer"] == code), key=lambda r: str(r["veiledning_id"]))
        )
        n = 1
        while f"{scope.fra_id}-{code}-{n}" in taken:
            n += 1
        new = {"veiledning_id": f"{scope.fra_id}-{code}-{n}", "fra_type": scope.fra_type, "fra_id": scope.fra_id}
        sheet.rows.append({**new, "kommunenummer": code})
        sheet.scaffold_rows += 1
    return sheet


def _group_sheets(
    groups: pd.DataFrame, members: pd.DataFrame, scope: Scope, group_layer: str, member_layer: str
) -> tuple[Sheet, Sheet]:
    """A cooperation layer (plan offices or arenas) and its members: those that touch the scope."""
    key = LAYERS[group_layer].key[0]
    inside = set(scope.municipalities)
    member_rows = [r for r in _records(members, member_layer) if r["kommunenummer"] in inside]
    ids = {r[key] for r in member_rows}
    group_rows = [
        r
        for r in _records(groups, group_layer)
        if r[key] in ids or (r.get("arrangor") not in (None, "") and r.get("arrangor") == scope.fra_id)
    ]
    group_sheet = Sheet(group_layer, sorted(group_rows, key=lambda r: str(r[key])))
    member_sheet = Sheet(member_layer, scaffold=("kommunenummer",))
    for code in scope.municipalities:
        mine = sorted((r for r in member_rows if r["kommunenummer"] == code), key=lambda r: str(r[key]))
        member_sheet.rows.extend(mine)
        if not mine:
            member_sheet.rows.append({"kommunenummer": code})
            member_sheet.scaffold_rows += 1
    return group_sheet, member_sheet


def _capacity_sheet(capacity: pd.DataFrame, scope: Scope) -> Sheet:
    sheet = Sheet("plankapasitet", scaffold=("kommunenummer",))
    by_code = {r["kommunenummer"]: r for r in _records(capacity, "plankapasitet")}
    for code in scope.municipalities:
        if code in by_code:
            sheet.rows.append(by_code[code])
        else:
            sheet.rows.append({"kommunenummer": code})
            sheet.scaffold_rows += 1
    return sheet


def register_sheets(
    tables: Mapping[str, pd.DataFrame], scope: Scope, *, config: PlanConfig | None = None
) -> dict[str, Sheet]:
    """The rows of every register sheet for ``scope``: every known record, and scaffold rows where none is.

    >>> from dknet.io.dataset import load_dataset
    >>> tables = load_dataset(demo=False).tables
    >>> sheets = register_sheets(tables, county_scope(tables, "50"))
    >>> list(sheets) == list(WORKBOOK_SHEETS)
    True
    >>> [r["plan_id"] for r in sheets["planer"].rows if r["kommunenummer"] == "5026"][:3]
    ['5026-planstrategi-2024-2027', '5026-planstrategi-2020-2023', '5026-samfunnsdel-2024-2027']
    >>> {r["kommunenummer"] for r in sheets["plankapasitet"].rows} == set(county_scope(tables, "50").municipalities)
    True
    """
    config = config or load_plan_config()
    offices, office_members = _group_sheets(
        tables["plankontor"], tables["plankontor_medlemmer"], scope, "plankontor", "plankontor_medlemmer"
    )
    arenas, arena_members = _group_sheets(
        tables["arenaer"], tables["arena_medlemmer"], scope, "arenaer", "arena_medlemmer"
    )
    sheets = {
        "planer": _plan_sheet(tables["planer"], scope, config),
        "veiledning": _guidance_sheet(tables["veiledning"], scope),
        "plankontor": offices,
        "plankontor_medlemmer": office_members,
        "arenaer": arenas,
        "arena_medlemmer": arena_members,
        "plankapasitet": _capacity_sheet(tables["plankapasitet"], scope),
    }
    return {name: sheets[name] for name in WORKBOOK_SHEETS}


def _cell(column: Any, value: Any, names: Mapping[str, str]) -> Any:
    """A record's value as the workbook holds it: names for municipalities, ja/nei, dates as days."""
    if value is None:
        return None
    if column.type is ColumnType.KOMMUNENUMMER:
        return names.get(str(value), str(value))
    if column.type is ColumnType.BOOL:
        return "ja" if bool(value) else "nei"
    if column.type in (ColumnType.INT, ColumnType.YEAR):
        return int(value)
    if column.type in (ColumnType.FLOAT, ColumnType.SHARE):
        return float(value)
    if column.type is ColumnType.DATE:
        return dt.date.fromisoformat(str(value)[:10])
    return str(value)


def _write_sheet(ws: Any, layer: Layer, sheet: Sheet, names: Mapping[str, str], lang: str) -> int:
    """Header (bold, frozen, a note on each column), rows, formats and widths; returns the last formatted row."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(layer.column_names)
    scaffold_fill = PatternFill("solid", fgColor="EDEDED")
    for i, c in enumerate(layer.columns, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        meaning = c.en if lang == "en" else c.nb
        allowed = f" ({', '.join(c.choices)})" if c.choices else ""
        cell.comment = Comment(f"{meaning}{allowed}", "dknet", width=260, height=80)
    widths = [len(n) for n in layer.column_names]
    last = len(sheet.rows) + 1 + SPARE_ROWS
    for r, rec in enumerate(sheet.rows, start=2):
        scaffold_only = all(rec.get(c) in (None, "") for c in layer.column_names if c not in sheet.scaffold)
        for i, c in enumerate(layer.columns, start=1):
            value = _cell(c, rec.get(c.name), names)
            cell = ws.cell(row=r, column=i, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
            if isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            if scaffold_only and c.name in sheet.scaffold:
                cell.fill = scaffold_fill  # pre-filled: which municipality (and plan) the row is for
            if value is not None:
                widths[i - 1] = max(widths[i - 1], len(str(value)))
    for i, c in enumerate(layer.columns, start=1):
        letter = get_column_letter(i)
        if c.type in (ColumnType.ID, ColumnType.FYLKESNUMMER, ColumnType.TEXT, ColumnType.ENUM):
            for row in range(2, last + 1):
                ws.cell(row=row, column=i).number_format = "@"  # keeps 03 and 0301 as typed
        if c.type is ColumnType.YEAR:
            for row in range(2, last + 1):
                ws.cell(row=row, column=i).number_format = "0"
        ws.column_dimensions[letter].width = min(MAX_WIDTH, max(12, widths[i - 1] + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(layer.columns))}{max(2, len(sheet.rows) + 1)}"
    return last


def _range_check(column: Any, lang: str) -> Any:
    """Excel's own check of a date or year column (a warning, not a stop: ``dknet validate`` decides)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if column.type is ColumnType.DATE:
        dv = DataValidation(type="date", operator="between", formula1="DATE(1950,1,1)", formula2="DATE(2100,12,31)")
        dv.error = t("register.not_a_date", lang)
    elif column.type is ColumnType.YEAR:
        dv = DataValidation(type="whole", operator="between", formula1="1950", formula2="2100")
        dv.error = t("register.not_a_year", lang)
    else:
        return None
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorStyle = "warning"
    return dv


def _instructions(
    wb: Any,
    scope: Scope,
    sheets: Mapping[str, Sheet],
    lang: str,
    made: str,
    demo: bool,
    file_name: str,
    user_data: str | None,
) -> None:
    from openpyxl.styles import Alignment, Font

    data = t("register.data.demo" if demo else "register.data.real", lang)
    if user_data:
        data = t("register.data.user", lang, data=data, user=user_data)
    ws = wb.create_sheet(t("template.sheet", lang), 0)
    lines = [
        t("register.title", lang, scope=scope.name),
        t("register.made", lang, date=made, data=data),
        "",
        *t("register.intro", lang).split("\n"),
        "",
        t("register.sheets", lang),
    ]
    for name, sheet in sheets.items():
        known = len(sheet.rows) - sheet.scaffold_rows
        lines.append(f"• {name}: " + t(f"register.sheet.{name}", lang, known=known, blank=sheet.scaffold_rows))
    lines += [
        "",
        *t("register.values", lang).split("\n"),
        "",
        *t("register.back", lang, file=file_name, scope=scope.option).split("\n"),
    ]
    for i, line in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1, value=line)
        cell.data_type = "s"
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            cell.font = Font(bold=True, size=14)
        elif line and not line.startswith(("•", "-", " ")) and lines[i - 2] == "":
            cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 120


def _column_reference_sheet(wb: Any, sheets: Mapping[str, Sheet]) -> None:
    """The sheet ``om_kolonnene``: a row per column of each register sheet, what it means and takes."""
    ref = wb.create_sheet("om_kolonnene")
    ref.append(["lag", "kolonne", "betydning", "meaning", "type", "påkrevd", "verdier", "viser_til"])
    for name in sheets:
        for r in column_reference(LAYERS[name]):
            ref.append([name, *r.values()])
    ref.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGH", (22, 20, 36, 30, 30, 9, 40, 16), strict=True):
        ref.column_dimensions[letter].width = width


def _add_validations(
    ws: Any,
    layer: Layer,
    last: Mapping[str, int],
    ranges: Mapping[str, str],
    lists: dict[str, list[str]],
    lang: str,
) -> None:
    """Excel's checks on one register sheet, from row 2 to its last formatted row (``last[layer]``).

    A date or year column gets a range check (:func:`_range_check`); a column with choices gets a
    drop-down: a list on the hidden sheet (``ranges``) or, for ``@layer``, the key column of that
    register sheet in this workbook (skipped when the workbook has no such sheet, so that
    ``last`` names exactly the sheets written).
    """
    from openpyxl.utils import get_column_letter

    for i, c in enumerate(layer.columns, start=1):
        rows = f"{get_column_letter(i)}2:{get_column_letter(i)}{last[layer.name]}"
        if (dv := _range_check(c, lang)) is not None:  # a date or a year that cannot be one
            ws.add_data_validation(dv)
            dv.add(rows)
        found = _list_for(layer, c, lists)
        if found is None:
            continue
        list_name, strict = found
        if list_name.startswith("@"):
            target = LAYERS[list_name[1:]]
            if target.name not in last:
                continue
            key = get_column_letter(target.column_names.index(target.key[0]) + 1)
            formula = f"'{target.name}'!${key}$2:${key}${last[target.name]}"
        else:
            formula = ranges[list_name]
        dv = _validation(formula, strict, lang, c.type is ColumnType.KOMMUNENUMMER)
        ws.add_data_validation(dv)
        dv.add(rows)


def _scaffold_marker(wb: Any, sheets: Mapping[str, Sheet]) -> None:
    """The hidden sheet that names each register sheet's scaffold columns (read by :mod:`dknet.io.register`).

    It is what makes a scaffold row left unfilled no record when the workbook comes back.
    """
    marker = wb.create_sheet(REGISTER_SHEET)
    marker.append(list(REGISTER_HEADER))
    for name, sheet in sheets.items():
        marker.append([name, ",".join(sheet.scaffold)])
    marker.sheet_state = "hidden"


def register_workbook(
    tables: Mapping[str, pd.DataFrame],
    scope: Scope,
    *,
    lang: str = DEFAULT_LANG,
    banner: str | None = None,
    today: dt.date | None = None,
    config: PlanConfig | None = None,
    file_name: str = "register.xlsx",
    user_data: str | None = None,
    sheets: Mapping[str, Sheet] | None = None,
) -> bytes:
    """The county's register workbook for ``scope`` as XLSX bytes (see the module docstring).

    Sheets: the instructions (in ``lang``), the register sheets, ``om_kolonnene`` (what each column
    means), and two hidden sheets: the drop-down values (``lister``) and the scaffold columns
    (:data:`~dknet.io.register.REGISTER_SHEET`). ``banner`` (the demonstration banner) goes on a
    sheet of its own, the title and every printed page.

    >>> import openpyxl
    >>> from dknet.io.dataset import load_dataset
    >>> tables = load_dataset(demo=False).tables
    >>> wb = openpyxl.load_workbook(io.BytesIO(register_workbook(tables, county_scope(tables, "50"))))
    >>> wb.sheetnames[1:8] == list(WORKBOOK_SHEETS), wb["planer"].freeze_panes, wb["lister"].sheet_state
    (True, 'A2', 'hidden')
    """
    from openpyxl import Workbook

    from dknet.present.xlsx import _add_banner

    sheets = sheets if sheets is not None else register_sheets(tables, scope, config=config)
    lists = choice_lists()
    names = dict(zip(lists["kommunenummer"], lists["kommune"], strict=True))
    wb = Workbook()
    wb.remove(wb.active)
    made = (today or dt.date.today()).isoformat()
    _instructions(wb, scope, sheets, lang, made, banner is not None, file_name, user_data)
    last: dict[str, int] = {}
    for name, sheet in sheets.items():
        last[name] = _write_sheet(wb.create_sheet(name), LAYERS[name], sheet, names, lang)
    _column_reference_sheet(wb, sheets)
    ranges = _add_lists(wb, lists)
    for name in sheets:
        _add_validations(wb[name], LAYERS[name], last, ranges, lists, lang)
    _scaffold_marker(wb, sheets)
    wb.properties.title = t("register.title", lang, scope=scope.name)
    wb.active = 0
    if banner:
        _add_banner(wb, banner)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


__all__ = [
    "WORKBOOK_SHEETS",
    "Scope",
    "Sheet",
    "county_scope",
    "register_sheets",
    "register_workbook",
    "sf_scope",
]
