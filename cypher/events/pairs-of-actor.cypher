// The pairs an actor makes with each actor it has a claim with, as [lower id, higher id]; at most $limit.
MATCH (actor:Actor {id: $id})--(other:Actor)
WITH DISTINCT other.id AS other
RETURN CASE WHEN $id < other THEN [$id, other] ELSE [other, $id] END AS pair
ORDER BY pair
LIMIT $limit
