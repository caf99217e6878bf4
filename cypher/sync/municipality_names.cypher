// municipality_names: numbers and names of the municipalities in Neo4j, to resolve what a user types.
//
// `dknet neo4j query … --param kommunenummer=holtålen` resolves the name against these rows, the
// same way `dknet show` does against the local graph.
//
// params: none
// columns:
//   kommunenummer: str — the municipality's key
//   navn: str — its name
//   navn_ssb: str? — its name as Statistics Norway writes it
//   fylkesnummer: str? — its county
//   fylkesnavn: str? — the county's name
MATCH (m:Municipality)
OPTIONAL MATCH (m)-[:IN_COUNTY]->(c:County)
RETURN m.key AS kommunenummer,
       m.name AS navn,
       m.navn_ssb AS navn_ssb,
       m.fylkesnummer AS fylkesnummer,
       c.name AS fylkesnavn
ORDER BY kommunenummer
