"""Challenge reasons that tell candidates apart: what a list shares, and values side by side.

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`. The
reasons themselves are :class:`~dknet.messages.msg.Msg` data built in
:mod:`dknet.analysis.reasons`; these are their words.
"""

from __future__ import annotations

CHALLENGE: dict[str, tuple[str, str, str]] = {
    "challenge.marked": ("{text} ({mark})", "{text} ({mark})", "{text} ({mark})"),
    "challenge.shared_all": (
        "Felles for de {n} beste forslagene, og sagt bare her (skiller dem ikke fra hverandre): {items}.",
        "Felles for dei {n} beste forslaga, og sagt berre her (skil dei ikkje frå kvarandre): {items}.",
        "Shared by the {n} best suggestions, and said only here (does not tell them apart): {items}.",
    ),
}
