"""What ``dknet validate`` and the library's errors say: key → (bokmål, nynorsk, English).

Merged into :data:`dknet.messages.MESSAGES`; look texts up with :func:`dknet.messages.t`, or keep
a key and its fields as a :class:`dknet.messages.msg.Msg` and render it when it is shown.

Keys: ``problem.*`` the frame of a problem line; ``expect.*`` what a cell or file should have been
(a problem line says "forventet …"); ``warn.*`` what happened (a warning); ``hint.*`` how to fix
it; ``name.*`` unknown and ambiguous names; ``kind.*`` the words for kinds of name;
``error.*`` library errors; ``output.*`` the ``-o`` path; ``db.*`` Neo4j.

The three texts of a key use the same fields; words from outside the catalogue that differ by
language (a layer's Norwegian and English title) come as a :class:`~dknet.messages.msg.Local`.
"""

from __future__ import annotations

PROBLEMS: dict[str, tuple[str, str, str]] = {
    # --- the frame of a problem line -------------------------------------------------------------
    "word.or": (" eller ", " eller ", " or "),
    "problem.severity.error": ("feil", "feil", "error"),
    "problem.severity.warning": ("advarsel", "åtvaring", "warning"),
    "problem.row": ("rad {row}", "rad {row}", "row {row}"),
    "problem.column": ("kolonne {column}", "kolonne {column}", "column {column}"),
    "problem.value": ("verdi «{value}»", "verdi «{value}»", 'value "{value}"'),
    "problem.expected": ("forventet {expected}.", "forventa {expected}.", "expected {expected}."),
    "problem.hint": ("Tips: {hint}", "Tips: {hint}", "Hint: {hint}"),
    "hint.did_you_mean": ("mente du {close}?", "meinte du {close}?", "did you mean {close}?"),
    "hint.did_you_mean_then": ("mente du {close}? {rest}", "meinte du {close}? {rest}", "did you mean {close}? {rest}"),
    # --- cells (dknet.io.validate) ----------------------------------------------------------------
    "expect.required_column": (
        "en kolonne som heter {column} ({title}), som er påkrevd",
        "ein kolonne som heiter {column} ({title}), som er påkravd",
        "a column named {column} ({title}), which is required",
    ),
    "hint.rename_column": (
        "endre navnet på kolonnen «{close}» til {column}",
        "endre namnet på kolonnen «{close}» til {column}",
        "rename the column '{close}' to {column}",
    ),
    "hint.add_column": (
        "legg til kolonnen; se malen",
        "legg til kolonnen; sjå malen",
        "add the column; see the template",
    ),
    "warn.unknown_column": (
        "kolonnen hører ikke til dette laget og blir ignorert",
        "kolonnen høyrer ikkje til dette laget og blir ignorert",
        "column is not part of this layer and is ignored",
    ),
    "hint.columns_are": ("kolonnene er: {columns}", "kolonnane er: {columns}", "columns are: {columns}"),
    "expect.required_value": (
        "en verdi ({title}); kolonnen er påkrevd",
        "ein verdi ({title}); kolonnen er påkravd",
        "a value ({title}); this column is required",
    ),
    "expect.no_controls": (
        "tekst uten kontroll- eller retningstegn (fant {found})",
        "tekst utan kontroll- eller retningsteikn (fann {found})",
        "text without control or direction characters (found {found})",
    ),
    "hint.invisible_pasted": (
        "slike usynlige tegn følger med tekst limt inn fra nettsider, PDF-er eller e-post; skriv inn cellen på nytt",
        "slike usynlege teikn følgjer med tekst limt inn frå nettsider, PDF-ar eller e-post; skriv inn cella på nytt",
        "such invisible characters come with text pasted from web pages, PDFs or e-mail; retype the cell",
    ),
    "expect.undamaged_text": (
        "tekst uten skadde bokstaver",
        "tekst utan skadde bokstavar",
        "text without damaged letters",
    ),
    "hint.encoding": (
        "lagre filen som «CSV UTF-8 (kommadelt)» i Excel, eller som .xlsx; Windows-1252 kan ikke lagre de samiske "
        "bokstavene ŋ, č, đ, ŧ, š, ž",
        "lagre fila som «CSV UTF-8 (kommadelt)» i Excel, eller som .xlsx; Windows-1252 kan ikkje lagre dei samiske "
        "bokstavane ŋ, č, đ, ŧ, š, ž",
        "save the file as 'CSV UTF-8 (kommadelt)' in Excel, or as .xlsx; Windows-1252 cannot hold the Sami "
        "letters ŋ, č, đ, ŧ, š, ž",
    ),
    "expect.ref.municipality": (
        "et kommunenummer ({width} sifre, inndelingen fra 2024) eller et kommunenavn",
        "eit kommunenummer ({width} siffer, inndelinga frå 2024) eller eit kommunenamn",
        "a municipality number ({width} digits, 2024 division) or name",
    ),
    "expect.ref.county": (
        "et fylkesnummer ({width} sifre, inndelingen fra 2024) eller et fylkesnavn",
        "eit fylkesnummer ({width} siffer, inndelinga frå 2024) eller eit fylkesnamn",
        "a county number ({width} digits, 2024 division) or name",
    ),
    "hint.saved_with_decimals": (
        "tallet ble lagret med desimaler; skriv {digits} (formater kolonnen som Tekst i Excel, så blir nullene "
        "foran stående)",
        "talet vart lagra med desimalar; skriv {digits} (formater kolonnen som Tekst i Excel, så blir nullane "
        "framfor ståande)",
        "the number was saved with decimals; write {digits} (format the column as Text in Excel so leading zeros stay)",
    ),
    "expect.one.municipality": ("én kommune", "éin kommune", "one municipality"),
    "expect.one.county": ("ett fylke", "eitt fylke", "one county"),
    "hint.ambiguous": (
        "navnet passer til {choices}: oppgi nummeret",
        "namnet passar til {choices}: gje nummeret",
        "the name matches {choices}: give the number",
    ),
    "expect.number": ("et tall ({title})", "eit tal ({title})", "a number ({title})"),
    "hint.digits_only": (
        "skriv bare sifre, f.eks. 1,5 eller 1.5",
        "skriv berre siffer, t.d. 1,5 eller 1.5",
        "write digits only, e.g. 1,5 or 1.5",
    ),
    "expect.share": ("en andel mellom 0 og 1", "ein del mellom 0 og 1", "a share between 0 and 1"),
    "hint.percentage": (
        "er dette en prosentandel, skriv {share} eller {text} %",
        "er dette ein prosentdel, skriv {share} eller {text} %",
        "if this is a percentage, write {share} or {text} %",
    ),
    "expect.between": (
        "en verdi mellom {lo} og {hi}",
        "ein verdi mellom {lo} og {hi}",
        "a value between {lo} and {hi}",
    ),
    "expect.at_least": ("en verdi på minst {lo}", "ein verdi på minst {lo}", "a value at least {lo}"),
    "expect.at_most": ("en verdi på høyst {hi}", "ein verdi på høgst {hi}", "a value at most {hi}"),
    "expect.whole_number": ("et heltall", "eit heiltal", "a whole number"),
    "hint.decimal_comma": (
        "et komma leses her som desimalkomma; ikke bruk tusenskilletegn",
        "eit komma blir lese som desimalkomma her; ikkje bruk tusenskiljeteikn",
        "a comma here is read as a decimal comma; leave out thousands separators",
    ),
    "expect.ja_nei": ("ja eller nei", "ja eller nei", "ja or nei"),
    "expect.date": ("en dato ({title})", "ein dato ({title})", "a date ({title})"),
    "hint.date_format": (
        "skriv den som 2024-10-03 eller 03.10.2024",
        "skriv han som 2024-10-03 eller 03.10.2024",
        "write it as 2024-10-03 or 03.10.2024",
    ),
    "expect.one_of": ("én av {choices}", "ein av {choices}", "one of {choices}"),
    "expect.unique": ("en unik {key}", "ein unik {key}", "a unique {key}"),
    "hint.duplicate_row": (
        "samme verdi står allerede i rad {row}; fjern eller slå sammen en av radene",
        "same verdien står alt i rad {row}; fjern eller slå saman ei av radene",
        "the same value is already in row {row}; remove or merge one of the rows",
    ),
    # --- files (dknet.io.tables) ------------------------------------------------------------------
    "expect.utf16": ("en lesbar UTF-16-tekstfil", "ei lesbar UTF-16-tekstfil", "a readable UTF-16 text file"),
    "expect.csv_not_zip": (
        "en CSV-tekstfil, men dette er en zip-fil (en arbeidsbok?)",
        "ei CSV-tekstfil, men dette er ei zip-fil (ei arbeidsbok?)",
        "a CSV text file, but this is a zip file (a workbook?)",
    ),
    "hint.name_it_xlsx": (
        "er det en Excel-arbeidsbok, må navnet slutte på .xlsx",
        "er det ei Excel-arbeidsbok, må namnet slutte på .xlsx",
        "if it is an Excel workbook, name it .xlsx",
    ),
    "expect.csv_not_binary": (
        "en CSV-tekstfil, men den inneholder NUL-byte (en binærfil?)",
        "ei CSV-tekstfil, men ho inneheld NUL-byte (ei binærfil?)",
        "a CSV text file, but it holds NUL bytes (a binary file?)",
    ),
    "hint.save_from_excel": (
        "lagre den fra Excel som «CSV UTF-8 (kommadelt)» eller som .xlsx",
        "lagre ho frå Excel som «CSV UTF-8 (kommadelt)» eller som .xlsx",
        "save it from Excel as 'CSV UTF-8 (kommadelt)' or as .xlsx",
    ),
    "expect.one_encoding.bom": (
        "én tegnkoding, men filen begynner med et UTF-8-byte-order-mark (BOM) og har byte som ikke er UTF-8 "
        "(første på linje {line})",
        "éi teiknkoding, men fila byrjar med eit UTF-8-byte-order-mark (BOM) og har byte som ikkje er UTF-8 "
        "(første på linje {line})",
        "one encoding, but the file starts with a UTF-8 byte order mark and has bytes that are not UTF-8 "
        "(first at line {line})",
    ),
    "expect.one_encoding.letters": (
        "én tegnkoding, men filen har UTF-8-bokstaver og byte som ikke er UTF-8 (første på linje {line})",
        "éi teiknkoding, men fila har UTF-8-bokstavar og byte som ikkje er UTF-8 (første på linje {line})",
        "one encoding, but the file holds UTF-8 letters and has bytes that are not UTF-8 (first at line {line})",
    ),
    "hint.pasted_together": (
        "filen er satt sammen av filer som ble lagret ulikt; {encoding}",
        "fila er sett saman av filer som vart lagra ulikt; {encoding}",
        "the file was pasted together from files saved differently; {encoding}",
    ),
    "warn.cp1252": (
        "lest som Windows-1252 (ikke UTF-8)",
        "lesen som Windows-1252 (ikkje UTF-8)",
        "read as Windows-1252 (not UTF-8)",
    ),
    "expect.cell_chars_has": (
        "en celle på høyst {max} tegn (denne har {n})",
        "ei celle på høgst {max} teikn (denne har {n})",
        "a cell of at most {max} characters (this one has {n})",
    ),
    "expect.cell_chars": (
        "en celle på høyst {max} tegn",
        "ei celle på høgst {max} teikn",
        "a cell of at most {max} characters",
    ),
    "hint.shorten_text": (
        "kort ned teksten; et register trenger ingen lange dokumenter",
        "kort ned teksten; eit register treng ingen lange dokument",
        "shorten the text; a register needs no long documents",
    ),
    "hint.shorten_or_close": (
        "kort ned teksten, eller lukk et anførselstegn som står åpent lenger opp",
        "kort ned teksten, eller lukk eit hermeteikn som står ope lenger oppe",
        "shorten the text, or close a double quote left open above",
    ),
    "expect.max_rows": ("høyst {max} datarader", "høgst {max} datarader", "at most {max} data rows"),
    "hint.split": (
        "del opp filen, eller fjern det som ikke hører til registeret",
        "del opp fila, eller fjern det som ikkje høyrer til registeret",
        "split the file, or remove what does not belong to the register",
    ),
    "expect.max_cells": (
        "høyst {n} celler, like mange som overskriftsraden har",
        "høgst {n} celler, like mange som overskriftsrada har",
        "at most {n} cells, as many as the header row has",
    ),
    "hint.separator_in_cell": (
        "en celle inneholder skilletegnet; sett cellen i doble anførselstegn eller lagre fra Excel på nytt",
        "ei celle inneheld skiljeteiknet; set cella i doble hermeteikn eller lagre frå Excel på nytt",
        "a cell holds the separator; put the cell in double quotes or save from Excel again",
    ),
    "expect.max_columns": (
        "høyst {max} kolonner (fant {n})",
        "høgst {max} kolonnar (fann {n})",
        "at most {max} columns (found {n})",
    ),
    "expect.clean_column_name": (
        "et kolonnenavn uten kontrolltegn eller usynlige tegn",
        "eit kolonnenamn utan kontrollteikn eller usynlege teikn",
        "a column name without control or invisible characters",
    ),
    "hint.retype_column_name": (
        "skriv kolonnenavnet på nytt (det ble trolig limt inn fra en nettside eller PDF)",
        "skriv kolonnenamnet på nytt (det vart truleg limt inn frå ei nettside eller PDF)",
        "retype the column name (it was probably pasted from a web page or PDF)",
    ),
    "expect.column_once": ("hver kolonne bare én gang", "kvar kolonne berre éin gong", "each column once"),
    "hint.duplicate_column": (
        "kolonne {a} og {b} er begge {name} (store og små bokstaver, mellomrom og bindestreker teller ikke); "
        "fjern en av dem eller gi den et nytt navn",
        "kolonne {a} og {b} er begge {name} (store og små bokstavar, mellomrom og bindestrekar tel ikkje); "
        "fjern ein av dei eller gi han eit nytt namn",
        "columns {a} and {b} are both {name} (case, spaces and hyphens do not count); remove or rename one of them",
    ),
    "expect.closing_quote": (
        'et avsluttende anførselstegn (") for cellen som begynner i denne raden',
        'eit avsluttande hermeteikn (") for cella som byrjar i denne rada',
        'a closing double quote (") for the cell that starts in this row',
    ),
    "hint.open_quote": (
        "det åpne anførselstegnet sluker alle radene etter; lukk det eller fjern det (radene fra linje {line} og "
        "videre ble ikke lest)",
        "det opne hermeteiknet slukar alle radene etter; lukk det eller fjern det (radene frå linje {line} og "
        "vidare vart ikkje lesne)",
        "the open quote swallows every later row; close it or remove it (the rows from line {line} on were not read)",
    ),
    "expect.quoting": (
        "riktig bruk av anførselstegn ({error})",
        "rett bruk av hermeteikn ({error})",
        "well-formed quoting ({error})",
    ),
    "hint.quote_rules": (
        'en celle som begynner med " må slutte med "; skriv "" for et anførselstegn inne i en celle',
        'ei celle som byrjar med " må slutte med "; skriv "" for eit hermeteikn inne i ei celle',
        'a cell that starts with " must end with "; write "" for a quote inside a cell',
    ),
    "expect.max_file_mb": (
        "en fil på høyst {max} MB (denne er {size} MB)",
        "ei fil på høgst {max} MB (denne er {size} MB)",
        "a file of at most {max} MB (this one is {size} MB)",
    ),
    "expect.xlsx_empty": (
        "en Excel-arbeidsbok, men filen er tom (0 byte)",
        "ei Excel-arbeidsbok, men fila er tom (0 byte)",
        "an Excel workbook, but the file is empty (0 bytes)",
    ),
    "hint.save_workbook_again": (
        "lagre arbeidsboken på nytt fra Excel",
        "lagre arbeidsboka på nytt frå Excel",
        "save the workbook again from Excel",
    ),
    "hint.save_workbook_again_xlsx": (
        "lagre arbeidsboken på nytt fra Excel som .xlsx",
        "lagre arbeidsboka på nytt frå Excel som .xlsx",
        "save the workbook again from Excel as .xlsx",
    ),
    "hint.looks_like_csv": (
        "den ser ut som en CSV- eller tekstfil: gi den endelsen .csv",
        "ho ser ut som ei CSV- eller tekstfil: gi ho endinga .csv",
        "it looks like a CSV or text file: name it .csv",
    ),
    "hint.save_as_xlsx_again": (
        "lagre den på nytt fra Excel som .xlsx",
        "lagre ho på nytt frå Excel som .xlsx",
        "save it again from Excel as .xlsx",
    ),
    "hint.old_xls": (
        "det er en gammel .xls-arbeidsbok: lagre den som .xlsx fra Excel",
        "det er ei gammal .xls-arbeidsbok: lagre ho som .xlsx frå Excel",
        "it is an old .xls workbook: save it as .xlsx from Excel",
    ),
    "expect.xlsx_not": (
        "en Excel-arbeidsbok (.xlsx), men dette er ikke en",
        "ei Excel-arbeidsbok (.xlsx), men dette er ikkje ei",
        "an Excel workbook (.xlsx), but this is not one",
    ),
    "expect.xlsx_zip_not": (
        "en Excel-arbeidsbok, men denne zip-filen er ikke en",
        "ei Excel-arbeidsbok, men denne zip-fila er ikkje ei",
        "an Excel workbook, but this zip file is not one",
    ),
    "expect.xlsx_unpacked": (
        "en arbeidsbok på høyst {max} MB utpakket (denne blir {size} MB utpakket)",
        "ei arbeidsbok på høgst {max} MB utpakka (denne blir {size} MB utpakka)",
        "a workbook of at most {max} MB unpacked (this one unpacks to {size} MB)",
    ),
    "expect.xlsx_readable": ("en lesbar Excel-arbeidsbok", "ei lesbar Excel-arbeidsbok", "a readable Excel workbook"),
    "hint.permission": (
        "du har ikke lov til å lese denne filen: sjekk tilgangene, eller kopier den til en mappe du eier",
        "du har ikkje lov til å lese denne fila: sjekk tilgangane, eller kopier ho til ei mappe du eig",
        "you may not read this file: check its permissions, or copy it to a folder of your own",
    ),
    "hint.is_folder": (
        "dette er en mappe, ikke en fil",
        "dette er ei mappe, ikkje ei fil",
        "this is a folder, not a file",
    ),
    "hint.zip_damaged": (
        "zip-strukturen er skadet; lagre arbeidsboken på nytt fra Excel",
        "zip-strukturen er skadd; lagre arbeidsboka på nytt frå Excel",
        "the zip structure is damaged; save the workbook again from Excel",
    ),
    "hint.save_again_detail": (
        "lagre den på nytt fra Excel ({detail})",
        "lagre ho på nytt frå Excel ({detail})",
        "save it again from Excel ({detail})",
    ),
    "expect.formula_value": (
        "en verdi, men cellen inneholder en formel der resultatet aldri ble lagret",
        "ein verdi, men cella inneheld ein formel der resultatet aldri vart lagra",
        "a value, but the cell holds a formula whose result was never saved",
    ),
    "hint.paste_values": (
        "åpne arbeidsboken i Excel og lagre den, eller lim inn verdiene (Lim inn verdier)",
        "opne arbeidsboka i Excel og lagre ho, eller lim inn verdiane (Lim inn verdier)",
        "open the workbook in Excel and save it, or paste the values (Lim inn verdier)",
    ),
    "expect.readable_file": ("en lesbar fil", "ei lesbar fil", "a readable file"),
    # --- folders and references (dknet.io.dataset) ----------------------------------------------
    "expect.readable_directory": ("en lesbar mappe", "ei lesbar mappe", "a readable directory"),
    "expect.directory": ("en mappe med datafiler", "ei mappe med datafiler", "a directory of data files"),
    "warn.hidden_sheet": (
        "er et skjult ark og blir derfor ignorert",
        "er eit skjult ark og blir difor ignorert",
        "is a hidden sheet, so it is ignored",
    ),
    "hint.unhide_sheet": (
        "vis arket i Excel (Vis/Unhide) hvis det skal leses",
        "vis arket i Excel (Vis/Unhide) om det skal lesast",
        "show the sheet in Excel (Vis/Unhide) if it should be read",
    ),
    "warn.empty_template": (
        "er en tom mal for {layer} og blir derfor ignorert",
        "er ein tom mal for {layer} og blir difor ignorert",
        "is an empty template for {layer}, so it is ignored",
    ),
    "hint.empty_template": (
        "{file} blir lest for {layer}; slett den tomme for å slippe denne meldingen",
        "{file} blir lesen for {layer}; slett den tomme for å sleppe denne meldinga",
        "{file} is read for {layer}; delete the empty one to silence this",
    ),
    "warn.unknown_file": (
        "er ikke oppkalt etter et lag og blir derfor ignorert",
        "er ikkje kalla opp etter eit lag og blir difor ignorert",
        "is not named after a layer, so it is ignored",
    ),
    "hint.layers": ("Lagene: {layers}", "Laga: {layers}", "Layers: {layers}"),
    "hint.save_as_xlsx_csv": (
        "lagre den som .xlsx eller .csv. {rest}",
        "lagre ho som .xlsx eller .csv. {rest}",
        "save it as .xlsx or .csv. {rest}",
    ),
    "expect.id_in_layer": (
        "en id som står i {layer} ({title})",
        "ein id som står i {layer} ({title})",
        "an id listed in {layer} ({title})",
    ),
    "expect.county_for_fk": (
        "et fylkesnummer, fordi fra_type er FK",
        "eit fylkesnummer, fordi fra_type er FK",
        "a county number (fylkesnummer), as fra_type is FK",
    ),
    "expect.sf_for_sf": (
        "en statsforvalter_id, fordi fra_type er SF",
        "ein statsforvalter_id, fordi fra_type er SF",
        "a statsforvalter_id, as fra_type is SF",
    ),
    "expect.county_or_sf": (
        "et fylkesnummer eller en statsforvalter_id",
        "eit fylkesnummer eller ein statsforvalter_id",
        "a county number or a statsforvalter_id",
    ),
    "hint.write_number": (
        "skriv nummeret {code} i stedet for navnet",
        "skriv nummeret {code} i staden for namnet",
        "write the number {code} instead of the name",
    ),
    "hint.add_reference": (
        "legg den inn i den filen først, eller rett id-en",
        "legg han inn i den fila først, eller rett id-en",
        "add it to that file first, or correct the id",
    ),
    # --- boundaries (dknet.io.boundaries) ---------------------------------------------------------
    "expect.geojson_readable": (
        "en lesbar GeoJSON FeatureCollection",
        "ein lesbar GeoJSON FeatureCollection",
        "a readable GeoJSON FeatureCollection",
    ),
    "expect.geojson_features": (
        "en GeoJSON FeatureCollection med «features»",
        "ein GeoJSON FeatureCollection med «features»",
        "a GeoJSON FeatureCollection with 'features'",
    ),
    "expect.digits_in_properties": (
        "et tall med {width} sifre i properties.{key}",
        "eit tal med {width} siffer i properties.{key}",
        "a {width}-digit number in properties.{key}",
    ),
    "expect.number_once": ("hvert nummer bare én gang", "kvart nummer berre éin gong", "each number once"),
    "hint.remove_duplicate_feature": (
        "fjern det doble objektet",
        "fjern det doble objektet",
        "remove the duplicate feature",
    ),
    "expect.polygon": (
        "en Polygon eller MultiPolygon med lon/lat",
        "ein Polygon eller MultiPolygon med lon/lat",
        "a Polygon or MultiPolygon of lon/lat",
    ),
    # --- names (dknet.names) ----------------------------------------------------------------------
    "name.unknown.municipality": (
        "Fant ingen kommune som passer til «{query}»",
        "Fann ingen kommune som passar til «{query}»",
        "no municipality matches {query!r}",
    ),
    "name.unknown.county": (
        "Fant ikke noe fylke som passer til «{query}»",
        "Fann ikkje noko fylke som passar til «{query}»",
        "no county matches {query!r}",
    ),
    "name.unknown.sf": (
        "Fant ikke noe statsforvalterembete som passer til «{query}»",
        "Fann ikkje noko statsforvaltarembete som passar til «{query}»",
        "no state administrator office matches {query!r}",
    ),
    "name.unknown.query": (
        "Fant ingen navngitt spørring som heter «{query}»",
        "Fann inga namngjeven spørjing som heiter «{query}»",
        "no named query matches {query!r}",
    ),
    "name.unknown.other": (
        "Fant ingen treff for «{query}» ({kind})",
        "Fann ingen treff for «{query}» ({kind})",
        "no {kind} matches {query!r}",
    ),
    "name.unknown.with_hint": ("{head}: {hint}", "{head}: {hint}", "{head}: {hint}"),
    "name.unknown.did_you_mean": (
        "{head}. Mente du {close}?",
        "{head}. Meinte du {close}?",
        "{head}. Did you mean {close}?",
    ),
    "name.ambiguous.municipality": (
        "«{query}» passer til {n} kommuner: {choices}. Oppgi nummeret i stedet.",
        "«{query}» passar til {n} kommunar: {choices}. Gje nummeret i staden.",
        "{query!r} matches {n} municipalities: {choices}. Give the number instead.",
    ),
    "name.ambiguous.county": (
        "«{query}» passer til {n} fylker: {choices}. Oppgi nummeret i stedet.",
        "«{query}» passar til {n} fylke: {choices}. Gje nummeret i staden.",
        "{query!r} matches {n} counties: {choices}. Give the number instead.",
    ),
    "name.ambiguous.sf": (
        "«{query}» passer til {n} statsforvalterembeter: {choices}. Oppgi id-en i stedet.",
        "«{query}» passar til {n} statsforvaltarembete: {choices}. Gje id-en i staden.",
        "{query!r} matches {n} state administrator offices: {choices}. Give the id instead.",
    ),
    "name.ambiguous.query": (
        "«{query}» passer til {n} navngitte spørringer: {choices}.",
        "«{query}» passar til {n} namngjevne spørjingar: {choices}.",
        "{query!r} matches {n} named queries: {choices}.",
    ),
    "name.ambiguous.other": (
        "«{query}» passer til {n} treff ({kind}): {choices}. Oppgi nummeret i stedet.",
        "«{query}» passar til {n} treff ({kind}): {choices}. Gje nummeret i staden.",
        "{query!r} matches {n} of {kind}: {choices}. Give the number instead.",
    ),
    "name.hint.damaged": (
        "navnet har en skadet bokstav (et «?» eller et feiltolket tegn), typisk for en fil lagret som "
        "Windows-1252; lagre som UTF-8",
        "namnet har ein skadd bokstav (eit «?» eller eit feiltolka teikn), typisk for ei fil lagra som "
        "Windows-1252; lagre som UTF-8",
        "the name has a damaged letter (a '?' or mis-decoded character), typical of a file saved as "
        "Windows-1252; save it as UTF-8",
    ),
    "name.hint.damaged_close": (
        "{damaged}. Mente du {close}?",
        "{damaged}. Meinte du {close}?",
        "{damaged}. Did you mean {close}?",
    ),
    "name.hint.old_number": (
        "{query} var nummeret til {old_name} til og med 2023; fra 1. januar 2024 er det {new} ({new_name})",
        "{query} var nummeret til {old_name} til og med 2023; frå 1. januar 2024 er det {new} ({new_name})",
        "{query} was the number of {old_name} until 2023; since 1 January 2024 it is {new} ({new_name})",
    ),
    "name.hint.lost_zero.municipality": (
        "mente du {padded} ({name})? Kommunenummeret mistet nullen foran; behold numrene som tekst "
        "(i Excel: formater kolonnen som Tekst)",
        "meinte du {padded} ({name})? Kommunenummeret mista nullen framfor; behald numra som tekst "
        "(i Excel: formater kolonnen som Tekst)",
        "did you mean {padded} ({name})? The leading zero was lost; keep numbers as text "
        "(in Excel: format the column as Text)",
    ),
    "name.hint.lost_zero.county": (
        "mente du {padded} ({name})? Fylkesnummeret mistet nullen foran; behold numrene som tekst "
        "(i Excel: formater kolonnen som Tekst)",
        "meinte du {padded} ({name})? Fylkesnummeret mista nullen framfor; behald numra som tekst "
        "(i Excel: formater kolonnen som Tekst)",
        "did you mean {padded} ({name})? The leading zero was lost; keep numbers as text "
        "(in Excel: format the column as Text)",
    ),
    "name.hint.lost_zero.other": (
        "mente du {padded} ({name})? Nummeret mistet nullen foran; behold numrene som tekst",
        "meinte du {padded} ({name})? Nummeret mista nullen framfor; behald numra som tekst",
        "did you mean {padded} ({name})? The leading zero was lost; keep numbers as text",
    ),
    "name.hint.no_number": (
        "{number_word} {query} finnes ikke i inndelingen fra 2024",
        "{number_word} {query} finst ikkje i inndelinga frå 2024",
        "the {number_word} {query} is not in the 2024 division",
    ),
    "kind.municipality.number": ("kommunenummeret", "kommunenummeret", "municipality number"),
    "kind.county.number": ("fylkesnummeret", "fylkesnummeret", "county number"),
    "kind.other.number": ("nummeret", "nummeret", "number"),
    # --- library errors ---------------------------------------------------------------------------
    "error.prefix": ("Feil", "Feil", "Error"),
    "error.data_invalid": (
        "{n} feil i dataene; ingenting ble bygd eller skrevet",
        "{n} feil i dataa; ingenting vart bygd eller skrive",
        "{n} problem(s) in the data; nothing was built or written",
    ),
    "error.config.unreadable": (
        "kan ikke lese {what} {path}: {reason}",
        "kan ikkje lese {what} {path}: {reason}",
        "cannot read the {what} {path}: {reason}",
    ),
    "config.profile": ("profilkonfigurasjon", "profilkonfigurasjon", "profile configuration"),
    "config.plan": ("plankonfigurasjon", "plankonfigurasjon", "plan configuration"),
    "config.gap": ("konfigurasjon for gap", "konfigurasjon for gap", "gap configuration"),
    "config.other": ("konfigurasjon", "konfigurasjon", "configuration"),
    "error.config.toml": (
        "{path} er ikke gyldig TOML: {error}",
        "{path} er ikkje gyldig TOML: {error}",
        "{path} is not valid TOML: {error}",
    ),
    "error.config.utf8": (
        "{path} er ikke UTF-8-tekst: lagre filen som UTF-8",
        "{path} er ikkje UTF-8-tekst: lagre fila som UTF-8",
        "{path} is not UTF-8 text: save it as UTF-8",
    ),
    "error.config.invalid": (
        "ugyldig {what} ({source}): {problems}",
        "ugyldig {what} ({source}): {problems}",
        "invalid {what} ({source}): {problems}",
    ),
    "error.within": (
        "avgrensningen «{within}» forstås ikke: bruk neighbours (nabo over land eller sjø), land-neighbours, "
        "ba-region, county, sf eller km:N (f.eks. km:80)",
        "avgrensinga «{within}» blir ikkje forstått: bruk neighbours (nabo over land eller sjø), land-neighbours, "
        "ba-region, county, sf eller km:N (t.d. km:80)",
        "within={within!r} is not understood: use neighbours (land or sea), land-neighbours, ba-region, county, "
        "sf or km:N (e.g. km:80)",
    ),
    "error.purpose": (
        "formålet «{purpose}» forstås ikke: bruk office eller network",
        "føremålet «{purpose}» blir ikkje forstått: bruk office eller network",
        "purpose={purpose!r} is not understood: use office or network",
    ),
    "error.no_overlap": (
        "fylket «{county}» og statsforvalteren «{sf}» har ingen kommuner felles; oppgi bare ett av dem, eller et "
        "embete som dekker det fylket",
        "fylket «{county}» og statsforvaltaren «{sf}» har ingen kommunar felles; gje berre eitt av dei, eller eit "
        "embete som dekkjer det fylket",
        "county {county!r} and SF office {sf!r} do not overlap: no municipality is in both; give one of them, or an "
        "office that serves that county",
    ),
    "error.no_municipalities.county": (
        "ingen kommuner i fylket «{county}»",
        "ingen kommunar i fylket «{county}»",
        "no municipalities match county {county!r}",
    ),
    "error.no_municipalities.sf": (
        "ingen kommuner hører til statsforvalteren «{sf}»",
        "ingen kommunar høyrer til statsforvaltaren «{sf}»",
        "no municipalities match SF office {sf!r}",
    ),
    "error.group_sizes": (
        "minste gruppestørrelse må være minst 1, og største gruppestørrelse minst like stor som den minste",
        "minste gruppestorleik må vere minst 1, og største gruppestorleik minst like stor som den minste",
        "the smallest group size must be at least 1 and the largest at least the smallest",
    ),
    "error.runs": (
        "antall kjøringer må være minst 1",
        "talet på køyringar må vere minst 1",
        "the number of runs must be at least 1",
    ),
    "error.resolution": (
        "oppløsningen må være større enn 0",
        "oppløysinga må vere større enn 0",
        "the resolution must be greater than 0",
    ),
    "error.compare.two": (
        "en sammenligning trenger minst to kommuner",
        "ei samanlikning treng minst to kommunar",
        "compare needs at least two municipalities",
    ),
    "error.compare.once": (
        "hver kommune bare én gang",
        "kvar kommune berre éin gong",
        "each municipality only once, please",
    ),
    "error.plan_offices.cap": (
        "plankontorer trenger en avstandsgrense: sett max_km under [purpose.office]",
        "plankontor treng ei avstandsgrense: set max_km under [purpose.office]",
        "plan offices need a distance cap: set max_km in [purpose.office]",
    ),
    "error.plan_offices.few": (
        "færre enn to kommuner har under {low_fte} planårsverk: ingenting å gruppere",
        "færre enn to kommunar har under {low_fte} planårsverk: ingenting å gruppere",
        "fewer than two municipalities below {low_fte} planning FTE: nothing to group",
    ),
    "error.plan_status": (
        "ukjent status for planstrategi «{value}»{hint} Kjente: {known}",
        "ukjend status for planstrategi «{value}»{hint} Kjende: {known}",
        "unknown planstrategi status {value!r}{hint} Known: {known}",
    ),
    "hint.status_close": ("; mente du {close}?", "; meinte du {close}?", "; did you mean {close}?"),
    "error.report.both": (
        "en rapport gjelder enten et fylke (og/eller et statsforvalterembete) eller én kommune, ikke begge",
        "ein rapport gjeld anten eit fylke (og/eller eit statsforvaltarembete) eller éin kommune, ikkje begge",
        "a report covers either a county (and/or an SF office) or one municipality, not both",
    ),
    "error.report.scope": (
        "en rapport trenger et fylke, et statsforvalterembete eller én kommune",
        "ein rapport treng eit fylke, eit statsforvaltarembete eller éin kommune",
        "a report needs a county, an SF office or one municipality",
    ),
    # --- CLI: interrupted, missing extras ---------------------------------------------------------
    "error.interrupted": (
        "Avbrutt (Ctrl-C); ingenting mer ble skrevet.",
        "Avbrote (Ctrl-C); ingenting meir vart skrive.",
        "Interrupted (Ctrl-C); nothing more was written.",
    ),
    "error.needs_extra": (
        "denne kommandoen trenger tillegget «{extra}» til dknet ({missing} er ikke installert): pip install "
        "'dknet[{extra}]' (eller, i en utsjekk, pip install '.[{extra}]')",
        "denne kommandoen treng tillegget «{extra}» til dknet ({missing} er ikkje installert): pip install "
        "'dknet[{extra}]' (eller, i ei utsjekk, pip install '.[{extra}]')",
        "this command needs dknet's '{extra}' extra ({missing} not installed): pip install 'dknet[{extra}]' "
        "(or, in a checkout, pip install '.[{extra}]')",
    ),
    # --- -o FILE (dknet.cli.output) ---------------------------------------------------------------
    "output.empty": (
        "utfilen mangler navn; oppgi et filnavn, eller - for standard ut",
        "utfila manglar namn; gje eit filnamn, eller - for standard ut",
        "the output path is empty; give a file name, or - for standard output",
    ),
    "output.symlink": (
        "{path} er en symbolsk lenke; oppgi stien til den virkelige filen (dknet skriver ikke gjennom lenker)",
        "{path} er ei symbolsk lenkje; gje stien til den verkelege fila (dknet skriv ikkje gjennom lenkjer)",
        "{path} is a symbolic link; give the path of the real file (dknet does not write through links)",
    ),
    "output.is_folder": (
        "{path} er en mappe; oppgi et filnavn i den",
        "{path} er ei mappe; gje eit filnamn i ho",
        "{path} is a folder; give a file name inside it",
    ),
    "output.special": (
        "{path} er ikke en vanlig fil (en enhet, et rør eller en socket); bruk -o - for å skrive til standard ut",
        "{path} er ikkje ei vanleg fil (ei eining, eit røyr eller ein socket); bruk -o - for å skrive til standard ut",
        "{path} is not a regular file (a device, pipe or socket); use -o - to write to standard output",
    ),
    "output.read_only": (
        "{path} finnes og kan ikke skrives til; velg en annen sti eller endre tilgangene",
        "{path} finst og kan ikkje skrivast til; vel ein annan sti eller endre tilgangane",
        "{path} exists and may not be written; choose another path or change its permissions",
    ),
    "output.parent_is_file": (
        "{ancestor} er en fil, så {path} kan ikke lages under den",
        "{ancestor} er ei fil, så {path} kan ikkje lagast under ho",
        "{ancestor} is a file, so {path} cannot be created under it",
    ),
    "output.no_folder": (
        "mappen {parent} finnes ikke; lag den først eller velg en annen sti",
        "mappa {parent} finst ikkje; lag ho først eller vel ein annan sti",
        "the folder {parent} does not exist; create it first or choose another path",
    ),
    "output.folder_read_only": (
        "mappen {parent} kan ikke skrives til; velg en annen sti",
        "mappa {parent} kan ikkje skrivast til; vel ein annan sti",
        "the folder {parent} may not be written; choose another path",
    ),
    "output.failed": (
        "kunne ikke skrive {path}: {reason}",
        "kunne ikkje skrive {path}: {reason}",
        "could not write {path}: {reason}",
    ),
    "output.wrote": ("skrev {path}", "skreiv {path}", "wrote {path}"),
    # --- Neo4j (dknet.graphdb) --------------------------------------------------------------------
    "db.how": (
        "--uri eller NEO4J_URI (innlogging: --user eller NEO4J_USER, og NEO4J_PASSWORD; database: --database eller "
        "NEO4J_DATABASE)",
        "--uri eller NEO4J_URI (innlogging: --user eller NEO4J_USER, og NEO4J_PASSWORD; database: --database eller "
        "NEO4J_DATABASE)",
        "--uri or NEO4J_URI (credentials: --user or NEO4J_USER, and NEO4J_PASSWORD; database: --database or "
        "NEO4J_DATABASE)",
    ),
    "db.unreachable": (
        "Får ikke kontakt med Neo4j på {uri} ({reason}); start serveren eller pek dknet til den med {how}.",
        "Får ikkje kontakt med Neo4j på {uri} ({reason}); start tenaren eller peik dknet til han med {how}.",
        "Cannot reach Neo4j at {uri} ({reason}); start the server or point dknet at it with {how}.",
    ),
    "db.auth": (
        "Neo4j på {uri} avviste innloggingen for brukeren «{user}»; oppgi riktig passord i NEO4J_PASSWORD (eller "
        "når du blir spurt) og brukeren med --user eller NEO4J_USER (server: --uri eller NEO4J_URI; database: "
        "--database eller NEO4J_DATABASE).",
        "Neo4j på {uri} avviste innlogginga for brukaren «{user}»; gje rett passord i NEO4J_PASSWORD (eller når du "
        "blir spurd) og brukaren med --user eller NEO4J_USER (tenar: --uri eller NEO4J_URI; database: --database "
        "eller NEO4J_DATABASE).",
        "Neo4j at {uri} refused the login for user {user!r}; give the right password in NEO4J_PASSWORD (or at the "
        "prompt) and the user with --user or NEO4J_USER (server: --uri or NEO4J_URI; database: --database or "
        "NEO4J_DATABASE).",
    ),
    "db.no_database": (
        "Neo4j på {uri} har ingen database som heter «{database}»; velg en med --database eller NEO4J_DATABASE "
        "(Community-utgaven har bare «neo4j»; server: --uri eller NEO4J_URI, innlogging: NEO4J_USER, "
        "NEO4J_PASSWORD).",
        "Neo4j på {uri} har ingen database som heiter «{database}»; vel ein med --database eller NEO4J_DATABASE "
        "(Community-utgåva har berre «neo4j»; tenar: --uri eller NEO4J_URI, innlogging: NEO4J_USER, "
        "NEO4J_PASSWORD).",
        "Neo4j at {uri} has no database {database!r}; choose one with --database or NEO4J_DATABASE (Community "
        "edition has only 'neo4j'; server: --uri or NEO4J_URI, credentials: NEO4J_USER, NEO4J_PASSWORD).",
    ),
    "db.lost": (
        "Mistet forbindelsen til Neo4j på {uri} ({reason}); sjekk at serveren kjører og kan nås med {how}.",
        "Miste sambandet til Neo4j på {uri} ({reason}); sjekk at tenaren køyrer og kan nåast med {how}.",
        "Lost the connection to Neo4j at {uri} ({reason}); check that the server is running and reachable with {how}.",
    ),
    "db.no_password": (
        "Mangler passord for Neo4j på {uri}: sett NEO4J_PASSWORD, eller kjør i en terminal for å bli spurt "
        "(server: --uri eller NEO4J_URI; bruker: --user eller NEO4J_USER; database: --database eller "
        "NEO4J_DATABASE).",
        "Manglar passord for Neo4j på {uri}: set NEO4J_PASSWORD, eller køyr i ein terminal for å bli spurd "
        "(tenar: --uri eller NEO4J_URI; brukar: --user eller NEO4J_USER; database: --database eller "
        "NEO4J_DATABASE).",
        "No password for Neo4j at {uri}: set NEO4J_PASSWORD, or run in a terminal to be asked (server: --uri or "
        "NEO4J_URI; user: --user or NEO4J_USER; database: --database or NEO4J_DATABASE).",
    ),
    "db.push_interrupted": (
        "Push stoppet etter {done} av {total} bunter ({statement} feilet): {error} Hver bunt er én transaksjon, "
        "så ingenting er halvveis skrevet; kjør push på nytt når serveren er tilbake: den kan gjentas og gjør "
        "jobben ferdig.",
        "Push stoppa etter {done} av {total} buntar ({statement} feila): {error} Kvar bunt er éin transaksjon, "
        "så ingenting er halvvegs skrive; køyr push på nytt når tenaren er tilbake: han kan gjentakast og gjer "
        "jobben ferdig.",
        "Push stopped after {done} of {total} batches ({statement} failed): {error} Each batch is one transaction, "
        "so nothing is half-written; run the push again when the server is back: it is idempotent and finishes "
        "the job.",
    ),
    # --- Neo4j: statements, named queries and their parameters (dknet.graphdb) ------------------
    "db.not_a_uri": (
        "«{uri}» er ikke en Neo4j-adresse: bruk bolt://vert:7687, neo4j://vert:7687 eller neo4j+s://… (Aura)",
        "«{uri}» er ikkje ei Neo4j-adresse: bruk bolt://vert:7687, neo4j://vert:7687 eller neo4j+s://… (Aura)",
        "{uri!r} is not a Neo4j URI: use bolt://host:7687, neo4j://host:7687 or neo4j+s://… (Aura)",
    ),
    "db.uri_password": (
        "adressen inneholder et passord (bruker:passord@vert); oppgi passordet i NEO4J_PASSWORD i stedet",
        "adressa inneheld eit passord (brukar:passord@vert); gi passordet i NEO4J_PASSWORD i staden",
        "the URI holds a password (user:password@host); give the password in NEO4J_PASSWORD instead",
    ),
    "db.password_prompt": (
        "Neo4j-passord for {user} på {uri}",
        "Neo4j-passord for {user} på {uri}",
        "Neo4j password for {user} at {uri}",
    ),
    "db.rejected": (
        "Neo4j på {uri} avviste {statement}: {error}",
        "Neo4j på {uri} avviste {statement}: {error}",
        "Neo4j at {uri} rejected {statement}: {error}",
    ),
    "db.a_statement": ("en spørring", "ei spørjing", "a statement"),
    "db.columns_mismatch": (
        "{statement} ga kolonnene {got}, men hodet i filen oppgir {declared}",
        "{statement} gav kolonnane {got}, men hovudet i fila oppgir {declared}",
        "{statement} returned columns {got}, but its header declares {declared}",
    ),
    "db.param.unknown": (
        "{query} har ingen parameter «{name}»; parametrene er: {takes}",
        "{query} har ingen parameter «{name}»; parametrane er: {takes}",
        "{query} has no parameter {name!r}; it takes: {takes}",
    ),
    "db.param.unknown_close": (
        "{query} har ingen parameter «{name}» (mente du {close}?); parametrene er: {takes}",
        "{query} har ingen parameter «{name}» (meinte du {close}?); parametrane er: {takes}",
        "{query} has no parameter {name!r} (did you mean {close}?); it takes: {takes}",
    ),
    "db.param.none": ("ingen", "ingen", "none"),
    "db.param.missing": (
        "{query} trenger --param {name}=… ({type}: {doc})",
        "{query} treng --param {name}=… ({type}: {doc})",
        "{query} needs --param {name}=… ({type}: {doc})",
    ),
    "db.param.bad": (
        "parameteren {name}=«{value}»: {reason}",
        "parameteren {name}=«{value}»: {reason}",
        "parameter {name}={value!r}: {reason}",
    ),
    "db.param.key_value": (
        "«{item}»: skriv NAVN=VERDI, f.eks. kommunenummer=5026",
        "«{item}»: skriv NAMN=VERDI, t.d. kommunenummer=5026",
        "{item!r}: write KEY=VALUE, e.g. kommunenummer=5026",
    ),
    "db.value.required": ("en verdi er påkrevd", "ein verdi er påkravd", "a value is required"),
    "db.value.one_of": ("forventet en av {choices}", "forventa ein av {choices}", "expected one of {choices}"),
    "db.value.whole": ("forventet et heltall", "forventa eit heiltal", "expected a whole number"),
    "db.value.number": ("forventet et tall", "forventa eit tal", "expected a number"),
    "db.value.bool": ("forventet true eller false", "forventa true eller false", "expected true or false"),
    # --- configuration files: what is wrong inside one (profiles, plans, gaps) -----------------
    "list.semicolon": ("{first}; {rest}", "{first}; {rest}", "{first}; {rest}"),
    "config.default_source": ("standardfilen {name}", "standardfila {name}", "default {name}"),
    "config.with_options": (
        "{source} + valg på kommandolinjen",
        "{source} + val på kommandolinja",
        "{source} + options",
    ),
    "config.unknown_sections": (
        "ukjent seksjon {sections}",
        "ukjend seksjon {sections}",
        "unknown section(s) {sections}",
    ),
    "config.unknown_sections_expected": (
        "ukjent seksjon {sections}; forventet {expected}",
        "ukjend seksjon {sections}; forventa {expected}",
        "unknown section(s) {sections}; expected {expected}",
    ),
    "config.not_table": (
        "[{section}] må være en tabell (en seksjon med nøkler og verdier)",
        "[{section}] må vere ein tabell (ein seksjon med nøklar og verdiar)",
        "[{section}] must be a table",
    ),
    "config.no_indicators": (
        "[indicators] må ha minst én indikator",
        "[indicators] må ha minst éin indikator",
        "[indicators] needs at least one indicator",
    ),
    "config.unknown_indicator": (
        "ukjent indikator «{name}»; gyldige indikatorer: {known}",
        "ukjend indikator «{name}»; gyldige indikatorar: {known}",
        "unknown indicator {name!r}; known: {known}",
    ),
    "config.unknown_indicator_close": (
        "ukjent indikator «{name}» (mente du {close}?); gyldige indikatorer: {known}",
        "ukjend indikator «{name}» (meinte du {close}?); gyldige indikatorar: {known}",
        "unknown indicator {name!r} (did you mean {close}?); known: {known}",
    ),
    "config.weight": (
        "vekten til «{name}» må være et tall ≥ 0, ikke {value}",
        "vekta til «{name}» må vere eit tal ≥ 0, ikkje {value}",
        "weight of {name!r} must be a number ≥ 0, not {value}",
    ),
    "config.no_weight": (
        "minst én indikator må ha vekt over 0",
        "minst éin indikator må ha vekt over 0",
        "at least one indicator needs a weight above 0",
    ),
    "config.partners_key": (
        "ukjent nøkkel «{key}» i [partners] (vektene står i [purpose.office] og [purpose.network])",
        "ukjend nøkkel «{key}» i [partners] (vektene står i [purpose.office] og [purpose.network])",
        "unknown key {key!r} in [partners] (the weights are in [purpose.office] and [purpose.network])",
    ),
    "config.unknown_key": (
        "ukjent nøkkel «{key}» i [{section}]",
        "ukjend nøkkel «{key}» i [{section}]",
        "unknown key {key!r} in [{section}]",
    ),
    "config.unknown_key_known": (
        "ukjent nøkkel «{key}» i [{section}]; gyldige nøkler: {known}",
        "ukjend nøkkel «{key}» i [{section}]; gyldige nøklar: {known}",
        "unknown key {key!r} in [{section}]; known: {known}",
    ),
    "config.unknown_purpose": (
        "ukjent formål [purpose.{name}]; gyldige: office, network",
        "ukjent føremål [purpose.{name}]; gyldige: office, network",
        "unknown purpose [purpose.{name}]; known: office, network",
    ),
    "config.number_min": (
        "[{section}] {key} må være et tall ≥ {low}, ikke {value}",
        "[{section}] {key} må vere eit tal ≥ {low}, ikkje {value}",
        "[{section}] {key} must be a number ≥ {low}, not {value}",
    ),
    "config.number_positive": (
        "[{section}] {key} må være et tall > 0, ikke {value}",
        "[{section}] {key} må vere eit tal > 0, ikkje {value}",
        "[{section}] {key} must be a number > 0, not {value}",
    ),
    "config.whole_min": (
        "[{section}] {key} må være et heltall ≥ {low}, ikke {value}",
        "[{section}] {key} må vere eit heiltal ≥ {low}, ikkje {value}",
        "[{section}] {key} must be a whole number ≥ {low}, not {value}",
    ),
    "config.year": (
        "[{section}] year må være et årstall, f.eks. 2026, ikke {value}",
        "[{section}] year må vere eit årstal, t.d. 2026, ikkje {value}",
        "[{section}] year must be a year such as 2026, not {value}",
    ),
    "config.date": (
        "[{section}] {key} må være en dato, f.eks. 2023-10-15, ikke {value}",
        "[{section}] {key} må vere ein dato, t.d. 2023-10-15, ikkje {value}",
        "[{section}] {key} must be a date such as 2023-10-15, not {value}",
    ),
    "config.weight_option": (
        "«{item}»: skriv NAVN=TALL, f.eks. alder_arealdel=0",
        "«{item}»: skriv NAMN=TAL, t.d. alder_arealdel=0",
        "{item!r}: expected NAME=NUMBER, e.g. alder_arealdel=0",
    ),
    "config.weights_zero": (
        "[{section}] de tre vektene kan ikke alle være 0",
        "[{section}] dei tre vektene kan ikkje alle vere 0",
        "[{section}] the three weights cannot all be 0",
    ),
    "config.need_weight": (
        "[need] må ha minst én vekt over 0",
        "[need] må ha minst éi vekt over 0",
        "[need] needs at least one weight above 0",
    ),
    "config.unknown_need": (
        "ukjent behovsindikator «{name}»; gyldige: {known}",
        "ukjend behovsindikator «{name}»; gyldige: {known}",
        "unknown need indicator {name!r}; known: {known}",
    ),
    "config.at_least_one": (
        "[{section}] {key} må være minst 1",
        "[{section}] {key} må vere minst 1",
        "[{section}] {key} must be at least 1",
    ),
    "config.above_zero": (
        "[{section}] {key} må være over 0",
        "[{section}] {key} må vere over 0",
        "[{section}] {key} must be above 0",
    ),
    "error.unknown_lang": (
        "ukjent språk «{lang}»; velg {choices}",
        "ukjent språk «{lang}»; vel {choices}",
        "unknown language {lang!r}; choose {choices}",
    ),
    # --- click's usage errors, exit 2 (dknet.cli.usage) -------------------------------------------
    "usage.try": (
        "Prøv «{command} {option}» for hjelp.",
        "Prøv «{command} {option}» for hjelp.",
        "Try '{command} {option}' for help.",
    ),
    "usage.with_close": ("{head} Mente du {close}?", "{head} Meinte du {close}?", "{head} Did you mean {close}?"),
    "usage.no_such_option": ("Valget {name} finnes ikke.", "Valet {name} finst ikkje.", "No such option: {name}."),
    "usage.no_such_command": (
        "Kommandoen «{name}» finnes ikke.",
        "Kommandoen «{name}» finst ikkje.",
        "No such command '{name}'.",
    ),
    "usage.missing_command": ("Mangler kommando.", "Manglar kommando.", "Missing command."),
    "usage.missing_argument": ("Mangler argumentet {name}.", "Manglar argumentet {name}.", "Missing argument {name}."),
    "usage.missing_option": ("Mangler valget {name}.", "Manglar valet {name}.", "Missing option {name}."),
    "usage.bad_value": (
        "Ugyldig verdi for {name}: {reason}",
        "Ugyldig verdi for {name}: {reason}",
        "Invalid value for {name}: {reason}",
    ),
    "usage.bad_value_plain": ("Ugyldig verdi: {reason}", "Ugyldig verdi: {reason}", "Invalid value: {reason}"),
    "usage.choice": (
        "«{value}» er ikke et av valgene. Velg {choices}.",
        "«{value}» er ikkje eitt av vala. Vel {choices}.",
        "{value!r} is not one of the choices. Choose {choices}.",
    ),
    "usage.not_int": (
        "«{value}» er ikke et heltall.",
        "«{value}» er ikkje eit heiltal.",
        "{value!r} is not a whole number.",
    ),
    "usage.not_number": ("«{value}» er ikke et tall.", "«{value}» er ikkje eit tal.", "{value!r} is not a number."),
    "usage.not_date": (
        "«{value}» er ikke en dato på formen {format}.",
        "«{value}» er ikkje ein dato på forma {format}.",
        "{value!r} is not a date of the form {format}.",
    ),
    "usage.range": (
        "må være {bounds}, ikke {value}.",
        "må vere {bounds}, ikkje {value}.",
        "must be {bounds}, not {value}.",
    ),
    "usage.range.min": ("minst {n}", "minst {n}", "at least {n}"),
    "usage.range.above": ("over {n}", "over {n}", "above {n}"),
    "usage.range.max": ("høyst {n}", "høgst {n}", "at most {n}"),
    "usage.range.below": ("under {n}", "under {n}", "below {n}"),
    "usage.range.both": ("{low} og {high}", "{low} og {high}", "{low} and {high}"),
    "usage.path.missing": ("«{value}» finnes ikke.", "«{value}» finst ikkje.", "{value!r} does not exist."),
    "usage.path.missing_dir": (
        "Mappen «{value}» finnes ikke.",
        "Mappa «{value}» finst ikkje.",
        "The folder {value!r} does not exist.",
    ),
    "usage.path.is_dir": (
        "«{value}» er en mappe, ikke en fil.",
        "«{value}» er ei mappe, ikkje ei fil.",
        "{value!r} is a folder, not a file.",
    ),
    "usage.path.is_file": (
        "«{value}» er en fil, ikke en mappe.",
        "«{value}» er ei fil, ikkje ei mappe.",
        "{value!r} is a file, not a folder.",
    ),
    "usage.flag_value": (
        "Valget {name} tar ingen verdi.",
        "Valet {name} tek ingen verdi.",
        "Option {name} does not take a value.",
    ),
    "usage.needs_value": (
        "Valget {name} trenger en verdi.",
        "Valet {name} treng ein verdi.",
        "Option {name} needs a value.",
    ),
    "usage.needs_values": (
        "Valget {name} trenger {n} verdier.",
        "Valet {name} treng {n} verdiar.",
        "Option {name} needs {n} values.",
    ),
    "usage.extra_arg": (
        "Overflødig argument: {args}",
        "Overflødig argument: {args}",
        "Unexpected extra argument: {args}",
    ),
    "usage.extra_args": (
        "Overflødige argumenter: {args}",
        "Overflødige argument: {args}",
        "Unexpected extra arguments: {args}",
    ),
    "usage.report.both": (
        "Oppgi enten --focus KOMMUNE eller --county/--sf, ikke begge.",
        "Oppgi anten --focus KOMMUNE eller --county/--sf, ikkje begge.",
        "Give either --focus KOMMUNE or --county/--sf, not both.",
    ),
    "usage.report.scope": (
        "Oppgi --county FYLKE (og/eller --sf) eller --focus KOMMUNE.",
        "Oppgi --county FYLKE (og/eller --sf) eller --focus KOMMUNE.",
        "Give --county FYLKE (and/or --sf) or --focus KOMMUNE.",
    ),
    "usage.map.partners_focus": (
        "--view partners trenger --focus KOMMUNE: kommunen som partnerne skal vises for.",
        "--view partners treng --focus KOMMUNE: kommunen som partnarane skal visast for.",
        "--view partners needs --focus KOMMUNE (whose partners to show).",
    ),
}
