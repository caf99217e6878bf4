"""The county report's own headings, labels and sentences: key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`.
"""

from __future__ import annotations

REPORT: dict[str, tuple[str, str, str]] = {}
