"""dknet: planning networks for small Norwegian municipalities.

A notebook face, lazily imported (``import dknet`` loads neither pandas nor networkx)::

    import dknet as dk
    G = dk.load()
    dk.partners(G, "holtålen")

Every function of :mod:`dknet.api` (one per question, the same door the ``dknet`` command uses:
:func:`load`, :func:`partners`, :func:`communities`, :func:`plan_offices`, :func:`gaps`, :func:`plans`,
:func:`scorecard`, :func:`compare`, :func:`report`, :func:`draw_map` …) is reachable as ``dk.NAME``; the
modules underneath (``dknet.analysis``, ``dknet.maps``, …) are the library. The version is in
:mod:`dknet._version`, so that no module below has to import this package root.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dknet._version import __version__

#: The flat notebook namespace: the names of :mod:`dknet.api` (``dknet.api.__all__``; a test keeps them equal).
_API = (
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
)

__all__ = [
    "GAP_KINDS",
    "__version__",
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

if TYPE_CHECKING:
    from dknet.api import (
        GAP_KINDS,
        all_partners,
        analysis_notes,
        arena_report,
        changes,
        communities,
        community_partition,
        compare,
        county_report,
        draw_map,
        gaps,
        glossary,
        info,
        load,
        neo4j_conflicts,
        neo4j_pull,
        neo4j_push,
        neo4j_query,
        neo4j_record_push,
        neo4j_snapshot,
        neo4j_status,
        neo4j_write_registers,
        partners,
        plan_office_partition,
        plan_offices,
        plan_terms,
        plans,
        register,
        scorecard,
        show,
        templates,
        validate,
        what_if,
    )


def __getattr__(name: str) -> Any:
    """Import :mod:`dknet.api` on first use of one of its names (PEP 562)."""
    if name in _API:
        from dknet import api

        return getattr(api, name)
    raise AttributeError(f"module 'dknet' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
