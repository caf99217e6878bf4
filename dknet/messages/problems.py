"""What ``dknet validate`` and the library's errors say: key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`.
"""

from __future__ import annotations

PROBLEMS: dict[str, tuple[str, str, str]] = {}
