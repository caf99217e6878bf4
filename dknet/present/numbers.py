"""Numbers as people read them: kept in :mod:`dknet.messages.numbers` (below the analysis, so that a
:class:`~dknet.messages.msg.Num` field renders in the reader's language); re-exported here for the
edges that format numbers directly.

>>> number(2037, "nb"), percent(0.265, "en")
('2 037', '26.5%')
"""

from __future__ import annotations

from dknet.messages.numbers import (
    MINUS,
    NARROW_NBSP,
    NBSP,
    THOUSANDS_NO,
    Kind,
    column_kind,
    number,
    percent,
)

__all__ = ["MINUS", "NARROW_NBSP", "NBSP", "THOUSANDS_NO", "Kind", "column_kind", "number", "percent"]
