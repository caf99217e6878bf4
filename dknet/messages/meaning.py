"""Texts the analyses return as meaning (keys and fields) and the edges put into words.

Merged into :data:`dknet.messages.MESSAGES`. The analyses in :mod:`dknet.analysis` return
:class:`~dknet.messages.msg.Msg` values; these are the few keys that only glue parts together.
"""

from __future__ import annotations

MEANING: dict[str, tuple[str, str, str]] = {
    "list.sep": ("{first}{sep}{rest}", "{first}{sep}{rest}", "{first}{sep}{rest}"),
    "text.concat": ("{first}{rest}", "{first}{rest}", "{first}{rest}"),
}
