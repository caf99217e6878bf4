"""Bridges, tunnels and boats between two municipalities, in words in the reader's language.

The graph keeps each link as data (:class:`dknet.graph.SeaLink`); this is the one place that
says it: the name, then its kind, road number and, for a fixed link, the year it opened, or for a
boat, the year a source last described it. What the name already says is not said again.

>>> from dknet.graph import SeaLink
>>> link_names([SeaLink("Frøyatunnelen", "undersjøisk tunnel", "Fv714", "2000")], "en")
'Frøyatunnelen (subsea tunnel, Fv714, opened 2000)'
>>> link_names([SeaLink("Bokn–Tysvær bruer (E39)", "bru", "E39", "")], "nb")
'Bokn–Tysvær bruer (E39; bru)'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dknet.graph import SeaLink
from dknet.messages import LANGS, MESSAGES, t
from dknet.messages.msg import Local


def link_label(link: SeaLink, lang: str = "nb") -> str:
    """One link in words: ``Helgelandspendelen (hurtigbåt, omtalt 2021)``."""
    kind_key = f"link.kind.{link.kind}"
    kind = t(kind_key, lang) if kind_key in MESSAGES else link.kind
    when = t("link.opened" if link.fixed else "link.described", lang, year=link.year) if link.year else ""
    said = re.findall(r"[\w-]+", link.name)
    detail = ", ".join(x for x in (kind, link.road, when) if x and x not in said)
    if link.name.endswith(")"):  # "Freifjordtunnelen (Krifast)": one pair of brackets, not two
        return f"{link.name[:-1]}; {detail})"
    return f"{link.name} ({detail})"


def link_names(links: Iterable[SeaLink], lang: str = "nb") -> str:
    """Links in words, joined by "; " (each once)."""
    return "; ".join(dict.fromkeys(link_label(link, lang) for link in links))


def link_names_local(links: Iterable[SeaLink]) -> Local:
    """:func:`link_names` in every language, for a message field rendered on display."""
    chosen = list(links)
    nb, nn, en = (link_names(chosen, lang) for lang in LANGS)
    return Local(nb, nn, en)
