// Every claim is a relationship between two actors.
MATCH (from:Actor)-[claim]->(to:Actor)
RETURN claim.id AS id, claim.hash AS hash, from.id AS from, to.id AS to, claim.sourceId AS sourceId
