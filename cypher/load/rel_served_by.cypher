// rel_served_by: create or update SERVED_BY relationships (County → StateAdministrator), one per row.
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
MATCH (a:County {key: row.from})
MATCH (b:StateAdministrator {key: row.to})
MERGE (a)-[r:SERVED_BY]->(b)
WITH r, row
WHERE properties(r) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(r[k]) <> valueType(row.props[k]))
SET r = row.props
