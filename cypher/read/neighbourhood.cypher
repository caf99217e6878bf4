// neighbourhood: every relationship of one municipality, with the node at the other end.
//
// The Cypher view of dknet.overview.municipality_relations (same relationships, same other ends,
// same sources; parity is tested on that projection). BORDERS, SEA_NEIGHBOUR, FERRY and SEA_LINK are stored once per pair and matched
// undirected, so each neighbour appears once, as outgoing; every other relationship keeps its
// direction (outgoing = the municipality is its start node). source is the relationship's source,
// else the other node's. Sorted by type, then id.
//
// params:
//   kommunenummer: str — the municipality (4 digits, 2024 division)
// columns:
//   type: str — relationship type (IN_COUNTY, BORDERS, GUIDES, …)
//   outgoing: bool — true when the relationship starts at the municipality (BORDERS, SEA_NEIGHBOUR, FERRY, SEA_LINK: always)
//   label: str — the other node's label
//   id: str — the other node's key
//   navn: str — the other node's name
//   source: str? — where the record comes from (illustrative = generated)
MATCH (m:Municipality {key: $kommunenummer})
MATCH (m)-[r:IN_COUNTY|SUPERVISED_BY|BORDERS|SEA_NEIGHBOUR|FERRY|SEA_LINK|HAS_PLAN|MEMBER_OF|HOSTS|COVERS|GUIDES]-(o)
RETURN type(r) AS type,
       (startNode(r) = m OR r:BORDERS OR r:SEA_NEIGHBOUR OR r:FERRY OR r:SEA_LINK) AS outgoing,
       labels(o)[0] AS label,
       o.key AS id,
       o.name AS navn,
       coalesce(r.source, o.source) AS source
ORDER BY type, id, outgoing
