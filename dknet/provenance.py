"""Where the bundled public data comes from: publisher, year and licence per layer and column group.

The one list ``dknet info`` prints and ``data/README.md`` explains in full (with origins and
checksums in the raw folder's SOURCES.md). Nothing here reads files.

>>> table = public_sources()
>>> sorted(set(table.lisens))[:2]
['CC BY 4.0', 'MIT (csdata); NLOD (SSB-tallene)']
>>> table.set_index("data").loc["kommuner: kostragruppe", "aar"]
'2024'
"""

from __future__ import annotations

import pandas as pd

#: (data: layer and columns, publisher, year of the numbers, licence).
PUBLIC_SOURCES: tuple[tuple[str, str, str, str], ...] = (
    ("kommuner: folketall, aldersandeler", "Statistisk sentralbyrå (SSB), tabell 07459", "2016–2026", "NLOD"),
    ("kommuner: sentralitetsindeks, -klasse", "Statistisk sentralbyrå (SSB), KLASS 128", "2020 (2024-koder)", "NLOD"),
    (
        "kommuner: ba_region, landsdel",
        "Folkehelseinstituttet, csdata (SSB-tall)",
        "2024",
        "MIT (csdata); NLOD (SSB-tallene)",
    ),
    ("kommuner: kostragruppe", "Statistisk sentralbyrå (SSB), KOSTRA-grupper 2020 (KLASS 112)", "2024", "NLOD"),
    (
        "kommuner: utgiftsbehov_2025, utgiftsbehov_2026",
        "Kommunal- og distriktsdepartementet, Grønt hefte tabell A-k",
        "2025, 2026",
        "NLOD",
    ),
    ("kommuner: areal, sentroide; grenser; sjonaboer", "Kartverket (beregnet av dknet)", "2024", "CC BY 4.0"),
    ("kommuner: kystlinje_km, kystandel, oykommune", "Kartverket (beregnet av dknet)", "2024", "CC BY 4.0"),
    (
        "ferjesamband; kommuner: ferjesamband, ferjeavhengig",
        "Statens vegvesen, NVDB vegobjekttype 770 og 64",
        "2026",
        "NLOD",
    ),
    (
        "grenser: vinterstengt; kommuner: vinterstengte_veger",
        "Statens vegvesen, NVDB vegobjekttype 107",
        "2026",
        "NLOD",
    ),
    ("kommuner: fritidsboliger_2023", "Statistisk sentralbyrå (SSB), tabell 05467", "2023", "NLOD"),
    (
        "kommuner: vernet_areal_km2",
        "Statistisk sentralbyrå (SSB), tabell 08936 (Miljødirektoratets Naturbase)",
        "2024",
        "NLOD",
    ),
    ("kommuner: sysselsatte_2017, havbruk_2017", "Statistisk sentralbyrå (SSB), tabell 13470", "2017", "NLOD"),
    (
        "kommuner: primaer_andel_2020, industri_andel_2020",
        "Statistisk sentralbyrå (SSB), tabell 07984 (harmonisert til 2024-kommuner av oystess/valg_analyser)",
        "2020",
        "NLOD",
    ),
    (
        "kommuner: fiskere_2018",
        "Fiskeridirektoratet, fiskermanntallet (blad B, bosted 31.12.2018; arbeidsbok i OHI-Norway/nor-prep)",
        "2018",
        "NLOD",
    ),
)


def public_sources() -> pd.DataFrame:
    """The public sources as a table: ``data``, ``utgiver``, ``aar``, ``lisens``."""
    return pd.DataFrame(list(PUBLIC_SOURCES), columns=["data", "utgiver", "aar", "lisens"])
