// The claims, passing the filters, whose two ends are both in a set of actors.
UNWIND $ids AS actorId
MATCH (from:Actor {id: actorId})-[claim]->(to:Actor)
WHERE to.id IN $ids
  AND (size($types) = 0 OR type(claim) IN $types)
  AND ($from IS NULL OR claim.dateLast >= $from)
  AND ($to IS NULL OR claim.dateFirst <= $to)
  AND (size($sources) = 0 OR claim.sourceId IN $sources)
  AND (size($certainty) = 0 OR claim.certainty IN $certainty)
RETURN claim.id AS key, from.id AS source, to.id AS target, type(claim) AS type, properties(claim) AS properties
ORDER BY claim.dateFirst, key
LIMIT $limit
