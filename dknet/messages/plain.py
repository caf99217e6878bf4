"""Plain words for ``dknet compare`` and ``dknet show`` (issue 20): key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`.
"""

from __future__ import annotations

PLAIN: dict[str, tuple[str, str, str]] = {
    # compare: arrangements that are neither a regional council nor a forum (e.g. the Sami language area)
    "compare.row.andre": ("Andre ordninger", "Andre ordningar", "Other arrangements"),
    "compare.row.sentralitetsklasse_plain": (
        "Sentralitetsklasse (1 = mest sentral, 6 = minst)",
        "Sentralitetsklasse (1 = mest sentral, 6 = minst)",
        "Centrality class (1 = most central, 6 = least)",
    ),
    "compare.rank_note": (
        "nr. = rangering blant alle kommuner (1 = høyest verdi; for sentralitetsklasse er nr. 1 den mest sentrale).",
        "nr. = rangering blant alle kommunar (1 = høgaste verdi; for sentralitetsklasse er nr. 1 den mest sentrale).",
        "no. = rank among all municipalities (1 = highest value; for the centrality class, no. 1 is the most central).",
    ),
    # compare, show: a kommuneplan part of which only the provisions were revised
    "compare.age_provisions": (
        "{year}: bare bestemmelsene; plankartet er ikke revidert (alder ukjent)",
        "{year}: berre føresegnene; plankartet er ikkje revidert (alder ukjend)",
        "{year}: provisions only; the map was not revised (age unknown)",
    ),
    "compare.age_provisions_map": (
        "{year}: bare bestemmelsene; plankartet er fra {map_year} ({age} år)",
        "{year}: berre føresegnene; plankartet er frå {map_year} ({age} år)",
        "{year}: provisions only; the map dates from {map_year} ({age} years)",
    ),
    # gaps: a member of a plan office whose record does not say it still runs
    "gaps.office_status_unknown": (
        "i {name}, men status er ukjent (teller ikke som støtte)",
        "i {name}, men status er ukjend (tel ikkje som støtte)",
        "in {name}, status unknown (not counted as support)",
    ),
    # show: the kind of source a row rests on
    "show.source.public": ("offentlig kilde", "offentleg kjelde", "public source"),
    "show.source.curated": ("kuratert fra nettside", "kuratert frå nettside", "curated from a web page"),
    "show.source.illustrative": ("illustrativ", "illustrativ", "illustrative"),
    "show.source.user": ("brukerregister", "brukarregister", "user register"),
    "show.source.assumed": ("antatt", "anteke", "assumed"),
    "show.border": ("felles grense {km} km", "felles grense {km} km", "shared border {km} km"),
    "show.sea": (
        "{km} km over vann i luftlinje",
        "{km} km over vatn i luftline",
        "{km} km across water in a straight line",
    ),
    "show.incoming": ("{rel} (av)", "{rel} (av)", "{rel} (by)"),
    "show.adopted": ("{kind}, vedtatt {year}", "{kind}, vedteken {year}", "{kind}, adopted {year}"),
    "show.provisions_only": (
        "bare bestemmelsene revidert, plankartet ikke",
        "berre føresegnene reviderte, plankartet ikkje",
        "provisions revised, map not",
    ),
}
