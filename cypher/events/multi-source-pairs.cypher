// The pairs of actors whose claims come from at least $minSources sources, as [lower id, higher id], those with
// the most sources first; at most $limit.
MATCH (a:Actor)-[claim]-(b:Actor)
WHERE a.id < b.id
WITH a.id AS lower, b.id AS higher, count(DISTINCT claim.sourceId) AS sources
WHERE sources >= $minSources
RETURN [lower, higher] AS pair
ORDER BY sources DESC, pair
LIMIT $limit
