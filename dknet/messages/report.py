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
        "Kilder og dato",
        "Kjelder og dato",
        "Sources and date",
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
        "Kommunal planstrategi skal vedtas senest ett år etter at kommunestyret er konstituert (pbl § 10-1). "
        "Loven setter ingen alder for kommuneplanen; i denne rapporten regnes samfunnsdelen som forfalt når den "
        "er eldre enn {sd} år, arealdelen når den er eldre enn {ad} år. Er bare bestemmelsene i arealdelen "
        "revidert, regnes alderen etter plankartet.",
        "Kommunal planstrategi skal vedtakast seinast eitt år etter at kommunestyret er konstituert (pbl § 10-1). "
        "Lova set ingen alder for kommuneplanen; i denne rapporten blir samfunnsdelen rekna som forfallen når han "
        "er eldre enn {sd} år, arealdelen når han er eldre enn {ad} år. Er berre føresegnene i arealdelen "
        "reviderte, blir alderen rekna etter plankartet.",
        "The municipal planning strategy is due within one year of the council's constitution (PBL § 10-1). The "
        "law sets no age for the municipal plan; this report counts the community part as due for revision when "
        "older than {sd} years, the land-use part when older than {ad} years. Where only the land-use part's "
        "provisions were revised, its age is that of the map.",
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
    "report.provisions_only": (
        "bare bestemmelser; plankartet er eldre",
        "berre føresegner; plankartet er eldre",
        "provisions only; the map is older",
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
        "De {n} største hullene, bare der behovet er større enn støtten:",
        "Behov (liten, usentral, aldrande, fallande folketal, gamle planar, låg plankapasitet) mot støtte "
        "(rettleiing frå FK og SF, plankontor, nettverk, regionale planar), begge 0–1; hòl = behov − støtte. "
        "Dei {n} største hòla, berre der behovet er større enn støtta:",
        "Need (small, remote, ageing, declining, old plans, low planning capacity) against support (guidance "
        "from FK and SF, plan offices, networks, regional plans), both 0–1; gap = need − support. The {n} "
        "largest gaps, only where need exceeds support:",
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
    "report.gaps_covered": (
        "{n} kommuner der støtten er minst like stor som behovet, er ikke med.",
        "{n} kommunar der støtta er minst like stor som behovet, er ikkje med.",
        "{n} municipalities whose support is at least their need are left out.",
    ),
    "report.gaps_covered1": (
        "1 kommune der støtten er minst like stor som behovet, er ikke med.",
        "1 kommune der støtta er minst like stor som behovet, er ikkje med.",
        "1 municipality whose support is at least its need is left out.",
    ),
    "report.gaps_all_covered": (
        "Ingen kommune i området har større behov enn støtte.",
        "Ingen kommune i området har større behov enn støtte.",
        "No municipality in the area has more need than support.",
    ),
    "report.gaps_no_guidance": (
        "Dataene har ingen registrerte veiledningskontakter fra FK eller SF. «Ingen veiledning» og hullene som "
        "bygger på det, viser hva som mangler i registeret, ikke nødvendigvis hva som mangler i virkeligheten. "
        "Legg inn fylkets eget register for å få svar.",
        "Dataa har ingen registrerte rettleiingskontaktar frå FK eller SF. «Inga rettleiing» og hòla som "
        "byggjer på det, viser kva som manglar i registeret, ikkje naudsynt kva som manglar i røynda. "
        "Legg inn registeret til fylket for å få svar.",
        "The data hold no registered guidance contacts from FK or SF. “No guidance” and the gaps resting on it "
        "show what the register lacks, not necessarily what is lacking in fact. Load the county's own register "
        "to get an answer.",
    ),
    "report.kind_constrained": (
        "avhengig av få kontakter",
        "avhengig av få kontaktar",
        "depends on few contacts",
    ),
    "report.detail_constrained": (
        "få eller overlappende samarbeidskontakter: blant de 10 % mest avhengige i landet (se «{appendix}»)",
        "få eller overlappande samarbeidskontaktar: blant dei 10 % mest avhengige i landet (sjå «{appendix}»)",
        "few or overlapping cooperation ties: among the 10 % most dependent in Norway (see “{appendix}”)",
    ),
    "report.structural_no_guidance": (
        "Uten registrert veiledning når kommunene FK og SF bare gjennom arenaene de er med i (som planforum); "
        "radene under sier derfor mest om hva registeret mangler.",
        "Utan registrert rettleiing når kommunane FK og SF berre gjennom arenaene dei er med i (som planforum); "
        "radene under seier difor mest om kva registeret manglar.",
        "With no guidance registered, municipalities reach FK and SF only through the arenas they belong to "
        "(such as the planning forum); the rows below therefore say most about what the register lacks.",
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
        "eller under {km} km mellom sentrene). Hver gruppe henger sammen. Gruppene er beregnet, ikke vedtatt: "
        "bruk dem som utgangspunkt for samtaler (hvordan de er funnet: «{appendix}»).",
        "Samarbeidsgrupper: kommunar med like utfordringar som kan samarbeide (felles grense, nabo over sjøen "
        "eller under {km} km mellom sentra). Kvar gruppe heng saman. Gruppene er rekna ut, ikkje vedtekne: "
        "bruk dei som utgangspunkt for samtalar (korleis dei er funne: «{appendix}»).",
        "Cooperation groups: municipalities with similar challenges that can work together (shared border, sea "
        "neighbour or centres under {km} km apart). Every group is connected. The groups are computed, not "
        "decided: use them to start a conversation (how they are found: “{appendix}”).",
    ),
    "report.offices_lead": (
        "Forslag til (virtuelle) plankontor for kommuner med under {low} årsverk til planlegging, hver med en "
        "vertskommune. {n} av {total} kommuner i landet har lav kapasitet.",
        "Forslag til (virtuelle) plankontor for kommunar med under {low} årsverk til planlegging, kvar med ein "
        "vertskommune. {n} av {total} kommunar i landet har låg kapasitet.",
        "Proposed (virtual) plan offices for municipalities with less than {low} planning FTE, each with a "
        "host. {n} of {total} municipalities nationally have low capacity.",
    ),
    "report.offices_no_capacity": (
        "Forslag til (virtuelle) plankontor bygger på plankapasiteten (årsverk til planlegging) i hver kommune. "
        "Dataene har ingen registrert plankapasitet, så her kan det ikke lages forslag. Legg inn fylkets tall "
        "(datalaget Plankapasitet) for å få forslag.",
        "Forslag til (virtuelle) plankontor byggjer på plankapasiteten (årsverk til planlegging) i kvar kommune. "
        "Dataa har ingen registrert plankapasitet, så her kan det ikkje lagast forslag. Legg inn tala til fylket "
        "(datalaget Plankapasitet) for å få forslag.",
        "Proposed (virtual) plan offices rest on each municipality's planning capacity (planning FTE). The data "
        "hold no planning capacity, so no proposal can be made here. Load the county's figures (the Planning "
        "capacity layer) to get proposals.",
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
        "For hver distriktskommune: opptil {top} forslag for plankontor og daglig samarbeid (nabo eller under "
        "{km} km) og opptil {top} for nettverk med like utfordringer (hele landet). Under hvert forslag står "
        "det som skiller paret ut.",
        "For kvar distriktskommune: opptil {top} forslag for plankontor og dagleg samarbeid (nabo eller under "
        "{km} km) og opptil {top} for nettverk med like utfordringar (heile landet). Under kvart forslag står "
        "det som skil paret ut.",
        "For every district municipality: up to {top} suggestions for a plan office and daily cooperation "
        "(neighbour or under {km} km) and up to {top} for a network of peers with similar challenges (all "
        "Norway). Under each suggestion: what sets the pair apart.",
    ),
    "report.partners_lead_focus": (
        "For {name}: opptil {top} forslag for plankontor og daglig samarbeid (nabo eller under {km} km) og "
        "opptil {top} for nettverk med like utfordringer (hele landet). Under hvert forslag står det som skiller "
        "paret ut.",
        "For {name}: opptil {top} forslag for plankontor og dagleg samarbeid (nabo eller under {km} km) og "
        "opptil {top} for nettverk med like utfordringar (heile landet). Under kvart forslag står det som skil "
        "paret ut.",
        "For {name}: up to {top} suggestions for a plan office and daily cooperation (neighbour or under {km} "
        "km) and up to {top} for a network of peers with similar challenges (all Norway). Under each "
        "suggestion: what sets the pair apart.",
    ),
    "report.partners_hidden_some": (
        "Kommuner som allerede samarbeider i et plankontor eller prosjekt som pågår, er utelatt; de står under "
        "tabellen der det gjelder.",
        "Kommunar som alt samarbeider i eit plankontor eller prosjekt som går, er utelatne; dei står under "
        "tabellen der det gjeld.",
        "Municipalities already cooperating in a running plan office or project are left out; they are listed "
        "below the table where that applies.",
    ),
    "report.partners_hidden_none": (
        "Ingen kandidater er utelatt fordi de allerede samarbeider: dataene viser ikke noe plankontor eller "
        "prosjekt som sikkert pågår mellom dem. Et samarbeid med ukjent status står i begrunnelsen.",
        "Ingen kandidatar er utelatne fordi dei alt samarbeider: dataa viser ikkje noko plankontor eller "
        "prosjekt som sikkert går mellom dei. Eit samarbeid med ukjend status står i grunngjevinga.",
        "No candidate is left out as an existing partner: the data show no plan office or project known to be "
        "running between them. A cooperation of unknown status is named in the reasons.",
    ),
    "report.partners_missing": (
        "For de fleste kommunene mangler data om {names}; likheten bygger på de andre indikatorene.",
        "For dei fleste kommunane manglar data om {names}; likskapen byggjer på dei andre indikatorane.",
        "For most municipalities there are no data on {names}; similarity rests on the other indicators.",
    ),
    "report.word_and": (" og ", " og ", " and "),
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
    "report.ill_lead_real": (
        "Denne rapporten bygger bare på offentlige data og kuraterte poster med kilde; ingen tall er generert. "
        "Det finnes ikke noe offentlig register over plandatoer, plankapasitet eller veiledning per kommune. "
        "Der dataene mangler, står svaret som «ukjent» eller «ingen post». Legg inn fylkets egne registre for å "
        "få svar (dknet validate MAPPE; --data MAPPE).",
        "Denne rapporten byggjer berre på offentlege data og kuraterte postar med kjelde; ingen tal er genererte. "
        "Det finst ikkje noko offentleg register over plandatoar, plankapasitet eller rettleiing per kommune. "
        "Der dataa manglar, står svaret som «ukjend» eller «ingen post». Legg inn registera til fylket for å "
        "få svar (dknet validate MAPPE; --data MAPPE).",
        "This report rests only on public data and curated records with a source; no figure is generated. No "
        "public register of plan dates, planning capacity or guidance per municipality exists. Where the data "
        "are missing, the answer reads “unknown” or “no record”. Load the county's own registers to get an "
        "answer (dknet validate DIR; --data DIR).",
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
        "regionale planer: kuraterte offentlige kilder der de finnes (hver post har en lenke til kilden). "
        "Resten: dine egne registre, eller illustrative poster i demonstrasjonsdataene.",
        "Folketal, sentralitet og BA-regionar: SSB. Kommune- og fylkesgrenser: Kartverket. Planar, arenaer og "
        "regionale planar: kuraterte offentlege kjelder der dei finst (kvar post har ei lenkje til kjelda). "
        "Resten: dine eigne register, eller illustrative postar i demonstrasjonsdataa.",
        "Population, centrality and commuting regions: Statistics Norway (SSB). Municipal and county "
        "boundaries: Kartverket. Plans, arenas and regional plans: curated public sources where they exist "
        "(every record links to its source). The rest: your own registers, or illustrative records in the "
        "demonstration data.",
    ),
    # appendix: method and terms (the body of the report says it plainly and points here)
    "report.s_method": ("Metode og begreper", "Metode og omgrep", "Method and terms"),
    "report.m_lead": (
        "Her står hvordan tallene i rapporten er regnet ut, med fagordene og navnene i dataene.",
        "Her står korleis tala i rapporten er rekna ut, med fagorda og namna i dataa.",
        "How the report's figures are computed, with the technical terms and the names used in the data.",
    ),
    "report.m_need": (
        "Behov og støtte («{gaps}»): behovet er et vektet snitt av kommunens rangering på liten befolkning, lav "
        "sentralitet, andel eldre, fallende folketall, gamle planer, sen planstrategi og lav plankapasitet; støtten "
        "er poeng for veiledning fra FK og SF (etter form og hvor nylig), plankontor, nettverk, planforum, "
        "regionråd og regionale planer. Begge går "
        "fra 0 til 1; hullet er behov minus støtte.",
        "Behov og støtte («{gaps}»): behovet er eit vekta snitt av rangeringa til kommunen på lite folketal, låg "
        "sentralitet, del eldre, fallande folketal, gamle planar, sein planstrategi og låg plankapasitet; støtta "
        "er poeng for rettleiing frå FK og SF (etter form og kor nyleg), plankontor, nettverk, planforum, "
        "regionråd og regionale planar. Begge går "
        "frå 0 til 1; hòlet er behov minus støtte.",
        "Need and support (“{gaps}”): need is a weighted mean of the municipality's rank on small population, "
        "low centrality, share of elderly, decline, old plans, a late planning strategy and low planning "
        "capacity; support is points for guidance from FK and SF (by form and recency), plan offices, networks, "
        "planning forums, regional councils and regional plans. Both run from "
        "0 to 1; the gap is need minus support.",
    ),
    "report.m_similarity": (
        "Likhet («{partners}», «{groups}»): to kommuners utfordringsprofiler sammenlignes indikator for "
        "indikator, og snittet er likheten (Gower-likhet), 0–1; en indikator uten verdi hoppes over. Poeng for "
        "plankontor og daglig samarbeid: 0,45 × likhet + 0,45 × gjennomførbarhet (grense, avstand, BA-region, "
        "fylke, SF) + 0,10 × bånd de har fra før; for nettverk: 0,85 × likhet + 0,15 × bånd.",
        "Likskap («{partners}», «{groups}»): utfordringsprofilane til to kommunar blir samanlikna indikator for "
        "indikator, og snittet er likskapen (Gower-likskap), 0–1; ein indikator utan verdi blir hoppa over. "
        "Poeng for plankontor og dagleg samarbeid: 0,45 × likskap + 0,45 × gjennomførbarheit (grense, avstand, "
        "BA-region, fylke, SF) + 0,10 × band dei har frå før; for nettverk: 0,85 × likskap + 0,15 × band.",
        "Similarity (“{partners}”, “{groups}”): two municipalities' challenge profiles are compared indicator "
        "by indicator and the mean is the similarity (Gower similarity), 0–1; an indicator without a value is "
        "skipped. Score for a plan office and daily cooperation: 0.45 × similarity + 0.45 × feasibility "
        "(border, distance, commuting region, county, SF) + 0.10 × existing ties; for a network: 0.85 × "
        "similarity + 0.15 × ties.",
    ),
    "report.m_indicators": (
        "Indikatorene i profilen, med navnet i dataene (for --weight): {names}.",
        "Indikatorane i profilen, med namnet i dataa (for --weight): {names}.",
        "The profile's indicators, with their name in the data (for --weight): {names}.",
    ),
    "report.m_groups": (
        "Samarbeidsgrupper («{groups}»): funnet med Leiden-metoden (Louvain når tillegget leiden mangler; frø "
        "{seed}, så samme data gir samme grupper), som deler nettverket av mulige samarbeid slik at båndene innad "
        "i gruppene er sterkere enn mellom dem. Metoden kjøres 25 ganger, og kjøringene gjøres enige "
        "(konsensus); stabilitet er andelen av kjøringene der medlemmene havnet sammen. Modularitet {q} (0 = "
        "ingen struktur, nær 1 = klare grupper). Hver gruppe er sjekket for at den henger sammen.",
        "Samarbeidsgrupper («{groups}»): funne med Leiden-metoden (Louvain når tillegget leiden manglar; frø "
        "{seed}, så same data gir same grupper), som deler nettverket av moglege samarbeid slik at banda inne i "
        "gruppene er sterkare enn mellom dei. Metoden blir køyrd 25 gonger, og køyringane blir gjorde samde "
        "(konsensus); stabilitet er delen av køyringane der medlemmane hamna saman. Modularitet {q} (0 = ingen "
        "struktur, nær 1 = klare grupper). Kvar gruppe er sjekka for at ho heng saman.",
        "Cooperation groups (“{groups}”): found with the Leiden method (Louvain without the leiden extra; seed "
        "{seed}, so the same data give the same groups), which splits the network of possible cooperation so that "
        "ties within groups are stronger than between them. The method runs 25 times and the runs are made to "
        "agree (consensus); stability is the share of runs in which the members ended up together. Modularity "
        "{q} (0 = no structure, near 1 = clear groups). Every group is checked to be connected.",
    ),
    "report.m_holes": (
        "Strukturelle hull («{gaps}»): «avhengig av få kontakter» er Burts begrensningsmål (constraint) i "
        "nettverket av samarbeid og veiledning; høy verdi betyr få kontakter som også kjenner hverandre. De 10 % "
        "høyeste i landet er med.",
        "Strukturelle hòl («{gaps}»): «avhengig av få kontaktar» er Burts avgrensingsmål (constraint) i "
        "nettverket av samarbeid og rettleiing; høg verdi tyder få kontaktar som òg kjenner kvarandre. Dei 10 % "
        "høgaste i landet er med.",
        "Structural holes (“{gaps}”): “depends on few contacts” is Burt's constraint in the network of "
        "cooperation and guidance; high means few contacts who also know each other. The top 10 % in Norway are "
        "listed.",
    ),
    "report.m_layers": (
        "Datalagene og filnavnene deres: {names}.",
        "Datalaga og filnamna deira: {names}.",
        "The data layers and their file names: {names}.",
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
