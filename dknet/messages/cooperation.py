"""Texts of the cooperation rule (:mod:`dknet.analysis.cooperation`) and of plan offices that extend running ones."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    "coop.running": (
        "begge i {name} ({since}, sist bekreftet {confirmed}; kilde {source})",
        "begge i {name} ({since}, sist stadfesta {confirmed}; kjelde {source})",
        "both in {name} ({since}, last confirmed {confirmed}; source {source})",
    ),
    "coop.running_label": (
        "{name} ({since}, sist bekreftet {confirmed}; kilde {source})",
        "{name} ({since}, sist stadfesta {confirmed}; kjelde {source})",
        "{name} ({since}, last confirmed {confirmed}; source {source})",
    ),
    "coop.running_when": (
        "{since}, sist bekreftet {confirmed}",
        "{since}, sist stadfesta {confirmed}",
        "{since}, last confirmed {confirmed}",
    ),
    "coop.since": ("løpende siden {year}", "løpande sidan {year}", "running since {year}"),
    "coop.since_unknown": ("løpende", "løpande", "running"),
    "coop.confirmed_unknown": ("ukjent", "ukjend", "unknown"),
    "coop.ended": (
        "samarbeidet før i {name} ({period})",
        "samarbeidde før i {name} ({period})",
        "cooperated before in {name} ({period})",
    ),
    "coop.ended_generated": (
        "samarbeidet før i {name} ({period}; illustrativt)",
        "samarbeidde før i {name} ({period}; illustrativt)",
        "cooperated before in {name} ({period}; illustrative)",
    ),
    "coop.not_started": (
        "begge i {name}, starter {start}",
        "begge i {name}, startar {start}",
        "both in {name}, starting {start}",
    ),
    "coop.generated": (
        "begge i {name} (generert, teller ikke som samarbeid)",
        "begge i {name} (generert, tel ikkje som samarbeid)",
        "both in {name} (generated, does not count as cooperation)",
    ),
    # --- plan offices: extending running offices, capacity from population -----------------------
    "offices.extend": (
        "utvid {office} med {names}",
        "utvid {office} med {names}",
        "extend {office} with {names}",
    ),
    "offices.kind.new": ("nytt", "nytt", "new"),
    "offices.kind.extend": ("utvid", "utvid", "extend"),
    "offices.new": (
        "nytt kontor for {names}",
        "nytt kontor for {names}",
        "new office for {names}",
    ),
    "offices.extend_reach": (
        "vertskommunen {host} er nabo til eller innen {km} km fra hver av dem",
        "vertskommunen {host} er nabo til eller innan {km} km frå kvar av dei",
        "the host {host} is a neighbour of, or within {km} km of, each of them",
    ),
    "offices.capable_host": (
        "verten er en sterkere nabo til alle medlemmene",
        "verten er ein sterkare nabo til alle medlemmene",
        "the host is a capable neighbour of every member",
    ),
    "offices.small": (
        "{n} kommuner under {pop} innbyggere",
        "{n} kommunar under {pop} innbyggjarar",
        "{n} municipalities under {pop} inhabitants",
    ),
    "offices.small1": (
        "1 kommune under {pop} innbyggere",
        "1 kommune under {pop} innbyggjarar",
        "1 municipality under {pop} inhabitants",
    ),
    "offices.host_pop": (
        "vert {name}: {pop} innbyggere, sentralitetsindeks {index}",
        "vert {name}: {pop} innbyggjarar, sentralitetsindeks {index}",
        "host {name}: {pop} inhabitants, centrality index {index}",
    ),
    "offices.pop_total": (
        "samlet {pop} innbyggere; planårsverk ukjent, så robusthet er ikke vurdert",
        "samla {pop} innbyggjarar; planårsverk ukjende, så robustheit er ikkje vurdert",
        "{pop} inhabitants in all; planning FTE unknown, so robustness is not assessed",
    ),
    "offices.note_pop": (
        "Ingen tall for planårsverk i dataene: kapasiteten er anslått ut fra folketall. Kommuner under {pop} "
        "innbyggere ({n} av {total}, {share}) som ikke er med i et løpende plankontor, er tatt med (Distriktskommune "
        "3.0: 9 av 10 kommuner under 2 500 innbyggere finner plankravene krevende). Medlemmer av løpende kontorer "
        "flyttes aldri; kontorer utvides der vertskommunen når de nye.",
        "Ingen tal for planårsverk i dataa: kapasiteten er anslått ut frå folketal. Kommunar under {pop} "
        "innbyggjarar ({n} av {total}, {share}) som ikkje er med i eit løpande plankontor, er tekne med "
        "(Distriktskommune 3.0: 9 av 10 kommunar under 2 500 innbyggjarar finn plankrava krevjande). Medlemmar av "
        "løpande kontor blir aldri flytta; kontor blir utvida der vertskommunen når dei nye.",
        "No planning FTE in the data: capacity is estimated from population. Municipalities under {pop} "
        "inhabitants ({n} of {total}, {share}) that are not in a running plan office are considered "
        "(Distriktskommune 3.0: 9 of 10 municipalities under 2,500 inhabitants find the planning requirements "
        "hard to meet). Members of running offices are never moved; offices are extended where their host "
        "reaches the new members.",
    ),
    "offices.running_note": (
        "Løpende plankontorer (etter kildene) som ikke deles opp: {offices}.",
        "Løpande plankontor (etter kjeldene) som ikkje blir delte: {offices}.",
        "Running plan offices (by their sources), never split: {offices}.",
    ),
    "offices.in_running": (
        "Allerede i et løpende plankontor, ikke foreslått på nytt: {names}.",
        "Alt i eit løpande plankontor, ikkje føreslått på nytt: {names}.",
        "Already in a running plan office, not proposed again: {names}.",
    ),
    "offices.alone_pop": (
        "Ikke noe kontor foreslått for {names}: ingen annen liten kommune og ingen større kommune innen {km} km "
        "eller over en grense på land eller sjø.",
        "Ikkje noko kontor føreslått for {names}: ingen annan liten kommune og ingen større kommune innan {km} km "
        "eller over ei grense på land eller sjø.",
        "No office proposed for {names}: no other small municipality and no larger one within {km} km or "
        "across a land or sea border.",
    ),
    "error.plan_offices.few_small": (
        "færre enn to kommuner under {pop} innbyggere utenfor løpende plankontorer: ingenting å gruppere",
        "færre enn to kommunar under {pop} innbyggjarar utanfor løpande plankontor: ingenting å gruppere",
        "fewer than two municipalities under {pop} inhabitants outside running plan offices: nothing to group",
    ),
}
