"""Several advisers, one register: records of one layer from several files, combined or in conflict.

A county team keeps its registers in one folder; each adviser may bring their own file (two
copies of the county workbook, ``planer.csv`` next to ``fylke.xlsx``). dknet reads every file in
the folder and puts the records of a layer together by the layer's key (``plan_id`` for
``planer``, ``arena_id`` + ``kommunenummer`` for ``arena_medlemmer``; see :mod:`dknet.schema`):

* the same key with the same values in two files is one record (identical copies are fine);
* a cell filled in one file and left blank in the other is filled (blank means "not known here",
  as everywhere in dknet's overlay of registers);
* the same key with **two different values** in one column is a *conflict*: a located error that
  names both files, both Excel rows, the column and both values, so nothing loads (exit 3) and
  nothing is silently overwritten. When a file has the bookkeeping columns ``sist_endret``
  (date of the last edit) and ``endret_av`` (who), the message says who changed what when.

A source left blank is read as ``source=user``; that default never conflicts with a stated source.

>>> import pandas as pd
>>> from dknet.schema import LAYERS
>>> a = pd.DataFrame([{"_file": "anne.csv", "_row": 2, "plan_id": "5026-arealdel", "vedtatt_aar": 2020}])
>>> b = pd.DataFrame([{"_file": "bjørn.csv", "_row": 7, "plan_id": "5026-arealdel", "vedtatt_aar": 2021}])
>>> combined, problems = combine_sources(LAYERS["planer"], [a, b])
>>> print(problems[0].describe("en"))  # doctest: +NORMALIZE_WHITESPACE
bjørn.csv, row 7, column vedtatt_aar: value "2021": expected the same value as anne.csv, row 2 ("2020") for
plan_id 5026-arealdel: two registers disagree. Hint: agree on one value and correct or remove the other
record (dknet keeps neither until then)
>>> combined, problems = combine_sources(LAYERS["planer"], [a, a.assign(_file="kopi.csv")])
>>> problems, combined[["_file", "plan_id", "vedtatt_aar"]].to_dict("records")
([], [{'_file': 'anne.csv', 'plan_id': '5026-arealdel', 'vedtatt_aar': 2020}])
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd

from dknet.io.problems import Problem
from dknet.io.rawtable import RawTable
from dknet.messages.msg import Msg
from dknet.schema import USER_SOURCE, Layer

#: Bookkeeping columns a register may carry (not layer columns): when a row was last edited, and by whom.
TRACKING_COLUMNS = ("sist_endret", "endret_av")
_TRACK = {c: f"_{c}" for c in TRACKING_COLUMNS}


def attach_tracking(df: pd.DataFrame, table: RawTable) -> pd.DataFrame:
    """``df`` with ``_sist_endret`` / ``_endret_av`` taken from the raw rows, when the file has those columns.

    ``df`` has the Excel row number in ``_row`` (as :func:`dknet.io.validate.check_table` returns it).

    >>> from dknet.io.rawtable import Row
    >>> raw = RawTable("a.csv", ["plan_id", "endret_av"], [Row(2, {"plan_id": "p1", "endret_av": "Áile"})])
    >>> attach_tracking(pd.DataFrame({"_row": [2], "plan_id": ["p1"]}), raw)["_endret_av"].tolist()
    ['Áile']
    """
    present = [c for c in TRACKING_COLUMNS if c in table.header]
    if not present or "_row" not in df.columns:
        return df
    by_row = {row.number: row.cells for row in table.rows}
    out = df.copy()
    for col in present:
        out[_TRACK[col]] = [by_row.get(int(r), {}).get(col) or None for r in out["_row"]]
    return out


def _empty(value: Any) -> bool:
    if value is None or value is pd.NA or (isinstance(value, str) and value == ""):
        return True
    return isinstance(value, float) and math.isnan(value)


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _shown(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, bool):
        return "ja" if value else "nei"
    return str(value)


def _changed(rec: dict[str, Any], wrapper: str) -> Msg | str:
    """ "endret 2026-11-20 av Bjørn" (in ``wrapper``) from the bookkeeping columns, or "" when the file has none."""
    when, who = rec.get(_TRACK["sist_endret"]), rec.get(_TRACK["endret_av"])
    if when and who:
        said = Msg("sync.changed.when_who", when=str(when), who=str(who))
    elif when:
        said = Msg("sync.changed.when", when=str(when))
    elif who:
        said = Msg("sync.changed.who", who=str(who))
    else:
        return ""
    return Msg(wrapper, changed=said)


def _differs(column: str, a: Any, b: Any) -> bool:
    """Both filled and not equal (a blank, or the default source ``user``, never differs)."""
    if _empty(a) or _empty(b):
        return False
    if column == "source" and USER_SOURCE in (a, b):
        return False
    a, b = _plain(a), _plain(b)
    if isinstance(a, float) or isinstance(b, float):
        try:
            return not math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=0.0)
        except (TypeError, ValueError):
            return True
    return bool(a != b)


def combine_sources(layer: Layer, frames: Sequence[pd.DataFrame]) -> tuple[pd.DataFrame, list[Problem]]:
    """The records of ``layer`` from several checked files as one frame, and every conflict between them.

    Each frame is what :func:`dknet.io.validate.check_table` returned for one file, with ``_file``
    and ``_row`` (and, when the file has them, the bookkeeping columns of :func:`attach_tracking`).
    Records are matched on the layer's key; see the module docstring for what combines and what
    conflicts. Duplicates *within* one file are the checker's business (``expect.unique``) and are
    not reported again. The result keeps the first file's ``_file`` and ``_row`` for a record and
    drops the bookkeeping columns.
    """
    tracking = list(_TRACK.values())
    if not frames:
        return pd.DataFrame(), []
    if len(frames) == 1:
        return frames[0].drop(columns=[c for c in tracking if c in frames[0].columns]), []
    key = list(layer.key)
    columns = [c for c in layer.column_names if c not in key]
    combined = pd.concat(frames, ignore_index=True)
    first: dict[tuple[Any, ...], tuple[int, int]] = {}  # key → (index in combined, frame number)
    fills: dict[tuple[int, str], Any] = {}
    problems: list[Problem] = []
    records: dict[int, dict[str, Any]] = {
        i: {str(k): v for k, v in r.items()} for i, r in enumerate(combined.to_dict("records"))
    }
    frame_of = [i for i, f in enumerate(frames) for _ in range(len(f))]
    keep: list[int] = []
    for idx, rec in records.items():
        if any(_empty(rec.get(k)) for k in key):
            continue
        k = tuple(_plain(rec[k]) for k in key)
        if k not in first:
            first[k] = (idx, frame_of[idx])
            keep.append(idx)
            continue
        at, frame = first[k]
        if frame == frame_of[idx]:
            continue  # a duplicate inside one file: reported by the checker
        seen = records[at]
        for col in columns:
            a, b = fills.get((at, col), seen.get(col)), rec.get(col)
            if _differs(col, a, b):
                problems.append(_conflict(layer, k, col, seen, rec, a, b))
            elif (_empty(a) and not _empty(b)) or (col == "source" and a == USER_SOURCE and not _empty(b)):
                fills[(at, col)] = b
    out = combined.loc[keep].copy()
    for (idx, col), value in fills.items():
        out.at[idx, col] = value
    out = out.drop(columns=[c for c in tracking if c in out.columns]).reset_index(drop=True)
    return out, problems


def _conflict(
    layer: Layer, key: tuple[Any, ...], column: str, first: dict[str, Any], other: dict[str, Any], a: Any, b: Any
) -> Problem:
    """The located error for one column of one record that two files fill in differently."""
    names = " + ".join(layer.key)
    values = " / ".join(str(v) for v in key)
    return Problem(
        str(other["_file"]),
        int(other["_row"]),
        column,
        _shown(b),
        Msg(
            "sync.conflict.register",
            other=str(first["_file"]),
            row=int(first["_row"]),
            value=_shown(a),
            key=f"{names} {values}",
            changed_other=_changed(first, "sync.changed.other"),
            changed_this=_changed(other, "sync.changed.this"),
        ),
        Msg("sync.conflict.register.hint"),
    )
