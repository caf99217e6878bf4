// constraint_plan_key: every Plan node has a unique `key` (the record's key, e.g. its id).
//
// Makes MERGE on the key safe and fast (a unique index backs it). Created before any load.
//
// params: none
// columns: none
CREATE CONSTRAINT dknet_plan_key IF NOT EXISTS
FOR (n:Plan) REQUIRE n.key IS UNIQUE
