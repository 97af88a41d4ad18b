// The relationship type comes from the validated relation vocabulary, never from free text.
UNWIND $rows AS row
MATCH (from:Actor {id: row.from})
MATCH (to:Actor {id: row.to})
CREATE (from)-[claim:$(row.type)]->(to)
SET claim = row.properties
