"""The one door to dknet: one function per question, for the notebook and for the ``dknet`` command alike.

``import dknet as dk`` gives these functions lazily (importing dknet stays cheap; pandas and networkx load
on the first call). Each takes the graph first and its options by keyword, each option named in the
signature (no ``**options``); municipalities, counties and state-administrator (SF) offices are accepted the
way the CLI accepts them (``"5026"``, ``"holtålen"``, ``"holtaalen"``, ``"Trøndelag"``, ``"trondelag"``); the
words of the questions (purpose, gap kind, map view and layout, plans view, table) are checked here against
:mod:`dknet.schema` (:func:`dknet.errors.choose`: a :class:`~dknet.errors.ChoiceError` naming the choices).
No function changes the graph. Every CLI command parses its options, calls one of these, formats and echoes::

    import dknet as dk

    G = dk.load()                                   # the real data (cached); dk.load("mine/") adds yours
    D = dk.load(demo=True)                          # the demonstration set: real + generated records
    dk.partners(G, "holtålen", top=5)               # ranked partner suggestions with reasons
    dk.communities(G, county="Trøndelag")           # one row per community
    dk.plan_offices(G, county="Nordland")           # candidate (virtual) plan offices
    dk.gaps(G, kind="need", sf="trondelag")         # need vs support, structural, coverage, load
    dk.draw_map(G, "holtalen.html", view="partners", focus="holtålen")

A runnable example: ``examples/notebook_api.py``.

=====================================  =====================================================================
CLI command                            api
=====================================  =====================================================================
``dknet info``, ``show``               :func:`info`, :func:`show`
``dknet validate``, ``data templates`` :func:`validate`, :func:`templates`
``dknet partners [--all]``             :func:`partners`, :func:`all_partners`
``dknet communities``                  :func:`communities` (:func:`community_partition` for all tables)
``dknet plan-offices``                 :func:`plan_offices` (:func:`plan_office_partition`)
``dknet gaps [--assume DIR]``          :func:`gaps`, :func:`what_if`
``dknet plans``, ``scorecard``         :func:`plans`, :func:`scorecard`
``dknet compare``                      :func:`compare`
``dknet report``, ``map``              :func:`report`, :func:`draw_map`
``dknet glossary``                     :func:`glossary`
``dknet neo4j push/pull/status/query`` :func:`neo4j_push`, :func:`neo4j_pull`, :func:`neo4j_status`, :func:`neo4j_query`
=====================================  =====================================================================

**Adding a question** (the pattern for a new command): write the analysis (graph first, keyword options,
data out), add one function here with every option named and the vocabulary checked, add its name to
``__all__`` and to ``_API`` in ``dknet/__init__.py``, and let the click command call it. One example of
each kind:

* a table about municipalities — :func:`gaps`: resolve names (``county=_county(G, county)``), check the
  words (``choose(kind, GAP_KINDS, key="choice.gap_kind")``), call the analysis, return a DataFrame;
* a new command option on an existing question (``report --arena``) — a keyword in :func:`report`, passed on;
* a register or change list written to disk (``dknet register``, ``dknet changes``) — like :func:`templates`:
  take the path, write atomically in the library, return what was written;
* a database step (``neo4j pull``) — like :func:`neo4j_pull`: take a runner
  (:class:`~dknet.graphdb.runner.QueryRunner`), never a password; the CLI connects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dknet.errors import choose
from dknet.messages import Lang
from dknet.schema import (
    GAP_KINDS,
    MAP_LAYOUTS,
    MAP_VIEWS,
    PARTITION_TABLES,
    PLAN_VIEWS,
    PURPOSES,
    DataMode,
    GapKind,
    MapLayout,
    MapView,
    PartitionTable,
    PlanView,
    Purpose,
)

if TYPE_CHECKING:
    import pandas as pd

    from dknet.analysis.communities import Partition
    from dknet.analysis.gaps.config import GapConfig
    from dknet.analysis.plan_config import PlanConfig
    from dknet.analysis.profiles import ProfileConfig
    from dknet.graph import Graph
    from dknet.graphdb.push import Progress, PushReport
    from dknet.graphdb.runner import QueryRunner
    from dknet.graphdb.snapshot import PulledRegisters, RemoteConflict, Snapshot
    from dknet.io.problems import Problem
    from dknet.present.register_workbook import Scope as RegisterScope
    from dknet.present.register_workbook import Sheet

__all__ = [
    "GAP_KINDS",
    "all_partners",
    "analysis_notes",
    "arena_report",
    "changes",
    "communities",
    "community_partition",
    "compare",
    "county_report",
    "draw_map",
    "gaps",
    "glossary",
    "info",
    "load",
    "neo4j_conflicts",
    "neo4j_pull",
    "neo4j_push",
    "neo4j_query",
    "neo4j_record_push",
    "neo4j_snapshot",
    "neo4j_status",
    "neo4j_write_registers",
    "partners",
    "plan_office_partition",
    "plan_offices",
    "plan_terms",
    "plans",
    "register",
    "scorecard",
    "show",
    "templates",
    "validate",
    "what_if",
]

# --- the data ------------------------------------------------------------------------------------------------


def load(
    data: Path | str | None = None,
    *,
    mode: DataMode = "overlay",
    cache: bool = True,
    demo: bool | None = None,
) -> Graph:
    """The knowledge graph: the bundled data, plus your registers in ``data`` (a directory).

    ``mode="overlay"`` updates bundled rows with yours; ``"replace"`` replaces each layer you
    supply. ``demo=True`` adds the generated demonstration records (as ``dknet --demo``; the
    default ``None`` reads ``DKNET_DEMO``); ``G.graph["demo"]`` says which set you have, and the
    report and maps made from a demonstration graph carry the "DEMO" banner. Raises
    :class:`~dknet.errors.DataValidationError` listing every problem in ``data``.
    """
    from dknet.cache import load_graph
    from dknet.schema import DATA_MODES

    data_mode = choose(mode, DATA_MODES, key="choice.data_mode")
    return load_graph(Path(data) if data is not None else None, mode=data_mode, use_cache=cache, demo=demo)


@dataclass(frozen=True)
class RegisterDraft:
    """A county's (or SF office's) register workbook before it is written: what it covers and its sheets.

    ``draft.sheets[layer].scaffold_rows`` counts the blank rows to fill; ``draft.workbook(...)`` makes the bytes.
    """

    tables: Mapping[str, pd.DataFrame]
    scope: RegisterScope
    sheets: Mapping[str, Sheet]

    def workbook(
        self,
        *,
        lang: Lang = "nb",
        banner: str | None = None,
        file_name: str = "register.xlsx",
        user_data: str | None = None,
    ) -> bytes:
        """The workbook as XLSX bytes (instructions in ``lang``; ``banner`` is the DEMO banner, if any)."""
        from dknet.present.register_workbook import register_workbook

        return register_workbook(
            self.tables,
            self.scope,
            lang=lang,
            banner=banner,
            file_name=file_name,
            user_data=user_data,
            sheets=self.sheets,
        )


def register(
    *,
    county: str | None = None,
    sf: str | None = None,
    data: Path | str | None = None,
    mode: DataMode = "overlay",
    demo: bool | None = None,
) -> RegisterDraft:
    """The registers of one county (``county``) or SF office (``sf``), pre-filled with every known record
    (``dknet register``); write them with ``draft.workbook()``. A filled workbook goes back in through
    :func:`validate` and :func:`load`.

    Raises :class:`~dknet.errors.DataValidationError` for invalid registers in ``data`` and
    :class:`~dknet.errors.UnknownNameError` for an unknown county or office.
    """
    from dknet.io.dataset import load_dataset
    from dknet.present.register_workbook import county_scope, register_sheets, sf_scope
    from dknet.schema import DATA_MODES

    if (county is None) == (sf is None):
        raise ValueError("give county or sf")
    data_mode = choose(mode, DATA_MODES, key="choice.data_mode")
    loaded = load_dataset(Path(data) if data is not None else None, mode=data_mode, demo=demo)
    scope = county_scope(loaded.tables, county) if county is not None else sf_scope(loaded.tables, str(sf))
    return RegisterDraft(loaded.tables, scope, register_sheets(loaded.tables, scope))


def changes(
    G: Graph,
    *,
    since: dt.date,
    to: dt.date | None = None,
    county: str | None = None,
    sf: str | None = None,
    config: PlanConfig | Path | None = None,
) -> pd.DataFrame:
    """What changed after ``since`` up to ``to`` (default today) (``dknet changes``): one row per event
    (``hendelse`` code, municipality, date, the record and its source). Unknown is never "fell behind"."""
    from dknet.analysis.changes import changes as events

    cfg = plan_config(config)
    return events(G, since=since, to=to or dt.date.today(), county=_county(G, county), sf=_sf(G, sf), config=cfg)


def validate(directory: Path | str, *, mode: DataMode = "overlay", demo: bool | None = None) -> list[Problem]:
    """Every problem in the registers of ``directory``, at once (``dknet validate``); an empty list when none.

    ``demo=True``: references may name generated records of the demonstration set.
    """
    from dknet.io.dataset import validate_directory
    from dknet.schema import DATA_MODES

    return validate_directory(Path(directory), mode=choose(mode, DATA_MODES, key="choice.data_mode"), demo=demo)


def templates(directory: Path | str, *, lang: Lang = "nb", force: bool = False) -> list[Path]:
    """Write blank templates (one CSV per layer, one workbook) and a column reference to ``directory``.

    Returns the files written (``dknet data templates``). Files of the same name are never replaced
    without ``force`` (:class:`~dknet.io.templates.TemplatesExistError`).
    """
    from dknet.io.templates import write_templates

    return write_templates(Path(directory), lang=lang, force=force)


def info(G: Graph) -> dict[str, pd.DataFrame]:
    """What the graph holds (``dknet info``): nodes per label, relationships per type, data and public sources.

    Keys are the stable section names of the JSON output.
    """
    import dknet.overview as overview
    from dknet.provenance import public_sources

    return {
        "noder / nodes": overview.label_table(G),
        "relasjoner / relationships": overview.relationship_table(G),
        "datakilder / data sources": overview.source_table(G),
        "offentlige kilder / public sources": public_sources(),
    }


def show(G: Graph, municipality: str, *, lang: Lang = "en") -> dict[str, Any]:
    """One municipality (``dknet show``): ``kommune``, ``navn``, ``profil``, ``relasjoner`` and ``scorecard``.

    ``illustrative`` says whether a shown row rests on generated records.
    """
    import dknet.overview as overview
    from dknet.graph import municipality_node

    code = overview.resolve_municipality(G, municipality)
    profile = overview.municipality_profile(G, code)
    relations = overview.municipality_relations(G, code, lang=lang)
    return {
        "kommune": code,
        "navn": G.nodes[municipality_node(code)]["name"],
        "profil": profile,
        "relasjoner": relations,
        "scorecard": overview.municipality_scorecard(G, code, lang=lang),
        "illustrative": overview.uses_illustrative(profile, relations),
    }


def glossary(*, lang: Lang = "nb") -> pd.DataFrame:
    """The terms of the output with a plain name and a one-line explanation (``dknet glossary``)."""
    import pandas as pd

    from dknet.messages import glossary as terms

    return pd.DataFrame(terms(lang), columns=["term", "forklaring"])


# --- names ---------------------------------------------------------------------------------------------------


def _county(G: Graph, county: str | None) -> str | None:
    from dknet.overview import resolve_county

    return resolve_county(G, county) if county else None


def _sf(G: Graph, sf: str | None) -> str | None:
    from dknet.overview import resolve_sf

    return resolve_sf(G, sf) if sf else None


def _municipality(G: Graph, municipality: str) -> str:
    from dknet.overview import resolve_municipality

    return resolve_municipality(G, municipality)


# --- partners, communities, plan offices ---------------------------------------------------------------------


def partners(
    G: Graph,
    municipality: str,
    *,
    purpose: Purpose = "office",
    top: int = 10,
    within: str | None = None,
    include_existing: bool = False,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """Ranked partner suggestions for ``municipality`` with the reasons (``dknet partners``).

    ``purpose``: ``office`` (a shared plan office) or ``network``; ``within``: ``neighbours``,
    ``land-neighbours``, ``ba-region``, ``county``, ``sf`` or ``km:N``; ``include_existing`` keeps
    municipalities it already cooperates with. ``df.attrs`` has ``hidden`` (those left out) and
    ``empty_reason``. See :func:`~dknet.analysis.partners.suggest_partners`.
    """
    from dknet.analysis.partners import suggest_partners
    from dknet.present.render import render_frame

    df = suggest_partners(
        G,
        _municipality(G, municipality),
        purpose=choose(purpose, PURPOSES, key="choice.purpose"),
        top=top,
        within=within,
        include_existing=include_existing,
        config=config,
    )
    return render_frame(df, lang)  # the analysis returns meaning; the reasons are put into words here


def all_partners(
    G: Graph,
    *,
    purpose: Purpose = "office",
    top: int = 10,
    include_existing: bool = False,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """The top ``top`` partners of every municipality, one row per pair (``dknet partners --all``)."""
    from dknet.analysis.partners import all_partners as every
    from dknet.present.render import render_frame

    purpose = choose(purpose, PURPOSES, key="choice.purpose")
    return render_frame(every(G, purpose=purpose, top=top, config=config, include_existing=include_existing), lang)


def analysis_notes(G: Graph, *, config: ProfileConfig | None = None, lang: Lang = "en") -> list[str]:
    """The notes every analysis output carries: missing indicator values, illustrative inputs."""
    from dknet.analysis.partners import analysis_notes as notes
    from dknet.analysis.profiles import load_config
    from dknet.present.render import render_notes

    return render_notes(notes(G, config or load_config()), lang)


def community_partition(
    G: Graph,
    *,
    county: str | None = None,
    resolution: float = 1.0,
    seed: int = 2024,
    runs: int = 25,
    min_size: int = 2,
    max_size: int | None = 12,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> Partition:
    """Communities of similar, geographically feasible municipalities, as a whole partition.

    ``summary`` (one row per community), ``members``, ``quality`` (modularity, NMI/ARI, how settled the
    groups are over ``runs`` seeded runs) and ``notes``; see :func:`~dknet.analysis.communities.detect_communities`.
    """
    from dknet.analysis.communities import detect_communities
    from dknet.present.render import render_partition

    part = detect_communities(
        G,
        county=_county(G, county),
        resolution=resolution,
        seed=seed,
        runs=runs,
        min_size=min_size,
        max_size=max_size,
        max_km=max_km,
        config=config,
    )
    return render_partition(part, lang)


def communities(
    G: Graph,
    *,
    county: str | None = None,
    table: PartitionTable = "summary",
    resolution: float = 1.0,
    seed: int = 2024,
    runs: int = 25,
    min_size: int = 2,
    max_size: int | None = 12,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """Communities (``dknet communities``): ``table="summary"`` one row per community, ``"members"`` one row
    per municipality; the quality figures and notes in ``df.attrs``."""
    part = community_partition(
        G,
        county=county,
        resolution=resolution,
        seed=seed,
        runs=runs,
        min_size=min_size,
        max_size=max_size,
        max_km=max_km,
        config=config,
        lang=lang,
    )
    return _partition_table(part, table)


def plan_office_partition(
    G: Graph,
    *,
    county: str | None = None,
    low_fte: float | None = None,
    min_fte: float | None = None,
    seed: int = 2024,
    max_size: int = 5,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> Partition:
    """Candidate (virtual) plan offices for low-capacity municipalities, with hosts, as a whole partition.

    The analysis returns reasons and notes as data; they are put into words in ``lang`` here, at the edge.
    ``low_fte``/``min_fte`` default to the analysis' thresholds; see
    :func:`~dknet.analysis.plan_offices.propose_plan_offices`.
    """
    from dknet.analysis import plan_offices as po
    from dknet.present.render import render_partition

    part = po.propose_plan_offices(
        G,
        county=_county(G, county),
        low_fte=po.LOW_FTE if low_fte is None else low_fte,
        min_fte=po.ROBUST_MIN_FTE if min_fte is None else min_fte,
        seed=seed,
        max_size=max_size,
        max_km=max_km,
        config=config,
    )
    return render_partition(part, lang)


def plan_offices(
    G: Graph,
    *,
    county: str | None = None,
    table: PartitionTable = "summary",
    low_fte: float | None = None,
    min_fte: float | None = None,
    seed: int = 2024,
    max_size: int = 5,
    max_km: float | None = None,
    config: ProfileConfig | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """Candidate plan offices (``dknet plan-offices``); ``table`` and ``df.attrs`` as in :func:`communities`."""
    part = plan_office_partition(
        G,
        county=county,
        low_fte=low_fte,
        min_fte=min_fte,
        seed=seed,
        max_size=max_size,
        max_km=max_km,
        config=config,
        lang=lang,
    )
    return _partition_table(part, table)


def _partition_table(part: Partition, table: PartitionTable) -> pd.DataFrame:
    """One table of a rendered partition (``summary`` or ``members``), its quality and notes in ``df.attrs``."""
    chosen = choose(table, PARTITION_TABLES, key="choice.table")
    out = (part.summary if chosen == "summary" else part.members).copy()
    out.attrs = {"quality": dict(part.quality), "notes": [str(n) for n in part.notes]}
    return out


# --- gaps ----------------------------------------------------------------------------------------------------


def gaps(
    G: Graph,
    *,
    kind: GapKind = "need",
    county: str | None = None,
    sf: str | None = None,
    top: int | None = None,
    years: int | None = None,
    config: GapConfig | Path | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """Gaps in the guidance network (``dknet gaps``).

    ``kind`` is ``need`` (need vs support, ranked), ``structural`` (brokers, cut-off, isolated, similar pairs
    across boundaries), ``coverage`` (contacts per municipality) or ``load`` (municipalities per FK/SF
    office). ``top`` keeps the first rows (per kind of structural gap; all of ``load``); ``years`` is the
    window of guidance counted; ``config`` a :class:`~dknet.analysis.gaps.config.GapConfig` or its TOML file;
    ``as_of`` the status day (``--as-of``): records dated after it are not yet known.
    """
    from dknet.analysis import gaps as g
    from dknet.present.render import render_frame

    kind = choose(kind, GAP_KINDS, key="choice.gap_kind")
    cfg = _gap_config(config, years)
    fylke, office = _county(G, county), _sf(G, sf)
    if kind == "need":
        return render_frame(g.need_support(G, config=cfg, county=fylke, sf=office, top=top, as_of=as_of), lang)
    if kind == "structural":
        df = render_frame(g.structural_gaps(G, config=cfg, county=fylke, sf=office, as_of=as_of), lang)
        if top is None:
            return df
        out = df.groupby("kind", sort=False).head(top).reset_index(drop=True)
        out.attrs = dict(df.attrs)
        return out
    if kind == "coverage":
        df = g.coverage(G, config=cfg, county=fylke, sf=office, years=years, as_of=as_of)
        return df if top is None else df.head(top)
    return g.guidance_load(G, config=cfg, county=fylke, sf=office, years=years, as_of=as_of)


def _gap_config(config: GapConfig | Path | None, years: int | None) -> GapConfig:
    import dataclasses

    from dknet.analysis import gaps as g

    cfg = config if config is not None and not isinstance(config, Path) else g.load_gap_config(config)
    if years is not None:
        cfg = dataclasses.replace(cfg, support={**cfg.support, "window_years": float(years)})
    return cfg


def what_if(
    G: Graph,
    assume: Path | str,
    *,
    data: Path | str | None = None,
    mode: DataMode = "overlay",
    county: str | None = None,
    sf: str | None = None,
    top: int = 20,
    years: int | None = None,
    config: GapConfig | Path | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "en",
) -> tuple[pd.DataFrame, dict[str, float]]:
    """Need vs support if the records in ``assume`` (a directory of registers) were true (``dknet gaps --assume``).

    ``data`` and ``mode`` are the registers ``G`` was loaded from, so the assumed graph differs only by
    ``assume``. Returns the changed rows and a summary. Invalid assumption files raise
    :class:`~dknet.errors.DataValidationError`.
    """
    from dknet.analysis import gaps as g
    from dknet.cache import build
    from dknet.schema import DATA_MODES

    data_mode = choose(mode, DATA_MODES, key="choice.data_mode")
    assumed = build(Path(data) if data is not None else None, mode=data_mode, assume_dir=Path(assume))
    cfg = _gap_config(config, years)
    from dknet.present.render import render_frame

    df, summary = g.what_if(G, assumed, config=cfg, county=_county(G, county), sf=_sf(G, sf), top=top, as_of=as_of)
    return render_frame(df, lang), summary


# --- plans, scorecard, compare -------------------------------------------------------------------------------


def plan_config(config: PlanConfig | Path | None = None, *, as_of: dt.date | None = None) -> PlanConfig:
    """The term dates and revision rules (``--config FILE``), seen from ``as_of`` (``--as-of``; default today)."""
    from dknet.analysis.plans import load_plan_config, with_as_of

    cfg = config if config is not None and not isinstance(config, Path) else load_plan_config(config)
    return with_as_of(cfg, as_of)


def plans(
    G: Graph,
    *,
    view: PlanView = "kommuner",
    county: str | None = None,
    sf: str | None = None,
    status: Iterable[str] = (),
    config: PlanConfig | Path | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """Plan status (``dknet plans``): ``view`` ``kommuner`` (one row per municipality), ``fylker`` or ``sf``
    (one row per county or SF office) or ``neste-periode`` (what the next term asks of each).

    ``status`` keeps the municipalities with these plan-strategy statuses (not with ``fylker``/``sf``).
    """
    from dknet.analysis import plans as p
    from dknet.errors import DknetError

    view = choose(view, PLAN_VIEWS, key="choice.plan_view")
    cfg = plan_config(config, as_of=as_of)
    fylke, office = _county(G, county), _sf(G, sf)
    wanted = [p.parse_status(s) for s in status]
    if view in ("fylker", "sf"):
        if wanted:
            raise DknetError("plans.status_filter")
        by_sf = view == "sf"
        return p.plan_summary(G, by="statsforvalter" if by_sf else "fylke", config=cfg, county=fylke, sf=office)
    df = p.plan_status(G, config=cfg, county=fylke, sf=office, status=wanted or None)
    if view == "kommuner":
        return df
    nxt = p.next_term(G, config=cfg, county=fylke, sf=office)
    return nxt[nxt["kommunenummer"].isin(df["kommunenummer"])] if wanted else nxt


def plan_terms(
    G: Graph,
    *,
    county: str | None = None,
    sf: str | None = None,
    status: Iterable[str] = (),
    config: PlanConfig | Path | None = None,
    as_of: dt.date | None = None,
) -> pd.DataFrame:
    """The term in force beside the previous one, per municipality (``dknet plans --compare-terms``).

    ``status`` keeps the municipalities with these plan-strategy statuses in the term in force.
    """
    from dknet.analysis import plans as p
    from dknet.analysis.changes import compare_terms

    cfg = plan_config(config, as_of=as_of)
    df = compare_terms(G, config=cfg, county=_county(G, county), sf=_sf(G, sf))
    wanted = [p.parse_status(s) for s in status]
    return df[df["status"].isin(wanted)] if wanted else df


def scorecard(
    G: Graph,
    *,
    municipality: str | None = None,
    county: str | None = None,
    sf: str | None = None,
    wide: bool = False,
    config: PlanConfig | Path | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """The Distriktskommune 3.0 recommendations as a checklist (``dknet scorecard``).

    One row per municipality and item (long); ``wide=True`` one row per municipality.
    """
    from dknet.analysis import scorecard as s
    from dknet.present.render import render_frame

    codes = [_municipality(G, municipality)] if municipality else None
    cfg = plan_config(config, as_of=as_of)
    long = render_frame(s.scorecard(G, codes=codes, county=_county(G, county), sf=_sf(G, sf), config=cfg), lang)
    return s.scorecard_wide(long) if wide else long


def compare(
    G: Graph,
    municipalities: Sequence[str],
    *,
    config: PlanConfig | Path | None = None,
    as_of: dt.date | None = None,
    lang: Lang = "en",
) -> pd.DataFrame:
    """Two or more municipalities side by side (``dknet compare``); names resolved, each at most once."""
    from dknet.analysis.compare import compare as side_by_side
    from dknet.errors import DknetError
    from dknet.present.render import render_frame

    codes = [_municipality(G, m) for m in municipalities]
    if len(codes) < 2:
        raise DknetError("compare.two")
    if len(set(codes)) < len(codes):
        raise DknetError("compare.same")
    return render_frame(side_by_side(G, codes, config=plan_config(config, as_of=as_of)), lang)


# --- report and map ------------------------------------------------------------------------------------------


def county_report(
    G: Graph,
    *,
    county: str | None = None,
    sf: str | None = None,
    focus: str | None = None,
    lang: Lang = "nb",
    top: int | None = None,
    seed: int = 2024,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
    as_of: dt.date | None = None,
    since: dt.date | None = None,
) -> str:
    """The county (``county``/``sf``) or municipality (``focus``) report as one self-contained HTML text
    (``dknet report``); ``progress`` is told each step. ``as_of`` is the status day (default today);
    "Endringer siden" lists what changed after ``since`` (default: a year before the status day)."""
    from dknet.report import build_report

    return build_report(
        G,
        county=county,
        sf=sf,
        focus=focus,
        lang=lang,
        top=top,
        seed=seed,
        today=today,
        progress=progress,
        as_of=as_of,
        since=since,
    )


def arena_report(
    G: Graph,
    arena: str,
    *,
    lang: Lang = "nb",
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> str:
    """The meeting pack for one regional council, planning forum or network (``dknet report --arena``),
    as one self-contained HTML text that prints on A4. ``arena`` is an id or a name
    (``"Trøndelag Sør"``); an unknown one raises :class:`~dknet.errors.UnknownNameError`."""
    from dknet.report.arena import build_arena_report

    return build_arena_report(G, arena, lang=lang, today=today, progress=progress)


def draw_map(
    G: Graph,
    path: Path | str | None = None,
    *,
    view: MapView = "cooperation",
    county: str | None = None,
    focus: str | None = None,
    purpose: Purpose = "office",
    layout: MapLayout = "geo",
    seed: int = 2024,
    table: pd.DataFrame | None = None,
) -> Any:
    """An offline HTML map (``dknet map``): written to ``path`` (the path is returned), or the
    :class:`~dknet.maps.MapDocument` when ``path`` is None.

    The analysis table of the ``partners``, ``communities`` and ``gaps`` views is computed as the CLI does
    (:func:`dknet.maps.view_table`) unless you pass it as ``table``.
    """
    from dknet.maps import make_map, view_table, write_map

    view = choose(view, MAP_VIEWS, key="choice.map_view")
    layout = choose(layout, MAP_LAYOUTS, key="choice.map_layout")
    purpose = choose(purpose, PURPOSES, key="choice.purpose")
    if table is None:
        table = view_table(G, view, county=county, focus=focus, seed=seed, purpose=purpose)
    doc = make_map(
        G,
        view=view,
        county=county,
        focus=focus,
        layout=layout,
        seed=seed,
        partners=table if view == "partners" else None,
        communities=table if view == "communities" else None,
        gaps=table if view == "gaps" else None,
    )
    return doc if path is None else write_map(Path(path), doc.html)


# --- Neo4j ---------------------------------------------------------------------------------------------------


def neo4j_push(
    G: Graph,
    runner: QueryRunner,
    *,
    batch_size: int | None = None,
    prune: bool = False,
    progress: Progress | None = None,
    lang: Lang = "en",
) -> PushReport:
    """Write the graph to Neo4j through ``runner`` (``dknet neo4j push``); twice changes nothing."""
    from dknet.graphdb.push import DEFAULT_BATCH_SIZE
    from dknet.graphdb.push import push as write

    size = DEFAULT_BATCH_SIZE if batch_size is None else batch_size
    return write(G, runner, batch_size=size, prune=prune, progress=progress, lang=lang)


def neo4j_pull(runner: QueryRunner) -> Graph:
    """The graph read back from Neo4j through ``runner`` (``dknet neo4j pull``)."""
    from dknet.graphdb.pull import pull

    return pull(runner)


def neo4j_snapshot(directory: Path | str) -> Snapshot | None:
    """The snapshot a ``dknet neo4j pull --to DIR`` left in ``directory``, or None (not a pulled folder)."""
    from dknet.graphdb.snapshot import read_snapshot

    return read_snapshot(Path(directory))


def neo4j_conflicts(
    G: Graph, runner: QueryRunner, snapshot: Snapshot, *, prune: bool = False
) -> tuple[list[RemoteConflict], Graph]:
    """Records a colleague changed in Neo4j since ``snapshot`` that pushing ``G`` would overwrite.

    Returns the conflicts and the database's records as read (for :func:`neo4j_record_push`).
    """
    from dknet.graphdb.push import remote_conflicts

    return remote_conflicts(G, runner, snapshot, prune=prune)


def neo4j_record_push(
    G: Graph, remote: Graph, snapshot: Snapshot, directory: Path | str, *, prune: bool = False
) -> Path:
    """After a push, the pulled folder's snapshot says what Neo4j now holds; returns the snapshot's path."""
    from dknet.graphdb.snapshot import after_push, save_snapshot

    return save_snapshot(after_push(G, remote, snapshot, prune=prune), Path(directory))


def neo4j_write_registers(H: Graph, directory: Path | str, *, location: str, force: bool = False) -> PulledRegisters:
    """``dknet neo4j pull --to DIR``: the registers of the pulled graph ``H`` as CSV files, with a snapshot.

    Never overwrites without ``force`` (raises :class:`FileExistsError`).
    """
    from dknet.graphdb.snapshot import write_registers

    return write_registers(H, Path(directory), location=location, force=force)


def neo4j_status(G: Graph, runner: QueryRunner) -> pd.DataFrame:
    """Nodes and relationships per kind, in the graph and in the database (``dknet neo4j status``)."""
    from dknet.graphdb.pull import status

    return status(G, runner)


def neo4j_query(runner: QueryRunner, name: str, params: Mapping[str, object] | None = None) -> pd.DataFrame:
    """Run the named query ``name`` of ``cypher/read/`` with ``params`` (``dknet neo4j query``)."""
    from dknet.graphdb.queries import run_named_query

    return run_named_query(runner, name, params)
