"""The glossary: jargon with a plain name and a one-line explanation per language; see :mod:`dknet.messages`."""

from __future__ import annotations

# Jargon: key → (term, explanation) in each language.
GLOSSARY: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "modularity": (
        ("Modularitet", "hvor tydelig gruppene skiller seg fra hverandre: 0 = ingen struktur, nær 1 = klare grupper."),
        ("Modularitet", "kor tydeleg gruppene skil seg frå kvarandre: 0 = ingen struktur, nær 1 = klare grupper."),
        ("Modularity", "how clearly the communities stand apart: 0 = no structure, near 1 = clear groups."),
    ),
    "nmi": (
        ("NMI (samsvar)", "hvor godt gruppene stemmer med en kjent inndeling (BA-region, fylke): 0 = ikke, 1 = helt."),
        ("NMI (samsvar)", "kor godt gruppene stemmer med ei kjend inndeling (BA-region, fylke): 0 = ikkje, 1 = heilt."),
        ("NMI (agreement)", "how well the communities match a known division (BA region, county): 0 = not, 1 = fully."),
    ),
    "ari": (
        ("ARI (samsvar)", "som NMI, men justert for tilfeldig samsvar: 0 = som tilfeldig, 1 = helt likt."),
        ("ARI (samsvar)", "som NMI, men justert for tilfeldig samsvar: 0 = som tilfeldig, 1 = heilt likt."),
        ("ARI (agreement)", "like NMI, corrected for chance: 0 = as random, 1 = identical."),
    ),
    "hhi": (
        ("HHI (konsentrasjon)", "hvor samlet veiledningen er på få kommuner: nær 0 = jevnt fordelt, 1 = bare én."),
        ("HHI (konsentrasjon)", "kor samla rettleiinga er på få kommunar: nær 0 = jamt fordelt, 1 = berre éin."),
        ("HHI (concentration)", "how concentrated guidance is on few municipalities: near 0 = even, 1 = only one."),
    ),
    "stability": (
        (
            "Stabilitet",
            "hvor ofte medlemmene av en gruppe havnet sammen når gruppene ble funnet på nytt med andre startverdier "
            "(25 kjøringer): 100 % = alltid, under 50 % = ligger mellom to grupper.",
        ),
        (
            "Stabilitet",
            "kor ofte medlemmane i ei gruppe hamna saman når gruppene vart funne på nytt med andre startverdiar "
            "(25 køyringar): 100 % = alltid, under 50 % = ligg mellom to grupper.",
        ),
        (
            "Stability",
            "how often a group's members ended up together when the groups were found again with other seeds "
            "(25 runs): 100 % = always, under 50 % = between two groups.",
        ),
    ),
    "gower": (
        ("Gower-likhet", "likhet mellom to kommuners utfordringsprofil, 0–1; manglende verdier hoppes over."),
        (
            "Gower-likskap",
            "likskap mellom utfordringsprofilane til to kommunar, 0–1; manglande verdiar blir hoppa over.",
        ),
        ("Gower similarity", "similarity of two municipalities' challenge profiles, 0–1; missing values are skipped."),
    ),
    "louvain": (
        ("Louvain / Leiden", "metoder som deler nettverket i grupper av kommuner som henger tett sammen."),
        ("Louvain / Leiden", "metodar som deler nettverket i grupper av kommunar som heng tett saman."),
        ("Louvain / Leiden", "methods that split the network into groups of closely linked municipalities."),
    ),
    "feasibility": (
        ("Gjennomførbarhet", "hvor lett to kommuner kan samarbeide i praksis: grense, avstand, BA-region, fylke, SF."),
        ("Gjennomførbarheit", "kor lett to kommunar kan samarbeide i praksis: grense, avstand, BA-region, fylke, SF."),
        ("Feasibility", "how easily two municipalities can work together: border, distance, BA region, county, SF."),
    ),
    "burt": (
        ("Begrensning (Burt)", "hvor avhengig en kommune er av få kontakter; høy verdi = lite handlingsrom."),
        ("Avgrensing (Burt)", "kor avhengig ein kommune er av få kontaktar; høg verdi = lite handlingsrom."),
        ("Constraint (Burt)", "how much a municipality depends on few contacts; high = little room to manoeuvre."),
    ),
    "ba_region": (
        ("BA-region", "bo- og arbeidsmarkedsregion: kommuner der folk bor og pendler til arbeid (159 i landet)."),
        ("BA-region", "bu- og arbeidsmarknadsregion: kommunar der folk bur og pendlar til arbeid (159 i landet)."),
        ("BA region", "commuting region: municipalities where people live and commute to work (159 in Norway)."),
    ),
    "fte": (
        ("Årsverk", "én full stilling i ett år; plankapasitet måles i årsverk."),
        ("Årsverk", "éi full stilling i eitt år; plankapasitet blir målt i årsverk."),
        ("FTE (årsverk)", "one full-time position for a year; planning capacity is measured in FTE."),
    ),
    "fk_sf": (
        ("FK / SF", "fylkeskommunen (regional planmyndighet) / statsforvalteren (statens tilsyn og veiledning)."),
        ("FK / SF", "fylkeskommunen (regional planstyresmakt) / statsforvaltaren (tilsyn og rettleiing frå staten)."),
        ("FK / SF", "county council (regional planning authority) / state administrator (the state's supervisor)."),
    ),
    "centrality": (
        ("Sentralitetsklasse", "SSBs inndeling fra 1 (mest sentral) til 6 (minst); 5–6 regnes som distrikt."),
        ("Sentralitetsklasse", "SSB si inndeling frå 1 (mest sentral) til 6 (minst); 5–6 blir rekna som distrikt."),
        ("Centrality class", "Statistics Norway's scale from 1 (most central) to 6 (least); 5–6 count as rural."),
    ),
    "illustrative": (
        ("Illustrativ", "genererte poster der det ikke finnes offentlige data; bytt dem ut med egne registre."),
        ("Illustrativ", "genererte postar der det ikkje finst offentlege data; byt dei ut med eigne register."),
        ("Illustrative", "generated records where no public data exists; replace them with your own registers."),
    ),
    # Planning terms (the county report's glossary shows them, too).
    "planstrategi": (
        (
            "Kommunal planstrategi",
            "kommunestyrets vedtak hvert fjerde år om hvilke planer som skal revideres (pbl § 10-1).",
        ),
        (
            "Kommunal planstrategi",
            "vedtaket kommunestyret gjer kvart fjerde år om kva planar som skal reviderast (pbl § 10-1).",
        ),
        (
            "Municipal planning strategy (planstrategi)",
            "the council's decision each term on which plans to revise (PBL § 10-1).",
        ),
    ),
    "samfunnsdel": (
        ("Samfunnsdel", "kommuneplanens strategi for samfunnsutviklingen, med handlingsdel."),
        ("Samfunnsdel", "strategien i kommuneplanen for samfunnsutviklinga, med handlingsdel."),
        ("Community part (samfunnsdel)", "the municipal master plan's strategy, with its action part."),
    ),
    "arealdel": (
        ("Arealdel", "kommuneplanens juridisk bindende plan for arealbruk."),
        ("Arealdel", "den juridisk bindande planen i kommuneplanen for arealbruk."),
        ("Land-use part (arealdel)", "the legally binding land-use plan of the municipal master plan."),
    ),
    "vertskommune": (
        (
            "Vertskommune",
            "kommunen som løser oppgaven for de andre (kommuneloven § 20-1); vanlig form for et felles plankontor.",
        ),
        (
            "Vertskommune",
            "kommunen som løyser oppgåva for dei andre (kommunelova § 20-1); vanleg form for eit felles plankontor.",
        ),
        (
            "Host municipality (vertskommune)",
            "the municipality that does the task for the others (Local Government Act § 20-1); the usual form of a "
            "shared plan office.",
        ),
    ),
}
