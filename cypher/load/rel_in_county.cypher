// rel_in_county: create or update IN_COUNTY relationships (Municipality → County), one per row.
//
// One relationship per (from, to) pair.
//
// Idempotent: MERGE finds the relationship, then `SET r = row.props` runs only when a property
// differs in value or type, so pushing the same rows again changes nothing (counters 0).
//
// params:
//   rows: list — maps {from: str, to: str, props: map}; props holds every property, no nulls
// columns: none
UNWIND $rows AS row
MATCH (a:Municipality {key: row.from})
MATCH (b:County {key: row.to})
MERGE (a)-[r:IN_COUNTY]->(b)
WITH r, row
WHERE properties(r) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(r[k]) <> valueType(row.props[k]))
SET r = row.props
