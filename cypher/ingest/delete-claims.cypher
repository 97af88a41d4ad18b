// Rows name both ends, so each claim is found from its actors, not by scanning relationships.
UNWIND $rows AS row
MATCH (:Actor {id: row.from})-[claim]->(:Actor {id: row.to})
WHERE claim.id = row.id
DELETE claim
