"""The ``--help`` of every command and option: key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; shown by :mod:`dknet.cli.helptext`, which explains
the keys: ``help.<command>`` (the long text; its ``.short`` is the line in ``dknet --help``),
``help.<command>.opt.<option>`` (an option of one command), ``help.opt.<option>`` (an option
shared by several commands), and click's headings, notes and placeholders (``help.section.*``,
``help.extra.*``, ``help.metavar.*``).

A long text is paragraphs separated by a blank line (click rewraps them); a paragraph after a
line holding only ``\\b`` is printed as it is (the examples, lists).
"""

from __future__ import annotations

_EXAMPLES = ("Eksempler:", "Døme:", "Examples:")


def _cmd(nb: str, nn: str, en: str, *examples: str) -> tuple[str, str, str]:
    """A command's long help in three languages with the examples (the same commands) below each."""
    block = "".join(f"\n  {e}" for e in examples)

    def add(text: str, heading: str) -> str:
        return f"{text}\n\n\b\n{heading}{block}" if examples else text

    return add(nb, _EXAMPLES[0]), add(nn, _EXAMPLES[1]), add(en, _EXAMPLES[2])


_PLAN_CONFIG = (
    "Datoene for valgperioden og reglene for når planer bør revideres (TOML-fil; se docs/plans.md). "
    "Standard: dknets egen plans.toml.",
    "Datoane for valperioden og reglane for når planar bør reviderast (TOML-fil; sjå docs/plans.md). "
    "Standard: plans.toml i dknet.",
    "Term dates and revision rules (TOML file; see docs/plans.md). Default: dknet's own plans.toml.",
)

HELP: dict[str, tuple[str, str, str]] = {
    # --- click's own words: headings, notes, placeholders ----------------------------------------
    "help.section.usage": ("Bruk: ", "Bruk: ", "Usage: "),
    "help.section.options": ("Valg", "Val", "Options"),
    "help.section.commands": ("Kommandoer", "Kommandoar", "Commands"),
    "help.extra.default": ("standard: {default}", "standard: {default}", "default: {default}"),
    "help.extra.envvar": ("miljøvariabel: {var}", "miljøvariabel: {var}", "env var: {var}"),
    "help.extra.required": ("påkrevd", "påkravd", "required"),
    "help.metavar.OPTIONS": ("[VALG]", "[VAL]", "[OPTIONS]"),
    "help.metavar.COMMAND": ("KOMMANDO [ARGUMENTER]...", "KOMMANDO [ARGUMENT]...", "COMMAND [ARGS]..."),
    "help.metavar.TEXT": ("TEKST", "TEKST", "TEXT"),
    "help.metavar.INTEGER": ("HELTALL", "HEILTAL", "INTEGER"),
    "help.metavar.INTEGER_RANGE": ("HELTALL", "HEILTAL", "INTEGER"),
    "help.metavar.FLOAT": ("TALL", "TAL", "NUMBER"),
    "help.metavar.FLOAT_RANGE": ("TALL", "TAL", "NUMBER"),
    "help.metavar.DATETIME": ("DATO", "DATO", "DATE"),
    "help.metavar.FILE": ("FIL", "FIL", "FILE"),
    "help.metavar.PATH": ("STI", "STI", "PATH"),
    "help.metavar.DIRECTORY": ("MAPPE|FIL.xlsx", "MAPPE|FIL.xlsx", "DIRECTORY|FILE.xlsx"),
    "help.metavar.OUT_DIR": ("MAPPE", "MAPPE", "DIRECTORY"),
    "help.metavar.NAME": ("NAVN", "NAMN", "NAME"),
    "help.metavar.NAME=W": ("NAVN=VEKT", "NAMN=VEKT", "NAME=W"),
    "help.metavar.KEY=VALUE": ("NAVN=VERDI", "NAMN=VERDI", "KEY=VALUE"),
    "help.epilog": (
        "Returkoder: 0 ok, 1 feil, 2 feil bruk av kommandoen, 3 ugyldige data (ingenting ble bygd eller "
        "skrevet), 4 databasen (Neo4j) svarer ikke. Fagord forklart med vanlige ord: dknet glossary (ordliste).",
        "Returkodar: 0 ok, 1 feil, 2 feil bruk av kommandoen, 3 ugyldige data (ingenting vart bygd eller "
        "skrive), 4 databasen (Neo4j) svarar ikkje. Fagord forklarte med vanlege ord: dknet glossary (ordliste).",
        "Exit codes: 0 ok, 1 error, 2 usage, 3 invalid data (nothing was built or written), 4 database (Neo4j) "
        "unreachable. Terms in plain words: dknet glossary.",
    ),
    # --- options shared by several commands ------------------------------------------------------
    "help.opt.help": ("Vis denne hjelpen og avslutt.", "Vis denne hjelpa og avslutt.", "Show this message and exit."),
    "help.opt.version": ("Vis versjonen og avslutt.", "Vis versjonen og avslutt.", "Show the version and exit."),
    "help.opt.lang": (
        "Språket i hjelpen, overskriftene, kolonnenavnene, merknadene og tallene: nb (bokmål, standard), "
        "nn (nynorsk), en (engelsk). Sett DKNET_LANG=nn (eller nb, en) én gang, så slipper du --lang hver gang.",
        "Språket i hjelpa, overskriftene, kolonnenamna, merknadene og tala: nb (bokmål, standard), "
        "nn (nynorsk), en (engelsk). Set DKNET_LANG=nn (eller nb, en) éin gong, så slepp du --lang kvar gong.",
        "The language of help, headings, column names, notes and numbers: nb (bokmål, default), nn (nynorsk), "
        "en (English). Set DKNET_LANG=nn (or nb, en) once instead of giving --lang every time.",
    ),
    "help.opt.format": (
        "table: tabell til å lese; xlsx: Excel-fil (krever -o FIL.xlsx); csv: for Excel eller programmer; "
        "json: for programmer.",
        "table: tabell til å lese; xlsx: Excel-fil (krev -o FIL.xlsx); csv: for Excel eller program; "
        "json: for program.",
        "table for people, xlsx for Excel (needs -o FILE.xlsx), csv for Excel or programs, json for programs.",
    ),
    "help.opt.csv-dialect": (
        "excel-no: semikolon mellom cellene, desimalkomma, norske kolonnenavn og UTF-8 med BOM, så æøå kommer "
        "riktig fram (åpnes rett i norsk Excel); standard: komma, desimalpunktum og maskinnavn på kolonnene. "
        "Standard: excel-no for nb og nn, standard for en.",
        "excel-no: semikolon mellom cellene, desimalkomma, norske kolonnenamn og UTF-8 med BOM, så æøå kjem "
        "rett fram (blir opna rett i norsk Excel); standard: komma, desimalpunktum og maskinnamn på kolonnane. "
        "Standard: excel-no for nb og nn, standard for en.",
        "excel-no: ; between cells, decimal comma, Norwegian column names and UTF-8 with a byte-order mark, so "
        "æøå survive (for Norwegian Excel); standard: comma, decimal point, machine column names. Default: "
        "excel-no for nb and nn, standard for en.",
    ),
    "help.opt.output": (
        "Skriv resultatet til FIL i stedet for til skjermen (standard ut); - betyr skjermen. Filen blir skrevet "
        "helt eller ikke i det hele tatt.",
        "Skriv resultatet til FIL i staden for til skjermen (standard ut); - tyder skjermen. Fila blir skriven "
        "heil eller ikkje i det heile.",
        "Write the result to FILE (atomically: all or nothing) instead of standard output; - is standard output.",
    ),
    "help.opt.data": (
        "Egne registre (CSV/XLSX med navn etter lagene, eller én arbeidsbok fra dknet register) som leses oppå "
        "de medfølgende dataene. Sjekk dem først med dknet validate MAPPE.",
        "Eigne register (CSV/XLSX med namn etter laga, eller éi arbeidsbok frå dknet register) som blir lesne "
        "oppå dei medfølgjande dataa. Sjekk dei først med dknet validate MAPPE.",
        "Your own registers (CSV/XLSX named after the layers, or one workbook from dknet register), read on top "
        "of the bundled data. Check them first with dknet validate DIRECTORY.",
    ),
    "help.opt.data-mode": (
        "overlay: radene dine oppdaterer eller legges til de medfølgende; replace: lagene dine erstatter de "
        "medfølgende lagene.",
        "overlay: radene dine oppdaterer eller blir lagde til dei medfølgjande; replace: laga dine erstattar dei "
        "medfølgjande laga.",
        "overlay: your rows update or add to the bundled ones; replace: your layers replace the bundled layers.",
    ),
    "help.opt.no-cache": (
        "Bygg grafen på nytt fra filene i stedet for å bruke mellomlageret.",
        "Bygg grafen på nytt frå filene i staden for å bruke mellomlageret.",
        "Rebuild the graph from the files instead of the cache.",
    ),
    "help.opt.config": (
        "Egen profilkonfigurasjon: indikatorer og vekter (TOML-fil; se docs/partners.md). Standard: dknets egen "
        "profile.toml.",
        "Eigen profilkonfigurasjon: indikatorar og vekter (TOML-fil; sjå docs/partners.md). Standard: "
        "profile.toml i dknet.",
        "A profile configuration: indicators and weights (TOML file; see docs/partners.md). Default: dknet's own "
        "profile.toml.",
    ),
    "help.opt.weight": (
        "Endre vekten på én indikator, f.eks. --weight alder_arealdel=0 for å se bort fra den (kan gjentas).",
        "Endre vekta på éin indikator, t.d. --weight alder_arealdel=0 for å sjå bort frå han (kan gjentakast).",
        "Override one indicator weight, e.g. --weight alder_arealdel=0 to leave it out (repeatable).",
    ),
    "help.data.templates.opt.force": (
        "Skriv over filer med samme navn i mappen (de kan være utfylte registre).",
        "Skriv over filer med same namn i mappa (dei kan vere utfylte register).",
        "Overwrite files of the same name in the folder (they may be filled-in registers).",
    ),
    "help.opt.seed": (
        "Startverdi for tilfeldighetene i gruppeinndelingen (Louvain-metoden); samme verdi gir samme resultat.",
        "Startverdi for tilfeldigheitene i gruppeinndelinga (Louvain-metoden); same verdi gjev same resultat.",
        "Random seed of the grouping method (Louvain); the same seed gives the same result.",
    ),
    "help.opt.county": (
        "Bare dette fylket: nummer (50) eller navn (Trøndelag).",
        "Berre dette fylket: nummer (50) eller namn (Trøndelag).",
        "Only this county: number (50) or name (Trøndelag).",
    ),
    "help.opt.sf": (
        "Bare kommunene dette statsforvalterembetet (SF) følger opp: id eller navn (trondelag, "
        "«Statsforvalteren i Nordland»).",
        "Berre kommunane dette statsforvaltarembetet (SF) følgjer opp: id eller namn (trondelag, "
        "«Statsforvalteren i Nordland»).",
        "Only the municipalities this state administrator office (SF) follows up: id or name (trondelag, "
        "'Statsforvalteren i Nordland').",
    ),
    "help.opt.as-of": (
        "Statusdag (ÅÅÅÅ-MM-DD). Standard: as_of i plans.toml, ellers i dag.",
        "Statusdag (ÅÅÅÅ-MM-DD). Standard: as_of i plans.toml, elles i dag.",
        "Status day (YYYY-MM-DD). Default: as_of in plans.toml, else today.",
    ),
    "help.opt.uri": (
        "Neo4j-tjeneren: bolt://vert:7687 (én tjener), neo4j://… (klynge), neo4j+s://xxxx.databases.neo4j.io (Aura).",
        "Neo4j-tenaren: bolt://vert:7687 (éin tenar), neo4j://… (klynge), neo4j+s://xxxx.databases.neo4j.io (Aura).",
        "The server: bolt://host:7687 (one server), neo4j://… (cluster), neo4j+s://xxxx.databases.neo4j.io (Aura).",
    ),
    "help.opt.user": ("Brukernavnet i Neo4j.", "Brukarnamnet i Neo4j.", "The Neo4j user name."),
    "help.opt.database": (
        "Databasen (standard: tjenerens standarddatabase, neo4j). Passordet kommer fra NEO4J_PASSWORD, eller "
        "dknet spør om det (skjult).",
        "Databasen (standard: standarddatabasen til tenaren, neo4j). Passordet kjem frå NEO4J_PASSWORD, eller "
        "dknet spør om det (skjult).",
        "The database (default: the server's default, neo4j). The password comes from NEO4J_PASSWORD or a "
        "(hidden) prompt.",
    ),
    # --- dknet ----------------------------------------------------------------------------------
    "help.dknet": (
        "dknet: plannettverk for små kommuner.\n\n"
        "Bygger en kunnskapsgraf over de 357 kommunene (inndelingen fra 2024), fylkeskommunene (FK), "
        "statsforvalterne (SF), planer, plankontorer, regionale planer, arenaer og veiledningskontakter – fra "
        "offentlige data (SSB, Kartverket, KDD, Statens vegvesen), kildebelagte poster og dine egne registre. "
        "Det som ikke er kjent, står som «ukjent». Med --demo kommer genererte demonstrasjonsposter i tillegg, "
        "merket DEMO.\n\n"
        "\b\n"
        "Start her:\n"
        "  dknet info                         hva grafen inneholder, og kildene\n"
        "  dknet show holtålen                én kommune: profil og relasjoner\n"
        "  dknet partners holtålen --explain  hvem Holtålen kan samarbeide med, og hvorfor\n"
        "  dknet communities --county 50      grupper av like nabokommuner\n"
        "  dknet gaps --county Trøndelag      der veiledningen ikke dekker behovet\n"
        "  dknet plans --county Trøndelag     planstrategi og planenes alder\n"
        "  dknet report --county 50 -o r.html rapport til møtet (én HTML-fil)\n"
        "  dknet map -o norge.html            kart som virker uten nett\n"
        "  dknet validate mine-registre/      sjekk egne CSV/XLSX-filer\n"
        "  dknet data templates maler/        tomme maler å fylle ut\n"
        "  dknet glossary                     ordliste: NMI, HHI, Gower … forklart\n\n"
        "En kommune kan oppgis med nummer (5026) eller navn, med store eller små bokstaver, med eller uten æøå "
        "(holtalen, holtaalen), eller med samisk eller kvensk navn (Guovdageaidnu). Språk: --lang nb|nn|en, "
        "eller miljøvariabelen DKNET_LANG.",
        "dknet: plannettverk for små kommunar.\n\n"
        "Byggjer ein kunnskapsgraf over dei 357 kommunane (inndelinga frå 2024), fylkeskommunane (FK), "
        "statsforvaltarane (SF), planar, plankontor, regionale planar, arenaer og rettleiingskontaktar – frå "
        "offentlege data (SSB, Kartverket, KDD, Statens vegvesen), kjeldebelagde postar og dine eigne register. "
        "Det som ikkje er kjent, står som «ukjent». Med --demo kjem genererte demonstrasjonspostar i tillegg, "
        "merkte DEMO.\n\n"
        "\b\n"
        "Start her:\n"
        "  dknet info                         kva grafen inneheld, og kjeldene\n"
        "  dknet show holtålen                éin kommune: profil og relasjonar\n"
        "  dknet partners holtålen --explain  kven Holtålen kan samarbeide med, og kvifor\n"
        "  dknet communities --county 50      grupper av like nabokommunar\n"
        "  dknet gaps --county Trøndelag      der rettleiinga ikkje dekkjer behovet\n"
        "  dknet plans --county Trøndelag     planstrategi og alderen på planane\n"
        "  dknet report --county 50 -o r.html rapport til møtet (éi HTML-fil)\n"
        "  dknet map -o noreg.html            kart som verkar utan nett\n"
        "  dknet validate mine-register/      sjekk eigne CSV/XLSX-filer\n"
        "  dknet data templates malar/        tomme malar å fylle ut\n"
        "  dknet glossary                     ordliste: NMI, HHI, Gower … forklarte\n\n"
        "Ein kommune kan givast med nummer (5026) eller namn, med store eller små bokstavar, med eller utan æøå "
        "(holtalen, holtaalen), eller med samisk eller kvensk namn (Guovdageaidnu). Språk: --lang nb|nn|en, "
        "eller miljøvariabelen DKNET_LANG.",
        "dknet: planning networks for small Norwegian municipalities.\n\n"
        "Builds a knowledge graph of the 357 municipalities (2024 division), county councils (FK), state "
        "administrators (SF), plans, plan offices, regional plans, arenas and guidance contacts, from public "
        "data (SSB, Kartverket, KDD, Norwegian Public Roads Administration), cited records and your own registers. "
        'What is not known reads "unknown". With --demo, generated demonstration records are added, marked DEMO.\n\n'
        "\b\n"
        "Start here:\n"
        "  dknet info                         what is in the graph, and its sources\n"
        "  dknet show holtålen                one municipality: profile and relations\n"
        "  dknet partners holtålen --explain  who Holtålen could work with, and why\n"
        "  dknet communities --county 50      groups of similar neighbours\n"
        "  dknet gaps --county Trøndelag      where guidance falls short of need\n"
        "  dknet plans --county Trøndelag     planning strategy and plan age\n"
        "  dknet report --county 50 -o r.html a report for the meeting (one HTML file)\n"
        "  dknet map -o norway.html           an offline, interactive map\n"
        "  dknet validate my-registers/       check your own CSV/XLSX files\n"
        "  dknet data templates templates/    blank templates to fill in\n"
        "  dknet glossary                     the terms (NMI, HHI, Gower …) in plain words\n\n"
        "A municipality can be given as a number (5026) or a name in any case, with or without Norwegian "
        "letters (holtalen, holtaalen) or by its Sami or Kven name (Guovdageaidnu). Language: --lang nb|nn|en, "
        "or the environment variable DKNET_LANG.",
    ),
    # --- info, show, validate, data -------------------------------------------------------------
    "help.info.short": (
        "Hva grafen inneholder, og datakildene bak den.",
        "Kva grafen inneheld, og datakjeldene bak han.",
        "What is in the graph, and the data sources behind it.",
    ),
    "help.info": _cmd(
        "Hva grafen inneholder: antall oppføringer (noder) og koblinger (relasjoner) per type, og datakildene bak dem.",
        "Kva grafen inneheld: talet på oppføringar (nodar) og koplingar (relasjonar) per type, og datakjeldene "
        "bak dei.",
        "What is in the graph: the number of entries (nodes) and links (relationships) per type, and the data "
        "sources behind them.",
        "dknet info",
        "dknet info --format json",
    ),
    "help.show.short": (
        "Én kommune: profil, relasjoner og sjekkliste.",
        "Éin kommune: profil, relasjonar og sjekkliste.",
        "One municipality: profile, relations and checklist.",
    ),
    "help.show": _cmd(
        "Én kommune: profilen (indikatorene), alle relasjonene i grafen og sjekklisten over anbefalingene.\n\n"
        "KOMMUNE er et nummer eller et navn: 5026, holtålen, holtaalen, Guovdageaidnu, «Herøy (Nordland)».",
        "Éin kommune: profilen (indikatorane), alle relasjonane i grafen og sjekklista over tilrådingane.\n\n"
        "KOMMUNE er eit nummer eller eit namn: 5026, holtålen, holtaalen, Guovdageaidnu, «Herøy (Nordland)».",
        "One municipality: its profile (indicators), every relation in the graph and the checklist of "
        "recommendations.\n\n"
        "KOMMUNE is a number or a name: 5026, holtålen, holtaalen, Guovdageaidnu, 'Herøy (Nordland)'.",
        "dknet show holtaalen",
        "dknet show 5026 --format json",
    ),
    "help.validate.short": (
        "Sjekk egne registre og få alle problemene på én gang.",
        "Sjekk eigne register og få alle problema på éin gong.",
        "Check your own registers, every problem at once.",
    ),
    "help.validate": _cmd(
        "Sjekk registrene dine i MAPPE (eller én arbeidsbok fra dknet register) og få alle problemene på én gang.\n\n"
        "Hvert problem nevner filen, raden slik Excel viser den (rad 1 er overskriftene), kolonnen, verdien, hva "
        "som var ventet og hvordan du retter det. Returkoden er 3 når det finnes feil; advarsler (f.eks. en fil "
        "i Windows-tegnsett som likevel ble lest riktig) gjør ikke at sjekken feiler.",
        "Sjekk registera dine i MAPPE (eller éi arbeidsbok frå dknet register) og få alle problema på éin gong.\n\n"
        "Kvart problem nemner fila, rada slik Excel viser ho (rad 1 er overskriftene), kolonnen, verdien, kva "
        "som var venta og korleis du rettar det. Returkoden er 3 når det finst feil; åtvaringar (t.d. ei fil "
        "i Windows-teiknsett som likevel vart lesen rett) gjer ikkje at sjekken feilar.",
        "Check your registers in DIRECTORY (or one workbook from dknet register) and list every problem at once.\n\n"
        "Each problem names the file, the row as Excel shows it (row 1 is the header), the column, the value, "
        "what was expected and how to fix it. Exits with 3 when there is any error; warnings (e.g. a Windows-1252 "
        "file that was read fine) do not fail the check.",
        "dknet validate registre/",
        "dknet validate registre/ --format csv > problemer.csv",
    ),
    "help.validate.opt.data-mode": (
        "Sjekk mappen slik den ville blitt lest med denne måten (overlay eller replace, som --data-mode ellers).",
        "Sjekk mappa slik ho ville vorte lesen på denne måten (overlay eller replace, som --data-mode elles).",
        "Check the directory as it would be loaded with this mode (overlay or replace, as --data-mode elsewhere).",
    ),
    "help.data.short": (
        "Medfølgende data: maler for egne registre.",
        "Medfølgjande data: malar for eigne register.",
        "Bundled data: templates for your own registers.",
    ),
    "help.data": (
        "Medfølgende data: maler for egne registre.",
        "Medfølgjande data: malar for eigne register.",
        "Bundled data: templates for your own registers.",
    ),
    "help.data.templates.short": (
        "Tomme maler (CSV og Excel) for egne registre.",
        "Tomme malar (CSV og Excel) for eigne register.",
        "Blank templates (CSV and Excel) for your own registers.",
    ),
    "help.data.templates": _cmd(
        "Skriv tomme maler (én CSV per lag og én Excel-arbeidsbok) og en oversikt over kolonnene til MAPPE.\n\n"
        "Arbeidsboken dknet-maler.xlsx har et ark med veiledning (på --lang), nedtrekkslister for kommuner, "
        "fylker, plantyper, statuser og veiledningsformer, og kodekolonner formatert som tekst. Fyll den ut i "
        "Excel eller LibreOffice, og kjør så: dknet validate MAPPE.",
        "Skriv tomme malar (éin CSV per lag og éi Excel-arbeidsbok) og ei oversikt over kolonnane til MAPPE.\n\n"
        "Arbeidsboka dknet-maler.xlsx har eit ark med rettleiing (på --lang), nedtrekkslister for kommunar, "
        "fylke, plantypar, statusar og rettleiingsformer, og kodekolonnar formaterte som tekst. Fyll ho ut i "
        "Excel eller LibreOffice, og køyr så: dknet validate MAPPE.",
        "Write blank templates (one CSV per layer, one Excel workbook) and a column reference to DIRECTORY.\n\n"
        "The workbook dknet-maler.xlsx has an instructions sheet (in --lang), drop-down lists for "
        "municipalities, counties, plan types, statuses and forms of guidance, and code columns formatted as "
        "text. Fill it in with Excel or LibreOffice, then run: dknet validate DIRECTORY.",
        "dknet data templates maler/",
        "dknet validate maler/",
    ),
    "help.glossary.short": (
        "Ordliste: fagord og forkortelser forklart på én linje.",
        "Ordliste: fagord og forkortingar forklarte på éi linje.",
        "Glossary: terms and abbreviations in one line each.",
    ),
    "help.glossary": _cmd(
        "Ordliste: fagord og forkortelser (modularitet, NMI, ARI, HHI, Gower, BA-region …) med et vanlig navn og "
        "en forklaring på én linje.",
        "Ordliste: fagord og forkortingar (modularitet, NMI, ARI, HHI, Gower, BA-region …) med eit vanleg namn "
        "og ei forklaring på éi linje.",
        "Glossary: the terms and abbreviations of dknet's output (modularity, NMI, ARI, HHI, Gower, BA region …) "
        "with a plain name and a one-line explanation.",
        "dknet glossary",
        "dknet glossary --lang nn",
        "dknet glossary --format xlsx -o ordliste.xlsx",
    ),
    # --- partners, communities, plan-offices, gaps ------------------------------------------------
    "help.partners.short": (
        "Forslag til samarbeidspartnere i planleggingen, med begrunnelse.",
        "Forslag til samarbeidspartnarar i planlegginga, med grunngjeving.",
        "Suggested planning partners, ranked, with reasons.",
    ),
    "help.partners": _cmd(
        "Foreslå samarbeidspartnere i planleggingen for KOMMUNE, rangert og begrunnet.\n\n"
        "To formål. --purpose office (standard): hvem kan dele plankontor eller samarbeide til daglig – naboer "
        "over land og sjø og kommuner innen 75 km, vurdert etter hvor like utfordringene er (likhet), hvor lett "
        "samarbeidet er i praksis (gjennomførbarhet: felles grense, avstand, samme bo- og "
        "arbeidsmarkedsregion (BA-region), fylke og statsforvalter) og sammenhengen ellers (regionale planer, "
        "felles naboer, tidligere samarbeid). --purpose network: kommuner med like utfordringer hvor som helst "
        "i landet, rangert mest etter likhet; avstanden vises.\n\n"
        "Kommuner som allerede er i et løpende interkommunalt samarbeid med KOMMUNE (en kildebelagt post uten "
        "sluttår), utelates og listes under tabellen; --include-existing viser dem. Genererte (illustrative) "
        "poster teller aldri som samarbeid. Begrunnelsene "
        "nevner bare det som skiller paret fra et vanlig par, og er merket «(illustrativt)» når de bygger på "
        "genererte verdier.",
        "Føreslå samarbeidspartnarar i planlegginga for KOMMUNE, rangerte og grunngjevne.\n\n"
        "To føremål. --purpose office (standard): kven kan dele plankontor eller samarbeide til dagleg – naboar "
        "over land og sjø og kommunar innan 75 km, vurderte etter kor like utfordringane er (likskap), kor lett "
        "samarbeidet er i praksis (gjennomførbarheit: felles grense, avstand, same bu- og "
        "arbeidsmarknadsregion (BA-region), fylke og statsforvaltar) og samanhengen elles (regionale planar, "
        "felles naboar, tidlegare samarbeid). --purpose network: kommunar med like utfordringar kvar som helst "
        "i landet, rangerte mest etter likskap; avstanden blir vist.\n\n"
        "Kommunar som alt er i eit løpande interkommunalt samarbeid med KOMMUNE (ein kjeldebelagd post utan "
        "sluttår), blir utelatne og lista under tabellen; --include-existing viser dei. Genererte (illustrative) "
        "postar tel aldri som samarbeid. "
        "Grunngjevingane nemner berre det som skil paret frå eit vanleg par, og er merkte «(illustrativt)» når "
        "dei byggjer på genererte verdiar.",
        "Suggest planning partners for KOMMUNE, ranked, with reasons.\n\n"
        "Two purposes. --purpose office (default): who can share a plan office or work together day to day: "
        "land and sea neighbours and municipalities within 75 km, scored by how similar their challenges are "
        "(similarity), how easily they can work together (feasibility: border, distance, the same commuting "
        "region (BA region), county and state administrator) and context (regional plans, common neighbours, "
        "earlier cooperation). --purpose network: peers with similar challenges anywhere in Norway, ranked "
        "mostly by similarity; the distance is shown.\n\n"
        "Municipalities already in a running inter-municipal cooperation with KOMMUNE (a cited record without "
        "an end year) are left out and listed below the table; --include-existing shows them. Generated "
        "(illustrative) records never count as cooperation. Reasons "
        "name only what sets the pair apart from a typical pair and say '(illustrative)' where they rest on "
        "generated values.",
        "dknet partners holtålen --explain",
        "dknet partners træna --purpose network --top 5 --explain",
        "dknet partners 5026 --within county --top 5 --format json",
        "dknet partners --all --format csv > partnere.csv",
    ),
    "help.partners.opt.purpose": (
        "office: partnere til et felles plankontor eller daglig samarbeid (naboer over land og sjø og kommuner "
        "innen 75 km); network: kommuner med like utfordringer hvor som helst i landet.",
        "office: partnarar til eit felles plankontor eller dagleg samarbeid (naboar over land og sjø og "
        "kommunar innan 75 km); network: kommunar med like utfordringar kvar som helst i landet.",
        "office: partners for a shared plan office or daily cooperation (land and sea neighbours and "
        "municipalities within 75 km); network: peers with similar challenges anywhere in Norway.",
    ),
    "help.partners.opt.top": ("Hvor mange forslag.", "Kor mange forslag.", "How many suggestions."),
    "help.partners.opt.within": (
        "Bare kandidater som er naboer over land eller sjø (neighbours) eller bare over land (land-neighbours), "
        "er i samme bo- og arbeidsmarkedsregion (ba-region), samme fylke (county), hos samme statsforvalter (sf) "
        "eller innen N km (km:N).",
        "Berre kandidatar som er naboar over land eller sjø (neighbours) eller berre over land "
        "(land-neighbours), er i same bu- og arbeidsmarknadsregion (ba-region), same fylke (county), hos same "
        "statsforvaltar (sf) eller innan N km (km:N).",
        "Only candidates that are land or sea neighbours (neighbours) or land only (land-neighbours), share the "
        "commuting region (ba-region), the county (county) or the state administrator office (sf), or lie within "
        "N km (km:N).",
    ),
    "help.partners.opt.include-existing": (
        "Ta også med kommuner dere allerede samarbeider med.",
        "Ta òg med kommunar de alt samarbeider med.",
        "Also list municipalities you already cooperate with.",
    ),
    "help.partners.opt.all": (
        "De beste partnerne for alle kommuner i én tabell (uten KOMMUNE).",
        "Dei beste partnarane for alle kommunar i éin tabell (utan KOMMUNE).",
        "Top partners for every municipality in one table (no KOMMUNE).",
    ),
    "help.partners.opt.explain": (
        "Vis begrunnelsene for hvert forslag.",
        "Vis grunngjevingane for kvart forslag.",
        "Print the reasons for each suggestion.",
    ),
    "help.communities.short": (
        "Grupper av like kommuner som kan samarbeide.",
        "Grupper av like kommunar som kan samarbeide.",
        "Groups of similar municipalities that can work together.",
    ),
    "help.communities": _cmd(
        "Grupper av kommuner med like utfordringer som kan samarbeide.\n\n"
        "Deler kommunene i grupper (Leiden-metoden, eller Louvain uten tillegget leiden) i et nettverk av par som "
        "kan samarbeide i praksis (naboer over land eller sjø, eller innen --max-km), vektet etter hvor like de "
        "er. Hver gruppe henger sammen geografisk. Metoden kjøres --runs ganger med ulike startverdier, og den "
        "inndelingen som stemmer best med de andre, vises; kolonnen stabilitet sier hvor ofte medlemmene havnet "
        "sammen, og kommuner som ligger mellom to grupper, nevnes. Kvaliteten vises som modularitet (hvor "
        "tydelig gruppene skiller seg fra hverandre) og samsvar med de faktiske bo- og arbeidsmarkedsregionene "
        "(BA-regioner) og fylkene (NMI og ARI: 0 = ikke, 1 = helt; se dknet glossary). Samme --seed gir samme "
        "grupper.",
        "Grupper av kommunar med like utfordringar som kan samarbeide.\n\n"
        "Deler kommunane i grupper (Leiden-metoden, eller Louvain utan tillegget leiden) i eit nettverk av par "
        "som kan samarbeide i praksis (naboar over land eller sjø, eller innan --max-km), vekta etter kor like "
        "dei er. Kvar gruppe heng saman geografisk. Metoden blir køyrd --runs gonger med ulike startverdiar, og "
        "den inndelinga som stemmer best med dei andre, blir vist; kolonnen stabilitet seier kor ofte medlemmane "
        "hamna saman, og kommunar som ligg mellom to grupper, blir nemnde. Kvaliteten blir vist som modularitet "
        "(kor tydeleg gruppene skil seg frå kvarandre) og samsvar med dei faktiske bu- og "
        "arbeidsmarknadsregionane (BA-regionar) og fylka (NMI og ARI: 0 = ikkje, 1 = heilt; sjå dknet "
        "glossary). Same --seed gjev same grupper.",
        "Groups of municipalities with similar challenges that can work together.\n\n"
        "Splits the municipalities into groups (the Leiden method, or Louvain without the leiden extra) in a "
        "network of pairs that can work together (land or sea neighbours, or within --max-km), weighted by how "
        "similar they are. Every group is connected on the map. The method runs --runs times with different "
        "seeds and the partition that agrees best with the others is shown; the stability column says how often "
        "the members ended up together, and municipalities between two groups are named. The quality is shown "
        "as modularity (how clearly the groups stand apart) and "
        "agreement with the real commuting regions (BA regions) and counties (NMI and ARI: 0 = not, 1 = fully; "
        "see dknet glossary). The same --seed gives the same groups.",
        "dknet communities --county Trøndelag",
        "dknet communities --resolution 1.5 --seed 7 --format json",
        "dknet communities --county 50 --members --format csv",
    ),
    "help.communities.opt.resolution": (
        "Hvor fint kommunene deles (oppløsning): høyere verdi gir flere og mindre grupper.",
        "Kor fint kommunane blir delte (oppløysing): høgare verdi gjev fleire og mindre grupper.",
        "How finely the municipalities are split (resolution): higher gives more, smaller groups.",
    ),
    "help.communities.opt.runs": (
        "Hvor mange kjøringer med ulike startverdier (--seed, --seed + 1, …) gruppene avgjøres over; 1 gir én "
        "enkelt kjøring.",
        "Kor mange køyringar med ulike startverdiar (--seed, --seed + 1, …) gruppene blir avgjorde over; 1 gjev "
        "éi enkelt køyring.",
        "How many runs with different seeds (--seed, --seed + 1, …) the groups are settled over; 1 gives a single run.",
    ),
    "help.communities.opt.min-size": (
        "Minste gruppe (antall kommuner).",
        "Minste gruppe (talet på kommunar).",
        "Smallest group (municipalities).",
    ),
    "help.communities.opt.max-size": (
        "Største gruppe (antall kommuner).",
        "Største gruppe (talet på kommunar).",
        "Largest group (municipalities).",
    ),
    "help.communities.opt.max-km": (
        "Kommuner som ikke er naboer over land eller sjø, kobles når sentrene ligger innen så mange km "
        "(standard: 75 km, som for plankontor).",
        "Kommunar som ikkje er naboar over land eller sjø, blir kopla når sentra ligg innan så mange km "
        "(standard: 75 km, som for plankontor).",
        "Municipalities that are not land or sea neighbours are linked when their centres lie within this many "
        "km (default: 75 km, as for plan offices).",
    ),
    "help.communities.opt.members": (
        "Én rad per kommune i stedet for én per gruppe.",
        "Éi rad per kommune i staden for éi per gruppe.",
        "One row per municipality instead of per group.",
    ),
    "help.plan-offices.short": (
        "Forslag til plankontor for kommuner med lav plankapasitet.",
        "Forslag til plankontor for kommunar med låg plankapasitet.",
        "Candidate plan offices for municipalities with low capacity.",
    ),
    "help.plan-offices": _cmd(
        "Forslag til (virtuelle) plankontorer for kommuner med lav plankapasitet, hvert med en vertskommune.\n\n"
        "Samler kommuner med lav kapasitet (under --low-fte årsverk til planlegging i alt) som ligner hverandre "
        "og kan møtes (naboer over land eller sjø, eller innen --max-km), i kontorer med 2 til --max-size "
        "medlemmer. Vertskommunen er det medlemmet, eller den naboen til alle medlemmene, som har flest årsverk "
        "til planlegging – et regionsenter ved siden av kan være vert. For hvert kontor vises samlede årsverk "
        "og om det når --min-fte, et robust plankontor. Løpende plankontorer deles aldri opp: forslaget blir "
        "da «utvid Plankontoret (Berkåk) med …». Uten tall for planårsverk brukes folketallet (under 2 500 "
        "innbyggere), og utskriften sier det. En kjøring for ett fylke viser de nasjonale forslagene "
        "som berører fylket, så begge stemmer overens.",
        "Forslag til (virtuelle) plankontor for kommunar med låg plankapasitet, kvart med ein vertskommune.\n\n"
        "Samlar kommunar med låg kapasitet (under --low-fte årsverk til planlegging i alt) som liknar kvarandre "
        "og kan møtast (naboar over land eller sjø, eller innan --max-km), i kontor med 2 til --max-size "
        "medlemmar. Vertskommunen er det medlemmet, eller den naboen til alle medlemmene, som har flest årsverk "
        "til planlegging – eit regionsenter ved sida av kan vere vert. For kvart kontor blir samla årsverk vist, "
        "og om det når --min-fte, eit robust plankontor. Løpande plankontor blir aldri delte: framlegget blir "
        "då «utvid Plankontoret (Berkåk) med …». Utan tal for planårsverk blir folketalet brukt (under 2 500 "
        "innbyggjarar), og utskrifta seier det. Ei køyring for eitt fylke viser dei nasjonale forslaga "
        "som gjeld fylket, så begge stemmer overeins.",
        "Candidate (virtual) plan offices for municipalities with low planning capacity, each with a host "
        "municipality.\n\n"
        "Groups low-capacity municipalities (less than --low-fte planning FTE, full-time positions, in all) "
        "that are similar and can meet (land or sea neighbours, or within --max-km) into offices of 2 to "
        "--max-size members. The host (vertskommune) is the member, or the neighbour of every member, with the "
        "most planning FTE: a regional centre next door can host. Each office reports its combined FTE and "
        "whether it reaches --min-fte, a robust planning environment. Running plan offices are never split: "
        "the proposal then reads 'extend Plankontoret (Berkåk) with …'. Without planning FTE data the "
        "population (under 2,500 inhabitants) is the signal, and the output says so. A county run shows the "
        "national proposals that touch the county, so both agree.",
        "dknet plan-offices --county Trøndelag",
        "dknet plan-offices --low-fte 1.5 --format json",
    ),
    "help.plan-offices.opt.low-fte": (
        "Lav kapasitet: færre årsverk til planlegging enn dette i alt (samfunns- og arealplanlegging); 1 = ikke "
        "én hel planleggerstilling.",
        "Låg kapasitet: færre årsverk til planlegging enn dette i alt (samfunns- og arealplanlegging); 1 = ikkje "
        "éi heil planleggarstilling.",
        "Low capacity: less than this many planning FTE (full-time positions) in all (community and land use); "
        "1 = not one full-time planner.",
    ),
    "help.plan-offices.opt.min-fte": (
        "Samlede årsverk et robust plankontor trenger; kontorer under grensen blir merket.",
        "Samla årsverk eit robust plankontor treng; kontor under grensa blir merkte.",
        "Combined FTE of a robust planning environment; offices below it are flagged.",
    ),
    "help.plan-offices.opt.max-size": (
        "Flest medlemmer per kontor.",
        "Flest medlemmar per kontor.",
        "Most members per office.",
    ),
    "help.plan-offices.opt.max-km": (
        "Medlemmer som ikke er naboer over land eller sjø, må ha sentrene innen så mange km (standard: 75 km).",
        "Medlemmar som ikkje er naboar over land eller sjø, må ha sentra innan så mange km (standard: 75 km).",
        "Members that are not land or sea neighbours must have their centres within this many km (default: 75 km).",
    ),
    "help.gaps.short": (
        "Hull i veiledningen fra FK og SF, rangert og begrunnet.",
        "Hol i rettleiinga frå FK og SF, rangerte og grunngjevne.",
        "Gaps in the guidance from FK and SF, ranked, with reasons.",
    ),
    "help.gaps": _cmd(
        "Hull i veiledningen: hvor støtten fra fylkeskommunen (FK) og statsforvalteren (SF) ikke dekker "
        "behovet, rangert og begrunnet.\n\n"
        "\b\n"
        "Typer (--kind):\n"
        "  need        kommuner der støtten (veiledning fra FK og SF etter form, hyppighet og hvor nylig;\n"
        "              plankontor, nettverk, forum, regionale planer) ligger lengst under behovet\n"
        "              (liten, usentral, aldrende, synkende folketall, gamle planer, lav plankapasitet)\n"
        "  structural  ikke med i noe plankontor eller nettverk; nås bare gjennom ett mellomledd; uten\n"
        "              kontakt med FK/SF; mest avhengig av få kontakter; like naboer over en fylkes- eller\n"
        "              SF-grense uten felles arena; utenfor en regional plan som naboene er med i\n"
        "  coverage    kontakter fra FK og SF per kommune de siste --years årene, de som ikke er nådd først\n"
        "  load        per FK- og SF-kontor: nådd, kontakter, hvor samlet veiledningen er, ikke nådd",
        "Hol i rettleiinga: kvar støtta frå fylkeskommunen (FK) og statsforvaltaren (SF) ikkje dekkjer "
        "behovet, rangerte og grunngjevne.\n\n"
        "\b\n"
        "Typar (--kind):\n"
        "  need        kommunar der støtta (rettleiing frå FK og SF etter form, kor ofte og kor nyleg;\n"
        "              plankontor, nettverk, forum, regionale planar) ligg lengst under behovet\n"
        "              (liten, usentral, aldrande, minkande folketal, gamle planar, låg plankapasitet)\n"
        "  structural  ikkje med i noko plankontor eller nettverk; blir nådd berre gjennom eitt mellomledd;\n"
        "              utan kontakt med FK/SF; mest avhengig av få kontaktar; like naboar over ei fylkes-\n"
        "              eller SF-grense utan felles arena; utanfor ein regional plan som naboane er med i\n"
        "  coverage    kontaktar frå FK og SF per kommune dei siste --years åra, dei som ikkje er nådde først\n"
        "  load        per FK- og SF-kontor: nådde, kontaktar, kor samla rettleiinga er, ikkje nådde",
        "Gaps in the guidance network: where the support from the county council (FK) and the state "
        "administrator (SF) falls short of need, ranked, with reasons.\n\n"
        "\b\n"
        "Kinds (--kind):\n"
        "  need        municipalities whose support (guidance from FK and SF by form, frequency and\n"
        "              recency; plan offices, networks, forums, regional plans) falls furthest below\n"
        "              their need (small, remote, ageing, declining, old plans, low planning capacity)\n"
        "  structural  no office or network; reached only through one go-between; no contact with\n"
        "              FK/SF; most dependent on few contacts; similar neighbours across a county or SF\n"
        "              boundary with no shared arena; left out of a regional plan their neighbours share\n"
        "  coverage    FK and SF contacts per municipality in the last --years, unreached first\n"
        "  load        per FK and SF office: reached, contacts, how concentrated guidance is, not reached",
        "dknet gaps --county Trøndelag",
        "dknet gaps --sf trondelag --kind load --years 3",
        "dknet gaps --county 50 --assume hva-om/      (hva-om/plankontor.csv, plankontor_medlemmer.csv)",
    ),
    "help.gaps.opt.kind": (
        "need: behov mot støtte, rangert; structural: hull i nettverket; coverage: hvem veiledningen har nådd; "
        "load: per FK- og SF-kontor.",
        "need: behov mot støtte, rangert; structural: hol i nettverket; coverage: kven rettleiinga har nådd; "
        "load: per FK- og SF-kontor.",
        "need: need vs support ranking; structural: holes in the network; coverage: who was reached; "
        "load: per FK and SF office.",
    ),
    "help.gaps.opt.top": ("Hvor mange rader.", "Kor mange rader.", "How many rows."),
    "help.gaps.opt.years": (
        "Hvor mange år tilbake veiledningen telles (standard 4).",
        "Kor mange år attende rettleiinga blir talt (standard 4).",
        "Guidance window in years (default 4).",
    ),
    "help.gaps.opt.assume": (
        "Hva om: en mappe med tenkte poster (samme filer som --data); viser behovsrangeringen før og etter, "
        "side om side.",
        "Kva om: ei mappe med tenkte postar (same filer som --data); viser behovsrangeringa før og etter, "
        "side om side.",
        "What-if: a directory of hypothetical records (the same files as --data); shows the need ranking before "
        "and after, side by side.",
    ),
    "help.gaps.opt.config": (
        "Vekter for hullanalysen (TOML-fil; se docs/gaps.md). Standard: dknets egen gaps.toml.",
        "Vekter for holanalysen (TOML-fil; sjå docs/gaps.md). Standard: gaps.toml i dknet.",
        "Gap weights (TOML file; see docs/gaps.md). Default: dknet's own gaps.toml.",
    ),
    # --- map --------------------------------------------------------------------------------------
    "help.map.short": (
        "Interaktivt kart over plannettverket, virker uten nett.",
        "Interaktivt kart over plannettverket, verkar utan nett.",
        "An interactive, offline map of the planning network.",
    ),
    "help.map": _cmd(
        "Skriv et interaktivt kart over plannettverket til én HTML-fil som virker uten nett.\n\n"
        "Hver kommune er et punkt midt i kommunen, over Kartverkets kommune- og fylkesgrenser, sammen med FK, SF, "
        "plankontorer, arenaer og regionale planer. Kartet har tegnforklaring, søk (navn eller nummer), filtre "
        "(fylke, SF, sentralitetsklasse fra SSB, type, lag) og viser profilen til en kommune når du holder "
        "musen over den. Filen henter ingenting fra nettet: åpne den fra en minnepenn.\n\n"
        "Visningen partners viser de 10 beste partnerforslagene for --focus med begrunnelser; communities "
        "farger gruppene fra dknet communities (samme --seed); gaps framhever hullene i veiledningen fra "
        "dknet gaps.",
        "Skriv eit interaktivt kart over plannettverket til éi HTML-fil som verkar utan nett.\n\n"
        "Kvar kommune er eit punkt midt i kommunen, over kommune- og fylkesgrensene frå Kartverket, saman med FK, SF, "
        "plankontor, arenaer og regionale planar. Kartet har teiknforklaring, søk (namn eller nummer), filter "
        "(fylke, SF, sentralitetsklasse frå SSB, type, lag) og viser profilen til ein kommune når du held "
        "musa over han. Fila hentar ingenting frå nettet: opne ho frå ein minnepinne.\n\n"
        "Visinga partners viser dei 10 beste partnarforslaga for --focus med grunngjevingar; communities "
        "fargar gruppene frå dknet communities (same --seed); gaps framhevar hola i rettleiinga frå dknet gaps.",
        "Write an interactive map of the planning network to one offline HTML file.\n\n"
        "Municipalities sit at their centres over Kartverket's municipality and county boundaries, with FK, "
        "SF, plan offices, arenas and regional plans; a legend, search (by name or number), filters (county, "
        "SF, Statistics Norway's centrality class, node type, layer) and tooltips with each municipality's "
        "profile. The file makes no network request: open it from a USB stick.\n\n"
        "The partners view shows the top 10 suggested partners of --focus with their reasons; the communities "
        "view colours the groups of dknet communities (same --seed); the gaps view highlights the "
        "need-versus-support gaps of dknet gaps.",
        "dknet map -o norge.html",
        "dknet map --view partners --focus holtålen -o holtalen-partnere.html",
        "dknet map --view communities --county 50 -o trondelag-grupper.html",
        "dknet map --view gaps --county Trøndelag -o trondelag-hull.html",
        "dknet map --focus holtaalen -o holtalen.html",
        "dknet map --county trøndelag --layout force --seed 7 -o trondelag-nettverk.html",
    ),
    "help.map.opt.view": (
        "cooperation: kunnskapsgrafen (samarbeid og relasjoner); partners, communities, gaps: resultatene av "
        "analysene.",
        "cooperation: kunnskapsgrafen (samarbeid og relasjonar); partners, communities, gaps: resultata av analysane.",
        "cooperation: the knowledge graph; partners, communities, gaps: the analyses' results.",
    ),
    "help.map.opt.county": (
        "Kart over ett fylke: nummer (50) eller navn (Trøndelag).",
        "Kart over eitt fylke: nummer (50) eller namn (Trøndelag).",
        "Map one county: a number (50) or a name (Trøndelag).",
    ),
    "help.map.opt.focus": (
        "Én kommune (5026, holtaalen): nettverket dens (cooperation) eller partnerne dens (partners).",
        "Éin kommune (5026, holtaalen): nettverket hennar (cooperation) eller partnarane hennar (partners).",
        "A municipality (5026, holtaalen): its network (cooperation) or its partners (partners).",
    ),
    "help.map.opt.purpose": (
        "For visningen partners: office (hvem kan dele plankontor: naboer, innen 75 km) eller network (like "
        "kommuner i hele landet), som dknet partners --purpose.",
        "For visinga partners: office (kven kan dele plankontor: naboar, innan 75 km) eller network (like "
        "kommunar i heile landet), som dknet partners --purpose.",
        "partners view: office (who can share a plan office: neighbours, within 75 km) or network (peers "
        "anywhere in Norway), as dknet partners --purpose.",
    ),
    "help.map.opt.layout": (
        "geo: kommunene der de ligger på Norgeskartet; force: kommunene trukket sammen etter koblingene "
        "(nettverksbilde).",
        "geo: kommunane der dei ligg på Noregskartet; force: kommunane trekte saman etter koplingane "
        "(nettverksbilete).",
        "geo: municipalities at their centres on the map of Norway; force: pulled together by their links "
        "(a network picture).",
    ),
    "help.map.opt.seed": (
        "Startverdi for nettverksbildet (force); samme verdi gir samme kart.",
        "Startverdi for nettverksbiletet (force); same verdi gjev same kart.",
        "Seed of the force layout; the same seed gives the same map.",
    ),
    "help.map.opt.output": (
        "HTML-filen som skal skrives (én selvstendig fil som virker uten nett); - skriver til skjermen (standard ut).",
        "HTML-fila som skal skrivast (éi sjølvstendig fil som verkar utan nett); - skriv til skjermen (standard ut).",
        "The HTML file to write (one self-contained file; it works offline); - writes to standard output.",
    ),
    # --- plans, compare, scorecard, report --------------------------------------------------------
    "help.plans.short": (
        "Planstrategi og planenes alder, kommune for kommune.",
        "Planstrategi og alderen på planane, kommune for kommune.",
        "Planning strategy and plan age, municipality by municipality.",
    ),
    "help.plans": _cmd(
        "Plansituasjonen: planstrategi for perioden 2023–2027 og kommuneplanens alder, per kommune.\n\n"
        "Planstrategien skal vedtas senest ett år etter at kommunestyret er konstituert (plan- og "
        "bygningsloven, pbl § 10-1). Status: vedtatt i tide, for sent, dato ukjent, mangler (fristen er ute), "
        "ikke forfalt, ukjent (ingen post). Samfunnsdelen og arealdelen er «forfalt» når de er eldre enn "
        "regelen i plans.toml (8 og 12 år). Hver opplysning har sin kilde: kuratert, brukerregister, antatt "
        "eller illustrativ.",
        "Plansituasjonen: planstrategi for perioden 2023–2027 og alderen på kommuneplanen, per kommune.\n\n"
        "Planstrategien skal vedtakast seinast eitt år etter at kommunestyret er konstituert (plan- og "
        "bygningslova, pbl § 10-1). Status: vedteken i tide, for seint, dato ukjend, manglar (fristen er ute), "
        "ikkje forfallen, ukjend (ingen post). Samfunnsdelen og arealdelen er «forfalne» når dei er eldre enn "
        "regelen i plans.toml (8 og 12 år). Kvar opplysning har kjelda si: kuratert, brukarregister, antatt "
        "eller illustrativ.",
        "The plan situation: the planstrategi (municipal planning strategy) for the term 2023–2027 and the age "
        "of the kommuneplan, per municipality.\n\n"
        "The planstrategi must be adopted at the latest one year after the municipal council is constituted "
        "(Planning and Building Act, PBL § 10-1). Status: adopted on time, late, date unknown, missing "
        "(deadline passed), not due, unknown (no record). The community part (samfunnsdel) and the land-use "
        "part (arealdel) are due for revision when older than the rule in plans.toml (8 and 12 years). Every "
        "answer has its source: curated, user register, assumed or illustrative.",
        "dknet plans --county Trøndelag",
        'dknet plans --sf "Statsforvalteren i Nordland" --status late',
        "dknet plans --view fylker",
        "dknet plans --county 18 --view neste-periode",
    ),
    "help.plans.opt.status": (
        "Bare denne statusen for planstrategien (kan gjentas): i-tide, for-sent, dato-ukjent, mangler, "
        "ikke-forfalt, ukjent (eller on-time, late, date-unknown, missing, not-due, unknown).",
        "Berre denne statusen for planstrategien (kan gjentakast): i-tide, for-sent, dato-ukjent, mangler, "
        "ikke-forfalt, ukjent (eller on-time, late, date-unknown, missing, not-due, unknown).",
        "Only this planstrategi status (repeatable): i-tide, for-sent, dato-ukjent, mangler, ikke-forfalt, "
        "ukjent (or on-time, late, date-unknown, missing, not-due, unknown).",
    ),
    "help.plans.opt.view": (
        "kommuner: én rad per kommune; fylker / sf: tellinger per fylke eller statsforvalter; neste-periode: "
        "hva som forfaller etter valget i 2027.",
        "kommuner: éi rad per kommune; fylker / sf: teljingar per fylke eller statsforvaltar; neste-periode: "
        "kva som forfell etter valet i 2027.",
        "kommuner: one row per municipality; fylker / sf: counts per county or state administrator; "
        "neste-periode: what falls due after the 2027 election.",
    ),
    "help.plans.opt.config": _PLAN_CONFIG,
    "help.compare.short": (
        "To eller flere kommuner side om side.",
        "To eller fleire kommunar side om side.",
        "Two or more municipalities side by side.",
    ),
    "help.compare": _cmd(
        "To eller flere kommuner side om side: indikatorer med rangering, planer, plankontorer, arenaer, "
        "regionale planer, veiledning, anbefalinger og felles naboer.",
        "To eller fleire kommunar side om side: indikatorar med rangering, planar, plankontor, arenaer, "
        "regionale planar, rettleiing, tilrådingar og felles naboar.",
        "Two or more municipalities side by side: indicators with their rank, plans, plan offices, arenas, "
        "regional plans, guidance, recommendations and common neighbours.",
        "dknet compare holtålen tydal",
        "dknet compare 5026 5033 5025 --format json",
    ),
    "help.compare.opt.config": _PLAN_CONFIG,
    "help.scorecard.short": (
        "Anbefalingene fra Distriktskommune 3.0 som sjekkliste.",
        "Tilrådingane frå Distriktskommune 3.0 som sjekkliste.",
        "The Distriktskommune 3.0 recommendations as a checklist.",
    ),
    "help.scorecard": _cmd(
        "Anbefalingene fra Distriktskommune 3.0 som sjekkliste: oppfylt (ja), ikke oppfylt (nei), ukjent (?).\n\n"
        "Punkter: planstrategi vedtatt i tide; deltar i planarena eller nettverk; i (virtuelt) plankontor eller "
        "plansamarbeid; veiledning fra FK og fra SF de siste årene; dekket av regional plan. Kilden står i "
        "parentes. Hvordan punktene svarer til anbefalingene: docs/plans.md.",
        "Tilrådingane frå Distriktskommune 3.0 som sjekkliste: oppfylt (ja), ikkje oppfylt (nei), ukjend (?).\n\n"
        "Punkt: planstrategi vedteken i tide; deltek i planarena eller nettverk; i (virtuelt) plankontor eller "
        "plansamarbeid; rettleiing frå FK og frå SF dei siste åra; dekt av regional plan. Kjelda står i "
        "parentes. Korleis punkta svarar til tilrådingane: docs/plans.md.",
        "The recommendations of Distriktskommune 3.0 (a national programme for rural municipalities) as a "
        "checklist: met (ja), not met (nei), unknown (?).\n\n"
        "Items: planstrategi adopted on time; takes part in a planning arena or network; in a (virtual) plan "
        "office or planning cooperation; guidance from FK and from SF in recent years; covered by a regional "
        "plan. The source is in brackets. How the items match the recommendations: docs/plans.md.",
        "dknet scorecard --county 18",
        "dknet scorecard holtålen --long",
    ),
    "help.scorecard.opt.long": (
        "Én rad per kommune og punkt, med detaljer.",
        "Éi rad per kommune og punkt, med detaljar.",
        "One row per municipality and item, with details.",
    ),
    "help.scorecard.opt.config": _PLAN_CONFIG,
    "help.report.short": (
        "Planrapport til møtet: én HTML-fil som virker uten nett.",
        "Planrapport til møtet: éi HTML-fil som verkar utan nett.",
        "A planning report for the meeting: one offline HTML file.",
    ),
    "help.report": _cmd(
        "Planrapport til møtet: én HTML-fil som virker uten nett og kan sendes eller skrives ut (A4).\n\n"
        "For et fylke (--county, eventuelt avgrenset med --sf) eller én kommune (--focus): sammendrag; "
        "planstrategi og planstatus; hull i veiledningen med begrunnelse; samarbeidsgrupper og forslag til "
        "plankontor med kart; partnerforslag for distriktskommunene (plankontor og nettverk); anbefalingene fra "
        "Distriktskommune 3.0; hva som bygger på illustrative poster; kilder og dato. Med --arena: en "
        "møtepakke for ett regionråd, planforum eller nettverk (docs/meeting-pack.md).",
        "Planrapport til møtet: éi HTML-fil som verkar utan nett og kan sendast eller skrivast ut (A4).\n\n"
        "For eit fylke (--county, eventuelt avgrensa med --sf) eller éin kommune (--focus): samandrag; "
        "planstrategi og planstatus; hol i rettleiinga med grunngjeving; samarbeidsgrupper og forslag til "
        "plankontor med kart; partnarforslag for distriktskommunane (plankontor og nettverk); tilrådingane frå "
        "Distriktskommune 3.0; kva som byggjer på illustrative postar; kjelder og dato. Med --arena: ei "
        "møtepakke for eitt regionråd, planforum eller nettverk (docs/meeting-pack.md).",
        "A planning report for the meeting: one HTML file that works offline and can be sent or printed (A4).\n\n"
        "For a county (--county, optionally narrowed with --sf) or one municipality (--focus): summary; "
        "planstrategi and plan status; gaps in guidance with reasons; groups for cooperation and candidate "
        "plan offices with maps; partner suggestions for the rural municipalities (plan office and network); "
        "the Distriktskommune 3.0 recommendations; what rests on illustrative records; sources and date. With "
        "--arena: a meeting pack for one regional council, planning forum or network (docs/meeting-pack.md).",
        "dknet report --county Trøndelag -o trondelag.html",
        'dknet report --county Nordland --sf "Statsforvalteren i Nordland" -o nordland.html',
        "dknet report --focus holtålen -o holtalen.html",
        "dknet report --focus holtålen --lang nn -o holtalen-nn.html",
        'dknet report --arena "Trøndelag Sør" -o trondelag-sor.html',
    ),
    "help.report.opt.county": (
        "Rapport for et fylke: nummer (50) eller navn (Trøndelag).",
        "Rapport for eit fylke: nummer (50) eller namn (Trøndelag).",
        "Report for a county: number (50) or name (Trøndelag).",
    ),
    "help.report.opt.focus": (
        "Rapport for én kommune: nummer eller navn (holtålen).",
        "Rapport for éin kommune: nummer eller namn (holtålen).",
        "Report for one municipality: number or name (holtålen).",
    ),
    "help.report.opt.arena": (
        "Møtepakke for én arena (regionråd, planforum, nettverk): id eller navn (rr-trondelag-sor, «Trøndelag Sør»).",
        "Møtepakke for éin arena (regionråd, planforum, nettverk): id eller namn (rr-trondelag-sor, «Trøndelag Sør»).",
        "Meeting pack for one arena (regional council, planning forum, network): id or name "
        "(rr-trondelag-sor, “Trøndelag Sør”).",
    ),
    "help.report.opt.top": (
        "Partnerforslag per formål (standard: 3 per distriktskommune i en fylkesrapport, 10 for én kommune).",
        "Partnarforslag per føremål (standard: 3 per distriktskommune i ein fylkesrapport, 10 for éin kommune).",
        "Partner suggestions per purpose (default: 3 per rural municipality in a county report, 10 for one "
        "municipality).",
    ),
    "help.report.opt.seed": (
        "Startverdi for samarbeidsgruppene (Louvain-metoden); samme verdi gir samme grupper.",
        "Startverdi for samarbeidsgruppene (Louvain-metoden); same verdi gjev same grupper.",
        "Seed of the groups for cooperation (Louvain); the same seed gives the same groups.",
    ),
    "help.report.opt.output": (
        "HTML-filen rapporten skrives til; uten -o, eller med -o -, går den til skjermen (standard ut).",
        "HTML-fila rapporten blir skriven til; utan -o, eller med -o -, går han til skjermen (standard ut).",
        "The HTML file to write the report to; without -o, or with -o -, it goes to standard output.",
    ),
    # --- neo4j ------------------------------------------------------------------------------------
    "help.neo4j.short": (
        "Neo4j: last opp grafen, sammenlign, hent tilbake, spør.",
        "Neo4j: last opp grafen, samanlikn, hent tilbake, spør.",
        "Neo4j: push the graph, compare, pull it back, query.",
    ),
    "help.neo4j": _cmd(
        "Neo4j: last kunnskapsgrafen opp i en Neo4j-database, sammenlign, hent den tilbake og kjør de "
        "navngitte spørringene (Cypher, spørrespråket til Neo4j).\n\n"
        "Pek dknet mot tjeneren med --uri/NEO4J_URI, --user/NEO4J_USER, --database/NEO4J_DATABASE og "
        "NEO4J_PASSWORD (dknet spør om passordet, skjult, når det mangler og dknet kjører i en terminal). Virker "
        "med Neo4j 5.13 eller nyere: Desktop, Docker neo4j:5, Aura (neo4j+s://…).",
        "Neo4j: last kunnskapsgrafen opp i ein Neo4j-database, samanlikn, hent han tilbake og køyr dei "
        "namngjevne spørjingane (Cypher, spørjespråket til Neo4j).\n\n"
        "Peik dknet mot tenaren med --uri/NEO4J_URI, --user/NEO4J_USER, --database/NEO4J_DATABASE og "
        "NEO4J_PASSWORD (dknet spør om passordet, skjult, når det manglar og dknet køyrer i ein terminal). "
        "Verkar med Neo4j 5.13 eller nyare: Desktop, Docker neo4j:5, Aura (neo4j+s://…).",
        "Neo4j: push the knowledge graph to a Neo4j database, compare, pull it back and run the named queries "
        "(Cypher, Neo4j's query language).\n\n"
        "Point dknet at your server with --uri/NEO4J_URI, --user/NEO4J_USER, --database/NEO4J_DATABASE and "
        "NEO4J_PASSWORD (asked for, hidden, when missing and dknet runs in a terminal). Works with Neo4j 5.13 "
        "or later: Desktop, Docker neo4j:5, Aura (neo4j+s://…).",
        "export NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=…",
        "dknet neo4j push",
        "dknet neo4j status",
        "dknet neo4j query partner_candidates --param kommunenummer=holtålen",
    ),
    "help.neo4j.push.short": (
        "Skriv kunnskapsgrafen inn i Neo4j.",
        "Skriv kunnskapsgrafen inn i Neo4j.",
        "Write the knowledge graph into Neo4j.",
    ),
    "help.neo4j.push": _cmd(
        "Skriv kunnskapsgrafen inn i Neo4j: først reglene (constraints), så nodene, så relasjonene.\n\n"
        "Skrives i bolker og slås sammen med det som finnes (MERGE): en ny kjøring endrer ingenting (alle "
        "tellere 0). Uten --prune blir poster du har fjernet lokalt, liggende i Neo4j (status viser dem); med "
        "--prune slettes de. Viser tellerne fra Neo4j per steg; framdriften går til feilkanalen (stderr).\n\n"
        "Kommer --data-mappen fra «dknet neo4j pull --to», stopper push (returkode 3, ingenting skrevet) når en "
        "post er endret i Neo4j siden den pullen og ville blitt overskrevet; --force skriver over likevel.",
        "Skriv kunnskapsgrafen inn i Neo4j: først reglane (constraints), så nodane, så relasjonane.\n\n"
        "Blir skriven i bolkar og slått saman med det som finst (MERGE): ei ny køyring endrar ingenting (alle "
        "teljarar 0). Utan --prune blir postar du har fjerna lokalt, liggjande i Neo4j (status viser dei); med "
        "--prune blir dei sletta. Viser teljarane frå Neo4j per steg; framdrifta går til feilkanalen (stderr).\n\n"
        "Kjem --data-mappa frå «dknet neo4j pull --to», stoppar push (returkode 3, ingenting skrive) når ein "
        "post er endra i Neo4j sidan den pullen og ville blitt skriven over; --force skriv over likevel.",
        "Write the knowledge graph into Neo4j: constraints, then nodes, then relationships.\n\n"
        "Batched MERGE: running it again changes nothing (all counters 0). Without --prune, records you removed "
        "locally stay in Neo4j (status shows them); with --prune they are deleted. Prints Neo4j's counters per "
        "step; progress goes to stderr.\n\n"
        'When the --data folder comes from "dknet neo4j pull --to", the push stops (exit 3, nothing written) '
        "when a record changed in Neo4j since that pull would be overwritten; --force overwrites anyway.",
        "dknet neo4j push",
        "dknet neo4j push --data mine-registre/ --prune",
        "dknet neo4j push --data fylkesregister/",
    ),
    "help.neo4j.push.opt.prune": (
        "Slett også dknet-noder og -relasjoner som den lokale grafen ikke lenger har (bare dknets egne "
        "etiketter og typer berøres).",
        "Slett òg dknet-nodar og -relasjonar som den lokale grafen ikkje lenger har (berre etikettane og typane "
        "til dknet blir rørte).",
        "Also delete dknet nodes and relationships that the local graph no longer has (only dknet's labels and "
        "types are touched).",
    ),
    "help.neo4j.push.opt.batch-size": (
        "Rader per transaksjon (bolk).",
        "Rader per transaksjon (bolk).",
        "Rows per transaction.",
    ),
    "help.neo4j.push.opt.retry-seconds": (
        "Hvor lenge en bolk som feilet av en forbigående grunn (brutt forbindelse, ny leder i klyngen), prøves "
        "på nytt.",
        "Kor lenge ein bolk som feila av ein forbigåande grunn (broten samband, ny leiar i klynga), blir prøvd "
        "på nytt.",
        "How long a batch that failed for a passing reason (lost connection, leader switch) is retried.",
    ),
    "help.neo4j.push.opt.force": (
        "Push selv om poster er endret i Neo4j siden siste pull (de lokale verdiene vinner).",
        "Push sjølv om postar er endra i Neo4j sidan siste pull (dei lokale verdiane vinn).",
        "Push even when records changed in Neo4j since the last pull (the local values win).",
    ),
    "help.neo4j.status.short": (
        "Antall noder og relasjoner lokalt og i Neo4j.",
        "Talet på nodar og relasjonar lokalt og i Neo4j.",
        "Counts in the local graph and in Neo4j.",
    ),
    "help.neo4j.status": _cmd(
        "Antall per etikett og relasjonstype: i den lokale grafen og i Neo4j.\n\n"
        "BORDERS (felles grense) telles én gang per par på begge sider. difference = neo4j − lokal.",
        "Talet per etikett og relasjonstype: i den lokale grafen og i Neo4j.\n\n"
        "BORDERS (felles grense) blir talt éin gong per par på begge sider. difference = neo4j − lokal.",
        "Counts per label and relationship type: in the local graph and in Neo4j.\n\n"
        "BORDERS (shared border) is counted once per pair on both sides. difference = neo4j − local.",
        "dknet neo4j status",
        "dknet neo4j status --format json",
    ),
    "help.neo4j.pull.short": (
        "Hent grafen tilbake fra Neo4j og sammenlign.",
        "Hent grafen tilbake frå Neo4j og samanlikn.",
        "Read the graph back from Neo4j and compare.",
    ),
    "help.neo4j.pull": _cmd(
        "Les grafen tilbake fra Neo4j og sammenlign den med den lokale, egenskap for egenskap.\n\n"
        "Den hentede grafen har de samme id-ene, egenskapene og koblingene som den lokale (BORDERS igjen i "
        "begge retninger). Viser antall per etikett og type; eventuelle forskjeller går til feilkanalen "
        "(stderr).\n\n"
        "Med --to MAPPE skrives også registrene (planer, veiledning, plankontor, arenaer …, med datoene) som "
        "CSV-filer for --data, og et øyeblikksbilde som neste push sjekker mot (docs/shared-database.md).",
        "Les grafen tilbake frå Neo4j og samanlikn han med den lokale, eigenskap for eigenskap.\n\n"
        "Den henta grafen har dei same id-ane, eigenskapane og koplingane som den lokale (BORDERS igjen i begge "
        "retningar). Viser talet per etikett og type; eventuelle skilnader går til feilkanalen (stderr).\n\n"
        "Med --to MAPPE blir òg registera (planar, rettleiing, plankontor, arenaer …, med datoane) skrivne som "
        "CSV-filer for --data, og eit augneblinksbilete som neste push sjekkar mot (docs/shared-database.md).",
        "Read the graph back from Neo4j and compare it with the local one, attribute by attribute.\n\n"
        "The pulled graph has the same node ids, attributes and edges as the local graph (BORDERS in both "
        "directions again). Prints counts per label and type; the differences, if any, go to stderr.\n\n"
        "With --to DIRECTORY it also writes the registers (plans, guidance, plan offices, arenas …, with their dates) "
        "as CSV files for --data, and a snapshot the next push checks against (docs/shared-database.md).",
        "dknet neo4j pull",
        "dknet neo4j pull --out norge.json",
        "dknet neo4j pull --to fylkesregister/",
    ),
    "help.neo4j.pull.opt.out": (
        "Skriv også den hentede grafen til FIL (JSON i networkx-formatet node-link).",
        "Skriv òg den henta grafen til FIL (JSON i networkx-formatet node-link).",
        "Also write the pulled graph to FILE as networkx node-link JSON.",
    ),
    "help.neo4j.pull.opt.to": (
        "Skriv registrene (planer, veiledning, plankontor, arenaer …) med datoene sine som CSV-filer i MAPPE, "
        "som --data leser, og et øyeblikksbilde (.dknet-snapshot.json) som push bruker for å oppdage "
        "endringer gjort i Neo4j i mellomtiden.",
        "Skriv registera (planar, rettleiing, plankontor, arenaer …) med datoane sine som CSV-filer i MAPPE, "
        "som --data les, og eit augneblinksbilete (.dknet-snapshot.json) som push brukar for å oppdage "
        "endringar gjorde i Neo4j i mellomtida.",
        "Write the registers (plans, guidance, plan offices, arenas …) with their dates as CSV files in DIRECTORY, "
        "which --data reads, and a snapshot (.dknet-snapshot.json) that push uses to notice changes made in "
        "Neo4j meanwhile.",
    ),
    "help.neo4j.pull.opt.force": (
        "Skriv over registerfiler som finnes i MAPPE fra før.",
        "Skriv over registerfiler som finst i MAPPE frå før.",
        "Overwrite register files that already exist in DIRECTORY.",
    ),
    "help.neo4j.query.short": (
        "Kjør en navngitt spørring i Neo4j, eller list dem opp.",
        "Køyr ei namngjeven spørjing i Neo4j, eller list dei opp.",
        "Run a named query in Neo4j, or list them.",
    ),
    "help.neo4j.query": _cmd(
        "Kjør en navngitt spørring fra cypher/read/ i Neo4j; uten NAVN: list dem opp.\n\n"
        "\b\n"
        "Navngitte spørringer (hver gir samme tabell som dknets lokale analyse):\n"
        "  partner_candidates  --param kommunenummer=…            hvor lett samarbeid er i praksis\n"
        "  guidance_gaps       [--param fylkesnummer=…] [--param since=2023]   kontakter fra FK og SF\n"
        "  neighbourhood       --param kommunenummer=…            alle relasjonene til en kommune\n"
        "  members             --param id=… [--param label=Arena] medlemmene i et plankontor eller en arena\n\n"
        "kommunenummer og fylkesnummer kan være nummer eller navn (holtålen, Guovdageaidnu, Trøndelag).",
        "Køyr ei namngjeven spørjing frå cypher/read/ i Neo4j; utan NAMN: list dei opp.\n\n"
        "\b\n"
        "Namngjevne spørjingar (kvar gjev same tabell som den lokale analysen i dknet):\n"
        "  partner_candidates  --param kommunenummer=…            kor lett samarbeid er i praksis\n"
        "  guidance_gaps       [--param fylkesnummer=…] [--param since=2023]   kontaktar frå FK og SF\n"
        "  neighbourhood       --param kommunenummer=…            alle relasjonane til ein kommune\n"
        "  members             --param id=… [--param label=Arena] medlemmene i eit plankontor eller ein arena\n\n"
        "kommunenummer og fylkesnummer kan vere nummer eller namn (holtålen, Guovdageaidnu, Trøndelag).",
        "Run a named query from cypher/read/ in Neo4j; without NAME, list them.\n\n"
        "\b\n"
        "Named queries (each returns the same table as dknet's local analysis):\n"
        "  partner_candidates  --param kommunenummer=…            feasibility of cooperation\n"
        "  guidance_gaps       [--param fylkesnummer=…] [--param since=2023]   contacts from FK and SF\n"
        "  neighbourhood       --param kommunenummer=…            every relation of a municipality\n"
        "  members             --param id=… [--param label=Arena] members of a plan office or arena\n\n"
        "kommunenummer and fylkesnummer may be numbers or names (holtålen, Guovdageaidnu, Trøndelag).",
        "dknet neo4j query",
        "dknet neo4j query partner_candidates --param kommunenummer=holtålen --format csv",
        "dknet neo4j query guidance_gaps --param fylkesnummer=Trøndelag --param since=2024",
    ),
    "help.neo4j.query.opt.param": (
        "En parameter til spørringen; gjenta for flere.",
        "Ein parameter til spørjinga; gjenta for fleire.",
        "A query parameter; repeat for more.",
    ),
}
