"""The county report's own headings, labels and sentences: key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`. Keys
begin with ``report.``. Column headings the commands share (``kommune``, ``likhet`` …) come from
:mod:`dknet.messages.columns`, the glossary from :mod:`dknet.messages.terms`, the names of the
structural holes from ``gaps.structural.kind.*``: only what the report alone says is here.
"""

from __future__ import annotations

REPORT: dict[str, tuple[str, str, str]] = {
    # document
    "report.title_county": ("Planrapport for {name}", "Planrapport for {name}", "Planning report for {name}"),
    "report.title_focus": (
        "Planrapport for {name} kommune",
        "Planrapport for {name} kommune",
        "Planning report for {name}",
    ),
    "report.subtitle": (
        "Kommunal planlegging, veiledning og samarbeid – grunnlag for rådgivere i fylkeskommunen",
        "Kommunal planlegging, rettleiing og samarbeid – grunnlag for rådgjevarar i fylkeskommunen",
        "Municipal planning, guidance and cooperation – a brief for county-council advisers",
    ),
    "report.made": (
        "Laget {date} med dknet {version}",
        "Laga {date} med dknet {version}",
        "Made {date} with dknet {version}",
    ),
    "report.scope_county": ("Fylke: {name} ({code})", "Fylke: {name} ({code})", "County: {name} ({code})"),
    "report.scope_sf": ("Statsforvalter: {name}", "Statsforvaltar: {name}", "State administrator: {name}"),
    "report.scope_focus": (
        "Kommune: {name} ({code}), {county}",
        "Kommune: {name} ({code}), {county}",
        "Municipality: {name} ({code}), {county}",
    ),
    "report.contents": ("Innhold", "Innhald", "Contents"),
    "report.ill_banner": (
        "Tall merket ‡ bygger på illustrative poster (generert, ingen offentlig kilde). Se «{section}».",
        "Tal merka ‡ byggjer på illustrative postar (generert, ingen offentleg kjelde). Sjå «{section}».",
        "Figures marked ‡ rest on illustrative records (generated, no public source). See “{section}”.",
    ),
    # sections
    "report.s_summary": ("Sammendrag", "Samandrag", "Summary"),
    "report.s_plans": ("Planstrategi og planstatus", "Planstrategi og planstatus", "Planning strategy and plan status"),
    "report.s_gaps": ("Hull i veiledningen", "Hòl i rettleiinga", "Gaps in guidance"),
    "report.s_cooperation": ("Samarbeid og plankontor", "Samarbeid og plankontor", "Cooperation and plan offices"),
    "report.s_partners": ("Samarbeidspartnere", "Samarbeidspartnarar", "Partners"),
    "report.s_scorecard": (
        "Anbefalingene fra Distriktskommune 3.0",
        "Tilrådingane frå Distriktskommune 3.0",
        "The Distriktskommune 3.0 recommendations",
    ),
    "report.s_illustrative": ("Hva som er illustrativt", "Kva som er illustrativt", "What is illustrative"),
    "report.s_sources": (
        "Kilder, dato og ordforklaringer",
        "Kjelder, dato og ordforklaringar",
        "Sources, date and glossary",
    ),
    # summary
    "report.k_municipalities": ("Kommuner", "Kommunar", "Municipalities"),
    "report.k_population": ("Innbyggere 2026", "Innbyggjarar 2026", "Inhabitants 2026"),
    "report.k_district": (
        "Distriktskommuner (sentralitet 5–6)",
        "Distriktskommunar (sentralitet 5–6)",
        "District municipalities (centrality 5–6)",
    ),
    "report.k_adopted": (
        "Planstrategi vedtatt denne perioden",
        "Planstrategi vedteken denne perioden",
        "Planning strategy adopted this term",
    ),
    "report.k_due": ("Arealdel eldre enn {n} år", "Arealdel eldre enn {n} år", "Land-use plan older than {n} years"),
    "report.k_low": ("Under 1 årsverk til planlegging", "Under 1 årsverk til planlegging", "Under 1 FTE for planning"),
    "report.k_communities": ("Samarbeidsgrupper", "Samarbeidsgrupper", "Cooperation groups"),
    "report.k_offices": ("Forslag til plankontor", "Forslag til plankontor", "Proposed plan offices"),
    "report.k_met": ("Anbefalinger oppfylt", "Tilrådingar oppfylte", "Recommendations met"),
    "report.k_gap_top": ("Størst behov uten støtte", "Størst behov utan støtte", "Largest unmet need"),
    "report.k_rank": ("Rangering etter veiledningshull", "Rangering etter rettleiingshòl", "Rank by guidance gap"),
    "report.k_centrality": ("Sentralitetsklasse", "Sentralitetsklasse", "Centrality class"),
    "report.k_fte": ("Årsverk til planlegging", "Årsverk til planlegging", "Planning FTE"),
    "report.k_change": ("Endring 2016–2026", "Endring 2016–2026", "Change 2016–2026"),
    "report.k_old": ("Andel 67 år og eldre", "Del 67 år og eldre", "Share aged 67+"),
    "report.summary_lead": (
        "Hovedtall for {scope}. Status per {day}; planperiode {term}, frist for planstrategi {deadline} (pbl § 10-1).",
        "Hovudtal for {scope}. Status per {day}; planperiode {term}, frist for planstrategi {deadline} (pbl § 10-1).",
        "Key figures for {scope}. Status as of {day}; term {term}, planning-strategy deadline {deadline} (PBL § 10-1).",
    ),
    # plans
    "report.plans_lead": (
        "Kommunal planstrategi skal vedtas senest ett år etter at kommunestyret er konstituert. Samfunnsdelen "
        "regnes som forfalt når den er eldre enn {sd} år, arealdelen når den er eldre enn {ad} år.",
        "Kommunal planstrategi skal vedtakast seinast eitt år etter at kommunestyret er konstituert. "
        "Samfunnsdelen blir rekna som forfallen når han er eldre enn {sd} år, arealdelen når han er eldre enn "
        "{ad} år.",
        "The municipal planning strategy is due within one year of the council's constitution. The community "
        "part counts as due for revision when older than {sd} years, the land-use part when older than {ad} "
        "years.",
    ),
    "report.plans_chart": (
        "Planstrategi {term}: antall kommuner per status",
        "Planstrategi {term}: tal kommunar per status",
        "Planning strategy {term}: municipalities per status",
    ),
    "report.plans_map": (
        "Kart: planstrategi per kommune",
        "Kart: planstrategi per kommune",
        "Map: planning strategy by municipality",
    ),
    "report.rev_forfalt": ("forfalt", "forfallen", "due"),
    "report.rev_ukjent": ("ukjent", "ukjend", "unknown"),
    # columns
    "report.c_code": ("Nr.", "Nr.", "No."),
    "report.c_status": ("Planstrategi", "Planstrategi", "Planning strategy"),
    "report.c_adopted": ("Vedtatt", "Vedteken", "Adopted"),
    "report.c_sd": ("Samfunnsdel", "Samfunnsdel", "Community part"),
    "report.c_ad": ("Arealdel", "Arealdel", "Land-use part"),
    "report.c_revision": ("revisjon", "revisjon", "revision"),
    "report.c_gap": ("Hull", "Hòl", "Gap"),
    "report.c_robust": ("Robust (≥ {n} årsverk)", "Robust (≥ {n} årsverk)", "Robust (≥ {n} FTE)"),
    "report.c_distance": ("Avstand", "Avstand", "Distance"),
    "report.c_answer": ("Svar", "Svar", "Answer"),
    "report.c_layer": ("Datalag", "Datalag", "Data layer"),
    "report.c_illustrative": ("Illustrative", "Illustrative", "Illustrative"),
    "report.c_share": ("Andel", "Del", "Share"),
    # gaps
    "report.gaps_lead": (
        "Behov (liten, usentral, aldrende, fallende folketall, gamle planer, lav plankapasitet) mot støtte "
        "(veiledning fra FK og SF, plankontor, nettverk, regionale planer), begge 0–1; hull = behov − støtte. "
        "De {n} største hullene:",
        "Behov (liten, usentral, aldrande, fallande folketal, gamle planar, låg plankapasitet) mot støtte "
        "(rettleiing frå FK og SF, plankontor, nettverk, regionale planar), begge 0–1; hòl = behov − støtte. "
        "Dei {n} største hòla:",
        "Need (small, remote, ageing, declining, old plans, low planning capacity) against support (guidance "
        "from FK and SF, plan offices, networks, regional plans), both 0–1; gap = need − support. The {n} "
        "largest gaps:",
    ),
    "report.gaps_focus": (
        "Behov (liten, usentral, aldrende, fallende folketall, gamle planer, lav plankapasitet) mot støtte "
        "(veiledning fra FK og SF, plankontor, nettverk, regionale planer), begge 0–1; hull = behov − støtte. "
        "{name} er nr. {rank} av {n} i fylket.",
        "Behov (liten, usentral, aldrande, fallande folketal, gamle planar, låg plankapasitet) mot støtte "
        "(rettleiing frå FK og SF, plankontor, nettverk, regionale planar), begge 0–1; hòl = behov − støtte. "
        "{name} er nr. {rank} av {n} i fylket.",
        "Need (small, remote, ageing, declining, old plans, low planning capacity) against support (guidance "
        "from FK and SF, plan offices, networks, regional plans), both 0–1; gap = need − support. {name} ranks "
        "{rank} of {n} in the county.",
    ),
    "report.gaps_structural": (
        "Strukturelle hull i nettverket",
        "Strukturelle hòl i nettverket",
        "Structural holes in the network",
    ),
    "report.gaps_none": (
        "Ingen strukturelle hull funnet.",
        "Ingen strukturelle hòl funne.",
        "No structural holes found.",
    ),
    # cooperation
    "report.coop_lead": (
        "Samarbeidsgrupper: kommuner med like utfordringer som kan samarbeide (felles grense, nabo over sjøen "
        "eller under {km} km mellom sentrene), funnet med Louvain (frø {seed}); hver gruppe henger sammen. "
        "Modularitet {q}.",
        "Samarbeidsgrupper: kommunar med like utfordringar som kan samarbeide (felles grense, nabo over sjøen "
        "eller under {km} km mellom sentra), funne med Louvain (frø {seed}); kvar gruppe heng saman. "
        "Modularitet {q}.",
        "Cooperation groups: municipalities with similar challenges that can work together (shared border, sea "
        "neighbour or centres under {km} km apart), found with Louvain (seed {seed}); every group is connected."
        " Modularity {q}.",
    ),
    "report.offices_lead": (
        "Forslag til (virtuelle) plankontor for kommuner med under {low} årsverk til planlegging, hver med en "
        "vertskommune. {n} av {total} kommuner i landet har lav kapasitet.",
        "Forslag til (virtuelle) plankontor for kommunar med under {low} årsverk til planlegging, kvar med ein "
        "vertskommune. {n} av {total} kommunar i landet har låg kapasitet.",
        "Proposed (virtual) plan offices for municipalities with less than {low} planning FTE, each with a "
        "host. {n} of {total} municipalities nationally have low capacity.",
    ),
    "report.offices_none": (
        "Ingen forslag berører dette området.",
        "Ingen forslag rører ved dette området.",
        "No proposal touches this area.",
    ),
    "report.coop_map": (
        "Kart: samarbeidsgrupper (farge) og forslag til plankontor (ramme, V = vertskommune)",
        "Kart: samarbeidsgrupper (farge) og forslag til plankontor (ramme, V = vertskommune)",
        "Map: cooperation groups (colour) and proposed plan offices (outline, V = host)",
    ),
    "report.legend_group": ("Gruppe {n}", "Gruppe {n}", "Group {n}"),
    "report.legend_outside": ("Utenfor området", "Utanfor området", "Outside the area"),
    "report.host_mark": ("vert", "vert", "host"),
    # partners
    "report.partners_lead": (
        "For hver distriktskommune: {top} forslag for plankontor og daglig samarbeid (nabo eller under {km} km)"
        " og {top} for nettverk med like utfordringer (hele landet). Kommuner som allerede samarbeider, er "
        "utelatt og står under tabellen.",
        "For kvar distriktskommune: {top} forslag for plankontor og dagleg samarbeid (nabo eller under {km} km)"
        " og {top} for nettverk med like utfordringar (heile landet). Kommunar som alt samarbeider, er utelatne"
        " og står under tabellen.",
        "For every district municipality: {top} suggestions for a plan office and daily cooperation (neighbour "
        "or under {km} km) and {top} for a network of peers with similar challenges (all Norway). Existing "
        "partners are left out and listed below the table.",
    ),
    "report.partners_none": (
        "Ingen distriktskommuner i området.",
        "Ingen distriktskommunar i området.",
        "No district municipalities in the area.",
    ),
    "report.p_office": (
        "Plankontor og daglig samarbeid",
        "Plankontor og dagleg samarbeid",
        "Plan office and daily cooperation",
    ),
    "report.p_network": ("Nettverk med like utfordringer", "Nettverk med like utfordringar", "Network of peers"),
    "report.p_hidden": (
        "Utelatt fordi de allerede samarbeider:",
        "Utelatne fordi dei alt samarbeider:",
        "Left out as existing partners:",
    ),
    "report.nb_land": ("land", "land", "land"),
    "report.nb_sea": ("sjø", "sjø", "sea"),
    # scorecard
    "report.sc_lead": (
        "Oppfylt (ja), ikke oppfylt (nei) eller ukjent (?) per anbefaling; kilden for svaret står i parentes. "
        "Veiledning teller de siste {years} årene.",
        "Oppfylt (ja), ikkje oppfylt (nei) eller ukjend (?) per tilråding; kjelda for svaret står i parentes. "
        "Rettleiing tel dei siste {years} åra.",
        "Met (yes), not met (no) or unknown (?) per recommendation; the source of the answer in brackets. "
        "Guidance counts over the last {years} years.",
    ),
    "report.sc_planstrategi": ("Planstrategi i tide", "Planstrategi i tide", "Strategy on time"),
    "report.sc_arena": ("Planarena / nettverk", "Planarena / nettverk", "Arena / network"),
    "report.sc_plansamarbeid": ("Plankontor / plansamarbeid", "Plankontor / plansamarbeid", "Plan office / joint plan"),
    "report.sc_veiledning_fk": ("Veiledning fra FK", "Rettleiing frå FK", "Guidance from FK"),
    "report.sc_veiledning_sf": ("Veiledning fra SF", "Rettleiing frå SF", "Guidance from SF"),
    "report.sc_regionale_planer": ("Regional plan", "Regional plan", "Regional plan"),
    "report.sc_count": ("Oppfylt", "Oppfylt", "Met"),
    # illustrative
    "report.ill_lead": (
        "Det finnes ikke noe offentlig register over plandatoer, plankapasitet eller veiledning per kommune. Der "
        "det mangler, bruker dknet genererte, illustrative poster (kilde = illustrativ). Rader og tall som "
        "bygger på dem, er merket ‡. Erstatt dem med egne registre (dknet validate MAPPE; --data MAPPE).",
        "Det finst ikkje noko offentleg register over plandatoar, plankapasitet eller rettleiing per kommune. "
        "Der det manglar, bruker dknet genererte, illustrative postar (kjelde = illustrativ). Rader og tal som "
        "byggjer på dei, er merka ‡. Byt dei ut med eigne register (dknet validate MAPPE; --data MAPPE).",
        "No public register of plan dates, planning capacity or guidance per municipality exists. Where it is "
        "missing, dknet uses generated, illustrative records (source = illustrative). Rows and figures resting "
        "on them are marked ‡. Replace them with your own registers (dknet validate DIR; --data DIR).",
    ),
    "report.ill_sections": (
        "Bygger på illustrative poster i denne rapporten:",
        "Byggjer på illustrative postar i denne rapporten:",
        "Resting on illustrative records in this report:",
    ),
    "report.ill_none": (
        "Ingen tall i rapporten bygger på illustrative poster.",
        "Ingen tal i rapporten byggjer på illustrative postar.",
        "No figure in this report rests on illustrative records.",
    ),
    "report.ill_rows": ("{n} av {total} rader", "{n} av {total} rader", "{n} of {total} rows"),
    "report.ill_indicators": (
        "Indikatorer i partnerforslagene som bygger på illustrative poster: {names}.",
        "Indikatorar i partnarforslaga som byggjer på illustrative postar: {names}.",
        "Partner-suggestion indicators resting on illustrative records: {names}.",
    ),
    # sources
    "report.src_lead": (
        "Folketall, sentralitet og BA-regioner: SSB. Kommune- og fylkesgrenser: Kartverket. Planer, arenaer og "
        "regionale planer: kuraterte offentlige kilder der de finnes (source_url i dataene). Resten: "
        "illustrative poster eller dine egne registre.",
        "Folketal, sentralitet og BA-regionar: SSB. Kommune- og fylkesgrenser: Kartverket. Planar, arenaer og "
        "regionale planar: kuraterte offentlege kjelder der dei finst (source_url i dataa). Resten: "
        "illustrative postar eller dine eigne register.",
        "Population, centrality and commuting regions: Statistics Norway (SSB). Municipal and county "
        "boundaries: Kartverket. Plans, arenas and regional plans: curated public sources where they exist "
        "(source_url in the data). The rest: illustrative records or your own registers.",
    ),
    "report.src_made": (
        "Rapporten er laget {date} fra {data}. Statusdag {day}.",
        "Rapporten er laga {date} frå {data}. Statusdag {day}.",
        "Report made {date} from {data}. Status day {day}.",
    ),
    "report.src_bundled": ("dknets medfølgende data", "dknets medfølgjande data", "dknet's bundled data"),
    "report.src_user": (
        "dknets data med dine registre i {dir}",
        "dknets data med dine register i {dir}",
        "dknet's data with your registers in {dir}",
    ),
}
