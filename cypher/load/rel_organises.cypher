// rel_organises: create or update ORGANISES relationships (County or StateAdministrator → Arena), one per row.
//
// One relationship per (organiser, arena) pair; from_label says which label the organiser has.
//
// Idempotent: MERGE finds the relationship, then `SET r = row.props` runs only when a property
// differs in value or type, so pushing the same rows again changes nothing (counters 0).
//
// params:
//   rows: list — maps {from: str, from_label: County|StateAdministrator, to: str, props: map};
//     props holds every property, no nulls
// columns: none
UNWIND $rows AS row
MATCH (a:County|StateAdministrator {key: row.from})
WHERE row.from_label IN labels(a)
MATCH (b:Arena {key: row.to})
MERGE (a)-[r:ORGANISES]->(b)
WITH r, row
WHERE properties(r) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(r[k]) <> valueType(row.props[k]))
SET r = row.props
