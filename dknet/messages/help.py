"""The ``--help`` of every command and option: key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`.
"""

from __future__ import annotations

HELP: dict[str, tuple[str, str, str]] = {}
