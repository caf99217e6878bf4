"""The report's fixed texts in bokmål, nynorsk and English, and numbers written the way each reads them.

One small catalogue (:data:`TEXTS`, key → ``(nb, nn, en)``) holds every heading, column name,
label and sentence the report writes itself; :func:`text` picks one. Values that come from the
analyses (names, reasons) are not translated here. When the project-wide message catalogue
arrives, this module is the one place to point at it.
Numbers are written by :mod:`dknet.report.numbers` (re-exported here).

>>> text("s_plans", "nn")
'Planstrategi og planstatus'
"""

from __future__ import annotations

from typing import Any

from dknet.messages import LANGS, pick
from dknet.messages import Lang as ReportLang
from dknet.report.numbers import NBSP, number, percent

__all__ = ["LANGS", "NBSP", "TEXTS", "ReportLang", "check_lang", "number", "percent", "text"]

#: key → (bokmål, nynorsk, English).
TEXTS: dict[str, tuple[str, str, str]] = {
    # document
    "title_county": ("Planrapport for {name}", "Planrapport for {name}", "Planning report for {name}"),
    "title_focus": ("Planrapport for {name} kommune", "Planrapport for {name} kommune", "Planning report for {name}"),
    "subtitle": (
        "Kommunal planlegging, veiledning og samarbeid – grunnlag for rådgivere i fylkeskommunen",
        "Kommunal planlegging, rettleiing og samarbeid – grunnlag for rådgjevarar i fylkeskommunen",
        "Municipal planning, guidance and cooperation – a brief for county-council advisers",
    ),
    "made": ("Laget {date} med dknet {version}", "Laga {date} med dknet {version}", "Made {date} with dknet {version}"),
    "scope_county": ("Fylke: {name} ({code})", "Fylke: {name} ({code})", "County: {name} ({code})"),
    "scope_sf": ("Statsforvalter: {name}", "Statsforvaltar: {name}", "State administrator: {name}"),
    "scope_focus": (
        "Kommune: {name} ({code}), {county}",
        "Kommune: {name} ({code}), {county}",
        "Municipality: {name} ({code}), {county}",
    ),
    "contents": ("Innhold", "Innhald", "Contents"),
    "ill_banner": (
        "Tall merket ‡ bygger på illustrative poster (generert, ingen offentlig kilde). Se «{section}».",
        "Tal merka ‡ byggjer på illustrative postar (generert, ingen offentleg kjelde). Sjå «{section}».",
        "Figures marked ‡ rest on illustrative records (generated, no public source). See “{section}”.",
    ),
    # sections
    "s_summary": ("Sammendrag", "Samandrag", "Summary"),
    "s_plans": ("Planstrategi og planstatus", "Planstrategi og planstatus", "Planning strategy and plan status"),
    "s_gaps": ("Hull i veiledningen", "Hòl i rettleiinga", "Gaps in guidance"),
    "s_cooperation": ("Samarbeid og plankontor", "Samarbeid og plankontor", "Cooperation and plan offices"),
    "s_partners": ("Samarbeidspartnere", "Samarbeidspartnarar", "Partners"),
    "s_scorecard": (
        "Anbefalingene fra Distriktskommune 3.0",
        "Tilrådingane frå Distriktskommune 3.0",
        "The Distriktskommune 3.0 recommendations",
    ),
    "s_illustrative": ("Hva som er illustrativt", "Kva som er illustrativt", "What is illustrative"),
    "s_sources": ("Kilder, dato og ordforklaringer", "Kjelder, dato og ordforklaringar", "Sources, date and glossary"),
    # summary
    "k_municipalities": ("Kommuner", "Kommunar", "Municipalities"),
    "k_population": ("Innbyggere 2026", "Innbyggjarar 2026", "Inhabitants 2026"),
    "k_district": (
        "Distriktskommuner (sentralitet 5–6)",
        "Distriktskommunar (sentralitet 5–6)",
        "District municipalities (centrality 5–6)",
    ),
    "k_adopted": (
        "Planstrategi vedtatt denne perioden",
        "Planstrategi vedteken denne perioden",
        "Planning strategy adopted this term",
    ),
    "k_due": ("Arealdel eldre enn {n} år", "Arealdel eldre enn {n} år", "Land-use plan older than {n} years"),
    "k_low": ("Under 1 årsverk til planlegging", "Under 1 årsverk til planlegging", "Under 1 FTE for planning"),
    "k_communities": ("Samarbeidsgrupper", "Samarbeidsgrupper", "Cooperation groups"),
    "k_offices": ("Forslag til plankontor", "Forslag til plankontor", "Proposed plan offices"),
    "k_met": ("Anbefalinger oppfylt", "Tilrådingar oppfylte", "Recommendations met"),
    "k_gap_top": ("Størst behov uten støtte", "Størst behov utan støtte", "Largest unmet need"),
    "k_rank": ("Rangering etter veiledningshull", "Rangering etter rettleiingshòl", "Rank by guidance gap"),
    "k_centrality": ("Sentralitetsklasse", "Sentralitetsklasse", "Centrality class"),
    "k_fte": ("Årsverk til planlegging", "Årsverk til planlegging", "Planning FTE"),
    "k_change": ("Endring 2016–2026", "Endring 2016–2026", "Change 2016–2026"),
    "k_old": ("Andel 67 år og eldre", "Del 67 år og eldre", "Share aged 67+"),
    "summary_lead": (
        "Hovedtall for {scope}. Status per {day}; planperiode {term}, frist for planstrategi {deadline} (pbl § 10-1).",
        "Hovudtal for {scope}. Status per {day}; planperiode {term}, frist for planstrategi {deadline} (pbl § 10-1).",
        "Key figures for {scope}. Status as of {day}; term {term}, planning-strategy deadline {deadline} (PBL § 10-1).",
    ),
    # plans
    "plans_lead": (
        "Kommunal planstrategi skal vedtas senest ett år etter at kommunestyret er konstituert. Samfunnsdelen "
        "regnes som forfalt når den er eldre enn {sd} år, arealdelen når den er eldre enn {ad} år.",
        "Kommunal planstrategi skal vedtakast seinast eitt år etter at kommunestyret er konstituert. "
        "Samfunnsdelen blir rekna som forfallen når han er eldre enn {sd} år, arealdelen når han er eldre enn "
        "{ad} år.",
        "The municipal planning strategy is due within one year of the council's constitution. The community "
        "part counts as due for revision when older than {sd} years, the land-use part when older than {ad} "
        "years.",
    ),
    "plans_chart": (
        "Planstrategi {term}: antall kommuner per status",
        "Planstrategi {term}: tal kommunar per status",
        "Planning strategy {term}: municipalities per status",
    ),
    "plans_map": (
        "Kart: planstrategi per kommune",
        "Kart: planstrategi per kommune",
        "Map: planning strategy by municipality",
    ),
    "plans_sources": (
        "Kilder for plansvarene: {shares}.",
        "Kjelder for plansvara: {shares}.",
        "Sources of the plan facts: {shares}.",
    ),
    "st_i_tide": ("vedtatt i tide", "vedteken i tide", "adopted on time"),
    "st_for_sent": ("vedtatt for sent", "vedteken for seint", "adopted late"),
    "st_dato_ukjent": ("vedtatt (dato ukjent)", "vedteken (dato ukjend)", "adopted (date unknown)"),
    "st_mangler": ("ikke vedtatt", "ikkje vedteken", "not adopted"),
    "st_ikke_forfalt": ("ikke vedtatt, frist ikke ute", "ikkje vedteken, frist ikkje ute", "not adopted, not yet due"),
    "st_ukjent": ("ukjent (ingen post)", "ukjend (ingen post)", "unknown (no record)"),
    "rev_forfalt": ("forfalt", "forfallen", "due"),
    "rev_nei": ("nei", "nei", "no"),
    "rev_ukjent": ("ukjent", "ukjend", "unknown"),
    "src_kuratert": ("kuratert", "kuratert", "curated"),
    "src_brukerregister": ("brukerregister", "brukarregister", "user register"),
    "src_antatt": ("antatt", "anteke", "assumed"),
    "src_illustrativ": ("illustrativ", "illustrativ", "illustrative"),
    "src_ingen post": ("ingen post", "ingen post", "no record"),
    # columns
    "c_code": ("Nr.", "Nr.", "No."),
    "c_name": ("Kommune", "Kommune", "Municipality"),
    "c_status": ("Planstrategi", "Planstrategi", "Planning strategy"),
    "c_adopted": ("Vedtatt", "Vedteken", "Adopted"),
    "c_sd": ("Samfunnsdel", "Samfunnsdel", "Community part"),
    "c_ad": ("Arealdel", "Arealdel", "Land-use part"),
    "c_revision": ("revisjon", "revisjon", "revision"),
    "c_source": ("Kilde", "Kjelde", "Source"),
    "c_rank": ("Nr.", "Nr.", "Rank"),
    "c_need": ("Behov", "Behov", "Need"),
    "c_support": ("Støtte", "Støtte", "Support"),
    "c_gap": ("Hull", "Hòl", "Gap"),
    "c_kind": ("Type", "Type", "Kind"),
    "c_detail": ("Detaljer", "Detaljar", "Details"),
    "c_group": ("Gruppe", "Gruppe", "Group"),
    "c_size": ("Antall", "Tal", "Size"),
    "c_members": ("Medlemmer", "Medlemmer", "Members"),
    "c_similarity": ("Likhet", "Likskap", "Similarity"),
    "c_office": ("Kontor", "Kontor", "Office"),
    "c_host": ("Vertskommune", "Vertskommune", "Host"),
    "c_fte": ("Årsverk", "Årsverk", "FTE"),
    "c_robust": ("Robust (≥ {n} årsverk)", "Robust (≥ {n} årsverk)", "Robust (≥ {n} FTE)"),
    "c_score": ("Poeng", "Poeng", "Score"),
    "c_distance": ("Avstand", "Avstand", "Distance"),
    "c_neighbour": ("Nabo", "Nabo", "Neighbour"),
    "c_item": ("Punkt", "Punkt", "Item"),
    "c_answer": ("Svar", "Svar", "Answer"),
    "c_rec": ("Anbef.", "Tilr.", "Rec."),
    "c_layer": ("Datalag", "Datalag", "Data layer"),
    "c_records": ("Poster", "Postar", "Records"),
    "c_illustrative": ("Illustrative", "Illustrative", "Illustrative"),
    "c_share": ("Andel", "Del", "Share"),
    "c_counties": ("Fylker", "Fylke", "Counties"),
    # gaps
    "gaps_lead": (
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
    "gaps_focus": (
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
    "gaps_structural": (
        "Strukturelle hull i nettverket",
        "Strukturelle hòl i nettverket",
        "Structural holes in the network",
    ),
    "gaps_none": ("Ingen strukturelle hull funnet.", "Ingen strukturelle hòl funne.", "No structural holes found."),
    "gk_isolated": ("uten plankontor og nettverk", "utan plankontor og nettverk", "no office and no network"),
    "gk_single_broker": (
        "nås bare gjennom ett mellomledd",
        "blir nådd berre gjennom eitt mellomledd",
        "reached through one broker only",
    ),
    "gk_cut_off": ("avskåret fra FK og SF", "avskoren frå FK og SF", "cut off from FK and SF"),
    "gk_constrained": ("mest bundet (Burt)", "mest bunden (Burt)", "most constrained (Burt)"),
    "gk_similar_across_boundary": (
        "like naboer over fylkes- eller SF-grense",
        "like naboar over fylkes- eller SF-grense",
        "similar neighbours across a boundary",
    ),
    "gk_left_out_of_regional_plan": (
        "utenfor en regional plan naboene deler",
        "utanfor ein regional plan naboane deler",
        "left out of a regional plan its neighbours share",
    ),
    # cooperation
    "coop_lead": (
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
    "offices_lead": (
        "Forslag til (virtuelle) plankontor for kommuner med under {low} årsverk til planlegging, hver med en "
        "vertskommune. {n} av {total} kommuner i landet har lav kapasitet.",
        "Forslag til (virtuelle) plankontor for kommunar med under {low} årsverk til planlegging, kvar med ein "
        "vertskommune. {n} av {total} kommunar i landet har låg kapasitet.",
        "Proposed (virtual) plan offices for municipalities with less than {low} planning FTE, each with a "
        "host. {n} of {total} municipalities nationally have low capacity.",
    ),
    "offices_none": (
        "Ingen forslag berører dette området.",
        "Ingen forslag rører ved dette området.",
        "No proposal touches this area.",
    ),
    "coop_map": (
        "Kart: samarbeidsgrupper (farge) og forslag til plankontor (ramme, V = vertskommune)",
        "Kart: samarbeidsgrupper (farge) og forslag til plankontor (ramme, V = vertskommune)",
        "Map: cooperation groups (colour) and proposed plan offices (outline, V = host)",
    ),
    "legend_group": ("Gruppe {n}", "Gruppe {n}", "Group {n}"),
    "legend_outside": ("Utenfor området", "Utanfor området", "Outside the area"),
    "host_mark": ("vert", "vert", "host"),
    # partners
    "partners_lead": (
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
    "partners_none": (
        "Ingen distriktskommuner i området.",
        "Ingen distriktskommunar i området.",
        "No district municipalities in the area.",
    ),
    "p_office": (
        "Plankontor og daglig samarbeid",
        "Plankontor og dagleg samarbeid",
        "Plan office and daily cooperation",
    ),
    "p_network": ("Nettverk med like utfordringer", "Nettverk med like utfordringar", "Network of peers"),
    "p_hidden": (
        "Utelatt fordi de allerede samarbeider:",
        "Utelatne fordi dei alt samarbeider:",
        "Left out as existing partners:",
    ),
    "p_empty": ("Ingen forslag.", "Ingen forslag.", "No suggestions."),
    "nb_land": ("land", "land", "land"),
    "nb_sjø": ("sjø", "sjø", "sea"),
    # scorecard
    "sc_lead": (
        "Oppfylt (ja), ikke oppfylt (nei) eller ukjent (?) per anbefaling; kilden for svaret står i parentes. "
        "Veiledning teller de siste {years} årene.",
        "Oppfylt (ja), ikkje oppfylt (nei) eller ukjend (?) per tilråding; kjelda for svaret står i parentes. "
        "Rettleiing tel dei siste {years} åra.",
        "Met (yes), not met (no) or unknown (?) per recommendation; the source of the answer in brackets. "
        "Guidance counts over the last {years} years.",
    ),
    "sc_planstrategi": ("Planstrategi i tide", "Planstrategi i tide", "Strategy on time"),
    "sc_arena": ("Planarena / nettverk", "Planarena / nettverk", "Arena / network"),
    "sc_plansamarbeid": ("Plankontor / plansamarbeid", "Plankontor / plansamarbeid", "Plan office / joint plan"),
    "sc_veiledning_fk": ("Veiledning fra FK", "Rettleiing frå FK", "Guidance from FK"),
    "sc_veiledning_sf": ("Veiledning fra SF", "Rettleiing frå SF", "Guidance from SF"),
    "sc_regionale_planer": ("Regional plan", "Regional plan", "Regional plan"),
    "sc_oppfylt": ("ja", "ja", "yes"),
    "sc_ikke oppfylt": ("nei", "nei", "no"),
    "sc_ukjent": ("?", "?", "?"),
    "sc_count": ("Oppfylt", "Oppfylt", "Met"),
    # illustrative
    "ill_lead": (
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
    "ill_sections": (
        "Bygger på illustrative poster i denne rapporten:",
        "Byggjer på illustrative postar i denne rapporten:",
        "Resting on illustrative records in this report:",
    ),
    "ill_none": (
        "Ingen tall i rapporten bygger på illustrative poster.",
        "Ingen tal i rapporten byggjer på illustrative postar.",
        "No figure in this report rests on illustrative records.",
    ),
    "ill_rows": ("{n} av {total} rader", "{n} av {total} rader", "{n} of {total} rows"),
    "ill_indicators": (
        "Indikatorer i partnerforslagene som bygger på illustrative poster: {names}.",
        "Indikatorar i partnarforslaga som byggjer på illustrative postar: {names}.",
        "Partner-suggestion indicators resting on illustrative records: {names}.",
    ),
    # sources
    "src_lead": (
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
    "src_made": (
        "Rapporten er laget {date} fra {data}. Statusdag {day}.",
        "Rapporten er laga {date} frå {data}. Statusdag {day}.",
        "Report made {date} from {data}. Status day {day}.",
    ),
    "src_bundled": ("dknets medfølgende data", "dknets medfølgjande data", "dknet's bundled data"),
    "src_user": (
        "dknets data med dine registre i {dir}",
        "dknets data med dine register i {dir}",
        "dknet's data with your registers in {dir}",
    ),
    "glossary": ("Ordforklaringer", "Ordforklaringar", "Glossary"),
    "g_planstrategi": (
        "Kommunal planstrategi: kommunestyrets vedtak hvert fjerde år om hvilke planer som skal revideres (pbl "
        "§ 10-1).",
        "Kommunal planstrategi: vedtaket kommunestyret gjer kvart fjerde år om kva planar som skal reviderast "
        "(pbl § 10-1).",
        "Municipal planning strategy (planstrategi): the council's decision each term on which plans to revise "
        "(PBL § 10-1).",
    ),
    "g_samfunnsdel": (
        "Samfunnsdel: kommuneplanens strategi for samfunnsutviklingen, med handlingsdel.",
        "Samfunnsdel: strategien i kommuneplanen for samfunnsutviklinga, med handlingsdel.",
        "Community part (samfunnsdel): the municipal master plan's strategy, with its action part.",
    ),
    "g_arealdel": (
        "Arealdel: kommuneplanens juridisk bindende plan for arealbruk.",
        "Arealdel: den juridisk bindande planen i kommuneplanen for arealbruk.",
        "Land-use part (arealdel): the legally binding land-use plan.",
    ),
    "g_host": (
        "Vertskommune: kommunen som løser oppgaven for de andre (kommuneloven § 20-1); vanlig form for et "
        "felles plankontor.",
        "Vertskommune: kommunen som løyser oppgåva for dei andre (kommunelova § 20-1); vanleg form for eit "
        "felles plankontor.",
        "Host municipality (vertskommune): does the task for the others (Local Government Act § 20-1); the "
        "usual form of a shared plan office.",
    ),
    "yes": ("ja", "ja", "yes"),
    "no": ("nei", "nei", "no"),
    "km": ("{n} km", "{n} km", "{n} km"),
}


def text(key: str, lang: str, **values: Any) -> str:
    """The text for ``key`` in ``lang`` (nb, nn or en), with ``{placeholders}`` filled in."""
    picked = pick(TEXTS[key], lang)  # the catalogue's own lookup, so both speak the same languages
    return picked.format(**values) if values else picked


def check_lang(lang: str) -> ReportLang:
    """``lang`` when the report speaks it; a clear error otherwise."""
    from dknet.errors import DknetError

    if lang not in LANGS:
        raise DknetError(f"language {lang!r} is not available for the report: use one of {', '.join(LANGS)}")
    return lang
