// constraint_municipality_key: every Municipality node has a unique `key` (the record's key, e.g. its id).
//
// Makes MERGE on the key safe and fast (a unique index backs it). Created before any load.
//
// params: none
// columns: none
CREATE CONSTRAINT dknet_municipality_key IF NOT EXISTS
FOR (n:Municipality) REQUIRE n.key IS UNIQUE
