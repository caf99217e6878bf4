"""Texts for answers that are not known: unregistered layers, earlier terms' records, known/unknown counts.

Registered in :mod:`dknet.messages` beside the other subject modules (key → bokmål, nynorsk, English).
"""

from __future__ import annotations

UNKNOWN: dict[str, tuple[str, str, str]] = {
    # --- plans: an earlier term's record is shown, never read as this term's status -------------
    "plans.last_recorded": (
        "siste registrerte: {date} ({term})",
        "siste registrerte: {date} ({term})",
        "last recorded: {date} ({term})",
    ),
    "plans.term_previous": ("forrige periode", "førre periode", "previous term"),
    "plans.term_named": ("periode {term}", "periode {term}", "term {term}"),
    "plans.term_either": ("periode uviss", "periode uviss", "term uncertain"),
    "plans.known": (
        "Status kjent for {known} av {n} kommuner; {unknown} ukjent (ingen post for perioden {term}).",
        "Status kjend for {known} av {n} kommunar; {unknown} ukjend (ingen post for perioden {term}).",
        "Status known for {known} of {n} municipalities; {unknown} unknown (no record for the term {term}).",
    ),
    # --- layers without a register: not a finding -----------------------------------------------
    "unknown.no_register": (
        "{what}: kan ikke vurderes – mangler register for {layer}",
        "{what}: kan ikkje vurderast – manglar register for {layer}",
        "{what}: cannot be assessed – no register of {layer}",
    ),
    "unknown.not_registered": (
        "ikke registrert (mangler register for {layer})",
        "ikkje registrert (manglar register for {layer})",
        "not registered (no register of {layer})",
    ),
    "unknown.layer.veiledning": ("veiledning", "rettleiing", "guidance"),
    "unknown.layer.veiledning_fk": ("veiledning fra FK", "rettleiing frå FK", "guidance from FK"),
    "unknown.layer.veiledning_sf": ("veiledning fra SF", "rettleiing frå SF", "guidance from SF"),
    "unknown.layer.plankapasitet": ("plankapasitet", "plankapasitet", "planning capacity"),
    "unknown.layer.plankontor": ("plankontor", "plankontor", "plan offices"),
    "unknown.layer.arena": ("planarenaer og nettverk", "planarenaer og nettverk", "planning arenas and networks"),
    "unknown.layer.regionale_planer": ("regionale planer", "regionale planar", "regional plans"),
    "unknown.what.guidance": ("veiledning", "rettleiing", "guidance"),
    "unknown.what.capacity": ("plankapasitet", "plankapasitet", "planning capacity"),
    "unknown.what.office": ("plankontor", "plankontor", "plan office"),
    "unknown.what.network": ("plannettverk", "plannettverk", "planning network"),
    # --- gaps: what the need score rests on -------------------------------------------------------
    "gaps.need_basis": (
        "Behov er snittet av de indikatorene som er kjent for kommunen (kolonnen «behov ut fra»); "
        "manglende indikatorer er utelatt, ikke regnet som 0. Støtte regner bare med registrerte lag; "
        "et lag uten register står som «kan ikke vurderes».",
        "Behov er snittet av dei indikatorane som er kjende for kommunen (kolonnen «behov ut frå»); "
        "manglande indikatorar er utelatne, ikkje rekna som 0. Støtte reknar berre med registrerte lag; "
        "eit lag utan register står som «kan ikkje vurderast».",
        "Need is the mean of the indicators known for the municipality (column 'need basis'); missing "
        "indicators are left out, not counted as 0. Support counts registered layers only; a layer "
        "without a register reads 'cannot be assessed'.",
    ),
    "gaps.need_ind.small": ("folketall", "folketal", "population"),
    "gaps.need_ind.remote": ("sentralitet", "sentralitet", "centrality"),
    "gaps.need_ind.ageing": ("andel 67+", "del 67+", "share 67+"),
    "gaps.need_ind.declining": ("befolkningsendring", "folketalsendring", "population change"),
    "gaps.need_ind.old_arealdel": ("arealdelens alder", "arealdelen sin alder", "land-use plan age"),
    "gaps.need_ind.old_samfunnsdel": ("samfunnsdelens alder", "samfunnsdelen sin alder", "community plan age"),
    "gaps.need_ind.low_capacity": ("plankapasitet", "plankapasitet", "planning capacity"),
    "gaps.need_ind.planstrategi": ("planstrategi", "planstrategi", "planning strategy"),
    "gaps.structural.unassessed": (
        "«Avskåret fra FK og SF» og «nås bare gjennom ett mellomledd» er ikke vurdert for {n} kommuner: "
        "mangler register for veiledning fra FK eller SF.",
        "«Avskoren frå FK og SF» og «nås berre gjennom eitt mellomledd» er ikkje vurdert for {n} kommunar: "
        "manglar register for rettleiing frå FK eller SF.",
        "'Cut off from FK and SF' and 'reached only through one broker' are not assessed for {n} "
        "municipalities: no register of guidance from FK or SF.",
    ),
    # --- shares with the counts they rest on -------------------------------------------------------
    "share.known": (
        "{n} av {known} kjente ({share}); {unknown} ukjent",
        "{n} av {known} kjende ({share}); {unknown} ukjend",
        "{n} of {known} known ({share}); {unknown} unknown",
    ),
    "share.none_known": (
        "ingen kjent; {unknown} ukjent",
        "ingen kjend; {unknown} ukjend",
        "none known; {unknown} unknown",
    ),
    "share.top_unassessed": (
        "{name} (støtte uten register for {layers})",
        "{name} (støtte utan register for {layers})",
        "{name} (support without a register of {layers})",
    ),
    "scorecard.headline": (
        "Oppfylt i {n} av {known} kjente punkter; {unknown} ukjent (ukjent teller verken som oppfylt eller ikke).",
        "Oppfylt i {n} av {known} kjende punkt; {unknown} ukjend (ukjend tel verken som oppfylt eller ikkje).",
        "Met in {n} of {known} known items; {unknown} unknown (unknown counts as neither met nor not met).",
    ),
}
