// The pairs of actors a source has claims between, as [lower id, higher id]; at most $limit.
MATCH (a:Actor)-[claim]->(b:Actor)
WHERE claim.sourceId = $source
WITH DISTINCT CASE WHEN a.id < b.id THEN [a.id, b.id] ELSE [b.id, a.id] END AS pair
RETURN pair
ORDER BY pair
LIMIT $limit
