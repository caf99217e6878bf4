"""Texts of the meeting pack for one arena (``dknet report --arena``, :mod:`dknet.report.arena`).

Keys begin with ``arena.`` (what the analysis :mod:`dknet.analysis.arena_pack` says as data:
questions, cooperations) or ``report.arena.`` (the pack's headings and sentences), plus the
usage errors of ``--arena`` and the words for an unknown arena (the option's help is in
:mod:`dknet.messages.help`, with the other options').
"""

from __future__ import annotations

ARENA_PACK: dict[str, tuple[str, str, str]] = {
    # --- questions to ask (dknet.analysis.arena_pack.questions) ----------------------------------
    "arena.ask.planstrategi": ("planstrategi {term}", "planstrategi {term}", "planstrategi {term}"),
    "arena.ask.samfunnsdel": (
        "vedtaksår for kommuneplanens samfunnsdel",
        "vedtaksår for kommuneplanens samfunnsdel",
        "year the kommuneplan's samfunnsdel was adopted",
    ),
    "arena.ask.arealdel": (
        "vedtaksår for kommuneplanens arealdel",
        "vedtaksår for kommuneplanens arealdel",
        "year the kommuneplan's arealdel was adopted",
    ),
    "arena.ask.samfunnsdel_map": (
        "år for siste hele samfunnsdel, når bare deler er revidert",
        "år for siste heile samfunnsdel, når berre delar er reviderte",
        "year of the last whole samfunnsdel, where only parts were revised",
    ),
    "arena.ask.arealdel_map": (
        "år for siste hele arealdel (kartet), når bare bestemmelsene er revidert",
        "år for siste heile arealdel (kartet), når berre føresegnene er reviderte",
        "year of the last whole arealdel (the map), where only its provisions were revised",
    ),
    "arena.ask.fte": ("planårsverk", "planårsverk", "planning FTE"),
    # --- cooperations (dknet.analysis.arena_pack) --------------------------------------------------
    "arena.coop.arena": ("{name} ({kind})", "{name} ({kind})", "{name} ({kind})"),
    "arena.coop.ended": ("{name} (avsluttet, {period})", "{name} (avslutta, {period})", "{name} (ended, {period})"),
    "arena.coop.not_started": ("{name} (starter {start})", "{name} (startar {start})", "{name} (starting {start})"),
    "arena.coop.generated": (
        "{name} (generert, teller ikke som samarbeid)",
        "{name} (generert, tel ikkje som samarbeid)",
        "{name} (generated, does not count as cooperation)",
    ),
    # --- the pack (dknet.report.arena) -------------------------------------------------------------
    "report.arena.title": ("Møtepakke: {name}", "Møtepakke: {name}", "Meeting pack: {name}"),
    "report.arena.subtitle": (
        "Planstatus, spørsmål, felles planer, samarbeid, tema og partnere for arenaens medlemmer",
        "Planstatus, spørsmål, felles planar, samarbeid, tema og partnarar for medlemene på arenaen",
        "Plan status, questions, shared plans, cooperation, topics and partners for the arena's members",
    ),
    "report.arena.scope": (
        "Arena: {name} ({kind}, {id}){period}",
        "Arena: {name} ({kind}, {id}){period}",
        "Arena: {name} ({kind}, {id}){period}",
    ),
    "report.arena.ill_banner": (
        "Rader merket ‡ bygger på illustrative poster (generert, ingen offentlig kilde).",
        "Rader merka ‡ byggjer på illustrative postar (generert, ingen offentleg kjelde).",
        "Rows marked ‡ rest on illustrative records (generated, no public source).",
    ),
    "report.arena.and": (" og ", " og ", " and "),
    "report.arena.s_members": ("Medlemmer og planstatus", "Medlemer og planstatus", "Members and plan status"),
    "report.arena.members_lead": (
        "{n} medlemmer: {names}. Planstrategien gjelder perioden {term}; samfunnsdelen regnes som moden "
        "for revisjon etter {sd} år, arealdelen etter {ad} år.",
        "{n} medlemer: {names}. Planstrategien gjeld perioden {term}; samfunnsdelen blir rekna som moden "
        "for revisjon etter {sd} år, arealdelen etter {ad} år.",
        "{n} members: {names}. The planstrategi is that of the term {term}; a samfunnsdel is counted as due "
        "for revision after {sd} years, an arealdel after {ad} years.",
    ),
    "report.arena.no_members": (
        "Arenaen har ingen registrerte medlemmer i dataene.",
        "Arenaen har ingen registrerte medlemer i dataa.",
        "The arena has no members on record in the data.",
    ),
    "report.arena.f_members": ("medlemmer", "medlemer", "members"),
    "report.arena.f_known": (
        "med kjent planstrategi {term}",
        "med kjend planstrategi {term}",
        "with a known planstrategi {term}",
    ),
    "report.arena.f_questions": ("spørsmål å stille", "spørsmål å stille", "questions to ask"),
    "report.arena.f_topics": ("foreslåtte tema", "føreslegne tema", "suggested topics"),
    "report.arena.map": (
        "Planstrategi {term} hos medlemmene",
        "Planstrategi {term} hos medlemene",
        "Planstrategi {term} of the members",
    ),
    "report.arena.c_pop": ("folketall", "folketal", "population"),
    "report.arena.c_class": ("sentralitet", "sentralitet", "centrality"),
    "report.arena.c_fte": ("planårsverk", "planårsverk", "planning FTE"),
    "report.arena.s_questions": ("Spørsmål til møtet", "Spørsmål til møtet", "Questions for the meeting"),
    "report.arena.questions_lead": (
        "Det dataene ikke vet, er spørsmål å stille medlemmene. Svarene kan føres i fylkets eget register "
        "(dknet validate) og gir en fullere rapport neste gang.",
        "Det dataa ikkje veit, er spørsmål å stille medlemene. Svara kan førast i fylket sitt eige register "
        "(dknet validate) og gjev ein fullare rapport neste gong.",
        "What the data does not know is a question to ask the members. The answers can go into the county's "
        "own register (dknet validate) and make a fuller report next time.",
    ),
    "report.arena.ask": ("Spør om {what} for {names}.", "Spør om {what} for {names}.", "Ask about {what} for {names}."),
    "report.arena.no_questions": (
        "Dataene har svar på alt pakken spør om for disse medlemmene.",
        "Dataa har svar på alt pakka spør om for desse medlemene.",
        "The data answers everything the pack asks about for these members.",
    ),
    "report.arena.s_plans": ("Regionale planer de deler", "Regionale planar dei deler", "Regional plans they share"),
    "report.arena.plans_lead": (
        "Regionale planer som dekker minst to av medlemmene (fylkesdekkende planer til slutt).",
        "Regionale planar som dekkjer minst to av medlemene (fylkesdekkjande planar til slutt).",
        "Regional plans covering at least two of the members (county-wide plans last).",
    ),
    "report.arena.no_plans": (
        "Ingen regional plan i dataene dekker to eller flere av medlemmene.",
        "Ingen regional plan i dataa dekkjer to eller fleire av medlemene.",
        "No regional plan in the data covers two or more of the members.",
    ),
    "report.arena.c_plan": ("plan", "plan", "plan"),
    "report.arena.c_adopted": ("vedtatt", "vedteken", "adopted"),
    "report.arena.c_covers": ("dekker", "dekkjer", "covers"),
    "report.arena.county_wide": ("hele fylket", "heile fylket", "the whole county"),
    "report.arena.all_members": ("alle medlemmene", "alle medlemene", "all members"),
    "report.arena.s_coop": ("Samarbeid blant medlemmene", "Samarbeid blant medlemene", "Cooperation among the members"),
    "report.arena.coop_lead": (
        "Plankontor, prosjekter og nettverk med minst ett medlem (løpende først, etter samme regel som i "
        "resten av dknet), deretter andre arenaer der minst to av medlemmene møtes.",
        "Plankontor, prosjekt og nettverk med minst eitt medlem (løpande først, etter same regel som elles "
        "i dknet), deretter andre arenaer der minst to av medlemene møtest.",
        "Plan offices, projects and networks with at least one member (running first, by the same rule as "
        "the rest of dknet), then other arenas at least two of the members meet in.",
    ),
    "report.arena.no_coop": (
        "Dataene kjenner ikke noe annet samarbeid blant medlemmene.",
        "Dataa kjenner ikkje noko anna samarbeid blant medlemene.",
        "The data knows of no other cooperation among the members.",
    ),
    "report.arena.c_coop": ("samarbeid", "samarbeid", "cooperation"),
    "report.arena.c_members": ("medlemmer", "medlemer", "members"),
    "report.arena.s_topics": (
        "Felles utfordringer – forslag til tema",
        "Felles utfordringar – forslag til tema",
        "Shared challenges – suggested topics",
    ),
    "report.arena.topics_lead": (
        "Fra utfordringsprofilen: kjennetegn flere medlemmer deler og som er vanligere blant dem enn i "
        "landet, og tall der minst halvparten av medlemmene er blant landets høyeste eller laveste femtedel.",
        "Frå utfordringsprofilen: kjenneteikn fleire medlemer deler og som er vanlegare blant dei enn i "
        "landet, og tal der minst halvparten av medlemene er blant dei høgaste eller lågaste femdelane i landet.",
        "From the challenge profile: traits several members share that are more common among them than in "
        "the country, and numbers on which at least half of the members are among the country's highest or "
        "lowest fifth.",
    ),
    "report.arena.no_topics": (
        "Profilen viser ingen utfordring flere av medlemmene deler tydeligere enn landet ellers.",
        "Profilen viser inga utfordring fleire av medlemene deler tydelegare enn landet elles.",
        "The profile shows no challenge several members share more clearly than the rest of the country.",
    ),
    "report.arena.topic_flag": (
        "{label}: {names} ({n} av {m}; {national} av landets kommuner)",
        "{label}: {names} ({n} av {m}; {national} av kommunane i landet)",
        "{label}: {names} ({n} of {m}; {national} of the country's municipalities)",
    ),
    "report.arena.topic_category": (
        "{label} {value}: {names} ({n} av {m}; {national} av landets kommuner)",
        "{label} {value}: {names} ({n} av {m}; {national} av kommunane i landet)",
        "{label} {value}: {names} ({n} of {m}; {national} of the country's municipalities)",
    ),
    "report.arena.topic_high": (
        "{label} blant landets høyeste femtedel: {names} ({n} av {m})",
        "{label} blant den høgaste femdelen i landet: {names} ({n} av {m})",
        "{label} among the country's highest fifth: {names} ({n} of {m})",
    ),
    "report.arena.topic_low": (
        "{label} blant landets laveste femtedel: {names} ({n} av {m})",
        "{label} blant den lågaste femdelen i landet: {names} ({n} av {m})",
        "{label} among the country's lowest fifth: {names} ({n} of {m})",
    ),
    "report.arena.s_partners": (
        "Partnere i og utenfor arenaen",
        "Partnarar i og utanfor arenaen",
        "Partners within and beyond the arena",
    ),
    "report.arena.partners_lead": (
        "Samme poeng og begrunnelser som «dknet partners»: plankontor (nærhet og likhet) og nettverk "
        "(likhet, hvor som helst i landet). Par som allerede samarbeider, er merket.",
        "Same poeng og grunngjevingar som «dknet partners»: plankontor (nærleik og likskap) og nettverk "
        "(likskap, kvar som helst i landet). Par som alt samarbeider, er merkte.",
        "The same scores and reasons as “dknet partners”: plan office (nearness and likeness) and network "
        "(likeness, anywhere in the country). Pairs already cooperating are marked.",
    ),
    "report.arena.within": (
        "Best egnede par blant medlemmene – {purpose}",
        "Best eigna par blant medlemene – {purpose}",
        "Best pairs among the members – {purpose}",
    ),
    "report.arena.beyond": (
        "Sterke partnere utenfor arenaen for flere medlemmer – {purpose}",
        "Sterke partnarar utanfor arenaen for fleire medlemer – {purpose}",
        "Strong partners outside the arena for several members – {purpose}",
    ),
    "report.arena.beyond_lead": (
        "Kommuner utenfor arenaen som er blant de {top} beste forslagene for minst to medlemmer.",
        "Kommunar utanfor arenaen som er blant dei {top} beste forslaga for minst to medlemer.",
        "Municipalities outside the arena among the {top} best suggestions of at least two members.",
    ),
    "report.arena.no_pairs": ("Ingen par å foreslå.", "Ingen par å føreslå.", "No pairs to suggest."),
    "report.arena.no_beyond": (
        "Ingen kommune utenfor arenaen er blant de beste forslagene for to eller flere medlemmer.",
        "Ingen kommune utanfor arenaen er blant dei beste forslaga for to eller fleire medlemer.",
        "No municipality outside the arena is among the best suggestions of two or more members.",
    ),
    "report.arena.best_with": (
        "best med {name}: {reasons}",
        "best med {name}: {reasons}",
        "best with {name}: {reasons}",
    ),
    "report.arena.c_pair": ("par", "par", "pair"),
    "report.arena.c_for": ("forslag for", "forslag for", "suggested for"),
    "report.arena.existing": ("samarbeider allerede", "samarbeider alt", "already cooperating"),
    "report.arena.s_sources": ("Kilder og metode", "Kjelder og metode", "Sources and method"),
    "report.arena.source_arena": (
        "Medlemskapet i {name}: {source}.",
        "Medlemskapet i {name}: {source}.",
        "Membership of {name}: {source}.",
    ),
    "report.arena.method": (
        "Planstatus etter samme regler som «dknet plans» (docs/plans.md); ukjent betyr at ingen post finnes, "
        "ikke at planen mangler. Tema fra utfordringsprofilen (docs/partners.md), partnere med samme poeng som "
        "«dknet partners». Om pakken: docs/meeting-pack.md.",
        "Planstatus etter same reglar som «dknet plans» (docs/plans.md); ukjend tyder at ingen post finst, "
        "ikkje at planen manglar. Tema frå utfordringsprofilen (docs/partners.md), partnarar med same poeng som "
        "«dknet partners». Om pakka: docs/meeting-pack.md.",
        "Plan status by the rules of “dknet plans” (docs/plans.md); unknown means there is no record, not "
        "that the plan is missing. Topics from the challenge profile (docs/partners.md), partners with the "
        "scores of “dknet partners”. About the pack: docs/meeting-pack.md.",
    ),
    # --- the option, its usage error, an unknown arena ----------------------------------------------
    "usage.report.scope_arena": (
        "Oppgi --county FYLKE (og/eller --sf), --focus KOMMUNE eller --arena ARENA.",
        "Oppgi --county FYLKE (og/eller --sf), --focus KOMMUNE eller --arena ARENA.",
        "Give --county FYLKE (and/or --sf), --focus KOMMUNE or --arena ARENA.",
    ),
    "usage.report.arena_both": (
        "Oppgi --arena alene, ikke sammen med --county, --sf eller --focus.",
        "Oppgi --arena åleine, ikkje saman med --county, --sf eller --focus.",
        "Give --arena alone, not with --county, --sf or --focus.",
    ),
    "name.unknown.arena": (
        "Fant ingen arena som passer til «{query}»",
        "Fann ingen arena som passar til «{query}»",
        "no arena matches {query!r}",
    ),
    "name.ambiguous.arena": (
        "«{query}» passer til {n} arenaer: {choices}. Oppgi id-en i stedet.",
        "«{query}» passar til {n} arenaer: {choices}. Gje id-en i staden.",
        "{query!r} matches {n} arenas: {choices}. Give the id instead.",
    ),
}
