"""Texts of several people keeping one register: conflicts between files, and pull/push with Neo4j.

The code is in :mod:`dknet.io.conflicts` (two files, one record) and :mod:`dknet.graphdb.snapshot`
(a record changed in Neo4j since the last pull).
"""

from __future__ import annotations

SYNC: dict[str, tuple[str, str, str]] = {
    # --- two files, one record ----------------------------------------------------------------------
    "sync.conflict.register": (
        "samme verdi som {other}, rad {row} («{value}»{changed_other}) for {key}: to registre er uenige{changed_this}",
        "same verdi som {other}, rad {row} («{value}»{changed_other}) for {key}: to register er usamde{changed_this}",
        'the same value as {other}, row {row} ("{value}"{changed_other}) for {key}: two registers disagree'
        "{changed_this}",
    ),
    "sync.conflict.register.hint": (
        "bli enige om én verdi og rett eller fjern den andre posten (dknet bruker ingen av dem før det)",
        "bli samde om éin verdi og rett eller fjern den andre posten (dknet brukar ingen av dei før det)",
        "agree on one value and correct or remove the other record (dknet keeps neither until then)",
    ),
    "sync.changed.when_who": ("endret {when} av {who}", "endra {when} av {who}", "changed {when} by {who}"),
    "sync.changed.when": ("endret {when}", "endra {when}", "changed {when}"),
    "sync.changed.who": ("endret av {who}", "endra av {who}", "changed by {who}"),
    "sync.changed.other": (", {changed}", ", {changed}", ", {changed}"),
    "sync.changed.this": (" (denne raden: {changed})", " (denne rada: {changed})", " (this row: {changed})"),
    # --- Neo4j: pull to a folder, push with a snapshot ----------------------------------------------
    "sync.pull.wrote": (
        "Skrev {n} registre ({records} poster) til {dir}, med øyeblikksbildet {snapshot} for neste push.",
        "Skreiv {n} register ({records} postar) til {dir}, med augneblinksbiletet {snapshot} for neste push.",
        "Wrote {n} registers ({records} records) to {dir}, with the snapshot {snapshot} for the next push.",
    ),
    "sync.pull.exists": (
        "{path} finnes fra før; bruk --force for å skrive over filene i mappen",
        "{path} finst frå før; bruk --force for å skrive over filene i mappa",
        "{path} already exists; use --force to overwrite the files in the folder",
    ),
    "sync.pull.not_dir": (
        "{path} er ikke en mappe",
        "{path} er ikkje ei mappe",
        "{path} is not a folder",
    ),
    "sync.conflict.neo4j": (
        "{layer} {key}: endret i Neo4j etter siste pull ({when}), og den lokale posten er en annen – "
        "kolonner som er ulike: {columns}",
        "{layer} {key}: endra i Neo4j etter siste pull ({when}), og den lokale posten er ein annan – "
        "kolonnar som er ulike: {columns}",
        "{layer} {key}: changed in Neo4j since the last pull ({when}) and the local record is different – "
        "columns that differ: {columns}",
    ),
    "sync.conflict.neo4j.removed": (
        "{layer} {key}: slettet i Neo4j etter siste pull ({when}), men finnes lokalt",
        "{layer} {key}: sletta i Neo4j etter siste pull ({when}), men finst lokalt",
        "{layer} {key}: deleted in Neo4j since the last pull ({when}), but still here locally",
    ),
    "sync.conflict.neo4j.pruned": (
        "{layer} {key}: endret i Neo4j etter siste pull ({when}), men --prune ville slette den",
        "{layer} {key}: endra i Neo4j etter siste pull ({when}), men --prune ville sletta han",
        "{layer} {key}: changed in Neo4j since the last pull ({when}), but --prune would delete it",
    ),
    "sync.conflict.neo4j.stop": (
        "Ingenting er skrevet: {n} poster er endret i Neo4j siden siste pull og er ulike lokalt. Kjør "
        "«dknet neo4j pull --to NY-MAPPE», flett endringene inn i mappen din og push igjen, eller skriv "
        "over med --force.",
        "Ingenting er skrive: {n} postar er endra i Neo4j sidan siste pull og er ulike lokalt. Køyr "
        "«dknet neo4j pull --to NY-MAPPE», flett endringane inn i mappa di og push igjen, eller skriv "
        "over med --force.",
        "Nothing was written: {n} records changed in Neo4j since the last pull and differ locally. Run "
        '"dknet neo4j pull --to NEW-FOLDER", merge the changes into your folder and push again, or overwrite '
        "with --force.",
    ),
    "sync.conflict.neo4j.stop1": (
        "Ingenting er skrevet: én post er endret i Neo4j siden siste pull og er ulik lokalt. Kjør "
        "«dknet neo4j pull --to NY-MAPPE», flett endringen inn i mappen din og push igjen, eller skriv "
        "over med --force.",
        "Ingenting er skrive: éin post er endra i Neo4j sidan siste pull og er ulik lokalt. Køyr "
        "«dknet neo4j pull --to NY-MAPPE», flett endringa inn i mappa di og push igjen, eller skriv "
        "over med --force.",
        "Nothing was written: one record changed in Neo4j since the last pull and differs locally. Run "
        '"dknet neo4j pull --to NEW-FOLDER", merge the change into your folder and push again, or overwrite '
        "with --force.",
    ),
    "sync.conflict.neo4j.forced": (
        "--force: skriver over endringer gjort i Neo4j siden siste pull (poster: {n}).",
        "--force: skriv over endringar gjorde i Neo4j sidan siste pull (postar: {n}).",
        "--force: overwriting changes made in Neo4j since the last pull (records: {n}).",
    ),
    "sync.snapshot.bad": (
        "øyeblikksbildet {path} kan ikke leses ({error}); hent mappen på nytt med «dknet neo4j pull --to»",
        "augneblinksbiletet {path} kan ikkje lesast ({error}); hent mappa på nytt med «dknet neo4j pull --to»",
        'the snapshot {path} cannot be read ({error}); pull the folder again with "dknet neo4j pull --to"',
    ),
    "sync.snapshot.updated": (
        "Oppdaterte øyeblikksbildet {path}.",
        "Oppdaterte augneblinksbiletet {path}.",
        "Updated the snapshot {path}.",
    ),
}
