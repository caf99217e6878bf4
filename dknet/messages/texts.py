"""Headings, notes, errors and reason phrases: key → (bokmål, nynorsk, English); see :mod:`dknet.messages`."""

from __future__ import annotations

# Each entry: (bokmål, nynorsk, English). An empty nynorsk text means "as bokmål".
MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- shared --------------------------------------------------------------------------------
    # Counted nouns (singular|plural), for messages.count.
    "noun.error": ("feil|feil", "feil|feil", "error|errors"),
    "noun.warning": ("advarsel|advarsler", "åtvaring|åtvaringar", "warning|warnings"),
    "no_rows": ("(ingen rader)", "(ingen rader)", "(no rows)"),
    "yes": ("ja", "ja", "yes"),
    "no": ("nei", "nei", "no"),
    "notes_sheet": ("Merknader", "Merknader", "Notes"),
    "rows_sheet": ("Rader", "Rader", "Rows"),
    "members_sheet": ("Medlemmer", "Medlemmar", "Members"),
    "xlsx_needs_output": (
        "--format xlsx skriver en Excel-fil: oppgi den med -o FIL.xlsx",
        "--format xlsx skriv ei Excel-fil: gje ho med -o FIL.xlsx",
        "--format xlsx writes an Excel file: give it with -o FILE.xlsx",
    ),
    "invalid_data.summary": (
        "Feil: {errors}, {warnings}; ingenting ble bygd eller skrevet. Rett filene og kjør igjen "
        "(dknet validate MAPPE viser de samme problemene).",
        "Feil: {errors}, {warnings}; ingenting vart bygd eller skrive. Rett filene og køyr igjen "
        "(dknet validate MAPPE viser dei same problema).",
        "Error: {errors}, {warnings}; nothing was built or written. Fix the files and run "
        "again (dknet validate DIR lists the same problems).",
    ),
    "problems.more": (
        "… og {n} til ({errors}, {warnings}) som ikke vises; dknet validate MAPPE --format csv viser alle.",
        "… og {n} til ({errors}, {warnings}) som ikkje blir viste; dknet validate MAPPE --format csv viser alle.",
        "… and {n} more ({errors}, {warnings}) not shown; dknet validate DIR --format csv lists them all.",
    ),
    "warnings.more": (
        "… og {warnings} til; dknet validate {dir} viser alle.",
        "… og {warnings} til; dknet validate {dir} viser alle.",
        "… and {warnings} more; dknet validate {dir} lists them all.",
    ),
    "validate.summary": (
        "{dir}: {errors}, {warnings}.",
        "{dir}: {errors}, {warnings}.",
        "{dir}: {errors}, {warnings}.",
    ),
    "validate.unusable": (
        "Ingenting fra denne mappen kan brukes før feilene er rettet.",
        "Ingenting frå denne mappa kan brukast før feila er retta.",
        "Nothing from this directory can be used until the errors are fixed.",
    ),
    # --- info and show -------------------------------------------------------------------------
    "info.nodes": ("Noder", "Nodar", "Nodes"),
    "info.relationships": ("Relasjoner", "Relasjonar", "Relationships"),
    "info.sources": ("Datakilder", "Datakjelder", "Data sources"),
    "info.note": (
        "{nodes} noder, {edges} relasjoner og {capacity} kapasitetsposter er illustrative (kilde=illustrativ). "
        "Poster per lag etter type (offentlig, kuratert, bruker, illustrativ) og kildene: docs/data-coverage.md.",
        "{nodes} nodar, {edges} relasjonar og {capacity} kapasitetspostar er illustrative (kjelde=illustrativ). "
        "Postar per lag etter type (offentleg, kuratert, brukar, illustrativ) og kjeldene: docs/data-coverage.md.",
        "{nodes} nodes, {edges} relationships and {capacity} capacity records are illustrative "
        "(source=illustrative). Records per layer by kind (real, curated, user, illustrative) and their "
        "sources: docs/data-coverage.md.",
    ),
    "show.profile": ("Profil", "Profil", "Profile"),
    "show.relations": ("Relasjoner", "Relasjonar", "Relations"),
    "show.scorecard": (
        "Anbefalinger (docs/plans.md)",
        "Tilrådingar (docs/plans.md)",
        "Scorecard (docs/plans.md)",
    ),
    "illustrative.rows": (
        "Merk: rader med kilde=illustrativ er genererte, illustrerende poster (det finnes ingen offentlig kilde); "
        "bytt dem ut med egne registre (dknet validate MAPPE; --data MAPPE).",
        "Merk: rader med kjelde=illustrativ er genererte, illustrerande postar (det finst inga offentleg kjelde); "
        "byt dei ut med eigne register (dknet validate MAPPE; --data MAPPE).",
        "Note: rows marked source=illustrative are generated, illustrative records (no public source exists); "
        "replace them with your own registers (dknet validate DIR; --data DIR).",
    ),
    # --- partners ------------------------------------------------------------------------------
    "partners.heading.office": (
        "Partnerforslag for {name} ({code}) — formål: plankontor / daglig samarbeid "
        "(naboer over land, bru, tunnel, ferje, båt eller sjø, og andre kommuner innen 75 km i luftlinje)",
        "Partnarforslag for {name} ({code}) — føremål: plankontor / dagleg samarbeid "
        "(naboar over land, bru, tunnel, ferje, båt eller sjø, og andre kommunar innan 75 km i luftline)",
        "Partner suggestions for {name} ({code}) — purpose: plan office / daily cooperation "
        "(neighbours by land, bridge, tunnel, ferry, boat or sea, and other municipalities within 75 km "
        "in a straight line)",
    ),
    "partners.heading.network": (
        "Partnerforslag for {name} ({code}) — formål: nettverk av kommuner med like utfordringer "
        "(hele landet; avstanden vises, men begrenser ikke)",
        "Partnarforslag for {name} ({code}) — føremål: nettverk av kommunar med like utfordringar "
        "(heile landet; avstanden blir vist, men avgrensar ikkje)",
        "Partner suggestions for {name} ({code}) — purpose: network of peers with similar challenges "
        "(anywhere in Norway; distance shown, not limiting)",
    ),
    "partners.none": ("Ingen forslag.", "Ingen forslag.", "No suggestions."),
    "partners.hidden": (
        "Utelatt som eksisterende partnere (løpende samarbeid etter kildene; --include-existing viser dem):",
        "Utelate som eksisterande partnarar (løpande samarbeid etter kjeldene; --include-existing viser dei):",
        "Left out as existing partners (running cooperation by its sources; --include-existing shows them):",
    ),
    "partners.hidden_row": (
        "  {code} {name}: {what}{when} (kilde: {source})",
        "  {code} {name}: {what}{when} (kjelde: {source})",
        "  {code} {name}: {what}{when} (source: {source})",
    ),
    "partners.need_kommune": (
        "oppgi en KOMMUNE, eller --all for alle kommuner",
        "gje ein KOMMUNE, eller --all for alle kommunar",
        "give a KOMMUNE, or --all for every municipality",
    ),
    "partners.empty.all_existing": (
        "{name}: alle kandidatene samarbeider allerede med {name} (se listen nedenfor).",
        "{name}: alle kandidatane samarbeider alt med {name} (sjå lista nedanfor).",
        "{name}: every candidate already cooperates with {name} (listed below).",
    ),
    "partners.empty.no_neighbours": (
        "{name} har ingen nabo over land eller sjø i dataene; prøv en avstand i km i stedet.",
        "{name} har ingen nabo over land eller sjø i dataa; prøv ein avstand i km i staden.",
        "{name} has no land or sea neighbour in the data; try a distance in km instead.",
    ),
    "partners.empty.within": (
        "{name}: ingen kandidat oppfyller avgrensningen «{within}».",
        "{name}: ingen kandidat oppfyller avgrensinga «{within}».",
        "{name}: no candidate meets the restriction '{within}'.",
    ),
    "partners.empty.none": (
        "{name}: ingen kandidat innen {km} km eller over en grense for formålet {purpose}.",
        "{name}: ingen kandidat innanfor {km} km eller over ei grense for føremålet {purpose}.",
        "{name}: no candidate within {km} km or across a border for the purpose {purpose}.",
    ),
    "partners.purpose.office": (
        "plankontor / daglig samarbeid",
        "plankontor / dagleg samarbeid",
        "plan office / daily cooperation",
    ),
    "partners.purpose.network": ("nettverk", "nettverk", "network"),
    "partners.neighbour.land": ("land", "land", "land"),
    "partners.neighbour.sjø": ("sjø", "sjø", "sea"),
    "partners.indicator_age": ("alder på {name}", "alder på {name}", "age of {name}"),
    "partners.illustrative": (
        "Merk: indikatorene {names} og deler av nettverkssammenhengen bygger på illustrative poster "
        "(kilde=illustrativ; rader merket illustrativ=ja, begrunnelser merket «(illustrativt)»); bruk "
        "--data MAPPE med egne registre, eller --weight NAVN=0 for å utelate dem.",
        "Merk: indikatorane {names} og delar av nettverkssamanhengen byggjer på illustrative postar "
        "(kjelde=illustrativ; rader merkte illustrativ=ja, grunngjevingar merkte «(illustrativt)»); bruk "
        "--data MAPPE med eigne register, eller --weight NAMN=0 for å utelate dei.",
        "Note: the indicators {names} and parts of the network context rest on illustrative records "
        "(source=illustrative; rows marked illustrative=yes, reasons marked '(illustrative)'); use --data DIR "
        "with your own registers, or --weight NAME=0 to leave them out.",
    ),
    "profiles.missing": (
        "Manglende verdier (utelatt fra de parenes likhet, aldri regnet som 0): {parts}.",
        "Manglande verdiar (utelatne frå likskapen til dei para, aldri rekna som 0): {parts}.",
        "Missing values (left out of those similarities, never taken as 0): {parts}.",
    ),
    "config.unknown_theme": (
        "ukjent tema «{name}» (kjente: {known})",
        "ukjent tema «{name}» (kjende: {known})",
        "unknown theme '{name}' (known: {known})",
    ),
    "reason.both_island": ("begge øykommuner", "begge øykommunar", "both island municipalities"),
    "reason.both_ferry": (
        "begge øykommuner med bilferjekai",
        "begge øykommunar med bilferjekai",
        "both island municipalities with a car-ferry quay",
    ),
    "reason.both_kostra": (
        "begge i KOSTRA-gruppe {value}",
        "begge i KOSTRA-gruppe {value}",
        "both in KOSTRA group {value}",
    ),
    "reason.both_reindeer": (
        "begge har villreinområde med regional plan",
        "begge har villreinområde med regional plan",
        "both have a wild reindeer area with a regional plan",
    ),
    "indicator.age_of": ("alder på {name}", "alder på {name}", "age of {name}"),
    "profiles.absent": (
        "Ingen kommune har data for {names} (ikke registrert): utelatt fra likheten.",
        "Ingen kommune har data for {names} (ikkje registrert): utelatne frå likskapen.",
        "No municipality has data for {names} (not registered): left out of the similarity.",
    ),
    "profiles.missing_part": (
        "{indicator} for {n} kommuner",
        "{indicator} for {n} kommunar",
        "{indicator} for {n} municipalities",
    ),
    # --- communities, plan offices, gaps ------------------------------------------------------------
    "quality.title": ("Kvalitet", "Kvalitet", "Quality"),
    "whatif.title": ("Hva om", "Kva om", "What-if"),
    "quality.communities": ("{n} grupper", "{n} grupper", "{n} communities"),
    "gaps.illustrative": (
        "Merk: veiledningskontakter, planer, plankapasitet, plankontorer, arenaer og regionale planer er "
        "illustrative poster (kilde=illustrativ) med mindre du har lagt inn egne med --data MAPPE; gapene "
        "som vises, bygger på dem.",
        "Merk: rettleiingskontaktar, planar, plankapasitet, plankontor, arenaer og regionale planar er "
        "illustrative postar (kjelde=illustrativ) med mindre du har lagt inn eigne med --data MAPPE; gapa "
        "som blir viste, byggjer på dei.",
        "Note: guidance contacts, plans, planning capacity, plan offices, arenas and regional plans are "
        "illustrative records (source=illustrative) unless you supplied your own with --data DIR; the gaps "
        "shown rest on them.",
    ),
    "gaps.whatif": (
        "Hva om: rader fra --assume-mappen er merket kilde=antatt; rangeringen etter tar dem med.",
        "Kva om: rader frå --assume-mappa er merkte kjelde=antatt; rangeringa etter tek dei med.",
        "What-if: rows from the --assume directory are marked source=assumed; the ranking after includes them.",
    ),
    "gaps.assume_kind": (
        "--assume sammenligner behovsrangeringen; bruk det med --kind need",
        "--assume samanliknar behovsrangeringa; bruk det med --kind need",
        "--assume compares the need ranking; use it with --kind need",
    ),
    "gaps.small": ("liten: {n} innbyggere", "liten: {n} innbyggjarar", "small: {n} inhabitants"),
    "gaps.remote": (
        "usentral: sentralitetsklasse {c}",
        "usentral: sentralitetsklasse {c}",
        "remote: centrality class {c}",
    ),
    "gaps.ageing": ("aldrende: {share} er 67+", "aldrande: {share} er 67+", "ageing: {share} aged 67+"),
    "gaps.age": ("{plan} {years} år gammel", "{plan} {years} år gammal", "{plan} {years} years old"),
    "gaps.fte": ("{fte} årsverk til planlegging", "{fte} årsverk til planlegging", "{fte} planning FTE"),
    "gaps.no_guidance": (
        "ingen veiledning fra FK eller SF siden {since}",
        "inga rettleiing frå FK eller SF sidan {since}",
        "no guidance from FK or SF since {since}",
    ),
    "gaps.last": (" (siste {last})", " (siste {last})", " (last {last})"),
    "gaps.none_recorded": (" (ingen registrert)", " (ingen registrert)", " (none recorded)"),
    "gaps.contacts": (
        "kontakter siden {since}: {fk} med FK, {sf} med SF",
        "kontaktar sidan {since}: {fk} med FK, {sf} med SF",
        "{fk} FK and {sf} SF contacts since {since}",
    ),
    "gaps.no_office": ("ikke i noe plankontor", "ikkje i noko plankontor", "in no plan office"),
    "gaps.no_network": (
        "ikke i noe plannettverk eller forum",
        "ikkje i noko plannettverk eller forum",
        "in no planning network or forum",
    ),
    "gaps.not_adopted": (
        "planstrategi for {term} ikke registrert vedtatt (frist {deadline}{last})",
        "planstrategi for {term} ikkje registrert vedteken (frist {deadline}{last})",
        "planstrategi for {term} not recorded as adopted (deadline {deadline}{last})",
    ),
    "gaps.last_adopted": ("; sist vedtatt {year}", "; sist vedteken {year}", "; last adopted {year}"),
    "gaps.late": (
        "planstrategi for {term} vedtatt for sent ({year}, frist {deadline})",
        "planstrategi for {term} vedteken for seint ({year}, frist {deadline})",
        "planstrategi for {term} adopted late ({year}, deadline {deadline})",
    ),
    # --- gaps --kind structural: what each kind is called, then its detail -------------------
    "gaps.structural.kind.cut_off": ("avskåret fra FK og SF", "avskoren frå FK og SF", "cut off from FK and SF"),
    "gaps.structural.kind.single_broker": (
        "nås bare gjennom ett mellomledd",
        "blir nådd berre gjennom eitt mellomledd",
        "reached through one broker only",
    ),
    "gaps.structural.kind.isolated": (
        "uten plankontor og nettverk",
        "utan plankontor og nettverk",
        "no office and no network",
    ),
    "gaps.structural.kind.left_out_of_regional_plan": (
        "utenfor en regional plan naboene deler",
        "utanfor ein regional plan naboane deler",
        "left out of a regional plan its neighbours share",
    ),
    "gaps.structural.kind.similar_across_boundary": (
        "like naboer over fylkes- eller SF-grense",
        "like naboar over fylkes- eller SF-grense",
        "similar neighbours across a boundary",
    ),
    "gaps.structural.kind.constrained": ("mest begrenset (Burt)", "mest avgrensa (Burt)", "most constrained (Burt)"),
    "gaps.structural.cut_off": (
        "ingen forbindelse til FK eller SF: verken kommunen eller samarbeidspartnerne har fått veiledning de siste "
        "{years} årene eller er med i en arena FK eller SF arrangerer",
        "inga kopling til FK eller SF: verken kommunen eller samarbeidspartnarane har fått rettleiing dei siste "
        "{years} åra eller er med i ein arena FK eller SF arrangerer",
        "no path to FK or SF: neither the municipality nor its partners had guidance in the last {years} years "
        "or are in an arena FK or SF organises",
    ),
    "gaps.structural.single_broker": (
        "når FK og SF bare gjennom {chain}",
        "når FK og SF berre gjennom {chain}",
        "reaches FK and SF only through {chain}",
    ),
    "gaps.structural.then": (", deretter ", ", deretter ", ", then "),
    "gaps.structural.node.Municipality": ("kommune", "kommune", "municipality"),
    "gaps.structural.node.PlanOffice": ("plankontor", "plankontor", "plan office"),
    "gaps.structural.node.Arena": ("arena", "arena", "arena"),
    "gaps.structural.isolated": (
        "ikke med i noe plankontor, plannettverk eller planforum; bare i {groups}",
        "ikkje med i noko plankontor, plannettverk eller planforum; berre i {groups}",
        "in no plan office, planning network or forum; only in {groups}",
    ),
    "gaps.structural.isolated_alone": (
        "ikke med i noe plankontor, plannettverk, planforum eller regionråd",
        "ikkje med i noko plankontor, plannettverk, planforum eller regionråd",
        "in no plan office, planning network, forum or regional council",
    ),
    "gaps.structural.constrained": (
        "få eller overlappende kontakter: begrensning (Burt) {constraint}, blant de 10 % høyeste; det tilsvarer "
        "{size} uavhengige kontakter (effektiv størrelse)",
        "få eller overlappande kontaktar: avgrensing (Burt) {constraint}, blant dei 10 % høgaste; det svarar til "
        "{size} uavhengige kontaktar (effektiv storleik)",
        "few or redundant ties: Burt's constraint {constraint} (top decile), effective size {size}",
    ),
    "gaps.structural.similar": (
        "likhet {similarity}, {where} på hver sin side av {boundary}, uten felles arena eller plankontor",
        "likskap {similarity}, {where} på kvar si side av {boundary}, utan felles arena eller plankontor",
        "similarity {similarity}, {where} across {boundary}; no shared arena or office",
    ),
    "gaps.structural.neighbours": ("nabokommuner", "nabokommunar", "neighbours"),
    "gaps.structural.apart": ("{km} km fra hverandre", "{km} km frå kvarandre", "{km} km apart"),
    "gaps.structural.boundary.county": ("fylkesgrensen", "fylkesgrensa", "a county boundary"),
    "gaps.structural.boundary.sf": ("SF-grensen", "SF-grensa", "an SF boundary"),
    "gaps.structural.boundary.both": ("fylkes- og SF-grensen", "fylkes- og SF-grensa", "a county and SF boundary"),
    "gaps.structural.left_out": (
        "ikke dekket av {plan}, men grenser til planområdet; median likhet med de {n} kommunene planen dekker: "
        "{median}",
        "ikkje dekt av {plan}, men grensar til planområdet; median likskap med dei {n} kommunane planen dekkjer: "
        "{median}",
        "not covered by {plan}, though it borders the plan area; median similarity to the {n} covered "
        "municipalities: {median}",
    ),
    "offices.low": (
        "{n} kommuner med under {low} årsverk til planlegging",
        "{n} kommunar med under {low} årsverk til planlegging",
        "{n} municipalities with less than {low} planning FTE",
    ),
    "offices.low1": (
        "1 kommune med under {low} årsverk til planlegging",
        "1 kommune med under {low} årsverk til planlegging",
        "1 municipality with less than {low} planning FTE",
    ),
    "offices.host": (
        "vert {name}: {fte} årsverk, sentralitetsindeks {index}",
        "vert {name}: {fte} årsverk, sentralitetsindeks {index}",
        "host {name}: {fte} FTE, centrality index {index}",
    ),
    "offices.capable": (
        " (en sterkere nabo til alle medlemmene)",
        " (ein sterkare nabo til alle medlemmene)",
        " (a capable neighbour of every member)",
    ),
    "offices.robust": (
        "samlet {fte} årsverk når de {min} årsverkene et robust plankontor trenger",
        "samla {fte} årsverk når dei {min} årsverka eit robust plankontor treng",
        "combined planning FTE {fte} reaches the {min} FTE of a robust planning environment",
    ),
    "offices.weak": (
        "samlet {fte} årsverk er under de {min} årsverkene et robust plankontor trenger",
        "samla {fte} årsverk er under dei {min} årsverka eit robust plankontor treng",
        "combined planning FTE {fte} is below the {min} FTE of a robust planning environment",
    ),
    "offices.span": ("høyst {km} km mellom sentrene", "høgst {km} km mellom sentra", "at most {km} km between centres"),
    "offices.counties": (
        "krysser en fylkesgrense: {counties}",
        "kryssar ei fylkesgrense: {counties}",
        "crosses a county line: {counties}",
    ),
    "offices.note": (
        "Lav kapasitet (< {low} årsverk til planlegging i alt) gir {n} av {total} kommuner ({share}); et kontor "
        "regnes som et robust plankontor fra {min} årsverk (dknets antakelse; dokumenterte kontorer i "
        "docs/partners.md).",
        "Låg kapasitet (< {low} årsverk til planlegging i alt) gjev {n} av {total} kommunar ({share}); eit kontor "
        "blir rekna som eit robust plankontor frå {min} årsverk (antaking i dknet; dokumenterte kontor i "
        "docs/partners.md).",
        "Low capacity (< {low} planning FTE in all) selects {n} of {total} municipalities ({share}); an office "
        "counts as a robust planning environment from {min} FTE (dknet's assumption; the documented offices are "
        "in docs/partners.md).",
    ),
    "offices.alone": (
        "Ikke noe kontor foreslått for {names}: ingen partner med lav kapasitet og ingen kommune med flere "
        "årsverk innen {km} km eller over en grense på land eller sjø.",
        "Ikkje noko kontor føreslått for {names}: ingen partnar med låg kapasitet og ingen kommune med fleire "
        "årsverk innan {km} km eller over ei grense på land eller sjø.",
        "No office proposed for {names}: no low-capacity partner and no municipality with more planning FTE "
        "within {km} km or across a land or sea border.",
    ),
    "offices.county": (
        "Fylkeskjøring: de nasjonale forslagene med et medlem i fylket, så begge kjøringene stemmer; verter og "
        "medlemmer utenfor fylket er tatt med.",
        "Fylkeskøyring: dei nasjonale forslaga med eit medlem i fylket, så begge køyringane stemmer; vertar og "
        "medlemmar utanfor fylket er tekne med.",
        "County run: the national proposals with a member in the county, so both runs agree; hosts and members "
        "outside the county are included.",
    ),
    "offices.below": (
        "{n} av {total} foreslåtte kontorer blir under {min} årsverk.",
        "{n} av {total} føreslåtte kontor blir under {min} årsverk.",
        "{n} of {total} proposed offices stay below {min} FTE.",
    ),
    "communities.isolated": (
        "{names}: ingen nabo over land eller sjø og ingen kommune innen {km} km blant dem som er med, så ingen gruppe.",
        "{names}: ingen nabo over land eller sjø og ingen kommune innan {km} km blant dei som er med, så inga gruppe.",
        "{names}: no land or sea neighbour and no municipality within {km} km among those considered, so no community.",
    ),
    "map.written": (
        "{title}: {nodes} noder, {edges} linjer, {mb} MB.",
        "{title}: {nodes} nodar, {edges} linjer, {mb} MB.",
        "{title}: {nodes} nodes, {edges} lines, {mb} MB.",
    ),
    "map.community_stability": (
        "stabilitet {share}: i samme gruppe som de andre medlemmene i {share} av {runs} kjøringer",
        "stabilitet {share}: i same gruppe som dei andre medlemmane i {share} av {runs} køyringar",
        "stability {share}: in the same group as its other members in {share} of {runs} runs",
    ),
    "communities.unsettled": (
        "Usikker plassering (i samme gruppe som de andre medlemmene i under halvparten av {runs} kjøringer med "
        "ulike startverdier, altså mellom to grupper): {names}. Se kolonnen stabilitet (--members).",
        "Usikker plassering (i same gruppe som dei andre medlemmane i under halvparten av {runs} køyringar med "
        "ulike startverdiar, altså mellom to grupper): {names}. Sjå kolonnen stabilitet (--members).",
        "Unsettled (in the same group as its other members in fewer than half of {runs} runs with different "
        "seeds, so between two groups): {names}. See the stability column (--members).",
    ),
    "communities.unsettled_many": (
        "Usikker plassering for {n} av {total} kommuner (i samme gruppe som de andre medlemmene i under "
        "halvparten av {runs} kjøringer med ulike startverdier): grensene mellom gruppene er ikke entydige her. "
        "Se kolonnen stabilitet (--members), og les gruppene som ett av flere mulige snitt.",
        "Usikker plassering for {n} av {total} kommunar (i same gruppe som dei andre medlemmane i under "
        "halvparten av {runs} køyringar med ulike startverdiar): grensene mellom gruppene er ikkje eintydige her. "
        "Sjå kolonnen stabilitet (--members), og les gruppene som eitt av fleire moglege snitt.",
        "Unsettled for {n} of {total} municipalities (in the same group as its other members in fewer than half "
        "of {runs} runs with different seeds): the borders between the groups are not clear-cut here. See the "
        "stability column (--members), and read the groups as one of several possible cuts.",
    ),
    "communities.capped": (
        "{names}: alle nabogruppene er allerede fulle ({n} medlemmer), så alene; tillat større grupper for å ta "
        "dem med.",
        "{names}: alle nabogruppene er alt fulle ({n} medlemmar), så åleine; tillat større grupper for å ta dei med.",
        "{names}: every neighbouring community is already full ({n} members), so alone; allow larger communities "
        "to place them.",
    ),
    # --- plans, compare, scorecard -------------------------------------------------------------
    "plans.note": (
        "Merk: kilde=illustrativ betyr genererte, illustrerende poster (ingen offentlig kilde); legg inn egne "
        "registre med --data MAPPE. offentlig kilde = SSB, Kartverket eller en nettside som er oppgitt "
        "(source_url), brukerregister = dine egne filer.",
        "Merk: kjelde=illustrativ tyder genererte, illustrerande postar (inga offentleg kjelde); legg inn eigne "
        "register med --data MAPPE. offentleg kjelde = SSB, Kartverket eller ei nettside som er oppgitt "
        "(source_url), brukarregister = dine eigne filer.",
        "Note: source=illustrative means generated, illustrative records (no public source); add your own "
        "registers with --data DIR. public source = SSB, Kartverket or a cited web page (source_url), "
        "user register = your own files.",
    ),
    "plans.term": (
        "Periode {term}: konstituert {constituted}, frist for planstrategi {deadline} (pbl § 10-1); status per {day}.",
        "Periode {term}: konstituert {constituted}, frist for planstrategi {deadline} (pbl § 10-1); status per {day}.",
        "Term {term}: constituted {constituted}, planstrategi deadline {deadline} (PBL § 10-1); status as of {day}.",
    ),
    "plans.sources": (
        "Kilder for plansvarene: {shares}.",
        "Kjelder for plansvara: {shares}.",
        "Sources of the plan answers: {shares}.",
    ),
    "plans.none": ("ingen rader", "ingen rader", "no rows"),
    "plans.short": (
        "sd = kommuneplanens samfunnsdel, ad = arealdel; revisjon «forfalt» etter regelen i plans.toml.",
        "sd = kommuneplanen sin samfunnsdel, ad = arealdel; revisjon «forfallen» etter regelen i plans.toml.",
        "cp = community part of the municipal master plan (samfunnsdel), lp = land-use part (arealdel); "
        "revision 'due' by the rule in plans.toml.",
    ),
    "plans.next": (
        "Neste periode {term}: konstituert ca. {constituted}, frist for ny planstrategi {deadline}.",
        "Neste periode {term}: konstituert ca. {constituted}, frist for ny planstrategi {deadline}.",
        "Next term {term}: constituted about {constituted}, deadline for a new planstrategi {deadline}.",
    ),
    "plans.status_filter": (
        "--status filtrerer kommuner; bruk det med --view kommuner",
        "--status filtrerer kommunar; bruk det med --view kommuner",
        "--status filters municipalities; use it with --view kommuner",
    ),
    "compare.rank": (
        "nr. = rangering blant alle kommuner (1 = høyest verdi).",
        "nr. = rangering blant alle kommunar (1 = høgaste verdi).",
        "no. = rank among all municipalities (1 = highest value).",
    ),
    "compare.two": (
        "oppgi minst to kommuner, f.eks. dknet compare holtålen tydal",
        "gje minst to kommunar, t.d. dknet compare holtålen tydal",
        "give at least two municipalities, e.g. dknet compare holtålen tydal",
    ),
    "compare.same": (
        "samme kommune er oppgitt flere ganger",
        "same kommune er gjeven fleire gonger",
        "the same municipality is given more than once",
    ),
    "scorecard.term": (
        "Planstrategi {term}, frist {deadline}; veiledning siste {years} år til og med {year}.",
        "Planstrategi {term}, frist {deadline}; rettleiing siste {years} år til og med {year}.",
        "Planstrategi {term}, deadline {deadline}; guidance in the last {years} years up to {year}.",
    ),
    "scorecard.sources": ("Kilder for svarene: {shares}.", "Kjelder for svara: {shares}.", "Sources: {shares}."),
    # what the scorecard's status and kilde values (machine words in JSON) are called for people
    "scorecard.status.oppfylt": ("oppfylt", "oppfylt", "met"),
    "scorecard.status.ikke_oppfylt": ("ikke oppfylt", "ikkje oppfylt", "not met"),
    "scorecard.status.ukjent": ("ukjent", "ukjend", "unknown"),
    "source.kuratert": ("offentlig kilde", "offentleg kjelde", "public source"),  # SSB, Kartverket, cited web pages
    "source.brukerregister": ("brukerregister", "brukarregister", "user register"),
    "source.antatt": ("antatt", "anteke", "assumed"),
    "source.illustrativ": ("illustrativ", "illustrativ", "illustrative"),
    "source.ingen_post": ("ingen post", "ingen post", "no record"),
    # dknet compare: sections, rows and cells (dknet.analysis.compare)
    "compare.section.indikatorer": ("indikatorer", "indikatorar", "indicators"),
    "compare.section.planer": ("planer", "planar", "plans"),
    "compare.section.kontorer": ("kontorer", "kontor", "offices"),
    "compare.section.arenaer": ("arenaer", "arenaer", "arenas"),
    "compare.section.regionale_planer": ("regionale planer", "regionale planar", "regional plans"),
    "compare.section.veiledning": ("veiledning", "rettleiing", "guidance"),
    "compare.section.anbefalinger": ("anbefalinger", "tilrådingar", "recommendations"),
    "compare.section.forhold": ("forhold", "forhold", "relations"),
    "compare.row.folketall_2026": ("Folketall 2026", "Folketal 2026", "Population 2026"),
    "compare.row.endring_2016_2026_pst": ("Endring 2016–2026 (%)", "Endring 2016–2026 (%)", "Change 2016–2026 (%)"),
    "compare.row.andel_67pluss": ("Andel 67+ (%)", "Del 67+ (%)", "Share aged 67+ (%)"),
    "compare.row.andel_80pluss": ("Andel 80+ (%)", "Del 80+ (%)", "Share aged 80+ (%)"),
    "compare.row.sentralitetsindeks": ("Sentralitetsindeks", "Sentralitetsindeks", "Centrality index"),
    "compare.row.sentralitetsklasse": ("Sentralitetsklasse", "Sentralitetsklasse", "Centrality class"),
    "compare.row.befolkningstetthet": ("Innbyggere per km²", "Innbyggjarar per km²", "Inhabitants per km²"),
    "compare.row.areal_km2": ("Areal (km²)", "Areal (km²)", "Area (km²)"),
    "compare.row.planaarsverk": ("Planårsverk", "Planårsverk", "Planning FTE"),
    "compare.row.planstrategi": ("Planstrategi {term}", "Planstrategi {term}", "Planstrategi {term}"),
    "compare.row.samfunnsdel": (
        "Samfunnsdel vedtatt",
        "Samfunnsdel vedteken",
        "Samfunnsdel (community part) adopted",
    ),
    "compare.row.arealdel": ("Arealdel vedtatt", "Arealdel vedteken", "Arealdel (land-use part) adopted"),
    "compare.row.fylkeskommune": ("Fylkeskommune (FK)", "Fylkeskommune (FK)", "County council (FK)"),
    "compare.row.statsforvalter": ("Statsforvalter (SF)", "Statsforvaltar (SF)", "State administrator (SF)"),
    "compare.row.ba_region": ("BA-region", "BA-region", "Commuting region (BA)"),
    "compare.row.plankontor": ("Plankontor", "Plankontor", "Plan office"),
    "compare.row.nettverk": ("Nettverk og prosjekter", "Nettverk og prosjekt", "Networks and projects"),
    "compare.row.planforum": ("Planforum", "Planforum", "Planning forum"),
    "compare.row.regionraad": ("Regionråd", "Regionråd", "Regional council"),
    "compare.row.regionale_planer": ("Dekket av", "Dekt av", "Covered by"),
    "compare.row.oppfylt": ("Anbefalinger oppfylt", "Tilrådingar oppfylte", "Recommendations met"),
    "compare.row.grenser_til": ("grenser til", "grensar til", "borders"),
    "compare.row.avstand_km": ("avstand (km, luftlinje)", "avstand (km, luftline)", "distance (km, straight line)"),
    "compare.row.felles_naboer": ("felles naboer", "felles naboar", "shared neighbours"),
    "compare.row.felles_grupper": (
        "felles arenaer og kontorer",
        "felles arenaer og kontor",
        "shared arenas and offices",
    ),
    "compare.rank_of": (
        "{value} (nr. {rank} av {total})",
        "{value} (nr. {rank} av {total})",
        "{value} (no. {rank} of {total})",
    ),
    "compare.n_of": ("{n} av {total}", "{n} av {total}", "{n} of {total}"),
    "compare.no_record": ("ingen post", "ingen post", "no record"),
    "compare.age": ("{year} ({age} år)", "{year} ({age} år)", "{year} ({age} years)"),
    "compare.age_due": (
        "{year} ({age} år, bør revideres)",
        "{year} ({age} år, bør reviderast)",
        "{year} ({age} years, due for revision)",
    ),
    "compare.with": ("med {name}: {names}", "med {name}: {names}", "with {name}: {names}"),
    # the scorecard's items and details (dknet.analysis.scorecard)
    "scorecard.item.planstrategi": (
        "Planstrategi vedtatt i tide",
        "Planstrategi vedteken i tide",
        "Planstrategi adopted on time",
    ),
    "scorecard.item.arena": (
        "Deltar i planarena eller nettverk",
        "Deltek i planarena eller nettverk",
        "Takes part in a planning arena or network",
    ),
    "scorecard.item.plansamarbeid": (
        "I (virtuelt) plankontor eller plansamarbeid",
        "I (virtuelt) plankontor eller plansamarbeid",
        "In a (virtual) plan office or joint planning",
    ),
    "scorecard.item.veiledning_fk": (
        "Veiledning fra fylkeskommunen",
        "Rettleiing frå fylkeskommunen",
        "Guidance from the county council",
    ),
    "scorecard.item.veiledning_sf": (
        "Veiledning fra statsforvalteren",
        "Rettleiing frå statsforvaltaren",
        "Guidance from the state administrator",
    ),
    "scorecard.item.regionale_planer": (
        "Dekket av regional plan",
        "Dekt av regional plan",
        "Covered by a regional plan",
    ),
    "scorecard.plan.i_tide": ("vedtatt i tide", "vedteken i tide", "adopted on time"),
    "scorecard.plan.for_sent": ("vedtatt for sent", "vedteken for seint", "adopted late"),
    "scorecard.plan.dato_ukjent": ("vedtatt (dato ukjent)", "vedteken (dato ukjend)", "adopted (date unknown)"),
    "scorecard.plan.mangler": ("ikke registrert vedtatt", "ikkje registrert vedteken", "not recorded as adopted"),
    "scorecard.plan.ikke_forfalt": (
        "ikke vedtatt, frist ikke ute",
        "ikkje vedteken, fristen er ikkje ute",
        "not adopted, deadline not passed",
    ),
    "scorecard.plan.ukjent": ("ukjent", "ukjend", "unknown"),
    "scorecard.status_unknown": ("{name} (status ukjent)", "{name} (status ukjend)", "{name} (status unknown)"),
    "scorecard.office_unknown": (
        "{name} ({form}, status ukjent)",
        "{name} ({form}, status ukjend)",
        "{name} ({form}, status unknown)",
    ),
    "scorecard.no_arena": (
        "ingen planarena eller nettverk registrert",
        "ingen planarena eller nettverk registrert",
        "no planning arena or network recorded",
    ),
    "scorecard.no_office": (
        "ikke i plankontor eller interkommunal plan",
        "ikkje i plankontor eller interkommunal plan",
        "not in a plan office or an inter-municipal plan",
    ),
    "scorecard.contact": (
        "{n} kontakt {since}–{year} i {active} av {window} år, siste {last}",
        "{n} kontakt {since}–{year} i {active} av {window} år, siste {last}",
        "{n} contact {since}–{year} in {active} of {window} years, last {last}",
    ),
    "scorecard.contacts": (
        "{n} kontakter {since}–{year} i {active} av {window} år, siste {last}",
        "{n} kontaktar {since}–{year} i {active} av {window} år, siste {last}",
        "{n} contacts {since}–{year} in {active} of {window} years, last {last}",
    ),
    "scorecard.no_contact": (
        "ingen kontakt fra {who} registrert {since}–{year}",
        "ingen kontakt frå {who} registrert {since}–{year}",
        "no contact from {who} recorded {since}–{year}",
    ),
    "scorecard.no_regional": (
        "ingen regional plan registrert",
        "ingen regional plan registrert",
        "no regional plan recorded",
    ),
    # --- reasons (partner suggestions) ------------------------------------------------------------
    "reason.both_small": (
        "begge under 2 500 innbyggere",
        "begge under 2 500 innbyggjarar",
        "both under 2 500 inhabitants",
    ),
    "reason.pop": ("{a} og {b} innbyggere", "{a} og {b} innbyggjarar", "{a} and {b} inhabitants"),
    "reason.class_same": (
        "sentralitetsklasse {a} (begge)",
        "sentralitetsklasse {a} (begge)",
        "centrality class {a} (both)",
    ),
    "reason.share": ("{name} {a} % og {b} %", "{name} {a} % og {b} %", "{name} {a} % and {b} %"),
    "reason.change": ("{name} {a} % og {b} %", "{name} {a} % og {b} %", "{name} {a} % and {b} %"),
    "reason.age": ("{name} {a} og {b} år gammel", "{name} {a} og {b} år gammal", "{name} {a} and {b} years old"),
    "reason.value": ("{name} {a} og {b}", "{name} {a} og {b}", "{name} {a} and {b}"),
    "reason.border": ("felles grense", "felles grense", "shares a border"),
    "reason.sea": (
        "nabo over sjøen ({km} km over vann i luftlinje)",
        "nabo over sjøen ({km} km over vatn i luftline)",
        "neighbours across water ({km} km in a straight line)",
    ),
    "reason.distance": (
        "{km} km mellom sentrene i luftlinje",
        "{km} km mellom sentra i luftline",
        "{km} km apart in a straight line",
    ),
    "reason.far": (
        "{km} km mellom sentrene i luftlinje (nettverk, ikke daglig samarbeid)",
        "{km} km mellom sentra i luftline (nettverk, ikkje dagleg samarbeid)",
        "{km} km apart in a straight line (a network, not daily work)",
    ),
    "reason.ba": ("samme BA-region ({name})", "same BA-region ({name})", "same commuting region ({name})"),
    "reason.county": ("samme fylke", "same fylke", "same county"),
    "reason.other_county": (
        "ulike fylker, samme statsforvalter",
        "ulike fylke, same statsforvaltar",
        "different counties, same state administrator",
    ),
    "reason.other_sf": (
        "ulike fylker og statsforvaltere",
        "ulike fylke og statsforvaltarar",
        "different counties and state administrators",
    ),
    "reason.rplan": ("begge dekket av {name}", "begge dekte av {name}", "both covered by {name}"),
    "reason.common_nb": ("{n} felles naboer", "{n} felles naboar", "{n} common neighbours"),
    "reason.common_nb1": ("1 felles nabo", "1 felles nabo", "1 common neighbour"),
    "reason.arena": ("begge i {name}", "begge i {name}", "both in {name}"),
    "reason.ended": ("samarbeidet før i {name}", "samarbeidde før i {name}", "cooperated before in {name}"),
    "reason.current": (
        "samarbeider allerede i {name}",
        "samarbeider alt i {name}",
        "already cooperating in {name}",
    ),
    "reason.unknown": (
        "begge i {name}, status ukjent",
        "begge i {name}, status ukjend",
        "both in {name}, status unknown",
    ),
    "reason.missing": ("mangler data for {names}", "manglar data for {names}", "no data for {names}"),
    "reason.missing_own": (
        "{name} mangler data for {names}",
        "{name} manglar data for {names}",
        "{name} has no data for {names}",
    ),
    "reason.illustrative": ("illustrativt", "illustrativt", "illustrative"),
    # --- dknet neo4j push/status/pull/query: progress and summary lines (stderr) -----------------
    "neo4j.push.start": (
        "Laster opp {nodes} noder og {relationships} relasjoner til {location} i {batches} bunter på opptil {size} "
        "rader",
        "Lastar opp {nodes} nodar og {relationships} relasjonar til {location} i {batches} buntar på opptil {size} "
        "rader",
        "Pushing {nodes} nodes and {relationships} relationships to {location} in {batches} batches of up to {size} "
        "rows",
    ),
    "neo4j.push.schema": (
        "[{done}/{total}] skjema: {n} regler og indekser",
        "[{done}/{total}] skjema: {n} reglar og indeksar",
        "[{done}/{total}] schema: {n} constraints and indexes",
    ),
    "neo4j.push.batch": ("[{done}/{total}] {what}: {sent}/{rows}", "", "[{done}/{total}] {what}: {sent}/{rows}"),
    "neo4j.prune.found": (
        "--prune: {relationships} relasjoner og {nodes} noder finnes ikke i den lokale grafen",
        "--prune: {relationships} relasjonar og {nodes} nodar finst ikkje i den lokale grafen",
        "prune: {relationships} relationships and {nodes} nodes are not in the local graph",
    ),
    "neo4j.prune.relationships": ("sletter relasjoner", "slettar relasjonar", "prune relationships"),
    "neo4j.prune.nodes": ("sletter noder", "slettar nodar", "prune nodes"),
    "neo4j.pushed": (
        "Lastet opp {nodes} noder og {relationships} relasjoner til {location} på {seconds} s: {outcome}",
        "Lasta opp {nodes} nodar og {relationships} relasjonar til {location} på {seconds} s: {outcome}",
        "Pushed {nodes} nodes and {relationships} relationships to {location} in {seconds} s: {outcome}",
    ),
    "neo4j.pushed.changes": (
        "{n} endringer (se tellerne).",
        "{n} endringar (sjå teljarane).",
        "{n} changes (see the counters).",
    ),
    "neo4j.pushed.change": ("1 endring (se tellerne).", "1 endring (sjå teljarane).", "1 change (see the counters)."),
    "neo4j.pushed.none": (
        "ingen endringer, Neo4j var allerede lik grafen.",
        "ingen endringar, Neo4j var alt lik grafen.",
        "no changes, Neo4j already matched the graph.",
    ),
    "neo4j.pushed.extra": (
        "Neo4j har poster som den lokale grafen ikke har ({listed}); push --prune sletter dem.",
        "Neo4j har postar som den lokale grafen ikkje har ({listed}); push --prune slettar dei.",
        "Neo4j has records the local graph does not ({listed}); push --prune deletes them.",
    ),
    "neo4j.status.same": (
        "{location}: samme antall som i den lokale grafen.",
        "{location}: same tal som i den lokale grafen.",
        "{location}: the same counts as the local graph.",
    ),
    "neo4j.status.differ": (
        "{location}: {n} av antallene avviker fra den lokale grafen.",
        "{location}: {n} av tala avvik frå den lokale grafen.",
        "{location}: {n} counts differ from the local graph.",
    ),
    "neo4j.status.differ1": (
        "{location}: 1 av antallene avviker fra den lokale grafen.",
        "{location}: 1 av tala avvik frå den lokale grafen.",
        "{location}: 1 count differs from the local graph.",
    ),
    "neo4j.pulled": (
        "Hentet {nodes} noder og {edges} koblinger fra {location} på {seconds} s: {outcome}",
        "Henta {nodes} nodar og {edges} koplingar frå {location} på {seconds} s: {outcome}",
        "Pulled {nodes} nodes and {edges} edges from {location} in {seconds} s: {outcome}",
    ),
    "neo4j.pulled.identical": (
        "lik den lokale grafen (noder, egenskaper, koblinger, nøkler).",
        "lik den lokale grafen (nodar, eigenskapar, koplingar, nøklar).",
        "identical to the local graph (nodes, attributes, edges, keys).",
    ),
    "neo4j.pulled.differ": (
        "{n} forskjeller fra den lokale grafen:",
        "{n} skilnader frå den lokale grafen:",
        "{n} differences from the local graph:",
    ),
    "neo4j.pulled.differ1": (
        "1 forskjell fra den lokale grafen:",
        "1 skilnad frå den lokale grafen:",
        "1 difference from the local graph:",
    ),
    "neo4j.pulled.more": ("  … og {n} til", "  … og {n} til", "  … and {n} more"),
    # one difference between the local graph (here) and the one read back from Neo4j (there)
    "neo4j.diff.node": ("node {id}", "node {id}", "node {id}"),
    "neo4j.diff.edge": ("kobling {u} → {v} [{key}]", "kopling {u} → {v} [{key}]", "edge {u} → {v} [{key}]"),
    "neo4j.diff.only_here": ("{what} finnes bare lokalt", "{what} finst berre lokalt", "{what} only here"),
    "neo4j.diff.only_there": ("{what} finnes bare i Neo4j", "{what} finst berre i Neo4j", "{what} only there"),
    "neo4j.diff.missing_there": (
        "{what}: {name} = {a} lokalt, mangler i Neo4j",
        "{what}: {name} = {a} lokalt, manglar i Neo4j",
        "{what}: {name} = {a} here, missing there",
    ),
    "neo4j.diff.missing_here": (
        "{what}: {name} mangler lokalt, {b} i Neo4j",
        "{what}: {name} manglar lokalt, {b} i Neo4j",
        "{what}: {name} missing here, {b} there",
    ),
    "neo4j.diff.value": (
        "{what}: {name} er {a} ({a_type}) lokalt, {b} ({b_type}) i Neo4j",
        "{what}: {name} er {a} ({a_type}) lokalt, {b} ({b_type}) i Neo4j",
        "{what}: {name} is {a} ({a_type}) here, {b} ({b_type}) there",
    ),
    "neo4j.query.no_rows": (
        "{name} ga ingen rader ({given}). Er grafen lastet opp (dknet neo4j status), og passer parametrene til den?",
        "{name} gav ingen rader ({given}). Er grafen lasta opp (dknet neo4j status), og passar parametrane til han?",
        "{name} returned no rows ({given}). Is the graph pushed (dknet neo4j status), and do the parameters match it?",
    ),
    "neo4j.query.no_params": ("ingen parametere", "ingen parametrar", "no parameters"),
    # --- templates -------------------------------------------------------------------------------
    "template.sheet": ("Slik fyller du ut", "Slik fyller du ut", "How to fill in"),
    "template.instructions": (
        "dknet-maler: egne registre for dknet\n"
        "\n"
        "1. Hvert ark heter som et lag (planer, veiledning, plankapasitet …). Fyll bare ut arkene du har "
        "data for; la resten stå tomme.\n"
        "2. Rad 1 er overskriftene. Ikke endre, flytt eller slett dem. Én post per rad fra rad 2.\n"
        "3. Kolonner med nedtrekksliste (kommune, fylke, plantype, status, form …): velg fra listen. "
        "Kommunen kan også skrives som kommunenummer med fire siffer (0301, 5026).\n"
        "4. Kommunenummer og fylkesnummer er tekst: 0301, ikke 301. Cellene er formatert som tekst.\n"
        "5. Tall: desimalkomma eller -punktum (0,5). Andeler: 0–1 eller prosent med %. Datoer: "
        "03.10.2024 eller 2024-10-03. Ja/nei-kolonner: ja eller nei.\n"
        "6. Arket «om_kolonnene» forklarer hver kolonne: betydning, type, om den er påkrevd og lovlige verdier.\n"
        "7. Lagre som .xlsx i en mappe, og kjør: dknet validate MAPPE. Alle problemer listes på én gang, med "
        "ark, rad og kolonne slik Excel viser dem. Bruk så mappen med --data MAPPE.\n"
        "8. Arket «lister» (skjult) holder verdiene i nedtrekkslistene; ikke endre det.",
        "dknet-malar: eigne register for dknet\n"
        "\n"
        "1. Kvart ark heiter som eit lag (planer, veiledning, plankapasitet …). Fyll berre ut arka du har "
        "data for; la resten stå tomme.\n"
        "2. Rad 1 er overskriftene. Ikkje endre, flytt eller slett dei. Éin post per rad frå rad 2.\n"
        "3. Kolonnar med nedtrekksliste (kommune, fylke, plantype, status, form …): vel frå lista. "
        "Kommunen kan også skrivast som kommunenummer med fire siffer (0301, 5026).\n"
        "4. Kommunenummer og fylkesnummer er tekst: 0301, ikkje 301. Cellene er formaterte som tekst.\n"
        "5. Tal: desimalkomma eller -punktum (0,5). Delar: 0–1 eller prosent med %. Datoar: "
        "03.10.2024 eller 2024-10-03. Ja/nei-kolonnar: ja eller nei.\n"
        "6. Arket «om_kolonnene» forklarer kvar kolonne: tyding, type, om han er påkravd og lovlege verdiar.\n"
        "7. Lagre som .xlsx i ei mappe, og køyr: dknet validate MAPPE. Alle problem blir lista på éin gong, med "
        "ark, rad og kolonne slik Excel viser dei. Bruk så mappa med --data MAPPE.\n"
        "8. Arket «lister» (skjult) held verdiane i nedtrekkslistene; ikkje endre det.",
        "dknet templates: your own registers for dknet\n"
        "\n"
        "1. Each sheet is named after a layer (planer, veiledning, plankapasitet …). Fill in only the sheets "
        "you have data for; leave the others empty.\n"
        "2. Row 1 holds the headers. Do not change, move or delete them. One record per row from row 2.\n"
        "3. Columns with a drop-down list (municipality, county, plan type, status, form …): pick from the "
        "list. A municipality may also be typed as its four-digit number (0301, 5026).\n"
        "4. Municipality and county numbers are text: 0301, not 301. The cells are formatted as text.\n"
        "5. Numbers: decimal comma or point (0,5). Shares: 0–1 or a percentage with %. Dates: 03.10.2024 or "
        "2024-10-03. Yes/no columns: ja or nei.\n"
        "6. The sheet «om_kolonnene» explains every column: meaning, type, whether required, allowed values.\n"
        "7. Save as .xlsx in a folder and run: dknet validate FOLDER. Every problem is listed at once, with "
        "sheet, row and column as Excel shows them. Then use the folder with --data FOLDER.\n"
        "8. The (hidden) sheet «lister» holds the values of the drop-down lists; do not change it.",
    ),
    "template.pick": ("Velg fra listen", "Vel frå lista", "Pick from the list"),
    "template.pick_municipality": (
        "Velg kommunen fra listen, eller skriv kommunenummeret (4 siffer).",
        "Vel kommunen frå lista, eller skriv kommunenummeret (4 siffer).",
        "Pick the municipality from the list, or type its number (4 digits).",
    ),
    "template.not_in_list": (
        "Verdien står ikke i listen. dknet validate sier om den kan brukes.",
        "Verdien står ikkje i lista. dknet validate seier om han kan brukast.",
        "The value is not in the list. dknet validate says whether it can be used.",
    ),
    "glossary.heading": ("Ord og forkortelser", "Ord og forkortingar", "Terms and abbreviations"),
}
