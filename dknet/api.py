"""The notebook face of dknet: a few flat functions, names resolved inside, DataFrames out.

``import dknet as dk`` gives these functions lazily (importing dknet stays cheap; pandas and
networkx load on the first call). Each takes the graph first and options by keyword, accepts
municipalities, counties and state-administrator (SF) offices the way the CLI does (``"5026"``,
``"holtålen"``, ``"holtaalen"``, ``"Trøndelag"``, ``"trondelag"``), never changes the graph and
returns a :class:`pandas.DataFrame` (the map returns the path it wrote)::

    import dknet as dk

    G = dk.load()                                   # the real data (cached); dk.load("mine/") adds yours
    D = dk.load(demo=True)                          # the demonstration set: real + generated records
    dk.partners(G, "holtålen", top=5)               # ranked partner suggestions with reasons
    dk.communities(G, county="Trøndelag")           # one row per community
    dk.plan_offices(G, county="Nordland")           # candidate (virtual) plan offices
    dk.gaps(G, kind="need", sf="trondelag")         # need vs support, structural, coverage, load
    dk.map(G, "holtalen.html", view="partners", focus="holtålen")

Options not named here are passed on to the library function behind each wrapper
(:func:`~dknet.analysis.partners.suggest_partners`,
:func:`~dknet.analysis.communities.detect_communities`,
:func:`~dknet.analysis.plan_offices.propose_plan_offices`, :mod:`dknet.analysis.gaps`,
:func:`~dknet.maps.make_map`). A runnable example: ``examples/notebook_api.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

    from dknet.graph import Graph

__all__ = ["communities", "gaps", "load", "map", "partners", "plan_offices"]

GapKind = Literal["need", "structural", "coverage", "load"]
#: The kinds of :func:`gaps`, as in ``dknet gaps --kind``.
GAP_KINDS: tuple[str, ...] = ("need", "structural", "coverage", "load")


def load(
    data: Path | str | None = None,
    *,
    mode: Literal["overlay", "replace"] = "overlay",
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

    return load_graph(data, mode=mode, use_cache=cache, demo=demo)


def _county(G: Graph, county: str | None) -> str | None:
    from dknet.overview import resolve_county

    return resolve_county(G, county) if county is not None else None


def _sf(G: Graph, sf: str | None) -> str | None:
    from dknet.overview import resolve_sf

    return resolve_sf(G, sf) if sf is not None else None


def partners(G: Graph, municipality: str, *, top: int = 10, **options: Any) -> pd.DataFrame:
    """Ranked partner suggestions for ``municipality`` with the reasons (``dknet partners``).

    ``options``: ``within`` (``neighbours``, ``ba-region``, ``county``, ``sf``, ``km:N``),
    ``include_existing``, ``purpose``, ``config``, ``lang`` — see
    :func:`~dknet.analysis.partners.suggest_partners`.
    """
    from dknet.analysis.partners import suggest_partners
    from dknet.overview import resolve_municipality
    from dknet.present.render import render_frame

    lang = options.pop("lang", "en")  # the analysis returns meaning; the api puts it into words
    return render_frame(suggest_partners(G, resolve_municipality(G, municipality), top=top, **options), lang)


def communities(
    G: Graph, *, county: str | None = None, table: Literal["summary", "members"] = "summary", **options: Any
) -> pd.DataFrame:
    """Communities of similar, geographically feasible municipalities (``dknet communities``).

    ``table="summary"`` gives one row per community, ``"members"`` one row per municipality.
    The quality figures (modularity, NMI/ARI) and notes are in ``df.attrs``. ``options``:
    ``seed``, ``resolution``, ``min_size``, ``max_size``, ``max_km``, ``config`` — see
    :func:`~dknet.analysis.communities.detect_communities`.
    """
    from dknet.analysis.communities import detect_communities
    from dknet.present.render import render_notes, render_partition

    part = render_partition(detect_communities(G, county=_county(G, county), **options), "en")
    return _with_attrs(
        part.summary if table == "summary" else part.members, part.quality, render_notes(part.notes, "en")
    )


def plan_offices(
    G: Graph, *, county: str | None = None, table: Literal["summary", "members"] = "summary", **options: Any
) -> pd.DataFrame:
    """Candidate (virtual) plan offices for low-capacity municipalities, with hosts (``dknet plan-offices``).

    ``table`` and ``df.attrs`` as in :func:`communities`; ``options``: ``low_fte``, ``min_fte``, ``seed``,
    ``max_size``, ``max_km``, ``config`` — see :func:`~dknet.analysis.plan_offices.propose_plan_offices`.
    """
    from dknet.analysis.plan_offices import propose_plan_offices
    from dknet.present.render import render_notes, render_partition

    # the api's texts are English, as before (render_partition puts the proposals' meaning into words)
    part = render_partition(propose_plan_offices(G, county=_county(G, county), **options), "en")
    return _with_attrs(
        part.summary if table == "summary" else part.members, part.quality, render_notes(part.notes, "en")
    )


def _with_attrs(df: pd.DataFrame, quality: dict[str, float], notes: list[str]) -> pd.DataFrame:
    out = df.copy()
    out.attrs = {"quality": dict(quality), "notes": list(notes)}
    return out


def gaps(
    G: Graph, *, kind: GapKind = "need", county: str | None = None, sf: str | None = None, **options: Any
) -> pd.DataFrame:
    """Gaps in the guidance network (``dknet gaps``): ``kind`` is ``need`` (need vs support,
    ranked), ``structural`` (brokers, cut-off, isolated, similar pairs across boundaries),
    ``coverage`` (contacts per municipality) or ``load`` (municipalities per FK/SF office).

    ``county`` and ``sf`` limit the rows; ``options`` go to the function of that kind in
    :mod:`dknet.analysis.gaps` (e.g. ``top`` for need, ``years`` for coverage and load).
    """
    from dknet.analysis import gaps as g

    functions: dict[str, Callable[..., pd.DataFrame]] = {
        "need": g.need_support,
        "structural": g.structural_gaps,
        "coverage": g.coverage,
        "load": g.guidance_load,
    }
    if kind not in functions:
        from dknet.errors import DknetError

        raise DknetError("error.gap_kind", kind=kind, choices=", ".join(GAP_KINDS))
    return functions[kind](G, county=_county(G, county), sf=_sf(G, sf), **options)


def map(  # the notebook name is dk.map, as the CLI's `dknet map` (shadows the builtin here only)
    G: Graph,
    path: Path | str,
    *,
    view: str = "cooperation",
    county: str | None = None,
    focus: str | None = None,
    seed: int = 2024,
    **options: Any,
) -> Path:
    """Write an offline HTML map to ``path`` and return the path (``dknet map``).

    The analysis table of the ``partners``, ``communities`` and ``gaps`` views is computed as
    the CLI does (:func:`dknet.maps.view_table`) unless you pass it (``partners=df`` …).
    ``options``: ``layout`` (``geo``/``force``), ``boundaries`` — see :func:`dknet.maps.make_map`.
    """
    from dknet.maps import make_map, view_table, write_map

    if view in ("partners", "communities", "gaps") and options.get(view) is None:
        options[view] = view_table(G, view, county=county, focus=focus, seed=seed)
    doc = make_map(G, view=view, county=county, focus=focus, seed=seed, **options)
    return write_map(path, doc.html)
