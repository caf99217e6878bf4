"""The two data modes in words: the demonstration banner, ``--demo`` and what ``info`` says of the mode.

Merged into :data:`dknet.messages.MESSAGES`; key → (bokmål, nynorsk, English). The default data
set is real public data, curated (cited) records and the user's own registers; ``--demo`` (or
``DKNET_DEMO=1``) adds the generated demonstration records, and every output made from them
carries :data:`BANNER_KEY` at its edges (first line, report header and page footer, map top).
"""

from __future__ import annotations

#: The key of the one banner every demonstration output carries.
BANNER_KEY = "demo.banner"

DEMO: dict[str, tuple[str, str, str]] = {
    BANNER_KEY: (
        "DEMO – oppdiktede data, ikke bruk i saksbehandling",
        "DEMO – oppdikta data, ikkje bruk i sakshandsaming",
        "DEMO – invented data, do not use in casework",
    ),
    "demo.banner.detail": (
        "Demonstrasjonssettet (--demo / DKNET_DEMO=1) blander genererte poster inn i de offentlige dataene. "
        "Kjør uten --demo for de virkelige dataene.",
        "Demonstrasjonssettet (--demo / DKNET_DEMO=1) blandar genererte postar inn i dei offentlege dataa. "
        "Køyr utan --demo for dei verkelege dataa.",
        "The demonstration set (--demo / DKNET_DEMO=1) mixes generated records into the public data. "
        "Run without --demo for the real data.",
    ),
    "demo.mode.heading": ("Datasett", "Datasett", "Data set"),
    "demo.mode.real": (
        "Datasett: virkelige data (offentlige kilder, kuraterte poster med kilde og dine egne registre). "
        "Ingen genererte poster.",
        "Datasett: verkelege data (offentlege kjelder, kuraterte postar med kjelde og dine eigne register). "
        "Ingen genererte postar.",
        "Data set: real data (public sources, curated records with a source, and your own registers). "
        "No generated records.",
    ),
    "demo.mode.demo": (
        "Datasett: DEMO – virkelige data pluss genererte demonstrasjonsposter (--demo / DKNET_DEMO=1).",
        "Datasett: DEMO – verkelege data pluss genererte demonstrasjonspostar (--demo / DKNET_DEMO=1).",
        "Data set: DEMO – real data plus generated demonstration records (--demo / DKNET_DEMO=1).",
    ),
    "demo.push_refused": (
        "DKNET_DEMO=1 er satt, så grafen har oppdiktede demonstrasjonsposter. De skrives ikke til en database "
        "uten at du ber om det på kommandolinjen: bruk «dknet neo4j push --demo» (postene har "
        "source=illustrative), eller fjern DKNET_DEMO for de virkelige dataene.",
        "DKNET_DEMO=1 er sett, så grafen har oppdikta demonstrasjonspostar. Dei vert ikkje skrivne til ein "
        "database utan at du ber om det på kommandolinja: bruk «dknet neo4j push --demo» (postane har "
        "source=illustrative), eller fjern DKNET_DEMO for dei verkelege dataa.",
        "DKNET_DEMO=1 is set, so the graph holds invented demonstration records. They are not written to a "
        "database unless you ask on the command line: use 'dknet neo4j push --demo' (the records carry "
        "source=illustrative), or unset DKNET_DEMO for the real data.",
    ),
    "demo.report.src_lead_real": (
        "Folketall, sentralitet og BA-regioner: SSB. Kommune- og fylkesgrenser: Kartverket. Planer, arenaer og "
        "regionale planer: kuraterte offentlige kilder der de finnes (med kildeadresse i dataene). Resten: dine egne "
        "registre; der ingen har registrert noe, står det «ukjent».",
        "Folketal, sentralitet og BA-regionar: SSB. Kommune- og fylkesgrenser: Kartverket. Planar, arenaer og "
        "regionale planar: kuraterte offentlege kjelder der dei finst (med kjeldeadresse i dataa). Resten: dine eigne "
        "register; der ingen har registrert noko, står det «ukjend».",
        "Population, centrality and commuting regions: Statistics Norway (SSB). Municipal and county "
        "boundaries: Kartverket. Plans, arenas and regional plans: curated public sources where they exist "
        "(with the source address in the data). The rest: your own registers; where nothing is registered, "
        "it says 'unknown'.",
    ),
    "help.neo4j.push.opt.demo": (
        "Skriv demonstrasjonssettet (med genererte, oppdiktede poster; de har source=illustrative) til databasen. "
        "DKNET_DEMO=1 alene er ikke nok: en database lever lenger enn skallet, så dknet vil ha --demo på "
        "kommandolinjen.",
        "Skriv demonstrasjonssettet (med genererte, oppdikta postar; dei har source=illustrative) til databasen. "
        "DKNET_DEMO=1 åleine er ikkje nok: ein database lever lenger enn skalet, så dknet vil ha --demo på "
        "kommandolinja.",
        "Write the demonstration set (with generated, invented records; they carry source=illustrative) to the "
        "database. DKNET_DEMO=1 alone is not enough: a database outlives the shell, so dknet wants --demo on "
        "the command line.",
    ),
    "help.opt.demo": (
        "Bruk demonstrasjonssettet: de offentlige dataene pluss genererte (oppdiktede) poster for plankapasitet, "
        "planer, veiledning og arenaer, til prøving og eksempler. Alt som lages slik, er merket «DEMO». "
        "Standard: de virkelige dataene, eller DKNET_DEMO=1.",
        "Bruk demonstrasjonssettet: dei offentlege dataa pluss genererte (oppdikta) postar for plankapasitet, "
        "planar, rettleiing og arenaer, til prøving og døme. Alt som vert laga slik, er merkt «DEMO». "
        "Standard: dei verkelege dataa, eller DKNET_DEMO=1.",
        "Use the demonstration set: the public data plus generated (invented) records of planning capacity, "
        "plans, guidance and arenas, for trying dknet out and for examples. Everything made this way is marked "
        "'DEMO'. Default: the real data, or DKNET_DEMO=1.",
    ),
}
