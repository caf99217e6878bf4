// members: the member municipalities of one plan office or arena, the host first.
//
// The Cypher twin of dknet.analysis.coverage.office_members (same columns, same order; parity is
// tested). Which kind of group is a parameter, not a label spliced into the text: the pattern
// names both labels and `$label IN labels(g)` picks one. Rows: the host (rolle = $host_role)
// first, then by kommunenummer.
//
// params:
//   label: PlanOffice|Arena = PlanOffice — the kind of group
//   id: str — the group's key (plankontor_id or arena_id)
//   host_role: str = vert — the rolle value that marks the host municipality
// columns:
//   kommunenummer: str — the member municipality
//   navn: str — its name
//   rolle: str? — its role (vert = host, deltaker = member); may be null for arenas
MATCH (g:PlanOffice|Arena {key: $id})
WHERE $label IN labels(g)
MATCH (m:Municipality)-[r:MEMBER_OF]->(g)
RETURN m.key AS kommunenummer,
       m.name AS navn,
       r.rolle AS rolle
ORDER BY CASE WHEN r.rolle = $host_role THEN 0 ELSE 1 END, kommunenummer
