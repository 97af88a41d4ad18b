// Every claim between the two actors of each of $pairs (lists [id, id], in either direction), with both ends and
// its source: what corroboration groups into events. At most $limit claims.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]})-[claim]-(b:Actor {id: pair[1]})
WITH DISTINCT claim
MATCH (from:Actor)-[claim]->(to:Actor)
OPTIONAL MATCH (source:Source {id: claim.sourceId})
RETURN claim.id AS key, type(claim) AS type, from {.id, .name, .kind} AS from, to {.id, .name, .kind} AS to,
       properties(claim) AS properties, source {.id, .title, .publisher, .published} AS source
ORDER BY claim.dateFirst, claim.id
LIMIT $limit
