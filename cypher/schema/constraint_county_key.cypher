// constraint_county_key: every County node has a unique `key` (the record's key, e.g. its id).
//
// Makes MERGE on the key safe and fast (a unique index backs it). Created before any load.
//
// params: none
// columns: none
CREATE CONSTRAINT dknet_county_key IF NOT EXISTS
FOR (n:County) REQUIRE n.key IS UNIQUE
