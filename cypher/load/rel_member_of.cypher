// rel_member_of: create or update MEMBER_OF relationships (Municipality → PlanOffice or Arena), one per row.
//
// One relationship per (municipality, group) pair; to_label says which label the group has
// (a plan office and an arena may share a key).
//
// Idempotent: MERGE finds the relationship, then `SET r = row.props` runs only when a property
// differs in value or type, so pushing the same rows again changes nothing (counters 0).
//
// params:
//   rows: list — maps {from: str, to: str, to_label: PlanOffice|Arena, props: map};
//     props holds every property, no nulls
// columns: none
UNWIND $rows AS row
MATCH (a:Municipality {key: row.from})
MATCH (b:PlanOffice|Arena {key: row.to})
WHERE row.to_label IN labels(b)
MERGE (a)-[r:MEMBER_OF]->(b)
WITH r, row
WHERE properties(r) <> row.props
   OR any(k IN keys(row.props) WHERE valueType(r[k]) <> valueType(row.props[k]))
SET r = row.props
