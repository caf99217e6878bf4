// guidance_gaps: guidance contacts per municipality from FK and SF since a year, fewest first.
//
// The Cypher twin of dknet.analysis.coverage.guidance_coverage (same columns, same values, same
// order; parity is tested). A contact counts `antall` (1 when missing); contacts from a County
// node are FK, from a StateAdministrator node SF. last_year is the latest contact of any year
// (also before `since`), null when there is none. Sorted by contacts, then kommunenummer, so the
// gaps come first.
//
// params:
//   fylkesnummer: str? — only municipalities in this county (2 digits); null: all counties
//   since: int = 2023 — count contacts from this year on
// columns:
//   kommunenummer: str — the municipality
//   navn: str — its name
//   fylkesnummer: str — its county
//   fk_contacts: int — contacts from the county council (FK) since `since`
//   sf_contacts: int — contacts from the state administrator (SF) since `since`
//   contacts: int — fk_contacts + sf_contacts
//   last_year: int? — the year of the latest contact, any year; null when none
MATCH (m:Municipality)
WHERE $fylkesnummer IS NULL OR m.fylkesnummer = $fylkesnummer
OPTIONAL MATCH (g:County|StateAdministrator)-[r:GUIDES]->(m)
WITH m,
     sum(CASE WHEN r.aar >= $since AND g:County THEN coalesce(r.antall, 1) ELSE 0 END) AS fk,
     sum(CASE WHEN r.aar >= $since AND g:StateAdministrator THEN coalesce(r.antall, 1) ELSE 0 END) AS sf,
     max(r.aar) AS last_year
RETURN m.key AS kommunenummer,
       m.name AS navn,
       m.fylkesnummer AS fylkesnummer,
       fk AS fk_contacts,
       sf AS sf_contacts,
       fk + sf AS contacts,
       last_year
ORDER BY contacts, kommunenummer
