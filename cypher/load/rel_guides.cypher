// rel_guides: create or update GUIDES relationships (FK or SF → Municipality), one per row.
//
// One relationship per guidance record, keyed by its veiledning_id (row.key): the same FK or SF
// may guide the same municipality many times. from_label: County (FK) or StateAdministrator (SF).
//
// Idempotent: MERGE finds the relationship, then `SET r = row.props` runs only when a property
// differs in value or type, so pushing the same rows again changes nothing (counters 0).
//
// params:
//   rows: list — maps {from: str, from_label: County|StateAdministrator, to: str, key: str, props: map};
//     props holds every property, no nulls
// columns: none
UNWIND $rows AS row
MATCH (a:County|StateAdministrator {key: row.from})
WHERE row.from_label IN labels(a)
MATCH (b:Municipality {key: row.to})
MERGE (a)-[r:GUIDES {veiledning_id: row.key}]->(b)
WITH r, row
WHERE properties(r) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(r[k]) <> valueType(row.props[k]))
SET r = row.props
