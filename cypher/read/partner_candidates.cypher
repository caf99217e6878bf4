// partner_candidates: every other municipality, with how feasible cooperation with one municipality is.
//
// The Cypher twin of dknet.analysis.context.feasibility_table (same columns, same order, same
// values; parity is tested). distance_km is the great-circle distance between the centroids:
// point.distance on WGS-84 points uses a sphere of radius 6378.140 km, so it is rescaled to the
// mean Earth radius dknet uses (6371.0088 km, context.EARTH_RADIUS_KM); the constants are part of
// the formula, not data. Sets (neighbours, offices, arenas, regional plans) are collected with
// DISTINCT, so they are sets as in networkx. Sorted by kommunenummer.
//
// params:
//   kommunenummer: str — the municipality (4 digits, 2024 division)
//   anywhere: bool = false — false: the office purpose (candidates are land, ferry, link or sea neighbours or
//     within max_km); true: the network purpose (peers anywhere), as dknet partners --purpose
//   max_km: float = 75.0 — the office purpose's distance cap between centroids (km)
// columns:
//   kommunenummer: str — the other municipality
//   navn: str — its name
//   shares_border: bool — the two share a land border (not one the outlines invent: grense_merknad)
//   sea_neighbour: bool — their shores face each other across water (SEA_NEIGHBOUR)
//   ferry: bool — a car ferry route links them (FERRY)
//   sea_link: bool — a bridge, subsea tunnel or passenger boat links them (SEA_LINK)
//   distance_km: float — great-circle distance between the centroids (km)
//   same_ba_region: bool — same commuting (BA) region
//   same_county: bool — same county (fylke)
//   same_sf: bool — followed up by the same state administrator office
//   common_neighbours: int — municipalities bordering both
//   shared_regional_plans: int — regional plans covering both
//   shared_offices: int — plan offices both are members of
//   shared_arenas: int — arenas both are members of
//   candidate: bool — a partner candidate for the purpose
MATCH (m:Municipality {key: $kommunenummer})
WITH m,
     point({longitude: m.lon, latitude: m.lat}) AS here,
     COLLECT { MATCH (m)-[r:BORDERS]-(n:Municipality) WHERE r.grense_merknad IS NULL RETURN DISTINCT n.key } AS my_nb,
     COLLECT { MATCH (m)-[:SEA_NEIGHBOUR]-(n:Municipality) RETURN DISTINCT n.key } AS my_sea,
     COLLECT { MATCH (m)-[:FERRY]-(n:Municipality) RETURN DISTINCT n.key } AS my_ferry,
     COLLECT { MATCH (m)-[:SEA_LINK]-(n:Municipality) RETURN DISTINCT n.key } AS my_link,
     COLLECT { MATCH (m)-[:MEMBER_OF]->(g:PlanOffice) RETURN DISTINCT g.key } AS my_offices,
     COLLECT { MATCH (m)-[:MEMBER_OF]->(g:Arena) RETURN DISTINCT g.key } AS my_arenas,
     COLLECT { MATCH (p:RegionalPlan)-[:COVERS]->(m) RETURN DISTINCT p.key } AS my_plans,
     COLLECT { MATCH (m)-[:SUPERVISED_BY]->(s:StateAdministrator) RETURN DISTINCT s.key } AS my_sf
MATCH (o:Municipality)
WHERE o <> m
WITH m, here, my_nb, my_sea, my_ferry, my_link, my_offices, my_arenas, my_plans, my_sf, o,
     point.distance(here, point({longitude: o.lon, latitude: o.lat})) / 1000.0 * (6371.0088 / 6378.14) AS d,
     COLLECT { MATCH (o)-[r:BORDERS]-(n:Municipality) WHERE r.grense_merknad IS NULL RETURN DISTINCT n.key } AS nb,
     COLLECT { MATCH (o)-[:MEMBER_OF]->(g:PlanOffice) RETURN DISTINCT g.key } AS offices,
     COLLECT { MATCH (o)-[:MEMBER_OF]->(g:Arena) RETURN DISTINCT g.key } AS arenas,
     COLLECT { MATCH (p:RegionalPlan)-[:COVERS]->(o) RETURN DISTINCT p.key } AS plans,
     COLLECT { MATCH (o)-[:SUPERVISED_BY]->(s:StateAdministrator) RETURN DISTINCT s.key } AS sf
RETURN o.key AS kommunenummer,
       o.name AS navn,
       o.key IN my_nb AS shares_border,
       o.key IN my_sea AS sea_neighbour,
       o.key IN my_ferry AS ferry,
       o.key IN my_link AS sea_link,
       d AS distance_km,
       coalesce(size(m.ba_region) > 0 AND m.ba_region = o.ba_region, false) AS same_ba_region,
       coalesce(m.fylkesnummer = o.fylkesnummer, false) AS same_county,
       (all(x IN my_sf WHERE x IN sf) AND all(x IN sf WHERE x IN my_sf)) AS same_sf,
       size([x IN nb WHERE x IN my_nb]) AS common_neighbours,
       size([x IN plans WHERE x IN my_plans]) AS shared_regional_plans,
       size([x IN offices WHERE x IN my_offices]) AS shared_offices,
       size([x IN arenas WHERE x IN my_arenas]) AS shared_arenas,
       ($anywhere OR o.key IN my_nb OR o.key IN my_sea OR o.key IN my_ferry OR o.key IN my_link OR d <= $max_km) AS candidate
ORDER BY kommunenummer
