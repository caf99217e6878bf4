"""The illustrative layer on disk, and how it gives way to observed records.

How the records marked ``source=illustrative`` (the demonstration set, read only in demo mode) meet the
observed ones. They are written by the generator, a developer script outside the package
(``python3 -m scripts.illustrate``; a user never regenerates them, the CSVs are bundled).

* **Giving way**: :func:`supersede_illustrative` drops the illustrative records that an observed
  record (real, curated, or the user's own) makes wrong. The rules, one per layer, are documented
  in ``docs/data-coverage.md``:

  ============================  =============================================================
  layer                         an illustrative record is dropped when …
  ============================  =============================================================
  ``planer``                    an observed plan exists for the same municipality and plan type
  ``arenaer`` (``regionråd``)   any observed regional council exists (the illustrative ones are
                                invented groupings, so all of them go)
  ``arenaer`` (``planforum``)   an observed planning forum exists for the same county
                                (``arrangor``)
  ``regionale_planer``          an observed regional plan is owned by the same county
  ``plankontor``                one of its members belongs to an observed plan cooperation that
                                has not ended (``status`` is not ``avsluttet``)
  member and coverage layers    their group was dropped
  any layer                     an observed record has the same key (the observed one wins)
  ============================  =============================================================

:func:`provenance_kind` sorts records into *real*, *curated*, *user*, *illustrative* (and
*assumed* for what-if records), the categories ``dknet info`` reports.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from dknet.schema import ILLUSTRATIVE, LAYERS

#: The ``source`` prefix of records transcribed from public web pages (cited in curated/citations.csv).
CURATED_PREFIX = "curated"
#: The provenance kinds ``dknet info`` counts, in the order it shows them.
KINDS = ("real", "curated", "user", "illustrative", "assumed")
#: (member layer, group layer, key column): members follow their group when it is dropped.
_MEMBER_LAYERS = (
    ("arena_medlemmer", "arenaer", "arena_id"),
    ("regionalplan_dekning", "regionale_planer", "regionalplan_id"),
    ("plankontor_medlemmer", "plankontor", "plankontor_id"),
)


# ---------------------------------------------------------------------------------------------
# Provenance


def provenance_kind(source: object, *, bundled: bool = True) -> str:
    """Which kind of record a ``source`` marks: real, curated, user, illustrative or assumed.

    Records read from the user's own files (``bundled=False``) are *user* records whatever their
    ``source`` says, except what-if records (``assumed``). Bundled records are *illustrative*,
    *curated* (transcribed from a cited web page) or *real* (SSB, Kartverket, computed from them).

    >>> provenance_kind("SSB; Kartverket; FHI csdata"), provenance_kind("Kartverket (computed)")
    ('real', 'real')
    >>> provenance_kind("curated web (see source_url)"), provenance_kind("illustrative")
    ('curated', 'illustrative')
    >>> provenance_kind("Trøndelag fylkeskommune", bundled=False), provenance_kind("assumed", bundled=False)
    ('user', 'assumed')
    """
    text = "" if source is None or (isinstance(source, float) and pd.isna(source)) else str(source).strip()
    if text == "assumed":
        return "assumed"
    if not bundled:
        return "user"
    if text == ILLUSTRATIVE:
        return "illustrative"
    if text.lower().startswith(CURATED_PREFIX):
        return "curated"
    return "user" if text == "user" else "real"


def provenance_counts(df: pd.DataFrame) -> dict[str, int]:
    """Records of a loaded layer table per kind (its ``_file`` column says whether it was bundled).

    >>> provenance_counts(pd.DataFrame({"source": ["illustrative", "SSB", "x"],
    ...                                 "_file": ["a (bundled)", "b (bundled)", "mine.csv"]}))
    {'real': 1, 'curated': 0, 'user': 1, 'illustrative': 1, 'assumed': 0}
    """
    counts = dict.fromkeys(KINDS, 0)
    files = df["_file"] if "_file" in df.columns else pd.Series(["(bundled)"] * len(df), index=df.index)
    sources = df["source"] if "source" in df.columns else pd.Series([None] * len(df), index=df.index)
    for source, file in zip(sources, files, strict=True):
        counts[provenance_kind(source, bundled=str(file).endswith("(bundled)"))] += 1
    return counts


# ---------------------------------------------------------------------------------------------
# Observed records replace illustrative ones


def _illustrative(df: pd.DataFrame) -> pd.Series:
    if "source" not in df.columns:
        return pd.Series(False, index=df.index)
    return df["source"] == ILLUSTRATIVE


def drop_shadowed_keys(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Drop illustrative rows whose key an observed row of the same table also has.

    >>> df = pd.DataFrame({"plan_id": ["5026-arealdel", "5026-arealdel", "5033-arealdel"],
    ...                    "source": ["curated web", "illustrative", "illustrative"]})
    >>> drop_shadowed_keys("planer", df)["source"].tolist()
    ['curated web', 'illustrative']
    """
    key = list(LAYERS[name].key)
    ill = _illustrative(df)
    if not ill.any() or ill.all():
        return df
    observed = set(map(tuple, df.loc[~ill, key].astype(str).to_numpy().tolist()))
    shadowed = ill & pd.Series([tuple(r) in observed for r in df[key].astype(str).to_numpy().tolist()], index=df.index)
    return df[~shadowed].reset_index(drop=True)


def _drop(tables: dict[str, pd.DataFrame], name: str, mask: pd.Series) -> None:
    if mask.any():
        tables[name] = tables[name][~mask].reset_index(drop=True)


def supersede_illustrative(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """A copy of ``tables`` without the illustrative records that observed records replace.

    The rules are in the module docstring. Only rows with ``source == "illustrative"`` are ever
    dropped; observed rows are returned unchanged.

    >>> cols = {n: LAYERS[n].column_names for n in ("arenaer", "arena_medlemmer")}
    >>> arenas = pd.DataFrame([
    ...     {"arena_id": "ill-rr-50-1", "type": "regionråd", "source": "illustrative"},
    ...     {"arena_id": "ill-pf-50", "type": "planforum", "arrangor": "50", "source": "illustrative"},
    ...     {"arena_id": "ill-pf-18", "type": "planforum", "arrangor": "18", "source": "illustrative"},
    ...     {"arena_id": "rr-trondelag-sor", "type": "regionråd", "source": "curated web"},
    ...     {"arena_id": "pf-50", "type": "planforum", "arrangor": "50", "source": "curated web"},
    ... ], columns=cols["arenaer"])
    >>> members = pd.DataFrame([{"arena_id": "ill-rr-50-1", "kommunenummer": "5026", "source": "illustrative"}],
    ...                        columns=cols["arena_medlemmer"])
    >>> out = supersede_illustrative({"arenaer": arenas, "arena_medlemmer": members})
    >>> out["arenaer"]["arena_id"].tolist(), len(out["arena_medlemmer"])
    (['ill-pf-18', 'rr-trondelag-sor', 'pf-50'], 0)
    """
    out = {name: df for name, df in tables.items()}
    for name in list(out):
        if name in LAYERS:
            out[name] = drop_shadowed_keys(name, out[name])

    plans = out.get("planer")
    if plans is not None and len(plans):
        ill = _illustrative(plans)
        observed = set(zip(plans.loc[~ill, "kommunenummer"], plans.loc[~ill, "plantype"], strict=True))
        same = pd.Series(
            [(k, t) in observed for k, t in zip(plans["kommunenummer"], plans["plantype"], strict=True)],
            index=plans.index,
        )
        _drop(out, "planer", ill & same)

    arenas = out.get("arenaer")
    if arenas is not None and len(arenas):
        ill = _illustrative(arenas)
        councils = arenas["type"] == "regionråd"
        forums = arenas["type"] == "planforum"
        real_forum_counties = set(arenas.loc[~ill & forums, "arrangor"].dropna().astype(str))
        council_rule = ill & councils & bool((~ill & councils).any())
        forum_rule = ill & forums & arenas["arrangor"].astype(str).isin(real_forum_counties)
        _drop(out, "arenaer", council_rule | forum_rule)

    rplans = out.get("regionale_planer")
    if rplans is not None and len(rplans):
        ill = _illustrative(rplans)
        owners = set(rplans.loc[~ill, "fylkesnummer"].dropna().astype(str))
        _drop(out, "regionale_planer", ill & rplans["fylkesnummer"].astype(str).isin(owners))

    offices, office_members = out.get("plankontor"), out.get("plankontor_medlemmer")
    if offices is not None and office_members is not None and len(offices):
        ill = _illustrative(offices)
        ongoing = set(offices.loc[~ill & (offices["status"] != "avsluttet"), "plankontor_id"])
        taken = set(office_members.loc[office_members["plankontor_id"].isin(ongoing), "kommunenummer"])
        clashing = set(office_members.loc[office_members["kommunenummer"].isin(taken), "plankontor_id"])
        _drop(out, "plankontor", ill & offices["plankontor_id"].isin(clashing))

    for member, group, col in _MEMBER_LAYERS:
        if member in out and group in out and len(out[member]):
            m = out[member]
            _drop(out, member, _illustrative(m) & ~m[col].isin(set(out[group][col])))
    return out
