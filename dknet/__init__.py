"""dknet: planning networks for small Norwegian municipalities.

A notebook face, lazily imported (``import dknet`` loads neither pandas nor networkx)::

    import dknet as dk
    G = dk.load()
    dk.partners(G, "holtålen")

:func:`load`, :func:`partners`, :func:`communities`, :func:`plan_offices`, :func:`gaps` and
:func:`map` live in :mod:`dknet.api`; the modules underneath (``dknet.analysis``, ``dknet.maps``,
…) are the library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dknet._version import __version__

#: The flat notebook namespace: name → the module that defines it.
_API = ("load", "partners", "communities", "plan_offices", "gaps", "map")

__all__ = ["__version__", "communities", "gaps", "load", "map", "partners", "plan_offices"]

if TYPE_CHECKING:
    from dknet.api import communities, gaps, load, map, partners, plan_offices


def __getattr__(name: str) -> Any:
    """Import :mod:`dknet.api` on first use of one of its names (PEP 562)."""
    if name in _API:
        from dknet import api

        return getattr(api, name)
    raise AttributeError(f"module 'dknet' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
