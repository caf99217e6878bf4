// index_guides_veiledning_id: look GUIDES relationships up by their record id (veiledning_id).
//
// GUIDES is the one relationship type with several relationships between the same two nodes
// (one per guidance contact), told apart by veiledning_id. Not a uniqueness constraint: a record
// whose municipality changed must be loadable before --prune removes its old relationship.
//
// params: none
// columns: none
CREATE INDEX dknet_guides_veiledning_id IF NOT EXISTS
FOR ()-[r:GUIDES]-() ON (r.veiledning_id)
