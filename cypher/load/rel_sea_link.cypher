// rel_sea_link: create or update SEA_LINK relationships (Municipality ↔ Municipality linked by a bridge, subsea tunnel or passenger boat, curated), one per row.
//
// A link is symmetric: ONE relationship per pair, stored from the smaller key to the larger
// (from < to) and queried undirected. The undirected MERGE also finds a pair stored the other
// way round, so a pair is never doubled.
//
// Idempotent: MERGE finds the relationship, then `SET r = row.props` runs only when a property
// differs in value or type, so pushing the same rows again changes nothing (counters 0).
//
// params:
//   rows: list — maps {from: str, to: str, props: map} with from < to;
//     props holds every property, no nulls
// columns: none
UNWIND $rows AS row
MATCH (a:Municipality {key: row.from})
MATCH (b:Municipality {key: row.to})
MERGE (a)-[r:SEA_LINK]-(b)
WITH r, row
WHERE properties(r) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(r[k]) <> valueType(row.props[k]))
SET r = row.props
