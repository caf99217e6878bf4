"""What the second hardening round (issue 23) added: files that are not files, late quotes, wide rows,
rows that contradict themselves, templates that would be overwritten, output that cannot be written.

Merged into :data:`dknet.messages.MESSAGES` like the other subject modules; keys follow
:mod:`dknet.messages.problems` (``expect.*``, ``hint.*``, ``output.*``).
"""

from __future__ import annotations

HARDENING: dict[str, tuple[str, str, str]] = {
    # --- files that are not files (dknet.io.tables, dknet.io.dataset) --------------------------------
    "hint.dangling": (
        "det er en lenke til en fil som ikke finnes, eller filen ble fjernet",
        "det er ei lenkje til ei fil som ikkje finst, eller fila vart fjerna",
        "it is a link to a file that does not exist, or it was removed",
    ),
    "hint.special_file": (
        "dette er ikke en vanlig fil (en FIFO, en enhet eller en socket); lagre registeret som en vanlig fil",
        "dette er ikkje ei vanleg fil (ein FIFO, ei eining eller ein socket); lagre registeret som ei vanleg fil",
        "this is not a regular file (a FIFO, a device or a socket); save the register as a regular file",
    ),
    "hint.file_kind": (
        "det er en {kind}-fil, ikke en arbeidsbok; åpne den i programmet den kommer fra og lagre den som .xlsx "
        "eller .csv",
        "det er ei {kind}-fil, ikkje ei arbeidsbok; opne ho i programmet ho kjem frå og lagre ho som .xlsx eller .csv",
        "it is a {kind} file, not a workbook; open it in the program it comes from and save it as .xlsx or .csv",
    ),
    # --- rows (dknet.io.workbook, dknet.io.csvfile, dknet.io.validate) ---------------------------------
    "expect.max_columns_row": (
        "verdier i høyst {max} kolonner (denne raden har en verdi i kolonne {column})",
        "verdiar i høgst {max} kolonnar (denne rada har ein verdi i kolonne {column})",
        "values in at most {max} columns (this row has a value in column {column})",
    ),
    "expect.one_line": (
        "en verdi på én linje (anførselstegnet som åpner i linje {line} lukkes først i linje {end})",
        "ein verdi på éi linje (hermeteiknet som opnar i linje {line} vert lukka først i linje {end})",
        "a value on one line (the quote that opens in line {line} closes only in line {end})",
    ),
    "hint.late_quote": (
        "linjene mellom ble en del av denne cellen i stedet for egne rader; lukk anførselstegnet i linje {line}",
        "linjene mellom vart ein del av denne cella i staden for eigne rader; lukk hermeteiknet i linje {line}",
        "the lines between became part of this cell instead of rows of their own; close the quote in line {line}",
    ),
    "expect.two_municipalities": (
        "to ulike kommuner (en kommune grenser ikke mot seg selv)",
        "to ulike kommunar (ein kommune grensar ikkje mot seg sjølv)",
        "two different municipalities (a municipality does not border itself)",
    ),
    "hint.self_border": (
        "kommune_a og kommune_b er begge {code}; rett den ene eller fjern raden",
        "kommune_a og kommune_b er begge {code}; rett den eine eller fjern rada",
        "kommune_a and kommune_b are both {code}; correct one of them or remove the row",
    ),
    "expect.year_of_date": (
        "vedtatt_aar lik året i vedtatt_dato ({year})",
        "vedtatt_aar lik året i vedtatt_dato ({year})",
        "vedtatt_aar equal to the year of vedtatt_dato ({year})",
    ),
    "hint.year_of_date": (
        "rett året eller datoen, eller la vedtatt_aar stå tom (året leses da fra datoen)",
        "rett året eller datoen, eller la vedtatt_aar stå tom (året vert då lese frå datoen)",
        "correct the year or the date, or leave vedtatt_aar empty (the year is then read from the date)",
    ),
    "hint.years_in_order": (
        "til_aar kan ikke ligge før fra_aar; rett ett av årene",
        "til_aar kan ikkje liggje før fra_aar; rett eitt av åra",
        "til_aar cannot come before fra_aar; correct one of the years",
    ),
    # --- templates (dknet.io.templates) -----------------------------------------------------------------
    "templates.exist": (
        "{dir} har allerede {files}; dknet skriver ikke over dem. Velg en tom mappe, eller bruk --force for å "
        "skrive over",
        "{dir} har alt {files}; dknet skriv ikkje over dei. Vel ei tom mappe, eller bruk --force for å skrive over",
        "{dir} already has {files}; dknet does not overwrite them. Choose an empty folder, or use --force to overwrite",
    ),
    "templates.exist.lib": (
        "{dir} har allerede {files}; dknet skriver ikke over dem",
        "{dir} har alt {files}; dknet skriv ikkje over dei",
        "{dir} already has {files}; dknet does not overwrite them",
    ),
    "templates.cannot_write": (
        "kunne ikke skrive malene til {dir}: {reason}",
        "kunne ikkje skrive malane til {dir}: {reason}",
        "could not write the templates to {dir}: {reason}",
    ),
    # --- output (dknet.cli.output) ----------------------------------------------------------------------
    "output.stdout_failed": (
        "kunne ikke skrive til standard ut: {reason}",
        "kunne ikkje skrive til standard ut: {reason}",
        "could not write to standard output: {reason}",
    ),
}
