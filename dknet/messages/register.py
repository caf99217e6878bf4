"""Texts of the county's register workbook (``dknet register``): its instructions, the command's help, errors."""

from __future__ import annotations

from dknet.messages.help import _cmd

_BACK = (
    "Slik sender du den tilbake:\n"
    "1. Lagre som .xlsx (ikke .xls eller .csv). Behold arkene og overskriftene som de er; arknavnene er navnene på "
    "lagene.\n"
    "2. Sjekk den: dknet validate {file}. Hver feil nevner arket, raden slik Excel viser den, kolonnen og hva som "
    "var ventet.\n"
    "3. Bruk den: dknet plans {scope} --data {file} (eller report, scorecard, gaps … med --data {file}).\n"
    "4. Neste år: lag en ny arbeidsbok med det dere vet nå: dknet register {scope} --data {file} "
    "-o ny.xlsx.",
    "Slik sender du ho tilbake:\n"
    "1. Lagre som .xlsx (ikkje .xls eller .csv). Behald arka og overskriftene som dei er; arknamna er namna på "
    "laga.\n"
    "2. Sjekk ho: dknet validate {file}. Kvar feil nemner arket, rada slik Excel viser ho, kolonnen og kva som "
    "var venta.\n"
    "3. Bruk ho: dknet plans {scope} --data {file} (eller report, scorecard, gaps … med --data {file}).\n"
    "4. Neste år: lag ei ny arbeidsbok med det de veit no: dknet register {scope} --data {file} "
    "-o ny.xlsx.",
    "How to send it back:\n"
    "1. Save as .xlsx (not .xls or .csv). Keep the sheets and headers as they are; the sheet names are the layer "
    "names.\n"
    "2. Check it: dknet validate {file}. Every error names the sheet, the row as Excel shows it, the column and "
    "what was expected.\n"
    "3. Use it: dknet plans {scope} --data {file} (or report, scorecard, gaps … with --data {file}).\n"
    "4. Next year: make a new workbook with what you know by then: dknet register {scope} --data {file} "
    "-o new.xlsx.",
)

REGISTER: dict[str, tuple[str, str, str]] = {
    "register.title": ("Fylkets register: {scope}", "Fylket sitt register: {scope}", "The county's register: {scope}"),
    "register.made": (
        "Laget {date} av dknet register, fra {data}.",
        "Laga {date} av dknet register, frå {data}.",
        "Made {date} by dknet register, from {data}.",
    ),
    "register.data.real": (
        "offentlige data og kuraterte (siterte) poster",
        "offentlege data og kuraterte (siterte) postar",
        "public data and curated (cited) records",
    ),
    "register.data.user": (
        "{data} og registrene i {user}",
        "{data} og registera i {user}",
        "{data} and the registers in {user}",
    ),
    "register.data.demo": (
        "DEMONSTRASJONSSETTET: genererte poster (source=illustrative) er med; ikke bruk dem i saksbehandling",
        "DEMONSTRASJONSSETTET: genererte postar (source=illustrative) er med; ikkje bruk dei i sakshandsaming",
        "THE DEMONSTRATION SET: generated records (source=illustrative) are included; do not use them in casework",
    ),
    "register.intro": (
        "Hvert ark har en rad for hver kommune, fylt ut med alt dknet vet, og kilden (source, source_url). Tomme "
        "celler er ukjent: fyll inn det dere vet, og la resten stå tomt.\n"
        "Grå celler er forhåndsutfylt (hvilken kommune, plantype og periode raden gjelder). En rad med bare grå "
        "celler er ingen opplysning og leses ikke inn; så snart dere fyller inn én celle til, blir den en post.\n"
        "Når dere legger inn eller endrer en opplysning: skriv kilden i source (f.eks. «Trøndelag fylkeskommune, sak "
        "24/1234») og gjerne lenken i source_url. Står source tom, leses posten som deres egen (user).\n"
        "Flere rader: kopier en rad og gi den en ny ID. Slett ikke rader dere ikke vet noe om; la dem stå.",
        "Kvart ark har ei rad for kvar kommune, fylt ut med alt dknet veit, og kjelda (source, source_url). Tomme "
        "celler er ukjende: fyll inn det de veit, og la resten stå tomt.\n"
        "Grå celler er førehandsutfylte (kva kommune, plantype og periode rada gjeld). Ei rad med berre grå "
        "celler er inga opplysning og blir ikkje lesen inn; så snart de fyller inn éi celle til, blir ho ein post.\n"
        "Når de legg inn eller endrar ei opplysning: skriv kjelda i source (t.d. «Trøndelag fylkeskommune, sak "
        "24/1234») og gjerne lenkja i source_url. Står source tom, blir posten lesen som dykkar eigen (user).\n"
        "Fleire rader: kopier ei rad og gi ho ein ny ID. Slett ikkje rader de ikkje veit noko om; la dei stå.",
        "Every sheet has a row for every municipality, filled with all dknet knows, and its source (source, "
        "source_url). Empty cells are unknown: fill in what you know and leave the rest empty.\n"
        "Grey cells are pre-filled (which municipality, plan type and term the row is for). A row with only grey "
        "cells is no fact and is not read; as soon as you fill in one more cell it becomes a record.\n"
        "When you add or change a fact: write its source in source (e.g. “Trøndelag county council, case "
        "24/1234”) and if you can the link in source_url. With source empty the record is read as your own (user).\n"
        "More rows: copy a row and give it a new id. Do not delete rows you know nothing about; leave them.",
    ),
    "register.sheets": ("Arkene:", "Arka:", "The sheets:"),
    "register.sheet.planer": (
        "planstrategi, kommuneplanens samfunnsdel og arealdel per kommune: først denne perioden (ID …-2024-2027), "
        "så forrige (…-2020-2023), så eldre vedtak. Fyll inn vedtatt_dato (helst) eller vedtatt_aar; "
        "omfang=bestemmelser når bare bestemmelsene ble revidert. {known} kjente vedtak, {blank} rader å fylle ut.",
        "planstrategi, kommuneplanen sin samfunnsdel og arealdel per kommune: først denne perioden (ID …-2024-2027), "
        "så førre (…-2020-2023), så eldre vedtak. Fyll inn vedtatt_dato (helst) eller vedtatt_aar; "
        "omfang=bestemmelser når berre føresegnene vart reviderte. {known} kjende vedtak, {blank} rader å fylle ut.",
        "planstrategi, kommuneplan samfunnsdel and arealdel per municipality: this term first (id …-2024-2027), "
        "then the last (…-2020-2023), then older decisions. Fill in vedtatt_dato (best) or vedtatt_aar; "
        "omfang=bestemmelser when only the provisions were revised. {known} known decisions, {blank} rows to fill.",
    ),
    "register.sheet.veiledning": (
        "veiledningsloggen: én rad per kontakt (år, form, tema, saksnummer). Hver kommune har én klar rad for "
        "neste kontakt, med ID og avsender (FK/SF) fylt ut: en logg vokser, så kopier raden og øk tallet i ID-en "
        "for flere kontakter (…-2, …-3). aar og form må fylles ut. {known} kjente kontakter, {blank} klare rader.",
        "rettleiingsloggen: éi rad per kontakt (år, form, tema, saksnummer). Kvar kommune har éi klar rad for "
        "neste kontakt, med ID og avsendar (FK/SF) fylt ut: ein logg veks, så kopier rada og auk talet i ID-en "
        "for fleire kontaktar (…-2, …-3). aar og form må fyllast ut. {known} kjende kontaktar, {blank} klare rader.",
        "the guidance log: one row per contact (year, form, topic, case number). Each municipality has one ready "
        "row for its next contact, id and sender (FK/SF) filled in: a log grows, so copy the row and raise the "
        "number in the id for more contacts (…-2, …-3). aar and form are required. {known} known contacts, "
        "{blank} ready rows.",
    ),
    "register.sheet.plankontor": (
        "plankontor og plansamarbeid med minst én kommune herfra: fra_aar, til_aar (tom = løper fortsatt), "
        "sist_bekreftet (året en kilde sist bekreftet at det løper), status. Nye samarbeid: legg til en rad "
        "med ny plankontor_id. {known} kjente.",
        "plankontor og plansamarbeid med minst éin kommune herifrå: fra_aar, til_aar (tom = går framleis), "
        "sist_bekreftet (året ei kjelde sist stadfesta at det går), status. Nye samarbeid: legg til ei rad "
        "med ny plankontor_id. {known} kjende.",
        "plan offices and cooperations with at least one municipality from here: fra_aar, til_aar (empty = still "
        "running), sist_bekreftet (the year a source last confirmed it runs), status. New cooperations: add a row "
        "with a new plankontor_id. {known} known.",
    ),
    "register.sheet.plankontor_medlemmer": (
        "medlemmene: kommune, plankontor_id og rolle (vert/deltaker). En kommune uten kjent samarbeid har én grå "
        "rad; fyll inn plankontor_id og rolle når den er med i ett. {known} kjente, {blank} uten.",
        "medlemene: kommune, plankontor_id og rolle (vert/deltaker). Ein kommune utan kjent samarbeid har éi grå "
        "rad; fyll inn plankontor_id og rolle når han er med i eitt. {known} kjende, {blank} utan.",
        "the members: municipality, plankontor_id and role (vert/deltaker). A municipality without a known "
        "cooperation has one grey row; fill in plankontor_id and rolle when it is in one. {known} known, {blank} "
        "without.",
    ),
    "register.sheet.arenaer": (
        "regionråd, planforum, nettverk og prosjekter kommunene møtes i (fra_aar, til_aar, status, kilde). "
        "{known} kjente.",
        "regionråd, planforum, nettverk og prosjekt kommunane møtest i (fra_aar, til_aar, status, kjelde). "
        "{known} kjende.",
        "regional councils, planning forums, networks and projects the municipalities meet in (fra_aar, til_aar, "
        "status, source). {known} known.",
    ),
    "register.sheet.arena_medlemmer": (
        "hvilke kommuner som er med i hvilken arena. En kommune uten kjent arena har én grå rad. {known} kjente, "
        "{blank} uten.",
        "kva kommunar som er med i kva arena. Ein kommune utan kjend arena har éi grå rad. {known} kjende, "
        "{blank} utan.",
        "which municipalities are in which arena. A municipality without a known arena has one grey row. "
        "{known} known, {blank} without.",
    ),
    "register.sheet.plankapasitet": (
        "plankapasitet per kommune: årsverk til samfunns- og arealplanlegging, om kommunen bruker konsulenter, "
        "og året tallene gjelder. {known} kjente, {blank} å fylle ut.",
        "plankapasitet per kommune: årsverk til samfunns- og arealplanlegging, om kommunen brukar konsulentar, "
        "og året tala gjeld. {known} kjende, {blank} å fylle ut.",
        "planning capacity per municipality: full-time equivalents for community and land-use planning, whether "
        "the municipality uses consultants, and the year of the figures. {known} known, {blank} to fill in.",
    ),
    "register.values": (
        "Tillatte verdier (nedtrekkslistene viser dem; arket om_kolonnene forklarer hver kolonne):\n"
        "- kommunenummer: kommunenavnet fra listen eller fire sifre (5026).\n"
        "- plantype: planstrategi, samfunnsdel, arealdel, kommunedelplan, interkommunal_plan. omfang: hel, "
        "bestemmelser.\n"
        "- fra_type: FK (fylkeskommunen) eller SF (statsforvalteren); fra_id: fylkesnummer (50) eller embete-ID.\n"
        "- form (veiledning): planforum, møte, kurs, veiledningsteam, samling, annet.\n"
        "- form (plankontor): vertskommune, virtuelt, prosjekt, iks, oppgavefellesskap, samkommune, annet. "
        "status: aktiv, avsluttet, ukjent. rolle: vert, deltaker.\n"
        "- datoer: 2024-10-03 eller 03.10.2024; år: fire sifre; ja/nei-kolonner: ja eller nei.",
        "Tillatne verdiar (nedtrekkslistene viser dei; arket om_kolonnene forklarer kvar kolonne):\n"
        "- kommunenummer: kommunenamnet frå lista eller fire siffer (5026).\n"
        "- plantype: planstrategi, samfunnsdel, arealdel, kommunedelplan, interkommunal_plan. omfang: hel, "
        "bestemmelser.\n"
        "- fra_type: FK (fylkeskommunen) eller SF (statsforvaltaren); fra_id: fylkesnummer (50) eller embete-ID.\n"
        "- form (veiledning): planforum, møte, kurs, veiledningsteam, samling, annet.\n"
        "- form (plankontor): vertskommune, virtuelt, prosjekt, iks, oppgavefellesskap, samkommune, annet. "
        "status: aktiv, avsluttet, ukjent. rolle: vert, deltaker.\n"
        "- datoar: 2024-10-03 eller 03.10.2024; år: fire siffer; ja/nei-kolonnar: ja eller nei.",
        "Allowed values (the drop-down lists show them; the sheet om_kolonnene explains every column):\n"
        "- kommunenummer: the municipality's name from the list, or four digits (5026).\n"
        "- plantype: planstrategi, samfunnsdel, arealdel, kommunedelplan, interkommunal_plan. omfang: hel, "
        "bestemmelser.\n"
        "- fra_type: FK (county council) or SF (state administrator); fra_id: county number (50) or office id.\n"
        "- form (veiledning): planforum, møte, kurs, veiledningsteam, samling, annet.\n"
        "- form (plankontor): vertskommune, virtuelt, prosjekt, iks, oppgavefellesskap, samkommune, annet. "
        "status: aktiv, avsluttet, ukjent. rolle: vert, deltaker.\n"
        "- dates: 2024-10-03 or 03.10.2024; years: four digits; yes/no columns: ja or nei.",
    ),
    "register.back": _BACK,
    "register.wrote": (
        "{sheets}: {known} kjente poster og {blank} rader å fylle ut for {n} kommuner ({scope}).",
        "{sheets}: {known} kjende postar og {blank} rader å fylle ut for {n} kommunar ({scope}).",
        "{sheets}: {known} known records and {blank} rows to fill in for {n} municipalities ({scope}).",
    ),
    "register.scope": (
        "velg enten --county eller --sf",
        "vel anten --county eller --sf",
        "choose either --county or --sf",
    ),
    "register.output": (
        "oppgi filen arbeidsboken skal skrives til: -o FIL.xlsx",
        "oppgi fila arbeidsboka skal skrivast til: -o FIL.xlsx",
        "give the file to write the workbook to: -o FILE.xlsx",
    ),
    "register.suffix": (
        "{path}: arbeidsboken må ha endelsen .xlsx",
        "{path}: arbeidsboka må ha endinga .xlsx",
        "{path}: the workbook's name must end in .xlsx",
    ),
    "register.not_a_date": (
        "Skriv en dato: 2024-10-03 eller 03.10.2024.",
        "Skriv ein dato: 2024-10-03 eller 03.10.2024.",
        "Write a date: 2024-10-03 or 03.10.2024.",
    ),
    "register.not_a_year": (
        "Skriv et årstall med fire sifre (1950–2100).",
        "Skriv eit årstal med fire siffer (1950–2100).",
        "Write a year of four digits (1950–2100).",
    ),
    "register.bad_scope": ("{option} {value}: {reason}", "{option} {value}: {reason}", "{option} {value}: {reason}"),
    "expect.directory_or_workbook": (
        "en mappe med datafiler eller én arbeidsbok (.xlsx)",
        "ei mappe med datafiler eller éi arbeidsbok (.xlsx)",
        "a directory of data files or one workbook (.xlsx)",
    ),
    # --- help ------------------------------------------------------------------------------------------
    "help.register": _cmd(
        "Skriv fylkets register som én Excel-arbeidsbok, forhåndsutfylt med alt dknet vet.\n\n"
        "Ark: veiledning (på --lang); planstrategi og kommuneplan (samfunnsdel, arealdel) per kommune for denne "
        "og forrige periode; veiledningsloggen; plankontor og arenaer med medlemmer; plankapasitet. Hver kommune "
        "har en rad på hvert ark, med kilden til alt som er kjent; ukjent er tomt, med nedtrekkslister for de "
        "tillatte verdiene. Den utfylte arbeidsboken leses inn igjen med dknet validate FIL.xlsx og --data FIL.xlsx. "
        "En fil som finnes, skrives ikke over uten --force.",
        "Skriv registeret til fylket som éi Excel-arbeidsbok, førehandsutfylt med alt dknet veit.\n\n"
        "Ark: rettleiing (på --lang); planstrategi og kommuneplan (samfunnsdel, arealdel) per kommune for denne "
        "og førre perioden; rettleiingsloggen; plankontor og arenaer med medlemer; plankapasitet. Kvar kommune "
        "har ei rad på kvart ark, med kjelda til alt som er kjent; ukjent er tomt, med nedtrekkslister for dei "
        "tillatne verdiane. Den utfylte arbeidsboka blir lesen inn att med dknet validate FIL.xlsx og --data "
        "FIL.xlsx. Ei fil som finst, blir ikkje skriven over utan --force.",
        "Write the county's register as one Excel workbook, pre-filled with everything dknet knows.\n\n"
        "Sheets: instructions (in --lang); planstrategi and kommuneplan (samfunnsdel, arealdel) per municipality "
        "for this term and the last; the guidance log; plan offices and arenas with their members; planning "
        "capacity. Every municipality has a row on every sheet, with the source of everything known; unknown is "
        "empty, with drop-down lists of the allowed values. The filled workbook goes back in with dknet validate "
        "FILE.xlsx and --data FILE.xlsx. An existing file is not overwritten without --force.",
        "dknet register --county 50 -o trondelag.xlsx",
        "dknet validate trondelag.xlsx",
        "dknet plans --county 50 --data trondelag.xlsx",
        "dknet register --sf trondelag --data trondelag.xlsx -o trondelag-2026.xlsx",
    ),
    "help.register.short": (
        "Fylkets register som én forhåndsutfylt arbeidsbok.",
        "Registeret til fylket som éi førehandsutfylt arbeidsbok.",
        "The county's register as one pre-filled workbook.",
    ),
    "help.register.opt.county": (
        "Arbeidsboken for et fylke: nummer (50) eller navn (Trøndelag).",
        "Arbeidsboka for eit fylke: nummer (50) eller namn (Trøndelag).",
        "The workbook for a county: number (50) or name (Trøndelag).",
    ),
    "help.register.opt.sf": (
        "Arbeidsboken for et statsforvalterembete (ID, navn eller et fylke det betjener): alle kommunene i fylkene "
        "det betjener, med SF som avsender i veiledningsloggen.",
        "Arbeidsboka for eit statsforvaltarembete (ID, namn eller eit fylke det betener): alle kommunane i fylka "
        "det betener, med SF som avsendar i rettleiingsloggen.",
        "The workbook for a state administrator's office (id, name or a county it serves): every municipality of "
        "the counties it serves, with SF as the sender in the guidance log.",
    ),
    "help.register.opt.output": (
        "Arbeidsboken som skal skrives (.xlsx).",
        "Arbeidsboka som skal skrivast (.xlsx).",
        "The workbook to write (.xlsx).",
    ),
    "help.register.opt.force": (
        "Skriv over en fil som finnes (den kan være fylt ut).",
        "Skriv over ei fil som finst (ho kan vere fylt ut).",
        "Overwrite an existing file (it may have been filled in).",
    ),
}
