"""Texts of time: ``dknet changes``, ``--as-of`` and ``--since``, the report's "Endringer siden …" section."""

from __future__ import annotations

from dknet.messages.help import _cmd

MESSAGES: dict[str, tuple[str, str, str]] = {
    # --- help -------------------------------------------------------------------------------------
    "help.changes.short": (
        "Hva som har endret seg mellom to datoer.",
        "Kva som har endra seg mellom to datoar.",
        "What changed between two dates.",
    ),
    "help.changes": _cmd(
        "Hva som har endret seg mellom to datoer: planstrategier vedtatt, kommuneplanens deler revidert, "
        "veiledning gitt, samarbeid startet eller avsluttet, og kommuner som har falt bak (fristen for "
        "planstrategien gikk ut uten vedtak i kommunens register, eller en plan ble eldre enn regelen i "
        "plans.toml).\n\n"
        "Perioden er etter --from og til og med --to (standard: i dag). En post med bare år teller fra "
        "årets start. Hver hendelse har posten og kilden den bygger på.",
        "Kva som har endra seg mellom to datoar: planstrategiar vedtekne, delane av kommuneplanen reviderte, "
        "rettleiing gitt, samarbeid starta eller avslutta, og kommunar som har falle bak (fristen for "
        "planstrategien gjekk ut utan vedtak i registeret til kommunen, eller ein plan vart eldre enn regelen "
        "i plans.toml).\n\n"
        "Perioden er etter --from og til og med --to (standard: i dag). Ein post med berre år tel frå "
        "starten av året. Kvar hending har posten og kjelda ho byggjer på.",
        "What changed between two dates: planning strategies adopted, parts of the kommuneplan revised, "
        "guidance given, cooperations started or ended, and municipalities that fell behind (the planstrategi "
        "deadline passed with none adopted in the municipality's register, or a plan grew older than the rule "
        "in plans.toml).\n\n"
        "The window is after --from up to and including --to (default: today). A record with only a year "
        "counts from the start of that year. Every event names the record and source it rests on.",
        "dknet changes --from 2025-01-01 --county Trøndelag",
        "dknet changes --from 2024-01-01 --to 2024-12-31 --sf trondelag --format csv",
    ),
    "help.changes.opt.from": (
        "Fra denne datoen (ÅÅÅÅ-MM-DD); hendelser etter den teller.",
        "Frå denne datoen (ÅÅÅÅ-MM-DD); hendingar etter han tel.",
        "From this date (YYYY-MM-DD); events after it count.",
    ),
    "help.changes.opt.to": (
        "Til og med denne datoen (ÅÅÅÅ-MM-DD). Standard: i dag.",
        "Til og med denne datoen (ÅÅÅÅ-MM-DD). Standard: i dag.",
        "Up to and including this date (YYYY-MM-DD). Default: today.",
    ),
    "help.changes.opt.config": (
        "Datoene for valgperioden og reglene for når planer bør revideres (TOML-fil; se docs/plans.md).",
        "Datoane for valperioden og reglane for når planar bør reviderast (TOML-fil; sjå docs/plans.md).",
        "Term dates and revision rules (TOML file; see docs/plans.md).",
    ),
    "help.gaps.opt.as-of": (
        "Statusdag (ÅÅÅÅ-MM-DD): poster datert etter den er ikke kjent ennå, og året for veiledningsvinduet "
        "blir dagens år. Standard: i dag (året i gaps.toml).",
        "Statusdag (ÅÅÅÅ-MM-DD): postar daterte etter han er ikkje kjende enno, og året for "
        "rettleiingsvindauget blir året til dagen. Standard: i dag (året i gaps.toml).",
        "Status day (YYYY-MM-DD): records dated after it are not known yet, and the guidance window ends in "
        "its year. Default: today (the year in gaps.toml).",
    ),
    "help.report.opt.as-of": (
        "Statusdag (ÅÅÅÅ-MM-DD): rapporten slik registrene var den dagen. Standard: i dag.",
        "Statusdag (ÅÅÅÅ-MM-DD): rapporten slik registera var den dagen. Standard: i dag.",
        "Status day (YYYY-MM-DD): the report as the registers stood that day. Default: today.",
    ),
    "help.report.opt.since": (
        "«Endringer siden»: fra denne datoen (ÅÅÅÅ-MM-DD). Standard: ett år før statusdagen.",
        "«Endringar sidan»: frå denne datoen (ÅÅÅÅ-MM-DD). Standard: eitt år før statusdagen.",
        "“Changes since”: from this date (YYYY-MM-DD). Default: one year before the status day.",
    ),
    "help.plans.opt.compare-terms": (
        "Sammenlign perioden som gjelder på statusdagen med forrige periode, kommune for kommune.",
        "Samanlikn perioden som gjeld på statusdagen med førre periode, kommune for kommune.",
        "Compare the term in force on the status day with the previous term, municipality by municipality.",
    ),
    # --- events -----------------------------------------------------------------------------------
    "changes.kind.planstrategi_vedtatt": ("planstrategi vedtatt", "planstrategi vedteken", "planstrategi adopted"),
    "changes.kind.kommuneplan_revidert": (
        "kommuneplan revidert",
        "kommuneplan revidert",
        "kommuneplan revised",
    ),
    "changes.kind.plan_vedtatt": ("plan vedtatt", "plan vedteken", "plan adopted"),
    "changes.kind.veiledning_gitt": ("veiledning gitt", "rettleiing gitt", "guidance given"),
    "changes.kind.samarbeid_startet": ("samarbeid startet", "samarbeid starta", "cooperation started"),
    "changes.kind.samarbeid_avsluttet": ("samarbeid avsluttet", "samarbeid avslutta", "cooperation ended"),
    "changes.kind.medlemskap_startet": ("ble medlem", "vart medlem", "joined"),
    "changes.kind.medlemskap_avsluttet": ("gikk ut", "gjekk ut", "left"),
    "changes.kind.planstrategi_frist_passert": (
        "frist for planstrategi ute uten vedtak i registeret",
        "frist for planstrategi ute utan vedtak i registeret",
        "planstrategi deadline passed, none adopted in the register",
    ),
    "changes.kind.plan_forfalt": (
        "plan forfalt til revisjon",
        "plan forfallen til revisjon",
        "plan due for revision",
    ),
    "changes.window": (
        "Endringer etter {since} til og med {to}: {n}.",
        "Endringar etter {since} til og med {to}: {n}.",
        "Changes after {since} up to and including {to}: {n}.",
    ),
    "noun.event": ("hendelse|hendelser", "hending|hendingar", "event|events"),
    "changes.none": (
        "Ingen endringer registrert i perioden.",
        "Ingen endringar registrerte i perioden.",
        "No changes recorded in the window.",
    ),
    "changes.unknown_note": (
        "Frister som gikk ut uten noen post om planstrategien, er ikke med: ukjent er ikke et funn.",
        "Fristar som gjekk ut utan nokon post om planstrategien, er ikkje med: ukjend er ikkje eit funn.",
        "Deadlines that passed with no record of the planstrategi are not listed: unknown is not a finding.",
    ),
    "error.changes.order": (
        "--to ({to}) er før --from ({since}).",
        "--to ({to}) er før --from ({since}).",
        "--to ({to}) is before --from ({since}).",
    ),
    "usage.report.since_after": (
        "--since ({since}) er etter statusdagen ({day}).",
        "--since ({since}) er etter statusdagen ({day}).",
        "--since ({since}) is after the status day ({day}).",
    ),
    # --- the report -------------------------------------------------------------------------------
    "report.changes.heading": ("Endringer siden {date}", "Endringar sidan {date}", "Changes since {date}"),
    "report.changes.intro": (
        "Hva registrene viser har skjedd etter {since} og til og med {to}: {n}. Frister som gikk ut "
        "uten noen post, er ikke med (ukjent er ikke et funn).",
        "Kva registera viser har skjedd etter {since} og til og med {to}: {n}. Fristar som gjekk ut "
        "utan nokon post, er ikkje med (ukjend er ikkje eit funn).",
        "What the registers show happened after {since} up to and including {to}: {n}. Deadlines that "
        "passed with no record are not listed (unknown is not a finding).",
    ),
    "report.changes.none": (
        "Registrene viser ingen endringer i perioden.",
        "Registera viser ingen endringar i perioden.",
        "The registers show no changes in the window.",
    ),
    "report.changes.c_date": ("Dato", "Dato", "Date"),
    "report.changes.c_event": ("Hendelse", "Hending", "Event"),
    "report.changes.c_what": ("Post", "Post", "Record"),
    "report.changes.more": (
        "… og {n} til (hele listen: dknet changes --from {since} --to {to}).",
        "… og {n} til (heile lista: dknet changes --from {since} --to {to}).",
        "… and {n} more (the whole list: dknet changes --from {since} --to {to}).",
    ),
    # --- comparing terms --------------------------------------------------------------------------
    "plans.term_change.ny": (
        "ny: vedtatt nå, ikke forrige periode",
        "ny: vedteken no, ikkje førre periode",
        "new: adopted now, not in the last term",
    ),
    "plans.term_change.mistet": (
        "falt bak: vedtatt forrige periode, ikke nå",
        "fall bak: vedteken førre periode, ikkje no",
        "fell behind: adopted in the last term, not now",
    ),
    "plans.term_change.begge": ("vedtatt i begge", "vedteken i begge", "adopted in both"),
    "plans.term_change.ingen": ("i ingen av dem", "i ingen av dei", "in neither"),
    "plans.term_change.ikke_forfalt": ("frist ikke ute", "frist ikkje ute", "deadline not passed"),
    "plans.term_change.ukjent": ("ukjent", "ukjend", "unknown"),
    "plans.compare_terms.note": (
        "Periode {term} mot forrige periode {previous}: planstrategi-status per kommune i hver periode.",
        "Periode {term} mot førre periode {previous}: planstrategi-status per kommune i kvar periode.",
        "Term {term} against the previous term {previous}: planstrategi status per municipality in each.",
    ),
}
